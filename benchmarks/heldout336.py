"""HELDOUT336: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small leisure or service business keeps: a mini golf course's
daily rounds (April 15 to October 15, 2023 and 2024, one row per day and course, sorted by date) with Date as
"4/15/2023", Weekday as "Saturday", Course ("Pirate" or "Jungle"), "Adult Rounds", "Child Rounds", "Adult Price"
and "Child Price" as "$11.00" (up a dollar in 2024), "Party Bookings", "Holes in One", Weather (Sunny, Partly
Cloudy, Cloudy, Rain, now and then lower case), "Temp F" (blank now and then) and Revenue as "$1,234.00" (the
rounds plus $95 a party); a u-pick berry farm's daily sales (2022 to 2024, one row per day and berry in season:
strawberries late May to June, blueberries late June to mid August, raspberries mid July to September) with Date as
"06/14/2024", Weekday as "Fri", Berry, "Lbs Picked" (one decimal), "Price/Lb" as "$4.50" (one price a berry a
year), Pickers, "Containers Sold", Weather, Revenue as "$1,234.50" and "Closed Reason" (blank when open; "Rain",
"Picked Out" or "Heat" with zero pounds, pickers and "$0.00"); a farmers market's vendor fees (Saturdays May 4 to
October 26, 2024, one row per vendor and market day, vendors returning week after week) with "Market Date" as
"2024-06-01", Vendor, Category (Produce, Meat, "Baked Goods", Crafts, now and then lower case), "Stall Size"
("10x10" or "10x20"), "Stall Fee" as "$35.00" or "$55.00", "SNAP Tokens Redeemed" ("N/A" for crafts), "Gross Sales
Reported" as "$1,234" (blank when a vendor did not report), "Attendance Count" (the day's head count, the same on
every row of a day) and "Late Setup" (Y/N); a laser tag arena's game log (2024, one row per game, a few rows
doubled by the export) with "Game ID" as "LT-00412", Date as "3/15/2024", "Start Time" as "7:30 PM", Arena
("Nebula" or "Outpost"), Mode ("Team" or "Solo"), Players, Minutes (12, 15 or 20), "Winning Team" ("Red" or
"Blue", now and then upper case; blank for solo games), "Top Player" (a call sign), "Top Score", "Party Booking"
(Y/N) and "Price Per Player" as "$12.00"; an e-waste recycling event's drop-offs (four event days in 2023 and 2024
at three sites, one row per vehicle and item type) with "Event Date" as "04/22/2023", Site, "Vehicle #" (numbered
through the day across all sites, repeated on each of a vehicle's rows), "Item Type" (TVs, Monitors, Laptops,
Phones), Count, "Weight (lbs)" (blank when the scale was down), "Fee Charged" as "$25.00" ("$0.00" for free items),
Resident (Y/N, the same on a vehicle's rows) and Zip (five digits, leading zeros lost); a document shredding
service's jobs (2023 and 2024, one row per job) with "Job ID" as "SH-23-0001", Date as "2023-03-14", Client (repeat
business clients), Bins, Boxes, "Lbs Shredded" (blank now and then), Service ("On-Site" or "Off-Site"), Price as
"$185.00" (a base plus a rate per bin and per box), "Certificate Issued" (Y/N) and Driver; and a go-kart track's
heat results (May to September 2024, one row per kart in a heat) with "Heat ID" as "H-0001", Date as "07/04/2024",
"Kart #" (1 to 12), Driver as "Jake M." (regulars repeat), "Age Group" (Junior or Adult, one per heat), Laps (8 for
juniors, 10 for adults, fewer after a crash), "Best Lap (sec)", "Avg Lap (sec)" (blank for a DNF), Position (a number
or "DNF"), Crashed (Y/N) and "Ticket Type" ("Single" or "3-Race"). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one

_FIRST = [
    "Jake", "Emma", "Liam", "Olivia", "Noah", "Ava", "Mason", "Sophia", "Logan", "Mia", "Lucas", "Harper", "Ethan",
    "Ella", "Owen", "Chloe", "Caleb", "Grace", "Wyatt", "Lily", "Hunter", "Zoe", "Tyler", "Nora", "Brody", "Riley",
]  # fmt: skip
_LAST = [
    "Miller", "Hill", "Baker", "Carter", "Turner", "Parker", "Brooks", "Hayes", "Foster", "Reed", "Porter", "Webb",
    "Fisher", "Lambert", "Walsh", "Bishop", "Holt", "Greer", "Shaw", "Dunn", "Ward", "Sutton", "Barlow", "Pratt",
]  # fmt: skip
_MONTHS = {pd.Timestamp(2000, m, 1).strftime("%B"): (pd.Timestamp(2000, m, 1).strftime("%b"),) for m in range(1, 13)}


def _date(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "Y"


def _either_count(*values: Callable[[pd.DataFrame], Any]) -> Check:
    return either(*(_count(v) for v in values))


def _month(value: Callable[[pd.DataFrame], pd.Timestamp]) -> Check:
    """A month by name, beside its superlative ("July", "Jul", "July 2023")."""
    return _lead(_named(lambda df: pd.Timestamp(value(df)).strftime("%B"), _MONTHS))


# --- 1. Mini golf daily rounds -------------------------------------------------------------------------------------

_MG_WEATHER = ["Sunny", "Partly Cloudy", "Cloudy", "Rain"]


def _golf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33601)
    rows: list[dict[str, Any]] = []
    for year, (adult_price, child_price) in ((2023, (11, 8)), (2024, (12, 9))):
        for day in pd.date_range(f"{year}-04-15", f"{year}-10-15"):
            weather = str(_one(rng, _MG_WEATHER, [5, 3, 2, 1.5]))
            temp = (
                64
                + 20 * np.sin(np.pi * (day.dayofyear - 105) / 190)
                + rng.normal(0, 5)
                - (6 if weather == "Rain" else 0)
            )
            weekend = day.dayofweek >= 5
            season = 1.5 if day.month in (6, 7, 8) else 1.0
            for course in ("Pirate", "Jungle"):
                base = (140 if weekend else 60) * season * (1.3 if course == "Pirate" else 1.0)
                base *= (0.35 if weather == "Rain" else 1.0) * max(0.3, 1 + 0.012 * (temp - 70))
                adult = int(rng.poisson(base * 0.55))
                child = int(rng.poisson(base * 0.45 * max(0.3, 1 + 0.015 * (temp - 70))))
                parties = int(rng.poisson(0.9 if weekend else 0.2))
                rows.append(
                    {
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Weekday": f"{day:%A}",
                        "Course": course,
                        "Adult Rounds": adult,
                        "Child Rounds": child,
                        "Adult Price": f"${adult_price:.2f}",
                        "Child Price": f"${child_price:.2f}",
                        "Party Bookings": parties,
                        "Holes in One": int(rng.poisson((adult + child) * 0.004)),
                        "Weather": weather.lower() if rng.random() < 0.05 else weather,
                        "Temp F": "" if rng.random() < 0.04 else round(float(temp)),
                        "Revenue": f"${adult * adult_price + child * child_price + 95 * parties:,.2f}",
                    }
                )
    return pd.DataFrame(rows)


def _mg_rounds(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Adult Rounds") + _num(df, "Child Rounds")


def _mg_top_month(year: int) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        when = _date(df, "Date", "%m/%d/%Y")
        keep = when.dt.year == year
        totals = _num(df, "Revenue")[keep].groupby(when[keep].dt.to_period("M")).sum()
        return totals.idxmax().to_timestamp()

    return value


_MG_QS = [
    Q(
        "how many rounds of mini golf were played altogether",
        _amount(lambda df: float(_mg_rounds(df).sum())),
        ("Adult Rounds", "Child Rounds"),
    ),
    Q(
        "which course is more popular",
        _lead(_named(lambda df: _top(_mg_rounds(df).groupby(_text(df, "Course")).sum()))),
        ("Course", "Adult Rounds", "Child Rounds"),
    ),
    Q(
        "what percent of rounds are kids",
        _share(lambda df: float(_num(df, "Child Rounds").sum() / _mg_rounds(df).sum())),
        ("Adult Rounds", "Child Rounds"),
    ),
    Q(
        "how much does the jungle course usually make on a rainy day",
        _typical(
            lambda df: _num(df, "Revenue")[
                (_text(df, "Course") == "Jungle") & (_text(df, "Weather").str.title() == "Rain")
            ]
        ),
        ("Course", "Weather", "Revenue", "Date"),
    ),
    Q("which month brought in the most money in 2023", _month(_mg_top_month(2023)), ("Date", "Revenue")),
    Q("and in 2024?", _month(_mg_top_month(2024)), ("Date", "Revenue")),
]


# --- 2. U-pick berry farm daily sales ------------------------------------------------------------------------------

# berry: first and last day of the season (month, day), price per lb by year, pounds per picker
_BF_BERRIES: dict[str, tuple[tuple[int, int], tuple[int, int], dict[int, float], float]] = {
    "Strawberry": ((5, 20), (6, 30), {2022: 3.50, 2023: 3.75, 2024: 4.00}, 6.5),
    "Blueberry": ((6, 25), (8, 15), {2022: 4.25, 2023: 4.50, 2024: 4.75}, 5.0),
    "Raspberry": ((7, 15), (9, 20), {2022: 6.00, 2023: 6.50, 2024: 6.50}, 2.8),
}


def _berry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33602)
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023, 2024):
        weather_by_day: dict[pd.Timestamp, str] = {}
        for berry, (start, end, prices, per_picker) in _BF_BERRIES.items():
            for day in pd.date_range(pd.Timestamp(year, *start), pd.Timestamp(year, *end)):
                if day not in weather_by_day:
                    weather_by_day[day] = str(_one(rng, ["Sunny", "Cloudy", "Rain", "Hot"], [5, 3, 1.2, 1]))
                weather = weather_by_day[day]
                reason = ""
                if weather == "Rain" and rng.random() < 0.6:
                    reason = "Rain"
                elif weather == "Hot" and rng.random() < 0.25:
                    reason = "Heat"
                elif rng.random() < 0.04:
                    reason = "Picked Out"
                price = prices[year]
                if reason:
                    pickers, lbs = 0, 0.0
                else:
                    pickers = int(
                        rng.poisson((95 if day.dayofweek >= 5 else 40) * (0.6 if berry == "Raspberry" else 1))
                    )
                    lbs = round(pickers * float(rng.gamma(9, per_picker / 9)), 1)
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Weekday": f"{day:%a}",
                        "Berry": berry,
                        "Lbs Picked": lbs,
                        "Price/Lb": f"${price:.2f}",
                        "Pickers": pickers,
                        "Containers Sold": int(rng.binomial(pickers, 0.55)) if pickers else 0,
                        "Weather": weather,
                        "Revenue": f"${lbs * price:,.2f}",
                        "Closed Reason": reason,
                    }
                )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _bf_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y").dt.year


def _bf_closed(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Closed Reason") != ""


def _bf_rasp(df: pd.DataFrame) -> pd.DataFrame:
    return df[(_text(df, "Berry") == "Raspberry") & (_num(df, "Pickers") > 0)]


_BF_QS = [
    Q(
        "how many pounds of blueberries got picked in 2023",
        _amount(
            lambda df: float(_num(df, "Lbs Picked")[(_text(df, "Berry") == "Blueberry") & (_bf_year(df) == 2023)].sum())
        ),
        ("Date", "Berry", "Lbs Picked"),
    ),
    Q(
        "how many days were we closed",
        _either_count(lambda df: int(_bf_closed(df).sum()), lambda df: int(df.loc[_bf_closed(df), "Date"].nunique())),
        ("Closed Reason", "Date"),
    ),
    Q(
        "whats the most common reason",
        _lead(_named(lambda df: str(_text(df, "Closed Reason")[_bf_closed(df)].value_counts().idxmax()))),
        ("Closed Reason",),
    ),
    Q(
        "how many pounds does one person pick on average for raspberries",
        either(
            _about(lambda df: float(_num(_bf_rasp(df), "Lbs Picked").sum() / _num(_bf_rasp(df), "Pickers").sum())),
            _about(lambda df: float((_num(_bf_rasp(df), "Lbs Picked") / _num(_bf_rasp(df), "Pickers")).mean())),
            _about(lambda df: float((_num(_bf_rasp(df), "Lbs Picked") / _num(_bf_rasp(df), "Pickers")).median())),
        ),
        ("Berry", "Lbs Picked", "Pickers"),
    ),
    Q(
        "which berry makes us the most money",
        _lead(_named(lambda df: _top(_num(df, "Revenue").groupby(_text(df, "Berry")).sum()))),
        ("Berry", "Revenue"),
    ),
    Q(
        "has the strawberry price changed over the years",
        _about(
            lambda df: _num(df, "Price/Lb")[_text(df, "Berry") == "Strawberry"].groupby(_bf_year(df)).mean().to_numpy()
        ),
        ("Date", "Berry", "Price/Lb"),
    ),
]


# --- 3. Farmers market vendor fees ---------------------------------------------------------------------------------

_FM_SUFFIX = {
    "Produce": ["Family Farm", "Orchards", "Acres", "Gardens", "Produce"],
    "Meat": ["Pastures", "Ranch", "Meats"],
    "Baked Goods": ["Bakehouse", "Bread Co.", "Pies"],
    "Crafts": ["Pottery", "Soap Co.", "Woodworks", "Candles"],
}
_FM_SALES = {"Produce": 620, "Meat": 980, "Baked Goods": 540, "Crafts": 380}


def _market_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33603)
    vendors = []
    used: set[str] = set()
    while len(vendors) < 58:
        cat = str(_one(rng, list(_FM_SUFFIX), [5, 2, 2.5, 3]))
        name = f"{_one(rng, _LAST)} {_one(rng, _FM_SUFFIX[cat])}"
        if name in used:
            continue
        used.add(name)
        big = rng.random() < (0.4 if cat in ("Produce", "Meat") else 0.15)
        vendors.append((name, cat, big, float(rng.uniform(0.35, 0.98)), float(rng.uniform(0.6, 1.5))))
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-05-04", "2024-10-26", freq="7D"):
        peak = 1.0 + 0.5 * np.sin(np.pi * (day.dayofyear - 125) / 175)
        crowd = int(rng.normal(1400 * peak, 180))
        for name, cat, big, loyalty, skill in vendors:
            if rng.random() > loyalty:
                continue
            gross = max(40.0, rng.normal(_FM_SALES[cat] * skill * (1.5 if big else 1.0) * crowd / 1800, 120))
            rows.append(
                {
                    "Market Date": f"{day:%Y-%m-%d}",
                    "Vendor": name,
                    "Category": cat.lower() if rng.random() < 0.04 else cat,
                    "Stall Size": "10x20" if big else "10x10",
                    "Stall Fee": "$55.00" if big else "$35.00",
                    "SNAP Tokens Redeemed": "N/A" if cat == "Crafts" else int(rng.poisson(gross / 60)),
                    "Gross Sales Reported": "" if rng.random() < 0.09 else f"${round(gross):,}",
                    "Attendance Count": crowd,
                    "Late Setup": "Y" if rng.random() < (0.2 if cat == "Meat" else 0.09) else "N",
                }
            )
    return pd.DataFrame(rows)


def _fm_cat(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Category").str.title()


def _fm_late(df: pd.DataFrame, cat: str | None) -> list[float]:
    keep = _fm_cat(df) == cat if cat else pd.Series(True, index=df.index)
    late = _flag(df, "Late Setup")[keep]
    return [float(late.mean()), float(late.groupby(_text(df, "Vendor")[keep]).any().mean())]


_FM_QS = [
    Q("how many different vendors did we have", _count(lambda df: int(_text(df, "Vendor").nunique())), ("Vendor",)),
    Q(
        "what type of vendor sells the most on average",
        _lead(_named(lambda df: _top(_num(df, "Gross Sales Reported").groupby(_fm_cat(df)).mean()))),
        ("Category", "Gross Sales Reported"),
    ),
    Q(
        "how many times did a vendor not report sales",
        _either_count(
            lambda df: int(_num(df, "Gross Sales Reported").isna().sum()),
            lambda df: int(_text(df, "Vendor")[_num(df, "Gross Sales Reported").isna()].nunique()),
        ),
        ("Gross Sales Reported", "Vendor", "Market Date"),
    ),
    Q(
        "which market day had the biggest crowd",
        _day(lambda df: _date(df, "Market Date", "%Y-%m-%d")[_num(df, "Attendance Count").idxmax()]),
        ("Market Date", "Attendance Count"),
    ),
    Q(
        "what share of vendors set up late",
        either(_share(lambda df: _fm_late(df, None)[0]), _share(lambda df: _fm_late(df, None)[1])),
        ("Late Setup", "Vendor"),
    ),
    Q(
        "and just the meat vendors?",
        either(_share(lambda df: _fm_late(df, "Meat")[0]), _share(lambda df: _fm_late(df, "Meat")[1])),
        ("Late Setup", "Category", "Vendor"),
    ),
]


# --- 4. Laser tag game log -----------------------------------------------------------------------------------------

_LT_TAGS = [
    "VIPER", "GHOST", "NOVA", "BLAZE", "RAVEN", "TITAN", "ZERO", "JINX", "FLASH", "ECHO", "ROGUE", "SHADOW",
    "COMET", "FROST", "HAVOC", "ORBIT", "PIXEL", "SNIPER", "TURBO", "WOLF", "ZAP", "BOLT", "STORM", "ACE",
]  # fmt: skip


def _lasertag_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33604)
    days = pd.date_range("2024-01-01", "2024-12-31")
    busy = np.where(days.dayofweek >= 4, 3.0, 1.0) * np.where(days.month.isin([6, 7, 8, 12]), 1.4, 1.0)
    skill = rng.gamma(1.5, 1.0, len(_LT_TAGS))
    skill[_LT_TAGS.index("NOVA")] *= 2.5
    rows: list[dict[str, Any]] = []
    picks = np.sort(rng.choice(len(days), size=1600, p=busy / busy.sum()))
    for i, pick in enumerate(picks, start=1):
        day = days[int(pick)]
        party = rng.random() < 0.22
        team = rng.random() < 0.7
        players = int(np.clip(rng.normal(16 if party else 10, 4), 3, 24))
        minutes = int(_one(rng, [12, 15, 20], [2, 5, 2]))
        slot = int(rng.integers(20, 44)) * 30
        win = str(_one(rng, ["Red", "Blue"], [57, 43])) if team else ""
        price = 10.0 if party else (9.0 if day.dayofweek < 4 and slot < 17 * 60 else 12.0)
        row = {
            "Game ID": f"LT-{i:05d}",
            "Date": f"{day.month}/{day.day}/{day.year}",
            "Start Time": f"{(slot // 60 - 1) % 12 + 1}:{slot % 60:02d} {'PM' if slot >= 720 else 'AM'}",
            "Arena": str(_one(rng, ["Nebula", "Outpost"], [3, 2])),
            "Mode": "Team" if team else "Solo",
            "Players": players,
            "Minutes": minutes,
            "Winning Team": win.upper() if win and rng.random() < 0.06 else win,
            "Top Player": str(_one(rng, _LT_TAGS, list(skill))),
            "Top Score": int(rng.normal(420 + 25 * minutes, 90)),
            "Party Booking": "Y" if party else "N",
            "Price Per Player": f"${price:.2f}",
        }
        rows.append(row)
        if rng.random() < 0.015:
            rows.append(dict(row))
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _lt_ways(value: Callable[[pd.DataFrame], Any], check: Callable[[Callable[[pd.DataFrame], Any]], Check]) -> Check:
    """The value on every row, or with the doubled games dropped."""
    return either(check(value), check(lambda df: value(df.drop_duplicates("Game ID"))))


def _lt_win(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Winning Team").str.title()


def _lt_win_share(df: pd.DataFrame) -> float:
    wins = _lt_win(df)[_text(df, "Mode") == "Team"]
    return float((wins == wins.value_counts().idxmax()).mean())


def _lt_party_players(df: pd.DataFrame) -> list[float]:
    by = _num(df, "Players").groupby(_flag(df, "Party Booking")).mean()
    return [float(by[True]), float(by[False])]


_LT_QS = [
    Q(
        "how many games did we run",
        _either_count(lambda df: len(df), lambda df: int(_text(df, "Game ID").nunique())),
        ("Game ID",),
    ),
    Q(
        "who wins more, red or blue",
        _lead(_named(lambda df: str(_lt_win(df)[_lt_win(df) != ""].value_counts().idxmax()))),
        ("Winning Team", "Mode"),
    ),
    Q("what percentage is that", _lt_ways(_lt_win_share, _share), ("Winning Team", "Mode", "Game ID")),
    Q(
        "avg group size for party bookings vs regular games",
        _lt_ways(_lt_party_players, _about),
        ("Players", "Party Booking"),
    ),
    Q(
        "which player ends up top scorer most often",
        _lead(_named(lambda df: str(_text(df, "Top Player").value_counts().idxmax()))),
        ("Top Player",),
    ),
    Q(
        "how much money did the games bring in overall",
        _lt_ways(lambda df: float((_num(df, "Players") * _num(df, "Price Per Player")).sum()), _amount),
        ("Players", "Price Per Player", "Game ID"),
    ),
]


# --- 5. E-waste recycling event drop-offs --------------------------------------------------------------------------

_EW_SITES = ["City Hall Lot", "Westside Fairgrounds", "Public Works Yard"]
# item: weight per unit range (lbs), fee per unit for residents and for others, how likely a vehicle brings it
_EW_ITEMS = {
    "TVs": ((18.0, 85.0), 20.0, 35.0, 0.55),
    "Monitors": ((10.0, 28.0), 10.0, 20.0, 0.45),
    "Laptops": ((3.5, 7.0), 0.0, 5.0, 0.35),
    "Phones": ((0.3, 0.6), 0.0, 0.0, 0.3),
}
_EW_LOCAL = [1420, 1430, 1440, 1451, 1453]


def _ewaste_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33605)
    rows: list[dict[str, Any]] = []
    for event in ("2023-04-22", "2023-10-14", "2024-04-20", "2024-10-19"):
        day = pd.Timestamp(event)
        for vehicle in range(1, int(rng.integers(260, 340)) + 1):
            site = str(_one(rng, _EW_SITES, [4, 2.5, 2]))
            resident = rng.random() < 0.82
            zip_code = int(_one(rng, _EW_LOCAL)) if resident else int(rng.integers(1000, 2800))
            items = [k for k, v in _EW_ITEMS.items() if rng.random() < v[3]] or ["TVs"]
            for item in items:
                (lo, hi), fee_res, fee_out, _ = _EW_ITEMS[item]
                count = int(rng.geometric(0.6 if item == "TVs" else 0.4))
                weight = sum(float(rng.uniform(lo, hi)) for _ in range(count))
                fee = count * (fee_res if resident else fee_out)
                rows.append(
                    {
                        "Event Date": f"{day:%m/%d/%Y}",
                        "Site": site,
                        "Vehicle #": vehicle,
                        "Item Type": item,
                        "Count": count,
                        "Weight (lbs)": "" if rng.random() < 0.03 else round(weight, 1),
                        "Fee Charged": f"${fee:.2f}",
                        "Resident": "Y" if resident else "N",
                        "Zip": f"{zip_code:05d}",
                    }
                )
    return pd.DataFrame(rows)


def _ew_vehicles(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates(["Event Date", "Vehicle #"])


def _ew_tv_weights(df: pd.DataFrame) -> pd.DataFrame:
    tv = df[_text(df, "Item Type") == "TVs"]
    return tv[_num(tv, "Weight (lbs)").notna()]


_EW_QS = [
    Q(
        "how many tvs did people drop off in total",
        _count(lambda df: int(_num(df, "Count")[_text(df, "Item Type") == "TVs"].sum())),
        ("Item Type", "Count"),
    ),
    Q(
        "total pounds collected at each site",
        _amount(lambda df: _num(df, "Weight (lbs)").groupby(_text(df, "Site")).sum().to_numpy()),
        ("Site", "Weight (lbs)"),
    ),
    Q(
        "how many cars came through altogether",
        _count(lambda df: len(_ew_vehicles(df))),
        ("Event Date", "Site", "Vehicle #"),
    ),
    Q(
        "what percent of them were from out of town",
        either(
            _share(lambda df: float((~_flag(_ew_vehicles(df), "Resident")).mean())),
            _share(lambda df: float((~_flag(df, "Resident")).mean())),
        ),
        ("Resident", "Vehicle #", "Event Date", "Site", "Zip"),
    ),
    Q(
        "how heavy is a tv on average",
        either(
            _about(
                lambda df: float(
                    _num(_ew_tv_weights(df), "Weight (lbs)").sum() / _num(_ew_tv_weights(df), "Count").sum()
                )
            ),
            _about(
                lambda df: float((_num(_ew_tv_weights(df), "Weight (lbs)") / _num(_ew_tv_weights(df), "Count")).mean())
            ),
        ),
        ("Item Type", "Weight (lbs)", "Count"),
    ),
    Q(
        "how much did we collect in fees in 2024",
        _amount(lambda df: float(_num(df, "Fee Charged")[_date(df, "Event Date", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Event Date", "Fee Charged"),
    ),
]


# --- 6. Document shredding jobs ------------------------------------------------------------------------------------

_DS_CLIENTS = [
    "Lakeside Dental", "Harbor View CPA", "First Community Bank", "Miller & Shaw LLP", "Northgate Pediatrics",
    "Summit Insurance Group", "Pine Street Title Co.", "Riverbend Medical Center", "County Clerk's Office",
    "Oakwood Realty", "Bright Smiles Orthodontics", "Cedar Credit Union", "Walsh Family Law", "Metro Staffing",
    "Greenfield School District", "Hayes Tax Service", "Valley Vet Clinic", "Parker Financial Advisors",
    "St. Luke's Hospice", "Residential Drop-Off",
]  # fmt: skip
_DS_DRIVERS = ["Marco", "Dave", "Tonya", "Luis"]


def _shred_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33606)
    pull = rng.gamma(1.2, 1.0, len(_DS_CLIENTS))
    pull[_DS_CLIENTS.index("Riverbend Medical Center")] = pull.max() * 1.8
    days = pd.bdate_range("2023-01-02", "2024-12-31")
    rows: list[dict[str, Any]] = []
    for _ in range(1350):
        day = days[int(rng.integers(len(days)))]
        client = str(_one(rng, _DS_CLIENTS, list(pull)))
        onsite = rng.random() < (0.2 if client == "Residential Drop-Off" else 0.6)
        bins = 0 if client == "Residential Drop-Off" else int(rng.poisson(2.2))
        boxes = int(rng.poisson(14 if bins == 0 else 4))
        lbs = int(bins * rng.normal(230, 30) + boxes * rng.normal(28, 4))
        price = (75 + 55 * bins + 12 * boxes) if onsite else (40 + 45 * bins + 9 * boxes)
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Client": client,
                "Bins": bins,
                "Boxes": boxes,
                "Lbs Shredded": "" if rng.random() < 0.05 else max(lbs, 10),
                "Service": "On-Site" if onsite else "Off-Site",
                "Price": f"${price:.2f}",
                "Certificate Issued": "Y" if rng.random() < 0.9 else "N",
                "Driver": str(_one(rng, _DS_DRIVERS, [4, 3, 3, 1.5])),
            }
        )
    frame = pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)
    year = frame["Date"].str[2:4]
    number = frame.groupby(year).cumcount() + 1
    frame.insert(0, "Job ID", "SH-" + year + "-" + number.map("{:04d}".format))
    return frame


def _ds_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d").dt.year


_DS_SERVICE = {"On-Site": ("onsite",), "Off-Site": ("offsite",)}

_DS_QS = [
    Q(
        "how many pounds did we shred in 2024",
        _amount(lambda df: float(_num(df, "Lbs Shredded")[_ds_year(df) == 2024].sum())),
        ("Date", "Lbs Shredded"),
    ),
    Q(
        "is on-site or off-site more expensive on average",
        _lead(_named(lambda df: _top(_num(df, "Price").groupby(_text(df, "Service")).mean()), _DS_SERVICE)),
        ("Service", "Price"),
    ),
    Q(
        "who's our biggest client by number of jobs",
        _lead(_named(lambda df: str(_text(df, "Client").value_counts().idxmax()))),
        ("Client", "Job ID"),
    ),
    Q(
        "how many jobs went out without a certificate",
        _count(lambda df: int((_text(df, "Certificate Issued").str.upper() == "N").sum())),
        ("Certificate Issued", "Job ID"),
    ),
    Q(
        "does the price go up with more boxes",
        _corr(lambda df: _num(df, "Boxes"), lambda df: _num(df, "Price")),
        ("Boxes", "Price"),
    ),
    Q(
        "which driver did the most jobs in 2023",
        _lead(_named(lambda df: str(_text(df, "Driver")[_ds_year(df) == 2023].value_counts().idxmax()))),
        ("Driver", "Date", "Job ID"),
    ),
]


# --- 7. Go-kart heat results ---------------------------------------------------------------------------------------

_GK_KARTS = dict(enumerate([0.3, 0.1, 0.9, 0.0, 0.4, 0.2, -1.1, 0.5, 0.1, 0.6, 0.2, 0.0], start=1))


def _gokart_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33607)
    drivers: list[tuple[str, bool, float, float]] = []
    used: set[str] = set()
    while len(drivers) < 240:
        name = f"{_one(rng, _FIRST)} {str(_one(rng, _LAST))[0]}."
        if name in used:
            continue
        used.add(name)
        drivers.append((name, rng.random() < 0.3, float(rng.normal(0, 1.6)), float(rng.gamma(1.3, 1.0))))
    pull = np.array([d[3] for d in drivers])
    days = pd.date_range("2024-05-01", "2024-09-30")
    busy = np.where(days.dayofweek >= 5, 3.0, 1.0)
    rows: list[dict[str, Any]] = []
    picks = np.sort(rng.choice(len(days), size=430, p=busy / busy.sum()))
    for heat, pick in enumerate(picks, start=1):
        day = days[int(pick)]
        junior = rng.random() < 0.3
        pool = [i for i, d in enumerate(drivers) if d[1] == junior]
        weights = pull[pool] / pull[pool].sum()
        field = rng.choice(pool, size=int(rng.integers(4, 11)), replace=False, p=weights)
        karts = rng.choice(list(_GK_KARTS), size=len(field), replace=False)
        laps_planned = 8 if junior else 10
        results = []
        for idx, kart in zip(field, karts, strict=True):
            name, _, skill, _ = drivers[int(idx)]
            best = (33.5 if junior else 30.5) + skill + _GK_KARTS[int(kart)] + float(rng.normal(0, 0.5))
            avg = best + float(rng.gamma(2, 0.6))
            crashed = rng.random() < 0.06
            dnf = crashed and rng.random() < 0.5
            laps = int(rng.integers(2, laps_planned)) if dnf else laps_planned
            if crashed and not dnf:
                avg += float(rng.uniform(2, 5))
            results.append([name, int(kart), laps, round(best, 3), round(avg, 3), crashed, dnf])
        finishers = sorted((r for r in results if not r[6]), key=lambda r: r[4])
        for r in results:
            rows.append(
                {
                    "Heat ID": f"H-{heat:04d}",
                    "Date": f"{day:%m/%d/%Y}",
                    "Kart #": r[1],
                    "Driver": r[0],
                    "Age Group": "Junior" if junior else "Adult",
                    "Laps": r[2],
                    "Best Lap (sec)": r[3],
                    "Avg Lap (sec)": "" if r[6] else r[4],
                    "Position": "DNF" if r[6] else finishers.index(r) + 1,
                    "Crashed": "Y" if r[5] else "N",
                    "Ticket Type": "3-Race" if rng.random() < 0.35 + 0.1 * (r[4] < 33) else "Single",
                }
            )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _gk_fastest(df: pd.DataFrame) -> str:
    return str(df.loc[_num(df, "Best Lap (sec)").idxmin(), "Driver"])


def _gk_kart(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: f"Kart {_top(_num(df, col).groupby(_num(df, 'Kart #').astype(int)).mean(), lowest=True)}"


def _gk_crash_share(df: pd.DataFrame) -> list[float]:
    crashed = _flag(df, "Crashed")
    return [float(crashed.mean()), float(crashed.groupby(_text(df, "Heat ID")).any().mean())]


_GK_QS = [
    Q("how many heats were there", _count(lambda df: int(_text(df, "Heat ID").nunique())), ("Heat ID",)),
    Q(
        "what's the fastest lap anyone did and who was it",
        both(_about(lambda df: float(_num(df, "Best Lap (sec)").min()), rel=0.001), _named(_gk_fastest)),
        ("Best Lap (sec)", "Driver"),
    ),
    Q(
        "average best lap for juniors vs adults",
        _about(
            lambda df: _num(df, "Best Lap (sec)").groupby(_text(df, "Age Group")).mean().reindex(["Junior", "Adult"])
        ),
        ("Age Group", "Best Lap (sec)"),
    ),
    Q(
        "how often do people crash",
        either(_share(lambda df: _gk_crash_share(df)[0]), _share(lambda df: _gk_crash_share(df)[1])),
        ("Crashed", "Heat ID", "Driver"),
    ),
    Q(
        "which kart is the fastest",
        either(_lead(_named(_gk_kart("Best Lap (sec)"))), _lead(_named(_gk_kart("Avg Lap (sec)")))),
        ("Kart #", "Best Lap (sec)", "Avg Lap (sec)"),
    ),
    Q(
        "do people on the 3-race ticket finish better than single ticket people",
        _about(lambda df: _num(df, "Position").groupby(_text(df, "Ticket Type")).mean().reindex(["3-Race", "Single"])),
        ("Ticket Type", "Position"),
    ),
]


HELDOUT336 = [
    Dataset("mini_golf_daily_rounds", _golf_frame, _MG_QS),
    Dataset("upick_berry_farm_sales", _berry_frame, _BF_QS),
    Dataset("farmers_market_vendor_fees", _market_frame, _FM_QS),
    Dataset("laser_tag_game_log", _lasertag_frame, _LT_QS),
    Dataset("ewaste_event_dropoffs", _ewaste_frame, _EW_QS),
    Dataset("document_shredding_jobs", _shred_frame, _DS_QS),
    Dataset("gokart_heat_results", _gokart_frame, _GK_QS),
]
