"""HELDOUT154: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a MailerLite campaigns report export
(2022-2024) with "Campaign name" (unique, e.g. "Newsletter - March 2023 #2"), Subject, Type (Regular / A/B split /
Auto resend), Status (Sent, a few "Draft" rows with blank date and stats), "Date sent" as "2023-03-14 10:00",
Recipients, Opens, "Open rate" as "23.4%", Clicks, "Click rate" as "2.1%", "Click-to-open rate", Unsubscribes, "Spam
complaints", "Hard bounces", "Soft bounces" and Groups ("Newsletter; Customers"); a QuickBooks Online "Profit and
Loss by Month" for 2024 with its title rows removed, wide: "Distribution account" then "Jan 2024" ... "Dec 2024" and
"Total", amounts as "$12,345.67" / "-$1,234.00", section rows (Income, Expenses, ...) with blank amounts, indented
child accounts ("   Slack") under numbered parents ("6400 Software & Subscriptions"), "Total ..." subtotal rows,
"Gross Profit", "Net Operating Income", "Net Other Income" and "Net Income" rows, and one sub-account per product
and per employee (about 300 rows), with two loss-making months; an Acuity Scheduling appointments export (January to
September 2024) for a massage studio with "Start time" / "End time" as "March 5, 2024 9:00am", "First name", "Last
name", Phone, Email (repeat clients), Type ("60 Minute Massage", ...), Calendar (three therapists), "Appointment
Price" as "95.00", "Paid?" (yes / no), "Amount Paid Online", "Certificate Code" (mostly blank), Notes, "Date
Scheduled" as "2024-03-01", Label (blank, "Checked In", "No-show"), "Scheduled By" and "Appointment ID"; a Hevy
workout export for 2024, one row per set, with title ("Push Day", "Pull Day", "Leg Day", "Cardio"), start_time /
end_time as "15 Mar 2024, 18:02", description (mostly blank), exercise_title ("Bench Press (Barbell)", ...),
superset_id, exercise_notes, set_index, set_type (normal / warmup / failure / dropset), weight_kg (blank for pull ups
and running), reps, distance_km, duration_seconds and rpe (mostly blank); the ECDC weekly COVID-19 cases and deaths
file (2020-10 to 2022-39) with country, country_code (blank on the "Europe (total)" aggregate rows), continent,
population, indicator ("cases" / "deaths"), weekly_count (a few negative corrections), year_week as "2021-07",
rate_14_day (blank for the first week), cumulative_count, source and note; Chicago business licenses (2021-2024)
with the portal's upper-case columns (ID as "2871234-20230315", "LICENSE ID", "ACCOUNT NUMBER" repeated across a
business's licenses, "SITE NUMBER", "LEGAL NAME", "DOING BUSINESS AS NAME", ADDRESS, CITY mostly "CHICAGO" with some
"Chicago" and suburbs, STATE, "ZIP CODE", WARD (blank outside the city), PRECINCT, "POLICE DISTRICT", "LICENSE
CODE", "LICENSE DESCRIPTION", "BUSINESS ACTIVITY", "APPLICATION TYPE" (ISSUE / RENEW / C_LOC / C_CAPA), "APPLICATION
CREATED DATE" (blank on many renewals), "PAYMENT DATE", "LICENSE TERM START DATE", "LICENSE TERM EXPIRATION DATE",
"DATE ISSUED" as "03/15/2024", "LICENSE STATUS" (AAI / AAC / REV / REA), LATITUDE, LONGITUDE and LOCATION); and
the EIA "U.S. Imports by Country of Origin" crude oil table, monthly from Jan-1993 to Dec-2024, wide: Date as
"Jan-1993" then "U.S. Imports of Crude Oil (Thousand Barrels per Day)", an OPEC aggregate column and one column per
country of origin ("U.S. Imports from Canada of Crude Oil (Thousand Barrels per Day)", ...), blank where nothing
came (Russia after March 2022, Venezuela 2019-2022, Guyana before 2020). All are generated with fixed seeds
15401-15407.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text
from .heldout153 import _money, _num, _top, _weekday
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- 1. MailerLite campaigns export --------------------------------------------------------------------------------

# theme: (weight, open rate, click rate)
_ML_THEMES = {
    "Newsletter": (5, 0.31, 0.028),
    "Spring sale": (1, 0.24, 0.035),
    "Product news": (2, 0.36, 0.045),
    "Webinar invite": (1.2, 0.28, 0.05),
    "Black Friday": (0.6, 0.22, 0.04),
}
_ML_TYPES = {"Regular": (8, 1.0), "A/B split": (2, 1.08), "Auto resend": (1, 0.85)}
_ML_FMT = "%Y-%m-%d %H:%M"


def _mailerlite_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15401)
    rows = []
    seen: dict[str, int] = {}
    start = pd.Timestamp("2022-01-03 09:00")
    themes = list(_ML_THEMES)
    for _ in range(360):
        theme = _one(rng, themes, [v[0] for v in _ML_THEMES.values()])
        kind = _one(rng, list(_ML_TYPES), [v[0] for v in _ML_TYPES.values()])
        when = start + pd.Timedelta(days=int(rng.integers(0, 1090)), hours=int(rng.integers(0, 9)))
        base = f"{theme} - {when:%B %Y}"
        seen[base] = seen.get(base, 0) + 1
        status = _one(rng, ["Sent", "Draft"], [30, 1])
        row: dict[str, Any] = {
            "Campaign name": f"{base} #{seen[base]}",
            "Subject": f"{theme}: what's new in {when:%B}",
            "Type": kind,
            "Status": status,
        }
        stats = ("Date sent", "Recipients", "Opens", "Open rate", "Clicks", "Click rate", "Click-to-open rate")
        if status != "Sent":
            row |= {k: "" for k in (*stats, "Unsubscribes", "Spam complaints", "Hard bounces", "Soft bounces")}
            row["Groups"] = "Newsletter"
            rows.append(row)
            continue
        growth = 1 + (when - start).days / 700
        recipients = int(4200 * growth * float(rng.lognormal(0, 0.3)))
        hard = int(rng.binomial(recipients, 0.003))
        soft = int(rng.binomial(recipients, 0.007))
        delivered = recipients - hard - soft
        _, o, c = _ML_THEMES[theme]
        opens = int(rng.binomial(delivered, min(0.9, o * _ML_TYPES[kind][1] * float(rng.lognormal(0, 0.12)))))
        clicks = int(rng.binomial(opens, min(0.9, c / o * float(rng.lognormal(0, 0.3)))))
        row |= {
            "Date sent": when.strftime(_ML_FMT),
            "Recipients": recipients,
            "Opens": opens,
            "Open rate": f"{100 * opens / delivered:.1f}%",
            "Clicks": clicks,
            "Click rate": f"{100 * clicks / delivered:.1f}%",
            "Click-to-open rate": f"{100 * clicks / max(opens, 1):.1f}%",
            "Unsubscribes": int(rng.binomial(delivered, 0.0018)),
            "Spam complaints": int(rng.binomial(delivered, 0.0001)),
            "Hard bounces": hard,
            "Soft bounces": soft,
            "Groups": _one(rng, ["Newsletter", "Newsletter; Customers", "Customers", "Leads"], [4, 2, 1, 1]),
        }
        rows.append(row)
    return pd.DataFrame(rows)


def _ml(d: pd.DataFrame) -> pd.DataFrame:
    out = d[_text(d["Status"]) == "Sent"].copy()
    out["_when"] = pd.to_datetime(out["Date sent"], format=_ML_FMT)
    out["_open"] = _num(out["Open rate"]) / 100
    for col in ("Recipients", "Opens", "Clicks", "Unsubscribes", "Hard bounces", "Soft bounces"):
        out[col] = pd.to_numeric(out[col])
    out["_delivered"] = out["Recipients"] - out["Hard bounces"] - out["Soft bounces"]
    return out


def _ml_open(kind: str | None, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _ml(d)
        if kind is not None:
            x = x[x["Type"] == kind]
        if how == "mean":
            return float(x["_open"].mean())
        return float(x["Opens"].sum() / x["_delivered" if how == "delivered" else "Recipients"].sum())

    return value


def _ml_best_month(d: pd.DataFrame) -> pd.Timestamp:
    x = _ml(d)
    x = x[x["_when"].dt.year == 2024]
    return pd.Timestamp(2024, int(_top(x.groupby(x["_when"].dt.month)["Opens"].sum())), 1)


def _ml_opens_either(kind: str | None) -> Check:
    return either(*(_share(_ml_open(kind, how)) for how in ("mean", "delivered", "recipients")))


_ML_ID = ("Campaign name", "Status", "Date sent")
_ML_OPEN = ("Open rate", "Opens", "Recipients", "Hard bounces", "Soft bounces")
_MAILERLITE_QS = [
    Q(
        "how many campaigns did we send in 2023",
        _count(lambda d: int((_ml(d)["_when"].dt.year == 2023).sum())),
        _ML_ID,
    ),
    Q(
        "whats the average open rate",
        _ml_opens_either(None),
        (*_ML_ID, *_ML_OPEN),
    ),
    Q(
        "which email got the most clicks",
        _lead(_named(lambda d: str(_ml(d).sort_values("Clicks", ascending=False)["Campaign name"].iloc[0]))),
        (*_ML_ID, "Clicks", "Subject"),
    ),
    Q(
        "how many people unsubscribed in 2024",
        _count(lambda d: int(_ml(d).loc[lambda x: x["_when"].dt.year == 2024, "Unsubscribes"].sum())),
        (*_ML_ID, "Unsubscribes"),
    ),
    Q(
        "which month in 2024 had the most opens",
        _lead(_month_year(_ml_best_month)),
        (*_ML_ID, "Opens"),
    ),
    Q(
        "do a/b split campaigns get opened more than regular ones?",
        both(_ml_opens_either("A/B split"), _ml_opens_either("Regular")),
        (*_ML_ID, "Type", *_ML_OPEN),
    ),
]


# --- 2. QuickBooks profit and loss by month ------------------------------------------------------------------------

_QB_MONTHS = [f"{pd.Timestamp(2024, m, 1):%b %Y}" for m in range(1, 13)]
_QB_ADS = {"Google Ads": 1800, "Facebook Ads": 1100, "Trade shows": 400, "Print & promo": 250, "Sponsorships": 150}
_QB_SOFTWARE = {
    "Shopify": 399,
    "Slack": 175,
    "Google Workspace": 216,
    "Adobe Creative Cloud": 85,
    "QuickBooks Online": 90,
    "Klaviyo": 450,
    "Zoom": 45,
    "HubSpot": 620,
    "Notion": 60,
    "Gusto": 180,
}
_QB_COLORS = ["Red", "Blue", "Green", "Black", "White", "Grey", "Navy", "Olive", "Sand", "Teal", "Coral", "Plum"]
_QB_ITEMS = ["Mug", "Tote", "Tee", "Hoodie", "Cap", "Notebook", "Candle", "Poster", "Sticker Pack", "Beanie", "Scarf"]
_QB_NAMES = ["Alex", "Sam", "Jordan", "Taylor", "Casey", "Morgan", "Riley", "Jamie", "Avery", "Quinn", "Drew", "Reese"]
_QB_SURNAMES = ["Smith", "Lee", "Garcia", "Brown", "Nguyen", "Khan", "Miller", "Davis", "Lopez", "Wilson", "Clark"]


def _qb_money(x: float) -> str:
    return f"-${abs(x):,.2f}" if x < 0 else f"${x:,.2f}"


def _quickbooks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15402)
    season = np.array([0.8, 0.75, 0.85, 0.9, 0.95, 0.9, 0.85, 0.8, 0.95, 1.05, 1.35, 1.7])
    lines: list[tuple[str, np.ndarray | None]] = []

    def block(parent: str, children: dict[str, np.ndarray]) -> np.ndarray:
        lines.append((parent, None))
        for name, vals in children.items():
            lines.append((f"   {name}", vals))
        total = np.sum(list(children.values()), axis=0)
        lines.append((f"Total {parent}", total))
        return total

    products = {}
    for color in _QB_COLORS:
        for item in _QB_ITEMS:
            if rng.random() < 0.9:
                products[f"{color} {item}"] = np.round(
                    float(rng.lognormal(6.6, 0.6)) * season * rng.lognormal(0, 0.25, 12), 2
                )
    lines.append(("Income", None))
    sales = block("4000 Sales", dict(list(products.items())[:110]))
    shipping = np.round(sales * 0.06 * rng.lognormal(0, 0.05, 12), 2)
    lines.append(("4900 Shipping Income", shipping))
    refunds = -np.round(sales * 0.02 * rng.lognormal(0, 0.3, 12), 2)
    lines.append(("4950 Refunds & Returns", refunds))
    income = sales + shipping + refunds
    lines.append(("Total Income", income))
    lines.append(("Cost of Goods Sold", None))
    cogs = np.round(sales * 0.42 * rng.lognormal(0, 0.04, 12), 2)
    lines.append(("5000 Cost of Goods Sold", cogs))
    freight = np.round(sales * 0.05 * rng.lognormal(0, 0.1, 12), 2)
    lines.append(("5100 Freight In", freight))
    lines.append(("Total Cost of Goods Sold", cogs + freight))
    gross = income - cogs - freight
    lines.append(("Gross Profit", gross))
    lines.append(("Expenses", None))
    staff = {}
    for i in range(150):
        name = f"Wages - {_QB_NAMES[i % 12]} {_QB_SURNAMES[(i * 7 + i // 12) % 11]} {i + 1:03d}"
        staff[name] = np.round(np.full(12, float(rng.uniform(60, 210))) * rng.lognormal(0, 0.05, 12), 2)
    payroll = block("6000 Payroll Expenses", staff)
    ads_children = {k: np.round(v * season * rng.lognormal(0, 0.2, 12), 2) for k, v in _QB_ADS.items()}
    ads_children["Trade shows"][7] += 21000.0  # a trade show in August
    ads = block("6100 Advertising & Marketing", ads_children)
    rent = np.full(12, 6500.0)
    lines.append(("6200 Rent & Lease", rent))
    util = np.round(900 * rng.lognormal(0, 0.15, 12), 2)
    lines.append(("6300 Utilities", util))
    soft = block(
        "6400 Software & Subscriptions",
        {k: np.round(np.full(12, float(v)) * rng.lognormal(0, 0.03, 12), 2) for k, v in _QB_SOFTWARE.items()},
    )
    travel = np.round(600 * rng.lognormal(0, 0.5, 12), 2)
    lines.append(("6500 Travel", travel))
    meals = np.round(220 * rng.lognormal(0, 0.4, 12), 2)
    lines.append(("6600 Meals & Entertainment", meals))
    fees = np.round(income * 0.029, 2)
    lines.append(("6700 Bank Charges & Fees", fees))
    legal = np.round(400 * rng.lognormal(0, 0.3, 12), 2)
    legal[0] += 14000.0  # a January lawsuit settlement
    lines.append(("6800 Legal & Professional Fees", legal))
    expenses = payroll + ads + rent + util + soft + travel + meals + fees + legal
    lines.append(("Total Expenses", expenses))
    operating = gross - expenses
    lines.append(("Net Operating Income", operating))
    lines.append(("Other Income", None))
    interest = np.round(35 * rng.lognormal(0, 0.2, 12), 2)
    lines.append(("7000 Interest Earned", interest))
    lines.append(("Total Other Income", interest))
    lines.append(("Net Other Income", interest))
    lines.append(("Net Income", operating + interest))
    rows = []
    for name, vals in lines:
        row: dict[str, Any] = {"Distribution account": name}
        for i, m in enumerate(_QB_MONTHS):
            row[m] = "" if vals is None else _qb_money(float(vals[i]))
        row["Total"] = "" if vals is None else _qb_money(float(np.round(vals, 2).sum()))
        rows.append(row)
    return pd.DataFrame(rows)


def _qb_row(d: pd.DataFrame, name: str) -> pd.Series:
    hit = d[_text(d["Distribution account"]) == name].iloc[0]
    return _num(hit[[*_QB_MONTHS, "Total"]])


def _qb_total(name: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_qb_row(d, name)["Total"])


def _qb_software(d: pd.DataFrame) -> str:
    names = _text(d["Distribution account"])
    lo = int(np.flatnonzero(names == "6400 Software & Subscriptions")[0]) + 1
    hi = int(np.flatnonzero(names == "Total 6400 Software & Subscriptions")[0])
    part = d.iloc[lo:hi]
    return _top(pd.Series(_num(part["Total"]).to_numpy(), index=_text(part["Distribution account"]).to_numpy()))


def _qb_losses(answer: str, d: pd.DataFrame) -> str | None:
    net = _qb_row(d, "Net Income")[_QB_MONTHS]
    for m in [m for m in _QB_MONTHS if float(net[m]) < 0]:
        why = _month_year(lambda _d, m=m: pd.Timestamp(pd.to_datetime(m, format="%b %Y")))(answer, d)
        if why:
            return why
    return None


_QB_COLS = ("Distribution account", *_QB_MONTHS, "Total")
_QUICKBOOKS_QS = [
    Q(
        "what was our total income for 2024",
        _money(_qb_total("Total Income")),
        _QB_COLS,
    ),
    Q(
        "which month had the best net income",
        _lead(
            _month_year(
                lambda d: pd.to_datetime(_top(_qb_row(d, "Net Income")[_QB_MONTHS].astype(float)), format="%b %Y")
            )
        ),
        _QB_COLS,
    ),
    Q(
        "how much did we spend on advertising",
        _money(_qb_total("Total 6100 Advertising & Marketing")),
        _QB_COLS,
    ),
    Q(
        "whats our gross margin",
        _share(lambda d: _qb_total("Gross Profit")(d) / _qb_total("Total Income")(d)),
        _QB_COLS,
    ),
    Q(
        "which software subscription costs us the most",
        _lead(_named(_qb_software)),
        _QB_COLS,
    ),
    Q(
        "were there any months where we lost money",
        _qb_losses,
        _QB_COLS,
    ),
]


# --- 3. Acuity Scheduling appointments -----------------------------------------------------------------------------

# service: (weight, price, minutes)
_AC_TYPES = {
    "60 Minute Massage": (6, 95, 60),
    "90 Minute Massage": (3, 135, 90),
    "Deep Tissue Massage": (3, 110, 60),
    "Hot Stone Massage": (1.5, 125, 75),
    "Free 15 Minute Consultation": (1, 0, 15),
}
_AC_STAFF = {"Jessica Moore": 5, "Ryan Patel": 3.5, "Emily Chen": 2.5}
_AC_FIRST = ["Anna", "Ben", "Carla", "David", "Elena", "Frank", "Grace", "Hugo", "Iris", "Jack", "Kara", "Liam"]
_AC_LAST = ["Adams", "Baker", "Cruz", "Dunn", "Evans", "Fox", "Gray", "Hill", "Ito", "James", "Kim", "Lowe", "Moss"]


def _ac_time(t: pd.Timestamp) -> str:
    hour = t.hour % 12 or 12
    return f"{t:%B} {t.day}, {t.year} {hour}:{t:%M}{'pm' if t.hour >= 12 else 'am'}"


def _acuity_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15403)
    clients = []
    for i in range(420):
        first, last = _one(rng, _AC_FIRST), _one(rng, _AC_LAST)
        clients.append((first, last, f"({int(rng.integers(200, 999))}) 555-{1000 + i:04d}"))
    weights = rng.pareto(1.5, len(clients)) + 0.2
    rows = []
    days = pd.date_range("2024-01-02", "2024-09-30", freq="D")
    ident = 1_120_000_000
    for day in days:
        busy = {5: 1.6, 4: 1.3, 6: 0.0, 0: 0.7}.get(day.day_of_week, 1.0)
        for _ in range(int(rng.poisson(6.5 * busy))):
            ident += int(rng.integers(1, 40))
            kind = _one(rng, list(_AC_TYPES), [v[0] for v in _AC_TYPES.values()])
            _, price, minutes = _AC_TYPES[kind]
            start = day + pd.Timedelta(hours=int(rng.integers(9, 19)), minutes=int(_one(rng, [0, 15, 30, 45])))
            c = int(rng.choice(len(clients), p=weights / weights.sum()))
            first, last, phone = clients[c]
            online = price > 0 and rng.random() < 0.45
            label = _one(rng, ["", "Checked In", "No-show"], [5, 4, 0.5])
            rows.append(
                {
                    "Start time": _ac_time(start),
                    "End time": _ac_time(start + pd.Timedelta(minutes=minutes)),
                    "First name": first,
                    "Last name": last,
                    "Phone": phone,
                    "Email": f"{first.lower()}.{last.lower()}{c}@example.com",
                    "Type": kind,
                    "Calendar": _one(rng, list(_AC_STAFF), list(_AC_STAFF.values())),
                    "Appointment Price": f"{price:.2f}",
                    "Paid?": "yes" if online else "no",
                    "Amount Paid Online": f"{price if online else 0:.2f}",
                    "Certificate Code": _one(rng, ["", "GIFT25", "SPRING10"], [30, 1, 1]),
                    "Notes": _one(rng, ["", "Prefers firm pressure", "Lower back pain", "First visit"], [12, 1, 1, 1]),
                    "Date Scheduled": (start - pd.Timedelta(days=int(rng.integers(0, 30)))).strftime("%Y-%m-%d"),
                    "Label": label,
                    "Scheduled By": _one(rng, ["", "Jessica Moore", "front desk"], [6, 1, 2]),
                    "Appointment ID": ident,
                }
            )
    return pd.DataFrame(rows)


def _ac(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_start"] = pd.to_datetime(out["Start time"], format="%B %d, %Y %I:%M%p")
    out["_price"] = pd.to_numeric(out["Appointment Price"])
    out["_label"] = _text(out["Label"])
    return out


def _ac_top_staff(keep_noshow: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _ac(d)
        if not keep_noshow:
            x = x[x["_label"] != "No-show"]
        return _top(x.groupby("Calendar")["_price"].sum())

    return value


_AC_ID = ("Appointment ID", "Start time")
_ACUITY_QS = [
    Q(
        "how many different clients have booked with us",
        either(
            _count(lambda d: int(_text(d["Email"]).str.lower().nunique())),
            _count(lambda d: int((_text(d["First name"]) + " " + _text(d["Last name"])).nunique())),
            _count(lambda d: int(_text(d["Phone"]).nunique())),
        ),
        (*_AC_ID, "Email", "First name", "Last name", "Phone"),
    ),
    Q(
        "what's our most popular service",
        _lead(_named(lambda d: _top(d.groupby("Type").size()))),
        (*_AC_ID, "Type"),
    ),
    Q(
        "which therapist brings in the most money",
        either(_lead(_named(_ac_top_staff(True))), _lead(_named(_ac_top_staff(False)))),
        (*_AC_ID, "Calendar", "Appointment Price", "Amount Paid Online", "Label"),
    ),
    Q(
        "how many no shows have we had",
        _count(lambda d: int((_ac(d)["_label"] == "No-show").sum())),
        (*_AC_ID, "Label"),
    ),
    Q(
        "what percent of bookings were paid online",
        either(
            _share(lambda d: float((_text(d["Paid?"]) == "yes").mean())),
            _share(
                lambda d: float((_text(d["Paid?"]) == "yes").sum() / (pd.to_numeric(d["Appointment Price"]) > 0).sum())
            ),
        ),
        (*_AC_ID, "Paid?", "Amount Paid Online", "Appointment Price"),
    ),
    Q(
        "busiest day of the week?",
        _lead(_weekday(lambda d: int(_top(_ac(d)["_start"].dt.day_of_week.value_counts())))),
        (*_AC_ID,),
    ),
]


# --- 4. Hevy workout export ----------------------------------------------------------------------------------------

# exercise: (start kg, gain kg per month, reps, working sets)
_HV_PLAN = {
    "Push Day": {
        "Bench Press (Barbell)": (70.0, 1.5, 6, 4),
        "Overhead Press (Barbell)": (42.5, 0.6, 8, 3),
        "Incline Bench Press (Dumbbell)": (24.0, 0.5, 10, 3),
        "Triceps Pushdown": (25.0, 0.4, 12, 3),
    },
    "Pull Day": {
        "Deadlift (Barbell)": (120.0, 2.5, 5, 3),
        "Pull Up": (0.0, 0.0, 8, 3),
        "Bent Over Row (Barbell)": (60.0, 1.0, 8, 3),
        "Lat Pulldown (Cable)": (55.0, 0.8, 10, 3),
        "Bicep Curl (Dumbbell)": (14.0, 0.25, 12, 3),
    },
    "Leg Day": {
        "Squat (Barbell)": (90.0, 2.5, 5, 4),
        "Leg Press (Machine)": (160.0, 3.0, 10, 3),
        "Romanian Deadlift (Barbell)": (80.0, 1.5, 8, 3),
        "Leg Extension (Machine)": (45.0, 0.7, 12, 3),
    },
}
_HV_FMT = "%d %b %Y, %H:%M"


def _hevy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15404)
    rows = []
    titles = [*_HV_PLAN, "Cardio"]
    k = 0
    for day in pd.date_range("2024-01-01", "2024-12-31", freq="D"):
        if rng.random() > (0.3 if day.month == 8 else 0.5):
            continue
        title = titles[k % 4] if rng.random() > 0.1 else "Cardio"
        k += 1
        start = day + pd.Timedelta(hours=int(rng.integers(6, 20)), minutes=int(rng.integers(0, 60)))
        months = (day - pd.Timestamp("2024-01-01")).days / 30.4
        minutes = 0.0
        if title == "Cardio":
            dist = round(float(rng.uniform(3, 8)), 2)
            secs = int(dist * float(rng.uniform(310, 380)))
            minutes = secs / 60 + float(rng.uniform(3, 8))
            sets = [("Running", 0, "normal", np.nan, np.nan, dist, secs)]
        else:
            sets = []
            for ex, (kg, gain, reps, n) in _HV_PLAN[title].items():
                work = 2.5 * round((kg + gain * months) * float(rng.uniform(0.97, 1.03)) / 2.5) if kg else np.nan
                idx = 0
                if ex.endswith("(Barbell)") and rng.random() < 0.8:
                    sets.append((ex, idx, "warmup", 2.5 * round(work * 0.5 / 2.5), 10, np.nan, np.nan))
                    idx += 1
                for j in range(n):
                    kind = "failure" if j == n - 1 and rng.random() < 0.15 else "normal"
                    r = max(1, reps + int(rng.integers(-2, 2)))
                    sets.append((ex, idx, kind, work, r, np.nan, np.nan))
                    idx += 1
                if ex in ("Triceps Pushdown", "Bicep Curl (Dumbbell)") and rng.random() < 0.3:
                    sets.append((ex, idx, "dropset", round(work * 0.7, 1), 12, np.nan, np.nan))
            minutes = len(sets) * float(rng.uniform(2.4, 3.4))
        end = start + pd.Timedelta(minutes=round(minutes))
        for ex, idx, kind, w, r, dist, secs in sets:
            rows.append(
                {
                    "title": title,
                    "start_time": start.strftime(_HV_FMT),
                    "end_time": end.strftime(_HV_FMT),
                    "description": _one(rng, ["", "felt strong", "tired today"], [40, 1, 1]) if idx == 0 else "",
                    "exercise_title": ex,
                    "superset_id": "",
                    "exercise_notes": "",
                    "set_index": idx,
                    "set_type": kind,
                    "weight_kg": w,
                    "reps": r,
                    "distance_km": dist,
                    "duration_seconds": secs,
                    "rpe": _one(rng, [np.nan, 7.0, 8.0, 9.0], [10, 1, 1, 1]) if kind != "warmup" else np.nan,
                }
            )
    return pd.DataFrame(rows)


def _hv(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_start"] = pd.to_datetime(out["start_time"], format=_HV_FMT)
    out["_end"] = pd.to_datetime(out["end_time"], format=_HV_FMT)
    out["_volume"] = out["weight_kg"].fillna(0) * out["reps"].fillna(0)
    return out


def _hv_minutes(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _hv(d).drop_duplicates("start_time")
        return float(getattr((x["_end"] - x["_start"]).dt.total_seconds() / 60, how)())

    return value


def _hv_best(ex: str, month: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(
        _hv(d).loc[lambda x: (x["exercise_title"] == ex) & (x["_start"].dt.month == month), "weight_kg"].max()
    )


def _hv_march(warmups: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _hv(d)
        x = x[x["_start"].dt.month == 3]
        if not warmups:
            x = x[x["set_type"] != "warmup"]
        return float(x["_volume"].sum())

    return value


_HV_ID = ("title", "start_time", "end_time")
_HEVY_QS = [
    Q(
        "how many workouts have i logged",
        _count(lambda d: int(d["start_time"].nunique())),
        _HV_ID,
    ),
    Q(
        "whats the heaviest i've benched",
        has(lambda d: float(d.loc[d["exercise_title"] == "Bench Press (Barbell)", "weight_kg"].max())),
        (*_HV_ID, "exercise_title", "weight_kg"),
    ),
    Q(
        "how long are my workouts on average",
        either(has(_hv_minutes("mean"), rel=0.02), has(_hv_minutes("median"), rel=0.02)),
        _HV_ID,
    ),
    Q(
        "which exercise have i done the most sets of",
        either(
            _lead(_named(lambda d: _top(d.groupby("exercise_title").size()))),
            _lead(_named(lambda d: _top(d[d["set_type"] != "warmup"].groupby("exercise_title").size()))),
        ),
        (*_HV_ID, "exercise_title", "set_type", "set_index"),
    ),
    Q(
        "total volume i lifted in march?",
        either(_scaled(_hv_march(True), (1e3,)), _scaled(_hv_march(False), (1e3,))),
        (*_HV_ID, "weight_kg", "reps", "set_type"),
    ),
    Q(
        "my best squat in january vs december",
        has(_hv_best("Squat (Barbell)", 1), _hv_best("Squat (Barbell)", 12)),
        (*_HV_ID, "exercise_title", "weight_kg"),
    ),
]


# --- 5. ECDC weekly COVID-19 cases and deaths ----------------------------------------------------------------------

# country: (code, population, size of the waves)
_EC_COUNTRIES = {
    "Germany": ("DEU", 83166711, 1.0),
    "France": ("FRA", 67320216, 1.25),
    "Italy": ("ITA", 59641488, 0.9),
    "Spain": ("ESP", 47332614, 0.95),
    "Poland": ("POL", 37958138, 0.6),
    "Netherlands": ("NLD", 17407585, 1.1),
    "Belgium": ("BEL", 11522440, 1.05),
    "Sweden": ("SWE", 10327589, 0.85),
    "Portugal": ("PRT", 10295909, 1.3),
    "Austria": ("AUT", 8901064, 1.4),
}
# waves: (centre week index, width, cases per 100k per week, case fatality)
_EC_WAVES = [(4, 4, 40, 0.1), (38, 6, 250, 0.02), (58, 5, 180, 0.018), (85, 5, 300, 0.008), (97, 4, 1500, 0.0015)]
_EC_WAVES += [(110, 4, 900, 0.0015), (122, 5, 700, 0.0012)]


def _ecdc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15405)
    weeks = pd.date_range("2020-03-02", "2022-09-26", freq="7D")
    labels = [f"{w.isocalendar().year}-{w.isocalendar().week:02d}" for w in weeks]
    n = len(weeks)
    series: dict[tuple[str, str], np.ndarray] = {}
    for country, (_, pop, size) in _EC_COUNTRIES.items():
        shift = rng.integers(-2, 3)
        cases = np.zeros(n)
        deaths = np.zeros(n)
        for centre, width, rate, cfr in _EC_WAVES:
            amp = rate * size * float(rng.lognormal(0, 0.35)) * pop / 1e5
            shape = np.exp(-0.5 * ((np.arange(n) - centre - shift) / width) ** 2)
            cases += amp * shape
            deaths += amp * shape * cfr * float(rng.lognormal(0, 0.2))
        c = rng.poisson(cases * rng.lognormal(0, 0.1, n) + 5).astype(int)
        dd = np.roll(rng.poisson(deaths + 0.5).astype(int), 2)
        dd[:2] = 0
        for arr in (c, dd):
            for i in rng.choice(np.arange(20, n), 2, replace=False):
                arr[i] = -int(rng.integers(5, 400))
        series[(country, "cases")] = c
        series[(country, "deaths")] = dd
    rows = []
    for country, (code, pop, _) in [*_EC_COUNTRIES.items(), ("Europe (total)", ("", 0, 0))]:
        if country == "Europe (total)":
            pop = sum(v[1] for v in _EC_COUNTRIES.values())
        for ind in ("cases", "deaths"):
            if country == "Europe (total)":
                vals = np.sum([series[(c, ind)] for c in _EC_COUNTRIES], axis=0)
            else:
                vals = series[(country, ind)]
            cum = np.cumsum(vals)
            scale = 1e5 if ind == "cases" else 1e6
            for i in range(n):
                rate = "" if i == 0 else round((vals[i] + vals[i - 1]) / pop * scale, 6)
                rows.append(
                    {
                        "country": country,
                        "country_code": code,
                        "continent": "Europe",
                        "population": pop,
                        "indicator": ind,
                        "weekly_count": int(vals[i]),
                        "year_week": labels[i],
                        "rate_14_day": rate,
                        "cumulative_count": int(cum[i]),
                        "source": "TESSy COVID-19, National data" if country != "Europe (total)" else "",
                        "note": "",
                    }
                )
    return pd.DataFrame(rows)


def _ec(d: pd.DataFrame, ind: str, totals: bool = False) -> pd.DataFrame:
    out = d[d["indicator"] == ind]
    return out if totals else out[~out["country"].str.contains("(total)", regex=False)]


def _ec_top_2021(ind: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _ec(d, ind)
        return _top(x[x["year_week"].str.startswith("2021")].groupby("country")["weekly_count"].sum())

    return value


def _ec_week(answer: str, d: pd.DataFrame) -> str | None:
    x = _ec(d, "cases")
    x = x[x["country"] == "France"].sort_values(["weekly_count", "year_week"], ascending=[False, True])
    label = str(x["year_week"].iloc[0])
    year, week = label.split("-")
    patterns = [rf"(?<!\d){year}-?W?0?{int(week)}(?!\d)", rf"\bweek\s+0?{int(week)}\b(?:\D{{0,12}}){year}"]
    patterns.append(rf"{year}\D{{0,12}}\bweek\s+0?{int(week)}\b")
    ok = any(re.search(p, answer, re.IGNORECASE) for p in patterns)
    return None if ok else f"missing week {label}"


def _ec_per_100k(d: pd.DataFrame) -> np.ndarray:
    x = _ec(d, "deaths")
    g = x.groupby("country")
    return (g["weekly_count"].sum() / g["population"].first() * 1e5).to_numpy()


_EC_ID = ("country", "country_code", "indicator", "year_week")
_ECDC_QS = [
    Q(
        "how many people died of covid in germany in total",
        _count(lambda d: int(_ec(d, "deaths").loc[lambda x: x["country"] == "Germany", "weekly_count"].sum())),
        (*_EC_ID, "weekly_count", "cumulative_count"),
    ),
    Q(
        "which country had the most cases in 2021",
        _lead(_named(_ec_top_2021("cases"))),
        (*_EC_ID, "weekly_count"),
    ),
    Q(
        "and the most deaths?",
        _lead(_named(_ec_top_2021("deaths"))),
        (*_EC_ID, "weekly_count"),
    ),
    Q(
        "what was the worst week for cases in france",
        _lead(_ec_week),
        (*_EC_ID, "weekly_count", "rate_14_day"),
    ),
    Q(
        "deaths per 100k people for each country",
        _about(_ec_per_100k, rel=0.02),
        (*_EC_ID, "weekly_count", "cumulative_count", "population"),
    ),
    Q(
        "how many times did a weekly number go negative",
        either(
            _count(lambda d: int((d["weekly_count"] < 0).sum())),
            _count(
                lambda d: int((d.loc[~d["country"].str.contains("(total)", regex=False), "weekly_count"] < 0).sum())
            ),
        ),
        (*_EC_ID, "weekly_count"),
    ),
]


# --- 6. Chicago business licenses ----------------------------------------------------------------------------------

# description: (code, weight, activities)
_CH_LICENSES = {
    "Limited Business License": (
        1010,
        10,
        ["Retail Sales of General Merchandise", "Miscellaneous Commercial Services"],
    ),
    "Retail Food Establishment": (1006, 5, ["Preparation of Food and Dining on Premise With Seating"]),
    "Consumption on Premises - Incidental Activity": (1475, 1.5, ["Consumption of Liquor on Premises"]),
    "Tavern": (1470, 1, ["Sale of Liquor on Premises"]),
    "Regulated Business License": (1781, 1.2, ["Tattoo and Body Piercing", "Day Care"]),
    "Children's Services Facility License": (4404, 0.6, ["Day Care Center Under 2 Years"]),
    "Public Place of Amusement": (1604, 0.6, ["Entertainment Venue"]),
    "Tobacco": (1781, 0.8, ["Retail Sales of Tobacco"]),
    "Motor Vehicle Repair : Engine Only (Class II)": (1032, 0.9, ["Motor Vehicle Repair"]),
}
_CH_SUBURBS = {"CHICAGO": 90, "Chicago": 3, "EVANSTON": 1.5, "CICERO": 1.2, "SKOKIE": 1, "OAK PARK": 1}
_CH_WORDS = ["Lakeview", "Windy", "Golden", "Prairie", "Logan", "Pilsen", "Bronzeville", "River", "Harbor", "Maple"]
_CH_KINDS = ["Cafe", "Market", "Salon", "Tap", "Grill", "Studio", "Auto", "Kids Club", "Deli", "Books"]
_CH_STREETS = ["N CLARK ST", "W DIVISION ST", "S HALSTED ST", "N MILWAUKEE AVE", "W 18TH ST", "N BROADWAY"]
_CH_FMT = "%m/%d/%Y"


def _chicago_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15406)
    rows = []
    ward_w = rng.lognormal(0, 0.6, 50)
    ward_w[41] *= 3.0  # ward 42, downtown
    account = 400000
    lic_id = 2790000
    for _ in range(1500):
        account += int(rng.integers(1, 80))
        desc = _one(rng, list(_CH_LICENSES), [v[1] for v in _CH_LICENSES.values()])
        code, _, acts = _CH_LICENSES[desc]
        city = _one(rng, list(_CH_SUBURBS), list(_CH_SUBURBS.values()))
        ward = int(rng.choice(50, p=ward_w / ward_w.sum())) + 1 if city.upper() == "CHICAGO" else None
        name = f"{_one(rng, _CH_WORDS)} {_one(rng, _CH_KINDS)}"
        legal = f"{name.upper()} LLC" if rng.random() < 0.7 else f"{name.upper()}, INC."
        address = f"{int(rng.integers(100, 9999))} {_one(rng, _CH_STREETS)}"
        lat = round(41.75 + float(rng.uniform(0, 0.25)), 9)
        lon = round(-87.75 + float(rng.uniform(0, 0.15)), 9)
        issued = pd.Timestamp("2021-01-04") + pd.Timedelta(days=int(rng.integers(0, 700)))
        kinds = ["ISSUE"]
        while issued + pd.Timedelta(days=730 * len(kinds)) < pd.Timestamp("2024-12-31") and rng.random() < 0.8:
            kinds.append("RENEW")
        for j, kind in enumerate(kinds):
            lic_id += 1
            if kind == "ISSUE":
                when = issued
                wait = int(rng.gamma(2.0, 9.0 if desc == "Limited Business License" else 20.0))
                created = when - pd.Timedelta(days=wait)
            else:
                when = issued + pd.Timedelta(days=730 * j - int(rng.integers(0, 20)))
                created = when - pd.Timedelta(days=int(rng.integers(5, 45))) if rng.random() < 0.4 else None
            if when > pd.Timestamp("2024-12-31"):
                break
            if kind == "RENEW" and rng.random() < 0.05:
                kind = _one(rng, ["C_LOC", "C_CAPA"])
            status = _one(rng, ["AAI", "AAC", "REV", "REA"], [40, 3, 0.8, 0.3]) if j == len(kinds) - 1 else "AAI"
            start = when if kind == "ISSUE" else issued + pd.Timedelta(days=730 * j)
            rows.append(
                {
                    "ID": f"{lic_id}-{when:%Y%m%d}",
                    "LICENSE ID": lic_id,
                    "ACCOUNT NUMBER": account,
                    "SITE NUMBER": 1,
                    "LEGAL NAME": legal,
                    "DOING BUSINESS AS NAME": name.upper() if rng.random() < 0.8 else "",
                    "ADDRESS": address,
                    "CITY": city,
                    "STATE": "IL",
                    "ZIP CODE": str(int(rng.integers(60601, 60661))) if city.upper() == "CHICAGO" else "60201",
                    "WARD": ward,
                    "PRECINCT": int(rng.integers(1, 60)) if ward else None,
                    "POLICE DISTRICT": int(rng.integers(1, 26)) if ward else None,
                    "LICENSE CODE": code,
                    "LICENSE DESCRIPTION": desc,
                    "BUSINESS ACTIVITY": _one(rng, acts),
                    "APPLICATION TYPE": kind,
                    "APPLICATION CREATED DATE": created.strftime(_CH_FMT) if created is not None else "",
                    "PAYMENT DATE": (when - pd.Timedelta(days=int(rng.integers(0, 4)))).strftime(_CH_FMT),
                    "LICENSE TERM START DATE": start.strftime(_CH_FMT),
                    "LICENSE TERM EXPIRATION DATE": (start + pd.Timedelta(days=729)).strftime(_CH_FMT),
                    "DATE ISSUED": when.strftime(_CH_FMT),
                    "LICENSE STATUS": status,
                    "LATITUDE": lat if ward else None,
                    "LONGITUDE": lon if ward else None,
                    "LOCATION": f"({lat}, {lon})" if ward else "",
                }
            )
    return pd.DataFrame(rows)


def _ch(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_issued"] = pd.to_datetime(out["DATE ISSUED"], format=_CH_FMT)
    out["_created"] = pd.to_datetime(out["APPLICATION CREATED DATE"], format=_CH_FMT, errors="coerce")
    return out


def _ch_wait(new_only: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _ch(d).dropna(subset=["_created"])
        if new_only:
            x = x[x["APPLICATION TYPE"] == "ISSUE"]
        return float(getattr((x["_issued"] - x["_created"]).dt.days, how)())

    return value


def _ch_ward(distinct: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = d.dropna(subset=["WARD"])
        g = x.groupby(x["WARD"].astype(int))
        return _top(g["ACCOUNT NUMBER"].nunique() if distinct else g.size())

    return value


_CH_ID = ("ID", "LICENSE ID", "ACCOUNT NUMBER")
_CHICAGO_QS = [
    Q(
        "how many licenses were issued in 2023",
        either(
            _count(lambda d: int((_ch(d)["_issued"].dt.year == 2023).sum())),
            _count(lambda d: int(((_ch(d)["_issued"].dt.year == 2023) & (d["APPLICATION TYPE"] == "ISSUE")).sum())),
        ),
        (*_CH_ID, "DATE ISSUED", "APPLICATION TYPE", "LICENSE TERM START DATE"),
    ),
    Q(
        "what kind of business license is most common",
        either(
            _lead(_named(lambda d: _top(d.groupby("LICENSE DESCRIPTION").size()))),
            _lead(_named(lambda d: _top(d.groupby("LICENSE DESCRIPTION")["ACCOUNT NUMBER"].nunique()))),
        ),
        (*_CH_ID, "LICENSE DESCRIPTION", "LICENSE CODE"),
    ),
    Q(
        "which ward has the most businesses",
        either(_lead(_named(_ch_ward(True))), _lead(_named(_ch_ward(False)))),
        (*_CH_ID, "WARD"),
    ),
    Q(
        "how many licenses got revoked",
        _count(lambda d: int((_text(d["LICENSE STATUS"]) == "REV").sum())),
        (*_CH_ID, "LICENSE STATUS"),
    ),
    Q(
        "for new licenses, how many days does it usually take from applying to getting it",
        either(*(has(_ch_wait(new, how), rel=0.02) for new in (True, False) for how in ("mean", "median"))),
        (*_CH_ID, "APPLICATION CREATED DATE", "DATE ISSUED", "APPLICATION TYPE", "LICENSE TERM START DATE"),
    ),
    Q(
        "what share of these are outside chicago",
        either(
            _share(lambda d: float((_text(d["CITY"]).str.upper() != "CHICAGO").mean())),
            _share(lambda d: float((_text(d["CITY"]) != "CHICAGO").mean())),
            _share(
                lambda d: float(
                    (
                        d.drop_duplicates("ACCOUNT NUMBER")["CITY"].astype(str).str.strip().str.upper() != "CHICAGO"
                    ).mean()
                )
            ),
        ),
        (*_CH_ID, "CITY"),
    ),
]


# --- 7. EIA crude oil imports by country of origin -----------------------------------------------------------------

_EI_TOTAL = "U.S. Imports of Crude Oil (Thousand Barrels per Day)"
_EI_OPEC = "U.S. Imports from OPEC Countries of Crude Oil (Thousand Barrels per Day)"
# country: (level in 1993, level in 2024, OPEC member)
_EI_COUNTRIES = {
    "Canada": (950, 4000, False),
    "Mexico": (900, 470, False),
    "Saudi Arabia": (1350, 280, True),
    "Iraq": (0, 210, True),
    "Venezuela": (1050, 220, True),
    "Colombia": (130, 230, False),
    "Nigeria": (700, 110, True),
    "Brazil": (5, 230, False),
    "Ecuador": (120, 160, False),
    "Kuwait": (300, 20, True),
    "Russia": (5, 0, False),
    "Guyana": (0, 110, False),
    "Angola": (300, 30, True),
}


def _ei_col(country: str) -> str:
    return f"U.S. Imports from {country} of Crude Oil (Thousand Barrels per Day)"


def _eia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15407)
    months = pd.date_range("1993-01-01", "2024-12-01", freq="MS")
    n = len(months)
    t = np.arange(n) / (n - 1)
    frame = pd.DataFrame({"Date": [f"{m:%b-%Y}" for m in months]})
    cols = {}
    for country, (a, b, _) in _EI_COUNTRIES.items():
        hump = 1 + 0.5 * np.sin(np.pi * t) if country in ("Mexico", "Saudi Arabia", "Nigeria", "Angola") else 1.0
        level = (a + (b - a) * t) * hump
        if country == "Iraq":
            level = np.where(months < pd.Timestamp("1996-12-01"), 0, 500 * np.sin(np.pi * t) + 150)
        if country == "Russia":
            level = np.where(months < pd.Timestamp("2000-01-01"), 3, 250 * np.sin(np.pi * (t - 0.2) / 0.8) + 20)
        vals = np.round(np.maximum(level * rng.lognormal(0, 0.15, n), 0)).astype(float)
        if country == "Russia":
            vals[(months > pd.Timestamp("2022-03-01")) | (rng.random(n) < 0.12)] = np.nan
        if country == "Venezuela":
            vals[(months >= pd.Timestamp("2019-03-01")) & (months < pd.Timestamp("2023-02-01"))] = np.nan
        if country == "Guyana":
            vals[months < pd.Timestamp("2020-02-01")] = np.nan
        if country == "Iraq":
            vals[months < pd.Timestamp("1996-12-01")] = np.nan
        if country == "Brazil":
            vals[rng.random(n) < 0.08] = 0
        cols[country] = vals
    other = np.round(np.maximum(600 + 300 * np.sin(3 * np.pi * t), 50) * rng.lognormal(0, 0.1, n))
    total = np.nansum(list(cols.values()), axis=0) + other
    frame[_EI_TOTAL] = total
    frame[_EI_OPEC] = np.nansum([cols[c] for c, v in _EI_COUNTRIES.items() if v[2]], axis=0) + np.round(other * 0.3)
    for country in _EI_COUNTRIES:
        frame[_ei_col(country)] = cols[country]
    return frame


def _ei(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_month"] = pd.to_datetime(out["Date"], format="%b-%Y")
    return out


def _ei_year(d: pd.DataFrame, year: int) -> pd.DataFrame:
    x = _ei(d)
    return x[x["_month"].dt.year == year]


def _ei_mean(country: str, year: int, weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _ei_year(d, year)
        v = x[_ei_col(country)].fillna(0)
        if not weighted:
            return float(v.mean())
        days = x["_month"].dt.days_in_month
        return float((v * days).sum() / days.sum())

    return value


def _ei_top_2024(d: pd.DataFrame) -> str:
    x = _ei_year(d, 2024)
    return _top(pd.Series({c: float(x[_ei_col(c)].sum()) for c in _EI_COUNTRIES}))


def _ei_russia(blank_only: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        v = d[_ei_col("Russia")]
        return int(v.isna().sum() if blank_only else (v.isna() | (v == 0)).sum())

    return value


_EI_ID = ("Date",)
_EIA_QS = [
    Q(
        "where did most of our crude come from in 2024",
        _lead(_named(_ei_top_2024)),
        (*_EI_ID, *[_ei_col(c) for c in _EI_COUNTRIES], _EI_TOTAL),
    ),
    Q(
        "what share of imports came from canada that year",
        either(
            _share(lambda d: float(_ei_year(d, 2024)[_ei_col("Canada")].sum() / _ei_year(d, 2024)[_EI_TOTAL].sum())),
            _share(lambda d: float((_ei_year(d, 2024)[_ei_col("Canada")] / _ei_year(d, 2024)[_EI_TOTAL]).mean())),
        ),
        (*_EI_ID, _ei_col("Canada"), _EI_TOTAL),
    ),
    Q(
        "average daily imports from saudi arabia in 2023",
        either(has(_ei_mean("Saudi Arabia", 2023, False)), has(_ei_mean("Saudi Arabia", 2023, True))),
        (*_EI_ID, _ei_col("Saudi Arabia")),
    ),
    Q(
        "which month had the highest total imports",
        _lead(_month_year(lambda d: _ei(d).sort_values(_EI_TOTAL, ascending=False)["_month"].iloc[0])),
        (*_EI_ID, _EI_TOTAL),
    ),
    Q(
        "how many months did we get nothing from russia",
        either(_count(_ei_russia(True)), _count(_ei_russia(False))),
        (*_EI_ID, _ei_col("Russia")),
    ),
    Q(
        "how much have imports from mexico changed since 2010",
        either(
            _pct(lambda d: _ei_mean("Mexico", 2024, False)(d) / _ei_mean("Mexico", 2010, False)(d) - 1),
            has(_ei_mean("Mexico", 2010, False), _ei_mean("Mexico", 2024, False), rel=0.01),
            _pct(
                lambda d: (
                    float(_ei(d)[_ei_col("Mexico")].iloc[-1])
                    / float(_ei(d).loc[lambda x: x["_month"] == pd.Timestamp("2010-01-01"), _ei_col("Mexico")].iloc[0])
                    - 1
                )
            ),
        ),
        (*_EI_ID, _ei_col("Mexico")),
    ),
]


HELDOUT154: list[Dataset] = [
    Dataset("mailerlite_campaigns_export", _mailerlite_frame, _MAILERLITE_QS),
    Dataset("quickbooks_profit_and_loss_by_month", _quickbooks_frame, _QUICKBOOKS_QS),
    Dataset("acuity_scheduling_appointments", _acuity_frame, _ACUITY_QS),
    Dataset("hevy_workout_export", _hevy_frame, _HEVY_QS),
    Dataset("ecdc_covid_cases_weekly", _ecdc_frame, _ECDC_QS),
    Dataset("chicago_business_licenses", _chicago_frame, _CHICAGO_QS),
    Dataset("eia_crude_oil_imports_by_country", _eia_frame, _EIA_QS),
]
