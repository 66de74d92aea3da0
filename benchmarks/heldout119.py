"""HELDOUT119: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a person's
IMDb "Your Ratings" export (Const as "tt0111161", Your Rating 1-10, Date Rated as "2021-03-14", Title, URL, Title Type
movie / tvSeries / tvMiniSeries / tvEpisode / tvMovie / short / video, IMDb Rating with one decimal, Runtime (mins)
blank for many series, Year, Genres as "Action, Adventure, Sci-Fi", Num Votes, Release Date as "1994-09-23" and
Directors joined with ", " and blank for series); a Rocket Money (Truebill) transactions export (Date and Original
Date as "2023-04-12", Account Type / Account Name / last-four Account Number / Institution Name, Name, a mostly blank
Custom Name, Amount positive for spending and negative for income and refunds, the bank's upper-case Description,
Category such as "Groceries", "Dining & Drinks", "Bills & Utilities", "Income", "Credit Card Payment" or "Internal
Transfers", Note, Ignored From blank / "everything" / "budget" and a mostly blank Tax Deductible); an Acuity
Scheduling appointments export for a massage studio (Start Time and End Time as "March 14, 2023 10:00 am", First Name,
Last Name, Phone, Email with clients who come back, Type such as "60 Minute Massage", Calendar holding the therapist,
Appointment Price as "95.00", Paid? yes / no, Amount Paid Online, a mostly blank Certificate Code, Notes, Date
Scheduled as "March 1, 2023", Label blank / "Checked In" / "No Show" / "Late", Scheduled By and Appointment ID); a
ShipStation shipments export (Ship Date as "3/14/2023", Order # repeated for split shipments, Store, Recipient, Ship
To - City / State / Country with blank states abroad, Carrier USPS / UPS / FedEx, Service such as "UPS® Ground",
Package, Weight with its unit as "14.2 oz", Shipping Cost and Insurance Cost as "$8.45", Tracking #, Items, Qty and
Voided Y / N); HUD's county-level Fair Market Rents file (stusps, numeric state FIPS, hud_area_code as
"METRO12420M12420" or "NCNTY48479N48479", countyname, county_town_name, metro 1 / 0, hud_area_name as "Austin-Round
Rock-San Marcos, TX HUD Metro FMR Area" or "Webb County, TX", 10-digit fips, pop2020 and fmr_0 ... fmr_4 in dollars,
every county of a metro area sharing its rents); NIST NVD CVE records flattened one row per affected vendor and
product (cve_id repeated when a CVE hits several products, published and lastModified as "2023-04-12T15:15:09.123",
vuln_status Analyzed / Modified / Awaiting Analysis, cvss_v3_base_score and upper-case cvss_v3_base_severity blank
while awaiting analysis, attack_vector NETWORK / LOCAL / ADJACENT_NETWORK / PHYSICAL, cwe_id as "CWE-79" or
"NVD-CWE-noinfo", lower-case vendor and product as in CPE names, description); and Transport for London's annual
station entries and exits, wide by year (Mode LU / DLR / LO / EZL with the same station repeated under each mode that
serves it, MNLC, MASC, Station, Borough, Zone as "1" or "2/3", Note, then "2019 Entries", "2019 Exits" ... "2023
Exits" as whole counts, blank before a station or line opened, and a last "Total" row). All are generated with
fixed seeds 11901-11907.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_MONEY = (1e3, 1e6)
_BIG = (1e3, 1e6, 1e9)

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _pick(rng: np.random.Generator, weights: Mapping[str, float]) -> str:
    return str(_one(rng, list(weights), list(weights.values())))


def _labels(*names: Callable[[pd.DataFrame], str], aliases: Mapping[str, tuple[str, ...]] | None = None) -> Check:
    """Any one of several labels, each beside its superlative."""
    return either(*(_lead(_named(n, aliases)) for n in names))


def _dollars(s: pd.Series) -> pd.Series:
    """ "$1,234.50" / "-$20.00" as numbers."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _blank(s: pd.Series) -> pd.Series:
    return s.isna() | (s.astype("string").str.strip() == "")


# --- 1. IMDb "Your Ratings" export ---------------------------------------------------------------------------------

_IM_TYPES = {"movie": 70, "tvSeries": 12, "tvMiniSeries": 4, "tvEpisode": 5, "tvMovie": 4, "short": 3, "video": 2}
_IM_GENRES = {
    "Drama": 30,
    "Comedy": 18,
    "Action": 15,
    "Thriller": 12,
    "Crime": 10,
    "Adventure": 10,
    "Sci-Fi": 8,
    "Horror": 9,
    "Romance": 6,
    "Mystery": 6,
    "Animation": 5,
    "Fantasy": 5,
    "Documentary": 3,
}
_IM_DIRECTORS = {
    "Christopher Nolan": 16,
    "Denis Villeneuve": 9,
    "Quentin Tarantino": 10,
    "Martin Scorsese": 11,
    "David Fincher": 9,
    "Steven Spielberg": 12,
    "Ridley Scott": 8,
    "Wes Anderson": 7,
    "Greta Gerwig": 4,
    "Bong Joon Ho": 5,
    "Jordan Peele": 5,
    "Ari Aster": 4,
    "James Wan": 6,
    "Hayao Miyazaki": 6,
    "Sofia Coppola": 4,
    "Paul Thomas Anderson": 6,
    "Guillermo del Toro": 6,
    "Joel Coen, Ethan Coen": 9,
    "Anthony Russo, Joe Russo": 7,
    "Rian Johnson": 5,
}
_IM_WORDS = [
    "Last",
    "Night",
    "Dark",
    "City",
    "Blue",
    "Road",
    "Silent",
    "House",
    "Lost",
    "Star",
    "Red",
    "River",
    "Iron",
    "Heart",
    "Long",
    "Summer",
    "Cold",
    "War",
    "Glass",
]


def _imdb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11901)
    n = 960
    consts = rng.choice(np.arange(100_000, 30_000_000), n, replace=False)
    # rating activity grows, with a lockdown binge in 2020
    spans = np.concatenate([rng.uniform(0, 1, n - 140) ** 0.8 * 3650, rng.uniform(1900, 2250, 140)])
    rated = pd.Timestamp("2015-01-01") + pd.to_timedelta(np.sort(spans), unit="D")
    rows = []
    for i in range(n):
        kind = _pick(rng, _IM_TYPES)
        year = int(np.clip(2024 - rng.exponential(14), 1950, 2024))
        year = min(year, rated[i].year)
        genres = list(rng.choice(list(_IM_GENRES), int(rng.integers(1, 4)), replace=False, p=_w(_IM_GENRES)))
        imdb = round(float(np.clip(rng.normal(6.9 if "Horror" not in genres else 6.2, 0.85), 2.0, 9.3)), 1)
        mine = int(np.clip(round(imdb + rng.normal(0.35, 1.2)), 1, 10))
        if kind in ("tvSeries", "tvMiniSeries"):
            runtime = "" if rng.random() < 0.6 else str(int(rng.choice([22, 30, 45, 50, 60])))
        elif kind == "tvEpisode":
            runtime = str(int(rng.integers(20, 65)))
        elif kind == "short":
            runtime = str(int(rng.integers(4, 30)))
        else:
            runtime = str(int(np.clip(rng.normal(114, 22), 70, 210)))
        directors = _pick(rng, _IM_DIRECTORS) if kind in ("movie", "tvMovie", "short", "video") else ""
        if directors and rng.random() < 0.45:
            directors = f"{rng.choice(_IM_FIRST)} {rng.choice(_IM_LAST)}"  # one-off directors
        release = min(pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 364))), rated[i])
        const = f"tt{int(consts[i]):07d}"
        rows.append(
            {
                "Const": const,
                "Your Rating": mine,
                "Date Rated": rated[i].strftime("%Y-%m-%d"),
                "Title": f"{rng.choice(_IM_WORDS)} {rng.choice(_IM_WORDS)}",
                "URL": f"https://www.imdb.com/title/{const}/",
                "Title Type": kind,
                "IMDb Rating": imdb,
                "Runtime (mins)": runtime,
                "Year": year,
                "Genres": ", ".join(genres),
                "Num Votes": int(rng.lognormal(10.5, 1.6)) + 5,
                "Release Date": release.strftime("%Y-%m-%d"),
                "Directors": directors,
            }
        )
    return pd.DataFrame(rows)


_IM_FIRST = ["Alex", "Sam", "Maria", "John", "Lena", "Omar", "Kenji", "Ana", "David", "Chloe", "Ravi", "Nora"]
_IM_LAST = [
    "Walker",
    "Novak",
    "Kim",
    "Silva",
    "Brandt",
    "Okoye",
    "Lindqvist",
    "Moreno",
    "Hart",
    "Ito",
    "Costa",
    "Reyes",
]


def _w(weights: Mapping[str, float]) -> np.ndarray:
    p = np.array(list(weights.values()), dtype=float)
    return p / p.sum()


def _im_top_year(d: pd.DataFrame) -> int:
    years = pd.to_datetime(d["Date Rated"], format="%Y-%m-%d").dt.year
    return int(_top(years.value_counts()))


def _im_director(split: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        names = d["Directors"].dropna().astype(str)
        names = names.str.split(", ").explode() if split else names
        return _top(names[names != ""].value_counts())

    return value


def _im_horror(types: tuple[str, ...] | None) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        mask = d["Genres"].fillna("").str.contains("Horror") & (d["Your Rating"] >= 8)
        if types:
            mask &= d["Title Type"].isin(types)
        return int(mask.sum())

    return value


# --- 2. Rocket Money transactions export ---------------------------------------------------------------------------

# category: [(name, description, monthly count, lognormal mean, sigma, account)]
_RM_SPEND: dict[str, list[tuple[str, str, float, float, float, str]]] = {
    "Groceries": [
        ("Trader Joe's", "TRADER JOE S #552 SAN FRANCISCO CA", 4.0, 3.9, 0.45, "card"),
        ("Whole Foods", "WHOLEFDS SFC 10155", 2.5, 4.2, 0.5, "card"),
        ("Costco", "COSTCO WHSE #0144", 1.0, 5.1, 0.35, "card"),
    ],
    "Dining & Drinks": [
        ("Starbucks", "STARBUCKS STORE 05872", 6.0, 1.9, 0.3, "card"),
        ("DoorDash", "DD *DOORDASH CHIPOTLE", 4.0, 3.4, 0.35, "card"),
        ("Blue Bottle Coffee", "SQ *BLUE BOTTLE COFFEE", 3.0, 1.8, 0.25, "card"),
        ("Nopa", "TST* NOPA", 1.0, 4.4, 0.4, "card"),
    ],
    "Auto & Transport": [
        ("Uber", "UBER *TRIP HELP.UBER.COM", 4.0, 3.0, 0.5, "card"),
        ("Chevron", "CHEVRON 0093421", 1.5, 3.9, 0.25, "card"),
    ],
    "Shopping": [
        ("Amazon", "AMAZON.COM*2K4L81 AMZN.COM/BILL WA", 5.0, 3.5, 0.8, "card"),
        ("Target", "TARGET 00027615", 1.5, 3.8, 0.6, "card"),
    ],
    "Entertainment & Rec.": [
        ("AMC Theatres", "AMC 9640 ONLINE", 0.7, 3.3, 0.3, "card"),
    ],
    "Health & Wellness": [
        ("CVS Pharmacy", "CVS/PHARMACY #09921", 1.2, 3.0, 0.6, "card"),
    ],
}
# name, description, category, amount, day of month, account
_RM_BILLS = [
    ("Avalon Apartments", "AVALON BAY ONLINE PMT", "Bills & Utilities", 2150.0, 1, "checking"),
    ("PG&E", "PGANDE WEB ONLINE", "Bills & Utilities", -1.0, 12, "checking"),
    ("Comcast", "COMCAST CALIFORNIA 800-COMCAST", "Bills & Utilities", 79.99, 18, "card"),
    ("Verizon", "VZWRLSS*APOCC VISB", "Bills & Utilities", 85.0, 22, "card"),
    ("Netflix", "NETFLIX.COM", "Entertainment & Rec.", 15.49, 5, "card"),
    ("Spotify", "SPOTIFY USA", "Entertainment & Rec.", 10.99, 9, "card"),
    ("Equinox", "EQUINOX #142 MEMBERSHIP", "Health & Wellness", 185.0, 3, "card"),
]
_RM_ACCOUNTS = {
    "card": ("Credit Card", "Sapphire Preferred", "4821", "Chase"),
    "checking": ("Cash", "Total Checking", "7730", "Chase"),
    "savings": ("Savings", "Online Savings", "1906", "Ally Bank"),
}


def _rocket_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11902)
    rows: list[dict[str, Any]] = []

    def add(day: pd.Timestamp, name: str, desc: str, cat: str, amount: float, acct: str, ignored: str = "") -> None:
        kind, acct_name, number, bank = _RM_ACCOUNTS[acct]
        original = day - pd.Timedelta(days=int(rng.integers(0, 3))) if kind == "Credit Card" else day
        rows.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Original Date": original.strftime("%Y-%m-%d"),
                "Account Type": kind,
                "Account Name": acct_name,
                "Account Number": number,
                "Institution Name": bank,
                "Name": name,
                "Custom Name": "",
                "Amount": round(amount, 2),
                "Description": desc,
                "Category": cat,
                "Note": "",
                "Ignored From": ignored,
                "Tax Deductible": "",
            }
        )

    for month in pd.period_range("2023-01", "2024-12", freq="M"):
        first = month.to_timestamp()
        last_day = month.days_in_month
        for cat, merchants in _RM_SPEND.items():
            for name, desc, per_month, mu, sigma, acct in merchants:
                for _ in range(int(rng.poisson(per_month))):
                    day = first + pd.Timedelta(days=int(rng.integers(0, last_day)))
                    add(day, name, desc, cat, float(rng.lognormal(mu, sigma)), acct)
                if name == "Amazon" and rng.random() < 0.5:  # a return
                    day = first + pd.Timedelta(days=int(rng.integers(0, last_day)))
                    add(day, name, desc, cat, -float(rng.lognormal(3.2, 0.5)), acct)
        for name, desc, cat, amount, dom, acct in _RM_BILLS:
            value = amount if amount > 0 else float(rng.normal(140 if month.month in (1, 2, 12) else 85, 12))
            add(first + pd.Timedelta(days=dom - 1), name, desc, cat, value, acct)
        for dom in (15, last_day):  # payroll
            add(first + pd.Timedelta(days=dom - 1), "Acme Corp", "ACME CORP PAYROLL PPD", "Income", -3850.0, "checking")
        pay = float(rng.uniform(1100, 1900))
        add(first + pd.Timedelta(days=24), "Chase Credit Card", "PAYMENT TO CHASE CARD ENDING IN 4821",
            "Credit Card Payment", pay, "checking", "everything" if rng.random() < 0.85 else "")  # fmt: skip
        add(first + pd.Timedelta(days=16), "Transfer to Savings", "ONLINE TRANSFER TO SAV ...1906",
            "Internal Transfers", 500.0, "checking", "budget")  # fmt: skip
        add(first + pd.Timedelta(days=16), "Transfer from Checking", "INTERNET TRANSFER FROM CHK ...7730",
            "Internal Transfers", -500.0, "savings", "budget")  # fmt: skip
        if str(month) == "2024-07":  # the big trip
            add(first + pd.Timedelta(days=3), "Delta", "DELTA AIR LINES 0062341", "Travel & Vacation", 1488.6, "card")
            add(first + pd.Timedelta(days=9), "Airbnb", "AIRBNB * HMQ2TZ", "Travel & Vacation", 3215.4, "card")
        elif rng.random() < 0.25:
            add(first + pd.Timedelta(days=11), "Southwest", "SOUTHWEST 5262103", "Travel & Vacation",
                float(rng.uniform(180, 520)), "card")  # fmt: skip
    frame = pd.DataFrame(rows).sort_values("Date", ascending=False, kind="stable").reset_index(drop=True)
    frame.loc[frame.sample(40, random_state=3).index, "Note"] = "split with roommate"
    return frame


def _rm_spend(d: pd.DataFrame, moves: bool, ignored: bool) -> pd.DataFrame:
    """Spending rows: positive amounts outside income, with or without card payments / transfers / ignored rows."""
    x = d[(d["Amount"] > 0) & (d["Category"] != "Income")]
    if not moves:
        x = x[~x["Category"].isin(["Credit Card Payment", "Internal Transfers"])]
    if not ignored:
        x = x[_blank(x["Ignored From"])]
    return x


def _rm_top_cat(moves: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_rm_spend(d, moves, True).groupby("Category")["Amount"].sum())


def _rm_top_month(moves: bool, ignored: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = _rm_spend(d, moves, ignored)
        months = pd.to_datetime(x["Date"], format="%Y-%m-%d").dt.to_period("M")
        return x.groupby(months)["Amount"].sum().idxmax().to_timestamp()

    return value


def _rm_sum(name_col: str, label: str, positive: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d.loc[d[name_col] == label, "Amount"]
        return float(x[x > 0].sum() if positive else x.sum())

    return value


# --- 3. Acuity Scheduling appointments export ----------------------------------------------------------------------

_AC_TYPES = {
    "60 Minute Massage": (95.0, 60, 40),
    "90 Minute Massage": (135.0, 90, 22),
    "Deep Tissue 60 Minute": (110.0, 60, 18),
    "Prenatal Massage": (105.0, 60, 8),
    "30 Minute Consultation": (0.0, 30, 6),
}
_AC_STAFF = {"Jessica Moore": 36, "Marcus Lee": 24, "Priya Shah": 22, "Dana Ortiz": 18}
_AC_DAYS = [0.7, 0.9, 1.0, 1.1, 1.3, 1.9, 0.6]  # Monday .. Sunday
_AC_FIRST = [
    "Emma",
    "Olivia",
    "Ava",
    "Sophia",
    "Mia",
    "Liam",
    "Noah",
    "Lucas",
    "Ethan",
    "Zoe",
    "Chloe",
    "Aria",
    "Leo",
    "Maya",
    "Jack",
    "Ruby",
    "Isla",
    "Omar",
    "Nina",
]
_AC_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Garcia",
    "Miller",
    "Davis",
    "Martinez",
    "Lee",
    "Clark",
    "Lewis",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
]


def _acuity_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11903)
    n = 1650
    clients = []
    for k in range(480):
        f, la = str(rng.choice(_AC_FIRST)), str(rng.choice(_AC_LAST))
        phone = f"({rng.integers(200, 999)}) {rng.integers(200, 999)}-{rng.integers(1000, 9999)}"
        clients.append((f, la, phone, f"{f.lower()}.{la.lower()}{k}@example.com"))
    loyalty = rng.pareto(1.3, len(clients)) + 1
    days = pd.date_range("2023-01-02", "2024-06-30", freq="D")
    day_w = np.array([_AC_DAYS[t.dayofweek] for t in days])
    picks = np.sort(rng.choice(len(days), n, p=day_w / day_w.sum()))
    rows = []
    for i in range(n):
        f, la, phone, email = clients[int(rng.choice(len(clients), p=loyalty / loyalty.sum()))]
        kind = _pick(rng, {k: v[2] for k, v in _AC_TYPES.items()})
        price, minutes, _ = _AC_TYPES[kind]
        start = days[picks[i]] + pd.Timedelta(hours=int(rng.integers(9, 19)), minutes=int(rng.choice([0, 30])))
        booked = start.normalize() - pd.Timedelta(days=int(rng.gamma(1.6, 6.5)))
        paid_online = rng.random() < 0.55 and price > 0
        label = _pick(rng, {"": 72, "Checked In": 18, "No Show": 7, "Late": 3})
        rows.append(
            {
                "Start Time": _ac_stamp(start),
                "End Time": _ac_stamp(start + pd.Timedelta(minutes=minutes)),
                "First Name": f,
                "Last Name": la,
                "Phone": phone,
                "Email": email,
                "Type": kind,
                "Calendar": _pick(rng, _AC_STAFF),
                "Appointment Price": f"{price:.2f}",
                "Paid?": "yes" if paid_online or (label == "Checked In" and price > 0) else "no",
                "Amount Paid Online": f"{price if paid_online else 0.0:.2f}",
                "Certificate Code": "SPRING20" if rng.random() < 0.04 else "",
                "Notes": "" if rng.random() < 0.85 else str(rng.choice(["lower back", "prefers light pressure"])),
                "Date Scheduled": f"{booked:%B} {booked.day}, {booked.year}",
                "Label": label,
                "Scheduled By": "" if rng.random() < 0.8 else "frontdesk@stillwaterspa.com",
                "Appointment ID": 910_000_000 + i * 37 + int(rng.integers(0, 30)),
            }
        )
    return pd.DataFrame(rows)


def _ac_stamp(t: pd.Timestamp) -> str:
    hour = t.hour % 12 or 12
    return f"{t:%B} {t.day}, {t.year} {hour}:{t.minute:02d} {'am' if t.hour < 12 else 'pm'}"


def _ac_start(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Start Time"], format="%B %d, %Y %I:%M %p")


def _ac_lead(d: pd.DataFrame) -> pd.Series:
    booked = pd.to_datetime(d["Date Scheduled"], format="%B %d, %Y")
    return (_ac_start(d).dt.normalize() - booked).dt.days


def _ac_revenue(drop_no_shows: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[d["Label"].fillna("") != "No Show"] if drop_no_shows else d
        return float(pd.to_numeric(x["Appointment Price"]).sum())

    return value


# --- 4. ShipStation shipments export -------------------------------------------------------------------------------

_SH_CARRIERS = {
    "USPS": ({"USPS Ground Advantage": 60, "USPS Priority Mail": 35, "USPS Priority Mail Express": 5}, 62),
    "UPS": ({"UPS® Ground": 80, "UPS 2nd Day Air®": 20}, 25),
    "FedEx": ({"FedEx Home Delivery®": 70, "FedEx 2Day®": 30}, 13),
}
_SH_STATES = {"CA": 16, "TX": 10, "NY": 9, "FL": 8, "WA": 5, "IL": 5, "PA": 4, "OH": 4, "GA": 4, "NC": 4, "CO": 3}
_SH_STATES |= {"AZ": 3, "MA": 3, "NJ": 3, "OR": 3, "MI": 3, "VA": 3, "MN": 2, "TN": 2}
_SH_CITIES = {"CA": "Los Angeles", "TX": "Austin", "NY": "Brooklyn", "FL": "Orlando", "WA": "Seattle"}


def _shipstation_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11904)
    n = 2600
    days = pd.bdate_range("2023-01-03", "2024-05-31")
    rows = []
    order = 100_500
    for i in range(n):
        if i == 0 or rng.random() > 0.06:  # a split order ships in two boxes under the same order number
            order += int(rng.integers(1, 4))
        carrier = str(_one(rng, list(_SH_CARRIERS), [v[1] for v in _SH_CARRIERS.values()]))
        service = _pick(rng, _SH_CARRIERS[carrier][0])
        abroad = rng.random() < 0.05
        country = str(rng.choice(["CA", "GB", "AU"])) if abroad else "US"
        state = "" if abroad else _pick(rng, _SH_STATES)
        qty = int(rng.choice([1, 1, 1, 2, 2, 3, 4]))
        oz = round(float(qty * rng.gamma(3.0, 4.0) + 3), 1)
        base = {"USPS": 4.2, "UPS": 8.9, "FedEx": 9.6}[carrier]
        cost = base + 0.33 * oz * (1.4 if "Express" in service or "2" in service else 1) + rng.normal(0, 1.0)
        cost = max(3.9, cost * (2.6 if abroad else 1))
        insured = rng.random() < 0.12
        day = days[(i * len(days)) // n]
        rows.append(
            {
                "Ship Date": f"{day.month}/{day.day}/{day.year}",
                "Order #": f"#{order}",
                "Store": _pick(rng, {"Shopify - Fern & Field": 70, "Etsy - FernAndFieldCo": 30}),
                "Recipient": f"{rng.choice(_AC_FIRST)} {rng.choice(_AC_LAST)}",
                "Ship To - City": _SH_CITIES.get(state, "Springfield") if state else "Toronto",
                "Ship To - State": state,
                "Ship To - Country": country,
                "Carrier": carrier,
                "Service": service,
                "Package": _pick(rng, {"Package": 80, "Flat Rate Envelope": 12, "Large Envelope or Flat": 8}),
                "Weight": f"{oz} oz",
                "Shipping Cost": f"${cost:,.2f}",
                "Insurance Cost": f"${(2.75 + 0.01 * oz) if insured else 0.0:,.2f}",
                "Tracking #": f"9400{int(rng.integers(10**15, 10**16))}" if carrier == "USPS" else f"1Z{i:010d}",
                "Items": int(rng.integers(1, qty + 1)),
                "Qty": qty,
                "Voided": "Y" if rng.random() < 0.045 else "N",
            }
        )
    return pd.DataFrame(rows)


def _sh(d: pd.DataFrame, keep_void: bool) -> pd.DataFrame:
    x = d.assign(cost=_dollars(d["Shipping Cost"]), oz=pd.to_numeric(d["Weight"].str.replace(" oz", "")))
    return x if keep_void else x[x["Voided"] != "Y"]


def _sh_means(keep_void: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        x = _sh(d, keep_void)
        return [float(x.loc[x["Carrier"] == c, "cost"].mean()) for c in ("UPS", "USPS")]

    return values


# --- 5. HUD Fair Market Rents (county level) -----------------------------------------------------------------------

# state: (FIPS, counties, rural 2-bedroom rent, metros as (name, counties, 2-bedroom rent))
_HUD_STATES: dict[str, tuple[int, int, int, list[tuple[str, int, int]]]] = {
    "TX": (48, 140, 860, [("Austin-Round Rock-San Marcos", 5, 1780), ("Dallas", 7, 1690), ("Houston", 6, 1420)]),
    "CA": (6, 58, 1350, [("San Jose-Sunnyvale-Santa Clara", 2, 3290), ("Los Angeles-Long Beach-Glendale", 1, 2490)]),
    "GA": (13, 120, 820, [("Atlanta-Sandy Springs-Roswell", 16, 1710), ("Savannah", 3, 1370)]),
    "OH": (39, 88, 840, [("Columbus", 8, 1330), ("Cleveland-Elyria", 5, 1150), ("Cincinnati", 7, 1260)]),
    "NY": (36, 62, 1010, [("New York", 5, 2600), ("Buffalo-Cheektowaga", 2, 1180)]),
    "CO": (8, 64, 1080, [("Denver-Aurora-Lakewood", 7, 2060), ("Boulder", 1, 2390)]),
    "MS": (28, 82, 780, [("Jackson", 4, 1050)]),
    "WA": (53, 39, 1150, [("Seattle-Bellevue", 2, 2600), ("Spokane", 2, 1290)]),
    "MA": (25, 14, 1500, [("Boston-Cambridge-Quincy", 5, 2890)]),
    "KY": (21, 120, 770, [("Louisville", 6, 1130), ("Lexington-Fayette", 4, 1140)]),
}
_HUD_NAMES = {
    "TX": ("Texas",),
    "CA": ("California",),
    "GA": ("Georgia",),
    "OH": ("Ohio",),
    "NY": ("New York",),
    "CO": ("Colorado",),
    "MS": ("Mississippi",),
    "WA": ("Washington",),
    "MA": ("Massachusetts",),
    "KY": ("Kentucky",),
}
_HUD_COUNTY = [
    "Adams",
    "Baker",
    "Clay",
    "Dawson",
    "Elm",
    "Franklin",
    "Grant",
    "Hale",
    "Irwin",
    "Jasper",
    "Knox",
    "Lamar",
    "Marion",
    "Noble",
    "Oak",
    "Pike",
]
_HUD_COUNTY += [
    "Polk",
    "Quincy",
    "Rusk",
    "Scott",
    "Taylor",
    "Union",
    "Vance",
    "Wayne",
    "Wood",
    "York",
    "Bell",
    "Cass",
    "Dale",
    "Floyd",
    "Lee",
    "Mason",
]
_HUD_LABELS = [f"{p}{a} County" for p in ("", "North ", "South ", "East ", "West ", "Upper ") for a in _HUD_COUNTY]


def _hud_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11905)
    rows = []
    for st, (fips, n_counties, rural, metros) in _HUD_STATES.items():
        order = rng.permutation(len(_HUD_LABELS))
        labels = [_HUD_LABELS[k] for k in order]
        seats = [(m, size, rent) for m, size, rent in metros for _ in range(size)]
        for c in range(n_counties):
            county = labels[c]
            code = 2 * c + 1
            if c < len(seats):
                metro_name, _, rent2 = seats[c]
                cbsa = 10_000 + sum(map(ord, metro_name)) * 7 % 80_000
                area_code = f"METRO{cbsa}M{cbsa}"
                area = f"{metro_name}, {st} HUD Metro FMR Area"
                metro = 1
                pop = int(rng.lognormal(12.4, 0.9))
            else:
                rent2 = int(rural * rng.lognormal(0, 0.1))
                area_code = f"NCNTY{fips:02d}{code:03d}N{fips:02d}{code:03d}"
                area = f"{county}, {st}"
                metro = 0
                pop = int(rng.lognormal(9.9, 0.8))
            rent2 = int(round(rent2 / 10) * 10) if metro == 0 else rent2
            rows.append((st, fips, area_code, county, metro, area, f"{fips:02d}{code:03d}99999", pop, rent2))
    # every county of a metro area shares its rents; rent ratios by size follow HUD's bedroom ratios
    areas: dict[str, tuple[int, ...]] = {}
    out = []
    for st, fips, area_code, county, metro, area, fips10, pop, rent2 in rows:
        if area_code not in areas:
            r = rng.normal(1.0, 0.03, 4)
            areas[area_code] = tuple(round(rent2 * k * x) for k, x in zip((0.78, 0.85, 1.31, 1.55), r, strict=True))
        r0, r1, r3, r4 = areas[area_code]
        out.append(
            {
                "stusps": st,
                "state": fips,
                "hud_area_code": area_code,
                "countyname": county,
                "county_town_name": county,
                "metro": metro,
                "hud_area_name": area,
                "fips": fips10,
                "pop2020": pop,
                "fmr_0": r0,
                "fmr_1": r1,
                "fmr_2": rent2,
                "fmr_3": r3,
                "fmr_4": r4,
            }
        )
    return pd.DataFrame(out)


def _hud_top_places(d: pd.DataFrame) -> list[str]:
    """The dearest area for a 2-bedroom: its first place name and each of its counties."""
    top = d[d["fmr_2"] == d["fmr_2"].max()]
    area = str(top["hud_area_name"].iloc[0])
    return [re.split(r"[-,]", area)[0].strip(), *top["countyname"].astype(str)]


def _hud_place_check() -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        names = _hud_top_places(df)
        for name in names:
            if _lead(_named(lambda _d, n=name: n))(answer, df) is None:
                return None
        return f"missing place {names[0]!r}"

    return check


def _hud_state(dedupe: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = d.drop_duplicates("hud_area_code") if dedupe else d
        return _top(x.groupby("stusps")["fmr_0"].mean())

    return value


def _hud_metro(how: str) -> Callable[[pd.DataFrame], list[float]]:
    return lambda d: [float(d.loc[d["metro"] == m, "fmr_2"].agg(how)) for m in (1, 0)]


# --- 6. NVD CVE records, one row per vendor and product ------------------------------------------------------------

_NV_VENDORS = {
    "microsoft": (["windows_10", "windows_server_2019", "office", "edge_chromium", "exchange_server"], 17),
    "google": (["chrome", "android"], 12),
    "apple": (["macos", "iphone_os", "safari"], 8),
    "linux": (["linux_kernel"], 10),
    "oracle": (["mysql", "java_se", "database_server"], 6),
    "adobe": (["acrobat_reader_dc", "photoshop"], 5),
    "cisco": (["ios_xe", "adaptive_security_appliance_software"], 5),
    "apache": (["tomcat", "http_server", "struts"], 4),
    "fortinet": (["fortios"], 3),
    "wordfence": (["contact_form_7", "elementor"], 9),
    "ibm": (["websphere_application_server", "db2"], 5),
    "jenkins": (["jenkins"], 3),
}
_NV_CWE = {"CWE-79": 18, "CWE-787": 10, "CWE-89": 8, "CWE-416": 7, "CWE-20": 6, "CWE-22": 5, "CWE-352": 5}
_NV_CWE |= {"CWE-125": 5, "CWE-78": 4, "NVD-CWE-noinfo": 8, "NVD-CWE-Other": 6}
_NV_AV = {"NETWORK": 74, "LOCAL": 20, "ADJACENT_NETWORK": 4, "PHYSICAL": 2}


def _nvd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11906)
    n_cves = 2700
    start = pd.Timestamp("2022-01-01")
    offsets = np.sort(np.concatenate([rng.uniform(0, 900, n_cves - 160), rng.uniform(556, 586, 160)]))
    rows = []
    seq: dict[int, int] = {}
    for i in range(n_cves):
        published = start + pd.Timedelta(days=float(offsets[i]))
        year = published.year
        seq[year] = seq.get(year, 20000) + int(rng.integers(1, 9))
        cve = f"CVE-{year}-{seq[year]}"
        vendor = str(_one(rng, list(_NV_VENDORS), [v[1] for v in _NV_VENDORS.values()]))
        av = _pick(rng, _NV_AV)
        base = {"NETWORK": 7.3, "LOCAL": 6.4, "ADJACENT_NETWORK": 6.0, "PHYSICAL": 4.8}[av]
        score = round(float(np.clip(rng.normal(base + (0.4 if vendor == "microsoft" else 0), 1.35), 1.8, 10.0)), 1)
        age = (pd.Timestamp("2024-06-20") - published).days
        status = (
            "Awaiting Analysis" if age < 120 and rng.random() < 0.6 else _pick(rng, {"Analyzed": 80, "Modified": 20})
        )
        if status == "Awaiting Analysis" or rng.random() < 0.02:
            score_txt, sev = "", ""
        else:
            score_txt = f"{score}"
            sev = "CRITICAL" if score >= 9 else "HIGH" if score >= 7 else "MEDIUM" if score >= 4 else "LOW"
        cwe = _pick(rng, _NV_CWE)
        modified = published + pd.Timedelta(days=float(rng.uniform(0, max(age, 1))))
        products = _NV_VENDORS[vendor][0]
        k = 1 if rng.random() < 0.88 else min(len(products), 2 + int(rng.random() < 0.3))
        for product in rng.choice(products, k, replace=False):
            rows.append(
                {
                    "cve_id": cve,
                    "published": f"{published:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}",
                    "lastModified": f"{modified:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}",
                    "vuln_status": status,
                    "cvss_v3_base_score": score_txt,
                    "cvss_v3_base_severity": sev,
                    "attack_vector": av if score_txt else "",
                    "cwe_id": cwe,
                    "vendor": vendor,
                    "product": str(product),
                    "description": f"A {cwe.lower()} issue in {product} allows a {av.lower()} attacker to "
                    f"{rng.choice(['execute code', 'read files', 'escalate privileges', 'cause a crash'])}.",
                }
            )
    return pd.DataFrame(rows)


def _nv_one(d: pd.DataFrame, distinct: bool) -> pd.DataFrame:
    return d.drop_duplicates("cve_id") if distinct else d


def _nv_top_month(distinct: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = _nv_one(d, distinct)
        months = pd.to_datetime(x["published"], format="%Y-%m-%dT%H:%M:%S.%f").dt.to_period("M")
        return months.value_counts().idxmax().to_timestamp()

    return value


def _nv_vendor(distinct: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = d.drop_duplicates(["cve_id", "vendor"]) if distinct else d
        return _top(x["vendor"].value_counts())

    return value


def _nv_ms(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[d["vendor"] == "microsoft"]
        x = x.drop_duplicates("cve_id") if distinct else x
        return float(pd.to_numeric(x["cvss_v3_base_score"], errors="coerce").mean())

    return value


# --- 7. TfL annual station entries and exits -----------------------------------------------------------------------

_TF_YEARS = (2019, 2020, 2021, 2022, 2023)
_TF_FACTOR = {2019: 1.0, 2020: 0.37, 2021: 0.52, 2022: 0.81, 2023: 0.9}
# station: {mode: 2019 entries in millions}, borough, zone
_TF_BIG: dict[str, tuple[dict[str, float], str, str]] = {
    "King's Cross St. Pancras": ({"LU": 44.2}, "Camden", "1"),
    "Waterloo": ({"LU": 41.3}, "Lambeth", "1"),
    "Oxford Circus": ({"LU": 38.9}, "Westminster", "1"),
    "Victoria": ({"LU": 36.1}, "Westminster", "1"),
    "London Bridge": ({"LU": 33.0}, "Southwark", "1"),
    "Liverpool Street": ({"LU": 32.2, "EZL": 14.0}, "City of London", "1"),
    "Stratford": ({"LU": 21.9, "DLR": 6.8, "LO": 9.4, "EZL": 7.1}, "Newham", "2/3"),
    "Bank and Monument": ({"LU": 27.6, "DLR": 4.5}, "City of London", "1"),
    "Canary Wharf": ({"LU": 26.0, "DLR": 4.7, "EZL": 5.2}, "Tower Hamlets", "2"),
    "Paddington": ({"LU": 24.9, "EZL": 9.7}, "Westminster", "1"),
    "Euston": ({"LU": 21.4, "LO": 3.0}, "Camden", "1"),
    "Highbury & Islington": ({"LU": 14.2, "LO": 8.6}, "Islington", "2"),
    "Clapham Junction": ({"LO": 6.1}, "Wandsworth", "2"),
    "Tottenham Court Road": ({"LU": 25.7, "EZL": 8.1}, "Westminster", "1"),
}
_TF_COUNTS = {"LU": 255, "DLR": 40, "LO": 105, "EZL": 34}
_TF_MEDIAN = {"LU": 3.6, "DLR": 1.3, "LO": 1.0, "EZL": 1.9}
_TF_BOROUGHS = {"Westminster": 9, "Camden": 6, "Tower Hamlets": 7, "Newham": 6, "Hackney": 5, "Islington": 5}
_TF_BOROUGHS |= {"Brent": 5, "Ealing": 5, "Barnet": 5, "Lambeth": 5, "Southwark": 5, "Hammersmith & Fulham": 4}
_TF_BOROUGHS |= {"Haringey": 4, "Wandsworth": 4, "Lewisham": 4, "Greenwich": 4, "Hillingdon": 5, "Harrow": 4}
_TF_BOROUGHS |= {"Havering": 3, "Redbridge": 3, "Croydon": 3, "Enfield": 3, "Kensington & Chelsea": 4, "Hounslow": 3}
_TF_WORDS = [
    "Oak",
    "Elm",
    "Mill",
    "Church",
    "King",
    "Queen",
    "Park",
    "High",
    "Green",
    "Hill",
    "Wood",
    "Ash",
    "Bridge",
    "Grove",
    "Vale",
    "North",
    "South",
    "West",
]
_TF_ENDS = [
    "Road",
    "Park",
    "Green",
    "Hill",
    "Cross",
    "Common",
    "Lane",
    "Gate",
    "Street",
    "Town",
    "Junction",
    "Broadway",
    "Heath",
    "End",
]


def _tfl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11907)
    stations: list[tuple[str, str, str, str, float, str]] = []
    for name, (modes, borough, zone) in _TF_BIG.items():
        for mode, millions in modes.items():
            stations.append((mode, name, borough, zone, millions * 1e6, ""))
    used = {s[1] for s in stations}
    for mode, count in _TF_COUNTS.items():
        have = sum(1 for s in stations if s[0] == mode)
        while have < count:
            first = str(rng.choice(_TF_WORDS))
            if rng.random() < 0.5:
                first += str(rng.choice(_TF_WORDS)).lower()  # "Oakmill", "Ashgrove"
            name = f"{first} {rng.choice(_TF_ENDS)}"
            if name in used:
                continue
            used.add(name)
            borough = _pick(rng, _TF_BOROUGHS)
            zone = str(int(rng.integers(2, 7)))
            zone = f"{zone}/{int(zone) + 1}" if rng.random() < 0.08 else zone
            entries = _TF_MEDIAN[mode] * 1e6 * rng.lognormal(0, 0.75)
            stations.append((mode, name, borough, zone, min(entries, 16e6), ""))
            have += 1
    stations.append(("LU", "Battersea Power Station", "Wandsworth", "1", 3.4e6, "Opened September 2021"))
    stations.append(("LU", "Nine Elms", "Lambeth", "1", 2.6e6, "Opened September 2021"))
    rows = []
    for k, (mode, name, borough, zone, base, note) in enumerate(stations):
        row: dict[str, Any] = {
            "Mode": mode,
            "MNLC": 500 + k * 3,
            "MASC": f"{name[:3].upper()}{mode[0]}",
            "Station": name,
            "Borough": borough,
            "Zone": zone,
            "Note": note or ("Elizabeth line opened May 2022" if mode == "EZL" else ""),
        }
        closed = rng.random() < 0.015
        for year in _TF_YEARS:
            missing = (mode == "EZL" and year < 2022) or (note.startswith("Opened") and year < 2021)
            if closed and year == 2020:
                missing = True
                row["Note"] = "Closed for works in 2020"
            if missing:
                row[f"{year} Entries"] = np.nan
                row[f"{year} Exits"] = np.nan
                continue
            entries = base * _TF_FACTOR[year] * rng.lognormal(0, 0.04)
            if mode == "EZL" and year == 2022:
                entries *= 0.6  # part year
            row[f"{year} Entries"] = round(entries)
            row[f"{year} Exits"] = round(entries * rng.normal(1.0, 0.04))
        rows.append(row)
    frame = pd.DataFrame(rows)
    total: dict[str, Any] = {c: "" for c in frame.columns[:7]} | {"Station": "Total"}
    total |= {c: float(frame[c].sum()) for c in frame.columns[7:]}
    frame = pd.concat([frame, pd.DataFrame([total])], ignore_index=True)
    for c in frame.columns[7:]:
        frame[c] = frame[c].astype("Int64")
    return frame


def _tf(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Station"] != "Total"]


def _tf_busiest(both_ways: bool, by_name: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _tf(d)
        score = x["2023 Entries"] + (x["2023 Exits"] if both_ways else 0)
        return _top(score.groupby(x["Station"]).sum() if by_name else score.groupby(x.index).sum().rename(x["Station"]))

    return value


def _tf_sum(modes: tuple[str, ...] | None, year: int, both_ways: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _tf(d)
        if modes:
            x = x[x["Mode"].isin(modes)]
        total = x[f"{year} Entries"].sum()
        return float(total + (x[f"{year} Exits"].sum() if both_ways else 0))

    return value


def _tf_drop(modes: tuple[str, ...] | None, both_ways: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: _tf_sum(modes, 2020, both_ways)(d) / _tf_sum(modes, 2019, both_ways)(d) - 1


def _tf_borough(distinct: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _tf(d)
        x = x.drop_duplicates("Station") if distinct else x
        return _top(x["Borough"].value_counts())

    return value


# --- the set -------------------------------------------------------------------------------------------------------

_IM_MOVIES = ("movie",)
_RM_USES = ("Date", "Amount", "Category")
_SH_COST = ("Shipping Cost", "Voided")
_NV_ID = "cve_id"
_TF_ID = ("Station", "Mode")

HELDOUT119 = [
    Dataset(
        "imdb_ratings_export",
        _imdb_frame,
        [
            Q(
                "how many movies have i rated?",
                either(
                    _count(lambda d: len(d)),
                    _count(lambda d: int((d["Title Type"] == "movie").sum())),
                    _count(lambda d: int(d["Title Type"].isin(["movie", "tvMovie"]).sum())),
                ),
                ("Const", "Title Type", "Your Rating", "Title"),
            ),
            Q(
                "what's my average rating?",
                either(has(lambda d: d["Your Rating"].mean(), rel=0.005), has(lambda d: d["Your Rating"].median())),
                ("Your Rating",),
            ),
            Q(
                "am i harsher or nicer than imdb overall?",
                either(
                    has(lambda d: [d["Your Rating"].mean(), d["IMDb Rating"].mean()], rel=0.005),
                    _about(lambda d: (d["Your Rating"] - d["IMDb Rating"]).mean(), rel=0.02),
                ),
                ("Your Rating", "IMDb Rating"),
            ),
            Q(
                "which year did i rate the most stuff?",
                _lead(_year(_im_top_year)),
                ("Date Rated", "Const", "Title"),
            ),
            Q(
                "whose films have i watched the most?",
                _labels(_im_director(False), _im_director(True)),
                ("Directors", "Const", "Title"),
            ),
            Q(
                "how many horror movies did i give an 8 or higher?",
                either(_count(_im_horror(None)), _count(_im_horror(_IM_MOVIES))),
                ("Genres", "Your Rating", "Title Type", "Const", "Title"),
            ),
        ],
    ),
    Dataset(
        "rocket_money_transactions",
        _rocket_frame,
        [
            Q(
                "how much have i spent on groceries?",
                either(
                    _scaled(_rm_sum("Category", "Groceries", True), _MONEY),
                    _scaled(_rm_sum("Category", "Groceries", False), _MONEY),
                ),
                _RM_USES,
            ),
            Q(
                "what do i spend the most on?",
                _labels(_rm_top_cat(False), _rm_top_cat(True)),
                (*_RM_USES, "Ignored From"),
            ),
            Q(
                "how much went to amazon?",
                either(
                    _scaled(_rm_sum("Name", "Amazon", True), _MONEY),
                    _scaled(_rm_sum("Name", "Amazon", False), _MONEY),
                ),
                (*_RM_USES, "Name", "Description"),
            ),
            Q(
                "which month did i spend the most?",
                either(*(_month_year(_rm_top_month(m, i)) for m in (False, True) for i in (False, True))),
                (*_RM_USES, "Ignored From"),
            ),
            Q(
                "how much income came in during 2024?",
                _scaled(
                    lambda d: -d.loc[(d["Category"] == "Income") & d["Date"].str.startswith("2024"), "Amount"].sum(),
                    _MONEY,
                ),
                _RM_USES,
            ),
            Q(
                "how many transactions are set to be ignored?",
                _count(lambda d: int((~_blank(d["Ignored From"])).sum())),
                ("Ignored From",),
            ),
        ],
    ),
    Dataset(
        "acuity_scheduling_appointments",
        _acuity_frame,
        [
            Q(
                "how many appointments are in here?",
                _count(lambda d: len(d)),
                ("Appointment ID", "Start Time"),
            ),
            Q(
                "which therapist has the most bookings?",
                _lead(_named(lambda d: _top(d["Calendar"].value_counts()))),
                ("Calendar", "Appointment ID"),
            ),
            Q(
                "what do all those bookings add up to in revenue?",
                either(_scaled(_ac_revenue(False), _MONEY), _scaled(_ac_revenue(True), _MONEY)),
                ("Appointment Price", "Label", "Appointment ID"),
            ),
            Q(
                "what's our no-show rate?",
                either(
                    _share(lambda d: (d["Label"] == "No Show").mean()),
                    _share(lambda d: (d["Label"] == "No Show").sum() / (~_blank(d["Label"])).sum()),
                ),
                ("Label", "Appointment ID"),
            ),
            Q(
                "busiest day of the week?",
                _lead(_named(lambda d: _top(_ac_start(d).dt.day_name().value_counts()))),
                ("Start Time", "Appointment ID"),
            ),
            Q(
                "how far ahead do people usually book?",
                either(has(lambda d: _ac_lead(d).mean(), rel=0.01), has(lambda d: _ac_lead(d).median(), rel=0.01)),
                ("Date Scheduled", "Start Time"),
            ),
        ],
    ),
    Dataset(
        "shipstation_shipments_export",
        _shipstation_frame,
        [
            Q(
                "how much have we spent on postage?",
                either(
                    _scaled(lambda d: _sh(d, True)["cost"].sum(), _MONEY),
                    _scaled(lambda d: _sh(d, False)["cost"].sum(), _MONEY),
                ),
                _SH_COST,
            ),
            Q(
                "which carrier do we use the most?",
                _lead(_named(lambda d: _top(d["Carrier"].value_counts()))),
                ("Carrier", "Tracking #", "Order #"),
            ),
            Q(
                "average label cost with ups vs usps?",
                either(_about(_sh_means(True), rel=0.005), _about(_sh_means(False), rel=0.005)),
                (*_SH_COST, "Carrier"),
            ),
            Q(
                "how many shipments went to california?",
                either(
                    _count(lambda d: int((d["Ship To - State"] == "CA").sum())),
                    _count(lambda d: int(((d["Ship To - State"] == "CA") & (d["Voided"] != "Y")).sum())),
                    _count(lambda d: int(d.loc[d["Ship To - State"] == "CA", "Order #"].nunique())),
                ),
                ("Ship To - State", "Order #", "Tracking #", "Voided"),
            ),
            Q(
                "do heavier packages cost a lot more to ship?",
                either(
                    _corr(lambda d: _sh(d, True)["oz"], lambda d: _sh(d, True)["cost"]),
                    _corr(lambda d: _sh(d, False)["oz"], lambda d: _sh(d, False)["cost"]),
                ),
                ("Weight", *_SH_COST),
            ),
            Q(
                "how many labels got voided?",
                _count(lambda d: int((d["Voided"] == "Y").sum())),
                ("Voided", "Tracking #", "Order #"),
            ),
        ],
    ),
    Dataset(
        "hud_fair_market_rents",
        _hud_frame,
        [
            Q(
                "what's the average fair market rent for a 2 bedroom?",
                either(
                    has(lambda d: d["fmr_2"].mean(), rel=0.003),
                    has(lambda d: d["fmr_2"].median(), rel=0.003),
                    has(lambda d: d.drop_duplicates("hud_area_code")["fmr_2"].mean(), rel=0.003),
                ),
                ("fmr_2", "countyname", "hud_area_code"),
            ),
            Q(
                "where is a 2 bedroom most expensive?",
                _hud_place_check(),
                ("fmr_2", "countyname", "hud_area_name", "stusps", "county_town_name", "hud_area_code"),
            ),
            Q(
                "how many counties have a 1 bedroom above $1,500?",
                _count(lambda d: int((d["fmr_1"] > 1500).sum())),
                ("fmr_1", "countyname", "fips"),
            ),
            Q(
                "how do metro and non-metro counties compare for 2 bedrooms?",
                either(_about(_hud_metro("mean"), rel=0.003), _about(_hud_metro("median"), rel=0.003)),
                ("metro", "fmr_2", "countyname"),
            ),
            Q(
                "which state has the highest average studio rent?",
                _labels(_hud_state(False), _hud_state(True), aliases=_HUD_NAMES),
                ("stusps", "state", "fmr_0", "hud_area_code"),
            ),
            Q(
                "how many people live somewhere a 2 bedroom goes for over $2,000?",
                _scaled(lambda d: d.loc[d["fmr_2"] > 2000, "pop2020"].sum(), _BIG),
                ("pop2020", "fmr_2", "countyname"),
            ),
        ],
    ),
    Dataset(
        "nvd_cve_vulnerabilities",
        _nvd_frame,
        [
            Q(
                "how many vulnerabilities are in this file?",
                either(_count(lambda d: len(d)), _count(lambda d: d[_NV_ID].nunique())),
                (_NV_ID,),
            ),
            Q(
                "how many of them are critical?",
                either(
                    _count(lambda d: int((d["cvss_v3_base_severity"] == "CRITICAL").sum())),
                    _count(lambda d: d.loc[d["cvss_v3_base_severity"] == "CRITICAL", _NV_ID].nunique()),
                ),
                (_NV_ID, "cvss_v3_base_severity", "cvss_v3_base_score"),
            ),
            Q(
                "which vendor has the most cves?",
                _labels(_nv_vendor(False), _nv_vendor(True)),
                (_NV_ID, "vendor"),
            ),
            Q(
                "what's the average cvss score for microsoft?",
                either(has(_nv_ms(False), rel=0.003), has(_nv_ms(True), rel=0.003)),
                (_NV_ID, "vendor", "cvss_v3_base_score"),
            ),
            Q(
                "how many haven't been scored yet?",
                either(
                    _count(lambda d: int(_blank(d["cvss_v3_base_score"]).sum())),
                    _count(lambda d: d.loc[_blank(d["cvss_v3_base_score"]), _NV_ID].nunique()),
                ),
                (_NV_ID, "cvss_v3_base_score", "cvss_v3_base_severity", "vuln_status"),
            ),
            Q(
                "which month had the most new cves published?",
                either(_month_year(_nv_top_month(False)), _month_year(_nv_top_month(True))),
                (_NV_ID, "published"),
            ),
        ],
    ),
    Dataset(
        "tfl_station_entries_exits",
        _tfl_frame,
        [
            Q(
                "which station was the busiest in 2023?",
                _labels(*(_tf_busiest(b, n) for b in (False, True) for n in (False, True))),
                (*_TF_ID, "2023 Entries", "2023 Exits"),
            ),
            Q(
                "how many people used the tube in 2023?",
                either(
                    _scaled(_tf_sum(("LU",), 2023, False), _BIG, rel=0.006),
                    _scaled(_tf_sum(("LU",), 2023, True), _BIG, rel=0.006),
                ),
                (*_TF_ID, "2023 Entries", "2023 Exits"),
            ),
            Q(
                "how much did that drop from 2019 to 2020?",
                either(*(_pct(_tf_drop(m, b)) for m in (("LU",), None) for b in (False, True))),
                (*_TF_ID, "2019 Entries", "2019 Exits", "2020 Entries", "2020 Exits"),
            ),
            Q(
                "how many stations had over 10 million entries in 2023?",
                _count(lambda d: int((_tf(d)["2023 Entries"] > 10_000_000).sum())),
                (*_TF_ID, "2023 Entries"),
            ),
            Q(
                "which borough has the most stations?",
                _labels(_tf_borough(False), _tf_borough(True)),
                (*_TF_ID, "Borough"),
            ),
            Q(
                "how many stations have no figures for 2019?",
                either(
                    _count(lambda d: int(_tf(d)["2019 Entries"].isna().sum())),
                    _count(lambda d: _tf(d).loc[_tf(d)["2019 Entries"].isna(), "Station"].nunique()),
                ),
                (*_TF_ID, "2019 Entries", "2019 Exits", "Note"),
            ),
        ],
    ),
]
