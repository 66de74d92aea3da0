"""HELDOUT264: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a BrickLink order history as a
buyer downloads it (one row per order, January 2019 to June 2024, newest first) with "Order ID" (an eight-digit
number), "Order Date" as "03/14/2023", Seller (the store owner's user name, "brickfanatic77"), "Store Name", Status
in upper case (COMPLETED, RECEIVED, SHIPPED, PAID, CANCELLED; cancelled orders keep their totals), "Total Lots",
"Total Items", "Order Total", Shipping, "Add. Charges" and "Grand Total" as "US $1,234.56" (Shipping blank on a few
orders never invoiced), Currency ("USD") and "Payment Method" ("PayPal (Onsite)", "Credit Card (Onsite)", "PayPal",
"Bank Transfer"); an Android Digital Wellbeing daily app usage export (one row per app per day it was used or
notified, 2024-01-01 to 2024-03-31) with date as "2024-01-05", app_name, package_name ("com.instagram.android",
"android" for the system), screen_time_min (one decimal, 0 for apps that only notified), times_opened, notifications
and category in lower case (social, communication, productivity, games, entertainment, tools; blank for system apps);
a Beanconqueror brew log export (one row per brew, March 2023 to June 2024) with Date as "2023-03-14 07:42", "Bean
name", Roaster, "Grind size" (grinder clicks as text, "18" or "2.5"), "Grind weight (g)" (one decimal), "Water (ml)"
(the beverage weight for espresso), "Brew time" as "02:45" (mm:ss), "Brew temperature" as "93 °C" (blank on some),
Method (V60, AeroPress, Espresso, Chemex, French Press), Rating (0.5 steps out of 5, blank when not rated) and Notes
(mostly blank); a Couchsurfing hosting request history (one row per request, 2016 to 2024) with "Request Date" as
"2019-06-02 14:22", "Surfer Country", "Arrival Date" and "Departure Date" as "2019-06-10", "Number of Surfers" (1 to
4), Status in lower case (accepted, declined, cancelled, maybe), "Reference Left" (Yes/No, only ever Yes on accepted
requests) and "Response Time (hours)" (one decimal, blank when the surfer cancelled before a reply); a school
district's bus breakdowns and delays report in the NYC open-data layout (one row per incident, school years 2021-2022
and 2022-2023) with School_Year ("2021-2022"), Busbreakdown_ID, Run_Type ("Special Ed AM Run", "General Ed PM Run",
"Pre-K/EI" ...), Bus_No ("2517" or "K1234"), Route_Number ("Q123", "X901"), Reason ("Heavy Traffic", "Mechanical
Problem", "Flat Tire", "Won`t Start", "Weather Conditions", "Problem Run", "Late return from Field Trip", "Delayed by
School", "Accident", "Other"), Schools_Serviced (five-digit codes), Occurred_On and Created_On as "11/05/2021 07:42:00
AM", Boro (Bronx, Brooklyn, Manhattan, Queens, Staten Island, Westchester, Nassau County; blank on some),
Bus_Company_Name (upper case, "LEESEL TRANSP CORP (B2192)"), How_Long_Delayed as free text ("16-30 Min", "20 mins",
"45MIN", "1 hr", blank), Number_Of_Students_On_The_Bus, Has_Contractor_Notified_Schools and
Has_Contractor_Notified_Parents (Yes/No), Breakdown_or_Running_Late ("Running Late", "Breakdown") and
School_Age_or_PreK ("School-Age", "Pre-K"); a city's dog license registrations (one row per license, 2019 to 2023;
dogs renew, so the same dog repeats) with LicenseNumber as "DL-2021-004512", AnimalName in upper case ("UNKNOWN" and
"NAME NOT PROVIDED" on some), AnimalGender (M/F, blank on a few), AnimalBirthYear, BreedName ("Labrador Retriever",
"American Pit Bull Mix / Pit Bull Mix", "Unknown"), ZipCode (five digits, a few bad ones like 0), LicenseIssuedDate
and LicenseExpiredDate as "03/14/2021", SpayedOrNeutered (Yes/No) and Vaccinated (Yes/No, blank on many); and a
county's beach water quality monitoring results (one row per sample, May to September of 2021 to 2023) with "Beach
Name" in upper case, "Station ID" ("BW-07"), "Sample Date" as "07/14/2023", "Enterococci (MPN/100 mL)" as text ("<10"
below detection, else a whole number), "Above Standard" (Y when over 104, else N), "Advisory Issued" (Y/N),
"Rainfall 48hr (in)" (two decimals) and "Water Temp (F)" (blank on some). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled


def _both(*checks: Check) -> Check:
    """Every one of the checks passes."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for c in checks:
            why = c(answer, df)
            if why:
                return why
        return None

    return check


def _top_month(dates: pd.Series, values: pd.Series | None = None) -> pd.Timestamp:
    month = dates.dt.to_period("M")
    s = month.value_counts() if values is None else values.groupby(month).sum()
    return s.sort_index().idxmax().to_timestamp()


def _minutes(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration in minutes, said in minutes, in hours ("3.5 hours") or as hours and minutes ("3h 28m")."""
    plain = _scaled(value, (60.0,), rel=0.01)
    pattern = re.compile(r"(\d+)\s*(?:h|hrs?|hours?)\.?,?\s*(?:and\s+)?(\d+)\s*(?:m|mins?|minutes?)\b", re.IGNORECASE)

    def check(answer: str, df: pd.DataFrame) -> str | None:
        if plain(answer, df) is None:
            return None
        want = float(value(df))
        for m in pattern.finditer(answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want) <= max(0.01 * want, 1.0):
                return None
        return f"missing duration {want:.4g} min"

    return check


def _seconds(value: Callable[[pd.DataFrame], float]) -> Check:
    """A short duration in seconds, said in seconds, in minutes ("2.1 min") or as m:ss ("2:05")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        tol = max(0.02 * want, 1.5)
        for m in re.finditer(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])", answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want) <= tol:
                return None
        rest = re.sub(r"\d{1,2}:\d{2}", " ", answer)
        for t in re.findall(r"\d+(?:\.\d+)?", rest):
            f = float(t)
            if abs(f - want) <= tol or abs(f * 60 - want) <= tol:
                return None
        return f"missing duration {want:.4g} s"

    return check


# --- 1. BrickLink order history (buyer) ----------------------------------------------------------------------------

# seller user name, store name, weight
_BL_STORES: list[tuple[str, str, float]] = [
    ("brickfanatic77", "Brick Fanatic Parts", 14),
    ("minifig_mike", "Mike's Minifig Emporium", 9),
    ("bricksandpieces", "Bricks & Pieces", 11),
    ("thebrickyard_nl", "The Brick Yard", 6),
    ("plateandtile", "Plate & Tile Co.", 8),
    ("studsworth", "Studsworth Bricks", 5),
    ("redbrickhouse", "Red Brick House", 7),
    ("greebleshop", "Greeble Shop", 4),
    ("classic_space_guy", "Classic Space Depot", 3),
    ("brickbarn_tx", "Brick Barn Texas", 6),
    ("jumperplate", "Jumper Plate Supply", 5),
    ("ucs_parts", "UCS Parts Outlet", 3),
]
_BL_PAY = ["PayPal (Onsite)", "Credit Card (Onsite)", "PayPal", "Bank Transfer"]


def _usd(x: float) -> str:
    return f"US ${x:,.2f}"


def _bricklink_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26401)
    start = pd.Timestamp("2019-01-01")
    days = (pd.Timestamp("2024-06-30") - start).days
    stamps = []
    while len(stamps) < 430:
        day = start + pd.Timedelta(days=int(rng.integers(0, days + 1)))
        if day.month in (11, 12) or rng.random() < 0.75:
            stamps.append(day)
    stamps.sort()
    store_w = [s[2] for s in _BL_STORES]
    rows: list[dict[str, Any]] = []
    order_id = 11480000
    for day in stamps:
        order_id += int(rng.integers(900, 9000))
        seller, store, _w = _BL_STORES[int(rng.choice(len(_BL_STORES), p=np.array(store_w) / sum(store_w)))]
        lots = 1 + int(rng.poisson(7))
        items = lots * (1 + int(rng.poisson(2.2)))
        per_item = float(rng.gamma(2.0, 0.09)) + (0.9 if store == "Mike's Minifig Emporium" else 0.0)
        total = round(items * per_item + float(rng.uniform(0, 3)), 2)
        if day.year == 2022 and day.month == 11 and rng.random() < 0.5:
            items += 600
            lots += 40
            total = round(total + 480 + float(rng.uniform(0, 60)), 2)
        shipping: float | None = round(float(rng.uniform(3.5, 12)) + 0.006 * items, 2)
        if rng.random() < 0.03:
            shipping = None
        charges = round(float(rng.uniform(0.3, 1.6)), 2) if rng.random() < 0.2 else 0.0
        grand = round(total + (shipping or 0.0) + charges, 2)
        if day >= pd.Timestamp("2024-06-10"):
            status = _one(rng, ["PAID", "SHIPPED"], [4, 6])
        elif day >= pd.Timestamp("2024-05-15"):
            status = _one(rng, ["SHIPPED", "RECEIVED", "COMPLETED"], [3, 4, 3])
        else:
            status = _one(rng, ["COMPLETED", "RECEIVED", "CANCELLED"], [82, 10, 8])
        rows.append(
            {
                "Order ID": order_id,
                "Order Date": f"{day:%m/%d/%Y}",
                "Seller": seller,
                "Store Name": store,
                "Status": status,
                "Total Lots": lots,
                "Total Items": items,
                "Order Total": _usd(total),
                "Shipping": "" if shipping is None else _usd(shipping),
                "Add. Charges": _usd(charges),
                "Grand Total": _usd(grand),
                "Currency": "USD",
                "Payment Method": _one(rng, _BL_PAY, [50, 25, 15, 10]),
            }
        )
    return pd.DataFrame(rows[::-1])


def _bl_money(df: pd.DataFrame, col: str) -> pd.Series:
    text = _text(df, col).str.replace(r"US\s*\$|,", "", regex=True)
    return pd.to_numeric(text.replace("", np.nan), errors="coerce")


def _bl_kept(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") != "CANCELLED"]


def _bl_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Order Date"), format="%m/%d/%Y")


def _bl_store_tops(df: pd.DataFrame) -> list[str]:
    stores = _text(df, "Store Name")
    sellers = _text(df, "Seller")
    spend = _bl_money(df, "Grand Total")
    return [
        _top(stores.value_counts()),
        _top(spend.groupby(stores).sum()),
        _top(sellers.value_counts()),
        _top(spend.groupby(sellers).sum()),
    ]


def _bl_top_month(col: str, drop_cancelled: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(df: pd.DataFrame) -> pd.Timestamp:
        d = _bl_kept(df) if drop_cancelled else df
        return _top_month(_bl_date(d), _bl_money(d, col))

    return month


_BL_MONEY = ("Grand Total", "Order Total", "Shipping", "Add. Charges", "Status")
_BL_QS = [
    Q(
        "how many orders have i placed",
        either(_count(lambda df: len(df)), _count(lambda df: len(_bl_kept(df)))),
        ("Order ID", "Status"),
    ),
    Q(
        "how much have i spent altogether? leave out the cancelled ones",
        either(
            _amount(lambda df: float(_bl_money(_bl_kept(df), "Grand Total").sum())),
            _amount(lambda df: float(_bl_money(_bl_kept(df), "Order Total").sum())),
        ),
        _BL_MONEY,
    ),
    Q(
        "which store do i buy from the most",
        _lead(_named_any(_bl_store_tops)),
        ("Store Name", "Seller", "Order ID", "Grand Total", "Order Total"),
    ),
    Q(
        "whats the average shipping cost",
        either(
            _typical(lambda df: _bl_money(df, "Shipping")),
            _typical(lambda df: _bl_money(_bl_kept(df), "Shipping")),
        ),
        ("Shipping", "Status"),
    ),
    Q(
        "which month did i spend the most",
        _lead(
            either(*(_month_year(_bl_top_month(c, k)) for c in ("Grand Total", "Order Total") for k in (True, False)))
        ),
        ("Order Date", *_BL_MONEY),
    ),
    Q(
        "what percent of my orders got cancelled",
        _share(lambda df: float((_text(df, "Status") == "CANCELLED").mean())),
        ("Status",),
    ),
]


# --- 2. Android Digital Wellbeing app usage ------------------------------------------------------------------------

# app name: package, category, chance used on a day, mean minutes, opens per 10 min, notifications per day
_DW_APPS: dict[str, tuple[str, str, float, float, float, float]] = {
    "Instagram": ("com.instagram.android", "social", 0.97, 48, 2.2, 14),
    "TikTok": ("com.zhiliaoapp.musically", "social", 0.85, 62, 1.2, 6),
    "Reddit": ("com.reddit.frontpage", "social", 0.7, 30, 1.5, 4),
    "WhatsApp": ("com.whatsapp", "communication", 0.99, 26, 6.0, 45),
    "Gmail": ("com.google.android.gm", "communication", 0.9, 6, 5.0, 18),
    "Slack": ("com.Slack", "productivity", 0.7, 18, 4.0, 30),
    "Google Calendar": ("com.google.android.calendar", "productivity", 0.6, 3, 6.0, 5),
    "Notion": ("notion.id", "productivity", 0.35, 14, 2.0, 1),
    "Candy Crush Saga": ("com.king.candycrushsaga", "games", 0.55, 32, 0.8, 3),
    "Clash Royale": ("com.supercell.clashroyale", "games", 0.4, 28, 1.0, 4),
    "YouTube": ("com.google.android.youtube", "entertainment", 0.92, 52, 0.9, 5),
    "Spotify": ("com.spotify.music", "entertainment", 0.8, 9, 1.5, 1),
    "Netflix": ("com.netflix.mediaclient", "entertainment", 0.3, 45, 0.3, 1),
    "Chrome": ("com.android.chrome", "tools", 0.95, 22, 2.5, 2),
    "Google Maps": ("com.google.android.apps.maps", "tools", 0.45, 7, 2.0, 2),
    "Settings": ("com.android.settings", "", 0.4, 2, 3.0, 0),
    "Android System": ("android", "", 0.6, 0, 0, 6),
}


def _wellbeing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26402)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-03-31", freq="D"):
        weekend = day.day_of_week >= 5
        for app, (package, category, p, minutes, opens, notes) in _DW_APPS.items():
            if category == "productivity" and weekend:
                p *= 0.3
            if rng.random() > p:
                continue
            boost = 1.4 if weekend and category in ("social", "games", "entertainment") else 1.0
            mins = float(rng.gamma(2.0, minutes * boost / 2.0)) if minutes else 0.0
            n_notes = int(rng.poisson(notes * (0.4 if weekend and category == "productivity" else 1.0)))
            n_opens = int(rng.poisson(opens * mins / 10 + 0.25 * n_notes)) if minutes else 0
            rows.append(
                {
                    "date": f"{day:%Y-%m-%d}",
                    "app_name": app,
                    "package_name": package,
                    "screen_time_min": round(mins, 1),
                    "times_opened": n_opens,
                    "notifications": n_notes,
                    "category": category,
                }
            )
    return pd.DataFrame(rows)


def _dw_daily(df: pd.DataFrame) -> pd.Series:
    return _num(df, "screen_time_min").groupby(_text(df, "date")).sum()


def _dw_category_minutes(category: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "screen_time_min")[_text(df, "category") == category].sum())


def _dw_per_app(df: pd.DataFrame) -> pd.DataFrame:
    return (
        df.assign(notifications=_num(df, "notifications"), times_opened=_num(df, "times_opened"))
        .groupby(_text(df, "app_name"))[["notifications", "times_opened"]]
        .sum()
    )


_DW_QS = [
    Q(
        "how much time do i spend on my phone a day on average",
        either(_minutes(lambda df: float(_dw_daily(df).mean())), _minutes(lambda df: float(_dw_daily(df).median()))),
        ("date", "screen_time_min"),
    ),
    Q(
        "which app eats up most of my time",
        _lead(_named(lambda df: _top(_num(df, "screen_time_min").groupby(_text(df, "app_name")).sum()))),
        ("app_name", "screen_time_min", "package_name"),
    ),
    Q(
        "how many hours have i spent gaming",
        _minutes(_dw_category_minutes("games")),
        ("category", "screen_time_min"),
    ),
    Q("and on social apps?", _minutes(_dw_category_minutes("social")), ("category", "screen_time_min")),
    Q(
        "which app sends me the most notifications",
        _lead(_named(lambda df: _top(_num(df, "notifications").groupby(_text(df, "app_name")).sum()))),
        ("app_name", "notifications", "package_name"),
    ),
    Q(
        "do apps that send more notifications get opened more often",
        either(
            _corr(lambda df: _num(df, "notifications"), lambda df: _num(df, "times_opened")),
            _corr(lambda df: _dw_per_app(df)["notifications"], lambda df: _dw_per_app(df)["times_opened"]),
        ),
        ("notifications", "times_opened", "app_name"),
    ),
]


# --- 3. Beanconqueror brew log -------------------------------------------------------------------------------------

# bean name: roaster, weight, rating shift
_BC_BEANS: dict[str, tuple[str, float, float]] = {
    "Ethiopia Yirgacheffe Konga": ("Onyx Coffee Lab", 10, 0.7),
    "Colombia La Palma y El Tucan": ("Onyx Coffee Lab", 6, 0.4),
    "Kenya Nyeri Gatomboya": ("Square Mile", 7, 0.3),
    "House Espresso Blend": ("Counter Culture", 12, -0.1),
    "Hologram": ("Counter Culture", 9, 0.0),
    "Brazil Cerrado Natural": ("Intelligentsia", 8, -0.4),
    "Guatemala Huehuetenango": ("Stumptown", 7, -0.1),
    "Hair Bender": ("Stumptown", 9, -0.3),
    "Sumatra Wahana Estate": ("Intelligentsia", 5, -0.6),
    "Costa Rica Las Lajas Honey": ("Square Mile", 5, 0.2),
}
# method: weight, dose range g, ratio, seconds range, temperature range, grind range
_BC_METHODS: dict[
    str, tuple[float, tuple[float, float], float, tuple[int, int], tuple[int, int], tuple[float, float]]
] = {
    "V60": (35, (14, 22), 16.3, (150, 210), (91, 96), (16, 22)),
    "AeroPress": (22, (14, 18), 14.5, (75, 130), (80, 92), (10, 16)),
    "Espresso": (25, (17, 19), 2.1, (24, 34), (92, 94), (1.5, 4.0)),
    "Chemex": (8, (28, 42), 16.0, (240, 330), (92, 96), (24, 30)),
    "French Press": (10, (25, 35), 15.0, (240, 300), (93, 96), (30, 36)),
}
_BC_NOTES = [
    "",
    "",
    "",
    "",
    "",
    "",
    "bit sour",
    "too bitter",
    "channeling",
    "sweet, juicy",
    "stalled drawdown",
    "great",
]


def _beanconqueror_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26403)
    beans = list(_BC_BEANS)
    methods = list(_BC_METHODS)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-03-01")
    minutes = int((pd.Timestamp("2024-06-30") - start).total_seconds() // 60)
    for _ in range(640):
        t = start + pd.Timedelta(minutes=int(rng.integers(0, minutes)))
        t = t.normalize() + pd.Timedelta(minutes=int(rng.normal(8 * 60, 90)) % (24 * 60))
        bean = _one(rng, beans, [_BC_BEANS[b][1] for b in beans])
        method = _one(rng, methods, [_BC_METHODS[m][0] for m in methods])
        if bean == "House Espresso Blend" and rng.random() < 0.7:
            method = "Espresso"
        _w, (lo, hi), ratio, (s_lo, s_hi), (t_lo, t_hi), (g_lo, g_hi) = _BC_METHODS[method]
        dose = round(float(rng.uniform(lo, hi)), 1)
        water = round(dose * ratio * float(rng.normal(1, 0.05)))
        secs = int(rng.integers(s_lo, s_hi + 1))
        temp = int(rng.integers(t_lo, t_hi + 1))
        grind = float(rng.uniform(g_lo, g_hi))
        score = 3.4 + _BC_BEANS[bean][2] + 0.06 * (temp - 90) + rng.normal(0, 0.6)
        rating = None if rng.random() < 0.08 else float(np.clip(round(score * 2) / 2, 0.5, 5))
        rows.append(
            {
                "Date": f"{t:%Y-%m-%d %H:%M}",
                "Bean name": bean,
                "Roaster": _BC_BEANS[bean][0],
                "Grind size": f"{grind:.1f}" if method == "Espresso" else str(round(grind)),
                "Grind weight (g)": dose,
                "Water (ml)": water,
                "Brew time": f"{secs // 60:02d}:{secs % 60:02d}",
                "Brew temperature": "" if rng.random() < 0.07 else f"{temp} °C",
                "Method": method,
                "Rating": rating,
                "Notes": _one(rng, _BC_NOTES),
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Date", kind="stable").reset_index(drop=True)


def _bc_method(df: pd.DataFrame, method: str) -> pd.DataFrame:
    return df[_text(df, "Method") == method]


def _bc_seconds(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Brew time").str.split(":", expand=True)
    return pd.to_numeric(parts[0]) * 60 + pd.to_numeric(parts[1])


def _bc_temp(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Brew temperature").str.extract(r"(\d+(?:\.\d+)?)")[0], errors="coerce")


def _bc_ratios(df: pd.DataFrame) -> list[float]:
    v = _bc_method(df, "V60")
    water, dose = _num(v, "Water (ml)"), _num(v, "Grind weight (g)")
    r = water / dose
    return [float(r.mean()), float(r.median()), float(water.sum() / dose.sum())]


def _bc_ratio(i: int) -> Callable[[pd.DataFrame], float]:
    return lambda df: _bc_ratios(df)[i]


_BC_QS = [
    Q(
        "how much coffee have i gone through in total",
        _scaled(lambda df: float(_num(df, "Grind weight (g)").sum()), (1000.0,), rel=0.005),
        ("Grind weight (g)",),
    ),
    Q(
        "what brew method do i use the most",
        _lead(_named(lambda df: _top(_text(df, "Method").value_counts()))),
        ("Method",),
    ),
    Q(
        "whats my usual coffee to water ratio on the v60",
        either(*(_about(_bc_ratio(i), rel=0.01) for i in range(3))),
        ("Water (ml)", "Grind weight (g)", "Method"),
    ),
    Q(
        "how long do my aeropress brews usually take",
        either(
            _seconds(lambda df: float(_bc_seconds(_bc_method(df, "AeroPress")).mean())),
            _seconds(lambda df: float(_bc_seconds(_bc_method(df, "AeroPress")).median())),
        ),
        ("Brew time", "Method"),
    ),
    Q(
        "which bean did i like best",
        _lead(_named(lambda df: _top(_num(df, "Rating").groupby(_text(df, "Bean name")).mean()))),
        ("Bean name", "Rating", "Roaster"),
    ),
    Q(
        "do hotter brews get better ratings",
        _corr(_bc_temp, lambda df: _num(df, "Rating")),
        ("Brew temperature", "Rating"),
    ),
]


# --- 4. Couchsurfing hosting requests ------------------------------------------------------------------------------

_CS_COUNTRIES = {
    "Germany": 16,
    "France": 12,
    "United States": 10,
    "Spain": 7,
    "Netherlands": 6,
    "Italy": 6,
    "United Kingdom": 6,
    "Poland": 5,
    "Brazil": 4,
    "Australia": 4,
    "Canada": 3,
    "Japan": 2,
    "South Korea": 2,
    "Argentina": 2,
    "Czech Republic": 3,
}


def _couchsurfing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26404)
    countries = list(_CS_COUNTRIES)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2016-01-01")
    span = int((pd.Timestamp("2024-10-31") - start).total_seconds() // 60)
    for _ in range(540):
        t = start + pd.Timedelta(minutes=int(rng.integers(0, span)))
        if pd.Timestamp("2020-03-15") <= t <= pd.Timestamp("2021-06-01") and rng.random() < 0.85:
            t = t + pd.Timedelta(days=600)
        arrive = t.normalize() + pd.Timedelta(days=int(rng.integers(2, 40)))
        nights = int(_one(rng, [1, 2, 3, 4, 5, 7], [18, 34, 26, 12, 6, 4]))
        surfers = int(_one(rng, [1, 2, 3, 4], [55, 33, 8, 4]))
        status = _one(rng, ["accepted", "declined", "cancelled", "maybe"], [44, 36, 11, 9])
        if surfers >= 3 and status == "accepted" and rng.random() < 0.5:
            status = "declined"
        response = round(float(rng.gamma(1.3, 9.0)), 1)
        if status == "cancelled" and rng.random() < 0.5:
            response = None
        rows.append(
            {
                "Request Date": f"{t:%Y-%m-%d %H:%M}",
                "Surfer Country": _one(rng, countries, list(_CS_COUNTRIES.values())),
                "Arrival Date": f"{arrive:%Y-%m-%d}",
                "Departure Date": f"{arrive + pd.Timedelta(days=nights):%Y-%m-%d}",
                "Number of Surfers": surfers,
                "Status": status,
                "Reference Left": "Yes" if status == "accepted" and rng.random() < 0.62 else "No",
                "Response Time (hours)": response,
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Request Date", ascending=False, kind="stable").reset_index(drop=True)


def _cs_accepted(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") == "accepted"]


def _cs_nights(df: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(_text(df, "Departure Date")) - pd.to_datetime(_text(df, "Arrival Date"))).dt.days


def _cs_country_tops(df: pd.DataFrame) -> list[str]:
    out = []
    for d in (df, _cs_accepted(df)):
        c = _text(d, "Surfer Country")
        out += [_top(c.value_counts()), _top(_num(d, "Number of Surfers").groupby(c).sum())]
    return out


def _cs_referenced(df: pd.DataFrame) -> pd.DataFrame:
    a = _cs_accepted(df)
    return a[_text(a, "Reference Left") == "Yes"]


_CS_QS = [
    Q(
        "what percent of requests do i say yes to",
        either(
            _share(lambda df: float((_text(df, "Status") == "accepted").mean())),
            _share(
                lambda df: float((_text(df, "Status") == "accepted").sum() / (_text(df, "Status") != "cancelled").sum())
            ),
        ),
        ("Status",),
    ),
    Q(
        "where do most of my surfers come from",
        _lead(_named_any(_cs_country_tops)),
        ("Surfer Country", "Number of Surfers", "Status"),
    ),
    Q(
        "how long do people usually stay",
        either(
            _typical(lambda df: _cs_nights(df).astype(float)),
            _typical(lambda df: _cs_nights(_cs_accepted(df)).astype(float)),
        ),
        ("Arrival Date", "Departure Date", "Status"),
    ),
    Q(
        "how fast do i usually reply",
        _typical(lambda df: _num(df, "Response Time (hours)")),
        ("Response Time (hours)",),
    ),
    Q(
        "how many guests have i actually hosted",
        either(
            _count(lambda df: float(_num(_cs_accepted(df), "Number of Surfers").sum())),
            _count(lambda df: len(_cs_accepted(df))),
        ),
        ("Number of Surfers", "Status"),
    ),
    Q(
        "and how many of those left me a reference",
        either(
            _count(lambda df: float(_num(_cs_referenced(df), "Number of Surfers").sum())),
            _count(lambda df: len(_cs_referenced(df))),
        ),
        ("Reference Left", "Status", "Number of Surfers"),
    ),
]


# --- 5. School bus breakdowns and delays ---------------------------------------------------------------------------

_BB_REASONS = {
    "Heavy Traffic": 52,
    "Other": 11,
    "Mechanical Problem": 9,
    "Won`t Start": 5,
    "Flat Tire": 3,
    "Problem Run": 8,
    "Late return from Field Trip": 3,
    "Weather Conditions": 3,
    "Delayed by School": 4,
    "Accident": 2,
}
_BB_BREAKDOWN = {"Mechanical Problem", "Won`t Start", "Flat Tire", "Accident"}
_BB_BOROS = {
    "Bronx": 22,
    "Brooklyn": 24,
    "Manhattan": 14,
    "Queens": 22,
    "Staten Island": 8,
    "Westchester": 3,
    "Nassau County": 2,
    "": 5,
}
_BB_PREFIX = {"Bronx": "X", "Brooklyn": "K", "Manhattan": "M", "Queens": "Q", "Staten Island": "R"}
_BB_COMPANIES = {
    "LEESEL TRANSP CORP (B2192)": 14,
    "RELIANT TRANS, INC. (B2321)": 11,
    "PIONEER TRANSPORTATION CORP": 12,
    "G.V.C., LTD.": 8,
    "ATLANTIC EXPRESS COACH CORP": 10,
    "SNT BUS INC": 6,
    "BORO TRANSIT, INC.": 7,
    "EMPIRE STATE BUS CORP.": 6,
    "LITTLE LINDA BUS CO., INC.": 4,
    "CAREFUL BUS SERVICE INC (B2192)": 5,
}
_BB_RUNS = {
    "Special Ed AM Run": 44,
    "General Ed AM Run": 14,
    "Special Ed PM Run": 16,
    "General Ed PM Run": 6,
    "Pre-K/EI": 14,
    "Special Ed Field Trip": 3,
    "General Ed Field Trip": 3,
}
_BB_DELAYS = ["0-15 Min", "16-30 Min", "31-45 Min", "46-60 Min", "61-90 Min", "20 mins", "45MIN", "1 hr", "30 min", ""]


def _bb_stamp(t: pd.Timestamp) -> str:
    return f"{t:%m/%d/%Y %I:%M:%S %p}"


def _bus_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26405)
    rows: list[dict[str, Any]] = []
    days = [
        d
        for d in pd.date_range("2021-09-13", "2023-06-27", freq="B")
        if not (d.month in (7, 8) or (d.month == 12 and d.day > 23) or (d.month == 1 and d.day < 3))
    ]
    companies = list(_BB_COMPANIES)
    bus_ids = 1400000
    for d in days:
        lam = 4.0 + (3.0 if d.month in (1, 2, 12) else 0.0) + (2.0 if d.month in (9, 10) else 0.0)
        if d.year == 2023 and d.month == 1:
            lam += 3.0
        for _ in range(int(rng.poisson(lam))):
            reason = _one(rng, list(_BB_REASONS), list(_BB_REASONS.values()))
            if d.month in (1, 2, 12) and rng.random() < 0.1:
                reason = "Weather Conditions"
            run = _one(rng, list(_BB_RUNS), list(_BB_RUNS.values()))
            pm = "PM" in run
            t = d + pd.Timedelta(
                minutes=int(rng.integers(14 * 60, 16 * 60 + 30) if pm else rng.integers(6 * 60, 8 * 60 + 40))
            )
            boro = _one(rng, list(_BB_BOROS), list(_BB_BOROS.values()))
            company = _one(rng, companies, list(_BB_COMPANIES.values()))
            kind = (
                "Breakdown" if reason in _BB_BREAKDOWN or (reason == "Other" and rng.random() < 0.3) else "Running Late"
            )
            bus_ids += int(rng.integers(1, 40))
            rows.append(
                {
                    "School_Year": f"{d.year}-{d.year + 1}" if d.month >= 9 else f"{d.year - 1}-{d.year}",
                    "Busbreakdown_ID": bus_ids,
                    "Run_Type": run,
                    "Bus_No": str(int(rng.integers(100, 9999)))
                    if rng.random() < 0.7
                    else f"{_one(rng, list('KQXMR'))}{int(rng.integers(100, 9999))}",
                    "Route_Number": f"{_BB_PREFIX.get(boro, 'W')}{int(rng.integers(1, 999))}",
                    "Reason": reason,
                    "Schools_Serviced": str(int(rng.integers(10000, 99999))),
                    "Occurred_On": _bb_stamp(t),
                    "Created_On": _bb_stamp(t + pd.Timedelta(minutes=int(rng.integers(1, 40)))),
                    "Boro": boro,
                    "Bus_Company_Name": company,
                    "How_Long_Delayed": _one(rng, _BB_DELAYS, [10, 28, 22, 10, 5, 5, 4, 3, 5, 8]),
                    "Number_Of_Students_On_The_Bus": int(
                        rng.poisson(3 if "Special" in run or run == "Pre-K/EI" else 12)
                    )
                    if rng.random() > 0.15
                    else 0,
                    "Has_Contractor_Notified_Schools": _one(rng, ["Yes", "No"], [92, 8]),
                    "Has_Contractor_Notified_Parents": _one(rng, ["Yes", "No"], [85, 15]),
                    "Breakdown_or_Running_Late": kind,
                    "School_Age_or_PreK": "Pre-K" if run == "Pre-K/EI" else "School-Age",
                }
            )
    return pd.DataFrame(rows)


def _bb_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Occurred_On"), format="%m/%d/%Y %I:%M:%S %p")


def _bb_breakdowns(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Breakdown_or_Running_Late") == "Breakdown"]


_BB_QS = [
    Q(
        "whats the most common reason buses are late",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Reason").value_counts()),
                    _top(_text(df[_text(df, "Breakdown_or_Running_Late") == "Running Late"], "Reason").value_counts()),
                ]
            )
        ),
        ("Reason", "Breakdown_or_Running_Late"),
    ),
    Q(
        "how many incidents were in the bronx",
        _count(lambda df: int((_text(df, "Boro") == "Bronx").sum())),
        ("Boro",),
    ),
    Q(
        "which bus company has the most breakdowns",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(_bb_breakdowns(df), "Bus_Company_Name").value_counts()),
                    _top(_text(df, "Bus_Company_Name").value_counts()),
                ]
            )
        ),
        ("Bus_Company_Name", "Breakdown_or_Running_Late"),
    ),
    Q(
        "how many kids are usually on the bus when it happens",
        _typical(lambda df: _num(df, "Number_Of_Students_On_The_Bus")),
        ("Number_Of_Students_On_The_Bus",),
    ),
    Q(
        "which month had the most incidents",
        _lead(_month_year(lambda df: _top_month(_bb_when(df)))),
        ("Occurred_On",),
    ),
    Q(
        "what share of them were pre-k buses",
        _share(lambda df: float((_text(df, "School_Age_or_PreK") == "Pre-K").mean())),
        ("School_Age_or_PreK", "Run_Type"),
    ),
]


# --- 6. Dog license registrations ----------------------------------------------------------------------------------

_DL_NAMES = {
    "BELLA": 48,
    "MAX": 34,
    "LUNA": 33,
    "CHARLIE": 30,
    "COCO": 24,
    "LUCY": 22,
    "ROCKY": 20,
    "DAISY": 20,
    "BUDDY": 18,
    "TEDDY": 16,
    "LOLA": 16,
    "MILO": 15,
    "BAILEY": 13,
    "PRINCESS": 11,
    "OLIVER": 11,
    "TOBY": 10,
    "SADIE": 10,
    "BEAR": 9,
    "GINGER": 8,
    "OREO": 8,
    "UNKNOWN": 14,
    "NAME NOT PROVIDED": 12,
}
_DL_FEMALE = {"BELLA", "LUNA", "COCO", "LUCY", "DAISY", "LOLA", "PRINCESS", "SADIE", "GINGER"}
_DL_BREEDS = {
    "Yorkshire Terrier": 13,
    "Shih Tzu": 12,
    "Chihuahua": 8,
    "Labrador Retriever": 9,
    "American Pit Bull Mix / Pit Bull Mix": 8,
    "Maltese": 6,
    "German Shepherd Dog": 4,
    "Labrador Retriever Crossbreed": 5,
    "Beagle": 4,
    "Pomeranian": 4,
    "Poodle, Standard": 3,
    "French Bulldog": 4,
    "Golden Retriever": 3,
    "Dachshund, Smooth Coat": 3,
    "Havanese": 3,
    "Unknown": 5,
}
_DL_ZIPS = ["10025", "10023", "10024", "10028", "10314", "11201", "11215", "10011", "10003", "11375", "10462", "11234"]


def _dog_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26406)
    names = list(_DL_NAMES)
    breeds = list(_DL_BREEDS)
    zip_w = rng.gamma(2.0, 1.0, size=len(_DL_ZIPS))
    rows: list[dict[str, Any]] = []
    serial = {y: 0 for y in range(2019, 2024)}
    for _ in range(1900):
        name = _one(rng, names, list(_DL_NAMES.values()))
        if name in ("UNKNOWN", "NAME NOT PROVIDED"):
            gender = _one(rng, ["M", "F"])
        else:
            gender = "F" if name in _DL_FEMALE else "M"
            if rng.random() < 0.04:
                gender = "F" if gender == "M" else "M"
        if rng.random() < 0.02:
            gender = ""
        breed = _one(rng, breeds, list(_DL_BREEDS.values()))
        born = int(rng.integers(2005, 2023))
        zipcode = _one(rng, _DL_ZIPS, zip_w) if rng.random() > 0.01 else _one(rng, ["0", "100", "1234"])
        fixed = "Yes" if rng.random() < (0.78 if gender == "F" else 0.66) else "No"
        vacc = _one(rng, ["Yes", "No", ""], [62, 8, 30])
        issued = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 365 * 5)))
        issued = max(issued, pd.Timestamp(born + 1, 1, 1))
        for _renewal in range(int(_one(rng, [1, 2, 3], [55, 30, 15]))):
            if issued.year > 2023:
                break
            term = int(_one(rng, [1, 2], [75, 25]))
            serial[issued.year] += int(rng.integers(1, 4))
            rows.append(
                {
                    "LicenseNumber": f"DL-{issued.year}-{serial[issued.year]:06d}",
                    "AnimalName": name,
                    "AnimalGender": gender,
                    "AnimalBirthYear": born,
                    "BreedName": breed,
                    "ZipCode": zipcode,
                    "LicenseIssuedDate": f"{issued:%m/%d/%Y}",
                    "LicenseExpiredDate": f"{issued + pd.DateOffset(years=term):%m/%d/%Y}",
                    "SpayedOrNeutered": fixed,
                    "Vaccinated": vacc,
                }
            )
            issued = issued + pd.DateOffset(years=term) + pd.Timedelta(days=int(rng.integers(-10, 40)))
    out = pd.DataFrame(rows)
    order = pd.to_datetime(out["LicenseIssuedDate"], format="%m/%d/%Y").argsort(kind="stable")
    return out.iloc[order].reset_index(drop=True)


_DL_PLACEHOLDERS = {"UNKNOWN", "NAME NOT PROVIDED", ""}


def _dl_top_breeds(skip_unknown: bool) -> Callable[[pd.DataFrame], list[str]]:
    def top(df: pd.DataFrame) -> list[str]:
        b = _text(df, "BreedName")
        if skip_unknown:
            b = b[b != "Unknown"]
        counts = b.value_counts()
        counts = counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
        return [str(x) for x in counts.index[:3]]

    return top


def _dl_fixed_share(female: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = df[_text(df, "AnimalGender") == "F"] if female else df
        return float((_text(d, "SpayedOrNeutered") == "Yes").mean())

    return rate


_DL_QS = [
    Q(
        "whats the most popular dog name",
        _lead(
            _named(
                lambda df: _top(_text(df, "AnimalName")[~_text(df, "AnimalName").isin(_DL_PLACEHOLDERS)].value_counts())
            )
        ),
        ("AnimalName",),
    ),
    Q(
        "top 3 breeds?",
        either(_all_named(_dl_top_breeds(True)), _all_named(_dl_top_breeds(False))),
        ("BreedName",),
    ),
    Q(
        "how many licenses were issued in 2022",
        _count(
            lambda df: int((pd.to_datetime(_text(df, "LicenseIssuedDate"), format="%m/%d/%Y").dt.year == 2022).sum())
        ),
        ("LicenseIssuedDate", "LicenseNumber"),
    ),
    Q(
        "what percent of the dogs are fixed",
        _share(_dl_fixed_share(False)),
        ("SpayedOrNeutered",),
    ),
    Q("and for just the girls?", _share(_dl_fixed_share(True)), ("SpayedOrNeutered", "AnimalGender")),
    Q(
        "how many have no vaccination info",
        _count(lambda df: int((_text(df, "Vaccinated") == "").sum())),
        ("Vaccinated",),
    ),
]


# --- 7. Beach water quality monitoring -----------------------------------------------------------------------------

# beach: station, median enterococci, rain sensitivity
_BW_BEACHES: dict[str, tuple[str, float, float]] = {
    "MOTHERS BEACH": ("BW-01", 40, 1.2),
    "CRYSTAL COVE STATE BEACH": ("BW-02", 12, 0.5),
    "DOHENY STATE BEACH": ("BW-03", 55, 1.4),
    "SALT CREEK BEACH": ("BW-04", 15, 0.7),
    "BABY BEACH": ("BW-05", 70, 1.1),
    "CORONA DEL MAR STATE BEACH": ("BW-06", 14, 0.6),
    "HUNTINGTON STATE BEACH": ("BW-07", 22, 0.9),
    "SEAL BEACH PIER": ("BW-08", 28, 1.0),
    "ALISO BEACH": ("BW-09", 25, 1.3),
    "NEWPORT DUNES": ("BW-10", 35, 0.9),
}


def _beach_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26407)
    rows: list[dict[str, Any]] = []
    for year in (2021, 2022, 2023):
        for week_start in pd.date_range(f"{year}-05-03", f"{year}-09-27", freq="W-MON"):
            rain = float(rng.exponential(0.12)) if rng.random() < 0.25 else 0.0
            if week_start.month == 9 and rng.random() < 0.3:
                rain += float(rng.exponential(0.5))
            for beach, (station, base, sens) in _BW_BEACHES.items():
                for offset in (0, 3) if rng.random() < 0.6 else (1,):
                    day = week_start + pd.Timedelta(days=offset)
                    r = max(0.0, rain + (float(rng.normal(0, 0.03)) if rain else 0.0))
                    level = base * np.exp(rng.normal(0, 1.0) + sens * 2.2 * r)
                    count = round(level)
                    text = "<10" if count < 10 else str(count)
                    above = count > 104
                    advisory = (above and rng.random() < 0.85) or (r > 0.5 and rng.random() < 0.5)
                    temp = 63 + 8 * np.sin(np.pi * (day.day_of_year - 130) / 130) + rng.normal(0, 2)
                    rows.append(
                        {
                            "Beach Name": beach,
                            "Station ID": station,
                            "Sample Date": f"{day:%m/%d/%Y}",
                            "Enterococci (MPN/100 mL)": text,
                            "Above Standard": "Y" if above else "N",
                            "Advisory Issued": "Y" if advisory else "N",
                            "Rainfall 48hr (in)": round(r, 2),
                            "Water Temp (F)": None if rng.random() < 0.06 else round(temp),
                        }
                    )
    return pd.DataFrame(rows)


def _bw_entero(df: pd.DataFrame, below: float | None = 10.0) -> pd.Series:
    text = _text(df, "Enterococci (MPN/100 mL)")
    value = pd.to_numeric(text.str.replace(r"[<>,]", "", regex=True), errors="coerce")
    censored = text.str.startswith("<")
    return value.where(~censored, np.nan if below is None else below)


def _bw_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Sample Date"), format="%m/%d/%Y")


def _bw_worst(df: pd.DataFrame) -> list[str]:
    beach = _text(df, "Beach Name")
    above = (_text(df, "Above Standard") == "Y").astype(float)
    return [
        _top(above.groupby(beach).mean()),
        _top(_bw_entero(df).groupby(beach).mean()),
        _top(_bw_entero(df).groupby(beach).median()),
    ]


def _bw_rain_checks() -> list[Check]:
    out = []
    for below in (10.0, 5.0, 0.0, None):
        out.append(_corr(lambda df: _num(df, "Rainfall 48hr (in)"), lambda df, b=below: _bw_entero(df, b)))
        out.append(
            has(
                lambda df, b=below: float(
                    _num(df, "Rainfall 48hr (in)").corr(np.log10(_bw_entero(df, b).clip(lower=1)))
                ),
                rel=0.01,
            )
        )
    return out


def _bw_august(latest: bool) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        d = _bw_date(df)
        keep = d.dt.month == 8
        if latest:
            keep &= d.dt.year == d.dt.year.max()
        return float(_num(df, "Water Temp (F)")[keep].mean())

    return mean


def _bw_max_row(df: pd.DataFrame) -> pd.Series:
    return df.loc[_bw_entero(df).idxmax()]


_BW_QS = [
    Q(
        "which beach has the dirtiest water",
        _lead(_named_any(_bw_worst)),
        ("Beach Name", "Enterococci (MPN/100 mL)", "Above Standard"),
    ),
    Q(
        "how many samples failed the standard",
        _count(lambda df: int((_text(df, "Above Standard") == "Y").sum())),
        ("Above Standard",),
    ),
    Q(
        "what percentage of the time was an advisory put up",
        _share(lambda df: float((_text(df, "Advisory Issued") == "Y").mean())),
        ("Advisory Issued",),
    ),
    Q(
        "does rain make the bacteria worse",
        either(*_bw_rain_checks()),
        ("Rainfall 48hr (in)", "Enterococci (MPN/100 mL)"),
    ),
    Q(
        "whats the highest bacteria reading ever and where was it",
        _both(
            _count(lambda df: float(_bw_entero(df).max())),
            _named(lambda df: str(_bw_max_row(df)["Beach Name"]).strip()),
        ),
        ("Enterococci (MPN/100 mL)", "Beach Name", "Sample Date"),
    ),
    Q(
        "average water temp in august?",
        either(_about(_bw_august(False)), _about(_bw_august(True))),
        ("Water Temp (F)", "Sample Date"),
    ),
]


HELDOUT264: list[Dataset] = [
    Dataset("bricklink_buyer_order_history", _bricklink_frame, _BL_QS),
    Dataset("android_digital_wellbeing_app_usage", _wellbeing_frame, _DW_QS),
    Dataset("beanconqueror_brew_log", _beanconqueror_frame, _BC_QS),
    Dataset("couchsurfing_hosting_requests", _couchsurfing_frame, _CS_QS),
    Dataset("school_bus_breakdowns_and_delays", _bus_frame, _BB_QS),
    Dataset("city_dog_license_registrations", _dog_frame, _DL_QS),
    Dataset("county_beach_water_quality", _beach_frame, _BW_QS),
]
