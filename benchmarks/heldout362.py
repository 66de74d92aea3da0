"""HELDOUT362: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a tutoring center's session log
(2023 and 2024, one row per session, students coming back again and again) with "Session Date" as "3/14/2024",
Student as "First Last", Grade ("6th" to "12th"), Subject (Algebra, Geometry, Chemistry, Biology, SAT Prep,
Reading; now and then upper case), Tutor (a first name), Minutes (30, 45, 60 or 90), "Rate/Hr" as "$55.00" (by
subject, less on a package), Billing ("Package" or "Pay-as-you-go"), "Pre Quiz" and "Post Quiz" (0 to 100; either
blank now and then, the post score usually higher and more so after longer sessions). A canoe livery's trip sheet
(the 2022 to 2024 seasons, May to September, one row per party) with "Trip Date" as "2023-06-14", "Put-In" (Miller's
Bridge, Route 9 Access, Cedar Landing, Hank's Ford; farther put-ins have longer shuttles), Craft (Canoe, Kayak,
Tube; now and then upper case), Boats, Paddlers (one to three a boat by craft), "Shuttle (min)", "Boat Price" as
"$45" (per boat, by craft), "Tipped Over" (Y/N; kayaks and tubes more often) and "Late Return" (Y/N, blank now and
then). A salvage yard's parts sales (2024, one row per part, several parts on one sale) with "Sale #" (a running
number, repeated across the parts of a sale), "Sale Date" as "03/14/2024", Make in upper case (FORD, CHEVROLET,
TOYOTA, HONDA, DODGE, NISSAN), "Model Year" (blank now and then), Part (Alternator, Starter, Door, Headlight,
Transmission, Engine, Tail Light, Mirror, Radiator), Price as "$85.00" (by part, older cars cheaper, a discount
when the customer pulls the part), "Warranty Days" ("AS IS" for no warranty, otherwise 30 or 90), Returned (Y/N;
engines and transmissions come back more) and "Pulled By Customer" (YES/NO). A compost facility's gate tickets
(2023 and 2024, one row per load) with Ticket as "T-004512", Date as "2024-04-03", "Hauler Type" (Homeowner,
Landscaper, Municipal), Material (Leaves, Brush, Grass; now and then lower case; leaves in the fall, grass in the
summer), "Cubic Yards" (one decimal, municipal loads biggest), "Fee/Yd" as "$8.00" ($0.00 for municipal loads) and
Contaminated (Yes/No, blank now and then). A dry cleaner's order tickets (2024, one row per order) with "Order #"
(a running number), "Drop Off" and "Pick Up" as "03/14/24" (pick-up blank for orders still on the rack), Shirts,
Suits, Dresses (counts), Starch ("No Starch", Light, Medium, Heavy), Total as "$23.50" (by the items, stain
treatment extra), "Stain Tx" (Y/N) and "Late Pickup" (Y/N; Y when picked up more than 14 days after drop-off, blank
while still on the rack). A paintball field's walk-on days (2020 to 2024, weekends, one row per day) with Date as
"2024-03-16", Day (Sat, Sun), Players (0 on the few rained-out days), "Rental Guns", "Paint Cases Sold", "Price/Case"
as "$45.00" (raised over the years), "Field Fee" as "$25.00", "Hours Open" and Injuries (more players, more
injuries). And a falconry experience's bookings (2023 and 2024, one row per booking) with "Booking Ref" as
"FX-1042", Date as "14/03/2024" (day first), "Birds Flown" ("Hawk", "Owl", "Falcon" or two of them as "Hawk & Owl"),
Guests, "Length (mins)" (60, 90, 120 or 180), "Price pp" as "£75" (by length), "Gift Voucher" (Yes/No) and "Weather
OK" (Yes/No; more No in the winter). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date
from .offline_eval import Check, Dataset, Q, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    """A yes/no column as booleans ("Y", "Yes", "TRUE" in any case)."""
    return _text(df, col).str.upper().isin(["Y", "YES", "TRUE"])


def _no(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper().isin(["N", "NO", "FALSE"])


def _both_typical(*values: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Every group's mean appears, or every group's median."""
    return either(
        _about(lambda df: [float(v(df).mean()) for v in values]),
        _about(lambda df: [float(v(df).median()) for v in values]),
    )


def _month_name(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return _lead(check)


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


# --- 1. Tutoring center sessions -----------------------------------------------------------------------------------

# subject: $ per hour pay-as-you-go, weight
_TU_SUBJECTS = {"Algebra": (55.0, 6), "Geometry": (55.0, 3), "Chemistry": (65.0, 3), "Biology": (60.0, 2)}
_TU_SUBJECTS |= {"SAT Prep": (80.0, 4), "Reading": (50.0, 3)}
_TU_TUTORS = ["Priya", "Marcus", "Elena", "Josh", "Hannah", "Omar"]


def _tutoring_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36201)
    students = [
        (_person(rng), int(rng.integers(6, 13)), str(_one(rng, ["Package", "Pay-as-you-go"], [4, 6])))
        for _ in range(140)
    ]
    rows: list[dict[str, Any]] = []
    for _ in range(2600):
        name, grade, billing = students[int(rng.integers(len(students)))]
        day = pd.Timestamp("2023-01-03") + pd.Timedelta(days=int(rng.integers(0, 728)))
        subj = str(_one(rng, list(_TU_SUBJECTS), [w for _, w in _TU_SUBJECTS.values()]))
        if grade < 10 and subj == "SAT Prep":
            subj = "Algebra"
        mins = int(_one(rng, [30, 45, 60, 90], [2, 3, 6, 2] if subj != "SAT Prep" else [0.2, 1, 4, 5]))
        rate = _TU_SUBJECTS[subj][0] - (10.0 if billing == "Package" else 0.0)
        pre = float(np.clip(rng.normal(62, 14), 5, 100))
        post = float(np.clip(pre + rng.normal(2 + mins / 12, 7), 0, 100))
        rows.append(
            {
                "Session Date": f"{day.month}/{day.day}/{day.year}",
                "Student": name,
                "Grade": {6: "6th", 7: "7th", 8: "8th", 9: "9th", 10: "10th", 11: "11th", 12: "12th"}[grade],
                "Subject": subj.upper() if rng.random() < 0.04 else subj,
                "Tutor": str(_one(rng, _TU_TUTORS)),
                "Minutes": mins,
                "Rate/Hr": f"${rate:,.2f}",
                "Billing": billing,
                "Pre Quiz": "" if rng.random() < 0.06 else round(pre),
                "Post Quiz": "" if rng.random() < 0.08 else round(post),
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Session Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _tu_subject(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Subject").str.upper()


def _tu_gain(subject: str | None) -> Callable[[pd.DataFrame], pd.Series]:
    def value(df: pd.DataFrame) -> pd.Series:
        gain = (_num(df, "Post Quiz") - _num(df, "Pre Quiz")).dropna()
        return gain if subject is None else gain[_tu_subject(df).loc[gain.index] == subject.upper()]

    return value


_TU_QS = [
    Q(
        "how many different students do we tutor",
        _count(lambda df: int(_text(df, "Student").nunique())),
        ("Student",),
    ),
    Q(
        "what subject do kids book most",
        _lead(_named(lambda df: _top(_text(df, "Subject").str.title().value_counts()).replace("Sat ", "SAT "))),
        ("Subject",),
    ),
    Q(
        "how long is a typical sat prep session",
        _typical(lambda df: _num(df, "Minutes")[_tu_subject(df) == "SAT PREP"]),
        ("Minutes", "Subject"),
    ),
    Q(
        "what percent of sessions are on a package",
        _share(lambda df: float((_text(df, "Billing").str.lower() == "package").mean())),
        ("Billing",),
    ),
    Q(
        "on average how many points do students gain from the before quiz to the after quiz",
        _typical(_tu_gain(None)),
        ("Pre Quiz", "Post Quiz"),
    ),
    Q(
        "and just for chemistry?",
        _typical(_tu_gain("Chemistry")),
        ("Pre Quiz", "Post Quiz", "Subject"),
    ),
]


# --- 2. Canoe livery trips -----------------------------------------------------------------------------------------

# put-in: shuttle minutes, weight
_CL_PUTINS = {"Miller's Bridge": (15, 5), "Route 9 Access": (30, 4), "Cedar Landing": (45, 3), "Hank's Ford": (70, 1.5)}
# craft: $ per boat, paddlers per boat (low, high), tip-over chance, weight
_CL_CRAFT = {"Canoe": (45, (1, 3), 0.06, 5), "Kayak": (35, (1, 1), 0.11, 4), "Tube": (15, (1, 1), 0.16, 3)}


def _canoe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36202)
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023, 2024):
        for day in pd.date_range(f"{year}-05-15", f"{year}-09-15"):
            peak = 0.4 + 1.0 * np.exp(-(((day.dayofyear - 195) / 30) ** 2))
            weekend = 1.8 if day.dayofweek >= 5 else 1.0
            for _ in range(int(rng.poisson(2.2 * peak * weekend))):
                put = str(_one(rng, list(_CL_PUTINS), [w for _, w in _CL_PUTINS.values()]))
                craft = str(_one(rng, list(_CL_CRAFT), [c[3] for c in _CL_CRAFT.values()]))
                if craft == "Tube" and put == "Hank's Ford":
                    put = "Miller's Bridge"
                price, (lo, hi), tip, _ = _CL_CRAFT[craft]
                boats = int(rng.integers(1, 6))
                paddlers = sum(int(rng.integers(lo, hi + 1)) for _ in range(boats))
                if craft == "Canoe":
                    paddlers = max(paddlers, boats)
                shuttle = max(5, round(_CL_PUTINS[put][0] + rng.normal(0, 5)))
                late = rng.random() < 0.05 + 0.002 * _CL_PUTINS[put][0]
                rows.append(
                    {
                        "Trip Date": f"{day:%Y-%m-%d}",
                        "Put-In": put,
                        "Craft": craft.upper() if rng.random() < 0.05 else craft,
                        "Boats": boats,
                        "Paddlers": paddlers,
                        "Shuttle (min)": shuttle,
                        "Boat Price": f"${price}",
                        "Tipped Over": "Y" if rng.random() < tip else "N",
                        "Late Return": "" if rng.random() < 0.05 else ("Y" if late else "N"),
                    }
                )
    return pd.DataFrame(rows)


def _cl_craft(df: pd.DataFrame, name: str) -> pd.Series:
    return _text(df, "Craft").str.title() == name


def _cl_tip_rate(craft: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_yes(df, "Tipped Over")[_cl_craft(df, craft)].mean())


def _cl_busiest(by_people: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        month = _date(df, "Trip Date", "%Y-%m-%d").dt.month
        s = _num(df, "Paddlers").groupby(month).sum() if by_people else month.value_counts()
        return int(s.idxmax())

    return value


_CL_QS = [
    Q(
        "how many people went down the river altogether",
        _count(lambda df: int(_num(df, "Paddlers").sum())),
        ("Paddlers",),
    ),
    Q(
        "which month is the busiest",
        either(_month_name(_cl_busiest(False)), _month_name(_cl_busiest(True))),
        ("Trip Date", "Paddlers"),
    ),
    Q(
        "how often do kayaks tip over",
        _share(_cl_tip_rate("Kayak")),
        ("Tipped Over", "Craft"),
    ),
    Q(
        "and canoes?",
        _share(_cl_tip_rate("Canoe")),
        ("Tipped Over", "Craft"),
    ),
    Q(
        "which put in has the longest shuttle",
        _lead(_named(lambda df: _top(_num(df, "Shuttle (min)").groupby(_text(df, "Put-In")).mean()))),
        ("Put-In", "Shuttle (min)"),
    ),
    Q(
        "how much boat rental money did we take in 2023",
        _amount(
            lambda df: float(
                (_num(df, "Boat Price") * _num(df, "Boats"))[_date(df, "Trip Date", "%Y-%m-%d").dt.year == 2023].sum()
            )
        ),
        ("Boat Price", "Boats", "Trip Date"),
    ),
]


# --- 3. Salvage yard parts sales -----------------------------------------------------------------------------------

# part: $ base price, weight, return chance
_SY_PARTS = {
    "Alternator": (65, 6, 0.06), "Starter": (55, 5, 0.06), "Door": (120, 3, 0.02), "Headlight": (45, 6, 0.03),
    "Transmission": (350, 2.5, 0.14), "Engine": (650, 2, 0.16), "Tail Light": (35, 5, 0.02),
    "Mirror": (30, 5, 0.02), "Radiator": (75, 3, 0.07),
}  # fmt: skip
_SY_MAKES = {"FORD": 6, "CHEVROLET": 6, "TOYOTA": 4, "HONDA": 4, "DODGE": 3, "NISSAN": 3}


def _salvage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36203)
    rows: list[dict[str, Any]] = []
    sale = 18300
    for day in pd.date_range("2024-01-02", "2024-12-31"):
        if day.dayofweek == 6:
            continue
        for _ in range(int(rng.poisson(5.0))):
            sale += 1
            pulled = rng.random() < 0.45
            make = str(_one(rng, list(_SY_MAKES), list(_SY_MAKES.values())))
            year = int(rng.integers(1998, 2019))
            for _ in range(int(_one(rng, [1, 2, 3], [7, 2, 1]))):
                part = str(_one(rng, list(_SY_PARTS), [p[1] for p in _SY_PARTS.values()]))
                base, _, ret = _SY_PARTS[part]
                price = base * (0.7 + 0.03 * (year - 1998)) * (0.8 if pulled else 1.0) * float(rng.uniform(0.9, 1.1))
                price = round(price / 5) * 5
                warranty = str(_one(rng, ["AS IS", "30", "90"], [3, 5, 2 if base > 100 else 0.5]))
                rows.append(
                    {
                        "Sale #": sale,
                        "Sale Date": f"{day:%m/%d/%Y}",
                        "Make": make,
                        "Model Year": "" if rng.random() < 0.05 else year,
                        "Part": part,
                        "Price": f"${price:,.2f}",
                        "Warranty Days": warranty,
                        "Returned": "Y" if warranty != "AS IS" and rng.random() < ret else "N",
                        "Pulled By Customer": "YES" if pulled else "NO",
                    }
                )
    return pd.DataFrame(rows)


def _sy_pulled(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Pulled By Customer").str.upper() == "YES"


_SY_QS = [
    Q(
        "what was total revenue for the year",
        _amount(lambda df: float(_num(df, "Price").sum())),
        ("Price",),
    ),
    Q(
        "how many sales did we make",
        either(
            _count(lambda df: int(_num(df, "Sale #").nunique())),
            _count(lambda df: len(df)),
        ),
        ("Sale #",),
    ),
    Q(
        "which part sells for the most on average",
        _lead(_named(lambda df: _top(_num(df, "Price").groupby(_text(df, "Part")).mean()))),
        ("Part", "Price"),
    ),
    Q(
        "what's the return rate on transmissions",
        either(
            _share(lambda df: float(_yes(df, "Returned")[_text(df, "Part") == "Transmission"].mean())),
            _share(
                lambda df: float(
                    _yes(df, "Returned")[
                        (_text(df, "Part") == "Transmission") & (_text(df, "Warranty Days").str.upper() != "AS IS")
                    ].mean()
                )
            ),
        ),
        ("Returned", "Part"),
    ),
    Q(
        "do people who pull the part themselves pay less than when we pull it",
        _both_typical(
            lambda df: _num(df, "Price")[_sy_pulled(df)],
            lambda df: _num(df, "Price")[~_sy_pulled(df)],
        ),
        ("Pulled By Customer", "Price"),
    ),
    Q(
        "how many parts went out with no warranty",
        _count(lambda df: int((_text(df, "Warranty Days").str.upper() == "AS IS").sum())),
        ("Warranty Days",),
    ),
]


# --- 4. Compost facility gate tickets ------------------------------------------------------------------------------

# hauler: $ per yard, mean yards, weight
_CF_HAULERS = {"Homeowner": (10.0, 1.5, 6), "Landscaper": (8.0, 6.0, 4), "Municipal": (0.0, 18.0, 1.2)}


def _compost_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36204)
    rows: list[dict[str, Any]] = []
    ticket = 4100
    for day in pd.date_range("2023-03-01", "2024-12-14"):
        if day.dayofweek == 6 or day.month in (1, 2):
            continue
        doy = day.dayofyear
        leaves = 0.3 + 3.0 * np.exp(-(((doy - 305) / 20) ** 2))
        grass = 0.2 + 1.5 * np.exp(-(((doy - 170) / 45) ** 2))
        brush = 0.8 + 0.6 * np.exp(-(((doy - 120) / 30) ** 2))
        for _ in range(int(rng.poisson(1.6 * (leaves + grass + brush) / 2))):
            ticket += 1
            mat = str(_one(rng, ["Leaves", "Grass", "Brush"], [leaves, grass, brush]))
            hauler = str(_one(rng, list(_CF_HAULERS), [h[2] for h in _CF_HAULERS.values()]))
            fee, yards, _ = _CF_HAULERS[hauler]
            if mat == "Grass":
                fee += 2.0 if fee else 0.0
            cont = rng.random() < (0.04 if hauler == "Landscaper" else 0.09 if hauler == "Homeowner" else 0.15)
            rows.append(
                {
                    "Ticket": f"T-{ticket:06d}",
                    "Date": f"{day:%Y-%m-%d}",
                    "Hauler Type": hauler,
                    "Material": mat.lower() if rng.random() < 0.06 else mat,
                    "Cubic Yards": round(max(0.5, float(rng.gamma(4, yards / 4))), 1),
                    "Fee/Yd": f"${fee:,.2f}",
                    "Contaminated": "" if rng.random() < 0.05 else ("Yes" if cont else "No"),
                }
            )
    return pd.DataFrame(rows)


def _cf_leaves_month(by_yards: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        leaves = _text(df, "Material").str.title() == "Leaves"
        month = _date(df, "Date", "%Y-%m-%d").dt.to_period("M")[leaves]
        s = _num(df, "Cubic Yards")[leaves].groupby(month).sum() if by_yards else month.value_counts()
        return s.idxmax().to_timestamp()

    return value


def _cf_mean_yards(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Cubic Yards").groupby(_text(df, "Hauler Type")).mean()


_CF_QS = [
    Q(
        "how many cubic yards came through the gate in total",
        _about(lambda df: float(_num(df, "Cubic Yards").sum()), rel=0.002),
        ("Cubic Yards",),
    ),
    Q(
        "what month did we get the most leaves",
        either(_month_year(_cf_leaves_month(True)), _month_year(_cf_leaves_month(False))),
        ("Date", "Material", "Cubic Yards"),
    ),
    Q(
        "how much did landscapers pay us in tipping fees",
        _amount(
            lambda df: float(
                (_num(df, "Cubic Yards") * _num(df, "Fee/Yd"))[_text(df, "Hauler Type") == "Landscaper"].sum()
            )
        ),
        ("Hauler Type", "Cubic Yards", "Fee/Yd"),
    ),
    Q(
        "what fraction of loads were contaminated",
        either(
            _share(lambda df: float(_yes(df, "Contaminated").mean())),
            _share(lambda df: float(_yes(df, "Contaminated")[_text(df, "Contaminated") != ""].mean())),
        ),
        ("Contaminated",),
    ),
    Q(
        "who brings in the biggest loads",
        _lead(_named(lambda df: _top(_cf_mean_yards(df)))),
        ("Hauler Type", "Cubic Yards"),
    ),
    Q(
        "and the smallest?",
        _lead(_named(lambda df: _top(_cf_mean_yards(df), lowest=True))),
        ("Hauler Type", "Cubic Yards"),
    ),
]


# --- 5. Dry cleaner orders -----------------------------------------------------------------------------------------


def _dry_cleaner_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36205)
    rows: list[dict[str, Any]] = []
    order = 51000
    for day in pd.date_range("2024-01-02", "2024-12-31"):
        if day.dayofweek == 6:
            continue
        for _ in range(int(rng.poisson(9))):
            order += 1
            shirts = int(rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 8, 10]))
            suits = int(rng.choice([0, 0, 0, 0, 1, 1, 2]))
            dresses = int(rng.choice([0, 0, 0, 0, 0, 1, 2]))
            if shirts + suits + dresses == 0:
                shirts = int(rng.integers(1, 6))
            starch = str(_one(rng, ["No Starch", "Light", "Medium", "Heavy"], [3, 5, 2.5, 1])) if shirts else ""
            stain = rng.random() < 0.18
            total = 3.25 * shirts + 16.5 * suits + 14.0 * dresses + (6.0 if stain else 0.0)
            wait = int(rng.gamma(2.0, 3.5)) + 2
            pickup = day + pd.Timedelta(days=wait)
            open_ = pickup > pd.Timestamp("2024-12-31") or rng.random() < 0.02
            rows.append(
                {
                    "Order #": order,
                    "Drop Off": f"{day:%m/%d/%y}",
                    "Pick Up": "" if open_ else f"{pickup:%m/%d/%y}",
                    "Shirts": shirts,
                    "Suits": suits,
                    "Dresses": dresses,
                    "Starch": starch,
                    "Total": f"${total:,.2f}",
                    "Stain Tx": "Y" if stain else "N",
                    "Late Pickup": "" if open_ else ("Y" if wait > 14 else "N"),
                }
            )
    return pd.DataFrame(rows)


def _dc_wait(df: pd.DataFrame) -> pd.Series:
    days = _date(df, "Pick Up", "%m/%d/%y") - _date(df, "Drop Off", "%m/%d/%y")
    return days.dt.days.dropna()


def _dc_starch(shirts_only: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        s = _text(df, "Starch")
        s = s[(s != "") & (_num(df, "Shirts") > 0)] if shirts_only else s[s != ""]
        return _top(s.value_counts())

    return value


_DC_QS = [
    Q("how many shirts did we do this year", _count(lambda df: int(_num(df, "Shirts").sum())), ("Shirts",)),
    Q(
        "whats the average ticket",
        _typical(lambda df: _num(df, "Total")),
        ("Total",),
    ),
    Q(
        "how many orders are still waiting to be picked up",
        _count(lambda df: int((_text(df, "Pick Up") == "").sum())),
        ("Pick Up", "Order #"),
    ),
    Q(
        "how long do people usually take to come get their stuff",
        _typical(_dc_wait),
        ("Drop Off", "Pick Up"),
    ),
    Q(
        "what starch do people ask for the most",
        _lead(_named(_dc_starch(False))),
        ("Starch",),
    ),
    Q(
        "are orders with stain treatment more expensive on average",
        _both_typical(
            lambda df: _num(df, "Total")[_yes(df, "Stain Tx")],
            lambda df: _num(df, "Total")[_no(df, "Stain Tx")],
        ),
        ("Stain Tx", "Total"),
    ),
]


# --- 6. Paintball field walk-on days -------------------------------------------------------------------------------

_PB_CASE_PRICE = {2020: 40.0, 2021: 40.0, 2022: 45.0, 2023: 45.0, 2024: 50.0}


def _paintball_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36206)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2020-01-04", "2024-12-29"):
        if day.dayofweek < 5:
            continue
        season = 0.5 + 0.7 * np.exp(-(((day.dayofyear - 190) / 70) ** 2))
        growth = {2020: 0.7, 2021: 0.9, 2022: 1.0, 2023: 1.15, 2024: 1.1}[day.year]
        rained = rng.random() < 0.06
        players = 0 if rained else int(rng.poisson(38 * season * growth * (1.2 if day.dayofweek == 5 else 0.85)))
        rentals = int(rng.binomial(players, 0.55))
        cases = int(rng.poisson(players * 0.45))
        hours = 0 if rained else int(_one(rng, [5, 6, 7, 8], [1, 3, 4, 2]))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Day": "Sat" if day.dayofweek == 5 else "Sun",
                "Players": players,
                "Rental Guns": rentals,
                "Paint Cases Sold": cases,
                "Price/Case": f"${_PB_CASE_PRICE[day.year]:,.2f}",
                "Field Fee": "$25.00" if day.year < 2023 else "$30.00",
                "Hours Open": hours,
                "Injuries": int(rng.poisson(players * 0.012)),
            }
        )
    return pd.DataFrame(rows)


def _pb_year(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d").dt.year


def _pb_day(df: pd.DataFrame, day: str, open_only: bool) -> pd.Series:
    players = _num(df, "Players")
    keep = _text(df, "Day").str.title() == day
    return players[keep & (players > 0)] if open_only else players[keep]


def _pb_injury_rate(df: pd.DataFrame) -> float:
    return float(_num(df, "Injuries").sum() / _num(df, "Players").sum())


_PB_QS = [
    Q(
        "how many players came out in 2023",
        _count(lambda df: int(_num(df, "Players")[_pb_year(df) == 2023].sum())),
        ("Players", "Date"),
    ),
    Q(
        "which year was the busiest",
        _lead(_year(lambda df: int(_num(df, "Players").groupby(_pb_year(df)).sum().idxmax()))),
        ("Players", "Date"),
    ),
    Q(
        "do we get more people on saturdays or sundays",
        either(
            _both_typical(lambda df: _pb_day(df, "Sat", False), lambda df: _pb_day(df, "Sun", False)),
            _both_typical(lambda df: _pb_day(df, "Sat", True), lambda df: _pb_day(df, "Sun", True)),
            _count(lambda df: [int(_pb_day(df, "Sat", False).sum()), int(_pb_day(df, "Sun", False).sum())]),
        ),
        ("Players", "Day", "Date"),
    ),
    Q(
        "how much have we made selling paint",
        _amount(lambda df: float((_num(df, "Paint Cases Sold") * _num(df, "Price/Case")).sum())),
        ("Paint Cases Sold", "Price/Case"),
    ),
    Q(
        "whats the injury rate per 100 players",
        either(
            _about(lambda df: 100 * _pb_injury_rate(df), rel=0.01),
            _share(_pb_injury_rate),
        ),
        ("Injuries", "Players"),
    ),
    Q(
        "are busier days more likely to have injuries",
        _corr(lambda df: _num(df, "Players"), lambda df: _num(df, "Injuries")),
        ("Players", "Injuries"),
    ),
]


# --- 7. Falconry experience bookings -------------------------------------------------------------------------------

# length in minutes: £ per guest, weight
_FX_LENGTHS = {60: (55, 3), 90: (75, 4), 120: (95, 3), 180: (140, 1.5)}
_FX_BIRDS = {"Hawk": 4, "Owl": 5, "Falcon": 2.5, "Hawk & Owl": 2, "Owl & Falcon": 1, "Hawk & Falcon": 1}


def _falconry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36207)
    rows: list[dict[str, Any]] = []
    ref = 1000
    for day in pd.date_range("2023-01-02", "2024-12-31"):
        if day.dayofweek in (0, 1):
            continue
        summer = np.exp(-(((day.dayofyear - 200) / 60) ** 2))
        for _ in range(int(rng.poisson(0.6 + 1.2 * summer))):
            ref += 1
            length = int(_one(rng, list(_FX_LENGTHS), [v[1] for v in _FX_LENGTHS.values()]))
            bad_weather = rng.random() < 0.05 + 0.22 * (1 - summer)
            rows.append(
                {
                    "Booking Ref": f"FX-{ref}",
                    "Date": f"{day:%d/%m/%Y}",
                    "Birds Flown": str(_one(rng, list(_FX_BIRDS), list(_FX_BIRDS.values()))),
                    "Guests": int(_one(rng, [1, 2, 3, 4, 5, 6], [3, 6, 2, 2, 0.7, 0.4])),
                    "Length (mins)": length,
                    "Price pp": f"£{_FX_LENGTHS[length][0]}",
                    "Gift Voucher": "Yes" if rng.random() < 0.3 else "No",
                    "Weather OK": "No" if bad_weather else "Yes",
                }
            )
    return pd.DataFrame(rows)


def _fx_num(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_numeric(_text(df, col).str.replace("£", "", regex=False).str.replace(",", ""), errors="coerce")


def _fx_bad_month(distinct_days: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        bad = _no(df, "Weather OK")
        dates = _date(df, "Date", "%d/%m/%Y")[bad]
        if distinct_days:
            dates = dates.drop_duplicates()
        return int(dates.dt.month.value_counts().sort_index().idxmax())

    return value


_FX_QS = [
    Q("how many guests have we had", _count(lambda df: int(_num(df, "Guests").sum())), ("Guests",)),
    Q(
        "how many bookings got to fly an owl",
        _count(lambda df: int(_text(df, "Birds Flown").str.contains("Owl", case=False).sum())),
        ("Birds Flown", "Booking Ref"),
    ),
    Q(
        "what share were bought with a gift voucher",
        _share(lambda df: float(_yes(df, "Gift Voucher").mean())),
        ("Gift Voucher",),
    ),
    Q(
        "how much does the 2 hour experience cost per person",
        _typical(lambda df: _fx_num(df, "Price pp")[_num(df, "Length (mins)") == 120]),
        ("Price pp", "Length (mins)"),
    ),
    Q(
        "which time of year do we get the most bad weather bookings, like what month",
        either(_month_name(_fx_bad_month(False)), _month_name(_fx_bad_month(True))),
        ("Date", "Weather OK"),
    ),
    Q(
        "how much did bookings bring in for 2024",
        _amount(
            lambda df: float(
                (_fx_num(df, "Price pp") * _num(df, "Guests"))[_date(df, "Date", "%d/%m/%Y").dt.year == 2024].sum()
            )
        ),
        ("Price pp", "Guests", "Date"),
    ),
]


HELDOUT362 = [
    Dataset("tutoring_center_quiz_sessions", _tutoring_frame, _TU_QS),
    Dataset("canoe_livery_trip_sheet", _canoe_frame, _CL_QS),
    Dataset("salvage_yard_parts_sales", _salvage_frame, _SY_QS),
    Dataset("compost_facility_gate_tickets", _compost_frame, _CF_QS),
    Dataset("dry_cleaner_order_log", _dry_cleaner_frame, _DC_QS),
    Dataset("paintball_walk_on_days", _paintball_frame, _PB_QS),
    Dataset("falconry_experience_bookings", _falconry_frame, _FX_QS),
]
