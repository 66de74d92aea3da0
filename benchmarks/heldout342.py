"""HELDOUT342: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files small trade businesses keep: a kennel's dog boarding stays (2023 and
2024, one row per stay, dogs coming back again and again) with Dog, Breed (now and then upper case), "Weight (lbs)"
(whole pounds, "N/A" now and then), Owner, "Check In" and "Check Out" as "03/14/2024", "Nightly Rate" as "$45.00" (by
dog size), Playtime and Bath (add-ons, Y/N), Meds (Y/N), "Vaccines Current" (Y/N) and Total as "$312.50" (nights times
rate plus $12 a night for playtime and $25 for a bath); a vet clinic's appointments (2024) with Date as "2024-03-05",
"Pet Name", Species (Dog, Cat, Rabbit, Bird; now and then lower case), "Visit Reason" (Wellness Exam, Vaccination,
Sick Visit, Dental, Surgery, Recheck), Vet as "Dr. Patel", Minutes, Invoice as "$123.45", "Vaccines Given" (a count),
"New Client" and "Follow-up Needed" (Y/N); a maple sugarhouse's boil log (the 2013 to 2024 seasons, February to April,
one row per boil) with Date as "3/12/2021", "Taps Running", "Sap (gal)", "Sugar %" (one or two decimals, blank when
nobody took a reading), "Syrup (gal)" (sap over the rule-of-86 ratio, one decimal), Grade ("Golden Delicate", "Amber
Rich", "Dark Robust", "Very Dark Strong", darker late in the season), "Boil Hours" and "Wood (cords)"; a ready-mix
concrete company's delivery tickets (April to October 2024) with Ticket (a six-digit number), Date as "2024-05-14",
Contractor, Mix ("3000 PSI", "4000 PSI", "4500 PSI", "5000 PSI"), Yards (a quarter-yard step up to 10), "Slump (in)",
"Time Batched", "Time On Site" and "Time Poured Out" as "07:15", "Returned Yds" (blank when none came back) and
Driver; an asphalt paving company's bids (2022 to 2024) with "Bid Date" as "04/02/2023", Customer, "Job Type"
(Driveway, Parking Lot, Patch), "Sq Ft", Tons (one decimal), "Bid $" as "$4,500", Won (Y/N), Competitor (blank when
unknown), Estimator and "Start Date" (blank on lost bids); a translation agency's jobs (2024) with "Job #" as
"TJ-24-0012", Client, "Source Language", "Target Language", Words, "Rate/Word" as "$0.12", Translator, "Due Date" and
"Delivered Date" as "2024-03-08" (delivered blank while in progress), Rush (Y/N) and "QA Score" (out of 100, blank
when not reviewed); and a cider mill's pressing log (the 2019 to 2024 seasons, September to November, a few varieties
per pressing day) with Date as "9/14/2023", Variety (McIntosh, Honeycrisp, Cortland, Northern Spy, Gala, "Golden
Delicious", Mixed), Bushels, "Gallons Pressed", Brix (one decimal), Batch as "B23-041" (one per day, repeated on its
rows), "Sold Fresh (gal)", "Fermented (gal)" (the two adding to the gallons pressed) and "Price/Gal" as "$8.50" (per
season). All are generated with a fixed seed.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_named, _flag
from .offline_eval import Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _name(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _money(x: float) -> str:
    return f"${x:,.2f}"


# --- 1. Kennel boarding stays --------------------------------------------------------------------------------------

_KB_BREEDS = {"Labrador Retriever": 70, "Golden Retriever": 65, "German Shepherd": 75, "French Bulldog": 24}
_KB_BREEDS |= {"Beagle": 25, "Goldendoodle": 50, "Dachshund": 12, "Boxer": 62, "Shih Tzu": 13, "Mixed": 40}
_KB_DOGS = ["Bella", "Max", "Luna", "Charlie", "Daisy", "Cooper", "Lucy", "Buddy", "Bailey", "Rocky", "Sadie"]
_KB_DOGS += ["Milo", "Molly", "Tucker", "Zoe", "Bear", "Rosie", "Duke", "Penny", "Murphy", "Ginger", "Louie"]


def _kennel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34201)
    dogs = []
    for _ in range(160):
        breed = str(_one(rng, list(_KB_BREEDS), [14, 10, 6, 7, 8, 11, 6, 5, 6, 12]))
        weight = int(max(6, rng.normal(_KB_BREEDS[breed], _KB_BREEDS[breed] * 0.15)))
        dogs.append((str(_one(rng, _KB_DOGS)), breed, weight, _name(rng), rng.random() < 0.15, rng.random() < 0.9))
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-02", "2024-12-20", freq="D")
    weights = np.array([3.0 if d.month in (7, 8, 12) else 2.0 if d.month in (6, 11) else 1.0 for d in days])
    for _ in range(900):
        dog, breed, weight, owner, meds, vax = dogs[int(rng.integers(len(dogs)))]
        start = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        nights = int(min(21, 1 + rng.poisson(3.2)))
        rate = 40.0 if weight < 30 else 48.0 if weight < 60 else 55.0
        play = rng.random() < 0.35
        bath = rng.random() < 0.3
        total = nights * (rate + (12 if play else 0)) + (25 if bath else 0)
        rows.append(
            {
                "Dog": dog,
                "Breed": breed.upper() if rng.random() < 0.05 else breed,
                "Weight (lbs)": "N/A" if rng.random() < 0.04 else weight,
                "Owner": owner,
                "Check In": f"{start:%m/%d/%Y}",
                "Check Out": f"{start + pd.Timedelta(days=nights):%m/%d/%Y}",
                "Nightly Rate": _money(rate),
                "Playtime": "Y" if play else "N",
                "Bath": "Y" if bath else "N",
                "Meds": "Y" if meds else "N",
                "Vaccines Current": "Y" if vax or rng.random() < 0.5 else "N",
                "Total": _money(total),
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Check In"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _kb_in(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Check In", "%m/%d/%Y")


def _kb_nights(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Check Out", "%m/%d/%Y") - _kb_in(df)).dt.days


def _kb_busiest(df: pd.DataFrame) -> pd.Timestamp:
    counts = _kb_in(df).dt.to_period("M").value_counts().sort_index(kind="stable")
    return counts.idxmax().to_timestamp()


def _kb_busiest_total(df: pd.DataFrame) -> float:
    month = pd.Period(_kb_busiest(df), "M")
    return float(_num(df, "Total")[_kb_in(df).dt.to_period("M") == month].sum())


def _kb_breed(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Breed").str.title()


_KB_QS = [
    Q("how many stays do we have in here", _count(lambda df: len(df)), ("Check In",)),
    Q(
        "how long do dogs usually stay, in nights",
        _typical(_kb_nights),
        ("Check In", "Check Out"),
    ),
    Q(
        "what breed do we board the most",
        _either_named(
            lambda df: _top(_kb_breed(df).value_counts()),
            lambda df: _top(df.assign(b=_kb_breed(df)).groupby("b")["Dog"].size()),
            aliases={"Labrador Retriever": ("Lab", "Labrador")},
        ),
        ("Breed", "Dog"),
    ),
    Q(
        "what percent of stays got a bath",
        _share(lambda df: float(_flag(df, "Bath").mean())),
        ("Bath",),
    ),
    Q("which month was the busiest", _month_year(_kb_busiest), ("Check In", "Dog")),
    Q("how much did we take in that month", _amount(_kb_busiest_total), ("Check In", "Total")),
]


# --- 2. Vet clinic appointments ------------------------------------------------------------------------------------

_VC_REASONS = {"Wellness Exam": (30, 85), "Vaccination": (20, 65), "Sick Visit": (35, 160), "Dental": (75, 420)}
_VC_REASONS |= {"Surgery": (120, 950), "Recheck": (20, 55)}
_VC_VETS = {"Dr. Patel": 1.0, "Dr. Morgan": 1.15, "Dr. Nguyen": 0.9, "Dr. Alvarez": 1.05}
_VC_PETS = ["Bella", "Oliver", "Luna", "Milo", "Simba", "Max", "Cleo", "Coco", "Pepper", "Biscuit", "Nala", "Kiwi"]


def _vet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34202)
    rows: list[dict[str, Any]] = []
    for day in pd.bdate_range("2024-01-02", "2024-12-31"):
        for _ in range(int(rng.integers(3, 9))):
            species = str(_one(rng, ["Dog", "Cat", "Rabbit", "Bird"], [55, 35, 6, 4]))
            reason = str(_one(rng, list(_VC_REASONS), [25, 20, 25, 8, 5, 17]))
            vet = str(_one(rng, list(_VC_VETS), [35, 25, 25, 15]))
            base_min, base_cost = _VC_REASONS[reason]
            minutes = int(max(10, rng.normal(base_min * _VC_VETS[vet], base_min * 0.2)))
            invoice = max(35.0, base_cost * rng.lognormal(0, 0.25) + minutes * 0.8)
            vax = (
                int(rng.integers(1, 4))
                if reason == "Vaccination"
                else int(rng.random() < 0.3 and reason == "Wellness Exam")
            )
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Pet Name": str(_one(rng, _VC_PETS)),
                    "Species": species.lower() if rng.random() < 0.05 else species,
                    "Visit Reason": reason,
                    "Vet": vet,
                    "Minutes": minutes,
                    "Invoice": _money(invoice + 22 * vax),
                    "Vaccines Given": vax,
                    "New Client": "Y" if rng.random() < 0.18 else "N",
                    "Follow-up Needed": "Y"
                    if rng.random() < (0.6 if reason in ("Surgery", "Sick Visit") else 0.1)
                    else "N",
                }
            )
    return pd.DataFrame(rows)


def _vc_species(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Species").str.title()


_VC_QS = [
    Q("how many of the appointments were cats", _count(lambda df: int((_vc_species(df) == "Cat").sum())), ("Species",)),
    Q(
        "whats a dental cleaning cost on average",
        _typical(lambda df: _num(df, "Invoice")[_text(df, "Visit Reason") == "Dental"]),
        ("Visit Reason", "Invoice"),
    ),
    Q("which vet sees the most patients", _lead(_named(lambda df: _top(_text(df, "Vet").value_counts()))), ("Vet",)),
    Q(
        "and which vet spends the longest per appointment",
        _either_named(
            lambda df: _top(df["Minutes"].groupby(_text(df, "Vet")).mean()),
            lambda df: _top(df["Minutes"].groupby(_text(df, "Vet")).median()),
        ),
        ("Vet", "Minutes"),
    ),
    Q(
        "what share of visits needed a follow up",
        _share(lambda df: float(_flag(df, "Follow-up Needed").mean())),
        ("Follow-up Needed",),
    ),
    Q(
        "do longer appointments cost more?",
        _corr(lambda df: df["Minutes"].astype(float), lambda df: _num(df, "Invoice")),
        ("Minutes", "Invoice"),
    ),
]


# --- 3. Maple sugarhouse boil log ----------------------------------------------------------------------------------

_MS_GRADES = ["Golden Delicate", "Amber Rich", "Dark Robust", "Very Dark Strong"]


def _maple_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34203)
    rows: list[dict[str, Any]] = []
    for year in range(2013, 2025):
        taps = int(900 + (year - 2013) * 90 + rng.integers(-60, 60))
        start = pd.Timestamp(year, 2, int(rng.integers(15, 28)))
        season = int(rng.integers(38, 52))
        for k in range(season):
            day = start + pd.Timedelta(days=k)
            if rng.random() < 0.15:
                continue
            frac = k / season
            running = int(taps * (1 - 0.1 * rng.random()))
            sap = round(max(60, running * rng.gamma(3, 0.1) * (1.2 - 0.5 * frac)), 0)
            sugar = round(max(1.1, rng.normal(2.5 - 0.9 * frac, 0.3)), 1 if rng.random() < 0.7 else 2)
            syrup = round(sap * sugar / 86, 1)
            grade = _MS_GRADES[min(3, int(frac * 4 + rng.normal(0, 0.4)))] if frac > 0.1 else _MS_GRADES[0]
            hours = round(sap / 95 + rng.normal(0, 0.4), 1)
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Taps Running": running,
                    "Sap (gal)": int(sap),
                    "Sugar %": "" if rng.random() < 0.06 else sugar,
                    "Syrup (gal)": syrup,
                    "Grade": grade,
                    "Boil Hours": max(0.5, hours),
                    "Wood (cords)": round(max(0.1, hours * 0.11 + rng.normal(0, 0.03)), 2),
                }
            )
    return pd.DataFrame(rows)


def _ms_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y").dt.year


_MS_QS = [
    Q(
        "how much syrup have we made altogether",
        _about(lambda df: float(df["Syrup (gal)"].sum()), rel=0.005),
        ("Syrup (gal)",),
    ),
    Q(
        "which year was our best for syrup",
        _year(lambda df: int(df["Syrup (gal)"].groupby(_ms_year(df)).sum().idxmax())),
        ("Date", "Syrup (gal)"),
    ),
    Q("what's the typical sugar content of the sap", _typical(lambda df: _num(df, "Sugar %").dropna()), ("Sugar %",)),
    Q(
        "how many gallons of sap does it take to make a gallon of syrup",
        either(
            _about(lambda df: float(df["Sap (gal)"].sum() / df["Syrup (gal)"].sum())),
            _typical(lambda df: df["Sap (gal)"] / df["Syrup (gal)"]),
        ),
        ("Sap (gal)", "Syrup (gal)"),
    ),
    Q(
        "how many boils came out dark robust",
        _count(lambda df: int((_text(df, "Grade") == "Dark Robust").sum())),
        ("Grade",),
    ),
    Q(
        "how much wood did we burn in 2022",
        _about(lambda df: float(df["Wood (cords)"][_ms_year(df) == 2022].sum()), rel=0.005),
        ("Date", "Wood (cords)"),
    ),
]


# --- 4. Ready-mix concrete deliveries ------------------------------------------------------------------------------

_RM_CONTRACTORS = ["Hartley Construction", "Dunmore Builders", "Apex Foundations", "Ridgeline Homes", "City of Ashford"]
_RM_CONTRACTORS += ["K&L Concrete Works", "Summit Commercial", "Brookside Pools", "Valley Flatwork", "Ortiz & Sons"]
_RM_DRIVERS = ["Mike Rourke", "Dave Jensen", "Luis Ortega", "Tony Marino", "Sam Whitaker", "Rick Dalton", "Joe Kim"]


def _readymix_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34204)
    rows: list[dict[str, Any]] = []
    ticket = 418200
    for day in pd.bdate_range("2024-04-01", "2024-10-31"):
        for _ in range(int(rng.integers(6, 16))):
            ticket += 1
            contractor = str(_one(rng, _RM_CONTRACTORS, [14, 10, 12, 9, 6, 8, 11, 5, 9, 6]))
            batched = day + pd.Timedelta(minutes=int(rng.integers(6 * 60, 14 * 60)))
            travel = int(max(8, rng.normal(32, 12)))
            on_site = batched + pd.Timedelta(minutes=travel)
            yards = float(min(10.0, max(1.0, round(rng.normal(8.5, 2.0) * 4) / 4)))
            pour = int(max(10, rng.normal(6 * yards, 12)))
            returned = round(float(rng.uniform(0.25, 1.5)) * 4) / 4 if rng.random() < 0.15 else None
            rows.append(
                {
                    "Ticket": ticket,
                    "Date": f"{day:%Y-%m-%d}",
                    "Contractor": contractor,
                    "Mix": str(_one(rng, ["3000 PSI", "4000 PSI", "4500 PSI", "5000 PSI"], [35, 40, 15, 10])),
                    "Yards": yards,
                    "Slump (in)": float(_one(rng, [3, 4, 4, 5, 5, 6])),
                    "Time Batched": f"{batched:%H:%M}",
                    "Time On Site": f"{on_site:%H:%M}",
                    "Time Poured Out": f"{on_site + pd.Timedelta(minutes=pour):%H:%M}",
                    "Returned Yds": "" if returned is None else returned,
                    "Driver": str(_one(rng, _RM_DRIVERS)),
                }
            )
    return pd.DataFrame(rows)


def _rm_minutes(df: pd.DataFrame, a: str, b: str) -> pd.Series:
    start = pd.to_datetime(_text(df, a), format="%H:%M")
    end = pd.to_datetime(_text(df, b), format="%H:%M")
    return (end - start).dt.total_seconds() / 60


_RM_QS = [
    Q("how many yards did we deliver in total", _about(lambda df: float(df["Yards"].sum()), rel=0.005), ("Yards",)),
    Q(
        "who's our biggest customer",
        _either_named(
            lambda df: _top(df["Yards"].groupby(_text(df, "Contractor")).sum()),
            lambda df: _top(_text(df, "Contractor").value_counts()),
        ),
        ("Contractor", "Yards", "Ticket"),
    ),
    Q(
        "how long does it take a truck to get to the site after batching, in minutes",
        _typical(lambda df: _rm_minutes(df, "Time Batched", "Time On Site")),
        ("Time Batched", "Time On Site"),
    ),
    Q(
        "and how long are they on site pouring",
        _typical(lambda df: _rm_minutes(df, "Time On Site", "Time Poured Out")),
        ("Time On Site", "Time Poured Out"),
    ),
    Q(
        "how much concrete came back",
        _about(lambda df: float(_num(df, "Returned Yds").sum()), rel=0.005),
        ("Returned Yds",),
    ),
    Q(
        "what percent of everything we shipped is that",
        _share(lambda df: float(_num(df, "Returned Yds").sum() / df["Yards"].sum())),
        ("Returned Yds", "Yards"),
    ),
]


# --- 5. Asphalt paving bids ----------------------------------------------------------------------------------------

_AP_TYPES = {"Driveway": (400, 2000, 3.2), "Parking Lot": (5000, 40000, 2.4), "Patch": (50, 600, 6.5)}
_AP_COMPETITORS = ["Blacktop Bros", "Tri-County Paving", "Smooth Surface Inc", "Keller Asphalt"]
_AP_ESTIMATORS = {"Greg Foster": 0.42, "Nina Brooks": 0.55, "Carl Voss": 0.35}
_AP_CUSTOMERS = ["Walmart #2291", "St. Luke's Church", "Maple Grove HOA", "Oakwood Plaza", "Town of Milford"]


def _asphalt_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34205)
    rows: list[dict[str, Any]] = []
    days = pd.bdate_range("2022-02-01", "2024-10-31")
    for _ in range(720):
        day = days[int(rng.integers(len(days)))]
        job = str(_one(rng, list(_AP_TYPES), [60, 15, 25]))
        lo, hi, per = _AP_TYPES[job]
        sqft = int(rng.uniform(lo, hi))
        tons = round(sqft * 0.0125 * rng.uniform(0.9, 1.1), 1)
        bid = round(sqft * per * rng.lognormal(0, 0.12) / 50) * 50 + 250
        estimator = str(_one(rng, list(_AP_ESTIMATORS)))
        won = rng.random() < _AP_ESTIMATORS[estimator] + (0.1 if job == "Patch" else 0)
        customer = _name(rng) if job == "Driveway" else str(_one(rng, _AP_CUSTOMERS))
        competitor = "" if rng.random() < 0.3 else str(_one(rng, _AP_COMPETITORS, [40, 25, 20, 15]))
        start = day + pd.Timedelta(days=int(rng.integers(7, 45)))
        rows.append(
            {
                "Bid Date": f"{day:%m/%d/%Y}",
                "Customer": customer,
                "Job Type": job,
                "Sq Ft": sqft,
                "Tons": tons,
                "Bid $": f"${bid:,.0f}",
                "Won": "Y" if won else "N",
                "Competitor": competitor,
                "Estimator": estimator,
                "Start Date": f"{start:%m/%d/%Y}" if won else "",
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Bid Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _ap_won(df: pd.DataFrame) -> pd.Series:
    return _flag(df, "Won")


def _ap_lost_to(df: pd.DataFrame) -> str:
    lost = df[~_ap_won(df)]
    names = _text(lost, "Competitor")
    return _top(names[names != ""].value_counts())


_AP_QS = [
    Q("how many jobs did we win", _count(lambda df: int(_ap_won(df).sum())), ("Won",)),
    Q(
        "whats our win rate on parking lots",
        _share(lambda df: float(_ap_won(df)[_text(df, "Job Type") == "Parking Lot"].mean())),
        ("Job Type", "Won"),
    ),
    Q(
        "which estimator closes the most",
        _either_named(
            lambda df: _top(_ap_won(df).groupby(_text(df, "Estimator")).mean()),
            lambda df: _top(_ap_won(df).groupby(_text(df, "Estimator")).sum()),
        ),
        ("Estimator", "Won"),
    ),
    Q(
        "what do we charge per square foot for driveways",
        either(
            _about(lambda df: float((_num(df, "Bid $") / df["Sq Ft"])[_text(df, "Job Type") == "Driveway"].mean())),
            _about(lambda df: float((_num(df, "Bid $") / df["Sq Ft"])[_text(df, "Job Type") == "Driveway"].median())),
            _about(
                lambda df: float(
                    _num(df, "Bid $")[_text(df, "Job Type") == "Driveway"].sum()
                    / df["Sq Ft"][_text(df, "Job Type") == "Driveway"].sum()
                )
            ),
        ),
        ("Job Type", "Sq Ft", "Bid $"),
    ),
    Q(
        "how much work in dollars did we win in 2023",
        _amount(
            lambda df: float(_num(df, "Bid $")[_ap_won(df) & (_date(df, "Bid Date", "%m/%d/%Y").dt.year == 2023)].sum())
        ),
        ("Bid Date", "Bid $", "Won", "Start Date"),
    ),
    Q("who do we lose to the most", _lead(_named(_ap_lost_to)), ("Competitor", "Won")),
]


# --- 6. Translation agency jobs ------------------------------------------------------------------------------------

_TA_TARGETS = {"Spanish": (30, 0.11), "French": (18, 0.13), "German": (14, 0.15), "Chinese (Simplified)": (12, 0.16)}
_TA_TARGETS |= {"Japanese": (8, 0.19), "Portuguese (BR)": (10, 0.11), "Arabic": (8, 0.17)}
_TA_CLIENTS = ["Medtronic", "Baker McKenzie", "Acme Software", "Globex Legal", "Harlow Pharma", "Brightline Games"]
_TA_TRANSLATORS = {"Ana Ruiz": 93, "Pierre Dubois": 90, "Klaus Weber": 88, "Li Wei": 91, "Yuki Tanaka": 94}
_TA_TRANSLATORS |= {"Marta Costa": 87, "Omar Haddad": 89}
_TA_WHO = {
    "Spanish": ["Ana Ruiz", "Marta Costa"],
    "French": ["Pierre Dubois"],
    "German": ["Klaus Weber"],
    "Chinese (Simplified)": ["Li Wei"],
    "Japanese": ["Yuki Tanaka"],
    "Portuguese (BR)": ["Marta Costa"],
    "Arabic": ["Omar Haddad"],
}


def _translation_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34206)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2024-01-02", "2024-12-15", freq="D")
    for i in range(850):
        start = days[int(rng.integers(len(days)))]
        target = str(_one(rng, list(_TA_TARGETS), [w for w, _ in _TA_TARGETS.values()]))
        source = "English" if rng.random() < 0.88 else "German" if target != "German" else "French"
        words = int(max(150, rng.lognormal(7.6, 0.8)))
        rush = rng.random() < 0.2
        rate = _TA_TARGETS[target][1] * (1.5 if rush else 1.0)
        translator = str(_one(rng, _TA_WHO[target]))
        due = start + pd.Timedelta(days=int(max(1, words / (3000 if rush else 1500))))
        late = rng.random() < (0.25 if rush else 0.1)
        delivered = due + pd.Timedelta(days=int(rng.integers(1, 4)) if late else -int(rng.integers(0, 2)))
        open_job = delivered > pd.Timestamp("2024-12-14")
        qa = int(min(100, rng.normal(_TA_TRANSLATORS[translator] - (3 if rush else 0), 4)))
        rows.append(
            {
                "Job #": f"TJ-24-{i + 1:04d}",
                "Client": str(_one(rng, _TA_CLIENTS)),
                "Source Language": source,
                "Target Language": target,
                "Words": words,
                "Rate/Word": f"${rate:.2f}",
                "Translator": translator,
                "Due Date": f"{due:%Y-%m-%d}",
                "Delivered Date": "" if open_job else f"{delivered:%Y-%m-%d}",
                "Rush": "Y" if rush else "N",
                "QA Score": "" if open_job or rng.random() < 0.15 else qa,
            }
        )
    return pd.DataFrame(rows)


def _ta_late(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Delivered Date", "%Y-%m-%d") > _date(df, "Due Date", "%Y-%m-%d")


def _ta_billed(df: pd.DataFrame) -> pd.Series:
    return df["Words"] * _num(df, "Rate/Word")


_TA_QS = [
    Q(
        "how many words have we translated into spanish",
        either(
            _count(lambda df: int(df["Words"][_text(df, "Target Language") == "Spanish"].sum())),
            _count(
                lambda df: int(
                    df["Words"][(_text(df, "Target Language") == "Spanish") & (_text(df, "Delivered Date") != "")].sum()
                )
            ),
        ),
        ("Target Language", "Words", "Delivered Date"),
    ),
    Q(
        "which language do we translate into most often",
        _lead(_named(lambda df: _top(_text(df, "Target Language").value_counts()))),
        ("Target Language",),
    ),
    Q("how many jobs were delivered late", _count(lambda df: int(_ta_late(df).sum())), ("Due Date", "Delivered Date")),
    Q(
        "who gets the best quality scores",
        _either_named(
            lambda df: _top(_num(df, "QA Score").groupby(_text(df, "Translator")).mean()),
            lambda df: _top(_num(df, "QA Score").groupby(_text(df, "Translator")).median()),
        ),
        ("Translator", "QA Score"),
    ),
    Q(
        "average per word rate for rush jobs compared to normal ones",
        has(lambda df: _num(df, "Rate/Word").groupby(_flag(df, "Rush")).mean().to_numpy(), rel=0.01),
        ("Rush", "Rate/Word"),
    ),
    Q(
        "how much have the jobs billed in total",
        _amount(lambda df: float(_ta_billed(df).sum())),
        ("Words", "Rate/Word"),
    ),
]


# --- 7. Cider mill pressing log ------------------------------------------------------------------------------------

_CM_VARIETIES = {
    "McIntosh": (3.0, 11.5),
    "Honeycrisp": (2.9, 13.0),
    "Cortland": (3.1, 11.8),
    "Northern Spy": (2.8, 12.8),
}
_CM_VARIETIES |= {"Gala": (3.0, 12.5), "Golden Delicious": (3.2, 13.2), "Mixed": (3.0, 12.0)}
_CM_PRICE = {2019: 6.5, 2020: 6.5, 2021: 7.0, 2022: 7.5, 2023: 8.0, 2024: 8.5}


def _cider_frame() -> pd.DataFrame:
    rng = np.random.default_rng(34207)
    rows: list[dict[str, Any]] = []
    for year in range(2019, 2025):
        batch = 0
        for day in pd.date_range(f"{year}-09-05", f"{year}-11-20", freq="D"):
            if day.dayofweek not in (1, 3, 5) or rng.random() < 0.15:
                continue
            batch += 1
            for variety in rng.choice(list(_CM_VARIETIES), size=int(rng.integers(2, 5)), replace=False):
                per, brix = _CM_VARIETIES[str(variety)]
                bushels = int(rng.integers(8, 60))
                gallons = round(bushels * rng.normal(per, 0.15), 0)
                fresh = round(gallons * rng.uniform(0.4, 0.85), 0)
                rows.append(
                    {
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Variety": str(variety),
                        "Bushels": bushels,
                        "Gallons Pressed": int(gallons),
                        "Brix": round(rng.normal(brix, 0.6), 1),
                        "Batch": f"B{year % 100}-{batch:03d}",
                        "Sold Fresh (gal)": int(fresh),
                        "Fermented (gal)": int(gallons - fresh),
                        "Price/Gal": _money(_CM_PRICE[year]),
                    }
                )
    return pd.DataFrame(rows)


def _cm_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y").dt.year


def _cm_fresh_money(df: pd.DataFrame) -> pd.Series:
    return df["Sold Fresh (gal)"] * _num(df, "Price/Gal")


_CM_QS = [
    Q(
        "how many gallons did we press in 2023",
        _count(lambda df: int(df["Gallons Pressed"][_cm_year(df) == 2023].sum())),
        ("Date", "Gallons Pressed"),
    ),
    Q(
        "which apple gives the most juice per bushel",
        _either_named(
            lambda df: _top((df["Gallons Pressed"] / df["Bushels"]).groupby(_text(df, "Variety")).mean()),
            lambda df: _top(
                df.groupby(_text(df, "Variety"))["Gallons Pressed"].sum()
                / df.groupby(_text(df, "Variety"))["Bushels"].sum()
            ),
        ),
        ("Variety", "Bushels", "Gallons Pressed"),
    ),
    Q("what's the average brix", _typical(lambda df: df["Brix"].astype(float)), ("Brix",)),
    Q(
        "what fraction of the cider ends up fermented",
        _share(lambda df: float(df["Fermented (gal)"].sum() / df["Gallons Pressed"].sum())),
        ("Fermented (gal)", "Gallons Pressed"),
    ),
    Q(
        "how much money have we made selling fresh cider",
        _amount(lambda df: float(_cm_fresh_money(df).sum())),
        ("Sold Fresh (gal)", "Price/Gal"),
    ),
    Q(
        "which year was best for that",
        _year(lambda df: int(_cm_fresh_money(df).groupby(_cm_year(df)).sum().idxmax())),
        ("Date", "Sold Fresh (gal)", "Price/Gal"),
    ),
]


HELDOUT342: list[Dataset] = [
    Dataset("kennel_boarding", _kennel_frame, _KB_QS),
    Dataset("vet_appointments", _vet_frame, _VC_QS),
    Dataset("maple_boil_log", _maple_frame, _MS_QS),
    Dataset("readymix_tickets", _readymix_frame, _RM_QS),
    Dataset("asphalt_bids", _asphalt_frame, _AP_QS),
    Dataset("translation_jobs", _translation_frame, _TA_QS),
    Dataset("cider_pressing", _cider_frame, _CM_QS),
]
