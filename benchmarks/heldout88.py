"""HELDOUT88: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of files people download and bring along: a personal budget tracker spreadsheet saved
as CSV (2022-2023, one row per transaction) with Date as an unpadded "3/14/2023", bank-style upper-case descriptions
("TRADER JOE'S #552", "SHELL OIL 57442"), Category (Income, Rent, Groceries, Eating Out, Transport, Utilities,
Entertainment, Shopping, Health, Travel, Transfer; about 2% left blank), Subcategory (Paycheck, Coffee, Gas, ...),
Amount with expenses negative and income positive, Account (Checking / Credit Card / Savings), Tags mostly blank
("vacation", "work", "reimbursable") and Notes mostly blank; transfers appear twice (the credit-card payment leaves
Checking and lands on Credit Card, the savings move leaves Checking and lands on Savings) and a few shopping refunds are
positive; an Uber rider trip history export (trips_data.csv, 2019-2023) with City (mostly New York, some Boston,
Chicago, Miami and London), Product Type UberX / Comfort / Black / Pool / UberXL, Trip or Order Status COMPLETED /
CANCELED / DRIVER_CANCELED, times written "2023-03-14 10:22:31 +0000 UTC" and the 1970-01-01 sentinel for trips that
never began, begin and dropoff latitude / longitude (dropoff blank when cancelled), full street addresses, Distance
(miles) 0 and Fare Amount 0 or a 5.00 fee for cancelled trips, and Fare Currency USD or GBP; an Airbnb host earnings
(transaction history) export for three listings, 2022-2023, with "03/14/2023" dates, a Payout row (only Date, Type,
Details "Transfer to ...", Currency and Paid out) dated with each Reservation row (HM confirmation codes, Booking date,
Start date, Nights, Guest, Listing, Amount net of the host service fee, Service fee, Cleaning fee, Gross earnings,
Occupancy taxes mostly blank) and a few Resolution Adjustment rows (positive or negative Amount, no nights); a GitHub
issues export of one repository (number shared by issues and pull requests, title, state open / closed, created_at /
closed_at as "2023-03-14T10:22:31Z", closed_at blank when open, user.login, labels joined as "bug;help wanted" or blank,
comments, assignee and milestone mostly blank, is_pull_request True / False); WNBA player season totals 2015-2023 in the
basketball-reference layout (Player, Team codes such as "LVA" and "TOT" rows for traded players beside their team rows,
Pos G / F / C, G, GS, MP, FG, FGA, FG%, 3P, 3PA, 3P%, FT, FTA, FT% with shooting percentages blank when there were no
attempts, TRB, AST, STL, BLK, TOV, PF, PTS, Season; shortened 2020 season); the UK government's weekly road fuel prices
(Monday "14/03/2023" dates from June 2003 to 2023 with a few weeks missing, columns "ULSP: Pump price (p/litre)" and
"ULSD: Pump price (p/litre)" with their double spaces, duty rates in pence and VAT rates in percent following the real
rate changes, the 2022 price spike); and London Marathon results 2021-2023 (Place (Overall), Place (Gender), Place
(Category) blank for non-finishers, Name as "Smith, John (GBR)", Club mostly blank, Runner Number, Category 18-39 /
40-44 / ... / 80+, Half and Finish as "01:45:22" / "03:32:10" with Finish "DNF" for non-finishers and a few blank
halves, Gender M / W, Year). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _bottom(scores: pd.Series) -> str:
    return str(_ranked(scores, ascending=True).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount (or every amount) in full or in thousands ("$4,321.50", "-4321.5", "$4.3k"), its sign ignored."""
    inner = _scaled(lambda d: np.abs(np.atleast_1d(value(d))), (1000.0,))
    return lambda answer, df: inner(answer.replace("-", " ").replace("\u2212", " "), df)


_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])")
_HM = re.compile(r"(\d+)\s*(?:h|hrs?|hours?)\s*,?\s*(?:and\s+)?(\d+)\s*(?:m|mins?|minutes?)\b", re.IGNORECASE)


def _duration(seconds: Callable[[pd.DataFrame], float], minutes_tol: float = 1.0) -> Check:
    """A length of time: "4:12:33" or "4:12" (h:mm), "4h 12m", minutes ("252.5 min") or hours ("4.21 hours")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(seconds(df)) / 60
        found: list[float] = []
        for m in _CLOCK.finditer(answer):
            a, b, c = int(m.group(1)), int(m.group(2)), m.group(3)
            found.append(a * 60 + b + (int(c) / 60 if c else 0))
            if c:
                found.append(a + b / 60 + int(c) / 3600)
            else:
                found.append(a + b / 60)
        for m in _HM.finditer(answer):
            found.append(int(m.group(1)) * 60 + int(m.group(2)))
        for t in re.findall(r"(?<![\d:])\d+(?:\.\d+)?(?![\d:])", answer):
            found.append(float(t))
            found.append(float(t) * 60)
        if any(abs(f - want) <= max(minutes_tol, 0.004 * want) for f in found):
            return None
        return f"missing duration {want:.2f} min"

    return check


# --- 1. Personal budget tracker (spreadsheet saved as CSV) ---------------------------------------------------------

# category: subcategory|descriptions|low|high|per month|accounts
_BU_SPEND: dict[str, list[tuple[str, str, float, float, float, str]]] = {
    "Groceries": [
        (
            "Supermarket",
            "TRADER JOE'S #552;WHOLE FOODS MKT 10234;SAFEWAY 1873;KROGER #771",
            18,
            165,
            7,
            "Credit Card:85;Checking:15",
        ),
        ("Farmers Market", "GREENMARKET SQ *FARM STAND;SQ *HAPPY ACRES", 12, 48, 1, "Checking:60;Credit Card:40"),
    ],
    "Eating Out": [
        (
            "Restaurants",
            "CHIPOTLE 2291;OLIVE GARDEN 1123;SQ *TACO LOCO;TST* THE SMITH;SWEETGREEN",
            14,
            95,
            4,
            "Credit Card:90;Checking:10",
        ),
        ("Coffee", "STARBUCKS STORE 0831;BLUE BOTTLE COFFEE;DUNKIN #3321", 3.5, 9.5, 6, "Credit Card:80;Checking:20"),
        ("Takeout", "DOORDASH*PAD THAI;UBER EATS;GRUBHUB*PIZZA", 18, 55, 3, "Credit Card:100"),
    ],
    "Transport": [
        ("Gas", "SHELL OIL 57442;CHEVRON 0091;EXXONMOBIL 4471", 28, 68, 2.5, "Credit Card:100"),
        ("Transit", "MTA*NYCT PAYGO;MTA*METROCARD", 2.9, 33, 3, "Credit Card:70;Checking:30"),
        ("Rideshare", "UBER *TRIP;LYFT *RIDE", 9, 42, 1.2, "Credit Card:100"),
    ],
    "Utilities": [
        ("Electric", "CON EDISON", 48, 145, 1, "Checking:100"),
        ("Internet", "SPECTRUM", 69.99, 69.99, 1, "Checking:100"),
        ("Phone", "VERIZON WIRELESS", 55, 72, 1, "Credit Card:100"),
    ],
    "Entertainment": [
        ("Streaming", "NETFLIX.COM;SPOTIFY USA;HULU 877-8248858", 9.99, 15.49, 2, "Credit Card:100"),
        ("Movies", "AMC 0442 ONLINE;REGAL CINEMAS", 12, 38, 0.5, "Credit Card:100"),
        ("Concerts", "TICKETMASTER;STUBHUB", 45, 180, 0.25, "Credit Card:100"),
    ],
    "Shopping": [
        ("Clothing", "UNIQLO USA;H&M 0123;NORDSTROM RACK", 20, 140, 1, "Credit Card:100"),
        ("Household", "TARGET 00012;AMAZON.COM*2K4;IKEA BROOKLYN", 8, 120, 2, "Credit Card:100"),
        ("Electronics", "BEST BUY 00331;APPLE.COM/BILL", 15, 420, 0.2, "Credit Card:100"),
    ],
    "Health": [
        ("Pharmacy", "CVS/PHARMACY #1042;WALGREENS #7781", 6, 45, 1, "Credit Card:100"),
        ("Gym", "PLANET FITNESS", 24.99, 24.99, 1, "Checking:100"),
    ],
}
_BU_COLUMNS = _split("Date;Description;Category;Subcategory;Amount;Account;Tags;Notes")


def _bu_row(day: pd.Timestamp, desc: str, cat: str | None, sub: str | None, amount: float, account: str) -> dict:
    return {
        "Date": f"{day.month}/{day.day}/{day.year}",
        "Description": desc,
        "Category": cat,
        "Subcategory": sub,
        "Amount": round(amount, 2),
        "Account": account,
        "Tags": None,
        "Notes": None,
        "_day": day,
    }


def _budget_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8801)
    rows: list[dict[str, Any]] = []
    months = pd.period_range("2022-01", "2023-12", freq="M")
    trip = {pd.Period("2022-08", "M"), pd.Period("2023-06", "M")}
    for month in months:
        start = month.to_timestamp()
        days = month.days_in_month
        rent = 1650.0 if month < pd.Period("2022-09", "M") else 1725.0
        rows.append(_bu_row(start, "ZELLE TO OAKWOOD MGMT", "Rent", "Rent", -rent, "Checking"))
        pay = 2450.0 if month.year == 2022 else 2580.0
        for d in (14, days - 1):
            rows.append(
                _bu_row(start + pd.Timedelta(days=d), "ACME CORP PAYROLL", "Income", "Paycheck", pay, "Checking")
            )
        if rng.random() < 0.4:
            gig = float(rng.uniform(150, 900))
            day = start + pd.Timedelta(days=int(rng.integers(0, days)))
            rows.append(_bu_row(day, "VENMO CASHOUT", "Income", "Side Gig", gig, "Checking"))
        card = 0.0
        for cat, subs in _BU_SPEND.items():
            for sub, descs, lo, hi, per, accounts in subs:
                n = int(rng.poisson(per * (1.4 if month in trip and cat == "Eating Out" else 1.0)))
                if per == 1 and cat in ("Utilities", "Health") and sub != "Pharmacy":
                    n = 1
                for _ in range(n):
                    day = start + pd.Timedelta(days=int(rng.integers(0, days)))
                    amount = float(rng.uniform(lo, hi))
                    if cat == "Utilities" and sub == "Electric":
                        amount *= 1.4 if month.month in (7, 8, 1, 2) else 1.0
                    account = _draw(rng, accounts)
                    blank = rng.random() < 0.025
                    row = _bu_row(
                        day,
                        str(_one(rng, _split(descs))),
                        None if blank else cat,
                        None if blank else sub,
                        -amount,
                        account,
                    )
                    if rng.random() < 0.05:
                        row["Tags"] = str(_one(rng, ["work", "reimbursable", "gift"]))
                    rows.append(row)
                    if account == "Credit Card":
                        card += amount
        if month in trip:
            for desc, sub, amount in (
                ("DELTA AIR 0062187", "Flights", 640.0),
                ("MARRIOTT HOTELS", "Hotel", 1180.0),
                ("AIRBNB * HMQ2", "Hotel", 860.0),
            ):
                day = start + pd.Timedelta(days=int(rng.integers(3, 20)))
                row = _bu_row(day, desc, "Travel", sub, -amount * float(rng.uniform(0.85, 1.15)), "Credit Card")
                row["Tags"] = "vacation"
                rows.append(row)
                card += -row["Amount"]
        if rng.random() < 0.3:
            day = start + pd.Timedelta(days=int(rng.integers(0, days)))
            row = _bu_row(day, "AMAZON.COM REFUND", "Shopping", "Household", float(rng.uniform(10, 60)), "Credit Card")
            row["Notes"] = "returned"
            rows.append(row)
        pay_day = start + pd.Timedelta(days=min(21, days - 1))
        rows.append(_bu_row(pay_day, "CHASE CREDIT CRD AUTOPAY", "Transfer", "Credit Card Payment", -card, "Checking"))
        rows.append(_bu_row(pay_day, "PAYMENT THANK YOU", "Transfer", "Credit Card Payment", card, "Credit Card"))
        save = 500.0 if month.year == 2022 else 600.0
        rows.append(
            _bu_row(start + pd.Timedelta(days=2), "TRANSFER TO SAV XXXX8812", "Transfer", "Savings", -save, "Checking")
        )
        rows.append(
            _bu_row(start + pd.Timedelta(days=2), "TRANSFER FROM CHK XXXX4410", "Transfer", "Savings", save, "Savings")
        )
        if month.month == 12:
            rows.append(
                _bu_row(
                    start + pd.Timedelta(days=30),
                    "INTEREST PAYMENT",
                    "Income",
                    "Interest",
                    round(float(rng.uniform(20, 90)), 2),
                    "Savings",
                )
            )
    frame = pd.DataFrame(rows).sort_values("_day", kind="stable", ignore_index=True)
    for i in rng.choice(len(frame), 12, replace=False):
        frame.loc[i, "Notes"] = str(_one(rng, ["split w/ roommate", "birthday", "check this", "one-off"]))
    return frame[_BU_COLUMNS]


def _bu(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_day=pd.to_datetime(d["Date"], format="%m/%d/%Y"), _cat=_text(d["Category"]))


def _bu_spent(transfers: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    """Expense rows: every negative amount, or every negative amount that is not a transfer."""

    def rows(d: pd.DataFrame) -> pd.DataFrame:
        b = _bu(d)
        out = b[b["Amount"] < 0]
        return out if transfers else out[out["_cat"] != "Transfer"]

    return rows


def _bu_groceries(year: int | None) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        b = _bu(d)
        rows = b[b["_cat"] == "Groceries"]
        if year is not None:
            rows = rows[rows["_day"].dt.year == year]
        return float(-rows["Amount"].sum())

    return total


def _bu_peak(transfers: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def peak(d: pd.DataFrame) -> pd.Timestamp:
        rows = _bu_spent(transfers)(d)
        by = rows.groupby(rows["_day"].dt.to_period("M"))["Amount"].sum()
        return by.idxmin().to_timestamp()

    return peak


def _bu_eating(transfers: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        rows = _bu_spent(transfers)(d)
        return float(rows.loc[rows["_cat"] == "Eating Out", "Amount"].sum() / rows["Amount"].sum())

    return share


def _bu_income(only_income: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        b = _bu(d)
        b = b[b["_day"].dt.year == 2023]
        rows = b[b["_cat"] == "Income"] if only_income else b[(b["Amount"] > 0) & (b["_cat"] != "Transfer")]
        return float(rows["Amount"].sum())

    return total


def _bu_spending_2023(transfers: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        rows = _bu_spent(transfers)(d)
        return float(-rows.loc[rows["_day"].dt.year == 2023, "Amount"].sum())

    return total


def _bu_net_spending_2023(d: pd.DataFrame) -> float:
    b = _bu(d)
    b = b[(b["_day"].dt.year == 2023) & ~b["_cat"].isin(["Transfer", "Income"])]
    return float(-b["Amount"].sum())


_BU_ID = ("Date", "Amount", "Category")
_BUDGET_QS = [
    Q(
        "how much have i spent on groceries altogether",
        _money(_bu_groceries(None)),
        (*_BU_ID, "Subcategory"),
    ),
    Q("just 2023?", _money(_bu_groceries(2023)), (*_BU_ID, "Subcategory")),
    Q(
        "which month did i spend the most money",
        either(_month_year(_bu_peak(False)), _month_year(_bu_peak(True))),
        (*_BU_ID, "Subcategory", "Account", "Tags"),
    ),
    Q(
        "what percent of my spending goes on eating out",
        either(_share(_bu_eating(False)), _share(_bu_eating(True))),
        (*_BU_ID, "Subcategory"),
    ),
    Q(
        "did i earn more than i spent in 2023? give me both totals",
        both(
            either(_money(_bu_income(True)), _money(_bu_income(False))),
            either(
                _money(_bu_spending_2023(False)),
                _money(_bu_spending_2023(True)),
                _money(_bu_net_spending_2023),
            ),
        ),
        (*_BU_ID, "Subcategory", "Account"),
    ),
    Q(
        "how many transactions don't have a category",
        _count(lambda d: float(d["Category"].isna().sum())),
        (*_BU_ID, "Subcategory", "Description"),
    ),
]


# --- 2. Uber rider trip history (Uber "Download your data", Rider/trips_data.csv) ---------------------------------

# city: weight, latitude, longitude, streets, city line of the address, currency, fare scale
_UB_CITIES: dict[str, tuple[float, float, float, str, str, str, float]] = {
    "New York": (
        60,
        40.7420,
        -73.9890,
        "5th Ave;Broadway;W 34th St;E 14th St;Lexington Ave;Amsterdam Ave;Bedford Ave;Atlantic Ave;Park Ave S",
        "New York, NY 100{z:02d}, US",
        "USD",
        1.15,
    ),
    "Boston": (
        14,
        42.3560,
        -71.0600,
        "Boylston St;Newbury St;Massachusetts Ave;Cambridge St;Tremont St;Summer St",
        "Boston, MA 021{z:02d}, US",
        "USD",
        1.0,
    ),
    "Chicago": (
        10,
        41.8830,
        -87.6320,
        "N Michigan Ave;W Madison St;N Clark St;W Fullerton Ave;S State St",
        "Chicago, IL 606{z:02d}, US",
        "USD",
        0.95,
    ),
    "Miami": (
        8,
        25.7800,
        -80.1900,
        "Collins Ave;Ocean Dr;Brickell Ave;NW 2nd Ave;Biscayne Blvd",
        "Miami, FL 331{z:02d}, US",
        "USD",
        0.9,
    ),
    "London": (
        8,
        51.5100,
        -0.1300,
        "Oxford St;Kingsland Rd;Upper St;Euston Rd;Brick Ln;Old Kent Rd",
        "London {p}, UK",
        "GBP",
        0.8,
    ),
}
_UB_PRODUCTS = "UberX:58;Comfort:12;Black:6;Pool:12;UberXL:8"
_UB_PRICE = {"UberX": 1.0, "Comfort": 1.3, "Black": 2.2, "Pool": 0.72, "UberXL": 1.55}
_UB_HOURS = (
    "0:3;1:4;2:4;3:3;4:1.5;5:1;6:1;7:1;8:1.5;9:2;10:3;11:6;12:8;13:7;14:5;15:4;16:4;17:4;18:4;19:4;20:4;21:5;22:6;23:5"
)
_UB_NEVER = "1970-01-01 00:00:00 +0000 UTC"
_UB_COLUMNS = _split(
    "City;Product Type;Trip or Order Status;Request Time;Begin Trip Time;Begin Trip Lat;Begin Trip Lng;"
    "Begin Trip Address;Dropoff Time;Dropoff Lat;Dropoff Lng;Dropoff Address;Distance (miles);Fare Amount;"
    "Fare Currency"
)


def _ub_stamp(t: pd.Timestamp) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S} +0000 UTC"


def _ub_address(rng: np.random.Generator, city: str) -> str:
    _w, _lat, _lon, streets, tail, _cur, _s = _UB_CITIES[city]
    z = int(rng.integers(1, 40))
    area = _one(rng, ["E1", "N1", "W1", "SE1", "NW1", "EC2A", "WC1E"])
    post = f"{area} {rng.integers(1, 9)}{_one(rng, list('ABDEFH'))}{_one(rng, list('JLNPQRTUW'))}"
    return f"{int(rng.integers(1, 900))} {_one(rng, _split(streets))}, {tail.format(z=z, p=post)}"


def _uber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8802)
    cities = list(_UB_CITIES)
    rows: list[dict[str, Any]] = []
    for _ in range(1450):
        city = str(_one(rng, cities, [v[0] for v in _UB_CITIES.values()]))
        _w, lat, lon, _st, _tail, currency, scale = _UB_CITIES[city]
        year = int(_draw(rng, "2019:24;2020:9;2021:17;2022:26;2023:24"))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        request = day + pd.Timedelta(hours=int(_draw(rng, _UB_HOURS)), seconds=int(rng.integers(0, 3600)))
        product = _draw(rng, _UB_PRODUCTS)
        if product == "Pool" and request >= pd.Timestamp(2020, 3, 18):
            product = "UberX"
        status = _draw(rng, "COMPLETED:84;CANCELED:11;DRIVER_CANCELED:5")
        y0, x0 = round(lat + float(rng.normal(0, 0.02)), 7), round(lon + float(rng.normal(0, 0.025)), 7)
        row: dict[str, Any] = {
            "City": city,
            "Product Type": product,
            "Trip or Order Status": status,
            "Request Time": _ub_stamp(request),
            "Begin Trip Time": _UB_NEVER,
            "Begin Trip Lat": y0,
            "Begin Trip Lng": x0,
            "Begin Trip Address": _ub_address(rng, city),
            "Dropoff Time": _UB_NEVER,
            "Dropoff Lat": None,
            "Dropoff Lng": None,
            "Dropoff Address": None,
            "Distance (miles)": 0.0,
            "Fare Amount": 0.0,
            "Fare Currency": currency,
        }
        if status == "COMPLETED":
            miles = round(float(np.clip(rng.lognormal(np.log(3.4), 0.65), 0.4, 38)), 2)
            minutes = max(3.0, 4 + miles * float(rng.uniform(2.2, 4.4)) + float(rng.normal(0, 2)))
            begin = request + pd.Timedelta(seconds=int(rng.integers(150, 720)))
            end = begin + pd.Timedelta(seconds=int(minutes * 60))
            fare = scale * _UB_PRICE[product] * (2.55 + 1.75 * miles + 0.35 * minutes) * float(rng.uniform(0.9, 1.35))
            row |= {
                "Begin Trip Time": _ub_stamp(begin),
                "Dropoff Time": _ub_stamp(end),
                "Dropoff Lat": round(y0 + float(rng.normal(0, 0.012 * miles)), 7),
                "Dropoff Lng": round(x0 + float(rng.normal(0, 0.015 * miles)), 7),
                "Dropoff Address": _ub_address(rng, city),
                "Distance (miles)": miles,
                "Fare Amount": round(max(fare, 7.0), 2),
            }
        elif status == "CANCELED" and rng.random() < 0.3:
            row["Fare Amount"] = 5.0
        rows.append(row)
    frame = pd.DataFrame(rows)
    frame = frame.iloc[np.argsort(frame["Request Time"].to_numpy())[::-1]].reset_index(drop=True)
    return frame[_UB_COLUMNS]


def _ub_time(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s).str.replace(" +0000 UTC", "", regex=False), errors="coerce")


def _ub_done(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Trip or Order Status"]) == "COMPLETED"]


def _ub_minutes(d: pd.DataFrame) -> pd.Series:
    done = _ub_done(d)
    return (_ub_time(done["Dropoff Time"]) - _ub_time(done["Begin Trip Time"])).dt.total_seconds() / 60


def _ub_cancel_share(driver_too: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        states = ["CANCELED", "DRIVER_CANCELED"] if driver_too else ["CANCELED"]
        return float(_text(d["Trip or Order Status"]).isin(states).mean())

    return share


def _ub_longest(d: pd.DataFrame) -> Any:
    return d["Distance (miles)"].idxmax()


def _ub_drop(d: pd.DataFrame) -> Check:
    address = str(d.loc[_ub_longest(d), "Dropoff Address"])
    return _named(lambda _d: address, {address: (address.split(",")[0],)})


def _ub_london(completed: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        rows = _ub_done(d) if completed else d
        return float(rows.loc[_text(rows["City"]) == "London", "Fare Amount"].sum())

    return total


_UB_ID = ("Trip or Order Status",)
_UBER_QS = [
    Q(
        "how many rides have i actually taken",
        _count(lambda d: float(len(_ub_done(d)))),
        (*_UB_ID, "Begin Trip Time", "Request Time"),
    ),
    Q(
        "what % of my requests got cancelled",
        either(_share(_ub_cancel_share(True)), _share(_ub_cancel_share(False))),
        (*_UB_ID, "Request Time"),
    ),
    Q(
        "how long does a typical ride take in minutes",
        either(
            _duration(lambda d: 60 * float(_ub_minutes(d).median()), 0.3),
            _duration(lambda d: 60 * float(_ub_minutes(d).mean()), 0.3),
        ),
        (*_UB_ID, "Begin Trip Time", "Dropoff Time", "Request Time"),
    ),
    Q(
        "longest trip i took? in miles",
        _about(lambda d: float(d["Distance (miles)"].max()), rel=0.005),
        (*_UB_ID, "Distance (miles)", "Request Time", "Begin Trip Time"),
    ),
    Q(
        "where did that one drop me off",
        lambda a, d: _ub_drop(d)(a, d),
        (*_UB_ID, "Distance (miles)", "Dropoff Address", "Request Time", "Begin Trip Time", "City"),
    ),
    Q(
        "how much have i spent on uber in london",
        either(_money(_ub_london(False)), _money(_ub_london(True))),
        (*_UB_ID, "City", "Fare Amount", "Fare Currency"),
    ),
]


# --- 3. Airbnb host earnings (Airbnb "Transaction history" CSV export) --------------------------------------------

# listing: weight, nightly rate (low, high), cleaning fee, host service fee rate, nights "n:w;..."
_AB_LISTINGS: dict[str, tuple[float, tuple[float, float], float, float, str]] = {
    "Cozy Studio near Downtown": (45, (82, 128), 45.0, 0.03, "1:12;2:30;3:25;4:13;5:8;7:7;10:3;14:2"),
    "Sunny 2BR w/ Parking & Patio": (33, (145, 215), 85.0, 0.03, "2:25;3:30;4:18;5:12;6:5;7:8;14:2"),
    "Lakeview Cabin Retreat": (22, (210, 340), 120.0, 0.155, "2:35;3:30;4:12;5:8;7:12;10:3"),
}
_AB_FIRST = _split(
    "Emily;Jacob;Sofia;Liam;Olivia;Noah;Ava;Mason;Chloe;Ethan;Mia;Lucas;Isabella;Daniel;Harper;Ben;Grace;Ryan;"
    "Hannah;Carlos;Priya;Wei;Fatima;Jonas;Aiko;Marco;Lena;Omar;Julia;Kevin"
)
_AB_LAST = _split(
    "Smith;Johnson;Garcia;Brown;Miller;Davis;Martinez;Lee;Walker;Hall;Young;King;Wright;Lopez;Hill;Scott;Green;"
    "Adams;Baker;Nguyen;Patel;Kim;Schmidt;Rossi;Tanaka;Cohen;Silva;Khan"
)
_AB_COLUMNS = _split(
    "Date;Type;Confirmation Code;Booking date;Start date;Nights;Guest;Listing;Details;Reference;Currency;Amount;"
    "Paid out;Service fee;Cleaning fee;Gross earnings;Occupancy taxes"
)
_AB_CODE = "ABCDEFHJKMNPQRSTWXYZ0123456789"


def _ab_code(rng: np.random.Generator) -> str:
    return "HM" + "".join(_AB_CODE[int(i)] for i in rng.integers(0, len(_AB_CODE), 8))


def _ab_date(t: pd.Timestamp) -> str:
    return f"{t:%m/%d/%Y}"


def _airbnb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8803)
    listings = list(_AB_LISTINGS)
    blank = dict.fromkeys(_AB_COLUMNS)
    rows: list[dict[str, Any]] = []
    for _ in range(430):
        listing = str(_one(rng, listings, [v[0] for v in _AB_LISTINGS.values()]))
        _w, (lo, hi), cleaning, fee_rate, nights_table = _AB_LISTINGS[listing]
        start = pd.Timestamp(2022, 1, 3) + pd.Timedelta(days=int(rng.integers(0, 725)))
        summer = start.month in (6, 7, 8)
        nights = int(_draw(rng, nights_table))
        booked = start - pd.Timedelta(days=int(rng.integers(1, 120)))
        rate = float(rng.uniform(lo, hi)) * (1.25 if summer else 1.0)
        gross = round(rate * nights + cleaning, 2)
        fee = round(gross * fee_rate, 2)
        amount = round(gross - fee, 2)
        paid = start + pd.Timedelta(days=1)
        code = _ab_code(rng)
        taxes = round(0.06 * (gross - cleaning), 2) if listing == "Lakeview Cabin Retreat" else None
        rows.append(
            blank
            | {
                "Date": _ab_date(paid),
                "Type": "Payout",
                "Details": "Transfer to Checking ••••4821 (USD)",
                "Currency": "USD",
                "Paid out": amount,
                "_day": paid,
                "_o": 0,
            }
        )
        rows.append(
            blank
            | {
                "Date": _ab_date(paid),
                "Type": "Reservation",
                "Confirmation Code": code,
                "Booking date": _ab_date(booked),
                "Start date": _ab_date(start),
                "Nights": nights,
                "Guest": f"{_one(rng, _AB_FIRST)} {_one(rng, _AB_LAST)}",
                "Listing": listing,
                "Currency": "USD",
                "Amount": amount,
                "Service fee": fee,
                "Cleaning fee": cleaning,
                "Gross earnings": gross,
                "Occupancy taxes": taxes,
                "_day": paid,
                "_o": 1,
            }
        )
        if rng.random() < 0.035:
            later = paid + pd.Timedelta(days=int(rng.integers(nights + 2, nights + 20)))
            refund = rng.random() < 0.4
            value = -round(float(rng.uniform(30, 150)), 2) if refund else round(float(rng.uniform(60, 400)), 2)
            rows.append(
                blank
                | {
                    "Date": _ab_date(later),
                    "Type": "Resolution Adjustment",
                    "Confirmation Code": code,
                    "Listing": listing,
                    "Details": "Refund to guest" if refund else "Damage reimbursement",
                    "Reference": f"RC{int(rng.integers(10**7, 10**8))}",
                    "Currency": "USD",
                    "Amount": value,
                    "_day": later,
                    "_o": 1,
                }
            )
            if not refund:
                rows.append(
                    blank
                    | {
                        "Date": _ab_date(later),
                        "Type": "Payout",
                        "Details": "Transfer to Checking ••••4821 (USD)",
                        "Currency": "USD",
                        "Paid out": value,
                        "_day": later,
                        "_o": 0,
                    }
                )
    frame = pd.DataFrame(rows).sort_values(["_day", "_o"], ascending=[False, True], kind="stable", ignore_index=True)
    return frame[_AB_COLUMNS]


def _ab_type(d: pd.DataFrame, kind: str) -> pd.DataFrame:
    return d[_text(d["Type"]) == kind]


def _ab_made(column: str, adjustments: bool = False) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        rows = d[_text(d["Type"]) != "Payout"] if adjustments else _ab_type(d, "Reservation")
        return float(rows[column].sum())

    return total


def _ab_top(column: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        rows = _ab_type(d, "Reservation")
        return _top(rows.groupby(_text(rows["Listing"]))[column].sum())

    return top


def _ab_july(d: pd.DataFrame, distinct: bool = False) -> float:
    rows = _ab_type(d, "Reservation")
    start = pd.to_datetime(rows["Start date"], format="%m/%d/%Y")
    july = rows[(start.dt.year == 2023) & (start.dt.month == 7)]
    return float(_text(july["Guest"]).nunique() if distinct else len(july))


def _ab_paid_2023(d: pd.DataFrame) -> float:
    day = pd.to_datetime(d["Date"], format="%m/%d/%Y")
    return float(d.loc[day.dt.year == 2023, "Paid out"].sum())


def _ab_fee_share(d: pd.DataFrame) -> float:
    rows = _ab_type(d, "Reservation")
    return float(rows["Service fee"].sum() / rows["Gross earnings"].sum())


_AB_ID = ("Type", "Confirmation Code")
_AIRBNB_QS = [
    Q(
        "how much did i make from bookings in total",
        either(
            _money(_ab_made("Amount")),
            _money(_ab_made("Gross earnings")),
            _money(_ab_made("Amount", adjustments=True)),
            _money(lambda d: float(d["Paid out"].sum())),
        ),
        (*_AB_ID, "Amount", "Gross earnings", "Paid out", "Service fee", "Cleaning fee"),
    ),
    Q(
        "which listing earned the most",
        either(_lead(_named(_ab_top("Amount"))), _lead(_named(_ab_top("Gross earnings")))),
        (*_AB_ID, "Listing", "Amount", "Gross earnings"),
    ),
    Q(
        "avg length of stay?",
        _about(lambda d: float(_ab_type(d, "Reservation")["Nights"].mean()), rel=0.01),
        (*_AB_ID, "Nights", "Start date"),
    ),
    Q(
        "how many guests checked in during july 2023",
        either(_count(_ab_july), _count(lambda d: _ab_july(d, distinct=True))),
        (*_AB_ID, "Start date", "Guest", "Nights"),
    ),
    Q(
        "total payouts to my bank in 2023",
        _money(_ab_paid_2023),
        (*_AB_ID, "Date", "Paid out", "Details"),
    ),
    Q(
        "what share of my gross went to airbnb's fees",
        _share(_ab_fee_share),
        (*_AB_ID, "Service fee", "Gross earnings"),
    ),
]


# --- 4. GitHub issues export (issues of one repository via the REST API, flattened to CSV) -----------------------

_GH_LABELS = {
    "bug": 30.0,
    "enhancement": 22.0,
    "question": 9.0,
    "documentation": 8.0,
    "help wanted": 7.0,
    "good first issue": 5.0,
    "duplicate": 3.0,
    "wontfix": 2.5,
    "performance": 3.5,
}
_GH_USERS = _split(
    "octocat;jlee-dev;mariaf;k8s-fan;tomasz-w;dependabot[bot];ana-ux;rbrown;cheng-li;pkumar;sam-oss;gh-ops;"
    "lucas-m;nina_codes;dvorak;ojones;ibrahim-a;devnull42;yukiko;fpereira;hwang-j;ecarter;alexk;mfischer"
)
_GH_MAINTAINERS = _split("jlee-dev;mariaf;tomasz-w;cheng-li")
_GH_BUG_TITLES = _split(
    "Crash when opening large files;TypeError in parser on empty input;Memory leak in watcher;"
    "Wrong timezone in exported dates;CLI exits with code 0 on failure;Broken link in sidebar;"
    "Regression: config not loaded from home dir;Segfault on ARM64;Unicode filenames not handled;"
    "Flaky test test_sync_retry"
)
_GH_OTHER_TITLES = _split(
    "Add dark mode;Support YAML config;Document the plugin API;How do I set a proxy?;Add --json output flag;"
    "Improve startup time;Typo in README;Add Windows installer;Feature request: export to CSV;"
    "Update contributing guide;Allow custom templates;Question about licensing"
)
_GH_PR_TITLES = _split(
    "Fix typo in docs;Bump lodash from 4.17.20 to 4.17.21;Refactor config loader;Add tests for parser;"
    "Fix crash on empty input;Update CI to Node 18;Implement --json flag;Improve error messages"
)
_GH_COLUMNS = _split(
    "number;title;state;created_at;closed_at;user.login;labels;comments;assignee;milestone;is_pull_request"
)


def _gh_stamp(t: pd.Timestamp) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def _github_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8804)
    n = 2300
    start, end = pd.Timestamp(2018, 2, 1), pd.Timestamp(2023, 11, 30)
    # activity grows to 2021, then calms down
    weights = np.array([0.5, 0.8, 1.2, 1.6, 1.3, 1.0])
    years = np.sort(rng.choice(np.arange(2018, 2024), n, p=weights / weights.sum()))
    created: list[pd.Timestamp] = []
    for y in range(2018, 2024):
        k = int((years == y).sum())
        lo = max(pd.Timestamp(y, 1, 1), start)
        hi = min(pd.Timestamp(y, 12, 31, 23), end)
        span = (hi - lo).total_seconds()
        created += [lo + pd.Timedelta(seconds=int(s * span)) for s in np.sort(rng.uniform(0, 1, k))]
    users = list(_GH_USERS)
    user_w = [1 / (i + 1) ** 0.9 for i in range(len(users))]
    labels = list(_GH_LABELS)
    rows: list[dict[str, Any]] = []
    for i, made in enumerate(created):
        pr = rng.random() < 0.33
        user = str(_one(rng, users, user_w))
        chosen: list[str] = []
        if pr:
            if user == "dependabot[bot]" or rng.random() < 0.1:
                chosen = ["dependencies"]
            title = str(_one(rng, _GH_PR_TITLES))
        else:
            if user == "dependabot[bot]":
                user = "octocat"
            if rng.random() > 0.28:
                chosen = [str(_one(rng, labels, list(_GH_LABELS.values())))]
                if rng.random() < 0.25:
                    extra = str(_one(rng, labels, list(_GH_LABELS.values())))
                    if extra not in chosen:
                        chosen.append(extra)
            title = str(_one(rng, _GH_BUG_TITLES if "bug" in chosen else _GH_OTHER_TITLES))
        comments = int(rng.negative_binomial(1.2, 0.25))
        bug = "bug" in chosen
        days = float(rng.lognormal(np.log(1.5 if pr else 4.0 if bug else 12.0), 1.3)) * (1 + 0.18 * comments)
        closed_at = made + pd.Timedelta(days=days)
        age = (end - made).days
        still_open = closed_at > end or (rng.random() < (0.12 if "wontfix" not in chosen else 0.0) and age > 30)
        if "duplicate" in chosen:
            closed_at, still_open = made + pd.Timedelta(hours=float(rng.uniform(1, 48))), False
        rows.append(
            {
                "number": i + 1,
                "title": title,
                "state": "open" if still_open else "closed",
                "created_at": _gh_stamp(made),
                "closed_at": None if still_open else _gh_stamp(closed_at),
                "user.login": user,
                "labels": ";".join(chosen) if chosen else None,
                "comments": comments,
                "assignee": str(_one(rng, _GH_MAINTAINERS)) if rng.random() < (0.45 if bug else 0.25) else None,
                "milestone": f"v{1 + (made.year - 2018) // 2}.{int(rng.integers(0, 6))}"
                if rng.random() < 0.3
                else None,
                "is_pull_request": pr,
            }
        )
    frame = pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)
    return frame[_GH_COLUMNS]


def _gh_pr(d: pd.DataFrame) -> pd.Series:
    return _text(d["is_pull_request"]).str.lower() == "true"


def _gh_issues(with_prs: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    return lambda d: d if with_prs else d[~_gh_pr(d)]


def _gh_days(d: pd.DataFrame) -> pd.Series:
    made = pd.to_datetime(d["created_at"], utc=True)
    shut = pd.to_datetime(d["closed_at"], utc=True, errors="coerce")
    return (shut - made).dt.total_seconds() / 86400


def _gh_top_label(split: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        labels = d["labels"].dropna().astype(str)
        if split:
            labels = labels.str.split(";").explode().str.strip()
        return _top(labels.value_counts())

    return top


def _gh_bug_days(with_prs: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = _gh_issues(with_prs)(d)
        bug = rows["labels"].fillna("").astype(str).str.split(";").apply(lambda x: "bug" in x)
        days = _gh_days(rows[bug]).dropna()
        return float(getattr(days, how)())

    return value


def _gh_busy(with_prs: bool) -> Callable[[pd.DataFrame], float]:
    def year(d: pd.DataFrame) -> float:
        rows = _gh_issues(with_prs)(d)
        return float(_top(pd.to_datetime(rows["created_at"], utc=True).dt.year.astype(str).value_counts()))

    return year


def _gh_unassigned(with_prs: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_gh_issues(with_prs)(d)["assignee"].isna().mean())


def _gh_corr(with_prs: bool) -> Check:
    def closed(d: pd.DataFrame) -> pd.DataFrame:
        rows = _gh_issues(with_prs)(d)
        return rows.assign(_days=_gh_days(rows)).dropna(subset=["_days"])

    return _corr(lambda d: closed(d)["comments"], lambda d: closed(d)["_days"])


_GH_ID = ("number", "is_pull_request")
_GITHUB_QS = [
    Q(
        "how many issues are still open? not counting PRs",
        _count(lambda d: float(((_text(d["state"]) == "open") & ~_gh_pr(d)).sum())),
        (*_GH_ID, "state"),
    ),
    Q(
        "most common label?",
        either(_lead(_named(_gh_top_label(True))), _lead(_named(_gh_top_label(False)))),
        (*_GH_ID, "labels"),
    ),
    Q(
        "how long does it usually take to close a bug, in days",
        either(
            _about(_gh_bug_days(False, "median"), rel=0.02),
            _about(_gh_bug_days(False, "mean"), rel=0.02),
            _about(_gh_bug_days(True, "median"), rel=0.02),
            _about(_gh_bug_days(True, "mean"), rel=0.02),
        ),
        (*_GH_ID, "labels", "created_at", "closed_at", "state"),
    ),
    Q(
        "which year had the most new issues",
        either(_lead(_year(_gh_busy(False))), _lead(_year(_gh_busy(True)))),
        (*_GH_ID, "created_at"),
    ),
    Q(
        "what share of the issues have nobody assigned",
        either(_share(_gh_unassigned(False)), _share(_gh_unassigned(True))),
        (*_GH_ID, "assignee", "created_at"),
    ),
    Q(
        "do issues with more comments take longer to close?",
        either(_gh_corr(False), _gh_corr(True)),
        (*_GH_ID, "comments", "created_at", "closed_at", "state"),
    ),
]


# --- 5. WNBA player season totals (basketball-reference "Player Totals" tables, 2015-2023) -----------------------

_WN_TEAMS = {
    2015: "ATL;CHI;CON;IND;LAS;MIN;NYL;PHO;SAS;SEA;TUL;WAS",
    2016: "ATL;CHI;CON;DAL;IND;LAS;MIN;NYL;PHO;SAS;SEA;WAS",
    2018: "ATL;CHI;CON;DAL;IND;LAS;LVA;MIN;NYL;PHO;SEA;WAS",
}
_WN_GAMES = {2015: 34, 2016: 34, 2017: 34, 2018: 34, 2019: 34, 2020: 22, 2021: 32, 2022: 36, 2023: 40}
_WN_FIRST = _split(
    "Aja;Breanna;Candace;Diana;Elena;Sabrina;Skylar;Jewell;Kelsey;Arike;Napheesa;Jonquel;Alyssa;Chelsea;Courtney;"
    "Tina;Kahleah;Natasha;Brittney;Sylvia;Ariel;Dearica;Rhyne;Satou;Marina;Betnijah;Jackie;Aliyah;Allisha;Crystal;"
    "Erica;Kayla;Layshia;Nneka;Odyssey;Shakira;Tiffany;Victoria;Wendy;Yvonne;Lexie;Kia;Myisha;Rebecca;Stefanie;"
    "Jordin;Kiah;DiJonai;NaLyssa;Teaira"
)
_WN_LAST = _split(
    "Wilson;Stewart;Parker;Taurasi;Delle Donne;Ionescu;Diggins;Loyd;Plum;Ogunbowale;Collier;Jones;Thomas;Gray;"
    "Williams;Charles;Copper;Howard;Griner;Fowles;Atkins;Hamby;Howard;Sabally;Mabrey;Laney;Young;Boston;Gray;"
    "Dolson;Wheeler;McBride;Clarendon;Ogwumike;Sims;Hiedeman;Hayes;Vivians;Mitchell;Sutton;Brown;Nurse;Hines;"
    "Allen;Dolson;Canada;Stevens;Carrington;Smith;Sykes;Cooper;Rice;Bell;Turner"
)
_WN_COLUMNS = _split("Player;Team;Pos;G;GS;MP;FG;FGA;FG%;3P;3PA;3P%;FT;FTA;FT%;TRB;AST;STL;BLK;TOV;PF;PTS;Season")


def _wn_teams(season: int) -> list[str]:
    key = max(k for k in _WN_TEAMS if k <= season)
    return _split(_WN_TEAMS[key])


def _wn_line(rng: np.random.Generator, p: dict[str, Any], games: int, starts: int) -> dict[str, Any]:
    minutes = max(1, int(games * p["mpg"] * float(rng.uniform(0.85, 1.15))))
    fga = round(minutes * p["usage"] * float(rng.uniform(0.85, 1.15)))
    three_a = round(fga * p["three"] * float(rng.uniform(0.7, 1.3)))
    fg_pct = float(np.clip(rng.normal(p["fg"], 0.04), 0.2, 0.7))
    fg = round(fga * fg_pct)
    three = min(round(three_a * float(np.clip(rng.normal(p["tp"], 0.05), 0, 0.6))), fg)
    fta = round(fga * float(rng.uniform(0.15, 0.4)))
    ft = round(fta * float(np.clip(rng.normal(0.8, 0.07), 0.4, 1.0)))
    return {
        "G": games,
        "GS": starts,
        "MP": minutes,
        "FG": fg,
        "FGA": fga,
        "3P": three,
        "3PA": three_a,
        "FT": ft,
        "FTA": fta,
        "TRB": int(minutes * p["reb"] * float(rng.uniform(0.8, 1.2))),
        "AST": int(minutes * p["ast"] * float(rng.uniform(0.8, 1.2))),
        "STL": int(minutes * 0.035 * float(rng.uniform(0.5, 1.5))),
        "BLK": int(minutes * (0.05 if p["Pos"] == "C" else 0.012) * float(rng.uniform(0.5, 1.5))),
        "TOV": int(minutes * 0.06 * float(rng.uniform(0.7, 1.3))),
        "PF": int(minutes * 0.07 * float(rng.uniform(0.7, 1.3))),
    }


def _wn_finish(line: dict[str, Any]) -> dict[str, Any]:
    line["PTS"] = 2 * line["FG"] + line["3P"] + line["FT"]
    for made, tried, pct in (("FG", "FGA", "FG%"), ("3P", "3PA", "3P%"), ("FT", "FTA", "FT%")):
        line[pct] = round(line[made] / line[tried], 3) if line[tried] else None
    return line


def _wnba_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8805)
    players: list[dict[str, Any]] = []
    used: set[str] = set()
    while len(players) < 470:
        name = f"{_one(rng, _WN_FIRST)} {_one(rng, _WN_LAST)}"
        if name in used:
            continue
        used.add(name)
        pos = _draw(rng, "G:45;F:38;C:17")
        first = int(rng.integers(2009, 2024))
        star = float(rng.beta(2, 5))
        players.append(
            {
                "Player": name,
                "Pos": pos,
                "first": first,
                "last": first + int(rng.integers(1, 13)),
                "team": None,
                "mpg": 6 + 26 * star,
                "usage": 0.28 + 0.28 * star + float(rng.normal(0, 0.03)),
                "three": {"G": 0.42, "F": 0.3, "C": 0.08}[pos],
                "fg": {"G": 0.41, "F": 0.44, "C": 0.5}[pos],
                "tp": 0.33 if pos != "C" else 0.26,
                "reb": {"G": 0.11, "F": 0.19, "C": 0.27}[pos],
                "ast": {"G": 0.14, "F": 0.07, "C": 0.05}[pos],
            }
        )
    rows: list[dict[str, Any]] = []
    for season in range(2015, 2024):
        teams = _wn_teams(season)
        games = _WN_GAMES[season]
        active = [p for p in players if p["first"] <= season <= p["last"]]
        rng.shuffle(active)
        active = active[: 12 * 13]
        for i, p in enumerate(active):
            if p["team"] not in teams or rng.random() < 0.15:
                p["team"] = teams[i % len(teams)]
            played = int(np.clip(round(games * float(rng.uniform(0.35, 1.0))), 1, games))
            starts = int(played * float(np.clip((p["mpg"] - 14) / 16, 0, 1)))
            base = {"Player": p["Player"], "Pos": p["Pos"], "Season": season}
            if rng.random() < 0.05:
                other = str(_one(rng, [t for t in teams if t != p["team"]]))
                split = int(rng.integers(1, played)) if played > 1 else 1
                parts = []
                for team, g in ((p["team"], split), (other, max(1, played - split))):
                    parts.append(_wn_finish(base | {"Team": team} | _wn_line(rng, p, g, min(starts, g))))
                total = base | {"Team": "TOT"}
                for key in ("G", "GS", "MP", "FG", "FGA", "3P", "3PA", "FT", "FTA", "TRB", "AST", "STL", "BLK"):
                    total[key] = sum(x[key] for x in parts)
                for key in ("TOV", "PF"):
                    total[key] = sum(x[key] for x in parts)
                rows += [_wn_finish(total), *parts]
                p["team"] = other
            else:
                rows.append(_wn_finish(base | {"Team": p["team"]} | _wn_line(rng, p, played, starts)))
    frame = pd.DataFrame(rows)
    return frame[_WN_COLUMNS]


def _wn_players(d: pd.DataFrame) -> pd.DataFrame:
    """One row per player and season: the TOT row for traded players, the only row otherwise."""
    traded = d.loc[_text(d["Team"]) == "TOT", ["Player", "Season"]].apply(tuple, axis=1)
    keys = d[["Player", "Season"]].apply(tuple, axis=1)
    return d[(_text(d["Team"]) == "TOT") | ~keys.isin(set(traded))]


def _wn_teams_only(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Team"]) != "TOT"]


def _wn_top_2023(d: pd.DataFrame) -> Any:
    rows = d[d["Season"] == 2023]
    return rows["PTS"].idxmax()


def _wn_best_three(rows_of: Callable[[pd.DataFrame], pd.DataFrame]) -> Callable[[pd.DataFrame], str]:
    def best(d: pd.DataFrame) -> str:
        rows = rows_of(d)
        rows = rows[(rows["Season"] == 2022) & (rows["3PA"] >= 50)]
        return str(rows.loc[rows["3P%"].idxmax(), "Player"])

    return best


_WN_ID = ("Player", "Season", "Team")
_WNBA_QS = [
    Q(
        "who scored the most points in 2023",
        _lead(_named(lambda d: str(d.loc[_wn_top_2023(d), "Player"]))),
        (*_WN_ID, "PTS"),
    ),
    Q(
        "how many a game is that",
        _about(lambda d: float(d.loc[_wn_top_2023(d), "PTS"] / d.loc[_wn_top_2023(d), "G"]), rel=0.005),
        (*_WN_ID, "PTS", "G"),
    ),
    Q(
        "how many players played for more than one team in 2019",
        _count(lambda d: float(((_text(d["Team"]) == "TOT") & (d["Season"] == 2019)).sum())),
        _WN_ID,
    ),
    Q(
        "best 3 point shooter in 2022? at least 50 attempts",
        either(_lead(_named(_wn_best_three(_wn_players))), _lead(_named(_wn_best_three(lambda d: d)))),
        (*_WN_ID, "3P%", "3PA", "3P"),
    ),
    Q(
        "is there a correlation between minutes played and points",
        either(
            _corr(lambda d: _wn_players(d)["MP"], lambda d: _wn_players(d)["PTS"]),
            _corr(lambda d: _wn_teams_only(d)["MP"], lambda d: _wn_teams_only(d)["PTS"]),
            _corr(lambda d: d["MP"], lambda d: d["PTS"]),
        ),
        (*_WN_ID, "MP", "PTS"),
    ),
    Q(
        "how many points were scored in the whole league in 2021",
        _count(lambda d: float(_wn_teams_only(d).loc[lambda x: x["Season"] == 2021, "PTS"].sum())),
        (*_WN_ID, "PTS"),
    ),
]


# --- 6. UK weekly road fuel prices (DESNZ "Weekly road fuel prices", weekly_road_fuel_prices.csv) ----------------

_FP_PETROL = "ULSP:  Pump price (p/litre)"
_FP_DIESEL = "ULSD:  Pump price (p/litre)"
# (date, petrol, diesel) anchors of the weekly price path
_FP_PATH = (
    "2003-06-09|76.8|77.8;2004-06-07|81.9|82.9;2005-09-05|94.5|97.0;2006-08-07|97.5|99.0;2007-01-15|87.9|90.9;"
    "2007-11-26|102.5|106.9;2008-07-14|119.7|133.3;2009-01-05|87.0|95.4;2010-05-10|120.3|121.9;"
    "2011-05-09|137.4|143.0;2012-04-16|142.2|147.9;2013-03-04|140.0|146.9;2014-06-02|130.0|134.2;"
    "2015-01-26|106.6|113.4;2015-05-11|112.0|117.8;2016-01-18|101.6|101.9;2017-03-06|120.1|122.0;"
    "2018-10-22|131.4|139.0;2019-05-13|128.5|134.0;2020-05-25|103.5|108.9;2021-01-04|116.5|121.4;"
    "2021-11-15|147.5|151.5;2022-03-21|165.4|178.9;2022-07-04|191.4|199.1;2022-12-26|151.2|178.9;"
    "2023-05-29|144.0|148.6;2023-09-18|156.9|163.1;2023-12-18|142.3|149.9"
)
_FP_DUTY = (
    "2003-06-09|45.82;2003-10-01|47.10;2006-12-07|48.35;2007-10-01|50.35;2008-12-01|52.35;2009-04-01|54.19;"
    "2009-09-01|56.19;2010-04-01|57.19;2010-10-01|58.19;2011-01-01|58.95;2011-03-23|57.95;2022-03-23|52.95"
)
_FP_VAT = "2003-06-09|17.5;2008-12-01|15;2010-01-01|17.5;2011-01-04|20"


def _fp_step(table: str, day: pd.Timestamp) -> float:
    value = 0.0
    for row in _split(table):
        when, v = row.split("|")
        if pd.Timestamp(when) <= day:
            value = float(v)
    return value


def _fuel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8806)
    weeks = pd.date_range("2003-06-09", "2023-12-18", freq="7D")
    anchors = [x.split("|") for x in _split(_FP_PATH)]
    at = np.array([(pd.Timestamp(a[0]) - weeks[0]).days for a in anchors], dtype=float)
    x = np.asarray((weeks - weeks[0]).days, dtype=float)
    petrol = np.interp(x, at, [float(a[1]) for a in anchors])
    diesel = np.interp(x, at, [float(a[2]) for a in anchors])
    wobble = np.cumsum(rng.normal(0, 0.25, len(weeks)))
    wobble -= np.convolve(wobble, np.ones(9) / 9, mode="same")
    rows = []
    for i, week in enumerate(weeks):
        rows.append(
            {
                "Date": f"{week:%d/%m/%Y}",
                _FP_PETROL: round(float(petrol[i] + wobble[i] + rng.normal(0, 0.12)), 2),
                _FP_DIESEL: round(float(diesel[i] + wobble[i] + rng.normal(0, 0.12)), 2),
                "ULSP:  Duty rate (p/litre)": _fp_step(_FP_DUTY, week),
                "ULSD:  Duty rate (p/litre)": _fp_step(_FP_DUTY, week),
                "ULSP:  VAT (% rate)": _fp_step(_FP_VAT, week),
                "ULSD:  VAT (% rate)": _fp_step(_FP_VAT, week),
            }
        )
    frame = pd.DataFrame(rows)
    gaps = rng.choice(np.arange(10, len(frame) - 10), 6, replace=False)
    return frame.drop(index=gaps).reset_index(drop=True)


def _fp(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_day=pd.to_datetime(d["Date"], format="%d/%m/%Y"))


def _fp_peak(d: pd.DataFrame) -> pd.Timestamp:
    f = _fp(d)
    return pd.Timestamp(f.loc[f[_FP_PETROL].idxmax(), "_day"])


def _fp_year_mean(d: pd.DataFrame) -> float:
    f = _fp(d)
    return float(f.loc[f["_day"].dt.year == 2015, _FP_DIESEL].mean())


def _fp_latest_duty(d: pd.DataFrame) -> float:
    f = _fp(d)
    last = f.loc[f["_day"].idxmax()]
    return float(last["ULSP:  Duty rate (p/litre)"] / last[_FP_PETROL])


_FP_ID = ("Date",)
_FUEL_QS = [
    Q(
        "when was petrol the most expensive",
        either(_day(_fp_peak), _month_year(_fp_peak)),
        (*_FP_ID, _FP_PETROL),
    ),
    Q(
        "what was the price then",
        _about(lambda d: float(d[_FP_PETROL].max()), rel=0.001),
        (*_FP_ID, _FP_PETROL),
    ),
    Q(
        "average diesel price in 2015?",
        _about(_fp_year_mean, rel=0.002),
        (*_FP_ID, _FP_DIESEL),
    ),
    Q(
        "on average how much dearer is diesel than petrol",
        _about(lambda d: float((d[_FP_DIESEL] - d[_FP_PETROL]).mean()), rel=0.01),
        (*_FP_ID, _FP_PETROL, _FP_DIESEL),
    ),
    Q(
        "how many weeks was diesel over 150p",
        _count(lambda d: float((d[_FP_DIESEL] > 150).sum())),
        (*_FP_ID, _FP_DIESEL),
    ),
    Q(
        "in the latest week what % of the petrol price was fuel duty",
        _share(_fp_latest_duty),
        (*_FP_ID, _FP_PETROL, "ULSP:  Duty rate (p/litre)"),
    ),
]


# --- 7. London Marathon results (results.tcslondonmarathon.com search export, 2021-2023) -------------------------

_LM_CATEGORIES = "18-39:50;40-44:14;45-49:12;50-54:10;55-59:7;60-64:4;65-69:2;70-74:0.8;75-79:0.3;80+:0.1"
_LM_SLOWER = {
    "18-39": 0.0,
    "40-44": -0.01,
    "45-49": 0.015,
    "50-54": 0.04,
    "55-59": 0.07,
    "60-64": 0.11,
    "65-69": 0.16,
    "70-74": 0.22,
    "75-79": 0.3,
    "80+": 0.4,
}
_LM_COUNTRIES = "GBR:78;IRL:3;USA:3;FRA:2.5;GER:2;ITA:2;ESP:1.8;NED:1.5;AUS:1.2;CAN:1;BEL:0.8;SWE:0.7;CHN:0.5"
_LM_CLUBS = _split(
    "Serpentine RC;Highgate Harriers;Clapham Chasers;Herne Hill Harriers;Run Dem Crew;Thames Hare & Hounds;"
    "Fulham Running Club;Dulwich Runners AC;Leeds City AC;Good Gym;Mornington Chasers;Victoria Park Harriers"
)
_LM_FIRST_M = _split("James;John;David;Michael;Tom;Chris;Daniel;Mark;Paul;Ben;Luke;Sam;Pierre;Marco;Jan;Liam")
_LM_FIRST_W = _split("Sarah;Emma;Laura;Kate;Rachel;Sophie;Hannah;Claire;Lucy;Anna;Amy;Jess;Marie;Giulia;Siobhan")
_LM_LAST = _split(
    "Smith;Jones;Taylor;Brown;Williams;Wilson;Johnson;Davies;Robinson;Wright;Thompson;Evans;Walker;White;Roberts;"
    "Green;Hall;Wood;Jackson;Clarke;Murphy;Kelly;Martin;Muller;Rossi;Garcia;Dubois;Jansen;Patel;Khan;Ahmed"
)
_LM_COLUMNS = _split(
    "Place (Overall);Place (Gender);Place (Category);Name;Club;Runner Number;Category;Half;Finish;Gender;Year"
)


def _lm_clock(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _marathon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8807)
    rows: list[dict[str, Any]] = []
    for year, n in ((2021, 1300), (2022, 1500), (2023, 1700)):
        for _ in range(n):
            woman = rng.random() < 0.41
            cat = _draw(rng, _LM_CATEGORIES)
            base = 4.55 if woman else 4.15
            hours = base * float(rng.lognormal(0, 0.17)) * (1 + _LM_SLOWER[cat])
            if rng.random() < 0.01:
                hours = float(rng.uniform(2.35, 2.75) if woman else rng.uniform(2.1, 2.6))
            finish = float(np.clip(hours, 2.05, 8.5)) * 3600
            fade = float(np.clip(rng.normal(0.06, 0.06), -0.04, 0.35))
            half = finish / (2 + fade)
            country = _draw(rng, _LM_COUNTRIES)
            first = str(_one(rng, _LM_FIRST_W if woman else _LM_FIRST_M))
            dnf = rng.random() < 0.018
            rows.append(
                {
                    "Name": f"{_one(rng, _LM_LAST)}, {first} ({country})",
                    "Club": str(_one(rng, _LM_CLUBS)) if rng.random() < 0.12 else None,
                    "Runner Number": int(rng.integers(1000, 62000)),
                    "Category": cat,
                    "Half": None if rng.random() < 0.008 else _lm_clock(half),
                    "Finish": "DNF" if dnf else _lm_clock(finish),
                    "Gender": "W" if woman else "M",
                    "Year": year,
                    "_t": np.inf if dnf else finish,
                }
            )
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["Year", "_t"], kind="stable", ignore_index=True)
    done = np.isfinite(frame["_t"])
    frame["Place (Overall)"] = frame[done].groupby("Year").cumcount() + 1
    frame["Place (Gender)"] = frame[done].groupby(["Year", "Gender"]).cumcount() + 1
    frame["Place (Category)"] = frame[done].groupby(["Year", "Gender", "Category"]).cumcount() + 1
    for col in ("Place (Overall)", "Place (Gender)", "Place (Category)"):
        frame[col] = frame[col].astype("Int64")
    return frame[_LM_COLUMNS]


def _lm_seconds(s: pd.Series) -> pd.Series:
    return pd.to_timedelta(_text(s).where(_text(s).str.match(r"^\d+:\d\d:\d\d$")), errors="coerce").dt.total_seconds()


def _lm_finish(d: pd.DataFrame, women: bool | None, how: str) -> float:
    rows = d if women is None else d[_text(d["Gender"]) == ("W" if women else "M")]
    return float(getattr(_lm_seconds(rows["Finish"]).dropna(), how)())


def _lm_typical(women: bool | None) -> Check:
    return either(
        _duration(lambda d: _lm_finish(d, women, "mean")),
        _duration(lambda d: _lm_finish(d, women, "median")),
    )


def _lm_fastest_group(how: str) -> Callable[[pd.DataFrame], str]:
    def best(d: pd.DataFrame) -> str:
        t = _lm_seconds(d["Finish"])
        return _bottom(getattr(t.groupby(_text(d["Category"])), how)())

    return best


def _lm_abroad(finishers: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        rows = d[_lm_seconds(d["Finish"]).notna()] if finishers else d
        code = _text(rows["Name"]).str.extract(r"\((\w+)\)\s*$")[0]
        return float((code != "GBR").mean())

    return share


def _lm_fade(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        half, finish = _lm_seconds(d["Half"]), _lm_seconds(d["Finish"])
        return float(getattr((finish - 2 * half).dropna(), how)())

    return value


_LM_ID = ("Name", "Runner Number", "Year")
_MARATHON_QS = [
    Q("whats the average finish time", _lm_typical(None), (*_LM_ID, "Finish")),
    Q("and for women?", _lm_typical(True), (*_LM_ID, "Finish", "Gender")),
    Q(
        "how many people ran under 3 hours",
        _count(lambda d: float((_lm_seconds(d["Finish"]) < 3 * 3600).sum())),
        (*_LM_ID, "Finish"),
    ),
    Q(
        "which age group has the fastest times on average",
        either(_lead(_named(_lm_fastest_group("mean"))), _lead(_named(_lm_fastest_group("median")))),
        (*_LM_ID, "Finish", "Category"),
    ),
    Q(
        "what % of runners aren't from the uk",
        either(_share(_lm_abroad(False)), _share(_lm_abroad(True))),
        (*_LM_ID,),
    ),
    Q(
        "on average how much slower was the second half than the first? in minutes",
        either(_duration(_lm_fade("mean"), 0.1), _duration(_lm_fade("median"), 0.1)),
        (*_LM_ID, "Half", "Finish"),
    ),
]

HELDOUT88: list[Dataset] = [
    Dataset("personal_budget_tracker", _budget_frame, _BUDGET_QS),
    Dataset("uber_rider_trips", _uber_frame, _UBER_QS),
    Dataset("airbnb_host_earnings", _airbnb_frame, _AIRBNB_QS),
    Dataset("github_issues_export", _github_frame, _GITHUB_QS),
    Dataset("wnba_player_season_totals", _wnba_frame, _WNBA_QS),
    Dataset("uk_weekly_road_fuel_prices", _fuel_frame, _FUEL_QS),
    Dataset("london_marathon_results", _marathon_frame, _MARATHON_QS),
]
