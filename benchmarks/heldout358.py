"""HELDOUT358: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a courier's same-day deliveries
(2024, one row per job) with "Job ID" as "SD-240314-07" (date and the day's job number), "Pickup Time" and "Drop
Time" as "2024-03-14 09:42" (drop blank for the few failed jobs), Miles, Zone ("Zone 1" to "Zone 4", the outer zones
longer), Vehicle (Bike, Car, Van; now and then upper case; bikes only on short light jobs), "Weight (lbs)", Rush and
"Signature Obtained" (Y/N; signature blank now and then) and Charge as "$24.50" (by vehicle, miles, weight and
rush). A quarry's scale tickets (2023 and 2024, one row per load) with "Ticket No" (a running number), Date as
"03/14/2024", Truck as "T-07" for our own trucks or a customer plate like "TX 4KD-221", Customer (contractors, with
"CASH SALE" for walk-ins and now and then trailing spaces), Product in upper case (#57 STONE, CRUSHER RUN, RIP RAP,
#8 STONE, SCREENINGS), "Gross Tons", "Tare Tons" and "Net Tons" (gross less tare, two decimals), "Price/Ton" as
"$18.50" (by product, 75 cents off for the two biggest accounts, a dollar more in 2024) and "Hauled By Us" (Y/N; Y
on our own trucks). A vet clinic's monthly vaccine clinic days (2023 and 2024, one row per pet) with "Clinic Date"
as "3/11/2023", "Pet Name", Species (Dog, Cat; now and then lower case), "Age (months)" (blank now and then),
"Vaccines Given" as "DHPP; Rabies; Bordetella" for dogs or "FVRCP; Rabies; FeLV" for cats, Rabies and Microchip
(Yes/No; Rabies agrees with the vaccine list), Fee as "$45.00" (by the shots and the chip), Paid (Cash, Card) and
Reaction ("None", which reads back as a blank, "Mild swelling", "Lethargy", "Vomiting"; more shots, more reactions).
An escape room's bookings (2024, one row per booking) with "Booking #" (a running number), Room (The Heist, Asylum,
Pharaoh's Tomb, Submarine, Wizard's Study; rooms differ in difficulty), Date as "2024-03-14", Time as "7:30 PM",
Players (2 to 10), Escaped (Yes/No), "Minutes Used" (60 when the group did not get out, blank now and then), "Hints
Used" (more hints in slower groups), "Price Per Player" as "$32.00" (less for big groups) and "Booked Online"
(TRUE/FALSE). A greenhouse's poinsettia crop (2021 to 2024 seasons, one row per bench lot) with Bench as "B-12",
Variety (Prestige Red, Freedom Red, Polar Bear, Ice Punch, Jingle Bell Rock, Winter Rose Marble, Premium Picasso),
Pots, "Pot Size (in)" as '6.5"', "Potted Date" and "Pinched Date" as "7/15/2024" (pinch blank for lots grown
unpinched), "Shrink Pots" (pots lost), "Sold Pots" and "Wholesale Price" as "$7.25" (by pot size). A brewery
taproom's keg log (2023 and 2024, one row per keg tapped, keg shells reused) with "Keg ID" as "K-0412" (repeated),
Beer, Style (IPA, Hazy IPA, Pilsner, Stout, Amber, Sour; one per beer), ABV as "6.8%", Size ("1/2 bbl", "1/6 bbl"),
"Tapped Date" and "Kicked Date" as "2024-03-14" (kicked blank for kegs still on), "Pints Poured" (about 124 or 41 a
keg less the loss; blank while on tap) and "Pour Loss %" as "4.2%" (foamier styles and stronger beers lose more).
And a martial arts dojo's belt tests (2019 to 2024, one row per student a test, students testing again and again)
with Student as "First Last", "Test Date" as "03/14/2024", "From Belt" and "To Belt" (White, Yellow, Orange, Green,
Blue, Purple, Brown, Red, Black), Age, "Months Training" (the longer, the likelier a pass), Passed (Y/N), "Test Fee"
as "$45" (by the belt tested for) and Instructor. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_named
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    """A yes/no column as booleans ("Y", "Yes", "TRUE" in any case)."""
    return _text(df, col).str.upper().isin(["Y", "YES", "TRUE"])


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


# --- 1. Courier same-day deliveries --------------------------------------------------------------------------------

# vehicle: base charge, per mile, per lb
_CO_VEHICLES = {"Bike": (9.0, 1.6, 0.0), "Car": (14.0, 1.9, 0.05), "Van": (24.0, 2.2, 0.08)}
_CO_ZONES = {"Zone 1": (3.0, 5), "Zone 2": (7.0, 4), "Zone 3": (13.0, 2.5), "Zone 4": (22.0, 1.2)}


def _courier_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35801)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-02", "2024-12-31", freq="B"):
        for n in range(1, int(rng.poisson(6.5)) + 1):
            zone = str(_one(rng, list(_CO_ZONES), [w for _, w in _CO_ZONES.values()]))
            miles = round(float(max(0.4, rng.gamma(4, _CO_ZONES[zone][0] / 4))), 1)
            weight = round(float(rng.lognormal(2.0, 1.0)), 1)
            if miles < 6 and weight < 15 and rng.random() < 0.6:
                vehicle = "Bike"
            else:
                vehicle = "Van" if weight > 60 or rng.random() < 0.25 else "Car"
            rush = rng.random() < 0.22
            base, per_mile, per_lb = _CO_VEHICLES[vehicle]
            charge = (base + per_mile * miles + per_lb * weight) * (1.5 if rush else 1.0)
            speed = {"Bike": 9.0, "Car": 18.0, "Van": 16.0}[vehicle]
            mins = 12 + 60 * miles / speed * float(rng.uniform(0.8, 1.6)) * (0.8 if rush else 1.0)
            pickup = day + pd.Timedelta(minutes=int(rng.integers(7 * 60, 16 * 60)))
            drop = pickup + pd.Timedelta(minutes=round(mins))
            failed = rng.random() < 0.02
            sig = "Y" if rng.random() < 0.78 else "N"
            rows.append(
                {
                    "Job ID": f"SD-{day:%y%m%d}-{n:02d}",
                    "Pickup Time": f"{pickup:%Y-%m-%d %H:%M}",
                    "Drop Time": "" if failed else f"{drop:%Y-%m-%d %H:%M}",
                    "Miles": miles,
                    "Zone": zone,
                    "Vehicle": vehicle.upper() if rng.random() < 0.04 else vehicle,
                    "Weight (lbs)": weight,
                    "Rush": "Y" if rush else "N",
                    "Signature Obtained": "" if failed or rng.random() < 0.04 else sig,
                    "Charge": _money(charge),
                }
            )
    return pd.DataFrame(rows)


def _co_minutes(df: pd.DataFrame) -> pd.Series:
    fmt = "%Y-%m-%d %H:%M"
    return (_date(df, "Drop Time", fmt) - _date(df, "Pickup Time", fmt)).dt.total_seconds() / 60


def _co_van(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Vehicle").str.title() == "Van"


_CO_QS = [
    Q("how many of the jobs were rush", _count(lambda df: int(_yes(df, "Rush").sum())), ("Rush", "Job ID")),
    Q(
        "what do we usually charge for a van run",
        _typical(lambda df: _num(df, "Charge")[_co_van(df)]),
        ("Charge", "Vehicle"),
    ),
    Q(
        "how long does a delivery take from pickup to drop off",
        either(
            _typical(_co_minutes),
            _typical(lambda df: _co_minutes(df) / 60),
        ),
        ("Pickup Time", "Drop Time"),
    ),
    Q(
        "what percent of drops didnt get a signature",
        either(
            _share(lambda df: float((_text(df, "Signature Obtained").str.upper() == "N").mean())),
            _share(
                lambda df: float(
                    (_text(df, "Signature Obtained").str.upper() == "N")[_text(df, "Signature Obtained") != ""].mean()
                )
            ),
            _share(lambda df: float((~_yes(df, "Signature Obtained")).mean())),
        ),
        ("Signature Obtained",),
    ),
    Q(
        "which zone makes us the most money",
        _lead(_named(lambda df: _top(_num(df, "Charge").groupby(_text(df, "Zone")).sum()))),
        ("Zone", "Charge"),
    ),
    Q(
        "do longer trips cost more",
        _corr(lambda df: _num(df, "Miles"), lambda df: _num(df, "Charge")),
        ("Miles", "Charge"),
    ),
]


# --- 2. Quarry scale tickets ---------------------------------------------------------------------------------------

# product: $ per ton, weight
_QU_PRODUCTS = {"#57 STONE": (21.50, 5), "CRUSHER RUN": (16.75, 6), "RIP RAP": (27.00, 1.5)}
_QU_PRODUCTS |= {"#8 STONE": (23.25, 2), "SCREENINGS": (12.50, 2)}
_QU_CUSTOMERS = {
    "Hollis Paving Co": 5, "Tri-County Excavating": 4, "Baker & Sons Concrete": 3, "Ridgeline Site Work": 3,
    "Miller Landscaping": 2, "County Road Dept": 3.5, "Summit Builders": 1.5, "CASH SALE": 2.5,
}  # fmt: skip


def _quarry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35802)
    plates = {c: [f"TX {rng.integers(1, 10)}{chr(65 + rng.integers(26))}{chr(65 + rng.integers(26))}-"
                  f"{rng.integers(100, 999)}" for _ in range(3)] for c in _QU_CUSTOMERS}  # fmt: skip
    rows: list[dict[str, Any]] = []
    ticket = 40210
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="B"):
        season = 0.55 + 0.45 * np.exp(-(((day.dayofyear - 180) / 70) ** 2))
        for _ in range(int(rng.poisson(4.2 * season))):
            ticket += 1
            cust = str(_one(rng, list(_QU_CUSTOMERS), list(_QU_CUSTOMERS.values())))
            prod = str(_one(rng, list(_QU_PRODUCTS), [w for _, w in _QU_PRODUCTS.values()]))
            ours = cust != "CASH SALE" and rng.random() < 0.35
            if ours:
                truck = f"T-{int(rng.integers(1, 9)):02d}"
                tare = float(rng.normal(14.2, 0.3))
                net = float(rng.normal(22.0, 1.2))
            elif cust == "CASH SALE":
                truck = f"TX {int(rng.integers(100, 999))}-{int(rng.integers(1000, 9999))}"
                tare = float(rng.normal(3.1, 0.4))
                net = float(rng.uniform(0.5, 3.5))
            else:
                truck = str(_one(rng, plates[cust]))
                tare = float(rng.normal(13.5, 0.8))
                net = float(rng.normal(20.0, 2.5))
            tare = round(tare, 2)
            net = round(max(0.4, net), 2)
            price = _QU_PRODUCTS[prod][0] + (1.0 if day.year == 2024 else 0.0)
            if cust in ("County Road Dept", "Hollis Paving Co"):
                price -= 0.75
            rows.append(
                {
                    "Ticket No": ticket,
                    "Date": f"{day:%m/%d/%Y}",
                    "Truck": truck,
                    "Customer": cust + ("  " if rng.random() < 0.04 else ""),
                    "Product": prod,
                    "Gross Tons": round(tare + net, 2),
                    "Tare Tons": tare,
                    "Net Tons": net,
                    "Price/Ton": _money(price),
                    "Hauled By Us": "Y" if ours else "N",
                }
            )
    return pd.DataFrame(rows)


def _qu_product(df: pd.DataFrame, name: str) -> pd.Series:
    return _text(df, "Product").str.upper() == name


def _qu_month(tons: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        month = _date(df, "Date", "%m/%d/%Y").dt.to_period("M")
        s = _num(df, "Net Tons").groupby(month).sum() if tons else month.value_counts().sort_index()
        return s.idxmax().to_timestamp()

    return value


_QU_QS = [
    Q(
        "how many tons did we ship altogether",
        _about(lambda df: float(_num(df, "Net Tons").sum()), rel=0.002),
        ("Net Tons",),
    ),
    Q(
        "how much crusher run went out",
        _about(lambda df: float(_num(df, "Net Tons")[_qu_product(df, "CRUSHER RUN")].sum()), rel=0.002),
        ("Net Tons", "Product"),
    ),
    Q(
        "who's our biggest customer",
        _either_named(
            lambda df: _top(_num(df, "Net Tons").groupby(_text(df, "Customer")).sum()),
            lambda df: _top((_num(df, "Net Tons") * _num(df, "Price/Ton")).groupby(_text(df, "Customer")).sum()),
            lambda df: _top(_text(df, "Customer").value_counts()),
        ),
        ("Customer", "Net Tons", "Price/Ton", "Ticket No"),
    ),
    Q(
        "how much money did the rip rap bring in",
        _amount(lambda df: float((_num(df, "Net Tons") * _num(df, "Price/Ton"))[_qu_product(df, "RIP RAP")].sum())),
        ("Net Tons", "Price/Ton", "Product"),
    ),
    Q(
        "what share of loads did our own trucks haul",
        _share(lambda df: float(_yes(df, "Hauled By Us").mean())),
        ("Hauled By Us", "Truck"),
    ),
    Q(
        "busiest month?",
        either(_month_year(_qu_month(True)), _month_year(_qu_month(False))),
        ("Date", "Net Tons", "Ticket No"),
    ),
]


# --- 3. Vet clinic vaccine clinic days -----------------------------------------------------------------------------

_VC_PETS = [
    "Bella", "Max", "Luna", "Charlie", "Lucy", "Cooper", "Daisy", "Milo", "Bailey", "Oliver", "Sadie", "Rocky",
    "Molly", "Buddy", "Chloe", "Tucker", "Lola", "Bear", "Cleo", "Simba", "Zoe", "Duke", "Nala", "Leo",
]  # fmt: skip
_VC_REACTIONS = {"None": 40, "Mild swelling": 1.6, "Lethargy": 1.2, "Vomiting": 0.4}


def _vet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35803)
    rows: list[dict[str, Any]] = []
    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        day = month + pd.offsets.Week(weekday=5)
        for _ in range(int(rng.integers(22, 48))):
            dog = rng.random() < 0.62
            age = int(np.clip(rng.gamma(1.6, 22), 2, 190))
            core = "DHPP" if dog else "FVRCP"
            shots = [core] if rng.random() < 0.9 else []
            rabies = age >= 3 and rng.random() < 0.78
            if rabies:
                shots.append("Rabies")
            extra = ("Bordetella", "Lepto") if dog else ("FeLV",)
            for e in extra:
                if rng.random() < (0.5 if age < 24 else 0.3):
                    shots.append(e)
            if not shots:
                shots = [core]
            chip = rng.random() < 0.28
            fee = 5 + 15 * len(shots) + (10 if rabies else 0) + (25 if chip else 0)
            n = len(shots)
            reaction = str(
                _one(rng, list(_VC_REACTIONS), [v * (1.0 if k == "None" else n / 2) for k, v in _VC_REACTIONS.items()])
            )
            species = "Dog" if dog else "Cat"
            rows.append(
                {
                    "Clinic Date": f"{day.month}/{day.day}/{day.year}",
                    "Pet Name": _one(rng, _VC_PETS),
                    "Species": species.lower() if rng.random() < 0.05 else species,
                    "Age (months)": "" if rng.random() < 0.04 else age,
                    "Vaccines Given": "; ".join(shots),
                    "Rabies": "Yes" if rabies else "No",
                    "Microchip": "Yes" if chip else "No",
                    "Fee": _money(fee),
                    "Paid": _one(rng, ["Cash", "Card"], [1, 2.2]),
                    "Reaction": reaction,
                }
            )
    return pd.DataFrame(rows)


def _vc_cat(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Species").str.title() == "Cat"


def _vc_reacted(df: pd.DataFrame) -> pd.Series:
    r = _text(df, "Reaction")
    return (r != "") & (r.str.lower() != "none")


_VC_QS = [
    Q("how many cats did we see", _count(lambda df: int(_vc_cat(df).sum())), ("Species",)),
    Q(
        "how many of them got rabies",
        _count(lambda df: int((_vc_cat(df) & _yes(df, "Rabies")).sum())),
        ("Species", "Rabies", "Vaccines Given"),
    ),
    Q("whats the average fee", _typical(lambda df: _num(df, "Fee")), ("Fee",)),
    Q(
        "what percent paid cash",
        _share(lambda df: float((_text(df, "Paid").str.title() == "Cash").mean())),
        ("Paid",),
    ),
    Q(
        "how often does a pet have a reaction",
        _share(lambda df: float(_vc_reacted(df).mean())),
        ("Reaction",),
    ),
    Q(
        "do older pets get more shots",
        _corr(
            lambda df: _num(df, "Age (months)"),
            lambda df: _text(df, "Vaccines Given").str.split(";").str.len().astype(float),
        ),
        ("Age (months)", "Vaccines Given"),
    ),
]


# --- 4. Escape room bookings ---------------------------------------------------------------------------------------

# room: chance to escape, weight
_ER_ROOMS = {"The Heist": (0.62, 4), "Asylum": (0.38, 3), "Pharaoh's Tomb": (0.5, 3)}
_ER_ROOMS |= {"Submarine": (0.55, 2), "Wizard's Study": (0.7, 2.5)}
_ER_SLOTS = {"12:00 PM": 1, "2:00 PM": 1.5, "4:00 PM": 2, "5:30 PM": 2.5, "7:30 PM": 3.5, "9:30 PM": 1.8}


def _escape_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35804)
    rows: list[dict[str, Any]] = []
    booking = 1000
    for day in pd.date_range("2024-01-01", "2024-12-31", freq="D"):
        busy = 3.2 if day.dayofweek >= 4 else 1.4
        for _ in range(int(rng.poisson(busy))):
            booking += 1
            room = str(_one(rng, list(_ER_ROOMS), [w for _, w in _ER_ROOMS.values()]))
            players = int(np.clip(rng.poisson(3.2) + 2, 2, 10))
            skill = float(rng.normal(0, 1))
            p = 1 / (1 + np.exp(-(np.log(_ER_ROOMS[room][0] / (1 - _ER_ROOMS[room][0])) + 0.9 * skill)))
            escaped = rng.random() < p
            hints = int(np.clip(rng.poisson(max(0.2, 2.2 - 0.9 * skill)), 0, 8))
            minutes = int(np.clip(rng.normal(50 - 5 * skill, 5), 28, 59)) if escaped else 60
            price = 32.0 if players <= 4 else 28.0 if players <= 7 else 25.0
            if day.dayofweek >= 4:
                price += 2.0
            rows.append(
                {
                    "Booking #": booking,
                    "Room": room,
                    "Date": f"{day:%Y-%m-%d}",
                    "Time": _one(rng, list(_ER_SLOTS), list(_ER_SLOTS.values())),
                    "Players": players,
                    "Escaped": "Yes" if escaped else "No",
                    "Minutes Used": "" if rng.random() < 0.03 else minutes,
                    "Hints Used": hints,
                    "Price Per Player": _money(price),
                    "Booked Online": "TRUE" if rng.random() < 0.72 else "FALSE",
                }
            )
    return pd.DataFrame(rows)


def _er_rate(df: pd.DataFrame) -> pd.Series:
    return _yes(df, "Escaped").groupby(_text(df, "Room")).mean()


_ER_QS = [
    Q("what's the overall escape rate", _share(lambda df: float(_yes(df, "Escaped").mean())), ("Escaped",)),
    Q(
        "which room is the hardest",
        _lead(_named(lambda df: _top(_er_rate(df), lowest=True))),
        ("Room", "Escaped", "Minutes Used"),
    ),
    Q("how big is a typical group", _typical(lambda df: _num(df, "Players")), ("Players",)),
    Q(
        "how much revenue did we bring in",
        _amount(lambda df: float((_num(df, "Players") * _num(df, "Price Per Player")).sum())),
        ("Players", "Price Per Player"),
    ),
    Q(
        "what time slot gets booked the most",
        _lead(_named(lambda df: _top(_text(df, "Time").value_counts()))),
        ("Time",),
    ),
    Q(
        "do groups that use more hints take longer",
        _corr(lambda df: _num(df, "Hints Used"), lambda df: _num(df, "Minutes Used")),
        ("Hints Used", "Minutes Used"),
    ),
]


# --- 5. Greenhouse poinsettia crop ---------------------------------------------------------------------------------

# variety: shrink rate, weight
_PO_VARIETIES = {
    "Prestige Red": (0.04, 5), "Freedom Red": (0.05, 4), "Polar Bear": (0.07, 2), "Ice Punch": (0.09, 1.5),
    "Jingle Bell Rock": (0.08, 1.2), "Winter Rose Marble": (0.13, 1), "Premium Picasso": (0.06, 1.2),
}  # fmt: skip
# pot size: price, pots a bench, weight
_PO_SIZES = {4.5: (3.25, 400, 2), 6.0: (5.75, 240, 3), 6.5: (7.25, 200, 4), 8.0: (12.50, 110, 1.5)}
_PO_SIZES |= {10.0: (21.00, 60, 1)}


def _poinsettia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35805)
    rows: list[dict[str, Any]] = []
    for year in range(2021, 2025):
        for lot in range(int(rng.integers(85, 105))):
            variety = str(_one(rng, list(_PO_VARIETIES), [w for _, w in _PO_VARIETIES.values()]))
            size = float(_one(rng, list(_PO_SIZES), [w for *_, w in _PO_SIZES.values()]))
            price, per_bench, _ = _PO_SIZES[size]
            pots = int(per_bench * float(rng.uniform(0.6, 1.0)))
            potted = pd.Timestamp(year, 7, 1) + pd.Timedelta(days=int(rng.integers(0, 50)) + (20 if size == 4.5 else 0))
            pinched = size >= 6 and variety != "Winter Rose Marble" and rng.random() < 0.92
            pinch = potted + pd.Timedelta(days=int(rng.integers(14, 28)))
            shrink = int(rng.binomial(pots, _PO_VARIETIES[variety][0] * float(rng.uniform(0.5, 1.5))))
            sold = int(min(pots - shrink, round((pots - shrink) * float(rng.uniform(0.8, 1.0)))))
            rows.append(
                {
                    "Bench": f"B-{lot % 40 + 1:02d}",
                    "Variety": variety,
                    "Pots": pots,
                    "Pot Size (in)": f'{size:g}"',
                    "Potted Date": f"{potted.month}/{potted.day}/{potted.year}",
                    "Pinched Date": f"{pinch.month}/{pinch.day}/{pinch.year}" if pinched else "",
                    "Shrink Pots": shrink,
                    "Sold Pots": sold,
                    "Wholesale Price": _money(price + 0.25 * (year - 2021)),
                }
            )
    return pd.DataFrame(rows)


def _po_size(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Pot Size (in)").str.extract(r"(\d+(?:\.\d+)?)")[0], errors="coerce")


def _po_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Pinched Date", "%m/%d/%Y") - _date(df, "Potted Date", "%m/%d/%Y")).dt.days


def _po_shrink(df: pd.DataFrame, by_row: bool) -> pd.Series:
    g = _text(df, "Variety")
    if by_row:
        return (_num(df, "Shrink Pots") / _num(df, "Pots")).groupby(g).mean()
    return _num(df, "Shrink Pots").groupby(g).sum() / _num(df, "Pots").groupby(g).sum()


_PO_QS = [
    Q(
        "how many pots did we put in for 2024",
        _count(lambda df: int(_num(df, "Pots")[_date(df, "Potted Date", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Pots", "Potted Date"),
    ),
    Q(
        "what's our shrink rate overall",
        either(
            _share(lambda df: float(_num(df, "Shrink Pots").sum() / _num(df, "Pots").sum())),
            _share(lambda df: float((_num(df, "Shrink Pots") / _num(df, "Pots")).mean())),
        ),
        ("Shrink Pots", "Pots"),
    ),
    Q(
        "which variety loses the most",
        _either_named(
            lambda df: _top(_po_shrink(df, False)),
            lambda df: _top(_po_shrink(df, True)),
            lambda df: _top(_num(df, "Shrink Pots").groupby(_text(df, "Variety")).sum()),
        ),
        ("Variety", "Shrink Pots", "Pots"),
    ),
    Q(
        "how much did we sell in dollars",
        _amount(lambda df: float((_num(df, "Sold Pots") * _num(df, "Wholesale Price")).sum())),
        ("Sold Pots", "Wholesale Price"),
    ),
    Q(
        "how long after potting do they get pinched",
        _typical(_po_days),
        ("Potted Date", "Pinched Date"),
    ),
    Q(
        "what do the 6.5 inch pots sell for on average",
        _typical(lambda df: _num(df, "Wholesale Price")[_po_size(df) == 6.5]),
        ("Wholesale Price", "Pot Size (in)"),
    ),
]


# --- 6. Brewery taproom keg log ------------------------------------------------------------------------------------

# beer: style, ABV, weight
_KG_BEERS = {
    "Porch Light Pils": ("Pilsner", 4.9, 4), "Trailhead IPA": ("IPA", 6.8, 5), "Cloud Nine": ("Hazy IPA", 6.5, 4),
    "Double Haze": ("Hazy IPA", 8.2, 1.5), "Night Shift Stout": ("Stout", 7.4, 2), "Red Barn Amber": ("Amber", 5.6, 2),
    "Pucker Up": ("Sour", 4.6, 1.5), "West Coast Rye": ("IPA", 7.1, 2),
}  # fmt: skip
_KG_LOSS = {"Pilsner": 3.0, "IPA": 4.0, "Hazy IPA": 5.5, "Stout": 6.0, "Amber": 3.5, "Sour": 4.5}


def _keg_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35806)
    shells = {"1/2 bbl": [f"K-{n:04d}" for n in range(100, 160)], "1/6 bbl": [f"K-{n:04d}" for n in range(400, 480)]}
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        for _ in range(int(rng.poisson(1.1 if day.dayofweek in (3, 4) else 0.45))):
            beer = str(_one(rng, list(_KG_BEERS), [w for *_, w in _KG_BEERS.values()]))
            style, abv, _ = _KG_BEERS[beer]
            size = "1/2 bbl" if rng.random() < 0.55 else "1/6 bbl"
            pints = 124 if size == "1/2 bbl" else 41
            loss = max(0.5, rng.normal(_KG_LOSS[style] + 0.6 * (abv - 6), 1.0))
            days = int(max(2, rng.gamma(3, (9 if size == "1/2 bbl" else 4) * (1.3 if abv > 7.5 else 1.0))))
            kicked = day + pd.Timedelta(days=days)
            on = kicked > end
            rows.append(
                {
                    "Keg ID": _one(rng, shells[size]),
                    "Beer": beer,
                    "Style": style,
                    "ABV": f"{abv:.1f}%",
                    "Size": size,
                    "Tapped Date": f"{day:%Y-%m-%d}",
                    "Kicked Date": "" if on else f"{kicked:%Y-%m-%d}",
                    "Pints Poured": "" if on else round(pints * (1 - loss / 100) - rng.uniform(0, 2)),
                    "Pour Loss %": "" if on else f"{loss:.1f}%",
                }
            )
    return pd.DataFrame(rows)


def _kg_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Kicked Date", "%Y-%m-%d") - _date(df, "Tapped Date", "%Y-%m-%d")).dt.days


_KG_QS = [
    Q(
        "how many kegs have we tapped",
        either(_count(lambda df: len(df)), _count(lambda df: int(_text(df, "Keg ID").nunique()))),
        ("Keg ID", "Tapped Date"),
    ),
    Q(
        "how long does a half barrel usually last",
        _typical(lambda df: _kg_days(df)[_text(df, "Size") == "1/2 bbl"]),
        ("Tapped Date", "Kicked Date", "Size"),
    ),
    Q(
        "which beer pours the most pints",
        _lead(_named(lambda df: _top(_num(df, "Pints Poured").groupby(_text(df, "Beer")).sum()))),
        ("Beer", "Pints Poured"),
    ),
    Q("whats the average pour loss", _typical(lambda df: _num(df, "Pour Loss %")), ("Pour Loss %",)),
    Q(
        "do stronger beers lose more",
        _corr(lambda df: _num(df, "ABV"), lambda df: _num(df, "Pour Loss %")),
        ("ABV", "Pour Loss %"),
    ),
    Q(
        "how many are still on tap",
        _count(lambda df: int((_text(df, "Kicked Date") == "").sum())),
        ("Kicked Date", "Keg ID"),
    ),
]


# --- 7. Martial arts dojo belt tests -------------------------------------------------------------------------------

_DJ_BELTS = ["White", "Yellow", "Orange", "Green", "Blue", "Purple", "Brown", "Red", "Black"]
_DJ_FEES = [35, 35, 40, 40, 45, 50, 60, 75, 150]
_DJ_SENSEI = {"Sensei Tanaka": 0.3, "Sensei Ruiz": -0.2, "Sensei Okafor": 0.0, "Sensei Bell": 0.5}


def _dojo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35807)
    rows: list[dict[str, Any]] = []
    students: list[dict[str, Any]] = []
    test_days = pd.date_range("2019-01-01", "2024-12-31", freq="2W-SAT")
    for day in test_days:
        for _ in range(int(rng.poisson(1.6))):
            born = day - pd.Timedelta(days=int(rng.uniform(5, 45) * 365.25))
            students.append({"name": _person(rng), "born": born, "start": day, "belt": 0})
        for s in students:
            if s["belt"] >= 8 or s.get("quit"):
                continue
            months = (day - s["start"]).days / 30.44
            need = 3 + 2.5 * s["belt"]
            if months < need or rng.random() < 0.55:
                continue
            if rng.random() < 0.02:
                s["quit"] = True
                continue
            who = str(_one(rng, list(_DJ_SENSEI)))
            logit = -1.2 + 0.35 * (months - need) + _DJ_SENSEI[who] + rng.normal(0, 0.6)
            passed = rng.random() < 1 / (1 + np.exp(-logit))
            b = s["belt"]
            rows.append(
                {
                    "Student": s["name"],
                    "Test Date": f"{day:%m/%d/%Y}",
                    "From Belt": _DJ_BELTS[b],
                    "To Belt": _DJ_BELTS[b + 1],
                    "Age": int((day - s["born"]).days // 365.25),
                    "Months Training": int(months),
                    "Passed": "Y" if passed else "N",
                    "Test Fee": f"${_DJ_FEES[b + 1]}",
                    "Instructor": who,
                }
            )
            if passed:
                s["belt"] += 1
    return pd.DataFrame(rows)


def _dj_pass(df: pd.DataFrame) -> pd.Series:
    return _yes(df, "Passed")


def _dj_months(passed: bool) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Months Training")[_dj_pass(df) == passed].mean())


_DJ_QS = [
    Q("what's the pass rate", _share(lambda df: float(_dj_pass(df).mean())), ("Passed",)),
    Q(
        "and for kids under 12?",
        _share(lambda df: float(_dj_pass(df)[_num(df, "Age") < 12].mean())),
        ("Passed", "Age"),
    ),
    Q(
        "which instructor passes the most people",
        _either_named(
            lambda df: _top(_dj_pass(df).groupby(_text(df, "Instructor")).mean()),
            lambda df: _top(_dj_pass(df).groupby(_text(df, "Instructor")).sum()),
        ),
        ("Instructor", "Passed"),
    ),
    Q(
        "how much did we take in from test fees in 2023",
        _amount(lambda df: float(_num(df, "Test Fee")[_date(df, "Test Date", "%m/%d/%Y").dt.year == 2023].sum())),
        ("Test Fee", "Test Date"),
    ),
    Q(
        "how many people have tested for black belt",
        either(
            _count(lambda df: int((_text(df, "To Belt").str.title() == "Black").sum())),
            _count(lambda df: int(df.loc[_text(df, "To Belt").str.title() == "Black", "Student"].nunique())),
        ),
        ("To Belt", "Student"),
    ),
    Q(
        "does training longer help you pass",
        either(
            _corr(lambda df: _num(df, "Months Training"), lambda df: _dj_pass(df).astype(float)),
            _both_about(_dj_months(True), _dj_months(False)),
        ),
        ("Months Training", "Passed"),
    ),
]


HELDOUT358 = [
    Dataset("courier_same_day_jobs", _courier_frame, _CO_QS),
    Dataset("quarry_scale_house_tickets", _quarry_frame, _QU_QS),
    Dataset("vet_vaccine_clinic_days", _vet_frame, _VC_QS),
    Dataset("escape_room_booking_sheet", _escape_frame, _ER_QS),
    Dataset("greenhouse_poinsettia_crop", _poinsettia_frame, _PO_QS),
    Dataset("taproom_keg_log", _keg_frame, _KG_QS),
    Dataset("dojo_belt_test_results", _dojo_frame, _DJ_QS),
]
