"""HELDOUT197: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Streaks habit tracker export (long, one row
per date and habit, Jan-Jun 2024) with task_id ("A1B2C3D4"), title ("Drink Water", "Read", "Meditate", "Walk",
"No Sugar", "Floss": Floss only from March), entry_date as a number (20240105), entry_timestamp
("2024-01-05T07:12:33Z", blank unless completed), status (completed / skipped / missed), quantity (glasses, pages
or steps, blank for habits that count nothing and for rows not completed) and unit (blank where nothing is
counted), with a few exact duplicate rows; an Emporia Vue energy monitor export (hourly, 1 Jan - 31 Mar 2024)
with "Time Bucket (America/New_York)" ("01/01/2024 00:00:00") and one "(kWhs)" column per channel: "Mains (kWhs)"
(the whole house), "Dryer (kWhs)", "Fridge (kWhs)", "Car Charger (kWhs)", "HVAC (kWhs)", "Water Heater (kWhs)" and
"Balance (kWhs)" (the unmonitored rest), values to five decimals, with "No CT Data" in the car charger column for a
few hours and the circuits plus balance adding up to mains; a Drivvo refuelling log export (2018-2023, one car)
with "Date" ("2018-01-06 08:32"), "Odometer (km)", "Fuel" (Gasoline / Gasoline Premium), "Price/L" (three
decimals), "Total cost", "Liters", "Full tank?" (Yes / No), "Gas station" (Shell, BP, Esso, Tesco, Sainsbury's;
a few blank), "Reason" (mostly blank) and "Notes" (mostly blank); a beehiiv post stats export (2023-2024, one row
per post) with "id" ("post_0c1f..."), "title", "subtitle" (often blank), "status" (confirmed, a few draft rows
with blank stats), "publish_date" ("2023-01-03 13:00:00 UTC", blank for drafts), "audience" (free / premium),
"recipients", "delivered", "unique_opens", "open_rate" ("48.21%" text), "unique_clicks", "click_rate" ("3.10%"),
"unsubscribes" and "spam_reports"; Met Office historic station data for Oxford (1990-2023, one row per month) as
a spreadsheet reads the .txt file: a header of "Oxford" and blanks, four description lines (location, "Estimated
data is marked with a * after the value.", "Missing data ... marked by  ---.", the sunshine sensor note), a
"yyyy, mm, tmax, tmin, af, rain, sun" row, a units row ("degC", "days", "mm", "hours") and then text values with
"*" marking estimates, "#" after Kipp & Zonen sunshine, "---" for missing (some sun in 1990-91, a few others) and
"Provisional" in an eighth column for the last months; an FMCSA motor carrier census extract (3,000 carriers) with
DOT_NUMBER, LEGAL_NAME (upper case, "LLC" / "INC"), DBA_NAME (mostly blank), CARRIER_OPERATION (A interstate, B
intrastate hazmat, C intrastate non-hazmat), HM_FLAG and PC_FLAG (Y / N), PHY_CITY, PHY_STATE, PHY_ZIP (text),
TELEPHONE, EMAIL_ADDRESS (upper case, some blank), MCS150_DATE ("15-JAN-23"), MCS150_MILEAGE (0 when not
reported), MCS150_MILEAGE_YEAR (blank when not reported), ADD_DATE ("20110304"), NBR_POWER_UNIT and DRIVER_TOTAL
(a few very large fleets, some zeros); and WTO tariff profiles (long, 20 economies, 2010-2022) with "Indicator
Code", "Indicator" (simple average and trade-weighted average MFN applied tariff, share of duty-free HS
subheadings), "Reporting Economy Code", "Reporting Economy" ("European Union", "India", "Korea, Republic of"),
"Product/Sector Code" and "Product/Sector" (All products, Agricultural products, Non-agricultural products),
"Year", "Unit" (Percent) and "Value", some economies missing the latest years. All are generated with fixed seeds
19701-19707.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import scaled as _scaled

# --- shared helpers ---------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(_text(s).str.replace(r"[$,%*#\s]", "", regex=True), errors="coerce")


def _best(scores: pd.Series, ascending: bool = False) -> str:
    """The top label of a score series (ties broken by label)."""
    s = scores.dropna()
    s = s.sort_index(kind="stable").sort_values(ascending=ascending, kind="stable")
    return str(s.index[0])


def _label(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _lead(_named(lambda d: str(value(d))))


def _month_word(month: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year named in full or short ("March", "Mar")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(2000, int(month(df)), 1)
        if re.search(rf"\b(?:{t:%B}|{t:%b})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {t:%B}"

    return check


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "18:00", "6 pm", "6pm", "hour 18"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        ampm = "am" if h < 12 else "pm"
        patterns = [
            rf"(?<!\d){h}:00",
            rf"(?<!\d){h:02d}:00",
            rf"(?<![\d:]){h12}(?::00)?\s*{ampm}\b",
            rf"(?<![\d:]){h12}(?::00)?\s*{ampm[0]}\.m\.",
            rf"\bhour\s*(?:of\s*)?{h}\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Streaks habit tracker export ----------------------------------------------------------------------------------

# title: (task_id, completion prob, skip prob, unit, quantity mean, quantity sd, first date)
_ST_HABITS: dict[str, tuple[str, float, float, str, float, float, str]] = {
    "Drink Water": ("9F3A1C2E", 0.86, 0.02, "glasses", 7.0, 1.6, "2024-01-01"),
    "Read": ("4B7D0E91", 0.68, 0.08, "pages", 24.0, 9.0, "2024-01-01"),
    "Meditate": ("C2E85A17", 0.61, 0.10, "", 0.0, 0.0, "2024-01-01"),
    "Walk": ("7A19F4D3", 0.72, 0.06, "steps", 9400.0, 2100.0, "2024-01-01"),
    "No Sugar": ("E06B3C88", 0.52, 0.04, "", 0.0, 0.0, "2024-01-01"),
    "Floss": ("1D5C9B20", 0.79, 0.03, "", 0.0, 0.0, "2024-03-01"),
}


def _streaks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19701)
    rows = []
    for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
        for title, (tid, p_done, p_skip, unit, mean, sd, start) in _ST_HABITS.items():
            if day < pd.Timestamp(start):
                continue
            p = p_done
            if title == "Meditate":
                p = {1: 0.5, 2: 0.55, 3: 0.62, 4: 0.8, 5: 0.66, 6: 0.58}[day.month]
            r = rng.random()
            status = "completed" if r < p else ("skipped" if r < p + p_skip else "missed")
            qty: float | None = None
            stamp = ""
            if status == "completed":
                t = day + pd.Timedelta(minutes=int(rng.integers(6 * 60, 23 * 60)), seconds=int(rng.integers(60)))
                stamp = f"{t:%Y-%m-%dT%H:%M:%S}Z"
                if unit:
                    qty = float(max(1, round(rng.normal(mean, sd))))
            rows.append(
                {
                    "task_id": tid,
                    "title": title,
                    "entry_date": int(f"{day:%Y%m%d}"),
                    "entry_timestamp": stamp,
                    "status": status,
                    "quantity": qty,
                    "unit": unit,
                }
            )
    df = pd.DataFrame(rows)
    dup = df.iloc[[40, 333, 901]]
    return pd.concat([df, dup]).sort_values(["entry_date", "title"], kind="stable").reset_index(drop=True)


def _st(df: pd.DataFrame, dedupe: bool = False) -> pd.DataFrame:
    d = df.drop_duplicates() if dedupe else df
    d = d.assign(status=_text(d["status"]).str.lower(), title=_text(d["title"]))
    return d.assign(date=pd.to_datetime(d["entry_date"].astype(str), format="%Y%m%d"))


def _st_either(f: Callable[[pd.DataFrame], Any], how: Callable[[Callable[[pd.DataFrame], Any]], Check]) -> Check:
    """The same figure with or without the exact duplicate rows."""
    return either(how(lambda d: f(_st(d))), how(lambda d: f(_st(d, dedupe=True))))


def _st_done(d: pd.DataFrame, title: str) -> pd.DataFrame:
    return d[(d["title"] == title) & (d["status"] == "completed")]


def _st_top_habit(d: pd.DataFrame) -> str:
    return _best(d[d["status"] == "completed"].groupby("title").size())


def _st_rate(d: pd.DataFrame) -> float:
    return float((d["status"] == "completed").mean())


def _st_rate_no_skip(d: pd.DataFrame) -> float:
    return float((d["status"] == "completed").sum() / (d["status"] != "skipped").sum())


def _st_med_month(d: pd.DataFrame) -> int:
    return int(_best(_st_done(d, "Meditate").groupby(d["date"].dt.month).size()))


def _st_med_missed(d: pd.DataFrame) -> int:
    m = _st_med_month(d)
    return int(((d["title"] == "Meditate") & (d["status"] == "missed") & (d["date"].dt.month == m)).sum())


STREAKS = Dataset(
    "streaks_habits",
    _streaks_frame,
    [
        Q(
            "which habit have i actually done the most?",
            _st_either(_st_top_habit, _label),
            ("title", "status"),
        ),
        Q(
            "whats my overall completion rate",
            either(
                _st_either(_st_rate, _share),
                _st_either(_st_rate_no_skip, _share),
            ),
            ("status",),
        ),
        Q(
            "how many glasses of water did i drink in total?",
            _st_either(lambda d: _st_done(d, "Drink Water")["quantity"].sum(), _count),
            ("title", "quantity", "unit"),
        ),
        Q(
            "on days i read, how many pages on average?",
            _st_either(lambda d: _st_done(d, "Read")["quantity"].mean(), _about),
            ("title", "quantity", "entry_date"),
        ),
        Q(
            "which month was best for meditating",
            _st_either(_st_med_month, lambda f: _lead(_month_word(f))),
            ("title", "status", "entry_date"),
        ),
        Q(
            "how many times did i miss it that month?",
            _st_either(_st_med_missed, _count),
            ("title", "status", "entry_date"),
        ),
    ],
)


# --- 2. Emporia Vue energy export -------------------------------------------------------------------------------------

_EV_TIME = "Time Bucket (America/New_York)"
_EV_CIRCUITS = ["Dryer", "Fridge", "Car Charger", "HVAC", "Water Heater", "Balance"]


def _emporia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19702)
    hours = pd.date_range("2024-01-01 00:00", "2024-03-31 23:00", freq="h")
    n = len(hours)
    hod = hours.hour.to_numpy()
    month = hours.month.to_numpy()
    cold = np.where(month == 1, 1.0, np.where(month == 2, 0.8, 0.5))
    hvac = np.clip(
        cold * (0.9 + 0.6 * np.isin(hod, [6, 7, 8, 17, 18, 19, 20])) + rng.normal(0, 0.25, n) * cold, 0, None
    )
    fridge = np.clip(0.055 + 0.01 * (hod >= 8) * (hod <= 22) + rng.normal(0, 0.008, n) + 0.01 * hvac, 0.02, None)
    dryer = np.zeros(n)
    for i in np.flatnonzero(rng.random(n) < 0.035 * ((hod >= 9) & (hod <= 21))):
        dryer[i] = rng.uniform(1.8, 3.2)
    car = np.zeros(n)
    days = n // 24
    for dd in range(days):
        if rng.random() < 0.45:
            start = dd * 24 + int(rng.integers(21, 24))
            length = int(rng.integers(2, 6))
            car[start : min(start + length, n)] = rng.uniform(6.5, 7.4)
    heater = np.clip(0.15 + 1.1 * np.isin(hod, [6, 7, 19, 20]) * rng.random(n) + rng.normal(0, 0.05, n), 0.0, None)
    balance = np.clip(0.25 + 0.35 * ((hod >= 17) & (hod <= 22)) + rng.normal(0, 0.08, n), 0.05, None)
    vals = {"Dryer": dryer, "Fridge": fridge, "Car Charger": car, "HVAC": hvac, "Water Heater": heater}
    vals["Balance"] = balance
    mains = sum(vals.values())
    df = pd.DataFrame({_EV_TIME: hours.strftime("%m/%d/%Y %H:%M:%S")})
    df["Mains (kWhs)"] = np.round(mains, 5)
    for c in _EV_CIRCUITS:
        df[f"{c} (kWhs)"] = np.round(vals[c], 5)
    df = df.astype({f"{c} (kWhs)": object for c in _EV_CIRCUITS})
    gap = rng.choice(np.flatnonzero(car == 0), 9, replace=False)
    df.loc[gap, "Car Charger (kWhs)"] = "No CT Data"
    return df


def _ev(df: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame({"t": pd.to_datetime(df[_EV_TIME], format="%m/%d/%Y %H:%M:%S")})
    for c in ["Mains", *_EV_CIRCUITS]:
        out[c] = pd.to_numeric(df[f"{c} (kWhs)"], errors="coerce")
    return out


def _ev_top_circuit(df: pd.DataFrame) -> str:
    d = _ev(df)
    return _best(d[[c for c in _EV_CIRCUITS if c != "Balance"]].sum())


def _ev_peak_hour(df: pd.DataFrame) -> int:
    d = _ev(df)
    return int(_best(d.groupby(d["t"].dt.hour)["Mains"].mean()))


def _ev_car_daily(df: pd.DataFrame) -> pd.Series:
    d = _ev(df)
    return d.groupby(d["t"].dt.date)["Car Charger"].sum()


EMPORIA = Dataset(
    "emporia_vue_energy",
    _emporia_frame,
    [
        Q(
            "how much electricity did the house use in total",
            _scaled(lambda d: _ev(d)["Mains"].sum(), (1e3,)),
            ("Mains (kWhs)", _EV_TIME),
        ),
        Q(
            "not counting mains, which circuit uses the most?",
            _label(_ev_top_circuit),
            tuple(f"{c} (kWhs)" for c in _EV_CIRCUITS),
        ),
        Q(
            "what time of day is usage highest on average",
            _lead(_hour(_ev_peak_hour)),
            ("Mains (kWhs)", _EV_TIME),
        ),
        Q(
            "how many kwh does the car charger use per day on average?",
            either(
                _about(lambda d: _ev_car_daily(d).mean()),
                _about(lambda d: _ev_car_daily(d)[_ev_car_daily(d) > 0].mean()),
            ),
            ("Car Charger (kWhs)", _EV_TIME),
        ),
        Q(
            "dryer usage by month?",
            _about(lambda d: _ev(d).groupby(_ev(d)["t"].dt.month)["Dryer"].sum().to_numpy()),
            ("Dryer (kWhs)", _EV_TIME),
        ),
        Q(
            "is the fridge usage related to the hvac",
            _corr(lambda d: _ev(d)["Fridge"], lambda d: _ev(d)["HVAC"]),
            ("Fridge (kWhs)", "HVAC (kWhs)"),
        ),
    ],
)


# --- 3. Drivvo refuelling log -----------------------------------------------------------------------------------------

_DV_STATIONS = ["Shell", "BP", "Esso", "Tesco", "Sainsbury's"]


def _drivvo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19703)
    rows = []
    day = pd.Timestamp("2018-01-06 08:32")
    odo = 41250
    year_price = {2018: 1.22, 2019: 1.25, 2020: 1.13, 2021: 1.32, 2022: 1.68, 2023: 1.52}
    while day.year < 2024:
        full = rng.random() < 0.85
        dist = int(rng.normal(560, 70)) if full else int(rng.normal(300, 60))
        litres = round(dist * rng.normal(6.4, 0.35) / 100, 2)
        premium = rng.random() < 0.12
        price = round(year_price[day.year] + rng.normal(0, 0.03) + (0.15 if premium else 0.0), 3)
        station = str(rng.choice(_DV_STATIONS, p=[0.34, 0.18, 0.14, 0.2, 0.14]))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d %H:%M}",
                "Odometer (km)": odo,
                "Fuel": "Gasoline Premium" if premium else "Gasoline",
                "Price/L": price,
                "Total cost": round(price * litres, 2),
                "Liters": litres,
                "Full tank?": "Yes" if full else "No",
                "Gas station": station if rng.random() > 0.04 else "",
                "Reason": "Holiday trip" if rng.random() < 0.05 else "",
                "Notes": "" if rng.random() > 0.03 else "tyre pressure checked",
            }
        )
        odo += dist
        gap = max(2, int(rng.normal(7.0, 2.0) * dist / 560))
        day = (day + pd.Timedelta(days=gap)).replace(hour=int(rng.integers(7, 21)), minute=int(rng.integers(60)))
    return pd.DataFrame(rows)


def _dv(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(t=pd.to_datetime(df["Date"], format="%Y-%m-%d %H:%M"))


def _dv_l100(df: pd.DataFrame, skip_first: bool) -> float:
    dist = df["Odometer (km)"].max() - df["Odometer (km)"].min()
    litres = df["Liters"].iloc[1:].sum() if skip_first else df["Liters"].iloc[:-1].sum()
    return float(100 * litres / dist)


DRIVVO = Dataset(
    "drivvo_refuelling",
    _drivvo_frame,
    [
        Q("how much have i spent on fuel altogether", has(lambda d: d["Total cost"].sum()), ("Total cost",)),
        Q(
            "average price per litre each year",
            either(
                _about(lambda d: _dv(d).groupby(_dv(d)["t"].dt.year)["Price/L"].mean().to_numpy(), rel=0.004),
                _about(
                    lambda d: (
                        _dv(d).groupby(_dv(d)["t"].dt.year)["Total cost"].sum()
                        / _dv(d).groupby(_dv(d)["t"].dt.year)["Liters"].sum()
                    ).to_numpy(),
                    rel=0.004,
                ),
            ),
            ("Price/L", "Date", "Total cost", "Liters"),
        ),
        Q(
            "where do i fill up most often?",
            _label(lambda d: _best(_text(d["Gas station"]).replace("", np.nan).value_counts())),
            ("Gas station",),
        ),
        Q(
            "how many km has the car done since i started logging",
            _count(lambda d: d["Odometer (km)"].max() - d["Odometer (km)"].min()),
            ("Odometer (km)", "Date"),
        ),
        Q(
            "what's my fuel consumption in l/100km",
            either(
                has(lambda d: _dv_l100(d, True), rel=0.02),
                has(lambda d: _dv_l100(d, False), rel=0.02),
                has(
                    lambda d: 100 * d["Liters"].sum() / (d["Odometer (km)"].max() - d["Odometer (km)"].min()), rel=0.02
                ),
            ),
            ("Liters", "Odometer (km)", "Full tank?"),
        ),
        Q(
            "how many times didn't i fill the tank all the way",
            _count(lambda d: int((_text(d["Full tank?"]) == "No").sum())),
            ("Full tank?",),
        ),
    ],
)


# --- 4. beehiiv post stats export -------------------------------------------------------------------------------------

_BH_TOPICS = [
    "The weekly roundup",
    "How we grew to {k}k readers",
    "5 tools I use every day",
    "Ask me anything: {k} answers",
    "What I learned from {k} failed launches",
    "The case against productivity hacks",
    "A deep dive into pricing",
    "Reader mailbag #{k}",
    "Why I quit social media for {k} days",
    "The {k}-minute morning routine",
]


def _beehiiv_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19704)
    rows = []
    subs = 4200.0
    days = pd.date_range("2023-01-03", "2024-12-31", freq="D")
    send = days[(days.dayofweek.isin([0, 1, 3])) | ((days.dayofweek == 5) & (rng.random(len(days)) < 0.3))]
    for day in send:
        subs *= 1 + rng.normal(0.0045, 0.003)
        premium = rng.random() < 0.15
        recipients = int(subs * (0.12 if premium else 1.0))
        delivered = int(recipients * rng.uniform(0.975, 0.995))
        rate = np.clip(rng.normal(0.50 if day.year == 2023 else 0.46, 0.04) + (0.12 if premium else 0.0), 0.2, 0.9)
        opens = int(delivered * rate)
        clicks = int(opens * np.clip(rng.normal(0.065, 0.02), 0.005, 0.3))
        unsub = int(rng.poisson(recipients * 0.0012))
        title = str(rng.choice(_BH_TOPICS)).format(k=int(rng.integers(2, 60)))
        rows.append(
            {
                "id": f"post_{rng.integers(16**12):012x}",
                "title": f"{title} ({day:%b %d})" if "roundup" in title or "mailbag" in title else title,
                "subtitle": "" if rng.random() < 0.4 else "Plus: links, reader questions and one chart",
                "status": "confirmed",
                "publish_date": f"{day:%Y-%m-%d} 13:00:00 UTC",
                "audience": "premium" if premium else "free",
                "recipients": recipients,
                "delivered": delivered,
                "unique_opens": opens,
                "open_rate": f"{100 * opens / delivered:.2f}%",
                "unique_clicks": clicks,
                "click_rate": f"{100 * clicks / opens:.2f}%",
                "unsubscribes": unsub,
                "spam_reports": int(rng.poisson(0.3)),
            }
        )
    viral = int(rng.integers(100, 200))
    rows[viral]["title"] = "The spreadsheet that runs my life (free template)"
    rows[viral]["unique_clicks"] = rows[viral]["unique_opens"] // 3
    rows[viral]["click_rate"] = f"{100 * rows[viral]['unique_clicks'] / rows[viral]['unique_opens']:.2f}%"
    for k in range(4):
        rows.append(
            {
                "id": f"post_{rng.integers(16**12):012x}",
                "title": ["Draft: year in review", "Untitled", "Draft: sponsor slots", "Untitled"][k],
                "subtitle": "",
                "status": "draft",
                "publish_date": "",
            }
        )
    return pd.DataFrame(rows)


def _bh(df: pd.DataFrame) -> pd.DataFrame:
    d = df[_text(df["status"]) == "confirmed"]
    return d.assign(t=pd.to_datetime(d["publish_date"].str.slice(0, 19)), rate=_n(d["open_rate"]) / 100)


def _bh_year_rates(df: pd.DataFrame, pooled: bool) -> np.ndarray:
    d = _bh(df)
    g = d.groupby(d["t"].dt.year)
    if pooled:
        return (100 * g["unique_opens"].sum() / g["delivered"].sum()).to_numpy()
    return (100 * g["rate"].mean()).to_numpy()


BEEHIIV = Dataset(
    "beehiiv_posts",
    _beehiiv_frame,
    [
        Q(
            "how many posts have i sent",
            either(_count(lambda d: len(_bh(d))), _count(len)),
            ("status", "publish_date"),
        ),
        Q(
            "what's my average open rate?",
            either(
                _share(lambda d: _bh(d)["rate"].mean()),
                _share(lambda d: _bh(d)["unique_opens"].sum() / _bh(d)["delivered"].sum()),
            ),
            ("open_rate", "unique_opens", "delivered", "status"),
        ),
        Q(
            "which post got the most clicks",
            _label(lambda d: _best(_bh(d).set_index("title")["unique_clicks"])),
            ("title", "unique_clicks"),
        ),
        Q(
            "how many people unsubscribed in 2024",
            _count(lambda d: _bh(d).loc[_bh(d)["t"].dt.year == 2024, "unsubscribes"].sum()),
            ("unsubscribes", "publish_date"),
        ),
        Q(
            "did open rates go up or down from 2023 to 2024?",
            either(
                has(lambda d: _bh_year_rates(d, False), rel=0.003),
                has(lambda d: _bh_year_rates(d, True), rel=0.003),
                has(lambda d: _bh_year_rates(d, False) / 100, rel=0.003),
                has(lambda d: _bh_year_rates(d, True) / 100, rel=0.003),
            ),
            ("open_rate", "publish_date", "unique_opens", "delivered"),
        ),
        Q(
            "do bigger sends get more unsubscribes? correlation",
            _corr(lambda d: _bh(d)["recipients"], lambda d: _bh(d)["unsubscribes"]),
            ("recipients", "unsubscribes"),
        ),
    ],
)


# --- 5. Met Office historic station data (Oxford) ---------------------------------------------------------------------

_MO_HEAD = ["yyyy", "mm", "tmax", "tmin", "af", "rain", "sun"]
_MO_TMAX = [8.1, 8.9, 11.8, 14.6, 18.2, 21.1, 23.5, 23.0, 19.9, 15.3, 11.1, 8.4]
_MO_TMIN = [1.7, 1.5, 2.9, 4.6, 7.6, 10.6, 12.7, 12.5, 10.3, 7.6, 4.3, 2.2]
_MO_AF = [9, 9, 5, 2, 0, 0, 0, 0, 0, 1, 4, 8]
_MO_RAIN = [58, 44, 43, 48, 57, 50, 52, 59, 55, 70, 67, 63]
_MO_SUN = [62, 80, 116, 165, 200, 200, 215, 199, 150, 110, 72, 55]


def _metoffice_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19705)
    cols = ["Oxford", "", "", "", "", "", "", ""]
    lines = [
        ["Location 450900E 207200N, Lat 51.761 Lon -1.262, 63 metres amsl"],
        ["Estimated data is marked with a * after the value."],
        ["Missing data (more than 2 days missing in month) is marked by  ---."],
        [
            "Sunshine data taken from an automatic Kipp & Zonen sensor marked with a #, otherwise sunshine data "
            "taken from a Campbell Stokes recorder."
        ],
        _MO_HEAD,
        ["", "", "degC", "degC", "days", "mm", "hours"],
    ]
    months = [(y, m) for y in range(1990, 2024) for m in range(1, 13)]
    missing_other = {months[i]: str(rng.choice(["tmin", "af", "rain"])) for i in rng.choice(400, 5, replace=False)}
    for k, (y, m) in enumerate(months):
        warm = 0.035 * (y - 1990)
        tmax = _MO_TMAX[m - 1] + warm + rng.normal(0, 1.4)
        if (y, m) == (2022, 7):
            tmax += 3.0
        tmin = _MO_TMIN[m - 1] + warm + rng.normal(0, 1.2)
        af = (
            max(0, round(_MO_AF[m - 1] - 1.5 * (tmin - _MO_TMIN[m - 1]) + rng.normal(0, 2)))
            if m not in (5, 6, 7, 8, 9)
            else 0
        )
        rain = max(2.0, _MO_RAIN[m - 1] * rng.gamma(4, 0.25))
        sun = max(15.0, _MO_SUN[m - 1] * rng.normal(1, 0.15))
        vals = {"tmax": f"{tmax:.1f}", "tmin": f"{tmin:.1f}", "af": str(af), "rain": f"{rain:.1f}"}
        vals["sun"] = f"{sun:.1f}#" if y >= 2004 else f"{sun:.1f}"
        if (y == 1990 and m in (3, 4)) or (y == 1991 and m == 11):
            vals["sun"] = "---"
        if (y, m) in missing_other:
            vals[missing_other[(y, m)]] = "---"
        if rng.random() < 0.03:
            key = str(rng.choice(["tmax", "tmin", "rain"]))
            if vals[key] != "---":
                vals[key] += "*"
        tail = "Provisional" if k >= len(months) - 4 else ""
        lines.append([str(y), str(m), vals["tmax"], vals["tmin"], vals["af"], vals["rain"], vals["sun"], tail])
    lines = [row + [""] * (8 - len(row)) for row in lines]
    return pd.DataFrame(lines, columns=cols)


def _mo(df: pd.DataFrame) -> pd.DataFrame:
    first = _text(df.iloc[:, 0])
    start = int(np.flatnonzero(first == "yyyy")[0])
    body = df.iloc[start + 2 :, :7].copy()
    body.columns = _MO_HEAD
    out = pd.DataFrame({c: _n(body[c]) for c in _MO_HEAD})
    out["missing"] = (body.astype("string").fillna("").apply(lambda s: s.str.strip()) == "---").sum(axis=1)
    return out.reset_index(drop=True)


def _mo_uses(*names: str) -> tuple[str, ...]:
    """The header-row names and the columns a spreadsheet reader gives them ("Oxford", "Unnamed: 2", ...)."""
    cols = [f"Unnamed: {_MO_HEAD.index(n)}" if _MO_HEAD.index(n) else "Oxford" for n in names]
    return (*names, *cols)


def _mo_hot(df: pd.DataFrame) -> pd.Timestamp:
    d = _mo(df)
    r = d.loc[d["tmax"].idxmax()]
    return pd.Timestamp(int(r["yyyy"]), int(r["mm"]), 1)


def _mo_annual_rain(df: pd.DataFrame, complete: bool) -> float:
    d = _mo(df)
    g = d.groupby("yyyy")["rain"]
    tot = g.sum()
    return float(tot[g.count() == 12].mean() if complete else tot.mean())


def _mo_decade(df: pd.DataFrame, lo: int) -> float:
    d = _mo(df)
    return float(d.loc[d["yyyy"].between(lo, lo + 9), "tmax"].mean())


METOFFICE = Dataset(
    "metoffice_oxford",
    _metoffice_frame,
    [
        Q("what was the hottest month on record", _lead(_month_year(_mo_hot)), _mo_uses("yyyy", "mm", "tmax")),
        Q(
            "how much rain falls in a typical year?",
            either(
                _about(lambda d: _mo_annual_rain(d, False)),
                _about(lambda d: _mo_annual_rain(d, True)),
                _about(lambda d: float(_mo(d).groupby("yyyy")["rain"].sum().median())),
                _about(lambda d: 12 * float(_mo(d)["rain"].mean())),
            ),
            _mo_uses("yyyy", "rain"),
        ),
        Q(
            "how many air frost days were there in 2010",
            _count(lambda d: _mo(d).loc[_mo(d)["yyyy"] == 2010, "af"].sum()),
            _mo_uses("yyyy", "af"),
        ),
        Q(
            "which year was the sunniest?",
            _label(lambda d: int(float(_best(_mo(d).groupby("yyyy")["sun"].sum())))),
            _mo_uses("yyyy", "sun"),
        ),
        Q(
            "has it got warmer? average max temp in the 90s vs the 2010s",
            _about(lambda d: [_mo_decade(d, 1990), _mo_decade(d, 2010)]),
            _mo_uses("yyyy", "tmax"),
        ),
        Q(
            "how many months have missing values",
            either(
                _count(lambda d: int((_mo(d)["missing"] > 0).sum())),
                _count(lambda d: int(_mo(d)["missing"].sum())),
            ),
            _mo_uses(*_MO_HEAD),
        ),
    ],
)


# --- 6. FMCSA motor carrier census ------------------------------------------------------------------------------------

_FM_STATES = {
    "TX": (11, "HOUSTON;DALLAS;LAREDO;SAN ANTONIO;EL PASO", "77"),
    "CA": (10, "FONTANA;FRESNO;LOS ANGELES;SACRAMENTO;STOCKTON", "92"),
    "FL": (8, "MIAMI;ORLANDO;JACKSONVILLE;TAMPA", "33"),
    "IL": (6, "CHICAGO;JOLIET;ROCKFORD;CICERO", "60"),
    "GA": (5, "ATLANTA;SAVANNAH;MACON;DALTON", "30"),
    "OH": (4.5, "COLUMBUS;CLEVELAND;TOLEDO;DAYTON", "43"),
    "PA": (4.5, "PHILADELPHIA;PITTSBURGH;ALLENTOWN;HARRISBURG", "17"),
    "NJ": (4, "NEWARK;ELIZABETH;EDISON;PATERSON", "07"),
    "NY": (4, "BROOKLYN;BRONX;BUFFALO;ALBANY", "11"),
    "NC": (3.5, "CHARLOTTE;GREENSBORO;RALEIGH", "27"),
    "TN": (3, "MEMPHIS;NASHVILLE;KNOXVILLE", "37"),
    "IN": (3, "INDIANAPOLIS;FORT WAYNE;GARY", "46"),
    "AR": (1.2, "LOWELL;VAN BUREN;LITTLE ROCK;SPRINGDALE", "72"),
    "WI": (2, "MILWAUKEE;GREEN BAY;MADISON", "53"),
    "MN": (2, "MINNEAPOLIS;SAINT PAUL;DULUTH", "55"),
    "MO": (2.3, "SAINT LOUIS;KANSAS CITY;SPRINGFIELD", "63"),
    "AZ": (2, "PHOENIX;TUCSON;MESA", "85"),
    "WA": (2, "SEATTLE;TACOMA;SPOKANE", "98"),
}
_FM_WORDS = "EAGLE;PATRIOT;BLUE LINE;SUMMIT;EXPRESS;ROADRUNNER;LONE STAR;GOLDEN;IRON HORSE;PRIME;UNITED;FREEDOM;RAPID"


def _fmcsa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19706)
    states = list(_FM_STATES)
    w = np.array([_FM_STATES[s][0] for s in states])
    words = _FM_WORDS.split(";")
    rows = []
    used: set[str] = set()
    for i in range(3000):
        st = str(rng.choice(states, p=w / w.sum()))
        _, cities, zip2 = _FM_STATES[st]
        size = rng.random()
        units = (
            int(rng.integers(1, 3))
            if size < 0.6
            else int(rng.integers(3, 20))
            if size < 0.93
            else int(rng.integers(20, 400))
            if size < 0.995
            else int(rng.integers(1500, 9000))
        )
        drivers = max(0, round(units * rng.normal(1.1, 0.2))) if rng.random() > 0.05 else 0
        while True:
            name = f"{rng.choice(words)} {rng.choice(['TRUCKING', 'TRANSPORT', 'LOGISTICS', 'FREIGHT', 'CARRIERS'])}"
            name += f" {rng.choice(['LLC', 'INC', 'CORP'])}"
            if rng.random() < 0.6:
                name = f"{rng.choice(['J', 'M', 'R', 'A', 'S', 'K'])}{rng.choice(['&', ''])}" + (
                    f"{rng.choice(['J', 'M', 'R', 'A', 'S', 'K'])} {name}"
                )
            if name not in used:
                used.add(name)
                break
        op = str(rng.choice(["A", "B", "C"], p=[0.72, 0.03, 0.25]))
        hm = "Y" if op == "B" or rng.random() < 0.05 else "N"
        reported = rng.random() < 0.7
        myear = int(rng.choice([2019, 2020, 2021, 2022, 2023], p=[0.08, 0.1, 0.17, 0.35, 0.3])) if reported else None
        stamp = pd.Timestamp(2017, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 2500)))
        added = pd.Timestamp(1995, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 10500)))
        rows.append(
            {
                "DOT_NUMBER": int(rng.integers(1_000_000, 4_200_000)),
                "LEGAL_NAME": name,
                "DBA_NAME": "" if rng.random() > 0.12 else f"{rng.choice(words)} EXPRESS",
                "CARRIER_OPERATION": op,
                "HM_FLAG": hm,
                "PC_FLAG": "Y" if rng.random() < 0.01 else "N",
                "PHY_CITY": str(rng.choice(cities.split(";"))),
                "PHY_STATE": st,
                "PHY_ZIP": f"{zip2}{int(rng.integers(0, 1000)):03d}",
                "TELEPHONE": f"({rng.integers(200, 999)}) {rng.integers(200, 999)}-{rng.integers(0, 10000):04d}",
                "EMAIL_ADDRESS": "" if rng.random() < 0.15 else f"DISPATCH{i}@{rng.choice(['GMAIL', 'YAHOO'])}.COM",
                "MCS150_DATE": f"{stamp:%d-%b-%y}".upper(),
                "MCS150_MILEAGE": int(units * rng.normal(95000, 25000)) if reported else 0,
                "MCS150_MILEAGE_YEAR": myear,
                "ADD_DATE": f"{added:%Y%m%d}",
                "NBR_POWER_UNIT": units,
                "DRIVER_TOTAL": drivers,
            }
        )
    return pd.DataFrame(rows).astype({"MCS150_MILEAGE_YEAR": "Int64"})


def _fm_top_state(df: pd.DataFrame) -> str:
    return _best(df.groupby(_text(df["PHY_STATE"]))["NBR_POWER_UNIT"].sum())


FMCSA = Dataset(
    "fmcsa_census",
    _fmcsa_frame,
    [
        Q(
            "how many carriers are based in texas?",
            _count(lambda d: int((_text(d["PHY_STATE"]) == "TX").sum())),
            ("PHY_STATE",),
        ),
        Q(
            "what share of them haul hazmat",
            either(
                _share(lambda d: float((_text(d["HM_FLAG"]) == "Y").mean())),
                _share(lambda d: float((_text(d.loc[_text(d["PHY_STATE"]) == "TX", "HM_FLAG"]) == "Y").mean())),
            ),
            ("HM_FLAG", "PHY_STATE"),
        ),
        Q("which state has the most trucks overall", _label(_fm_top_state), ("PHY_STATE", "NBR_POWER_UNIT")),
        Q(
            "average number of drivers per carrier?",
            either(
                _about(lambda d: d["DRIVER_TOTAL"].mean()),
                _about(lambda d: d.loc[d["DRIVER_TOTAL"] > 0, "DRIVER_TOTAL"].mean()),
            ),
            ("DRIVER_TOTAL",),
        ),
        Q(
            "who's the biggest carrier by drivers",
            _label(lambda d: _best(d.set_index("LEGAL_NAME")["DRIVER_TOTAL"])),
            ("LEGAL_NAME", "DRIVER_TOTAL", "DOT_NUMBER"),
        ),
        Q(
            "how many interstate carriers reported mileage for 2022",
            _count(
                lambda d: int(
                    ((_text(d["CARRIER_OPERATION"]) == "A") & (pd.to_numeric(d["MCS150_MILEAGE_YEAR"]) == 2022)).sum()
                )
            ),
            ("CARRIER_OPERATION", "MCS150_MILEAGE", "MCS150_MILEAGE_YEAR"),
        ),
    ],
)


# --- 7. WTO tariff profiles -------------------------------------------------------------------------------------------

_WT_ECON = {
    # name: (code, MFN all, agri, non-agri, yearly drift, last year)
    "European Union": ("918", 5.3, 11.2, 4.2, -0.01, 2022),
    "United States of America": ("840", 3.5, 5.0, 3.2, 0.0, 2022),
    "China": ("156", 9.8, 15.6, 8.8, -0.18, 2022),
    "India": ("356", 12.6, 33.5, 10.1, 0.45, 2022),
    "Brazil": ("076", 13.6, 10.2, 14.1, -0.05, 2022),
    "Japan": ("392", 4.4, 14.6, 2.5, -0.02, 2022),
    "Korea, Republic of": ("410", 12.1, 48.6, 6.6, 0.08, 2022),
    "Canada": ("124", 4.5, 17.0, 2.5, -0.03, 2022),
    "Mexico": ("484", 8.3, 14.5, 7.2, -0.06, 2021),
    "Australia": ("036", 3.1, 1.3, 3.4, -0.05, 2022),
    "Indonesia": ("360", 6.8, 8.6, 6.5, 0.12, 2022),
    "Turkey": ("792", 9.6, 40.5, 4.7, 0.2, 2021),
    "South Africa": ("710", 7.6, 8.5, 7.5, 0.0, 2022),
    "Argentina": ("032", 12.5, 10.3, 13.0, 0.06, 2020),
    "Egypt": ("818", 16.8, 59.4, 11.1, 0.15, 2022),
    "Viet Nam": ("704", 11.3, 17.2, 9.8, -0.15, 2022),
    "Thailand": ("764", 10.4, 28.9, 7.9, -0.1, 2021),
    "Switzerland": ("756", 6.3, 29.6, 2.3, -0.12, 2022),
    "Norway": ("578", 5.9, 38.9, 0.5, -0.1, 2022),
    "Chile": ("152", 6.0, 6.0, 6.0, 0.0, 2022),
}
_WT_IND = {
    "TP_A_0010": "Simple average MFN applied tariff",
    "TP_A_0030": "Trade-weighted average MFN applied tariff",
    "TP_A_0100": "Share of HS subheadings duty-free (MFN applied)",
}
_WT_PROD = {"TO": "All products", "AG": "Agricultural products", "NAG": "Non-agricultural products"}


def _wto_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19707)
    rows = []
    for name, (code, all_p, ag, nag, drift, last) in _WT_ECON.items():
        first = 2010 if rng.random() > 0.2 or name in ("European Union", "India") else 2011
        free = float(np.clip(60 - 3.5 * all_p + rng.normal(0, 8), 1, 90))
        for year in range(first, last + 1):
            k = year - 2010
            base = {"TO": all_p, "AG": ag, "NAG": nag}
            for pc, pname in _WT_PROD.items():
                simple = max(0.0, base[pc] * (1 + drift * k / max(all_p, 1)) + rng.normal(0, 0.08))
                values = {
                    "TP_A_0010": simple,
                    "TP_A_0030": max(0.0, simple * rng.uniform(0.45, 0.85)),
                    "TP_A_0100": float(np.clip(free + (8 if pc == "NAG" else -6 if pc == "AG" else 0), 0, 100)),
                }
                for ic, iname in _WT_IND.items():
                    if ic == "TP_A_0030" and rng.random() < 0.15:
                        continue
                    rows.append(
                        {
                            "Indicator Code": ic,
                            "Indicator": iname,
                            "Reporting Economy Code": code,
                            "Reporting Economy": name,
                            "Product/Sector Code": pc,
                            "Product/Sector": pname,
                            "Year": year,
                            "Unit": "Percent",
                            "Value": round(values[ic] + (rng.normal(0, 0.3) if ic == "TP_A_0100" else 0), 2),
                        }
                    )
    return pd.DataFrame(rows)


def _wt(df: pd.DataFrame, ind: str, prod: str) -> pd.DataFrame:
    return df[(_text(df["Indicator Code"]) == ind) & (_text(df["Product/Sector Code"]) == prod)]


def _wt_value(df: pd.DataFrame, econ: str, year: int, ind: str = "TP_A_0010", prod: str = "TO") -> float:
    d = _wt(df, ind, prod)
    return float(d.loc[(d["Reporting Economy"] == econ) & (d["Year"] == year), "Value"].iloc[0])


def _wt_biggest_cut(df: pd.DataFrame) -> str:
    d = _wt(df, "TP_A_0010", "TO").pivot_table(index="Reporting Economy", columns="Year", values="Value")
    return _best((d[2022] - d[2010]).dropna(), ascending=True)


WTO = Dataset(
    "wto_tariff_profiles",
    _wto_frame,
    [
        Q(
            "which country had the highest average tariff on farm products in 2022?",
            _label(
                lambda d: _best(
                    _wt(d, "TP_A_0010", "AG").loc[lambda x: x["Year"] == 2022].set_index("Reporting Economy")["Value"]
                )
            ),
            ("Reporting Economy", "Indicator", "Product/Sector", "Year", "Value"),
        ),
        Q(
            "what was india's simple average tariff on all products in 2015",
            has(lambda d: _wt_value(d, "India", 2015)),
            ("Reporting Economy", "Indicator", "Product/Sector", "Year", "Value"),
        ),
        Q(
            "how many countries have data for 2022?",
            _count(lambda d: d.loc[d["Year"] == 2022, "Reporting Economy"].nunique()),
            ("Reporting Economy", "Year"),
        ),
        Q(
            "average duty-free share across countries in 2020, all products",
            _about(lambda d: _wt(d, "TP_A_0100", "TO").loc[lambda x: x["Year"] == 2020, "Value"].mean()),
            ("Indicator", "Product/Sector", "Year", "Value", "Reporting Economy"),
        ),
        Q(
            "how has the EU's simple average tariff on all goods changed from 2010 to 2022?",
            has(lambda d: [_wt_value(d, "European Union", 2010), _wt_value(d, "European Union", 2022)]),
            ("Reporting Economy", "Indicator", "Product/Sector", "Year", "Value"),
        ),
        Q(
            "which country cut that tariff the most over the same period",
            _label(_wt_biggest_cut),
            ("Reporting Economy", "Indicator", "Product/Sector", "Year", "Value"),
        ),
    ],
)


HELDOUT197: list[Dataset] = [STREAKS, EMPORIA, DRIVVO, BEEHIIV, METOFFICE, FMCSA, WTO]
