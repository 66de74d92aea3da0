"""HELDOUT167: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a ShipStation shipments export (2023 to mid
2024, one row per label) with "Order #" ("100234", repeated for split shipments), "Ship Date" as "3/15/2024",
"Order Date", Recipient, Company (mostly blank), "Ship To - City", "Ship To - State" ("CA"), "Ship To - Postal Code",
"Ship To - Country" ("US"), Store, Carrier ("USPS", "UPS", "FedEx", "DHL Express"), Service ("USPS Priority Mail",
"UPS® Ground"), Package, "Weight" with its unit inside ("12.4 oz"), "Tracking #", "Shipping Cost" as "$8.45",
"Insurance Cost" ("$0.00"), "Confirmation" ("None", "Delivery", "Signature") and "Voided" ("True"/"False"); a
Hotjar survey responses export with Number, User ("Anonymous" or an id), "Date Submitted" as "2024-03-15 14:22:05",
Country, "Source URL", Device (Desktop / Mobile / Tablet), Browser, OS, then one column per survey question: "How
likely are you to recommend us to a friend or colleague?" (0-10, blank for skips), "What is the main reason for
your score?" (free text, often blank) and "What's stopping you from signing up today?" (a choice, blank for some);
a Suunto dive log export (2019-2024) with "Dive number", Date as "15.03.2023", "Start time" ("10:32"), Duration as
"0:45:12", "Max depth" with its unit ("28.4 m"), "Avg depth" ("14.1 m"), "Water temperature" ("24 °C", blank for a
few), "Dive mode" (Air / Nitrox / Free), Gas ("Air", "EAN32", "EAN36"), "Start pressure (bar)" and "End pressure
(bar)" (blank without a transmitter), Location (country), "Dive site", Buddy (blank for some) and Notes; a Lemon
Squeezy orders export with "Order ID", "Order Number" ("#1024"), "Created at" as "2024-03-15 14:22:05 UTC",
"Customer Name", "Customer Email", Country ("US"), Product, Variant, Status (paid / refunded / pending), Currency
(USD / EUR / GBP), Subtotal, Discount, Tax, Total (in the order currency), "Total (USD)" and "Discount Code" (blank
for most); Denver Open Data traffic accidents (2021-2023) with incident_id, offense_id, offense_code (5441),
offense_code_extension, top_traffic_accident_offense ("TRAF - ACCIDENT", "TRAF - ACCIDENT - HIT & RUN", "TRAF -
ACCIDENT - DUI/DUID", "TRAF - ACCIDENT - SBI", "TRAF - ACCIDENT - FATAL"), first_occurrence_date and reported_date as
"1/15/2023 5:32:00 PM", incident_address (upper case, blank for some), geo_lon, geo_lat, district_id, precinct_id,
neighborhood_id ("capitol-hill"), bicycle_ind and pedestrian_ind (1 or blank), ROAD_LOCATION, ROAD_DESCRIPTION,
ROAD_CONDITION ("DRY", "WET", "ICY", "SNOWY"), LIGHT_CONDITION ("DAY LIGHT", "DARK-LIGHTED", ...),
TU1_VEHICLE_TYPE, TU1_DRIVER_ACTION, SERIOUSLY_INJURED and FATALITIES; EIA coal production by state, monthly, as the
API download writes it (2021-2023, long) with period ("2023-06"), stateRegionId ("WY", and "US" for the national
total rows), stateRegionDescription, mineTypeId (SUR / UND / TOT), mineTypeDescription (Surface / Underground /
Total), production (blank where withheld) and production-units ("short tons"); and the dataUNODC intentional
homicide victims download in long form (25 countries, 2010-2022, gaps) with Iso3_code, Country, Region, Subregion,
Indicator ("Victims of intentional homicide"), Dimension (Total / by mechanisms), Category (Total / "Firearms or
explosives - firearms"), Sex (Total / Male / Female), Age ("Total"), Year, "Unit of measurement" ("Counts" / "Rate
per 100,000 population"), VALUE and Source. All are generated with fixed seeds 16701-16707.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text, _year
from .heldout42 import _ranked
from .heldout158 import _minutes
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$1,234.50", "12.4 oz", "28.4 m", "24 °C" or blanks."""
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _month_top(stamps: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    """The month with the most rows (or the largest sum of `weights`), earliest on ties."""
    months = stamps.dt.to_period("M")
    scores = months.value_counts() if weights is None else weights.groupby(months).sum()
    best = scores[scores == scores.max()].index.min()
    return best.to_timestamp()


# --- 1. ShipStation shipments export -------------------------------------------------------------------------------

_SS_SERVICES = {
    "USPS": (["USPS First Class Mail", "USPS Priority Mail", "USPS Ground Advantage"], 0.52, 4.2),
    "UPS": (["UPS® Ground", "UPS 2nd Day Air®"], 0.25, 8.9),
    "FedEx": (["FedEx Home Delivery®", "FedEx 2Day®"], 0.17, 9.6),
    "DHL Express": (["DHL Express Worldwide"], 0.06, 24.0),
}
_SS_STATES = ["CA", "TX", "NY", "FL", "IL", "WA", "PA", "OH", "GA", "CO", "NC", "MA"]
_SS_CITY = {"CA": "Los Angeles", "TX": "Austin", "NY": "Brooklyn", "FL": "Miami", "IL": "Chicago", "WA": "Seattle"}
_SS_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Mason", "Sophia", "Lucas", "Mia", "Ethan", "Harper", "Owen"]
_SS_LAST = ["Smith", "Johnson", "Garcia", "Brown", "Lee", "Martinez", "Davis", "Nguyen", "Walker", "Hall"]


def _shipstation_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16701)
    carriers = list(_SS_SERVICES)
    rows = []
    order = 100200
    for _ in range(1400):
        order += int(rng.integers(1, 3))
        placed = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 546)))
        n_parcels = 2 if rng.random() < 0.06 else 1
        state = _one(rng, _SS_STATES, [22, 12, 11, 9, 6, 5, 4, 4, 4, 3, 3, 3])
        name = f"{_one(rng, _SS_FIRST)} {_one(rng, _SS_LAST)}"
        for _ in range(n_parcels):
            carrier = _one(rng, carriers, [v[1] for v in _SS_SERVICES.values()])
            services, _, base = _SS_SERVICES[carrier]
            service = _one(rng, services)
            weight = round(float(rng.gamma(2.2, 9.0)) + 1.0, 1)
            cost = round(base + 0.18 * weight * rng.uniform(0.8, 1.2) + (3.0 if "2" in service else 0.0), 2)
            shipped = placed + pd.Timedelta(days=int(rng.integers(0, 4)))
            rows.append(
                {
                    "Order #": str(order),
                    "Ship Date": f"{shipped.month}/{shipped.day}/{shipped.year}",
                    "Order Date": f"{placed.month}/{placed.day}/{placed.year}",
                    "Recipient": name,
                    "Company": "Acme Corp" if rng.random() < 0.05 else "",
                    "Ship To - City": _SS_CITY.get(state, "Springfield"),
                    "Ship To - State": state,
                    "Ship To - Postal Code": f"{int(rng.integers(10000, 99999)):05d}",
                    "Ship To - Country": "US",
                    "Store": _one(rng, ["Shopify Store", "Etsy", "Manual Orders"], [70, 25, 5]),
                    "Carrier": carrier,
                    "Service": service,
                    "Package": "Package" if weight > 14 else _one(rng, ["Package", "Flat Rate Envelope"]),
                    "Weight": f"{weight} oz",
                    "Tracking #": f"{int(rng.integers(10**15, 10**16))}",
                    "Shipping Cost": f"${cost:,.2f}",
                    "Insurance Cost": "$0.00" if rng.random() < 0.9 else f"${rng.uniform(1, 6):.2f}",
                    "Confirmation": _one(rng, ["None", "Delivery", "Signature"], [60, 35, 5]),
                    "Voided": "True" if rng.random() < 0.03 else "False",
                }
            )
    return pd.DataFrame(rows)


def _ss(d: pd.DataFrame, live: bool = False) -> pd.DataFrame:
    out = d.copy()
    out["_cost"] = _num(out["Shipping Cost"])
    out["_oz"] = _num(out["Weight"])
    out["_day"] = pd.to_datetime(out["Ship Date"], format="%m/%d/%Y")
    if live:
        out = out[out["Voided"].astype(str).str.lower() != "true"]
    return out


def _ss_carrier_means(live: bool) -> Callable[[pd.DataFrame], list[float]]:
    return lambda d: _ss(d, live).groupby("Carrier")["_cost"].mean().tolist()


_SS_COST = ("Shipping Cost", "Voided")
_SHIPSTATION_QS = [
    Q(
        "how many shipments are in here",
        either(_count(lambda d: len(d)), _count(lambda d: len(_ss(d, True))), _count(lambda d: d["Order #"].nunique())),
        ("Order #", "Voided"),
    ),
    Q(
        "how much did we spend on shipping altogether",
        either(_money(lambda d: float(_ss(d)["_cost"].sum())), _money(lambda d: float(_ss(d, True)["_cost"].sum()))),
        _SS_COST,
    ),
    Q(
        "which carrier do we use the most",
        _lead(_named(lambda d: _top(d["Carrier"].value_counts()))),
        ("Carrier", "Voided"),
    ),
    Q(
        "whats the average label cost for each carrier",
        either(_about(_ss_carrier_means(False)), _about(_ss_carrier_means(True))),
        ("Carrier", *_SS_COST),
    ),
    Q(
        "what month did we ship the most packages",
        either(
            _month_year(lambda d: _month_top(_ss(d)["_day"])),
            _month_year(lambda d: _month_top(_ss(d, True)["_day"])),
        ),
        ("Ship Date", "Order #", "Voided"),
    ),
    Q(
        "do heavier packages cost more to ship?",
        corr_of(lambda d: _ss(d)["_oz"], lambda d: _ss(d)["_cost"]),
        ("Weight", "Shipping Cost"),
    ),
]


# --- 2. Hotjar survey responses export -----------------------------------------------------------------------------

_HJ_NPS = "How likely are you to recommend us to a friend or colleague?"
_HJ_WHY = "What is the main reason for your score?"
_HJ_STOP = "What's stopping you from signing up today?"
_HJ_COUNTRIES = ["United States", "United Kingdom", "Germany", "Canada", "India", "France", "Australia", "Brazil"]
_HJ_REASONS = ["Easy to use", "too expensive", "Great support!", "missing integrations", "works fine", "slow"]
_HJ_STOPS = ["Price", "Not sure it fits my needs", "Need to talk to my team", "Just browsing", "Other"]


def _hotjar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16702)
    rows = []
    start = pd.Timestamp("2024-01-01")
    for i in range(1, 1201):
        device = _one(rng, ["Desktop", "Mobile", "Tablet"], [55, 38, 7])
        shift = {"Desktop": 0.6, "Mobile": -0.5, "Tablet": 0.0}[device]
        score = int(np.clip(round(rng.normal(7.2 + shift, 2.2)), 0, 10))
        when = start + pd.Timedelta(seconds=int(rng.integers(0, 180 * 86400)))
        rows.append(
            {
                "Number": i,
                "User": "Anonymous" if rng.random() < 0.7 else f"{int(rng.integers(10**7, 10**8))}",
                "Date Submitted": when.strftime("%Y-%m-%d %H:%M:%S"),
                "Country": _one(rng, _HJ_COUNTRIES, [34, 14, 10, 9, 12, 7, 6, 8]),
                "Source URL": _one(
                    rng, ["https://example.com/pricing", "https://example.com/", "https://example.com/features"]
                ),
                "Device": device,
                "Browser": _one(rng, ["Chrome", "Safari", "Firefox", "Edge"], [62, 24, 7, 7]),
                "OS": _one(rng, ["Windows", "Mac OS X", "iOS", "Android"], [40, 20, 22, 18]),
                _HJ_NPS: np.nan if rng.random() < 0.06 else score,
                _HJ_WHY: _one(rng, _HJ_REASONS) if rng.random() < 0.45 else "",
                _HJ_STOP: _one(rng, _HJ_STOPS, [30, 25, 15, 20, 10]) if rng.random() < 0.8 else "",
            }
        )
    return pd.DataFrame(rows)


def _nps(d: pd.DataFrame) -> float:
    s = pd.to_numeric(d[_HJ_NPS], errors="coerce").dropna()
    return float(100 * ((s >= 9).mean() - (s <= 6).mean()))


def _nps_check() -> Check:
    """A net promoter score, on the -100..100 scale or as a fraction, to about half a point."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = _nps(df)
        for t in re.findall(r"-?\d+(?:\.\d+)?", answer.replace(",", "")):
            f = float(t)
            if abs(abs(f) - abs(want)) <= 0.6 or abs(abs(f) - abs(want) / 100) <= 0.006:
                return None
        return f"missing NPS {want:.3g}"

    return check


_HJ_DEVICES = ("Desktop", "Mobile")
_HOTJAR_QS = [
    Q("how many responses did we get", _count(lambda d: len(d)), ("Number",)),
    Q(
        "what's the average recommend score",
        _about(lambda d: float(pd.to_numeric(d[_HJ_NPS], errors="coerce").mean())),
        (_HJ_NPS,),
    ),
    Q("so what's our nps", _nps_check(), (_HJ_NPS,)),
    Q(
        "do mobile users score us lower than desktop?",
        _about(lambda d: [float(d.loc[d["Device"] == x, _HJ_NPS].mean()) for x in _HJ_DEVICES]),
        ("Device", _HJ_NPS),
    ),
    Q(
        "which country do most responses come from",
        _lead(_named(lambda d: _top(d["Country"].value_counts()))),
        ("Country",),
    ),
    Q(
        "how many people didn't bother to give a reason for their score",
        either(
            _count(lambda d: int(_text(d[_HJ_WHY]).eq("").sum())),
            _count(lambda d: int((_text(d[_HJ_WHY]).eq("") & d[_HJ_NPS].notna()).sum())),
        ),
        (_HJ_WHY, _HJ_NPS),
    ),
]


# --- 3. Suunto dive log export -------------------------------------------------------------------------------------

_SU_SITES = {
    "Egypt": ["Ras Mohammed - Shark Reef", "Thistlegorm", "Abu Nuhas", "Elphinstone"],
    "Indonesia": ["Blue Corner", "Crystal Bay", "Manta Point", "Batu Bolong"],
    "Mexico": ["Cenote Dos Ojos", "Palancar Reef", "Columbia Wall"],
    "Croatia": ["Baron Gautsch", "Rovinj Wall"],
}
_SU_BUDDIES = ["Marco", "Anna K.", "Jens", "Sofia", "Dive guide"]


def _suunto_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16703)
    rows = []
    day = pd.Timestamp("2019-03-01")
    for n in range(1, 361):
        day = day + pd.Timedelta(
            days=int(rng.choice([0, 0, 1, 1, 2, 7, 30, 60], p=[0.3, 0.1, 0.2, 0.15, 0.1, 0.08, 0.05, 0.02]))
        )
        country = _one(rng, list(_SU_SITES), [40, 30, 20, 10])
        site = _one(rng, _SU_SITES[country])
        mode = _one(rng, ["Air", "Nitrox", "Free"], [55, 40, 5])
        gas = {"Air": "Air", "Nitrox": _one(rng, ["EAN32", "EAN36"], [3, 1]), "Free": ""}[mode]
        max_depth = round(float(np.clip(rng.normal(8 if mode == "Free" else 22, 7), 4, 40)), 1)
        minutes = float(np.clip(rng.normal(3 if mode == "Free" else 52 - 0.4 * max_depth, 8), 1.5, 80))
        secs = int(minutes * 60)
        temp = {"Egypt": 25, "Indonesia": 28, "Mexico": 27, "Croatia": 18}[country] - 0.08 * max_depth
        start_p = 200 + int(rng.integers(-10, 21)) if mode != "Free" else None
        used = (max_depth / 10 + 1) * minutes * rng.uniform(1.6, 2.2) if start_p else 0
        has_tx = start_p is not None and rng.random() < 0.8
        rows.append(
            {
                "Dive number": n,
                "Date": day.strftime("%d.%m.%Y"),
                "Start time": f"{int(rng.integers(7, 17)):02d}:{int(rng.integers(0, 60)):02d}",
                "Duration": f"{secs // 3600}:{secs % 3600 // 60:02d}:{secs % 60:02d}",
                "Max depth": f"{max_depth} m",
                "Avg depth": f"{round(max_depth * rng.uniform(0.45, 0.65), 1)} m",
                "Water temperature": "" if rng.random() < 0.05 else f"{round(temp + rng.normal(0, 1))} °C",
                "Dive mode": mode,
                "Gas": gas,
                "Start pressure (bar)": start_p if has_tx else np.nan,
                "End pressure (bar)": max(30, round(start_p - used)) if has_tx else np.nan,
                "Location": country,
                "Dive site": site,
                "Buddy": _one(rng, _SU_BUDDIES) if rng.random() < 0.8 else "",
                "Notes": ""
                if rng.random() < 0.7
                else _one(rng, ["turtles!", "strong current", "night dive", "poor vis"]),
            }
        )
    return pd.DataFrame(rows)


def _su(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_max"] = _num(out["Max depth"])
    parts = out["Duration"].astype(str).str.split(":", expand=True).astype(float)
    out["_min"] = parts[0] * 60 + parts[1] + parts[2] / 60
    out["_air"] = out["Start pressure (bar)"] - out["End pressure (bar)"]
    return out


_SUUNTO_QS = [
    Q("how many dives have i logged", _count(lambda d: len(d)), ("Dive number",)),
    Q("what's my deepest dive", _about(lambda d: float(_su(d)["_max"].max())), ("Max depth", "Dive number", "Date")),
    Q(
        "how long is a typical dive",
        either(
            _minutes(lambda d: float(_su(d)["_min"].mean())),
            _minutes(lambda d: float(_su(d)["_min"].median())),
            _minutes(lambda d: float(_su(d).query("`Dive mode` != 'Free'")["_min"].mean())),
            _minutes(lambda d: float(_su(d).query("`Dive mode` != 'Free'")["_min"].median())),
        ),
        ("Duration", "Dive mode"),
    ),
    Q(
        "which dive site have i been to most",
        _lead(_named(lambda d: _top(d["Dive site"].value_counts()))),
        ("Dive site", "Location"),
    ),
    Q(
        "how many of my dives were on nitrox",
        _count(lambda d: int((d["Dive mode"] == "Nitrox").sum())),
        ("Dive mode", "Gas"),
    ),
    Q(
        "do deeper dives use up more air",
        corr_of(lambda d: _su(d)["_max"], lambda d: _su(d)["_air"]),
        ("Max depth", "Start pressure (bar)", "End pressure (bar)"),
    ),
]


# --- 4. Lemon Squeezy orders export --------------------------------------------------------------------------------

_LS_PRODUCTS = {"Pro Icon Pack": (29.0, 35), "UI Kit": (79.0, 25), "Notion Template": (12.0, 30), "Course": (149.0, 10)}
_LS_RATE = {"USD": 1.0, "EUR": 1.09, "GBP": 1.27}


def _lemon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16704)
    rows = []
    names = list(_LS_PRODUCTS)
    for i in range(1, 2101):
        product = _one(rng, names, [v[1] for v in _LS_PRODUCTS.values()])
        price = _LS_PRODUCTS[product][0]
        variant = _one(rng, ["Personal", "Commercial"], [3, 1])
        subtotal = price * (2 if variant == "Commercial" else 1)
        currency = _one(rng, list(_LS_RATE), [70, 20, 10])
        code = _one(rng, ["LAUNCH20", "BLACKFRIDAY"]) if rng.random() < 0.12 else ""
        discount = round(subtotal * (0.2 if code == "LAUNCH20" else 0.3), 2) if code else 0.0
        tax = round((subtotal - discount) * (0.2 if currency != "USD" else 0.0), 2)
        total = round(subtotal - discount + tax, 2)
        when = pd.Timestamp("2023-07-01") + pd.Timedelta(seconds=int(rng.integers(0, 365 * 86400)))
        country = {"USD": _one(rng, ["US", "CA", "BR"], [8, 1, 1]), "EUR": _one(rng, ["DE", "FR", "NL"]), "GBP": "GB"}
        rows.append(
            {
                "Order ID": 1_400_000 + i * 7,
                "Order Number": f"#{1000 + i}",
                "Created at": when.strftime("%Y-%m-%d %H:%M:%S UTC"),
                "Customer Name": f"Customer {int(rng.integers(1, 1700))}",
                "Customer Email": f"user{int(rng.integers(1, 1700))}@mail.com",
                "Country": country[currency],
                "Product": product,
                "Variant": variant,
                "Status": _one(rng, ["paid", "refunded", "pending"], [90, 7, 3]),
                "Currency": currency,
                "Subtotal": subtotal,
                "Discount": discount,
                "Tax": tax,
                "Total": total,
                "Total (USD)": round(total * _LS_RATE[currency], 2),
                "Discount Code": code,
            }
        )
    return pd.DataFrame(rows)


def _ls(d: pd.DataFrame, paid: bool) -> pd.DataFrame:
    out = d.copy()
    out["_at"] = pd.to_datetime(out["Created at"].str.replace(" UTC", ""), format="%Y-%m-%d %H:%M:%S")
    return out[out["Status"] == "paid"] if paid else out


def _ls_revenue(paid: bool, drop_refunds: bool = False) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _ls(d, paid)
        if drop_refunds:
            x = x[x["Status"] != "refunded"]
        return float(x["Total (USD)"].sum())

    return value


_LS_MONEY = ("Total (USD)", "Status", "Total", "Currency")
_LEMON_QS = [
    Q(
        "how much money have we made in total",
        either(
            _money(_ls_revenue(True)),
            _money(_ls_revenue(False)),
            _money(_ls_revenue(False, True)),
            _money(lambda d: float(_ls(d, True)["Subtotal"].mul(d["Currency"].map(_LS_RATE)).sum())),
        ),
        _LS_MONEY,
    ),
    Q(
        "which product is our best seller",
        either(
            _lead(_named(lambda d: _top(d["Product"].value_counts()))),
            _lead(_named(lambda d: _top(_ls(d, True)["Product"].value_counts()))),
        ),
        ("Product", "Status", "Order ID"),
    ),
    Q(
        "how many orders got refunded",
        _count(lambda d: int((d["Status"] == "refunded").sum())),
        ("Status", "Order ID"),
    ),
    Q(
        "what's that as a percentage of all orders",
        either(
            _share(lambda d: float((d["Status"] == "refunded").mean())),
            _share(lambda d: float((d["Status"] == "refunded").sum() / d["Status"].isin(["paid", "refunded"]).sum())),
        ),
        ("Status", "Order ID"),
    ),
    Q(
        "average order value?",
        either(
            _about(lambda d: float(_ls(d, True)["Total (USD)"].mean())),
            _about(lambda d: float(d["Total (USD)"].mean())),
        ),
        _LS_MONEY,
    ),
    Q(
        "how many orders used a discount code",
        either(
            _count(lambda d: int(_text(d["Discount Code"]).ne("").sum())),
            _count(lambda d: int(_text(_ls(d, True)["Discount Code"]).ne("").sum())),
        ),
        ("Discount Code", "Discount", "Status", "Order ID"),
    ),
]


# --- 5. Denver traffic accidents -----------------------------------------------------------------------------------

_DV_HOODS = {
    "five-points": 9,
    "capitol-hill": 7,
    "civic-center": 6,
    "cbd": 6,
    "baker": 5,
    "lincoln-park": 4,
    "hampden": 4,
    "montbello": 5,
    "stapleton": 4,
    "west-colfax": 3,
    "union-station": 4,
    "athmar-park": 3,
    "speer": 3,
    "sunnyside": 2,
}
_DV_OFFENSES = {
    "TRAF - ACCIDENT": (5441, 0, 74),
    "TRAF - ACCIDENT - HIT & RUN": (5420, 0, 21),
    "TRAF - ACCIDENT - DUI/DUID": (5441, 1, 3),
    "TRAF - ACCIDENT - SBI": (5441, 2, 1.6),
    "TRAF - ACCIDENT - FATAL": (5441, 3, 0.4),
}
_DV_STREETS = ["E COLFAX AVE", "N FEDERAL BLVD", "S COLORADO BLVD", "N SPEER BLVD", "W ALAMEDA AVE", "E EVANS AVE"]


def _denver_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16705)
    rows = []
    offenses = list(_DV_OFFENSES)
    hoods = list(_DV_HOODS)
    for i in range(3200):
        when = pd.Timestamp("2021-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 3 * 365 * 1440)))
        month = when.month
        offense = _one(rng, offenses, [v[2] for v in _DV_OFFENSES.values()])
        code, ext, _ = _DV_OFFENSES[offense]
        winter = month in (12, 1, 2)
        road = _one(rng, ["DRY", "WET", "ICY", "SNOWY"], [60, 15, 15, 10] if winter else [85, 12, 2, 1])
        light = _one(rng, ["DAY LIGHT", "DARK-LIGHTED", "DARK-UNLIGHTED", "DAWN OR DUSK"], [60, 28, 7, 5])
        fatal = offense.endswith("FATAL")
        reported = when + pd.Timedelta(minutes=int(rng.integers(5, 300)))
        inc = 2021000000 + i * 37
        rows.append(
            {
                "incident_id": inc,
                "offense_id": f"{inc}{code}{ext}",
                "offense_code": code,
                "offense_code_extension": ext,
                "top_traffic_accident_offense": offense,
                "first_occurrence_date": when.strftime("%-m/%-d/%Y %-I:%M:%S %p"),
                "reported_date": reported.strftime("%-m/%-d/%Y %-I:%M:%S %p"),
                "incident_address": ""
                if rng.random() < 0.04
                else f"{int(rng.integers(1, 99)) * 100} {_one(rng, _DV_STREETS)}",
                "geo_lon": round(-104.99 + rng.normal(0, 0.05), 6),
                "geo_lat": round(39.74 + rng.normal(0, 0.04), 6),
                "district_id": int(rng.integers(1, 7)),
                "precinct_id": int(rng.integers(111, 699)),
                "neighborhood_id": _one(rng, hoods, list(_DV_HOODS.values())),
                "bicycle_ind": 1 if rng.random() < 0.02 else np.nan,
                "pedestrian_ind": 1 if rng.random() < (0.3 if fatal else 0.035) else np.nan,
                "ROAD_LOCATION": _one(rng, ["ON ROADWAY", "PARKING LOT", "SHOULDER"], [88, 9, 3]),
                "ROAD_DESCRIPTION": _one(
                    rng, ["NON-INTERSECTION", "AT INTERSECTION", "INTERSECTION RELATED", "DRIVEWAY ACCESS RELATED"]
                ),
                "ROAD_CONDITION": road,
                "LIGHT_CONDITION": light,
                "TU1_VEHICLE_TYPE": _one(
                    rng,
                    ["PASSENGER CAR/PASSENGER VAN", "SUV", "PICKUP TRUCK/UTILITY VAN", "MOTORCYCLE"],
                    [45, 32, 18, 5],
                ),
                "TU1_DRIVER_ACTION": _one(
                    rng,
                    [
                        "NO CONTRIBUTING ACTION",
                        "FOLLOWED TOO CLOSELY",
                        "FAILED TO YIELD ROW",
                        "CARELESS DRIVING",
                        "SPEEDING",
                    ],
                ),
                "SERIOUSLY_INJURED": int(rng.integers(1, 3)) if offense.endswith("SBI") else int(rng.random() < 0.01),
                "FATALITIES": int(rng.integers(1, 3)) if fatal else 0,
            }
        )
    return pd.DataFrame(rows)


def _dv_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["first_occurrence_date"], format="%m/%d/%Y %I:%M:%S %p").dt.year


_DV_OFF = "top_traffic_accident_offense"
_DENVER_QS = [
    Q(
        "how many of these were hit and runs",
        _count(lambda d: int(d[_DV_OFF].str.contains("HIT & RUN").sum())),
        (_DV_OFF, "incident_id"),
    ),
    Q("how many people died", _count(lambda d: int(d["FATALITIES"].sum())), ("FATALITIES",)),
    Q(
        "which neighborhood has the most crashes",
        _lead(_named(lambda d: _top(d["neighborhood_id"].value_counts()))),
        ("neighborhood_id", "incident_id"),
    ),
    Q(
        "what percent of accidents involved a pedestrian",
        _share(lambda d: float((d["pedestrian_ind"] == 1).mean())),
        ("pedestrian_ind", "incident_id"),
    ),
    Q(
        "which year had the most accidents",
        _year(lambda d: int(_top(_dv_year(d).value_counts()))),
        ("first_occurrence_date", "reported_date", "incident_id"),
    ),
    Q(
        "how many crashes happened on icy or snowy roads",
        _count(lambda d: int(d["ROAD_CONDITION"].isin(["ICY", "SNOWY"]).sum())),
        ("ROAD_CONDITION", "incident_id"),
    ),
]


# --- 6. EIA coal production by state, monthly ----------------------------------------------------------------------

# state id: name, monthly short tons (thousands), underground share
_EIA_STATES = {
    "WY": ("Wyoming", 20500, 0.0),
    "WV": ("West Virginia", 6800, 0.7),
    "PA": ("Pennsylvania", 3400, 0.85),
    "IL": ("Illinois", 3300, 0.9),
    "KY": ("Kentucky", 2400, 0.72),
    "ND": ("North Dakota", 2200, 0.0),
    "MT": ("Montana", 2500, 0.15),
    "TX": ("Texas", 1500, 0.0),
    "IN": ("Indiana", 1800, 0.45),
    "AL": ("Alabama", 1100, 0.8),
    "VA": ("Virginia", 950, 0.6),
    "OH": ("Ohio", 300, 0.6),
    "UT": ("Utah", 1100, 1.0),
    "CO": ("Colorado", 950, 0.9),
    "NM": ("New Mexico", 700, 0.2),
    "LA": ("Louisiana", 150, 0.0),
    "MS": ("Mississippi", 180, 0.0),
    "AK": ("Alaska", 90, 0.0),
}


def _eia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16706)
    rows = []
    months = pd.period_range("2021-01", "2023-12", freq="M")
    national = {m: 0.0 for m in months}
    trend = {"WY": -0.004, "WV": -0.002, "PA": -0.006, "KY": -0.008, "IL": 0.002}
    for sid, (name, base, und) in _EIA_STATES.items():
        for k, m in enumerate(months):
            season = 1.0 + 0.06 * np.cos(2 * np.pi * (m.month - 1) / 12)
            total = base * 1000 * season * (1 + trend.get(sid, -0.003)) ** k * rng.uniform(0.9, 1.1)
            parts = {"UND": total * und, "SUR": total * (1 - und)}
            national[m] += total
            withheld = sid in ("AK", "LA") and rng.random() < 0.3
            for mid, desc, value in (
                ("SUR", "Surface", parts["SUR"]),
                ("UND", "Underground", parts["UND"]),
                ("TOT", "Total", total),
            ):
                if value == 0 and mid != "TOT":
                    continue
                rows.append(
                    {
                        "period": str(m),
                        "stateRegionId": sid,
                        "stateRegionDescription": name,
                        "mineTypeId": mid,
                        "mineTypeDescription": desc,
                        "production": np.nan if withheld else round(value),
                        "production-units": "short tons",
                    }
                )
    for m in months:
        rows.append(
            {
                "period": str(m),
                "stateRegionId": "US",
                "stateRegionDescription": "U.S. Total",
                "mineTypeId": "TOT",
                "mineTypeDescription": "Total",
                "production": round(national[m]),
                "production-units": "short tons",
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["period", "stateRegionId", "mineTypeId"], ascending=[False, True, True]).reset_index(
        drop=True
    )


def _eia_tot(d: pd.DataFrame, states: bool = True) -> pd.DataFrame:
    x = d[d["mineTypeId"] == "TOT"]
    return x[x["stateRegionId"] != "US"] if states else x[x["stateRegionId"] == "US"]


def _eia_state_year(d: pd.DataFrame, sid: str, year: int) -> float:
    x = _eia_tot(d)
    return float(x[(x["stateRegionId"] == sid) & x["period"].str.startswith(str(year))]["production"].sum())


def _eia_ky_und(d: pd.DataFrame) -> float:
    x = d[d["stateRegionId"] == "KY"]
    return float(
        x.loc[x["mineTypeId"] == "UND", "production"].sum() / x.loc[x["mineTypeId"] == "TOT", "production"].sum()
    )


_EIA_ID = ("period", "stateRegionId", "stateRegionDescription", "mineTypeId", "mineTypeDescription", "production")
_EIA_QS = [
    Q(
        "which state produces the most coal",
        _lead(_named(lambda d: _top(_eia_tot(d).groupby("stateRegionDescription")["production"].sum()))),
        _EIA_ID,
    ),
    Q(
        "how much coal did the us produce in 2023",
        either(
            _money(lambda d: float(_eia_tot(d, False).query("period.str.startswith('2023')")["production"].sum())),
            _money(lambda d: float(_eia_tot(d).query("period.str.startswith('2023')")["production"].sum())),
        ),
        _EIA_ID,
    ),
    Q(
        "which month had the highest national output",
        _month_year(lambda d: pd.Period(_top(_eia_tot(d, False).set_index("period")["production"])).to_timestamp()),
        _EIA_ID,
    ),
    Q(
        "how much did wyoming's production drop between 2021 and 2023",
        either(
            _pct(lambda d: _eia_state_year(d, "WY", 2023) / _eia_state_year(d, "WY", 2021) - 1),
            _money(lambda d: _eia_state_year(d, "WY", 2021) - _eia_state_year(d, "WY", 2023)),
        ),
        _EIA_ID,
    ),
    Q("what share of kentucky coal comes from underground mines", _share(_eia_ky_und), _EIA_ID),
    Q("any missing numbers?", _count(lambda d: int(d["production"].isna().sum())), _EIA_ID),
]


# --- 7. UNODC intentional homicide victims (dataUNODC, long) -------------------------------------------------------

# country: iso3, region, subregion, population (millions), homicide rate 2010, yearly change, female share
_UN_COUNTRIES = {
    "Brazil": ("BRA", "Americas", "Latin America and the Caribbean", 205, 27.0, -0.02, 0.08),
    "Mexico": ("MEX", "Americas", "Latin America and the Caribbean", 125, 22.0, 0.02, 0.11),
    "Colombia": ("COL", "Americas", "Latin America and the Caribbean", 48, 33.0, -0.035, 0.08),
    "Honduras": ("HND", "Americas", "Latin America and the Caribbean", 9.5, 75.0, -0.07, 0.09),
    "El Salvador": ("SLV", "Americas", "Latin America and the Caribbean", 6.3, 64.0, -0.12, 0.1),
    "Jamaica": ("JAM", "Americas", "Latin America and the Caribbean", 2.8, 52.0, -0.01, 0.1),
    "United States of America": ("USA", "Americas", "Northern America", 330, 4.8, 0.02, 0.21),
    "Canada": ("CAN", "Americas", "Northern America", 37, 1.6, 0.015, 0.27),
    "South Africa": ("ZAF", "Africa", "Sub-Saharan Africa", 58, 30.0, 0.02, 0.12),
    "Kenya": ("KEN", "Africa", "Sub-Saharan Africa", 50, 5.5, 0.0, 0.2),
    "Egypt": ("EGY", "Africa", "Northern Africa", 100, 2.5, -0.02, 0.2),
    "Morocco": ("MAR", "Africa", "Northern Africa", 36, 1.8, -0.01, 0.22),
    "India": ("IND", "Asia", "Southern Asia", 1350, 3.6, -0.025, 0.4),
    "Japan": ("JPN", "Asia", "Eastern Asia", 126, 0.35, -0.03, 0.5),
    "Philippines": ("PHL", "Asia", "South-eastern Asia", 108, 9.0, -0.03, 0.12),
    "Thailand": ("THA", "Asia", "South-eastern Asia", 69, 5.0, -0.05, 0.2),
    "Germany": ("DEU", "Europe", "Western Europe", 83, 1.0, -0.01, 0.45),
    "France": ("FRA", "Europe", "Western Europe", 67, 1.3, 0.0, 0.36),
    "United Kingdom": ("GBR", "Europe", "Northern Europe", 66, 1.2, -0.005, 0.32),
    "Russian Federation": ("RUS", "Europe", "Eastern Europe", 145, 13.0, -0.08, 0.3),
    "Italy": ("ITA", "Europe", "Southern Europe", 60, 0.9, -0.04, 0.36),
    "Poland": ("POL", "Europe", "Eastern Europe", 38, 1.1, -0.04, 0.33),
    "Australia": ("AUS", "Oceania", "Australia and New Zealand", 25, 1.0, -0.01, 0.35),
    "New Zealand": ("NZL", "Oceania", "Australia and New Zealand", 5, 1.0, 0.0, 0.35),
    "Papua New Guinea": ("PNG", "Oceania", "Melanesia", 9, 9.0, 0.0, 0.15),
}
_UN_RATE = "Rate per 100,000 population"


def _unodc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16707)
    rows = []
    for country, (iso, region, sub, pop, rate0, change, fem) in _UN_COUNTRIES.items():
        first = 2010 if rng.random() < 0.8 else int(rng.integers(2011, 2014))
        last = 2022 if rng.random() < 0.6 else 2021
        for year in range(first, last + 1):
            if rng.random() < 0.05 and year not in (2010, 2019, 2020, 2021):
                continue
            popn = pop * 1e6 * (1.01 ** (year - 2010))
            rate = rate0 * (1 + change) ** (year - 2010) * rng.uniform(0.92, 1.08)
            total = round(rate * popn / 1e5)
            female = round(total * fem * rng.uniform(0.9, 1.1))
            counts = {"Total": total, "Female": female, "Male": total - female}
            source = "CTS/National Statistical Office" if rng.random() < 0.7 else "WHO"
            base = {"Iso3_code": iso, "Country": country, "Region": region, "Subregion": sub}
            base |= {"Indicator": "Victims of intentional homicide", "Age": "Total", "Year": year, "Source": source}
            for sex, n in counts.items():
                rows.append(
                    base
                    | {
                        "Dimension": "Total",
                        "Category": "Total",
                        "Sex": sex,
                        "Unit of measurement": "Counts",
                        "VALUE": n,
                    }
                )
                r = round(n / (popn / (2 if sex != "Total" else 1)) * 1e5, 2)
                rows.append(
                    base
                    | {
                        "Dimension": "Total",
                        "Category": "Total",
                        "Sex": sex,
                        "Unit of measurement": _UN_RATE,
                        "VALUE": r,
                    }
                )
            if region == "Americas" or rng.random() < 0.3:
                gun = round(total * rng.uniform(0.5, 0.8) if region == "Americas" else total * rng.uniform(0.05, 0.3))
                rows.append(
                    base
                    | {
                        "Dimension": "by mechanisms",
                        "Category": "Firearms or explosives - firearms",
                        "Sex": "Total",
                        "Unit of measurement": "Counts",
                        "VALUE": gun,
                    }
                )
    columns = ["Iso3_code", "Country", "Region", "Subregion", "Indicator", "Dimension", "Category", "Sex", "Age"]
    columns += ["Year", "Unit of measurement", "VALUE", "Source"]
    return pd.DataFrame(rows)[columns]


def _un(d: pd.DataFrame, unit: str, sex: str = "Total") -> pd.DataFrame:
    return d[(d["Dimension"] == "Total") & (d["Sex"] == sex) & (d["Unit of measurement"] == unit)]


def _un_value(d: pd.DataFrame, country: str, year: int, unit: str = "Counts", sex: str = "Total") -> float:
    x = _un(d, unit, sex)
    return float(x[(x["Country"] == country) & (x["Year"] == year)]["VALUE"].iloc[0])


def _un_female(country: str, year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: _un_value(d, country, year, sex="Female") / _un_value(d, country, year)


def _un_col_change(d: pd.DataFrame) -> float:
    x = _un(d, _UN_RATE)
    x = x[x["Country"] == "Colombia"].sort_values("Year")
    return float(x["VALUE"].iloc[-1] / x["VALUE"].iloc[0] - 1)


def _un_col_diff(d: pd.DataFrame) -> float:
    x = _un(d, _UN_RATE)
    x = x[x["Country"] == "Colombia"].sort_values("Year")
    return float(x["VALUE"].iloc[0] - x["VALUE"].iloc[-1])


_UN_ID = ("Country", "Year", "VALUE", "Unit of measurement", "Sex", "Dimension", "Category", "Indicator", "Iso3_code")
_UNODC_QS = [
    Q(
        "which country had the highest murder rate in 2020",
        _lead(_named(lambda d: _top(_un(d, _UN_RATE).query("Year == 2020").set_index("Country")["VALUE"]))),
        _UN_ID,
    ),
    Q("how many people were killed in brazil in 2019", _count(lambda d: _un_value(d, "Brazil", 2019)), _UN_ID),
    Q("in mexico in 2021 what share of the victims were women", _share(_un_female("Mexico", 2021)), _UN_ID),
    Q("and in the us?", _share(_un_female("United States of America", 2021)), _UN_ID),
    Q(
        "which region has the highest average homicide rate in 2020",
        _lead(_named(lambda d: _top(_un(d, _UN_RATE).query("Year == 2020").groupby("Region")["VALUE"].mean()))),
        (*_UN_ID, "Region"),
    ),
    Q(
        "how has colombia's homicide rate changed since 2010",
        either(_pct(_un_col_change), _about(_un_col_diff)),
        _UN_ID,
    ),
]


HELDOUT167: list[Dataset] = [
    Dataset("shipstation_shipments_export", _shipstation_frame, _SHIPSTATION_QS),
    Dataset("hotjar_survey_responses", _hotjar_frame, _HOTJAR_QS),
    Dataset("suunto_dive_log", _suunto_frame, _SUUNTO_QS),
    Dataset("lemon_squeezy_orders", _lemon_frame, _LEMON_QS),
    Dataset("denver_traffic_accidents", _denver_frame, _DENVER_QS),
    Dataset("eia_coal_production_by_state_monthly", _eia_frame, _EIA_QS),
    Dataset("unodc_homicide_victims_long", _unodc_frame, _UNODC_QS),
]
