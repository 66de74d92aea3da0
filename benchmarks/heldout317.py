"""HELDOUT317: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a propane dealer's delivery
route log (July 2022 to June 2024, one row per delivery) with "Delivery Date" as "03/14/2023", "Account #" as
"A10234" (accounts get many deliveries), "Tank Size (gal)" (100, 250, 500, 1000), "Gallons Delivered" (one
decimal), "Price/Gal" as "$2.899", "% Full Before" as "25%" ("N/A" when the gauge was not read), "Delivery Type"
(AUTO-FILL, WILL-CALL), Driver (first and last name), "Truck #" as "T-07" and "Degree Days" (since the account's
last fill); a volunteer frog and toad call survey in the NAAMP layout (2019 to 2024, March to July, one row per
species per site visit, silent species written with call index 0) with Site ("Beaver Pond", ...), "Survey Date" as
"4/12/2023", "Start Time" as "20:45", "Air Temp (F)" (blank on some visits), "Wind (Beaufort)" (0 to 5), Species
("Spring Peeper", "Wood Frog", "American Toad", ...), "Call Index" (0 to 3) and Observer; a bird banding station's
capture records (2021 to 2024, May to October) with "Band Number" as "2641-23517" (repeated on recaptures), "Species
Code" (AMRO, SOSP, GRCA, ...), "Capture Date" as "2023-05-14", "Net Lane" ("N1" to "N12"), Age (HY, AHY, SY, ASY,
U), Sex (M, F, U), "Wing Chord (mm)", "Weight (g)" (blank for some), "Fat Score" (0 to 5) and Recapture (Y, N); a
wildlife camera trap survey (2023, one row per image) with "Camera ID" as "CAM-03", Site, "Deployment Date",
"Image Date/Time" as "2023-06-14 02:37:10", Species ("White-tailed Deer", "Raccoon", "Human", "Empty" for false
triggers), Count (0 on empty images), Behavior (blank for many), "Temperature (C)", "Moon Phase" and "Trigger Type"
(Motion, Time Lapse); a county health department's tick drag survey (2019 to 2024, April to September, one row per
site, date, transect and tick species) with Site, "Drag Date" as "6/12/2023", Transect ("T1" to "T4"), "Meters
Dragged", Larvae, Nymphs, Adults, Species (Blacklegged, American Dog, Lone Star), "Ticks Tested" and "Positive
Lyme" (blank where nothing was tested); a transcribed parish register of baptisms (1813 to 1860) with "Entry No",
"Baptism Date" as "14 Mar 1823", "Birth Date" in the same style (blank for most early entries), "Child Name", Sex
(M, F, a few blank), Father (blank for illegitimate children), Mother, Abode, Officiant ("Revd. J. Parker") and
Notes (mostly blank); and a genealogy program's individuals export with ID as "I123", "Given Name", Surname, Sex
(M, F, U), "Birth Date" in GEDCOM style ("12 MAR 1852", "ABT 1850", "BEF 1860", "1850" or blank), "Birth Place"
("Cork, Ireland", "Springfield, Sangamon, Illinois, USA"), "Death Date", "Death Place", "Father ID" and "Mother ID"
(blank where unknown). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout313 import _any_named, _month_word, _when
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- 1. Propane delivery route log ---------------------------------------------------------------------------------

_PR_DRIVERS = ["Dale Hutchins", "Rick Moreau", "Tammy Jo Peck", "Luis Ortega", "Wayne Sturgis"]
_PR_HDD = [1050, 900, 720, 420, 170, 30, 5, 12, 60, 260, 620, 880]  # heating degree days per month, Jan first


def _propane_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31701)
    accounts = [f"A{10000 + int(rng.integers(0, 9000))}" for _ in range(260)]
    sizes = [_one(rng, [100, 250, 500, 1000], [1, 3, 6, 1]) for _ in accounts]
    auto = [bool(rng.random() < 0.65) for _ in accounts]
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2022-07-01", "2024-06-30", freq="D")
    for day in days:
        if day.dayofweek == 6:
            continue
        winter = _PR_HDD[day.month - 1] / 1050
        for _ in range(int(rng.poisson(0.6 + 3.2 * winter))):
            k = int(rng.integers(len(accounts)))
            size = sizes[k]
            dd = int(max(0, rng.normal(300 + 900 * winter, 150)))
            before = float(np.clip(rng.normal(32 if auto[k] else 18, 9), 3, 70))
            # tanks fill to 80%
            gallons = max(5.0, size * (0.8 - before / 100) * float(rng.normal(1, 0.05)))
            price = 2.399 + 0.6 * winter + (0.25 if day.year == 2022 else 0.0) + float(rng.normal(0, 0.05))
            if not auto[k]:
                price += 0.20
            rows.append(
                {
                    "Delivery Date": day.strftime("%m/%d/%Y"),
                    "Account #": accounts[k],
                    "Tank Size (gal)": size,
                    "Gallons Delivered": round(gallons, 1),
                    "Price/Gal": f"${price:.3f}",
                    "% Full Before": "N/A" if rng.random() < 0.06 else f"{round(before)}%",
                    "Delivery Type": "AUTO-FILL" if auto[k] else "WILL-CALL",
                    "Driver": _one(rng, _PR_DRIVERS, [5, 4, 3, 3, 1]),
                    "Truck #": f"T-{_one(rng, [3, 5, 7, 11]):02d}",
                    "Degree Days": dd,
                }
            )
    return pd.DataFrame(rows)


def _pr_before(df: pd.DataFrame) -> pd.Series:
    return _num(df, "% Full Before").dropna()


def _pr_gal_by_type(df: pd.DataFrame) -> list[float]:
    g = _num(df, "Gallons Delivered").groupby(_text(df, "Delivery Type")).mean()
    return [float(g["AUTO-FILL"]), float(g["WILL-CALL"])]


def _pr_top_month(df: pd.DataFrame) -> pd.Timestamp:
    money = _num(df, "Gallons Delivered") * _num(df, "Price/Gal")
    when = _when(df, "Delivery Date", "%m/%d/%Y").dt.to_period("M")
    return money.groupby(when).sum().idxmax().to_timestamp()


_PR_QS = [
    Q(
        "how many gallons did we deliver altogether?",
        _amount(lambda d: _num(d, "Gallons Delivered").sum()),
        ("Gallons Delivered",),
    ),
    Q("avg gallons per drop, will-call vs auto-fill", _about(_pr_gal_by_type), ("Gallons Delivered", "Delivery Type")),
    Q(
        "which driver pumped the most gallons?",
        _lead(_named(lambda d: _top(_num(d, "Gallons Delivered").groupby(_text(d, "Driver")).sum()))),
        ("Driver", "Gallons Delivered"),
    ),
    Q("how full are tanks typically when we show up?", _typical(_pr_before), ("% Full Before",)),
    Q(
        "how many times was a tank under 20% when we got there?",
        either(_count(lambda d: int((_pr_before(d) < 20).sum())), _count(lambda d: int((_pr_before(d) <= 20).sum()))),
        ("% Full Before",),
    ),
    Q(
        "which month brought in the most money?",
        _month_year(_pr_top_month),
        ("Delivery Date", "Gallons Delivered", "Price/Gal"),
    ),
]


# --- 2. Frog and toad call survey ----------------------------------------------------------------------------------

_FR_SITES = [
    "Beaver Pond",
    "Cedar Swamp",
    "Mill Creek Marsh",
    "Route 9 Wetland",
    "Hollow Road Vernal Pool",
    "Lakeview Fen",
    "Sawyer Bog",
    "North Farm Pond",
]
# species: (first month, last month, calling probability at best, temperature liking)
_FR_SPECIES = {
    "Spring Peeper": (3, 6, 0.85),
    "Wood Frog": (3, 4, 0.55),
    "American Toad": (4, 6, 0.45),
    "Gray Treefrog": (5, 7, 0.5),
    "Green Frog": (6, 7, 0.6),
    "American Bullfrog": (6, 7, 0.35),
    "Western Chorus Frog": (3, 5, 0.3),
}
_FR_OBSERVERS = ["K. Lindqvist", "M. Abernathy", "J. Osei", "P. Dunleavy"]


def _frog_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31702)
    rows: list[dict[str, Any]] = []
    for year in range(2019, 2025):
        for site in _FR_SITES:
            for month in (3, 4, 5, 6, 7):
                if month == 3 and rng.random() < 0.5:
                    continue
                day = pd.Timestamp(year, month, int(rng.integers(1, 29)))
                temp = float(rng.normal(38 + 7 * (month - 3) + 0.4 * (year - 2019), 5))
                wind = int(_one(rng, [0, 1, 2, 3, 4], [3, 5, 3, 1, 0.3]))
                start = f"{int(rng.integers(20, 23))}:{int(rng.integers(0, 12)) * 5:02d}"
                observer = _one(rng, _FR_OBSERVERS)
                blank_temp = rng.random() < 0.08
                for sp, (first, last, best) in _FR_SPECIES.items():
                    index = 0
                    if first <= month <= last:
                        warmth = np.clip((temp - 35) / 25, 0.1, 1.2)
                        if rng.random() < best * warmth:
                            index = int(_one(rng, [1, 2, 3], [4, 3, 2 + 2 * (sp == "Spring Peeper")]))
                    rows.append(
                        {
                            "Site": site,
                            "Survey Date": f"{day.month}/{day.day}/{day.year}",
                            "Start Time": start,
                            "Air Temp (F)": np.nan if blank_temp else round(temp, 1),
                            "Wind (Beaufort)": wind,
                            "Species": sp,
                            "Call Index": index,
                            "Observer": observer,
                        }
                    )
    return pd.DataFrame(rows)


def _fr_visits(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates(["Site", "Survey Date"])


def _fr_heard(by_sum: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        idx = _num(df, "Call Index")
        score = idx if by_sum else (idx > 0).astype(int)
        return _top(score.groupby(_text(df, "Species")).sum())

    return pick


def _fr_peeper_full(df: pd.DataFrame) -> float:
    p = df[_text(df, "Species") == "Spring Peeper"]
    return float((_num(p, "Call Index") == 3).mean())


def _fr_temp_by_year(df: pd.DataFrame) -> list[float]:
    year = _when(df, "Survey Date", "%m/%d/%Y").dt.year
    return _num(df, "Air Temp (F)").groupby(year).mean().tolist()


_FR_QS = [
    Q(
        "how many surveys were done?",
        either(_count(lambda d: len(_fr_visits(d))), _count(len)),
        ("Site", "Survey Date"),
    ),
    Q(
        "which frog was heard the most?",
        _any_named(_fr_heard(False), _fr_heard(True)),
        ("Species", "Call Index"),
    ),
    Q("what share of spring peeper records were a full chorus?", _share(_fr_peeper_full), ("Species", "Call Index")),
    Q("average air temp on survey nights by year", _about(_fr_temp_by_year), ("Survey Date", "Air Temp (F)")),
    Q(
        "do they call more when it's warmer?",
        _corr(lambda d: _num(d, "Air Temp (F)"), lambda d: _num(d, "Call Index")),
        ("Air Temp (F)", "Call Index"),
    ),
    Q(
        "how many surveys have no temperature written down?",
        either(
            _count(lambda d: int(_num(_fr_visits(d), "Air Temp (F)").isna().sum())),
            _count(lambda d: int(_num(d, "Air Temp (F)").isna().sum())),
        ),
        ("Site", "Survey Date", "Air Temp (F)"),
    ),
]


# --- 3. Bird banding captures --------------------------------------------------------------------------------------

# code: (weight g, wing mm, abundance)
_BB_SPECIES = {
    "SOSP": (20.5, 63, 10),
    "AMRO": (77.0, 128, 5),
    "GRCA": (36.0, 89, 8),
    "YEWA": (9.5, 61, 6),
    "BCCH": (11.0, 64, 6),
    "AMGO": (12.8, 72, 4),
    "COYE": (9.8, 54, 7),
    "HOWR": (10.9, 50, 3),
    "NOCA": (44.0, 89, 3),
    "SWTH": (30.5, 98, 4),
}


def _banding_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31703)
    codes = list(_BB_SPECIES)
    weights = [v[2] for v in _BB_SPECIES.values()]
    lanes = [f"N{i}" for i in range(1, 13)]
    lane_w = [1, 1.2, 2.4, 1, 0.8, 1.3, 1, 0.9, 1.1, 0.7, 1, 1.2]
    birds: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    serial = 23000
    for year in range(2021, 2025):
        for _ in range(int(rng.integers(380, 460))):
            t = pd.Timestamp(year, 5, 1) + pd.Timedelta(days=int(rng.integers(0, 183)))
            if birds and rng.random() < 0.14:
                b = birds[int(rng.integers(len(birds)))]
                recap = "Y"
                age = "AHY" if b["age"] in ("HY", "AHY", "SY", "ASY") else "U"
            else:
                serial += int(rng.integers(1, 4))
                code = _one(rng, codes, weights)
                sex = _one(rng, ["M", "F", "U"], [4, 4, 2])
                b = {
                    "band": f"{_one(rng, ['2641', '2791', '1381'])}-{serial}",
                    "code": code,
                    "sex": sex,
                    "age": _one(rng, ["HY", "AHY", "SY", "ASY", "U"], [5, 3, 1, 1, 0.5]),
                }
                birds.append(b)
                recap = "N"
                age = b["age"]
            w0, wing0, _ = _BB_SPECIES[b["code"]]
            male = 1.04 if b["sex"] == "M" else (0.97 if b["sex"] == "F" else 1.0)
            fat = int(_one(rng, [0, 1, 2, 3, 4, 5], [4, 5, 3, 2, 1, 0.4]))
            weight = w0 * male * (1 + 0.03 * fat) * float(rng.normal(1, 0.05))
            rows.append(
                {
                    "Band Number": b["band"],
                    "Species Code": b["code"],
                    "Capture Date": t.strftime("%Y-%m-%d"),
                    "Net Lane": _one(rng, lanes, lane_w),
                    "Age": age,
                    "Sex": b["sex"],
                    "Wing Chord (mm)": round(wing0 * male * float(rng.normal(1, 0.025))),
                    "Weight (g)": np.nan if rng.random() < 0.05 else round(weight, 1),
                    "Fat Score": fat,
                    "Recapture": recap,
                }
            )
    return pd.DataFrame(rows)


def _bb_sosp(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Species Code") == "SOSP"]


def _bb_sosp_sex(df: pd.DataFrame) -> list[float]:
    s = _bb_sosp(df)
    g = _num(s, "Weight (g)").groupby(_text(s, "Sex")).mean()
    return [float(g["M"]), float(g["F"])]


_BB_QS = [
    Q(
        "how many different birds did we band?",
        _count(lambda d: _text(d, "Band Number").nunique()),
        ("Band Number", "Recapture"),
    ),
    Q(
        "most common species?",
        _any_named(
            lambda d: _top(_text(d, "Species Code").value_counts()),
            lambda d: _top(d.drop_duplicates("Band Number")["Species Code"].astype(str).value_counts()),
        ),
        ("Species Code", "Band Number"),
    ),
    Q(
        "what do song sparrows weigh on average?",
        _about(lambda d: float(_num(_bb_sosp(d), "Weight (g)").mean())),
        ("Species Code", "Weight (g)"),
    ),
    Q("males vs females?", _about(_bb_sosp_sex), ("Species Code", "Weight (g)", "Sex")),
    Q(
        "what fraction of captures are recaptures?",
        _share(lambda d: float((_text(d, "Recapture") == "Y").mean())),
        ("Recapture",),
    ),
    Q(
        "which net lane catches the most birds?",
        _lead(_named(lambda d: _top(_text(d, "Net Lane").value_counts()))),
        ("Net Lane",),
    ),
]


# --- 4. Camera trap survey -----------------------------------------------------------------------------------------

_CT_SITES = {
    "CAM-01": "Ridge Trail",
    "CAM-02": "Ridge Trail",
    "CAM-03": "Beaver Meadow",
    "CAM-04": "Beaver Meadow",
    "CAM-05": "Oak Hollow",
    "CAM-06": "Oak Hollow",
    "CAM-07": "Creek Crossing",
    "CAM-08": "Creek Crossing",
}
# species: (weight, typical group, nocturnal)
_CT_SPECIES = {
    "White-tailed Deer": (30, 2.0, False),
    "Raccoon": (14, 1.4, True),
    "Eastern Gray Squirrel": (12, 1.0, False),
    "Coyote": (6, 1.2, True),
    "Wild Turkey": (6, 4.0, False),
    "Red Fox": (4, 1.0, True),
    "Black Bear": (2, 1.3, True),
    "Bobcat": (1, 1.0, True),
    "Human": (5, 1.5, False),
    "Empty": (20, 0.0, False),
}
_CT_MOON = [
    "New Moon",
    "Waxing Crescent",
    "First Quarter",
    "Waxing Gibbous",
    "Full Moon",
    "Waning Gibbous",
    "Last Quarter",
    "Waning Crescent",
]


def _camera_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31704)
    cams = list(_CT_SITES)
    species = list(_CT_SPECIES)
    rows: list[dict[str, Any]] = []
    deploy = {c: pd.Timestamp(2023, 4, 1) + pd.Timedelta(days=int(rng.integers(0, 20))) for c in cams}
    month_w = {4: 0.6, 5: 0.9, 6: 1.0, 7: 1.3, 8: 1.1, 9: 1.0, 10: 0.8, 11: 0.5}
    for _ in range(3200):
        cam = _one(rng, cams, [1, 1.1, 1.6, 1.2, 0.9, 1, 1.3, 1.4])
        month = int(_one(rng, list(month_w), list(month_w.values())))
        t = pd.Timestamp(2023, month, int(rng.integers(1, 29)))
        t = max(t, deploy[cam] + pd.Timedelta(days=1))
        sp_w = [v[0] * (2.2 if s == "Raccoon" and cam in ("CAM-07", "CAM-08") else 1) for s, v in _CT_SPECIES.items()]
        sp = _one(rng, species, sp_w)
        lapse = rng.random() < 0.07
        if lapse:
            sp = "Empty" if rng.random() < 0.8 else sp
        night = _CT_SPECIES[sp][2]
        hour = int(_one(rng, [21, 22, 23, 0, 1, 2, 3, 4])) if night else int(rng.integers(6, 20))
        if lapse:
            hour = 12
        stamp = t + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))
        size = 0 if sp == "Empty" else 1 + int(rng.poisson(_CT_SPECIES[sp][1] - 1 if _CT_SPECIES[sp][1] > 1 else 0.1))
        base_temp = {4: 9, 5: 15, 6: 20, 7: 23, 8: 22, 9: 17, 10: 10, 11: 4}[month]
        rows.append(
            {
                "Camera ID": cam,
                "Site": _CT_SITES[cam],
                "Deployment Date": deploy[cam].strftime("%Y-%m-%d"),
                "Image Date/Time": stamp.strftime("%Y-%m-%d %H:%M:%S"),
                "Species": sp,
                "Count": size,
                "Behavior": ""
                if sp == "Empty" or rng.random() < 0.35
                else _one(rng, ["Foraging", "Traveling", "Vigilant", "Resting"], [4, 5, 2, 1]),
                "Temperature (C)": round(base_temp + (-4 if night else 3) + float(rng.normal(0, 3))),
                "Moon Phase": _CT_MOON[int((stamp - pd.Timestamp(2023, 1, 21)).days % 29.53 // 3.7) % 8],
                "Trigger Type": "Time Lapse" if lapse else "Motion",
            }
        )
    return pd.DataFrame(rows).sort_values(["Camera ID", "Image Date/Time"], kind="stable").reset_index(drop=True)


def _ct_animals(df: pd.DataFrame) -> pd.DataFrame:
    return df[~_text(df, "Species").isin(["Empty", "Human"])]


def _ct_deer(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Species") == "White-tailed Deer"]


def _ct_busiest(animals_only: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(df: pd.DataFrame) -> pd.Timestamp:
        d = _ct_animals(df) if animals_only else df
        month = _when(d, "Image Date/Time", "%Y-%m-%d %H:%M:%S").dt.to_period("M")
        return month.value_counts().sort_index().idxmax().to_timestamp()

    return pick


_CT_QS = [
    Q(
        "what percent of pics were empty?",
        _share(lambda d: float((_text(d, "Species") == "Empty").mean())),
        ("Species",),
    ),
    Q(
        "which animal shows up most, not counting people?",
        _any_named(
            lambda d: _top(_text(_ct_animals(d), "Species").value_counts()),
            lambda d: _top(_num(_ct_animals(d), "Count").groupby(_text(_ct_animals(d), "Species")).sum()),
        ),
        ("Species", "Count"),
    ),
    Q(
        "how many deer did we get in total?",
        either(_count(lambda d: int(_num(_ct_deer(d), "Count").sum())), _count(lambda d: len(_ct_deer(d)))),
        ("Species", "Count"),
    ),
    Q(
        "which camera got the most raccoons?",
        _any_named(
            lambda d: _top(_text(d[_text(d, "Species") == "Raccoon"], "Camera ID").value_counts()),
            lambda d: _top(_num(d[_text(d, "Species") == "Raccoon"], "Count").groupby(_text(d, "Camera ID")).sum()),
        ),
        ("Camera ID", "Species", "Count"),
    ),
    Q(
        "what was the temperature like when bears came by?",
        _typical(lambda d: _num(d[_text(d, "Species") == "Black Bear"], "Temperature (C)")),
        ("Species", "Temperature (C)"),
    ),
    Q(
        "busiest month for wildlife?",
        either(_month_year(_ct_busiest(True)), _month_year(_ct_busiest(False))),
        ("Image Date/Time", "Species"),
    ),
]


# --- 5. Tick drag survey -------------------------------------------------------------------------------------------

_TK_SITES = {
    "Hidden Valley Park": 1.6,
    "Miller Woods": 1.0,
    "Sutton Preserve": 0.7,
    "County Fairgrounds Edge": 0.4,
    "Pine Ridge Trailhead": 1.2,
    "Lake Como Greenway": 0.8,
}
_TK_SEASON = {  # month: (larvae, nymphs, adults) for blacklegged
    4: (0.0, 1.5, 2.5),
    5: (0.5, 5.0, 1.0),
    6: (2.0, 7.0, 0.3),
    7: (8.0, 3.0, 0.1),
    8: (14.0, 1.0, 0.1),
    9: (4.0, 0.5, 1.5),
}
_TK_OTHER = {
    "American Dog": {4: 1.5, 5: 3.0, 6: 3.5, 7: 2.0, 8: 0.8, 9: 0.2},
    "Lone Star": {4: 0.5, 5: 1.5, 6: 2.5, 7: 3.0, 8: 1.8, 9: 0.6},
}


def _tick_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31705)
    rows: list[dict[str, Any]] = []
    for year in range(2019, 2025):
        grow = 1 + 0.12 * (year - 2019)
        for site, dens in _TK_SITES.items():
            for month in range(4, 10):
                for visit in range(2):
                    day = pd.Timestamp(year, month, 3 + 13 * visit + int(rng.integers(0, 10)))
                    for tr in range(1, int(rng.integers(3, 5)) + 1):
                        meters = int(_one(rng, [200, 400, 500, 750, 1000], [1, 2, 3, 4, 1]))
                        scale = dens * meters / 500
                        for sp in ("Blacklegged", "American Dog", "Lone Star"):
                            if sp == "Blacklegged":
                                lam = _TK_SEASON[month]
                                larvae = int(rng.poisson(lam[0] * scale * grow))
                                nymphs = int(rng.poisson(lam[1] * scale * grow))
                                adults = int(rng.poisson(lam[2] * scale))
                            else:
                                lone = 0.3 * grow * grow if sp == "Lone Star" else 1.0
                                larvae = int(rng.poisson(0.3 * scale * lone))
                                nymphs = int(rng.poisson(0.6 * _TK_OTHER[sp][month] * scale * lone))
                                adults = int(rng.poisson(0.6 * _TK_OTHER[sp][month] * scale * lone))
                            total = larvae + nymphs + adults
                            if total == 0 and rng.random() < 0.5:
                                continue
                            tested: Any = ""
                            positive: Any = ""
                            if sp == "Blacklegged" and nymphs + adults > 0:
                                tested = min(nymphs + adults, 25)
                                rate = (0.2 + 0.05 * ("Hidden" in site or "Pine" in site)) * (
                                    1 + 0.5 * (adults > nymphs)
                                )
                                positive = int(rng.binomial(tested, rate))
                            rows.append(
                                {
                                    "Site": site,
                                    "Drag Date": f"{day.month}/{day.day}/{day.year}",
                                    "Transect": f"T{tr}",
                                    "Meters Dragged": meters,
                                    "Larvae": larvae,
                                    "Nymphs": nymphs,
                                    "Adults": adults,
                                    "Species": sp,
                                    "Ticks Tested": tested,
                                    "Positive Lyme": positive,
                                }
                            )
    return pd.DataFrame(rows)


def _tk_total(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Larvae").fillna(0) + _num(df, "Nymphs").fillna(0) + _num(df, "Adults").fillna(0)


def _tk_bl(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Species") == "Blacklegged"]


def _tk_bl_nymphs_by_year(df: pd.DataFrame) -> list[float]:
    b = _tk_bl(df)
    return _num(b, "Nymphs").groupby(_when(b, "Drag Date", "%m/%d/%Y").dt.year).sum().tolist()


def _tk_site_rate(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        t, p = _num(df, "Ticks Tested"), _num(df, "Positive Lyme")
        ok = t > 0
        site = _text(df, "Site")[ok]
        pooled_rate = p[ok].groupby(site).sum() / t[ok].groupby(site).sum()
        return _top(pooled_rate if pooled else (p[ok] / t[ok]).groupby(site).mean())

    return pick


def _tk_density(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        b = _tk_bl(df)
        n, m = _num(b, "Nymphs"), _num(b, "Meters Dragged")
        return float(100 * n.sum() / m.sum()) if pooled else float((100 * n / m).mean())

    return value


def _tk_lone_month(df: pd.DataFrame) -> int:
    s = df[_text(df, "Species") == "Lone Star"]
    return int(_tk_total(s).groupby(_when(s, "Drag Date", "%m/%d/%Y").dt.month).sum().idxmax())


_TK_QS = [
    Q(
        "how many ticks did we pick up in total?",
        _count(lambda d: int(_tk_total(d).sum())),
        ("Larvae", "Nymphs", "Adults"),
    ),
    Q(
        "blacklegged nymphs found each year?",
        _count(_tk_bl_nymphs_by_year),
        ("Drag Date", "Species", "Nymphs"),
    ),
    Q(
        "what % of the tested ticks had lyme?",
        _share(lambda d: float(_num(d, "Positive Lyme").sum() / _num(d, "Ticks Tested").sum())),
        ("Ticks Tested", "Positive Lyme"),
    ),
    Q(
        "which site is worst for that?",
        _any_named(_tk_site_rate(True), _tk_site_rate(False)),
        ("Site", "Ticks Tested", "Positive Lyme"),
    ),
    Q(
        "blacklegged nymphs per 100 m dragged",
        either(_about(_tk_density(True)), _about(_tk_density(False))),
        ("Species", "Nymphs", "Meters Dragged"),
    ),
    Q(
        "what month are lone star ticks worst?",
        _month_word(_tk_lone_month),
        ("Drag Date", "Species", "Larvae", "Nymphs", "Adults"),
    ),
]


# --- 6. Parish register of baptisms --------------------------------------------------------------------------------

_PB_SURNAMES = [
    "Smith",
    "Baker",
    "Cooper",
    "Ward",
    "Turner",
    "Hill",
    "Webb",
    "Dyer",
    "Marsh",
    "Pike",
    "Godwin",
    "Harris",
    "Crabb",
    "Lovell",
    "Stone",
    "Fry",
]
_PB_BOYS = {
    "William": 12,
    "John": 14,
    "James": 9,
    "George": 8,
    "Thomas": 8,
    "Henry": 6,
    "Charles": 5,
    "Joseph": 4,
    "Robert": 3,
    "Edward": 3,
    "Samuel": 3,
    "Frederick": 2,
}
_PB_GIRLS = {
    "Mary": 13,
    "Elizabeth": 10,
    "Sarah": 9,
    "Ann": 8,
    "Jane": 6,
    "Emma": 5,
    "Harriet": 5,
    "Eliza": 4,
    "Martha": 4,
    "Charlotte": 3,
    "Susan": 3,
    "Ellen": 2,
}
_PB_ABODES = ["Little Haddon", "Haddon Green", "Brook End", "Church Street", "Mill Lane", "Upper Farm", "The Common"]


def _baptism_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31706)
    rows: list[dict[str, Any]] = []
    entry = 0
    for year in range(1813, 1861):
        officiant = "Revd. J. Parker" if year < 1836 else ("Revd. H. Lowndes" if year < 1852 else "Revd. C. Amory")
        n = int(rng.poisson(38 + 0.5 * (year - 1813) + (12 if year == 1847 else 0)))
        dates = sorted(pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365))) for _ in range(n))
        for bap in dates:
            entry += 1
            boy = rng.random() < 0.51
            names = _PB_BOYS if boy else _PB_GIRLS
            child = _one(rng, list(names), list(names.values()))
            surname = _one(rng, _PB_SURNAMES)
            base = 0.15 if year < 1830 else 0.8
            birth = ""
            if rng.random() < base:
                birth = (bap - pd.Timedelta(days=int(rng.gamma(2.0, 14 if year < 1840 else 25)))).strftime("%d %b %Y")
            illegit = rng.random() < 0.05
            notes = (
                "Illegitimate"
                if illegit
                else _one(rng, ["", "Privately baptised", "Twin", "Received into church"], [40, 2, 1, 1])
            )
            rows.append(
                {
                    "Entry No": entry if rng.random() > 0.004 else entry - 1,
                    "Baptism Date": bap.strftime("%d %b %Y"),
                    "Birth Date": birth,
                    "Child Name": child,
                    "Sex": "" if rng.random() < 0.02 else ("M" if boy else "F"),
                    "Father": "" if illegit else f"{_one(rng, list(_PB_BOYS))} {surname}",
                    "Mother": f"{_one(rng, list(_PB_GIRLS))}" + (f" {surname}" if illegit else ""),
                    "Abode": _one(rng, _PB_ABODES, [5, 3, 2, 3, 2, 1, 1]),
                    "Officiant": officiant,
                    "Notes": notes,
                }
            )
    return pd.DataFrame(rows)


def _pb_top_name(sex: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_text(d[_text(d, "Sex") == sex], "Child Name").value_counts())


def _pb_gap(df: pd.DataFrame) -> pd.Series:
    bap = _when(df, "Baptism Date", "%d %b %Y")
    birth = _when(df, "Birth Date", "%d %b %Y")
    return (bap - birth).dt.days.dropna()


_PB_QS = [
    Q("how many baptisms are in here?", _count(len), ("Entry No", "Baptism Date")),
    Q(
        "which year had the most?",
        _lead(_year(lambda d: _when(d, "Baptism Date", "%d %b %Y").dt.year.value_counts().sort_index().idxmax())),
        ("Baptism Date",),
    ),
    Q("most popular name for girls?", _lead(_named(_pb_top_name("F"))), ("Child Name", "Sex")),
    Q("and boys?", _lead(_named(_pb_top_name("M"))), ("Child Name", "Sex")),
    Q(
        "how long after birth were kids usually baptised, in days?",
        _typical(_pb_gap),
        ("Baptism Date", "Birth Date"),
    ),
    Q("how many entries have no father?", _count(lambda d: int((_text(d, "Father") == "").sum())), ("Father",)),
]


# --- 7. Genealogy individuals export -------------------------------------------------------------------------------

_GN_SURNAMES = {
    "Murphy": 11,
    "Kelly": 5,
    "O'Brien": 4,
    "Walsh": 4,
    "Schmidt": 3,
    "Becker": 3,
    "Johnson": 5,
    "Miller": 6,
    "Brown": 4,
    "Lindgren": 2,
    "Carter": 3,
    "Doyle": 3,
}
_GN_PLACES = {
    "Ireland": ["Cork, Ireland", "County Mayo, Ireland", "Dublin, Ireland", "Kilkenny, Ireland"],
    "Germany": ["Bremen, Germany", "Bavaria, Germany"],
    "USA": [
        "Springfield, Sangamon, Illinois, USA",
        "Chicago, Cook, Illinois, USA",
        "Boston, Suffolk, Massachusetts, USA",
        "Peoria, Peoria, Illinois, USA",
        "Des Moines, Polk, Iowa, USA",
    ],
    "Sweden": ["Goteborg, Sweden"],
}
_GN_MALE = ["John", "Patrick", "Michael", "James", "William", "Thomas", "Johann", "Karl", "Edward", "Joseph"]
_GN_FEMALE = ["Mary", "Bridget", "Margaret", "Catherine", "Anna", "Elizabeth", "Ellen", "Sarah", "Helen", "Rose"]


def _gedcom_date(rng: np.random.Generator, year: int, blank: float) -> str:
    style = _one(rng, ["blank", "full", "abt", "year", "bef", "aft", "month"], [blank, 5, 2, 2, 0.4, 0.3, 1])
    if style == "blank":
        return ""
    t = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
    return {
        "full": t.strftime("%d %b %Y").upper().lstrip("0"),
        "abt": f"ABT {year}",
        "year": str(year),
        "bef": f"BEF {year}",
        "aft": f"AFT {year}",
        "month": t.strftime("%b %Y").upper(),
    }[style]


def _genealogy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31707)
    people: list[dict[str, Any]] = []
    surnames = list(_GN_SURNAMES)

    def add(sex: str, born: int, surname: str, father: str, mother: str, country: str) -> str:
        pid = f"I{len(people) * 3 + int(rng.integers(1, 3))}"
        lifespan = int(np.clip(rng.normal(66, 16), 0, 99))
        died = born + lifespan
        dead = died < 2020
        people.append(
            {
                "ID": pid,
                "Given Name": _one(rng, _GN_MALE if sex == "M" else _GN_FEMALE) if sex != "U" else "",
                "Surname": surname,
                "Sex": sex,
                "Birth Date": _gedcom_date(rng, born, 1.5),
                "Birth Place": "" if rng.random() < 0.2 else _one(rng, _GN_PLACES[country]),
                "Death Date": _gedcom_date(rng, died, 2.5) if dead else "",
                "Death Place": (_one(rng, _GN_PLACES["USA"]) if rng.random() < 0.6 else "") if dead else "",
                "Father ID": father,
                "Mother ID": mother,
            }
        )
        return pid

    gen = []
    for _ in range(70):
        surname = _one(rng, surnames, list(_GN_SURNAMES.values()))
        country = {"Schmidt": "Germany", "Becker": "Germany", "Lindgren": "Sweden"}.get(
            surname, "Ireland" if surname in ("Murphy", "Kelly", "O'Brien", "Walsh", "Doyle") else "USA"
        )
        born = int(rng.integers(1790, 1830))
        f = add("M", born, surname, "", "", country)
        m = add("F", born + int(rng.integers(-6, 3)), _one(rng, surnames), "", "", country)
        gen.append((f, m, surname, born + 25, country))
    while gen and len(people) < 1400:
        f, m, surname, year, country = gen.pop(0)
        kids_country = "USA" if year > 1840 or rng.random() < 0.3 else country
        for _ in range(int(rng.integers(1, 7))):
            year_k = year + int(rng.integers(0, 18))
            if year_k > 1990:
                continue
            sex = _one(rng, ["M", "F", "U"], [10, 10, 0.3])
            kid = add(
                sex, year_k, surname, f if rng.random() > 0.03 else "", m if rng.random() > 0.05 else "", kids_country
            )
            if sex == "M" and rng.random() < 0.6:
                spouse = add("F", year_k + int(rng.integers(-5, 3)), _one(rng, surnames), "", "", "USA")
                gen.append((kid, spouse, surname, year_k + 26, "USA"))
    return pd.DataFrame(people)


def _gn_year(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_numeric(_text(df, col).str.extract(r"(\d{4})")[0], errors="coerce")


def _gn_ages(df: pd.DataFrame) -> pd.Series:
    return (_gn_year(df, "Death Date") - _gn_year(df, "Birth Date")).dropna()


_GN_QS = [
    Q("how many people are in my tree?", _count(lambda d: _text(d, "ID").nunique()), ("ID",)),
    Q(
        "most common last name?",
        _lead(_named(lambda d: _top(_text(d, "Surname").value_counts()))),
        ("Surname",),
    ),
    Q(
        "how many people have no birth date at all?",
        _count(lambda d: int((_text(d, "Birth Date") == "").sum())),
        ("Birth Date",),
    ),
    Q(
        "how many were born in ireland?",
        _count(lambda d: int(_text(d, "Birth Place").str.contains("Ireland", case=False).sum())),
        ("Birth Place",),
    ),
    Q(
        "roughly how old were people when they died, where both years are known?",
        _typical(_gn_ages),
        ("Birth Date", "Death Date"),
    ),
    Q(
        "how many people have no parents listed?",
        either(
            _count(lambda d: int(((_text(d, "Father ID") == "") & (_text(d, "Mother ID") == "")).sum())),
            _count(lambda d: int(((_text(d, "Father ID") == "") | (_text(d, "Mother ID") == "")).sum())),
        ),
        ("ID", "Father ID", "Mother ID"),
    ),
]


HELDOUT317 = [
    Dataset("propane_delivery_log", _propane_frame, _PR_QS),
    Dataset("frog_call_survey", _frog_frame, _FR_QS),
    Dataset("bird_banding_captures", _banding_frame, _BB_QS),
    Dataset("camera_trap_survey", _camera_frame, _CT_QS),
    Dataset("tick_drag_survey", _tick_frame, _TK_QS),
    Dataset("parish_baptism_register", _baptism_frame, _PB_QS),
    Dataset("genealogy_individuals_export", _genealogy_frame, _GN_QS),
]
