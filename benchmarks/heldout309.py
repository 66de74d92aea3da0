"""HELDOUT309: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a small candle maker's pour log
(2023 to 2024, one row per batch) with "Batch ID" as "C23-014", "Pour Date" as "2023-03-14", Wax (Soy 464, Coconut
Soy, Paraffin, Beeswax Blend), Fragrance (names such as "Lavender Fields", a few blank for unscented), "FO Load" as
"8%", Wick as "CD-12" or "ECO 10", "Jars Poured", "Cure Days" (blank while curing), Defects (blank when none, else
"sinkhole", "frosting", "wet spots", "tunneling" or two of them as "frosting; wet spots") and "Batch Cost" as
"$48.20"; a handmade soap maker's batch sheet (2022 to 2024) with "Batch #" as "S-0412", "Date Made" as "03/14/2023",
Recipe, Oils as "Olive/Coconut/Shea", "Lye (g)", "Superfat %" (5 to 8), "Bars Cut", "Bar Wt" with its unit inside
as "4.5 oz", "Cure (wks)", Sold and "Price/Bar" as "$7.00"; an independent tire shop's sales export (2024, one row
per invoice line) with "Invoice #" as "INV-10234", Date as "2024-03-14", "Tire Size" as "225/65R17", Brand, Season
(All-Season, Winter, Summer, All-Terrain), Qty, "Unit Price" as "$189.99", "Install/Balance" as "$100.00" for the
line, "Road Hazard" (Y, N) and Tech (first names); an irrigation district's water order log (2023 season, one row
per order) with "Order No" as 23-0412, Headgate as "HG-14A", upper-case Grower ("MILLER FARMS LLC"), upper-case Crop
(ALFALFA, CORN, ONIONS, SUGAR BEETS, PASTURE), Canal ("North Main", "South Lateral", "Dry Creek Ditch"), "Order
Date", "Start Date" and "Stop Date" as "5/03/2023", "AF Ordered" and "AF Delivered" in acre-feet (Delivered blank
for cancelled or open orders); a feedlot's pen weigh-in records (2024, one row per lot per weigh day, so lots
repeat) with Pen as "P-07", Lot as "L2411", "Weigh Date" as "2024-03-14", Head (dropping as cattle die), "In Wt" and
"Cur Wt" in lbs per head, DOF (days on feed), Ration (STARTER, GROWER, FINISHER), Deads and Pulls since the last
weigh; a state wildlife agency's trout stocking report (2023, one row per stocking) with upper-case "Water Body",
County, Species (Rainbow, Brown, Brook, Cutthroat, Tiger), "Number Stocked" as "1,250", "Avg Length (in)" ("N/A"
for fingerlings), "Stock Date" as "04/12/2023" and Hatchery; and a ski resort's snowboard rental counter log (2023-24
season, one row per rental) with "Rental ID" as "R-240114-07", "Date Out" as "2024-01-14", "Board Length (cm)",
"Boot Size" (US sizes such as 9.5), Stance (Regular, Goofy), "Rider Level" (Beginner, Intermediate, Advanced),
"Rental Days", Price as "$45.00", "Damage Fee" (blank when none, else as "$25.00") and "Returned Late" (Y, N). All
are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout308 import _month_word, _when
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _any_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    """One of the labels picked by two readings of the question, beside its superlative."""
    return either(*(_lead(_named(v)) for v in values))


def _days(start: pd.Timestamp, span: int, rng: np.random.Generator, n: int) -> list[pd.Timestamp]:
    return sorted(start + pd.Timedelta(days=int(d)) for d in rng.integers(0, span, size=n))


# --- 1. Candle pour log --------------------------------------------------------------------------------------------

# wax: $ per jar, frosting chance, sinkhole chance
_CD_WAX = {
    "Soy 464": (3.1, 0.22, 0.08),
    "Coconut Soy": (3.9, 0.08, 0.05),
    "Paraffin": (2.4, 0.02, 0.15),
    "Beeswax Blend": (4.6, 0.12, 0.06),
}
_CD_SCENTS = ["Lavender Fields", "Vanilla Bean", "Cedar & Sage", "Pumpkin Spice", "Sea Salt Orchid", "Fresh Linen"]
_CD_SCENTS += ["Mahogany Teakwood", "Lemon Verbena", ""]
_CD_WICKS = ["CD-10", "CD-12", "CD-14", "ECO 8", "ECO 10", "HTP 93", "HTP 104"]


def _candle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30901)
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(_days(pd.Timestamp("2023-01-05"), 720, rng, 420)):
        wax = str(_one(rng, list(_CD_WAX), [5, 3, 2, 1.5]))
        per_jar, frost, sink = _CD_WAX[wax]
        scent = str(_one(rng, _CD_SCENTS, [4, 4, 3, 2 if day.month in (9, 10, 11) else 0.3, 2, 3, 2, 2, 0.6]))
        load = int(_one(rng, [6, 8, 10, 12], [1, 4, 4, 1])) if scent else 0
        jars = int(_one(rng, [6, 12, 12, 18, 24, 36], [1, 3, 3, 2, 2, 1]))
        defects = []
        if rng.random() < frost:
            defects.append("frosting")
        if rng.random() < sink + (0.05 if load >= 10 else 0):
            defects.append("sinkhole")
        if rng.random() < 0.07:
            defects.append("wet spots")
        if rng.random() < 0.04:
            defects.append("tunneling")
        curing = day > pd.Timestamp("2024-12-10")
        cost = jars * per_jar * float(rng.normal(1, 0.05)) + jars * load * 0.09 + 4.0
        rows.append(
            {
                "Batch ID": f"C{day:%y}-{i + 1:03d}",
                "Pour Date": f"{day:%Y-%m-%d}",
                "Wax": wax,
                "Fragrance": scent,
                "FO Load": f"{load}%",
                "Wick": str(_one(rng, _CD_WICKS)),
                "Jars Poured": jars,
                "Cure Days": None if curing else int(_one(rng, [3, 7, 10, 14, 14, 21])),
                "Defects": "; ".join(defects[:2]),
                "Batch Cost": f"${cost:,.2f}",
            }
        )
    return pd.DataFrame(rows).astype({"Cure Days": "Int64"})


def _cd_year(df: pd.DataFrame) -> pd.Series:
    return _when(df, "Pour Date", "%Y-%m-%d").dt.year


def _cd_frost_rate(df: pd.DataFrame) -> str:
    return _top(_text(df, "Defects").str.contains("frosting").groupby(_text(df, "Wax")).mean())


def _cd_frost_count(df: pd.DataFrame) -> str:
    return _top(_text(df, "Defects").str.contains("frosting").groupby(_text(df, "Wax")).sum())


def _cd_cost_per_jar(wax: str, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        keep = _text(df, "Wax") == wax
        cost, jars = _num(df, "Batch Cost")[keep], _num(df, "Jars Poured")[keep]
        return float(cost.sum() / jars.sum()) if pooled else float((cost / jars).mean())

    return value


def _cd_month(df: pd.DataFrame) -> pd.Timestamp:
    when = _when(df, "Pour Date", "%Y-%m-%d")
    jars = _num(df, "Jars Poured").groupby(when.dt.to_period("M")).sum()
    return jars.sort_index().idxmax().to_timestamp()


_CD_QS = [
    Q("how many batches did i pour in 2024", _count(lambda df: int((_cd_year(df) == 2024).sum())), ("Pour Date",)),
    Q("how many jars total have i poured", _count(lambda df: int(_num(df, "Jars Poured").sum())), ("Jars Poured",)),
    Q("which wax frosts the most", _any_named(_cd_frost_rate, _cd_frost_count), ("Wax", "Defects")),
    Q(
        "what share of batches came out with no defects",
        _share(lambda df: float((_text(df, "Defects") == "").mean())),
        ("Defects",),
    ),
    Q(
        "cost per jar for soy 464 vs coconut soy?",
        either(
            _about(lambda df: [_cd_cost_per_jar("Soy 464", True)(df), _cd_cost_per_jar("Coconut Soy", True)(df)]),
            _about(lambda df: [_cd_cost_per_jar("Soy 464", False)(df), _cd_cost_per_jar("Coconut Soy", False)(df)]),
        ),
        ("Batch Cost", "Jars Poured", "Wax"),
    ),
    Q("which month did i pour the most jars", _month_year(_cd_month), ("Pour Date", "Jars Poured")),
]


# --- 2. Soap batch sheet -------------------------------------------------------------------------------------------

# recipe: oils, superfat range, price, sell-through
_SP_RECIPES = {
    "Oatmeal Honey": ("Olive/Coconut/Shea", (5, 6), 7.0, 0.85),
    "Lavender Castile": ("Olive", (5, 7), 8.0, 0.7),
    "Charcoal Tea Tree": ("Olive/Coconut/Palm/Castor", (5, 6), 7.5, 0.8),
    "Goat Milk Plain": ("Olive/Coconut/Palm", (6, 8), 6.5, 0.9),
    "Coffee Scrub": ("Coconut/Shea/Castor", (5, 6), 7.0, 0.65),
    "Rose Clay": ("Olive/Coconut/Shea/Castor", (6, 8), 8.5, 0.6),
    "Pine Tar": ("Olive/Coconut/Palm", (5, 6), 9.0, 0.5),
}


def _soap_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30902)
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(_days(pd.Timestamp("2022-02-01"), 1000, rng, 360)):
        recipe = str(_one(rng, list(_SP_RECIPES), [5, 4, 3, 4, 2, 2, 1]))
        oils, (slo, shi), price, sell = _SP_RECIPES[recipe]
        bars = int(_one(rng, [10, 12, 12, 18, 24], [2, 4, 4, 2, 1])) - int(rng.integers(0, 2))
        weight = float(_one(rng, [4.0, 4.25, 4.5, 4.5, 4.75, 5.0]))
        sold = min(bars, int(rng.binomial(bars, sell)))
        if day > pd.Timestamp("2024-09-15"):
            sold = int(rng.integers(0, 3))
        rows.append(
            {
                "Batch #": f"S-{i + 101:04d}",
                "Date Made": f"{day:%m/%d/%Y}",
                "Recipe": recipe,
                "Oils": oils,
                "Lye (g)": round(float(rng.normal(138, 10))),
                "Superfat %": int(rng.integers(slo, shi + 1)),
                "Bars Cut": bars,
                "Bar Wt": f"{weight:g} oz",
                "Cure (wks)": int(_one(rng, [4, 4, 5, 6, 6, 8])),
                "Sold": sold,
                "Price/Bar": f"${price + float(_one(rng, [0, 0, 0, 0.5])):.2f}",
            }
        )
    return pd.DataFrame(rows)


def _sp_weight(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Bar Wt").str.extract(r"([\d.]+)")[0], errors="coerce")


def _sp_best_sold(df: pd.DataFrame) -> str:
    return _top(_num(df, "Sold").groupby(_text(df, "Recipe")).sum())


def _sp_best_rate(df: pd.DataFrame) -> str:
    g = df.assign(r=_text(df, "Recipe")).groupby("r")
    return _top(g["Sold"].sum() / g["Bars Cut"].sum())


_SP_QS = [
    Q("how many bars have i cut altogether", _count(lambda df: int(_num(df, "Bars Cut").sum())), ("Bars Cut",)),
    Q("which soap sells best", _any_named(_sp_best_sold, _sp_best_rate), ("Recipe", "Sold", "Bars Cut")),
    Q("whats a typical bar weigh", _typical(_sp_weight), ("Bar Wt",)),
    Q(
        "how much money have i made selling bars",
        _amount(lambda df: float((_num(df, "Sold") * _num(df, "Price/Bar")).sum())),
        ("Sold", "Price/Bar"),
    ),
    Q(
        "average superfat on the recipes that use palm",
        _about(lambda df: float(_num(df, "Superfat %")[_text(df, "Oils").str.contains("Palm")].mean())),
        ("Superfat %", "Oils"),
    ),
    Q(
        "how many bars are still unsold",
        _count(lambda df: int((_num(df, "Bars Cut") - _num(df, "Sold")).sum())),
        ("Bars Cut", "Sold"),
    ),
]


# --- 3. Tire shop sales --------------------------------------------------------------------------------------------

_TS_SIZES = {"225/65R17": 6, "215/55R17": 4, "235/65R18": 3, "205/55R16": 5, "265/70R17": 3, "245/60R18": 2}
_TS_SIZES |= {"195/65R15": 2, "275/55R20": 2, "225/45R18": 1}
# brand: price multiplier
_TS_BRANDS = {"Michelin": 1.35, "Goodyear": 1.15, "BFGoodrich": 1.2, "Cooper": 0.95, "Firestone": 1.0}
_TS_BRANDS |= {"General": 0.85, "Hankook": 0.8}
_TS_TECHS = ["Marcus", "Dale", "Jorge", "Kyle", "Tanya"]


def _tire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30903)
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(_days(pd.Timestamp("2024-01-02"), 360, rng, 1100)):
        size = str(_one(rng, list(_TS_SIZES), list(_TS_SIZES.values())))
        brand = str(_one(rng, list(_TS_BRANDS), [3, 3, 2, 3, 3, 2, 3]))
        winter = day.month in (10, 11, 12, 1)
        season = str(_one(rng, ["All-Season", "Winter", "Summer", "All-Terrain"], [6, 4 if winter else 0.5, 1, 2]))
        if season == "All-Terrain" and rng.random() < 0.7:
            size = "265/70R17"
        qty = int(_one(rng, [1, 2, 4], [2, 4, 6]))
        rim = int(size[-2:])
        price = round((rim - 10) * 19 * _TS_BRANDS[brand] * float(rng.normal(1, 0.04)), 0) - 0.01
        hazard = rng.random() < (0.55 if season == "Winter" else 0.35)
        rows.append(
            {
                "Invoice #": f"INV-{10001 + i}",
                "Date": f"{day:%Y-%m-%d}",
                "Tire Size": size,
                "Brand": brand,
                "Season": season,
                "Qty": qty,
                "Unit Price": f"${price:,.2f}",
                "Install/Balance": f"${qty * 25:.2f}",
                "Road Hazard": "Y" if hazard else "N",
                "Tech": str(_one(rng, _TS_TECHS, [4, 3, 3, 2, 1])),
            }
        )
    return pd.DataFrame(rows)


def _ts_hazard(season: str | None) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        keep = _text(df, "Season") == season if season else pd.Series(True, index=df.index)
        return float((_text(df, "Road Hazard")[keep] == "Y").mean())

    return value


_TS_QS = [
    Q(
        "what tire size do we sell the most",
        _any_named(
            lambda df: _top(_num(df, "Qty").groupby(_text(df, "Tire Size")).sum()),
            lambda df: _top(_text(df, "Tire Size").value_counts()),
        ),
        ("Tire Size", "Qty"),
    ),
    Q("how many tires did we sell this year", _count(lambda df: int(_num(df, "Qty").sum())), ("Qty",)),
    Q(
        "total sales including install fees",
        _amount(lambda df: float((_num(df, "Qty") * _num(df, "Unit Price") + _num(df, "Install/Balance")).sum())),
        ("Qty", "Unit Price", "Install/Balance"),
    ),
    Q("what % of customers take the road hazard warranty", _share(_ts_hazard(None)), ("Road Hazard",)),
    Q("and on winter tires?", _share(_ts_hazard("Winter")), ("Road Hazard", "Season")),
    Q(
        "which tech did the most installs",
        _any_named(
            lambda df: _top(_num(df, "Qty").groupby(_text(df, "Tech")).sum()),
            lambda df: _top(_text(df, "Tech").value_counts()),
        ),
        ("Tech", "Qty", "Invoice #"),
    ),
]


# --- 4. Irrigation water orders ------------------------------------------------------------------------------------

# crop: acre-feet per order range, share of orders
_IR_CROPS = {"ALFALFA": ((20, 60), 5), "CORN": ((15, 45), 4), "ONIONS": ((8, 25), 2)}
_IR_CROPS |= {"SUGAR BEETS": ((15, 40), 3), "PASTURE": ((5, 20), 2)}
# canal: delivery efficiency, headgates
_IR_CANALS = {"North Main": (0.96, "HG-01;HG-02A;HG-03;HG-05B;HG-07"), "South Lateral": (0.88, "HG-11;HG-12;HG-14A")}
_IR_CANALS |= {"Dry Creek Ditch": (0.8, "HG-21;HG-22;HG-23B"), "West Branch": (0.92, "HG-31;HG-33;HG-34")}
_IR_GROWERS = ["MILLER FARMS LLC", "J & R CATTLE CO", "HANSEN BROS", "VALLEY VIEW DAIRY", "OKADA FARMS"]
_IR_GROWERS += ["SCHULTZ, DEAN", "RIVERBEND ORCHARDS", "PETERSEN RANCH", "BLUE SKY SEED", "GARZA, MARIA"]


def _irrigation_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30904)
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(_days(pd.Timestamp("2023-04-10"), 170, rng, 620)):
        canal = str(_one(rng, list(_IR_CANALS), [5, 3, 2, 3]))
        eff, gates = _IR_CANALS[canal]
        crop = str(_one(rng, list(_IR_CROPS), [w for _, w in _IR_CROPS.values()]))
        lo, hi = _IR_CROPS[crop][0]
        ordered = round(float(rng.uniform(lo, hi)), 1)
        start = day + pd.Timedelta(days=int(rng.integers(1, 5)))
        stop = start + pd.Timedelta(days=int(rng.integers(1, 8)))
        status = _one(rng, ["done", "cancelled", "open"], [92, 5, 3])
        if day > pd.Timestamp("2023-09-20"):
            status = "open" if rng.random() < 0.5 else status
        delivered = round(min(ordered * 1.05, ordered * eff * float(rng.normal(1, 0.05))), 1)
        rows.append(
            {
                "Order No": f"23-{i + 1:04d}",
                "Headgate": str(_one(rng, gates.split(";"))),
                "Grower": str(_one(rng, _IR_GROWERS)),
                "Crop": crop,
                "Canal": canal,
                "Order Date": f"{day.month}/{day.day:02d}/{day.year}",
                "Start Date": f"{start.month}/{start.day:02d}/{start.year}",
                "Stop Date": f"{stop.month}/{stop.day:02d}/{stop.year}" if status != "cancelled" else "",
                "AF Ordered": ordered,
                "AF Delivered": delivered if status == "done" else None,
            }
        )
    return pd.DataFrame(rows)


def _ir_pct(df: pd.DataFrame, all_orders: bool) -> float:
    got = _num(df, "AF Delivered")
    ordered = _num(df, "AF Ordered") if all_orders else _num(df, "AF Ordered")[got.notna()]
    return float(got.sum() / ordered.sum())


def _ir_short(df: pd.DataFrame, per_order: bool) -> str:
    got = _num(df, "AF Delivered")
    gap = (_num(df, "AF Ordered") - got)[got.notna()]
    by = gap.groupby(_text(df, "Canal")[got.notna()])
    return _top(by.mean() if per_order else by.sum())


def _ir_run(df: pd.DataFrame) -> pd.Series:
    days = (_when(df, "Stop Date", "%m/%d/%Y") - _when(df, "Start Date", "%m/%d/%Y")).dt.days
    return days.dropna()


_IR_QS = [
    Q(
        "how much water got delivered this season",
        _amount(lambda df: float(_num(df, "AF Delivered").sum())),
        ("AF Delivered",),
    ),
    Q(
        "which crop used the most water",
        _any_named(
            lambda df: _top(_num(df, "AF Delivered").groupby(_text(df, "Crop")).sum()),
            lambda df: _top(_num(df, "AF Ordered").groupby(_text(df, "Crop")).sum()),
        ),
        ("Crop", "AF Delivered", "AF Ordered"),
    ),
    Q(
        "what percent of the water ordered actually got delivered",
        either(_share(lambda df: _ir_pct(df, False)), _share(lambda df: _ir_pct(df, True))),
        ("AF Ordered", "AF Delivered"),
    ),
    Q(
        "which canal comes up shortest on deliveries",
        _any_named(lambda df: _ir_short(df, False), lambda df: _ir_short(df, True)),
        ("Canal", "AF Ordered", "AF Delivered"),
    ),
    Q(
        "how many orders have no delivery recorded",
        _count(lambda df: int(_num(df, "AF Delivered").isna().sum())),
        ("AF Delivered", "Order No"),
    ),
    Q(
        "how long does a typical water run last, in days",
        either(_typical(_ir_run), _typical(lambda df: _ir_run(df) + 1)),
        ("Start Date", "Stop Date"),
    ),
]


# --- 5. Feedlot pen weigh-ins --------------------------------------------------------------------------------------

# ration: average daily gain (lbs)
_FL_RATIONS = {"STARTER": 2.6, "GROWER": 3.3, "FINISHER": 3.9}


def _feedlot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30905)
    rows: list[dict[str, Any]] = []
    for lot in range(60):
        placed = pd.Timestamp("2024-01-03") + pd.Timedelta(days=int(rng.integers(0, 200)))
        pen = f"P-{int(rng.integers(1, 19)):02d}"
        head = int(rng.integers(80, 260))
        in_wt = int(rng.normal(640, 70))
        adg_lot = float(rng.normal(0, 0.25))
        weight = float(in_wt)
        for k in range(1, int(rng.integers(4, 9))):
            dof = 28 * k
            ration = "STARTER" if dof <= 28 else "GROWER" if dof <= 84 else "FINISHER"
            weight += 28 * (_FL_RATIONS[ration] + adg_lot + float(rng.normal(0, 0.3)))
            deads = int(rng.poisson(0.5 if k == 1 else 0.2))
            head -= deads
            rows.append(
                {
                    "Pen": pen,
                    "Lot": f"L24{lot + 1:02d}",
                    "Weigh Date": f"{placed + pd.Timedelta(days=dof):%Y-%m-%d}",
                    "Head": head,
                    "In Wt": in_wt,
                    "Cur Wt": round(weight),
                    "DOF": dof,
                    "Ration": ration,
                    "Deads": deads,
                    "Pulls": int(rng.poisson(2.0 if k <= 2 else 0.7)),
                }
            )
    return pd.DataFrame(rows)


def _fl_adg(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "Cur Wt") - _num(df, "In Wt")) / _num(df, "DOF")


_FL_QS = [
    Q("how many lots are on here", _count(lambda df: int(_text(df, "Lot").nunique())), ("Lot",)),
    Q("whats the average daily gain", _typical(_fl_adg), ("Cur Wt", "In Wt", "DOF")),
    Q(
        "which ration puts on weight fastest",
        _lead(_named(lambda df: _top(_fl_adg(df).groupby(_text(df, "Ration")).mean()))),
        ("Ration", "Cur Wt", "In Wt", "DOF"),
    ),
    Q("how many head died in total", _count(lambda df: int(_num(df, "Deads").sum())), ("Deads",)),
    Q(
        "is days on feed correlated with weight",
        _corr(lambda d: _num(d, "DOF"), lambda d: _num(d, "Cur Wt")),
        ("DOF", "Cur Wt"),
    ),
    Q(
        "which pen had the most pulls",
        _lead(_named(lambda df: _top(_num(df, "Pulls").groupby(_text(df, "Pen")).sum()))),
        ("Pen", "Pulls"),
    ),
]


# --- 6. Trout stocking report --------------------------------------------------------------------------------------

# water body: county
_TR_WATERS = {"LAKE GRANBY": "Grand", "WILLOW CREEK RES": "Grand", "FRASER RIVER": "Grand", "RUEDI RES": "Eagle"}
_TR_WATERS |= {"EAGLE RIVER": "Eagle", "SYLVAN LAKE": "Eagle", "BLUE MESA RES": "Gunnison", "TAYLOR RIVER": "Gunnison"}
_TR_WATERS |= {"CRAWFORD POND": "Gunnison", "DILLON RES": "Summit", "GREEN MOUNTAIN RES": "Summit"}
_TR_WATERS |= {"CHATFIELD RES": "Jefferson", "EVERGREEN LAKE": "Jefferson", "CLEAR CREEK": "Clear Creek"}
# species: weight, length range (in), fingerling chance
_TR_SPECIES = {"Rainbow": (10, (9, 12), 0.15), "Brown": (3, (7, 11), 0.3), "Brook": (2, (6, 9), 0.2)}
_TR_SPECIES |= {"Cutthroat": (2, (6, 10), 0.35), "Tiger": (1, (8, 11), 0.1)}
_TR_HATCHERIES = ["Mt. Shavano", "Rifle Falls", "Glenwood Springs", "Bellvue", "Chalk Cliffs"]


def _trout_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30906)
    rows: list[dict[str, Any]] = []
    season = [pd.Timestamp("2023-03-20") + pd.Timedelta(days=int(d)) for d in rng.gamma(6, 22, size=520)]
    for day in sorted(d for d in season if d.year == 2023):
        water = str(_one(rng, list(_TR_WATERS)))
        species = str(_one(rng, list(_TR_SPECIES), [w for w, _, _ in _TR_SPECIES.values()]))
        _, (lo, hi), fry = _TR_SPECIES[species]
        small = rng.random() < fry
        number = int(rng.integers(20, 150)) * 250 if small else int(rng.integers(4, 60)) * 50
        rows.append(
            {
                "Water Body": water,
                "County": _TR_WATERS[water],
                "Species": species,
                "Number Stocked": f"{number:,}",
                "Avg Length (in)": "N/A" if small else f"{float(rng.uniform(lo, hi)):.1f}",
                "Stock Date": f"{day:%m/%d/%Y}",
                "Hatchery": str(_one(rng, _TR_HATCHERIES, [4, 3, 2, 2, 1])),
            }
        )
    return pd.DataFrame(rows)


def _tr_number(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Number Stocked")


def _tr_brown_length(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        keep = (_text(df, "Species") == "Brown") & _num(df, "Avg Length (in)").notna()
        length, n = _num(df, "Avg Length (in)")[keep], _tr_number(df)[keep]
        return float((length * n).sum() / n.sum()) if weighted else float(length.mean())

    return value


def _tr_month(by_fish: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        month = _when(df, "Stock Date", "%m/%d/%Y").dt.month
        scores = _tr_number(df).groupby(month).sum() if by_fish else month.value_counts()
        return int(scores.sort_index().idxmax())

    return value


_TR_QS = [
    Q("how many fish were stocked in total", _count(lambda df: int(_tr_number(df).sum())), ("Number Stocked",)),
    Q(
        "which county got the most fish",
        _lead(_named(lambda df: _top(_tr_number(df).groupby(_text(df, "County")).sum()))),
        ("County", "Number Stocked"),
    ),
    Q(
        "what share of the fish were rainbows",
        either(
            _share(lambda df: float(_tr_number(df)[_text(df, "Species") == "Rainbow"].sum() / _tr_number(df).sum())),
            _share(lambda df: float((_text(df, "Species") == "Rainbow").mean())),
        ),
        ("Species", "Number Stocked"),
    ),
    Q(
        "how long are the brown trout on average",
        either(_about(_tr_brown_length(False)), _about(_tr_brown_length(True))),
        ("Species", "Avg Length (in)"),
    ),
    Q(
        "what month do they stock the most",
        either(_month_word(_tr_month(True)), _month_word(_tr_month(False))),
        ("Stock Date", "Number Stocked"),
    ),
    Q(
        "how many different waters got browns",
        _count(lambda df: int(_text(df, "Water Body")[_text(df, "Species") == "Brown"].nunique())),
        ("Water Body", "Species"),
    ),
]


# --- 7. Snowboard rental counter log -------------------------------------------------------------------------------

# level: share, day price, damage chance
_SB_LEVELS = {"Beginner": (5, 45.0, 0.09), "Intermediate": (3, 52.0, 0.05), "Advanced": (1, 60.0, 0.04)}


def _snowboard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30907)
    rows: list[dict[str, Any]] = []
    days = [pd.Timestamp("2023-11-22") + pd.Timedelta(days=int(d)) for d in rng.integers(0, 140, size=1500)]
    counter: dict[str, int] = {}
    for day in sorted(days):
        level = str(_one(rng, list(_SB_LEVELS), [w for w, _, _ in _SB_LEVELS.values()]))
        _, price, damage = _SB_LEVELS[level]
        boot = float(np.clip(round(float(rng.normal(9.5, 1.8)) * 2) / 2, 4, 14))
        length = int(
            np.clip(round(float(128 + 2.6 * boot + rng.normal(0, 4) + (3 if level == "Advanced" else 0))), 120, 166)
        )
        rental_days = int(_one(rng, [1, 2, 3, 4, 5], [10, 5, 3, 1, 1]))
        key = f"{day:%y%m%d}"
        counter[key] = counter.get(key, 0) + 1
        fee = float(_one(rng, [25.0, 40.0, 75.0, 150.0], [5, 3, 2, 1])) if rng.random() < damage else None
        rows.append(
            {
                "Rental ID": f"R-{key}-{counter[key]:02d}",
                "Date Out": f"{day:%Y-%m-%d}",
                "Board Length (cm)": length,
                "Boot Size": boot,
                "Stance": "Goofy" if rng.random() < 0.3 else "Regular",
                "Rider Level": level,
                "Rental Days": rental_days,
                "Price": f"${price * rental_days * (0.9 if rental_days >= 3 else 1):.2f}",
                "Damage Fee": f"${fee:.2f}" if fee else "",
                "Returned Late": "Y" if rng.random() < 0.07 else "N",
            }
        )
    return pd.DataFrame(rows)


def _sb_length(level: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Board Length (cm)")[_text(df, "Rider Level") == level].mean())


def _sb_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _when(df, "Date Out", "%Y-%m-%d").dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


_SB_QS = [
    Q("what % of riders are goofy", _share(lambda df: float((_text(df, "Stance") == "Goofy").mean())), ("Stance",)),
    Q(
        "avg board length for beginners vs advanced",
        _about(lambda df: [_sb_length("Beginner")(df), _sb_length("Advanced")(df)]),
        ("Board Length (cm)", "Rider Level"),
    ),
    Q("how many came back late", _count(lambda df: int((_text(df, "Returned Late") == "Y").sum())), ("Returned Late",)),
    Q(
        "how much have we collected in damage fees",
        _amount(lambda df: float(_num(df, "Damage Fee").sum())),
        ("Damage Fee",),
    ),
    Q(
        "do bigger boots go with longer boards",
        _corr(lambda d: _num(d, "Boot Size"), lambda d: _num(d, "Board Length (cm)")),
        ("Boot Size", "Board Length (cm)"),
    ),
    Q("which month was busiest", _month_year(_sb_month), ("Date Out", "Rental ID")),
]


HELDOUT309 = [
    Dataset("candle_pour_log", _candle_frame, _CD_QS),
    Dataset("soap_batch_sheet", _soap_frame, _SP_QS),
    Dataset("tire_shop_sales", _tire_frame, _TS_QS),
    Dataset("irrigation_water_orders", _irrigation_frame, _IR_QS),
    Dataset("feedlot_pen_weighins", _feedlot_frame, _FL_QS),
    Dataset("trout_stocking_report", _trout_frame, _TR_QS),
    Dataset("snowboard_rental_log", _snowboard_frame, _SB_QS),
]
