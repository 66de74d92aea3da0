"""HELDOUT131: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public exports: a Coinbase Advanced / Pro fills CSV (portfolio
"default", trade id as an integer, product BTC-USD / ETH-USD / SOL-USD / LINK-USD and a few ETH-BTC fills, side BUY /
SELL, created at as "2022-03-15T14:22:01.123Z", size, size unit BTC / ETH / SOL / LINK, price, fee, total negative on
buys and positive on sells, price/fee/total unit USD or BTC for the ETH-BTC fills, several fills sharing a trade
time when an order was split, 2021-2022); a Calendly routing form submissions export (Submission ID, Routing Form
"Book a demo", Submitted At as "2024-03-05 14:22:01 UTC", Name, Email, Company, the form's questions as columns
"How many employees does your company have?" with bands 1-10 / 11-50 / 51-200 / 201-1000 / 1000+ and "What are you
looking for?", Country with blanks, Routed To (a rep's name, or "Custom message" / "External URL" for
disqualified leads), Event Type, Meeting Scheduled Yes / No, UTM Source with blanks, UTM Medium and UTM Campaign,
2024); an Apple Health workouts CSV (one row a workout: type as "HKWorkoutActivityTypeRunning", sourceName "Ana's
Apple Watch", sourceVersion, device as a long "<<HKDevice: ...>>" string, creationDate / startDate / endDate as
"2023-04-05 07:12:33 -0700", duration in minutes with durationUnit "min", totalDistance blank for strength and yoga
with totalDistanceUnit "km", totalEnergyBurned in kcal with totalEnergyBurnedUnit "Cal", HKIndoorWorkout 0 / 1 /
blank, HKAverageMETs as "6.21 kcal/hr·kg", HKWeatherTemperature as "61 degF" for outdoor workouts,
2023-2024); a Square item library export (Token, Item Name repeated on every variation row, Variation Name
"Regular" / "Small" / "Large" / "12 oz" ..., Unit and Precision, SKU with blanks, Description, Category, Price with
blanks for variable-price items, Online Sale Price mostly blank, Archived / Sellable / Stockable as Y / N, Option
Name 1 / Option Value 1, Current Quantity Main Street with some negative counts, New Quantity Main Street blank,
Stock Alert Enabled Main Street Y / N, Stock Alert Count Main Street and "Tax - Sales Tax (8.875%)" Y / N); the BLS
JOLTS job openings by industry download in long form (series_id as "JTS510000000000000JOL", industry_name with a
"Total nonfarm" total row, year 2019-2024, period "M01"-"M12", label "2019 Jan", value in thousands, footnote_codes
"P" on the last two months' preliminary figures and blank otherwise); the EPA AirData daily PM2.5 summary for
monitors in Washington state (Date "01/05/2023", Source AQS / AirNow, Site ID as 530330080, POC 1 / 3 with two
monitors at some sites giving two rows a day, "Daily Mean PM2.5 Concentration", UNITS "ug/m3 LC",
DAILY_AQI_VALUE, Site Name, DAILY_OBS_COUNT, PERCENT_COMPLETE, AQS_PARAMETER_CODE 88101, AQS_PARAMETER_DESC,
CBSA_CODE and CBSA_NAME blank for rural sites, STATE_CODE, STATE, COUNTY_CODE, COUNTY, SITE_LATITUDE,
SITE_LONGITUDE, a late-summer wildfire smoke spike, 2023); and IPL auction results across seasons 2013-2024
(Season, Player repeated across seasons, Country, Type BATTER / BOWLER / ALL-ROUNDER / WICKETKEEPER, Base Price as
"2 Cr" / "50 Lakh", Status SOLD / UNSOLD / RTM, Team blank when unsold, "Price (INR)" written the Indian way as
"15,50,00,000" and blank when unsold). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _year
from .heldout128 import _dollars, _num, _stamp, _top, _topn, _txt
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- 1. Coinbase Pro fills -----------------------------------------------------------------------------------------

# product: (weight, start price, daily volatility, size (log-mean, log-sd))
_CB_PRODUCTS = {
    "BTC-USD": (35, 32000.0, 0.035, (-5.0, 1.0)),
    "ETH-USD": (30, 1000.0, 0.045, (-2.2, 1.0)),
    "SOL-USD": (15, 2.0, 0.07, (1.5, 1.0)),
    "LINK-USD": (12, 12.0, 0.06, (2.0, 0.9)),
    "ETH-BTC": (8, 0.03, 0.03, (-1.8, 0.8)),
}


_CB_ALIASES = {p: (p.split("-")[0],) for p in _CB_PRODUCTS}


def _coinbase_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13101)
    days = pd.date_range("2021-01-01", "2022-12-31", freq="D")
    paths = {}
    for p, (_, p0, vol, _) in _CB_PRODUCTS.items():
        drift = np.where(np.arange(len(days)) < 320, 0.0015, -0.002)
        paths[p] = p0 * np.exp(np.cumsum(rng.normal(drift, vol)))
    n = 1600
    stamps = _stamp("2021-01-01", "2022-12-31 23:00", rng, n)
    names = list(_CB_PRODUCTS)
    rows = []
    trade = 151234567
    for t in stamps:
        p = str(_one(rng, names, [v[0] for v in _CB_PRODUCTS.values()]))
        _, _, _, (mu, sd) = _CB_PRODUCTS[p]
        k = int((t.normalize() - days[0]).days)
        side = str(_one(rng, ["BUY", "SELL"], [62, 38]))
        fills = int(_one(rng, [1, 2, 3], [80, 15, 5]))
        for _ in range(fills):
            trade += int(rng.integers(1, 40000))
            price = float(paths[p][k]) * float(rng.normal(1, 0.004))
            size = float(np.exp(rng.normal(mu, sd)))
            price = round(price, 5 if p == "ETH-BTC" else 2)
            size = round(size, 8)
            rate = float(_one(rng, [0.005, 0.004, 0.0025, 0.006], [4, 3, 1, 2]))
            fee = round(size * price * rate, 8 if p == "ETH-BTC" else 6)
            gross = size * price
            total = -(gross + fee) if side == "BUY" else gross - fee
            ms = int(rng.integers(0, 1000))
            rows.append(
                {
                    "portfolio": "default",
                    "trade id": trade,
                    "product": p,
                    "side": side,
                    "created at": f"{t:%Y-%m-%dT%H:%M:%S}.{ms:03d}Z",
                    "size": size,
                    "size unit": p.split("-")[0],
                    "price": price,
                    "fee": fee,
                    "total": round(total, 8 if p == "ETH-BTC" else 6),
                    "price/fee/total unit": p.split("-")[1],
                }
            )
    return pd.DataFrame(rows)


def _cb_usd(d: pd.DataFrame) -> pd.Series:
    return d["price/fee/total unit"] == "USD"


def _cb_months(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["created at"], utc=True).dt.tz_localize(None).dt.to_period("M")


def _cb_busy(d: pd.DataFrame) -> pd.Period:
    return pd.Period(_top(d.groupby(_cb_months(d)).size()), "M")


def _cb_volume(by_total: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        u = d[_cb_usd(d)]
        vol = u["total"].abs() if by_total else u["size"] * u["price"]
        return _top(vol.groupby(u["product"]).sum())

    return value


def _cb_month_fees(usd_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        keep = (_cb_months(d) == _cb_busy(d)) & (_cb_usd(d) if usd_only else True)
        return float(d.loc[keep, "fee"].sum())

    return value


_COINBASE_QS = [
    Q(
        "how many buys and how many sells?",
        _count(lambda d: d["side"].value_counts()[["BUY", "SELL"]].to_numpy()),
        ("side",),
    ),
    Q(
        "how much have i paid in fees in dollars",
        either(
            _dollars(lambda d: float(d.loc[_cb_usd(d), "fee"].sum())),
            _dollars(lambda d: float(d["fee"].sum())),
        ),
        ("fee", "price/fee/total unit", "product"),
    ),
    Q(
        "which coin did i trade the most, by dollar amount",
        either(_lead(_named(_cb_volume(True), _CB_ALIASES)), _lead(_named(_cb_volume(False), _CB_ALIASES))),
        ("product", "total", "size", "price", "price/fee/total unit"),
    ),
    Q(
        "whats the average price i paid for bitcoin",
        either(
            _about(lambda d: float(d.loc[(d["product"] == "BTC-USD") & (d["side"] == "BUY"), "price"].mean())),
            _about(
                lambda d: float(
                    (lambda b: (b["size"] * b["price"]).sum() / b["size"].sum())(
                        d[(d["product"] == "BTC-USD") & (d["side"] == "BUY")]
                    )
                )
            ),
        ),
        ("product", "side", "price", "size"),
    ),
    Q(
        "which month did i trade the most",
        _lead(_month_year(lambda d: _cb_busy(d).to_timestamp())),
        ("created at",),
    ),
    Q(
        "and how much did i pay in fees that month?",
        either(_dollars(_cb_month_fees(True)), _dollars(_cb_month_fees(False))),
        ("created at", "fee", "price/fee/total unit"),
    ),
]


# --- 2. Calendly routing form submissions --------------------------------------------------------------------------

# employees band: (weight, chance of booking)
_CL_SIZES = {"1-10": (30, 0.25), "11-50": (25, 0.5), "51-200": (20, 0.62), "201-1000": (15, 0.7), "1000+": (10, 0.58)}
_CL_REPS = ["Hannah Ortiz", "Marcus Bell", "Priya Raman", "Tom Okafor", "Julia Weber"]
_CL_WANTS = ["Pricing", "Product demo", "Partnership", "Technical support", "Other"]
_CL_SOURCES = {"google": 30, "linkedin": 18, "newsletter": 10, "g2": 8, "facebook": 6, "": 28}
_CL_COUNTRIES = {"United States": 50, "United Kingdom": 12, "Canada": 9, "Germany": 8, "India": 7, "Australia": 5}
_CL_COUNTRIES |= {"": 9}


def _calendly_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13102)
    n = 1250
    stamps = _stamp("2024-01-02", "2024-12-20", rng, n)
    rows = []
    for k, t in enumerate(stamps):
        first, last = (
            str(_one(rng, ["Alex", "Sam", "Jo", "Chris", "Dana", "Lee", "Kim", "Pat", "Ravi", "Mei"])),
            str(_one(rng, ["Moore", "Singh", "Baker", "Ito", "Novak", "Reyes", "Stone", "Khan", "Park", "Dubois"])),
        )
        company = str(_one(rng, ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne"]))
        company += " " + str(_one(rng, ["Inc", "LLC", "Ltd", "GmbH", "Corp"]))
        size = str(_one(rng, list(_CL_SIZES), [v[0] for v in _CL_SIZES.values()]))
        want = str(_one(rng, _CL_WANTS, [30, 35, 10, 15, 10]))
        if want == "Technical support" or (size == "1-10" and rng.random() < 0.45):
            routed, event, booked = str(_one(rng, ["Custom message", "External URL"])), "", "No"
        else:
            routed = str(_one(rng, _CL_REPS, [30, 25, 20, 15, 10]))
            event = "30 Minute Demo" if want != "Partnership" else "Partnership Intro"
            booked = "Yes" if rng.random() < _CL_SIZES[size][1] else "No"
            if booked == "No":
                event = ""
        source = str(_one(rng, list(_CL_SOURCES), list(_CL_SOURCES.values())))
        medium = {"google": "cpc", "linkedin": "paid_social", "facebook": "paid_social", "newsletter": "email"}
        rows.append(
            {
                "Submission ID": f"RFS{100000 + k * 7}",
                "Routing Form": "Book a demo",
                "Submitted At": f"{t:%Y-%m-%d %H:%M:%S} UTC",
                "Name": f"{first} {last}",
                "Email": f"{first.lower()}.{last.lower()}@{company.split()[0].lower()}.com",
                "Company": company,
                "How many employees does your company have?": size,
                "What are you looking for?": want,
                "Country": str(_one(rng, list(_CL_COUNTRIES), list(_CL_COUNTRIES.values()))),
                "Routed To": routed,
                "Event Type": event,
                "Meeting Scheduled": booked,
                "UTM Source": source,
                "UTM Medium": medium.get(source, "referral" if source else ""),
                "UTM Campaign": "" if not source else str(_one(rng, ["q1_demo", "brand", "retarget", "spring24"])),
            }
        )
    return pd.DataFrame(rows)


_CL_SIZE = "How many employees does your company have?"


def _cl_booked(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Meeting Scheduled"]) == "Yes"


_CALENDLY_QS = [
    Q("how many form submissions did we get?", _count(lambda d: len(d)), ("Submission ID",)),
    Q(
        "what share of them booked a meeting",
        _share(lambda d: float(_cl_booked(d).mean())),
        ("Meeting Scheduled",),
    ),
    Q(
        "which company size has the best booking rate?",
        _lead(_named(lambda d: _top(_cl_booked(d).groupby(d[_CL_SIZE]).mean()))),
        (_CL_SIZE, "Meeting Scheduled"),
    ),
    Q(
        "top 3 places our leads come from",
        _all_named(lambda d: _topn(_txt(d["UTM Source"]).loc[lambda s: s != ""].value_counts(), 3)),
        ("UTM Source",),
    ),
    Q(
        "how many didn't have a source at all?",
        _count(lambda d: int((_txt(d["UTM Source"]) == "").sum())),
        ("UTM Source",),
    ),
    Q(
        "which rep got the most meetings booked",
        _lead(_named(lambda d: _top(d.loc[_cl_booked(d), "Routed To"].value_counts()))),
        ("Routed To", "Meeting Scheduled"),
    ),
]


# --- 3. Apple Watch workouts ---------------------------------------------------------------------------------------

# type suffix: (weight, minutes (mean, sd), km/h or 0, kcal per minute, METs, indoor chance)
_AW_TYPES = {
    "Running": (30, (38, 12), 10.2, 11.0, 9.5, 0.15),
    "Walking": (30, (45, 18), 5.3, 4.6, 3.6, 0.05),
    "Cycling": (15, (62, 25), 22.0, 8.8, 7.0, 0.3),
    "TraditionalStrengthTraining": (15, (42, 10), 0.0, 6.0, 4.8, 1.0),
    "Yoga": (10, (35, 12), 0.0, 3.2, 2.8, 1.0),
}


def _apple_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13103)
    n = 620
    starts = _stamp("2023-01-01", "2024-12-31", rng, n)
    device = "<<HKDevice: 0x283a1c2d0>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2>"
    rows = []
    for t in starts:
        t = t.replace(hour=int(_one(rng, [6, 7, 12, 17, 18], [3, 3, 1, 3, 2])))
        kind = str(_one(rng, list(_AW_TYPES), [v[0] for v in _AW_TYPES.values()]))
        _, (m_mu, m_sd), kmh, kcal, mets, indoor = _AW_TYPES[kind]
        boost = 1.2 if t.month in (4, 5, 6) else 1.0
        minutes = max(8.0, float(rng.normal(m_mu, m_sd)) * boost)
        km = round(kmh * float(rng.normal(1, 0.08)) * minutes / 60, 3) if kmh else np.nan
        energy = round(minutes * kcal * float(rng.normal(1, 0.1)), 3)
        inside = int(rng.random() < indoor)
        end = t + pd.Timedelta(minutes=minutes)
        tz = "-0800" if t.month in (1, 2, 11, 12) else "-0700"
        rows.append(
            {
                "type": f"HKWorkoutActivityType{kind}",
                "sourceName": "Ana's Apple Watch",
                "sourceVersion": "10.2" if t.year == 2023 else "11.1",
                "device": device,
                "creationDate": f"{end + pd.Timedelta(seconds=int(rng.integers(2, 60))):%Y-%m-%d %H:%M:%S} {tz}",
                "startDate": f"{t:%Y-%m-%d %H:%M:%S} {tz}",
                "endDate": f"{end:%Y-%m-%d %H:%M:%S} {tz}",
                "duration": round(minutes, 6),
                "durationUnit": "min",
                "totalDistance": km,
                "totalDistanceUnit": "km",
                "totalEnergyBurned": energy,
                "totalEnergyBurnedUnit": "Cal",
                "HKIndoorWorkout": inside if kind in ("Running", "Walking", "Cycling") else "",
                "HKAverageMETs": f"{mets * float(rng.normal(1, 0.1)):.2f} kcal/hr·kg",
                "HKWeatherTemperature": "" if inside else f"{int(rng.normal(58, 14))} degF",
            }
        )
    return pd.DataFrame(rows)


def _aw_kind(d: pd.DataFrame) -> pd.Series:
    return d["type"].str.replace("HKWorkoutActivityType", "", regex=False)


def _aw_month(by_minutes: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        months = pd.to_datetime(d["startDate"].str[:19]).dt.to_period("M")
        by = d["duration"].groupby(months).sum() if by_minutes else d.groupby(months).size()
        return pd.Period(_top(by), "M").to_timestamp()

    return value


def _aw_walks(d: pd.DataFrame) -> pd.DataFrame:
    return d[_aw_kind(d) == "Walking"]


_APPLE_QS = [
    Q(
        "how many runs did i log in 2023",
        _count(lambda d: int(((_aw_kind(d) == "Running") & d["startDate"].str.startswith("2023")).sum())),
        ("type", "startDate"),
    ),
    Q(
        "total calories burned across all my workouts?",
        _about(lambda d: float(d["totalEnergyBurned"].sum()), rel=0.005),
        ("totalEnergyBurned",),
    ),
    Q(
        "average workout length for each type",
        _about(lambda d: d.groupby("type")["duration"].mean().to_numpy()),
        ("type", "duration"),
    ),
    Q(
        "what's the farthest i've run",
        _about(lambda d: float(d.loc[_aw_kind(d) == "Running", "totalDistance"].max())),
        ("type", "totalDistance"),
    ),
    Q(
        "which month was i most active",
        either(_lead(_month_year(_aw_month(False))), _lead(_month_year(_aw_month(True)))),
        ("startDate", "duration"),
    ),
    Q(
        "do longer walks burn more calories",
        _corr(lambda d: _aw_walks(d)["duration"], lambda d: _aw_walks(d)["totalEnergyBurned"]),
        ("type", "duration", "totalEnergyBurned"),
    ),
]


# --- 4. Square item library ----------------------------------------------------------------------------------------

# category: (item names, variations with price factors, base price range)
_SQ_CATS: dict[str, tuple[list[str], list[tuple[str, float]], tuple[float, float]]] = {
    "Coffee": (
        ["Latte", "Cappuccino", "Americano", "Flat White", "Mocha", "Cold Brew", "Drip Coffee", "Cortado"],
        [("12 oz", 1.0), ("16 oz", 1.2), ("20 oz", 1.4)],
        (3.0, 5.0),
    ),
    "Tea": (
        ["Chai Latte", "Matcha Latte", "Earl Grey", "Green Tea", "Iced Tea"],
        [("Small", 1.0), ("Large", 1.3)],
        (2.5, 5),
    ),
    "Pastries": (
        ["Croissant", "Almond Croissant", "Blueberry Muffin", "Scone", "Cinnamon Roll", "Banana Bread", "Danish"],
        [("Regular", 1.0)],
        (2.75, 4.75),
    ),
    "Sandwiches": (
        ["Turkey Club", "Caprese Panini", "Egg & Cheese", "BLT", "Veggie Wrap", "Ham & Swiss"],
        [("Regular", 1.0), ("Half", 0.6)],
        (7.5, 12.0),
    ),
    "Retail": (
        ["House Blend Beans 12oz", "Decaf Beans 12oz", "Ceramic Mug", "Travel Tumbler", "Tote Bag", "Gift Card"],
        [("Regular", 1.0)],
        (12.0, 34.0),
    ),
}


def _square_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13104)
    rows = []
    token = 0
    suffixes = ["Seasonal", "Special", "Catering", "Holiday", "Limited", "Local", "Large Batch"]
    for store_copy in range(8):
        for cat, (items, variations, (lo, hi)) in _SQ_CATS.items():
            for item in items:
                name = item if store_copy == 0 else f"{item} ({suffixes[store_copy - 1]})"
                if store_copy and rng.random() < 0.4:
                    continue
                base = float(rng.uniform(lo, hi)) * (1.25 if store_copy == 3 else 1.0)
                variable = item == "Gift Card" or rng.random() < 0.04
                for vname, factor in variations:
                    token += 1
                    qty = int(rng.integers(-3, 80)) if cat in ("Pastries", "Retail") else np.nan
                    alert = cat in ("Pastries", "Retail") and rng.random() < 0.7
                    rows.append(
                        {
                            "Token": f"{''.join(rng.choice(list('ABCDEFGHJKLMNPQRSTUVWXYZ234567'), 24))}",
                            "Item Name": name,
                            "Variation Name": vname,
                            "Unit and Precision": "Per Item",
                            "SKU": "" if rng.random() < 0.3 else f"{cat[:3].upper()}-{token:04d}",
                            "Description": "" if rng.random() < 0.5 else f"Our {item.lower()}",
                            "Category": cat,
                            "Price": "" if variable else round(round(base * factor * 4) / 4, 2),
                            "Online Sale Price": "" if rng.random() < 0.9 else round(base * factor * 0.9, 2),
                            "Archived": "Y" if rng.random() < 0.06 else "N",
                            "Sellable": "Y",
                            "Stockable": "Y" if cat in ("Pastries", "Retail") else "N",
                            "Skip Detail Screen in POS": "N",
                            "Option Name 1": "Size" if len(variations) > 1 else "",
                            "Option Value 1": vname if len(variations) > 1 else "",
                            "Current Quantity Main Street": qty,
                            "New Quantity Main Street": "",
                            "Stock Alert Enabled Main Street": "Y" if alert else "N",
                            "Stock Alert Count Main Street": int(rng.integers(5, 15)) if alert else "",
                            "Tax - Sales Tax (8.875%)": "N" if cat == "Retail" and item == "Gift Card" else "Y",
                        }
                    )
    return pd.DataFrame(rows)


def _sq_price(d: pd.DataFrame) -> pd.Series:
    return _num(d["Price"])


def _sq_low(with_flag: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        qty = pd.to_numeric(d["Current Quantity Main Street"], errors="coerce")
        alert = pd.to_numeric(d["Stock Alert Count Main Street"], errors="coerce")
        low = qty < alert
        if with_flag:
            low &= _txt(d["Stock Alert Enabled Main Street"]) == "Y"
        return int(low.sum())

    return value


def _sq_value(clip: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        qty = pd.to_numeric(d["Current Quantity Main Street"], errors="coerce")
        if clip:
            qty = qty.clip(lower=0)
        return float((qty * _sq_price(d)).sum())

    return value


_SQUARE_QS = [
    Q(
        "how many different items are in the library",
        either(_count(lambda d: int(d["Item Name"].nunique())), _count(lambda d: len(d))),
        ("Item Name", "Token"),
    ),
    Q(
        "average price in each category",
        _about(lambda d: _sq_price(d).groupby(d["Category"]).mean().to_numpy(), rel=0.01),
        ("Category", "Price"),
    ),
    Q(
        "what's the most expensive thing we sell?",
        _lead(_named(lambda d: str(d.loc[_sq_price(d).idxmax(), "Item Name"]))),
        ("Item Name", "Variation Name", "Price"),
    ),
    Q(
        "how many things are below their stock alert level",
        either(_count(_sq_low(True)), _count(_sq_low(False))),
        (
            "Current Quantity Main Street",
            "Stock Alert Count Main Street",
            "Stock Alert Enabled Main Street",
            "Item Name",
        ),
    ),
    Q(
        "what's the stock on hand worth at our prices",
        either(_dollars(_sq_value(True)), _dollars(_sq_value(False))),
        ("Current Quantity Main Street", "Price"),
    ),
    Q(
        "how many rows have no price set?",
        _count(lambda d: int(_sq_price(d).isna().sum())),
        ("Price", "Item Name"),
    ),
]


# --- 5. BLS JOLTS job openings by industry -------------------------------------------------------------------------

# industry: (series code part, level in thousands 2019)
_JO_INDUSTRIES = {
    "Construction": ("230000", 330),
    "Manufacturing": ("300000", 480),
    "Trade, transportation, and utilities": ("400000", 1350),
    "Information": ("510000", 140),
    "Financial activities": ("510099", 380),
    "Professional and business services": ("540099", 1250),
    "Health care and social assistance": ("620000", 1300),
    "Leisure and hospitality": ("700000", 900),
    "Other services": ("810000", 290),
    "Government": ("900000", 640),
}


def _jolts_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13105)
    months = pd.date_range("2019-01-01", "2024-12-01", freq="MS")
    t = np.arange(len(months))
    shape = 1 + 0.75 * np.exp(-(((t - 41) / 11) ** 2)) - 0.35 * np.exp(-(((t - 15) / 2.5) ** 2))
    rows = []
    levels: dict[str, np.ndarray] = {}
    for ind, (_code, base) in _JO_INDUSTRIES.items():
        swing = float(rng.uniform(0.6, 1.4))
        levels[ind] = np.round(base * (1 + (shape - 1) * swing) * rng.normal(1, 0.04, len(t)))
    total = np.sum(list(levels.values()), axis=0) + np.round(rng.normal(0, 15, len(t)))
    series = {"Total nonfarm": ("000000", total), **{k: (v[0], levels[k]) for k, v in _JO_INDUSTRIES.items()}}
    for ind, (code, vals) in series.items():
        for k, m in enumerate(months):
            rows.append(
                {
                    "series_id": f"JTS{code}000000000JOL",
                    "industry_name": ind,
                    "year": m.year,
                    "period": f"M{m.month:02d}",
                    "label": f"{m.year} {m:%b}",
                    "value": int(vals[k]),
                    "footnote_codes": "P" if k >= len(months) - 2 else "",
                }
            )
    return pd.DataFrame(rows)


def _jo_ind(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["industry_name"] != "Total nonfarm"]


def _jo_when(total_row: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        stamp = pd.to_datetime(d["year"].astype(str) + "-" + d["period"].str[1:] + "-01")
        if total_row:
            s = d.loc[d["industry_name"] == "Total nonfarm", "value"].groupby(stamp).sum()
        else:
            s = _jo_ind(d)["value"].groupby(stamp).sum()
        return pd.Timestamp(s.idxmax())

    return value


def _jo_years(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        tot = d[d["industry_name"] == "Total nonfarm"]
        by = tot.groupby("year")["value"].agg(how)
        return [float(by[2022]), float(by[2024])]

    return value


def _jo_drop(pct: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        by = _jo_ind(d).groupby(["industry_name", "year"])["value"].mean().unstack()
        change = by[2024] - by[2022]
        if pct:
            change = change / by[2022]
        return _top(-change)

    return value


_JOLTS_QS = [
    Q(
        "which industry has the most job openings on average?",
        _lead(_named(lambda d: _top(_jo_ind(d).groupby("industry_name")["value"].mean()))),
        ("industry_name", "value"),
    ),
    Q(
        "when did total openings peak",
        either(_lead(_month_year(_jo_when(True))), _lead(_month_year(_jo_when(False)))),
        ("industry_name", "year", "period", "label", "value"),
    ),
    Q(
        "average openings in healthcare in 2023",
        _about(
            lambda d: float(
                d.loc[(d["industry_name"] == "Health care and social assistance") & (d["year"] == 2023), "value"].mean()
            ),
            rel=0.005,
        ),
        ("industry_name", "year", "value"),
    ),
    Q(
        "how do overall openings in 2024 compare with 2022?",
        either(_about(_jo_years("mean"), rel=0.005), _scaled(_jo_years("sum"), (1e3, 1e6))),
        ("industry_name", "year", "value"),
    ),
    Q(
        "which industry fell the most between those two years",
        either(_lead(_named(_jo_drop(False))), _lead(_named(_jo_drop(True)))),
        ("industry_name", "year", "value"),
    ),
    Q(
        "how many of the figures are still preliminary?",
        _count(lambda d: int((_txt(d["footnote_codes"]) == "P").sum())),
        ("footnote_codes",),
    ),
]


# --- 6. EPA AirData daily PM2.5 ------------------------------------------------------------------------------------

# site id: (name, county code, county, cbsa code, cbsa name, lat, lon, base ug/m3, two monitors)
_EP_SITES = [
    (530330080, "Seattle-Beacon Hill", 33, "King", 42660, "Seattle-Tacoma-Bellevue, WA", 47.568, -122.308, 6.0, True),
    (530330057, "Seattle-Duwamish", 33, "King", 42660, "Seattle-Tacoma-Bellevue, WA", 47.563, -122.341, 8.0, False),
    (530530029, "Tacoma-S 36th St", 53, "Pierce", 42660, "Seattle-Tacoma-Bellevue, WA", 47.186, -122.452, 8.5, False),
    (530630021, "Spokane-Augusta Ave", 63, "Spokane", 44060, "Spokane-Spokane Valley, WA", 47.666, -117.358, 7.5, True),
    (530770009, "Yakima-4th Ave", 77, "Yakima", 49420, "Yakima, WA", 46.596, -120.512, 9.0, False),
    (530070011, "Wenatchee-Fifth St", 7, "Chelan", 48300, "Wenatchee, WA", 47.429, -120.311, 7.0, False),
    (530470013, "Twisp-Glover St", 47, "Okanogan", "", "", 48.364, -120.121, 9.5, False),
    (530090013, "Cheeka Peak", 9, "Clallam", "", "", 48.298, -124.625, 3.0, False),
]


def _aqi(c: float) -> int:
    bands = [(0, 9.0, 0, 50), (9.1, 35.4, 51, 100), (35.5, 55.4, 101, 150), (55.5, 125.4, 151, 200)]
    bands += [(125.5, 225.4, 201, 300), (225.5, 500, 301, 500)]
    c = round(c, 1)
    for lo, hi, a, b in bands:
        if c <= hi:
            return round((b - a) / (hi - lo) * (max(c, lo) - lo) + a)
    return 500


def _epa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13106)
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    doy = np.arange(len(days))
    smoke = 28 * np.exp(-(((doy - 232) / 9) ** 2)) + 10 * np.exp(-(((doy - 260) / 5) ** 2))
    winter = 3 * np.cos(2 * np.pi * doy / 365)
    rows = []
    for site, name, cc, county, cbsa, cbsa_name, lat, lon, base, two in _EP_SITES:
        east = 1.3 if lon > -121 else 0.8
        for k, day in enumerate(days):
            if rng.random() < 0.08:
                continue
            for poc in (1, 3) if two else (1,):
                if poc == 3 and rng.random() < 0.3:
                    continue
                c = max(
                    0.1, base + winter[k] + smoke[k] * east * float(rng.uniform(0.5, 1.5)) + float(rng.normal(0, 2))
                )
                c = round(c * float(rng.normal(1, 0.03)), 1)
                pct = 100 if poc == 1 else int(_one(rng, [100, 96, 92, 88, 75, 63, 50], [60, 10, 8, 6, 6, 5, 5]))
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Source": "AQS" if k < 300 or poc == 1 else "AirNow",
                        "Site ID": site,
                        "POC": poc,
                        "Daily Mean PM2.5 Concentration": c,
                        "UNITS": "ug/m3 LC",
                        "DAILY_AQI_VALUE": _aqi(c),
                        "Site Name": name,
                        "DAILY_OBS_COUNT": 1 if poc == 1 else round(24 * pct / 100),
                        "PERCENT_COMPLETE": pct,
                        "AQS_PARAMETER_CODE": 88101,
                        "AQS_PARAMETER_DESC": "PM2.5 - Local Conditions",
                        "CBSA_CODE": cbsa,
                        "CBSA_NAME": cbsa_name,
                        "STATE_CODE": 53,
                        "STATE": "Washington",
                        "COUNTY_CODE": cc,
                        "COUNTY": county,
                        "SITE_LATITUDE": lat,
                        "SITE_LONGITUDE": lon,
                    }
                )
    return pd.DataFrame(rows)


_EP_PM = "Daily Mean PM2.5 Concentration"


def _ep_month(col: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        months = pd.to_datetime(d["Date"], format="%m/%d/%Y").dt.to_period("M")
        return pd.Period(_top(d[col].groupby(months).mean()), "M").to_timestamp()

    return value


_EPA_QS = [
    Q("what's the average pm2.5 level overall", _about(lambda d: float(d[_EP_PM].mean()), rel=0.01), (_EP_PM, "UNITS")),
    Q(
        "which site has the dirtiest air on average?",
        _lead(_named(lambda d: _top(d.groupby("Site Name")[_EP_PM].mean()))),
        ("Site Name", "Site ID", _EP_PM, "DAILY_AQI_VALUE"),
    ),
    Q(
        "how many unhealthy days were there, aqi over 100",
        either(
            _count(lambda d: int((d["DAILY_AQI_VALUE"] > 100).sum())),
            _count(lambda d: int(d.loc[d["DAILY_AQI_VALUE"] > 100, "Date"].nunique())),
            _count(lambda d: int(d.loc[d["DAILY_AQI_VALUE"] > 100, ["Date", "Site ID"]].drop_duplicates().shape[0])),
        ),
        ("DAILY_AQI_VALUE", "Date", "Site ID", "Site Name"),
    ),
    Q(
        "which month was the worst?",
        either(_lead(_month_year(_ep_month(_EP_PM))), _lead(_month_year(_ep_month("DAILY_AQI_VALUE")))),
        ("Date", _EP_PM, "DAILY_AQI_VALUE"),
    ),
    Q(
        "and what was the average in spokane county that month",
        _about(
            lambda d: float(
                d.loc[
                    (d["COUNTY"] == "Spokane")
                    & (
                        pd.to_datetime(d["Date"], format="%m/%d/%Y").dt.to_period("M")
                        == pd.Period(_ep_month(_EP_PM)(d), "M")
                    ),
                    _EP_PM,
                ].mean()
            ),
            rel=0.01,
        ),
        ("COUNTY", "Date", _EP_PM),
    ),
    Q(
        "how many readings are less than 75% complete",
        _count(lambda d: int((d["PERCENT_COMPLETE"] < 75).sum())),
        ("PERCENT_COMPLETE",),
    ),
]


# --- 7. IPL auction results ----------------------------------------------------------------------------------------

_IPL_TEAMS = ["CSK", "MI", "RCB", "KKR", "SRH", "DC", "PBKS", "RR", "GT", "LSG"]
_IPL_BASE = {"20 Lakh": 2e6, "30 Lakh": 3e6, "50 Lakh": 5e6, "75 Lakh": 7.5e6, "1 Cr": 1e7, "1.5 Cr": 1.5e7}
_IPL_BASE |= {"2 Cr": 2e7}
_IPL_FIRST = ["Rahul", "Virat", "Rohit", "Shubman", "Ishan", "Axar", "Deepak", "Mohammed", "Arshdeep", "Yuzvendra"]
_IPL_FIRST += ["Ravi", "Sanju", "Prithvi", "Varun", "Kuldeep", "Harshal", "Shardul", "Umran", "Avesh", "Tilak"]
_IPL_LAST = ["Sharma", "Singh", "Patel", "Yadav", "Kumar", "Chahar", "Thakur", "Iyer", "Pandya", "Gill", "Kishan"]
_IPL_OS_FIRST = ["Pat", "Mitchell", "Sam", "Ben", "Kagiso", "Rashid", "Trent", "Glenn", "Jos", "Quinton", "Wanindu"]
_IPL_OS_LAST = ["Cummins", "Starc", "Curran", "Stokes", "Rabada", "Khan", "Boult", "Maxwell", "Buttler", "de Kock"]
_IPL_OS_COUNTRY = ["Australia", "England", "South Africa", "New Zealand", "West Indies", "Afghanistan", "Sri Lanka"]


def _indian(x: int) -> str:
    s = str(x)
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join([*parts, tail]) if parts else tail


def _ipl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13107)
    pool = []
    for _ in range(420):
        overseas = rng.random() < 0.33
        if overseas:
            name = f"{_one(rng, _IPL_OS_FIRST)} {_one(rng, _IPL_OS_LAST)}"
            country = str(_one(rng, _IPL_OS_COUNTRY))
        else:
            name = f"{_one(rng, _IPL_FIRST)} {_one(rng, _IPL_LAST)}"
            country = "India"
        kind = str(_one(rng, ["BATTER", "BOWLER", "ALL-ROUNDER", "WICKETKEEPER"], [30, 35, 25, 10]))
        pool.append((name, country, kind, float(rng.lognormal(0, 0.8)) * (1.5 if overseas else 1.0)))
    seen: set[str] = set()
    players = []
    for name, country, kind, talent in pool:
        if name not in seen:
            seen.add(name)
            players.append((name, country, kind, talent))
    rows = []
    for season in range(2013, 2025):
        mega = season in (2014, 2018, 2022)
        k = int(rng.integers(140, 200)) if mega else int(rng.integers(45, 80))
        teams = _IPL_TEAMS if season >= 2022 else _IPL_TEAMS[:8]
        for j in rng.choice(len(players), k, replace=False):
            name, country, kind, talent = players[j]
            base_name = str(_one(rng, list(_IPL_BASE), [20, 10, 15, 6, 8, 4, 6]))
            base = _IPL_BASE[base_name]
            status = str(_one(rng, ["SOLD", "UNSOLD", "RTM"], [62, 33, 5]))
            if status == "UNSOLD":
                team, price = "", ""
            else:
                team = str(_one(rng, teams))
                value = base * (1 + talent * float(rng.exponential(1.5)) * (1.3 if season >= 2022 else 1.0))
                value = min(value, 2.5e8 if season >= 2024 else 1.8e8)
                price = _indian(int(round(value / 5e5) * 5e5))
            rows.append(
                {
                    "Season": season,
                    "Player": name,
                    "Country": country,
                    "Type": kind,
                    "Base Price": base_name,
                    "Status": status,
                    "Team": team,
                    "Price (INR)": price,
                }
            )
    return pd.DataFrame(rows)


def _ipl_price(d: pd.DataFrame) -> pd.Series:
    return _num(d["Price (INR)"])


def _rupees(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in rupees, in full or in lakh / crore / millions / billions."""
    return _scaled(value, (1e5, 1e7, 1e6, 1e9))


def _ipl_overseas(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Country"]) != "India"


_IPL_QS = [
    Q(
        "who's the most expensive buy ever",
        _lead(_named(lambda d: str(d.loc[_ipl_price(d).idxmax(), "Player"]))),
        ("Player", "Price (INR)", "Season", "Team"),
    ),
    Q(
        "which team has spent the most money overall?",
        _lead(_named(lambda d: _top(_ipl_price(d).groupby(d["Team"]).sum()))),
        ("Team", "Price (INR)"),
    ),
    Q(
        "how many players went unsold in 2022",
        _count(lambda d: int(((d["Status"] == "UNSOLD") & (d["Season"] == 2022)).sum())),
        ("Status", "Season", "Player"),
    ),
    Q(
        "do overseas players go for more than indian ones on average",
        either(
            _rupees(lambda d: _ipl_price(d).groupby(_ipl_overseas(d)).mean()[[True, False]].to_numpy()),
            _rupees(lambda d: _ipl_price(d).groupby(_ipl_overseas(d)).median()[[True, False]].to_numpy()),
        ),
        ("Country", "Price (INR)"),
    ),
    Q(
        "top 5 priciest bowlers",
        _all_named(
            lambda d: list(
                d.assign(p=_ipl_price(d))
                .loc[lambda x: x["Type"] == "BOWLER"]
                .sort_values(["p", "Player"], ascending=[False, True])
                .drop_duplicates("Player")["Player"]
                .head(5)
            )
        ),
        ("Player", "Type", "Price (INR)", "Season", "Team"),
    ),
    Q(
        "which season had the biggest total spend",
        _lead(_year(lambda d: int(_top(_ipl_price(d).groupby(d["Season"]).sum())))),
        ("Season", "Price (INR)"),
    ),
]


HELDOUT131: list[Dataset] = [
    Dataset("coinbase_pro_fills", _coinbase_frame, _COINBASE_QS),
    Dataset("calendly_routing_form_submissions", _calendly_frame, _CALENDLY_QS),
    Dataset("apple_watch_workouts", _apple_frame, _APPLE_QS),
    Dataset("square_items_library_export", _square_frame, _SQUARE_QS),
    Dataset("bls_jolts_openings_by_industry", _jolts_frame, _JOLTS_QS),
    Dataset("epa_air_quality_daily_pm25", _epa_frame, _EPA_QS),
    Dataset("ipl_auction_players", _ipl_frame, _IPL_QS),
]
