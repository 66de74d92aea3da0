"""HELDOUT366: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a vineyard's harvest log (2021 to
2024, one row per pick, August to October) with Block ("A1" to "E4"), Varietal (one per block: Cabernet Sauvignon,
Merlot, Chardonnay, Pinot Noir, Sauvignon Blanc, Zinfandel; now and then upper case), "Pick Date" as "9/14/2023",
"Tons Picked", Brix (blank now and then when the refractometer reading was not logged), Acres (fixed per block),
Pickers, Hours and "Price/Ton" as "$2,150.00" (by varietal, a little more with higher brix, rising each year). A coffee
roaster's roast log (2022 to 2024, three roasting days a week) with "Roast #" running from 1001, Date as "2024-03-14",
Origin ("Ethiopia Yirgacheffe", "Colombia Huila", ...), "Green Lbs In", "Roasted Lbs Out" (blank when the batch was
not weighed; dark roasts lose more), "Roast Level" (Light, Medium, Dark; now and then lower case), "Drop Temp (F)"
(hotter for darker roasts), "Roast Time" as minutes and seconds "12:35" and Roaster (Dana, Luis, Priya). A dog grooming
salon's appointments (2023 and 2024, closed Sundays) with "Appt Date" as "03/14/2024", "Dog Name", Breed (the same dog
comes back), Size (S, M, L, XL), Service ("Bath", "Full Groom", "Nails"), Groomer, Price as "$65.00" (by service and
size, plus a matting fee), Tip as "$10.00" (blank when none), Minutes and Matted (Y/N; matted dogs take longer). A
bowling alley's league nights (2023-24 season, 30 weeks, three leagues of eight four-bowler teams, one row per bowler a
week) with League ("Monday Men", "Tuesday Mixed", "Thursday Seniors"), Week, Team, Bowler, "Game 1", "Game 2", "Game 3"
(blank when the bowler was absent), HDCP (90% of 220 less the bowler's average, 0 for strong bowlers) and Series (the
scratch total, blank when absent); a few perfect 300 games. A landscaping company's mowing routes (2023 and 2024, April
to October, one row per route a day) with Route ("R-01" to "R-08", each on its own weekday), Date as "2024-05-14",
"Properties Mowed", Acres, Crew ("Crew A" to "Crew D", two routes each), "Start Time" and "End Time" as "7:15 AM",
"Fuel (gal)" (blank now and then) and "Rain Delay" (Y/N; fewer properties and a later start). A used bookstore's buy
counter (2023 and 2024, one row per seller visit, regular sellers come back) with Date as "3/14/2024", Seller,
"Books Offered", "Books Bought" (0 when nothing was wanted), "Cash Offer" and "Credit Offer" as "$12.50" (credit about
double the cash), Took ("Cash", "Credit", "Declined") and Paid as "$12.50" ("$0.00" when declined). And a ski shop's
season rentals (2022-23 and 2023-24 seasons, one row per rental) with "Rental #" as "S23-0042", "Age Group" (Kid,
Teen, Adult), Package (Ski, Snowboard), "Start Date" and "Return Date" as "12/03/2023" (November to January out, March
to April back; the return date blank when the gear has not come back), "Rental Fee" as "$189.00" (by age group and
package), "Damage Waiver" (Y/N), "Late Days" (0 mostly; teens most often late) and "Late Fee" as "$15.00" ($15 a late
day). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_named
from .heldout358 import _money, _yes
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _month_name(value: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month by name ("October", "Oct")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


# --- 1. Vineyard harvest -------------------------------------------------------------------------------------------

# varietal: base price per ton, typical brix at pick, tons per acre
_VY_KINDS = {
    "Cabernet Sauvignon": (2400.0, 25.0, 3.6), "Merlot": (1800.0, 24.2, 4.2), "Chardonnay": (1700.0, 23.0, 4.8),
    "Pinot Noir": (2700.0, 23.8, 3.0), "Sauvignon Blanc": (1500.0, 22.0, 5.5), "Zinfandel": (1900.0, 25.8, 4.0),
}  # fmt: skip


def _vineyard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36601)
    kinds = list(_VY_KINDS)
    blocks = [(f"{r}{c}", kinds[(i * 5 + 2) % 6], round(float(rng.uniform(2.0, 9.0)), 1))
              for i, (r, c) in enumerate((r, c) for r in "ABCDE" for c in "1234")]  # fmt: skip
    strength = {b: float(rng.uniform(0.8, 1.25)) for b, _, _ in blocks}
    rows: list[dict[str, Any]] = []
    for year in (2021, 2022, 2023, 2024):
        for block, kind, acres in blocks:
            price, brix0, tpa = _VY_KINDS[kind]
            picks = int(rng.integers(3, 7))
            total = acres * tpa * strength[block] * float(rng.uniform(0.85, 1.15))
            early = 0 if kind in ("Chardonnay", "Sauvignon Blanc", "Pinot Noir") else 18
            start = pd.Timestamp(year, 8, 20) + pd.Timedelta(days=int(rng.integers(0, 10)) + early)
            for k in range(picks):
                day = start + pd.Timedelta(days=int(k * rng.integers(4, 9)))
                tons = round(total / picks * float(rng.uniform(0.7, 1.3)), 2)
                brix = round(brix0 + 0.25 * k + float(rng.normal(0, 0.6)), 1)
                pickers = int(rng.integers(6, 19))
                hours = round(tons * 14 / pickers * float(rng.uniform(0.8, 1.2)), 1)
                ppt = price * (1 + 0.04 * (year - 2021)) * (1 + 0.03 * (brix - brix0))
                rows.append(
                    {
                        "Block": block,
                        "Varietal": kind.upper() if rng.random() < 0.04 else kind,
                        "Pick Date": f"{day.month}/{day.day}/{day.year}",
                        "Tons Picked": tons,
                        "Brix": None if rng.random() < 0.06 else brix,
                        "Acres": acres,
                        "Pickers": pickers,
                        "Hours": hours,
                        "Price/Ton": _money(round(ppt / 5) * 5),
                    }
                )
    return pd.DataFrame(rows)


def _vy_kind(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Varietal").str.title()


def _vy_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Pick Date", "%m/%d/%Y")


def _vy_brix(kind: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "Brix")[_vy_kind(df) == kind].dropna()


def _vy_per_acre_total(df: pd.DataFrame) -> str:
    tons = _num(df, "Tons Picked").groupby(_text(df, "Block")).sum()
    return _top(tons / _num(df, "Acres").groupby(_text(df, "Block")).first())


def _vy_per_acre_mean(df: pd.DataFrame) -> str:
    year = _vy_date(df).dt.year
    per = _num(df, "Tons Picked").groupby([_text(df, "Block"), year]).sum()
    acres = _num(df, "Acres").groupby([_text(df, "Block"), year]).first()
    return _top((per / acres).groupby(level=0).mean())


def _vy_price_mean(df: pd.DataFrame) -> str:
    return _top(_num(df, "Price/Ton").groupby(_vy_kind(df)).mean())


def _vy_price_weighted(df: pd.DataFrame) -> str:
    pay = (_num(df, "Price/Ton") * _num(df, "Tons Picked")).groupby(_vy_kind(df)).sum()
    return _top(pay / _num(df, "Tons Picked").groupby(_vy_kind(df)).sum())


_VY_QS = [
    Q(
        "how many tons did we pick each year",
        _about(lambda df: _num(df, "Tons Picked").groupby(_vy_date(df).dt.year).sum().to_numpy(), rel=0.002),
        ("Tons Picked", "Pick Date"),
    ),
    Q(
        "which grape gets us the best price per ton",
        _either_named(_vy_price_mean, _vy_price_weighted),
        ("Price/Ton", "Varietal", "Tons Picked"),
    ),
    Q(
        "whats the usual sugar level when we pick the cab",
        _typical(_vy_brix("Cabernet Sauvignon")),
        ("Brix", "Varietal"),
    ),
    Q("and for chardonnay?", _typical(_vy_brix("Chardonnay")), ("Brix", "Varietal")),
    Q(
        "which block yields the most tons per acre",
        _either_named(_vy_per_acre_total, _vy_per_acre_mean),
        ("Block", "Tons Picked", "Acres", "Pick Date"),
    ),
    Q(
        "how many picks don't have a brix reading",
        _count(lambda df: int(_num(df, "Brix").isna().sum())),
        ("Brix",),
    ),
]


# --- 2. Coffee roast log -------------------------------------------------------------------------------------------

_CR_ORIGINS = {
    "Ethiopia Yirgacheffe": 3, "Colombia Huila": 5, "Brazil Cerrado": 6, "Guatemala Antigua": 3,
    "Sumatra Mandheling": 2, "Kenya AA": 2, "Costa Rica Tarrazu": 2,
}  # fmt: skip
# level: weight loss, drop temp, minutes
_CR_LEVELS = {"Light": (0.13, 400.0, 10.5), "Medium": (0.155, 420.0, 12.0), "Dark": (0.185, 440.0, 13.8)}


def _coffee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36602)
    rows: list[dict[str, Any]] = []
    number = 1001
    roasters = ["Dana", "Luis", "Priya"]
    for day in pd.date_range("2022-01-03", "2024-12-31", freq="D"):
        if day.dayofweek not in (0, 2, 4):
            continue
        growth = 1 + 0.25 * (day.year - 2022)
        for _ in range(int(rng.poisson(3.2 * growth))):
            origin = str(_one(rng, list(_CR_ORIGINS), list(_CR_ORIGINS.values())))
            level = str(_one(rng, list(_CR_LEVELS), [3, 5, 3] if origin != "Sumatra Mandheling" else [1, 3, 6]))
            loss, temp, minutes = _CR_LEVELS[level]
            roaster = str(_one(rng, roasters, [5, 3, 2]))
            green = float(_one(rng, [10.0, 15.0, 20.0, 22.0], [2, 4, 3, 1]))
            secs = round((minutes + float(rng.normal(0, 0.6))) * 60)
            drop = round(temp + float(rng.normal(0, 4)) + 2.0 * (secs / 60 - minutes))
            out = round(green * (1 - loss - float(rng.normal(0, 0.008))), 2)
            rows.append(
                {
                    "Roast #": number,
                    "Date": f"{day:%Y-%m-%d}",
                    "Origin": origin,
                    "Green Lbs In": green,
                    "Roasted Lbs Out": None if rng.random() < 0.04 else out,
                    "Roast Level": level.lower() if rng.random() < 0.05 else level,
                    "Drop Temp (F)": drop,
                    "Roast Time": f"{secs // 60}:{secs % 60:02d}",
                    "Roaster": roaster,
                }
            )
            number += 1
    return pd.DataFrame(rows)


def _cr_level(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Roast Level").str.title()


def _cr_minutes(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Roast Time").str.split(":", expand=True)
    return pd.to_numeric(parts[0], errors="coerce") + pd.to_numeric(parts[1], errors="coerce") / 60


def _cr_loss(level: str, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        green, out = _num(df, "Green Lbs In"), _num(df, "Roasted Lbs Out")
        keep = (_cr_level(df) == level) & out.notna()
        if pooled:
            return float(1 - out[keep].sum() / green[keep].sum())
        return float((1 - out[keep] / green[keep]).mean())

    return value


def _cr_loss_check(level: str) -> Check:
    return either(_share(_cr_loss(level, True)), _share(_cr_loss(level, False)))


_CR_QS = [
    Q(
        "how many roasts did we do in 2024",
        _count(lambda df: int((_date(df, "Date", "%Y-%m-%d").dt.year == 2024).sum())),
        ("Date", "Roast #"),
    ),
    Q(
        "how much weight do dark roasts lose on average",
        _cr_loss_check("Dark"),
        ("Green Lbs In", "Roasted Lbs Out", "Roast Level"),
    ),
    Q("and light ones?", _cr_loss_check("Light"), ("Green Lbs In", "Roasted Lbs Out", "Roast Level")),
    Q(
        "who roasts the most coffee",
        _either_named(
            lambda df: _top(_num(df, "Green Lbs In").groupby(_text(df, "Roaster")).sum()),
            lambda df: _top(_num(df, "Roasted Lbs Out").groupby(_text(df, "Roaster")).sum()),
            lambda df: _top(_text(df, "Roaster").value_counts()),
        ),
        ("Roaster", "Green Lbs In", "Roasted Lbs Out", "Roast #"),
    ),
    Q(
        "do longer roasts end at a hotter temp",
        _corr(_cr_minutes, lambda df: _num(df, "Drop Temp (F)")),
        ("Roast Time", "Drop Temp (F)"),
    ),
    Q(
        "which origin do we go through the most of",
        _either_named(
            lambda df: _top(_num(df, "Green Lbs In").groupby(_text(df, "Origin")).sum()),
            lambda df: _top(_text(df, "Origin").value_counts()),
        ),
        ("Origin", "Green Lbs In", "Roasted Lbs Out", "Roast #"),
    ),
]


# --- 3. Dog grooming appointments ----------------------------------------------------------------------------------

# breed: size, long coat
_DG_BREEDS = {
    "Labrador Retriever": ("L", False), "Golden Retriever": ("L", True), "Goldendoodle": ("L", True),
    "Poodle (Toy)": ("S", True), "Shih Tzu": ("S", True), "Yorkshire Terrier": ("S", True),
    "Cocker Spaniel": ("M", True), "Border Collie": ("M", True), "Beagle": ("M", False),
    "Bernese Mountain Dog": ("XL", True), "Newfoundland": ("XL", True), "Great Dane": ("XL", False),
    "German Shepherd": ("L", False), "Schnauzer": ("M", True), "Maltese": ("S", True), "Chihuahua": ("S", False),
}  # fmt: skip
_DG_POP = [6, 7, 12, 5, 8, 5, 4, 3, 4, 2, 1, 1, 4, 3, 3, 3]
_DG_NAMES = [
    "Bella", "Max", "Luna", "Charlie", "Daisy", "Cooper", "Lucy", "Buddy", "Bailey", "Rocky", "Sadie",
    "Duke", "Molly", "Bear", "Rosie", "Tucker", "Maggie", "Milo", "Penny", "Winston", "Zoey", "Ollie",
]  # fmt: skip
_DG_PRICE = {
    "Bath": {"S": 35, "M": 45, "L": 55, "XL": 70},
    "Full Groom": {"S": 60, "M": 75, "L": 90, "XL": 115},
    "Nails": {"S": 15, "M": 15, "L": 18, "XL": 20},
}
_DG_MIN = {"Bath": 45, "Full Groom": 100, "Nails": 15}


def _grooming_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36603)
    breeds = list(_DG_BREEDS)
    dogs = []
    for _ in range(420):
        breed = str(_one(rng, breeds, _DG_POP))
        dogs.append((str(_one(rng, _DG_NAMES)), breed, float(rng.uniform(0.2, 3.0))))
    weights = np.array([d[2] for d in dogs])
    groomers = ["Tasha", "Mike", "Jen", "Carlos"]
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="D"):
        if day.dayofweek == 6:
            continue
        for _ in range(int(rng.poisson(3.3 if day.dayofweek == 5 else 2.4))):
            name, breed, _w = dogs[int(rng.choice(len(dogs), p=weights / weights.sum()))]
            size, long_coat = _DG_BREEDS[breed]
            service = str(_one(rng, list(_DG_PRICE), [2, 5, 1.5] if long_coat else [5, 1, 2]))
            matted = service != "Nails" and rng.random() < (0.2 if long_coat else 0.04)
            price = _DG_PRICE[service][size] + (20 if matted else 0)
            minutes = _DG_MIN[service] * {"S": 0.8, "M": 1.0, "L": 1.2, "XL": 1.5}[size]
            minutes = round(minutes * float(rng.uniform(0.8, 1.25)) + (30 if matted else 0))
            tip = round(price * float(rng.uniform(0.1, 0.25))) if rng.random() < 0.7 else None
            rows.append(
                {
                    "Appt Date": f"{day:%m/%d/%Y}",
                    "Dog Name": name,
                    "Breed": breed,
                    "Size": size,
                    "Service": service,
                    "Groomer": str(_one(rng, groomers, [4, 3, 3, 2])),
                    "Price": _money(price),
                    "Tip": None if tip is None else _money(tip),
                    "Minutes": minutes,
                    "Matted": "Y" if matted else "N",
                }
            )
    return pd.DataFrame(rows)


def _dg_dog(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Dog Name") + "|" + _text(df, "Breed")


def _dg_tips(blank_zero: bool) -> Callable[[pd.DataFrame], Any]:
    def value(df: pd.DataFrame) -> Any:
        tip = _num(df, "Tip").fillna(0) if blank_zero else _num(df, "Tip")
        return tip.groupby(_text(df, "Groomer")).mean().to_numpy()

    return value


def _dg_minutes(how: str) -> Callable[[pd.DataFrame], Any]:
    return lambda df: _num(df, "Minutes").groupby(_yes(df, "Matted")).agg(how).to_numpy()


def _dg_xl_2024(df: pd.DataFrame) -> pd.Series:
    return (_text(df, "Size") == "XL") & (_date(df, "Appt Date", "%m/%d/%Y").dt.year == 2024)


_DG_QS = [
    Q(
        "whats the average price of a full groom",
        _typical(lambda df: _num(df, "Price")[_text(df, "Service") == "Full Groom"]),
        ("Price", "Service"),
    ),
    Q(
        "avg tip for each groomer",
        either(_about(_dg_tips(False)), _about(_dg_tips(True))),
        ("Tip", "Groomer"),
    ),
    Q(
        "what percent of dogs come in matted",
        either(
            _share(lambda df: float(_yes(df, "Matted").mean())),
            _share(lambda df: float(_yes(df, "Matted").groupby(_dg_dog(df)).any().mean())),
        ),
        ("Matted", "Dog Name", "Breed"),
    ),
    Q(
        "do the matted ones take longer",
        either(_about(_dg_minutes("mean")), _about(_dg_minutes("median"))),
        ("Matted", "Minutes"),
    ),
    Q(
        "what breed do we see the most",
        _either_named(
            lambda df: _top(_text(df, "Breed").value_counts()),
            lambda df: _top(_text(df, "Breed").groupby(_dg_dog(df)).first().value_counts()),
        ),
        ("Breed", "Dog Name"),
    ),
    Q(
        "how many xl dogs did we do in 2024",
        either(
            _count(lambda df: int(_dg_xl_2024(df).sum())),
            _count(lambda df: int(_dg_dog(df)[_dg_xl_2024(df)].nunique())),
        ),
        ("Size", "Appt Date", "Dog Name", "Breed"),
    ),
]


# --- 4. Bowling league nights --------------------------------------------------------------------------------------

_BW_LEAGUES = {"Monday Men": 188.0, "Tuesday Mixed": 165.0, "Thursday Seniors": 158.0}
_BW_TEAMS = ["Pin Pals", "Gutter Gang", "Split Happens", "Lucky Strikes", "Ten Pin Tribe", "Alley Cats",
             "Spare Me", "Rolling Thunder", "Kingpins", "Holy Rollers", "The Turkeys", "Strike Force",
             "Back Alley", "Lane Rangers", "Bowl Movements", "Dead Wood", "Pocket Aces", "No Taps",
             "Fab Four", "Sparetime", "Beer Frame", "Baker's Dozen", "Sandbaggers", "Golden Oldies"]  # fmt: skip


def _bowling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36604)
    bowlers: list[tuple[str, str, str, float]] = []
    used: set[str] = set()
    for li, (league, mean) in enumerate(_BW_LEAGUES.items()):
        for team in _BW_TEAMS[li * 8 : li * 8 + 8]:
            for _ in range(4):
                name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
                while name in used:
                    name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
                used.add(name)
                bowlers.append((league, team, name, float(np.clip(rng.normal(mean, 20), 110, 235))))
    rows: list[dict[str, Any]] = []
    for week in range(1, 31):
        for league, team, name, avg in bowlers:
            hdcp = max(0, int(0.9 * (220 - avg)))
            absent = rng.random() < 0.06
            games: list[int | None] = []
            for _ in range(3):
                if absent:
                    games.append(None)
                elif rng.random() < 0.0015 * max(avg - 170, 5) / 10:
                    games.append(300)
                else:
                    games.append(int(np.clip(round(rng.normal(avg, 24)), 60, 299)))
            rows.append(
                {
                    "League": league,
                    "Week": week,
                    "Team": team,
                    "Bowler": name,
                    "Game 1": games[0],
                    "Game 2": games[1],
                    "Game 3": games[2],
                    "HDCP": hdcp,
                    "Series": None if absent else sum(g for g in games if g is not None),
                }
            )
    return pd.DataFrame(rows)


_BW_GAMES = ["Game 1", "Game 2", "Game 3"]


def _bw_games(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({g: _num(df, g) for g in _BW_GAMES})


def _bw_tuesday_team(handicap: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        keep = _text(df, "League") == "Tuesday Mixed"
        pins = _num(df, "Series").fillna(0) + (3 * _num(df, "HDCP") * _num(df, "Series").notna() if handicap else 0)
        return _top(pins[keep].groupby(_text(df, "Team")[keep]).sum())

    return value


def _bw_league_means(df: pd.DataFrame) -> Any:
    games = pd.concat([_num(df, g) for g in _BW_GAMES])
    return games.groupby(pd.concat([_text(df, "League")] * 3)).mean().to_numpy()


_BW_QS = [
    Q(
        "who has the highest average",
        _lead(_named(lambda df: _top(_bw_games(df).mean(axis=1).groupby(_text(df, "Bowler")).mean()))),
        ("Bowler", *_BW_GAMES, "Series"),
    ),
    Q(
        "how many 300 games were bowled",
        _count(lambda df: int((_bw_games(df) == 300).sum().sum())),
        tuple(_BW_GAMES),
    ),
    Q("whats the best series anyone rolled", _count(lambda df: int(_num(df, "Series").max())), ("Series", "Bowler")),
    Q(
        "average game in each league",
        _about(_bw_league_means),
        ("League", *_BW_GAMES, "Series"),
    ),
    Q(
        "which team knocked down the most pins in the tuesday league",
        _either_named(_bw_tuesday_team(False), _bw_tuesday_team(True)),
        ("Team", "League", "Series", *_BW_GAMES, "HDCP"),
    ),
    Q(
        "how many times was somebody absent",
        _count(lambda df: int(_bw_games(df).isna().all(axis=1).sum())),
        ("Bowler", *_BW_GAMES, "Series"),
    ),
]


# --- 5. Mowing routes ----------------------------------------------------------------------------------------------

# route: crew, weekday, properties, acres each
_MW_ROUTES = {
    "R-01": ("Crew A", 0, 22, 0.30), "R-02": ("Crew A", 2, 18, 0.45), "R-03": ("Crew B", 0, 26, 0.25),
    "R-04": ("Crew B", 3, 15, 0.60), "R-05": ("Crew C", 1, 12, 0.90), "R-06": ("Crew C", 4, 20, 0.35),
    "R-07": ("Crew D", 1, 24, 0.28), "R-08": ("Crew D", 3, 16, 0.50),
}  # fmt: skip
_MW_THIRST = {"Crew A": 0.55, "Crew B": 0.62, "Crew C": 0.5, "Crew D": 0.7}


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _mowing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36605)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-04-03", "2024-10-31", freq="D"):
        if not 4 <= day.month <= 10:
            continue
        growth = 1.25 if day.month in (5, 6) else 0.8 if day.month in (8, 10) else 1.0
        for route, (crew, weekday, props, each) in _MW_ROUTES.items():
            if day.dayofweek != weekday:
                continue
            rain = rng.random() < 0.14
            done = int(props - rng.integers(0, 3) - (rng.integers(3, 9) if rain else 0))
            acres = round(done * each * float(rng.uniform(0.9, 1.1)), 2)
            start = 7 * 60 + int(rng.integers(0, 4)) * 15 + (int(rng.integers(60, 150)) if rain else 0)
            end = start + round((done * 15 + acres * 25 * growth) * float(rng.uniform(0.9, 1.1)))
            fuel = round(acres * _MW_THIRST[crew] * growth * float(rng.uniform(0.85, 1.15)), 1)
            rows.append(
                {
                    "Route": route,
                    "Date": f"{day:%Y-%m-%d}",
                    "Properties Mowed": done,
                    "Acres": acres,
                    "Crew": crew,
                    "Start Time": _clock(start),
                    "End Time": _clock(end),
                    "Fuel (gal)": None if rng.random() < 0.05 else fuel,
                    "Rain Delay": "Y" if rain else "N",
                }
            )
    return pd.DataFrame(rows)


def _mw_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


def _mw_hours(df: pd.DataFrame) -> pd.Series:
    start = pd.to_datetime(_text(df, "Start Time"), format="%I:%M %p", errors="coerce")
    end = pd.to_datetime(_text(df, "End Time"), format="%I:%M %p", errors="coerce")
    return (end - start).dt.total_seconds() / 3600


def _mw_fuel_crew(per_row: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        fuel, acres, crew = _num(df, "Fuel (gal)"), _num(df, "Acres"), _text(df, "Crew")
        keep = fuel.notna()
        if per_row:
            return _top((fuel / acres)[keep].groupby(crew[keep]).mean())
        return _top(fuel[keep].groupby(crew[keep]).sum() / acres[keep].groupby(crew[keep]).sum())

    return value


def _mw_rain_props(how: str) -> Callable[[pd.DataFrame], Any]:
    return lambda df: _num(df, "Properties Mowed").groupby(_yes(df, "Rain Delay")).agg(how).to_numpy()


def _mw_acre_month(df: pd.DataFrame) -> pd.Timestamp:
    return _num(df, "Acres").groupby(_mw_date(df).dt.to_period("M")).sum().idxmax().to_timestamp()


_MW_QS = [
    Q(
        "how many properties did we mow in 2024",
        _count(lambda df: int(_num(df, "Properties Mowed")[_mw_date(df).dt.year == 2024].sum())),
        ("Properties Mowed", "Date"),
    ),
    Q(
        "how long is a typical route day in hours",
        _typical(_mw_hours),
        ("Start Time", "End Time", "Route", "Date"),
    ),
    Q(
        "which crew burns the most gas per acre",
        _either_named(_mw_fuel_crew(False), _mw_fuel_crew(True)),
        ("Crew", "Fuel (gal)", "Acres"),
    ),
    Q(
        "how often do we get rained out",
        _share(lambda df: float(_yes(df, "Rain Delay").mean())),
        ("Rain Delay",),
    ),
    Q(
        "how many properties do we get done on those days compared to normal",
        either(
            _about(_mw_rain_props("mean")),
            _about(_mw_rain_props("median")),
            _about(lambda df: float(abs(np.diff(_mw_rain_props("mean")(df))[0]))),
        ),
        ("Properties Mowed", "Rain Delay"),
    ),
    Q(
        "which month did we mow the most acres",
        either(
            _month_year(_mw_acre_month),
            _lead(_month_name(lambda df: int(_num(df, "Acres").groupby(_mw_date(df).dt.month).sum().idxmax()))),
        ),
        ("Acres", "Date"),
    ),
]


# --- 6. Used bookstore buy counter ---------------------------------------------------------------------------------


def _books_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36606)
    regulars = []
    for _ in range(60):
        regulars.append((f"{_one(rng, _FIRST)} {_one(rng, _LAST)}", float(rng.uniform(0.5, 6.0))))
    regulars = list(dict(regulars).items())
    weights = np.array([w for _, w in regulars])
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="D"):
        if day.dayofweek == 0:
            continue
        for _ in range(int(rng.poisson(2.8 if day.dayofweek >= 5 else 1.9))):
            if rng.random() < 0.45:
                seller, pull = regulars[int(rng.choice(len(regulars), p=weights / weights.sum()))]
            else:
                seller, pull = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}", 1.0
            offered = int(rng.integers(3, 40)) + (int(rng.integers(0, 40)) if pull > 3 else 0)
            bought = int(rng.binomial(offered, float(rng.uniform(0.05, 0.7))))
            cash = round(bought * float(rng.uniform(0.5, 2.5)) * 2) / 2
            credit = round(cash * float(rng.uniform(1.8, 2.2)) * 2) / 2
            took = "Declined" if bought == 0 else str(_one(rng, ["Cash", "Credit", "Declined"], [4, 5, 1]))
            paid = {"Cash": cash, "Credit": credit, "Declined": 0.0}[took]
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Seller": seller,
                    "Books Offered": offered,
                    "Books Bought": bought,
                    "Cash Offer": _money(cash),
                    "Credit Offer": _money(credit),
                    "Took": took,
                    "Paid": _money(paid),
                }
            )
    return pd.DataFrame(rows)


def _bk_paid(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Paid")[_text(df, "Took") == kind].sum())


def _bk_credit_share(df: pd.DataFrame, with_declined: bool) -> float:
    took = _text(df, "Took")
    pool = took if with_declined else took[took != "Declined"]
    return float((pool == "Credit").mean())


def _bk_top3(df: pd.DataFrame) -> list[str]:
    return list(_num(df, "Books Bought").groupby(_text(df, "Seller")).sum().sort_values(ascending=False).index[:3])


def _bk_top3_check(answer: str, df: pd.DataFrame) -> str | None:
    for name in _bk_top3(df):
        why = _named(lambda _d, n=name: n)(answer, df)
        if why:
            return why
    return None


_BK_QS = [
    Q(
        "how many books have we bought in total",
        _count(lambda df: int(_num(df, "Books Bought").sum())),
        ("Books Bought",),
    ),
    Q(
        "what share of people take store credit",
        either(_share(lambda df: _bk_credit_share(df, True)), _share(lambda df: _bk_credit_share(df, False))),
        ("Took",),
    ),
    Q("how much have we paid out in cash", _amount(_bk_paid("Cash")), ("Paid", "Took")),
    Q("and in credit?", _amount(_bk_paid("Credit")), ("Paid", "Took")),
    Q(
        "what percent of the books people bring in do we actually buy",
        either(
            _share(lambda df: float(_num(df, "Books Bought").sum() / _num(df, "Books Offered").sum())),
            _share(lambda df: float((_num(df, "Books Bought") / _num(df, "Books Offered")).mean())),
        ),
        ("Books Bought", "Books Offered"),
    ),
    Q("who are our top 3 sellers by books we bought from them", _bk_top3_check, ("Seller", "Books Bought")),
]


# --- 7. Ski shop season rentals ------------------------------------------------------------------------------------

_SK_FEES = {("Kid", "Ski"): 129.0, ("Kid", "Snowboard"): 139.0, ("Teen", "Ski"): 169.0,
            ("Teen", "Snowboard"): 179.0, ("Adult", "Ski"): 229.0, ("Adult", "Snowboard"): 239.0}  # fmt: skip


def _ski_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36607)
    rows: list[dict[str, Any]] = []
    for season in (2023, 2024):
        n = int(rng.integers(650, 800))
        for k in range(1, n + 1):
            age = str(_one(rng, ["Kid", "Teen", "Adult"], [4, 2.5, 3.5]))
            package = str(_one(rng, ["Ski", "Snowboard"], {"Kid": [7, 3], "Teen": [4, 6], "Adult": [6, 4]}[age]))
            start = pd.Timestamp(season - 1, 11, 1) + pd.Timedelta(days=int(rng.gamma(2.0, 14.0)) % 85)
            due = pd.Timestamp(season, 4, 15)
            late = int(rng.geometric(0.3)) if rng.random() < {"Kid": 0.06, "Teen": 0.18, "Adult": 0.08}[age] else 0
            back = due - pd.Timedelta(days=int(rng.integers(0, 40))) if late == 0 else due + pd.Timedelta(days=late)
            fee = _SK_FEES[(age, package)] - (10.0 if start.month == 11 else 0.0)
            returned = rng.random() > (0.03 if season == 2023 else 0.05)
            rows.append(
                {
                    "Rental #": f"S{season % 100}-{k:04d}",
                    "Age Group": age,
                    "Package": package,
                    "Start Date": f"{start:%m/%d/%Y}",
                    "Return Date": f"{back:%m/%d/%Y}" if returned else None,
                    "Rental Fee": _money(fee),
                    "Damage Waiver": "Y" if rng.random() < {"Kid": 0.55, "Teen": 0.45, "Adult": 0.3}[age] else "N",
                    "Late Days": late if returned else 0,
                    "Late Fee": _money(15.0 * late if returned else 0.0),
                }
            )
    return pd.DataFrame(rows)


_SK_PLURALS = {"Kid": ("Kids",), "Teen": ("Teens",), "Adult": ("Adults",)}


def _sk_fee_means(how: str) -> Callable[[pd.DataFrame], Any]:
    def value(df: pd.DataFrame) -> Any:
        fees = _num(df, "Rental Fee").groupby(_text(df, "Age Group")).agg(how)
        return fees[["Kid", "Adult"]].to_numpy()

    return value


def _sk_late_group(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        late = _num(df, "Late Days") > 0
        grouped = late.groupby(_text(df, "Age Group"))
        return _top(grouped.mean() if rate else grouped.sum())

    return value


def _sk_days(df: pd.DataFrame) -> pd.Series:
    start = _date(df, "Start Date", "%m/%d/%Y")
    back = _date(df, "Return Date", "%m/%d/%Y")
    return (back - start).dt.days.dropna()


_SK_QS = [
    Q(
        "how many snowboard rentals did we do",
        _count(lambda df: int((_text(df, "Package") == "Snowboard").sum())),
        ("Package", "Rental #"),
    ),
    Q(
        "whats the average fee for kids vs adults",
        either(_about(_sk_fee_means("mean")), _about(_sk_fee_means("median"))),
        ("Rental Fee", "Age Group"),
    ),
    Q(
        "what percent buy the damage waiver",
        _share(lambda df: float(_yes(df, "Damage Waiver").mean())),
        ("Damage Waiver",),
    ),
    Q("how much have we made in late fees", _amount(lambda df: float(_num(df, "Late Fee").sum())), ("Late Fee",)),
    Q(
        "which age group is late the most",
        _either_named(_sk_late_group(True), _sk_late_group(False), aliases=_SK_PLURALS),
        ("Age Group", "Late Days", "Late Fee"),
    ),
    Q(
        "how many days do people keep the gear on average",
        _typical(_sk_days),
        ("Start Date", "Return Date"),
    ),
]


HELDOUT366 = [
    Dataset("vineyard_harvest_by_block", _vineyard_frame, _VY_QS),
    Dataset("coffee_roast_log", _coffee_frame, _CR_QS),
    Dataset("dog_grooming_appointments", _grooming_frame, _DG_QS),
    Dataset("bowling_league_night_scores", _bowling_frame, _BW_QS),
    Dataset("landscaping_mowing_routes", _mowing_frame, _MW_QS),
    Dataset("used_bookstore_buy_counter", _books_frame, _BK_QS),
    Dataset("ski_shop_season_rentals", _ski_frame, _SK_QS),
]
