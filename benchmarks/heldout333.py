"""HELDOUT333: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small seasonal business is likely to bring along: a photo booth
rental company's event log (2023 to 2024, one row per event, sorted by date) with "Event Date" as "06/15/2024",
"Event Type" (Wedding, Corporate, School, now and then lower case), Venue (a hall, barn, hotel or school, repeated),
"Hours Booked" (2 to 6), Package (Basic, Classic, Premium), Price as "$895.00" (package base plus an hourly rate),
Props (Y/N), "Prints Made", "Digital Shares" (blank or "N/A" now and then, when the booth was offline) and
"Travel Fee" (blank inside 25 miles, "$50.00" to "$150.00" beyond); a county fair's pie contest entries (2015 to
2024, one row per entry, bakers returning year after year) with "Fair Year", "Entry #" as "P-2019-014", Baker as
"First Last", "Age Division" ("Junior (12 & under)", "Teen (13-17)", Adult, "Senior (65+)"), "Pie Type" (Apple,
Cherry, Pecan, Pumpkin, Blueberry, Peach, Rhubarb), "Crust Type" (Butter, Lard, Shortening, Graham), scores Crust
(0-25), Filling (0-25), Appearance (0-20), Taste (0-30) and Total (their sum), all blank for scratched entries,
Ribbon (Blue at 85 and over, Red at 75, White at 65, blank below, "SCRATCHED" for scratched entries) and
"Best in Show" (Y/N, one Y a year, for the top total); a marina's fuel dock sales (April to October 2024, one row per
fill-up, boats repeat) with Date as "2024-07-04", Time as "14:32", "Boat Name" (blank now and then), "Fuel Type"
("Gas" or "Diesel", sometimes upper case), Gallons (two decimals), "Price/Gal" and Total as "$5.49" and "$123.45",
"Payment Type" (Visa, MC, Amex, Cash, "Member Acct" for members only), Member (Y/N) and Attendant; a fireworks
stand's register tape (June 20 to July 4 2024, one row per line item, several lines per ticket) with Date as
"06/28/2024", Time as "7:42 PM", Register ("REG 1" to "REG 3"), Cashier, "Trans #" as "T-00012" (repeated across
a ticket's lines), Item in upper case ("BLACK CAT 100 PACK"), Category (Aerials, Fountains, Firecrackers,
Novelties), Units (negative for a few returns), "Unit Price" as "$6.99", "Disc %" (0, 10 or 20), "Line Total" as
"$12.58" ("-$6.99" for a return) and Payment ("CASH" or "CARD", one per ticket); a pumpkin patch's daily admissions
(September 15 to October 31, 2017 to 2024, one row per day) with Date as "9/28/2024", Weekday as "Sat", "Adult
Tickets", "Child Tickets", "Adult Price" and "Child Price" as "$14" (going up over the years), "Hayride Riders",
Weather (Sunny, Cloudy, Rain, Windy; rainouts have zero tickets), "Temp (F)" (blank now and then), "Groups Booked"
and Revenue as "$4,512" (the ticket money); a Christmas tree lot's sales (the 2022 and 2023 seasons, November 25
to December 24, one row per tree) with "Sale Date" as "12/08/2023", "Tree Type" ("Fraser Fir", "Douglas Fir",
"Balsam Fir", "Noble Fir", now and then upper case), Height as "6.5 ft", Price as "$89.00" (a per-foot rate by
type), Netting (Y/N), Delivery (Y/N), "Delivery Fee" ("$25.00" or "$40.00" when delivered, blank otherwise), "Stand
Sold" (Y/N) and Salesperson; and a ski school's lesson bookings (December 2023 to March 2024, one row per booking)
with "Lesson Date" as "2024-01-13", Instructor, "Lesson Type" (Private, Group), "Ability Level" (Beginner,
Intermediate, Advanced), Students (1 to 3 private, 3 to 8 group), Hours (1, 2, 3 or 6), Price as "$189.00", "Age
Group" (Kids, Teens, Adults), Tip as "$20.00" (blank when none, always blank for no-shows) and "No Show" (Y/N).
All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = [
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa",
    "Mark", "Sandra", "Paul", "Donna", "Steven", "Carol", "Kevin", "Sharon", "Brian", "Laura", "Gary", "Amy",
    "Eric", "Julie", "Scott", "Megan", "Ryan", "Heather", "Jacob", "Emma", "Ethan", "Olivia", "Noah", "Ava",
]  # fmt: skip
_LAST = [
    "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Hill",
    "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Parker",
]  # fmt: skip


def _date(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "Y"


def _either_named(*values: Callable[[pd.DataFrame], str], aliases: dict[str, tuple[str, ...]] | None = None) -> Check:
    return either(*(_lead(_named(v, aliases)) for v in values))


def _either_count(*values: Callable[[pd.DataFrame], Any]) -> Check:
    return either(*(_count(v) for v in values))


def _sorted_by(frame: pd.DataFrame, col: str, fmt: str) -> pd.DataFrame:
    order = pd.to_datetime(frame[col], format=fmt)
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


# --- 1. Photo booth rental events ----------------------------------------------------------------------------------

_PB_TYPES = {"Wedding": (5, 4.6), "Corporate": (3, 3.2), "School": (2, 3.4)}
_PB_PACKAGES = {"Basic": (295, 100), "Classic": (395, 125), "Premium": (545, 150)}
_PB_VENUES = [
    "The Grand Barn", "Riverside Hall", "Hilton Garden Inn", "Lakeview Pavilion", "Oak Hill Country Club",
    "St. Mary's Parish Hall", "Marriott Downtown", "Willow Creek Winery", "Lincoln High School",
    "Roosevelt Middle School", "Elks Lodge #214", "The Foundry", "Cedar Ridge Farm", "Convention Center Hall B",
]  # fmt: skip


def _photo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33301)
    days = pd.date_range("2023-01-01", "2024-12-31")
    season = np.where(days.month.isin([5, 6, 9, 10]), 2.2, np.where(days.month.isin([7, 8, 12]), 1.6, 0.7))
    weights = season * np.where(days.dayofweek >= 4, 4.0, 1.0) * np.where(days.year == 2024, 1.25, 1.0)
    rows: list[dict[str, Any]] = []
    for _ in range(640):
        day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        kind = str(_one(rng, list(_PB_TYPES), [v[0] for v in _PB_TYPES.values()]))
        hours = int(np.clip(round(rng.normal(_PB_TYPES[kind][1], 0.9)), 2, 6))
        package = str(_one(rng, list(_PB_PACKAGES), [3, 5, 3] if kind == "Wedding" else [5, 4, 1]))
        base, hourly = _PB_PACKAGES[package]
        far = rng.random() < 0.3
        prints = int(max(20, rng.normal(55 * hours * (1.2 if package == "Premium" else 1.0), 35)))
        shares = int(max(0, prints * float(rng.uniform(0.4, 1.3))))
        roll = rng.random()
        rows.append(
            {
                "Event Date": f"{day:%m/%d/%Y}",
                "Event Type": kind.lower() if rng.random() < 0.07 else kind,
                "Venue": str(_one(rng, _PB_VENUES)),
                "Hours Booked": hours,
                "Package": package,
                "Price": f"${base + hourly * hours:.2f}",
                "Props": "Y" if rng.random() < {"Wedding": 0.8, "Corporate": 0.45, "School": 0.65}[kind] else "N",
                "Prints Made": prints,
                "Digital Shares": "" if roll < 0.06 else ("N/A" if roll < 0.09 else shares),
                "Travel Fee": f"${int(_one(rng, [50, 75, 100, 150])):.2f}" if far else "",
            }
        )
    return _sorted_by(pd.DataFrame(rows), "Event Date", "%m/%d/%Y")


def _pb_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Event Type").str.title()


_PB_PLURALS = {"Wedding": ("Weddings",), "Corporate": ("Corporate events",), "School": ("Schools", "School events")}

_PB_QS = [
    Q(
        "how many events did we do in 2024",
        _count(lambda df: int((_date(df, "Event Date", "%m/%d/%Y").dt.year == 2024).sum())),
        ("Event Date",),
    ),
    Q(
        "which kind of event books the most hours on average",
        _lead(_named(lambda df: _top(_num(df, "Hours Booked").groupby(_pb_type(df)).mean()), _PB_PLURALS)),
        ("Event Type", "Hours Booked"),
    ),
    Q(
        "what does a wedding usually cost",
        _typical(lambda df: _num(df, "Price")[_pb_type(df) == "Wedding"]),
        ("Event Type", "Price"),
    ),
    Q("what percent of events had props", _share(lambda df: float(_flag(df, "Props").mean())), ("Props",)),
    Q(
        "and for school events?",
        _share(lambda df: float(_flag(df, "Props")[_pb_type(df) == "School"].mean())),
        ("Props", "Event Type"),
    ),
    Q(
        "how many events are missing the digital shares number",
        _count(lambda df: int(_num(df, "Digital Shares").isna().sum())),
        ("Digital Shares",),
    ),
]


# --- 2. County fair pie contest ------------------------------------------------------------------------------------

_PC_DIVISIONS = {"Junior (12 & under)": (1.2, -6), "Teen (13-17)": (1.2, -3), "Adult": (4, 0), "Senior (65+)": (2, 3)}
_PC_PIES = {"Apple": (5, 0), "Cherry": (3, 1), "Pecan": (2, 3), "Pumpkin": (2, -1), "Blueberry": (2, 0)}
_PC_PIES |= {"Peach": (1.5, 1), "Rhubarb": (1, -2)}


def _pie_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33302)
    bakers = []
    for _ in range(150):
        name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        division = str(_one(rng, list(_PC_DIVISIONS), [v[0] for v in _PC_DIVISIONS.values()]))
        bakers.append((name, division, float(rng.normal(0, 4)), float(rng.uniform(0.2, 0.9))))
    rows: list[dict[str, Any]] = []
    for year in range(2015, 2025):
        entries: list[dict[str, Any]] = []
        n = 0
        for name, division, skill, loyalty in bakers:
            if rng.random() > loyalty * 0.5:
                continue
            for _ in range(int(_one(rng, [1, 2, 3], [6, 3, 1]))):
                n += 1
                pie = str(_one(rng, list(_PC_PIES), [v[0] for v in _PC_PIES.values()]))
                level = 75 + skill + _PC_DIVISIONS[division][1] + _PC_PIES[pie][1] + float(rng.normal(0, 5))
                crust = int(np.clip(round(level / 100 * 25 + rng.normal(0, 1.5)), 5, 25))
                fill = int(np.clip(round(level / 100 * 25 + rng.normal(0, 1.5)), 5, 25))
                look = int(np.clip(round(level / 100 * 20 + rng.normal(0, 1.8)), 4, 20))
                taste = int(np.clip(round(level / 100 * 30 + 0.4 * (look - 15) + rng.normal(0, 2)), 6, 30))
                total = crust + fill + look + taste
                scratched = rng.random() < 0.04
                ribbon = "Blue" if total >= 85 else "Red" if total >= 75 else "White" if total >= 65 else ""
                entries.append(
                    {
                        "Fair Year": year,
                        "Entry #": f"P-{year}-{n:03d}",
                        "Baker": name,
                        "Age Division": division,
                        "Pie Type": pie,
                        "Crust Type": str(_one(rng, ["Butter", "Lard", "Shortening", "Graham"], [5, 2, 3, 1])),
                        "Crust": "" if scratched else crust,
                        "Filling": "" if scratched else fill,
                        "Appearance": "" if scratched else look,
                        "Taste": "" if scratched else taste,
                        "Total": "" if scratched else total,
                        "Ribbon": "SCRATCHED" if scratched else ribbon,
                        "Best in Show": "N",
                        "_score": -1 if scratched else total + float(rng.random()),
                    }
                )
        best = max(range(len(entries)), key=lambda i: entries[i]["_score"])
        entries[best]["Best in Show"] = "Y"
        rows.extend(entries)
    return pd.DataFrame(rows).drop(columns="_score")


def _pc_taste(division: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Taste")[_text(df, "Age Division") == division].mean())


def _pc_best(df: pd.DataFrame) -> str:
    hit = df[(_num(df, "Fair Year") == 2022) & _flag(df, "Best in Show")]
    return str(hit["Baker"].iloc[0])


_PC_QS = [
    Q(
        "how many pies were entered altogether",
        _either_count(lambda df: len(df), lambda df: int((_text(df, "Ribbon").str.upper() != "SCRATCHED").sum())),
        ("Entry #",),
    ),
    Q(
        "which kind of pie scores best on average",
        _lead(_named(lambda df: _top(_num(df, "Total").groupby(_text(df, "Pie Type")).mean()))),
        ("Pie Type", "Total"),
    ),
    Q("average taste score for the juniors", _about(_pc_taste("Junior (12 & under)")), ("Taste", "Age Division")),
    Q("and the seniors?", _about(_pc_taste("Senior (65+)")), ("Taste", "Age Division")),
    Q(
        "how many blue ribbons went to apple pies",
        _count(lambda df: int(((_text(df, "Ribbon") == "Blue") & (_text(df, "Pie Type") == "Apple")).sum())),
        ("Ribbon", "Pie Type"),
    ),
    Q("who won best in show in 2022", _named(_pc_best), ("Baker", "Best in Show", "Fair Year", "Entry #")),
]


# --- 3. Marina fuel dock sales -------------------------------------------------------------------------------------

_MF_ATTENDANTS = ["Jake", "Brittany", "Tyler", "Hannah", "Cody"]
_MF_BOATS = [
    "Reel Therapy", "Knot On Call", "Sea Esta", "Aquaholic", "Seas the Day", "Liquid Asset", "Wet Dream",
    "Miss Behavin", "Nauti Buoy", "Fin Addict", "Sail La Vie", "Blue Heron", "Second Wind", "Lady Jane",
    "Island Time", "Pura Vida", "Dock Holiday", "Serenity", "Osprey", "Windsong", "Happy Hour", "Pelican",
    "Sunset Chaser", "Tide Me Over", "Current Affair", "Bow Movement", "Cirrus", "Maverick", "Andiamo", "Tranquility",
]  # fmt: skip


def _marina_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33303)
    boats = []
    for i in range(160):
        base = _MF_BOATS[i % len(_MF_BOATS)]
        name = base if i < len(_MF_BOATS) else f"{base} {['II', 'III', 'IV', 'Too', 'V'][i // len(_MF_BOATS) - 1]}"
        diesel = rng.random() < 0.28
        member = rng.random() < 0.45
        tank = float(rng.uniform(80, 300) if diesel else rng.uniform(20, 120))
        boats.append((name, diesel, member, tank, float(rng.gamma(2, 1))))
    pull = np.array([b[4] for b in boats])
    days = pd.date_range("2024-04-15", "2024-10-15")
    busy = np.array([{4: 0.3, 5: 0.8, 6: 1.4, 7: 1.8, 8: 1.5, 9: 0.8, 10: 0.4}[m] for m in days.month])
    busy = busy * np.where(days.dayofweek >= 5, 2.2, 1.0)
    rows: list[dict[str, Any]] = []
    for _ in range(2600):
        day = days[int(rng.choice(len(days), p=busy / busy.sum()))]
        name, diesel, member, tank, _ = boats[int(rng.choice(len(boats), p=pull / pull.sum()))]
        gallons = round(tank * float(rng.uniform(0.15, 0.9)), 2)
        month_bump = 0.15 if day.month in (6, 7, 8) else 0.0
        ppg = (5.19 if diesel else 5.49) + month_bump - (0.20 if member else 0.0)
        pay = (
            "Member Acct"
            if member and rng.random() < 0.5
            else str(_one(rng, ["Visa", "MC", "Amex", "Cash"], [5, 3, 1, 2]))
        )
        fuel = "Diesel" if diesel else "Gas"
        minute = int(rng.integers(7 * 60, 19 * 60))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Time": f"{minute // 60:02d}:{minute % 60:02d}",
                "Boat Name": "" if rng.random() < 0.03 else name,
                "Fuel Type": fuel.upper() if rng.random() < 0.08 else fuel,
                "Gallons": gallons,
                "Price/Gal": f"${ppg:.2f}",
                "Total": f"${gallons * ppg:.2f}",
                "Payment Type": pay,
                "Member": "Y" if member else "N",
                "Attendant": str(_one(rng, _MF_ATTENDANTS, [4, 3, 3, 2, 1])),
            }
        )
    frame = pd.DataFrame(rows)
    order = frame["Date"] + " " + frame["Time"]
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _mf_fuel(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Fuel Type").str.title()


def _mf_money(fuel: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Total")[_mf_fuel(df) == fuel].sum())


def _mf_member_gallons(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        by = _num(df, "Gallons").groupby(_flag(df, "Member"))
        agg = by.mean() if how == "mean" else by.median()
        return [float(agg[True]), float(agg[False])]

    return value


def _mf_busiest(what: str | None) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        month = _date(df, "Date", "%Y-%m-%d").dt.to_period("M")
        totals = month.value_counts() if what is None else _num(df, what).groupby(month).sum()
        return totals.sort_index().idxmax().to_timestamp()

    return value


_MF_QS = [
    Q("how many gallons did we pump this season", _amount(lambda df: float(_num(df, "Gallons").sum())), ("Gallons",)),
    Q("how much money did diesel bring in", _amount(_mf_money("Diesel")), ("Fuel Type", "Total")),
    Q("and gas?", _amount(_mf_money("Gas")), ("Fuel Type", "Total")),
    Q(
        "do members fill up bigger than non-members",
        either(_about(_mf_member_gallons("mean")), _about(_mf_member_gallons("median"))),
        ("Member", "Gallons"),
    ),
    Q(
        "what share of sales were paid in cash",
        either(
            _share(lambda df: float((_text(df, "Payment Type").str.title() == "Cash").mean())),
            _share(
                lambda df: float(_num(df, "Total")[_text(df, "Payment Type") == "Cash"].sum() / _num(df, "Total").sum())
            ),
        ),
        ("Payment Type", "Total"),
    ),
    Q(
        "which month was the busiest",
        either(_month_year(_mf_busiest(None)), _month_year(_mf_busiest("Gallons")), _month_year(_mf_busiest("Total"))),
        ("Date", "Gallons", "Total"),
    ),
]


# --- 4. Fireworks stand register tape ------------------------------------------------------------------------------

_FW_ITEMS: dict[str, tuple[str, float, float]] = {
    "500G CAKE - THUNDER ROAD": ("Aerials", 89.99, 1.2),
    "200G CAKE - NEON NIGHTS": ("Aerials", 39.99, 2.5),
    "MORTAR KIT 24 SHELL": ("Aerials", 69.99, 1.4),
    "ROMAN CANDLE 10 BALL": ("Aerials", 4.99, 3.0),
    "CRACKLING CONE": ("Fountains", 3.99, 3.0),
    "VOLCANO FOUNTAIN": ("Fountains", 12.99, 2.0),
    "SILVER JET": ("Fountains", 7.99, 1.8),
    "BLACK CAT 100 PACK": ("Firecrackers", 6.99, 3.5),
    "LADY FINGER 16CT": ("Firecrackers", 1.99, 2.0),
    "FIRECRACKER BRICK": ("Firecrackers", 24.99, 1.0),
    "SPARKLERS 10IN 12PK": ("Novelties", 3.49, 5.0),
    "SNAKES": ("Novelties", 1.49, 2.5),
    "SMOKE BALLS 12PK": ("Novelties", 4.99, 2.0),
    "POPPERS 50CT": ("Novelties", 2.49, 3.0),
}
_FW_CASHIERS = {"REG 1": ["Denise", "Travis"], "REG 2": ["Kayla", "Marcus"], "REG 3": ["Jo"]}


def _fireworks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33304)
    days = pd.date_range("2024-06-20", "2024-07-04")
    weights = np.array([1.0] * 9 + [1.6, 2.2, 3.0, 4.2, 6.0, 4.8])
    names = list(_FW_ITEMS)
    pop = np.array([v[2] for v in _FW_ITEMS.values()])
    rows: list[dict[str, Any]] = []
    ticket = 0
    while len(rows) < 3000:
        ticket += 1
        day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        register = str(_one(rng, list(_FW_CASHIERS), [3, 2, 1]))
        cashier = str(_one(rng, _FW_CASHIERS[register]))
        minute = int(rng.integers(10 * 60, 22 * 60))
        pay = "CASH" if rng.random() < 0.42 else "CARD"
        disc = int(_one(rng, [0, 10, 20], [8, 2, 1]))
        for item in rng.choice(names, size=int(rng.integers(1, 6)), replace=False, p=pop / pop.sum()):
            cat, price, _ = _FW_ITEMS[str(item)]
            units = int(rng.geometric(0.55 if price > 20 else 0.3))
            if rng.random() < 0.012:
                units = -1
            line_disc = disc if cat == "Aerials" or disc == 0 or rng.random() < 0.5 else 0
            total = round(units * price * (1 - line_disc / 100), 2)
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Time": f"{(minute // 60 - 1) % 12 + 1}:{minute % 60:02d} {'PM' if minute >= 720 else 'AM'}",
                    "Register": register,
                    "Cashier": cashier,
                    "Trans #": f"T-{ticket:05d}",
                    "Item": str(item),
                    "Category": cat,
                    "Units": units,
                    "Unit Price": f"${price:.2f}",
                    "Disc %": line_disc,
                    "Line Total": f"-${-total:.2f}" if total < 0 else f"${total:.2f}",
                    "Payment": pay,
                }
            )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Date"] + " " + frame["Time"], format="%m/%d/%Y %I:%M %p")
    frame = frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)
    numbers = {t: f"T-{i + 1:05d}" for i, t in enumerate(frame["Trans #"].unique())}
    return frame.assign(**{"Trans #": frame["Trans #"].map(numbers)})


def _fw_total(df: pd.DataFrame) -> pd.Series:
    text = _text(df, "Line Total")
    return pd.to_numeric(text.str.replace(r"[$,]", "", regex=True), errors="coerce")


def _fw_top_category(by: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        amount = _fw_total(df) if by == "money" else _num(df, "Units")
        return _top(amount.groupby(_text(df, "Category")).sum())

    return value


def _fw_top_item(cat_by: str, by: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        keep = _text(df, "Category") == _fw_top_category(cat_by)(df)
        amount = _fw_total(df) if by == "money" else _num(df, "Units")
        return _top(amount[keep].groupby(_text(df, "Item")[keep]).sum())

    return value


def _fw_best_day(by: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        day = _date(df, "Date", "%m/%d/%Y")
        totals = _fw_total(df).groupby(day).sum() if by == "money" else df["Trans #"].groupby(day).nunique()
        return totals.sort_index().idxmax()

    return value


def _fw_card_shares(df: pd.DataFrame) -> list[float]:
    card = _text(df, "Payment").str.upper() == "CARD"
    tickets = df.assign(_card=card).groupby("Trans #")["_card"].first()
    return [float(tickets.mean()), float(card.mean()), float(_fw_total(df)[card].sum() / _fw_total(df).sum())]


def _fw_aerial_discount(df: pd.DataFrame) -> list[float]:
    disc = _num(df, "Disc %")[_text(df, "Category") == "Aerials"]
    return [float(disc.mean()), float(disc[disc > 0].mean())]


_FW_QS = [
    Q(
        "how much did we take in altogether",
        either(
            _amount(lambda df: float(_fw_total(df).sum())),
            _amount(lambda df: float(_fw_total(df)[_fw_total(df) > 0].sum())),
        ),
        ("Line Total",),
    ),
    Q(
        "which category sells best",
        _either_named(_fw_top_category("money"), _fw_top_category("units")),
        ("Category", "Line Total", "Units"),
    ),
    Q(
        "what's the top seller in that category",
        _either_named(*(_fw_top_item(c, b) for c in ("money", "units") for b in ("money", "units"))),
        ("Item", "Category", "Line Total", "Units"),
    ),
    Q(
        "what was our biggest day",
        either(_day(_fw_best_day("money")), _day(_fw_best_day("tickets"))),
        ("Date", "Line Total", "Trans #"),
    ),
    Q(
        "what share of sales were on card",
        either(*(_share(lambda df, i=i: _fw_card_shares(df)[i]) for i in range(3))),
        ("Payment", "Trans #", "Line Total"),
    ),
    Q(
        "average discount on aerials",
        either(*(_about(lambda df, i=i: _fw_aerial_discount(df)[i]) for i in range(2))),
        ("Disc %", "Category"),
    ),
]


# --- 5. Pumpkin patch daily admissions -----------------------------------------------------------------------------

_PP_YEARS = {2017: 0.78, 2018: 0.84, 2019: 0.92, 2020: 0.66, 2021: 1.0, 2022: 1.05, 2023: 1.12, 2024: 1.2}


def _pumpkin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33305)
    rows: list[dict[str, Any]] = []
    for year, size in _PP_YEARS.items():
        adult_price, child_price = 10 + (year - 2017) // 2, 7 + (year - 2017) // 3
        for day in pd.date_range(f"{year}-09-15", f"{year}-10-31"):
            weather = str(_one(rng, ["Sunny", "Cloudy", "Rain", "Windy"], [5, 3, 1.5, 1]))
            temp = float(np.clip(rng.normal(74 - 0.45 * (day.dayofyear - 258), 7), 35, 92))
            weekend = day.dayofweek >= 5
            peak = 1.0 + 0.8 * np.exp(-(((day.dayofyear - 285) / 12) ** 2))
            mood = {"Sunny": 1.1, "Cloudy": 0.95, "Rain": 0.45, "Windy": 0.8}[weather]
            mood *= float(np.clip(1 - abs(temp - 66) / 60, 0.5, 1.0))
            base = (520 if weekend else 90) * size * peak * mood
            closed = weather == "Rain" and rng.random() < 0.3
            adults = 0 if closed else int(rng.poisson(base * 0.45))
            kids = 0 if closed else int(rng.poisson(base * 0.55))
            groups = 0 if closed or weekend else int(rng.poisson(1.2 if day.month == 10 else 0.6))
            kids += groups * int(rng.integers(15, 40))
            riders = 0 if closed else int((adults + kids) * float(rng.uniform(0.45, 0.7)))
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{year}",
                    "Weekday": f"{day:%a}",
                    "Adult Tickets": adults,
                    "Child Tickets": kids,
                    "Adult Price": f"${adult_price}",
                    "Child Price": f"${child_price}",
                    "Hayride Riders": riders,
                    "Weather": weather,
                    "Temp (F)": "" if rng.random() < 0.05 else round(temp),
                    "Groups Booked": groups,
                    "Revenue": f"${adults * adult_price + kids * child_price:,}",
                }
            )
    return pd.DataFrame(rows)


def _pp_visitors(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Adult Tickets") + _num(df, "Child Tickets")


def _pp_dates(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y")


def _pp_best_year(df: pd.DataFrame) -> int:
    return int(_top(_pp_visitors(df).groupby(_pp_dates(df).dt.year).sum()))


def _pp_best_day(by: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        keep = _pp_dates(df).dt.year == _pp_best_year(df)
        amount = _pp_visitors(df) if by == "people" else _num(df, "Revenue")
        return _pp_dates(df)[amount[keep].idxmax()]

    return value


def _pp_weather_revenue(open_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        keep = _pp_visitors(df) > 0 if open_only else pd.Series(True, index=df.index)
        by = _num(df, "Revenue")[keep].groupby(_text(df, "Weather")[keep]).mean()
        return [float(by["Rain"]), float(by["Sunny"])]

    return value


_PP_QS = [
    Q(
        "how many people came through the gate in total",
        _amount(lambda df: float(_pp_visitors(df).sum())),
        ("Adult Tickets", "Child Tickets"),
    ),
    Q(
        "which year had the most visitors",
        _lead(_year(_pp_best_year)),
        ("Date", "Adult Tickets", "Child Tickets"),
    ),
    Q(
        "what was the busiest day that year",
        either(_day(_pp_best_day("people")), _day(_pp_best_day("money"))),
        ("Date", "Adult Tickets", "Child Tickets", "Revenue"),
    ),
    Q(
        "how much do we make on a rainy day vs a sunny one",
        either(_about(_pp_weather_revenue(False)), _about(_pp_weather_revenue(True))),
        ("Weather", "Revenue"),
    ),
    Q(
        "does the temperature affect how many people show up",
        _corr(lambda d: _num(d, "Temp (F)"), _pp_visitors),
        ("Temp (F)", "Adult Tickets", "Child Tickets"),
    ),
    Q(
        "how many days had more than 500 people on the hayride",
        _count(lambda df: int((_num(df, "Hayride Riders") > 500).sum())),
        ("Hayride Riders",),
    ),
]


# --- 6. Christmas tree lot sales -----------------------------------------------------------------------------------

_CT_TYPES = {"Fraser Fir": (4, 13.0), "Douglas Fir": (3, 9.0), "Balsam Fir": (2, 10.0), "Noble Fir": (1.5, 15.0)}
_CT_STAFF = {"Mike": 5, "Tina": 4, "Gabe": 3, "Rosa": 2.5, "Luke": 1.5}


def _trees_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33306)
    rows: list[dict[str, Any]] = []
    for year, n in ((2022, 820), (2023, 900)):
        days = pd.date_range(f"{year}-11-25", f"{year}-12-24")
        weights = np.where(days.dayofweek >= 5, 3.0, 1.0) * np.where(days.day < 15, 1.5, 0.8)
        for _ in range(n):
            day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
            kind = str(_one(rng, list(_CT_TYPES), [v[0] for v in _CT_TYPES.values()]))
            height = float(_one(rng, [5, 5.5, 6, 6.5, 7, 7.5, 8, 9, 10, 12], [2, 3, 6, 7, 8, 6, 4, 2, 1, 0.5]))
            rate = _CT_TYPES[kind][1] + (1.0 if year == 2023 else 0.0)
            price = round(height * rate * float(rng.uniform(0.92, 1.08)))
            delivery = rng.random() < (0.12 + 0.03 * (height - 6))
            rows.append(
                {
                    "Sale Date": f"{day:%m/%d/%Y}",
                    "Tree Type": kind.upper() if rng.random() < 0.06 else kind,
                    "Height": f"{height:g} ft",
                    "Price": f"${price:.2f}",
                    "Netting": "Y" if rng.random() < 0.7 else "N",
                    "Delivery": "Y" if delivery else "N",
                    "Delivery Fee": (f"${40 if height >= 9 else 25:.2f}" if delivery else ""),
                    "Stand Sold": "Y" if rng.random() < 0.22 else "N",
                    "Salesperson": str(_one(rng, list(_CT_STAFF), list(_CT_STAFF.values()))),
                }
            )
    return _sorted_by(pd.DataFrame(rows), "Sale Date", "%m/%d/%Y")


def _ct_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Tree Type").str.title()


def _ct_height(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Height").str.replace("ft", "").str.strip(), errors="coerce")


_CT_QS = [
    Q(
        "how many trees did we sell last season",
        _count(lambda df: int((_date(df, "Sale Date", "%m/%d/%Y").dt.year == 2023).sum())),
        ("Sale Date",),
    ),
    Q(
        "average price for each kind of tree",
        _about(lambda df: _num(df, "Price").groupby(_ct_type(df)).mean().to_numpy()),
        ("Tree Type", "Price"),
    ),
    Q("what percent of buyers got it delivered", _share(lambda df: float(_flag(df, "Delivery").mean())), ("Delivery",)),
    Q(
        "how much did we make on those delivery fees",
        _amount(lambda df: float(_num(df, "Delivery Fee").sum())),
        ("Delivery Fee", "Delivery"),
    ),
    Q(
        "who sold the most trees",
        _lead(_named(lambda df: _top(_text(df, "Salesperson").value_counts()))),
        ("Salesperson",),
    ),
    Q(
        "how closely does tree height go with price",
        _corr(_ct_height, lambda d: _num(d, "Price")),
        ("Height", "Price"),
    ),
]


# --- 7. Ski school lesson bookings ---------------------------------------------------------------------------------

_SK_INSTRUCTORS = {
    "Anna Lindqvist": 3, "Ben Okafor": 2.5, "Chris Doyle": 2, "Dana Reyes": 2, "Erik Holm": 1.8, "Fiona Walsh": 1.5,
    "Greg Tanaka": 1.5, "Holly Brandt": 1.2, "Ivan Petrov": 1, "Jess Morgan": 0.8,
}  # fmt: skip
_SK_AGES = ["Kids", "Teens", "Adults"]


def _ski_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33307)
    days = pd.date_range("2023-12-09", "2024-03-31")
    weights = np.where(days.dayofweek >= 5, 3.0, 1.0) * np.where(
        (days.month == 12) & (days.day >= 26) | (days.month == 2) & (days.day.isin(range(17, 26))), 2.5, 1.0
    )
    rows: list[dict[str, Any]] = []
    for _ in range(2200):
        day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        age = str(_one(rng, _SK_AGES, [5, 2, 4]))
        private = rng.random() < {"Kids": 0.3, "Teens": 0.35, "Adults": 0.55}[age]
        hours = int(_one(rng, [1, 2, 3, 6], [3, 4, 2, 1] if private else [0, 5, 3, 2]))
        students = int(_one(rng, [1, 2, 3], [7, 2, 1])) if private else int(rng.integers(3, 9))
        price = (99 * hours + 30 * (students - 1)) if private else 59 * hours * students
        no_show = rng.random() < (0.06 if private else 0.03)
        tipped = not no_show and rng.random() < (0.62 if private else 0.3)
        tip = round(float(rng.uniform(0.1, 0.22)) * price / (1 if private else students) / 5) * 5 if tipped else 0
        rows.append(
            {
                "Lesson Date": f"{day:%Y-%m-%d}",
                "Instructor": str(_one(rng, list(_SK_INSTRUCTORS), list(_SK_INSTRUCTORS.values()))),
                "Lesson Type": "Private" if private else "Group",
                "Ability Level": str(_one(rng, ["Beginner", "Intermediate", "Advanced"], [5, 3, 1])),
                "Students": students,
                "Hours": hours,
                "Price": f"${price:.2f}",
                "Age Group": age,
                "Tip": f"${max(tip, 5):.2f}" if tipped else "",
                "No Show": "Y" if no_show else "N",
            }
        )
    return _sorted_by(pd.DataFrame(rows), "Lesson Date", "%Y-%m-%d")


def _sk_tips(kind: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        mine = _text(df, "Lesson Type") == kind
        tip = _num(df, "Tip")
        shown = mine & ~_flag(df, "No Show")
        return [float(tip[mine].mean()), float(tip[shown].fillna(0).mean()), float(tip[mine].fillna(0).mean())]

    return value


def _sk_top(shown_only: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        keep = ~_flag(df, "No Show") if shown_only else pd.Series(True, index=df.index)
        return _top(_num(df, "Hours")[keep].groupby(_text(df, "Instructor")[keep]).sum())

    return value


def _sk_feb(shown_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        keep = _date(df, "Lesson Date", "%Y-%m-%d").dt.month == 2
        if shown_only:
            keep &= ~_flag(df, "No Show")
        return float(_num(df, "Students")[keep].sum())

    return value


_SK_QS = [
    Q("how many lessons were no-shows", _count(lambda df: int(_flag(df, "No Show").sum())), ("No Show",)),
    Q(
        "which instructor taught the most hours",
        _either_named(_sk_top(False), _sk_top(True)),
        ("Instructor", "Hours", "No Show"),
    ),
    Q(
        "what's the average tip on a private lesson",
        either(*(_about(lambda df, i=i: _sk_tips("Private")(df)[i]) for i in range(3))),
        ("Tip", "Lesson Type", "No Show"),
    ),
    Q(
        "and on group lessons?",
        either(*(_about(lambda df, i=i: _sk_tips("Group")(df)[i]) for i in range(3))),
        ("Tip", "Lesson Type", "No Show"),
    ),
    Q(
        "how many students did we teach in february",
        _either_count(_sk_feb(True), _sk_feb(False)),
        ("Lesson Date", "Students", "No Show"),
    ),
    Q(
        "what share of kids lessons are private",
        _share(lambda df: float((_text(df, "Lesson Type") == "Private")[_text(df, "Age Group") == "Kids"].mean())),
        ("Lesson Type", "Age Group"),
    ),
]


HELDOUT333 = [
    Dataset("photo_booth_events", _photo_frame, _PB_QS),
    Dataset("county_fair_pie_contest", _pie_frame, _PC_QS),
    Dataset("marina_fuel_dock_sales", _marina_frame, _MF_QS),
    Dataset("fireworks_stand_register_tape", _fireworks_frame, _FW_QS),
    Dataset("pumpkin_patch_admissions", _pumpkin_frame, _PP_QS),
    Dataset("christmas_tree_lot_sales", _trees_frame, _CT_QS),
    Dataset("ski_school_lessons", _ski_frame, _SK_QS),
]
