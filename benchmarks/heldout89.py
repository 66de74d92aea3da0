"""HELDOUT89: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files people download and bring along: a Mint transactions export
(transactions.csv, 2022-2023, newest first) with Date "3/14/2023" (no zero padding), a short Description beside the
bank's upper-case Original Description with store numbers and towns ("TRADER JOE'S #552 QPS SEATTLE WA"), Amount
always positive with Transaction Type debit / credit saying which way it went, Mint categories (Groceries,
Restaurants, Coffee Shops, Gas & Fuel, Shopping, Mortgage & Rent, Utilities, Internet, Entertainment, Paycheck,
Transfer, Credit Card Payment), both legs of transfers and card payments (a debit in one account, a credit in the
other), Amazon refunds as Shopping credits, Account Name, Labels mostly blank ("Tax Related", "Reimbursable") and
Notes mostly blank; a Toggl Track detailed time-entries export (January to June 2023, five people) with User, Email,
Client (blank for internal projects), Project, Task (mostly blank), Description, Billable Yes / No, Start date
"2023-03-14", Start time "09:05:00", End date (the next day for entries past midnight), End time, Duration
"01:30:00", Tags ("meeting", "dev, urgent", often blank) and Amount (USD) at the person's hourly rate, blank when
not billable; the EPA fuel economy vehicles.csv (model years 1984-2024, about 2,300 rows, a subset of its columns
in its alphabetical order: barrels08, city08, co2TailpipeGpm, comb08, cylinders, displ, drive, feScore (-1 before
2013), fuelCost08, fuelType, highway08, id, make, model, range (0 except electric cars), trany, VClass, year,
youSaveSpend, atvType) where electric cars have blank cylinders and displ, MPGe in the mpg columns, zero tailpipe
CO2 and "Automatic (A1)" gearboxes, fuel types Regular / Premium / Midgrade / Diesel / Electricity / "Gasoline or
E85" / "Premium or E85" / "Regular Gas and Electricity" / "Premium Gas or Electricity", gearboxes written "Automatic
4-spd", "Manual 5-spd", "Automatic (S6)", "Automatic (AV-S7)" or "Automatic (variable gear ratios)", drive blank or
"2-Wheel Drive" on a few old rows, annual fuel cost rounded to $50, youSaveSpend the five-year saving against an
average car rounded to $250 (negative when the car costs more) and atvType blank / EV / Hybrid / Plug-in Hybrid /
Diesel / FFV; Seattle Public Library's Checkouts by Title (2021-2023, one row per title, material and month with
checkouts) with UsageClass Physical / Digital, CheckoutType Horizon for physical items and OverDrive or Hoopla for
digital ones, MaterialType BOOK / EBOOK / AUDIOBOOK / VIDEODISC / SOUNDDISC, CheckoutYear, CheckoutMonth 1-12,
Checkouts, Title as the catalogue writes it for physical items ("The silent river / Jane Doe.") and plainly for
digital ones ("The Silent River"), ISBN blank for physical and Hoopla items and "9780590353427, 0590353420" lists
for OverDrive ones, Creator "Doe, Jane" for physical and "Jane Doe" for digital items, Subjects, Publisher
("Scholastic," with its trailing comma for physical items) and PublicationYear "2019" / "[2019]" / "c2018" / blank;
a Coinbase transaction history (2021-2023) with its three preamble lines above the header (the tax sentence,
"Transactions" and "User,<name>,<id>"), so the frame's header is that sentence and "Unnamed: 1" ..., every column
reads as text and the real header is the third row: Timestamp "2023-03-14T10:22:31Z", Transaction Type Buy / Sell /
Send / Receive / Convert / Rewards Income, Asset BTC / ETH / SOL / USDC, Quantity Transacted, Spot Price Currency
USD, Spot Price at Transaction, Subtotal, Total (inclusive of fees and/or spread) and Fees and/or Spread (blank for
sends and receives, 0 for rewards; a sell's total is its subtotal less the fee) and Notes ("Bought 0.01 BTC for
$250.00 USD", "Converted 100 USDC to 0.051 ETH", "Sent 0.012 BTC to 3FZbgi29..."); ODI cricket career batting
records (Cricinfo style, 1,500 players) with Player "SR Tendulkar (INDIA)" (some with several teams, "(Asia/ICC/SL)",
"(AUS/ICC)"), Span "1989-2012", Mat, Inns, NO, Runs, HS with an asterisk for not out ("200*"), Ave "-" when never
out, BF and SR "-" for early players whose balls were not recorded, and 100, 50 and 0 counts; and a FRED download of
DGS10, the daily 10-year Treasury yield in percent (observation_date "2023-03-14", weekdays from 2005 to 2023, so
under 5,000 rows; "." on federal holidays). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _said, _share, _split, _text, _year
from .heldout38 import _draw
from .heldout40 import _top_named
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
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


def _num(s: pd.Series) -> pd.Series:
    """Numbers written as text ("$1,234.50", "-", "."), anything unreadable as NaN."""
    cleaned = _text(s).str.replace(r"[$,\s]", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce")


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or in thousands / millions ("$12.3k", "1.2 million")."""
    return _scaled(value, (1e3, 1e6))


# --- 1. Mint transactions export (transactions.csv) ----------------------------------------------------------------

_MT_COLUMNS = _split("Date;Description;Original Description;Amount;Transaction Type;Category;Account Name;Labels;Notes")
# description: category, account, original descriptions ("|" between), typical amount, spread, visits a month
_MT_SHOPS: dict[str, tuple[str, str, str, float, float, float]] = {
    "Trader Joe's": ("Groceries", "Amex Blue Cash", "TRADER JOE'S #552 QPS SEATTLE WA", 48, 0.45, 4.5),
    "Safeway": ("Groceries", "Amex Blue Cash", "SAFEWAY #1965 SEATTLE WA|SAFEWAY #0477 SEATTLE WA", 62, 0.5, 3.0),
    "Whole Foods": ("Groceries", "Amex Blue Cash", "WHOLEFDS WLH 10236 SEATTLE WA", 55, 0.5, 1.6),
    "Costco": ("Groceries", "Chase Sapphire Preferred", "COSTCO WHSE #0001 SEATTLE WA", 165, 0.4, 1.0),
    "Chipotle": ("Restaurants", "Chase Sapphire Preferred", "CHIPOTLE 1687 SEATTLE WA", 14, 0.2, 2.5),
    "Domino's": ("Restaurants", "Chase Sapphire Preferred", "DOMINO'S 7349 206-555-0134 WA", 27, 0.25, 1.2),
    "Tilikum Place Cafe": ("Restaurants", "Chase Sapphire Preferred", "TST* TILIKUM PLACE CAFE SEATTLE WA", 68, 0.4, 1),
    "Pho Bac": ("Restaurants", "Chase Sapphire Preferred", "SQ *PHO BAC SUP SHOP SEATTLE WA", 24, 0.3, 1.5),
    "Starbucks": ("Coffee Shops", "Chase Sapphire Preferred", "STARBUCKS STORE 05678 SEATTLE WA", 6.4, 0.3, 9),
    "Shell": ("Gas & Fuel", "Chase Sapphire Preferred", "SHELL OIL 57444032 SEATTLE WA", 52, 0.3, 1.6),
    "Chevron": ("Gas & Fuel", "Chase Sapphire Preferred", "CHEVRON 0203311 SEATTLE WA", 49, 0.3, 1.0),
    "Amazon": (
        "Shopping",
        "Amex Blue Cash",
        "AMAZON.COM*2K4JD83 AMZN.COM/BILL WA|AMZN MKTP US*1R7TU5 AMZN.COM/BILL",
        38,
        0.8,
        5,
    ),
    "Target": ("Shopping", "Amex Blue Cash", "TARGET 00027805 SEATTLE WA", 46, 0.6, 1.5),
}
_MT_MONTHLY: dict[str, tuple[str, str, str, float, float, int]] = {
    "Avalon Apartments": ("Mortgage & Rent", "Chase Checking", "AVALON CAPITOL HILL ACH PMT", 2150, 0, 1),
    "Seattle City Light": ("Utilities", "Chase Checking", "SEATTLE CITY LIGHT WEB PMT", 78, 0.25, 12),
    "Comcast": ("Internet", "Chase Checking", "COMCAST XFINITY 800-266-2278 WA", 79.99, 0, 20),
    "Netflix": ("Entertainment", "Amex Blue Cash", "NETFLIX.COM 866-579-7172 CA", 15.49, 0, 8),
    "Spotify": ("Entertainment", "Amex Blue Cash", "SPOTIFY USA 877-7781161 NY", 10.99, 0, 14),
}
_MT_LABELS = "Tax Related:2;Reimbursable:3;Vacation:1;:94"
_MT_NOTES = "split with Sam:1;work lunch:1;birthday:0.5;:97.5"


def _mt_row(day: pd.Timestamp, desc: str, original: str, amount: float, kind: str, cat: str, account: str) -> dict:
    return {
        "day": day,
        "Description": desc,
        "Original Description": original,
        "Amount": round(float(amount), 2),
        "Transaction Type": kind,
        "Category": cat,
        "Account Name": account,
    }


def _mint_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8901)
    rows: list[dict[str, Any]] = []
    months = pd.date_range("2022-01-01", "2023-12-01", freq="MS")
    for month in months:
        days = pd.date_range(month, month + pd.offsets.MonthEnd(0))
        for desc, (cat, account, originals, typical, spread, visits) in _MT_SHOPS.items():
            for _ in range(int(rng.poisson(visits))):
                day = days[int(rng.integers(len(days)))]
                amount = typical * float(rng.lognormal(0, spread))
                original = str(_one(rng, originals.split("|")))
                rows.append(_mt_row(day, desc, original, amount, "debit", cat, account))
                if desc == "Amazon" and rng.random() < 0.08:
                    back = day + pd.Timedelta(days=int(rng.integers(3, 20)))
                    rows.append(_mt_row(back, desc, original, amount, "credit", cat, account))
        for desc, (cat, account, original, typical, spread, day_of) in _MT_MONTHLY.items():
            amount = typical * (float(rng.lognormal(0, spread)) if spread else 1.0)
            if desc == "Avalon Apartments" and month >= pd.Timestamp("2023-07-01"):
                amount = 2240.0
            rows.append(_mt_row(month + pd.Timedelta(days=day_of - 1), desc, original, amount, "debit", cat, account))
        for day_of in (14, 28):
            pay = 2846.17 if month < pd.Timestamp("2023-04-01") else 2991.42
            rows.append(
                _mt_row(
                    month + pd.Timedelta(days=day_of),
                    "Acme Corp Payroll",
                    "ACME CORP DIR DEP PPD ID: 9111111101",
                    pay,
                    "credit",
                    "Paycheck",
                    "Chase Checking",
                )
            )
        if month.month == 3:
            rows.append(
                _mt_row(
                    month + pd.Timedelta(days=14),
                    "Acme Corp Payroll",
                    "ACME CORP BONUS DIR DEP PPD",
                    4200.0,
                    "credit",
                    "Paycheck",
                    "Chase Checking",
                )
            )
        save = float(_one(rng, [300, 500, 500, 750]))
        day = month + pd.Timedelta(days=15)
        rows.append(
            _mt_row(
                day,
                "Transfer to Ally Savings",
                "ONLINE TRANSFER TO ALLY SAVINGS XXXXXX4821",
                save,
                "debit",
                "Transfer",
                "Chase Checking",
            )
        )
        rows.append(
            _mt_row(
                day,
                "Transfer from Chase",
                "ONLINE TRANSFER FROM CHASE XXXXXX1187",
                save,
                "credit",
                "Transfer",
                "Ally Savings",
            )
        )
        for card in ("Chase Sapphire Preferred", "Amex Blue Cash"):
            paid = round(float(rng.uniform(600, 1500)), 2)
            day = month + pd.Timedelta(days=int(rng.integers(20, 27)))
            rows.append(
                _mt_row(
                    day,
                    f"{card.split()[0]} Card Payment",
                    f"{card.upper()} AUTOPAY PPD",
                    paid,
                    "debit",
                    "Credit Card Payment",
                    "Chase Checking",
                )
            )
            rows.append(
                _mt_row(
                    day,
                    "Payment Thank You",
                    "AUTOMATIC PAYMENT - THANK YOU",
                    paid,
                    "credit",
                    "Credit Card Payment",
                    card,
                )
            )
    frame = pd.DataFrame(rows)
    frame = frame[frame["day"] <= pd.Timestamp("2023-12-31")]
    frame = frame.sort_values("day", ascending=False, kind="stable").reset_index(drop=True)
    frame["Date"] = [f"{d.month}/{d.day}/{d.year}" for d in frame["day"]]
    frame["Labels"] = [_draw(rng, _MT_LABELS) or None for _ in range(len(frame))]
    frame["Notes"] = [_draw(rng, _MT_NOTES) or None for _ in range(len(frame))]
    return frame[_MT_COLUMNS]


def _mt_debits(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Transaction Type"]) == "debit"]


def _mt_spending(net: bool) -> Callable[[pd.DataFrame], str]:
    """The category with the most spending, leaving out rent, transfers, card payments and pay."""

    def top(d: pd.DataFrame) -> str:
        skip = ["Mortgage & Rent", "Transfer", "Credit Card Payment", "Paycheck"]
        rows = d[~_text(d["Category"]).isin(skip)]
        sign = np.where(_text(rows["Transaction Type"]) == "debit", 1.0, -1.0 if net else 0.0)
        return _top((rows["Amount"] * sign).groupby(_text(rows["Category"])).sum())

    return top


def _mt_march(all_debits: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        day = pd.to_datetime(d["Date"], format="%m/%d/%Y")
        rows = _mt_debits(d[(day.dt.year == 2023) & (day.dt.month == 3)])
        if not all_debits:
            rows = rows[~_text(rows["Category"]).isin(["Transfer", "Credit Card Payment"])]
        return float(rows["Amount"].sum())

    return total


def _mt_grocer(d: pd.DataFrame) -> str:
    return _top(_text(d.loc[_text(d["Category"]) == "Groceries", "Description"]).value_counts())


_MT_ID = ("Date", "Description", "Transaction Type")
_MINT_QS = [
    Q(
        "how much did i spend on groceries in total?",
        _money(lambda d: float(_mt_debits(d).loc[_text(_mt_debits(d)["Category"]) == "Groceries", "Amount"].sum())),
        (*_MT_ID, "Category", "Amount"),
    ),
    Q(
        "what do i spend the most on? leave out rent, transfers and card payments",
        either(_lead(_named(_mt_spending(False))), _lead(_named(_mt_spending(True)))),
        (*_MT_ID, "Category", "Amount"),
    ),
    Q(
        "whats my average paycheck",
        has(lambda d: float(d.loc[_text(d["Category"]) == "Paycheck", "Amount"].mean())),
        (*_MT_ID, "Category", "Amount"),
    ),
    Q(
        "how much did i spend in march 2023",
        either(_money(_mt_march(False)), _money(_mt_march(True))),
        (*_MT_ID, "Amount", "Category"),
    ),
    Q(
        "where do i buy groceries most often",
        _lead(_named(_mt_grocer)),
        (*_MT_ID, "Category", "Original Description"),
    ),
    Q(
        "how much have i spent there altogether",
        _money(
            lambda d: float(_mt_debits(d).loc[_text(_mt_debits(d)["Description"]) == _mt_grocer(d), "Amount"].sum())
        ),
        (*_MT_ID, "Category", "Amount", "Original Description"),
    ),
]


# --- 2. Toggl Track detailed time entries (Toggl_time_entries_2023-01-01_to_2023-06-30.csv) ------------------------

_TG_COLUMNS = _split(
    "User;Email;Client;Project;Task;Description;Billable;Start date;Start time;End date;End time;Duration;Tags;"
    "Amount (USD)"
)
# user: email, hourly rate, entries a day
_TG_USERS: dict[str, tuple[str, float, float]] = {
    "Maya Patel": ("maya@brightpixel.io", 150, 3.2),
    "Jordan Lee": ("jordan@brightpixel.io", 120, 3.8),
    "Sam Okafor": ("sam@brightpixel.io", 110, 3.0),
    "Lena Fischer": ("lena@brightpixel.io", 135, 2.6),
    "Chris Novak": ("chris.novak@brightpixel.io", 95, 3.5),
}
# project: client, weight, tasks
_TG_PROJECTS: dict[str, tuple[str, float, str]] = {
    "Website Redesign": ("Acme Corp", 18, "Wireframes;Frontend build;QA"),
    "SEO Retainer": ("Acme Corp", 6, "Keyword research;Monthly report"),
    "Mobile App": ("Globex", 20, "iOS;Android;API"),
    "Data Migration": ("Initech", 12, "Schema mapping;ETL scripts"),
    "Support": ("Initech", 7, "Tickets"),
    "Patient Portal": ("Umbrella Health", 14, "Discovery;Design system;Backend"),
    "Internal": ("", 13, "Admin;Hiring"),
    "Sales & Marketing": ("", 6, "Proposals;Blog"),
}
_TG_WORDS = _split(
    "Standup;Bug fixes;Design review;Client call;Code review;Sprint planning;Implement login flow;Write tests;"
    "Fix layout issues;Deploy to staging;Research;Email;Documentation;Performance tuning;Retro"
)
_TG_TAGS = "meeting:14;dev:26;design:10;dev, urgent:4;meeting, client:6;:40"


def _hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _toggl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8902)
    projects = list(_TG_PROJECTS)
    weights = [v[1] for v in _TG_PROJECTS.values()]
    rows: list[dict[str, Any]] = []
    for day in pd.bdate_range("2023-01-02", "2023-06-30"):
        for user, (email, rate, per_day) in _TG_USERS.items():
            if rng.random() < 0.06:
                continue
            clock = day + pd.Timedelta(hours=8, minutes=int(rng.integers(0, 90)))
            for _ in range(max(1, int(rng.poisson(per_day)))):
                project = str(_one(rng, projects, weights))
                client, _w, tasks = _TG_PROJECTS[project]
                seconds = int(np.clip(rng.lognormal(np.log(4200), 0.7), 300, 5 * 3600))
                if rng.random() < 0.01:
                    clock = day + pd.Timedelta(hours=22, minutes=int(rng.integers(0, 50)))
                end = clock + pd.Timedelta(seconds=seconds)
                billable = bool(client) and rng.random() < 0.9
                rows.append(
                    {
                        "User": user,
                        "Email": email,
                        "Client": client or None,
                        "Project": project,
                        "Task": str(_one(rng, _split(tasks))) if rng.random() < 0.4 else None,
                        "Description": str(_one(rng, _TG_WORDS)) if rng.random() > 0.03 else None,
                        "Billable": "Yes" if billable else "No",
                        "Start date": f"{clock:%Y-%m-%d}",
                        "Start time": f"{clock:%H:%M:%S}",
                        "End date": f"{end:%Y-%m-%d}",
                        "End time": f"{end:%H:%M:%S}",
                        "Duration": _hms(seconds),
                        "Tags": _draw(rng, _TG_TAGS) or None,
                        "Amount (USD)": round(rate * seconds / 3600, 2) if billable else None,
                    }
                )
                clock = end + pd.Timedelta(minutes=int(rng.integers(0, 40)))
    return pd.DataFrame(rows)[_TG_COLUMNS]


def _tg_hours(d: pd.DataFrame) -> pd.Series:
    parts = _text(d["Duration"]).str.split(":", expand=True).astype(float)
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def _tg_billable_share(by_time: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        yes = _text(d["Billable"]) == "Yes"
        return float(_tg_hours(d)[yes].sum() / _tg_hours(d).sum()) if by_time else float(yes.mean())

    return share


def _tg_client(d: pd.DataFrame) -> str:
    return _top(d["Amount (USD)"].groupby(_text(d["Client"])).sum())


def _tg_client_hours(billable_only: bool) -> Callable[[pd.DataFrame], float]:
    def hours(d: pd.DataFrame) -> float:
        rows = _text(d["Client"]) == _tg_client(d)
        if billable_only:
            rows &= _text(d["Billable"]) == "Yes"
        return float(_tg_hours(d)[rows].sum())

    return hours


_TG_ID = ("User", "Start date", "Description")
_TOGGL_QS = [
    Q(
        "how many hours did each person log in total",
        _about(lambda d: _tg_hours(d).groupby(_text(d["User"])).sum(), rel=0.005),
        (*_TG_ID, "Duration", "Start time", "End time", "End date"),
    ),
    Q(
        "what share of the time is billable?",
        either(_share(_tg_billable_share(True)), _share(_tg_billable_share(False))),
        (*_TG_ID, "Billable", "Duration"),
    ),
    Q(
        "which client brought in the most money",
        _lead(_named(_tg_client)),
        (*_TG_ID, "Client", "Amount (USD)"),
    ),
    Q(
        "how many hours did we put into them?",
        either(_about(_tg_client_hours(False), rel=0.005), _about(_tg_client_hours(True), rel=0.005)),
        (*_TG_ID, "Client", "Duration", "Amount (USD)", "Billable"),
    ),
    Q(
        "how much did we bill in march",
        _money(lambda d: float(d.loc[_text(d["Start date"]).str.startswith("2023-03"), "Amount (USD)"].sum())),
        (*_TG_ID, "Amount (USD)", "Billable", "End date"),
    ),
    Q(
        "how many entries dont have a task set",
        _count(lambda d: float((_text(d["Task"]) == "").sum())),
        (*_TG_ID, "Task"),
    ),
]


# --- 3. EPA fuel economy (fueleconomy.gov vehicles.csv) ------------------------------------------------------------

_FE_COLUMNS = _split(
    "barrels08;city08;co2TailpipeGpm;comb08;cylinders;displ;drive;feScore;fuelCost08;fuelType;highway08;id;make;"
    "model;range;trany;VClass;year;youSaveSpend;atvType"
)
# make|model|VClass|engine sizes|drive|fuel code|first year|last year
_FE_MODELS = _split(
    "Toyota|Camry|Midsize Cars|2.0,2.2,2.4,2.5,3.0,3.5|Front-Wheel Drive|R|1984|2024;"
    "Toyota|Corolla|Compact Cars|1.6,1.8|Front-Wheel Drive|R|1984|2024;"
    "Toyota|RAV4 AWD|Small Sport Utility Vehicle 4WD|2.0,2.4,2.5|4-Wheel or All-Wheel Drive|R|1996|2024;"
    "Toyota|Prius|Midsize Cars|1.5,1.8|Front-Wheel Drive|H|2001|2024;"
    "Toyota|Tacoma 4WD|Standard Pickup Trucks 4WD|2.7,3.4,3.5,4.0|4-Wheel Drive|R|1995|2024;"
    "Honda|Civic|Compact Cars|1.5,1.6,1.8,2.0|Front-Wheel Drive|R|1984|2024;"
    "Honda|Accord|Midsize Cars|2.0,2.2,2.4,3.0,3.5|Front-Wheel Drive|R|1984|2024;"
    "Honda|CR-V AWD|Small Sport Utility Vehicle 4WD|1.5,2.0,2.4|4-Wheel or All-Wheel Drive|R|1997|2024;"
    "Ford|F150 Pickup 2WD|Standard Pickup Trucks 2WD|3.5,4.6,5.0,5.4|Rear-Wheel Drive|R|1984|2024;"
    "Ford|Mustang|Subcompact Cars|2.3,3.8,4.6,5.0|Rear-Wheel Drive|P|1984|2024;"
    "Ford|Escape FWD|Small Sport Utility Vehicle 2WD|1.5,2.0,2.5,3.0|Front-Wheel Drive|R|2001|2024;"
    "Ford|Taurus|Large Cars|3.0,3.5|Front-Wheel Drive|F|1986|2019;"
    "Ford|Mustang Mach-E RWD|Small Sport Utility Vehicle 2WD||Rear-Wheel Drive|E|2021|2024;"
    "Chevrolet|Malibu|Midsize Cars|1.5,2.4,3.1,3.5|Front-Wheel Drive|R|1997|2024;"
    "Chevrolet|Silverado C15 2WD|Standard Pickup Trucks 2WD|4.3,4.8,5.3,6.2|Rear-Wheel Drive|R|1999|2024;"
    "Chevrolet|Camaro|Subcompact Cars|2.0,3.6,5.7,6.2|Rear-Wheel Drive|P|1984|2024;"
    "Chevrolet|Volt|Compact Cars|1.4,1.5|Front-Wheel Drive|RE|2011|2019;"
    "Chevrolet|Bolt EV|Small Station Wagons||Front-Wheel Drive|E|2017|2023;"
    "BMW|328i|Compact Cars|2.0,2.8,3.0|Rear-Wheel Drive|P|1996|2016;"
    "BMW|X5 xDrive40i|Standard Sport Utility Vehicle 4WD|3.0,4.4|4-Wheel or All-Wheel Drive|P|2000|2024;"
    "BMW|M3|Subcompact Cars|3.0,3.2,4.0|Rear-Wheel Drive|P|1988|2024;"
    "BMW|i3 BEV|Subcompact Cars||Rear-Wheel Drive|E|2014|2021;"
    "BMW|330e|Compact Cars|2.0|Rear-Wheel Drive|PE|2016|2024;"
    "Mercedes-Benz|E350|Midsize Cars|3.0,3.5|Rear-Wheel Drive|P|1990|2024;"
    "Mercedes-Benz|E300 Diesel|Midsize Cars|3.0|Rear-Wheel Drive|D|1984|2006;"
    "Tesla|Model S Long Range|Large Cars||All-Wheel Drive|E|2012|2024;"
    "Tesla|Model 3 Long Range AWD|Midsize Cars||All-Wheel Drive|E|2017|2024;"
    "Tesla|Model Y Long Range AWD|Small Sport Utility Vehicle 4WD||All-Wheel Drive|E|2020|2024;"
    "Nissan|Altima|Midsize Cars|2.4,2.5,3.5|Front-Wheel Drive|R|1993|2024;"
    "Nissan|Leaf|Midsize Cars||Front-Wheel Drive|E|2011|2024;"
    "Volkswagen|Jetta|Compact Cars|1.4,1.8,2.0,2.5|Front-Wheel Drive|R|1985|2024;"
    "Volkswagen|Jetta TDI|Compact Cars|1.9,2.0|Front-Wheel Drive|D|1997|2015;"
    "Volkswagen|Golf|Compact Cars|1.8,2.0|Front-Wheel Drive|R|1985|2021;"
    "Subaru|Outback AWD|Midsize Station Wagons|2.5,3.0,3.6|All-Wheel Drive|R|1995|2024;"
    "Subaru|Impreza AWD|Compact Cars|1.8,2.0,2.2,2.5|All-Wheel Drive|R|1993|2024;"
    "Subaru|WRX|Compact Cars|2.0,2.4,2.5|All-Wheel Drive|P|2002|2024;"
    "Porsche|911 Carrera|Minicompact Cars|3.2,3.4,3.6,3.8|Rear-Wheel Drive|P|1984|2024;"
    "Dodge|Ram 1500 Pickup 2WD|Standard Pickup Trucks 2WD|3.6,4.7,5.2,5.7|Rear-Wheel Drive|R|1984|2024;"
    "Dodge|Charger|Large Cars|3.5,3.6,5.7,6.4|Rear-Wheel Drive|M|2006|2023;"
    "Chrysler|Town and Country 2WD|Minivan - 2WD|3.3,3.8,4.0|Front-Wheel Drive|F|1990|2016;"
    "Hyundai|Elantra|Compact Cars|1.6,1.8,2.0|Front-Wheel Drive|R|1992|2024;"
    "Hyundai|Ioniq 5 RWD|Small Sport Utility Vehicle 2WD||Rear-Wheel Drive|E|2022|2024;"
    "Kia|Soul|Small Station Wagons|1.6,2.0|Front-Wheel Drive|R|2010|2024;"
    "Lexus|RX 450h AWD|Small Sport Utility Vehicle 4WD|3.5|All-Wheel Drive|PH|2010|2024;"
    "Cadillac|Escalade 2WD|Standard Sport Utility Vehicle 2WD|5.3,6.0,6.2|Rear-Wheel Drive|PF|1999|2024;"
    "Mazda|MX-5|Two Seaters|1.6,1.8,2.0|Rear-Wheel Drive|P|1990|2024"
)
# fuel code: fuelType, atvType, price a gallon
_FE_FUELS: dict[str, tuple[str, str, float]] = {
    "R": ("Regular", "", 3.55),
    "P": ("Premium", "", 4.30),
    "M": ("Midgrade", "", 3.95),
    "D": ("Diesel", "Diesel", 3.90),
    "F": ("Gasoline or E85", "FFV", 3.55),
    "PF": ("Premium or E85", "FFV", 4.30),
    "H": ("Regular", "Hybrid", 3.55),
    "PH": ("Premium", "Hybrid", 4.30),
    "RE": ("Regular Gas and Electricity", "Plug-in Hybrid", 3.55),
    "PE": ("Premium Gas or Electricity", "Plug-in Hybrid", 4.30),
    "E": ("Electricity", "EV", 0.0),
}
_FE_BASELINE = 15000 / 27 * 3.55


def _fe_gearbox(rng: np.random.Generator, year: int, code: str) -> str:
    if code == "E":
        return "Automatic (A1)"
    if code in ("H", "PH", "RE"):
        return "Automatic (variable gear ratios)" if year < 2016 else "Automatic (AV-S7)"
    if year < 1995:
        return _draw(rng, "Automatic 4-spd:45;Automatic 3-spd:15;Manual 5-spd:35;Manual 4-spd:5")
    if year < 2008:
        return _draw(rng, "Automatic 4-spd:50;Automatic 5-spd:15;Manual 5-spd:28;Manual 6-spd:7")
    return _draw(
        rng,
        "Automatic (S6):25;Automatic 6-spd:14;Automatic (S8):18;Automatic (AV-S7):8;Automatic (S10):6;"
        "Automatic (variable gear ratios):9;Manual 6-spd:14;Manual 5-spd:6",
    )


def _fe_row(rng: np.random.Generator, spec: list[str], year: int) -> dict[str, Any]:
    make, model, vclass, sizes, drive, code, _first, _last = spec
    fuel, atv, price = _FE_FUELS[code]
    era = (year - 1984) / 40
    if code == "E":
        displ = None
        cyl = None
        comb = round(float(rng.normal(112, 10)) + 8 * era)
        city, highway = round(comb * 1.08), round(comb * 0.92)
        co2 = 0.0
        cost = 15000 * 33.7 / comb * 0.14
        reach = round(float(rng.normal(90 + 260 * max(0.0, year - 2011) / 13, 30)))
    else:
        displ = float(_one(rng, _split(sizes, ",")))
        cyl = 3 if displ < 1.5 else 4 if displ <= 2.5 else 6 if displ <= 3.8 else 8
        comb = 33 - 3.6 * displ + 7 * era + float(rng.normal(0, 1.5))
        if code in ("H", "PH"):
            comb += 18 if code == "H" else 6
        if code == "RE" or code == "PE":
            comb += 8
        if code == "D":
            comb += 6
        comb = round(max(11, comb))
        city, highway = round(comb * 0.87 + rng.normal(0, 0.6)), round(comb * 1.25 + rng.normal(0, 0.8))
        if code == "H":
            city = comb + int(rng.integers(1, 6))
        co2 = round((10180 if code == "D" else 8887) / comb + float(rng.normal(0, 4)), 4)
        cost = 15000 / comb * price
        reach = 0
    cost = 50 * round(cost / 50)
    return {
        "barrels08": round(0.0 if code == "E" else 15000 / comb / 42 * 0.95, 6),
        "city08": city,
        "co2TailpipeGpm": co2,
        "comb08": comb,
        "cylinders": cyl,
        "displ": displ,
        "drive": drive if year > 1986 or rng.random() < 0.7 else str(_one(rng, ["2-Wheel Drive", ""])) or None,
        "feScore": -1 if year < 2013 else int(np.clip(round(comb / 4.5), 1, 10)),
        "fuelCost08": cost,
        "fuelType": fuel,
        "highway08": highway,
        "make": make,
        "model": model,
        "range": max(reach, 0),
        "trany": _fe_gearbox(rng, year, code),
        "VClass": vclass,
        "year": year,
        "youSaveSpend": int(250 * round(5 * (_FE_BASELINE - cost) / 250)),
        "atvType": atv or None,
    }


def _vehicles_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8903)
    rows: list[dict[str, Any]] = []
    specs = [s.split("|") for s in _FE_MODELS]
    for year in range(1984, 2025):
        for spec in specs:
            if not (int(spec[6]) <= year <= int(spec[7])):
                continue
            versions = 1 if not spec[3] else int(rng.integers(1, 4))
            for _ in range(versions):
                rows.append(_fe_row(rng, spec, year))
    frame = pd.DataFrame(rows)
    frame = frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)
    frame["id"] = rng.choice(np.arange(1, 48000), len(frame), replace=False)
    return frame.sort_values(["make", "model", "year"], kind="stable", ignore_index=True)[_FE_COLUMNS]


def _fe_electric(with_plug_ins: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        kinds = ["EV", "Plug-in Hybrid"] if with_plug_ins else ["EV"]
        return float(_text(d["atvType"]).isin(kinds).sum())

    return count


def _fe_gearboxes(with_ev: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        rows = d if with_ev else d[_text(d["fuelType"]) != "Electricity"]
        box = _text(rows["trany"])
        return [float(rows.loc[box.str.startswith(k), "highway08"].mean()) for k in ("Manual", "Automatic")]

    return means


def _fe_premium(exact: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def rows(d: pd.DataFrame) -> pd.Series:
        fuel = _text(d["fuelType"])
        return fuel == "Premium" if exact else fuel.str.contains("Premium")

    return rows


def _fe_premium_gap(exact: bool) -> Callable[[pd.DataFrame], float]:
    def gap(d: pd.DataFrame) -> float:
        fuel = _text(d["fuelType"])
        regular = fuel == "Regular" if exact else fuel.str.contains("Regular|Gasoline")
        return float(d.loc[_fe_premium(exact)(d), "fuelCost08"].mean() - d.loc[regular, "fuelCost08"].mean())

    return gap


_FE_ID = ("make", "model", "year", "id")
_VEHICLES_QS = [
    Q(
        "how many electric cars are in here",
        either(_count(_fe_electric(False)), _count(_fe_electric(True))),
        (*_FE_ID, "atvType", "fuelType"),
    ),
    Q(
        "avg highway mpg for manual vs automatic?",
        either(_about(_fe_gearboxes(True), rel=0.005), _about(_fe_gearboxes(False), rel=0.005)),
        (*_FE_ID, "trany", "highway08", "fuelType"),
    ),
    Q(
        "which year has the most models listed",
        _lead(_year(lambda d: float(_top(d["year"].astype(str).value_counts())))),
        (*_FE_ID,),
    ),
    Q(
        "is there a correlation between engine size and city mpg",
        _corr(lambda d: d.dropna(subset=["displ"])["displ"], lambda d: d.dropna(subset=["displ"])["city08"]),
        (*_FE_ID, "displ", "city08"),
    ),
    Q(
        "what % of cars need premium gas",
        either(
            _share(lambda d: float(_fe_premium(True)(d).mean())),
            _share(lambda d: float(_fe_premium(False)(d).mean())),
            _share(lambda d: float(_fe_premium(True)(d)[_text(d["fuelType"]) != "Electricity"].mean())),
        ),
        (*_FE_ID, "fuelType"),
    ),
    Q(
        "and how much more do those cost to run per year than regular ones, on average?",
        either(_about(_fe_premium_gap(True), rel=0.01), _about(_fe_premium_gap(False), rel=0.01)),
        (*_FE_ID, "fuelType", "fuelCost08", "youSaveSpend"),
    ),
]


# --- 4. Seattle Public Library checkouts by title (Checkouts_by_Title.csv, data.seattle.gov) -----------------------

_SP_COLUMNS = _split(
    "UsageClass;CheckoutType;MaterialType;CheckoutYear;CheckoutMonth;Checkouts;Title;ISBN;Creator;Subjects;"
    "Publisher;PublicationYear"
)
_SP_FIRST = _split(
    "Jane;Omar;Celeste;Tomas;Priya;Graham;Naomi;Isaac;Lucia;Desmond;Hana;Felix;Marisol;Arthur;Yuki;Beatrice;Kofi;"
    "Elena;Rowan;Margaret"
)
_SP_LAST = _split(
    "Doe;Hadley;Marchetti;Okonkwo;Lindqvist;Barrow;Castellanos;Whitfield;Nakamura;Abernathy;Sorensen;Delacroix;"
    "Mbeki;Fairweather;Kowalski;Thorne;Villanueva;Ashdown;Rahman;Pemberton"
)
_SP_WORDS = _split(
    "River;Garden;Silence;Glass;Orchard;Lantern;Harbor;Winter;Island;Memory;Salt;Storm;Mirror;Wolf;Library;Tide;"
    "Sparrow;Kingdom;Ember;Meadow;Compass;Archive;Cartographer;Lighthouse"
)
_SP_ADJ = _split("Silent;Last;Hidden;Burning;Broken;Lost;Secret;Quiet;Bright;Wild;Golden;Little;Hollow;Northern")
_SP_SUBJECTS = _split(
    "Fantasy fiction, Magic Juvenile fiction;Detective and mystery fiction;Domestic fiction, Families Fiction;"
    "Science fiction;Historical fiction;Love stories;Thrillers (Fiction);Self-help techniques;Cooking, Seasonal;"
    "Biography & Autobiography, Nonfiction;Psychological fiction"
)
_SP_PUBLISHERS = _split(
    "Scholastic|Scholastic Inc.;Penguin Books|Penguin Publishing Group;Riverhead Books|Penguin Publishing Group;"
    "Knopf|Knopf Doubleday Publishing Group;Tor|Tom Doherty Associates;HarperCollins|HarperCollins Publishers;"
    "Little, Brown and Company|Little, Brown and Company;Simon & Schuster|Simon & Schuster"
)


def _sp_title(rng: np.random.Generator) -> str:
    a, b, adj = str(_one(rng, _SP_WORDS)), str(_one(rng, _SP_WORDS)), str(_one(rng, _SP_ADJ))
    return [f"The {adj} {a}", f"The {a} of {b}", f"{a} and {b}", f"A {adj} {a}"][int(rng.integers(0, 4))]


def _sp_isbn(rng: np.random.Generator) -> str:
    body = "".join(str(int(x)) for x in rng.integers(0, 10, 9))
    return f"978{body}{int(rng.integers(0, 10))}, {body}{int(rng.integers(0, 10))}"


def _library_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8904)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    months = [(y, m) for y in (2021, 2022, 2023) for m in range(1, 13)]
    for _work in range(110):
        title = _unique(rng, _sp_title, used)
        first, last = str(_one(rng, _SP_FIRST)), str(_one(rng, _SP_LAST))
        subjects = str(_one(rng, _SP_SUBJECTS))
        print_pub, digital_pub = str(_one(rng, _SP_PUBLISHERS)).split("|")
        year = int(rng.integers(1995, 2023))
        popular = float(rng.lognormal(0.6, 0.9))
        kinds = ["BOOK"]
        if rng.random() < 0.1:
            kinds = [str(_one(rng, ["VIDEODISC", "SOUNDDISC"]))]
        else:
            kinds += ["EBOOK"] * (rng.random() < 0.7) + ["AUDIOBOOK"] * (rng.random() < 0.5)
        isbn = _sp_isbn(rng)
        for kind in kinds:
            physical = kind in ("BOOK", "VIDEODISC", "SOUNDDISC")
            checkout = "Horizon" if physical else ("Hoopla" if rng.random() < 0.12 else "OverDrive")
            factor = {"BOOK": 1.0, "EBOOK": 1.4, "AUDIOBOOK": 1.1, "VIDEODISC": 0.8, "SOUNDDISC": 0.4}[kind]
            shown = f"{title[0]}{title[1:].lower()} / {first} {last}." if physical else title
            made = _draw(rng, f"{year}:5;[{year}]:3;c{year}:2") if physical else _draw(rng, f"{year}:8;:2")
            for i, (y, m) in enumerate(months):
                if rng.random() > 0.3:
                    continue
                trend = 1 + (0.5 if not physical else -0.1) * i / 35
                seasonal = 1 + 0.15 * np.cos(2 * np.pi * (m - 1) / 12)
                n = 1 + int(rng.poisson(popular * factor * trend * seasonal * 4))
                rows.append(
                    {
                        "UsageClass": "Physical" if physical else "Digital",
                        "CheckoutType": checkout,
                        "MaterialType": kind,
                        "CheckoutYear": y,
                        "CheckoutMonth": m,
                        "Checkouts": n,
                        "Title": shown,
                        "ISBN": isbn if checkout == "OverDrive" and rng.random() < 0.9 else None,
                        "Creator": (f"{last}, {first}" if physical else f"{first} {last}")
                        if kind != "VIDEODISC"
                        else None,
                        "Subjects": subjects if rng.random() > 0.05 else None,
                        "Publisher": f"{print_pub}," if physical else digital_pub,
                        "PublicationYear": made or None,
                    }
                )
    frame = pd.DataFrame(rows)
    return frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)[_SP_COLUMNS]


def _sp_plain(title: str) -> str:
    """A title without its statement of responsibility ("The silent river / Jane Doe." reads "The silent river")."""
    return re.sub(r"\s*/.*$", "", title).strip().rstrip(".").lower()


def _sp_ranking(merged: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def scores(d: pd.DataFrame) -> pd.Series:
        titles = _text(d["Title"])
        key = titles.map(_sp_plain) if merged else titles
        return _ranked(d["Checkouts"].groupby(key).sum())

    return scores


def _sp_author(merged: bool) -> Check:
    def check(answer: str, d: pd.DataFrame) -> str | None:
        top = str(_sp_ranking(merged)(d).index[0])
        titles = _text(d["Title"])
        rows = titles.map(_sp_plain) == top if merged else titles == top
        for creator in set(_text(d.loc[rows, "Creator"])) - {""}:
            forms = [creator, " ".join(reversed(creator.split(", ")))]
            if any(_said(f, answer) for f in forms):
                return None
        return f"missing author of {top!r}"

    return check


def _sp_ebook_months(d: pd.DataFrame) -> pd.Timestamp:
    rows = d[_text(d["MaterialType"]) == "EBOOK"]
    sums = rows.groupby(["CheckoutYear", "CheckoutMonth"])["Checkouts"].sum()
    y, m = sums.idxmax()
    return pd.Timestamp(int(y), int(m), 1)


_SP_ID = ("Title", "CheckoutYear", "CheckoutMonth")
_LIBRARY_QS = [
    Q(
        "how many checkouts were there in 2022?",
        _count(lambda d: float(d.loc[d["CheckoutYear"] == 2022, "Checkouts"].sum())),
        (*_SP_ID, "Checkouts"),
    ),
    Q(
        "what share of checkouts are digital",
        _share(lambda d: float(d.loc[_text(d["UsageClass"]) == "Digital", "Checkouts"].sum() / d["Checkouts"].sum())),
        (*_SP_ID, "UsageClass", "Checkouts", "CheckoutType", "MaterialType"),
    ),
    Q(
        "which month had the most ebook checkouts",
        _lead(_month_year(_sp_ebook_months)),
        (*_SP_ID, "MaterialType", "Checkouts"),
    ),
    Q(
        "how many rows are missing an isbn",
        _count(lambda d: float((_text(d["ISBN"]) == "").sum())),
        (*_SP_ID, "ISBN"),
    ),
    Q(
        "top 5 most borrowed titles",
        either(_top_named(_sp_ranking(False), 5), _top_named(_sp_ranking(True), 5)),
        (*_SP_ID, "Checkouts", "Creator"),
    ),
    Q(
        "who wrote the top one?",
        either(_sp_author(False), _sp_author(True)),
        (*_SP_ID, "Checkouts", "Creator"),
    ),
]


# --- 5. Coinbase transaction history (Coinbase-TransactionsHistoryReport.csv) --------------------------------------

_CB_PREAMBLE = (
    "You can use this transaction report to inform your likely tax obligations. For US customers, Sells, Converts, "
    "and Rewards Income, and Coinbase Earn transactions are taxable events. For final tax obligations, please "
    "consult your tax advisor."
)
_CB_COLUMNS = _split(
    "Timestamp;Transaction Type;Asset;Quantity Transacted;Spot Price Currency;Spot Price at Transaction;Subtotal;"
    "Total (inclusive of fees and/or spread);Fees and/or Spread;Notes"
)
# asset: price at the start of each quarter from 2021 to 2023 (and the end of 2023)
_CB_PRICES = {
    "BTC": [29000, 58000, 35000, 43000, 47000, 45000, 20000, 19400, 16600, 28000, 30500, 27000, 42000],
    "ETH": [730, 1900, 2200, 3000, 3700, 3300, 1050, 1330, 1200, 1800, 1930, 1670, 2300],
    "SOL": [1.5, 17, 34, 140, 170, 98, 33, 32, 10, 21, 19, 21, 101],
    "USDC": [1.0] * 13,
}
_CB_TYPES = "Buy:46;Sell:9;Send:6;Receive:5;Convert:6;Rewards Income:28"


def _cb_price(asset: str, t: pd.Timestamp, rng: np.random.Generator) -> float:
    q = (t.year - 2021) * 4 + (t.month - 1) // 3
    start, end = _CB_PRICES[asset][q], _CB_PRICES[asset][q + 1]
    f = (t - pd.Timestamp(t.year, 3 * ((t.month - 1) // 3) + 1, 1)).days / 91
    if asset == "USDC":
        return 1.0
    return round(float(start * (end / start) ** f * rng.lognormal(0, 0.04)), 2)


def _cb_qty(x: float) -> str:
    return f"{x:.8f}".rstrip("0").rstrip(".")


def _coinbase_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8905)
    seconds = np.sort(
        rng.integers(0, int((pd.Timestamp("2024-01-01") - pd.Timestamp("2021-01-01")).total_seconds()), 460)
    )
    body: list[list[Any]] = []
    for s in seconds:
        t = pd.Timestamp("2021-01-01") + pd.Timedelta(seconds=int(s))
        kind = _draw(rng, _CB_TYPES)
        if kind == "Rewards Income":
            asset = _draw(rng, "SOL:45;ETH:35;USDC:20")
        elif kind == "Convert":
            asset = _draw(rng, "USDC:60;ETH:25;SOL:15")
        else:
            asset = _draw(rng, "BTC:45;ETH:35;SOL:20")
        spot = _cb_price(asset, t, rng)
        sub: float | None
        fee: float | None
        if kind == "Buy":
            sub = round(float(_one(rng, [25, 50, 50, 100, 100, 200, 250, 500, 1000])) * float(rng.uniform(0.9, 1.1)), 2)
            qty = sub / spot
            fee = round(max(0.99, 0.0149 * sub), 2)
            total = round(sub + fee, 2)
            note = f"Bought {_cb_qty(qty)} {asset} for ${total:,.2f} USD"
        elif kind == "Sell":
            qty = float(rng.uniform(50, 1500)) / spot
            sub = round(qty * spot, 2)
            fee = round(max(0.99, 0.0149 * sub), 2)
            total = round(sub - fee, 2)
            note = f"Sold {_cb_qty(qty)} {asset} for ${total:,.2f} USD"
        elif kind == "Convert":
            sub = round(float(rng.uniform(40, 800)), 2)
            qty = sub / spot
            fee = round(0.02 * sub, 2)
            total = sub
            other = "ETH" if asset != "ETH" else "BTC"
            got = (sub - fee) / _cb_price(other, t, rng)
            note = f"Converted {_cb_qty(qty)} {asset} to {_cb_qty(got)} {other}"
        elif kind == "Rewards Income":
            qty = float(rng.lognormal(np.log(3.0), 0.8)) / spot
            sub = round(qty * spot, 2)
            fee, total = 0.0, sub
            note = f"Received {_cb_qty(qty)} {asset} from Coinbase Rewards"
        else:
            qty = float(rng.uniform(30, 900)) / spot
            sub = fee = total = None
            if kind == "Send":
                wallet = "".join(
                    str(_one(rng, list("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")))
                    for _ in range(33)
                )
                note = f"Sent {_cb_qty(qty)} {asset} to {'3' if asset == 'BTC' else '0x'}{wallet}"
            else:
                note = f"Received {_cb_qty(qty)} {asset} from an external account"
        body.append(
            [
                f"{t:%Y-%m-%dT%H:%M:%SZ}",
                kind,
                asset,
                _cb_qty(qty),
                "USD",
                f"{spot:.2f}",
                None if sub is None else f"{sub:.2f}",
                None if total is None else f"{total:.2f}",
                None if fee is None else f"{fee:.2f}",
                note,
            ]
        )
    width = len(_CB_COLUMNS)
    top = [
        ["Transactions"] + [None] * (width - 1),
        ["User", "Alex Morgan", "5f3c9a8e2b1d4e6f7a8b9c0d"] + [None] * (width - 3),
    ]
    # the three preamble lines sit above the header, so the header reads as the third row under the first line
    header = [_CB_PREAMBLE] + [""] * (width - 1)
    return pd.DataFrame([*top, _CB_COLUMNS, *body], columns=pd.Index(header))


def _cb(d: pd.DataFrame) -> pd.DataFrame:
    """The history under its real header, numbers read."""
    first = _text(d.iloc[:, 0])
    at = int(np.flatnonzero(first.to_numpy() == "Timestamp")[0])
    frame = d.iloc[at + 1 :].copy()
    frame.columns = [str(x) for x in d.iloc[at]]
    for c in _CB_COLUMNS[3:9]:
        if c != "Spot Price Currency":
            frame[c] = _num(frame[c])
    for c in ("Transaction Type", "Asset"):
        frame[c] = _text(frame[c])
    frame["when"] = pd.to_datetime(frame["Timestamp"], utc=True)
    return frame.reset_index(drop=True)


_CB_TOTAL = "Total (inclusive of fees and/or spread)"


def _cb_buys(d: pd.DataFrame) -> pd.DataFrame:
    c = _cb(d)
    return c[c["Transaction Type"] == "Buy"]


def _cb_top(d: pd.DataFrame) -> str:
    b = _cb_buys(d)
    return _top(b.groupby("Asset")[_CB_TOTAL].sum())


def _cb_price_paid(how: str) -> Callable[[pd.DataFrame], float]:
    def price(d: pd.DataFrame) -> float:
        b = _cb_buys(d)
        b = b[b["Asset"] == _cb_top(d)]
        if how == "mean":
            return float(b["Spot Price at Transaction"].mean())
        return float(b[how].sum() / b["Quantity Transacted"].sum())

    return price


_CB_ID = ("Timestamp", "Transaction Type", "Asset")
_COINBASE_QS = [
    Q(
        "how much have i spent buying crypto in total?",
        either(
            _money(lambda d: float(_cb_buys(d)[_CB_TOTAL].sum())),
            _money(lambda d: float(_cb_buys(d)["Subtotal"].sum())),
        ),
        (*_CB_ID, _CB_TOTAL, "Subtotal", "Fees and/or Spread"),
    ),
    Q(
        "how much have i paid in fees",
        _money(lambda d: float(_cb(d)["Fees and/or Spread"].sum())),
        (*_CB_ID, "Fees and/or Spread"),
    ),
    Q(
        "how many times did i sell in 2022",
        _count(lambda d: float(((_cb(d)["Transaction Type"] == "Sell") & (_cb(d)["when"].dt.year == 2022)).sum())),
        (*_CB_ID,),
    ),
    Q(
        "how much have i earned from rewards in dollars",
        _money(lambda d: float(_cb(d).loc[_cb(d)["Transaction Type"] == "Rewards Income", "Subtotal"].sum())),
        (*_CB_ID, "Subtotal", _CB_TOTAL, "Quantity Transacted", "Spot Price at Transaction"),
    ),
    Q(
        "which coin have i put the most money into",
        _lead(_named(_cb_top)),
        (*_CB_ID, _CB_TOTAL, "Subtotal"),
    ),
    Q(
        "whats my average buy price for it",
        either(
            has(_cb_price_paid("mean"), rel=0.005),
            has(_cb_price_paid("Subtotal"), rel=0.005),
            has(_cb_price_paid(_CB_TOTAL), rel=0.005),
        ),
        (*_CB_ID, "Spot Price at Transaction", "Quantity Transacted", "Subtotal", _CB_TOTAL),
    ),
]


# --- 6. ODI career batting records (Cricinfo-style ODI_data.csv) ---------------------------------------------------

_OD_COLUMNS = _split("Player;Span;Mat;Inns;NO;Runs;HS;Ave;BF;SR;100;50;0")
_OD_STARS = _split(
    "SR Tendulkar (INDIA)|1989-2012|463|452|41|18426|200*|44.83|21367|86.23|49|96|20;"
    "KC Sangakkara (Asia/ICC/SL)|2000-2015|404|380|41|14234|169|41.98|18048|78.86|25|93|15;"
    "RT Ponting (AUS/ICC)|1995-2012|375|365|39|13704|164|42.03|17046|80.39|30|82|20;"
    "V Kohli (INDIA)|2008-2023|292|280|44|13848|183|58.67|14756|93.84|50|72|16;"
    "ST Jayasuriya (Asia/SL)|1989-2011|445|433|18|13430|189|32.36|14725|91.20|28|68|34;"
    "DPMD Jayawardene (Asia/SL)|1998-2015|448|418|39|12650|144|33.37|16020|78.96|19|77|28;"
    "Inzamam-ul-Haq (Asia/PAK)|1991-2007|378|350|53|11739|137*|39.52|15812|74.24|10|83|20;"
    "JH Kallis (Afr/ICC/SA)|1996-2014|328|314|53|11579|139|44.36|15885|72.89|17|86|17;"
    "RG Sharma (INDIA)|2007-2023|262|254|36|10709|264|49.12|11015|97.22|31|55|15"
)
# team: weight, full name
_OD_TEAMS: dict[str, tuple[float, str]] = {
    "INDIA": (12, "India"),
    "AUS": (12, "Australia"),
    "ENG": (12, "England"),
    "PAK": (11, "Pakistan"),
    "SL": (10, "Sri Lanka"),
    "WI": (10, "West Indies"),
    "NZ": (10, "New Zealand"),
    "SA": (8, "South Africa"),
    "ZIM": (6, "Zimbabwe"),
    "BDESH": (6, "Bangladesh"),
    "IRE": (3, "Ireland"),
    "AFG": (3, "Afghanistan"),
    "SCOT": (2, "Scotland"),
    "NL": (2, "Netherlands"),
    "KENYA": (2, "Kenya"),
}
_OD_GROUPS = {"INDIA": "Asia", "PAK": "Asia", "SL": "Asia", "BDESH": "Asia", "SA": "Afr", "ZIM": "Afr", "KENYA": "Afr"}
_OD_SURNAMES = _split(
    "Sharma;Khan;Smith;Jones;Taylor;Perera;Fernando;Silva;Ali;Ahmed;Williams;Brown;Patel;Singh;Kumar;Marsh;Clarke;"
    "Hussain;Malik;Shah;Rahman;Islam;Das;Walker;Harris;Anderson;Mitchell;Thompson;Young;Martin;Wright;Hall;Lewis;"
    "Robinson;Jayasinghe;Bandara;Mendis;Naidu;Rao;Iyer;Joseph;Charles;Gayle;Samuels;Bravo;Ncube;Moyo;Masakadza;"
    "Taibu;Stirling;O'Brien;Porterfield;Zadran;Nabi;Shahzad;Coetzer;Berrington;Cooper;Myburgh;Obuya;Tikolo;Odoyo;"
    "Latham;Nicholls;Guptill;Crowe;Astle;Styris;Boucher;Pollock;Kirsten;Cullinan;Gibbs;Cronje;Rhodes;Bevan;Healy"
)


def _od_initials(rng: np.random.Generator) -> str:
    letters = "ABCDEGHJKLMNPRSTVWY"
    return "".join(str(_one(rng, list(letters))) for _ in range(int(_one(rng, [1, 2, 2, 2, 3]))))


def _od_player(rng: np.random.Generator) -> dict[str, Any]:
    team = str(_one(rng, list(_OD_TEAMS), [v[0] for v in _OD_TEAMS.values()]))
    start = int(rng.integers(1971, 2023))
    length = int(min(2023 - start, rng.geometric(0.18) - 1))
    mat = int(min(1 + rng.geometric(0.035), 12 + 22 * (length + 1)))
    inns = max(1, round(mat * float(rng.uniform(0.55, 1.0))))
    skill = float(rng.lognormal(np.log(16 + min(mat, 200) / 10), 0.55))
    no = int(min(inns, rng.binomial(inns, float(np.clip(0.55 - skill / 80, 0.05, 0.6)))))
    runs = int(max(0, round((inns - no) * skill * float(rng.lognormal(0, 0.15)))))
    runs = min(runs, 9800)
    outs = inns - no
    high = int(min(runs, max(0, round(runs / max(1, inns) * float(rng.uniform(2.0, 5.0))))))
    high = min(high, 194)
    sr = float(np.clip(rng.normal(55 + 30 * (start - 1971) / 50 + skill / 6, 10), 20, 140))
    recorded = start >= 1985 or rng.random() < 0.4
    rate = float(np.clip((skill - 22) / 12, 0.05, 2.5))
    hundreds = int(min(runs // 250, rng.poisson(runs / 1000 * rate))) if high >= 100 else 0
    if high >= 100:
        hundreds = max(1, hundreds)
    fifties = (
        int(min(inns - hundreds, runs // 120, rng.poisson(runs / 300 * min(1.0, skill / 40)))) if high >= 50 else 0
    )
    if 50 <= high < 100:
        fifties = max(1, fifties)
    ducks = int(min(outs, rng.poisson(inns * float(np.clip(0.12 - skill / 500, 0.02, 0.2)))))
    return {
        "Player": f"{_od_initials(rng)} {_one(rng, _OD_SURNAMES)}",
        "team": team,
        "Span": f"{start}-{start + length}",
        "Mat": mat,
        "Inns": inns,
        "NO": no,
        "Runs": runs,
        "HS": f"{high}*" if no and rng.random() < 0.3 else str(high),
        "Ave": f"{runs / outs:.2f}" if outs else "-",
        "BF": str(round(runs * 100 / sr)) if recorded and runs else ("-" if not recorded else "0"),
        "SR": f"{sr:.2f}" if recorded and runs else ("-" if not recorded else "0.00"),
        "100": hundreds,
        "50": fifties,
        "0": ducks,
    }


def _odi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8906)
    used = {s.split("|")[0].split(" (")[0] for s in _OD_STARS}
    rows: list[dict[str, Any]] = []
    for _ in range(1500 - len(_OD_STARS)):
        row = _od_player(rng)
        team = row.pop("team")
        name = _unique(rng, lambda r: f"{_od_initials(r)} {_one(r, _OD_SURNAMES)}", used)
        label = team
        if rng.random() < 0.03:
            label = f"{_OD_GROUPS.get(team, 'ICC')}/{team}" if team in _OD_GROUPS else f"{team}/ICC"
        row["Player"] = f"{name} ({label})"
        rows.append(row)
    for star in _OD_STARS:
        rows.append(dict(zip(_OD_COLUMNS, star.split("|"), strict=True)))
    frame = pd.DataFrame(rows)
    for c in ("Mat", "Inns", "NO", "Runs", "100", "50", "0"):
        frame[c] = frame[c].astype(int)
    return frame.sort_values("Runs", ascending=False, kind="stable", ignore_index=True)[_OD_COLUMNS]


def _od_name(label: str) -> str:
    return label.split(" (")[0]


def _od_team(label: str) -> str:
    inside = label.split("(")[-1].rstrip(")")
    parts = [p for p in inside.split("/") if p not in ("Asia", "Afr", "ICC", "World")]
    return parts[0] if parts else inside


def _od_said(value: Callable[[pd.DataFrame], str]) -> Check:
    """A player by the name before the team, or as the file writes it."""

    def check(answer: str, d: pd.DataFrame) -> str | None:
        label = value(d)
        return None if _said(_od_name(label), answer) else f"missing player {label!r}"

    return check


def _od_top_runs(d: pd.DataFrame) -> str:
    return str(d.loc[d["Runs"].idxmax(), "Player"])


def _od_high(d: pd.DataFrame) -> tuple[float, str]:
    score = pd.to_numeric(_text(d["HS"]).str.rstrip("*"), errors="coerce")
    return float(score.max()), str(d.loc[score.idxmax(), "Player"])


_OD_ALIASES = {k: (v[1],) for k, v in _OD_TEAMS.items()}
_OD_ID = ("Player",)
_ODI_QS = [
    Q(
        "who scored the most runs",
        _lead(_od_said(_od_top_runs)),
        (*_OD_ID, "Runs"),
    ),
    Q(
        "how many ducks did he get",
        _count(lambda d: float(d.loc[d["Runs"].idxmax(), "0"])),
        (*_OD_ID, "Runs", "0"),
    ),
    Q(
        "how many players average over 40",
        _count(lambda d: float((_num(d["Ave"]) > 40).sum())),
        (*_OD_ID, "Ave"),
    ),
    Q(
        "which country has the most hundreds in total",
        _lead(_named(lambda d: _top(d["100"].groupby(_text(d["Player"]).map(_od_team)).sum()), _OD_ALIASES)),
        (*_OD_ID, "100"),
    ),
    Q(
        "what's the highest individual score and who made it?",
        both(has(lambda d: _od_high(d)[0]), _od_said(lambda d: _od_high(d)[1])),
        (*_OD_ID, "HS"),
    ),
    Q(
        "correlation between strike rate and batting average?",
        _corr(
            lambda d: _num(d["SR"])[_num(d["SR"]).notna() & _num(d["Ave"]).notna()],
            lambda d: _num(d["Ave"])[_num(d["SR"]).notna() & _num(d["Ave"]).notna()],
        ),
        (*_OD_ID, "SR", "Ave", "BF"),
    ),
]


# --- 7. FRED daily 10-year Treasury yield (DGS10.csv) --------------------------------------------------------------

# the yield at the start of each year from 2005 to 2024
_DG_ANCHORS = [
    4.22,
    4.37,
    4.68,
    3.91,
    2.46,
    3.85,
    3.36,
    1.97,
    1.76,
    3.00,
    2.12,
    2.24,
    2.45,
    2.46,
    2.66,
    1.88,
    0.93,
    1.63,
    3.79,
    3.88,
]
# extra bends inside years: (date, level)
_DG_BENDS = [
    ("2007-06-12", 5.26),
    ("2008-12-30", 2.08),
    ("2012-07-25", 1.43),
    ("2013-09-05", 2.98),
    ("2016-07-08", 1.37),
    ("2018-11-08", 3.24),
    ("2019-09-03", 1.47),
    ("2020-03-09", 0.54),
    ("2020-08-04", 0.52),
    ("2021-03-31", 1.74),
    ("2022-06-14", 3.48),
    ("2022-10-24", 4.25),
    ("2023-04-06", 3.30),
    ("2023-10-19", 4.99),
]


def _fred_frame() -> pd.DataFrame:
    from pandas.tseries.holiday import USFederalHolidayCalendar

    rng = np.random.default_rng(8907)
    days = pd.bdate_range("2005-01-03", "2023-12-29")
    points = [(pd.Timestamp(2005 + i, 1, 1), v) for i, v in enumerate(_DG_ANCHORS)]
    points += [(pd.Timestamp(t), v) for t, v in _DG_BENDS]
    points.sort()
    xs = np.array([p[0].to_datetime64() for p in points], dtype="datetime64[ns]").astype("int64").astype(float)
    at = days.to_numpy().astype("datetime64[ns]").astype("int64").astype(float)
    path = np.interp(at, xs, [p[1] for p in points])
    wander = np.zeros(len(days))
    for i in range(1, len(days)):
        wander[i] = 0.95 * wander[i - 1] + float(rng.normal(0, 0.045))
    level = np.maximum(0.5, path + wander)
    holidays = set(USFederalHolidayCalendar().holidays("2005-01-01", "2023-12-31"))
    values = ["." if d in holidays else f"{v:.2f}" for d, v in zip(days, level, strict=True)]
    return pd.DataFrame({"observation_date": [f"{d:%Y-%m-%d}" for d in days], "DGS10": values})


def _dg(d: pd.DataFrame) -> pd.DataFrame:
    frame = pd.DataFrame({"day": pd.to_datetime(d["observation_date"]), "y": _num(d["DGS10"])})
    return frame.dropna()


def _dg_peak(d: pd.DataFrame) -> pd.Series:
    g = _dg(d)
    return g.loc[g["y"] == g["y"].max(), "day"]


def _dg_peak_day(answer: str, d: pd.DataFrame) -> str | None:
    for day in _dg_peak(d):
        if _day(lambda _d, day=day: day)(answer, d) is None:
            return None
    return "missing the day of the peak"


def _dg_above(strict: bool, year: int | None = None) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        g = _dg(d)
        if year:
            g = g[g["day"].dt.year == year]
        return float((g["y"] > 4).sum() if strict else (g["y"] >= 4).sum())

    return count


_DG_ID = ("observation_date",)
_FRED_QS = [
    Q(
        "what was the average 10 year yield in 2022",
        has(lambda d: float(_dg(d).loc[_dg(d)["day"].dt.year == 2022, "y"].mean()), rel=0.003),
        (*_DG_ID, "DGS10"),
    ),
    Q(
        "highest it's been and when?",
        both(has(lambda d: float(_dg(d)["y"].max())), _dg_peak_day),
        (*_DG_ID, "DGS10"),
    ),
    Q(
        "how many days have no value",
        _count(lambda d: float(_num(d["DGS10"]).isna().sum())),
        (*_DG_ID, "DGS10"),
    ),
    Q(
        "which year had the lowest average rate?",
        _lead(_year(lambda d: float(_bottom(_dg(d).groupby(_dg(d)["day"].dt.year)["y"].mean())))),
        (*_DG_ID, "DGS10"),
    ),
    Q(
        "how many days was it above 4%",
        either(_count(_dg_above(True)), _count(_dg_above(False))),
        (*_DG_ID, "DGS10"),
    ),
    Q(
        "and how many of those were in 2023?",
        either(_count(_dg_above(True, 2023)), _count(_dg_above(False, 2023))),
        (*_DG_ID, "DGS10"),
    ),
]

HELDOUT89: list[Dataset] = [
    Dataset("mint_transactions", _mint_frame, _MINT_QS),
    Dataset("toggl_time_entries", _toggl_frame, _TOGGL_QS),
    Dataset("epa_fuel_economy_vehicles", _vehicles_frame, _VEHICLES_QS),
    Dataset("seattle_library_checkouts", _library_frame, _LIBRARY_QS),
    Dataset("coinbase_transactions", _coinbase_frame, _COINBASE_QS),
    Dataset("odi_batting_careers", _odi_frame, _ODI_QS),
    Dataset("fred_dgs10_daily", _fred_frame, _FRED_QS),
]
