"""HELDOUT138: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports: a Webull stock order history export (Name,
Symbol, Side Buy / Sell, Status Filled / Cancelled / Failed, Filled and Total Qty, Price as "@172.50" for limit
orders and "MKT" for market orders, Avg Price blank unless filled, Time-in-Force DAY / GTC, Placed Time and Filled
Time as "03/15/2024 09:31:05 EDT" (EST in winter), Filled Time blank on cancelled and failed orders, 2023-2024); a
Zoom webinar attendee report flattened to one table (Attended Yes / No, User Name (Original Name), First Name, Last
Name, Email, Registration Time and Join Time / Leave Time as "Mar 20, 2024 14:02:11", Approval Status "approved",
Time in Session (minutes) with "--" for no-shows, Is Guest, Country/Region Name, Organization and Job Title often
blank, one row per join so people who dropped and rejoined repeat); Apple Health sleep analysis records flattened
from export.xml (type HKCategoryTypeIdentifierSleepAnalysis, sourceName "Sam's Apple Watch" or "iPhone",
sourceVersion, device as the long "<<HKDevice: 0x...>, name:Apple Watch, ...>" text or blank, unit blank,
creationDate / startDate / endDate as "2023-10-02 07:12:44 -0700", value HKCategoryValueSleepAnalysisInBed /
AsleepCore / AsleepDeep / AsleepREM / Awake, one iPhone in-bed record and many watch stage segments per night,
October 2023 to January 2024); a Wix Stores orders export (Order number, Date created as "Mar 5, 2024", Time, Billing
name, Contact email, one row per line item with the order's fields repeated: Item, Variant, SKU, Qty, Price, Coupon
code, Discount, Shipping rate, Total tax, Total, Currency USD, Payment method, Payment status Paid / Not paid /
Refunded, Fulfillment status Fulfilled / Not fulfilled, Delivery method, Shipping country as codes, Shipping state,
Shipping city, 2023-2024); NYC DOE daily attendance by school (School DBN such as "02M475", Date as the integer
20180905, SchoolYear 20182019, Enrolled, Absent, Present, Released, 2018-19 school year); LADBS building and safety
permits (Assessor Book / Page / Parcel, PCIS Permit # as "19016-10000-01234", Status, Status Date, Permit Type such as
"Bldg-New" / "Bldg-Alter/Repair" / "Electrical" / "Swimming-Pool/Spa", Permit Sub-Type, Permit Category "Plan Check"
/ "No Plan Check", Issue Date "03/14/2019", address parts, Zip Code, Work Description in upper case, Valuation blank
on trade permits, # of Residential Dwelling Units, # of Stories, Contractor's Business Name blank for owner-builders,
License Type, Census Tract, Latitude/Longitude as "(34.0522, -118.2437)", 2018-2023); and one state's FHWA National
Bridge Inventory file (STATE_CODE_001, STRUCTURE_NUMBER_008, COUNTY_CODE_003, FEATURES_DESC_006A and
FACILITY_CARRIED_007 quoted with padded single quotes, LAT_016 / LONG_017 as DDMMSSss integers, OWNER_022,
YEAR_BUILT_027, TRAFFIC_LANES_ON_028A, ADT_029, YEAR_ADT_030, STRUCTURE_KIND_043A, STRUCTURE_LEN_MT_049, DECK_COND_058
/ SUPERSTRUCTURE_COND_059 / SUBSTRUCTURE_COND_060 as 0-9 or "N" on culverts, CULVERT_COND_062 "N" on bridges,
YEAR_RECONSTRUCTED_106 with 0 for never, BRIDGE_CONDITION G / F / P and LOWEST_RATING). All are generated with a
fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
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


_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Sofia", "Mason", "Chloe"]
_FIRST += ["Priya", "Wei", "Carlos", "Fatima", "Daniel", "Grace", "Omar", "Hannah", "Tom", "Aisha", "Marco", "Lena"]
_LAST = ["Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Patel", "Chen", "Nguyen", "Kim", "Lopez"]
_LAST += ["Wilson", "Martin", "Clark", "Lewis", "Walker", "Young", "Hall", "Allen", "Wright", "Scott", "Green"]


# --- 1. Webull order history ---------------------------------------------------------------------------------------

_WB_STOCKS = {
    "AAPL": ("Apple Inc", 185.0, 10),
    "TSLA": ("Tesla Inc", 230.0, 16),
    "NVDA": ("NVIDIA Corp", 480.0, 9),
    "AMD": ("Advanced Micro Devices Inc", 130.0, 8),
    "SOFI": ("SoFi Technologies Inc", 8.0, 12),
    "PLTR": ("Palantir Technologies Inc", 18.0, 11),
    "SPY": ("SPDR S&P 500 ETF Trust", 450.0, 7),
    "F": ("Ford Motor Co", 12.0, 5),
    "AMC": ("AMC Entertainment Holdings Inc", 5.0, 6),
}


def _webull_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13801)
    n = 1400
    lo = pd.Timestamp("2023-01-03")
    days = pd.bdate_range(lo, "2024-06-28")
    # busier in some months
    w = np.array([1.0 + 1.5 * (d.month in (3, 11)) + (d.year == 2024) * 0.5 for d in days])
    picks = np.sort(rng.choice(len(days), size=n, p=w / w.sum()))
    syms = list(_WB_STOCKS)
    sw = [v[2] for v in _WB_STOCKS.values()]
    rows = []
    for i in picks:
        day = days[i]
        placed = day + pd.Timedelta(hours=9, minutes=30) + pd.Timedelta(seconds=int(rng.integers(0, 6.5 * 3600)))
        sym = str(_one(rng, syms, sw))
        name, base, _ = _WB_STOCKS[sym]
        px = base * float(np.exp(rng.normal(0, 0.15)))
        side = str(_one(rng, ["Buy", "Sell"], [0.56, 0.44]))
        qty = int(_one(rng, [1, 2, 5, 10, 20, 50, 100], [3, 3, 3, 3, 2, 1, 1]))
        if base < 20:
            qty *= 10
        market = rng.random() < 0.3
        status = str(_one(rng, ["Filled", "Cancelled", "Failed"], [0.74, 0.23, 0.03]))
        tz = "EDT" if 3 <= placed.month <= 10 else "EST"
        fill_px = round(px * (1 + rng.normal(0, 0.002)), 2)
        filled_at = placed + pd.Timedelta(seconds=int(rng.integers(0, 1800 if not market else 3)))
        rows.append(
            {
                "Name": name,
                "Symbol": sym,
                "Side": side,
                "Status": status,
                "Filled": qty if status == "Filled" else 0,
                "Total Qty": qty,
                "Price": "MKT" if market else f"@{px:.2f}",
                "Avg Price": f"{fill_px:.2f}" if status == "Filled" else "",
                "Time-in-Force": str(_one(rng, ["DAY", "GTC"], [4, 1])),
                "Placed Time": f"{placed:%m/%d/%Y %H:%M:%S} {tz}",
                "Filled Time": f"{filled_at:%m/%d/%Y %H:%M:%S} {tz}" if status == "Filled" else "",
            }
        )
    return pd.DataFrame(rows[::-1])  # newest first, as the export lists them


def _wb_filled(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Status"]) == "Filled"


def _wb_time(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_txt(d[col]).str[:19], format="%m/%d/%Y %H:%M:%S", errors="coerce")


def _wb_value(d: pd.DataFrame) -> pd.Series:
    return _num(d["Filled"]) * _num(d["Avg Price"])


def _wb_month(col: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        f = _wb_filled(d)
        m = _wb_time(d, col)[f].dt.to_period("M").value_counts()
        return pd.Period(_top(m)).to_timestamp()

    return value


def _wb_month_count(col: str) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        f = _wb_filled(d)
        return int(_wb_time(d, col)[f].dt.to_period("M").value_counts().max())

    return value


_WB_ALIASES = {k: (v[0],) for k, v in _WB_STOCKS.items()}

_WEBULL_QS = [
    Q(
        "how many of my orders actually went through",
        _count(lambda d: int(_wb_filled(d).sum())),
        ("Status",),
    ),
    Q(
        "what percent got cancelled?",
        _share(lambda d: float((_txt(d["Status"]) == "Cancelled").mean())),
        ("Status",),
    ),
    Q(
        "which stock do i trade the most",
        _lead(
            either(
                _named(lambda d: _top(_txt(d.loc[_wb_filled(d), "Symbol"]).value_counts()), _WB_ALIASES),
                _named(lambda d: _top(_txt(d["Symbol"]).value_counts()), _WB_ALIASES),
                _named(lambda d: _top(_wb_value(d)[_wb_filled(d)].groupby(_txt(d["Symbol"])).sum()), _WB_ALIASES),
            )
        ),
        ("Symbol", "Name", "Status", "Filled", "Avg Price"),
    ),
    Q(
        "how much money did i put into buys in total",
        _dollars(lambda d: float(_wb_value(d)[_wb_filled(d) & (_txt(d["Side"]) == "Buy")].sum())),
        ("Side", "Status", "Filled", "Avg Price"),
    ),
    Q(
        "which month was i most active",
        _lead(either(_month_year(_wb_month("Placed Time")), _month_year(_wb_month("Filled Time")))),
        ("Placed Time", "Filled Time", "Status"),
    ),
    Q(
        "how many trades in that month",
        either(_count(_wb_month_count("Placed Time")), _count(_wb_month_count("Filled Time"))),
        ("Placed Time", "Filled Time", "Status"),
    ),
]


# --- 2. Zoom webinar attendee report -------------------------------------------------------------------------------

_ZM_START = pd.Timestamp("2024-03-20 14:00:00")
_ZM_FMT = "%b %d, %Y %H:%M:%S"
_ZM_COUNTRIES = ["United States", "Canada", "United Kingdom", "India", "Germany", "Australia", "Brazil"]
_ZM_ORGS = ["Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Analytics", "Wayne Logistics", "Hooli"]
_ZM_TITLES = ["Data Analyst", "Marketing Manager", "Engineer", "Director", "Student", "Consultant"]


def _zoom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13802)
    n = 820
    rows = []
    seen: set[str] = set()
    for i in range(n):
        first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
        email = f"{first.lower()}.{last.lower()}{i}@{_one(rng, ['gmail.com', 'outlook.com', 'work.io'])!s}"
        if email in seen:
            continue
        seen.add(email)
        lead_days = float(rng.exponential(6.0))
        reg = _ZM_START - pd.Timedelta(days=lead_days) - pd.Timedelta(minutes=int(rng.integers(5, 600)))
        # late registrants show up more often
        p_attend = 0.62 if lead_days < 1 else 0.45
        attended = rng.random() < p_attend
        country = str(_one(rng, _ZM_COUNTRIES, [40, 10, 12, 18, 7, 6, 7]))
        org = str(_one(rng, _ZM_ORGS)) if rng.random() < 0.7 else ""
        title = str(_one(rng, _ZM_TITLES)) if rng.random() < 0.6 else ""
        base = {
            "User Name (Original Name)": f"{first} {last}",
            "First Name": first,
            "Last Name": last,
            "Email": email,
            "Registration Time": f"{reg:{_ZM_FMT}}",
            "Approval Status": "approved",
            "Is Guest": "Yes",
            "Country/Region Name": country,
            "Organization": org,
            "Job Title": title,
        }
        if not attended:
            rows.append({"Attended": "No", **base, "Join Time": "--", "Leave Time": "--"} | {"_m": "--"})
            continue
        join = _ZM_START + pd.Timedelta(seconds=int(rng.integers(-300, 1500)))
        total = float(np.clip(rng.normal(48, 18), 2, 75))
        parts = 2 if rng.random() < 0.15 else 1
        for _k in range(parts):
            mins = max(1, round(total / parts))
            leave = join + pd.Timedelta(minutes=mins)
            row = {"Attended": "Yes", **base, "Join Time": f"{join:{_ZM_FMT}}", "Leave Time": f"{leave:{_ZM_FMT}}"}
            rows.append(row | {"_m": str(mins)})
            join = leave + pd.Timedelta(minutes=int(rng.integers(1, 6)))
    df = pd.DataFrame(rows).rename(columns={"_m": "Time in Session (minutes)"})
    cols = ["Attended", "User Name (Original Name)", "First Name", "Last Name", "Email", "Registration Time"]
    cols += ["Approval Status", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest"]
    cols += ["Country/Region Name", "Organization", "Job Title"]
    return df[cols]


def _zm_people(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("Email")


def _zm_minutes(d: pd.DataFrame) -> pd.Series:
    att = d[_txt(d["Attended"]) == "Yes"]
    return _num(att["Time in Session (minutes)"]).groupby(att["Email"]).sum()


_ZOOM_QS = [
    Q(
        "how many people signed up",
        _count(lambda d: int(d["Email"].nunique())),
        ("Email", "Registration Time"),
    ),
    Q(
        "what percent of them actually showed up?",
        _share(lambda d: float((_txt(_zm_people(d)["Attended"]) == "Yes").mean())),
        ("Attended", "Email"),
    ),
    Q(
        "how long did people stay on average",
        either(
            _about(lambda d: float(_zm_minutes(d).mean())),
            _about(lambda d: float(_num(d["Time in Session (minutes)"]).mean())),
        ),
        ("Time in Session (minutes)", "Attended", "Email", "Join Time", "Leave Time"),
    ),
    Q(
        "which country had the most attendees",
        _lead(
            either(
                _named(
                    lambda d: _top(
                        _txt(_zm_people(d[_txt(d["Attended"]) == "Yes"])["Country/Region Name"]).value_counts()
                    )
                ),
                _named(lambda d: _top(_txt(d.loc[_txt(d["Attended"]) == "Yes", "Country/Region Name"]).value_counts())),
            )
        ),
        ("Country/Region Name", "Attended", "Email"),
    ),
    Q(
        "how many registered in the last 24 hours before the webinar started at 2pm on march 20",
        _count(
            lambda d: int(
                (
                    pd.to_datetime(_zm_people(d)["Registration Time"], format=_ZM_FMT)
                    >= _ZM_START - pd.Timedelta(hours=24)
                ).sum()
            )
        ),
        ("Registration Time", "Email"),
    ),
    Q(
        "how many registrants left the organization blank",
        either(
            _count(lambda d: int((_txt(_zm_people(d)["Organization"]) == "").sum())),
            _count(lambda d: int((_txt(d["Organization"]) == "").sum())),
        ),
        ("Organization", "Email"),
    ),
]


# --- 3. Apple Health sleep analysis --------------------------------------------------------------------------------

_HK_TYPE = "HKCategoryTypeIdentifierSleepAnalysis"
_HK = "HKCategoryValueSleepAnalysis"
_HK_DEVICE = (
    "<<HKDevice: 0x28312a9e0>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, "
    "software:10.1>"
)
_HK_ASLEEP = [f"{_HK}AsleepCore", f"{_HK}AsleepDeep", f"{_HK}AsleepREM"]


def _hk_stamp(t: pd.Timestamp) -> str:
    off = "-0700" if (t.month, t.day) < (11, 5) and t.month >= 3 else "-0800"
    return f"{t:%Y-%m-%d %H:%M:%S} {off}"


def _sleep_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13803)
    rows = []
    for night in pd.date_range("2023-10-01", "2024-01-30"):
        bed = night + pd.Timedelta(hours=22) + pd.Timedelta(minutes=int(rng.integers(-40, 170)))
        # december is short on sleep (holidays)
        target = float(rng.normal(6.4 if night.month == 12 else 7.2, 0.8)) * 60
        t = bed + pd.Timedelta(minutes=int(rng.integers(5, 25)))
        asleep = 0.0
        while asleep < target:
            stage = str(_one(rng, ["Core", "Deep", "REM", "Awake"], [50, 15, 22, 6]))
            mins = float(rng.uniform(3, 40)) if stage != "Awake" else float(rng.uniform(1, 6))
            end = t + pd.Timedelta(seconds=int(mins * 60))
            rows.append(
                ("Sam's Apple Watch", "10.1", _HK_DEVICE, t, end, f"{_HK}{'Asleep' if stage != 'Awake' else ''}{stage}")
            )
            if stage != "Awake":
                asleep += mins
            t = end
        wake = t + pd.Timedelta(minutes=int(rng.integers(2, 20)))
        rows.append(("iPhone", "17.1", "", bed, wake, f"{_HK}InBed"))
    df = pd.DataFrame(rows, columns=["sourceName", "sourceVersion", "device", "start", "end", "value"])
    df = df.sort_values(["start", "sourceName"], kind="stable").reset_index(drop=True)
    out = pd.DataFrame(
        {
            "type": _HK_TYPE,
            "sourceName": df["sourceName"],
            "sourceVersion": df["sourceVersion"],
            "device": df["device"],
            "unit": "",
            "creationDate": [_hk_stamp(e + pd.Timedelta(minutes=3)) for e in df["end"]],
            "startDate": [_hk_stamp(s) for s in df["start"]],
            "endDate": [_hk_stamp(e) for e in df["end"]],
            "value": df["value"],
        }
    )
    return out


def _hk_nights(d: pd.DataFrame, values: list[str]) -> pd.Series:
    """Minutes per night (nights keyed by the evening they started, noon to noon) of the given values."""
    start = pd.to_datetime(d["startDate"].astype(str).str[:19])
    end = pd.to_datetime(d["endDate"].astype(str).str[:19])
    mins = (end - start).dt.total_seconds() / 60
    night = (start - pd.Timedelta(hours=12)).dt.normalize()
    keep = d["value"].isin(values)
    allnights = night.unique()
    return mins[keep].groupby(night[keep]).sum().reindex(allnights, fill_value=0.0)


def _hk_asleep_hours(d: pd.DataFrame) -> pd.Series:
    return _hk_nights(d, _HK_ASLEEP) / 60


def _hk_worst_month(d: pd.DataFrame) -> pd.Timestamp:
    h = _hk_asleep_hours(d)
    by = h.groupby(pd.DatetimeIndex(h.index).to_period("M")).mean()
    return pd.Period(_bottom(by)).to_timestamp()


def _hk_worst_month_wake(d: pd.DataFrame) -> pd.Timestamp:
    h = _hk_asleep_hours(d)
    by = h.groupby((pd.DatetimeIndex(h.index) + pd.Timedelta(days=1)).to_period("M")).mean()
    return pd.Period(_bottom(by)).to_timestamp()


_SLEEP_QS = [
    Q(
        "how much do i sleep a night on average",
        _hours_or_minutes(lambda d: float(_hk_asleep_hours(d).mean())),
        ("value", "startDate", "endDate"),
    ),
    Q(
        "and how much of that is deep sleep?",
        either(
            _hours_or_minutes(lambda d: float(_hk_nights(d, [f"{_HK}AsleepDeep"]).mean() / 60)),
            _hours_or_minutes(lambda d: float(_hk_nights(d, [f"{_HK}AsleepDeep"]).replace(0, np.nan).mean() / 60)),
            _share(lambda d: float(_hk_nights(d, [f"{_HK}AsleepDeep"]).sum() / _hk_nights(d, _HK_ASLEEP).sum())),
        ),
        ("value", "startDate", "endDate"),
    ),
    Q(
        "what share of my sleep is rem",
        _share(lambda d: float(_hk_nights(d, [f"{_HK}AsleepREM"]).sum() / _hk_nights(d, _HK_ASLEEP).sum())),
        ("value", "startDate", "endDate"),
    ),
    Q(
        "which month did i sleep the worst",
        _lead(either(_month_year(_hk_worst_month), _month_year(_hk_worst_month_wake))),
        ("value", "startDate", "endDate"),
    ),
    Q(
        "how many nights did i get less than 6 hours",
        _count(lambda d: int((_hk_asleep_hours(d) < 6).sum())),
        ("value", "startDate", "endDate"),
    ),
    Q(
        "on average how many times do i wake up in the night",
        _about(lambda d: float((d["value"] == f"{_HK}Awake").sum() / len(_hk_asleep_hours(d))), rel=0.02),
        ("value", "startDate", "endDate"),
    ),
]


# --- 4. Wix Stores orders ------------------------------------------------------------------------------------------

# item: (price, variants, sku prefix, weight)
_WX_ITEMS = {
    "Classic Logo Tee": (24.0, ["S", "M", "L", "XL"], "TEE", 30),
    "Ceramic Coffee Mug": (18.0, ["White", "Black"], "MUG", 22),
    "Canvas Tote Bag": (22.0, [""], "TOTE", 14),
    "Hoodie - Heavyweight": (58.0, ["S", "M", "L", "XL"], "HOOD", 12),
    "Sticker Pack": (6.0, [""], "STK", 26),
    "Enamel Pin Set": (12.0, [""], "PIN", 10),
    "Dad Hat": (28.0, ["Navy", "Khaki"], "HAT", 9),
}


def _wix_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13804)
    n_orders = 1100
    times = pd.Timestamp("2023-06-01") + pd.to_timedelta(np.sort(rng.integers(0, 365 * 24 * 3600, n_orders)), unit="s")
    items = list(_WX_ITEMS)
    iw = [v[3] for v in _WX_ITEMS.values()]
    rows = []
    for k, t in enumerate(times):
        number = 10001 + k
        first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
        country = str(_one(rng, ["US", "CA", "GB", "AU"], [80, 9, 7, 4]))
        state = str(_one(rng, ["CA", "NY", "TX", "WA", "IL", "FL"])) if country == "US" else ""
        coupon = str(_one(rng, ["WELCOME10", "SUMMER15"])) if rng.random() < 0.18 else ""
        email = f"{first.lower()}{int(rng.integers(1, 99))}@gmail.com"
        city = {"US": {"CA": "Los Angeles", "NY": "Brooklyn", "TX": "Austin", "WA": "Seattle", "IL": "Chicago"}}
        city |= {"CA": {"": "Toronto"}, "GB": {"": "London"}, "AU": {"": "Melbourne"}}
        town = city[country].get(state, "Miami")
        method = str(_one(rng, ["Credit Card", "PayPal", "Apple Pay"], [6, 3, 1]))
        lines = []
        for item in dict.fromkeys(_one(rng, items, iw) for _ in range(int(_one(rng, [1, 2, 3], [6, 3, 1])))):
            price, variants, sku, _ = _WX_ITEMS[str(item)]
            lines.append((str(item), str(_one(rng, variants)), sku, int(_one(rng, [1, 2, 3], [8, 2, 1])), price))
        sub = sum(q * p for *_, q, p in lines)
        disc = round(sub * (0.10 if coupon == "WELCOME10" else 0.15), 2) if coupon else 0.0
        ship = 0.0 if sub >= 75 else (5.99 if country == "US" else 14.99)
        tax = round((sub - disc) * 0.0825, 2) if state == "CA" else 0.0
        total = round(sub - disc + ship + tax, 2)
        pay = str(_one(rng, ["Paid", "Not paid", "Refunded"], [92, 3, 5]))
        fulfil = (
            "Fulfilled"
            if (pay == "Paid" and t < pd.Timestamp("2024-05-25")) or rng.random() < 0.05
            else "Not fulfilled"
        )
        for item, variant, sku, q, price in lines:
            rows.append(
                {
                    "Order number": number,
                    "Date created": f"{t:%b} {t.day}, {t.year}",
                    "Time": f"{t:%I:%M %p}",
                    "Billing name": f"{first} {last}",
                    "Contact email": email,
                    "Item": item,
                    "Variant": variant,
                    "SKU": f"{sku}-{variant.upper()[:3]}" if variant else sku,
                    "Qty": q,
                    "Price": f"{price:.2f}",
                    "Coupon code": coupon,
                    "Discount": f"{disc:.2f}",
                    "Shipping rate": f"{ship:.2f}",
                    "Total tax": f"{tax:.2f}",
                    "Total": f"{total:.2f}",
                    "Currency": "USD",
                    "Payment method": method,
                    "Payment status": pay,
                    "Fulfillment status": fulfil,
                    "Delivery method": "Standard Shipping" if ship else "Free Shipping",
                    "Shipping country": country,
                    "Shipping state": state,
                    "Shipping city": town,
                }
            )
    df = pd.DataFrame(rows)
    return df.iloc[::-1].reset_index(drop=True)


def _wx_orders(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("Order number")


def _wx_paid(d: pd.DataFrame) -> pd.DataFrame:
    o = _wx_orders(d)
    return o[_txt(o["Payment status"]) == "Paid"]


_WIX_QS = [
    Q(
        "how many orders did we get",
        _count(lambda d: int(d["Order number"].nunique())),
        ("Order number",),
    ),
    Q(
        "total sales?",
        either(
            _dollars(lambda d: float(_num(_wx_orders(d)["Total"]).sum())),
            _dollars(lambda d: float(_num(_wx_paid(d)["Total"]).sum())),
            _dollars(lambda d: float((_num(d["Qty"]) * _num(d["Price"])).sum())),
        ),
        ("Total", "Order number", "Payment status", "Qty", "Price"),
    ),
    Q(
        "what's our best seller",
        _lead(
            either(
                _named(lambda d: _top(_num(d["Qty"]).groupby(_txt(d["Item"])).sum())),
                _named(lambda d: _top((_num(d["Qty"]) * _num(d["Price"])).groupby(_txt(d["Item"])).sum())),
                _named(lambda d: _top(_txt(d["Item"]).value_counts())),
            )
        ),
        ("Item", "Qty", "Price"),
    ),
    Q(
        "what's the average order value",
        either(
            _dollars(lambda d: float(_num(_wx_orders(d)["Total"]).mean())),
            _dollars(lambda d: float(_num(_wx_paid(d)["Total"]).mean())),
        ),
        ("Total", "Order number", "Payment status"),
    ),
    Q(
        "what share of orders used a discount code",
        _share(lambda d: float((_txt(_wx_orders(d)["Coupon code"]) != "").mean())),
        ("Coupon code", "Discount", "Order number"),
    ),
    Q(
        "how many orders still haven't been shipped",
        _count(lambda d: int((_txt(_wx_orders(d)["Fulfillment status"]) == "Not fulfilled").sum())),
        ("Fulfillment status", "Order number"),
    ),
]


# --- 5. NYC DOE daily school attendance ----------------------------------------------------------------------------

_NYC_SCHOOLS = ["01M015", "01M019", "02M475", "02M416", "03M054", "05M125", "07X001", "09X004", "10X368"]
_NYC_SCHOOLS += ["13K008", "15K130", "17K191", "20K229", "24Q014", "25Q032", "27Q042", "28Q117", "31R008"]


def _nyc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13805)
    days = [d for d in pd.bdate_range("2018-09-05", "2019-06-26") if d.month not in (7, 8)]
    closed = set(pd.to_datetime(["2018-09-10", "2018-09-19", "2018-11-06", "2018-11-12", "2018-11-22"]))
    closed |= set(pd.bdate_range("2018-12-24", "2019-01-01")) | set(pd.bdate_range("2019-02-18", "2019-02-22"))
    closed |= set(pd.bdate_range("2019-04-19", "2019-04-26")) | set(pd.to_datetime(["2019-05-27", "2019-06-04"]))
    days = [d for d in days if d not in closed]
    rows = []
    for dbn in _NYC_SCHOOLS:
        size = int(rng.integers(250, 1600))
        base = 0.06 + 0.05 * rng.random() + (0.08 if dbn == "09X004" else 0.0)
        for d in days:
            size = max(200, size + int(rng.integers(-2, 3)))
            rate = base + (0.03 if d.dayofweek == 4 else 0) + (0.04 if d.month in (12, 1) else 0)
            rate += 0.05 if d == pd.Timestamp("2018-12-21") else 0.0
            rate += 0.04 if d.month == 6 and d.day > 15 else 0.0
            absent = int(rng.binomial(size, min(rate + rng.normal(0, 0.01), 0.9)))
            released = int(rng.binomial(size, 0.002))
            rows.append(
                {
                    "School DBN": dbn,
                    "Date": int(f"{d:%Y%m%d}"),
                    "SchoolYear": 20182019,
                    "Enrolled": size,
                    "Absent": absent,
                    "Present": size - absent - released,
                    "Released": released,
                }
            )
    return pd.DataFrame(rows)


def _nyc_date(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"].astype(str), format="%Y%m%d")


def _nyc_rates(d: pd.DataFrame) -> pd.Series:
    return d["Present"] / d["Enrolled"]


def _nyc_school_rank(best: bool) -> list[Callable[[pd.DataFrame], str]]:
    pick = _top if best else _bottom

    def by_sum(d: pd.DataFrame) -> str:
        g = d.groupby("School DBN")[["Present", "Enrolled"]].sum()
        return pick(g["Present"] / g["Enrolled"])

    def by_mean(d: pd.DataFrame) -> str:
        return pick(_nyc_rates(d).groupby(d["School DBN"]).mean())

    return [by_sum, by_mean]


def _nyc_month(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Period(_top(d["Absent"].groupby(_nyc_date(d).dt.to_period("M")).sum())).to_timestamp()


def _nyc_month_rate(d: pd.DataFrame) -> pd.Timestamp:
    m = _nyc_date(d).dt.to_period("M")
    g = d.groupby(m)[["Absent", "Enrolled"]].sum()
    return pd.Period(_top(g["Absent"] / g["Enrolled"])).to_timestamp()


def _nyc_weekday_rates(d: pd.DataFrame, how: str) -> list[float]:
    wd = _nyc_date(d).dt.day_of_week
    out = []
    for day in (0, 4):
        sub = d[wd == day]
        if how == "sum":
            out.append(float(sub["Absent"].sum() / sub["Enrolled"].sum()))
        else:
            out.append(float((sub["Absent"] / sub["Enrolled"]).mean()))
    return out


def _both_shares(values: Callable[[pd.DataFrame], list[float]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in values(df):
            why = _share(v)(answer, df)
            if why:
                return why
        return None

    return check


_NYC_QS = [
    Q(
        "what's the overall attendance rate",
        either(
            _share(lambda d: float(d["Present"].sum() / d["Enrolled"].sum())),
            _share(lambda d: float(_nyc_rates(d).mean())),
            _share(lambda d: float(d["Present"].sum() / (d["Present"] + d["Absent"]).sum())),
        ),
        ("Present", "Enrolled", "Absent", "Released"),
    ),
    Q(
        "which school has the worst attendance",
        _lead(either(*[_named(f) for f in _nyc_school_rank(False)])),
        ("School DBN", "Present", "Enrolled", "Absent"),
    ),
    Q(
        "and the best?",
        _lead(either(*[_named(f) for f in _nyc_school_rank(True)])),
        ("School DBN", "Present", "Enrolled", "Absent"),
    ),
    Q(
        "which month had the most kids absent",
        _lead(either(_month_year(_nyc_month), _month_year(_nyc_month_rate))),
        ("Date", "Absent", "Enrolled"),
    ),
    Q(
        "what single day had the most absences across all schools",
        _lead(_day(lambda d: _nyc_date(d)[d["Absent"].groupby(d["Date"]).transform("sum").idxmax()])),
        ("Date", "Absent"),
    ),
    Q(
        "are absences worse on fridays than mondays? give me both rates",
        either(
            _both_shares(lambda d: _nyc_weekday_rates(d, "sum")),
            _both_shares(lambda d: _nyc_weekday_rates(d, "mean")),
        ),
        ("Date", "Absent", "Enrolled", "Present"),
    ),
]


# --- 6. LADBS building permits -------------------------------------------------------------------------------------

# permit type: (weight, sub-types, category, valuation median or None)
_LA_TYPES = {
    "Bldg-Alter/Repair": (32, ["1 or 2 Family Dwelling", "Apartment", "Commercial"], "Plan Check", 45000),
    "Bldg-New": (8, ["1 or 2 Family Dwelling", "Apartment", "Commercial"], "Plan Check", 650000),
    "Bldg-Addition": (7, ["1 or 2 Family Dwelling", "Commercial"], "Plan Check", 120000),
    "Electrical": (20, ["1 or 2 Family Dwelling", "Apartment", "Commercial"], "No Plan Check", None),
    "Plumbing": (15, ["1 or 2 Family Dwelling", "Apartment", "Commercial"], "No Plan Check", None),
    "HVAC": (8, ["1 or 2 Family Dwelling", "Commercial"], "No Plan Check", None),
    "Swimming-Pool/Spa": (4, ["1 or 2 Family Dwelling"], "Plan Check", 75000),
    "Bldg-Demolition": (4, ["1 or 2 Family Dwelling", "Commercial"], "No Plan Check", 15000),
    "Grading": (2, ["Onsite"], "Plan Check", 30000),
}
_LA_DESC = {
    "Bldg-Alter/Repair": ["KITCHEN REMODEL", "REROOF", "INTERIOR NON-STRUCTURAL REMODEL", "ADU CONVERSION OF GARAGE"],
    "Bldg-New": ["NEW 2-STORY SINGLE FAMILY DWELLING", "NEW 5-STORY APARTMENT BUILDING", "NEW DETACHED ADU"],
    "Bldg-Addition": ["ADDITION OF 400 SQ FT TO SFD", "2ND STORY ADDITION"],
    "Electrical": ["SOLAR PV SYSTEM", "EV CHARGER", "SERVICE UPGRADE 200 AMP"],
    "Plumbing": ["REPIPE", "WATER HEATER REPLACEMENT", "SEWER CAP"],
    "HVAC": ["CHANGE OUT FURNACE AND AC"],
    "Swimming-Pool/Spa": ["NEW POOL AND SPA"],
    "Bldg-Demolition": ["DEMO SFD", "DEMO DETACHED GARAGE"],
    "Grading": ["GRADING FOR NEW SFD"],
}
_LA_ZIPS = ["90026", "90027", "90039", "90041", "90042", "90065", "91040", "91331", "91342", "91344", "91367"]
_LA_ZIPS += ["90019", "90034", "90049", "90066", "90731"]
_LA_STREETS = [("SUNSET", "BLVD", "W"), ("FIGUEROA", "ST", "N"), ("VENTURA", "BLVD", ""), ("SEPULVEDA", "BLVD", "S")]
_LA_STREETS += [("MAPLE", "AVE", ""), ("EAGLE ROCK", "BLVD", ""), ("GLENDALE", "BLVD", ""), ("ROSCOE", "BLVD", "")]
_LA_CONTRACTORS = ["PACIFIC BUILDERS INC", "SOLARCITY CORP", "ROTO ROOTER", "LA REMODEL GROUP", "BLUE POOLS INC"]
_LA_CONTRACTORS += ["WESTSIDE ELECTRIC", "ABC PLUMBING CO", "URBAN INFILL CONSTRUCTION"]


def _la_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13806)
    n = 3200
    types = list(_LA_TYPES)
    tw = [v[0] for v in _LA_TYPES.values()]
    zw = np.linspace(2.0, 0.6, len(_LA_ZIPS))
    rows = []
    for _ in range(n):
        ptype = str(_one(rng, types, tw))
        _w, subs, cat, med = _LA_TYPES[ptype]
        year = int(_one(rng, [2018, 2019, 2020, 2021, 2022, 2023], [15, 16, 12, 18, 21, 18]))
        issue = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        sub = str(_one(rng, subs))
        status = str(
            _one(
                rng, ["Issued", "Permit Finaled", "Permit Expired", "CofO Issued", "Permit Closed"], [30, 45, 10, 5, 10]
            )
        )
        if status == "CofO Issued" and ptype != "Bldg-New":
            status = "Permit Finaled"
        status_date = issue + pd.Timedelta(days=int(rng.integers(0, 500)))
        val: Any = ""
        if med is not None and rng.random() > 0.03:
            val = int(round(float(med * np.exp(rng.normal(0, 0.7))), -2))
        units: Any = ""
        if ptype == "Bldg-New" and sub != "Commercial":
            units = 1 if sub == "1 or 2 Family Dwelling" else int(rng.integers(5, 120))
        street, suffix, direction = _LA_STREETS[int(rng.integers(len(_LA_STREETS)))]
        owner = rng.random() < 0.14
        lat, lon = 34.05 + rng.normal(0, 0.08), -118.30 + rng.normal(0, 0.12)
        prefix = f"{year % 100:02d}{int(_one(rng, [16, 14, 42, 41, 20, 30])):03d}"
        rows.append(
            {
                "Assessor Book": int(rng.integers(2000, 7000)),
                "Assessor Page": int(rng.integers(1, 40)),
                "Assessor Parcel": int(rng.integers(1, 60)),
                "PCIS Permit #": f"{prefix}-{int(_one(rng, [10000, 20000, 30000]))}-{int(rng.integers(0, 99999)):05d}",
                "Status": status,
                "Status Date": f"{status_date:%m/%d/%Y}",
                "Permit Type": ptype,
                "Permit Sub-Type": sub,
                "Permit Category": cat,
                "Issue Date": f"{issue:%m/%d/%Y}",
                "Address Start": int(rng.integers(100, 20000)),
                "Street Direction": direction,
                "Street Name": street,
                "Street Suffix": suffix,
                "Zip Code": str(_one(rng, _LA_ZIPS, zw)),
                "Work Description": str(_one(rng, _LA_DESC[ptype])),
                "Valuation": val,
                "# of Residential Dwelling Units": units,
                "# of Stories": int(_one(rng, [1, 2, 3, 5])) if ptype in ("Bldg-New", "Bldg-Addition") else "",
                "Contractor's Business Name": "" if owner else str(_one(rng, _LA_CONTRACTORS)),
                "License Type": "" if owner else str(_one(rng, ["B", "C10", "C36", "C53"])),
                "Census Tract": f"{float(rng.integers(1000, 2800)) + float(_one(rng, [0.0, 0.01, 0.02])):.2f}",
                "Latitude/Longitude": f"({lat:.4f}, {lon:.4f})",
            }
        )
    return pd.DataFrame(rows)


def _la_type(d: pd.DataFrame, t: str) -> pd.Series:
    return _txt(d["Permit Type"]) == t


def _la_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Issue Date"], format="%m/%d/%Y").dt.year


_LA_QS = [
    Q(
        "how many permits were for brand new buildings",
        _count(lambda d: int(_la_type(d, "Bldg-New").sum())),
        ("Permit Type",),
    ),
    Q(
        "what's the total value of those projects?",
        _dollars(lambda d: float(_num(d.loc[_la_type(d, "Bldg-New"), "Valuation"]).sum())),
        ("Permit Type", "Valuation"),
    ),
    Q(
        "which zip code got the most permits",
        _lead(_named(lambda d: _top(d["Zip Code"].astype(str).value_counts()))),
        ("Zip Code",),
    ),
    Q(
        "what year had the most permits issued",
        _lead(_year(lambda d: int(_top(_la_year(d).value_counts())))),
        ("Issue Date",),
    ),
    Q(
        "how much does a typical pool permit cost (valuation)",
        either(
            _dollars(lambda d: float(_num(d.loc[_la_type(d, "Swimming-Pool/Spa"), "Valuation"]).median())),
            _dollars(lambda d: float(_num(d.loc[_la_type(d, "Swimming-Pool/Spa"), "Valuation"]).mean())),
        ),
        ("Permit Type", "Valuation"),
    ),
    Q(
        "how many permits have no contractor listed",
        _count(lambda d: int((_txt(d["Contractor's Business Name"]) == "").sum())),
        ("Contractor's Business Name",),
    ),
]


# --- 7. FHWA National Bridge Inventory (one state) -----------------------------------------------------------------

_NBI_FEATURES = ["CREEK", "RIVER", "I-81", "US 22", "SR 0030", "NORFOLK SOUTHERN RR", "BRANCH", "RUN"]
_NBI_FACILITY = ["SR 0011", "I-81 NB", "I-81 SB", "US 22", "T-455", "SR 0030", "CITY STREET", "SR 1003"]


def _nbi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13807)
    n = 3400
    counties = [1, 3, 5, 7, 11, 13, 17, 21, 29, 41, 43, 45, 71, 77, 91, 101, 133]
    cw = rng.uniform(0.5, 3.0, len(counties))
    rows = []
    for i in range(n):
        built = int(np.clip(round(rng.normal(1968, 22)), 1890, 2022))
        culvert = rng.random() < 0.22
        age = 2023 - built
        recon = 0
        if age > 30 and rng.random() < 0.3:
            recon = int(rng.integers(built + 20, 2023))
        eff = 2023 - (recon or built)
        base = 8.4 - eff / 24 + rng.normal(0, 0.7)
        ratings = [int(np.clip(round(base + rng.normal(0, 0.6)), 2, 9)) for _ in range(3)]
        if culvert:
            deck, sup, sub = "N", "N", "N"
            cul = str(int(np.clip(round(base + rng.normal(0, 0.6)), 2, 9)))
            low = int(cul)
        else:
            deck, sup, sub = (str(r) for r in ratings)
            cul = "N"
            low = min(ratings)
        cond = "G" if low >= 7 else ("F" if low >= 5 else "P")
        adt = int(np.exp(rng.normal(7.5, 1.4)))
        feat = str(_one(rng, _NBI_FEATURES))
        fac = str(_one(rng, _NBI_FACILITY))
        lat = 40 + rng.uniform(0, 1.9)
        lon = 75 + rng.uniform(0, 5.0)

        def dms(x: float) -> int:
            dd = int(x)
            mm = int((x - dd) * 60)
            ss = (x - dd - mm / 60) * 3600
            return int(f"{dd:02d}{mm:02d}{int(ss * 100):04d}")

        rows.append(
            {
                "STATE_CODE_001": 42,
                "STRUCTURE_NUMBER_008": f"{int(rng.integers(10000000, 99999999)):015d}"
                if i % 500
                else "000000000007814",
                "RECORD_TYPE_005A": 1,
                "COUNTY_CODE_003": int(_one(rng, counties, cw)),
                "FEATURES_DESC_006A": f"'{feat:<24}'",
                "FACILITY_CARRIED_007": f"'{fac:<18}'",
                "LAT_016": dms(lat),
                "LONG_017": dms(lon),
                "OWNER_022": int(_one(rng, [1, 2, 4, 3, 27], [60, 25, 8, 5, 2])),
                "YEAR_BUILT_027": built,
                "TRAFFIC_LANES_ON_028A": int(_one(rng, [1, 2, 4], [1, 8, 2])),
                "ADT_029": adt,
                "YEAR_ADT_030": int(_one(rng, [2017, 2019, 2021, 2022])),
                "STRUCTURE_KIND_043A": 3 if culvert else int(_one(rng, [1, 3, 4, 5, 7])),
                "STRUCTURE_LEN_MT_049": round(float(rng.gamma(2.0, 18.0)) + 6.1, 1),
                "DECK_COND_058": deck,
                "SUPERSTRUCTURE_COND_059": sup,
                "SUBSTRUCTURE_COND_060": sub,
                "CULVERT_COND_062": cul,
                "YEAR_RECONSTRUCTED_106": recon,
                "BRIDGE_CONDITION": cond,
                "LOWEST_RATING": low,
            }
        )
    return pd.DataFrame(rows)


def _nbi_poor(d: pd.DataFrame) -> pd.Series:
    return _txt(d["BRIDGE_CONDITION"]) == "P"


def _nbi_deck(d: pd.DataFrame) -> pd.DataFrame:
    deck = pd.to_numeric(d["DECK_COND_058"], errors="coerce")
    keep = deck.notna()
    return pd.DataFrame({"built": d.loc[keep, "YEAR_BUILT_027"].astype(float), "deck": deck[keep]})


_NBI_QS = [
    Q(
        "how many bridges are rated poor",
        _count(lambda d: int(_nbi_poor(d).sum())),
        ("BRIDGE_CONDITION", "LOWEST_RATING"),
    ),
    Q(
        "what percent of all bridges is that",
        _share(lambda d: float(_nbi_poor(d).mean())),
        ("BRIDGE_CONDITION", "LOWEST_RATING", "STRUCTURE_NUMBER_008"),
    ),
    Q(
        "which county has the most poor bridges",
        _lead(_named(lambda d: _top(d.loc[_nbi_poor(d), "COUNTY_CODE_003"].astype(str).value_counts()))),
        ("COUNTY_CODE_003", "BRIDGE_CONDITION"),
    ),
    Q(
        "is the year a bridge was built correlated with its deck rating",
        _corr(lambda d: _nbi_deck(d)["built"], lambda d: _nbi_deck(d)["deck"]),
        ("YEAR_BUILT_027", "DECK_COND_058"),
    ),
    Q(
        "how many bridges have never been reconstructed",
        _count(lambda d: int((pd.to_numeric(d["YEAR_RECONSTRUCTED_106"], errors="coerce") == 0).sum())),
        ("YEAR_RECONSTRUCTED_106",),
    ),
    Q(
        "average daily traffic on good bridges vs poor ones?",
        _about(
            lambda d: [
                float(d.loc[_txt(d["BRIDGE_CONDITION"]) == "G", "ADT_029"].mean()),
                float(d.loc[_nbi_poor(d), "ADT_029"].mean()),
            ],
            rel=0.005,
        ),
        ("ADT_029", "BRIDGE_CONDITION"),
    ),
]


HELDOUT138: list[Dataset] = [
    Dataset("webull_orders_export", _webull_frame, _WEBULL_QS),
    Dataset("zoom_webinar_attendee_report", _zoom_frame, _ZOOM_QS),
    Dataset("apple_health_sleep_analysis", _sleep_frame, _SLEEP_QS),
    Dataset("wix_stores_orders_export", _wix_frame, _WIX_QS),
    Dataset("nyc_school_daily_attendance", _nyc_frame, _NYC_QS),
    Dataset("la_building_permits", _la_frame, _LA_QS),
    Dataset("fhwa_nbi_bridge_conditions", _nbi_frame, _NBI_QS),
]
