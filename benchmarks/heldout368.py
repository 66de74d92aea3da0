"""HELDOUT368: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a veterinary practice's boarding and
grooming invoices (2023 and 2024, one row per invoice) with Invoice as "INV-10234", Date as "03/14/2024", "Pet Name",
Species (Dog, Cat; now and then upper case), "Nights Boarded" (0 for a bath-only visit), "Nightly Rate" as "$55.00"
(dogs by size, cats less; blank when no nights), Bath (Y/N), "Bath Price" as "$35.00" (blank without a bath), "Meds
Given" (Y/N, an $8 a night charge) and Total as "$1,234.50" (nights times rate, the bath and the meds). An apple
orchard's pick-your-own days (the 2021 to 2024 seasons, mid-August to early November, one row per day) with Date as
"2023-09-16", Weekend (Y/N), "Pecks Sold", "Half Bushels Sold", "Peck Price" as "$18.00" and "Half Bushel Price" as
"$32.00" (a dollar or two more each year), "Cider Gallons", "Donuts Dozen" and "Cars Parked" (weekends far busier,
October busiest); rained-out days have "CLOSED" for cars and blanks for the sales, and each season ends in a total row
(Date "2023 TOTAL", Weekend blank, the season's sums). A cleaning company's house jobs (2023 and 2024, one row per job)
with "Job ID" as "J-20345", Date as "3/14/2024", "Sq Ft", Bedrooms, Bathrooms (1 to 4 in halves), Cleaners (1 to 3),
Hours (on site; bigger houses and deep cleans longer), "Flat Price" as "$185" (by size, deep cleans dearer), "Deep
Clean" (Y/N), Pets (Y/N) and Rating (1 to 5, blank when the client gave none; a little lower with pets). A brewery's
canning runs (2022 to 2024, one row per run) with "Run #" (a running number), Date as "2024-03-14", Beer, Style (IPA,
Hazy IPA, Pilsner, Stout, Sour; now and then upper case), Cases, "Cans/Case" (24, a few 12-can runs), "Packaged BBL"
(16 oz cans, two decimals), "DO (ppb)" (dissolved oxygen, blank when not measured; higher with line stops and on the
PM shift), "Line Stops" and Shift (AM, PM). A piano tuner's appointments (2021 to 2024, one row per appointment, many
repeat clients, a church and a school most often) with Date as "03/14/2024", Client, "Piano Type" (Upright, Grand,
Spinet), "Yrs Since Last Tuning" ("unknown" now and then), "Pitch Raise" (Y/N; likelier the longer it has been),
"Tuning Fee" as "$150.00" (grands dearer, a little more each year), "Pitch Raise Fee" ("$75.00", blank without one),
"Travel Miles" and "Repairs $" ("$0.00" mostly). A skate shop's board sales (2023 and 2024, one row per sale) with
"Sale #" as "S-04512", Date as "3/14/24", "Deck Brand", "Deck Size (in)" ("8.25", now and then written '8.25"'),
Trucks (Y/N), Wheels (Y/N), "Complete Price" as "$129.99" (only when both trucks and wheels went on, else blank), "Deck
Only Price" as "$64.99" (blank for completes), Employee and Paid (Cash, Card). And a fitness bootcamp's weekly
check-ins (January to June 2024, one row per member a week they were signed up) with Member, Week as "2024-01-08"
(Mondays), "Sessions Attended" (0 to 5), "Weight (lbs)" and "Body Fat %" as "24.5%" (both drifting down, blank when
they skipped the weigh-in), "Pushups Max", "Mile Time" as "8:45" (minutes and seconds, blank when not run), Coach and
"Paid Through" as "2024-03-31". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
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


def _signed(value: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """A change given as a positive drop or as a negative difference."""
    return either(_about(lambda df: abs(float(value(df))), rel=rel), _about(lambda df: -abs(float(value(df))), rel=rel))


# --- 1. Vet boarding and grooming invoices -------------------------------------------------------------------------

_VT_DOGS = ["Buddy", "Bella", "Max", "Luna", "Charlie", "Daisy", "Cooper", "Sadie", "Rocky", "Molly", "Bear", "Maggie"]
_VT_CATS = ["Oliver", "Kitty", "Leo", "Cleo", "Milo", "Nala", "Simba", "Chloe", "Tiger", "Shadow", "Smokey", "Mittens"]


def _vet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36801)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-02", "2024-12-31", freq="D")
    weights = np.array([1.8 if d.month in (6, 7, 8, 12) else 1.0 for d in days])
    picks = np.sort(rng.choice(len(days), size=1650, p=weights / weights.sum()))
    for k, i in enumerate(picks):
        day = days[i]
        dog = rng.random() < 0.68
        species = "Dog" if dog else "Cat"
        bath_only = rng.random() < (0.25 if dog else 0.08)
        nights = 0 if bath_only else int(1 + rng.poisson(3.2 if dog else 4.5))
        rate = (float(_one(rng, [45.0, 55.0, 65.0], [3, 4, 2])) if dog else 32.0) if nights else None
        bath = bath_only or rng.random() < (0.45 if dog else 0.06)
        bath_price = (float(_one(rng, [35.0, 45.0, 60.0], [3, 3, 2])) if dog else 40.0) if bath else None
        meds = nights > 0 and rng.random() < (0.18 if dog else 0.3)
        total = (nights * (rate or 0.0)) + (bath_price or 0.0) + (8.0 * nights if meds else 0.0)
        rows.append(
            {
                "Invoice": f"INV-{10001 + k}",
                "Date": f"{day:%m/%d/%Y}",
                "Pet Name": _one(rng, _VT_DOGS if dog else _VT_CATS),
                "Species": species.upper() if rng.random() < 0.04 else species,
                "Nights Boarded": nights,
                "Nightly Rate": _money(rate) if rate else "",
                "Bath": "Y" if bath else "N",
                "Bath Price": _money(bath_price) if bath_price else "",
                "Meds Given": "Y" if meds else "N",
                "Total": _money(total),
            }
        )
    return pd.DataFrame(rows)


def _vt_species(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Species").str.title()


def _vt_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y")


def _vt_dog_nights(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Nights Boarded")[_vt_species(df) == "Dog"]


_VT_QS = [
    Q("how many cats came through", _count(lambda df: int((_vt_species(df) == "Cat").sum())), ("Species", "Invoice")),
    Q(
        "how long do dogs usually stay with us",
        either(
            _typical(lambda df: _vt_dog_nights(df)[_vt_dog_nights(df) > 0]),
            _typical(_vt_dog_nights),
        ),
        ("Species", "Nights Boarded"),
    ),
    Q("what share of visits got a bath", _share(lambda df: float(_yes(df, "Bath").mean())), ("Bath", "Invoice")),
    Q(
        "how much did we bill in total in 2024",
        _amount(lambda df: float(_num(df, "Total")[_vt_date(df).dt.year == 2024].sum())),
        ("Total", "Date"),
    ),
    Q(
        "which month brought in the most money",
        _month_year(lambda df: _top_month(_num(df, "Total"), _vt_date(df))),
        ("Total", "Date"),
    ),
    Q(
        "whats the average invoice for a dog vs a cat",
        _about(lambda df: _num(df, "Total").groupby(_vt_species(df)).mean().to_numpy()),
        ("Total", "Species"),
    ),
]


# --- 2. Apple orchard pick-your-own days ---------------------------------------------------------------------------

_OR_PRICES = {2021: (16.0, 28.0), 2022: (17.0, 30.0), 2023: (18.0, 32.0), 2024: (19.0, 34.0)}


def _orchard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36802)
    rows: list[dict[str, Any]] = []
    for year, (peck_price, half_price) in _OR_PRICES.items():
        season: list[dict[str, Any]] = []
        for day in pd.date_range(f"{year}-08-15", f"{year}-11-05", freq="D"):
            weekend = day.dayofweek >= 5
            if rng.random() < 0.07:
                season.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "Weekend": "Y" if weekend else "N",
                        "Pecks Sold": "",
                        "Half Bushels Sold": "",
                        "Peck Price": _money(peck_price),
                        "Half Bushel Price": _money(half_price),
                        "Cider Gallons": "",
                        "Donuts Dozen": "",
                        "Cars Parked": "CLOSED",
                    }
                )
                continue
            peak = 1.0 + 1.2 * np.exp(-(((day.dayofyear - 280) / 18) ** 2))
            cars = int(rng.poisson((260 if weekend else 70) * peak * (1 + 0.05 * (year - 2021))))
            season.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Weekend": "Y" if weekend else "N",
                    "Pecks Sold": int(rng.binomial(cars, 0.55)),
                    "Half Bushels Sold": int(rng.binomial(cars, 0.22)),
                    "Peck Price": _money(peck_price),
                    "Half Bushel Price": _money(half_price),
                    "Cider Gallons": int(rng.poisson(cars * rng.uniform(0.2, 0.35))),
                    "Donuts Dozen": int(rng.poisson(cars * 0.4 + 5)),
                    "Cars Parked": cars,
                }
            )
        sums = pd.DataFrame(season)
        total: dict[str, Any] = {"Date": f"{year} TOTAL", "Weekend": "", "Peck Price": "", "Half Bushel Price": ""}
        for col in ("Pecks Sold", "Half Bushels Sold", "Cider Gallons", "Donuts Dozen", "Cars Parked"):
            total[col] = int(pd.to_numeric(sums[col], errors="coerce").sum())
        rows.extend(season)
        rows.append(total)
    return pd.DataFrame(rows)


def _or_days(df: pd.DataFrame) -> pd.DataFrame:
    """The day rows (no season totals)."""
    out = df.assign(_day=_date(df, "Date", "%Y-%m-%d"))
    return out[out["_day"].notna()]


def _or_apple_money(d: pd.DataFrame) -> pd.Series:
    return _num(d, "Pecks Sold") * _num(d, "Peck Price") + _num(d, "Half Bushels Sold") * _num(d, "Half Bushel Price")


def _or_best_day(df: pd.DataFrame) -> pd.Timestamp:
    d = _or_days(df)
    return d.loc[_or_apple_money(d).idxmax(), "_day"]


def _or_cider_by_year(df: pd.DataFrame) -> pd.Series:
    d = _or_days(df)
    return _num(d, "Cider Gallons").groupby(d["_day"].dt.year).sum()


_OR_QS = [
    Q(
        "how many pecks did we sell in 2023",
        _count(lambda df: int(_num(_or_days(df), "Pecks Sold")[_or_days(df)["_day"].dt.year == 2023].sum())),
        ("Pecks Sold", "Date"),
    ),
    Q(
        "how many cars do we get on a weekend compared to a weekday",
        either(
            _about(
                lambda df: _num(_or_days(df), "Cars Parked").groupby(_yes(_or_days(df), "Weekend")).mean().to_numpy()
            ),
            _about(
                lambda df: _num(_or_days(df), "Cars Parked").groupby(_yes(_or_days(df), "Weekend")).median().to_numpy()
            ),
        ),
        ("Cars Parked", "Weekend", "Date"),
    ),
    Q(
        "what was our best day ever for apple sales in dollars",
        _day(_or_best_day),
        ("Date", "Pecks Sold", "Half Bushels Sold", "Peck Price", "Half Bushel Price"),
    ),
    Q(
        "which year did we sell the most cider",
        _lead(_year(lambda df: int(_or_cider_by_year(df).idxmax()))),
        ("Cider Gallons", "Date"),
    ),
    Q(
        "and how many gallons was that",
        _count(lambda df: int(_or_cider_by_year(df).max())),
        ("Cider Gallons", "Date"),
    ),
    Q(
        "how many days were we closed",
        _count(lambda df: int((_text(df, "Cars Parked").str.upper() == "CLOSED").sum())),
        ("Cars Parked", "Date"),
    ),
]


# --- 3. Cleaning company house jobs --------------------------------------------------------------------------------


def _cleaning_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36803)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-02", "2024-12-31", freq="B")
    picks = np.sort(rng.choice(len(days), size=1850))
    for k, i in enumerate(picks):
        beds = int(_one(rng, [1, 2, 3, 4, 5], [2, 4, 5, 3, 1]))
        baths = float(min(4.0, max(1.0, round((beds * 0.6 + rng.normal(0.5, 0.5)) * 2) / 2)))
        sqft = int(round((450 + 480 * beds + rng.normal(0, 250)) / 10) * 10)
        deep = rng.random() < 0.22
        pets = rng.random() < 0.4
        cleaners = int(_one(rng, [1, 2, 3], [2, 5, 2])) + (1 if sqft > 2800 and rng.random() < 0.5 else 0)
        cleaners = min(cleaners, 3)
        labor = sqft / 650 * (1.6 if deep else 1.0) * (1.1 if pets else 1.0) * rng.uniform(0.85, 1.2)
        hours = round(labor / cleaners * 4) / 4
        price = round((0.07 * sqft + 15 * baths + 40) * (1.5 if deep else 1.0) / 5) * 5
        rating = "" if rng.random() < 0.3 else int(np.clip(round(rng.normal(4.5 if not pets else 4.2, 0.7)), 1, 5))
        rows.append(
            {
                "Job ID": f"J-{20001 + k}",
                "Date": f"{days[i].month}/{days[i].day}/{days[i].year}",
                "Sq Ft": sqft,
                "Bedrooms": beds,
                "Bathrooms": baths,
                "Cleaners": cleaners,
                "Hours": max(hours, 1.0),
                "Flat Price": f"${int(price)}",
                "Deep Clean": "Y" if deep else "N",
                "Pets": "Y" if pets else "N",
                "Rating": rating,
            }
        )
    return pd.DataFrame(rows)


def _cl_price(df: pd.DataFrame, deep: bool) -> pd.Series:
    return _num(df, "Flat Price")[_yes(df, "Deep Clean") == deep]


_CL_QS = [
    Q(
        "whats a deep clean usually cost",
        _typical(lambda df: _cl_price(df, True)),
        ("Flat Price", "Deep Clean"),
    ),
    Q("and a regular one?", _typical(lambda df: _cl_price(df, False)), ("Flat Price", "Deep Clean")),
    Q(
        "what percent of jobs never got rated",
        _share(lambda df: float(_num(df, "Rating").isna().mean())),
        ("Rating", "Job ID"),
    ),
    Q(
        "are ratings lower at houses with pets",
        _about(lambda df: _num(df, "Rating").groupby(_yes(df, "Pets")).mean().to_numpy(), rel=0.005),
        ("Rating", "Pets"),
    ),
    Q(
        "do bigger houses take longer",
        either(
            _corr(lambda df: _num(df, "Sq Ft"), lambda df: _num(df, "Hours")),
            _corr(lambda df: _num(df, "Sq Ft"), lambda df: _num(df, "Hours") * _num(df, "Cleaners")),
        ),
        ("Sq Ft", "Hours", "Cleaners"),
    ),
    Q("how many jobs were over 3000 square feet", _count(lambda df: int((_num(df, "Sq Ft") > 3000).sum())), ("Sq Ft",)),
]


# --- 4. Brewery canning runs ---------------------------------------------------------------------------------------

# beer: style, weight
_BR_BEERS = {
    "Hop Thief": ("IPA", 5), "River Bend IPA": ("IPA", 3), "Cloud Nine": ("Hazy IPA", 6),
    "Juice Box": ("Hazy IPA", 4), "Town Pils": ("Pilsner", 4), "Night Shift Stout": ("Stout", 2),
    "Oat Pillow": ("Stout", 1), "Pucker Up": ("Sour", 2), "Berry Tart": ("Sour", 1),
}  # fmt: skip


def _brewery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36804)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2022-01-03", "2024-12-31", freq="B")
    picks = np.sort(rng.choice(len(days), size=720, replace=False))
    names = list(_BR_BEERS)
    weights = [w for _, w in _BR_BEERS.values()]
    for k, i in enumerate(picks, start=1):
        beer = str(_one(rng, names, weights))
        style = _BR_BEERS[beer][0]
        shift = "PM" if rng.random() < 0.45 else "AM"
        cases = int(rng.integers(60, 420))
        per_case = 12 if rng.random() < 0.06 else 24
        stops = int(rng.poisson(1.2))
        do = 30 + 12 * stops + (15 if shift == "PM" else 0) + rng.gamma(2, 12)
        rows.append(
            {
                "Run #": k,
                "Date": f"{days[i]:%Y-%m-%d}",
                "Beer": beer,
                "Style": style.upper() if rng.random() < 0.05 else style,
                "Cases": cases,
                "Cans/Case": per_case,
                "Packaged BBL": round(cases * per_case * 16 / 3968, 2),
                "DO (ppb)": "" if rng.random() < 0.08 else round(float(do)),
                "Line Stops": stops,
                "Shift": shift,
            }
        )
    return pd.DataFrame(rows)


def _br_style(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Style").str.upper()


def _br_high(df: pd.DataFrame) -> pd.Series:
    return _num(df, "DO (ppb)") > 100


_BR_QS = [
    Q(
        "how many cases of stout have we canned",
        _count(lambda df: int(_num(df, "Cases")[_br_style(df) == "STOUT"].sum())),
        ("Cases", "Style"),
    ),
    Q(
        "which beer have we packaged the most barrels of",
        _lead(_named(lambda df: _top(_num(df, "Packaged BBL").groupby(_text(df, "Beer")).sum()))),
        ("Packaged BBL", "Beer"),
    ),
    Q(
        "average oxygen pickup am vs pm shift",
        _about(lambda df: _num(df, "DO (ppb)").groupby(_text(df, "Shift")).mean().to_numpy()),
        ("DO (ppb)", "Shift"),
    ),
    Q("how many runs came in over 100 ppb", _count(lambda df: int(_br_high(df).sum())), ("DO (ppb)", "Run #")),
    Q(
        "which beer had the most of those",
        _lead(_named(lambda df: _top(_br_high(df).groupby(_text(df, "Beer")).sum()))),
        ("DO (ppb)", "Run #", "Beer"),
    ),
    Q(
        "do line stops go with higher DO",
        _corr(lambda df: _num(df, "Line Stops"), lambda df: _num(df, "DO (ppb)")),
        ("Line Stops", "DO (ppb)"),
    ),
]


# --- 5. Piano tuner appointments -----------------------------------------------------------------------------------

_PT_FEES = {"Upright": 140.0, "Grand": 185.0, "Spinet": 130.0}


def _piano_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36805)
    rows: list[dict[str, Any]] = []
    clients = [(_person(rng), str(_one(rng, list(_PT_FEES), [6, 3, 2])), float(rng.gamma(3, 5))) for _ in range(260)]
    clients = list(dict.fromkeys(clients))
    regulars = [("First Baptist Church", "Grand", 6.0), ("Lakeside Elementary", "Upright", 11.0)]
    days = pd.date_range("2021-01-04", "2024-12-31", freq="B")
    for day in days:
        if rng.random() > 0.42:
            continue
        for _ in range(int(rng.integers(1, 3))):
            if rng.random() < 0.07:
                name, kind, miles = regulars[0] if rng.random() < 0.6 else regulars[1]
                yrs: float | str = round(float(rng.uniform(0.3, 1.0)), 1)
            else:
                name, kind, miles = clients[int(rng.integers(len(clients)))]
                yrs = round(float(rng.gamma(1.6, 2.2)), 1)
            raise_ = rng.random() < float(np.clip(0.05 + 0.07 * float(yrs), 0, 0.9))
            if rng.random() < 0.05:
                yrs = "unknown"
            fee = _PT_FEES[kind] + 5 * (day.year - 2021)
            repairs = 0.0 if rng.random() < 0.78 else round(float(rng.gamma(2, 45)), 2)
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Client": name,
                    "Piano Type": kind,
                    "Yrs Since Last Tuning": yrs,
                    "Pitch Raise": "Y" if raise_ else "N",
                    "Tuning Fee": _money(fee),
                    "Pitch Raise Fee": _money(75.0) if raise_ else "",
                    "Travel Miles": round(miles + rng.normal(0, 0.3), 1),
                    "Repairs $": _money(repairs),
                }
            )
    return pd.DataFrame(rows)


def _pt_fee(df: pd.DataFrame, kind: str) -> pd.Series:
    return _num(df, "Tuning Fee")[_text(df, "Piano Type") == kind]


_PT_QS = [
    Q("how many different clients do we have", _count(lambda df: int(_text(df, "Client").nunique())), ("Client",)),
    Q(
        "what do we usually charge to tune a grand",
        _typical(lambda df: _pt_fee(df, "Grand")),
        ("Tuning Fee", "Piano Type"),
    ),
    Q("and an upright?", _typical(lambda df: _pt_fee(df, "Upright")), ("Tuning Fee", "Piano Type")),
    Q(
        "what percent of appointments needed a pitch raise",
        _share(lambda df: float(_yes(df, "Pitch Raise").mean())),
        ("Pitch Raise",),
    ),
    Q(
        "how long had it been since the last tuning, on average, for pianos that needed a pitch raise vs ones that "
        "didnt",
        _about(lambda df: _num(df, "Yrs Since Last Tuning").groupby(_yes(df, "Pitch Raise")).mean().to_numpy()),
        ("Yrs Since Last Tuning", "Pitch Raise"),
    ),
    Q(
        "how much repair money did we make in 2023",
        _amount(lambda df: float(_num(df, "Repairs $")[_date(df, "Date", "%m/%d/%Y").dt.year == 2023].sum())),
        ("Repairs $", "Date"),
    ),
]


# --- 6. Skate shop board sales -------------------------------------------------------------------------------------

# brand: weight, deck-only price, complete price
_SK_BRANDS = {
    "Baker": (5, 64.99, 134.99), "Santa Cruz": (4, 62.99, 129.99), "Element": (4, 59.99, 119.99),
    "Real": (3, 64.99, 134.99), "Girl": (2, 62.99, 129.99), "Primitive": (2, 67.99, 139.99),
    "Shop Deck": (6, 39.99, 89.99),
}  # fmt: skip
_SK_SIZES = [7.75, 8.0, 8.125, 8.25, 8.38, 8.5, 8.75]
_SK_STAFF = ["Jake", "Mia", "Tyler", "Dani", "Marcus"]


def _skate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36806)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-01", "2024-12-31", freq="D")
    weights = np.array([1.6 if d.dayofweek >= 5 else 1.0 for d in days]) * np.array(
        [1.5 if d.month in (6, 7, 8, 12) else 1.0 for d in days]
    )
    picks = np.sort(rng.choice(len(days), size=2100, p=weights / weights.sum()))
    brands = list(_SK_BRANDS)
    for k, i in enumerate(picks):
        brand = str(_one(rng, brands, [v[0] for v in _SK_BRANDS.values()]))
        _, deck_price, complete_price = _SK_BRANDS[brand]
        size = float(_one(rng, _SK_SIZES, [2, 6, 4, 7, 3, 5, 1]))
        complete = rng.random() < (0.55 if brand == "Shop Deck" else 0.3)
        trucks = complete or rng.random() < 0.1
        wheels = complete or (not trucks and rng.random() < 0.1)
        label = f"{size:g}"
        rows.append(
            {
                "Sale #": f"S-{4001 + k:05d}",
                "Date": f"{days[i].month}/{days[i].day}/{days[i]:%y}",
                "Deck Brand": brand,
                "Deck Size (in)": f'{label}"' if rng.random() < 0.06 else label,
                "Trucks": "Y" if trucks else "N",
                "Wheels": "Y" if wheels else "N",
                "Complete Price": _money(complete_price) if complete else "",
                "Deck Only Price": "" if complete else _money(deck_price),
                "Employee": _one(rng, _SK_STAFF, [5, 4, 3, 3, 2]),
                "Paid": "Cash" if rng.random() < 0.27 else "Card",
            }
        )
    return pd.DataFrame(rows)


def _sk_size(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Deck Size (in)").str.replace('"', "", regex=False), errors="coerce")


def _sk_complete(df: pd.DataFrame) -> pd.Series:
    return _yes(df, "Trucks") & _yes(df, "Wheels")


def _sk_money(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Complete Price").fillna(0) + _num(df, "Deck Only Price").fillna(0)


_SK_QS = [
    Q(
        "whats the most popular deck size",
        _lead(_count(lambda df: float(_sk_size(df).value_counts().idxmax()))),
        ("Deck Size (in)",),
    ),
    Q("how many completes did we sell", _count(lambda df: int(_sk_complete(df).sum())), ("Trucks", "Wheels")),
    Q(
        "whats the average price on those",
        _typical(lambda df: _num(df, "Complete Price")[_sk_complete(df)]),
        ("Complete Price", "Trucks", "Wheels"),
    ),
    Q(
        "which brand makes us the most money",
        _lead(_named(lambda df: _top(_sk_money(df).groupby(_text(df, "Deck Brand")).sum()))),
        ("Deck Brand", "Complete Price", "Deck Only Price"),
    ),
    Q(
        "what share of sales are cash",
        _share(lambda df: float((_text(df, "Paid").str.title() == "Cash").mean())),
        ("Paid",),
    ),
    Q(
        "who sold the most boards in 2024",
        _lead(
            _named(lambda df: _top(_text(df, "Employee")[_date(df, "Date", "%m/%d/%y").dt.year == 2024].value_counts()))
        ),
        ("Employee", "Date", "Sale #"),
    ),
]


# --- 7. Fitness bootcamp weekly check-ins --------------------------------------------------------------------------

# coach: attendance rate of their members
_BC_COACHES = {"Coach Dre": 0.82, "Coach Kim": 0.64, "Coach Sam": 0.5}


def _bootcamp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36807)
    rows: list[dict[str, Any]] = []
    weeks = pd.date_range("2024-01-08", "2024-06-24", freq="W-MON")
    names = list(dict.fromkeys(_person(rng) for _ in range(90)))[:70]
    for name in names:
        coach = str(_one(rng, list(_BC_COACHES), [3, 4, 3]))
        start = int(rng.integers(0, 10))
        length = int(rng.integers(6, len(weeks) - start + 1))
        female = rng.random() < 0.55
        weight = float(rng.normal(165 if female else 205, 25))
        fat = float(rng.normal(31 if female else 24, 4))
        pushups = float(rng.normal(15 if female else 28, 7))
        mile = float(rng.normal(10.5, 1.4)) - (pushups - 20) * 0.03
        paid = weeks[start] + pd.offsets.MonthEnd(int(rng.integers(1, 7)))
        for w in weeks[start : start + length]:
            sessions = int(rng.binomial(5, _BC_COACHES[coach]))
            weight -= rng.normal(0.35, 0.6) * sessions / 3
            fat -= rng.normal(0.12, 0.15) * sessions / 3
            pushups += rng.normal(0.3, 0.8) * sessions / 3
            mile -= rng.normal(0.03, 0.05) * sessions / 3
            secs = round(float(mile) * 60)
            rows.append(
                {
                    "Member": name,
                    "Week": f"{w:%Y-%m-%d}",
                    "Sessions Attended": sessions,
                    "Weight (lbs)": "" if rng.random() < 0.12 else round(weight, 1),
                    "Body Fat %": "" if rng.random() < 0.15 else f"{fat:.1f}%",
                    "Pushups Max": max(0, round(float(pushups + rng.normal(0, 2)))),
                    "Mile Time": "" if rng.random() < 0.35 else f"{secs // 60}:{secs % 60:02d}",
                    "Coach": coach,
                    "Paid Through": f"{paid:%Y-%m-%d}",
                }
            )
    return pd.DataFrame(rows)


def _bc_weight_change(df: pd.DataFrame) -> pd.Series:
    d = df.assign(_w=_num(df, "Weight (lbs)"), _t=_date(df, "Week", "%Y-%m-%d")).dropna(subset=["_w"])
    d = d.sort_values(["Member", "_t"], kind="stable")
    g = d.groupby("Member")["_w"]
    return g.first() - g.last()


def _bc_minutes(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Mile Time").str.extract(r"^(\d+):(\d{2})$")
    return pd.to_numeric(parts[0]) + pd.to_numeric(parts[1]) / 60


def _mile_time(value: Callable[[pd.DataFrame], float]) -> Check:
    """A time in minutes: "9:42" (to 3 seconds), "9.7 minutes" or "582 seconds" (to 1%)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m, s in re.findall(r"(?<![\d:])(\d{1,2}):(\d{2})(?!\d)", answer):
            if abs(int(m) * 60 + int(s) - want * 60) <= 3:
                return None
        if _about(lambda _d: want, rel=0.01)(answer, df) is None:
            return None
        if _about(lambda _d: want * 60, rel=0.01)(answer, df) is None:
            return None
        return f"missing time {want:.3f} min"

    return check


_BC_QS = [
    Q("how many members have we had", _count(lambda df: int(_text(df, "Member").nunique())), ("Member",)),
    Q(
        "how many sessions a week do people come to on average",
        _about(lambda df: float(_num(df, "Sessions Attended").mean())),
        ("Sessions Attended", "Member", "Week"),
    ),
    Q(
        "which coach's people show up the most",
        _lead(_named(lambda df: _top(_num(df, "Sessions Attended").groupby(_text(df, "Coach")).mean()))),
        ("Sessions Attended", "Coach"),
    ),
    Q(
        "on average how much weight did people lose from their first check in to their last",
        either(
            _signed(lambda df: float(_bc_weight_change(df).mean())),
            _signed(lambda df: float(_bc_weight_change(df).median())),
        ),
        ("Weight (lbs)", "Member", "Week"),
    ),
    Q(
        "whats the average mile time",
        either(
            _mile_time(lambda df: float(_bc_minutes(df).mean())),
            _mile_time(lambda df: float(_bc_minutes(df).median())),
        ),
        ("Mile Time",),
    ),
    Q(
        "do people who can do more pushups have less body fat",
        _corr(lambda df: _num(df, "Pushups Max"), lambda df: _num(df, "Body Fat %")),
        ("Pushups Max", "Body Fat %"),
    ),
]


HELDOUT368 = [
    Dataset("vet_boarding_grooming_invoices", _vet_frame, _VT_QS),
    Dataset("orchard_pick_your_own_days", _orchard_frame, _OR_QS),
    Dataset("house_cleaning_job_sheet", _cleaning_frame, _CL_QS),
    Dataset("brewery_canning_run_log", _brewery_frame, _BR_QS),
    Dataset("piano_tuning_appointments_ledger", _piano_frame, _PT_QS),
    Dataset("skate_shop_board_sales", _skate_frame, _SK_QS),
    Dataset("fitness_bootcamp_weekly_checkins", _bootcamp_frame, _BC_QS),
]
