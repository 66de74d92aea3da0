"""HELDOUT125: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: an E*TRADE
realized gains and losses download (Record Type with one "Summary" row first that totals the file and then "Sell"
rows, Symbol, Plan Type ESPP / RS or blank for ordinary brokerage lots, Quantity, Date Acquired and Date Sold as
"03/14/2022", Acquisition Cost, Acquisition Cost Per Share, Ordinary Income Recognized, Adjusted Cost Basis, Total
Proceeds, Proceeds Per Share and Gain/Loss as "$1,234.56" / "-$12.34" text, Capital Gains Status "Short Term" / "Long
Term", Order Type Sell / Sell Restricted Stock, 2021-2024); a Substack publication's subscriber export (email,
name mostly blank, subscription_type free / paid / comp, plan monthly / yearly / founding and blank for free,
subscription_created_at as "2023-04-05T14:22:10.000Z", activity 0-5, emails_received, emails_opened, country as a
two-letter code with blanks, source such as "direct", "substack", "import" or "recommendation: The Other Newsletter",
email_disabled "true" / "false", 2021-2024); a Deputy timesheets export for two cafes (Timesheet ID, Employee as
"First Last", Employee Export Code, Location, Area Barista / Kitchen / Floor / Manager, Date as "04/03/2024" day
first, Start Time and End Time as "07:00", Meal Break in minutes, Total Time in decimal hours, Cost as "$232.00",
Approved Yes / No, Employee Comment mostly blank, and a few open shifts with no end time, hours or cost,
January-April 2024); a Vivino "full wine list" export (Winery, Wine name, Vintage as a year or "U.V.", Region,
Country, Regional wine style, Average rating, Scan date as "2021-06-12 19:32:01", Scan/Review Location, Your rating
in half stars with blanks for wines never rated, Your review, Personal Note, Wine type Red / White / Rose / Sparkling
/ Dessert, Drinking Window, Link to wine); Census County Business Patterns 2022 for Colorado's 64 counties as
downloaded from data.census.gov (GEO_ID "0500000US08001", NAME "Adams County, Colorado", NAICS2017 "00" for the total
row of each county and "44-45" style sector codes, NAICS2017_LABEL, EMPSZES "001", EMPSZES_LABEL, YEAR, ESTAB, EMP and
PAYANN in $1,000 with 0 and an EMP_N flag "D" where withheld, PAYQTR1); a Water Quality Portal result download for six
USGS stream sites (OrganizationIdentifier USGS-CO, ActivityIdentifier repeated over the results of one sample,
ActivityTypeCode with a few field replicates, ActivityMediaName, ActivityStartDate as "2019-05-14",
ActivityStartTime/Time, ActivityStartTime/TimeZoneCode, MonitoringLocationIdentifier "USGS-06714000",
CharacteristicName pH / "Temperature, water" / "Specific conductance" / "Dissolved oxygen (DO)" / Nitrate /
Phosphorus, ResultSampleFractionText, ResultMeasureValue blank on non-detects, ResultMeasure/MeasureUnitCode,
ResultDetectionConditionText "Not Detected", ResultStatusIdentifier Accepted / Preliminary,
DetectionQuantitationLimitMeasure/MeasureValue, 2015-2024); and NHTSA's recalls data (Report Received Date as
"01/05/2024", NHTSA ID "24V001000", Recall Link, Manufacturer, Subject, upper-case Component, Mfr Campaign Number,
Recall Type Vehicle / Equipment / Tire / Child Seat, Potentially Affected with a few blanks, Recall Description,
Consequence Summary, Corrective Action, Park Outside Advisory and Do Not Drive Advisory Yes / No, "Completion Rate %
(Blank - Not Reported)", 2015-2024). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _lead, _named, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _money(s: pd.Series) -> pd.Series:
    """Amounts written as "$1,234.50" or "-$4.99" (blanks as NaN)."""
    text = s.astype("string").str.replace(r"[$,+\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions."""
    return _scaled(value, (1e3, 1e6))


def _fmt(x: float) -> str:
    return f"-${abs(x):,.2f}" if x < 0 else f"${x:,.2f}"


def _text(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


# --- 1. E*TRADE gains and losses -----------------------------------------------------------------------------------

_ET_STOCKS = {
    "AAPL": 150.0,
    "MSFT": 280.0,
    "NVDA": 180.0,
    "AMZN": 130.0,
    "TSLA": 220.0,
    "VTI": 210.0,
    "AMD": 100.0,
    "INTC": 40.0,
    "DIS": 110.0,
    "PYPL": 90.0,
}


def _etrade_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12501)
    n = 420
    start = pd.Timestamp("2019-01-02")
    rows = []
    for _ in range(n):
        plan = str(_one(rng, ["", "ESPP", "RS"], [6, 2, 2]))
        sym = "INTU" if plan else str(_one(rng, list(_ET_STOCKS), [3, 3, 2, 2, 2, 2, 1, 1, 1, 1]))
        base = 420.0 if plan else _ET_STOCKS[sym]
        acq = start + pd.Timedelta(days=int(rng.integers(0, 1700)))
        held = int(rng.choice([rng.integers(2, 365), rng.integers(366, 1100)]))
        sold = acq + pd.Timedelta(days=held)
        if sold > pd.Timestamp("2024-12-20"):
            sold = pd.Timestamp("2024-12-20") - pd.Timedelta(days=int(rng.integers(0, 30)))
        if sold < pd.Timestamp("2021-01-04"):
            sold = pd.Timestamp("2021-01-04") + pd.Timedelta(days=int(rng.integers(0, 60)))
        if sold <= acq:
            acq = sold - pd.Timedelta(days=int(rng.integers(5, 200)))
        qty = int(rng.integers(1, 60)) if not plan else int(rng.integers(5, 40))
        buy_px = round(base * float(rng.lognormal(0, 0.25)), 2)
        sell_px = round(buy_px * float(rng.lognormal(0.04 * (sold - acq).days / 365, 0.22)), 2)
        cost = round(qty * buy_px, 2)
        if plan == "ESPP":
            cost = round(cost * 0.85, 2)
            income = round(qty * buy_px * 0.15, 2)
        elif plan == "RS":
            income = cost
            cost = 0.0
        else:
            income = 0.0
        basis = round(cost + income, 2)
        proceeds = round(qty * sell_px, 2)
        gain = round(proceeds - basis, 2)
        rows.append((sym, plan, qty, acq, cost, income, basis, sold, proceeds, sell_px, gain))
    cols = ["sym", "plan", "qty", "acq", "cost", "inc", "basis", "sold", "proc", "px", "gain"]
    out = pd.DataFrame(rows, columns=cols).sort_values(["sold", "sym"], kind="stable").reset_index(drop=True)
    long = (out["sold"] - out["acq"]).dt.days > 365
    body = pd.DataFrame(
        {
            "Record Type": "Sell",
            "Symbol": out["sym"],
            "Plan Type": out["plan"],
            "Quantity": out["qty"],
            "Date Acquired": out["acq"].dt.strftime("%m/%d/%Y"),
            "Acquisition Cost": [_fmt(x) for x in out["cost"]],
            "Acquisition Cost Per Share": [_fmt(c / q) for c, q in zip(out["cost"], out["qty"], strict=True)],
            "Ordinary Income Recognized": [_fmt(x) for x in out["inc"]],
            "Adjusted Cost Basis": [_fmt(x) for x in out["basis"]],
            "Date Sold": out["sold"].dt.strftime("%m/%d/%Y"),
            "Total Proceeds": [_fmt(x) for x in out["proc"]],
            "Proceeds Per Share": [_fmt(x) for x in out["px"]],
            "Gain/Loss": [_fmt(x) for x in out["gain"]],
            "Capital Gains Status": np.where(long, "Long Term", "Short Term"),
            "Order Type": np.where(out["plan"] == "RS", "Sell Restricted Stock", "Sell"),
        }
    )
    summary = {c: "" for c in body.columns}
    summary |= {
        "Record Type": "Summary",
        "Quantity": str(int(out["qty"].sum())),
        "Acquisition Cost": _fmt(float(out["cost"].sum())),
        "Ordinary Income Recognized": _fmt(float(out["inc"].sum())),
        "Adjusted Cost Basis": _fmt(float(out["basis"].sum())),
        "Total Proceeds": _fmt(float(out["proc"].sum())),
        "Gain/Loss": _fmt(float(out["gain"].sum())),
    }
    return pd.concat([pd.DataFrame([summary]), body.astype({"Quantity": str})], ignore_index=True)


def _et_sells(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Record Type"]) == "Sell"]


def _et_gain(d: pd.DataFrame) -> pd.Series:
    return _money(_et_sells(d)["Gain/Loss"])


def _et_by_status(d: pd.DataFrame) -> Any:
    s = _et_sells(d)
    return _et_gain(d).groupby(s["Capital Gains Status"]).sum().to_numpy()


def _et_days(stat: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        s = _et_sells(d)
        days = (pd.to_datetime(s["Date Sold"], format="%m/%d/%Y") - pd.to_datetime(s["Date Acquired"])).dt.days
        return float(getattr(days, stat)())

    return value


_ETRADE_QS = [
    Q("how many sales are in here?", _count(lambda d: len(_et_sells(d))), ("Record Type",)),
    Q(
        "what's my total gain or loss",
        _dollars(lambda d: float(_et_gain(d).sum())),
        ("Gain/Loss", "Record Type"),
    ),
    Q(
        "which stock made me the most money?",
        _lead(_named(lambda d: _top(_et_gain(d).groupby(_et_sells(d)["Symbol"]).sum()))),
        ("Symbol", "Gain/Loss", "Record Type"),
    ),
    Q(
        "how much of the gain was long term vs short term?",
        _dollars(_et_by_status),
        ("Capital Gains Status", "Gain/Loss", "Record Type"),
    ),
    Q(
        "how many sales lost money",
        _count(lambda d: int((_et_gain(d) < 0).sum())),
        ("Gain/Loss", "Record Type"),
    ),
    Q(
        "on average how long did i hold before selling",
        either(has(_et_days("mean"), rel=0.01), has(_et_days("median"), rel=0.01)),
        ("Date Acquired", "Date Sold", "Record Type"),
    ),
]


# --- 2. Substack subscribers ---------------------------------------------------------------------------------------

_SS_FIRST = ["alex", "sam", "jordan", "maria", "chen", "priya", "tom", "lisa", "omar", "kate", "ben", "nina", "raj"]
_SS_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "proton.me", "fastmail.com"]
_SS_SOURCES = [
    "direct",
    "substack",
    "import",
    "recommendation: The Weekly Ledger",
    "recommendation: Notes From Nowhere",
    "substack-app",
    "twitter",
]


def _substack_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12502)
    n = 2600
    t0 = pd.Timestamp("2021-03-01")
    span = (pd.Timestamp("2024-11-30") - t0).total_seconds()
    u = np.sort(rng.random(n) ** 0.7)
    created = [t0 + pd.Timedelta(seconds=float(x * span)) for x in u]
    rows = []
    for k, t in enumerate(created):
        kind = str(_one(rng, ["free", "paid", "comp"], [84, 13, 3]))
        plan = "" if kind == "free" else str(_one(rng, ["monthly", "yearly", "founding"], [5, 4, 1]))
        if kind == "comp":
            plan = ""
        first = str(_one(rng, _SS_FIRST))
        email = f"{first}{int(rng.integers(1, 9999))}.{k}@{_one(rng, _SS_DOMAINS)}"
        name = (
            f"{first.title()} {_one(rng, ['Smith', 'Lee', 'Garcia', 'Nguyen', 'Brown'])}" if rng.random() < 0.3 else ""
        )
        months = max(1, int((pd.Timestamp("2024-12-01") - t).days / 30))
        received = int(min(months, 24) * 4 + rng.integers(0, 4))
        rate = float(np.clip(rng.normal(0.62 if kind != "free" else 0.41, 0.18), 0, 1))
        opened = round(received * rate)
        activity = int(np.clip(round(rate * 5 + rng.normal(0, 0.6)), 0, 5))
        country = str(_one(rng, ["US", "GB", "CA", "AU", "DE", "IN", ""], [55, 10, 8, 5, 4, 4, 14]))
        source = str(_one(rng, _SS_SOURCES, [30, 25, 8, 9, 6, 14, 8]))
        disabled = "true" if rng.random() < 0.04 else "false"
        rows.append((email, name, kind, plan, t, activity, received, opened, country, source, disabled))
    viral = pd.Timestamp("2023-05-09")
    for k in range(260):
        t = viral + pd.Timedelta(seconds=float(rng.uniform(0, 14 * 86400)))
        first = str(_one(rng, _SS_FIRST))
        email = f"{first}{int(rng.integers(1, 9999))}.v{k}@{_one(rng, _SS_DOMAINS)}"
        received = int(19 * 4 + rng.integers(0, 4))
        opened = round(received * float(np.clip(rng.normal(0.35, 0.2), 0, 1)))
        country = str(_one(rng, ["US", "GB", "CA", ""], [6, 2, 1, 2]))
        rows.append((email, "", "free", "", t, int(rng.integers(0, 4)), received, opened, country, "substack", "false"))
    cols = ["email", "name", "subscription_type", "plan", "t", "activity", "emails_received", "emails_opened"]
    cols += ["country", "source", "email_disabled"]
    out = pd.DataFrame(rows, columns=cols).sort_values("t", ascending=False, kind="stable").reset_index(drop=True)
    out.insert(4, "subscription_created_at", out.pop("t").dt.strftime("%Y-%m-%dT%H:%M:%S.000Z"))
    return out


def _ss_month(d: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(d["subscription_created_at"], utc=True).dt.tz_localize(None)
    counts = t.dt.to_period("M").value_counts()
    return counts.idxmax().to_timestamp()


def _ss_opens(d: pd.DataFrame) -> Any:
    return d.groupby("subscription_type")["emails_opened"].mean()[["paid", "free"]].to_numpy()


def _ss_rate(d: pd.DataFrame) -> Any:
    g = d.groupby("subscription_type")[["emails_opened", "emails_received"]].sum()
    return (g["emails_opened"] / g["emails_received"])[["paid", "free"]].to_numpy()


def _ss_rate_mean(d: pd.DataFrame) -> Any:
    r = d["emails_opened"] / d["emails_received"]
    return r.groupby(d["subscription_type"]).mean()[["paid", "free"]].to_numpy()


def _ss_rate_either() -> Check:
    def as_shares(values: Callable[[pd.DataFrame], Any]) -> Check:
        def check(answer: str, df: pd.DataFrame) -> str | None:
            for w in values(df):
                why = _share(float(w))(answer, df)
                if why:
                    return why
            return None

        return check

    return either(_about(_ss_opens), as_shares(_ss_rate), as_shares(_ss_rate_mean))


_SUBSTACK_QS = [
    Q(
        "how many subscribers do i have",
        either(
            _count(lambda d: len(d)),
            _count(lambda d: int((_text(d["email_disabled"]).str.lower() != "true").sum())),
        ),
        ("email", "email_disabled"),
    ),
    Q(
        "and how many of them pay?",
        _count(lambda d: int((d["subscription_type"] == "paid").sum())),
        ("subscription_type", "plan", "email"),
    ),
    Q(
        "what percent of people found me through recommendations",
        _share(lambda d: float(_text(d["source"]).str.lower().str.startswith("recommendation").mean())),
        ("source",),
    ),
    Q(
        "which month did i get the most new signups?",
        _lead(_month_year(_ss_month)),
        ("subscription_created_at", "email"),
    ),
    Q(
        "do paying subs open more emails than free ones?",
        _ss_rate_either(),
        ("subscription_type", "emails_opened", "emails_received"),
    ),
    Q(
        "how many people have no country",
        _count(lambda d: int((_text(d["country"]) == "").sum())),
        ("country",),
    ),
]


# --- 3. Deputy timesheets ------------------------------------------------------------------------------------------

_DP_STAFF = [
    ("Olivia Brown", "Bondi", "Barista", 31.5),
    ("Jack Wilson", "Bondi", "Barista", 29.8),
    ("Mia Taylor", "Bondi", "Floor", 28.4),
    ("Noah Martin", "Bondi", "Kitchen", 33.2),
    ("Chloe Nguyen", "Bondi", "Kitchen", 32.0),
    ("Liam Smith", "Bondi", "Manager", 41.0),
    ("Ava Jones", "Bondi", "Floor", 27.9),
    ("Ethan Lee", "Bondi", "Barista", 30.1),
    ("Grace Kelly", "Bondi", "Floor", 28.0),
    ("Lucas White", "Surry Hills", "Barista", 30.6),
    ("Zoe Harris", "Surry Hills", "Floor", 28.4),
    ("Henry Clark", "Surry Hills", "Kitchen", 34.0),
    ("Isla Walker", "Surry Hills", "Kitchen", 31.2),
    ("Leo Hall", "Surry Hills", "Manager", 42.5),
    ("Ruby Young", "Surry Hills", "Barista", 29.0),
    ("Oscar King", "Surry Hills", "Floor", 27.5),
    ("Ella Wright", "Surry Hills", "Barista", 29.9),
    ("Max Scott", "Surry Hills", "Kitchen", 32.6),
]
_DP_LOCATIONS = {"Bondi": "Bondi Beach Cafe", "Surry Hills": "Surry Hills Cafe"}


def _deputy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12503)
    rows = []
    days = pd.date_range("2024-01-01", "2024-04-28", freq="D")
    for day in days:
        weekend = day.dayofweek >= 5
        for name, loc, area, rate in _DP_STAFF:
            p = 0.62 if area == "Manager" else (0.58 if weekend else 0.45)
            if day.dayofweek == 5:
                p += 0.15
            if rng.random() > p:
                continue
            start_h = float(_one(rng, [6.0, 6.5, 7.0, 8.0, 10.0, 11.0], [3, 3, 4, 2, 2, 1]))
            length = float(_one(rng, [4.0, 5.0, 6.0, 7.5, 8.0, 8.5, 9.0], [2, 2, 3, 3, 4, 2, 1]))
            if area == "Manager":
                length += 1.0
            brk = 30 if length > 5 else 0
            end_h = start_h + length + brk / 60
            hours = length
            mult = 1.5 if day.dayofweek == 6 else (1.25 if day.dayofweek == 5 else 1.0)
            cost = round(hours * rate * mult, 2)
            rows.append([name, loc, area, day, start_h, end_h, brk, hours, cost])
    out = pd.DataFrame(rows, columns=["Employee", "loc", "Area", "day", "s", "e", "brk", "hours", "cost"])
    n = len(out)
    open_rows = out.index[out["day"] >= pd.Timestamp("2024-04-27")][:4]
    approved = np.where(out["day"] >= pd.Timestamp("2024-04-15"), rng.random(n) < 0.35, rng.random(n) < 0.98)

    def clock(h: float) -> str:
        return f"{int(h):02d}:{round((h % 1) * 60):02d}"

    comments = [
        str(_one(rng, ["", "", "", "", "", "", "", "", "forgot to clock out", "stayed late for delivery"]))
        for _ in range(n)
    ]
    frame = pd.DataFrame(
        {
            "Timesheet ID": np.arange(880101, 880101 + n),
            "Employee": out["Employee"],
            "Employee Export Code": [f"EMP{1000 + [s[0] for s in _DP_STAFF].index(e)}" for e in out["Employee"]],
            "Location": out["loc"].map(_DP_LOCATIONS),
            "Area": out["Area"],
            "Date": out["day"].dt.strftime("%d/%m/%Y"),
            "Start Time": [clock(h) for h in out["s"]],
            "End Time": [clock(h) for h in out["e"]],
            "Meal Break": out["brk"],
            "Total Time": out["hours"].astype(float),
            "Cost": [_fmt(x) for x in out["cost"]],
            "Approved": np.where(approved, "Yes", "No"),
            "Employee Comment": comments,
        }
    )
    frame.loc[open_rows, ["End Time", "Cost"]] = ""
    frame.loc[open_rows, "Total Time"] = np.nan
    frame.loc[open_rows, "Meal Break"] = 0
    frame.loc[open_rows, "Approved"] = "No"
    return frame


def _dp_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], format="%d/%m/%Y")


def _dp_top_weekday(d: pd.DataFrame) -> str:
    return _top(d["Total Time"].groupby(_dp_day(d).dt.day_name()).sum())


def _dp_top_weekday_rows(d: pd.DataFrame) -> str:
    return _top(_dp_day(d).dt.day_name().value_counts())


_DEPUTY_QS = [
    Q("total hours worked?", has(lambda d: float(d["Total Time"].sum())), ("Total Time",)),
    Q(
        "who worked the most hours",
        _lead(_named(lambda d: _top(d.groupby("Employee")["Total Time"].sum()))),
        ("Employee", "Total Time"),
    ),
    Q(
        "labour cost at each location",
        _dollars(lambda d: _money(d["Cost"]).groupby(d["Location"]).sum().to_numpy()),
        ("Location", "Cost"),
    ),
    Q(
        "how many timesheets still need approving",
        _count(lambda d: int((_text(d["Approved"]) == "No").sum())),
        ("Approved", "Timesheet ID"),
    ),
    Q(
        "whats the average shift length for kitchen staff",
        has(lambda d: float(d.loc[d["Area"] == "Kitchen", "Total Time"].mean()), rel=0.01),
        ("Area", "Total Time"),
    ),
    Q(
        "which day of the week is busiest?",
        either(_lead(_named(_dp_top_weekday)), _lead(_named(_dp_top_weekday_rows))),
        ("Date", "Total Time", "Timesheet ID"),
    ),
]


# --- 4. Vivino wine list -------------------------------------------------------------------------------------------

_VV_WINES = [
    ("Catena", "Malbec", "Mendoza", "Argentina", "Argentinian Malbec", "Red", 3.9),
    ("Bodega Norton", "Reserva Malbec", "Mendoza", "Argentina", "Argentinian Malbec", "Red", 3.8),
    ("Penfolds", "Bin 28 Shiraz", "South Australia", "Australia", "Australian Shiraz", "Red", 4.0),
    ("Yellow Tail", "Chardonnay", "South Eastern Australia", "Australia", "Australian Chardonnay", "White", 3.3),
    ("Cloudy Bay", "Sauvignon Blanc", "Marlborough", "New Zealand", "New Zealand Sauvignon Blanc", "White", 4.0),
    (
        "Villa Maria",
        "Private Bin Sauvignon Blanc",
        "Marlborough",
        "New Zealand",
        "New Zealand Sauvignon Blanc",
        "White",
        3.7,
    ),
    ("Marques de Riscal", "Reserva", "Rioja", "Spain", "Spanish Rioja Red", "Red", 3.8),
    ("Campo Viejo", "Tempranillo", "Rioja", "Spain", "Spanish Rioja Red", "Red", 3.5),
    ("Freixenet", "Cordon Negro Brut", "Cava", "Spain", "Spanish Cava", "Sparkling", 3.4),
    ("Antinori", "Tignanello", "Toscana", "Italy", "Italian Super Tuscan", "Red", 4.4),
    ("Ruffino", "Chianti", "Chianti", "Italy", "Italian Chianti", "Red", 3.5),
    ("Santa Margherita", "Pinot Grigio", "Valdadige", "Italy", "Italian Pinot Grigio", "White", 3.6),
    ("La Marca", "Prosecco", "Prosecco", "Italy", "Italian Prosecco", "Sparkling", 3.7),
    ("Whispering Angel", "Rose", "Cotes de Provence", "France", "French Provence Rose", "Rose", 3.9),
    ("Moet & Chandon", "Imperial Brut", "Champagne", "France", "French Champagne", "Sparkling", 4.1),
    ("Louis Jadot", "Bourgogne Pinot Noir", "Bourgogne", "France", "Burgundy Red", "Red", 3.7),
    ("Chateau Guiraud", "Sauternes", "Sauternes", "France", "Bordeaux Sauternes", "Dessert", 4.2),
    ("Chateau Greysac", "Medoc", "Medoc", "France", "Bordeaux Medoc", "Red", 3.6),
    ("Caymus", "Cabernet Sauvignon", "Napa Valley", "United States", "Napa Valley Cabernet Sauvignon", "Red", 4.4),
    ("Meiomi", "Pinot Noir", "California", "United States", "Californian Pinot Noir", "Red", 3.8),
    (
        "Kendall-Jackson",
        "Vintner's Reserve Chardonnay",
        "California",
        "United States",
        "Californian Chardonnay",
        "White",
        3.7,
    ),
    ("The Prisoner", "Red Blend", "Napa Valley", "United States", "Californian Red Blend", "Red", 4.1),
    ("Dr. Loosen", "Riesling", "Mosel", "Germany", "German Riesling", "White", 3.8),
    ("Kanonkop", "Pinotage", "Stellenbosch", "South Africa", "South African Pinotage", "Red", 4.0),
    ("Casillero del Diablo", "Cabernet Sauvignon", "Valle Central", "Chile", "Chilean Cabernet Sauvignon", "Red", 3.5),
    ("Concha y Toro", "Marques de Casa Concha Carmenere", "Peumo", "Chile", "Chilean Carmenere", "Red", 3.9),
]


def _vivino_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12504)
    n = 460
    t0 = pd.Timestamp("2018-02-01")
    span = (pd.Timestamp("2024-10-31") - t0).total_seconds()
    rows = []
    for _ in range(n):
        w = _VV_WINES[int(rng.integers(len(_VV_WINES)))]
        winery, wine, region, country, style, kind, avg = w
        vintage = "U.V." if kind == "Sparkling" and rng.random() < 0.7 else str(int(rng.integers(2008, 2022)))
        avg_r = round(float(np.clip(avg + rng.normal(0, 0.1), 2.8, 4.8)), 1)
        scan = t0 + pd.Timedelta(seconds=float(rng.uniform(0, span)))
        mine = float(np.clip(round((avg_r + rng.normal(0, 0.45)) * 2) / 2, 1.0, 5.0)) if rng.random() < 0.72 else np.nan
        review = str(_one(rng, ["", "", "", "nice", "great with steak", "too sweet", "would buy again"]))
        note = str(_one(rng, ["", "", "", "", "gift from mum", "bought at Costco"]))
        y = int(vintage) if vintage != "U.V." else None
        window = f"{y + 2} - {y + int(rng.integers(5, 15))}" if y and kind == "Red" and rng.random() < 0.5 else ""
        link = f"https://www.vivino.com/wines/{int(rng.integers(1000000, 9999999))}"
        loc = str(_one(rng, ["", "Home", "Trader Joe's", "Total Wine", "restaurant"], [4, 3, 2, 2, 1]))
        rows.append(
            (winery, wine, vintage, region, country, style, avg_r, scan, loc, mine, review, note, kind, window, link)
        )
    cols = [
        "Winery",
        "Wine name",
        "Vintage",
        "Region",
        "Country",
        "Regional wine style",
        "Average rating",
        "scan",
        "Scan/Review Location",
        "Your rating",
        "Your review",
        "Personal Note",
        "Wine type",
        "Drinking Window",
        "Link to wine",
    ]
    out = pd.DataFrame(rows, columns=cols).sort_values("scan", ascending=False, kind="stable").reset_index(drop=True)
    out.insert(7, "Scan date", out.pop("scan").dt.strftime("%Y-%m-%d %H:%M:%S"))
    out["Label image"] = [f"https://images.vivino.com/thumbs/{k:06d}_pl_480x640.png" for k in range(len(out))]
    return out


def _vv_vintage(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Vintage"], errors="coerce")


_VIVINO_QS = [
    Q("how many wines have i rated", _count(lambda d: int(d["Your rating"].notna().sum())), ("Your rating",)),
    Q("whats my average rating", has(lambda d: float(d["Your rating"].mean()), rel=0.01), ("Your rating",)),
    Q(
        "which country do i drink the most from",
        _lead(_named(lambda d: _top(d["Country"].value_counts()))),
        ("Country",),
    ),
    Q(
        "do my ratings match the vivino average?",
        _corr(lambda d: d["Your rating"], lambda d: d["Average rating"]),
        ("Your rating", "Average rating"),
    ),
    Q(
        "average score i give reds vs whites",
        has(lambda d: d.groupby("Wine type")["Your rating"].mean()[["Red", "White"]].to_numpy(), rel=0.006),
        ("Wine type", "Your rating"),
    ),
    Q(
        "how many bottles are older than 2015 vintage",
        _count(lambda d: int((_vv_vintage(d) < 2015).sum())),
        ("Vintage",),
    ),
]


# --- 5. Census County Business Patterns ----------------------------------------------------------------------------

_CBP_COUNTIES = [
    "Adams",
    "Alamosa",
    "Arapahoe",
    "Archuleta",
    "Baca",
    "Bent",
    "Boulder",
    "Broomfield",
    "Chaffee",
    "Cheyenne",
    "Clear Creek",
    "Conejos",
    "Costilla",
    "Crowley",
    "Custer",
    "Delta",
    "Denver",
    "Dolores",
    "Douglas",
    "Eagle",
    "Elbert",
    "El Paso",
    "Fremont",
    "Garfield",
    "Gilpin",
    "Grand",
    "Gunnison",
    "Hinsdale",
    "Huerfano",
    "Jackson",
    "Jefferson",
    "Kiowa",
    "Kit Carson",
    "Lake",
    "La Plata",
    "Larimer",
    "Las Animas",
    "Lincoln",
    "Logan",
    "Mesa",
    "Mineral",
    "Moffat",
    "Montezuma",
    "Montrose",
    "Morgan",
    "Otero",
    "Ouray",
    "Park",
    "Phillips",
    "Pitkin",
    "Prowers",
    "Pueblo",
    "Rio Blanco",
    "Rio Grande",
    "Routt",
    "Saguache",
    "San Juan",
    "San Miguel",
    "Sedgwick",
    "Summit",
    "Teller",
    "Washington",
    "Weld",
    "Yuma",
]
_CBP_BIG = {
    "Denver": 38,
    "El Paso": 26,
    "Arapahoe": 28,
    "Jefferson": 24,
    "Adams": 18,
    "Boulder": 19,
    "Larimer": 15,
    "Douglas": 16,
    "Weld": 10,
    "Pueblo": 5,
    "Mesa": 6,
    "Broomfield": 5,
    "Eagle": 4,
    "Garfield": 3.5,
    "Summit": 3.2,
    "La Plata": 3,
    "Routt": 2.6,
    "Pitkin": 2.5,
}
# code, label, establishment share, employees per establishment, annual pay per employee ($)
_CBP_SECTORS = [
    ("11", "Agriculture, forestry, fishing and hunting", 0.004, 6, 42000),
    ("21", "Mining, quarrying, and oil and gas extraction", 0.008, 14, 98000),
    ("22", "Utilities", 0.002, 25, 105000),
    ("23", "Construction", 0.12, 9, 68000),
    ("31-33", "Manufacturing", 0.035, 28, 72000),
    ("42", "Wholesale trade", 0.045, 11, 88000),
    ("44-45", "Retail trade", 0.11, 15, 38000),
    ("48-49", "Transportation and warehousing", 0.03, 18, 56000),
    ("51", "Information", 0.025, 16, 115000),
    ("52", "Finance and insurance", 0.06, 11, 110000),
    ("53", "Real estate and rental and leasing", 0.06, 4, 62000),
    ("54", "Professional, scientific, and technical services", 0.16, 7, 112000),
    ("55", "Management of companies and enterprises", 0.008, 40, 135000),
    ("56", "Administrative and support and waste management and remediation services", 0.05, 17, 48000),
    ("61", "Educational services", 0.015, 14, 45000),
    ("62", "Health care and social assistance", 0.11, 13, 61000),
    ("71", "Arts, entertainment, and recreation", 0.02, 13, 40000),
    ("72", "Accommodation and food services", 0.085, 19, 27000),
    ("81", "Other services (except public administration)", 0.09, 5, 41000),
    ("99", "Industries not classified", 0.003, 1, 35000),
]


def _cbp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12505)
    rows = []
    for k, county in enumerate(_CBP_COUNTIES):
        fips = f"08{2 * k + 1:03d}"
        size = _CBP_BIG.get(county, float(rng.uniform(0.03, 0.9))) * 1000
        tourism = 2.5 if county in ("Eagle", "Summit", "Pitkin", "Routt", "San Miguel", "Grand", "Gunnison") else 1.0
        sector_rows = []
        for code, label, sh, per, pay in _CBP_SECTORS:
            weight = sh * (tourism if code in ("72", "71", "53") else 1.0)
            if county in ("Weld", "Garfield", "Rio Blanco", "Moffat") and code == "21":
                weight *= 6
            est = int(rng.poisson(size * weight * float(rng.lognormal(0, 0.25))))
            if est == 0:
                continue
            emp = max(1, int(est * per * float(rng.lognormal(0, 0.35))))
            pay_emp = pay * float(rng.lognormal(0, 0.15)) * (1.15 if county in _CBP_BIG else 0.85)
            payann = round(emp * pay_emp / 1000)
            q1 = round(payann * float(rng.uniform(0.22, 0.27)))
            withheld = est < 3 or (est < 8 and rng.random() < 0.3)
            sector_rows.append((code, label, est, emp, payann, q1, withheld))
        tot = [sum(r[i] for r in sector_rows) for i in (2, 3, 4, 5)]
        rows.append((fips, county, "00", "Total for all sectors", *tot, False))
        rows.extend((fips, county, *r) for r in sector_rows)
    out = pd.DataFrame(rows, columns=["fips", "county", "code", "label", "est", "emp", "pay", "q1", "withheld"])
    w = out["withheld"].to_numpy()
    return pd.DataFrame(
        {
            "GEO_ID": "0500000US" + out["fips"],
            "NAME": out["county"] + " County, Colorado",
            "NAICS2017": out["code"],
            "NAICS2017_LABEL": out["label"],
            "EMPSZES": "001",
            "EMPSZES_LABEL": "All establishments",
            "YEAR": 2022,
            "ESTAB": out["est"],
            "EMP": np.where(w, 0, out["emp"]),
            "EMP_N": np.where(w, "D", ""),
            "PAYQTR1": np.where(w, 0, out["q1"]),
            "PAYANN": np.where(w, 0, out["pay"]),
        }
    )


def _cbp_code(d: pd.DataFrame) -> pd.Series:
    return _text(d["NAICS2017"])


def _cbp_totals(d: pd.DataFrame) -> pd.DataFrame:
    return d[_cbp_code(d).isin(["00", "0"])]


def _cbp_sectors(d: pd.DataFrame) -> pd.DataFrame:
    return d[~_cbp_code(d).isin(["00", "0"])]


def _cbp_denver_health(d: pd.DataFrame) -> float:
    row = d[(d["NAME"] == "Denver County, Colorado") & (_cbp_code(d) == "62")].iloc[0]
    return float(row["PAYANN"] * 1000 / row["EMP"])


def _cbp_top3(d: pd.DataFrame) -> list[str]:
    s = _cbp_sectors(d)
    return list(_ranked(s.groupby("NAICS2017_LABEL")["PAYANN"].sum()).index[:3])


def _cbp_food_share(denominator: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        food = float(d.loc[_cbp_code(d) == "72", "EMP"].sum())
        base = _cbp_totals(d) if denominator == "totals" else _cbp_sectors(d)
        return food / float(base["EMP"].sum())

    return value


def _cbp_big(d: pd.DataFrame) -> pd.DataFrame:
    t = _cbp_totals(d)
    return t[t["ESTAB"] > 1000]


_CBP_ALIASES = {f"{c} County, Colorado": (f"{c} County", c) for c in _CBP_COUNTIES}

_CBP_QS = [
    Q(
        "how many people work in construction across the state?",
        _count(lambda d: int(d.loc[_cbp_code(d) == "23", "EMP"].sum())),
        ("NAICS2017", "NAICS2017_LABEL", "EMP"),
    ),
    Q(
        "which county has the most businesses",
        _lead(_named(lambda d: _top(_cbp_totals(d).set_index("NAME")["ESTAB"]), _CBP_ALIASES)),
        ("NAME", "GEO_ID", "ESTAB", "NAICS2017", "NAICS2017_LABEL"),
    ),
    Q(
        "average yearly pay for a health care worker in denver",
        _scaled(_cbp_denver_health, (1e3,), rel=0.01),
        ("NAME", "GEO_ID", "NAICS2017", "NAICS2017_LABEL", "PAYANN", "EMP"),
    ),
    Q(
        "top 3 industries by total payroll",
        _all_named(_cbp_top3),
        ("NAICS2017", "NAICS2017_LABEL", "PAYANN"),
    ),
    Q(
        "what share of all jobs are in restaurants and hotels?",
        either(_share(_cbp_food_share("totals")), _share(_cbp_food_share("sectors"))),
        ("NAICS2017", "NAICS2017_LABEL", "EMP"),
    ),
    Q(
        "how many counties have more than 1000 businesses",
        _count(lambda d: len(_cbp_big(d))),
        ("NAME", "GEO_ID", "ESTAB", "NAICS2017", "NAICS2017_LABEL"),
    ),
]


# --- 6. USGS water-quality samples (Water Quality Portal) ----------------------------------------------------------

_WQ_SITES = {
    "USGS-06714000": (14.0, 820, 1.6),
    "USGS-06711565": (12.5, 610, 1.1),
    "USGS-06719505": (9.0, 340, 0.4),
    "USGS-06720500": (15.5, 1150, 3.2),
    "USGS-06730200": (10.5, 450, 0.7),
    "USGS-06752260": (13.0, 900, 2.1),
}
# name, fraction, unit
_WQ_CHARS = [
    ("pH", "Total", "std units"),
    ("Temperature, water", "", "deg C"),
    ("Specific conductance", "Total", "uS/cm @25C"),
    ("Dissolved oxygen (DO)", "Dissolved", "mg/l"),
    ("Nitrate", "Dissolved", "mg/l as N"),
    ("Phosphorus", "Total", "mg/l as P"),
]


def _wq_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12506)
    rows = []
    seq = 0
    for site, (temp0, cond0, no3) in _WQ_SITES.items():
        n_samples = int(rng.integers(55, 95))
        days = np.sort(rng.choice((pd.Timestamp("2024-12-31") - pd.Timestamp("2015-01-01")).days, n_samples, False))
        for k in days:
            day = pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(k))
            seq += 1
            act = f"nwisco.01.{day.year % 100:02d}{seq:05d}"
            kind = "Quality Control Sample-Field Replicate" if rng.random() < 0.06 else "Sample-Routine"
            hh, mm = int(rng.integers(7, 16)), int(_one(rng, [0, 15, 30, 45]))
            season = np.sin((day.dayofyear - 100) / 365 * 2 * np.pi)
            temp = round(max(0.0, temp0 + 9 * season + float(rng.normal(0, 1.5))), 1)
            cond = round(cond0 * float(rng.lognormal(0, 0.2)) * (1.2 - 0.3 * season))
            values = {
                "pH": round(float(rng.normal(8.0, 0.25)), 1),
                "Temperature, water": temp,
                "Specific conductance": cond,
                "Dissolved oxygen (DO)": round(float(14.5 - 0.33 * temp + rng.normal(0, 0.6)), 1),
                "Nitrate": round(no3 * float(rng.lognormal(0, 0.5)), 2),
                "Phosphorus": round(0.02 + no3 * 0.05 * float(rng.lognormal(0, 0.6)), 3),
            }
            status = "Preliminary" if day.year == 2024 else "Accepted"
            for name, frac, unit in _WQ_CHARS:
                if name in ("Nitrate", "Phosphorus") and rng.random() < 0.15:
                    continue
                val: Any = values[name]
                cond_text, limit = "", np.nan
                if name == "Nitrate" and val < 0.04 + 0.25 * (no3 < 1) * (rng.random() < 0.4):
                    val, cond_text, limit = np.nan, "Not Detected", 0.04
                if name == "Phosphorus" and val < 0.025:
                    val, cond_text, limit = np.nan, "Not Detected", 0.01
                rows.append(
                    (
                        act,
                        kind,
                        day.strftime("%Y-%m-%d"),
                        f"{hh:02d}:{mm:02d}:00",
                        "MDT" if 4 <= day.month <= 10 else "MST",
                        site,
                        name,
                        frac,
                        val,
                        unit,
                        cond_text,
                        status,
                        limit,
                    )
                )
    cols = [
        "ActivityIdentifier",
        "ActivityTypeCode",
        "ActivityStartDate",
        "ActivityStartTime/Time",
        "ActivityStartTime/TimeZoneCode",
        "MonitoringLocationIdentifier",
        "CharacteristicName",
        "ResultSampleFractionText",
        "ResultMeasureValue",
        "ResultMeasure/MeasureUnitCode",
        "ResultDetectionConditionText",
        "ResultStatusIdentifier",
        "DetectionQuantitationLimitMeasure/MeasureValue",
    ]
    out = pd.DataFrame(rows, columns=cols)
    out.insert(0, "OrganizationIdentifier", "USGS-CO")
    out.insert(3, "ActivityMediaName", "Water")
    # one extreme conductance reading (a winter road-salt pulse)
    sc = out.index[(out["CharacteristicName"] == "Specific conductance")]
    out.loc[sc[len(sc) // 3], "ResultMeasureValue"] = 3870
    return out


def _wq(d: pd.DataFrame, name: str) -> pd.DataFrame:
    return d[d["CharacteristicName"] == name]


def _wq_nitrate_site(d: pd.DataFrame) -> str:
    n = _wq(d, "Nitrate")
    return _top(n.groupby("MonitoringLocationIdentifier")["ResultMeasureValue"].mean())


def _wq_cond_max(d: pd.DataFrame) -> pd.Series:
    c = _wq(d, "Specific conductance")
    return c.loc[c["ResultMeasureValue"].idxmax()]


def _wq_year(distinct: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        year = d["ActivityStartDate"].str[:4].astype(int)
        if distinct:
            return int(_top(d.assign(y=year).groupby("y")["ActivityIdentifier"].nunique()))
        return int(_top(year.value_counts()))

    return value


_WQ_SITE = ("MonitoringLocationIdentifier",)
_WQ_CHAR = ("CharacteristicName", "ResultMeasureValue")

_WQ_QS = [
    Q(
        "how many samples were taken?",
        either(_count(lambda d: int(d["ActivityIdentifier"].nunique())), _count(lambda d: len(d))),
        ("ActivityIdentifier",),
    ),
    Q(
        "average water temperature at each site",
        _about(lambda d: _wq(d, "Temperature, water").groupby(_WQ_SITE[0])["ResultMeasureValue"].mean().to_numpy()),
        (*_WQ_SITE, *_WQ_CHAR, "ResultMeasure/MeasureUnitCode"),
    ),
    Q(
        "which site has the highest nitrate on average",
        _lead(_named(_wq_nitrate_site)),
        (*_WQ_SITE, *_WQ_CHAR, "ResultDetectionConditionText"),
    ),
    Q(
        "how many nitrate results came back as not detected",
        _count(lambda d: int((_wq(d, "Nitrate")["ResultDetectionConditionText"] == "Not Detected").sum())),
        (*_WQ_CHAR, "ResultDetectionConditionText"),
    ),
    Q(
        "what was the highest conductivity reading and when",
        both(
            has(lambda d: float(_wq_cond_max(d)["ResultMeasureValue"])),
            _day(lambda d: pd.Timestamp(_wq_cond_max(d)["ActivityStartDate"])),
        ),
        (*_WQ_CHAR, "ActivityStartDate", *_WQ_SITE, "ResultMeasure/MeasureUnitCode", "ActivityIdentifier"),
    ),
    Q(
        "which year had the most sampling",
        either(_lead(_year(_wq_year(True))), _lead(_year(_wq_year(False)))),
        ("ActivityStartDate", "ActivityIdentifier"),
    ),
]


# --- 7. NHTSA vehicle recalls --------------------------------------------------------------------------------------

_NH_MAKERS = [
    ("Ford Motor Company", 14),
    ("Chrysler (FCA US, LLC)", 11),
    ("General Motors, LLC", 7),
    ("Forest River, Inc.", 8),
    ("Mercedes-Benz USA, LLC", 5),
    ("Volkswagen Group of America, Inc.", 4),
    ("Honda (American Honda Motor Co.)", 3),
    ("Toyota Motor Engineering & Manufacturing", 3),
    ("Nissan North America, Inc.", 3),
    ("Hyundai Motor America", 3),
    ("Kia America, Inc.", 2.5),
    ("BMW of North America, LLC", 3),
    ("Tesla, Inc.", 1.5),
    ("Daimler Trucks North America, LLC", 4),
    ("Thor Motor Coach", 3),
    ("Harley-Davidson Motor Company", 1.5),
    ("Graco Children's Products, Inc.", 0.8),
    ("Goodyear Tire & Rubber Co.", 0.8),
]
_NH_COMPONENTS = [
    ("EQUIPMENT", 14),
    ("ELECTRICAL SYSTEM", 13),
    ("AIR BAGS", 9),
    ("POWER TRAIN", 8),
    ("STRUCTURE", 6),
    ("FUEL SYSTEM, GASOLINE", 5),
    ("SERVICE BRAKES, HYDRAULIC", 5),
    ("STEERING", 4),
    ("SUSPENSION", 3.5),
    ("BACK OVER PREVENTION", 4.5),
    ("SEAT BELTS", 3),
    ("EXTERIOR LIGHTING", 3.8),
    ("SEATS", 2.5),
    ("TIRES", 1.2),
    ("CHILD SEAT", 0.8),
    ("ENGINE AND ENGINE COOLING", 3.2),
]


def _nhtsa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12507)
    per_year = {2015: 760, 2016: 800, 2017: 790, 2018: 860, 2019: 830, 2020: 780, 2021: 850, 2022: 900}
    per_year |= {2023: 940, 2024: 880}
    rows = []
    for year, n in per_year.items():
        n = n // 3
        days = np.sort(rng.integers(0, 365, n))
        for seq, k in enumerate(days, start=1):
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(k))
            maker = str(_one(rng, [m for m, _ in _NH_MAKERS], [w for _, w in _NH_MAKERS]))
            if maker.startswith("Graco"):
                comp, rtype = "CHILD SEAT", "Child Seat"
            elif maker.startswith("Goodyear"):
                comp, rtype = "TIRES", "Tire"
            else:
                comp = str(_one(rng, [c for c, _ in _NH_COMPONENTS[:13]], [w for _, w in _NH_COMPONENTS[:13]]))
                rtype = "Equipment" if comp == "EQUIPMENT" and rng.random() < 0.5 else "Vehicle"
            big = maker.split()[0] in ("Ford", "Chrysler", "General", "Honda", "Toyota", "Hyundai", "Kia", "Nissan")
            affected: float = float(int(rng.lognormal(9.0 if big else 6.0, 1.6)) + 1)
            if rng.random() < 0.02:
                affected = np.nan
            nid = f"{year % 100:02d}{'E' if rtype == 'Equipment' else 'V'}{seq:03d}000"
            dnd = "Yes" if rng.random() < (0.05 if comp == "AIR BAGS" else 0.012) else "No"
            park = "Yes" if comp == "ELECTRICAL SYSTEM" and rng.random() < 0.12 else "No"
            done = round(float(np.clip(rng.normal(62 if big else 48, 22), 0, 100)), 2) if year <= 2022 else np.nan
            if rng.random() < 0.15:
                done = np.nan
            rows.append(
                (
                    day.strftime("%m/%d/%Y"),
                    nid,
                    f"https://www.nhtsa.gov/recalls?nhtsaId={nid}",
                    maker,
                    f"{comp.title()} Defect",
                    comp,
                    f"{maker[:2].upper()}{int(rng.integers(10, 99))}{_one(rng, ['A', 'B', 'C'])}{seq:02d}",
                    rtype,
                    affected,
                    f"{maker} is recalling certain vehicles. A {comp.lower()} problem may occur.",
                    "This can increase the risk of a crash or injury.",
                    "Dealers will inspect and repair, free of charge.",
                    park,
                    dnd,
                    done,
                )
            )
    cols = [
        "Report Received Date",
        "NHTSA ID",
        "Recall Link",
        "Manufacturer",
        "Subject",
        "Component",
        "Mfr Campaign Number",
        "Recall Type",
        "Potentially Affected",
        "Recall Description",
        "Consequence Summary",
        "Corrective Action",
        "Park Outside Advisory",
        "Do Not Drive Advisory",
        "Completion Rate % (Blank - Not Reported)",
    ]
    return pd.DataFrame(rows, columns=cols).iloc[::-1].reset_index(drop=True)


def _nh_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Report Received Date"], format="%m/%d/%Y").dt.year


def _nh_top5(d: pd.DataFrame) -> list[str]:
    return list(_ranked(d["Component"].value_counts()).index[:5])


_NH_DONE = "Completion Rate % (Blank - Not Reported)"

_NHTSA_QS = [
    Q(
        "how many recalls has ford had",
        _count(lambda d: int(d["Manufacturer"].str.contains("Ford", case=False).sum())),
        ("Manufacturer", "NHTSA ID"),
    ),
    Q(
        "which year had the most recalls?",
        _lead(_year(lambda d: int(_top(_nh_year(d).value_counts())))),
        ("Report Received Date", "NHTSA ID"),
    ),
    Q(
        "how many vehicles were affected by recalls in 2023",
        _scaled(lambda d: float(d.loc[_nh_year(d) == 2023, "Potentially Affected"].sum()), (1e3, 1e6)),
        ("Report Received Date", "Potentially Affected"),
    ),
    Q(
        "what fraction came with a do not drive warning",
        _share(lambda d: float((_text(d["Do Not Drive Advisory"]) == "Yes").mean())),
        ("Do Not Drive Advisory",),
    ),
    Q(
        "top 5 parts that get recalled",
        _all_named(_nh_top5),
        ("Component",),
    ),
    Q(
        "avg completion rate for air bag recalls",
        has(lambda d: float(d.loc[d["Component"] == "AIR BAGS", _NH_DONE].mean()), rel=0.01),
        ("Component", _NH_DONE),
    ),
]


HELDOUT125: list[Dataset] = [
    Dataset("etrade_gains_losses", _etrade_frame, _ETRADE_QS),
    Dataset("substack_subscribers_export", _substack_frame, _SUBSTACK_QS),
    Dataset("deputy_timesheets_export", _deputy_frame, _DEPUTY_QS),
    Dataset("vivino_wine_ratings_export", _vivino_frame, _VIVINO_QS),
    Dataset("census_county_business_patterns", _cbp_frame, _CBP_QS),
    Dataset("usgs_water_quality_samples", _wq_frame, _WQ_QS),
    Dataset("nhtsa_vehicle_recalls", _nhtsa_frame, _NHTSA_QS),
]
