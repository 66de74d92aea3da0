"""HELDOUT371: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of small-business spreadsheets exported to CSV the way their owners keep them: a
Christmas tree farm's wholesale lot orders (tree_lot_orders.csv, 2021-2023 seasons) with "Order #" numbers,
"Order Date" and "Paid Date" as "11/14/2023" (Paid Date blank while unpaid), upper-case lot buyers that repeat
("HOME DEPOT #4412", "BOY SCOUT TROOP 212"), their City, counts in "Douglas Fir", "Fraser Fir" and "Noble Fir" left
blank for none, "Price/Tree" as "$24.50", "Trucking $" as a plain number blank for pickups, and a closing TOTAL row
summing the tree counts and trucking; a tutoring center's test prep results (prep_results.csv) with "Student" as
"Emma R.", "Program" SAT or ACT, "Start Score" and "End Score" on each test's scale (SAT 400-1600 in tens, ACT 1-36;
End Score blank while a student is still enrolled), "Sessions", "Hours" (a few blank), "Tutor", "Package Price" as
"$1,199" and "School"; a gun range's membership roster (members_export.csv) with "Member ID" as "GR-10234" (a few
members exported twice), "Join Date" as "2019-03-14", "Plan" Individual / Family / Corporate in mixed case with
stray spaces, "Monthly Dues" as "$49.99", "Visits YTD", "Guest Passes Used", "Safety Class Date" blank or "N/A" for
members who never took it, "Expires" as "03/14/2025" and "Renewals"; an auto shop's quick-lube lane tickets
(lube_tickets_2023.csv) with "Ticket", "Date" as "2023-01-05 08:42", "Bay" as "Bay 1" to "Bay 3", "Vehicle Year"
with 0 for unknown, "Oil Type" Conventional / Synthetic Blend / Full Synthetic, "Quarts", "Price" as "$39.99",
"Upsell Items" as "Wiper Blades; Air Filter" or blank, "Wait (min)" (a few blank) and "Coupon" Y / N; a daycare's
tuition billing (tuition_2023.csv) with one row per child and month, "Child" as "Garcia, Sofia", "Month" as
"Jan-2023", "Room" Infants / Toddlers / Preschool, "Days Enrolled", "Days Absent", "Weekly Rate" as "$385.00"
(sibling discounts lower some), "Subsidy $" blank when none, "Late Pickups" and "Late Fees" as "$15.00" (blank when
none); a pumpkin patch's school field trip bookings (field_trips.csv, 2021-2023 seasons) with "Booking" ids, upper-
case schools that book again, "Date" as "10/03/2023", "Grade" PreK / K / 1-3, "Kids", "Chaperones", "Price/Kid" as
"$8.50", "Pumpkins Taken", "Hayride" Y / N and "Paid" Y / N / PARTIAL; and a landscaping company's install estimates
(estimates.csv, 2022-2024) with "Estimate #" as "E-2022-0001", "Date" as "2022-04-12", "Client", "Sq Ft Sod",
"Shrubs" and "Trees" (blank for none), "Mulch (yds)", "Labor Hrs", "Estimate $" as "$12,450.00" and "Won" Y / N
(blank while pending). All are generated with fixed seeds 37101-37107.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _money(s: pd.Series) -> pd.Series:
    """Dollar amounts written as "$1,234.50" (or plain numbers, or blank) as floats."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _num(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _flag(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip().str.upper()


def _pick(rng: np.random.Generator, options: list[Any], n: int, p: list[float] | None = None) -> np.ndarray:
    w = None if p is None else np.asarray(p, dtype=float) / np.sum(p)
    return np.asarray(options, dtype=object)[rng.choice(len(options), size=n, p=w)]


def _peak_month(dates: pd.Series) -> pd.Timestamp:
    counts = dates.dropna().dt.to_period("M").value_counts()
    return counts.idxmax().to_timestamp()


# --- 1. Christmas tree farm wholesale lot orders --------------------------------------------------------------------

_CT_BUYERS = {
    "HOME DEPOT #4412": "Salem",
    "LOWE'S #1830": "Eugene",
    "FRED MEYER #221": "Portland",
    "ACE HARDWARE - ALBANY": "Albany",
    "BOY SCOUT TROOP 212": "Corvallis",
    "ST. MARY'S CHURCH LOT": "Salem",
    "KIWANIS CLUB OF BEND": "Bend",
    "JOE'S TREE LOT": "Portland",
    "ROTARY CLUB MEDFORD": "Medford",
    "BI-MART #612": "Eugene",
    "LIONS CLUB TREE SALE": "Beaverton",
    "HOLIDAY TREES LLC": "Seattle",
    "GREEN ACRES NURSERY": "Tacoma",
    "SAFEWAY #1544": "Boise",
}


def _tree_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37101)
    buyers = list(_CT_BUYERS)
    size = rng.uniform(0.4, 2.5, len(buyers))
    rows = []
    order_no = 21001
    for year, price_base in ((2021, 22.0), (2022, 24.0), (2023, 26.5)):
        n = int(rng.integers(120, 150))
        for _ in range(n):
            b = int(rng.choice(len(buyers), p=size / size.sum()))
            day = pd.Timestamp(year, 10, 20) + pd.Timedelta(days=int(rng.triangular(0, 22, 55)))
            counts = [int(rng.poisson(k * size[b])) for k in (60, 45, 25)]
            counts = [c if rng.random() > 0.15 else 0 for c in counts]
            if sum(counts) == 0:
                counts[0] = int(rng.integers(20, 60))
            price = price_base + float(rng.choice([-1.5, 0.0, 0.0, 1.0, 2.5])) + (1.5 if b % 3 == 0 else 0.0)
            far = _CT_BUYERS[buyers[b]] in ("Seattle", "Tacoma", "Boise", "Medford", "Bend")
            trucking = "" if rng.random() < 0.2 else round(float(rng.uniform(150, 300) + (400 if far else 0)), 2)
            paid = (
                ""
                if (year == 2023 and rng.random() < 0.3) or rng.random() < 0.04
                else day + pd.Timedelta(days=int(rng.integers(5, 45)))
            )
            rows.append(
                {
                    "Order #": str(order_no),
                    "Order Date": f"{day.month:02d}/{day.day:02d}/{day.year}",
                    "Lot Buyer": buyers[b],
                    "City": _CT_BUYERS[buyers[b]],
                    "Douglas Fir": counts[0] or "",
                    "Fraser Fir": counts[1] or "",
                    "Noble Fir": counts[2] or "",
                    "Price/Tree": f"${price:.2f}",
                    "Trucking $": trucking,
                    "Paid Date": "" if paid == "" else f"{paid.month:02d}/{paid.day:02d}/{paid.year}",
                }
            )
            order_no += 1
    df = pd.DataFrame(rows)
    df = df.iloc[np.argsort(pd.to_datetime(df["Order Date"], format="%m/%d/%Y").to_numpy(), kind="stable")]
    df = df.reset_index(drop=True).assign(**{"Order #": [str(21001 + i) for i in range(len(df))]})
    total = {c: "" for c in df.columns}
    total["Order #"] = "TOTAL"
    for c in ("Douglas Fir", "Fraser Fir", "Noble Fir", "Trucking $"):
        total[c] = round(float(_num(df[c]).sum()), 2)
    return pd.concat([df, pd.DataFrame([total])], ignore_index=True)


def _ct(d: pd.DataFrame) -> pd.DataFrame:
    d = d[d["Order #"].astype(str).str.strip().str.upper() != "TOTAL"].copy()
    d["_trees"] = _num(d["Douglas Fir"]).fillna(0) + _num(d["Fraser Fir"]).fillna(0) + _num(d["Noble Fir"]).fillna(0)
    d["_price"] = _money(d["Price/Tree"])
    d["_truck"] = _num(d["Trucking $"]).fillna(0)
    d["_date"] = pd.to_datetime(d["Order Date"], format="%m/%d/%Y")
    return d


def _ct_unpaid(d: pd.DataFrame) -> pd.DataFrame:
    d = _ct(d)
    return d[d["Paid Date"].isna() | (d["Paid Date"].astype(str).str.strip() == "")]


_FIRS = ("Douglas Fir", "Fraser Fir", "Noble Fir")
_TREE_QS = [
    Q(
        "how many trees did we sell altogether?",
        _count(lambda d: _ct(d)["_trees"].sum()),
        ("Order #", *_FIRS),
    ),
    Q(
        "which buyer took the most trees",
        _lead(_named(lambda d: _ct(d).groupby("Lot Buyer")["_trees"].sum().idxmax())),
        ("Lot Buyer", *_FIRS),
    ),
    Q(
        "which city pays the most per tree on average?",
        _lead(
            either(
                _named(lambda d: _ct(d).groupby("City")["_price"].mean().idxmax()),
                _named(
                    lambda d: (
                        _ct(d)
                        .assign(_v=lambda x: x["_price"] * x["_trees"])
                        .groupby("City")[["_v", "_trees"]]
                        .sum()
                        .pipe(lambda g: g["_v"] / g["_trees"])
                        .idxmax()
                    )
                ),
            )
        ),
        ("City", "Price/Tree", *_FIRS),
    ),
    Q(
        "how many orders haven't been paid yet",
        _count(lambda d: len(_ct_unpaid(d))),
        ("Order #", "Paid Date"),
    ),
    Q(
        "and how much money is that?",
        either(
            _scaled(lambda d: float((_ct_unpaid(d)["_trees"] * _ct_unpaid(d)["_price"]).sum()), _BIG),
            _scaled(
                lambda d: float((_ct_unpaid(d)["_trees"] * _ct_unpaid(d)["_price"] + _ct_unpaid(d)["_truck"]).sum()),
                _BIG,
            ),
        ),
        ("Order #", "Paid Date", "Price/Tree", "Trucking $", *_FIRS),
    ),
    Q(
        "what was the busiest month for orders",
        _month_year(lambda d: _peak_month(_ct(d)["_date"])),
        ("Order #", "Order Date"),
    ),
]


# --- 2. Tutoring center test prep results ---------------------------------------------------------------------------

_TU_FIRST = "Emma;Liam;Olivia;Noah;Ava;Ethan;Sophia;Mason;Isabella;Lucas;Mia;Aiden;Harper;Jacob;Ella;Logan;Chloe;Ben"
_TU_TUTORS = ["Ms. Patel", "Mr. Okafor", "Ms. Lindqvist", "Mr. Brennan", "Dr. Huang", "Ms. Alvarez"]
_TU_SCHOOLS = ["Lincoln HS", "Westview HS", "St. Agnes Academy", "Roosevelt HS", "Oak Ridge HS", "Central Prep"]


def _tutor_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37102)
    n = 640
    firsts = _TU_FIRST.split(";")
    skill = dict(zip(_TU_TUTORS, rng.uniform(0.7, 1.4, len(_TU_TUTORS)), strict=True))
    rows = []
    for _ in range(n):
        program = "SAT" if rng.random() < 0.62 else "ACT"
        tutor = str(rng.choice(_TU_TUTORS))
        sessions = int(rng.choice([6, 8, 10, 12, 16, 20], p=[0.15, 0.25, 0.2, 0.2, 0.12, 0.08]))
        hours = sessions * float(rng.choice([1.0, 1.5, 2.0]))
        price = {6: 599, 8: 799, 10: 949, 12: 1199, 16: 1499, 20: 1799}[sessions]
        if program == "SAT":
            start = int(np.clip(round(rng.normal(1080, 130) / 10) * 10, 600, 1500))
            gain = skill[tutor] * (25 + 3.2 * hours) + rng.normal(0, 35)
            end = int(np.clip(round((start + gain) / 10) * 10, 400, 1600))
        else:
            start = int(np.clip(round(rng.normal(22, 4)), 12, 33))
            gain = skill[tutor] * (0.6 + 0.11 * hours) + rng.normal(0, 1.2)
            end = int(np.clip(round(start + gain), 1, 36))
        rows.append(
            {
                "Student": f"{rng.choice(firsts)} {chr(65 + int(rng.integers(26)))}.",
                "Program": program,
                "Start Score": start,
                "End Score": "" if rng.random() < 0.12 else end,
                "Sessions": sessions,
                "Hours": "" if rng.random() < 0.03 else hours,
                "Tutor": tutor,
                "Package Price": f"${price:,}",
                "School": str(rng.choice(_TU_SCHOOLS)),
            }
        )
    return pd.DataFrame(rows)


def _tu(d: pd.DataFrame, program: str) -> pd.DataFrame:
    d = d[d["Program"].astype(str).str.strip().str.upper() == program].copy()
    d["_gain"] = _num(d["End Score"]) - _num(d["Start Score"])
    d["_hours"] = _num(d["Hours"])
    return d[d["_gain"].notna()]


def _tu_hours_gain(d: pd.DataFrame) -> pd.DataFrame:
    return _tu(d, "SAT").dropna(subset=["_hours"])


_TU_GAIN = ("Program", "Start Score", "End Score")
_TUTOR_QS = [
    Q(
        "how many kids are doing sat vs act",
        has(lambda d: [(d["Program"] == "SAT").sum(), (d["Program"] == "ACT").sum()], rel=0.001),
        ("Program", "Student"),
    ),
    Q("what's the average improvement for sat students?", _about(lambda d: _tu(d, "SAT")["_gain"].mean()), _TU_GAIN),
    Q("and for act?", _about(lambda d: _tu(d, "ACT")["_gain"].mean(), rel=0.02), _TU_GAIN),
    Q(
        "which tutor gets the biggest sat gains",
        _lead(_named(lambda d: _tu(d, "SAT").groupby("Tutor")["_gain"].mean().idxmax())),
        (*_TU_GAIN, "Tutor"),
    ),
    Q(
        "for sat, do more hours actually mean a bigger jump?",
        _corr(lambda d: _tu_hours_gain(d)["_hours"], lambda d: _tu_hours_gain(d)["_gain"]),
        (*_TU_GAIN, "Hours"),
    ),
    Q(
        "how many students don't have a final score yet",
        _count(lambda d: int(_num(d["End Score"]).isna().sum())),
        ("End Score", "Student"),
    ),
]


# --- 3. Gun range membership roster ---------------------------------------------------------------------------------

_GR_PLANS = {"Individual": 49.99, "Family": 79.99, "Corporate": 199.00}


def _range_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37103)
    n = 1450
    rows = []
    for i in range(n):
        plan = str(rng.choice(list(_GR_PLANS), p=[0.62, 0.3, 0.08]))
        join = pd.Timestamp(2015, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365 * 9 + 300)))
        years = (pd.Timestamp(2024, 10, 1) - join).days // 365
        dues = _GR_PLANS[plan] - (10 if join.year < 2019 and rng.random() < 0.5 else 0)
        written = plan
        r = rng.random()
        if r < 0.08:
            written = plan.upper()
        elif r < 0.14:
            written = plan.lower() + " "
        took = rng.random() < 0.82
        safety = join + pd.Timedelta(days=int(rng.integers(0, 60)))
        expires = pd.Timestamp(2024 + int(rng.integers(0, 3)), join.month, min(join.day, 28))
        visits = int(rng.poisson({"Individual": 14, "Family": 22, "Corporate": 35}[plan]))
        rows.append(
            {
                "Member ID": f"GR-{10001 + i}",
                "Join Date": f"{join:%Y-%m-%d}",
                "Plan": written,
                "Monthly Dues": f"${dues:.2f}",
                "Visits YTD": visits,
                "Guest Passes Used": int(min(rng.poisson(2 if plan != "Individual" else 0.8), 12)),
                "Safety Class Date": f"{safety:%m/%d/%Y}" if took else ("N/A" if rng.random() < 0.4 else ""),
                "Expires": f"{expires:%m/%d/%Y}",
                "Renewals": max(0, years - int(rng.integers(0, 2))),
            }
        )
    df = pd.DataFrame(rows)
    dup = df.sample(n=35, random_state=np.random.RandomState(37103))
    return pd.concat([df, dup], ignore_index=True).sample(frac=1.0, random_state=7).reset_index(drop=True)


def _gr(d: pd.DataFrame, dedup: bool) -> pd.DataFrame:
    d = d.drop_duplicates(subset=["Member ID"]) if dedup else d.copy()
    d = d.copy()
    d["_plan"] = d["Plan"].astype(str).str.strip().str.title()
    return d


def _gr_both(fn: Callable[[pd.DataFrame], Any], make: Callable[..., Check], **kw: Any) -> Check:
    """The value on distinct members or on every row of the export."""
    return either(make(lambda d: fn(_gr(d, True)), **kw), make(lambda d: fn(_gr(d, False)), **kw))


def _gr_no_class(d: pd.DataFrame) -> int:
    s = d["Safety Class Date"].astype("string").fillna("").str.strip().str.upper()
    return int(s.isin(["", "N/A"]).sum())


_RANGE_QS = [
    Q(
        "how many members do we have",
        either(_count(lambda d: d["Member ID"].nunique()), _count(len)),
        ("Member ID",),
    ),
    Q(
        "what share are on the family plan?",
        _gr_both(lambda g: (g["_plan"] == "Family").mean(), _share),
        ("Plan", "Member ID"),
    ),
    Q(
        "average visits this year for each plan",
        _gr_both(lambda g: g.groupby("_plan")["Visits YTD"].mean().to_numpy(), _about),
        ("Plan", "Visits YTD"),
    ),
    Q(
        "how many people never took the safety class",
        _gr_both(_gr_no_class, _count),
        ("Safety Class Date", "Member ID"),
    ),
    Q(
        "how many memberships expire in 2025?",
        _gr_both(lambda g: int((pd.to_datetime(g["Expires"], format="%m/%d/%Y").dt.year == 2025).sum()), _count),
        ("Expires", "Member ID"),
    ),
    Q(
        "which year did the most people sign up",
        _lead(_gr_both(lambda g: pd.to_datetime(g["Join Date"]).dt.year.value_counts().idxmax(), _year)),
        ("Join Date", "Member ID"),
    ),
]


# --- 4. Auto shop quick-lube lane tickets ---------------------------------------------------------------------------

_OC_OILS = {"Conventional": (39.99, 5.0), "Synthetic Blend": (54.99, 6.5), "Full Synthetic": (79.99, 9.0)}
_OC_UPSELLS = ["Wiper Blades", "Air Filter", "Cabin Filter", "Tire Rotation", "Coolant Flush", "Fuel Additive"]


def _oil_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37104)
    n = 3100
    days = pd.date_range("2023-01-02", "2023-12-30", freq="D")
    season = 1 + 0.35 * np.sin((days.dayofyear.to_numpy() - 80) / 365 * 2 * np.pi)
    bay_slow = {"Bay 1": 0, "Bay 2": 6, "Bay 3": 2}
    rows = []
    for i in range(n):
        day = days[int(rng.choice(len(days), p=season / season.sum()))]
        stamp = day + pd.Timedelta(minutes=int(rng.integers(7 * 60 + 30, 18 * 60)))
        oil = str(rng.choice(list(_OC_OILS), p=[0.42, 0.33, 0.25]))
        base, per_qt = _OC_OILS[oil]
        quarts = float(rng.choice([4.5, 5.0, 5.0, 6.0, 7.0, 8.0]))
        coupon = rng.random() < 0.28
        price = base + max(0.0, quarts - 5) * per_qt - (10 if coupon else 0)
        ups = list(rng.choice(_OC_UPSELLS, size=int(rng.choice([0, 0, 0, 1, 1, 2])), replace=False))
        price += 19.99 * len(ups)
        bay = str(rng.choice(list(bay_slow)))
        wait = max(5, int(rng.normal(18 + bay_slow[bay], 6)))
        year = int(rng.integers(1998, 2024)) if rng.random() > 0.03 else 0
        rows.append(
            {
                "Ticket": 230001 + i,
                "Date": f"{stamp:%Y-%m-%d %H:%M}",
                "Bay": bay,
                "Vehicle Year": year,
                "Oil Type": oil,
                "Quarts": quarts,
                "Price": f"${price:.2f}",
                "Upsell Items": "; ".join(ups),
                "Wait (min)": "" if rng.random() < 0.04 else wait,
                "Coupon": "Y" if coupon else "N",
            }
        )
    return pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)


def _oc_price_by(col: str) -> Callable[[pd.DataFrame], Any]:
    return lambda d: _money(d["Price"]).groupby(d[col].astype(str).str.strip()).mean().to_numpy()


_OIL_QS = [
    Q("how many oil changes did we do this year", _count(len), ("Ticket",)),
    Q("average price for each oil type", _about(_oc_price_by("Oil Type")), ("Oil Type", "Price")),
    Q(
        "which bay has the longest waits?",
        _lead(_named(lambda d: _num(d["Wait (min)"]).groupby(d["Bay"]).mean().idxmax())),
        ("Bay", "Wait (min)"),
    ),
    Q(
        "what percent of tickets used a coupon",
        _share(lambda d: float((_flag(d["Coupon"]) == "Y").mean())),
        ("Coupon", "Ticket"),
    ),
    Q("do coupon customers pay less on average?", _about(_oc_price_by("Coupon")), ("Coupon", "Price")),
    Q(
        "busiest month?",
        _month_year(lambda d: _peak_month(pd.to_datetime(d["Date"]))),
        ("Date", "Ticket"),
    ),
]


# --- 5. Daycare tuition billing -------------------------------------------------------------------------------------

_DC_FIRST = "Sofia;Liam;Ava;Noah;Mila;Leo;Zoe;Eli;Nora;Owen;Ruby;Finn;Ivy;Jack;Luna;Theo;Maya;Sam;Aria;Max"
_DC_LAST = "Garcia;Nguyen;Smith;Patel;Kim;Johnson;Lopez;Brown;Chen;Davis;Martin;Walker;Young;Reyes;Hill;Ward"
_DC_RATES = {"Infants": 385.0, "Toddlers": 340.0, "Preschool": 295.0}


def _daycare_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37105)
    firsts, lasts = _DC_FIRST.split(";"), _DC_LAST.split(";")
    kids: list[tuple[str, str, float, float, int, int]] = []
    used: set[str] = set()
    while len(kids) < 84:
        name = f"{rng.choice(lasts)}, {rng.choice(firsts)}"
        if name in used:
            continue
        used.add(name)
        room = str(rng.choice(list(_DC_RATES), p=[0.25, 0.35, 0.4]))
        rate = _DC_RATES[room] * (0.9 if rng.random() < 0.2 else 1.0)
        subsidy = float(rng.choice([125.0, 200.0, 310.0])) if rng.random() < 0.22 else 0.0
        first = int(rng.integers(1, 13)) if rng.random() < 0.3 else 1
        last = int(rng.integers(first, 13)) if rng.random() < 0.25 else 12
        kids.append((name, room, rate, subsidy, first, last))
    months = pd.date_range("2023-01-01", periods=12, freq="MS")
    late_mood = rng.uniform(0.05, 0.5, 12)
    rows = []
    for name, room, rate, subsidy, first, last in kids:
        for m in months[first - 1 : last]:
            business = int(np.busday_count(m.date(), (m + pd.offsets.MonthBegin(1)).date()))
            enrolled = business if rng.random() > 0.1 else int(rng.integers(8, business))
            absent = int(min(enrolled, rng.poisson(1.6 if room == "Infants" else 1.1)))
            late = int(rng.poisson(late_mood[m.month - 1]))
            rows.append(
                {
                    "Child": name,
                    "Month": f"{m:%b-%Y}",
                    "Room": room,
                    "Days Enrolled": enrolled,
                    "Days Absent": absent,
                    "Weekly Rate": f"${rate:.2f}",
                    "Subsidy $": f"{subsidy:.2f}" if subsidy else "",
                    "Late Pickups": late,
                    "Late Fees": f"${15 * late:.2f}" if late or rng.random() < 0.5 else "",
                }
            )
    return pd.DataFrame(rows)


def _dc_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Month"], format="%b-%Y")


def _dc_subsidised(d: pd.DataFrame) -> pd.DataFrame:
    return d[_num(d["Subsidy $"]).fillna(0) > 0]


def _dc_infant_rates(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Room"].astype(str).str.strip() == "Infants"].assign(_rate=lambda x: _money(x["Weekly Rate"]))


_DAYCARE_QS = [
    Q(
        "how many kids are in each room",
        has(lambda d: d.groupby("Room")["Child"].nunique().to_numpy(), rel=0.001),
        ("Room", "Child"),
    ),
    Q(
        "what do infants pay per week on average?",
        either(
            _about(lambda d: _dc_infant_rates(d)["_rate"].mean()),
            _about(lambda d: _dc_infant_rates(d).drop_duplicates("Child")["_rate"].mean()),
        ),
        ("Room", "Weekly Rate", "Child"),
    ),
    Q(
        "total late fees we collected",
        _scaled(lambda d: float(_money(d["Late Fees"]).sum()), _BIG),
        ("Late Fees",),
    ),
    Q(
        "which month had the most late pickups",
        _month_year(lambda d: d["Late Pickups"].groupby(_dc_month(d)).sum().idxmax()),
        ("Month", "Late Pickups"),
    ),
    Q(
        "how many kids get a subsidy?",
        either(_count(lambda d: _dc_subsidised(d)["Child"].nunique()), _count(lambda d: len(_dc_subsidised(d)))),
        ("Subsidy $", "Child"),
    ),
    Q(
        "whats the absence rate overall",
        either(
            _share(lambda d: float(d["Days Absent"].sum() / d["Days Enrolled"].sum())),
            _share(lambda d: float((d["Days Absent"] / d["Days Enrolled"]).mean())),
        ),
        ("Days Absent", "Days Enrolled"),
    ),
]


# --- 6. Pumpkin patch school field trip bookings --------------------------------------------------------------------

_PP_SCHOOLS = [
    "MAPLE GROVE ELEMENTARY",
    "LINCOLN ELEMENTARY",
    "ST. JOSEPH SCHOOL",
    "SUNSHINE PRESCHOOL",
    "RIVERSIDE ELEMENTARY",
    "LITTLE ACORNS MONTESSORI",
    "WASHINGTON PRIMARY",
    "HILLCREST ELEMENTARY",
    "KIDS KORNER DAYCARE",
    "EAGLE POINT ACADEMY",
    "PINE VALLEY ELEMENTARY",
    "GRACE CHRISTIAN SCHOOL",
    "JEFFERSON ELEMENTARY",
    "BRIGHT HORIZONS #12",
    "OAKWOOD ELEMENTARY",
]


def _pumpkin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37106)
    pull = rng.uniform(0.5, 2.0, len(_PP_SCHOOLS))
    rows = []
    booking = 1
    for year, n, price in ((2021, 190, 8.0), (2022, 240, 8.5), (2023, 225, 9.5)):
        for _ in range(n):
            s = int(rng.choice(len(_PP_SCHOOLS), p=pull / pull.sum()))
            school = _PP_SCHOOLS[s]
            pre = "PRESCHOOL" in school or "DAYCARE" in school or "MONTESSORI" in school or "HORIZONS" in school
            grade = "PreK" if pre else str(rng.choice(["K", "1", "2", "3"], p=[0.35, 0.3, 0.2, 0.15]))
            day = pd.Timestamp(year, 9, 15) + pd.Timedelta(days=int(rng.integers(0, 47)))
            kids = int(rng.integers(12, 35) if pre else rng.integers(18, 95))
            chaps = max(1, round(kids / rng.uniform(4, 9) if pre else kids / rng.uniform(6, 12)))
            rows.append(
                {
                    "Booking": f"PP{year % 100}-{booking:04d}",
                    "School": school,
                    "Date": f"{day:%m/%d/%Y}",
                    "Grade": grade,
                    "Kids": kids,
                    "Chaperones": chaps,
                    "Price/Kid": f"${price - (1.0 if pre else 0.0):.2f}",
                    "Pumpkins Taken": max(0, kids - int(rng.integers(0, 4))),
                    "Hayride": "Y" if rng.random() < 0.64 else "N",
                    "Paid": str(rng.choice(["Y", "N", "PARTIAL"], p=[0.85, 0.09, 0.06])),
                }
            )
            booking += 1
    return pd.DataFrame(rows)


def _pp_school_kids(d: pd.DataFrame) -> str:
    return str(d.groupby(d["School"].astype(str).str.strip())["Kids"].sum().idxmax())


def _pp_k_revenue(d: pd.DataFrame) -> float:
    k = d[d["Grade"].astype(str).str.strip().str.upper() == "K"]
    return float((k["Kids"] * _money(k["Price/Kid"])).sum())


_PUMPKIN_QS = [
    Q("how many kids came out on field trips in total?", _count(lambda d: d["Kids"].sum()), ("Kids",)),
    Q("which school brought the most kids", _lead(_named(_pp_school_kids)), ("School", "Kids")),
    Q(
        "how many kids per chaperone on average",
        either(
            _about(lambda d: d["Kids"].sum() / d["Chaperones"].sum(), rel=0.015),
            _about(lambda d: (d["Kids"] / d["Chaperones"]).mean(), rel=0.015),
        ),
        ("Kids", "Chaperones"),
    ),
    Q(
        "what share of groups did the hayride?",
        _share(lambda d: float((_flag(d["Hayride"]) == "Y").mean())),
        ("Hayride", "Booking"),
    ),
    Q("how much did we make from kindergarten trips", _scaled(_pp_k_revenue, _BIG), ("Grade", "Kids", "Price/Kid")),
    Q(
        "which year had the most bookings?",
        _lead(_year(lambda d: pd.to_datetime(d["Date"], format="%m/%d/%Y").dt.year.value_counts().idxmax())),
        ("Date", "Booking"),
    ),
]


# --- 7. Landscaping install estimates -------------------------------------------------------------------------------

_LS_CLIENTS = "Smith;Johnson;Williams;Brown;Miller;Davis;Wilson;Anderson;Taylor;Thomas;Moore;Martin;Clark;Lewis"
_LS_HOAS = ["Oak Hills HOA", "Cedar Park Condos", "Riverbend Office Park", "Maple Ridge HOA", "First Baptist Church"]


def _landscape_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37107)
    families = _LS_CLIENTS.split(";")
    month_w = [0.2, 0.4, 1.2, 1.8, 1.6, 1.2, 0.9, 0.8, 1.0, 0.9, 0.4, 0.2]
    rows = []
    for year, n in ((2022, 280), (2023, 330), (2024, 310)):
        dates = []
        for _ in range(n):
            m = int(rng.choice(12, p=np.asarray(month_w) / sum(month_w))) + 1
            dates.append(pd.Timestamp(year, m, int(rng.integers(1, 29))))
        for i, day in enumerate(sorted(dates)):
            big = rng.random() < 0.12
            client = str(rng.choice(_LS_HOAS)) if big else f"{rng.choice(families)} Residence"
            sod = int(rng.choice([0, rng.integers(300, 2500), rng.integers(800, 6000)])) * (3 if big else 1)
            shrubs = int(rng.poisson(18 if big else 6))
            trees = int(rng.poisson(4 if big else 1.2))
            mulch = round(float(rng.uniform(0, 6) * (3 if big else 1)), 1)
            hours = round(sod / 120 + shrubs * 0.6 + trees * 2.5 + mulch * 1.2 + rng.uniform(2, 8), 1)
            price = round(sod * 1.9 + shrubs * 45 + trees * 285 + mulch * 68 + hours * 65 * rng.uniform(0.9, 1.15), -1)
            won = rng.random() < 0.58 - min(price, 40000) / 200000
            pending = year == 2024 and day.month >= 10 and rng.random() < 0.6
            rows.append(
                {
                    "Estimate #": f"E-{year}-{i + 1:04d}",
                    "Date": f"{day:%Y-%m-%d}",
                    "Client": client,
                    "Sq Ft Sod": sod or "",
                    "Shrubs": shrubs or "",
                    "Trees": trees or "",
                    "Mulch (yds)": mulch,
                    "Labor Hrs": hours,
                    "Estimate $": f"${price:,.2f}",
                    "Won": "" if pending else ("Y" if won else "N"),
                }
            )
    return pd.DataFrame(rows)


def _ls(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_won=_flag(d["Won"]), _amt=_money(d["Estimate $"]), _date=pd.to_datetime(d["Date"]))


def _ls_top_month(d: pd.DataFrame) -> str:
    return f"{pd.Timestamp(2000, int(_ls(d)['_date'].dt.month.value_counts().idxmax()), 1):%B}"


_LANDSCAPE_QS = [
    Q("how many estimates did we win", _count(lambda d: int((_ls(d)["_won"] == "Y").sum())), ("Won", "Estimate #")),
    Q(
        "what's our win rate?",
        either(
            _share(lambda d: float((_ls(d)["_won"] == "Y").sum() / _ls(d)["_won"].isin(["Y", "N"]).sum())),
            _share(lambda d: float((_ls(d)["_won"] == "Y").mean())),
        ),
        ("Won", "Estimate #"),
    ),
    Q(
        "average estimate for jobs we won vs lost",
        _about(lambda d: _ls(d).groupby("_won")["_amt"].mean().loc[["Y", "N"]].to_numpy()),
        ("Won", "Estimate $"),
    ),
    Q(
        "total value of the jobs we won",
        _scaled(lambda d: float(_ls(d).loc[lambda x: x["_won"] == "Y", "_amt"].sum()), _BIG),
        ("Won", "Estimate $"),
    ),
    Q(
        "are bigger estimates just more labor hours? how related are they",
        _corr(lambda d: _ls(d)["Labor Hrs"], lambda d: _ls(d)["_amt"]),
        ("Estimate $", "Labor Hrs"),
    ),
    Q(
        "which month do we send out the most estimates",
        _lead(
            either(
                _named(_ls_top_month),
                _month_year(lambda d: _peak_month(_ls(d)["_date"])),
            )
        ),
        ("Date", "Estimate #"),
    ),
]


HELDOUT371: list[Dataset] = [
    Dataset("christmas_tree_lot_orders", _tree_frame, _TREE_QS),
    Dataset("tutoring_test_prep", _tutor_frame, _TUTOR_QS),
    Dataset("gun_range_members", _range_frame, _RANGE_QS),
    Dataset("oil_change_lane", _oil_frame, _OIL_QS),
    Dataset("daycare_tuition", _daycare_frame, _DAYCARE_QS),
    Dataset("pumpkin_patch_field_trips", _pumpkin_frame, _PUMPKIN_QS),
    Dataset("landscaping_estimates", _landscape_frame, _LANDSCAPE_QS),
]
