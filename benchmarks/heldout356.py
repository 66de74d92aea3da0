"""HELDOUT356: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a sign shop's job log (2023 and
2024, one row per job, repeat customers) with "Job #" as "J-23041", "Order Date" as "3/14/2024", Customer (local
businesses, repeated), "Sign Type" (Vinyl, Banner, Channel Letter, Yard Sign; now and then upper case), "Width (in)"
and "Height (in)", "Sq Ft" (width times height over 144, to two decimals), Material (Cast Vinyl, 13oz Vinyl,
Coroplast, Aluminum, Acrylic; by sign type), "Install Needed" (Y/N; channel letters nearly always), Price as
"$1,234.00" (by square foot, dearer for channel letters and with install; a yard sign job is a run of 10 to 120
signs while its "Sq Ft" is one sign's) and "Days to Finish" (blank for a few jobs still open). A pumpkin patch's
daily gate sheet (every day from September 1 to November 5, 2019 to 2024, September Mondays and Tuesdays closed and
left out; busier later in the season and on weekends; 2020 down) with Date as "09/23/2023", Weekday as "Sat", "Adult
Admissions", "Child Admissions", Hayrides, "Pumpkins Sold (lbs)", "Price/lb" as "$0.79" (one price a season), "Corn
Maze Tickets", Weather (Sunny, Cloudy, Rain, Cold; fewer visitors in rain) and "Cars Parked" (about one car per
three visitors, blank now and then). A driving school's lesson log (2023 and 2024, one row per lesson, one
instructor per student) with Student as "First Last" (repeated), Instructor, "Lesson #" (1, 2, ... per student), Car
("2019 Honda Civic" style), Minutes (60, 90 or 120), Highway (Yes/No), "Parallel Parking Score" (1 to 5, blank when
not practised), "Road Test Date" as "2024-05-17" (the same on every row of a student who took the test, blank
otherwise) and Passed (Yes/No on those rows, blank otherwise). An alpaca farm's fleece clip record (one row per
animal per spring shearing, 2016 to 2024, animals joining and leaving) with "Animal Name", Color (White, Light Fawn,
Fawn, Brown, Grey, Black), "Age (yrs)", "Shearing Date" as "2023-05-12", "Blanket (lbs)", "Seconds (lbs)", Micron
(coarser with age), "Staple Length (in)", "Sold To" (a few buyers, blank when the farm kept the fleece) and
"Price/oz" as "$3.50" (blank when kept). A go-kart track's heat sheet (May to September of 2023 and 2024, one row
per driver per heat) with "Heat #" (a running number), Date as "6/14/2024", "Kart #", "Driver Age", Laps, "Best Lap
(sec)" and "Avg Lap (sec)" (slower for juniors), "Spun Out" (Y/N), "Kart Class" (Adult, Junior) and Price as
"$25.00". A creamery's production log (2023 and 2024, one row per batch) with Batch as "B-1042", Date as
"2024-03-14", Flavor (Vanilla, Chocolate, Strawberry, Mint Chip, Butter Pecan, Cookies & Cream, Coffee; now and then
upper case), "Mix (gal)", "Overrun %" as "42%", "Pints Filled" and "Quarts Filled" (the frozen volume split between
them), "Waste (lbs)" (blank when not weighed) and Maker. And an archery shop's bow tune-up tickets (2022 to 2024,
one row per ticket, busiest before the fall seasons) with Ticket (a number), "Date In" as "08/14/2023", "Bow Brand"
(Hoyt, Mathews, PSE, Bear, Bowtech, Elite, Prime), "Draw Weight (lbs)", "Draw Length (in)" (in half inches), "String
Replaced" (Yes/No), "Paper Tune Passes", "Labor $" and "Parts $" as plain numbers (parts 0 without a new string,
blank now and then) and "Days in Shop". All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .heldout333 import _FIRST, _LAST, _date, _either_named
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    """A Yes/No or Y/N column as booleans."""
    return _text(df, col).str.upper().str[:1] == "Y"


def _best_month(dates: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    """The month (of a year) with the most rows, or the largest sum of `weights`."""
    w = pd.Series(1.0, index=dates.index) if weights is None else weights.fillna(0)
    keep = dates.notna()
    per = w[keep].groupby(dates[keep].dt.to_period("M")).sum().sort_index()
    return per.idxmax().to_timestamp()


def _year_of(value: Callable[[pd.DataFrame], int]) -> Check:
    """A year, said where the answer makes its pick (exactly: 2023 is not 2024)."""
    return _lead(_named(lambda df: str(int(value(df)))))


# --- 1. Sign shop job log ------------------------------------------------------------------------------------------

_SS_CUSTOMERS = [
    "Main Street Dental", "Riverside Auto Repair", "Hilltop Realty", "Grace Community Church", "Tony's Pizzeria",
    "Valley Credit Union", "Summit Fitness", "Oak Creek HOA", "Lincoln High Boosters", "Bella Salon",
    "Johnson Law Group", "Green Thumb Landscaping", "City of Fairview", "Sunrise Bakery", "Precision Plumbing",
    "Westside Veterinary", "Miller Construction", "Harbor Coffee Co", "Fairview Farmers Market", "Peak Roofing",
    "Smith for City Council", "Little Sprouts Daycare", "Eagle Storage", "Redline Motors",
]  # fmt: skip
# sign type: weight, materials, width range, height range, $ per sq ft, install chance, days to finish (mean)
_SS_TYPES: dict[str, tuple[float, list[str], tuple[int, int], tuple[int, int], float, float, float]] = {
    "Vinyl": (35, ["Cast Vinyl", "Cast Vinyl", "Calendered Vinyl"], (12, 96), (6, 48), 9.0, 0.35, 3),
    "Banner": (28, ["13oz Vinyl", "13oz Vinyl", "18oz Mesh"], (36, 144), (24, 48), 6.5, 0.15, 2),
    "Yard Sign": (22, ["Coroplast"], (18, 24), (12, 18), 14.0, 0.02, 2),
    "Channel Letter": (15, ["Aluminum", "Acrylic"], (48, 240), (12, 48), 85.0, 0.95, 21),
}


def _sign_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35601)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-03", "2024-12-20", freq="B")
    weights = [1.0 / (1 + i) ** 0.6 for i in range(len(_SS_CUSTOMERS))]
    for i, day in enumerate(sorted(days[rng.integers(0, len(days), 960)])):
        kind = str(_one(rng, list(_SS_TYPES), [v[0] for v in _SS_TYPES.values()]))
        _, mats, (w0, w1), (h0, h1), rate, inst, dmean = _SS_TYPES[kind]
        width = int(rng.integers(w0 // 6, w1 // 6 + 1)) * 6 if kind != "Yard Sign" else int(_one(rng, [18, 24]))
        height = int(rng.integers(h0 // 6, h1 // 6 + 1)) * 6 if kind != "Yard Sign" else int(_one(rng, [12, 18]))
        sqft = round(width * height / 144, 2)
        qty = int(rng.integers(10, 120)) if kind == "Yard Sign" else 1
        install = rng.random() < inst
        price = rate * sqft * qty * float(rng.uniform(0.85, 1.2)) + (250 if install else 0) + 25
        finish = max(1, int(rng.poisson(dmean)))
        sign = kind.upper() if rng.random() < 0.05 else kind
        rows.append(
            {
                "Job #": f"J-{day:%y}{i + 101:03d}",
                "Order Date": f"{day.month}/{day.day}/{day.year}",
                "Customer": str(_one(rng, _SS_CUSTOMERS, weights)),
                "Sign Type": sign,
                "Width (in)": width,
                "Height (in)": height,
                "Sq Ft": sqft,
                "Material": str(_one(rng, mats)),
                "Install Needed": "Y" if install else "N",
                "Price": _money(round(price, 0)),
                "Days to Finish": "" if (i > 940 and rng.random() < 0.6) or rng.random() < 0.01 else finish,
            }
        )
    return pd.DataFrame(rows)


def _ss_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Sign Type").str.title()


_SS_QS = [
    Q(
        "how many banner jobs have we done",
        _count(lambda df: int((_ss_type(df) == "Banner").sum())),
        ("Sign Type", "Job #"),
    ),
    Q(
        "what does a channel letter sign usually cost",
        _typical(lambda df: _num(df, "Price")[_ss_type(df) == "Channel Letter"]),
        ("Price", "Sign Type"),
    ),
    Q(
        "which customer has spent the most with us",
        _either_named(lambda df: _top(_num(df, "Price").groupby(_text(df, "Customer")).sum())),
        ("Customer", "Price"),
    ),
    Q(
        "what percent of jobs needed an install",
        _share(lambda df: float(_yes(df, "Install Needed").mean())),
        ("Install Needed",),
    ),
    Q(
        "do bigger signs cost more? how correlated is size with price",
        _corr(lambda df: _num(df, "Sq Ft"), lambda df: _num(df, "Price")),
        ("Sq Ft", "Price", "Width (in)", "Height (in)"),
    ),
    Q(
        "how long does a job normally take to finish",
        _typical(lambda df: _num(df, "Days to Finish").dropna()),
        ("Days to Finish",),
    ),
]


# --- 2. Pumpkin patch daily gate -----------------------------------------------------------------------------------

_PP_WEATHER = {"Sunny": (5, 1.0), "Cloudy": (3, 0.85), "Rain": (1.3, 0.4), "Cold": (1.2, 0.65)}
_PP_PRICE = {2019: 0.59, 2020: 0.65, 2021: 0.69, 2022: 0.75, 2023: 0.79, 2024: 0.85}


def _pumpkin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35602)
    rows: list[dict[str, Any]] = []
    for year, price in _PP_PRICE.items():
        growth = 1 + 0.06 * (year - 2019) - (0.25 if year == 2020 else 0)
        for day in pd.date_range(f"{year}-09-01", f"{year}-11-05", freq="D"):
            if day.dayofweek in (0, 1) and day.month == 9:
                continue  # closed Mondays and Tuesdays in September
            weather = str(_one(rng, list(_PP_WEATHER), [v[0] for v in _PP_WEATHER.values()]))
            base = {5: 520, 6: 430, 4: 170}.get(day.dayofweek, 95)
            late = 1.0 + 0.6 * min(1.0, (day - pd.Timestamp(f"{year}-09-01")).days / 60)
            crowd = base * late * growth * _PP_WEATHER[weather][1] * float(rng.uniform(0.8, 1.2))
            adults = int(rng.poisson(crowd * 0.45))
            kids = int(rng.poisson(crowd * 0.55))
            total = adults + kids
            cars = int(rng.poisson(total / 3.1))
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Weekday": f"{day:%a}",
                    "Adult Admissions": adults,
                    "Child Admissions": kids,
                    "Hayrides": int(rng.binomial(total, 0.55)),
                    "Pumpkins Sold (lbs)": round(total * float(rng.uniform(4, 9)), 1),
                    "Price/lb": _money(price),
                    "Corn Maze Tickets": int(rng.binomial(total, 0.35)),
                    "Weather": weather,
                    "Cars Parked": "" if rng.random() < 0.04 else cars,
                }
            )
    return pd.DataFrame(rows)


def _pp_people(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Adult Admissions") + _num(df, "Child Admissions")


def _pp_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y").dt.year


def _pp_best_day(how: str) -> Callable[[pd.DataFrame], str]:
    names = {"Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Fri": "Friday"}
    names |= {"Sat": "Saturday", "Sun": "Sunday"}

    def value(df: pd.DataFrame) -> str:
        return names[_top(_pp_people(df).groupby(_text(df, "Weekday")).agg(how))]

    return value


_PP_QS = [
    Q(
        "how many people came through the gate altogether",
        _count(lambda df: int(_pp_people(df).sum())),
        ("Adult Admissions", "Child Admissions"),
    ),
    Q(
        "what's our busiest day of the week",
        either(_weekday(_pp_best_day("mean")), _weekday(_pp_best_day("sum"))),
        ("Weekday", "Adult Admissions", "Child Admissions", "Date"),
    ),
    Q(
        "how many pounds of pumpkins did we sell in 2023",
        _about(lambda df: float(_num(df, "Pumpkins Sold (lbs)")[_pp_year(df) == 2023].sum()), rel=0.002),
        ("Pumpkins Sold (lbs)", "Date"),
    ),
    Q(
        "which year made the most money on pumpkins",
        _year_of(
            lambda df: int(_top((_num(df, "Pumpkins Sold (lbs)") * _num(df, "Price/lb")).groupby(_pp_year(df)).sum()))
        ),
        ("Pumpkins Sold (lbs)", "Price/lb", "Date"),
    ),
    Q(
        "on average how many visitors do we get on rainy days compared to sunny ones",
        _both_about(
            lambda df: float(_pp_people(df)[_text(df, "Weather") == "Rain"].mean()),
            lambda df: float(_pp_people(df)[_text(df, "Weather") == "Sunny"].mean()),
        ),
        ("Weather", "Adult Admissions", "Child Admissions"),
    ),
    Q(
        "how closely do cars parked track the number of visitors",
        _corr(lambda df: _num(df, "Cars Parked"), _pp_people),
        ("Cars Parked", "Adult Admissions", "Child Admissions"),
    ),
]


# --- 3. Driving school lessons -------------------------------------------------------------------------------------

_DS_INSTRUCTORS = {"Gary Holt": 0.82, "Denise Park": 0.74, "Luis Ortega": 0.66, "Kim Abbott": 0.7}
_DS_CARS = ["2019 Honda Civic", "2020 Toyota Corolla", "2021 Hyundai Elantra", "2018 Ford Focus"]


def _driving_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35603)
    rows: list[dict[str, Any]] = []
    names: set[str] = set()
    days = pd.date_range("2023-01-02", "2024-11-30", freq="D")
    while len(names) < 330:
        student = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if student in names:
            continue
        names.add(student)
        teacher = str(_one(rng, list(_DS_INSTRUCTORS), [4, 3, 3, 2]))
        car = str(_one(rng, _DS_CARS))
        n = int(rng.integers(2, 11))
        start = days[int(rng.integers(len(days)))]
        test = rng.random() < 0.7 and start < pd.Timestamp("2024-10-01")
        skill = float(rng.normal(0, 0.6))
        lesson_day = start
        for k in range(1, n + 1):
            lesson_day = lesson_day + pd.Timedelta(days=int(rng.integers(3, 15)))
            park = "" if rng.random() < 0.3 else int(np.clip(round(1.5 + 0.35 * k + skill + rng.normal(0, 0.7)), 1, 5))
            rows.append(
                {
                    "Student": student,
                    "Instructor": teacher,
                    "Lesson #": k,
                    "Car": car,
                    "Minutes": int(_one(rng, [60, 90, 120], [5, 3, 2])),
                    "Highway": "Yes" if k > 2 and rng.random() < 0.45 else "No",
                    "Parallel Parking Score": park,
                    "_test": lesson_day + pd.Timedelta(days=int(rng.integers(5, 30))) if test else None,
                }
            )
        if test:
            p = _DS_INSTRUCTORS[teacher] + 0.03 * (n - 6) + 0.1 * skill
            passed = "Yes" if rng.random() < p else "No"
            when = rows[-1]["_test"]
            for r in rows[-n:]:
                r["Road Test Date"] = f"{when:%Y-%m-%d}"
                r["Passed"] = passed
    frame = pd.DataFrame(rows).drop(columns="_test")
    return frame[[*frame.columns[:7], "Road Test Date", "Passed"]].fillna("")


def _ds_students(df: pd.DataFrame) -> pd.DataFrame:
    """One row per student: instructor, lessons taken, passed (blank when no test)."""
    per = df.groupby("Student").agg(
        Instructor=("Instructor", "first"), lessons=("Lesson #", "max"), Passed=("Passed", "first")
    )
    per["Passed"] = per["Passed"].astype("string").fillna("").str.strip()
    return per


def _ds_pass_top(by_rows: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        frame = df.assign(Passed=_text(df, "Passed")) if by_rows else _ds_students(df)
        took = frame[frame["Passed"] != ""]
        return _top((took["Passed"] == "Yes").groupby(took["Instructor"]).mean())

    return value


def _ds_pass_rate(by_rows: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        passed = _text(df, "Passed") if by_rows else _ds_students(df)["Passed"]
        took = passed[passed != ""]
        return float((took == "Yes").mean())

    return value


_DS_QS = [
    Q("how many students have we had", _count(lambda df: int(df["Student"].nunique())), ("Student",)),
    Q(
        "how many hours of lessons have we given in total",
        either(
            _about(lambda df: float(_num(df, "Minutes").sum() / 60), rel=0.002),
            _count(lambda df: int(_num(df, "Minutes").sum())),
        ),
        ("Minutes",),
    ),
    Q(
        "what's the average parallel parking score",
        _about(lambda df: float(_num(df, "Parallel Parking Score").mean()), rel=0.005),
        ("Parallel Parking Score",),
    ),
    Q(
        "what share of the kids who took the road test passed",
        either(_share(_ds_pass_rate(False)), _share(_ds_pass_rate(True))),
        ("Passed", "Student", "Road Test Date"),
    ),
    Q(
        "which instructor gets the best pass rate",
        _either_named(_ds_pass_top(False), _ds_pass_top(True)),
        ("Instructor", "Passed", "Student", "Road Test Date"),
    ),
    Q(
        "how many lessons did the ones who passed take on average",
        _typical(lambda df: _ds_students(df).query("Passed == 'Yes'")["lessons"]),
        ("Lesson #", "Student", "Passed"),
    ),
]


# --- 4. Alpaca fleece clip -----------------------------------------------------------------------------------------

_AL_NAMES = [
    "Biscuit", "Clementine", "Dolly", "Echo", "Fernando", "Ginger", "Hazel", "Inca", "Juniper", "Kahlua", "Luna",
    "Maple", "Nutmeg", "Oreo", "Pepper", "Quinoa", "Rosie", "Sable", "Toffee", "Umber", "Velvet", "Willow", "Xena",
    "Yuma", "Zeus", "Apollo", "Bambi", "Cocoa", "Daisy", "Espresso", "Fiona", "Gizmo", "Honey", "Iris", "Jasper",
    "Koko", "Lulu", "Mocha", "Nala", "Olive", "Pumpkin", "Rascal", "Sierra", "Teddy", "Cinnamon", "Mabel", "Chai",
    "Peaches", "Smokey", "Snowball", "Truffle", "Waffles", "Pebbles", "Marble", "Ziggy",
]  # fmt: skip
_AL_COLORS = {"White": (5, 0), "Light Fawn": (3, 0.5), "Fawn": (4, 1.0), "Brown": (3, 1.8), "Grey": (2, 2.5)}
_AL_COLORS |= {"Black": (2, 3.2)}
_AL_BUYERS = {"Fiber Co-op": 4, "Mill Direct": 3, "Etsy Spinners": 2, "County Fair": 1}


def _alpaca_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35604)
    rows: list[dict[str, Any]] = []
    for name in _AL_NAMES:
        color = str(_one(rng, list(_AL_COLORS), [v[0] for v in _AL_COLORS.values()]))
        first = int(rng.integers(2016, 2022))
        last = min(2024, first + int(rng.integers(4, 11)))
        age = int(rng.integers(1, 6))
        base = 18 + _AL_COLORS[color][1] + float(rng.normal(0, 1.5))
        for year in range(first, last + 1):
            day = pd.Timestamp(f"{year}-05-01") + pd.Timedelta(days=int(rng.integers(0, 28)))
            yrs = age + year - first
            micron = round(base + 0.9 * yrs + float(rng.normal(0, 0.8)), 1)
            blanket = round(max(1.5, float(rng.normal(5.2 - 0.15 * yrs, 0.9))), 1)
            sold = rng.random() < 0.7
            buyer = str(_one(rng, list(_AL_BUYERS), list(_AL_BUYERS.values()))) if sold else ""
            price = max(1.0, 6.5 - 0.18 * micron + float(rng.normal(0, 0.3)))
            rows.append(
                {
                    "Animal Name": name,
                    "Color": color,
                    "Age (yrs)": yrs,
                    "Shearing Date": f"{day:%Y-%m-%d}",
                    "Blanket (lbs)": blanket,
                    "Seconds (lbs)": round(float(rng.uniform(1.0, 3.5)), 1),
                    "Micron": micron,
                    "Staple Length (in)": round(float(rng.uniform(2.5, 5.5)) * 4) / 4,
                    "Sold To": buyer,
                    "Price/oz": _money(round(price * 4) / 4) if sold else "",
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["Shearing Date", "Animal Name"], kind="stable").reset_index(drop=True)


def _al_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Shearing Date", "%Y-%m-%d").dt.year


def _al_kept(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Sold To") == ""


_AL_QS = [
    Q("how many different alpacas are in here", _count(lambda df: int(df["Animal Name"].nunique())), ("Animal Name",)),
    Q(
        "which color has the finest fiber",
        _lead(_named(lambda df: _top(_num(df, "Micron").groupby(_text(df, "Color")).mean(), lowest=True))),
        ("Color", "Micron"),
    ),
    Q(
        "total blanket weight we sheared in 2022?",
        _about(lambda df: float(_num(df, "Blanket (lbs)")[_al_year(df) == 2022].sum()), rel=0.002),
        ("Blanket (lbs)", "Shearing Date"),
    ),
    Q(
        "does the fleece get coarser as they get older",
        _corr(lambda df: _num(df, "Age (yrs)"), lambda df: _num(df, "Micron")),
        ("Age (yrs)", "Micron"),
    ),
    Q(
        "how many pounds of blanket did we end up not selling",
        _about(lambda df: float(_num(df, "Blanket (lbs)")[_al_kept(df)].sum()), rel=0.002),
        ("Blanket (lbs)", "Sold To", "Price/oz"),
    ),
    Q(
        "who bought the most from us",
        _either_named(
            lambda df: _top(_text(df, "Sold To")[~_al_kept(df)].value_counts()),
            lambda df: _top(_num(df, "Blanket (lbs)")[~_al_kept(df)].groupby(_text(df, "Sold To")).sum()),
        ),
        ("Sold To", "Blanket (lbs)", "Price/oz"),
    ),
]


# --- 5. Go-kart heat sheet -----------------------------------------------------------------------------------------


def _kart_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35605)
    rows: list[dict[str, Any]] = []
    days = [d for y in (2023, 2024) for d in pd.date_range(f"{y}-05-01", f"{y}-09-30", freq="D")]
    days = [d for d in days if d.dayofweek >= 4 or d.month in (7, 8)]
    heat = 0
    kart_speed = {k: float(rng.normal(0, 0.5)) for k in range(1, 25)}
    for day in days:
        for _ in range(int(rng.integers(0, 4)) if day.dayofweek < 4 else int(rng.integers(1, 5))):
            heat += 1
            junior = rng.random() < 0.35
            karts = rng.choice(np.arange(13, 25) if junior else np.arange(1, 13), int(rng.integers(3, 10)), False)
            laps = 10 if junior else 14
            for kart in karts:
                age = int(rng.integers(8, 16)) if junior else int(min(70, 16 + rng.gamma(2.5, 7)))
                best = (38.5 if junior else 31.0) + kart_speed[int(kart)] + float(rng.gamma(2, 1.2))
                spun = rng.random() < (0.2 if junior else 0.12)
                avg = best + float(rng.uniform(0.8, 3.5)) + (2.5 if spun else 0)
                rows.append(
                    {
                        "Heat #": heat,
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Kart #": int(kart),
                        "Driver Age": age,
                        "Laps": laps if rng.random() > 0.03 else laps - int(rng.integers(1, 4)),
                        "Best Lap (sec)": round(best, 3),
                        "Avg Lap (sec)": round(avg, 3),
                        "Spun Out": "Y" if spun else "N",
                        "Kart Class": "Junior" if junior else "Adult",
                        "Price": _money(18 if junior else 25),
                    }
                )
    return pd.DataFrame(rows)


def _gk_junior(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Kart Class").str.lower() == "junior"


_GK_QS = [
    Q("how many heats did we run", _count(lambda df: int(df["Heat #"].nunique())), ("Heat #",)),
    Q(
        "what's the fastest lap anyone has done",
        _about(lambda df: float(_num(df, "Best Lap (sec)").min()), rel=0.0005),
        ("Best Lap (sec)",),
    ),
    Q(
        "avg best lap for adults vs juniors",
        _both_about(
            lambda df: float(_num(df, "Best Lap (sec)")[~_gk_junior(df)].mean()),
            lambda df: float(_num(df, "Best Lap (sec)")[_gk_junior(df)].mean()),
            rel=0.002,
        ),
        ("Best Lap (sec)", "Kart Class"),
    ),
    Q(
        "what percent of drivers spin out",
        _share(lambda df: float((_text(df, "Spun Out") == "Y").mean())),
        ("Spun Out",),
    ),
    Q(
        "and for the junior karts?",
        _share(lambda df: float((_text(df, "Spun Out") == "Y")[_gk_junior(df)].mean())),
        ("Spun Out", "Kart Class"),
    ),
    Q(
        "which month brought in the most money",
        _month_year(lambda df: _best_month(_date(df, "Date", "%m/%d/%Y"), _num(df, "Price"))),
        ("Date", "Price"),
    ),
]


# --- 6. Creamery production log ------------------------------------------------------------------------------------

_CR_FLAVORS = {"Vanilla": 6, "Chocolate": 5, "Strawberry": 3, "Mint Chip": 2.5, "Butter Pecan": 1.5}
_CR_FLAVORS |= {"Cookies & Cream": 3, "Coffee": 2}
_CR_MAKERS = {"Hannah": (4, 1.0), "Owen": (3, 1.6), "Priya": (3, 0.8), "Walt": (1.5, 2.2)}


def _creamery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35606)
    rows: list[dict[str, Any]] = []
    batch = 1000
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="D"):
        if day.dayofweek == 6:
            continue
        summer = 1 + 0.8 * np.exp(-(((day.dayofyear - 190) / 45) ** 2))
        for _ in range(int(rng.poisson(1.2 * summer))):
            batch += 1
            flavor = str(_one(rng, list(_CR_FLAVORS), list(_CR_FLAVORS.values())))
            maker = str(_one(rng, list(_CR_MAKERS), [v[0] for v in _CR_MAKERS.values()]))
            mix = float(_one(rng, [5, 10, 10, 15, 20]))
            overrun = int(rng.integers(28, 56))
            out_gal = mix * (1 + overrun / 100) * float(rng.uniform(0.95, 0.99))
            pint_share = float(rng.uniform(0.3, 0.8))
            pints = int(out_gal * pint_share * 8)
            quarts = int((out_gal - pints / 8) * 4)
            waste = round(max(0.1, float(rng.gamma(2, _CR_MAKERS[maker][1]))), 1)
            rows.append(
                {
                    "Batch": f"B-{batch}",
                    "Date": f"{day:%Y-%m-%d}",
                    "Flavor": flavor.upper() if rng.random() < 0.05 else flavor,
                    "Mix (gal)": mix,
                    "Overrun %": f"{overrun}%",
                    "Pints Filled": pints,
                    "Quarts Filled": quarts,
                    "Waste (lbs)": "" if rng.random() < 0.08 else waste,
                    "Maker": maker,
                }
            )
    return pd.DataFrame(rows)


def _cr_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


_CR_QS = [
    Q(
        "how many batches of chocolate did we make",
        _count(lambda df: int((_text(df, "Flavor").str.lower() == "chocolate").sum())),
        ("Flavor", "Batch"),
    ),
    Q(
        "what's our overrun typically",
        either(
            _typical(lambda df: _num(df, "Overrun %")),
            _share(lambda df: float(_num(df, "Overrun %").mean() / 100)),
        ),
        ("Overrun %",),
    ),
    Q(
        "how many pints did we fill in 2024",
        _count(lambda df: int(_num(df, "Pints Filled")[_cr_date(df).dt.year == 2024].sum())),
        ("Pints Filled", "Date"),
    ),
    Q(
        "who wastes the most",
        _either_named(
            lambda df: _top(_num(df, "Waste (lbs)").groupby(_text(df, "Maker")).sum()),
            lambda df: _top(_num(df, "Waste (lbs)").groupby(_text(df, "Maker")).mean()),
        ),
        ("Maker", "Waste (lbs)"),
    ),
    Q(
        "how many batches are missing a waste number",
        _count(lambda df: int(_num(df, "Waste (lbs)").isna().sum())),
        ("Waste (lbs)", "Batch"),
    ),
    Q(
        "which month did we go through the most mix",
        _month_year(lambda df: _best_month(_cr_date(df), _num(df, "Mix (gal)"))),
        ("Mix (gal)", "Date"),
    ),
]


# --- 7. Archery shop bow tune-ups ----------------------------------------------------------------------------------

_AR_BRANDS = {"Hoyt": 5, "Mathews": 6, "PSE": 4, "Bear": 4, "Bowtech": 2.5, "Elite": 1.5, "Prime": 1}
_AR_MONTHS = {1: 2, 2: 2, 3: 3, 4: 4, 5: 4, 6: 5, 7: 7, 8: 11, 9: 10, 10: 6, 11: 4, 12: 2}


def _archery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35607)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2022-01-03", "2024-12-28", freq="D")
    days = days[days.dayofweek != 0]
    weights = np.array([_AR_MONTHS[m] for m in days.month], dtype=float)
    picks = np.sort(rng.choice(len(days), 1400, p=weights / weights.sum()))
    for i, pick in enumerate(picks):
        day = days[int(pick)]
        brand = str(_one(rng, list(_AR_BRANDS), list(_AR_BRANDS.values())))
        string = rng.random() < 0.38
        passes = int(rng.integers(1, 6))
        labor = float(_one(rng, [35, 45, 60])) + 10 * max(0, passes - 2) + (20 if string else 0)
        parts = (
            round(float(rng.uniform(45, 110)), 2)
            if string
            else (round(float(rng.uniform(3, 15)), 2) if rng.random() < 0.2 else 0)
        )
        rows.append(
            {
                "Ticket": 4101 + i,
                "Date In": f"{day:%m/%d/%Y}",
                "Bow Brand": brand,
                "Draw Weight (lbs)": int(_one(rng, [40, 50, 55, 60, 65, 70, 70, 80])),
                "Draw Length (in)": round(float(rng.normal(28.5, 1.3)) * 2) / 2,
                "String Replaced": "Yes" if string else "No",
                "Paper Tune Passes": passes,
                "Labor $": labor,
                "Parts $": "" if rng.random() < 0.03 else parts,
                "Days in Shop": int(rng.integers(1, 4)) + (int(rng.integers(2, 8)) if day.month in (8, 9) else 0),
            }
        )
    return pd.DataFrame(rows)


def _ar_string(df: pd.DataFrame) -> pd.Series:
    return _yes(df, "String Replaced")


_AR_QS = [
    Q("how many tune-ups have we done", _count(lambda df: int(df["Ticket"].nunique())), ("Ticket",)),
    Q(
        "how much have we made on labor",
        _amount(lambda df: float(_num(df, "Labor $").sum())),
        ("Labor $",),
    ),
    Q(
        "how often does the string get replaced",
        _share(lambda df: float(_ar_string(df).mean())),
        ("String Replaced",),
    ),
    Q(
        "average parts cost when we replace the string vs when we don't",
        either(
            _both_about(
                lambda df: float(_num(df, "Parts $")[_ar_string(df)].mean()),
                lambda df: float(_num(df, "Parts $")[~_ar_string(df)].mean()),
            ),
            _both_about(
                lambda df: float(_num(df, "Parts $").fillna(0)[_ar_string(df)].mean()),
                lambda df: float(_num(df, "Parts $").fillna(0)[~_ar_string(df)].mean()),
            ),
        ),
        ("Parts $", "String Replaced"),
    ),
    Q(
        "which brand do we see the most",
        _lead(_named(lambda df: _top(_text(df, "Bow Brand").value_counts()))),
        ("Bow Brand",),
    ),
    Q(
        "what month was the busiest",
        _month_year(lambda df: _best_month(_date(df, "Date In", "%m/%d/%Y"))),
        ("Date In", "Ticket"),
    ),
]


HELDOUT356: list[Dataset] = [
    Dataset("sign_shop_jobs", _sign_frame, _SS_QS),
    Dataset("pumpkin_patch_gate", _pumpkin_frame, _PP_QS),
    Dataset("driving_school_lessons", _driving_frame, _DS_QS),
    Dataset("alpaca_fleece_clip", _alpaca_frame, _AL_QS),
    Dataset("gokart_heat_sheet", _kart_frame, _GK_QS),
    Dataset("creamery_production", _creamery_frame, _CR_QS),
    Dataset("archery_tuneups", _archery_frame, _AR_QS),
]
