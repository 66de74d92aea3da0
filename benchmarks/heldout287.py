"""HELDOUT287: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a home inspection company's
report log (2022 and 2023, one row per inspection) with "Inspection Date" as "03/14/2023", Inspector, "Property
Type" (Single Family, Condo, Townhouse, Multi-Family), "Year Built" (blank when the client did not know), "Sq Ft",
"Fee" as "$475.00", "Defects Found", "Major Defects", "Radon Test" as Yes/No and "Report Delivered (hrs)"; a moving
company's job log (2022 to 2024) with "Job ID" as "MV10234", "Move Date" as "2023-05-31", "Origin City" and
"Destination City" as "Denver, CO", "Distance (mi)", "Crew Size", "Truck Size" as "16 ft" / "20 ft" / "26 ft",
"Hours Billed", "Hourly Rate" as "$184", "Total Price" as "$1,234.50" (hours times rate plus a mileage charge on
long moves), "Damage Claim" as Yes/No and "Claim Amount" (blank when no claim); a community choir's attendance and
dues ledger (one row per member per Tuesday rehearsal, Fall 2023 and Spring 2024, so members repeat) with Date as
"9/12/2023", Member as "Last, First", "Voice Part" (Soprano, Alto, Tenor, Bass), Term, Present as Y/N, "Dues Paid"
(the member's dues for that term repeated on each of their rows: "$75.00", "$0.00" or blank when unpaid) and
"Concert Week" as Yes/No; a county's delinquent property tax list (public, upper-case columns, one row per parcel
per delinquent tax year, so parcels repeat) with PARCEL_ID as "14-22-301-017", upper-case OWNER_NAME, PROPERTY_CLASS
(RESIDENTIAL, COMMERCIAL, VACANT LAND, AGRICULTURAL, INDUSTRIAL), upper-case TOWNSHIP, TAX_YEAR (2017 to 2023),
AMOUNT_DELINQUENT, PENALTY, YEARS_DELINQUENT (the parcel's count of delinquent years), TAX_SALE as Y/N, and a
closing "TOTAL" row with a blank PARCEL_ID holding the sums; a city paratransit service's trip records (public,
January to June 2024) with "Trip Date" as "2024-03-05", "Requested Time" and "Pickup Time" as "08:30" (pickup blank
on cancelled trips), "On Time" as Y/N and "Minutes Late" (both blank unless the trip was completed; on time means at
most 15 minutes after the requested time), "Trip Miles" (blank on cancelled trips), "Mobility Device" (Wheelchair,
Walker, None; "None" reads back as blank) and "Trip Status" (Completed, No-Show, Cancelled); a blood donation
center's visit records (2023, repeat donors) with "Visit Date" as "01/05/2023", "Donor ID" as "D669190", Age, "Blood
Type" ("O+", "AB-"), "Donation Type" (Whole Blood, Platelets, Plasma), "Volume (mL)" (blank when deferred),
"Hemoglobin (g/dL)", Deferred as Y/N and "Deferral Reason" (blank unless deferred); and a dog grooming salon's
appointment book (2023 and 2024) with Date as "2024-02-03", Groomer, Breed, "Weight (lbs)", Service (Bath, Full
Groom, Nails), "Duration (min)", Price and Tip as "$85.00" (tip blank when none; the price includes the $20 matting
fee) and "Matted Surcharge" as Yes/No. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _share, _shares
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _tops(scores: pd.Series, lowest: bool = False) -> list[str]:
    """Every label tied for the highest (or lowest) score."""
    best = scores.min() if lowest else scores.max()
    return [str(k) for k, v in scores.items() if abs(v - best) < 1e-9]


def _either_month(*stamps: Callable[[pd.DataFrame], Any]) -> Check:
    return _lead(either(*[_month_year(s) for s in stamps]))


# --- 1. Home inspection report log ---------------------------------------------------------------------------------

_HI_INSPECTORS = ["Mike Russo", "Dana Whitfield", "Carlos Mendez", "Janet Kowalski", "Tom Briggs"]
_HI_TYPES = {"Single Family": (60, 1930, 2200), "Condo": (15, 1975, 1100), "Townhouse": (15, 1985, 1600)}
_HI_TYPES |= {"Multi-Family": (10, 1915, 3200)}


def _inspection_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28701)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-01-01")
    for _ in range(1500):
        day = start + pd.Timedelta(days=int(rng.integers(0, 730)))
        kind = str(_one(rng, list(_HI_TYPES), [v[0] for v in _HI_TYPES.values()]))
        _, era, size = _HI_TYPES[kind]
        built = int(np.clip(rng.normal(era + 20, 25), 1890, day.year))
        sqft = int(np.clip(rng.normal(size, size * 0.3), 450, 7000) // 10 * 10)
        radon = rng.random() < 0.36
        fee = 25 * round((275 + 0.09 * sqft + (40 if kind == "Multi-Family" else 0)) / 25) + (150 if radon else 0)
        age = day.year - built
        defects = int(rng.poisson(6 + age / 12))
        major = int(min(defects, rng.poisson(0.2 + age / 60)))
        rows.append(
            {
                "Inspection Date": f"{day:%m/%d/%Y}",
                "Inspector": str(_one(rng, _HI_INSPECTORS, [30, 24, 20, 16, 10])),
                "Property Type": kind,
                "Year Built": "" if rng.random() < 0.05 else built,
                "Sq Ft": sqft,
                "Fee": f"${fee:,.2f}",
                "Defects Found": defects,
                "Major Defects": major,
                "Radon Test": "Yes" if radon else "No",
                "Report Delivered (hrs)": round(float(np.clip(rng.gamma(3, 8), 2, 96)), 1),
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Inspection Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _hi_2023(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Inspection Date"), format="%m/%d/%Y").dt.year == 2023


_HI_QS = [
    Q("how many inspections did we do in 2023", _count(lambda df: int(_hi_2023(df).sum())), ("Inspection Date",)),
    Q(
        "which inspector did the most of those",
        _lead(_named_any(lambda df: _tops(_text(df, "Inspector")[_hi_2023(df)].value_counts()))),
        ("Inspector", "Inspection Date"),
    ),
    Q(
        "average fee for each kind of property",
        _about(lambda df: _num(df, "Fee").groupby(_text(df, "Property Type")).mean().to_numpy()),
        ("Fee", "Property Type"),
    ),
    Q(
        "what percent of clients added a radon test",
        _share(lambda df: float((_text(df, "Radon Test") == "Yes").mean())),
        ("Radon Test",),
    ),
    Q(
        "how many inspections turned up at least one major defect",
        _count(lambda df: int((_num(df, "Major Defects") > 0).sum())),
        ("Major Defects",),
    ),
    Q(
        "how many reports don't have the year the house was built",
        _count(lambda df: int(_num(df, "Year Built").isna().sum())),
        ("Year Built",),
    ),
]


# --- 2. Moving company job log -------------------------------------------------------------------------------------

_MV_LOCAL = ["Denver, CO", "Aurora, CO", "Lakewood, CO", "Boulder, CO", "Littleton, CO", "Arvada, CO"]
_MV_FAR = ["Colorado Springs, CO", "Fort Collins, CO", "Phoenix, AZ", "Salt Lake City, UT", "Dallas, TX"]
_MV_FAR_MILES = [70, 65, 820, 520, 790]


def _moving_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28702)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-01-01")
    month_weight = [5, 5, 7, 8, 11, 13, 13, 12, 9, 7, 5, 5]
    for i in range(1800):
        month = int(_one(rng, list(range(12)), month_weight))
        year = int(_one(rng, [0, 1, 2], [30, 34, 36]))
        day = start + pd.DateOffset(years=year, months=month) + pd.Timedelta(days=int(rng.integers(0, 28)))
        origin = str(_one(rng, _MV_LOCAL, [40, 15, 12, 12, 11, 10]))
        if rng.random() < 0.78:
            dest = str(_one(rng, [c for c in _MV_LOCAL if c != origin]))
            miles = round(float(rng.uniform(4, 35)), 1)
        else:
            k = int(_one(rng, list(range(5)), [30, 25, 15, 15, 15]))
            dest = _MV_FAR[k]
            miles = round(_MV_FAR_MILES[k] * float(rng.uniform(0.95, 1.1)), 1)
            if rng.random() < 0.3:
                origin, dest = dest, origin
        crew = int(_one(rng, [2, 3, 4, 5], [35, 35, 22, 8]))
        truck = {2: "16 ft", 3: "20 ft", 4: "26 ft", 5: "26 ft"}[crew]
        hours = max(2.0, round(float(rng.gamma(4, 1.1)) + miles / 55, 0) / 1 + (0.5 if rng.random() < 0.4 else 0))
        rate = 49 + 45 * crew
        total = hours * rate + (round(miles * 1.25, 2) if miles > 100 else 0)
        claim = rng.random() < 0.065 + 0.01 * crew
        rows.append(
            {
                "Job ID": f"MV{10000 + i}",
                "Move Date": f"{day:%Y-%m-%d}",
                "Origin City": origin,
                "Destination City": dest,
                "Distance (mi)": miles,
                "Crew Size": crew,
                "Truck Size": truck,
                "Hours Billed": hours,
                "Hourly Rate": f"${rate}",
                "Total Price": f"${total:,.2f}",
                "Damage Claim": "Yes" if claim else "No",
                "Claim Amount": f"${float(rng.gamma(1.5, 280)) + 25:,.2f}" if claim else "",
            }
        )
    df = pd.DataFrame(rows)
    order = df["Move Date"].argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _mv_price(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Total Price")


def _mv_origins(df: pd.DataFrame) -> list[str]:
    top = _tops(_text(df, "Origin City").value_counts())
    return [*top, *(t.split(",")[0] for t in top)]


_MV_QS = [
    Q(
        "how much did we bring in in 2023",
        _amount(lambda df: float(_mv_price(df)[_text(df, "Move Date").str.startswith("2023")].sum())),
        ("Total Price", "Move Date"),
    ),
    Q("where do most of our moves start from", _lead(_named_any(_mv_origins)), ("Origin City",)),
    Q(
        "how often do customers file a damage claim",
        _share(lambda df: float((_text(df, "Damage Claim") == "Yes").mean())),
        ("Damage Claim", "Claim Amount"),
    ),
    Q(
        "whats the average claim",
        either(
            _about(lambda df: float(_num(df, "Claim Amount").mean()), rel=0.005),
            _about(lambda df: float(_num(df, "Claim Amount").fillna(0).mean()), rel=0.005),
        ),
        ("Claim Amount", "Damage Claim"),
    ),
    Q("how much does a move usually cost", _typical(_mv_price), ("Total Price",)),
    Q(
        "and the long distance ones, over 100 miles?",
        _typical(lambda df: _mv_price(df)[_num(df, "Distance (mi)") > 100]),
        ("Total Price", "Distance (mi)"),
    ),
]


# --- 3. Community choir attendance and dues ledger -----------------------------------------------------------------

_CH_FIRST = ["Mary", "Linda", "Susan", "Karen", "Helen", "Ruth", "Joan", "Carol", "Anne", "Grace", "Ellen", "Judy"]
_CH_FIRST += ["David", "Paul", "Robert", "James", "Mark", "Steve", "Peter", "Alan", "George", "Frank", "Walt"]
_CH_LAST = ["Abbott", "Bennett", "Caldwell", "Dunn", "Ellison", "Fischer", "Granger", "Holt", "Iverson", "Jansen"]
_CH_LAST += ["Keller", "Lindqvist", "Moreau", "Nash", "Olsen", "Pruitt", "Quinn", "Reyes", "Sato", "Thornton"]
_CH_CONCERTS = {"2023-12-05", "2023-12-12", "2024-03-12", "2024-04-30"}


def _choir_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28703)
    members: list[tuple[str, str, float, bool]] = []
    names: set[str] = set()
    parts = ["Soprano"] * 14 + ["Alto"] * 13 + ["Tenor"] * 7 + ["Bass"] * 9
    for k, part in enumerate(parts):
        women = part in ("Soprano", "Alto")
        while True:
            first = str(_one(rng, _CH_FIRST[:12] if women else _CH_FIRST[12:]))
            name = f"{_one(rng, _CH_LAST)}, {first}"
            if name not in names:
                names.add(name)
                break
        members.append((name, part, float(rng.beta(6, 1.6)), k % 11 == 5))
    fall = pd.date_range("2023-09-05", "2023-12-12", freq="7D")
    spring = pd.date_range("2024-01-16", "2024-04-30", freq="7D")
    dues: dict[tuple[str, str], str] = {}
    rows: list[dict[str, Any]] = []
    for term, days in (("Fall 2023", fall), ("Spring 2024", spring)):
        for day in days:
            concert = f"{day:%Y-%m-%d}" in _CH_CONCERTS
            for name, part, p, late_joiner in members:
                if late_joiner and term == "Fall 2023":
                    continue
                if (name, term) not in dues:
                    paid = rng.random() < (0.85 if term == "Fall 2023" else 0.7)
                    dues[(name, term)] = "$75.00" if paid else str(_one(rng, ["", "$0.00"]))
                present = rng.random() < min(0.99, p + (0.12 if concert else 0))
                rows.append(
                    {
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Member": name,
                        "Voice Part": part,
                        "Term": term,
                        "Present": "Y" if present else "N",
                        "Dues Paid": dues[(name, term)],
                        "Concert Week": "Yes" if concert else "No",
                    }
                )
    return pd.DataFrame(rows)


def _ch_here(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Present") == "Y"


def _ch_concert_rates(df: pd.DataFrame) -> list[float]:
    here = _ch_here(df)
    concert = _text(df, "Concert Week") == "Yes"
    return [float(here[concert].mean()), float(here[~concert].mean())]


def _ch_most_absent(df: pd.DataFrame) -> list[str]:
    top = _tops((~_ch_here(df)).groupby(_text(df, "Member")).sum())
    return [*top, *(" ".join(reversed(t.split(", "))) for t in top)]


def _ch_unpaid(df: pd.DataFrame) -> int:
    spring = df[_text(df, "Term") == "Spring 2024"]
    owed = _num(spring, "Dues Paid").fillna(0) <= 0
    return int(_text(spring, "Member")[owed].nunique())


_CH_QS = [
    Q("how many singers do we have", _count(lambda df: int(_text(df, "Member").nunique())), ("Member",)),
    Q("whats our attendance rate overall", _share(lambda df: float(_ch_here(df).mean())), ("Present",)),
    Q(
        "and just the basses?",
        _share(lambda df: float(_ch_here(df)[_text(df, "Voice Part") == "Bass"].mean())),
        ("Present", "Voice Part"),
    ),
    Q("do people show up more on concert weeks", _shares(_ch_concert_rates), ("Present", "Concert Week")),
    Q("who missed the most rehearsals", _lead(_named_any(_ch_most_absent)), ("Member", "Present", "Date")),
    Q(
        "how many people still owe dues for spring",
        _count(_ch_unpaid),
        ("Member", "Dues Paid", "Term"),
    ),
]


# --- 4. County delinquent property tax list ------------------------------------------------------------------------

_TX_CLASSES = {"RESIDENTIAL": (62, 2400), "COMMERCIAL": (12, 9800), "VACANT LAND": (14, 700)}
_TX_CLASSES |= {"AGRICULTURAL": (8, 1900), "INDUSTRIAL": (4, 15000)}
_TX_TOWNSHIPS = ["CENTER", "ELK GROVE", "MILL CREEK", "PLEASANT VALLEY", "RIVERSIDE", "SPRING LAKE", "UNION", "WAYNE"]
_TX_SURNAMES = ["SMITH", "JOHNSON", "MILLER", "DAVIS", "WILSON", "ANDERSON", "TAYLOR", "MOORE", "JACKSON", "MARTIN"]
_TX_SURNAMES += ["THOMPSON", "WHITE", "HARRIS", "CLARK", "LEWIS", "WALKER", "HALL", "YOUNG", "KING", "WRIGHT"]
_TX_GIVEN = ["JOHN", "MARY", "ROBERT", "PATRICIA", "JAMES", "LINDA", "WILLIAM", "BARBARA", "RICHARD", "DONNA"]
_TX_LLCS = ["MIDWEST HOLDINGS LLC", "BLUE RIVER PROPERTIES LLC", "OAK STREET INVESTMENTS INC", "FIRST CAPITAL TRUST"]


def _tax_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28704)
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for _ in range(950):
        while True:
            a, b, c, e = rng.integers(1, 30), rng.integers(1, 36), rng.integers(100, 500), rng.integers(1, 60)
            pid = f"{a:02d}-{b:02d}-{c}-{e:03d}"
            if pid not in seen:
                seen.add(pid)
                break
        kind = str(_one(rng, list(_TX_CLASSES), [v[0] for v in _TX_CLASSES.values()]))
        township = str(_one(rng, _TX_TOWNSHIPS, [18, 10, 14, 9, 16, 11, 12, 10]))
        if kind in ("COMMERCIAL", "INDUSTRIAL") or rng.random() < 0.08:
            owner = str(_one(rng, _TX_LLCS))
        else:
            owner = f"{_one(rng, _TX_SURNAMES)} {_one(rng, _TX_GIVEN)} {chr(65 + int(rng.integers(0, 26)))}"
        years = int(min(7, rng.geometric(0.45)))
        sold = rng.random() < (0.08 + 0.09 * years)
        base = _TX_CLASSES[kind][1] * float(rng.lognormal(0, 0.5))
        for k in range(years):
            year = 2023 - k
            amount = round(base * float(rng.uniform(0.9, 1.1)), 2)
            rows.append(
                {
                    "PARCEL_ID": pid,
                    "OWNER_NAME": owner,
                    "PROPERTY_CLASS": kind,
                    "TOWNSHIP": township,
                    "TAX_YEAR": year,
                    "AMOUNT_DELINQUENT": amount,
                    "PENALTY": round(amount * min(0.18 * (2024 - year), 0.9), 2),
                    "YEARS_DELINQUENT": years,
                    "TAX_SALE": "Y" if sold else "N",
                }
            )
    df = pd.DataFrame(rows).sort_values(["PARCEL_ID", "TAX_YEAR"], kind="stable").reset_index(drop=True)
    total = {c: "" for c in df.columns}
    total |= {"OWNER_NAME": "TOTAL", "AMOUNT_DELINQUENT": round(float(df["AMOUNT_DELINQUENT"].sum()), 2)}
    total |= {"PENALTY": round(float(df["PENALTY"].sum()), 2)}
    return pd.concat([df, pd.DataFrame([total])], ignore_index=True)


def _tx_rows(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "PARCEL_ID") != ""]


def _tx_parcels(df: pd.DataFrame) -> pd.DataFrame:
    return _tx_rows(df).drop_duplicates("PARCEL_ID")


def _tx_owed(with_penalty: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = _tx_rows(df)
        return float(_num(d, "AMOUNT_DELINQUENT").sum() + (_num(d, "PENALTY").sum() if with_penalty else 0))

    return value


def _tx_top_townships(df: pd.DataFrame) -> list[str]:
    d = _tx_rows(df)
    owed = _num(d, "AMOUNT_DELINQUENT")
    town = _text(d, "TOWNSHIP")
    return [_top(owed.groupby(town).sum()), _top((owed + _num(d, "PENALTY")).groupby(town).sum())]


def _tx_commercial(df: pd.DataFrame) -> pd.DataFrame:
    d = _tx_rows(df)
    return d[_text(d, "PROPERTY_CLASS") == "COMMERCIAL"]


def _tx_commercial_behind(parcels: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        d = _tx_commercial(df)
        d = d[_num(d, "YEARS_DELINQUENT") >= 3]
        return int(d["PARCEL_ID"].nunique() if parcels else len(d))

    return value


_TX_QS = [
    Q(
        "how much is owed altogether",
        either(_amount(_tx_owed(False)), _amount(_tx_owed(True))),
        ("AMOUNT_DELINQUENT", "PENALTY"),
    ),
    Q(
        "how many properties are on the list",
        either(_count(lambda df: int(_tx_rows(df)["PARCEL_ID"].nunique())), _count(lambda df: len(_tx_rows(df)))),
        ("PARCEL_ID",),
    ),
    Q(
        "which township owes the most",
        _lead(_named_any(_tx_top_townships)),
        ("TOWNSHIP", "AMOUNT_DELINQUENT", "PENALTY"),
    ),
    Q(
        "what percent of them got sold at a tax sale",
        either(
            _share(lambda df: float((_text(_tx_parcels(df), "TAX_SALE") == "Y").mean())),
            _share(lambda df: float((_text(_tx_rows(df), "TAX_SALE") == "Y").mean())),
        ),
        ("TAX_SALE", "PARCEL_ID"),
    ),
    Q(
        "average penalty on commercial properties",
        either(
            _about(lambda df: float(_num(_tx_commercial(df), "PENALTY").mean()), rel=0.005),
            _about(
                lambda df: float(
                    _num(_tx_commercial(df), "PENALTY").groupby(_tx_commercial(df)["PARCEL_ID"]).sum().mean()
                ),
                rel=0.005,
            ),
        ),
        ("PENALTY", "PROPERTY_CLASS", "PARCEL_ID"),
    ),
    Q(
        "and how many of those are 3 or more years behind",
        either(_count(_tx_commercial_behind(True)), _count(_tx_commercial_behind(False))),
        ("PROPERTY_CLASS", "YEARS_DELINQUENT", "PARCEL_ID", "TAX_YEAR"),
    ),
]


# --- 5. Paratransit trip records -----------------------------------------------------------------------------------


def _paratransit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28705)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2024-01-01")
    month_delay = {1: 6.0, 2: 11.0, 3: 5.0, 4: 3.0, 5: 4.0, 6: 7.0}
    for _ in range(3200):
        day = start + pd.Timedelta(days=int(rng.integers(0, 182)))
        requested = pd.Timedelta(minutes=int(rng.integers(6 * 12, 20 * 12)) * 5)
        device = str(_one(rng, ["Wheelchair", "Walker", "None"], [35, 20, 45]))
        status = str(_one(rng, ["Completed", "No-Show", "Cancelled"], [85, 5, 10]))
        offset = int(np.round(rng.normal(month_delay[day.month] + (4 if device == "Wheelchair" else 0), 12)))
        offset = max(offset, -10)
        pickup = day + requested + pd.Timedelta(minutes=offset)
        done = status == "Completed"
        rows.append(
            {
                "Trip Date": f"{day:%Y-%m-%d}",
                "Requested Time": f"{day + requested:%H:%M}",
                "Pickup Time": "" if status == "Cancelled" else f"{pickup:%H:%M}",
                "On Time": ("Y" if offset <= 15 else "N") if done else "",
                "Minutes Late": max(offset, 0) if done else "",
                "Trip Miles": "" if status == "Cancelled" else round(float(rng.gamma(2.2, 2.6)) + 0.4, 1),
                "Mobility Device": device,
                "Trip Status": status,
            }
        )
    df = pd.DataFrame(rows)
    order = (df["Trip Date"] + df["Requested Time"]).argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _pt_noshow(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Trip Status") == "No-Show"


def _pt_worst_month(all_rows: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def stamp(df: pd.DataFrame) -> pd.Timestamp:
        d = df if all_rows else df[_text(df, "On Time") != ""]
        month = pd.to_datetime(_text(d, "Trip Date"), format="%Y-%m-%d").dt.to_period("M")
        rate = (_text(d, "On Time") == "Y").groupby(month).mean()
        return pd.Period(_top(rate, lowest=True)).to_timestamp()

    return stamp


def _pt_wheelchair_late(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Minutes Late")[_text(df, "Mobility Device") == "Wheelchair"].dropna()


_PT_QS = [
    Q("how many no shows were there", _count(lambda df: int(_pt_noshow(df).sum())), ("Trip Status",)),
    Q("what percent of all trips is that", _share(lambda df: float(_pt_noshow(df).mean())), ("Trip Status",)),
    Q(
        "whats the on-time rate",
        either(
            _share(lambda df: float((_text(df, "On Time")[_text(df, "On Time") != ""] == "Y").mean())),
            _share(lambda df: float((_text(df, "On Time") == "Y").mean())),
        ),
        ("On Time", "Trip Status"),
    ),
    Q(
        "on average how late are wheelchair pickups",
        either(
            _about(lambda df: float(_pt_wheelchair_late(df).mean())),
            _about(lambda df: float(_pt_wheelchair_late(df)[_pt_wheelchair_late(df) > 0].mean())),
        ),
        ("Minutes Late", "Mobility Device", "Trip Status", "Pickup Time", "Requested Time"),
    ),
    Q(
        "which month had the worst on time performance",
        _either_month(_pt_worst_month(False), _pt_worst_month(True)),
        ("Trip Date", "On Time", "Trip Status"),
    ),
    Q("how far is a typical trip", _typical(lambda df: _num(df, "Trip Miles").dropna()), ("Trip Miles",)),
]


# --- 6. Blood donation center visit records ------------------------------------------------------------------------

_BD_TYPES = {"O+": 38, "A+": 34, "B+": 9, "AB+": 3, "O-": 7, "A-": 6, "B-": 2, "AB-": 1}
_BD_OTHER = ["Travel", "Medication", "Blood Pressure", "Recent Tattoo"]


def _blood_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28706)
    donors = []
    for k in range(1100):
        female = rng.random() < 0.5
        donors.append(
            (
                f"D{rng.integers(1000, 9999):04d}{k % 100:02d}",
                int(np.clip(rng.normal(44, 15), 17, 76)),
                str(_one(rng, list(_BD_TYPES), list(_BD_TYPES.values()))),
                13.4 if female else 14.9,
                float(rng.gamma(1.5, 1)),
            )
        )
    weights = [d[4] for d in donors]
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-01-01")
    for _ in range(2600):
        donor_id, age, blood, hgb_mean, _w = donors[int(_one(rng, list(range(len(donors))), weights))]
        day = start + pd.Timedelta(days=int(rng.integers(0, 365)))
        kind = str(_one(rng, ["Whole Blood", "Platelets", "Plasma"], [65, 20, 15] if blood != "O-" else [85, 8, 7]))
        hgb = round(float(rng.normal(hgb_mean - 0.005 * (age - 44), 1.0)), 1)
        reason = "Low Hemoglobin" if hgb < 12.5 else (str(_one(rng, _BD_OTHER)) if rng.random() < 0.05 else "")
        volume = {"Whole Blood": (450, 525), "Platelets": (200, 320), "Plasma": (600, 800)}[kind]
        rows.append(
            {
                "Visit Date": f"{day:%m/%d/%Y}",
                "Donor ID": donor_id,
                "Age": age,
                "Blood Type": blood,
                "Donation Type": kind,
                "Volume (mL)": "" if reason else int(rng.integers(*volume)),
                "Hemoglobin (g/dL)": hgb,
                "Deferred": "Y" if reason else "N",
                "Deferral Reason": reason,
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Visit Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _bd_oneg(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Blood Type") == "O-"


def _bd_deferred(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Deferred") == "Y"


_BD_QS = [
    Q("how many different donors came in", _count(lambda df: int(_text(df, "Donor ID").nunique())), ("Donor ID",)),
    Q("what % of visits ended in a deferral", _share(lambda df: float(_bd_deferred(df).mean())), ("Deferred",)),
    Q(
        "main reason people get turned away?",
        _lead(_named_any(lambda df: _tops(_text(df, "Deferral Reason")[_bd_deferred(df)].value_counts()))),
        ("Deferral Reason", "Deferred"),
    ),
    Q(
        "how much whole blood did we collect in total",
        _amount(lambda df: float(_num(df, "Volume (mL)")[_text(df, "Donation Type") == "Whole Blood"].sum())),
        ("Volume (mL)", "Donation Type"),
    ),
    Q(
        "how many o negative donors do we have",
        either(
            _count(lambda df: int(_text(df, "Donor ID")[_bd_oneg(df)].nunique())),
            _count(lambda df: int(_bd_oneg(df).sum())),
        ),
        ("Blood Type", "Donor ID"),
    ),
    Q(
        "and how many times did they get deferred",
        _count(lambda df: int((_bd_oneg(df) & _bd_deferred(df)).sum())),
        ("Blood Type", "Deferred", "Donor ID"),
    ),
]


# --- 7. Dog grooming appointment book ------------------------------------------------------------------------------

_DG_BREEDS = {
    "Shih Tzu": (9, 16, 14),
    "Goldendoodle": (40, 75, 16),
    "Labradoodle": (45, 70, 8),
    "Bernedoodle": (50, 90, 5),
    "Golden Retriever": (55, 75, 9),
    "Labrador Retriever": (55, 80, 8),
    "Yorkshire Terrier": (4, 7, 9),
    "Maltese": (5, 9, 6),
    "Pomeranian": (3, 7, 5),
    "Cocker Spaniel": (20, 30, 6),
    "Miniature Schnauzer": (11, 20, 8),
    "German Shepherd": (60, 90, 6),
}
_DG_GROOMERS = ["Ashley", "Marco", "Jen", "Priya"]


def _grooming_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28707)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-01-01")
    tip_rate = {"Ashley": 0.16, "Marco": 0.12, "Jen": 0.18, "Priya": 0.14}
    month_weight = [7, 6, 8, 9, 10, 10, 9, 8, 7, 8, 9, 14]
    for _ in range(2100):
        month = int(_one(rng, list(range(12)), month_weight))
        year = int(_one(rng, [0, 1], [45, 55]))
        day = start + pd.DateOffset(years=year, months=month) + pd.Timedelta(days=int(rng.integers(0, 28)))
        breed = str(_one(rng, list(_DG_BREEDS), [v[2] for v in _DG_BREEDS.values()]))
        lo, hi, _w = _DG_BREEDS[breed]
        weight = round(float(rng.uniform(lo, hi)), 1)
        service = str(_one(rng, ["Full Groom", "Bath", "Nails"], [50, 30, 20]))
        groomer = str(_one(rng, _DG_GROOMERS, [30, 28, 24, 18]))
        matted = service != "Nails" and rng.random() < (0.3 if "doodle" in breed else 0.08)
        if service == "Nails":
            price, minutes = 20.0, 15 + int(rng.integers(0, 10))
        elif service == "Bath":
            price = 5 * round((35 + 0.6 * weight) / 5)
            minutes = int(45 + 0.5 * weight + rng.normal(0, 8))
        else:
            price = 5 * round((55 + 0.9 * weight) / 5)
            minutes = int(75 + 1.1 * weight + rng.normal(0, 15))
        price += 20 if matted else 0
        tipped = rng.random() < 0.7
        tip = round(price * tip_rate[groomer] * float(rng.uniform(0.6, 1.4))) if tipped else 0
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Groomer": groomer,
                "Breed": breed,
                "Weight (lbs)": weight,
                "Service": service,
                "Duration (min)": minutes + (15 if matted else 0),
                "Price": f"${price:,.2f}",
                "Tip": f"${tip:,.2f}" if tipped else "",
                "Matted Surcharge": "Yes" if matted else "No",
            }
        )
    df = pd.DataFrame(rows)
    order = df["Date"].argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _dg_best_tippers(df: pd.DataFrame) -> list[str]:
    tip = _num(df, "Tip")
    who = _text(df, "Groomer")
    return [_top(tip.groupby(who).mean()), _top(tip.fillna(0).groupby(who).mean()), _top(tip.groupby(who).sum())]


def _dg_top_month(with_tips: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def stamp(df: pd.DataFrame) -> pd.Timestamp:
        money = _num(df, "Price") + (_num(df, "Tip").fillna(0) if with_tips else 0)
        month = pd.to_datetime(_text(df, "Date"), format="%Y-%m-%d").dt.to_period("M")
        return pd.Period(_top(money.groupby(month).sum())).to_timestamp()

    return stamp


def _dg_doodles(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Breed").str.lower().str.contains("doodle")


_DG_QS = [
    Q(
        "what service do people book the most",
        _lead(
            _named_any(lambda df: [f"{t}{s}" for t in _tops(_text(df, "Service").value_counts()) for s in ("", "s")])
        ),
        ("Service",),
    ),
    Q(
        "avg price for a full groom",
        _about(lambda df: float(_num(df, "Price")[_text(df, "Service") == "Full Groom"].mean()), rel=0.005),
        ("Price", "Service"),
    ),
    Q(
        "do heavier dogs cost more",
        _corr(lambda df: _num(df, "Weight (lbs)"), lambda df: _num(df, "Price")),
        ("Weight (lbs)", "Price"),
    ),
    Q("which groomer gets the best tips", _lead(_named_any(_dg_best_tippers)), ("Groomer", "Tip")),
    Q(
        "how often do doodles need the matting fee",
        _share(lambda df: float((_text(df, "Matted Surcharge")[_dg_doodles(df)] == "Yes").mean())),
        ("Breed", "Matted Surcharge"),
    ),
    Q(
        "which month made the most money",
        _either_month(_dg_top_month(False), _dg_top_month(True)),
        ("Date", "Price", "Tip"),
    ),
]


HELDOUT287: list[Dataset] = [
    Dataset("home_inspection_report_log", _inspection_frame, _HI_QS),
    Dataset("moving_company_job_log", _moving_frame, _MV_QS),
    Dataset("community_choir_attendance_dues", _choir_frame, _CH_QS),
    Dataset("county_delinquent_property_tax_list", _tax_frame, _TX_QS),
    Dataset("paratransit_trip_records", _paratransit_frame, _PT_QS),
    Dataset("blood_donation_visit_records", _blood_frame, _BD_QS),
    Dataset("dog_grooming_appointment_book", _grooming_frame, _DG_QS),
]
