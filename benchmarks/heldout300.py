"""HELDOUT300: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a tailor's alterations order
book (2023 and 2024, one row per garment, repeat tickets) with "Order #" as "T-1042" (a ticket with two garments
repeats its number), "Drop Off" and "Ready Date" as "03/14/2024" (ready 5 to 9 days later, 1 to 3 days on rush
jobs), Garment (Pants, Dress, Suit Jacket, Shirt, Skirt, Coat), Alteration (Hem, Take In, Let Out, Zipper), Rush
(Y/N), Price as "$24.00", Tailor (first names) and "Picked Up" (Y/N, mostly N only for the last weeks); a dry
cleaner's POS ticket export (2024, one row per ticket) with Ticket as a number, "Date In" as "2024-01-03", "Date Out"
as "2024-01-06" (blank when still on the rack), Customer as upper-case "LAST, FIRST", "Item Count" (shirts, suits
and dresses plus other pieces), Shirts, Suits, Dresses, "Total $" as "38.75", "Paid At Drop Off" (Y/N) and Express
(Y/N, adds a surcharge); a carpet cleaning business's job log (2022 to 2024) with "Job Date" as "3/14/2024",
Customer, Rooms, "Sq Ft", Stairs (number of steps, 0 when none), "Stain Treatment" and "Pet Odor" (Y/N), Price as
"$245.00" (driven by square feet and the add-ons), Technician and Hours as "2.5"; a chimney sweep's service records
(2021 to 2024, busy in the fall) with "Service Date" as "2023-10-02", Customer, "Chimney Type" (Masonry, Prefab),
Appliance (Fireplace, Woodstove, Insert), "Creosote Stage" (1 to 3, worse for woodstoves), "Cap Installed" (Y/N),
Price as "$189.00" and "Inspection Level" (1 to 3, level 2 and 3 cost more); a botanical garden's daily admissions
(2023 and 2024, one row per day per ticket type, four rows a day) with Date as "2023-01-01", "Ticket Type" (Adult,
Child, Senior, Member), Visitors, Revenue as a plain number (0 for members), Weather (Sunny, Cloudy, Rain; one value
per day) and "Special Event" (Y/N, one value per day); a city's street tree work orders (public data, 2020 to 2024,
one row per work order) with WO_NUMBER as "WO-2021-00412", CREATED_DATE and COMPLETED_DATE as Socrata timestamps
"2021-04-12T00:00:00.000" (COMPLETED_DATE blank for open orders), upper-case SPECIES as "ACER RUBRUM - RED MAPLE",
DBH_IN (trunk diameter in inches, blank on a few), WORK_TYPE (PRUNE, REMOVE, STUMP GRIND, PLANT), NEIGHBORHOOD,
CREW as "CREW 3" and COST as "1250.00" (blank for open orders); and a county's noxious weed treatment log (public
data, 2020 to 2024, April to October) with "Treatment Date" as "06/12/2023", "Site Name", "Weed Species" (Canada
Thistle, Leafy Spurge, Spotted Knapweed, Dalmatian Toadflax, Houndstongue, Musk Thistle), "Acres Treated" (blank on
a few), Herbicide (Milestone, Tordon 22K, "2,4-D Amine", Telar XP, Escort XP), "Gallons Applied", Applicator (upper-case
initials and last name) and Method (Spot, Broadcast). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _span(days: Callable[[pd.DataFrame], float]) -> Check:
    """A length of time given in days or weeks (2%)."""
    return either(*(_about(lambda df, k=k: float(days(df)) / k, rel=0.02) for k in (1, 7)))


def _typical_span(days: Callable[[pd.DataFrame], pd.Series]) -> Check:
    return either(_span(lambda df: float(days(df).mean())), _span(lambda df: float(days(df).median())))


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "Y"


# --- 1. Tailor's alterations order book ----------------------------------------------------------------------------

_TL_PRICE = {"Hem": 18, "Take In": 32, "Let Out": 36, "Zipper": 22}
_TL_GARMENT = {"Pants": 1.0, "Dress": 1.4, "Suit Jacket": 1.6, "Shirt": 0.9, "Skirt": 1.0, "Coat": 1.8}


def _tailor_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30001)
    tailors = ["Rosa", "Ahmed", "Mei", "Giorgio"]
    rows: list[dict[str, Any]] = []
    ticket = 1000
    day = pd.Timestamp("2023-01-03")
    end = pd.Timestamp("2024-12-28")
    while len(rows) < 1100:
        day = day + pd.Timedelta(days=int(rng.integers(0, 3)))
        if day > end:
            day = pd.Timestamp("2023-01-03") + pd.Timedelta(days=int(rng.integers(0, 720)))
        ticket += 1
        rush = rng.random() < 0.15
        tailor = str(_one(rng, tailors, [4, 3, 3, 2]))
        for _ in range(int(_one(rng, [1, 2, 3], [7, 2, 1]))):
            garment = str(_one(rng, list(_TL_GARMENT), [6, 3, 2, 3, 2, 1]))
            alt = str(_one(rng, list(_TL_PRICE), [6, 4, 2, 2]))
            price = round(_TL_PRICE[alt] * _TL_GARMENT[garment] * float(rng.uniform(0.9, 1.2)))
            price += 15 if rush else 0
            ready = day + pd.Timedelta(days=int(rng.integers(1, 4) if rush else rng.integers(5, 10)))
            picked = rng.random() < (0.55 if ready > pd.Timestamp("2024-12-10") else 0.97)
            rows.append(
                {
                    "Order #": f"T-{ticket}",
                    "Drop Off": f"{day:%m/%d/%Y}",
                    "Ready Date": f"{ready:%m/%d/%Y}",
                    "Garment": garment,
                    "Alteration": alt,
                    "Rush": "Y" if rush else "N",
                    "Price": f"${price:,.2f}",
                    "Tailor": tailor,
                    "Picked Up": "Y" if picked else "N",
                }
            )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Drop Off"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _tl_days(df: pd.DataFrame, rush: bool | None = None) -> pd.Series:
    days = (
        pd.to_datetime(df["Ready Date"], format="%m/%d/%Y") - pd.to_datetime(df["Drop Off"], format="%m/%d/%Y")
    ).dt.days.astype(float)
    if rush is not None:
        days = days[_yes(df, "Rush") == rush]
    return days


_TL_QS = [
    Q(
        "how many rush jobs did we take",
        either(
            _count(lambda df: int(_yes(df, "Rush").sum())),
            _count(lambda df: int(_text(df, "Order #")[_yes(df, "Rush")].nunique())),
        ),
        ("Rush", "Order #"),
    ),
    Q(
        "whats the most common alteration",
        _lead(_named(lambda df: _top(_text(df, "Alteration").value_counts()))),
        ("Alteration",),
    ),
    Q(
        "avg price for a hem?",
        _about(lambda df: float(_num(df, "Price")[_text(df, "Alteration") == "Hem"].mean())),
        ("Price", "Alteration"),
    ),
    Q(
        "how long from drop off to ready usually",
        _typical_span(_tl_days),
        ("Drop Off", "Ready Date"),
    ),
    Q(
        "and for rush ones?",
        _typical_span(lambda df: _tl_days(df, True)),
        ("Drop Off", "Ready Date", "Rush"),
    ),
    Q(
        "how many garments are still waiting to be picked up",
        _count(lambda df: int((~_yes(df, "Picked Up")).sum())),
        ("Picked Up", "Order #"),
    ),
]


# --- 2. Dry cleaner POS ticket export ------------------------------------------------------------------------------


def _dryclean_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30002)
    lasts = ["SMITH", "GARCIA", "NGUYEN", "JOHNSON", "BROWN", "LEE", "PATEL", "KIM", "MILLER", "DAVIS", "WONG"]
    firsts = ["JOHN", "MARIA", "DAVID", "SUSAN", "JAMES", "LINDA", "ROBERT", "KAREN", "MICHAEL", "NANCY"]
    customers = [f"{ln}, {fn}" for ln in lasts for fn in firsts][:85]
    weight = rng.gamma(1.2, 1.0, len(customers))
    rows: list[dict[str, Any]] = []
    season = {1: 0.8, 2: 0.8, 3: 1.0, 4: 1.1, 5: 1.2, 6: 1.0, 7: 0.7, 8: 0.7, 9: 1.1, 10: 1.3, 11: 1.1, 12: 1.4}
    days = pd.date_range("2024-01-02", "2024-12-31")
    p = np.array([season[d.month] * (0 if d.dayofweek == 6 else 1) for d in days], dtype=float)
    picks = np.sort(rng.choice(len(days), size=2100, p=p / p.sum()))
    for i, k in enumerate(picks):
        day = days[k]
        cust = str(_one(rng, customers, weight))
        shirts = int(rng.poisson(3))
        suits = int(rng.poisson(0.6))
        dresses = int(rng.poisson(0.5))
        other = int(rng.poisson(0.8))
        if shirts + suits + dresses + other == 0:
            shirts = 1
        express = rng.random() < 0.18
        total = shirts * 3.25 + suits * 14.50 + dresses * 12.75 + other * 8.00
        total = total * (1.3 if express else 1.0)
        out = day + pd.Timedelta(days=1 if express else int(rng.integers(2, 5)))
        rows.append(
            {
                "Ticket": 50001 + i,
                "Date In": f"{day:%Y-%m-%d}",
                "Date Out": "" if out > pd.Timestamp("2024-12-31") or rng.random() < 0.01 else f"{out:%Y-%m-%d}",
                "Customer": cust,
                "Item Count": shirts + suits + dresses + other,
                "Shirts": shirts,
                "Suits": suits,
                "Dresses": dresses,
                "Total $": f"{total:.2f}",
                "Paid At Drop Off": "Y" if rng.random() < 0.6 else "N",
                "Express": "Y" if express else "N",
            }
        )
    return pd.DataFrame(rows)


def _dc_express_means(df: pd.DataFrame) -> list[float]:
    tot = _num(df, "Total $")
    ex = _yes(df, "Express")
    return [float(tot[ex].mean()), float(tot[~ex].mean())]


def _dc_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date In"]).dt.to_period("M")


_DC_QS = [
    Q("total sales for the year?", _amount(lambda df: float(_num(df, "Total $").sum())), ("Total $", "Date In")),
    Q("how many shirts did we clean", _count(lambda df: int(df["Shirts"].sum())), ("Shirts",)),
    Q(
        "who's our best customer by money spent",
        _lead(_named(lambda df: _top(_num(df, "Total $").groupby(_text(df, "Customer")).sum()))),
        ("Customer", "Total $"),
    ),
    Q("what % of tickets are express", _share(lambda df: float(_yes(df, "Express").mean())), ("Express", "Ticket")),
    Q(
        "how much bigger is the average express ticket vs a regular one",
        either(_about(_dc_express_means), _about(lambda df: _dc_express_means(df)[0] - _dc_express_means(df)[1])),
        ("Express", "Total $"),
    ),
    Q(
        "which month was busiest",
        either(
            _lead(_month_year(lambda df: df["Ticket"].groupby(_dc_month(df)).count().idxmax().to_timestamp())),
            _lead(_month_year(lambda df: _num(df, "Total $").groupby(_dc_month(df)).sum().idxmax().to_timestamp())),
        ),
        ("Date In", "Ticket", "Total $", "Item Count"),
    ),
]


# --- 3. Carpet cleaning job log ------------------------------------------------------------------------------------


def _carpet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30003)
    techs = ["Danny", "Luis", "Brandon", "Keith"]
    first = ["Pam", "Gary", "Tina", "Rick", "Joan", "Steve", "Lori", "Wes", "Dana", "Carl", "Beth", "Hank"]
    last = ["Morris", "Bell", "Price", "Hughes", "Ward", "Foster", "Gray", "Perry", "Long", "Ross"]
    customers = [f"{f} {g}" for f in first for g in last][:110]
    rows: list[dict[str, Any]] = []
    for _ in range(1150):
        day = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 1094)))
        rooms = int(_one(rng, [1, 2, 3, 4, 5, 6], [2, 4, 5, 4, 2, 1]))
        sqft = int(round(rooms * float(rng.uniform(140, 260)), -1))
        stairs = int(_one(rng, [0, 0, 0, 12, 13, 14]))
        stain = rng.random() < 0.35
        pet = rng.random() < 0.22
        price = 0.32 * sqft + 3 * stairs + (35 if stain else 0) + (60 if pet else 0) + float(rng.normal(0, 15))
        price = max(99.0, round(price / 5) * 5)
        hours = round((0.5 + sqft / 450 + stairs / 40 + (0.5 if pet else 0)) * float(rng.uniform(0.85, 1.2)) * 2) / 2
        rows.append(
            {
                "Job Date": f"{day.month}/{day.day}/{day.year}",
                "Customer": str(_one(rng, customers)),
                "Rooms": rooms,
                "Sq Ft": sqft,
                "Stairs": stairs,
                "Stain Treatment": "Y" if stain else "N",
                "Pet Odor": "Y" if pet else "N",
                "Price": f"${price:,.2f}",
                "Technician": str(_one(rng, techs, [5, 4, 3, 2])),
                "Hours": f"{max(hours, 1.0):.1f}",
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Job Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _cp_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Job Date"], format="%m/%d/%Y").dt.year


_CP_QS = [
    Q("whats the average price per job", _typical(lambda df: _num(df, "Price")), ("Price",)),
    Q(
        "which tech does the most jobs",
        _lead(_named(lambda df: _top(_text(df, "Technician").value_counts()))),
        ("Technician",),
    ),
    Q(
        "do bigger houses cost more? how strong is the relationship",
        _corr(lambda df: df["Sq Ft"].astype(float), lambda df: _num(df, "Price")),
        ("Sq Ft", "Price"),
    ),
    Q(
        "how many pet odor jobs in 2023",
        _count(lambda df: int((_yes(df, "Pet Odor") & (_cp_year(df) == 2023)).sum())),
        ("Pet Odor", "Job Date"),
    ),
    Q(
        "and in 2024?",
        _count(lambda df: int((_yes(df, "Pet Odor") & (_cp_year(df) == 2024)).sum())),
        ("Pet Odor", "Job Date"),
    ),
    Q(
        "which year had the most revenue",
        _lead(_year(lambda df: int(_num(df, "Price").groupby(_cp_year(df)).sum().idxmax()))),
        ("Job Date", "Price"),
    ),
]


# --- 4. Chimney sweep service records ------------------------------------------------------------------------------

_CS_LEVEL_PRICE = {1: 189.0, 2: 349.0, 3: 650.0}
_CS_PLURAL = {"Fireplace": ("Fireplaces",), "Woodstove": ("Woodstoves", "wood stove"), "Insert": ("Inserts",)}


def _chimney_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30004)
    first = ["Walter", "Judy", "Earl", "Marge", "Dale", "Irene", "Glen", "Rita", "Floyd", "Vera", "Roy", "June"]
    last = ["Olsen", "Becker", "Hardy", "Lund", "Meyer", "Stone", "Dahl", "Frost", "Berg", "Kline"]
    customers = [f"{f} {g}" for f in first for g in last][:100]
    month_w = {1: 4, 2: 3, 3: 3, 4: 3, 5: 2, 6: 2, 7: 2, 8: 4, 9: 8, 10: 11, 11: 9, 12: 5}
    days = pd.date_range("2021-01-04", "2024-12-20")
    p = np.array([month_w[d.month] * (0.2 if d.dayofweek == 6 else 1) for d in days], dtype=float)
    picks = np.sort(rng.choice(len(days), size=880, p=p / p.sum()))
    rows: list[dict[str, Any]] = []
    for k in picks:
        day = days[k]
        appliance = str(_one(rng, ["Fireplace", "Woodstove", "Insert"], [5, 3, 2]))
        ctype = "Masonry" if appliance == "Insert" else str(_one(rng, ["Masonry", "Prefab"], [3, 2]))
        bias = {"Fireplace": [6, 3, 1], "Woodstove": [2, 4, 4], "Insert": [4, 4, 2]}[appliance]
        stage = int(_one(rng, [1, 2, 3], bias))
        level = int(_one(rng, [1, 2, 3], [7, 2.5, 0.5]))
        cap = rng.random() < 0.2
        price = _CS_LEVEL_PRICE[level] + (40 if stage == 2 else 0) + (125 if stage == 3 else 0) + (95 if cap else 0)
        rows.append(
            {
                "Service Date": f"{day:%Y-%m-%d}",
                "Customer": str(_one(rng, customers)),
                "Chimney Type": ctype,
                "Appliance": appliance,
                "Creosote Stage": stage,
                "Cap Installed": "Y" if cap else "N",
                "Price": f"${price:,.2f}",
                "Inspection Level": level,
            }
        )
    return pd.DataFrame(rows)


def _cs_2023_peak(df: pd.DataFrame) -> pd.Timestamp:
    day = pd.to_datetime(df["Service Date"])
    m = day[day.dt.year == 2023].dt.to_period("M")
    return m.value_counts().sort_index(kind="stable").idxmax().to_timestamp()


_CS_QS = [
    Q(
        "how many visits were stage 3 creosote",
        _count(lambda df: int((df["Creosote Stage"] == 3).sum())),
        ("Creosote Stage",),
    ),
    Q(
        "which type of appliance has the worst creosote buildup",
        either(
            _lead(
                _named(
                    lambda df: _top(df["Creosote Stage"].astype(float).groupby(_text(df, "Appliance")).mean()),
                    _CS_PLURAL,
                )
            ),
            _lead(
                _named(lambda df: _top((df["Creosote Stage"] == 3).groupby(_text(df, "Appliance")).mean()), _CS_PLURAL)
            ),
        ),
        ("Appliance", "Creosote Stage"),
    ),
    Q(
        "what share of visits got a cap put on",
        _share(lambda df: float(_yes(df, "Cap Installed").mean())),
        ("Cap Installed",),
    ),
    Q(
        "avg price for a level 2 inspection",
        _about(lambda df: float(_num(df, "Price")[df["Inspection Level"] == 2].mean())),
        ("Price", "Inspection Level"),
    ),
    Q(
        "how many masonry vs prefab chimneys",
        _count(lambda df: [int((_text(df, "Chimney Type") == t).sum()) for t in ("Masonry", "Prefab")]),
        ("Chimney Type",),
    ),
    Q("what was my busiest month in 2023", _lead(_month_year(_cs_2023_peak)), ("Service Date",)),
]


# --- 5. Botanical garden daily admissions --------------------------------------------------------------------------

_BG_PRICE = {"Adult": 18.0, "Child": 8.0, "Senior": 14.0, "Member": 0.0}
_BG_BASE = {"Adult": 260, "Child": 90, "Senior": 110, "Member": 140}


def _garden_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30005)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31"):
        weather = str(_one(rng, ["Sunny", "Cloudy", "Rain"], [5, 3, 2]))
        event = rng.random() < 0.08
        season = 0.55 + 0.55 * np.sin((day.dayofyear - 80) / 365 * 2 * np.pi) + 0.3
        factor = season * (1.35 if day.dayofweek >= 5 else 1.0) * (0.5 if weather == "Rain" else 1.0)
        factor *= 0.85 if weather == "Cloudy" else 1.0
        factor *= 1.6 if event else 1.0
        for kind, base in _BG_BASE.items():
            visitors = int(rng.poisson(max(base * factor, 2)))
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Ticket Type": kind,
                    "Visitors": visitors,
                    "Revenue": round(visitors * _BG_PRICE[kind] * (1.1 if event and kind != "Member" else 1.0), 2),
                    "Weather": weather,
                    "Special Event": "Y" if event else "N",
                }
            )
    return pd.DataFrame(rows)


def _bg_year(df: pd.DataFrame) -> pd.Series:
    return df["Date"].astype(str).str[:4]


def _bg_weather_means(per_day: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(df: pd.DataFrame) -> list[float]:
        if per_day:
            daily = df.groupby("Date").agg(v=("Visitors", "sum"), w=("Weather", "first"))
            m = daily["v"].groupby(daily["w"]).mean()
        else:
            m = df["Visitors"].groupby(_text(df, "Weather")).mean()
        return [float(m["Rain"]), float(m["Sunny"])]

    return means


def _bg_peak(df: pd.DataFrame) -> pd.Timestamp:
    m = pd.to_datetime(df["Date"]).dt.to_period("M")
    return df["Visitors"].groupby(m).sum().idxmax().to_timestamp()


_BG_QS = [
    Q(
        "how many visitors did we have in 2024",
        _count(lambda df: int(df["Visitors"][_bg_year(df) == "2024"].sum())),
        ("Visitors", "Date"),
    ),
    Q(
        "and how many of those were kids",
        _count(lambda df: int(df["Visitors"][(_bg_year(df) == "2024") & (_text(df, "Ticket Type") == "Child")].sum())),
        ("Visitors", "Date", "Ticket Type"),
    ),
    Q(
        "total ticket revenue overall",
        _amount(lambda df: float(df["Revenue"].sum())),
        ("Revenue",),
    ),
    Q(
        "do we get fewer people on rainy days than sunny ones",
        either(_about(_bg_weather_means(True)), _about(_bg_weather_means(False))),
        ("Weather", "Visitors", "Date"),
    ),
    Q(
        "how many special event days were there",
        either(
            _count(lambda df: int(df["Date"][_yes(df, "Special Event")].nunique())),
            _count(lambda df: int(_yes(df, "Special Event").sum())),
        ),
        ("Special Event", "Date"),
    ),
    Q("which month had the most visitors", _lead(_month_year(_bg_peak)), ("Date", "Visitors")),
]


# --- 6. City street tree work orders -------------------------------------------------------------------------------

_ST_SPECIES = [
    "ACER RUBRUM - RED MAPLE",
    "ACER PLATANOIDES - NORWAY MAPLE",
    "QUERCUS RUBRA - NORTHERN RED OAK",
    "FRAXINUS PENNSYLVANICA - GREEN ASH",
    "GLEDITSIA TRIACANTHOS - HONEYLOCUST",
    "TILIA CORDATA - LITTLELEAF LINDEN",
    "ULMUS AMERICANA - AMERICAN ELM",
    "PYRUS CALLERYANA - CALLERY PEAR",
]
_ST_HOODS = ["NORTH END", "RIVERVIEW", "MIDTOWN", "HIGHLAND PARK", "EASTGATE", "WEST HILLS", "SOUTHSIDE"]


def _trees_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30006)
    rows: list[dict[str, Any]] = []
    cutoff = pd.Timestamp("2024-12-31")
    seq: dict[int, int] = {}
    created_all = sorted(
        pd.Timestamp("2020-01-02") + pd.Timedelta(days=int(d)) for d in rng.integers(0, 1825, size=2600)
    )
    for created in created_all:
        species = str(_one(rng, _ST_SPECIES, [4, 3, 2, 3, 3, 2, 1, 2]))
        work = str(_one(rng, ["PRUNE", "REMOVE", "STUMP GRIND", "PLANT"], [8, 4, 2, 3]))
        if work == "REMOVE" and rng.random() < 0.4:
            species = "FRAXINUS PENNSYLVANICA - GREEN ASH"
        dbh = 2.0 if work == "PLANT" else round(float(np.clip(rng.gamma(4, 4.5), 3, 48)), 1)
        days = int(rng.gamma(2, {"PRUNE": 30, "REMOVE": 25, "STUMP GRIND": 40, "PLANT": 60}[work]))
        done = created + pd.Timedelta(days=max(days, 1))
        open_ = done > cutoff or rng.random() < 0.03
        base = {"PRUNE": 180 + 12 * dbh, "REMOVE": 300 + 45 * dbh, "STUMP GRIND": 90 + 8 * dbh, "PLANT": 325}[work]
        cost = round(base * float(rng.lognormal(0, 0.25)), 2)
        seq[created.year] = seq.get(created.year, 0) + 1
        rows.append(
            {
                "WO_NUMBER": f"WO-{created.year}-{seq[created.year]:05d}",
                "CREATED_DATE": f"{created:%Y-%m-%dT00:00:00.000}",
                "COMPLETED_DATE": "" if open_ else f"{done:%Y-%m-%dT00:00:00.000}",
                "SPECIES": species,
                "DBH_IN": "" if rng.random() < 0.03 else dbh,
                "WORK_TYPE": work,
                "NEIGHBORHOOD": str(_one(rng, _ST_HOODS, [3, 4, 6, 3, 2, 2, 3])),
                "CREW": f"CREW {int(_one(rng, [1, 2, 3, 4, 5], [3, 3, 2, 2, 1]))}",
                "COST": "" if open_ else f"{cost:.2f}",
            }
        )
    return pd.DataFrame(rows)


def _st_remove(df: pd.DataFrame) -> pd.Series:
    return _text(df, "WORK_TYPE") == "REMOVE"


def _st_days(df: pd.DataFrame) -> pd.Series:
    end = pd.to_datetime(df["COMPLETED_DATE"], errors="coerce")
    return (end - pd.to_datetime(df["CREATED_DATE"])).dt.days.dropna().astype(float)


_ST_QS = [
    Q("how many trees got removed", _count(lambda df: int(_st_remove(df).sum())), ("WORK_TYPE",)),
    Q(
        "which crew did the most of those",
        _lead(_named(lambda df: _top(_text(df, "CREW")[_st_remove(df)].value_counts()))),
        ("CREW", "WORK_TYPE"),
    ),
    Q(
        "which neighborhood has the most work orders",
        _lead(_named(lambda df: _top(_text(df, "NEIGHBORHOOD").value_counts()))),
        ("NEIGHBORHOOD", "WO_NUMBER"),
    ),
    Q(
        "do bigger trees cost more to take down",
        _corr(lambda df: _num(df, "DBH_IN")[_st_remove(df)], lambda df: _num(df, "COST")[_st_remove(df)]),
        ("DBH_IN", "COST", "WORK_TYPE"),
    ),
    Q(
        "how many work orders are still open",
        _count(lambda df: int((_text(df, "COMPLETED_DATE") == "").sum())),
        ("COMPLETED_DATE", "WO_NUMBER"),
    ),
    Q(
        "how long does it usually take to finish a work order",
        _typical_span(_st_days),
        ("CREATED_DATE", "COMPLETED_DATE"),
    ),
]


# --- 7. County noxious weed treatment log --------------------------------------------------------------------------

# weed: weight, usual herbicides, broadcast chance
_NW_WEEDS: dict[str, tuple[float, list[str], float]] = {
    "Canada Thistle": (6, ["Milestone", "Tordon 22K"], 0.3),
    "Leafy Spurge": (4, ["Tordon 22K", "2,4-D Amine"], 0.45),
    "Spotted Knapweed": (5, ["Milestone", "Tordon 22K"], 0.35),
    "Dalmatian Toadflax": (2, ["Telar XP", "Tordon 22K"], 0.2),
    "Houndstongue": (2, ["2,4-D Amine", "Escort XP"], 0.1),
    "Musk Thistle": (3, ["Milestone", "2,4-D Amine"], 0.25),
}


def _weeds_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30007)
    sites = ["Cottonwood Rd ROW", "Miller Gulch", "County Fairgrounds", "Bear Creek Trailhead", "Landfill North"]
    sites += ["Hwy 12 MP 40-44", "Sage Flats Parcel 7", "Reservoir South Shore", "Gravel Pit #3", "Elk Ridge CE"]
    applicators = ["J. HANSEN", "R. ORTEGA", "T. MCALLISTER", "K. WHITEHORSE", "S. BRANDT"]
    rows: list[dict[str, Any]] = []
    for _ in range(1500):
        year = int(rng.integers(2020, 2025))
        day = pd.Timestamp(f"{year}-04-15") + pd.Timedelta(days=int(rng.integers(0, 185)))
        weed = str(_one(rng, list(_NW_WEEDS), [v[0] for v in _NW_WEEDS.values()]))
        _w, herbs, p_broad = _NW_WEEDS[weed]
        broadcast = rng.random() < p_broad
        acres = round(float(rng.uniform(5, 60) if broadcast else rng.gamma(1.5, 1.2)), 1)
        acres = max(acres, 0.1)
        gal = round(acres * (20 if broadcast else 45) * float(rng.uniform(0.8, 1.2)), 1)
        rows.append(
            {
                "Treatment Date": f"{day:%m/%d/%Y}",
                "Site Name": str(_one(rng, sites)),
                "Weed Species": weed,
                "Acres Treated": "" if rng.random() < 0.04 else acres,
                "Herbicide": str(_one(rng, herbs)),
                "Gallons Applied": gal,
                "Applicator": str(_one(rng, applicators, [4, 3, 3, 2, 1])),
                "Method": "Broadcast" if broadcast else "Spot",
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Treatment Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _nw_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Treatment Date"], format="%m/%d/%Y").dt.year


_NW_QS = [
    Q(
        "how many acres did we treat total",
        _amount(lambda df: float(_num(df, "Acres Treated").sum())),
        ("Acres Treated",),
    ),
    Q(
        "which weed got treated on the most acres",
        _lead(_named(lambda df: _top(_num(df, "Acres Treated").groupby(_text(df, "Weed Species")).sum()))),
        ("Weed Species", "Acres Treated"),
    ),
    Q(
        "how many gallons did we spray in 2022",
        _amount(lambda df: float(df["Gallons Applied"][_nw_year(df) == 2022].sum())),
        ("Gallons Applied", "Treatment Date"),
    ),
    Q(
        "and in 2023?",
        _amount(lambda df: float(df["Gallons Applied"][_nw_year(df) == 2023].sum())),
        ("Gallons Applied", "Treatment Date"),
    ),
    Q(
        "what fraction of treatments were broadcast",
        _share(lambda df: float((_text(df, "Method") == "Broadcast").mean())),
        ("Method",),
    ),
    Q(
        "how many records are missing the acres",
        _count(lambda df: int(_num(df, "Acres Treated").isna().sum())),
        ("Acres Treated",),
    ),
]


HELDOUT300: list[Dataset] = [
    Dataset("tailor_alterations_order_book", _tailor_frame, _TL_QS),
    Dataset("dry_cleaner_pos_tickets", _dryclean_frame, _DC_QS),
    Dataset("carpet_cleaning_job_log", _carpet_frame, _CP_QS),
    Dataset("chimney_sweep_service_records", _chimney_frame, _CS_QS),
    Dataset("botanical_garden_daily_admissions", _garden_frame, _BG_QS),
    Dataset("city_street_tree_work_orders", _trees_frame, _ST_QS),
    Dataset("county_noxious_weed_treatments", _weeds_frame, _NW_QS),
]
