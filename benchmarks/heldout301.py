"""HELDOUT301: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a fence contractor's job list
(contracts from 2022 to 2024, one row per job, repeat customers) with "Job #" as "F-1001", "Contract Date" as
"03/14/2023", "Install Date" in the same format (blank for jobs not yet installed), Customer, Material (Wood, Vinyl,
"Chain Link", Aluminum), "Linear Feet", "Height (ft)" (4, 5, 6 or 8), Gates, Price as "$8,450.00", Crew ("Crew 1" to
"Crew 4") and "Permit Req'd" as Y / N; an HVAC company's service tickets (2023 and 2024, one row per ticket) with
"Ticket #", Date as "2024-01-15", Customer, "System Type" (Furnace, AC, "Heat Pump"), "Call Type" (Maintenance,
Repair, Install), "Unit Age (yrs)" (blank for installs), "Refrigerant Added (lbs)" (blank on furnaces and on most
calls), "Labor Hrs", "Parts $" as "245.00", "Total $" as "$612.50" and Tech (first names); a bike courier dispatch log
(January to June 2024, one row per delivery) with "Job ID", "Pickup Time" and "Drop Time" as "2024-03-04 09:15",
Rider, Zone (Downtown, Midtown, Eastside, Westside, "Warehouse District"), "Distance (mi)", Rush as Y / N, Price as
"$14.50" and Tip as "$3.00" (blank when none); a soup kitchen's daily meal counts (2023 and 2024, one row per day per
service, no breakfast on weekends, closed Sundays) with Date as "1/3/2023", Service (Breakfast, Lunch, Dinner), "Meals
Served", Volunteers, "First-Time Guests" and "Donated Food (lbs)" (blank on days nobody weighed it); a state foster
care placement file (public data, entries from 2015 to 2024, one row per placement, so a child who moved repeats
CHILD_ID) with CHILD_ID as "C004512", AGE_AT_ENTRY, ENTRY_DATE and EXIT_DATE as "2019-04-12" (EXIT_DATE blank while in
care), PLACEMENT_TYPE (RELATIVE, FOSTER HOME, GROUP HOME), upper-case COUNTY and EXIT_REASON (REUNIFICATION, ADOPTION,
AGED OUT, TRANSFER for a move to the next placement, STILL IN CARE); a community orchestra's concert ticket sales (30
seasons, 1995-96 to 2024-25, one row per concert) with "Concert Date" as "10/12/2019", Season as "2019-20", Venue,
Program, "Tickets Sold", Capacity (per venue), Subscribers and "Single Tickets" (adding up to "Tickets Sold"), "Ticket
Revenue" as "$12,340.00" and "Door Donations" as "$415.50" (blank when no collection was taken); and a kennel club's
dog show results (2023 and 2024 shows, one row per entry, dogs entered at many shows) with "Show Date" as
"2024-05-18", "Show Name", Breed, Group (Sporting, Hound, Working, Terrier, Toy, Non-Sporting, Herding), "Dog Name"
as a registered name ("Foxfire's Midnight Run"), Handler, Class ("Puppy 6-9 Mo", "12-18 Mo", "Bred-By-Exhibitor",
"American-Bred", Open), Placement as 1 to 4 or "ABS" for a dog that was absent (blank when unplaced), BOB as Y / N and
Points (0 to 5). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _days(values: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """A typical length (mean or median) of a series of days, given in days, weeks, months or years (2%)."""
    checks = []
    for how in ("mean", "median"):
        for k in (1, 7, 30.44, 365.25):
            checks.append(_about(lambda df, how=how, k=k: float(getattr(values(df), how)()) / k, rel=0.02))
    return either(*checks)


def _ratio_either(num: str, den: str, keep: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """A rate as the ratio of totals or as the mean of per-row ratios."""
    return either(
        _about(lambda df: float(_num(df, num)[keep(df)].sum() / _num(df, den)[keep(df)].sum())),
        _about(lambda df: float((_num(df, num) / _num(df, den))[keep(df)].mean())),
    )


def _people(rng: np.random.Generator, n: int) -> list[str]:
    first = ["Mike", "Sarah", "Jose", "Linda", "Tom", "Aisha", "Kevin", "Maria", "Dave", "Priya", "Chris", "Amy"]
    first += ["Greg", "Tanya", "Luis", "Beth", "Omar", "Karen", "Nate", "Julie"]
    last = ["Ramirez", "Chen", "Johnson", "Patel", "Nguyen", "Smith", "Brooks", "Lopez", "Kim", "Walsh", "Harris"]
    last += ["Baker", "Ortiz", "Reed", "Flores", "Murphy", "Cole", "Grant", "Wood", "Price", "Shah", "Ward"]
    names = [f"{f} {g}" for f in first for g in last]
    return [str(x) for x in rng.choice(names, size=n, replace=False)]


# --- 1. Fence contractor job list ----------------------------------------------------------------------------------

# material: $ per linear foot at 6 ft, share of jobs, usual permit chance
_FN_MATERIAL: dict[str, tuple[float, float, float]] = {
    "Wood": (32.0, 38, 0.45),
    "Vinyl": (41.0, 30, 0.55),
    "Chain Link": (19.0, 20, 0.35),
    "Aluminum": (52.0, 12, 0.6),
}


def _fence_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30101)
    customers = _people(rng, 180)
    rows: list[dict[str, Any]] = []
    mats = list(_FN_MATERIAL)
    for i in range(640):
        mat = str(_one(rng, mats, [m[1] for m in _FN_MATERIAL.values()]))
        rate, _w, permit_p = _FN_MATERIAL[mat]
        height = int(_one(rng, [4, 5, 6, 8], [3, 2, 6, 1] if mat != "Aluminum" else [5, 4, 2, 0.1]))
        feet = int(np.clip(rng.lognormal(np.log(160), 0.45), 24, 900))
        gates = int(_one(rng, [0, 1, 2, 3], [2, 6, 3, 1]))
        price = feet * rate * (0.7 + 0.05 * height) * float(rng.uniform(0.9, 1.12)) + gates * (250 + 30 * height)
        price = round(price / 5) * 5
        signed = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 1090)))
        wait = int(np.clip(rng.gamma(3.0, 9.0) + (14 if height == 8 else 0), 3, 140))
        installed = signed + pd.Timedelta(days=wait)
        done = installed <= pd.Timestamp("2024-12-31") and rng.random() > 0.02
        rows.append(
            {
                "Job #": f"F-{1001 + i}",
                "Contract Date": f"{signed:%m/%d/%Y}",
                "Install Date": f"{installed:%m/%d/%Y}" if done else "",
                "Customer": str(_one(rng, customers)),
                "Material": mat,
                "Linear Feet": feet,
                "Height (ft)": height,
                "Gates": gates,
                "Price": f"${price:,.2f}",
                "Crew": str(_one(rng, ["Crew 1", "Crew 2", "Crew 3", "Crew 4"], [35, 28, 22, 15])),
                "Permit Req'd": "Y" if rng.random() < permit_p + (0.3 if height >= 6 else 0) else "N",
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Contract Date"], format="%m/%d/%Y").argsort(kind="stable")
    df = df.iloc[order].reset_index(drop=True)
    df["Job #"] = [f"F-{1001 + i}" for i in range(len(df))]
    return df


def _fn_date(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format="%m/%d/%Y", errors="coerce")


def _fn_wait(df: pd.DataFrame) -> pd.Series:
    return (_fn_date(df, "Install Date") - _fn_date(df, "Contract Date")).dt.days.dropna()


_FN_QS = [
    Q(
        "how many fences did we sell in 2023",
        either(
            _count(lambda df: int((_fn_date(df, "Contract Date").dt.year == 2023).sum())),
            _count(lambda df: int((_fn_date(df, "Install Date").dt.year == 2023).sum())),
        ),
        ("Contract Date", "Install Date", "Job #"),
    ),
    Q(
        "what's the most popular material",
        _lead(_named(lambda df: _top(_text(df, "Material").value_counts()))),
        ("Material",),
    ),
    Q(
        "avg price per foot for vinyl?",
        _ratio_either("Price", "Linear Feet", lambda df: _text(df, "Material") == "Vinyl"),
        ("Price", "Linear Feet", "Material"),
    ),
    Q(
        "how long do people usually wait between signing and install",
        _days(_fn_wait),
        ("Contract Date", "Install Date"),
    ),
    Q(
        "which crew put up the most fence",
        _lead(_named(lambda df: _top(df["Linear Feet"].groupby(_text(df, "Crew")).sum()))),
        ("Crew", "Linear Feet"),
    ),
    Q(
        "what percent of jobs needed a permit",
        _share(lambda df: float((_text(df, "Permit Req'd") == "Y").mean())),
        ("Permit Req'd",),
    ),
]


# --- 2. HVAC service tickets ---------------------------------------------------------------------------------------

_HV_TECHS = {"Ray": 30, "Dana": 24, "Marcus": 20, "Hector": 16, "Jill": 10}


def _hvac_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30102)
    customers = _people(rng, 400)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-02", "2024-12-31")
    # busy in deep winter and high summer
    weight = np.array([1.0 + 0.9 * abs(np.cos((d.dayofyear - 15) / 365 * 2 * np.pi)) for d in days])
    weight[days.dayofweek == 6] = 0.05
    weight *= np.where((days.month == 7) & (days.year == 2024), 1.35, 1.0)
    picks = np.sort(rng.choice(len(days), size=1650, p=weight / weight.sum()))
    for i, k in enumerate(picks):
        day = days[k]
        summer = day.month in (5, 6, 7, 8, 9)
        system = str(_one(rng, ["Furnace", "AC", "Heat Pump"], [2, 5, 2] if summer else [6, 1, 3]))
        call = str(_one(rng, ["Maintenance", "Repair", "Install"], [40, 48, 12]))
        age = None if call == "Install" else int(np.clip(rng.gamma(2.6, 4.2), 1, 32))
        hours = {"Maintenance": 1.0, "Repair": 2.2, "Install": 7.5}[call] * float(rng.uniform(0.6, 1.5))
        hours = round(hours * 4) / 4
        parts = {"Maintenance": 25.0, "Repair": 180.0, "Install": 3800.0}[call] * float(rng.lognormal(0, 0.45))
        if call == "Repair" and age is not None:
            parts *= 1 + age / 18
        parts = round(parts, 2)
        refrig = None
        if system != "Furnace" and call != "Install" and rng.random() < (0.45 if call == "Repair" else 0.15):
            refrig = round(float(rng.uniform(0.5, 4.5)) * (1 + (age or 0) / 25), 1)
        total = round(hours * 115 + parts + (refrig or 0) * 65 + (89 if call != "Install" else 0), 2)
        rows.append(
            {
                "Ticket #": 23001 + i,
                "Date": f"{day:%Y-%m-%d}",
                "Customer": str(_one(rng, customers)),
                "System Type": system,
                "Call Type": call,
                "Unit Age (yrs)": age,
                "Refrigerant Added (lbs)": refrig,
                "Labor Hrs": hours,
                "Parts $": f"{parts:.2f}",
                "Total $": f"${total:,.2f}",
                "Tech": str(_one(rng, list(_HV_TECHS), list(_HV_TECHS.values()))),
            }
        )
    return pd.DataFrame(rows)


def _hv_busiest(df: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(df["Date"]).dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


def _hv_repairs(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Call Type") == "Repair"


_HV_QS = [
    Q("how many repair calls did we run", _count(lambda df: int(_hv_repairs(df).sum())), ("Call Type",)),
    Q("what was our busiest month", _lead(_month_year(_hv_busiest)), ("Date", "Ticket #")),
    Q(
        "whats the typical bill for a new install",
        _typical(lambda df: _num(df, "Total $")[_text(df, "Call Type") == "Install"]),
        ("Total $", "Call Type"),
    ),
    Q(
        "do older units cost more to repair",
        either(
            _corr(
                lambda df: _num(df, "Unit Age (yrs)")[_hv_repairs(df)], lambda df: _num(df, "Total $")[_hv_repairs(df)]
            ),
            _corr(lambda df: _num(df, "Unit Age (yrs)"), lambda df: _num(df, "Total $")),
        ),
        ("Unit Age (yrs)", "Total $", "Call Type"),
    ),
    Q(
        "how many pounds of refrigerant did we add in total",
        _about(lambda df: float(_num(df, "Refrigerant Added (lbs)").sum()), rel=0.005),
        ("Refrigerant Added (lbs)",),
    ),
    Q(
        "which tech brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Total $").groupby(_text(df, "Tech")).sum()))),
        ("Tech", "Total $"),
    ),
]


# --- 3. Bike courier dispatch log ----------------------------------------------------------------------------------

# zone: share of jobs, usual miles
_BC_ZONES = {"Downtown": (38, 1.6), "Midtown": (24, 2.4), "Eastside": (14, 3.3), "Westside": (14, 3.1)}
_BC_ZONES |= {"Warehouse District": (10, 4.4)}
_BC_RIDERS = {"Jax": 22, "Mo": 19, "Tasha": 17, "Leo": 15, "Priya": 12, "Sam": 9, "Dre": 6}


def _courier_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30103)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-02", "2024-06-28"):
        if day.dayofweek >= 5:
            continue
        for _ in range(int(rng.integers(11, 20))):
            zone = str(_one(rng, list(_BC_ZONES), [z[0] for z in _BC_ZONES.values()]))
            miles = round(float(np.clip(rng.gamma(4.0, _BC_ZONES[zone][1] / 4.0), 0.3, 11.0)), 1)
            rush = rng.random() < 0.27
            start = day + pd.Timedelta(minutes=int(rng.integers(7 * 60 + 30, 18 * 60)))
            mins = 6 + miles * (4.2 if rush else 5.6) + float(rng.gamma(2.0, 3.0 if rush else 5.0))
            drop = start + pd.Timedelta(minutes=round(mins))
            price = round((8 + 2.5 * miles + (7 if rush else 0)) * 2) / 2
            tip = round(float(rng.uniform(1, 6)) * 2) / 2 if rng.random() < 0.42 else None
            rows.append(
                {
                    "Pickup Time": f"{start:%Y-%m-%d %H:%M}",
                    "Drop Time": f"{drop:%Y-%m-%d %H:%M}",
                    "Rider": str(_one(rng, list(_BC_RIDERS), list(_BC_RIDERS.values()))),
                    "Zone": zone,
                    "Distance (mi)": miles,
                    "Rush": "Y" if rush else "N",
                    "Price": f"${price:.2f}",
                    "Tip": f"${tip:.2f}" if tip else "",
                }
            )
    df = pd.DataFrame(rows).sort_values("Pickup Time", kind="stable").reset_index(drop=True)
    df.insert(0, "Job ID", [f"BC{24000 + i}" for i in range(len(df))])
    return df


def _bc_minutes(df: pd.DataFrame, rush: str | None = None) -> pd.Series:
    mins = (pd.to_datetime(df["Drop Time"]) - pd.to_datetime(df["Pickup Time"])).dt.total_seconds() / 60
    return mins[_text(df, "Rush") == rush] if rush else mins


_BC_QS = [
    Q("how many rush deliveries were there", _count(lambda df: int((_text(df, "Rush") == "Y").sum())), ("Rush",)),
    Q("how long does a delivery take on average", _typical(_bc_minutes), ("Pickup Time", "Drop Time")),
    Q("and the rush ones?", _typical(lambda df: _bc_minutes(df, "Y")), ("Pickup Time", "Drop Time", "Rush")),
    Q(
        "who did the most deliveries",
        _lead(_named(lambda df: _top(_text(df, "Rider").value_counts()))),
        ("Rider", "Job ID"),
    ),
    Q("how much did riders get in tips altogether", _amount(lambda df: float(_num(df, "Tip").sum())), ("Tip",)),
    Q(
        "is the price tied to how far it goes",
        _corr(lambda df: df["Distance (mi)"].astype(float), lambda df: _num(df, "Price")),
        ("Distance (mi)", "Price"),
    ),
]


# --- 4. Soup kitchen daily meal counts -----------------------------------------------------------------------------

# service: usual meals, meals per volunteer
_SK_SERVICE = {"Breakfast": (62, 9.0), "Lunch": (148, 12.0), "Dinner": (121, 11.0)}


def _soup_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30104)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-02", "2024-12-31"):
        if day.dayofweek == 6:
            continue
        growth = 1 + 0.12 * (day - pd.Timestamp("2023-01-01")).days / 730
        winter = 1 + 0.18 * np.cos((day.dayofyear - 15) / 365 * 2 * np.pi)
        for service, (usual, per_vol) in _SK_SERVICE.items():
            if service == "Breakfast" and day.dayofweek >= 5:
                continue
            bump = 1.4 if (day.month == 11 and day.day >= 20) or (day.month == 12 and day.day >= 18) else 1.0
            meals = int(usual * growth * winter * bump * float(rng.normal(1, 0.09)))
            vols = max(2, round(meals / per_vol * float(rng.uniform(0.75, 1.3))))
            new = int(rng.binomial(meals, 0.06))
            lbs = round(float(rng.gamma(3.0, 45.0)), 1) if rng.random() > 0.14 else None
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Service": service,
                    "Meals Served": meals,
                    "Volunteers": vols,
                    "First-Time Guests": new,
                    "Donated Food (lbs)": lbs,
                }
            )
    return pd.DataFrame(rows)


def _sk_date(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y")


def _sk_peak(df: pd.DataFrame) -> pd.Timestamp:
    return df["Meals Served"].groupby(_sk_date(df).dt.to_period("M")).sum().idxmax().to_timestamp()


_SK_QS = [
    Q(
        "how many meals did we serve in 2024",
        _count(lambda df: int(df["Meals Served"][_sk_date(df).dt.year == 2024].sum())),
        ("Meals Served", "Date"),
    ),
    Q(
        "which meal is the busiest",
        _lead(_named(lambda df: _top(df["Meals Served"].groupby(_text(df, "Service")).mean()))),
        ("Service", "Meals Served"),
    ),
    Q(
        "how many meals does each volunteer handle at dinner",
        _ratio_either("Meals Served", "Volunteers", lambda df: _text(df, "Service") == "Dinner"),
        ("Meals Served", "Volunteers", "Service"),
    ),
    Q("what month did we serve the most", _lead(_month_year(_sk_peak)), ("Date", "Meals Served")),
    Q(
        "how many first timers came through overall",
        _count(lambda df: int(df["First-Time Guests"].sum())),
        ("First-Time Guests",),
    ),
    Q(
        "how many times is the donated food weight missing",
        either(
            _count(lambda df: int(df["Donated Food (lbs)"].isna().sum())),
            _count(lambda df: int(df["Date"][df["Donated Food (lbs)"].isna()].nunique())),
        ),
        ("Donated Food (lbs)", "Date"),
    ),
]


# --- 5. State foster care placement file ---------------------------------------------------------------------------

_FC_COUNTIES = {"JEFFERSON": 26, "MARION": 19, "LAKE": 13, "FRANKLIN": 12, "CLAY": 9, "WAYNE": 8, "BOONE": 6}
_FC_COUNTIES |= {"PIKE": 4, "HANCOCK": 3}


def _foster_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30105)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    ids = rng.choice(np.arange(1000, 99999), size=1300, replace=False)
    for cid in ids:
        age = int(_one(rng, list(range(18)), [9, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 7, 7, 6, 4]))
        county = str(_one(rng, list(_FC_COUNTIES), list(_FC_COUNTIES.values())))
        start = pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(rng.integers(0, 3600)))
        moves = int(_one(rng, [1, 2, 3, 4], [50, 30, 14, 6]))
        for m in range(moves):
            kind = str(_one(rng, ["RELATIVE", "FOSTER HOME", "GROUP HOME"], [35, 50, 15] if age < 12 else [22, 40, 38]))
            stay = int(np.clip(rng.gamma(1.6, {"RELATIVE": 260, "FOSTER HOME": 220, "GROUP HOME": 140}[kind]), 2, 3000))
            stop = start + pd.Timedelta(days=stay)
            turns18 = start + pd.Timedelta(days=int((18 - age) * 365.25 * float(rng.uniform(0.7, 1.0))))
            if m < moves - 1 and stop < end and stop < turns18:
                reason = "TRANSFER"
            elif stop > end:
                reason, stop = "STILL IN CARE", None
            elif stop >= turns18 or (age >= 15 and rng.random() < 0.35):
                reason = "AGED OUT"
            else:
                reason = str(_one(rng, ["REUNIFICATION", "ADOPTION"], [62, 38] if age < 8 else [80, 20]))
            rows.append(
                {
                    "CHILD_ID": f"C{cid:06d}",
                    "AGE_AT_ENTRY": age,
                    "ENTRY_DATE": f"{start:%Y-%m-%d}",
                    "EXIT_DATE": f"{stop:%Y-%m-%d}" if stop is not None else "",
                    "PLACEMENT_TYPE": kind,
                    "COUNTY": county,
                    "EXIT_REASON": reason,
                }
            )
            if reason != "TRANSFER":
                break
            start = stop + pd.Timedelta(days=int(rng.integers(0, 3)))
    df = pd.DataFrame(rows)
    return df.sort_values("ENTRY_DATE", kind="stable").reset_index(drop=True)


def _fc_reason(df: pd.DataFrame, reason: str) -> pd.Series:
    return _text(df, "EXIT_REASON") == reason


def _fc_group_stays(df: pd.DataFrame) -> pd.Series:
    exit_ = pd.to_datetime(_text(df, "EXIT_DATE"), errors="coerce")
    days = (exit_ - pd.to_datetime(df["ENTRY_DATE"])).dt.days
    return days[_text(df, "PLACEMENT_TYPE") == "GROUP HOME"].dropna()


_FC_QS = [
    Q(
        "how many kids are in here",
        either(_count(lambda df: int(df["CHILD_ID"].nunique())), _count(len)),
        ("CHILD_ID",),
    ),
    Q(
        "what share of placements ended with the kid going home",
        either(
            _share(lambda df: float(_fc_reason(df, "REUNIFICATION").mean())),
            _share(lambda df: float(_fc_reason(df, "REUNIFICATION").sum() / (_text(df, "EXIT_DATE") != "").sum())),
            _share(
                lambda df: float(
                    _fc_reason(df, "REUNIFICATION").sum() / (~_text(df, "EXIT_REASON").isin(["TRANSFER"])).sum()
                )
            ),
            _share(
                lambda df: float(
                    _fc_reason(df, "REUNIFICATION").sum()
                    / (~_text(df, "EXIT_REASON").isin(["TRANSFER", "STILL IN CARE"])).sum()
                )
            ),
        ),
        ("EXIT_REASON",),
    ),
    Q(
        "which county has the most placements",
        _lead(_named(lambda df: _top(_text(df, "COUNTY").value_counts()))),
        ("COUNTY",),
    ),
    Q(
        "average age when kids come into care?",
        either(
            _typical(lambda df: df["AGE_AT_ENTRY"].astype(float)),
            _typical(lambda df: df.drop_duplicates("CHILD_ID")["AGE_AT_ENTRY"].astype(float)),
        ),
        ("AGE_AT_ENTRY", "CHILD_ID"),
    ),
    Q(
        "how long do group home stays usually last",
        _days(_fc_group_stays),
        ("ENTRY_DATE", "EXIT_DATE", "PLACEMENT_TYPE"),
    ),
    Q(
        "how many aged out",
        either(
            _count(lambda df: int(_fc_reason(df, "AGED OUT").sum())),
            _count(lambda df: int(df["CHILD_ID"][_fc_reason(df, "AGED OUT")].nunique())),
        ),
        ("EXIT_REASON", "CHILD_ID"),
    ),
]


# --- 6. Community orchestra concert ticket sales -------------------------------------------------------------------

# venue: capacity, share of concerts
_OR_VENUES = {"Lincoln Hall": (640, 45), "First Methodist Church": (380, 25), "Riverside HS Auditorium": (900, 20)}
_OR_VENUES |= {"Library Atrium": (150, 10)}
_OR_PROGRAMS = [
    "Beethoven 5 & Egmont",
    "Holiday Pops",
    "Dvorak New World",
    "Family Concert: Peter and the Wolf",
    "Brahms 2 & Academic Festival",
    "Mozart Jupiter",
    "Young Artist Competition Winners",
    "Tchaikovsky 4",
    "Pops on Broadway",
    "Copland Appalachian Spring",
    "Chamber Players",
    "Sibelius 2",
]


def _orchestra_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30106)
    rows: list[dict[str, Any]] = []
    for year in range(1995, 2025):
        subs_base = int(120 + 9 * (year - 1995) - (60 if year == 2020 else 0))
        n = 3 if year == 2020 else int(rng.integers(10, 13))
        days = sorted(rng.choice(np.arange(0, 240), size=n, replace=False))
        for d in days:
            date = pd.Timestamp(year, 9, 20) + pd.Timedelta(days=int(d))
            date += pd.Timedelta(days=(5 - date.dayofweek) % 7)
            venue = str(_one(rng, list(_OR_VENUES), [v[1] for v in _OR_VENUES.values()]))
            cap = _OR_VENUES[venue][0]
            program = str(_one(rng, _OR_PROGRAMS))
            subs = min(cap, int(subs_base * float(rng.uniform(0.8, 1.1)) * (0.4 if cap < 200 else 1.0)))
            single_want = int(cap * float(rng.uniform(0.15, 0.75)) * (1.5 if "Holiday" in program else 1.0))
            single = max(0, min(cap - subs, single_want))
            price = 12 + 0.6 * (year - 1995)
            revenue = subs * price * 0.8 + single * price * float(rng.uniform(0.95, 1.1))
            donated = round(float(rng.gamma(2.0, 1.1 * (subs + single) / 2)), 2) if rng.random() > 0.2 else None
            rows.append(
                {
                    "Concert Date": f"{date:%m/%d/%Y}",
                    "Season": f"{date.year if date.month >= 8 else date.year - 1}-"
                    f"{(date.year + 1 if date.month >= 8 else date.year) % 100:02d}",
                    "Venue": venue,
                    "Program": program,
                    "Tickets Sold": subs + single,
                    "Capacity": cap,
                    "Subscribers": subs,
                    "Single Tickets": single,
                    "Ticket Revenue": f"${revenue:,.2f}",
                    "Door Donations": f"${donated:,.2f}" if donated is not None else "",
                }
            )
    return pd.DataFrame(rows)


def _or_fill(df: pd.DataFrame) -> pd.Series:
    return df["Tickets Sold"] / df["Capacity"]


_OR_QS = [
    Q(
        "how many concerts sold out",
        _count(lambda df: int((df["Tickets Sold"] >= df["Capacity"]).sum())),
        ("Tickets Sold", "Capacity"),
    ),
    Q(
        "which venue fills up best",
        either(
            _lead(_named(lambda df: _top(_or_fill(df).groupby(_text(df, "Venue")).mean()))),
            _lead(
                _named(
                    lambda df: _top(
                        df["Tickets Sold"].groupby(_text(df, "Venue")).sum()
                        / df["Capacity"].groupby(_text(df, "Venue")).sum()
                    )
                )
            ),
        ),
        ("Venue", "Tickets Sold", "Capacity"),
    ),
    Q(
        "how many people come to a typical concert",
        _typical(lambda df: df["Tickets Sold"].astype(float)),
        ("Tickets Sold",),
    ),
    Q(
        "which season brought in the most ticket money",
        _lead(_named(lambda df: _top(_num(df, "Ticket Revenue").groupby(_text(df, "Season")).sum()))),
        ("Season", "Ticket Revenue"),
    ),
    Q(
        "what fraction of tickets go to subscribers",
        either(
            _share(lambda df: float(df["Subscribers"].sum() / df["Tickets Sold"].sum())),
            _share(lambda df: float((df["Subscribers"] / df["Tickets Sold"]).mean())),
        ),
        ("Subscribers", "Tickets Sold", "Single Tickets"),
    ),
    Q(
        "total door donations in 2023?",
        _amount(
            lambda df: float(
                _num(df, "Door Donations")[pd.to_datetime(df["Concert Date"], format="%m/%d/%Y").dt.year == 2023].sum()
            )
        ),
        ("Door Donations", "Concert Date"),
    ),
]


# --- 7. Kennel club dog show results -------------------------------------------------------------------------------

_DS_BREEDS = {
    "Labrador Retriever": ("Sporting", 14),
    "Golden Retriever": ("Sporting", 12),
    "English Springer Spaniel": ("Sporting", 5),
    "Beagle": ("Hound", 6),
    "Whippet": ("Hound", 7),
    "Dachshund": ("Hound", 5),
    "Boxer": ("Working", 6),
    "Bernese Mountain Dog": ("Working", 5),
    "Doberman Pinscher": ("Working", 5),
    "Miniature Schnauzer": ("Terrier", 5),
    "West Highland White Terrier": ("Terrier", 4),
    "Cavalier King Charles Spaniel": ("Toy", 8),
    "Pomeranian": ("Toy", 5),
    "Standard Poodle": ("Non-Sporting", 7),
    "French Bulldog": ("Non-Sporting", 6),
    "German Shepherd Dog": ("Herding", 10),
    "Australian Shepherd": ("Herding", 9),
    "Shetland Sheepdog": ("Herding", 6),
}
_DS_CLASSES = ["Puppy 6-9 Mo", "12-18 Mo", "Bred-By-Exhibitor", "American-Bred", "Open"]
_DS_SHOWS = ["Tri-County KC", "Lakeshore KC", "Blue Ridge Classic", "Capital City KC", "Harvest Cluster"]


def _dogshow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30107)
    prefixes = ["Foxfire's", "Brookhaven", "Silverlake", "Kenrose", "Highpoint", "Wildwind", "Starlight", "Oakmoor"]
    suffixes = ["Midnight Run", "Summer Storm", "Lucky Strike", "Northern Star", "Dream Weaver", "Top Gun", "Jubilee"]
    suffixes += ["Rebel Yell", "Fire And Ice", "Moonshadow", "Sweet Tea", "Rising Sun", "Bold Venture", "Wild Card"]
    handlers = ["Linda Moore", "Greg Tate", "Kim Alvarez", "Rob Fischer", "Donna Pike", "Owner"]
    dogs: list[tuple[str, str, str, float]] = []
    used: set[str] = set()
    for breed, (_g, w) in _DS_BREEDS.items():
        for _ in range(int(w * 3)):
            name = f"{_one(rng, prefixes)} {_one(rng, suffixes)}"
            while name in used:
                name = f"{_one(rng, prefixes)} {_one(rng, suffixes)} {_one(rng, ['II', 'Of Oak', 'Too', 'Again'])}"
            used.add(name)
            dogs.append((name, breed, str(_one(rng, handlers, [5, 4, 4, 3, 3, 6])), float(rng.gamma(2.0, 1.0))))
    weights = np.array([_DS_BREEDS[d[1]][1] * (0.5 + d[3]) for d in dogs])
    rows: list[dict[str, Any]] = []
    shows = pd.date_range("2023-02-04", "2024-11-30", freq="14D")
    for k, show_day in enumerate(shows):
        show = _DS_SHOWS[k % len(_DS_SHOWS)]
        entered = rng.choice(len(dogs), size=int(rng.integers(70, 110)), replace=False, p=weights / weights.sum())
        for breed in _DS_BREEDS:
            field = [dogs[i] for i in entered if dogs[i][1] == breed]
            if not field:
                continue
            absent = [rng.random() < 0.06 for _ in field]
            present = [d for d, a in zip(field, absent, strict=True) if not a]
            skill = np.array([d[3] + float(rng.normal(0, 0.8)) for d in present])
            order = list(np.argsort(-skill))
            best = present[order[0]][0] if present else None
            for d, a in zip(field, absent, strict=True):
                place = ""
                points = 0
                if a:
                    place = "ABS"
                else:
                    rank = order.index(present.index(d))
                    if rank < 4:
                        place = str(rank + 1)
                    if d[0] == best:
                        points = int(min(5, max(0, len(present) // 2 + int(rng.integers(-1, 2)))))
                    elif rank == 1 and len(present) >= 4:
                        points = int(rng.integers(0, 2))
                rows.append(
                    {
                        "Show Date": f"{show_day:%Y-%m-%d}",
                        "Show Name": show,
                        "Breed": breed,
                        "Group": _DS_BREEDS[breed][0],
                        "Dog Name": d[0],
                        "Handler": d[2],
                        "Class": str(_one(rng, _DS_CLASSES, [2, 2, 3, 2, 6])),
                        "Placement": place,
                        "BOB": "Y" if d[0] == best else "N",
                        "Points": points,
                    }
                )
    return pd.DataFrame(rows)


def _ds_top_dog(df: pd.DataFrame) -> str:
    return _top(df["Points"].groupby(_text(df, "Dog Name")).sum())


_DS_QS = [
    Q(
        "how many entries were in the herding group",
        _count(lambda df: int((_text(df, "Group") == "Herding").sum())),
        ("Group",),
    ),
    Q(
        "which breed had the most entries",
        _lead(_named(lambda df: _top(_text(df, "Breed").value_counts()))),
        ("Breed",),
    ),
    Q("which dog racked up the most points", _lead(_named(_ds_top_dog)), ("Dog Name", "Points")),
    Q(
        "how many times did that dog win best of breed",
        _count(lambda df: int(((_text(df, "Dog Name") == _ds_top_dog(df)) & (_text(df, "BOB") == "Y")).sum())),
        ("Dog Name", "BOB"),
    ),
    Q(
        "which handler got the most first places",
        _lead(_named(lambda df: _top(_text(df, "Handler")[_text(df, "Placement") == "1"].value_counts()))),
        ("Handler", "Placement"),
    ),
    Q(
        "what % of entries didn't show up",
        _share(lambda df: float((_text(df, "Placement") == "ABS").mean())),
        ("Placement",),
    ),
]


HELDOUT301: list[Dataset] = [
    Dataset("fence_contractor_job_list", _fence_frame, _FN_QS),
    Dataset("hvac_service_tickets", _hvac_frame, _HV_QS),
    Dataset("bike_courier_dispatch_log", _courier_frame, _BC_QS),
    Dataset("soup_kitchen_daily_meal_counts", _soup_frame, _SK_QS),
    Dataset("foster_care_placements", _foster_frame, _FC_QS),
    Dataset("community_orchestra_ticket_sales", _orchestra_frame, _OR_QS),
    Dataset("kennel_club_dog_show_results", _dogshow_frame, _DS_QS),
]
