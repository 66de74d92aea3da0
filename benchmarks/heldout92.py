"""HELDOUT92: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of public files an analyst is likely to bring along: a Chase credit card
activity download (Chase1234_Activity20230101_20231231.csv, one year) with "03/14/2023" Transaction Date and Post
Date (posting one to three days later), upper-case merchant descriptions with reference codes ("AMAZON MKTPL*1A2B3C",
"Amazon.com*7X2KQ", "STARBUCKS STORE 08812"), Category Shopping / Food & Drink / Gas / Travel / Bills & Utilities /
Groceries / Fees & Adjustments and blank for payments, Type Sale / Payment / Return / Fee / Adjustment, Amount
negative for charges and fees and positive for payments, returns and credits, an empty Memo, newest first; a
Withings body-composition scale export (weight.csv, January 2022 to June 2023, newest first) with Date as
"2023-03-14 07:12:45", Weight (kg), Fat mass (kg), Bone mass (kg), Muscle mass (kg) and Hydration (kg) to two
decimals (the four body-composition columns blank together on weight-only weigh-ins), a few Comments, days without a
weigh-in and days with two or three; a Salesforce "Opportunities by Stage" report exported as CSV (412 records,
grouped in stage order) with Opportunity Owner, Account Name, "Account - Product" Opportunity Name, Stage
Prospecting / Qualification / Proposal / Negotiation / Closed Won / Closed Lost, Fiscal Period "Q1-2023", Amount and
Expected Revenue written "USD 12,500.00", Probability (%) set by stage, Age in days, "3/14/2023" Close Date and
Created Date, Next Step mostly blank, Lead Source Web / Partner / Referral / Trade Show (a few blank) and Type New
Business / Existing Business, followed by the report footer: a blank line, "Grand Totals (412 records)" with the
total Amount and Expected Revenue, another blank line and the salesforce.com copyright line; NYC Open Data's NYPD
Arrest Data (Year to Date), January to September 2023, with a unique 9-digit ARREST_KEY, "03/14/2023" ARREST_DATE,
PD_CD / PD_DESC internal codes and KY_CD (both blank where OFNS_DESC is "(null)"), OFNS_DESC such as "ASSAULT 3 &
RELATED OFFENSES", "PL 1200001" LAW_CODE, LAW_CAT_CD F / M / V / I (a few blank), ARREST_BORO B / K / M / Q / S,
ARREST_PRECINCT, JURISDICTION_CODE (0 for NYPD, others for transit, housing and outside agencies), AGE_GROUP "<18" /
"18-24" / "25-44" / "45-64" / "65+", PERP_SEX M / F, upper-case PERP_RACE, state-plane X_COORD_CD / Y_COORD_CD and
Latitude / Longitude; a football-data.co.uk English Premier League 2022-23 results file (E0.csv, 380 matches) with
Div E0, "14/03/2023" Date, "15:00" Time, HomeTeam / AwayTeam as the site spells them ("Man City", "Nott'm Forest"),
full-time and half-time goals and results, Referee as "A Taylor", shots, shots on target, fouls, corners, yellow and
red cards for each side and Bet365 home / draw / away odds; a CMS Medicare Part D Prescribers by Provider and Drug
extract (about 3,400 rows for 500 prescribers) with 10-digit Prscrbr_NPI, Prscrbr_Last_Org_Name and
Prscrbr_First_Name, city and two-letter state, Prscrbr_Type ("Family Practice", "Internal Medicine", "Nurse
Practitioner", ...), Brnd_Name and Gnrc_Name as CMS writes them ("Eliquis" / "Apixaban", "Lantus" and "Basaglar" both
"Insulin Glargine,Hum.Rec.Anlog"), Tot_Clms (never under 11), fractional Tot_30day_Fills, Tot_Day_Suply,
Tot_Drug_Cst, Tot_Benes blank when under 11, GE65_Sprsn_Flag "*" (under 11) / "#" (counter-suppressed) / blank and
GE65_Tot_Clms blank when suppressed; and Kaggle's DonorsChoose Projects.csv (about 3,000 projects posted 2013 to
April 2018) with 32-character hex Project ID, School ID and Teacher ID (teachers repeat), Teacher Project Posted
Sequence, Project Type Teacher-Led / Student-Led / Professional Development, Project Title, a comma-separated Project
Subject Category Tree ("Literacy & Language, Math & Science"), Project Grade Level Category "Grades PreK-2" ...
"Grades 9-12", Project Resource Category (Supplies, Technology, Books, Computers & Tablets, ...), Project Cost,
"2017-03-14" Project Posted Date and Project Expiration Date, Project Current Status Fully Funded / Expired / Live and
Project Fully Funded Date blank unless funded. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout40 import _top_named
from .heldout42 import _ranked
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _money(s: pd.Series) -> pd.Series:
    """Amounts written "USD 12,500.00", "$1,200" or plain, as floats (blank as NaN)."""
    return pd.to_numeric(_text(s).str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _top(scores: pd.Series) -> str:
    return str(_ranked(scores).index[0])


def _hex(rng: np.random.Generator, k: int = 32) -> str:
    return "".join("0123456789abcdef"[int(i)] for i in rng.integers(0, 16, k))


# --- 1. Chase credit card activity download ---------------------------------------------------------------------

# category: share of charges, merchants ("|" between), typical amount (lognormal median), spread
_CH_CATS: dict[str, tuple[float, str, float, float]] = {
    "Shopping": (
        26,
        "AMAZON MKTPL*{c}|AMAZON MKTPL*{c}|Amazon.com*{c}|TARGET        000{n}|BEST BUY      00{n}|ETSY.COM - {c}|"
        "TJ MAXX #{n}|HOMEDEPOT.COM {n}",
        38.0,
        0.8,
    ),
    "Food & Drink": (
        30,
        "STARBUCKS STORE {n}|CHIPOTLE {n}|DOORDASH*{c}|MCDONALD'S F{n}|SWEETGREEN {c}|TST* BLUE DOOR TAVERN|"
        "UBER   *EATS {c}",
        17.0,
        0.7,
    ),
    "Groceries": (14, "WHOLEFDS MKT {n}|TRADER JOE S #{n}|KROGER #{n}|INSTACART*{c}", 62.0, 0.6),
    "Gas": (9, "SHELL OIL {n}|EXXONMOBIL {n}|CHEVRON 0{n}|WAWA {n}", 44.0, 0.3),
    "Travel": (6, "UNITED      0162{n}|DELTA AIR 006{n}|MARRIOTT {c}|UBER   *TRIP {c}|LYFT   *RIDE {c}", 95.0, 1.1),
    "Bills & Utilities": (8, "COMCAST CABLE COMM|VERIZON WRLS {n}|NETFLIX.COM|SPOTIFY USA|CON ED OF NY", 70.0, 0.6),
    "Entertainment": (4, "AMC {n} ONLINE|TICKETMASTER {c}|STEAMGAMES.COM {n}", 35.0, 0.6),
    "Health & Wellness": (3, "CVS/PHARMACY #{n}|WALGREENS #{n}|EQUINOX {n}", 28.0, 0.7),
}


def _ch_desc(rng: np.random.Generator, pattern: str) -> str:
    code = "".join(str(_one(rng, list("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))) for _ in range(6))
    return pattern.replace("{c}", code).replace("{n}", str(int(rng.integers(1000, 99999))))


def _chase_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9201)
    cats = list(_CH_CATS)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2023-12-31"):
        busy = 2.6 + (1.2 if day.month in (11, 12) else 0) + (0.8 if day.dayofweek >= 5 else 0)
        for _ in range(int(rng.poisson(busy))):
            cat = str(_one(rng, cats, [c[0] for c in _CH_CATS.values()]))
            _w, merchants, median, spread = _CH_CATS[cat]
            desc = _ch_desc(rng, str(_one(rng, merchants.split("|"))))
            amount = round(float(median * rng.lognormal(0, spread)), 2)
            if cat == "Travel" and day.month in (7, 12) and rng.random() < 0.3:
                amount = round(amount * 4, 2)
            rows.append({"day": day, "Description": desc, "Category": cat, "Type": "Sale", "Amount": -amount})
            if rng.random() < 0.035 and cat in ("Shopping", "Travel", "Entertainment"):
                back = day + pd.Timedelta(days=int(rng.integers(3, 25)))
                if back.year == 2023:
                    part = amount if rng.random() < 0.7 else round(amount * float(rng.uniform(0.2, 0.8)), 2)
                    rows.append({"day": back, "Description": desc, "Category": cat, "Type": "Return", "Amount": part})
        if day.day == 22:
            pay = round(float(rng.uniform(1400, 2600)), 2)
            rows.append({"day": day, "Description": "Payment Thank You-Mobile", "Category": None, "Type": "Payment"})
            rows[-1]["Amount"] = pay
        if day.day == 5 and rng.random() < 0.25:
            rows.append({"day": day, "Description": "LATE FEE", "Category": "Fees & Adjustments", "Type": "Fee"})
            rows[-1]["Amount"] = -39.0
        if day.month == 2 and day.day == 1:
            rows.append(
                {"day": day, "Description": "ANNUAL MEMBERSHIP FEE", "Category": "Fees & Adjustments", "Type": "Fee"}
            )
            rows[-1]["Amount"] = -95.0
        if rng.random() < 0.008:
            rows.append({"day": day, "Description": "STATEMENT CREDIT", "Category": "Fees & Adjustments"})
            rows[-1] |= {"Type": "Adjustment", "Amount": round(float(rng.uniform(5, 60)), 2)}
    frame = pd.DataFrame(rows)
    lag = rng.integers(0, 4, len(frame))
    frame["Post Date"] = [
        (d + pd.Timedelta(days=int(k))).strftime("%m/%d/%Y") for d, k in zip(frame["day"], lag, strict=True)
    ]
    frame["Transaction Date"] = frame["day"].dt.strftime("%m/%d/%Y")
    frame["Memo"] = np.nan
    frame = frame.iloc[::-1].reset_index(drop=True)
    cols = ["Transaction Date", "Post Date", "Description", "Category", "Type", "Amount", "Memo"]
    return frame[cols]


_CH_ID = ("Transaction Date", "Description")


def _ch_when(d: pd.DataFrame, post: bool = False) -> pd.Series:
    return pd.to_datetime(d["Post Date" if post else "Transaction Date"], format="%m/%d/%Y", errors="coerce")


def _ch_spend(d: pd.DataFrame, how: str) -> pd.Series:
    """Spending per row as a positive number: "sales" (Type Sale), "charges" (every negative amount) or "net"
    (sales less returns)."""
    kind, amount = _text(d["Type"]), pd.to_numeric(d["Amount"], errors="coerce")
    if how == "sales":
        return (-amount).where(kind == "Sale", 0.0)
    if how == "charges":
        return (-amount).where(amount < 0, 0.0)
    return (-amount).where(kind.isin(["Sale", "Return"]), 0.0)


def _ch_total(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ch_spend(d, how).sum())


def _ch_top_cat(how: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        cat = _text(d["Category"])
        return _top(_ch_spend(d, how).groupby(cat).sum().drop("", errors="ignore"))

    return top


def _ch_food(how: str, months: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        spend = _ch_spend(d, how).where(_text(d["Category"]) == "Food & Drink", 0.0)
        by = spend.groupby(_ch_when(d).dt.month).sum()
        return float(by.mean() if months else spend.sum() / 12)

    return mean


def _ch_peak(how: str, post: bool) -> Callable[[pd.DataFrame], Any]:
    def peak(d: pd.DataFrame) -> Any:
        when = _ch_when(d, post).dt.to_period("M")
        by = _ch_spend(d, how).groupby(when).sum()
        return by.idxmax().to_timestamp()

    return peak


def _ch_amazon(d: pd.DataFrame) -> pd.Series:
    return _text(d["Description"]).str.contains("amazon", case=False)


def _ch_amazon_count(sales_only: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        rows = _ch_amazon(d) & (_text(d["Type"]) == "Sale") if sales_only else _ch_amazon(d)
        return float(rows.sum())

    return count


def _ch_amazon_total(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ch_spend(d, how)[_ch_amazon(d)].sum())


_CHASE_QS = [
    Q(
        "how much did i spend in total this year",
        either(*(_scaled(_ch_total(h), (1e3,)) for h in ("sales", "charges", "net"))),
        ("Amount", "Type", "Transaction Date"),
    ),
    Q(
        "what category did i spend the most on?",
        _lead(either(*(_named(_ch_top_cat(h)) for h in ("sales", "charges", "net")))),
        ("Category", "Amount", "Type"),
    ),
    Q(
        "on average how much do i spend on food & drink a month",
        either(*(_about(_ch_food(h, m)) for h in ("sales", "net") for m in (False, True))),
        ("Category", "Amount", "Transaction Date", "Type"),
    ),
    Q(
        "which month was the most expensive",
        _lead(either(*(_month(_ch_peak(h, p)) for h in ("sales", "charges", "net") for p in (False, True)))),
        ("Transaction Date", "Post Date", "Amount", "Type"),
    ),
    Q(
        "how many amazon purchases are there",
        either(_count(_ch_amazon_count(True)), _count(_ch_amazon_count(False))),
        ("Description", "Type"),
    ),
    Q(
        "and how much did they add up to?",
        either(*(_scaled(_ch_amazon_total(h), (1e3,)) for h in ("sales", "net"))),
        ("Description", "Type", "Amount"),
    ),
]


# --- 2. Withings scale export (weight.csv) --------------------------------------------------------------------------

_WT_COMMENTS = "after run:3;after gym:3;vacation:1;sick:1;new scale spot:0.5"


def _withings_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9202)
    days = pd.date_range("2022-01-03", "2023-06-30")
    span = len(days)
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(days):
        if rng.random() > 0.78:
            continue
        t = i / span
        base = 93.4 - 8.2 * t + 1.6 * np.exp(-(((day.dayofyear + 10) % 365 - 10) ** 2) / 200.0)
        base += float(rng.normal(0, 0.35))
        fat_ratio = 0.275 - 0.045 * t + float(rng.normal(0, 0.006))
        k = int(_one(rng, [1, 2, 3], [82, 15, 3]))
        hours = sorted(_one(rng, [6, 7, 7, 8, 12, 18, 21, 22]) for _ in range(k))
        for h in hours:
            stamp = day + pd.Timedelta(hours=int(h), minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(60)))
            weight = base + (0.7 if h >= 12 else 0) + float(rng.normal(0, 0.15))
            row: dict[str, Any] = {"Date": stamp, "Weight (kg)": round(weight, 2)}
            if rng.random() > 0.17:
                fat = weight * fat_ratio
                bone = 3.42 + float(rng.normal(0, 0.03))
                muscle = (weight - fat) * 0.949 - bone + float(rng.normal(0, 0.2))
                hydration = muscle * 0.728 + float(rng.normal(0, 0.3))
                row |= {"Fat mass (kg)": round(fat, 2), "Bone mass (kg)": round(bone, 2)}
                row |= {"Muscle mass (kg)": round(muscle, 2), "Hydration (kg)": round(hydration, 2)}
            if rng.random() < 0.03:
                row["Comments"] = _draw(rng, _WT_COMMENTS)
            rows.append(row)
    frame = pd.DataFrame(rows).sort_values("Date", ascending=False, kind="stable")
    frame["Date"] = frame["Date"].dt.strftime("%Y-%m-%d %H:%M:%S")
    cols = ["Date", "Weight (kg)", "Fat mass (kg)", "Bone mass (kg)", "Muscle mass (kg)", "Hydration (kg)", "Comments"]
    return frame.reindex(columns=cols).reset_index(drop=True)


def _wt_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], errors="coerce")


def _wt_counts(d: pd.DataFrame) -> list[float]:
    per_day = _wt_when(d).dt.normalize().value_counts()
    return [float(len(d)), float((per_day > 1).sum())]


def _wt_loss(daily: bool) -> Callable[[pd.DataFrame], float]:
    def loss(d: pd.DataFrame) -> float:
        when, w = _wt_when(d), d["Weight (kg)"]
        if daily:
            by = w.groupby(when.dt.normalize()).mean().sort_index()
            return float(abs(by.iloc[0] - by.iloc[-1]))
        order = when.sort_values(kind="stable").index
        return float(abs(w[order[0]] - w[order[-1]]))

    return loss


def _wt_low_month(daily: bool) -> Callable[[pd.DataFrame], Any]:
    def low(d: pd.DataFrame) -> Any:
        when, w = _wt_when(d), d["Weight (kg)"]
        if daily:
            w = w.groupby(when.dt.normalize()).mean()
            months = w.index.to_period("M")
        else:
            months = when.dt.to_period("M")
        return w.groupby(months).mean().idxmin().to_timestamp()

    return low


def _wt_no_fat(by_day: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        blank = d["Fat mass (kg)"].isna()
        if not by_day:
            return float(blank.sum())
        return float((~(~blank).groupby(_wt_when(d).dt.normalize()).any()).sum())

    return count


def _wt_fat_pct(pooled: bool, year: int | None = None) -> Callable[[pd.DataFrame], float]:
    def pct(d: pd.DataFrame) -> float:
        rows = d[d["Fat mass (kg)"].notna()]
        if year is not None:
            rows = rows[_wt_when(rows).dt.year == year]
        if pooled:
            return float(rows["Fat mass (kg)"].sum() / rows["Weight (kg)"].sum())
        return float((rows["Fat mass (kg)"] / rows["Weight (kg)"]).mean())

    return pct


def _wt_fat_years(pooled: bool) -> Callable[[pd.DataFrame], list[float]]:
    return lambda d: [_wt_fat_pct(pooled, y)(d) for y in (2022, 2023)]


_WITHINGS_QS = [
    Q(
        "how many times did i weigh myself, and on how many days more than once?",
        _count(_wt_counts),
        ("Date",),
    ),
    Q(
        "how much weight have i lost from the first weigh in to the latest one",
        either(_about(_wt_loss(False)), _about(_wt_loss(True))),
        ("Date", "Weight (kg)"),
    ),
    Q(
        "which month was my weight lowest on average",
        _lead(either(_month_year(_wt_low_month(False)), _month_year(_wt_low_month(True)))),
        ("Date", "Weight (kg)"),
    ),
    Q(
        "how many weigh-ins don't have a fat mass reading",
        either(_count(_wt_no_fat(False)), _count(_wt_no_fat(True))),
        ("Date", "Fat mass (kg)"),
    ),
    Q(
        "what's my average body fat %",
        either(_share(_wt_fat_pct(False)), _share(_wt_fat_pct(True))),
        ("Fat mass (kg)", "Weight (kg)"),
    ),
    Q(
        "and 2022 vs 2023?",
        either(_shares(_wt_fat_years(False)), _shares(_wt_fat_years(True))),
        ("Date", "Fat mass (kg)", "Weight (kg)"),
    ),
]


# --- 3. Salesforce "Opportunities by Stage" report export -----------------------------------------------------------

_SF_OWNERS = "Megan Alvarez:14;Tom Becker:12;Priya Natarajan:13;Jordan Lee:10;Chris O'Neil:11;Dana Whitfield:9;"
_SF_OWNERS += "Sam Okafor:8;Rachel Kim:7"
# stage: share of records, probability (%)
_SF_STAGES = {
    "Prospecting": (13, 10),
    "Qualification": (12, 20),
    "Proposal": (12, 50),
    "Negotiation": (8, 75),
    "Closed Won": (28, 100),
    "Closed Lost": (27, 0),
}
_SF_ACCOUNTS = (
    "Acme Corp;Globex Inc;Initech;Umbrella Health;Stark Logistics;Wayne Foods;Hooli;Vandelay Industries;"
    "Pied Piper;Soylent Co;Cyberdyne Systems;Massive Dynamic;Wonka Confections;Tyrell Corp;Oscorp;Nakatomi Trading;"
    "Gringotts Credit Union;Dunder Mifflin;Prestige Worldwide;Bluth Company;Sterling Cooper;Kramerica;Aperture Labs;"
    "Monarch Solutions;Blue Sun Corp;Rekall Inc;Genco Pura;Virtucon;Gekko & Co;Oceanic Airlines;Duff Brewing;"
    "Los Pollos Hermanos;Krusty Krab;Spacely Sprockets;Cogswell Cogs;Ollivanders;Buy n Large;Zorg Industries;"
    "Ewing Oil;Central Perk;Paper Street Soap;InGen;Benthic Petroleum;Yoyodyne;Weyland Yutani;Frobozz Magic"
)
_SF_PRODUCTS = "Platform License:5;Renewal:4;Add-on Seats:4;Implementation Services:2;Premium Support:2;Upgrade:2"
_SF_SOURCES = "Web:38;Partner:20;Referral:22;Trade Show:15;:5"
_SF_SOURCE_SIZE = {"Web": 0.8, "Partner": 1.35, "Referral": 1.1, "Trade Show": 1.0, "": 1.0}
_SF_STEPS = "Send proposal;Follow up call;Demo scheduled;Legal review;Waiting on budget;Intro meeting"
_SF_REPORT_DAY = pd.Timestamp("2023-03-15")
_SF_N = 412


def _usd(x: float) -> str:
    return f"USD {x:,.2f}"


def _salesforce_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9203)
    stages = list(_SF_STAGES)
    accounts = _split(_SF_ACCOUNTS)
    rows: list[dict[str, Any]] = []
    for _ in range(_SF_N):
        stage = str(_one(rng, stages, [s[0] for s in _SF_STAGES.values()]))
        prob = _SF_STAGES[stage][1]
        owner = _draw(rng, _SF_OWNERS)
        account = str(_one(rng, accounts))
        product = _draw(rng, _SF_PRODUCTS)
        source = _draw(rng, _SF_SOURCES)
        kind = "Existing Business" if product in ("Renewal", "Add-on Seats", "Upgrade") else "New Business"
        amount = float(np.round(18000 * _SF_SOURCE_SIZE[source] * rng.lognormal(0, 0.7), -2))
        if stage.startswith("Closed"):
            close = _SF_REPORT_DAY - pd.Timedelta(days=int(rng.integers(1, 330)))
            created = close - pd.Timedelta(days=int(rng.integers(14, 200)))
            age = (close - created).days
        else:
            close = _SF_REPORT_DAY + pd.Timedelta(days=int(rng.integers(5, 290)))
            created = _SF_REPORT_DAY - pd.Timedelta(days=int(rng.integers(3, 240)))
            age = (_SF_REPORT_DAY - created).days
        rows.append(
            {
                "Opportunity Owner": owner,
                "Account Name": account,
                "Opportunity Name": f"{account} - {product}",
                "Stage": stage,
                "Fiscal Period": f"Q{(close.month - 1) // 3 + 1}-{close.year}",
                "Amount": _usd(amount),
                "Expected Revenue": _usd(amount * prob / 100),
                "Probability (%)": prob,
                "Age": age,
                "Close Date": f"{close.month}/{close.day}/{close.year}",
                "Created Date": f"{created.month}/{created.day}/{created.year}",
                "Next Step": str(_one(rng, _split(_SF_STEPS))) if rng.random() < 0.35 and prob not in (0, 100) else "",
                "Lead Source": source,
                "Type": kind,
                "_order": stages.index(stage),
            }
        )
    frame = pd.DataFrame(rows).sort_values(["_order", "Opportunity Owner"], kind="stable").drop(columns="_order")
    total = _money(frame["Amount"]).sum()
    expected = _money(frame["Expected Revenue"]).sum()
    blank = dict.fromkeys(frame.columns, "")
    footer = [
        blank,
        blank | {"Opportunity Owner": f"Grand Totals ({_SF_N} records)", "Amount": _usd(total)},
        blank,
        blank | {"Opportunity Owner": "Copyright (c) 2000-2023 salesforce.com, inc. All rights reserved."},
    ]
    footer[1]["Expected Revenue"] = _usd(expected)
    frame = pd.concat([frame, pd.DataFrame(footer)], ignore_index=True)
    return frame.replace("", np.nan)


_SF_ID = ("Opportunity Name", "Account Name")


def _sf_deals(d: pd.DataFrame) -> pd.DataFrame:
    """The report's records, without the footer lines."""
    return d[_text(d["Stage"]) != ""]


def _sf_won(d: pd.DataFrame) -> pd.DataFrame:
    deals = _sf_deals(d)
    return deals[_text(deals["Stage"]) == "Closed Won"]


def _sf_win_rate(closed_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        stage = _text(_sf_deals(d)["Stage"])
        won = float((stage == "Closed Won").sum())
        return won / float(stage.str.startswith("Closed").sum() if closed_only else len(stage))

    return rate


def _sf_top_rep(d: pd.DataFrame) -> str:
    won = _sf_won(d)
    return _top(_money(won["Amount"]).groupby(_text(won["Opportunity Owner"])).sum())


def _sf_sizes(won_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def sizes(d: pd.DataFrame) -> list[float]:
        deals = _sf_won(d) if won_only else _sf_deals(d)
        by = _money(deals["Amount"]).groupby(_text(deals["Lead Source"])).mean()
        return [float(by[s]) for s in ("Web", "Partner", "Referral", "Trade Show")]

    return sizes


def _sf_late_open(d: pd.DataFrame) -> float:
    deals = _sf_deals(d)
    open_ = ~_text(deals["Stage"]).str.startswith("Closed")
    close = pd.to_datetime(deals["Close Date"], format="%m/%d/%Y", errors="coerce")
    return float((open_ & (close >= pd.Timestamp("2023-07-01"))).sum())


_SALESFORCE_QS = [
    Q("how many opportunities are in this report", _count(lambda d: float(len(_sf_deals(d)))), _SF_ID),
    Q(
        "whats the total amount of closed won deals",
        _scaled(lambda d: float(_money(_sf_won(d)["Amount"]).sum()), (1e3, 1e6)),
        (*_SF_ID, "Stage", "Amount"),
    ),
    Q(
        "what's our win rate",
        either(_share(_sf_win_rate(True)), _share(_sf_win_rate(False))),
        (*_SF_ID, "Stage"),
    ),
    Q(
        "who closed the most revenue",
        _lead(_named(_sf_top_rep)),
        (*_SF_ID, "Opportunity Owner", "Stage", "Amount"),
    ),
    Q(
        "average deal size by lead source",
        either(_scaled(_sf_sizes(False), (1e3,)), _scaled(_sf_sizes(True), (1e3,))),
        (*_SF_ID, "Lead Source", "Amount", "Stage"),
    ),
    Q(
        "how many open deals are supposed to close after june 2023",
        _count(_sf_late_open),
        (*_SF_ID, "Stage", "Close Date"),
    ),
]


# --- 4. NYPD Arrest Data (Year to Date) -----------------------------------------------------------------------------

# OFNS_DESC: weight, PD_CD, PD_DESC, KY_CD, LAW_CODE, LAW_CAT_CD
_NY_OFFENSES: dict[str, tuple[float, int, str, str, str, str]] = {
    "ASSAULT 3 & RELATED OFFENSES": (15, 101, "ASSAULT 3", "344", "PL 1200001", "M"),
    "PETIT LARCENY": (12, 333, "LARCENY,PETIT FROM STORE-SHOPL", "341", "PL 1552500", "M"),
    "FELONY ASSAULT": (9, 109, "ASSAULT 2,1,UNCLASSIFIED", "106", "PL 1200502", "F"),
    "DANGEROUS DRUGS": (7.5, 511, "CONTROLLED SUBSTANCE, POSSESSION 7", "117", "PL 2200300", "M"),
    "VEHICLE AND TRAFFIC LAWS": (6.5, 922, "TRAFFIC,UNCLASSIFIED MISDEMEAN", "348", "VTL051101A", "M"),
    "MISCELLANEOUS PENAL LAW": (5, 759, "PUBLIC ADMINISTRATION,UNCLASSIFIED FELONY", "126", "PL 2150510", "F"),
    "ROBBERY": (4.5, 397, "ROBBERY,OPEN AREA UNCLASSIFIED", "105", "PL 1600500", "F"),
    "DANGEROUS WEAPONS": (4.5, 782, "WEAPONS, POSSESSION, ETC", "118", "PL 2650101", "F"),
    "GRAND LARCENY": (4, 439, "LARCENY,GRAND FROM OPEN AREAS, UNATTENDED", "109", "PL 1553001", "F"),
    "CRIMINAL MISCHIEF & RELATED OF": (3.5, 259, "CRIMINAL MISCHIEF,UNCLASSIFIED 4", "121", "PL 1450000", "M"),
    "OFF. AGNST PUB ORD SENSBLTY &": (3.5, 639, "AGGRAVATED HARASSMENT 2", "361", "PL 2403002", "M"),
    "BURGLARY": (3, 221, "BURGLARY,COMMERCIAL,NIGHT", "107", "PL 1402000", "F"),
    "CRIMINAL TRESPASS": (2.5, 203, "TRESPASS 3, CRIMINAL", "352", "PL 1401000", "M"),
    "INTOXICATED & IMPAIRED DRIVING": (2.5, 905, "INTOXICATED DRIVING,ALCOHOL", "347", "VTL11920U2", "M"),
    "HARRASSMENT 2": (1.5, 638, "HARASSMENT,SUBD 1,CIVILIAN", "578", "PL 2402601", "V"),
    "OTHER STATE LAWS": (1, 739, "FRAUD,UNCLASSIFIED-FELONY", "125", "LOC000000V", "I"),
    "(null)": (0.6, 0, "(null)", "", "LOC000000V", ""),
}
# borough: weight, precincts, latitude, longitude
_NY_BOROS: dict[str, tuple[float, str, float, float]] = {
    "K": (28, "60;61;62;63;66;67;68;69;70;71;72;73;75;76;77;78;79;81;83;84;88;90;94", 40.650, -73.950),
    "M": (25, "1;5;6;7;9;10;13;14;17;18;19;20;23;24;25;26;28;30;32;33;34", 40.785, -73.965),
    "B": (23, "40;41;42;43;44;45;46;47;48;49;50;52", 40.845, -73.880),
    "Q": (20, "100;101;102;103;104;105;106;107;108;109;110;111;112;113;114;115", 40.715, -73.820),
    "S": (4, "120;121;122;123", 40.585, -74.120),
}
_NY_AGES = "<18:4.5;18-24:19;25-44:53;45-64:21;65+:2.5"
_NY_RACES = (
    "BLACK:46;WHITE HISPANIC:26;BLACK HISPANIC:10;WHITE:10;ASIAN / PACIFIC ISLANDER:6;"
    "AMERICAN INDIAN/ALASKAN NATIVE:0.7;UNKNOWN:1.3"
)
_NY_ALIASES = {
    "K": ("Brooklyn",),
    "M": ("Manhattan",),
    "B": ("Bronx",),
    "Q": ("Queens",),
    "S": ("Staten Island",),
}


def _nypd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9204)
    offenses, boros = list(_NY_OFFENSES), list(_NY_BOROS)
    n = 4200
    keys = pd.unique(rng.integers(261_000_000, 277_000_000, n + 100))[:n]
    days = pd.date_range("2023-01-01", "2023-09-30")
    day_w = np.array(
        [1.0 + 0.1 * np.sin(2 * np.pi * (d.dayofyear - 60) / 365) - 0.2 * (d.dayofweek == 6) for d in days]
    )
    picks = rng.choice(len(days), size=n, p=day_w / day_w.sum())
    rows: list[dict[str, Any]] = []
    for i in range(n):
        ofns = str(_one(rng, offenses, [o[0] for o in _NY_OFFENSES.values()]))
        _w, pd_cd, pd_desc, ky, law, cat = _NY_OFFENSES[ofns]
        boro = str(_one(rng, boros, [b[0] for b in _NY_BOROS.values()]))
        _bw, precincts, lat0, lon0 = _NY_BOROS[boro]
        female = rng.random() < (0.24 if ofns in ("PETIT LARCENY", "ASSAULT 3 & RELATED OFFENSES") else 0.12)
        age = _draw(rng, _NY_AGES if not female else "<18:4;18-24:17;25-44:58;45-64:19;65+:2")
        lat = round(lat0 + float(rng.normal(0, 0.025)), 6)
        lon = round(lon0 + float(rng.normal(0, 0.03)), 6)
        rows.append(
            {
                "ARREST_KEY": int(keys[i]),
                "ARREST_DATE": days[int(picks[i])].strftime("%m/%d/%Y"),
                "PD_CD": pd_cd if pd_cd else np.nan,
                "PD_DESC": pd_desc,
                "KY_CD": ky,
                "OFNS_DESC": ofns,
                "LAW_CODE": law,
                "LAW_CAT_CD": cat if rng.random() > 0.008 else "",
                "ARREST_BORO": boro,
                "ARREST_PRECINCT": int(_one(rng, _split(precincts))),
                "JURISDICTION_CODE": int(_one(rng, [0, 1, 2, 3, 72, 97], [88, 6, 4, 0.5, 1, 0.5])),
                "AGE_GROUP": age,
                "PERP_SEX": "F" if female else "M",
                "PERP_RACE": _draw(rng, _NY_RACES),
                "X_COORD_CD": round(987000 + (lon + 73.98) * 276000),
                "Y_COORD_CD": round(205000 + (lat - 40.75) * 364000),
                "Latitude": lat,
                "Longitude": lon,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.replace("", np.nan)


_NY_ID = ("ARREST_KEY",)


def _ny_felony(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        cat = _text(d["LAW_CAT_CD"])
        return float((cat == "F").sum() / ((cat != "").sum() if known_only else len(cat)))

    return rate


def _ny_offenses(d: pd.DataFrame) -> pd.Series:
    return _ranked(_text(d["OFNS_DESC"]).value_counts())


_NYPD_QS = [
    Q("how many arrests are in here", _count(lambda d: float(len(d))), _NY_ID),
    Q(
        "which borough has the most arrests?",
        _lead(_named(lambda d: _top(_text(d["ARREST_BORO"]).value_counts()), _NY_ALIASES)),
        (*_NY_ID, "ARREST_BORO"),
    ),
    Q(
        "what share of arrests were felonies",
        either(_share(_ny_felony(False)), _share(_ny_felony(True))),
        (*_NY_ID, "LAW_CAT_CD"),
    ),
    Q("top 5 offenses", _top_named(_ny_offenses, 5), (*_NY_ID, "OFNS_DESC")),
    Q(
        "what percent of the people arrested were women",
        _share(lambda d: float((_text(d["PERP_SEX"]) == "F").mean())),
        (*_NY_ID, "PERP_SEX"),
    ),
    Q(
        "and for women, which age group shows up the most?",
        _lead(_named(lambda d: _top(_text(d["AGE_GROUP"])[_text(d["PERP_SEX"]) == "F"].value_counts()))),
        (*_NY_ID, "PERP_SEX", "AGE_GROUP"),
    ),
]


# --- 5. Premier League 2022-23 results (football-data.co.uk E0.csv) ------------------------------------------------

# team: attack, defence (goals conceded scale)
_EPL_TEAMS: dict[str, tuple[float, float]] = {
    "Man City": (2.45, 0.75),
    "Arsenal": (2.2, 0.85),
    "Man United": (1.55, 1.0),
    "Newcastle": (1.7, 0.72),
    "Liverpool": (2.1, 1.05),
    "Brighton": (1.85, 1.2),
    "Aston Villa": (1.4, 1.1),
    "Tottenham": (1.85, 1.4),
    "Brentford": (1.5, 1.1),
    "Fulham": (1.4, 1.25),
    "Crystal Palace": (1.05, 1.2),
    "Chelsea": (1.0, 1.05),
    "Wolves": (0.85, 1.3),
    "West Ham": (1.1, 1.3),
    "Bournemouth": (1.0, 1.7),
    "Nott'm Forest": (0.9, 1.6),
    "Everton": (0.85, 1.4),
    "Leicester": (1.35, 1.6),
    "Leeds": (1.25, 1.7),
    "Southampton": (0.9, 1.7),
}
_EPL_REFS = (
    "M Oliver;A Taylor;P Tierney;S Attwell;C Pawson;A Madley;D Coote;R Jones;M Salisbury;J Brooks;"
    "D England;T Robinson;S Hooper;C Kavanagh;J Gillett;P Bankes;R Madley;A Marriner;T Harrington;J Smith"
)
_EPL_TIMES = "15:00:40;17:30:12;12:30:12;14:00:12;16:30:10;20:00:10;19:45:4"


def _epl_rounds(teams: list[str]) -> list[list[tuple[str, str]]]:
    """A double round robin by the circle method (each pairing home once, away once)."""
    n = len(teams)
    order = teams[:]
    first: list[list[tuple[str, str]]] = []
    for r in range(n - 1):
        games = []
        for i in range(n // 2):
            a, b = order[i], order[n - 1 - i]
            games.append((a, b) if (r + i) % 2 == 0 else (b, a))
        first.append(games)
        order = [order[0], order[-1], *order[1:-1]]
    return first + [[(b, a) for a, b in games] for games in first]


def _epl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9205)
    teams = list(_EPL_TEAMS)
    rounds = _epl_rounds([teams[int(i)] for i in rng.permutation(len(teams))])
    start = pd.Timestamp("2022-08-06")
    rows: list[dict[str, Any]] = []
    for r, games in enumerate(rounds):
        saturday = start + pd.Timedelta(days=7 * r + (42 if r >= 15 else 0))
        for home, away in games:
            day = saturday + pd.Timedelta(days=int(_one(rng, [-1, 0, 1, 2], [8, 70, 18, 4])))
            lam_h = 1.18 * _EPL_TEAMS[home][0] * _EPL_TEAMS[away][1] / 1.25
            lam_a = 0.95 * _EPL_TEAMS[away][0] * _EPL_TEAMS[home][1] / 1.25
            fthg, ftag = int(rng.poisson(lam_h)), int(rng.poisson(lam_a))
            hthg, htag = int(rng.binomial(fthg, 0.45)), int(rng.binomial(ftag, 0.45))
            hst = fthg + int(rng.poisson(2.2 + 1.2 * lam_h))
            ast = ftag + int(rng.poisson(1.8 + 1.2 * lam_a))
            hs, as_ = hst + int(rng.poisson(7 + 2 * lam_h)), ast + int(rng.poisson(6 + 2 * lam_a))
            p_h = lam_h / (lam_h + lam_a) * 0.74
            p_d = 0.26
            p_a = 1 - p_h - p_d
            odds = [round(1 / (p * 1.05) * float(rng.uniform(0.95, 1.05)), 2) for p in (p_h, p_d, p_a)]

            def result(h: int, a: int) -> str:
                return "H" if h > a else "A" if a > h else "D"

            rows.append(
                {
                    "Div": "E0",
                    "Date": day.strftime("%d/%m/%Y"),
                    "Time": _draw(rng, _EPL_TIMES),
                    "HomeTeam": home,
                    "AwayTeam": away,
                    "FTHG": fthg,
                    "FTAG": ftag,
                    "FTR": result(fthg, ftag),
                    "HTHG": hthg,
                    "HTAG": htag,
                    "HTR": result(hthg, htag),
                    "Referee": str(_one(rng, _split(_EPL_REFS))),
                    "HS": hs,
                    "AS": as_,
                    "HST": hst,
                    "AST": ast,
                    "HF": int(rng.poisson(10.5)),
                    "AF": int(rng.poisson(11)),
                    "HC": int(rng.poisson(5.4)),
                    "AC": int(rng.poisson(4.4)),
                    "HY": int(rng.poisson(1.6)),
                    "AY": int(rng.poisson(1.9)),
                    "HR": int(rng.random() < 0.04),
                    "AR": int(rng.random() < 0.05),
                    "B365H": odds[0],
                    "B365D": odds[1],
                    "B365A": odds[2],
                    "_when": day,
                }
            )
    frame = pd.DataFrame(rows).sort_values(["_when", "Time"], kind="stable").drop(columns="_when")
    return frame.reset_index(drop=True)


def _epl_goals(d: pd.DataFrame, against: bool = False) -> pd.Series:
    home = d.groupby("HomeTeam")["FTAG" if against else "FTHG"].sum()
    away = d.groupby("AwayTeam")["FTHG" if against else "FTAG"].sum()
    return home.add(away, fill_value=0)


def _epl_top_scorer(d: pd.DataFrame) -> str:
    return _top(_epl_goals(d))


def _epl_conceded(d: pd.DataFrame) -> float:
    return float(_epl_goals(d, against=True)[_epl_top_scorer(d)])


def _epl_stack(a: str, b: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: pd.concat([d[a], d[b]], ignore_index=True).astype(float)


_EPL_QS = [
    Q("how many games ended in a draw", _count(lambda d: float((_text(d["FTR"]) == "D").sum())), ("FTR",)),
    Q(
        "what % of matches did the home team win?",
        _share(lambda d: float((_text(d["FTR"]) == "H").mean())),
        ("FTR",),
    ),
    Q(
        "which team scored the most goals",
        _lead(_named(_epl_top_scorer)),
        ("HomeTeam", "AwayTeam", "FTHG", "FTAG"),
    ),
    Q("and how many did they let in?", _count(_epl_conceded), ("HomeTeam", "AwayTeam", "FTHG", "FTAG")),
    Q(
        "average goals per game",
        _about(lambda d: float((d["FTHG"] + d["FTAG"]).mean())),
        ("FTHG", "FTAG"),
    ),
    Q(
        "is there a correlation between shots on target and goals?",
        either(
            _corr(_epl_stack("HST", "AST"), _epl_stack("FTHG", "FTAG")),
            _corr(lambda d: d["HST"] + d["AST"], lambda d: d["FTHG"] + d["FTAG"]),
            _corr(lambda d: d["HST"], lambda d: d["FTHG"]),
        ),
        ("HST", "AST", "FTHG", "FTAG"),
    ),
]


# --- 6. Medicare Part D Prescribers by Provider and Drug ------------------------------------------------------------

# brand: generic, weight, cost per day supply ($), typical days per claim
_MD_DRUGS: dict[str, tuple[str, float, float, int]] = {
    "Atorvastatin Calcium": ("Atorvastatin Calcium", 14, 0.35, 60),
    "Lisinopril": ("Lisinopril", 12, 0.12, 60),
    "Amlodipine Besylate": ("Amlodipine Besylate", 11, 0.15, 60),
    "Metformin HCl": ("Metformin HCl", 10, 0.25, 60),
    "Levothyroxine Sodium": ("Levothyroxine Sodium", 8, 0.45, 60),
    "Omeprazole": ("Omeprazole", 7, 0.3, 45),
    "Gabapentin": ("Gabapentin", 6, 0.5, 30),
    "Eliquis": ("Apixaban", 7, 17.8, 45),
    "Xarelto": ("Rivaroxaban", 3.5, 18.4, 45),
    "Jardiance": ("Empagliflozin", 4, 19.2, 45),
    "Ozempic": ("Semaglutide", 3, 30.5, 35),
    "Trulicity": ("Dulaglutide", 2.5, 29.0, 35),
    "Januvia": ("Sitagliptin Phosphate", 2.5, 17.0, 45),
    "Lantus": ("Insulin Glargine,Hum.Rec.Anlog", 2.5, 12.5, 35),
    "Basaglar": ("Insulin Glargine,Hum.Rec.Anlog", 1.5, 10.8, 35),
    "Entresto": ("Sacubitril/Valsartan", 1.5, 19.5, 40),
    "Symbicort": ("Budesonide/Formoterol Fumarate", 2, 11.0, 30),
    "Sertraline HCl": ("Sertraline HCl", 5, 0.2, 45),
    "Losartan Potassium": ("Losartan Potassium", 7, 0.2, 60),
    "Hydrocodone-Acetaminophen": ("Hydrocodone/Acetaminophen", 3, 0.9, 15),
}
# specialty: weight, drugs per prescriber (mean), claim scale
_MD_TYPES = {
    "Family Practice": (24, 9, 1.4),
    "Internal Medicine": (24, 9, 1.5),
    "Nurse Practitioner": (22, 5, 0.8),
    "Physician Assistant": (9, 4, 0.7),
    "Cardiology": (7, 5, 1.2),
    "Endocrinology": (3, 5, 1.1),
    "Psychiatry": (3, 2, 0.9),
    "Geriatric Medicine": (2, 7, 1.1),
    "Nephrology": (2, 4, 0.9),
}
_MD_KEEP = {
    "Cardiology": "Eliquis;Xarelto;Entresto;Atorvastatin Calcium;Amlodipine Besylate;Lisinopril;Losartan Potassium",
    "Endocrinology": "Ozempic;Trulicity;Jardiance;Januvia;Lantus;Basaglar;Metformin HCl;Levothyroxine Sodium",
    "Psychiatry": "Sertraline HCl;Gabapentin",
    "Nephrology": "Amlodipine Besylate;Losartan Potassium;Lisinopril;Jardiance;Entresto",
}
# state: weight, cities
_MD_STATES = {
    "CA": (12, "Los Angeles;San Diego;Fresno;Sacramento;San Jose"),
    "TX": (10, "Houston;Dallas;San Antonio;Austin;El Paso"),
    "FL": (10, "Miami;Tampa;Orlando;Jacksonville;Sarasota"),
    "NY": (8, "New York;Brooklyn;Buffalo;Rochester;Bronx"),
    "PA": (6, "Philadelphia;Pittsburgh;Allentown;Erie"),
    "OH": (5, "Columbus;Cleveland;Cincinnati;Toledo"),
    "IL": (5, "Chicago;Springfield;Peoria;Naperville"),
    "NC": (4, "Charlotte;Raleigh;Durham;Greensboro"),
    "MI": (4, "Detroit;Grand Rapids;Lansing;Ann Arbor"),
    "GA": (4, "Atlanta;Savannah;Augusta;Macon"),
    "AZ": (3, "Phoenix;Tucson;Mesa;Scottsdale"),
    "TN": (3, "Nashville;Memphis;Knoxville"),
    "WA": (2, "Seattle;Spokane;Tacoma"),
}
_MD_LAST = (
    "Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Rodriguez;Martinez;Hernandez;Lopez;Gonzalez;Wilson;"
    "Anderson;Thomas;Taylor;Moore;Jackson;Martin;Lee;Perez;Thompson;White;Harris;Sanchez;Clark;Ramirez;Lewis;"
    "Robinson;Walker;Young;Allen;King;Wright;Scott;Nguyen;Hill;Flores;Green;Adams;Nelson;Baker;Hall;Patel;Shah;Kim"
)
_MD_FIRST = (
    "James;Mary;Robert;Patricia;John;Jennifer;Michael;Linda;David;Elizabeth;William;Barbara;Richard;Susan;Joseph;"
    "Jessica;Thomas;Sarah;Ashley;Daniel;Karen;Matthew;Nancy;Anthony;Lisa;Mark;Priya;Raj;Wei;Mei;Carlos;Maria"
)


def _medicare_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9206)
    types, states, drugs = list(_MD_TYPES), list(_MD_STATES), list(_MD_DRUGS)
    npis = pd.unique(rng.integers(1_003_000_000, 1_993_999_999, 520))[:500]
    rows: list[dict[str, Any]] = []
    for npi in npis:
        kind = str(_one(rng, types, [t[0] for t in _MD_TYPES.values()]))
        _w, mean_k, scale = _MD_TYPES[kind]
        state = str(_one(rng, states, [s[0] for s in _MD_STATES.values()]))
        city = str(_one(rng, _split(_MD_STATES[state][1])))
        last, first = str(_one(rng, _split(_MD_LAST))), str(_one(rng, _split(_MD_FIRST)))
        pool = _split(_MD_KEEP[kind]) if kind in _MD_KEEP else drugs
        weights = [_MD_DRUGS[b][1] for b in pool]
        k = int(min(len(pool), max(1, rng.poisson(mean_k))))
        chosen = rng.choice(len(pool), size=k, replace=False, p=np.asarray(weights) / sum(weights))
        for j in sorted(chosen, key=lambda x: pool[int(x)]):
            brand = pool[int(j)]
            generic, _dw, per_day, days = _MD_DRUGS[brand]
            claims = int(max(11, round(11 + 40 * scale * rng.lognormal(0, 0.9))))
            fills = round(claims * float(rng.uniform(1.0, 2.6)), 1)
            supply = round(fills * 30 * float(rng.uniform(0.93, 1.0)) * days / 45)
            supply = max(supply, claims * 7)
            cost = round(supply * per_day * float(rng.lognormal(0, 0.15)), 2)
            benes = round(claims / float(rng.uniform(2.0, 6.0)))
            ge65 = round(claims * float(rng.uniform(0.55, 0.97)))
            flag, ge65_out = "", float(ge65)
            if ge65 < 11 or (claims - ge65 < 11 and rng.random() < 0.12):
                flag, ge65_out = ("*" if ge65 < 11 else "#"), np.nan
            rows.append(
                {
                    "Prscrbr_NPI": int(npi),
                    "Prscrbr_Last_Org_Name": last,
                    "Prscrbr_First_Name": first,
                    "Prscrbr_City": city,
                    "Prscrbr_State_Abrvtn": state,
                    "Prscrbr_Type": kind,
                    "Brnd_Name": brand,
                    "Gnrc_Name": generic,
                    "Tot_Clms": claims,
                    "Tot_30day_Fills": fills,
                    "Tot_Day_Suply": supply,
                    "Tot_Drug_Cst": cost,
                    "Tot_Benes": float(benes) if benes >= 11 else np.nan,
                    "GE65_Sprsn_Flag": flag or np.nan,
                    "GE65_Tot_Clms": ge65_out,
                }
            )
    return pd.DataFrame(rows)


_MD_ID = ("Prscrbr_NPI",)
_MD_DRUG = ("Brnd_Name", "Gnrc_Name")


def _md_top_drug(col: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(d.groupby(_text(d[col]))["Tot_Drug_Cst"].sum())


def _md_eliquis(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def per_claim(d: pd.DataFrame) -> float:
        rows = d[_text(d["Brnd_Name"]).str.lower() == "eliquis"]
        if pooled:
            return float(rows["Tot_Drug_Cst"].sum() / rows["Tot_Clms"].sum())
        return float((rows["Tot_Drug_Cst"] / rows["Tot_Clms"]).mean())

    return per_claim


def _md_states(kind: str | None) -> Callable[[pd.DataFrame], pd.Series]:
    def ranking(d: pd.DataFrame) -> pd.Series:
        rows = d if kind is None else d[_text(d["Prscrbr_Type"]) == kind]
        return _ranked(rows.groupby(_text(rows["Prscrbr_State_Abrvtn"]))["Tot_Drug_Cst"].sum())

    return ranking


_MEDICARE_QS = [
    Q(
        "which drug costs medicare the most overall?",
        _lead(either(_named(_md_top_drug("Brnd_Name")), _named(_md_top_drug("Gnrc_Name")))),
        (*_MD_DRUG, "Tot_Drug_Cst"),
    ),
    Q("how many different prescribers are there", _count(lambda d: float(d["Prscrbr_NPI"].nunique())), _MD_ID),
    Q(
        "what's the average cost per claim for eliquis",
        either(_about(_md_eliquis(True)), _about(_md_eliquis(False))),
        (*_MD_DRUG, "Tot_Drug_Cst", "Tot_Clms"),
    ),
    Q(
        "how many rows are missing the number of beneficiaries",
        _count(lambda d: float(d["Tot_Benes"].isna().sum())),
        ("Tot_Benes",),
    ),
    Q(
        "top 3 states by total drug cost",
        _top_named(_md_states(None), 3),
        ("Prscrbr_State_Abrvtn", "Tot_Drug_Cst"),
    ),
    Q(
        "and just for nurse practitioners?",
        _top_named(_md_states("Nurse Practitioner"), 3),
        ("Prscrbr_State_Abrvtn", "Tot_Drug_Cst", "Prscrbr_Type"),
    ),
]


# --- 7. DonorsChoose Projects.csv -----------------------------------------------------------------------------------

_DC_TYPES = "Teacher-Led:88;Student-Led:11;Professional Development:1"
_DC_SUBJECTS = (
    "Literacy & Language:40;Math & Science:30;Applied Learning:9;Special Needs:8;Music & The Arts:6;"
    "Health & Sports:4;History & Civics:3;Warmth, Care & Hunger:1"
)
_DC_GRADES = "Grades PreK-2:40;Grades 3-5:31;Grades 6-8:16;Grades 9-12:13"
_DC_GRADE_COST = {"Grades PreK-2": 1.0, "Grades 3-5": 1.05, "Grades 6-8": 1.12, "Grades 9-12": 1.22}
# resource: weight, cost scale
_DC_RESOURCES = {
    "Supplies": (33, 0.8),
    "Technology": (21, 1.45),
    "Books": (13, 0.75),
    "Computers & Tablets": (7, 1.5),
    "Other": (5, 1.0),
    "Reading Nooks, Desks & Storage": (5, 1.05),
    "Educational Kits & Games": (4, 0.9),
    "Lab Equipment": (3, 1.1),
    "Sports & Exercise Equipment": (3, 0.9),
    "Art Supplies": (2, 0.7),
    "Musical Instruments": (2, 1.3),
    "Trips": (1, 1.8),
    "Food, Clothing & Hygiene": (1, 0.6),
}
_DC_WORDS = (
    "Help Us;Let's Get;Reading;Readers;Math;Science;Flexible Seating;Wiggle;Learning;Tech;iPads for;Books;Art;"
    "Music;Little;Young;Curious;Minds;Coders;Scientists;Explorers;Classroom;STEM;Makers;Library;Chromebooks"
)
_DC_END = pd.Timestamp("2018-05-01")


def _donors_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9207)
    n = 3000
    teachers = [(_hex(rng), _hex(rng), int(rng.integers(1, 40))) for _ in range(1900)]
    t_w = 1 / np.arange(1, 1901) ** 0.6
    days = pd.date_range("2013-01-01", "2018-04-30")
    day_w = np.array([1.35 ** (d.year - 2013) * (1.3 if d.month in (8, 9) else 1.0) for d in days])
    posted = sorted(days[rng.choice(len(days), size=n, p=day_w / day_w.sum())])
    seq: dict[str, int] = {}
    resources = list(_DC_RESOURCES)
    rows: list[dict[str, Any]] = []
    for day in posted:
        teacher, school, start = teachers[int(rng.choice(1900, p=t_w / t_w.sum()))]
        seq[teacher] = seq.get(teacher, start) + int(rng.integers(1, 3))
        grade = _draw(rng, _DC_GRADES)
        resource = str(_one(rng, resources, [r[0] for r in _DC_RESOURCES.values()]))
        subjects = sorted({_draw(rng, _DC_SUBJECTS) for _ in range(int(_one(rng, [1, 2], [45, 55])))})
        cost = round(float(420 * _DC_GRADE_COST[grade] * _DC_RESOURCES[resource][1] * rng.lognormal(0, 0.55)), 2)
        expires = day + pd.Timedelta(days=int(_one(rng, [120, 121, 122, 119], [70, 10, 10, 10])))
        funded = rng.random() < 0.86 - 0.00012 * cost
        funded_on = day + pd.Timedelta(days=int(min(rng.exponential(28), 118)))
        if funded and funded_on <= _DC_END:
            status, on = "Fully Funded", funded_on.strftime("%Y-%m-%d")
        else:
            status, on = ("Live" if expires > _DC_END else "Expired"), ""
        title = " ".join(str(_one(rng, _split(_DC_WORDS))) for _ in range(int(rng.integers(2, 5))))
        rows.append(
            {
                "Project ID": _hex(rng),
                "School ID": school,
                "Teacher ID": teacher,
                "Teacher Project Posted Sequence": seq[teacher],
                "Project Type": _draw(rng, _DC_TYPES),
                "Project Title": title + ("!" if rng.random() < 0.3 else ""),
                "Project Subject Category Tree": ", ".join(subjects),
                "Project Grade Level Category": grade,
                "Project Resource Category": resource,
                "Project Cost": cost,
                "Project Posted Date": day.strftime("%Y-%m-%d"),
                "Project Expiration Date": expires.strftime("%Y-%m-%d"),
                "Project Current Status": status,
                "Project Fully Funded Date": on,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.replace("", np.nan)


_DC_ID = ("Project ID",)
_DC_TECH = {"narrow": ("Technology",), "wide": ("Technology", "Computers & Tablets")}


def _dc_funded(closed_only: bool, tech: str | None = None) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        rows = d if tech is None else d[_text(d["Project Resource Category"]).isin(_DC_TECH[tech])]
        status = _text(rows["Project Current Status"])
        base = status.isin(["Fully Funded", "Expired"]).sum() if closed_only else len(status)
        return float((status == "Fully Funded").sum() / base)

    return rate


def _dc_grade_costs(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_text(d["Project Grade Level Category"]))["Project Cost"].mean()
    return [float(by[g]) for g in ("Grades PreK-2", "Grades 3-5", "Grades 6-8", "Grades 9-12")]


def _dc_subject(split: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        tree = _text(d["Project Subject Category Tree"])
        if split:
            tree = tree.str.split(r",\s*(?=[A-Z])").explode().str.strip()
        return _top(tree[tree != ""].value_counts())

    return top


def _dc_days(how: str) -> Callable[[pd.DataFrame], float]:
    def days(d: pd.DataFrame) -> float:
        gap = pd.to_datetime(d["Project Fully Funded Date"], errors="coerce") - pd.to_datetime(
            d["Project Posted Date"], errors="coerce"
        )
        gap = gap.dt.days.dropna()
        return float(gap.median() if how == "median" else gap.mean())

    return days


def _dc_busiest_year(d: pd.DataFrame) -> int:
    years = pd.to_datetime(d["Project Posted Date"], errors="coerce").dt.year
    return int(_top(years.value_counts()))


_DONORS_QS = [
    Q(
        "what share of projects got fully funded?",
        either(_share(_dc_funded(False)), _share(_dc_funded(True))),
        (*_DC_ID, "Project Current Status"),
    ),
    Q(
        "and for technology projects?",
        either(*(_share(_dc_funded(c, t)) for c in (False, True) for t in _DC_TECH)),
        (*_DC_ID, "Project Current Status", "Project Resource Category"),
    ),
    Q(
        "average project cost by grade level",
        _about(_dc_grade_costs),
        (*_DC_ID, "Project Cost", "Project Grade Level Category"),
    ),
    Q(
        "what's the most common subject",
        _lead(either(_named(_dc_subject(True)), _named(_dc_subject(False)))),
        (*_DC_ID, "Project Subject Category Tree"),
    ),
    Q(
        "how long does it usually take for a project to get fully funded",
        either(_about(_dc_days("mean")), _about(_dc_days("median"))),
        (*_DC_ID, "Project Posted Date", "Project Fully Funded Date", "Project Current Status"),
    ),
    Q(
        "which year had the most projects posted",
        _lead(_year(_dc_busiest_year)),
        (*_DC_ID, "Project Posted Date"),
    ),
]


HELDOUT92: list[Dataset] = [
    Dataset("chase_credit_card_activity", _chase_frame, _CHASE_QS),
    Dataset("withings_weight_export", _withings_frame, _WITHINGS_QS),
    Dataset("salesforce_opportunities_by_stage", _salesforce_frame, _SALESFORCE_QS),
    Dataset("nypd_arrests_ytd", _nypd_frame, _NYPD_QS),
    Dataset("premier_league_2022_23_results", _epl_frame, _EPL_QS),
    Dataset("medicare_part_d_prescribers", _medicare_frame, _MEDICARE_QS),
    Dataset("donorschoose_projects", _donors_frame, _DONORS_QS),
]
