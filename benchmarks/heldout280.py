"""HELDOUT280: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a wedding planner's vendor
budget tracker (one row per vendor line of about sixty weddings, April 2024 to October 2025) with Couple ("Nguyen &
Patel"), "Wedding Date" as "6/14/2024", Category (Venue, Catering, Photography, Flowers, Music, Cake, Attire),
Vendor, "Estimated Cost", "Actual Cost" and "Deposit Paid" as "$12,500.00" (Actual Cost blank or "TBD" while a line
is pending, deposit "$0.00"), "Paid Date" as "3/02/2024" (blank when nothing is paid), "Balance Due Date", Status
(Booked, Paid, Pending) and a mostly blank Notes; a state wildlife agency's deer and elk harvest report (2019 to 2023)
with Year, upper-case Species (DEER, ELK) and Season (ARCHERY, MUZZLELOADER, RIFLE), Unit (game management unit
numbers 1 to 45, elk hunted in thirty of them, plus an "ALL UNITS" total row per year, species and season), Hunters,
Days, "Antlered Harvest", "Antlerless Harvest", "Total Harvest" and "Success Rate" as "23%" (blank where fewer than
ten hunters); a food truck's Square-style item sales export (May to August 2024) with Date as "2024-05-03", Time as
"11:42:10", Location (spot by weekday: Tech Park, Brewery Row, Farmers Market, "Downtown - 5th & Main"), Category
(Entrée, Side, Drink; blank on a few "Custom Amount" lines), Item, Qty, "Unit Price", "Gross Sales", Discounts as
"-$1.00" or "$0.00", "Net Sales", "Payment Method" (Cash, Card) and "Transaction ID" repeated on every line of a
ticket; a bike share system's July 2024 trip file in Divvy style with ride_id, rideable_type (classic_bike,
electric_bike), started_at and ended_at as "2024-07-11 08:15:01", start_station_name, start_station_id,
end_station_name, end_station_id (blank on many electric rides left off a dock), start_lat, start_lng, end_lat,
end_lng (two decimals off a dock, end blank on a few lost bikes), member_casual and duration_sec; a patient's
doctor booking history from a booking app (2015 to 2024) with "Appointment Date" as "2023-03-14", Time as
"10:30 AM", Provider ("Dr. Sarah Kim"), Specialty, "Visit Type" (In person, Video), Copay as "$25.00" ("$0.00" when
cancelled), "Days Waited", Rating (1 to 5, blank when not rated) and Cancelled (Yes, No); a city's sanitary sewer
overflow reports (open data, 2019 to 2024) with EVENT_ID as "SSO-2021-0042", START_DATE_TIME and END_DATE_TIME as
"01/14/2023 03:15:00 AM" (end blank on a few), OUTFALL ("OF-023"), upper-case LOCATION ("1200 BLK N PINE ST"),
RECEIVING_WATERBODY, VOLUME_GAL (numbers, "UNKNOWN" or blank), upper-case CAUSE (GREASE, RAIN, BLOCKAGE, POWER
FAILURE, ROOTS) and DISTRICT ("DISTRICT 3"); and a beekeeper's hive inspection log (2022 to 2024 seasons) with Date
as "5/14/2023", "Hive ID" ("H-01" to "H-18"), Yard, "Queen Seen" (Y, N), "Brood Frames", "Honey Frames",
"Temperament (1-5)", "Mites per 300" (blank when no wash was done), "Honey Harvested (lbs)" (blank except on harvest
visits), Treatment ("None", "Oxalic acid", "Apivar", "Formic Pro") and Notes. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .heldout253 import _amount, _named_any, _num, _text, _typical
from .heldout273 import _both
from .heldout278 import _hours
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _picks(*scores: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """The top label of any of several readings, said beside the superlative."""
    return _lead(_named_any(lambda df: [str(s(df).sort_index(kind="stable").idxmax()) for s in scores]))


def _dates(df: pd.DataFrame, col: str, fmt: str | None = None) -> pd.Series:
    return pd.to_datetime(_text(df, col).replace("", None), format=fmt, errors="coerce")


# --- 1. Wedding planner vendor budget tracker ----------------------------------------------------------------------

_WD_CATS: dict[str, tuple[float, float, float, list[str]]] = {
    "Venue": (9000, 24000, 1.03, ["The Grand Oak Barn", "Lakeside Pavilion", "Rosewood Estate", "Harbor Loft"]),
    "Catering": (8000, 26000, 1.14, ["Savory Table Co.", "Bella Cucina Catering", "Smoke & Sage BBQ", "Fresh Fork"]),
    "Photography": (2500, 7000, 1.02, ["Lumen Studios", "Katie Rowe Photo", "Golden Hour Co.", "Frame & Field"]),
    "Flowers": (1200, 6000, 1.08, ["Petal Pushers", "Wildflower Design", "Bloom Room", "Stem & Vine"]),
    "Music": (1000, 4500, 1.01, ["DJ Marcus Lee", "The Velvet Tones", "Spin City DJs", "String Theory Quartet"]),
    "Cake": (400, 1500, 1.04, ["Sugar Bloom Bakery", "Tiered Treats", "Crumb & Co."]),
    "Attire": (1000, 4000, 1.05, ["Ivory Lane Bridal", "Tux Express", "Belle Atelier"]),
}
_WD_LAST = ["Nguyen", "Patel", "Smith", "Garcia", "Johnson", "Kim", "Brown", "Lopez", "Miller", "Davis", "Wilson"]
_WD_LAST += ["Martinez", "Anderson", "Thomas", "Moore", "Jackson", "Lee", "Walker", "Hall", "Young", "King"]


def _wedding_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28001)
    today = pd.Timestamp("2025-03-01")
    rows: list[dict[str, Any]] = []
    for _ in range(60):
        wed = pd.Timestamp("2024-04-01") + pd.Timedelta(days=int(rng.integers(0, 570)))
        wed -= pd.Timedelta(days=(wed.day_of_week - 5) % 7)  # a Saturday
        couple = f"{_one(rng, _WD_LAST)} & {_one(rng, _WD_LAST)}"
        for cat, (lo, hi, bias, vendors) in _WD_CATS.items():
            if cat in ("Cake", "Attire") and rng.random() < 0.3:
                continue
            est = round(float(rng.uniform(lo, hi)), -2)
            if wed < today:
                status = "Paid"
            else:
                status = _one(rng, ["Booked", "Pending"], [0.6, 0.4 + 0.4 * (wed > pd.Timestamp("2025-08-01"))])
            actual = round(est * float(rng.normal(bias, 0.07)), 2)
            booked = wed - pd.Timedelta(days=int(rng.integers(120, 400)))
            deposit = round(actual * float(_one(rng, [0.25, 0.3, 0.5])), 2)
            due = wed - pd.Timedelta(days=int(_one(rng, [14, 30])))
            rows.append(
                {
                    "Couple": couple,
                    "Wedding Date": f"{wed.month}/{wed.day}/{wed.year}",
                    "Category": cat,
                    "Vendor": _one(rng, vendors),
                    "Estimated Cost": _money(est),
                    "Actual Cost": ("TBD" if rng.random() < 0.5 else "") if status == "Pending" else _money(actual),
                    "Deposit Paid": "$0.00" if status == "Pending" else _money(deposit),
                    "Paid Date": "" if status == "Pending" else f"{booked.month}/{booked.day:02d}/{booked.year}",
                    "Balance Due Date": f"{due.month}/{due.day}/{due.year}",
                    "Status": status,
                    "Notes": _one(rng, ["", "", "", "", "incl. tax", "travel fee", "per contract"]),
                }
            )
    return pd.DataFrame(rows)


def _wd_over(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Actual Cost") - _num(df, "Estimated Cost")


def _wd_pending(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") == "Pending"]


_WD_QS = [
    Q(
        "how much over budget are we overall",
        _amount(lambda df: float(_wd_over(df).sum())),
        ("Estimated Cost", "Actual Cost"),
    ),
    Q(
        "which category goes over budget the most",
        _picks(
            lambda df: _wd_over(df).groupby(df["Category"]).sum(),
            lambda df: _wd_over(df).groupby(df["Category"]).mean(),
            lambda df: (
                _num(df, "Actual Cost").groupby(df["Category"]).sum()
                / _num(df, "Estimated Cost").where(_num(df, "Actual Cost").notna()).groupby(df["Category"]).sum()
            ),
        ),
        ("Category", "Estimated Cost", "Actual Cost"),
    ),
    Q(
        "whats the average catering bill",
        _typical(lambda df: _num(df, "Actual Cost")[df["Category"] == "Catering"].dropna()),
        ("Category", "Actual Cost"),
    ),
    Q(
        "how many vendors are still pending",
        either(
            _count(lambda df: len(_wd_pending(df))),
            _count(lambda df: int(_wd_pending(df)["Vendor"].nunique())),
        ),
        ("Status", "Vendor"),
    ),
    Q(
        "which of those has the biggest estimate",
        _lead(_named(lambda df: str(_wd_pending(df).loc[_num(_wd_pending(df), "Estimated Cost").idxmax(), "Vendor"]))),
        ("Status", "Vendor", "Estimated Cost"),
    ),
    Q(
        "how much did we pay in deposits in 2024",
        _amount(lambda df: float(_num(df, "Deposit Paid")[_dates(df, "Paid Date", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Deposit Paid", "Paid Date"),
    ),
]


# --- 2. Deer and elk harvest report --------------------------------------------------------------------------------

_HV_SEASONS = {"ARCHERY": (60, 400, 0.22, 0.1), "MUZZLELOADER": (30, 220, 0.32, 0.15), "RIFLE": (300, 1600, 0.45, 0.2)}
_HV_YEARS = {2019: 1.0, 2020: 1.09, 2021: 1.14, 2022: 1.04, 2023: 0.97}


def _harvest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28002)
    units = list(range(1, 46))
    elk_units = sorted(int(u) for u in rng.choice(units, 30, replace=False))
    unit_skill = {u: float(rng.uniform(0.6, 1.4)) for u in units}
    unit_size = {u: float(rng.uniform(0.4, 1.6)) for u in units}
    rows: list[dict[str, Any]] = []
    for year, boom in _HV_YEARS.items():
        for species in ("DEER", "ELK"):
            for season, (lo, hi, deer_rate, elk_rate) in _HV_SEASONS.items():
                block = []
                for u in units if species == "DEER" else elk_units:
                    scale = 0.6 if species == "ELK" else 1.0
                    hunters = int(rng.uniform(lo, hi) * unit_size[u] * boom * scale * rng.uniform(0.85, 1.15))
                    if rng.random() < 0.03:
                        hunters = int(rng.integers(2, 10))
                    rate = (deer_rate if species == "DEER" else elk_rate) * unit_skill[u] * rng.uniform(0.8, 1.2)
                    total = int(rng.binomial(hunters, min(rate, 0.95)))
                    antlerless = int(rng.binomial(total, 0.4 if species == "DEER" else 0.46))
                    block.append(
                        {
                            "Year": year,
                            "Species": species,
                            "Season": season,
                            "Unit": str(u),
                            "Hunters": hunters,
                            "Days": int(hunters * rng.uniform(3.0, 6.5)),
                            "Antlered Harvest": total - antlerless,
                            "Antlerless Harvest": antlerless,
                            "Total Harvest": total,
                            "Success Rate": "" if hunters < 10 else f"{round(100 * total / hunters)}%",
                        }
                    )
                rows.extend(block)
                sums = {k: sum(r[k] for r in block) for k in ("Hunters", "Days", "Antlerless Harvest")}
                sums |= {k: sum(r[k] for r in block) for k in ("Antlered Harvest", "Total Harvest")}
                rate = f"{round(100 * sums['Total Harvest'] / sums['Hunters'])}%"
                rows.append({"Year": year, "Species": species, "Season": season, "Unit": "ALL UNITS"} | sums)
                rows[-1]["Success Rate"] = rate
    return pd.DataFrame(rows)


def _hv_units(df: pd.DataFrame, species: str | None = None) -> pd.DataFrame:
    keep = _text(df, "Unit") != "ALL UNITS"
    if species:
        keep &= _text(df, "Species") == species
    return df[keep]


def _hv_antlerless(species: str) -> Callable[[pd.DataFrame], float]:
    def share(df: pd.DataFrame) -> float:
        d = _hv_units(df, species)
        return float(d["Antlerless Harvest"].sum() / d["Total Harvest"].sum())

    return share


_HV_QS = [
    Q(
        "how many elk were killed in 2022",
        _count(lambda df: int(_hv_units(df, "ELK").loc[lambda d: d["Year"] == 2022, "Total Harvest"].sum())),
        ("Year", "Species", "Unit", "Total Harvest", "Antlered Harvest", "Antlerless Harvest"),
    ),
    Q(
        "which unit has the best deer success rate",
        _picks(
            lambda df: (
                _hv_units(df, "DEER").groupby(_text(_hv_units(df, "DEER"), "Unit"))[["Total Harvest", "Hunters"]].sum()
            ).pipe(lambda s: s["Total Harvest"] / s["Hunters"]),
            lambda df: _num(_hv_units(df, "DEER"), "Success Rate").groupby(_text(_hv_units(df, "DEER"), "Unit")).mean(),
        ),
        ("Unit", "Species", "Success Rate", "Total Harvest", "Hunters"),
    ),
    Q(
        "what year had the most hunters out",
        _lead(_year(lambda df: int(_hv_units(df).groupby("Year")["Hunters"].sum().idxmax()))),
        ("Year", "Hunters"),
    ),
    Q(
        "on average how many days does an elk hunter spend out there",
        either(
            _about(lambda df: float(_hv_units(df, "ELK")["Days"].sum() / _hv_units(df, "ELK")["Hunters"].sum())),
            _about(lambda df: float((_hv_units(df, "ELK")["Days"] / _hv_units(df, "ELK")["Hunters"]).mean())),
        ),
        ("Species", "Days", "Hunters"),
    ),
    Q(
        "what percent of the deer harvest was antlerless",
        _share(_hv_antlerless("DEER")),
        ("Species", "Antlerless Harvest", "Total Harvest", "Antlered Harvest"),
    ),
    Q(
        "and for elk?",
        _share(_hv_antlerless("ELK")),
        ("Species", "Antlerless Harvest", "Total Harvest", "Antlered Harvest"),
    ),
]


# --- 3. Food truck item sales export -------------------------------------------------------------------------------

_FT_ITEMS: dict[str, tuple[str, float, float]] = {
    "Birria Tacos": ("Entrée", 13.0, 3.2),
    "Carne Asada Burrito": ("Entrée", 12.5, 2.4),
    "Chicken Quesadilla": ("Entrée", 11.0, 1.8),
    "Veggie Bowl": ("Entrée", 11.5, 1.0),
    "Elote": ("Side", 5.0, 1.4),
    "Chips & Salsa": ("Side", 4.0, 1.2),
    "Churros": ("Side", 5.5, 0.9),
    "Horchata": ("Drink", 4.0, 1.3),
    "Jarritos": ("Drink", 3.5, 1.5),
    "Bottled Water": ("Drink", 2.0, 0.8),
}
_FT_SPOTS = {1: "Tech Park", 2: "Tech Park", 3: "Tech Park", 4: "Brewery Row", 5: "Farmers Market"}
_FT_SPOTS |= {6: "Downtown - 5th & Main"}
_FT_BUSY = {1: 16, 2: 18, 3: 17, 4: 28, 5: 34, 6: 22}


def _foodtruck_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28003)
    names = list(_FT_ITEMS)
    weights = [v[2] for v in _FT_ITEMS.values()]
    rows: list[dict[str, Any]] = []
    tid = 0
    for day in pd.date_range("2024-05-01", "2024-08-31", freq="D"):
        if day.day_of_week == 0 or rng.random() < 0.12:
            continue
        spot = _FT_SPOTS[day.day_of_week]
        open_h = 17 if spot == "Brewery Row" else (8 if spot == "Farmers Market" else 11)
        for _ in range(int(rng.poisson(_FT_BUSY[day.day_of_week]))):
            tid += 1
            txn = f"{''.join(_one(rng, list('ABCDEFGHJKLMNPQRSTUVWXYZ23456789')) for _ in range(10))}{tid}"
            at = day + pd.Timedelta(hours=open_h, minutes=int(rng.integers(0, 240)), seconds=int(rng.integers(0, 60)))
            pay = _one(rng, ["Card", "Cash"], [0.72, 0.28])
            disc_line = int(rng.integers(0, 3)) if rng.random() < 0.1 else -1
            for k in range(int(rng.integers(1, 5))):
                if rng.random() < 0.01:
                    item, cat, price = "Custom Amount", "", float(_one(rng, [5.0, 10.0, 15.0]))
                else:
                    item = _one(rng, names, weights)
                    cat, price, _ = _FT_ITEMS[item]
                qty = int(_one(rng, [1, 1, 1, 1, 2, 2, 3]))
                gross = qty * price
                disc = (1.0 if rng.random() < 0.5 else round(0.1 * gross, 2)) if k == disc_line else 0.0
                rows.append(
                    {
                        "Date": f"{at:%Y-%m-%d}",
                        "Time": f"{at:%H:%M:%S}",
                        "Location": spot,
                        "Category": cat,
                        "Item": item,
                        "Qty": qty,
                        "Unit Price": _money(price),
                        "Gross Sales": _money(gross),
                        "Discounts": f"-{_money(disc)}" if disc else "$0.00",
                        "Net Sales": _money(gross - disc),
                        "Payment Method": pay,
                        "Transaction ID": txn,
                    }
                )
    return pd.DataFrame(rows)


def _ft_sales(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, col)


def _ft_ticket(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, col).groupby(df["Transaction ID"]).sum()


def _ft_weekday(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, col).groupby(pd.to_datetime(df["Date"]).dt.day_name()).sum()


def _ft_cash_share(df: pd.DataFrame) -> float:
    return float((df.groupby("Transaction ID")["Payment Method"].first() == "Cash").mean())


_FT_QS = [
    Q(
        "whats our best seller",
        _picks(
            lambda df: df.groupby("Item")["Qty"].sum(),
            lambda df: df["Item"].value_counts(),
            lambda df: _num(df, "Net Sales").groupby(df["Item"]).sum(),
        ),
        ("Item", "Qty", "Net Sales", "Gross Sales"),
    ),
    Q(
        "how much did we make at the farmers market",
        either(
            _amount(lambda df: float(_num(df, "Net Sales")[df["Location"] == "Farmers Market"].sum())),
            _amount(lambda df: float(_num(df, "Gross Sales")[df["Location"] == "Farmers Market"].sum())),
        ),
        ("Location", "Net Sales", "Gross Sales"),
    ),
    Q(
        "what % of people pay cash",
        either(_share(_ft_cash_share), _share(lambda df: float((df["Payment Method"] == "Cash").mean()))),
        ("Payment Method", "Transaction ID"),
    ),
    Q(
        "avg order size in dollars?",
        either(_typical(_ft_ticket("Net Sales")), _typical(_ft_ticket("Gross Sales"))),
        ("Transaction ID", "Net Sales", "Gross Sales"),
    ),
    Q(
        "which day of the week brings in the most money",
        _picks(_ft_weekday("Net Sales"), _ft_weekday("Gross Sales")),
        ("Date", "Net Sales", "Gross Sales"),
    ),
    Q(
        "how much did we give away in discounts in july",
        _amount(lambda df: float(-_num(df, "Discounts")[pd.to_datetime(df["Date"]).dt.month == 7].sum())),
        ("Date", "Discounts"),
    ),
]


# --- 4. Bike share trip data ---------------------------------------------------------------------------------------

_BS_STATIONS = [
    ("Streeter Dr & Grand Ave", "13022", 3.0),
    ("DuSable Lake Shore Dr & Monroe St", "13300", 2.2),
    ("Kingsbury St & Kinzie St", "KA1503000043", 1.8),
    ("Clark St & Elm St", "TA1307000039", 1.7),
    ("Wells St & Concord Ln", "TA1308000050", 1.5),
    ("Clinton St & Washington Blvd", "WL-012", 1.5),
    ("Theater on the Lake", "TA1308000001", 1.4),
    ("Wabash Ave & Grand Ave", "TA1307000117", 1.2),
    ("State St & Chicago Ave", "21544", 1.1),
    ("University Ave & 57th St", "KA1503000071", 1.0),
    ("Broadway & Barry Ave", "13137", 1.0),
    ("Canal St & Madison St", "13341", 0.9),
    ("Millennium Park", "13008", 1.3),
    ("Shedd Aquarium", "15544", 1.1),
    ("Ellis Ave & 60th St", "KA1503000014", 0.8),
    ("Sheffield Ave & Fullerton Ave", "TA1306000016", 0.8),
    ("Wilton Ave & Belmont Ave", "TA1307000134", 0.7),
    ("Damen Ave & Pierce Ave", "TA1305000041", 0.7),
    ("Lincoln Ave & Roscoe St", "chargingstx5", 0.6),
    ("Halsted St & Roscoe St", "TA1309000025", 0.6),
]


def _bikeshare_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28004)
    w = np.array([s[2] for s in _BS_STATIONS])
    coords = {s[0]: (41.85 + rng.uniform(0, 0.1), -87.68 + rng.uniform(0, 0.07)) for s in _BS_STATIONS}
    day_weight = {d: (1.4 if d in (4, 13, 20, 27) else 1.0) * rng.uniform(0.7, 1.3) for d in range(1, 32)}
    days = np.array(list(day_weight))
    dw = np.array(list(day_weight.values()))
    rows: list[dict[str, Any]] = []
    for _ in range(4400):
        member = rng.random() < 0.62
        electric = rng.random() < 0.52
        day = int(rng.choice(days, p=dw / dw.sum()))
        start = pd.Timestamp(2024, 7, day) + pd.Timedelta(seconds=int(rng.integers(5 * 3600, 24 * 3600)))
        dur = int(np.exp(rng.normal(np.log(560 if member else 1020), 0.6)))
        if rng.random() < 0.004:
            dur = int(rng.integers(90000, 200000))
        end = start + pd.Timedelta(seconds=dur)
        s = _BS_STATIONS[int(rng.choice(len(w), p=w / w.sum()))]
        e = _BS_STATIONS[int(rng.choice(len(w), p=w / w.sum()))]
        s_off = electric and rng.random() < 0.3
        e_off = electric and rng.random() < 0.35
        slat, slng = coords[s[0]]
        elat, elng = coords[e[0]]
        lost = rng.random() < 0.005
        rows.append(
            {
                "ride_id": "".join(_one(rng, list("0123456789ABCDEF")) for _ in range(16)),
                "rideable_type": "electric_bike" if electric else "classic_bike",
                "started_at": f"{start:%Y-%m-%d %H:%M:%S}",
                "ended_at": f"{end:%Y-%m-%d %H:%M:%S}",
                "start_station_name": "" if s_off else s[0],
                "start_station_id": "" if s_off else s[1],
                "end_station_name": "" if e_off or lost else e[0],
                "end_station_id": "" if e_off or lost else e[1],
                "start_lat": round(slat, 2) if s_off else round(slat, 6),
                "start_lng": round(slng, 2) if s_off else round(slng, 6),
                "end_lat": "" if lost else (round(elat, 2) if e_off else round(elat, 6)),
                "end_lng": "" if lost else (round(elng, 2) if e_off else round(elng, 6)),
                "member_casual": "member" if member else "casual",
                "duration_sec": dur,
            }
        )
    return pd.DataFrame(rows)


_BS_QS = [
    Q(
        "how many rides were by members and how many by casual riders",
        _both(
            _count(lambda df: int((df["member_casual"] == "member").sum())),
            _count(lambda df: int((df["member_casual"] == "casual").sum())),
        ),
        ("member_casual", "ride_id"),
    ),
    Q(
        "how long is a typical casual ride, in minutes",
        _typical(lambda df: df.loc[df["member_casual"] == "casual", "duration_sec"] / 60),
        ("member_casual", "duration_sec", "started_at", "ended_at"),
    ),
    Q(
        "busiest station to start from?",
        _lead(
            _named(lambda df: str(_text(df, "start_station_name").replace("", None).dropna().value_counts().idxmax()))
        ),
        ("start_station_name", "start_station_id"),
    ),
    Q(
        "what share of rides were on ebikes",
        _share(lambda df: float((df["rideable_type"] == "electric_bike").mean())),
        ("rideable_type",),
    ),
    Q(
        "which day had the most rides",
        _lead(_day(lambda df: pd.to_datetime(df["started_at"]).dt.normalize().value_counts().idxmax())),
        ("started_at", "ride_id"),
    ),
    Q(
        "how many rides dont have a start station",
        _count(lambda df: int((_text(df, "start_station_name") == "").sum())),
        ("start_station_name", "start_station_id"),
    ),
]


# --- 5. Doctor booking history -------------------------------------------------------------------------------------

_DR_SPECS: dict[str, tuple[float, int, float, float, list[str]]] = {
    "Physical Therapy": (4.0, 40, 0.0, 4, ["Jordan Ellis, DPT", "Maya Chen, DPT"]),
    "Primary Care": (2.2, 25, 0.3, 7, ["Dr. Sarah Kim", "Dr. Robert Hale"]),
    "Psychiatry": (2.6, 30, 0.8, 10, ["Dr. Anita Rao"]),
    "Dermatology": (0.8, 50, 0.1, 31, ["Dr. Paul Weiss", "Dr. Lena Ortiz"]),
    "Cardiology": (0.4, 50, 0.0, 24, ["Dr. Michael Grant"]),
    "Urgent Care": (0.5, 75, 0.2, 0, ["Dr. Kevin Doyle", "Dr. Priya Shah"]),
    "Optometry": (0.3, 20, 0.0, 14, ["Dr. Ellen Fox"]),
}


def _doctor_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28005)
    names = list(_DR_SPECS)
    weights = [v[0] for v in _DR_SPECS.values()]
    rows: list[dict[str, Any]] = []
    for _ in range(330):
        spec = _one(rng, names, weights)
        _, copay, p_video, wait, provs = _DR_SPECS[spec]
        date = pd.Timestamp("2015-01-05") + pd.Timedelta(days=int(rng.integers(0, 3650)))
        video = (rng.random() < p_video) if date.year >= 2020 else (rng.random() < p_video / 4)
        cancelled = rng.random() < (0.26 if date.year == 2020 else 0.09)
        rated = not cancelled and rng.random() < 0.72
        rating = int(np.clip(round(rng.normal(4.0 if video else 4.35, 0.8)), 1, 5))
        days = 0 if spec == "Urgent Care" else int(max(0, rng.gamma(2.0, wait / 2)))
        rows.append(
            {
                "Appointment Date": f"{date:%Y-%m-%d}",
                "Time": f"{date + pd.Timedelta(minutes=15 * int(rng.integers(32, 68))):%I:%M %p}".lstrip("0"),
                "Provider": _one(rng, provs),
                "Specialty": spec,
                "Visit Type": "Video" if video else "In person",
                "Copay": "$0.00" if cancelled else _money(copay),
                "Days Waited": days,
                "Rating": rating if rated else "",
                "Cancelled": "Yes" if cancelled else "No",
            }
        )
    return pd.DataFrame(rows).sort_values("Appointment Date", kind="stable").reset_index(drop=True)


def _dr_kept(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Cancelled") == "No"]


def _dr_rating(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Rating")[df["Visit Type"] == kind].mean())


def _dr_derm_wait(frame: Callable[[pd.DataFrame], pd.DataFrame]) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: frame(df).loc[frame(df)["Specialty"] == "Dermatology", "Days Waited"]


_DR_QS = [
    Q("how much have i spent on copays", _amount(lambda df: float(_num(df, "Copay").sum())), ("Copay",)),
    Q(
        "what kind of doctor do i see the most",
        _picks(lambda df: df["Specialty"].value_counts(), lambda df: _dr_kept(df)["Specialty"].value_counts()),
        ("Specialty", "Cancelled"),
    ),
    Q(
        "how long do i usually wait to get in with the dermatologist",
        either(_typical(_dr_derm_wait(lambda d: d)), _typical(_dr_derm_wait(_dr_kept))),
        ("Specialty", "Days Waited", "Cancelled"),
    ),
    Q(
        "do i rate video visits better or worse than in person ones",
        _both(_about(_dr_rating("Video")), _about(_dr_rating("In person"))),
        ("Visit Type", "Rating"),
    ),
    Q(
        "how many appointments did i cancel",
        _count(lambda df: int((_text(df, "Cancelled") == "Yes").sum())),
        ("Cancelled",),
    ),
    Q(
        "what year did i cancel the most",
        _lead(
            _year(
                lambda df: int(
                    pd.to_datetime(df["Appointment Date"])[_text(df, "Cancelled") == "Yes"]
                    .dt.year.value_counts()
                    .idxmax()
                )
            )
        ),
        ("Appointment Date", "Cancelled"),
    ),
]


# --- 6. Sewer overflow reports -------------------------------------------------------------------------------------

_SO_WATERS = {"MILL CREEK": 1.3, "SOUTH RIVER": 1.0, "HARBOR": 0.7, "CEDAR RUN": 0.6, "STORM DRAIN - NO DISCHARGE": 0.5}
_SO_CAUSES = {"RAIN": 0.38, "GREASE": 0.24, "BLOCKAGE": 0.17, "ROOTS": 0.12, "POWER FAILURE": 0.09}
_SO_STREETS = ["N PINE ST", "W OAK AVE", "S MAIN ST", "E 12TH ST", "RIVER RD", "MILL ST", "HARBOR BLVD", "CEDAR LN"]
_SO_STREETS += ["N 3RD ST", "LINCOLN AVE", "WASHINGTON ST", "PARK DR", "ELM ST", "W 5TH AVE", "INDUSTRIAL PKWY"]


def _sewer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28006)
    outfalls = {}
    for k in range(1, 41):
        outfalls[f"OF-{k:03d}"] = (
            f"{int(rng.integers(1, 40)) * 100} BLK {_one(rng, _SO_STREETS)}",
            _one(rng, list(_SO_WATERS), list(_SO_WATERS.values())),
            f"DISTRICT {int(rng.integers(1, 7))}",
        )
    names = list(outfalls)
    storms = [
        pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(d), hours=int(h))
        for d, h in zip(rng.integers(0, 2190, 110), rng.integers(0, 24, 110), strict=True)
    ]
    events: list[tuple[pd.Timestamp, str]] = []
    for storm in storms:
        for _ in range(int(rng.integers(2, 9))):
            events.append((storm + pd.Timedelta(minutes=int(rng.integers(0, 240))), "RAIN"))
    dry = [c for c in _SO_CAUSES if c != "RAIN"]
    for _ in range(560):
        at = pd.Timestamp("2019-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 2190 * 1440)))
        events.append((at, _one(rng, dry, [_SO_CAUSES[c] for c in dry])))
    events.sort()
    grease_heavy = {"DISTRICT 2": 2.5}
    rows: list[dict[str, Any]] = []
    counter: dict[int, int] = {}
    for at, cause in events:
        if cause == "GREASE":
            weights = [grease_heavy.get(outfalls[n][2], 1.0) for n in names]
            of = _one(rng, names, weights)
        else:
            of = _one(rng, names)
        loc, water, district = outfalls[of]
        hours = float(rng.gamma(2.0, 4.0)) if cause == "RAIN" else float(rng.gamma(1.5, 1.2)) + 0.25
        end = at + pd.Timedelta(minutes=int(hours * 60))
        vol = int(np.exp(rng.normal(11.0, 1.0))) if cause == "RAIN" else int(np.exp(rng.normal(7.0, 1.0)))
        counter[at.year] = counter.get(at.year, 0) + 1
        r = rng.random()
        rows.append(
            {
                "EVENT_ID": f"SSO-{at.year}-{counter[at.year]:04d}",
                "START_DATE_TIME": f"{at:%m/%d/%Y %I:%M:%S %p}",
                "END_DATE_TIME": "" if rng.random() < 0.02 else f"{end:%m/%d/%Y %I:%M:%S %p}",
                "OUTFALL": of,
                "LOCATION": loc,
                "RECEIVING_WATERBODY": water,
                "VOLUME_GAL": "UNKNOWN" if r < 0.05 else ("" if r < 0.07 else vol),
                "CAUSE": cause,
                "DISTRICT": district,
            }
        )
    return pd.DataFrame(rows)


def _so_start(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["START_DATE_TIME"], format="%m/%d/%Y %I:%M:%S %p")


def _so_hours(df: pd.DataFrame) -> pd.Series:
    end = _dates(df, "END_DATE_TIME", "%m/%d/%Y %I:%M:%S %p")
    return ((end - _so_start(df)).dt.total_seconds() / 3600).dropna()


_SO_QS = [
    Q("how many overflows were caused by rain", _count(lambda df: int((df["CAUSE"] == "RAIN").sum())), ("CAUSE",)),
    Q(
        "total gallons spilled in 2023?",
        _amount(lambda df: float(_num(df, "VOLUME_GAL")[_so_start(df).dt.year == 2023].sum())),
        ("START_DATE_TIME", "VOLUME_GAL"),
    ),
    Q(
        "which waterbody got the most sewage",
        _lead(_named(lambda df: str(_num(df, "VOLUME_GAL").groupby(df["RECEIVING_WATERBODY"]).sum().idxmax()))),
        ("RECEIVING_WATERBODY", "VOLUME_GAL"),
    ),
    Q(
        "how long does an overflow usually last",
        either(_hours(lambda df: float(_so_hours(df).mean())), _hours(lambda df: float(_so_hours(df).median()))),
        ("START_DATE_TIME", "END_DATE_TIME"),
    ),
    Q(
        "which district has the most grease problems",
        _lead(_named(lambda df: str(df.loc[df["CAUSE"] == "GREASE", "DISTRICT"].value_counts().idxmax()))),
        ("DISTRICT", "CAUSE"),
    ),
    Q(
        "how many reports are missing the volume",
        _count(lambda df: int(_num(df, "VOLUME_GAL").isna().sum())),
        ("VOLUME_GAL",),
    ),
]


# --- 7. Beekeeper hive inspection log ------------------------------------------------------------------------------

_BK_YARDS = ["Home", "Miller Farm", "Ridge Orchard"]
_BK_NOTES = ["", "", "", "", "added super", "saw swarm cells", "fed 1:1 syrup", "queen cells removed", "robbing"]


def _hive_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28007)
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023, 2024):
        for h in range(1, 19):
            if rng.random() < 0.12:
                continue  # hive not alive that season
            vigor = float(rng.uniform(0.6, 1.4))
            mites = float(rng.uniform(0.5, 3.0))
            yard = _BK_YARDS[(h - 1) % 3]
            day = pd.Timestamp(year, 4, 1) + pd.Timedelta(days=int(rng.integers(0, 14)))
            while day.month <= 10:
                phase = np.sin(np.pi * (day.dayofyear - 90) / 210)
                brood = int(np.clip(round(vigor * 7 * phase - 0.25 * mites + rng.normal(0, 1)), 0, 10))
                honey = int(np.clip(round(vigor * 6 * phase + rng.normal(0, 1)), 0, 10))
                washed = rng.random() < 0.45
                count = int(max(0, rng.poisson(mites)))
                harvest = day.month in (7, 8) and rng.random() < 0.25
                treat = "None"
                if washed and count > 6 and rng.random() < 0.65:
                    treat = _one(rng, ["Oxalic acid", "Apivar", "Formic Pro"])
                    mites *= 0.4
                rows.append(
                    {
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Hive ID": f"H-{h:02d}",
                        "Yard": yard,
                        "Queen Seen": "Y" if rng.random() < 0.68 else "N",
                        "Brood Frames": brood,
                        "Honey Frames": honey,
                        "Temperament (1-5)": int(np.clip(round(rng.normal(3.6, 0.9)), 1, 5)),
                        "Mites per 300": count if washed else "",
                        "Honey Harvested (lbs)": round(float(vigor * rng.uniform(15, 45)), 1) if harvest else "",
                        "Treatment": treat if rng.random() > 0.1 else "",
                        "Notes": _one(rng, _BK_NOTES),
                    }
                )
                mites *= float(rng.uniform(1.05, 1.25))
                day += pd.Timedelta(days=int(rng.integers(9, 16)))
    return pd.DataFrame(rows)


def _bk_high(df: pd.DataFrame) -> pd.DataFrame:
    return df[_num(df, "Mites per 300") > 9]


_BK_QS = [
    Q(
        "how much honey have we harvested altogether",
        _amount(lambda df: float(_num(df, "Honey Harvested (lbs)").sum())),
        ("Honey Harvested (lbs)",),
    ),
    Q(
        "which hive made the most honey",
        _lead(_named(lambda df: str(_num(df, "Honey Harvested (lbs)").groupby(df["Hive ID"]).sum().idxmax()))),
        ("Hive ID", "Honey Harvested (lbs)"),
    ),
    Q(
        "do more mites go along with less brood",
        _corr(lambda df: _num(df, "Mites per 300"), lambda df: _num(df, "Brood Frames")),
        ("Mites per 300", "Brood Frames"),
    ),
    Q(
        "how often do we actually see the queen",
        _share(lambda df: float((_text(df, "Queen Seen") == "Y").mean())),
        ("Queen Seen",),
    ),
    Q(
        "how many inspections had a mite count over 9",
        _count(lambda df: len(_bk_high(df))),
        ("Mites per 300",),
    ),
    Q(
        "how many of those got treated",
        _count(lambda df: int((~_text(_bk_high(df), "Treatment").isin(["", "None"])).sum())),
        ("Mites per 300", "Treatment"),
    ),
]


HELDOUT280: list[Dataset] = [
    Dataset("wedding_planner_vendor_budget", _wedding_frame, _WD_QS),
    Dataset("deer_elk_harvest_by_unit_season", _harvest_frame, _HV_QS),
    Dataset("food_truck_pos_item_sales", _foodtruck_frame, _FT_QS),
    Dataset("bike_share_trips_2024_07", _bikeshare_frame, _BS_QS),
    Dataset("doctor_booking_app_history", _doctor_frame, _DR_QS),
    Dataset("sanitary_sewer_overflow_reports", _sewer_frame, _SO_QS),
    Dataset("beekeeper_hive_inspection_log", _hive_frame, _BK_QS),
]
