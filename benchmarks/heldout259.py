"""HELDOUT259: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: an Afterpay order history
export (one row per order, 2022 to 2024) with "Order Date" written day first as "14/03/2023", "Order ID" (nine
digits), Merchant, "Order Total" as "$123.45", "Instalment Amount" (a quarter of the total), "Instalments Paid" and
"Instalments Due" (out of four), "Late Fees" as "$10.00" ("$0.00" usually), Status (Completed, Active, Overdue,
Refunded, Cancelled), "Refund Amount" ("$" amount, blank when none) and "Payment Method" ("Visa ending 4821"); a
Lifesum food diary export (one row per logged food, January to April 2024) with date as "2024-01-14", meal
(BREAKFAST, LUNCH, DINNER, SNACK in upper case), title, amount, serving (g, ml, piece, cup, tbsp, slice), calories,
carbs, fiber, sugar, fat, "saturated fat", "unsaturated fat", cholesterol, protein, sodium and potassium (the minor
nutrients blank on quick-added and custom foods); an OpenFlights flight log (flights.csv, 2009 to 2024) with Date as
"2019-03-14", From and To as IATA codes, Flight_Number ("UA1527", sometimes blank), Airline (full name), Distance
(miles, whole), Duration as "05:30", Seat ("23A", often blank), Seat_Type (W, A, M or blank), Class (Y, P, C, F or
blank), Reason (L, B, C, O or blank), Plane ("Boeing 737-800"), Registration, Trip, Note (mostly blank) and the
From_OID, To_OID, Airline_OID and Plane_OID ids; a RateYourMusic ratings export with the site's own header quirks
("RYM Album", " First Name", "Last Name", " First Name localized", " Last Name localized", Title, Release_Date (a
year, 1962 to 2019), Rating as the export writes it: 1 to 10, twice the star rating, Ownership (o owned, w wishlist,
t used to own, n none), "Purchase Date" (mostly blank), "Media Type" (CD, Vinyl, Digital, Cassette or blank) and
Review (mostly blank); bands have a blank first name and the band name as last name); a public library system's
monthly circulation by branch (one row per branch per month, January 2021 to June 2024, plus a "SYSTEM TOTAL" row
each month) with Month as the open-data portal writes it ("01/01/2021 12:00:00 AM"), Branch (upper case), "Print
Checkouts", "eBook Checkouts", "eAudiobook Checkouts", "Audiobook CD Checkouts", "DVD Checkouts", Renewals, "Holds
Placed", "New Library Cards" and Visitors (blank when the door counter was broken; zeros while a branch was closed
for renovation); a city's burial permit records (one row per permit, 2021 to 2024) with "Permit Number" as
"BP-2022-004512", "Date of Death" and "Date of Disposition" as "03/14/2022", Age (999 when unknown, 0 for infants),
Sex (M, F, U), "Disposition Type" (BURIAL, CREMATION, ENTOMBMENT, DONATION, REMOVAL), "Place of Disposition" and
"Funeral Home" in upper case; and a city's dockless scooter and e-bike trips (one row per trip, 2023) in the Austin
layout with ID, "Device ID", Vendor, "Vehicle Type" (scooter, bicycle), "Trip Duration" (seconds), "Trip Distance"
(meters; some zero or negative glitch rows), "Start Time" and "End Time" as "03/14/2023 07:45:00 PM", Month, Hour,
"Day of Week" (0 Sunday to 6 Saturday), "Council District (Start)" and "Council District (End)" (blank outside the
city), Year, "Census Tract Start" and "Census Tract End" (eleven digits, "OUT_OF_BOUNDS" outside the city). All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- 1. Afterpay orders --------------------------------------------------------------------------------------------

# merchant: weight, order total range
_AP_MERCHANTS: dict[str, tuple[float, tuple[float, float]]] = {
    "ASOS": (18, (40, 260)),
    "Myer": (10, (60, 420)),
    "JB Hi-Fi": (8, (80, 1200)),
    "Cotton On": (14, (30, 180)),
    "Lovisa": (9, (20, 90)),
    "Adidas": (7, (70, 320)),
    "Sephora": (11, (35, 240)),
    "The Iconic": (12, (45, 380)),
    "Kmart": (10, (25, 150)),
    "Bunnings": (4, (60, 600)),
}


def _afterpay_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25901)
    names = list(_AP_MERCHANTS)
    today = pd.Timestamp("2024-11-01")
    rows: list[dict[str, Any]] = []
    days = np.sort(rng.integers(0, 1035, size=520))
    card = _one(rng, ["Visa ending 4821", "Mastercard ending 0937"])
    for d in days:
        date = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(d))
        m = _one(rng, names, [_AP_MERCHANTS[x][0] for x in names])
        lo, hi = _AP_MERCHANTS[m][1]
        total = round(float(np.exp(rng.uniform(np.log(lo), np.log(hi)))), 2)
        inst = round(total / 4, 2)
        weeks = (today - date).days // 14 + 1
        due = min(4, weeks)
        roll = rng.random()
        late = 0.0
        refund = ""
        if roll < 0.04:
            status, paid, due = "Cancelled", 0, 0
        elif roll < 0.11:
            status, paid = "Refunded", int(rng.integers(1, due + 1))
            refund = f"${total if rng.random() < 0.7 else round(total * float(rng.uniform(0.2, 0.8)), 2):,.2f}"
        else:
            paid = due
            if rng.random() < 0.12:
                late = 10.0 if rng.random() < 0.75 else 20.0
                if due < 4 or rng.random() < 0.15:
                    paid = max(0, due - 1)
            status = "Completed" if paid == 4 else ("Overdue" if paid < due else "Active")
        rows.append(
            {
                "Order Date": f"{date:%d/%m/%Y}",
                "Order ID": int(rng.integers(100_000_000, 999_999_999)),
                "Merchant": m,
                "Order Total": f"${total:,.2f}",
                "Instalment Amount": f"${inst:,.2f}",
                "Instalments Paid": paid,
                "Instalments Due": due,
                "Late Fees": f"${late:,.2f}",
                "Status": status,
                "Refund Amount": refund,
                "Payment Method": card,
            }
        )
    return pd.DataFrame(rows)


def _ap_late(df: pd.DataFrame) -> pd.DataFrame:
    return df[_num(df, "Late Fees") > 0]


def _ap_spent(how: str) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        amount = _num(df, "Order Total")
        if how == "all":
            return float(amount.sum())
        kept = amount[_text(df, "Status") != "Cancelled"]
        if how == "kept":
            return float(kept.sum())
        return float(kept.sum() - _num(df, "Refund Amount").fillna(0).sum())

    return total


_AP_QS = [
    Q("how many orders have i made", _count(lambda df: len(df)), ("Order ID",)),
    Q(
        "how much have i spent with afterpay altogether",
        either(_amount(_ap_spent("all")), _amount(_ap_spent("kept")), _amount(_ap_spent("net"))),
        ("Order Total", "Status", "Refund Amount"),
    ),
    Q(
        "which store do i spend the most at",
        _lead(_named(lambda df: _top(_num(df, "Order Total").groupby(_text(df, "Merchant")).sum()))),
        ("Merchant", "Order Total"),
    ),
    Q("how much have i paid in late fees", _amount(lambda df: float(_num(df, "Late Fees").sum())), ("Late Fees",)),
    Q(
        "what percent of my orders got a late fee",
        _share(lambda df: float((_num(df, "Late Fees") > 0).mean())),
        ("Late Fees", "Order ID"),
    ),
    Q(
        "which shop were most of those at",
        _lead(_named(lambda df: _top(_text(_ap_late(df), "Merchant").value_counts()))),
        ("Merchant", "Late Fees"),
    ),
]


# --- 2. Lifesum food diary -----------------------------------------------------------------------------------------

# food: meal weights (B, L, D, S), serving, amount range, kcal per unit, carbs/protein/fat share of kcal, fiber/g
_LS_FOODS: dict[str, tuple[tuple[float, float, float, float], str, tuple[float, float], float, tuple[float, ...]]] = {
    "Oatmeal": ((9, 0, 0, 0.5), "g", (40, 80), 3.7, (0.68, 0.14, 0.18, 0.1)),
    "Banana": ((4, 1, 0, 5), "piece", (1, 1), 105, (0.92, 0.04, 0.04, 0.026)),
    "Greek Yogurt": ((5, 1, 0, 4), "g", (150, 200), 0.97, (0.16, 0.4, 0.44, 0.0)),
    "Coffee with milk": ((8, 2, 0, 3), "ml", (200, 350), 0.18, (0.35, 0.25, 0.4, 0.0)),
    "Scrambled Eggs": ((5, 1, 0, 0), "piece", (2, 3), 91, (0.02, 0.33, 0.65, 0.0)),
    "Whole Wheat Bread": ((4, 4, 0, 1), "slice", (1, 2), 81, (0.7, 0.18, 0.12, 0.02)),
    "Chicken Salad": ((0, 7, 2, 0), "g", (250, 400), 1.1, (0.15, 0.45, 0.4, 0.015)),
    "Turkey Sandwich": ((0, 6, 0, 0.5), "piece", (1, 1), 380, (0.42, 0.3, 0.28, 0.011)),
    "Lentil Soup": ((0, 4, 3, 0), "g", (300, 450), 0.6, (0.6, 0.28, 0.12, 0.02)),
    "Salmon": ((0, 1, 6, 0), "g", (120, 200), 2.08, (0.0, 0.44, 0.56, 0.0)),
    "Spaghetti Bolognese": ((0, 1, 6, 0), "g", (300, 450), 1.35, (0.5, 0.2, 0.3, 0.006)),
    "Brown Rice": ((0, 3, 6, 0), "cup", (1, 1.5), 216, (0.84, 0.08, 0.08, 0.004)),
    "Roasted Vegetables": ((0, 2, 6, 0), "g", (150, 250), 0.65, (0.55, 0.1, 0.35, 0.03)),
    "Pizza Margherita": ((0, 1, 3, 0), "slice", (2, 4), 270, (0.47, 0.17, 0.36, 0.006)),
    "Apple": ((1, 1, 0, 7), "piece", (1, 1), 95, (0.95, 0.02, 0.03, 0.023)),
    "Almonds": ((0, 0, 0, 5), "g", (20, 40), 5.79, (0.13, 0.14, 0.73, 0.12)),
    "Dark Chocolate": ((0, 0, 1, 4), "g", (20, 40), 5.46, (0.4, 0.05, 0.55, 0.07)),
    "Peanut Butter": ((2, 0, 0, 2), "tbsp", (1, 2), 94, (0.13, 0.16, 0.71, 0.05)),
    "Protein Shake": ((1, 0, 0, 3), "ml", (300, 300), 0.55, (0.25, 0.6, 0.15, 0.0)),
    "Quick Add": ((1, 1, 1, 1), "", (1, 1), 0, (0.5, 0.2, 0.3, 0.0)),
}
_LS_MEALS = ["BREAKFAST", "LUNCH", "DINNER", "SNACK"]


def _lifesum_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25902)
    foods = list(_LS_FOODS)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-01-01", "2024-04-21", freq="D"):
        if rng.random() < 0.06:
            continue  # forgot to log
        for k, meal in enumerate(_LS_MEALS):
            n = int(rng.integers(1, 4)) if k < 3 else int(rng.integers(0, 4))
            if k == 2 and rng.random() < 0.05:
                n = 0
            for _ in range(n):
                f = _one(rng, foods, [_LS_FOODS[x][0][k] + 0.01 for x in foods])
                _w, serving, (lo, hi), kcal_unit, (c, p, fa, fib) = _LS_FOODS[f]
                amount = round(float(rng.uniform(lo, hi))) if serving in ("g", "ml") else float(rng.uniform(lo, hi))
                amount = round(amount * 2) / 2 if serving not in ("g", "ml") else amount
                kcal = kcal_unit * amount if f != "Quick Add" else float(rng.integers(100, 700))
                grams = amount if serving == "g" else kcal / 4
                quick = f == "Quick Add"
                custom = quick or rng.random() < 0.08
                fat = kcal * fa / 9
                row = {
                    "date": f"{day:%Y-%m-%d}",
                    "meal": meal,
                    "title": f,
                    "amount": amount,
                    "serving": serving,
                    "calories": round(kcal, 1),
                    "carbs": round(kcal * c / 4, 1),
                    "fiber": "" if custom else round(grams * fib, 1),
                    "sugar": "" if custom else round(kcal * c / 4 * float(rng.uniform(0.05, 0.5)), 1),
                    "fat": round(fat, 1),
                    "saturated fat": "" if custom else round(fat * 0.35, 1),
                    "unsaturated fat": "" if custom else round(fat * 0.6, 1),
                    "cholesterol": "" if custom else round(float(rng.uniform(0, 0.3)) * kcal, 1),
                    "protein": round(kcal * p / 4, 1),
                    "sodium": "" if custom else round(float(rng.uniform(0.2, 1.8)) * kcal, 1),
                    "potassium": "" if custom else round(float(rng.uniform(0.3, 1.5)) * kcal, 1),
                }
                rows.append(row)
    return pd.DataFrame(rows)


def _ls_daily(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, col).groupby(_text(df, "date")).sum()


_LS_QS = [
    Q("how many calories do i eat a day on average", _typical(_ls_daily("calories")), ("calories", "date")),
    Q(
        "which meal has the most calories",
        _lead(_named(lambda df: _top(_num(df, "calories").groupby(_text(df, "meal")).sum()))),
        ("meal", "calories"),
    ),
    Q(
        "how many days was i over 2000",
        _count(lambda df: int((_ls_daily("calories")(df) > 2000).sum())),
        ("calories", "date"),
    ),
    Q(
        "what do i log most often",
        _lead(_named(lambda df: _top(_text(df, "title").value_counts()))),
        ("title",),
    ),
    Q("and protein per day?", _typical(_ls_daily("protein")), ("protein", "date")),
    Q(
        "how many entries are missing fiber",
        _count(lambda df: int(_num(df, "fiber").isna().sum())),
        ("fiber",),
    ),
]


# --- 3. OpenFlights flight log -------------------------------------------------------------------------------------

# route: (from, to, miles, minutes, airlines)
_OF_ROUTES: list[tuple[str, str, int, int, tuple[str, ...], float]] = [
    ("SFO", "JFK", 2586, 330, ("United Airlines", "JetBlue Airways", "Delta Air Lines"), 10),
    ("SFO", "ORD", 1846, 255, ("United Airlines", "American Airlines"), 9),
    ("SFO", "SEA", 679, 125, ("Alaska Airlines", "United Airlines"), 12),
    ("SFO", "LAX", 337, 85, ("United Airlines", "Southwest Airlines", "Alaska Airlines"), 14),
    ("SFO", "DEN", 967, 155, ("United Airlines", "Southwest Airlines"), 8),
    ("SFO", "LHR", 5367, 640, ("British Airways", "United Airlines", "Virgin Atlantic"), 4),
    ("SFO", "NRT", 5120, 660, ("United Airlines", "ANA All Nippon Airways", "Japan Airlines"), 3),
    ("SFO", "BOS", 2704, 345, ("JetBlue Airways", "United Airlines", "Delta Air Lines"), 5),
    ("SFO", "HNL", 2398, 345, ("Hawaiian Airlines", "United Airlines"), 3),
    ("SFO", "ATL", 2139, 290, ("Delta Air Lines",), 3),
]
_OF_PLANES = {
    "United Airlines": ["Boeing 737-900", "Boeing 777-200", "Airbus A320", "Boeing 787-9"],
    "JetBlue Airways": ["Airbus A320", "Airbus A321"],
    "Delta Air Lines": ["Boeing 737-800", "Airbus A321", "Boeing 757-200"],
    "American Airlines": ["Boeing 737-800", "Airbus A321"],
    "Alaska Airlines": ["Boeing 737-900", "Boeing 737-800", "Embraer 175"],
    "Southwest Airlines": ["Boeing 737-700", "Boeing 737-800"],
    "British Airways": ["Boeing 777-200", "Airbus A380-800"],
    "Virgin Atlantic": ["Boeing 787-9"],
    "ANA All Nippon Airways": ["Boeing 777-300ER"],
    "Japan Airlines": ["Boeing 787-8"],
    "Hawaiian Airlines": ["Airbus A330-200"],
}
_OF_CODES = {
    "United Airlines": "UA",
    "JetBlue Airways": "B6",
    "Delta Air Lines": "DL",
    "American Airlines": "AA",
    "Alaska Airlines": "AS",
    "Southwest Airlines": "WN",
    "British Airways": "BA",
    "Virgin Atlantic": "VS",
    "ANA All Nippon Airways": "NH",
    "Japan Airlines": "JL",
    "Hawaiian Airlines": "HA",
}
_OF_AIRPORT_OID = {"SFO": 3469, "JFK": 3797, "ORD": 3830, "SEA": 3577, "LAX": 3484, "DEN": 3751}
_OF_AIRPORT_OID |= {"LHR": 507, "NRT": 2279, "BOS": 3448, "HNL": 3728, "ATL": 3682}


def _openflights_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25903)
    rows: list[dict[str, Any]] = []
    year_w = {
        y: w for y, w in zip(range(2009, 2025), [2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 2, 4, 8, 12, 10], strict=True)
    }
    airlines = sorted(_OF_CODES)
    for year, w in year_w.items():
        n_trips = int(rng.poisson(w * 1.7))
        for _ in range(n_trips):
            route = _one(rng, _OF_ROUTES, [r[5] for r in _OF_ROUTES])
            a, b, miles, minutes, carriers, _w = route
            airline = _one(rng, carriers)
            reason = _one(rng, ["L", "B", "O", ""], [5, 4, 0.5, 2])
            cls = _one(rng, ["Y", "P", "C", "F", ""], [14, 2, 1.5 if reason == "B" else 0.5, 0.3, 3])
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 358)))
            stay = int(rng.integers(2, 9))
            plane = _one(rng, _OF_PLANES[airline])
            trip = f"{b} {'work' if reason == 'B' else 'trip'} {year}" if rng.random() < 0.4 else ""
            for leg, (frm, to, when) in enumerate(((a, b, day), (b, a, day + pd.Timedelta(days=stay)))):
                if leg == 1 and rng.random() < 0.08:
                    continue  # one-way
                dur = minutes + int(rng.integers(-15, 25)) + (20 if leg == 0 and miles > 2000 else 0)
                seat_row = int(rng.integers(1, 45))
                letter = _one(rng, list("ABCDEF"))
                seat_type = {"A": "W", "F": "W", "B": "M", "E": "M"}.get(letter, "A")
                has_seat = rng.random() < 0.6
                rows.append(
                    {
                        "Date": f"{when:%Y-%m-%d}",
                        "From": frm,
                        "To": to,
                        "Flight_Number": (
                            f"{_OF_CODES[airline]}{int(rng.integers(10, 2400))}" if rng.random() < 0.85 else ""
                        ),
                        "Airline": airline,
                        "Distance": miles,
                        "Duration": f"{dur // 60:02d}:{dur % 60:02d}",
                        "Seat": f"{seat_row}{letter}" if has_seat else "",
                        "Seat_Type": seat_type if has_seat else "",
                        "Class": cls,
                        "Reason": reason,
                        "Plane": plane if rng.random() < 0.8 else "",
                        "Registration": f"N{int(rng.integers(100, 999))}{_one(rng, ['UA', 'DN', 'AS', 'JB'])}"
                        if rng.random() < 0.3
                        else "",
                        "Trip": trip,
                        "Note": _one(rng, ["", "delayed", "upgrade!", "red-eye"], [20, 1, 0.4, 0.6]),
                        "From_OID": _OF_AIRPORT_OID[frm],
                        "To_OID": _OF_AIRPORT_OID[to],
                        "Airline_OID": 1000 + airlines.index(airline) * 137,
                        "Plane_OID": 100 + sorted({p for v in _OF_PLANES.values() for p in v}).index(plane),
                    }
                )
    return pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)


def _of_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date").str[:10]).dt.year


def _of_hours(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Duration").str.split(":", expand=True).astype(float)
    return parts[0] + parts[1] / 60


def _of_business(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        reason = _text(df, "Reason")
        if known_only:
            reason = reason[reason != ""]
        return float((reason == "B").mean())

    return rate


_OF_QS = [
    Q("how many flights have i logged", _count(lambda df: len(df)), None),
    Q("how many miles is that in total", _amount(lambda df: float(_num(df, "Distance").sum())), ("Distance",)),
    Q(
        "which airline do i fly the most",
        _lead(_named(lambda df: _top(_text(df, "Airline").value_counts()))),
        ("Airline",),
    ),
    Q(
        "what year did i fly the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_of_year(df).value_counts()),
                    _top(_num(df, "Distance").groupby(_of_year(df)).sum()),
                ]
            )
        ),
        ("Date", "Distance"),
    ),
    Q(
        "what share of the flights were for work",
        either(_share(_of_business(False)), _share(_of_business(True))),
        ("Reason",),
    ),
    Q(
        "how long is a typical flight",
        either(
            _typical(_of_hours),
            _typical(lambda df: _of_hours(df) * 60),
        ),
        ("Duration",),
    ),
]


# --- 4. RateYourMusic ratings --------------------------------------------------------------------------------------

# artist (first, last): decade centre, quality (mean rating out of 10), number of releases rated
_RYM_ARTISTS: list[tuple[str, str, int, float, int]] = [
    ("", "Radiohead", 2000, 8.6, 9),
    ("", "The Beatles", 1965, 8.2, 12),
    ("", "Talking Heads", 1980, 8.0, 7),
    ("David", "Bowie", 1975, 7.8, 16),
    ("Kendrick", "Lamar", 2015, 8.3, 6),
    ("", "Pink Floyd", 1973, 7.9, 10),
    ("Joni", "Mitchell", 1972, 8.1, 8),
    ("", "Sonic Youth", 1990, 7.2, 9),
    ("", "Pavement", 1995, 7.5, 6),
    ("Bob", "Dylan", 1967, 7.4, 14),
    ("", "Beach House", 2012, 7.0, 7),
    ("", "Slowdive", 1993, 7.7, 5),
    ("", "Boards of Canada", 2000, 8.0, 6),
    ("Kate", "Bush", 1983, 7.9, 8),
    ("", "The Cure", 1987, 7.1, 11),
    ("", "Deerhunter", 2009, 7.3, 6),
    ("Frank", "Ocean", 2014, 8.4, 3),
    ("", "Fleetwood Mac", 1977, 7.0, 8),
    ("", "LCD Soundsystem", 2008, 7.6, 5),
    ("", "Animal Collective", 2006, 6.8, 9),
]
_RYM_WORDS = ["Blue", "Night", "Days", "House", "Light", "Dream", "Station", "Garden", "Static", "Gold", "Field"]


def _rym_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25904)
    rows: list[dict[str, Any]] = []
    for first, last, centre, quality, n in _RYM_ARTISTS:
        n_rated = 2 * n + int(rng.integers(0, 6))
        years = np.sort(np.clip(rng.normal(centre, 6, size=n_rated).round(), 1962, 2019).astype(int))
        for y in years:
            rating = int(np.clip(round(float(rng.normal(quality, 1.4))), 1, 10))
            own = _one(rng, ["n", "o", "w", "t"], [10, 4, 1, 1])
            media = _one(rng, ["CD", "Vinyl", "Digital", "Cassette"], [4, 5, 2, 0.5]) if own in "ot" else ""
            rows.append(
                {
                    "RYM Album": int(rng.integers(1000, 900000)),
                    " First Name": first,
                    "Last Name": last,
                    " First Name localized": "",
                    " Last Name localized": "",
                    "Title": f"{_one(rng, _RYM_WORDS)} {_one(rng, _RYM_WORDS)}".strip(),
                    "Release_Date": int(y),
                    "Rating": rating,
                    "Ownership": own,
                    "Purchase Date": (
                        f"{pd.Timestamp(2010, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 5000))):%m/%d/%Y}"
                        if own == "o" and rng.random() < 0.4
                        else ""
                    ),
                    "Media Type": media,
                    "Review": _one(rng, ["", "a classic", "grower", "side b drags"], [30, 1, 1, 1]),
                }
            )
    order = rng.permutation(len(rows))
    return pd.DataFrame(rows).iloc[order].reset_index(drop=True)


def _rym_decade(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "Release_Date") // 10 * 10).astype(int)


def _decade(value: Callable[[pd.DataFrame], int]) -> Check:
    """A decade: "1990s", "the 90s", "'90s", "1990-1999"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        d = int(value(df))
        pattern = rf"(?<![\d.]){d}(?:s|\b)|(?<![\d.])'?{d % 100:02d}s\b"
        return None if re.search(pattern, answer, re.IGNORECASE) else f"missing decade {d}s"

    return check


_RYM_QS = [
    Q("how many albums have i rated", _count(lambda df: len(df)), ("RYM Album", "Rating")),
    Q(
        "whats my average rating",
        either(
            _about(lambda df: float(_num(df, "Rating").mean()), rel=0.005),
            _about(lambda df: float(_num(df, "Rating").mean()) / 2, rel=0.005),
        ),
        ("Rating",),
    ),
    Q(
        "which artist have i rated the most stuff by",
        _lead(_named(lambda df: _top(_text(df, "Last Name").value_counts()))),
        (" First Name", "Last Name", "RYM Album"),
    ),
    Q(
        "how many did i give 5 stars",
        _count(lambda df: int((_num(df, "Rating") == 10).sum())),
        ("Rating",),
    ),
    Q(
        "which decade do i rate highest on average",
        _lead(_decade(lambda df: int(_top(_num(df, "Rating").groupby(_rym_decade(df)).mean())))),
        ("Release_Date", "Rating"),
    ),
    Q(
        "how many of these do i actually own",
        _count(lambda df: int((_text(df, "Ownership") == "o").sum())),
        ("Ownership",),
    ),
]


# --- 5. Library circulation by branch ------------------------------------------------------------------------------

# branch: size factor, visitors per month (thousands)
_LB_BRANCHES: dict[str, tuple[float, float]] = {
    "CENTRAL LIBRARY": (3.2, 38),
    "NORTHGATE": (1.3, 11),
    "BALLARD": (1.5, 13),
    "CAPITOL HILL": (1.2, 12),
    "COLUMBIA CITY": (0.9, 8),
    "DOUGLASS-TRUTH": (0.7, 6),
    "FREMONT": (0.8, 7),
    "GREENWOOD": (1.1, 9),
    "LAKE CITY": (0.8, 7),
    "MAGNOLIA": (0.7, 5),
    "QUEEN ANNE": (0.9, 7),
    "ROCKWELL": (0.5, 4),
    "UNIVERSITY": (1.0, 9),
    "WEST SEATTLE": (1.2, 10),
}


def _library_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25905)
    rows: list[dict[str, Any]] = []
    months = pd.date_range("2021-01-01", "2024-06-01", freq="MS")
    cols = [
        "Print Checkouts",
        "eBook Checkouts",
        "eAudiobook Checkouts",
        "Audiobook CD Checkouts",
        "DVD Checkouts",
        "Renewals",
        "Holds Placed",
        "New Library Cards",
        "Visitors",
    ]
    for k, month in enumerate(months):
        season = 1 + 0.12 * np.sin((month.month - 3) / 12 * 2 * np.pi) + (0.15 if month.month in (6, 7) else 0)
        recovery = min(1.0, 0.55 + k * 0.025)
        total = dict.fromkeys(cols, 0)
        label = f"{month:%m/%d/%Y} 12:00:00 AM"
        for branch, (size, visits) in _LB_BRANCHES.items():
            closed = branch == "MAGNOLIA" and pd.Timestamp("2022-09-01") <= month <= pd.Timestamp("2023-02-01")
            g = size * season * float(rng.uniform(0.9, 1.1))
            vals = {
                "Print Checkouts": round(9000 * g * recovery * (1 - 0.004 * k)),
                "eBook Checkouts": round(2600 * g * (1 + 0.018 * k)),
                "eAudiobook Checkouts": round(1900 * g * (1 + 0.025 * k)),
                "Audiobook CD Checkouts": round(260 * g * max(0.2, 1 - 0.02 * k)),
                "DVD Checkouts": round(1500 * g * max(0.3, 1 - 0.012 * k) * recovery),
                "Renewals": round(3100 * g * recovery),
                "Holds Placed": round(4200 * g * (1 + 0.006 * k)),
                "New Library Cards": int(rng.poisson(70 * g * (1.6 if month.month == 9 else 1))),
                "Visitors": round(1000 * visits * season * recovery * float(rng.uniform(0.92, 1.08))),
            }
            if closed:
                vals = {c: (vals[c] if c.startswith("e") else 0) for c in cols}
            row: dict[str, Any] = {"Month": label, "Branch": branch, **vals}
            for c in cols:
                total[c] += vals[c]
            if not closed and rng.random() < 0.05:
                row["Visitors"] = ""
            rows.append(row)
        rows.append({"Month": label, "Branch": "SYSTEM TOTAL", **total})
    return pd.DataFrame(rows)


_LB_FORMATS = ["Print Checkouts", "eBook Checkouts", "eAudiobook Checkouts", "Audiobook CD Checkouts", "DVD Checkouts"]


def _lb_branches(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Branch") != "SYSTEM TOTAL"]


def _lb_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Month"), format="%m/%d/%Y %I:%M:%S %p")


def _lb_year_sum(col: str, year: int) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        b = _lb_branches(df)
        return float(_num(b, col)[_lb_month(b).dt.year == year].sum())

    return total


def _lb_top_branch(with_renewals: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        b = _lb_branches(df)
        cols = _LB_FORMATS + (["Renewals"] if with_renewals else [])
        total = sum(_num(b, c).fillna(0) for c in cols)
        return _top(total.groupby(_text(b, "Branch")).sum())

    return top


def _lb_top_visit_month(df: pd.DataFrame) -> pd.Timestamp:
    b = _lb_branches(df)
    return pd.Timestamp(_num(b, "Visitors").groupby(_lb_month(b)).sum().idxmax())


def _lb_cards(per: str) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        b = _lb_branches(df)
        cards = _num(b, "New Library Cards")
        return float(cards.mean() if per == "row" else cards.groupby(_lb_month(b)).sum().mean())

    return mean


_LB_QS = [
    Q(
        "which branch checks out the most stuff",
        _lead(_named_any(lambda df: [_lb_top_branch(False)(df), _lb_top_branch(True)(df)])),
        ("Branch", *_LB_FORMATS, "Renewals"),
    ),
    Q(
        "how many physical books were checked out in 2023",
        _amount(_lb_year_sum("Print Checkouts", 2023)),
        ("Print Checkouts", "Month", "Branch"),
    ),
    Q(
        "are ebooks going up? compare 2021 to 2023",
        _amount(lambda df: [_lb_year_sum("eBook Checkouts", 2021)(df), _lb_year_sum("eBook Checkouts", 2023)(df)]),
        ("eBook Checkouts", "Month", "Branch"),
    ),
    Q(
        "which month had the most visitors",
        _lead(_month_year(_lb_top_visit_month)),
        ("Visitors", "Month", "Branch"),
    ),
    Q(
        "on average how many new cards get issued a month",
        either(_about(_lb_cards("row")), _about(_lb_cards("month"))),
        ("New Library Cards", "Month", "Branch"),
    ),
    Q(
        "how many rows are missing the visitor count",
        _count(lambda df: int(_num(df, "Visitors").isna().sum())),
        ("Visitors",),
    ),
]


# --- 6. Burial permits ---------------------------------------------------------------------------------------------

_BU_PLACES = {
    "BURIAL": ["EVERGREEN CEMETERY", "HOLY CROSS CEMETERY", "MOUNT OLIVET CEMETERY", "RIVERSIDE MEMORIAL PARK"],
    "CREMATION": ["NORTHSIDE CREMATORY", "VALLEY VIEW CREMATORY", "EVERGREEN CREMATORY"],
    "ENTOMBMENT": ["HOLY CROSS MAUSOLEUM", "EVERGREEN CEMETERY"],
    "DONATION": ["STATE UNIVERSITY ANATOMICAL GIFT PROGRAM"],
    "REMOVAL": ["OUT OF STATE"],
}
_BU_HOMES = {
    "HARTLEY & SONS FUNERAL HOME": 16,
    "GREEN VALLEY FUNERAL CHAPEL": 13,
    "ST. JOSEPH MORTUARY": 10,
    "MCCARTHY FUNERAL HOME": 11,
    "SIMPLE CREMATION SERVICES": 14,
    "RIVERSIDE MORTUARY": 8,
    "DAVIS-WRIGHT FUNERAL SERVICE": 6,
    "PEOPLES MEMORIAL CHAPEL": 5,
}


def _burial_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25906)
    rows: list[dict[str, Any]] = []
    homes = list(_BU_HOMES)
    n = 3200
    deaths = np.sort(rng.integers(0, 1461, size=n))
    for i, d in enumerate(deaths):
        death = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(d))
        sex = _one(rng, ["M", "F", "U"], [50, 49, 1])
        age: Any = int(np.clip(rng.normal(76 if sex == "F" else 72, 14), 18, 104))
        if rng.random() < 0.02:
            age = int(rng.integers(0, 2))
        if rng.random() < 0.015:
            age = 999
        home = _one(rng, homes, [_BU_HOMES[h] for h in homes])
        kind = _one(
            rng,
            list(_BU_PLACES),
            [20, 75, 4, 1, 3] if home == "SIMPLE CREMATION SERVICES" else [45, 48, 5, 1, 3],
        )
        delay = int(rng.gamma(2.2, 3.0 if kind == "CREMATION" else 2.2)) + 1
        year = (death + pd.Timedelta(days=delay // 2)).year
        rows.append(
            {
                "Permit Number": f"BP-{year}-{i + 1:06d}",
                "Date of Death": f"{death:%m/%d/%Y}",
                "Date of Disposition": f"{death + pd.Timedelta(days=delay):%m/%d/%Y}",
                "Age": age,
                "Sex": sex,
                "Disposition Type": kind,
                "Place of Disposition": _one(rng, _BU_PLACES[kind]),
                "Funeral Home": home,
            }
        )
    return pd.DataFrame(rows)


def _bu_date(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format="%m/%d/%Y")


def _bu_age(df: pd.DataFrame, sex: str | None = None) -> pd.Series:
    age = _num(df, "Age")
    keep = age < 150
    if sex:
        keep &= _text(df, "Sex") == sex
    return age[keep]


_BU_QS = [
    Q(
        "how many permits were there in 2023",
        either(
            _count(lambda df: int((_bu_date(df, "Date of Death").dt.year == 2023).sum())),
            _count(lambda df: int((_bu_date(df, "Date of Disposition").dt.year == 2023).sum())),
            _count(lambda df: int(_text(df, "Permit Number").str.startswith("BP-2023").sum())),
        ),
        ("Date of Death", "Date of Disposition", "Permit Number"),
    ),
    Q(
        "what percent were cremated",
        _share(lambda df: float((_text(df, "Disposition Type") == "CREMATION").mean())),
        ("Disposition Type",),
    ),
    Q("whats the average age people died at", _typical(_bu_age), ("Age",)),
    Q("and for women?", _typical(lambda df: _bu_age(df, "F")), ("Age", "Sex")),
    Q(
        "which funeral home handled the most",
        _lead(_named(lambda df: _top(_text(df, "Funeral Home").value_counts()))),
        ("Funeral Home",),
    ),
    Q(
        "how long between death and burial usually",
        either(
            _typical(lambda df: (_bu_date(df, "Date of Disposition") - _bu_date(df, "Date of Death")).dt.days),
            _typical(
                lambda df: (_bu_date(df, "Date of Disposition") - _bu_date(df, "Date of Death")).dt.days[
                    _text(df, "Disposition Type").isin(["BURIAL", "ENTOMBMENT"])
                ]
            ),
        ),
        ("Date of Death", "Date of Disposition", "Disposition Type"),
    ),
]


# --- 7. Dockless scooter and e-bike trips --------------------------------------------------------------------------

# vendor: weight, vehicle types with weights
_DK_VENDORS: dict[str, tuple[float, dict[str, float]]] = {
    "Lime": (45, {"scooter": 0.75, "bicycle": 0.25}),
    "Bird": (30, {"scooter": 1.0, "bicycle": 0.0}),
    "Superpedestrian": (12, {"scooter": 1.0, "bicycle": 0.0}),
    "Wheels": (13, {"scooter": 0.4, "bicycle": 0.6}),
}
_DK_TRACTS = ["48453001100", "48453000601", "48453000902", "48453001305", "48453002402", "48453001804"]


def _dockless_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25907)
    rows: list[dict[str, Any]] = []
    vendors = list(_DK_VENDORS)
    n = 4200
    hour_w = [1, 0.6, 0.8, 0.2, 0.1, 0.2, 0.5, 1.5, 3, 2.5, 2.5, 3.5, 4.5, 4.5, 4, 4.5, 5.5, 6.5, 6, 5, 4, 3.5, 3, 2]
    district_w = [2, 1, 1, 2, 1.5, 1, 1, 1, 9, 1.5]  # districts 1..10 (9 = downtown)
    for i in range(n):
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        hour = int(_one(rng, list(range(24)), hour_w))
        start = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))
        v = _one(rng, vendors, [_DK_VENDORS[x][0] for x in vendors])
        types = _DK_VENDORS[v][1]
        vtype = _one(rng, list(types), list(types.values()))
        meters = float(rng.gamma(1.8, 900 if vtype == "scooter" else 1300))
        speed = float(rng.uniform(2.5, 5.5))  # m/s
        secs = int(meters / speed + rng.integers(30, 240))
        if rng.random() < 0.02:
            meters = float(_one(rng, [0.0, -1.0 * int(rng.integers(1, 500))]))
        end = start + pd.Timedelta(seconds=secs)
        d_start = int(_one(rng, list(range(1, 11)), district_w))
        d_end = d_start if rng.random() < 0.7 else int(_one(rng, list(range(1, 11)), district_w))
        out_s, out_e = rng.random() < 0.03, rng.random() < 0.03
        rows.append(
            {
                "ID": f"{_one(rng, list('abcdef0123456789'))}{int(rng.integers(10**9, 10**10)):x}-{i:05d}",
                "Device ID": f"{v[:2].upper()}{int(rng.integers(1000, 9999))}",
                "Vendor": v,
                "Vehicle Type": vtype,
                "Trip Duration": secs,
                "Trip Distance": round(meters),
                "Start Time": f"{start:%m/%d/%Y %I:%M:%S %p}",
                "End Time": f"{end:%m/%d/%Y %I:%M:%S %p}",
                "Month": start.month,
                "Hour": start.hour,
                "Day of Week": (start.day_of_week + 1) % 7,
                "Council District (Start)": "" if out_s else d_start,
                "Council District (End)": "" if out_e else d_end,
                "Year": start.year,
                "Census Tract Start": "OUT_OF_BOUNDS" if out_s else _one(rng, _DK_TRACTS),
                "Census Tract End": "OUT_OF_BOUNDS" if out_e else _one(rng, _DK_TRACTS),
            }
        )
    return (
        pd.DataFrame(rows)
        .sort_values("Start Time", key=lambda s: pd.to_datetime(s, format="%m/%d/%Y %I:%M:%S %p"))
        .reset_index(drop=True)
    )


def _dk_miles(positive_only: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def miles(df: pd.DataFrame) -> pd.Series:
        m = _num(df, "Trip Distance")
        return (m[m > 0] if positive_only else m) / 1609.344

    return miles


def _dk_other_district(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        s, e = _num(df, "Council District (Start)"), _num(df, "Council District (End)")
        known = s.notna() & e.notna()
        moved = known & (s != e)
        return float(moved[known].mean() if known_only else moved.mean())

    return rate


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "17:00", "5 PM", "5pm", "5 p.m.", "hour 17"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        twelve = h % 12 or 12
        half = "a" if h < 12 else "p"
        patterns = [
            rf"(?<![\d.:]){h}:00\b",
            rf"(?<![\d.:]){h:02d}:00\b",
            rf"(?<![\d.:]){twelve}(?::00)?\s*{half}\.?m\b",
            rf"\bhour\s+(?:of\s+)?{h}\b",
            rf"(?<![\d.:]){h}(?:h|\s*o'?clock)\b",
        ]
        return None if any(re.search(p, answer, re.IGNORECASE) for p in patterns) else f"missing hour {h}"

    return check


_DK_QS = [
    Q(
        "how many trips were scooters and how many were bikes",
        _count(lambda df: _text(df, "Vehicle Type").value_counts().reindex(["scooter", "bicycle"]).to_numpy()),
        ("Vehicle Type",),
    ),
    Q(
        "average trip distance in miles",
        either(_typical(_dk_miles(False)), _typical(_dk_miles(True))),
        ("Trip Distance",),
    ),
    Q(
        "which company gets the most rides",
        _lead(_named(lambda df: _top(_text(df, "Vendor").value_counts()))),
        ("Vendor",),
    ),
    Q(
        "busiest time of day?",
        _lead(_hour(lambda df: int(_top(_num(df, "Hour").value_counts())))),
        ("Hour", "Start Time"),
    ),
    Q(
        "how many rides started in district 9",
        _count(lambda df: int((_num(df, "Council District (Start)") == 9).sum())),
        ("Council District (Start)",),
    ),
    Q(
        "what share of trips end up in a different district from where they started",
        either(_share(_dk_other_district(False)), _share(_dk_other_district(True))),
        ("Council District (Start)", "Council District (End)"),
    ),
]


HELDOUT259: list[Dataset] = [
    Dataset("afterpay_order_history", _afterpay_frame, _AP_QS),
    Dataset("lifesum_food_diary", _lifesum_frame, _LS_QS),
    Dataset("openflights_flight_log", _openflights_frame, _OF_QS),
    Dataset("rateyourmusic_ratings_export", _rym_frame, _RYM_QS),
    Dataset("library_branch_monthly_circulation", _library_frame, _LB_QS),
    Dataset("city_burial_permits", _burial_frame, _BU_QS),
    Dataset("dockless_scooter_ebike_trips", _dockless_frame, _DK_QS),
]
