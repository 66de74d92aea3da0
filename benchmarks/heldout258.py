"""HELDOUT258: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Progressive Snapshot driving
data export (one row per trip, January to June 2024) with "Trip Start" and "Trip End" as "03/14/2024 7:41 AM", Miles
(one decimal; a few GPS-glitch trips of 0.0), Duration (minutes), "Hard Brakes", "Fast Accelerations", "Phone Use"
(seconds of handheld use), "High-Risk Time" (minutes driven between 12 AM and 4 AM), "Top Speed" (mph, "N/A" when the
device lost its signal), "Trip Score" (Good, Fair, Risky) and Weekday ("Thu"); an Etherscan transaction history export
for one wallet (one row per transaction, 2022 to 2024) with Txhash, Blockno, UnixTimestamp, "DateTime (UTC)" as
"2024-02-11 14:03:27", From and To (0x addresses, the wallet's own on one side), ContractAddress (blank but for
contract creations), "Value_IN(ETH)" and "Value_OUT(ETH)" (0 on the other side), "CurrentValue @ $2,300/Eth",
"TxnFee(ETH)", "TxnFee(USD)", "Historical $Price/Eth", Status ("" for success, "Error(0)" for a failed send, whose
value still shows), ErrCode ("out of gas", "execution reverted", blank) and Method ("Transfer", "Swap Exact ETH For
Tokens", "Approve", "Mint", "Execute", ...); an Affirm buy-now-pay-later loan export (one row per loan, 2021 to 2024)
with "Loan ID" as "AF-7K2P-9QX1", Merchant (Peloton, Walmart, Expedia, Wayfair, Amazon, ...), "Purchase Date" as
"05/14/2023", "Purchase Amount ($)", "Down Payment ($)" (blank when none), "Term (Months)" (3, 6, 12, 24, 36), "APR
(%)" (0 for promotional plans), "Monthly Payment ($)", "Total Interest ($)", "Payments Made", "Remaining Balance ($)"
(0 once paid off or refunded), Status (Active, Paid Off, Past Due, Refunded) and Autopay (On/Off); a Carfax vehicle
service history export for a family's four cars (one row per visit, 2008 to 2024) with Vehicle ("2016 Honda CR-V"),
VIN, Date as "03/14/2019", Odometer (blank on some owner-reported rows), "Service Type" (several joined by "; ", like
"Oil and filter changed; Tires rotated"), Shop ("Jiffy Lube - Dayton, OH"; blank when owner reported), Cost as
"$1,234.56" (blank when not reported), Source (Dealer, Independent Shop, Owner Reported, Quick Lube) and "Recall
Related" (Yes/No); a city's purchase card transactions open-data file (one row per charge, FY2023 and FY2024 running
July to June) with "Transaction Date" and "Posting Date" as "07/03/2023", Department ("PARKS & RECREATION", "POLICE",
"PUBLIC WORKS", "LIBRARY", "IT", ...), Cardholder as "LAST, F", "Merchant Name" as the card network writes it
("AMAZON.COM*2K4T56", "HOME DEPOT #2401"), "Merchant Category" (MCC descriptions), Amount (negative for credits and
returns), Description (free text, mostly blank) and "Fiscal Year" ("FY2024"); a county's residential solar permit list
(one row per permit, 2021 to 2024) with "Permit Number" as "SOL-2022-00413", "Application Date" as "2022-03-14",
"Issue Date" and "Final Inspection Date" (blank until they happen), Address, City, Zip, "System Size (kW DC)", Panels,
"Battery Storage" (Y/N), "Battery Size (kWh)" (blank without a battery), Installer, "Job Value ($)" (0 on some
owner-builder permits), Status (Applied, Issued, Finaled, Expired, Withdrawn) and "Roof Or Ground"; and a city's public
swimming pool attendance report for the 2024 season (one row per pool per day, May 25 to September 2) with Date as
"6/1/2024", Pool, "Pool Type" (Outdoor, Indoor, Splash Pad, Wading), "Admissions Paid", "Pass Holders", "Free Swim",
"Total Attendance" (their sum), "Swim Lessons Participants" (blank at splash pads and wading pools), "High Temp (°F)",
"Closed Hours" (0 usually), "Closure Reason" (Thunderstorm, Fecal Incident, Staffing, Maintenance, blank) and "Revenue
($)". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _month(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month by name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


def _ampm(t: pd.Timestamp) -> str:
    hour = t.hour % 12 or 12
    return f"{t:%m/%d/%Y} {hour}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


# --- 1. Progressive Snapshot trips ---------------------------------------------------------------------------------


def _snapshot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25801)
    rows: list[dict[str, Any]] = []
    month_w = {1: 0.8, 2: 0.85, 3: 1.0, 4: 1.05, 5: 1.15, 6: 1.3}
    for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
        weekend = day.day_of_week >= 5
        n = int(rng.poisson((3.4 if weekend else 4.6) * month_w[day.month]))
        for _ in range(n):
            hour = int(
                _one(
                    rng,
                    [0, 1, 2, 6, 7, 8, 11, 12, 13, 15, 16, 17, 18, 19, 21, 22, 23],
                    [1, 0.6, 0.4, 3, 8, 7, 4, 5, 4, 5, 8, 9, 6, 4, 2, 1.5, 1.2],
                )
            )
            start = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
            long = rng.random() < (0.18 if weekend else 0.08)
            miles = round(float(rng.gamma(2.0, 14 if long else 3.2)), 1)
            speed_avg = float(rng.uniform(18, 34)) if miles < 10 else float(rng.uniform(34, 58))
            duration = max(1, round(miles / speed_avg * 60 + float(rng.uniform(1, 6))))
            if rng.random() < 0.015:
                miles = 0.0
            phone = int(rng.gamma(0.6, 40)) if rng.random() < 0.35 else 0
            brakes = int(rng.poisson(0.08 * duration**0.7 + phone / 60))
            accel = int(rng.poisson(0.03 * duration**0.7))
            top = round(speed_avg * float(rng.uniform(1.25, 1.6)) + brakes * 1.5)
            end = start + pd.Timedelta(minutes=duration)
            risky_min = 0
            if hour <= 3:
                risky_min = int(min(duration, (pd.Timestamp(day) + pd.Timedelta(hours=4) - start).seconds // 60))
            points = brakes * 2 + accel + phone / 30 + risky_min / 5
            score = "Good" if points < 2 else ("Fair" if points < 5 else "Risky")
            rows.append(
                {
                    "Trip Start": _ampm(start),
                    "Trip End": _ampm(end),
                    "Miles": miles,
                    "Duration": duration,
                    "Hard Brakes": brakes,
                    "Fast Accelerations": accel,
                    "Phone Use": phone,
                    "High-Risk Time": risky_min,
                    "Top Speed": "N/A" if rng.random() < 0.03 else str(top),
                    "Trip Score": score,
                    "Weekday": f"{start:%a}",
                }
            )
    return pd.DataFrame(rows)


def _sn_start(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Trip Start"), format="%m/%d/%Y %I:%M %p")


def _sn_top_month(by: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def top(df: pd.DataFrame) -> pd.Timestamp:
        month = _sn_start(df).dt.to_period("M")
        s = _num(df, "Miles").groupby(month).sum() if by == "miles" else month.value_counts()
        return s.sort_index().idxmax().to_timestamp()

    return top


def _sn_risky(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Trip Score") == "Risky"]


_SN_QS = [
    Q("how many trips are in here", _count(lambda df: len(df)), None),
    Q(
        "how many miles did i drive in total",
        _about(lambda df: float(_num(df, "Miles").sum()), rel=0.002),
        ("Miles",),
    ),
    Q(
        "which month did i drive the most",
        either(_lead(_month_year(_sn_top_month("miles"))), _lead(_month_year(_sn_top_month("trips")))),
        ("Trip Start", "Miles"),
    ),
    Q(
        "what share of my trips got scored risky",
        _share(lambda df: float((_text(df, "Trip Score") == "Risky").mean())),
        ("Trip Score",),
    ),
    Q(
        "and on those trips how many hard brakes on average",
        _about(lambda df: float(_num(_sn_risky(df), "Hard Brakes").mean())),
        ("Hard Brakes", "Trip Score"),
    ),
    Q(
        "how many minutes was i on my phone while driving altogether",
        _about(lambda df: float(_num(df, "Phone Use").sum()) / 60),
        ("Phone Use",),
    ),
]


# --- 2. Etherscan wallet transactions ------------------------------------------------------------------------------

_ES_WALLET = "0x7a3f9c1be24d5e8061f2a9c4d0b8e3f71c6a52d9"
# method: weight, direction (in/out), typical ETH value (0: none)
_ES_METHODS: dict[str, tuple[float, str, float]] = {
    "Transfer": (40, "in", 0.35),
    "Transfer ": (18, "out", 0.25),
    "Swap Exact ETH For Tokens": (12, "out", 0.4),
    "Approve": (10, "out", 0.0),
    "Mint": (6, "out", 0.06),
    "Execute": (8, "out", 0.15),
    "Set Approval For All": (3, "out", 0.0),
    "Deposit": (3, "out", 0.8),
}


def _hex(rng: np.random.Generator, n: int) -> str:
    return "".join(rng.choice(list("0123456789abcdef"), size=n))


def _eth_price(t: pd.Timestamp) -> float:
    days = (t - pd.Timestamp("2022-01-01")).days
    knots = np.array([0, 150, 170, 360, 540, 700, 800, 900, 1000, 1095])
    price = np.array([3700, 1900, 1100, 1250, 1800, 1650, 1600, 2300, 3500, 3400])
    return float(np.interp(days, knots, price))


def _etherscan_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25802)
    n = 640
    secs = np.sort(rng.uniform(0, 3 * 365 * 86400, size=n))
    counterparties = ["0x" + _hex(rng, 40) for _ in range(30)]
    names = list(_ES_METHODS)
    weights = [_ES_METHODS[m][0] for m in names]
    rows: list[dict[str, Any]] = []
    for i, s in enumerate(secs):
        t = pd.Timestamp("2022-01-01") + pd.Timedelta(seconds=float(s))
        method = _one(rng, names, weights)
        _w, direction, typical = _ES_METHODS[method]
        value = round(float(rng.gamma(1.2, typical / 1.2)), 6) if typical > 0 else 0.0
        price = round(_eth_price(t) * float(rng.uniform(0.97, 1.03)), 2)
        gwei = float(rng.gamma(2.5, 12))
        gas = {"Transfer": 21000, "Approve": 46000}.get(method.strip(), int(rng.integers(90000, 260000)))
        fee = round(gas * gwei * 1e-9, 8)
        failed = direction == "out" and rng.random() < 0.05
        other = _one(rng, counterparties)
        rows.append(
            {
                "Txhash": "0x" + _hex(rng, 64),
                "Blockno": 13916166 + int(s / 12.1),
                "UnixTimestamp": int(t.timestamp()),
                "DateTime (UTC)": f"{t:%Y-%m-%d %H:%M:%S}",
                "From": other if direction == "in" else _ES_WALLET,
                "To": _ES_WALLET if direction == "in" else other,
                "ContractAddress": ("0x" + _hex(rng, 40)) if (i % 211 == 7 and direction == "out") else "",
                "Value_IN(ETH)": value if direction == "in" else 0,
                "Value_OUT(ETH)": value if direction == "out" else 0,
                "CurrentValue @ $2,300/Eth": round(value * 2300, 2),
                "TxnFee(ETH)": fee,
                "TxnFee(USD)": round(fee * price, 2),
                "Historical $Price/Eth": price,
                "Status": "Error(0)" if failed else "",
                "ErrCode": (_one(rng, ["out of gas", "execution reverted"]) if failed else ""),
                "Method": method.strip(),
            }
        )
    return pd.DataFrame(rows)


def _es_ok(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") == ""]


def _es_fees(outgoing_only: bool) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        rows = df[_text(df, "From").str.lower() == _ES_WALLET] if outgoing_only else df
        return float(_num(rows, "TxnFee(USD)").sum())

    return total


def _es_top_month(df: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(_text(df, "DateTime (UTC)")).dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


_ES_QS = [
    Q("how many transactions failed", _count(lambda df: int((_text(df, "Status") != "").sum())), ("Status",)),
    Q(
        "how much eth came into the wallet in total",
        _about(lambda df: float(_num(df, "Value_IN(ETH)").sum()), rel=0.002),
        ("Value_IN(ETH)",),
    ),
    Q(
        "what have i paid in gas fees in dollars",
        either(_amount(_es_fees(False)), _amount(_es_fees(True))),
        ("TxnFee(USD)", "From"),
    ),
    Q(
        "whats the most common thing i do",
        _lead(_named(lambda df: _top(_text(df, "Method").value_counts()))),
        ("Method",),
    ),
    Q("which month was i most active", _lead(_month_year(_es_top_month)), ("DateTime (UTC)",)),
    Q(
        "biggest amount of eth i sent out in one go?",
        either(
            _about(lambda df: float(_num(df, "Value_OUT(ETH)").max()), rel=0.001),
            _about(lambda df: float(_num(_es_ok(df), "Value_OUT(ETH)").max()), rel=0.001),
        ),
        ("Value_OUT(ETH)", "Status", "DateTime (UTC)", "Txhash"),
    ),
]


# --- 3. Affirm loans -----------------------------------------------------------------------------------------------

# merchant: weight, price range, promotional 0% share
_AF_MERCHANTS: dict[str, tuple[float, tuple[float, float], float]] = {
    "Amazon": (30, (50, 900), 0.25),
    "Walmart": (18, (50, 700), 0.2),
    "Wayfair": (12, (150, 2500), 0.35),
    "Peloton": (5, (1400, 3200), 0.9),
    "Expedia": (10, (300, 2800), 0.1),
    "Best Buy": (9, (200, 2200), 0.3),
    "Casper": (5, (600, 2400), 0.6),
    "Target": (11, (50, 600), 0.15),
}


def _affirm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25803)
    rows: list[dict[str, Any]] = []
    names = list(_AF_MERCHANTS)
    today = pd.Timestamp("2024-10-01")
    for _ in range(420):
        m = _one(rng, names, [_AF_MERCHANTS[x][0] for x in names])
        _w, (lo, hi), promo = _AF_MERCHANTS[m]
        amount = round(float(np.exp(rng.uniform(np.log(lo), np.log(hi)))), 2)
        date = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 1370)))
        term = int(_one(rng, [3, 6, 12, 24, 36], [25, 20, 30, 15, 10] if amount < 1500 else [5, 10, 35, 30, 20]))
        apr = 0.0 if rng.random() < promo else round(float(rng.choice([9.99, 15.0, 19.99, 24.99, 29.99, 35.99])), 2)
        down = round(amount * float(rng.choice([0.1, 0.2, 0.25])), 2) if rng.random() < 0.2 else 0.0
        principal = amount - down
        r = apr / 1200
        monthly = principal / term if r == 0 else principal * r / (1 - (1 + r) ** -term)
        monthly = round(monthly, 2)
        interest = round(max(0.0, monthly * term - principal), 2)
        due = (today.year - date.year) * 12 + today.month - date.month
        roll = rng.random()
        if roll < 0.04:
            status, made = "Refunded", int(min(term, max(0, due)) * rng.uniform(0, 0.5))
        elif due >= term:
            status, made = ("Past Due", term - int(rng.integers(1, 3))) if roll < 0.07 else ("Paid Off", term)
        else:
            made = max(0, due)
            status = "Active"
            if roll < 0.12 and made > 0:
                status, made = "Past Due", made - int(rng.integers(1, min(made, 2) + 1))
        remaining = 0.0 if status in ("Paid Off", "Refunded") else round(monthly * (term - made), 2)
        rows.append(
            {
                "Loan ID": f"AF-{_hex(rng, 4).upper()}-{_hex(rng, 4).upper()}",
                "Merchant": m,
                "Purchase Date": f"{date:%m/%d/%Y}",
                "Purchase Amount ($)": amount,
                "Down Payment ($)": down if down > 0 else None,
                "Term (Months)": term,
                "APR (%)": apr,
                "Monthly Payment ($)": monthly,
                "Total Interest ($)": interest,
                "Payments Made": made,
                "Remaining Balance ($)": remaining,
                "Status": status,
                "Autopay": "On" if rng.random() < 0.7 else "Off",
            }
        )
    out = pd.DataFrame(rows)
    d = pd.to_datetime(out["Purchase Date"], format="%m/%d/%Y")
    return out.iloc[np.argsort(-d.to_numpy().astype("int64"), kind="stable")].reset_index(drop=True)


def _af_past_due(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") == "Past Due"]


_AF_QS = [
    Q("how many of my loans are 0% apr", _count(lambda df: int((_num(df, "APR (%)") == 0).sum())), ("APR (%)",)),
    Q(
        "how much do i still owe altogether",
        _amount(lambda df: float(_num(df, "Remaining Balance ($)").sum())),
        ("Remaining Balance ($)",),
    ),
    Q(
        "which store have i financed the most money at",
        _lead(_named(lambda df: _top(_num(df, "Purchase Amount ($)").groupby(_text(df, "Merchant")).sum()))),
        ("Merchant", "Purchase Amount ($)"),
    ),
    Q(
        "whats the average apr on the ones that arent promotional",
        _typical(lambda df: _num(df, "APR (%)")[_num(df, "APR (%)") > 0]),
        ("APR (%)",),
    ),
    Q("how many are past due", _count(lambda df: len(_af_past_due(df))), ("Status",)),
    Q(
        "and how much is left on those",
        _amount(lambda df: float(_num(_af_past_due(df), "Remaining Balance ($)").sum())),
        ("Remaining Balance ($)", "Status"),
    ),
]


# --- 4. Carfax service history -------------------------------------------------------------------------------------

# vehicle: VIN, first date, starting odometer, miles per year, visits weight
_CF_CARS: dict[str, tuple[str, str, int, int]] = {
    "2008 Ford F-150": ("1FTRF12208KD41937", "2008-04-12", 12, 11000),
    "2012 Toyota Camry": ("4T1BF1FK5CU118462", "2012-06-02", 25, 12500),
    "2016 Honda CR-V": ("2HKRM4H73GH620318", "2016-03-19", 18, 11000),
    "2019 Subaru Outback": ("4S4BSANC1K3275604", "2019-08-24", 30, 14000),
}
_CF_SHOPS = {
    "Dealer": [
        "Ford of Dayton - Dayton, OH",
        "Toyota West - Dayton, OH",
        "Honda of Beavercreek - Beavercreek, OH",
        "Subaru of Kettering - Kettering, OH",
    ],
    "Independent Shop": [
        "Mike's Auto Care - Dayton, OH",
        "Centerville Car Clinic - Centerville, OH",
        "Precision Tune - Xenia, OH",
    ],
    "Quick Lube": [
        "Jiffy Lube - Dayton, OH",
        "Valvoline Instant Oil Change - Kettering, OH",
        "Take 5 Oil Change - Beavercreek, OH",
    ],
}
# service: cost range, weight
_CF_SERVICES: dict[str, tuple[tuple[float, float], float]] = {
    "Oil and filter changed": ((39, 95), 10),
    "Tires rotated": ((20, 40), 6),
    "Multi-point inspection performed": ((0, 30), 4),
    "Brake pads replaced": ((180, 420), 1.5),
    "Cabin air filter replaced": ((30, 70), 2),
    "Engine air filter replaced": ((25, 60), 2),
    "Battery replaced": ((150, 260), 0.8),
    "Tires replaced": ((520, 1100), 0.7),
    "Wheel alignment performed": ((90, 150), 1),
    "Transmission fluid changed": ((150, 280), 0.8),
    "Coolant flushed": ((110, 180), 0.7),
    "Wiper blades replaced": ((25, 55), 1.5),
}


def _carfax_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25804)
    rows: list[dict[str, Any]] = []
    services = list(_CF_SERVICES)
    sw = [_CF_SERVICES[s][1] for s in services]
    for car, (vin, first, odo0, per_year) in _CF_CARS.items():
        make = car.split()[1]
        dealer = next(s for s in _CF_SHOPS["Dealer"] if make in s)
        t = pd.Timestamp(first)
        odo = float(odo0)
        while True:
            gap = int(rng.integers(15, 75))
            t = t + pd.Timedelta(days=gap)
            if t > pd.Timestamp("2024-09-30"):
                break
            odo += per_year * gap / 365 * float(rng.uniform(0.8, 1.2))
            source = _one(rng, ["Dealer", "Independent Shop", "Owner Reported", "Quick Lube"], [30, 28, 12, 30])
            k = int(_one(rng, [1, 2, 3, 4], [40, 35, 18, 7]))
            picked = list(rng.choice(len(services), size=k, replace=False, p=np.array(sw) / sum(sw)))
            if source == "Quick Lube" and 0 not in picked:
                picked = [0, *picked[:1]]
            done = [services[int(i)] for i in sorted(picked)]
            recall = source == "Dealer" and rng.random() < 0.08
            if recall:
                done.append(
                    _one(
                        rng,
                        [
                            "Recall performed - airbag inflator replaced",
                            "Recall performed - fuel pump replaced",
                            "Software update for recall",
                        ],
                    )
                )
            cost = sum(float(rng.uniform(*_CF_SERVICES[s][0])) for s in done if s in _CF_SERVICES)
            cost *= {"Dealer": 1.3, "Independent Shop": 1.0, "Owner Reported": 0.4, "Quick Lube": 0.9}[source]
            hidden = (source == "Owner Reported" and rng.random() < 0.6) or rng.random() < 0.12
            rows.append(
                {
                    "Vehicle": car,
                    "VIN": vin,
                    "Date": f"{t:%m/%d/%Y}",
                    "Odometer": None if source == "Owner Reported" and rng.random() < 0.3 else int(odo),
                    "Service Type": "; ".join(done),
                    "Shop": ""
                    if source == "Owner Reported"
                    else (dealer if source == "Dealer" else _one(rng, _CF_SHOPS[source])),
                    "Cost": "" if hidden else f"${cost:,.2f}",
                    "Source": source,
                    "Recall Related": "Yes" if recall else "No",
                }
            )
    return pd.DataFrame(rows)


def _cf_cost(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Cost")


_CF_QS = [
    Q(
        "how much have we spent on car maintenance overall",
        _amount(lambda df: float(_cf_cost(df).sum())),
        ("Cost",),
    ),
    Q(
        "which car has cost the most to keep up",
        _lead(_named(lambda df: _top(_cf_cost(df).groupby(_text(df, "Vehicle")).sum()))),
        ("Vehicle", "Cost"),
    ),
    Q(
        "how many oil changes has the cr-v had",
        _count(
            lambda df: int(
                (
                    (_text(df, "Vehicle") == "2016 Honda CR-V")
                    & _text(df, "Service Type").str.contains("Oil and filter changed", regex=False)
                ).sum()
            )
        ),
        ("Vehicle", "Service Type"),
    ),
    Q(
        "how many visits were for a recall",
        _count(lambda df: int((_text(df, "Recall Related") == "Yes").sum())),
        ("Recall Related",),
    ),
    Q(
        "whats the highest mileage on the camry",
        _count(lambda df: float(_num(df[_text(df, "Vehicle") == "2012 Toyota Camry"], "Odometer").max())),
        ("Vehicle", "Odometer"),
    ),
    Q(
        "how many visits dont have a price listed",
        _count(lambda df: int(_cf_cost(df).isna().sum())),
        ("Cost",),
    ),
]


# --- 5. City P-card transactions -----------------------------------------------------------------------------------

# department: weight, cardholders
_PC_DEPTS: dict[str, float] = {
    "PARKS & RECREATION": 20,
    "POLICE": 18,
    "PUBLIC WORKS": 24,
    "LIBRARY": 10,
    "IT": 12,
    "FIRE": 11,
    "CITY MANAGER": 5,
}
_PC_LAST = [
    "SMITH",
    "GARCIA",
    "NGUYEN",
    "JOHNSON",
    "PATEL",
    "BROWN",
    "MARTINEZ",
    "LEE",
    "WILSON",
    "ANDERSON",
    "THOMAS",
    "MOORE",
    "JACKSON",
    "WHITE",
    "HARRIS",
    "CLARK",
    "LEWIS",
    "YOUNG",
    "WALKER",
    "HALL",
]
# merchant stem: category, amount median, departments that use it (None: any)
_PC_MERCHANTS: list[tuple[str, str, float, tuple[str, ...] | None, float]] = [
    ("AMAZON.COM*", "Book Stores", 60, None, 14),
    ("AMAZON MKTPL*", "Misc General Merchandise", 45, None, 12),
    ("HOME DEPOT #", "Hardware Stores", 140, ("PUBLIC WORKS", "PARKS & RECREATION", "FIRE"), 14),
    ("LOWES #", "Hardware Stores", 120, ("PUBLIC WORKS", "PARKS & RECREATION"), 8),
    ("GRAINGER", "Industrial Supplies", 260, ("PUBLIC WORKS", "FIRE"), 5),
    ("SOUTHWES ", "Airlines", 340, ("POLICE", "IT", "CITY MANAGER", "FIRE"), 3),
    ("UNITED ", "Airlines", 420, ("POLICE", "IT", "CITY MANAGER"), 2),
    ("CHIPOTLE ", "Restaurants", 95, None, 4),
    ("OLIVE GARDEN #", "Restaurants", 210, None, 2),
    ("STAPLES #", "Stationery Stores", 70, None, 6),
    ("DELL MARKETING", "Computer Equipment", 900, ("IT",), 3),
    ("ZOOM.US ", "Computer Software", 16, ("IT", "LIBRARY", "CITY MANAGER"), 3),
    ("BAKER & TAYLOR", "Book Stores", 380, ("LIBRARY",), 6),
    ("GALLS LLC", "Uniforms", 160, ("POLICE", "FIRE"), 4),
    ("SHELL OIL ", "Service Stations", 55, ("POLICE", "PUBLIC WORKS", "PARKS & RECREATION"), 5),
    ("COSTCO WHSE #", "Wholesale Clubs", 180, ("PARKS & RECREATION", "LIBRARY"), 4),
]
_PC_NOTES = [
    "supplies for summer camp",
    "replacement parts",
    "training travel",
    "staff lunch - approved",
    "",
    "program materials",
    "office supplies",
    "conference registration",
    "return - wrong item",
]


def _pcard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25805)
    holders = {
        d: [f"{_one(rng, _PC_LAST)}, {chr(65 + int(rng.integers(0, 26)))}" for _ in range(int(rng.integers(3, 7)))]
        for d in _PC_DEPTS
    }
    depts = list(_PC_DEPTS)
    rows: list[dict[str, Any]] = []
    for _ in range(3400):
        dept = _one(rng, depts, list(_PC_DEPTS.values()))
        pool = [m for m in _PC_MERCHANTS if m[3] is None or dept in m[3]]
        stem, cat, med, _d, _w = _one(rng, pool, [m[4] for m in pool])
        t = pd.Timestamp("2022-07-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        amount = round(float(rng.lognormal(np.log(med), 0.6)), 2)
        credit = rng.random() < 0.04
        if credit:
            amount = -round(amount * float(rng.choice([1.0, 0.5, 0.25])), 2)
        if stem.endswith("*"):
            name = stem + _hex(rng, 6).upper()
        elif stem.endswith("#"):
            name = stem + str(int(rng.integers(1000, 6999)))
        elif stem.endswith(" "):
            name = stem + str(int(rng.integers(100000, 999999)))
        else:
            name = stem
        fy = t.year + 1 if t.month >= 7 else t.year
        rows.append(
            {
                "Transaction Date": f"{t:%m/%d/%Y}",
                "Posting Date": f"{t + pd.Timedelta(days=int(rng.integers(1, 4))):%m/%d/%Y}",
                "Department": dept,
                "Cardholder": _one(rng, holders[dept]),
                "Merchant Name": name,
                "Merchant Category": cat,
                "Amount": amount,
                "Description": "return - wrong item"
                if credit and rng.random() < 0.5
                else (_one(rng, _PC_NOTES) if rng.random() < 0.3 else ""),
                "Fiscal Year": f"FY{fy}",
            }
        )
    out = pd.DataFrame(rows)
    d = pd.to_datetime(out["Transaction Date"], format="%m/%d/%Y")
    return out.iloc[np.argsort(d.to_numpy(), kind="stable")].reset_index(drop=True)


def _pc_amt(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Amount")


def _pc_sum(rows: Callable[[pd.DataFrame], pd.Series], gross: bool) -> Callable[[pd.DataFrame], float]:
    def total(df: pd.DataFrame) -> float:
        a = _pc_amt(df)[rows(df)]
        return float(a[a > 0].sum() if gross else a.sum())

    return total


def _pc_top_depts(df: pd.DataFrame) -> list[str]:
    a = _pc_amt(df)
    dept = _text(df, "Department")
    return [_top(a.groupby(dept).sum()), _top(a[a > 0].groupby(dept[a > 0]).sum())]


def _pc_top3(df: pd.DataFrame) -> list[str]:
    s = _pc_amt(df).groupby(_text(df, "Cardholder")).sum().sort_values(ascending=False, kind="stable")
    return [n.split(",")[0] for n in s.index[:3]]


def _pc_amazon(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Merchant Name").str.upper().str.startswith("AMAZON")


def _pc_food(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Merchant Category") == "Restaurants"


_PC_QS = [
    Q(
        "how much did the city spend on these cards in fy2024",
        either(
            _amount(_pc_sum(lambda df: _text(df, "Fiscal Year") == "FY2024", gross=False)),
            _amount(_pc_sum(lambda df: _text(df, "Fiscal Year") == "FY2024", gross=True)),
        ),
        ("Amount", "Fiscal Year"),
    ),
    Q(
        "which department spends the most",
        _lead(_named_any(_pc_top_depts)),
        ("Department", "Amount"),
    ),
    Q("how many refunds or credits are there", _count(lambda df: int((_pc_amt(df) < 0).sum())), ("Amount",)),
    Q(
        "how much went to amazon",
        either(_amount(_pc_sum(_pc_amazon, gross=False)), _amount(_pc_sum(_pc_amazon, gross=True))),
        ("Merchant Name", "Amount"),
    ),
    Q(
        "who are the top 3 cardholders by spending",
        lambda answer, df: next(
            (f"missing cardholder {n}" for n in _pc_top3(df) if n.lower() not in answer.lower()), None
        ),
        ("Cardholder", "Amount"),
    ),
    Q(
        "whats the average restaurant charge",
        either(
            _about(lambda df: float(_pc_amt(df)[_pc_food(df)].mean())),
            _about(lambda df: float(_pc_amt(df)[_pc_food(df) & (_pc_amt(df) > 0)].mean())),
        ),
        ("Merchant Category", "Amount"),
    ),
]


# --- 6. County solar permits ---------------------------------------------------------------------------------------

_SO_CITIES = {
    "Fresno": ("93704", "93711", "93720", "93722", "93727"),
    "Clovis": ("93611", "93612", "93619"),
    "Sanger": ("93657",),
    "Reedley": ("93654",),
    "Kerman": ("93630",),
    "Selma": ("93662",),
}
_SO_CITY_W = [50, 22, 8, 7, 6, 7]
_SO_INSTALLERS = {
    "SunPower by Solar Wise": 14,
    "Tesla Energy Operations": 16,
    "Sunrun Installation Services": 22,
    "Freedom Forever LLC": 12,
    "Valley Solar Co": 10,
    "Semper Solaris": 9,
    "Owner Builder": 4,
    "SolarMax Technology": 8,
}
_SO_STREETS = [
    "N Maple Ave",
    "E Shields Ave",
    "W Herndon Ave",
    "N Fowler Ave",
    "E Barstow Ave",
    "S Clovis Ave",
    "N Willow Ave",
    "W Bullard Ave",
    "E Nees Ave",
    "N Armstrong Ave",
    "Academy Ave",
    "Jensen Ave",
]


def _solar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25806)
    rows: list[dict[str, Any]] = []
    year_n = {2021: 380, 2022: 520, 2023: 410, 2024: 290}
    installers = list(_SO_INSTALLERS)
    cities = list(_SO_CITIES)
    for year, n in year_n.items():
        for k in range(n):
            applied = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
            inst = _one(rng, installers, list(_SO_INSTALLERS.values()))
            panels = int(rng.integers(10, 40))
            watts = float(_one(rng, [330, 370, 400, 410, 430], [2, 3, 4, 3, 2] if year < 2023 else [0.5, 1, 4, 4, 4]))
            size = round(panels * watts / 1000, 2)
            ground = rng.random() < 0.07
            battery = rng.random() < {2021: 0.12, 2022: 0.18, 2023: 0.34, 2024: 0.46}[year]
            bsize = float(_one(rng, [10, 13.5, 16, 20, 27])) if battery else None
            value = (
                0
                if inst == "Owner Builder" and rng.random() < 0.6
                else round(
                    size * 1000 * float(rng.uniform(2.6, 3.6)) + (bsize or 0) * float(rng.uniform(800, 1100)), -1
                )
            )
            wait = int(rng.gamma(2.0, 6 if year != 2022 else 10))
            end = pd.Timestamp("2024-12-31")
            roll = rng.random()
            status = "Finaled"
            issued = applied + pd.Timedelta(days=wait)
            final = issued + pd.Timedelta(days=int(rng.integers(20, 120)))
            if roll < 0.04:
                status, issued, final = "Withdrawn", None, None
            elif issued > end or (applied > pd.Timestamp("2024-10-15") and roll < 0.5):
                status, issued, final = "Applied", None, None
            elif final > end or roll < 0.07:
                status, final = ("Expired" if final <= end and roll < 0.07 else "Issued"), None
            city = _one(rng, cities, _SO_CITY_W)
            rows.append(
                {
                    "Permit Number": f"SOL-{year}-{k + 1:05d}",
                    "Application Date": f"{applied:%Y-%m-%d}",
                    "Issue Date": "" if issued is None else f"{issued:%Y-%m-%d}",
                    "Final Inspection Date": "" if final is None else f"{final:%Y-%m-%d}",
                    "Address": f"{int(rng.integers(100, 9999))} {_one(rng, _SO_STREETS)}",
                    "City": city,
                    "Zip": _one(rng, list(_SO_CITIES[city])),
                    "System Size (kW DC)": size,
                    "Panels": panels,
                    "Battery Storage": "Y" if battery else "N",
                    "Battery Size (kWh)": bsize,
                    "Installer": inst,
                    "Job Value ($)": value,
                    "Status": status,
                    "Roof Or Ground": "Ground" if ground else "Roof",
                }
            )
    return pd.DataFrame(rows)


def _so_wait(df: pd.DataFrame) -> pd.Series:
    a = pd.to_datetime(_text(df, "Application Date"), errors="coerce")
    i = pd.to_datetime(_text(df, "Issue Date"), errors="coerce")
    return (i - a).dt.days.dropna()


def _so_per_kw(df: pd.DataFrame) -> list[float]:
    v, s = _num(df, "Job Value ($)"), _num(df, "System Size (kW DC)")
    paid = v > 0
    return [
        float((v / s).mean()),
        float(v.sum() / s.sum()),
        float((v / s)[paid].mean()),
        float(v[paid].sum() / s[paid].sum()),
    ]


_SO_QS = [
    Q(
        "how many of these include a battery",
        _count(lambda df: int((_text(df, "Battery Storage").str.upper() == "Y").sum())),
        ("Battery Storage",),
    ),
    Q(
        "whats the typical system size",
        _typical(lambda df: _num(df, "System Size (kW DC)")),
        ("System Size (kW DC)",),
    ),
    Q(
        "which installer does the most jobs",
        _lead(_named(lambda df: _top(_text(df, "Installer").value_counts()))),
        ("Installer",),
    ),
    Q(
        "how long does it usually take to get a permit issued",
        _typical(_so_wait),
        ("Application Date", "Issue Date"),
    ),
    Q(
        "which year had the most applications",
        _lead(_year(lambda df: _top(pd.to_datetime(_text(df, "Application Date")).dt.year.value_counts()))),
        ("Application Date",),
    ),
    Q(
        "whats the average cost per kw",
        either(*[_about(lambda df, i=i: _so_per_kw(df)[i]) for i in range(4)]),
        ("Job Value ($)", "System Size (kW DC)"),
    ),
]


# --- 7. City pool attendance ---------------------------------------------------------------------------------------

# pool: type, base attendance, lessons capacity (None: no lessons), paid share
_PO_POOLS: dict[str, tuple[str, float, int | None]] = {
    "Riverside Aquatic Center": ("Outdoor", 520, 60),
    "Lincoln Park Pool": ("Outdoor", 310, 35),
    "Westgate Pool": ("Outdoor", 240, 30),
    "Eastside Natatorium": ("Indoor", 180, 45),
    "Mary Beth Splash Pad": ("Splash Pad", 260, None),
    "Oak Hill Splash Pad": ("Splash Pad", 170, None),
    "Kiddie Cove Wading Pool": ("Wading", 90, None),
    "Central Wading Pool": ("Wading", 70, None),
}


def _pool_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25807)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2024-05-25", "2024-09-02", freq="D")
    temps = {d: round(78 + 12 * np.sin(np.pi * (d.dayofyear - 140) / 110) + float(rng.normal(0, 5))) for d in days}
    storms = {d: rng.random() < 0.14 for d in days}
    for day in days:
        temp = temps[day]
        for pool, (kind, base, lessons) in _PO_POOLS.items():
            weekend = day.day_of_week >= 5 or day == pd.Timestamp("2024-07-04")
            outdoor = kind != "Indoor"
            heat = (temp - 70) / 20 if outdoor else (0.3 - (temp - 85) / 60)
            want = base * max(0.15, 0.5 + heat) * (1.35 if weekend else 1.0) * float(rng.uniform(0.8, 1.2))
            closed, reason = 0.0, ""
            if outdoor and storms[day] and rng.random() < 0.8:
                closed, reason = float(_one(rng, [1, 1.5, 2, 3, 4, 8], [4, 3, 4, 3, 2, 1])), "Thunderstorm"
            elif kind in ("Outdoor", "Indoor", "Wading") and rng.random() < 0.012:
                closed, reason = float(_one(rng, [1, 2, 24 / 3])), "Fecal Incident"
            elif rng.random() < 0.01:
                closed, reason = float(_one(rng, [2, 4, 8])), _one(rng, ["Staffing", "Maintenance"])
            want *= max(0.0, 1 - closed / 9)
            total = round(want)
            if kind == "Splash Pad":
                paid, passes = 0, 0
            else:
                passes = int(total * float(rng.uniform(0.25, 0.4)))
                paid = total - passes
            free = 0
            if kind in ("Outdoor", "Wading") and day.day_of_week == 2:
                free = int(paid * 0.5)
                paid -= free
            if kind == "Splash Pad":
                free = total
            price = {"Outdoor": 4.0, "Indoor": 5.0, "Wading": 2.0, "Splash Pad": 0.0}[kind]
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Pool": pool,
                    "Pool Type": kind,
                    "Admissions Paid": paid,
                    "Pass Holders": passes,
                    "Free Swim": free,
                    "Total Attendance": paid + passes + free,
                    "Swim Lessons Participants": None
                    if lessons is None or day.day_of_week == 6
                    else int(lessons * float(rng.uniform(0.5, 1.0)) * max(0.0, 1 - closed / 8)),
                    "High Temp (°F)": temp,
                    "Closed Hours": closed,
                    "Closure Reason": reason,
                    "Revenue ($)": round(paid * price, 2),
                }
            )
    return pd.DataFrame(rows)


def _po_month_revenue(df: pd.DataFrame) -> int:
    month = pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y").dt.month
    return int(_top(_num(df, "Revenue ($)").groupby(month).sum()))


_PO_QS = [
    Q(
        "what was total attendance for the whole season",
        _count(lambda df: int(_num(df, "Total Attendance").sum())),
        ("Total Attendance",),
    ),
    Q(
        "which pool was busiest",
        _lead(_named(lambda df: _top(_num(df, "Total Attendance").groupby(_text(df, "Pool")).sum()))),
        ("Pool", "Total Attendance"),
    ),
    Q(
        "how many times did a pool have to close for poop",
        _count(lambda df: int((_text(df, "Closure Reason") == "Fecal Incident").sum())),
        ("Closure Reason", "Closed Hours"),
    ),
    Q(
        "do more people come when its hotter",
        _corr(lambda df: _num(df, "High Temp (°F)"), lambda df: _num(df, "Total Attendance")),
        ("High Temp (°F)", "Total Attendance"),
    ),
    Q("which month brought in the most money", _lead(_month(_po_month_revenue)), ("Date", "Revenue ($)")),
    Q(
        "how many hours were pools closed because of thunderstorms",
        _about(lambda df: float(_num(df, "Closed Hours")[_text(df, "Closure Reason") == "Thunderstorm"].sum())),
        ("Closed Hours", "Closure Reason"),
    ),
]


HELDOUT258: list[Dataset] = [
    Dataset("progressive_snapshot_trips", _snapshot_frame, _SN_QS),
    Dataset("etherscan_wallet_transactions", _etherscan_frame, _ES_QS),
    Dataset("affirm_bnpl_loans", _affirm_frame, _AF_QS),
    Dataset("carfax_service_history", _carfax_frame, _CF_QS),
    Dataset("city_pcard_open_data", _pcard_frame, _PC_QS),
    Dataset("county_solar_permits", _solar_frame, _SO_QS),
    Dataset("city_pool_attendance", _pool_frame, _PO_QS),
]
