"""HELDOUT289: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a drone pilot's flight log
export (AirData-style, one row per flight, 2022 to 2024) with Date as "2024-03-09", "Time (UTC)" as "14:32:05",
Aircraft ("DJI Mini 3 Pro", "Mavic 3 Classic", "Air 2S", "Avata"), Location (a place name, blank when the app found
none), Duration as mm:ss ("12:34"), "Max Altitude (ft)", "Max Distance (ft)", "Max Speed (mph)", "Battery Start (%)",
"Battery End (%)", Photos and Videos; a homebrewer's batch log (Brewfather-style export, 2016 to 2024) with
"Batch #", "Brew Date" as "03/14/2021", Recipe, Style (BJCP names such as "American IPA"), "Batch Size (gal)", OG and
FG as "1.062" (FG, "ABV %" and "Fermentation Days" blank while still fermenting), IBU, Rating 1-5 (blank unless
completed) and Status (Completed, Fermenting, Dumped); a hotel's housekeeping room log (March to June 2024, one row
per room cleaned) with Date as "2024-05-03", Room (214), Floor, "Room Type" (King, Double Queen, Suite, ADA King),
Attendant, Task (Stayover, Checkout, Deep Clean), "Start Time" and "End Time" as "09:14", Minutes, Inspection
(Pass/Fail, blank when not inspected) and Notes (mostly blank: "DND", "Extra towels", "Maintenance ticket"); a state
DOT's annual average daily traffic counts (public data, 2015 to 2023, one row per count station per year, not every
station counted every year) with upper-case STATION_ID as "027-0145", ROUTE ("I-35", "US-69", "SR-12"), upper-case
COUNTY, YEAR, AADT, TRUCK_PCT (blank on some rows), DIRECTION ("BOTH", "NB", "SB", "EB", "WB") and
FUNCTIONAL_CLASS ("Interstate", "Principal Arterial - Other", "Minor Arterial", "Major Collector", "Local"); a
used-car dealership's sales log (2022 to 2024) with "Stock #" as "U2314", "Sale Date" as "3/14/2024", Year (model
year), Make, Model, Mileage (as "45,210", "EXEMPT" on a few old cars), "List Price" and "Sale Price" as "$18,995",
"Days on Lot", Salesperson, Financing (Cash, Dealer, Outside) and "Trade-In" (Y/N); a karaoke bar's song request log
(2023 and 2024) with Date as "2024-03-09", Time as "10:42 PM", Singer (regulars' first names, a few typed in lower
case), Song, Artist, Genre, "Key Change" ("0", "+2", "-1"), Duet (Y/N) and Tip as "$5.00" (blank when none); and a
state park system's monthly visitation (public data, 2019 to 2023, one row per park per month) with "Park Name",
Region, Month as "2023-07", "Day Use Visitors", "Overnight Campers", "Total Visitors" (their sum) and Revenue as
"$12,345.67" (campgrounds close in winter, so campers are 0 then). All are generated with a fixed seed.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout38 import _month
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical, _weekday
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one

# --- 1. Drone flight log -------------------------------------------------------------------------------------------

# aircraft: typical flight minutes, altitude ft, top speed mph, weight
_DR_CRAFT = {
    "DJI Mini 3 Pro": (18.0, 180, 35, 4.0),
    "Mavic 3 Classic": (24.0, 260, 45, 3.0),
    "Air 2S": (17.0, 220, 42, 2.0),
    "Avata": (8.0, 90, 55, 1.0),
}
_DR_PLACES = ["Lake Harriet", "Riverside Park", "Miller Farm", "Eagle Bluff", "Downtown Lot", "Cedar Beach"]
_DR_PLACES += ["Home", "Pine Ridge Trail"]


def _drone_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28901)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-04-01")
    days = sorted(int(d) for d in rng.integers(0, 1000, 720))
    for d in days:
        day = start + pd.Timedelta(days=d)
        craft = str(_one(rng, list(_DR_CRAFT), [v[3] for v in _DR_CRAFT.values()]))
        mins, alt, speed, _w = _DR_CRAFT[craft]
        secs = int(np.clip(rng.normal(mins * 60, mins * 15), 40, 40 * 60))
        place = str(_one(rng, _DR_PLACES, [3, 2.5, 2, 1.5, 1, 1.2, 2, 1]))
        high = place in ("Eagle Bluff", "Miller Farm")
        altitude = float(np.clip(rng.normal(alt * (1.6 if high else 1.0), alt * 0.35), 8, 1200))
        start_b = int(np.clip(rng.normal(97, 3), 80, 100))
        drain = secs / 60 * (72 / mins) * float(rng.normal(1, 0.1))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Time (UTC)": f"{int(rng.integers(12, 24)):02d}:{int(rng.integers(0, 60)):02d}:"
                f"{int(rng.integers(0, 60)):02d}",
                "Aircraft": craft,
                "Location": "" if rng.random() < 0.06 else place,
                "Duration": f"{secs // 60}:{secs % 60:02d}",
                "Max Altitude (ft)": round(altitude, 1),
                "Max Distance (ft)": round(float(rng.gamma(2.0, 600 * mins / 18)), 1),
                "Max Speed (mph)": round(float(np.clip(rng.normal(speed * 0.7, speed * 0.15), 2, speed)), 1),
                "Battery Start (%)": start_b,
                "Battery End (%)": int(np.clip(start_b - drain, 5, 95)),
                "Photos": int(rng.poisson(14)) if craft != "Avata" else 0,
                "Videos": int(rng.poisson(2.5)),
            }
        )
    return pd.DataFrame(rows)


def _dr_secs(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Duration").str.split(":", expand=True).astype(float)
    return parts[0] * 60 + parts[1]


def _dr_high_spot(df: pd.DataFrame) -> str:
    high = df[df["Max Altitude (ft)"].astype(float) > 400]
    place = _text(high, "Location")
    return _top(place[place != ""].value_counts())


_DR_QS = [
    Q(
        "how many flights did i do in 2024",
        _count(lambda df: int((pd.to_datetime(_text(df, "Date")).dt.year == 2024).sum())),
        ("Date",),
    ),
    Q(
        "whats my total flight time",
        either(
            _about(lambda df: float(_dr_secs(df).sum() / 3600), rel=0.005),
            _about(lambda df: float(_dr_secs(df).sum() / 60), rel=0.005),
        ),
        ("Duration",),
    ),
    Q(
        "which drone do i fly the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Aircraft").value_counts()),
                    _top(_dr_secs(df).groupby(_text(df, "Aircraft")).sum()),
                ]
            )
        ),
        ("Aircraft", "Duration"),
    ),
    Q(
        "how many flights went above 400 ft",
        _count(lambda df: int((df["Max Altitude (ft)"].astype(float) > 400).sum())),
        ("Max Altitude (ft)",),
    ),
    Q(
        "where were most of those",
        _lead(_named(_dr_high_spot)),
        ("Location", "Max Altitude (ft)"),
    ),
    Q(
        "do longer flights drain the battery more?",
        either(
            _corr(_dr_secs, lambda df: df["Battery Start (%)"].astype(float) - df["Battery End (%)"].astype(float)),
            _corr(_dr_secs, lambda df: df["Battery End (%)"].astype(float)),
        ),
        ("Duration", "Battery Start (%)", "Battery End (%)"),
    ),
]


# --- 2. Homebrew batch log -----------------------------------------------------------------------------------------

# style: recipes, OG range, attenuation, IBU range, fermentation days, weight
_BR_STYLES: dict[str, tuple[list[str], tuple[float, float], float, tuple[int, int], int, float]] = {
    "American IPA": (["Backyard IPA", "Citra Bomb", "West Coast Wonder"], (1.058, 1.070), 0.80, (50, 75), 14, 4.0),
    "American Pale Ale": (["Porch Pounder", "Cascade Pale"], (1.048, 1.056), 0.78, (30, 45), 12, 3.0),
    "Irish Stout": (["Dry Irish Stout"], (1.038, 1.046), 0.74, (28, 42), 10, 1.5),
    "Weissbier": (["Hefe Summer"], (1.046, 1.052), 0.76, (10, 16), 10, 1.5),
    "Saison": (["Farmhouse Saison", "Brett Saison"], (1.052, 1.062), 0.88, (20, 32), 21, 1.5),
    "German Pils": (["Crisp Pils"], (1.044, 1.050), 0.82, (25, 40), 28, 1.2),
    "Belgian Dubbel": (["Monk's Dubbel"], (1.062, 1.075), 0.77, (15, 25), 21, 1.0),
    "Imperial Stout": (["Big Dark Winter"], (1.085, 1.105), 0.72, (50, 80), 35, 0.8),
}


def _brew_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28902)
    rows: list[dict[str, Any]] = []
    per_year = {2016: 22, 2017: 30, 2018: 38, 2019: 44, 2020: 61, 2021: 52, 2022: 40, 2023: 36, 2024: 27}
    dates: list[pd.Timestamp] = []
    for year, n in per_year.items():
        dates += [pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(d)) for d in rng.integers(0, 365, n)]
    dates.sort()
    last = dates[-1]
    for k, day in enumerate(dates):
        style = str(_one(rng, list(_BR_STYLES), [v[5] for v in _BR_STYLES.values()]))
        recipes, (lo, hi), atten, (ib_lo, ib_hi), ferm, _w = _BR_STYLES[style]
        og = round(float(rng.uniform(lo, hi)), 3)
        fg = round(1 + (og - 1) * (1 - float(np.clip(rng.normal(atten, 0.03), 0.6, 0.95))), 3)
        ibu = int(rng.integers(ib_lo, ib_hi + 1))
        fermenting = (last - day).days < 30
        dumped = not fermenting and rng.random() < 0.05
        status = "Fermenting" if fermenting else ("Dumped" if dumped else "Completed")
        quality = 3.6 + 0.01 * (ibu - 35) + 0.4 * (style in ("American IPA", "Saison")) + float(rng.normal(0, 0.7))
        rows.append(
            {
                "Batch #": k + 1,
                "Brew Date": f"{day:%m/%d/%Y}",
                "Recipe": str(_one(rng, recipes)),
                "Style": style,
                "Batch Size (gal)": float(_one(rng, [5.0, 5.5, 2.5, 10.0], [6, 3, 1, 1])),
                "OG": f"{og:.3f}",
                "FG": "" if fermenting else f"{fg:.3f}",
                "ABV %": "" if fermenting else f"{(og - fg) * 131.25:.1f}",
                "IBU": ibu,
                "Fermentation Days": "" if fermenting else ferm + int(rng.integers(-2, 6)),
                "Rating": int(np.clip(round(quality), 1, 5)) if status == "Completed" else "",
                "Status": status,
            }
        )
    return pd.DataFrame(rows)


def _br_year(df: pd.DataFrame) -> int:
    years = pd.to_datetime(_text(df, "Brew Date"), format="%m/%d/%Y").dt.year
    return int(years.value_counts().sort_index(kind="stable").idxmax())


_BR_QS = [
    Q("how many batches did i dump", _count(lambda df: int((_text(df, "Status") == "Dumped").sum())), ("Status",)),
    Q(
        "which style comes out strongest on average",
        _lead(_named(lambda df: _top(_num(df, "ABV %").groupby(_text(df, "Style")).mean()))),
        ("Style", "ABV %", "OG", "FG"),
    ),
    Q(
        "avg abv of my ipas?",
        _about(lambda df: float(_num(df, "ABV %")[_text(df, "Style") == "American IPA"].mean()), rel=0.005),
        ("Style", "ABV %"),
    ),
    Q(
        "do the hoppier beers get better ratings",
        _corr(lambda df: df["IBU"].astype(float), lambda df: _num(df, "Rating")),
        ("IBU", "Rating"),
    ),
    Q(
        "how many gallons have i brewed altogether",
        either(
            _about(lambda df: float(df["Batch Size (gal)"].astype(float).sum()), rel=0.002),
            _about(
                lambda df: float(df["Batch Size (gal)"].astype(float)[_text(df, "Status") != "Dumped"].sum()),
                rel=0.002,
            ),
        ),
        ("Batch Size (gal)", "Status"),
    ),
    Q("what year did i brew the most", _lead(_year(_br_year)), ("Brew Date", "Batch #")),
]


# --- 3. Hotel housekeeping room log --------------------------------------------------------------------------------

_HK_TYPES = {"King": 0, "Double Queen": 4, "Suite": 14, "ADA King": 2}
_HK_TASKS = {"Stayover": 18, "Checkout": 32, "Deep Clean": 65}
# attendant: speed factor, fail chance
_HK_STAFF = {
    "Rosa M.": (0.88, 0.04),
    "Linh T.": (0.95, 0.05),
    "Carmen V.": (1.0, 0.08),
    "Joyce A.": (1.05, 0.06),
    "Samira K.": (1.12, 0.05),
    "Denise P.": (0.98, 0.13),
    "Olga B.": (1.2, 0.07),
}


def _housekeeping_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28903)
    rooms = [(floor * 100 + n, floor) for floor in range(2, 6) for n in range(1, 19)]
    kinds = {room: str(_one(rng, list(_HK_TYPES), [5, 4, 1, 0.6])) for room, _f in rooms}
    staff = list(_HK_STAFF)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-03-01", "2024-06-30"):
        busy = 0.32 + 0.18 * (day.dayofweek in (4, 5, 6)) + 0.002 * (day - pd.Timestamp("2024-03-01")).days
        picks = rng.choice(len(rooms), int(len(rooms) * min(busy, 0.9)), replace=False)
        clock = {name: 8 * 60 + int(rng.integers(0, 20)) for name in staff}
        for i in sorted(int(p) for p in picks):
            room, floor = rooms[i]
            task = str(_one(rng, list(_HK_TASKS), [6, 4, 0.35]))
            name = str(_one(rng, staff))
            speed, fail = _HK_STAFF[name]
            minutes = int(max(6, rng.normal((_HK_TASKS[task] + _HK_TYPES[kinds[room]]) * speed, 5)))
            begin = clock[name]
            clock[name] = begin + minutes + int(rng.integers(2, 8))
            inspected = task != "Stayover" or rng.random() < 0.25
            failed = rng.random() < fail + (0.05 if kinds[room] == "Suite" else 0)
            note = str(
                _one(rng, ["", "DND", "Extra towels", "Maintenance ticket", "Guest declined service"], [40, 2, 2, 1, 1])
            )
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Room": room,
                    "Floor": floor,
                    "Room Type": kinds[room],
                    "Attendant": name,
                    "Task": task,
                    "Start Time": f"{begin // 60:02d}:{begin % 60:02d}",
                    "End Time": f"{(begin + minutes) // 60:02d}:{(begin + minutes) % 60:02d}",
                    "Minutes": minutes,
                    "Inspection": ("Fail" if failed else "Pass") if inspected else "",
                    "Notes": note,
                }
            )
    return pd.DataFrame(rows)


def _hk_inspected(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Inspection") != ""]


def _hk_fail_type(df: pd.DataFrame) -> list[str]:
    ins = _hk_inspected(df)
    failed = _text(ins, "Inspection") == "Fail"
    kind = _text(ins, "Room Type")
    return [_top(failed.groupby(kind).mean()), _top(failed.groupby(kind).sum())]


def _hk_per_day(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Date").value_counts().astype(float)


_HK_QS = [
    Q(
        "how long does a checkout usually take",
        _typical(lambda df: df["Minutes"].astype(float)[_text(df, "Task") == "Checkout"]),
        ("Task", "Minutes"),
    ),
    Q(
        "who's the fastest housekeeper",
        _lead(
            _named_any(
                lambda df: [
                    _top(df["Minutes"].astype(float).groupby(_text(df, "Attendant")).mean(), lowest=True),
                    _top(df["Minutes"].astype(float).groupby(_text(df, "Attendant")).median(), lowest=True),
                ]
            )
        ),
        ("Attendant", "Minutes", "Task"),
    ),
    Q(
        "what percent of rooms fail inspection",
        either(
            _share(lambda df: float((_text(_hk_inspected(df), "Inspection") == "Fail").mean())),
            _share(lambda df: float((_text(df, "Inspection") == "Fail").mean())),
        ),
        ("Inspection",),
    ),
    Q("which room type fails most", _lead(_named_any(_hk_fail_type)), ("Room Type", "Inspection")),
    Q(
        "how many deep cleans in june",
        _count(
            lambda df: int(
                ((_text(df, "Task") == "Deep Clean") & (pd.to_datetime(_text(df, "Date")).dt.month == 6)).sum()
            )
        ),
        ("Task", "Date"),
    ),
    Q(
        "how many rooms do we clean a day on average",
        either(
            _about(lambda df: float(_hk_per_day(df).mean()), rel=0.005),
            _about(lambda df: float(_hk_per_day(df).median()), rel=0.005),
        ),
        ("Date", "Room"),
    ),
]


# --- 4. State DOT annual average daily traffic ---------------------------------------------------------------------

# route: base AADT, truck share %, functional class, weight
_TR_ROUTES = {
    "I-35": (42000, 22.0, "Interstate", 1.5),
    "I-70": (36000, 26.0, "Interstate", 1.4),
    "US-69": (14000, 14.0, "Principal Arterial - Other", 1.4),
    "US-54": (11000, 16.0, "Principal Arterial - Other", 1.2),
    "SR-12": (5200, 9.0, "Minor Arterial", 1.6),
    "SR-96": (4200, 11.0, "Minor Arterial", 1.5),
    "SR-150": (1600, 7.0, "Major Collector", 1.8),
    "CR-401": (450, 5.0, "Local", 1.4),
}
_TR_COUNTIES = ["JOHNSON", "SEDGWICK", "SHAWNEE", "DOUGLAS", "RILEY", "SALINE", "FORD", "RENO", "BUTLER", "LYON"]


def _traffic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28904)
    rows: list[dict[str, Any]] = []
    stations: list[tuple[str, str, str, float]] = []
    seen: set[str] = set()
    while len(stations) < 420:
        route = str(_one(rng, list(_TR_ROUTES), [v[3] for v in _TR_ROUTES.values()]))
        county = str(_one(rng, _TR_COUNTIES))
        sid = f"{_TR_COUNTIES.index(county) * 11 + 5:03d}-{int(rng.integers(1, 9999)):04d}"
        if sid not in seen:
            seen.add(sid)
            urban = 1.8 if county in ("JOHNSON", "SEDGWICK") else 1.0
            stations.append((sid, route, county, _TR_ROUTES[route][0] * urban * float(rng.lognormal(0, 0.35))))
    covid = {2020: 0.84, 2021: 0.95}
    for sid, route, county, base in stations:
        _b, truck, fclass, _w = _TR_ROUTES[route]
        direction = (
            "BOTH"
            if fclass in ("Major Collector", "Local") or rng.random() < 0.6
            else str(_one(rng, ["NB", "SB", "EB", "WB"]))
        )
        station_truck = truck * float(rng.lognormal(0, 0.2))
        for year in range(2015, 2024):
            if rng.random() < (0.15 if fclass == "Interstate" else 0.45):
                continue
            growth = (1.012 ** (year - 2015)) * covid.get(year, 1.0)
            aadt = int(round(base * growth * float(rng.normal(1, 0.05)), -1))
            rows.append(
                {
                    "STATION_ID": sid,
                    "ROUTE": route,
                    "COUNTY": county,
                    "YEAR": year,
                    "AADT": max(aadt, 20),
                    "TRUCK_PCT": "" if rng.random() < 0.08 else round(station_truck * float(rng.normal(1, 0.05)), 1),
                    "DIRECTION": direction,
                    "FUNCTIONAL_CLASS": fclass,
                }
            )
    return pd.DataFrame(rows)


def _tr_change(df: pd.DataFrame, how: str) -> float:
    by = df.groupby("YEAR")["AADT"].agg(how)
    return abs(float(by[2020] / by[2019] - 1))


def _tr_years(df: pd.DataFrame) -> list[float]:
    by = df.groupby("YEAR")["AADT"].mean()
    return [float(by[2019]), float(by[2020])]


_TR_QS = [
    Q(
        "which road has the most traffic",
        _lead(
            _named_any(
                lambda df: [
                    _top(df.groupby(_text(df, "ROUTE"))["AADT"].mean()),
                    _top(df.groupby(_text(df, "ROUTE"))["AADT"].median()),
                    _top(df.groupby(_text(df, "ROUTE"))["AADT"].sum()),
                ]
            )
        ),
        ("ROUTE", "AADT"),
    ),
    Q("how many count stations are there", _count(lambda df: int(_text(df, "STATION_ID").nunique())), ("STATION_ID",)),
    Q(
        "what's the typical truck percentage on interstates",
        _typical(lambda df: _num(df, "TRUCK_PCT")[_text(df, "FUNCTIONAL_CLASS") == "Interstate"]),
        ("TRUCK_PCT", "FUNCTIONAL_CLASS"),
    ),
    Q(
        "how much did traffic drop from 2019 to 2020",
        either(
            _share(lambda df: _tr_change(df, "mean")),
            _share(lambda df: _tr_change(df, "sum")),
            _share(lambda df: _tr_change(df, "median")),
            _about(_tr_years, rel=0.005),
        ),
        ("YEAR", "AADT"),
    ),
    Q(
        "which county had the single busiest station in 2023",
        _lead(_named(lambda df: str(_text(df, "COUNTY").loc[df[df["YEAR"] == 2023]["AADT"].idxmax()]))),
        ("COUNTY", "STATION_ID", "YEAR", "AADT"),
    ),
    Q(
        "do busier roads have more trucks",
        either(
            _corr(lambda df: df["AADT"].astype(float), lambda df: _num(df, "TRUCK_PCT")),
            _corr(lambda df: df["AADT"].astype(float), lambda df: df["AADT"] * _num(df, "TRUCK_PCT") / 100),
        ),
        ("AADT", "TRUCK_PCT"),
    ),
]


# --- 5. Used-car dealership sales log ------------------------------------------------------------------------------

# make: models, new-ish price, days on lot mean, weight
_UC_MAKES = {
    "Toyota": (["Camry", "Corolla", "RAV4", "Tacoma"], 27000, 24, 3.0),
    "Honda": (["Civic", "Accord", "CR-V"], 25000, 26, 2.6),
    "Ford": (["F-150", "Escape", "Explorer", "Fusion"], 29000, 38, 2.8),
    "Chevrolet": (["Silverado", "Equinox", "Malibu"], 28000, 41, 2.2),
    "Nissan": (["Altima", "Rogue", "Sentra"], 22000, 52, 1.8),
    "Jeep": (["Wrangler", "Grand Cherokee", "Compass"], 31000, 35, 1.4),
    "Hyundai": (["Elantra", "Tucson", "Santa Fe"], 23000, 44, 1.3),
}
_UC_STAFF = ["Mike Torres", "Brenda Ellis", "Kevin Park", "Tasha Green", "Ray Dunn"]


def _cars_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28905)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-01-03")
    dates = sorted(start + pd.Timedelta(days=int(d)) for d in rng.integers(0, 1090, 1650))
    for k, day in enumerate(dates):
        make = str(_one(rng, list(_UC_MAKES), [v[3] for v in _UC_MAKES.values()]))
        models, new_price, lot, _w = _UC_MAKES[make]
        age = int(np.clip(rng.gamma(2.2, 2.6), 1, 22))
        miles = int(np.clip(age * rng.normal(12500, 3500), 3000, 260000))
        price = new_price * 0.86**age * (1 - miles / 600000) * float(rng.lognormal(0, 0.1))
        listed = int(max(2995, round(price / 100) * 100 - 5))
        days = int(np.clip(rng.gamma(1.6, lot / 1.6), 1, 240))
        discount = float(np.clip(rng.normal(0.035 + days / 4000, 0.02), 0, 0.15))
        sold = int(round(listed * (1 - discount) / 50) * 50)
        rows.append(
            {
                "Stock #": f"U{2000 + k}",
                "Sale Date": f"{day.month}/{day.day}/{day.year}",
                "Year": day.year - age,
                "Make": make,
                "Model": str(_one(rng, models)),
                "Mileage": "EXEMPT" if age >= 18 and rng.random() < 0.7 else f"{miles:,}",
                "List Price": f"${listed:,}",
                "Sale Price": f"${sold:,}",
                "Days on Lot": days,
                "Salesperson": str(_one(rng, _UC_STAFF, [3, 2.4, 2, 1.6, 1])),
                "Financing": str(_one(rng, ["Cash", "Dealer", "Outside"], [2.5, 5, 2.5])),
                "Trade-In": "Y" if rng.random() < 0.38 else "N",
            }
        )
    return pd.DataFrame(rows)


def _uc_off(df: pd.DataFrame) -> list[float]:
    listed, sold = _num(df, "List Price"), _num(df, "Sale Price")
    gap = listed - sold
    return [
        float(gap.mean()),
        float(gap.median()),
        float((gap / listed).mean()),
        float(gap.sum() / listed.sum()),
    ]


_UC_QS = [
    Q(
        "how many cars did we sell in 2024",
        _count(lambda df: int((pd.to_datetime(_text(df, "Sale Date"), format="%m/%d/%Y").dt.year == 2024).sum())),
        ("Sale Date", "Stock #"),
    ),
    Q(
        "how much off sticker do cars usually go for",
        either(
            _about(lambda df: _uc_off(df)[0], rel=0.005),
            _about(lambda df: _uc_off(df)[1], rel=0.005),
            _share(lambda df: _uc_off(df)[2]),
            _share(lambda df: _uc_off(df)[3]),
        ),
        ("List Price", "Sale Price"),
    ),
    Q(
        "who sold the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Salesperson").value_counts()),
                    _top(_num(df, "Sale Price").groupby(_text(df, "Salesperson")).sum()),
                ]
            )
        ),
        ("Salesperson", "Sale Price", "Stock #"),
    ),
    Q(
        "which make sits on the lot the longest",
        _lead(
            _named_any(
                lambda df: [
                    _top(df["Days on Lot"].astype(float).groupby(_text(df, "Make")).mean()),
                    _top(df["Days on Lot"].astype(float).groupby(_text(df, "Make")).median()),
                ]
            )
        ),
        ("Make", "Days on Lot"),
    ),
    Q(
        "what share of buyers financed through us",
        _share(lambda df: float((_text(df, "Financing") == "Dealer").mean())),
        ("Financing",),
    ),
    Q(
        "do higher mileage cars sell for less",
        _corr(lambda df: _num(df, "Mileage"), lambda df: _num(df, "Sale Price")),
        ("Mileage", "Sale Price"),
    ),
]


# --- 6. Karaoke song request log -----------------------------------------------------------------------------------

_KA_SONGS = [
    ("Don't Stop Believin'", "Journey", "Rock", 6),
    ("Bohemian Rhapsody", "Queen", "Rock", 4),
    ("Livin' on a Prayer", "Bon Jovi", "Rock", 4),
    ("Sweet Caroline", "Neil Diamond", "Pop", 5),
    ("I Will Survive", "Gloria Gaynor", "Disco", 3),
    ("Dancing Queen", "ABBA", "Disco", 3),
    ("Friends in Low Places", "Garth Brooks", "Country", 4),
    ("Jolene", "Dolly Parton", "Country", 3),
    ("Wannabe", "Spice Girls", "Pop", 2.5),
    ("Shallow", "Lady Gaga & Bradley Cooper", "Pop", 3),
    ("Mr. Brightside", "The Killers", "Rock", 4),
    ("Wonderwall", "Oasis", "Rock", 2.5),
    ("Total Eclipse of the Heart", "Bonnie Tyler", "Pop", 2),
    ("Gangsta's Paradise", "Coolio", "Hip-Hop", 1.5),
    ("Baby Got Back", "Sir Mix-a-Lot", "Hip-Hop", 2),
    ("At Last", "Etta James", "R&B", 1.2),
    ("No Scrubs", "TLC", "R&B", 1.8),
    ("Before He Cheats", "Carrie Underwood", "Country", 2.2),
]
_KA_SINGERS = ["Mike", "Jess", "Tony", "Kara", "Dave", "Lupe", "Sam", "Bri", "Nate", "Olivia", "Hank", "Dee"]
_KA_SINGERS += ["Marco", "Ivy", "Greg", "Tina", "Raj", "Becca"]


def _karaoke_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28906)
    rows: list[dict[str, Any]] = []
    genre_tip = {"Rock": 1.0, "Pop": 1.1, "Disco": 1.3, "Country": 0.9, "Hip-Hop": 0.8, "R&B": 1.5}
    for day in pd.date_range("2023-01-01", "2024-12-31"):
        if day.dayofweek in (0, 1):
            continue  # closed Monday and Tuesday
        n = int(rng.poisson({2: 3, 3: 5, 4: 9, 5: 11, 6: 2}[day.dayofweek]))
        minutes = sorted(int(m) for m in rng.integers(21 * 60, 25 * 60 + 30, n))
        for m in minutes:
            song, artist, genre, _w = _KA_SONGS[int(_one(rng, range(len(_KA_SONGS)), [s[3] for s in _KA_SONGS]))]
            singer = str(_one(rng, _KA_SINGERS, [6, 4, 3, 3, 2.5, 2, 2, 2, 1.5, 1.5, 1, 1, 1, 1, 1, 1, 1, 1]))
            if rng.random() < 0.05:
                singer = singer.lower()
            hour = (m // 60) % 24
            tipped = rng.random() < 0.55
            tip = float(_one(rng, [1, 2, 5, 10, 20], [3, 3, 4, 1.2, 0.3])) * genre_tip[genre]
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Time": f"{(hour - 1) % 12 + 1}:{m % 60:02d} {'PM' if hour >= 12 else 'AM'}",
                    "Singer": singer,
                    "Song": song,
                    "Artist": artist,
                    "Genre": genre,
                    "Key Change": str(_one(rng, ["0", "+1", "+2", "-1", "-2", "-3"], [12, 1, 1, 2, 2, 1])),
                    "Duet": "Y" if rng.random() < 0.17 else "N",
                    "Tip": f"${round(tip):.2f}" if tipped else "",
                }
            )
    return pd.DataFrame(rows)


def _ka_busiest_day(df: pd.DataFrame) -> str:
    days = pd.to_datetime(_text(df, "Date")).dt.day_name()
    return _top(days.value_counts())


def _ka_top_genre(df: pd.DataFrame) -> list[str]:
    tip = _num(df, "Tip")
    genre = _text(df, "Genre")
    return [_top(tip.groupby(genre).mean()), _top(tip.fillna(0).groupby(genre).mean())]


_KA_QS = [
    Q("most requested song?", _lead(_named(lambda df: _top(_text(df, "Song").value_counts()))), ("Song", "Artist")),
    Q(
        "who sings the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Singer").value_counts()),
                    _top(_text(df, "Singer").str.title().value_counts()),
                ]
            )
        ),
        ("Singer",),
    ),
    Q("how much have we made in tips", _amount(lambda df: float(_num(df, "Tip").sum())), ("Tip",)),
    Q("what share of songs are duets", _share(lambda df: float((_text(df, "Duet") == "Y").mean())), ("Duet",)),
    Q("which night is the busiest", _lead(_weekday(_ka_busiest_day)), ("Date", "Time")),
    Q("what kind of music gets the best tips", _lead(_named_any(_ka_top_genre)), ("Genre", "Tip")),
]


# --- 7. State park monthly visitation ------------------------------------------------------------------------------

# park: region, size (monthly visitors at peak), campground, day-use fee per visitor
_SP_PARKS: dict[str, tuple[str, int, bool, float]] = {
    "Bear Creek": ("Mountain", 42000, True, 1.6),
    "Eagle Peak": ("Mountain", 30000, True, 1.9),
    "Silver Falls": ("Mountain", 56000, True, 1.4),
    "Pine Hollow": ("Mountain", 12000, True, 1.2),
    "Sandy Point": ("Coastal", 71000, True, 2.2),
    "Gull Island": ("Coastal", 25000, False, 2.5),
    "Dune Ridge": ("Coastal", 38000, True, 2.0),
    "Harbor Bluffs": ("Coastal", 18000, False, 1.8),
    "Prairie Lake": ("Central", 26000, True, 1.0),
    "Twin Rivers": ("Central", 33000, True, 1.1),
    "Old Mill": ("Central", 9000, False, 0.8),
    "Buffalo Flats": ("Central", 7000, True, 0.9),
    "Maple Glen": ("North", 21000, True, 1.3),
    "Lost Lake": ("North", 16000, True, 1.2),
    "Fort Garrison": ("North", 11000, False, 1.5),
    "Birch Bay": ("North", 14000, True, 1.4),
}


def _parks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28907)
    rows: list[dict[str, Any]] = []
    season = [0.25, 0.28, 0.42, 0.58, 0.78, 0.95, 1.0, 0.93, 0.72, 0.55, 0.33, 0.24]
    year_factor = {2019: 1.0, 2020: 1.18, 2021: 1.12, 2022: 1.04, 2023: 1.06}
    for park, (region, size, camp, fee) in _SP_PARKS.items():
        for month in pd.period_range("2019-01", "2023-12", freq="M"):
            s = season[month.month - 1] * (1.25 if region == "Coastal" and month.month in (7, 8) else 1.0)
            visits = size * s * year_factor[month.year] * float(rng.normal(1, 0.08))
            open_camp = camp and 4 <= month.month <= 10
            campers = int(visits * float(rng.uniform(0.08, 0.16))) if open_camp else 0
            day_use = int(visits) - campers
            revenue = day_use * fee * float(rng.normal(1, 0.05)) + campers * 9.5
            rows.append(
                {
                    "Park Name": park,
                    "Region": region,
                    "Month": f"{month:%Y-%m}",
                    "Day Use Visitors": day_use,
                    "Overnight Campers": campers,
                    "Total Visitors": day_use + campers,
                    "Revenue": f"${revenue:,.2f}",
                }
            )
    return pd.DataFrame(rows)


def _sp_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Month"), format="%Y-%m").dt.year


def _sp_best_month(df: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(_text(df, "Month"), format="%Y-%m").dt.month
    return pd.Timestamp(2000, int(df["Total Visitors"].groupby(month).sum().idxmax()), 1)


def _sp_years(df: pd.DataFrame) -> list[float]:
    by = df["Total Visitors"].groupby(_sp_year(df)).sum()
    return [float(by[2019]), float(by[2020])]


_SP_QS = [
    Q(
        "which park gets the most visitors",
        _lead(_named(lambda df: _top(df.groupby(_text(df, "Park Name"))["Total Visitors"].sum()))),
        ("Park Name", "Total Visitors"),
    ),
    Q(
        "total visitors in 2022?",
        _amount(lambda df: float(df["Total Visitors"][_sp_year(df) == 2022].sum())),
        ("Total Visitors", "Month"),
    ),
    Q("what time of year is busiest", _lead(_month(_sp_best_month)), ("Month", "Total Visitors")),
    Q(
        "how much money did the mountain parks bring in",
        _amount(lambda df: float(_num(df, "Revenue")[_text(df, "Region") == "Mountain"].sum())),
        ("Region", "Revenue"),
    ),
    Q(
        "what fraction of visitors camp overnight",
        _share(lambda df: float(df["Overnight Campers"].sum() / df["Total Visitors"].sum())),
        ("Overnight Campers", "Total Visitors"),
    ),
    Q(
        "how did 2020 compare to 2019",
        either(
            _share(lambda df: _sp_years(df)[1] / _sp_years(df)[0] - 1),
            _amount(_sp_years),
        ),
        ("Month", "Total Visitors"),
    ),
]


HELDOUT289: list[Dataset] = [
    Dataset("airdata_drone_flight_log", _drone_frame, _DR_QS),
    Dataset("homebrew_batch_log_export", _brew_frame, _BR_QS),
    Dataset("hotel_housekeeping_room_log", _housekeeping_frame, _HK_QS),
    Dataset("state_dot_aadt_count_stations", _traffic_frame, _TR_QS),
    Dataset("used_car_dealer_sales_log", _cars_frame, _UC_QS),
    Dataset("karaoke_song_request_log", _karaoke_frame, _KA_QS),
    Dataset("state_park_monthly_visitation", _parks_frame, _SP_QS),
]
