"""HELDOUT303: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a hydroponic farm's harvest
log (2023 and 2024, one row per harvest) with "Harvest Date" as "2024-03-05", Crop (Lettuce, Basil, Kale,
Microgreens), "Tower ID" as "T-07", "Plant Count", "Harvest Weight (lbs)", "Days to Harvest", EC in mS/cm (blank
when the meter was not read), pH and "Sold To" (Farmers Market, CSA Boxes, Green Leaf Grocery, Bistro 21,
Donated); a state's hemp compliance test file (public data, 2021 to 2023, one row per sample) with upper-case
SAMPLE_DATE as "2022-08-14", LICENSE_NO as "HEMP-20-0456" (farms tested more than once), upper-case COUNTY and
VARIETY, TOTAL_THC_PCT and CBD_PCT as "0.214" (CBD_PCT "ND" when not detected), RESULT (PASS, FAIL above 0.3%
total THC), ACRES and RETEST (Y, N); a pigeon racing club's race results (2024 season, one row per bird per race)
with "Race Date" as "04/13/2024", "Release Point", "Distance (mi)", Loft, "Band No" as "AU 2023 GCC 1234" (birds
fly many races), "Arrival Time" as "13:42:17" (blank for birds that did not return), "Velocity (YPM)" (blank
likewise) and Place; a taxidermy shop's order book (2022 to 2024) with "Order #" as "T-1001", "Drop Off" as
"3/14/2023", Customer (repeat hunters), Animal (Deer, Turkey, Fish, Duck), "Mount Type" (Shoulder, Full Body,
European), Deposit, "Total Price" and Balance as "$850.00", "Est. Completion" as "9/14/2023" and Completed (Y, N;
Balance "$0.00" once completed); a cinema's showtime attendance (June to August 2024, one row per showing) with
Date as "2024-07-12", Showtime as "7:15 PM", Screen (1 to 8), Movie, Rating (PG, PG-13, R), "Tickets Sold", Seats
(the screen's capacity), "Ticket Revenue" and "Concession Revenue" as "$1,234.50" and "3D" (Y, N); a cat show
circuit's entries (2024, one row per cat per ring) with Show, Date as "2024-03-09", "Entry No", "Cat Name", Breed,
Class (Kitten, Championship, Premiership), Color, Ring (1 to 4), "Final Place" (1 to 10, blank when the cat did not
make the final) and Points (0 without a final); and a school raffle's ticket sales (two drawings) with "Sale Date"
as "10/05/2024", Seller, "Buyer Name", Tickets, "Amount Paid" as "$20.00" (5 for $20, blank while unpaid),
"Payment Method" (Cash, Card, Venmo), Drawing ("Fall 2024", "Spring 2025") and Winner (Y, N; three per drawing).
All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _shares
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _when(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _span(days: Callable[[pd.DataFrame], float]) -> Check:
    """A length of time given in days, weeks or months (2%)."""
    return either(*(_about(lambda df, k=k: float(days(df)) / k, rel=0.02) for k in (1, 7, 30.44)))


# --- 1. Hydroponic farm harvest log --------------------------------------------------------------------------------

_HY_CROPS = {"Lettuce": (35, 12, 0.45), "Basil": (28, 9, 0.22), "Kale": (46, 8, 0.55), "Microgreens": (10, 20, 0.08)}


def _hydro_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30301)
    buyers = ["Farmers Market", "CSA Boxes", "Green Leaf Grocery", "Bistro 21", "Donated"]
    rows: list[dict[str, Any]] = []
    for _ in range(960):
        crop = str(_one(rng, list(_HY_CROPS), [4, 3, 2, 3]))
        days, plants, per = _HY_CROPS[crop]
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        ec = float(np.round(rng.normal(1.8, 0.3), 2))
        ph = float(np.round(rng.normal(6.0, 0.25), 1))
        n = int(plants + rng.integers(-3, 6))
        season = 1 + 0.15 * np.sin((day.dayofyear - 80) / 365 * 2 * np.pi)
        weight = n * per * (0.8 + 0.25 * (ec - 1.8)) * season * float(rng.lognormal(0, 0.12))
        buyer = str(_one(rng, buyers, [5, 3, 4, 2, 1] if crop != "Kale" else [2, 5, 2, 1, 1]))
        rows.append(
            {
                "Harvest Date": f"{day:%Y-%m-%d}",
                "Crop": crop,
                "Tower ID": f"T-{int(rng.integers(1, 25)):02d}",
                "Plant Count": n,
                "Harvest Weight (lbs)": round(weight, 2),
                "Days to Harvest": int(days + rng.integers(-4, 6)),
                "EC": "" if rng.random() < 0.06 else ec,
                "pH": ph,
                "Sold To": buyer,
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values("Harvest Date", kind="stable").reset_index(drop=True)


def _hy_w(df: pd.DataFrame) -> pd.Series:
    return df["Harvest Weight (lbs)"].astype(float)


def _hy_month(how: str) -> Callable[[pd.DataFrame], Any]:
    def top(df: pd.DataFrame) -> Any:
        when = _when(df, "Harvest Date", "%Y-%m-%d")
        sub = df[when.dt.year == 2024]
        per = _hy_w(sub).groupby(when[sub.index].dt.to_period("M")).agg(how)
        return per.idxmax().to_timestamp()

    return top


def _hy_buyer(crop: str | None) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        keep = _text(df, "Crop") == crop if crop else pd.Series(True, index=df.index)
        return _top(_hy_w(df)[keep].groupby(_text(df, "Sold To")[keep]).sum())

    return top


_HY_QS = [
    Q(
        "how many pounds of basil did we pick in total",
        has(lambda df: float(_hy_w(df)[_text(df, "Crop") == "Basil"].sum()), rel=0.002),
        ("Crop", "Harvest Weight (lbs)"),
    ),
    Q(
        "which crop is quickest to grow",
        _lead(_named(lambda df: _top(df["Days to Harvest"].groupby(_text(df, "Crop")).mean(), lowest=True))),
        ("Crop", "Days to Harvest"),
    ),
    Q(
        "does a higher ec give us more weight per plant",
        either(
            _corr(lambda d: _num(d, "EC"), lambda d: _hy_w(d) / d["Plant Count"]),
            _corr(lambda d: _num(d, "EC"), _hy_w),
        ),
        ("EC", "Harvest Weight (lbs)", "Plant Count"),
    ),
    Q(
        "what was our biggest month in 2024",
        either(_month_year(_hy_month("sum")), _month_year(_hy_month("count"))),
        ("Harvest Date", "Harvest Weight (lbs)"),
    ),
    Q("who buys the most from us by weight", _lead(_named(_hy_buyer(None))), ("Sold To", "Harvest Weight (lbs)")),
    Q("and just for kale?", _lead(_named(_hy_buyer("Kale"))), ("Sold To", "Harvest Weight (lbs)", "Crop")),
]


# --- 2. State hemp compliance tests --------------------------------------------------------------------------------

_HP_VARIETIES = {
    "CHERRY WINE": 0.33,
    "BAOX": 0.24,
    "LIFTER": 0.2,
    "SUVER HAZE": 0.26,
    "T1": 0.22,
    "HAWAIIAN HAZE": 0.18,
}
_HP_COUNTIES = ["JACKSON", "JOSEPHINE", "MARION", "LINN", "DOUGLAS", "LANE", "POLK"]


def _hemp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30302)
    farms = [f"HEMP-{int(y)}-{int(rng.integers(100, 1000)):04d}" for y in rng.choice([19, 20, 21], size=180)]
    farm_county = {f: str(_one(rng, _HP_COUNTIES, [5, 4, 2, 2, 3, 2, 1])) for f in farms}
    farm_acres = {f: float(np.round(rng.lognormal(1.5, 0.8), 1)) for f in farms}
    rows: list[dict[str, Any]] = []
    for _ in range(1150):
        farm = str(_one(rng, farms))
        variety = str(_one(rng, list(_HP_VARIETIES), [5, 3, 2, 3, 2, 1]))
        year = int(_one(rng, [2021, 2022, 2023], [4, 3, 3]))
        day = pd.Timestamp(f"{year}-07-20") + pd.Timedelta(days=int(rng.integers(0, 90)))
        thc = float(np.clip(rng.normal(_HP_VARIETIES[variety], 0.07) - 0.02 * (year - 2021), 0.03, 0.9))
        cbd = thc * float(rng.uniform(18, 26))
        retest = "Y" if rng.random() < 0.12 else "N"
        rows.append(
            {
                "SAMPLE_DATE": f"{day:%Y-%m-%d}",
                "LICENSE_NO": farm,
                "COUNTY": farm_county[farm],
                "VARIETY": variety,
                "TOTAL_THC_PCT": f"{thc:.3f}",
                "CBD_PCT": "ND" if rng.random() < 0.04 else f"{cbd:.3f}",
                "RESULT": "FAIL" if thc > 0.3 else "PASS",
                "ACRES": farm_acres[farm],
                "RETEST": retest,
            }
        )
    df = pd.DataFrame(rows)
    return df.sort_values("SAMPLE_DATE", kind="stable").reset_index(drop=True)


def _hp_fail(df: pd.DataFrame) -> pd.Series:
    return (_text(df, "RESULT") == "FAIL").astype(float)


def _hp_year(df: pd.DataFrame) -> pd.Series:
    return _when(df, "SAMPLE_DATE", "%Y-%m-%d").dt.year


def _hp_worst(df: pd.DataFrame) -> str:
    return _top(_hp_fail(df).groupby(_text(df, "VARIETY")).mean())


_HP_QS = [
    Q("how many samples failed", _count(lambda df: int(_hp_fail(df).sum())), ("RESULT",)),
    Q(
        "whats the fail rate each year",
        _shares(lambda df: _hp_fail(df).groupby(_hp_year(df)).mean().to_numpy()),
        ("RESULT", "SAMPLE_DATE"),
    ),
    Q(
        "which variety fails most often",
        either(
            _lead(_named(_hp_worst)),
            _lead(_named(lambda df: _top(_hp_fail(df).groupby(_text(df, "VARIETY")).sum()))),
        ),
        ("VARIETY", "RESULT"),
    ),
    Q(
        "what's the average thc on that one",
        has(lambda df: float(_num(df, "TOTAL_THC_PCT")[_text(df, "VARIETY") == _hp_worst(df)].mean()), rel=0.01),
        ("VARIETY", "TOTAL_THC_PCT"),
    ),
    Q(
        "is cbd tied to thc",
        _corr(lambda d: _num(d, "CBD_PCT"), lambda d: _num(d, "TOTAL_THC_PCT")),
        ("CBD_PCT", "TOTAL_THC_PCT"),
    ),
    Q(
        "how many different farms got tested in 2023",
        _count(lambda df: int(_text(df, "LICENSE_NO")[_hp_year(df) == 2023].nunique())),
        ("LICENSE_NO", "SAMPLE_DATE"),
    ),
]


# --- 3. Pigeon racing club results ---------------------------------------------------------------------------------

_PG_RACES = [("Salina", 152), ("Abilene", 181), ("Hays", 210), ("Goodland", 305), ("WaKeeney", 248)]
_PG_LOFTS = {"Sky High Loft": 1.04, "Miller Bros": 1.0, "Red Barn Loft": 0.97, "Kansas Flyers": 1.01}
_PG_LOFTS |= {"Garcia & Son": 0.99, "Prairie Wind": 0.95}


def _pigeon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30303)
    birds = []
    for loft in _PG_LOFTS:
        code = "".join(w[0] for w in loft.replace("&", "").split())[:3].upper()
        for _ in range(12):
            birds.append((loft, f"AU {int(_one(rng, [2022, 2023]))} {code} {int(rng.integers(1000, 9999))}"))
    skill = {b: float(rng.normal(1, 0.04)) for _, b in birds}
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2024-04-06")
    for r in range(14):
        point, miles = _PG_RACES[r % len(_PG_RACES)]
        miles = float(miles + rng.integers(-2, 3) + 0.01 * int(rng.integers(0, 99)))
        date = start + pd.Timedelta(weeks=r)
        release = date + pd.Timedelta(hours=7, minutes=int(_one(rng, [0, 15, 30])))
        base = 1500 - 0.9 * (miles - 150) + float(rng.normal(0, 60))
        flown = [(loft, band) for loft, band in birds if rng.random() < 0.85]
        results = []
        for loft, band in flown:
            lost = rng.random() < 0.05 + 0.0003 * (miles - 150)
            ypm = base * _PG_LOFTS[loft] * skill[band] * float(rng.normal(1, 0.03))
            results.append((loft, band, None if lost else ypm))
        back = sorted([x for x in results if x[2] is not None], key=lambda x: -x[2])
        place = {x[1]: i + 1 for i, x in enumerate(back)}
        for loft, band, ypm in results:
            arrival = release + pd.Timedelta(minutes=miles * 1760 / ypm) if ypm else None
            rows.append(
                {
                    "Race Date": f"{date:%m/%d/%Y}",
                    "Release Point": point,
                    "Distance (mi)": round(miles, 2),
                    "Loft": loft,
                    "Band No": band,
                    "Arrival Time": f"{arrival:%H:%M:%S}" if arrival is not None else "",
                    "Velocity (YPM)": round(ypm, 3) if ypm else None,
                    "Place": place.get(band),
                }
            )
    return pd.DataFrame(rows).astype({"Place": "Int64"})


def _pg_v(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["Velocity (YPM)"], errors="coerce")


_PG_QS = [
    Q("how many races were there", _count(lambda df: int(_text(df, "Race Date").nunique())), ("Race Date",)),
    Q(
        "whats the fastest speed anyone clocked",
        has(lambda df: float(_pg_v(df).max()), rel=0.0005),
        ("Velocity (YPM)",),
    ),
    Q(
        "which loft is fastest on average",
        _lead(_named(lambda df: _top(_pg_v(df).groupby(_text(df, "Loft")).mean()))),
        ("Loft", "Velocity (YPM)"),
    ),
    Q(
        "how many birds never made it home",
        either(
            _count(lambda df: int((_text(df, "Arrival Time") == "").sum())),
            _count(lambda df: int(_text(df, "Band No")[_text(df, "Arrival Time") == ""].nunique())),
        ),
        ("Arrival Time", "Band No"),
    ),
    Q(
        "which bird won the most races",
        _lead(_named(lambda df: _top((pd.to_numeric(df["Place"], errors="coerce") == 1).groupby(df["Band No"]).sum()))),
        ("Band No", "Place"),
    ),
    Q(
        "do longer races mean slower speeds",
        _corr(lambda d: d["Distance (mi)"].astype(float), _pg_v),
        ("Distance (mi)", "Velocity (YPM)"),
    ),
]


# --- 4. Taxidermy shop order book ----------------------------------------------------------------------------------

_TX_PRICE = {("Deer", "Shoulder"): 750, ("Deer", "European"): 175, ("Deer", "Full Body"): 2400}
_TX_PRICE |= {("Turkey", "Full Body"): 850, ("Turkey", "European"): 150, ("Fish", "Full Body"): 525}
_TX_PRICE |= {("Duck", "Full Body"): 375, ("Duck", "European"): 95}


def _taxidermy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30304)
    first = ["Bill", "Cody", "Wayne", "Travis", "Dale", "Jim", "Tammy", "Rick", "Luke", "Shane", "Earl", "Beth"]
    last = ["Hollis", "Pruitt", "Beck", "Yoder", "Calhoun", "Tate", "Mercer", "Dunn", "Briggs"]
    customers = [f"{f} {g}" for f in first for g in last][:70]
    rows: list[dict[str, Any]] = []
    for i in range(640):
        animal = str(_one(rng, ["Deer", "Turkey", "Fish", "Duck"], [8, 2, 2, 2]))
        mounts = [m for a, m in _TX_PRICE if a == animal]
        mount = str(_one(rng, mounts, [6, 4, 1][: len(mounts)] if animal == "Deer" else None))
        month = int(_one(rng, list(range(1, 13)), [3, 1, 1, 2, 3, 2, 1, 1, 3, 5, 8, 6]))
        day = pd.Timestamp(int(_one(rng, [2022, 2023, 2024])), month, int(rng.integers(1, 29)))
        price = _TX_PRICE[(animal, mount)] + int(rng.integers(0, 8)) * 25
        deposit = round(price * 0.5 / 50) * 50 if mount != "European" else 100 if price > 100 else 50
        weeks = int(rng.integers(30, 52)) if mount != "European" else int(rng.integers(8, 16))
        est = day + pd.Timedelta(weeks=weeks)
        done = est < pd.Timestamp("2024-12-31") and rng.random() < 0.93
        rows.append(
            {
                "Order #": f"T-{1001 + i}",
                "Drop Off": f"{day.month}/{day.day}/{day.year}",
                "Customer": str(_one(rng, customers)),
                "Animal": animal,
                "Mount Type": mount,
                "Deposit": f"${deposit:,.2f}",
                "Total Price": f"${price:,.2f}",
                "Balance": "$0.00" if done else f"${price - deposit:,.2f}",
                "Est. Completion": f"{est.month}/{est.day}/{est.year}",
                "Completed": "Y" if done else "N",
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Drop Off"], format="%m/%d/%Y").argsort(kind="stable")
    df = df.iloc[order].reset_index(drop=True)
    df["Order #"] = [f"T-{1001 + i}" for i in range(len(df))]
    return df


def _tx_wait(df: pd.DataFrame) -> pd.Series:
    return (_when(df, "Est. Completion", "%m/%d/%Y") - _when(df, "Drop Off", "%m/%d/%Y")).dt.days.astype(float)


def _tx_deer_shoulder(df: pd.DataFrame) -> pd.Series:
    keep = (_text(df, "Animal") == "Deer") & (_text(df, "Mount Type") == "Shoulder")
    return _num(df, "Total Price")[keep]


def _tx_nov_deer(df: pd.DataFrame) -> int:
    when = _when(df, "Drop Off", "%m/%d/%Y")
    return int(((when.dt.year == 2023) & (when.dt.month == 11) & (_text(df, "Animal") == "Deer")).sum())


_TX_QS = [
    Q("how much money am i still owed", _amount(lambda df: float(_num(df, "Balance").sum())), ("Balance",)),
    Q("how many orders arent done yet", _count(lambda df: int((_text(df, "Completed") == "N").sum())), ("Completed",)),
    Q("avg price for a deer shoulder mount", _typical(_tx_deer_shoulder), ("Animal", "Mount Type", "Total Price")),
    Q(
        "what animal do people bring in the most",
        _lead(_named(lambda df: _top(_text(df, "Animal").value_counts()))),
        ("Animal",),
    ),
    Q("how many deer came in during november 2023", _count(_tx_nov_deer), ("Drop Off", "Animal")),
    Q(
        "typical wait from drop off to the estimated finish?",
        either(_span(lambda df: float(_tx_wait(df).mean())), _span(lambda df: float(_tx_wait(df).median()))),
        ("Drop Off", "Est. Completion"),
    ),
]


# --- 5. Cinema showtime attendance ---------------------------------------------------------------------------------

_CN_MOVIES = {"Inside Out 2": ("PG", 1.3), "Deadpool & Wolverine": ("R", 1.4), "Twisters": ("PG-13", 1.0)}
_CN_MOVIES |= {
    "Despicable Me 4": ("PG", 1.05),
    "Longlegs": ("R", 0.6),
    "Kingdom of the Planet of the Apes": ("PG-13", 0.5),
}
_CN_MOVIES |= {"A Quiet Place: Day One": ("PG-13", 0.75), "Alien: Romulus": ("R", 0.9)}
_CN_SEATS = {1: 220, 2: 220, 3: 160, 4: 160, 5: 120, 6: 120, 7: 90, 8: 90}
_CN_TIMES = ["12:30 PM", "3:45 PM", "7:15 PM", "10:00 PM"]


def _cinema_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30305)
    rows: list[dict[str, Any]] = []
    for d in range(92):
        day = pd.Timestamp("2024-06-01") + pd.Timedelta(days=d)
        weekend = 1.6 if day.dayofweek >= 5 else 1.25 if day.dayofweek == 4 else 0.8 if day.dayofweek == 1 else 1.0
        for screen, seats in _CN_SEATS.items():
            movie = str(_one(rng, list(_CN_MOVIES), [3, 3, 2, 2, 1, 1, 1, 2]))
            rating, pull = _CN_MOVIES[movie]
            is3d = screen in (1, 2) and rng.random() < 0.5
            for t, time in enumerate(_CN_TIMES):
                mult = [0.6, 0.8, 1.3, 0.7][t]
                demand = seats * 0.35 * pull * weekend * mult * float(rng.lognormal(0, 0.3))
                sold = int(min(seats, round(demand)))
                price = (11.0 if t == 0 else 14.5) + (4.0 if is3d else 0.0)
                rev = sold * price * float(rng.uniform(0.92, 1.0))
                conc = sold * float(rng.uniform(5.5, 9.0))
                rows.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "Showtime": time,
                        "Screen": screen,
                        "Movie": movie,
                        "Rating": rating,
                        "Tickets Sold": sold,
                        "Seats": seats,
                        "Ticket Revenue": f"${rev:,.2f}",
                        "Concession Revenue": f"${conc:,.2f}",
                        "3D": "Y" if is3d else "N",
                    }
                )
    return pd.DataFrame(rows)


def _cn_price(by_show: bool) -> Callable[[pd.DataFrame], list[float]]:
    def per(df: pd.DataFrame) -> list[float]:
        rev, sold, d3 = _num(df, "Ticket Revenue"), df["Tickets Sold"].astype(float), _text(df, "3D")
        if by_show:
            each = (rev / sold)[sold > 0]
            return [float(each[d3 == k].mean()) for k in ("Y", "N")]
        return [float(rev[d3 == k].sum() / sold[d3 == k].sum()) for k in ("Y", "N")]

    return per


def _cn_day(how: str) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        day = _when(df, "Date", "%Y-%m-%d")
        per = df["Tickets Sold"].groupby(day.dt.day_name()).sum()
        if how == "mean":
            per = per / day.groupby(day.dt.day_name()).nunique()
        return str(per.idxmax())

    return top


_CN_QS = [
    Q(
        "which movie sold the most tickets",
        _lead(_named(lambda df: _top(df["Tickets Sold"].groupby(_text(df, "Movie")).sum()))),
        ("Movie", "Tickets Sold"),
    ),
    Q(
        "how full are the theaters on average",
        either(
            _share(lambda df: float((df["Tickets Sold"] / df["Seats"]).mean())),
            _share(lambda df: float(df["Tickets Sold"].sum() / df["Seats"].sum())),
        ),
        ("Tickets Sold", "Seats"),
    ),
    Q(
        "do 3d shows make more per ticket than regular ones",
        either(has(_cn_price(False), rel=0.005), has(_cn_price(True), rel=0.005)),
        ("3D", "Ticket Revenue", "Tickets Sold"),
    ),
    Q(
        "total concessions in august",
        _amount(lambda df: float(_num(df, "Concession Revenue")[_when(df, "Date", "%Y-%m-%d").dt.month == 8].sum())),
        ("Date", "Concession Revenue"),
    ),
    Q(
        "busiest day of the week?",
        either(_weekday(_cn_day("sum")), _weekday(_cn_day("mean"))),
        ("Date", "Tickets Sold"),
    ),
    Q(
        "how many R rated showings sold out",
        _count(lambda df: int(((_text(df, "Rating") == "R") & (df["Tickets Sold"] >= df["Seats"])).sum())),
        ("Rating", "Tickets Sold", "Seats"),
    ),
]


# --- 6. Cat show entries -------------------------------------------------------------------------------------------

_CS_BREEDS = {"Maine Coon": 6, "Persian": 5, "Ragdoll": 4, "Siamese": 3, "Bengal": 3, "Sphynx": 2, "Abyssinian": 2}
_CS_COLORS = ["Brown Mackerel Tabby", "Seal Point", "Blue", "Black Smoke", "Red Classic Tabby", "Calico", "White"]
_CS_POINTS = {1: 25, 2: 20, 3: 16, 4: 13, 5: 10, 6: 8, 7: 6, 8: 4, 9: 2, 10: 1}


def _catshow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30306)
    names1 = ["Purrfect", "Midnight", "Sir", "Lady", "Velvet", "Copper", "Shadow", "Maple", "Tiger", "Misty", "Ziggy"]
    names2 = ["Storm", "Whiskers", "Biscuit", "Jasper", "Luna", "Duchess", "Pepper", "Mochi", "Bandit", "Cleo"]
    pool = [f"{a} {b}" for a in names1 for b in names2]
    picks = rng.choice(len(pool), size=90, replace=False)
    cats = []
    for k in picks:
        breed = str(_one(rng, list(_CS_BREEDS), list(_CS_BREEDS.values())))
        cls = str(_one(rng, ["Kitten", "Championship", "Premiership"], [2, 5, 2]))
        cats.append((pool[int(k)], breed, cls, str(_one(rng, _CS_COLORS)), float(rng.normal(0, 1))))
    shows = [
        ("Gateway Cat Fanciers", "2024-01-20"),
        ("Lone Star Felines", "2024-03-09"),
        ("Great Lakes Cat Club", "2024-05-04"),
        ("Rocky Mountain Cat Show", "2024-07-13"),
        ("Bayou Cat Fanciers", "2024-09-21"),
        ("Empire State Cat Show", "2024-11-16"),
    ]
    rows: list[dict[str, Any]] = []
    entry = 1
    for show, date in shows:
        here = [c for c in cats if rng.random() < 0.55]
        for ring in range(1, 5):
            for cls in ("Kitten", "Championship", "Premiership"):
                group = [c for c in here if c[2] == cls]
                score = {c[0]: c[4] + float(rng.normal(0, 0.8)) for c in group}
                ranked = sorted(group, key=lambda c: -score[c[0]])
                place = {c[0]: i + 1 for i, c in enumerate(ranked[:10]) if len(group) > 4 or i < 3}
                for c in group:
                    p = place.get(c[0])
                    rows.append(
                        {
                            "Show": f"{show} {date[:4]}",
                            "Date": date,
                            "Entry No": entry + here.index(c),
                            "Cat Name": c[0],
                            "Breed": c[1],
                            "Class": cls,
                            "Color": c[3],
                            "Ring": ring,
                            "Final Place": p,
                            "Points": _CS_POINTS[p] if p else 0,
                        }
                    )
        entry += len(here)
    return pd.DataFrame(rows).astype({"Final Place": "Int64"})


def _cs_final(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["Final Place"], errors="coerce")


_CS_QS = [
    Q("how many different cats were entered", _count(lambda df: int(_text(df, "Cat Name").nunique())), ("Cat Name",)),
    Q(
        "what breed shows up the most",
        either(
            _lead(_named(lambda df: _top(_text(df, "Breed").value_counts()))),
            _lead(_named(lambda df: _top(df.groupby(_text(df, "Breed"))["Cat Name"].nunique()))),
        ),
        ("Breed", "Cat Name"),
    ),
    Q(
        "which cat earned the most points overall",
        _lead(_named(lambda df: _top(df["Points"].groupby(_text(df, "Cat Name")).sum()))),
        ("Cat Name", "Points"),
    ),
    Q(
        "how many times did a maine coon take first",
        _count(lambda df: int(((_text(df, "Breed") == "Maine Coon") & (_cs_final(df) == 1)).sum())),
        ("Breed", "Final Place"),
    ),
    Q("what share of entries made a final", _share(lambda df: float(_cs_final(df).notna().mean())), ("Final Place",)),
    Q(
        "and for kittens?",
        _share(lambda df: float(_cs_final(df)[_text(df, "Class") == "Kitten"].notna().mean())),
        ("Final Place", "Class"),
    ),
]


# --- 7. Raffle ticket sales ----------------------------------------------------------------------------------------


def _raffle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30307)
    sellers = ["Mrs. Alvarez", "Coach Reed", "Emma T.", "Noah P.", "Ava L.", "Liam K.", "PTA Table"]
    first = ["Karen", "Steve", "Monica", "Greg", "Dana", "Paul", "Rita", "Hector", "June", "Omar", "Tina", "Walt"]
    last = ["Fischer", "Ortiz", "Baker", "Nolan", "Singh", "Weaver", "Cho", "Franklin", "Diaz", "Moss"]
    buyers = [f"{f} {g}" for f in first for g in last]
    rows: list[dict[str, Any]] = []
    for _ in range(780):
        drawing = str(_one(rng, ["Fall 2024", "Spring 2025"], [5, 4]))
        if drawing == "Fall 2024":
            day = pd.Timestamp("2024-09-03") + pd.Timedelta(days=int(rng.integers(0, 60)))
        else:
            day = pd.Timestamp("2025-02-03") + pd.Timedelta(days=int(rng.integers(0, 70)))
        tickets = int(_one(rng, [1, 2, 3, 5, 10, 20], [5, 4, 2, 6, 3, 1]))
        price = 20 * (tickets // 5) + 5 * (tickets % 5)
        rows.append(
            {
                "Sale Date": f"{day:%m/%d/%Y}",
                "Seller": str(_one(rng, sellers, [3, 2, 4, 3, 2, 2, 5])),
                "Buyer Name": str(_one(rng, buyers)),
                "Tickets": tickets,
                "Amount Paid": "" if rng.random() < 0.05 else f"${price:,.2f}",
                "Payment Method": str(_one(rng, ["Cash", "Card", "Venmo"], [4, 3, 3])),
                "Drawing": drawing,
                "Winner": "N",
            }
        )
    df = pd.DataFrame(rows)
    for drawing in ("Fall 2024", "Spring 2025"):
        idx = df.index[df["Drawing"] == drawing]
        df.loc[rng.choice(idx, size=3, replace=False), "Winner"] = "Y"
    order = pd.to_datetime(df["Sale Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _rf_venmo(df: pd.DataFrame) -> float:
    return float((_text(df, "Payment Method") == "Venmo").mean())


def _rf_venmo_money(df: pd.DataFrame) -> float:
    paid = _num(df, "Amount Paid")
    return float(paid[_text(df, "Payment Method") == "Venmo"].sum() / paid.sum())


_RF_QS = [
    Q("how much did we raise", _amount(lambda df: float(_num(df, "Amount Paid").sum())), ("Amount Paid",)),
    Q(
        "who sold the most tickets",
        _lead(_named(lambda df: _top(df["Tickets"].groupby(_text(df, "Seller")).sum()))),
        ("Seller", "Tickets"),
    ),
    Q(
        "how many tickets went for the fall drawing",
        _count(lambda df: int(df["Tickets"][_text(df, "Drawing") == "Fall 2024"].sum())),
        ("Drawing", "Tickets"),
    ),
    Q(
        "what percent paid with venmo",
        either(_share(_rf_venmo), _share(_rf_venmo_money)),
        ("Payment Method", "Amount Paid"),
    ),
    Q(
        "how many sales havent been paid yet",
        _count(lambda df: int(_num(df, "Amount Paid").isna().sum())),
        ("Amount Paid",),
    ),
    Q(
        "who won in the spring?",
        _all_named(
            lambda df: list(
                _text(df, "Buyer Name")[(_text(df, "Winner") == "Y") & (_text(df, "Drawing") == "Spring 2025")]
            )
        ),
        ("Buyer Name", "Winner", "Drawing"),
    ),
]


HELDOUT303 = [
    Dataset("hydroponic_harvests", _hydro_frame, _HY_QS),
    Dataset("hemp_compliance_tests", _hemp_frame, _HP_QS),
    Dataset("pigeon_race_results", _pigeon_frame, _PG_QS),
    Dataset("taxidermy_orders", _taxidermy_frame, _TX_QS),
    Dataset("cinema_showtimes", _cinema_frame, _CN_QS),
    Dataset("cat_show_entries", _catshow_frame, _CS_QS),
    Dataset("raffle_ticket_sales", _raffle_frame, _RF_QS),
]
