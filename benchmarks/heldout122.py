"""HELDOUT122: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Tesla
account's Supercharging history export (ChargeStartDateTime as "2023-04-12T15:32:10", Vin repeated for two cars,
Country, SiteLocationName such as "Gilroy, CA", ChargeSessionId repeated when a session also billed an idle or
congestion fee, Description "Supercharging" / "Idle Fee" / "Congestion Fee", QuantityBase in the Unit "kWh" or "min",
UnitCostBase, "Total Exclusive", VAT always 0, "Total Inclusive", Currency USD and an InvoiceNumber); a Teachable
school's sales export ("Transaction ID", "Purchased At" as "2023-02-14 09:12:33 UTC", "Product Name", "Product Type"
Course / Bundle / Coaching, "Student Name", "Student Email" with a few repeat buyers, "Coupon Code" mostly blank,
"List Price" and "Final Price" as "$199.00", "Currency", "Payment Method" Stripe / PayPal, "Status" paid / refunded
and "Earnings" after fees as plain numbers); a Buildium rent roll (Property, Unit, "Unit type" as "2 bd / 1 ba",
"Sq ft", "Tenants" blank for vacant units, "Lease start" / "Lease end" as "01/15/2023" blank when vacant,
"Market rent", "Rent", "Deposits held" and "Balance due" as "$1,450.00", Status Current / Notice given / Vacant, and
a closing "Total" row summing the money columns); a Meta Business Suite Instagram post insights export ("Post ID",
"Account username", "Description", "Duration (sec)" only for reels, "Publish time" as "04/12/2024 18:30",
"Permalink", "Post type" IG image / IG carousel / IG reel, "Date" always "Lifetime", and Views, Reach, Likes, Shares,
Follows, Comments, Saves with a few blanks); the US DOE AFDC EV station locations ("Fuel Type Code" ELEC, "Station
Name", "Street Address", City, State, ZIP, "Status Code" E / P / T, "Groups With Access Code", "EV Level1 EVSE Num",
"EV Level2 EVSE Num", "EV DC Fast Count" blank when none, "EV Network" such as "ChargePoint Network" or
"Non-Networked", Latitude, Longitude, ID, "Open Date" as "2019-05-14" with blanks for planned sites, "EV Connector
Types" as "J1772 J1772COMBO", "Facility Type" and "Owner Type Code"); a person's eBird "My eBird data" download
("Submission ID" repeated for every species on a checklist, "Common Name", "Scientific Name", "Taxonomic Order",
"Count" as a number or "X" for present, "State/Province" as "US-NY", County, "Location ID", Location, Date as
"2023-05-14", Time as "07:32 AM", Protocol, "Duration (Min)", "All Obs Reported", "Distance Traveled (km)" blank for
stationary counts, "Number of Observers", "Breeding Code" mostly blank, plus a few "gull sp." / "Greater/Lesser
Scaup" entries); and California CDEC daily reservoir storage in its long CSV layout (STATION_ID SHA / ORO / CLE / FOL
/ NML / DNP, DURATION "D", SENSOR_NUMBER 15, SENSOR_TYPE "STORAGE", "DATE TIME" and "OBS DATE" as "20230101 0000",
VALUE in acre-feet with "---" for missing days, DATA_FLAG and UNITS "AF"). All are generated with fixed seeds
12201-12207.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import scaled as _scaled

_MONEY = (1e3, 1e6)

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(s: pd.Series) -> pd.Series:
    """ "$1,234.50" / "-$20.00" as numbers."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _pick(rng: np.random.Generator, weights: dict[str, float], n: int) -> np.ndarray:
    w = np.array(list(weights.values()), dtype=float)
    return rng.choice(list(weights), size=n, p=w / w.sum())


def _leads(*names: Callable[[pd.DataFrame], str]) -> Check:
    """Any one of several labels, each beside its superlative."""
    return either(*(_lead(_named(n)) for n in names))


# --- 1. Tesla Supercharging history --------------------------------------------------------------------------------

_TS_SITES = {
    "Gilroy, CA": 22,
    "Kettleman City, CA": 9,
    "Mountain View, CA": 30,
    "San Jose - Santana Row, CA": 14,
    "Harris Ranch, CA": 6,
    "Tejon Ranch, CA": 5,
    "Fremont, CA": 18,
    "Reno, NV": 3,
}


def _tesla_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12201)
    n = 620
    vins = ["5YJ3E1EA7KF312345", "7SAYGDEE1NF498765"]
    start = pd.Timestamp("2022-01-03")
    stamps = np.sort(rng.uniform(0, 730, n))
    sites = _pick(rng, _TS_SITES, n)
    rows = []
    for i in range(n):
        t = start + pd.Timedelta(days=float(stamps[i]))
        t = t.replace(hour=int(rng.integers(6, 23)))
        sid = f"{int(rng.integers(10**8, 10**9))}"
        vin = vins[0] if (t < pd.Timestamp("2022-09-01") or rng.random() < 0.55) else vins[1]
        price = 0.43 if t.year == 2022 else 0.48
        if sites[i] == "Reno, NV":
            price -= 0.05
        kwh = round(float(np.clip(rng.normal(38, 12), 6, 78)), 2)
        invoice = f"{t:%Y%m}-{int(rng.integers(10**5, 10**6))}"
        base = {
            "ChargeStartDateTime": t.strftime("%Y-%m-%dT%H:%M:%S"),
            "Vin": vin,
            "Country": "United States",
            "SiteLocationName": sites[i],
            "ChargeSessionId": sid,
            "Currency": "USD",
            "InvoiceNumber": invoice,
        }
        total = round(kwh * price, 2)
        rows.append(
            base
            | {
                "Description": "Supercharging",
                "QuantityBase": kwh,
                "Unit": "kWh",
                "UnitCostBase": price,
                "Total Exclusive": total,
                "VAT": 0,
                "Total Inclusive": total,
            }
        )
        if rng.random() < 0.09:
            mins = int(rng.integers(1, 14))
            fee = round(mins * 0.50, 2)
            rows.append(
                base
                | {
                    "Description": "Idle Fee",
                    "QuantityBase": mins,
                    "Unit": "min",
                    "UnitCostBase": 0.5,
                    "Total Exclusive": fee,
                    "VAT": 0,
                    "Total Inclusive": fee,
                }
            )
        if sites[i] in ("Gilroy, CA", "Kettleman City, CA") and rng.random() < 0.12:
            mins = int(rng.integers(8, 35))
            fee = round(mins * 0.26, 2)
            rows.append(
                base
                | {
                    "Description": "Congestion Fee",
                    "QuantityBase": mins,
                    "Unit": "min",
                    "UnitCostBase": 0.26,
                    "Total Exclusive": fee,
                    "VAT": 0,
                    "Total Inclusive": fee,
                }
            )
    cols = ["ChargeStartDateTime", "Vin", "Country", "SiteLocationName", "ChargeSessionId", "Description"]
    cols += ["QuantityBase", "Unit", "UnitCostBase", "Total Exclusive", "VAT", "Total Inclusive", "Currency"]
    return pd.DataFrame(rows)[[*cols, "InvoiceNumber"]]


def _ts_charges(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Description"] == "Supercharging"]


def _ts_top_month(all_rows: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = d if all_rows else _ts_charges(d)
        month = pd.to_datetime(x["ChargeStartDateTime"]).dt.to_period("M")
        return x.groupby(month)["Total Inclusive"].sum().idxmax().to_timestamp()

    return value


_TS_MONEY = ("Total Inclusive", "Total Exclusive", "Description")

# --- 2. Teachable sales export -------------------------------------------------------------------------------------

_TC_PRODUCTS = {
    "Watercolor Basics": ("Course", 79.0, 30),
    "Portrait Painting Masterclass": ("Course", 149.0, 18),
    "Procreate for Beginners": ("Course", 59.0, 26),
    "Color Theory Deep Dive": ("Course", 99.0, 12),
    "The Complete Artist Bundle": ("Bundle", 299.0, 9),
    "Sketchbook Habit Bundle": ("Bundle", 179.0, 6),
    "1:1 Portfolio Review": ("Coaching", 250.0, 3),
}
_TC_FIRST = _split(
    "Amy Ben Chloe Diego Emma Felix Gina Hana Ivan Julia Kai Lena Marco Nora Owen Pia Raj Sofia Tom Uma", " "
)
_TC_LAST = _split(
    "Baker Costa Dubois Ellis Ford Gupta Hale Ibarra Jones Kim Lund Meyer Novak Ortiz Price Reyes Sato", " "
)
_TC_COUPONS = {"": 74, "LAUNCH50": 6, "BLACKFRIDAY": 8, "SPRING20": 7, "FRIEND10": 5}
_TC_OFF = {"": 0.0, "LAUNCH50": 0.5, "BLACKFRIDAY": 0.4, "SPRING20": 0.2, "FRIEND10": 0.1}


def _teachable_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12202)
    n = 1400
    names = list(_TC_PRODUCTS)
    weights = np.array([v[2] for v in _TC_PRODUCTS.values()], dtype=float)
    buyers = [
        (f"{rng.choice(_TC_FIRST)} {rng.choice(_TC_LAST)}", f"student{k}@{rng.choice(['gmail.com', 'yahoo.com'])}")
        for k in range(1000)
    ]
    days = np.sort(rng.beta(1.6, 1.3, n) * 720)
    rows = []
    for i in range(n):
        t = pd.Timestamp("2022-07-01") + pd.Timedelta(days=float(days[i]), seconds=int(rng.integers(86400)))
        if rng.random() < 0.06:  # Black Friday week rush
            t = pd.Timestamp(f"{_tc_year(rng)}-11-{int(rng.integers(24, 30))} 10:00") + pd.Timedelta(
                seconds=int(rng.integers(40000))
            )
        prod = str(rng.choice(names, p=weights / weights.sum()))
        kind, price, _ = _TC_PRODUCTS[prod]
        coupon = str(_pick(rng, _TC_COUPONS, 1)[0])
        if coupon == "BLACKFRIDAY" and t.month != 11:
            coupon = ""
        final = round(price * (1 - _TC_OFF[coupon]), 2)
        method = "PayPal" if rng.random() < 0.22 else "Stripe"
        fee = final * (0.049 if method == "PayPal" else 0.029) + 0.30
        status = "refunded" if rng.random() < (0.09 if kind == "Course" else 0.04) else "paid"
        name, email = buyers[int(rng.integers(0, 1000))]
        rows.append(
            {
                "Transaction ID": f"ch_{int(rng.integers(10**11, 10**12))}",
                "Purchased At": t.strftime("%Y-%m-%d %H:%M:%S UTC"),
                "Product Name": prod,
                "Product Type": kind,
                "Student Name": name,
                "Student Email": email,
                "Coupon Code": coupon,
                "List Price": f"${price:,.2f}",
                "Final Price": f"${final:,.2f}",
                "Currency": "USD",
                "Payment Method": method,
                "Status": status,
                "Earnings": round(final - fee, 2),
            }
        )
    return pd.DataFrame(rows).sort_values("Purchased At", kind="stable").reset_index(drop=True)


def _tc_year(rng: np.random.Generator) -> int:
    return 2022 if rng.random() < 0.5 else 2023


def _tc_total(which: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        paid = d["Status"] == "paid"
        if which == "gross":
            return float(_money(d["Final Price"]).sum())
        if which == "paid":
            return float(_money(d.loc[paid, "Final Price"]).sum())
        if which == "earn":
            return float(d["Earnings"].sum())
        return float(d.loc[paid, "Earnings"].sum())

    return value


def _tc_top(by: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        if by == "count":
            return _top(d["Product Name"].value_counts())
        return _top(_money(d["Final Price"]).groupby(d["Product Name"]).sum())

    return value


def _tc_month(paid_only: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = d[d["Status"] == "paid"] if paid_only else d
        month = pd.to_datetime(x["Purchased At"].str.replace(" UTC", "")).dt.to_period("M")
        return month.value_counts().sort_index().idxmax().to_timestamp()

    return value


def _tc_avg(kind: str, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d if how == "all" else d[d["Status"] == "paid"]
        return float(_money(x.loc[x["Product Type"] == kind, "Final Price"]).mean())

    return value


_TC_MONEY = ("Final Price", "Earnings", "Status", "List Price")

# --- 3. Buildium rent roll -----------------------------------------------------------------------------------------

_BR_PROPS = {
    "Maple Court Apartments": (1.00, 96),
    "Riverside Lofts": (1.35, 64),
    "Oak Street Duplexes": (0.85, 40),
    "Harbor View Towers": (1.55, 120),
    "Cedar Ridge Townhomes": (1.15, 48),
    "Elm Park Residences": (0.95, 72),
}
_BR_TYPES = {"Studio / 1 ba": (1050, 520), "1 bd / 1 ba": (1350, 700), "2 bd / 1 ba": (1650, 900)}
_BR_TYPES |= {"2 bd / 2 ba": (1850, 1050), "3 bd / 2 ba": (2250, 1300)}


def _rent_roll_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12203)
    first, last = _TC_FIRST, _TC_LAST
    types = list(_BR_TYPES)
    rows = []
    for prop, (level, units) in _BR_PROPS.items():
        for u in range(units):
            utype = types[int(rng.choice(5, p=[0.12, 0.32, 0.22, 0.22, 0.12]))]
            base, sqft = _BR_TYPES[utype]
            market = round(base * level * rng.uniform(0.95, 1.08) / 5) * 5
            status = str(_pick(rng, {"Current": 86, "Notice given": 6, "Vacant": 8}, 1)[0])
            row = {
                "Property": prop,
                "Unit": f"{100 * (1 + u // 12) + u % 12 + 1}",
                "Unit type": utype,
                "Sq ft": int(sqft * rng.uniform(0.92, 1.1)),
                "Tenants": "",
                "Lease start": "",
                "Lease end": "",
                "Market rent": f"${market:,.2f}",
                "Rent": "",
                "Deposits held": "",
                "Balance due": "",
                "Status": status,
            }
            if status != "Vacant":
                start = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 1200)))
                start = start.replace(day=1 if rng.random() < 0.7 else 15)
                end = start + pd.DateOffset(months=int(rng.choice([12, 12, 12, 18, 24]))) - pd.Timedelta(days=1)
                rent = round(market * rng.uniform(0.86, 1.0) / 5) * 5
                owed = 0.0 if rng.random() < 0.84 else round(float(rng.choice([25.0, 75.0, rent / 2, rent])), 2)
                names = [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(int(rng.choice([1, 1, 2])))]
                row |= {
                    "Tenants": ", ".join(names),
                    "Lease start": start.strftime("%m/%d/%Y"),
                    "Lease end": end.strftime("%m/%d/%Y"),
                    "Rent": f"${rent:,.2f}",
                    "Deposits held": f"${rent:,.2f}",
                    "Balance due": f"${owed:,.2f}",
                }
            rows.append(row)
    frame = pd.DataFrame(rows)
    total = {c: "" for c in frame.columns} | {"Property": "Total"}
    for c in ("Market rent", "Rent", "Deposits held", "Balance due"):
        total[c] = f"${_money(frame[c]).sum():,.2f}"
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _br_units(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Property"] != "Total"]


def _br_top_rent(d: pd.DataFrame) -> str:
    u = _br_units(d)
    return _top(_money(u["Rent"]).groupby(u["Property"]).mean())


def _br_ending(d: pd.DataFrame) -> int:
    u = _br_units(d)
    return int((pd.to_datetime(u["Lease end"], format="%m/%d/%Y").dt.year == 2024).sum())


_BR_ID = ("Property", "Unit")

# --- 4. Instagram post insights (Meta Business Suite) --------------------------------------------------------------

_IG_TYPES = {"IG image": 40, "IG carousel": 30, "IG reel": 30}
_IG_CAPTIONS = [
    "new drop this friday 🔥",
    "behind the scenes at the studio",
    "3 tips for better morning light",
    "giveaway! tag a friend",
    "client spotlight",
    "weekend market recap",
    "how we pack your orders",
    "new colorways just landed",
]


def _instagram_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12204)
    n = 460
    kinds = _pick(rng, _IG_TYPES, n)
    days = np.sort(rng.uniform(0, 700, n))
    rows = []
    for i in range(n):
        kind = str(kinds[i])
        t = pd.Timestamp("2022-09-01") + pd.Timedelta(days=float(days[i]))
        t = t.replace(hour=int(rng.integers(7, 22)), minute=int(rng.integers(0, 60)), second=0, microsecond=0)
        growth = 1 + days[i] / 700
        dur = int(rng.integers(7, 90)) if kind == "IG reel" else None
        reach_base = {"IG image": 900, "IG carousel": 1300, "IG reel": 2600}[kind]
        reach = int(reach_base * growth * rng.lognormal(0, 0.55) * (1 + (dur or 0) / 120))
        views = int(reach * rng.uniform(1.1, 1.6))
        likes = int(reach * rng.beta(4, 40))
        pid = int(rng.integers(10**17, 10**18))
        rows.append(
            {
                "Post ID": str(pid),
                "Account ID": "17841400123456789",
                "Account username": "thelinenstudio",
                "Account name": "The Linen Studio",
                "Description": str(rng.choice(_IG_CAPTIONS)),
                "Duration (sec)": dur,
                "Publish time": t.strftime("%m/%d/%Y %H:%M"),
                "Permalink": f"https://www.instagram.com/p/C{pid % 10**9:09d}/",
                "Post type": kind,
                "Data comment": "",
                "Date": "Lifetime",
                "Views": views,
                "Reach": reach,
                "Likes": likes,
                "Shares": int(likes * rng.beta(2, 20)),
                "Follows": int(rng.poisson(reach / (350 if kind == "IG reel" else 900))),
                "Comments": int(rng.poisson(likes / 25)),
                "Saves": int(likes * rng.beta(2, 12)),
            }
        )
    frame = pd.DataFrame(rows)
    frame.loc[frame.sample(14, random_state=4).index, ["Shares", "Follows", "Saves"]] = np.nan
    return frame


_IG_ALIASES = {
    "IG reel": ("reel", "reels"),
    "IG carousel": ("carousel", "carousels"),
    "IG image": ("image", "images", "photo", "photos"),
}


def _ig_month(d: pd.DataFrame) -> pd.Timestamp:
    m = pd.to_datetime(d["Publish time"], format="%m/%d/%Y %H:%M").dt.to_period("M")
    return m.value_counts().sort_index().idxmax().to_timestamp()


def _ig_reels(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Post type"] == "IG reel"].dropna(subset=["Duration (sec)"])


# --- 5. AFDC EV charging stations ----------------------------------------------------------------------------------

_EV_STATES = {"CA": 38, "NY": 9, "TX": 8, "FL": 8, "WA": 6, "MA": 7, "CO": 5, "GA": 4, "IL": 5, "AZ": 4, "OR": 3}
_EV_CITIES = {
    "CA": ["Los Angeles", "San Diego", "San Jose", "Sacramento", "Oakland"],
    "NY": ["New York", "Buffalo", "Albany"],
    "TX": ["Austin", "Houston", "Dallas"],
    "FL": ["Miami", "Orlando", "Tampa"],
    "WA": ["Seattle", "Spokane"],
    "MA": ["Boston", "Cambridge", "Worcester"],
    "CO": ["Denver", "Boulder"],
    "GA": ["Atlanta", "Savannah"],
    "IL": ["Chicago", "Naperville"],
    "AZ": ["Phoenix", "Tucson"],
    "OR": ["Portland", "Eugene"],
}
_EV_NETWORKS = {
    "ChargePoint Network": 38,
    "Non-Networked": 20,
    "Tesla Destination": 8,
    "Tesla": 6,
    "Blink Network": 9,
    "Electrify America": 5,
    "EVgo": 4,
    "SHELL_RECHARGE": 6,
    "FLO": 4,
}
_EV_FACILITY = {"PARKING_GARAGE": 12, "HOTEL": 8, "SHOPPING_CENTER": 10, "MUNI_GOV": 10, "": 40, "OFFICE_BLDG": 8}
_EV_FACILITY |= {"CAR_DEALER": 7, "GROCERY": 5}


_EV_PLACES = ["Lot", "Plaza", "Station", "Garage", "Center"]
_EV_STREETS = ["Main St", "Oak Ave", "Broadway", "1st St", "Market St"]


def _afdc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12205)
    n = 2400
    states = _pick(rng, _EV_STATES, n)
    nets = _pick(rng, _EV_NETWORKS, n)
    rows = []
    for i in range(n):
        st, net = str(states[i]), str(nets[i])
        city = str(rng.choice(_EV_CITIES[st]))
        fast = net in ("Tesla", "Electrify America", "EVgo") or (net == "SHELL_RECHARGE" and rng.random() < 0.4)
        status = str(_pick(rng, {"E": 93, "P": 4, "T": 3}, 1)[0])
        opened = pd.Timestamp("2011-01-01") + pd.Timedelta(days=int(rng.beta(3.2, 1.3) * 4700))
        l2 = "" if fast and net != "SHELL_RECHARGE" else int(rng.choice([1, 2, 2, 2, 4, 6, 8, 12]))
        dc = int(rng.choice([4, 6, 8, 10, 12, 16])) if fast else ""
        l1 = int(rng.integers(1, 3)) if (not fast and rng.random() < 0.03) else ""
        conn = "TESLA" if net.startswith("Tesla") else ("J1772COMBO CHADEMO" if fast else "J1772")
        if net == "Tesla Destination" and rng.random() < 0.3:
            conn = "J1772 TESLA"
        place = f"{city.upper() if rng.random() < 0.2 else city} {rng.choice(_EV_PLACES)}"
        street = f"{int(rng.integers(1, 9999))} {rng.choice(_EV_STREETS)}"
        rows.append(
            {
                "Fuel Type Code": "ELEC",
                "Station Name": f"{place} {int(rng.integers(1, 99))}",
                "Street Address": street,
                "City": city,
                "State": st,
                "ZIP": f"{int(rng.integers(10000, 99999))}",
                "Status Code": status,
                "Groups With Access Code": "Public" if rng.random() < 0.85 else "Private",
                "EV Level1 EVSE Num": l1,
                "EV Level2 EVSE Num": l2,
                "EV DC Fast Count": dc,
                "EV Network": net,
                "Latitude": round(float(rng.uniform(25, 48)), 6),
                "Longitude": round(float(rng.uniform(-123, -71)), 6),
                "ID": 100000 + i * 7 + int(rng.integers(0, 7)),
                "Open Date": "" if status == "P" else opened.strftime("%Y-%m-%d"),
                "EV Connector Types": conn,
                "Facility Type": str(_pick(rng, _EV_FACILITY, 1)[0]),
                "Owner Type Code": "" if rng.random() < 0.6 else str(rng.choice(["P", "LG", "SG", "T"])),
            }
        )
    return pd.DataFrame(rows)


def _ev_open_year(d: pd.DataFrame) -> int:
    return int(_top(pd.to_datetime(d["Open Date"]).dt.year.dropna().astype(int).value_counts()))


# --- 6. eBird "My eBird data" --------------------------------------------------------------------------------------

_EB_SPECIES = [
    ("American Robin", "Turdus migratorius", 27200, 30, 3),
    ("Northern Cardinal", "Cardinalis cardinalis", 32800, 26, 2),
    ("Blue Jay", "Cyanocitta cristata", 21600, 24, 2),
    ("American Crow", "Corvus brachyrhynchos", 21900, 22, 4),
    ("Mourning Dove", "Zenaida macroura", 2300, 20, 3),
    ("Black-capped Chickadee", "Poecile atricapillus", 22900, 24, 3),
    ("Canada Goose", "Branta canadensis", 280, 14, 40),
    ("Mallard", "Anas platyrhynchos", 460, 15, 8),
    ("Red-tailed Hawk", "Buteo jamaicensis", 9100, 8, 1),
    ("Downy Woodpecker", "Dryobates pubescens", 15400, 14, 1),
    ("European Starling", "Sturnus vulgaris", 28100, 16, 20),
    ("Song Sparrow", "Melospiza melodia", 33600, 18, 2),
    ("Great Blue Heron", "Ardea herodias", 6700, 7, 1),
    ("Ring-billed Gull", "Larus delawarensis", 4900, 8, 15),
    ("Red-winged Blackbird", "Agelaius phoeniceus", 34000, 12, 10),
    ("Cedar Waxwing", "Bombycilla cedrorum", 26000, 5, 12),
    ("Bald Eagle", "Haliaeetus leucocephalus", 8900, 3, 1),
    ("Yellow Warbler", "Setophaga petechia", 31200, 4, 2),
    ("gull sp.", "Larinae sp.", 5200, 2, 10),
    ("Greater/Lesser Scaup", "Aythya marila/affinis", 620, 1, 20),
]
_EB_LOCS = [
    ("L123456", "Central Park--The Ramble", "New York"),
    ("L234567", "Prospect Park", "Kings"),
    ("L345678", "Jamaica Bay Wildlife Refuge", "Queens"),
    ("L456789", "My backyard", "Westchester"),
    ("L567890", "Croton Point Park", "Westchester"),
]


def _ebird_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12206)
    n_lists = 340
    rows = []
    weights = np.array([s[3] for s in _EB_SPECIES], dtype=float)
    days = np.sort(rng.beta(1.3, 1.0, n_lists) * 1450)
    for k in range(n_lists):
        day = pd.Timestamp("2020-03-01") + pd.Timedelta(days=int(days[k]))
        loc = _EB_LOCS[int(rng.choice(5, p=[0.3, 0.15, 0.1, 0.3, 0.15]))]
        stationary = loc[1] == "My backyard"
        dur = int(rng.integers(10, 45)) if stationary else int(rng.integers(30, 210))
        sub = f"S{int(rng.integers(10**7, 10**8))}"
        k_species = int(rng.integers(3, 13))
        picks = rng.choice(len(_EB_SPECIES), size=k_species, replace=False, p=weights / weights.sum())
        hour = int(rng.integers(6, 11))
        for j in picks:
            common, sci, tax, _, typical = _EB_SPECIES[int(j)]
            count = "X" if rng.random() < 0.05 else str(max(1, int(rng.poisson(typical))))
            rows.append(
                {
                    "Submission ID": sub,
                    "Common Name": common,
                    "Scientific Name": sci,
                    "Taxonomic Order": tax,
                    "Count": count,
                    "State/Province": "US-NY",
                    "County": loc[2],
                    "Location ID": loc[0],
                    "Location": loc[1],
                    "Latitude": round(40.6 + 0.1 * _EB_LOCS.index(loc), 4),
                    "Longitude": -73.96,
                    "Date": day.strftime("%Y-%m-%d"),
                    "Time": f"{hour:02d}:{int(rng.integers(0, 60)):02d} AM",
                    "Protocol": "eBird - Stationary Count" if stationary else "eBird - Traveling Count",
                    "Duration (Min)": dur,
                    "All Obs Reported": 1 if rng.random() < 0.92 else 0,
                    "Distance Traveled (km)": "" if stationary else round(float(rng.uniform(0.5, 6)), 3),
                    "Area Covered (ha)": "",
                    "Number of Observers": int(rng.choice([1, 1, 1, 2, 3])),
                    "Breeding Code": "" if rng.random() < 0.96 else "ON Occupied Nest",
                    "Observation Details": "",
                    "Checklist Comments": "",
                    "ML Catalog Numbers": "",
                }
            )
    return pd.DataFrame(rows)


def _eb_counts(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Count"], errors="coerce")


def _eb_real(d: pd.DataFrame) -> pd.Series:
    return ~d["Common Name"].str.contains(r" sp\.|/", regex=True)


def _eb_top_year(d: pd.DataFrame) -> int:
    lists = d.drop_duplicates("Submission ID")
    return int(_top(pd.to_datetime(lists["Date"]).dt.year.value_counts()))


# --- 7. CDEC daily reservoir storage -------------------------------------------------------------------------------

_CD_RES = {"SHA": 4552000, "ORO": 3537577, "CLE": 2447650, "FOL": 977000, "NML": 2400000, "DNP": 2030000}


def _cdec_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12207)
    days = pd.date_range("2022-01-01", "2023-12-31", freq="D")
    rows = []
    for k, (sid, cap) in enumerate(_CD_RES.items()):
        level = rng.uniform(0.30, 0.45)
        for day in days:
            doy = day.dayofyear
            wet = 2.3 if day.year == 2023 else 0.7
            inflow = wet * 0.0028 * max(0.0, np.cos((doy - 75) / 365 * 2 * np.pi)) + 0.0002
            outflow = 0.0016 + 0.0012 * max(0.0, np.sin((doy - 120) / 365 * 2 * np.pi))
            level = float(np.clip(level + inflow - outflow + rng.normal(0, 0.0006), 0.15, 0.98))
            value = "---" if rng.random() < 0.012 + 0.01 * k else str(int(level * cap))
            rows.append(
                {
                    "STATION_ID": sid,
                    "DURATION": "D",
                    "SENSOR_NUMBER": 15,
                    "SENSOR_TYPE": "STORAGE",
                    "DATE TIME": day.strftime("%Y%m%d 0000"),
                    "OBS DATE": day.strftime("%Y%m%d 0000"),
                    "VALUE": value,
                    "DATA_FLAG": " ",
                    "UNITS": "AF",
                }
            )
    return pd.DataFrame(rows)


def _cd(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["v"] = pd.to_numeric(out["VALUE"], errors="coerce")
    out["day"] = pd.to_datetime(out["DATE TIME"].astype(str).str[:8], format="%Y%m%d")
    return out


def _cd_on(sid: str, day: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _cd(d)
        return float(x.loc[(x["STATION_ID"] == sid) & (x["day"] == pd.Timestamp(day)), "v"].iloc[0])

    return value


def _cd_low_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = _cd(d)
        g = x.groupby(x["day"].dt.to_period("M"))["v"]
        return (g.mean() if how == "mean" else g.sum()).idxmin().to_timestamp()

    return value


def _cd_wide(d: pd.DataFrame) -> pd.DataFrame:
    x = _cd(d)
    return x.pivot_table(index="day", columns="STATION_ID", values="v").dropna(subset=["SHA", "ORO"])


_CD_USES = ("STATION_ID", "DATE TIME", "OBS DATE", "VALUE")

# --- the set -------------------------------------------------------------------------------------------------------

HELDOUT122: list[Dataset] = [
    Dataset(
        "tesla_charging_history",
        _tesla_frame,
        [
            Q(
                "how much have i spent on supercharging in total?",
                either(
                    _scaled(lambda d: d["Total Inclusive"].sum(), _MONEY),
                    _scaled(lambda d: _ts_charges(d)["Total Inclusive"].sum(), _MONEY),
                ),
                _TS_MONEY,
            ),
            Q(
                "how many times did i charge?",
                either(
                    _count(lambda d: int(d["ChargeSessionId"].nunique())),
                    _count(lambda d: len(_ts_charges(d))),
                ),
                ("ChargeSessionId", "Description", "ChargeStartDateTime"),
            ),
            Q(
                "which supercharger do i go to the most?",
                _lead(_named(lambda d: _top(_ts_charges(d)["SiteLocationName"].value_counts()))),
                ("SiteLocationName", "ChargeSessionId"),
            ),
            Q(
                "avg kwh per charge?",
                either(
                    has(lambda d: _ts_charges(d)["QuantityBase"].mean(), rel=0.01),
                    has(lambda d: _ts_charges(d)["QuantityBase"].median(), rel=0.01),
                ),
                ("QuantityBase", "Unit", "Description"),
            ),
            Q(
                "what month did i spend the most on charging",
                either(_lead(_month_year(_ts_top_month(True))), _lead(_month_year(_ts_top_month(False)))),
                ("ChargeStartDateTime", *_TS_MONEY),
            ),
            Q(
                "how much have idle fees cost me?",
                _scaled(lambda d: d.loc[d["Description"] == "Idle Fee", "Total Inclusive"].sum(), _MONEY),
                _TS_MONEY,
            ),
        ],
    ),
    Dataset(
        "teachable_sales_export",
        _teachable_frame,
        [
            Q(
                "how much revenue have we made?",
                either(*(_scaled(_tc_total(w), _MONEY) for w in ("gross", "paid", "earn", "earn_paid"))),
                _TC_MONEY,
            ),
            Q(
                "which course sells best",
                _leads(_tc_top("count"), _tc_top("revenue")),
                ("Product Name", "Final Price", "Transaction ID"),
            ),
            Q(
                "how many sales used a coupon?",
                _count(lambda d: int(d["Coupon Code"].notna().sum())),
                ("Coupon Code", "Transaction ID"),
            ),
            Q(
                "what % got refunded",
                _share(lambda d: float((d["Status"] == "refunded").mean())),
                ("Status", "Transaction ID"),
            ),
            Q(
                "average price paid for bundles vs single courses",
                either(
                    has(_tc_avg("Bundle", "all"), _tc_avg("Course", "all"), rel=0.01),
                    has(_tc_avg("Bundle", "paid"), _tc_avg("Course", "paid"), rel=0.01),
                ),
                ("Product Type", "Final Price", "Status"),
            ),
            Q(
                "which month had the most sales?",
                either(_lead(_month_year(_tc_month(False))), _lead(_month_year(_tc_month(True)))),
                ("Purchased At", "Transaction ID", "Status"),
            ),
        ],
    ),
    Dataset(
        "buildium_rent_roll",
        _rent_roll_frame,
        [
            Q(
                "how many units are empty right now?",
                _count(lambda d: int((d["Status"] == "Vacant").sum())),
                (*_BR_ID, "Status", "Tenants"),
            ),
            Q(
                "what's the total rent coming in each month?",
                _scaled(lambda d: _money(_br_units(d)["Rent"]).sum(), _MONEY),
                (*_BR_ID, "Rent"),
            ),
            Q(
                "which building has the highest average rent?",
                _lead(_named(_br_top_rent)),
                (*_BR_ID, "Rent"),
            ),
            Q(
                "how many tenants are behind on rent?",
                _count(lambda d: int((_money(_br_units(d)["Balance due"]) > 0).sum())),
                (*_BR_ID, "Balance due", "Tenants"),
            ),
            Q(
                "and how much do they owe altogether?",
                _scaled(lambda d: _money(_br_units(d)["Balance due"]).sum(), _MONEY),
                (*_BR_ID, "Balance due", "Tenants"),
            ),
            Q(
                "how many leases are up in 2024?",
                _count(_br_ending),
                (*_BR_ID, "Lease end"),
            ),
        ],
    ),
    Dataset(
        "instagram_post_insights",
        _instagram_frame,
        [
            Q(
                "how many of my posts are reels?",
                _count(lambda d: int((d["Post type"] == "IG reel").sum())),
                ("Post type", "Post ID"),
            ),
            Q(
                "which kind of post reaches the most people on average?",
                either(
                    _lead(_named(lambda d: _top(d.groupby("Post type")["Reach"].mean()), _IG_ALIASES)),
                    _lead(_named(lambda d: _top(d.groupby("Post type")["Reach"].median()), _IG_ALIASES)),
                ),
                ("Post type", "Reach"),
            ),
            Q(
                "total likes across everything",
                _count(lambda d: int(d["Likes"].sum())),
                ("Likes",),
            ),
            Q(
                "do longer reels get more views?",
                _corr(lambda d: _ig_reels(d)["Duration (sec)"], lambda d: _ig_reels(d)["Views"]),
                ("Duration (sec)", "Views", "Post type"),
            ),
            Q(
                "how many new followers did my posts bring in",
                _count(lambda d: int(d["Follows"].sum())),
                ("Follows",),
            ),
            Q(
                "what share of those came from reels?",
                _share(lambda d: float(d.loc[d["Post type"] == "IG reel", "Follows"].sum() / d["Follows"].sum())),
                ("Follows", "Post type"),
            ),
        ],
    ),
    Dataset(
        "afdc_ev_charging_stations",
        _afdc_frame,
        [
            Q(
                "how many stations are in california?",
                _count(lambda d: int((d["State"] == "CA").sum())),
                ("State", "ID", "Station Name"),
            ),
            Q(
                "which charging network has the most stations?",
                _lead(_named(lambda d: _top(d["EV Network"].value_counts()))),
                ("EV Network", "ID", "Station Name"),
            ),
            Q(
                "how many dc fast chargers are there in total",
                _count(lambda d: int(d["EV DC Fast Count"].sum())),
                ("EV DC Fast Count",),
            ),
            Q(
                "what share of stations aren't on any network?",
                _share(lambda d: float((d["EV Network"] == "Non-Networked").mean())),
                ("EV Network", "ID", "Station Name"),
            ),
            Q(
                "which year did the most stations open",
                _lead(_year(_ev_open_year)),
                ("Open Date", "ID", "Station Name"),
            ),
            Q(
                "how many stations aren't currently open?",
                _count(lambda d: int((d["Status Code"] != "E").sum())),
                ("Status Code", "ID", "Station Name"),
            ),
        ],
    ),
    Dataset(
        "ebird_my_observations",
        _ebird_frame,
        [
            Q(
                "how many different species have i seen?",
                either(
                    _count(lambda d: int(d["Common Name"].nunique())),
                    _count(lambda d: int(d.loc[_eb_real(d), "Common Name"].nunique())),
                ),
                ("Common Name", "Scientific Name"),
            ),
            Q(
                "how many checklists have i submitted",
                _count(lambda d: int(d["Submission ID"].nunique())),
                ("Submission ID",),
            ),
            Q(
                "what bird do i see most often?",
                _leads(
                    lambda d: _top(d["Common Name"].value_counts()),
                    lambda d: _top(_eb_counts(d).groupby(d["Common Name"]).sum()),
                ),
                ("Common Name", "Count", "Submission ID"),
            ),
            Q(
                "how many individual birds have i counted in total?",
                _count(lambda d: int(_eb_counts(d).sum())),
                ("Count",),
            ),
            Q(
                "which year did i go birding the most?",
                _lead(_year(_eb_top_year)),
                ("Date", "Submission ID"),
            ),
            Q(
                "how long is a typical checklist, in minutes?",
                either(
                    *(
                        has(f, rel=0.01)
                        for f in (
                            lambda d: d.drop_duplicates("Submission ID")["Duration (Min)"].mean(),
                            lambda d: d.drop_duplicates("Submission ID")["Duration (Min)"].median(),
                            lambda d: d["Duration (Min)"].mean(),
                            lambda d: d["Duration (Min)"].median(),
                        )
                    )
                ),
                ("Duration (Min)", "Submission ID"),
            ),
        ],
    ),
    Dataset(
        "california_reservoir_levels",
        _cdec_frame,
        [
            Q(
                "which reservoir holds the most water on average?",
                _lead(_named(lambda d: _top(_cd(d).groupby("STATION_ID")["v"].mean()))),
                _CD_USES,
            ),
            Q(
                "how many missing readings are there?",
                _count(lambda d: int((d["VALUE"].astype(str).str.strip() == "---").sum())),
                _CD_USES,
            ),
            Q(
                "how much water was in ORO on april 1 2023?",
                _scaled(_cd_on("ORO", "2023-04-01"), _MONEY),
                _CD_USES,
            ),
            Q(
                "how much did SHA go up between jan 1 and jun 1 2023?",
                _scaled(lambda d: _cd_on("SHA", "2023-06-01")(d) - _cd_on("SHA", "2023-01-01")(d), _MONEY),
                _CD_USES,
            ),
            Q(
                "which month had the lowest storage overall?",
                either(_lead(_month_year(_cd_low_month("mean"))), _lead(_month_year(_cd_low_month("sum")))),
                _CD_USES,
            ),
            Q(
                "do SHA and ORO levels move together?",
                _corr(lambda d: _cd_wide(d)["SHA"], lambda d: _cd_wide(d)["ORO"]),
                _CD_USES,
            ),
        ],
    ),
]
