"""HELDOUT369: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a food truck's daily sales (2023 and
2024, one row per day it went out) with Date as "3/14/2024", Location (Downtown, Brewery Row, University, Farmers
Market), "Tacos Sold", "Burritos Sold", "Taco Price" as "$3.50" and "Burrito Price" as "$11.00" (up a little in
2024), "Drinks Sold", "Tips $" (blank when nobody counted the jar), "Hours Open" (3 to 8 in halves) and Weather
(Sunny, Cloudy, Rain, Hot; now and then lower case; rain days slower). A tattoo studio's weekly artist payouts (2023
and 2024, one row per artist a week they worked, Mondays as "2024-01-08") with Artist, Appointments, "Walk-ins",
"Hours Tattooed", "Gross $" as "$2,340.00", "Shop Cut %" as "40%" (35% to 50% by artist), "Deposits Forfeited" as
"$100.00" and "No-Shows" (part of the appointments). A pawn shop's retail floor (2023 and 2024, one row per item) with
"Tag #" as "T-045123", "Date In" as "2023-03-14", "Date Sold" as "04/02/2023" (blank while on the floor), Category
(Jewelry, Tools, Electronics, Guns; now and then upper case), "Loan Amount" as "$120", "Ask Price" as "$249.99",
"Sold Price" (blank when unsold, usually under asking) and Layaway (Y/N, blank when unsold). A golf course's practice
range and lessons (April to October 2022 to 2024, one row per day) with Date as "2024-04-14", "Small Buckets",
"Large Buckets", "Small Bucket Price" as "$8.00" and "Large Bucket Price" as "$14.00" (a dollar more from 2024),
"Lessons Given", "Lesson Rate" as "$65", "Rounds Played", "Cart Rentals" (most rounds take a cart) and "Rain Delay"
(Y/N; those days far quieter). A dry cleaner's route pickups (2024, one row per stop, customers on the same route
repeat) with Route as "RT-3", "Stop Date" as "03/14/2024", Customer, Shirts, Suits, Dresses, "Ticket Total" as
"$42.50" (by piece counts), "Late Delivery" (Y/N) and Driver (one regular per route and a fill-in). A tree service's
crew timesheets (2023 and 2024, one row per crew a day, a big job spans several days under one "Job #" as "J-2301")
with Date as "3/14/2024", "Crew Lead", Climbers, "Ground Crew", "Hours on Site", "Trees Removed", "Stumps Ground",
"Chipper Loads" and "Dump Fee $" ("$0" or blank when no dump run, else a fee per load). And a karate school's monthly
billing (January 2023 to December 2024, one row per student a month enrolled) with Student, Month as "2024-01",
Program ("Little Dragons", "Teens", "Adults"), Tuition as "$120.00" (by program), "Family Discount %" as "10%" ("0%"
for most), "Paid On Time" (Y/N), "Classes Attended" (0 to 12), Belt (White up to Black, rising over the months) and
"Uniform Purchase $" (blank mostly, "$45.00" now and then). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date
from .heldout358 import _money, _yes
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _top_month(values: pd.Series, dates: pd.Series) -> pd.Timestamp:
    return values.groupby(dates.dt.to_period("M")).sum().idxmax().to_timestamp()


def _either_lead(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_lead(_named(v)) for v in values))


# --- 1. Food truck daily sales -------------------------------------------------------------------------------------

# location: weight, taco demand, burrito demand
_FT_PLACES = {
    "Downtown": (4, 95, 38),
    "Brewery Row": (3, 80, 30),
    "University": (3, 120, 22),
    "Farmers Market": (2, 70, 45),
}
_FT_WEATHER = {"Sunny": (5, 1.0), "Cloudy": (3, 0.9), "Rain": (2, 0.6), "Hot": (2, 1.05)}


def _truck_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36901)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-03", "2024-12-31", freq="D"):
        if rng.random() < 0.22:
            continue
        place = str(_one(rng, list(_FT_PLACES), [v[0] for v in _FT_PLACES.values()]))
        weather = str(_one(rng, list(_FT_WEATHER), [v[0] for v in _FT_WEATHER.values()]))
        lift = _FT_WEATHER[weather][1] * (1.15 if day.month in (5, 6, 7, 8, 9) else 1.0)
        hours = float(_one(rng, [3.0, 3.5, 4.0, 4.5, 5.0, 6.0, 7.0, 8.0], [1, 1, 3, 2, 3, 2, 1, 1]))
        tacos = int(rng.poisson(_FT_PLACES[place][1] * lift * hours / 5))
        burritos = int(rng.poisson(_FT_PLACES[place][2] * lift * hours / 5))
        taco_price, burrito_price = (3.5, 11.0) if day.year == 2023 else (3.75, 12.0)
        sales = tacos * taco_price + burritos * burrito_price
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Location": place,
                "Tacos Sold": tacos,
                "Burritos Sold": burritos,
                "Taco Price": _money(taco_price),
                "Burrito Price": _money(burrito_price),
                "Drinks Sold": int(rng.poisson((tacos + burritos) * (0.45 if weather == "Hot" else 0.3))),
                "Tips $": "" if rng.random() < 0.08 else round(float(sales * rng.uniform(0.03, 0.09)), 2),
                "Hours Open": hours,
                "Weather": weather.lower() if rng.random() < 0.05 else weather,
            }
        )
    return pd.DataFrame(rows)


def _ft_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y")


def _ft_weather(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Weather").str.title()


def _ft_food_money(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Tacos Sold") * _num(df, "Taco Price") + _num(df, "Burritos Sold") * _num(df, "Burrito Price")


_FT_QS = [
    Q(
        "how many tacos did we sell last year",
        _count(lambda df: int(_num(df, "Tacos Sold")[_ft_date(df).dt.year == 2024].sum())),
        ("Tacos Sold", "Date"),
    ),
    Q(
        "which spot sells the most burritos",
        either(
            _lead(_named(lambda df: _top(_num(df, "Burritos Sold").groupby(_text(df, "Location")).sum()))),
            _lead(_named(lambda df: _top(_num(df, "Burritos Sold").groupby(_text(df, "Location")).mean()))),
        ),
        ("Burritos Sold", "Location"),
    ),
    Q(
        "how much do we make in tips on a rainy day",
        _typical(lambda df: _num(df, "Tips $")[_ft_weather(df) == "Rain"]),
        ("Tips $", "Weather"),
    ),
    Q(
        "what was our best month for food sales",
        _month_year(lambda df: _top_month(_ft_food_money(df), _ft_date(df))),
        ("Date", "Tacos Sold", "Burritos Sold", "Taco Price", "Burrito Price"),
    ),
    Q(
        "do we sell more tacos when we stay open longer",
        _corr(lambda df: _num(df, "Hours Open"), lambda df: _num(df, "Tacos Sold")),
        ("Hours Open", "Tacos Sold"),
    ),
    Q("how many days are missing tips", _count(lambda df: int(_num(df, "Tips $").isna().sum())), ("Tips $", "Date")),
]


# --- 2. Tattoo studio weekly artist payouts ------------------------------------------------------------------------

# artist: shop cut, hourly rate, weekly hours, first week worked
_TT_ARTISTS = {
    "Rico Vega": (0.40, 165, 26, "2023-01-02"),
    "Jess Malone": (0.35, 190, 30, "2023-01-02"),
    "Dani Cho": (0.45, 140, 22, "2023-01-02"),
    "Marcus Bell": (0.50, 120, 18, "2023-06-05"),
    "Tara Quinn": (0.40, 150, 24, "2023-01-02"),
    "Ollie Grant": (0.50, 110, 15, "2024-02-05"),
}


def _tattoo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36902)
    rows: list[dict[str, Any]] = []
    for week in pd.date_range("2023-01-02", "2024-12-30", freq="W-MON"):
        for artist, (cut, rate, hours, start) in _TT_ARTISTS.items():
            if week < pd.Timestamp(start) or rng.random() < 0.08:
                continue
            appts = int(rng.poisson(hours / 3.2))
            noshow = int(rng.binomial(appts, 0.09))
            walkins = int(rng.poisson(1.6 if rate < 150 else 0.8))
            worked = max(0.5, round(float((appts - noshow) * 3 + walkins * 1.2 + rng.normal(0, 2)) * 2) / 2)
            gross = round(float(worked * rate * rng.uniform(0.9, 1.1)), 2)
            rows.append(
                {
                    "Week": f"{week:%Y-%m-%d}",
                    "Artist": artist,
                    "Appointments": appts,
                    "Walk-ins": walkins,
                    "Hours Tattooed": worked,
                    "Gross $": _money(gross),
                    "Shop Cut %": f"{int(cut * 100)}%",
                    "Deposits Forfeited": _money(100.0 * noshow),
                    "No-Shows": noshow,
                }
            )
    return pd.DataFrame(rows)


def _tt_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Week", "%Y-%m-%d").dt.year


def _tt_noshows(df: pd.DataFrame) -> pd.Series:
    return _num(df, "No-Shows").groupby(_text(df, "Artist")).sum()


def _tt_noshow_rate(df: pd.DataFrame, walkins: bool) -> float:
    who = _top(_tt_noshows(df))
    mine = _text(df, "Artist") == who
    booked = _num(df, "Appointments")[mine].sum() + (_num(df, "Walk-ins")[mine].sum() if walkins else 0)
    return float(_num(df, "No-Shows")[mine].sum() / booked)


_TT_QS = [
    Q(
        "who brought in the most money in 2024",
        _lead(_named(lambda df: _top(_num(df, "Gross $")[_tt_year(df) == 2024].groupby(_text(df, "Artist")).sum()))),
        ("Gross $", "Artist", "Week"),
    ),
    Q(
        "how much has the shop kept from its cut altogether",
        _amount(lambda df: float((_num(df, "Gross $") * _num(df, "Shop Cut %") / 100).sum())),
        ("Gross $", "Shop Cut %"),
    ),
    Q(
        "which artist gets stood up the most",
        _lead(_named(lambda df: _top(_tt_noshows(df)))),
        ("No-Shows", "Artist"),
    ),
    Q(
        "what's their no show rate",
        either(_share(lambda df: _tt_noshow_rate(df, False)), _share(lambda df: _tt_noshow_rate(df, True))),
        ("No-Shows", "Artist", "Appointments", "Walk-ins"),
    ),
    Q(
        "how many hours a week does an artist usually tattoo",
        _typical(lambda df: _num(df, "Hours Tattooed")),
        ("Hours Tattooed", "Artist", "Week"),
    ),
    Q(
        "total forfeited deposits last year",
        _amount(lambda df: float(_num(df, "Deposits Forfeited")[_tt_year(df) == 2024].sum())),
        ("Deposits Forfeited", "Week"),
    ),
]


# --- 3. Pawn shop retail floor -------------------------------------------------------------------------------------

# category: weight, loan range, markup over loan, sell rate
_PW_CATS = {
    "Jewelry": (5, (40, 900), 2.1, 0.8),
    "Tools": (4, (15, 250), 2.4, 0.85),
    "Electronics": (5, (20, 500), 2.0, 0.75),
    "Guns": (2, (80, 600), 1.7, 0.9),
}


def _pawn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36903)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-02", "2024-12-31", freq="D")
    picks = np.sort(rng.choice(len(days), size=1400))
    names = list(_PW_CATS)
    for k, i in enumerate(picks):
        day_in = days[i]
        cat = str(_one(rng, names, [v[0] for v in _PW_CATS.values()]))
        _, (lo, hi), markup, rate = _PW_CATS[cat]
        loan = int(round(float(rng.uniform(lo, hi)) / 5) * 5)
        ask = round(loan * markup * rng.uniform(0.85, 1.2)) - 0.01
        wait = int(rng.gamma(2, 30 if cat != "Guns" else 18))
        sold_day = day_in + pd.Timedelta(days=wait)
        sold = rng.random() < rate and sold_day <= pd.Timestamp("2024-12-31")
        price = round(float(ask * rng.uniform(0.75, 1.0)), 2) if sold else None
        rows.append(
            {
                "Tag #": f"T-{45001 + k:06d}",
                "Date In": f"{day_in:%Y-%m-%d}",
                "Date Sold": f"{sold_day:%m/%d/%Y}" if sold else "",
                "Category": cat.upper() if rng.random() < 0.05 else cat,
                "Loan Amount": f"${loan}",
                "Ask Price": _money(ask),
                "Sold Price": _money(price) if price is not None else "",
                "Layaway": ("Y" if rng.random() < (0.25 if cat in ("Jewelry", "Guns") else 0.08) else "N")
                if sold
                else "",
            }
        )
    return pd.DataFrame(rows)


def _pw_cat(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Category").str.title()


def _pw_sold(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Sold Price").notna()


def _pw_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Date Sold", "%m/%d/%Y") - _date(df, "Date In", "%Y-%m-%d")).dt.days.dropna()


def _pw_profit(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "Sold Price") - _num(df, "Loan Amount")).groupby(_pw_cat(df))


_PW_QS = [
    Q(
        "how many things are still sitting on the floor",
        _count(lambda df: int((~_pw_sold(df)).sum())),
        ("Sold Price", "Date Sold", "Tag #"),
    ),
    Q("how long does stuff usually take to sell", _typical(lambda df: _pw_days(df)), ("Date In", "Date Sold")),
    Q(
        "which category makes the most over the loan when it sells",
        either(
            _lead(_named(lambda df: _top(_pw_profit(df).mean()))),
            _lead(_named(lambda df: _top(_pw_profit(df).sum()))),
        ),
        ("Category", "Sold Price", "Loan Amount"),
    ),
    Q(
        "what percent of sales go on layaway",
        _share(lambda df: float(_yes(df, "Layaway")[_pw_sold(df)].mean())),
        ("Layaway", "Sold Price", "Date Sold"),
    ),
    Q(
        "how much under asking do things go for",
        either(
            _typical(lambda df: (_num(df, "Ask Price") - _num(df, "Sold Price")).dropna()),
            _share(lambda df: float(((_num(df, "Ask Price") - _num(df, "Sold Price")) / _num(df, "Ask Price")).mean())),
            _share(lambda df: float(1 - _num(df, "Sold Price").sum() / _num(df, "Ask Price")[_pw_sold(df)].sum())),
        ),
        ("Ask Price", "Sold Price"),
    ),
    Q(
        "how much did we take in on guns in 2024",
        _amount(
            lambda df: float(
                _num(df, "Sold Price")[
                    (_pw_cat(df) == "Guns") & (_date(df, "Date Sold", "%m/%d/%Y").dt.year == 2024)
                ].sum()
            )
        ),
        ("Sold Price", "Category", "Date Sold"),
    ),
]


# --- 4. Golf course practice range and lessons ---------------------------------------------------------------------


def _golf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36904)
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023, 2024):
        small_price, large_price = (8.0, 14.0) if year < 2024 else (9.0, 15.0)
        for day in pd.date_range(f"{year}-04-01", f"{year}-10-31", freq="D"):
            rain = rng.random() < 0.14
            busy = (
                (1.6 if day.dayofweek >= 5 else 1.0)
                * (1.2 if day.month in (6, 7, 8) else 1.0)
                * (0.35 if rain else 1.0)
            )
            rounds = int(rng.poisson(140 * busy))
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Small Buckets": int(rng.poisson(45 * busy)),
                    "Large Buckets": int(rng.poisson(30 * busy)),
                    "Small Bucket Price": _money(small_price),
                    "Large Bucket Price": _money(large_price),
                    "Lessons Given": int(rng.poisson(3 * (0.4 if rain else 1.0))),
                    "Lesson Rate": "$65" if year < 2023 else "$70",
                    "Rounds Played": rounds,
                    "Cart Rentals": int(rng.binomial(rounds, 0.7)),
                    "Rain Delay": "Y" if rain else "N",
                }
            )
    return pd.DataFrame(rows)


def _gf_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


def _gf_range_money(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Small Buckets") * _num(df, "Small Bucket Price") + _num(df, "Large Buckets") * _num(
        df, "Large Bucket Price"
    )


_GF_QS = [
    Q(
        "how many large buckets did we sell in 2023",
        _count(lambda df: int(_num(df, "Large Buckets")[_gf_date(df).dt.year == 2023].sum())),
        ("Large Buckets", "Date"),
    ),
    Q(
        "which month made the most on the range",
        _month_year(lambda df: _top_month(_gf_range_money(df), _gf_date(df))),
        ("Date", "Small Buckets", "Large Buckets", "Small Bucket Price", "Large Bucket Price"),
    ),
    Q(
        "how many rounds on a rain delay day compared to a normal day",
        either(
            _about(lambda df: _num(df, "Rounds Played").groupby(_yes(df, "Rain Delay")).mean().to_numpy()),
            _about(lambda df: _num(df, "Rounds Played").groupby(_yes(df, "Rain Delay")).median().to_numpy()),
        ),
        ("Rounds Played", "Rain Delay"),
    ),
    Q(
        "what fraction of days had a rain delay",
        _share(lambda df: float(_yes(df, "Rain Delay").mean())),
        ("Rain Delay", "Date"),
    ),
    Q(
        "total lesson income",
        _amount(lambda df: float((_num(df, "Lessons Given") * _num(df, "Lesson Rate")).sum())),
        ("Lessons Given", "Lesson Rate"),
    ),
    Q(
        "are cart rentals tied to rounds played",
        _corr(lambda df: _num(df, "Rounds Played"), lambda df: _num(df, "Cart Rentals")),
        ("Rounds Played", "Cart Rentals"),
    ),
]


# --- 5. Dry cleaner route pickups ----------------------------------------------------------------------------------

# route: regular driver, weekday, late rate
_DC_ROUTES = {
    "RT-1": ("Hector Ruiz", 0, 0.05),
    "RT-2": ("Angela Price", 1, 0.08),
    "RT-3": ("Tom Becker", 2, 0.15),
    "RT-4": ("Sam Okafor", 3, 0.06),
    "RT-5": ("Angela Price", 4, 0.09),
}


def _cleaner_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36905)
    rows: list[dict[str, Any]] = []
    customers = {r: sorted({_person(rng) for _ in range(28)}) for r in _DC_ROUTES}
    for day in pd.date_range("2024-01-01", "2024-12-31", freq="D"):
        for route, (driver, weekday, late) in _DC_ROUTES.items():
            if day.dayofweek != weekday:
                continue
            who = driver if rng.random() > 0.1 else "Lisa Fong"
            stops = rng.choice(customers[route], size=int(rng.integers(8, 16)), replace=False)
            for cust in stops:
                shirts = int(rng.poisson(5))
                suits = int(rng.poisson(0.8))
                dresses = int(rng.poisson(0.6))
                total = shirts * 3.25 + suits * 14.5 + dresses * 12.0
                rows.append(
                    {
                        "Route": route,
                        "Stop Date": f"{day:%m/%d/%Y}",
                        "Customer": str(cust),
                        "Shirts": shirts,
                        "Suits": suits,
                        "Dresses": dresses,
                        "Ticket Total": _money(total),
                        "Late Delivery": "Y" if rng.random() < (late if who == driver else 0.2) else "N",
                        "Driver": who,
                    }
                )
    return pd.DataFrame(rows)


def _dc_late(df: pd.DataFrame) -> pd.Series:
    return _yes(df, "Late Delivery").groupby(_text(df, "Driver"))


_DC_QS = [
    Q("how many shirts did we clean", _count(lambda df: int(_num(df, "Shirts").sum())), ("Shirts",)),
    Q(
        "which driver is late the most",
        _either_lead(lambda df: _top(_dc_late(df).mean()), lambda df: _top(_dc_late(df).sum())),
        ("Late Delivery", "Driver"),
    ),
    Q("whats the average ticket", _typical(lambda df: _num(df, "Ticket Total")), ("Ticket Total",)),
    Q(
        "which route brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Ticket Total").groupby(_text(df, "Route")).sum()))),
        ("Ticket Total", "Route"),
    ),
    Q(
        "who's our biggest customer",
        _lead(_named(lambda df: _top(_num(df, "Ticket Total").groupby(_text(df, "Customer")).sum()))),
        ("Ticket Total", "Customer"),
    ),
    Q(
        "how many different customers do we have",
        _count(lambda df: int(_text(df, "Customer").nunique())),
        ("Customer",),
    ),
]


# --- 6. Tree service crew timesheets -------------------------------------------------------------------------------

_TS_LEADS = {"Mike Dunn": 1.2, "Carlos Ortega": 1.0, "Bobby Jensen": 0.85}


def _trees_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36906)
    rows: list[dict[str, Any]] = []
    job = 0
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="B"):
        for lead, pace in _TS_LEADS.items():
            if rng.random() < 0.3:
                continue
            job += 1
            days = 1 if rng.random() < 0.8 else int(rng.integers(2, 4))
            for k in range(days):
                when = day + pd.Timedelta(days=k)
                climbers = int(_one(rng, [1, 2, 3], [3, 4, 1]))
                ground = int(_one(rng, [1, 2, 3, 4], [1, 4, 3, 1]))
                hours = round(float(rng.uniform(3, 10)) * 2) / 2
                trees = int(rng.poisson(hours * pace * climbers / 5))
                loads = int(rng.poisson(0.4 + trees * 0.7))
                fee = "" if loads == 0 and rng.random() < 0.5 else f"${loads * int(_one(rng, [35, 40, 45]))}"
                rows.append(
                    {
                        "Date": f"{when.month}/{when.day}/{when.year}",
                        "Crew Lead": lead,
                        "Job #": f"J-{when.year % 100}{job:04d}" if k == 0 else rows[-1]["Job #"],
                        "Climbers": climbers,
                        "Ground Crew": ground,
                        "Hours on Site": hours,
                        "Trees Removed": trees,
                        "Stumps Ground": int(rng.binomial(trees, 0.6)),
                        "Chipper Loads": loads,
                        "Dump Fee $": fee,
                    }
                )
    return pd.DataFrame(rows)


def _ts_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y").dt.year


_TS_QS = [
    Q(
        "how many trees did we take down in 2024",
        _count(lambda df: int(_num(df, "Trees Removed")[_ts_year(df) == 2024].sum())),
        ("Trees Removed", "Date"),
    ),
    Q(
        "which crew lead removes the most trees",
        _either_lead(
            lambda df: _top(_num(df, "Trees Removed").groupby(_text(df, "Crew Lead")).sum()),
            lambda df: _top(_num(df, "Trees Removed").groupby(_text(df, "Crew Lead")).mean()),
        ),
        ("Trees Removed", "Crew Lead"),
    ),
    Q(
        "how many jobs have we done",
        either(_count(lambda df: int(_text(df, "Job #").nunique())), _count(lambda df: len(df))),
        ("Job #",),
    ),
    Q(
        "what have we spent on dump fees",
        _amount(lambda df: float(_num(df, "Dump Fee $").sum())),
        ("Dump Fee $",),
    ),
    Q(
        "do more climbers mean more trees down",
        _corr(lambda df: _num(df, "Climbers"), lambda df: _num(df, "Trees Removed")),
        ("Climbers", "Trees Removed"),
    ),
    Q(
        "how many stumps did bobby's crew grind",
        _count(lambda df: int(_num(df, "Stumps Ground")[_text(df, "Crew Lead") == "Bobby Jensen"].sum())),
        ("Stumps Ground", "Crew Lead"),
    ),
]


# --- 7. Karate school monthly billing ------------------------------------------------------------------------------

_KS_PROGRAMS = {"Little Dragons": (95.0, 6.0), "Teens": (120.0, 7.5), "Adults": (140.0, 8.0)}
_KS_BELTS = ["White", "Yellow", "Orange", "Green", "Blue", "Purple", "Brown", "Black"]


def _karate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36907)
    rows: list[dict[str, Any]] = []
    months = pd.period_range("2023-01", "2024-12", freq="M")
    names = sorted({_person(rng) for _ in range(110)})
    for name in names:
        program = str(_one(rng, list(_KS_PROGRAMS), [4, 3, 3]))
        tuition, classes = _KS_PROGRAMS[program]
        start = int(rng.integers(0, 20))
        stay = int(rng.integers(3, 24))
        disc = "10%" if rng.random() < 0.25 else "0%"
        belt = int(_one(rng, [0, 1, 2, 3, 4], [6, 2, 1, 1, 1]))
        for m in months[start : start + stay]:
            if rng.random() < 0.12:
                belt = min(belt + 1, 7)
            rows.append(
                {
                    "Student": name,
                    "Month": str(m),
                    "Program": program,
                    "Tuition": _money(tuition + (5.0 if m.year == 2024 else 0.0)),
                    "Family Discount %": disc,
                    "Paid On Time": "Y" if rng.random() < 0.85 else "N",
                    "Classes Attended": int(min(12, rng.poisson(classes))),
                    "Belt": _KS_BELTS[belt],
                    "Uniform Purchase $": _money(45.0) if rng.random() < 0.05 else "",
                }
            )
    return pd.DataFrame(rows)


def _ks_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Month", "%Y-%m").dt.year


def _ks_billed(df: pd.DataFrame, after_discount: bool) -> float:
    tuition = _num(df, "Tuition")
    if after_discount:
        tuition = tuition * (1 - _num(df, "Family Discount %").fillna(0) / 100)
    return float(tuition[_ks_year(df) == 2024].sum())


_KS_QS = [
    Q(
        "how many kids and adults have trained with us",
        _count(lambda df: int(_text(df, "Student").nunique())),
        ("Student",),
    ),
    Q(
        "how much tuition did we bill in 2024",
        either(_amount(lambda df: _ks_billed(df, True)), _amount(lambda df: _ks_billed(df, False))),
        ("Tuition", "Month", "Family Discount %"),
    ),
    Q("how often do people pay on time", _share(lambda df: float(_yes(df, "Paid On Time").mean())), ("Paid On Time",)),
    Q(
        "which program comes to the most classes",
        either(
            _lead(_named(lambda df: _top(_num(df, "Classes Attended").groupby(_text(df, "Program")).mean()))),
            _lead(_named(lambda df: _top(_num(df, "Classes Attended").groupby(_text(df, "Program")).sum()))),
        ),
        ("Classes Attended", "Program"),
    ),
    Q(
        "how many uniforms did we sell",
        _count(lambda df: int((_num(df, "Uniform Purchase $") > 0).sum())),
        ("Uniform Purchase $",),
    ),
    Q(
        "how many black belts are there",
        either(
            _count(lambda df: int(_text(df, "Student")[_text(df, "Belt").str.title() == "Black"].nunique())),
            _count(lambda df: int((_text(df, "Belt").str.title() == "Black").sum())),
        ),
        ("Belt", "Student"),
    ),
]


HELDOUT369 = [
    Dataset("food_truck_daily_sales", _truck_frame, _FT_QS),
    Dataset("tattoo_studio_weekly_payouts", _tattoo_frame, _TT_QS),
    Dataset("pawn_shop_retail_floor", _pawn_frame, _PW_QS),
    Dataset("golf_range_and_lessons_daily", _golf_frame, _GF_QS),
    Dataset("dry_cleaner_route_pickups", _cleaner_frame, _DC_QS),
    Dataset("tree_service_crew_timesheets", _trees_frame, _TS_QS),
    Dataset("karate_school_monthly_billing", _karate_frame, _KS_QS),
]
