"""HELDOUT179: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Zoho CRM leads export (Leads module, all
fields, January to June 2024, one row per lead) with "Record Id" ("zcrm_5725767000001234567"), "Lead Owner" (five
reps), Company, "First Name", "Last Name", Title (blank for some), Email, Phone ("+1 512-555-0142", blank for some),
"Lead Source" (Web Download / Cold Call / Advertisement / Trade Show / Partner / Chat / Online Store / "-None-"),
"Lead Status" (Not Contacted / Attempted to Contact / Contact in Future / Contacted / Pre-Qualified / Not Qualified /
Junk Lead / Lost Lead), Industry ("-None-" often), "No. of Employees" (blank or 0 for many), "Annual Revenue"
(dollars, blank for most), Rating (Acquired / Active / Market Failed / Project Cancelled / Shut Down / "-None-"),
"Email Opt Out" (true / false), "Created Time" and "Modified Time" ("2024-03-14 09:12:33"), City, State and
Country (spelt "United States", "USA" and "US"); a MYOB AccountRight sales invoices export (item sales, July 2023 to
June 2024, Australian, one row per invoice line so the header fields repeat, with an empty record of all blanks
between invoices as MYOB writes them) with "Co./Last Name", "First Name" (blank for companies), "Invoice #"
("00012345"-style, read back as numbers), Date ("14/03/2024"), "Customer PO", "Item Number" ("WID-100"), Quantity,
Description, Price, Discount (%), Total and "Inc-Tax Total" ("$1,234.50" text), Job (blank mostly), "Journal Memo"
("Sale; Acme Pty Ltd"), "Salesperson Last Name", "Salesperson First Name", "Tax Code" (GST / FRE), "GST Amount",
"Freight Amount", "Sale Status" (I open / C closed), "Currency Code" (AUD), "Amount Paid" (repeated on every line of
its invoice), "Payment Method", Category and "Card ID" ("*None" for some); a RescueTime daily summary export by
category (January to June 2024) with Date ("2024-03-14T00:00:00"), "Time Spent (seconds)", "Number of People"
(always 1), Category ("Software Development", "Communication & Scheduling", "Social Networking", ...) and
Productivity (-2 very distracting ... 2 very productive, fixed per category); a Renpho smart scale export (one user,
June 2022 to May 2024, newest first, a few days with two weigh-ins) with "Time of Measurement" ("2024.03.14
07:12:33"), "Weight(lb)", BMI, "Body Fat(%)", "Fat-free Body Weight(lb)", "Subcutaneous Fat(%)", "Visceral Fat",
"Body Water(%)", "Skeletal Muscle(%)", "Muscle Mass(lb)", "Bone Mass(lb)", "Protein(%)", "BMR(kcal)", "Metabolic
Age" and Remarks, every body composition field "--" when the scale only caught the weight (shoes on); Houston 311
service requests for 2023 (City of Houston open data) with "CASE NUMBER" ("20-00012345"), "SR LOCATION" (upper
case address), COUNTY, DISTRICT (council district letter A-K, blank for some), NEIGHBORHOOD (upper case), "TAX
ID", "TRASH QUAD", "TRASH DAY", "KEY MAP", DEPARTMENT ("PWE Public Works & Engineering"), DIVISION, "SR TYPE"
("Pothole", "Water Leak", "Missed Garbage Pickup", ...), QUEUE, SLA (days), STATUS (Closed / Open / Canceled),
"SR CREATE DATE", "DUE DATE" and "DATE CLOSED" ("2023-03-14 09:12:33", closed blank while open), OVERDUE (days
closed after the due date, negative when early, blank while open), Title, LATITUDE, LONGITUDE and "Channel Type"
(Voice / WAP / Web / Email / SPOT); a Stats NZ household living costs price indexes CSV download (long format,
June 2017 to March 2024 quarters) with Series_reference ("HPIQ.SHA1AA"), Period written 2023.03 / 2023.06 /
2023.09 / 2023.12 (read back as numbers, so 2023.1 never appears but the quarter is in the decimals), Data_value
(index, June 2017 quarter = 1000, or annual percentage change from June 2018 on, a few blank), STATUS (F / R, C
where blank), UNITS (Index / Percent), Magnitude (0), Subject, Group (index series or annual percentage change
series), Series_title_1 (household type: All households, Beneficiary, Māori, Superannuitant, Income quintile 1
(low), Income quintile 5 (high)), Series_title_2 (expenditure group: All groups, Food, Housing and household
utilities, Transport, ...) and Series_title_3 blank; and CMS Hospital Compare's hospital general information file
(Hospital_General_Information.csv) with "Facility ID" ("010001", leading zeros lost when read back), "Facility
Name" (upper case), Address, "City/Town", State (two letters, territories too), "ZIP Code", "County/Parish",
"Telephone Number" ("(334) 793-8701"), "Hospital Type" (Acute Care Hospitals / Critical Access Hospitals /
Psychiatric / Childrens / Acute Care - Veterans Administration / Acute Care - Department of Defense / Rural
Emergency Hospital), "Hospital Ownership", "Emergency Services" (Yes / No), "Meets criteria for birthing friendly
designation" (Y or blank), "Hospital overall rating" ("1"-"5" or "Not Available"), "Hospital overall rating
footnote", and the MORT / Safety / READM group measure counts and better / no different / worse counts ("Not
Available" where not rated). All are generated with fixed seeds 17901-17907.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _split, _text
from .heldout42 import _ranked
from .heldout173 import _money, _num, _top
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _abouts(*values: Callable[[pd.DataFrame], Any], rel: float = 0.02) -> Check:
    """Any one of the values, to within `rel`."""
    return either(*(_about(v, rel=rel) for v in values))


def _peak_month(dates: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    months = dates.dt.to_period("M")
    sums = (weights if weights is not None else pd.Series(1.0, index=dates.index)).groupby(months).sum()
    return sums[sums == sums.max()].index.min().to_timestamp()


def _stamp(s: pd.Series, fmt: str | None = None) -> pd.Series:
    return pd.to_datetime(_text(s).replace("", None), format=fmt, errors="coerce")


def _pick(rng: np.random.Generator, weights: dict[str, float], n: int) -> list[str]:
    names = list(weights)
    p = np.array(list(weights.values()), dtype=float)
    return [names[i] for i in rng.choice(len(names), size=n, p=p / p.sum())]


_FIRST = _split(
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph "
    "Jessica Thomas Sarah Chris Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Steven Ashley Paul Emily "
    "Andrew Kimberly Joshua Donna Kevin Michelle Brian Carol Priya Wei Carlos Sofia Ahmed Olivia Liam Chloe Noah Mia",
    " ",
)
_LAST = _split(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
    "Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson "
    "Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Patel",
    " ",
)


# --- 1. Zoho CRM leads export --------------------------------------------------------------------------------------

_ZC_OWNERS = {"Megan Carter": 3.0, "Jason Reyes": 2.6, "Aisha Khan": 2.2, "Tom Lindqvist": 1.4, "Priya Nair": 0.8}
_ZC_SOURCES = {
    "Web Download": 26,
    "Cold Call": 17,
    "Advertisement": 14,
    "Trade Show": 11,
    "Partner": 9,
    "Chat": 8,
    "Online Store": 5,
    "-None-": 10,
}
_ZC_STATUS = {
    "Not Contacted": 22,
    "Attempted to Contact": 18,
    "Contact in Future": 10,
    "Contacted": 17,
    "Pre-Qualified": 9,
    "Not Qualified": 8,
    "Junk Lead": 9,
    "Lost Lead": 7,
}
_ZC_INDUSTRY = {
    "-None-": 30,
    "Technology": 14,
    "Healthcare": 9,
    "Manufacturing": 10,
    "Retail": 9,
    "Financial Services": 8,
    "Education": 6,
    "Government/Military": 4,
    "Real Estate": 6,
    "Non-Profit": 4,
}
_ZC_CITIES = [
    ("Austin", "TX"),
    ("Dallas", "TX"),
    ("Denver", "CO"),
    ("Chicago", "IL"),
    ("Seattle", "WA"),
    ("Atlanta", "GA"),
    ("Boston", "MA"),
    ("Phoenix", "AZ"),
    ("Raleigh", "NC"),
    ("San Diego", "CA"),
    ("Columbus", "OH"),
    ("Nashville", "TN"),
]
_ZC_WORDS = _split(
    "Apex Blue Summit River Harbor Pioneer Granite Bright Northwind Cedar Vertex Lumen Keystone Redwood Orbit "
    "Silverline Beacon Meridian Atlas Crescent Evergreen Ironclad Nimbus Quantum Sterling Trident",
    " ",
)
_ZC_SUFFIX = ["Inc", "LLC", "Corp", "Group", "Solutions", "Partners", "Co.", "Technologies", "Holdings"]
_ZC_TITLES = ["", "Owner", "CEO", "Operations Manager", "IT Director", "VP Sales", "Purchasing Manager", "CFO", "COO"]


def _zoho_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17901)
    n = 1260
    start = pd.Timestamp("2024-01-02")
    # more leads in March (a trade show) and fewer in June
    days = np.concatenate([rng.integers(0, 182, n - 160), rng.integers(60, 90, 160)])
    rng.shuffle(days)
    owners = _pick(rng, _ZC_OWNERS, n)
    sources = _pick(rng, _ZC_SOURCES, n)
    rows = []
    for i in range(n):
        created = start + pd.Timedelta(days=int(days[i])) + pd.Timedelta(seconds=int(rng.integers(8 * 3600, 19 * 3600)))
        src = sources[i]
        status = _one(rng, list(_ZC_STATUS), list(_ZC_STATUS.values()))
        if src == "-None-" and rng.random() < 0.25:
            status = "Junk Lead"
        first, last = _one(rng, _FIRST), _one(rng, _LAST)
        company = f"{_one(rng, _ZC_WORDS)} {_one(rng, _ZC_WORDS)} {_one(rng, _ZC_SUFFIX)}"
        city, state = _ZC_CITIES[int(rng.integers(len(_ZC_CITIES)))]
        employees = int(rng.lognormal(3.8, 1.2)) if rng.random() < 0.6 else (0 if rng.random() < 0.3 else None)
        revenue = round(float(rng.lognormal(14.2, 1.3)), -3) if rng.random() < 0.35 else None
        modified = created + pd.Timedelta(minutes=int(rng.integers(0, 60 * 24 * 40)))
        rows.append(
            {
                "Record Id": f"zcrm_5725767000{int(rng.integers(1_000_000, 9_999_999)):09d}",
                "Lead Owner": owners[i],
                "Company": company,
                "First Name": first,
                "Last Name": last,
                "Title": _one(rng, _ZC_TITLES),
                "Email": f"{first.lower()}.{last.lower()}@{company.split()[0].lower()}{company.split()[1].lower()}.com",
                "Phone": "" if rng.random() < 0.2 else f"+1 {rng.integers(200, 999)}-555-{rng.integers(0, 9999):04d}",
                "Lead Source": src,
                "Lead Status": status,
                "Industry": _one(rng, list(_ZC_INDUSTRY), list(_ZC_INDUSTRY.values())),
                "No. of Employees": employees,
                "Annual Revenue": revenue,
                "Rating": _one(
                    rng,
                    ["-None-", "Acquired", "Active", "Market Failed", "Project Cancelled", "Shut Down"],
                    [55, 12, 20, 5, 4, 4],
                ),
                "Email Opt Out": "true" if rng.random() < 0.08 else "false",
                "Created Time": f"{created:%Y-%m-%d %H:%M:%S}",
                "Modified Time": f"{min(modified, pd.Timestamp('2024-07-05')):%Y-%m-%d %H:%M:%S}",
                "City": city,
                "State": state,
                "Country": _one(rng, ["United States", "USA", "US"], [80, 12, 8]),
            }
        )
    return pd.DataFrame(rows)


_ZC_ID = ("Record Id",)


def _zc_revenue(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Annual Revenue"], errors="coerce").dropna()


_ZOHO_QS = [
    Q(
        "how many leads came from trade shows?",
        _count(lambda d: int((_text(d["Lead Source"]) == "Trade Show").sum())),
        ("Lead Source", *_ZC_ID),
    ),
    Q(
        "which source brings in the most leads",
        either(
            _lead(_named(lambda d: _top(_text(d["Lead Source"]).value_counts()))),
            _lead(
                _named(lambda d: _top(_text(d.loc[_text(d["Lead Source"]) != "-None-", "Lead Source"]).value_counts()))
            ),
        ),
        ("Lead Source", *_ZC_ID),
    ),
    Q(
        "what percent of leads are junk",
        _share(lambda d: float((_text(d["Lead Status"]) == "Junk Lead").mean())),
        ("Lead Status", *_ZC_ID),
    ),
    Q(
        "who on the team owns the most leads?",
        _lead(_named(lambda d: _top(_text(d["Lead Owner"]).value_counts()))),
        ("Lead Owner", *_ZC_ID),
    ),
    Q(
        "how many new leads did we get in march",
        _count(lambda d: int((_stamp(d["Created Time"]).dt.to_period("M") == pd.Period("2024-03")).sum())),
        ("Created Time", *_ZC_ID),
    ),
    Q(
        "typical annual revenue of the companies?",
        _abouts(lambda d: _zc_revenue(d).mean(), lambda d: _zc_revenue(d).median(), rel=0.01),
        ("Annual Revenue", "Company", *_ZC_ID),
    ),
]


# --- 2. MYOB AccountRight sales invoices export --------------------------------------------------------------------

_MY_ITEMS = {
    "WID-100": ("Standard Widget", 24.50, 10),
    "WID-200": ("Heavy Duty Widget", 48.00, 6),
    "BRK-010": ("Mounting Bracket", 6.75, 14),
    "CAB-3M": ("Cable 3m", 12.90, 9),
    "SVC-HR": ("Installation Labour (per hour)", 95.00, 7),
    "PNL-A4": ("Control Panel A4", 315.00, 3),
    "FLT-22": ("Replacement Filter", 18.40, 8),
    "KIT-PRO": ("Pro Starter Kit", 640.00, 2),
}
_MY_CUSTOMERS = {
    "Acme Pty Ltd": ("", 6.0),
    "Harbourside Builders": ("", 4.5),
    "Greenleaf Landscaping": ("", 3.2),
    "Southern Cross Electrical": ("", 3.8),
    "Bayview Cafe": ("", 1.5),
    "Nguyen": ("Tran", 1.2),
    "O'Brien": ("Sean", 1.0),
    "Redgum Plumbing Services": ("", 2.8),
    "Koala Facilities Management": ("", 2.4),
    "Mitchell": ("Sarah", 0.9),
    "Outback Mining Supplies": ("", 2.0),
    "Cash Sales": ("", 1.6),
}
_MY_SALES = [("Watson", "Emily"), ("Fraser", "Liam"), ("Singh", "Ravi")]
_MY_COLUMNS = [
    "Co./Last Name",
    "First Name",
    "Invoice #",
    "Date",
    "Customer PO",
    "Item Number",
    "Quantity",
    "Description",
    "Price",
    "Discount",
    "Total",
    "Inc-Tax Total",
    "Job",
    "Journal Memo",
    "Salesperson Last Name",
    "Salesperson First Name",
    "Tax Code",
    "GST Amount",
    "Freight Amount",
    "Sale Status",
    "Currency Code",
    "Amount Paid",
    "Payment Method",
    "Category",
    "Card ID",
]


def _myob_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17902)
    customers = list(_MY_CUSTOMERS)
    cw = np.array([v[1] for v in _MY_CUSTOMERS.values()])
    items = list(_MY_ITEMS)
    iw = np.array([v[2] for v in _MY_ITEMS.values()], dtype=float)
    rows: list[dict[str, Any]] = []
    number = 12040
    days = np.sort(rng.integers(0, 366, 560))
    for day in days:
        date = pd.Timestamp("2023-07-01") + pd.Timedelta(days=int(day))
        # busier before Christmas and at the end of the financial year
        if date.month in (1, 7) and rng.random() < 0.35:
            continue
        number += 1
        cust = customers[int(rng.choice(len(customers), p=cw / cw.sum()))]
        first = _MY_CUSTOMERS[cust][0]
        sp = _MY_SALES[int(rng.integers(3))]
        k = int(rng.choice([1, 2, 3, 4], p=[0.45, 0.3, 0.17, 0.08]))
        picks = rng.choice(len(items), size=k, replace=False, p=iw / iw.sum())
        freight = float(_one(rng, [0.0, 15.0, 25.0, 40.0], [60, 20, 12, 8]))
        lines = []
        for j in picks:
            code = items[int(j)]
            desc, price, _w = _MY_ITEMS[code]
            qty = int(rng.integers(1, 4)) if code in ("PNL-A4", "KIT-PRO") else int(rng.integers(1, 25))
            disc = float(_one(rng, [0.0, 5.0, 10.0], [80, 12, 8]))
            total = round(qty * price * (1 - disc / 100), 2)
            tax = "FRE" if code == "SVC-HR" and rng.random() < 0.1 else "GST"
            lines.append((code, desc, qty, price, disc, total, tax))
        inc = sum(t * (1.1 if tax == "GST" else 1.0) for *_x, t, tax in lines) + freight * 1.1
        closed = date < pd.Timestamp("2024-05-01") or rng.random() < 0.4
        if closed and rng.random() < 0.04:
            closed = False
        paid = round(inc, 2) if closed else round(float(_one(rng, [0.0, 0.5 * inc], [80, 20])), 2)
        memo = f"Sale; {cust}" + (f", {first}" if first else "")
        for code, desc, qty, price, disc, total, tax in lines:
            gst = round(total * 0.1, 2) if tax == "GST" else 0.0
            rows.append(
                {
                    "Co./Last Name": cust,
                    "First Name": first,
                    "Invoice #": f"{number:08d}",
                    "Date": f"{date:%d/%m/%Y}",
                    "Customer PO": f"PO{int(rng.integers(1000, 9999))}" if rng.random() < 0.4 else "",
                    "Item Number": code,
                    "Quantity": qty,
                    "Description": desc,
                    "Price": f"${price:,.2f}",
                    "Discount": f"{disc:.0f}%",
                    "Total": f"${total:,.2f}",
                    "Inc-Tax Total": f"${total + gst:,.2f}",
                    "Job": "J-204" if rng.random() < 0.05 else "",
                    "Journal Memo": memo,
                    "Salesperson Last Name": sp[0],
                    "Salesperson First Name": sp[1],
                    "Tax Code": tax,
                    "GST Amount": f"${gst:,.2f}",
                    "Freight Amount": f"${freight:,.2f}",
                    "Sale Status": "C" if closed else "I",
                    "Currency Code": "AUD",
                    "Amount Paid": f"${paid:,.2f}",
                    "Payment Method": _one(rng, ["EFT", "Credit Card", "Cheque", "Cash"], [70, 20, 5, 5])
                    if paid
                    else "",
                    "Category": "",
                    "Card ID": "*None" if cust == "Cash Sales" else f"CUS{customers.index(cust) + 1:03d}",
                }
            )
        rows.append(dict.fromkeys(_MY_COLUMNS, ""))
    return pd.DataFrame(rows[:-1], columns=_MY_COLUMNS)


def _my_lines(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Invoice #"].notna()].copy()


def _my_month(d: pd.DataFrame, col: str) -> pd.Timestamp:
    x = _my_lines(d)
    return _peak_month(_stamp(x["Date"], "%d/%m/%Y"), _num(x[col]))


def _my_top_customer(d: pd.DataFrame, col: str) -> str:
    x = _my_lines(d)
    return _top(_num(x[col]).groupby(_text(x["Co./Last Name"])).sum())


def _my_open(d: pd.DataFrame) -> pd.DataFrame:
    x = _my_lines(d)
    return x[_text(x["Sale Status"]) == "I"]


_MY_ID = ("Invoice #",)

_MYOB_QS = [
    Q(
        "how many invoices are in here",
        _count(lambda d: int(_my_lines(d)["Invoice #"].nunique())),
        _MY_ID,
    ),
    Q(
        "total sales ex gst for the year?",
        either(
            _money(lambda d: _num(d["Total"]).sum()),
            _money(
                lambda d: (
                    _num(d["Total"]).sum()
                    + _my_lines(d).groupby("Invoice #")["Freight Amount"].first().pipe(_num).sum()
                )
            ),
        ),
        ("Total", "Date", *_MY_ID),
    ),
    Q(
        "which customer spent the most with us",
        either(
            _lead(_named(lambda d: _my_top_customer(d, "Total"))),
            _lead(_named(lambda d: _my_top_customer(d, "Inc-Tax Total"))),
        ),
        ("Co./Last Name", "First Name", "Total", "Inc-Tax Total", "Card ID", *_MY_ID),
    ),
    Q(
        "what was our best month for sales",
        either(
            _month_year(lambda d: _my_month(d, "Total")),
            _month_year(lambda d: _my_month(d, "Inc-Tax Total")),
        ),
        ("Date", "Total", "Inc-Tax Total", *_MY_ID),
    ),
    Q(
        "how many invoices are still open?",
        _count(lambda d: int(_my_open(d)["Invoice #"].nunique())),
        ("Sale Status", *_MY_ID),
    ),
    Q(
        "and what do they add up to including gst",
        either(
            _money(lambda d: _num(_my_open(d)["Inc-Tax Total"]).sum()),
            _money(
                lambda d: (
                    _num(_my_open(d)["Inc-Tax Total"]).sum()
                    + 1.1 * _num(_my_open(d).groupby("Invoice #")["Freight Amount"].first()).sum()
                )
            ),
        ),
        ("Sale Status", "Inc-Tax Total", *_MY_ID),
    ),
]


# --- 3. RescueTime daily summary by category -----------------------------------------------------------------------

# category: productivity, chance of showing on a day, mean minutes on a weekday, weekend factor
_RT_CATS = {
    "Software Development": (2, 0.9, 190, 0.25),
    "Reference & Learning": (2, 0.75, 45, 0.6),
    "Design & Composition": (1, 0.35, 40, 0.3),
    "Business": (1, 0.55, 30, 0.2),
    "Communication & Scheduling": (0, 0.95, 80, 0.3),
    "Utilities": (0, 0.8, 15, 0.6),
    "Uncategorized": (0, 0.6, 12, 0.8),
    "News & Opinion": (-1, 0.7, 25, 1.3),
    "Shopping": (-1, 0.35, 15, 1.8),
    "Social Networking": (-2, 0.85, 50, 1.5),
    "Entertainment": (-2, 0.6, 45, 2.2),
}


def _rescuetime_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17903)
    rows = []
    for day in pd.date_range("2024-01-01", "2024-06-30"):
        if rng.random() < 0.04:
            continue  # laptop not opened
        weekend = day.dayofweek >= 5
        focus = 1.0 + 0.15 * np.sin(day.dayofyear / 30) + (0.12 if day.month == 3 else 0.0)
        for cat, (prod, p, mins, wf) in _RT_CATS.items():
            if rng.random() > p * (0.8 if weekend else 1.0):
                continue
            scale = (wf if weekend else 1.0) * (focus if prod > 0 else 1.0)
            secs = int(max(30, rng.gamma(2.0, mins * scale * 30)))
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}T00:00:00",
                    "Time Spent (seconds)": secs,
                    "Number of People": 1,
                    "Category": cat,
                    "Productivity": prod,
                }
            )
    return pd.DataFrame(rows)


def _rt_day(d: pd.DataFrame) -> pd.Series:
    return _stamp(d["Date"].astype(str).str.slice(0, 10), "%Y-%m-%d")


def _rt_social_per_day(d: pd.DataFrame, all_days: bool) -> float:
    x = d[_text(d["Category"]) == "Social Networking"]
    days = _rt_day(d).nunique() if all_days else _rt_day(x).nunique()
    return float(x["Time Spent (seconds)"].sum() / days)


def _rt_best_month(d: pd.DataFrame, share: bool) -> pd.Timestamp:
    days = _rt_day(d)
    good = d["Time Spent (seconds)"].where(d["Productivity"] > 0, 0)
    if not share:
        return _peak_month(days, good)
    months = days.dt.to_period("M")
    ratio = good.groupby(months).sum() / d["Time Spent (seconds)"].groupby(months).sum()
    return ratio[ratio == ratio.max()].index.min().to_timestamp()


_RT_ID = ("Date",)

_RESCUETIME_QS = [
    Q(
        "how many hours did i spend coding in total",
        _abouts(
            lambda d: d.loc[_text(d["Category"]) == "Software Development", "Time Spent (seconds)"].sum() / 3600,
            lambda d: d.loc[_text(d["Category"]) == "Software Development", "Time Spent (seconds)"].sum(),
            rel=0.01,
        ),
        ("Category", "Time Spent (seconds)", *_RT_ID),
    ),
    Q(
        "what takes up most of my time?",
        _lead(_named(lambda d: _top(d.groupby(_text(d["Category"]))["Time Spent (seconds)"].sum()))),
        ("Category", "Time Spent (seconds)", *_RT_ID),
    ),
    Q(
        "what share of my time is very distracting stuff",
        _share(
            lambda d: float(
                d.loc[d["Productivity"] == -2, "Time Spent (seconds)"].sum() / d["Time Spent (seconds)"].sum()
            )
        ),
        ("Productivity", "Time Spent (seconds)", "Category", *_RT_ID),
    ),
    Q(
        "on average how long per day am i on social networking",
        _abouts(
            lambda d: _rt_social_per_day(d, False) / 60,
            lambda d: _rt_social_per_day(d, True) / 60,
            lambda d: _rt_social_per_day(d, False) / 3600,
            lambda d: _rt_social_per_day(d, True) / 3600,
            lambda d: _rt_social_per_day(d, False),
            lambda d: _rt_social_per_day(d, True),
            rel=0.01,
        ),
        ("Category", "Time Spent (seconds)", *_RT_ID),
    ),
    Q(
        "which month was i the most productive",
        either(_month_year(lambda d: _rt_best_month(d, False)), _month_year(lambda d: _rt_best_month(d, True))),
        ("Productivity", "Time Spent (seconds)", *_RT_ID),
    ),
    Q(
        "how many days did i log more than 8 hours total?",
        _count(lambda d: int((d.groupby(_rt_day(d))["Time Spent (seconds)"].sum() > 8 * 3600).sum())),
        ("Time Spent (seconds)", *_RT_ID),
    ),
]


# --- 4. Renpho smart scale export ----------------------------------------------------------------------------------

_RP_COLUMNS = [
    "Time of Measurement",
    "Weight(lb)",
    "BMI",
    "Body Fat(%)",
    "Fat-free Body Weight(lb)",
    "Subcutaneous Fat(%)",
    "Visceral Fat",
    "Body Water(%)",
    "Skeletal Muscle(%)",
    "Muscle Mass(lb)",
    "Bone Mass(lb)",
    "Protein(%)",
    "BMR(kcal)",
    "Metabolic Age",
    "Remarks",
]


def _renpho_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17904)
    rows = []
    height_m = 1.80
    for day in pd.date_range("2022-06-01", "2024-05-31"):
        if rng.random() < 0.3:
            continue
        t = (day - pd.Timestamp("2022-06-01")).days / 730
        trend = 212 - 26 * (1 - np.exp(-3 * t)) + 4 * max(0.0, t - 0.7) + 1.5 * np.sin(2 * np.pi * day.dayofyear / 365)
        for k in range(2 if rng.random() < 0.05 else 1):
            w = round(float(trend + rng.normal(0, 1.1) + (0.8 if k else 0.0)), 1)
            stamp = day + pd.Timedelta(seconds=int(rng.normal(7 * 3600, 1800)) + (13 * 3600 if k else 0))
            row: dict[str, Any] = {"Time of Measurement": f"{stamp:%Y.%m.%d %H:%M:%S}", "Weight(lb)": w}
            row["BMI"] = round(w * 0.4536 / height_m**2, 1)
            if rng.random() < 0.09:
                for c in _RP_COLUMNS[3:-1]:
                    row[c] = "--"
            else:
                fat = round(float(14 + 0.42 * (w - 170) + rng.normal(0, 0.9)), 1)
                ffm = round(w * (1 - fat / 100), 1)
                row |= {
                    "Body Fat(%)": fat,
                    "Fat-free Body Weight(lb)": ffm,
                    "Subcutaneous Fat(%)": round(fat * 0.88, 1),
                    "Visceral Fat": round(fat / 2.2 - 1),
                    "Body Water(%)": round(float(73 - 0.7 * fat + rng.normal(0, 0.3)), 1),
                    "Skeletal Muscle(%)": round(float(56 - 0.45 * fat + rng.normal(0, 0.3)), 1),
                    "Muscle Mass(lb)": round(ffm * 0.94, 1),
                    "Bone Mass(lb)": round(ffm * 0.05, 1),
                    "Protein(%)": round(float(19.5 - 0.12 * fat), 1),
                    "BMR(kcal)": round(370 + 21.6 * ffm * 0.4536),
                    "Metabolic Age": round(30 + 0.6 * (fat - 18)),
                }
            row["Remarks"] = "" if rng.random() < 0.97 else _one(rng, ["after gym", "travel scale", "sick"])
            rows.append(row)
    frame = pd.DataFrame(rows, columns=_RP_COLUMNS)
    return frame.iloc[::-1].reset_index(drop=True)


def _rp_sorted(d: pd.DataFrame) -> pd.DataFrame:
    x = d.assign(_t=_stamp(d["Time of Measurement"], "%Y.%m.%d %H:%M:%S"))
    return x.sort_values("_t", kind="stable")


def _rp_fat(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Body Fat(%)"], errors="coerce")


def _rp_lost(d: pd.DataFrame) -> float:
    x = _rp_sorted(d)
    return float(x["Weight(lb)"].iloc[0] - x["Weight(lb)"].iloc[-1])


def _rp_low(d: pd.DataFrame) -> pd.Series:
    x = _rp_sorted(d)
    return x.loc[x["Weight(lb)"].idxmin()]


def _rp_month_mean(d: pd.DataFrame, month: str) -> float:
    x = _rp_sorted(d)
    return float(x.loc[x["_t"].dt.to_period("M") == pd.Period(month), "Weight(lb)"].mean())


def _abs_about(value: Callable[[pd.DataFrame], float]) -> Check:
    """A difference, its sign ignored, to about 1%."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = abs(float(value(df)))
        found = [abs(float(t.replace(",", ""))) for t in re.findall(r"-?\d[\d,]*(?:\.\d+)?", answer)]
        return None if any(abs(f - want) <= max(0.01 * want, 0.051) for f in found) else f"missing {want:.4g}"

    return check


def _day_of(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A day: "2024-03-14", "3/14/2024", "14/03/2024", "2024.03.14", "March 14", "14 March"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        names = _month_names(t.month)
        patterns = [
            rf"(?<![\d.]){t.year}[-./]0?{t.month}[-./]0?{t.day}(?!\d)",
            rf"(?<![\d/.])0?{t.month}/0?{t.day}/(?:{t.year}|{t.year % 100:02d})(?![\d/])",
            rf"(?<![\d/.])0?{t.day}/0?{t.month}/(?:{t.year}|{t.year % 100:02d})(?![\d/])",
            rf"\b(?:{names})\.?\s+0?{t.day}(?:st|nd|rd|th)?\b",
            rf"(?<![\d.])0?{t.day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\b",
        ]
        return None if any(re.search(p, answer, re.IGNORECASE) for p in patterns) else f"missing day {t:%Y-%m-%d}"

    return check


_RP_ID = ("Time of Measurement",)

_RENPHO_QS = [
    Q(
        "how much weight have i lost since my first weigh in",
        _abs_about(_rp_lost),
        ("Weight(lb)", *_RP_ID),
    ),
    Q(
        "what's my average body fat",
        _abouts(lambda d: _rp_fat(d).mean(), lambda d: _rp_fat(d).median(), rel=0.005),
        ("Body Fat(%)", *_RP_ID),
    ),
    Q(
        "when was i at my lightest and what did i weigh",
        both(
            _about(lambda d: float(_rp_low(d)["Weight(lb)"]), rel=0.001),
            _day_of(lambda d: _rp_low(d)["_t"]),
        ),
        ("Weight(lb)", *_RP_ID),
    ),
    Q(
        "how many weigh-ins have no body fat reading",
        _count(lambda d: int(_rp_fat(d).isna().sum())),
        ("Body Fat(%)", *_RP_ID),
    ),
    Q(
        "does my body fat go down when my weight does? correlation?",
        _corr(lambda d: d["Weight(lb)"][_rp_fat(d).notna()], lambda d: _rp_fat(d).dropna()),
        ("Weight(lb)", "Body Fat(%)", *_RP_ID),
    ),
    Q(
        "what was my average weight in january 2024",
        _about(lambda d: _rp_month_mean(d, "2024-01"), rel=0.002),
        ("Weight(lb)", *_RP_ID),
    ),
]


# --- 5. Houston 311 service requests -------------------------------------------------------------------------------

# SR TYPE: department, division, queue, SLA days, share, mean days to close
_HO_TYPES = {
    "Water Leak": ("PWE Public Works & Engineering", "Water Production", "PU_Water", 25, 14, 9.0),
    "Pothole": ("PWE Public Works & Engineering", "Street & Drainage", "PW_Streets", 10, 9, 6.0),
    "Missed Garbage Pickup": ("SWM Solid Waste Management", "Collections", "SWM_Garbage", 3, 13, 2.5),
    "Missed Heavy Trash Pickup": ("SWM Solid Waste Management", "Collections", "SWM_HeavyTrash", 7, 8, 5.0),
    "Container Problem": ("SWM Solid Waste Management", "Collections", "SWM_Container", 7, 7, 4.0),
    "Nuisance On Property": ("DON Department Of Neighborhoods", "Inspections", "DON_Nuisance", 60, 10, 40.0),
    "Drainage": ("PWE Public Works & Engineering", "Street & Drainage", "PW_Drainage", 60, 6, 35.0),
    "Street Light Out": ("PWE Public Works & Engineering", "Traffic Operations", "PW_Lights", 21, 5, 12.0),
    "Traffic Signal Maintenance": ("PWE Public Works & Engineering", "Traffic Operations", "PW_Signals", 2, 4, 1.5),
    "Sewer Wastewater": ("PWE Public Works & Engineering", "Wastewater", "PU_Sewer", 10, 8, 5.5),
    "Dead Animal Collection": ("SWM Solid Waste Management", "Collections", "SWM_DeadAnimal", 2, 5, 1.2),
    "Stray Animal": ("ARA Administration & Regulatory Affairs", "BARC", "ARA_BARC", 5, 6, 3.0),
    "Water Service": ("PWE Public Works & Engineering", "Water Production", "PU_Water", 10, 5, 7.0),
}
_HO_DISTRICTS = {"A": 8, "B": 10, "C": 9, "D": 11, "E": 7, "F": 8, "G": 7, "H": 10, "I": 9, "J": 6, "K": 12, "": 3}
_HO_HOODS = _split(
    "ACRES HOME;SHARPSTOWN;GULFTON;ALIEF;KASHMERE GARDENS;SUNNYSIDE;GREATER HEIGHTS;MONTROSE;MIDTOWN;SECOND WARD;"
    "EAST LITTLE YORK / HOMESTEAD;SPRING BRANCH WEST;KINGWOOD AREA;CLEAR LAKE;WESTCHASE;GREATER FIFTH WARD;NEARTOWN - "
    "MONTROSE;SOUTH PARK;EDGEBROOK;GREENSPOINT"
)
_HO_STREETS = ["MAIN ST", "WESTHEIMER RD", "BELLAIRE BLVD", "AIRLINE DR", "TIDWELL RD", "LYONS AVE", "GESSNER RD"]


def _houston_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17905)
    n = 4200
    types = list(_HO_TYPES)
    tw = np.array([v[4] for v in _HO_TYPES.values()], dtype=float)
    # more requests in the summer (heat, storms)
    month_w = np.array([7, 7, 8, 8, 9, 10, 10, 11, 9, 8, 7, 6], dtype=float)
    months = rng.choice(12, size=n, p=month_w / month_w.sum()) + 1
    rows = []
    end = pd.Timestamp("2024-01-15")
    for i in range(n):
        sr = types[int(rng.choice(len(types), p=tw / tw.sum()))]
        dept, div, queue, sla, _w, mean_close = _HO_TYPES[sr]
        m = int(months[i])
        day = int(rng.integers(1, pd.Timestamp(2023, m, 1).days_in_month + 1))
        created = pd.Timestamp(2023, m, day) + pd.Timedelta(seconds=int(rng.integers(0, 86400)))
        due = created + pd.Timedelta(days=sla)
        status = _one(rng, ["Closed", "Open", "Canceled"], [88, 8, 4])
        closed_at = created + pd.Timedelta(hours=float(rng.gamma(1.3, mean_close * 24 / 1.3)))
        if status == "Closed" and closed_at > end:
            status = "Open"
        if status == "Open" and rng.random() < 0.5 and closed_at < end:
            status = "Closed"
        district = _one(rng, list(_HO_DISTRICTS), list(_HO_DISTRICTS.values()))
        lat = 29.76 + rng.normal(0, 0.09)
        lon = -95.37 + rng.normal(0, 0.11)
        rows.append(
            {
                "CASE NUMBER": f"{20000000 + i * 37 + int(rng.integers(0, 30))}",
                "SR LOCATION": f"{int(rng.integers(100, 19999))} {_one(rng, _HO_STREETS)}, HOUSTON TX "
                f"{int(rng.integers(77002, 77099))}",
                "COUNTY": _one(rng, ["HARRIS", "FORT BEND", "MONTGOMERY"], [92, 6, 2]),
                "DISTRICT": district,
                "NEIGHBORHOOD": _one(rng, _HO_HOODS),
                "TAX ID": f"{int(rng.integers(10**12, 10**13 - 1))}" if rng.random() < 0.8 else "",
                "TRASH QUAD": _one(rng, ["NE", "NW", "SE", "SW"]),
                "TRASH DAY": _one(rng, ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]),
                "KEY MAP": f"{int(rng.integers(410, 580))}{_one(rng, list('ABCDEFGHJKLM'))}",
                "DEPARTMENT": dept,
                "DIVISION": div,
                "SR TYPE": sr,
                "QUEUE": queue,
                "SLA": sla,
                "STATUS": status,
                "SR CREATE DATE": f"{created:%Y-%m-%d %H:%M:%S}",
                "DUE DATE": f"{due:%Y-%m-%d %H:%M:%S}",
                "DATE CLOSED": f"{closed_at:%Y-%m-%d %H:%M:%S}" if status != "Open" else "",
                "OVERDUE": round((closed_at - due) / pd.Timedelta(days=1), 2) if status != "Open" else None,
                "Title": f"{sr} - {district}" if district else sr,
                "LATITUDE": round(float(lat), 6),
                "LONGITUDE": round(float(lon), 6),
                "Channel Type": _one(rng, ["Voice", "WAP", "Web", "Email", "SPOT"], [52, 18, 15, 5, 10]),
            }
        )
    return pd.DataFrame(rows)


def _ho_days(d: pd.DataFrame, sr: str, closed_only: bool) -> pd.Series:
    x = d[_text(d["SR TYPE"]) == sr]
    if closed_only:
        x = x[_text(x["STATUS"]) == "Closed"]
    days = (_stamp(x["DATE CLOSED"]) - _stamp(x["SR CREATE DATE"])).dt.total_seconds() / 86400
    return days.dropna()


def _ho_late(d: pd.DataFrame) -> float:
    x = d[_text(d["STATUS"]) == "Closed"]
    return float((x["OVERDUE"] > 0).mean())


_HO_ID = ("CASE NUMBER",)

_HOUSTON_QS = [
    Q(
        "what do people call 311 about the most",
        _lead(_named(lambda d: _top(_text(d["SR TYPE"]).value_counts()))),
        ("SR TYPE", "Title", *_HO_ID),
    ),
    Q(
        "how many requests are still open",
        _count(lambda d: int((_text(d["STATUS"]) == "Open").sum())),
        ("STATUS", *_HO_ID),
    ),
    Q(
        "how long does it take to fix a pothole on average (days)",
        _abouts(
            lambda d: _ho_days(d, "Pothole", True).mean(),
            lambda d: _ho_days(d, "Pothole", False).mean(),
            lambda d: _ho_days(d, "Pothole", True).median(),
            lambda d: _ho_days(d, "Pothole", False).median(),
        ),
        ("SR TYPE", "SR CREATE DATE", "DATE CLOSED", "STATUS", *_HO_ID),
    ),
    Q(
        "which council district has the most requests?",
        _lead(_named(lambda d: _top(_text(d.loc[_text(d["DISTRICT"]) != "", "DISTRICT"]).value_counts()))),
        ("DISTRICT", *_HO_ID),
    ),
    Q(
        "what share of the closed ones were closed late",
        _share(_ho_late),
        ("STATUS", "OVERDUE", "DUE DATE", "DATE CLOSED", "SR CREATE DATE", *_HO_ID),
    ),
    Q(
        "which month was busiest",
        _month_year(lambda d: _peak_month(_stamp(d["SR CREATE DATE"]))),
        ("SR CREATE DATE", *_HO_ID),
    ),
]


# --- 6. Stats NZ household living costs price indexes (CSV download, long format) ---------------------------------

_NZ_HOUSEHOLDS = {
    "All households": ("A", 0.0),
    "Beneficiary": ("B", 0.3),
    "Māori": ("M", 0.2),
    "Superannuitant": ("S", -0.4),
    "Income quintile 1 (low)": ("L", 0.35),
    "Income quintile 5 (high)": ("H", -0.1),
}
# expenditure group: code, extra annual inflation (points) in normal times, extra in 2021-2023
_NZ_GROUPS = {
    "All groups": ("AA", 0.0, 0.0),
    "Food": ("AB", 0.3, 3.0),
    "Alcoholic beverages and tobacco": ("AC", 1.5, -2.0),
    "Housing and household utilities": ("AE", 1.0, 1.0),
    "Transport": ("AF", -0.8, 3.5),
    "Health": ("AG", 0.5, -2.5),
    "Recreation and culture": ("AJ", -1.2, -0.5),
    "Interest": ("AP", 2.0, 12.0),
}


def _nz_inflation(q: pd.Period) -> float:
    """All households, all groups annual inflation by quarter: about 2% to 2020, a peak near 8.2% in 2022, easing."""
    t = q.year + (q.quarter - 1) / 4
    return 2.0 + 6.4 * np.exp(-(((t - 2022.6) / 0.75) ** 2)) - 0.8 * np.exp(-(((t - 2020.5) / 0.3) ** 2))


def _statsnz_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17906)
    quarters = pd.period_range("2017Q2", "2024Q1", freq="Q")
    rows = []
    for hh, (hcode, hshift) in _NZ_HOUSEHOLDS.items():
        for grp, (gcode, base, boom) in _NZ_GROUPS.items():
            levels = {}
            level = 1000.0
            for q in quarters:
                if q != quarters[0]:
                    annual = _nz_inflation(q) + base + (boom if 2021.3 <= q.year + q.quarter / 4 <= 2023.8 else 0.0)
                    annual += hshift * (1 if grp != "Interest" else 3) + rng.normal(0, 0.35)
                    level *= (1 + annual / 100) ** 0.25
                levels[q] = round(level)
            for q in quarters:
                period = f"{q.year}.{q.quarter * 3:02d}"
                rows.append(
                    {
                        "Series_reference": f"HPIQ.S{hcode}1{gcode}",
                        "Period": period,
                        "Data_value": levels[q],
                        "STATUS": "F",
                        "UNITS": "Index",
                        "Magnitude": 0,
                        "Subject": "Household living costs price indexes - HLP",
                        "Group": "Household living costs price indexes, by household type and level 1 group "
                        "(Base: Jun 2017 qtr (=1000))",
                        "Series_title_1": hh,
                        "Series_title_2": grp,
                        "Series_title_3": "",
                    }
                )
                if q - 4 in levels:
                    rows.append(
                        {
                            "Series_reference": f"HPIQ.S{hcode}3{gcode}",
                            "Period": period,
                            "Data_value": round(100 * (levels[q] / levels[q - 4] - 1), 1),
                            "STATUS": "F",
                            "UNITS": "Percent",
                            "Magnitude": 0,
                            "Subject": "Household living costs price indexes - HLP",
                            "Group": "Household living costs price indexes, by household type and level 1 group, "
                            "annual percentage change",
                            "Series_title_1": hh,
                            "Series_title_2": grp,
                            "Series_title_3": "",
                        }
                    )
    frame = pd.DataFrame(rows)
    latest = frame["Period"] == "2024.03"
    frame.loc[latest, "STATUS"] = "R"
    gaps = rng.choice(np.flatnonzero((frame["Series_title_2"] == "Interest") & ~latest), size=9, replace=False)
    frame.loc[gaps, "Data_value"] = None
    frame.loc[gaps, "STATUS"] = "C"
    return frame


def _nz_pick(d: pd.DataFrame, hh: str, grp: str, units: str) -> pd.DataFrame:
    ok = (_text(d["Series_title_1"]) == hh) & (_text(d["Series_title_2"]) == grp) & (_text(d["UNITS"]) == units)
    x = d[ok].copy()
    x["_p"] = pd.to_numeric(x["Period"], errors="coerce").round(2)
    return x.sort_values("_p")


def _nz_latest(d: pd.DataFrame) -> float:
    return float(pd.to_numeric(d["Period"], errors="coerce").round(2).max())


def _nz_rise(hh: str, grp: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _nz_pick(d, hh, grp, "Index").dropna(subset=["Data_value"])
        return float(x["Data_value"].iloc[-1] / x["Data_value"].iloc[0] - 1)

    return value


def _nz_top_household(d: pd.DataFrame) -> str:
    x = d[(_text(d["Series_title_2"]) == "All groups") & (_text(d["UNITS"]) == "Percent")]
    x = x[pd.to_numeric(x["Period"], errors="coerce").round(2) == _nz_latest(d)]
    return _top(x.set_index(_text(x["Series_title_1"]))["Data_value"])


def _nz_peak_quarter(d: pd.DataFrame) -> tuple[int, int]:
    x = _nz_pick(d, "All households", "All groups", "Percent")
    best = _ranked(x.set_index(x["_p"].map(lambda p: f"{p:.2f}"))["Data_value"]).index[0]
    year, month = best.split(".")
    return int(year), int(month) // 3


_ORDINAL = {1: "first|1st", 2: "second|2nd", 3: "third|3rd", 4: "fourth|4th"}


def _quarter_of(value: Callable[[pd.DataFrame], tuple[int, int]]) -> Check:
    """A quarter: "Q3 2022", "2022 Q3", "third quarter of 2022", "September 2022 quarter", "Sep 2022", "2022.09",
    "2022-09"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        y, q = value(df)
        m = 3 * q
        patterns = [
            rf"\bQ{q}\s*(?:of\s*)?'?{y}\b",
            rf"\b{y}\s*[-/ ]?\s*Q{q}\b",
            rf"\b(?:{_ORDINAL[q]})\s+quarter\s+(?:of\s+)?{y}\b",
            rf"\b(?:{_month_names(m)})\.?,?\s+(?:quarter\s+)?(?:of\s+)?{y}\b",
            rf"(?<![\d.]){y}[.-]0?{m}(?!\d)",
            rf"(?<![\d/.])0?{m}/{y}\b",
        ]
        ok = any(re.search(p, answer, re.IGNORECASE) for p in patterns)
        return None if ok else f"missing quarter {y} Q{q}"

    return check


_NZ_ID = ("Period", "Series_reference")
_NZ_SERIES = ("Series_title_1", "Series_title_2", "UNITS", "Group", "Data_value", *_NZ_ID)

_STATSNZ_QS = [
    Q(
        "what's the latest all groups index for all households",
        _about(lambda d: float(_nz_pick(d, "All households", "All groups", "Index")["Data_value"].iloc[-1]), rel=0.001),
        _NZ_SERIES,
    ),
    Q(
        "which type of household had the highest annual increase in the latest quarter?",
        _lead(_named(lambda d: _nz_top_household(d), {"Māori": ("Maori",)})),
        _NZ_SERIES,
    ),
    Q(
        "how much have food costs gone up for all households since the start",
        _pct(_nz_rise("All households", "Food")),
        _NZ_SERIES,
    ),
    Q(
        "and for superannuitants?",
        _pct(_nz_rise("Superannuitant", "Food")),
        _NZ_SERIES,
    ),
    Q(
        "when did annual inflation for all households peak",
        _quarter_of(_nz_peak_quarter),
        _NZ_SERIES,
    ),
    Q(
        "are there any missing values?",
        _count(lambda d: int(d["Data_value"].isna().sum())),
        ("Data_value", "STATUS", *_NZ_ID),
    ),
]


# --- 7. CMS Hospital Compare: hospital general information ---------------------------------------------------------

_CM_STATES = {
    "TX": 12, "CA": 11, "FL": 7, "PA": 6, "OH": 6, "IL": 6, "NY": 6, "GA": 5, "LA": 5, "MI": 5, "KS": 4, "MN": 4,
    "OK": 4, "TN": 4, "WI": 4, "IA": 4, "MO": 4, "NC": 4, "IN": 4, "AL": 3, "NE": 3, "WA": 3, "VA": 3, "CO": 3,
    "AZ": 3, "KY": 3, "MS": 3, "AR": 3, "MA": 3, "SD": 2, "ND": 2, "MT": 2, "NJ": 2, "OR": 2, "SC": 2, "NM": 2,
    "WV": 2, "UT": 2, "ID": 2, "ME": 1, "NV": 1, "MD": 1, "CT": 1, "WY": 1, "NH": 1, "PR": 1, "HI": 1, "AK": 1,
    "VT": 0.5, "RI": 0.5, "DE": 0.3, "DC": 0.3, "GU": 0.1, "VI": 0.1,
}  # fmt: skip
# state rating shift (better or worse than typical)
_CM_SHIFT = {"UT": 0.7, "WI": 0.5, "MN": 0.4, "CO": 0.4, "ID": 0.3, "NY": -0.5, "NJ": -0.4, "NV": -0.5, "DC": -0.7}
_CM_TYPES = {
    "Acute Care Hospitals": 58,
    "Critical Access Hospitals": 25,
    "Psychiatric": 11,
    "Childrens": 2,
    "Acute Care - Veterans Administration": 2.5,
    "Acute Care - Department of Defense": 0.7,
    "Rural Emergency Hospital": 0.8,
}
_CM_OWNERS = {
    "Voluntary non-profit - Private": 40,
    "Proprietary": 19,
    "Government - Hospital District or Authority": 9,
    "Government - Local": 7,
    "Voluntary non-profit - Other": 9,
    "Voluntary non-profit - Church": 7,
    "Government - State": 3,
    "Physician": 2,
    "Government - Federal": 0.5,
    "Tribal": 0.5,
}
_CM_WORDS = _split(
    "SAINT MARY'S;MEMORIAL;REGIONAL;COMMUNITY;BAPTIST;MERCY;GOOD SAMARITAN;PROVIDENCE;METHODIST;UNIVERSITY;"
    "VALLEY;COUNTY;GENERAL;ST JOSEPH;SACRED HEART;LAKESIDE;RIVERVIEW;PRAIRIE"
)
_CM_CITIES = ["SPRINGFIELD", "FRANKLIN", "CLINTON", "GREENVILLE", "MADISON", "SALEM", "FAIRVIEW", "BRISTOL", "DOVER"]


def _cms_frame() -> pd.DataFrame:
    rng = np.random.default_rng(17907)
    n = 4600
    states = _pick(rng, {k: float(v) for k, v in _CM_STATES.items()}, n)
    types = _pick(rng, {k: float(v) for k, v in _CM_TYPES.items()}, n)
    rows = []
    for i in range(n):
        st, kind = states[i], types[i]
        if kind == "Acute Care - Veterans Administration":
            owner = "Veterans Health Administration"
        elif kind == "Acute Care - Department of Defense":
            owner = "Department of Defense"
        else:
            owner = _one(rng, list(_CM_OWNERS), list(_CM_OWNERS.values()))
        rated = kind in ("Acute Care Hospitals", "Acute Care - Veterans Administration") and rng.random() < 0.82
        rated = rated or (kind == "Critical Access Hospitals" and rng.random() < 0.25)
        rating: Any = "Not Available"
        foot = ""
        if rated:
            score = 3.0 + _CM_SHIFT.get(st, 0.0) + (-0.35 if owner == "Proprietary" else 0.0) + rng.normal(0, 1.05)
            score += 0.2 if owner.startswith("Voluntary") else 0.0
            rating = str(int(np.clip(round(score), 1, 5)))
        else:
            foot = _one(rng, ["16", "19", "5"], [70, 20, 10]) if kind != "Psychiatric" else "19"
        emergency = "Yes"
        if kind == "Psychiatric" or (kind == "Critical Access Hospitals" and rng.random() < 0.07):
            emergency = "No" if rng.random() < 0.92 else "Yes"
        elif rng.random() < 0.06:
            emergency = "No"
        row: dict[str, Any] = {
            "Facility ID": f"{list(_CM_STATES).index(st) + 1:02d}{int(rng.integers(1, 9999)):04d}",
            "Facility Name": f"{_one(rng, _CM_WORDS)} {_one(rng, ['HOSPITAL', 'MEDICAL CENTER', 'HEALTH'])}",
            "Address": f"{int(rng.integers(1, 9999))} {_one(rng, ['MAIN', 'OAK', 'HOSPITAL', 'PARK'])} "
            f"{_one(rng, ['STREET', 'DRIVE', 'AVENUE', 'ROAD'])}",
            "City/Town": _one(rng, _CM_CITIES),
            "State": st,
            "ZIP Code": int(rng.integers(1000, 99950)),
            "County/Parish": _one(rng, ["WASHINGTON", "JEFFERSON", "FRANKLIN", "JACKSON", "LINCOLN", "MONROE"]),
            "Telephone Number": f"({int(rng.integers(201, 989))}) {int(rng.integers(200, 999))}-"
            f"{int(rng.integers(0, 9999)):04d}",
            "Hospital Type": kind,
            "Hospital Ownership": owner,
            "Emergency Services": emergency,
            "Meets criteria for birthing friendly designation": "Y"
            if kind == "Acute Care Hospitals" and rng.random() < 0.4
            else "",
            "Hospital overall rating": rating,
            "Hospital overall rating footnote": foot,
        }
        for grp, k in (("MORT", 7), ("Safety", 8), ("READM", 11)):
            if rated:
                count = int(rng.integers(k - 4, k + 1))
                worse = int(rng.binomial(count, 0.06))
                better = int(rng.binomial(count - worse, 0.08))
                vals = [str(k), str(count), str(better), str(count - better - worse), str(worse), ""]
            else:
                vals = [str(k), "Not Available", "Not Available", "Not Available", "Not Available", foot or "5"]
            label = "Facility" if grp != "READM" else "Hospital"
            names = [
                f"{grp} Group Measure Count",
                f"Count of {label} {grp} Measures",
                f"Count of {grp} Measures Better",
                f"Count of {grp} Measures No Different",
                f"Count of {grp} Measures Worse",
                f"{grp} Group Footnote",
            ]
            row |= dict(zip(names, vals, strict=True))
        rows.append(row)
    return pd.DataFrame(rows)


def _cm_rating(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Hospital overall rating"], errors="coerce")


def _cm_best_state(d: pd.DataFrame) -> str:
    r = _cm_rating(d)
    g = r.groupby(_text(d["State"]))
    means = g.mean()[g.count() >= 20]
    return _top(means)


def _cm_owner_means(d: pd.DataFrame) -> list[float]:
    r = _cm_rating(d)
    own = _text(d["Hospital Ownership"])
    return [float(r[own == "Proprietary"].mean()), float(r[own.str.startswith("Voluntary non-profit")].mean())]


_CM_ID = ("Facility ID", "Facility Name")
_CM_R = ("Hospital overall rating", "Hospital overall rating footnote")

_CMS_QS = [
    Q(
        "how many hospitals are in texas",
        _count(lambda d: int((_text(d["State"]) == "TX").sum())),
        ("State", *_CM_ID),
    ),
    Q(
        "what share of hospitals get 5 stars?",
        either(
            _share(lambda d: float((_cm_rating(d) == 5).mean())),
            _share(lambda d: float((_cm_rating(d).dropna() == 5).mean())),
        ),
        (*_CM_R, *_CM_ID),
    ),
    Q(
        "how many don't have a star rating at all",
        _count(lambda d: int(_cm_rating(d).isna().sum())),
        (*_CM_R, *_CM_ID),
    ),
    Q(
        "which state has the best average rating, counting only states with at least 20 rated hospitals",
        _lead(_named(_cm_best_state)),
        ("State", *_CM_R, *_CM_ID),
    ),
    Q(
        "do for-profit hospitals rate worse than non-profits?",
        _abouts(_cm_owner_means, rel=0.01),
        ("Hospital Ownership", *_CM_R, *_CM_ID),
    ),
    Q(
        "how many critical access hospitals have no emergency services",
        _count(
            lambda d: int(
                (
                    (_text(d["Hospital Type"]) == "Critical Access Hospitals")
                    & (_text(d["Emergency Services"]) == "No")
                ).sum()
            )
        ),
        ("Hospital Type", "Emergency Services", *_CM_ID),
    ),
]


HELDOUT179 = [
    Dataset("zoho_crm_leads_export_h1_2024", _zoho_frame, _ZOHO_QS),
    Dataset("myob_accountright_sales_invoices_export", _myob_frame, _MYOB_QS),
    Dataset("rescuetime_daily_category_summary", _rescuetime_frame, _RESCUETIME_QS),
    Dataset("renpho_smart_scale_export", _renpho_frame, _RENPHO_QS),
    Dataset("houston_311_service_requests_2023", _houston_frame, _HOUSTON_QS),
    Dataset("stats_nz_household_living_costs_price_index_csv", _statsnz_frame, _STATSNZ_QS),
    Dataset("cms_hospital_general_information", _cms_frame, _CMS_QS),
]
