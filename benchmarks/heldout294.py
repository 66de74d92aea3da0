"""HELDOUT294: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a wedding florist's event order
book (2022 to 2024, one row per event) with "Event Date" as "06/15/2024", Client as "Garcia / Thompson", Venue,
Bouquets, Boutonnieres, Centerpieces, "Flower Budget", "Deposit Paid" and "Balance Due" as "$3,450.00" (balance
"$0.00" once paid), "Paid in Full" (Y/N) and "Delivery Fee" as "$75.00" (blank when the couple picked up); a pool
cleaning service's route log (2024, one row per visit) with Date as "2024-05-03", Customer, "Pool Gallons",
"Chlorine Added (lbs)", pH (one decimal, blank when the tech skipped the test), Tech, "Minutes On Site", "Filter
Cleaned" (Y/N) and "Extra Charge" as "$0.00"; a bartender's tips log (2023 and 2024, one row per shift) with Date as
"3/14/2024", Bar, Shift (Day/Night), Hours, "Cash Tips", "Card Tips", Covers and "Tip Out" (to the barback) as plain
numbers; a NEISS-style national sample of fireworks injuries (public data, 2021 to 2023, one row per emergency room
visit) with CPSC_Case_Number, Treatment_Date as "07/04/2023", Age (NEISS codes: 201-223 for infants in months), Sex
(MALE/FEMALE), upper-case Firework_Type, Body_Part and Diagnosis, Disposition as "1 - TREATED/EXAMINED AND RELEASED"
("8 - FATALITY INCL. DOA, DIED IN ER" for deaths) and the statistical Weight; a county fair's livestock show results
(one row per animal shown) with Exhibitor, "4-H Club", Species (Beef, Swine, Sheep, Goat, Rabbit), Breed, Class,
"Weight (lbs)" (blank for rabbits), Placing (a number, "DQ" for a disqualified animal), "Grand Champion" (Y/N) and
"Auction Price" as "$4,250.00" (blank when the animal did not sell); a backyard flock's egg log (2024, one row per
day per coop) with Date as "2024-01-05", Coop, Hens, "Eggs Collected", Cracked (blank on days with none), "Feed (lbs)"
and "High Temp (F)" (blank when the thermometer was not read); and a state's nitrate sampling of public water systems
(public data, 2021 to 2023, one row per sample, systems repeated) with "PWS ID" as "KS2000301", upper-case "System
Name" and County, "Source Type" (GW/SW), "Sample Date" as "2022-04-12", "Nitrate (mg/L)" (two decimals, "<0.10" for
a non-detect), "Over MCL" (Y/N, over 10 mg/L) and "Population Served". All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


# --- 1. Wedding florist order book ---------------------------------------------------------------------------------

_WF_VENUES = {"The Grand Barn": 5, "Lakeside Pavilion": 4, "St. Mary's Church": 3, "Rosewood Estate": 3}
_WF_VENUES |= {"Harbor View Hotel": 2, "Willow Creek Winery": 2.5, "City Botanical Garden": 1.5, "Backyard": 1}
_WF_LAST = ["Garcia", "Thompson", "Nguyen", "Patel", "Smith", "Johnson", "Brown", "Lee", "Martin", "Clark", "Lewis"]
_WF_LAST += ["Walker", "Hall", "Young", "King", "Wright", "Lopez", "Hill", "Scott", "Adams", "Baker", "Rivera"]


def _florist_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29401)
    rows: list[dict[str, Any]] = []
    for _ in range(430):
        month = int(_one(rng, list(range(1, 13)), [1, 1.5, 2, 4, 8, 10, 7, 7, 10, 9, 3, 2]))
        year = int(_one(rng, [2022, 2023, 2024], [3, 4, 4.5]))
        day = pd.Timestamp(year, month, int(rng.integers(1, 29)))
        bouquets = int(rng.integers(1, 9))
        bouts = int(max(0, bouquets + rng.integers(-1, 4)))
        centers = int(max(0, rng.normal(12, 6)))
        budget = round((bouquets * 140 + bouts * 28 + centers * 85 + float(rng.normal(400, 250))) / 25) * 25
        budget = max(600.0, float(budget))
        deposit = round(budget * float(_one(rng, [0.25, 0.3, 0.5], [3, 2, 1])), 0)
        paid = (day < pd.Timestamp("2024-09-01") and rng.random() < 0.9) or rng.random() < 0.15
        venue = str(_one(rng, list(_WF_VENUES), list(_WF_VENUES.values())))
        pickup = rng.random() < 0.12
        fee = float(_one(rng, [50.0, 75.0, 100.0, 150.0], [2, 4, 3, 1]))
        a, b = rng.choice(len(_WF_LAST), size=2, replace=False)
        rows.append(
            {
                "Event Date": f"{day:%m/%d/%Y}",
                "Client": f"{_WF_LAST[a]} / {_WF_LAST[b]}",
                "Venue": venue,
                "Bouquets": bouquets,
                "Boutonnieres": bouts,
                "Centerpieces": centers,
                "Flower Budget": _money(budget),
                "Deposit Paid": _money(deposit),
                "Balance Due": _money(0.0 if paid else budget - deposit),
                "Paid in Full": "Y" if paid else "N",
                "Delivery Fee": "" if pickup else _money(fee),
                "Sort": day,
            }
        )
    frame = pd.DataFrame(rows).sort_values("Sort", kind="stable").drop(columns="Sort")
    return frame.reset_index(drop=True)


def _wf_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Event Date"], format="%m/%d/%Y").dt.year


_WF_QS = [
    Q("how many weddings did we do in 2023", _count(lambda df: int((_wf_year(df) == 2023).sum())), ("Event Date",)),
    Q(
        "whats the typical flower budget",
        _typical(lambda df: _num(df, "Flower Budget")),
        ("Flower Budget",),
    ),
    Q(
        "which venue do we work at the most",
        _lead(_named(lambda df: _top(_text(df, "Venue").value_counts()))),
        ("Venue",),
    ),
    Q(
        "how many clients havent paid in full yet",
        _count(lambda df: int((_text(df, "Paid in Full") == "N").sum())),
        ("Paid in Full", "Client"),
    ),
    Q(
        "and how much do they still owe us in total",
        _amount(lambda df: float(_num(df, "Balance Due").sum())),
        ("Balance Due", "Paid in Full"),
    ),
    Q(
        "do bigger budgets come with more centerpieces",
        _corr(lambda df: _num(df, "Flower Budget"), lambda df: df["Centerpieces"].astype(float)),
        ("Flower Budget", "Centerpieces"),
    ),
]


# --- 2. Pool cleaning route log ------------------------------------------------------------------------------------

_PC_TECHS = {"Marco": 4, "Jess": 3.5, "Tyler": 3, "Ana": 2}


def _pool_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29402)
    customers = []
    for i in range(70):
        name = f"{_one(rng, _WF_LAST)} Residence" if i % 9 else f"{_one(rng, ['Palms', 'Oasis', 'Sunset'])} HOA"
        gallons = int(round(float(rng.normal(18000, 5000)) / 500) * 500) if i % 9 else 45000
        customers.append((f"{name} #{i + 1}", max(8000, gallons), str(_one(rng, list(_PC_TECHS)))))
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-03-04", "2024-11-29"):
        if day.day_of_week == 6:
            continue
        heat = 1 + 0.6 * float(np.exp(-(((day.day_of_year - 200) / 45) ** 2)))
        for name, gallons, tech in customers:
            if rng.random() > 1 / 6 * heat:
                continue
            if rng.random() < 0.1:
                tech = str(_one(rng, list(_PC_TECHS), list(_PC_TECHS.values())))
            chlorine = round(max(0.0, gallons / 10000 * float(rng.normal(1.0, 0.3)) * heat), 1)
            ph = round(float(rng.normal(7.5, 0.25)), 1)
            filt = rng.random() < 0.25
            extra = float(_one(rng, [0.0, 25.0, 45.0, 85.0], [20, 2, 1.5, 0.5]))
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Customer": name,
                    "Pool Gallons": gallons,
                    "Chlorine Added (lbs)": chlorine,
                    "pH": "" if rng.random() < 0.06 else ph,
                    "Tech": tech,
                    "Minutes On Site": int(max(10, rng.normal(25 + gallons / 2500 + (15 if filt else 0), 6))),
                    "Filter Cleaned": "Y" if filt else "N",
                    "Extra Charge": _money(extra),
                }
            )
    return pd.DataFrame(rows)


def _pc_ph(df: pd.DataFrame) -> pd.Series:
    return _num(df, "pH")


def _pc_july_extra(df: pd.DataFrame) -> float:
    july = df["Date"].astype(str).str.startswith("2024-07")
    return float(_num(df, "Extra Charge")[july].sum())


_PC_QS = [
    Q(
        "how many visits did each tech do",
        _count(lambda df: _text(df, "Tech").value_counts().to_numpy()),
        ("Tech",),
    ),
    Q("whats the average ph", _typical(_pc_ph), ("pH",)),
    Q(
        "how many times was the ph outside 7.2 to 7.8",
        _count(lambda df: int(((_pc_ph(df) < 7.2) | (_pc_ph(df) > 7.8)).sum())),
        ("pH",),
    ),
    Q("how many visits have no ph reading", _count(lambda df: int(_pc_ph(df).isna().sum())), ("pH",)),
    Q(
        "do bigger pools take more chlorine",
        _corr(lambda df: df["Pool Gallons"].astype(float), lambda df: df["Chlorine Added (lbs)"].astype(float)),
        ("Pool Gallons", "Chlorine Added (lbs)"),
    ),
    Q("how much did we bill in extra charges in july", _amount(_pc_july_extra), ("Extra Charge", "Date")),
]


# --- 3. Bartender tips log -----------------------------------------------------------------------------------------

# bar: hourly tip level, weight
_BT_BARS = {"The Rusty Anchor": (32.0, 5), "Velvet Lounge": (41.0, 3), "Murphy's Pub": (26.0, 4)}


def _tips_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29403)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31"):
        if rng.random() > 0.62:
            continue
        night = rng.random() < 0.65
        bar = str(_one(rng, list(_BT_BARS), [v[1] for v in _BT_BARS.values()]))
        level = _BT_BARS[bar][0] * (1.35 if night else 0.75) * (1.25 if day.day_of_week >= 4 else 1.0)
        level *= 1.2 if day.month == 12 else (0.85 if day.month in (1, 2) else 1.0)
        hours = round(float(rng.uniform(4.5, 9.0)) * 4) / 4
        tips = max(5.0, level * hours * float(rng.normal(1, 0.2)))
        cash_share = float(np.clip(rng.normal(0.3, 0.08), 0.05, 0.7))
        cash = round(tips * cash_share / 1) * 1.0
        card = round(tips * (1 - cash_share), 2)
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Bar": bar,
                "Shift": "Night" if night else "Day",
                "Hours": hours,
                "Cash Tips": cash,
                "Card Tips": card,
                "Covers": int(max(3, tips / float(rng.normal(6.5, 1.0)))),
                "Tip Out": round((cash + card) * 0.1, 2) if night or rng.random() < 0.3 else 0.0,
            }
        )
    return pd.DataFrame(rows)


def _bt_tips(df: pd.DataFrame) -> pd.Series:
    return df["Cash Tips"].astype(float) + df["Card Tips"].astype(float)


def _bt_hourly(pooled: bool, by: str) -> Callable[[pd.DataFrame], Any]:
    def rate(df: pd.DataFrame) -> Any:
        g = _text(df, by)
        hours = df["Hours"].astype(float)
        if pooled:
            return _bt_tips(df).groupby(g).sum() / hours.groupby(g).sum()
        return (_bt_tips(df) / hours).groupby(g).mean()

    return rate


def _bt_best_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.to_period("M")
    return _bt_tips(df).groupby(months).sum().sort_index(kind="stable").idxmax().to_timestamp()


_BT_QS = [
    Q(
        "how much have i made in tips total",
        either(
            _amount(lambda df: float(_bt_tips(df).sum())),
            _amount(lambda df: float(_bt_tips(df).sum() - df["Tip Out"].astype(float).sum())),
        ),
        ("Cash Tips", "Card Tips", "Tip Out"),
    ),
    Q(
        "what do i make an hour on night shifts vs day shifts",
        either(
            _about(lambda df: _bt_hourly(True, "Shift")(df)[["Night", "Day"]].to_numpy(), 0.005),
            _about(lambda df: _bt_hourly(False, "Shift")(df)[["Night", "Day"]].to_numpy(), 0.005),
        ),
        ("Shift", "Hours", "Cash Tips", "Card Tips"),
    ),
    Q(
        "which bar pays best per hour",
        _lead(_named_any(lambda df: [_top(_bt_hourly(True, "Bar")(df)), _top(_bt_hourly(False, "Bar")(df))])),
        ("Bar", "Hours", "Cash Tips", "Card Tips"),
    ),
    Q("how much have i tipped out the barback", _amount(lambda df: float(df["Tip Out"].sum())), ("Tip Out",)),
    Q("what was my best month", _lead(_month_year(_bt_best_month)), ("Date", "Cash Tips", "Card Tips")),
    Q(
        "what share of my tips is cash",
        _share(lambda df: float(df["Cash Tips"].sum() / _bt_tips(df).sum())),
        ("Cash Tips", "Card Tips"),
    ),
]


# --- 4. NEISS fireworks injuries -----------------------------------------------------------------------------------

_FW_TYPES = {"SPARKLER": 4, "FIRECRACKER": 5, "BOTTLE ROCKET": 2, "MORTAR/AERIAL SHELL": 4, "ROMAN CANDLE": 2}
_FW_TYPES |= {"FOUNTAIN": 1.5, "UNKNOWN": 5}
_FW_PARTS = {"HAND": 5, "FINGER": 4, "FACE": 3, "EYEBALL": 3, "HEAD": 2, "LOWER ARM": 1.5, "LOWER LEG": 1.5}
_FW_PARTS |= {"UPPER TRUNK": 1, "EAR": 0.7, "FOOT": 1}
_FW_DIAG = {"BURNS, THERMAL": 9, "CONTUSIONS, ABR.": 3, "LACERATION": 2.5, "FRACTURE": 0.8, "AMPUTATION": 0.4}
_FW_DIAG |= {"FOREIGN BODY": 0.8, "OTHER/NOT STATED": 1.5}
_FW_DISP = {
    "1 - TREATED/EXAMINED AND RELEASED": 86,
    "2 - TREATED AND TRANSFERRED": 3,
    "4 - TREATED AND ADMITTED/HOSPITALIZED": 7,
    "5 - HELD FOR OBSERVATION": 1.5,
    "6 - LEFT WITHOUT BEING SEEN": 1.5,
    "8 - FATALITY INCL. DOA, DIED IN ER": 0.4,
}


def _fireworks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29404)
    rows: list[dict[str, Any]] = []
    case = 210600000
    for year in (2021, 2022, 2023):
        for _ in range(int(rng.integers(560, 640))):
            if rng.random() < 0.75:
                day = pd.Timestamp(year, 7, 4) + pd.Timedelta(days=int(np.clip(rng.normal(0, 3), -14, 14)))
            elif rng.random() < 0.4:
                day = pd.Timestamp(year, 12, 31) + pd.Timedelta(days=int(rng.integers(-3, 1)))
            else:
                day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            infant = rng.random() < 0.006  # NEISS codes an infant's age as 200 + months
            age = 200 + int(rng.integers(6, 24)) if infant else int(np.clip(rng.gamma(2.2, 10.5), 2, 85))
            case += int(rng.integers(5, 400))
            rows.append(
                {
                    "CPSC_Case_Number": case,
                    "Treatment_Date": f"{day:%m/%d/%Y}",
                    "Age": age,
                    "Sex": "MALE" if rng.random() < 0.68 else "FEMALE",
                    "Firework_Type": str(_one(rng, list(_FW_TYPES), list(_FW_TYPES.values()))),
                    "Body_Part": str(_one(rng, list(_FW_PARTS), list(_FW_PARTS.values()))),
                    "Diagnosis": str(_one(rng, list(_FW_DIAG), list(_FW_DIAG.values()))),
                    "Disposition": str(_one(rng, list(_FW_DISP), list(_FW_DISP.values()))),
                    "Weight": round(float(_one(rng, [15.3, 16.9, 48.7, 72.1, 97.8], [3, 2, 2, 2, 1])) * 1.0, 4)
                    + round(float(rng.uniform(-0.5, 0.5)), 4),
                }
            )
    return pd.DataFrame(rows)


def _fw_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Treatment_Date"], format="%m/%d/%Y")


def _fw_burn(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        burn = _text(df, "Diagnosis").str.startswith("BURNS")
        w = df["Weight"].astype(float) if weighted else pd.Series(1.0, index=df.index)
        return float(w[burn].sum() / w.sum())

    return rate


def _fw_part(weighted: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        w = df["Weight"].astype(float) if weighted else pd.Series(1.0, index=df.index)
        return _top(w.groupby(_text(df, "Body_Part")).sum())

    return pick


_FW_QS = [
    Q("how many er visits are in this sample", _count(len), ("CPSC_Case_Number",)),
    Q(
        "using the weights, about how many fireworks injuries were there nationally in 2023",
        _amount(lambda df: float(df.loc[_fw_when(df).dt.year == 2023, "Weight"].sum())),
        ("Weight", "Treatment_Date"),
    ),
    Q(
        "what body part gets hurt the most",
        _lead(_named_any(lambda df: [_fw_part(False)(df), _fw_part(True)(df)])),
        ("Body_Part", "Weight"),
    ),
    Q("what share of the injuries were burns", either(_share(_fw_burn(False)), _share(_fw_burn(True))), ("Diagnosis",)),
    Q(
        "how many people died",
        _count(lambda df: int(_text(df, "Disposition").str.startswith("8").sum())),
        ("Disposition",),
    ),
    Q(
        "how many visits were on july 4th itself",
        _count(lambda df: int(((_fw_when(df).dt.month == 7) & (_fw_when(df).dt.day == 4)).sum())),
        ("Treatment_Date",),
    ),
]


# --- 5. County fair livestock show results -------------------------------------------------------------------------

# species: breeds, weight mean, weight sd, classes, sale price range, weight
_LS_SPECIES: dict[str, tuple[list[str], float, float, int, tuple[float, float], float]] = {
    "Beef": (["Angus", "Hereford", "Simmental", "Crossbred"], 1300, 110, 4, (2500, 9000), 2),
    "Swine": (["Yorkshire", "Duroc", "Hampshire", "Crossbred"], 270, 22, 6, (600, 3500), 5),
    "Sheep": (["Suffolk", "Hampshire", "Southdown", "Crossbred"], 135, 14, 4, (500, 2800), 3),
    "Goat": (["Boer", "Boer Cross", "Kiko"], 90, 12, 3, (400, 2200), 2.5),
    "Rabbit": (["New Zealand", "Californian", "Rex"], 0, 0, 2, (100, 600), 2),
}
_LS_CLUBS = ["Clover Kids", "Prairie Ramblers", "Happy Hustlers", "Lone Oak 4-H", "Sunny Valley 4-H", "Creekside"]
_LS_FIRST = ["Emma", "Liam", "Ava", "Noah", "Mia", "Owen", "Lily", "Caleb", "Grace", "Wyatt", "Ella", "Jacob", "Addie"]
_LS_FIRST += ["Hunter", "Kaylee", "Cody", "Paige", "Tanner", "Brooke", "Colton"]


def _livestock_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29405)
    kids: list[tuple[str, str]] = []
    used: set[str] = set()
    while len(kids) < 150:
        name = f"{_one(rng, _LS_FIRST)} {_one(rng, _WF_LAST)}"
        if name not in used:
            used.add(name)
            kids.append((name, str(_one(rng, _LS_CLUBS, [4, 3, 3, 2, 2, 1.5]))))
    animals: list[dict[str, Any]] = []
    for _ in range(420):
        kid, club = kids[int(rng.integers(len(kids)))]
        species = str(_one(rng, list(_LS_SPECIES), [v[5] for v in _LS_SPECIES.values()]))
        breeds, mean, sd, n_class, _price, _w = _LS_SPECIES[species]
        weight = str(int(rng.normal(mean, sd))) if mean else ""
        k = int(rng.integers(1, n_class + 1))
        label = {"Beef": "Market Steer", "Swine": "Market Hog", "Sheep": "Market Lamb", "Goat": "Market Goat"}
        animals.append(
            {
                "Exhibitor": kid,
                "4-H Club": club,
                "Species": species,
                "Breed": str(_one(rng, breeds)),
                "Class": f"{label.get(species, 'Meat Pen')} - Class {k}",
                "Weight (lbs)": weight,
                "score": float(rng.normal(0, 1)),
            }
        )
    frame = pd.DataFrame(animals)
    frame["Placing"] = (
        frame.groupby("Class")["score"].rank(ascending=False, method="first").astype(int).astype(str).astype(object)
    )
    dq = rng.random(len(frame)) < 0.02
    frame.loc[dq, "Placing"] = "DQ"
    frame["Grand Champion"] = "N"
    for _species, g in frame[~dq].groupby("Species"):
        frame.loc[g["score"].idxmax(), "Grand Champion"] = "Y"
    prices = []
    for _, r in frame.iterrows():
        lo, hi = _LS_SPECIES[r["Species"]][4]
        sold = r["Placing"] != "DQ" and rng.random() < 0.8
        bump = 2.5 if r["Grand Champion"] == "Y" else 1 + 0.15 * max(0.0, r["score"])
        prices.append(_money(round(float(rng.uniform(lo, hi)) * bump, 0)) if sold or r["Grand Champion"] == "Y" else "")
    frame["Auction Price"] = prices
    frame = frame.drop(columns="score")
    return frame.sort_values(["Species", "Class"], kind="stable").reset_index(drop=True)


_LS_QS = [
    Q("how many animals were shown", _count(len), ("Exhibitor", "Species")),
    Q("how many kids showed animals", _count(lambda df: int(_text(df, "Exhibitor").nunique())), ("Exhibitor",)),
    Q(
        "average weight of the hogs",
        _about(lambda df: float(_num(df, "Weight (lbs)")[_text(df, "Species") == "Swine"].mean()), 0.005),
        ("Species", "Weight (lbs)"),
    ),
    Q(
        "which club brought in the most money at the auction",
        _lead(_named(lambda df: _top(_num(df, "Auction Price").groupby(_text(df, "4-H Club")).sum()))),
        ("4-H Club", "Auction Price"),
    ),
    Q(
        "who got the highest auction price",
        _lead(_named(lambda df: str(df.loc[_num(df, "Auction Price").idxmax(), "Exhibitor"]))),
        ("Exhibitor", "Auction Price"),
    ),
    Q(
        "and what did the grand champions sell for on average",
        _typical(lambda df: _num(df, "Auction Price")[_text(df, "Grand Champion") == "Y"], 0.005),
        ("Grand Champion", "Auction Price"),
    ),
]


# --- 6. Backyard flock egg log -------------------------------------------------------------------------------------

# coop: hens, eggs per hen per day at best
_EG_COOPS = {"Big Coop": (14, 0.78), "Little Coop": (6, 0.7), "Tractor": (5, 0.85)}


def _eggs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29406)
    rows: list[dict[str, Any]] = []
    hens = {c: v[0] for c, v in _EG_COOPS.items()}
    for day in pd.date_range("2024-01-01", "2024-12-31"):
        temp = 55 + 30 * float(np.sin((day.day_of_year - 105) / 365 * 2 * np.pi)) + float(rng.normal(0, 6))
        light = 0.55 + 0.45 * float(np.sin((day.day_of_year - 80) / 365 * 2 * np.pi) + 1) / 2
        for coop, (_n, rate) in _EG_COOPS.items():
            if rng.random() < 0.004 and hens[coop] > 3:
                hens[coop] -= 1
            heat = 0.75 if temp > 90 else 1.0
            eggs = int(rng.binomial(hens[coop], min(0.98, rate * light * heat)))
            cracked = int(rng.binomial(eggs, 0.04))
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Coop": coop,
                    "Hens": hens[coop],
                    "Eggs Collected": eggs,
                    "Cracked": "" if cracked == 0 else cracked,
                    "Feed (lbs)": round(hens[coop] * 0.25 * float(rng.normal(1, 0.08)), 1),
                    "High Temp (F)": "" if rng.random() < 0.05 else round(temp),
                }
            )
    return pd.DataFrame(rows)


def _eg_per_hen(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        g = _text(df, "Coop")
        eggs, hens = df["Eggs Collected"].astype(float), df["Hens"].astype(float)
        rate = eggs.groupby(g).sum() / hens.groupby(g).sum() if pooled else (eggs / hens).groupby(g).mean()
        return _top(rate)

    return pick


def _eg_month(df: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(df["Date"], format="%Y-%m-%d").dt.to_period("M")
    return df["Eggs Collected"].groupby(months).sum().sort_index(kind="stable").idxmax().to_timestamp()


def _eg_temp(df: pd.DataFrame) -> pd.Series:
    return _num(df, "High Temp (F)")


def _eg_feed_per_egg(df: pd.DataFrame) -> float:
    return float(df["Feed (lbs)"].sum() / df["Eggs Collected"].sum())


_EG_QS = [
    Q("how many eggs did we get this year", _amount(lambda df: float(df["Eggs Collected"].sum())), ("Eggs Collected",)),
    Q(
        "which coop lays best per hen",
        _lead(_named_any(lambda df: [_eg_per_hen(True)(df), _eg_per_hen(False)(df)])),
        ("Coop", "Hens", "Eggs Collected"),
    ),
    Q("what month had the most eggs", _lead(_month_year(_eg_month)), ("Date", "Eggs Collected")),
    Q(
        "do hot days mean fewer eggs",
        either(
            _corr(_eg_temp, lambda df: df["Eggs Collected"].astype(float)),
            _corr(_eg_temp, lambda df: df["Eggs Collected"] / df["Hens"]),
        ),
        ("High Temp (F)", "Eggs Collected", "Hens"),
    ),
    Q(
        "what percent of eggs were cracked",
        _share(lambda df: float(_num(df, "Cracked").sum() / df["Eggs Collected"].sum())),
        ("Cracked", "Eggs Collected"),
    ),
    Q(
        "how much feed does each egg cost us in lbs",
        either(
            _about(_eg_feed_per_egg, 0.01),
            _about(lambda df: 12 * _eg_feed_per_egg(df), 0.01),
        ),
        ("Feed (lbs)", "Eggs Collected"),
    ),
]


# --- 7. Public water system nitrate sampling -----------------------------------------------------------------------

_NO_COUNTIES = {"SEDGWICK": 2, "FINNEY": 1.5, "FORD": 1.2, "RENO": 1.3, "RILEY": 0.9, "SEWARD": 1.0, "BARTON": 0.8}
_NO_COUNTIES |= {"PRATT": 0.6, "THOMAS": 0.5, "MCPHERSON": 0.9}
_NO_LOAD = {"SEDGWICK": 2.5, "FINNEY": 5.5, "FORD": 4.0, "RENO": 3.0, "RILEY": 1.5, "SEWARD": 6.0, "BARTON": 3.5}
_NO_LOAD |= {"PRATT": 4.5, "THOMAS": 2.5, "MCPHERSON": 3.0}
_NO_PLACES = ["CITY OF", "RURAL WATER DISTRICT", "PWWSD", "MOBILE HOME PARK", "SCHOOL"]


def _nitrate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29407)
    systems: list[tuple[str, str, str, str, int, float]] = []
    for i in range(140):
        county = str(_one(rng, list(_NO_COUNTIES), list(_NO_COUNTIES.values())))
        kind = str(_one(rng, _NO_PLACES, [5, 3, 1, 1, 0.6]))
        if kind == "CITY OF":
            name, pop = f"CITY OF {county} {i + 1}", int(rng.lognormal(7.5, 1.2))
        elif kind == "RURAL WATER DISTRICT":
            name, pop = f"{county} CO RWD {i + 1}", int(rng.lognormal(7.0, 0.8))
        else:
            name, pop = f"{county} {kind} {i + 1}", int(rng.integers(25, 400))
        source = "SW" if rng.random() < 0.15 and kind == "CITY OF" else "GW"
        level = _NO_LOAD[county] * float(rng.lognormal(0, 0.6)) * (0.35 if source == "SW" else 1.0)
        systems.append((f"KS20{i * 73 % 10000 + 100:05d}", name, county, source, pop, level))
    rows: list[dict[str, Any]] = []
    for pws, name, county, source, pop, level in systems:
        per_year = 4 if source == "SW" or level > 5 else 1
        for year in (2021, 2022, 2023):
            for _ in range(per_year + int(rng.integers(0, 2))):
                day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
                value = level * (1 + 0.05 * (year - 2021)) * float(rng.lognormal(0, 0.35))
                nd = value < 0.1 or rng.random() < 0.03
                rows.append(
                    {
                        "PWS ID": pws,
                        "System Name": name,
                        "County": county,
                        "Source Type": source,
                        "Sample Date": f"{day:%Y-%m-%d}",
                        "Nitrate (mg/L)": "<0.10" if nd else f"{value:.2f}",
                        "Over MCL": "Y" if not nd and value > 10 else "N",
                        "Population Served": pop,
                    }
                )
    frame = pd.DataFrame(rows).sort_values(["Sample Date", "PWS ID"], kind="stable")
    return frame.reset_index(drop=True)


def _no_value(df: pd.DataFrame, nd: float | None) -> pd.Series:
    """Nitrate as numbers, a non-detect as `nd` (None: left out)."""
    raw = _text(df, "Nitrate (mg/L)")
    values = pd.to_numeric(raw, errors="coerce")
    return values if nd is None else values.where(~raw.str.startswith("<"), nd)


def _no_source_means(nd: float | None) -> Callable[[pd.DataFrame], list[float]]:
    def means(df: pd.DataFrame) -> list[float]:
        m = _no_value(df, nd).groupby(_text(df, "Source Type")).mean()
        return [float(m["GW"]), float(m["SW"])]

    return means


def _no_over(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Over MCL") == "Y"


def _no_people(df: pd.DataFrame) -> float:
    hit = df.loc[_no_over(df)]
    return float(hit.drop_duplicates("PWS ID")["Population Served"].sum())


_NO_QS = [
    Q("how many water systems are in here", _count(lambda df: int(df["PWS ID"].nunique())), ("PWS ID", "System Name")),
    Q("how many samples were over the limit", _count(lambda df: int(_no_over(df).sum())), ("Over MCL",)),
    Q(
        "which county had the most over-limit samples",
        _lead(_named(lambda df: _top(_no_over(df).groupby(_text(df, "County")).sum()))),
        ("County", "Over MCL"),
    ),
    Q(
        "is nitrate higher in groundwater than surface water",
        either(*(_about(_no_source_means(nd), 0.01) for nd in (None, 0.0, 0.05, 0.1))),
        ("Source Type", "Nitrate (mg/L)"),
    ),
    Q(
        "which system had the highest single reading",
        _lead(_named(lambda df: str(df.loc[_no_value(df, None).idxmax(), "System Name"]))),
        ("System Name", "Nitrate (mg/L)", "PWS ID"),
    ),
    Q(
        "how many people get water from systems that went over the limit at least once",
        _amount(_no_people),
        ("Population Served", "Over MCL", "PWS ID"),
    ),
]


HELDOUT294: list[Dataset] = [
    Dataset("wedding_florist_order_book", _florist_frame, _WF_QS),
    Dataset("pool_cleaning_route_log", _pool_frame, _PC_QS),
    Dataset("bartender_tips_log", _tips_frame, _BT_QS),
    Dataset("neiss_fireworks_injuries", _fireworks_frame, _FW_QS),
    Dataset("county_fair_livestock_show", _livestock_frame, _LS_QS),
    Dataset("backyard_flock_egg_log", _eggs_frame, _EG_QS),
    Dataset("nitrate_public_water_sampling", _nitrate_frame, _NO_QS),
]
