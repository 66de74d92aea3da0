"""HELDOUT334: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small club, shop or office keeps in a spreadsheet: a sporting
clays club's round scores (2023 to 2024, one row per round, shooters returning week after week) with Date as
"03/16/2024", Shooter as "First Last", Class (AA, A, B, C, D, now and then blank for a new shooter), Member (Y/N),
Gauge ("12", "20", "28" or ".410", read back as numbers, .410 as 0.41), Course ("Course 1 - Woods", "Course 2 -
Creek", "Course 3 - Meadow"), "Targets Thrown" (50 or 100), "Targets Broken" (blank for a round not finished),
"Round Fee" as "$38.00" (members pay less, 100 targets cost more) and "Cart Rental" (Y/N); a dance studio's recital
costume orders (one row per costume, a student ordering one per class she is in) with "Order Date" as "2024-01-22",
Student as "Last, First", Class ("Ballet 2", "Tap 1", "Hip Hop Teen", ...), "Age Group" ("Tiny Tots", Junior,
Teen, Senior), Costume (a name like "Sugar Plum"), Size (child "CXS" to "CXL", adult "AXS" to "AL"), Price as
"$72.00", "Deposit Paid" as "$35.00" (blank when none), "Balance Due" as "$37.00" ("$0.00" when paid in full) and
"Picked Up" (Y/N); a county fair's 4-H project records (one row per project, members with several projects) with
Member, Club ("Clover Kids", "Happy Hustlers", ...), Age (8 to 18), "Project Area" (Livestock, Foods, Sewing,
Photography), Animal (Steer, Hog, Lamb, Goat, Rabbit, Poultry for livestock, blank otherwise), "Weight (lbs)"
(blank unless livestock), Placing (Blue, Red, White), "Sale Price" as "$3,150.00" (livestock sold at the auction,
blank otherwise), Buyer (a local business, blank unless sold), "Premium $" (by placing) and a last "TOTAL" row that
sums the premiums and sale prices; a greyhound adoption group's dogs (2021 to 2024, one row per dog) with "Dog
Name", Sex (M/F), "Age (yrs)" (one decimal), "Racing Name" in upper case ("KIOWA SWEET PEA"), Track, Color
("Brindle", "Black", "Red Fawn", "White & Black", ...), "Arrival Date" as "3/14/2023", "Foster Home" (a family
name), "Adopted Date" (same format, blank for dogs still waiting), "Adoption Fee" as "$275" (blank when not adopted)
and "Cat Safe" (Y, N or Untested); a landscaping company's crew job log (March to November, 2023 to 2024, one row
per job) with "Job Date" as "2024-05-03", Crew ("Crew 1" to "Crew 4"), Customer, Service (Mowing, Mulch, Cleanup,
Planting, now and then lower case), Hours (quarter hours), "Crew Size" (2 to 5), "Materials $" (blank when none),
"Labor $" (hours x crew size x a rate), "Invoice Total" (labor plus materials, plain numbers), Paid (Y/N) and Zip
(Massachusetts zips such as "01545", so the leading zero is lost when read back); a dry cleaner's ticket log (2024,
one row per garment line, several lines per ticket) with "Ticket #" (a number repeated across a ticket's lines),
"Drop Off Date", "Promised Date" and "Picked Up Date" as "6/3/2024" (picked up blank when still waiting), Customer
("Last, First"), Items (garments on the line), "Garment Type" (Shirt, Pants, Suit, Dress, Coat, Sweater, Skirt),
Service ("Dry Clean", Press, Alteration), Price as "$14.50" for the line and Rush (Y/N, one per ticket); and a
small claims court's case filings (2022 to 2024, one row per case) with "Case No" as "SC-2023-00412", "Filed Date"
as "01/05/2023", "Plaintiff Type" (Individual, Business), "Claim Amount" as "$2,500.00", "Hearing Date" (blank when
not yet heard), Judgment (Plaintiff, Defendant, Dismissed, Settled, blank while pending), "Amount Awarded" (blank
unless the plaintiff won), "Court Fee" ($30, $50 or $75 by claim size) and County (now and then in upper case).
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
from .heldout333 import _FIRST, _LAST, _date, _either_count, _flag, _sorted_by
from .offline_eval import Check, Dataset, Q, either, month_names
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one


def _either_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_lead(_named(v)) for v in values))


def _month(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month by name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


def _person(rng: np.random.Generator, last_first: bool = False) -> str:
    first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
    return f"{last}, {first}" if last_first else f"{first} {last}"


# --- 1. Sporting clays round scores --------------------------------------------------------------------------------

_SC_CLASSES = {"AA": (1, 0.88), "A": (2, 0.80), "B": (4, 0.70), "C": (5, 0.60), "D": (3, 0.48)}
_SC_COURSES = ["Course 1 - Woods", "Course 2 - Creek", "Course 3 - Meadow"]


def _clays_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33401)
    shooters = []
    for _ in range(90):
        cls = str(_one(rng, list(_SC_CLASSES), [v[0] for v in _SC_CLASSES.values()]))
        shooters.append((_person(rng), cls, rng.random() < 0.6, float(rng.uniform(0.3, 3))))
    weights = np.array([s[3] for s in shooters])
    days = pd.date_range("2023-01-01", "2024-12-31")
    dw = np.where(days.dayofweek >= 5, 4.0, 1.0) * np.where(days.month.isin([12, 1, 2]), 0.5, 1.0)
    rows: list[dict[str, Any]] = []
    for _ in range(1400):
        name, cls, member, _w = shooters[int(rng.choice(len(shooters), p=weights / weights.sum()))]
        day = days[int(rng.choice(len(days), p=dw / dw.sum()))]
        thrown = int(_one(rng, [50, 100], [2, 3]))
        course = str(_one(rng, _SC_COURSES))
        rate = _SC_CLASSES[cls][1] - (0.05 if course.endswith("Woods") else 0) + float(rng.normal(0, 0.06))
        broken = int(rng.binomial(thrown, float(np.clip(rate, 0.2, 0.99))))
        fee = (22 if thrown == 50 else 38) - (6 if member else 0)
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Shooter": name,
                "Class": "" if rng.random() < 0.03 else cls,
                "Member": "Y" if member else "N",
                "Gauge": str(_one(rng, ["12", "20", "28", ".410"], [10, 4, 2, 1])),
                "Course": course,
                "Targets Thrown": thrown,
                "Targets Broken": "" if rng.random() < 0.02 else broken,
                "Round Fee": f"${fee:.2f}",
                "Cart Rental": "Y" if rng.random() < (0.25 if member else 0.45) else "N",
            }
        )
    return _sorted_by(pd.DataFrame(rows), "Date", "%m/%d/%Y")


def _sc_rates(df: pd.DataFrame, per_round: bool) -> pd.Series:
    cls = _text(df, "Class")
    broken, thrown = _num(df, "Targets Broken"), _num(df, "Targets Thrown")
    ok = (cls != "") & broken.notna()
    if per_round:
        return (broken / thrown)[ok].groupby(cls[ok]).mean()
    return broken[ok].groupby(cls[ok]).sum() / thrown[ok].groupby(cls[ok]).sum()


_SC_QS = [
    Q(
        "how many rounds were shot in 2024",
        _count(lambda df: int((_date(df, "Date", "%m/%d/%Y").dt.year == 2024).sum())),
        ("Date",),
    ),
    Q(
        "which class has the worst hit percentage",
        _either_named(lambda df: _top(_sc_rates(df, False), lowest=True), lambda df: _top(_sc_rates(df, True), True)),
        ("Class", "Targets Broken", "Targets Thrown"),
    ),
    Q(
        "total round fees collected in 2023?",
        _amount(lambda df: float(_num(df, "Round Fee")[_date(df, "Date", "%m/%d/%Y").dt.year == 2023].sum())),
        ("Round Fee", "Date"),
    ),
    Q("what percent of rounds had a cart", _share(lambda df: float(_flag(df, "Cart Rental").mean())), ("Cart Rental",)),
    Q(
        "and for members?",
        _share(lambda df: float(_flag(df, "Cart Rental")[_flag(df, "Member")].mean())),
        ("Cart Rental", "Member"),
    ),
    Q(
        "who shot the most rounds",
        _lead(_named(lambda df: _top(_text(df, "Shooter").value_counts()))),
        ("Shooter",),
    ),
]


# --- 2. Dance recital costume orders -------------------------------------------------------------------------------

_DR_CLASSES = {
    "Tiny Tots": ["Creative Movement", "Tiny Tap", "Pre-Ballet"],
    "Junior": ["Ballet 1", "Tap 1", "Jazz 1", "Hip Hop Jr"],
    "Teen": ["Ballet 2", "Tap 2", "Jazz 2", "Hip Hop Teen", "Lyrical"],
    "Senior": ["Ballet 3", "Pointe", "Contemporary", "Lyrical Senior"],
}
_DR_SIZES = {"Tiny Tots": ["CXS", "CS"], "Junior": ["CS", "CM", "CL", "CXL"], "Teen": ["CL", "CXL", "AXS", "AS"]}
_DR_SIZES["Senior"] = ["AXS", "AS", "AM", "AL"]
_DR_COSTUMES = ["Sugar Plum", "Starlight", "Rockin Robin", "Midnight Jazz", "Ocean Breeze", "Firefly", "Candy Crush"]
_DR_COSTUMES += ["Snow Queen", "Street Beat", "Lullaby", "Electric Blue", "Rose Garden"]


def _dance_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33402)
    rows: list[dict[str, Any]] = []
    costumes: dict[str, tuple[str, int]] = {}
    for classes in _DR_CLASSES.values():
        for c in classes:
            costumes[c] = (str(_one(rng, _DR_COSTUMES)), int(_one(rng, [55, 62, 68, 72, 78, 85, 95])))
    days = pd.date_range("2024-01-08", "2024-03-15")
    for _ in range(330):
        group = str(_one(rng, list(_DR_CLASSES), [2, 4, 3, 2]))
        student = _person(rng, last_first=True)
        size = str(_one(rng, _DR_SIZES[group]))
        picked = rng.random() < 0.7
        k = int(_one(rng, [1, 2, 3], [5, 3, 1]))
        for c in rng.choice(_DR_CLASSES[group], size=min(k, len(_DR_CLASSES[group])), replace=False):
            name, price = costumes[str(c)]
            price += 8 if size.startswith("A") else 0
            roll = rng.random()
            deposit = price if roll < 0.35 else (0 if roll < 0.5 else int(_one(rng, [25, 30, 35])))
            day = days[int(rng.integers(len(days)))]
            rows.append(
                {
                    "Order Date": f"{day:%Y-%m-%d}",
                    "Student": student,
                    "Class": str(c),
                    "Age Group": group,
                    "Costume": name,
                    "Size": size,
                    "Price": f"${price:.2f}",
                    "Deposit Paid": "" if deposit == 0 else f"${deposit:.2f}",
                    "Balance Due": f"${price - deposit:.2f}",
                    "Picked Up": "Y" if picked and rng.random() < 0.95 else "N",
                }
            )
    return _sorted_by(pd.DataFrame(rows), "Order Date", "%Y-%m-%d")


def _dr_waiting(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Picked Up").str.upper() == "N"


_DR_QS = [
    Q(
        "how many different kids ordered costumes",
        _count(lambda df: int(_text(df, "Student").nunique())),
        ("Student",),
    ),
    Q(
        "how much money is still owed in total",
        _amount(lambda df: float(_num(df, "Balance Due").sum())),
        ("Balance Due",),
    ),
    Q("what size do we order the most", _lead(_named(lambda df: _top(_text(df, "Size").value_counts()))), ("Size",)),
    Q(
        "whats the average costume price for teens",
        _typical(lambda df: _num(df, "Price")[_text(df, "Age Group") == "Teen"]),
        ("Price", "Age Group"),
    ),
    Q(
        "how many costumes havent been picked up yet",
        _count(lambda df: int(_dr_waiting(df).sum())),
        ("Picked Up",),
    ),
    Q(
        "how many of those still have a balance",
        _count(lambda df: int((_dr_waiting(df) & (_num(df, "Balance Due") > 0)).sum())),
        ("Picked Up", "Balance Due"),
    ),
]


# --- 3. County fair 4-H project records ----------------------------------------------------------------------------

_FH_CLUBS = ["Clover Kids", "Happy Hustlers", "Prairie Pioneers", "Busy Beavers", "Silver Spurs", "Green Acres"]
# animal: weight range (lbs), sale $ per lb range
_FH_ANIMALS = {"Steer": ((1150, 1450), (2.5, 4.5)), "Hog": ((240, 300), (4, 9)), "Lamb": ((115, 150), (6, 14))}
_FH_ANIMALS |= {"Goat": ((70, 110), (7, 16)), "Rabbit": ((8, 12), (15, 40)), "Poultry": ((5, 9), (20, 50))}
_FH_BUYERS = ["Farm Bureau Insurance", "Tractor Supply", "First State Bank", "Miller Feed & Grain", "Hy-Vee"]
_FH_BUYERS += ["Dairy Queen", "Johnson Auction Co.", "County Co-op", "Smith Family Dentistry"]
_FH_PREMIUM = {"Blue": 12, "Red": 8, "White": 5}


def _fair_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33403)
    rows: list[dict[str, Any]] = []
    for _ in range(260):
        member = _person(rng)
        club = str(_one(rng, _FH_CLUBS, [3, 2, 2, 1.5, 1, 1]))
        age = int(rng.integers(8, 19))
        for _p in range(int(_one(rng, [1, 2, 3, 4], [3, 4, 2, 1]))):
            area = str(_one(rng, ["Livestock", "Foods", "Sewing", "Photography"], [5, 3, 1.5, 2]))
            placing = str(_one(rng, ["Blue", "Red", "White"], [4 + (age - 8) / 3, 4, 2]))
            row: dict[str, Any] = {"Member": member, "Club": club, "Age": age, "Project Area": area}
            row |= {"Animal": "", "Weight (lbs)": "", "Placing": placing, "Sale Price": "", "Buyer": ""}
            if area == "Livestock":
                animal = str(_one(rng, list(_FH_ANIMALS), [2, 3, 2, 2, 2, 1]))
                (lo, hi), (plo, phi) = _FH_ANIMALS[animal]
                weight = float(rng.uniform(lo, hi))
                row["Animal"] = animal
                row["Weight (lbs)"] = round(weight) if weight > 20 else round(weight, 1)
                if rng.random() < 0.8:
                    per = float(rng.uniform(plo, phi)) * {"Blue": 1.2, "Red": 1.0, "White": 0.9}[placing]
                    row["Sale Price"] = round(weight * per / 5) * 5
                    row["Buyer"] = str(_one(rng, _FH_BUYERS))
            row["Premium $"] = _FH_PREMIUM[placing] + (3 if area == "Livestock" else 0)
            rows.append(row)
    frame = pd.DataFrame(rows)
    sales = pd.to_numeric(frame["Sale Price"], errors="coerce")
    frame["Sale Price"] = [f"${v:,.2f}" if v == v else "" for v in sales]
    total = {c: "" for c in frame.columns} | {"Member": "TOTAL", "Premium $": int(frame["Premium $"].sum())}
    total["Sale Price"] = f"${sales.sum():,.2f}"
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _fh(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Member").str.upper() != "TOTAL"]


_FH_QS = [
    Q(
        "how many kids showed livestock",
        _either_count(
            lambda df: int(_fh(df)[_text(_fh(df), "Project Area") == "Livestock"]["Member"].nunique()),
            lambda df: int((_text(_fh(df), "Project Area") == "Livestock").sum()),
        ),
        ("Member", "Project Area"),
    ),
    Q(
        "what do steers weigh on average",
        _typical(lambda df: _num(df, "Weight (lbs)")[_text(df, "Animal") == "Steer"]),
        ("Weight (lbs)", "Animal"),
    ),
    Q(
        "which club got the most blue ribbons",
        _lead(_named(lambda df: _top(_text(_fh(df), "Club")[_text(_fh(df), "Placing") == "Blue"].value_counts()))),
        ("Club", "Placing"),
    ),
    Q(
        "how much premium money was paid out altogether",
        _amount(lambda df: float(_num(_fh(df), "Premium $").sum())),
        ("Premium $",),
    ),
    Q(
        "is there a relationship between an animal's weight and what it sold for",
        _corr(
            lambda d: _num(_fh(d), "Weight (lbs)")[_num(_fh(d), "Sale Price").notna()],
            lambda d: _num(_fh(d), "Sale Price")[_num(_fh(d), "Sale Price").notna()],
        ),
        ("Weight (lbs)", "Sale Price"),
    ),
    Q(
        "which buyer spent the most at the auction",
        _lead(_named(lambda df: _top(_num(_fh(df), "Sale Price").groupby(_text(_fh(df), "Buyer")).sum()))),
        ("Buyer", "Sale Price"),
    ),
]


# --- 4. Greyhound adoption group dogs ------------------------------------------------------------------------------

_GH_NAMES = ["Bella", "Rocket", "Luna", "Dash", "Ziggy", "Pepper", "Blue", "Sadie", "Bolt", "Maggie", "Ollie"]
_GH_NAMES += ["Rosie", "Hank", "Daisy", "Jet", "Willow", "Buster", "Nova", "Tank", "Ruby", "Flash", "Hazel"]
_GH_RACING = ["KIOWA", "FLYING", "CET", "BRT", "SUPER C", "GOLDEN", "AJN", "LEXI", "JS", "ATASCOCITA"]
_GH_RACING2 = ["SWEET PEA", "BOLT", "ROCKET MAN", "LADY", "JET", "MIDNIGHT", "SHADOW", "ROYAL", "BLAZE", "STORM"]
_GH_TRACKS = {"Southland": 5, "Wheeling": 3, "Derby Lane": 3, "Tri-State": 1.5, "Palm Beach": 2, "Daytona": 1}
_GH_COLORS = {"Brindle": 5, "Black": 4, "Red Fawn": 2, "Fawn": 2, "White & Black": 1.5, "Blue": 1}
_GH_COLORS |= {"White & Brindle": 1}
_GH_FOSTERS = ["Anderson", "Baker", "Carter", "Dunn", "Ellis", "Foster", "Garcia", "Hughes", "Iverson"]


def _greyhound_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33404)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    for _ in range(420):
        arrival = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 1460)))
        age = round(float(np.clip(rng.normal(3.6, 1.1), 1.8, 7.5)), 1)
        cat = str(_one(rng, ["Y", "N", "Untested"], [4, 2.5, 2]))
        wait = int(rng.gamma(2.0, 18 + 6 * (age - 2) + (15 if cat == "N" else 0)))
        adopted = arrival + pd.Timedelta(days=wait)
        done = adopted <= end
        rows.append(
            {
                "Dog Name": str(_one(rng, _GH_NAMES)),
                "Sex": str(_one(rng, ["M", "F"])),
                "Age (yrs)": age,
                "Racing Name": f"{_one(rng, _GH_RACING)} {_one(rng, _GH_RACING2)}",
                "Track": str(_one(rng, list(_GH_TRACKS), list(_GH_TRACKS.values()))),
                "Color": str(_one(rng, list(_GH_COLORS), list(_GH_COLORS.values()))),
                "Arrival Date": f"{arrival.month}/{arrival.day}/{arrival.year}",
                "Foster Home": str(_one(rng, _GH_FOSTERS)),
                "Adopted Date": f"{adopted.month}/{adopted.day}/{adopted.year}" if done else "",
                "Adoption Fee": (f"${150 if age >= 6 else 275}" if done else ""),
                "Cat Safe": cat,
            }
        )
    return _sorted_by(pd.DataFrame(rows), "Arrival Date", "%m/%d/%Y")


def _gh_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Adopted Date", "%m/%d/%Y") - _date(df, "Arrival Date", "%m/%d/%Y")).dt.days


_GH_QS = [
    Q(
        "how many dogs are still waiting for a home",
        _count(lambda df: int((_text(df, "Adopted Date") == "").sum())),
        ("Adopted Date",),
    ),
    Q(
        "how long does it usually take for a dog to get adopted",
        _typical(lambda df: _gh_days(df).dropna()),
        ("Arrival Date", "Adopted Date"),
    ),
    Q(
        "which track did most of our dogs come from",
        _lead(_named(lambda df: _top(_text(df, "Track").value_counts()))),
        ("Track",),
    ),
    Q(
        "what percent of the dogs are ok with cats",
        either(
            _share(lambda df: float((_text(df, "Cat Safe") == "Y").mean())),
            _share(lambda df: float((_text(df, "Cat Safe") == "Y")[_text(df, "Cat Safe") != "Untested"].mean())),
        ),
        ("Cat Safe",),
    ),
    Q(
        "which year had the most adoptions",
        _year(lambda df: int(_date(df, "Adopted Date", "%m/%d/%Y").dt.year.value_counts().idxmax())),
        ("Adopted Date",),
    ),
    Q(
        "do older dogs take longer to get adopted",
        _corr(lambda d: _num(d, "Age (yrs)")[_gh_days(d).notna()], lambda d: _gh_days(d).dropna()),
        ("Age (yrs)", "Arrival Date", "Adopted Date"),
    ),
]


# --- 5. Landscaping crew job log -----------------------------------------------------------------------------------

# service: weight, hours (mean), materials $ range (None: no materials)
_LS_SERVICES = {"Mowing": (8, 1.5, None), "Mulch": (3, 4.0, (150, 700)), "Cleanup": (3, 5.0, None)}
_LS_SERVICES |= {"Planting": (2, 6.0, (200, 1800))}
_LS_ZIPS = ["01545", "01581", "01520", "01532", "01605", "01772", "01752"]
_LS_CUSTOMERS = [f"{_f} {_l}" for _f, _l in zip(_FIRST * 2, _LAST * 2, strict=False)][:60]


def _landscape_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33405)
    days = pd.DatetimeIndex([d for d in pd.date_range("2023-03-01", "2024-11-30") if 3 <= d.month <= 11])
    dw = np.where(days.dayofweek == 6, 0.0, 1.0) * np.where(days.month.isin([5, 6, 9]), 1.8, 1.0)
    rows: list[dict[str, Any]] = []
    for _ in range(1600):
        day = days[int(rng.choice(len(days), p=dw / dw.sum()))]
        service = str(_one(rng, list(_LS_SERVICES), [v[0] for v in _LS_SERVICES.values()]))
        _w, mean_hours, materials_range = _LS_SERVICES[service]
        hours = float(np.clip(round(rng.normal(mean_hours, mean_hours * 0.3) * 4) / 4, 0.5, 10))
        crew_size = int(_one(rng, [2, 3, 4, 5], [4, 4, 2, 1]))
        labor = round(hours * crew_size * 45, 2)
        materials = round(float(rng.uniform(*materials_range)), 2) if materials_range else 0.0
        rows.append(
            {
                "Job Date": f"{day:%Y-%m-%d}",
                "Crew": f"Crew {_one(rng, [1, 2, 3, 4], [3, 3, 2, 2])}",
                "Customer": str(_one(rng, _LS_CUSTOMERS)),
                "Service": service.lower() if rng.random() < 0.05 else service,
                "Hours": hours,
                "Crew Size": crew_size,
                "Materials $": materials if materials else "",
                "Labor $": labor,
                "Invoice Total": round(labor + materials, 2),
                "Paid": "Y" if rng.random() < 0.88 else "N",
                "Zip": str(_one(rng, _LS_ZIPS, [4, 3, 2, 2, 1, 1, 1])),
            }
        )
    return _sorted_by(pd.DataFrame(rows), "Job Date", "%Y-%m-%d")


def _ls_service(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Service").str.title()


def _ls_2024(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Job Date", "%Y-%m-%d").dt.year == 2024


_LS_QS = [
    Q(
        "how much did we bill in 2024",
        _amount(lambda df: float(_num(df, "Invoice Total")[_ls_2024(df)].sum())),
        ("Invoice Total", "Job Date"),
    ),
    Q(
        "which service makes the most per job",
        _lead(_named(lambda df: _top(_num(df, "Invoice Total").groupby(_ls_service(df)).mean()))),
        ("Service", "Invoice Total"),
    ),
    Q(
        "how much is still unpaid",
        _amount(lambda df: float(_num(df, "Invoice Total")[_text(df, "Paid").str.upper() == "N"].sum())),
        ("Invoice Total", "Paid"),
    ),
    Q(
        "which crew put in the most hours",
        _either_named(
            lambda df: _top(_num(df, "Hours").groupby(_text(df, "Crew")).sum()),
            lambda df: _top((_num(df, "Hours") * _num(df, "Crew Size")).groupby(_text(df, "Crew")).sum()),
        ),
        ("Crew", "Hours", "Crew Size"),
    ),
    Q(
        "what was our busiest month in 2024",
        _lead(_month(lambda df: int(_date(df, "Job Date", "%Y-%m-%d")[_ls_2024(df)].dt.month.value_counts().idxmax()))),
        ("Job Date",),
    ),
    Q(
        "how many jobs were in 01545",
        _count(lambda df: int((_num(df, "Zip") == 1545).sum())),
        ("Zip",),
    ),
]


# --- 6. Dry cleaner ticket log -------------------------------------------------------------------------------------

# garment: weight, dry clean $, press $, alteration $
_DC_GARMENTS = {"Shirt": (8, 6.5, 3.5, 15), "Pants": (5, 8.5, 5, 18), "Suit": (2, 18, 12, 45), "Dress": (2, 14, 9, 35)}
_DC_GARMENTS |= {"Coat": (1.5, 22, 14, 40), "Sweater": (2, 9, 6, 20), "Skirt": (1.5, 9, 6, 22)}


def _cleaner_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33406)
    customers = [_person(rng, last_first=True) for _ in range(140)]
    cw = rng.uniform(0.3, 3, len(customers))
    rows: list[dict[str, Any]] = []
    ticket = 20450
    for _ in range(700):
        ticket += 1
        drop = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 360)))
        rush = rng.random() < 0.12
        promised = drop + pd.Timedelta(days=1 if rush else int(_one(rng, [2, 3, 4], [2, 3, 1])))
        roll = rng.random()
        if (drop > pd.Timestamp("2024-12-20") and roll < 0.7) or roll < 0.05:
            picked = ""
        else:
            late = int(rng.integers(1, 20)) if roll > 0.8 else 0
            when = promised + pd.Timedelta(days=late)
            picked = f"{when.month}/{when.day}/{when.year}"
        customer = customers[int(rng.choice(len(customers), p=cw / cw.sum()))]
        n_lines = int(_one(rng, [1, 2, 3], [5, 3, 1]))
        for garment in rng.choice(list(_DC_GARMENTS), size=n_lines, replace=False):
            g = _DC_GARMENTS[str(garment)]
            service = str(_one(rng, ["Dry Clean", "Press", "Alteration"], [6, 3, 1]))
            items = int(_one(rng, [1, 2, 3, 4, 5], [5, 3, 2, 1, 1])) if service != "Alteration" else 1
            unit = {"Dry Clean": g[1], "Press": g[2], "Alteration": g[3]}[service] * (1.5 if rush else 1)
            rows.append(
                {
                    "Ticket #": ticket,
                    "Drop Off Date": f"{drop.month}/{drop.day}/{drop.year}",
                    "Promised Date": f"{promised.month}/{promised.day}/{promised.year}",
                    "Picked Up Date": picked,
                    "Customer": customer,
                    "Items": items,
                    "Garment Type": str(garment),
                    "Service": service,
                    "Price": f"${unit * items:.2f}",
                    "Rush": "Y" if rush else "N",
                }
            )
    return pd.DataFrame(rows)


def _dc_open(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Picked Up Date") == ""


def _dc_late(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Picked Up Date", "%m/%d/%Y") > _date(df, "Promised Date", "%m/%d/%Y")


_DC_QS = [
    Q("how many tickets are there", _count(lambda df: int(df["Ticket #"].nunique())), ("Ticket #",)),
    Q(
        "what kind of garment do we get the most",
        _either_named(
            lambda df: _top(_num(df, "Items").groupby(_text(df, "Garment Type")).sum()),
            lambda df: _top(_text(df, "Garment Type").value_counts()),
        ),
        ("Garment Type", "Items"),
    ),
    Q(
        "how many tickets were picked up after the promised date",
        _either_count(lambda df: int(df.loc[_dc_late(df), "Ticket #"].nunique()), lambda df: int(_dc_late(df).sum())),
        ("Ticket #", "Picked Up Date", "Promised Date"),
    ),
    Q(
        "total sales from alterations",
        _amount(lambda df: float(_num(df, "Price")[_text(df, "Service") == "Alteration"].sum())),
        ("Price", "Service"),
    ),
    Q(
        "how many tickets are still waiting to be picked up",
        _count(lambda df: int(df.loc[_dc_open(df), "Ticket #"].nunique())),
        ("Ticket #", "Picked Up Date"),
    ),
    Q(
        "which customer has the most items waiting",
        _lead(
            _named(lambda df: _top(_num(df, "Items")[_dc_open(df)].groupby(_text(df, "Customer")[_dc_open(df)]).sum()))
        ),
        ("Customer", "Items", "Picked Up Date"),
    ),
]


# --- 7. Small claims court case filings ----------------------------------------------------------------------------

_CL_COUNTIES = {"Franklin": 5, "Delaware": 2, "Licking": 1.5, "Fairfield": 1.5, "Pickaway": 0.7, "Union": 0.8}


def _claims_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33407)
    rows: list[dict[str, Any]] = []
    for _ in range(2100):
        filed = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 1090)))
        business = rng.random() < 0.4
        claim = float(np.clip(rng.lognormal(7.4 if business else 7.7, 0.8), 100, 6000))
        claim = round(claim, 2) if rng.random() < 0.5 else round(claim / 50) * 50
        fee = 30 if claim < 500 else (50 if claim < 3000 else 75)
        hearing = filed + pd.Timedelta(days=int(rng.normal(62, 15)))
        heard = hearing <= pd.Timestamp("2024-12-31") and rng.random() < 0.97
        judgment = ""
        if heard:
            judgment = str(
                _one(
                    rng, ["Plaintiff", "Defendant", "Dismissed", "Settled"], [7, 2, 2, 2] if business else [5, 3, 2, 2]
                )
            )
        awarded = round(claim * float(rng.uniform(0.5, 1.0)), 2) if judgment == "Plaintiff" else None
        county = str(_one(rng, list(_CL_COUNTIES), list(_CL_COUNTIES.values())))
        rows.append(
            {
                "Case No": "",
                "Filed Date": f"{filed:%m/%d/%Y}",
                "Plaintiff Type": "Business" if business else "Individual",
                "Claim Amount": f"${claim:,.2f}",
                "Hearing Date": f"{hearing:%m/%d/%Y}" if heard else "",
                "Judgment": judgment,
                "Amount Awarded": f"${awarded:,.2f}" if awarded is not None else "",
                "Court Fee": f"${fee}",
                "County": county.upper() if rng.random() < 0.06 else county,
            }
        )
    frame = _sorted_by(pd.DataFrame(rows), "Filed Date", "%m/%d/%Y")
    year = frame["Filed Date"].str[-4:]
    frame["Case No"] = "SC-" + year + "-" + (frame.groupby(year).cumcount() + 1).map("{:05d}".format)
    return frame


def _cl_rates(df: pd.DataFrame, business: bool | None) -> tuple[float, float]:
    """Plaintiff wins over every case and over decided cases (business plaintiffs only when `business`)."""
    j = _text(df, "Judgment")
    keep = (_text(df, "Plaintiff Type") == "Business") if business else pd.Series(True, index=df.index)
    won = j[keep] == "Plaintiff"
    return float(won.mean()), float(won[j[keep] != ""].mean())


def _win_check(business: bool | None) -> Check:
    return either(*(_share(lambda d, i=i: _cl_rates(d, business)[i]) for i in range(2)))


_CL_QS = [
    Q(
        "how many cases were filed in 2023",
        _count(lambda df: int((_date(df, "Filed Date", "%m/%d/%Y").dt.year == 2023).sum())),
        ("Filed Date",),
    ),
    Q("whats the typical claim amount", _typical(lambda df: _num(df, "Claim Amount")), ("Claim Amount",)),
    Q("how often does the plaintiff win", _win_check(None), ("Judgment",)),
    Q("and when the plaintiff is a business?", _win_check(True), ("Judgment", "Plaintiff Type")),
    Q(
        "which county has the most cases",
        _lead(_named(lambda df: _top(_text(df, "County").str.title().value_counts()))),
        ("County",),
    ),
    Q(
        "on average how long from filing to the hearing",
        _typical(
            lambda df: (_date(df, "Hearing Date", "%m/%d/%Y") - _date(df, "Filed Date", "%m/%d/%Y")).dt.days.dropna()
        ),
        ("Filed Date", "Hearing Date"),
    ),
]


HELDOUT334 = [
    Dataset("sporting_clays_rounds", _clays_frame, _SC_QS),
    Dataset("dance_recital_costume_orders", _dance_frame, _DR_QS),
    Dataset("county_fair_4h_projects", _fair_frame, _FH_QS),
    Dataset("greyhound_adoption_dogs", _greyhound_frame, _GH_QS),
    Dataset("landscaping_crew_jobs", _landscape_frame, _LS_QS),
    Dataset("dry_cleaner_tickets", _cleaner_frame, _DC_QS),
    Dataset("small_claims_filings", _claims_frame, _CL_QS),
]
