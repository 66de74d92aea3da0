"""A blind held-out set: seven datasets and 42 questions, written without reading the analyst.

Measured before any fix it prompts. Four datasets follow the column layout of well-known public tables (the World
Happiness Report 2015, Chicago's crimes extract, the UCI online-retail invoices, NYC 311 service requests); three are
a company's own exports (a council's parking fines, a clinical trial's visit listing, a cold-store sensor log).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Dataset, Q, _any_of, _duration, asks, both, either, has, label_of, share, words

# --- world happiness (2015 report layout) ----------------------------------------------------------------------------

_REGIONS = {
    "Western Europe": (
        1.30,
        [
            "Switzerland",
            "Iceland",
            "Denmark",
            "Norway",
            "Finland",
            "Netherlands",
            "Sweden",
            "Austria",
            "Luxembourg",
            "Ireland",
            "Belgium",
            "United Kingdom",
            "Germany",
            "France",
            "Spain",
            "Malta",
            "Italy",
            "Portugal",
            "Greece",
            "Cyprus",
        ],
    ),
    "North America": (1.35, ["Canada", "United States"]),
    "Australia and New Zealand": (1.28, ["Australia", "New Zealand"]),
    "Middle East and Northern Africa": (
        0.95,
        [
            "Israel",
            "United Arab Emirates",
            "Oman",
            "Qatar",
            "Saudi Arabia",
            "Kuwait",
            "Bahrain",
            "Libya",
            "Algeria",
            "Jordan",
            "Morocco",
            "Lebanon",
            "Tunisia",
            "Egypt",
            "Iran",
            "Iraq",
            "Yemen",
            "Syria",
        ],
    ),
    "Latin America and Caribbean": (
        0.85,
        [
            "Costa Rica",
            "Mexico",
            "Brazil",
            "Venezuela",
            "Panama",
            "Chile",
            "Argentina",
            "Uruguay",
            "Colombia",
            "Suriname",
            "Trinidad and Tobago",
            "El Salvador",
            "Guatemala",
            "Ecuador",
            "Bolivia",
            "Paraguay",
            "Nicaragua",
            "Peru",
            "Jamaica",
            "Dominican Republic",
            "Honduras",
            "Haiti",
        ],
    ),
    "Southeastern Asia": (
        0.70,
        ["Singapore", "Thailand", "Malaysia", "Indonesia", "Vietnam", "Philippines", "Laos", "Myanmar", "Cambodia"],
    ),
    "Central and Eastern Europe": (
        0.95,
        [
            "Czech Republic",
            "Uzbekistan",
            "Slovakia",
            "Kazakhstan",
            "Moldova",
            "Belarus",
            "Poland",
            "Croatia",
            "Russia",
            "Kosovo",
            "Turkmenistan",
            "Estonia",
            "Kyrgyzstan",
            "Lithuania",
            "Azerbaijan",
            "Slovenia",
            "Serbia",
            "Tajikistan",
            "Montenegro",
            "Romania",
            "Latvia",
            "Albania",
            "Hungary",
            "Ukraine",
            "Bulgaria",
            "Armenia",
            "Georgia",
        ],
    ),
    "Eastern Asia": (1.10, ["Taiwan", "Japan", "South Korea", "Hong Kong", "China", "Mongolia"]),
    "Sub-Saharan Africa": (
        0.35,
        [
            "Mauritius",
            "Nigeria",
            "Zambia",
            "Somaliland region",
            "Mozambique",
            "Lesotho",
            "Swaziland",
            "South Africa",
            "Ghana",
            "Zimbabwe",
            "Liberia",
            "Sudan",
            "Congo (Kinshasa)",
            "Ethiopia",
            "Sierra Leone",
            "Mauritania",
            "Kenya",
            "Djibouti",
            "Botswana",
            "Malawi",
            "Cameroon",
            "Angola",
            "Mali",
            "Congo (Brazzaville)",
            "Comoros",
            "Uganda",
            "Senegal",
            "Gabon",
            "Niger",
            "Tanzania",
            "Madagascar",
            "Central African Republic",
            "Chad",
            "Guinea",
            "Ivory Coast",
            "Burkina Faso",
            "Rwanda",
            "Benin",
            "Burundi",
            "Togo",
        ],
    ),
    "Southern Asia": (0.60, ["Bhutan", "Pakistan", "Bangladesh", "India", "Nepal", "Sri Lanka", "Afghanistan"]),
}


def _happiness() -> pd.DataFrame:
    rng = np.random.default_rng(1215)
    rows = []
    for region, (gdp, countries) in _REGIONS.items():
        for country in countries:
            economy = float(np.clip(rng.normal(gdp, 0.22), 0.0, 1.69))
            family = float(np.clip(0.55 + 0.4 * economy + rng.normal(0, 0.12), 0.0, 1.40))
            health = float(np.clip(0.15 + 0.5 * economy + rng.normal(0, 0.1), 0.0, 1.03))
            freedom = float(np.clip(rng.normal(0.43, 0.14), 0.0, 0.67))
            trust = float(np.clip(rng.gamma(2.0, 0.06) + (0.15 if region == "Western Europe" else 0.0), 0.0, 0.55))
            generosity = float(np.clip(rng.gamma(3.0, 0.08), 0.0, 0.80))
            residual = float(rng.normal(2.1 + 0.9 * (0.5 - countries.index(country) / len(countries)), 0.3))
            parts = [economy, family, health, freedom, trust, generosity, residual]
            rows.append(
                {
                    "Country": country,
                    "Region": region,
                    "Happiness Score": round(sum(parts), 3),
                    "Standard Error": round(float(rng.uniform(0.017, 0.07)), 5),
                    "Economy (GDP per Capita)": round(economy, 5),
                    "Family": round(family, 5),
                    "Health (Life Expectancy)": round(health, 5),
                    "Freedom": round(freedom, 5),
                    "Trust (Government Corruption)": round(trust, 5),
                    "Generosity": round(generosity, 5),
                    "Dystopia Residual": round(residual, 5),
                }
            )
    df = pd.DataFrame(rows).sort_values("Happiness Score", ascending=False, ignore_index=True)
    df.insert(2, "Happiness Rank", np.arange(1, len(df) + 1))
    return df


_SCORE = "Happiness Score"
_GDP = "Economy (GDP per Capita)"


def _ranked(col: str, n: int, top: bool) -> Callable[[pd.DataFrame], list[str]]:
    def names(df: pd.DataFrame) -> list[str]:
        order = df.sort_values(col, ascending=not top)
        return order["Country"].head(n).tolist()

    return names


def _all_words(value: Callable[[pd.DataFrame], list[str]]) -> Callable[[str, pd.DataFrame], str | None]:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        return words(*value(df))(answer, df)

    return check


def _percentiles(col: str, q: float) -> Callable[[pd.DataFrame], list[float]]:
    methods = ("linear", "lower", "higher", "nearest", "midpoint", "weibull", "hazen")
    return lambda df: [float(np.nanpercentile(df[col].dropna(), 100 * q, method=m)) for m in methods]


# --- chicago crimes (data portal extract layout) ---------------------------------------------------------------------

_CRIMES = {
    # type: (weight, arrest rate, domestic rate, descriptions, IUCR, FBI code)
    "THEFT": (24, 0.09, 0.06, ["$500 AND UNDER", "OVER $500", "RETAIL THEFT", "FROM BUILDING"], "0820", "06"),
    "BATTERY": (18, 0.2, 0.55, ["SIMPLE", "DOMESTIC BATTERY SIMPLE", "AGGRAVATED: OTHER DANG WEAPON"], "0486", "08B"),
    "CRIMINAL DAMAGE": (11, 0.06, 0.2, ["TO VEHICLE", "TO PROPERTY", "TO STATE SUP PROP"], "1320", "14"),
    "ASSAULT": (8, 0.14, 0.3, ["SIMPLE", "AGGRAVATED: HANDGUN", "AGGRAVATED - OTHER"], "0560", "08A"),
    "DECEPTIVE PRACTICE": (7, 0.04, 0.02, ["FINANCIAL IDENTITY THEFT OVER $ 300", "CREDIT CARD FRAUD"], "1153", "11"),
    "OTHER OFFENSE": (6, 0.12, 0.35, ["TELEPHONE THREAT", "HARASSMENT BY ELECTRONIC MEANS"], "2826", "26"),
    "MOTOR VEHICLE THEFT": (5, 0.07, 0.01, ["AUTOMOBILE", "TRUCK, BUS, MOTOR HOME"], "0910", "07"),
    "NARCOTICS": (4, 0.97, 0.0, ["POSS: CANNABIS 30GMS OR LESS", "POSS: HEROIN(WHITE)"], "1811", "18"),
    "BURGLARY": (4, 0.05, 0.02, ["FORCIBLE ENTRY", "UNLAWFUL ENTRY"], "0610", "05"),
    "ROBBERY": (4, 0.1, 0.02, ["ARMED: HANDGUN", "STRONGARM - NO WEAPON"], "031A", "03"),
    "WEAPONS VIOLATION": (3, 0.72, 0.01, ["UNLAWFUL POSS OF HANDGUN", "RECKLESS FIREARM DISCHARGE"], "143A", "15"),
}
_STREETS = ["W MADISON ST", "S STATE ST", "N CLARK ST", "W 63RD ST", "S HALSTED ST", "N MILWAUKEE AVE", "E 79TH ST"]
_PLACES = ["STREET", "RESIDENCE", "APARTMENT", "SIDEWALK", "PARKING LOT/GARAGE(NON.RESID.)", "SMALL RETAIL STORE"]
_DISTRICTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 22, 24, 25]


def _chicago() -> pd.DataFrame:
    rng = np.random.default_rng(6019)
    n = 1500
    types = list(_CRIMES)
    weights = np.array([_CRIMES[t][0] for t in types], dtype=float)
    years = rng.choice([2018, 2019, 2020, 2021, 2022], n, p=[0.23, 0.22, 0.19, 0.18, 0.18])
    district_w = rng.uniform(0.5, 2.0, len(_DISTRICTS)) + 2.0 * (np.array(_DISTRICTS) == 11)
    rows = []
    for i in range(n):
        district = int(rng.choice(_DISTRICTS, p=district_w / district_w.sum()))
        w = weights * np.where(np.array(types) == "NARCOTICS", 4.0 if district == 11 else 1.0, 1.0)
        t = types[rng.choice(len(types), p=w / w.sum())]
        _, arrest_rate, dom_rate, descs, iucr, fbi = _CRIMES[t]
        if district == 11:  # the west side's narcotics market: most of the city's drug arrests
            arrest_rate = min(0.99, arrest_rate * 1.8)
        start = pd.Timestamp(f"{years[i]}-01-01")
        when = start + pd.Timedelta(days=int(rng.integers(0, 365)), minutes=int(rng.integers(0, 1440)))
        lat = 41.75 + rng.uniform(0, 0.25)
        lon = -87.75 + rng.uniform(0, 0.15)
        located = rng.random() > 0.02
        rows.append(
            {
                "ID": 11500000 + i * 37 + int(rng.integers(0, 30)),
                "Case Number": f"J{'ABCDEF'[years[i] - 2018]}{int(rng.integers(100000, 599999))}",
                "Date": when.strftime("%m/%d/%Y %I:%M:%S %p"),
                "Block": f"{int(rng.integers(0, 120)):03d}XX {rng.choice(_STREETS)}",
                "IUCR": iucr,
                "Primary Type": t,
                "Description": str(rng.choice(descs)),
                "Location Description": str(rng.choice(_PLACES)) if rng.random() > 0.01 else None,
                "Arrest": bool(rng.random() < arrest_rate),
                "Domestic": bool(rng.random() < dom_rate),
                "Beat": district * 100 + int(rng.integers(11, 35)),
                "District": district,
                "Ward": float(rng.integers(1, 51)) if rng.random() > 0.01 else None,
                "Community Area": int(rng.integers(1, 78)),
                "FBI Code": fbi,
                "X Coordinate": round(1100000 + (lon + 87.75) * 3.0e5) if located else None,
                "Y Coordinate": round(1830000 + (lat - 41.75) * 3.6e5) if located else None,
                "Year": int(years[i]),
                "Updated On": (when + pd.Timedelta(days=7)).strftime("%m/%d/%Y %I:%M:%S %p"),
                "Latitude": round(lat, 9) if located else None,
                "Longitude": round(lon, 9) if located else None,
                "Location": f"({lat:.9f}, {lon:.9f})" if located else None,
            }
        )
    return pd.DataFrame(rows)


def _arrest_leader(df: pd.DataFrame) -> list[int]:
    """The district with the most arrests and its count (both numbers, so "District 11" can't match "2011")."""
    counts = df[_arrested(df)].groupby("District").size()
    return [int(counts.idxmax()), int(counts.max())]


def _arrested(df: pd.DataFrame) -> pd.Series:
    return df["Arrest"].astype(str).str.lower() == "true"


def _theft_arrest(df: pd.DataFrame, exact: bool) -> float:
    kind = df["Primary Type"]
    rows = df[kind == "THEFT"] if exact else df[kind.str.contains("THEFT")]
    return float(_arrested(rows).mean())


# --- online retail (UCI layout) --------------------------------------------------------------------------------------

_PRODUCTS = [
    ("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 2.55),
    ("71053", "WHITE METAL LANTERN", 3.39),
    ("84406B", "CREAM CUPID HEARTS COAT HANGER", 2.75),
    ("84029G", "KNITTED UNION FLAG HOT WATER BOTTLE", 3.39),
    ("22752", "SET 7 BABUSHKA NESTING BOXES", 7.65),
    ("21730", "GLASS STAR FROSTED T-LIGHT HOLDER", 4.25),
    ("22633", "HAND WARMER UNION JACK", 1.85),
    ("84879", "ASSORTED COLOUR BIRD ORNAMENT", 1.69),
    ("22745", "POPPY'S PLAYHOUSE BEDROOM", 2.10),
    ("22310", "IVORY KNITTED MUG COSY", 1.65),
    ("84969", "BOX OF 6 ASSORTED COLOUR TEASPOONS", 4.25),
    ("22623", "BOX OF VINTAGE JIGSAW BLOCKS", 4.95),
    ("21754", "HOME BUILDING BLOCK WORD", 5.95),
    ("21755", "LOVE BUILDING BLOCK WORD", 5.95),
    ("85099B", "JUMBO BAG RED RETROSPOT", 1.95),
    ("47566", "PARTY BUNTING", 4.65),
    ("22423", "REGENCY CAKESTAND 3 TIER", 12.75),
    ("20725", "LUNCH BAG RED RETROSPOT", 1.65),
    ("22086", "PAPER CHAIN KIT 50'S CHRISTMAS", 2.95),
    ("23084", "RABBIT NIGHT LIGHT", 2.08),
    ("22197", "SMALL POPCORN HOLDER", 0.85),
    ("21212", "PACK OF 72 RETROSPOT CAKE CASES", 0.55),
    ("POST", "POSTAGE", 18.00),
]
_COUNTRIES = {
    "United Kingdom": 0.78,
    "Germany": 0.05,
    "France": 0.045,
    "EIRE": 0.035,
    "Spain": 0.02,
    "Netherlands": 0.02,
    "Belgium": 0.015,
    "Switzerland": 0.01,
    "Portugal": 0.01,
    "Australia": 0.015,
}


def _retail() -> pd.DataFrame:
    rng = np.random.default_rng(536365)
    pop = np.array([1.0 / (k + 1) ** 0.6 for k in range(len(_PRODUCTS))])
    pop /= pop.sum()
    countries = list(_COUNTRIES)
    cw = np.array(list(_COUNTRIES.values()))
    rows = []
    invoice = 536365
    start = pd.Timestamp("2010-12-01 08:00")
    while len(rows) < 1850:
        day = int(rng.integers(0, 365))
        when = start + pd.Timedelta(days=day, minutes=int(rng.integers(0, 600)))
        country = countries[rng.choice(len(countries), p=cw / cw.sum())]
        customer = float(rng.integers(12346, 18288)) if rng.random() > 0.2 else np.nan
        items = rng.choice(len(_PRODUCTS), size=int(rng.integers(1, 9)), replace=False, p=pop)
        if rng.random() < 0.05 and not np.isnan(customer):  # a cancelled line
            code, desc, price = _PRODUCTS[int(items[0])]
            qty = -int(rng.choice([1, 2, 3, 6, 12]))
            rows.append(
                ("C" + str(invoice), code, desc, qty, when.strftime("%-m/%-d/%Y %-H:%M"), price, customer, country)
            )
            invoice += 1
            continue
        for k in items:
            code, desc, price = _PRODUCTS[int(k)]
            qty = (
                1
                if code == "POST"
                else int(
                    rng.choice([1, 2, 3, 4, 6, 8, 12, 24, 48], p=[0.12, 0.14, 0.1, 0.08, 0.2, 0.06, 0.2, 0.07, 0.03])
                )
            )
            unit = round(price * (0.85 if qty >= 24 else 1.0), 2)
            rows.append((str(invoice), code, desc, qty, when.strftime("%-m/%-d/%Y %-H:%M"), unit, customer, country))
        invoice += 1
    cols = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]
    return pd.DataFrame(rows, columns=cols)


def _lines(df: pd.DataFrame, gross: bool) -> pd.DataFrame:
    keep = df[~df["InvoiceNo"].astype(str).str.startswith("C")] if gross else df
    return keep.assign(revenue=keep["Quantity"] * keep["UnitPrice"])


def _top_countries(df: pd.DataFrame, gross: bool) -> Any:
    return _lines(df, gross).groupby("Country")["revenue"].sum().nlargest(3).to_numpy()


def _top_products(df: pd.DataFrame, gross: bool) -> list[str]:
    return _lines(df, gross).groupby("Description")["Quantity"].sum().nlargest(5).index.tolist()


def _order_value(df: pd.DataFrame, gross: bool) -> float:
    return float(_lines(df, gross).groupby("InvoiceNo")["revenue"].sum().mean())


def _month_ends(df: pd.DataFrame, gross: bool) -> Any:
    lines = _lines(df, gross)
    months = pd.to_datetime(lines["InvoiceDate"], format="%m/%d/%Y %H:%M").dt.to_period("M")
    by = lines.groupby(months)["revenue"].sum()
    return [by.iloc[0], by.iloc[-1]]


_RETAIL_REVENUE = ("InvoiceNo", "Quantity", "UnitPrice")


# --- NYC 311 service requests ----------------------------------------------------------------------------------------

_AGENCIES = {
    # agency: (name, complaint types, mean hours to close)
    "NYPD": (
        "New York City Police Department",
        ["Noise - Residential", "Illegal Parking", "Blocked Driveway", "Noise - Street/Sidewalk"],
        4.0,
    ),
    "HPD": (
        "Department of Housing Preservation and Development",
        ["HEAT/HOT WATER", "UNSANITARY CONDITION", "PLUMBING", "PAINT/PLASTER"],
        170.0,
    ),
    "DSNY": ("Department of Sanitation", ["Missed Collection", "Dirty Condition"], 60.0),
    "DOT": ("Department of Transportation", ["Street Condition", "Street Light Condition"], 110.0),
    "DEP": ("Department of Environmental Protection", ["Water System", "Noise"], 90.0),
}
_BOROUGHS = {
    "BROOKLYN": 0.32,
    "QUEENS": 0.25,
    "MANHATTAN": 0.2,
    "BRONX": 0.18,
    "STATEN ISLAND": 0.04,
    "Unspecified": 0.01,
}
_ZIPS = {"BROOKLYN": 11201, "QUEENS": 11354, "MANHATTAN": 10001, "BRONX": 10451, "STATEN ISLAND": 10301}


def _nyc311() -> pd.DataFrame:
    rng = np.random.default_rng(311)
    n = 1400
    agencies = list(_AGENCIES)
    aw = np.array([0.42, 0.24, 0.12, 0.12, 0.10])
    boroughs = list(_BOROUGHS)
    bw = np.array(list(_BOROUGHS.values()))
    rows = []
    for i in range(n):
        agency = agencies[rng.choice(len(agencies), p=aw)]
        name, complaints, hours = _AGENCIES[agency]
        borough = boroughs[rng.choice(len(boroughs), p=bw)]
        if borough == "BROOKLYN" and agency == "NYPD":
            complaint = str(rng.choice(complaints, p=[0.5, 0.2, 0.2, 0.1]))
        else:
            complaint = str(rng.choice(complaints))
        month_bias = rng.choice(12, p=np.linspace(0.6, 1.4, 12) / np.linspace(0.6, 1.4, 12).sum())
        created = pd.Timestamp("2021-01-01") + pd.DateOffset(months=int(month_bias))
        created += pd.Timedelta(days=int(rng.integers(0, 28)), seconds=int(rng.integers(0, 86400)))
        status = str(
            rng.choice(["Closed", "Open", "In Progress", "Pending", "Assigned"], p=[0.86, 0.05, 0.04, 0.02, 0.03])
        )
        closed = created + pd.Timedelta(hours=float(rng.exponential(hours)) + 0.2) if status == "Closed" else None
        rows.append(
            {
                "Unique Key": 49000000 + i * 53 + int(rng.integers(0, 50)),
                "Created Date": created.strftime("%m/%d/%Y %I:%M:%S %p"),
                "Closed Date": closed.strftime("%m/%d/%Y %I:%M:%S %p") if closed is not None else None,
                "Agency": agency,
                "Agency Name": name,
                "Complaint Type": complaint,
                "Descriptor": str(
                    rng.choice(["Loud Music/Party", "Banging/Pounding", "N/A", "Other", "ENTIRE BUILDING"])
                ),
                "Location Type": str(rng.choice(["RESIDENTIAL BUILDING", "Street/Sidewalk", "Street", "Sidewalk"])),
                "Incident Zip": float(_ZIPS[borough] + int(rng.integers(0, 30))) if borough in _ZIPS else None,
                "Borough": borough,
                "Status": status,
                "Open Data Channel Type": str(
                    rng.choice(["PHONE", "ONLINE", "MOBILE", "UNKNOWN"], p=[0.45, 0.3, 0.2, 0.05])
                ),
                "Latitude": round(40.6 + rng.uniform(0, 0.25), 6) if borough in _ZIPS else None,
                "Longitude": round(-74.05 + rng.uniform(0, 0.3), 6) if borough in _ZIPS else None,
            }
        )
    return pd.DataFrame(rows)


def _close_hours(df: pd.DataFrame) -> pd.Series:
    fmt = "%m/%d/%Y %I:%M:%S %p"
    delta = pd.to_datetime(df["Closed Date"], format=fmt) - pd.to_datetime(df["Created Date"], format=fmt)
    return delta.dt.total_seconds() / 3600


def _slowest(df: pd.DataFrame, col: str) -> str:
    return str(df.assign(h=_close_hours(df)).groupby(col)["h"].mean().idxmax())


def _monthly_requests(df: pd.DataFrame) -> list[int]:
    months = pd.to_datetime(df["Created Date"], format="%m/%d/%Y %I:%M:%S %p").dt.month
    by = df.groupby(months).size()
    return [int(by.iloc[0]), int(by.iloc[-1])]


# --- parking fines (a council's PCN export) --------------------------------------------------------------------------

_CODES = {
    "01": ("Parked in a restricted street during prescribed hours", 70, 0.3),
    "12": ("Parked in a residents' or shared use parking place without a valid permit", 70, 0.25),
    "30": ("Parked for longer than permitted", 50, 0.25),
    "40": ("Parked in a designated disabled person's parking place without a valid badge", 70, 0.08),
    "62": ("Parked with one or more wheels on a footway", 70, 0.12),
}
_PARK_STREETS = {
    "High St": "CPZ A",
    "Station Rd": "CPZ A",
    "Market Sq": "CPZ A",
    "Church Lane": "CPZ B",
    "Victoria Rd": "CPZ B",
    "Queens Ave": "CPZ C",
    "Park Rd": "CPZ C",
    "Mill Lane": "CPZ D",
    "Hospital Approach": "CPZ D",
    "Beach Parade": "CPZ E",
}
_MAKES = ["FORD", "Vauxhall", "VW", "Volkswagen", "Toyota", "BMW", "Nissan", "MERCEDES", "Kia", "Peugeot", "Audi"]


def _parking() -> pd.DataFrame:
    rng = np.random.default_rng(4040)
    codes = list(_CODES)
    cw = np.array([_CODES[c][2] for c in codes])
    streets = list(_PARK_STREETS)
    sw = np.array([3.5, 2.0, 1.6, 1.2, 1.0, 0.9, 0.8, 0.7, 1.3, 1.1])
    rows = []
    for i in range(1100):
        code = codes[rng.choice(len(codes), p=cw / cw.sum())]
        desc, amount, _ = _CODES[code]
        street = streets[rng.choice(len(streets), p=sw / sw.sum())]
        issued = pd.Timestamp("2023-01-02 07:00") + pd.Timedelta(
            days=int(rng.integers(0, 364)), minutes=int(rng.integers(0, 780))
        )
        appeal = rng.random() < 0.14
        outcome = str(rng.choice(["Upheld", "Rejected", "Pending"], p=[0.35, 0.5, 0.15])) if appeal else None
        paid = outcome != "Upheld" and outcome != "Pending" and rng.random() < 0.78
        early = paid and rng.random() < 0.7
        paid_on = issued + pd.Timedelta(days=int(rng.integers(1, 14) if early else rng.integers(15, 60)))
        rows.append(
            {
                "PCN Ref": f"WM{23000000 + i * 7 + int(rng.integers(0, 7)):08d}",
                "Issue Date": issued.strftime("%d/%m/%Y %H:%M"),
                "Contravention Code": code,
                "Contravention Desc": desc,
                "Street": street,
                "Zone": _PARK_STREETS[street],
                "CEO ID": f"CEO{int(rng.choice([104, 117, 122, 135, 141, 158]))}",
                "Vehicle Make": str(rng.choice(_MAKES)),
                "Fine Amount (£)": amount,
                "Paid (Y/N)": "Y" if paid else "N",
                "Amount Paid (£)": (amount / 2 if early else float(amount)) if paid else None,
                "Date Paid": paid_on.strftime("%d/%m/%Y") if paid else None,
                "Appeal (Y/N)": "Y" if appeal else "N",
                "Appeal Outcome": outcome,
            }
        )
    return pd.DataFrame(rows)


def _weekend_tickets(df: pd.DataFrame) -> int:
    days = pd.to_datetime(df["Issue Date"], format="%d/%m/%Y %H:%M").dt.day_of_week
    return int((days >= 5).sum())


def _upheld(df: pd.DataFrame) -> list[float]:
    appealed = df[df["Appeal (Y/N)"] == "Y"]
    upheld = int((appealed["Appeal Outcome"] == "Upheld").sum())
    decided = int(appealed["Appeal Outcome"].isin(["Upheld", "Rejected"]).sum())
    return [upheld, upheld / len(appealed), upheld / decided]


# --- clinical trial visit listing ------------------------------------------------------------------------------------

_ARMS = {"Placebo": 1.5, "Drug 10mg": 7.0, "Drug 20mg": 12.0}
_VISITS = {"Screening": 0, "Week 4": 28, "Week 8": 56, "Week 12": 84}
_SBP = "SBP (mmHg)"


def _trial() -> pd.DataFrame:
    rng = np.random.default_rng(2021)
    rows = []
    arms = list(_ARMS)
    for s in range(160):
        site = int(rng.choice([101, 102, 103, 104, 105, 106]))
        arm = arms[s % 3] if rng.random() > 0.1 else arms[int(rng.integers(0, 3))]
        age = int(np.clip(rng.normal(58, 10), 35, 80))
        sex = str(rng.choice(["M", "F"]))
        sbp0 = rng.normal(148 + 0.25 * (age - 58), 9)
        dbp0 = rng.normal(92, 6)
        weight0 = rng.normal(86 if sex == "M" else 74, 12)
        start = pd.Timestamp("2021-02-01") + pd.Timedelta(days=int(rng.integers(0, 200)))
        dropped_after = rng.choice([4, 3, 2], p=[0.85, 0.09, 0.06])
        for k, (visit, day) in enumerate(_VISITS.items()):
            if k >= dropped_after:
                break
            frac = day / 84
            sbp = sbp0 - _ARMS[arm] * frac + rng.normal(0, 4)
            dbp = dbp0 - 0.45 * _ARMS[arm] * frac + rng.normal(0, 3)
            weight = weight0 + rng.normal(0, 0.8)
            ae_rate = {"Placebo": 0.04, "Drug 10mg": 0.07, "Drug 20mg": 0.12}[arm] if k else 0.0
            rows.append(
                {
                    "Subject ID": f"{site}-{s + 1:04d}",
                    "Site": site,
                    "Arm": arm,
                    "Sex": sex,
                    "Age": age,
                    "Visit": visit,
                    "Visit Date": (start + pd.Timedelta(days=day + int(rng.integers(-2, 3)))).strftime("%d-%b-%Y"),
                    _SBP: round(float(sbp)),
                    "DBP (mmHg)": round(float(dbp)),
                    "Weight (kg)": round(float(weight), 1) if rng.random() > 0.05 else None,
                    "AE (Y/N)": "Y" if rng.random() < ae_rate else "N",
                }
            )
    return pd.DataFrame(rows)


def _week12_means(df: pd.DataFrame) -> Any:
    return df[df["Visit"] == "Week 12"].groupby("Arm")[_SBP].mean().to_numpy()


def _sbp_drops(df: pd.DataFrame, paired: bool) -> Any:
    wide = df.pivot_table(index=["Subject ID", "Arm"], columns="Visit", values=_SBP).reset_index()
    if paired:
        wide = wide.dropna(subset=["Screening", "Week 12"])
        return (wide["Screening"] - wide["Week 12"]).groupby(wide["Arm"]).mean().to_numpy()
    means = df.groupby(["Arm", "Visit"])[_SBP].mean().unstack()
    return (means["Screening"] - means["Week 12"]).to_numpy()


def _age_sbp(df: pd.DataFrame) -> list[float]:
    screen = df[df["Visit"] == "Screening"]
    return [
        df["Age"].corr(df[_SBP]),
        screen["Age"].corr(screen[_SBP]),
        df["Age"].corr(df[_SBP], method="spearman"),
        screen["Age"].corr(screen[_SBP], method="spearman"),
    ]


# --- cold-store sensor log -------------------------------------------------------------------------------------------

_UNITS = {
    # unit: (set point °C, door-open chance per reading)
    "Freezer A": (-19.0, 0.04),
    "Freezer B": (-21.0, 0.03),
    "Chiller 1": (3.6, 0.12),
    "Chiller 2": (4.2, 0.08),
    "Dairy Chiller": (2.6, 0.18),
}
_TEMP = "Temp (°C)"
_HUM = "Humidity (%RH)"


def _coldstore() -> pd.DataFrame:
    rng = np.random.default_rng(7070)
    times = pd.date_range("2023-07-03 00:00", periods=336, freq="30min")
    rows = []
    rid = 880001
    for t in times:
        for unit, (setpoint, door_p) in _UNITS.items():
            door = rng.random() < door_p * (2.0 if 7 <= t.hour <= 18 else 0.4)
            drift = 0.25 * np.sin(2 * np.pi * t.day_of_year / 7.0) + (
                0.6 if unit == "Freezer A" and t.day == 6 else 0.0
            )
            temp = setpoint + drift + rng.normal(0, 0.6) + (rng.uniform(1.0, 3.5) if door else 0.0)
            hum = rng.normal(72 if setpoint > 0 else 64, 3.5) + (rng.uniform(5, 12) if door else 0.0)
            if rng.random() < 0.006:
                hum = rng.uniform(96, 99.5)
            rows.append(
                {
                    "Reading ID": rid,
                    "Timestamp": t.strftime("%Y-%m-%d %H:%M"),
                    "Unit": unit,
                    _TEMP: round(float(temp), 1) if rng.random() > 0.012 else None,
                    _HUM: round(float(hum), 1),
                    "Door Open": "Y" if door else "N",
                    "Battery (V)": round(float(3.6 - 0.0008 * (rid - 880001) / 5 + rng.normal(0, 0.01)), 2),
                    "Alarm": "Y" if (setpoint > 0 and temp > 8) or (setpoint < 0 and temp > -15) else "N",
                }
            )
            rid += 1
    return pd.DataFrame(rows)


def _humidity_outliers(df: pd.DataFrame) -> list[float]:
    h = df[_HUM].dropna()
    q1, q3 = h.quantile([0.25, 0.75])
    iqr = q3 - q1
    z = (h - h.mean()).abs() / h.std()
    return [int(((h < q1 - 1.5 * iqr) | (h > q3 + 1.5 * iqr)).sum()), int((z > 3).sum())]


def _daily_freezer_a(df: pd.DataFrame) -> list[float]:
    rows = df[df["Unit"] == "Freezer A"]
    days = pd.to_datetime(rows["Timestamp"]).dt.date
    return rows.groupby(days)[_TEMP].mean().tolist()


def _chiller1_warm(df: pd.DataFrame) -> list[float]:
    temps = df.loc[df["Unit"] == "Chiller 1", _TEMP]
    warm = int((temps > 5).sum())
    return [warm, warm / len(temps), warm / temps.notna().sum()]


# --- the set ---------------------------------------------------------------------------------------------------------

HELDOUT12 = [
    Dataset(
        "world_happiness",
        _happiness,
        [
            Q(
                "which region is the happiest on average?",
                label_of(lambda df: str(df.groupby("Region")[_SCORE].mean().idxmax())),
                ("Region", _SCORE),
            ),
            Q(
                "top 5 countries by happiness score",
                _all_words(_ranked(_SCORE, 5, top=True)),
                ("Country", _SCORE, "Happiness Rank"),
            ),
            Q(
                "and the bottom 5?",
                _all_words(_ranked(_SCORE, 5, top=False)),
                ("Country", _SCORE, "Happiness Rank"),
            ),
            Q(
                "is gdp per capita corelated with happiness?",
                _any_of(
                    lambda df: [df[_GDP].corr(df[_SCORE]), df[_GDP].corr(df[_SCORE], method="spearman")], 2, rel=0.01
                ),
                (_GDP, _SCORE, "Happiness Rank"),
            ),
            Q(
                "how many countries in sub-saharan africa score below 4.5?",
                has(lambda df: int(((df["Region"] == "Sub-Saharan Africa") & (df[_SCORE] < 4.5)).sum())),
                ("Region", _SCORE, "Country"),
            ),
            Q(
                "whats the 90th percentile of generosity",
                _any_of(_percentiles("Generosity", 0.9), 7, rel=0.01),
                ("Generosity",),
            ),
        ],
    ),
    Dataset(
        "chicago_crimes",
        _chicago,
        [
            Q(
                "what are the most common crime types?",
                _all_words(lambda df: df["Primary Type"].value_counts().index[:3].tolist()),
                ("Primary Type", "ID", "Case Number"),
            ),
            Q(
                "what share of thefts led to an arrest?",
                either(share(lambda df: _theft_arrest(df, True)), share(lambda df: _theft_arrest(df, False))),
                ("Primary Type", "Arrest"),
            ),
            Q(
                "how many incidents weren't domestic?",
                has(lambda df: int((df["Domestic"].astype(str).str.lower() == "false").sum())),
                ("Domestic", "ID", "Case Number"),
            ),
            Q(
                "number of crimes per year - is it going down?",
                has(lambda df: df.groupby("Year").size().to_numpy()),
                ("Year", "Date", "ID", "Case Number"),
            ),
            Q(
                "which district had the most arrests?",
                has(lambda df: _arrest_leader(df)),
                ("District", "Arrest", "ID", "Case Number"),
            ),
            Q(
                "only in 2021?",
                has(lambda df: _arrest_leader(df[df["Year"] == 2021])),
                ("District", "Arrest", "Year", "Date", "ID", "Case Number"),
            ),
        ],
    ),
    Dataset(
        "online_retail",
        _retail,
        [
            Q(
                "total revenue by country",
                either(has(lambda df: _top_countries(df, False)), has(lambda df: _top_countries(df, True))),
                ("Country", *_RETAIL_REVENUE),
            ),
            Q(
                "which 5 products sold the most units?",
                either(_all_words(lambda df: _top_products(df, False)), _all_words(lambda df: _top_products(df, True))),
                ("Description", "StockCode", "Quantity", "InvoiceNo"),
            ),
            Q(
                "how many invoices were cancelled?",
                has(lambda df: int(df.loc[df["InvoiceNo"].astype(str).str.startswith("C"), "InvoiceNo"].nunique())),
                ("InvoiceNo", "Quantity"),
            ),
            Q(
                "how many lines are missing a customer id",
                has(lambda df: int(df["CustomerID"].isna().sum())),
                ("CustomerID",),
            ),
            Q(
                "avg order value?",
                either(
                    has(lambda df: _order_value(df, False), rel=0.01), has(lambda df: _order_value(df, True), rel=0.01)
                ),
                _RETAIL_REVENUE,
            ),
            Q(
                "monthly revenue trend",
                either(has(lambda df: _month_ends(df, False)), has(lambda df: _month_ends(df, True))),
                ("InvoiceDate", *_RETAIL_REVENUE),
            ),
        ],
    ),
    Dataset(
        "nyc_311",
        _nyc311,
        [
            Q(
                "which complaint type comes up most in brooklyn?",
                label_of(lambda df: str(df.loc[df["Borough"] == "BROOKLYN", "Complaint Type"].value_counts().idxmax())),
                ("Complaint Type", "Borough", "Unique Key"),
            ),
            Q(
                "how long does it take to close a reqest on average?",
                either(
                    _duration(lambda df: _close_hours(df).mean() * 60, rel=0.01),
                    has(lambda df: _close_hours(df).mean() / 24, rel=0.01),
                ),
                ("Created Date", "Closed Date"),
            ),
            Q(
                "and which agency is slowest?",
                either(label_of(lambda df: _slowest(df, "Agency")), label_of(lambda df: _slowest(df, "Agency Name"))),
                ("Agency", "Agency Name", "Created Date", "Closed Date"),
            ),
            Q(
                "how many requests are still open?",
                either(
                    has(lambda df: int((df["Status"] != "Closed").sum())),
                    has(lambda df: int((df["Status"] == "Open").sum())),
                ),
                ("Status", "Closed Date", "Unique Key"),
            ),
            Q(
                "requests per month, going up or down?",
                has(_monthly_requests),
                ("Created Date", "Unique Key"),
            ),
            Q(
                "what share came in by phone vs online",
                both(
                    share(lambda df: (df["Open Data Channel Type"] == "PHONE").mean()),
                    share(lambda df: (df["Open Data Channel Type"] == "ONLINE").mean()),
                ),
                ("Open Data Channel Type", "Unique Key"),
            ),
        ],
    ),
    Dataset(
        "parking_fines",
        _parking,
        [
            Q(
                "how many tickets per zone?",
                has(lambda df: df.groupby("Zone").size().to_numpy()),
                ("Zone", "PCN Ref"),
            ),
            Q(
                "which street gets the most?",
                label_of(lambda df: str(df["Street"].value_counts().idxmax())),
                ("Street", "PCN Ref", "Zone"),
            ),
            Q(
                "whats the average amount?",
                asks("Fine Amount", "Amount Paid"),
                ("Fine Amount (£)", "Amount Paid (£)"),
            ),
            Q(
                "what % of tickets are still unpaid",
                either(
                    share(lambda df: (df["Paid (Y/N)"] == "N").mean()),
                    share(lambda df: ((df["Paid (Y/N)"] == "N") & (df["Appeal Outcome"] != "Upheld")).mean()),
                ),
                ("Paid (Y/N)", "Amount Paid (£)", "Date Paid", "PCN Ref", "Appeal Outcome"),
            ),
            Q(
                "how many were issued on a saturday or sunday?",
                has(_weekend_tickets),
                ("Issue Date", "PCN Ref"),
            ),
            Q(
                "of the ones appealed, how many got upheld?",
                either(
                    has(lambda df: _upheld(df)[0]),
                    share(lambda df: _upheld(df)[1]),
                    share(lambda df: _upheld(df)[2]),
                ),
                ("Appeal (Y/N)", "Appeal Outcome", "PCN Ref"),
            ),
        ],
    ),
    Dataset(
        "trial_visits",
        _trial,
        [
            Q(
                "mean sbp at week 12 by arm",
                has(_week12_means),
                (_SBP, "Arm", "Visit"),
            ),
            Q(
                "how much did systolic drop from screening to week 12 on avg, per arm?",
                either(
                    has(lambda df: _sbp_drops(df, True), rel=0.02),
                    has(lambda df: -_sbp_drops(df, True), rel=0.02),
                    has(lambda df: _sbp_drops(df, False), rel=0.02),
                    has(lambda df: -_sbp_drops(df, False), rel=0.02),
                ),
                (_SBP, "Arm", "Visit", "Subject ID"),
            ),
            Q(
                "how many patients had at least one adverse event?",
                has(lambda df: int(df.loc[df["AE (Y/N)"] == "Y", "Subject ID"].nunique())),
                ("AE (Y/N)", "Subject ID"),
            ),
            Q(
                "how many weight values are missing",
                has(lambda df: int(df["Weight (kg)"].isna().sum())),
                ("Weight (kg)",),
            ),
            Q(
                "is age correlated with sbp?",
                _any_of(_age_sbp, 4, rel=0.02),
                ("Age", _SBP),
            ),
            Q(
                "box plot of dbp by arm",
                both(words("DBP"), words("Placebo"), words("Drug 20mg")),
                ("DBP (mmHg)", "Arm"),
            ),
        ],
    ),
    Dataset(
        "coldstore_sensors",
        _coldstore,
        [
            Q(
                "avg temp per unit",
                has(lambda df: df.groupby("Unit")[_TEMP].mean().to_numpy(), rel=0.02),
                (_TEMP, "Unit"),
            ),
            Q(
                "which unit had the most door openings?",
                label_of(lambda df: str(df[df["Door Open"] == "Y"].groupby("Unit").size().idxmax())),
                ("Door Open", "Unit", "Reading ID"),
            ),
            Q(
                "how often was chiller 1 above 5 degrees?",
                either(
                    has(lambda df: _chiller1_warm(df)[0]),
                    share(lambda df: _chiller1_warm(df)[1]),
                    share(lambda df: _chiller1_warm(df)[2]),
                ),
                (_TEMP, "Unit", "Reading ID"),
            ),
            Q(
                "any outliers in humidity?",
                _any_of(_humidity_outliers, 2),
                (_HUM,),
            ),
            Q(
                "plot the daily average temperature for freezer a",
                _any_of(_daily_freezer_a, 7, rel=0.02),
                (_TEMP, "Unit", "Timestamp"),
            ),
            Q(
                "is humidity higher when the door's open?",
                has(lambda df: df.groupby("Door Open")[_HUM].mean().to_numpy(), rel=0.01),
                (_HUM, "Door Open"),
            ),
        ],
    ),
]
