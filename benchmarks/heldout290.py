"""HELDOUT290: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a bike repair shop's work
orders (March 2023 to October 2024, one row per work order) with "WO #" as "WO-23001", "Date In" and "Date Out" as
"03/14/2024" (Date Out blank while the bike is still in the shop), Customer as "Dave K.", "Bike Type" (Road, MTB,
Hybrid, E-Bike, Kids), Service ("Basic Tune-Up", "Full Overhaul", "Flat Repair", ...), "Parts $", "Labor $" and
"Total $" as "$45.00" (Total their sum), Mechanic and Status (Picked Up, Ready, In Progress, Waiting on Parts); an
art gallery's consignment sales (2022 to 2024, one row per artwork sold) with "Sale Date" as "2023-05-12", Artist,
Title, Medium, Size as "24 x 36 in", "List Price" and "Sold Price" as "$2,400", "Commission %" as "40%", "Artist
Payout" as "$1,440.00", "Buyer Type" (Collector, Walk-in, Online) and Show (blank for sales outside a show); a 3D
print farm's job log (2024, one row per job) with "Job ID" as "J-000123", Submitted as "2024-02-03 14:22", Printer
as "Bambu X1C #2", Material (PLA, PETG, ABS, TPU), "Filament Used (g)", "Print Time" as "5:42" (hours:minutes),
lower-case Status (success, failed, cancelled), "Failure Reason" (blank unless failed), Customer and Price as
"$18.50"; a translation agency's job list (2023 and 2024) with "Job No" as "TR-23-0412", Received, "Due Date" and
Delivered as "2023-03-12" (Delivered blank while in progress), Client, "Source Language", "Target Language", "Word
Count", "Rate/Word" as "$0.12", Translator, Rush (Yes/No) and "Invoice Amount" as "$1,234.56"; a real estate agent
team's showing log (2024, one row per showing, the same house shown many times) with "Showing Date" as "3/14/2024",
Address, "List Price" as "$425,000", Beds, Baths (2.5), "Sq Ft" as "1,850", "Buyer Client", "Feedback (1-5)" (blank
when the buyer gave none), "Offer Made" (Y/N) and Agent; a federal railroad highway-rail grade crossing incident file
(public data, 2019 to 2023) with "Incident Number", "Railroad Code" (UP, BNSF, CSX, NS, ...), "Incident Date" as
"01/15/2022", upper-case "State Name" and "County Name", "Highway User" (Automobile, Truck, Truck-trailer, Pick-up
truck, Pedestrian, Other), "Crossing Warning" (Gates, Flashing lights, Stop signs, Crossbucks, None), "Total
Killed", "Total Injured", "Train Speed" in mph (blank when not reported) and "Weather Condition"; and a state's
amusement ride injury reports (public data, 2019 to 2023) with "Report Date" as "2022-07-04", upper-case
"Park/Operator", "Ride Name", "Ride Type", "Injury Type", Age (a number, "Unknown" or blank), Sex (M, F or blank),
Hospitalized (Y/N) and "Cause Category". All are generated with a fixed seed.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .heldout273 import _both
from .offline_eval import Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one

_FIRST = ["Dave", "Maria", "Chris", "Jen", "Sam", "Alex", "Pat", "Kim", "Luis", "Nina", "Tom", "Rosa", "Ben", "Amy"]
_FIRST += ["Omar", "Grace", "Ian", "Lena", "Raj", "Tess", "Ken", "Mia", "Zach", "Ella"]


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {chr(65 + int(rng.integers(0, 26)))}."


def _day_in(rng: np.random.Generator, start: str, end: str) -> pd.Timestamp:
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    return lo + pd.Timedelta(days=int(rng.integers(0, (hi - lo).days + 1)))


def _when(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


# --- 1. Bike repair shop work orders -------------------------------------------------------------------------------

# service: labor $, parts $ range, days in shop range, weight
_BK_SERVICES: dict[str, tuple[float, tuple[float, float], tuple[int, int], float]] = {
    "Basic Tune-Up": (75.0, (0.0, 25.0), (1, 4), 8),
    "Full Overhaul": (225.0, (40.0, 260.0), (3, 10), 2),
    "Flat Repair": (15.0, (8.0, 18.0), (0, 1), 9),
    "Brake Adjustment": (30.0, (0.0, 45.0), (0, 2), 5),
    "Drivetrain Replacement": (60.0, (90.0, 320.0), (2, 8), 3),
    "Wheel True": (35.0, (0.0, 20.0), (1, 3), 3),
    "E-Bike Diagnostic": (95.0, (0.0, 180.0), (2, 12), 2),
}
_BK_MECHANICS = {"Hank": 4.0, "Sofia": 3.0, "Derek": 2.5, "Priya": 1.5}
_BK_TYPES = {"Road": 3.0, "MTB": 3.0, "Hybrid": 4.0, "E-Bike": 2.0, "Kids": 1.2}


def _bike_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29001)
    rows: list[dict[str, Any]] = []
    customers = [_person(rng) for _ in range(420)]
    starts = pd.date_range("2023-03-01", "2024-10-31", freq="D")
    for i, pick in enumerate(np.sort(rng.integers(0, len(starts), 1450))):
        day = starts[int(pick)]
        kind = str(_one(rng, list(_BK_TYPES), list(_BK_TYPES.values())))
        names = list(_BK_SERVICES)
        weights = [
            v[3] * (3 if (s == "E-Bike Diagnostic" and kind == "E-Bike") else 1) for s, v in _BK_SERVICES.items()
        ]
        if kind != "E-Bike":
            weights[names.index("E-Bike Diagnostic")] = 0
        service = str(_one(rng, names, weights))
        labor, (plo, phi), (dlo, dhi), _w = _BK_SERVICES[service]
        parts = round(float(rng.uniform(plo, phi)), 2) if rng.random() < 0.8 else 0.0
        if kind == "E-Bike":
            labor += 20.0
        stay = int(rng.integers(dlo, dhi + 1))
        out = day + pd.Timedelta(days=stay)
        recent = day > pd.Timestamp("2024-10-18")
        if recent and rng.random() < 0.6:
            status = str(_one(rng, ["In Progress", "Waiting on Parts"], [2, 1]))
        elif rng.random() < 0.02:
            status = "Waiting on Parts"
        else:
            status = str(_one(rng, ["Picked Up", "Ready"], [9, 1]) if recent else "Picked Up")
        rows.append(
            {
                "WO #": f"WO-{day.year % 100}{i + 1:03d}",
                "Date In": f"{day:%m/%d/%Y}",
                "Date Out": f"{out:%m/%d/%Y}" if status in ("Picked Up", "Ready") else "",
                "Customer": customers[int(rng.integers(0, len(customers)))],
                "Bike Type": kind,
                "Service": service,
                "Parts $": f"${parts:,.2f}",
                "Labor $": f"${labor:,.2f}",
                "Total $": f"${parts + labor:,.2f}",
                "Mechanic": str(_one(rng, list(_BK_MECHANICS), list(_BK_MECHANICS.values()))),
                "Status": status,
            }
        )
    return pd.DataFrame(rows)


def _bk_days(df: pd.DataFrame) -> pd.Series:
    fmt = "%m/%d/%Y"
    return ((_when(df, "Date Out", fmt) - _when(df, "Date In", fmt)).dt.days).dropna().astype(float)


def _bk_labor_2024(df: pd.DataFrame) -> float:
    return float(_num(df, "Labor $")[_when(df, "Date In", "%m/%d/%Y").dt.year == 2024].sum())


_BK_QS = [
    Q(
        "how many e-bikes have come in",
        _count(lambda df: int((_text(df, "Bike Type") == "E-Bike").sum())),
        ("Bike Type",),
    ),
    Q(
        "whats the average bill for a basic tune up",
        has(lambda df: float(_num(df, "Total $")[_text(df, "Service") == "Basic Tune-Up"].mean()), rel=0.005),
        ("Service", "Total $"),
    ),
    Q(
        "which mechanic did the most jobs",
        _lead(_named(lambda df: _top(_text(df, "Mechanic").value_counts()))),
        ("Mechanic", "WO #"),
    ),
    Q("how long do bikes usually sit in the shop", _typical(_bk_days), ("Date In", "Date Out")),
    Q(
        "how many are waiting on parts right now",
        _count(lambda df: int((_text(df, "Status") == "Waiting on Parts").sum())),
        ("Status",),
    ),
    Q("total labor we billed in 2024?", _amount(_bk_labor_2024), ("Labor $", "Date In")),
]


# --- 2. Art gallery consignment sales ------------------------------------------------------------------------------

# artist: medium, price range, weight
_AG_ARTISTS: dict[str, tuple[str, tuple[int, int], float]] = {
    "Helen Marsh": ("Oil on canvas", (1800, 9500), 3.0),
    "Tomas Reyes": ("Acrylic on canvas", (900, 4200), 4.0),
    "June Okafor": ("Watercolor", (350, 1600), 3.5),
    "Ravi Sethi": ("Photography", (400, 2200), 2.5),
    "Claire Dubois": ("Mixed Media", (700, 3800), 2.5),
    "Walt Brennan": ("Bronze", (3500, 18000), 1.0),
    "Mika Tanaka": ("Ceramic", (250, 1400), 3.0),
    "Grace Holloway": ("Oil on panel", (1200, 6000), 2.0),
}
_AG_WORDS = ["Morning", "Harbor", "Quiet", "Red", "Field", "Study", "Light", "Blue", "River", "Hollow", "Winter"]
_AG_WORDS += ["Garden", "Still Life", "Figure", "Evening", "Coast", "Untitled", "Bloom", "Stone", "Window"]
_AG_SHOWS = ["New Work 2022", "Small Works Holiday 2022", "Coastlines", "Spring Salon 2023", "Members Show 2023"]
_AG_SHOWS += ["Small Works Holiday 2023", "Surface & Form", "Spring Salon 2024", "Small Works Holiday 2024"]


def _gallery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29002)
    rows: list[dict[str, Any]] = []
    artists = list(_AG_ARTISTS)
    for _ in range(520):
        day = _day_in(rng, "2022-01-08", "2024-12-21")
        artist = str(_one(rng, artists, [v[2] for v in _AG_ARTISTS.values()]))
        medium, (lo, hi), _w = _AG_ARTISTS[artist]
        listed = int(round(float(rng.uniform(lo, hi)) / 50) * 50)
        buyer = str(_one(rng, ["Collector", "Walk-in", "Online"], [3, 4, 3]))
        cut = {"Collector": 0.88, "Walk-in": 0.95, "Online": 0.97}[buyer]
        sold = listed if rng.random() < 0.45 else int(round(listed * float(rng.uniform(cut - 0.08, 0.99)) / 25) * 25)
        commission = 50 if medium == "Bronze" else int(_one(rng, [40, 45, 50], [5, 2, 1]))
        w, h = (int(x) for x in rng.choice([8, 10, 12, 16, 18, 20, 24, 30, 36, 40, 48], 2))
        rows.append(
            {
                "Sale Date": f"{day:%Y-%m-%d}",
                "Artist": artist,
                "Title": f"{_one(rng, _AG_WORDS)} {_one(rng, _AG_WORDS)} {int(rng.integers(1, 30))}",
                "Medium": medium,
                "Size": f"{w} x {h} in",
                "List Price": f"${listed:,}",
                "Sold Price": f"${sold:,}",
                "Commission %": f"{commission}%",
                "Artist Payout": f"${sold * (100 - commission) / 100:,.2f}",
                "Buyer Type": buyer,
                "Show": str(_one(rng, [x for x in _AG_SHOWS if str(day.year) in x or not x[-1].isdigit()]))
                if rng.random() < 0.65
                else "",
            }
        )
    return pd.DataFrame(rows).sort_values("Sale Date", kind="stable").reset_index(drop=True)


def _ag_online(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Buyer Type") == "Online"


_AG_QS = [
    Q("how much did we sell in total", _amount(lambda df: float(_num(df, "Sold Price").sum())), ("Sold Price",)),
    Q(
        "which artist sold the most pieces",
        _lead(_named(lambda df: _top(_text(df, "Artist").value_counts()))),
        ("Artist", "Title"),
    ),
    Q(
        "what share of sales are online?",
        either(
            _share(lambda df: float(_ag_online(df).mean())),
            _share(lambda df: float(_num(df, "Sold Price")[_ag_online(df)].sum() / _num(df, "Sold Price").sum())),
        ),
        ("Buyer Type", "Sold Price"),
    ),
    Q(
        "and do online buyers spend more or less than collectors",
        _about(
            lambda df: [_num(df, "Sold Price")[_text(df, "Buyer Type") == b].mean() for b in ("Online", "Collector")],
            0.005,
        ),
        ("Buyer Type", "Sold Price"),
    ),
    Q(
        "on average how far below asking do pieces sell",
        either(
            _about(lambda df: float((_num(df, "List Price") - _num(df, "Sold Price")).mean()), 0.005),
            _share(lambda df: float((1 - _num(df, "Sold Price") / _num(df, "List Price")).mean())),
            _share(lambda df: float(1 - _num(df, "Sold Price").sum() / _num(df, "List Price").sum())),
        ),
        ("List Price", "Sold Price"),
    ),
    Q(
        "how much did we pay out to artists in 2024",
        _amount(lambda df: float(_num(df, "Artist Payout")[_text(df, "Sale Date").str[:4] == "2024"].sum())),
        ("Artist Payout", "Sale Date"),
    ),
]


# --- 3. 3D print farm job log --------------------------------------------------------------------------------------

_PF_PRINTERS = {"Prusa MK4 #1": 3, "Prusa MK4 #2": 3, "Bambu X1C #1": 4, "Bambu X1C #2": 4, "Ender 3 V2": 1.5}
_PF_PRINTERS |= {"Prusa XL": 2}
# material: $ per gram, failure rate, weight
_PF_MATERIALS: dict[str, tuple[float, float, float]] = {
    "PLA": (0.06, 0.06, 10),
    "PETG": (0.08, 0.09, 4),
    "ABS": (0.09, 0.17, 2),
    "TPU": (0.14, 0.22, 1),
}
_PF_REASONS = {"Bed adhesion": 5, "Spaghetti": 3, "Nozzle clog": 2.5, "Layer shift": 1.5, "Power loss": 0.5}
_PF_CUSTOMERS = ["Makerspace Co", "Acme Robotics", "J. Alvarez", "Etsy - TinyPots", "Lakeview HS", "R. Chen"]
_PF_CUSTOMERS += ["Drone Lab LLC", "Cosplay by Kat", "M. Patel", "Walk-up"]


def _print_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29003)
    rows: list[dict[str, Any]] = []
    printers = list(_PF_PRINTERS)
    for i, offset in enumerate(np.sort(rng.integers(0, 364 * 24 * 60, 2100))):
        when = pd.Timestamp("2024-01-02") + pd.Timedelta(minutes=int(offset))
        material = str(_one(rng, list(_PF_MATERIALS), [v[2] for v in _PF_MATERIALS.values()]))
        per_g, fail, _w = _PF_MATERIALS[material]
        printer = str(_one(rng, printers, list(_PF_PRINTERS.values())))
        if printer == "Ender 3 V2":
            fail += 0.08
        grams = float(np.round(rng.lognormal(4.3, 0.8), 1))
        minutes = int(grams * float(rng.uniform(1.6, 2.6))) + 10
        r = rng.random()
        status = "failed" if r < fail else ("cancelled" if r < fail + 0.04 else "success")
        if status != "success":
            frac = float(rng.uniform(0.05, 0.9))
            grams = float(np.round(grams * frac, 1))
            minutes = int(minutes * frac) + 1
        price = round(grams * per_g * 1.0 + minutes / 60 * 0.75 + 2.0, 2) if status == "success" else 0.0
        rows.append(
            {
                "Job ID": f"J-{i + 1:06d}",
                "Submitted": f"{when:%Y-%m-%d %H:%M}",
                "Printer": printer,
                "Material": material,
                "Filament Used (g)": grams,
                "Print Time": f"{minutes // 60}:{minutes % 60:02d}",
                "Status": status,
                "Failure Reason": str(_one(rng, list(_PF_REASONS), list(_PF_REASONS.values())))
                if status == "failed"
                else "",
                "Customer": str(_one(rng, _PF_CUSTOMERS)),
                "Price": f"${price:.2f}",
            }
        )
    return pd.DataFrame(rows)


def _pf_hours(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Print Time").str.split(":", expand=True).astype(float)
    return parts[0] + parts[1] / 60


def _pf_failed(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Status").str.lower() == "failed"


_PF_QS = [
    Q(
        "what's our failure rate",
        either(
            _share(lambda df: float(_pf_failed(df).mean())),
            _share(lambda df: float(_pf_failed(df)[_text(df, "Status").str.lower() != "cancelled"].mean())),
        ),
        ("Status",),
    ),
    Q(
        "which material has the worst failure rate",
        _lead(_named(lambda df: _top(_pf_failed(df).groupby(_text(df, "Material")).mean()))),
        ("Material", "Status"),
    ),
    Q(
        "most common reason prints fail?",
        _lead(_named(lambda df: _top(_text(df, "Failure Reason").replace("", pd.NA).dropna().value_counts()))),
        ("Failure Reason", "Status"),
    ),
    Q(
        "how many hours of printing did we do in total",
        either(
            _about(lambda df: float(_pf_hours(df).sum()), 0.003),
            _about(lambda df: float(_pf_hours(df)[_text(df, "Status") == "success"].sum()), 0.003),
        ),
        ("Print Time", "Status"),
    ),
    Q(
        "how much filament went into tpu jobs",
        _amount(lambda df: float(df["Filament Used (g)"][_text(df, "Material") == "TPU"].astype(float).sum())),
        ("Filament Used (g)", "Material"),
    ),
    Q(
        "which printer made the most money",
        _lead(_named(lambda df: _top(_num(df, "Price").groupby(_text(df, "Printer")).sum()))),
        ("Printer", "Price"),
    ),
]


# --- 4. Translation agency job list --------------------------------------------------------------------------------

# (source, target): base rate per word, weight
_TR_PAIRS: dict[tuple[str, str], tuple[float, float]] = {
    ("English", "Spanish"): (0.10, 9),
    ("English", "French"): (0.12, 5),
    ("English", "German"): (0.13, 4),
    ("English", "Japanese"): (0.18, 2),
    ("English", "Portuguese"): (0.11, 3),
    ("Spanish", "English"): (0.10, 6),
    ("German", "English"): (0.13, 2),
    ("English", "Chinese (Simplified)"): (0.16, 2.5),
}
_TR_TRANSLATORS = {"Spanish": ["Lucia Ortega", "Diego Marin"], "French": ["Anne Leclerc"], "German": ["Jonas Weber"]}
_TR_TRANSLATORS |= {"Japanese": ["Aiko Mori"], "Portuguese": ["Bruno Costa"], "English": ["Lucia Ortega", "Kate Ross"]}
_TR_TRANSLATORS |= {"Chinese (Simplified)": ["Wei Zhang"]}
_TR_CLIENTS = ["MedTech Devices Inc", "Lopez & Hart LLP", "Globex Software", "City of Riverton", "Nordic Outdoor"]
_TR_CLIENTS += ["BrightPath Pharma", "Sunrise Travel", "Hanover Insurance Grp"]


def _translation_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29004)
    rows: list[dict[str, Any]] = []
    pairs = list(_TR_PAIRS)
    for i in range(940):
        got = _day_in(rng, "2023-01-03", "2024-12-20")
        pair = pairs[int(rng.choice(len(pairs), p=np.array([v[1] for v in _TR_PAIRS.values()]) / 33.5))]
        base, _w = _TR_PAIRS[pair]
        words = int(np.clip(rng.lognormal(7.3, 0.9), 120, 40000))
        rush = rng.random() < 0.22
        rate = round(base * (1.3 if rush else 1.0) + float(rng.choice([0.0, 0.01, -0.01])), 2)
        span = max(1, int(words / (3500 if rush else 1800)) + int(rng.integers(1, 4 if rush else 8)))
        due = got + pd.Timedelta(days=span)
        delivered = due + pd.Timedelta(days=int(_one(rng, [-3, -2, -1, 0, 0, 0, 1, 2, 4], [2, 3, 4, 6, 0, 0, 2, 1, 1])))
        delivered = max(delivered, got + pd.Timedelta(days=1))
        pending = due > pd.Timestamp("2024-12-18")
        target = pair[1]
        rows.append(
            {
                "Job No": f"TR-{got.year % 100}-{i + 1:04d}",
                "Received": f"{got:%Y-%m-%d}",
                "Due Date": f"{due:%Y-%m-%d}",
                "Delivered": "" if pending else f"{delivered:%Y-%m-%d}",
                "Client": str(_one(rng, _TR_CLIENTS)),
                "Source Language": pair[0],
                "Target Language": target,
                "Word Count": words,
                "Rate/Word": f"${rate:.2f}",
                "Translator": str(_one(rng, _TR_TRANSLATORS[target])),
                "Rush": "Yes" if rush else "No",
                "Invoice Amount": f"${words * rate:,.2f}",
            }
        )
    return pd.DataFrame(rows)


def _tr_top_pair(df: pd.DataFrame) -> tuple[str, str]:
    counts = df.assign(s=_text(df, "Source Language"), t=_text(df, "Target Language")).groupby(["s", "t"]).size()
    return tuple(counts.sort_index().idxmax())


def _tr_late(df: pd.DataFrame) -> int:
    due, done = _when(df, "Due Date", "%Y-%m-%d"), _when(df, "Delivered", "%Y-%m-%d")
    return int((done > due).sum())


_TR_QS = [
    Q("how many words did we translate in total", _count(lambda df: int(df["Word Count"].sum())), ("Word Count",)),
    Q(
        "which language pair do we do the most",
        _lead(_both(_named(lambda df: _tr_top_pair(df)[0]), _named(lambda df: _tr_top_pair(df)[1]))),
        ("Source Language", "Target Language"),
    ),
    Q("how many jobs were delivered late", _count(_tr_late), ("Due Date", "Delivered")),
    Q("what percent of jobs are rush", _share(lambda df: float((_text(df, "Rush") == "Yes").mean())), ("Rush",)),
    Q(
        "do rush jobs pay more per word?",
        has(lambda df: _num(df, "Rate/Word").groupby(_text(df, "Rush")).mean().to_numpy(), rel=0.01),
        ("Rush", "Rate/Word"),
    ),
    Q(
        "who brought in the most invoice money",
        _lead(_named(lambda df: _top(_num(df, "Invoice Amount").groupby(_text(df, "Translator")).sum()))),
        ("Translator", "Invoice Amount"),
    ),
]


# --- 5. Real estate showing log ------------------------------------------------------------------------------------

_RE_STREETS = ["Maple Ave", "Oak St", "Birch Ln", "Cedar Ct", "Willow Dr", "Elm St", "Juniper Way", "Aspen Rd"]
_RE_STREETS += ["Lakeview Dr", "Hillcrest Blvd", "Sycamore St", "Pine Ridge Rd"]
_RE_AGENTS = {"Karen Liu": 4, "Mike Donovan": 3, "Tasha Green": 2.5, "Rob Ellis": 1.5}


def _showing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29005)
    homes: list[dict[str, Any]] = []
    for _ in range(110):
        beds = int(_one(rng, [2, 3, 4, 5], [2, 5, 4, 1]))
        baths = float(_one(rng, [1.0, 1.5, 2.0, 2.5, 3.0, 3.5], [1, 2, 4, 4, 2, 1]))
        sqft = int(round(float(rng.normal(650 + 420 * beds, 180)) / 10) * 10)
        price = int(round(sqft * float(rng.uniform(190, 290)) / 5000) * 5000)
        homes.append(
            {
                "Address": f"{int(rng.integers(100, 9900))} {_one(rng, _RE_STREETS)}",
                "List Price": price,
                "Beds": beds,
                "Baths": baths,
                "Sq Ft": sqft,
                "appeal": float(rng.normal(0, 0.7)),
                "weight": float(rng.uniform(0.5, 3)),
            }
        )
    buyers = sorted({_person(rng) for _ in range(70)})
    agent_of = {b: str(_one(rng, list(_RE_AGENTS), list(_RE_AGENTS.values()))) for b in buyers}
    rows: list[dict[str, Any]] = []
    for _ in range(760):
        day = _day_in(rng, "2024-01-06", "2024-11-30")
        home = homes[
            int(rng.choice(len(homes), p=np.array([h["weight"] for h in homes]) / sum(h["weight"] for h in homes)))
        ]
        buyer = buyers[int(rng.integers(0, len(buyers)))]
        score = int(np.clip(round(3.2 + home["appeal"] + float(rng.normal(0, 0.9))), 1, 5))
        offer = rng.random() < {1: 0.0, 2: 0.02, 3: 0.07, 4: 0.2, 5: 0.4}[score]
        rows.append(
            {
                "Showing Date": f"{day.month}/{day.day}/{day.year}",
                "Address": home["Address"],
                "List Price": f"${home['List Price']:,}",
                "Beds": home["Beds"],
                "Baths": home["Baths"],
                "Sq Ft": f"{home['Sq Ft']:,}",
                "Buyer Client": buyer,
                "Feedback (1-5)": score if rng.random() < 0.82 or offer else "",
                "Offer Made": "Y" if offer else "N",
                "Agent": agent_of[buyer],
            }
        )
    return pd.DataFrame(rows)


def _re_top_agent(df: pd.DataFrame) -> str:
    return _top(_text(df, "Agent").value_counts())


def _re_top_clients(df: pd.DataFrame) -> list[str]:
    """The top agent's clients with the most offers (all of them when tied)."""
    mine = df[_text(df, "Agent") == _re_top_agent(df)]
    offers = (_text(mine, "Offer Made") == "Y").groupby(_text(mine, "Buyer Client")).sum()
    return sorted(str(c) for c in offers[offers == offers.max()].index)


def _re_four_bed(df: pd.DataFrame, distinct: bool) -> float:
    four = df[df["Beds"] == 4]
    if distinct:
        four = four.drop_duplicates("Address")
    return float(_num(four, "List Price").mean())


_RE_QS = [
    Q("how many different houses did we show", _count(lambda df: int(_text(df, "Address").nunique())), ("Address",)),
    Q(
        "what percent of showings ended with an offer",
        _share(lambda df: float((_text(df, "Offer Made") == "Y").mean())),
        ("Offer Made",),
    ),
    Q(
        "average feedback score when they made an offer vs when they didn't",
        _about(lambda df: _num(df, "Feedback (1-5)").groupby(_text(df, "Offer Made")).mean().to_numpy(), 0.005),
        ("Feedback (1-5)", "Offer Made"),
    ),
    Q("which agent had the most showings", _lead(_named(_re_top_agent)), ("Agent",)),
    Q(
        "and which of their clients made the most offers",
        _lead(_named_any(_re_top_clients)),
        ("Buyer Client", "Offer Made", "Agent"),
    ),
    Q(
        "whats the average asking price for 4 bedroom places",
        either(_amount(lambda df: _re_four_bed(df, False)), _amount(lambda df: _re_four_bed(df, True))),
        ("List Price", "Beds", "Address"),
    ),
]


# --- 6. FRA highway-rail grade crossing incidents ------------------------------------------------------------------

# state: counties, weight
_GX_STATES: dict[str, tuple[list[str], float]] = {
    "TEXAS": (["HARRIS", "DALLAS", "TARRANT", "BEXAR", "JEFFERSON", "NUECES"], 9),
    "CALIFORNIA": (["LOS ANGELES", "SAN BERNARDINO", "KERN", "FRESNO", "RIVERSIDE"], 6),
    "ILLINOIS": (["COOK", "WILL", "DU PAGE", "LAKE", "MCLEAN"], 5),
    "GEORGIA": (["FULTON", "BIBB", "CHATHAM", "DOUGHERTY"], 3.5),
    "INDIANA": (["LAKE", "ALLEN", "MARION", "PORTER"], 3.5),
    "LOUISIANA": (["CADDO", "EAST BATON ROUGE", "CALCASIEU", "OUACHITA"], 3),
    "OHIO": (["CUYAHOGA", "LUCAS", "FRANKLIN", "STARK"], 3),
    "FLORIDA": (["DUVAL", "POLK", "BROWARD", "HILLSBOROUGH"], 3),
    "ALABAMA": (["JEFFERSON", "MOBILE", "MADISON"], 2.5),
    "IOWA": (["POLK", "LINN", "SCOTT"], 1.5),
}
_GX_RAILROADS = {"UP": 6, "BNSF": 5, "NS": 4, "CSX": 4, "CN": 1.5, "KCS": 1, "ATK": 1, "CPRS": 0.8}
# highway user: weight, chance of a death, injuries mean
_GX_USERS: dict[str, tuple[float, float, float]] = {
    "Automobile": (10, 0.08, 0.45),
    "Pick-up truck": (3.5, 0.08, 0.4),
    "Truck": (2.5, 0.05, 0.35),
    "Truck-trailer": (3.5, 0.04, 0.3),
    "Pedestrian": (2.5, 0.55, 0.4),
    "Other": (1.2, 0.1, 0.3),
}
_GX_WARNINGS = {"Gates": 5, "Flashing lights": 2, "Crossbucks": 2.5, "Stop signs": 1, "None": 0.6}
_GX_WEATHER = {"Clear": 12, "Cloudy": 4, "Rain": 2, "Fog": 0.6, "Snow": 0.8, "Sleet": 0.2}
_GX_YEARS = {2019: 2200, 2020: 1900, 2021: 2050, 2022: 2100, 2023: 2150}


def _crossing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29006)
    rows: list[dict[str, Any]] = []
    states = list(_GX_STATES)
    scale = 3200 / sum(_GX_YEARS.values())
    for year, base in _GX_YEARS.items():
        for j in range(int(base * scale) + int(rng.integers(-25, 26))):
            day = _day_in(rng, f"{year}-01-01", f"{year}-12-31")
            state = str(_one(rng, states, [v[1] for v in _GX_STATES.values()]))
            user = str(_one(rng, list(_GX_USERS), [v[0] for v in _GX_USERS.values()]))
            _w, p_dead, injured = _GX_USERS[user]
            speed = int(np.clip(rng.gamma(2.2, 12), 1, 79))
            lift = speed / 30
            killed = int(rng.random() < min(0.95, p_dead * lift)) + int(rng.random() < 0.02 * lift)
            hurt = int(rng.poisson(injured * (0.4 + 0.6 * lift)))
            road = str(_one(rng, list(_GX_RAILROADS), list(_GX_RAILROADS.values())))
            rows.append(
                {
                    "Incident Number": f"{road}{year % 100}{j + 1:04d}",
                    "Railroad Code": road,
                    "Incident Date": f"{day:%m/%d/%Y}",
                    "State Name": state,
                    "County Name": str(_one(rng, _GX_STATES[state][0])),
                    "Highway User": user,
                    "Crossing Warning": str(_one(rng, list(_GX_WARNINGS), list(_GX_WARNINGS.values()))),
                    "Total Killed": killed,
                    "Total Injured": hurt,
                    "Train Speed": speed if rng.random() > 0.07 else np.nan,
                    "Weather Condition": str(_one(rng, list(_GX_WEATHER), list(_GX_WEATHER.values()))),
                }
            )
    return pd.DataFrame(rows)


def _gx_user(df: pd.DataFrame, user: str) -> pd.DataFrame:
    return df[_text(df, "Highway User") == user]


_GX_QS = [
    Q("how many people died at crossings overall", _count(lambda df: int(df["Total Killed"].sum())), ("Total Killed",)),
    Q(
        "which state had the most accidents",
        _lead(_named(lambda df: _top(_text(df, "State Name").value_counts()))),
        ("State Name",),
    ),
    Q(
        "what share of incidents involved pedestrians",
        _share(lambda df: float((_text(df, "Highway User") == "Pedestrian").mean())),
        ("Highway User",),
    ),
    Q(
        "and how deadly are those compared to car crashes?",
        either(
            has(lambda df: [_gx_user(df, u)["Total Killed"].mean() for u in ("Pedestrian", "Automobile")], rel=0.01),
            _both(
                _share(lambda df: float((_gx_user(df, "Pedestrian")["Total Killed"] > 0).mean())),
                _share(lambda df: float((_gx_user(df, "Automobile")["Total Killed"] > 0).mean())),
            ),
        ),
        ("Highway User", "Total Killed"),
    ),
    Q(
        "are faster trains linked to more injuries",
        _corr(lambda df: df["Train Speed"].astype(float), lambda df: df["Total Injured"].astype(float)),
        ("Train Speed", "Total Injured"),
    ),
    Q(
        "which year had the most accidents",
        _lead(_year(lambda df: _top(_when(df, "Incident Date", "%m/%d/%Y").dt.year.value_counts()))),
        ("Incident Date",),
    ),
]


# --- 7. Amusement ride injury reports ------------------------------------------------------------------------------

# park: rides (name, type)
_AR_PARKS: dict[str, list[tuple[str, str]]] = {
    "SIX FLAGS OVER GEORGIA": [
        ("Goliath", "Roller Coaster"),
        ("Dahlonega Mine Train", "Roller Coaster"),
        ("Acrophobia", "Drop Tower"),
        ("Splashwater Falls", "Water Ride"),
    ],
    "WHITE WATER ATLANTA": [("Cliffhanger", "Water Slide"), ("Tornado", "Water Slide"), ("Wave Pool", "Water Slide")],
    "LAKE WINNEPESAUKAH": [("Cannon Ball", "Roller Coaster"), ("Wacky Soft Bumper Cars", "Bumper Cars")],
    "MALIBU GRAND PRIX": [("Grand Prix Karts", "Go-Kart")],
    "COUNTY FAIR AMUSEMENTS LLC": [
        ("Zipper", "Spinning"),
        ("Tilt-A-Whirl", "Spinning"),
        ("Giant Slide", "Inflatable"),
        ("Bounce House", "Inflatable"),
    ],
    "FUNTOWN FAMILY PARK": [("Kiddie Coaster", "Roller Coaster"), ("Teacups", "Spinning"), ("Go Karts", "Go-Kart")],
}
_AR_TYPES_INJURY = {
    "Roller Coaster": {"Head/Neck": 4, "Back": 3, "Whiplash": 2, "Laceration": 1},
    "Drop Tower": {"Back": 3, "Head/Neck": 2, "Fainting": 2},
    "Water Slide": {"Laceration": 4, "Head/Neck": 2, "Fracture": 1.5, "Sprain": 2},
    "Water Ride": {"Laceration": 2, "Sprain": 2, "Head/Neck": 1},
    "Bumper Cars": {"Whiplash": 3, "Head/Neck": 2, "Bruise": 2},
    "Go-Kart": {"Fracture": 2, "Whiplash": 3, "Bruise": 3, "Burn": 1},
    "Spinning": {"Fainting": 2, "Head/Neck": 2, "Bruise": 2},
    "Inflatable": {"Fracture": 3, "Sprain": 3, "Bruise": 2},
}
_AR_PARK_W = [5, 4, 2, 2, 3, 2]
_AR_CAUSES = {"Rider Behavior": 5, "Patron Health": 3, "Operator Error": 1.5, "Mechanical": 1, "Unknown": 1.5}


def _ride_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29007)
    rows: list[dict[str, Any]] = []
    parks = list(_AR_PARKS)
    for _ in range(640):
        year = int(_one(rng, [2019, 2020, 2021, 2022, 2023], [5, 1.5, 4, 5.5, 6]))
        month = int(_one(rng, list(range(1, 13)), [0.2, 0.2, 1, 2, 4, 8, 9, 7, 3, 1.5, 0.4, 0.3]))
        day = pd.Timestamp(year, month, int(rng.integers(1, pd.Period(f"{year}-{month:02d}").days_in_month + 1)))
        park = str(_one(rng, parks, _AR_PARK_W))
        ride, kind = _AR_PARKS[park][int(rng.integers(0, len(_AR_PARKS[park])))]
        injuries = _AR_TYPES_INJURY[kind]
        injury = str(_one(rng, list(injuries), list(injuries.values())))
        age = int(np.clip(rng.normal(24 if kind != "Inflatable" else 9, 13), 3, 78))
        r = rng.random()
        age_text: Any = age if r > 0.08 else ("Unknown" if r < 0.05 else "")
        sex = str(_one(rng, ["F", "M", ""], [5, 4.5, 0.4]))
        hosp = rng.random() < (0.45 if injury in ("Fracture", "Head/Neck") else 0.15) + (0.08 if sex == "F" else 0)
        rows.append(
            {
                "Report Date": f"{day:%Y-%m-%d}",
                "Park/Operator": park,
                "Ride Name": ride,
                "Ride Type": kind,
                "Injury Type": injury,
                "Age": age_text,
                "Sex": sex,
                "Hospitalized": "Y" if hosp else "N",
                "Cause Category": str(_one(rng, list(_AR_CAUSES), list(_AR_CAUSES.values()))),
            }
        )
    return pd.DataFrame(rows).sort_values("Report Date", kind="stable").reset_index(drop=True)


def _ar_hosp_share(df: pd.DataFrame) -> float:
    return float((_text(df, "Hospitalized") == "Y").mean())


_AR_QS = [
    Q(
        "how many injury reports are there each year",
        _count(lambda df: _text(df, "Report Date").str[:4].value_counts().sort_index().to_numpy()),
        ("Report Date",),
    ),
    Q(
        "what kind of ride hurts the most people",
        _lead(_named(lambda df: _top(_text(df, "Ride Type").value_counts()))),
        ("Ride Type",),
    ),
    Q("how old are the injured riders usually", _typical(lambda df: _num(df, "Age").dropna()), ("Age",)),
    Q("how many reports don't give an age", _count(lambda df: int(_num(df, "Age").isna().sum())), ("Age",)),
    Q("what share of injured people ended up in the hospital", _share(_ar_hosp_share), ("Hospitalized",)),
    Q("and for women?", _share(lambda df: _ar_hosp_share(df[_text(df, "Sex") == "F"])), ("Hospitalized", "Sex")),
]


HELDOUT290: list[Dataset] = [
    Dataset("bike_repair_shop_work_orders", _bike_frame, _BK_QS),
    Dataset("art_gallery_consignment_sales", _gallery_frame, _AG_QS),
    Dataset("print_farm_job_log", _print_frame, _PF_QS),
    Dataset("translation_agency_job_list", _translation_frame, _TR_QS),
    Dataset("real_estate_showing_log", _showing_frame, _RE_QS),
    Dataset("fra_grade_crossing_incidents", _crossing_frame, _GX_QS),
    Dataset("amusement_ride_injury_reports", _ride_frame, _AR_QS),
]
