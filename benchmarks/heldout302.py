"""HELDOUT302: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a craft distillery's barrel
inventory (fills from 2016 to 2023, one row per barrel) with "Barrel ID" as "BRB-2019-0142" (the prefix BRB, RYE or
WHT by spirit), "Fill Date" as "2019-03-14", Spirit (Bourbon, Rye, Wheat Whiskey), "Entry Proof" as "125.0", "Fill
Gallons" as "53.1", Warehouse (A to D), Floor (1 to 6), and "Dump Date", "Dump Gallons" and "Dump Proof" (all three
blank while the barrel is still aging; upper floors lose more and gain more proof); a cidery's batch log (2019 to
2024 seasons, one row per batch) with "Batch No" as "CB-0001", "Press Date" as "10/14/2021", "Apple Blend" as
"Dabinett/Kingston Black", "Gallons Pressed", "Starting Gravity" as "1.058", "Final Gravity" as "0.998" (blank while
fermenting), ABV as "7.9%" (blank while fermenting, else from the two gravities), Yeast (EC-1118, WLP775, 71B,
Wild), "Days Fermenting" (days so far for a batch still fermenting) and "Bottled Date" as "12/02/2021" (blank until
bottled); a kombucha brewer's wholesale order lines (2023 and 2024, several lines per order) with "Order #" as
"SO-10234" (repeated across an order's lines), "Order Date" as "2024-03-05", upper-case Account, Flavor, Kegs and
Cases (a line is either kegs or cases, the other 0), "Unit Price" as "$135.00" a keg or "$34.00" a case ("$36.00" in
2024), "Delivered Date" (blank if not yet delivered) and "Paid" (Y/N); a farmstead cheese maker's make sheets (2022
to 2024, one row per make) with "Make Date" as "2022-03-14", Cheese (Cheddar, Gouda, Tomme, Chevre, Feta,
Camembert), "Milk (gal)", "Milk Source" (Cow, Goat, Sheep), "Yield (lb)", "Salt (lb)", "Aging Days" (blank for fresh
chevre) and Wheels (0 for chevre, which goes in tubs); a fish hatchery's weekly raceway log (2023, one row per
raceway per week) with Date as "01/02/2023", Raceway as "R01" to "R12", Species (Rainbow Trout, Brown Trout, Brook
Trout), "Fish Count" (falling by the week's mortalities), "Avg Weight (g)", "Feed (kg)", Mortalities (more in warm
weeks), "Water Temp (C)" and "DO (mg/L)" (blank when the probe was down); a maple sugarhouse's boil log (2015 to
2024 seasons, February to April) with Date as "3/12/2024", "Sap (gal)", "Syrup (gal)" (about sap times sugar over
86), Grade (Golden, Amber, Dark, Very Dark; darker late in the season), "Sugar %" as "2.1%", "Wood (cords)" and
"Boil Hours"; and a state agriculture department's nursery inspection file (public data, 2020 to 2024, one row per
inspection, nurseries inspected again) with INSPECTION_DATE as "2023-04-18", upper-case NURSERY_NAME, COUNTY and
LICENSE_TYPE (NURSERY GROWER, NURSERY DEALER, STOCK DEALER), PLANTS_INSPECTED, PESTS_FOUND (Y/N), PEST_NAME (blank
when none found), STOP_SALE (Y/N) and INSPECTOR as "J. MORALES". All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one


def _means_or_medians(values: Callable[[pd.DataFrame], pd.Series], by: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Every group's mean, or every group's median."""
    return either(
        _about(lambda df: values(df).groupby(by(df)).mean().to_numpy()),
        _about(lambda df: values(df).groupby(by(df)).median().to_numpy()),
    )


def _pick_either(scores: Callable[[pd.DataFrame], tuple[pd.Series, pd.Series]], lowest: bool = False) -> Check:
    """The top (or bottom) label by either of two scorings (mean and median)."""
    return either(
        _lead(_named(lambda df: _top(scores(df)[0], lowest))),
        _lead(_named(lambda df: _top(scores(df)[1], lowest))),
    )


def _ratio(num: Callable[[pd.DataFrame], pd.Series], den: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """A ratio as the ratio of totals or the mean or median of the row ratios (2%)."""
    return either(
        has(lambda df: float(num(df).sum() / den(df).sum()), rel=0.02),
        has(lambda df: float((num(df) / den(df)).mean()), rel=0.02),
        has(lambda df: float((num(df) / den(df)).median()), rel=0.02),
    )


def _group_ratios(num: Callable[[pd.DataFrame], pd.Series], den: Callable[[pd.DataFrame], pd.Series], by: str) -> Check:
    """Every group's ratio, as the ratio of its totals or the mean or median of its row ratios (2%)."""

    def ratios(df: pd.DataFrame, how: str) -> Any:
        g = _text(df, by)
        if how == "sum":
            return (num(df).groupby(g).sum() / den(df).groupby(g).sum()).to_numpy()
        return (num(df) / den(df)).groupby(g).agg(how).to_numpy()

    return either(*(has(lambda df, h=h: ratios(df, h), rel=0.02) for h in ("sum", "mean", "median")))


# --- 1. Distillery barrel inventory --------------------------------------------------------------------------------

_BR_SPIRITS = {"Bourbon": ("BRB", 125.0), "Rye": ("RYE", 115.0), "Wheat Whiskey": ("WHT", 110.0)}


def _barrel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30201)
    rows: list[dict[str, Any]] = []
    serial = {code: 0 for code, _ in _BR_SPIRITS.values()}
    fills = sorted(pd.Timestamp("2016-01-04") + pd.Timedelta(days=int(d)) for d in rng.integers(0, 2900, size=1400))
    weights = {2016: 2, 2017: 3, 2018: 4, 2019: 5, 2020: 3, 2021: 6, 2022: 5, 2023: 4}
    for fill in fills:
        if rng.random() > weights[fill.year] / 6:
            continue
        spirit = str(_one(rng, list(_BR_SPIRITS), [6, 3, 1]))
        code, proof = _BR_SPIRITS[spirit]
        serial[code] += 1
        entry = round(proof + float(rng.choice([0.0, 0.0, -2.5, 2.5])), 1)
        gallons = round(float(rng.uniform(52.6, 53.4)), 1)
        house = str(_one(rng, ["A", "B", "C", "D"], [3, 4, 2, 2]))
        floor = int(rng.integers(1, 7))
        age_days = (pd.Timestamp("2024-06-30") - fill).days
        dumped = age_days > 4 * 365 and rng.random() < min(0.95, (age_days / 365 - 3.5) / 3)
        row: dict[str, Any] = {
            "Barrel ID": f"{code}-{fill.year}-{serial[code]:04d}",
            "Fill Date": f"{fill:%Y-%m-%d}",
            "Spirit": spirit,
            "Entry Proof": entry,
            "Fill Gallons": gallons,
            "Warehouse": house,
            "Floor": floor,
            "Dump Date": "",
            "Dump Gallons": np.nan,
            "Dump Proof": np.nan,
        }
        if dumped:
            held = int(rng.integers(4 * 365, min(age_days, 7 * 365) + 1))
            years = held / 365
            loss = years * (1.6 + 0.35 * floor) * float(rng.uniform(0.8, 1.2))
            gain = years * (0.8 + 0.9 * floor) * float(rng.uniform(0.6, 1.4))
            row["Dump Date"] = f"{fill + pd.Timedelta(days=held):%Y-%m-%d}"
            row["Dump Gallons"] = round(gallons - loss, 1)
            row["Dump Proof"] = round(entry + gain, 1)
        rows.append(row)
    return pd.DataFrame(rows)


def _br_aging(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Dump Date") == ""


def _br_dumped(df: pd.DataFrame) -> pd.DataFrame:
    return df[~_br_aging(df)]


_BR_QS = [
    Q(
        "how many barrels are still aging",
        _count(lambda df: int(_br_aging(df).sum())),
        ("Dump Date", "Dump Gallons", "Dump Proof", "Barrel ID"),
    ),
    Q(
        "which warehouse has the most of those",
        _lead(_named(lambda df: _top(_text(df, "Warehouse")[_br_aging(df)].value_counts()))),
        ("Warehouse", "Dump Date", "Dump Gallons", "Dump Proof", "Barrel ID"),
    ),
    Q(
        "whats the usual entry proof for rye",
        _typical(lambda df: df["Entry Proof"][_text(df, "Spirit") == "Rye"].astype(float)),
        ("Entry Proof", "Spirit"),
    ),
    Q(
        "on average how many gallons do we lose per barrel by the time we dump it",
        _typical(lambda df: (_br_dumped(df)["Fill Gallons"] - _br_dumped(df)["Dump Gallons"]).astype(float)),
        ("Fill Gallons", "Dump Gallons", "Dump Date"),
    ),
    Q(
        "does the floor affect how much the proof goes up",
        _corr(
            lambda df: _br_dumped(df)["Floor"].astype(float),
            lambda df: (_br_dumped(df)["Dump Proof"] - _br_dumped(df)["Entry Proof"]).astype(float),
        ),
        ("Floor", "Entry Proof", "Dump Proof"),
    ),
    Q(
        "what year did we fill the most barrels",
        _lead(_year(lambda df: int(pd.to_datetime(df["Fill Date"]).dt.year.value_counts().idxmax()))),
        ("Fill Date", "Barrel ID"),
    ),
]


# --- 2. Cidery batch log -------------------------------------------------------------------------------------------

_CB_BLENDS = [
    "Dabinett/Kingston Black",
    "McIntosh/Cortland",
    "Golden Russet",
    "Northern Spy/Baldwin",
    "Wickson/Dabinett",
    "Honeycrisp/Gala",
]
# yeast: usual days fermenting, attenuation (share of sugar eaten)
_CB_YEAST = {"EC-1118": (16, 1.0), "WLP775": (24, 0.97), "71B": (21, 0.93), "Wild": (45, 0.95)}


def _cider_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30202)
    rows: list[dict[str, Any]] = []
    n = 0
    for season in range(2019, 2025):
        days = sorted(int(d) for d in rng.integers(0, 75, size=int(rng.integers(55, 80))))
        for d in days:
            n += 1
            press = pd.Timestamp(season, 9, 15) + pd.Timedelta(days=d)
            yeast = str(_one(rng, list(_CB_YEAST), [5, 3, 2, 2]))
            usual, atten = _CB_YEAST[yeast]
            sg = round(float(rng.uniform(1.044, 1.068)), 3)
            fg = round(1.0 + (sg - 1.0) * (1 - atten) - float(rng.uniform(0.0, 0.004)), 3)
            ferm = max(7, int(usual * float(rng.uniform(0.75, 1.3))))
            done = press + pd.Timedelta(days=ferm)
            finished = done < pd.Timestamp("2024-11-01")
            bottled = done + pd.Timedelta(days=int(rng.integers(5, 40)))
            rows.append(
                {
                    "Batch No": f"CB-{n:04d}",
                    "Press Date": f"{press:%m/%d/%Y}",
                    "Apple Blend": str(_one(rng, _CB_BLENDS, [3, 4, 1, 2, 1, 3])),
                    "Gallons Pressed": int(_one(rng, [60, 120, 120, 240, 300, 500], [2, 4, 4, 3, 2, 1])),
                    "Starting Gravity": f"{sg:.3f}",
                    "Final Gravity": f"{fg:.3f}" if finished else "",
                    "ABV": f"{(sg - fg) * 131.25:.1f}%" if finished else "",
                    "Yeast": yeast,
                    "Days Fermenting": ferm if finished else int((pd.Timestamp("2024-11-01") - press).days),
                    "Bottled Date": f"{bottled:%m/%d/%Y}" if bottled < pd.Timestamp("2024-11-01") else "",
                }
            )
    return pd.DataFrame(rows)


def _cb_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Press Date"], format="%m/%d/%Y").dt.year


_CB_QS = [
    Q("how many batches did we press in 2023", _count(lambda df: int((_cb_year(df) == 2023).sum())), ("Press Date",)),
    Q(
        "and how many gallons was that",
        _amount(lambda df: float(df["Gallons Pressed"][_cb_year(df) == 2023].sum())),
        ("Gallons Pressed", "Press Date"),
    ),
    Q(
        "average abv for each yeast",
        _means_or_medians(lambda df: _num(df, "ABV"), lambda df: _text(df, "Yeast")),
        ("ABV", "Yeast"),
    ),
    Q(
        "which yeast finishes fastest",
        _pick_either(
            lambda df: (
                df["Days Fermenting"][_text(df, "Final Gravity") != ""].groupby(_text(df, "Yeast")).mean(),
                df["Days Fermenting"][_text(df, "Final Gravity") != ""].groupby(_text(df, "Yeast")).median(),
            ),
            lowest=True,
        ),
        ("Yeast", "Days Fermenting", "Final Gravity"),
    ),
    Q(
        "is higher starting gravity linked to stronger cider",
        _corr(lambda df: _num(df, "Starting Gravity"), lambda df: _num(df, "ABV")),
        ("Starting Gravity", "ABV"),
    ),
    Q(
        "how many batches haven't been bottled yet",
        _count(lambda df: int((_text(df, "Bottled Date") == "").sum())),
        ("Bottled Date", "Batch No"),
    ),
]


# --- 3. Kombucha wholesale order lines -----------------------------------------------------------------------------

_KB_ACCOUNTS = [
    "GREEN BEAN CAFE",
    "NATURAL GROCERS #112",
    "THE DAILY GRIND",
    "HARVEST CO-OP",
    "BLUE DOOR TAPROOM",
    "SUNRISE YOGA STUDIO",
    "MAIN ST MARKET",
    "CAMPUS DINING SVCS",
    "FARMHOUSE DELI",
    "RIVERSIDE BREWING",
]
_KB_FLAVORS = ["Ginger Lemon", "Hibiscus Rose", "Blueberry Basil", "Original", "Mango Chili", "Lavender Mint"]


def _kombucha_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30203)
    rows: list[dict[str, Any]] = []
    kegs_first = {a: bool(a.endswith(("TAPROOM", "BREWING", "CAFE", "SVCS"))) for a in _KB_ACCOUNTS}
    acct_w = [5, 4, 3, 8, 3, 1, 2, 4, 2, 3]
    days = sorted(pd.Timestamp("2023-01-02") + pd.Timedelta(days=int(d)) for d in rng.integers(0, 730, size=620))
    for k, day in enumerate(days):
        acct = str(_one(rng, _KB_ACCOUNTS, acct_w))
        delivered = day + pd.Timedelta(days=int(rng.integers(1, 9)))
        late = delivered > pd.Timestamp("2024-12-31")
        paid = "N" if (late or day > pd.Timestamp("2024-11-15")) else str(_one(rng, ["Y", "N"], [12, 1]))
        for flavor in rng.choice(
            _KB_FLAVORS, size=int(rng.integers(1, 4)), replace=False, p=[0.3, 0.2, 0.12, 0.2, 0.08, 0.1]
        ):
            keg = rng.random() < (0.75 if kegs_first[acct] else 0.1)
            qty = int(rng.integers(1, 4)) if keg else int(rng.integers(2, 16))
            rows.append(
                {
                    "Order #": f"SO-{10001 + k}",
                    "Order Date": f"{day:%Y-%m-%d}",
                    "Account": acct,
                    "Flavor": str(flavor),
                    "Kegs": qty if keg else 0,
                    "Cases": 0 if keg else qty,
                    "Unit Price": "$135.00" if keg else ("$34.00" if day.year == 2023 else "$36.00"),
                    "Delivered Date": "" if late else f"{delivered:%Y-%m-%d}",
                    "Paid": paid,
                }
            )
    return pd.DataFrame(rows)


def _kb_total(df: pd.DataFrame) -> pd.Series:
    return (df["Kegs"] + df["Cases"]) * _num(df, "Unit Price")


def _kb_days(df: pd.DataFrame) -> pd.Series:
    days = pd.to_datetime(df["Delivered Date"]) - pd.to_datetime(df["Order Date"])
    return days.dt.days.dropna()


def _kb_order_days(df: pd.DataFrame) -> pd.Series:
    first = df.drop_duplicates("Order #")
    return _kb_days(first)


_KB_QS = [
    Q(
        "whats our total wholesale revenue",
        _amount(lambda df: float(_kb_total(df).sum())),
        ("Kegs", "Cases", "Unit Price"),
    ),
    Q(
        "which account spends the most",
        _lead(_named(lambda df: _top(_kb_total(df).groupby(_text(df, "Account")).sum()))),
        ("Account", "Kegs", "Cases", "Unit Price"),
    ),
    Q(
        "which flavor sells the most cases",
        _lead(_named(lambda df: _top(df["Cases"].groupby(_text(df, "Flavor")).sum()))),
        ("Flavor", "Cases"),
    ),
    Q(
        "how many kegs went out in march 2024",
        either(
            _count(lambda df: int(df["Kegs"][pd.to_datetime(df["Order Date"]).dt.to_period("M") == "2024-03"].sum())),
            _count(
                lambda df: int(df["Kegs"][pd.to_datetime(df["Delivered Date"]).dt.to_period("M") == "2024-03"].sum())
            ),
        ),
        ("Kegs", "Order Date", "Delivered Date"),
    ),
    Q(
        "how long does delivery usually take",
        either(_typical(_kb_days), _typical(_kb_order_days)),
        ("Order Date", "Delivered Date", "Order #"),
    ),
    Q(
        "how much money is still unpaid",
        _amount(lambda df: float(_kb_total(df)[_text(df, "Paid") == "N"].sum())),
        ("Paid", "Kegs", "Cases", "Unit Price"),
    ),
]


# --- 4. Farmstead cheese make sheets -------------------------------------------------------------------------------

# cheese: milk source, yield fraction of milk weight, salt per lb of cheese, aging days range, lb per wheel
_CH_TYPES: dict[str, tuple[str, float, float, tuple[int, int] | None, float]] = {
    "Cheddar": ("Cow", 0.100, 0.025, (90, 365), 40.0),
    "Gouda": ("Cow", 0.105, 0.020, (60, 270), 10.0),
    "Camembert": ("Cow", 0.120, 0.015, (21, 45), 0.5),
    "Tomme": ("Sheep", 0.170, 0.022, (60, 180), 5.0),
    "Chevre": ("Goat", 0.140, 0.012, None, 0.0),
    "Feta": ("Goat", 0.135, 0.040, (30, 60), 2.0),
}


def _cheese_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30204)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2022-01-03", "2024-12-30"):
        if day.dayofweek in (5, 6) or rng.random() < 0.35:
            continue
        cheese = str(_one(rng, list(_CH_TYPES), [6, 4, 2, 2, 5, 3]))
        source, frac, salt, aging, wheel = _CH_TYPES[cheese]
        if source == "Sheep" and day.month not in (3, 4, 5, 6, 7, 8, 9):
            cheese, (source, frac, salt, aging, wheel) = "Cheddar", _CH_TYPES["Cheddar"]
        milk = int(rng.integers(60, 200) if source != "Cow" else rng.integers(150, 500))
        lbs = round(milk * 8.6 * frac * float(rng.normal(1, 0.05)), 1)
        rows.append(
            {
                "Make Date": f"{day:%Y-%m-%d}",
                "Cheese": cheese,
                "Milk (gal)": milk,
                "Milk Source": source,
                "Yield (lb)": lbs,
                "Salt (lb)": round(lbs * salt * float(rng.uniform(0.85, 1.15)), 2),
                "Aging Days": int(rng.integers(aging[0], aging[1] + 1)) if aging else np.nan,
                "Wheels": round(lbs / wheel) if wheel else 0,
            }
        )
    return pd.DataFrame(rows)


_CH_QS = [
    Q("how many makes are in here", _count(len), ("Make Date",)),
    Q(
        "which cheese do we make most often",
        _lead(_named(lambda df: _top(_text(df, "Cheese").value_counts()))),
        ("Cheese",),
    ),
    Q(
        "how many pounds of gouda did we make in 2023",
        _about(
            lambda df: float(
                df["Yield (lb)"][
                    (_text(df, "Cheese") == "Gouda") & (pd.to_datetime(df["Make Date"]).dt.year == 2023)
                ].sum()
            ),
            rel=0.005,
        ),
        ("Yield (lb)", "Cheese", "Make Date"),
    ),
    Q(
        "pounds of cheese per gallon of milk for cow vs goat vs sheep?",
        _group_ratios(
            lambda df: df["Yield (lb)"].astype(float), lambda df: df["Milk (gal)"].astype(float), "Milk Source"
        ),
        ("Yield (lb)", "Milk (gal)", "Milk Source"),
    ),
    Q(
        "how long do we age the cheddar on average",
        _typical(lambda df: df["Aging Days"][_text(df, "Cheese") == "Cheddar"].astype(float)),
        ("Aging Days", "Cheese"),
    ),
    Q(
        "how many makes have no aging time recorded",
        _count(lambda df: int(df["Aging Days"].isna().sum())),
        ("Aging Days",),
    ),
]


# --- 5. Fish hatchery weekly raceway log ---------------------------------------------------------------------------


def _hatchery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30205)
    species = ["Rainbow Trout"] * 6 + ["Brown Trout"] * 4 + ["Brook Trout"] * 2
    rows: list[dict[str, Any]] = []
    for r in range(12):
        sp = species[r]
        count = int(rng.integers(8000, 15000))
        weight = float(rng.uniform(2, 6))
        frail = float(rng.uniform(0.6, 1.6))
        for day in pd.date_range("2023-01-02", periods=52, freq="7D"):
            temp = 10.5 + 4.5 * np.sin((day.dayofyear - 110) / 365 * 2 * np.pi) + float(rng.normal(0, 0.6))
            temp += 0.8 if r >= 8 else 0.0
            do = 11.8 - 0.25 * temp + float(rng.normal(0, 0.3))
            rate = 0.0008 * frail * np.exp(0.22 * (temp - 10)) * (1.4 if sp == "Brook Trout" else 1.0)
            dead = int(rng.poisson(count * rate))
            weight *= 1 + 0.012 * max(temp - 4, 0) * float(rng.uniform(0.8, 1.1))
            feed = count * weight / 1000 * 0.015 * 7 * float(rng.uniform(0.9, 1.1))
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Raceway": f"R{r + 1:02d}",
                    "Species": sp,
                    "Fish Count": count,
                    "Avg Weight (g)": round(weight, 1),
                    "Feed (kg)": round(feed, 1),
                    "Mortalities": dead,
                    "Water Temp (C)": round(temp, 1),
                    "DO (mg/L)": round(do, 1) if rng.random() > 0.06 else np.nan,
                }
            )
            count -= dead
    df = pd.DataFrame(rows)
    return df.iloc[pd.to_datetime(df["Date"]).argsort(kind="stable")].reset_index(drop=True)


def _hf_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.month


_HF_QS = [
    Q("how many fish died in total", _count(lambda df: int(df["Mortalities"].sum())), ("Mortalities",)),
    Q(
        "which raceway lost the most",
        _lead(_named(lambda df: _top(df["Mortalities"].groupby(_text(df, "Raceway")).sum()))),
        ("Raceway", "Mortalities"),
    ),
    Q(
        "whats the average water temp in july",
        _about(lambda df: float(df["Water Temp (C)"][_hf_month(df) == 7].mean())),
        ("Water Temp (C)", "Date"),
    ),
    Q(
        "is warmer water linked to more deaths",
        _corr(lambda df: df["Water Temp (C)"].astype(float), lambda df: df["Mortalities"].astype(float)),
        ("Water Temp (C)", "Mortalities"),
    ),
    Q(
        "how much feed did the brown trout go through this year",
        _about(lambda df: float(df["Feed (kg)"][_text(df, "Species") == "Brown Trout"].sum()), rel=0.005),
        ("Feed (kg)", "Species", "Date"),
    ),
    Q(
        "how many readings are missing oxygen",
        _count(lambda df: int(df["DO (mg/L)"].isna().sum())),
        ("DO (mg/L)",),
    ),
]


# --- 6. Maple sugarhouse boil log ----------------------------------------------------------------------------------

_MS_GRADES = ["Golden", "Amber", "Dark", "Very Dark"]


def _maple_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30206)
    rows: list[dict[str, Any]] = []
    for season in range(2015, 2025):
        start = pd.Timestamp(season, 2, 20) + pd.Timedelta(days=int(rng.integers(0, 20)))
        length = int(rng.integers(40, 55))
        taps = 1.0 + 0.05 * (season - 2015)
        boils = sorted(int(d) for d in rng.choice(length, size=int(rng.integers(26, 38)), replace=False))
        for d in boils:
            day = start + pd.Timedelta(days=d)
            phase = d / length
            sugar = round(float(np.clip(rng.normal(2.3 - 0.8 * phase, 0.25), 1.1, 3.4)), 1)
            sap = int(rng.integers(180, 650) * taps)
            syrup = round(sap * sugar / 86 * float(rng.uniform(0.93, 1.05)), 1)
            grade_at = min(3, max(0, int(phase * 4 + float(rng.normal(0, 0.6)))))
            hours = round(sap / 95 * float(rng.uniform(0.85, 1.2)), 1)
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Sap (gal)": sap,
                    "Syrup (gal)": syrup,
                    "Grade": _MS_GRADES[grade_at],
                    "Sugar %": f"{sugar:.1f}%",
                    "Wood (cords)": round(hours * 0.11 * float(rng.uniform(0.85, 1.15)), 2),
                    "Boil Hours": hours,
                }
            )
    return pd.DataFrame(rows)


def _ms_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.year


_MS_QS = [
    Q(
        "how much syrup did we make in 2024",
        _about(lambda df: float(df["Syrup (gal)"][_ms_year(df) == 2024].sum()), rel=0.005),
        ("Syrup (gal)", "Date"),
    ),
    Q(
        "which year was our best season",
        _lead(_year(lambda df: int(df["Syrup (gal)"].groupby(_ms_year(df)).sum().idxmax()))),
        ("Syrup (gal)", "Date"),
    ),
    Q(
        "how many gallons of sap does it take to make a gallon of syrup",
        _ratio(lambda df: df["Sap (gal)"].astype(float), lambda df: df["Syrup (gal)"].astype(float)),
        ("Sap (gal)", "Syrup (gal)"),
    ),
    Q(
        "how many boils made very dark",
        _count(lambda df: int((_text(df, "Grade") == "Very Dark").sum())),
        ("Grade",),
    ),
    Q(
        "does sweeter sap mean more syrup per gallon of sap",
        _corr(lambda df: _num(df, "Sugar %"), lambda df: df["Syrup (gal)"] / df["Sap (gal)"]),
        ("Sugar %", "Syrup (gal)", "Sap (gal)"),
    ),
    Q(
        "how many gallons of syrup do we get per cord of wood",
        _ratio(lambda df: df["Syrup (gal)"].astype(float), lambda df: df["Wood (cords)"].astype(float)),
        ("Wood (cords)", "Syrup (gal)"),
    ),
]


# --- 7. State nursery inspections ----------------------------------------------------------------------------------

_NI_COUNTIES = ["ALACHUA", "HILLSBOROUGH", "LAKE", "MIAMI-DADE", "ORANGE", "POLK", "SUMTER", "VOLUSIA"]
_NI_PESTS = {
    "CHILLI THRIPS": 5,
    "SCALE INSECTS": 8,
    "WHITEFLY": 6,
    "SPIDER MITES": 4,
    "ROOT KNOT NEMATODE": 2,
    "CITRUS CANKER": 1,
    "MEALYBUG": 5,
}
_NI_INSPECTORS = ["J. MORALES", "K. THOMPSON", "R. PATEL", "S. BECKER", "D. OKAFOR", "L. NGUYEN"]


def _nursery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30207)
    words1 = ["GREEN", "SUNSHINE", "PALM", "OAK", "TROPICAL", "CYPRESS", "MAGNOLIA", "LAKESIDE", "HAPPY", "BLUE"]
    words2 = ["ACRES", "GARDENS", "NURSERY", "GROWERS", "PLANTS", "FARMS", "LANDSCAPE SUPPLY"]
    names = sorted(
        {
            f"{a} {b}" + (" LLC" if rng.random() < 0.3 else " INC" if rng.random() < 0.2 else "")
            for a in words1
            for b in words2
        }
    )
    names = [str(n) for n in rng.choice(names, size=55, replace=False)]
    county = {n: str(_one(rng, _NI_COUNTIES, [2, 4, 3, 6, 5, 4, 1, 2])) for n in names}
    license_ = {n: str(_one(rng, ["NURSERY GROWER", "NURSERY DEALER", "STOCK DEALER"], [5, 3, 2])) for n in names}
    size = {n: float(rng.lognormal(7.5, 0.9)) for n in names}
    risk = {n: float(rng.uniform(0.1, 0.45)) for n in names}
    rows: list[dict[str, Any]] = []
    for _ in range(1650):
        name = str(_one(rng, names))
        day = pd.Timestamp("2020-01-02") + pd.Timedelta(days=int(rng.integers(0, 1825)))
        pests = rng.random() < risk[name]
        pest = str(_one(rng, list(_NI_PESTS), list(_NI_PESTS.values()))) if pests else ""
        stop = pests and rng.random() < (0.9 if pest == "CITRUS CANKER" else 0.3)
        rows.append(
            {
                "INSPECTION_DATE": f"{day:%Y-%m-%d}",
                "NURSERY_NAME": name,
                "COUNTY": county[name],
                "LICENSE_TYPE": license_[name],
                "PLANTS_INSPECTED": int(size[name] * float(rng.uniform(0.5, 1.5))),
                "PESTS_FOUND": "Y" if pests else "N",
                "PEST_NAME": pest,
                "STOP_SALE": "Y" if stop else "N",
                "INSPECTOR": str(_one(rng, _NI_INSPECTORS)),
            }
        )
    df = pd.DataFrame(rows)
    return df.iloc[pd.to_datetime(df["INSPECTION_DATE"]).argsort(kind="stable")].reset_index(drop=True)


_NI_QS = [
    Q(
        "how many inspections found pests",
        _count(lambda df: int((_text(df, "PESTS_FOUND") == "Y").sum())),
        ("PESTS_FOUND", "PEST_NAME"),
    ),
    Q(
        "what's the most common pest",
        _lead(_named(lambda df: _top(_text(df, "PEST_NAME")[_text(df, "PEST_NAME") != ""].value_counts()))),
        ("PEST_NAME",),
    ),
    Q(
        "what percent of inspections ended in a stop sale",
        _share(lambda df: float((_text(df, "STOP_SALE") == "Y").mean())),
        ("STOP_SALE",),
    ),
    Q(
        "which county had the most of them",
        _lead(_named(lambda df: _top(_text(df, "COUNTY")[_text(df, "STOP_SALE") == "Y"].value_counts()))),
        ("COUNTY", "STOP_SALE"),
    ),
    Q(
        "total plants inspected in 2022?",
        _amount(lambda df: float(df["PLANTS_INSPECTED"][pd.to_datetime(df["INSPECTION_DATE"]).dt.year == 2022].sum())),
        ("PLANTS_INSPECTED", "INSPECTION_DATE"),
    ),
    Q(
        "how many different nurseries were inspected",
        _count(lambda df: int(_text(df, "NURSERY_NAME").nunique())),
        ("NURSERY_NAME",),
    ),
]


HELDOUT302: list[Dataset] = [
    Dataset("distillery_barrel_inventory", _barrel_frame, _BR_QS),
    Dataset("cidery_batch_log", _cider_frame, _CB_QS),
    Dataset("kombucha_wholesale_order_lines", _kombucha_frame, _KB_QS),
    Dataset("cheese_make_sheets", _cheese_frame, _CH_QS),
    Dataset("fish_hatchery_raceway_log", _hatchery_frame, _HF_QS),
    Dataset("maple_sugarhouse_boil_log", _maple_frame, _MS_QS),
    Dataset("state_nursery_inspections", _nursery_frame, _NI_QS),
]
