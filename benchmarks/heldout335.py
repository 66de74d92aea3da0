"""HELDOUT335: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files a small service business keeps in a spreadsheet: a tax prep
office's return log (tax year 2023, filed January to October 2024, one row per submission) with "Return ID" as
"TY23-00412" (repeated when a rejected e-file was sent again, the second row then "Accepted"), Preparer, "Client
Type" (Individual, Sole Prop, Corporation, Partnership), Form (1040, 1120, 1065), "Filed Date" as "03/14/2024"
(blank for extended returns not filed yet), "E-File" (Y/N), "Refund/(Balance Due)" as "$1,234.00" for a refund and
"($567.00)" for a balance due ("$0.00" for many businesses), "Prep Fee" as "$325.00", "State Returns" (0 to 3),
Extension (Y/N) and Status ("Accepted", "Rejected", now and then upper case; blank when not filed yet); a
warehouse's cycle count sheet (2024, one row per bin count, items counted monthly or quarterly so SKUs repeat,
ending with a "TOTAL" row) with "Count Date" as "2024-03-05", "Bin Location" as "B-04-2", SKU as "SKU-10423",
Description in upper case, "System Qty", "Counted Qty" (blank for a few bins skipped), Variance (counted minus
system, blank when skipped), "Unit Cost" (two decimals), "Variance $" (two decimals, negative for shrink), Counter
and Recount (Y/N, mostly Y for big misses); a freight broker's load board export (2023 to 2024, one row per load)
with "Load ID" as "L240117", "Pickup Date" and "Delivery Date" as "2024-02-09" (delivery blank for loads still in
transit), "Origin State" and "Dest State" as two-letter codes, Miles, Equipment (Van, Reefer, Flatbed, now and
then upper case), "Weight (lbs)" as "42,500", "Shipper Rate", "Carrier Pay" and Margin as "$2,850.00" (Margin
negative on a few loads) and "On Time" (Y/N, blank while in transit); a self storage facility's rent roll with
history (2019 to 2024, one row per rental, units repeat as tenants come and go) with Unit as "B214", Size (5x5,
5x10, 10x10, 10x20), "Climate Controlled" (Y/N), "Move In Date" and "Move Out Date" as "3/14/2021" (move out blank
for current tenants), "Monthly Rate" as "$135.00" (going up by move-in year), Tenant as "LAST, FIRST" (sometimes
"Last, First"), Autopay (Y/N), "Balance Due" as "$270.00", "Days Late" and "Lien Status" (blank, "Pre-Lien",
"Lien", "Auction Scheduled"; late fields only for current tenants); a vacation rental host's bookings (three
properties, 2021 to 2024, one row per booking) with "Booking ID" in each channel's style ("HMKQ2X8RTA",
"HA-4821937", "D-2023-014", ten digits), Property, Channel (Airbnb, VRBO, Direct, Booking.com), "Check In" and
"Check Out" as "2024-06-14", Nights, Guests, "Nightly Rate" and "Cleaning Fee" as "$189.00", "Total Payout" as
"$1,234.56" (after the channel's fee; "$0.00" when cancelled), Rating (1 to 5, blank when not rated or cancelled)
and Cancelled (Y/N); a car detailing business's job log (March 2023 to October 2024, one row per job) with Date as
"3/14/2024", Detailer, "Vehicle Type" (Sedan, SUV, Truck, Van), Package (Interior, Exterior, Full), Price as
"$189" (package by vehicle size plus add-ons), "Add-Ons" ("Pet Hair, Clay Bar", blank when none), Tip as "$20"
(blank when none), Mobile (Y/N), Minutes and "Customer Rating" (1 to 5, often blank); and an orthodontist's patient
treatment list (starts 2018 to 2024, one row per patient) with "Patient ID" as "PT-0412", Age, "Start Date" as
"2021-05-11", Appliance (Braces, Aligners, now and then upper case), "Est Months", "Actual Months" (blank while in
treatment), Fee, "Insurance Paid" and "Patient Paid" as "$5,950", Visits and "Broken Brackets" ("N/A" for aligners).
All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout333 import _FIRST, _LAST, _date, _either_named, _flag, _sorted_by
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(df: pd.DataFrame, col: str) -> pd.Series:
    """Dollars, "($567.00)" and "-$5.00" read as negative."""
    text = _text(df, col)
    neg = text.str.startswith("(") | text.str.startswith("-")
    value = pd.to_numeric(text.str.replace(r"[()$,\s-]", "", regex=True), errors="coerce")
    return value.where(~neg, -value)


def _month_word(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


def _all_about(values: Callable[[pd.DataFrame], list[float]]) -> Check:
    return _about(lambda df: np.asarray(values(df), dtype=float))


def _name(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


# --- 1. Tax prep office returns ------------------------------------------------------------------------------------

_TX_PREPARERS = {"Linda Park": 5, "Tom Alvarez": 4, "Greg Hanson": 3, "Priya Shah": 2.5, "Dana Wu": 1.2}
_TX_TYPES = {"Individual": ("1040", 68), "Sole Prop": ("1040", 14), "Corporation": ("1120", 9)}
_TX_TYPES |= {"Partnership": ("1065", 9)}


def _tax_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33501)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2024-01-22")
    for i in range(1, 1361):
        kind = str(_one(rng, list(_TX_TYPES), [v[1] for v in _TX_TYPES.values()]))
        form = _TX_TYPES[kind][0]
        business = form != "1040"
        preparer = str(_one(rng, list(_TX_PREPARERS), list(_TX_PREPARERS.values())))
        states = int(_one(rng, [0, 1, 2, 3], [1, 10, 2, 0.5] if not business else [1, 5, 3, 1.5]))
        ext = rng.random() < (0.35 if business else 0.1)
        due = pd.Timestamp("2024-03-15") if form == "1065" else pd.Timestamp("2024-04-15")
        if ext:
            filed = due + pd.Timedelta(days=int(rng.integers(10, 183)))
            if filed > pd.Timestamp("2024-10-15"):
                filed = pd.Timestamp("2024-10-15")
            pending = rng.random() < 0.12
        else:
            span = (due - start).days
            filed = start + pd.Timedelta(days=int(span * rng.beta(2.2 if not business else 3.0, 1.3)))
            pending = False
        efile = rng.random() < 0.9
        if business:
            fee = {"1120": 1150, "1065": 925}[form] + 150 * states + float(rng.normal(0, 180))
            amount = 0.0 if rng.random() < 0.4 else -float(rng.lognormal(8.2, 1.0))
        else:
            fee = 265 + (185 if kind == "Sole Prop" else 0) + 65 * states + float(rng.normal(0, 45))
            amount = float(rng.lognormal(7.6, 0.8)) if rng.random() < 0.72 else -float(rng.lognormal(7.0, 1.0))
        amount = round(amount, 0)
        rejected = efile and not pending and rng.random() < 0.045
        status = "" if pending else ("Rejected" if rejected else "Accepted")
        base = {
            "Return ID": f"TY23-{i:05d}",
            "Preparer": preparer,
            "Client Type": kind,
            "Form": form,
            "Filed Date": "" if pending else f"{filed:%m/%d/%Y}",
            "E-File": "Y" if efile else "N",
            "Refund/(Balance Due)": f"${amount:,.2f}" if amount >= 0 else f"(${-amount:,.2f})",
            "Prep Fee": f"${round(max(fee, 150) / 5) * 5:,.2f}",
            "State Returns": states,
            "Extension": "Y" if ext else "N",
            "Status": status.upper() if status and rng.random() < 0.06 else status,
        }
        rows.append(base)
        if rejected:
            again = dict(base)
            again["Filed Date"] = f"{filed + pd.Timedelta(days=int(rng.integers(1, 9))):%m/%d/%Y}"
            again["Status"] = "Accepted"
            rows.append(again)
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Filed Date"], format="%m/%d/%Y").fillna(pd.Timestamp("2099-01-01"))
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _tx_last(df: pd.DataFrame) -> pd.DataFrame:
    """One row per return: its latest submission."""
    return df.drop_duplicates("Return ID", keep="last")


def _tx_both(stat: Callable[[pd.DataFrame], Any], check: Callable[[Callable[[pd.DataFrame], Any]], Check]) -> Check:
    """The stat over every row, or over one row per return."""
    return either(check(stat), check(lambda df: stat(_tx_last(df))))


def _tx_fees(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        fees = _money(df, "Prep Fee").groupby(_text(df, "Form").str[:4]).agg(how)
        return [float(fees[f]) for f in ("1040", "1120", "1065")]

    return value


def _tx_late_ext(df: pd.DataFrame) -> int:
    filed = _date(df, "Filed Date", "%m/%d/%Y")
    return int((_flag(df, "Extension") & (filed > pd.Timestamp("2024-04-15"))).sum())


_TX_QS = [
    Q(
        "how many returns got rejected",
        _count(lambda df: int((_text(df, "Status").str.title() == "Rejected").sum())),
        ("Status", "Return ID"),
    ),
    Q(
        "which preparer did the most returns",
        _tx_both(lambda df: _top(_text(df, "Preparer").value_counts()), lambda v: _lead(_named(v))),
        ("Preparer", "Return ID"),
    ),
    Q(
        "whats the average prep fee for each form",
        either(
            _all_about(_tx_fees("mean")),
            _all_about(lambda df: _tx_fees("mean")(_tx_last(df))),
            _all_about(_tx_fees("median")),
            _all_about(lambda df: _tx_fees("median")(_tx_last(df))),
        ),
        ("Prep Fee", "Form", "Return ID"),
    ),
    Q(
        "what percent did we e-file",
        _tx_both(lambda df: float(_flag(df, "E-File").mean()), _share),
        ("E-File", "Return ID"),
    ),
    Q(
        "how many clients went on extension",
        _tx_both(lambda df: int(_flag(df, "Extension").sum()), _count),
        ("Extension", "Return ID"),
    ),
    Q(
        "and how many of those were filed after april 15",
        _tx_both(_tx_late_ext, _count),
        ("Extension", "Filed Date", "Return ID"),
    ),
]


# --- 2. Warehouse cycle count --------------------------------------------------------------------------------------

_CC_WORDS = ["BOLT", "WASHER", "HINGE", "BRACKET", "FILTER", "GASKET", "HOSE CLAMP", "FUSE", "RELAY", "BEARING"]
_CC_SIZES = ["1/4IN", "3/8IN", "1/2IN", "M6", "M8", "10A", "20A", "SM", "LG", "2PK", "10PK"]
_CC_FINISH = ["ZINC", "SS", "BLK", "BRASS", "NYLON", "STEEL"]
_CC_COUNTERS = {"Marcus": 5, "Jen": 4, "Luis": 4, "Tasha": 2, "Ben": 1.5}


def _cycle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33502)
    items = []
    used: set[str] = set()
    while len(items) < 240:
        desc = f"{_one(rng, _CC_WORDS)} {_one(rng, _CC_SIZES)} {_one(rng, _CC_FINISH)}"
        if desc in used:
            continue
        used.add(desc)
        sku = f"SKU-{10000 + len(items) * 37 + int(rng.integers(0, 30))}"
        aisle = "ABCDEF"[int(rng.integers(0, 6))]
        bin_ = f"{aisle}-{int(rng.integers(1, 21)):02d}-{int(rng.integers(1, 6))}"
        cost = round(float(rng.lognormal(1.8, 1.0)), 2)
        abc = str(_one(rng, ["A", "B", "C"], [2, 3, 5]))
        items.append((sku, bin_, desc, cost, abc, float(rng.lognormal(0, 0.6))))
    slip = {c: float(rng.uniform(0.15, 0.4)) for c in _CC_COUNTERS}
    rows: list[dict[str, Any]] = []
    for month in range(1, 13):
        for sku, bin_, desc, cost, abc, loss in items:
            if abc != "A" and month % 3 != {"B": 1, "C": 2}[abc]:
                continue
            day = pd.Timestamp(2024, month, int(rng.integers(2, 27)))
            while day.dayofweek >= 5:
                day += pd.Timedelta(days=1)
            system = int(rng.integers(0, 400 if cost < 10 else 80))
            counter = str(_one(rng, list(_CC_COUNTERS), list(_CC_COUNTERS.values())))
            skipped = rng.random() < 0.02
            if rng.random() < slip[counter]:
                off = -int(np.ceil(rng.exponential(4 * loss))) if rng.random() < 0.7 else int(rng.integers(1, 6))
            else:
                off = 0
            counted = max(system + off, 0)
            var = counted - system
            big = abs(var * cost) > 100 or abs(var) > 10
            rows.append(
                {
                    "Count Date": f"{day:%Y-%m-%d}",
                    "Bin Location": bin_,
                    "SKU": sku,
                    "Description": desc,
                    "System Qty": system,
                    "Counted Qty": "" if skipped else counted,
                    "Variance": "" if skipped else var,
                    "Unit Cost": f"{cost:.2f}",
                    "Variance $": "" if skipped else f"{var * cost:.2f}",
                    "Counter": counter,
                    "Recount": "Y" if (not skipped) and (rng.random() < (0.85 if big else 0.04)) else "N",
                }
            )
    frame = _sorted_by(pd.DataFrame(rows), "Count Date", "%Y-%m-%d")
    var = pd.to_numeric(frame["Variance"], errors="coerce")
    dollars = pd.to_numeric(frame["Variance $"], errors="coerce")
    total = {c: "" for c in frame.columns} | {"Count Date": "TOTAL", "Variance": int(var.sum())}
    total["Variance $"] = f"{dollars.sum():.2f}"
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _cc(df: pd.DataFrame) -> pd.DataFrame:
    """The count rows, without the TOTAL line."""
    return df[_text(df, "SKU") != ""]


def _cc_off(df: pd.DataFrame) -> pd.Series:
    var = _num(df, "Variance")
    return var.notna() & (var != 0)


def _cc_dollars(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Variance $")


def _cc_counter(rate: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        d = _cc(df)
        off = _cc_off(d).groupby(_text(d, "Counter"))
        return _top(off.mean() if rate else off.sum())

    return value


def _cc_worst(label: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        d = _cc(df)
        sums = _cc_dollars(d).groupby(_text(d, "SKU")).sum()
        sku = _top(sums, lowest=True)
        return sku if label == "SKU" else str(_text(d, "Description")[_text(d, "SKU") == sku].iloc[0])

    return value


def _cc_month(negatives_only: bool) -> Callable[[pd.DataFrame], Any]:
    def value(df: pd.DataFrame) -> Any:
        d = _cc(df)
        dollars = _cc_dollars(d)
        if negatives_only:
            dollars = dollars.where(dollars < 0, 0)
        month = _date(d, "Count Date", "%Y-%m-%d").dt.to_period("M")
        return dollars.groupby(month).sum().idxmin().to_timestamp()

    return value


_CC_QS = [
    Q(
        "how many counts didnt match the system",
        _count(lambda df: int(_cc_off(_cc(df)).sum())),
        ("Variance", "Counted Qty", "System Qty"),
    ),
    Q(
        "whats the total dollar variance",
        either(
            _amount(lambda df: float(_cc_dollars(_cc(df)).sum())),
            _amount(lambda df: abs(float(_cc_dollars(_cc(df)).sum()))),
            _amount(lambda df: float(_cc_dollars(_cc(df)).abs().sum())),
        ),
        ("Variance $",),
    ),
    Q(
        "which counter finds the most discrepancies",
        _either_named(_cc_counter(False), _cc_counter(True)),
        ("Counter", "Variance"),
    ),
    Q(
        "what % of counts got a recount",
        _share(lambda df: float(_flag(_cc(df), "Recount").mean())),
        ("Recount",),
    ),
    Q(
        "which item lost us the most money",
        _either_named(_cc_worst("SKU"), _cc_worst("Description")),
        ("SKU", "Description", "Variance $"),
    ),
    Q(
        "which month was shrink the worst",
        either(_month_year(_cc_month(False)), _month_year(_cc_month(True))),
        ("Count Date", "Variance $"),
    ),
]


# --- 3. Freight broker loads ---------------------------------------------------------------------------------------

_FB_ORIGINS = {"TX": 9, "CA": 7.5, "IL": 6, "GA": 4, "OH": 3.5, "PA": 3, "FL": 2.8, "TN": 2.5, "IN": 2, "NC": 2}
_FB_ORIGINS |= {"MO": 1.5, "AZ": 1.5, "WA": 1.2, "NJ": 1.2}
_FB_DESTS = [*_FB_ORIGINS, "NY", "MI", "CO", "VA", "MN", "WI", "KY"]
_FB_EQUIP = {"Van": (60, 2.35, 0.9), "Reefer": (25, 2.8, 0.83), "Flatbed": (15, 3.1, 0.88)}


def _freight_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33503)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-02", "2024-12-31")
    picks = np.sort(rng.choice(len(days), size=2100))
    for i, k in enumerate(picks):
        pickup = days[int(k)]
        origin = str(_one(rng, list(_FB_ORIGINS), list(_FB_ORIGINS.values())))
        dest = str(_one(rng, [d for d in _FB_DESTS if d != origin]))
        equip = str(_one(rng, list(_FB_EQUIP), [v[0] for v in _FB_EQUIP.values()]))
        miles = int(np.clip(rng.lognormal(6.6, 0.55), 120, 2900))
        rpm = _FB_EQUIP[equip][1] * (1 + 350 / (miles + 150)) * float(rng.normal(1, 0.08))
        rate = round(max(miles * rpm, 450) / 25) * 25
        margin_pct = float(rng.normal(0.15, 0.05))
        pay = round(rate * (1 - margin_pct) / 25) * 25
        transit = int(np.ceil(miles / 520)) + int(rng.integers(0, 2))
        in_transit = pickup > pd.Timestamp("2024-12-27") and rng.random() < 0.8
        on_time = rng.random() < _FB_EQUIP[equip][2]
        weight = int(rng.integers(8, 45) * 1000 + int(rng.integers(0, 4)) * 250)
        rows.append(
            {
                "Load ID": f"L{pickup:%y}{i + 1:04d}",
                "Pickup Date": f"{pickup:%Y-%m-%d}",
                "Delivery Date": "" if in_transit else f"{pickup + pd.Timedelta(days=transit):%Y-%m-%d}",
                "Origin State": origin,
                "Dest State": dest,
                "Miles": miles,
                "Equipment": equip.upper() if rng.random() < 0.05 else equip,
                "Weight (lbs)": f"{min(weight, 44000 if equip == 'Reefer' else 48000):,}",
                "Shipper Rate": f"${rate:,.2f}",
                "Carrier Pay": f"${pay:,.2f}",
                "Margin": f"${rate - pay:,.2f}" if rate >= pay else f"-${pay - rate:,.2f}",
                "On Time": "" if in_transit else ("Y" if on_time else "N"),
            }
        )
    return pd.DataFrame(rows)


def _fb_equip(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Equipment").str.title()


def _fb_rpm(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        rate, miles, eq = _money(df, "Shipper Rate"), _num(df, "Miles"), _fb_equip(df)
        if pooled:
            return _top(rate.groupby(eq).sum() / miles.groupby(eq).sum())
        return _top((rate / miles).groupby(eq).mean())

    return value


def _fb_on_time(equip: str | None) -> Check:
    def pick(df: pd.DataFrame) -> pd.DataFrame:
        return df if equip is None else df[_fb_equip(df) == equip]

    return either(
        _share(lambda df: float((_text(pick(df), "On Time") == "Y").sum() / (_text(pick(df), "On Time") != "").sum())),
        _share(lambda df: float((_text(pick(df), "On Time") == "Y").mean())),
    )


def _fb_top3(answer: str, df: pd.DataFrame) -> str | None:
    top = _text(df, "Origin State").value_counts().sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    for state in top.index[:3]:
        why = _named(lambda _d, s=state: s)(answer, df)
        if why:
            return why
    return None


_FB_QS = [
    Q("whats our average margin on a load", _typical(lambda df: _money(df, "Margin")), ("Margin", "Load ID")),
    Q(
        "which trailer type pays best per mile",
        _either_named(_fb_rpm(True), _fb_rpm(False)),
        ("Equipment", "Shipper Rate", "Miles"),
    ),
    Q("on time percentage?", _fb_on_time(None), ("On Time", "Load ID")),
    Q("and just reefers", _fb_on_time("Reefer"), ("On Time", "Equipment", "Load ID")),
    Q(
        "top 3 states we pick up from",
        _fb_top3,
        ("Origin State", "Load ID"),
    ),
    Q(
        "does the rate go up with miles",
        _corr(lambda df: _num(df, "Miles"), lambda df: _money(df, "Shipper Rate")),
        ("Miles", "Shipper Rate"),
    ),
]


# --- 4. Self storage rentals ---------------------------------------------------------------------------------------

_SS_SIZES = {"5x5": (45, 55.0), "5x10": (80, 79.0), "10x10": (110, 129.0), "10x20": (65, 215.0)}
_SS_TODAY = pd.Timestamp("2024-12-31")


def _storage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33504)
    rows: list[dict[str, Any]] = []
    n = 0
    for size, (count, base) in _SS_SIZES.items():
        for _ in range(count):
            n += 1
            building = "ABCD"[n % 4]
            unit = f"{building}{100 * (1 + n % 3) + n // 4:03d}"
            climate = building in "AB" and size != "10x20"
            day = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 200)))
            while day < _SS_TODAY:
                stay = int(rng.lognormal(5.9, 0.9))
                out = day + pd.Timedelta(days=stay)
                rate = base * (1.25 if climate else 1.0) * (1.06 ** (day.year - 2019)) * float(rng.uniform(0.95, 1.05))
                rate = round(rate)
                current = out >= _SS_TODAY
                autopay = rng.random() < (0.55 if current else 0.45)
                late = 0
                if current and rng.random() < (0.07 if autopay else 0.3):
                    late = int(rng.integers(3, 140))
                owed = rate * int(np.ceil(late / 30)) + (20 if late else 0)
                lien = "" if late < 60 else "Pre-Lien" if late < 90 else "Lien" if late < 120 else "Auction Scheduled"
                first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
                rows.append(
                    {
                        "Unit": unit,
                        "Size": size,
                        "Climate Controlled": "Y" if climate else "N",
                        "Move In Date": f"{day.month}/{day.day}/{day.year}",
                        "Move Out Date": "" if current else f"{out.month}/{out.day}/{out.year}",
                        "Monthly Rate": f"${rate:,.2f}",
                        "Tenant": f"{last}, {first}" if rng.random() < 0.3 else f"{last.upper()}, {first.upper()}",
                        "Autopay": "Y" if autopay else "N",
                        "Balance Due": f"${owed:,.2f}",
                        "Days Late": late,
                        "Lien Status": lien,
                    }
                )
                if current:
                    break
                day = out + pd.Timedelta(days=int(rng.integers(3, 90)))
    frame = pd.DataFrame(rows)
    return _sorted_by(frame, "Move In Date", "%m/%d/%Y")


def _ss_current(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Move Out Date") == ""


def _ss_late_rates(current_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        d = df[_ss_current(df)] if current_only else df
        late = (_num(d, "Days Late") > 0).groupby(_text(d, "Autopay")).mean()
        return [float(late["Y"]), float(late["N"])]

    return value


def _ss_10x10(current_only: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = df[_ss_current(df)] if current_only else df
        return float(_money(d, "Monthly Rate")[_text(d, "Size") == "10x10"].agg(how))

    return value


def _ss_shares(values: Callable[[pd.DataFrame], list[float]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in values(df):
            why = _share(v)(answer, df)
            if why:
                return why
        return None

    return check


_SS_QS = [
    Q("how many units are rented right now", _count(lambda df: int(_ss_current(df).sum())), ("Move Out Date", "Unit")),
    Q(
        "what do we get for a 10x10 on average",
        either(*(_about(_ss_10x10(c, h)) for c in (True, False) for h in ("mean", "median"))),
        ("Monthly Rate", "Size", "Move Out Date"),
    ),
    Q(
        "how much do tenants owe us in total",
        _amount(lambda df: float(_money(df, "Balance Due").sum())),
        ("Balance Due",),
    ),
    Q(
        "how many people are more than 30 days behind",
        either(
            _count(lambda df: int((_num(df, "Days Late") > 30).sum())),
            _count(lambda df: int((_num(df, "Days Late") >= 30).sum())),
        ),
        ("Days Late", "Tenant", "Unit"),
    ),
    Q(
        "are autopay people late less often",
        either(_ss_shares(_ss_late_rates(True)), _ss_shares(_ss_late_rates(False))),
        ("Autopay", "Days Late", "Move Out Date"),
    ),
    Q(
        "which year had the most move ins",
        _year(lambda df: int(_date(df, "Move In Date", "%m/%d/%Y").dt.year.value_counts().idxmax())),
        ("Move In Date",),
    ),
]


# --- 5. Vacation rental bookings -----------------------------------------------------------------------------------

_VR_PROPS = {"Lakeside Cabin": (165.0, 95.0, 6), "Downtown Loft": (139.0, 75.0, 4), "Beach Bungalow": (215.0, 125.0, 8)}
_VR_CHANNELS = {"Airbnb": (50, 0.03), "VRBO": (28, 0.05), "Direct": (12, 0.0), "Booking.com": (10, 0.15)}
_VR_SEASON = {1: 0.8, 2: 0.85, 3: 0.95, 4: 1.0, 5: 1.1, 6: 1.35, 7: 1.5, 8: 1.4, 9: 1.05, 10: 1.0, 11: 0.85, 12: 1.1}


def _vr_id(rng: np.random.Generator, channel: str, day: pd.Timestamp, n: int) -> str:
    if channel == "Airbnb":
        return "HM" + "".join(str(_one(rng, list("ABCDEFGHJKMNPQRSTWXYZ23456789"))) for _ in range(8))
    if channel == "VRBO":
        return f"HA-{int(rng.integers(1_000_000, 9_999_999))}"
    if channel == "Direct":
        return f"D-{day.year}-{n:03d}"
    return str(int(rng.integers(2_000_000_000, 4_999_999_999)))


def _rental_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33505)
    rows: list[dict[str, Any]] = []
    direct = 0
    for prop, (rate0, clean, cap) in _VR_PROPS.items():
        day = pd.Timestamp("2021-01-03") + pd.Timedelta(days=int(rng.integers(0, 10)))
        while day < pd.Timestamp("2024-12-20"):
            season = _VR_SEASON[day.month]
            gap = int(rng.exponential(6 / season**2))
            day += pd.Timedelta(days=gap)
            nights = int(np.clip(round(rng.lognormal(1.2 + 0.25 * (season > 1.2), 0.45)), 2, 14))
            channel = str(_one(rng, list(_VR_CHANNELS), [v[0] for v in _VR_CHANNELS.values()]))
            direct += channel == "Direct"
            rate = round(rate0 * season * 1.05 ** (day.year - 2021) * float(rng.uniform(0.93, 1.07)))
            cancelled = rng.random() < 0.08
            payout = 0.0 if cancelled else (nights * rate + clean) * (1 - _VR_CHANNELS[channel][1])
            rated = not cancelled and rng.random() < 0.65
            score = int(_one(rng, [1, 2, 3, 4, 5], [0.3, 0.5, 2, 6, 14 if prop != "Downtown Loft" else 9]))
            rows.append(
                {
                    "Booking ID": _vr_id(rng, channel, day, direct),
                    "Property": prop,
                    "Channel": channel,
                    "Check In": f"{day:%Y-%m-%d}",
                    "Check Out": f"{day + pd.Timedelta(days=nights):%Y-%m-%d}",
                    "Nights": nights,
                    "Guests": int(rng.integers(1, cap + 1)),
                    "Nightly Rate": f"${rate:,.2f}",
                    "Cleaning Fee": f"${clean:,.2f}",
                    "Total Payout": f"${payout:,.2f}",
                    "Rating": score if rated else "",
                    "Cancelled": "Y" if cancelled else "N",
                }
            )
            if not cancelled:
                day += pd.Timedelta(days=nights)
    return _sorted_by(pd.DataFrame(rows), "Check In", "%Y-%m-%d")


def _vr_kept(df: pd.DataFrame) -> pd.DataFrame:
    return df[~_flag(df, "Cancelled")]


def _vr_ratings(df: pd.DataFrame) -> list[float]:
    means = _num(df, "Rating").groupby(_text(df, "Property")).mean()
    return [float(means[p]) for p in _VR_PROPS]


def _vr_month(kept: bool, nights: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        d = _vr_kept(df) if kept else df
        month = _date(d, "Check In", "%Y-%m-%d").dt.month
        score = _num(d, "Nights").groupby(month).sum() if nights else month.value_counts()
        return int(score.idxmax())

    return value


_VR_QS = [
    Q("how many bookings got cancelled", _count(lambda df: int(_flag(df, "Cancelled").sum())), ("Cancelled",)),
    Q(
        "which place makes the most money",
        _lead(_named(lambda df: _top(_money(df, "Total Payout").groupby(_text(df, "Property")).sum()))),
        ("Property", "Total Payout"),
    ),
    Q("average rating for each property", _all_about(_vr_ratings), ("Rating", "Property")),
    Q(
        "how long do people usually stay",
        either(
            _typical(lambda df: _num(df, "Nights")),
            _typical(lambda df: _num(_vr_kept(df), "Nights")),
        ),
        ("Nights", "Cancelled"),
    ),
    Q(
        "which month is the busiest",
        either(*(_month_word(_vr_month(k, n)) for k in (True, False) for n in (True, False))),
        ("Check In", "Nights", "Cancelled"),
    ),
    Q(
        "what share of bookings come from airbnb",
        either(
            _share(lambda df: float((_text(df, "Channel") == "Airbnb").mean())),
            _share(lambda df: float((_text(_vr_kept(df), "Channel") == "Airbnb").mean())),
        ),
        ("Channel", "Cancelled"),
    ),
]


# --- 6. Car detailing jobs -----------------------------------------------------------------------------------------

_CD_DETAILERS = {"Marco": 5, "Shay": 4, "Dev": 3.5, "Kyle": 2.5, "Ana": 2}
_CD_VEHICLES = {"Sedan": (45, 1.0), "SUV": (32, 1.2), "Truck": (15, 1.25), "Van": (8, 1.35)}
_CD_PACKAGES = {"Interior": (30, 129, 110), "Exterior": (25, 99, 80), "Full": (45, 199, 190)}
_CD_ADDONS = {"Pet Hair": (0.15, 40, 25), "Clay Bar": (0.12, 50, 30), "Headlight Restore": (0.08, 60, 35)}
_CD_ADDONS |= {"Engine Bay": (0.1, 45, 30), "Ceramic Coat": (0.06, 250, 120), "Odor Bomb": (0.07, 35, 15)}


def _detail_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33506)
    days = pd.date_range("2023-03-01", "2024-10-31")
    weights = np.where(days.dayofweek >= 5, 2.2, 1.0) * np.where(days.month.isin([4, 5, 6, 7, 8, 9]), 1.5, 0.8)
    picks = np.sort(rng.choice(len(days), size=1850, p=weights / weights.sum()))
    rows: list[dict[str, Any]] = []
    for k in picks:
        day = days[int(k)]
        detailer = str(_one(rng, list(_CD_DETAILERS), list(_CD_DETAILERS.values())))
        vehicle = str(_one(rng, list(_CD_VEHICLES), [v[0] for v in _CD_VEHICLES.values()]))
        package = str(_one(rng, list(_CD_PACKAGES), [v[0] for v in _CD_PACKAGES.values()]))
        mult = _CD_VEHICLES[vehicle][1]
        price = round(_CD_PACKAGES[package][1] * mult / 5) * 5
        minutes = _CD_PACKAGES[package][2] * mult
        addons = [a for a, (p, _c, _m) in _CD_ADDONS.items() if rng.random() < p]
        price += sum(_CD_ADDONS[a][1] for a in addons)
        minutes += sum(_CD_ADDONS[a][2] for a in addons)
        minutes = int(max(30, minutes * float(rng.normal(1, 0.15)) + (10 if detailer == "Ana" else 0)))
        mobile = rng.random() < 0.35
        tip = 0 if rng.random() < 0.4 else int(round(price * float(rng.uniform(0.08, 0.25)) / 5) * 5)
        tip = tip + (5 if detailer == "Shay" and tip else 0)
        rating = int(np.clip(round(3.4 + minutes / 160 + float(rng.normal(0, 0.8))), 1, 5))
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Detailer": detailer,
                "Vehicle Type": vehicle,
                "Package": package,
                "Price": f"${price}",
                "Add-Ons": ", ".join(addons),
                "Tip": f"${tip}" if tip else "",
                "Mobile": "Y" if mobile else "N",
                "Minutes": minutes,
                "Customer Rating": rating if rng.random() < 0.45 else "",
            }
        )
    return pd.DataFrame(rows)


def _cd_tips(how: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        tip, who = _money(df, "Tip"), _text(df, "Detailer")
        if how == "zero":
            return _top(tip.fillna(0).groupby(who).mean())
        return _top(tip.groupby(who).agg(how))

    return value


_CD_QS = [
    Q(
        "how much did we bring in total",
        either(
            _amount(lambda df: float(_money(df, "Price").sum())),
            _amount(lambda df: float(_money(df, "Price").sum() + _money(df, "Tip").sum())),
        ),
        ("Price", "Tip"),
    ),
    Q(
        "what does a full detail on an suv usually go for",
        _typical(
            lambda df: _money(df, "Price")[(_text(df, "Package") == "Full") & (_text(df, "Vehicle Type") == "SUV")]
        ),
        ("Price", "Package", "Vehicle Type"),
    ),
    Q(
        "who gets the best tips",
        _either_named(_cd_tips("zero"), _cd_tips("mean"), _cd_tips("sum")),
        ("Detailer", "Tip"),
    ),
    Q(
        "how often do people get the ceramic coating",
        _share(lambda df: float(_text(df, "Add-Ons").str.contains("Ceramic", case=False).mean())),
        ("Add-Ons",),
    ),
    Q(
        "do longer jobs get better ratings",
        _corr(lambda df: _num(df, "Minutes"), lambda df: _num(df, "Customer Rating")),
        ("Minutes", "Customer Rating"),
    ),
    Q(
        "how many mobile jobs did we do in july 2024",
        _count(
            lambda df: int(
                (_flag(df, "Mobile") & (_date(df, "Date", "%m/%d/%Y").dt.to_period("M") == pd.Period("2024-07"))).sum()
            )
        ),
        ("Mobile", "Date"),
    ),
]


# --- 7. Orthodontist patient treatment list ------------------------------------------------------------------------


def _ortho_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33507)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2018-01-08", "2024-11-29", freq="B")
    picks = np.sort(rng.choice(len(days), size=720))
    today = pd.Timestamp("2024-12-31")
    for i, k in enumerate(picks):
        start = days[int(k)]
        aligners = rng.random() < min(0.2 + 0.05 * (start.year - 2018), 0.55)
        if aligners:
            age = int(np.clip(rng.lognormal(3.2, 0.45), 13, 64))
        else:
            age = int(np.clip(rng.normal(13.5, 2.5), 9, 45)) if rng.random() < 0.88 else int(rng.integers(18, 46))
        est = int(_one(rng, [12, 15, 18, 20, 24, 30], [1, 2, 4, 3, 4, 1] if not aligners else [3, 3, 4, 2, 1, 0.3]))
        broken = 0 if aligners else int(rng.poisson(2.2 if age < 18 else 1.1))
        actual = est + round(float(rng.normal(0.8 + 0.6 * broken if not aligners else 0.5, 2.5)))
        actual = max(actual, est - 4)
        done = start + pd.DateOffset(months=actual) <= today
        fee = int(round((5600 if aligners else 5900) * 1.03 ** (start.year - 2018) * float(rng.uniform(0.9, 1.12)), -1))
        insured = rng.random() < (0.65 if age < 19 else 0.35)
        ins = int(_one(rng, [1000, 1500, 2000, 2500], [3, 4, 3, 1])) if insured else 0
        months_in = actual if done else max(1, (today.year - start.year) * 12 + today.month - start.month)
        paid = fee - ins if done else int(round((fee - ins) * min(1.0, 0.25 + 0.75 * months_in / est), -1))
        ins_paid = ins if done else int(round(ins * min(1.0, months_in / est), -1))
        visits = int(max(3, round(months_in / (1.4 if aligners else 1.1) + rng.normal(0, 1.5) + 0.8 * broken)))
        appliance = "Aligners" if aligners else "Braces"
        rows.append(
            {
                "Patient ID": f"PT-{i + 1:04d}",
                "Age": age,
                "Start Date": f"{start:%Y-%m-%d}",
                "Appliance": appliance.upper() if rng.random() < 0.05 else appliance,
                "Est Months": est,
                "Actual Months": actual if done else "",
                "Fee": f"${fee:,}",
                "Insurance Paid": f"${ins_paid:,}",
                "Patient Paid": f"${paid:,}",
                "Visits": visits,
                "Broken Brackets": "N/A" if aligners else broken,
            }
        )
    return pd.DataFrame(rows)


def _or_kind(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Appliance").str.title()


def _or_over(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Actual Months") > _num(df, "Est Months")


def _or_kid_means(cut: int) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        broken, age = _num(df, "Broken Brackets"), _num(df, "Age")
        ok = broken.notna()
        return [float(broken[ok & (age < cut)].mean()), float(broken[ok & (age >= cut)].mean())]

    return value


_OR_QS = [
    Q("how many patients are in aligners", _count(lambda df: int((_or_kind(df) == "Aligners").sum())), ("Appliance",)),
    Q(
        "average age for braces vs aligners",
        _all_about(lambda df: [float(_num(df, "Age")[_or_kind(df) == k].mean()) for k in ("Braces", "Aligners")]),
        ("Age", "Appliance"),
    ),
    Q(
        "how many took longer than we estimated",
        _count(lambda df: int(_or_over(df).sum())),
        ("Actual Months", "Est Months"),
    ),
    Q(
        "how many of those were braces",
        _count(lambda df: int((_or_over(df) & (_or_kind(df) == "Braces")).sum())),
        ("Actual Months", "Est Months", "Appliance"),
    ),
    Q(
        "how much has insurance paid us in total",
        _amount(lambda df: float(_money(df, "Insurance Paid").sum())),
        ("Insurance Paid",),
    ),
    Q(
        "do kids break more brackets than adults",
        either(
            _all_about(_or_kid_means(18)),
            _all_about(_or_kid_means(19)),
            _corr(lambda df: _num(df, "Age"), lambda df: _num(df, "Broken Brackets")),
        ),
        ("Broken Brackets", "Age", "Appliance"),
    ),
]


HELDOUT335 = [
    Dataset("tax_prep_returns", _tax_frame, _TX_QS),
    Dataset("warehouse_cycle_count", _cycle_frame, _CC_QS),
    Dataset("freight_broker_loads", _freight_frame, _FB_QS),
    Dataset("self_storage_rentals", _storage_frame, _SS_QS),
    Dataset("vacation_rental_bookings", _rental_frame, _VR_QS),
    Dataset("car_detailing_jobs", _detail_frame, _CD_QS),
    Dataset("orthodontist_treatments", _ortho_frame, _OR_QS),
]
