"""HELDOUT353: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a pet food store's auto-ship
subscriptions (2022 to 2024, one row per subscription, customers with two pets holding two) with "Customer #" as
"C-10234" (repeated), Brand (Purina Pro Plan, Blue Buffalo, Hill's Science Diet, Royal Canin, Taste of the Wild),
"Bag Size" with the unit inside ("30 lb"), "Every N Weeks" (2, 4, 6 or 8), "Start Date" and "Cancel Date" as
"2023-03-14" (cancel blank while the subscription runs), "Price Per Ship" as "$54.99" (by brand and bag size) and
"Pet Type" (Dog, Cat; now and then upper case; cat owners cancel more). A hunting lodge's harvest log (2019 to 2024
seasons, one row per animal) with Guest as "First Last" (returning guests), "Hunt Date" as "11/14/2023", Species in
upper case (WHITETAIL DEER, TURKEY, FERAL HOG, ELK), "Antler Points" (blank for turkeys and hogs, 0 for does, "N/A"
now and then), "Field Dressed Wt (lbs)" (heavier bucks carry more points), Guide, "Stand/Blind" as "Stand 4" or
"Blind 2" and "Shot Distance (yds)" (blinds closer than stands; a few blank). An electrician's service tickets (2023
and 2024, one row per ticket) with "Ticket #" as "23-0415", Date as "2023-03-14", "Job Type" (Service Call,
Outlet/Switch, Lighting, Panel Upgrade, EV Charger, Rewire), "Panel Amps" (100, 150, 200, 400; blank when not
recorded), "Labor Hrs", "Materials $" as "$1,234.50", "Permit Pulled" and "Callback <30 Days" (Y/N) and
Electrician. An RV park's site reservations (April to October of 2023 and 2024, one row per stay) with "Site #" as
"A12", Hookup (Full, Water/Electric, Dry; now and then lower case), "Arrival Date" as "06/14/2024", Nights, "Rig
Length" as "32 ft" (blank for tents on dry sites), "Nightly Rate" as "$65.00" (by hookup, more in summer), Guests,
Pets (a count, 0 for none) and "Booked Via" (Website, Phone, Campspot, Walk-in). A motel's nightly room audit (every
night of 2022 to 2024, a few nights never audited with the numbers blank) with "Audit Date" as "03/01/2023", "Rooms
Available" (64 less the rooms out of order), "Rooms Sold" (some nights sold out), ADR as "$89.45", "No Shows", "Comp
Rooms", "OOO Rooms" and "Room Revenue" as "$5,723.10" (rooms sold times ADR); summer nights busier and dearer. A
knife sharpening service's tickets (2024, one row per ticket, regular customers) with Ticket (a number), Customer as
"First Last", "Date In" as "3/14/2024", Knives (serrated ones counted in it), Serrated, Scissors, Price as "$32.00"
(per knife, more per serrated knife and pair of scissors), "Days to Return" (longer at the farmers market) and
"Drop-off Location" (Shop, Farmers Market, Hardware Store, Kitchen Supply). And a bagel shop's daily bake and waste
sheet (every day of 2024, one row per bagel type a day) with Date as "2024-03-14", Day as "Thu", "Bagel Type"
(Plain, Everything, Sesame, Poppy, Cinnamon Raisin, Onion, Asiago), "Dozens Baked", "Dozens Sold" (in half dozens),
"Dozens Donated" and "Dozens Tossed" (baked less sold less donated) and Weather (Sunny, Cloudy, Rain, Snow; one per
day, blank now and then; fewer sales in rain and snow). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .heldout333 import _FIRST, _LAST, _date, _either_named, _flag
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _busiest_month(dates: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        d = dates(df).dropna()
        return d.dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()

    return value


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


# --- 1. Pet food auto-ship subscriptions ---------------------------------------------------------------------------

# brand: $ per lb, weight
_PF_BRANDS = {
    "Purina Pro Plan": (1.95, 5),
    "Blue Buffalo": (2.35, 4),
    "Hill's Science Diet": (2.55, 3),
    "Royal Canin": (3.10, 2),
    "Taste of the Wild": (2.05, 2.5),
}
_PF_BAGS = {"Dog": [15, 24, 30, 34, 40], "Cat": [4, 7, 12, 16]}


def _petfood_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35301)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2022-01-01", "2024-12-31", freq="D")
    end = pd.Timestamp("2024-12-31")
    cust = 10000
    while len(rows) < 1600:
        cust += int(rng.integers(1, 4))
        for _ in range(1 if rng.random() < 0.82 else 2):
            pet = str(_one(rng, ["Dog", "Cat"], [0.62, 0.38]))
            brand = str(_one(rng, list(_PF_BRANDS), [w for _, w in _PF_BRANDS.values()]))
            bag = int(_one(rng, _PF_BAGS[pet]))
            price = _PF_BRANDS[brand][0] * bag * (1.25 if pet == "Cat" else 1.0) * float(rng.uniform(0.92, 1.08))
            start = days[int(rng.integers(len(days)))]
            life = float(rng.exponential(420 if pet == "Dog" else 240))
            cancel = start + pd.Timedelta(days=int(life) + 14)
            rows.append(
                {
                    "Customer #": f"C-{cust}",
                    "Brand": brand,
                    "Bag Size": f"{bag} lb",
                    "Every N Weeks": int(_one(rng, [2, 4, 6, 8], [1, 5, 2.5, 1.5])),
                    "Start Date": f"{start:%Y-%m-%d}",
                    "Cancel Date": "" if cancel > end else f"{cancel:%Y-%m-%d}",
                    "Price Per Ship": _money(round(price, 0) - 0.01),
                    "Pet Type": pet.upper() if rng.random() < 0.06 else pet,
                }
            )
    return pd.DataFrame(rows)


def _pf_pet(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Pet Type").str.title()


def _pf_cancelled(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Cancel Date") != ""


_PF_QS = [
    Q(
        "how many subscriptions are still active",
        either(
            _count(lambda df: int((~_pf_cancelled(df)).sum())),
            _count(lambda df: int(df.loc[~_pf_cancelled(df), "Customer #"].nunique())),
        ),
        ("Cancel Date", "Customer #"),
    ),
    Q(
        "what do cat people pay per shipment on average",
        _typical(lambda df: _num(df, "Price Per Ship")[_pf_pet(df) == "Cat"]),
        ("Price Per Ship", "Pet Type"),
    ),
    Q(
        "which brand is the most popular",
        _either_named(
            lambda df: _top(_text(df, "Brand").value_counts()),
            lambda df: _top(df.groupby(_text(df, "Brand"))["Customer #"].nunique()),
        ),
        ("Brand", "Customer #"),
    ),
    Q(
        "what share of subscriptions got cancelled",
        _share(lambda df: float(_pf_cancelled(df).mean())),
        ("Cancel Date",),
    ),
    Q(
        "and for cats?",
        _share(lambda df: float(_pf_cancelled(df)[_pf_pet(df) == "Cat"].mean())),
        ("Cancel Date", "Pet Type"),
    ),
    Q(
        "which month had the most new signups",
        _month_year(_busiest_month(lambda df: _date(df, "Start Date", "%Y-%m-%d"))),
        ("Start Date",),
    ),
]


# --- 2. Hunting lodge harvest log ----------------------------------------------------------------------------------

_HL_GUIDES = ["Dale Whitaker", "Rusty Boone", "Cody Harlan", "Wade Tillman", "Jesse Pruitt"]
_HL_SPECIES = {"WHITETAIL DEER": 6, "TURKEY": 2, "FERAL HOG": 2.5, "ELK": 0.8}


def _hunting_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35302)
    guests = [_person(rng) for _ in range(260)]
    skill = rng.uniform(0.7, 1.4, len(_HL_GUIDES))
    rows: list[dict[str, Any]] = []
    for year in range(2019, 2025):
        season = pd.date_range(f"{year}-10-01", f"{year + 1}-01-15", freq="D")
        spring = pd.date_range(f"{year}-04-01", f"{year}-05-10", freq="D")
        for _ in range(int(rng.integers(150, 175))):
            g = int(_one(rng, list(range(len(_HL_GUIDES))), skill))
            species = str(_one(rng, list(_HL_SPECIES), list(_HL_SPECIES.values())))
            when = (spring if species == "TURKEY" else season)[int(rng.integers(40 if species == "TURKEY" else 107))]
            blind = rng.random() < (0.7 if species == "TURKEY" else 0.4)
            spot = f"{'Blind' if blind else 'Stand'} {int(rng.integers(1, 9))}"
            dist = rng.normal(35 if species == "TURKEY" else 80 if blind else 145, 20 if blind else 40)
            dist = max(10, dist * (1.5 if species == "ELK" else 1.0))
            points: Any = ""
            if species == "WHITETAIL DEER":
                buck = rng.random() < 0.65
                pts = int(np.clip(round(rng.normal(8, 2.2)), 2, 16)) if buck else 0
                wt = rng.normal(95, 12) if not buck else 95 + 9 * pts + rng.normal(0, 18)
                points = pts if rng.random() > 0.03 else "N/A"
            elif species == "ELK":
                pts = int(np.clip(round(rng.normal(10, 2)), 4, 14))
                wt = 380 + 14 * pts + rng.normal(0, 40)
                points = pts
            elif species == "TURKEY":
                wt = rng.normal(18, 2.5)
            else:
                wt = rng.gamma(4, 35)
            rows.append(
                {
                    "Guest": _one(rng, guests),
                    "Hunt Date": f"{when.month}/{when.day}/{when.year}",
                    "Species": species,
                    "Antler Points": points,
                    "Field Dressed Wt (lbs)": round(float(max(wt, 8)), 1 if species == "TURKEY" else 0),
                    "Guide": _HL_GUIDES[g],
                    "Stand/Blind": spot,
                    "Shot Distance (yds)": "" if rng.random() < 0.03 else int(np.rint(dist)),
                }
            )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Hunt Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _hl_deer(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Species").str.upper() == "WHITETAIL DEER"


def _hl_kind(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Stand/Blind").str.split(" ").str[0].str.title()


def _hl_dist(kind: str, how: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(getattr(_num(df, "Shot Distance (yds)")[_hl_kind(df) == kind], how)())


_HL_QS = [
    Q("how many deer have been taken", _count(lambda df: int(_hl_deer(df).sum())), ("Species",)),
    Q(
        "whats the average field dressed weight on those",
        _typical(lambda df: _num(df, "Field Dressed Wt (lbs)")[_hl_deer(df)]),
        ("Field Dressed Wt (lbs)", "Species"),
    ),
    Q(
        "which guide gets the most animals",
        _lead(_named(lambda df: _top(_text(df, "Guide").value_counts()))),
        ("Guide",),
    ),
    Q(
        "longest shot on record?",
        _about(lambda df: float(_num(df, "Shot Distance (yds)").max()), rel=0.001),
        ("Shot Distance (yds)", "Guest", "Species", "Hunt Date"),
    ),
    Q(
        "are shots from blinds shorter than from stands",
        either(
            _both_about(_hl_dist("Blind", "mean"), _hl_dist("Stand", "mean")),
            _both_about(_hl_dist("Blind", "median"), _hl_dist("Stand", "median")),
        ),
        ("Stand/Blind", "Shot Distance (yds)"),
    ),
    Q(
        "do heavier deer have more points",
        _corr(
            lambda df: _num(df, "Field Dressed Wt (lbs)")[_hl_deer(df)],
            lambda df: _num(df, "Antler Points")[_hl_deer(df)],
        ),
        ("Field Dressed Wt (lbs)", "Antler Points", "Species"),
    ),
]


# --- 3. Electrician service tickets --------------------------------------------------------------------------------

# job type: weight, labor hours (mean, sd), materials $ (low, high), permit chance
_EL_JOBS = {
    "Service Call": (6, (1.5, 0.6), (0, 120), 0.02),
    "Outlet/Switch": (5, (2.0, 0.8), (15, 180), 0.05),
    "Lighting": (4, (3.5, 1.4), (60, 900), 0.15),
    "Panel Upgrade": (2, (9.0, 2.5), (900, 2800), 0.97),
    "EV Charger": (2, (5.0, 1.5), (350, 1400), 0.9),
    "Rewire": (1, (22.0, 7.0), (1200, 5200), 0.99),
}
_EL_CREW = {"Mike Dunn": 0.05, "Luis Ortega": 0.08, "Tanya Reed": 0.04, "Greg Hollis": 0.14, "Sam Patel": 0.07}


def _electric_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35303)
    days = pd.date_range("2023-01-02", "2024-12-31", freq="B")
    rows: list[dict[str, Any]] = []
    seq = {2023: 100, 2024: 100}
    for day in days:
        busy = 1.6 + 0.7 * np.cos(2 * np.pi * (day.dayofyear - 200) / 365) + (0.3 if day.year == 2024 else 0.0)
        for _ in range(int(rng.poisson(busy))):
            job = str(_one(rng, list(_EL_JOBS), [v[0] for v in _EL_JOBS.values()]))
            _, (mu, sd), (lo, hi), permit = _EL_JOBS[job]
            who = str(_one(rng, list(_EL_CREW), [3, 3, 2.5, 2, 2]))
            seq[day.year] += int(rng.integers(1, 3))
            amps: Any = int(_one(rng, [100, 150, 200, 400], [3, 1, 5, 0.6]))
            if job == "Panel Upgrade":
                amps = int(_one(rng, [200, 400], [5, 1]))
            if rng.random() < 0.12:
                amps = ""
            rows.append(
                {
                    "Ticket #": f"{day.year % 100}-{seq[day.year]:04d}",
                    "Date": f"{day:%Y-%m-%d}",
                    "Job Type": job,
                    "Panel Amps": amps,
                    "Labor Hrs": round(float(max(0.5, rng.normal(mu, sd))) * 4) / 4,
                    "Materials $": _money(float(rng.uniform(lo, hi))),
                    "Permit Pulled": "Y" if rng.random() < permit else "N",
                    "Callback <30 Days": "Y" if rng.random() < _EL_CREW[who] * (1.5 if permit > 0.5 else 1) else "N",
                    "Electrician": who,
                }
            )
    return pd.DataFrame(rows)


_EL_QS = [
    Q(
        "how many panel upgrades did we do",
        _count(lambda df: int((_text(df, "Job Type") == "Panel Upgrade").sum())),
        ("Job Type",),
    ),
    Q(
        "total we spent on materials?",
        _amount(lambda df: float(_num(df, "Materials $").sum())),
        ("Materials $",),
    ),
    Q(
        "how many hours does an ev charger install usually take",
        _typical(lambda df: _num(df, "Labor Hrs")[_text(df, "Job Type") == "EV Charger"]),
        ("Labor Hrs", "Job Type"),
    ),
    Q(
        "whats our callback rate",
        _share(lambda df: float(_flag(df, "Callback <30 Days").mean())),
        ("Callback <30 Days",),
    ),
    Q(
        "which electrician gets called back the most",
        _either_named(
            lambda df: _top(_flag(df, "Callback <30 Days").groupby(_text(df, "Electrician")).mean()),
            lambda df: _top(_flag(df, "Callback <30 Days").groupby(_text(df, "Electrician")).sum()),
        ),
        ("Electrician", "Callback <30 Days"),
    ),
    Q(
        "what was the busiest month",
        _month_year(_busiest_month(lambda df: _date(df, "Date", "%Y-%m-%d"))),
        ("Date", "Ticket #"),
    ),
]


# --- 4. RV park site reservations ----------------------------------------------------------------------------------

_RV_HOOKUPS = {"Full": 62.0, "Water/Electric": 48.0, "Dry": 28.0}
_RV_CHANNELS = {"Website": 4, "Phone": 2.5, "Campspot": 3, "Walk-in": 1}


def _rv_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35304)
    sites = {
        f"{row}{n:02d}": h for row, h in (("A", "Full"), ("B", "Water/Electric"), ("C", "Dry")) for n in range(1, 21)
    }
    rows: list[dict[str, Any]] = []
    for year in (2023, 2024):
        days = pd.date_range(f"{year}-04-01", f"{year}-10-31", freq="D")
        for day in days:
            summer = np.exp(-(((day.dayofyear - 190) / 45) ** 2))
            weekend = 1.6 if day.dayofweek >= 4 else 1.0
            for _ in range(int(rng.poisson((1.5 + 3.5 * summer) * weekend))):
                site = str(_one(rng, list(sites)))
                hook = sites[site]
                nights = int(min(21, 1 + rng.geometric(0.35 if hook == "Dry" else 0.25)))
                tent = hook == "Dry" and rng.random() < 0.5
                rig = "" if tent else f"{int(np.clip(rng.normal(31 if hook == 'Full' else 25, 7), 12, 45))} ft"
                rate = _RV_HOOKUPS[hook] * (1.2 if summer > 0.5 else 1.0) + (5 if year == 2024 else 0)
                pets = int(_one(rng, [0, 1, 2, 3], [5, 3, 1.5, 0.3]))
                rows.append(
                    {
                        "Site #": site,
                        "Hookup": hook.lower() if rng.random() < 0.05 else hook,
                        "Arrival Date": f"{day:%m/%d/%Y}",
                        "Nights": nights,
                        "Rig Length": rig,
                        "Nightly Rate": _money(rate),
                        "Guests": int(np.clip(rng.poisson(2.2) + 1, 1, 8)),
                        "Pets": pets,
                        "Booked Via": _one(rng, list(_RV_CHANNELS), list(_RV_CHANNELS.values())),
                    }
                )
    return pd.DataFrame(rows)


def _rv_revenue(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Nights") * _num(df, "Nightly Rate")


_RV_QS = [
    Q("how many nights did we book in total", _count(lambda df: int(_num(df, "Nights").sum())), ("Nights",)),
    Q("how long do people usually stay", _typical(lambda df: _num(df, "Nights")), ("Nights",)),
    Q(
        "which booking channel brings in the most money",
        _lead(_named(lambda df: _top(_rv_revenue(df).groupby(_text(df, "Booked Via")).sum()))),
        ("Booked Via", "Nights", "Nightly Rate"),
    ),
    Q(
        "whats the average rig length",
        _typical(lambda df: pd.to_numeric(_text(df, "Rig Length").str.extract(r"(\d+(?:\.\d+)?)")[0], errors="coerce")),
        ("Rig Length",),
    ),
    Q("what percent of reservations brought pets", _share(lambda df: float((_num(df, "Pets") > 0).mean())), ("Pets",)),
    Q(
        "which month had the most arrivals",
        _month_year(_busiest_month(lambda df: _date(df, "Arrival Date", "%m/%d/%Y"))),
        ("Arrival Date",),
    ),
]


# --- 5. Motel nightly room audit -----------------------------------------------------------------------------------


def _motel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35305)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2022-01-01", "2024-12-31", freq="D"):
        ooo = int(_one(rng, [0, 1, 2, 3, 4], [5, 3, 2, 1, 0.5]))
        avail = 64 - ooo
        summer = np.exp(-(((day.dayofyear - 195) / 50) ** 2))
        weekend = 0.14 if day.dayofweek in (4, 5) else 0.0
        growth = 0.03 * (day.year - 2022)
        occ = np.clip(0.45 + 0.38 * summer + weekend + growth + rng.normal(0, 0.08), 0.1, 1.0)
        sold = int(min(avail, round(avail * occ)))
        adr = 72 + 30 * summer + (8 if weekend else 0) + 3 * (day.year - 2022) + 12 * (occ - 0.6) + rng.normal(0, 3)
        row: dict[str, Any] = {
            "Audit Date": f"{day:%m/%d/%Y}",
            "Rooms Available": avail,
            "Rooms Sold": sold,
            "ADR": _money(adr),
            "No Shows": int(rng.poisson(0.4 + 1.2 * occ)),
            "Comp Rooms": int(rng.poisson(0.3)),
            "OOO Rooms": ooo,
            "Room Revenue": _money(sold * round(adr, 2)),
        }
        if rng.random() < 0.01:
            row |= {k: "" for k in ("Rooms Sold", "ADR", "No Shows", "Comp Rooms", "Room Revenue")}
        rows.append(row)
    return pd.DataFrame(rows)


def _mo_occ(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Rooms Sold") / _num(df, "Rooms Available")


def _mo_best_month(pooled: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        ok = _num(df, "Rooms Sold").notna()
        month = _date(df, "Audit Date", "%m/%d/%Y")[ok].dt.to_period("M")
        if pooled:
            s = _num(df, "Rooms Sold")[ok].groupby(month).sum() / _num(df, "Rooms Available")[ok].groupby(month).sum()
        else:
            s = _mo_occ(df)[ok].groupby(month).mean()
        return s.idxmax().to_timestamp()

    return value


_MO_QS = [
    Q(
        "how much room revenue did we do in 2023",
        _amount(lambda df: float(_num(df, "Room Revenue")[_date(df, "Audit Date", "%m/%d/%Y").dt.year == 2023].sum())),
        ("Room Revenue", "Audit Date"),
    ),
    Q(
        "whats our average occupancy",
        either(
            _share(lambda df: float(_mo_occ(df).mean())),
            _share(
                lambda df: float(_num(df, "Rooms Sold").sum() / _num(df, "Rooms Available")[_mo_occ(df).notna()].sum())
            ),
        ),
        ("Rooms Sold", "Rooms Available"),
    ),
    Q(
        "which month had the best occupancy",
        either(_month_year(_mo_best_month(True)), _month_year(_mo_best_month(False))),
        ("Rooms Sold", "Rooms Available", "Audit Date"),
    ),
    Q(
        "how many nights did we sell out",
        _count(lambda df: int((_num(df, "Rooms Sold") >= _num(df, "Rooms Available")).sum())),
        ("Rooms Sold", "Rooms Available", "Audit Date"),
    ),
    Q("total no shows?", _count(lambda df: int(_num(df, "No Shows").sum())), ("No Shows",)),
    Q(
        "does the rate go up when we sell more rooms",
        _corr(lambda df: _num(df, "ADR"), lambda df: _num(df, "Rooms Sold")),
        ("ADR", "Rooms Sold"),
    ),
]


# --- 6. Knife sharpening tickets -----------------------------------------------------------------------------------

# drop-off location: weight, days to return (mean)
_KS_SPOTS = {"Shop": (4, 2.0), "Farmers Market": (3, 7.0), "Hardware Store": (2, 4.0), "Kitchen Supply": (1.5, 3.5)}


def _knife_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35306)
    people = [_person(rng) for _ in range(420)]
    pull = rng.pareto(1.6, len(people)) + 0.2
    rows: list[dict[str, Any]] = []
    ticket = 5000
    for day in pd.date_range("2024-01-02", "2024-12-31", freq="D"):
        for _ in range(int(rng.poisson(4.2 if day.dayofweek == 5 else 2.8))):
            ticket += 1
            spot = str(_one(rng, list(_KS_SPOTS), [v[0] for v in _KS_SPOTS.values()]))
            if spot == "Farmers Market" and day.dayofweek != 5:
                spot = "Shop"
            knives = int(np.clip(rng.poisson(3.5), 0, 20))
            serrated = int(rng.binomial(knives, 0.2))
            scissors = int(_one(rng, [0, 1, 2], [6, 2, 0.5])) if knives else int(rng.integers(1, 3))
            price = 8 * (knives - serrated) + 12 * serrated + 10 * scissors
            rows.append(
                {
                    "Ticket": ticket,
                    "Customer": _one(rng, people, pull),
                    "Date In": f"{day.month}/{day.day}/{day.year}",
                    "Knives": knives,
                    "Serrated": serrated,
                    "Scissors": scissors,
                    "Price": _money(price),
                    "Days to Return": int(max(1, round(rng.normal(_KS_SPOTS[spot][1], 1.2)))),
                    "Drop-off Location": spot,
                }
            )
    return pd.DataFrame(rows)


def _ks_market(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Drop-off Location") == "Farmers Market"


_KS_QS = [
    Q("how many knives have we sharpened", _count(lambda df: int(_num(df, "Knives").sum())), ("Knives",)),
    Q("whats a typical ticket cost", _typical(lambda df: _num(df, "Price")), ("Price",)),
    Q(
        "where do most people drop off",
        _lead(_named(lambda df: _top(_text(df, "Drop-off Location").value_counts()))),
        ("Drop-off Location",),
    ),
    Q("how long does it take to get stuff back", _typical(lambda df: _num(df, "Days to Return")), ("Days to Return",)),
    Q(
        "and from the farmers market?",
        _typical(lambda df: _num(df, "Days to Return")[_ks_market(df)]),
        ("Days to Return", "Drop-off Location"),
    ),
    Q(
        "who's our best customer",
        _either_named(
            lambda df: _top(_text(df, "Customer").value_counts()),
            lambda df: _top(_num(df, "Price").groupby(_text(df, "Customer")).sum()),
        ),
        ("Customer", "Price", "Ticket"),
    ),
]


# --- 7. Bagel shop daily bake and waste sheet ----------------------------------------------------------------------

_BG_TYPES = {
    "Plain": 9, "Everything": 11, "Sesame": 6, "Poppy": 4, "Cinnamon Raisin": 5, "Onion": 3, "Asiago": 4.5,
}  # fmt: skip
_BG_WEATHER = {"Sunny": (4, 1.0), "Cloudy": (3, 0.95), "Rain": (2, 0.78), "Snow": (0.6, 0.65)}


def _bagel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35307)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-12-31", freq="D"):
        winter = day.month in (12, 1, 2)
        weather = str(
            _one(
                rng,
                list(_BG_WEATHER),
                [w * (1.0 if winter or k != "Snow" else 0.0) for k, (w, _) in _BG_WEATHER.items()],
            )
        )
        dow = {5: 1.45, 6: 1.3, 0: 0.85}.get(day.dayofweek, 1.0)
        unrecorded = rng.random() < 0.03
        for kind, base in _BG_TYPES.items():
            baked = int(np.rint(base * dow * float(rng.uniform(1.0, 1.2))))
            demand = base * dow * _BG_WEATHER[weather][1] * float(rng.normal(1.0, 0.12))
            sold = float(np.clip(round(2 * demand) / 2, 0, baked))
            left = baked - sold
            donated = float(round(2 * left * float(rng.uniform(0.3, 0.7))) / 2)
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Day": f"{day:%a}",
                    "Bagel Type": kind,
                    "Dozens Baked": baked,
                    "Dozens Sold": sold,
                    "Dozens Donated": donated,
                    "Dozens Tossed": left - donated,
                    "Weather": "" if unrecorded else weather,
                }
            )
    return pd.DataFrame(rows)


def _bg_rain(per_day: bool, kind: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        sel = _text(df, "Weather") == kind
        sold = _num(df, "Dozens Sold")[sel]
        return float(sold.groupby(_text(df, "Date")[sel]).sum().mean() if per_day else sold.mean())

    return value


def _bg_best_day(how: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        when = _date(df, "Date", "%Y-%m-%d")
        daily = _num(df, "Dozens Sold").groupby(when).sum()
        s = getattr(daily.groupby(daily.index.day_name()), how)()
        return _top(s)

    return value


_BG_QS = [
    Q(
        "how many dozen did we toss this year",
        _about(lambda df: float(_num(df, "Dozens Tossed").sum()), rel=0.002),
        ("Dozens Tossed",),
    ),
    Q(
        "which bagel sells best",
        _lead(_named(lambda df: _top(_num(df, "Dozens Sold").groupby(_text(df, "Bagel Type")).sum()))),
        ("Bagel Type", "Dozens Sold"),
    ),
    Q(
        "what % of what we bake ends up in the trash",
        either(
            _share(lambda df: float(_num(df, "Dozens Tossed").sum() / _num(df, "Dozens Baked").sum())),
            _share(lambda df: float((_num(df, "Dozens Tossed") / _num(df, "Dozens Baked")).mean())),
        ),
        ("Dozens Tossed", "Dozens Baked"),
    ),
    Q(
        "what day of the week do we sell the most",
        either(_weekday(_bg_best_day("sum")), _weekday(_bg_best_day("mean"))),
        ("Day", "Date", "Dozens Sold"),
    ),
    Q(
        "do we sell less when it rains compared to sunny days",
        either(
            _both_about(_bg_rain(True, "Rain"), _bg_rain(True, "Sunny")),
            _both_about(_bg_rain(False, "Rain"), _bg_rain(False, "Sunny")),
        ),
        ("Weather", "Dozens Sold", "Date"),
    ),
    Q(
        "how many dozens did we give away in december",
        _about(
            lambda df: float(_num(df, "Dozens Donated")[_date(df, "Date", "%Y-%m-%d").dt.month == 12].sum()), rel=0.002
        ),
        ("Dozens Donated", "Date"),
    ),
]


HELDOUT353 = [
    Dataset("pet_food_autoship_subscriptions", _petfood_frame, _PF_QS),
    Dataset("hunting_lodge_harvest_log", _hunting_frame, _HL_QS),
    Dataset("electrician_service_tickets", _electric_frame, _EL_QS),
    Dataset("rv_park_site_reservations", _rv_frame, _RV_QS),
    Dataset("motel_night_audit", _motel_frame, _MO_QS),
    Dataset("knife_sharpening_tickets", _knife_frame, _KS_QS),
    Dataset("bagel_shop_bake_and_waste", _bagel_frame, _BG_QS),
]
