"""HELDOUT142: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports: a Fidelity brokerage "Accounts_History.csv"
activity download (Run Date as "03/15/2024", Account as "Individual - TOD X84512376" or "ROTH IRA 239871245", Action
as upper-case text such as "YOU BOUGHT NVIDIA CORPORATION COM (NVDA) (Cash)", "YOU SOLD ...", "DIVIDEND RECEIVED ...",
"REINVESTMENT FIDELITY GOVERNMENT MONEY MARKET (SPAXX) (Cash)", "Electronic Funds Transfer Received (Cash)" /
"Paid (Cash)" and a yearly "PARTIC CONTR CURRENT PARTICIPANT CUR YR (Cash)" to the Roth,
Symbol written with a leading space (" NVDA") and blank on transfers, Security Description, Security Type "Cash",
Quantity with three decimals (negative on sells), Price ($), Commission ($) and Fees ($) mostly blank, Accrued
Interest ($) blank, Amount ($) negative for money going out, Settlement Date blank on dividends and transfers,
newest first, 2022-2024, and the download's disclaimer lines at the bottom written into Run Date with every other
field blank); a Help Scout conversations report export (Conversation ID, Number, Subject, Type email / chat / phone,
Status active / pending / closed / spam, Mailbox, Assigned To blank when unassigned, Customer Name, Customer Email,
Tags as "billing, refund" or blank, Created At and Closed At as "2024-03-05 14:22:10" with Closed At blank unless
closed, First Response Time as "1h 23m" / "45m" / "2d 3h" and blank when nobody replied, Replies, Rating Great / Okay
/ Not Good mostly blank, July 2023 to June 2024); an Oura daily activity CSV export (id, day as "2023-04-09",
timestamp as "2023-04-09T04:00:00-04:00", score blank on days the ring was off, active_calories, total_calories,
target_calories, steps, equivalent_walking_distance in metres, times in seconds for high / medium / low activity,
sedentary, resting and non-wear, the matching *_met_minutes, average_met_minutes, inactivity_alerts, meters_to_target
and target_meters, and contributors as a JSON-like text, January 2023 to February 2024); a Squarespace Commerce
orders export (Order ID, Email, Financial Status PAID / REFUNDED / PENDING, Paid at, Fulfillment Status FULFILLED /
PENDING / CANCELED, Fulfilled at, Currency USD, Subtotal, Shipping, Taxes, Amount Refunded, Total, Discount Code,
Discount Amount, Shipping Method, Created at as "2023-11-24 10:15:02 -0500", one row per line item with the order's
fields repeated: Lineitem quantity, Lineitem name, Lineitem price, Lineitem sku, Lineitem variant, Billing Name,
Billing City, Billing Zip, Billing Province as state codes, Billing Country, Payment Method, Channel Type, 2023-2024);
FBI Crime Data Explorer NIBRS offense counts by state, year and offense category (data_year 2016-2022, state_abbr,
state_name, offense_category_name such as "Larceny/Theft Offenses" or "Homicide Offenses", offense_count blank for
state-years a few big states did not report through NIBRS, population, agencies_reporting, agencies_total); Boston
311 service requests (case_enquiry_id, open_dt / target_dt / closed_dt as "2023-05-02 08:14:31", target_dt blank for
some types, closed_dt blank while open, ontime ONTIME / OVERDUE, case_status Open / Closed, closure_reason as a long
"Case Closed. Case Resolved. ..." text, case_title, subject, reason, type, queue, department codes, location in upper
case, fire / pwd / police districts, neighborhood (some blank), ward as "Ward 7", location_zipcode with the leading
zero lost on reading, latitude / longitude written 42.3594 / -71.0587 when the location is unknown, source
"Constituent Call" / "Citizens Connect App" / "Self Service" / "City Worker App" / "Employee Generated", 2023); and
ILOSTAT's "Labour force participation rate by sex and age -- ILO modelled estimates" bulk CSV in its long layout
(ref_area.label country names, source.label, indicator.label, sex.label "Sex: Total" / "Sex: Male" / "Sex: Female",
classif1.label "Age (Youth, adults): 15+" / "15-24" / "25+", time 2000-2023, obs_value in percent, obs_status.label
blank or "Projection" for 2023, note columns). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    return str(_ranked(scores).index[0])


def _bottom(scores: pd.Series) -> str:
    return str(_ranked(scores, ascending=True).index[0])


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, (1e3, 1e6, 1e9))


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _num(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _hours_or_minutes(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration given in hours (value) or in minutes."""
    return either(_about(value, rel=0.01), _about(lambda d: 60 * value(d), rel=0.01))


def _top_month(stamps: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    months = stamps.dt.to_period("M")
    scores = months.value_counts() if weights is None else weights.groupby(months).sum()
    return pd.Period(_top(scores)).to_timestamp()


_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Sofia", "Mason", "Chloe"]
_FIRST += ["Priya", "Wei", "Carlos", "Fatima", "Daniel", "Grace", "Omar", "Hannah", "Tom", "Aisha", "Marco", "Lena"]
_LAST = ["Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Patel", "Chen", "Nguyen", "Kim", "Lopez"]
_LAST += ["Wilson", "Martin", "Clark", "Lewis", "Walker", "Young", "Hall", "Allen", "Wright", "Scott", "Green"]


# --- 1. Fidelity account activity history --------------------------------------------------------------------------

# symbol: (description, price at start, yearly drift, quarterly dividend per share or 0, weight)
_FI_STOCKS = {
    "AAPL": ("APPLE INC", 170.0, 0.12, 0.24, 8),
    "MSFT": ("MICROSOFT CORP", 300.0, 0.15, 0.68, 7),
    "NVDA": ("NVIDIA CORPORATION COM", 250.0, 0.9, 0.04, 6),
    "KO": ("COCA-COLA CO", 60.0, 0.02, 0.46, 4),
    "JNJ": ("JOHNSON &JOHNSON COM", 165.0, -0.02, 1.19, 4),
    "VTI": ("VANGUARD INDEX FDS VANGUARD TOTAL STK MKT ETF", 210.0, 0.08, 0.85, 6),
    "SCHD": ("SCHWAB STRATEGIC TR US DIVIDEND EQUITY ETF", 75.0, 0.03, 0.66, 5),
    "TSLA": ("TESLA INC COM", 240.0, 0.0, 0.0, 4),
}
_FI_ACCOUNTS = ["Individual - TOD X84512376", "ROTH IRA 239871245"]
_FI_MMF = "FIDELITY GOVERNMENT MONEY MARKET"
_FI_COLUMNS = ["Run Date", "Account", "Action", "Symbol", "Security Description", "Security Type", "Quantity"]
_FI_COLUMNS += ["Price ($)", "Commission ($)", "Fees ($)", "Accrued Interest ($)", "Amount ($)", "Settlement Date"]


def _fidelity_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14201)
    start = pd.Timestamp("2022-01-03")
    days = pd.bdate_range(start, "2024-06-28")
    rows: list[dict[str, Any]] = []
    held: dict[tuple[str, str], float] = {}

    def price(sym: str, day: pd.Timestamp) -> float:
        _, p0, drift, _, _ = _FI_STOCKS[sym]
        t = (day - start).days / 365.25
        return round(p0 * float(np.exp(drift * t + rng.normal(0, 0.05))), 2)

    def row(day: pd.Timestamp, acct: str, action: str, **kw: Any) -> None:
        base = dict.fromkeys(_FI_COLUMNS, "")
        base.update({"Run Date": f"{day:%m/%d/%Y}", "Account": acct, "Action": action, "Security Type": "Cash"})
        base.update(kw)
        rows.append(base)

    syms = list(_FI_STOCKS)
    weights = [v[4] for v in _FI_STOCKS.values()]
    # busier in some months
    w = np.array([1.0 + 1.6 * (d.month in (3, 10)) + 0.8 * (d.year == 2023) for d in days])
    trade_days = np.sort(rng.choice(len(days), size=460, p=w / w.sum()))
    for i in trade_days:
        day = days[i]
        acct = str(_one(rng, _FI_ACCOUNTS, [3, 1]))
        sym = str(_one(rng, syms, weights))
        desc = _FI_STOCKS[sym][0]
        px = price(sym, day)
        have = held.get((acct, sym), 0.0)
        sell = have > 0 and rng.random() < 0.25
        if sell:
            qty = round(float(min(have, max(1.0, np.floor(have * rng.uniform(0.2, 0.8))))), 3)
            fee = round(float(rng.uniform(0.01, 0.06)), 2)
            held[(acct, sym)] = have - qty
            amt = round(qty * px - fee, 2)
            row(
                day,
                acct,
                f"YOU SOLD {desc} ({sym}) (Cash)",
                **{
                    "Symbol": f" {sym}",
                    "Security Description": desc,
                    "Quantity": f"{-qty:.3f}",
                    "Price ($)": f"{px:.2f}",
                    "Fees ($)": f"{fee:.2f}",
                    "Amount ($)": f"{amt:.2f}",
                    "Settlement Date": f"{day + pd.offsets.BDay(2):%m/%d/%Y}",
                },
            )
        else:
            qty = float(_one(rng, [1, 2, 3, 5, 10, 15, 20, 0.5, 2.5], [4, 4, 3, 3, 2, 1, 1, 1, 1]))
            if px < 100:
                qty *= 3
            held[(acct, sym)] = have + qty
            amt = round(-qty * px, 2)
            row(
                day,
                acct,
                f"YOU BOUGHT {desc} ({sym}) (Cash)",
                **{
                    "Symbol": f" {sym}",
                    "Security Description": desc,
                    "Quantity": f"{qty:.3f}",
                    "Price ($)": f"{px:.2f}",
                    "Amount ($)": f"{amt:.2f}",
                    "Settlement Date": f"{day + pd.offsets.BDay(2):%m/%d/%Y}",
                },
            )
    for q_end in pd.date_range("2022-03-15", "2024-06-15", freq="3MS") + pd.Timedelta(days=14):
        pay = q_end + pd.offsets.BDay(0)
        for (acct, sym), have in list(held.items()):
            dps = _FI_STOCKS[sym][3]
            if dps <= 0 or have <= 0:
                continue
            amt = round(have * dps * float(rng.uniform(0.6, 1.0)), 2)
            desc = _FI_STOCKS[sym][0]
            row(
                pay,
                acct,
                f"DIVIDEND RECEIVED {desc} ({sym}) (Cash)",
                **{"Symbol": f" {sym}", "Security Description": desc, "Quantity": "0.000", "Amount ($)": f"{amt:.2f}"},
            )
    for month_end in pd.date_range("2022-01-31", "2024-06-30", freq="ME"):
        pay = month_end - pd.offsets.BDay(0 if month_end.weekday() < 5 else 1)
        for acct in _FI_ACCOUNTS:
            amt = round(float(rng.uniform(0.5, 40.0)), 2)
            act = f"DIVIDEND RECEIVED {_FI_MMF} (SPAXX) (Cash)"
            row(
                pay,
                acct,
                act,
                **{
                    "Symbol": " SPAXX",
                    "Security Description": _FI_MMF,
                    "Quantity": "0.000",
                    "Amount ($)": f"{amt:.2f}",
                },
            )
            row(
                pay,
                acct,
                f"REINVESTMENT {_FI_MMF} (SPAXX) (Cash)",
                **{
                    "Symbol": " SPAXX",
                    "Security Description": _FI_MMF,
                    "Quantity": f"{amt:.3f}",
                    "Price ($)": "1.00",
                    "Amount ($)": f"{-amt:.2f}",
                },
            )
    for day in pd.date_range("2022-01-05", "2024-06-20", freq="14D"):
        acct = _FI_ACCOUNTS[0]
        amt = float(_one(rng, [500, 1000, 1500, 2000, 2500], [3, 4, 2, 2, 1]))
        row(
            day,
            acct,
            "Electronic Funds Transfer Received (Cash)",
            **{"Security Description": "No Description", "Amount ($)": f"{amt:.2f}"},
        )
        if rng.random() < 0.12:
            out = float(_one(rng, [300, 800, 1200]))
            row(
                day + pd.Timedelta(days=3),
                acct,
                "Electronic Funds Transfer Paid (Cash)",
                **{"Security Description": "No Description", "Amount ($)": f"{-out:.2f}"},
            )
    for year in (2022, 2023):
        row(
            pd.Timestamp(f"{year + 1}-04-10"),
            _FI_ACCOUNTS[1],
            "PARTIC CONTR CURRENT PARTICIPANT CUR YR (Cash)",
            **{"Security Description": "No Description", "Amount ($)": "6500.00"},
        )
    df = pd.DataFrame(rows)
    df["_d"] = pd.to_datetime(df["Run Date"], format="%m/%d/%Y")
    df = df.sort_values("_d", ascending=False, kind="stable").drop(columns="_d").reset_index(drop=True)
    footer = [
        "The data and information in this spreadsheet is provided to you solely for your use and is not for "
        "distribution. The spreadsheet is provided for informational purposes only.",
        "Brokerage services are provided by Fidelity Brokerage Services LLC (FBS), 900 Salem Street, Smithfield, RI "
        "02917. Custody and other services provided by National Financial Services LLC (NFS).",
        "Date downloaded 07/01/2024 9:15 am",
    ]
    tail = pd.DataFrame([dict.fromkeys(_FI_COLUMNS, "") | {"Run Date": t} for t in footer])
    return pd.concat([df, tail], ignore_index=True)[_FI_COLUMNS]


def _fi_rows(d: pd.DataFrame) -> pd.DataFrame:
    """The activity rows (disclaimer lines dropped), with a parsed date."""
    when = pd.to_datetime(_txt(d["Run Date"]), format="%m/%d/%Y", errors="coerce")
    out = d[when.notna()].copy()
    out["_when"] = when[when.notna()]
    out["_act"] = _txt(out["Action"])
    out["_sym"] = _txt(out["Symbol"])
    out["_amt"] = _num(out["Amount ($)"])
    return out


def _fi_kind(d: pd.DataFrame, prefix: str) -> pd.DataFrame:
    r = _fi_rows(d)
    return r[r["_act"].str.upper().str.startswith(prefix.upper())]


_FI_ALIASES = {k: (v[0].title(), v[0]) for k, v in _FI_STOCKS.items()}
_FI_ALIASES["SPAXX"] = (_FI_MMF, "money market")


def _fi_nvda(d: pd.DataFrame, weighted: bool) -> float:
    b = _fi_kind(d, "YOU BOUGHT")
    b = b[b["_sym"] == "NVDA"]
    qty, px = _num(b["Quantity"]), _num(b["Price ($)"])
    return float((qty * px).sum() / qty.sum()) if weighted else float(px.mean())


_FIDELITY_QS = [
    Q(
        "how much have i gotten in dividends altogether",
        _dollars(lambda d: float(_fi_kind(d, "DIVIDEND RECEIVED")["_amt"].sum())),
        ("Action", "Amount ($)"),
    ),
    Q(
        "which one paid me the most?",
        _lead(
            either(
                _named(lambda d: _top(_fi_kind(d, "DIVIDEND RECEIVED").groupby("_sym")["_amt"].sum()), _FI_ALIASES),
                _named(
                    lambda d: _top(
                        (k := _fi_kind(d, "DIVIDEND RECEIVED"))[k["_sym"] != "SPAXX"].groupby("_sym")["_amt"].sum()
                    ),
                    _FI_ALIASES,
                ),
            )
        ),
        ("Action", "Symbol", "Security Description", "Amount ($)"),
    ),
    Q(
        "how many times did i buy something in 2023",
        either(
            _count(lambda d: int((_fi_kind(d, "YOU BOUGHT")["_when"].dt.year == 2023).sum())),
            _count(
                lambda d: int(
                    (_fi_kind(d, "YOU BOUGHT")["_when"].dt.year == 2023).sum()
                    + (_fi_kind(d, "REINVESTMENT")["_when"].dt.year == 2023).sum()
                )
            ),
        ),
        ("Run Date", "Action"),
    ),
    Q(
        "total money i transferred in from the bank?",
        _dollars(lambda d: float(_fi_kind(d, "Electronic Funds Transfer Received")["_amt"].sum())),
        ("Action", "Amount ($)", "Run Date"),
    ),
    Q(
        "which month did i spend the most on buying stocks",
        _lead(
            _month_year(
                lambda d: _top_month((b := _fi_kind(d, "YOU BOUGHT"))["_when"], -b["_amt"]),
            )
        ),
        ("Run Date", "Action", "Amount ($)", "Quantity", "Price ($)"),
    ),
    Q(
        "what's my average price paid for nvda shares",
        either(_about(lambda d: _fi_nvda(d, True), rel=0.005), _about(lambda d: _fi_nvda(d, False), rel=0.005)),
        ("Action", "Symbol", "Quantity", "Price ($)", "Amount ($)"),
    ),
]


# --- 2. Help Scout conversations report ----------------------------------------------------------------------------

_HS_AGENTS = {"Maya Torres": 9, "Ben Okafor": 7, "Julia Schmidt": 6, "Ravi Menon": 5, "Kate O'Brien": 3}
_HS_TOPICS = {
    "billing": (["Question about my invoice", "Charged twice this month", "Update card on file", "VAT on invoice"], 6),
    "refund": (["Money back for last order?", "Cancel and get my money back", "Charge I didn't expect"], 3),
    "bug": (["App crashes on login", "Export button not working", "Sync stuck at 99%", "Error 500 on dashboard"], 5),
    "feature-request": (["Dark mode please", "Can you add Zapier support?", "Bulk edit would be great"], 3),
    "account": (["Can't reset my password", "Change account owner", "Add a teammate", "Delete my account"], 4),
    "how-to": (["How do I import contacts?", "Setting up the widget", "Where are my reports?"], 4),
}
_HS_COLUMNS = ["Conversation ID", "Number", "Subject", "Type", "Status", "Mailbox", "Assigned To", "Customer Name"]
_HS_COLUMNS += ["Customer Email", "Tags", "Created At", "Closed At", "First Response Time", "Replies", "Rating"]


def _hs_duration(minutes: float) -> str:
    m = round(minutes)
    d, rest = divmod(m, 1440)
    h, mm = divmod(rest, 60)
    if d:
        return f"{d}d {h}h"
    if h:
        return f"{h}h {mm}m"
    return f"{mm}m"


def _helpscout_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14202)
    n = 1900
    lo = pd.Timestamp("2023-07-01")
    span = (pd.Timestamp("2024-07-01") - lo).total_seconds()
    # a busier stretch in January (price change)
    stamps = []
    while len(stamps) < n:
        t = lo + pd.Timedelta(seconds=int(rng.uniform(0, span)))
        if t.month == 1 or rng.random() < 0.7:
            stamps.append(t)
    stamps.sort()
    topics = list(_HS_TOPICS)
    tw = [v[1] for v in _HS_TOPICS.values()]
    agents = list(_HS_AGENTS)
    aw = list(_HS_AGENTS.values())
    rows = []
    now = pd.Timestamp("2024-07-01")
    for i, t in enumerate(stamps):
        kind = str(_one(rng, ["email", "chat", "phone"], [70, 24, 6]))
        topic = str(_one(rng, topics, tw))
        tags = [topic]
        if topic == "billing" and rng.random() < 0.25:
            tags.append("refund")
        if rng.random() < 0.15:
            tags.append(str(_one(rng, ["vip", "urgent", "churn-risk"])))
        if rng.random() < 0.08:
            tags = []
        spam = kind == "email" and rng.random() < 0.04
        age_days = (now - t).days
        if spam:
            status = "spam"
        elif age_days < 10:
            status = str(_one(rng, ["active", "pending", "closed"], [4, 2, 3]))
        else:
            status = str(_one(rng, ["active", "pending", "closed"], [0.4, 0.4, 9]))
        assignee = "" if spam or rng.random() < 0.07 else str(_one(rng, agents, aw))
        first = str(_one(rng, _FIRST))
        last = str(_one(rng, _LAST))
        base_min = {"chat": 4.0, "phone": 15.0, "email": 260.0}[kind]
        if t.month == 1:
            base_min *= 1.8
        first_resp = float(rng.exponential(base_min)) + 1
        replied = not spam and (status != "active" or rng.random() < 0.5)
        closed = t + pd.Timedelta(minutes=first_resp + float(rng.exponential(1500))) if status == "closed" else None
        if closed is not None and closed > now:
            closed = now - pd.Timedelta(minutes=int(rng.integers(5, 300)))
        rating = ""
        if status == "closed" and rng.random() < 0.22:
            rating = str(_one(rng, ["Great", "Okay", "Not Good"], [70 if first_resp < 180 else 45, 18, 12]))
        subject = "Re: your order" if spam else str(_one(rng, _HS_TOPICS[topic][0]))
        rows.append(
            {
                "Conversation ID": 2300000000 + i * 137 + int(rng.integers(0, 100)),
                "Number": 18500 + i,
                "Subject": subject,
                "Type": kind,
                "Status": status,
                "Mailbox": "Billing" if topic in ("billing", "refund") else "Support",
                "Assigned To": assignee,
                "Customer Name": f"{first} {last}",
                "Customer Email": f"{first.lower()}.{last.lower()}@{_one(rng, ['gmail.com', 'yahoo.com', 'acme.io'])}",
                "Tags": ", ".join(tags),
                "Created At": f"{t:%Y-%m-%d %H:%M:%S}",
                "Closed At": "" if closed is None else f"{closed:%Y-%m-%d %H:%M:%S}",
                "First Response Time": _hs_duration(first_resp) if replied else "",
                "Replies": int(rng.integers(1, 7)) if replied else 0,
                "Rating": rating,
            }
        )
    return pd.DataFrame(rows)[_HS_COLUMNS]


def _hs_minutes(d: pd.DataFrame) -> pd.Series:
    s = _txt(d["First Response Time"])
    days = pd.to_numeric(s.str.extract(r"(\d+)d", expand=False), errors="coerce").fillna(0)
    hours = pd.to_numeric(s.str.extract(r"(\d+)h", expand=False), errors="coerce").fillna(0)
    mins = pd.to_numeric(s.str.extract(r"(\d+)m", expand=False), errors="coerce").fillna(0)
    total = 1440 * days + 60 * hours + mins
    return total.where(s != "")


def _hs_tagged(d: pd.DataFrame, tag: str) -> pd.Series:
    return _txt(d["Tags"]).str.split(r",\s*").apply(lambda xs: tag in xs)


def _hs_created(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_txt(d["Created At"]), errors="coerce")


_HELPSCOUT_QS = [
    Q(
        "how many conversations are still open",
        either(
            _count(lambda d: int((_txt(d["Status"]) == "active").sum())),
            _count(lambda d: int(_txt(d["Status"]).isin(["active", "pending"]).sum())),
        ),
        ("Status",),
    ),
    Q(
        "who on the team has handled the most",
        _lead(_named(lambda d: _top(_txt(d["Assigned To"])[_txt(d["Assigned To"]) != ""].value_counts()))),
        ("Assigned To", "Status"),
    ),
    Q(
        "how many were about refunds?",
        _count(lambda d: int(_hs_tagged(d, "refund").sum())),
        ("Tags",),
    ),
    Q(
        "whats our average first response time",
        _hours_or_minutes(lambda d: float(_hs_minutes(d).mean()) / 60),
        ("First Response Time",),
    ),
    Q(
        "what percent of the ratings were great",
        _share(lambda d: float((_txt(d["Rating"])[_txt(d["Rating"]) != ""] == "Great").mean())),
        ("Rating",),
    ),
    Q(
        "which month did we get the most conversations",
        _lead(
            either(
                _month_year(lambda d: _top_month(_hs_created(d))),
                _month_year(lambda d: _top_month(_hs_created(d)[_txt(d["Status"]) != "spam"])),
            )
        ),
        ("Created At", "Status"),
    ),
]


# --- 3. Oura daily activity ----------------------------------------------------------------------------------------

_OU_COLUMNS = ["id", "class_5_min", "score", "active_calories", "average_met_minutes", "contributors"]
_OU_COLUMNS += ["equivalent_walking_distance", "high_activity_met_minutes", "high_activity_time", "inactivity_alerts"]
_OU_COLUMNS += ["low_activity_met_minutes", "low_activity_time", "medium_activity_met_minutes", "medium_activity_time"]
_OU_COLUMNS += ["meters_to_target", "non_wear_time", "resting_time", "sedentary_met_minutes", "sedentary_time", "steps"]
_OU_COLUMNS += ["target_calories", "target_meters", "total_calories", "day", "timestamp"]


def _oura_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14203)
    rows = []
    hexd = "0123456789abcdef"
    for day in pd.date_range("2023-01-01", "2024-02-29"):
        # more walking in late spring and summer, a lazy December
        season = {5: 1.25, 6: 1.3, 7: 1.2, 8: 1.1, 12: 0.75}.get(day.month, 1.0)
        weekend = 1.15 if day.weekday() >= 5 else 1.0
        off = rng.random() < 0.05
        steps = max(300, int(rng.normal(8200 * season * weekend, 2600)))
        non_wear = int(rng.integers(0, 1800)) if not off else int(rng.integers(8 * 3600, 20 * 3600))
        if off:
            steps = int(steps * rng.uniform(0.1, 0.4))
        high = int(max(0, rng.normal(900 if steps > 10000 else 250, 300)))
        med = int(max(0, steps * 0.35 + rng.normal(0, 600)))
        low = int(max(0, steps * 1.1 + rng.normal(0, 1500)))
        sed = int(np.clip(rng.normal(9.5 * 3600 - steps * 0.4, 3600), 3 * 3600, 14 * 3600))
        rest = max(0, 86400 - high - med - low - sed - non_wear)
        active_cal = int(steps * 0.045 + high / 60 * 8 + med / 60 * 4 + rng.normal(0, 60))
        active_cal = max(20, active_cal)
        total_cal = 1750 + active_cal + int(rng.normal(0, 40))
        target_cal = int(_one(rng, [400, 450, 500]))
        dist = int(steps * 0.76 + rng.normal(0, 300))
        target_m = target_cal * 20
        score = "" if off else int(np.clip(rng.normal(62 + steps / 700, 8), 25, 100))
        keys = ["meet_daily_targets", "move_every_hour", "recovery_time", "stay_active", "training_frequency"]
        keys += ["training_volume"]
        contrib = "{" + ", ".join(f"'{k}': {int(v)}" for k, v in zip(keys, rng.integers(40, 100, 6), strict=True)) + "}"
        tz = "-04:00" if 3 <= day.month <= 10 else "-05:00"
        rows.append(
            {
                "id": "".join(str(_one(rng, list(hexd))) for _ in range(8)) + "-" + f"{day:%Y%m%d}",
                "class_5_min": "".join(str(x) for x in rng.integers(0, 5, 288)) if not off else "",
                "score": score,
                "active_calories": active_cal,
                "average_met_minutes": round(1.3 + steps / 60000 + rng.normal(0, 0.05), 5),
                "contributors": contrib if not off else "",
                "equivalent_walking_distance": dist,
                "high_activity_met_minutes": int(high / 60 * 8),
                "high_activity_time": high,
                "inactivity_alerts": int(rng.poisson(1.0 if sed > 9 * 3600 else 0.3)),
                "low_activity_met_minutes": int(low / 60 * 2.5),
                "low_activity_time": low,
                "medium_activity_met_minutes": int(med / 60 * 4),
                "medium_activity_time": med,
                "meters_to_target": max(0, target_m - dist) if rng.random() < 0.7 else -max(0, dist - target_m),
                "non_wear_time": non_wear,
                "resting_time": rest,
                "sedentary_met_minutes": int(sed / 60 * 1.1),
                "sedentary_time": sed,
                "steps": steps,
                "target_calories": target_cal,
                "target_meters": target_m,
                "total_calories": total_cal,
                "day": f"{day:%Y-%m-%d}",
                "timestamp": f"{day:%Y-%m-%d}T04:00:00.000{tz}",
            }
        )
    return pd.DataFrame(rows)[_OU_COLUMNS]


def _ou_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_txt(d["day"]), format="%Y-%m-%d", errors="coerce")


def _ou_month(col: str, how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        v = pd.to_numeric(d[col], errors="coerce")
        g = v.groupby(_ou_day(d).dt.to_period("M"))
        return pd.Period(_top(g.mean() if how == "mean" else g.sum())).to_timestamp()

    return value


_OURA_QS = [
    Q(
        "what's my average steps per day",
        _about(lambda d: float(pd.to_numeric(d["steps"], errors="coerce").mean()), rel=0.003),
        ("steps", "day"),
    ),
    Q(
        "how many days did i hit 10k steps",
        either(
            _count(lambda d: int((pd.to_numeric(d["steps"], errors="coerce") >= 10000).sum())),
            _count(lambda d: int((pd.to_numeric(d["steps"], errors="coerce") > 10000).sum())),
        ),
        ("steps", "day"),
    ),
    Q(
        "which month was i most active",
        _lead(
            either(
                _month_year(_ou_month("steps", "mean")),
                _month_year(_ou_month("steps", "sum")),
                _month_year(_ou_month("score", "mean")),
                _month_year(_ou_month("active_calories", "mean")),
                _month_year(_ou_month("active_calories", "sum")),
            )
        ),
        ("steps", "day", "score", "active_calories", "timestamp"),
    ),
    Q(
        "do more steps mean more calories burned?",
        either(
            _corr(lambda d: d["steps"], lambda d: d["active_calories"]),
            _corr(lambda d: d["steps"], lambda d: d["total_calories"]),
        ),
        ("steps", "active_calories", "total_calories"),
    ),
    Q(
        "how many days is the activity score missing",
        _count(lambda d: int(pd.to_numeric(d["score"], errors="coerce").isna().sum())),
        ("score", "day"),
    ),
    Q(
        "on average how many hours a day am i sitting around",
        _hours_or_minutes(lambda d: float(pd.to_numeric(d["sedentary_time"], errors="coerce").mean()) / 3600),
        ("sedentary_time", "day"),
    ),
]


# --- 4. Squarespace Commerce orders --------------------------------------------------------------------------------

# name: (price, sku, variants, weight)
_SQ_PRODUCTS = {
    "Ceramic Pour-Over Set": (48.0, "SQ-CPO", ["White", "Speckled", "Black"], 5),
    "Linen Apron": (36.0, "SQ-LAP", ["Natural", "Rust", "Olive"], 6),
    "Hand-Thrown Mug": (28.0, "SQ-HTM", ["12 oz", "16 oz"], 10),
    "Olive Wood Spoon Set": (22.0, "SQ-OWS", [""], 7),
    "Beeswax Candle": (18.0, "SQ-BWC", ["Small", "Large"], 8),
    "Stoneware Dinner Plate": (34.0, "SQ-SDP", ["White", "Speckled"], 4),
    "Gift Card": (50.0, "SQ-GFT", ["$25", "$50", "$100"], 2),
}
_SQ_STATES = {"CA": 14, "NY": 11, "TX": 8, "WA": 6, "OR": 5, "IL": 5, "MA": 5, "CO": 4, "FL": 5, "NC": 3, "PA": 4}
_SQ_CITIES = {
    "CA": ["Los Angeles", "San Francisco", "Oakland"],
    "NY": ["Brooklyn", "New York"],
    "TX": ["Austin", "Houston"],
    "WA": ["Seattle"],
    "OR": ["Portland"],
    "IL": ["Chicago"],
    "MA": ["Boston", "Cambridge"],
    "CO": ["Denver"],
    "FL": ["Miami"],
    "NC": ["Asheville"],
    "PA": ["Philadelphia"],
}
_SQ_COLUMNS = ["Order ID", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Currency"]
_SQ_COLUMNS += ["Subtotal", "Shipping", "Taxes", "Amount Refunded", "Total", "Discount Code", "Discount Amount"]
_SQ_COLUMNS += ["Shipping Method", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price"]
_SQ_COLUMNS += ["Lineitem sku", "Lineitem variant", "Billing Name", "Billing City", "Billing Zip", "Billing Province"]
_SQ_COLUMNS += ["Billing Country", "Payment Method", "Channel Type"]


def _squarespace_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14204)
    lo = pd.Timestamp("2023-01-01")
    span = (pd.Timestamp("2025-01-01") - lo).total_seconds()
    stamps = []
    while len(stamps) < 640:
        t = lo + pd.Timedelta(seconds=int(rng.uniform(0, span)))
        if t.month in (11, 12) or rng.random() < 0.45:
            stamps.append(t)
    stamps.sort()
    names = list(_SQ_PRODUCTS)
    pw = [v[3] for v in _SQ_PRODUCTS.values()]
    states = list(_SQ_STATES)
    rows = []
    for i, t in enumerate(stamps):
        k = int(_one(rng, [1, 2, 3, 4], [55, 28, 12, 5]))
        items = []
        for name in rng.choice(names, size=k, replace=False, p=np.array(pw) / sum(pw)):
            price, sku, variants, _ = _SQ_PRODUCTS[str(name)]
            variant = str(_one(rng, variants))
            if name == "Gift Card":
                price = float(variant.strip("$"))
            qty = int(_one(rng, [1, 2, 3, 4], [75, 17, 6, 2]))
            items.append((str(name), price, sku, variant, qty))
        subtotal = sum(p * q for _, p, _, _, q in items)
        code = str(_one(rng, ["", "WELCOME10", "HOLIDAY20", "FREESHIP"], [70, 14, 10, 6]))
        if code == "HOLIDAY20" and t.month not in (11, 12):
            code = "WELCOME10"
        disc = round(subtotal * {"": 0, "WELCOME10": 0.1, "HOLIDAY20": 0.2, "FREESHIP": 0}[code], 2)
        method = str(_one(rng, ["Standard Shipping", "Express", "Local Pickup"], [75, 15, 10]))
        ship = {"Standard Shipping": 8.0, "Express": 18.0, "Local Pickup": 0.0}[method]
        if code == "FREESHIP" or (subtotal >= 100 and method == "Standard Shipping"):
            ship = 0.0
        state = str(_one(rng, states, list(_SQ_STATES.values())))
        tax = round((subtotal - disc) * (0.0 if state in ("OR",) else float(rng.uniform(0.05, 0.095))), 2)
        total = round(subtotal - disc + ship + tax, 2)
        fin = str(_one(rng, ["PAID", "REFUNDED", "PENDING"], [92, 6, 2]))
        refunded = total if fin == "REFUNDED" else 0.0
        ful = "CANCELED" if fin == "REFUNDED" and rng.random() < 0.6 else ("PENDING" if fin == "PENDING" else "")
        if not ful:
            ful = "FULFILLED" if (pd.Timestamp("2025-01-01") - t).days > 6 or rng.random() < 0.4 else "PENDING"
        first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
        created = f"{t:%Y-%m-%d %H:%M:%S} {'-0400' if 3 <= t.month <= 10 else '-0500'}"
        paid = "" if fin == "PENDING" else created
        fulfilled_at = t + pd.Timedelta(hours=float(rng.uniform(6, 96)))
        order = {
            "Order ID": 1001 + i,
            "Email": f"{first.lower()}{last.lower()}{int(rng.integers(1, 99))}@gmail.com",
            "Financial Status": fin,
            "Paid at": paid,
            "Fulfillment Status": ful,
            "Fulfilled at": f"{fulfilled_at:%Y-%m-%d %H:%M:%S} -0500" if ful == "FULFILLED" else "",
            "Currency": "USD",
            "Subtotal": round(subtotal, 2),
            "Shipping": ship,
            "Taxes": tax,
            "Amount Refunded": refunded,
            "Total": total,
            "Discount Code": code,
            "Discount Amount": disc,
            "Shipping Method": method,
            "Created at": created,
            "Billing Name": f"{first} {last}",
            "Billing City": str(_one(rng, _SQ_CITIES[state])),
            "Billing Zip": f"{int(rng.integers(1000, 99999)):05d}",
            "Billing Province": state,
            "Billing Country": "US",
            "Payment Method": str(_one(rng, ["Stripe", "PayPal", "Apple Pay"], [70, 20, 10])),
            "Channel Type": "Web",
        }
        for name, price, sku, variant, qty in items:
            rows.append(
                order
                | {
                    "Lineitem quantity": qty,
                    "Lineitem name": name,
                    "Lineitem price": price,
                    "Lineitem sku": f"{sku}-{variant.replace(' ', '').strip('$')}" if variant else sku,
                    "Lineitem variant": variant,
                }
            )
    return pd.DataFrame(rows)[_SQ_COLUMNS]


def _sq_orders(d: pd.DataFrame) -> pd.DataFrame:
    o = d.drop_duplicates("Order ID").copy()
    o["_total"] = _num(o["Total"])
    o["_when"] = pd.to_datetime(_txt(o["Created at"]).str[:19], errors="coerce")
    return o


def _sq_revenue(d: pd.DataFrame, how: str) -> float:
    o = _sq_orders(d)
    if how == "gross":
        return float(o["_total"].sum())
    if how == "paid":
        return float(o.loc[_txt(o["Financial Status"]) == "PAID", "_total"].sum())
    return float((o["_total"] - _num(o["Amount Refunded"]).fillna(0)).sum())


def _sq_best(d: pd.DataFrame, how: str) -> str:
    name = _txt(d["Lineitem name"])
    if how == "qty":
        return _top(_num(d["Lineitem quantity"]).groupby(name).sum())
    if how == "money":
        return _top((_num(d["Lineitem quantity"]) * _num(d["Lineitem price"])).groupby(name).sum())
    return _top(name.value_counts())


_SQUARESPACE_QS = [
    Q(
        "how many orders have we had",
        _count(lambda d: int(d["Order ID"].nunique())),
        ("Order ID",),
    ),
    Q(
        "and total revenue?",
        either(
            _dollars(lambda d: _sq_revenue(d, "gross")),
            _dollars(lambda d: _sq_revenue(d, "paid")),
            _dollars(lambda d: _sq_revenue(d, "net")),
        ),
        ("Order ID", "Total", "Financial Status", "Amount Refunded"),
    ),
    Q(
        "what's our best selling product",
        _lead(either(*(_named(lambda d, h=h: _sq_best(d, h)) for h in ("qty", "money", "rows")))),
        ("Lineitem name", "Lineitem quantity", "Lineitem price"),
    ),
    Q(
        "average order value",
        either(
            _dollars(lambda d: float(_sq_orders(d)["_total"].mean())),
            _dollars(
                lambda d: float(
                    (o := _sq_orders(d)).loc[_txt(o["Financial Status"]) == "PAID", "_total"].mean(),
                )
            ),
        ),
        ("Order ID", "Total", "Financial Status"),
    ),
    Q(
        "what share of orders used a discount code",
        _share(lambda d: float((_txt(_sq_orders(d)["Discount Code"]) != "").mean())),
        ("Order ID", "Discount Code"),
    ),
    Q(
        "which month had the most sales",
        _lead(
            either(
                _month_year(lambda d: _top_month((o := _sq_orders(d))["_when"], o["_total"])),
                _month_year(lambda d: _top_month(_sq_orders(d)["_when"])),
            )
        ),
        ("Created at", "Order ID", "Total"),
    ),
]


# --- 5. FBI NIBRS offenses by state, year and category -------------------------------------------------------------

_NB_STATES = {
    "AL": ("Alabama", 5.0),
    "AK": ("Alaska", 0.73),
    "AZ": ("Arizona", 7.2),
    "AR": ("Arkansas", 3.0),
    "CA": ("California", 39.3),
    "CO": ("Colorado", 5.8),
    "CT": ("Connecticut", 3.6),
    "DE": ("Delaware", 1.0),
    "DC": ("District of Columbia", 0.69),
    "FL": ("Florida", 21.8),
    "GA": ("Georgia", 10.8),
    "HI": ("Hawaii", 1.44),
    "ID": ("Idaho", 1.9),
    "IL": ("Illinois", 12.7),
    "IN": ("Indiana", 6.8),
    "IA": ("Iowa", 3.2),
    "KS": ("Kansas", 2.9),
    "KY": ("Kentucky", 4.5),
    "LA": ("Louisiana", 4.6),
    "ME": ("Maine", 1.37),
    "MD": ("Maryland", 6.2),
    "MA": ("Massachusetts", 7.0),
    "MI": ("Michigan", 10.0),
    "MN": ("Minnesota", 5.7),
    "MS": ("Mississippi", 2.95),
    "MO": ("Missouri", 6.2),
    "MT": ("Montana", 1.1),
    "NE": ("Nebraska", 1.96),
    "NV": ("Nevada", 3.1),
    "NH": ("New Hampshire", 1.39),
    "NJ": ("New Jersey", 9.3),
    "NM": ("New Mexico", 2.1),
    "NY": ("New York", 19.8),
    "NC": ("North Carolina", 10.6),
    "ND": ("North Dakota", 0.78),
    "OH": ("Ohio", 11.8),
    "OK": ("Oklahoma", 4.0),
    "OR": ("Oregon", 4.2),
    "PA": ("Pennsylvania", 13.0),
    "RI": ("Rhode Island", 1.1),
    "SC": ("South Carolina", 5.2),
    "SD": ("South Dakota", 0.9),
    "TN": ("Tennessee", 7.0),
    "TX": ("Texas", 29.5),
    "UT": ("Utah", 3.3),
    "VT": ("Vermont", 0.64),
    "VA": ("Virginia", 8.6),
    "WA": ("Washington", 7.7),
    "WV": ("West Virginia", 1.78),
    "WI": ("Wisconsin", 5.9),
    "WY": ("Wyoming", 0.58),
}
# category: offenses per 100k people
_NB_CATEGORIES = {
    "Larceny/Theft Offenses": 1650.0,
    "Assault Offenses": 1150.0,
    "Destruction/Damage/Vandalism of Property": 620.0,
    "Drug/Narcotic Offenses": 480.0,
    "Fraud Offenses": 420.0,
    "Burglary/Breaking & Entering": 330.0,
    "Motor Vehicle Theft": 250.0,
    "Weapon Law Violations": 95.0,
    "Robbery": 70.0,
    "Sex Offenses": 75.0,
    "Homicide Offenses": 6.5,
}
# states that came to NIBRS late: first year they report
_NB_LATE = {"CA": 2021, "NY": 2022, "FL": 2021, "NJ": 2020, "PA": 2021, "MD": 2020, "IL": 2019, "AK": 2019}


def _nibrs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14205)
    rows = []
    state_mult = {s: float(rng.lognormal(0, 0.25)) for s in _NB_STATES}
    for year in range(2016, 2023):
        trend = 1.0 - 0.025 * (year - 2016) + (0.06 if year == 2021 else 0.0)
        for ab, (name, pop_m) in _NB_STATES.items():
            pop = int(pop_m * 1e6 * (1 + 0.005 * (year - 2019)) * float(rng.normal(1, 0.003)))
            late = _NB_LATE.get(ab)
            reporting = late is None or year >= late
            total_ag = int(pop_m * 40 + rng.integers(20, 80))
            share = float(rng.uniform(0.85, 1.0)) if reporting else float(rng.uniform(0.0, 0.1))
            if late is not None and year == late:
                share = float(rng.uniform(0.4, 0.7))
            for cat, rate in _NB_CATEGORIES.items():
                mult = trend * (1.35 if cat == "Motor Vehicle Theft" and year >= 2021 else 1.0)
                mult *= 1.3 if cat == "Homicide Offenses" and year in (2020, 2021) else 1.0
                lam = pop / 1e5 * rate * state_mult[ab] * mult * share
                count: Any = int(rng.poisson(lam)) if reporting or rng.random() < 0.4 else ""
                if count == 0 and not reporting:
                    count = ""
                rows.append(
                    {
                        "data_year": year,
                        "state_abbr": ab,
                        "state_name": name,
                        "offense_category_name": cat,
                        "offense_count": count,
                        "population": pop,
                        "agencies_reporting": int(total_ag * share),
                        "agencies_total": total_ag,
                    }
                )
    return pd.DataFrame(rows)


def _nb(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_n"] = pd.to_numeric(out["offense_count"], errors="coerce")
    out["_cat"] = _txt(out["offense_category_name"])
    out["_st"] = _txt(out["state_abbr"])
    return out


_NB_ALIASES = {ab: (name,) for ab, (name, _) in _NB_STATES.items()}
_NB_ALIASES |= {c: (c.removesuffix(" Offenses"),) for c in _NB_CATEGORIES if c.endswith(" Offenses")}


def _nb_tx_rate(d: pd.DataFrame) -> float:
    n = _nb(d)
    tx = n[(n["_st"] == "TX") & (n["data_year"] == 2022)]
    return float(tx["_n"].sum() / tx["population"].iloc[0] * 1e5)


_NIBRS_QS = [
    Q(
        "which state had the most offenses in 2022",
        _lead(_named(lambda d: _top((n := _nb(d))[n["data_year"] == 2022].groupby("_st")["_n"].sum()), _NB_ALIASES)),
        ("state_abbr", "state_name", "data_year", "offense_count"),
    ),
    Q(
        "how many homicides were reported nationwide in 2021",
        _count(
            lambda d: int((n := _nb(d)).loc[(n["data_year"] == 2021) & (n["_cat"] == "Homicide Offenses"), "_n"].sum())
        ),
        ("offense_category_name", "data_year", "offense_count"),
    ),
    Q(
        "what's the most common type of offense overall",
        _lead(_named(lambda d: _top(_nb(d).groupby("_cat")["_n"].sum()), _NB_ALIASES)),
        ("offense_category_name", "offense_count"),
    ),
    Q(
        "how did the total number of offenses change from 2016 to 2022",
        either(
            _count(
                lambda d: [
                    int((n := _nb(d)).loc[n["data_year"] == 2016, "_n"].sum()),
                    int(n.loc[n["data_year"] == 2022, "_n"].sum()),
                ]
            ),
            _share(
                lambda d: abs(
                    float((g := _nb(d).groupby("data_year")["_n"].sum())[2022] / g[2016] - 1),
                )
            ),
        ),
        ("data_year", "offense_count"),
    ),
    Q(
        "what was the crime rate per 100k people in texas in 2022",
        _about(_nb_tx_rate, rel=0.005),
        ("state_abbr", "state_name", "data_year", "offense_count", "population"),
    ),
    Q(
        "how many rows have no offense count",
        _count(lambda d: int(_nb(d)["_n"].isna().sum())),
        ("offense_count",),
    ),
]


# --- 6. Boston 311 service requests --------------------------------------------------------------------------------

# type: (reason, subject, queue, department, median days to close, target days or None, weight)
_BO_TYPES = {
    "Request for Pothole Repair": (
        "Highway Maintenance",
        "Public Works Department",
        "PWDx_District 1C: North Dorchester",
        "PWDx",
        3.0,
        5,
        9,
    ),
    "Missed Trash/Recycling/Yard Waste/Bulk Item": (
        "Sanitation",
        "Public Works Department",
        "PWDx_Missed Trash\\Recycling\\Yard Waste\\Bulk Item",
        "PWDx",
        1.0,
        2,
        12,
    ),
    "Parking Enforcement": (
        "Enforcement & Abandoned Vehicles",
        "Transportation - Traffic Division",
        "BTDT_Parking Enforcement",
        "BTDT",
        0.2,
        1,
        18,
    ),
    "Requests for Street Cleaning": (
        "Street Cleaning",
        "Public Works Department",
        "PWDx_District 03: North Dorchester",
        "PWDx",
        1.5,
        3,
        10,
    ),
    "Street Light Outages": (
        "Street Lights",
        "Public Works Department",
        "PWDx_Street Light Outages",
        "PWDx",
        6.0,
        10,
        6,
    ),
    "Improper Storage of Trash (Barrels)": (
        "Code Enforcement",
        "Public Works Department",
        "PWDx_Code Enforcement",
        "PWDx",
        2.5,
        None,
        7,
    ),
    "Sidewalk Repair (Make Safe)": (
        "Highway Maintenance",
        "Public Works Department",
        "PWDx_Highway Maintenance",
        "PWDx",
        20.0,
        30,
        4,
    ),
    "Schedule a Bulk Item Pickup": (
        "Sanitation",
        "Public Works Department",
        "PWDx_Bulk Item Pickup",
        "PWDx",
        4.0,
        7,
        9,
    ),
    "Abandoned Vehicles": (
        "Enforcement & Abandoned Vehicles",
        "Transportation - Traffic Division",
        "BTDT_AVRS Interface Queue",
        "BTDT",
        8.0,
        None,
        4,
    ),
    "Tree Maintenance Requests": (
        "Trees",
        "Parks & Recreation Department",
        "PARK_Maintenance_Tree Crews",
        "PARK",
        30.0,
        45,
        3,
    ),
    "Rodent Activity": (
        "Environmental Services",
        "Inspectional Services",
        "ISD_Environmental Services (INTERNAL)",
        "ISD",
        5.0,
        14,
        4,
    ),
}
_BO_HOODS = {
    "Dorchester": (12, "02124", "Ward 16"),
    "Roxbury": (7, "02119", "Ward 12"),
    "South Boston / South Boston Waterfront": (7, "02127", "Ward 6"),
    "Jamaica Plain": (6, "02130", "Ward 19"),
    "East Boston": (6, "02128", "Ward 1"),
    "Allston / Brighton": (7, "02135", "Ward 22"),
    "Back Bay": (4, "02116", "Ward 5"),
    "South End": (5, "02118", "Ward 8"),
    "Roslindale": (4, "02131", "Ward 20"),
    "Hyde Park": (4, "02136", "Ward 18"),
    "Mattapan": (3, "02126", "Ward 17"),
    "Charlestown": (3, "02129", "Ward 2"),
    "Fenway / Kenmore / Audubon Circle / Longwood": (3, "02215", "Ward 21"),
    "Downtown / Financial District": (3, "02109", "Ward 3"),
}
_BO_STREETS = ["WASHINGTON ST", "DORCHESTER AVE", "BLUE HILL AVE", "CENTRE ST", "COMMONWEALTH AVE", "TREMONT ST"]
_BO_STREETS += ["BOYLSTON ST", "HYDE PARK AVE", "COLUMBIA RD", "MERIDIAN ST", "BENNINGTON ST", "BROADWAY"]
_BO_COLUMNS = ["case_enquiry_id", "open_dt", "target_dt", "closed_dt", "ontime", "case_status", "closure_reason"]
_BO_COLUMNS += ["case_title", "subject", "reason", "type", "queue", "department", "location", "fire_district"]
_BO_COLUMNS += ["pwd_district", "city_council_district", "police_district", "neighborhood", "ward", "precinct"]
_BO_COLUMNS += ["location_street_name", "location_zipcode", "latitude", "longitude", "source"]


def _boston_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14206)
    n = 3200
    lo = pd.Timestamp("2023-01-01")
    now = pd.Timestamp("2024-01-03 09:00:00")
    types = list(_BO_TYPES)
    tw = [v[6] for v in _BO_TYPES.values()]
    hoods = list(_BO_HOODS)
    hw = [v[0] for v in _BO_HOODS.values()]
    opened = np.sort(rng.uniform(0, 365 * 86400, n))
    rows = []
    for i, sec in enumerate(opened):
        t = lo + pd.Timedelta(seconds=int(sec))
        typ = str(_one(rng, types, tw))
        reason, subject, queue, dept, med, target, _ = _BO_TYPES[typ]
        dur = float(rng.lognormal(np.log(med), 0.9))
        closed = t + pd.Timedelta(days=dur)
        is_open = closed > now or rng.random() < 0.03
        target_dt = t + pd.Timedelta(days=target) if target is not None else None
        hood = str(_one(rng, hoods, hw)) if rng.random() > 0.04 else ""
        zipc, ward = (_BO_HOODS[hood][1], _BO_HOODS[hood][2]) if hood else ("", "")
        street = str(_one(rng, _BO_STREETS))
        known = rng.random() > 0.06
        if is_open:
            ontime = "ONTIME" if target_dt is None or now <= target_dt else "OVERDUE"
        else:
            ontime = "ONTIME" if target_dt is None or closed <= target_dt else "OVERDUE"
        source = str(
            _one(
                rng,
                ["Constituent Call", "Citizens Connect App", "Self Service", "City Worker App", "Employee Generated"],
                [34, 38, 12, 11, 5],
            )
        )
        closure = ""
        if not is_open:
            closure = str(
                _one(
                    rng,
                    [
                        f"Case Closed. Case Resolved. {typ} completed ",
                        "Case Closed. Case Noted. duplicate of existing case ",
                        "Case Closed. Case Invalid. no issue found ",
                    ],
                    [80, 12, 8],
                )
            )
        rows.append(
            {
                "case_enquiry_id": 101004800000 + i * 37 + int(rng.integers(0, 30)),
                "open_dt": f"{t:%Y-%m-%d %H:%M:%S}",
                "target_dt": "" if target_dt is None else f"{target_dt:%Y-%m-%d %H:%M:%S}",
                "closed_dt": "" if is_open else f"{closed:%Y-%m-%d %H:%M:%S}",
                "ontime": ontime,
                "case_status": "Open" if is_open else "Closed",
                "closure_reason": closure,
                "case_title": typ if rng.random() < 0.8 else typ.split(" (")[0].upper(),
                "subject": subject,
                "reason": reason,
                "type": typ,
                "queue": queue,
                "department": dept,
                "location": f"{int(rng.integers(1, 400))} {street}  {hood.split(' /')[0] if hood else 'BOSTON'}  MA  "
                f"{zipc}".upper()
                if known
                else "",
                "fire_district": int(rng.integers(1, 13)),
                "pwd_district": f"{int(rng.integers(1, 11)):02d}",
                "city_council_district": int(rng.integers(1, 10)),
                "police_district": str(_one(rng, ["B2", "B3", "C11", "C6", "D4", "D14", "E13", "E18", "A1", "A7"])),
                "neighborhood": hood,
                "ward": ward,
                "precinct": f"{ward[5:]:0>2}{int(rng.integers(1, 15)):02d}" if ward else "",
                "location_street_name": street if known else "",
                "location_zipcode": zipc if known else "",
                "latitude": round(42.33 + float(rng.normal(0, 0.03)), 6) if known else 42.3594,
                "longitude": round(-71.07 + float(rng.normal(0, 0.04)), 6) if known else -71.0587,
                "source": source,
            }
        )
    return pd.DataFrame(rows)[_BO_COLUMNS]


def _bo_days(d: pd.DataFrame, typ: str) -> pd.Series:
    sub = d[_txt(d["type"]) == typ]
    o = pd.to_datetime(_txt(sub["open_dt"]), errors="coerce")
    c = pd.to_datetime(_txt(sub["closed_dt"]), errors="coerce")
    return ((c - o).dt.total_seconds() / 86400).dropna()


_BOSTON_QS = [
    Q(
        "how many requests are still open",
        _count(lambda d: int((_txt(d["case_status"]) == "Open").sum())),
        ("case_status", "closed_dt"),
    ),
    Q(
        "whats the most common complaint",
        _lead(
            either(
                _named(lambda d: _top(_txt(d["type"]).value_counts())),
                _named(lambda d: _top(_txt(d["reason"]).value_counts())),
            )
        ),
        ("type", "reason", "case_title", "subject"),
    ),
    Q(
        "what share got closed on time",
        either(
            _share(lambda d: float((_txt(d["ontime"]) == "ONTIME").mean())),
            _share(
                lambda d: float((_txt(d.loc[_txt(d["case_status"]) == "Closed", "ontime"]) == "ONTIME").mean()),
            ),
        ),
        ("ontime", "case_status", "closed_dt", "target_dt"),
    ),
    Q(
        "how many days does it take on average to fix a pothole",
        either(
            _about(lambda d: float(_bo_days(d, "Request for Pothole Repair").mean()), rel=0.01),
            _about(lambda d: float(24 * _bo_days(d, "Request for Pothole Repair").mean()), rel=0.01),
        ),
        ("type", "open_dt", "closed_dt", "case_status", "reason", "case_title"),
    ),
    Q(
        "which neighborhood complains the most",
        _lead(_named(lambda d: _top(_txt(d["neighborhood"])[_txt(d["neighborhood"]) != ""].value_counts()))),
        ("neighborhood",),
    ),
    Q(
        "how many came in through the app",
        either(
            _count(lambda d: int((_txt(d["source"]) == "Citizens Connect App").sum())),
            _count(lambda d: int(_txt(d["source"]).isin(["Citizens Connect App", "City Worker App"]).sum())),
        ),
        ("source",),
    ),
]


# --- 7. ILOSTAT labour force participation rate --------------------------------------------------------------------

# country: (male 15+ level, female 15+ level, female yearly change in points)
_IL_COUNTRIES = {
    "India": (77.0, 24.0, 0.25),
    "Brazil": (73.0, 50.0, 0.25),
    "United States of America": (70.0, 57.0, -0.1),
    "Germany": (66.0, 50.0, 0.35),
    "Japan": (74.0, 48.0, 0.2),
    "Nigeria": (64.0, 53.0, 0.05),
    "Saudi Arabia": (78.0, 17.0, 0.5),
    "Egypt": (71.0, 20.0, -0.1),
    "China": (78.0, 70.0, -0.45),
    "Sweden": (68.0, 60.0, 0.12),
    "Mexico": (80.0, 38.0, 0.4),
    "Indonesia": (84.0, 50.0, 0.15),
    "South Africa": (62.0, 45.0, 0.25),
    "United Kingdom of Great Britain and Northern Ireland": (70.0, 54.0, 0.15),
    "Pakistan": (82.0, 15.0, 0.35),
    "Türkiye": (73.0, 26.0, 0.35),
    "Viet Nam": (82.0, 73.0, -0.1),
    "Ethiopia": (89.0, 70.0, 0.1),
    "France": (62.0, 48.0, 0.12),
    "Bangladesh": (86.0, 27.0, 0.55),
}
_IL_SEX = ["Sex: Total", "Sex: Male", "Sex: Female"]
_IL_AGE = ["Age (Youth, adults): 15+", "Age (Youth, adults): 15-24", "Age (Youth, adults): 25+"]
_IL_INDICATOR = "Labour force participation rate by sex and age (%)"


def _ilo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14207)
    rows = []
    for country, (male, female, slope) in _IL_COUNTRIES.items():
        youth = float(rng.uniform(0.45, 0.8))
        male_slope = float(rng.normal(-0.12, 0.06))
        for year in range(2000, 2024):
            k = year - 2000
            covid = -1.5 if year == 2020 else (-0.6 if year == 2021 else 0.0)
            m15 = male + male_slope * k + covid + float(rng.normal(0, 0.25))
            f15 = female + slope * k + covid + float(rng.normal(0, 0.25))
            vals = {}
            for sex, v in (("Sex: Male", m15), ("Sex: Female", f15)):
                y = v * youth * (1 - 0.004 * k) + float(rng.normal(0, 0.4))
                vals[(sex, _IL_AGE[0])] = v
                vals[(sex, _IL_AGE[1])] = y
                vals[(sex, _IL_AGE[2])] = v * 1.08 - 0.1 * y
            for age in _IL_AGE:
                vals[("Sex: Total", age)] = 0.5 * (vals[("Sex: Male", age)] + vals[("Sex: Female", age)])
            for sex in _IL_SEX:
                for age in _IL_AGE:
                    rows.append(
                        {
                            "ref_area.label": country,
                            "source.label": "ILO - ILO Modelled Estimates",
                            "indicator.label": _IL_INDICATOR,
                            "sex.label": sex,
                            "classif1.label": age,
                            "time": year,
                            "obs_value": round(float(np.clip(vals[(sex, age)], 3, 97)), 3),
                            "obs_status.label": "Projection" if year == 2023 else "",
                            "note_classif.label": "",
                            "note_indicator.label": "Imputed observation" if rng.random() < 0.1 else "",
                            "note_source.label": "Repository: ILO-STATISTICS - Micro data processing"
                            if rng.random() < 0.2
                            else "",
                        }
                    )
    return pd.DataFrame(rows)


def _il(d: pd.DataFrame, sex: str, age: str = "15+", year: int | None = 2023) -> pd.Series:
    """obs_value by country for one sex and age group (and year, or every year when None)."""
    keep = (_txt(d["sex.label"]) == f"Sex: {sex}") & (_txt(d["classif1.label"]) == f"Age (Youth, adults): {age}")
    if year is not None:
        keep &= pd.to_numeric(d["time"], errors="coerce") == year
    sub = d[keep]
    if year is None:
        return sub.set_index([_txt(sub["ref_area.label"]), sub["time"]])["obs_value"].astype(float)
    return sub.set_index(_txt(sub["ref_area.label"]))["obs_value"].astype(float)


_IL_ALIASES = {
    "United States of America": ("United States", "USA"),
    "United Kingdom of Great Britain and Northern Ireland": ("United Kingdom", "UK"),
    "Türkiye": ("Turkey", "Turkiye"),
    "Viet Nam": ("Vietnam",),
}
_IL_USES = ("ref_area.label", "sex.label", "classif1.label", "time", "obs_value")


def _il_brazil(d: pd.DataFrame) -> list[float]:
    s = _il(d, "Female", year=None).loc["Brazil"]
    return [float(s.loc[2000]), float(s.loc[2023])]


_ILO_QS = [
    Q(
        "which country had the highest female participation in 2023",
        _lead(
            either(
                _named(lambda d: _top(_il(d, "Female")), _IL_ALIASES),
                _named(lambda d: _top(_il(d, "Female", "25+")), _IL_ALIASES),
            )
        ),
        _IL_USES,
    ),
    Q(
        "how big is the gap between men and women in india that year",
        either(
            _about(lambda d: float(_il(d, "Male")["India"] - _il(d, "Female")["India"]), rel=0.005),
            _about(lambda d: float(_il(d, "Male", "25+")["India"] - _il(d, "Female", "25+")["India"]), rel=0.005),
        ),
        _IL_USES,
    ),
    Q(
        "how has the women's rate in brazil changed since 2000",
        either(
            _about(lambda d: abs(_il_brazil(d)[1] - _il_brazil(d)[0]), rel=0.005),
            _about(_il_brazil, rel=0.002),
        ),
        _IL_USES,
    ),
    Q(
        "average participation across all countries in 2023, everyone together",
        _about(lambda d: float(_il(d, "Total").mean()), rel=0.003),
        _IL_USES,
    ),
    Q(
        "which country has the lowest youth participation",
        _lead(
            either(
                _named(lambda d: _bottom(_il(d, "Total", "15-24")), _IL_ALIASES),
                _named(lambda d: _bottom(_il(d, "Total", "15-24", None).groupby(level=0).mean()), _IL_ALIASES),
            )
        ),
        _IL_USES,
    ),
    Q(
        "across countries in 2023, is female participation correlated with male participation",
        _corr(lambda d: _il(d, "Female").sort_index(), lambda d: _il(d, "Male").sort_index()),
        _IL_USES,
    ),
]


HELDOUT142: list[Dataset] = [
    Dataset("fidelity_activity_history", _fidelity_frame, _FIDELITY_QS),
    Dataset("help_scout_conversations", _helpscout_frame, _HELPSCOUT_QS),
    Dataset("oura_activity_export", _oura_frame, _OURA_QS),
    Dataset("squarespace_orders_export", _squarespace_frame, _SQUARESPACE_QS),
    Dataset("fbi_nibrs_offenses_by_state", _nibrs_frame, _NIBRS_QS),
    Dataset("boston_311_service_requests", _boston_frame, _BOSTON_QS),
    Dataset("ilo_labour_force_participation", _ilo_frame, _ILO_QS),
]
