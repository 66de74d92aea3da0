"""HELDOUT132: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a PayPal
business account "Activity download" of all transactions (Date as "01/05/2024" month first, Time "14:23:11",
TimeZone PST / PDT, Name blank on withdrawals and fees, Type Website Payment / Express Checkout Payment / Mobile
Payment / General Payment / Payment Refund / General Withdrawal / PayPal Checkout APIs fee, Status Completed /
Pending / Denied / Reversed, Currency USD, Gross, Fee and Net as text with thousands commas ("1,250.00", negative on
refunds and withdrawals, "0.00" fees on withdrawals), From Email Address, To Email Address, a 17-character
Transaction ID, Item Title blank on non-sales, Quantity, Reference Txn ID on refunds, Balance as text, Country, and
Balance Impact Credit / Debit / Memo, 2023-2024); a Freshservice IT asset inventory export (Display Name such as
"LT-DEL-0042", Asset Tag "ASSET-123", Asset Type Laptop / Desktop / Monitor / Mobile Phone / Server / Printer, Asset
State In Use / In Stock / In Repair / Retired / Missing, Usage Type Permanent / Loaner, Location, Department, Used By
blank when unassigned, Managed By Group, Product, Vendor, Cost with blanks, Acquisition Date and Warranty Expiry
Date as "Mar 05, 2021", Serial Number, Hostname, OS, Memory(GB) and Disk Space(GB) blank for monitors and phones,
Created At as "2021-03-05 10:23:11", Last Audit Date mostly blank); an Oura ring daily trends export (date as
"2023-01-05", sleep, readiness and activity scores, Total Sleep Time, REM / Deep / Light Sleep Time and Awake Time in
seconds, Bedtime Start / End as ISO stamps with offset, Average Resting Heart Rate, Lowest Resting Heart Rate,
Average HRV, Temperature Deviation (°C), Respiratory Rate, Steps, Total Burn, readiness contributor scores; every
score blank on days the ring was not worn, 2023-01-01 to 2024-06-30); an Etsy "EtsySoldOrders" shop export (Sale
Date as "01/05/24", Order ID, Buyer User ID, Full Name, First Name, Last Name, Number of Items, Payment Method, Date
Shipped blank on unshipped orders, Street 1, Ship City, Ship State (two letters in the US, blank or a province
abroad), Ship Zipcode as text, Ship Country, Currency USD, Order Value, Coupon Code mostly blank, Coupon Details,
Discount Amount, Shipping Discount, Shipping, Sales Tax, Order Total, Status, Card Processing Fees, Order Net,
Adjusted Order Total / Adjusted Card Processing Fees / Adjusted Net Order Amount blank unless refunded, Buyer, Order
Type online, Payment Type online_cc / online_paypal, SKU, 2023-2024); the FBI Crime Data Explorer hate crime file
(INCIDENT_ID, DATA_YEAR 2015-2022, ORI, PUB_AGENCY_NAME, PUB_AGENCY_UNIT mostly blank, AGENCY_TYPE_NAME,
STATE_ABBR, STATE_NAME, DIVISION_NAME, REGION_NAME, POPULATION_GROUP_CODE / DESC, INCIDENT_DATE as "2019-03-14",
ADULT_VICTIM_COUNT / JUVENILE_VICTIM_COUNT / ADULT_OFFENDER_COUNT / JUVENILE_OFFENDER_COUNT blank before 2019,
TOTAL_OFFENDER_COUNT, OFFENDER_RACE with "Unknown", OFFENDER_ETHNICITY, VICTIM_COUNT, OFFENSE_NAME, TOTAL_INDIVIDUAL
_VICTIMS, LOCATION_NAME, BIAS_DESC (several biases joined by ";"), VICTIM_TYPES, MULTIPLE_OFFENSE and MULTIPLE_BIAS as
S / M); NOAA CO-OPS relative sea level trends by station (Station ID as "8518750" for US gauges and "680-140" for
global ones, Station Name as "The Battery, NY" or upper-case "REYKJAVIK", Country, First Year, Last Year, Year Range,
% Complete, MSL Trends (mm/yr), +/- 95% CI (mm/yr) blank for a few short records, MSL Trends (ft/century), +/- 95%
CI (ft/century), Latitude, Longitude); and the Kaggle "Full TMDB TV Shows" table (id, name, number_of_seasons,
number_of_episodes, original_language, vote_count, vote_average 0 when nobody voted, overview, adult, first_air_date
and last_air_date as "2011-04-17" with blanks, in_production True / False, original_name, popularity, type
Scripted / Reality / Documentary / Miniseries / Talk Show, status Returning Series / Ended / Canceled / In
Production, genres and networks as comma-joined lists, origin_country, episode_run_time 0 when unknown). All are
generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _topn(scores: pd.Series, n: int) -> list[str]:
    return [str(x) for x in _ranked(scores).index[:n]]


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions."""
    return _scaled(value, (1e3, 1e6))


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _num(s: pd.Series) -> pd.Series:
    """Numbers written as text with thousands commas or units, blanks as NaN."""
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _days(start: str, end: str, rng: np.random.Generator, n: int) -> pd.Series:
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    secs = np.sort(rng.integers(0, int((hi - lo).total_seconds()), n))
    return pd.Series(lo + pd.to_timedelta(secs, unit="s"))


def _money(x: float) -> str:
    return f"{x:,.2f}"


_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Sofia", "Mason", "Chloe"]
_FIRST += ["Priya", "Wei", "Carlos", "Fatima", "Daniel", "Grace", "Omar", "Hannah", "Tom", "Aisha", "Marco", "Lena"]
_LAST = ["Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Patel", "Chen", "Nguyen", "Kim", "Lopez"]
_LAST += ["Wilson", "Martin", "Clark", "Lewis", "Walker", "Young", "Hall", "Allen", "Wright", "Scott", "Green"]


def _people(rng: np.random.Generator, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if name not in out:
            out.append(name)
    return out


# --- 1. PayPal business activity download --------------------------------------------------------------------------

_PP_ITEMS = {"Hand-poured Soy Candle": 24.0, "Candle Gift Set (3)": 62.0, "Wax Melts Sampler": 15.5}
_PP_ITEMS |= {"Reed Diffuser": 34.0, "Wholesale Case (12 candles)": 210.0}
_PP_SALE_TYPES = ["Website Payment", "Express Checkout Payment", "Mobile Payment", "General Payment"]


def _paypal_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13201)
    n = 1500
    stamps = _days("2023-01-01", "2024-12-31", rng, n)
    buyers = _people(rng, 180)
    sales: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    balance = 1200.0
    for t in stamps:
        r = rng.random()
        tz = "PDT" if 3 <= t.month <= 10 else "PST"
        base = {"Date": f"{t:%m/%d/%Y}", "Time": f"{t:%H:%M:%S}", "TimeZone": tz}
        tid = "".join(rng.choice(list("0123456789ABCDEFGHJKLMNPRSTUVWXY"), 17))
        if r < 0.06 and sales:
            sale = sales[int(rng.integers(len(sales)))]
            gross = -sale["gross"]
            fee = round(sale["gross"] * 0.0349 * 0.9, 2) if rng.random() < 0.7 else 0.0
            row = {"Name": sale["name"], "Type": "Payment Refund", "Status": "Completed", "gross": gross, "fee": fee}
            row |= {"From": "shop@wickandember.com", "To": sale["email"], "Item": "", "Qty": "", "Ref": sale["id"]}
            row["Impact"] = "Debit"
        elif r < 0.09:
            gross = -round(float(rng.uniform(500, 4000)), 2)
            row = {"Name": "", "Type": "General Withdrawal", "Status": "Completed", "gross": gross, "fee": 0.0}
            row |= {"From": "shop@wickandember.com", "To": "", "Item": "", "Qty": "", "Ref": "", "Impact": "Debit"}
        else:
            name = str(_one(rng, buyers))
            item = str(_one(rng, list(_PP_ITEMS), [30, 18, 14, 12, 3]))
            qty = int(_one(rng, [1, 2, 3, 4], [60, 25, 10, 5]))
            gross = round(_PP_ITEMS[item] * qty + float(_one(rng, [0.0, 6.95, 9.5])), 2)
            fee = -round(gross * 0.0349 + 0.49, 2)
            kind = str(_one(rng, _PP_SALE_TYPES, [45, 30, 15, 10]))
            status = str(_one(rng, ["Completed", "Pending", "Denied", "Reversed"], [92, 4, 2, 2]))
            email = f"{name.lower().replace(' ', '.')}@{_one(rng, ['gmail.com', 'yahoo.com', 'outlook.com'])}"
            row = {"Name": name, "Type": kind, "Status": status, "gross": gross, "fee": fee, "From": email}
            row |= {"To": "shop@wickandember.com", "Item": item, "Qty": qty, "Ref": ""}
            row["Impact"] = "Credit" if status in ("Completed", "Reversed") else "Memo"
            sales.append({"name": name, "gross": gross, "email": email, "id": tid})
        net = round(row["gross"] + row["fee"], 2)
        if row["Impact"] != "Memo":
            balance = round(balance + net, 2)
        rows.append(
            base
            | {
                "Name": row["Name"],
                "Type": row["Type"],
                "Status": row["Status"],
                "Currency": "USD",
                "Gross": _money(row["gross"]),
                "Fee": _money(row["fee"]),
                "Net": _money(net),
                "From Email Address": row["From"],
                "To Email Address": row["To"],
                "Transaction ID": tid,
                "Item Title": row["Item"],
                "Quantity": row["Qty"],
                "Reference Txn ID": row["Ref"],
                "Balance": _money(balance),
                "Country": "United States" if row["Name"] else "",
                "Balance Impact": row["Impact"],
            }
        )
    return pd.DataFrame(rows)


def _pp_sales(d: pd.DataFrame, completed_only: bool) -> pd.Series:
    keep = d["Type"].isin(_PP_SALE_TYPES)
    return keep & (d["Status"] == "Completed") if completed_only else keep


def _pp_income(completed_only: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_num(d["Gross"])[_pp_sales(d, completed_only)].sum())


def _pp_fees(sign: float) -> Callable[[pd.DataFrame], float]:
    return lambda d: sign * float(_num(d["Fee"]).sum())


def _pp_best_month(completed_only: bool, net: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        keep = _pp_sales(d, completed_only)
        months = pd.to_datetime(d["Date"], format="%m/%d/%Y").dt.to_period("M")
        amounts = _num(d["Net" if net else "Gross"])
        by = amounts[keep].groupby(months[keep]).sum()
        return pd.Period(_ranked(by).index[0], "M").to_timestamp()

    return value


def _pp_top_buyers(completed_only: bool, refunds: bool = False) -> Callable[[pd.DataFrame], list[str]]:
    def value(d: pd.DataFrame) -> list[str]:
        keep = _pp_sales(d, completed_only) | ((d["Type"] == "Payment Refund") & refunds)
        return _topn(_num(d["Gross"])[keep].groupby(d.loc[keep, "Name"]).sum(), 5)

    return value


def _pp_not_done(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Status"]) != "Completed"


_PAYPAL_QS = [
    Q(
        "how much money came in from sales in total?",
        either(_dollars(_pp_income(True)), _dollars(_pp_income(False))),
        ("Type", "Status", "Gross", "Balance Impact"),
    ),
    Q(
        "how much have we paid paypal in fees",
        either(_dollars(_pp_fees(-1.0)), _dollars(_pp_fees(1.0))),
        ("Fee", "Type", "Status"),
    ),
    Q(
        "which month had the best sales",
        either(*(_lead(_month_year(_pp_best_month(True, n))) for n in (False, True))),
        ("Date", "Type", "Status", "Gross", "Net", "Balance Impact"),
    ),
    Q(
        "who are our top 5 customers by how much they spent",
        either(*(_all_named(_pp_top_buyers(c, r)) for c in (True, False) for r in (False, True))),
        ("Name", "Gross", "Type", "Status", "From Email Address", "Balance Impact"),
    ),
    Q(
        "how many transactions didn't go through as completed?",
        _count(lambda d: int(_pp_not_done(d).sum())),
        ("Status",),
    ),
    Q(
        "and how many of those are still pending?",
        _count(lambda d: int((_txt(d["Status"]) == "Pending").sum())),
        ("Status",),
    ),
]


# --- 2. Freshservice asset inventory export ------------------------------------------------------------------------

# asset type: (weight, prefix, products as "vendor|product|cost")
_FS_TYPES: dict[str, tuple[float, str, list[str]]] = {
    "Laptop": (40, "LT", ["Dell|Latitude 5440|1450", "Lenovo|ThinkPad T14 Gen 4|1380", "Apple|MacBook Pro 14|2199"]),
    "Desktop": (12, "DT", ["Dell|OptiPlex 7010|980", "HP|EliteDesk 800 G9|1050"]),
    "Monitor": (22, "MN", ["Dell|P2723DE|420", "LG|27UK850-W|380", "Samsung|S27A600|310"]),
    "Mobile Phone": (14, "MB", ["Apple|iPhone 14|829", "Samsung|Galaxy S23|799"]),
    "Server": (4, "SV", ["Dell|PowerEdge R750|8900", "HP|ProLiant DL380 Gen10|7600"]),
    "Printer": (8, "PR", ["HP|LaserJet Pro M404dn|349", "Brother|HL-L6200DW|289"]),
}
_FS_DEPTS = ["Engineering", "Sales", "Finance", "Marketing", "Customer Support", "HR", "IT"]
_FS_LOCS = ["San Francisco HQ", "New York Office", "London Office", "Remote"]


def _freshservice_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13202)
    n = 900
    users = _people(rng, 260)
    kinds = list(_FS_TYPES)
    rows = []
    for k in range(n):
        kind = str(_one(rng, kinds, [v[0] for v in _FS_TYPES.values()]))
        _, prefix, products = _FS_TYPES[kind]
        vendor, product, cost = str(_one(rng, products)).split("|")
        acquired = pd.Timestamp("2018-01-01") + pd.Timedelta(days=int(rng.integers(0, 2500)))
        years = 1 if kind == "Mobile Phone" else 3 if kind != "Server" else 5
        warranty = acquired + pd.DateOffset(years=years)
        state = str(_one(rng, ["In Use", "In Stock", "In Repair", "Retired", "Missing"], [68, 14, 4, 12, 2]))
        if acquired.year <= 2019 and rng.random() < 0.4:
            state = "Retired"
        dept = str(_one(rng, _FS_DEPTS, [30, 20, 8, 10, 18, 5, 9])) if kind != "Server" else "IT"
        used = str(_one(rng, users)) if state in ("In Use", "In Repair") and kind not in ("Server", "Printer") else ""
        if state == "In Stock":
            dept = ""
        price = float(cost) * float(rng.uniform(0.9, 1.08))
        cost_txt = "" if rng.random() < 0.06 else round(price, 2)
        computer = kind in ("Laptop", "Desktop", "Server")
        rows.append(
            {
                "Display Name": f"{prefix}-{vendor[:3].upper()}-{k + 1:04d}",
                "Asset Tag": f"ASSET-{k + 101}",
                "Asset Type": kind,
                "Impact": str(_one(rng, ["Low", "Medium", "High"], [5, 3, 1])) if kind != "Server" else "High",
                "Asset State": state,
                "Usage Type": str(_one(rng, ["Permanent", "Loaner"], [9, 1])),
                "Location": str(_one(rng, _FS_LOCS, [4, 3, 2, 3])),
                "Department": dept,
                "Used By": used,
                "Managed By Group": "IT Operations" if kind in ("Server", "Printer") else "Desktop Support",
                "Product": product,
                "Vendor": vendor,
                "Cost": cost_txt,
                "Acquisition Date": f"{acquired:%b %d, %Y}",
                "Warranty Expiry Date": f"{warranty:%b %d, %Y}",
                "Serial Number": "".join(rng.choice(list("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), 10)),
                "Hostname": f"{prefix.lower()}-{k + 1:04d}.corp.local" if computer else "",
                "OS": ("macOS" if vendor == "Apple" else "Windows 11" if kind != "Server" else "Ubuntu 22.04")
                if computer
                else "",
                "Memory(GB)": int(_one(rng, [8, 16, 32, 64] if kind != "Server" else [128, 256])) if computer else "",
                "Disk Space(GB)": int(_one(rng, [256, 512, 1024])) if computer else "",
                "Created At": f"{acquired + pd.Timedelta(hours=int(rng.integers(1, 200))):%Y-%m-%d %H:%M:%S}",
                "Last Audit Date": "" if rng.random() < 0.7 else f"{pd.Timestamp('2024-06-03'):%b %d, %Y}",
            }
        )
    return pd.DataFrame(rows)


def _fs_cost(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Cost"], errors="coerce")


def _fs_live(d: pd.DataFrame) -> pd.Series:
    return ~d["Asset State"].isin(["Retired", "Missing"])


def _fs_laptop_costs(live: bool) -> Callable[[pd.DataFrame], Any]:
    def value(d: pd.DataFrame) -> Any:
        keep = (d["Asset Type"] == "Laptop") & (_fs_live(d) if live else True)
        return _fs_cost(d)[keep].groupby(d.loc[keep, "Vendor"]).mean().to_numpy()

    return value


def _fs_unassigned(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Used By"]) == ""


_FRESHSERVICE_QS = [
    Q(
        "how many laptops do we have?",
        either(
            _count(lambda d: int((d["Asset Type"] == "Laptop").sum())),
            _count(lambda d: int(((d["Asset Type"] == "Laptop") & _fs_live(d)).sum())),
            _count(lambda d: int(((d["Asset Type"] == "Laptop") & (d["Asset State"] != "Retired")).sum())),
        ),
        ("Asset Type", "Asset State"),
    ),
    Q(
        "what's all our gear worth, total cost",
        either(
            _dollars(lambda d: float(_fs_cost(d).sum())),
            _dollars(lambda d: float(_fs_cost(d)[d["Asset State"] != "Retired"].sum())),
            _dollars(lambda d: float(_fs_cost(d)[_fs_live(d)].sum())),
        ),
        ("Cost", "Asset State"),
    ),
    Q(
        "which department has the most stuff",
        _lead(_named(lambda d: _top(d.loc[_txt(d["Department"]) != ""].groupby("Department").size()))),
        ("Department", "Asset Tag", "Display Name"),
    ),
    Q(
        "average laptop price by brand",
        either(_about(_fs_laptop_costs(False)), _about(_fs_laptop_costs(True))),
        ("Asset Type", "Vendor", "Cost", "Asset State"),
    ),
    Q(
        "how many warranties run out in 2025",
        _count(lambda d: int((pd.to_datetime(d["Warranty Expiry Date"], format="%b %d, %Y").dt.year == 2025).sum())),
        ("Warranty Expiry Date",),
    ),
    Q(
        "how many assets aren't assigned to anyone? and how many of those are just sitting in stock",
        _count(
            lambda d: [int(_fs_unassigned(d).sum()), int((_fs_unassigned(d) & (d["Asset State"] == "In Stock")).sum())]
        ),
        ("Used By", "Asset State"),
    ),
]


# --- 3. Oura ring daily trends export ------------------------------------------------------------------------------


def _oura_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13203)
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    n = len(days)
    season = np.sin((days.dayofyear.to_numpy() - 20) / 365.25 * 2 * np.pi)
    fitness = np.cumsum(rng.normal(0, 0.15, n))
    total = np.clip(rng.normal(7.1, 0.75, n) * 3600 - 600 * season, 3.5 * 3600, 9.8 * 3600)
    deep = np.clip(total * rng.normal(0.17, 0.035, n), 1200, None)
    rem = np.clip(total * rng.normal(0.21, 0.04, n), 1200, None)
    light = total - deep - rem
    awake = rng.gamma(3.0, 400.0, n)
    hrv = np.clip(rng.normal(42, 8, n) + 2 * fitness + (deep - 4300) / 400, 12, None)
    rhr = np.clip(rng.normal(56, 3, n) - 0.4 * fitness - (total - 25500) / 3600, 44, None)
    sleep_score = np.clip(np.round(40 + (total / 3600) * 5 + (deep - 4300) / 300 + rng.normal(0, 5, n)), 30, 100)
    readiness = np.clip(
        np.round(20 + 0.45 * sleep_score + 0.35 * hrv + (deep - 4300) / 250 + rng.normal(0, 6, n)), 25, 100
    )
    steps = np.round(rng.lognormal(8.95, 0.45, n) * (1 + 0.15 * season)).astype(int)
    worn = rng.random(n) > 0.06
    worn[200:209] = False
    start = days - pd.Timedelta(hours=1) + pd.to_timedelta(rng.normal(0, 50, n), unit="m")
    end = start + pd.to_timedelta(total + awake, unit="s")
    out = pd.DataFrame(
        {
            "date": days.strftime("%Y-%m-%d"),
            "Sleep Score": sleep_score,
            "Total Sleep Score": np.clip(np.round(sleep_score + rng.normal(0, 6, n)), 20, 100),
            "REM Sleep Score": np.clip(np.round(60 + (rem - 5400) / 90 + rng.normal(0, 8, n)), 10, 100),
            "Deep Sleep Score": np.clip(np.round(70 + (deep - 4300) / 80 + rng.normal(0, 8, n)), 10, 100),
            "Total Bedtime ": np.round(total + awake),
            "Total Sleep Time": np.round(total),
            "Awake Time": np.round(awake),
            "REM Sleep Time": np.round(rem),
            "Light Sleep Time": np.round(light),
            "Deep Sleep Time": np.round(deep),
            "Bedtime Start": [f"{t:%Y-%m-%dT%H:%M:%S}-07:00" for t in start],
            "Bedtime End": [f"{t:%Y-%m-%dT%H:%M:%S}-07:00" for t in end],
            "Average Resting Heart Rate": np.round(rhr + 2.5, 2),
            "Lowest Resting Heart Rate": np.round(rhr),
            "Average HRV": np.round(hrv),
            "Temperature Deviation (°C)": np.round(rng.normal(0, 0.25, n), 2),
            "Respiratory Rate": np.round(rng.normal(14.6, 0.5, n), 3),
            "Activity Score": np.clip(np.round(55 + steps / 400 + rng.normal(0, 8, n)), 20, 100),
            "Steps": steps,
            "Total Burn": np.round(2050 + steps * 0.045 + rng.normal(0, 80, n)),
            "Readiness Score": readiness,
            "Previous Night Score": np.clip(np.round(sleep_score + rng.normal(0, 8, n)), 1, 100),
            "Resting Heart Rate Score": np.clip(np.round(110 - rhr + rng.normal(0, 5, n)), 1, 100),
            "HRV Balance Score": np.clip(np.round(40 + hrv + rng.normal(0, 8, n)), 1, 100),
            "Temperature Score": np.clip(np.round(rng.normal(90, 8, n)), 1, 100),
        }
    )
    sleep_cols = [c for c in out.columns if c not in ("date", "Activity Score", "Steps", "Total Burn")]
    out.loc[~worn, sleep_cols] = np.nan
    out.loc[~worn & (rng.random(n) < 0.6), ["Activity Score", "Steps", "Total Burn"]] = np.nan
    gaps = worn & (rng.random(n) < 0.03)
    out.loc[gaps, "Readiness Score"] = np.nan
    return out


def _ou_month(d: pd.DataFrame) -> pd.Timestamp:
    months = pd.to_datetime(d["date"]).dt.to_period("M")
    by = d["Readiness Score"].groupby(months).mean()
    return pd.Period(_ranked(by).index[0], "M").to_timestamp()


_OURA_QS = [
    Q(
        "what's my average readiness?",
        _about(lambda d: float(d["Readiness Score"].mean())),
        ("Readiness Score",),
    ),
    Q(
        "how many days is readiness missing",
        _count(lambda d: int(d["Readiness Score"].isna().sum())),
        ("Readiness Score", "date"),
    ),
    Q(
        "how much do i sleep on average a night",
        either(
            _about(lambda d: float(d["Total Sleep Time"].mean() / 3600)),
            _about(lambda d: float(d["Total Sleep Time"].mean() / 60)),
            _about(lambda d: float(d["Total Sleep Time"].mean())),
        ),
        ("Total Sleep Time",),
    ),
    Q(
        "does getting more deep sleep mean a better readiness score?",
        _corr(lambda d: d["Deep Sleep Time"], lambda d: d["Readiness Score"]),
        ("Deep Sleep Time", "Readiness Score"),
    ),
    Q(
        "which month was my readiness best",
        _lead(_month_year(_ou_month)),
        ("date", "Readiness Score"),
    ),
    Q(
        "how many days did i get over 10k steps",
        either(
            _count(lambda d: int((d["Steps"] > 10000).sum())),
            _count(lambda d: int((d["Steps"] >= 10000).sum())),
        ),
        ("Steps", "date"),
    ),
]


# --- 4. Etsy sold orders export ------------------------------------------------------------------------------------

_ET_STATES = ["CA", "TX", "NY", "FL", "WA", "IL", "PA", "OH", "GA", "NC", "MA", "CO", "OR", "MI", "AZ", "NJ"]
_ET_STATE_W = [18, 11, 12, 8, 5, 4, 4, 3, 3, 3, 3, 3, 3, 2, 2, 3]
_ET_ABROAD = {"Canada": ["ON", "BC", "QC", "AB"], "United Kingdom": [""], "Australia": ["NSW", "VIC"]}
_ET_ABROAD |= {"Germany": [""], "France": [""], "Netherlands": [""]}


def _etsy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13204)
    n = 1200
    stamps = _days("2023-01-01", "2024-12-31", rng, n)
    buyers = _people(rng, 250)
    ids = {p: 10000000 + 37 * i for i, p in enumerate(buyers)}
    rows = []
    for k, t in enumerate(stamps):
        name = str(_one(rng, buyers))
        first, last = name.split(" ", 1)
        abroad = rng.random() < 0.14
        if abroad:
            country = str(_one(rng, list(_ET_ABROAD), [40, 25, 12, 10, 7, 6]))
            state = str(_one(rng, _ET_ABROAD[country]))
            zipcode = f"{_one(rng, ['M5V', 'V6B', 'SW1A', 'EC2A', '2000', '10115'])} {int(rng.integers(1, 9))}"
            shipping = round(float(rng.uniform(14, 28)), 2)
            tax = 0.0
        else:
            country = "United States"
            state = str(_one(rng, _ET_STATES, _ET_STATE_W))
            zipcode = f"{int(rng.integers(1000, 99999)):05d}"
            shipping = float(_one(rng, [0.0, 4.99, 5.99], [3, 4, 3]))
            tax = 0.0
        items = int(_one(rng, [1, 2, 3, 4], [62, 24, 9, 5]))
        value = round(sum(float(_one(rng, [18.0, 24.0, 32.0, 45.0, 58.0])) for _ in range(items)), 2)
        coupon = str(_one(rng, ["", "WELCOME10", "HOLIDAY20", "THANKYOU15"], [80, 9, 6, 5]))
        if t.month in (11, 12) and rng.random() < 0.2:
            coupon = "HOLIDAY20"
        pct = {"": 0, "WELCOME10": 10, "HOLIDAY20": 20, "THANKYOU15": 15}[coupon]
        discount = round(value * pct / 100, 2)
        if country == "United States":
            tax = round((value - discount + shipping) * float(rng.uniform(0.05, 0.095)), 2)
        total = round(value - discount + shipping + tax, 2)
        fees = round(total * 0.03 + 0.25, 2)
        status = "Completed" if rng.random() > 0.02 else "Canceled"
        shipped = t + pd.Timedelta(days=int(rng.integers(1, 6)))
        refunded = status == "Completed" and rng.random() < 0.04
        rows.append(
            {
                "Sale Date": f"{t:%m/%d/%y}",
                "Order ID": 2900000000 + k * 731 + int(rng.integers(0, 700)),
                "Buyer User ID": ids[name],
                "Full Name": name,
                "First Name": first,
                "Last Name": last,
                "Number of Items": items,
                "Payment Method": str(
                    _one(rng, ["Credit Card", "PayPal", "Apple Pay", "Etsy Gift Card"], [6, 2, 2, 1])
                ),
                "Date Shipped": "" if status == "Canceled" or t > pd.Timestamp("2024-12-28") else f"{shipped:%m/%d/%y}",
                "Street 1": f"{int(rng.integers(1, 9999))} {_one(rng, ['Oak', 'Maple', 'Pine', 'Main', 'Cedar'])} St",
                "Ship City": str(_one(rng, ["Springfield", "Austin", "Portland", "Brooklyn", "Toronto", "London"])),
                "Ship State": state,
                "Ship Zipcode": zipcode,
                "Ship Country": country,
                "Currency": "USD",
                "Order Value": value,
                "Coupon Code": coupon,
                "Coupon Details": f"{coupon} - {pct}% off" if coupon else "",
                "Discount Amount": discount,
                "Shipping Discount": 0.0,
                "Shipping": shipping,
                "Sales Tax": tax,
                "Order Total": total,
                "Status": status,
                "Card Processing Fees": fees,
                "Order Net": round(total - fees - tax, 2),
                "Adjusted Order Total": 0.0 if refunded else "",
                "Adjusted Card Processing Fees": 0.0 if refunded else "",
                "Adjusted Net Order Amount": 0.0 if refunded else "",
                "Buyer": f"{first.lower()}{last.lower()[:3]}{int(rng.integers(10, 99))}",
                "Order Type": "online",
                "Payment Type": "online_paypal" if rng.random() < 0.2 else "online_cc",
                "SKU": str(_one(rng, ["CNDL-SOY-8OZ", "CNDL-SET-3", "MELT-SMP", ""], [4, 2, 2, 1])),
            }
        )
    return pd.DataFrame(rows)


def _et_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Sale Date"], format="%m/%d/%y").dt.year


def _et_coupon(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Coupon Code"]) != ""


def _et_coupon_means(col: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        c = _et_coupon(d)
        return [float(d.loc[c, col].mean()), float(d.loc[~c, col].mean())]

    return value


def _et_abroad(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Ship Country"]) != "United States"


_ETSY_QS = [
    Q(
        "how many orders did i get in 2024",
        either(
            _count(lambda d: int((_et_year(d) == 2024).sum())),
            _count(lambda d: int(((_et_year(d) == 2024) & (d["Status"] != "Canceled")).sum())),
        ),
        ("Sale Date", "Order ID", "Status"),
    ),
    Q(
        "total revenue over everything?",
        either(
            *(_dollars(lambda d, c=c: float(d[c].sum())) for c in ("Order Total", "Order Value", "Order Net")),
            *(
                _dollars(lambda d, c=c: float(d.loc[d["Status"] != "Canceled", c].sum()))
                for c in ("Order Total", "Order Value", "Order Net")
            ),
        ),
        ("Order Total", "Order Value", "Order Net", "Status"),
    ),
    Q(
        "which state do most of my orders ship to",
        _lead(_named(lambda d: _top(d.loc[_txt(d["Ship State"]) != ""].groupby("Ship State").size()))),
        ("Ship State", "Ship Country", "Order ID"),
    ),
    Q(
        "do orders with a coupon spend more than ones without? average for each",
        either(
            _about(_et_coupon_means("Order Value")),
            _about(_et_coupon_means("Order Total")),
            _about(_et_coupon_means("Order Net")),
        ),
        ("Coupon Code", "Coupon Details", "Discount Amount", "Order Value", "Order Total", "Order Net"),
    ),
    Q(
        "what percent of orders go outside the us?",
        _share(lambda d: float(_et_abroad(d).mean())),
        ("Ship Country",),
    ),
    Q(
        "which country orders the most of those",
        _lead(_named(lambda d: _top(d.loc[_et_abroad(d)].groupby("Ship Country").size()))),
        ("Ship Country",),
    ),
]


# --- 5. FBI hate crime incidents -----------------------------------------------------------------------------------

# state: (abbr, name, division, region, weight)
_HC_STATES = [
    ("CA", "California", "Pacific", "West", 18),
    ("NY", "New York", "Middle Atlantic", "Northeast", 10),
    ("TX", "Texas", "West South Central", "South", 8),
    ("WA", "Washington", "Pacific", "West", 7),
    ("NJ", "New Jersey", "Middle Atlantic", "Northeast", 7),
    ("MA", "Massachusetts", "New England", "Northeast", 6),
    ("OH", "Ohio", "East North Central", "Midwest", 6),
    ("MI", "Michigan", "East North Central", "Midwest", 6),
    ("AZ", "Arizona", "Mountain", "West", 4),
    ("OR", "Oregon", "Pacific", "West", 4),
    ("CO", "Colorado", "Mountain", "West", 4),
    ("FL", "Florida", "South Atlantic", "South", 3),
    ("KY", "Kentucky", "East South Central", "South", 3),
    ("MN", "Minnesota", "West North Central", "Midwest", 3),
]
_HC_BIAS = {
    "Anti-Black or African American": 30,
    "Anti-Jewish": 13,
    "Anti-White": 10,
    "Anti-Gay (Male)": 10,
    "Anti-Hispanic or Latino": 7,
    "Anti-Asian": 5,
    "Anti-Islamic (Muslim)": 3,
    "Anti-Lesbian, Gay, Bisexual, or Transgender (Mixed Group)": 4,
    "Anti-Transgender": 3,
    "Anti-Multiple Races, Group": 3,
}
_HC_OFFENSES = {"Destruction/Damage/Vandalism of Property": 28, "Intimidation": 30, "Simple Assault": 24}
_HC_OFFENSES |= {"Aggravated Assault": 12, "Robbery": 2, "Burglary/Breaking & Entering": 2}
_HC_LOCS = [
    "Residence/Home",
    "Highway/Road/Alley/Street/Sidewalk",
    "School-Elementary/Secondary",
    "Parking/Drop Lot/Garage",
]
_HC_LOCS += ["Church/Synagogue/Temple/Mosque", "Restaurant", "Other/Unknown"]


def _hate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13205)
    years = list(range(2015, 2023))
    counts = [330, 345, 380, 370, 395, 470, 540, 510]
    biases = list(_HC_BIAS)
    offenses = list(_HC_OFFENSES)
    rows = []
    iid = 100000
    for year, c in zip(years, counts, strict=True):
        dates = _days(f"{year}-01-01", f"{year}-12-31", rng, c)
        for t in dates:
            iid += int(rng.integers(1, 40))
            abbr, state, div, region, _ = _HC_STATES[int(_one(rng, range(len(_HC_STATES)), [s[4] for s in _HC_STATES]))]
            multi_bias = rng.random() < 0.035
            bias = sorted({str(_one(rng, biases, list(_HC_BIAS.values()))) for _ in range(2 if multi_bias else 1)})
            multi_bias = len(bias) > 1
            multi_off = rng.random() < 0.06
            offense = sorted(
                {str(_one(rng, offenses, list(_HC_OFFENSES.values()))) for _ in range(2 if multi_off else 1)}
            )
            victims = int(_one(rng, [1, 1, 1, 2, 3, 5], [50, 20, 10, 12, 5, 3]))
            offenders = int(_one(rng, [0, 1, 2, 3, 4], [22, 52, 15, 7, 4]))
            juv = int(rng.binomial(offenders, 0.15)) if offenders else 0
            juv_v = int(rng.binomial(victims, 0.1))
            vtype = (
                "Society/Public"
                if offense == ["Destruction/Damage/Vandalism of Property"] and rng.random() < 0.3
                else "Individual"
            )
            new = year >= 2019
            pop = str(_one(rng, ["1A", "1B", "2", "3", "5", "8D"], [3, 2, 2, 2, 2, 1]))
            rows.append(
                {
                    "INCIDENT_ID": iid,
                    "DATA_YEAR": year,
                    "ORI": f"{abbr}{int(rng.integers(100, 999)):03d}{int(rng.integers(0, 99)):02d}",
                    "PUB_AGENCY_NAME": str(_one(rng, ["Springfield", "Riverside", "Franklin", "Clinton", "Madison"])),
                    "PUB_AGENCY_UNIT": "" if rng.random() < 0.95 else "Campus Police",
                    "AGENCY_TYPE_NAME": str(
                        _one(rng, ["City", "County", "University or College", "State Police"], [8, 2, 1, 1])
                    ),
                    "STATE_ABBR": abbr,
                    "STATE_NAME": state,
                    "DIVISION_NAME": div,
                    "REGION_NAME": region,
                    "POPULATION_GROUP_CODE": pop,
                    "POPULATION_GROUP_DESC": {
                        "1A": "Cities 1,000,000 or over",
                        "1B": "Cities from 500,000 thru 999,999",
                        "2": "Cities from 250,000 thru 499,999",
                        "3": "Cities from 100,000 thru 249,999",
                        "5": "Cities from 10,000 thru 24,999",
                        "8D": "Non-MSA counties 100,000 or over",
                    }[pop],
                    "INCIDENT_DATE": f"{t:%Y-%m-%d}",
                    "ADULT_VICTIM_COUNT": victims - juv_v if new else np.nan,
                    "JUVENILE_VICTIM_COUNT": juv_v if new else np.nan,
                    "TOTAL_OFFENDER_COUNT": offenders,
                    "ADULT_OFFENDER_COUNT": offenders - juv if new else np.nan,
                    "JUVENILE_OFFENDER_COUNT": juv if new else np.nan,
                    "OFFENDER_RACE": "Unknown"
                    if offenders == 0
                    else str(
                        _one(
                            rng,
                            ["White", "Black or African American", "Asian", "Unknown", "Multiple"],
                            [55, 22, 3, 15, 5],
                        )
                    ),
                    "OFFENDER_ETHNICITY": ""
                    if not new
                    else str(_one(rng, ["Not Hispanic or Latino", "Hispanic or Latino", "Unknown"], [5, 2, 3])),
                    "VICTIM_COUNT": victims,
                    "OFFENSE_NAME": ";".join(offense),
                    "TOTAL_INDIVIDUAL_VICTIMS": victims if vtype == "Individual" else np.nan,
                    "LOCATION_NAME": str(_one(rng, _HC_LOCS, [30, 22, 8, 7, 6, 4, 10])),
                    "BIAS_DESC": ";".join(bias),
                    "VICTIM_TYPES": vtype,
                    "MULTIPLE_OFFENSE": "M" if len(offense) > 1 else "S",
                    "MULTIPLE_BIAS": "M" if multi_bias else "S",
                }
            )
    return pd.DataFrame(rows)


def _hc_bias_top(split: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        s = _txt(d["BIAS_DESC"])
        if split:
            s = s.str.split(";").explode()
        return _top(s.value_counts())

    return value


_HATE_QS = [
    Q(
        "which year had the most incidents?",
        _lead(_year(lambda d: int(_top(d.groupby("DATA_YEAR").size())))),
        ("DATA_YEAR", "INCIDENT_DATE", "INCIDENT_ID"),
    ),
    Q(
        "what's the most common bias motivation",
        either(_lead(_named(_hc_bias_top(True))), _lead(_named(_hc_bias_top(False)))),
        ("BIAS_DESC",),
    ),
    Q(
        "how many victims were there altogether",
        either(
            _count(lambda d: int(d["VICTIM_COUNT"].sum())),
            _count(lambda d: int(d["TOTAL_INDIVIDUAL_VICTIMS"].sum())),
        ),
        ("VICTIM_COUNT", "TOTAL_INDIVIDUAL_VICTIMS"),
    ),
    Q(
        "which state reported the most",
        either(
            _lead(_named(lambda d: _top(d.groupby("STATE_NAME").size()))),
            _lead(_named(lambda d: _top(d.groupby("STATE_ABBR").size()))),
        ),
        ("STATE_NAME", "STATE_ABBR", "INCIDENT_ID"),
    ),
    Q(
        "what share of incidents had more than one bias?",
        _share(lambda d: float((_txt(d["MULTIPLE_BIAS"]) == "M").mean())),
        ("MULTIPLE_BIAS", "BIAS_DESC"),
    ),
    Q(
        "how many incidents involved at least one juvenile offender",
        _count(lambda d: int((d["JUVENILE_OFFENDER_COUNT"] > 0).sum())),
        ("JUVENILE_OFFENDER_COUNT", "TOTAL_OFFENDER_COUNT"),
    ),
]


# --- 6. NOAA relative sea level trends by station ------------------------------------------------------------------

_SL_US = ["The Battery, NY", "Boston, MA", "Atlantic City, NJ", "Sewells Point, VA", "Charleston, SC", "Key West, FL"]
_SL_US += ["Galveston Pier 21, TX", "Grand Isle, LA", "San Francisco, CA", "Seattle, WA", "Honolulu, HI"]
_SL_US += ["Juneau, AK", "Skagway, AK", "Astoria, OR", "La Jolla, CA", "Pensacola, FL", "Eugene Island, LA"]
_SL_COUNTRIES = {
    "Japan": (36, 138, 1.5, ["TOKYO", "OSAKA", "KUSHIRO", "NAGASAKI", "ABURATSU", "HAMADA", "WAJIMA", "KAINAN"]),
    "Australia": (-32, 148, 1.8, ["SYDNEY", "FREMANTLE", "PORT ADELAIDE", "TOWNSVILLE", "NEWCASTLE", "HOBART"]),
    "United Kingdom": (54, -3, 1.4, ["NEWLYN", "ABERDEEN", "LIVERPOOL", "NORTH SHIELDS", "SHEERNESS", "LERWICK"]),
    "Sweden": (60, 17, -2.5, ["STOCKHOLM", "FURUOGRUND", "RATAN", "SMOGEN", "VARBERG", "LANDSORT"]),
    "Norway": (63, 9, -1.0, ["OSLO", "BERGEN", "TRONDHEIM", "NARVIK", "STAVANGER", "TROMSO"]),
    "Canada": (47, -66, 1.0, ["HALIFAX", "VANCOUVER", "CHURCHILL", "VICTORIA", "CHARLOTTETOWN", "PRINCE RUPERT"]),
    "Brazil": (-22, -43, 2.5, ["RIO DE JANEIRO", "RECIFE", "SALVADOR", "FORTALEZA", "CANANEIA"]),
    "Philippines": (13, 122, 5.0, ["MANILA", "CEBU", "LEGASPI", "DAVAO", "JOLO"]),
    "Iceland": (64, -21, 1.0, ["REYKJAVIK"]),
    "Germany": (54, 9, 1.8, ["CUXHAVEN", "TRAVEMUNDE", "WISMAR", "WARNEMUNDE"]),
}


def _noaa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13206)
    rows = []
    for k, name in enumerate(_SL_US):
        rows.append(("US", name, float(rng.uniform(25, 48)), float(rng.uniform(-158, -70)), 2.8, f"{8410140 + 37 * k}"))
    countries = list(_SL_COUNTRIES)
    k = 0
    while len(rows) < 360:
        country = str(_one(rng, countries, [14, 10, 10, 6, 6, 8, 5, 5, 1, 4]))
        lat, lon, trend, names = _SL_COUNTRIES[country]
        base = str(_one(rng, names))
        k += 1
        rows.append(
            (
                country,
                f"{base} {k}" if k > 40 else base,
                lat + float(rng.normal(0, 3)),
                lon + float(rng.normal(0, 4)),
                trend,
                f"{int(rng.integers(100, 999))}-{int(rng.integers(1, 300)):03d}",
            )
        )
    out = []
    seen: set[str] = set()
    for country, name, lat, lon, trend, sid in rows:
        if name in seen:
            name = f"{name} II"
        seen.add(name)
        first = int(rng.integers(1850, 1990))
        last = int(_one(rng, [2020, 2021, 2022, 2023], [1, 1, 2, 6]))
        span = last - first + 1
        mm = trend + float(rng.normal(0, 1.6)) + (float(rng.uniform(4, 9)) if "LA" in name[-2:] else 0.0)
        if country == "US" and name.endswith("AK"):
            mm = -float(rng.uniform(3, 17))
        ci = 0.2 + 30.0 / span + float(rng.uniform(0, 0.2))
        out.append(
            {
                "Station ID": sid,
                "Station Name": name,
                "Country": "USA" if country == "US" else country,
                "First Year": first,
                "Last Year": last,
                "Year Range": span,
                "% Complete": int(np.clip(rng.normal(88, 10), 45, 100)),
                "MSL Trends (mm/yr)": round(mm, 2),
                "+/- 95% CI (mm/yr)": "" if span < 40 and rng.random() < 0.3 else round(ci, 2),
                "MSL Trends (ft/century)": round(mm * 100 / 304.8, 2),
                "+/- 95% CI (ft/century)": round(ci * 100 / 304.8, 2),
                "Latitude": round(lat, 4),
                "Longitude": round(lon, 4),
            }
        )
    return pd.DataFrame(out)


_SL = "MSL Trends (mm/yr)"


def _sl_long(strict: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d["Year Range"] > 50 if strict else d["Year Range"] >= 50


_NOAA_QS = [
    Q(
        "how many stations show sea level going down?",
        _count(lambda d: int((d[_SL] < 0).sum())),
        (_SL, "MSL Trends (ft/century)", "Station Name", "Station ID"),
    ),
    Q(
        "what's the average rate of sea level change across all stations",
        either(_about(lambda d: float(d[_SL].mean())), _about(lambda d: float(d["MSL Trends (ft/century)"].mean()))),
        (_SL, "MSL Trends (ft/century)"),
    ),
    Q(
        "which station is rising fastest",
        _lead(_named(lambda d: str(d.loc[d[_SL].idxmax(), "Station Name"]))),
        (_SL, "MSL Trends (ft/century)", "Station Name", "Station ID"),
    ),
    Q(
        "is there any relationship between latitude and the trend",
        _corr(lambda d: d["Latitude"], lambda d: d[_SL]),
        ("Latitude", _SL, "MSL Trends (ft/century)"),
    ),
    Q(
        "how many stations have 50+ years of records",
        either(
            _count(lambda d: int(_sl_long(False)(d).sum())),
            _count(lambda d: int((d["Last Year"] - d["First Year"] >= 50).sum())),
        ),
        ("Year Range", "First Year", "Last Year"),
    ),
    Q(
        "and their average trend?",
        either(
            _about(lambda d: float(d.loc[_sl_long(False)(d), _SL].mean())),
            _about(lambda d: float(d.loc[d["Last Year"] - d["First Year"] >= 50, _SL].mean())),
            _about(lambda d: float(d.loc[_sl_long(False)(d), "MSL Trends (ft/century)"].mean())),
        ),
        ("Year Range", "First Year", "Last Year", _SL, "MSL Trends (ft/century)"),
    ),
]


# --- 7. TMDB TV series ---------------------------------------------------------------------------------------------

_TV_GENRES = ["Drama", "Comedy", "Crime", "Animation", "Documentary", "Reality", "Sci-Fi & Fantasy", "Mystery"]
_TV_GENRES += ["Action & Adventure", "Family", "Kids", "Talk", "Soap"]
_TV_NETWORKS = {"Netflix": 16, "BBC One": 7, "HBO": 6, "ABC": 7, "NBC": 6, "CBS": 6, "Prime Video": 7, "Hulu": 5}
_TV_NETWORKS |= {"Fuji TV": 6, "tvN": 5, "Disney+": 4, "Apple TV+": 3, "Channel 4": 4, "Globoplay": 3}
_TV_LANG = {"Netflix": "en", "BBC One": "en", "HBO": "en", "ABC": "en", "NBC": "en", "CBS": "en", "Hulu": "en"}
_TV_LANG |= {"Prime Video": "en", "Fuji TV": "ja", "tvN": "ko", "Disney+": "en", "Apple TV+": "en"}
_TV_LANG |= {"Channel 4": "en", "Globoplay": "pt"}
_TV_WORDS = ["The", "Last", "Dark", "City", "Secret", "House", "Blue", "Night", "Kingdom", "Lost", "Wild", "Little"]
_TV_WORDS += ["Crown", "Signal", "Harbor", "Empire", "Road", "Family", "Hearts", "Shadow", "Line", "Girls", "Island"]


def _tmdb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13207)
    n = 2500
    nets = list(_TV_NETWORKS)
    used: set[str] = set()
    rows = []
    years = np.arange(1980, 2024)
    weights = np.where(years < 2010, 1.0, 1.0 + (years - 2010) * 0.6)
    weights[years == 2023] = 3.0
    for k in range(n):
        name = ""
        while not name or name in used:
            name = " ".join(str(_one(rng, _TV_WORDS)) for _ in range(int(_one(rng, [1, 2, 3], [2, 5, 3]))))
            if rng.random() < 0.3:
                name += f" {_one(rng, ['Stories', 'Files', 'Chronicles', 'Diaries', 'Academy'])}"
        used.add(name)
        year = int(_one(rng, list(years), list(weights)))
        first = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 364)))
        net = str(_one(rng, nets, list(_TV_NETWORKS.values())))
        networks = [net] + ([str(_one(rng, nets))] if rng.random() < 0.08 else [])
        networks = list(dict.fromkeys(networks))
        genres = sorted(
            {
                str(_one(rng, _TV_GENRES, [30, 22, 10, 8, 6, 6, 6, 5, 5, 3, 3, 2, 2]))
                for _ in range(int(_one(rng, [1, 2, 3], [4, 4, 2])))
            }
        )
        kind = (
            "Documentary"
            if "Documentary" in genres
            else "Reality"
            if "Reality" in genres
            else "Talk Show"
            if "Talk" in genres
            else str(_one(rng, ["Scripted", "Miniseries"], [9, 1]))
        )
        seasons = 1 if kind == "Miniseries" else int(min(1 + rng.geometric(0.45), 2024 - year + 1))
        eps = seasons * int(_one(rng, [6, 8, 10, 13, 22], [2, 3, 3, 2, 2]))
        status = (
            "Returning Series"
            if year >= 2019 and rng.random() < 0.55
            else str(_one(rng, ["Ended", "Canceled"], [3, 1]))
        )
        if kind == "Miniseries":
            status = "Ended"
        votes = int(rng.lognormal(3.0, 1.9)) if rng.random() > 0.12 else 0
        rating = (
            0.0
            if votes == 0
            else round(
                float(
                    np.clip(
                        rng.normal(
                            7.0 + (0.4 if "Drama" in genres else 0) - (0.3 if "Comedy" in genres else 0),
                            1.0 if votes > 30 else 1.6,
                        ),
                        1,
                        10,
                    )
                ),
                1,
            )
        )
        last = first + pd.Timedelta(days=int(365 * seasons * float(rng.uniform(0.5, 1.1))))
        last = min(last, pd.Timestamp("2023-12-20"))
        rows.append(
            {
                "id": 1000 + k * 7 + int(rng.integers(0, 7)),
                "name": name,
                "number_of_seasons": seasons,
                "number_of_episodes": eps,
                "original_language": _TV_LANG[net],
                "vote_count": votes,
                "vote_average": rating,
                "overview": ""
                if rng.random() < 0.1
                else f"A {str(_one(rng, _TV_GENRES)).lower()} series about {name.lower()}.",
                "adult": False,
                "first_air_date": "" if rng.random() < 0.02 else f"{first:%Y-%m-%d}",
                "last_air_date": "" if rng.random() < 0.03 else f"{last:%Y-%m-%d}",
                "in_production": status == "Returning Series",
                "original_name": name,
                "popularity": round(float(rng.lognormal(2.3, 1.1)), 3),
                "type": kind,
                "status": status,
                "genres": ", ".join(genres),
                "networks": ", ".join(networks),
                "origin_country": {"en": "US", "ja": "JP", "ko": "KR", "pt": "BR"}[_TV_LANG[net]]
                if net not in ("BBC One", "Channel 4")
                else "GB",
                "episode_run_time": 0 if rng.random() < 0.25 else int(_one(rng, [22, 30, 45, 50, 60])),
            }
        )
    return pd.DataFrame(rows)


def _tv_net_top(split: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        s = _txt(d["networks"])
        s = s.str.split(", ").explode() if split else s.str.split(", ").str[0]
        return _top(s[s != ""].value_counts())

    return value


def _tv_genre_means(voted: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        g = _txt(d["genres"])
        keep = d["vote_count"] > 0 if voted else pd.Series(True, index=d.index)
        return [float(d.loc[keep & g.str.contains(x, regex=False), "vote_average"].mean()) for x in ("Drama", "Comedy")]

    return value


def _tv_top5(d: pd.DataFrame) -> list[str]:
    keep = d["vote_count"] >= 100
    return _topn(d.loc[keep].set_index("name")["vote_average"], 3)


def _tv_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["first_air_date"], errors="coerce").dt.year


_TMDB_QS = [
    Q(
        "how many shows are still on the air",
        either(
            _count(lambda d: int((d["in_production"].astype(str) == "True").sum())),
            _count(lambda d: int((_txt(d["status"]) == "Returning Series").sum())),
        ),
        ("in_production", "status"),
    ),
    Q(
        "which network has the most shows?",
        either(_lead(_named(_tv_net_top(True))), _lead(_named(_tv_net_top(False)))),
        ("networks", "name", "id"),
    ),
    Q(
        "are dramas rated higher than comedies? avg rating of each",
        either(_about(_tv_genre_means(False)), _about(_tv_genre_means(True))),
        ("genres", "vote_average", "vote_count"),
    ),
    Q(
        "top 3 best rated shows with at least 100 votes",
        _all_named(_tv_top5),
        ("name", "vote_average", "vote_count"),
    ),
    Q(
        "how many new shows premiered each year from 2018 to 2023",
        _count(lambda d: [int((_tv_years(d) == y).sum()) for y in range(2018, 2024)]),
        ("first_air_date", "name", "id"),
    ),
    Q(
        "which of those years had the most",
        _lead(_year(lambda d: int(float(_top(_tv_years(d)[_tv_years(d).between(2018, 2023)].value_counts()))))),
        ("first_air_date", "name", "id"),
    ),
]


HELDOUT132: list[Dataset] = [
    Dataset("paypal_business_activity", _paypal_frame, _PAYPAL_QS),
    Dataset("freshservice_assets_export", _freshservice_frame, _FRESHSERVICE_QS),
    Dataset("oura_readiness_export", _oura_frame, _OURA_QS),
    Dataset("etsy_orders_export", _etsy_frame, _ETSY_QS),
    Dataset("fbi_hate_crime_incidents", _hate_frame, _HATE_QS),
    Dataset("noaa_sea_level_trends", _noaa_frame, _NOAA_QS),
    Dataset("tmdb_tv_series", _tmdb_frame, _TMDB_QS),
]
