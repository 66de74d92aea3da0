"""HELDOUT338: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small business's back office exports: a bookkeeping firm's monthly
client closes (January 2023 to December 2024, one row per client per month, a few months skipped) with Client (a
business name, repeated every month), Month as "Jan-2024", Industry (Restaurant, Retail, Construction, Medical, Real
Estate, Nonprofit; now and then upper case), "Transactions Categorized", "Hours Spent" (one decimal, blank now and then
when nobody logged time), Fee as "$1,250.00" (a monthly flat fee by client size), "Closed On Time" (Y/N), "Reconciling
Items" and Bookkeeper; an accounts receivable aging report as of June 30 2024 (one row per open invoice, customers
repeated) with Customer, "Invoice #" as "INV-20451", "Invoice Date" and "Due Date" as "03/15/2024", Amount as "1,234.56"
(the open balance), the buckets Current, "1-30", "31-60", "61-90" and "90+" (the balance in the one bucket its days past
due fall in, "0.00" elsewhere), "Sales Rep", and a last "TOTAL" line (blank invoice number, dates and rep, every amount
summed); a company's purchase order lines (2024, several lines per PO, "PO #" as "PO-24-0153" repeated on each line)
with "PO Date" as "2024-01-05", Vendor, Department (Operations, IT, Marketing, Facilities, Finance), Item, Qty, "Unit
Cost" and Total as "$12.50", "Approved By", "Received Date" (blank while open, "2024-02-01" otherwise) and Status (Open,
Closed, Partial, one per PO, now and then lower case); a forklift pre-shift inspection checklist (2024, one row per
truck per shift it ran) with Date as "1/3/2024", "Truck #" as "FL-03", Operator, Shift ("1st", "2nd", "3rd"), "Hour
Meter" (climbing per truck), "Forks OK", "Brakes OK", "Horn OK" (Y/N), "Battery %" as "85%", "Defects Found" (free text,
blank when none) and "Out of Service" (Y/N); a courier's last mile delivery scans (March and April 2024, weekdays, one
row per stop) with Route as "R-104", Driver, "Stop #" (1 up per route and day), "Scan Time" as "2024-03-04 09:15:22",
Packages, Status (DELIVERED, ATTEMPTED, RETURNED), Signature (Y/N, only ever Y on delivered stops), Miles (from the
previous stop, two decimals) and Zip (five digits, leading zero lost on read); a bail bonds agency's bond book (2022 to
2024, one row per bond) with Defendant as "LAST, FIRST", "Charge Class" (FELONY, MISDEMEANOR, now and then "Felony"),
"Bond Amount" and Premium as "$25,000.00" (premium 10% of the bond, 8% on some), Collateral (None, Cash, Vehicle Title,
Real Estate, Jewelry, or blank; "None" reads back as blank), "Posted Date" and "Court Date" as "03/12/2023", Appeared
(Y/N, blank while the court date is ahead), Forfeited (Y/N) and Agent; and a grain elevator's scale tickets (the 2024
harvest, wheat in July, corn and soybeans September to November, one row per load, a few voided tickets) with "Ticket #"
(a number), Date as "10/05/2024", Farmer, Crop (CORN, SOYBEANS, WHEAT, "VOID" on a voided ticket with its weights and
amounts blank), "Gross Lbs", "Tare Lbs", "Net Lbs" (gross minus tare), "Moisture %", "Test Weight", "Dockage %", Bushels
(net pounds less moisture shrink and dockage, over 56 or 60), "Price/Bu" as "4.12" and "Check Amount" as "$12,345.67".
All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_count, _either_named, _flag
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _name(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _money(x: float) -> str:
    return f"${x:,.2f}"


# --- 1. Bookkeeping monthly closes ---------------------------------------------------------------------------------

_BK_INDUSTRIES = {"Restaurant": 1.5, "Retail": 1.2, "Construction": 1.3, "Medical": 1.1, "Real Estate": 0.8}
_BK_INDUSTRIES |= {"Nonprofit": 0.9}
_BK_WORDS = ["Summit", "Blue Oak", "Harbor", "Maple", "Northside", "Keystone", "Pioneer", "Sunrise", "Granite"]
_BK_WORDS += ["Riverbend", "Cedar", "Lakeshore", "Copper", "Main Street", "Eastgate", "Redwood", "Prairie", "Liberty"]
_BK_KINDS = {
    "Restaurant": ["Grill", "Bistro", "Pizza Co", "Diner"],
    "Retail": ["Outfitters", "Hardware", "Boutique", "Supply"],
    "Construction": ["Builders LLC", "Roofing", "Contracting", "Concrete"],
    "Medical": ["Family Dental", "Chiropractic", "Pediatrics", "Physical Therapy"],
    "Real Estate": ["Realty", "Property Mgmt", "Holdings LLC"],
    "Nonprofit": ["Food Bank", "Youth League", "Arts Council"],
}
_BK_PEOPLE = {"Dana Whitfield": (0.93, 0.9), "Marcus Lee": (0.85, 1.0), "Priya Shah": (0.9, 1.1)}
_BK_PEOPLE |= {"Tom Becker": (0.72, 1.25), "Alicia Gomez": (0.88, 0.95)}


def _books_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33801)
    clients = []
    used: set[str] = set()
    while len(clients) < 42:
        industry = str(_one(rng, list(_BK_INDUSTRIES)))
        name = f"{_one(rng, _BK_WORDS)} {_one(rng, _BK_KINDS[industry])}"
        if name in used:
            continue
        used.add(name)
        size = float(rng.lognormal(5.0, 0.6))
        fee = float(_one(rng, [350, 500, 750, 1000, 1250, 1500, 2000])) * (1.0 if size < 200 else 1.4)
        start = int(rng.integers(0, 10)) if rng.random() < 0.3 else 0
        clients.append((name, industry, size, round(fee / 25) * 25, str(_one(rng, list(_BK_PEOPLE))), start))
    months = pd.date_range("2023-01-01", "2024-12-01", freq="MS")
    rows: list[dict[str, Any]] = []
    for i, month in enumerate(months):
        for name, industry, size, fee, keeper, start in clients:
            if i < start or rng.random() < 0.04:
                continue
            on_time_p, speed = _BK_PEOPLE[keeper]
            txns = int(max(15, rng.normal(size * (1.25 if month.month == 12 else 1.0), size * 0.15)))
            hours = round(max(0.5, txns / 60 * _BK_INDUSTRIES[industry] * speed + rng.normal(0, 0.6)), 1)
            recs = int(rng.poisson(1.5 + txns / 150))
            late = rng.random() > on_time_p - 0.02 * recs
            rows.append(
                {
                    "Client": name,
                    "Month": f"{month:%b-%Y}",
                    "Industry": industry.upper() if rng.random() < 0.05 else industry,
                    "Transactions Categorized": txns,
                    "Hours Spent": "" if rng.random() < 0.04 else hours,
                    "Fee": _money(fee * (1.03 if month.year == 2024 else 1.0)),
                    "Closed On Time": "N" if late else "Y",
                    "Reconciling Items": recs,
                    "Bookkeeper": keeper,
                }
            )
    return pd.DataFrame(rows)


def _bk_industry(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Industry").str.title()


def _bk_late_top(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        late = ~_flag(df, "Closed On Time")
        by = late.groupby(_text(df, "Bookkeeper"))
        return _top(by.mean() if rate else by.sum())

    return value


def _bk_fees_2024(df: pd.DataFrame) -> float:
    year = pd.to_datetime(_text(df, "Month"), format="%b-%Y").dt.year
    return float(_num(df, "Fee")[year == 2024].sum())


_BK_QS = [
    Q("how many clients do we have", _count(lambda df: int(_text(df, "Client").nunique())), ("Client",)),
    Q(
        "what percent of closes were done on time",
        _share(lambda df: float(_flag(df, "Closed On Time").mean())),
        ("Closed On Time",),
    ),
    Q(
        "which bookkeeper misses the deadline most",
        _either_named(_bk_late_top(True), _bk_late_top(False)),
        ("Bookkeeper", "Closed On Time"),
    ),
    Q(
        "which industry takes the most hours per close on average",
        _lead(_named(lambda df: _top(_num(df, "Hours Spent").groupby(_bk_industry(df)).mean()))),
        ("Industry", "Hours Spent"),
    ),
    Q("how much did we bill in fees in 2024", _amount(_bk_fees_2024), ("Fee", "Month")),
    Q(
        "do more transactions mean more hours?",
        _corr(lambda df: _num(df, "Transactions Categorized"), lambda df: _num(df, "Hours Spent")),
        ("Transactions Categorized", "Hours Spent"),
    ),
]


# --- 2. Accounts receivable aging ----------------------------------------------------------------------------------

_AR_CUSTOMERS = [
    "Acme Industrial Supply", "Bright Path Logistics", "Cornerstone Medical Group", "Delta Fabrication",
    "Evergreen Landscaping", "Fairview School District", "Granite State Builders", "Hillside Veterinary",
    "Ironwood Manufacturing", "Jupiter Foods Inc", "Keller & Sons Plumbing", "Lakeside Hotel", "Metro Auto Parts",
    "Northwind Traders", "Oakmont Property Mgmt", "Pinnacle Electric", "Quarry Road Brewing", "Ridgeline Outfitters",
    "Silver Creek Dental", "Tri-County Hospital", "United Packaging", "Valley Farm Co-op", "Westfield Mall LLC",
]  # fmt: skip
_AR_REPS = {"J. Morales": 1.0, "K. Chen": 1.2, "S. Patel": 0.9, "B. O'Neil": 0.8}
_AR_BUCKETS = ["Current", "1-30", "31-60", "61-90", "90+"]
_AR_ASOF = pd.Timestamp("2024-06-30")


def _ar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33802)
    customers = []
    for name in _AR_CUSTOMERS:
        customers.append(
            (
                name,
                float(rng.lognormal(7.5, 0.8)),
                float(rng.uniform(0.1, 1.0)) ** 2,
                int(_one(rng, [15, 30, 30, 45, 60])),
                str(_one(rng, list(_AR_REPS), list(_AR_REPS.values()))),
            )
        )
    rows: list[dict[str, Any]] = []
    number = 20100
    for _ in range(620):
        name, size, slow, terms, rep = customers[int(_one(rng, range(len(customers)), [c[1] for c in customers]))]
        age = int(rng.exponential(25 + 120 * slow))
        invoice = _AR_ASOF - pd.Timedelta(days=min(age, 400))
        due = invoice + pd.Timedelta(days=terms)
        late = (_AR_ASOF - due).days
        amount = round(float(rng.lognormal(np.log(size) - 1.2, 0.7)), 2)
        bucket = 0 if late <= 0 else 1 if late <= 30 else 2 if late <= 60 else 3 if late <= 90 else 4
        number += int(rng.integers(1, 9))
        row: dict[str, Any] = {
            "Customer": name,
            "Invoice #": f"INV-{number}",
            "Invoice Date": f"{invoice:%m/%d/%Y}",
            "Due Date": f"{due:%m/%d/%Y}",
            "Amount": f"{amount:,.2f}",
        }
        for i, b in enumerate(_AR_BUCKETS):
            row[b] = f"{amount if i == bucket else 0.0:,.2f}"
        row["Sales Rep"] = rep
        rows.append(row)
    frame = pd.DataFrame(rows).sort_values(["Customer", "Invoice #"], kind="stable").reset_index(drop=True)
    total: dict[str, Any] = {"Customer": "TOTAL", "Invoice #": "", "Invoice Date": "", "Due Date": ""}
    for col in ["Amount", *_AR_BUCKETS]:
        total[col] = f"{_num(frame, col).sum():,.2f}"
    total["Sales Rep"] = ""
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _ar(df: pd.DataFrame) -> pd.DataFrame:
    """The invoice rows (the TOTAL line dropped)."""
    return df[_text(df, "Customer").str.upper() != "TOTAL"]


def _ar_sum(col: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(_ar(df), col).sum())


def _ar_past_due(df: pd.DataFrame) -> float:
    rows = _ar(df)
    return float(1 - _num(rows, "Current").sum() / _num(rows, "Amount").sum())


_AR_QS = [
    Q("how much is outstanding in total", _amount(_ar_sum("Amount")), ("Amount",)),
    Q("how much of it is over 90 days", _amount(_ar_sum("90+")), ("90+",)),
    Q(
        "who owes us the most",
        _lead(_named(lambda df: _top(_num(_ar(df), "Amount").groupby(_text(_ar(df), "Customer")).sum()))),
        ("Customer", "Amount"),
    ),
    Q("what share of the balance is past due", _share(_ar_past_due), ("Amount", "Current")),
    Q(
        "how many invoices are more than 60 days late",
        _count(lambda df: int(((_num(_ar(df), "61-90") > 0) | (_num(_ar(df), "90+") > 0)).sum())),
        ("Invoice #", "61-90", "90+"),
    ),
    Q(
        "which sales rep has the most money in the 90+ bucket",
        _lead(_named(lambda df: _top(_num(_ar(df), "90+").groupby(_text(_ar(df), "Sales Rep")).sum()))),
        ("Sales Rep", "90+"),
    ),
]


# --- 3. Purchase orders --------------------------------------------------------------------------------------------

_PO_DEPTS = {"Operations": 5, "IT": 3, "Marketing": 2, "Facilities": 3, "Finance": 1}
# vendor: department it mostly serves, items with unit cost
_PO_VENDORS: dict[str, tuple[str, dict[str, float]]] = {
    "Grainger": ("Operations", {"Safety Gloves (box)": 18.5, "Shop Towels": 24.0, "Pallet Jack": 489.0}),
    "Uline": ("Operations", {"Stretch Wrap": 32.0, "Corrugated Boxes (25)": 41.5, "Packing Tape": 3.2}),
    "CDW": ("IT", {"Dell Latitude 5440": 1189.0, "USB-C Dock": 219.0, "24in Monitor": 179.0}),
    "Amazon Business": ("IT", {"HDMI Cable": 9.99, "Wireless Mouse": 22.5, "Webcam": 64.0}),
    "Staples": ("Finance", {"Copy Paper (case)": 48.0, "Toner Cartridge": 119.0, "Binder Clips": 6.5}),
    "Vistaprint": ("Marketing", {"Business Cards (500)": 39.0, "Trade Show Banner": 189.0, "Brochures (1000)": 265.0}),
    "Home Depot Pro": ("Facilities", {"LED Tube (10pk)": 54.0, "HVAC Filter": 12.75, "Paint (5 gal)": 165.0}),
    "Cintas": ("Facilities", {"Uniform Service": 310.0, "First Aid Refill": 86.0, "Floor Mats": 45.0}),
}
_PO_APPROVERS = ["R. Alvarez", "M. Chen", "D. Okafor", "S. Lindqvist"]


def _po_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33803)
    days = pd.bdate_range("2024-01-02", "2024-12-20")
    rows: list[dict[str, Any]] = []
    for n in range(1, 461):
        day = days[int(rng.integers(len(days)))]
        dept = str(_one(rng, list(_PO_DEPTS), list(_PO_DEPTS.values())))
        mine = [v for v, (d, _) in _PO_VENDORS.items() if d == dept] or list(_PO_VENDORS)
        vendor = str(_one(rng, mine)) if rng.random() < 0.75 else str(_one(rng, list(_PO_VENDORS)))
        age = (pd.Timestamp("2024-12-31") - day).days
        status = "Closed" if rng.random() < min(0.95, age / 40) else str(_one(rng, ["Open", "Partial"], [2, 1]))
        received = day + pd.Timedelta(days=int(rng.gamma(3, 3)) + 1)
        items = _PO_VENDORS[vendor][1]
        for item in rng.choice(list(items), size=int(_one(rng, [1, 2, 3], [5, 3, 2])), replace=False):
            cost = items[str(item)]
            qty = int(rng.integers(1, 5)) if cost > 150 else int(rng.integers(2, 40))
            rows.append(
                {
                    "PO #": f"PO-24-{n:04d}",
                    "PO Date": f"{day:%Y-%m-%d}",
                    "Vendor": vendor,
                    "Department": dept,
                    "Item": str(item),
                    "Qty": qty,
                    "Unit Cost": _money(cost),
                    "Total": _money(qty * cost),
                    "Approved By": str(_one(rng, _PO_APPROVERS)),
                    "Received Date": "" if status == "Open" else f"{received:%Y-%m-%d}",
                    "Status": status.lower() if rng.random() < 0.06 else status,
                }
            )
    return pd.DataFrame(rows).sort_values(["PO Date", "PO #"], kind="stable").reset_index(drop=True)


def _po_status(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Status").str.title()


def _po_open(distinct: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        open_ = _po_status(df) == "Open"
        return int(_text(df, "PO #")[open_].nunique() if distinct else open_.sum())

    return value


def _po_vendor_top(by_count: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        if by_count:
            return _top(_text(df, "PO #").groupby(_text(df, "Vendor")).nunique())
        return _top(_num(df, "Total").groupby(_text(df, "Vendor")).sum())

    return value


def _po_lead_days(per_po: bool, median: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        days = (_date(df, "Received Date", "%Y-%m-%d") - _date(df, "PO Date", "%Y-%m-%d")).dt.days
        if per_po:
            days = days.groupby(_text(df, "PO #")).first()
        days = days.dropna()
        return float(days.median() if median else days.mean())

    return value


def _po_top_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _date(df, "PO Date", "%Y-%m-%d").dt.to_period("M")
    return _num(df, "Total").groupby(month).sum().idxmax().to_timestamp()


def _po_it_in_top_month(df: pd.DataFrame) -> float:
    month = _date(df, "PO Date", "%Y-%m-%d").dt.to_period("M")
    keep = (month == pd.Period(_po_top_month(df), "M")) & (_text(df, "Department") == "IT")
    return float(_num(df, "Total")[keep].sum())


_PO_QS = [
    Q(
        "how many purchase orders are still open",
        _either_count(_po_open(True), _po_open(False)),
        ("PO #", "Status"),
    ),
    Q(
        "which department spent the most",
        _lead(_named(lambda df: _top(_num(df, "Total").groupby(_text(df, "Department")).sum()))),
        ("Department", "Total"),
    ),
    Q(
        "who's our biggest vendor",
        _either_named(_po_vendor_top(False), _po_vendor_top(True)),
        ("Vendor", "Total", "PO #"),
    ),
    Q(
        "how long does it usually take to get stuff after we order it",
        either(*(_about(_po_lead_days(a, b), rel=0.02) for a in (True, False) for b in (True, False))),
        ("PO Date", "Received Date", "PO #"),
    ),
    Q("which month did we spend the most", _month_year(_po_top_month), ("PO Date", "Total")),
    Q("how much of that was IT", _amount(_po_it_in_top_month), ("PO Date", "Total", "Department")),
]


# --- 4. Forklift pre-shift inspections -----------------------------------------------------------------------------

_FL_TRUCKS = {f"FL-{i:02d}": (float(age), shifts) for i, age, shifts in [(1, 9, 3), (2, 8, 3), (3, 6, 2)]}
_FL_TRUCKS |= {f"FL-{i:02d}": (float(age), shifts) for i, age, shifts in [(4, 5, 3), (5, 3, 2), (6, 2, 1)]}
_FL_TRUCKS |= {"FL-07": (1.0, 2), "FL-08": (7.0, 1)}
_FL_OPERATORS = {
    "1st": ["Luis Ortega", "Dwayne Brooks", "Kim Tran", "Earl Jensen"],
    "2nd": ["Maria Santos", "Tyler Reed", "Ahmed Farah"],
    "3rd": ["Cody Wallace", "Nina Petrova"],
}
_FL_DEFECTS = {
    "Forks OK": ["Fork tip cracked", "Heel wear past limit", "Fork bent"],
    "Brakes OK": ["Brakes soft", "Parking brake won't hold", "Brake pedal spongy"],
    "Horn OK": ["Horn inop", "Horn weak"],
}
_FL_OTHER = ["Hydraulic leak", "Seat belt frayed", "Backup alarm inop", "Tire chunking", "Mast chain loose"]


def _forklift_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33804)
    days = pd.bdate_range("2024-01-02", "2024-12-20")
    meters = {t: float(rng.uniform(2000, 4000)) * age / 3 for t, (age, _) in _FL_TRUCKS.items()}
    rows: list[dict[str, Any]] = []
    for day in days:
        for shift in ["1st", "2nd", "3rd"][: 3 if day.dayofweek < 4 else 2]:
            for truck, (age, shifts) in _FL_TRUCKS.items():
                if ["1st", "2nd", "3rd"].index(shift) >= shifts or rng.random() < 0.12:
                    continue
                meters[truck] += float(rng.uniform(3.5, 7.5))
                checks = {k: rng.random() > 0.006 * age + 0.005 for k in _FL_DEFECTS}
                defects = [str(_one(rng, _FL_DEFECTS[k])) for k, ok in checks.items() if not ok]
                if rng.random() < 0.03 + 0.004 * age:
                    defects.append(str(_one(rng, _FL_OTHER)))
                battery = int(np.clip(rng.normal(92 - 4 * ["1st", "2nd", "3rd"].index(shift) - age, 6), 35, 100))
                down = (not checks["Brakes OK"]) or (not checks["Forks OK"] and rng.random() < 0.7)
                down = down or (bool(defects) and rng.random() < 0.25)
                rows.append(
                    {
                        "Date": f"{day.month}/{day.day}/{day.year}",
                        "Truck #": truck,
                        "Operator": str(_one(rng, _FL_OPERATORS[shift])),
                        "Shift": shift,
                        "Hour Meter": round(meters[truck], 1),
                        "Forks OK": "Y" if checks["Forks OK"] else "N",
                        "Brakes OK": "Y" if checks["Brakes OK"] else "N",
                        "Horn OK": "Y" if checks["Horn OK"] else "N",
                        "Battery %": f"{battery}%",
                        "Defects Found": "; ".join(defects),
                        "Out of Service": "Y" if down else "N",
                    }
                )
    return pd.DataFrame(rows)


def _fl_battery(df: pd.DataFrame) -> list[float]:
    means = _num(df, "Battery %").groupby(_text(df, "Shift")).mean()
    return [float(means[s]) for s in ["1st", "2nd", "3rd"]]


def _fl_hours(df: pd.DataFrame) -> float:
    meter = _num(df, "Hour Meter")[_text(df, "Truck #") == "FL-07"]
    return float(meter.max() - meter.min())


_FL_QS = [
    Q(
        "how many inspections found a brake problem",
        _count(lambda df: int((_text(df, "Brakes OK").str.upper() == "N").sum())),
        ("Brakes OK",),
    ),
    Q(
        "which truck got taken out of service the most",
        _lead(_named(lambda df: _top(_flag(df, "Out of Service").groupby(_text(df, "Truck #")).sum()))),
        ("Truck #", "Out of Service"),
    ),
    Q(
        "what percent of inspections ended with the truck out of service",
        _share(lambda df: float(_flag(df, "Out of Service").mean())),
        ("Out of Service",),
    ),
    Q("what's the average battery % on each shift", _about(_fl_battery), ("Battery %", "Shift")),
    Q(
        "how many checklists have nothing written under defects",
        _count(lambda df: int((_text(df, "Defects Found") == "").sum())),
        ("Defects Found",),
    ),
    Q("how many hours did FL-07 run this year", _about(_fl_hours, rel=0.005), ("Truck #", "Hour Meter", "Date")),
]


# --- 5. Last mile delivery scans -----------------------------------------------------------------------------------

_LM_ROUTES = {
    "R-101": ("Carlos Vega", [2139, 2138, 2140], 0.6),
    "R-102": ("Jasmine Ford", [2114, 2116, 2115], 0.4),
    "R-103": ("Derek Olsen", [2451, 2452, 2453], 1.6),
    "R-104": ("Mei Lin", [2144, 2145, 2143], 0.8),
    "R-105": ("Andre Wilkins", [1801, 1803, 1890], 2.4),
    "R-106": ("Sofia Ruiz", [2130, 2131, 2132], 0.9),
    "R-107": ("Brandon Hayes", [1581, 1545, 1532], 3.1),
}


def _lastmile_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33805)
    days = pd.bdate_range("2024-03-01", "2024-04-30")
    rows: list[dict[str, Any]] = []
    for day in days:
        for route, (driver, zips, spread) in _LM_ROUTES.items():
            if rng.random() < 0.08:
                continue
            driver = "Sub - Pat Moran" if rng.random() < 0.05 else _LM_ROUTES[route][0]
            t = day + pd.Timedelta(hours=8, minutes=int(rng.integers(30, 70)))
            for stop in range(1, int(rng.integers(12, 20)) + 1):
                miles = round(float(rng.gamma(2, spread / 2)) + 0.05, 2)
                t += pd.Timedelta(seconds=int(miles * 150 + rng.uniform(120, 420)))
                roll = rng.random()
                status = "DELIVERED" if roll < 0.9 else "ATTEMPTED" if roll < 0.97 else "RETURNED"
                if driver.startswith("Sub") and roll > 0.8:
                    status = "ATTEMPTED"
                rows.append(
                    {
                        "Route": route,
                        "Driver": driver,
                        "Stop #": stop,
                        "Scan Time": f"{t:%Y-%m-%d %H:%M:%S}",
                        "Packages": int(_one(rng, [1, 2, 3, 4, 6], [10, 4, 2, 1, 0.4])),
                        "Status": status,
                        "Signature": "Y" if status == "DELIVERED" and rng.random() < 0.22 else "N",
                        "Miles": miles,
                        "Zip": f"{int(_one(rng, zips)):05d}",
                    }
                )
    return pd.DataFrame(rows)


def _lm_status(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Status").str.upper()


def _lm_rate(by_packages: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        ok = _lm_status(df) == "DELIVERED"
        if by_packages:
            pk = _num(df, "Packages")
            return float(pk[ok].sum() / pk.sum())
        return float(ok.mean())

    return value


def _lm_worst_route(returns_too: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        failed = _lm_status(df) != "DELIVERED" if returns_too else _lm_status(df) == "ATTEMPTED"
        return _top(failed.groupby(_text(df, "Route")).mean())

    return value


_LM_QS = [
    Q(
        "how many packages got delivered",
        _count(lambda df: int(_num(df, "Packages")[_lm_status(df) == "DELIVERED"].sum())),
        ("Packages", "Status"),
    ),
    Q(
        "what's our delivery success rate",
        either(_share(_lm_rate(False)), _share(_lm_rate(True))),
        ("Status", "Packages"),
    ),
    Q(
        "which driver has the most returns",
        _lead(_named(lambda df: _top((_lm_status(df) == "RETURNED").groupby(_text(df, "Driver")).sum()))),
        ("Driver", "Status"),
    ),
    Q(
        "who drove the most miles",
        _lead(_named(lambda df: _top(_num(df, "Miles").groupby(_text(df, "Driver")).sum()))),
        ("Driver", "Miles"),
    ),
    Q(
        "which route fails the most often",
        _lead(either(_named(_lm_worst_route(True)), _named(_lm_worst_route(False)))),
        ("Route", "Status"),
    ),
    Q(
        "what percent of delivered stops got a signature",
        _share(lambda df: float(_flag(df, "Signature")[_lm_status(df) == "DELIVERED"].mean())),
        ("Signature", "Status"),
    ),
]


# --- 6. Bail bonds -------------------------------------------------------------------------------------------------

_BB_AGENTS = {"Ray Dominguez": 4, "Tanya Holt": 3, "Vince Carter": 2, "Gloria Pham": 2}
_BB_COLLATERAL = ["None", "Cash", "Vehicle Title", "Real Estate", "Jewelry", ""]


def _bail_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33806)
    days = pd.date_range("2022-01-01", "2024-12-31")
    today = pd.Timestamp("2025-01-15")
    rows: list[dict[str, Any]] = []
    for _ in range(900):
        posted = days[int(rng.integers(len(days)))]
        felony = rng.random() < 0.45
        bond = float(
            _one(rng, [5000, 10000, 15000, 25000, 50000, 75000, 100000], [2, 4, 3, 4, 3, 1, 1])
            if felony
            else _one(rng, [500, 1000, 1500, 2500, 5000], [2, 4, 2, 3, 1])
        )
        rate = 0.08 if rng.random() < 0.15 else 0.10
        court = posted + pd.Timedelta(days=int(rng.integers(21, 120)))
        pending = court > today
        appeared = rng.random() > (0.14 if felony else 0.09)
        forfeited = not appeared and rng.random() < 0.45
        big = bond >= 25000
        collateral = str(_one(rng, _BB_COLLATERAL, [2, 2, 3, 3, 1, 1] if big else [6, 2, 1, 0.3, 0.5, 1.5]))
        charge = "FELONY" if felony else "MISDEMEANOR"
        if rng.random() < 0.05:
            charge = charge.title()
        rows.append(
            {
                "Defendant": f"{str(_one(rng, _LAST)).upper()}, {str(_one(rng, _FIRST)).upper()}",
                "Charge Class": charge,
                "Bond Amount": _money(bond),
                "Premium": _money(bond * rate),
                "Collateral": collateral,
                "Posted Date": f"{posted:%m/%d/%Y}",
                "Court Date": f"{court:%m/%d/%Y}",
                "Appeared": "" if pending else ("Y" if appeared else "N"),
                "Forfeited": "Y" if forfeited and not pending else "N",
                "Agent": str(_one(rng, list(_BB_AGENTS), list(_BB_AGENTS.values()))),
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Posted Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _bb_class(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Charge Class").str.upper()


def _bb_skip(all_rows: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        a = _text(df, "Appeared").str.upper()
        known = a if all_rows else a[a != ""]
        return float((known == "N").mean())

    return value


_BB_QS = [
    Q(
        "how many bonds did we write in 2023",
        _count(lambda df: int((_date(df, "Posted Date", "%m/%d/%Y").dt.year == 2023).sum())),
        ("Posted Date",),
    ),
    Q(
        "what's the average bond on a felony",
        _typical(lambda df: _num(df, "Bond Amount")[_bb_class(df) == "FELONY"]),
        ("Bond Amount", "Charge Class"),
    ),
    Q(
        "and misdemeanors?",
        _typical(lambda df: _num(df, "Bond Amount")[_bb_class(df) == "MISDEMEANOR"]),
        ("Bond Amount", "Charge Class"),
    ),
    Q(
        "how often do people skip court",
        either(_share(_bb_skip(False)), _share(_bb_skip(True))),
        ("Appeared", "Court Date"),
    ),
    Q(
        "which agent brought in the most premium",
        _lead(_named(lambda df: _top(_num(df, "Premium").groupby(_text(df, "Agent")).sum()))),
        ("Agent", "Premium"),
    ),
    Q(
        "how many bonds have no collateral",
        _either_count(
            lambda df: int((_text(df, "Collateral") == "").sum()),
            lambda df: int(_text(df, "Collateral").str.lower().isin(["", "none"]).sum()),
        ),
        ("Collateral",),
    ),
]


# --- 7. Grain elevator scale tickets -------------------------------------------------------------------------------

# crop: pounds per bushel, base moisture %, moisture spread, test weight mean, dockage mean, price mean
_GE_CROPS = {
    "WHEAT": (60, 13.5, 0.8, 59.5, 0.9, 5.55),
    "CORN": (56, 15.5, 2.2, 55.5, 0.6, 4.05),
    "SOYBEANS": (60, 13.0, 1.0, 56.0, 0.8, 9.85),
}


def _grain_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33807)
    farmers = [f"{_one(rng, _LAST)} Farms" if rng.random() < 0.4 else _name(rng) for _ in range(34)]
    farmers = list(dict.fromkeys(farmers))
    sizes = rng.lognormal(0, 0.7, len(farmers))
    rows: list[dict[str, Any]] = []
    ticket = 100230
    windows = {"WHEAT": ("2024-07-01", "2024-07-31"), "CORN": ("2024-09-20", "2024-11-20")}
    windows["SOYBEANS"] = ("2024-09-15", "2024-10-31")
    loads = {"WHEAT": 260, "CORN": 900, "SOYBEANS": 560}
    for crop, n in loads.items():
        lbs_bu, base, spread, tw, dock, price = _GE_CROPS[crop]
        days = pd.date_range(*windows[crop])
        for _ in range(n):
            day = days[int(rng.integers(len(days)))]
            farmer = farmers[int(_one(rng, range(len(farmers)), list(sizes)))]
            tare = int(rng.normal(31000, 1500) / 20) * 20
            net = int(rng.normal(52000, 4000) / 20) * 20
            early = (day - days[0]).days / max(1, len(days) - 1)
            moisture = round(max(base - 1.5, rng.normal(base + spread * (1.2 - 1.5 * early), spread * 0.6)), 1)
            test = round(float(rng.normal(tw - 0.35 * (moisture - base), 0.8)), 1)
            dockage = round(max(0.0, float(rng.normal(dock, 0.4))), 1)
            shrink = max(0.0, moisture - base) * 0.014
            bushels = round(net * (1 - shrink) * (1 - dockage / 100) / lbs_bu, 2)
            bid = round(float(price + rng.normal(0, 0.12) - 0.002 * (day - days[0]).days), 2)
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Farmer": farmer,
                    "Crop": crop,
                    "Gross Lbs": tare + net,
                    "Tare Lbs": tare,
                    "Net Lbs": net,
                    "Moisture %": moisture,
                    "Test Weight": test,
                    "Dockage %": dockage,
                    "Bushels": bushels,
                    "Price/Bu": f"{bid:.2f}",
                    "Check Amount": _money(bushels * bid),
                }
            )
    for _ in range(9):
        day = pd.Timestamp("2024-09-15") + pd.Timedelta(days=int(rng.integers(0, 60)))
        blank = dict.fromkeys(["Gross Lbs", "Tare Lbs", "Net Lbs", "Moisture %", "Test Weight", "Dockage %"], "")
        blank |= {"Bushels": "", "Price/Bu": "", "Check Amount": ""}
        rows.append({"Date": f"{day:%m/%d/%Y}", "Farmer": farmers[int(rng.integers(len(farmers)))], "Crop": "VOID"})
        rows[-1] |= blank
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Date"], format="%m/%d/%Y")
    frame = frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)
    numbers = np.cumsum(rng.integers(1, 3, len(frame))) + ticket
    frame.insert(0, "Ticket #", numbers)
    return frame


def _ge_crop(df: pd.DataFrame, crop: str) -> pd.Series:
    return _text(df, "Crop").str.upper() == crop


def _ge_wheat_price(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        keep = _ge_crop(df, "WHEAT")
        price = _num(df, "Price/Bu")[keep]
        if weighted:
            return float(_num(df, "Check Amount")[keep].sum() / _num(df, "Bushels")[keep].sum())
        return float(price.mean())

    return value


_GE_QS = [
    Q("how many loads of corn came in", _count(lambda df: int(_ge_crop(df, "CORN").sum())), ("Crop",)),
    Q(
        "total bushels of soybeans",
        _about(lambda df: float(_num(df, "Bushels")[_ge_crop(df, "SOYBEANS")].sum()), rel=0.002),
        ("Bushels", "Crop"),
    ),
    Q(
        "what's the typical moisture on corn",
        _typical(lambda df: _num(df, "Moisture %")[_ge_crop(df, "CORN")]),
        ("Moisture %", "Crop"),
    ),
    Q(
        "which farmer got paid the most",
        _lead(_named(lambda df: _top(_num(df, "Check Amount").groupby(_text(df, "Farmer")).sum()))),
        ("Farmer", "Check Amount"),
    ),
    Q(
        "what was the average price per bushel for wheat",
        either(_about(_ge_wheat_price(False), rel=0.002), _about(_ge_wheat_price(True), rel=0.002)),
        ("Price/Bu", "Crop", "Bushels", "Check Amount"),
    ),
    Q(
        "for corn, does wetter grain weigh less?",
        _corr(
            lambda df: _num(df, "Moisture %")[_ge_crop(df, "CORN")],
            lambda df: _num(df, "Test Weight")[_ge_crop(df, "CORN")],
        ),
        ("Moisture %", "Test Weight", "Crop"),
    ),
]


HELDOUT338 = [
    Dataset("bookkeeping_monthly_closes", _books_frame, _BK_QS),
    Dataset("ar_aging_report", _ar_frame, _AR_QS),
    Dataset("purchase_orders", _po_frame, _PO_QS),
    Dataset("forklift_inspections", _forklift_frame, _FL_QS),
    Dataset("last_mile_delivery_scans", _lastmile_frame, _LM_QS),
    Dataset("bail_bonds", _bail_frame, _BB_QS),
    Dataset("grain_elevator_scale_tickets", _grain_frame, _GE_QS),
]
