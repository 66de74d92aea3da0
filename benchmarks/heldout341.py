"""HELDOUT341: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of the kind of spreadsheet a small business exports and brings along: a billiard
hall's table rentals (Date as "03/14/2024", Table # 1-14, Table Type "7ft" / "9ft" / "Snooker", Start Time and End
Time as "7:15 PM", Players 1-6 with a few blanks, Hourly Rate and Total as "$14.00", Total blank on a few comped
rows, League Night and Member as Y / N); a land surveying firm's job list (Job # as "24-0117", Client with repeat
clients, Survey Type "Boundary" / "Topographic" / "Elevation Certificate" / "ALTA/NSPS", upper-case County names,
Acres blank for most elevation certificates, Field Hrs and Office Hrs in quarter hours, Crew "Crew A"-"Crew D",
Fee as "$2,450", Recorded Y / N only meaningful for boundary and ALTA jobs and blank otherwise); an upholstery
shop's orders (Order #, Customer, Piece "Sofa" / "Chair" / "Ottoman" / "Boat Seat", Fabric names, Yards, Labor Hrs,
Fabric Cost and Total as plain numbers, Deposit often half the total and 0 for some, Promised and Completed as
"2024-03-05", Completed blank while an order is open); a foundry's pour log (Heat # "H-24-0001", Date as
"3/5/2024", Alloy "Gray Iron" / "Ductile 65-45-12" / "A356" / "C83600 Bronze", Furnace "IND-1" / "IND-2" / "CUP",
Pour Temp (F) with "N/A" for unread pyrometers, Weight (lbs), Castings Poured, Castings Scrapped, Defect Type
blank when nothing was scrapped, Shift "1st" / "2nd" / "3rd"); a hop farm's harvest log for 2022-2024 (Date,
Field "North 3", Variety Cascade / Centennial / Chinook / Citra / Mosaic, Acres Picked, Wet Lbs, Dry Lbs, Alpha
Acid % and Moisture % with blanks where the lab sample is pending, Crew Size, Hours); a scaffolding rental
company's contracts (Contract # "SC-1042", Contractor, Job Site addresses, Frames, Planks, Start Date and Return
Date as "01/15/2024", Return Date blank while out, Weekly Rate "$385.00", Damage Charge mostly blank, Returned
Complete Y / N, blank while out); and an oil change shop's tickets for 2024 (Date, Ticket #, Bay 1-4, Tech first
names, Vehicle "2016 Honda Civic", Oil Type Conventional / Synthetic Blend / Full Synthetic, Quarts, Upsell Items
as "Wiper Blades; Air Filter" or blank, Ticket Total as "$79.99", Wait Min, Coupon Y / N). All are generated with
fixed seeds 34101-34107.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _flag
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _pick(value: Callable[[pd.DataFrame], str]) -> Check:
    return _lead(_named(value))


def _either_pick(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_pick(v) for v in values))


def _both_typical(a: Callable[[pd.DataFrame], pd.Series], b: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Two groups compared: both means, or both medians."""
    return either(
        _about(lambda df: [float(a(df).mean()), float(b(df).mean())]),
        _about(lambda df: [float(a(df).median()), float(b(df).median())]),
    )


def _clock(minutes: int) -> str:
    h, m = divmod(int(minutes), 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _times(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format="%I:%M %p", errors="coerce")


# --- 1. Billiard hall table rentals --------------------------------------------------------------------------------

_BH_TYPES = {"7ft": (8, 10.0), "9ft": (4, 14.0), "Snooker": (2, 18.0)}


def _billiards() -> pd.DataFrame:
    rng = np.random.default_rng(34101)
    tables = [(n, t) for t, (k, _) in _BH_TYPES.items() for n in range(k)]
    tables = [(i + 1, t) for i, (_, t) in enumerate(tables)]
    days = pd.date_range("2024-01-01", "2024-06-30")
    rows = []
    for _ in range(1400):
        day = days[int(rng.integers(len(days)))]
        num, kind = _one(rng, tables, [1.3] * 8 + [1.0] * 4 + [0.6] * 2)
        league = "Y" if day.dayofweek in (1, 3) and rng.random() < 0.6 else "N"
        member = "Y" if rng.random() < (0.7 if league == "Y" else 0.3) else "N"
        start = int(rng.integers(11 * 4, 22 * 4)) * 15
        length = int(np.clip(rng.gamma(3.0, 25.0) + (30 if league == "Y" else 0), 30, 240)) // 15 * 15
        end = min(start + length, 23 * 60 + 45)
        players = int(np.clip(rng.poisson(2.3 if member == "N" else 3.0), 1, 6))
        rate = _BH_TYPES[kind][1] - (2.0 if member == "Y" else 0.0)
        total = round(rate * (end - start) / 60, 2)
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Table #": num,
                "Table Type": kind,
                "Start Time": _clock(start),
                "End Time": _clock(end),
                "Players": "" if rng.random() < 0.03 else players,
                "Hourly Rate": f"${rate:.2f}",
                "Total": "" if rng.random() < 0.02 else f"${total:.2f}",
                "League Night": league,
                "Member": member,
            }
        )
    return pd.DataFrame(rows)


def _bh_hours(df: pd.DataFrame) -> pd.Series:
    return (_times(df, "End Time") - _times(df, "Start Time")).dt.total_seconds() / 3600


def _bh_table_money(df: pd.DataFrame) -> str:
    return _top(_num(df, "Total").groupby(df["Table #"]).sum())


def _bh_players(member: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "Players")[_text(df, "Member") == member].dropna()


BILLIARDS = [
    Q(
        "how many rentals were on the snooker tables",
        _count(lambda df: int((_text(df, "Table Type") == "Snooker").sum())),
        ("Table Type",),
    ),
    Q("how much money did we take in total", _amount(lambda df: float(_num(df, "Total").sum())), ("Total",)),
    Q(
        "how long does a typical session last",
        either(_typical(_bh_hours), _typical(lambda df: 60 * _bh_hours(df))),
        ("Start Time", "End Time"),
    ),
    Q("which table makes the most money", _pick(_bh_table_money), ("Table #", "Total")),
    Q(
        "do members come in bigger groups than non-members?",
        _both_typical(_bh_players("Y"), _bh_players("N")),
        ("Member", "Players"),
    ),
    Q(
        "what share of rentals happen on league nights",
        _share(lambda df: float(_flag(df, "League Night").mean())),
        ("League Night",),
    ),
]


# --- 2. Land surveying jobs ----------------------------------------------------------------------------------------

_LS_TYPES = {
    "Boundary": (40, 2.0, 1800),
    "Topographic": (25, 3.0, 2600),
    "Elevation Certificate": (22, 0.4, 650),
    "ALTA/NSPS": (13, 6.0, 5200),
}
_LS_COUNTIES = {"WAKE": 34, "JOHNSTON": 18, "DURHAM": 15, "CHATHAM": 12, "HARNETT": 11, "FRANKLIN": 10}
_LS_CLIENTS = [
    "Smith & Jordan Law",
    "Triangle Title Co",
    "Carolina Homebuilders",
    "Pine Ridge Development",
    "First Citizens Bank",
    "Hwy 42 Partners LLC",
    "Oakview Builders",
    "Greenway Engineering",
]


def _surveying() -> pd.DataFrame:
    rng = np.random.default_rng(34102)
    rows = []
    types = list(_LS_TYPES)
    for i in range(620):
        kind = _one(rng, types, [v[0] for v in _LS_TYPES.values()])
        _, acres_mu, base = _LS_TYPES[kind]
        acres = round(float(rng.lognormal(np.log(acres_mu), 0.8)), 2)
        field = round(float(np.clip(rng.normal(3 + 1.6 * acres**0.7, 1.5), 1, 60)) * 4) / 4
        office = round(float(np.clip(rng.normal(2 + 0.8 * field, 1.2), 0.5, 40)) * 4) / 4
        fee = round(base + 95 * field + 70 * office + rng.normal(0, 200), -1)
        client = _one(rng, _LS_CLIENTS) if rng.random() < 0.55 else f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if kind in ("Boundary", "ALTA/NSPS"):
            recorded = "Y" if rng.random() < (0.62 if kind == "Boundary" else 0.8) else "N"
        else:
            recorded = ""
        rows.append(
            {
                "Job #": f"{22 + i // 220}-{i % 220 + 1:04d}",
                "Client": client,
                "Survey Type": kind,
                "County": _one(rng, list(_LS_COUNTIES), list(_LS_COUNTIES.values())),
                "Acres": "" if kind == "Elevation Certificate" and rng.random() < 0.7 else acres,
                "Field Hrs": field,
                "Office Hrs": office,
                "Crew": _one(rng, ["Crew A", "Crew B", "Crew C", "Crew D"]),
                "Fee": f"${max(fee, 350):,.0f}",
                "Recorded": recorded,
            }
        )
    return pd.DataFrame(rows)


def _ls_is(df: pd.DataFrame, kind: str) -> pd.Series:
    return _text(df, "Survey Type") == kind


def _ls_acres_fee(df: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame({"a": _num(df, "Acres"), "f": _num(df, "Fee")})
    return out.dropna()


SURVEYING = [
    Q(
        "what do we usually charge for an alta survey",
        _typical(lambda df: _num(df, "Fee")[_ls_is(df, "ALTA/NSPS")]),
        ("Survey Type", "Fee"),
    ),
    Q(
        "which county do we get the most work in",
        _pick(lambda df: str(_text(df, "County").value_counts().sort_index().idxmax())),
        ("County",),
    ),
    Q(
        "total hours spent in the field",
        _about(lambda df: float(_num(df, "Field Hrs").sum()), rel=0.002),
        ("Field Hrs",),
    ),
    Q(
        "do bigger properties cost more? how strong is that",
        _corr(lambda df: _ls_acres_fee(df)["a"], lambda df: _ls_acres_fee(df)["f"]),
        ("Acres", "Fee"),
    ),
    Q(
        "how many boundary surveys got recorded",
        _count(lambda df: int((_ls_is(df, "Boundary") & _flag(df, "Recorded")).sum())),
        ("Survey Type", "Recorded"),
    ),
    Q(
        "what percent of boundary jobs is that",
        _share(lambda df: float(_flag(df, "Recorded")[_ls_is(df, "Boundary")].mean())),
        ("Survey Type", "Recorded"),
    ),
]


# --- 3. Upholstery shop orders -------------------------------------------------------------------------------------

_UP_PIECES = {"Sofa": (35, 14.0, 16.0), "Chair": (35, 6.0, 7.0), "Ottoman": (15, 3.0, 3.5), "Boat Seat": (15, 4.0, 5.0)}
_UP_FABRICS = {
    "Crypton Navy": 46.0,
    "Velvet Moss": 38.0,
    "Linen Oatmeal": 32.0,
    "Marine Vinyl White": 24.0,
    "Leather Saddle": 72.0,
    "Chenille Gray": 28.0,
}


def _upholstery() -> pd.DataFrame:
    rng = np.random.default_rng(34103)
    rows = []
    days = pd.date_range("2023-09-01", "2024-08-31")
    for i in range(540):
        piece = _one(rng, list(_UP_PIECES), [v[0] for v in _UP_PIECES.values()])
        _, yards_mu, hours_mu = _UP_PIECES[piece]
        if piece == "Boat Seat":
            fabric = "Marine Vinyl White" if rng.random() < 0.85 else "Leather Saddle"
        else:
            fabric = _one(rng, list(_UP_FABRICS), [20, 15, 18, 2, 10, 22])
        yards = round(float(np.clip(rng.normal(yards_mu, yards_mu * 0.2), 1, 30)) * 2) / 2
        hours = round(float(np.clip(rng.normal(hours_mu, hours_mu * 0.25), 1, 40)), 1)
        cost = round(yards * _UP_FABRICS[fabric], 2)
        total = round(cost * 1.3 + hours * 65 + 25, 2)
        deposit = 0.0 if rng.random() < 0.12 else round(total / 2, 2)
        ordered = days[int(rng.integers(len(days)))]
        promised = ordered + pd.Timedelta(days=int(rng.integers(14, 43)))
        done = promised + pd.Timedelta(days=int(rng.normal(-2, 6)))
        open_order = done > pd.Timestamp("2024-08-31") or rng.random() < 0.03
        rows.append(
            {
                "Order #": 2300 + i,
                "Customer": f"{_one(rng, _FIRST)} {_one(rng, _LAST)}",
                "Piece": piece,
                "Fabric": fabric,
                "Yards": yards,
                "Labor Hrs": hours,
                "Fabric Cost": cost,
                "Total": total,
                "Deposit": deposit,
                "Promised": f"{promised:%Y-%m-%d}",
                "Completed": "" if open_order else f"{done:%Y-%m-%d}",
            }
        )
    return pd.DataFrame(rows)


def _up_late(df: pd.DataFrame) -> int:
    fmt = "%Y-%m-%d"
    return int((_date(df, "Completed", fmt) > _date(df, "Promised", fmt)).sum())


UPHOLSTERY = [
    Q(
        "how many jobs are still open",
        _count(lambda df: int((_text(df, "Completed") == "").sum())),
        ("Completed", "Order #"),
    ),
    Q("how many were finished after the promised date", _count(_up_late), ("Completed", "Promised")),
    Q(
        "how much fabric does a sofa usually take",
        _typical(lambda df: _num(df, "Yards")[_text(df, "Piece") == "Sofa"]),
        ("Piece", "Yards"),
    ),
    Q(
        "how much is left to collect after deposits, across all orders",
        _amount(lambda df: float((_num(df, "Total") - _num(df, "Deposit")).sum())),
        ("Total", "Deposit"),
    ),
    Q(
        "what's our most popular fabric",
        _either_pick(
            lambda df: str(_text(df, "Fabric").value_counts().sort_index().idxmax()),
            lambda df: _top(_num(df, "Yards").groupby(_text(df, "Fabric")).sum()),
        ),
        ("Fabric", "Yards"),
    ),
    Q(
        "which kind of piece takes the most labor on average",
        _pick(lambda df: _top(_num(df, "Labor Hrs").groupby(_text(df, "Piece")).mean())),
        ("Piece", "Labor Hrs"),
    ),
]


# --- 4. Foundry pour log -------------------------------------------------------------------------------------------

_FD_ALLOYS = {
    "Gray Iron": (35, 2650, "IND-1;CUP", 0.05),
    "Ductile 65-45-12": (30, 2600, "IND-1;IND-2", 0.07),
    "A356": (25, 1350, "IND-2", 0.09),
    "C83600 Bronze": (10, 2150, "IND-2", 0.06),
}
_FD_DEFECTS = ["Porosity", "Shrinkage", "Cold Shut", "Inclusion", "Misrun"]


def _foundry() -> pd.DataFrame:
    rng = np.random.default_rng(34104)
    rows = []
    days = pd.bdate_range("2024-01-02", "2024-06-28")
    for i in range(1500):
        alloy = _one(rng, list(_FD_ALLOYS), [v[0] for v in _FD_ALLOYS.values()])
        _, temp_mu, furnaces, scrap = _FD_ALLOYS[alloy]
        shift = _one(rng, ["1st", "2nd", "3rd"], [45, 35, 20])
        temp = float(rng.normal(temp_mu, 25))
        poured = int(rng.integers(8, 60))
        rate = scrap * (1.5 if shift == "3rd" else 1.0) * np.exp(-(temp - temp_mu) / 60)
        scrapped = int(rng.binomial(poured, min(rate, 0.6)))
        if scrapped:
            weights = [40, 25, 15, 12, 8] if alloy == "A356" else [20, 30, 20, 20, 10]
            defect = _one(rng, _FD_DEFECTS, weights)
        else:
            defect = ""
        day = days[i * len(days) // 1500]
        rows.append(
            {
                "Heat #": f"H-24-{i + 1:04d}",
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Alloy": alloy,
                "Furnace": _one(rng, furnaces.split(";")),
                "Pour Temp (F)": "N/A" if rng.random() < 0.04 else round(temp),
                "Weight (lbs)": round(float(poured * rng.uniform(8, 45)), 1),
                "Castings Poured": poured,
                "Castings Scrapped": scrapped,
                "Defect Type": defect,
                "Shift": shift,
            }
        )
    return pd.DataFrame(rows)


def _fd_scrap_rate(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Castings Scrapped") / _num(df, "Castings Poured")


def _fd_march_weight(df: pd.DataFrame) -> float:
    d = _date(df, "Date", "%m/%d/%Y")
    return float(_num(df, "Weight (lbs)")[(d.dt.year == 2024) & (d.dt.month == 3)].sum())


def _fd_temp_scrap(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"t": _num(df, "Pour Temp (F)"), "r": _fd_scrap_rate(df), "n": _num(df, "Castings Scrapped")})


FOUNDRY = [
    Q(
        "what's our overall scrap rate",
        either(
            _share(lambda df: float(_num(df, "Castings Scrapped").sum() / _num(df, "Castings Poured").sum())),
            _share(lambda df: float(_fd_scrap_rate(df).mean())),
        ),
        ("Castings Poured", "Castings Scrapped"),
    ),
    Q(
        "what defect do we see the most",
        _either_pick(
            lambda df: str(_text(df, "Defect Type").replace("", pd.NA).dropna().value_counts().sort_index().idxmax()),
            lambda df: _top(
                _num(df, "Castings Scrapped").groupby(_text(df, "Defect Type")).sum().drop("", errors="ignore")
            ),
        ),
        ("Defect Type", "Castings Scrapped"),
    ),
    Q("how many pounds did we pour in march", _amount(_fd_march_weight), ("Date", "Weight (lbs)")),
    Q(
        "avg pour temp on ductile",
        _typical(lambda df: _num(df, "Pour Temp (F)")[_text(df, "Alloy") == "Ductile 65-45-12"].dropna()),
        ("Alloy", "Pour Temp (F)"),
    ),
    Q(
        "which shift scraps the most",
        _either_pick(
            lambda df: _top(
                _num(df, "Castings Scrapped").groupby(_text(df, "Shift")).sum()
                / _num(df, "Castings Poured").groupby(_text(df, "Shift")).sum()
            ),
            lambda df: _top(_num(df, "Castings Scrapped").groupby(_text(df, "Shift")).sum()),
        ),
        ("Shift", "Castings Scrapped", "Castings Poured"),
    ),
    Q(
        "does pouring hotter mean less scrap?",
        either(
            _corr(lambda df: _fd_temp_scrap(df).dropna()["t"], lambda df: _fd_temp_scrap(df).dropna()["r"]),
            _corr(lambda df: _fd_temp_scrap(df).dropna()["t"], lambda df: _fd_temp_scrap(df).dropna()["n"]),
        ),
        ("Pour Temp (F)", "Castings Scrapped", "Castings Poured"),
    ),
]


# --- 5. Hop farm harvest log ---------------------------------------------------------------------------------------

_HP_VARIETIES = {
    "Cascade": (6.5, 1900, "2022:1;2023:1;2024:1"),
    "Centennial": (9.8, 1600, "2022:1;2023:1;2024:1"),
    "Chinook": (12.5, 1850, "2022:1;2023:1;2024:1"),
    "Citra": (12.8, 1500, "2022:1;2023:1;2024:1"),
    "Mosaic": (11.9, 1700, "2022:1;2023:1;2024:1"),
}
_HP_FIELDS = {
    "North 1": "Cascade",
    "North 2": "Cascade",
    "North 3": "Centennial",
    "River 1": "Chinook",
    "River 2": "Citra",
    "River 3": "Citra",
    "Home Block": "Mosaic",
    "East 40": "Mosaic",
}
_HP_YEAR = {2022: 0.92, 2023: 1.08, 2024: 1.0}


def _hops() -> pd.DataFrame:
    rng = np.random.default_rng(34105)
    rows = []
    for year, factor in _HP_YEAR.items():
        days = pd.date_range(f"{year}-08-18", f"{year}-09-25")
        for _ in range(150 if year != 2023 else 170):
            field = _one(rng, list(_HP_FIELDS))
            variety = _HP_FIELDS[field]
            alpha_mu, dry_per_acre, _ = _HP_VARIETIES[variety]
            acres = round(float(rng.uniform(1.0, 4.5)), 1)
            dry = round(float(acres * dry_per_acre * factor * rng.normal(1, 0.12)))
            wet = round(dry / rng.uniform(0.2, 0.25))
            crew = int(rng.integers(6, 15))
            rows.append(
                {
                    "Date": f"{days[int(rng.integers(len(days)))]:%Y-%m-%d}",
                    "Field": field,
                    "Variety": variety,
                    "Acres Picked": acres,
                    "Wet Lbs": wet,
                    "Dry Lbs": dry,
                    "Alpha Acid %": "" if rng.random() < 0.06 else round(float(rng.normal(alpha_mu, 0.8)), 1),
                    "Moisture %": "" if rng.random() < 0.08 else round(float(rng.normal(9.0, 0.9)), 1),
                    "Crew Size": crew,
                    "Hours": round(float(acres * rng.uniform(14, 22) / crew * 4), 1),
                }
            )
    return pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)


def _hp_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d").dt.year


def _hp_citra(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Variety") == "Citra"]


HOPS = [
    Q(
        "how many dry pounds did we get in 2024",
        _amount(lambda df: float(_num(df, "Dry Lbs")[_hp_year(df) == 2024].sum())),
        ("Date", "Dry Lbs"),
    ),
    Q(
        "which variety has the highest alpha",
        _pick(lambda df: _top(_num(df, "Alpha Acid %").groupby(_text(df, "Variety")).mean())),
        ("Variety", "Alpha Acid %"),
    ),
    Q(
        "what's the dry yield per acre on citra",
        either(
            _about(lambda df: float(_num(_hp_citra(df), "Dry Lbs").sum() / _num(_hp_citra(df), "Acres Picked").sum())),
            _typical(lambda df: _num(_hp_citra(df), "Dry Lbs") / _num(_hp_citra(df), "Acres Picked")),
        ),
        ("Variety", "Dry Lbs", "Acres Picked"),
    ),
    Q(
        "how many loads came in over 10% moisture",
        _count(lambda df: int((_num(df, "Moisture %") > 10).sum())),
        ("Moisture %",),
    ),
    Q(
        "how many are missing a moisture reading",
        _count(lambda df: int(_num(df, "Moisture %").isna().sum())),
        ("Moisture %",),
    ),
    Q(
        "which year was the best harvest",
        _pick(lambda df: _top(_num(df, "Dry Lbs").groupby(_hp_year(df)).sum())),
        ("Date", "Dry Lbs"),
    ),
]


# --- 6. Scaffolding rental contracts -------------------------------------------------------------------------------

_SC_CONTRACTORS = {
    "Apex Masonry": 22,
    "Brightline Painting": 18,
    "Keystone Builders": 16,
    "R&J Roofing": 14,
    "Summit Restoration": 12,
    "Delgado Stucco": 10,
    "Northside Siding": 8,
}
_SC_STREETS = ["Main St", "Oak Ave", "Industrial Pkwy", "Elm St", "Commerce Dr", "Harbor Rd", "Maple Ln"]


def _scaffolding() -> pd.DataFrame:
    rng = np.random.default_rng(34106)
    rows = []
    days = pd.date_range("2023-03-01", "2024-11-30")
    today = pd.Timestamp("2024-12-15")
    for i in range(480):
        contractor = _one(rng, list(_SC_CONTRACTORS), list(_SC_CONTRACTORS.values()))
        frames = int(rng.integers(2, 16)) * 4 * (2 if contractor == "Apex Masonry" else 1)
        planks = frames * 2 + int(rng.integers(-4, 9))
        start = days[int(rng.integers(len(days)))]
        back = start + pd.Timedelta(days=int(7 * rng.gamma(2.0, 3.0)) + 3)
        out = back > today
        complete = "" if out else ("Y" if rng.random() < 0.82 else "N")
        damage = ""
        if complete == "N":
            damage = f"{round(float(rng.uniform(60, 900)), -1):.2f}"
        elif complete == "Y" and rng.random() < 0.05:
            damage = f"{round(float(rng.uniform(40, 250)), -1):.2f}"
        rows.append(
            {
                "Contract #": f"SC-{1001 + i}",
                "Contractor": contractor,
                "Job Site": f"{int(rng.integers(10, 9999))} {_one(rng, _SC_STREETS)}",
                "Frames": frames,
                "Planks": planks,
                "Start Date": f"{start:%m/%d/%Y}",
                "Return Date": "" if out else f"{back:%m/%d/%Y}",
                "Weekly Rate": f"${frames * 6.5 + planks * 1.75:,.2f}",
                "Damage Charge": damage,
                "Returned Complete": complete,
            }
        )
    return pd.DataFrame(rows)


def _sc_weeks(df: pd.DataFrame) -> pd.Series:
    fmt = "%m/%d/%Y"
    return ((_date(df, "Return Date", fmt) - _date(df, "Start Date", fmt)).dt.days / 7).dropna()


def _sc_short(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Damage Charge")[_text(df, "Returned Complete") == "N"]


SCAFFOLDING = [
    Q(
        "how many contracts are still out",
        _count(lambda df: int((_text(df, "Return Date") == "").sum())),
        ("Return Date", "Contract #"),
    ),
    Q(
        "who rents the most frames from us",
        _pick(lambda df: _top(_num(df, "Frames").groupby(_text(df, "Contractor")).sum())),
        ("Contractor", "Frames"),
    ),
    Q(
        "how many weeks do rentals usually last, for the ones that came back",
        _typical(_sc_weeks),
        ("Start Date", "Return Date"),
    ),
    Q(
        "total damage charges",
        _amount(lambda df: float(_num(df, "Damage Charge").sum())),
        ("Damage Charge",),
    ),
    Q(
        "what share of returns came back missing stuff",
        _share(
            lambda df: float(
                (_text(df, "Returned Complete") == "N").sum() / (_text(df, "Returned Complete") != "").sum()
            )
        ),
        ("Returned Complete", "Return Date"),
    ),
    Q(
        "and what did we charge those on average for damage",
        either(
            _about(lambda df: float(_sc_short(df).mean())),
            _about(lambda df: float(_sc_short(df).fillna(0).mean())),
            _about(lambda df: float(_sc_short(df).median())),
        ),
        ("Returned Complete", "Damage Charge"),
    ),
]


# --- 7. Oil change shop tickets ------------------------------------------------------------------------------------

_OC_OILS = {"Conventional": (40, 39.99, 5), "Synthetic Blend": (35, 59.99, 5), "Full Synthetic": (25, 84.99, 6)}
_OC_TECHS = {"Marcus": 14, "Dylan": 20, "Jose": 16, "Tanya": 15, "Cody": 24}
_OC_VEHICLES = [
    "Honda Civic", "Toyota Camry", "Ford F-150", "Chevy Silverado", "Nissan Altima", "Toyota RAV4", "Honda CR-V",
    "Jeep Wrangler", "Subaru Outback", "Ram 1500", "Hyundai Elantra", "Ford Escape",
]  # fmt: skip
_OC_UPSELLS = {"Wiper Blades": 24.99, "Air Filter": 29.99, "Cabin Filter": 39.99, "Tire Rotation": 19.99}


def _oil_change() -> pd.DataFrame:
    rng = np.random.default_rng(34107)
    rows = []
    days = pd.date_range("2024-01-02", "2024-12-31")
    for i in range(2400):
        oil = _one(rng, list(_OC_OILS), [v[0] for v in _OC_OILS.values()])
        _, price, quarts = _OC_OILS[oil]
        tech = _one(rng, list(_OC_TECHS))
        extras = [u for u in _OC_UPSELLS if rng.random() < 0.12]
        coupon = "Y" if rng.random() < 0.28 else "N"
        q = quarts + int(rng.choice([-1, 0, 0, 0, 1, 2]))
        total = price + max(q - 5, 0) * 7.99 + sum(_OC_UPSELLS[u] for u in extras) - (10 if coupon == "Y" else 0)
        day = days[int(rng.integers(len(days)))]
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Ticket #": 50001 + i,
                "Bay": int(rng.integers(1, 5)),
                "Tech": tech,
                "Vehicle": f"{int(rng.integers(2005, 2024))} {_one(rng, _OC_VEHICLES)}",
                "Oil Type": oil,
                "Quarts": q,
                "Upsell Items": "; ".join(extras),
                "Ticket Total": f"${total:.2f}",
                "Wait Min": max(int(rng.normal(_OC_TECHS[tech] + 3 * len(extras), 6)), 6),
                "Coupon": coupon,
            }
        )
    return pd.DataFrame(rows).sort_values(["Date", "Ticket #"]).reset_index(drop=True)


def _oc_coupon(df: pd.DataFrame, flag: bool) -> pd.Series:
    return _num(df, "Ticket Total")[_flag(df, "Coupon") == flag]


OIL_CHANGE = [
    Q(
        "how many oil changes did we do in june",
        _count(lambda df: int((_date(df, "Date", "%Y-%m-%d").dt.month == 6).sum())),
        ("Date", "Ticket #"),
    ),
    Q(
        "what's the average ticket on full synthetic",
        _typical(lambda df: _num(df, "Ticket Total")[_text(df, "Oil Type") == "Full Synthetic"]),
        ("Oil Type", "Ticket Total"),
    ),
    Q(
        "which tech gets cars out fastest",
        _either_pick(
            lambda df: _top(_num(df, "Wait Min").groupby(_text(df, "Tech")).mean(), lowest=True),
            lambda df: _top(_num(df, "Wait Min").groupby(_text(df, "Tech")).median(), lowest=True),
        ),
        ("Tech", "Wait Min"),
    ),
    Q("what percent of customers use a coupon", _share(lambda df: float(_flag(df, "Coupon").mean())), ("Coupon",)),
    Q(
        "how much lower is the average ticket with a coupon vs without",
        _about(lambda df: float(_oc_coupon(df, False).mean() - _oc_coupon(df, True).mean())),
        ("Coupon", "Ticket Total"),
    ),
    Q(
        "how many tickets had no add-ons at all",
        _count(lambda df: int((_text(df, "Upsell Items") == "").sum())),
        ("Upsell Items",),
    ),
]


HELDOUT341 = [
    Dataset("billiard_rentals", _billiards, BILLIARDS),
    Dataset("survey_jobs", _surveying, SURVEYING),
    Dataset("upholstery_orders", _upholstery, UPHOLSTERY),
    Dataset("foundry_pours", _foundry, FOUNDRY),
    Dataset("hop_harvest", _hops, HOPS),
    Dataset("scaffold_contracts", _scaffolding, SCAFFOLDING),
    Dataset("oil_change_tickets", _oil_change, OIL_CHANGE),
]
