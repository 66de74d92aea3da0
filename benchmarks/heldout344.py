"""HELDOUT344: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small outfit keeps in a spreadsheet: a grain elevator's scale
tickets (the 2024 harvest, wheat in July, corn and soybeans September to November, one row per load) with "Ticket #"
(a number, now and then repeated on a re-weigh), Date as "10/03/2024", Farmer as "LAST, FIRST", Crop (CORN, SOYBEANS,
WHEAT), "Gross Lbs" and "Tare Lbs" (net is the difference), "Moisture %", "Test Wt" (lb per bushel), "Dockage %",
"Price/Bu" as "$4.12" and Contract (Y/N); a bridal shop's alteration orders (weddings in 2024, one row per order) with
"Order #" as "A-2301", Bride as "Smith, Emma", Designer, Alteration (Hem, Bustle, Take In, Straps; now and then lower
case), Quoted as "$185.00", Fittings, "Wedding Date" as "2024-06-15", "Ready Date" (blank while open), Seamstress and
"Rush Fee" (Y/N); a coffee roaster's roast log (2024, one row per batch) with "Batch #" as "R-0412", "Roast Date" as
"2024-03-05", Origin, "Green Wt (lb)", "Roasted Wt (lb)" (about 12-20% lighter, more on darker roasts), "Roast Level"
(Light, Medium, Dark; now and then lower case), "Drop Temp (F)", "Roast Time (min)", Operator and "Cupping Score"
(blank on batches not cupped); a snow plow contractor's storm log (the winters of 2023-24 and 2024-25, one row per
site per storm) with "Storm Date" as "01/14/2024", Site, "Site Type" (Lot, Driveway, Sidewalk), "Snow (in)", Truck
("T-3"; blank on sidewalks done by shovel crew), Driver, Hours, "Salt (tons)", Billed as "$1,240.00" and Complaint
(Y/N); a physical therapy clinic's visits (2024, one row per scheduled visit) with "Visit Date" as "2024-02-12",
"Patient ID" as "P10234" (repeated across a plan of care), Therapist, "Body Part" (Knee, Shoulder, Back, Ankle), "Visit
#", Minutes, "Pain Before" and "Pain After" (0-10; blank with Minutes on a no show), Insurance and "No Show" (Y/N); a
stained glass studio's commissions (2021 to 2024, one row per commission) with Commission as "SG-118", Client, "Piece
Type" (Window, Panel, Lamp, Repair), "Size (sq in)", "Glass Pieces", "Quoted Price" as "$2,400.00", Deposit (blank when
none was taken), "Start Date" as "3/4/2023", "Finish Date" (blank while in progress) and Installed (Y/N, "N/A" on
lamps and panels); and a hay farm's bale sales (2023 and 2024, May to December, one row per sale) with "Sale Date" as
"2024-07-18", Buyer, Cutting (First, Second, Third), "Bale Type" (Small Square, Round, Large Square), Bales,
"Price/Bale" as "$6.50", Delivered (Y/N), "Delivery Miles" (blank when picked up) and Paid (Y/N). All are generated
with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_named, _flag
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _month_name(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month by name ("June", "Jun")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


# --- 1. Grain elevator scale tickets -------------------------------------------------------------------------------

_GE_CROPS = {"CORN": (56.0, 4.15, 17.5), "SOYBEANS": (60.0, 10.05, 12.5), "WHEAT": (60.0, 5.60, 13.0)}


def _grain_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34401)
    farmers = [f"{_one(rng, _LAST).upper()}, {_one(rng, _FIRST).upper()}" for _ in range(30)]
    size = rng.uniform(0.3, 3.0, len(farmers))
    rows: list[dict[str, Any]] = []
    ticket = 104200
    for crop, start, end, n in (
        ("WHEAT", "2024-07-01", "2024-07-31", 260),
        ("SOYBEANS", "2024-09-16", "2024-10-31", 560),
        ("CORN", "2024-09-25", "2024-11-22", 720),
    ):
        days = pd.date_range(start, end, freq="D")
        for _ in range(n):
            day = days[int(rng.integers(0, len(days)))]
            tw, price, moist = _GE_CROPS[crop]
            tare = int(rng.normal(30500, 1500))
            net = int(rng.normal(52000, 5000))
            ticket += 1
            rows.append(
                {
                    "Ticket #": ticket if rng.random() > 0.01 else ticket - 1,
                    "Date": f"{day:%m/%d/%Y}",
                    "Farmer": farmers[int(rng.choice(len(farmers), p=size / size.sum()))],
                    "Crop": crop,
                    "Gross Lbs": tare + net,
                    "Tare Lbs": tare,
                    "Moisture %": round(float(max(9.0, rng.normal(moist, 2.0))), 1),
                    "Test Wt": round(float(rng.normal(tw, 1.5)), 1),
                    "Dockage %": round(float(rng.gamma(1.2, 0.6)), 1),
                    "Price/Bu": _money(price + float(rng.normal(0, 0.15))),
                    "Contract": "Y" if rng.random() < 0.35 else "N",
                }
            )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _ge_net(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Gross Lbs") - _num(df, "Tare Lbs")


def _ge_crop(crop: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "Moisture %")[_text(df, "Crop").str.upper() == crop]


def _ge_month(df: pd.DataFrame) -> int:
    return int(_date(df, "Date", "%m/%d/%Y").dt.month.value_counts().sort_index().idxmax())


_GE_QS = [
    Q(
        "how many loads of corn came in",
        either(
            _count(lambda df: int((_text(df, "Crop").str.upper() == "CORN").sum())),
            _count(lambda df: int(df.loc[_text(df, "Crop").str.upper() == "CORN", "Ticket #"].nunique())),
        ),
        ("Crop", "Ticket #"),
    ),
    Q("whats the average moisture on the corn", _typical(_ge_crop("CORN")), ("Moisture %", "Crop")),
    Q("and on beans?", _typical(_ge_crop("SOYBEANS")), ("Moisture %", "Crop")),
    Q(
        "who brought in the most grain",
        either(
            _lead(_named(lambda df: _top(_ge_net(df).groupby(_text(df, "Farmer")).sum()))),
            _lead(_named(lambda df: _top(_text(df, "Farmer").value_counts()))),
        ),
        ("Farmer", "Gross Lbs", "Tare Lbs", "Ticket #"),
    ),
    Q(
        "what percent of the tickets were contracted",
        _share(lambda df: float(_flag(df, "Contract").mean())),
        ("Contract", "Ticket #"),
    ),
    Q("which month had the most loads", _month_name(_ge_month), ("Date", "Ticket #")),
]


# --- 2. Bridal alteration orders -----------------------------------------------------------------------------------

_BA_TYPES = {"Hem": 165.0, "Bustle": 125.0, "Take In": 210.0, "Straps": 85.0}
_BA_DESIGNERS = [
    "Maggie Sottero",
    "Pronovias",
    "Allure Bridals",
    "Essense of Australia",
    "Stella York",
    "Justin Alexander",
]
_BA_SEAMSTRESSES = {"Rosa": 4, "Linh": 3, "Marguerite": 2, "Anya": 2.5}


def _bridal_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34402)
    season = np.array([0.4, 0.5, 0.7, 0.9, 1.3, 1.6, 1.1, 1.0, 1.5, 1.7, 0.9, 0.6])
    days = pd.date_range("2024-01-06", "2024-12-28", freq="D")
    weights = season[days.month - 1] * np.where(days.dayofweek == 5, 4.0, 0.5)
    rows: list[dict[str, Any]] = []
    for n in range(620):
        wedding = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        kind = str(_one(rng, list(_BA_TYPES), [4, 5, 3, 2]))
        rush = rng.random() < 0.12
        ready = wedding - pd.Timedelta(days=int(rng.integers(3, 12) if rush else rng.integers(10, 40)))
        open_ = wedding > pd.Timestamp("2024-11-15") and rng.random() < 0.6
        rows.append(
            {
                "Order #": f"A-{2301 + n}",
                "Bride": f"{_one(rng, _LAST)}, {_one(rng, _FIRST)}",
                "Designer": str(_one(rng, _BA_DESIGNERS)),
                "Alteration": kind.lower() if rng.random() < 0.05 else kind,
                "Quoted": _money(round(_BA_TYPES[kind] * float(rng.uniform(0.7, 1.5)) / 5) * 5),
                "Fittings": int(rng.integers(1, 5)),
                "Wedding Date": f"{wedding:%Y-%m-%d}",
                "Ready Date": "" if open_ else f"{ready:%Y-%m-%d}",
                "Seamstress": str(_one(rng, list(_BA_SEAMSTRESSES), list(_BA_SEAMSTRESSES.values()))),
                "Rush Fee": "Y" if rush else "N",
            }
        )
    return pd.DataFrame(rows)


def _ba_kind(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Alteration").str.title()


def _ba_close(inclusive: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        gap = (_date(df, "Wedding Date", "%Y-%m-%d") - _date(df, "Ready Date", "%Y-%m-%d")).dt.days
        return int((gap <= 14).sum() if inclusive else (gap < 14).sum())

    return value


_BA_QS = [
    Q(
        "whats the most common alteration",
        _lead(_named(lambda df: _top(_ba_kind(df).value_counts()))),
        ("Alteration",),
    ),
    Q(
        "how much do we usually quote for a bustle",
        _typical(lambda df: _num(df, "Quoted")[_ba_kind(df) == "Bustle"]),
        ("Quoted", "Alteration"),
    ),
    Q("how many orders paid a rush fee", _count(lambda df: int(_flag(df, "Rush Fee").sum())), ("Rush Fee",)),
    Q(
        "which seamstress has the most orders",
        _lead(_named(lambda df: _top(_text(df, "Seamstress").value_counts()))),
        ("Seamstress", "Order #"),
    ),
    Q(
        "how many dresses were ready less than two weeks before the wedding",
        either(_count(_ba_close(False)), _count(_ba_close(True))),
        ("Wedding Date", "Ready Date", "Order #"),
    ),
    Q(
        "busiest month for weddings?",
        _month_name(
            lambda df: int(_date(df, "Wedding Date", "%Y-%m-%d").dt.month.value_counts().sort_index().idxmax())
        ),
        ("Wedding Date", "Order #"),
    ),
]


# --- 3. Coffee roast log -------------------------------------------------------------------------------------------

_CR_ORIGINS = {
    "Ethiopia Yirgacheffe": 87.5, "Colombia Huila": 85.0, "Brazil Cerrado": 83.0, "Guatemala Antigua": 85.5,
    "Sumatra Mandheling": 84.0, "Kenya AA": 87.0, "Costa Rica Tarrazu": 85.5,
}  # fmt: skip
_CR_LEVELS = {"Light": (0.135, 395.0, 10.5), "Medium": (0.155, 420.0, 12.0), "Dark": (0.18, 440.0, 13.5)}


def _roast_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34403)
    ops = ["Dani", "Marcus", "Priya", "Tom"]
    days = pd.date_range("2024-01-02", "2024-12-20", freq="B")
    rows: list[dict[str, Any]] = []
    for n in range(950):
        day = days[min(len(days) - 1, int(n * len(days) / 950))]
        origin = str(_one(rng, list(_CR_ORIGINS)))
        level = str(_one(rng, list(_CR_LEVELS), [3, 4, 2]))
        loss, drop, minutes = _CR_LEVELS[level]
        green = float(_one(rng, [15.0, 20.0, 22.0, 25.0, 30.0]))
        time = round(float(rng.normal(minutes, 0.8)) * 2) / 2
        rows.append(
            {
                "Batch #": f"R-{n + 1:04d}",
                "Roast Date": f"{day:%Y-%m-%d}",
                "Origin": origin,
                "Green Wt (lb)": green,
                "Roasted Wt (lb)": round(green * (1 - loss - float(rng.normal(0, 0.01))), 2),
                "Roast Level": level.lower() if rng.random() < 0.05 else level,
                "Drop Temp (F)": int(drop + 6 * (time - minutes) + rng.normal(0, 5)),
                "Roast Time (min)": time,
                "Operator": str(_one(rng, ops, [3, 2, 2, 1])),
                "Cupping Score": round(float(rng.normal(_CR_ORIGINS[origin], 1.2)) * 4) / 4
                if rng.random() < 0.4
                else "",
            }
        )
    return pd.DataFrame(rows)


def _cr_loss(level: str, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        pick = _text(df, "Roast Level").str.title() == level
        green, roasted = _num(df, "Green Wt (lb)")[pick], _num(df, "Roasted Wt (lb)")[pick]
        return float(1 - roasted.sum() / green.sum()) if pooled else float((1 - roasted / green).mean())

    return value


_CR_QS = [
    Q(
        "how many pounds of green coffee did we roast this year",
        _amount(lambda df: float(_num(df, "Green Wt (lb)").sum())),
        ("Green Wt (lb)", "Roast Date"),
    ),
    Q(
        "whats the average weight loss on a dark roast",
        either(_share(_cr_loss("Dark", False)), _share(_cr_loss("Dark", True))),
        ("Green Wt (lb)", "Roasted Wt (lb)", "Roast Level"),
    ),
    Q(
        "and light?",
        either(_share(_cr_loss("Light", False)), _share(_cr_loss("Light", True))),
        ("Green Wt (lb)", "Roasted Wt (lb)", "Roast Level"),
    ),
    Q(
        "which origin cups the best",
        _lead(_named(lambda df: _top(_num(df, "Cupping Score").groupby(_text(df, "Origin")).mean()))),
        ("Origin", "Cupping Score"),
    ),
    Q(
        "how many batches never got cupped",
        _count(lambda df: int(_num(df, "Cupping Score").isna().sum())),
        ("Cupping Score", "Batch #"),
    ),
    Q(
        "do longer roasts drop hotter",
        _corr(lambda df: _num(df, "Roast Time (min)"), lambda df: _num(df, "Drop Temp (F)")),
        ("Roast Time (min)", "Drop Temp (F)"),
    ),
]


# --- 4. Snow plow storm log ----------------------------------------------------------------------------------------

_SP_TYPES = {"Lot": (3.5, 2.2, 1.6), "Driveway": (0.6, 0.1, 0.25), "Sidewalk": (1.0, 0.15, 0.4)}
_SP_DRIVERS = ["Gus", "Dwayne", "Kyle", "Manny", "Pete", "Shawn"]


def _plow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34404)
    sites = []
    for i in range(42):
        kind = str(_one(rng, list(_SP_TYPES), [3, 5, 2]))
        name = f"{_one(rng, _LAST)} {'Plaza' if kind == 'Lot' else 'Residence' if kind == 'Driveway' else 'Walks'}"
        sites.append((f"{name} #{i + 1}", kind))
    storms: list[pd.Timestamp] = []
    for season in (2023, 2024):
        days = pd.date_range(f"{season}-11-20", f"{season + 1}-03-25", freq="D")
        picks = np.sort(rng.choice(len(days), size=int(rng.integers(13, 18)), replace=False))
        storms += [days[int(k)] for k in picks]
    rows: list[dict[str, Any]] = []
    for storm in storms:
        snow = round(float(rng.gamma(2.2, 2.3)) + 1.0, 1)
        for site, kind in sites:
            if snow < 3 and kind == "Driveway" and rng.random() < 0.5:
                continue
            hours_k, salt_k, rate = _SP_TYPES[kind]
            hours = round(max(0.25, hours_k * (0.5 + snow / 8) * float(rng.uniform(0.8, 1.2))) * 4) / 4
            salt = round(max(0.0, salt_k * float(rng.uniform(0.7, 1.3))), 2)
            truck = "" if kind == "Sidewalk" else f"T-{int(rng.integers(1, 7))}"
            rows.append(
                {
                    "Storm Date": f"{storm:%m/%d/%Y}",
                    "Site": site,
                    "Site Type": kind,
                    "Snow (in)": snow,
                    "Truck": truck,
                    "Driver": str(_one(rng, _SP_DRIVERS)),
                    "Hours": hours,
                    "Salt (tons)": salt,
                    "Billed": _money(round(hours * 95 * rate / 0.5 + salt * 140, 2)),
                    "Complaint": "Y" if rng.random() < 0.04 else "N",
                }
            )
    return pd.DataFrame(rows)


def _sp_biggest(df: pd.DataFrame) -> pd.Timestamp:
    day = _date(df, "Storm Date", "%m/%d/%Y")
    return _num(df, "Snow (in)").groupby(day).max().sort_index().idxmax()


_SP_QS = [
    Q(
        "how many storms did we plow",
        _count(lambda df: int(_text(df, "Storm Date").nunique())),
        ("Storm Date",),
    ),
    Q("what's the total we billed", _amount(lambda df: float(_num(df, "Billed").sum())), ("Billed",)),
    Q(
        "which driver put in the most hours",
        _lead(_named(lambda df: _top(_num(df, "Hours").groupby(_text(df, "Driver")).sum()))),
        ("Driver", "Hours"),
    ),
    Q(
        "how much salt does a lot take per storm on average",
        _typical(lambda df: _num(df, "Salt (tons)")[_text(df, "Site Type").str.title() == "Lot"]),
        ("Salt (tons)", "Site Type", "Storm Date"),
    ),
    Q(
        "what percent of jobs got a complaint",
        _share(lambda df: float(_flag(df, "Complaint").mean())),
        ("Complaint",),
    ),
    Q("which storm dumped the most snow", _day(_sp_biggest), ("Storm Date", "Snow (in)")),
]


# --- 5. Physical therapy visits ------------------------------------------------------------------------------------

_PT_PARTS = {"Knee": 4, "Shoulder": 3, "Back": 3.5, "Ankle": 1.5}
_PT_INS = {"Medicare": (4, 0.06), "BCBS": (3, 0.08), "Aetna": (2, 0.09), "UnitedHealthcare": (2, 0.1)}
_PT_INS |= {"Medicaid": (1.5, 0.2), "Self Pay": (0.7, 0.15)}


def _pt_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34405)
    therapists = ["Dr. Kim", "Dr. Patel", "Jenna Ross PTA", "Dr. Okafor"]
    rows: list[dict[str, Any]] = []
    for p in range(260):
        pid = f"P{10001 + int(rng.integers(0, 90)) * 100 + p}"
        part = str(_one(rng, list(_PT_PARTS), list(_PT_PARTS.values())))
        ins = str(_one(rng, list(_PT_INS), [v[0] for v in _PT_INS.values()]))
        miss = _PT_INS[ins][1]
        ther = str(_one(rng, therapists))
        day = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 300)))
        pain = float(rng.integers(5, 10))
        for v in range(int(rng.integers(4, 16))):
            while day.dayofweek >= 5:
                day += pd.Timedelta(days=1)
            if day.year > 2024:
                break
            noshow = rng.random() < miss
            before = int(np.clip(round(pain + rng.normal(0, 0.8)), 0, 10))
            after = int(np.clip(before - rng.integers(0, 4), 0, 10))
            rows.append(
                {
                    "Visit Date": f"{day:%Y-%m-%d}",
                    "Patient ID": pid,
                    "Therapist": ther,
                    "Body Part": part,
                    "Visit #": v + 1,
                    "Minutes": "" if noshow else int(_one(rng, [30, 45, 45, 60])),
                    "Pain Before": "" if noshow else before,
                    "Pain After": "" if noshow else after,
                    "Insurance": ins,
                    "No Show": "Y" if noshow else "N",
                }
            )
            if not noshow:
                pain = max(0.0, pain - float(rng.uniform(0.1, 0.6)))
            day += pd.Timedelta(days=int(_one(rng, [2, 3, 4, 7])))
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Visit Date"], format="%Y-%m-%d")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _pt_drop(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "Pain Before") - _num(df, "Pain After")).dropna()


_PT_QS = [
    Q(
        "how many different patients do we have",
        either(
            _count(lambda df: int(_text(df, "Patient ID").nunique())),
            _count(lambda df: int(_text(df, "Patient ID")[~_flag(df, "No Show")].nunique())),
        ),
        ("Patient ID",),
    ),
    Q("whats our no show rate", _share(lambda df: float(_flag(df, "No Show").mean())), ("No Show",)),
    Q(
        "how much does pain go down in a visit on average",
        _typical(_pt_drop),
        ("Pain Before", "Pain After"),
    ),
    Q(
        "what do we treat the most",
        either(
            _lead(_named(lambda df: _top(_text(df, "Body Part").value_counts()))),
            _lead(_named(lambda df: _top(df.drop_duplicates("Patient ID")["Body Part"].value_counts()))),
        ),
        ("Body Part", "Patient ID"),
    ),
    Q(
        "how long are back sessions usually",
        _typical(lambda df: _num(df, "Minutes")[_text(df, "Body Part") == "Back"]),
        ("Minutes", "Body Part"),
    ),
    Q(
        "which insurance has the most no shows",
        _either_named(
            lambda df: _top(_flag(df, "No Show").groupby(_text(df, "Insurance")).sum()),
            lambda df: _top(_flag(df, "No Show").groupby(_text(df, "Insurance")).mean()),
        ),
        ("Insurance", "No Show"),
    ),
]


# --- 6. Stained glass commissions ----------------------------------------------------------------------------------

_SG_TYPES = {"Window": (900, 2.2, 60), "Panel": (400, 2.0, 30), "Lamp": (250, 3.5, 45), "Repair": (300, 0.9, 10)}


def _glass_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34406)
    clients = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(200)]
    clients += ["St. Mark's Lutheran", "First Baptist Church", "Hotel Adler", "Bramble & Rye Bistro"]
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2021-01-04", "2024-12-16", freq="B")
    rate = np.linspace(0.7, 1.3, len(days))
    picks = np.sort(rng.choice(len(days), size=340, replace=False, p=rate / rate.sum()))
    for n, k in enumerate(picks):
        start = days[int(k)]
        kind = str(_one(rng, list(_SG_TYPES), [3, 3, 1.5, 2.5]))
        area_mid, per_in, days_mid = _SG_TYPES[kind]
        area = int(round(max(60, rng.lognormal(np.log(area_mid), 0.45)), -1))
        pieces = int(max(8, area * float(rng.uniform(0.08, 0.3))))
        price = round((area * per_in + pieces * 4 + float(rng.normal(0, 120))) / 25) * 25
        price = max(150, price)
        finish = start + pd.Timedelta(days=int(max(3, rng.normal(days_mid, days_mid * 0.3))))
        done = finish < pd.Timestamp("2024-12-20") and rng.random() > 0.03
        installed = "N/A" if kind in ("Lamp", "Panel") else ("Y" if done and rng.random() < 0.9 else "N")
        rows.append(
            {
                "Commission": f"SG-{101 + n}",
                "Client": str(_one(rng, clients)),
                "Piece Type": kind,
                "Size (sq in)": area,
                "Glass Pieces": pieces,
                "Quoted Price": _money(price),
                "Deposit": "" if kind == "Repair" and rng.random() < 0.7 else _money(round(price / 2, 2)),
                "Start Date": f"{start.month}/{start.day}/{start.year}",
                "Finish Date": f"{finish.month}/{finish.day}/{finish.year}" if done else "",
                "Installed": installed,
            }
        )
    return pd.DataFrame(rows)


def _sg_lamp_days(df: pd.DataFrame) -> pd.Series:
    gap = _date(df, "Finish Date", "%m/%d/%Y") - _date(df, "Start Date", "%m/%d/%Y")
    return gap.dt.days[_text(df, "Piece Type") == "Lamp"].dropna()


_SG_QS = [
    Q(
        "how many pieces are still in progress",
        _count(lambda df: int((_text(df, "Finish Date") == "").sum())),
        ("Finish Date", "Commission"),
    ),
    Q(
        "what do windows usually go for",
        _typical(lambda df: _num(df, "Quoted Price")[_text(df, "Piece Type") == "Window"]),
        ("Quoted Price", "Piece Type"),
    ),
    Q("how long does a lamp take to make", _typical(_sg_lamp_days), ("Start Date", "Finish Date", "Piece Type")),
    Q("total deposits we've taken", _amount(lambda df: float(_num(df, "Deposit").sum())), ("Deposit",)),
    Q(
        "do pieces with more glass cost more",
        _corr(lambda df: _num(df, "Glass Pieces"), lambda df: _num(df, "Quoted Price")),
        ("Glass Pieces", "Quoted Price"),
    ),
    Q(
        "what year did we start the most commissions",
        _year(lambda df: int(_date(df, "Start Date", "%m/%d/%Y").dt.year.value_counts().sort_index().idxmax())),
        ("Start Date", "Commission"),
    ),
]


# --- 7. Hay bale sales ---------------------------------------------------------------------------------------------

_HY_TYPES = {"Small Square": (6.5, (20, 200)), "Round": (55.0, (2, 20)), "Large Square": (80.0, (4, 30))}
_HY_CUTS = {"First": 0.85, "Second": 1.1, "Third": 1.2}


def _hay_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34407)
    buyers = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(40)]
    buyers += ["Shady Oaks Stables", "Triple R Ranch", "Hillside Dairy", "Tractor Supply #412"]
    weight = rng.uniform(0.3, 2.0, len(buyers))
    weight[-3:] *= 4
    rows: list[dict[str, Any]] = []
    for year in (2023, 2024):
        days = pd.date_range(f"{year}-05-20", f"{year}-12-20", freq="D")
        for k in np.sort(rng.choice(len(days), size=360, replace=True)):
            day = days[int(k)]
            cut = "First" if day.month <= 6 else ("Second" if day.month <= 8 else str(_one(rng, list(_HY_CUTS))))
            kind = str(_one(rng, list(_HY_TYPES), [5, 3, 1.5]))
            price, (lo, hi) = _HY_TYPES[kind]
            price = round(price * _HY_CUTS[cut] * (1.06 if year == 2024 else 1.0) * float(rng.uniform(0.9, 1.1)) * 4)
            delivered = rng.random() < 0.45
            late = year == 2024 and day.month >= 11
            rows.append(
                {
                    "Sale Date": f"{day:%Y-%m-%d}",
                    "Buyer": buyers[int(rng.choice(len(buyers), p=weight / weight.sum()))],
                    "Cutting": cut,
                    "Bale Type": kind,
                    "Bales": int(rng.integers(lo, hi + 1)),
                    "Price/Bale": _money(price / 4),
                    "Delivered": "Y" if delivered else "N",
                    "Delivery Miles": round(float(rng.gamma(2.0, 9.0)), 1) if delivered else "",
                    "Paid": "N" if (late and rng.random() < 0.4) or rng.random() < 0.03 else "Y",
                }
            )
    return pd.DataFrame(rows)


def _hy_revenue(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Bales") * _num(df, "Price/Bale")


def _hy_round_price(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        pick = _text(df, "Bale Type") == "Round"
        if how == "weighted":
            return float(_hy_revenue(df)[pick].sum() / _num(df, "Bales")[pick].sum())
        return float(_num(df, "Price/Bale")[pick].agg(how))

    return value


_HY_QS = [
    Q("how many bales did we sell", _count(lambda df: int(_num(df, "Bales").sum())), ("Bales",)),
    Q(
        "whats a round bale going for on average",
        either(*(_about(_hy_round_price(h)) for h in ("mean", "median", "weighted"))),
        ("Price/Bale", "Bale Type", "Bales"),
    ),
    Q(
        "total sales for 2024",
        _amount(lambda df: float(_hy_revenue(df)[_text(df, "Sale Date").str[:4] == "2024"].sum())),
        ("Bales", "Price/Bale", "Sale Date"),
    ),
    Q(
        "who's our biggest customer",
        _either_named(
            lambda df: _top(_hy_revenue(df).groupby(_text(df, "Buyer")).sum()),
            lambda df: _top(_num(df, "Bales").groupby(_text(df, "Buyer")).sum()),
        ),
        ("Buyer", "Bales", "Price/Bale"),
    ),
    Q(
        "how much money is still owed to us",
        _amount(lambda df: float(_hy_revenue(df)[_text(df, "Paid").str.upper() == "N"].sum())),
        ("Paid", "Bales", "Price/Bale"),
    ),
    Q(
        "how far do we drive on a delivery usually",
        _typical(lambda df: _num(df, "Delivery Miles").dropna()),
        ("Delivery Miles", "Delivered"),
    ),
]


HELDOUT344 = [
    Dataset("grain_elevator_scale_tickets", _grain_frame, _GE_QS),
    Dataset("bridal_alteration_orders", _bridal_frame, _BA_QS),
    Dataset("coffee_roast_log", _roast_frame, _CR_QS),
    Dataset("snow_plow_storm_log", _plow_frame, _SP_QS),
    Dataset("physical_therapy_visits", _pt_frame, _PT_QS),
    Dataset("stained_glass_commissions", _glass_frame, _SG_QS),
    Dataset("hay_bale_sales", _hay_frame, _HY_QS),
]
