"""HELDOUT297: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a pest control company's
service log (2023 and 2024, one row per service) with "Service Date" as "03/14/2024", Customer (repeat customers),
"Pest Type" (Ants, Roaches, Termites, Rodents, Bed Bugs), Treatment ("Perimeter Spray", "Gel Bait", "Liquid
Termiticide", "Bait Stations", "Trapping/Exclusion", "Heat Treatment"), "Property Type" (Residential, Commercial,
Multi-Family), "Sq Ft" (blank where the tech did not measure), Price as "$189.00", "Callback (30 Days)" (Y/N) and Tech;
a catering company's event list (2023 and 2024, one row per event) with "Event Date" as "2024-06-15", Client, "Event
Type" (Wedding, Corporate, Birthday), Guests, "Menu Tier" (Silver, Gold, Platinum), "Price Per Head" as "$48.00",
"Staff Count", "Bar Package" (Y/N), "Total Invoice" as "$12,480.00" (guests times price per head, plus the bar and
a service charge) and Deposit as "$2,500.00" (blank where none was taken); a tax preparer's client return list (tax
years 2022 and 2023, one row per return, clients repeated across years) with "Client ID" as "C-1042", "Client Name"
as "Lopez, Maria", "Tax Year", "Return Type" (1040, 1120S, 1065), "State Returns", "Forms Count", "Prep Fee" as
"$425.00", "Refund/(Owed)" in accounting format ("1,234.00" for a refund, "(2,500.00)" for a balance due, "0.00"),
"E-Filed" (Y/N), "Date Filed" as "4/15/2024" (blank when not yet filed) and "Extension" (Y/N); a mobile DJ's gig log
(2022 to 2024) with "Gig Date" as "6/15/2024", "Event Type" (Wedding, Club, Corporate, School Dance), Venue, Hours
(halves), Fee as "$1,200", "Travel Miles", "Equipment Rental" as "$150" (blank when nothing was rented) and "Booked
Via" (Referral, Website, The Knot, Instagram, GigSalad, Repeat Client); an adult hockey league's player game stats
(one season, one row per player per game, both teams of each game) with "Game Date" as "2024-01-14", Team, Player,
Pos (F, D, G), G, A, PIM, SOG and "+/-" as "+2", "-1" or "0" (goalies have blank SOG and "+/-"); a vineyard's
harvest log (vintages 2019 to 2024, one row per pick) with Block as "B-07", Varietal, "Pick Date" as "9/14/2023",
Tons (two decimals), Brix (one decimal), pH (two decimals), "TA (g/L)" (blank where the lab result is missing),
"Price/Ton" as "$2,850" and Buyer; and a state medical board's disciplinary actions (public data, 2015 to 2024, one
row per action, licensees with several actions repeated) with "License Number" as "MD123456", upper-case "Licensee
Name" as "SMITH, JOHN A", "License Type" (MD, DO, PA), "Action Date" as "04/12/2023", upper-case "Action Type"
(REPRIMAND, PROBATION, SUSPENSION, REVOCATION), Specialty ("N/A" when not reported), upper-case County, "Fine Amount"
as "$5,000.00" ("$0.00" when none) and "Probation Months" (blank unless probation was ordered). All are generated
with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .heldout293 import _month_of_year
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = ["James", "Maria", "Robert", "Linda", "Michael", "Patricia", "David", "Jennifer", "William", "Susan"]
_FIRST += ["Carlos", "Angela", "Kevin", "Nicole", "Brian", "Rachel", "Jason", "Megan", "Eric", "Laura", "Tyler"]
_LAST = ["Smith", "Johnson", "Lopez", "Nguyen", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Martinez", "Clark"]
_LAST += ["Patel", "Kim", "Turner", "Reed", "Foster", "Hughes", "Price", "Bennett", "Ortiz", "Murphy", "Coleman"]


def _dates(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _peak_month(dates: Callable[[pd.DataFrame], pd.Series], weights: str | None = None) -> Check:
    """The busiest month of the year by name, or the busiest single month of a year."""

    def of_year(df: pd.DataFrame) -> int:
        d = dates(df)
        w = _num(df, weights) if weights else pd.Series(1.0, index=df.index)
        return int(w.groupby(d.dt.month).sum().sort_index(kind="stable").idxmax())

    def of_month(df: pd.DataFrame) -> pd.Timestamp:
        d = dates(df)
        w = _num(df, weights) if weights else pd.Series(1.0, index=df.index)
        return w.groupby(d.dt.to_period("M")).sum().sort_index(kind="stable").idxmax().to_timestamp()

    return _lead(either(_month_of_year(of_year), _month_year(of_month)))


# --- 1. Pest control service log -----------------------------------------------------------------------------------

# pest: treatments, base price, $ per 1,000 sq ft, callback chance, weight
_PC_PESTS: dict[str, tuple[list[str], float, float, float, float]] = {
    "Ants": (["Perimeter Spray", "Gel Bait"], 125, 12, 0.10, 8),
    "Roaches": (["Gel Bait", "Perimeter Spray"], 150, 18, 0.16, 6),
    "Termites": (["Liquid Termiticide", "Bait Stations"], 650, 140, 0.05, 3),
    "Rodents": (["Trapping/Exclusion", "Bait Stations"], 275, 25, 0.12, 5),
    "Bed Bugs": (["Heat Treatment"], 900, 220, 0.22, 2),
}
_PC_TECHS = {"Marcus R.": 1.3, "Dana P.": 1.1, "Luis G.": 1.0, "Shawn T.": 0.8, "Kelly M.": 0.6}
_PC_PROPS = {"Residential": (7, 1.0), "Commercial": (2, 1.6), "Multi-Family": (2, 1.3)}


def _pest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29701)
    customers = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(380)]
    pests = list(_PC_PESTS)
    rows: list[dict[str, Any]] = []
    for _ in range(1350):
        pest = str(_one(rng, pests, [v[4] for v in _PC_PESTS.values()]))
        treats, base, per_k, cb, _w = _PC_PESTS[pest]
        prop = str(_one(rng, list(_PC_PROPS), [v[0] for v in _PC_PROPS.values()]))
        sqft = int(rng.lognormal(np.log(1900), 0.35) * _PC_PROPS[prop][1] / 10) * 10
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        price = round((base + per_k * sqft / 1000) * float(rng.normal(1, 0.08)) / 5) * 5
        rows.append(
            {
                "Service Date": f"{day:%m/%d/%Y}",
                "Customer": str(_one(rng, customers)),
                "Pest Type": pest,
                "Treatment": str(_one(rng, treats, [3, 1][: len(treats)])),
                "Property Type": prop,
                "Sq Ft": "" if rng.random() < 0.06 else sqft,
                "Price": f"${price:,.2f}",
                "Callback (30 Days)": "Y" if rng.random() < cb else "N",
                "Tech": str(_one(rng, list(_PC_TECHS), list(_PC_TECHS.values()))),
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Service Date"], format="%m/%d/%Y").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _pc_callbacks(rate: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        cb = (_text(df, "Callback (30 Days)") == "Y").groupby(_text(df, "Pest Type"))
        return _top(cb.mean() if rate else cb.sum())

    return top


def _pc_tech_2024(df: pd.DataFrame) -> str:
    in_2024 = _dates(df, "Service Date", "%m/%d/%Y").dt.year == 2024
    return _top(_num(df, "Price")[in_2024].groupby(_text(df, "Tech")[in_2024]).sum())


def _pc_bedbug_price(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Price")[_text(df, "Pest Type") == "Bed Bugs"]


_PC_QS = [
    Q(
        "how many termite jobs did we do",
        _count(lambda df: int((_text(df, "Pest Type") == "Termites").sum())),
        ("Pest Type",),
    ),
    Q("whats the average price for bed bugs", _typical(_pc_bedbug_price), ("Pest Type", "Price")),
    Q(
        "which pest do we get called back for the most",
        _lead(_named_any(lambda df: [_pc_callbacks(False)(df), _pc_callbacks(True)(df)])),
        ("Pest Type", "Callback (30 Days)"),
    ),
    Q(
        "overall callback rate?",
        _share(lambda df: float((_text(df, "Callback (30 Days)") == "Y").mean())),
        ("Callback (30 Days)",),
    ),
    Q("which tech brought in the most money in 2024", _lead(_named(_pc_tech_2024)), ("Tech", "Price", "Service Date")),
    Q("how many jobs have no square footage", _count(lambda df: int(_num(df, "Sq Ft").isna().sum())), ("Sq Ft",)),
]


# --- 2. Catering event list ----------------------------------------------------------------------------------------

# event type: guest range (log mean, log sd), bar chance, tier weights (Silver, Gold, Platinum), weight
_CT_TYPES: dict[str, tuple[float, float, float, list[float], float]] = {
    "Wedding": (np.log(140), 0.35, 0.75, [2, 5, 3], 4),
    "Corporate": (np.log(70), 0.5, 0.35, [4, 4, 1.5], 5),
    "Birthday": (np.log(45), 0.4, 0.3, [5, 3, 0.7], 3),
}
_CT_TIERS = {"Silver": 38.0, "Gold": 52.0, "Platinum": 74.0}
_CT_CLIENT_WORDS = ["Acme Corp", "Brightline Realty", "Summit Health", "Northwind Legal", "Lakeside Dental"]
_CT_CLIENT_WORDS += ["Harbor Bank", "Pinecrest Schools", "Redwood Tech", "Atlas Logistics", "Cedar Valley Church"]


def _catering_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29702)
    kinds = list(_CT_TYPES)
    rows: list[dict[str, Any]] = []
    for _ in range(520):
        kind = str(_one(rng, kinds, [v[4] for v in _CT_TYPES.values()]))
        mu, sd, bar_p, tier_w, _w = _CT_TYPES[kind]
        guests = int(np.clip(rng.lognormal(mu, sd), 15, 400))
        tier = str(_one(rng, list(_CT_TIERS), tier_w))
        pph = _CT_TIERS[tier] + float(_one(rng, [0, 0, 2, 4, -2]))
        bar = rng.random() < bar_p
        staff = max(2, round(guests / (18 if tier == "Platinum" else 25) + rng.normal(0, 1.2)))
        total = guests * pph * 1.18 + (guests * 22 if bar else 0) + float(_one(rng, [0, 0, 150, 300]))
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        if kind == "Wedding":
            client = f"{_one(rng, _LAST)}/{_one(rng, _LAST)} Wedding"
        elif kind == "Corporate":
            client = str(_one(rng, _CT_CLIENT_WORDS))
        else:
            client = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        deposit = "" if rng.random() < 0.12 else f"${round(total * 0.25 / 50) * 50:,.2f}"
        rows.append(
            {
                "Event Date": f"{day:%Y-%m-%d}",
                "Client": client,
                "Event Type": kind,
                "Guests": guests,
                "Menu Tier": tier,
                "Price Per Head": f"${pph:,.2f}",
                "Staff Count": staff,
                "Bar Package": "Y" if bar else "N",
                "Total Invoice": f"${total:,.2f}",
                "Deposit": deposit,
            }
        )
    return pd.DataFrame(rows).sort_values("Event Date", kind="stable").reset_index(drop=True)


def _ct_bar_share(kind: str | None) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        bar = _text(df, "Bar Package") == "Y"
        if kind:
            bar = bar[_text(df, "Event Type") == kind]
        return float(bar.mean())

    return rate


_CT_QS = [
    Q(
        "how many weddings did we do",
        _count(lambda df: int((_text(df, "Event Type") == "Wedding").sum())),
        ("Event Type",),
    ),
    Q(
        "average number of guests for each type of event",
        _about(lambda df: df["Guests"].groupby(_text(df, "Event Type")).mean().to_numpy(), 0.005),
        ("Event Type", "Guests"),
    ),
    Q(
        "total invoiced in 2024",
        _amount(lambda df: float(_num(df, "Total Invoice")[_text(df, "Event Date").str.startswith("2024")].sum())),
        ("Event Date", "Total Invoice"),
    ),
    Q("what share of events got the bar package", _share(_ct_bar_share(None)), ("Bar Package",)),
    Q("and just weddings?", _share(_ct_bar_share("Wedding")), ("Bar Package", "Event Type")),
    Q(
        "do bigger events get more staff? how strong is that",
        _corr(lambda d: d["Guests"].astype(float), lambda d: d["Staff Count"].astype(float)),
        ("Guests", "Staff Count"),
    ),
]


# --- 3. Tax preparer client return list ----------------------------------------------------------------------------

# return type: base fee, $ per form, forms range, weight
_TX_TYPES: dict[str, tuple[float, float, tuple[int, int], float]] = {
    "1040": (225, 35, (2, 14), 8),
    "1120S": (950, 60, (6, 20), 1.5),
    "1065": (1100, 65, (6, 22), 1.0),
}


def _money_acct(value: float) -> str:
    return f"({-value:,.2f})" if value < 0 else f"{value:,.2f}"


def _tax_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29703)
    kinds = list(_TX_TYPES)
    clients = []
    for k in range(430):
        kind = str(_one(rng, kinds, [v[3] for v in _TX_TYPES.values()]))
        if kind == "1040":
            name = f"{_one(rng, _LAST)}, {_one(rng, _FIRST)}"
        else:
            name = f"{_one(rng, _LAST)} {_one(rng, ['Holdings LLC', 'Partners', 'Inc', 'Group LLC', 'Builders'])}"
        clients.append((f"C-{1001 + k}", name, kind, int(rng.integers(0, 3)), float(rng.lognormal(0, 0.25))))
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023):
        for cid, name, kind, states, scale in clients:
            if rng.random() < (0.16 if year == 2022 else 0.08):
                continue
            base, per_form, (lo, hi), _w = _TX_TYPES[kind]
            forms = int(rng.integers(lo, hi + 1))
            fee = round((base + per_form * forms + 75 * states) * scale / 5) * 5
            if kind == "1040":
                result = round(float(rng.normal(1400, 3200)), 2)
            else:
                result = round(float(rng.normal(-2500, 6000)), 2) if rng.random() < 0.7 else 0.0
            ext = rng.random() < (0.12 if kind == "1040" else 0.45)
            if ext:
                filed = pd.Timestamp(year + 1, 5, 1) + pd.Timedelta(days=int(rng.integers(0, 168)))
            else:
                filed = pd.Timestamp(year + 1, 1, 25) + pd.Timedelta(days=int(rng.triangular(0, 70, 81)))
            pending = year == 2023 and ext and rng.random() < 0.3
            rows.append(
                {
                    "Client ID": cid,
                    "Client Name": name,
                    "Tax Year": year,
                    "Return Type": kind,
                    "State Returns": states,
                    "Forms Count": forms,
                    "Prep Fee": f"${fee:,.2f}",
                    "Refund/(Owed)": _money_acct(result),
                    "E-Filed": "N" if rng.random() < 0.08 else "Y",
                    "Date Filed": "" if pending else f"{filed.month}/{filed.day}/{filed.year}",
                    "Extension": "Y" if ext else "N",
                }
            )
    return pd.DataFrame(rows)


def _tx_result(df: pd.DataFrame) -> pd.Series:
    text = _text(df, "Refund/(Owed)")
    sign = np.where(text.str.startswith("("), -1.0, 1.0)
    return pd.to_numeric(text.str.replace(r"[(),$\s]", "", regex=True), errors="coerce") * sign


def _tx_owed(distinct: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        owed = _tx_result(df) < 0
        return int(df.loc[owed, "Client ID"].nunique() if distinct else owed.sum())

    return count


def _tx_filed(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date Filed"), format="%m/%d/%Y", errors="coerce")


_TX_QS = [
    Q(
        "how many 1040s did we do",
        _count(lambda df: int((_text(df, "Return Type") == "1040").sum())),
        ("Return Type",),
    ),
    Q(
        "average prep fee by return type",
        _about(lambda df: _num(df, "Prep Fee").groupby(_text(df, "Return Type")).mean().to_numpy(), 0.005),
        ("Return Type", "Prep Fee"),
    ),
    Q(
        "how many clients owed money",
        either(_count(_tx_owed(False)), _count(_tx_owed(True))),
        ("Refund/(Owed)", "Client ID", "Client Name"),
    ),
    Q("what was the biggest refund", _amount(lambda df: float(_tx_result(df).max())), ("Refund/(Owed)",)),
    Q(
        "what percent were e-filed",
        _share(lambda df: float((_text(df, "E-Filed") == "Y").mean())),
        ("E-Filed",),
    ),
    Q("which month do we file the most returns", _peak_month(_tx_filed), ("Date Filed",)),
]


# --- 4. Mobile DJ gig log ------------------------------------------------------------------------------------------

# event type: hours choices, $ per hour, weekday weights (Mon..Sun), month weights boost, weight
_DJ_TYPES: dict[str, tuple[list[float], float, float]] = {
    "Wedding": ([5, 5.5, 6, 6, 7], 230, 5),
    "Club": ([3, 4, 4, 5], 120, 4),
    "Corporate": ([3, 3.5, 4], 200, 2),
    "School Dance": ([2.5, 3, 3, 4], 150, 2),
}
_DJ_VENUES = {
    "Wedding": ["The Grand Barn", "Lakeview Estate", "Rosewood Manor", "Hilton Garden Inn", "St. Mark's Hall"],
    "Club": ["Club Neon", "The Loft", "Velvet Lounge"],
    "Corporate": ["Marriott Downtown", "Convention Center", "Hyatt Regency", "Brewery Taproom"],
    "School Dance": ["Lincoln High", "Westview Middle", "Jefferson High", "Oak Ridge Academy"],
}
_DJ_VIA = {"Referral": 5, "Website": 3, "The Knot": 2.5, "Instagram": 2, "GigSalad": 1.5, "Repeat Client": 2}
_DJ_PLURALS = {"Wedding": ("Weddings",), "Club": ("Clubs",), "School Dance": ("School Dances",)}
_DJ_MONTHS = [0.5, 0.6, 0.8, 1.0, 1.6, 1.9, 1.3, 1.2, 1.8, 2.1, 1.0, 1.2]


def _dj_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29704)
    kinds = list(_DJ_TYPES)
    venue_miles = {v: float(rng.uniform(4, 85)) for vs in _DJ_VENUES.values() for v in vs}
    rows: list[dict[str, Any]] = []
    for _ in range(410):
        kind = str(_one(rng, kinds, [v[2] for v in _DJ_TYPES.values()]))
        hours_opts, per_hour, _w = _DJ_TYPES[kind]
        year = int(_one(rng, [2022, 2023, 2024], [2.5, 3, 3.5]))
        month = int(_one(rng, list(range(1, 13)), _DJ_MONTHS))
        day = pd.Timestamp(year, month, int(rng.integers(1, 29)))
        hours = float(_one(rng, hours_opts))
        fee = round(hours * per_hour * (1 + 0.06 * (year - 2022)) * float(rng.normal(1, 0.1)) / 25) * 25
        venue = str(_one(rng, _DJ_VENUES[kind]))
        rental = rng.random() < (0.3 if kind == "Wedding" else 0.1)
        rows.append(
            {
                "Gig Date": f"{day.month}/{day.day}/{day.year}",
                "Event Type": kind,
                "Venue": venue,
                "Hours": hours,
                "Fee": f"${fee:,.0f}",
                "Travel Miles": round(venue_miles[venue] * float(rng.normal(1, 0.05))),
                "Equipment Rental": f"${float(_one(rng, [75, 150, 150, 250])):,.0f}" if rental else "",
                "Booked Via": str(_one(rng, list(_DJ_VIA), list(_DJ_VIA.values()))),
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Gig Date"], format="%m/%d/%Y").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _dj_date(df: pd.DataFrame) -> pd.Series:
    return _dates(df, "Gig Date", "%m/%d/%Y")


def _dj_fee_of(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Fee")[_text(df, "Event Type") == kind].mean())


def _dj_hourly(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        fee, hours, kind = _num(df, "Fee"), df["Hours"].astype(float), _text(df, "Event Type")
        if pooled:
            return _top(fee.groupby(kind).sum() / hours.groupby(kind).sum())
        return _top((fee / hours).groupby(kind).mean())

    return top


_DJ_QS = [
    Q(
        "how much did i make in 2023",
        _amount(lambda df: float(_num(df, "Fee")[_dj_date(df).dt.year == 2023].sum())),
        ("Gig Date", "Fee"),
    ),
    Q(
        "average fee for weddings vs school dances",
        _about(lambda df: [_dj_fee_of("Wedding")(df), _dj_fee_of("School Dance")(df)], 0.005),
        ("Event Type", "Fee"),
    ),
    Q(
        "which kind of gig pays best per hour",
        _lead(either(*(_named(_dj_hourly(pooled), _DJ_PLURALS) for pooled in (True, False)))),
        ("Event Type", "Fee", "Hours"),
    ),
    Q(
        "where do most of my bookings come from",
        _lead(_named(lambda df: _top(_text(df, "Booked Via").value_counts()))),
        ("Booked Via",),
    ),
    Q("total miles driven", _amount(lambda df: float(df["Travel Miles"].astype(float).sum())), ("Travel Miles",)),
    Q("whats my busiest month", _peak_month(_dj_date), ("Gig Date",)),
]


# --- 5. Adult hockey league player game stats ----------------------------------------------------------------------

_HK_TEAMS = ["Ice Holes", "Puck Dynasty", "Beer Leaguers", "Sin Bin Kings", "Frozen Assets", "Slapshot Sloths"]
_HK_TEAMS += ["Zamboni Drivers", "Blue Line Bandits"]


def _hockey_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29705)
    used: set[str] = set()
    roster: dict[str, list[tuple[str, str, float, float, float]]] = {}
    for team in _HK_TEAMS:
        players = []
        for pos in ["G"] + ["D"] * 4 + ["F"] * 8:
            while True:
                name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
                if name not in used:
                    used.add(name)
                    break
            skill = float(rng.lognormal(0, 0.45)) * (0.45 if pos == "D" else 1.0)
            players.append((name, pos, skill, float(rng.gamma(1.5, 0.5)), float(rng.normal(0, 1))))
        roster[team] = players
    strength = {t: float(rng.normal(0, 0.4)) for t in _HK_TEAMS}
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-10-01")
    for week in range(21):
        day = start + pd.Timedelta(days=7 * week)
        order = rng.permutation(len(_HK_TEAMS))
        for i in range(0, len(order), 2):
            home, away = _HK_TEAMS[order[i]], _HK_TEAMS[order[i + 1]]
            goals = {t: int(rng.poisson(max(0.8, 3.2 + strength[t]))) for t in (home, away)}
            for team, opp in ((home, away), (away, home)):
                skaters = [p for p in roster[team] if p[1] != "G"]
                dressed = [p for p in skaters if rng.random() > 0.1]
                w = np.array([p[2] for p in dressed])
                g = np.bincount(rng.choice(len(dressed), size=goals[team], p=w / w.sum()), minlength=len(dressed))
                a = np.zeros(len(dressed), dtype=int)
                for _ in range(goals[team]):
                    for k in rng.choice(len(dressed), size=int(_one(rng, [0, 1, 2], [1, 3, 6])), replace=False):
                        a[k] += 1
                goalie = roster[team][0]
                rows.append(
                    {
                        "Game Date": f"{day:%Y-%m-%d}",
                        "Team": team,
                        "Player": goalie[0],
                        "Pos": "G",
                        "G": 0,
                        "A": int(rng.random() < 0.03),
                        "PIM": int(_one(rng, [0, 2], [20, 1])),
                        "SOG": "",
                        "+/-": "",
                    }
                )
                diff = goals[team] - goals[opp]
                for k, (name, pos, skill, pen, pm) in enumerate(dressed):
                    plus = int(np.clip(round(diff * 0.35 + pm * 0.6 + rng.normal(0, 1)), -4, 4))
                    shots = int(rng.poisson(1.2 + 2.2 * skill)) + int(g[k])
                    rows.append(
                        {
                            "Game Date": f"{day:%Y-%m-%d}",
                            "Team": team,
                            "Player": name,
                            "Pos": pos,
                            "G": int(g[k]),
                            "A": int(a[k]),
                            "PIM": int(2 * rng.poisson(pen * 0.5) + (5 if rng.random() < 0.01 else 0)),
                            "SOG": shots,
                            "+/-": f"+{plus}" if plus > 0 else str(plus),
                        }
                    )
    return pd.DataFrame(rows)


def _hk_sum(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, col).groupby(_text(df, "Player")).sum()


def _hk_points(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "G") + _num(df, "A")).groupby(_text(df, "Player")).sum()


def _hk_goal_leaders(df: pd.DataFrame) -> list[str]:
    """Every player tied for the most goals (any one of them is a fair pick)."""
    goals = _hk_sum("G")(df)
    return sorted(goals.index[goals == goals.max()])


def _hk_best_pm(df: pd.DataFrame) -> str:
    return _top(_hk_sum("+/-")(df))


def _hk_top5(df: pd.DataFrame) -> list[str]:
    return list(_hk_points(df).sort_values(ascending=False, kind="stable").index[:5])


def _hk_all_top5(answer: str, df: pd.DataFrame) -> str | None:
    """Every one of the five leading point scorers is named."""
    for name in _hk_top5(df):
        why = _named(lambda _d, n=name: n)(answer, df)
        if why:
            return why
    return None


def _hk_d_shots(df: pd.DataFrame) -> pd.Series:
    return _num(df, "SOG")[_text(df, "Pos") == "D"]


_HK_QS = [
    Q("who scored the most goals", _lead(_named_any(_hk_goal_leaders)), ("Player", "G")),
    Q(
        "top 5 in points",
        _hk_all_top5,
        ("Player", "G", "A"),
    ),
    Q(
        "which team takes the most penalty minutes",
        _lead(_named(lambda df: _top(_num(df, "PIM").groupby(_text(df, "Team")).sum()))),
        ("Team", "PIM"),
    ),
    Q("average shots per game for defensemen", _typical(_hk_d_shots), ("Pos", "SOG")),
    Q("who has the best plus minus", _lead(_named(_hk_best_pm)), ("Player", "+/-")),
    Q(
        "how many goals does he have",
        _count(lambda df: float(_num(df, "G")[_text(df, "Player") == _hk_best_pm(df)].sum())),
        ("Player", "G"),
    ),
]


# --- 6. Vineyard harvest log ---------------------------------------------------------------------------------------

# varietal: blocks, tons per pick (mean), brix mean, price per ton base
_VY_VARIETALS: dict[str, tuple[int, float, float, float]] = {
    "Cabernet Sauvignon": (6, 7.5, 25.2, 3400),
    "Chardonnay": (4, 8.5, 23.0, 2100),
    "Pinot Noir": (4, 5.0, 23.8, 3000),
    "Merlot": (3, 7.0, 24.4, 2300),
    "Sauvignon Blanc": (2, 9.0, 22.3, 1800),
    "Zinfandel": (2, 6.0, 25.8, 2600),
}
_VY_BUYERS = {"Own Label": 4, "Silver Oak Cellars": 2, "Coastal Wine Co.": 3, "Ridgeline Vintners": 2}
_VY_BUYERS |= {"Bulk - Central Valley": 1}
_VY_PREMIUM = {"Own Label": 1.0, "Silver Oak Cellars": 1.25, "Coastal Wine Co.": 0.95, "Ridgeline Vintners": 1.1}
_VY_PREMIUM |= {"Bulk - Central Valley": 0.6}


def _vineyard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29706)
    blocks: list[tuple[str, str]] = []
    for varietal, (n, *_rest) in _VY_VARIETALS.items():
        for _ in range(n):
            blocks.append((f"B-{len(blocks) + 1:02d}", varietal))
    buyers = list(_VY_BUYERS)
    block_buyer = {b: str(_one(rng, buyers, list(_VY_BUYERS.values()))) for b, _v in blocks}
    rows: list[dict[str, Any]] = []
    for year in range(2019, 2025):
        heat = float(rng.normal(0, 0.8))
        for block, varietal in blocks:
            _n, tons_mean, brix_mean, price = _VY_VARIETALS[varietal]
            picks = int(_one(rng, [2, 3, 4, 5], [2, 4, 3, 1]))
            early = varietal in ("Chardonnay", "Sauvignon Blanc", "Pinot Noir")
            first = pd.Timestamp(year, 8, 20) if early else pd.Timestamp(year, 9, 12)
            for k in range(picks):
                day = first + pd.Timedelta(days=int(7 * k + rng.integers(0, 7)))
                brix = brix_mean + heat + 0.35 * k + float(rng.normal(0, 0.7))
                ph = 3.15 + 0.06 * (brix - 22) + float(rng.normal(0, 0.07))
                ta = 9.5 - 0.45 * (brix - 22) + float(rng.normal(0, 0.6))
                buyer = block_buyer[block] if rng.random() < 0.8 else str(_one(rng, buyers))
                ppt = round(price * _VY_PREMIUM[buyer] * (1 + 0.03 * (year - 2019)) * float(rng.normal(1, 0.05)), -1)
                rows.append(
                    {
                        "Block": block,
                        "Varietal": varietal,
                        "Pick Date": f"{day.month}/{day.day}/{day.year}",
                        "Tons": round(max(0.4, float(rng.normal(tons_mean, tons_mean * 0.3))), 2),
                        "Brix": round(brix, 1),
                        "pH": round(ph, 2),
                        "TA (g/L)": "" if rng.random() < 0.07 else round(ta, 1),
                        "Price/Ton": f"${ppt:,.0f}",
                        "Buyer": buyer,
                    }
                )
    return pd.DataFrame(rows)


def _vy_cab_2023(df: pd.DataFrame) -> float:
    pick = (_text(df, "Varietal") == "Cabernet Sauvignon") & (_dates(df, "Pick Date", "%m/%d/%Y").dt.year == 2023)
    return float(df.loc[pick, "Tons"].astype(float).sum())


def _vy_buyer_price(weighted: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        ppt, tons, buyer = _num(df, "Price/Ton"), df["Tons"].astype(float), _text(df, "Buyer")
        if weighted:
            return _top((ppt * tons).groupby(buyer).sum() / tons.groupby(buyer).sum())
        return _top(ppt.groupby(buyer).mean())

    return top


_VY_QS = [
    Q("how many tons of cab did we pick in 2023", _amount(_vy_cab_2023), ("Varietal", "Tons", "Pick Date")),
    Q(
        "which grape brings in the most money",
        _lead(
            _named(
                lambda df: _top((_num(df, "Price/Ton") * df["Tons"].astype(float)).groupby(_text(df, "Varietal")).sum())
            )
        ),
        ("Varietal", "Tons", "Price/Ton"),
    ),
    Q(
        "what's the average sugar at harvest for pinot",
        _typical(lambda df: df.loc[_text(df, "Varietal") == "Pinot Noir", "Brix"].astype(float)),
        ("Varietal", "Brix"),
    ),
    Q(
        "is sugar related to ph",
        _corr(lambda d: d["Brix"].astype(float), lambda d: d["pH"].astype(float)),
        ("Brix", "pH"),
    ),
    Q("how many picks are missing TA", _count(lambda df: int(_num(df, "TA (g/L)").isna().sum())), ("TA (g/L)",)),
    Q(
        "which buyer pays the most per ton on average",
        _lead(_named_any(lambda df: [_vy_buyer_price(False)(df), _vy_buyer_price(True)(df)])),
        ("Buyer", "Price/Ton", "Tons"),
    ),
]


# --- 7. State medical board disciplinary actions -------------------------------------------------------------------

_MB_TYPES = {"MD": 7, "DO": 2, "PA": 1.5}
_MB_ACTIONS = {"REPRIMAND": 5, "PROBATION": 3, "SUSPENSION": 1.5, "REVOCATION": 1}
_MB_SPECIALTIES = ["FAMILY MEDICINE", "INTERNAL MEDICINE", "PSYCHIATRY", "ANESTHESIOLOGY", "EMERGENCY MEDICINE"]
_MB_SPECIALTIES += ["OBSTETRICS & GYNECOLOGY", "GENERAL SURGERY", "PAIN MEDICINE", "ORTHOPAEDIC SURGERY"]
_MB_COUNTIES = {"FULTON": 5, "DEKALB": 3, "COBB": 3, "GWINNETT": 3.5, "CHATHAM": 1.5, "RICHMOND": 1.2}
_MB_COUNTIES |= {"BIBB": 1, "CLAYTON": 1.2, "MUSCOGEE": 0.9, "CLARKE": 0.7, "HALL": 0.8}
_MB_YEARS = {2015: 0.8, 2016: 0.9, 2017: 1.0, 2018: 1.1, 2019: 1.2, 2020: 0.7, 2021: 0.9, 2022: 1.3, 2023: 1.15}
_MB_YEARS |= {2024: 1.0}


def _board_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29707)
    people = []
    numbers: set[str] = set()
    for _ in range(720):
        kind = str(_one(rng, list(_MB_TYPES), list(_MB_TYPES.values())))
        while True:
            number = f"{kind}{int(rng.integers(100000, 999999))}"
            if number not in numbers:
                numbers.add(number)
                break
        name = f"{_one(rng, _LAST).upper()}, {_one(rng, _FIRST).upper()} {chr(65 + int(rng.integers(0, 26)))}"
        specialty = "N/A" if rng.random() < 0.12 else str(_one(rng, _MB_SPECIALTIES))
        county = str(_one(rng, list(_MB_COUNTIES), list(_MB_COUNTIES.values())))
        people.append((number, name, kind, specialty, county))
    rows: list[dict[str, Any]] = []
    for number, name, kind, specialty, county in people:
        n = int(_one(rng, [1, 2, 3, 4], [10, 3, 1, 0.3]))
        for _ in range(n):
            year = int(_one(rng, list(_MB_YEARS), list(_MB_YEARS.values())))
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            action = str(_one(rng, list(_MB_ACTIONS), list(_MB_ACTIONS.values())))
            fine = 0.0
            if action != "REVOCATION" and rng.random() < 0.55:
                fine = float(_one(rng, [500, 1000, 2500, 5000, 5000, 10000, 25000]))
            months = ""
            if action == "PROBATION" or (action == "SUSPENSION" and rng.random() < 0.4):
                months = int(_one(rng, [6, 12, 12, 24, 36, 60]))
            rows.append(
                {
                    "License Number": number,
                    "Licensee Name": name,
                    "License Type": kind,
                    "Action Date": f"{day:%m/%d/%Y}",
                    "Action Type": action,
                    "Specialty": specialty,
                    "County": county,
                    "Fine Amount": f"${fine:,.2f}",
                    "Probation Months": months,
                }
            )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Action Date"], format="%m/%d/%Y").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _mb_year(df: pd.DataFrame) -> int:
    years = _dates(df, "Action Date", "%m/%d/%Y").dt.year
    return int(years.value_counts().sort_index(kind="stable").idxmax())


def _mb_repeat(col: str) -> Callable[[pd.DataFrame], int]:
    return lambda df: int((_text(df, col).value_counts() > 1).sum())


_MB_QS = [
    Q(
        "how many revocations",
        _count(lambda df: int((_text(df, "Action Type") == "REVOCATION").sum())),
        ("Action Type",),
    ),
    Q("what year had the most disciplinary actions", _lead(_year(_mb_year)), ("Action Date",)),
    Q("how much in fines total", _amount(lambda df: float(_num(df, "Fine Amount").sum())), ("Fine Amount",)),
    Q(
        "how long is probation usually",
        either(
            _typical(lambda df: _num(df, "Probation Months").dropna()),
            _typical(lambda df: _num(df, "Probation Months")[_text(df, "Action Type") == "PROBATION"].dropna()),
        ),
        ("Probation Months", "Action Type"),
    ),
    Q(
        "which county has the most actions against DOs",
        _lead(_named(lambda df: _top(_text(df, "County")[_text(df, "License Type") == "DO"].value_counts()))),
        ("County", "License Type"),
    ),
    Q(
        "how many people got disciplined more than once",
        either(_count(_mb_repeat("License Number")), _count(_mb_repeat("Licensee Name"))),
        ("License Number", "Licensee Name"),
    ),
]


HELDOUT297: list[Dataset] = [
    Dataset("pest_control_service_log", _pest_frame, _PC_QS),
    Dataset("catering_event_list", _catering_frame, _CT_QS),
    Dataset("tax_preparer_client_returns", _tax_frame, _TX_QS),
    Dataset("mobile_dj_gig_log", _dj_frame, _DJ_QS),
    Dataset("adult_hockey_player_game_stats", _hockey_frame, _HK_QS),
    Dataset("vineyard_harvest_log", _vineyard_frame, _VY_QS),
    Dataset("medical_board_disciplinary_actions", _board_frame, _MB_QS),
]
