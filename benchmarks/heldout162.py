"""HELDOUT162: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a TikTok Shop orders export (January to June
2024, one row per SKU line so order fields repeat) with "Order ID" (18 digits followed by a tab, as the export
writes it), "Order Status" (Completed, Shipped, To ship, Canceled), "Order Substatus", "Cancelation/Return Type",
"Normal or Pre-order", "SKU ID", "Seller SKU", "Product Name", Variation, Quantity, "Sku Quantity of return", "SKU
Unit Original Price", "SKU Subtotal Before Discount", "SKU Platform Discount", "SKU Seller Discount", "SKU Subtotal
After Discount", "Shipping Fee After Discount", "Original Shipping Fee", Taxes, "Order Amount" (repeated on every line
of an order), "Order Refund Amount", "Created Time" / "Paid Time" / "Shipped Time" / "Cancelled Time" as "01/15/2024
02:02:11 PM" (blank where it did not happen), "Cancel Reason", "Fulfillment Type", "Warehouse Name", "Tracking ID",
"Shipping Provider Name", "Buyer Username", Recipient and "Phone #" (masked), Zipcode ("902**"), Country, State (full
names), City, "Payment Method", "Weight(kg)", "Product Category" and "Package ID"; a Rippling payroll register report
(January to June 2024, semi-monthly regular runs plus two off-cycle bonus runs) with "Employee name", "Employee ID"
("E0012"), Department, "Job title", "Work location", "Employment type" ("Salaried, full-time" / "Hourly,
full-time"), "Pay run" (Regular / Off-cycle), "Pay period start", "Pay period end", "Check date" as "01/15/2024",
"Hours worked" (blank for salaried staff), every amount written as "$4,250.00" ("Regular earnings", "Overtime
earnings", Bonus, Commission, "Gross pay", "Federal income tax", "Social Security", Medicare, "State income tax",
"Employee taxes", "401(k)", Medical, "Employee deductions", "Net pay", "Employer taxes", "Total employer cost") and a
last "Total" row that sums the amounts; a Pingdom daily uptime report for six checks (January to June 2024) with
"Check name", Hostname, Date as "2024-01-15", Uptime as "99.87%", Downtime and Unknown as "00:12:30", "Number of
outages" and "Avg. response time (ms)" ("N/A" uptime and response on days a check was paused); a Garmin Connect daily
stress and body battery export (2023-01-01 to 2024-06-30) with Date, "Avg Stress Level", "Max Stress Level", "Rest
Duration", "Low Stress Duration", "Medium Stress Duration", "High Stress Duration" as "1h 12m", "Body Battery
Charged", "Body Battery Drained", "Body Battery Highest", "Body Battery Lowest" and "Resting Heart Rate" as "58 bpm"
(every field "--" on days the watch was not worn); the EIA SEDS prices file in long form with Data_Status ("2022F"),
MSN (ESRCD, ESCCD, ESICD, NGRCD, NGICD, TETCD, dollars per million Btu), StateCode (twelve states plus the US
aggregate), Year (1990-2022) and Data (a few blanks); Philadelphia 311 service requests for 2023 with objectid,
service_request_id, subject, status (Open / Closed), status_notes, service_name, service_code, agency_responsible,
service_notice, requested_datetime / updated_datetime / expected_datetime / closed_datetime as "2023-03-14 09:21:33"
(closed blank while open), address, zipcode (some blank), media_url, lat and lon; and ILOSTAT employment by sex and
economic activity in long form (2010-2023, thousands) with ref_area (ISO3 codes), source ("BA:2183"), indicator
("EMP_TEMP_SEX_ECO_NB"), sex (SEX_T, SEX_M, SEX_F), classif1 (ECO_SECTOR_TOTAL, ECO_SECTOR_AGR, ECO_SECTOR_IND,
ECO_SECTOR_SER, ECO_SECTOR_X for some countries), time, obs_value (a few blanks), obs_status ("B" breaks, "U"
unreliable), note_classif, note_indicator and note_source; one country lacks a year. All are generated with fixed seeds
16201-16207.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _amount(s: pd.Series) -> pd.Series:
    """Amounts written as "$4,250.00" (or plain) as numbers."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _span(value: Callable[[pd.DataFrame], float], unit: str) -> Check:
    """A duration given in `unit` ("hours" or "days") or in the next smaller unit (minutes / hours), or as "3h 20m"."""
    smaller = 60.0 if unit == "hours" else 24.0

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        if unit == "hours":
            for m in re.finditer(r"(\d+)\s*h(?:ours?|rs?)?\s*(?:and\s*)?(\d+)\s*m", answer, re.IGNORECASE):
                if abs(int(m.group(1)) + int(m.group(2)) / 60 - want) <= max(0.02 * want, 0.05):
                    return None
        if _about(lambda d: want, rel=0.02)(answer, df) is None:
            return None
        if _about(lambda d: want * smaller, rel=0.02)(answer, df) is None:
            return None
        return f"missing {unit} {want:.4g}"

    return check


def _month(d: pd.Series) -> pd.Series:
    return d.dt.to_period("M").astype(str)


# --- 1. TikTok Shop orders export ----------------------------------------------------------------------------------

# product: seller sku, price, weight, category, variations
_TT_PRODUCTS: dict[str, tuple[str, float, float, str, list[str]]] = {
    "Hydrating Snail Mucin Serum 100ml": ("SNL-100", 18.99, 3.0, "Beauty & Personal Care", ["Default"]),
    "Heatless Curling Rod Headband": ("HCR-01", 12.99, 4.0, "Beauty & Personal Care", ["Pink", "Black", "Beige"]),
    "LED Strip Lights 50ft": ("LED-50", 24.99, 2.5, "Home Supplies", ["50ft", "65ft"]),
    "40oz Insulated Tumbler with Handle": ("TMB-40", 29.99, 2.2, "Kitchenware", ["Rose Quartz", "Cream", "Black"]),
    "Mini Portable Blender": ("BLD-MINI", 21.99, 1.5, "Kitchenware", ["White", "Sage Green"]),
    "Oversized Fleece Hoodie": ("HD-OS", 34.99, 1.8, "Womenswear & Underwear", ["S", "M", "L", "XL"]),
    "Tinted Lip Oil Set (3 pcs)": ("LIP-3", 14.99, 3.2, "Beauty & Personal Care", ["Default"]),
}
_TT_STATES = {
    "California": (12, ["Los Angeles", "San Diego", "San Jose", "Fresno"], "9"),
    "Texas": (9, ["Houston", "Dallas", "San Antonio", "Austin"], "7"),
    "Florida": (7, ["Miami", "Orlando", "Tampa"], "3"),
    "New York": (6, ["Brooklyn", "Bronx", "Buffalo"], "1"),
    "Illinois": (4, ["Chicago", "Aurora"], "6"),
    "Pennsylvania": (4, ["Philadelphia", "Pittsburgh"], "1"),
    "Georgia": (3, ["Atlanta", "Savannah"], "3"),
    "Ohio": (3, ["Columbus", "Cleveland"], "4"),
    "Arizona": (2.5, ["Phoenix", "Tucson"], "8"),
    "Washington": (2, ["Seattle", "Spokane"], "9"),
}
_TT_FMT = "%m/%d/%Y %I:%M:%S %p"
_TT_REASONS = ["No longer needed", "Found a better price", "Shipping takes too long", "Wrong address", "Other"]


def _tiktok_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16201)
    rows = []
    products = list(_TT_PRODUCTS)
    states = list(_TT_STATES)
    start = pd.Timestamp("2024-01-01")
    n_orders = int(rng.integers(1350, 1450))
    stamps = sorted(start + pd.Timedelta(seconds=int(rng.integers(0, 182 * 86400))) for _ in range(n_orders))
    for i, created in enumerate(stamps):
        age = (pd.Timestamp("2024-07-01") - created).days
        status = _one(rng, ["Completed", "Shipped", "To ship", "Canceled"], [80 if age > 10 else 10, 8, 3, 9])
        state = _one(rng, states, [v[0] for v in _TT_STATES.values()])
        city = _one(rng, _TT_STATES[state][1])
        lines = []
        for _ in range(_one(rng, [1, 2, 3], [80, 16, 4])):
            name = _one(rng, products, [9, 7, 4, 6, 3, 2.5, 5])
            sku, price, weight, category, variations = _TT_PRODUCTS[name]
            qty = _one(rng, [1, 2, 3], [82, 14, 4])
            before = round(qty * price, 2)
            platform = round(before * float(rng.choice([0, 0, 0.1, 0.15])), 2)
            seller = round(before * float(rng.choice([0, 0, 0, 0.05, 0.2])), 2)
            lines.append((name, sku, price, weight, category, _one(rng, variations), qty, before, platform, seller))
        after_total = round(sum(x[7] - x[8] - x[9] for x in lines), 2)
        ship_orig = 4.99
        ship = 0.0 if after_total >= 25 or rng.random() < 0.4 else ship_orig
        taxes = round(after_total * float(rng.choice([0.0, 0.06, 0.0725, 0.08])), 2)
        amount = round(after_total + ship + taxes, 2)
        order_id = f"{576400000000000000 + 9173 * i + int(rng.integers(0, 9000))}\t"
        paid = created + pd.Timedelta(seconds=int(rng.integers(5, 900)))
        unpaid_cancel = status == "Canceled" and rng.random() < 0.3
        shipped = paid + pd.Timedelta(hours=int(rng.integers(10, 70))) if status in ("Completed", "Shipped") else None
        cancelled = paid + pd.Timedelta(hours=int(rng.integers(1, 30))) if status == "Canceled" else None
        substatus = {"Completed": "Completed", "Shipped": "In transit", "To ship": "Awaiting shipment"}
        head = {
            "Order ID": order_id,
            "Order Status": status,
            "Order Substatus": substatus.get(status, "Canceled"),
            "Cancelation/Return Type": "Cancel" if status == "Canceled" else "",
            "Normal or Pre-order": "Normal",
        }
        tail = {
            "Shipping Fee After Discount": ship,
            "Original Shipping Fee": ship_orig,
            "Taxes": taxes,
            "Order Amount": amount,
            "Order Refund Amount": amount if status == "Canceled" and not unpaid_cancel else 0.0,
            "Created Time": created.strftime(_TT_FMT),
            "Paid Time": "" if unpaid_cancel else paid.strftime(_TT_FMT),
            "Shipped Time": shipped.strftime(_TT_FMT) if shipped is not None else "",
            "Cancelled Time": cancelled.strftime(_TT_FMT) if cancelled is not None else "",
            "Cancel Reason": _one(rng, _TT_REASONS) if status == "Canceled" else "",
            "Fulfillment Type": "Fulfillment by seller",
            "Warehouse Name": "Ontario CA Warehouse",
            "Tracking ID": f"9400111{int(rng.integers(10**14, 10**15))}" if shipped is not None else "",
            "Shipping Provider Name": _one(rng, ["USPS", "UPS"], [3, 1]) if shipped is not None else "",
            "Buyer Username": f"user{int(rng.integers(10**6, 10**7))}",
            "Recipient": f"{_one(rng, list('ABCDEJKLMS'))}***{_one(rng, list('aeiny'))}",
            "Phone #": f"(+1){int(rng.integers(200, 999))}*****{int(rng.integers(10, 99))}",
            "Zipcode": f"{_TT_STATES[state][2]}{int(rng.integers(10, 99))}**",
            "Country": "United States",
            "State": state,
            "City": city,
            "Payment Method": _one(rng, ["Credit/Debit card", "PayPal", "Apple Pay", "Klarna"], [6, 2, 3, 1]),
            "Package ID": f"115{int(rng.integers(10**14, 10**15))}" if shipped is not None else "",
        }
        for name, sku, price, weight, category, variation, qty, before, platform, seller in lines:
            rows.append(
                head
                | {
                    "SKU ID": f"17296{products.index(name) * 977 + len(variation) * 13 + ord(variation[0]):013d}",
                    "Seller SKU": f"{sku}-{variation.upper().replace(' ', '')}",
                    "Product Name": name,
                    "Variation": variation,
                    "Quantity": qty,
                    "Sku Quantity of return": 0,
                    "SKU Unit Original Price": price,
                    "SKU Subtotal Before Discount": before,
                    "SKU Platform Discount": platform,
                    "SKU Seller Discount": seller,
                    "SKU Subtotal After Discount": round(before - platform - seller, 2),
                    "Weight(kg)": round(weight * 0.1 * qty, 2),
                    "Product Category": category,
                }
                | tail
            )
    return pd.DataFrame(rows)


def _tt(d: pd.DataFrame, live: bool = False) -> pd.DataFrame:
    """One row per order; `live` drops canceled orders."""
    out = d.drop_duplicates("Order ID")
    return out[_text(out["Order Status"]) != "Canceled"] if live else out


def _tt_lines(d: pd.DataFrame, live: bool = False) -> pd.DataFrame:
    return d[_text(d["Order Status"]) != "Canceled"] if live else d


def _tt_best(how: str, live: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _tt_lines(d, live)
        if how == "lines":
            return _top(x["Product Name"].value_counts())
        return _top(x.groupby("Product Name")[how].sum())

    return value


def _tt_state(live: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_tt(d, live)["State"].value_counts())


def _tt_state_avg(pick: bool, live: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _tt(d, live)
        return float(x.loc[x["State"] == _tt_state(pick)(d), "Order Amount"].mean())

    return value


_TT_ID = ("Order ID", "Order Status", "Created Time", "Paid Time")
_TIKTOK_QS = [
    Q(
        "how many orders did we get",
        either(_count(lambda d: len(_tt(d))), _count(lambda d: len(_tt(d, True)))),
        (*_TT_ID, "Order Substatus", "Cancelation/Return Type"),
    ),
    Q(
        "whats our total sales",
        either(
            *(_money(lambda d, live=live: float(_tt(d, live)["Order Amount"].sum())) for live in (False, True)),
            *(
                _money(lambda d, live=live: float(_tt_lines(d, live)["SKU Subtotal After Discount"].sum()))
                for live in (False, True)
            ),
        ),
        (*_TT_ID, "Order Amount", "SKU Subtotal After Discount", "Order Substatus", "Cancelation/Return Type"),
    ),
    Q(
        "which product sells best",
        either(
            *(
                _lead(_named(_tt_best(how, live)))
                for how in ("Quantity", "lines", "SKU Subtotal After Discount")
                for live in (False, True)
            )
        ),
        (*_TT_ID, "Product Name", "Quantity", "Seller SKU", "SKU ID", "Variation", "SKU Subtotal After Discount"),
    ),
    Q(
        "what % of orders get cancelled",
        _share(lambda d: float((_text(_tt(d)["Order Status"]) == "Canceled").mean())),
        (*_TT_ID, "Order Substatus", "Cancelation/Return Type", "Cancelled Time", "Cancel Reason"),
    ),
    Q(
        "where do most of our orders ship to, which state",
        either(_lead(_named(_tt_state(False))), _lead(_named(_tt_state(True)))),
        (*_TT_ID, "State"),
    ),
    Q(
        "whats the average order value there",
        either(*(_money(_tt_state_avg(p, live)) for p in (False, True) for live in (False, True))),
        (*_TT_ID, "State", "Order Amount"),
    ),
]


# --- 2. Rippling payroll register ----------------------------------------------------------------------------------

# department: headcount, salaried?, pay (annual salary range or hourly range), title, bonus / commission
_RP_DEPTS: dict[str, tuple[int, bool, tuple[float, float], str]] = {
    "Engineering": (12, True, (125_000, 195_000), "Software Engineer"),
    "Sales": (8, True, (70_000, 105_000), "Account Executive"),
    "Customer Support": (9, False, (22.0, 31.0), "Support Specialist"),
    "Marketing": (4, True, (85_000, 135_000), "Marketing Manager"),
    "Operations": (6, False, (20.0, 29.0), "Operations Associate"),
    "Finance": (3, True, (95_000, 150_000), "Accountant"),
}
_RP_FIRST = ["Ava", "Liam", "Maya", "Noah", "Priya", "Diego", "Chloe", "Ethan", "Sofia", "Jamal", "Hana", "Lucas"]
_RP_FIRST += ["Grace", "Omar", "Zoe", "Mateo", "Nora", "Caleb", "Aisha", "Ryan", "Lena", "Marcus", "Ivy", "Tariq"]
_RP_LAST = ["Nguyen", "Patel", "Garcia", "Kim", "Okafor", "Rossi", "Cohen", "Silva", "Murphy", "Tanaka", "Haddad"]
_RP_LAST += ["Johnson", "Lopez", "Schmidt", "Brown", "Ali", "Walker", "Chen", "Reyes", "Novak"]
_RP_PLACES = {"San Francisco, CA": 0.06, "Austin, TX": 0.0, "Remote - WA": 0.0, "Remote - NY": 0.055}
_RP_FMT = "%m/%d/%Y"
_RP_MONEY = [
    "Regular earnings",
    "Overtime earnings",
    "Bonus",
    "Commission",
    "Gross pay",
    "Federal income tax",
    "Social Security",
    "Medicare",
    "State income tax",
    "Employee taxes",
    "401(k)",
    "Medical",
    "Employee deductions",
    "Net pay",
    "Employer taxes",
    "Total employer cost",
]


def _usd(x: float) -> str:
    return f"${x:,.2f}"


def _rippling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16202)
    people = []
    n = 0
    for dept, (count, salaried, (lo, hi), title) in _RP_DEPTS.items():
        for _ in range(count):
            n += 1
            people.append(
                {
                    "name": f"{_one(rng, _RP_FIRST)} {_one(rng, _RP_LAST)}",
                    "id": f"E{int(rng.integers(1, 400)) * 10 + n % 10:04d}",
                    "dept": dept,
                    "salaried": salaried,
                    "pay": round(float(rng.uniform(lo, hi)), -3 if salaried else 0)
                    if salaried
                    else round(float(rng.uniform(lo, hi)), 2),
                    "title": ("Senior " if rng.random() < 0.3 else "") + title,
                    "place": _one(rng, list(_RP_PLACES), [4, 3, 1.5, 1.5]),
                    "k401": float(rng.choice([0, 0.03, 0.04, 0.06, 0.08])),
                    "medical": float(rng.choice([0, 85.0, 142.5])),
                    "hired": pd.Timestamp("2024-01-01")
                    if rng.random() < 0.85
                    else pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(30, 150))),
                    "left": pd.Timestamp("2024-12-31")
                    if rng.random() < 0.93
                    else pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(60, 170))),
                }
            )
    runs = []
    for month in range(1, 7):
        first = pd.Timestamp(2024, month, 1)
        mid = pd.Timestamp(2024, month, 15)
        end = first + pd.offsets.MonthEnd(0)
        runs.append(("Regular", first, mid, mid))
        runs.append(("Regular", mid + pd.Timedelta(days=1), end, end))
    runs.append(("Off-cycle", pd.Timestamp("2024-03-01"), pd.Timestamp("2024-03-31"), pd.Timestamp("2024-03-22")))
    runs.append(("Off-cycle", pd.Timestamp("2024-06-01"), pd.Timestamp("2024-06-30"), pd.Timestamp("2024-06-21")))
    rows = []
    for kind, p0, p1, check in runs:
        for p in people:
            if p["hired"] > p1 or p["left"] < p0:
                continue
            hours = None
            overtime = bonus = commission = 0.0
            if kind == "Off-cycle":
                if rng.random() < 0.55:
                    continue
                regular = 0.0
                bonus = round(float(rng.uniform(500, 4000)), 2)
            elif p["salaried"]:
                regular = round(p["pay"] / 24, 2)
                if p["dept"] == "Sales":
                    commission = round(float(rng.gamma(2.0, 900)), 2)
            else:
                hours = round(float(np.clip(rng.normal(82, 4), 60, 88)), 2)
                regular = round(hours * p["pay"], 2)
                ot = float(rng.choice([0, 0, 0, 2, 4, 6, 9])) * (1.6 if check.month == 3 else 1.0)
                overtime = round(ot * p["pay"] * 1.5, 2)
                hours = round(hours + ot, 2)
            gross = round(regular + overtime + bonus + commission, 2)
            k401 = round(gross * p["k401"], 2)
            medical = p["medical"] if kind == "Regular" else 0.0
            fed = round((gross - k401) * (0.14 if gross > 4000 else 0.1), 2)
            ss = round(gross * 0.062, 2)
            med = round(gross * 0.0145, 2)
            state = round((gross - k401) * _RP_PLACES[p["place"]], 2)
            taxes = round(fed + ss + med + state, 2)
            deductions = round(k401 + medical, 2)
            employer = round(ss + med + gross * 0.006, 2)
            values = [regular, overtime, bonus, commission, gross, fed, ss, med, state, taxes, k401, medical]
            values += [deductions, round(gross - taxes - deductions, 2), employer, round(gross + employer, 2)]
            rows.append(
                {
                    "Employee name": p["name"],
                    "Employee ID": p["id"],
                    "Department": p["dept"],
                    "Job title": p["title"],
                    "Work location": p["place"],
                    "Employment type": "Salaried, full-time" if p["salaried"] else "Hourly, full-time",
                    "Pay run": kind,
                    "Pay period start": p0.strftime(_RP_FMT),
                    "Pay period end": p1.strftime(_RP_FMT),
                    "Check date": check.strftime(_RP_FMT),
                    "Hours worked": hours,
                }
                | {c: _usd(v) for c, v in zip(_RP_MONEY, values, strict=True)}
            )
    out = pd.DataFrame(rows)
    total = {c: "" for c in out.columns} | {"Employee name": "Total", "Hours worked": None}
    for c in _RP_MONEY:
        total[c] = _usd(float(_amount(out[c]).sum()))
    return pd.concat([out, pd.DataFrame([total])], ignore_index=True)


def _rp(d: pd.DataFrame) -> pd.DataFrame:
    """Employee rows (the Total row dropped), with amounts as numbers and the check date parsed."""
    out = d[_text(d["Employee name"]).str.lower() != "total"].copy()
    out = out[_text(out["Employee ID"]) != ""]
    for c in _RP_MONEY:
        out[c] = _amount(out[c])
    out["_check"] = pd.to_datetime(out["Check date"], format=_RP_FMT)
    return out


def _rp_dept(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_rp(d).groupby("Department")[col].sum())


def _rp_heads(col: str) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _rp(d)
        return int(x.loc[x["Department"] == _rp_dept(col)(d), "Employee ID"].nunique())

    return value


def _rp_latest(d: pd.DataFrame) -> int:
    x = _rp(d)
    x = x[_text(x["Pay run"]) == "Regular"]
    return int(x.loc[x["_check"] == x["_check"].max(), "Employee ID"].nunique())


_RP_ID = ("Employee name", "Employee ID", "Check date", "Pay run", "Pay period start", "Pay period end")
_RIPPLING_QS = [
    Q(
        "how many people are on payroll",
        either(_count(lambda d: int(_rp(d)["Employee ID"].nunique())), _count(_rp_latest)),
        _RP_ID,
    ),
    Q(
        "how much gross pay have we paid out in total",
        _money(lambda d: float(_rp(d)["Gross pay"].sum())),
        (*_RP_ID, "Gross pay"),
    ),
    Q(
        "which department costs us the most",
        either(_lead(_named(_rp_dept("Gross pay"))), _lead(_named(_rp_dept("Total employer cost")))),
        (*_RP_ID, "Department", "Gross pay", "Total employer cost"),
    ),
    Q(
        "and how many people work in it",
        either(_count(_rp_heads("Gross pay")), _count(_rp_heads("Total employer cost"))),
        (*_RP_ID, "Department"),
    ),
    Q(
        "how much overtime did we pay in march",
        _money(lambda d: float(_rp(d).loc[lambda x: x["_check"].dt.month == 3, "Overtime earnings"].sum())),
        (*_RP_ID, "Overtime earnings"),
    ),
    Q(
        "on average what percent of gross pay do people actually take home",
        either(
            _share(lambda d: float(_rp(d)["Net pay"].sum() / _rp(d)["Gross pay"].sum())),
            _share(lambda d: float((_rp(d)["Net pay"] / _rp(d)["Gross pay"]).mean())),
        ),
        (*_RP_ID, "Net pay", "Gross pay"),
    ),
]


# --- 3. Pingdom uptime report --------------------------------------------------------------------------------------

# check: hostname, response time (ms), outage chance per day, pause chance per day
_PD_CHECKS = {
    "Marketing website": ("www.acmecloud.io", 420, 0.05, 0.01),
    "API - prod": ("api.acmecloud.io", 185, 0.08, 0.0),
    "Checkout": ("checkout.acmecloud.io", 640, 0.04, 0.0),
    "Status page": ("status.acmecloud.io", 240, 0.01, 0.02),
    "Admin dashboard": ("admin.acmecloud.io", 910, 0.13, 0.03),
    "Docs": ("docs.acmecloud.io", 310, 0.03, 0.02),
}
# month: response time factor
_PD_MONTHS = {1: 1.0, 2: 0.97, 3: 1.05, 4: 1.08, 5: 1.22, 6: 1.1}


def _hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _pingdom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16203)
    rows = []
    for name, (host, resp, p_out, p_pause) in _PD_CHECKS.items():
        for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
            paused = rng.random() < p_pause
            unknown = 86400 if paused else (int(rng.integers(60, 900)) if rng.random() < 0.03 else 0)
            outages = 0 if paused else int(rng.poisson(p_out * (1.6 if day.month == 5 else 1.0)))
            down = sum(int(min(rng.lognormal(6.2, 0.9), 7200)) for _ in range(outages))
            slow = 1 + 0.15 * outages
            ms = resp * _PD_MONTHS[day.month] * slow * float(rng.lognormal(0, 0.12))
            rows.append(
                {
                    "Check name": name,
                    "Hostname": host,
                    "Date": day.strftime("%Y-%m-%d"),
                    "Uptime": "N/A" if paused else f"{100 * (86400 - unknown - down) / (86400 - unknown):.2f}%",
                    "Downtime": _hms(down),
                    "Unknown": _hms(unknown),
                    "Number of outages": outages,
                    "Avg. response time (ms)": "N/A" if paused else round(ms),
                }
            )
    return pd.DataFrame(rows)


def _secs(s: pd.Series) -> pd.Series:
    parts = _text(s).str.split(":", expand=True).apply(pd.to_numeric, errors="coerce")
    return parts[0] * 3600 + parts[1] * 60 + parts[2]


def _pd(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_up"] = pd.to_numeric(_text(out["Uptime"]).str.rstrip("%"), errors="coerce")
    out["_down"] = _secs(out["Downtime"])
    out["_unknown"] = _secs(out["Unknown"])
    out["_ms"] = pd.to_numeric(out["Avg. response time (ms)"], errors="coerce")
    out["_day"] = pd.to_datetime(out["Date"])
    return out


def _pd_worst(how: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _pd(d)
        if how == "mean":
            return _top(x.groupby("Check name")["_up"].mean(), ascending=True)
        if how == "down":
            return _top(x.groupby("Check name")["_down"].sum())
        g = x.groupby("Check name")
        return _top(g["_down"].sum() / (86400 * g.size() - g["_unknown"].sum()))

    return value


def _pd_ms(check: str, how: str = "mean") -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_pd(d).loc[lambda x: x["Check name"] == check, "_ms"].agg(how))


def _pd_slow(per_check: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _pd(d)
        if per_check:
            return _top(x.groupby([_month(x["_day"]), "Check name"])["_ms"].mean().groupby(level=0).mean())
        return _top(x.groupby(_month(x["_day"]))["_ms"].mean())

    return value


_PD_ID = ("Check name", "Hostname", "Date")
_PINGDOM_QS = [
    Q(
        "which site had the worst uptime",
        either(*(_lead(_named(_pd_worst(h))) for h in ("mean", "down", "share"))),
        (*_PD_ID, "Uptime", "Downtime", "Unknown", "Number of outages"),
    ),
    Q(
        "avg response time for the api?",
        either(_about(_pd_ms("API - prod")), _about(_pd_ms("API - prod", "median"))),
        (*_PD_ID, "Avg. response time (ms)"),
    ),
    Q(
        "and checkout?",
        either(_about(_pd_ms("Checkout")), _about(_pd_ms("Checkout", "median"))),
        (*_PD_ID, "Avg. response time (ms)"),
    ),
    Q(
        "how many hours of downtime in total across all checks",
        _span(lambda d: float(_pd(d)["_down"].sum() / 3600), "hours"),
        (*_PD_ID, "Downtime"),
    ),
    Q(
        "which month were response times slowest",
        either(_lead(_month_year(_pd_slow(False))), _lead(_month_year(_pd_slow(True)))),
        (*_PD_ID, "Avg. response time (ms)"),
    ),
    Q(
        "on how many days did the marketing site go down at all",
        _count(
            lambda d: int(
                _pd(d).loc[lambda x: (x["Check name"] == "Marketing website") & (x["Number of outages"] > 0)].shape[0]
            )
        ),
        (*_PD_ID, "Number of outages", "Downtime", "Uptime"),
    ),
]


# --- 4. Garmin stress and body battery export ----------------------------------------------------------------------


def _hm(minutes: int) -> str:
    return f"{minutes // 60}h {minutes % 60}m"


def _garmin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16204)
    rows = []
    blank = dict.fromkeys(
        [
            "Avg Stress Level",
            "Max Stress Level",
            "Rest Duration",
            "Low Stress Duration",
            "Medium Stress Duration",
            "High Stress Duration",
            "Body Battery Charged",
            "Body Battery Drained",
            "Body Battery Highest",
            "Body Battery Lowest",
            "Resting Heart Rate",
        ],
        "--",
    )
    # month: extra stress (a busy spring at work, a calm summer holiday)
    season = {1: 4, 2: 3, 3: 6, 4: 9, 5: 5, 6: 0, 7: -3, 8: -6, 9: 2, 10: 3, 11: 5, 12: 1}
    for day in pd.date_range("2023-01-01", "2024-06-30", freq="D"):
        if rng.random() < 0.045:
            rows.append({"Date": day.strftime("%Y-%m-%d")} | blank)
            continue
        weekday = 3 if day.dayofweek < 5 else -5
        stress = int(np.clip(round(rng.normal(31 + season[day.month] + weekday, 7)), 12, 75))
        awake = int(rng.integers(900, 1080))
        high = int(awake * np.clip((stress - 20) / 160 + rng.normal(0, 0.02), 0.0, 0.5))
        medium = int(awake * np.clip((stress - 10) / 120 + rng.normal(0, 0.03), 0.02, 0.5))
        low = int(awake * np.clip(0.35 + rng.normal(0, 0.05) - (stress - 30) / 200, 0.1, 0.6))
        rest = max(awake - high - medium - low, 30)
        charged = int(np.clip(round(rng.normal(95 - 1.1 * stress, 9)), 5, 100))
        lowest = int(np.clip(round(rng.normal(22 - 0.2 * (stress - 30), 7)), 5, 60))
        highest = int(min(100, lowest + charged + int(rng.integers(-5, 8))))
        drained = int(np.clip(charged + int(rng.integers(-12, 12)), 5, 100))
        rows.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Avg Stress Level": stress,
                "Max Stress Level": int(min(99, stress + int(rng.integers(30, 60)))),
                "Rest Duration": _hm(rest),
                "Low Stress Duration": _hm(low),
                "Medium Stress Duration": _hm(medium),
                "High Stress Duration": _hm(high),
                "Body Battery Charged": charged,
                "Body Battery Drained": drained,
                "Body Battery Highest": highest,
                "Body Battery Lowest": lowest,
                "Resting Heart Rate": f"{round(rng.normal(54 + 0.15 * (stress - 30), 2.5))} bpm",
            }
        )
    return pd.DataFrame(rows)


def _gm(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_stress"] = pd.to_numeric(out["Avg Stress Level"], errors="coerce")
    out["_charged"] = pd.to_numeric(out["Body Battery Charged"], errors="coerce")
    out["_day"] = pd.to_datetime(out["Date"])
    return out


def _gm_month(ascending: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_gm(d).pipe(lambda x: x.groupby(_month(x["_day"]))["_stress"].mean()), ascending)


_GM_ID = ("Date",)
_GARMIN_QS = [
    Q(
        "whats my average stress level",
        either(_about(lambda d: float(_gm(d)["_stress"].mean())), _about(lambda d: float(_gm(d)["_stress"].median()))),
        (*_GM_ID, "Avg Stress Level"),
    ),
    Q(
        "how many days was it above 40",
        either(
            _count(lambda d: int((_gm(d)["_stress"] > 40).sum())),
            _count(lambda d: int((_gm(d)["_stress"] >= 40).sum())),
        ),
        (*_GM_ID, "Avg Stress Level"),
    ),
    Q(
        "which month was i most stressed",
        _lead(_month_year(_gm_month(False))),
        (*_GM_ID, "Avg Stress Level"),
    ),
    Q("and the least?", _lead(_month_year(_gm_month(True))), (*_GM_ID, "Avg Stress Level")),
    Q(
        "does my body battery recharge less on stressful days",
        corr_of(lambda d: _gm(d)["_stress"], lambda d: _gm(d)["_charged"]),
        (*_GM_ID, "Avg Stress Level", "Body Battery Charged"),
    ),
    Q(
        "how many days have no data",
        _count(lambda d: int(_gm(d)["_stress"].isna().sum())),
        (*_GM_ID, "Avg Stress Level"),
    ),
]


# --- 5. EIA SEDS energy prices -------------------------------------------------------------------------------------

# MSN: US price path (1990, 2008, 2022 in dollars per million Btu) and how much states spread around it
_EI_MSN = {
    "ESRCD": ((23.3, 33.0, 44.1), 1.0),
    "ESCCD": ((21.6, 30.1, 37.4), 1.0),
    "ESICD": ((14.0, 20.0, 25.3), 1.0),
    "NGRCD": ((5.8, 13.9, 13.2), 0.5),
    "NGICD": ((3.0, 9.4, 7.9), 0.5),
    "TETCD": ((8.2, 23.4, 27.0), 0.4),
}
_EI_STATES = {
    "AL": 0.93,
    "CA": 1.45,
    "CO": 0.95,
    "FL": 0.98,
    "HI": 2.55,
    "IL": 0.97,
    "MA": 1.5,
    "NY": 1.38,
    "OH": 0.96,
    "TX": 0.9,
    "WA": 0.72,
    "WY": 0.82,
}


def _eia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16205)
    rows = []
    years = range(1990, 2023)
    for msn, ((p0, p1, p2), spread) in _EI_MSN.items():
        path = {}
        for y in years:
            base = p0 + (p1 - p0) * (y - 1990) / 18 if y <= 2008 else p1 + (p2 - p1) * (y - 2008) / 14
            path[y] = base * (1 + 0.04 * np.sin(y))
        for state in ("US", *_EI_STATES):
            mult = 1.0 if state == "US" else 1 + (_EI_STATES[state] - 1) * spread
            for y in years:
                value = round(path[y] * mult * float(rng.lognormal(0, 0.025 if state == "US" else 0.05)), 2)
                missing = state != "US" and msn in ("ESCCD", "NGICD", "TETCD") and rng.random() < 0.02
                rows.append(
                    {
                        "Data_Status": "2022F",
                        "MSN": msn,
                        "StateCode": state,
                        "Year": y,
                        "Data": None if missing else value,
                    }
                )
    return pd.DataFrame(rows)


def _ei(d: pd.DataFrame, msn: str, year: int | None = None, states: bool = True) -> pd.Series:
    """Data for one MSN (and year), indexed by state; `states` drops the US aggregate."""
    x = d[_text(d["MSN"]) == msn]
    if year is not None:
        x = x[pd.to_numeric(x["Year"]) == year]
    if states:
        x = x[_text(x["StateCode"]) != "US"]
    return pd.to_numeric(x.set_index("StateCode")["Data"], errors="coerce").dropna()


def _ei_at(d: pd.DataFrame, state: str, year: int) -> float:
    return float(_ei(d, "ESRCD", year, False)[state])


_EI_ID = ("MSN", "StateCode", "Year", "Data")
_EIA_QS = [
    Q(
        "which state had the highest ESRCD in 2022",
        _lead(_named(lambda d: _top(_ei(d, "ESRCD", 2022)))),
        _EI_ID,
    ),
    Q("and the lowest?", _lead(_named(lambda d: _top(_ei(d, "ESRCD", 2022), ascending=True))), _EI_ID),
    Q(
        "how much did ESRCD go up in CA between 2000 and 2022",
        either(
            _pct(lambda d: _ei_at(d, "CA", 2022) / _ei_at(d, "CA", 2000) - 1),
            _about(lambda d: _ei_at(d, "CA", 2022) - _ei_at(d, "CA", 2000)),
        ),
        _EI_ID,
    ),
    Q(
        "avg TETCD across the states in 2022?",
        either(
            _about(lambda d: float(_ei(d, "TETCD", 2022).mean())),
            _about(lambda d: float(_ei(d, "TETCD", 2022, False).mean())),
        ),
        _EI_ID,
    ),
    Q(
        "what year was NGRCD highest for the US overall",
        _year(
            lambda d: int(
                d.loc[(_text(d["MSN"]) == "NGRCD") & (_text(d["StateCode"]) == "US")]
                .set_index("Year")["Data"]
                .astype(float)
                .idxmax()
            )
        ),
        _EI_ID,
    ),
    Q(
        "how many values are missing",
        _count(lambda d: int(pd.to_numeric(d["Data"], errors="coerce").isna().sum())),
        (*_EI_ID, "Data_Status"),
    ),
]


# --- 6. Philadelphia 311 service requests --------------------------------------------------------------------------

# service name: weight, agency, service code, mean days to close, chance still open
_PH_SERVICES = {
    "Illegal Dumping": (12, "Streets Department", "SR-ST03", 18, 0.12),
    "Rubbish/Recyclable Material Collection": (9, "Streets Department", "SR-ST01", 3, 0.03),
    "Information Request": (8, "Philly311 Contact Center", "SR-IR01", 0.2, 0.0),
    "Maintenance Complaint": (6, "License & Inspections", "SR-LI01", 40, 0.3),
    "Abandoned Vehicle": (5, "Police Department", "SR-PD01", 30, 0.25),
    "Street Light Outage": (5, "Streets Department", "SR-ST05", 12, 0.1),
    "Pothole Repair": (4, "Streets Department", "SR-ST02", 9, 0.08),
    "Graffiti Removal": (4, "Community Life Improvement Program", "SR-CL01", 6, 0.05),
    "Street Defect": (3, "Streets Department", "SR-ST04", 25, 0.2),
    "Sanitation / Dumpster Violation": (2, "License & Inspections", "SR-LI02", 20, 0.15),
}
# zip: weight overall, weight for illegal dumping, latitude, longitude
_PH_ZIPS = {
    "19134": (9, 14, 39.992, -75.113),
    "19140": (8, 10, 40.011, -75.146),
    "19132": (6, 12, 39.995, -75.170),
    "19124": (7, 6, 40.019, -75.096),
    "19143": (6, 5, 39.946, -75.229),
    "19139": (5, 6, 39.961, -75.231),
    "19104": (5, 1, 39.958, -75.196),
    "19146": (5, 1, 39.938, -75.180),
    "19147": (5, 0.5, 39.935, -75.153),
    "19121": (5, 7, 39.981, -75.177),
    "19120": (5, 3, 40.033, -75.120),
    "19111": (4, 1, 40.058, -75.081),
}
_PH_STREETS = ["N 5TH ST", "KENSINGTON AVE", "W LEHIGH AVE", "N BROAD ST", "FRANKFORD AVE", "BALTIMORE AVE"]
_PH_STREETS += ["S 52ND ST", "CASTOR AVE", "W ALLEGHENY AVE", "E ERIE AVE", "RIDGE AVE", "PASSYUNK AVE"]
_PH_FMT = "%Y-%m-%d %H:%M:%S"


def _philly_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16206)
    services = list(_PH_SERVICES)
    zips = list(_PH_ZIPS)
    season = {1: 0.8, 2: 0.8, 3: 0.95, 4: 1.05, 5: 1.15, 6: 1.2, 7: 1.3, 8: 1.25, 9: 1.1, 10: 1.0, 11: 0.9, 12: 0.75}
    stamps = []
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        for _ in range(int(rng.poisson(11 * season[day.month]))):
            stamps.append(day + pd.Timedelta(seconds=int(rng.integers(6 * 3600, 23 * 3600))))
    rows = []
    for i, when in enumerate(stamps):
        service = _one(rng, services, [v[0] for v in _PH_SERVICES.values()])
        _, agency, code, days, p_open = _PH_SERVICES[service]
        zw = [v[1] if service == "Illegal Dumping" else v[0] for v in _PH_ZIPS.values()]
        zipcode = _one(rng, zips, zw)
        _, _, lat, lon = _PH_ZIPS[zipcode]
        late = (pd.Timestamp("2024-01-01") - when).days < 30
        still_open = rng.random() < p_open * (2.5 if late else 1.0)
        closed = None if still_open else when + pd.Timedelta(hours=float(rng.exponential(days * 24)) + 0.1)
        no_place = service == "Information Request" or rng.random() < 0.03
        rows.append(
            {
                "objectid": 9_000_000 + i,
                "service_request_id": 15_600_000 + 3 * i + int(rng.integers(0, 3)),
                "subject": service if rng.random() < 0.9 else f"{service} - Follow Up",
                "status": "Open" if still_open else "Closed",
                "status_notes": ""
                if still_open
                else _one(rng, ["Issue Resolved", "Completed", "Duplicate request", "Referred", ""], [5, 4, 1, 1, 3]),
                "service_name": service,
                "service_code": code,
                "agency_responsible": agency,
                "service_notice": f"{max(1, round(days))} Business Days" if days >= 1 else "",
                "requested_datetime": when.strftime(_PH_FMT),
                "updated_datetime": (closed or when + pd.Timedelta(days=int(rng.integers(0, 20)))).strftime(_PH_FMT),
                "expected_datetime": (when + pd.Timedelta(days=max(1, round(days)))).strftime(_PH_FMT),
                "closed_datetime": closed.strftime(_PH_FMT) if closed is not None else "",
                "address": ""
                if no_place
                else f"{int(rng.integers(1, 60)) * 100 + int(rng.integers(0, 99))} {_one(rng, _PH_STREETS)}",
                "zipcode": "" if no_place else zipcode,
                "media_url": "" if rng.random() < 0.8 else f"https://philly311.s3.amazonaws.com/{15_600_000 + i}.jpg",
                "lat": None if no_place else round(lat + float(rng.normal(0, 0.006)), 6),
                "lon": None if no_place else round(lon + float(rng.normal(0, 0.006)), 6),
            }
        )
    return pd.DataFrame(rows)


def _ph(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_asked"] = pd.to_datetime(out["requested_datetime"], format=_PH_FMT)
    out["_closed"] = pd.to_datetime(out["closed_datetime"], format=_PH_FMT)
    out["_zip"] = pd.to_numeric(out["zipcode"], errors="coerce").astype("Int64").astype("string")
    return out


def _ph_open(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["status"]) == "Open"]


def _ph_pothole(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _ph(d)
        x = x[(x["service_name"] == "Pothole Repair") & x["_closed"].notna()]
        return float(((x["_closed"] - x["_asked"]).dt.total_seconds() / 86400).agg(how))

    return value


_PH_ID = ("service_request_id", "objectid", "requested_datetime", "status")
_PHILLY_QS = [
    Q(
        "what do people complain about most",
        _lead(_named(lambda d: _top(d["service_name"].value_counts()))),
        (*_PH_ID, "service_name", "subject"),
    ),
    Q("how many requests are still open", _count(lambda d: len(_ph_open(d))), (*_PH_ID, "closed_datetime")),
    Q(
        "which type has the most of those",
        _lead(_named(lambda d: _top(_ph_open(d)["service_name"].value_counts()))),
        (*_PH_ID, "service_name", "subject", "closed_datetime"),
    ),
    Q(
        "how long does a pothole usually take to get fixed",
        either(_span(_ph_pothole("mean"), "days"), _span(_ph_pothole("median"), "days")),
        (*_PH_ID, "service_name", "subject", "closed_datetime"),
    ),
    Q(
        "busiest month?",
        _lead(_month_year(lambda d: _top(_ph(d).pipe(lambda x: _month(x["_asked"]).value_counts())))),
        _PH_ID,
    ),
    Q(
        "which zip code has the most illegal dumping",
        _lead(
            _named(lambda d: _top(_ph(d).loc[lambda x: x["service_name"] == "Illegal Dumping", "_zip"].value_counts()))
        ),
        (*_PH_ID, "service_name", "subject", "zipcode"),
    ),
]


# --- 7. ILOSTAT employment by sex and economic activity ------------------------------------------------------------

# country: employed 2010 (thousands), yearly growth, agriculture and industry shares 2010, yearly change of the
# agriculture share, women's shares (agriculture, industry, services), not-classified share, source
_IL_AREAS: dict[str, tuple[float, float, float, float, float, tuple[float, float, float], float, str]] = {
    "BRA": (92_000, 0.008, 0.15, 0.22, -0.004, (0.3, 0.17, 0.52), 0.0, "BA:2183"),
    "DEU": (39_700, 0.007, 0.016, 0.28, -0.0002, (0.33, 0.26, 0.55), 0.0, "BA:684"),
    "EGY": (23_800, 0.012, 0.28, 0.25, -0.004, (0.4, 0.06, 0.2), 0.002, "BA:1542"),
    "FRA": (25_900, 0.004, 0.029, 0.22, -0.0003, (0.3, 0.23, 0.56), 0.004, "BA:716"),
    "IDN": (108_000, 0.018, 0.38, 0.19, -0.006, (0.36, 0.33, 0.45), 0.0, "BA:1289"),
    "JPN": (62_600, 0.003, 0.037, 0.25, -0.0005, (0.4, 0.3, 0.48), 0.008, "BA:1357"),
    "MEX": (46_000, 0.017, 0.135, 0.25, -0.0015, (0.12, 0.3, 0.5), 0.005, "BA:1425"),
    "POL": (15_900, 0.006, 0.13, 0.3, -0.004, (0.42, 0.27, 0.55), 0.0, "BA:1640"),
    "USA": (139_000, 0.011, 0.016, 0.17, -0.0002, (0.26, 0.22, 0.52), 0.0, "BA:2030"),
    "ZAF": (13_600, 0.012, 0.047, 0.24, 0.0003, (0.31, 0.23, 0.5), 0.0, "BA:2265"),
}
_IL_SECTORS = ["ECO_SECTOR_AGR", "ECO_SECTOR_IND", "ECO_SECTOR_SER", "ECO_SECTOR_X"]


def _ilo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16207)
    rows = []
    for area, (t0, growth, agr0, ind0, agr_step, women, x_share, source) in _IL_AREAS.items():
        total = t0
        for year in range(2010, 2024):
            if year > 2010:
                shock = -0.08 if (year == 2020 and area == "ZAF") else (-0.025 if year == 2020 else 0.0)
                total *= 1 + growth + shock + float(rng.normal(0, 0.006))
            if area == "EGY" and year == 2013:
                continue
            agr = max(0.005, agr0 + agr_step * (year - 2010) + float(rng.normal(0, 0.002)))
            ind = ind0 - 0.0015 * (year - 2010) + float(rng.normal(0, 0.002))
            shares = {"ECO_SECTOR_AGR": agr, "ECO_SECTOR_IND": ind, "ECO_SECTOR_X": x_share}
            shares["ECO_SECTOR_SER"] = 1 - agr - ind - x_share
            cells: dict[tuple[str, str], float] = {}
            for k, sector in enumerate(_IL_SECTORS):
                if shares[sector] <= 0:
                    continue
                whole = total * shares[sector]
                f_share = women[k] if k < 3 else 0.4
                f_share = f_share + 0.002 * (year - 2010) + float(rng.normal(0, 0.004))
                cells[("SEX_F", sector)] = round(whole * f_share, 3)
                cells[("SEX_M", sector)] = round(whole * (1 - f_share), 3)
                cells[("SEX_T", sector)] = round(cells[("SEX_F", sector)] + cells[("SEX_M", sector)], 3)
            for sex in ("SEX_F", "SEX_M", "SEX_T"):
                cells[(sex, "ECO_SECTOR_TOTAL")] = round(sum(v for (s, _), v in cells.items() if s == sex), 3)
            status = "B" if (area in ("MEX", "FRA") and year == 2014) or (area == "BRA" and year == 2012) else ""
            for sex in ("SEX_T", "SEX_M", "SEX_F"):
                for sector in ["ECO_SECTOR_TOTAL", *_IL_SECTORS]:
                    if (sex, sector) not in cells:
                        continue
                    value: float | None = cells[(sex, sector)]
                    flag = status
                    if sector == "ECO_SECTOR_X" and sex != "SEX_T":
                        if rng.random() < 0.15:
                            value, flag = None, ""
                        elif rng.random() < 0.3:
                            flag = "U"
                    rows.append(
                        {
                            "ref_area": area,
                            "source": source,
                            "indicator": "EMP_TEMP_SEX_ECO_NB",
                            "sex": sex,
                            "classif1": sector,
                            "time": year,
                            "obs_value": value,
                            "obs_status": flag,
                            "note_classif": "",
                            "note_indicator": "T35:1429" if area in ("BRA", "IDN") else "",
                            "note_source": "R1:2382_T2:84_T3:89" if year >= 2021 else "R1:2382_T3:89",
                        }
                    )
    return pd.DataFrame(rows)


def _il(d: pd.DataFrame, area: str, sex: str, sector: str, year: int) -> float:
    x = d[(d["ref_area"] == area) & (d["sex"] == sex) & (d["classif1"] == sector) & (d["time"] == year)]
    return float(pd.to_numeric(x["obs_value"]).iloc[0])


def _il_share(area: str, sex: str, sector: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: _il(d, area, sex, sector, 2023) / _il(d, area, sex, "ECO_SECTOR_TOTAL", 2023)


def _il_people(value: Callable[[pd.DataFrame], float]) -> Check:
    """A head count the file gives in thousands: as thousands ("100,234 thousand"), in full or in millions."""
    return _scaled(lambda d: 1000 * value(d), (1e3, 1e6))


def _il_pol(d: pd.DataFrame, year: int) -> float:
    return _il(d, "POL", "SEX_T", "ECO_SECTOR_IND", year)


def _il_peak(d: pd.DataFrame, area: str) -> int:
    x = d[(d["ref_area"] == area) & (d["sex"] == "SEX_T") & (d["classif1"] == "ECO_SECTOR_TOTAL")]
    return int(x.set_index("time")["obs_value"].astype(float).idxmax())


_IL_ID = ("ref_area", "sex", "classif1", "time", "obs_value")
_ILO_QS = [
    Q(
        "how many people had jobs in BRA in 2023",
        _il_people(lambda d: _il(d, "BRA", "SEX_T", "ECO_SECTOR_TOTAL", 2023)),
        _IL_ID,
    ),
    Q(
        "which country has the biggest share of workers in agriculture (2023)",
        _lead(
            _named(
                lambda d: _top(pd.Series({a: _il_share(a, "SEX_T", "ECO_SECTOR_AGR")(d) for a in sorted(_IL_AREAS)}))
            )
        ),
        _IL_ID,
    ),
    Q(
        "what share of women in MEX work in services, 2023",
        _share(_il_share("MEX", "SEX_F", "ECO_SECTOR_SER")),
        _IL_ID,
    ),
    Q("and men?", _share(_il_share("MEX", "SEX_M", "ECO_SECTOR_SER")), _IL_ID),
    Q(
        "how much has industry employment in POL changed since 2010",
        either(
            _pct(lambda d: _il_pol(d, 2023) / _il_pol(d, 2010) - 1),
            *(_il_people(lambda d, sign=sign: sign * (_il_pol(d, 2023) - _il_pol(d, 2010))) for sign in (1, -1)),
        ),
        (*_IL_ID, "obs_status"),
    ),
    Q("in which year were the most people employed in ZAF", _lead(_year(lambda d: _il_peak(d, "ZAF"))), _IL_ID),
]


HELDOUT162: list[Dataset] = [
    Dataset("tiktok_shop_orders_export", _tiktok_frame, _TIKTOK_QS),
    Dataset("rippling_payroll_report", _rippling_frame, _RIPPLING_QS),
    Dataset("pingdom_uptime_report", _pingdom_frame, _PINGDOM_QS),
    Dataset("garmin_body_battery_stress_export", _garmin_frame, _GARMIN_QS),
    Dataset("eia_state_energy_prices", _eia_frame, _EIA_QS),
    Dataset("philadelphia_311_requests", _philly_frame, _PHILLY_QS),
    Dataset("ilo_employment_by_sector_long", _ilo_frame, _ILO_QS),
]
