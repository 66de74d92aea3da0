"""HELDOUT150: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Yelp Guest Manager waitlist and reservations
export for one restaurant (January to June 2024) with "Date" as "03/14/2024", "Time" as "7:30 PM", "Guest Name",
"Phone" ("(415) 555-0123", some blank), "Party Size", "Type" (Reservation / Waitlist), "Status" (Seated / Cancelled /
No Show for reservations, Seated / Left / Removed for the waitlist), "Source" (Yelp, Google, Phone, Walk-in, Website),
"Quoted Wait" and "Actual Wait" in minutes (blank for reservations and for parties never seated), "Seating Area"
(Main Dining / Bar / Patio) and free-text "Tags" (mostly blank); a Deel contractor payments report (2023 to mid
2024) with "Contractor Name", "Contractor Email", "Contract ID" (a contractor may hold two contracts), "Contract
Type" (Fixed Rate / Pay As You Go / Milestone), "Country", "Invoice Number", "Invoice Period" ("Jan 2024"),
"Payment Date" ("2024-01-31"), "Amount" in the contract "Currency" (USD, EUR, GBP, INR, BRL, PHP), "Amount (USD)",
"Fee (USD)", "Status" (Paid / Processing / Failed) and "Payment Method"; an Azure Cost Management cost details
export (January to March 2024) with one row per resource, meter and day: InvoiceSectionName, AccountName,
SubscriptionId (a GUID), SubscriptionName, ResourceGroup, ResourceLocation, Date as "01/15/2024", ProductName,
MeterCategory, MeterSubCategory, MeterName, Quantity, EffectivePrice, CostInBillingCurrency, BillingCurrency,
ResourceId (the long "/subscriptions/.../providers/..." path), UnitOfMeasure, Tags as '"env": "prod","owner":
"data"' (blank for some) and ChargeType (Usage, a few Purchase rows for reservations); a Snapchat Ads Manager
campaign report (April to June 2024) with one row per campaign, ad squad and "Day" ("2024-04-01"), "Campaign Name",
"Ad Squad Name", "Status", "Amount Spent", "Paid Impressions", "Swipe Ups", "Swipe Up Rate" as "0.85%", "eCPM",
"eCPSU", "Video Views", "Purchases", "Purchases Value", "Currency" and a closing "Total" row (Campaign Name "Total",
Day blank) holding the column sums; Eurostat's une_rt_m in its SDMX-CSV download (long form) with DATAFLOW
("ESTAT:UNE_RT_M(1.0)"), "LAST UPDATE", freq, s_adj (SA / NSA), age (TOTAL / Y_LT25 / Y25-74), unit (PC_ACT), sex
(T / M / F), geo (country codes and the EU27_2020 / EA20 aggregates), TIME_PERIOD ("2023-01" to "2024-06"),
OBS_VALUE (one decimal, some blank) and OBS_FLAG (blank, "p", "b", "u"); Seattle's pet licenses with "License Issue
Date" as "November 16 2018", "License Number" ("8002756" or "S107948"), "Animal's Name" (some blank), "Species"
(Dog / Cat / Goat / Pig), "Primary Breed", "Secondary Breed" (mostly blank) and "ZIP Code" (five digits, some
"98117-4412", some blank); and the CDC NCHS leading causes of death table (2010-2017) with "Year", "113 Cause
Name" ("Malignant neoplasms (C00-C97)"), "Cause Name" ("Cancer"), "State" (the 50 states, District of Columbia and
a "United States" row equal to their sum), "Deaths" and "Age-adjusted Death Rate", ten causes plus an "All causes"
row that is more than the ten causes' sum. All are generated with fixed seeds 15001-15007.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _split
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, labels_in
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, lowest: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending=lowest).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from a text column ("$1,234.50", "0.85%", blanks as NaN)."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,%\s]", "", regex=True), errors="coerce")


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


_FIRST = _split(
    "Anna Ben Carlos Dana Elif Farid Grace Hiro Ines Jon Kofi Lena Mateo Nora Omar Priya Quinn Rosa Sam", " "
)
_LAST = _split("Smith Nguyen Garcia Kim Patel Brown Lee Cohen Silva Novak Okafor Rossi Meyer Khan Ito Lopez Walsh", " ")


# --- 1. Yelp Guest Manager waitlist and reservations export ------------------------------------------------------

_YG_SOURCES = {
    "Reservation": {"Yelp": 5, "Google": 3, "Phone": 2, "Website": 1.5},
    "Waitlist": {"Yelp": 3, "Walk-in": 6},
}


def _yelp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15001)
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    weights = np.array(
        [(1.7 if d.dayofweek >= 4 else 1.0) * (1 + 0.05 * d.month + (0.5 if d.month == 5 else 0)) for d in days]
    )
    rows = []
    for _ in range(3200):
        day = days[int(rng.choice(len(days), p=weights / weights.sum()))]
        kind = _one(rng, ["Reservation", "Waitlist"], [5, 4])
        src = _one(rng, list(_YG_SOURCES[kind]), list(_YG_SOURCES[kind].values()))
        size = int(_one(rng, [1, 2, 3, 4, 5, 6, 8, 10], [4, 40, 14, 22, 7, 8, 3, 1]))
        minutes = int(rng.integers(0, 16)) * 15 + 17 * 60
        if kind == "Reservation":
            status = _one(rng, ["Seated", "Cancelled", "No Show"], [80, 12, 8])
            quoted, actual = "", ""
        else:
            status = _one(rng, ["Seated", "Left", "Removed"], [78, 15, 7])
            q = int(_one(rng, [10, 15, 20, 30, 45, 60], [2, 3, 3, 3, 2, 1]))
            quoted = str(q)
            actual = str(max(0, round(q * float(rng.lognormal(0.05, 0.35))))) if status == "Seated" else ""
        rows.append(
            {
                "Date": day.strftime("%m/%d/%Y"),
                "Time": f"{(minutes // 60 - 1) % 12 + 1}:{minutes % 60:02d} PM",
                "Guest Name": f"{_one(rng, _FIRST)} {_one(rng, _LAST)}",
                "Phone": "" if rng.random() < 0.08 else f"(415) 555-{int(rng.integers(0, 10000)):04d}",
                "Party Size": size,
                "Type": kind,
                "Status": status,
                "Source": src,
                "Quoted Wait": quoted,
                "Actual Wait": actual,
                "Seating Area": _one(rng, ["Main Dining", "Bar", "Patio"], [6, 2, 2 if day.month >= 4 else 0.3]),
                "Tags": _one(rng, ["", "", "", "", "", "Birthday", "VIP", "High chair", "Allergy"]),
            }
        )
    return pd.DataFrame(rows)


def _yg(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(out["Date"], format="%m/%d/%Y")
    out["_seated"] = _txt(out["Status"]) == "Seated"
    return out


def _yg_peak(seated_only: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = _yg(d)
        x = x[x["_seated"]] if seated_only else x
        return pd.Timestamp(_top(x.groupby(x["_day"].dt.strftime("%Y-%m")).size()))

    return value


def _yg_covers(seated_only: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _yg(d)
        month = _yg_peak(seated_only)(d)
        hit = x["_seated"] & (x["_day"].dt.to_period("M") == month.to_period("M"))
        return int(x.loc[hit, "Party Size"].sum())

    return value


def _yg_wait(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        w = pd.to_numeric(d.loc[_txt(d["Type"]) == "Waitlist", "Actual Wait"], errors="coerce").dropna()
        return float(getattr(w, how)())

    return value


_YG_ID = ("Date", "Guest Name", "Type")
_YELP_QS = [
    Q(
        "how many no shows did we have",
        _count(lambda d: int((_txt(d["Status"]) == "No Show").sum())),
        (*_YG_ID, "Status"),
    ),
    Q(
        "whats the average party size",
        either(
            _about(lambda d: d["Party Size"].mean()),
            _about(lambda d: d.loc[_yg(d)["_seated"], "Party Size"].mean()),
        ),
        (*_YG_ID, "Party Size", "Status"),
    ),
    Q(
        "how long do people on the waitlist actually end up waiting",
        either(_about(_yg_wait("mean")), _about(_yg_wait("median"))),
        (*_YG_ID, "Actual Wait", "Status"),
    ),
    Q(
        "where do most of our reservations come from",
        either(
            _lead(_named(lambda d: _top(d[_txt(d["Type"]) == "Reservation"].groupby("Source").size()))),
            _lead(_named(lambda d: _top(d.groupby("Source").size()))),
        ),
        (*_YG_ID, "Source"),
    ),
    Q(
        "which month was busiest",
        either(_month_year(_yg_peak(False)), _month_year(_yg_peak(True))),
        (*_YG_ID, "Status"),
    ),
    Q(
        "how many covers did we seat that month?",
        either(_count(_yg_covers(False)), _count(_yg_covers(True))),
        (*_YG_ID, "Party Size", "Status"),
    ),
]


# --- 2. Deel contractor payments report ---------------------------------------------------------------------------

# country: currency, USD per unit, monthly USD pay range, weight
_DL_COUNTRIES: dict[str, tuple[str, float, tuple[int, int], float]] = {
    "United States": ("USD", 1.0, (6000, 14000), 3),
    "Germany": ("EUR", 1.09, (5000, 10000), 2),
    "United Kingdom": ("GBP", 1.27, (5000, 11000), 2),
    "India": ("INR", 0.012, (2000, 5000), 5),
    "Brazil": ("BRL", 0.20, (2500, 6000), 3),
    "Philippines": ("PHP", 0.018, (1200, 3000), 3),
    "Portugal": ("EUR", 1.09, (3000, 6500), 2),
}


def _deel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15002)
    months = pd.period_range("2023-01", "2024-06", freq="M")
    contracts = []
    for i in range(80):
        country = _one(rng, list(_DL_COUNTRIES), [v[3] for v in _DL_COUNTRIES.values()])
        name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        kind = _one(rng, ["Fixed Rate", "Pay As You Go", "Milestone"], [6, 3, 1])
        lo, hi = _DL_COUNTRIES[country][2]
        start = int(rng.integers(0, len(months) - 3))
        stop = min(len(months), start + int(rng.integers(4, 24)))
        contracts.append(
            (name, country, kind, float(rng.uniform(lo, hi)), start, stop, f"{name.lower().replace(' ', '.')}{i}")
        )
        if rng.random() < 0.08:  # a second contract for the same person
            contracts.append(
                (name, country, "Milestone", float(rng.uniform(lo, hi)) / 2, start, stop, contracts[-1][6])
            )
    rows = []
    n = 1000
    for cid, (name, country, kind, usd, start, stop, handle) in enumerate(contracts):
        cur, rate, _r, _w = _DL_COUNTRIES[country]
        for m in range(start, stop):
            if kind == "Milestone" and rng.random() < 0.6:
                continue
            month = months[m]
            amount_usd = usd * (float(rng.uniform(0.5, 1.3)) if kind == "Pay As You Go" else 1.0)
            amount = round(amount_usd / rate, 2)
            n += 1
            rows.append(
                {
                    "Contractor Name": name,
                    "Contractor Email": f"{handle}@mail.example",
                    "Contract ID": f"{'3a9fk2m7pq'[cid % 10]}{cid:03d}x{(cid * 37) % 97:02d}",
                    "Contract Type": kind,
                    "Country": country,
                    "Invoice Number": f"INV-{n:06d}",
                    "Invoice Period": month.strftime("%b %Y"),
                    "Payment Date": (month.end_time - pd.Timedelta(days=int(rng.integers(0, 3)))).strftime("%Y-%m-%d"),
                    "Amount": amount,
                    "Currency": cur,
                    "Amount (USD)": round(amount * rate, 2),
                    "Fee (USD)": round(float(_one(rng, [0.0, 5.0, 15.0, 25.0], [3, 4, 2, 1])), 2),
                    "Status": _one(
                        rng, ["Paid", "Processing", "Failed"], [93, 3 if m >= len(months) - 1 else 0.3, 2.5]
                    ),
                    "Payment Method": _one(rng, ["Bank Transfer", "PayPal", "Deel Card", "Payoneer"], [6, 2, 2, 1]),
                }
            )
    return pd.DataFrame(rows)


def _dl(d: pd.DataFrame, paid_only: bool = False) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(out["Payment Date"], format="%Y-%m-%d")
    return out[_txt(out["Status"]) == "Paid"] if paid_only else out


def _dl_2023(paid_only: bool, country: str | None = None) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _dl(d, paid_only)
        hit = x["_day"].dt.year == 2023
        if country:
            hit &= _txt(x["Country"]) == country
        return float(x.loc[hit, "Amount (USD)"].sum())

    return value


_DL_ID = ("Contractor Name", "Contractor Email", "Contract ID", "Payment Date", "Invoice Period")
_DEEL_QS = [
    Q(
        "how much did we pay contractors in 2023 in dollars",
        either(_money(_dl_2023(True)), _money(_dl_2023(False))),
        (*_DL_ID, "Amount (USD)", "Status"),
    ),
    Q(
        "and how much of that went to people in india?",
        either(_money(_dl_2023(True, "India")), _money(_dl_2023(False, "India"))),
        (*_DL_ID, "Amount (USD)", "Status", "Country"),
    ),
    Q(
        "how many contractors do we have",
        either(
            _count(lambda d: int(d["Contractor Email"].nunique())),
            _count(lambda d: int(d["Contract ID"].nunique())),
        ),
        _DL_ID,
    ),
    Q(
        "which country do we pay the most",
        either(
            _lead(_named(lambda d: _top(_dl(d, True).groupby("Country")["Amount (USD)"].sum()))),
            _lead(_named(lambda d: _top(d.groupby("Country")["Amount (USD)"].sum()))),
        ),
        (*_DL_ID, "Country", "Amount (USD)", "Status"),
    ),
    Q(
        "what % of payments failed",
        _share(lambda d: float((_txt(d["Status"]) == "Failed").mean())),
        (*_DL_ID, "Status", "Invoice Number"),
    ),
    Q(
        "avg fee per payment?",
        either(
            _about(lambda d: d["Fee (USD)"].mean()),
            _about(lambda d: _dl(d, True)["Fee (USD)"].mean()),
        ),
        (*_DL_ID, "Fee (USD)", "Status"),
    ),
]


# --- 3. Azure Cost Management cost details export -----------------------------------------------------------------

# (resource group, resource type path, name, location, category, subcategory, meter, unit, price, daily qty, tags)
_AZ_RESOURCES = [
    (
        "rg-prod-web",
        "Microsoft.Web/sites",
        "app-shop-prod",
        "East US",
        "Azure App Service",
        "Premium v3 Plan",
        "P1 v3 App",
        "1 Hour",
        0.24,
        24,
        "prod",
    ),
    (
        "rg-prod-web",
        "Microsoft.Sql/servers",
        "sql-shop-prod",
        "East US",
        "SQL Database",
        "General Purpose",
        "vCore",
        "1 Hour",
        0.5,
        48,
        "prod",
    ),
    (
        "rg-prod-web",
        "Microsoft.Storage/storageAccounts",
        "stshopprod",
        "East US",
        "Storage",
        "Hot Block Blob",
        "Hot LRS Data Stored",
        "1 GB/Month",
        0.0208,
        2900,
        "prod",
    ),
    (
        "rg-prod-web",
        "Microsoft.Network/bandwidth",
        "bw-shop",
        "East US",
        "Bandwidth",
        "Rtn Preference: MGN",
        "Standard Data Transfer Out",
        "1 GB",
        0.087,
        160,
        "prod",
    ),
    (
        "rg-data",
        "Microsoft.Compute/virtualMachines",
        "vm-etl-01",
        "West Europe",
        "Virtual Machines",
        "Dv5 Series",
        "D8s v5",
        "1 Hour",
        0.384,
        20,
        "prod",
    ),
    (
        "rg-data",
        "Microsoft.Storage/storageAccounts",
        "stdatalake01",
        "West Europe",
        "Storage",
        "Cool Block Blob",
        "Cool LRS Data Stored",
        "1 GB/Month",
        0.01,
        21000,
        "prod",
    ),
    (
        "rg-data",
        "Microsoft.Databricks/workspaces",
        "dbw-analytics",
        "West Europe",
        "Azure Databricks",
        "Premium",
        "Premium All-purpose Compute DBU",
        "1 Hour",
        0.55,
        30,
        "prod",
    ),
    (
        "rg-dev",
        "Microsoft.Compute/virtualMachines",
        "vm-dev-01",
        "East US",
        "Virtual Machines",
        "Bsv2 Series",
        "B2s v2",
        "1 Hour",
        0.0832,
        12,
        "dev",
    ),
    (
        "rg-dev",
        "Microsoft.Web/sites",
        "app-shop-dev",
        "East US",
        "Azure App Service",
        "Basic Plan",
        "B1 App",
        "1 Hour",
        0.075,
        24,
        "dev",
    ),
    (
        "rg-dev",
        "Microsoft.Sql/servers",
        "sql-shop-dev",
        "East US",
        "SQL Database",
        "Basic",
        "B DTUs",
        "1 Day",
        0.16,
        1,
        "dev",
    ),
    (
        "rg-monitoring",
        "Microsoft.OperationalInsights/workspaces",
        "log-central",
        "East US",
        "Log Analytics",
        "Analytics Logs",
        "Data Ingestion",
        "1 GB",
        2.3,
        6,
        "",
    ),
    (
        "rg-monitoring",
        "Microsoft.Insights/components",
        "appi-shop",
        "East US",
        "Application Insights",
        "Enterprise",
        "Data Ingestion",
        "1 GB",
        2.3,
        1.5,
        "prod",
    ),
]
_AZ_SUB = "8f3c2a1e-4b7d-4e9a-9c11-2d5e6f7a8b90"


def _azure_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15003)
    days = pd.date_range("2024-01-01", "2024-03-31", freq="D")
    rows = []
    for day in days:
        for rg, rtype, name, loc, cat, sub, meter, unit, price, qty, env in _AZ_RESOURCES:
            factor = float(rng.lognormal(0, 0.15))
            if cat == "Bandwidth" and day == pd.Timestamp("2024-02-21"):
                factor *= 40  # a data export gone wrong
            if rg == "rg-dev" and day.dayofweek >= 5 and cat == "Virtual Machines":
                factor *= 0.1
            if cat == "Storage":
                factor *= 1 + 0.006 * (day - days[0]).days
            q = round(qty * factor / (30 if "Month" in unit else 1), 6)
            tags = "" if not env else f'"env": "{env}","owner": "{"web" if "web" in rg else "data"}"'
            rows.append(
                {
                    "InvoiceSectionName": "Engineering",
                    "AccountName": "Contoso Ltd",
                    "SubscriptionId": _AZ_SUB,
                    "SubscriptionName": "Contoso Production" if "dev" not in rg else "Contoso Dev/Test",
                    "ResourceGroup": rg,
                    "ResourceLocation": loc.replace(" ", "").upper() if rng.random() < 0.05 else loc,
                    "Date": day.strftime("%m/%d/%Y"),
                    "ProductName": f"{cat} - {sub} - {meter}",
                    "MeterCategory": cat,
                    "MeterSubCategory": sub,
                    "MeterName": meter,
                    "Quantity": q,
                    "EffectivePrice": price,
                    "CostInBillingCurrency": round(q * price, 6),
                    "BillingCurrency": "USD",
                    "ResourceId": f"/subscriptions/{_AZ_SUB}/resourceGroups/{rg}/providers/{rtype}/{name}",
                    "UnitOfMeasure": unit,
                    "Tags": tags,
                    "ChargeType": "Usage",
                }
            )
    for month in ("01", "02", "03"):
        rows.append(
            {
                **rows[4 * 12],
                "Date": f"{month}/01/2024",
                "ProductName": "Reserved VM Instance, Standard_D8s_v5, West Europe, 1 Year",
                "MeterSubCategory": "Reservation",
                "MeterName": "D8s v5 Reservation",
                "Quantity": 1.0,
                "EffectivePrice": 147.0,
                "CostInBillingCurrency": 147.0,
                "UnitOfMeasure": "1 Month",
                "ChargeType": "Purchase",
            }
        )
    return pd.DataFrame(rows)


def _az(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(out["Date"], format="%m/%d/%Y")
    out["_cost"] = pd.to_numeric(out["CostInBillingCurrency"], errors="coerce")
    return out


def _az_peak(usage_only: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = _az(d)
        x = x[_txt(x["ChargeType"]) == "Usage"] if usage_only else x
        return pd.Timestamp(_top(x.groupby(x["_day"].dt.strftime("%Y-%m-%d"))["_cost"].sum()))

    return value


def _az_prod(d: pd.DataFrame) -> float:
    x = _az(d)
    prod = _txt(x["Tags"]).str.contains('"env": "prod"', regex=False)
    return float(x.loc[prod, "_cost"].sum() / x["_cost"].sum())


_AZ_ID = ("Date", "ResourceId", "ChargeType")
_AZURE_QS = [
    Q(
        "how much did we spend in total",
        _money(lambda d: _az(d)["_cost"].sum()),
        (*_AZ_ID, "CostInBillingCurrency", "BillingCurrency"),
    ),
    Q(
        "which service is costing us the most",
        _lead(_named(lambda d: _top(_az(d).groupby("MeterCategory")["_cost"].sum()))),
        (*_AZ_ID, "CostInBillingCurrency", "MeterCategory", "ProductName"),
    ),
    Q(
        "break the cost down by resource group",
        _money(lambda d: _az(d).groupby("ResourceGroup")["_cost"].sum().to_numpy()),
        (*_AZ_ID, "CostInBillingCurrency", "ResourceGroup"),
    ),
    Q(
        "how much was storage in february",
        _money(lambda d: _az(d).query("MeterCategory == 'Storage' and _day.dt.month == 2")["_cost"].sum()),
        (*_AZ_ID, "CostInBillingCurrency", "MeterCategory"),
    ),
    Q(
        "what share of the spend is tagged prod",
        _share(_az_prod),
        (*_AZ_ID, "CostInBillingCurrency", "Tags"),
    ),
    Q(
        "was there a day where costs spiked? which one",
        either(_day(_az_peak(False)), _day(_az_peak(True))),
        (*_AZ_ID, "CostInBillingCurrency"),
    ),
]


# --- 4. Snapchat Ads Manager campaign report ----------------------------------------------------------------------

# campaign: ad squads, daily spend, eCPM, swipe-up rate, purchase rate per swipe, order value, (first, last) day
_SC_CAMPAIGNS: dict[str, tuple[list[str], float, float, float, float, float, tuple[str, str]]] = {
    "Spring Sale 2024": (
        ["US 18-24", "US 25-34", "Lookalike 1%"],
        220,
        6.5,
        0.009,
        0.030,
        48,
        ("2024-04-01", "2024-05-05"),
    ),
    "Brand Awareness Q2": (["Broad US", "Broad CA"], 150, 3.2, 0.004, 0.004, 45, ("2024-04-01", "2024-06-30")),
    "Retargeting - Cart": (["Cart 7d", "Viewers 30d"], 80, 11.0, 0.018, 0.070, 52, ("2024-04-01", "2024-06-30")),
    "Summer Launch": (
        ["US 18-24", "US 25-34", "Interests - Fashion"],
        260,
        7.0,
        0.011,
        0.026,
        55,
        ("2024-05-20", "2024-06-30"),
    ),
    "App Installs - iOS": (["iOS US"], 120, 5.0, 0.013, 0.010, 30, ("2024-04-15", "2024-06-15")),
}


def _snap_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15004)
    rows = []
    for camp, (squads, spend, ecpm, sur, pr, aov, (first, last)) in _SC_CAMPAIGNS.items():
        for squad in squads:
            for day in pd.date_range(first, last, freq="D"):
                if rng.random() < 0.05:
                    continue
                s = round(spend / len(squads) * float(rng.lognormal(0, 0.3)), 2)
                imps = int(s / ecpm * 1000 * float(rng.lognormal(0, 0.1)))
                swipes = int(rng.binomial(imps, sur))
                purchases = int(rng.binomial(swipes, pr))
                rows.append(
                    {
                        "Campaign Name": camp,
                        "Ad Squad Name": f"{camp.split(' ')[0]} | {squad}",
                        "Day": day.strftime("%Y-%m-%d"),
                        "Status": "Active" if last >= "2024-06-30" else "Completed",
                        "Amount Spent": s,
                        "Paid Impressions": imps,
                        "Swipe Ups": swipes,
                        "Swipe Up Rate": f"{100 * swipes / imps:.2f}%" if imps else "0.00%",
                        "eCPM": round(1000 * s / imps, 2) if imps else 0.0,
                        "eCPSU": round(s / swipes, 2) if swipes else "",
                        "Video Views": int(imps * float(rng.uniform(0.3, 0.6))),
                        "Purchases": purchases,
                        "Purchases Value": round(purchases * aov * float(rng.uniform(0.8, 1.2)), 2),
                        "Currency": "USD",
                    }
                )
    frame = pd.DataFrame(rows)
    total = {c: "" for c in frame.columns} | {"Campaign Name": "Total", "Currency": "USD"}
    for c in ("Amount Spent", "Paid Impressions", "Swipe Ups", "Video Views", "Purchases", "Purchases Value"):
        total[c] = round(float(frame[c].sum()), 2)
    total["Swipe Up Rate"] = f"{100 * frame['Swipe Ups'].sum() / frame['Paid Impressions'].sum():.2f}%"
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _sc(d: pd.DataFrame) -> pd.DataFrame:
    out = d[_txt(d["Campaign Name"]) != "Total"].copy()
    for c in ("Amount Spent", "Paid Impressions", "Swipe Ups", "Purchases", "Purchases Value"):
        out[c] = _num(out[c])
    out["_day"] = pd.to_datetime(out["Day"], format="%Y-%m-%d")
    return out


def _sc_daily(d: pd.DataFrame) -> pd.DataFrame:
    return _sc(d).groupby("_day")[["Amount Spent", "Purchases"]].sum()


_SC_ID = ("Campaign Name", "Ad Squad Name", "Day")
_SNAP_QS = [
    Q(
        "how much have we spent on snap",
        _money(lambda d: _sc(d)["Amount Spent"].sum()),
        (*_SC_ID, "Amount Spent"),
    ),
    Q(
        "which campaign got the most swipe ups",
        _lead(_named(lambda d: _top(_sc(d).groupby("Campaign Name")["Swipe Ups"].sum()))),
        (*_SC_ID, "Swipe Ups"),
    ),
    Q(
        "overall swipe up rate?",
        either(
            _share(lambda d: float(_sc(d)["Swipe Ups"].sum() / _sc(d)["Paid Impressions"].sum())),
            _share(lambda d: float(_num(_sc(d)["Swipe Up Rate"]).mean() / 100)),
        ),
        (*_SC_ID, "Swipe Ups", "Paid Impressions", "Swipe Up Rate"),
    ),
    Q(
        "which campaign has the best return on ad spend",
        _lead(
            _named(
                lambda d: _top(
                    _sc(d)
                    .groupby("Campaign Name")[["Purchases Value", "Amount Spent"]]
                    .sum()
                    .eval("`Purchases Value` / `Amount Spent`")
                )
            )
        ),
        (*_SC_ID, "Purchases Value", "Amount Spent", "Purchases"),
    ),
    Q(
        "how many purchases did we get in may",
        _count(lambda d: int(_sc(d).loc[_sc(d)["_day"].dt.month == 5, "Purchases"].sum())),
        (*_SC_ID, "Purchases"),
    ),
    Q(
        "does spending more in a day get us more purchases",
        either(
            _corr(lambda d: _sc_daily(d)["Amount Spent"], lambda d: _sc_daily(d)["Purchases"]),
            _corr(lambda d: _sc(d)["Amount Spent"], lambda d: _sc(d)["Purchases"]),
        ),
        (*_SC_ID, "Amount Spent", "Purchases"),
    ),
]


# --- 5. Eurostat une_rt_m (SDMX-CSV) -----------------------------------------------------------------------------

# geo: total rate, youth multiple, female gap (points), trend per month (points)
_EU_GEOS: dict[str, tuple[float, float, float, float]] = {
    "EU27_2020": (6.0, 2.4, 0.4, -0.005),
    "EA20": (6.5, 2.2, 0.4, -0.006),
    "DE": (3.0, 2.0, -0.3, 0.012),
    "FR": (7.3, 2.4, -0.2, 0.006),
    "ES": (12.0, 2.3, 3.0, -0.04),
    "IT": (7.6, 2.9, 1.8, -0.035),
    "NL": (3.6, 2.4, 0.2, 0.004),
    "PL": (2.9, 3.4, 0.3, -0.002),
    "SE": (7.8, 3.0, -0.3, 0.03),
    "PT": (6.5, 3.1, 0.6, -0.002),
}
_EU_NAMES = {"ES": ("Spain",), "DE": ("Germany",), "IT": ("Italy",), "FR": ("France",), "SE": ("Sweden",)}
_EU_NAMES |= {"PT": ("Portugal",), "PL": ("Poland",), "NL": ("Netherlands",)}
_EU_AGES = {"TOTAL": 1.0, "Y_LT25": None, "Y25-74": 0.9}


def _eurostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15005)
    months = pd.period_range("2023-01", "2024-06", freq="M")
    rows = []
    for geo, (base, youth, gap, trend) in _EU_GEOS.items():
        for s_adj in ("NSA", "SA"):
            for age, mult in _EU_AGES.items():
                for sex in ("F", "M", "T"):
                    walk = 0.0
                    for i, m in enumerate(months):
                        walk += float(rng.normal(0, 0.05))
                        level = base * (youth if mult is None else mult) + trend * i * 12 / 12 * (
                            2 if mult is None else 1
                        )
                        level += walk + {"F": gap / 2, "M": -gap / 2, "T": 0}[sex] * (1.5 if mult is None else 1)
                        if s_adj == "NSA":
                            level += 0.25 * np.sin(2 * np.pi * (m.month - 3) / 12) * (2 if mult is None else 1)
                        value: Any = round(level, 1)
                        flag = ""
                        if rng.random() < 0.015 and geo not in ("EU27_2020", "ES", "IT", "DE", "FR"):
                            value, flag = "", ""
                        elif i >= len(months) - 2:
                            flag = "p"
                        elif geo == "SE" and age == "Y_LT25" and rng.random() < 0.3:
                            flag = "u"
                        rows.append(
                            {
                                "DATAFLOW": "ESTAT:UNE_RT_M(1.0)",
                                "LAST UPDATE": "01/08/24 23:00:00",
                                "freq": "M",
                                "s_adj": s_adj,
                                "age": age,
                                "unit": "PC_ACT",
                                "sex": sex,
                                "geo": geo,
                                "TIME_PERIOD": str(m),
                                "OBS_VALUE": value,
                                "OBS_FLAG": flag,
                            }
                        )
    return pd.DataFrame(rows)


def _eu(d: pd.DataFrame, s_adj: str, age: str = "TOTAL", sex: str = "T") -> pd.DataFrame:
    out = d[(d["s_adj"] == s_adj) & (d["age"] == age) & (d["sex"] == sex)].copy()
    out["_v"] = pd.to_numeric(out["OBS_VALUE"], errors="coerce")
    return out


def _eu_value(geo: str, period: str, s_adj: str, age: str = "TOTAL", sex: str = "T") -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _eu(d, s_adj, age, sex)
        return float(x.loc[(x["geo"] == geo) & (x["TIME_PERIOD"] == period), "_v"].iloc[0])

    return value


def _eu_youth(s_adj: str, lowest: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _eu(d, s_adj, "Y_LT25")
        x = x[x["TIME_PERIOD"].astype(str).str.startswith("2023")]
        return _top(x.groupby("geo")["_v"].mean(), lowest)

    return value


def _eu_change(geo: str, s_adj: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        return _eu_value(geo, "2024-06", s_adj)(d) - _eu_value(geo, "2023-01", s_adj)(d)

    return value


def _eu_change_check(geo: str) -> Check:
    return either(
        *(_about(f) for s in ("SA", "NSA") for f in (_eu_change(geo, s), lambda d, s=s: abs(_eu_change(geo, s)(d))))
    )


_EU_ID = ("geo", "TIME_PERIOD", "OBS_VALUE", "sex", "age", "s_adj")
_EUROSTAT_QS = [
    Q(
        "what was spain's unemployment rate in december 2023",
        either(_about(_eu_value("ES", "2023-12", "SA")), _about(_eu_value("ES", "2023-12", "NSA"))),
        _EU_ID,
    ),
    Q(
        "which country had the worst youth unemployment in 2023",
        either(_lead(_named(_eu_youth("SA", False), _EU_NAMES)), _lead(_named(_eu_youth("NSA", False), _EU_NAMES))),
        _EU_ID,
    ),
    Q(
        "and the lowest?",
        either(_lead(_named(_eu_youth("SA", True), _EU_NAMES)), _lead(_named(_eu_youth("NSA", True), _EU_NAMES))),
        _EU_ID,
    ),
    Q(
        "for the eu overall, how do women and men compare in the latest month",
        either(
            _about(lambda d: [_eu_value("EU27_2020", "2024-06", "SA", sex=s)(d) for s in ("F", "M")]),
            _about(lambda d: [_eu_value("EU27_2020", "2024-06", "NSA", sex=s)(d) for s in ("F", "M")]),
        ),
        _EU_ID,
    ),
    Q(
        "how many values are missing",
        _count(lambda d: int(pd.to_numeric(d["OBS_VALUE"], errors="coerce").isna().sum())),
        (*_EU_ID, "OBS_FLAG"),
    ),
    Q(
        "how much did italy's rate change from jan 2023 to the last month",
        _eu_change_check("IT"),
        _EU_ID,
    ),
]


# --- 6. Seattle pet licenses --------------------------------------------------------------------------------------

_PL_DOG_NAMES = {"Luna": 30, "Charlie": 22, "Bella": 20, "Lucy": 17, "Max": 15, "Daisy": 13, "Cooper": 12}
_PL_DOG_NAMES |= {n: 6 for n in _split("Milo;Penny;Winston;Rosie;Ollie;Teddy;Maggie;Louie;Stella;Finn")}
_PL_CAT_NAMES = {"Lily": 10, "Oliver": 9, "Lucy": 8, "Luna": 12, "Leo": 8, "Mochi": 7, "Simon": 5, "Pepper": 6}
_PL_DOG_BREEDS = {"Retriever, Labrador": 18, "Retriever, Golden": 10, "Chihuahua, Short Coat": 6, "Terrier": 7}
_PL_DOG_BREEDS |= {
    "Poodle, Standard": 5,
    "German Shepherd": 5,
    "Australian Shepherd": 5,
    "Mixed Breed, Medium (up to 44 lbs fully grown)": 4,
}
_PL_CAT_BREEDS = {"Domestic Shorthair": 40, "Domestic Medium Hair": 13, "Domestic Longhair": 7, "Siamese": 3}
_PL_CAT_BREEDS |= {"American Shorthair": 5, "Maine Coon": 2.5, "LaPerm": 0.5}
_PL_ZIPS = {"98115": 10, "98103": 9, "98117": 8, "98107": 5, "98122": 5, "98118": 6, "98144": 4, "98126": 4}
_PL_ZIPS |= {"98105": 4, "98199": 3, "98112": 3, "98102": 2, "98125": 5, "98133": 3, "98106": 2}


def _pets_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15006)
    years = np.arange(2015, 2024)
    year_w = np.array([0.3, 0.6, 1.0, 1.5, 1.7, 1.1, 1.5, 2.1, 2.2])
    rows = []
    for _ in range(4200):
        species = _one(rng, ["Dog", "Cat", "Goat", "Pig"], [66, 33, 0.6, 0.15])
        if species == "Dog":
            name = _one(rng, list(_PL_DOG_NAMES), list(_PL_DOG_NAMES.values()))
            breed = _one(rng, list(_PL_DOG_BREEDS), list(_PL_DOG_BREEDS.values()))
        elif species == "Cat":
            name = _one(rng, list(_PL_CAT_NAMES), list(_PL_CAT_NAMES.values()))
            breed = _one(rng, list(_PL_CAT_BREEDS), list(_PL_CAT_BREEDS.values()))
        else:
            name = _one(rng, ["Billy", "Daisy", "Wilbur", "Hazel"])
            breed = "Miniature" if species == "Pig" else _one(rng, ["Nigerian Dwarf", "Pygmy", "Mixed"])
        second = ""
        if species == "Dog" and rng.random() < 0.45:
            second = _one(rng, ["Mix", "Poodle, Standard", "Terrier", "Retriever, Labrador", "Australian Shepherd"])
        elif species == "Cat" and rng.random() < 0.1:
            second = "Mix"
        year = int(rng.choice(years, p=year_w / year_w.sum()))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        zipcode = _one(rng, list(_PL_ZIPS), list(_PL_ZIPS.values()))
        r = rng.random()
        if r < 0.04:
            zipcode = ""
        elif r < 0.12:
            zipcode = f"{zipcode}-{int(rng.integers(1000, 9999))}"
        number = (
            f"S{int(rng.integers(100000, 999999))}" if rng.random() < 0.15 else str(int(rng.integers(8000000, 8999999)))
        )
        rows.append(
            {
                "License Issue Date": day.strftime("%B %d %Y"),
                "License Number": number,
                "Animal's Name": "" if rng.random() < 0.03 else name,
                "Species": species,
                "Primary Breed": breed,
                "Secondary Breed": second,
                "ZIP Code": zipcode,
            }
        )
    return pd.DataFrame(rows)


def _pl_zip_top(five: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        z = _txt(d["ZIP Code"].astype("string").str.replace(r"\.0$", "", regex=True))
        z = z.str[:5] if five else z
        return _top(z[z != ""].value_counts())

    return value


_PL_ID = ("License Number", "Animal's Name", "Species")
_PETS_QS = [
    Q(
        "how many dogs and how many cats are there",
        _count(lambda d: [int((d["Species"] == "Dog").sum()), int((d["Species"] == "Cat").sum())]),
        _PL_ID,
    ),
    Q(
        "whats the most popular dog name",
        _lead(
            _named(
                lambda d: _top(
                    _txt(d.loc[d["Species"] == "Dog", "Animal's Name"]).replace("", pd.NA).dropna().value_counts()
                )
            )
        ),
        _PL_ID,
    ),
    Q(
        "top 3 cat breeds",
        labels_in(lambda d: list(_ranked(d.loc[d["Species"] == "Cat", "Primary Breed"].value_counts()).index[:3])),
        (*_PL_ID, "Primary Breed"),
    ),
    Q(
        "what percent of pets have a second breed listed",
        _share(lambda d: float((_txt(d["Secondary Breed"]) != "").mean())),
        (*_PL_ID, "Secondary Breed", "Primary Breed"),
    ),
    Q(
        "which zip code has the most pets",
        either(_lead(_named(_pl_zip_top(True))), _lead(_named(_pl_zip_top(False)))),
        (*_PL_ID, "ZIP Code"),
    ),
    Q(
        "how many licenses were issued in 2022",
        _count(lambda d: int((pd.to_datetime(d["License Issue Date"], format="%B %d %Y").dt.year == 2022).sum())),
        (*_PL_ID, "License Issue Date"),
    ),
]


# --- 7. CDC NCHS leading causes of death --------------------------------------------------------------------------

# cause name: (113 cause name, US deaths in 2010, yearly change, age-adjusted rate in 2010)
_CD_CAUSES: dict[str, tuple[str, int, float, float]] = {
    "Heart disease": ("Diseases of heart (I00-I09,I11,I13,I20-I51)", 597689, 0.011, 179.1),
    "Cancer": ("Malignant neoplasms (C00-C97)", 574743, 0.007, 172.8),
    "CLRD": ("Chronic lower respiratory diseases (J40-J47)", 138080, 0.01, 42.2),
    "Unintentional injuries": ("Accidents (unintentional injuries) (V01-X59,Y85-Y86)", 120859, 0.048, 38.0),
    "Stroke": ("Cerebrovascular diseases (I60-I69)", 129476, 0.02, 39.1),
    "Alzheimer's disease": ("Alzheimer's disease (G30)", 83494, 0.06, 25.1),
    "Diabetes": ("Diabetes mellitus (E10-E14)", 69071, 0.016, 20.8),
    "Influenza and pneumonia": ("Influenza and pneumonia (J09-J18)", 50097, 0.005, 15.1),
    "Kidney disease": ("Nephritis, nephrotic syndrome and nephrosis (N00-N07,N17-N19,N25-N27)", 50476, 0.001, 15.3),
    "Suicide": ("Intentional self-harm (suicide) (*U03,X60-X84,Y87.0)", 38364, 0.028, 12.1),
}
_CD_STATES = _split(
    "Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;District of Columbia;Florida;Georgia;"
    "Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;"
    "Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York;North Carolina;"
    "North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;"
    "Vermont;Virginia;Washington;West Virginia;Wisconsin;Wyoming"
)


def _cdc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15007)
    pop = rng.lognormal(0, 0.9, len(_CD_STATES))
    pop[_CD_STATES.index("California")] = 12
    pop[_CD_STATES.index("Texas")] = 8.5
    pop[_CD_STATES.index("Florida")] = 7.5
    pop[_CD_STATES.index("New York")] = 6.5
    pop = pop / pop.sum()
    # a fixed state effect per cause on the age-adjusted rate
    effect = {c: rng.lognormal(0, 0.18 if c != "Suicide" else 0.3, len(_CD_STATES)) for c in _CD_CAUSES}
    rows = []
    for year in range(2010, 2018):
        t = year - 2010
        all_states = np.zeros(len(_CD_STATES), dtype=int)
        for cause, (long, base, growth, rate) in _CD_CAUSES.items():
            us = base * (1 + growth) ** t
            share = pop * rng.lognormal(0, 0.08, len(_CD_STATES))
            deaths = np.round(us * share / share.sum()).astype(int)
            all_states += deaths
            rates = np.round(
                rate * (1 + growth / 3 - 0.01) ** t * effect[cause] * rng.lognormal(0, 0.03, len(_CD_STATES)), 1
            )
            for s, n, r in zip(_CD_STATES, deaths, rates, strict=True):
                rows.append(
                    {
                        "Year": year,
                        "113 Cause Name": long,
                        "Cause Name": cause,
                        "State": s,
                        "Deaths": int(n),
                        "Age-adjusted Death Rate": float(r),
                    }
                )
            us_rate = round(float(np.average(rates, weights=deaths)), 1)
            rows.append(
                {
                    "Year": year,
                    "113 Cause Name": long,
                    "Cause Name": cause,
                    "State": "United States",
                    "Deaths": int(deaths.sum()),
                    "Age-adjusted Death Rate": us_rate,
                }
            )
        other = np.round(all_states * rng.uniform(0.3, 0.4, len(_CD_STATES))).astype(int)
        total = all_states + other
        for s, n in zip(_CD_STATES, total, strict=True):
            rows.append(
                {
                    "Year": year,
                    "113 Cause Name": "All Causes",
                    "Cause Name": "All causes",
                    "State": s,
                    "Deaths": int(n),
                    "Age-adjusted Death Rate": round(float(rng.normal(740, 60)), 1),
                }
            )
        rows.append(
            {
                "Year": year,
                "113 Cause Name": "All Causes",
                "Cause Name": "All causes",
                "State": "United States",
                "Deaths": int(total.sum()),
                "Age-adjusted Death Rate": round(745.0 - 2 * t, 1),
            }
        )
    return pd.DataFrame(rows).sort_values(
        ["Year", "Cause Name", "State"], ascending=[False, True, True], ignore_index=True
    )


def _cd(d: pd.DataFrame, cause: str, year: int, states: bool = True) -> pd.DataFrame:
    x = d[(d["Cause Name"] == cause) & (d["Year"] == year)]
    return x[x["State"] != "United States"] if states else x[x["State"] == "United States"]


def _cd_rate_pick(cause: str, lowest: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_cd(d, cause, 2017).set_index("State")["Age-adjusted Death Rate"], lowest)


_CD_ID = ("Year", "State", "Cause Name", "113 Cause Name")
_CDC_QS = [
    Q(
        "how many people died of cancer in the us in 2017",
        _count(lambda d: int(_cd(d, "Cancer", 2017, False)["Deaths"].iloc[0])),
        (*_CD_ID, "Deaths"),
    ),
    Q(
        "what was the leading cause of death in 2017",
        _lead(
            _named(
                lambda d: _top(
                    d[
                        (d["Year"] == 2017) & (d["State"] == "United States") & (d["Cause Name"] != "All causes")
                    ].set_index("Cause Name")["Deaths"]
                )
            )
        ),
        (*_CD_ID, "Deaths"),
    ),
    Q(
        "which state had the most accidental deaths in 2017",
        _lead(_named(lambda d: _top(_cd(d, "Unintentional injuries", 2017).set_index("State")["Deaths"]))),
        (*_CD_ID, "Deaths"),
    ),
    Q(
        "how did the heart disease death rate change between 2010 and 2017 nationally",
        _about(lambda d: [_cd(d, "Heart disease", y, False)["Age-adjusted Death Rate"].iloc[0] for y in (2010, 2017)]),
        (*_CD_ID, "Age-adjusted Death Rate"),
    ),
    Q(
        "which state had the highest suicide rate in 2017",
        _lead(_named(_cd_rate_pick("Suicide", False))),
        (*_CD_ID, "Age-adjusted Death Rate"),
    ),
    Q(
        "and the lowest?",
        _lead(_named(_cd_rate_pick("Suicide", True))),
        (*_CD_ID, "Age-adjusted Death Rate"),
    ),
]


HELDOUT150: list[Dataset] = [
    Dataset("yelp_reservations_waitlist_export", _yelp_frame, _YELP_QS),
    Dataset("deel_contractor_payments", _deel_frame, _DEEL_QS),
    Dataset("azure_cost_management_export", _azure_frame, _AZURE_QS),
    Dataset("snapchat_ads_report", _snap_frame, _SNAP_QS),
    Dataset("eurostat_unemployment_by_sex_age", _eurostat_frame, _EUROSTAT_QS),
    Dataset("seattle_pet_licenses", _pets_frame, _PETS_QS),
    Dataset("cdc_nchs_leading_causes_of_death", _cdc_frame, _CDC_QS),
]
