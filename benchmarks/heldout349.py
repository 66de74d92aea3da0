"""HELDOUT349: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a commercial laundry's hotel linen
delivery tickets (2024, one row per ticket) with "Ticket #" (a five-digit number), Hotel (eight hotels, now and then
upper case), "Delivery Date" as "03/14/2024", piece counts Sheets, Towels and Pillowcases, "Weight (lbs)" (about a
pound and a half a sheet, under a pound a towel), "Rejects Rewashed" (pieces sent back through, blank when none)
and Price as "$412.50" (by the pound, each hotel on its own rate). A powder coating shop's rack log (2023 and 2024,
one row per rack, a job spread over one to four racks so "Job #" as "24-0153" repeats) with Date as "2024-03-14",
Customer, "RAL Color" as "RAL 9005" (black and white most of it), "Parts on Rack", "Cure Temp (F)" (360 to 410,
rework more likely on a cool oven), "Rack Minutes", Rework (Y/N) and Invoice as "$1,240.00". A gutter cleaning
company's job list (2022 to 2024, one row per job, busiest in the fall) with Address as "418 Maple St", Town (now
and then lower case), "Job Date" as "5/3/2023", "Linear Ft", Stories (1 to 3), "Guards Installed" (Yes/No), Price as
"$245" (by the foot, more per story, a few blank) and "Crew Lead". A hot sauce maker's batch sheets (2023 and 2024,
one row per batch) with "Batch Code" as "HS-2401-07", Pepper (Habanero, Jalapeno, Ghost, Scotch Bonnet, Chipotle),
"Batch Date" as "2024-01-15", Gallons, pH (3.2 to 4.2, a few blank), "Bottles Filled" (5 oz bottles), "Heat Level"
(Mild, Medium, Hot, Extra Hot by pepper) and "QA Hold" (Y/N, more often when the pH is high). A sleep lab's study
log (2022 to 2024, one row per study, patients coming back for a titration so "Patient ID" as "SL-10234" repeats)
with "Study Date" as "03/14/2023", Age, Sex (M/F), BMI, "Study Type" (Diagnostic PSG, Split Night, CPAP Titration),
AHI (events an hour, higher with BMI and for men, residual and low on a titration, now and then blank), "TST (min)",
"Lowest SpO2 (%)" (lower with AHI) and "Referring MD" as "Dr. Patel". A cranberry grower's bog harvest log (2019 to
2024, sixty bogs harvested once a year) with Bog as "Bog 07", Variety (Stevens, Ben Lear, Early Black, Howes, Mullica
Queen; now and then lower case), "Harvest Date" as "10/03/2023", Acres, Barrels (100 lb barrels), TAcy (colour,
blank now and then), "Rot %" as "3.2%" and Method (Wet/Dry, dry bogs smaller with less rot). And a cotton gin's bale
records (the 2022 and 2023 ginning seasons, September to January, one row per module, a TOTAL row at the bottom)
with "Module #" as "M23-0412", Farm, "Gin Date" as "2023-10-14", Bales, "Lint Lbs" (about 490 lb a bale), "Turnout %"
(a plain number), "Color Grade" as "31-1", "Staple Length" (32nds of an inch) and Micronaire (blank now and then).
All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _date, _either_named, _flag
from .offline_eval import Check, Dataset, Q, both, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _both_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    """Every value appears (each to within `rel`, or rounded to one decimal)."""
    return _about(lambda df: [float(v(df)) for v in values], rel=rel)


def _month_name(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("November", "Nov")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


# --- 1. Laundry linen delivery tickets -----------------------------------------------------------------------------

_LL_HOTELS = {
    "Hilton Garden Inn": (1.0, 0.62), "Marriott Downtown": (1.6, 0.58), "Hampton Inn": (0.8, 0.66),
    "Holiday Inn Express": (0.9, 0.64), "Courtyard Airport": (0.7, 0.6), "Hyatt Place": (1.1, 0.59),
    "Embassy Suites": (1.3, 0.57), "Best Western Plus": (0.5, 0.7),
}  # fmt: skip


def _laundry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34901)
    days = pd.date_range("2024-01-02", "2024-12-30", freq="D")
    rows: list[dict[str, Any]] = []
    ticket = 40117
    for day in days:
        for hotel, (size, rate) in _LL_HOTELS.items():
            if rng.random() > 0.42:
                continue
            season = 1.0 + 0.25 * np.sin((day.dayofyear - 100) / 365 * 2 * np.pi)
            sheets = int(rng.poisson(140 * size * season))
            towels = int(rng.poisson(260 * size * season))
            cases = int(rng.poisson(120 * size * season))
            weight = sheets * 1.5 + towels * 0.75 + cases * 0.25 + float(rng.normal(0, 8))
            rejects = int(rng.binomial(sheets + towels + cases, 0.012))
            ticket += 1
            rows.append(
                {
                    "Ticket #": ticket,
                    "Hotel": hotel.upper() if rng.random() < 0.05 else hotel,
                    "Delivery Date": f"{day:%m/%d/%Y}",
                    "Sheets": sheets,
                    "Towels": towels,
                    "Pillowcases": cases,
                    "Weight (lbs)": round(weight, 1),
                    "Rejects Rewashed": "" if rejects == 0 else rejects,
                    "Price": _money(weight * rate),
                }
            )
    return pd.DataFrame(rows)


def _ll_hotel(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Hotel").str.title()


def _ll_reject_rate(per_ticket: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        rejects = _num(df, "Rejects Rewashed").fillna(0)
        pieces = _num(df, "Sheets") + _num(df, "Towels") + _num(df, "Pillowcases")
        return float((rejects / pieces).mean()) if per_ticket else float(rejects.sum() / pieces.sum())

    return value


def _ll_busiest_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "Delivery Date", "%m/%d/%Y").dt.to_period("M")
    return _num(df, "Weight (lbs)").groupby(month).sum().idxmax().to_timestamp()


_LL_QS = [
    Q(
        "how many pounds of linen did we deliver this year",
        _amount(lambda df: float(_num(df, "Weight (lbs)").sum())),
        ("Weight (lbs)", "Delivery Date"),
    ),
    Q(
        "which hotel goes through the most towels",
        _lead(_named(lambda df: _top(_num(df, "Towels").groupby(_ll_hotel(df)).sum()))),
        ("Hotel", "Towels"),
    ),
    Q(
        "what's our reject rate, like how many pieces get rewashed",
        either(_share(_ll_reject_rate(False)), _share(_ll_reject_rate(True))),
        ("Rejects Rewashed", "Sheets", "Towels", "Pillowcases"),
    ),
    Q("which month was busiest by weight", _month_year(_ll_busiest_month), ("Delivery Date", "Weight (lbs)")),
    Q(
        "average ticket price for hilton garden inn?",
        _about(lambda df: float(_num(df, "Price")[_ll_hotel(df) == "Hilton Garden Inn"].mean())),
        ("Hotel", "Price"),
    ),
    Q(
        "does the price track the weight",
        _corr(lambda df: _num(df, "Weight (lbs)"), lambda df: _num(df, "Price")),
        ("Weight (lbs)", "Price"),
    ),
]


# --- 2. Powder coating rack log ------------------------------------------------------------------------------------

_PC_CUSTOMERS = {
    "Midwest Fab": 3, "Ironworks Supply": 2, "Apex Trailer": 2.5, "Ridgeline Fence": 1.5, "Summit Patio": 1.2,
    "Custom Rods LLC": 0.8, "Baker Machine": 1.0, "Lakeside Marine": 0.7,
}  # fmt: skip
_PC_COLORS = {"RAL 9005": 5, "RAL 9016": 3, "RAL 7016": 1.5, "RAL 3020": 0.8, "RAL 5005": 0.7, "RAL 6005": 0.6}


def _powder_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34902)
    days = pd.date_range("2023-01-03", "2024-12-27", freq="B")
    rows: list[dict[str, Any]] = []
    for k, n in enumerate(np.sort(rng.choice(len(days), size=620))):
        day = days[n]
        job = f"{day.year % 100}-{k + 101:04d}"
        customer = str(_one(rng, list(_PC_CUSTOMERS), list(_PC_CUSTOMERS.values())))
        color = str(_one(rng, list(_PC_COLORS), list(_PC_COLORS.values())))
        price_per = float(rng.uniform(6, 22))
        for _ in range(int(_one(rng, [1, 2, 3, 4], [4, 3, 2, 1]))):
            parts = int(rng.integers(8, 90))
            temp = int(round(float(rng.normal(392, 10)) / 5) * 5)
            temp = min(410, max(360, temp))
            rework = rng.random() < (0.22 if temp < 380 else 0.06)
            rows.append(
                {
                    "Job #": job,
                    "Date": f"{day:%Y-%m-%d}",
                    "Customer": customer,
                    "RAL Color": color,
                    "Parts on Rack": parts,
                    "Cure Temp (F)": temp,
                    "Rack Minutes": int(rng.normal(20 + 0.25 * parts, 4)),
                    "Rework": "Y" if rework else "N",
                    "Invoice": _money(parts * price_per),
                }
            )
    return pd.DataFrame(rows)


def _pc_top_customer(df: pd.DataFrame) -> str:
    return _top(_num(df, "Invoice").groupby(_text(df, "Customer")).sum())


_PC_QS = [
    Q(
        "what color do we run the most",
        _either_named(
            lambda df: _top(_text(df, "RAL Color").value_counts()),
            lambda df: _top(_num(df, "Parts on Rack").groupby(_text(df, "RAL Color")).sum()),
        ),
        ("RAL Color", "Parts on Rack"),
    ),
    Q("what share of racks needed rework", _share(lambda df: float(_flag(df, "Rework").mean())), ("Rework",)),
    Q(
        "and when the oven was under 380?",
        _share(lambda df: float(_flag(df, "Rework")[_num(df, "Cure Temp (F)") < 380].mean())),
        ("Rework", "Cure Temp (F)"),
    ),
    Q("which customer brings in the most money", _lead(_named(_pc_top_customer)), ("Customer", "Invoice")),
    Q(
        "how many jobs have they sent us",
        either(
            _count(lambda df: int(_text(df, "Job #")[_text(df, "Customer") == _pc_top_customer(df)].nunique())),
            _count(lambda df: int((_text(df, "Customer") == _pc_top_customer(df)).sum())),
        ),
        ("Customer", "Job #", "Invoice"),
    ),
    Q("typical time a rack takes", _typical(lambda df: _num(df, "Rack Minutes")), ("Rack Minutes",)),
]


# --- 3. Gutter cleaning jobs ---------------------------------------------------------------------------------------

_GC_TOWNS = {"Westfield": 4, "Cranford": 3, "Summit": 2.5, "Chatham": 2, "Madison": 1.5, "Berkeley Heights": 1}
_GC_STREETS = ["Maple St", "Oak Ave", "Elm St", "Park Pl", "Hillside Ave", "Prospect St", "Ridge Rd", "Mountain Ave"]
_GC_CREW = ["Mike", "Tony", "Dave", "Luis"]
_GC_MONTHS = [0.2, 0.3, 0.8, 1.6, 1.4, 0.8, 0.5, 0.5, 0.9, 2.0, 3.2, 1.0]


def _gutter_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34903)
    rows: list[dict[str, Any]] = []
    for _ in range(1400):
        year = int(rng.integers(2022, 2025))
        month = int(_one(rng, list(range(1, 13)), _GC_MONTHS))
        day = pd.Timestamp(year, month, int(rng.integers(1, 29)))
        stories = int(_one(rng, [1, 2, 3], [3, 5, 1]))
        feet = round(float(rng.normal(110 + 40 * stories, 30))) // 5 * 5
        feet = max(60, feet)
        guards = rng.random() < 0.18
        price = feet * (1.1 + 0.35 * (stories - 1)) + float(rng.normal(0, 15))
        if guards:
            price += feet * 7
        town = str(_one(rng, list(_GC_TOWNS), list(_GC_TOWNS.values())))
        rows.append(
            {
                "Address": f"{int(rng.integers(10, 999))} {_one(rng, _GC_STREETS)}",
                "Town": town.lower() if rng.random() < 0.06 else town,
                "Job Date": f"{day.month}/{day.day}/{day.year}",
                "Linear Ft": feet,
                "Stories": stories,
                "Guards Installed": "Yes" if guards else "No",
                "Price": "" if rng.random() < 0.03 else f"${round(price / 5) * 5:,}",
                "Crew Lead": _one(rng, _GC_CREW),
            }
        )
    return pd.DataFrame(rows).sort_values("Job Date", key=lambda s: pd.to_datetime(s), kind="stable")


def _gc_price_by_story(stories: int) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Price")[_num(df, "Stories") == stories].mean())


_GC_QS = [
    Q(
        "how many jobs did we do in 2023",
        _count(lambda df: int((_date(df, "Job Date", "%m/%d/%Y").dt.year == 2023).sum())),
        ("Job Date",),
    ),
    Q(
        "avg price for a 3 story house vs a 1 story",
        _both_about(_gc_price_by_story(3), _gc_price_by_story(1)),
        ("Price", "Stories"),
    ),
    Q(
        "what percent of jobs had gutter guards put in",
        _share(lambda df: float((_text(df, "Guards Installed").str.lower() == "yes").mean())),
        ("Guards Installed",),
    ),
    Q(
        "which town do we work in most",
        _lead(_named(lambda df: _top(_text(df, "Town").str.title().value_counts()))),
        ("Town",),
    ),
    Q(
        "what month of the year is our busiest",
        _month_name(lambda df: int(_date(df, "Job Date", "%m/%d/%Y").dt.month.value_counts().idxmax())),
        ("Job Date",),
    ),
    Q(
        "does price go up with more feet of gutter",
        _corr(lambda df: _num(df, "Linear Ft"), lambda df: _num(df, "Price")),
        ("Linear Ft", "Price"),
    ),
]


# --- 4. Hot sauce batch sheets -------------------------------------------------------------------------------------

_HS_PEPPERS = {"Habanero": ("Hot", 4), "Jalapeno": ("Mild", 3), "Ghost": ("Extra Hot", 1.5)}
_HS_PEPPERS |= {"Scotch Bonnet": ("Hot", 1.5), "Chipotle": ("Medium", 2)}
_HS_PH = {"Habanero": 3.45, "Jalapeno": 3.6, "Ghost": 3.75, "Scotch Bonnet": 3.5, "Chipotle": 3.7}


def _sauce_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34904)
    days = pd.date_range("2023-01-03", "2024-12-20", freq="B")
    rows: list[dict[str, Any]] = []
    seq: dict[str, int] = {}
    for n in np.sort(rng.choice(len(days), size=520)):
        day = days[n]
        pepper = str(_one(rng, list(_HS_PEPPERS), [w for _, w in _HS_PEPPERS.values()]))
        gallons = float(_one(rng, [20, 40, 55, 80, 110], [2, 3, 3, 2, 1]))
        ph = round(float(np.clip(rng.normal(_HS_PH[pepper], 0.18), 3.1, 4.3)), 2)
        bottles = int(gallons * 128 / 5 * rng.uniform(0.9, 0.97))
        hold = rng.random() < (0.45 if ph > 3.9 else 0.05)
        key = f"{day:%y%m}"
        seq[key] = seq.get(key, 0) + 1
        rows.append(
            {
                "Batch Code": f"HS-{key}-{seq[key]:02d}",
                "Pepper": pepper,
                "Batch Date": f"{day:%Y-%m-%d}",
                "Gallons": gallons,
                "pH": "" if rng.random() < 0.03 else ph,
                "Bottles Filled": bottles,
                "Heat Level": _HS_PEPPERS[pepper][0],
                "QA Hold": "Y" if hold else "N",
            }
        )
    return pd.DataFrame(rows)


def _hs_hold_rate(pepper: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_flag(df, "QA Hold")[_text(df, "Pepper") == pepper].mean())


_HS_QS = [
    Q("how many batches are on qa hold", _count(lambda df: int(_flag(df, "QA Hold").sum())), ("QA Hold",)),
    Q("whats the average ph", _typical(lambda df: _num(df, "pH")), ("pH",)),
    Q(
        "how many batches came in above 3.9 ph",
        either(
            _count(lambda df: int((_num(df, "pH") > 3.9).sum())),
            _count(lambda df: int((_num(df, "pH") >= 3.9).sum())),
        ),
        ("pH",),
    ),
    Q(
        "which pepper do we make the most of",
        _either_named(
            lambda df: _top(_num(df, "Gallons").groupby(_text(df, "Pepper")).sum()),
            lambda df: _top(_text(df, "Pepper").value_counts()),
        ),
        ("Pepper", "Gallons"),
    ),
    Q(
        "total bottles filled in 2024?",
        _amount(
            lambda df: float(_num(df, "Bottles Filled")[_date(df, "Batch Date", "%Y-%m-%d").dt.year == 2024].sum())
        ),
        ("Bottles Filled", "Batch Date"),
    ),
    Q(
        "do ghost batches get held more often than habanero ones",
        both(_share(_hs_hold_rate("Ghost")), _share(_hs_hold_rate("Habanero"))),
        ("QA Hold", "Pepper"),
    ),
]


# --- 5. Sleep lab study log ----------------------------------------------------------------------------------------

_SL_DOCTORS = {"Dr. Patel": 4, "Dr. Nguyen": 3, "Dr. Hoffman": 2, "Dr. Alvarez": 2, "Dr. Kim": 1.5, "Dr. Brooks": 1}


def _sleep_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34905)
    days = pd.date_range("2022-01-03", "2024-12-20", freq="D")
    rows: list[dict[str, Any]] = []
    for k in range(1100):
        pid = f"SL-{10001 + k * 3 + int(rng.integers(0, 3))}"
        sex = str(_one(rng, ["M", "F"], [6, 4]))
        age = int(np.clip(rng.normal(52, 13), 18, 88))
        bmi = round(float(np.clip(rng.normal(32, 6), 18, 58)), 1)
        ahi = float(max(0.5, rng.gamma(2.0, 1.0) * (bmi - 14) * (1.0 if sex == "M" else 0.65) / 2.2))
        doctor = str(_one(rng, list(_SL_DOCTORS), list(_SL_DOCTORS.values())))
        day = days[int(rng.integers(0, len(days) - 60))]
        kind = str(_one(rng, ["Diagnostic PSG", "Split Night"], [6, 4]) if ahi > 15 else "Diagnostic PSG")
        studies = [(kind, ahi, day)]
        if kind == "Diagnostic PSG" and ahi >= 5 and rng.random() < 0.45:
            studies.append(
                ("CPAP Titration", ahi * rng.uniform(0.05, 0.2), day + pd.Timedelta(days=int(rng.integers(14, 50))))
            )
        for study, value, when in studies:
            rows.append(
                {
                    "Patient ID": pid,
                    "Study Date": f"{when:%m/%d/%Y}",
                    "Age": age,
                    "Sex": sex,
                    "BMI": bmi,
                    "Study Type": study,
                    "AHI": "" if rng.random() < 0.02 else round(value, 1),
                    "TST (min)": int(np.clip(rng.normal(370, 50), 150, 480)),
                    "Lowest SpO2 (%)": int(np.clip(rng.normal(92 - 0.35 * value, 3), 55, 98)),
                    "Referring MD": doctor,
                }
            )
    return pd.DataFrame(rows)


def _sl_diag(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Study Type") == "Diagnostic PSG"


def _sl_severe(women: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        ahi = _num(df, "AHI")
        keep = _sl_diag(df) & ahi.notna()
        if women:
            keep &= _text(df, "Sex") == "F"
        return float((ahi[keep] >= 30).mean())

    return value


_SL_QS = [
    Q(
        "how many different patients have we seen",
        _count(lambda df: int(_text(df, "Patient ID").nunique())),
        ("Patient ID",),
    ),
    Q(
        "what's the average ahi on the diagnostic studies",
        _about(lambda df: float(_num(df, "AHI")[_sl_diag(df)].mean())),
        ("AHI", "Study Type"),
    ),
    Q("what share of those are severe, ahi 30 or more", _share(_sl_severe(False)), ("AHI", "Study Type")),
    Q("and for women?", _share(_sl_severe(True)), ("AHI", "Study Type", "Sex")),
    Q(
        "does bmi go with ahi",
        either(
            _corr(lambda df: _num(df, "BMI"), lambda df: _num(df, "AHI")),
            _corr(lambda df: _num(df, "BMI")[_sl_diag(df)], lambda df: _num(df, "AHI")[_sl_diag(df)]),
        ),
        ("BMI", "AHI", "Study Type"),
    ),
    Q(
        "which doctor sends us the most patients",
        _either_named(
            lambda df: _top(_text(df, "Referring MD").value_counts()),
            lambda df: _top(_text(df, "Patient ID").groupby(_text(df, "Referring MD")).nunique()),
        ),
        ("Referring MD", "Patient ID"),
    ),
]


# --- 6. Cranberry bog harvest log ----------------------------------------------------------------------------------

_CB_VARIETIES = {"Stevens": 1.0, "Ben Lear": 0.9, "Early Black": 0.75, "Howes": 0.7, "Mullica Queen": 1.35}


def _cranberry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34906)
    bogs = []
    for b in range(60):
        dry = rng.random() < 0.2
        acres = round(float(rng.uniform(1.0, 3.0) if dry else rng.uniform(2.0, 9.0)), 1)
        bogs.append((f"Bog {b + 1:02d}", str(_one(rng, list(_CB_VARIETIES), [4, 2, 2, 1, 2])), acres, dry))
    rows: list[dict[str, Any]] = []
    for year in range(2019, 2025):
        good = float(rng.uniform(0.85, 1.15))
        for bog, variety, acres, dry in bogs:
            day = pd.Timestamp(year, 9, 20) + pd.Timedelta(days=int(rng.integers(0, 50)))
            per_acre = 210 * _CB_VARIETIES[variety] * good * float(rng.uniform(0.8, 1.2)) * (0.85 if dry else 1.0)
            rot = float(np.clip(rng.normal(2.5 if dry else 4.5, 1.3), 0.3, 12))
            tacy = float(np.clip(rng.normal(38 - 0.8 * rot + (5 if variety == "Early Black" else 0), 6), 12, 70))
            rows.append(
                {
                    "Bog": bog,
                    "Variety": variety.lower() if rng.random() < 0.05 else variety,
                    "Harvest Date": f"{day:%m/%d/%Y}",
                    "Acres": acres,
                    "Barrels": round(per_acre * acres),
                    "TAcy": "" if rng.random() < 0.05 else round(tacy, 1),
                    "Rot %": f"{rot:.1f}%",
                    "Method": "Dry" if dry else "Wet",
                }
            )
    return pd.DataFrame(rows)


def _cb_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Harvest Date", "%m/%d/%Y").dt.year


def _cb_yield(by: Callable[[pd.DataFrame], pd.Series], pooled: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        barrels, acres, group = _num(df, "Barrels"), _num(df, "Acres"), by(df)
        if pooled:
            return _top(barrels.groupby(group).sum() / acres.groupby(group).sum())
        return _top((barrels / acres).groupby(group).mean())

    return value


def _cb_variety(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Variety").str.title()


def _cb_rot(method: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Rot %")[_text(df, "Method") == method].mean())


_CB_QS = [
    Q(
        "how many barrels did we get in 2023",
        _amount(lambda df: float(_num(df, "Barrels")[_cb_year(df) == 2023].sum())),
        ("Barrels", "Harvest Date"),
    ),
    Q(
        "which variety yields the most per acre",
        _either_named(_cb_yield(_cb_variety, True), _cb_yield(_cb_variety, False)),
        ("Variety", "Barrels", "Acres"),
    ),
    Q(
        "what percent of the bogs get dry harvested",
        either(
            _share(lambda df: float((_text(df, "Method") == "Dry").mean())),
            _share(lambda df: float((_text(df, "Method") == "Dry").groupby(_text(df, "Bog")).max().mean())),
        ),
        ("Method", "Bog"),
    ),
    Q("average rot dry vs wet", _both_about(_cb_rot("Dry"), _cb_rot("Wet")), ("Rot %", "Method")),
    Q(
        "which year had the best yield per acre",
        either(
            _year(lambda df: int(_cb_yield(_cb_year, True)(df))), _year(lambda df: int(_cb_yield(_cb_year, False)(df)))
        ),
        ("Harvest Date", "Barrels", "Acres"),
    ),
    Q(
        "is color related to rot at all",
        _corr(lambda df: _num(df, "TAcy"), lambda df: _num(df, "Rot %")),
        ("TAcy", "Rot %"),
    ),
]


# --- 7. Cotton gin bale records ------------------------------------------------------------------------------------

_CG_FARMS = {
    "Hale Farms": 3, "Double R Ranch": 2, "Pruitt Bros": 2.5, "Lone Oak Farm": 1.5, "Whitaker Land Co": 1.2,
    "Sandhill Ag": 1.0, "Castillo Farms": 0.8,
}  # fmt: skip
_CG_GRADES = {"31-1": 5, "41-1": 3, "21-1": 1.5, "31-2": 1.5, "41-2": 1, "51-1": 0.5}


def _cotton_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34907)
    rows: list[dict[str, Any]] = []
    for season in (2022, 2023):
        days = pd.date_range(f"{season}-09-20", f"{season + 1}-01-25", freq="D")
        weights = np.exp(-(((np.arange(len(days)) - 50) / 30.0) ** 2)) + 0.05
        picks = np.sort(rng.choice(len(days), size=1100, p=weights / weights.sum()))
        for k, n in enumerate(picks):
            day = days[n]
            farm = str(_one(rng, list(_CG_FARMS), list(_CG_FARMS.values())))
            bales = int(_one(rng, [3, 4, 5, 6, 7], [1, 3, 4, 3, 1]))
            lint = int(bales * rng.normal(490, 12))
            mic = round(float(np.clip(rng.normal(4.4, 0.4), 3.0, 5.6)), 1)
            rows.append(
                {
                    "Module #": f"M{season % 100}-{k + 1:04d}",
                    "Farm": farm,
                    "Gin Date": f"{day:%Y-%m-%d}",
                    "Bales": bales,
                    "Lint Lbs": lint,
                    "Turnout %": round(float(np.clip(rng.normal(34.5, 2.2), 28, 42)), 1),
                    "Color Grade": _one(rng, list(_CG_GRADES), list(_CG_GRADES.values())),
                    "Staple Length": int(_one(rng, [33, 34, 35, 36, 37, 38], [1, 2, 4, 4, 2, 1])),
                    "Micronaire": "" if rng.random() < 0.03 else mic,
                }
            )
    frame = pd.DataFrame(rows)
    total: dict[str, Any] = {c: "" for c in frame.columns}
    total["Module #"] = "TOTAL"
    total["Bales"] = int(frame["Bales"].sum())
    total["Lint Lbs"] = int(frame["Lint Lbs"].sum())
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _cg(df: pd.DataFrame) -> pd.DataFrame:
    """The modules, without the TOTAL row."""
    return df[_text(df, "Module #").str.upper() != "TOTAL"]


def _cg_peak_month(df: pd.DataFrame) -> pd.Timestamp:
    d = _cg(df)
    month = _date(d, "Gin Date", "%Y-%m-%d").dt.to_period("M")
    return _num(d, "Bales").groupby(month).sum().idxmax().to_timestamp()


_CG_QS = [
    Q("how many bales have we ginned", _amount(lambda df: float(_num(_cg(df), "Bales").sum())), ("Bales",)),
    Q("average turnout?", _typical(lambda df: _num(_cg(df), "Turnout %")), ("Turnout %",)),
    Q(
        "which farm brought in the most lint",
        _lead(_named(lambda df: _top(_num(_cg(df), "Lint Lbs").groupby(_text(_cg(df), "Farm")).sum()))),
        ("Farm", "Lint Lbs"),
    ),
    Q(
        "what share of modules had mic over 4.9",
        either(
            _share(lambda df: float((_num(_cg(df), "Micronaire").dropna() > 4.9).mean())),
            _share(lambda df: float((_num(_cg(df), "Micronaire") > 4.9).mean())),
        ),
        ("Micronaire", "Module #"),
    ),
    Q(
        "most common color grade",
        _either_named(
            lambda df: _top(_text(_cg(df), "Color Grade").value_counts()),
            lambda df: _top(_num(_cg(df), "Bales").groupby(_text(_cg(df), "Color Grade")).sum()),
        ),
        ("Color Grade", "Bales"),
    ),
    Q("which month did we gin the most bales", _month_year(_cg_peak_month), ("Gin Date", "Bales")),
]


HELDOUT349 = [
    Dataset("laundry_linen_delivery_tickets", _laundry_frame, _LL_QS),
    Dataset("powder_coating_rack_log", _powder_frame, _PC_QS),
    Dataset("gutter_cleaning_jobs", _gutter_frame, _GC_QS),
    Dataset("hot_sauce_batch_sheets", _sauce_frame, _HS_QS),
    Dataset("sleep_lab_study_log", _sleep_frame, _SL_QS),
    Dataset("cranberry_bog_harvest_log", _cranberry_frame, _CB_QS),
    Dataset("cotton_gin_bale_records", _cotton_frame, _CG_QS),
]
