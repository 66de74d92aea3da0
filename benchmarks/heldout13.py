"""HELDOUT13: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import (
    Check,
    Dataset,
    Q,
    _any_of,
    _duration,
    asks,
    both,
    either,
    has,
    label_of,
    share,
    words,
)

# --- checkers ------------------------------------------------------------------------------------------------------


def labels(value: Callable[[pd.DataFrame], Any]) -> Check:
    """Every label computed from the frame appears in the answer."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in value(df):
            why = words(str(v))(answer, df)
            if why:
                return why
        return None

    return check


def shares(value: Callable[[pd.DataFrame], Any]) -> Check:
    """Every share computed from the frame appears, each as a fraction or a percentage."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in np.atleast_1d(value(df)):
            why = share(lambda _df, v=float(v): v)(answer, df)
            if why:
                return why
        return None

    return check


# --- datasets ------------------------------------------------------------------------------------------------------


def _babynames() -> pd.DataFrame:
    """The SSA national baby names table as published on Kaggle (NationalNames.csv), 2010-2019."""
    rng = np.random.default_rng(1301)
    girls = {
        "Emma": (20500, -0.02), "Olivia": (17000, 0.035), "Sophia": (21000, -0.045), "Isabella": (22500, -0.07),
        "Ava": (15500, -0.01), "Mia": (11000, 0.04), "Abigail": (14500, -0.06), "Emily": (14000, -0.08),
        "Charlotte": (6500, 0.12), "Harper": (2500, 0.15), "Madison": (13000, -0.09), "Amelia": (5000, 0.13),
        "Elizabeth": (10000, -0.03), "Sofia": (8500, 0.02), "Evelyn": (5500, 0.11), "Chloe": (11500, -0.06),
        "Ella": (7500, 0.01), "Grace": (7300, -0.04), "Victoria": (8000, -0.05), "Aubrey": (6800, -0.02),
        "Scarlett": (3800, 0.12), "Zoey": (6000, 0.0), "Addison": (10000, -0.1), "Lily": (7600, -0.01),
        "Layla": (4300, 0.07), "Natalie": (8600, -0.07), "Hannah": (7500, -0.08),
    }  # fmt: skip
    boys = {
        "Noah": (16500, 0.025), "Liam": (14000, 0.055), "Mason": (14800, 0.0), "Jacob": (22000, -0.07),
        "William": (17000, 0.0), "Ethan": (18000, -0.04), "James": (14000, 0.01), "Alexander": (16500, -0.03),
        "Michael": (17500, -0.05), "Benjamin": (12000, 0.02), "Elijah": (13500, 0.01), "Daniel": (15500, -0.05),
        "Aiden": (15800, -0.06), "Logan": (12000, 0.0), "Matthew": (14200, -0.06), "Lucas": (8500, 0.06),
        "Jackson": (9500, 0.05), "David": (13000, -0.05), "Oliver": (6000, 0.12), "Jayden": (16900, -0.09),
        "Joseph": (12000, -0.04), "Gabriel": (11000, -0.02), "Samuel": (10500, -0.01), "Carter": (7000, 0.03),
        "Anthony": (12500, -0.06), "Dylan": (9000, -0.02), "Henry": (6300, 0.07),
    }  # fmt: skip
    both_ways = {  # name: (girls base, boys base, girls trend, boys trend)
        "Avery": (9000, 1500, 0.02, -0.05), "Riley": (4800, 6000, 0.04, -0.03), "Jordan": (2000, 8000, -0.05, -0.05),
        "Taylor": (3300, 700, -0.06, -0.08), "Parker": (900, 3800, 0.07, 0.06), "Charlie": (1100, 1200, 0.1, 0.05),
        "Quinn": (1800, 1300, 0.06, 0.04), "Rowan": (800, 1900, 0.1, 0.08), "Finley": (1400, 700, 0.08, 0.09),
        "Emerson": (1600, 600, 0.05, 0.03),
    }  # fmt: skip
    entries = [(n, "F", b, t) for n, (b, t) in girls.items()] + [(n, "M", b, t) for n, (b, t) in boys.items()]
    for n, (bf, bm, tf, tm) in both_ways.items():
        entries += [(n, "F", bf, tf), (n, "M", bm, tm)]
    rows = []
    for year in range(2010, 2020):
        for name, gender, base, trend in entries:
            count = base * np.exp(trend * (year - 2010)) * rng.normal(1, 0.03)
            rows.append((name, year, gender, int(np.round(count))))
    df = pd.DataFrame(rows, columns=["Name", "Year", "Gender", "Count"])
    df = df.sort_values(["Year", "Gender", "Count"], ascending=[True, True, False]).reset_index(drop=True)
    df.insert(0, "Id", np.arange(1, len(df) + 1))
    return df


def _ames() -> pd.DataFrame:
    """The Ames house prices layout (Kaggle 'House Prices' train.csv), a subset of its columns."""
    rng = np.random.default_rng(1302)
    n = 1000
    hoods = {  # name: (share, price level, typical quality)
        "NAmes": (0.15, 1.0, 5), "CollgCr": (0.1, 1.3, 7), "OldTown": (0.08, 0.85, 5), "Edwards": (0.07, 0.85, 5),
        "Somerst": (0.06, 1.5, 7), "Gilbert": (0.055, 1.3, 6), "NridgHt": (0.055, 2.1, 8), "Sawyer": (0.05, 0.95, 5),
        "NWAmes": (0.05, 1.25, 6), "SawyerW": (0.04, 1.3, 6), "BrkSide": (0.04, 0.8, 5), "Crawfor": (0.035, 1.4, 6),
        "Mitchel": (0.035, 1.1, 5), "NoRidge": (0.03, 2.3, 8), "Timber": (0.03, 1.75, 7), "IDOTRR": (0.025, 0.7, 4),
        "MeadowV": (0.02, 0.65, 4), "StoneBr": (0.02, 2.2, 8), "ClearCr": (0.02, 1.5, 6), "BrDale": (0.02, 0.78, 5),
    }  # fmt: skip
    names = list(hoods)
    p = np.array([hoods[h][0] for h in names])
    hood = rng.choice(names, size=n, p=p / p.sum())
    level = np.array([hoods[h][1] for h in hood])
    qual = np.clip(np.array([hoods[h][2] for h in hood]) + rng.integers(-2, 3, n), 1, 10)
    built = np.clip((2008 - rng.gamma(2.0, 22.0, n) * (1.6 - level / 2.5)).astype(int), 1872, 2009)
    living = np.round(rng.lognormal(np.log(1250) + 0.05 * qual, 0.25)).astype(int)
    lot = np.round(rng.lognormal(np.log(9000), 0.4, n)).astype(int)
    lot[rng.choice(n, 8, replace=False)] = rng.integers(50000, 160000, 8)
    frontage = np.round(np.sqrt(lot) * rng.normal(0.75, 0.08, n)).astype(float)
    frontage[rng.random(n) < 0.17] = np.nan
    cars = np.clip(np.round(rng.normal(1.2 + 0.15 * (qual - 5), 0.7)), 0, 4).astype(int)
    garage_area = np.where(cars == 0, 0, np.round(cars * rng.normal(250, 30, n))).astype(int)
    garage_type = np.where(
        cars == 0, None, rng.choice(["Attchd", "Detchd", "BuiltIn", "Basment"], n, p=[0.65, 0.27, 0.06, 0.02])
    )
    bsmt = np.where(rng.random(n) < 0.03, 0, np.round(living * rng.normal(0.8, 0.15, n))).astype(int)
    price = 12000 + 58 * living * level * (1 + 0.09 * (qual - 5)) * (1 - 0.0015 * (2010 - built)) * rng.lognormal(
        0, 0.12, n
    )
    price = np.round(price / 100) * 100
    big = rng.choice(np.where(living > 1800)[0], 2, replace=False)
    price[big] = [160000, 184750]  # the famous huge partial sales that went cheap
    living[big] = [4676, 5642]
    sold = rng.integers(2006, 2011, n)
    return pd.DataFrame(
        {
            "Id": np.arange(1, n + 1),
            "MSSubClass": rng.choice(
                [20, 60, 50, 120, 30, 160, 70, 80, 90, 190],
                n,
                p=[0.37, 0.2, 0.1, 0.06, 0.05, 0.04, 0.04, 0.04, 0.04, 0.06],
            ),
            "MSZoning": rng.choice(["RL", "RM", "FV", "RH", "C (all)"], n, p=[0.79, 0.15, 0.04, 0.01, 0.01]),
            "LotFrontage": frontage,
            "LotArea": lot,
            "Neighborhood": hood,
            "BldgType": rng.choice(
                ["1Fam", "TwnhsE", "Duplex", "Twnhs", "2fmCon"], n, p=[0.83, 0.08, 0.04, 0.03, 0.02]
            ),
            "OverallQual": qual,
            "OverallCond": np.clip(rng.integers(3, 10, n), 1, 9),
            "YearBuilt": built,
            "TotalBsmtSF": bsmt,
            "GrLivArea": living,
            "FullBath": np.clip(np.round(living / 900 + rng.normal(0, 0.4, n)), 0, 3).astype(int),
            "BedroomAbvGr": np.clip(np.round(living / 500 + rng.normal(0, 0.6, n)), 0, 6).astype(int),
            "GarageType": garage_type,
            "GarageCars": cars,
            "GarageArea": garage_area,
            "MoSold": rng.integers(1, 13, n),
            "YrSold": sold,
            "SaleCondition": rng.choice(
                ["Normal", "Partial", "Abnorml", "Family", "Alloca", "AdjLand"],
                n,
                p=[0.82, 0.085, 0.07, 0.014, 0.008, 0.003],
            ),
            "SalePrice": price.astype(int),
        }
    )


def _playstore() -> pd.DataFrame:
    """The Google Play Store apps layout (Kaggle googleplaystore.csv): text sizes, installs, prices and dates."""
    rng = np.random.default_rng(1303)
    n = 800
    cats = {  # category: (share, rating shift, genre)
        "FAMILY": (0.18, 0.0, "Entertainment"), "GAME": (0.12, 0.08, "Arcade"), "TOOLS": (0.09, -0.12, "Tools"),
        "PRODUCTIVITY": (0.05, 0.02, "Productivity"), "MEDICAL": (0.05, 0.03, "Medical"),
        "COMMUNICATION": (0.04, -0.05, "Communication"), "FINANCE": (0.05, -0.06, "Finance"),
        "PHOTOGRAPHY": (0.04, 0.0, "Photography"), "LIFESTYLE": (0.05, -0.1, "Lifestyle"),
        "HEALTH_AND_FITNESS": (0.045, 0.14, "Health & Fitness"), "BUSINESS": (0.05, -0.03, "Business"),
        "EDUCATION": (0.04, 0.3, "Education"), "EVENTS": (0.02, 0.45, "Events"), "DATING": (0.03, -0.25, "Dating"),
        "BOOKS_AND_REFERENCE": (0.04, 0.16, "Books & Reference"), "TRAVEL_AND_LOCAL": (0.045, -0.08, "Travel & Local"),
        "SHOPPING": (0.035, 0.05, "Shopping"), "WEATHER": (0.02, -0.02, "Weather"),
    }  # fmt: skip
    names = list(cats)
    p = np.array([cats[c][0] for c in names])
    cat = rng.choice(names, n, p=p / p.sum())
    first = ["Smart", "Easy", "My", "Super", "Pocket", "Daily", "Quick", "Happy", "Pro", "Tiny", "Magic", "Free",
             "Best", "Simple", "Go", "Ultra", "Little", "Cool", "Mega", "Zen"]  # fmt: skip
    second = ["Notes", "Scanner", "Calculator", "Photo Editor", "Diary", "Tracker", "Recipes", "Puzzle", "Radio",
              "Wallpapers", "Budget", "Weather", "Translator", "Flashlight", "Chat", "Fitness", "Bible", "Maps",
              "Quiz", "Coupons", "Planner", "Keyboard", "Launcher", "Sudoku", "Camera"]  # fmt: skip
    tails = ["", "", "", " Pro", " Lite", " - Free", " 2018", " HD", " Plus"]
    apps: list[str] = []
    while len(apps) < n:
        a = f"{rng.choice(first)} {rng.choice(second)}{rng.choice(tails)}"
        if a not in apps:
            apps.append(a)
    reviews = np.round(rng.lognormal(6.5, 2.6, n)).astype(int)
    reviews[rng.random(n) < 0.1] = 0
    rating = np.clip(
        3.75 + 0.06 * np.log1p(reviews) + np.array([cats[c][1] for c in cat]) + rng.normal(0, 0.33, n), 1.0, 5.0
    ).round(1)
    rating[(reviews < 5) | (rng.random(n) < 0.05)] = np.nan
    installs_steps = [0, 1, 5, 10, 50, 100, 500, 1000, 5000, 10000, 50000, 100000, 500000, 1000000, 5000000,
                      10000000, 50000000, 100000000]  # fmt: skip
    est = reviews * rng.uniform(15, 60, n)
    installs = [f"{max(s for s in installs_steps if s <= max(e, 0)):,}+" for e in est]
    paid = rng.random(n) < 0.08
    price = np.where(paid, rng.choice([0.99, 1.99, 2.99, 3.99, 4.99, 6.99, 9.99, 14.99], n), 0.0)
    rich = int(np.where(paid)[0][0])
    apps[rich] = "I am Rich Premium"
    price[rich] = 399.99
    price_text = ["0" if v == 0 else f"${v:.2f}" for v in price]
    size = [
        "Varies with device" if rng.random() < 0.12
        else (f"{rng.integers(80, 999)}k" if rng.random() < 0.06 else f"{round(float(rng.lognormal(2.6, 0.9)), 1):g}M")
        for _ in range(n)
    ]  # fmt: skip
    updated = pd.Timestamp("2018-08-08") - pd.to_timedelta(np.round(rng.exponential(260, n)).astype(int), unit="D")
    updated = updated.where(updated > pd.Timestamp("2012-01-01"), pd.Timestamp("2013-05-21"))
    ver = [
        "Varies with device"
        if rng.random() < 0.12
        else f"{rng.integers(1, 9)}.{rng.integers(0, 10)}.{rng.integers(0, 20)}"
        for _ in range(n)
    ]
    return pd.DataFrame(
        {
            "App": apps,
            "Category": cat,
            "Rating": rating,
            "Reviews": reviews,
            "Size": size,
            "Installs": installs,
            "Type": np.where(paid, "Paid", "Free"),
            "Price": price_text,
            "Content Rating": rng.choice(
                ["Everyone", "Teen", "Everyone 10+", "Mature 17+"], n, p=[0.8, 0.11, 0.04, 0.05]
            ),
            "Genres": [cats[c][2] for c in cat],
            "Last Updated": [f"{d:%B} {d.day}, {d.year}" for d in updated],
            "Current Ver": ver,
            "Android Ver": rng.choice(
                ["4.1 and up", "4.0.3 and up", "4.4 and up", "5.0 and up", "Varies with device", "2.3 and up"], n
            ),
        }
    )


def _stocks() -> pd.DataFrame:
    """Daily OHLC prices in the layout of Kaggle's S&P 500 'all_stocks_5yr.csv' (date, open, ..., Name)."""
    rng = np.random.default_rng(1304)
    days = pd.bdate_range("2017-01-03", "2018-12-31")
    holidays = pd.to_datetime(
        [
            "2017-01-16",
            "2017-02-20",
            "2017-04-14",
            "2017-05-29",
            "2017-07-04",
            "2017-09-04",
            "2017-11-23",
            "2017-12-25",
            "2018-01-01",
            "2018-01-15",
            "2018-02-19",
            "2018-03-30",
            "2018-05-28",
            "2018-07-04",
            "2018-09-03",
            "2018-11-22",
            "2018-12-05",
            "2018-12-25",
        ]
    )
    days = days[~days.isin(holidays)]
    frames = []
    market = rng.normal(0.0004, 0.008, len(days))
    for name, start, drift, vol, volume in [
        ("AAPL", 116.2, 0.0006, 0.012, 27e6),
        ("GOOGL", 800.6, 0.0004, 0.013, 1.8e6),
        ("MSFT", 62.6, 0.0011, 0.011, 24e6),
    ]:
        ret = drift + market + rng.normal(0, vol, len(days))
        close = start * np.exp(np.cumsum(ret))
        open_ = close / np.exp(ret) * np.exp(rng.normal(0, vol / 3, len(days)))
        high = np.maximum(open_, close) * (1 + np.abs(rng.normal(0, vol / 1.5, len(days))))
        low = np.minimum(open_, close) * (1 - np.abs(rng.normal(0, vol / 1.5, len(days))))
        vols = np.round(volume * np.exp(np.abs(ret) * 25) * rng.lognormal(0, 0.3, len(days))).astype(int)
        frames.append(
            pd.DataFrame(
                {
                    "date": days.strftime("%Y-%m-%d"),
                    "open": open_.round(2),
                    "high": high.round(2),
                    "low": low.round(2),
                    "close": close.round(2),
                    "volume": vols,
                    "Name": name,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def _calls() -> pd.DataFrame:
    """A contact centre's call export: UK dates, waits in seconds, talk time in minutes, Y/N resolved, sparse CSAT."""
    rng = np.random.default_rng(1305)
    days = pd.bdate_range("2024-01-02", "2024-06-28")
    weight = 1 + 0.5 * np.arange(len(days)) / len(days)
    n = 1500
    day = rng.choice(days, n, p=weight / weight.sum())
    agents = ["Priya Shah", "tom hughes", "Aisha K.", "DAVE MORRIS", "Lena Novak", "Marcus O'Neil", "Sam Ito",
              "Chloe B", "Raj Patel", "Gemma Lloyd", "Ola Adeyemi", "Ben Carter"]  # fmt: skip
    team = {a: f"Team {'ABC'[i % 3]}" for i, a in enumerate(agents)}
    agent = rng.choice(agents, n)
    queues = {"Billing": (95, 6.0), "Tech Support": (210, 11.5), "Sales": (45, 7.5), "Cancellations": (140, 9.0)}
    queue = rng.choice(list(queues), n, p=[0.35, 0.3, 0.2, 0.15])
    wait = np.round(np.array([rng.exponential(queues[q][0]) for q in queue])).astype(int) + 5
    resolved = rng.random(n) < np.where(queue == "Tech Support", 0.68, 0.84)
    talk = np.array([rng.gamma(4, queues[q][1] / 4) for q in queue]) * np.where(resolved, 1.0, 1.35)
    skill = {a: b for a, b in zip(agents, rng.normal(0, 0.2, len(agents)), strict=True)}
    skill["Gemma Lloyd"] = 0.55
    csat = np.clip(
        np.round(3.6 + np.array([skill[a] for a in agent]) + 0.8 * resolved - 0.003 * wait + rng.normal(0, 0.9, n)),
        1,
        5,
    )
    csat[rng.random(n) < 0.62] = np.nan
    minute = rng.integers(8 * 60, 18 * 60, n)
    order = np.argsort(day.astype("datetime64[ns]").astype("int64") + minute * 60_000_000_000)
    df = pd.DataFrame(
        {
            "Call Date": pd.DatetimeIndex(day).strftime("%d/%m/%Y"),
            "Start Time": [f"{m // 60:02d}:{m % 60:02d}" for m in minute],
            "Agent": agent,
            "Team": [team[a] for a in agent],
            "Queue": queue,
            "Wait (sec)": wait,
            "Talk Time (min)": talk.round(1),
            "Resolved": np.where(resolved, "Y", "N"),
            "CSAT": csat,
        }
    ).iloc[order]
    df.insert(0, "Call ID", [f"C-{240000 + i}" for i in range(1, n + 1)])
    return df.reset_index(drop=True)


def _picking() -> pd.DataFrame:
    """A warehouse pick log: timestamps for start and end (some ends never scanned), kg, shifts, Y/N errors."""
    rng = np.random.default_rng(1306)
    n = 1200
    pickers = ["J. Kowalski", "M. Ahmed", "S. Brown", "R. Silva", "K. Nguyen", "L. O'Brien", "T. Evans", "A. Popescu",
               "D. Singh", "E. Walsh"]  # fmt: skip
    speed = dict(zip(pickers, rng.normal(1, 0.12, len(pickers)), strict=True))
    shift = rng.choice(["Early", "Late", "Night"], n, p=[0.42, 0.38, 0.2])
    start_hour = {"Early": 6, "Late": 14, "Night": 22}
    day = rng.integers(0, 26, n)
    offset = rng.uniform(0, 8 * 60, n)
    start = (
        pd.Timestamp("2024-03-01")
        + pd.to_timedelta(day, unit="D")
        + pd.to_timedelta([start_hour[s] * 60 for s in shift], unit="m")
        + pd.to_timedelta(offset, unit="m")
    ).floor("s")
    zone = rng.choice(list("ABCDE"), n, p=[0.3, 0.25, 0.2, 0.15, 0.1])
    qty = np.clip(np.round(rng.lognormal(1.8, 0.8, n)), 1, 60).astype(int)
    unit_kg = np.array([{"A": 0.4, "B": 0.9, "C": 2.5, "D": 6.0, "E": 12.0}[z] for z in zone]) * rng.lognormal(
        0, 0.3, n
    )
    weight = (qty * unit_kg).round(2)
    picker = rng.choice(pickers, n)
    minutes = (
        (1.5 + 0.12 * qty + 0.05 * weight)
        * np.array([speed[p] for p in picker])
        * np.array([{"Early": 1.0, "Late": 1.06, "Night": 1.22}[s] for s in shift])
        * rng.lognormal(0, 0.25, n)
    )
    end = start + pd.to_timedelta(np.round(minutes * 60), unit="s")
    end_text = pd.Series(end.strftime("%Y-%m-%d %H:%M:%S"))
    end_text[rng.random(n) < 0.025] = np.nan
    error = rng.random(n) < np.array([{"Early": 0.025, "Late": 0.035, "Night": 0.07}[s] for s in shift])
    df = pd.DataFrame(
        {
            "Order No": [f"SO{rng.integers(100000, 999999)}" for _ in range(n)],
            "Picker": picker,
            "Zone": zone,
            "SKU": [f"{rng.choice(['BX', 'TL', 'KT', 'PL'])}-{rng.integers(1000, 9999)}" for _ in range(n)],
            "Qty": qty,
            "Weight (kg)": weight,
            "Pick Start": start.strftime("%Y-%m-%d %H:%M:%S"),
            "Pick End": end_text,
            "Shift": shift,
            "Error": np.where(error, "Y", "N"),
        }
    )
    df = df.sort_values("Pick Start").reset_index(drop=True)
    df.insert(0, "Pick ID", np.arange(50001, 50001 + n))
    return df


def _survey() -> pd.DataFrame:
    """An employee engagement survey export: Likert 1-5 scores, a 0-10 recommend score, Y/N intent to stay."""
    rng = np.random.default_rng(1307)
    n = 600
    depts = {"Sales": -0.25, "Engineering": 0.2, "Customer Success": 0.0, "Finance": 0.1, "HR": 0.3, "Ops": -0.35}
    sites = {"London": 0.1, "Manchester": 0.0, "Leeds": -0.3, "Remote": 0.25}
    bands = {"<1 yr": 0.35, "1-3 yrs": 0.0, "3-5 yrs": -0.15, "5+ yrs": 0.1}
    dept = rng.choice(list(depts), n, p=[0.22, 0.25, 0.18, 0.1, 0.06, 0.19])
    site = rng.choice(list(sites), n, p=[0.35, 0.25, 0.15, 0.25])
    band = rng.choice(list(bands), n, p=[0.18, 0.34, 0.24, 0.24])
    mood = rng.normal(0, 0.8, n) + [depts[d] for d in dept] + np.array([bands[b] for b in band])
    engagement = np.clip(np.round(3.5 + mood + rng.normal(0, 0.5, n)), 1, 5)
    wellbeing = np.clip(np.round(3.4 + 0.6 * mood + [sites[s] for s in site] + rng.normal(0, 0.7, n)), 1, 5)
    wellbeing[rng.random(n) < 0.04] = np.nan
    recommend = np.clip(np.round(6.9 + 1.6 * mood + rng.normal(0, 1.3, n)), 0, 10).astype(int)
    stay = rng.random(n) < 1 / (1 + np.exp(-(1.6 + 1.4 * mood)))
    dates = pd.Timestamp("2023-10-02") + pd.to_timedelta(rng.integers(0, 19, n), unit="D")
    remarks = ["More flexible hours please", "Great team", "pay is below market", "Too many meetings",
               "Need better tools", "Manager very supportive", "workload too high", "n/a"]  # fmt: skip
    comments = np.where(rng.random(n) < 0.22, rng.choice(remarks, n), None)
    return pd.DataFrame(
        {
            "Resp ID": [f"R{i:04d}" for i in range(1, n + 1)],
            "Survey Date": dates.strftime("%d-%b-%Y"),
            "Dept": dept,
            "Site": site,
            "Tenure Band": band,
            "Engagement (1-5)": engagement,
            "Wellbeing (1-5)": wellbeing,
            "Recommend (0-10)": recommend,
            "Intends to stay (Y/N)": np.where(stay, "Y", "N"),
            "Comments": comments,
        }
    )


# --- computed answers ----------------------------------------------------------------------------------------------


def _top_names(df: pd.DataFrame, gender: str, year: int, k: int = 5) -> list[str]:
    sub = df[(df["Gender"] == gender) & (df["Year"] == year)]
    return list(sub.nlargest(k, "Count")["Name"])


def _both_genders(df: pd.DataFrame) -> int:
    return len(set(df.loc[df["Gender"] == "F", "Name"]) & set(df.loc[df["Gender"] == "M", "Name"]))


def _outliers(df: pd.DataFrame, col: str) -> list[int]:
    s = df[col].dropna()
    q1, q3 = s.quantile(0.25), s.quantile(0.75)
    iqr = q3 - q1
    z = (s - s.mean()) / s.std()
    return [int(((s < q1 - 1.5 * iqr) | (s > q3 + 1.5 * iqr)).sum()), int((z.abs() > 3).sum())]


def _price(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["Price"].astype(str).str.replace("$", "", regex=False), errors="coerce")


def _close_stats(df: pd.DataFrame, name: str) -> list[float]:
    s = df.loc[df["Name"] == name, "close"]
    return [s.iloc[0], s.iloc[-1], s.min(), s.max(), s.mean()]


def _change_2018(df: pd.DataFrame, name: str) -> list[float]:
    s = df[df["Name"] == name].sort_values("date").set_index("date")["close"]
    in_2018 = s[s.index >= "2018-01-01"]
    before = s[s.index < "2018-01-01"]
    changes = [in_2018.iloc[-1] / in_2018.iloc[0] - 1, in_2018.iloc[-1] / before.iloc[-1] - 1]
    return changes + [abs(c) for c in changes]


def _calls_per_month(df: pd.DataFrame) -> Any:
    return pd.to_datetime(df["Call Date"], format="%d/%m/%Y").dt.month.value_counts().sort_index().to_numpy()


def _wait_p90(df: pd.DataFrame) -> list[float]:
    return [float(df["Wait (sec)"].quantile(0.9, interpolation=m)) for m in ("linear", "lower", "higher", "nearest")]


def _pick_minutes(df: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(df["Pick End"]) - pd.to_datetime(df["Pick Start"])).dt.total_seconds() / 60


def _slowest_shift(df: pd.DataFrame, how: str) -> str:
    return str(_pick_minutes(df).groupby(df["Shift"]).agg(how).idxmax())


def _weight_vs_time(df: pd.DataFrame) -> list[float]:
    t = _pick_minutes(df)
    return [df["Weight (kg)"].corr(t), df["Weight (kg)"].corr(t, method="spearman")]


def _enps(df: pd.DataFrame) -> list[float]:
    r = df["Recommend (0-10)"].dropna()
    score = 100 * ((r >= 9).mean() - (r <= 6).mean())
    return [score, score / 100, abs(score), abs(score) / 100]


def _favourable_by_site(df: pd.DataFrame) -> Any:
    return (df["Engagement (1-5)"] >= 4).groupby(df["Site"]).mean().to_numpy()


# --- the set -------------------------------------------------------------------------------------------------------

_NAMES = ("Name", "Count")
_AMES_PRICE = ("Neighborhood", "SalePrice")
_WAIT = ("Queue", "Wait (sec)")
_PICK_TIME = ("Pick Start", "Pick End")

HELDOUT13 = [
    Dataset(
        "babynames",
        _babynames,
        [
            Q(
                "which name was the most popular overall?",
                either(
                    label_of(lambda df: df.groupby("Name")["Count"].sum().idxmax()),
                    label_of(lambda df: df.loc[df["Count"].idxmax(), "Name"]),
                ),
                (*_NAMES, "Year", "Gender"),
            ),
            Q("top 5 girls names in 2015", labels(lambda df: _top_names(df, "F", 2015)), (*_NAMES, "Year", "Gender")),
            Q("and for boys?", labels(lambda df: _top_names(df, "M", 2015)), (*_NAMES, "Year", "Gender")),
            Q(
                "plot the count for Olivia by year",
                either(
                    _any_of(lambda df: list(df[df["Name"] == "Olivia"].groupby("Year")["Count"].sum()), 10),
                    both(words("Olivia"), words("Year"), words("Count")),
                ),
                (*_NAMES, "Year", "Gender"),
            ),
            Q("how many names were given to both boys and girls?", has(_both_genders), ("Name", "Gender", "Count")),
            Q(
                "total babies per year, going up or down?",
                has(lambda df: df.groupby("Year")["Count"].sum().to_numpy()),
                ("Year", "Count"),
            ),
        ],
    ),
    Dataset(
        "ames_houses",
        _ames,
        [
            Q(
                "avg sale price by neighborhood",
                has(
                    lambda df: df.groupby("Neighborhood")["SalePrice"].mean().max(),
                    lambda df: df.groupby("Neighborhood")["SalePrice"].mean().min(),
                ),
                _AMES_PRICE,
            ),
            Q(
                "and which neighbourhood is cheapest?",
                either(
                    label_of(lambda df: df.groupby("Neighborhood")["SalePrice"].mean().idxmin()),
                    label_of(lambda df: df.groupby("Neighborhood")["SalePrice"].median().idxmin()),
                ),
                _AMES_PRICE,
            ),
            Q(
                "is there a corelation between living area and sale price?",
                either(
                    has(lambda df: df["GrLivArea"].corr(df["SalePrice"]), rel=0.02),
                    has(lambda df: df["GrLivArea"].corr(df["SalePrice"], method="spearman"), rel=0.02),
                ),
                ("GrLivArea", "SalePrice"),
            ),
            Q(
                "how many lot frontage values are missing?",
                has(lambda df: df["LotFrontage"].isna().sum()),
                ("LotFrontage",),
            ),
            Q(
                "average area by neighborhood",
                asks("LotArea", "GrLivArea"),
                ("Neighborhood", "LotArea", "GrLivArea", "GarageArea", "TotalBsmtSF"),
            ),
            Q(
                "are there any outliers in SalePrice?",
                _any_of(lambda df: _outliers(df, "SalePrice"), 2, rel=0.0),
                ("SalePrice",),
            ),
        ],
    ),
    Dataset(
        "playstore_apps",
        _playstore,
        [
            Q("how many apps have no rating", has(lambda df: df["Rating"].isna().sum()), ("App", "Rating")),
            Q(
                "which 3 categories have the highest avg rating?",
                labels(lambda df: list(df.groupby("Category")["Rating"].mean().nlargest(3).index)),
                ("Category", "Rating"),
            ),
            Q(
                "what share of apps are paid?",
                share(lambda df: (df["Type"] == "Paid").mean()),
                ("App", "Type", "Price"),
            ),
            Q(
                "wich app is the most expensive?",
                label_of(lambda df: df.loc[_price(df).idxmax(), "App"]),
                ("App", "Price"),
            ),
            Q(
                "do apps with more reviews get better ratings?",
                either(
                    has(lambda df: df["Reviews"].corr(df["Rating"]), rel=0.02),
                    has(lambda df: df["Reviews"].corr(df["Rating"], method="spearman"), rel=0.02),
                ),
                ("App", "Reviews", "Rating"),
            ),
            Q(
                "how many apps were last updated in 2018?",
                has(lambda df: (pd.to_datetime(df["Last Updated"], format="%B %d, %Y").dt.year == 2018).sum()),
                ("App", "Last Updated"),
            ),
        ],
    ),
    Dataset(
        "sp500_stocks",
        _stocks,
        [
            Q(
                "avg closing price per stock",
                has(lambda df: df.groupby("Name")["close"].mean().to_numpy()),
                ("Name", "close"),
            ),
            Q(
                "only for 2018",
                has(lambda df: df[df["date"] >= "2018-01-01"].groupby("Name")["close"].mean().to_numpy()),
                ("Name", "close", "date"),
            ),
            Q(
                "which day had the highest volume for AAPL?",
                either(
                    *(
                        label_of(
                            lambda df, f=f: (
                                f"{pd.Timestamp(df.loc[df[df['Name'] == 'AAPL']['volume'].idxmax(), 'date']):{f}}"
                            )
                        )
                        for f in ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d/%m/%Y", "%m/%d/%Y")
                    )
                ),
                ("Name", "volume", "date"),
            ),
            Q(
                "plot MSFT close over time",
                either(_any_of(lambda df: _close_stats(df, "MSFT"), 5), both(words("MSFT"), words("close"))),
                ("Name", "close", "date"),
            ),
            Q(
                "whats the average daily range (high minus low) for each stock?",
                has(lambda df: (df["high"] - df["low"]).groupby(df["Name"]).mean().to_numpy()),
                ("Name", "high", "low"),
            ),
            Q(
                "how much did GOOGL go up or down in 2018, in %?",
                either(*(share(lambda df, i=i: _change_2018(df, "GOOGL")[i]) for i in range(4))),
                ("Name", "close", "date", "open"),
            ),
        ],
    ),
    Dataset(
        "call_centre",
        _calls,
        [
            Q(
                "avg wait time by queue",
                either(
                    has(lambda df: df.groupby("Queue")["Wait (sec)"].mean().to_numpy(), rel=0.01),
                    has(lambda df: df.groupby("Queue")["Wait (sec)"].mean().to_numpy() / 60, rel=0.01),
                ),
                _WAIT,
            ),
            Q("whats the 90th percentile of wait time?", _any_of(_wait_p90, 4), ("Wait (sec)",)),
            Q(
                "how many calls were not resolved?",
                has(lambda df: (df["Resolved"] == "N").sum()),
                ("Resolved", "Call ID"),
            ),
            Q(
                "which agent has the best CSAT?",
                label_of(lambda df: df.groupby("Agent")["CSAT"].mean().idxmax()),
                ("Agent", "CSAT"),
            ),
            Q("calls per month - going up or down?", has(_calls_per_month), ("Call Date", "Call ID")),
            Q(
                "do resolved calls have shorter talk time than unresolved ones?",
                has(lambda df: df.groupby("Resolved")["Talk Time (min)"].mean().to_numpy()),
                ("Resolved", "Talk Time (min)"),
            ),
        ],
    ),
    Dataset(
        "warehouse_picks",
        _picking,
        [
            Q("total qty picked by zone", has(lambda df: df.groupby("Zone")["Qty"].sum().to_numpy()), ("Zone", "Qty")),
            Q(
                "who picked the most units? top 3",
                labels(lambda df: list(df.groupby("Picker")["Qty"].sum().nlargest(3).index)),
                ("Picker", "Qty"),
            ),
            Q(
                "what's the average pick time in minutes?",
                _duration(lambda df: _pick_minutes(df).mean(), rel=0.015),
                _PICK_TIME,
            ),
            Q(
                "error rate by shift",
                shares(lambda df: (df["Error"] == "Y").groupby(df["Shift"]).mean().to_numpy()),
                ("Error", "Shift"),
            ),
            Q(
                "which shift is slowest?",
                either(
                    label_of(lambda df: _slowest_shift(df, "mean")), label_of(lambda df: _slowest_shift(df, "median"))
                ),
                ("Shift", *_PICK_TIME),
            ),
            Q(
                "is there any relationship between weight and how long a pick takes?",
                _any_of(_weight_vs_time, 2, rel=0.02),
                ("Weight (kg)", *_PICK_TIME),
            ),
        ],
    ),
    Dataset(
        "engagement_survey",
        _survey,
        [
            Q(
                "avg engagement score by dept",
                has(lambda df: df.groupby("Dept")["Engagement (1-5)"].mean().to_numpy()),
                ("Dept", "Engagement (1-5)"),
            ),
            Q("what's our eNPS from the recommend scores?", _any_of(_enps, 4, rel=0.01), ("Recommend (0-10)",)),
            Q(
                "what % of people don't intend to stay?",
                share(lambda df: (df["Intends to stay (Y/N)"] == "N").mean()),
                ("Intends to stay (Y/N)", "Resp ID"),
            ),
            Q(
                "which site has the lowest wellbeing?",
                label_of(lambda df: df.groupby("Site")["Wellbeing (1-5)"].mean().idxmin()),
                ("Site", "Wellbeing (1-5)"),
            ),
            Q(
                "does engagement go up with tenure?",
                has(lambda df: df.groupby("Tenure Band")["Engagement (1-5)"].mean().to_numpy()),
                ("Tenure Band", "Engagement (1-5)"),
            ),
            Q(
                "% favourable (4 or 5) on engagement by site",
                shares(_favourable_by_site),
                ("Site", "Engagement (1-5)"),
            ),
        ],
    ),
]
