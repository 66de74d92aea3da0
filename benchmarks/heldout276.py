"""HELDOUT276: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Rover pet sitter's booking
history (one row per booking, 2022 to 2024) with "Start Date" and "End Date" as "03/05/2023" (the same day on dog
walks), Owner ("Jenna M."), Service (Boarding, House Sitting, Drop-In Visits, Dog Walking), Pets as a comma list of
names ("Biscuit, Luna"), "Number of Pets", Rate ("$45.00" per night, visit or walk), Total ("$135.00", the booking
total before fees), "Rover Fee" ("$27.00", 20% of Total), Tip ("$10.00", blank when none) and Rating (1 to 5 stars,
blank when the owner left none); an Empower (Personal Capital) net worth history export (one row per account per
month, Jan 2021 to Oct 2024) with Month as "Jan 2021", "Account Name" ("Chase Total Checking (...4821)", "Fidelity
401(k) - Acme Corp"), "Account Type" (Cash, Investment, Retirement, Credit Card, Mortgage), Balance as "$12,345.67"
("-$2,345.67" on credit cards and the mortgage) and Change as "+$123.45" / "-$98.10" from the month before (blank on
an account's first month; a savings account closed in August 2022 and a Coinbase account opened in April 2022); an
insulin pump's event log export for one user (one row per event, January to March 2024) with Timestamp as
"2024-01-05T07:42:13", "Event Type" (BG Reading, Carbs, Bolus, Basal Change), "BG (mg/dL)" (whole numbers, "HI" on
meter readings above 400), "Carbs (g)", "Bolus (U)" (to 0.05), "Basal Rate (U/hr)" (to 0.025) -- each event filling
only its own column, the others blank -- and Notes ("Correction", "Exercise", "Site change", "Temp basal 80%",
mostly blank); a state's opioid prescribing and overdose open-data table (one row per county per year, 2012 to
2022, plus a "Statewide" row per year holding the totals) with Year, County ("Adams"), Population, "Opioid
Prescriptions Dispensed", "Prescriptions per 100 Residents" (one decimal), "Overdose Deaths" ("Suppressed" where
the count is 1 to 9; the Statewide row always shows the full count) and "Naloxone Kits Distributed" ("N/A" before
2016); a city's property sales open-data table in Socrata style (one row per sale, 2019 to 2024) with SALE_DATE as
"2022-03-15T00:00:00.000", PARCEL_ID ("0412-03-118", repeated on resales), upper-case NEIGHBORHOOD, PROPERTY_TYPE
(SINGLE FAMILY, CONDO, TOWNHOUSE, 2-4 FAMILY), BEDROOMS, BATHROOMS (1.5 style), SQFT (blank on a few), YEAR_BUILT
(0 when unknown), SALE_PRICE (whole dollars; 0, 1 or 10 on non-arm's-length transfers), ASSESSED_VALUE and
DAYS_ON_MARKET (blank on transfers and off-market sales); a HUD-style homeless point-in-time count by continuum of
care (one row per CoC per year per population, 2016 to 2023) with Year, "CoC Number" ("CA-600"), "CoC Name" ("Los
Angeles City & County CoC"), "Population Type" (Individuals, People in Families, Veterans, Unaccompanied Youth --
veterans and youth are also counted among individuals and families), "Sheltered ES", "Sheltered TH", Unsheltered
and "Total Homeless" (counts with thousands commas; Unsheltered blank in 2021 for CoCs that skipped the street count,
their total then the sheltered count only); and a yoga studio's class attendance export (one row per class, 2023 to
2024) with "Class Date" as "3/5/2024", "Start Time" ("6:00 AM", "5:30 PM"), "Class Type" (Vinyasa Flow, Hatha, Yin,
Hot Yoga), Instructor ("Maya R."), Capacity, Booked, "Checked In" (Booked less late cancels and no-shows), "Late
Cancels", "No-Shows" and "Drop-In Revenue" as "$75.00". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .heldout273 import _both
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _years_any(values: Callable[[pd.DataFrame], list[int]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_year(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _clock(value: Callable[[pd.DataFrame], str]) -> Check:
    """A time of day given as "6:00 PM": also "6 PM", "6pm", "6:00pm" or "18:00"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp("2000-01-01 " + value(df))
        h12 = t.hour % 12 or 12
        mins = f"(?::{t.minute:02d})?" if t.minute == 0 else f":{t.minute:02d}"
        half = "a" if t.hour < 12 else "p"
        patterns = [rf"(?<![\d:]){h12}{mins}\s*{half}\.?\s*m\b", rf"(?<![\d:])0?{t.hour}:{t.minute:02d}(?!\d)"]
        if t.hour < 12:
            patterns[1] = rf"(?<![\d:])0{t.hour}:{t.minute:02d}(?!\d)" if t.hour < 10 else patterns[1]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing time {value(df)}"

    return check


# --- 1. Rover pet sitter booking history ---------------------------------------------------------------------------

# service: rate range, units range (nights, visits or walks), days per unit, weight
_RV_SERVICES: dict[str, tuple[tuple[int, int], tuple[int, int], float, float]] = {
    "Boarding": ((35, 55), (1, 10), 1.0, 30),
    "House Sitting": ((55, 80), (2, 12), 1.0, 12),
    "Drop-In Visits": ((20, 26), (1, 10), 0.5, 22),
    "Dog Walking": ((18, 28), (1, 1), 0.0, 36),
}
_RV_PETS = ["Biscuit", "Luna", "Cooper", "Bella", "Max", "Daisy", "Milo", "Charlie", "Rosie", "Bear", "Penny", "Ollie"]
_RV_OWNERS = ["Jenna M.", "Carlos R.", "Priya S.", "Tom K.", "Alicia W.", "Ben H.", "Grace L.", "Omar F."]
_RV_OWNERS += ["Hannah P.", "Derek J.", "Sofia G.", "Nate B.", "Mei C.", "Laura T.", "Evan D.", "Rachel N."]


def _rover_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27601)
    pets_of = {
        o: list(rng.choice(_RV_PETS, size=int(_one(rng, [1, 1, 2, 3], [6, 3, 2, 1])), replace=False))
        for o in _RV_OWNERS
    }
    rows: list[dict[str, Any]] = []
    season = {1: 0.7, 2: 0.6, 3: 0.9, 4: 1.0, 5: 1.1, 6: 1.4, 7: 1.9, 8: 1.3, 9: 0.9, 10: 1.0, 11: 1.3, 12: 1.6}
    for day in pd.date_range("2022-01-01", "2024-12-31", freq="D"):
        for _ in range(int(rng.poisson(0.5 * season[day.month] * (1.2 if day.year == 2024 else 1.0)))):
            service = _one(rng, list(_RV_SERVICES), [v[3] for v in _RV_SERVICES.values()])
            (lo, hi), (ulo, uhi), per, _w = _RV_SERVICES[service]
            units = 1 if service == "Dog Walking" else int(rng.integers(ulo, uhi + 1))
            owner = _one(rng, _RV_OWNERS)
            pets = pets_of[owner] if rng.random() < 0.9 else pets_of[owner][:1]
            rate = float(rng.integers(lo, hi + 1))
            extra = round(rate * 0.5) if len(pets) > 1 else 0
            total = units * (rate + extra * (len(pets) - 1))
            span = int(np.ceil(units * per))
            tip = "" if rng.random() < 0.68 else f"${float(_one(rng, [5, 10, 10, 15, 20, 25, 40])):.2f}"
            rating = "" if rng.random() < 0.22 else int(_one(rng, [5, 4, 3, 2, 1], [80, 14, 4, 1, 1]))
            names = ", ".join(pets)
            rows.append(
                {
                    "Start Date": f"{day:%m/%d/%Y}",
                    "End Date": f"{day + pd.Timedelta(days=span):%m/%d/%Y}",
                    "Owner": owner,
                    "Service": service,
                    "Pets": names.lower() if rng.random() < 0.05 else names,
                    "Number of Pets": len(pets),
                    "Rate": f"${rate:.2f}",
                    "Total": f"${total:,.2f}",
                    "Rover Fee": f"${0.2 * total:,.2f}",
                    "Tip": tip,
                    "Rating": rating,
                }
            )
    return pd.DataFrame(rows)


def _rv_start(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Start Date"], format="%m/%d/%Y")


def _rv_earned(year: int) -> Callable[[pd.DataFrame], list[float]]:
    def amounts(df: pd.DataFrame) -> list[float]:
        d = df[_rv_start(df).dt.year == year]
        total, fee, tip = _num(d, "Total").sum(), _num(d, "Rover Fee").sum(), _num(d, "Tip").fillna(0).sum()
        return [float(total), float(total - fee), float(total - fee + tip), float(total + tip)]

    return amounts


def _any_amount(values: Callable[[pd.DataFrame], list[float]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_amount(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _rv_nights(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        d = df[_text(df, "Service") == "Boarding"]
        span = pd.to_datetime(d["End Date"], format="%m/%d/%Y") - pd.to_datetime(d["Start Date"], format="%m/%d/%Y")
        return float(span.dt.days.sum() + (len(d) if inclusive else 0))

    return total


_RV_QS = [
    Q(
        "how much did i make in 2023",
        _any_amount(_rv_earned(2023)),
        ("Total", "Rover Fee", "Tip", "Start Date"),
    ),
    Q(
        "which service brings in the most money",
        _lead(
            _named_any(
                lambda df: [
                    _top(_num(df, "Total").groupby(df["Service"]).sum()),
                    _top(
                        (_num(df, "Total") - _num(df, "Rover Fee") + _num(df, "Tip").fillna(0))
                        .groupby(df["Service"])
                        .sum()
                    ),
                ]
            )
        ),
        ("Service", "Total", "Rover Fee", "Tip"),
    ),
    Q("whats my average star rating", _typical(lambda df: _num(df, "Rating").dropna()), ("Rating",)),
    Q(
        "what % of bookings got a tip",
        _share(lambda df: float((_num(df, "Tip").fillna(0) > 0).mean())),
        ("Tip",),
    ),
    Q(
        "what was my busiest month",
        _lead(_month_year(lambda df: _top(_rv_start(df).dt.to_period("M").value_counts()) + "-01")),
        ("Start Date",),
    ),
    Q(
        "how many nights of boarding have i done in total",
        either(_count(_rv_nights(False)), _count(_rv_nights(True))),
        ("Service", "Start Date", "End Date"),
    ),
]


# --- 2. Empower net worth history ----------------------------------------------------------------------------------

# account: type, starting balance, monthly drift, noise, market beta, first month, last month
_EM_ACCOUNTS: dict[str, tuple[str, float, float, float, float, str | None, str | None]] = {
    "Chase Total Checking (...4821)": ("Cash", 8200, 40, 1400, 0, None, None),
    "Ally Online Savings (...0937)": ("Cash", 21000, 450, 300, 0, None, None),
    "Capital One 360 Savings (...3356)": ("Cash", 6400, 20, 50, 0, None, "2022-08"),
    "Fidelity Brokerage (...6612)": ("Investment", 46000, 500, 200, 1.0, None, None),
    "Coinbase": ("Investment", 3000, 50, 100, 2.5, "2022-04", None),
    "Vanguard Roth IRA (...2280)": ("Retirement", 31000, 500, 50, 1.0, None, None),
    "Fidelity 401(k) - Acme Corp": ("Retirement", 86000, 1500, 100, 0.9, None, None),
    "Chase Sapphire Preferred (...7714)": ("Credit Card", -2600, 0, 900, 0, None, None),
    "Amex Blue Cash (...1009)": ("Credit Card", -850, 0, 400, 0, None, None),
    "Wells Fargo Home Mortgage (...5530)": ("Mortgage", -312000, 780, 0, 0, None, None),
}


def _money(x: float, sign: bool = False) -> str:
    s = f"${abs(x):,.2f}"
    if x < 0:
        return "-" + s
    return ("+" + s) if sign else s


def _empower_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27602)
    months = pd.period_range("2021-01", "2024-10", freq="M")
    market = rng.normal(0.008, 0.035, len(months))
    market[12:21] -= 0.03  # 2022 drawdown
    market[-2:] = [-0.045, -0.03]
    balances: dict[str, float] = {}
    rows: list[dict[str, Any]] = []
    for i, m in enumerate(months):
        for name, (kind, start, drift, noise, beta, first, last) in _EM_ACCOUNTS.items():
            if first and m < pd.Period(first, "M"):
                continue
            if last and m > pd.Period(last, "M"):
                continue
            prev = balances.get(name)
            if prev is None:
                bal = start
            elif kind == "Credit Card":
                bal = min(0.0, -abs(start) + rng.normal(0, noise))
            elif last and m == pd.Period(last, "M"):
                bal = 0.0
            else:
                bal = prev * (1 + beta * market[i]) + drift + rng.normal(0, noise)
                if kind == "Mortgage":
                    bal = min(bal, 0.0)
            bal = round(bal, 2)
            rows.append(
                {
                    "Month": f"{m.to_timestamp():%b %Y}",
                    "Account Name": name,
                    "Account Type": kind,
                    "Balance": _money(bal),
                    "Change": "" if prev is None else _money(round(bal - prev, 2), sign=True),
                }
            )
            balances[name] = bal
    return pd.DataFrame(rows)


def _em_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Month"], format="%b %Y")


def _em_worth(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Balance").groupby(_em_month(df)).sum()


def _em_latest(df: pd.DataFrame) -> pd.DataFrame:
    m = _em_month(df)
    return df[m == m.max()]


def _em_growth(df: pd.DataFrame) -> list[float]:
    w = _em_worth(df)
    dec23, dec22, jan23 = w[pd.Timestamp("2023-12-01")], w[pd.Timestamp("2022-12-01")], w[pd.Timestamp("2023-01-01")]
    changes = _num(df, "Change")[_em_month(df).dt.year == 2023].sum()
    return [float(dec23 - dec22), float(dec23 - jan23), float(changes)]


def _em_card_debt(df: pd.DataFrame) -> list[float]:
    d = df[_text(df, "Account Type") == "Credit Card"]
    monthly = _num(d, "Balance").groupby(_em_month(d)).sum()
    rows = _num(d, "Balance")
    out = [monthly.mean(), monthly.median(), rows.mean(), rows.median()]
    return [float(v) for x in out for v in (x, -x)]


_EM_QS = [
    Q(
        "what's my net worth right now",
        _amount(lambda df: float(_num(_em_latest(df), "Balance").sum())),
        ("Month", "Balance"),
    ),
    Q(
        "how much do i have in retirement accounts",
        _amount(
            lambda df: float(
                _num(_em_latest(df), "Balance")[_text(_em_latest(df), "Account Type") == "Retirement"].sum()
            )
        ),
        ("Month", "Account Type", "Balance"),
    ),
    Q(
        "how much did my net worth go up in 2023",
        _any_amount(_em_growth),
        ("Month", "Balance", "Change"),
    ),
    Q(
        "when was my net worth at its highest",
        _lead(_month_year(lambda df: _em_worth(df).idxmax())),
        ("Month", "Balance"),
    ),
    Q(
        "which account has the most money in it",
        _lead(_named(lambda df: str(_em_latest(df).loc[_num(_em_latest(df), "Balance").idxmax(), "Account Name"]))),
        ("Account Name", "Balance", "Month"),
    ),
    Q(
        "how much credit card debt do i usually carry",
        _any_amount(_em_card_debt),
        ("Account Type", "Balance", "Month", "Account Name"),
    ),
]


# --- 3. Insulin pump event log -------------------------------------------------------------------------------------

_IP_BASAL = [(0, 0.85), (4, 1.05), (9, 0.9), (15, 0.95), (21, 0.8)]


def _pump_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27603)
    rows: list[dict[str, Any]] = []

    def add(when: pd.Timestamp, kind: str, **vals: Any) -> None:
        row = {"Timestamp": f"{when:%Y-%m-%dT%H:%M:%S}", "Event Type": kind, "BG (mg/dL)": "", "Carbs (g)": ""}
        row |= {"Bolus (U)": "", "Basal Rate (U/hr)": "", "Notes": ""}
        row |= vals
        rows.append(row)

    for day in pd.date_range("2024-01-01", "2024-03-31", freq="D"):
        for hour, rate in _IP_BASAL:
            add(day + pd.Timedelta(hours=hour), "Basal Change", **{"Basal Rate (U/hr)": f"{rate:.3f}"})
        if rng.random() < 0.12:
            when = day + pd.Timedelta(hours=int(rng.integers(16, 19)), minutes=int(rng.integers(0, 60)))
            add(when, "Basal Change", **{"Basal Rate (U/hr)": f"{0.8 * 0.95:.3f}", "Notes": "Temp basal 80%"})
        if rng.random() < 0.33:
            when = day + pd.Timedelta(hours=int(rng.integers(7, 21)), minutes=int(rng.integers(0, 60)))
            add(when, "Basal Change", **{"Basal Rate (U/hr)": "0.000", "Notes": "Site change"})
        for hour in sorted(rng.choice(np.arange(6, 23), size=int(rng.integers(4, 8)), replace=False)):
            when = day + pd.Timedelta(
                hours=int(hour), minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60))
            )
            bg = rng.lognormal(np.log(150), 0.33)
            if rng.random() < 0.05:
                bg = rng.uniform(45, 69)
            note = "Exercise" if rng.random() < 0.03 else ""
            add(when, "BG Reading", **{"BG (mg/dL)": "HI" if bg > 400 else str(round(bg)), "Notes": note})
            if bg > 220 and rng.random() < 0.7:
                units = round(round((bg - 120) / 45 / 0.05) * 0.05, 2)
                add(when + pd.Timedelta(minutes=1), "Bolus", **{"Bolus (U)": f"{units:.2f}", "Notes": "Correction"})
        for hour in (7, 12, 18) + ((15,) if rng.random() < 0.4 else ()):
            when = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))
            carbs = int(max(5, rng.normal(20 if hour == 15 else 55, 18)))
            add(when, "Carbs", **{"Carbs (g)": str(carbs)})
            units = round(round(carbs / 10 / 0.05) * 0.05, 2)
            add(when + pd.Timedelta(seconds=20), "Bolus", **{"Bolus (U)": f"{units:.2f}"})
    return pd.DataFrame(rows)


def _ip_bg(df: pd.DataFrame, hi_as: float | None = None) -> pd.Series:
    d = df[_text(df, "Event Type") == "BG Reading"]
    raw = _text(d, "BG (mg/dL)")
    d = d[raw != ""]
    bg = pd.to_numeric(_text(d, "BG (mg/dL)"), errors="coerce")
    return bg.fillna(hi_as) if hi_as is not None else bg.dropna()


def _ip_day(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Timestamp"]).dt.normalize()


def _ip_lows(df: pd.DataFrame) -> pd.DataFrame:
    d = df[_text(df, "Event Type") == "BG Reading"]
    return d[pd.to_numeric(_text(d, "BG (mg/dL)"), errors="coerce") < 70]


def _ip_in_range(df: pd.DataFrame) -> list[float]:
    out = []
    for hi_as in (None, 401.0):
        bg = _ip_bg(df, hi_as)
        out += [float(bg.between(70, 180).mean()), float(((bg > 70) & (bg < 180)).mean())]
    return out


def _any_share(values: Callable[[pd.DataFrame], list[float]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_share(v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _ip_daily(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    def series(df: pd.DataFrame) -> pd.Series:
        return _num(df, col).groupby(_ip_day(df)).sum()

    return series


_IP_QS = [
    Q(
        "whats my average blood sugar",
        either(_typical(lambda df: _ip_bg(df)), _typical(lambda df: _ip_bg(df, 400.0))),
        ("BG (mg/dL)", "Event Type"),
    ),
    Q("how many times was i under 70", _count(lambda df: len(_ip_lows(df))), ("BG (mg/dL)", "Event Type")),
    Q(
        "and how many of those were in february",
        _count(lambda df: int((_ip_day(_ip_lows(df)).dt.month == 2).sum())),
        ("BG (mg/dL)", "Timestamp", "Event Type"),
    ),
    Q(
        "what percent of my readings are in range, 70-180",
        _any_share(_ip_in_range),
        ("BG (mg/dL)", "Event Type"),
    ),
    Q(
        "how much bolus insulin do i take per day on average",
        _typical(_ip_daily("Bolus (U)")),
        ("Bolus (U)", "Timestamp", "Event Type"),
    ),
    Q(
        "and how many carbs a day",
        _typical(_ip_daily("Carbs (g)")),
        ("Carbs (g)", "Timestamp", "Event Type"),
    ),
]


# --- 4. State opioid prescribing and overdose by county ------------------------------------------------------------

_OP_COUNTIES = ["Adams", "Allen", "Bartholomew", "Boone", "Clark", "Clay", "Dearborn", "Delaware", "Elkhart"]
_OP_COUNTIES += ["Fayette", "Floyd", "Grant", "Hamilton", "Hancock", "Hendricks", "Howard", "Jackson", "Jefferson"]
_OP_COUNTIES += ["Johnson", "Knox", "Kosciusko", "Lake", "LaPorte", "Lawrence", "Madison", "Marion", "Monroe"]
_OP_COUNTIES += ["Morgan", "Porter", "Scott", "Shelby", "St. Joseph", "Tippecanoe", "Vanderburgh", "Vigo", "Wayne"]


def _opioid_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27604)
    pops = {c: int(np.exp(rng.uniform(np.log(18_000), np.log(600_000)))) for c in _OP_COUNTIES}
    pops["Marion"], pops["Lake"], pops["Allen"] = 964_000, 498_000, 372_000
    rx_base = {c: rng.uniform(70, 125) for c in _OP_COUNTIES}
    rx_base["Scott"] = 150.0
    od_base = {c: rng.uniform(12, 38) for c in _OP_COUNTIES}
    rows: list[dict[str, Any]] = []
    for year in range(2012, 2023):
        t = year - 2012
        tot = {"pop": 0, "rx": 0, "deaths": 0, "kits": 0}
        county_rows = []
        for c in _OP_COUNTIES:
            pop = int(pops[c] * (1 + 0.004 * t + rng.normal(0, 0.002)))
            rate = rx_base[c] * (1 - 0.055 * t) * rng.uniform(0.95, 1.05)
            rx = int(pop * rate / 100)
            wave = 1 + 0.12 * t + (0.45 if year >= 2020 else 0) - (0.15 if year == 2022 else 0)
            deaths = int(rng.poisson(od_base[c] * wave * pop / 100_000))
            kits = int(rng.poisson(pop / 1000 * (0.4 + 0.5 * (year - 2016)))) if year >= 2016 else None
            tot["pop"] += pop
            tot["rx"] += rx
            tot["deaths"] += deaths
            tot["kits"] += kits or 0
            county_rows.append(
                {
                    "Year": year,
                    "County": c,
                    "Population": pop,
                    "Opioid Prescriptions Dispensed": rx,
                    "Prescriptions per 100 Residents": round(100 * rx / pop, 1),
                    "Overdose Deaths": "Suppressed" if 1 <= deaths <= 9 else str(deaths),
                    "Naloxone Kits Distributed": "N/A" if kits is None else str(kits),
                }
            )
        rows.append(
            {
                "Year": year,
                "County": "Statewide",
                "Population": tot["pop"],
                "Opioid Prescriptions Dispensed": tot["rx"],
                "Prescriptions per 100 Residents": round(100 * tot["rx"] / tot["pop"], 1),
                "Overdose Deaths": str(tot["deaths"]),
                "Naloxone Kits Distributed": "N/A" if year < 2016 else str(tot["kits"]),
            }
        )
        rows += county_rows
    return pd.DataFrame(rows)


def _op_counties(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "County") != "Statewide"]


def _op_state(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "County") == "Statewide"]


def _op_deaths_by_year(df: pd.DataFrame, state: bool) -> pd.Series:
    d = _op_state(df) if state else _op_counties(df)
    return _num(d, "Overdose Deaths").groupby(d["Year"]).sum()


def _op_rate_change(df: pd.DataFrame) -> list[list[float]]:
    s = _op_state(df).set_index("Year")["Prescriptions per 100 Residents"]
    c = _op_counties(df).groupby("Year")["Prescriptions per 100 Residents"].mean()
    return [[float(s[2012]), float(s[2022])], [float(c[2012]), float(c[2022])]]


_OP_QS = [
    Q(
        "how many people died of overdoses in 2021",
        either(
            _count(lambda df: float(_op_deaths_by_year(df, True)[2021])),
            _count(lambda df: float(_op_deaths_by_year(df, False)[2021])),
        ),
        ("Overdose Deaths", "Year", "County"),
    ),
    Q(
        "which county prescribed the most opioids per person in 2014",
        _lead(
            _named(
                lambda df: _top(
                    _op_counties(df)[_op_counties(df)["Year"] == 2014].set_index("County")[
                        "Prescriptions per 100 Residents"
                    ]
                )
            )
        ),
        ("County", "Prescriptions per 100 Residents", "Year"),
    ),
    Q(
        "how has the prescribing rate changed since 2012",
        either(
            _both(_about(lambda df: _op_rate_change(df)[0][0]), _about(lambda df: _op_rate_change(df)[0][1])),
            _both(_about(lambda df: _op_rate_change(df)[1][0]), _about(lambda df: _op_rate_change(df)[1][1])),
        ),
        ("Prescriptions per 100 Residents", "Year", "County"),
    ),
    Q(
        "which year had the most overdose deaths",
        _lead(
            _years_any(
                lambda df: [int(_op_deaths_by_year(df, True).idxmax()), int(_op_deaths_by_year(df, False).idxmax())]
            )
        ),
        ("Overdose Deaths", "Year", "County"),
    ),
    Q(
        "how many of the death counts are suppressed?",
        either(
            _count(lambda df: int((_text(df, "Overdose Deaths") == "Suppressed").sum())),
            _count(lambda df: int(df.loc[_text(df, "Overdose Deaths") == "Suppressed", "County"].nunique())),
        ),
        ("Overdose Deaths", "County", "Year"),
    ),
    Q(
        "do counties that hand out more naloxone have more deaths",
        either(
            _corr(
                lambda df: _num(_op_counties(df), "Naloxone Kits Distributed"),
                lambda df: _num(_op_counties(df), "Overdose Deaths"),
            ),
            _corr(lambda df: _num(df, "Naloxone Kits Distributed"), lambda df: _num(df, "Overdose Deaths")),
        ),
        ("Naloxone Kits Distributed", "Overdose Deaths", "County", "Year"),
    ),
]


# --- 5. City property sales ----------------------------------------------------------------------------------------

# neighborhood: price level ($ per sqft), weight, days on market level
_PS_HOODS: dict[str, tuple[float, float, float]] = {
    "CAPITOL HILL": (410, 12, 22),
    "BALLARD": (385, 11, 18),
    "BEACON HILL": (300, 10, 30),
    "RAINIER VALLEY": (255, 10, 41),
    "QUEEN ANNE": (455, 8, 26),
    "GREENWOOD": (340, 11, 17),
    "WEST SEATTLE": (320, 12, 33),
    "MAGNOLIA": (440, 6, 38),
    "LAKE CITY": (270, 9, 35),
    "FREMONT": (395, 7, 21),
}
# type: weight, sqft range, bedrooms range
_PS_TYPES: dict[str, tuple[float, tuple[int, int], tuple[int, int]]] = {
    "SINGLE FAMILY": (55, (1100, 3400), (2, 5)),
    "CONDO": (22, (550, 1400), (1, 2)),
    "TOWNHOUSE": (15, (1000, 1900), (2, 3)),
    "2-4 FAMILY": (8, (1800, 4200), (4, 8)),
}


def _sales_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27605)
    hoods = list(_PS_HOODS)
    parcels: list[tuple[str, str, str, int, float, int, int]] = []
    rows: list[dict[str, Any]] = []
    growth = {2019: 1.0, 2020: 1.06, 2021: 1.2, 2022: 1.27, 2023: 1.22, 2024: 1.25}
    for _ in range(3200):
        if parcels and rng.random() < 0.08:
            pid, hood, kind, beds, baths, sqft, built = parcels[int(rng.integers(len(parcels)))]
        else:
            hood = _one(rng, hoods, [v[1] for v in _PS_HOODS.values()])
            kind = _one(rng, list(_PS_TYPES), [v[0] for v in _PS_TYPES.values()])
            _w, (slo, shi), (blo, bhi) = _PS_TYPES[kind]
            sqft = int(round(rng.uniform(slo, shi), -1))
            beds = int(rng.integers(blo, bhi + 1))
            baths = float(_one(rng, [1.0, 1.5, 2.0, 2.5, 3.0], [3, 2, 4, 2, 1]) if beds > 1 else 1.0)
            built = int(rng.integers(1905, 2022)) if kind != "CONDO" else int(rng.integers(1965, 2023))
            pid = f"{rng.integers(100, 9999):04d}-{rng.integers(1, 40):02d}-{rng.integers(1, 999):03d}"
            parcels.append((pid, hood, kind, beds, baths, sqft, built))
        day = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 2192)))
        level, _w, dom = _PS_HOODS[hood]
        kind_adj = {"SINGLE FAMILY": 1.0, "CONDO": 0.95, "TOWNHOUSE": 0.97, "2-4 FAMILY": 0.85}[kind]
        price = sqft * level * kind_adj * growth[day.year] * rng.lognormal(0, 0.12)
        price = int(round(price, -3))
        transfer = rng.random() < 0.04
        assessed = int(round(price * rng.uniform(0.78, 0.98) / growth[day.year] * growth[min(day.year + 1, 2024)], -2))
        on_market = not transfer and rng.random() > 0.06
        rows.append(
            {
                "SALE_DATE": f"{day:%Y-%m-%d}T00:00:00.000",
                "PARCEL_ID": pid,
                "NEIGHBORHOOD": hood,
                "PROPERTY_TYPE": kind,
                "BEDROOMS": beds,
                "BATHROOMS": baths,
                "SQFT": sqft if rng.random() > 0.03 else None,
                "YEAR_BUILT": built if rng.random() > 0.04 else 0,
                "SALE_PRICE": int(_one(rng, [0, 1, 10])) if transfer else price,
                "ASSESSED_VALUE": assessed,
                "DAYS_ON_MARKET": int(max(1, rng.gamma(2.0, dom / 2))) if on_market else None,
            }
        )
    return pd.DataFrame(rows).sort_values("SALE_DATE", kind="stable").reset_index(drop=True)


def _ps_real(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["SALE_PRICE"] >= 1000]


def _ps_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["SALE_DATE"].str[:10]).dt.year


def _ps_price_per_sqft(df: pd.DataFrame) -> list[float]:
    out = []
    for d in (_ps_real(df), df):
        d = d[(_text(d, "PROPERTY_TYPE") == "SINGLE FAMILY") & d["SQFT"].notna()]
        r = d["SALE_PRICE"] / d["SQFT"]
        out += [float(r.mean()), float(r.median())]
        if d is not df:
            out.append(float(d["SALE_PRICE"].sum() / d["SQFT"].sum()))
    return out


def _ps_median_years(df: pd.DataFrame, real: bool, how: str) -> tuple[float, float]:
    d = _ps_real(df) if real else df
    by = d["SALE_PRICE"].groupby(_ps_year(d)).agg(how)
    return float(by[2019]), float(by[2024])


def _ps_year_pair(real: bool, how: str) -> Check:
    return _both(
        _amount(lambda df: _ps_median_years(df, real, how)[0]),
        _amount(lambda df: _ps_median_years(df, real, how)[1]),
    )


_PS_QS = [
    Q(
        "what's the typical sale price",
        either(
            _typical(lambda df: df["SALE_PRICE"]),
            _typical(lambda df: _ps_real(df)["SALE_PRICE"]),
            _amount(lambda df: float(df["SALE_PRICE"].median())),
            _amount(lambda df: float(_ps_real(df)["SALE_PRICE"].median())),
            _amount(lambda df: float(_ps_real(df)["SALE_PRICE"].mean())),
        ),
        ("SALE_PRICE",),
    ),
    Q(
        "which neighborhood is the most expensive",
        _lead(
            _named_any(
                lambda df: [
                    _top(_ps_real(df).groupby("NEIGHBORHOOD")["SALE_PRICE"].median()),
                    _top(_ps_real(df).groupby("NEIGHBORHOOD")["SALE_PRICE"].mean()),
                    _top(df.groupby("NEIGHBORHOOD")["SALE_PRICE"].median()),
                ]
            )
        ),
        ("NEIGHBORHOOD", "SALE_PRICE"),
    ),
    Q(
        "how many condos sold in 2023",
        either(
            _count(lambda df: int(((_text(df, "PROPERTY_TYPE") == "CONDO") & (_ps_year(df) == 2023)).sum())),
            _count(
                lambda df: int(
                    ((_text(_ps_real(df), "PROPERTY_TYPE") == "CONDO") & (_ps_year(_ps_real(df)) == 2023)).sum()
                )
            ),
        ),
        ("PROPERTY_TYPE", "SALE_DATE"),
    ),
    Q(
        "average price per square foot for single family homes?",
        lambda answer, df: (
            None
            if any(_about(lambda _d, v=v: v)(answer, df) is None for v in _ps_price_per_sqft(df))
            else "missing price per sqft"
        ),
        ("PROPERTY_TYPE", "SALE_PRICE", "SQFT"),
    ),
    Q(
        "what was the median price in 2019 vs 2024",
        either(_ps_year_pair(True, "median"), _ps_year_pair(False, "median")),
        ("SALE_PRICE", "SALE_DATE"),
    ),
    Q(
        "where do homes sell fastest",
        _lead(
            _named_any(
                lambda df: [
                    _top(df.groupby("NEIGHBORHOOD")["DAYS_ON_MARKET"].mean(), lowest=True),
                    _top(df.groupby("NEIGHBORHOOD")["DAYS_ON_MARKET"].median(), lowest=True),
                ]
            )
        ),
        ("NEIGHBORHOOD", "DAYS_ON_MARKET"),
    ),
]


# --- 6. Homeless point-in-time count by CoC ------------------------------------------------------------------------

# CoC number: name, size (people counted), unsheltered share
_PT_COCS: dict[str, tuple[str, int, float]] = {
    "CA-600": ("Los Angeles City & County CoC", 52000, 0.70),
    "CA-500": ("San Jose/Santa Clara City & County CoC", 9800, 0.74),
    "CA-501": ("San Francisco CoC", 7900, 0.57),
    "CA-502": ("Oakland, Berkeley/Alameda County CoC", 8200, 0.73),
    "CA-503": ("Sacramento City & County CoC", 7600, 0.72),
    "CA-601": ("San Diego City and County CoC", 8600, 0.55),
    "CA-602": ("Santa Ana, Anaheim/Orange County CoC", 6200, 0.55),
    "CA-608": ("Riverside City & County CoC", 3100, 0.65),
    "CA-609": ("San Bernardino City & County CoC", 3000, 0.70),
    "CA-514": ("Fresno City & County/Madera County CoC", 3600, 0.66),
    "CA-510": ("Turlock, Modesto/Stanislaus County CoC", 1900, 0.58),
    "CA-511": ("Stockton/San Joaquin County CoC", 2400, 0.63),
    "CA-604": ("Bakersfield/Kern County CoC", 1700, 0.62),
    "CA-606": ("Long Beach CoC", 2700, 0.68),
    "CA-607": ("Pasadena CoC", 550, 0.60),
    "CA-612": ("Glendale CoC", 200, 0.30),
    "CA-508": ("Watsonville/Santa Cruz City & County CoC", 2100, 0.78),
    "CA-509": ("Mendocino County CoC", 850, 0.68),
    "CA-522": ("Humboldt County CoC", 1500, 0.62),
    "CA-506": ("Salinas/Monterey, San Benito Counties CoC", 2400, 0.74),
    "CA-507": ("Marin County CoC", 1100, 0.68),
    "CA-504": ("Santa Rosa, Petaluma/Sonoma County CoC", 2800, 0.64),
    "CA-505": ("Richmond/Contra Costa County CoC", 2200, 0.70),
    "CA-513": ("Visalia/Kings, Tulare Counties CoC", 1200, 0.75),
}
_PT_TYPES = {"Individuals": 0.78, "People in Families": 0.22, "Veterans": 0.07, "Unaccompanied Youth": 0.06}


def _c(n: float | None) -> str:
    return "" if n is None else f"{int(n):,}"


def _pit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27606)
    rows: list[dict[str, Any]] = []
    trend = {2016: 0.86, 2017: 0.92, 2018: 0.93, 2019: 1.0, 2020: 1.08, 2021: 1.0, 2022: 1.12, 2023: 1.2}
    for year, factor in trend.items():
        for coc, (name, size, unsh) in _PT_COCS.items():
            skipped = year == 2021 and rng.random() < 0.6
            for pop, frac in _PT_TYPES.items():
                n = size * factor * frac * rng.lognormal(0, 0.06)
                if pop == "People in Families":
                    u = unsh * 0.25
                elif pop == "Veterans" and year >= 2019:
                    u = unsh * 0.8
                else:
                    u = unsh
                uns = round(n * min(0.95, u * rng.uniform(0.9, 1.1)))
                sheltered = round(n) - uns
                th = round(sheltered * (0.45 if pop in ("People in Families", "Veterans") else 0.22))
                es = sheltered - th
                rows.append(
                    {
                        "Year": year,
                        "CoC Number": coc,
                        "CoC Name": name,
                        "Population Type": pop,
                        "Sheltered ES": _c(es),
                        "Sheltered TH": _c(th),
                        "Unsheltered": _c(None if skipped else uns),
                        "Total Homeless": _c(es + th + (0 if skipped else uns)),
                    }
                )
    return pd.DataFrame(rows)


def _pt_people(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Population Type").isin(["Individuals", "People in Families"])]


def _pt_total(df: pd.DataFrame, year: int, people: bool) -> float:
    d = _pt_people(df) if people else df
    return float(_num(d, "Total Homeless")[d["Year"] == year].sum())


def _pt_top_unsheltered(df: pd.DataFrame) -> list[str]:
    out = []
    for d in (_pt_people(df), df):
        d = d[d["Year"] == 2023]
        s = _num(d, "Unsheltered").groupby(d["CoC Name"]).sum()
        name = _top(s)
        out += [name, str(d.loc[d["CoC Name"] == name, "CoC Number"].iloc[0])]
    return out


def _pt_vets(df: pd.DataFrame) -> float:
    d = df[(_text(df, "Population Type") == "Veterans") & (df["Year"] == 2023)]
    return float(_num(d, "Unsheltered").sum() / _num(d, "Total Homeless").sum())


def _pt_skipped(df: pd.DataFrame) -> list[int]:
    d = df[(df["Year"] == 2021) & df["Unsheltered"].isna()]
    return [int(d["CoC Number"].nunique()), len(d)]


def _pt_best_year(df: pd.DataFrame) -> list[int]:
    return [int(_num(d, "Total Homeless").groupby(d["Year"]).sum().idxmax()) for d in (_pt_people(df), df)]


def _pt_families(df: pd.DataFrame, year: int) -> float:
    d = df[(_text(df, "Population Type") == "People in Families") & (df["Year"] == year)]
    return float(_num(d, "Total Homeless").sum())


_PT_QS = [
    Q(
        "how many homeless people were counted in 2023",
        either(_count(lambda df: _pt_total(df, 2023, True)), _count(lambda df: _pt_total(df, 2023, False))),
        ("Total Homeless", "Year", "Population Type"),
    ),
    Q(
        "which coc had the most unsheltered people that year",
        _lead(_named_any(_pt_top_unsheltered)),
        ("CoC Name", "CoC Number", "Unsheltered", "Year", "Population Type"),
    ),
    Q(
        "what share of homeless veterans were unsheltered in 2023",
        _share(_pt_vets),
        ("Population Type", "Unsheltered", "Total Homeless", "Year"),
    ),
    Q(
        "how many cocs didn't do an unsheltered count in 2021",
        lambda answer, df: (
            None
            if any(_count(lambda _d, v=v: v)(answer, df) is None for v in _pt_skipped(df))
            else "missing count of CoCs"
        ),
        ("Unsheltered", "Year", "CoC Number", "CoC Name"),
    ),
    Q(
        "families, 2019 vs 2023?",
        _both(_count(lambda df: _pt_families(df, 2019)), _count(lambda df: _pt_families(df, 2023))),
        ("Population Type", "Total Homeless", "Year"),
    ),
    Q(
        "which year had the highest count overall",
        _lead(_years_any(_pt_best_year)),
        ("Year", "Total Homeless", "Population Type"),
    ),
]


# --- 7. Yoga studio class attendance -------------------------------------------------------------------------------

# class type: capacity, popularity, drop-in price
_YG_TYPES: dict[str, tuple[int, float, int]] = {
    "Vinyasa Flow": (30, 0.78, 25),
    "Hatha": (25, 0.62, 22),
    "Yin": (25, 0.70, 22),
    "Hot Yoga": (35, 0.74, 28),
}
_YG_TEACHERS = {"Maya R.": 1.08, "Jordan T.": 0.95, "Priya K.": 1.02, "Sam L.": 0.86, "Elena V.": 0.98}
# slot: weekday only, demand
_YG_SLOTS = {"6:00 AM": 0.75, "9:30 AM": 0.9, "12:00 PM": 0.7, "5:30 PM": 1.15, "7:00 PM": 1.0}


def _yoga_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27607)
    rows: list[dict[str, Any]] = []
    teachers = list(_YG_TEACHERS)
    types = list(_YG_TYPES)
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="D"):
        slots = list(_YG_SLOTS) if day.day_of_week < 5 else ["8:00 AM", "9:30 AM", "11:00 AM"]
        growth = 1.0 + 0.1 * (day.year - 2023) + (0.12 if day.month == 1 else 0)
        for slot in slots:
            if rng.random() < 0.04:
                continue
            kind = _one(rng, types, [3, 2, 2, 3] if slot != "7:00 PM" else [2, 1, 4, 2])
            cap, pop, price = _YG_TYPES[kind]
            teacher = _one(rng, teachers)
            demand = _YG_SLOTS.get(slot, 1.1) * pop * _YG_TEACHERS[teacher] * growth
            booked = int(min(cap, rng.binomial(cap, min(0.99, demand))))
            late = int(rng.binomial(booked, 0.05))
            noshow = int(rng.binomial(booked - late, 0.08))
            checked = booked - late - noshow
            dropins = int(rng.binomial(checked, 0.18))
            rows.append(
                {
                    "Class Date": f"{day.month}/{day.day}/{day.year}",
                    "Start Time": slot,
                    "Class Type": kind,
                    "Instructor": teacher,
                    "Capacity": cap,
                    "Booked": booked,
                    "Checked In": checked,
                    "Late Cancels": late,
                    "No-Shows": noshow,
                    "Drop-In Revenue": f"${dropins * price:,.2f}",
                }
            )
    return pd.DataFrame(rows)


def _yg_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Class Date"], format="%m/%d/%Y").dt.year


def _yg_noshow(df: pd.DataFrame) -> list[float]:
    d = df[df["Booked"] > 0]
    return [float(df["No-Shows"].sum() / df["Booked"].sum()), float((d["No-Shows"] / d["Booked"]).mean())]


def _yg_fill(df: pd.DataFrame) -> list[str]:
    out = []
    for col in ("Checked In", "Booked"):
        out.append(_top((df[col] / df["Capacity"]).groupby(df["Instructor"]).mean()))
        out.append(_top(df.groupby("Instructor")[col].sum() / df.groupby("Instructor")["Capacity"].sum()))
    return out


def _yg_slot(df: pd.DataFrame) -> list[str]:
    return [_top(df.groupby("Start Time")["Checked In"].mean()), _top(df.groupby("Start Time")["Checked In"].sum())]


def _clock_any(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_clock(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


_YG_QS = [
    Q(
        "which class is the most popular",
        _lead(
            _named_any(
                lambda df: [
                    _top(df.groupby("Class Type")["Checked In"].sum()),
                    _top(df.groupby("Class Type")["Checked In"].mean()),
                    _top(df.groupby("Class Type")["Booked"].sum()),
                    _top(df.groupby("Class Type")["Booked"].mean()),
                ]
            )
        ),
        ("Class Type", "Checked In", "Booked"),
    ),
    Q("how many people show up to a class on average", _typical(lambda df: df["Checked In"]), ("Checked In",)),
    Q("whats our no show rate", _any_share(_yg_noshow), ("No-Shows", "Booked")),
    Q(
        "which teacher fills their classes best",
        _lead(_named_any(_yg_fill)),
        ("Instructor", "Checked In", "Booked", "Capacity"),
    ),
    Q(
        "how much drop-in money did we make in 2024",
        _amount(lambda df: float(_num(df, "Drop-In Revenue")[_yg_year(df) == 2024].sum())),
        ("Drop-In Revenue", "Class Date"),
    ),
    Q("busiest time slot?", _lead(_clock_any(_yg_slot)), ("Start Time", "Checked In")),
]


HELDOUT276: list[Dataset] = [
    Dataset("rover_sitter_booking_history", _rover_frame, _RV_QS),
    Dataset("empower_net_worth_history", _empower_frame, _EM_QS),
    Dataset("insulin_pump_event_log", _pump_frame, _IP_QS),
    Dataset("state_opioid_prescribing_overdose_by_county", _opioid_frame, _OP_QS),
    Dataset("city_property_sales_socrata", _sales_frame, _PS_QS),
    Dataset("coc_point_in_time_count_by_population", _pit_frame, _PT_QS),
    Dataset("yoga_studio_class_attendance", _yoga_frame, _YG_QS),
]
