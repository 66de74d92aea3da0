"""HELDOUT355: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a laundromat's weekly machine
collections (every Saturday of 2023 and 2024, one row per machine a week, and one "TOTAL" row at the bottom summing
the money, cycles and days down with Date blank) with Date as "01/07/2023", "Machine #" as "W-03" or "D-07" (14
washers, 10 dryers, repeated every week), Type in upper case (WASHER, DRYER), Size with the unit inside ("40 lb"),
"Coins $" as "$123.25" (quarters), "Card $" as "$45.50" (cards gaining on coins over the two years), "Days Down"
(days out of order that week, mostly 0, blank now and then; a few lemons break far more often) and Cycles (fewer in
weeks a machine was down). A locksmith's call log (2023 and 2024, one row per call) with "Call Time" as
"2024-03-14 21:37", "Call Type" (Lockout, Rekey, Install; now and then upper case), "Auto/Home" (Auto, Home),
Miles (one decimal, blank now and then), "Arrival (min)" (more for longer drives, car lockouts quicker), "Parts $" as
"$34.50" (blank for lockouts), "Labor $" as "$95.00" and "Paid By" (Cash, Card, Check, Venmo). A trampoline park's
jump pass sales (2024, one row per booking) with Date as "3/14/2024", "Time Slot" as "10:00 AM", "Pass (min)" (60,
90, 120), Jumpers, "Grip Socks Sold", "Party Booking" (Y/N), "Waiver on File" (Y, N or blank) and Price as "$96.00"
(per jumper by pass length, more for parties; busier in summer). A shoe repair counter's tickets (2023 and 2024, one
row per item, a ticket with two items on two rows) with Ticket (a number, repeated), "Date In" as "03/14/2023", Item
(Boots, Heels, Dress Shoes, Sneakers, Bag), Work (Resole, Heel, Stitch, Zipper, Stretch), "Promised Date" as the
same format, "Picked Up" (blank while still on the shelf), Price as "$45.00" and Deposit as "$20.00" (0 for none).
A hydroponic lettuce farm's harvest log (2023 and 2024, one row per raft harvested, rafts reused) with "Raft ID" as
"R-041", Variety (Butterhead, Romaine, Green Leaf, Red Oakleaf, Lollo Rosso), Seeded and Harvested as "2024-01-05",
Heads (harvested, culled ones included), Culled, "Avg Head (g)" (one decimal, heavier the longer a raft grows),
Buyer (Green Valley Co-op, Harbor Bistro Group, Saturday Market, FreshWay Grocers) and "Price/Case" as "$28.00". A
tattoo studio's appointment book (2023 and 2024, one row per appointment, returning clients) with Client as "First
Last", Artist (five first names), Date as "2024-03-14", "Hrs Booked" (half hours), "Hrs Worked" (one decimal,
running over more often than not, blank for no-shows), Placement (Forearm, Upper Arm, Back, Ribs, Thigh, Calf, Hand,
Neck), Style ("Color", "Black & Grey", sometimes written "B&G"), Deposit as "$100", Total as "$450.00" (the deposit
alone for no-shows) and "Touch-Up" (Y/N; more for color and hands). And a funeral home's services (2020 to 2024, one
row per case) with "Case #" as "2021-037", "Date of Death" as "03/14/2021", "Service Type" (Burial, Cremation; now
and then upper case; cremation growing each year), "Casket/Urn" (a model name), "Visitation Hrs" (0 to 4), Guests
(blank when there was no service), "Package Price" as "$8,495.00" and "Pre-Need" (Yes/No). All are generated with a
fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _flag
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _pair(a: Callable[[pd.DataFrame], pd.Series], b: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Both groups' means, or both groups' medians."""
    return either(
        _about(lambda df: [float(a(df).mean()), float(b(df).mean())]),
        _about(lambda df: [float(a(df).median()), float(b(df).median())]),
    )


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


# --- 1. Laundromat machine collections -----------------------------------------------------------------------------

# size: price per cycle
_LM_WASHERS = {20: 3.50, 40: 5.75, 60: 8.00}
_LM_DRYERS = {30: 1.75, 45: 2.25}


def _laundromat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35501)
    machines: list[tuple[str, str, int, float, float]] = []
    for i in range(14):
        size = int(_one(rng, list(_LM_WASHERS), [6, 5, 3]))
        machines.append((f"W-{i + 1:02d}", "WASHER", size, _LM_WASHERS[size], 0.0))
    for i in range(10):
        size = int(_one(rng, list(_LM_DRYERS), [6, 4]))
        machines.append((f"D-{i + 1:02d}", "DRYER", size, _LM_DRYERS[size], 0.0))
    lemon = {str(m[0]): (0.35 if m[0] in ("W-09", "D-04") else 0.06) for m in machines}
    rows: list[dict[str, Any]] = []
    weeks = pd.date_range("2023-01-07", "2024-12-28", freq="7D")
    for k, day in enumerate(weeks):
        season = 1.0 + 0.15 * np.cos(2 * np.pi * (day.dayofyear - 20) / 365)
        card_part = 0.25 + 0.3 * k / len(weeks)
        for name, kind, size, price, _ in machines:
            down = int(rng.integers(1, 7)) if rng.random() < lemon[name] else 0
            base = (38 if kind == "WASHER" else 44) * season * (1.1 if size in (20, 30) else 0.9)
            cycles = int(rng.poisson(base * (7 - down) / 7))
            take = cycles * price
            card = round(take * float(np.clip(card_part + rng.normal(0, 0.06), 0, 1)) * 2) / 2
            coins = round((take - card) * 4) / 4
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Machine #": name,
                    "Type": kind,
                    "Size": f"{size} lb",
                    "Coins $": _money(max(coins, 0.0)),
                    "Card $": _money(card),
                    "Days Down": "" if down == 0 and rng.random() < 0.05 else down,
                    "Cycles": cycles,
                }
            )
    frame = pd.DataFrame(rows)
    total = {
        "Date": "",
        "Machine #": "TOTAL",
        "Type": "",
        "Size": "",
        "Coins $": _money(float(frame["Coins $"].str.replace(r"[$,]", "", regex=True).astype(float).sum())),
        "Card $": _money(float(frame["Card $"].str.replace(r"[$,]", "", regex=True).astype(float).sum())),
        "Days Down": int(pd.to_numeric(frame["Days Down"], errors="coerce").fillna(0).sum()),
        "Cycles": int(frame["Cycles"].sum()),
    }
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _lm(df: pd.DataFrame) -> pd.DataFrame:
    """The machine rows (the TOTAL row dropped)."""
    return df[_text(df, "Machine #").str.upper() != "TOTAL"]


def _lm_cycles(kind: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(_lm(df), "Cycles")[_text(_lm(df), "Type").str.upper() == kind]


def _lm_best_coin_month(df: pd.DataFrame) -> pd.Timestamp:
    m = _lm(df)
    month = _date(m, "Date", "%m/%d/%Y").dt.to_period("M")
    return _num(m, "Coins $").groupby(month).sum().idxmax().to_timestamp()


_LM_QS = [
    Q(
        "how much money did we collect altogether, coins and cards",
        _amount(lambda df: float(_num(_lm(df), "Coins $").sum() + _num(_lm(df), "Card $").sum())),
        ("Coins $", "Card $", "Machine #"),
    ),
    Q(
        "how much of that came from card swipes",
        either(
            _amount(lambda df: float(_num(_lm(df), "Card $").sum())),
            _share(
                lambda df: float(
                    _num(_lm(df), "Card $").sum() / (_num(_lm(df), "Coins $").sum() + _num(_lm(df), "Card $").sum())
                )
            ),
        ),
        ("Card $", "Coins $", "Machine #"),
    ),
    Q("how many loads does a washer usually do in a week", _typical(_lm_cycles("WASHER")), ("Cycles", "Type")),
    Q("and the dryers?", _typical(_lm_cycles("DRYER")), ("Cycles", "Type")),
    Q(
        "which machine was broken the most",
        _lead(_named(lambda df: _top(_num(_lm(df), "Days Down").fillna(0).groupby(_text(_lm(df), "Machine #")).sum()))),
        ("Machine #", "Days Down"),
    ),
    Q("what month did we pull in the most quarters", _month_year(_lm_best_coin_month), ("Coins $", "Date")),
]


# --- 2. Locksmith call log -----------------------------------------------------------------------------------------

_LS_TYPES = {"Lockout": (6, 0.0, 85.0), "Rekey": (3, 28.0, 110.0), "Install": (2, 95.0, 140.0)}
_LS_PAID = {"Card": 5, "Cash": 3, "Venmo": 1.5, "Check": 1}


def _locksmith_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35502)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-01-01")
    for _ in range(1850):
        kind = str(_one(rng, list(_LS_TYPES), [w for w, _, _ in _LS_TYPES.values()]))
        auto = kind == "Lockout" and rng.random() < 0.55
        hour = int(_one(rng, list(range(24)), [1, 1, 1, 1, 1, 1, 2, 4, 6, 7, 7, 7, 7, 7, 7, 7, 7, 8, 8, 7, 6, 4, 3, 2]))
        when = start + pd.Timedelta(days=int(rng.integers(731)), hours=hour, minutes=int(rng.integers(60)))
        miles = round(float(rng.gamma(2.2, 4.5)) + 0.5, 1)
        arrive = 8 + 2.1 * miles + rng.normal(0, 6) - (7 if auto else 0)
        parts = 0.0 if kind == "Lockout" else _LS_TYPES[kind][1] * float(rng.uniform(0.6, 2.2))
        labor = _LS_TYPES[kind][2] + (35 if hour >= 20 or hour < 7 else 0) + 5 * int(rng.integers(0, 6))
        rows.append(
            {
                "Call Time": f"{when:%Y-%m-%d %H:%M}",
                "Call Type": kind.upper() if rng.random() < 0.05 else kind,
                "Auto/Home": "Auto" if auto else "Home",
                "Miles": "" if rng.random() < 0.04 else miles,
                "Arrival (min)": int(max(5, round(arrive))),
                "Parts $": "" if kind == "Lockout" else _money(parts),
                "Labor $": _money(labor),
                "Paid By": str(_one(rng, list(_LS_PAID), list(_LS_PAID.values()))),
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Call Time"])
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _ls_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Call Type").str.title()


def _ls_arrival(where: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "Arrival (min)")[_text(df, "Auto/Home") == where]


_LS_QS = [
    Q("how many lockouts did we get", _count(lambda df: int((_ls_type(df) == "Lockout").sum())), ("Call Type",)),
    Q(
        "how long does it usually take us to show up",
        _typical(lambda df: _num(df, "Arrival (min)")),
        ("Arrival (min)",),
    ),
    Q(
        "do we get to car calls faster than house calls",
        _pair(_ls_arrival("Auto"), _ls_arrival("Home")),
        ("Arrival (min)", "Auto/Home"),
    ),
    Q(
        "whats the total we billed, parts and labor",
        _amount(lambda df: float(_num(df, "Parts $").fillna(0).sum() + _num(df, "Labor $").sum())),
        ("Parts $", "Labor $"),
    ),
    Q(
        "what percent of people paid cash",
        _share(lambda df: float((_text(df, "Paid By") == "Cash").mean())),
        ("Paid By",),
    ),
    Q(
        "does driving further mean we show up later",
        _corr(lambda df: _num(df, "Miles"), lambda df: _num(df, "Arrival (min)")),
        ("Miles", "Arrival (min)"),
    ),
]


# --- 3. Trampoline park jump passes --------------------------------------------------------------------------------

_TP_PASSES = {60: (5, 19.0), 90: (3, 24.0), 120: (2, 29.0)}
_TP_SLOTS = ["10:00 AM", "11:30 AM", "1:00 PM", "2:30 PM", "4:00 PM", "5:30 PM", "7:00 PM"]


def _trampoline_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35503)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2024-01-01", "2024-12-31", freq="D")
    for day in days:
        summer = 1 + 0.8 * np.exp(-(((day.dayofyear - 190) / 35) ** 2))
        weekend = 1.8 if day.dayofweek >= 5 else 1.0
        for _ in range(int(rng.poisson(3.2 * summer * weekend))):
            length = int(_one(rng, list(_TP_PASSES), [w for w, _ in _TP_PASSES.values()]))
            party = rng.random() < (0.16 if day.dayofweek >= 5 else 0.05)
            jumpers = int(rng.integers(8, 21)) if party else int(_one(rng, [1, 2, 3, 4, 5, 6], [4, 5, 3, 2, 1, 0.5]))
            socks = int(rng.binomial(jumpers, 0.35))
            per = _TP_PASSES[length][1] + (6 if party else 0)
            waiver = str(_one(rng, ["Y", "N", ""], [90, 7, 3]))
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Time Slot": str(_one(rng, _TP_SLOTS)),
                    "Pass (min)": length,
                    "Jumpers": jumpers,
                    "Grip Socks Sold": socks,
                    "Party Booking": "Y" if party else "N",
                    "Waiver on File": waiver,
                    "Price": _money(per * jumpers + 3 * socks),
                }
            )
    return pd.DataFrame(rows)


def _tp_party(df: pd.DataFrame) -> pd.Series:
    return _flag(df, "Party Booking")


_TP_QS = [
    Q("how many jumpers did we have this year", _count(lambda df: int(_num(df, "Jumpers").sum())), ("Jumpers",)),
    Q(
        "which pass length do people buy most",
        either(
            _lead(_named(lambda df: _top(_num(df, "Pass (min)").astype(int).value_counts()))),
            _lead(_named(lambda df: _top(_num(df, "Jumpers").groupby(_num(df, "Pass (min)").astype(int)).sum()))),
        ),
        ("Pass (min)", "Jumpers"),
    ),
    Q(
        "how many grip socks did we sell in july",
        _count(lambda df: int(_num(df, "Grip Socks Sold")[_date(df, "Date", "%m/%d/%Y").dt.month == 7].sum())),
        ("Grip Socks Sold", "Date"),
    ),
    Q(
        "what percent of bookings are parties",
        _share(lambda df: float(_tp_party(df).mean())),
        ("Party Booking",),
    ),
    Q(
        "do parties spend a lot more than regular bookings",
        _pair(lambda df: _num(df, "Price")[_tp_party(df)], lambda df: _num(df, "Price")[~_tp_party(df)]),
        ("Price", "Party Booking"),
    ),
    Q(
        "how many bookings dont have a waiver",
        either(
            _count(lambda df: int((_text(df, "Waiver on File").str.upper() == "N").sum())),
            _count(lambda df: int((_text(df, "Waiver on File").str.upper() != "Y").sum())),
        ),
        ("Waiver on File",),
    ),
]


# --- 4. Shoe repair counter tickets --------------------------------------------------------------------------------

# work: weight, base price, days promised
_SR_WORK = {"Resole": (4, 65.0, 10), "Heel": (5, 22.0, 4), "Stitch": (3, 18.0, 3), "Zipper": (2, 35.0, 5)}
_SR_WORK |= {"Stretch": (1.2, 15.0, 2)}
_SR_ITEMS = {"Boots": (4, 1.2), "Heels": (3, 0.9), "Dress Shoes": (4, 1.0), "Sneakers": (1.5, 0.8), "Bag": (1.5, 1.1)}


def _shoe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35504)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    days = pd.date_range("2023-01-02", "2024-12-28", freq="D")
    ticket = 4100
    for day in days:
        if day.dayofweek == 6:
            continue
        busy = 2.2 * (1.3 if day.month in (10, 11, 12) else 1.0)
        for _ in range(int(rng.poisson(busy))):
            ticket += 1
            for _ in range(1 if rng.random() < 0.85 else 2):
                item = str(_one(rng, list(_SR_ITEMS), [w for w, _ in _SR_ITEMS.values()]))
                work = "Zipper" if item == "Bag" and rng.random() < 0.5 else None
                if work is None:
                    work = str(_one(rng, list(_SR_WORK), [w for w, _, _ in _SR_WORK.values()]))
                _, base, promised_days = _SR_WORK[work]
                price = round(base * _SR_ITEMS[item][1] * float(rng.uniform(0.9, 1.25)))
                promised = day + pd.Timedelta(days=promised_days)
                picked = promised + pd.Timedelta(days=int(rng.geometric(0.25)) - 3)
                picked = max(picked, day + pd.Timedelta(days=1))
                waiting = picked > end or rng.random() < 0.03
                deposit = 0.0 if rng.random() < 0.6 else float(min(price, 20.0))
                rows.append(
                    {
                        "Ticket": ticket,
                        "Date In": f"{day:%m/%d/%Y}",
                        "Item": item,
                        "Work": work,
                        "Promised Date": f"{promised:%m/%d/%Y}",
                        "Picked Up": "" if waiting else f"{picked:%m/%d/%Y}",
                        "Price": _money(price),
                        "Deposit": _money(deposit) if deposit else "0",
                    }
                )
    return pd.DataFrame(rows)


def _sr_waiting(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Picked Up") == ""


def _sr_late(among_picked: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        picked = _date(df, "Picked Up", "%m/%d/%Y")
        late = picked > _date(df, "Promised Date", "%m/%d/%Y")
        return float(late[picked.notna()].mean() if among_picked else late.mean())

    return value


def _sr_busiest(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Date In", "%m/%d/%Y").dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


_SR_QS = [
    Q(
        "how many tickets are still waiting to be picked up",
        either(
            _count(lambda df: int(_sr_waiting(df).sum())),
            _count(lambda df: int(df.loc[_sr_waiting(df), "Ticket"].nunique())),
        ),
        ("Picked Up", "Ticket"),
    ),
    Q(
        "whats the most common repair",
        _lead(_named(lambda df: _top(_text(df, "Work").value_counts()))),
        ("Work",),
    ),
    Q(
        "how much does a resole usually cost",
        _typical(lambda df: _num(df, "Price")[_text(df, "Work") == "Resole"]),
        ("Price", "Work"),
    ),
    Q(
        "how often do people pick stuff up after the promised date",
        either(_share(_sr_late(True)), _share(_sr_late(False))),
        ("Picked Up", "Promised Date"),
    ),
    Q(
        "how much money is still owed on the stuff nobody picked up",
        _amount(lambda df: float((_num(df, "Price") - _num(df, "Deposit").fillna(0))[_sr_waiting(df)].sum())),
        ("Price", "Deposit", "Picked Up"),
    ),
    Q("which month did we take in the most items", _month_year(_sr_busiest), ("Date In",)),
]


# --- 5. Hydroponic lettuce harvest log -----------------------------------------------------------------------------

# variety: weight, days to harvest, grams at harvest
_HY_VARIETIES = {
    "Butterhead": (5, 38, 165.0),
    "Romaine": (4, 46, 240.0),
    "Green Leaf": (3, 40, 185.0),
    "Red Oakleaf": (2, 43, 170.0),
    "Lollo Rosso": (1.5, 41, 150.0),
}
_HY_BUYERS = {"Green Valley Co-op": 4, "FreshWay Grocers": 5, "Harbor Bistro Group": 2, "Saturday Market": 2.5}


def _hydro_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35505)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2022-11-20", "2024-11-15", freq="D")
    for _ in range(1300):
        variety = str(_one(rng, list(_HY_VARIETIES), [w for w, _, _ in _HY_VARIETIES.values()]))
        _, grow, grams = _HY_VARIETIES[variety]
        seeded = days[int(rng.integers(len(days)))]
        took = round(float(grow + rng.normal(0, 3.5)))
        harvested = seeded + pd.Timedelta(days=took)
        heads = int(_one(rng, [72, 72, 72, 70, 71, 69]))
        culled = int(rng.binomial(heads, 0.03 + 0.05 * (seeded.month in (6, 7, 8))))
        weight = grams * (1 + 0.025 * (took - grow)) + rng.normal(0, 14)
        rows.append(
            {
                "Raft ID": f"R-{int(rng.integers(1, 121)):03d}",
                "Variety": variety,
                "Seeded": f"{seeded:%Y-%m-%d}",
                "Harvested": f"{harvested:%Y-%m-%d}",
                "Heads": heads,
                "Culled": culled,
                "Avg Head (g)": round(float(weight), 1),
                "Buyer": str(_one(rng, list(_HY_BUYERS), list(_HY_BUYERS.values()))),
                "Price/Case": _money(float(_one(rng, [26.0, 28.0, 30.0, 32.0], [2, 3, 2, 1]))),
            }
        )
    frame = pd.DataFrame(rows)
    frame = frame[pd.to_datetime(frame["Harvested"]).dt.year >= 2023]
    order = pd.to_datetime(frame["Harvested"])
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _hy_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Harvested", "%Y-%m-%d") - _date(df, "Seeded", "%Y-%m-%d")).dt.days


def _hy_2024(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Harvested", "%Y-%m-%d").dt.year == 2024


_HY_QS = [
    Q(
        "how many heads did we harvest in 2024",
        either(
            _count(lambda df: int(_num(df, "Heads")[_hy_2024(df)].sum())),
            _count(lambda df: int((_num(df, "Heads") - _num(df, "Culled"))[_hy_2024(df)].sum())),
        ),
        ("Heads", "Culled", "Harvested"),
    ),
    Q(
        "what share of heads get culled",
        either(
            _share(lambda df: float(_num(df, "Culled").sum() / _num(df, "Heads").sum())),
            _share(lambda df: float((_num(df, "Culled") / _num(df, "Heads")).mean())),
        ),
        ("Culled", "Heads"),
    ),
    Q(
        "which variety is quickest from seed to harvest",
        either(
            _lead(_named(lambda df: _top(_hy_days(df).groupby(_text(df, "Variety")).mean(), lowest=True))),
            _lead(_named(lambda df: _top(_hy_days(df).groupby(_text(df, "Variety")).median(), lowest=True))),
        ),
        ("Variety", "Seeded", "Harvested"),
    ),
    Q(
        "how big is a typical romaine head",
        _typical(lambda df: _num(df, "Avg Head (g)")[_text(df, "Variety") == "Romaine"]),
        ("Avg Head (g)", "Variety"),
    ),
    Q(
        "who buys the most lettuce from us",
        either(
            _lead(_named(lambda df: _top(_num(df, "Heads").groupby(_text(df, "Buyer")).sum()))),
            _lead(_named(lambda df: _top(_text(df, "Buyer").value_counts()))),
        ),
        ("Buyer", "Heads"),
    ),
    Q(
        "do heads get heavier when we let them grow longer",
        _corr(_hy_days, lambda df: _num(df, "Avg Head (g)")),
        ("Avg Head (g)", "Seeded", "Harvested"),
    ),
]


# --- 6. Tattoo studio appointment book -----------------------------------------------------------------------------

_TT_ARTISTS = {"Rosa": (1.2, 180.0), "Dante": (1.0, 160.0), "Kenji": (0.8, 200.0), "Mara": (1.0, 150.0)}
_TT_ARTISTS |= {"Vic": (0.6, 140.0)}
_TT_SPOTS = {"Forearm": 5, "Upper Arm": 4, "Back": 2, "Ribs": 1.5, "Thigh": 2, "Calf": 2, "Hand": 1, "Neck": 0.7}


def _tattoo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35506)
    clients = [_person(rng) for _ in range(700)]
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-03", "2024-12-31", freq="D")
    for _ in range(1650):
        artist = str(_one(rng, list(_TT_ARTISTS), [w for w, _ in _TT_ARTISTS.values()]))
        spot = str(_one(rng, list(_TT_SPOTS), list(_TT_SPOTS.values())))
        big = spot in ("Back", "Thigh", "Ribs")
        booked = float(_one(rng, [1, 1.5, 2, 2.5, 3, 4, 5, 6], [3, 3, 4, 3, 3, 2, 1 + big, 1 + 2 * big]))
        color = rng.random() < 0.45
        deposit = 50 if booked <= 2 else 100
        no_show = rng.random() < 0.06
        worked = round(max(0.5, booked + rng.normal(0.25, 0.45)), 1)
        rate = _TT_ARTISTS[artist][1] * (1.1 if color else 1.0)
        touch = rng.random() < (0.12 + 0.12 * color + 0.25 * (spot == "Hand"))
        style = "Color" if color else str(_one(rng, ["Black & Grey", "B&G"], [5, 1]))
        rows.append(
            {
                "Client": str(_one(rng, clients)),
                "Artist": artist,
                "Date": f"{days[int(rng.integers(len(days)))]:%Y-%m-%d}",
                "Hrs Booked": booked,
                "Hrs Worked": "" if no_show else worked,
                "Placement": spot,
                "Style": style,
                "Deposit": f"${deposit}",
                "Total": _money(deposit if no_show else round(rate * worked / 10) * 10),
                "Touch-Up": "N" if no_show else ("Y" if touch else "N"),
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Date", kind="stable").reset_index(drop=True)


def _tt_color(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Style") == "Color"


def _tt_touch(color_only: bool, among_worked: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        sel = pd.Series(True, index=df.index)
        if color_only:
            sel &= _tt_color(df)
        if among_worked:
            sel &= _num(df, "Hrs Worked").notna()
        return float(_flag(df, "Touch-Up")[sel].mean())

    return value


_TT_QS = [
    Q(
        "which artist put in the most hours",
        _lead(_named(lambda df: _top(_num(df, "Hrs Worked").groupby(_text(df, "Artist")).sum()))),
        ("Artist", "Hrs Worked"),
    ),
    Q(
        "on average how much do sessions run over the booked time",
        either(
            _typical(lambda df: (_num(df, "Hrs Worked") - _num(df, "Hrs Booked")).dropna()),
            _typical(lambda df: 60 * (_num(df, "Hrs Worked") - _num(df, "Hrs Booked")).dropna()),
        ),
        ("Hrs Worked", "Hrs Booked"),
    ),
    Q(
        "what share of appointments needed a touch up",
        either(_share(_tt_touch(False, False)), _share(_tt_touch(False, True))),
        ("Touch-Up", "Hrs Worked"),
    ),
    Q(
        "and for color pieces?",
        either(_share(_tt_touch(True, False)), _share(_tt_touch(True, True))),
        ("Touch-Up", "Style", "Hrs Worked"),
    ),
    Q(
        "how much did we make in 2024",
        _amount(lambda df: float(_num(df, "Total")[_date(df, "Date", "%Y-%m-%d").dt.year == 2024].sum())),
        ("Total", "Date"),
    ),
    Q(
        "how many no shows did we have",
        _count(lambda df: int(_num(df, "Hrs Worked").isna().sum())),
        ("Hrs Worked",),
    ),
]


# --- 7. Funeral home services --------------------------------------------------------------------------------------

_FH_CASKETS = {"Oak Heritage": (3, 7995.0), "Silver Mist 18ga": (4, 8495.0), "Cherry Classic": (2, 9895.0)}
_FH_CASKETS |= {"Bronze Eternal": (0.6, 12995.0), "Pine Simple": (1.5, 6495.0)}
_FH_URNS = {"Pewter Urn": (4, 3295.0), "Marble Urn": (2, 3895.0), "Biodegradable Urn": (1.5, 2795.0)}
_FH_URNS |= {"Walnut Keepsake Box": (2.5, 3495.0)}


def _funeral_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35507)
    rows: list[dict[str, Any]] = []
    for year in range(2020, 2025):
        days = pd.date_range(f"{year}-01-01", f"{year}-12-31", freq="D")
        cremation_rate = 0.44 + 0.045 * (year - 2020)
        for n in range(int(rng.integers(215, 255))):
            cremation = rng.random() < cremation_rate
            models = _FH_URNS if cremation else _FH_CASKETS
            model = str(_one(rng, list(models), [w for w, _ in models.values()]))
            hours = int(_one(rng, [0, 1, 2, 3, 4], [3, 3, 3, 1, 0.5] if cremation else [0.5, 2, 4, 3, 1.5]))
            service = hours > 0 or rng.random() < 0.4
            guests = int(max(5, rng.normal(35 + 25 * hours, 25))) if service else None
            pre_need = rng.random() < (0.22 if cremation else 0.35)
            kind = "Cremation" if cremation else "Burial"
            rows.append(
                {
                    "Case #": f"{year}-{n + 1:03d}",
                    "Date of Death": f"{days[int(rng.integers(len(days)))]:%m/%d/%Y}",
                    "Service Type": kind.upper() if rng.random() < 0.05 else kind,
                    "Casket/Urn": model,
                    "Visitation Hrs": hours,
                    "Guests": "" if guests is None else guests,
                    "Package Price": _money(models[model][1] + 450 * hours + 100 * int(rng.integers(0, 8))),
                    "Pre-Need": "Yes" if pre_need else "No",
                }
            )
    return pd.DataFrame(rows)


def _fh_cremation(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Service Type").str.title() == "Cremation"


def _fh_yearly(df: pd.DataFrame) -> list[float]:
    year = _date(df, "Date of Death", "%m/%d/%Y").dt.year
    return [float(x) for x in _fh_cremation(df).groupby(year).mean().sort_index()]


_FH_QS = [
    Q(
        "what share of our services are cremations",
        _share(lambda df: float(_fh_cremation(df).mean())),
        ("Service Type",),
    ),
    Q(
        "how has that changed year by year",
        _shares(_fh_yearly),
        ("Service Type", "Date of Death"),
    ),
    Q(
        "whats the average package price for a burial compared with a cremation",
        _pair(
            lambda df: _num(df, "Package Price")[~_fh_cremation(df)],
            lambda df: _num(df, "Package Price")[_fh_cremation(df)],
        ),
        ("Package Price", "Service Type"),
    ),
    Q("how many people usually come to a service", _typical(lambda df: _num(df, "Guests").dropna()), ("Guests",)),
    Q(
        "what percent of families had it pre-arranged",
        _share(lambda df: float((_text(df, "Pre-Need").str.lower() == "yes").mean())),
        ("Pre-Need",),
    ),
    Q(
        "which casket do we sell the most",
        _lead(_named(lambda df: _top(_text(df, "Casket/Urn")[~_fh_cremation(df)].value_counts()))),
        ("Casket/Urn", "Service Type"),
    ),
]


HELDOUT355 = [
    Dataset("laundromat_machine_collections", _laundromat_frame, _LM_QS),
    Dataset("locksmith_call_log", _locksmith_frame, _LS_QS),
    Dataset("trampoline_park_jump_passes", _trampoline_frame, _TP_QS),
    Dataset("shoe_repair_counter_tickets", _shoe_frame, _SR_QS),
    Dataset("hydroponic_lettuce_harvest_log", _hydro_frame, _HY_QS),
    Dataset("tattoo_studio_appointment_book", _tattoo_frame, _TT_QS),
    Dataset("funeral_home_services", _funeral_frame, _FH_QS),
]
