"""HELDOUT118: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Substack
subscribers export (email with a few addresses repeated, name often blank, subscription_type free / monthly / annual
/ founding / comp, created_at as "2023-04-12T15:32:10.000Z", first_payment_at blank for free readers, activity 0-5
stars, emails_received_6mo and emails_opened_6mo counts, two-letter country codes with blanks and source such as
"substack-network" or "import"); an AWS Cost Explorer "costs by service" CSV download at daily granularity (wide: the
first column is headed "Service" but holds "2023-01-01" dates, one "<service>($)" column per service such as
"EC2-Instances($)", "S3($)" or "Tax($)", blank where a service had no charge, a "Total costs($)" column and a first
"Service total" row that repeats every column's sum); an Audible library export as audible-cli writes it (asin,
title, subtitle, authors and narrators joined with ", ", series_title and series_sequence often blank, genres as
"Fiction, Fantasy", runtime_length_min, True / False is_finished, percent_complete 0-100, rating with blanks,
num_ratings, date_added as "2021-03-14T12:03:22Z", release_date and purchase_date as "2019-05-07"); a Fiverr seller
earnings report (Date as "03/14/2023", Activity Earning / Tip / Withdrawal / Refund, a Description naming the order
and gig, From a buyer username (blank for withdrawals), Order ids such as "FO81A2C3D4E5", Currency USD, Amount as
"$64.00" or "-$200.00" and Status Cleared / Pending); Eviction Lab's Eviction Tracking System weekly file for eight
cities (city as "Houston, TX", type "Census Tract", GEOID as an 11-digit tract or "sealed", racial_majority Black /
White / Latinx / Other with blanks, week 1-53, week_date as "2020-03-15", filings_2020 holding every year's count
despite its name, filings_avg the pre-pandemic baseline with blanks, last_updated); EIA's API v2 monthly net
generation for solar by state (period as "2021-06", location codes with a "US" row for the U.S. Total, stateDescription,
sectorid 99 "All Sectors", fueltypeid SPV "utility-scale photovoltaic" and DPV "small-scale solar photovoltaic",
generation in thousand megawatthours with blanks, "generation-units"); and an FHWA National Bridge Inventory sample
(STATE_CODE_001 as FIPS numbers, STRUCTURE_NUMBER_008 ids, COUNTY_CODE_003, upper-case FEATURES_DESC_006A and
FACILITY_CARRIED_007, LAT_016 / LONG_017 as DDMMSSss integers, YEAR_BUILT_027, TRAFFIC_LANES_ON_028A, ADT_029,
YEAR_ADT_030, STRUCTURE_KIND_043A codes, MAX_SPAN_LEN_MT_048, STRUCTURE_LEN_MT_049, DECK_COND_058 /
SUPERSTRUCTURE_COND_059 / SUBSTRUCTURE_COND_060 as 0-9 or "N" for culverts, YEAR_RECONSTRUCTED_106 written 0 when
never rebuilt, PERCENT_ADT_TRUCK_109 and BRIDGE_CONDITION G / F / P). All are generated with fixed seeds 11801-11807.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _pct, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import scaled as _scaled

_MONEY = (1e3, 1e6)

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(s: pd.Series) -> pd.Series:
    """ "$1,234.50" / "-$20.00" as numbers."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _labels(*names: Callable[[pd.DataFrame], str]) -> Check:
    """Any one of several labels, each beside its superlative."""
    return either(*(_lead(_named(n)) for n in names))


# --- 1. Substack subscribers export --------------------------------------------------------------------------------

_SS_FIRST = "Anna Ben Carla Dev Elena Farid Grace Hugo Ines Jon Kemi Liam Maya Nico Omar Priya Quinn Rosa Sam Tara"
_SS_LAST = "Adams Brooks Chen Diaz Evans Fischer Garcia Hughes Ito Jensen Khan Lopez Moreau Nguyen Okafor Patel"
_SS_TYPES = {"free": 78, "monthly": 11, "annual": 7, "founding": 1, "comp": 3}
_SS_COUNTRY = {"US": 46, "GB": 12, "CA": 8, "AU": 5, "DE": 5, "IN": 6, "FR": 3, "NL": 3, "": 12}
_SS_SOURCE = {"direct": 40, "substack-network": 25, "import": 15, "recommendation": 15, "twitter": 5}
_PAID = ("monthly", "annual", "founding")
_SS_MAILS = ["gmail.com", "outlook.com", "proton.me", "yahoo.com"]


def _substack_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11801)
    n = 1500
    first, last = _SS_FIRST.split(), _SS_LAST.split()
    start = pd.Timestamp("2022-03-01")
    # signups grow over time, with a spike in one month (a post that went viral)
    days = np.sort(np.concatenate([(rng.beta(2.0, 1.2, n - 120) * 820), rng.uniform(480, 510, 120)]))
    rows = []
    for i in range(n):
        f, la = first[rng.integers(len(first))], last[rng.integers(len(last))]
        sub = str(rng.choice(list(_SS_TYPES), p=np.array(list(_SS_TYPES.values())) / 100))
        created = start + pd.Timedelta(days=float(days[i])) + pd.Timedelta(seconds=int(rng.integers(86400)))
        paid = ""
        if sub in _PAID:
            paid = (created + pd.Timedelta(days=int(rng.integers(0, 120)))).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        received = int(rng.integers(5, 52))
        rate = rng.beta(6, 3) if sub in _PAID or sub == "comp" else rng.beta(2.5, 3)
        opened = round(float(received * rate))
        rows.append(
            {
                "email": f"{f.lower()}.{la.lower()}{rng.integers(1, 999)}@{rng.choice(_SS_MAILS)}",
                "name": f"{f} {la}" if rng.random() < 0.45 else "",
                "subscription_type": sub,
                "created_at": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "first_payment_at": paid,
                "activity": int(min(5, max(0, round(rate * 5 + rng.normal(0, 0.6))))),
                "emails_received_6mo": received,
                "emails_opened_6mo": opened,
                "country": str(rng.choice(list(_SS_COUNTRY), p=np.array(list(_SS_COUNTRY.values())) / 100)),
                "source": str(rng.choice(list(_SS_SOURCE), p=np.array(list(_SS_SOURCE.values())) / 100)),
            }
        )
    frame = pd.DataFrame(rows)
    dupes = frame.sample(12, random_state=1).copy()  # re-subscribed readers show up twice
    frame = pd.concat([frame, dupes], ignore_index=True)
    return frame


def _ss_created(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["created_at"], format="%Y-%m-%dT%H:%M:%S.%fZ")


def _ss_paid(with_comp: bool) -> Callable[[pd.DataFrame], pd.Series]:
    kinds = (*_PAID, "comp") if with_comp else _PAID
    return lambda d: d["subscription_type"].isin(kinds)


def _ss_opens(with_comp: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        paid = _ss_paid(with_comp)(d)
        free = d["subscription_type"] == "free"
        return [d.loc[paid, "emails_opened_6mo"].mean(), d.loc[free, "emails_opened_6mo"].mean()]

    return values


def _ss_rates(with_comp: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        rate = d["emails_opened_6mo"] / d["emails_received_6mo"]
        paid = _ss_paid(with_comp)(d)
        free = d["subscription_type"] == "free"
        return [rate[paid].mean(), rate[free].mean()]

    return values


def _ss_rate_pooled(with_comp: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        paid = _ss_paid(with_comp)(d)
        free = d["subscription_type"] == "free"
        return [d.loc[m, "emails_opened_6mo"].sum() / d.loc[m, "emails_received_6mo"].sum() for m in (paid, free)]

    return values


def _ss_top_month(d: pd.DataFrame) -> pd.Timestamp:
    counts = _ss_created(d).dt.to_period("M").value_counts()
    return counts.idxmax().to_timestamp()


def _ss_country(d: pd.DataFrame) -> str:
    return _top(d["country"].dropna().value_counts())


# --- 2. AWS Cost Explorer costs by service -------------------------------------------------------------------------

# service: daily base cost ($), monthly growth, share of days billed
_AWS_SERVICES: dict[str, tuple[float, float, float]] = {
    "EC2-Instances($)": (142.0, 0.018, 1.0),
    "EC2-Other($)": (38.0, 0.012, 1.0),
    "Relational Database Service($)": (61.0, 0.010, 1.0),
    "S3($)": (22.0, 0.030, 1.0),
    "CloudFront($)": (9.5, 0.025, 1.0),
    "Lambda($)": (1.8, 0.060, 0.8),
    "CloudWatch($)": (6.2, 0.015, 1.0),
    "VPC($)": (4.1, 0.005, 1.0),
    "DynamoDB($)": (3.3, 0.020, 0.9),
    "Key Management Service($)": (0.35, 0.0, 0.95),
}


def _aws_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11802)
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    rows = []
    for k, day in enumerate(days):
        months = k / 30.4
        row: dict[str, Any] = {"Service": day.strftime("%Y-%m-%d")}
        weekday = 0.82 if day.dayofweek >= 5 else 1.0
        total = 0.0
        for name, (base, growth, billed) in _AWS_SERVICES.items():
            if rng.random() > billed or (name == "Lambda($)" and day < pd.Timestamp("2023-04-10")):
                row[name] = np.nan
                continue
            cost = base * (1 + growth) ** months * weekday * rng.lognormal(0, 0.12)
            if name == "EC2-Instances($)" and pd.Timestamp("2023-11-06") <= day <= pd.Timestamp("2023-11-30"):
                cost *= 2.4  # a load test left running
            row[name] = round(float(cost), 6)
            total += row[name]
        tax = np.nan  # tax on the previous month is billed on the first of the month
        if day.day == 1 and k > 0:
            tax = round(sum(_month_sum(rows, day).values()) * 0.08, 6)
        row["Tax($)"] = tax
        row["Total costs($)"] = round(total + (0 if pd.isna(tax) else tax), 6)
        rows.append(row)
    frame = pd.DataFrame(rows)
    totals = {"Service": "Service total"} | {c: round(float(frame[c].sum()), 6) for c in frame.columns[1:]}
    return pd.concat([pd.DataFrame([totals]), frame], ignore_index=True)


def _month_sum(rows: list[dict[str, Any]], day: pd.Timestamp) -> dict[str, float]:
    """The previous month's service costs, the base of the tax billed on `day`."""
    prev = (day - pd.Timedelta(days=1)).strftime("%Y-%m")
    out: dict[str, float] = {}
    for r in rows:
        if r["Service"].startswith(prev):
            for c, v in r.items():
                if c != "Service" and c.endswith("($)") and c != "Tax($)" and c != "Total costs($)" and pd.notna(v):
                    out[c] = out.get(c, 0.0) + float(v)
    return out


def _aws_days(d: pd.DataFrame) -> pd.DataFrame:
    out = d[d["Service"] != "Service total"].copy()
    out["day"] = pd.to_datetime(out["Service"], format="%Y-%m-%d")
    return out


def _aws_top_service(d: pd.DataFrame) -> str:
    days = _aws_days(d)
    cols = [c for c in d.columns[1:] if c not in ("Total costs($)", "Tax($)")]
    return _top(days[cols].sum()).removesuffix("($)")


def _aws_top_month(d: pd.DataFrame) -> pd.Timestamp:
    days = _aws_days(d)
    return days.groupby(days["day"].dt.to_period("M"))["Total costs($)"].sum().idxmax().to_timestamp()


def _aws_s3(d: pd.DataFrame) -> float:
    days = _aws_days(d)
    return float(days.loc[days["day"].dt.strftime("%Y-%m") == "2024-03", "S3($)"].sum())


# --- 3. Audible library export (audible-cli) -----------------------------------------------------------------------

_AU_AUTHORS = [
    "Brandon Sanderson",
    "Andy Weir",
    "Stephen King",
    "James Clear",
    "Yuval Noah Harari",
    "Michelle Obama",
    "Terry Pratchett",
    "Neil Gaiman",
    "Malcolm Gladwell",
    "Agatha Christie",
    "John Grisham",
    "Matt Dinniman",
    "Dennis E. Taylor",
    "Walter Isaacson",
    "Ursula K. Le Guin",
    "Brené Brown",
]
_AU_WEIGHTS = [14, 5, 9, 3, 4, 2, 8, 7, 5, 7, 6, 10, 6, 3, 4, 2]
_AU_GENRES = {
    "Brandon Sanderson": "Fiction, Fantasy",
    "Andy Weir": "Fiction, Science Fiction",
    "Stephen King": "Fiction, Horror",
    "James Clear": "Self Development, Productivity",
    "Yuval Noah Harari": "History, World",
    "Michelle Obama": "Biographies & Memoirs",
    "Terry Pratchett": "Fiction, Fantasy, Humor",
    "Neil Gaiman": "Fiction, Fantasy",
    "Malcolm Gladwell": "Business, Psychology",
    "Agatha Christie": "Mystery, Thriller & Suspense",
    "John Grisham": "Mystery, Thriller & Suspense",
    "Matt Dinniman": "Fiction, Science Fiction, LitRPG",
    "Dennis E. Taylor": "Fiction, Science Fiction",
    "Walter Isaacson": "Biographies & Memoirs",
    "Ursula K. Le Guin": "Fiction, Fantasy, Science Fiction",
    "Brené Brown": "Self Development, Psychology",
}
_AU_NARRATORS = (
    "Michael Kramer, Kate Reading, Ray Porter, Jeff Hays, Steven Pacey, Hugh Fraser, Will Patton, Tavia Gilbert"
)
_AU_WORDS = ("Shadow", "Light", "Empire", "Stone", "Night", "River", "Crown", "Winter", "Code", "Habit", "Storm")


def _audible_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11803)
    n = 420
    narrators = _AU_NARRATORS.split(", ")
    rows = []
    for _ in range(n):
        author = str(rng.choice(_AU_AUTHORS, p=np.array(_AU_WEIGHTS) / sum(_AU_WEIGHTS)))
        authors = author
        if rng.random() < 0.08:
            authors = f"{author}, {rng.choice([a for a in _AU_AUTHORS if a != author])}"
        genres = _AU_GENRES[author]
        runtime = int(max(95, rng.normal(1500 if "Fantasy" in genres else 640, 380 if "Fantasy" in genres else 180)))
        purchase = pd.Timestamp("2016-01-01") + pd.Timedelta(days=int(rng.beta(2.2, 1.6) * 3100))
        added = purchase + pd.Timedelta(seconds=int(rng.integers(0, 86400)))
        release = purchase - pd.Timedelta(days=int(rng.exponential(900)))
        finished = rng.random() < 0.58
        pct = 100 if finished else (0 if rng.random() < 0.55 else int(rng.integers(1, 98)))
        has_series = "Fiction" in genres and rng.random() < 0.6
        rating = round(float(np.clip(rng.normal(4.6 if "Fantasy" in genres else 4.4, 0.18), 3.2, 5.0)), 1)
        rows.append(
            {
                "asin": f"B0{rng.integers(10**7, 10**8)}{chr(65 + int(rng.integers(26)))}",
                "title": f"The {rng.choice(_AU_WORDS)} {rng.choice(_AU_WORDS)}",
                "subtitle": "" if rng.random() < 0.7 else f"Book {int(rng.integers(1, 9))}",
                "authors": authors,
                "narrators": ", ".join(rng.choice(narrators, int(rng.integers(1, 3)), replace=False)),
                "series_title": f"The {rng.choice(_AU_WORDS)} Cycle" if has_series else "",
                "series_sequence": str(int(rng.integers(1, 8))) if has_series else "",
                "genres": genres,
                "runtime_length_min": runtime,
                "is_finished": finished,
                "percent_complete": pct,
                "rating": rating if rng.random() > 0.05 else np.nan,
                "num_ratings": int(rng.lognormal(8, 1.4)),
                "date_added": added.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "release_date": release.strftime("%Y-%m-%d"),
                "purchase_date": purchase.strftime("%Y-%m-%d"),
            }
        )
    return pd.DataFrame(rows)


def _au_finished(d: pd.DataFrame) -> pd.Series:
    return d["is_finished"].astype(str).str.lower() == "true"


def _au_started(d: pd.DataFrame) -> pd.Series:
    return (d["percent_complete"] > 0) & ~_au_finished(d)


def _au_first_author(d: pd.DataFrame) -> str:
    return _top(d["authors"].str.split(", ").str[0].value_counts())


def _au_any_author(d: pd.DataFrame) -> str:
    return _top(d["authors"].str.split(", ").explode().value_counts())


def _au_top_year(d: pd.DataFrame) -> int:
    return int(_top(pd.to_datetime(d["purchase_date"]).dt.year.value_counts()))


def _au_fantasy(d: pd.DataFrame) -> float:
    return float(d.loc[d["genres"].str.contains("Fantasy"), "rating"].mean())


# --- 4. Fiverr earnings report -------------------------------------------------------------------------------------

_FV_GIGS = {
    "I will design a minimalist logo for your business": (85, 30),
    "I will create a professional brand identity kit": (240, 80),
    "I will design social media post templates": (45, 15),
    "I will redesign your website landing page in figma": (180, 60),
}
_FV_BUYERS = [
    f"{a}_{b}"
    for a in ("mike", "sarahdesign", "jp", "alpha", "coffee", "nova", "leo", "zenstudio")
    for b in ("co", "88", "ltd")
]


def _fiverr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11804)
    start = pd.Timestamp("2022-01-03")
    rows = []
    weights = np.array([6.0 if b == "zenstudio_co" else 1.0 for b in _FV_BUYERS])
    for k in range(560):
        day = start + pd.Timedelta(days=int(k * 1.3 + rng.integers(0, 2)))
        gig = str(rng.choice(list(_FV_GIGS)))
        base, sd = _FV_GIGS[gig]
        order = "FO" + "".join(rng.choice(list("0123456789ABCDEF"), 10))
        buyer = str(rng.choice(_FV_BUYERS, p=weights / weights.sum()))
        net = round(max(4.0, rng.normal(base, sd) * (1 + 0.1 * (day.year - 2022))) * 0.8, 2)
        status = "Pending" if day > pd.Timestamp("2023-12-10") else "Cleared"
        rows.append((day, "Earning", f"Order {order} - {gig}", buyer, order, net, status))
        if rng.random() < 0.22:
            tip = round(float(rng.choice([5, 10, 15, 20, 25, 50])) * 0.8, 2)
            rows.append((day, "Tip", f"Tip for order {order}", buyer, order, tip, status))
        if rng.random() < 0.03:
            rows.append(
                (day + pd.Timedelta(days=3), "Refund", f"Order {order} cancelled", buyer, order, -net, "Cleared")
            )
    for month in pd.date_range("2022-01-15", "2023-12-15", freq="MS") + pd.Timedelta(days=14):
        amount = float(rng.integers(5, 30) * 50)
        rows.append((month, "Withdrawal", "Withdrawal to PayPal", "", "", -amount, "Cleared"))
    rows.sort(key=lambda r: r[0])
    return pd.DataFrame(
        {
            "Date": [r[0].strftime("%m/%d/%Y") for r in rows],
            "Activity": [r[1] for r in rows],
            "Description": [r[2] for r in rows],
            "From": [r[3] for r in rows],
            "Order": [r[4] for r in rows],
            "Currency": "USD",
            "Amount": [f"-${-r[5]:,.2f}" if r[5] < 0 else f"${r[5]:,.2f}" for r in rows],
            "Status": [r[6] for r in rows],
        }
    )


def _fv(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["amt"] = _money(out["Amount"])
    out["day"] = pd.to_datetime(out["Date"], format="%m/%d/%Y")
    return out


def _fv_income(kinds: tuple[str, ...]) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_fv(d).loc[lambda x: x["Activity"].isin(kinds), "amt"].sum())


def _fv_best_buyer(kinds: tuple[str, ...]) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _fv(d)
        x = x[x["Activity"].isin(kinds)]
        return _top(x.groupby("From")["amt"].sum())

    return value


def _fv_best_month(kinds: tuple[str, ...]) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = _fv(d)
        x = x[x["Activity"].isin(kinds)]
        return x.groupby(x["day"].dt.to_period("M"))["amt"].sum().idxmax().to_timestamp()

    return value


def _fv_tips(d: pd.DataFrame) -> list[float]:
    t = _fv(d).loc[lambda x: x["Activity"] == "Tip", "amt"]
    return [len(t), t.mean()]


# --- 5. Eviction Lab, Eviction Tracking System weekly tract file ---------------------------------------------------

# city: (state FIPS + county, weekly filings per tract, pre-pandemic baseline per tract)
_EV_CITIES: dict[str, tuple[str, float]] = {
    "Houston, TX": ("48201", 21.0),
    "Phoenix, AZ": ("04013", 18.0),
    "Atlanta, GA": ("13121", 16.0),
    "Columbus, OH": ("39049", 11.0),
    "Milwaukee, WI": ("55079", 7.0),
    "Cincinnati, OH": ("39061", 6.5),
    "Boston, MA": ("25025", 3.0),
    "Minneapolis-Saint Paul, MN": ("27053", 4.0),
}
_EV_MAJ = {"Black": 1.5, "Latinx": 1.2, "White": 0.7, "Other": 0.9}


def _eviction_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11805)
    weeks = pd.date_range("2020-01-05", "2021-12-26", freq="7D")
    rows = []
    for city, (county, rate) in _EV_CITIES.items():
        tracts = [
            (f"{county}{int(rng.integers(100000, 999999)):06d}", str(rng.choice(list(_EV_MAJ)))) for _ in range(4)
        ]
        for week in weeks:
            # the moratorium: filings collapse from late March 2020 and climb back through 2021
            if week < pd.Timestamp("2020-03-22"):
                level = 1.0
            elif week < pd.Timestamp("2020-09-01"):
                level = 0.25
            elif week < pd.Timestamp("2021-08-29"):
                level = 0.45
            else:
                level = 0.85
            for geoid, maj in [*tracts, ("sealed", "")]:
                mult = 0.3 if geoid == "sealed" else _EV_MAJ[maj]
                avg = round(rate * mult * rng.uniform(0.85, 1.15), 1)
                rows.append(
                    {
                        "city": city,
                        "type": "Census Tract",
                        "GEOID": geoid,
                        "racial_majority": "" if geoid == "sealed" or rng.random() < 0.02 else maj,
                        "week": int(week.isocalendar().week),
                        "week_date": week.strftime("%Y-%m-%d"),
                        "filings_2020": int(rng.poisson(rate * mult * level)),
                        "filings_avg": avg if rng.random() > 0.06 else np.nan,
                        "last_updated": "2022-01-04",
                    }
                )
    return pd.DataFrame(rows)


def _ev_top_week(d: pd.DataFrame) -> str:
    return str(d.groupby("week_date")["filings_2020"].sum().idxmax())


def _ev_by_majority(how: str) -> Callable[[pd.DataFrame], list[float]]:
    return lambda d: list(d.groupby("racial_majority")["filings_2020"].agg(how)[["Black", "White"]])


# --- 6. EIA monthly solar generation by state (API v2 electricity/electric-power-operational-data) ---------------

# state code: name, utility-scale (thousand MWh per month in 2019), small-scale, yearly growth
_EIA_STATES: dict[str, tuple[str, float, float, float]] = {
    "CA": ("California", 2400, 1550, 0.11),
    "TX": ("Texas", 420, 110, 0.45),
    "NC": ("North Carolina", 560, 35, 0.10),
    "AZ": ("Arizona", 490, 230, 0.12),
    "FL": ("Florida", 270, 95, 0.40),
    "NV": ("Nevada", 430, 70, 0.16),
    "GA": ("Georgia", 230, 20, 0.25),
    "UT": ("Utah", 200, 40, 0.12),
    "NJ": ("New Jersey", 95, 290, 0.08),
    "MA": ("Massachusetts", 110, 280, 0.07),
    "NY": ("New York", 20, 230, 0.20),
    "CO": ("Colorado", 110, 75, 0.15),
    "VA": ("Virginia", 50, 25, 0.60),
    "MN": ("Minnesota", 95, 10, 0.12),
    "NM": ("New Mexico", 90, 20, 0.18),
    "SC": ("South Carolina", 45, 25, 0.30),
    "IL": ("Illinois", 8, 20, 0.70),
    "MD": ("Maryland", 30, 95, 0.12),
    "ID": ("Idaho", 45, 6, 0.15),
    "OR": ("Oregon", 60, 25, 0.12),
}


def _eia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11806)
    months = pd.date_range("2019-01-01", "2023-12-01", freq="MS")
    season = {m: 0.65 + 0.45 * np.sin(np.pi * (m - 1) / 11) for m in range(1, 13)}
    rows = []
    us: dict[tuple[str, str], float] = {}
    for code, (name, spv, dpv, growth) in _EIA_STATES.items():
        for m in months:
            years = (m.year - 2019) + (m.month - 1) / 12
            for fuel, desc, base in (
                ("SPV", "utility-scale photovoltaic", spv),
                ("DPV", "small-scale solar photovoltaic", dpv),
            ):
                value = base * (1 + growth) ** years * season[m.month] * rng.lognormal(0, 0.06)
                us[(m.strftime("%Y-%m"), fuel)] = us.get((m.strftime("%Y-%m"), fuel), 0.0) + value
                if rng.random() < 0.015:
                    value = np.nan  # withheld
                rows.append((m.strftime("%Y-%m"), code, name, fuel, desc, value))
    for (period, fuel), value in us.items():
        other = 1.18 * value  # the states not in the sample
        desc = "utility-scale photovoltaic" if fuel == "SPV" else "small-scale solar photovoltaic"
        rows.append((period, "US", "U.S. Total", fuel, desc, other))
    rows.sort(key=lambda r: (r[0], r[1], r[3]), reverse=True)
    return pd.DataFrame(
        {
            "period": [r[0] for r in rows],
            "location": [r[1] for r in rows],
            "stateDescription": [r[2] for r in rows],
            "sectorid": 99,
            "sectorDescription": "All Sectors",
            "fueltypeid": [r[3] for r in rows],
            "fuelTypeDescription": [r[4] for r in rows],
            "generation": [round(float(r[5]), 5) if pd.notna(r[5]) else np.nan for r in rows],
            "generation-units": "thousand megawatthours",
        }
    )


def _eia_states(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["location"] != "US"]


def _eia_top_state(d: pd.DataFrame) -> str:
    return _top(_eia_states(d).groupby("stateDescription")["generation"].sum())


def _eia_texas(fuels: tuple[str, ...]) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[(d["location"] == "TX") & d["period"].str.startswith("2022") & d["fueltypeid"].isin(fuels)]
        return float(x["generation"].sum())

    return value


def _eia_growth(us_rows: bool, fuels: tuple[str, ...] = ("SPV", "DPV")) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[d["location"] == "US"] if us_rows else _eia_states(d)
        x = x[x["fueltypeid"].isin(fuels)]
        year = x.groupby(x["period"].str[:4])["generation"].sum()
        return float(year["2023"] / year["2019"] - 1)

    return value


def _eia_small_share(us_rows: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[d["location"] == "US"] if us_rows else _eia_states(d)
        return float(x.loc[x["fueltypeid"] == "DPV", "generation"].sum() / x["generation"].sum())

    return value


def _eia_florida(d: pd.DataFrame) -> list[float]:
    x = d[(d["location"] == "FL") & d["period"].str.startswith("2023")]
    return [x.groupby("period")["generation"].sum().mean(), x["generation"].mean()]


# --- 7. FHWA National Bridge Inventory sample ----------------------------------------------------------------------

# FIPS: share of bridges, poor-condition odds multiplier, latitude, longitude
_NBI_STATES: dict[int, tuple[float, float, float, float]] = {
    48: (0.32, 0.5, 31.0, -99.0),
    19: (0.16, 2.6, 42.0, -93.5),
    42: (0.18, 2.0, 40.9, -77.6),
    6: (0.20, 1.1, 36.8, -119.4),
    36: (0.14, 1.3, 42.9, -75.5),
}
_NBI_FEATURES = ["CREEK", "BRANCH CREEK", "IH 35", "UNNAMED TRIB", "RAILROAD", "RIVER", "DRAINAGE DITCH", "SR 22"]
_NBI_FACILITY = ["COUNTY ROAD", "SH 6", "US 20", "FM 1960", "LOCAL STREET", "IH 80", "CR 150"]


def _dms(x: float) -> int:
    x = abs(x)
    deg = int(x)
    mins = int((x - deg) * 60)
    secs = (x - deg - mins / 60) * 3600
    return int(f"{deg:02d}{mins:02d}{int(secs * 100):04d}")


def _bridges_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11807)
    n = 2400
    codes = list(_NBI_STATES)
    p = np.array([_NBI_STATES[c][0] for c in codes])
    rows = []
    for _ in range(n):
        st = int(rng.choice(codes, p=p / p.sum()))
        _, odds, lat, lon = _NBI_STATES[st]
        built = int(np.clip(rng.normal(1972, 20), 1900, 2022))
        culvert = rng.random() < 0.18
        age = 2023 - built
        rebuilt = int(rng.integers(max(built + 15, 1960), 2023)) if age > 30 and rng.random() < 0.25 else 0
        wear = age if not rebuilt else 2023 - rebuilt
        base = 8.4 - wear / 24 - (odds - 1) * 0.5
        deck = int(np.clip(round(base + rng.normal(0, 0.9)), 2, 9))
        sup = int(np.clip(round(base + rng.normal(0, 0.9)), 2, 9))
        sub = int(np.clip(round(base + rng.normal(0, 0.9)), 1, 9))
        low = min(sup, sub) if culvert else min(deck, sup, sub)
        cond = "P" if low <= 4 else ("F" if low <= 6 else "G")
        adt = int(rng.lognormal(7.2, 1.5)) + 10
        rows.append(
            {
                "STATE_CODE_001": st,
                "STRUCTURE_NUMBER_008": f"{int(rng.integers(10**8, 10**9)):015d}",
                "COUNTY_CODE_003": int(rng.integers(1, 255)) * 2 - 1,
                "FEATURES_DESC_006A": f"'{rng.choice(_NBI_FEATURES)}'",
                "FACILITY_CARRIED_007": f"'{rng.choice(_NBI_FACILITY)}'",
                "LAT_016": _dms(lat + rng.normal(0, 1.2)),
                "LONG_017": _dms(lon + rng.normal(0, 1.8)),
                "YEAR_BUILT_027": built,
                "TRAFFIC_LANES_ON_028A": int(rng.choice([1, 2, 2, 2, 4, 6])),
                "ADT_029": adt,
                "YEAR_ADT_030": int(rng.integers(2015, 2023)),
                "STRUCTURE_KIND_043A": int(rng.choice([1, 2, 3, 4, 5, 7], p=[0.3, 0.05, 0.3, 0.05, 0.25, 0.05])),
                "MAX_SPAN_LEN_MT_048": round(float(rng.lognormal(2.7, 0.6)), 1),
                "STRUCTURE_LEN_MT_049": round(float(rng.lognormal(3.6, 0.8)), 1),
                "DECK_COND_058": "N" if culvert else str(deck),
                "SUPERSTRUCTURE_COND_059": "N" if culvert else str(sup),
                "SUBSTRUCTURE_COND_060": "N" if culvert else str(sub),
                "YEAR_RECONSTRUCTED_106": rebuilt,
                "PERCENT_ADT_TRUCK_109": int(np.clip(rng.gamma(2, 5), 0, 60)),
                "BRIDGE_CONDITION": cond,
            }
        )
    return pd.DataFrame(rows)


def _nbi_poor_state(d: pd.DataFrame) -> str:
    return _top((d["BRIDGE_CONDITION"] == "P").groupby(d["STATE_CODE_001"]).mean())


def _nbi_deck(d: pd.DataFrame) -> pd.DataFrame:
    x = d.assign(deck=pd.to_numeric(d["DECK_COND_058"], errors="coerce"))
    return x.dropna(subset=["deck"])


# --- the set -------------------------------------------------------------------------------------------------------

_SS_USES = ("email", "subscription_type")
_AWS_TOTAL = "Total costs($)"
_FV_USES = ("Date", "Activity", "Amount")

HELDOUT118 = [
    Dataset(
        "substack_subscribers_export",
        _substack_frame,
        [
            Q(
                "how many subscribers do i have?",
                either(_count(lambda d: len(d)), _count(lambda d: d["email"].nunique())),
                ("email",),
            ),
            Q(
                "what percent of them pay?",
                either(
                    _share(lambda d: _ss_paid(False)(d).mean()),
                    _share(lambda d: _ss_paid(True)(d).mean()),
                    _share(lambda d: d.drop_duplicates("email").pipe(_ss_paid(False)).mean()),
                    _share(lambda d: d.drop_duplicates("email").pipe(_ss_paid(True)).mean()),
                ),
                (*_SS_USES, "first_payment_at"),
            ),
            Q("where are most of my readers from?", _lead(_named(_ss_country)), ("country", "email")),
            Q(
                "how many people signed up in 2024?",
                _count(lambda d: int((_ss_created(d).dt.year == 2024).sum())),
                ("created_at", "email"),
            ),
            Q("which month had the most new signups?", _month_year(_ss_top_month), ("created_at", "email")),
            Q(
                "do paying subscribers open more emails than free ones?",
                either(
                    *(_about(f(c), rel=0.01) for f in (_ss_opens, _ss_rates, _ss_rate_pooled) for c in (False, True)),
                    *(
                        _about(lambda d, f=f, c=c: 100 * np.array(f(c)(d)), rel=0.01)
                        for f in (_ss_rates, _ss_rate_pooled)
                        for c in (False, True)
                    ),
                ),
                (*_SS_USES, "emails_opened_6mo", "emails_received_6mo", "first_payment_at"),
            ),
        ],
    ),
    Dataset(
        "aws_cost_explorer_export",
        _aws_frame,
        [
            Q(
                "how much did we spend in total?",
                _scaled(lambda d: _aws_days(d)[_AWS_TOTAL].sum(), _MONEY),
                ("Service", _AWS_TOTAL),
            ),
            Q("which service costs us the most?", _lead(_named(_aws_top_service)), ("Service",)),
            Q("what was our most expensive month?", _month_year(_aws_top_month), ("Service", _AWS_TOTAL)),
            Q("how much was s3 in march 2024?", _scaled(_aws_s3, _MONEY), ("Service", "S3($)")),
            Q(
                "what share of the bill is tax?",
                _share(lambda d: _aws_days(d)["Tax($)"].sum() / _aws_days(d)[_AWS_TOTAL].sum()),
                ("Service", "Tax($)", _AWS_TOTAL),
            ),
            Q(
                "on how many days did we spend more than $500?",
                _count(lambda d: int((_aws_days(d)[_AWS_TOTAL] > 500).sum())),
                ("Service", _AWS_TOTAL),
            ),
        ],
    ),
    Dataset(
        "audible_library_export",
        _audible_frame,
        [
            Q(
                "how many books have i finished?",
                _count(lambda d: int(_au_finished(d).sum())),
                ("is_finished", "asin", "title"),
            ),
            Q(
                "how many hours of audio is my whole library?",
                either(
                    _about(lambda d: d["runtime_length_min"].sum() / 60, rel=0.005),
                    _scaled(lambda d: d["runtime_length_min"].sum() / 60, (1e3,)),
                ),
                ("runtime_length_min",),
            ),
            Q(
                "who's the author i have the most books by?",
                _labels(_au_first_author, _au_any_author),
                ("authors", "asin", "title"),
            ),
            Q("which year did i buy the most books?", _lead(_year(_au_top_year)), ("purchase_date", "asin", "title")),
            Q(
                "how many books have i started but not finished?",
                _count(lambda d: int(_au_started(d).sum())),
                ("percent_complete", "is_finished", "asin", "title"),
            ),
            Q(
                "how far along am i in those on average?",
                either(
                    has(lambda d: d.loc[_au_started(d), "percent_complete"].mean(), rel=0.01),
                    has(lambda d: d.loc[_au_started(d), "percent_complete"].median(), rel=0.01),
                ),
                ("percent_complete", "is_finished", "asin", "title"),
            ),
        ],
    ),
    Dataset(
        "fiverr_earnings_report",
        _fiverr_frame,
        [
            Q(
                "how much have i earned in total?",
                either(
                    *(
                        _scaled(_fv_income(k), _MONEY)
                        for k in (("Earning",), ("Earning", "Tip"), ("Earning", "Tip", "Refund"), ("Earning", "Refund"))
                    )
                ),
                _FV_USES,
            ),
            Q(
                "and how much did i withdraw?",
                _scaled(lambda d: -_fv_income(("Withdrawal",))(d), _MONEY),
                _FV_USES,
            ),
            Q(
                "who's my best customer?",
                _labels(_fv_best_buyer(("Earning",)), _fv_best_buyer(("Earning", "Tip"))),
                ("From", "Activity", "Amount", "Order"),
            ),
            Q(
                "which month did i make the most money?",
                either(
                    *(
                        _month_year(_fv_best_month(k))
                        for k in (("Earning",), ("Earning", "Tip"), ("Earning", "Tip", "Refund"))
                    )
                ),
                _FV_USES,
            ),
            Q(
                "average order value?",
                either(
                    has(lambda d: _fv(d).loc[lambda x: x["Activity"] == "Earning", "amt"].mean(), rel=0.01),
                    has(lambda d: _fv(d).loc[lambda x: x["Activity"] == "Earning", "amt"].median(), rel=0.01),
                ),
                (*_FV_USES, "Order"),
            ),
            Q("how many tips did i get, and how big are they usually?", has(_fv_tips, rel=0.01), (*_FV_USES, "Order")),
        ],
    ),
    Dataset(
        "eviction_lab_filings",
        _eviction_frame,
        [
            Q(
                "how many eviction filings are in here in total?",
                _count(lambda d: int(d["filings_2020"].sum())),
                ("filings_2020",),
            ),
            Q(
                "which city had the most evictions?",
                _lead(_named(lambda d: _top(d.groupby("city")["filings_2020"].sum()).split(",")[0])),
                ("city", "filings_2020"),
            ),
            Q(
                "how many filings in houston in 2021?",
                _count(
                    lambda d: int(
                        d.loc[
                            (d["city"] == "Houston, TX") & d["week_date"].str.startswith("2021"), "filings_2020"
                        ].sum()
                    )
                ),
                ("city", "week_date", "filings_2020"),
            ),
            Q(
                "which week had the most filings across all cities?",
                _lead(_day(_ev_top_week)),
                ("week_date", "filings_2020", "week"),
            ),
            Q(
                "compare filings in mostly black vs mostly white neighborhoods",
                either(has(_ev_by_majority("sum"), rel=0.001), has(_ev_by_majority("mean"), rel=0.01)),
                ("racial_majority", "filings_2020", "GEOID"),
            ),
            Q(
                "how many rows don't have a baseline average?",
                _count(lambda d: int(d["filings_avg"].isna().sum())),
                ("filings_avg",),
            ),
        ],
    ),
    Dataset(
        "eia_solar_generation_by_state",
        _eia_frame,
        [
            Q(
                "which state makes the most solar power?",
                _lead(_named(_eia_top_state)),
                ("stateDescription", "location", "generation"),
            ),
            Q(
                "total solar generation in texas in 2022",
                either(
                    _scaled(_eia_texas(("SPV", "DPV")), (1e3, 1e6), rel=0.006),
                    _scaled(_eia_texas(("SPV",)), (1e3, 1e6), rel=0.006),
                ),
                ("stateDescription", "location", "period", "generation", "fueltypeid", "fuelTypeDescription"),
            ),
            Q(
                "how much did us solar grow between 2019 and 2023?",
                either(_pct(_eia_growth(True)), _pct(_eia_growth(False)), _pct(lambda d: _eia_growth(True)(d) + 1)),
                ("location", "stateDescription", "period", "generation"),
            ),
            Q(
                "what fraction of it is small-scale rooftop solar?",
                either(_share(_eia_small_share(True)), _share(_eia_small_share(False))),
                ("location", "stateDescription", "generation", "fueltypeid", "fuelTypeDescription"),
            ),
            Q(
                "how many missing generation values are there?",
                _count(lambda d: int(d["generation"].isna().sum())),
                ("generation",),
            ),
            Q(
                "average monthly generation in florida for 2023",
                either(*(_scaled(lambda d, i=i: _eia_florida(d)[i], (1e3,), rel=0.006) for i in range(2))),
                ("stateDescription", "location", "period", "generation"),
            ),
        ],
    ),
    Dataset(
        "national_bridge_inventory_sample",
        _bridges_frame,
        [
            Q(
                "how many bridges are in poor condition?",
                _count(lambda d: int((d["BRIDGE_CONDITION"] == "P").sum())),
                ("BRIDGE_CONDITION", "STRUCTURE_NUMBER_008"),
            ),
            Q(
                "what's the typical year these bridges were built?",
                either(
                    has(lambda d: d["YEAR_BUILT_027"].mean(), rel=0.0003),
                    has(lambda d: d["YEAR_BUILT_027"].median(), rel=0.0001),
                ),
                ("YEAR_BUILT_027",),
            ),
            Q(
                "which state has the highest share of poor bridges?",
                _lead(_named(_nbi_poor_state)),
                ("STATE_CODE_001", "BRIDGE_CONDITION", "STRUCTURE_NUMBER_008"),
            ),
            Q(
                "average daily traffic on good vs poor bridges",
                has(lambda d: d.groupby("BRIDGE_CONDITION")["ADT_029"].mean()[["G", "P"]].to_numpy(), rel=0.01),
                ("ADT_029", "BRIDGE_CONDITION"),
            ),
            Q(
                "are older bridges in worse deck condition?",
                _corr(lambda d: _nbi_deck(d)["YEAR_BUILT_027"], lambda d: _nbi_deck(d)["deck"]),
                ("DECK_COND_058", "YEAR_BUILT_027"),
            ),
            Q(
                "how many have never been reconstructed?",
                _count(lambda d: int((d["YEAR_RECONSTRUCTED_106"] == 0).sum())),
                ("YEAR_RECONSTRUCTED_106", "STRUCTURE_NUMBER_008"),
            ),
        ],
    ),
]
