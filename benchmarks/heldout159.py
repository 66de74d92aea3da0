"""HELDOUT159: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Klaviyo flows performance report (weekly rows
per flow message, July 2023 to June 2024) with "Flow ID" ("XyZ4aB"), "Flow Name", "Flow Status" (Live / Manual),
"Message ID", "Message Name", Channel (Email / SMS), "Subject Line" (blank for SMS), Date (the week's Monday as
"2024-03-04"), Recipients, Delivered, Bounced, "Unique Opens" (blank for SMS), "Open Rate" as "45.12%" ("N/A" for
SMS), "Unique Clicks", "Click Rate" as "2.31%", "Placed Order", "Placed Order Rate", Revenue as "$1,234.56",
Unsubscribes and "Spam Complaints"; a Bill.com payables export (bills from January 2023 to June 2024) with "Bill ID"
("00n01..." 20 characters), "Vendor Name", "Invoice #", "Invoice Date" and "Due Date" as "03/15/2024", Amount and
"Amount Due" as "1,234.56" text, "Approval Status" (Approved, Pending Approval, Denied, Unassigned), "Payment
Status" (Paid In Full, Open, Partial Payment, Scheduled), "Chart of Account" ("6200 Software & Subscriptions"),
Department (some blank), Description and "Created By"; a Google Business Profile insights export for fourteen
dental offices by month (2022-01 to 2023-12) whose first row under the header is the export's row of column
descriptions (so every number column reads as text), with "Store code" ("BSD-004"), "Business name", Address,
Labels, "Overall rating", Month ("2023-01"), "Total searches" (= Direct + Discovery), "Direct searches", "Discovery
searches", "Total views" (= Search + Maps), "Search views", "Maps views", "Total actions", "Website actions",
"Directions actions" and "Phone call actions"; a MyFitnessPal measurements export (January 2021 to June 2024, only
days weighed in) with Date ("2022-05-17"), Weight (lbs, one decimal), "Body Fat %" (mostly blank), Neck, Waist and
Hips (inches, mostly blank); UK DfT/DVLA licensed and SORN vehicles in long form (2015 Q1 to 2023 Q4) with Geography
("United Kingdom"), BodyType (Cars, Motorcycles, Light goods vehicles, Heavy goods vehicles, Buses and coaches,
Other vehicles and a Total row), Fuel (Petrol, Diesel, Battery electric, Plug-in hybrid electric, Hybrid electric,
Gas, Other fuel types and Total), LicenceStatus (Licensed / SORN), Date ("2023 Q4"), Units ("Thousands") and Value
(text, thousands to one decimal, "[x]" where too small to show; the Total rows are the sums of the shown parts);
NYC TLC green taxi trips for March 2023 (a few stray timestamps from other months and years) with VendorID,
lpep_pickup_datetime / lpep_dropoff_datetime ("2023-03-01 00:26:10"), store_and_fwd_flag, RatecodeID (floats),
PULocationID, DOLocationID, passenger_count, trip_distance (miles), fare_amount, extra, mta_tax, tip_amount,
tolls_amount, ehail_fee (always blank), improvement_surcharge, total_amount, payment_type, trip_type and
congestion_surcharge (the flag, rate code, passengers, payment type, trip type and congestion surcharge blank
together on a few rows; a few negative refund rows); and IMF IFS exchange rates in long form for twelve economies
(2015M01 to 2023M12) with "Country Name" ("Korea, Rep. of", "Euro Area"), "Country Code" (IMF numbers), "Indicator
Name" (period average or end of period, national currency per US dollar), "Indicator Code" (ENDA_XDC_USD_RATE /
ENDE_XDC_USD_RATE), "Time Period" ("2015M01"), Value (a few blank) and Status (blank, "NA" where the value is
blank). All are generated with fixed seeds 15901-15907.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text
from .heldout158 import _hour, _money, _top
from .offline_eval import Check, Dataset, Q, corr_of, either, has
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _num(s: pd.Series) -> pd.Series:
    """Numbers written as text ("$1,234.56", "45.1%", "[x]", "N/A") as floats, anything else blank."""
    cleaned = s.astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce")


def _bridge(rng: np.random.Generator, start: float, end: float, n: int, noise: float) -> np.ndarray:
    """A path of `n` steps from `start` to `end` with random-walk wiggles pinned at both ends."""
    walk = np.cumsum(rng.normal(0, noise, n))
    walk -= np.linspace(0, 1, n) * walk[-1]
    return np.linspace(start, end, n) + walk


# --- 1. Klaviyo flows performance report ---------------------------------------------------------------------------

# flow: id, status, messages as (name, channel), weekly recipients, open rate, click rate, order rate, order value
_KL_FLOWS: dict[str, tuple[str, str, list[tuple[str, str]], int, float, float, float, float]] = {
    "Welcome Series": (
        "Tq8RmX",
        "Live",
        [("Welcome Email 1", "Email"), ("Welcome Email 2 - Our Story", "Email"), ("Welcome SMS", "SMS")],
        420,
        0.52,
        0.045,
        0.018,
        62.0,
    ),
    "Abandoned Cart": (
        "Vh3KpL",
        "Live",
        [("Abandoned Cart Email 1", "Email"), ("Abandoned Cart Email 2", "Email"), ("Abandoned Cart SMS", "SMS")],
        260,
        0.48,
        0.07,
        0.045,
        78.0,
    ),
    "Browse Abandonment": (
        "Wd2NcQ",
        "Live",
        [("Browse Abandonment Email 1", "Email"), ("Browse Abandonment Email 2", "Email")],
        640,
        0.41,
        0.03,
        0.008,
        70.0,
    ),
    "Post-Purchase Thank You": (
        "Xa7JtS",
        "Live",
        [("Thank You Email", "Email"), ("Review Request", "Email")],
        300,
        0.58,
        0.025,
        0.006,
        55.0,
    ),
    "Winback": (
        "Ym5GbR",
        "Live",
        [("We Miss You", "Email"), ("Winback - Last Chance 15% Off", "Email")],
        380,
        0.3,
        0.018,
        0.007,
        66.0,
    ),
    "Sunset Unengaged": ("Zc9HvW", "Manual", [("Sunset - Still Want Emails?", "Email")], 520, 0.17, 0.006, 0.001, 50.0),
}


def _klaviyo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15901)
    rows = []
    weeks = pd.date_range("2023-07-03", "2024-06-24", freq="7D")
    msg_no = 0
    for flow, (fid, status, messages, base, open_r, click_r, order_r, aov) in _KL_FLOWS.items():
        for k, (message, channel) in enumerate(messages):
            msg_no += 1
            mid = f"{'ABCDEFGHJK'[msg_no % 10]}{int(rng.integers(10000, 99999))}"
            for week in weeks:
                season = 1.6 if week.month in (11, 12) else 1.0
                recipients = int(rng.poisson(base * season * (0.75**k)))
                bounced = int(rng.binomial(recipients, 0.012 if channel == "Email" else 0.03))
                delivered = recipients - bounced
                opens = int(rng.binomial(delivered, open_r * float(rng.uniform(0.85, 1.15))))
                clicks = int(rng.binomial(delivered, click_r * (2.2 if channel == "SMS" else 1.0)))
                orders = int(rng.binomial(delivered, order_r * (1.5 if channel == "SMS" else 1.0)))
                revenue = round(sum(float(rng.lognormal(np.log(aov), 0.45)) for _ in range(orders)), 2)
                email = channel == "Email"
                rows.append(
                    {
                        "Flow ID": fid,
                        "Flow Name": flow,
                        "Flow Status": status,
                        "Message ID": mid,
                        "Message Name": message,
                        "Channel": channel,
                        "Subject Line": f"{message.split(' - ')[-1]} \u2728" if email else "",
                        "Date": week.strftime("%Y-%m-%d"),
                        "Recipients": recipients,
                        "Delivered": delivered,
                        "Bounced": bounced,
                        "Unique Opens": opens if email else None,
                        "Open Rate": f"{100 * opens / delivered:.2f}%" if email and delivered else "N/A",
                        "Unique Clicks": clicks,
                        "Click Rate": f"{100 * clicks / delivered:.2f}%" if delivered else "0.00%",
                        "Placed Order": orders,
                        "Placed Order Rate": f"{100 * orders / delivered:.2f}%" if delivered else "0.00%",
                        "Revenue": f"${revenue:,.2f}",
                        "Unsubscribes": int(rng.binomial(delivered, 0.004 if email else 0.008)),
                        "Spam Complaints": int(rng.binomial(delivered, 0.0003)),
                    }
                )
    return pd.DataFrame(rows)


def _kl(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_rev"] = _num(out["Revenue"])
    out["_week"] = pd.to_datetime(out["Date"])
    return out


def _kl_open_rates(d: pd.DataFrame) -> list[float]:
    x = d[_text(d["Channel"]) == "Email"]
    rates = _num(x["Open Rate"]).dropna()
    return [
        float(rates.mean()) / 100,
        float(x["Unique Opens"].sum() / x["Delivered"].sum()),
        float(x["Unique Opens"].sum() / x["Recipients"].sum()),
    ]


_KL_ID = ("Flow ID", "Flow Name", "Message ID", "Message Name", "Date", "Channel")
_KLAVIYO_QS = [
    Q(
        "which flow brings in the most money",
        _lead(_named(lambda d: _top(_kl(d).groupby("Flow Name")["_rev"].sum()))),
        (*_KL_ID, "Revenue"),
    ),
    Q(
        "how much revenue did the flows make in 2024 so far",
        _money(lambda d: float(_kl(d).loc[lambda x: x["_week"].dt.year == 2024, "_rev"].sum())),
        (*_KL_ID, "Revenue"),
    ),
    Q(
        "what's the average open rate on the emails",
        either(*(_share(lambda d, i=i: _kl_open_rates(d)[i]) for i in range(3))),
        (*_KL_ID, "Open Rate", "Unique Opens", "Delivered", "Recipients"),
    ),
    Q(
        "how many people unsubscribed in total",
        _count(lambda d: int(d["Unsubscribes"].sum())),
        (*_KL_ID, "Unsubscribes"),
    ),
    Q(
        "which month had the most orders",
        _lead(
            _month_year(
                lambda d: _top(_kl(d).groupby(_kl(d)["_week"].dt.to_period("M").astype(str))["Placed Order"].sum())
            )
        ),
        (*_KL_ID, "Placed Order"),
    ),
    Q(
        "do messages that get more clicks make more money?",
        corr_of(lambda d: d["Unique Clicks"].astype(float), lambda d: _num(d["Revenue"])),
        (*_KL_ID, "Unique Clicks", "Revenue", "Click Rate"),
    ),
]


# --- 2. Bill.com payables export -----------------------------------------------------------------------------------

# vendor: account, bills per month, typical amount, spread, department
_BC_VENDORS: dict[str, tuple[str, float, float, float, str]] = {
    "Amazon Web Services": ("6200 Software & Subscriptions", 1.0, 4200.0, 0.25, "Engineering"),
    "Comcast Business": ("6300 Utilities", 1.0, 389.0, 0.05, "Operations"),
    "WeWork": ("6000 Rent", 1.0, 14500.0, 0.02, "Operations"),
    "Staples": ("6100 Office Supplies", 3.0, 260.0, 0.7, "Operations"),
    "Gusto": ("6500 Payroll Services", 2.0, 640.0, 0.15, "Finance"),
    "Dell Technologies": ("1500 Computer Equipment", 0.6, 6800.0, 0.6, "Engineering"),
    "Salesforce": ("6200 Software & Subscriptions", 0.35, 18200.0, 0.1, "Sales"),
    "Zoom Video Communications": ("6200 Software & Subscriptions", 1.0, 799.0, 0.05, "Operations"),
    "FedEx": ("6400 Shipping & Postage", 4.0, 180.0, 0.8, "Operations"),
    "Uline": ("6100 Office Supplies", 1.5, 520.0, 0.6, "Operations"),
    "Cintas": ("6600 Facilities", 2.0, 310.0, 0.3, "Operations"),
    "Pacific Gas & Electric": ("6300 Utilities", 1.0, 1450.0, 0.3, "Operations"),
    "Grainger": ("6600 Facilities", 1.2, 900.0, 0.7, "Operations"),
    "Upwork Global": ("6700 Contractors", 2.5, 2300.0, 0.5, "Engineering"),
}
_BC_FMT = "%m/%d/%Y"


def _billcom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15902)
    rows = []
    end = pd.Timestamp("2024-06-30")
    for month in pd.date_range("2023-01-01", "2024-06-01", freq="MS"):
        for vendor, (account, per_month, typical, spread, dept) in _BC_VENDORS.items():
            for _ in range(int(rng.poisson(per_month))):
                day = month + pd.Timedelta(days=int(rng.integers(0, month.days_in_month)))
                amount = round(typical * float(rng.lognormal(0, spread)), 2)
                due = day + pd.Timedelta(days=_one(rng, [15, 30, 30, 45]))
                age = (end - day).days
                approval = _one(
                    rng,
                    ["Approved", "Pending Approval", "Denied", "Unassigned"],
                    [30, 6 if age < 60 else 0.4, 0.6, 3 if age < 45 else 0.2],
                )
                if approval != "Approved":
                    payment = "Open"
                else:
                    payment = _one(
                        rng,
                        ["Paid In Full", "Open", "Partial Payment", "Scheduled"],
                        [30 if age > 45 else 6, 2 if age > 45 else 5, 0.6, 0.3 if age > 45 else 3],
                    )
                due_amt = {"Paid In Full": 0.0, "Partial Payment": round(amount * 0.5, 2)}.get(payment, amount)
                rows.append(
                    {
                        "Bill ID": "00n01"
                        + "".join(_one(rng, list("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")) for _ in range(15)),
                        "Vendor Name": vendor,
                        "Invoice #": f"{vendor[:3].upper()}-{int(rng.integers(10000, 99999))}",
                        "Invoice Date": day.strftime(_BC_FMT),
                        "Due Date": due.strftime(_BC_FMT),
                        "Amount": f"{amount:,.2f}",
                        "Amount Due": f"{due_amt:,.2f}",
                        "Approval Status": approval,
                        "Payment Status": payment,
                        "Chart of Account": account,
                        "Department": dept if rng.random() < 0.85 else "",
                        "Description": f"{vendor} - {day:%b %Y}",
                        "Created By": _one(rng, ["Dana Kim", "Luis Ortega", "AP Inbox"]),
                    }
                )
    return pd.DataFrame(rows)


def _bc(d: pd.DataFrame, live: bool = False) -> pd.DataFrame:
    """Amounts as numbers; `live` drops denied bills."""
    out = d.copy()
    out["_amount"] = _num(out["Amount"])
    out["_due"] = _num(out["Amount Due"])
    out["_day"] = pd.to_datetime(out["Invoice Date"], format=_BC_FMT)
    if live:
        out = out[_text(out["Approval Status"]) != "Denied"]
    return out


def _bc_month(live: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _bc(d, live)
        x = x[x["_day"].dt.year == 2023]
        return _top(x.groupby(x["_day"].dt.to_period("M").astype(str))["_amount"].sum())

    return value


_BC_ID = ("Bill ID", "Vendor Name", "Invoice #", "Invoice Date", "Approval Status", "Payment Status")
_BILLCOM_QS = [
    Q(
        "how much do we still owe",
        either(*(_money(lambda d, v=v: float(_bc(d, v)["_due"].sum())) for v in (False, True))),
        (*_BC_ID, "Amount Due", "Amount", "Due Date"),
    ),
    Q(
        "which vendor do we pay the most",
        either(
            *(
                _lead(_named(lambda d, v=v: _top(_bc(d, v).groupby("Vendor Name")["_amount"].sum())))
                for v in (False, True)
            )
        ),
        (*_BC_ID, "Amount"),
    ),
    Q(
        "what's the average comcast bill",
        _money(lambda d: float(_bc(d).loc[lambda x: x["Vendor Name"] == "Comcast Business", "_amount"].mean())),
        (*_BC_ID, "Amount"),
    ),
    Q(
        "which expense account costs us the most",
        either(
            *(
                _lead(_named(lambda d, v=v: _top(_bc(d, v).groupby("Chart of Account")["_amount"].sum())))
                for v in (False, True)
            )
        ),
        (*_BC_ID, "Chart of Account", "Amount"),
    ),
    Q(
        "how many bills are still waiting on approval",
        either(
            _count(lambda d: int((_text(d["Approval Status"]) == "Pending Approval").sum())),
            _count(lambda d: int(_text(d["Approval Status"]).isin(["Pending Approval", "Unassigned"]).sum())),
        ),
        _BC_ID,
    ),
    Q(
        "which month in 2023 had the highest bills total",
        either(_lead(_month_year(_bc_month(False))), _lead(_month_year(_bc_month(True)))),
        (*_BC_ID, "Amount", "Due Date"),
    ),
]


# --- 3. Google Business Profile insights ---------------------------------------------------------------------------

_GB_CITIES = [
    ("Austin", "TX", 1.4, 4.8),
    ("Round Rock", "TX", 0.8, 4.6),
    ("Cedar Park", "TX", 0.7, 4.9),
    ("Georgetown", "TX", 0.5, 4.4),
    ("Pflugerville", "TX", 0.6, 4.7),
    ("San Marcos", "TX", 0.55, 4.2),
    ("Kyle", "TX", 0.45, 4.5),
    ("Dallas", "TX", 1.6, 4.3),
    ("Plano", "TX", 1.1, 4.8),
    ("Frisco", "TX", 1.0, 4.9),
    ("Houston", "TX", 1.9, 4.1),
    ("Katy", "TX", 0.9, 4.6),
    ("San Antonio", "TX", 1.5, 4.4),
    ("New Braunfels", "TX", 0.5, 4.7),
]
_GB_COLS = [
    "Total searches",
    "Direct searches",
    "Discovery searches",
    "Total views",
    "Search views",
    "Maps views",
    "Total actions",
    "Website actions",
    "Directions actions",
    "Phone call actions",
]
_GB_HELP = {
    "Store code": "",
    "Business name": "",
    "Address": "",
    "Labels": "",
    "Overall rating": "Overall rating of the business",
    "Month": "",
    "Total searches": "Total number of times the business profile appeared in search results",
    "Direct searches": "Number of times customers found the listing searching for the business name or address",
    "Discovery searches": "Number of times customers found the listing searching for a category, product or service",
    "Total views": "Total number of times the business profile was viewed",
    "Search views": "Number of times the business profile was viewed on Google Search",
    "Maps views": "Number of times the business profile was viewed on Google Maps",
    "Total actions": "Total number of actions taken on the business profile",
    "Website actions": "Number of times customers visited the website",
    "Directions actions": "Number of times customers requested directions to the business",
    "Phone call actions": "Number of times customers called the business",
}


def _gbp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15903)
    rows = [_GB_HELP]
    for n, (city, state, size, rating) in enumerate(_GB_CITIES):
        street = f"{int(rng.integers(100, 9999))} {_one(rng, ['Main St', 'Oak Blvd', 'Ranch Rd 620', 'Elm Ave'])}"
        for month in pd.date_range("2022-01-01", "2023-12-01", freq="MS"):
            growth = 1 + 0.012 * ((month.year - 2022) * 12 + month.month) + (0.15 if month.month in (1, 8) else 0)
            direct = int(rng.poisson(420 * size * growth))
            discovery = int(rng.poisson(1150 * size * growth * float(rng.uniform(0.85, 1.15))))
            search_v = int(rng.poisson(0.9 * (direct + discovery)))
            maps_v = int(rng.poisson(0.55 * (direct + discovery)))
            web = int(rng.poisson(0.035 * (direct + discovery)))
            dirs = int(rng.poisson(0.05 * (direct + discovery)))
            calls = int(rng.poisson(0.03 * (direct + discovery) * float(rng.uniform(0.7, 1.3))))
            rows.append(
                {
                    "Store code": f"BSD-{n + 1:03d}",
                    "Business name": f"Bright Smile Dental - {city}",
                    "Address": f"{street}, {city}, {state}",
                    "Labels": "Flagship" if size > 1.3 else "",
                    "Overall rating": rating,
                    "Month": month.strftime("%Y-%m"),
                    "Total searches": direct + discovery,
                    "Direct searches": direct,
                    "Discovery searches": discovery,
                    "Total views": search_v + maps_v,
                    "Search views": search_v,
                    "Maps views": maps_v,
                    "Total actions": web + dirs + calls,
                    "Website actions": web,
                    "Directions actions": dirs,
                    "Phone call actions": calls,
                }
            )
    return pd.DataFrame(rows)


def _gb(d: pd.DataFrame) -> pd.DataFrame:
    """The location rows (the description row dropped), numbers as numbers."""
    out = d[_text(d["Store code"]) != ""].copy()
    for c in [*_GB_COLS, "Overall rating"]:
        out[c] = _num(out[c])
    out["_month"] = pd.to_datetime(out["Month"], format="%Y-%m")
    return out


def _gb_year(d: pd.DataFrame, col: str, year: int) -> float:
    x = _gb(d)
    return float(x.loc[x["_month"].dt.year == year, col].sum())


def _gb_calls(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_gb(d).groupby(col)["Phone call actions"].sum())


_GB_ID = ("Store code", "Business name", "Address", "Month")
_GBP_QS = [
    Q(
        "which location gets the most phone calls",
        either(
            _lead(_named(_gb_calls("Business name"))),
            _lead(_named(_gb_calls("Store code"))),
            _lead(_named(lambda d: _gb_calls("Business name")(d).split(" - ")[-1])),
        ),
        (*_GB_ID, "Phone call actions"),
    ),
    Q(
        "how many people asked for directions in 2023",
        _count(lambda d: int(_gb_year(d, "Directions actions", 2023))),
        (*_GB_ID, "Directions actions"),
    ),
    Q(
        "how much did searches grow from 2022 to 2023",
        either(
            _pct(lambda d: _gb_year(d, "Total searches", 2023) / _gb_year(d, "Total searches", 2022) - 1),
            has(lambda d: _gb_year(d, "Total searches", 2023) - _gb_year(d, "Total searches", 2022), rel=0.001),
        ),
        (*_GB_ID, "Total searches"),
    ),
    Q(
        "what percent of searches are discovery searches",
        _share(lambda d: float(_gb(d)["Discovery searches"].sum() / _gb(d)["Total searches"].sum())),
        (*_GB_ID, "Discovery searches", "Total searches", "Direct searches"),
    ),
    Q(
        "which month had the most website clicks",
        _lead(_month_year(lambda d: _top(_gb(d).groupby("Month")["Website actions"].sum()))),
        (*_GB_ID, "Website actions"),
    ),
    Q(
        "whats the average rating across our offices",
        _about(lambda d: float(_gb(d).drop_duplicates("Store code")["Overall rating"].mean()), rel=0.005),
        (*_GB_ID, "Overall rating"),
    ),
]


# --- 4. MyFitnessPal measurements export ---------------------------------------------------------------------------


def _mfp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15904)
    days = pd.date_range("2021-01-04", "2024-06-30", freq="D")
    # knots of the weight path (lbs): start, first low, regain, second low
    knots = pd.to_datetime(["2021-01-04", "2022-04-15", "2023-01-20", "2024-06-30"])
    trend = np.interp(days.asi8, knots.asi8, [214.0, 186.0, 197.0, 183.0])
    keen = np.where(days.year == 2021, 0.65, np.where(days.year == 2022, 0.5, np.where(days.year == 2023, 0.3, 0.45)))
    rows = []
    for day, base, p in zip(days, trend, keen, strict=True):
        if rng.random() > p:
            continue
        weight = round(base + float(rng.normal(0, 1.1)) + (1.5 if day.dayofweek == 0 else 0), 1)
        fat = round(14 + 0.42 * (weight - 170) + float(rng.normal(0, 0.9)), 1) if rng.random() < 0.3 else None
        tape = rng.random() < 0.08
        rows.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Weight": weight,
                "Body Fat %": fat,
                "Neck": round(15.5 + 0.03 * (weight - 185) + float(rng.normal(0, 0.15)), 1) if tape else None,
                "Waist": round(36 + 0.15 * (weight - 185) + float(rng.normal(0, 0.4)), 1) if tape else None,
                "Hips": round(40 + 0.1 * (weight - 185) + float(rng.normal(0, 0.4)), 1) if tape else None,
            }
        )
    return pd.DataFrame(rows)


def _mf(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(out["Date"])
    return out.sort_values("_day", kind="stable")


_MF_ID = ("Date",)
_MFP_QS = [
    Q("what's the lowest i've ever weighed", has(lambda d: float(d["Weight"].min())), (*_MF_ID, "Weight")),
    Q(
        "how much weight have i lost since i started",
        has(lambda d: float(_mf(d)["Weight"].iloc[0] - _mf(d)["Weight"].iloc[-1])),
        (*_MF_ID, "Weight"),
    ),
    Q(
        "average weight in 2022?",
        _about(lambda d: float(_mf(d).loc[lambda x: x["_day"].dt.year == 2022, "Weight"].mean()), rel=0.002),
        (*_MF_ID, "Weight"),
    ),
    Q(
        "how many times did i log my body fat",
        _count(lambda d: int(d["Body Fat %"].notna().sum())),
        (*_MF_ID, "Body Fat %"),
    ),
    Q(
        "does my body fat go down when my weight does",
        corr_of(lambda d: d["Weight"], lambda d: d["Body Fat %"]),
        (*_MF_ID, "Weight", "Body Fat %"),
    ),
    Q(
        "which month did i weigh in the most",
        _lead(_month_year(lambda d: _top(_mf(d)["_day"].dt.to_period("M").astype(str).value_counts()))),
        (*_MF_ID, "Weight"),
    ),
]


# --- 5. UK DfT/DVLA licensed vehicles by body type and fuel --------------------------------------------------------

# body type: fuel -> licensed thousands in 2015 Q1 and 2023 Q4
_DV_STOCK: dict[str, dict[str, tuple[float, float]]] = {
    "Cars": {
        "Petrol": (17600.0, 18300.0),
        "Diesel": (11300.0, 10400.0),
        "Battery electric": (18.0, 1010.0),
        "Plug-in hybrid electric": (32.0, 590.0),
        "Hybrid electric": (330.0, 1750.0),
        "Gas": (32.0, 9.0),
        "Other fuel types": (4.0, 3.0),
    },
    "Motorcycles": {
        "Petrol": (1190.0, 1310.0),
        "Diesel": (0.3, 0.2),
        "Battery electric": (1.2, 26.0),
        "Plug-in hybrid electric": (0.0, 0.0),
        "Hybrid electric": (0.0, 0.1),
        "Gas": (0.0, 0.0),
        "Other fuel types": (0.4, 0.5),
    },
    "Light goods vehicles": {
        "Petrol": (58.0, 66.0),
        "Diesel": (3450.0, 4460.0),
        "Battery electric": (2.4, 61.0),
        "Plug-in hybrid electric": (0.0, 2.1),
        "Hybrid electric": (0.6, 5.3),
        "Gas": (1.1, 0.7),
        "Other fuel types": (0.5, 0.9),
    },
    "Heavy goods vehicles": {
        "Petrol": (0.9, 0.7),
        "Diesel": (478.0, 512.0),
        "Battery electric": (0.1, 1.4),
        "Plug-in hybrid electric": (0.0, 0.0),
        "Hybrid electric": (0.2, 0.3),
        "Gas": (0.6, 1.5),
        "Other fuel types": (0.3, 0.4),
    },
    "Buses and coaches": {
        "Petrol": (2.1, 1.5),
        "Diesel": (163.0, 141.0),
        "Battery electric": (0.2, 2.8),
        "Plug-in hybrid electric": (0.0, 0.1),
        "Hybrid electric": (2.6, 4.2),
        "Gas": (0.1, 0.4),
        "Other fuel types": (0.1, 0.2),
    },
    "Other vehicles": {
        "Petrol": (148.0, 151.0),
        "Diesel": (505.0, 548.0),
        "Battery electric": (6.0, 14.0),
        "Plug-in hybrid electric": (0.0, 0.3),
        "Hybrid electric": (0.4, 1.1),
        "Gas": (0.7, 0.4),
        "Other fuel types": (2.2, 2.6),
    },
}


def _dvla_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15905)
    quarters = [f"{y} Q{q}" for y in range(2015, 2024) for q in range(1, 5)]
    n = len(quarters)
    shown: dict[tuple[str, str, str, str], float] = {}
    for body, fuels in _DV_STOCK.items():
        for fuel, (a, b) in fuels.items():
            curve = np.linspace(0, 1, n) ** (2.2 if fuel in ("Battery electric", "Plug-in hybrid electric") else 1.0)
            licensed = a + (b - a) * curve
            if fuel == "Diesel" and body == "Cars":
                licensed = licensed + 1100 * np.sin(np.linspace(0, np.pi, n))
            licensed = licensed * (1 + rng.normal(0, 0.003, n))
            sorn_rate = 0.065 + rng.normal(0, 0.003, n)
            sorn_rate[quarters.index("2020 Q2")] += 0.018 if body == "Cars" else 0.01
            sorn_rate[quarters.index("2020 Q3")] += 0.008
            for q, lic, rate in zip(quarters, licensed, sorn_rate, strict=True):
                shown[(body, fuel, "Licensed", q)] = round(max(float(lic), 0.0), 1)
                shown[(body, fuel, "SORN", q)] = round(max(float(lic * rate), 0.0), 1)
    rows = []
    for status in ("Licensed", "SORN"):
        for q in quarters:
            for body in [*_DV_STOCK, "Total"]:
                for fuel in [*_DV_STOCK["Cars"], "Total"]:
                    if body == "Total" and fuel == "Total":
                        value = sum(v for (b, _, s, qq), v in shown.items() if s == status and qq == q)
                    elif body == "Total":
                        value = sum(shown[(b, fuel, status, q)] for b in _DV_STOCK)
                    elif fuel == "Total":
                        value = sum(shown[(body, f, status, q)] for f in _DV_STOCK[body])
                    else:
                        value = shown[(body, fuel, status, q)]
                    rows.append(
                        {
                            "Geography": "United Kingdom",
                            "BodyType": body,
                            "Fuel": fuel,
                            "LicenceStatus": status,
                            "Date": q,
                            "Units": "Thousands",
                            "Value": "[x]" if value == 0 else f"{value:.1f}",
                        }
                    )
    return pd.DataFrame(rows)


def _dv(d: pd.DataFrame, body: str, fuel: str, status: str, quarter: str) -> float:
    x = d[
        (_text(d["BodyType"]) == body)
        & (_text(d["Fuel"]) == fuel)
        & (_text(d["LicenceStatus"]) == status)
        & (_text(d["Date"]) == quarter)
    ]
    return float(_num(x["Value"]).fillna(0).sum())


def _thousands(value: Callable[[pd.DataFrame], float]) -> Check:
    """A count of thousands of vehicles, in thousands ("1,010.3 thousand"), millions or in full ("1,010,300")."""
    return either(_money(value), _money(lambda d: 1000 * value(d)))


def _quarter(value: Callable[[pd.DataFrame], str]) -> Check:
    """A quarter: "2020 Q2", "Q2 2020", "2020-Q2" or "second quarter of 2020"."""
    words = {1: "first|1st", 2: "second|2nd", 3: "third|3rd", 4: "fourth|4th"}

    def check(answer: str, df: pd.DataFrame) -> str | None:
        year, q = str(value(df)).split(" Q")
        patterns = [
            rf"\b{year}\s*[-/ ]?\s*Q{q}\b",
            rf"\bQ{q}\s*[-/ ]?\s*(?:of\s+)?{year}\b",
            rf"\b(?:{words[int(q)]})\s+quarter\s+(?:of\s+)?{year}\b",
        ]
        ok = any(re.search(p, answer, re.IGNORECASE) for p in patterns)
        return None if ok else f"missing quarter {year} Q{q}"

    return check


def _dv_sorn_peak(d: pd.DataFrame) -> str:
    x = d[(_text(d["BodyType"]) == "Cars") & (_text(d["Fuel"]) == "Total") & (_text(d["LicenceStatus"]) == "SORN")]
    return _top(pd.Series(_num(x["Value"]).to_numpy(), index=_text(x["Date"]).to_numpy()))


def _dv_diesel(start: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: _dv(d, "Cars", "Diesel", "Licensed", "2023 Q4") - _dv(d, "Cars", "Diesel", "Licensed", start)


_DV_ID = ("BodyType", "Fuel", "LicenceStatus", "Date", "Value", "Units")
_DVLA_QS = [
    Q(
        "how many fully electric cars were licensed at the end of 2023",
        _thousands(lambda d: _dv(d, "Cars", "Battery electric", "Licensed", "2023 Q4")),
        _DV_ID,
    ),
    Q(
        "and plug-in hybrids?",
        _thousands(lambda d: _dv(d, "Cars", "Plug-in hybrid electric", "Licensed", "2023 Q4")),
        _DV_ID,
    ),
    Q(
        "how many vehicles were licensed altogether in 2023 q4",
        _thousands(lambda d: _dv(d, "Total", "Total", "Licensed", "2023 Q4")),
        _DV_ID,
    ),
    Q(
        "what share of licensed cars were diesel at the end of 2023",
        _share(
            lambda d: _dv(d, "Cars", "Diesel", "Licensed", "2023 Q4") / _dv(d, "Cars", "Total", "Licensed", "2023 Q4")
        ),
        _DV_ID,
    ),
    Q(
        "how much has the number of licensed diesel cars changed since 2015",
        either(
            *(
                _pct(lambda d, s=s: _dv_diesel(s)(d) / _dv(d, "Cars", "Diesel", "Licensed", s))
                for s in ("2015 Q1", "2015 Q4")
            ),
            *(_thousands(_dv_diesel(s)) for s in ("2015 Q1", "2015 Q4")),
            *(_thousands(lambda d, s=s: abs(_dv_diesel(s)(d))) for s in ("2015 Q1", "2015 Q4")),
        ),
        _DV_ID,
    ),
    Q("which quarter had the most cars declared off the road (sorn)", _lead(_quarter(_dv_sorn_peak)), _DV_ID),
]


# --- 6. NYC TLC green taxi trips -----------------------------------------------------------------------------------

_GT_ZONES = [74, 75, 41, 42, 166, 82, 7, 97, 95, 244, 152, 260, 129, 65, 116, 255, 181, 24, 43, 236]
_GT_WEIGHTS = [9, 8.5, 7, 5, 4.5, 5.5, 4, 3.5, 3.5, 3, 2.5, 2.8, 2.6, 2.4, 2.2, 2, 2, 1.5, 1.2, 1.0]
_GT_HOURS = [1.2, 0.8, 0.6, 0.5, 0.6, 1.0, 2.2, 3.6, 4.4, 4.2, 4.3, 4.6, 4.9, 5.0, 5.4, 6.0, 6.4, 6.6, 6.1, 5.0, 4.0]
_GT_HOURS += [3.3, 2.6, 1.8]


def _green_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15906)
    rows = []
    for _ in range(int(rng.integers(2900, 3100))):
        day = pd.Timestamp("2023-03-01") + pd.Timedelta(days=int(rng.integers(0, 31)))
        if rng.random() < 0.003:
            day = pd.Timestamp(_one(rng, ["2023-02-28", "2009-01-01", "2023-04-01"]))
        hour = _one(rng, list(range(24)), _GT_HOURS)
        pickup = day + pd.Timedelta(hours=hour, seconds=int(rng.integers(0, 3600)))
        dist = round(float(rng.lognormal(0.55, 0.8)), 2) if rng.random() > 0.03 else 0.0
        minutes = max(dist * float(rng.uniform(2.8, 5.5)) + float(rng.uniform(1, 6)), 1.0)
        dropoff = pickup + pd.Timedelta(seconds=int(minutes * 60))
        street = rng.random() < 0.93
        fare = round(3.0 + 1.75 * dist + 0.7 * minutes, 1) if street else round(float(rng.uniform(15, 60)), 1)
        extra = _one(rng, [0.0, 0.5, 1.0, 2.5], [5, 3, 2, 1])
        blank = rng.random() < 0.06
        payment = None if blank else _one(rng, [1.0, 2.0, 3.0, 4.0], [62, 34, 2, 2])
        tip = round(fare * float(rng.uniform(0.1, 0.3)), 2) if payment == 1.0 and rng.random() < 0.85 else 0.0
        tolls = 6.55 if dist > 8 and rng.random() < 0.3 else 0.0
        congestion = None if blank else (2.75 if rng.random() < 0.12 else 0.0)
        sign = -1 if payment == 4.0 and rng.random() < 0.6 else 1
        parts = [fare, extra, 0.5, tip, tolls, 1.0, congestion or 0.0]
        rows.append(
            {
                "VendorID": _one(rng, [2, 1], [8, 2]),
                "lpep_pickup_datetime": pickup.strftime("%Y-%m-%d %H:%M:%S"),
                "lpep_dropoff_datetime": dropoff.strftime("%Y-%m-%d %H:%M:%S"),
                "store_and_fwd_flag": None if blank else _one(rng, ["N", "Y"], [99, 1]),
                "RatecodeID": None if blank else (1.0 if street else _one(rng, [2.0, 5.0], [1, 3])),
                "PULocationID": _one(rng, _GT_ZONES, _GT_WEIGHTS),
                "DOLocationID": _one(rng, [*_GT_ZONES, 48, 161, 237, 138]),
                "passenger_count": None if blank else _one(rng, [1.0, 2.0, 3.0, 5.0, 0.0], [80, 10, 3, 4, 3]),
                "trip_distance": dist,
                "fare_amount": sign * fare,
                "extra": sign * extra,
                "mta_tax": sign * 0.5,
                "tip_amount": tip,
                "tolls_amount": tolls,
                "ehail_fee": None,
                "improvement_surcharge": sign * 1.0,
                "total_amount": round(sign * sum(parts), 2),
                "payment_type": payment,
                "trip_type": None if blank else (1.0 if street else 2.0),
                "congestion_surcharge": congestion,
            }
        )
    return pd.DataFrame(rows)


def _gt_hour(d: pd.DataFrame) -> int:
    hours = pd.to_datetime(d["lpep_pickup_datetime"]).dt.hour
    return int(_top(hours.value_counts()))


_GT_ID = ("VendorID", "lpep_pickup_datetime", "lpep_dropoff_datetime")
_GREEN_QS = [
    Q(
        "how many trips were longer than 10 miles",
        _count(lambda d: int((d["trip_distance"] > 10).sum())),
        (*_GT_ID, "trip_distance"),
    ),
    Q("what hour of the day is busiest", _lead(_hour(_gt_hour)), _GT_ID),
    Q(
        "which pickup location has the most trips",
        _lead(_named(lambda d: _top(d["PULocationID"].value_counts()))),
        (*_GT_ID, "PULocationID"),
    ),
    Q(
        "whats the average tip",
        either(
            _money(lambda d: float(d["tip_amount"].mean())),
            _money(lambda d: float(d.loc[d["tip_amount"] > 0, "tip_amount"].mean())),
        ),
        (*_GT_ID, "tip_amount", "payment_type"),
    ),
    Q(
        "are longer trips more expensive?",
        either(
            corr_of(lambda d: d["trip_distance"], lambda d: d["fare_amount"]),
            corr_of(lambda d: d["trip_distance"], lambda d: d["total_amount"]),
        ),
        (*_GT_ID, "trip_distance", "fare_amount", "total_amount"),
    ),
    Q(
        "how many rides are missing the passenger count",
        _count(lambda d: int(d["passenger_count"].isna().sum())),
        (*_GT_ID, "passenger_count"),
    ),
]


# --- 7. IMF IFS exchange rates, long form --------------------------------------------------------------------------

# country name: IMF code, rate in January 2015, rate in December 2023, monthly wiggle (log)
_IMF_RATES: dict[str, tuple[int, float, float, float]] = {
    "Japan": (158, 118.3, 143.9, 0.022),
    "United Kingdom": (112, 0.661, 0.793, 0.02),
    "Euro Area": (163, 0.865, 0.914, 0.017),
    "Switzerland": (146, 0.93, 0.866, 0.016),
    "India": (534, 62.2, 83.3, 0.01),
    "Brazil": (223, 2.63, 4.9, 0.035),
    "Mexico": (273, 14.7, 17.2, 0.03),
    "Korea, Rep. of": (542, 1088.0, 1305.0, 0.02),
    "T\u00fcrkiye, Rep. of": (186, 2.33, 29.3, 0.03),
    "Argentina": (213, 8.6, 650.0, 0.03),
    "South Africa": (199, 11.6, 18.6, 0.03),
    "Canada": (156, 1.21, 1.34, 0.014),
}
# country: a passing swing of the log rate and the month it peaks
_IMF_BUMPS = {"United Kingdom": (0.12, "2022M09"), "Japan": (0.1, "2022M10"), "Switzerland": (0.06, "2022M10")}
_IMF_CODES = {
    "ENDA_XDC_USD_RATE": "Exchange Rates, Domestic Currency per U.S. Dollar, Period Average, Rate",
    "ENDE_XDC_USD_RATE": "Exchange Rates, Domestic Currency per U.S. Dollar, End of Period, Rate",
}


def _imf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15907)
    months = pd.date_range("2015-01-01", "2023-12-01", freq="MS")
    periods = [f"{m.year}M{m.month:02d}" for m in months]
    rows = []
    for country, (code, first, last, wiggle) in _IMF_RATES.items():
        bump = _IMF_BUMPS.get(country, (0.0, "2015M01"))
        peak = periods.index(bump[1])
        hump = bump[0] * np.exp(-(((np.arange(len(months)) - peak) / 5.0) ** 2))
        path = np.exp(_bridge(rng, np.log(first), np.log(last), len(months), wiggle) + hump)
        ends = path * np.exp(rng.normal(0, wiggle / 2, len(months)))
        for ind, values in (("ENDA_XDC_USD_RATE", path), ("ENDE_XDC_USD_RATE", ends)):
            for period, v in zip(periods, values, strict=True):
                gone = rng.random() < 0.01 and period not in ("2015M01", "2023M12")
                digits = 4 if v < 10 else 2
                rows.append(
                    {
                        "Country Name": country,
                        "Country Code": code,
                        "Indicator Name": _IMF_CODES[ind],
                        "Indicator Code": ind,
                        "Time Period": period,
                        "Value": None if gone else round(float(v), digits),
                        "Status": "NA" if gone else "",
                    }
                )
    return pd.DataFrame(rows)


def _fx(d: pd.DataFrame, country: str, ind: str) -> pd.Series:
    x = d[(d["Country Name"] == country) & (d["Indicator Code"] == ind)]
    return pd.Series(pd.to_numeric(x["Value"], errors="coerce").to_numpy(), index=x["Time Period"].to_numpy())


_IMF_INDS = tuple(_IMF_CODES)


def _fx_loser(ind: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        moves = {}
        for c in d["Country Name"].unique():
            s = _fx(d, c, ind).dropna()
            moves[c] = s.iloc[-1] / s.iloc[0]
        return _top(pd.Series(moves))

    return value


def _fx_weakest(ind: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        s = _fx(d, "United Kingdom", ind).dropna()
        return pd.Timestamp(f"{_top(s)[:4]}-{_top(s)[5:]}-01")

    return value


_FX_ID = ("Country Name", "Country Code", "Indicator Name", "Indicator Code", "Time Period")
_IMF_QS = [
    Q(
        "what was the yen rate in december 2023",
        either(*(has(lambda d, i=i: float(_fx(d, "Japan", i)["2023M12"]), rel=0.001) for i in _IMF_INDS)),
        (*_FX_ID, "Value"),
    ),
    Q(
        "which currency lost the most value against the dollar over the whole period",
        either(*(_lead(_named(_fx_loser(i), {"Argentina": ("peso",)})) for i in _IMF_INDS)),
        (*_FX_ID, "Value"),
    ),
    Q(
        "average rupees per dollar in 2020?",
        either(
            *(
                _about(lambda d, i=i: float(_fx(d, "India", i).loc[lambda s: s.index.str[:4] == "2020"].mean()), 0.002)
                for i in _IMF_INDS
            )
        ),
        (*_FX_ID, "Value"),
    ),
    Q(
        "when was the pound at its weakest",
        either(*(_lead(_month_year(_fx_weakest(i))) for i in _IMF_INDS)),
        (*_FX_ID, "Value"),
    ),
    Q(
        "how many values are missing",
        _count(lambda d: int(d["Value"].isna().sum())),
        (*_FX_ID, "Value", "Status"),
    ),
    Q(
        "do the euro and the pound move together?",
        either(
            *(
                corr_of(lambda d, i=i: _fx(d, "Euro Area", i), lambda d, i=i: _fx(d, "United Kingdom", i))
                for i in _IMF_INDS
            )
        ),
        (*_FX_ID, "Value"),
    ),
]


HELDOUT159: list[Dataset] = [
    Dataset("klaviyo_flows_report", _klaviyo_frame, _KLAVIYO_QS),
    Dataset("bill_com_payables_export", _billcom_frame, _BILLCOM_QS),
    Dataset("google_my_business_insights", _gbp_frame, _GBP_QS),
    Dataset("myfitnesspal_measurements_export", _mfp_frame, _MFP_QS),
    Dataset("uk_dvla_vehicle_licensing_stats", _dvla_frame, _DVLA_QS),
    Dataset("nyc_tlc_green_taxi_trips", _green_frame, _GREEN_QS),
    Dataset("imf_ifs_exchange_rates_long", _imf_frame, _IMF_QS),
]
