"""HELDOUT166: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Harvest invoices export (2022-2024, one row
per invoice) with ID, Client, Subject ("Invoice for March 2023"), "Issue Date" / "Due Date" / "Paid Date" as
"2023-03-05" (Paid Date blank until paid), Status (paid, open, draft, closed), Currency ("US Dollar - USD"),
"Invoice Amount", "Paid Amount", Balance, "Tax Amount", "Discount Amount", "PO Number" (mostly blank) and Projects
("Website Redesign, SEO Retainer"); a Jotform submissions export of workshop registrations (January to August 2024)
with "Submission Date" as "2024-03-05 14:22:10", Name, Email (some people submit twice), "Phone Number" as
"(555) 123-4567", Age (blank for some), "Which workshop would you like to attend?", "How did you hear about us?",
"Number of Attendees", "Dietary Restrictions" (mostly blank), Comments (mostly blank), "Submission IP" and
"Submission ID"; a Wave accounting invoice list (2023-2024) with "Invoice Number" (blank for drafts), Customer,
"Customer Email", "Invoice Date" / "Due Date" as "2023-03-05", Status (Paid, Partial, Overdue, Sent, Draft), Currency
(CAD, some USD), Subtotal, Tax (13% HST on CAD invoices), Total, "Amount Paid" and "Amount Due"; a Google Ads search
terms report downloaded as CSV with its two title rows ("Search terms report", then "January 1, 2024 - June 30,
2024"), so the file reads back with columns "Search terms report", "Unnamed: 1", ... and the real header ("Search
term", "Match type", "Added/Excluded", Campaign, "Ad group", Keyword, "Currency code", Cost, "Impr.", Clicks, CTR as
"3.25%", "Avg. CPC", Conversions as "2.00", "Cost / conv." ("--" without conversions), "Conv. rate" as "5.00%") in its
second data row, impressions with thousands commas ("1,234"), and "Total: Search terms" / "Total: Account" rows at
the bottom; San Francisco 311 cases from DataSF (2023-2024) with CaseID, Opened / Closed / Updated as "03/15/2024
09:12:33 AM" (Closed blank for open cases), Status (Open / Closed), "Status Notes", "Responsible Agency", Category,
"Request Type", "Request Details", Address (upper case), Street, "Supervisor District" (blank for some), Neighborhood,
"Police District", Latitude, Longitude, Point ("(37.77, -122.41)"), Source (Phone, Mobile/Open311, Web, Integrated
Agency, Twitter) and "Media URL" (mostly blank); OECD Data Explorer consumer price indices, monthly, in long form with
labels (8 countries, January 2019 to June 2024) with STRUCTURE, STRUCTURE_ID, STRUCTURE_NAME, ACTION, REF_AREA,
"Reference area", FREQ, "Frequency of observation", METHODOLOGY, Methodology, MEASURE, Measure, UNIT_MEASURE, "Unit of
measure", EXPENDITURE (_T, CP01, CP045_0722), Expenditure, ADJUSTMENT, Adjustment, TRANSFORMATION (GY: growth over
1 year in %; _Z: index 2015=100), Transformation, TIME_PERIOD ("2023-01"), "Time period" (blank), OBS_VALUE (blank
for a few), "Observation value" (blank), OBS_STATUS, "Observation status", UNIT_MULT, "Unit multiplier", BASE_PER,
"Base period", DECIMALS and Decimals; and World Bank DataBank access to electricity (% of population) in long form
with "Country Name", "Country Code", "Series Name", "Series Code", Time (2000-2022), "Time Code" ("YR2000") and
Value ("..") for missing), covering 40 countries and 5 aggregates (World, Sub-Saharan Africa, South Asia, Low
income, Lower middle income), with DataBank's blank rows and "Data from database: World Development Indicators" /
"Last Updated: 06/28/2024" footer rows. All are generated with fixed seeds 16601-16607.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text
from .heldout42 import _ranked
from .heldout163 import _quarter
from .offline_eval import Check, Dataset, Q, either
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


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$1,234.50", "35.12%", "--" or blanks."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,%\s]", "", regex=True), errors="coerce")


# --- 1. Harvest invoices export ------------------------------------------------------------------------------------

# client: weight, typical invoice, projects
_HV_CLIENTS = {
    "Northwind Traders": (3.0, 8500, ["Website Redesign", "SEO Retainer"]),
    "Bluebird Bakery": (1.5, 2200, ["Social Media Management"]),
    "Acme Logistics": (2.5, 12000, ["Fleet Dashboard", "API Integration"]),
    "Greenleaf Dental": (1.2, 1800, ["Website Maintenance"]),
    "Summit Outdoor Co.": (2.0, 6400, ["E-commerce Build", "Photography"]),
    "Harbor City Council": (0.8, 15000, ["Accessibility Audit"]),
    "Pinecrest Realty": (1.6, 3100, ["Listing Site", "SEO Retainer"]),
    "Lumen Analytics": (1.4, 9800, ["Data Pipeline", "Fleet Dashboard"]),
    "Oak & Iron Fitness": (1.0, 2600, ["Brand Identity"]),
}


def _harvest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16601)
    clients = list(_HV_CLIENTS)
    rows = []
    today = pd.Timestamp("2024-12-15")
    days = pd.date_range("2022-01-03", "2024-12-10", freq="D")
    issue_days = np.sort(rng.choice(len(days), 420, replace=True))
    for i, k in enumerate(issue_days):
        issued = days[k]
        client = _one(rng, clients, [v[0] for v in _HV_CLIENTS.values()])
        _, typical, projects = _HV_CLIENTS[client]
        growth = 1 + 0.15 * (issued.year - 2022)
        subtotal = round(float(typical * growth * rng.lognormal(0, 0.35)), -1)
        discount = round(0.1 * subtotal, 2) if rng.random() < 0.08 else 0.0
        tax = round(0.0 if rng.random() < 0.6 else 0.0825 * (subtotal - discount), 2)
        amount = round(subtotal - discount + tax, 2)
        due = issued + pd.Timedelta(days=30)
        age = (today - issued).days
        if age < 20 and rng.random() < 0.5:
            status = "draft"
        elif rng.random() < 0.02:
            status = "closed"
        else:
            late = rng.random() < 0.25
            wait = int(rng.integers(35, 90)) if late else int(rng.integers(3, 31))
            status = "paid" if issued + pd.Timedelta(days=wait) <= today else "open"
        paid_date = ""
        paid_amount = 0.0
        if status == "paid":
            paid_date = (issued + pd.Timedelta(days=wait)).strftime("%Y-%m-%d")
            paid_amount = amount
        elif status == "open" and rng.random() < 0.15:
            paid_amount = round(amount / 2, 2)
        balance = 0.0 if status in ("paid", "closed") else round(amount - paid_amount, 2)
        rows.append(
            {
                "ID": 10000 + 37 * i,
                "Client": client,
                "Subject": f"Invoice for {issued:%B %Y}",
                "Issue Date": issued.strftime("%Y-%m-%d"),
                "Due Date": due.strftime("%Y-%m-%d"),
                "Paid Date": paid_date,
                "Status": status,
                "Currency": "US Dollar - USD",
                "Invoice Amount": amount,
                "Paid Amount": paid_amount,
                "Balance": balance,
                "Tax Amount": tax,
                "Discount Amount": discount,
                "PO Number": f"PO-{int(rng.integers(1000, 9999))}" if rng.random() < 0.2 else "",
                "Projects": ", ".join(sorted(set(_one(rng, [projects, projects[:1]], [1, 2])))),
            }
        )
    return pd.DataFrame(rows)


def _hv_month(d: pd.DataFrame) -> pd.Series:
    day = pd.to_datetime(d["Issue Date"], format="%Y-%m-%d")
    return d.groupby(day.dt.to_period("M"))["Invoice Amount"].sum()


def _hv_days(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        paid = pd.to_datetime(d["Paid Date"], format="%Y-%m-%d", errors="coerce")
        issued = pd.to_datetime(d["Issue Date"], format="%Y-%m-%d")
        gap = (paid - issued).dt.days.dropna()
        return float(gap.mean() if how == "mean" else gap.median())

    return value


def _hv_unpaid(kind: str) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        s = _text(d["Status"]).str.lower()
        if kind == "open":
            return int((s == "open").sum())
        if kind == "open+draft":
            return int(s.isin(["open", "draft"]).sum())
        return int((d["Balance"] > 0).sum())

    return value


_HARVEST_QS = [
    Q(
        "how much have we invoiced altogether",
        either(
            _money(lambda d: float(d["Invoice Amount"].sum())),
            _money(lambda d: float(d.loc[_text(d["Status"]) != "draft", "Invoice Amount"].sum())),
        ),
        ("Invoice Amount", "Status"),
    ),
    Q(
        "which client owes us the most money right now",
        _lead(_named(lambda d: _top(d.groupby("Client")["Balance"].sum()))),
        ("Client", "Balance", "Status"),
    ),
    Q(
        "how many invoices haven't been paid yet",
        either(*(_count(_hv_unpaid(k)) for k in ("open", "open+draft", "balance"))),
        ("Status", "Balance", "Paid Date", "ID"),
    ),
    Q(
        "on average how many days does it take clients to pay",
        either(_about(_hv_days("mean"), rel=0.02), _about(_hv_days("median"), rel=0.02)),
        ("Issue Date", "Paid Date", "Status", "Due Date"),
    ),
    Q(
        "which month did we bill the most",
        _month_year(lambda d: _hv_month(d).idxmax().to_timestamp()),
        ("Issue Date", "Invoice Amount"),
    ),
    Q(
        "and how much was that",
        _money(lambda d: float(_hv_month(d).max())),
        ("Issue Date", "Invoice Amount"),
    ),
]


# --- 2. Jotform submissions export ---------------------------------------------------------------------------------

_JF_WORKSHOPS = {
    "Intro to Pottery": 3.2,
    "Watercolor Basics": 2.0,
    "Sourdough Baking": 2.6,
    "Beginner Woodworking": 1.4,
    "Candle Making": 1.8,
}
_JF_SOURCES = {"Instagram": 3.5, "Friend / Word of mouth": 2.2, "Google Search": 1.8, "Facebook": 1.2, "Flyer": 0.6}
_JF_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Mia", "Ethan", "Sofia", "Lucas", "Chloe", "Maya", "Owen"]
_JF_LAST = ["Smith", "Garcia", "Nguyen", "Brown", "Patel", "Kim", "Lopez", "Muller", "Rossi", "Cohen", "Reyes"]


def _jotform_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16602)
    rows = []
    seconds = np.sort(rng.integers(0, 243 * 86400, 640))
    start = pd.Timestamp("2024-01-01")
    for i, s in enumerate(seconds):
        when = start + pd.Timedelta(seconds=int(s))
        first, last = _one(rng, _JF_FIRST), _one(rng, _JF_LAST)
        email = f"{first.lower()}.{last.lower()}{int(rng.integers(1, 99))}@{_one(rng, ['gmail.com', 'yahoo.com'])}"
        workshop = _one(rng, list(_JF_WORKSHOPS), list(_JF_WORKSHOPS.values()))
        rows.append(
            {
                "Submission Date": when.strftime("%Y-%m-%d %H:%M:%S"),
                "Name": f"{first} {last}",
                "Email": email,
                "Phone Number": f"({rng.integers(200, 999)}) {rng.integers(200, 999)}-{rng.integers(1000, 9999)}",
                "Age": "" if rng.random() < 0.08 else int(np.clip(rng.normal(36, 11), 18, 75)),
                "Which workshop would you like to attend?": workshop,
                "How did you hear about us?": _one(rng, list(_JF_SOURCES), list(_JF_SOURCES.values())),
                "Number of Attendees": int(_one(rng, [1, 2, 3, 4], [6, 3, 1, 0.4])),
                "Dietary Restrictions": _one(rng, ["", "Vegetarian", "Vegan", "Gluten-free", "None"], [14, 2, 1, 1, 2]),
                "Comments": "" if rng.random() < 0.85 else "Looking forward to it!",
                "Submission IP": f"73.{rng.integers(0, 255)}.{rng.integers(0, 255)}.{rng.integers(1, 254)}",
                "Submission ID": str(5800000000000000000 + 7919 * i * 1000 + int(rng.integers(0, 999))),
            }
        )
        if rng.random() < 0.04:
            dup = dict(rows[-1])
            later = when + pd.Timedelta(minutes=int(rng.integers(1, 30)))
            dup["Submission Date"] = later.strftime("%Y-%m-%d %H:%M:%S")
            dup["Submission ID"] = str(int(dup["Submission ID"]) + 13)
            rows.append(dup)
    return pd.DataFrame(rows)


_JF_W = "Which workshop would you like to attend?"
_JF_S = "How did you hear about us?"


def _jf_top(d: pd.DataFrame) -> str:
    return _top(d[_JF_W].value_counts())


def _jf_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Submission Date"], format="%Y-%m-%d %H:%M:%S").dt.to_period("M")
    return _ranked(month.value_counts()).index[0]


_JOTFORM_QS = [
    Q(
        "how many people signed up",
        either(
            _count(lambda d: len(d)),
            _count(lambda d: int(d["Email"].nunique())),
            _count(lambda d: int(d["Number of Attendees"].sum())),
        ),
        ("Submission ID", "Email", "Name", "Number of Attendees"),
    ),
    Q("which workshop is the most popular", _lead(_named(_jf_top)), (_JF_W, "Number of Attendees")),
    Q(
        "how many people total are coming to that one",
        either(
            _count(lambda d: int(d.loc[d[_JF_W] == _jf_top(d), "Number of Attendees"].sum())),
            _count(
                lambda d: int(
                    d.loc[d[_JF_W] == _jf_top(d)]
                    .drop_duplicates(subset=["Email", _JF_W], keep="last")["Number of Attendees"]
                    .sum()
                )
            ),
        ),
        (_JF_W, "Number of Attendees", "Email"),
    ),
    Q(
        "how did most people hear about us",
        _lead(_named(lambda d: _top(d[_JF_S].value_counts()))),
        (_JF_S,),
    ),
    Q(
        "average age?",
        either(
            _about(lambda d: float(_num(d["Age"]).mean()), rel=0.005),
            _about(lambda d: float(_num(d.drop_duplicates(subset=["Email"])["Age"]).mean()), rel=0.005),
        ),
        ("Age",),
    ),
    Q(
        "which month got the most signups",
        _month_year(lambda d: str(_jf_month(d))),
        ("Submission Date", "Submission ID"),
    ),
]


# --- 3. Wave invoices export ---------------------------------------------------------------------------------------

# customer: weight, typical subtotal, currency
_WV_CUSTOMERS = {
    "Maple Leaf Contracting": (3.0, 2400, "CAD"),
    "Riverside Yoga Studio": (1.5, 650, "CAD"),
    "Borealis Software Inc.": (2.0, 6200, "CAD"),
    "Kingston Coffee Roasters": (1.8, 900, "CAD"),
    "Lakeshore Dental Group": (1.2, 1500, "CAD"),
    "Hudson Creative LLC": (1.3, 3200, "USD"),
    "Seattle Print Works": (0.9, 1100, "USD"),
    "Northern Lights B&B": (1.0, 700, "CAD"),
}


def _wave_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16603)
    customers = list(_WV_CUSTOMERS)
    today = pd.Timestamp("2024-12-20")
    rows = []
    days = pd.date_range("2023-01-02", "2024-12-18", freq="D")
    picks = np.sort(rng.choice(len(days), 520, replace=True))
    number = 0
    for k in picks:
        day = days[k]
        cust = _one(rng, customers, [v[0] for v in _WV_CUSTOMERS.values()])
        _, typical, cur = _WV_CUSTOMERS[cust]
        season = 1.6 if day.quarter == 4 else (0.8 if day.quarter == 1 else 1.0)
        subtotal = round(float(typical * season * (1.2 if day.year == 2024 else 1.0) * rng.lognormal(0, 0.4)), 2)
        tax = round(0.13 * subtotal, 2) if cur == "CAD" else 0.0
        total = round(subtotal + tax, 2)
        due = day + pd.Timedelta(days=int(_one(rng, [15, 30], [1, 2])))
        age = (today - day).days
        if age < 25 and rng.random() < 0.4:
            status, paid, inv = "Draft", 0.0, ""
        else:
            number += 1
            inv = str(number)
            r = rng.random()
            if r < (0.88 if age > 60 else 0.5):
                status, paid = "Paid", total
            elif r < 0.93:
                status, paid = "Partial", round(total * float(rng.uniform(0.2, 0.7)), 2)
            else:
                status, paid = ("Overdue" if due < today else "Sent"), 0.0
        rows.append(
            {
                "Invoice Number": inv,
                "Customer": cust,
                "Customer Email": "accounts@" + re.sub(r"[^a-z]", "", cust.lower())[:14] + ".com",
                "Invoice Date": day.strftime("%Y-%m-%d"),
                "Due Date": due.strftime("%Y-%m-%d"),
                "Status": status,
                "Currency": cur,
                "Subtotal": subtotal,
                "Tax": tax,
                "Total": total,
                "Amount Paid": paid,
                "Amount Due": round(total - paid, 2),
            }
        )
    return pd.DataFrame(rows)


def _wv_sent(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Status"]) != "Draft"]


def _wv_quarter(drafts: bool) -> Callable[[pd.DataFrame], tuple[int, int]]:
    def value(d: pd.DataFrame) -> tuple[int, int]:
        x = d if drafts else _wv_sent(d)
        q = pd.to_datetime(x["Invoice Date"], format="%Y-%m-%d").dt.to_period("Q")
        best = x.groupby(q)["Total"].sum().idxmax()
        return best.year, best.quarter

    return value


_WAVE_QS = [
    Q(
        "how much money are customers still owing us",
        either(
            _money(lambda d: float(_wv_sent(d)["Amount Due"].sum())),
            _money(lambda d: float(d["Amount Due"].sum())),
        ),
        ("Amount Due", "Status", "Currency"),
    ),
    Q(
        "how many invoices are overdue",
        _count(lambda d: int((_text(d["Status"]) == "Overdue").sum())),
        ("Status", "Invoice Number", "Due Date"),
    ),
    Q(
        "who's our biggest customer",
        either(
            _lead(_named(lambda d: _top(_wv_sent(d).groupby("Customer")["Total"].sum()))),
            _lead(_named(lambda d: _top(d.groupby("Customer")["Total"].sum()))),
        ),
        ("Customer", "Total", "Subtotal", "Amount Paid"),
    ),
    Q(
        "total sales tax we charged in 2023",
        either(
            _money(lambda d: float(_wv_sent(d).loc[d["Invoice Date"].astype(str).str[:4] == "2023", "Tax"].sum())),
            _money(lambda d: float(d.loc[d["Invoice Date"].astype(str).str[:4] == "2023", "Tax"].sum())),
        ),
        ("Tax", "Invoice Date"),
    ),
    Q(
        "what's the average invoice in usd compared to cad",
        either(
            _money(lambda d: _wv_sent(d).groupby("Currency")["Total"].mean().to_numpy()),
            _money(lambda d: d.groupby("Currency")["Total"].mean().to_numpy()),
            _money(lambda d: _wv_sent(d).groupby("Currency")["Subtotal"].mean().to_numpy()),
        ),
        ("Currency", "Total", "Subtotal"),
    ),
    Q(
        "which quarter brought in the most revenue",
        either(_quarter(_wv_quarter(False)), _quarter(_wv_quarter(True))),
        ("Invoice Date", "Total", "Status"),
    ),
]


# --- 4. Google Ads search terms report -----------------------------------------------------------------------------

_GA_HEADER = [
    "Search term",
    "Match type",
    "Added/Excluded",
    "Campaign",
    "Ad group",
    "Keyword",
    "Currency code",
    "Cost",
    "Impr.",
    "Clicks",
    "CTR",
    "Avg. CPC",
    "Conversions",
    "Cost / conv.",
    "Conv. rate",
]
# campaign: ad groups with their keywords, cpc, conversion rate
_GA_CAMPAIGNS = {
    "Search | Running Shoes": (
        {"Trail Shoes": ["trail running shoes", "waterproof trail shoes"], "Road Shoes": ["road running shoes"]},
        1.45,
        0.045,
    ),
    "Search | Brand": ({"Brand Terms": ["stridefast", "stridefast shoes"]}, 0.35, 0.16),
    "Search | Competitors": ({"Competitor Names": ["hoka alternative", "brooks vs"]}, 2.10, 0.015),
    "Search | Socks & Accessories": ({"Socks": ["running socks"], "Insoles": ["running insoles"]}, 0.80, 0.035),
}
_GA_MODS = ["best", "cheap", "womens", "mens", "near me", "sale", "reviews", "wide", "for flat feet", "2024", "buy"]
_GA_MATCH = {
    "Exact match": 2,
    "Exact match (close variant)": 1,
    "Phrase match": 2,
    "Phrase match (close variant)": 0.6,
    "Broad match": 2.5,
}


def _google_ads_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16604)
    records = []
    seen = set()
    camps = list(_GA_CAMPAIGNS)
    while len(records) < 900:
        camp = _one(rng, camps, [4, 1.5, 1, 1.5])
        groups, cpc, cvr = _GA_CAMPAIGNS[camp]
        group = _one(rng, list(groups))
        keyword = _one(rng, groups[group])
        match = _one(rng, list(_GA_MATCH), list(_GA_MATCH.values()))
        mod = _one(rng, _GA_MODS)
        term = keyword if match.startswith("Exact match") and rng.random() < 0.5 else f"{mod} {keyword}"
        if rng.random() < 0.3:
            term = f"{term} {_one(rng, _GA_MODS)}"
        if (term, group) in seen:
            continue
        seen.add((term, group))
        impr = int(rng.lognormal(5.0, 1.3))
        ctr = float(np.clip(rng.normal(0.06 if camp != "Search | Brand" else 0.18, 0.025), 0.003, 0.5))
        clicks = int(rng.binomial(impr, ctr))
        this_cpc = cpc * float(rng.uniform(0.6, 1.5)) * (1.2 if match.startswith("Exact") else 1.0)
        cost = round(clicks * this_cpc, 2)
        conv = float(rng.binomial(clicks, cvr)) if clicks else 0.0
        if conv and rng.random() < 0.2:
            conv = round(conv + 0.5, 2)
        added = _one(rng, ["None", "Added", "Excluded"], [12, 2, 1])
        records.append(
            [
                term,
                match,
                added,
                camp,
                group,
                keyword,
                "USD",
                f"{cost:.2f}",
                f"{impr:,}",
                f"{clicks:,}",
                f"{100 * clicks / impr:.2f}%" if impr else "0.00%",
                f"{cost / clicks:.2f}" if clicks else "0.00",
                f"{conv:.2f}",
                f"{cost / conv:.2f}" if conv else "--",
                f"{100 * conv / clicks:.2f}%" if clicks else "0.00%",
            ]
        )
    data = pd.DataFrame(records, columns=_GA_HEADER)
    tot_cost = float(pd.to_numeric(data["Cost"]).sum())
    tot_impr = int(_num(data["Impr."]).sum())
    tot_clicks = int(_num(data["Clicks"]).sum())
    tot_conv = float(_num(data["Conversions"]).sum())
    totals = []
    rates = [f"{100 * tot_clicks / tot_impr:.2f}%", f"{tot_cost / tot_clicks:.2f}", f"{tot_conv:.2f}"]
    rates += [f"{tot_cost / tot_conv:.2f}", f"{100 * tot_conv / tot_clicks:.2f}%"]
    for label in ("Total: Search terms", "Total: Account"):
        totals.append([label, "", "", "", "", "", "USD", f"{tot_cost:.2f}", f"{tot_impr:,}", f"{tot_clicks:,}", *rates])
    columns = ["Search terms report"] + [f"Unnamed: {i}" for i in range(1, len(_GA_HEADER))]
    head = [["January 1, 2024 - June 30, 2024"] + [""] * (len(_GA_HEADER) - 1), list(_GA_HEADER)]
    return pd.DataFrame(head + records + totals, columns=columns)


def _ga(d: pd.DataFrame) -> pd.DataFrame:
    """The report's rows under its real header, without the title and total rows, numbers parsed."""
    header = [str(x) for x in d.iloc[1]]
    body = d.iloc[2:].copy()
    body.columns = header
    body = body[~_text(body["Search term"]).str.startswith("Total:")]
    for col in ("Cost", "Impr.", "Clicks", "Avg. CPC", "Conversions", "CTR", "Conv. rate"):
        body[col] = _num(body[col])
    return body


def _ga_cpc(d: pd.DataFrame, close: bool, pooled: bool) -> float:
    x = _ga(d)
    m = x["Match type"].astype(str)
    x = x[m.str.startswith("Exact match") if close else m == "Exact match"]
    if pooled:
        return float(x["Cost"].sum() / x["Clicks"].sum())
    return float(x.loc[x["Clicks"] > 0, "Avg. CPC"].mean())


def _ga_camp(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _ga(d)
        if pooled:
            g = x.groupby("Campaign")[["Conversions", "Clicks"]].sum()
            return _top(g["Conversions"] / g["Clicks"])
        return _top(x[x["Clicks"] > 0].groupby("Campaign")["Conv. rate"].mean())

    return value


def _ga_waste(d: pd.DataFrame) -> pd.DataFrame:
    x = _ga(d)
    return x[(x["Cost"] > 50) & (x["Conversions"] == 0)]


_GA_COLS = ("Search terms report",)


def _ga_uses(*names: str) -> tuple[str, ...]:
    """The columns an answer may name: the title-row column, each real header name and the "Unnamed: n" it sits in."""
    out = list(_GA_COLS)
    for n in names:
        out += [n, f"Unnamed: {_GA_HEADER.index(n)}"] if _GA_HEADER.index(n) else [n]
    return tuple(out)


_GOOGLE_QS = [
    Q(
        "how much did we spend in total",
        _money(lambda d: float(_ga(d)["Cost"].sum())),
        _ga_uses("Cost"),
    ),
    Q(
        "which search term cost the most",
        either(
            _lead(_named(lambda d: _top(_ga(d).groupby("Search term")["Cost"].sum()))),
            _lead(_named(lambda d: str(_ga(d).sort_values("Cost", ascending=False)["Search term"].iloc[0]))),
        ),
        _ga_uses("Search term", "Cost"),
    ),
    Q(
        "how many search terms never converted",
        either(
            _count(lambda d: int((_ga(d)["Conversions"] == 0).sum())),
            _count(lambda d: int((_ga(d).groupby("Search term")["Conversions"].sum() == 0).sum())),
        ),
        _ga_uses("Search term", "Conversions"),
    ),
    Q(
        "which of those wasted more than $50",
        either(
            _count(lambda d: len(_ga_waste(d))),
            _named(lambda d: _top(_ga_waste(d).set_index("Search term")["Cost"])),
        ),
        _ga_uses("Search term", "Conversions", "Cost"),
    ),
    Q(
        "avg cost per click on exact match?",
        either(*(_money(lambda d, c=c, p=p: _ga_cpc(d, c, p)) for c in (True, False) for p in (True, False))),
        _ga_uses("Match type", "Avg. CPC", "Cost", "Clicks"),
    ),
    Q(
        "which campaign has the best conversion rate",
        either(_lead(_named(_ga_camp(True))), _lead(_named(_ga_camp(False)))),
        _ga_uses("Campaign", "Conv. rate", "Conversions", "Clicks"),
    ),
]


# --- 5. San Francisco 311 cases ------------------------------------------------------------------------------------

# category: weight, agency, request types, median hours to close
_SF_CATS = {
    "Street and Sidewalk Cleaning": (
        8,
        "DPW Ops Queue",
        ["Bulky Items", "General Cleaning", "Human or Animal Waste"],
        20,
    ),
    "Graffiti": (3, "DPW Ops Queue", ["Graffiti on Building_commercial", "Graffiti on Pole"], 90),
    "Encampments": (2.5, "HSOC Queue", ["Encampment Reports"], 60),
    "Parking Enforcement": (3, "Parking Enforcement Dispatch Queue", ["Blocking_Driveway", "Double_Parking"], 3),
    "Abandoned Vehicle": (1.5, "SFMTA - Abandoned Vehicles Work Queue", ["Abandoned Vehicle - Car4door"], 160),
    "Streetlights": (0.8, "PUC Streetlights Queue", ["Streetlight - Light_Out"], 240),
    "Tree Maintenance": (0.6, "DPW BUF Queue", ["Trees - Damaged_Tree"], 300),
    "Noise Report": (0.7, "Police - Noise Queue", ["Noise - Construction"], 48),
}
# neighborhood: weight, supervisor district, police district, lat, lon
_SF_HOODS = {
    "Mission": (5, 9, "MISSION", 37.7599, -122.4148),
    "Tenderloin": (4.5, 5, "TENDERLOIN", 37.7847, -122.4141),
    "South of Market": (4, 6, "SOUTHERN", 37.7785, -122.4056),
    "Bayview Hunters Point": (2.5, 10, "BAYVIEW", 37.7298, -122.3925),
    "Castro/Upper Market": (1.5, 8, "MISSION", 37.7609, -122.4350),
    "Sunset/Parkside": (1.8, 4, "TARAVAL", 37.7534, -122.4944),
    "Outer Richmond": (1.0, 1, "RICHMOND", 37.7779, -122.4947),
    "Nob Hill": (1.2, 3, "CENTRAL", 37.7930, -122.4161),
    "Potrero Hill": (1.0, 10, "BAYVIEW", 37.7587, -122.3983),
}
_SF_STREETS = ["MISSION ST", "VALENCIA ST", "MARKET ST", "HOWARD ST", "3RD ST", "TARAVAL ST", "GEARY BLVD", "POLK ST"]
_SF_FMT = "%m/%d/%Y %I:%M:%S %p"


def _sf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16605)
    rows = []
    cats = list(_SF_CATS)
    hoods = list(_SF_HOODS)
    end = pd.Timestamp("2024-12-31 18:00")
    start = pd.Timestamp("2023-01-01")
    span = int((end - start).total_seconds())
    opens = np.sort(rng.integers(0, span, 3200))
    for i, s in enumerate(opens):
        opened = start + pd.Timedelta(seconds=int(s))
        cat = _one(rng, cats, [v[0] for v in _SF_CATS.values()])
        _, agency, types, hours = _SF_CATS[cat]
        hood = _one(rng, hoods, [v[0] for v in _SF_HOODS.values()])
        _, district, police, lat, lon = _SF_HOODS[hood]
        took = pd.Timedelta(hours=float(hours * rng.lognormal(0, 1.0)))
        closed = opened + took
        is_open = closed > end
        street = _one(rng, _SF_STREETS)
        source = _one(rng, ["Phone", "Mobile/Open311", "Web", "Integrated Agency", "Twitter"], [3, 5, 1.5, 1, 0.2])
        la, lo = round(lat + float(rng.normal(0, 0.004)), 6), round(lon + float(rng.normal(0, 0.004)), 6)
        status_note = "" if is_open else _one(rng, ["Case Resolved", "Case is a Duplicate", "Nothing found"], [7, 1, 1])
        rows.append(
            {
                "CaseID": 16400000 + 97 * i + int(rng.integers(0, 90)),
                "Opened": opened.strftime(_SF_FMT),
                "Closed": "" if is_open else closed.strftime(_SF_FMT),
                "Updated": (end if is_open else closed).strftime(_SF_FMT),
                "Status": "Open" if is_open else "Closed",
                "Status Notes": status_note,
                "Responsible Agency": agency,
                "Category": cat,
                "Request Type": _one(rng, types),
                "Request Details": _one(rng, ["", "sidewalk", "blocking pathway", "on sidewalk", "other"]),
                "Address": f"{int(rng.integers(1, 30)) * 100 + int(rng.integers(0, 99))} {street}, SAN FRANCISCO, CA",
                "Street": street,
                "Supervisor District": "" if rng.random() < 0.02 else float(district),
                "Neighborhood": hood,
                "Police District": police,
                "Latitude": la,
                "Longitude": lo,
                "Point": f"({la}, {lo})",
                "Source": source,
                "Media URL": ""
                if rng.random() < 0.7
                else f"http://mobile311.sfgov.org/media/san_francisco/report/photo?{i}",
            }
        )
        if opened.month == 8 and opened.year == 2024 and rng.random() < 0.4:
            extra = dict(rows[-1])
            extra["CaseID"] = extra["CaseID"] + 1
            extra["Category"] = "Street and Sidewalk Cleaning"
            extra["Responsible Agency"] = "DPW Ops Queue"
            extra["Request Type"] = "Bulky Items"
            rows.append(extra)
    return pd.DataFrame(rows)


def _sf_hours(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        a = pd.to_datetime(d["Opened"], format=_SF_FMT)
        b = pd.to_datetime(d["Closed"], format=_SF_FMT, errors="coerce")
        h = ((b - a).dt.total_seconds() / 3600).dropna()
        return float(h.mean() if how == "mean" else h.median())

    return value


def _sf_month(d: pd.DataFrame) -> Any:
    m = pd.to_datetime(d["Opened"], format=_SF_FMT).dt.to_period("M")
    return str(_ranked(m.value_counts()).index[0])


_SF_QS = [
    Q(
        "what do people complain about the most",
        _lead(_named(lambda d: _top(d["Category"].value_counts()))),
        ("Category",),
    ),
    Q(
        "how many cases are still open",
        _count(lambda d: int((_text(d["Status"]) == "Open").sum())),
        ("Status", "Closed", "CaseID"),
    ),
    Q(
        "how long does it usually take to close one",
        either(
            *(_about(lambda d, h=h: _sf_hours(h)(d), rel=0.02) for h in ("mean", "median")),
            *(_about(lambda d, h=h: _sf_hours(h)(d) / 24, rel=0.02) for h in ("mean", "median")),
        ),
        ("Opened", "Closed", "Status", "CaseID"),
    ),
    Q(
        "which neighborhood has the most reports",
        _lead(_named(lambda d: _top(d["Neighborhood"].value_counts()))),
        ("Neighborhood", "CaseID"),
    ),
    Q(
        "what percent come in through the app",
        _share(lambda d: float((_text(d["Source"]) == "Mobile/Open311").mean())),
        ("Source",),
    ),
    Q("busiest month?", _month_year(_sf_month), ("Opened", "CaseID")),
]


# --- 6. OECD consumer price indices, monthly, long format -----------------------------------------------------------

# country: code, inflation path anchors (2019, 2020, 2021, 2022 peak, 2023 end, 2024), food / energy extra
_OE_COUNTRIES = {
    "United States": ("USA", [1.8, 1.2, 4.7, 8.6, 3.4, 3.1], 1.0),
    "Germany": ("DEU", [1.4, 0.5, 3.1, 8.8, 3.7, 2.3], 1.4),
    "France": ("FRA", [1.1, 0.5, 1.6, 6.2, 3.7, 2.2], 1.3),
    "Japan": ("JPN", [0.5, 0.0, -0.2, 3.8, 2.8, 2.6], 1.2),
    "United Kingdom": ("GBR", [1.8, 0.9, 2.6, 11.1, 4.0, 2.0], 1.5),
    "Canada": ("CAN", [1.9, 0.7, 3.4, 8.1, 3.4, 2.7], 1.1),
    "Italy": ("ITA", [0.6, -0.1, 1.9, 11.8, 0.6, 0.8], 1.2),
    "Hungary": ("HUN", [3.4, 3.3, 5.1, 24.5, 5.5, 3.7], 1.6),
}
_OE_EXP = {
    "_T": "Total",
    "CP01": "Food and non-alcoholic beverages",
    "CP045_0722": "Energy",
}


def _oe_path(anchors: list[float], rng: np.random.Generator, months: pd.PeriodIndex) -> np.ndarray:
    # anchor points: mid-2019, mid-2020, mid-2021, peak (late 2022), end 2023, mid 2024
    xs = [6, 18, 30, 46, 59, 65]
    t = np.arange(len(months))
    return np.interp(t, xs, anchors) + rng.normal(0, 0.25, len(t))


def _oecd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16606)
    months = pd.period_range("2019-01", "2024-06", freq="M")
    rows = []
    for country, (code, anchors, extra) in _OE_COUNTRIES.items():
        base = _oe_path(anchors, rng, months)
        for exp, exp_name in _OE_EXP.items():
            if exp == "_T":
                gy = base
            elif exp == "CP01":
                gy = base * extra + rng.normal(0.3, 0.4, len(base))
            else:
                gy = base * 2.2 * extra - 1.5 + rng.normal(0, 1.5, len(base))
            index = 100 + 3 * (np.arange(len(base)) / 12) + np.cumsum(gy / 12)
            for transformation, values in (("GY", gy), ("_Z", index)):
                for m, v in zip(months, values, strict=True):
                    blank = rng.random() < 0.006
                    rows.append(
                        {
                            "STRUCTURE": "DATAFLOW",
                            "STRUCTURE_ID": "OECD.SDD.TPS:DSD_PRICES@DF_PRICES_ALL(1.0)",
                            "STRUCTURE_NAME": "Consumer price indices (CPIs, HICPs), COICOP 1999",
                            "ACTION": "I",
                            "REF_AREA": code,
                            "Reference area": country,
                            "FREQ": "M",
                            "Frequency of observation": "Monthly",
                            "METHODOLOGY": "N",
                            "Methodology": "National",
                            "MEASURE": "CPI",
                            "Measure": "Consumer price index",
                            "UNIT_MEASURE": "PA" if transformation == "GY" else "IX",
                            "Unit of measure": "Percent per annum" if transformation == "GY" else "Index, 2015",
                            "EXPENDITURE": exp,
                            "Expenditure": exp_name,
                            "ADJUSTMENT": "N",
                            "Adjustment": "Neither seasonally adjusted nor calendar adjusted",
                            "TRANSFORMATION": transformation,
                            "Transformation": "Growth rate, over 1 year"
                            if transformation == "GY"
                            else "Not applicable",
                            "TIME_PERIOD": str(m),
                            "Time period": "",
                            "OBS_VALUE": "" if blank else round(float(v), 6 if transformation == "GY" else 3),
                            "Observation value": "",
                            "OBS_STATUS": "A",
                            "Observation status": "Normal value",
                            "UNIT_MULT": 0,
                            "Unit multiplier": "Units",
                            "BASE_PER": "" if transformation == "GY" else 2015,
                            "Base period": "",
                            "DECIMALS": 2,
                            "Decimals": "Two",
                        }
                    )
    return pd.DataFrame(rows)


def _oe(d: pd.DataFrame, exp: str = "_T", transformation: str = "GY") -> pd.DataFrame:
    x = d[(d["EXPENDITURE"] == exp) & (d["TRANSFORMATION"] == transformation)].copy()
    x["v"] = _num(x["OBS_VALUE"])
    x["t"] = x["TIME_PERIOD"].astype(str)
    return x


def _oe_at(country: str, month: str, exp: str = "_T") -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _oe(d, exp)
        return float(x.loc[(x["Reference area"] == country) & (x["t"] == month), "v"].iloc[0])

    return value


def _oe_year_mean(country: str, year: str, exp: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _oe(d, exp)
        return float(x.loc[(x["Reference area"] == country) & x["t"].str.startswith(year), "v"].mean())

    return value


def _oe_uk_peak(d: pd.DataFrame) -> str:
    x = _oe(d).query("`Reference area` == 'United Kingdom'").dropna(subset=["v"])
    return str(x.loc[x["v"].idxmax(), "t"])


_OE_ID = ("Reference area", "REF_AREA", "EXPENDITURE", "Expenditure", "TRANSFORMATION", "Transformation")
_OE_T = ("TIME_PERIOD", "OBS_VALUE", "MEASURE", "Measure", "UNIT_MEASURE", "Unit of measure")
_OECD_QS = [
    Q(
        "which country had the worst inflation in 2022",
        either(
            _lead(
                _named(lambda d: _top(_oe(d).query("t.str.startswith('2022')").groupby("Reference area")["v"].mean()))
            ),
            _lead(
                _named(lambda d: _top(_oe(d).query("t.str.startswith('2022')").groupby("Reference area")["v"].max()))
            ),
        ),
        (*_OE_ID, *_OE_T),
    ),
    Q(
        "what was inflation in the us in june 2024",
        _about(_oe_at("United States", "2024-06"), rel=0.01),
        (*_OE_ID, *_OE_T),
    ),
    Q("when did uk inflation peak", _month_year(_oe_uk_peak), (*_OE_ID, *_OE_T)),
    Q(
        "how does food inflation compare with overall inflation in germany during 2023",
        _about(
            lambda d: [_oe_year_mean("Germany", "2023", "CP01")(d), _oe_year_mean("Germany", "2023", "_T")(d)],
            rel=0.02,
        ),
        (*_OE_ID, *_OE_T),
    ),
    Q(
        "which country has had the lowest inflation on average since 2019",
        _lead(_named(lambda d: _top(_oe(d).groupby("Reference area")["v"].mean(), ascending=True))),
        (*_OE_ID, *_OE_T),
    ),
    Q(
        "are there any missing values?",
        _count(lambda d: int(_num(d["OBS_VALUE"]).isna().sum())),
        ("OBS_VALUE", "TIME_PERIOD", "Reference area"),
    ),
]


# --- 7. World Bank access to electricity, long format --------------------------------------------------------------

# country: code, 2000 level, 2022 level (None: already universal)
_WB_COUNTRIES = {
    "Afghanistan": ("AFG", 4.4, 85.3),
    "Angola": ("AGO", 20.0, 48.2),
    "Bangladesh": ("BGD", 32.0, 99.4),
    "Benin": ("BEN", 22.0, 42.0),
    "Bolivia": ("BOL", 69.9, 98.6),
    "Brazil": ("BRA", 94.4, 100.0),
    "Burkina Faso": ("BFA", 8.9, 19.5),
    "Burundi": ("BDI", 3.7, 10.3),
    "Cambodia": ("KHM", 16.6, 92.0),
    "Cameroon": ("CMR", 45.8, 71.0),
    "Chad": ("TCD", 3.0, 11.7),
    "Chile": ("CHL", 98.0, 100.0),
    "Congo, Dem. Rep.": ("COD", 7.5, 21.5),
    "Egypt, Arab Rep.": ("EGY", 97.8, 100.0),
    "Ethiopia": ("ETH", 12.7, 55.0),
    "Ghana": ("GHA", 43.7, 86.3),
    "Guatemala": ("GTM", 74.6, 98.5),
    "Haiti": ("HTI", 34.4, 49.3),
    "India": ("IND", 59.3, 99.5),
    "Indonesia": ("IDN", 86.3, 99.2),
    "Kenya": ("KEN", 15.2, 76.2),
    "Madagascar": ("MDG", 14.0, 36.1),
    "Malawi": ("MWI", 4.8, 14.1),
    "Mali": ("MLI", 10.2, 53.0),
    "Mexico": ("MEX", 97.6, 100.0),
    "Mozambique": ("MOZ", 7.2, 33.2),
    "Myanmar": ("MMR", 35.0, 73.7),
    "Nepal": ("NPL", 27.7, 94.7),
    "Niger": ("NER", 6.4, 19.5),
    "Nigeria": ("NGA", 43.0, 61.2),
    "Pakistan": ("PAK", 74.0, 95.0),
    "Peru": ("PER", 72.0, 96.0),
    "Philippines": ("PHL", 73.0, 97.5),
    "Rwanda": ("RWA", 6.2, 50.6),
    "South Sudan": ("SSD", 1.0, 8.4),
    "Tanzania": ("TZA", 8.5, 46.5),
    "Thailand": ("THA", 82.1, 100.0),
    "Uganda": ("UGA", 8.5, 47.1),
    "Viet Nam": ("VNM", 86.2, 100.0),
    "Zambia": ("ZMB", 16.7, 47.8),
}
_WB_AGGREGATES = {
    "World": ("WLD", 78.4, 91.4),
    "Sub-Saharan Africa": ("SSF", 25.6, 51.5),
    "South Asia": ("SAS", 56.2, 96.2),
    "Low income": ("LIC", 11.9, 41.6),
    "Lower middle income": ("LMC", 60.1, 89.5),
}


def _worldbank_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16607)
    rows = []
    years = range(2000, 2023)
    for name, (code, a, b) in {**_WB_COUNTRIES, **_WB_AGGREGATES}.items():
        aggregate = name in _WB_AGGREGATES
        level = a
        for y in years:
            target = a + (b - a) * (y - 2000) / 22
            level = target if y in (2000, 2022) else float(np.clip(target + rng.normal(0, 1.2), 0, 100))
            missing = not aggregate and y not in (2000, 2010, 2022) and rng.random() < 0.03
            if b == 100.0 and y >= 2018:
                level = 100.0
            rows.append(
                {
                    "Country Name": name,
                    "Country Code": code,
                    "Series Name": "Access to electricity (% of population)",
                    "Series Code": "EG.ELC.ACCS.ZS",
                    "Time": str(y),
                    "Time Code": f"YR{y}",
                    "Value": ".." if missing else (str(int(level)) if level == 100.0 else f"{level:.9g}"),
                }
            )
    blank = dict.fromkeys(rows[0], "")
    foot1 = blank | {"Country Name": "Data from database: World Development Indicators"}
    foot2 = blank | {"Country Name": "Last Updated: 06/28/2024"}
    return pd.DataFrame([*rows, blank, blank, foot1, foot2])


def _wb(d: pd.DataFrame, countries_only: bool = True) -> pd.DataFrame:
    x = d[d["Series Code"].astype("string").fillna("") == "EG.ELC.ACCS.ZS"].copy()
    x["v"] = _num(x["Value"].replace("..", ""))
    x["y"] = pd.to_numeric(x["Time"], errors="coerce")
    if countries_only:
        x = x[~x["Country Name"].isin(list(_WB_AGGREGATES))]
    return x


def _wb_change(d: pd.DataFrame) -> pd.Series:
    x = _wb(d)
    wide = x.pivot_table(index="Country Name", columns="y", values="v")
    return (wide[2022] - wide[2000]).dropna()


def _wb_kenya(d: pd.DataFrame) -> tuple[float, float]:
    x = _wb(d)
    k = x[x["Country Name"] == "Kenya"].set_index("y")["v"]
    return float(k[2000]), float(k[2022])


_WB_ID = ("Country Name", "Country Code", "Time", "Time Code", "Value", "Series Name", "Series Code")
_WORLDBANK_QS = [
    Q(
        "which country had the lowest access to electricity in 2022",
        _lead(_named(lambda d: _top(_wb(d).query("y == 2022").set_index("Country Name")["v"], ascending=True))),
        _WB_ID,
    ),
    Q(
        "how many countries had everyone connected by 2022",
        _count(lambda d: int((_wb(d).query("y == 2022")["v"] >= 100).sum())),
        _WB_ID,
    ),
    Q(
        "how much did kenya improve from 2000 to 2022",
        either(
            _about(lambda d: _wb_kenya(d)[1] - _wb_kenya(d)[0], rel=0.01),
            _pct(lambda d: _wb_kenya(d)[1] / _wb_kenya(d)[0] - 1),
        ),
        _WB_ID,
    ),
    Q(
        "what was it for the world as a whole in 2010",
        either(
            _about(lambda d: float(_wb(d, False).query("`Country Name` == 'World' and y == 2010")["v"].iloc[0])),
            _about(lambda d: float(_wb(d).query("y == 2010")["v"].mean())),
        ),
        _WB_ID,
    ),
    Q(
        "which country made the biggest gains since 2000",
        _lead(_named(lambda d: _top(_wb_change(d)))),
        _WB_ID,
    ),
    Q(
        "how many values are missing",
        _count(lambda d: int((d["Value"].astype("string").fillna("") == "..").sum())),
        _WB_ID,
    ),
]


HELDOUT166: list[Dataset] = [
    Dataset("harvest_invoices_export", _harvest_frame, _HARVEST_QS),
    Dataset("jotform_workshop_submissions", _jotform_frame, _JOTFORM_QS),
    Dataset("wave_invoices_export", _wave_frame, _WAVE_QS),
    Dataset("google_ads_search_terms_report", _google_ads_frame, _GOOGLE_QS),
    Dataset("sf_311_cases", _sf_frame, _SF_QS),
    Dataset("oecd_cpi_monthly_long", _oecd_frame, _OECD_QS),
    Dataset("worldbank_electricity_access_long", _worldbank_frame, _WORLDBANK_QS),
]
