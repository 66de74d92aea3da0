"""HELDOUT15: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four datasets copy the column layout of
well-known public files (Kaggle "Sample - Superstore", the Pima Indians diabetes table, Airbnb's AB_NYC_2019 listings,
the Kaggle Pokemon stats table); three are invented public-sector and business tables (pupil attendance, courier
deliveries, river water samples). Every frame is generated with a fixed seed; every check is computed from the frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, _duration, asks, both, either, has, label_of, share

# --- helpers -------------------------------------------------------------------------------------------------------


def _corr(a: str, b: str, how: str = "pearson") -> Callable[[pd.DataFrame], float]:
    return lambda df: df[a].corr(df[b], method=how)


def _corr_any(a: str, b: str) -> Check:
    """Pearson or Spearman, to three decimals."""
    return either(has(_corr(a, b), rel=0.01), has(_corr(a, b, "spearman"), rel=0.01))


def _each_share(values: Callable[[pd.DataFrame], pd.Series], keys: list[Any]) -> Check:
    return both(*(share(lambda df, k=k: values(df)[k]) for k in keys))


def _each_share_either(a: Callable[[pd.DataFrame], pd.Series], b: Callable[[pd.DataFrame], pd.Series], keys) -> Check:
    """Per group, a share by either of two legitimate methods (e.g. ratio of sums or mean of ratios)."""
    return both(*(either(share(lambda df, k=k: a(df)[k]), share(lambda df, k=k: b(df)[k])) for k in keys))


# --- superstore (Kaggle "Sample - Superstore" layout) --------------------------------------------------------------

_SUBCATS = {
    "Furniture": {"Bookcases": (420, 0.02), "Chairs": (380, 0.07), "Furnishings": (95, 0.13), "Tables": (560, -0.06)},
    "Office Supplies": {
        "Appliances": (230, 0.16),
        "Art": (34, 0.24),
        "Binders": (130, 0.18),
        "Envelopes": (65, 0.42),
        "Fasteners": (14, 0.31),
        "Labels": (34, 0.44),
        "Paper": (57, 0.43),
        "Storage": (265, 0.09),
        "Supplies": (118, 0.03),
    },
    "Technology": {
        "Accessories": (215, 0.25),
        "Copiers": (2200, 0.37),
        "Machines": (1650, 0.02),
        "Phones": (370, 0.14),
    },
}
_REGIONS = {
    "West": [
        ("Los Angeles", "California", 90036),
        ("Seattle", "Washington", 98103),
        ("San Francisco", "California", 94122),
    ],
    "East": [
        ("New York City", "New York", 10035),
        ("Philadelphia", "Pennsylvania", 19140),
        ("Columbus", "Ohio", 43229),
    ],
    "Central": [("Houston", "Texas", 77095), ("Chicago", "Illinois", 60623), ("Detroit", "Michigan", 48234)],
    "South": [("Jacksonville", "Florida", 32216), ("Louisville", "Kentucky", 40214), ("Atlanta", "Georgia", 30318)],
}
_FIRST = ["Claire", "Darrin", "Sean", "Brosina", "Andrew", "Irene", "Harold", "Pete", "Alejandro", "Zuschuss", "Ken"]
_LAST = ["Gute", "Van Huff", "O'Donnell", "Hoffman", "Allen", "Maddox", "Pawlan", "Kriz", "Grove", "Donatelli", "Black"]


def _superstore() -> pd.DataFrame:
    rng = np.random.default_rng(1515)
    n_orders = 1050
    customers = [(f"{f[0]}{ln[0]}-{rng.integers(10000, 21999)}", f"{f} {ln}") for f in _FIRST for ln in _LAST[:7]]
    seg_of = {c[0]: rng.choice(["Consumer", "Corporate", "Home Office"], p=[0.52, 0.3, 0.18]) for c in customers}
    disc_p = {
        "West": [0.55, 0.0, 0.35, 0.0, 0.05, 0.0, 0.05, 0.0],
        "East": [0.5, 0.0, 0.3, 0.05, 0.05, 0.0, 0.1, 0.0],
        "Central": [0.35, 0.0, 0.25, 0.05, 0.05, 0.05, 0.05, 0.2],
        "South": [0.5, 0.0, 0.25, 0.05, 0.05, 0.05, 0.1, 0.0],
    }
    discounts = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.8]
    ship_days = {"Same Day": (0, 0), "First Class": (1, 3), "Second Class": (2, 5), "Standard Class": (4, 7)}
    start = pd.Timestamp("2014-01-03")
    rows = []
    for _ in range(n_orders):
        year = rng.choice([2014, 2015, 2016, 2017], p=[0.2, 0.22, 0.26, 0.32])
        month = rng.choice(np.arange(1, 13), p=np.array([4, 3, 6, 5, 5, 5, 5, 6, 11, 8, 13, 12]) / 83)
        odate = pd.Timestamp(year=year, month=month, day=int(rng.integers(1, 29)))
        odate = max(odate, start)
        mode = rng.choice(list(ship_days), p=[0.055, 0.155, 0.195, 0.595])
        lo, hi = ship_days[mode]
        sdate = odate + pd.Timedelta(days=int(rng.integers(lo, hi + 1)))
        cid, cname = customers[rng.integers(len(customers))]
        region = rng.choice(list(_REGIONS), p=[0.32, 0.28, 0.23, 0.17])
        city, state, postal = _REGIONS[region][rng.integers(3)]
        oid = f"{rng.choice(['CA', 'US'], p=[0.8, 0.2])}-{year}-{rng.integers(100000, 170000)}"
        for _ in range(int(rng.choice([1, 2, 3, 4, 5], p=[0.45, 0.25, 0.15, 0.1, 0.05]))):
            cat = rng.choice(list(_SUBCATS), p=[0.21, 0.6, 0.19])
            sub = rng.choice(list(_SUBCATS[cat]))
            base, margin = _SUBCATS[cat][sub]
            qty = int(rng.choice(np.arange(1, 15), p=np.array([9, 24, 24, 12, 12, 6, 6, 2, 2, 1, 1, 1, 1, 1]) / 102))
            disc = float(rng.choice(discounts, p=disc_p[region]))
            if cat == "Technology" and disc > 0.4:
                disc = 0.2
            sales = round(float(base * qty / 3 * rng.lognormal(0, 0.6) * (1 - disc)), 4)
            profit = round(sales * (margin + 0.1 - 0.75 * disc + rng.normal(0, 0.08)), 4)
            pid = f"{cat[:3].upper()}-{sub[:2].upper()}-{rng.integers(10000000, 10004999)}"
            rows.append(
                {
                    "Order ID": oid,
                    "Order Date": f"{odate.month}/{odate.day}/{odate.year}",
                    "Ship Date": f"{sdate.month}/{sdate.day}/{sdate.year}",
                    "Ship Mode": mode,
                    "Customer ID": cid,
                    "Customer Name": cname,
                    "Segment": seg_of[cid],
                    "Country": "United States",
                    "City": city,
                    "State": state,
                    "Postal Code": postal,
                    "Region": region,
                    "Product ID": pid,
                    "Category": cat,
                    "Sub-Category": sub,
                    "Product Name": f"{sub} item {pid[-4:]}",
                    "Sales": sales,
                    "Quantity": qty,
                    "Discount": disc,
                    "Profit": profit,
                }
            )
    df = pd.DataFrame(rows)
    df.insert(0, "Row ID", np.arange(1, len(df) + 1))
    return df


def _ss_month_2017(df: pd.DataFrame) -> pd.Series:
    d = pd.to_datetime(df["Order Date"], format="%m/%d/%Y")
    return df[d.dt.year == 2017].groupby(d.dt.month)["Sales"].sum()


def _ss_margin_sums(df: pd.DataFrame) -> pd.Series:
    g = df.groupby("Category")
    return g["Profit"].sum() / g["Sales"].sum()


def _ss_margin_rows(df: pd.DataFrame) -> pd.Series:
    return (df["Profit"] / df["Sales"]).groupby(df["Category"]).mean()


_SS_DISCOUNT = either(
    _corr_any("Discount", "Profit"),
    has(lambda df: df.loc[df.Discount > 0, "Profit"].mean(), lambda df: df.loc[df.Discount == 0, "Profit"].mean()),
    has(lambda df: df["Discount"].corr(df["Profit"] / df["Sales"]), rel=0.01),
)


# --- Pima Indians diabetes (UCI / Kaggle diabetes.csv layout) ------------------------------------------------------


def _pima() -> pd.DataFrame:
    rng = np.random.default_rng(768)
    n = 768
    out = (rng.random(n) < 0.35).astype(int)
    age = np.clip(21 + rng.gamma(1.6, 7.5, n) + 4 * out, 21, 81).astype(int)
    preg = np.clip(rng.poisson(2.2 + 0.08 * (age - 21) + out), 0, 17)
    glucose = np.clip(rng.normal(110 + 31 * out + 0.25 * (age - 30), 25), 44, 199).round().astype(int)
    bp = np.clip(rng.normal(68 + 3 * out + 0.25 * (age - 30), 11), 24, 122).round().astype(int)
    skin = np.clip(rng.normal(27 + 4 * out, 9.5), 7, 99).round().astype(int)
    bmi = np.clip(rng.normal(30.9 + 4.4 * out, 6.6), 18.2, 67.1).round(1)
    insulin = np.clip(rng.lognormal(4.85 + 0.3 * out, 0.55), 14, 846).round().astype(int)
    dpf = np.clip(rng.gamma(2.2, 0.19 + 0.05 * out), 0.078, 2.42).round(3)
    for arr, k in ((glucose, 5), (bp, 35), (skin, 227), (bmi, 11)):
        arr[rng.choice(n, k, replace=False)] = 0
    insulin[skin == 0] = 0
    insulin[rng.choice(np.flatnonzero(skin > 0), 374 - 227, replace=False)] = 0
    return pd.DataFrame(
        {
            "Pregnancies": preg,
            "Glucose": glucose,
            "BloodPressure": bp,
            "SkinThickness": skin,
            "Insulin": insulin,
            "BMI": bmi,
            "DiabetesPedigreeFunction": dpf,
            "Age": age,
            "Outcome": out,
        }
    )


def _pima_bins(df: pd.DataFrame) -> pd.Series:
    band = pd.cut(df["Age"], [20, 30, 40, 50, 200], labels=["21-30", "31-40", "41-50", "51+"])
    return df["Outcome"].groupby(band, observed=True).mean()


def _nz(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].where(df[col] != 0)


# --- Airbnb NYC 2019 (AB_NYC_2019.csv layout) ----------------------------------------------------------------------

_HOODS = {
    "Manhattan": ["Harlem", "Upper West Side", "Hell's Kitchen", "East Village", "Midtown", "Tribeca", "Chelsea"],
    "Brooklyn": ["Williamsburg", "Bedford-Stuyvesant", "Bushwick", "Crown Heights", "Park Slope", "Greenpoint"],
    "Queens": ["Astoria", "Long Island City", "Flushing", "Ridgewood", "Jamaica"],
    "Bronx": ["Mott Haven", "Concourse", "Kingsbridge"],
    "Staten Island": ["St. George", "Tompkinsville"],
}
_HOOD_LIFT = {"Tribeca": 1.9, "Midtown": 1.35, "Chelsea": 1.3, "Park Slope": 1.15, "Harlem": 0.8, "Jamaica": 0.85}
_NAMES = ["Michael", "David", "John", "Alex", "Sarah", "Maria", "Daniel", "Jessica", "Anna", "Chris", "Laura", "Kevin"]


def _airbnb() -> pd.DataFrame:
    rng = np.random.default_rng(2019)
    n = 3000
    boro = rng.choice(list(_HOODS), n, p=[0.44, 0.41, 0.12, 0.022, 0.008])
    big = [
        (107434423, "Sonder (NYC)", 46, "Manhattan"),
        (219517861, "Blueground", 29, "Manhattan"),
        (30283594, "Kara", 22, "Brooklyn"),
    ]
    host_ids = rng.integers(2_000, 270_000_000, n)
    first = [*_NAMES, "Ava", "Noah", "Li", "Omar", "Yuki", "Ben", "Sofia", "Tomas", "Priya", "Kwame", "Elena", "Jin"]
    first += ["Rachel", "Jason", "Nicole", "Carlos", "Fatima", "Ivan", "Grace", "Sam", "Hannah", "Luis", "Mei", "Paul"]
    tails = ["", " And Family", " & Sam", " M.", " K.", " R.", " S.", " T.", " L.", " B.", " J.", " Y."]
    pool = [f + t for f in first for t in tails]
    pool += ["Michael"] * 8 + ["David"] * 6 + ["Alex"] * 4
    host_names = rng.choice(pool, n).astype(object)
    # a few mid-size hosts
    for hid, name, k in [
        (16098958, "Jeremy & Laura", 9),
        (9419684, "Mike", 8),
        (1475015, "Mike", 7),
        (22541573, "Ken", 6),
    ]:
        idx = rng.choice(n, k, replace=False)
        host_ids[idx], host_names[idx] = hid, name
    pos = 0
    order = rng.permutation(n)
    for hid, name, k, b in big:
        idx = order[pos : pos + k]
        pos += k
        host_ids[idx], host_names[idx], boro[idx] = hid, name, b
    room_p = {
        "Manhattan": [0.61, 0.37, 0.02],
        "Brooklyn": [0.47, 0.51, 0.02],
        "Queens": [0.37, 0.58, 0.05],
        "Bronx": [0.35, 0.6, 0.05],
        "Staten Island": [0.47, 0.5, 0.03],
    }
    rooms = np.array([rng.choice(["Entire home/apt", "Private room", "Shared room"], p=room_p[b]) for b in boro])
    rooms[np.isin(host_ids, [107434423, 219517861])] = "Entire home/apt"
    hood = np.array([rng.choice(_HOODS[b]) for b in boro])
    base = {"Manhattan": 165, "Brooklyn": 110, "Queens": 88, "Bronx": 75, "Staten Island": 85}
    rmul = {"Entire home/apt": 1.0, "Private room": 0.45, "Shared room": 0.33}
    price = np.array(
        [base[b] * rmul[r] * _HOOD_LIFT.get(h, 1.0) for b, r, h in zip(boro, rooms, hood, strict=True)]
    ) * rng.lognormal(0, 0.45, n)
    price = price.round().astype(int)
    spike = rng.choice(n, 14, replace=False)
    price[spike] = rng.choice([1000, 1200, 1500, 2000, 2500, 3000, 5000, 10000], 14)
    price[rng.choice(n, 4, replace=False)] = 0
    reviews = np.where(rng.random(n) < 0.2, 0, rng.negative_binomial(0.7, 0.025, n))
    last = pd.Timestamp("2019-07-08") - pd.to_timedelta(rng.gamma(0.8, 250, n).astype(int), unit="D")
    months_active = rng.uniform(3, 96, n)
    df = pd.DataFrame(
        {
            "id": np.sort(rng.choice(np.arange(2539, 36_487_245), n, replace=False)),
            "name": [
                f"{rng.choice(['Cozy', 'Sunny', 'Spacious', 'Charming', 'Quiet'])} {r.split()[0].lower()} in {h}"
                for r, h in zip(rooms, hood, strict=True)
            ],
            "host_id": host_ids,
            "host_name": host_names,
            "neighbourhood_group": boro,
            "neighbourhood": hood,
            "latitude": (40.7 + rng.normal(0, 0.06, n)).round(5),
            "longitude": (-73.95 + rng.normal(0, 0.05, n)).round(5),
            "room_type": rooms,
            "price": price,
            "minimum_nights": rng.choice(
                [1, 2, 3, 4, 5, 7, 14, 30, 90], n, p=[0.26, 0.24, 0.16, 0.06, 0.07, 0.06, 0.03, 0.11, 0.01]
            ),
            "number_of_reviews": reviews,
            "last_review": np.where(reviews > 0, last.strftime("%Y-%m-%d"), None),
            "reviews_per_month": np.where(reviews > 0, (reviews / months_active).round(2).clip(0.01), np.nan),
        }
    )
    df["calculated_host_listings_count"] = df.groupby("host_id")["id"].transform("count")
    df["availability_365"] = np.where(rng.random(n) < 0.36, 0, rng.integers(1, 366, n))
    return df


def _bnb_hood_means(df: pd.DataFrame) -> pd.Series:
    g = df.groupby("neighbourhood")["price"]
    return g.mean()[g.count() >= 20]


def _bnb_xtab(df: pd.DataFrame) -> pd.DataFrame:
    return pd.crosstab(df["neighbourhood_group"], df["room_type"])


# --- Pokemon (Kaggle Pokemon.csv layout) ---------------------------------------------------------------------------

_TYPES = {
    "Water": (112, 0),
    "Normal": (98, -2),
    "Grass": (70, -3),
    "Bug": (69, -8),
    "Psychic": (57, 2),
    "Fire": (52, 4),
    "Electric": (44, 3),
    "Rock": (44, 3),
    "Dragon": (32, 22),
    "Ground": (32, 6),
    "Ghost": (32, 0),
    "Dark": (31, 8),
    "Poison": (28, -2),
    "Steel": (27, 6),
    "Fighting": (27, 14),
    "Ice": (24, 1),
    "Fairy": (17, -6),
    "Flying": (4, 0),
}
_SYL = ["bul", "ba", "saur", "char", "man", "der", "squir", "tle", "pi", "ka", "chu", "ee", "vee", "gar", "dos", "mew"]


def _pokemon() -> pd.DataFrame:
    rng = np.random.default_rng(800)
    types = np.repeat(list(_TYPES), [v[0] for v in _TYPES.values()])
    rng.shuffle(types)
    n = len(types)
    gen = np.repeat([1, 2, 3, 4, 5, 6], [166, 106, 160, 121, 165, 82])
    legendary = rng.random(n) < np.where(gen >= 4, 0.1, 0.06)
    rows = []
    number = 0
    for i in range(n):
        t1 = types[i]
        lift = _TYPES[t1][1]
        leg = bool(legendary[i])
        level = rng.normal(68 + (35 if leg else 0) + 1.5 * gen[i], 14)
        stat = {}
        for s, bias in (
            ("HP", 0),
            ("Attack", lift),
            ("Defense", 0.4 * lift),
            ("Sp. Atk", 0),
            ("Sp. Def", 0),
            ("Speed", 6 * leg),
        ):
            stat[s] = int(np.clip(round(level + bias + rng.normal(0, 16)), 5, 230))
        if t1 in ("Rock", "Steel"):
            stat["Defense"] += 25
            stat["Speed"] = max(5, stat["Speed"] - 12)
        mega = i > 0 and rng.random() < 0.05
        if not mega:
            number += 1
        name = "".join(rng.choice(_SYL, 2 + int(rng.random() < 0.4))).capitalize()
        if mega:
            name = f"{rows[-1]['Name']}Mega {rows[-1]['Name']}"
            stat = {k: v + 20 for k, v in stat.items()}
        t2 = rng.choice([t for t in _TYPES if t != t1]) if rng.random() < 0.52 else None
        rows.append(
            {
                "#": number,
                "Name": name,
                "Type 1": t1,
                "Type 2": t2,
                "Total": sum(stat.values()),
                **stat,
                "Generation": int(gen[i]),
                "Legendary": leg,
            }
        )
    df = pd.DataFrame(rows)
    cols = ["#", "Name", "Type 1", "Type 2", "Total", "HP", "Attack", "Defense", "Sp. Atk", "Sp. Def", "Speed"]
    return df[[*cols, "Generation", "Legendary"]]


def _dragon_ratio(df: pd.DataFrame) -> list[float]:
    out = []
    for sel in (df["Type 1"] == "Dragon", (df["Type 1"] == "Dragon") | (df["Type 2"] == "Dragon")):
        d = df[sel]
        ratio = d["Attack"] / d["Defense"]
        out += [ratio.mean(), d["Attack"].mean() / d["Defense"].mean(), ratio.median()]
    return out


def _legend(df: pd.DataFrame) -> pd.Series:
    return df["Legendary"].astype(str).str.lower() == "true"


# --- pupil attendance (invented) -----------------------------------------------------------------------------------

_SCHOOLS = {
    "Northfield Academy": (137512, 420, 0.011),
    "St Bede's RC High": (140233, 210, 0.009),
    "Castle Hill School": (136890, 260, 0.022),
    "Moorside Community College": (144101, 180, 0.031),
    "Riverside UTC": (147722, 120, 0.018),
    "Oakwood High": (139004, 240, 0.014),
}


def _attendance() -> pd.DataFrame:
    rng = np.random.default_rng(2324)
    rows = []
    k = 0
    for school, (urn, size, unauth) in _SCHOOLS.items():
        for _ in range(size):
            k += 1
            yg = int(rng.choice([7, 8, 9, 10, 11]))
            fsm = rng.random() < 0.27
            sen = rng.choice(["N", "K", "E"], p=[0.84, 0.13, 0.03])
            possible = int(rng.choice([332, 332, 332, 332, 330, 328, 318, 296, 254]))
            ab_rate = rng.beta(1.6, 24) * (1.6 if fsm else 1.0) * (1 + 0.09 * (yg - 7)) * (1.3 if sen != "N" else 1)
            absent = min(possible, round(possible * ab_rate))
            un_share = min(0.95, unauth / 0.05 * rng.beta(2, 5) * (1.5 if fsm else 1))
            un = round(absent * un_share)
            rows.append(
                {
                    "pupil_ref": f"P{100000 + k * 7}",
                    "SchoolName": school,
                    "URN": urn,
                    "YearGrp": yg,
                    "Gender": rng.choice(["M", "F"]),
                    "FSM": "Y" if fsm else "N",
                    "SEN_flag": sen,
                    "sessions_possible": possible,
                    "sessions_attended": possible - absent,
                    "auth_abs": absent - un,
                    "unauth_abs": un,
                }
            )
    df = pd.DataFrame(rows).sample(frac=1, random_state=3).reset_index(drop=True)
    return df


def _att_sums(df: pd.DataFrame, by: str) -> pd.Series:
    g = df.groupby(by)
    return g["sessions_attended"].sum() / g["sessions_possible"].sum()


def _att_rows(df: pd.DataFrame, by: str) -> pd.Series:
    return (df["sessions_attended"] / df["sessions_possible"]).groupby(df[by]).mean()


def _pa(df: pd.DataFrame) -> pd.Series:
    return df["sessions_attended"] / df["sessions_possible"]


# --- courier deliveries (invented) ---------------------------------------------------------------------------------


def _courier() -> pd.DataFrame:
    rng = np.random.default_rng(4242)
    n = 2600
    depots = rng.choice(["Leeds", "Bradford", "Wakefield", "Halifax"], n, p=[0.38, 0.27, 0.2, 0.15])
    drivers = {
        d: [f"{d[:3].upper()}{i:02d}" for i in range(1, 9)] for d in ["Leeds", "Bradford", "Wakefield", "Halifax"]
    }
    driver = np.array([rng.choice(drivers[d]) for d in depots])
    vehicle = rng.choice(["Van", "Car", "eBike"], n, p=[0.6, 0.22, 0.18])
    dist = np.round(np.where(vehicle == "eBike", rng.gamma(2.2, 2.0, n), rng.gamma(2.5, 6.5, n)) + 0.4, 1)
    day = pd.Timestamp("2024-01-02") + pd.to_timedelta(rng.integers(0, 180, n), unit="D")
    day = day + pd.to_timedelta(np.where(day.dayofweek == 6, 1, 0), unit="D")
    dispatched = day + pd.to_timedelta(rng.integers(7 * 60, 11 * 60, n), unit="min")
    speed = {"Van": 1.9, "Car": 1.7, "eBike": 3.4}
    depot_extra = {"Leeds": 22, "Bradford": 14, "Wakefield": 8, "Halifax": 11}
    mins = np.array([18 + depot_extra[d] + speed[v] * k for d, v, k in zip(depots, vehicle, dist, strict=True)])
    mins = np.round(mins * rng.lognormal(0, 0.25, n)).astype(int)
    window = rng.choice([60, 90, 120, 180], n, p=[0.15, 0.3, 0.35, 0.2])
    promised = dispatched + pd.to_timedelta(window, unit="min")
    delivered = dispatched + pd.to_timedelta(mins, unit="min")
    fail_p = np.where(driver == "BRA05", 0.2, 0.06)
    u = rng.random(n)
    status = np.where(u < fail_p, "FAILED", np.where(u < fail_p + 0.03, "RETURNED", "DELIVERED"))
    per_km = {"Van": 0.19, "Car": 0.14, "eBike": 0.025}
    fuel = np.round([per_km[v] * k * rng.lognormal(0, 0.12) for v, k in zip(vehicle, dist, strict=True)], 2)
    fmt = "%Y-%m-%d %H:%M"
    df = pd.DataFrame(
        {
            "DeliveryID": [f"DLV-{i:06d}" for i in rng.choice(np.arange(10_000, 990_000), n, replace=False)],
            "Depot": depots,
            "DriverCode": driver,
            "VehicleType": vehicle,
            "dispatched_at": dispatched.strftime(fmt),
            "promised_by": promised.strftime(fmt),
            "delivered_at": np.where(status == "DELIVERED", delivered.strftime(fmt), None),
            "Status": status,
            "dist_km": dist,
            "parcel_wt_kg": np.round(rng.gamma(1.6, 2.4, n), 2),
            "Sig_Reqd": rng.choice(["Y", "N"], n, p=[0.3, 0.7]),
            "fuel_cost_gbp": fuel,
        }
    )
    return df.sort_values("dispatched_at").reset_index(drop=True)


def _mins(df: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(df["delivered_at"]) - pd.to_datetime(df["dispatched_at"])).dt.total_seconds() / 60


def _late(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["delivered_at"]) > pd.to_datetime(df["promised_by"])


def _fail_rate(df: pd.DataFrame, fails: tuple[str, ...]) -> pd.Series:
    g = df["Status"].isin(fails).groupby(df["DriverCode"])
    return g.mean()[g.count() >= 30]


def _per_km(df: pd.DataFrame, rows: bool) -> pd.Series:
    if rows:
        return (df["fuel_cost_gbp"] / df["dist_km"]).groupby(df["VehicleType"]).mean()
    g = df.groupby("VehicleType")
    return g["fuel_cost_gbp"].sum() / g["dist_km"].sum()


def _month_counts(df: pd.DataFrame) -> Any:
    return pd.to_datetime(df["dispatched_at"]).dt.to_period("M").value_counts().sort_index().to_numpy()


# --- river water samples (invented) --------------------------------------------------------------------------------

_RIVERS = {"Calder": (6.4, 2), "Wharfe": (5.3, 3), "Derwent": (6.9, 2), "Nidd": (5.0, 2), "Swale": (5.6, 3)}


def _water() -> pd.DataFrame:
    rng = np.random.default_rng(1212)
    n = 1240
    river = rng.choice(list(_RIVERS), n, p=[0.24, 0.22, 0.2, 0.16, 0.18])
    site = np.array([f"{r[:3].upper()}-{rng.integers(1, _RIVERS[r][1] + 1):02d}" for r in river])
    date = pd.Timestamp("2021-01-04") + pd.to_timedelta(rng.integers(0, 3 * 365 - 4, n), unit="D")
    doy = date.dayofyear.to_numpy()
    season = np.sin(2 * np.pi * (doy - 110) / 365)
    air = np.round(10 + 7.5 * season + rng.normal(0, 3.2, n), 1)
    water = np.round(10.5 + 5.5 * season + rng.normal(0, 1.4, n), 1)
    year = date.year.to_numpy()
    do = np.round(11.2 - 0.28 * water - 0.35 * (year - 2021) + rng.normal(0, 0.7, n), 2)
    ph = np.round(7.7 - 0.025 * water + rng.normal(0, 0.28, n), 2)
    turb = np.round(rng.lognormal(1.5, 0.85, n), 1)
    nitrate = np.round(rng.gamma(4, 1.4, n), 2).astype(float)
    nitrate[rng.random(n) < 0.07] = np.nan
    ecoli = np.round(np.exp(np.array([_RIVERS[r][0] for r in river]) + 0.3 * season + rng.normal(0, 1.0, n)), -1)
    ecoli[rng.random(n) < 0.045] = np.nan
    lab = rng.choice(["EA-Leeds", "YW-Knostrop"], n, p=[0.55, 0.45])
    ecoli = np.where(lab == "YW-Knostrop", ecoli * 1.15, ecoli).round(-1)
    flag = np.where(np.isnan(ecoli), "", np.where(ecoli > 1000, "Y", "N"))
    df = pd.DataFrame(
        {
            "sample_id": [f"WQ{21000 + i}" for i in range(n)],
            "SiteCode": site,
            "River": river,
            "sample_date": date.strftime("%d/%m/%Y"),
            "air_temp_C": air,
            "water_temp_C": water,
            "pH": ph,
            "DO_mgL": do,
            "Turbidity_NTU": turb,
            "Nitrate_mgL": nitrate,
            "EColi_cfu100ml": ecoli,
            "Lab": lab,
            "Exceed_Flag": flag,
        }
    )
    df["_d"] = date
    return df.sort_values("_d").drop(columns="_d").reset_index(drop=True)


def _wq_year(df: pd.DataFrame) -> Any:
    y = pd.to_datetime(df["sample_date"], format="%d/%m/%Y").dt.year
    return df.groupby(y)["DO_mgL"].mean().to_numpy()


def _exceed(df: pd.DataFrame, tested_only: bool) -> pd.Series:
    d = df[df["Exceed_Flag"].isin(["Y", "N"])] if tested_only else df
    return (d["Exceed_Flag"] == "Y").groupby(d["Lab"]).mean()


_LABS = ["EA-Leeds", "YW-Knostrop"]
_CATS = ["Furniture", "Office Supplies", "Technology"]
_BOROS = ["Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island"]

HELDOUT15 = [
    Dataset(
        "superstore",
        _superstore,
        [
            Q(
                "Which region brings in the most profit?",
                both(
                    label_of(lambda df: df.groupby("Region")["Profit"].sum().idxmax()),
                    has(lambda df: df.groupby("Region")["Profit"].sum().max(), rel=0.01),
                ),
                ("Region", "Profit"),
            ),
            Q(
                "what's our profit margin in each category?",
                _each_share_either(_ss_margin_sums, _ss_margin_rows, _CATS),
                ("Category", "Profit", "Sales"),
            ),
            Q("do bigger discounts hurt profits?", _SS_DISCOUNT, ("Discount", "Profit", "Sales")),
            Q(
                "plot monthly sales for 2017 please",
                has(lambda df: _ss_month_2017(df).max(), lambda df: _ss_month_2017(df).min(), rel=0.01),
                ("Order Date", "Sales"),
            ),
            Q(
                "how many orders were shipped same day?",
                either(
                    has(lambda df: int((df["Ship Mode"] == "Same Day").sum())),
                    has(lambda df: df.loc[df["Ship Mode"] == "Same Day", "Order ID"].nunique()),
                ),
                ("Ship Mode", "Order ID", "Order Date", "Ship Date"),
            ),
            Q(
                "top 5 sub categories by revenue",
                has(lambda df: df.groupby("Sub-Category")["Sales"].sum().nlargest(5).to_numpy(), rel=0.01),
                ("Sub-Category", "Sales"),
            ),
        ],
    ),
    Dataset(
        "pima_diabetes",
        _pima,
        [
            Q("what proportion of the women have diabetes?", share(lambda df: df["Outcome"].mean()), ("Outcome",)),
            Q(
                "Is BMI significantly higher in the diabetic group?",
                either(
                    has(lambda df: df.groupby("Outcome")["BMI"].mean().to_numpy()),
                    has(lambda df: _nz(df, "BMI").groupby(df["Outcome"]).mean().to_numpy()),
                ),
                ("BMI", "Outcome"),
            ),
            Q(
                "how many insulin readings are zero? I think those are really missing",
                has(lambda df: int((df["Insulin"] == 0).sum())),
                ("Insulin",),
            ),
            Q(
                "correlation between glucose and age?",
                either(
                    _corr_any("Glucose", "Age"),
                    has(lambda df: _nz(df, "Glucose").corr(df["Age"]), rel=0.01),
                    has(lambda df: _nz(df, "Glucose").corr(df["Age"], method="spearman"), rel=0.01),
                ),
                ("Glucose", "Age"),
            ),
            Q(
                "diabetes rate by age band: 21-30, 31-40, 41-50 and over 50",
                _each_share(_pima_bins, ["21-30", "31-40", "41-50", "51+"]),
                ("Age", "Outcome"),
            ),
            Q(
                "what's the 90th percentile of blood pressure?",
                either(
                    has(lambda df: df["BloodPressure"].quantile(0.9)),
                    has(lambda df: _nz(df, "BloodPressure").quantile(0.9)),
                ),
                ("BloodPressure",),
            ),
        ],
    ),
    Dataset(
        "airbnb_nyc",
        _airbnb,
        [
            Q(
                "median nightly price in each borough",
                has(lambda df: df.groupby("neighbourhood_group")["price"].median().to_numpy(), rel=0.01),
                ("neighbourhood_group", "price"),
            ),
            Q(
                "which neighbourhood is the priciest on average? ignore ones with fewer than 20 listings",
                label_of(lambda df: _bnb_hood_means(df).idxmax()),
                ("neighbourhood", "price"),
            ),
            Q(
                "how many listings cost more than $1000 a night, and what's the most expensive one?",
                both(
                    either(
                        has(lambda df: int((df["price"] > 1000).sum())),
                        has(lambda df: int((df["price"] >= 1000).sum())),
                    ),
                    has(lambda df: df["price"].max()),
                ),
                ("price", "name", "id"),
            ),
            Q(
                "what percentage of listings are entire homes?",
                share(lambda df: (df["room_type"] == "Entire home/apt").mean()),
                ("room_type",),
            ),
            Q(
                "break down the number of listings by room type and borough",
                has(
                    lambda df: _bnb_xtab(df).loc["Manhattan"].to_numpy(),
                    lambda df: _bnb_xtab(df).loc["Brooklyn"].to_numpy(),
                ),
                ("room_type", "neighbourhood_group"),
            ),
            Q(
                "which 3 hosts have the most listings?",
                has(lambda df: df["host_id"].value_counts().head(3).to_numpy()),
                ("host_id", "host_name", "calculated_host_listings_count"),
            ),
        ],
    ),
    Dataset(
        "pokemon",
        _pokemon,
        [
            Q(
                "which primary type has the highest average attack?",
                label_of(lambda df: df.groupby("Type 1")["Attack"].mean().idxmax()),
                ("Type 1", "Attack"),
            ),
            Q(
                "are legendary pokemon significantly faster than the rest?",
                has(lambda df: df.groupby(_legend(df))["Speed"].mean().to_numpy()),
                ("Legendary", "Speed"),
            ),
            Q("how many have no second type?", has(lambda df: int(df["Type 2"].isna().sum())), ("Type 2",)),
            Q(
                "top 5 strongest by total stats",
                has(lambda df: df["Total"].nlargest(5).to_numpy()),
                ("Total", "Name"),
            ),
            Q(
                "bar chart of the average total per generation",
                has(lambda df: df.groupby("Generation")["Total"].mean().to_numpy(), rel=0.01),
                ("Generation", "Total"),
            ),
            Q(
                "what's the typical attack/defence ratio for dragon types?",
                either(*(has(lambda df, i=i: _dragon_ratio(df)[i], rel=0.01) for i in range(6))),
                ("Type 1", "Type 2", "Attack", "Defense"),
            ),
        ],
    ),
    Dataset(
        "pupil_attendance",
        _attendance,
        [
            Q(
                "what's the overall attendance rate?",
                either(
                    share(lambda df: df["sessions_attended"].sum() / df["sessions_possible"].sum()),
                    share(lambda df: _pa(df).mean()),
                ),
                ("sessions_possible", "sessions_attended"),
            ),
            Q(
                "how does attendance compare for free school meals pupils vs the rest? is the gap significant?",
                _each_share_either(lambda df: _att_sums(df, "FSM"), lambda df: _att_rows(df, "FSM"), ["Y", "N"]),
                ("FSM", "sessions_possible", "sessions_attended"),
            ),
            Q(
                "how many pupils are persistently absent, i.e. missing 10% or more of their sessions?",
                either(has(lambda df: int((_pa(df) <= 0.9).sum())), has(lambda df: int((_pa(df) < 0.9).sum()))),
                ("sessions_possible", "sessions_attended", "auth_abs", "unauth_abs"),
            ),
            Q(
                "which school has the worst unauthorised absence?",
                label_of(
                    lambda df: (
                        df.groupby("SchoolName")["unauth_abs"].sum()
                        / df.groupby("SchoolName")["sessions_possible"].sum()
                    ).idxmax()
                ),
                ("SchoolName", "unauth_abs", "sessions_possible"),
            ),
            Q(
                "attendance by year group",
                _each_share_either(
                    lambda df: _att_sums(df, "YearGrp"), lambda df: _att_rows(df, "YearGrp"), [7, 8, 9, 10, 11]
                ),
                ("YearGrp", "sessions_possible", "sessions_attended"),
            ),
            Q(
                "what's the average absence per pupil?",
                either(
                    asks("auth_abs", "unauth_abs"),
                    asks("authorised", "unauthorised"),
                    asks("authorized", "unauthorized"),
                    has(lambda df: (df["auth_abs"] + df["unauth_abs"]).mean(), rel=0.01),
                    has(lambda df: df["auth_abs"].mean(), lambda df: df["unauth_abs"].mean(), rel=0.01),
                ),
                ("auth_abs", "unauth_abs", "sessions_possible", "sessions_attended"),
            ),
        ],
    ),
    Dataset(
        "courier_deliveries",
        _courier,
        [
            Q(
                "what share of deliveries arrived late?",
                either(
                    share(lambda df: _late(df)[df["Status"] == "DELIVERED"].mean()),
                    share(lambda df: _late(df).mean()),
                ),
                ("delivered_at", "promised_by", "Status"),
            ),
            Q(
                "avg delivery time in minutes for each depot",
                both(
                    *(
                        _duration(lambda df, d=d: _mins(df).groupby(df["Depot"]).mean()[d], rel=0.01)
                        for d in ["Leeds", "Bradford", "Wakefield", "Halifax"]
                    )
                ),
                ("Depot", "dispatched_at", "delivered_at"),
            ),
            Q(
                "Which driver has the highest failure rate? only drivers with 30+ jobs",
                either(
                    label_of(lambda df: _fail_rate(df, ("FAILED",)).idxmax()),
                    label_of(lambda df: _fail_rate(df, ("FAILED", "RETURNED")).idxmax()),
                ),
                ("DriverCode", "Status"),
            ),
            Q(
                "fuel cost per km by vehicle type",
                _each_share_either(
                    lambda df: _per_km(df, False), lambda df: _per_km(df, True), ["Van", "Car", "eBike"]
                ),
                ("VehicleType", "fuel_cost_gbp", "dist_km"),
            ),
            Q(
                "is there a correlation between distance and how long a delivery takes?",
                either(
                    has(lambda df: df["dist_km"].corr(_mins(df)), rel=0.01),
                    has(lambda df: df["dist_km"].corr(_mins(df), method="spearman"), rel=0.01),
                ),
                ("dist_km", "dispatched_at", "delivered_at"),
            ),
            Q(
                "chart the number of deliveries per month",
                has(lambda df: _month_counts(df)[:3]),
                ("dispatched_at", "DeliveryID"),
            ),
        ],
    ),
    Dataset(
        "river_samples",
        _water,
        [
            Q(
                "what's the average temperature?",
                either(
                    asks("air_temp_C", "water_temp_C"),
                    asks("air temp", "water temp"),
                    has(lambda df: df["air_temp_C"].mean(), lambda df: df["water_temp_C"].mean()),
                ),
                ("air_temp_C", "water_temp_C"),
            ),
            Q(
                "how many samples don't have a nitrate result?",
                has(lambda df: int(df["Nitrate_mgL"].isna().sum())),
                ("Nitrate_mgL",),
            ),
            Q(
                "which river has the worst e. coli counts?",
                label_of(lambda df: df.groupby("River")["EColi_cfu100ml"].mean().idxmax()),
                ("River", "EColi_cfu100ml"),
            ),
            Q(
                "how has dissolved oxygen changed year by year?",
                has(_wq_year, rel=0.01),
                ("sample_date", "DO_mgL"),
            ),
            Q("is pH correlated with water temperature?", _corr_any("pH", "water_temp_C"), ("pH", "water_temp_C")),
            Q(
                "what % of samples exceeded the limit at each lab, and is the difference significant?",
                either(
                    _each_share(lambda df: _exceed(df, True), _LABS),
                    _each_share(lambda df: _exceed(df, False), _LABS),
                ),
                ("Lab", "Exceed_Flag", "EColi_cfu100ml"),
            ),
        ],
    ),
]
