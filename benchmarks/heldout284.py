"""HELDOUT284: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a laundromat's machine cycle
log exported from its card system (one row per cycle, January to June 2024, newest first) with "Transaction ID" as
"TX-104233", "Start Time" as "2024-03-05 14:22", "Machine #" (1-18 washers, 19-30 dryers), "Machine Type" (Washer,
Dryer), "Cycle Minutes", Amount as "$4.75" ("$0.00" on a cycle refunded after a fault), "Payment Method" (Card, Coins,
App) and "Fault Code" (blank, or a controller code such as "E21", "OE", "DL", "F07"); a state's hospital inpatient
discharge summary (public data, 2019 to 2022, one row per hospital per diagnosis group per year) with Year, upper-case
"Hospital Name" and County, "DRG Code" written zero-padded ("045"), upper-case "DRG Description" ("HEART FAILURE",
"SEPTICEMIA & DISSEMINATED INFECTIONS", ...), Discharges ("*" when fewer than 11, with the three means then blank),
"Mean Length of Stay (Days)", "Mean Charges" and "Mean Payment" as "$45,210.55"; a cat cafe's reservation system
export (one row per booking, 2023) with "Booking ID" as "CC-23-00412", "Booking Date" and "Visit Date" as
"2023-02-03", "Time Slot" as "10:00 AM", "Party Size", Adults, Children, "Ticket Type" (Standard, Kids Hour,
Weekday Saver, Gift Card), "Amount Paid" as "$36.00" ("$0.00" on gift cards), "No Show" (Yes/No) and "Adopted"
(Yes/No); a city wastewater treatment plant's daily operating data (public, 2022 to 2024, one row per day) with Date
as "01/05/2023", "Influent Flow (MGD)", "Effluent Flow (MGD)", "Influent BOD (mg/L)" and "Effluent BOD (mg/L)"
(sampled three days a week, blank otherwise; effluent "<2" below detection), "Influent TSS (mg/L)", "Effluent TSS
(mg/L)", "Rainfall (in)" ("T" for a trace) and "Permit Exceedance" (Y/N); a dog daycare's check-in log (one row per
visit, January to June 2024, regulars coming many times, two different dogs may share a name) with Date as
"3/4/2024", "Dog Name", Breed, Size (Small, Medium, Large), "Check In" and "Check Out" as "7:45 AM" (check-out blank
when the dog was never scanned out), Package (Day, Half-Day), Price as "$38.00" and "Incident Notes" (blank or a short
text); a pottery studio's kiln firing log (2023 and 2024, one row per firing) with Date as "2023-01-08", Kiln ("Skutt
1027", "Skutt 818", "L&L e23T"), "Firing Type" (Bisque, Glaze), Cone written as the studio writes it ("04" and "06"
for bisque, "5" and "6" for glaze, so cone 06 and cone 6 both read back as 6), "Pieces Loaded", "Pieces Cracked",
"Firing Hours" (blank on a few), "Loaded By" (a member's first name and initial) and "Cost Charged" as "$32.00"; and a
county food pantry network's monthly distribution report (public, 2022 to 2024, one row per pantry per month plus a
"NETWORK TOTAL" row per month with Town blank, adding up the pantries) with Month as "2023-01", "Pantry Name", Town,
"Households Served", "Individuals Served", "Seniors (60+)", "Children (0-17)", "Pounds Distributed" as "12,450" and
"Volunteer Hours"; a pantry that did not report a month has its numbers blank. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .heldout273 import _code
from .heldout278 import _hours
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _clock(hour: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "14:00", "2:00 PM", "2 PM", "2pm" or "2 p.m."."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(hour(df))
        h12 = h % 12 or 12
        half = "a" if h < 12 else "p"
        patterns = [
            rf"(?<![\d:.]){h12}(?::00)?\s*{half}\.?m\b\.?",
            rf"(?<![\d:.])0?{h}:00(?!\s*[ap]\.?m)" if h >= 12 else rf"(?<![\d:.])0?{h}:00(?!\s*p\.?m)",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}:00"

    return check


# --- 1. Laundromat machine cycle log -------------------------------------------------------------------------------

_LM_FAULTS = ["E21", "OE", "DL", "F07", "E35"]


def _laundromat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28401)
    flaky = {int(m): float(rng.uniform(0.005, 0.05)) for m in range(1, 31)}
    flaky[7] = 0.09
    flaky[23] = 0.07
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2024-01-01 06:00")
    month_weight = {1: 1.0, 2: 0.95, 3: 1.1, 4: 1.0, 5: 1.2, 6: 1.05}
    for _ in range(4200):
        day = int(rng.integers(0, 182))
        stamp = start + pd.Timedelta(days=day)
        if rng.random() > month_weight[stamp.month] / 1.2:
            continue
        stamp += pd.Timedelta(minutes=int(np.clip(rng.normal(9 * 60, 4 * 60), 0, 16 * 60)))
        washer = rng.random() < 0.55
        machine = int(rng.integers(1, 19)) if washer else int(rng.integers(19, 31))
        if washer:
            big = machine > 12
            minutes = int(np.clip(rng.normal(38 if big else 30, 3), 24, 48))
            price = (6.50 if big else 4.75) + float(_one(rng, [0, 0, 0, 0.5, 1.0]))
        else:
            quarters = int(rng.integers(4, 17))
            minutes = quarters * 4
            price = quarters * 0.25
        method = str(_one(rng, ["Card", "Coins", "App"], [5, 3, 2] if stamp.month < 4 else [5, 2.5, 3]))
        fault = str(_one(rng, _LM_FAULTS)) if rng.random() < flaky[machine] else ""
        if fault and rng.random() < 0.5:
            price = 0.0
        rows.append(
            {
                "Start Time": f"{stamp:%Y-%m-%d %H:%M}",
                "Machine #": machine,
                "Machine Type": "Washer" if washer else "Dryer",
                "Cycle Minutes": minutes,
                "Amount": f"${price:.2f}",
                "Payment Method": method,
                "Fault Code": fault,
            }
        )
    df = pd.DataFrame(rows).sort_values("Start Time", ascending=False, kind="stable").reset_index(drop=True)
    df.insert(0, "Transaction ID", [f"TX-{104000 + len(df) - k}" for k in range(len(df))])
    return df


def _lm_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Start Time"), format="%Y-%m-%d %H:%M").dt.to_period("M")


def _lm_busy_months(df: pd.DataFrame) -> list[pd.Period]:
    month = _lm_month(df)
    by_count = month.value_counts().sort_index(kind="stable").idxmax()
    by_money = _num(df, "Amount").groupby(month).sum().sort_index(kind="stable").idxmax()
    return [by_count, by_money]


def _lm_wash_prices(df: pd.DataFrame, keep_zero: bool) -> pd.Series:
    price = _num(df, "Amount")[_text(df, "Machine Type") == "Washer"]
    return price if keep_zero else price[price > 0]


def _lm_faulty(df: pd.DataFrame) -> str:
    faulted = _text(df, "Fault Code") != ""
    return _top(df["Machine #"][faulted].astype(int).value_counts())


_LM_QS = [
    Q(
        "how many dryer loads were there",
        _count(lambda df: int((_text(df, "Machine Type") == "Dryer").sum())),
        ("Machine Type",),
    ),
    Q(
        "whats the average price of a wash",
        either(
            _typical(lambda df: _lm_wash_prices(df, True), rel=0.005),
            _typical(lambda df: _lm_wash_prices(df, False), rel=0.005),
        ),
        ("Machine Type", "Amount", "Machine #"),
    ),
    Q(
        "what percent of people pay with the app",
        _share(lambda df: float((_text(df, "Payment Method") == "App").mean())),
        ("Payment Method",),
    ),
    Q(
        "which machine breaks down the most",
        _lead(_code(_lm_faulty)),
        ("Machine #", "Fault Code", "Machine Type"),
    ),
    Q(
        "busiest month?",
        _lead(either(*[_month_year(lambda df, k=k: _lm_busy_months(df)[k].to_timestamp()) for k in range(2)])),
        ("Start Time", "Amount", "Transaction ID"),
    ),
    Q(
        "how much money came in that month",
        either(
            *[
                _amount(lambda df, k=k: float(_num(df, "Amount")[_lm_month(df) == _lm_busy_months(df)[k]].sum()))
                for k in range(2)
            ]
        ),
        ("Start Time", "Amount", "Transaction ID"),
    ),
]


# --- 2. Hospital inpatient discharges by DRG -----------------------------------------------------------------------

_HD_DRGS = [
    ("194", "HEART FAILURE", 5.2, 52000, 9, 5.0),
    ("720", "SEPTICEMIA & DISSEMINATED INFECTIONS", 7.4, 78000, 10, 5.5),
    ("140", "CHRONIC OBSTRUCTIVE PULMONARY DISEASE", 4.4, 39000, 7, 3.5),
    ("139", "OTHER PNEUMONIA", 4.6, 40000, 8, 3.5),
    ("045", "CVA & PRECEREBRAL OCCLUSION W INFARCT", 5.0, 61000, 9, 2.5),
    ("302", "KNEE JOINT REPLACEMENT", 2.1, 68000, 13, 2.0),
    ("301", "HIP JOINT REPLACEMENT", 2.5, 72000, 13, 2.0),
    ("560", "VAGINAL DELIVERY", 2.2, 14000, 5, 7.0),
    ("540", "CESAREAN DELIVERY", 3.3, 24000, 5, 3.5),
    ("795", "NORMAL NEWBORN", 2.0, 5200, 4, 8.0),
    ("753", "BIPOLAR DISORDERS", 9.5, 31000, 4, 1.5),
    ("383", "CELLULITIS & OTHER SKIN INFECTIONS", 4.1, 30000, 8, 2.0),
    ("463", "KIDNEY & URINARY TRACT INFECTIONS", 3.9, 29000, 8, 2.5),
    ("201", "CARDIAC ARRHYTHMIA & CONDUCTION DISORDERS", 3.2, 36000, 9, 2.5),
    ("775", "ALCOHOL ABUSE & DEPENDENCE", 4.3, 22000, 6, 1.5),
    ("247", "INTESTINAL OBSTRUCTION", 4.8, 41000, 8, 1.5),
]
_HD_HOSPITALS = [
    ("ST. LUKE'S REGIONAL MEDICAL CENTER", "ADA", 2.6, 1.25),
    ("SAINT ALPHONSUS MEDICAL CENTER - NAMPA", "CANYON", 1.3, 1.1),
    ("WEST VALLEY MEDICAL CENTER", "CANYON", 0.9, 1.0),
    ("KOOTENAI HEALTH", "KOOTENAI", 1.6, 1.05),
    ("PORTNEUF MEDICAL CENTER", "BANNOCK", 1.1, 0.95),
    ("EASTERN IDAHO REGIONAL MEDICAL CENTER", "BONNEVILLE", 1.4, 1.15),
    ("MADISON MEMORIAL HOSPITAL", "MADISON", 0.5, 0.85),
    ("ST. LUKE'S MAGIC VALLEY MEDICAL CENTER", "TWIN FALLS", 1.0, 1.0),
    ("ST. JOSEPH REGIONAL MEDICAL CENTER", "NEZ PERCE", 0.7, 0.9),
    ("BONNER GENERAL HEALTH", "BONNER", 0.3, 0.8),
    ("MINIDOKA MEMORIAL HOSPITAL", "MINIDOKA", 0.2, 0.75),
    ("GRITMAN MEDICAL CENTER", "LATAH", 0.25, 0.82),
    ("ST. LUKE'S MERIDIAN MEDICAL CENTER", "ADA", 1.5, 1.2),
]


def _hospital_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28402)
    rows: list[dict[str, Any]] = []
    for year in (2019, 2020, 2021, 2022):
        for name, county, size, price in _HD_HOSPITALS:
            for code, desc, los, charge, pay_share, volume in _HD_DRGS:
                if rng.random() < 0.08:
                    continue
                trend = 1 + 0.05 * (year - 2019)
                n = int(rng.poisson(volume * size * 14 * (0.85 if year == 2020 else 1.0)))
                stay = max(1.2, los * float(rng.normal(1.0, 0.12)))
                mean_charge = charge * price * trend * float(rng.normal(1, 0.1)) * (stay / los) ** 0.6
                mean_pay = mean_charge * pay_share / 30 * float(rng.normal(1, 0.08))
                small = n < 11
                rows.append(
                    {
                        "Year": year,
                        "Hospital Name": name,
                        "County": county,
                        "DRG Code": code,
                        "DRG Description": desc,
                        "Discharges": "*" if small else n,
                        "Mean Length of Stay (Days)": "" if small else round(stay, 1),
                        "Mean Charges": "" if small else f"${mean_charge:,.2f}",
                        "Mean Payment": "" if small else f"${mean_pay:,.2f}",
                    }
                )
    return pd.DataFrame(rows)


def _hd_top_drg(df: pd.DataFrame) -> str:
    return _top(_num(df, "Discharges").groupby(_text(df, "DRG Description")).sum())


def _hd_code_of(df: pd.DataFrame, desc: str) -> str:
    code = _num(df, "DRG Code")[_text(df, "DRG Description") == desc].dropna().iloc[0]
    return str(int(code))


def _hd_mean(col: str, rows: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], list[float]]:
    """A mean of a per-row mean over the chosen rows: plain, weighted by discharges, or the median."""

    def values(df: pd.DataFrame) -> list[float]:
        pick = rows(df)
        v = _num(df, col)[pick]
        n = _num(df, "Discharges")[pick]
        ok = v.notna() & n.notna()
        return [float(v.mean()), float((v[ok] * n[ok]).sum() / n[ok].sum()), float(v.median())]

    return values


def _hd_county_tops(df: pd.DataFrame) -> list[str]:
    charge = _num(df, "Mean Charges")
    n = _num(df, "Discharges")
    county = _text(df, "County")
    ok = charge.notna() & n.notna()
    weighted = (charge * n)[ok].groupby(county[ok]).sum() / n[ok].groupby(county[ok]).sum()
    tops = [_top(charge.groupby(county).mean()), _top(weighted)]
    return [*tops, *(t.title() for t in tops)]


_HD_QS = [
    Q(
        "how many discharges total in 2022",
        _count(lambda df: int(_num(df, "Discharges")[df["Year"].astype(int) == 2022].sum())),
        ("Year", "Discharges"),
    ),
    Q(
        "which diagnosis has the most patients",
        _lead(either(_named(_hd_top_drg), _code(lambda df: _hd_code_of(df, _hd_top_drg(df))))),
        ("DRG Description", "DRG Code", "Discharges"),
    ),
    Q(
        "what's the average payment for that one",
        either(
            *[
                _amount(
                    lambda df, k=k: _hd_mean("Mean Payment", lambda d: _text(d, "DRG Description") == _hd_top_drg(d))(
                        df
                    )[k]
                )
                for k in range(3)
            ]
        ),
        ("DRG Description", "DRG Code", "Mean Payment", "Discharges"),
    ),
    Q(
        "avg length of stay for heart failure?",
        either(
            *[
                _about(
                    lambda df, k=k: _hd_mean(
                        "Mean Length of Stay (Days)", lambda d: _text(d, "DRG Description") == "HEART FAILURE"
                    )(df)[k],
                    rel=0.005,
                )
                for k in range(3)
            ]
        ),
        ("DRG Description", "DRG Code", "Mean Length of Stay (Days)", "Discharges"),
    ),
    Q(
        "which county's hospitals charge the most",
        _lead(_named_any(_hd_county_tops)),
        ("County", "Mean Charges", "Discharges", "Hospital Name"),
    ),
    Q(
        "how many rows have the discharge count hidden",
        _count(lambda df: int(_num(df, "Discharges").isna().sum())),
        ("Discharges",),
    ),
]


# --- 3. Cat cafe reservations --------------------------------------------------------------------------------------

_CC_SLOTS = {10: 1.0, 11: 1.6, 12: 1.8, 13: 2.2, 14: 2.6, 15: 2.3, 16: 1.9, 17: 1.4, 18: 1.2, 19: 0.8}


def _slot_label(hour: int) -> str:
    return f"{hour % 12 or 12}:00 {'AM' if hour < 12 else 'PM'}"


def _catcafe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28403)
    rows: list[dict[str, Any]] = []
    for k in range(2600):
        visit = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        lead = int(min(rng.gamma(1.4, 6.0), 90))
        booked = max(visit - pd.Timedelta(days=lead), pd.Timestamp("2022-12-01"))
        hour = int(_one(rng, list(_CC_SLOTS), list(_CC_SLOTS.values())))
        weekend = visit.dayofweek >= 5
        kind = str(_one(rng, ["Standard", "Kids Hour", "Weekday Saver", "Gift Card"], [6, 2, 0 if weekend else 3, 1]))
        if kind == "Kids Hour":
            hour = 10
        adults = int(rng.integers(1, 4)) if kind != "Kids Hour" else int(rng.integers(1, 3))
        kids = int(rng.integers(1, 4)) if kind == "Kids Hour" else int(rng.poisson(0.35))
        per_adult = {"Standard": 18.0, "Kids Hour": 15.0, "Weekday Saver": 14.0, "Gift Card": 0.0}[kind]
        paid = adults * per_adult + kids * (10.0 if per_adult else 0.0)
        no_show = rng.random() < (0.13 if lead > 14 else 0.06)
        adopted = (not no_show) and rng.random() < (0.055 if kids else 0.03) + 0.01 * (adults - 1)
        rows.append(
            {
                "Booking ID": f"CC-23-{k + 1:05d}",
                "Booking Date": f"{booked:%Y-%m-%d}",
                "Visit Date": f"{visit:%Y-%m-%d}",
                "Time Slot": _slot_label(hour),
                "Party Size": adults + kids,
                "Adults": adults,
                "Children": kids,
                "Ticket Type": kind,
                "Amount Paid": f"${paid:.2f}",
                "No Show": "Yes" if no_show else "No",
                "Adopted": "Yes" if adopted else "No",
            }
        )
    return pd.DataFrame(rows)


def _cc_lead_days(df: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(df["Visit Date"]) - pd.to_datetime(df["Booking Date"])).dt.days.astype(float)


def _cc_slot_hours(df: pd.DataFrame) -> list[int]:
    slot = _text(df, "Time Slot")
    tops = [_top(slot.value_counts()), _top(df["Party Size"].astype(float).groupby(slot).sum())]
    return [pd.Timestamp(f"2000-01-01 {t}").hour for t in tops]


def _cc_december(df: pd.DataFrame, col: str, only_2023: bool = True) -> float:
    when = pd.to_datetime(df[col])
    pick = (when.dt.month == 12) & ((when.dt.year == 2023) | (not only_2023))
    return float(_num(df, "Amount Paid")[pick].sum())


def _cc_adopt_rates(df: pd.DataFrame, rows: pd.Series) -> list[float]:
    adopted = _text(df, "Adopted") == "Yes"
    came = _text(df, "No Show") == "No"
    return [float(adopted[rows].mean()), float(adopted[rows & came].mean())]


_CC_QS = [
    Q(
        "how many bookings didn't show up",
        _count(lambda df: int((_text(df, "No Show") == "Yes").sum())),
        ("No Show",),
    ),
    Q(
        "how far ahead do people usually book",
        _typical(_cc_lead_days, rel=0.01),
        ("Booking Date", "Visit Date"),
    ),
    Q(
        "whats the most popular time slot",
        _lead(either(*[_clock(lambda df, k=k: _cc_slot_hours(df)[k]) for k in range(2)])),
        ("Time Slot", "Party Size"),
    ),
    Q(
        "how much did we take in for december visits",
        either(
            _amount(lambda df: _cc_december(df, "Visit Date")),
            _amount(lambda df: _cc_december(df, "Booking Date")),
            _amount(lambda df: _cc_december(df, "Booking Date", only_2023=False)),
        ),
        ("Visit Date", "Amount Paid", "Booking Date"),
    ),
    Q(
        "what percent of visits end in someone adopting a cat",
        either(*[_share(lambda df, k=k: _cc_adopt_rates(df, df["Adopted"].notna())[k]) for k in range(2)]),
        ("Adopted", "No Show"),
    ),
    Q(
        "and for groups that bring kids?",
        either(*[_share(lambda df, k=k: _cc_adopt_rates(df, df["Children"].astype(int) > 0)[k]) for k in range(2)]),
        ("Adopted", "Children", "No Show", "Ticket Type"),
    ),
]


# --- 4. Wastewater treatment plant daily operating data ------------------------------------------------------------


def _wastewater_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28404)
    rows: list[dict[str, Any]] = []
    wet = 0.0
    for day in pd.date_range("2022-01-01", "2024-12-31", freq="D"):
        rain_p = 0.35 if day.month in (3, 4, 5, 10, 11) else 0.25
        rain = round(float(rng.gamma(1.1, 0.45)), 2) if rng.random() < rain_p else 0.0
        trace = rain == 0.0 and rng.random() < 0.06
        wet = 0.55 * wet + rain
        inflow = round(7.8 + 0.6 * np.sin(2 * np.pi * day.dayofyear / 365) + 2.4 * wet + rng.normal(0, 0.35), 2)
        outflow = round(inflow * float(rng.uniform(0.95, 0.99)), 2)
        inf_tss = round(float(np.clip(rng.normal(230, 30) - 12 * wet, 90, 360)))
        eff_tss = round(float(np.clip(rng.gamma(3.0, 3.2) + 4.5 * wet, 2, 80)), 1)
        sampled = day.dayofweek in (0, 2, 3)
        inf_bod: Any = ""
        eff_bod: Any = ""
        if sampled:
            inf_bod = round(float(np.clip(rng.normal(210, 28) - 10 * wet, 80, 320)))
            value = float(rng.gamma(2.5, 2.4) + 3.5 * wet)
            eff_bod = "<2" if value < 2 else round(value, 1)
        over = (eff_tss > 30) or (sampled and eff_bod != "<2" and float(eff_bod) > 30)
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Influent Flow (MGD)": inflow,
                "Effluent Flow (MGD)": outflow,
                "Influent BOD (mg/L)": inf_bod,
                "Effluent BOD (mg/L)": eff_bod,
                "Influent TSS (mg/L)": inf_tss,
                "Effluent TSS (mg/L)": eff_tss,
                "Rainfall (in)": "T" if trace else rain,
                "Permit Exceedance": "Y" if over else "N",
            }
        )
    return pd.DataFrame(rows)


def _ww_over(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Permit Exceedance") == "Y"


def _ww_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.year


def _ww_removal(df: pd.DataFrame) -> list[float]:
    inf = _num(df, "Influent TSS (mg/L)")
    eff = _num(df, "Effluent TSS (mg/L)")
    ok = inf.notna() & eff.notna()
    return [float((1 - eff[ok] / inf[ok]).mean()), float(1 - eff[ok].sum() / inf[ok].sum())]


_WW_QS = [
    Q(
        "what's the average flow coming into the plant",
        _typical(lambda df: df["Influent Flow (MGD)"].astype(float), rel=0.005),
        ("Influent Flow (MGD)",),
    ),
    Q(
        "how many days did we go over the permit",
        _count(lambda df: int(_ww_over(df).sum())),
        ("Permit Exceedance",),
    ),
    Q(
        "how many of those were in 2024",
        _count(lambda df: int((_ww_over(df) & (_ww_year(df) == 2024)).sum())),
        ("Permit Exceedance", "Date"),
    ),
    Q(
        "does rain push the inflow up",
        either(
            _corr(lambda df: _num(df, "Rainfall (in)"), lambda df: df["Influent Flow (MGD)"].astype(float)),
            _corr(lambda df: _num(df, "Rainfall (in)").fillna(0), lambda df: df["Influent Flow (MGD)"].astype(float)),
        ),
        ("Rainfall (in)", "Influent Flow (MGD)"),
    ),
    Q(
        "what % of the solids does the plant take out",
        either(*[_share(lambda df, k=k: _ww_removal(df)[k]) for k in range(2)]),
        ("Influent TSS (mg/L)", "Effluent TSS (mg/L)"),
    ),
    Q(
        "how many days have no effluent bod number",
        either(
            _count(lambda df: int(df["Effluent BOD (mg/L)"].isna().sum())),
            _count(lambda df: int(_num(df, "Effluent BOD (mg/L)").isna().sum())),
        ),
        ("Effluent BOD (mg/L)", "Date"),
    ),
]


# --- 5. Dog daycare check-in log -----------------------------------------------------------------------------------

_DD_NAMES = ["Bella", "Max", "Luna", "Charlie", "Cooper", "Daisy", "Milo", "Lucy", "Bailey", "Rocky", "Sadie", "Bear"]
_DD_NAMES += ["Zoe", "Tucker", "Penny", "Duke", "Rosie", "Winston", "Ollie", "Maggie", "Finn", "Nala", "Gus", "Ruby"]
_DD_BREEDS = {
    "Labrador Retriever": ("Large", 5),
    "Golden Retriever": ("Large", 4),
    "Goldendoodle": ("Medium", 5.5),
    "German Shepherd": ("Large", 2),
    "French Bulldog": ("Small", 3),
    "Beagle": ("Medium", 2),
    "Australian Shepherd": ("Medium", 2.5),
    "Dachshund": ("Small", 1.5),
    "Boxer": ("Large", 1.5),
    "Mixed": ("Medium", 4),
    "Shih Tzu": ("Small", 1.5),
    "Bernese Mountain Dog": ("Large", 1),
}
_DD_NOTES = ["Nipped at another dog", "Minor scuffle in yard", "Vomited after lunch", "Small cut on paw, cleaned"]
_DD_NOTES += ["Humping, redirected", "Jumped fence gate", "Limping, owner notified"]


def _daycare_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28405)
    dogs: list[tuple[str, str, str, float]] = []
    seen: set[tuple[str, str]] = set()
    breeds = list(_DD_BREEDS)
    while len(dogs) < 110:
        name = str(_one(rng, _DD_NAMES))
        breed = str(_one(rng, breeds, [v[1] for v in _DD_BREEDS.values()]))
        if (name, breed) in seen:
            continue
        seen.add((name, breed))
        dogs.append((name, breed, _DD_BREEDS[breed][0], float(rng.gamma(1.5, 1.0))))
    weights = [d[3] for d in dogs]
    rows: list[dict[str, Any]] = []
    for day in pd.bdate_range("2024-01-02", "2024-06-28"):
        for _ in range(int(rng.poisson(30))):
            name, breed, size, _w = dogs[int(rng.choice(len(dogs), p=np.array(weights) / sum(weights)))]
            half = rng.random() < 0.25
            arrive = day + pd.Timedelta(minutes=int(np.clip(rng.normal(8 * 60, 50), 6 * 60 + 30, 12 * 60)))
            if half and rng.random() < 0.4:
                arrive += pd.Timedelta(hours=5)
            stay = rng.normal(4.5, 0.6) if half else rng.normal(9.0, 1.0)
            leave = arrive + pd.Timedelta(minutes=int(np.clip(stay, 2.5, 11.5) * 60))
            incident = rng.random() < {"Small": 0.02, "Medium": 0.035, "Large": 0.06}[size]
            price = (24.0 if half else 38.0) + (4.0 if size == "Large" else 0.0)
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Dog Name": name,
                    "Breed": breed,
                    "Size": size,
                    "Check In": arrive.strftime("%I:%M %p").lstrip("0"),
                    "Check Out": "" if rng.random() < 0.02 else leave.strftime("%I:%M %p").lstrip("0"),
                    "Package": "Half-Day" if half else "Day",
                    "Price": f"${price:.2f}",
                    "Incident Notes": str(_one(rng, _DD_NOTES)) if incident else "",
                }
            )
    return pd.DataFrame(rows)


def _dd_stay_hours(df: pd.DataFrame) -> pd.Series:
    def clock(col: str) -> pd.Series:
        text = _text(df, col)
        return pd.to_datetime(text.mask(text == ""), format="%I:%M %p")

    return ((clock("Check Out") - clock("Check In")).dt.total_seconds() / 3600).dropna()


def _dd_incident(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Incident Notes") != ""


_DD_QS = [
    Q(
        "how many different dogs came in",
        either(
            _count(lambda df: int(_text(df, "Dog Name").nunique())),
            _count(lambda df: int((_text(df, "Dog Name") + "|" + _text(df, "Breed")).nunique())),
        ),
        ("Dog Name", "Breed"),
    ),
    Q(
        "what breed do we see the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Breed").value_counts()),
                    _top(df.groupby(_text(df, "Breed"))["Dog Name"].nunique()),
                ]
            )
        ),
        ("Breed", "Dog Name"),
    ),
    Q(
        "how long do dogs usually stay",
        either(_hours(lambda df: _dd_stay_hours(df).mean()), _hours(lambda df: _dd_stay_hours(df).median())),
        ("Check In", "Check Out", "Package"),
    ),
    Q(
        "avg price for a half day?",
        _typical(lambda df: _num(df, "Price")[_text(df, "Package") == "Half-Day"], rel=0.005),
        ("Package", "Price"),
    ),
    Q(
        "how many visits had an incident",
        _count(lambda df: int(_dd_incident(df).sum())),
        ("Incident Notes",),
    ),
    Q(
        "what share of those were large dogs",
        _share(lambda df: float((_text(df, "Size")[_dd_incident(df)] == "Large").mean())),
        ("Incident Notes", "Size"),
    ),
]


# --- 6. Pottery studio kiln firing log -----------------------------------------------------------------------------

_KL_KILNS = {"Skutt 1027": (40, 2.0, 36.0), "Skutt 818": (22, 0.0, 24.0), "L&L e23T": (32, 1.0, 30.0)}
_KL_MEMBERS = ["Dana K.", "Priya S.", "Marcus T.", "Elena R.", "Sam W.", "Jo L.", "Hector M.", "Aiko N.", "Beth C."]


def _kiln_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28406)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-02", "2024-12-30", freq="D"):
        for kiln, (capacity, extra, cost) in _KL_KILNS.items():
            if rng.random() > (0.28 if kiln != "Skutt 818" else 0.18):
                continue
            bisque = rng.random() < 0.45
            loaded = int(np.clip(rng.normal(capacity, capacity * 0.2), 5, capacity * 1.4))
            cracked = int(rng.binomial(loaded, 0.018 if bisque else 0.045))
            hours: Any = round(float(rng.normal(8.5 if bisque else 10.5, 0.6) + extra), 1)
            if rng.random() < 0.04:
                hours = ""
            member = str(_one(rng, _KL_MEMBERS, [3, 2.5, 2, 2, 1.5, 1.5, 1, 1, 0.8]))
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Kiln": kiln,
                    "Firing Type": "Bisque" if bisque else "Glaze",
                    "Cone": str(_one(rng, ["04", "06"], [3, 1])) if bisque else str(_one(rng, ["5", "6"], [1, 3])),
                    "Pieces Loaded": loaded,
                    "Pieces Cracked": cracked,
                    "Firing Hours": hours,
                    "Loaded By": member,
                    "Cost Charged": f"${cost * (1.1 if day.year == 2024 else 1.0):.2f}",
                }
            )
    return pd.DataFrame(rows)


def _kl_type(df: pd.DataFrame, kind: str) -> pd.Series:
    return _text(df, "Firing Type") == kind


def _kl_crack(df: pd.DataFrame, rows: pd.Series, pooled: bool) -> float:
    loaded = df["Pieces Loaded"].astype(float)[rows]
    cracked = df["Pieces Cracked"].astype(float)[rows]
    return float(cracked.sum() / loaded.sum()) if pooled else float((cracked / loaded).mean())


def _kl_slow_kilns(df: pd.DataFrame) -> list[str]:
    hours = _num(df, "Firing Hours").groupby(_text(df, "Kiln"))
    return [_top(hours.mean()), _top(hours.median())]


_KL_QS = [
    Q("how many glaze firings did we do", _count(lambda df: int(_kl_type(df, "Glaze").sum())), ("Firing Type",)),
    Q(
        "what percent of pieces crack",
        either(*[_share(lambda df, p=p: _kl_crack(df, df["Kiln"].notna(), p)) for p in (True, False)]),
        ("Pieces Cracked", "Pieces Loaded"),
    ),
    Q(
        "is it worse in bisque or glaze",
        either(
            *[
                both(
                    _share(lambda df, p=p: _kl_crack(df, _kl_type(df, "Bisque"), p)),
                    _share(lambda df, p=p: _kl_crack(df, _kl_type(df, "Glaze"), p)),
                )
                for p in (True, False)
            ]
        ),
        ("Firing Type", "Pieces Cracked", "Pieces Loaded"),
    ),
    Q(
        "which kiln takes longest to fire",
        _lead(_named_any(_kl_slow_kilns)),
        ("Kiln", "Firing Hours"),
    ),
    Q(
        "who loads the kilns the most",
        _lead(_named(lambda df: _top(_text(df, "Loaded By").value_counts()))),
        ("Loaded By",),
    ),
    Q(
        "how much did we charge for firings in 2024",
        _amount(lambda df: float(_num(df, "Cost Charged")[pd.to_datetime(df["Date"]).dt.year == 2024].sum())),
        ("Date", "Cost Charged"),
    ),
]


# --- 7. Food pantry network monthly distribution report ------------------------------------------------------------

_FP_PANTRIES = [
    ("Grace Community Food Shelf", "Millbrook", 210),
    ("St. Vincent de Paul Pantry", "Millbrook", 160),
    ("Riverside Food Pantry", "Riverside", 140),
    ("Hillcrest Neighbors Pantry", "Hillcrest", 75),
    ("Oak Valley Food Cupboard", "Oak Valley", 55),
    ("First Baptist Food Closet", "Carver", 45),
    ("Salvation Army Food Pantry", "Carver", 120),
    ("North County Mobile Pantry", "Ellison", 90),
    ("Pine Lake Community Pantry", "Pine Lake", 40),
    ("Harvest Hope Pantry", "Riverside", 100),
    ("Westfield Senior Center Pantry", "Westfield", 35),
    ("Campus Cupboard (MCC)", "Millbrook", 60),
]
_FP_COLS = ["Households Served", "Individuals Served", "Seniors (60+)", "Children (0-17)"]


def _pantry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28407)
    rows: list[dict[str, Any]] = []
    for month in pd.period_range("2022-01", "2024-12", freq="M"):
        season = 1 + 0.15 * np.cos(2 * np.pi * (month.month - 12) / 12) + 0.04 * (month.year - 2022)
        block: list[dict[str, Any]] = []
        for name, town, base in _FP_PANTRIES:
            row: dict[str, Any] = {"Month": str(month), "Pantry Name": name, "Town": town}
            if rng.random() < 0.05:
                row |= {c: "" for c in [*_FP_COLS, "Pounds Distributed", "Volunteer Hours"]}
                block.append(row)
                continue
            households = int(rng.poisson(base * season))
            size = float(rng.uniform(2.1, 2.9)) if "Senior" not in name else float(rng.uniform(1.2, 1.5))
            people = round(households * size)
            seniors = int(rng.binomial(people, 0.55 if "Senior" in name else 0.16))
            children = int(rng.binomial(people - seniors, 0.02 if "Senior" in name else 0.42))
            pounds = int(round(households * float(rng.normal(58, 8)), -1))
            row |= {
                "Households Served": households,
                "Individuals Served": people,
                "Seniors (60+)": seniors,
                "Children (0-17)": children,
                "Pounds Distributed": f"{pounds:,}",
                "Volunteer Hours": round(float(households * rng.uniform(0.3, 0.6)), 1),
            }
            block.append(row)
        rows += block
        part = pd.DataFrame(block)
        total: dict[str, Any] = {"Month": str(month), "Pantry Name": "NETWORK TOTAL", "Town": ""}
        for c in _FP_COLS:
            total[c] = int(pd.to_numeric(part[c], errors="coerce").sum())
        total["Pounds Distributed"] = f"{int(_num(part, 'Pounds Distributed').sum()):,}"
        total["Volunteer Hours"] = round(float(pd.to_numeric(part["Volunteer Hours"], errors="coerce").sum()), 1)
        rows.append(total)
    return pd.DataFrame(rows)


def _fp_pantries(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Pantry Name") != "NETWORK TOTAL"


def _fp_top_pantry(df: pd.DataFrame) -> str:
    keep = _fp_pantries(df)
    return _top(_num(df, "Individuals Served")[keep].groupby(_text(df, "Pantry Name")[keep]).sum())


def _fp_top_pantries(df: pd.DataFrame) -> list[str]:
    keep = _fp_pantries(df)
    return [_fp_top_pantry(df), _top(_num(df, "Households Served")[keep].groupby(_text(df, "Pantry Name")[keep]).sum())]


def _fp_busy_months(df: pd.DataFrame) -> list[str]:
    keep = _fp_pantries(df)
    month = _text(df, "Month")[keep]
    return [_top(_num(df, c)[keep].groupby(month).sum()) for c in ("Individuals Served", "Households Served")]


_FP_QS = [
    Q(
        "how many households got food in 2023",
        _count(
            lambda df: int(
                _num(df, "Households Served")[_fp_pantries(df) & _text(df, "Month").str.startswith("2023")].sum()
            )
        ),
        ("Month", "Households Served", "Pantry Name"),
    ),
    Q(
        "what share of the people served are kids",
        _share(
            lambda df: float(
                _num(df, "Children (0-17)")[_fp_pantries(df)].sum()
                / _num(df, "Individuals Served")[_fp_pantries(df)].sum()
            )
        ),
        ("Children (0-17)", "Individuals Served", "Pantry Name"),
    ),
    Q(
        "which pantry serves the most people",
        _lead(_named_any(_fp_top_pantries)),
        ("Pantry Name", "Individuals Served", "Households Served"),
    ),
    Q(
        "how many volunteer hours did they log",
        either(
            *[
                _about(
                    lambda df, k=k: float(
                        _num(df, "Volunteer Hours")[_text(df, "Pantry Name") == _fp_top_pantries(df)[k]].sum()
                    ),
                    rel=0.002,
                )
                for k in range(2)
            ]
        ),
        ("Pantry Name", "Volunteer Hours", "Individuals Served"),
    ),
    Q(
        "about how many pounds of food per household",
        either(
            _about(
                lambda df: float(
                    _num(df, "Pounds Distributed")[_fp_pantries(df)].sum()
                    / _num(df, "Households Served")[_fp_pantries(df)].sum()
                ),
                rel=0.005,
            ),
            _typical(
                lambda df: (_num(df, "Pounds Distributed") / _num(df, "Households Served"))[_fp_pantries(df)],
                rel=0.005,
            ),
        ),
        ("Pounds Distributed", "Households Served", "Pantry Name"),
    ),
    Q(
        "which month was the busiest",
        _lead(either(*[_month_year(lambda df, k=k: pd.Timestamp(_fp_busy_months(df)[k] + "-01")) for k in range(2)])),
        ("Month", "Individuals Served", "Households Served", "Pantry Name"),
    ),
]


HELDOUT284: list[Dataset] = [
    Dataset("laundromat_card_system_cycle_log", _laundromat_frame, _LM_QS),
    Dataset("state_inpatient_discharges_by_drg", _hospital_frame, _HD_QS),
    Dataset("cat_cafe_reservation_export", _catcafe_frame, _CC_QS),
    Dataset("wastewater_plant_daily_operating_data", _wastewater_frame, _WW_QS),
    Dataset("dog_daycare_checkin_log", _daycare_frame, _DD_QS),
    Dataset("pottery_studio_kiln_firing_log", _kiln_frame, _KL_QS),
    Dataset("county_food_pantry_monthly_distribution", _pantry_frame, _FP_QS),
]
