"""HELDOUT305: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of small-farm and fisheries records an analyst is likely to bring along: an oyster
farm's harvest tickets (one row per harvest, 2021-2023) with "Ticket #" numbers (a few tickets entered twice),
"Harvest Date" written "06/14/2022", "Lease ID" codes such as "LS-0412", "Bed" as "B1"-"B8", "Oysters Harvested",
"Bags" (100 oysters a bag, the last bag partial), "Size" as Select / Standard / Cocktail, "Water Temp (C)",
"Salinity (ppt)" left blank when the meter was down, upper-case "Buyer" names and "Price/Oyster" written with a
dollar sign ("$0.72"); a lobster boat's trap haul log (one row per string hauled, May to November 2019-2023) with
lower-case snake_case columns date ("2021-08-03"), string_no (1-12), traps_hauled, keepers, shorts (released),
eggers_notched, lbs_landed, price_per_lb, bait_bu (bushels) and fuel_gal (blank when not logged, and only written on
the first string of a day); a state's shellfish closure notices (public data, 2015-2023) with upper-case columns
CLOSURE_ID, AREA_CODE ("GA-12"), upper-case WATERBODY names, CLOSURE_DATE and REOPEN_DATE as "2019-07-14"
(REOPEN_DATE blank for areas still closed), REASON as Rainfall / Biotoxin / Sewage Spill, SPECIES_AFFECTED as a
"; "-joined list ("Oysters; Hard Clams"), DAYS_CLOSED (blank while still closed) and ADVISORY_LEVEL as Conditional /
Restricted / Prohibited; a crab feast restaurant's orders (one row per table, April to October 2022-2023) with
"Date" as "6/14/2022", "Party Size", "Bushels" (0 when the table ordered by the dozen), "Dozen" (0 when ordered by
the bushel), "Crab Size" as Small / Medium / Large / Jumbo, "Sides Total", "Bill" and "Tip" written "$182.40" (Tip
blank for some cash tables), "Beer Pitchers" and "Wait (min)"; a shrimp farm's daily pond log (one row per pond per
day, six ponds "P1"-"P6", 2023-04-01 to 2023-10-17) with Date, Pond, "DO_AM (mg/L)" (blank on missed readings),
"DO_PM (mg/L)", Temp_C, Feed_kg, Aerators_On, Mortality and free-text Notes (mostly blank, "low DO alarm", "heavy
rain", "partial harvest"); an alpaca farm's fleece records (one row per animal per shearing, 2014-2023) with Year,
Animal (names), Color (White, Fawn, Brown, Black, Grey, Rose Grey), Age, "Fleece Wt (lb)", Micron, "Staple (in)",
Grade 1-6 (from the micron), "Sold to Mill" as Y / N and Price written "$48.50" (blank when not sold); and a goat
dairy's weekly milking sheet in a wide layout (one row per doe: Doe name, Tag "G1047", Breed, "Kidding Date" as
"3/12/2024", then "Mon AM", "Mon PM", ... "Sun PM" in pounds, blank when the doe was not milked) with a "TOTAL" row
at the bottom holding the column sums. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _year
from .heldout42 import _ranked
from .offline_eval import DAY_WORDS, Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(s: pd.Series) -> pd.Series:
    """Dollar amounts written "$1,234.50" (blanks as NaN)."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _top_month(dates: pd.Series, values: pd.Series | None = None) -> pd.Timestamp:
    """The month (of a year) with the largest total of `values`, or the most rows."""
    months = dates.dt.to_period("M")
    by = months.value_counts() if values is None else values.groupby(months).sum()
    return pd.Timestamp(str(_ranked(by).index[0]))


# --- 1. Oyster farm harvest tickets --------------------------------------------------------------------------------

_OY_BUYERS = ["BAYSIDE SEAFOOD CO", "HARBOR FISH MARKET", "OYSTER BAR & GRILL", "COASTAL DISTRIBUTORS", "FARM STAND"]
_OY_SIZES = {"Select": 0.82, "Standard": 0.64, "Cocktail": 0.48}


def _oyster_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30501)
    n = 880
    leases = ["LS-0412", "LS-0413", "LS-0587", "LS-0921"]
    days = pd.to_datetime("2021-01-04") + pd.to_timedelta(np.sort(rng.integers(0, 3 * 365, n)), unit="D")
    rows = []
    for i, day in enumerate(days):
        doy = day.dayofyear
        temp = 15 + 10 * np.sin((doy - 110) / 365 * 2 * np.pi) + rng.normal(0, 1.5)
        size = str(rng.choice(list(_OY_SIZES), p=[0.3, 0.5, 0.2]))
        count = int(max(100, rng.normal(1800 + 40 * temp, 500)))
        price = _OY_SIZES[size] + rng.normal(0, 0.03) + 0.03 * (day.year - 2021)
        buyer = str(rng.choice(_OY_BUYERS, p=[0.32, 0.22, 0.18, 0.2, 0.08]))
        salinity = round(float(rng.normal(28, 2.5)), 1) if rng.random() > 0.08 else np.nan
        rows.append(
            {
                "Ticket #": 10001 + i,
                "Harvest Date": day.strftime("%m/%d/%Y"),
                "Lease ID": str(rng.choice(leases)),
                "Bed": f"B{rng.integers(1, 9)}",
                "Oysters Harvested": count,
                "Bags": int(np.ceil(count / 100)),
                "Size": size,
                "Water Temp (C)": round(float(temp), 1),
                "Salinity (ppt)": salinity,
                "Buyer": buyer,
                "Price/Oyster": f"${price:.2f}",
            }
        )
    df = pd.DataFrame(rows)
    dupes = df.sample(6, random_state=5)
    return pd.concat([df, dupes]).sort_values("Ticket #", kind="stable").reset_index(drop=True)


def _oy_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Harvest Date"], format="%m/%d/%Y")


def _oy_dedup(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates()


def _oy_total(dedup: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_oy_dedup(d) if dedup else d)["Oysters Harvested"].sum())


def _oy_price_by_size(d: pd.DataFrame) -> list[float]:
    by = _money(d["Price/Oyster"]).groupby(d["Size"]).mean()
    return [float(by[s]) for s in _OY_SIZES]


def _oy_revenue(dedup: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        d = _oy_dedup(d) if dedup else d
        mask = _oy_dates(d).dt.year == 2022
        return float((d.loc[mask, "Oysters Harvested"] * _money(d.loc[mask, "Price/Oyster"])).sum())

    return value


_OY_USE = ("Ticket #", "Harvest Date")

_OYSTER_QS = [
    Q(
        "how many oysters have we harvested in total",
        either(_count(_oy_total(False)), _count(_oy_total(True))),
        (*_OY_USE, "Oysters Harvested"),
    ),
    Q(
        "who buys the most oysters from us?",
        _lead(_named(lambda d: _top(_oy_dedup(d).groupby("Buyer")["Oysters Harvested"].sum()))),
        (*_OY_USE, "Buyer", "Oysters Harvested"),
    ),
    Q(
        "whats the avg price per oyster for select vs standard vs cocktail",
        _about(_oy_price_by_size, rel=0.02),
        (*_OY_USE, "Size", "Price/Oyster"),
    ),
    Q(
        "how much money did the harvest bring in in 2022",
        either(_about(_oy_revenue(False), rel=0.01), _about(_oy_revenue(True), rel=0.01)),
        (*_OY_USE, "Oysters Harvested", "Price/Oyster"),
    ),
    Q(
        "which month was our biggest harvest",
        _lead(_month_year(lambda d: _top_month(_oy_dates(d), d["Oysters Harvested"]))),
        (*_OY_USE, "Oysters Harvested"),
    ),
    Q(
        "how many tickets have no salinity reading",
        either(
            _count(lambda d: float(d["Salinity (ppt)"].isna().sum())),
            _count(lambda d: float(_oy_dedup(d)["Salinity (ppt)"].isna().sum())),
        ),
        (*_OY_USE, "Salinity (ppt)"),
    ),
]


# --- 2. Lobster boat trap haul log ---------------------------------------------------------------------------------


def _lobster_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30502)
    string_skill = rng.normal(0, 0.08, 12)
    string_skill[6] = 0.22  # string 7 fishes best
    rows = []
    for year in range(2019, 2024):
        days = pd.date_range(f"{year}-05-10", f"{year}-11-20", freq="D")
        fished = days[rng.random(len(days)) < 0.38]
        for day in fished:
            season = 0.35 + 0.5 * np.exp(-(((day.dayofyear - 235) / 45) ** 2))
            strings = np.sort(rng.choice(12, size=int(rng.integers(3, 7)), replace=False))
            price = {2019: 4.6, 2020: 3.9, 2021: 6.8, 2022: 5.4, 2023: 5.1}[year] + rng.normal(0, 0.4)
            price -= 1.0 * season
            for j, s in enumerate(strings):
                traps = int(rng.choice([20, 25, 30], p=[0.3, 0.4, 0.3]))
                rate = max(0.05, season + string_skill[s] + rng.normal(0, 0.08))
                keepers = int(rng.poisson(rate * traps))
                bait = round(float(traps / 10 * rng.uniform(0.8, 1.2)), 1)
                rows.append(
                    {
                        "date": day.strftime("%Y-%m-%d"),
                        "string_no": int(s + 1),
                        "traps_hauled": traps,
                        "keepers": keepers,
                        "shorts": int(rng.poisson(1.4 * rate * traps)),
                        "eggers_notched": int(rng.poisson(0.12 * traps * season)),
                        "lbs_landed": round(float(keepers * rng.normal(1.35, 0.08)), 1),
                        "price_per_lb": round(float(max(2.5, price)), 2),
                        "bait_bu": bait,
                        "fuel_gal": round(float(rng.normal(38, 6)), 1) if j == 0 and rng.random() > 0.1 else np.nan,
                    }
                )
    return pd.DataFrame(rows)


def _lb_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["date"])


def _lb_by_year(d: pd.DataFrame) -> list[float]:
    return [float(x) for x in d["lbs_landed"].groupby(_lb_dates(d).dt.year).sum()]


def _lb_price_year(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        years = _lb_dates(d).dt.year
        if weighted:
            by = (d["price_per_lb"] * d["lbs_landed"]).groupby(years).sum() / d["lbs_landed"].groupby(years).sum()
        else:
            by = d["price_per_lb"].groupby(years).mean()
        return float(_top(by))

    return value


def _lb_best_string(pooled: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        g = d.groupby("string_no")
        by = (
            g["keepers"].sum() / g["traps_hauled"].sum()
            if pooled
            else (d["keepers"] / d["traps_hauled"]).groupby(d["string_no"]).mean()
        )
        return int(_top(by))

    return value


def _string_named(value: Callable[[pd.DataFrame], int]) -> Check:
    """A string number said as "string 7", "string #7", "#7", "no. 7" or a table row starting with it."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        n = value(df)
        pattern = rf"(?:string(?:_no)?\s*(?:#|no\.?|number|:|=)?\s*|#|\|\s*)0?{n}(?![\d.])"
        return None if re.search(pattern, answer, re.IGNORECASE) else f"missing string {n}"

    return check


def _lb_eggers_aug21(d: pd.DataFrame) -> float:
    dates = _lb_dates(d)
    return float(d.loc[(dates.dt.year == 2021) & (dates.dt.month == 8), "eggers_notched"].sum())


_LB_USE = ("date", "string_no")

_LOBSTER_QS = [
    Q(
        "how many pounds did we land each year",
        _about(_lb_by_year, rel=0.01),
        (*_LB_USE, "lbs_landed"),
    ),
    Q(
        "which year had the best price",
        either(_lead(_year(_lb_price_year(False))), _lead(_year(_lb_price_year(True)))),
        (*_LB_USE, "price_per_lb", "lbs_landed"),
    ),
    Q(
        "on average how many keepers do we get per trap",
        either(
            has(lambda d: float(d["keepers"].sum() / d["traps_hauled"].sum()), rel=0.01),
            has(lambda d: float((d["keepers"] / d["traps_hauled"]).mean()), rel=0.01),
        ),
        (*_LB_USE, "keepers", "traps_hauled"),
    ),
    Q(
        "which string is the most productive by that measure",
        either(_lead(_string_named(_lb_best_string(True))), _lead(_string_named(_lb_best_string(False)))),
        (*_LB_USE, "keepers", "traps_hauled"),
    ),
    Q(
        "does more bait mean more pounds? correlation?",
        _corr(lambda d: d["bait_bu"], lambda d: d["lbs_landed"]),
        (*_LB_USE, "bait_bu", "lbs_landed"),
    ),
    Q(
        "how many eggers did we notch in august 2021",
        _count(_lb_eggers_aug21),
        (*_LB_USE, "eggers_notched"),
    ),
]


# --- 3. Shellfish closure notices -----------------------------------------------------------------------------------

# AREA_CODE prefix, WATERBODY, weight
_SC_WATERS = [
    ("GA-12", "GREAT BAY", 18),
    ("GA-03", "LITTLE RIVER", 12),
    ("GA-07", "MILL CREEK", 15),
    ("GA-21", "HAMPTON HARBOR", 22),
    ("GA-15", "SQUAMSCOTT RIVER", 8),
    ("GA-09", "BELLAMY RIVER", 10),
    ("GA-30", "PISCATAQUA RIVER", 9),
    ("GA-27", "RYE HARBOR", 6),
]
_SC_SPECIES = ["Oysters", "Hard Clams", "Soft-shell Clams", "Mussels", "Scallops"]


def _closure_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30503)
    n = 640
    w = np.array([x[2] for x in _SC_WATERS], dtype=float)
    start = pd.Timestamp("2015-01-01")
    rows = []
    for i in range(n):
        code, water, _ = _SC_WATERS[int(rng.choice(len(w), p=w / w.sum()))]
        reason = str(rng.choice(["Rainfall", "Biotoxin", "Sewage Spill"], p=[0.62, 0.23, 0.15]))
        if reason == "Biotoxin":
            day = pd.Timestamp(f"{rng.integers(2015, 2024)}-05-01") + pd.Timedelta(days=int(rng.integers(0, 120)))
            if day.year == 2018 and rng.random() < 0.5:
                day = day.replace(year=2021)
            length = int(rng.integers(10, 60))
        else:
            day = start + pd.Timedelta(days=int(rng.integers(0, 9 * 365)))
            length = int(rng.integers(3, 12)) if reason == "Rainfall" else int(rng.integers(7, 35))
        level = {"Rainfall": "Conditional", "Biotoxin": "Prohibited", "Sewage Spill": "Restricted"}[reason]
        if rng.random() < 0.15:
            level = str(rng.choice(["Conditional", "Restricted", "Prohibited"]))
        k = int(rng.integers(1, 4))
        species = "; ".join(sorted(rng.choice(_SC_SPECIES, size=k, replace=False), key=_SC_SPECIES.index))
        still = day > pd.Timestamp("2023-12-31") - pd.Timedelta(days=length)
        rows.append(
            {
                "CLOSURE_ID": f"SC-{day.year}-{i + 1:04d}",
                "AREA_CODE": f"{code}{rng.choice(['A', 'B', 'C'])}",
                "WATERBODY": water,
                "CLOSURE_DATE": day.strftime("%Y-%m-%d"),
                "REOPEN_DATE": "" if still else (day + pd.Timedelta(days=length)).strftime("%Y-%m-%d"),
                "REASON": reason,
                "SPECIES_AFFECTED": species,
                "DAYS_CLOSED": np.nan if still else length,
                "ADVISORY_LEVEL": level,
            }
        )
    df = pd.DataFrame(rows)
    # a handful closed in the last weeks of 2023 and not yet reopened
    late = df.sample(9, random_state=3).index
    df.loc[late, "CLOSURE_DATE"] = [f"2023-12-{d:02d}" for d in rng.integers(5, 29, len(late))]
    df.loc[late, "REOPEN_DATE"] = ""
    df.loc[late, "DAYS_CLOSED"] = np.nan
    df = df.sort_values("CLOSURE_DATE", kind="stable").reset_index(drop=True)
    df["CLOSURE_ID"] = [f"SC-{d[:4]}-{i + 1:04d}" for i, d in enumerate(df["CLOSURE_DATE"])]
    return df


def _sc_reason_means(d: pd.DataFrame) -> list[float]:
    by = pd.to_numeric(d["DAYS_CLOSED"], errors="coerce").groupby(d["REASON"]).mean()
    return [float(by[r]) for r in ("Rainfall", "Biotoxin", "Sewage Spill")]


def _sc_open(d: pd.DataFrame) -> float:
    return float(d["REOPEN_DATE"].isna().sum() + (d["REOPEN_DATE"].astype("string").str.strip() == "").sum())


def _sc_biotoxin_year(d: pd.DataFrame) -> float:
    bio = d[d["REASON"] == "Biotoxin"]
    return float(_top(pd.to_datetime(bio["CLOSURE_DATE"]).dt.year.value_counts()))


_SC_USE = ("CLOSURE_ID", "CLOSURE_DATE")

_CLOSURE_QS = [
    Q(
        "how many closures were because of rain",
        _count(lambda d: float((d["REASON"] == "Rainfall").sum())),
        (*_SC_USE, "REASON"),
    ),
    Q(
        "how long do closures last on average for each reason",
        _about(_sc_reason_means, rel=0.02),
        (*_SC_USE, "REASON", "DAYS_CLOSED", "REOPEN_DATE"),
    ),
    Q(
        "which waterbody gets shut down the most",
        _lead(_named(lambda d: _top(d["WATERBODY"].value_counts()))),
        (*_SC_USE, "WATERBODY", "AREA_CODE"),
    ),
    Q(
        "how many are still closed (no reopen date)",
        _count(_sc_open),
        (*_SC_USE, "REOPEN_DATE", "DAYS_CLOSED"),
    ),
    Q(
        "what % of closures affected mussels",
        _share(lambda d: float(d["SPECIES_AFFECTED"].str.contains("Mussels", case=False).mean())),
        (*_SC_USE, "SPECIES_AFFECTED"),
    ),
    Q(
        "which year had the most biotoxin closures",
        _lead(_year(_sc_biotoxin_year)),
        (*_SC_USE, "REASON"),
    ),
]


# --- 4. Crab feast restaurant orders ------------------------------------------------------------------------------

_CF_SIZES = {"Small": 55.0, "Medium": 70.0, "Large": 90.0, "Jumbo": 120.0}  # price per dozen


def _crab_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30504)
    rows = []
    for year in (2022, 2023):
        days = pd.date_range(f"{year}-04-15", f"{year}-10-15", freq="D")
        for day in days:
            peak = 1 + 0.8 * np.exp(-(((day.dayofyear - 200) / 40) ** 2))
            weekend = 1.8 if day.dayofweek >= 4 else 1.0
            for _ in range(int(rng.poisson(2.2 * peak * weekend))):
                party = int(min(16, 2 + rng.poisson(2.6)))
                size = str(rng.choice(list(_CF_SIZES), p=[0.12, 0.34, 0.38, 0.16]))
                by_bushel = party >= 8 and rng.random() < 0.6
                bushels = round(float(party / 10 + rng.choice([0, 0.5])), 1) if by_bushel else 0.0
                bushels = max(bushels, 0.5) if by_bushel else 0.0
                dozen = 0 if by_bushel else int(max(1, round(party / 2.5 + rng.normal(0, 0.6))))
                crabs = bushels * 6 * _CF_SIZES[size] * 0.85 if by_bushel else dozen * _CF_SIZES[size]
                sides = round(float(party * rng.uniform(4, 9)), 2)
                pitchers = int(rng.poisson(party / 3))
                bill = round(crabs + sides + 16 * pitchers, 2)
                tip = round(bill * float(np.clip(rng.normal(0.18, 0.04), 0.05, 0.3)), 2)
                wait = int(max(0, rng.normal(8 + 3 * party * (weekend - 0.6), 8)))
                rows.append(
                    {
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Party Size": party,
                        "Bushels": bushels,
                        "Dozen": dozen,
                        "Crab Size": size,
                        "Sides Total": f"${sides:.2f}",
                        "Beer Pitchers": pitchers,
                        "Bill": f"${bill:,.2f}",
                        "Tip": "" if rng.random() < 0.07 else f"${tip:.2f}",
                        "Wait (min)": wait,
                    }
                )
    return pd.DataFrame(rows)


def _cf_tip_rate(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        tip, bill = _money(d["Tip"]), _money(d["Bill"])
        ok = tip.notna()
        return float(tip[ok].sum() / bill[ok].sum()) if pooled else float((tip[ok] / bill[ok]).mean())

    return value


def _cf_big(d: pd.DataFrame) -> pd.Series:
    return d["Party Size"] >= 8


_CF_USE = ("Date",)

_CRAB_QS = [
    Q(
        "what's the average bill per table",
        has(lambda d: float(_money(d["Bill"]).mean()), rel=0.005),
        (*_CF_USE, "Bill"),
    ),
    Q(
        "and how much do people tip, as a percent of the bill?",
        either(_share(_cf_tip_rate(True)), _share(_cf_tip_rate(False))),
        (*_CF_USE, "Tip", "Bill"),
    ),
    Q(
        "which crab size do people order the most",
        either(
            _lead(_named(lambda d: _top(d["Crab Size"].value_counts()))),
            _lead(_named(lambda d: _top((d["Dozen"] + 6 * d["Bushels"]).groupby(d["Crab Size"]).sum()))),
        ),
        (*_CF_USE, "Crab Size", "Dozen", "Bushels"),
    ),
    Q(
        "how many parties of 8 or more did we have",
        _count(lambda d: float(_cf_big(d).sum())),
        (*_CF_USE, "Party Size"),
    ),
    Q(
        "what did those big groups spend on average",
        has(lambda d: float(_money(d.loc[_cf_big(d), "Bill"]).mean()), rel=0.005),
        (*_CF_USE, "Party Size", "Bill"),
    ),
    Q(
        "busiest month, by number of tables?",
        _lead(_month_year(lambda d: _top_month(pd.to_datetime(d["Date"], format="%m/%d/%Y")))),
        (*_CF_USE,),
    ),
]


# --- 5. Shrimp pond daily water log --------------------------------------------------------------------------------


def _shrimp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30505)
    days = pd.date_range("2023-04-01", "2023-10-17", freq="D")
    ponds = [f"P{i}" for i in range(1, 7)]
    stock = {"P1": 1.0, "P2": 1.1, "P3": 0.9, "P4": 1.25, "P5": 1.0, "P6": 0.8}
    rows = []
    for t, day in enumerate(days):
        base_temp = 27 + 4 * np.sin((day.dayofyear - 120) / 365 * 2 * np.pi) + rng.normal(0, 0.6)
        for p in ponds:
            temp = base_temp + rng.normal(0, 0.4)
            feed = round(float(stock[p] * (8 + 0.16 * t) * rng.uniform(0.85, 1.15)), 1)
            aer = int(rng.integers(2, 5))
            do_am = float(np.clip(6.0 - 0.09 * (temp - 26) * 3 - 0.004 * t + 0.35 * aer + rng.normal(0, 0.9), 1.2, 9))
            do_pm = float(np.clip(do_am + rng.normal(2.5, 0.8), 2.5, 13))
            dead = int(rng.poisson(stock[p] * (5 + 60 * np.exp(-(do_am - 1.5)))))
            note = ""
            if do_am < 3 and rng.random() < 0.6:
                note = "low DO alarm"
            elif rng.random() < 0.04:
                note = str(rng.choice(["heavy rain", "partial harvest", "checked sample - ok", "algae bloom"]))
            rows.append(
                {
                    "Date": day.strftime("%Y-%m-%d"),
                    "Pond": p,
                    "DO_AM (mg/L)": round(do_am, 2) if rng.random() > 0.05 else np.nan,
                    "DO_PM (mg/L)": round(do_pm, 2),
                    "Temp_C": round(float(temp), 1),
                    "Feed_kg": feed,
                    "Aerators_On": aer,
                    "Mortality": dead,
                    "Notes": note,
                }
            )
    return pd.DataFrame(rows)


_SP_AM = "DO_AM (mg/L)"


def _sp_warmest(d: pd.DataFrame) -> pd.Timestamp:
    by = d["Temp_C"].groupby(pd.to_datetime(d["Date"]).dt.to_period("M")).mean()
    return pd.Timestamp(str(_ranked(by).index[0]))


_SP_USE = ("Date", "Pond")

_SHRIMP_QS = [
    Q(
        "which pond lost the most shrimp",
        _lead(_named(lambda d: _top(d.groupby("Pond")["Mortality"].sum()))),
        (*_SP_USE, "Mortality"),
    ),
    Q(
        "how many times did morning oxygen drop below 3",
        _count(lambda d: float((d[_SP_AM] < 3).sum())),
        (*_SP_USE, _SP_AM),
    ),
    Q(
        "avg feed per day in each pond",
        _about(lambda d: [float(x) for x in d.groupby("Pond")["Feed_kg"].mean()], rel=0.01),
        (*_SP_USE, "Feed_kg"),
    ),
    Q(
        "is low morning DO linked to more deaths?",
        _corr(lambda d: d[_SP_AM], lambda d: d["Mortality"]),
        (*_SP_USE, _SP_AM, "Mortality"),
    ),
    Q(
        "how many morning readings are missing",
        _count(lambda d: float(d[_SP_AM].isna().sum())),
        (*_SP_USE, _SP_AM),
    ),
    Q(
        "which month was the warmest on average",
        _lead(_month_year(_sp_warmest)),
        (*_SP_USE, "Temp_C"),
    ),
]


# --- 6. Alpaca farm fleece records ---------------------------------------------------------------------------------

_AL_NAMES = _split(
    "Biscuit Clover Juniper Maple Pepper Willow Cocoa Domino Ember Fable Ginger Hazel Indigo Jasper Koda Luna Mocha "
    "Nutmeg Olive Pippin Quill Rosie Saffron Tansy Umber Velvet Wren Xena Yarrow Zephyr Acorn Bramble Cinder Dusty "
    "Echo Fern Gus Honey Iris Jolene Kiwi Lark Midnight Noodle Oreo Poppy Quincy Rusty Sage Truffle",
    " ",
)
_AL_COLORS = ["White", "Fawn", "Brown", "Black", "Grey", "Rose Grey"]


def _alpaca_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30506)
    animals = []
    for name in _AL_NAMES:
        color = str(rng.choice(_AL_COLORS, p=[0.3, 0.22, 0.18, 0.12, 0.1, 0.08]))
        born = int(rng.integers(2006, 2022))
        leaves = int(rng.integers(2019, 2030))
        base = rng.normal(19 + {"White": -1.0, "Black": 2.0, "Grey": 1.0}.get(color, 0.0), 1.8)
        animals.append((name, color, born, leaves, base))
    rows = []
    for year in range(2014, 2024):
        for name, color, born, leaves, base in animals:
            age = year - born
            if age < 1 or year > leaves:
                continue
            micron = round(float(base + 0.9 * age + rng.normal(0, 0.8)), 1)
            grade = int(np.clip(np.digitize(micron, [20, 23, 26, 29, 32]) + 1, 1, 6))
            weight = round(float(max(2.0, rng.normal(6.5 - 0.15 * max(0, age - 6), 1.3))), 1)
            sold = grade <= 4 and rng.random() < 0.75
            price = weight * {1: 12, 2: 10, 3: 8, 4: 6}.get(grade, 0) * rng.uniform(0.9, 1.1)
            rows.append(
                {
                    "Year": year,
                    "Animal": name,
                    "Color": color,
                    "Age": age,
                    "Fleece Wt (lb)": weight,
                    "Micron": micron,
                    "Staple (in)": round(float(max(1.5, rng.normal(4.2 - 0.1 * age, 0.6))), 1),
                    "Grade": grade,
                    "Sold to Mill": "Y" if sold else "N",
                    "Price": f"${price:.2f}" if sold else "",
                }
            )
    return pd.DataFrame(rows)


_AL_USE = ("Year", "Animal")

_ALPACA_QS = [
    Q(
        "how many alpacas are in here",
        either(
            _count(lambda d: float(d["Animal"].nunique())),
            _count(lambda d: float(d.loc[d["Year"] == d["Year"].max(), "Animal"].nunique())),
        ),
        (*_AL_USE,),
    ),
    Q(
        "average micron by color",
        _about(lambda d: [float(x) for x in d.groupby("Color")["Micron"].mean()], rel=0.01),
        (*_AL_USE, "Color", "Micron"),
    ),
    Q(
        "does the fiber get coarser as they get older?",
        _corr(lambda d: d["Age"], lambda d: d["Micron"]),
        (*_AL_USE, "Age", "Micron"),
    ),
    Q(
        "what fraction of fleeces went to the mill",
        _share(lambda d: float((d["Sold to Mill"] == "Y").mean())),
        (*_AL_USE, "Sold to Mill"),
    ),
    Q(
        "how much did we get from the mill in 2022",
        has(lambda d: float(_money(d.loc[d["Year"] == 2022, "Price"]).sum()), rel=0.005),
        (*_AL_USE, "Price", "Sold to Mill"),
    ),
    Q(
        "who had the heaviest fleece ever",
        _lead(
            _named(
                lambda d: str(d.sort_values(["Fleece Wt (lb)", "Animal"], ascending=[False, True])["Animal"].iloc[0])
            )
        ),
        (*_AL_USE, "Fleece Wt (lb)"),
    ),
]


# --- 7. Goat dairy weekly milking sheet (wide) ---------------------------------------------------------------------

_GD_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_GD_COLS = [f"{day} {half}" for day in _GD_DAYS for half in ("AM", "PM")]
_GD_BREEDS = {"Saanen": 5.2, "Alpine": 4.6, "LaMancha": 4.0, "Nubian": 3.4, "Nigerian Dwarf": 1.6}
_GD_NAMES = _split(
    "Daisy Clementine Buttercup Hazel Tilly Mabel Pearl Rosie Willow Luna Nellie Ruby Olive Penny Stella Fiona Greta "
    "Hattie Ivy June Kiki Lola Millie Nora Opal Polly Queenie Rhoda Sadie Trixie Ursula Violet Winnie Yvette Zelda",
    " ",
)


def _goat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30507)
    n = 324
    rows = []
    used: set[str] = set()
    for i in range(n):
        breed = str(rng.choice(list(_GD_BREEDS), p=[0.3, 0.28, 0.14, 0.18, 0.1]))
        name = str(rng.choice(_GD_NAMES))
        k = 2
        base = name
        while name in used:
            name = f"{base} {k}"
            k += 1
        used.add(name)
        kidded = pd.Timestamp("2023-12-01") + pd.Timedelta(days=int(rng.integers(0, 170)))
        dim = (pd.Timestamp("2024-05-20") - kidded).days
        level = _GD_BREEDS[breed] * (1.15 - 0.004 * max(0, dim - 50)) * rng.uniform(0.75, 1.2)
        row: dict[str, Any] = {
            "Doe": name,
            "Tag": f"G{1000 + i * 3 + int(rng.integers(0, 3))}",
            "Breed": breed,
            "Kidding Date": f"{kidded.month}/{kidded.day}/{kidded.year}",
        }
        day_boost = {"Tue": 0.03, "Sat": -0.04}
        for col in _GD_COLS:
            half = 0.56 if col.endswith("AM") else 0.44
            v = level * half * (1 + day_boost.get(col[:3], 0)) + rng.normal(0, 0.15)
            row[col] = round(float(max(0.2, v)), 1) if rng.random() > 0.02 else np.nan
        rows.append(row)
    df = pd.DataFrame(rows)
    total: dict[str, Any] = {"Doe": "TOTAL", "Tag": "", "Breed": "", "Kidding Date": ""}
    total |= {c: round(float(df[c].sum()), 1) for c in _GD_COLS}
    return pd.concat([df, pd.DataFrame([total])], ignore_index=True)


def _gd_does(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Doe"].astype("string").str.strip().str.upper() != "TOTAL"]


def _gd_week(d: pd.DataFrame) -> pd.Series:
    does = _gd_does(d)
    return does[_GD_COLS].sum(axis=1)


def _gd_top_doe(d: pd.DataFrame) -> str:
    return _top(pd.Series(_gd_week(d).to_numpy(), index=_gd_does(d)["Doe"].to_numpy()))


def _gd_top_tag(d: pd.DataFrame) -> str:
    does = _gd_does(d)
    return str(does.loc[does["Doe"] == _gd_top_doe(d), "Tag"].iloc[0])


def _gd_best_day(d: pd.DataFrame) -> int:
    does = _gd_does(d)
    totals = pd.Series([np.nansum(does[[f"{day} AM", f"{day} PM"]].to_numpy()) for day in _GD_DAYS])
    return int(totals.idxmax())


def _day_named(value: Callable[[pd.DataFrame], int]) -> Check:
    """A weekday by its name or short form."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        i = value(df)
        return None if re.search(rf"\b(?:{DAY_WORDS[i]})\b", answer, re.IGNORECASE) else f"missing day {i}"

    return check


def _gd_recent(d: pd.DataFrame) -> pd.Series:
    does = _gd_does(d)
    return pd.to_datetime(does["Kidding Date"], format="%m/%d/%Y") > pd.Timestamp("2024-03-01")


_GD_USE = ("Doe", "Tag", *_GD_COLS)

_GOAT_QS = [
    Q(
        "how much milk did the herd give this week in total",
        has(lambda d: float(_gd_week(d).sum()), rel=0.002),
        _GD_USE,
    ),
    Q(
        "which doe gave the most",
        _lead(either(_named(_gd_top_doe), _named(_gd_top_tag))),
        _GD_USE,
    ),
    Q(
        "average weekly milk per doe by breed",
        _about(lambda d: [float(x) for x in _gd_week(d).groupby(_gd_does(d)["Breed"]).mean()], rel=0.01),
        (*_GD_USE, "Breed"),
    ),
    Q(
        "which day of the week was best",
        _lead(_day_named(_gd_best_day)),
        _GD_USE,
    ),
    Q(
        "how many does kidded after march 1 2024",
        _count(lambda d: float(_gd_recent(d).sum())),
        ("Doe", "Tag", "Kidding Date"),
    ),
    Q(
        "and how much did they average for the week",
        has(lambda d: float(_gd_week(d)[_gd_recent(d)].mean()), rel=0.005),
        (*_GD_USE, "Kidding Date"),
    ),
]


HELDOUT305: list[Dataset] = [
    Dataset("oyster_farm_harvest_tickets", _oyster_frame, _OYSTER_QS),
    Dataset("lobster_trap_haul_log", _lobster_frame, _LOBSTER_QS),
    Dataset("shellfish_closure_notices", _closure_frame, _CLOSURE_QS),
    Dataset("crab_feast_orders", _crab_frame, _CRAB_QS),
    Dataset("shrimp_pond_water_log", _shrimp_frame, _SHRIMP_QS),
    Dataset("alpaca_fleece_records", _alpaca_frame, _ALPACA_QS),
    Dataset("goat_dairy_milking_sheet", _goat_frame, _GOAT_QS),
]
