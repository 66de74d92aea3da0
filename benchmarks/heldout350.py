"""HELDOUT350: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a peanut buying point's inspection
tickets (the 2023 and 2024 harvests, September to November, one row per load) with "Load #" (a five-digit number),
Date as "10/03/2023", Farmer, "Peanut Type" (Runner, Virginia, Spanish, Valencia; now and then upper case), "Net Wt
(lbs)" as "44,820", "SMK %", "LSK %", "Moisture %" (wetter loads paid less), "FM %" (foreign material), "Price/Ton" as
"$455.20" and Seg (1, 2 or 3; segregation 2 and 3 paid far less). A tortilleria's daily production log (June 2023
to May 2024, closed Sundays, one row per product a day) with Date as "2023-06-01", Product (Corn Tortillas, Flour
Tortillas, Tostadas, Chips), "Dozens Made", "Dozens Sold - Stores", "Dozens Sold - Counter", "Masa Lbs" ("N/A" for
flour tortillas, blank now and then) and "Waste Dozens". A used car dealership's deal jackets (2023 and 2024, one row
per car sold) with "Stock #" as "U231104", "Sold Date" as "3/14/2024", Year, Make (upper case, now and then short:
"CHEVY"), Model, Mileage as "84,512", "Acq Cost", "Recon Cost" and "Sale Price" as "$14,250", "Days on Lot",
Salesperson, Financed (Y/N) and "Trade-In" (the trade's year, make and model, blank when none). A boat yard's
haul-out log (fall 2021 to fall 2024, one row per haul, boats returning each year under the same name and owner) with
"Boat Name", Owner, LOA as "32 ft", "Haul Date" and "Launch Date" as "10/14/2023" (launch blank for boats still on
the hard), Services ("Bottom Paint; Winterize; Zincs"), Storage (Indoor, Outdoor, Shrink-Wrap) and "Invoice Total"
as "$3,250.00". An airport FBO's fuel sales (2023 and 2024, one row per fueling) with "Tail #" as "N4521K" (based
aircraft repeated often), Date as "2024-03-05", "Fuel Type" (100LL or Jet A; now and then "JET A" or "Jet-A"),
Gallons, "Price/Gal" as "$6.45", "Ramp Fee Waived" (Y/N; waived with enough fuel) and "Based/Transient". A crop
duster's spray jobs (the 2023 and 2024 seasons, April to September, one row per job) with "Job #" as "J-24-0412",
Field, Farmer, Acres, Product, GPA (gallons per acre), "Spray Date" as "6/14/2024", "Wind (mph)" (blank now and
then), Pilot, Aircraft ("AT-502B N4521K") and "Re-Spray" (Y/N, more often in wind). And a fertilizer dealer's blend
tickets (spring and fall 2023 and 2024, one row per ticket) with "Ticket #" (a six-digit number), Date as
"03/14/2024", Grower, Analysis as "18-46-0", Tons (two decimals), "Delivered/Picked Up", "Price/Ton" as "$725.00"
(lower in 2024) and Applicator (blank when the grower spreads it). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_named, _flag
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float, cents: bool = True) -> str:
    return f"${x:,.2f}" if cents else f"${x:,.0f}"


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _busiest_month(values: pd.Series, dates: pd.Series) -> pd.Timestamp:
    return values.groupby(dates.dt.to_period("M")).sum().idxmax().to_timestamp()


# --- 1. Peanut buying point inspection tickets ---------------------------------------------------------------------

_PN_TYPES = {"Runner": (0.78, 72.0), "Virginia": (0.12, 68.0), "Spanish": (0.06, 70.0), "Valencia": (0.04, 66.0)}


def _peanut_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35001)
    farmers = sorted({_person(rng) for _ in range(40)})
    size = {f: float(rng.uniform(0.5, 2.0)) for f in farmers}
    rows: list[dict[str, Any]] = []
    load = 23001
    for year in (2023, 2024):
        days = pd.date_range(f"{year}-09-05", f"{year}-11-22")
        for _ in range(480):
            day = days[int(rng.integers(len(days)))]
            farmer = str(_one(rng, farmers, [size[f] for f in farmers]))
            kind = str(_one(rng, list(_PN_TYPES), [v[0] for v in _PN_TYPES.values()]))
            smk = float(np.clip(rng.normal(_PN_TYPES[kind][1], 2.5), 58, 80))
            lsk = float(np.clip(rng.normal(2.5, 1.2), 0.2, 8))
            moist = float(np.clip(rng.normal(8.2, 1.1), 5.5, 12.5))
            fm = float(np.clip(rng.exponential(1.2), 0.1, 9))
            seg = int(_one(rng, [1, 2, 3], [90, 7, 3]))
            price = 95 + 5.3 * smk + 1.4 * lsk - 9.0 * (moist - 7) - 3.0 * fm + float(rng.normal(0, 6))
            if seg > 1:
                price *= 0.55 if seg == 2 else 0.35
            net = int(rng.normal(42000, 5500) / (1 + moist / 100))
            rows.append(
                {
                    "Load #": load,
                    "Date": f"{day:%m/%d/%Y}",
                    "Farmer": farmer,
                    "Peanut Type": kind.upper() if rng.random() < 0.06 else kind,
                    "Net Wt (lbs)": f"{net:,}",
                    "SMK %": round(smk, 1),
                    "LSK %": round(lsk, 1),
                    "Moisture %": round(moist, 1),
                    "FM %": round(fm, 1),
                    "Price/Ton": _money(price),
                    "Seg": seg,
                }
            )
            load += 1
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Date"], format="%m/%d/%Y").to_numpy()
    frame = frame.iloc[np.argsort(order, kind="stable")].reset_index(drop=True)
    frame["Load #"] = np.arange(23001, 23001 + len(frame))
    return frame


def _pn_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Peanut Type").str.title()


def _pn_top_farmer(by_weight: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        farmer = _text(df, "Farmer")
        if by_weight:
            return _top(_num(df, "Net Wt (lbs)").groupby(farmer).sum())
        return _top(farmer.value_counts())

    return value


def _pn_runner_smk(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        runner = _pn_type(df) == "Runner"
        smk, net = _num(df, "SMK %")[runner], _num(df, "Net Wt (lbs)")[runner]
        return float((smk * net).sum() / net.sum()) if how == "weighted" else float(smk.agg(how))

    return value


_PN_QS = [
    Q("how many loads came in", _count(lambda df: len(df)), ("Load #",)),
    Q(
        "how many tons of peanuts did we buy altogether",
        either(
            _amount(lambda df: float(_num(df, "Net Wt (lbs)").sum()) / 2000),
            _amount(lambda df: float(_num(df, "Net Wt (lbs)").sum())),
        ),
        ("Net Wt (lbs)",),
    ),
    Q(
        "whats the average smk on runners",
        either(*(_about(_pn_runner_smk(how), rel=0.003) for how in ("mean", "median", "weighted"))),
        ("SMK %", "Peanut Type", "Net Wt (lbs)"),
    ),
    Q(
        "which farmer brought us the most peanuts",
        _either_named(_pn_top_farmer(True), _pn_top_farmer(False)),
        ("Farmer", "Net Wt (lbs)", "Load #"),
    ),
    Q(
        "what percent of loads graded seg 2 or seg 3",
        _share(lambda df: float((_num(df, "Seg") > 1).mean())),
        ("Seg", "Load #"),
    ),
    Q(
        "do wetter loads get a lower price",
        _corr(lambda df: _num(df, "Moisture %"), lambda df: _num(df, "Price/Ton")),
        ("Moisture %", "Price/Ton"),
    ),
]


# --- 2. Tortilleria daily production log ---------------------------------------------------------------------------

# product: dozens a day, share to stores, waste rate, masa lbs per dozen (None: no masa)
_TO_PRODUCTS: dict[str, tuple[float, float, float, float | None]] = {
    "Corn Tortillas": (420, 0.7, 0.03, 0.95),
    "Flour Tortillas": (180, 0.55, 0.05, None),
    "Tostadas": (60, 0.6, 0.07, 0.8),
    "Chips": (90, 0.5, 0.11, 1.1),
}


def _tortilla_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35002)
    days = [d for d in pd.date_range("2023-06-01", "2024-05-31") if d.dayofweek != 6]
    rows: list[dict[str, Any]] = []
    for d in days:
        lift = 1.5 if d.month == 12 else (1.15 if d.dayofweek >= 4 else 1.0)
        for product, (base, stores, waste, masa) in _TO_PRODUCTS.items():
            made = int(max(10, rng.normal(base * lift, base * 0.12)))
            wasted = int(rng.binomial(made, waste))
            sold = made - wasted
            to_stores = int(rng.binomial(sold, stores))
            lbs: Any = "N/A" if masa is None else round(made * masa * float(rng.uniform(0.95, 1.05)))
            if masa is not None and rng.random() < 0.03:
                lbs = ""
            rows.append(
                {
                    "Date": f"{d:%Y-%m-%d}",
                    "Product": product,
                    "Dozens Made": made,
                    "Dozens Sold - Stores": to_stores,
                    "Dozens Sold - Counter": sold - to_stores,
                    "Masa Lbs": lbs,
                    "Waste Dozens": wasted,
                }
            )
    return pd.DataFrame(rows)


def _to_of(df: pd.DataFrame, product: str) -> pd.Series:
    return _text(df, "Product") == product


def _to_sold(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Dozens Sold - Stores") + _num(df, "Dozens Sold - Counter")


def _to_top_waste(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        product = _text(df, "Product")
        waste = _num(df, "Waste Dozens").groupby(product).sum()
        return _top(waste / _num(df, "Dozens Made").groupby(product).sum() if rate else waste)

    return value


def _to_busiest(df: pd.DataFrame) -> pd.Timestamp:
    return _busiest_month(_to_sold(df), _date(df, "Date", "%Y-%m-%d"))


def _to_masa(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        corn = _to_of(df, "Corn Tortillas")
        lbs, made = _num(df, "Masa Lbs")[corn], _num(df, "Dozens Made")[corn]
        ok = lbs.notna()
        if how == "ratio":
            return float(lbs[ok].sum() / made[ok].sum())
        return float((lbs / made)[ok].agg(how))

    return value


_TO_QS = [
    Q(
        "how many dozen corn tortillas did we make in total",
        _count(lambda df: int(_num(df, "Dozens Made")[_to_of(df, "Corn Tortillas")].sum())),
        ("Dozens Made", "Product"),
    ),
    Q(
        "which product do we waste the most of",
        _either_named(_to_top_waste(False), _to_top_waste(True)),
        ("Waste Dozens", "Product", "Dozens Made"),
    ),
    Q(
        "whats the waste rate on chips",
        either(
            _share(
                lambda df: (
                    float(_num(df, "Waste Dozens")[_to_of(df, "Chips")].sum())
                    / float(_num(df, "Dozens Made")[_to_of(df, "Chips")].sum())
                )
            ),
            _share(lambda df: float((_num(df, "Waste Dozens") / _num(df, "Dozens Made"))[_to_of(df, "Chips")].mean())),
        ),
        ("Waste Dozens", "Dozens Made", "Product"),
    ),
    Q(
        "which month did we sell the most",
        _month_year(_to_busiest),
        ("Date", "Dozens Sold - Stores", "Dozens Sold - Counter"),
    ),
    Q(
        "do we sell more to stores or over the counter",
        _both_about(
            lambda df: float(_num(df, "Dozens Sold - Stores").sum()),
            lambda df: float(_num(df, "Dozens Sold - Counter").sum()),
            rel=0.005,
        ),
        ("Dozens Sold - Stores", "Dozens Sold - Counter"),
    ),
    Q(
        "about how many lbs of masa does a dozen corn tortillas take",
        either(*(_about(_to_masa(how), rel=0.01) for how in ("ratio", "mean", "median"))),
        ("Masa Lbs", "Dozens Made", "Product"),
    ),
]


# --- 3. Used car dealership deal jackets ---------------------------------------------------------------------------

# make: spellings, models, price level
_UC_MAKES: dict[str, tuple[tuple[str, ...], tuple[str, ...], float]] = {
    "FORD": (("FORD",), ("F-150", "ESCAPE", "FUSION", "EXPLORER"), 1.05),
    "CHEVROLET": (("CHEVROLET", "CHEVY"), ("SILVERADO", "MALIBU", "EQUINOX", "TAHOE"), 1.08),
    "TOYOTA": (("TOYOTA",), ("CAMRY", "COROLLA", "RAV4", "TACOMA"), 1.12),
    "HONDA": (("HONDA",), ("CIVIC", "ACCORD", "CR-V"), 1.0),
    "NISSAN": (("NISSAN",), ("ALTIMA", "ROGUE", "SENTRA"), 0.85),
    "JEEP": (("JEEP",), ("WRANGLER", "GRAND CHEROKEE", "COMPASS"), 1.15),
    "HYUNDAI": (("HYUNDAI",), ("ELANTRA", "SONATA", "TUCSON"), 0.82),
}
_UC_SALES = ["Rick Dawson", "Tanya Ruiz", "Mike Pruitt", "Dee Holloway", "Carl Benson"]


def _cars_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35003)
    days = pd.date_range("2023-01-02", "2024-12-30")
    rows: list[dict[str, Any]] = []
    for i in range(820):
        make = str(_one(rng, list(_UC_MAKES), [5, 4, 5, 4, 3, 2, 2]))
        spellings, models, level = _UC_MAKES[make]
        year = int(rng.integers(2008, 2023))
        age = 2024 - year
        miles = int(max(4000, rng.normal(13000 * age, 3500 * age + 3000)))
        acq = max(1800.0, (26000 * level) * 0.86**age - 0.03 * miles + float(rng.normal(0, 1500)))
        recon = float(rng.gamma(2.0, 250 + 15 * age))
        sale = (acq + recon) * float(rng.uniform(1.05, 1.25)) + float(rng.normal(900, 500))
        sold = days[int(rng.integers(len(days)))]
        trade = ""
        if rng.random() < 0.35:
            tmake = str(_one(rng, list(_UC_MAKES)))
            trade = f"{int(rng.integers(2004, 2020))} {tmake} {_one(rng, _UC_MAKES[tmake][1])}"
        rows.append(
            {
                "Stock #": f"U{sold.year % 100}{1000 + i}",
                "Sold Date": f"{sold.month}/{sold.day}/{sold.year}",
                "Year": year,
                "Make": str(_one(rng, list(spellings), [3, 1][: len(spellings)])),
                "Model": str(_one(rng, list(models))),
                "Mileage": f"{miles:,}",
                "Acq Cost": _money(round(acq, -1), cents=False),
                "Recon Cost": _money(round(recon), cents=False),
                "Sale Price": _money(round(sale, -1), cents=False),
                "Days on Lot": int(max(2, rng.gamma(2.0, 12 + 2.5 * age))),
                "Salesperson": str(_one(rng, _UC_SALES, [5, 4, 3, 3, 1])),
                "Financed": "Y" if rng.random() < 0.62 else "N",
                "Trade-In": trade,
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Sold Date"], format="%m/%d/%Y").to_numpy()
    return frame.iloc[np.argsort(order, kind="stable")].reset_index(drop=True)


def _uc_make(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Make").str.upper().replace({"CHEVY": "CHEVROLET"})


def _uc_gross(with_recon: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        gross = _num(df, "Sale Price") - _num(df, "Acq Cost")
        return float((gross - _num(df, "Recon Cost") if with_recon else gross).mean())

    return value


def _uc_top_seller(df: pd.DataFrame) -> str:
    return _top(_text(df, "Salesperson").value_counts())


_UC_QS = [
    Q("how many cars did we sell", _count(lambda df: len(df)), ("Stock #",)),
    Q(
        "whats our average profit per car",
        either(_about(_uc_gross(True), rel=0.005), _about(_uc_gross(False), rel=0.005)),
        ("Sale Price", "Acq Cost", "Recon Cost"),
    ),
    Q("who sold the most cars", _lead(_named(_uc_top_seller)), ("Salesperson", "Stock #")),
    Q(
        "what percent of his deals were financed",
        _share(lambda df: float(_flag(df, "Financed")[_text(df, "Salesperson") == _uc_top_seller(df)].mean())),
        ("Financed", "Salesperson", "Stock #"),
    ),
    Q(
        "which make sells for the most on average",
        _lead(_named(lambda df: _top(_num(df, "Sale Price").groupby(_uc_make(df)).mean()), {"CHEVROLET": ("Chevy",)})),
        ("Make", "Sale Price"),
    ),
    Q(
        "do older cars sit on the lot longer",
        either(
            _corr(lambda df: _num(df, "Year"), lambda df: _num(df, "Days on Lot")),
            _corr(lambda df: 2024 - _num(df, "Year"), lambda df: _num(df, "Days on Lot")),
        ),
        ("Year", "Days on Lot"),
    ),
]


# --- 4. Boat yard haul-out log -------------------------------------------------------------------------------------

_BY_NAMES = [
    "Serenity", "Knot Working", "Reel Therapy", "Sea Biscuit", "Second Wind", "Blue Heron", "Aqua Therapy",
    "Miss Behavin", "Osprey", "Liberty", "Wind Dancer", "Salty Dog", "Happy Hour", "Pelican", "Odyssey",
    "Island Time", "Sea Esta", "Bay Breeze", "Dreamweaver", "Whisper", "Kestrel", "Tide Me Over",
]  # fmt: skip
_BY_STORAGE = {"Indoor": (2, 28.0), "Outdoor": (5, 6.0), "Shrink-Wrap": (4, 14.0)}
_BY_SERVICES = {"Bottom Paint": 0.55, "Winterize": 0.85, "Zincs": 0.5, "Pressure Wash": 0.9, "Engine Service": 0.35}


def _boat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35004)
    fleet = []
    for i in range(150):
        name = _BY_NAMES[i % len(_BY_NAMES)] if i < 44 else str(_one(rng, _BY_NAMES))
        storage = str(_one(rng, list(_BY_STORAGE), [v[0] for v in _BY_STORAGE.values()]))
        fleet.append((name, _person(rng), int(rng.integers(18, 48)), storage))
    fleet = list({(b[0], b[1]): b for b in fleet}.values())
    rows: list[dict[str, Any]] = []
    for season in (2021, 2022, 2023, 2024):
        for name, owner, loa, storage in fleet:
            if rng.random() < 0.22:
                continue
            haul = pd.Timestamp(season, 9, 20) + pd.Timedelta(days=int(rng.integers(0, 60)))
            launch = pd.Timestamp(season + 1, 4, 1) + pd.Timedelta(days=int(rng.integers(0, 70)))
            services = [s for s, p in _BY_SERVICES.items() if rng.random() < p]
            total = loa * (_BY_STORAGE[storage][1] + 22) + 9.5 * loa * ("Bottom Paint" in services)
            total += 280 * ("Engine Service" in services) + 60 * ("Zincs" in services) + float(rng.normal(0, 120))
            rows.append(
                {
                    "Boat Name": name,
                    "Owner": owner,
                    "LOA": f"{loa} ft",
                    "Haul Date": f"{haul:%m/%d/%Y}",
                    "Launch Date": "" if season == 2024 or rng.random() < 0.02 else f"{launch:%m/%d/%Y}",
                    "Services": "; ".join(services),
                    "Storage": storage,
                    "Invoice Total": _money(max(250.0, total)),
                }
            )
    return pd.DataFrame(rows)


def _by_days_out(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Launch Date", "%m/%d/%Y") - _date(df, "Haul Date", "%m/%d/%Y")).dt.days.dropna()


def _by_shrink(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Storage").str.lower().str.startswith("shrink")


def _by_loa(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "LOA").str.extract(r"(\d+(?:\.\d+)?)")[0], errors="coerce")


_BY_QS = [
    Q(
        "how many boats are still on the hard",
        _count(lambda df: int((_text(df, "Launch Date") == "").sum())),
        ("Launch Date", "Boat Name"),
    ),
    Q(
        "whats the average bill for shrink wrapped boats",
        _typical(lambda df: _num(df, "Invoice Total")[_by_shrink(df)], rel=0.005),
        ("Invoice Total", "Storage"),
    ),
    Q(
        "how many different boats have we hauled",
        either(
            _count(lambda df: int(_text(df, "Boat Name").nunique())),
            _count(lambda df: len(df[["Boat Name", "Owner"]].drop_duplicates())),
        ),
        ("Boat Name", "Owner"),
    ),
    Q("how long are boats usually out of the water", _typical(_by_days_out), ("Haul Date", "Launch Date")),
    Q(
        "how many hauls included bottom paint",
        _count(lambda df: int(_text(df, "Services").str.contains("Bottom Paint", case=False).sum())),
        ("Services",),
    ),
    Q(
        "do longer boats get bigger bills",
        _corr(_by_loa, lambda df: _num(df, "Invoice Total")),
        ("LOA", "Invoice Total"),
    ),
]


# --- 5. Airport FBO fuel sales -------------------------------------------------------------------------------------


def _tail(rng: np.random.Generator) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    tail = f"N{int(rng.integers(100, 9999))}"
    return tail + "".join(str(_one(rng, list(letters))) for _ in range(int(rng.integers(0, 3))))


def _fbo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35005)
    based = [(_tail(rng), "Jet A" if rng.random() < 0.2 else "100LL") for _ in range(45)]
    days = pd.date_range("2023-01-01", "2024-12-31")
    season = 1 + 0.45 * np.sin(2 * np.pi * (days.dayofyear.to_numpy() - 100) / 365)
    rows: list[dict[str, Any]] = []
    for _ in range(2300):
        day = days[int(rng.choice(len(days), p=season / season.sum()))]
        if rng.random() < 0.55:
            tail, fuel = based[int(rng.integers(len(based)))]
            who = "Based"
        else:
            tail, fuel, who = _tail(rng), "Jet A" if rng.random() < 0.4 else "100LL", "Transient"
        gallons = rng.gamma(3.0, 12.0) if fuel == "100LL" else rng.gamma(3.0, 70.0)
        price = (6.35 if fuel == "100LL" else 5.70) + 0.25 * (day.year == 2024) + float(rng.normal(0, 0.08))
        price -= 0.3 * (who == "Based")
        waived = who == "Based" or gallons >= (30 if fuel == "100LL" else 100) or rng.random() < 0.05
        label = fuel if fuel == "100LL" or rng.random() < 0.9 else str(_one(rng, ["JET A", "Jet-A"]))
        rows.append(
            {
                "Tail #": tail,
                "Date": f"{day:%Y-%m-%d}",
                "Fuel Type": label,
                "Gallons": round(float(max(3.0, gallons)), 1),
                "Price/Gal": _money(price),
                "Ramp Fee Waived": "Y" if waived else "N",
                "Based/Transient": who,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Date", kind="stable").reset_index(drop=True)


def _fb_jet(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Fuel Type").str.upper().str.replace("-", " ") == "JET A"


def _fb_avgas_price(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        avgas = _text(df, "Fuel Type").str.upper() == "100LL"
        price, gal = _num(df, "Price/Gal")[avgas], _num(df, "Gallons")[avgas]
        return float((price * gal).sum() / gal.sum()) if how == "weighted" else float(price.agg(how))

    return value


def _fb_busiest(by_gallons: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        amount = _num(df, "Gallons") if by_gallons else pd.Series(1.0, index=df.index)
        return _busiest_month(amount, _date(df, "Date", "%Y-%m-%d"))

    return value


_FB_QS = [
    Q(
        "how many gallons of jet a did we pump",
        _amount(lambda df: float(_num(df, "Gallons")[_fb_jet(df)].sum())),
        ("Gallons", "Fuel Type"),
    ),
    Q(
        "whats the average price for 100ll",
        either(*(_about(_fb_avgas_price(how), rel=0.003) for how in ("mean", "median", "weighted"))),
        ("Price/Gal", "Fuel Type", "Gallons"),
    ),
    Q(
        "which month was the busiest",
        either(_month_year(_fb_busiest(True)), _month_year(_fb_busiest(False))),
        ("Date", "Gallons", "Tail #"),
    ),
    Q(
        "how often do we waive the ramp fee for transients",
        _share(lambda df: float(_flag(df, "Ramp Fee Waived")[_text(df, "Based/Transient") == "Transient"].mean())),
        ("Ramp Fee Waived", "Based/Transient"),
    ),
    Q("how many different planes bought fuel", _count(lambda df: int(_text(df, "Tail #").nunique())), ("Tail #",)),
    Q(
        "which plane bought the most fuel",
        _lead(_named(lambda df: _top(_num(df, "Gallons").groupby(_text(df, "Tail #")).sum()))),
        ("Tail #", "Gallons"),
    ),
]


# --- 6. Crop duster spray jobs -------------------------------------------------------------------------------------

_CD_PRODUCTS = {"Headline AMP": 2.0, "Quadris": 2.0, "Roundup PowerMAX": 3.0, "Lorsban 4E": 2.0, "Prevathon": 2.5}
_CD_PILOTS = {"Wade Kessler": "AT-502B N4521K", "Buck Thornton": "AT-802A N802BT", "Lyle Pruitt": "AT-502B N502LP"}
_CD_FIELDS = ["North 80", "River Bottom", "Home Place", "South 160", "Pivot 3", "Pivot 7", "Back 40", "Creek Field"]


def _duster_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35006)
    farmers = sorted({_person(rng) for _ in range(28)})
    rows: list[dict[str, Any]] = []
    for year in (2023, 2024):
        days = pd.date_range(f"{year}-04-10", f"{year}-09-20")
        peak = np.exp(-(((days.dayofyear.to_numpy() - 200) / 35.0) ** 2)) + 0.15
        picks = np.sort(rng.choice(len(days), size=int(rng.integers(330, 380)), p=peak / peak.sum()))
        for n, k in enumerate(picks, start=1):
            day = days[k]
            pilot = str(_one(rng, list(_CD_PILOTS), [4, 5, 2]))
            product = str(_one(rng, list(_CD_PRODUCTS), [4, 3, 2, 2, 2]))
            wind = float(np.clip(rng.gamma(4.0, 1.8), 0, 18))
            respray = rng.random() < 0.03 + 0.012 * max(0.0, wind - 4)
            rows.append(
                {
                    "Job #": f"J-{year % 100}-{n:04d}",
                    "Field": str(_one(rng, _CD_FIELDS)),
                    "Farmer": str(_one(rng, farmers)),
                    "Acres": int(_one(rng, [40, 80, 120, 160, 240, 320], [2, 4, 3, 4, 1, 1]) * rng.uniform(0.7, 1.0)),
                    "Product": product,
                    "GPA": _CD_PRODUCTS[product] + float(_one(rng, [0.0, 1.0], [5, 1])),
                    "Spray Date": f"{day.month}/{day.day}/{day.year}",
                    "Wind (mph)": "" if rng.random() < 0.04 else round(wind),
                    "Pilot": pilot,
                    "Aircraft": _CD_PILOTS[pilot],
                    "Re-Spray": "Y" if respray else "N",
                }
            )
    return pd.DataFrame(rows)


def _cd_top_pilot(df: pd.DataFrame) -> str:
    return _top(_num(df, "Acres").groupby(_text(df, "Pilot")).sum())


def _cd_wind(respray: bool) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Wind (mph)")[_flag(df, "Re-Spray") == respray].mean())


def _cd_busiest(by_acres: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        amount = _num(df, "Acres") if by_acres else pd.Series(1.0, index=df.index)
        return _busiest_month(amount, _date(df, "Spray Date", "%m/%d/%Y"))

    return value


_CD_QS = [
    Q("how many acres did we spray in total", _amount(lambda df: float(_num(df, "Acres").sum())), ("Acres",)),
    Q("which pilot covered the most acres", _lead(_named(_cd_top_pilot)), ("Pilot", "Acres")),
    Q(
        "what share of jobs had to be resprayed",
        _share(lambda df: float(_flag(df, "Re-Spray").mean())),
        ("Re-Spray", "Job #"),
    ),
    Q(
        "was it windier on the jobs that needed a respray than the ones that didnt",
        _both_about(_cd_wind(True), _cd_wind(False), rel=0.01),
        ("Wind (mph)", "Re-Spray"),
    ),
    Q(
        "how many gallons of spray did we put out altogether",
        _amount(lambda df: float((_num(df, "Acres") * _num(df, "GPA")).sum())),
        ("Acres", "GPA"),
    ),
    Q(
        "whats our busiest month",
        either(_month_year(_cd_busiest(True)), _month_year(_cd_busiest(False))),
        ("Spray Date", "Acres", "Job #"),
    ),
]


# --- 7. Fertilizer dealer blend tickets ----------------------------------------------------------------------------

_BT_BLENDS = {"18-46-0": 760, "11-52-0": 810, "46-0-0": 640, "0-0-60": 480, "10-10-10": 520, "20-10-10": 590}
_BT_APPLICATORS = ["Floater 1", "Floater 2", "Terra-Gator 3"]


def _blend_frame() -> pd.DataFrame:
    rng = np.random.default_rng(35007)
    growers = sorted({_person(rng) for _ in range(60)})
    size = {g: float(rng.uniform(0.3, 2.5)) for g in growers}
    rows: list[dict[str, Any]] = []
    ticket = 410001
    for year in (2023, 2024):
        spring = pd.date_range(f"{year}-03-01", f"{year}-05-20")
        fall = pd.date_range(f"{year}-10-05", f"{year}-11-25")
        days = spring.append(fall)
        for k in np.sort(rng.choice(len(days), size=int(rng.integers(560, 640)))):
            day = days[k]
            blend = str(_one(rng, list(_BT_BLENDS), [5, 2, 4, 3, 1, 2]))
            grower = str(_one(rng, growers, [size[g] for g in growers]))
            delivered = rng.random() < 0.6
            tons = float(rng.gamma(2.2, 4.5 if delivered else 2.2)) + 0.5
            price = _BT_BLENDS[blend] * (1.0 if year == 2023 else 0.91) + float(rng.normal(0, 12))
            rows.append(
                {
                    "Ticket #": ticket,
                    "Date": f"{day:%m/%d/%Y}",
                    "Grower": grower,
                    "Analysis": blend,
                    "Tons": round(tons, 2),
                    "Delivered/Picked Up": "Delivered" if delivered else "Picked Up",
                    "Price/Ton": _money(price),
                    "Applicator": str(_one(rng, _BT_APPLICATORS)) if delivered and rng.random() < 0.8 else "",
                }
            )
            ticket += 1
    return pd.DataFrame(rows)


def _bt_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y").dt.year


def _bt_top_grower(by_tons: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        grower = _text(df, "Grower")
        amount = _num(df, "Tons") if by_tons else _num(df, "Tons") * _num(df, "Price/Ton")
        return _top(amount.groupby(grower).sum())

    return value


def _bt_delivered(by_tons: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        yes = _text(df, "Delivered/Picked Up") == "Delivered"
        return float(_num(df, "Tons")[yes].sum() / _num(df, "Tons").sum()) if by_tons else float(yes.mean())

    return value


def _bt_prices(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        price, tons, year = _num(df, "Price/Ton"), _num(df, "Tons"), _bt_year(df)
        if how == "weighted":
            return [float((price * tons)[year == y].sum() / tons[year == y].sum()) for y in (2023, 2024)]
        return [float(price[year == y].agg(how)) for y in (2023, 2024)]

    return value


_BT_QS = [
    Q(
        "how many tons of 18-46-0 did we sell",
        _about(lambda df: float(_num(df, "Tons")[_text(df, "Analysis") == "18-46-0"].sum()), rel=0.002),
        ("Tons", "Analysis"),
    ),
    Q(
        "total sales in dollars",
        _amount(lambda df: float((_num(df, "Tons") * _num(df, "Price/Ton")).sum())),
        ("Tons", "Price/Ton"),
    ),
    Q(
        "who's our biggest customer",
        _either_named(_bt_top_grower(True), _bt_top_grower(False)),
        ("Grower", "Tons", "Price/Ton"),
    ),
    Q(
        "what share gets delivered vs picked up",
        either(_share(_bt_delivered(True)), _share(_bt_delivered(False))),
        ("Delivered/Picked Up", "Tons", "Ticket #"),
    ),
    Q(
        "which blend do we sell the most of",
        either(
            _lead(_named(lambda df: _top(_num(df, "Tons").groupby(_text(df, "Analysis")).sum()))),
            _lead(_named(lambda df: _top(_text(df, "Analysis").value_counts()))),
        ),
        ("Analysis", "Tons", "Ticket #"),
    ),
    Q(
        "did the price per ton go up or down from 2023 to 2024",
        either(*(_about(_bt_prices(how), rel=0.003) for how in ("mean", "median", "weighted"))),
        ("Price/Ton", "Date", "Tons"),
    ),
]


HELDOUT350 = [
    Dataset("peanut_buying_point_inspections", _peanut_frame, _PN_QS),
    Dataset("tortilleria_production_log", _tortilla_frame, _TO_QS),
    Dataset("used_car_deal_jackets", _cars_frame, _UC_QS),
    Dataset("boat_yard_haul_outs", _boat_frame, _BY_QS),
    Dataset("fbo_fuel_sales", _fbo_frame, _FB_QS),
    Dataset("crop_duster_spray_jobs", _duster_frame, _CD_QS),
    Dataset("fertilizer_blend_tickets", _blend_frame, _BT_QS),
]
