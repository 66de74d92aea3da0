"""HELDOUT374: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a bakery's wedding cake orders
(weddings 2022 to 2024, one row per order, Saturdays from May to October busiest) with "Order #" as "WC-2201",
"Event Date" as "06/15/2024", Tiers (1 to 5), Servings (by the tiers, rounded to five), Flavor (Vanilla, Chocolate,
Lemon, Red Velvet, Almond, Carrot; now and then upper case), Icing (Fondant or Buttercream, now and then lower case;
fondant dearer), "Cake Price" as "$685.00" (by servings and icing, a little higher each year), "Delivery Fee" as
"$75.00" ("$95.00" for four tiers and up, "$0.00" when picked up), "Deposit Paid" as "$200.00" (blank when not yet
paid), "Balance Due Date" as "06/01/2024" (two weeks before the event) and "Pickup/Delivery" (Delivered or Picked Up).
A beekeeper's pollination contracts (2019 to 2024, one row per contract) with "Contract ID" as "PC-19-001", Grower (a
couple of dozen farms, each with its usual crop), Crop (Almonds, Blueberries, Apples, Cherries; now and then lower
case), "Hives Placed" (multiples of four, up to eight hundred for almonds), "Rate/Hive" as "$195.00" (almonds
dearest and rising each year), "Move In" and "Move Out" as "2023-02-10" (Move Out blank now and then), "Avg Frames"
(frames of bees, one decimal, blank when not graded) and "Hives Lost" (weaker hives lose more). A cheese cave's wheel
inventory (wheels made 2022 to 2024, one row per wheel) with "Wheel ID" as "W-23-0412", Cheese (Alpine, Tomme,
Cheddar, Blue, Gouda), "Make Date" as "2023-04-12", "Make Weight (kg)" and "Current Weight (kg)" (one decimal; wheels
lose moisture as they age, small wheels faster), Turns (a count, more for older wheels), "Rind Condition" (Good, Fair,
Mite Damage, Cracked, Mold Spots; now and then lower case, blank when not graded), "Ready Date" as "2024-01-12" (by
the cheese's aging time) and "Sold To" (a shop, restaurant or market; blank while the wheel is still in the cave). A
blood drive's donor log (2023 and 2024 drives, one row per visit, donors coming back) with "Donor ID" as "D004512",
"Drive Date" as "3/14/2024", Site (six schools, churches and halls), Gender (F/M), "Blood Type" ("O+", "A-", ...),
"Hgb (g/dL)" (one decimal, lower for women), Pulse, Deferred (Y/N), "Deferral Reason" (Low Hgb, Pulse, High BP,
Travel, Medication; blank when not deferred), "Units Collected" (0 when deferred, 2 for a double red cell) and "First
Time" (Y only on a donor's first visit, for donors new to the program). A vending route's service log (2024, one row
per machine visit every five to ten days) with "Machine ID" as "VM-014", Location (one per machine), "Machine Type"
(Snack, Soda, Coffee), "Service Date" as "2024-03-14", "Cash Collected" as "$84.25", "Card Sales" as "$112.50" (cards a
bigger share at coffee machines and later in the year), "Items Sold", "Items Expired" ("N/A" for coffee machines) and
"Restock Cost" as "$96.40". A community garden's plot rentals (2019 to 2024 seasons, one row per rented plot a season)
with "Plot #" as "B-07", "Plot Size (sq ft)" (100, 200 or 400, now and then written "200 sq ft"), Gardener (people
who keep a plot several seasons), Season (the year), "Plot Fee" as "$40.00" (by size, raised in 2022, "$0.00" when
waived), "Raised Bed" (Y/N), "Water Used (gal)" (blank when the meter was not read), "Harvest (lbs)" (one decimal, by
size, raised beds and water) and "Volunteer Hrs". And a county fair's livestock auction (the 2021 to 2024 sales, one row
per animal sold) with "Sale Order" (running within a year, champions first), Year, Exhibitor, "4-H Club", Species
(Steer, Hog, Lamb, Goat; now and then upper case), "Weight (lbs)", "Price/lb" as "$4.25" (champions several times the
rest), "Add-Ons" as "$150.00" (blank when none), Buyer (local businesses) and Placing (Grand Champion, Reserve
Champion, Blue, Red, White; one grand and one reserve champion per species a year). All are generated with a fixed
seed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _typical
from .heldout333 import _FIRST, _LAST, _date
from .heldout358 import _money, _yes
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _top_label(scores: pd.Series, lowest: bool = False) -> str:
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _pick(score: Callable[[pd.DataFrame], pd.Series], aliases: Mapping[str, tuple[str, ...]] | None = None) -> Check:
    """The top label of a score, named beside the superlative."""
    return _lead(_named(lambda df: _top_label(score(df)), aliases))


def _gap(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Two group figures, or the gap between them."""
    return either(
        _about(lambda df: np.asarray(values(df), dtype=float)),
        _about(lambda df: abs(float(np.diff(np.asarray(values(df), dtype=float))[0]))),
    )


def _by_two(values: Callable[[pd.DataFrame], pd.Series], groups: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Two group figures (mean or median), or the gap between them."""
    return either(
        _gap(lambda df: values(df).groupby(groups(df)).mean().to_numpy()),
        _gap(lambda df: values(df).groupby(groups(df)).median().to_numpy()),
    )


def _per_group(values: Callable[[pd.DataFrame], pd.Series], groups: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Every group's mean, or every group's median."""
    return either(
        _about(lambda df: values(df).groupby(groups(df)).mean().to_numpy()),
        _about(lambda df: values(df).groupby(groups(df)).median().to_numpy()),
    )


def _days(start: str, end: str, size: int, rng: np.random.Generator, weight: Callable[[pd.Timestamp], float]) -> Any:
    days = pd.date_range(start, end, freq="D")
    w = np.array([weight(d) for d in days])
    return days[np.sort(rng.choice(len(days), size=size, p=w / w.sum()))]


# --- 1. Bakery wedding cake orders ---------------------------------------------------------------------------------

_WC_FLAVORS = {"Vanilla": 0.0, "Chocolate": 0.0, "Lemon": 0.25, "Red Velvet": 0.5, "Almond": 0.25, "Carrot": 0.5}
_WC_SERVINGS = {1: 24, 2: 50, 3: 100, 4: 150, 5: 220}
_WC_MONTH_W = [0.5, 0.5, 0.9, 2.0, 6.0, 8.5, 7.0, 7.0, 9.5, 10.0, 3.0, 1.5]


def _cake_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37401)

    def weight(d: pd.Timestamp) -> float:
        return _WC_MONTH_W[d.month - 1] * (6.0 if d.dayofweek == 5 else 1.0 if d.dayofweek in (4, 6) else 0.15)

    rows: list[dict[str, Any]] = []
    for k, day in enumerate(_days("2022-01-01", "2024-12-31", 640, rng, weight)):
        tiers = int(_one(rng, list(_WC_SERVINGS), [1, 4, 6, 3, 1]))
        servings = int(max(12, round(_WC_SERVINGS[tiers] * rng.normal(1.0, 0.12) / 5) * 5))
        flavor = _one(rng, list(_WC_FLAVORS), [6, 5, 3, 3, 2, 1.5])
        fondant = rng.random() < 0.35
        per = (5.75 if fondant else 4.5) + _WC_FLAVORS[flavor]
        price = round(servings * per * (1.05 ** (day.year - 2022)) / 5) * 5 + 5 * int(rng.integers(0, 6))
        delivered = rng.random() < (0.55 + 0.08 * tiers)
        fee = (95.0 if tiers >= 4 else 75.0) if delivered else 0.0
        deposit = max(150.0, round(price * 0.3, -1))
        icing = "Fondant" if fondant else "Buttercream"
        rows.append(
            {
                "Order #": f"WC-{2201 + k}",
                "Event Date": f"{day:%m/%d/%Y}",
                "Tiers": tiers,
                "Servings": servings,
                "Flavor": flavor.upper() if rng.random() < 0.04 else flavor,
                "Icing": icing.lower() if rng.random() < 0.05 else icing,
                "Cake Price": _money(float(price)),
                "Delivery Fee": _money(fee),
                "Deposit Paid": "" if rng.random() < 0.09 else _money(deposit),
                "Balance Due Date": f"{day - pd.Timedelta(days=14):%m/%d/%Y}",
                "Pickup/Delivery": "Delivered" if delivered else "Picked Up",
            }
        )
    return pd.DataFrame(rows)


def _wc_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Event Date", "%m/%d/%Y")


def _wc_unpaid(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Deposit Paid") == ""


_WC_QS = [
    Q(
        "how many wedding cakes did we do in 2024",
        _count(lambda df: int((_wc_date(df).dt.year == 2024).sum())),
        ("Event Date", "Order #"),
    ),
    Q("whats the average cake price", _typical(lambda df: _num(df, "Cake Price")), ("Cake Price",)),
    Q(
        "is fondant a lot more expensive than buttercream",
        _by_two(lambda df: _num(df, "Cake Price"), lambda df: _text(df, "Icing").str.title()),
        ("Cake Price", "Icing"),
    ),
    Q(
        "most popular flavor?",
        _pick(lambda df: _text(df, "Flavor").str.title().value_counts()),
        ("Flavor",),
    ),
    Q(
        "how many orders havent paid a deposit",
        _count(lambda df: int(_wc_unpaid(df).sum())),
        ("Deposit Paid", "Order #"),
    ),
    Q(
        "and how many of those are getting delivered",
        _count(lambda df: int((_wc_unpaid(df) & (_text(df, "Pickup/Delivery") == "Delivered")).sum())),
        ("Deposit Paid", "Pickup/Delivery", "Order #"),
    ),
]


# --- 2. Beekeeper pollination contracts ----------------------------------------------------------------------------

_PC_CROPS = {
    # base rate, yearly rise, move-in window (month, first day, span), hive range
    "Almonds": (170.0, 6.0, (2, 1, 20), (96, 800)),
    "Blueberries": (115.0, 3.0, (4, 10, 21), (40, 400)),
    "Cherries": (95.0, 2.0, (3, 15, 21), (40, 300)),
    "Apples": (75.0, 2.0, (4, 20, 20), (40, 300)),
}
_PC_GROWERS = {
    "Sunrise Orchards": "Almonds", "Valley Nut Co.": "Almonds", "Blue Diamond Ranch": "Almonds",
    "Paramount Farms": "Almonds", "Westside Almond LLC": "Almonds", "Kern River Growers": "Almonds",
    "Hilltop Blueberry Farm": "Blueberries", "Berry Patch Farms": "Blueberries", "Coastal Blues": "Blueberries",
    "Miller Berry Co.": "Blueberries", "Cascade Cherry Co.": "Cherries", "Red Ridge Cherries": "Cherries",
    "Stemilt Growers": "Cherries", "Wenatchee Fruit": "Apples", "Apple Hill Orchard": "Apples",
    "Green Acres Fruit": "Apples", "Johnson Family Orchard": "Apples", "Northstar Orchards": "Apples",
}  # fmt: skip


def _bees_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37402)
    growers = list(_PC_GROWERS)
    rows: list[dict[str, Any]] = []
    for year in range(2019, 2025):
        count = 55 + 4 * (year - 2019) + int(rng.integers(0, 8))
        for k in range(count):
            grower = _one(rng, growers)
            crop = _PC_GROWERS[grower] if rng.random() < 0.85 else _one(rng, list(_PC_CROPS))
            base, rise, (month, first, span), (lo, hi) = _PC_CROPS[crop]
            rate = round((base + rise * (year - 2019) + rng.normal(0, 8)) / 5) * 5
            hives = int(rng.integers(lo // 4, hi // 4 + 1)) * 4
            move_in = pd.Timestamp(year, month, first) + pd.Timedelta(days=int(rng.integers(0, span)))
            move_out = move_in + pd.Timedelta(days=int(rng.integers(21, 36)))
            frames = float(np.clip(rng.normal(8.2, 1.7), 3.0, 14.0))
            p = float(np.clip(0.035 + 0.012 * (8.0 - frames) + rng.normal(0, 0.01), 0.0, 0.2))
            rows.append(
                {
                    "Contract ID": f"PC-{year % 100}-{k + 1:03d}",
                    "Grower": grower,
                    "Crop": crop.lower() if rng.random() < 0.04 else crop,
                    "Hives Placed": hives,
                    "Rate/Hive": _money(float(rate)),
                    "Move In": f"{move_in:%Y-%m-%d}",
                    "Move Out": "" if rng.random() < 0.04 else f"{move_out:%Y-%m-%d}",
                    "Avg Frames": "" if rng.random() < 0.07 else round(frames, 1),
                    "Hives Lost": int(rng.binomial(hives, p)),
                }
            )
    return pd.DataFrame(rows)


def _pc_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Move In", "%Y-%m-%d").dt.year


def _pc_crop(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Crop").str.title()


def _pc_income(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Hives Placed") * _num(df, "Rate/Hive")


def _pc_rates(df: pd.DataFrame) -> np.ndarray:
    return (
        _pc_income(df).groupby(_pc_crop(df)).sum() / _num(df, "Hives Placed").groupby(_pc_crop(df)).sum()
    ).to_numpy()


def _pc_loss(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Hives Lost") / _num(df, "Hives Placed")


_PC_QS = [
    Q(
        "how many hives did we send to almonds in 2024",
        _count(lambda df: int(_num(df, "Hives Placed")[(_pc_crop(df) == "Almonds") & (_pc_year(df) == 2024)].sum())),
        ("Hives Placed", "Crop", "Move In"),
    ),
    Q(
        "what do we usually get paid per hive for each crop",
        either(
            _per_group(lambda df: _num(df, "Rate/Hive"), _pc_crop),
            _about(_pc_rates),
        ),
        ("Rate/Hive", "Crop"),
    ),
    Q(
        "total pollination income for 2023?",
        _amount(lambda df: float(_pc_income(df)[_pc_year(df) == 2023].sum())),
        ("Hives Placed", "Rate/Hive", "Move In"),
    ),
    Q(
        "which grower have we put the most hives with",
        _pick(lambda df: _num(df, "Hives Placed").groupby(_text(df, "Grower")).sum()),
        ("Grower", "Hives Placed"),
    ),
    Q(
        "what percent of hives do we lose",
        either(
            _share(lambda df: float(_num(df, "Hives Lost").sum() / _num(df, "Hives Placed").sum())),
            _share(lambda df: float(_pc_loss(df).mean())),
            _share(lambda df: float(_pc_loss(df).median())),
        ),
        ("Hives Lost", "Hives Placed"),
    ),
    Q(
        "do weaker colonies lose more hives",
        either(
            _corr(lambda df: _num(df, "Avg Frames"), lambda df: _num(df, "Hives Lost")),
            _corr(lambda df: _num(df, "Avg Frames"), _pc_loss),
        ),
        ("Avg Frames", "Hives Lost", "Hives Placed"),
    ),
]


# --- 3. Cheese cave wheel inventory --------------------------------------------------------------------------------

_CV_CHEESES = {
    # aging months, make weight kg, full moisture loss
    "Alpine": (10, 9.5, 0.11),
    "Tomme": (4, 4.2, 0.13),
    "Cheddar": (12, 18.0, 0.09),
    "Blue": (3, 2.8, 0.15),
    "Gouda": (6, 5.5, 0.12),
}
_CV_BUYERS = [
    "Murray's Cheese",
    "Formaggio Kitchen",
    "The Cheese Shop",
    "Farm Table Restaurant",
    "Whole Foods Regional",
    "Saturday Farmers Market",
    "Olive & Vine Deli",
]
_CV_RINDS = ["Good", "Fair", "Mite Damage", "Cracked", "Mold Spots"]


def _cheese_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37403)
    today = pd.Timestamp("2024-12-31")
    days = _days("2022-01-03", "2024-12-20", 1150, rng, lambda d: 1.5 if d.month in (4, 5, 6, 7) else 1.0)
    rows: list[dict[str, Any]] = []
    serial: dict[int, int] = {}
    for day in days:
        cheese = _one(rng, list(_CV_CHEESES), [3, 4, 2, 2, 3])
        months, kg, full = _CV_CHEESES[cheese]
        ready = day + pd.DateOffset(months=months)
        sold = ready <= today and rng.random() < 0.85
        last = min(today, ready + pd.Timedelta(days=int(rng.integers(0, 60)))) if sold else today
        age = (last - day).days
        make = float(kg * rng.normal(1.0, 0.06))
        loss = full * (1 - np.exp(-age / (25.0 * months))) + rng.normal(0, 0.008)
        turns = int(max(0, min(age, 30 * months) / 7 * rng.uniform(0.7, 1.1)))
        serial[day.year] = serial.get(day.year, 0) + 1
        rind = _one(rng, _CV_RINDS, [70, 15, 6, 4, 5])
        rows.append(
            {
                "Wheel ID": f"W-{day.year % 100}-{serial[day.year]:04d}",
                "Cheese": cheese,
                "Make Date": f"{day:%Y-%m-%d}",
                "Make Weight (kg)": round(make, 1),
                "Current Weight (kg)": round(make * (1 - max(loss, 0.0)), 1),
                "Turns": turns,
                "Rind Condition": "" if rng.random() < 0.05 else rind.lower() if rng.random() < 0.06 else rind,
                "Ready Date": f"{ready:%Y-%m-%d}",
                "Sold To": _one(rng, _CV_BUYERS, [4, 3, 3, 2, 2, 5, 1]) if sold else "",
            }
        )
    return pd.DataFrame(rows)


def _cv_loss_kg(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Make Weight (kg)") - _num(df, "Current Weight (kg)")


def _cv_loss_pct(df: pd.DataFrame) -> pd.Series:
    return _cv_loss_kg(df) / _num(df, "Make Weight (kg)")


def _cv_sold(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Sold To").replace("", pd.NA).dropna()


_CV_QS = [
    Q(
        "how many wheels did we make in 2023",
        _count(lambda df: int((_date(df, "Make Date", "%Y-%m-%d").dt.year == 2023).sum())),
        ("Make Date", "Wheel ID"),
    ),
    Q(
        "how many wheels are still in the cave",
        _count(lambda df: int((_text(df, "Sold To") == "").sum())),
        ("Sold To", "Wheel ID"),
    ),
    Q(
        "how much weight does a wheel lose on average",
        either(
            _typical(_cv_loss_kg),
            _share(lambda df: float(_cv_loss_pct(df).mean())),
            _share(lambda df: float(_cv_loss_pct(df).median())),
            _share(lambda df: float(_cv_loss_kg(df).sum() / _num(df, "Make Weight (kg)").sum())),
        ),
        ("Make Weight (kg)", "Current Weight (kg)"),
    ),
    Q(
        "do the wheels that get turned more lose more weight",
        either(
            _corr(lambda df: _num(df, "Turns"), _cv_loss_kg),
            _corr(lambda df: _num(df, "Turns"), _cv_loss_pct),
        ),
        ("Turns", "Make Weight (kg)", "Current Weight (kg)"),
    ),
    Q(
        "how many wheels have mites on the rind",
        _count(lambda df: int((_text(df, "Rind Condition").str.lower() == "mite damage").sum())),
        ("Rind Condition", "Wheel ID"),
    ),
    Q(
        "who buys the most of our cheese",
        either(
            _pick(lambda df: _cv_sold(df).value_counts()),
            _pick(
                lambda df: _num(df, "Current Weight (kg)").groupby(_text(df, "Sold To")).sum().drop("", errors="ignore")
            ),
        ),
        ("Sold To", "Wheel ID", "Current Weight (kg)"),
    ),
]


# --- 4. Blood drive donor log --------------------------------------------------------------------------------------

_BD_SITES = [
    "Lincoln High School",
    "First Baptist Church",
    "City Hall Annex",
    "Memorial Hospital",
    "Westfield Mall",
    "VFW Post 1123",
]
_BD_TYPES = ["O+", "A+", "B+", "O-", "A-", "AB+", "B-", "AB-"]


def _blood_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37404)
    donors = []
    for i in range(1200):
        donors.append(
            {
                "id": f"D{4001 + i * 7:06d}",
                "female": rng.random() < 0.52,
                "type": _one(rng, _BD_TYPES, [37.4, 35.7, 8.5, 6.6, 6.3, 3.4, 1.5, 0.6]),
                "new": rng.random() < 0.45,
                "pull": float(rng.gamma(1.5, 1.0)),
            }
        )
    pull = np.array([d["pull"] for d in donors])
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    drives = []
    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        for _ in range(2):
            drives.append((month + pd.Timedelta(days=int(rng.integers(0, 27))), _one(rng, _BD_SITES)))
    drives.sort(key=lambda t: t[0])
    site_size = {s: n for s, n in zip(_BD_SITES, [110, 75, 60, 95, 70, 50], strict=True)}
    for day, site in drives:
        n = int(rng.poisson(site_size[site] * 0.85))
        for i in rng.choice(len(donors), size=n, replace=False, p=pull / pull.sum()):
            d = donors[int(i)]
            first = d["new"] and d["id"] not in seen
            seen.add(d["id"])
            hgb = rng.normal(13.5, 1.0) if d["female"] else rng.normal(14.9, 1.1)
            pulse = round(rng.normal(74, 11))
            if hgb < (12.5 if d["female"] else 13.0):
                reason = "Low Hgb"
            elif pulse > 100 or pulse < 50:
                reason = "Pulse"
            else:
                reason = _one(rng, ["", "High BP", "Travel", "Medication"], [93, 3.5, 1.5, 2])
            units = (
                0 if reason else (2 if (not d["female"] and d["type"].startswith("O") and rng.random() < 0.3) else 1)
            )
            rows.append(
                {
                    "Donor ID": d["id"],
                    "Drive Date": f"{day.month}/{day.day}/{day.year}",
                    "Site": site,
                    "Gender": "F" if d["female"] else "M",
                    "Blood Type": d["type"],
                    "Hgb (g/dL)": round(hgb, 1),
                    "Pulse": pulse,
                    "Deferred": "Y" if reason else "N",
                    "Deferral Reason": reason,
                    "Units Collected": units,
                    "First Time": "Y" if first else "N",
                }
            )
    return pd.DataFrame(rows)


def _bd_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Drive Date", "%m/%d/%Y").dt.year


def _bd_top_site(df: pd.DataFrame) -> str:
    return _top_label(_num(df, "Units Collected").groupby(_text(df, "Site")).sum())


_BD_QS = [
    Q(
        "how many units did we collect in 2024",
        _count(lambda df: int(_num(df, "Units Collected")[_bd_year(df) == 2024].sum())),
        ("Units Collected", "Drive Date"),
    ),
    Q(
        "what percent of donors get deferred",
        either(
            _share(lambda df: float(_yes(df, "Deferred").mean())),
            _share(
                lambda df: float(
                    _yes(df, "Deferred").groupby(_text(df, "Donor ID")).any().mean(),
                )
            ),
        ),
        ("Deferred", "Donor ID"),
    ),
    Q(
        "whats the most common reason",
        _pick(lambda df: _text(df, "Deferral Reason").replace("", pd.NA).dropna().value_counts()),
        ("Deferral Reason", "Deferred"),
    ),
    Q(
        "is hemoglobin different for men and women",
        _by_two(lambda df: _num(df, "Hgb (g/dL)"), lambda df: _text(df, "Gender")),
        ("Hgb (g/dL)", "Gender"),
    ),
    Q(
        "which site brought in the most blood",
        _pick(lambda df: _num(df, "Units Collected").groupby(_text(df, "Site")).sum()),
        ("Site", "Units Collected"),
    ),
    Q(
        "how many first time donors did we get there",
        _count(lambda df: int((_yes(df, "First Time") & (_text(df, "Site") == _bd_top_site(df))).sum())),
        ("First Time", "Site", "Donor ID", "Units Collected"),
    ),
]


# --- 5. Vending route service log ----------------------------------------------------------------------------------

_VM_KINDS = {
    # price per item, unit cost, card share, expiry rate
    "Snack": (1.75, 0.72, 0.50, 0.035),
    "Soda": (2.00, 0.61, 0.45, 0.008),
    "Coffee": (2.50, 0.42, 0.68, 0.0),
}
_VM_PLACES = [
    "Riverside Hospital - Lobby", "Riverside Hospital - ER", "Central Library", "Greyhound Station", "Lakeview Apts",
    "Metro Gym", "Oakwood High School", "Oakwood High Gym", "Northgate Mall", "City Hall", "Fire Station 4",
    "Denton Auto Plant - Break Rm", "Denton Auto Plant - Office", "Sunset Motel", "Comfort Inn", "Tech Park Bldg A",
    "Tech Park Bldg C", "State College Dorm", "State College Union", "Laundromat Main St", "Car Wash Rt 9",
    "Senior Center", "Public Works Garage", "County Courthouse", "YMCA", "Amtrak Depot", "Quick Lube", "Bowling Alley",
]  # fmt: skip


def _vending_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37405)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    for m, place in enumerate(_VM_PLACES):
        kind = _one(rng, list(_VM_KINDS), [5, 4, 2])
        price, cost, card0, expiry = _VM_KINDS[kind]
        traffic = float(rng.gamma(3.0, 3.0))
        day = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 7)))
        while day <= end:
            gap = int(rng.integers(5, 11))
            season = 1.15 if day.month in (6, 7, 8) and kind == "Soda" else 1.1 if day.month in (1, 2, 12) else 1.0
            sold = int(rng.poisson(traffic * gap * season))
            sales = sold * price * rng.uniform(0.95, 1.05)
            card = sales * float(np.clip(card0 + 0.012 * (day.month - 6) + rng.normal(0, 0.05), 0.05, 0.95))
            cash = round((sales - card) * 4) / 4
            expired = int(rng.poisson(sold * expiry)) if kind != "Coffee" else None
            rows.append(
                {
                    "Machine ID": f"VM-{m + 1:03d}",
                    "Location": place,
                    "Machine Type": kind,
                    "Service Date": f"{day:%Y-%m-%d}",
                    "Cash Collected": _money(cash),
                    "Card Sales": _money(card),
                    "Items Sold": sold,
                    "Items Expired": "N/A" if expired is None else expired,
                    "Restock Cost": _money((sold + (expired or 0)) * cost * rng.uniform(0.95, 1.05)),
                }
            )
            day += pd.Timedelta(days=gap)
    return pd.DataFrame(rows)


def _vm_sales(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Cash Collected") + _num(df, "Card Sales")


def _vm_coffee(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Machine Type") == "Coffee"]


_VM_QS = [
    Q(
        "how much money did we take in altogether, cash and card",
        _amount(lambda df: float(_vm_sales(df).sum())),
        ("Cash Collected", "Card Sales"),
    ),
    Q(
        "what share of that came in on cards",
        either(
            _share(lambda df: float(_num(df, "Card Sales").sum() / _vm_sales(df).sum())),
            _share(lambda df: float((_num(df, "Card Sales") / _vm_sales(df)).mean())),
        ),
        ("Cash Collected", "Card Sales"),
    ),
    Q(
        "and for the coffee machines?",
        either(
            _share(lambda df: float(_num(_vm_coffee(df), "Card Sales").sum() / _vm_sales(_vm_coffee(df)).sum())),
            _share(lambda df: float((_num(_vm_coffee(df), "Card Sales") / _vm_sales(_vm_coffee(df))).mean())),
        ),
        ("Cash Collected", "Card Sales", "Machine Type"),
    ),
    Q(
        "which machine makes us the most money",
        either(
            _pick(lambda df: _vm_sales(df).groupby(_text(df, "Machine ID")).sum()),
            _pick(lambda df: _vm_sales(df).groupby(_text(df, "Location")).sum()),
            _pick(lambda df: (_vm_sales(df) - _num(df, "Restock Cost")).groupby(_text(df, "Machine ID")).sum()),
            _pick(lambda df: (_vm_sales(df) - _num(df, "Restock Cost")).groupby(_text(df, "Location")).sum()),
        ),
        ("Machine ID", "Location", "Cash Collected", "Card Sales", "Restock Cost"),
    ),
    Q(
        "what kind of machine has the most stuff expiring",
        either(
            _pick(lambda df: _num(df, "Items Expired").groupby(_text(df, "Machine Type")).sum()),
            _pick(
                lambda df: (
                    _num(df, "Items Expired").groupby(_text(df, "Machine Type")).sum()
                    / _num(df, "Items Sold").groupby(_text(df, "Machine Type")).sum()
                )
            ),
        ),
        ("Machine Type", "Items Expired", "Items Sold"),
    ),
    Q(
        "what was our best month for sales",
        _month_year(
            lambda df: (
                _vm_sales(df)
                .groupby(_date(df, "Service Date", "%Y-%m-%d").dt.to_period("M"))
                .sum()
                .idxmax()
                .to_timestamp()
            )
        ),
        ("Service Date", "Cash Collected", "Card Sales"),
    ),
]


# --- 6. Community garden plot rentals ------------------------------------------------------------------------------

_CG_FEES = {100: 25.0, 200: 40.0, 400: 70.0}


def _garden_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37406)
    plots = []
    for row in "ABCDEF":
        for n in range(1, 13):
            size = int(_one(rng, list(_CG_FEES), [4, 5, 2]))
            plots.append((f"{row}-{n:02d}", size, rng.random() < 0.3))
    rows: list[dict[str, Any]] = []
    holder: dict[str, str] = {}
    for season in range(2019, 2025):
        vol_mean = {2019: 6.0, 2020: 3.5, 2021: 5.0, 2022: 7.5, 2023: 7.0, 2024: 6.5}[season]
        for plot, size, raised in plots:
            if rng.random() > 0.78 + 0.03 * (season - 2019):
                holder.pop(plot, None)
                continue
            if plot not in holder or rng.random() < 0.2:
                holder[plot] = _person(rng)
            fee = _CG_FEES[size] + (5.0 if season >= 2022 else 0.0)
            if rng.random() < 0.04:
                fee = 0.0
            water = size * rng.normal(4.5, 1.2) * (0.85 if raised else 1.0)
            harvest = size * (0.32 if raised else 0.24) * (0.6 + 0.4 * water / (size * 4.5)) * rng.lognormal(0, 0.25)
            rows.append(
                {
                    "Plot #": plot,
                    "Plot Size (sq ft)": f"{size} sq ft" if rng.random() < 0.04 else size,
                    "Gardener": holder[plot],
                    "Season": season,
                    "Plot Fee": _money(fee),
                    "Raised Bed": "Y" if raised else "N",
                    "Water Used (gal)": "" if rng.random() < 0.08 else round(max(water, 50.0)),
                    "Harvest (lbs)": round(harvest, 1),
                    "Volunteer Hrs": int(rng.poisson(vol_mean)),
                }
            )
    return pd.DataFrame(rows)


def _cg_size(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Plot Size (sq ft)").str.extract(r"(\d+)")[0], errors="coerce")


def _cg_raised(df: pd.DataFrame) -> pd.DataFrame:
    return df[_yes(df, "Raised Bed")]


_CG_QS = [
    Q(
        "how many plots did we rent out in 2024",
        _count(lambda df: int((_num(df, "Season") == 2024).sum())),
        ("Season", "Plot #"),
    ),
    Q(
        "how much did those bring in in fees",
        _amount(lambda df: float(_num(df, "Plot Fee")[_num(df, "Season") == 2024].sum())),
        ("Plot Fee", "Season"),
    ),
    Q(
        "do raised beds grow more food",
        either(
            _by_two(lambda df: _num(df, "Harvest (lbs)"), lambda df: _yes(df, "Raised Bed")),
            _by_two(lambda df: _num(df, "Harvest (lbs)") / _cg_size(df), lambda df: _yes(df, "Raised Bed")),
        ),
        ("Harvest (lbs)", "Raised Bed", "Plot Size (sq ft)"),
    ),
    Q(
        "does using more water mean a bigger harvest",
        _corr(lambda df: _num(df, "Water Used (gal)"), lambda df: _num(df, "Harvest (lbs)")),
        ("Water Used (gal)", "Harvest (lbs)"),
    ),
    Q(
        "and just for the raised beds?",
        _corr(lambda df: _num(_cg_raised(df), "Water Used (gal)"), lambda df: _num(_cg_raised(df), "Harvest (lbs)")),
        ("Water Used (gal)", "Harvest (lbs)", "Raised Bed"),
    ),
    Q(
        "which year did gardeners put in the most volunteer hours",
        either(
            _pick(lambda df: _num(df, "Volunteer Hrs").groupby(_num(df, "Season").astype(int)).sum()),
            _pick(lambda df: _num(df, "Volunteer Hrs").groupby(_num(df, "Season").astype(int)).mean()),
        ),
        ("Season", "Volunteer Hrs"),
    ),
]


# --- 7. County fair livestock auction ------------------------------------------------------------------------------

_LA_SPECIES = {
    # head a year, weight range, price per lb (mean, sd)
    "Steer": (28, (1150, 1450), (3.6, 0.8)),
    "Hog": (55, (235, 300), (6.0, 2.2)),
    "Lamb": (35, (110, 150), (7.0, 2.4)),
    "Goat": (30, (70, 110), (8.0, 2.6)),
}
_LA_CLUBS = [
    "Clover Kids",
    "Prairie Pioneers",
    "Hoof & Horn",
    "Cedar Creek 4-H",
    "Lucky Stars",
    "Country Kids",
    "Golden Spurs",
    "Mill Creek Ag",
]
_LA_BUYERS = [
    "Farm Bureau Insurance", "First National Bank", "Smith Feed & Seed", "Tractor Supply", "Miller Ford",
    "County Co-op", "Hometown Pharmacy", "Dr. Evans DVM", "Riverside Meats", "Johnson Construction",
    "Heartland Credit Union", "Big Al's BBQ", "Green Valley Dairy", "Anderson Law Office", "Cornerstone Realty",
    "Midwest Grain", "Walker Trucking", "Sunset Vet Clinic", "Kiwanis Club", "Edward Jones - T. Hall",
]  # fmt: skip


def _auction_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37407)
    kids = [(_person(rng), _one(rng, _LA_CLUBS, [5, 4, 4, 3, 3, 3, 2, 2])) for _ in range(320)]
    buyer_w = rng.gamma(1.2, 1.0, len(_LA_BUYERS))
    rows: list[dict[str, Any]] = []
    for year in range(2021, 2025):
        lots: list[dict[str, Any]] = []
        for species, (head, (lo, hi), (mu, sd)) in _LA_SPECIES.items():
            n = head + int(rng.integers(-4, 5))
            for i, k in enumerate(rng.choice(len(kids), size=n, replace=False)):
                placing = (
                    "Grand Champion"
                    if i == 0
                    else "Reserve Champion"
                    if i == 1
                    else _one(rng, ["Blue", "Red", "White"], [5, 3, 1])
                )
                weight = int(rng.integers(lo, hi + 1))
                price = max(mu * 0.45, rng.normal(mu, sd)) * (
                    rng.uniform(3.0, 5.0) if i == 0 else rng.uniform(1.8, 3.0) if i == 1 else 1.0
                )
                price *= 1.0 + 0.03 * (year - 2021)
                name, club = kids[int(k)]
                lots.append(
                    {
                        "Exhibitor": name,
                        "4-H Club": club,
                        "Species": species.upper() if rng.random() < 0.03 else species,
                        "Weight (lbs)": weight,
                        "Price/lb": f"${price:.2f}",
                        "Add-Ons": "" if rng.random() < 0.55 else _money(25.0 * int(rng.integers(2, 21))),
                        "Buyer": _one(rng, _LA_BUYERS, buyer_w),
                        "Placing": placing,
                        "_champ": i < 2,
                    }
                )
        order = sorted(range(len(lots)), key=lambda j: (not lots[j]["_champ"], rng.random()))
        for s, j in enumerate(order):
            lot = lots[j]
            del lot["_champ"]
            rows.append({"Sale Order": s + 1, "Year": year, **lot})
    return pd.DataFrame(rows)


def _la_species(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Species").str.title()


def _la_gross(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Weight (lbs)") * _num(df, "Price/lb")


def _la_champ_steer(df: pd.DataFrame) -> pd.Series:
    return (_la_species(df) == "Steer") & (_text(df, "Placing") == "Grand Champion") & (_num(df, "Year") == 2024)


def _la_kind(kind: str) -> Callable[[pd.DataFrame], pd.DataFrame]:
    return lambda df: df[_la_species(df) == kind]


_LA_QS = [
    Q(
        "how many animals went through the sale in 2024",
        _count(lambda df: int((_num(df, "Year") == 2024).sum())),
        ("Year", "Sale Order"),
    ),
    Q(
        "whats the average price per pound for each species",
        _per_group(lambda df: _num(df, "Price/lb"), _la_species),
        ("Price/lb", "Species"),
    ),
    Q(
        "how much did the grand champion steer go for in 2024",
        either(
            _amount(lambda df: float(_la_gross(df)[_la_champ_steer(df)].sum())),
            _amount(lambda df: float((_la_gross(df) + _num(df, "Add-Ons").fillna(0))[_la_champ_steer(df)].sum())),
            _about(lambda df: float(_num(df, "Price/lb")[_la_champ_steer(df)].sum())),
        ),
        ("Placing", "Species", "Year", "Price/lb", "Weight (lbs)", "Add-Ons"),
    ),
    Q(
        "which buyer spent the most",
        either(
            _pick(lambda df: _la_gross(df).groupby(_text(df, "Buyer")).sum()),
            _pick(lambda df: (_la_gross(df) + _num(df, "Add-Ons").fillna(0)).groupby(_text(df, "Buyer")).sum()),
        ),
        ("Buyer", "Price/lb", "Weight (lbs)", "Add-Ons"),
    ),
    Q(
        "do heavier hogs get a better price per pound",
        _corr(lambda df: _num(_la_kind("Hog")(df), "Weight (lbs)"), lambda df: _num(_la_kind("Hog")(df), "Price/lb")),
        ("Weight (lbs)", "Price/lb", "Species"),
    ),
    Q(
        "what about lambs",
        _corr(lambda df: _num(_la_kind("Lamb")(df), "Weight (lbs)"), lambda df: _num(_la_kind("Lamb")(df), "Price/lb")),
        ("Weight (lbs)", "Price/lb", "Species"),
    ),
]


HELDOUT374 = [
    Dataset("bakery_wedding_cake_orders", _cake_frame, _WC_QS),
    Dataset("beekeeper_pollination_contracts", _bees_frame, _PC_QS),
    Dataset("cheese_cave_wheel_inventory", _cheese_frame, _CV_QS),
    Dataset("blood_drive_donor_visit_log", _blood_frame, _BD_QS),
    Dataset("vending_route_service_log", _vending_frame, _VM_QS),
    Dataset("community_garden_plot_rentals", _garden_frame, _CG_QS),
    Dataset("county_fair_livestock_auction_sale", _auction_frame, _LA_QS),
]
