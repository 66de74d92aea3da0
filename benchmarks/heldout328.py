"""HELDOUT328: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a national lightning detection
network export for one county (April to September 2023, one row per stroke or pulse, sorted by time) with
DATETIME_UTC as "2023-07-14T21:33:05.123Z", LATITUDE and LONGITUDE to four decimals, PEAK_CURRENT_KA with its sign
(mostly negative for cloud-to-ground, "-18.4", "+" never written), TYPE as "CG" or "IC", MULTIPLICITY (1 to 10 for
CG, 0 for IC), ELLIPSE_MAJOR_KM and ELLIPSE_MINOR_KM (the location error ellipse's semi-axes, a few over 1 km); a
canoe livery's rental log (Memorial Day to Labor Day 2024, one row per boat) with "Rental Date" as "07/04/2024",
"Group Name" (a family or party, repeated), "Boat Type" (Canoe, Kayak, Tube, sometimes lower case), "River Trip"
("4 Mile", "8 Mile", "12 Mile"; tubes only do 4 Mile), Paddlers, Price as "$55.00", "Shuttle Time" and "Return Time"
as "10:30 AM" (Return Time blank now and then), Late (Y/N, Y when back after 5:00 PM) and "Damage $" (blank unless
damage, then a plain number); a septic pumping service's job log (2023 to 2024, one row per job, repeat customers
repeat their address) with Address, Township, "Tank Size (gal)", "Gallons Pumped", "Last Pumped" as "4/12/2017",
"UNKNOWN" or blank, "Sludge Depth (in)", "Scum Depth (in)", "Baffle Condition" (Good, Fair, Missing, blank now and
then), Price and "Disposal Fee" as "$325.00", Technician and "Service Date" as "03/15/2024"; an elementary school's
picture day and yearbook orders (one row per student) with "Student Name" as "Last, First", Grade ("K", "1" to "5"),
Homeroom as "Room 104", Package (A, B, C, Digital, blank for no order), Price as "$39.00" (blank for no order),
"Absent Photo Day" (Y/N), "Retake Date" ("11/14/2024" or "11/21/2024", blank for most), "Yearbook Ordered" (Y/N),
"Yearbook Price" ("$25.00" early, "$30.00" late, blank when not ordered) and Paid (Y/N, blank when nothing was
ordered); a climbing gym's route setting log (2023 to 2024, one row per route) with Wall (boulder walls Cave, Slab,
Prow, Mushroom; rope walls "Lead Arete", "Top Rope Left", "Top Rope Right"), "Route Color", Grade ("V0" to "V10"
on boulder walls, "5.8" to "5.13a" with letter grades on rope walls), Setter, "Set Date" and "Strip Date" as
"2024-03-18" (Strip Date blank while a route is still up), "Sends Logged", "Attempts Logged" and "Community Rating"
(1 to 4 stars to one decimal, blank with fewer than three sends); a county's well drilling permits (2015 to 2024,
one row per permit) with "Permit #" as "WP-2019-0012", "Issue Date" as "04/12/2019", Township, "Well Use"
(Domestic, Irrigation, Livestock, sometimes upper case), "Depth (ft)", "Casing Depth (ft)", "Static Water Level
(ft)" (blank now and then, "FLOWING" for a few artesian wells), "Yield (gpm)", Driller, "Completion Date" (blank,
with depth, casing, water level and yield, for wells never completed) and Fee as "$150"; and a library's summer
reading challenge (2024, one row per sign-up) with Participant as "Emma S.", "Age Group" (Kids, Teens, Adults),
Branch, "Books Logged", "Minutes Read", "Badges Earned", "Finished Challenge" (Y/N, Y at 600 minutes for kids and
900 for teens and adults), "Signup Date" as "6/3/2024" and "Prize Claimed" (Y/N, blank now and then). All are
generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = [
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa",
    "Mark", "Sandra", "Paul", "Donna", "Steven", "Carol", "Kevin", "Sharon", "Brian", "Laura", "Gary", "Amy",
    "Eric", "Julie", "Scott", "Megan", "Ryan", "Heather", "Jacob", "Emma", "Ethan", "Olivia", "Noah", "Ava",
    "Liam", "Mason", "Logan", "Lucas", "Owen", "Caleb", "Wyatt", "Sophia", "Harper", "Chloe", "Zoe", "Isabella",
]  # fmt: skip
_LAST = [
    "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Hill",
    "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Parker",
    "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Reed",
]  # fmt: skip


def _date(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "Y"


def _either_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_lead(_named(v)) for v in values))


def _either_count(*values: Callable[[pd.DataFrame], Any]) -> Check:
    return either(*(_count(v) for v in values))


# --- 1. Lightning detection network export -------------------------------------------------------------------------

_LT_MONTHS = {4: 0.5, 5: 1.0, 6: 1.6, 7: 2.4, 8: 1.7, 9: 0.7}


def _lightning_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32801)
    rows: list[dict[str, Any]] = []
    while len(rows) < 3200:
        month = int(_one(rng, list(_LT_MONTHS), list(_LT_MONTHS.values())))
        day = int(rng.integers(1, 31 if month in (4, 6, 9) else 32))
        start = pd.Timestamp(2023, month, day, int(_one(rng, [17, 18, 19, 20, 21, 22, 23])))
        start += pd.Timedelta(minutes=int(rng.integers(0, 60)))
        size = int(rng.gamma(1.3, 60 + 25 * _LT_MONTHS[month])) + 5
        lat0, lon0 = 41.45 + 0.3 * float(rng.random()), -93.85 + 0.45 * float(rng.random())
        for _ in range(size):
            when = start + pd.Timedelta(seconds=float(rng.gamma(2.0, 1800)))
            cg = rng.random() < 0.34
            if cg:
                positive = rng.random() < 0.11
                amp = float(rng.lognormal(np.log(26 if positive else 17), 0.5))
                current = amp if positive else -amp
                mult = int(min(10, rng.geometric(0.42)))
            else:
                current = float(rng.lognormal(np.log(8), 0.55)) * (1 if rng.random() < 0.55 else -1)
                mult = 0
            major = float(rng.lognormal(np.log(0.32), 0.6))
            rows.append(
                {
                    "DATETIME_UTC": f"{when:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z",
                    "LATITUDE": round(lat0 + float(rng.normal(0, 0.05)), 4),
                    "LONGITUDE": round(lon0 + float(rng.normal(0, 0.06)), 4),
                    "PEAK_CURRENT_KA": round(current, 1),
                    "TYPE": "CG" if cg else "IC",
                    "MULTIPLICITY": mult,
                    "ELLIPSE_MAJOR_KM": round(major, 2),
                    "ELLIPSE_MINOR_KM": round(major * float(rng.uniform(0.3, 0.9)), 2),
                }
            )
    return pd.DataFrame(rows).sort_values("DATETIME_UTC", kind="stable").reset_index(drop=True)


def _lt_type(df: pd.DataFrame, kind: str) -> pd.Series:
    return _text(df, "TYPE").str.upper() == kind


def _lt_current(kind: str, absolute: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        amps = _num(df, "PEAK_CURRENT_KA")[_lt_type(df, kind)]
        return float((amps.abs() if absolute else amps).mean())

    return value


def _lt_busiest(df: pd.DataFrame) -> pd.Timestamp:
    months = _date(df, "DATETIME_UTC", "%Y-%m-%dT%H:%M:%S.%fZ").dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


_LT_QS = [
    Q(
        "how many lightning strikes are in here",
        _either_count(lambda df: len(df), lambda df: int(_lt_type(df, "CG").sum())),
        ("DATETIME_UTC", "TYPE"),
    ),
    Q(
        "what share of them actually hit the ground",
        _share(lambda df: float(_lt_type(df, "CG").mean())),
        ("TYPE",),
    ),
    Q(
        "what's the average peak current for the ground strikes",
        either(_about(_lt_current("CG", False)), _about(_lt_current("CG", True))),
        ("PEAK_CURRENT_KA", "TYPE"),
    ),
    Q(
        "and for the in-cloud ones?",
        either(_about(_lt_current("IC", False)), _about(_lt_current("IC", True))),
        ("PEAK_CURRENT_KA", "TYPE"),
    ),
    Q("which month had the most lightning", _month_year(_lt_busiest), ("DATETIME_UTC",)),
    Q(
        "how many strikes have a location error bigger than 1 km on the long axis",
        _count(lambda df: int((_num(df, "ELLIPSE_MAJOR_KM") > 1).sum())),
        ("ELLIPSE_MAJOR_KM",),
    ),
]


# --- 2. Canoe livery rentals ---------------------------------------------------------------------------------------

_CL_PRICES = {
    "Canoe": {"4 Mile": 40, "8 Mile": 55, "12 Mile": 70},
    "Kayak": {"4 Mile": 30, "8 Mile": 42, "12 Mile": 55},
    "Tube": {"4 Mile": 15},
}
_CL_HOURS = {"4 Mile": 2.0, "8 Mile": 3.5, "12 Mile": 5.0}
_CL_GROUPS = ["Family", "Party", "Reunion", "Bachelor Party", "Youth Group", "Friends", "Troop"]


def _clock(t: pd.Timestamp) -> str:
    return f"{t:%-I:%M %p}"


def _canoe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32802)
    days = pd.date_range("2024-05-24", "2024-09-02")
    weights = np.where(days.dayofweek >= 5, 3.0, 1.0) * np.where(days.month.isin([7]), 1.4, 1.0)
    rows: list[dict[str, Any]] = []
    while len(rows) < 1500:
        day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        group = f"{_one(rng, _LAST)} {_one(rng, _CL_GROUPS, [5, 2, 1, 1, 1, 2, 1])}"
        shuttle = day + pd.Timedelta(hours=9 + 0.5 * int(rng.integers(0, 9)))
        for _ in range(int(rng.integers(1, 7))):
            boat = str(_one(rng, list(_CL_PRICES), [45, 35, 20]))
            trip = "4 Mile" if boat == "Tube" else str(_one(rng, ["4 Mile", "8 Mile", "12 Mile"], [35, 45, 20]))
            paddlers = {"Canoe": int(_one(rng, [1, 2, 3], [1, 8, 1])), "Kayak": int(_one(rng, [1, 2], [9, 1]))}
            price = _CL_PRICES[boat][trip] + (5 if day.dayofweek >= 5 and boat != "Tube" else 0)
            slow = 1.4 if boat == "Tube" else 0.0
            back = shuttle + pd.Timedelta(hours=max(1.0, _CL_HOURS[trip] + slow + float(rng.normal(0, 0.9))))
            back = back.round("5min")
            late = back > day + pd.Timedelta(hours=17)
            damage = ""
            if rng.random() < 0.045:
                damage = int(_one(rng, [25, 40, 50, 75, 100, 150, 250, 300]))
            shown = boat.lower() if rng.random() < 0.06 else boat
            rows.append(
                {
                    "Rental Date": f"{day:%m/%d/%Y}",
                    "Group Name": group,
                    "Boat Type": shown,
                    "River Trip": trip,
                    "Paddlers": paddlers.get(boat, 1),
                    "Price": f"${price:.2f}",
                    "Shuttle Time": _clock(shuttle),
                    "Return Time": "" if rng.random() < 0.03 else _clock(back),
                    "Late": "Y" if late else "N",
                    "Damage $": damage,
                }
            )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Rental Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


_CL_PLURALS = {"Canoe": ("Canoes",), "Kayak": ("Kayaks",), "Tube": ("Tubes",)}


def _cl_boat(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Boat Type").str.title()


def _cl_price(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Price")


_CL_QS = [
    Q("how many rentals did we do this summer", _count(lambda df: len(df)), ("Rental Date",)),
    Q(
        "which kind of boat brings in the most money",
        _lead(_named(lambda df: _top(_cl_price(df).groupby(_cl_boat(df)).sum()), _CL_PLURALS)),
        ("Boat Type", "Price"),
    ),
    Q(
        "what do people usually pay for the 12 mile trip",
        _typical(lambda df: _cl_price(df)[_text(df, "River Trip") == "12 Mile"]),
        ("River Trip", "Price"),
    ),
    Q("what percent of rentals came back late", _share(lambda df: float(_flag(df, "Late").mean())), ("Late",)),
    Q(
        "and for tubes?",
        _share(lambda df: float(_flag(df, "Late")[_cl_boat(df) == "Tube"].mean())),
        ("Late", "Boat Type"),
    ),
    Q(
        "how much have we collected in damage charges",
        _amount(lambda df: float(_num(df, "Damage $").sum())),
        ("Damage $",),
    ),
]


# --- 3. Septic pumping job log -------------------------------------------------------------------------------------

_SP_TOWNSHIPS = {"Liberty": 3, "Union": 2, "Franklin": 2.5, "Washington": 1.5, "Jackson": 1.2, "Center": 1, "Pike": 0.8}
_SP_ROADS = ["County Rd", "Township Rd", "State Route", "Old Mill Rd", "Church St", "Ridge Rd", "Creek Rd"]
_SP_TECHS = ["Dale Hoffman", "Rick Yoder", "Tony Bauer", "Kyle Stoltz"]


def _septic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32803)
    homes: list[tuple[str, str, int]] = []
    for _ in range(760):
        town = str(_one(rng, list(_SP_TOWNSHIPS), list(_SP_TOWNSHIPS.values())))
        addr = f"{int(rng.integers(100, 9999))} {_one(rng, _SP_ROADS)} {int(rng.integers(1, 60))}"
        homes.append((addr, town, int(_one(rng, [750, 1000, 1250, 1500, 2000], [2, 6, 3, 2, 1]))))
    days = pd.date_range("2023-01-03", "2024-12-20")
    weights = np.where(days.month.isin([1, 2, 12]), 0.4, 1.0) * np.where(days.dayofweek >= 5, 0.1, 1.0)
    rows: list[dict[str, Any]] = []
    for _ in range(920):
        addr, town, tank = homes[int(rng.integers(len(homes)))]
        day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        years = float(rng.uniform(1.5, 12))
        last = day - pd.Timedelta(days=int(years * 365))
        roll = rng.random()
        last_text = "UNKNOWN" if roll < 0.11 else ("" if roll < 0.15 else f"{last:%-m/%-d/%Y}")
        pumped = int(round(tank * float(rng.uniform(0.78, 1.02)), -1))
        rows.append(
            {
                "Address": addr,
                "Township": town,
                "Tank Size (gal)": tank,
                "Gallons Pumped": pumped,
                "Last Pumped": last_text,
                "Sludge Depth (in)": int(np.clip(round(3 + 1.6 * years + rng.normal(0, 3)), 1, 30)),
                "Scum Depth (in)": int(np.clip(round(2 + 0.5 * years + rng.normal(0, 1.5)), 0, 14)),
                "Baffle Condition": str(_one(rng, ["Good", "Fair", "Missing", ""], [58, 29, 10, 3])),
                "Price": f"${275 + 0.1 * (tank - 1000) + (35 if day.month in (1, 2, 12) else 0):.2f}",
                "Disposal Fee": f"${0.08 * pumped:.2f}",
                "Technician": str(_one(rng, _SP_TECHS, [4, 3, 3, 1])),
                "Service Date": f"{day:%m/%d/%Y}",
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Service Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _sp_missing_baffle(blanks: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        cond = _text(df, "Baffle Condition").str.title()
        if not blanks:
            cond = cond[cond != ""]
        return float((cond == "Missing").mean())

    return value


_SP_QS = [
    Q(
        "how many jobs did we do in 2024",
        _count(lambda df: int((_date(df, "Service Date", "%m/%d/%Y").dt.year == 2024).sum())),
        ("Service Date",),
    ),
    Q(
        "which township do we get the most work from",
        _lead(_named(lambda df: _top(_text(df, "Township").value_counts()))),
        ("Township",),
    ),
    Q(
        "how many gallons do we pump on a typical job",
        _typical(lambda df: _num(df, "Gallons Pumped")),
        ("Gallons Pumped",),
    ),
    Q(
        "what share of tanks had a missing baffle",
        either(_share(_sp_missing_baffle(True)), _share(_sp_missing_baffle(False))),
        ("Baffle Condition",),
    ),
    Q(
        "how much did we bill in total counting the disposal fees",
        _amount(lambda df: float(_num(df, "Price").sum() + _num(df, "Disposal Fee").sum())),
        ("Price", "Disposal Fee"),
    ),
    Q(
        "how many customers had no idea when it was last pumped",
        _either_count(
            lambda df: int((_text(df, "Last Pumped").str.upper() == "UNKNOWN").sum()),
            lambda df: int(_date(df, "Last Pumped", "%m/%d/%Y").isna().sum()),
        ),
        ("Last Pumped", "Address"),
    ),
]


# --- 4. Picture day and yearbook orders ----------------------------------------------------------------------------

_YB_PACKAGES = {"A": 39.0, "B": 29.0, "C": 19.0, "Digital": 15.0, "": 0.0}


def _yearbook_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32804)
    rows: list[dict[str, Any]] = []
    for g, grade in enumerate(["K", "1", "2", "3", "4", "5"]):
        rooms = [f"Room {100 * (1 + g // 3) + 2 * (g % 3) * 5 + r + 1}" for r in range(int(rng.integers(3, 5)))]
        for _ in range(int(rng.integers(95, 115))):
            name = f"{_one(rng, _LAST)}, {_one(rng, _FIRST)}"
            absent = rng.random() < 0.07
            package = str(_one(rng, list(_YB_PACKAGES), [18, 24, 17, 13, 28]))
            retake = ""
            if (absent and rng.random() < 0.75) or (not absent and package and rng.random() < 0.05):
                retake = str(_one(rng, ["11/14/2024", "11/21/2024"], [3, 1]))
            book = rng.random() < 0.45 + 0.04 * g
            book_price = ""
            if book:
                book_price = "$25.00" if rng.random() < 0.7 else "$30.00"
            paid = "" if not (package or book) else ("N" if rng.random() < 0.13 else "Y")
            rows.append(
                {
                    "Student Name": name,
                    "Grade": grade,
                    "Homeroom": str(_one(rng, rooms)),
                    "Package": package,
                    "Price": f"${_YB_PACKAGES[package]:.2f}" if package else "",
                    "Absent Photo Day": "Y" if absent else "N",
                    "Retake Date": retake,
                    "Yearbook Ordered": "Y" if book else "N",
                    "Yearbook Price": book_price,
                    "Paid": paid,
                }
            )
    return pd.DataFrame(rows)


def _yb_grade(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Grade").str.replace(r"\.0$", "", regex=True)


_YB_GRADES = {"K": ("Kindergarten", "Kindergartners", "Kindergarteners")}
_YB_GRADES |= {"1": ("1st", "First"), "2": ("2nd", "Second"), "3": ("3rd", "Third")}
_YB_GRADES |= {"4": ("4th", "Fourth"), "5": ("5th", "Fifth")}


def _yb_top_grade(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        ordered = _flag(df, "Yearbook Ordered")
        return _top(ordered.groupby(_yb_grade(df)).mean() if rate else ordered.groupby(_yb_grade(df)).sum())

    return value


def _yb_owed(df: pd.DataFrame) -> float:
    unpaid = _text(df, "Paid").str.upper() == "N"
    return float(_num(df, "Price")[unpaid].fillna(0).sum() + _num(df, "Yearbook Price")[unpaid].fillna(0).sum())


_YB_QS = [
    Q(
        "how many kids missed picture day",
        _count(lambda df: int(_flag(df, "Absent Photo Day").sum())),
        ("Absent Photo Day",),
    ),
    Q(
        "how many of them got a retake",
        _count(lambda df: int((_flag(df, "Absent Photo Day") & (_text(df, "Retake Date") != "")).sum())),
        ("Absent Photo Day", "Retake Date"),
    ),
    Q(
        "which photo package sold the most",
        _lead(_named(lambda df: _top(_text(df, "Package")[_text(df, "Package") != ""].value_counts()))),
        ("Package",),
    ),
    Q(
        "what percent of students ordered a yearbook",
        _share(lambda df: float(_flag(df, "Yearbook Ordered").mean())),
        ("Yearbook Ordered",),
    ),
    Q(
        "which grade ordered the most yearbooks",
        either(*(_lead(_named(_yb_top_grade(rate), _YB_GRADES)) for rate in (False, True))),
        ("Grade", "Yearbook Ordered"),
    ),
    Q(
        "how much money is still owed for photos and yearbooks",
        _amount(_yb_owed),
        ("Paid", "Price", "Yearbook Price", "Package", "Yearbook Ordered"),
    ),
]


# --- 5. Climbing gym route setting log -----------------------------------------------------------------------------

_CG_BOULDER = ["Cave", "Slab", "Prow", "Mushroom"]
_CG_ROPE = ["Lead Arete", "Top Rope Left", "Top Rope Right"]
_CG_COLORS = ["Red", "Blue", "Green", "Yellow", "Orange", "Purple", "Pink", "Black", "White", "Teal"]
_CG_V = [f"V{i}" for i in range(11)]
_CG_V_W = [6, 9, 12, 14, 12, 9, 7, 5, 3, 2, 1]
_CG_YDS = ["5.8", "5.9", "5.10a", "5.10b", "5.10c", "5.10d", "5.11a", "5.11b", "5.11c", "5.11d", "5.12a", "5.12b"]
_CG_YDS += ["5.12c", "5.12d", "5.13a"]
_CG_YDS_W = [6, 9, 9, 9, 8, 7, 6, 5, 4, 3, 3, 2, 1, 1, 1]
_CG_SETTERS = ["Maya R.", "Jonah K.", "Priya S.", "Dev T.", "Sam O.", "Lena W."]


def _climbing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32805)
    days = pd.date_range("2023-01-02", "2024-12-20")
    days = days[days.dayofweek.isin([1, 2, 3])]
    rows: list[dict[str, Any]] = []
    for _ in range(820):
        boulder = rng.random() < 0.62
        wall = str(_one(rng, _CG_BOULDER if boulder else _CG_ROPE))
        if boulder:
            k = int(rng.choice(11, p=np.array(_CG_V_W) / sum(_CG_V_W)))
            grade, level = _CG_V[k], k / 10
        else:
            k = int(rng.choice(len(_CG_YDS), p=np.array(_CG_YDS_W) / sum(_CG_YDS_W)))
            grade, level = _CG_YDS[k], k / 14
        set_day = days[int(rng.integers(len(days)))]
        strip = set_day + pd.Timedelta(days=int(rng.integers(28, 75)))
        up = (min(strip, pd.Timestamp("2024-12-31")) - set_day).days
        attempts = int(rng.poisson(up * (3.2 - 2.2 * level))) + 1
        sends = int(rng.binomial(attempts, float(np.clip(0.75 - 0.6 * level + rng.normal(0, 0.06), 0.03, 0.95))))
        rating = float(np.clip(rng.normal(2.3 + 0.9 * level, 0.45), 1, 4))
        rows.append(
            {
                "Wall": wall,
                "Route Color": str(_one(rng, _CG_COLORS)),
                "Grade": grade,
                "Setter": str(_one(rng, _CG_SETTERS, [5, 4, 3, 3, 2, 1])),
                "Set Date": f"{set_day:%Y-%m-%d}",
                "Strip Date": "" if strip > pd.Timestamp("2024-12-31") else f"{strip:%Y-%m-%d}",
                "Sends Logged": sends,
                "Attempts Logged": attempts,
                "Community Rating": round(rating, 1) if sends >= 3 else np.nan,
            }
        )
    return pd.DataFrame(rows).sort_values("Set Date", kind="stable").reset_index(drop=True)


def _cg_v(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Grade").str.extract(r"^V(\d+)$", expand=False), errors="coerce")


def _cg_v5_rate(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        v5 = _text(df, "Grade") == "V5"
        sends, tries = _num(df, "Sends Logged")[v5], _num(df, "Attempts Logged")[v5]
        return float(sends.sum() / tries.sum()) if pooled else float((sends / tries).mean())

    return value


def _cg_days_up(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Strip Date", "%Y-%m-%d") - _date(df, "Set Date", "%Y-%m-%d")).dt.days.dropna()


_CG_QS = [
    Q(
        "how many routes are still up on the wall",
        _count(lambda df: int((_text(df, "Strip Date") == "").sum())),
        ("Strip Date",),
    ),
    Q(
        "who has set the most routes",
        _lead(_named(lambda df: _top(_text(df, "Setter").value_counts()))),
        ("Setter",),
    ),
    Q(
        "what's the most common boulder grade",
        _lead(_named(lambda df: _top(_text(df, "Grade")[_cg_v(df).notna()].value_counts()))),
        ("Grade", "Wall"),
    ),
    Q(
        "whats the send rate on V5s",
        either(_share(_cg_v5_rate(True)), _share(_cg_v5_rate(False))),
        ("Grade", "Sends Logged", "Attempts Logged"),
    ),
    Q(
        "how long does a route usually stay up before it gets stripped",
        _typical(_cg_days_up),
        ("Set Date", "Strip Date"),
    ),
    Q(
        "do harder boulder problems get rated better",
        _corr(_cg_v, lambda d: _num(d, "Community Rating")),
        ("Grade", "Community Rating", "Wall"),
    ),
]


# --- 6. County well drilling permits -------------------------------------------------------------------------------

_WD_TOWNSHIPS = ["Adams", "Benton", "Clay", "Dover", "Elm Grove", "Fairview", "Grant", "Harrison"]
_WD_DRILLERS = {
    "Schultz Well Drilling Inc": 5,
    "Heartland Water Wells LLC": 4,
    "B&R Drilling": 3,
    "Prairie Pump & Well": 3,
    "Kessler Bros Drilling": 2,
    "Tri-County Well Service": 1,
}
# use: weight, depth mean, depth sd, yield range, fee
_WD_USES: dict[str, tuple[float, float, float, tuple[int, int], int]] = {
    "Domestic": (72, 185, 65, (5, 35), 150),
    "Irrigation": (14, 360, 95, (150, 1200), 400),
    "Livestock": (14, 215, 75, (10, 45), 200),
}
_WD_YEARS = {2015: 84, 2016: 90, 2017: 97, 2018: 101, 2019: 96, 2020: 118, 2021: 146, 2022: 131, 2023: 124}
_WD_YEARS[2024] = 113


def _wells_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32806)
    rows: list[dict[str, Any]] = []
    for year, n in _WD_YEARS.items():
        days = sorted(int(x) for x in rng.integers(0, 365, size=n))
        for i, d in enumerate(days):
            issued = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=d)
            use = str(_one(rng, list(_WD_USES), [u[0] for u in _WD_USES.values()]))
            _, mean, sd, (lo, hi), fee = _WD_USES[use]
            done = issued + pd.Timedelta(days=int(rng.integers(10, 150)))
            completed = rng.random() > 0.05 and done <= pd.Timestamp("2024-12-31")
            depth = int(np.clip(rng.normal(mean, sd), 45, 800))
            swl: Any = int(np.clip(depth * rng.uniform(0.08, 0.45), 6, 260))
            if rng.random() < 0.012:
                swl = "FLOWING"
            elif rng.random() < 0.07:
                swl = ""
            row: dict[str, Any] = {
                "Permit #": f"WP-{year}-{i + 1:04d}",
                "Issue Date": f"{issued:%m/%d/%Y}",
                "Township": str(_one(rng, _WD_TOWNSHIPS)),
                "Well Use": use.upper() if rng.random() < 0.05 else use,
                "Depth (ft)": depth if completed else np.nan,
                "Casing Depth (ft)": int(depth * rng.uniform(0.55, 0.92)) if completed else np.nan,
                "Static Water Level (ft)": swl if completed else "",
                "Yield (gpm)": int(rng.integers(lo, hi + 1)) if completed else np.nan,
                "Driller": str(_one(rng, list(_WD_DRILLERS), list(_WD_DRILLERS.values()))),
                "Completion Date": f"{done:%m/%d/%Y}" if completed else "",
                "Fee": f"${fee}",
            }
            rows.append(row)
    return pd.DataFrame(rows)


def _wd_use(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Well Use").str.title()


def _wd_depth(use: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Depth (ft)")[_wd_use(df) == use].mean())


def _wd_top_driller(completed: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        keep = _text(df, "Completion Date") != "" if completed else _text(df, "Driller") != ""
        return _top(_text(df, "Driller")[keep].value_counts())

    return value


_WD_QS = [
    Q(
        "which year had the most well permits",
        _year(lambda df: int(_date(df, "Issue Date", "%m/%d/%Y").dt.year.value_counts().idxmax())),
        ("Issue Date", "Permit #"),
    ),
    Q("how deep are irrigation wells on average", _about(_wd_depth("Irrigation")), ("Depth (ft)", "Well Use")),
    Q("and the house wells?", _about(_wd_depth("Domestic")), ("Depth (ft)", "Well Use")),
    Q(
        "how many wells put out more than 50 gallons a minute",
        _count(lambda df: int((_num(df, "Yield (gpm)") > 50).sum())),
        ("Yield (gpm)",),
    ),
    Q(
        "which driller has done the most wells",
        _either_named(_wd_top_driller(True), _wd_top_driller(False)),
        ("Driller", "Completion Date", "Permit #"),
    ),
    Q(
        "how many permits never got finished",
        _count(lambda df: int((_text(df, "Completion Date") == "").sum())),
        ("Completion Date", "Permit #"),
    ),
]


# --- 7. Summer reading challenge -----------------------------------------------------------------------------------

_SR_BRANCHES = {"Main Library": 5, "Eastside": 3, "Westwood": 2.5, "Riverside": 2, "North Hills": 1.5}
# age group: share, books mean, minutes per book, goal minutes
_SR_GROUPS: dict[str, tuple[float, float, float, int]] = {
    "Kids": (55, 11, 48, 600),
    "Teens": (18, 7, 190, 900),
    "Adults": (27, 5, 290, 900),
}


def _reading_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32807)
    rows: list[dict[str, Any]] = []
    branch_pull = {"Main Library": 0.0, "Eastside": 0.15, "Westwood": -0.1, "Riverside": 0.05, "North Hills": 0.2}
    for _ in range(2300):
        group = str(_one(rng, list(_SR_GROUPS), [g[0] for g in _SR_GROUPS.values()]))
        _, books_mean, per_book, goal = _SR_GROUPS[group]
        branch = str(_one(rng, list(_SR_BRANCHES), list(_SR_BRANCHES.values())))
        signup = pd.Timestamp("2024-06-01") + pd.Timedelta(days=int(min(rng.gamma(1.2, 14), 75)))
        drive = float(np.exp(rng.normal(branch_pull[branch], 0.6)))
        books = 0 if rng.random() < 0.14 else int(rng.poisson(books_mean * drive))
        minutes = int(round(books * per_book * float(rng.lognormal(0, 0.3)), -1))
        finished = minutes >= goal
        badges = int(min(12, books // 2 + minutes // 300 + int(rng.integers(0, 2)))) if books else 0
        claimed = ("Y" if rng.random() < 0.72 else "N") if finished else "N"
        if rng.random() < 0.03:
            claimed = ""
        rows.append(
            {
                "Participant": f"{_one(rng, _FIRST)} {str(_one(rng, _LAST))[0]}.",
                "Age Group": group,
                "Branch": branch,
                "Books Logged": books,
                "Minutes Read": minutes,
                "Badges Earned": badges,
                "Finished Challenge": "Y" if finished else "N",
                "Signup Date": f"{signup:%-m/%-d/%Y}",
                "Prize Claimed": claimed,
            }
        )
    return pd.DataFrame(rows)


def _sr_done(df: pd.DataFrame) -> pd.Series:
    return _flag(df, "Finished Challenge")


_SR_QS = [
    Q(
        "how many people signed up",
        _either_count(lambda df: len(df), lambda df: int(df["Participant"].nunique())),
        ("Participant", "Signup Date"),
    ),
    Q(
        "how many minutes did everyone read altogether",
        _amount(lambda df: float(_num(df, "Minutes Read").sum())),
        ("Minutes Read",),
    ),
    Q(
        "which branch had the most people finish",
        _lead(_named(lambda df: _top(_sr_done(df).groupby(_text(df, "Branch")).sum()))),
        ("Branch", "Finished Challenge"),
    ),
    Q(
        "what percent of teens finished",
        _share(lambda df: float(_sr_done(df)[_text(df, "Age Group") == "Teens"].mean())),
        ("Age Group", "Finished Challenge"),
    ),
    Q(
        "how many finishers haven't picked up their prize",
        _either_count(
            lambda df: int((_sr_done(df) & ~_flag(df, "Prize Claimed")).sum()),
            lambda df: int((_sr_done(df) & (_text(df, "Prize Claimed").str.upper() == "N")).sum()),
        ),
        ("Finished Challenge", "Prize Claimed"),
    ),
    Q(
        "do people who log more books earn more badges",
        _corr(lambda d: _num(d, "Books Logged"), lambda d: _num(d, "Badges Earned")),
        ("Books Logged", "Badges Earned"),
    ),
]


HELDOUT328 = [
    Dataset("lightning_network_strikes", _lightning_frame, _LT_QS),
    Dataset("canoe_livery_rentals", _canoe_frame, _CL_QS),
    Dataset("septic_pumping_jobs", _septic_frame, _SP_QS),
    Dataset("picture_day_yearbook_orders", _yearbook_frame, _YB_QS),
    Dataset("climbing_gym_route_log", _climbing_frame, _CG_QS),
    Dataset("county_well_permits", _wells_frame, _WD_QS),
    Dataset("summer_reading_challenge", _reading_frame, _SR_QS),
]
