"""HELDOUT157: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Paddle (Billing) transactions export
(2023-2024) with id ("txn_01h..."), status (completed, billed, past_due, canceled), customer_id ("ctm_01h..."),
customer_email, origin (web, subscription_recurring, api), subscription_id (blank for one-off web sales),
currency_code (USD, EUR, GBP), created_at and billed_at as "2024-03-15T12:34:56.123456Z" (billed_at blank when not
billed), product_name ("Starter", "Pro", "Team"), price_name ("Monthly", "Annual"), collection_mode (automatic /
manual), country_code (ISO2), subtotal, discount, tax, total, grand_total, fee and earnings in currency units (fee and
earnings blank unless completed); a Lattice performance review results export in long form, one row per reviewer,
reviewee and question over three cycles ("H1 2023 Performance Review" ... "H1 2024 Performance Review"), with "Review
cycle", "Reviewee name", "Reviewee email", "Reviewee department", "Reviewee manager", "Reviewer name", "Review type"
(Self, Manager, Peer), Question (three rated questions and a text one), Score (1-5, blank for the text question and
unsubmitted reviews), "Score label" ("Exceeds expectations" ...), Response, "Submitted at" as "2024-01-15 14:33:00"
(blank when unsubmitted) and Status (Submitted / Not submitted); a GitHub billing usage report (January to May 2024)
with Date ("2024-03-01"), Product (Actions, Shared Storage), SKU ("Compute - UBUNTU", "Compute - WINDOWS",
"Compute - MACOS", "Shared Storage"), Quantity, "Unit Type" (minute / gb), "Price Per Unit ($)" (0.008 / 0.016 / 0.08
per minute, 0.008 per GB), Multiplier (1.0 / 2.0 / 10.0), Owner, "Repository Slug" ("acme-co/web-app"), "Actions
Workflow" (".github/workflows/ci.yml", blank for storage) and Notes; a Trading 212 history export (2022-2024) with
Action ("Market buy", "Limit buy", "Market sell", "Dividend (Ordinary)", Deposit, Withdrawal, "Interest on cash"),
Time as "2023-05-12 14:32:10", ISIN, Ticker, Name, "No. of shares", "Price / share", "Currency (Price / share)" (USD /
GBX / EUR), "Exchange rate", Result (on sells), "Currency (Result)", Total (in GBP), "Currency (Total)", "Withholding
tax", "Currency (Withholding tax)", "Currency conversion fee", "Currency (Currency conversion fee)", Notes and ID,
blanks where a field does not apply; the FDIC failed bank list (2000-2024) with the real file's headers ending in a
non-breaking space ("Bank Name\\xa0", "City\\xa0", "State\\xa0", "Cert\\xa0", "Acquiring Institution\\xa0", "Closing
Date\\xa0") and Fund, "Closing Date" as "3-Nov-23", "No Acquirer" for banks nobody bought, most failures in 2009-2011;
Dallas police incidents (2023-01 to 2024-06) with "Incident Number w/year" ("012345-2023", repeated when an incident
has several offenses or victims), "Service Number ID", "Year of Incident", Watch, "Call (911) Problem", "Type of
Incident", "Type  Location" (two spaces), "Incident Address", Beat, Division (upper case), Sector, "Council District"
("D7"), "Date1 of Occurrence" as "2023-05-12T00:00:00.000", "Year1 of Occurrence", "Month1 of Occurence" (the file's
spelling), "Day1 of the Week" ("Fri"), "Time1 of Occurrence" ("13:45"), "Victim Type", "Victim Race", "Victim Gender",
"Victim Age" (blank for businesses and some people), "Offense Status" ("Suspended", "Clearance by Arrest", "Open",
"Clearance by Exception"), "NIBRS Crime", "NIBRS Crime Category", "NIBRS Crime Against", "Zip Code" and City; and OECD
harmonised unemployment rates, monthly, long form (2019-01 to 2023-12) with LOCATION (ISO3 plus the EA19 and OECD
aggregates), INDICATOR (HUR), SUBJECT (TOT, MEN, WOMEN), MEASURE (PC_LF), FREQUENCY (M), TIME ("2020-04"), Value and
"Flag Codes" (mostly blank, "B" for breaks), a few country-months missing. All are generated with fixed seeds
15701-15707.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text, _year
from .heldout153 import _money, _top
from .offline_eval import Check, Dataset, Q, corr_of, either, has
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_B32 = list("0123456789abcdefghjkmnpqrstvwxyz")


def _uid(rng: np.random.Generator, prefix: str) -> str:
    return prefix + "_01h" + "".join(_one(rng, _B32) for _ in range(23))


# --- 1. Paddle transactions export ---------------------------------------------------------------------------------

# product: (monthly USD price, annual USD price, weight)
_PD_PRODUCTS = {"Starter": (9.0, 90.0, 3), "Pro": (29.0, 290.0, 5), "Team": (79.0, 790.0, 1.5)}
_PD_CUR = {"USD": (1.0, 70), "EUR": (0.92, 18), "GBP": (0.79, 12)}
_PD_COUNTRY = {
    "USD": {"US": (0.0, 60), "CA": (0.13, 8)},
    "EUR": {"DE": (0.19, 9), "FR": (0.20, 5), "NL": (0.21, 3)},
    "GBP": {"GB": (0.20, 12)},
}
_PD_STATUS = {"completed": 88, "past_due": 5, "billed": 3, "canceled": 4}


def _paddle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15701)
    rows = []
    customers = [(_uid(rng, "ctm"), f"user{i}@example{i % 37}.com") for i in range(900)]
    start = pd.Timestamp("2023-01-01")
    for _ in range(2100):
        cust, email = customers[int(rng.integers(len(customers)))]
        product = _one(rng, list(_PD_PRODUCTS), [v[2] for v in _PD_PRODUCTS.values()])
        annual = rng.random() < 0.22
        cur = _one(rng, list(_PD_CUR), [v[1] for v in _PD_CUR.values()])
        countries = _PD_COUNTRY[cur]
        country = _one(rng, list(countries), [v[1] for v in countries.values()])
        rate = countries[country][0]
        when = start + pd.Timedelta(seconds=int(rng.integers(0, 730 * 86400)))
        if rng.random() < 0.3:  # growth: 2024 sells more
            when = start + pd.Timedelta(seconds=int(rng.integers(365 * 86400, 730 * 86400)))
        price = _PD_PRODUCTS[product][1 if annual else 0]
        subtotal = round(price * _PD_CUR[cur][0], 2)
        discount = round(subtotal * 0.2, 2) if rng.random() < 0.1 else 0.0
        tax = round((subtotal - discount) * rate, 2)
        total = round(subtotal - discount + tax, 2)
        status = _one(rng, list(_PD_STATUS), list(_PD_STATUS.values()))
        origin = _one(rng, ["subscription_recurring", "web", "api"], [6, 3, 0.4])
        fee = round(total * 0.05 + 0.5 * _PD_CUR[cur][0], 2) if status == "completed" else np.nan
        stamp = f"{when:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 10**6)):06d}Z"
        rows.append(
            {
                "id": _uid(rng, "txn"),
                "status": status,
                "customer_id": cust,
                "customer_email": email,
                "origin": origin,
                "subscription_id": "" if origin == "web" else _uid(rng, "sub"),
                "currency_code": cur,
                "created_at": stamp,
                "billed_at": "" if status == "canceled" else stamp,
                "product_name": product,
                "price_name": "Annual" if annual else "Monthly",
                "collection_mode": "manual" if origin == "api" else "automatic",
                "country_code": country,
                "subtotal": subtotal,
                "discount": discount,
                "tax": tax,
                "total": total,
                "grand_total": total,
                "fee": fee,
                "earnings": round(total - tax - fee, 2) if status == "completed" else np.nan,
            }
        )
    return pd.DataFrame(rows).sort_values("created_at", ignore_index=True)


def _pd_done(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["status"]) == "completed"]


def _pd_usd(col: str, live: bool = False) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[_text(d["status"]) != "canceled"] if live else _pd_done(d)
        x = x[_text(x["currency_code"]) == "USD"]
        return float(x["total"].sum() - x["tax"].sum()) if col == "net" else float(x[col].sum())

    return value


_PD_ID = ("id", "status", "created_at", "customer_id")
_PADDLE_QS = [
    Q(
        "how many transactions actually went through",
        _count(lambda d: len(_pd_done(d))),
        (*_PD_ID,),
    ),
    Q(
        "how much did we make in dollars",
        either(
            _money(_pd_usd("grand_total")),
            _money(_pd_usd("net")),
            _money(_pd_usd("earnings")),
            _money(_pd_usd("grand_total", live=True)),
        ),
        (*_PD_ID, "currency_code", "total", "grand_total", "subtotal", "tax", "discount", "earnings", "fee"),
    ),
    Q(
        "what percent got canceled",
        _share(lambda d: float((_text(d["status"]) == "canceled").mean())),
        (*_PD_ID,),
    ),
    Q(
        "which plan sells best",
        either(
            _lead(_named(lambda d: _top(_pd_done(d).groupby("product_name").size()))),
            _lead(_named(lambda d: _top(d.groupby("product_name").size()))),
        ),
        (*_PD_ID, "product_name", "price_name"),
    ),
    Q(
        "where are most of our customers",
        either(
            _lead(_named(lambda d: _top(d.groupby("country_code")["customer_id"].nunique()))),
            _lead(_named(lambda d: _top(d.groupby("country_code").size()))),
        ),
        (*_PD_ID, "country_code", "customer_email"),
    ),
    Q(
        "how big a cut does paddle take, as a percent",
        either(
            _share(lambda d: float(_pd_done(d)["fee"].sum() / _pd_done(d)["grand_total"].sum())),
            _share(lambda d: float((_pd_done(d)["fee"] / _pd_done(d)["grand_total"]).mean())),
        ),
        (*_PD_ID, "fee", "grand_total", "total", "earnings", "currency_code"),
    ),
]


# --- 2. Lattice performance review results -------------------------------------------------------------------------

_LT_CYCLES = ["H1 2023 Performance Review", "H2 2023 Performance Review", "H1 2024 Performance Review"]
_LT_DEPTS = {"Engineering": 0.25, "Sales": -0.15, "Marketing": 0.0, "Customer Success": 0.1, "Finance": -0.05}
_LT_QUESTIONS = [
    "Delivers high-quality work",
    "Collaborates effectively with others",
    "Demonstrates our values",
    "What should this person keep doing?",
]
_LT_LABELS = {
    1: "Does not meet expectations",
    2: "Partially meets expectations",
    3: "Meets expectations",
    4: "Exceeds expectations",
    5: "Greatly exceeds expectations",
}
_LT_FIRST = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena", "Mo", "Nia"]
_LT_LAST = ["Park", "Silva", "Nguyen", "Okafor", "Smith", "Rossi", "Kim", "Haddad", "Lopez", "Berg"]


def _lattice_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15702)
    names = sorted({f"{f} {s}" for f in _LT_FIRST for s in _LT_LAST})
    staff = [names[int(i)] for i in rng.choice(len(names), 90, replace=False)]
    managers = {dept: staff[i] for i, dept in enumerate(_LT_DEPTS)}
    dept_of = {p: list(_LT_DEPTS)[i % len(_LT_DEPTS)] for i, p in enumerate(staff)}
    skill = {p: float(rng.normal(3.3, 0.5)) for p in staff}
    rows = []
    for ci, cycle in enumerate(_LT_CYCLES):
        base = pd.Timestamp(["2023-07-10", "2024-01-08", "2024-07-08"][ci])
        for p in staff[: 70 + 10 * ci]:
            dept = dept_of[p]
            mgr = managers[dept] if managers[dept] != p else "Chief Executive"
            peers = [q for q in staff if dept_of[q] == dept and q != p]
            reviews = [("Self", p), ("Manager", mgr), ("Peer", peers[int(rng.integers(len(peers)))])]
            for kind, reviewer in reviews:
                done = rng.random() > (0.12 if ci == 2 else 0.04)
                when = base + pd.Timedelta(minutes=int(rng.integers(0, 20 * 24 * 60)))
                bias = {"Self": 0.45, "Manager": 0.0, "Peer": 0.15}[kind]
                for q in _LT_QUESTIONS:
                    rated = not q.endswith("?")
                    score: Any = ""
                    if done and rated:
                        score = int(np.clip(round(skill[p] + _LT_DEPTS[dept] + bias + rng.normal(0, 0.6)), 1, 5))
                    rows.append(
                        {
                            "Review cycle": cycle,
                            "Reviewee name": p,
                            "Reviewee email": p.lower().replace(" ", ".") + "@acme.io",
                            "Reviewee department": dept,
                            "Reviewee manager": mgr,
                            "Reviewer name": reviewer,
                            "Review type": kind,
                            "Question": q,
                            "Score": score,
                            "Score label": _LT_LABELS[score] if score != "" else "",
                            "Response": "Keeps the team moving." if done and not rated else "",
                            "Submitted at": when.strftime("%Y-%m-%d %H:%M:%S") if done else "",
                            "Status": "Submitted" if done else "Not submitted",
                        }
                    )
    return pd.DataFrame(rows)


def _lt_scores(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_score"] = pd.to_numeric(out["Score"], errors="coerce")
    return out[out["_score"].notna()]


def _lt_open(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Status"]) == "Not submitted"]


_LT_KEY = ["Review cycle", "Reviewee name", "Reviewer name", "Review type"]
_LT_ID = ("Review cycle", "Reviewee name", "Reviewer name", "Review type")
_LATTICE_QS = [
    Q(
        "how many people were reviewed in the latest cycle",
        _count(lambda d: int(d.loc[d["Review cycle"] == _LT_CYCLES[-1], "Reviewee name"].nunique())),
        (*_LT_ID, "Reviewee email"),
    ),
    Q(
        "what's the average rating managers give",
        either(
            has(lambda d: float(_lt_scores(d).loc[lambda x: x["Review type"] == "Manager", "_score"].mean())),
            has(
                lambda d: float(
                    _lt_scores(d)
                    .loc[lambda x: (x["Review type"] == "Manager") & (x["Review cycle"] == _LT_CYCLES[-1]), "_score"]
                    .mean()
                )
            ),
        ),
        (*_LT_ID, "Score", "Question"),
    ),
    Q(
        "which team scores best",
        either(
            _lead(_named(lambda d: _top(_lt_scores(d).groupby("Reviewee department")["_score"].mean()))),
            _lead(
                _named(
                    lambda d: _top(
                        _lt_scores(d)
                        .loc[lambda x: x["Review type"] == "Manager"]
                        .groupby("Reviewee department")["_score"]
                        .mean()
                    )
                )
            ),
        ),
        (*_LT_ID, "Reviewee department", "Score"),
    ),
    Q(
        "do people rate themselves higher than their managers do?",
        has(
            lambda d: float(_lt_scores(d).loc[lambda x: x["Review type"] == "Self", "_score"].mean()),
            lambda d: float(_lt_scores(d).loc[lambda x: x["Review type"] == "Manager", "_score"].mean()),
            rel=0.01,
        ),
        (*_LT_ID, "Score"),
    ),
    Q(
        "how many reviews haven't been submitted yet",
        either(
            _count(lambda d: len(_lt_open(d).drop_duplicates(_LT_KEY))),
            _count(lambda d: len(_lt_open(d))),
        ),
        (*_LT_ID, "Status", "Submitted at"),
    ),
    Q(
        "who has the most of those outstanding",
        either(
            _lead(_named(lambda d: _top(_lt_open(d).drop_duplicates(_LT_KEY).groupby("Reviewer name").size()))),
            _lead(_named(lambda d: _top(_lt_open(d).groupby("Reviewer name").size()))),
        ),
        (*_LT_ID, "Status", "Submitted at"),
    ),
]


# --- 3. GitHub billing usage report --------------------------------------------------------------------------------

# repo: (daily linux minutes, windows share, macos share, storage GB)
_GH_REPOS = {
    "acme-co/web-app": (260.0, 0.0, 0.0, 3.5),
    "acme-co/ios-app": (40.0, 0.0, 1.0, 6.0),
    "acme-co/desktop-client": (90.0, 0.8, 0.15, 2.2),
    "acme-co/api": (180.0, 0.0, 0.0, 1.4),
    "acme-co/infra": (30.0, 0.0, 0.0, 0.3),
}
_GH_SKU = {
    "Compute - UBUNTU": (0.008, 1.0),
    "Compute - WINDOWS": (0.016, 2.0),
    "Compute - MACOS": (0.08, 10.0),
}
_GH_FLOWS = [".github/workflows/ci.yml", ".github/workflows/release.yml", ".github/workflows/nightly.yml"]


def _github_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15703)
    rows = []
    for day in pd.date_range("2024-01-01", "2024-05-31", freq="D"):
        weekend = day.dayofweek >= 5
        push = 1.5 if day.month == 4 else 1.0
        for repo, (lin, win, mac, gb) in _GH_REPOS.items():
            for sku, share_ in (("Compute - UBUNTU", 1.0), ("Compute - WINDOWS", win), ("Compute - MACOS", mac)):
                if share_ == 0:
                    continue
                for flow in _GH_FLOWS:
                    mean = lin * share_ * push * (0.25 if weekend else 1.0) * (0.7 if flow.endswith("ci.yml") else 0.15)
                    qty = int(rng.poisson(mean))
                    if qty == 0:
                        continue
                    price, mult = _GH_SKU[sku]
                    rows.append(
                        {
                            "Date": day.strftime("%Y-%m-%d"),
                            "Product": "Actions",
                            "SKU": sku,
                            "Quantity": qty,
                            "Unit Type": "minute",
                            "Price Per Unit ($)": price,
                            "Multiplier": mult,
                            "Owner": "acme-co",
                            "Repository Slug": repo,
                            "Actions Workflow": flow,
                            "Notes": "",
                        }
                    )
            growth = 1 + (day - pd.Timestamp("2024-01-01")).days / 250
            rows.append(
                {
                    "Date": day.strftime("%Y-%m-%d"),
                    "Product": "Shared Storage",
                    "SKU": "Shared Storage",
                    "Quantity": round(gb * growth * float(rng.uniform(0.95, 1.05)), 4),
                    "Unit Type": "gb",
                    "Price Per Unit ($)": 0.008,
                    "Multiplier": 1.0,
                    "Owner": "acme-co",
                    "Repository Slug": repo,
                    "Actions Workflow": "",
                    "Notes": "",
                }
            )
    return pd.DataFrame(rows)


def _gh_act(d: pd.DataFrame) -> pd.DataFrame:
    out = d[_text(d["Product"]) == "Actions"].copy()
    out["_billed"] = out["Quantity"] * out["Multiplier"]
    out["_cost"] = out["Quantity"] * out["Price Per Unit ($)"]
    out["_month"] = pd.to_datetime(out["Date"], format="%Y-%m-%d").dt.to_period("M").dt.to_timestamp()
    return out


def _gh_sku(d: pd.DataFrame, sku: str) -> pd.DataFrame:
    x = _gh_act(d)
    return x[x["SKU"] == sku]


_GH_ID = ("Date", "Product", "SKU", "Unit Type")
_GITHUB_QS = [
    Q(
        "how many actions minutes did we use in total",
        either(
            has(lambda d: float(_gh_act(d)["Quantity"].sum())),
            has(lambda d: float(_gh_act(d)["_billed"].sum())),
        ),
        (*_GH_ID, "Quantity", "Multiplier"),
    ),
    Q(
        "which repo burns the most minutes",
        either(
            _lead(_named(lambda d: _top(_gh_act(d).groupby("Repository Slug")["Quantity"].sum()))),
            _lead(_named(lambda d: _top(_gh_act(d).groupby("Repository Slug")["_billed"].sum()))),
        ),
        (*_GH_ID, "Repository Slug", "Quantity", "Multiplier"),
    ),
    Q(
        "how much did the mac runners cost us",
        either(
            _money(lambda d: float(_gh_sku(d, "Compute - MACOS")["_cost"].sum())),
            _money(lambda d: float((_gh_sku(d, "Compute - MACOS")["_cost"] * 10).sum())),
        ),
        (*_GH_ID, "Quantity", "Price Per Unit ($)", "Multiplier"),
    ),
    Q(
        "linux vs windows minutes?",
        either(
            has(
                lambda d: float(_gh_sku(d, "Compute - UBUNTU")["Quantity"].sum()),
                lambda d: float(_gh_sku(d, "Compute - WINDOWS")["Quantity"].sum()),
            ),
            has(
                lambda d: float(_gh_sku(d, "Compute - UBUNTU")["_billed"].sum()),
                lambda d: float(_gh_sku(d, "Compute - WINDOWS")["_billed"].sum()),
            ),
        ),
        (*_GH_ID, "Quantity", "Multiplier"),
    ),
    Q(
        "which month had the most usage",
        either(
            _month_year(lambda d: _top(_gh_act(d).groupby("_month")["Quantity"].sum())),
            _month_year(lambda d: _top(_gh_act(d).groupby("_month")["_billed"].sum())),
        ),
        (*_GH_ID, "Quantity", "Multiplier"),
    ),
    Q(
        "what did storage cost in total",
        _money(
            lambda d: float(
                d.loc[_text(d["Product"]) == "Shared Storage", "Quantity"]
                .mul(d.loc[_text(d["Product"]) == "Shared Storage", "Price Per Unit ($)"])
                .sum()
            )
        ),
        (*_GH_ID, "Quantity", "Price Per Unit ($)", "Repository Slug"),
    ),
]


# --- 4. Trading 212 history export ---------------------------------------------------------------------------------

# ticker: (ISIN, name, price, currency, yearly dividend per share in GBP or 0, weight)
_TR_STOCKS = {
    "AAPL": ("US0378331005", "Apple", 170.0, "USD", 0.75, 5),
    "MSFT": ("US5949181045", "Microsoft", 330.0, "USD", 2.3, 4),
    "VUSA": ("IE00B3XXRP09", "Vanguard S&P 500 (Dist)", 6800.0, "GBX", 1.05, 7),
    "TSLA": ("US88160R1014", "Tesla", 220.0, "USD", 0.0, 3),
    "ULVR": ("GB00B10RZP78", "Unilever", 4000.0, "GBX", 1.45, 2),
    "ASML": ("NL0010273215", "ASML Holding", 620.0, "EUR", 4.8, 1.5),
}
_TR_FX = {"USD": 1.25, "GBX": 100.0, "EUR": 1.16}
_TR_FMT = "%Y-%m-%d %H:%M:%S"


def _trading_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15704)
    rows = []
    start = pd.Timestamp("2022-01-03")
    held = dict.fromkeys(_TR_STOCKS, 0.0)
    cols = [
        "Action",
        "Time",
        "ISIN",
        "Ticker",
        "Name",
        "No. of shares",
        "Price / share",
        "Currency (Price / share)",
        "Exchange rate",
        "Result",
        "Currency (Result)",
        "Total",
        "Currency (Total)",
        "Withholding tax",
        "Currency (Withholding tax)",
        "Currency conversion fee",
        "Currency (Currency conversion fee)",
        "Notes",
        "ID",
    ]
    for _ in range(900):
        when = start + pd.Timedelta(seconds=int(rng.integers(0, 1090 * 86400)))
        kind = _one(rng, ["buy", "sell", "div", "Deposit", "Withdrawal", "Interest on cash"], [10, 2.5, 2.5, 3, 0.4, 1])
        row: dict[str, Any] = dict.fromkeys(cols, "")
        row["Time"] = when.strftime(_TR_FMT)
        row["ID"] = f"EOF{int(rng.integers(10**9, 10**10))}"
        if kind in ("Deposit", "Withdrawal", "Interest on cash"):
            amt = (
                round(float(rng.choice([100, 250, 500, 1000])), 2)
                if kind == "Deposit"
                else round(float(rng.uniform(50, 800)), 2)
                if kind == "Withdrawal"
                else round(float(rng.uniform(0.2, 6)), 2)
            )
            row |= {"Action": kind, "Total": amt, "Currency (Total)": "GBP"}
            if kind == "Deposit":
                row["Notes"] = "Bank Transfer"
            rows.append(row)
            continue
        t = _one(rng, list(_TR_STOCKS), [v[5] for v in _TR_STOCKS.values()])
        isin, name, price0, cur, div, _w = _TR_STOCKS[t]
        fx = round(_TR_FX[cur] * float(rng.uniform(0.95, 1.05)), 5) if cur != "GBX" else 100.0
        price = round(price0 * (1 + 0.25 * (when - start).days / 1090) * float(rng.lognormal(0, 0.08)), 2)
        row |= {"ISIN": isin, "Ticker": t, "Name": name, "Currency (Total)": "GBP"}
        if kind == "div":
            if div == 0 or held[t] == 0:
                continue
            gross = round(held[t] * div / 4, 2)
            tax = round(gross * 0.15, 2) if cur == "USD" else 0.0
            row |= {
                "Action": "Dividend (Ordinary)",
                "No. of shares": round(held[t], 7),
                "Price / share": round(div / 4 * (_TR_FX[cur] if cur != "GBX" else 1), 4),
                "Currency (Price / share)": cur,
                "Exchange rate": fx,
                "Total": round(gross - tax, 2),
                "Withholding tax": tax if cur == "USD" else "",
                "Currency (Withholding tax)": "USD" if cur == "USD" else "",
            }
            rows.append(row)
            continue
        value_gbp = float(rng.uniform(50, 900))
        shares = round(value_gbp * fx / price, 7)
        fee = round(value_gbp * 0.0015, 2) if cur != "GBX" else 0.0
        if kind == "sell":
            if held[t] < 0.01:
                continue
            shares = round(min(shares, held[t]), 7)
            held[t] -= shares
            value_gbp = shares * price / fx
            fee = round(value_gbp * 0.0015, 2) if cur != "GBX" else 0.0
            result = round(value_gbp * float(rng.normal(0.08, 0.15)), 2)
            row |= {"Action": "Market sell", "Result": result, "Currency (Result)": "GBP"}
            total = round(value_gbp - fee, 2)
        else:
            held[t] += shares
            row["Action"] = _one(rng, ["Market buy", "Limit buy"], [4, 1])
            total = round(value_gbp + fee, 2)
        row |= {
            "No. of shares": shares,
            "Price / share": price,
            "Currency (Price / share)": cur,
            "Exchange rate": fx,
            "Total": total,
            "Currency conversion fee": fee if fee else "",
            "Currency (Currency conversion fee)": "GBP" if fee else "",
        }
        rows.append(row)
    return pd.DataFrame(rows, columns=cols).sort_values("Time", ignore_index=True)


def _tr(d: pd.DataFrame, *actions: str) -> pd.DataFrame:
    return d[_text(d["Action"]).isin(actions)]


def _tr_buys(d: pd.DataFrame) -> pd.DataFrame:
    x = _tr(d, "Market buy", "Limit buy").copy()
    x["_month"] = pd.to_datetime(x["Time"], format=_TR_FMT).dt.to_period("M").dt.to_timestamp()
    return x


_TR_ID = ("Action", "Time", "ID")
_TRADING_QS = [
    Q(
        "how much have i put in overall",
        either(
            _money(lambda d: float(_tr(d, "Deposit")["Total"].sum())),
            _money(lambda d: float(_tr(d, "Deposit")["Total"].sum() - _tr(d, "Withdrawal")["Total"].sum())),
        ),
        (*_TR_ID, "Total", "Currency (Total)"),
    ),
    Q(
        "how much have i earned in dividends",
        _money(lambda d: float(_tr(d, "Dividend (Ordinary)")["Total"].sum())),
        (*_TR_ID, "Total", "Currency (Total)", "Withholding tax", "Ticker", "Name"),
    ),
    Q(
        "which stock do i buy the most",
        either(
            _lead(_named(lambda d: _top(_tr_buys(d).groupby("Ticker").size()))),
            _lead(_named(lambda d: _top(_tr_buys(d).groupby("Name").size()))),
            _lead(_named(lambda d: _top(_tr_buys(d).groupby("Ticker")["Total"].sum()))),
            _lead(_named(lambda d: _top(_tr_buys(d).groupby("Name")["Total"].sum()))),
        ),
        (*_TR_ID, "Ticker", "Name", "ISIN", "Total", "No. of shares"),
    ),
    Q(
        "what's my total profit from selling",
        _money(lambda d: float(pd.to_numeric(_tr(d, "Market sell")["Result"], errors="coerce").sum())),
        (*_TR_ID, "Result", "Currency (Result)"),
    ),
    Q(
        "how much have the fx fees cost me",
        _money(lambda d: float(pd.to_numeric(d["Currency conversion fee"], errors="coerce").sum())),
        (*_TR_ID, "Currency conversion fee", "Currency (Currency conversion fee)"),
    ),
    Q(
        "which month did i invest the most",
        _month_year(lambda d: _top(_tr_buys(d).groupby("_month")["Total"].sum())),
        (*_TR_ID, "Total"),
    ),
]


# --- 5. FDIC failed bank list --------------------------------------------------------------------------------------

_NB = "\xa0"
_FD_COLS = [f"Bank Name{_NB}", f"City{_NB}", f"State{_NB}", f"Cert{_NB}", f"Acquiring Institution{_NB}"]
_FD_DATE = f"Closing Date{_NB}"
# year: failures
_FD_YEARS = {2000: 2, 2001: 4, 2002: 11, 2003: 3, 2004: 4, 2007: 3, 2008: 25, 2009: 140, 2010: 157, 2011: 92}
_FD_YEARS |= {2012: 51, 2013: 24, 2014: 18, 2015: 8, 2016: 5, 2017: 8, 2019: 4, 2020: 4, 2023: 5, 2024: 2}
_FD_STATES = {"GA": 9, "FL": 7.5, "IL": 7, "CA": 6.5, "MN": 3, "WA": 3, "MO": 2.5, "MI": 2.5, "TX": 1.8, "KS": 1.6}
_FD_STATES |= {"AZ": 1.5, "NV": 1.4, "WI": 1.2, "OK": 0.9, "NY": 0.9, "PA": 0.8, "NJ": 0.8, "OR": 0.7, "CO": 1.1}
_FD_CITIES = ["Atlanta", "Springfield", "Columbus", "Riverside", "Lakewood", "Fairview", "Franklin", "Clinton"]
_FD_BUYERS = ["State Bank and Trust Company", "First-Citizens Bank & Trust Company", "U.S. Bank N.A.", "CenterState"]
_FD_BUYERS += ["Ameris Bank", "Bank of the Ozarks", "MidFirst Bank", "The Bancorp Bank", "Heartland Bank"]


def _fdic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15705)
    rows = []
    words_ = ["First", "Community", "Peoples", "Heritage", "Pinnacle", "Security", "Citizens", "Home", "Valley"]
    for year, n in _FD_YEARS.items():
        for _ in range(n):
            state = _one(rng, list(_FD_STATES), list(_FD_STATES.values()))
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            no_buyer = rng.random() < (0.25 if year <= 2008 else 0.08 if year <= 2014 else 0.2)
            name = f"{_one(rng, words_)} {_one(rng, ['National Bank', 'Bank', 'State Bank', 'Savings Bank'])}"
            rows.append(
                {
                    _FD_COLS[0]: name if rng.random() < 0.7 else f"{name} of {_one(rng, _FD_CITIES)}",
                    _FD_COLS[1]: _one(rng, _FD_CITIES),
                    _FD_COLS[2]: state,
                    _FD_COLS[3]: int(rng.integers(1000, 59000)),
                    _FD_COLS[4]: "No Acquirer" if no_buyer else _one(rng, _FD_BUYERS),
                    _FD_DATE: f"{day.day}-{day:%b-%y}",
                    "Fund": 10000 + len(rows),
                }
            )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame[_FD_DATE], format="%d-%b-%y").sort_values(ascending=False, kind="stable").index
    return frame.loc[order].reset_index(drop=True)


def _fd_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d[_FD_DATE], format="%d-%b-%y")


_FD_ID = (_FD_COLS[0], _FD_COLS[3], _FD_DATE, "Fund")
_FDIC_QS = [
    Q(
        "how many banks have failed",
        _count(lambda d: len(d)),
        _FD_ID,
    ),
    Q(
        "which year had the most failures",
        _lead(_year(lambda d: int(_top(_fd_when(d).dt.year.value_counts())))),
        _FD_ID,
    ),
    Q(
        "how many that year",
        _count(lambda d: int(_fd_when(d).dt.year.value_counts().max())),
        _FD_ID,
    ),
    Q(
        "which state lost the most banks",
        _lead(_named(lambda d: _top(_text(d[_FD_COLS[2]]).value_counts()))),
        (*_FD_ID, _FD_COLS[2]),
    ),
    Q(
        "how many of them had no one take them over",
        _count(lambda d: int((_text(d[_FD_COLS[4]]) == "No Acquirer").sum())),
        (*_FD_ID, _FD_COLS[4]),
    ),
    Q(
        "how many failures since 2015",
        _count(lambda d: int((_fd_when(d) >= pd.Timestamp("2015-01-01")).sum())),
        _FD_ID,
    ),
]


# --- 6. Dallas police incidents ------------------------------------------------------------------------------------

_DL_DIV = {"NORTHEAST": 1.2, "SOUTHEAST": 1.3, "SOUTH CENTRAL": 1.0, "CENTRAL": 1.1, "NORTHWEST": 0.9}
_DL_DIV |= {"SOUTHWEST": 1.05, "NORTH CENTRAL": 0.8}
# NIBRS crime: (category, against, weight, arrest rate)
_DL_CRIMES = {
    "THEFT FROM MOTOR VEHICLE": ("LARCENY/ THEFT OFFENSES", "PROPERTY", 9, 0.02),
    "MOTOR VEHICLE THEFT": ("MOTOR VEHICLE THEFT", "PROPERTY", 8, 0.04),
    "DESTRUCTION/ DAMAGE/ VANDALISM OF PROPERTY": ("DESTRUCTION/ DAMAGE/ VANDALISM OF PROPERTY", "PROPERTY", 7, 0.05),
    "SIMPLE ASSAULT": ("ASSAULT OFFENSES", "PERSON", 6, 0.2),
    "AGG ASSAULT - NFV": ("ASSAULT OFFENSES", "PERSON", 3, 0.25),
    "BURGLARY-RESIDENCE": ("BURGLARY/ BREAKING & ENTERING", "PROPERTY", 3.5, 0.05),
    "SHOPLIFTING": ("LARCENY/ THEFT OFFENSES", "PROPERTY", 4, 0.35),
    "ALL OTHER LARCENY": ("LARCENY/ THEFT OFFENSES", "PROPERTY", 4.5, 0.03),
    "DRUG/ NARCOTIC VIOLATIONS": ("DRUG/ NARCOTIC VIOLATIONS", "SOCIETY", 2, 0.9),
    "ROBBERY-INDIVIDUAL": ("ROBBERY", "PROPERTY", 1.5, 0.15),
}
_DL_STREETS = ["ROSS AVE", "S LAMAR ST", "MARTIN LUTHER KING JR BLVD", "GREENVILLE AVE", "W JEFFERSON BLVD"]
_DL_STREETS += ["LBJ FWY", "N STEMMONS FWY", "SKILLMAN ST", "FOREST LN", "CAMP WISDOM RD"]


def _dallas_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15706)
    rows = []
    seq = 1000
    start = pd.Timestamp("2023-01-01")
    divs = list(_DL_DIV)
    for _ in range(2600):
        when = start + pd.Timedelta(minutes=int(rng.integers(0, 546 * 24 * 60)))
        if when.month not in (6, 7, 8) and rng.random() < 0.12:  # a summer bump
            continue
        seq += int(rng.integers(1, 40))
        year = when.year
        div = _one(rng, divs, list(_DL_DIV.values()))
        crime = _one(rng, list(_DL_CRIMES), [v[2] for v in _DL_CRIMES.values()])
        cat, against, _w, arrest = _DL_CRIMES[crime]
        status = (
            "Clearance by Arrest"
            if rng.random() < arrest
            else _one(rng, ["Suspended", "Open", "Clearance by Exception"], [6, 2.5, 0.6])
        )
        beat = 100 * (divs.index(div) + 1) + int(rng.integers(11, 59))
        victims = 2 if rng.random() < 0.1 else 1
        for v in range(victims):
            vtype = "Business" if crime == "SHOPLIFTING" else "Society" if against == "SOCIETY" else "Individual"
            business = vtype != "Individual"
            age: Any = "" if business or rng.random() < 0.06 else int(np.clip(rng.normal(38, 14), 12, 90))
            rows.append(
                {
                    "Incident Number w/year": f"{seq:06d}-{year}",
                    "Year of Incident": year,
                    "Service Number ID": f"{seq:06d}-{year}-0{v + 1}",
                    "Watch": 1 + (when.hour // 8),
                    "Call (911) Problem": _one(rng, ["6X - MAJOR DIST (VIOLENCE)", "58 - ROUTINE INVESTIGATION"]),
                    "Type of Incident": crime,
                    "Type  Location": _one(rng, ["Highway, Street, Alley ETC", "Apartment Parking Lot", "Residence"]),
                    "Incident Address": f"{int(rng.integers(100, 9999))} {_one(rng, _DL_STREETS)}",
                    "Beat": beat,
                    "Division": div,
                    "Sector": beat // 10 * 10,
                    "Council District": f"D{int(rng.integers(1, 15))}",
                    "Date1 of Occurrence": f"{when:%Y-%m-%d}T00:00:00.000",
                    "Year1 of Occurrence": year,
                    "Month1 of Occurence": f"{when:%B}",
                    "Day1 of the Week": f"{when:%a}",
                    "Time1 of Occurrence": f"{when:%H:%M}",
                    "Victim Type": vtype,
                    "Victim Race": "" if business else _one(rng, ["Hispanic or Latino", "Black", "White", "Asian"]),
                    "Victim Gender": "" if business else _one(rng, ["Male", "Female"]),
                    "Victim Age": age,
                    "Offense Status": status,
                    "NIBRS Crime": crime,
                    "NIBRS Crime Category": cat,
                    "NIBRS Crime Against": against,
                    "Zip Code": int(rng.integers(75201, 75254)),
                    "City": "DALLAS",
                }
            )
    return pd.DataFrame(rows)


def _dl_inc(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("Incident Number w/year")


def _dl_month(d: pd.DataFrame, distinct: bool) -> pd.Timestamp:
    x = _dl_inc(d) if distinct else d
    months = pd.to_datetime(x["Date1 of Occurrence"].str.slice(0, 10)).dt.to_period("M").dt.to_timestamp()
    return pd.Timestamp(_top(months.value_counts()))


def _dl_either(value: Callable[[pd.DataFrame], Any], check: Callable[..., Check]) -> Check:
    return either(check(lambda d: value(d)), check(lambda d: value(_dl_inc(d))))


_DL_ID = ("Incident Number w/year", "Service Number ID", "Date1 of Occurrence")
_DALLAS_QS = [
    Q(
        "how many incidents are in here",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["Incident Number w/year"].nunique()))),
        _DL_ID,
    ),
    Q(
        "what's the most common crime",
        either(
            _dl_either(lambda x: _top(x["NIBRS Crime"].value_counts()), lambda v: _lead(_named(v))),
            _dl_either(lambda x: _top(x["NIBRS Crime Category"].value_counts()), lambda v: _lead(_named(v))),
        ),
        (*_DL_ID, "NIBRS Crime", "NIBRS Crime Category", "Type of Incident"),
    ),
    Q(
        "which division is busiest",
        _dl_either(lambda x: _top(x["Division"].value_counts()), lambda v: _lead(_named(v))),
        (*_DL_ID, "Division"),
    ),
    Q(
        "average age of victims?",
        either(
            has(lambda d: float(pd.to_numeric(d["Victim Age"], errors="coerce").mean())),
            has(lambda d: float(pd.to_numeric(d["Victim Age"], errors="coerce").median())),
        ),
        (*_DL_ID, "Victim Age", "Victim Type"),
    ),
    Q(
        "what share ended in an arrest",
        _dl_either(lambda x: float((_text(x["Offense Status"]) == "Clearance by Arrest").mean()), _share),
        (*_DL_ID, "Offense Status"),
    ),
    Q(
        "which month had the most incidents",
        either(
            _month_year(lambda d: _dl_month(d, False)),
            _month_year(lambda d: _dl_month(d, True)),
        ),
        (*_DL_ID, "Month1 of Occurence", "Year1 of Occurrence", "Year of Incident"),
    ),
]


# --- 7. OECD harmonised unemployment rate, monthly, long form ------------------------------------------------------

# location: (2019 level, covid jump, women minus men)
_OE_LOC = {
    "AUS": (5.2, 2.0, 0.2),
    "AUT": (4.8, 1.5, -0.3),
    "BEL": (5.4, 0.8, -0.6),
    "CAN": (5.7, 6.0, -0.5),
    "DEU": (3.2, 0.8, -0.6),
    "ESP": (14.1, 2.5, 3.4),
    "FRA": (8.4, 0.8, 0.1),
    "GBR": (3.8, 1.0, -0.4),
    "ITA": (9.9, 0.5, 2.0),
    "JPN": (2.4, 0.6, -0.3),
    "KOR": (3.8, 0.6, -0.1),
    "USA": (3.7, 10.0, 0.1),
    "EA19": (7.6, 0.9, 0.4),
    "OECD": (5.4, 3.3, 0.3),
}


def _oecd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15707)
    rows = []
    months = pd.period_range("2019-01", "2023-12", freq="M")
    for loc, (level, jump, gap) in _OE_LOC.items():
        noise = 0.0
        for k, m in enumerate(months):
            t = k - 15  # April 2020
            covid = jump * np.exp(-t / 5) if t >= 0 else 0.0
            trend = -0.06 * level * k / 60
            noise = 0.7 * noise + float(rng.normal(0, 0.08))
            tot = max(1.5, level + trend + covid + noise)
            if loc == "GBR" and k >= 57:
                continue
            if rng.random() < 0.01:
                continue
            for subject, v in (("TOT", tot), ("MEN", tot - gap / 2), ("WOMEN", tot + gap / 2)):
                rows.append(
                    {
                        "LOCATION": loc,
                        "INDICATOR": "HUR",
                        "SUBJECT": subject,
                        "MEASURE": "PC_LF",
                        "FREQUENCY": "M",
                        "TIME": str(m),
                        "Value": round(v + float(rng.normal(0, 0.05)), 1 if loc != "OECD" else 6),
                        "Flag Codes": "B" if loc == "FRA" and str(m) == "2021-01" else "",
                    }
                )
    return pd.DataFrame(rows)


def _oe(d: pd.DataFrame, subject: str = "TOT") -> pd.DataFrame:
    return d[d["SUBJECT"] == subject]


def _oe_2023(d: pd.DataFrame) -> pd.Series:
    x = _oe(d)
    x = x[x["TIME"].astype(str).str.startswith("2023") & ~x["LOCATION"].isin(["EA19", "OECD"])]
    return x.groupby("LOCATION")["Value"].mean()


def _oe_series(loc: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _oe(d)[_oe(d)["LOCATION"] == loc].set_index("TIME")["Value"]


def _oe_es(subject: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _oe(d, subject)
        return float(x.loc[(x["LOCATION"] == "ESP") & x["TIME"].astype(str).str.startswith("2023"), "Value"].mean())

    return value


_OE_NAMES = {"AUS": ("Australia",), "AUT": ("Austria",), "BEL": ("Belgium",), "CAN": ("Canada",)}
_OE_NAMES |= {"DEU": ("Germany",), "ESP": ("Spain",), "FRA": ("France",), "GBR": ("United Kingdom", "UK")}
_OE_NAMES |= {"ITA": ("Italy",), "JPN": ("Japan",), "KOR": ("Korea", "South Korea"), "USA": ("United States",)}
_OE_ID = ("LOCATION", "TIME", "SUBJECT")
_OECD_QS = [
    Q(
        "what was the us unemployment rate in april 2020",
        has(
            lambda d: float(_oe(d).loc[lambda x: (x["LOCATION"] == "USA") & (x["TIME"] == "2020-04"), "Value"].iloc[0])
        ),
        (*_OE_ID, "Value"),
    ),
    Q(
        "which country had the highest unemployment on average in 2023",
        _lead(_named(lambda d: _top(_oe_2023(d)), _OE_NAMES)),
        (*_OE_ID, "Value"),
    ),
    Q(
        "and the lowest?",
        _lead(_named(lambda d: _top(_oe_2023(d), ascending=True), _OE_NAMES)),
        (*_OE_ID, "Value"),
    ),
    Q(
        "in spain, is it worse for women or men in 2023",
        has(_oe_es("WOMEN"), _oe_es("MEN"), rel=0.01),
        (*_OE_ID, "Value"),
    ),
    Q(
        "when did us unemployment peak",
        _month_year(lambda d: pd.Timestamp(str(_oe_series("USA")(d).idxmax()))),
        (*_OE_ID, "Value"),
    ),
    Q(
        "how closely do the us and canada move together",
        corr_of(
            lambda d: pd.concat([_oe_series("USA")(d), _oe_series("CAN")(d)], axis=1, join="inner").iloc[:, 0],
            lambda d: pd.concat([_oe_series("USA")(d), _oe_series("CAN")(d)], axis=1, join="inner").iloc[:, 1],
        ),
        (*_OE_ID, "Value"),
    ),
]


HELDOUT157: list[Dataset] = [
    Dataset("paddle_transactions_export", _paddle_frame, _PADDLE_QS),
    Dataset("lattice_performance_reviews_export", _lattice_frame, _LATTICE_QS),
    Dataset("github_actions_usage_report", _github_frame, _GITHUB_QS),
    Dataset("trading212_history_export", _trading_frame, _TRADING_QS),
    Dataset("fdic_failed_banks", _fdic_frame, _FDIC_QS),
    Dataset("dallas_police_incidents", _dallas_frame, _DALLAS_QS),
    Dataset("oecd_unemployment_rate_monthly_long", _oecd_frame, _OECD_QS),
]
