"""HELDOUT126: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: the Trades
section of an Interactive Brokers activity statement saved as CSV (a leading "Trades" column, Header as Data /
SubTotal / Total, DataDiscriminator "Order" on trade rows and blank on the subtotal and total rows, Asset Category
Stocks or "Equity and Index Options", Currency USD, Symbol as "AAPL" or "SPY 15MAR24 480 C", Date/Time as
"2023-01-17, 10:32:15" with its comma, Quantity negative on sells and written "1,000" from a thousand up, T. Price,
C. Price, Proceeds negative on buys, Comm/Fee negative, Basis, Realized P/L zero on opening trades, MTM P/L and Code
"O" / "C" / "C;P" / "O;P"; a SubTotal row after every symbol and a Total row after every asset category, both
summing the trade rows above them; 2022-2024); a Slack workspace "member analytics" export for one quarter (Date
Range "Jan 1, 2024 - Mar 31, 2024" on every row, User ID "U04..." codes, Name, What I Do with blanks, Account type
Member / Workspace Admin / Workspace Owner / Workspace Primary Owner / Multi-Channel Guest / Single-Channel Guest,
Account created (UTC), Claimed Date (UTC) and Deactivated date (UTC) as "Mar 4, 2019" with blanks, Days active and
Days active on Desktop / Android / iOS, Messages posted split into channels and DMs, Reactions added, Last active
(UTC) dates or "Never", Display name, Email and Timezone); a Clover POS "Orders" export for a cafe, January-June 2024
(13-character Order ID, Order Number, Order Date as "13-Mar-2024 12:05 PM EDT" with EST before 10 March, Order
Employee ID / Name / Custom ID, Currency USD, Tax Amount, Tip blank on cash, Service Charge, Discount, Order Total
with tax, Payments Total with the tip, Refunds Total, Manual Refunds Total, Credit Card Auth Code and Transaction ID
blank unless a card paid, Order Payment State Paid / Open / Refunded / Partially Refunded and Tender Credit Card /
Cash / Debit Card / Gift Card, blank on open orders); Amazon's Kindle.Devices.ReadingSession.csv from a data request
(start_timestamp and end_timestamp as "2023-04-12T21:14:03.000Z", device_family Kindle E-reader / iPhone / iPad /
Kindle for PC, ASIN "B0..." ids only (no titles), total_reading_milliseconds, number_of_page_flips with "Not
Available", content_type EBOK / PDOC, marketplace; 2021-2024); the FAA aircraft registry MASTER file as CSV (upper-case
headers "N-NUMBER", "SERIAL NUMBER", "MFR MDL CODE", "ENG MFR MDL", "YEAR MFR" padded blank when unknown, "TYPE
REGISTRANT" codes, NAME, STREET, CITY padded with trailing spaces, STATE blank for foreign owners, 9-digit "ZIP
CODE", REGION, COUNTY, COUNTRY, "LAST ACTION DATE" / "CERT ISSUE DATE" / "AIR WORTH DATE" / "EXPIRATION DATE" as
YYYYMMDD numbers, CERTIFICATION, "TYPE AIRCRAFT" and "TYPE ENGINE" codes with letters among the digits, "STATUS
CODE", "MODE S CODE", "FRACT OWNER", "UNIQUE ID", "KIT MFR", "KIT MODEL", "MODE S CODE HEX" and the unnamed empty
column the file's trailing comma makes); OSHA's Injury Tracking Application Form 300A summary data for 2023 (id,
establishment_name, ein with blanks, company_name, street_address, city, upper-case two-letter state, zip_code losing
its leading zero, naics_code, naics_year, industry_description, establishment_type, size codes, annual_average_
employees, total_hours_worked with a few blanks, no_injuries_illnesses 1 / 2, total_deaths, total_dafw_cases,
total_djtr_cases, total_other_cases, total_dafw_days, total_djtr_days, total_injuries, the illness columns (skin,
respiratory, poisonings, hearing loss, other) adding up with the injuries to the cases, establishment_id,
created_timestamp, year_filing_for); and data.ny.gov's "Lottery Powerball Winning Numbers: Beginning 2010" (Draw Date
as "09/26/2020", newest first, Winning Numbers as six space-separated two-digit numbers with the Powerball last,
Multiplier 2-5 or 10 with a few blanks; Wednesday and Saturday draws, Monday ones from August 2021). All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _num(s: pd.Series) -> pd.Series:
    """Numbers written with thousands commas, padding, "$" or blanks (blanks and words as NaN)."""
    text = s.astype("string").str.replace(r"[$,\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce").astype("float64")


def _str(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions."""
    return _scaled(value, (1e3, 1e6))


def _size(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount whatever its sign ("-$1,234", "a loss of $1,234" or "$1.2k"), in full or in thousands / millions."""
    inner = _scaled(lambda d: abs(float(value(d))), (1e3, 1e6))
    return lambda answer, df: inner(answer.replace("-", " ").replace("\u2212", " "), df)


def _any_top(counts: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """One of the labels tied for the highest count, named beside the superlative."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        c = counts(df)
        best = [str(k) for k, v in c.items() if v == c.max()]
        for b in best:
            if re.search(rf"(?<![\d.]){re.escape(b)}(?![\d.])", answer):
                return None
        return f"missing one of {best}"

    return _lead(check)


def _ymd(s: pd.Series) -> pd.Series:
    """YYYYMMDD numbers (padded or blank) as dates."""
    return pd.to_datetime(_str(s).str[:8], format="%Y%m%d", errors="coerce")


def _date_text(t: pd.Timestamp) -> str:
    return f"{t:%b} {t.day}, {t.year}"


# --- 1. Interactive Brokers activity statement: trades -------------------------------------------------------------

_IB_STOCKS = {
    "AAPL": 165.0,
    "MSFT": 290.0,
    "NVDA": 180.0,
    "TSLA": 230.0,
    "AMD": 105.0,
    "AMZN": 125.0,
    "META": 240.0,
    "GOOGL": 115.0,
    "SPY": 420.0,
    "QQQ": 340.0,
    "PLTR": 14.0,
    "SOFI": 7.5,
}
_IB_OPT_UNDER = ["SPY", "QQQ", "AAPL", "TSLA", "NVDA"]
_IB_COLS = [
    "Trades",
    "Header",
    "DataDiscriminator",
    "Asset Category",
    "Currency",
    "Symbol",
    "Date/Time",
    "Quantity",
    "T. Price",
    "C. Price",
    "Proceeds",
    "Comm/Fee",
    "Basis",
    "Realized P/L",
    "MTM P/L",
    "Code",
]


def _ib_qty(q: float) -> str:
    return f"{int(q):,}"


def _ibkr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12601)
    start, end = pd.Timestamp("2022-01-03"), pd.Timestamp("2024-12-31")
    trades: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for _ in range(300):
        option = rng.random() < 0.28
        t1 = start + pd.Timedelta(days=int(rng.integers(0, (end - start).days)))
        t1 = t1 + pd.offsets.BDay(0) + pd.Timedelta(seconds=int(rng.integers(34_200, 57_600)))
        hold = int(rng.integers(0, 8 if option else 70))
        t2 = t1.normalize() + pd.offsets.BDay(hold) + pd.Timedelta(seconds=int(rng.integers(34_200, 57_600)))
        if option:
            under = str(_one(rng, _IB_OPT_UNDER, [4, 2, 1, 2, 2]))
            spot = _IB_STOCKS[under] * (1 + 0.15 * (t1.year - 2022))
            strike = int(round(spot / 5) * 5)
            expiry = t1.normalize() + pd.offsets.Week(weekday=4) + pd.offsets.Week(int(rng.integers(0, 3)))
            symbol = f"{under} {expiry:%d%b%y}".upper() + f" {strike} {_one(rng, ['C', 'P'])}"
            qty = int(rng.integers(1, 11))
            mult = 100
            p1 = round(float(rng.gamma(2.0, 1.4)) + 0.05, 2)
            p2 = round(max(0.01, p1 * float(np.exp(rng.normal(-0.05, 0.45)))), 2)
            c1, c2 = -round(0.65 * qty + 0.02 * qty, 2), -round(0.65 * qty + 0.03 * qty, 2)
            cat = "Equity and Index Options"
        else:
            symbol = str(_one(rng, list(_IB_STOCKS), [6, 4, 6, 6, 3, 3, 3, 2, 5, 3, 2, 2]))
            spot = _IB_STOCKS[symbol] * (1 + 0.15 * (t1.year - 2022) + float(rng.normal(0, 0.08)))
            qty = int(_one(rng, [10, 20, 25, 50, 100, 200, 300, 500, 1000, 1500], [3, 3, 3, 4, 5, 3, 2, 2, 1, 1]))
            if spot > 150 and qty > 300:
                qty = 100
            mult = 1
            p1 = round(spot, 2)
            p2 = round(p1 * float(np.exp(rng.normal(0.004, 0.06))), 2)
            c1 = -round(min(max(1.0, 0.005 * qty), 0.01 * qty * p1), 2)
            c2 = -round(min(max(1.0, 0.005 * qty), 0.01 * qty * p2) + 0.0000278 * qty * p2, 2)
            cat = "Stocks"
        basis = round(qty * p1 * mult - c1, 2)
        mark1 = round(p1 * (1 + float(rng.normal(0, 0.01))), 2)
        rows = trades.setdefault((cat, symbol), [])
        rows.append(
            {
                "t": t1,
                "Quantity": qty,
                "T. Price": p1,
                "C. Price": mark1,
                "Proceeds": round(-qty * p1 * mult, 2),
                "Comm/Fee": c1,
                "Basis": basis,
                "Realized P/L": 0.0,
                "MTM P/L": round((mark1 - p1) * qty * mult, 2),
                "Code": "O" if rng.random() < 0.9 else "O;P",
            }
        )
        if t2 <= end:
            proceeds = round(qty * p2 * mult, 2)
            mark2 = round(p2 * (1 + float(rng.normal(0, 0.01))), 2)
            rows.append(
                {
                    "t": t2,
                    "Quantity": -qty,
                    "T. Price": p2,
                    "C. Price": mark2,
                    "Proceeds": proceeds,
                    "Comm/Fee": c2,
                    "Basis": -basis,
                    "Realized P/L": round(proceeds + c2 - basis, 2),
                    "MTM P/L": round((p2 - mark2) * qty * mult, 2),
                    "Code": "C" if rng.random() < 0.85 else "C;P",
                }
            )
    out = []
    sums = ["Proceeds", "Comm/Fee", "Basis", "Realized P/L", "MTM P/L"]
    for cat in ("Stocks", "Equity and Index Options"):
        total = dict.fromkeys(sums, 0.0)
        for (c, symbol), rows in sorted(trades.items()):
            if c != cat:
                continue
            rows.sort(key=lambda r: r["t"])
            for r in rows:
                out.append(
                    {
                        "Trades": "Trades",
                        "Header": "Data",
                        "DataDiscriminator": "Order",
                        "Asset Category": cat,
                        "Currency": "USD",
                        "Symbol": symbol,
                        "Date/Time": f"{r['t']:%Y-%m-%d, %H:%M:%S}",
                        "Quantity": _ib_qty(r["Quantity"]),
                        **{k: r[k] for k in ("T. Price", "C. Price", *sums, "Code")},
                    }
                )
            sub = {k: round(sum(r[k] for r in rows), 2) for k in sums}
            for k in sums:
                total[k] += sub[k]
            out.append(
                {
                    "Trades": "Trades",
                    "Header": "SubTotal",
                    "DataDiscriminator": "",
                    "Asset Category": cat,
                    "Currency": "USD",
                    "Symbol": symbol,
                    "Date/Time": "",
                    "Quantity": _ib_qty(sum(r["Quantity"] for r in rows)),
                    "T. Price": np.nan,
                    "C. Price": np.nan,
                    **sub,
                    "Code": "",
                }
            )
        out.append(
            {
                "Trades": "Trades",
                "Header": "Total",
                "DataDiscriminator": "",
                "Asset Category": cat,
                "Currency": "USD",
                "Symbol": "",
                "Date/Time": "",
                "Quantity": "",
                "T. Price": np.nan,
                "C. Price": np.nan,
                **{k: round(v, 2) for k, v in total.items()},
                "Code": "",
            }
        )
    return pd.DataFrame(out, columns=_IB_COLS)


def _ib_data(d: pd.DataFrame) -> pd.DataFrame:
    return d[_str(d["Header"]) == "Data"]


def _ib_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_str(d["Date/Time"]).str[:10], errors="coerce").dt.year


def _ib_best(stocks_only: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _ib_data(d)
        if stocks_only:
            x = x[_str(x["Asset Category"]) == "Stocks"]
        return _top(x.groupby(_str(x["Symbol"]))["Realized P/L"].sum())

    return value


def _ib_losers(d: pd.DataFrame) -> pd.DataFrame:
    x = _ib_data(d)
    return x[x["Realized P/L"] < 0]


_IBKR_QS = [
    Q("how many trades did i make?", _count(lambda d: len(_ib_data(d))), ("Header", "DataDiscriminator")),
    Q(
        "how much have i paid in commissions altogether?",
        _size(lambda d: float(_ib_data(d)["Comm/Fee"].sum())),
        ("Comm/Fee", "Header"),
    ),
    Q(
        "which stock made me the most money?",
        either(_lead(_named(_ib_best(True))), _lead(_named(_ib_best(False)))),
        ("Symbol", "Realized P/L", "Asset Category", "Header"),
    ),
    Q(
        "what was my total realized profit in 2023",
        _size(lambda d: float(_ib_data(d)["Realized P/L"][_ib_year(_ib_data(d)) == 2023].sum())),
        ("Realized P/L", "Date/Time", "Header"),
    ),
    Q(
        "how many trades lost money?",
        _count(lambda d: len(_ib_losers(d))),
        ("Realized P/L", "Header"),
    ),
    Q(
        "how many of those were options?",
        _count(lambda d: int((_str(_ib_losers(d)["Asset Category"]) == "Equity and Index Options").sum())),
        ("Realized P/L", "Asset Category", "Header"),
    ),
]


# --- 2. Slack member analytics -------------------------------------------------------------------------------------

_SL_FIRST = [
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Chris",
    "Karen",
    "Daniel",
    "Lisa",
    "Matthew",
    "Nancy",
    "Anthony",
    "Betty",
    "Mark",
    "Sandra",
    "Priya",
    "Wei",
    "Carlos",
    "Ana",
    "Ahmed",
    "Fatima",
    "Kenji",
    "Yuki",
    "Olga",
    "Ivan",
    "Lucas",
    "Sofia",
    "Noah",
    "Emma",
    "Liam",
    "Olivia",
    "Mateo",
    "Chloe",
    "Arjun",
    "Mei",
    "Diego",
    "Hannah",
]
_SL_LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Patel",
    "Chen",
    "Nguyen",
    "Kim",
    "Singh",
    "Tanaka",
    "Ivanova",
    "Silva",
    "Kowalski",
    "Muller",
    "Rossi",
    "Dubois",
    "Okafor",
    "Haddad",
    "Larsen",
    "Novak",
]
_SL_ROLES = ["Engineer", "Product Manager", "Designer", "Sales", "Customer Success", "Marketing", "Recruiter", "Ops"]


def _slack_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12602)
    n = 650
    used: set[str] = set()
    rows = []
    range_end = pd.Timestamp("2024-03-31")
    for i in range(n):
        while True:
            name = f"{_one(rng, _SL_FIRST)} {_one(rng, _SL_LAST)}"
            if name not in used:
                used.add(name)
                break
        kind = str(
            _one(
                rng,
                [
                    "Member",
                    "Workspace Admin",
                    "Workspace Owner",
                    "Workspace Primary Owner",
                    "Multi-Channel Guest",
                    "Single-Channel Guest",
                ],
                [480, 14, 3, 0, 70, 45] if i else [0, 0, 0, 1, 0, 0],
            )
        )
        guest = "Guest" in kind
        created = pd.Timestamp("2018-05-01") + pd.Timedelta(days=int(rng.integers(0, 2100)))
        claimed = created + pd.Timedelta(days=int(rng.integers(0, 6)))
        unclaimed = guest and rng.random() < 0.12
        deactivated = pd.NaT
        if rng.random() < 0.09 and claimed < pd.Timestamp("2024-03-20"):
            deactivated = claimed + pd.Timedelta(days=int(rng.integers(10, (range_end - claimed).days)))
        if unclaimed:
            days = 0
        else:
            days = int(np.clip(rng.normal(22 if guest else 52, 14), 0, 90))
            if pd.notna(deactivated) and deactivated.year == 2024:
                days = min(days, (deactivated - pd.Timestamp("2024-01-01")).days)
            elif pd.notna(deactivated):
                days = 0
            if rng.random() < 0.06:
                days = 0
        desktop = round(days * rng.uniform(0.6, 1.0))
        ios = round(days * rng.uniform(0, 0.5)) if rng.random() < 0.5 else 0
        android = round(days * rng.uniform(0, 0.4)) if ios == 0 and rng.random() < 0.4 else 0
        rate = float(rng.gamma(1.6, 3.2 if guest else 6.5))
        chan = int(rng.poisson(days * rate * 0.6)) if days else 0
        dms = int(rng.poisson(days * rate * 0.4)) if days else 0
        reacts = int(rng.poisson(days * rate * 0.25 + 0.5 * days)) if days else 0
        last = "Never"
        if days:
            last = _date_text(range_end - pd.Timedelta(days=int(rng.integers(0, 90 - days + 1))))
        elif not unclaimed:
            last = _date_text(pd.Timestamp("2023-12-31") - pd.Timedelta(days=int(rng.integers(0, 400))))
        first, family = name.split(" ")
        rows.append(
            {
                "Date Range": "Jan 1, 2024 - Mar 31, 2024",
                "User ID": f"U0{int(rng.integers(10**8, 10**9 - 1)):X}"[:11],
                "Name": name,
                "What I Do": str(_one(rng, _SL_ROLES)) if rng.random() < 0.55 else "",
                "Account type": kind,
                "Account created (UTC)": _date_text(created),
                "Claimed Date (UTC)": "" if unclaimed else _date_text(claimed),
                "Deactivated date (UTC)": "" if pd.isna(deactivated) else _date_text(deactivated),
                "Days active": days,
                "Days active (Desktop)": desktop,
                "Days active (Android)": android,
                "Days active (iOS)": ios,
                "Messages posted": chan + dms,
                "Messages posted in channels": chan,
                "Messages posted in DMs": dms,
                "Reactions added": reacts,
                "Last active (UTC)": last,
                "Display name": first.lower() + ("" if rng.random() < 0.5 else f".{family[0].lower()}"),
                "Email": f"{first.lower()}.{family.lower()}@{'partner.io' if guest else 'acme.com'}",
                "Timezone": str(
                    _one(
                        rng, ["America/New_York", "America/Los_Angeles", "Europe/London", "Asia/Kolkata"], [5, 3, 2, 1]
                    )
                ),
            }
        )
    return pd.DataFrame(rows)


def _sl_guest(d: pd.DataFrame) -> pd.Series:
    return _str(d["Account type"]).str.contains("Guest")


def _sl_days(d: pd.DataFrame, keep: pd.Series) -> float:
    return float(d["Days active"][keep].mean())


def _sl_year(col: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: pd.to_datetime(_str(d[col]), format="%b %d, %Y", errors="coerce").dt.year == 2023


def _sl_silent(col: str) -> Callable[[pd.DataFrame], int]:
    return lambda d: int((_sl_year(col)(d) & (d["Messages posted"] == 0)).sum())


_SLACK_QS = [
    Q("how many people are guests?", _count(lambda d: int(_sl_guest(d).sum())), ("Account type",)),
    Q(
        "who posts the most messages?",
        _lead(_named(lambda d: str(d.loc[d["Messages posted"].idxmax(), "Name"]))),
        ("Name", "Messages posted"),
    ),
    Q(
        "avg days active for regular members vs guests",
        either(
            _about(lambda d: [_sl_days(d, _str(d["Account type"]) == "Member"), _sl_days(d, _sl_guest(d))]),
            _about(lambda d: [_sl_days(d, ~_sl_guest(d)), _sl_days(d, _sl_guest(d))]),
            _about(
                lambda d: [
                    _sl_days(d, _str(d["Account type"]) == "Member"),
                    _sl_days(d, _str(d["Account type"]) == "Multi-Channel Guest"),
                    _sl_days(d, _str(d["Account type"]) == "Single-Channel Guest"),
                ]
            ),
        ),
        ("Days active", "Account type"),
    ),
    Q(
        "how many accounts have been deactivated",
        _count(lambda d: int((_str(d["Deactivated date (UTC)"]) != "").sum())),
        ("Deactivated date (UTC)",),
    ),
    Q(
        "how many people joined in 2023?",
        either(
            _count(lambda d: int(_sl_year("Account created (UTC)")(d).sum())),
            _count(lambda d: int(_sl_year("Claimed Date (UTC)")(d).sum())),
        ),
        ("Account created (UTC)", "Claimed Date (UTC)"),
    ),
    Q(
        "and how many of them never posted anything?",
        either(_count(_sl_silent("Account created (UTC)")), _count(_sl_silent("Claimed Date (UTC)"))),
        ("Account created (UTC)", "Claimed Date (UTC)", "Messages posted"),
    ),
]


# --- 3. Clover POS orders ------------------------------------------------------------------------------------------

_CL_STAFF = {
    "Maria Lopez": ("7WQ2X1ZK9D3FA", "101", 5.0),
    "Jake Turner": ("KD93MX0QPL2V8", "102", 4.0),
    "Aisha Khan": ("Q1Z8C7VN4R2TB", "103", 3.2),
    "Tom Becker": ("P0L9K8J7H6G5F", "104", 2.4),
    "Nina Park": ("ZX3C5V7B9N1M2", "105", 1.7),
    "Owner": ("AB12CD34EF56G", "", 0.6),
}
_CL_ALNUM = np.array(list("ABCDEFGHJKMNPQRSTVWXYZ0123456789"))


def _cl_id(rng: np.random.Generator, k: int = 13) -> str:
    return "".join(rng.choice(_CL_ALNUM, k))


def _clover_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12603)
    rows = []
    number = 1000
    for day in pd.date_range("2024-01-02", "2024-06-30", freq="D"):
        n = int(rng.poisson([11, 12, 12, 13, 16, 20, 15][day.dayofweek]))
        for _ in range(n):
            number += 1
            t = day + pd.Timedelta(minutes=int(rng.integers(7 * 60, 18 * 60)))
            zone = "EDT" if t >= pd.Timestamp("2024-03-10 03:00") else "EST"
            name = str(_one(rng, list(_CL_STAFF), [v[2] for v in _CL_STAFF.values()]))
            emp_id, custom, _ = _CL_STAFF[name]
            pay = str(_one(rng, ["Credit Card", "Cash", "Debit Card", "Gift Card"], [55, 22, 18, 5]))
            size = {"Credit Card": 1.15, "Cash": 0.7, "Debit Card": 0.95, "Gift Card": 1.45}[pay]
            sub = round(float(rng.gamma(2.2, 6.5)) * size + 3.0, 2)
            disc = round(sub * 0.1, 2) if rng.random() < 0.08 else 0.0
            service = 2.5 if rng.random() < 0.04 else 0.0
            tax = round((sub - disc) * 0.08875, 2)
            total = round(sub - disc + tax + service, 2)
            state = str(_one(rng, ["Paid", "Open", "Refunded", "Partially Refunded"], [940, 15, 25, 20]))
            tender = "" if state == "Open" else pay
            tip = np.nan
            if tender in ("Credit Card", "Debit Card"):
                tip = round(total * float(_one(rng, [0, 0.1, 0.15, 0.2, 0.25], [3, 2, 4, 3, 1])), 2)
            elif tender == "Gift Card":
                tip = 0.0
            paid = 0.0 if state == "Open" else round(total + (0.0 if np.isnan(tip) else tip), 2)
            refund = 0.0
            if state == "Refunded":
                refund = paid
            elif state == "Partially Refunded":
                refund = round(paid * float(rng.uniform(0.15, 0.6)), 2)
            card = tender in ("Credit Card", "Debit Card")
            rows.append(
                {
                    "Order ID": _cl_id(rng),
                    "Order Number": number,
                    "Order Date": f"{t:%d-%b-%Y %I:%M %p} {zone}",
                    "Order Employee ID": emp_id,
                    "Order Employee Name": name,
                    "Order Employee Custom ID": custom,
                    "Currency": "USD",
                    "Tax Amount": tax,
                    "Tip": tip,
                    "Service Charge": service,
                    "Discount": disc,
                    "Order Total": total,
                    "Payments Total": paid,
                    "Refunds Total": refund,
                    "Manual Refunds Total": 0.0,
                    "Credit Card Auth Code": f"{int(rng.integers(0, 999999)):06d}" if card else "",
                    "Credit Card Transaction ID": _cl_id(rng, 16) if card else "",
                    "Order Payment State": state,
                    "Tender": tender,
                }
            )
    return pd.DataFrame(rows)


def _cl_state(d: pd.DataFrame) -> pd.Series:
    return _str(d["Order Payment State"])


def _cl_refunded(full_only: bool) -> Callable[[pd.DataFrame], pd.Series]:
    if full_only:
        return lambda d: _cl_state(d) == "Refunded"
    return lambda d: _cl_state(d).isin(["Refunded", "Partially Refunded"]) | (d["Refunds Total"] > 0)


_CL_TENDERS = ["Cash", "Credit Card", "Debit Card", "Gift Card"]

_CLOVER_QS = [
    Q(
        "what were total sales?",
        either(
            _dollars(lambda d: float(d["Order Total"].sum())),
            _dollars(lambda d: float(d["Order Total"][_cl_state(d) != "Open"].sum())),
            _dollars(lambda d: float(d["Payments Total"].sum())),
        ),
        ("Order Total", "Payments Total", "Order Payment State"),
    ),
    Q("how much did we get in tips", _dollars(lambda d: float(_num(d["Tip"]).sum())), ("Tip",)),
    Q(
        "which employee rang up the most sales?",
        either(
            _lead(_named(lambda d: _top(d.groupby(_str(d["Order Employee Name"]))["Order Total"].sum()))),
            _lead(_named(lambda d: _top(_str(d["Order Employee Name"]).value_counts()))),
        ),
        ("Order Employee Name", "Order Total", "Order ID", "Payments Total"),
    ),
    Q(
        "average order size by payment type",
        either(
            _about(lambda d: [d["Order Total"][_str(d["Tender"]) == t].mean() for t in _CL_TENDERS]),
            _about(lambda d: [d["Payments Total"][_str(d["Tender"]) == t].mean() for t in _CL_TENDERS]),
        ),
        ("Tender", "Order Total", "Payments Total"),
    ),
    Q(
        "how many orders got refunded",
        either(_count(lambda d: int(_cl_refunded(True)(d).sum())), _count(lambda d: int(_cl_refunded(False)(d).sum()))),
        ("Order Payment State", "Refunds Total", "Order ID"),
    ),
    Q(
        "how much money did those refunds come to?",
        either(
            _dollars(lambda d: float(d["Refunds Total"][_cl_refunded(True)(d)].sum())),
            _dollars(lambda d: float(d["Refunds Total"][_cl_refunded(False)(d)].sum())),
        ),
        ("Order Payment State", "Refunds Total", "Order ID"),
    ),
]


# --- 4. Kindle reading sessions ------------------------------------------------------------------------------------

_KD_DEVICES = {"Kindle E-reader": (55, 34.0), "iPhone": (28, 11.0), "iPad": (12, 24.0), "Kindle for PC": (5, 18.0)}


def _kd_asin(rng: np.random.Generator) -> str:
    return "B0" + "".join(rng.choice(_CL_ALNUM, 8))


def _kindle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12604)
    books = [_kd_asin(rng) for _ in range(46)]
    weights = rng.gamma(1.3, 1.0, len(books))
    weights[7] *= 3.5
    docs = ["".join(rng.choice(_CL_ALNUM, 32)) for _ in range(4)]
    rows = []
    start = pd.Timestamp("2021-01-01")
    year_weight = {2021: 0.8, 2022: 1.0, 2023: 1.35, 2024: 1.1}
    for day in pd.date_range(start, "2024-12-31", freq="D"):
        n = int(rng.poisson(2.1 * year_weight[day.year]))
        for _ in range(n):
            device = str(_one(rng, list(_KD_DEVICES), [v[0] for v in _KD_DEVICES.values()]))
            pdoc = rng.random() < 0.04
            asin = str(_one(rng, docs)) if pdoc else books[int(rng.choice(len(books), p=weights / weights.sum()))]
            hour = int(_one(rng, [7, 8, 12, 13, 18, 20, 21, 22, 23, 0], [3, 3, 2, 2, 2, 4, 6, 7, 5, 2]))
            t = day + pd.Timedelta(hours=hour, seconds=int(rng.integers(0, 3600)))
            ms = int(rng.gamma(1.6, _KD_DEVICES[device][1] / 1.6) * 60_000) + int(rng.integers(20_000, 60_000))
            end = t + pd.Timedelta(milliseconds=ms + int(rng.integers(0, 120_000)))
            flips: Any = int(rng.poisson(ms / 60_000 * 1.4)) + int(rng.integers(0, 3))
            if (device == "Kindle for PC" and rng.random() < 0.7) or rng.random() < 0.03:
                flips = "Not Available"
            rows.append(
                {
                    "start_timestamp": f"{t:%Y-%m-%dT%H:%M:%S}.000Z",
                    "end_timestamp": f"{end:%Y-%m-%dT%H:%M:%S}.000Z",
                    "device_family": device,
                    "ASIN": asin,
                    "total_reading_milliseconds": ms,
                    "number_of_page_flips": flips,
                    "content_type": "PDOC" if pdoc else "EBOK",
                    "marketplace": "US",
                }
            )
    return pd.DataFrame(rows)


def _kd_ms(d: pd.DataFrame) -> pd.Series:
    return _num(d["total_reading_milliseconds"])


def _kd_year(by_ms: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        years = pd.to_datetime(_str(d["start_timestamp"]).str[:10]).dt.year
        return int(_top(_kd_ms(d).groupby(years).sum() if by_ms else years.value_counts()))

    return value


def _kd_minutes(d: pd.DataFrame) -> list[float]:
    dev = _str(d["device_family"])
    return [float(_kd_ms(d)[dev == k].mean() / 60_000) for k in ("Kindle E-reader", "iPhone")]


def _kd_book(d: pd.DataFrame) -> str:
    return _top(_kd_ms(d).groupby(_str(d["ASIN"])).sum())


def _kd_book_device(by_ms: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = d[_str(d["ASIN"]) == _kd_book(d)]
        return _top(_kd_ms(x).groupby(_str(x["device_family"])).sum() if by_ms else x["device_family"].value_counts())

    return value


_KINDLE_QS = [
    Q(
        "how many hours have i spent reading in total?",
        _scaled(lambda d: float(_kd_ms(d).sum() / 3_600_000), (1 / 60, 1 / 3_600_000, 24)),
        ("total_reading_milliseconds",),
    ),
    Q(
        "which year did i read the most?",
        either(_lead(_year(_kd_year(True))), _lead(_year(_kd_year(False)))),
        ("start_timestamp", "total_reading_milliseconds"),
    ),
    Q(
        "are my sessions longer on the kindle or on my phone? avg length of each",
        either(
            _about(_kd_minutes),
            _about(lambda d: [60 * m for m in _kd_minutes(d)]),
        ),
        ("device_family", "total_reading_milliseconds"),
    ),
    Q(
        "which book did i spend the most time on?",
        _lead(_named(_kd_book)),
        ("ASIN", "total_reading_milliseconds"),
    ),
    Q(
        "and what device did i mostly read it on",
        either(_named(_kd_book_device(True)), _named(_kd_book_device(False))),
        ("ASIN", "device_family", "total_reading_milliseconds"),
    ),
    Q(
        "do longer sessions come with more page turns?",
        _corr(lambda d: _kd_ms(d), lambda d: _num(d["number_of_page_flips"])),
        ("total_reading_milliseconds", "number_of_page_flips"),
    ),
]


# --- 5. FAA aircraft registry (MASTER) -----------------------------------------------------------------------------

_FA_STATES: dict[str, tuple[float, str, str]] = {
    "CA": (12, "LOS ANGELES:4;SAN DIEGO:3;SAN JOSE:2;FRESNO:2;SANTA ROSA:1;CHINO:2", "4"),
    "TX": (10, "HOUSTON:5;DALLAS:4;SAN ANTONIO:3;AUSTIN:2;FORT WORTH:3;MIDLAND:1", "2"),
    "FL": (8, "MIAMI:3;ORLANDO:3;TAMPA:2;FORT LAUDERDALE:2;NAPLES:1", "7"),
    "AK": (5, "ANCHORAGE:6;FAIRBANKS:3;WASILLA:2;JUNEAU:1", "S"),
    "WA": (4, "SEATTLE:3;SPOKANE:2;EVERETT:2;BELLINGHAM:1", "S"),
    "AZ": (4, "PHOENIX:4;SCOTTSDALE:3;TUCSON:2;MESA:2", "4"),
    "CO": (3, "DENVER:3;COLORADO SPRINGS:2;BROOMFIELD:1", "E"),
    "GA": (3, "ATLANTA:4;SAVANNAH:1;MACON:1", "7"),
    "OH": (3, "COLUMBUS:2;CLEVELAND:2;DAYTON:2", "C"),
    "MI": (3, "DETROIT:2;GRAND RAPIDS:2;TRAVERSE CITY:1", "C"),
    "NY": (3, "NEW YORK:2;ALBANY:1;ROCHESTER:1;BUFFALO:1", "1"),
    "WI": (2, "MILWAUKEE:2;OSHKOSH:2;MADISON:1", "C"),
    "MN": (2, "MINNEAPOLIS:3;DULUTH:1", "C"),
    "NC": (2, "CHARLOTTE:3;RALEIGH:2", "7"),
    "OR": (2, "PORTLAND:3;BEND:2", "S"),
    "DE": (2, "WILMINGTON:1", "1"),
}
_FA_STREETS = ["MAIN ST", "AIRPORT RD", "PO BOX 12", "HANGAR LN"]
_FA_NAMES = (
    "SMITH JOHN R;WELLS FARGO TRUST CO NA TRUSTEE;BANK OF UTAH TRUSTEE;SKYWEST AIRLINES INC;SOUTHWEST AIRLINES CO"
)


def _faa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12605)
    n = 4200
    states = list(_FA_STATES)
    sw = np.array([v[0] for v in _FA_STATES.values()], dtype=float)
    people = ["JOHNSON", "WILLIAMS", "BROWN", "MILLER", "DAVIS", "GARCIA", "ANDERSON", "THOMPSON", "MARTIN", "CLARK"]
    firms = [*_FA_NAMES.split(";")[1:], "AVIATION LLC", "FLYING CLUB INC", "AIR CHARTER LLC", "LEASING CORP"]
    used: set[str] = set()
    rows = []
    for i in range(n):
        while True:
            digits = str(int(rng.integers(1, 99999)))[: int(rng.integers(1, 6))]
            tail = digits + "".join(rng.choice(list("ABCDEFGHJKLMNPQRSTUVWXYZ"), int(rng.integers(0, 3))))
            tail = tail[:5]
            if tail not in used and not tail.startswith("0"):
                used.add(tail)
                break
        foreign = rng.random() < 0.025
        st = "" if foreign else states[int(rng.choice(len(states), p=sw / sw.sum()))]
        if foreign:
            city, region, country = str(_one(rng, ["TORONTO", "MEXICO CITY", "LONDON"])), "", "CA"
        else:
            opts = [x.split(":") for x in _FA_STATES[st][1].split(";")]
            city = str(_one(rng, [o[0] for o in opts], [float(o[1]) for o in opts]))
            region, country = _FA_STATES[st][2], "US"
        kind = str(_one(rng, ["4", "5", "6", "1", "2", "9", "H", "O"], [78, 9, 7, 2, 2, 0.5, 0.2, 0.3]))
        year = int(np.clip(rng.normal(1982, 17), 1929, 2024))
        if rng.random() < 0.2:
            year = int(rng.integers(2005, 2025))
        year_text = f"{year}" if rng.random() > 0.07 else "    "
        cert = pd.Timestamp("2024-12-31") - pd.Timedelta(days=int(min(rng.exponential(2600), 8960)))
        expiry = cert + pd.DateOffset(years=7)
        while expiry < pd.Timestamp("2025-01-01"):
            expiry = expiry + pd.DateOffset(years=7)
        worth = cert - pd.Timedelta(days=int(rng.integers(0, 9000)))
        registrant = str(_one(rng, ["1", "3", "7", "2", "4", "5", "8"], [45, 14, 28, 2, 7, 2, 2]))
        if registrant in ("1", "4"):
            name = f"{_one(rng, people)} {_one(rng, ['JOHN', 'MARY', 'ROBERT', 'LINDA', 'JAMES'])} {chr(65 + i % 26)}"
        else:
            name = f"{_one(rng, people)} {_one(rng, firms)}" if rng.random() < 0.7 else str(_one(rng, firms))
        mode_s = int(rng.integers(0o50000000, 0o53777777))
        rows.append(
            {
                "N-NUMBER": f"{tail:<5}",
                "SERIAL NUMBER": f"{int(rng.integers(1, 99999)):<30}",
                "MFR MDL CODE": f"{int(rng.integers(1000000, 9999999))}",
                "ENG MFR MDL": f"{int(rng.integers(10000, 99999)):<5}",
                "YEAR MFR": year_text,
                "TYPE REGISTRANT": registrant,
                "NAME": f"{name:<50}",
                "STREET": f"{int(rng.integers(1, 9999))} {_one(rng, _FA_STREETS)}",
                "STREET2": "",
                "CITY": f"{city:<18}",
                "STATE": st,
                "ZIP CODE": "" if foreign else f"{int(rng.integers(10000, 99999))}{int(rng.integers(0, 9999)):04d}",
                "REGION": region,
                "COUNTY": "" if foreign else f"{int(rng.integers(1, 200)):03d}",
                "COUNTRY": country,
                "LAST ACTION DATE": int(f"{cert + pd.Timedelta(days=int(rng.integers(0, 300))):%Y%m%d}"),
                "CERT ISSUE DATE": int(f"{cert:%Y%m%d}"),
                "CERTIFICATION": str(_one(rng, ["1N", "1U", "4E", "1T", "9"], [60, 15, 10, 10, 5])),
                "TYPE AIRCRAFT": kind,
                "TYPE ENGINE": str(_one(rng, ["1", "2", "5", "3", "0", "11"], [80, 6, 7, 3, 2, 2])),
                "STATUS CODE": str(_one(rng, ["V", "A", "M", "R", "T"], [88, 4, 3, 3, 2])),
                "MODE S CODE": f"{mode_s:08o}",
                "FRACT OWNER": "Y" if rng.random() < 0.01 else "",
                "AIR WORTH DATE": "" if rng.random() < 0.04 else f"{worth:%Y%m%d}",
                "OTHER NAMES(1)": "",
                "EXPIRATION DATE": int(f"{expiry:%Y%m%d}"),
                "UNIQUE ID": f"{int(rng.integers(10**6, 10**8)):08d}",
                "KIT MFR": "",
                "KIT MODEL": "",
                "MODE S CODE HEX": f"{mode_s:X}",
                "": "",
            }
        )
    return pd.DataFrame(rows)


def _fa_state(d: pd.DataFrame) -> pd.Series:
    return _str(d["STATE"])


def _fa_year(d: pd.DataFrame) -> pd.Series:
    return _num(d["YEAR MFR"])


_FAA_QS = [
    Q("how many planes are registered in texas?", _count(lambda d: int((_fa_state(d) == "TX").sum())), ("STATE",)),
    Q(
        "which city there has the most?",
        _lead(_named(lambda d: _top(_str(d["CITY"])[_fa_state(d) == "TX"].value_counts()))),
        ("STATE", "CITY"),
    ),
    Q(
        "which state has the most aircraft overall",
        _lead(_named(lambda d: _top(_fa_state(d)[_fa_state(d) != ""].value_counts()))),
        ("STATE",),
    ),
    Q(
        "what's the average year they were built",
        either(
            has(lambda d: float(_fa_year(d).mean()), rel=0.0002), has(lambda d: float(_fa_year(d).median()), rel=0.0002)
        ),
        ("YEAR MFR",),
    ),
    Q(
        "how many don't have a build year listed?",
        _count(lambda d: int(_fa_year(d).isna().sum())),
        ("YEAR MFR",),
    ),
    Q(
        "which year were the most registration certificates issued",
        _lead(_year(lambda d: int(_top(_ymd(d["CERT ISSUE DATE"]).dt.year.value_counts())))),
        ("CERT ISSUE DATE",),
    ),
]


# --- 6. OSHA Form 300A summary data --------------------------------------------------------------------------------

# industry: naics code, weight, cases per 100 workers, days away per case, share of cases that are illnesses
_OS_IND: dict[str, tuple[int, float, float, float, float]] = {
    "General Medical and Surgical Hospitals": (622110, 9, 5.5, 9, 0.2),
    "Nursing Care Facilities (Skilled Nursing Facilities)": (623110, 8, 6.8, 12, 0.25),
    "Warehousing and Storage": (493110, 10, 5.0, 22, 0.04),
    "Supermarkets and Other Grocery Retailers (except Convenience Retailers)": (445110, 9, 3.9, 16, 0.03),
    "Poultry Processing": (311615, 4, 4.6, 18, 0.15),
    "Commercial and Institutional Building Construction": (236220, 7, 2.4, 30, 0.02),
    "Elementary and Secondary Schools": (611110, 8, 1.6, 8, 0.05),
    "Motor Vehicle Parts Manufacturing": (336390, 7, 3.6, 20, 0.06),
    "General Freight Trucking, Long-Distance, Truckload": (484121, 5, 3.8, 35, 0.02),
    "Home Centers": (444110, 6, 4.1, 14, 0.02),
    "Couriers and Express Delivery Services": (492110, 5, 6.2, 24, 0.02),
}
_OS_STATES = {"CA": 13, "TX": 11, "FL": 7, "NY": 6, "PA": 6, "OH": 5, "IL": 5, "GA": 4, "NC": 4, "MI": 4, "WA": 3}
_OS_CITIES = {
    "CA": "LOS ANGELES",
    "TX": "HOUSTON",
    "FL": "ORLANDO",
    "NY": "BUFFALO",
    "PA": "PITTSBURGH",
    "OH": "COLUMBUS",
    "IL": "CHICAGO",
    "GA": "ATLANTA",
    "NC": "CHARLOTTE",
    "MI": "DETROIT",
    "WA": "SPOKANE",
}


def _osha_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12606)
    n = 1800
    inds = list(_OS_IND)
    iw = np.array([v[1] for v in _OS_IND.values()], dtype=float)
    states = list(_OS_STATES)
    stw = np.array(list(_OS_STATES.values()), dtype=float)
    rows = []
    for i in range(n):
        ind = inds[int(rng.choice(len(inds), p=iw / iw.sum()))]
        naics, _, rate, days_per, ill_share = _OS_IND[ind]
        st = states[int(rng.choice(len(states), p=stw / stw.sum()))]
        emp = int(np.clip(rng.lognormal(4.3, 0.9), 20, 6000))
        hours = round(emp * float(rng.normal(1850, 180)))
        cases = int(rng.poisson(emp * rate / 100 * float(rng.gamma(2.0, 0.5))))
        dafw = int(rng.binomial(cases, 0.3))
        djtr = int(rng.binomial(cases - dafw, 0.35))
        other = cases - dafw - djtr
        ill = int(rng.binomial(cases, ill_share))
        illness = np.zeros(5, dtype=int)
        if ill:
            illness = rng.multinomial(ill, [0.15, 0.35, 0.05, 0.15, 0.30])
        deaths = int(rng.random() < 0.006 * (3 if naics in (484121, 236220) else 1))
        size = "1" if emp < 20 else "21" if emp < 100 else "22" if emp < 250 else "3"
        filed = pd.Timestamp("2024-01-02") + pd.Timedelta(minutes=int(rng.integers(0, 120_000)))
        company = str(_one(rng, ["ACME HOLDINGS", "SUMMIT HEALTH", "NORTHSTAR LOGISTICS", "GREENLEAF FOODS", ""]))
        rows.append(
            {
                "id": 3_100_000 + i * 7 + int(rng.integers(0, 7)),
                "establishment_name": f"{ind.split(' ')[0]} Site {i + 1:04d}",
                "ein": "" if rng.random() < 0.2 else f"{int(rng.integers(10**8, 10**9 - 1))}",
                "company_name": company,
                "street_address": f"{int(rng.integers(1, 9999))} Industrial Pkwy",
                "city": _OS_CITIES[st],
                "state": st,
                "zip_code": f"{int(rng.integers(1000, 99999)):05d}",
                "naics_code": naics,
                "naics_year": 2022,
                "industry_description": ind,
                "establishment_type": str(_one(rng, ["1", "2", "3", ""], [90, 4, 3, 3])),
                "size": size,
                "annual_average_employees": emp,
                "total_hours_worked": "" if rng.random() < 0.015 else hours,
                "no_injuries_illnesses": 1 if cases else 2,
                "total_deaths": deaths,
                "total_dafw_cases": dafw,
                "total_djtr_cases": djtr,
                "total_other_cases": other,
                "total_dafw_days": int(sum(rng.poisson(days_per, dafw))) if dafw else 0,
                "total_djtr_days": int(sum(rng.poisson(25, djtr))) if djtr else 0,
                "total_injuries": cases - ill,
                "total_skin_disorders": illness[0],
                "total_respiratory_conditions": illness[1],
                "total_poisonings": illness[2],
                "total_hearing_loss": illness[3],
                "total_other_illnesses": illness[4],
                "establishment_id": 200_000 + int(rng.integers(0, 800_000)),
                "created_timestamp": f"{filed:%Y-%m-%d %H:%M:%S}",
                "year_filing_for": 2023,
            }
        )
    return pd.DataFrame(rows)


def _os_cases(d: pd.DataFrame) -> pd.Series:
    return d["total_dafw_cases"] + d["total_djtr_cases"] + d["total_other_cases"]


def _os_top_state(by_cases: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top((_os_cases(d) if by_cases else d["total_injuries"]).groupby(_str(d["state"])).sum())


def _os_state_count(by_cases: bool) -> Callable[[pd.DataFrame], int]:
    return lambda d: int((_str(d["state"]) == _os_top_state(by_cases)(d)).sum())


_OSHA_QS = [
    Q("how many workers died in total?", _count(lambda d: int(d["total_deaths"].sum())), ("total_deaths",)),
    Q(
        "which state had the most injuries",
        either(_lead(_named(_os_top_state(False))), _lead(_named(_os_top_state(True)))),
        ("state", "total_injuries", "total_dafw_cases", "total_djtr_cases", "total_other_cases"),
    ),
    Q(
        "how many workplaces from there filed a report?",
        either(_count(_os_state_count(False)), _count(_os_state_count(True))),
        ("state", "id", "establishment_id", "establishment_name"),
    ),
    Q(
        "how many places had zero cases",
        either(
            _count(lambda d: int((_os_cases(d) == 0).sum())), _count(lambda d: int((d["total_injuries"] == 0).sum()))
        ),
        (
            "total_dafw_cases",
            "total_djtr_cases",
            "total_other_cases",
            "total_injuries",
            "no_injuries_illnesses",
            "id",
        ),
    ),
    Q(
        "which industry has the most days away from work?",
        _lead(_named(lambda d: _top(d.groupby(_str(d["industry_description"]))["total_dafw_days"].sum()))),
        ("industry_description", "total_dafw_days", "naics_code"),
    ),
    Q(
        "do bigger workplaces have more cases?",
        either(
            _corr(lambda d: d["annual_average_employees"], _os_cases),
            _corr(lambda d: d["annual_average_employees"], lambda d: d["total_injuries"]),
        ),
        (
            "annual_average_employees",
            "total_dafw_cases",
            "total_djtr_cases",
            "total_other_cases",
            "total_injuries",
        ),
    ),
]


# --- 7. NY Lottery Powerball winning numbers -----------------------------------------------------------------------


def _powerball_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12607)
    days = pd.date_range("2010-02-03", "2024-12-30", freq="D")
    keep = days.dayofweek.isin([2, 5]) | ((days.dayofweek == 0) & (days >= pd.Timestamp("2021-08-23")))
    rows = []
    for day in days[keep]:
        new = day >= pd.Timestamp("2015-10-07")
        whites = np.sort(rng.choice(np.arange(1, 70 if new else 60), 5, replace=False))
        ball = int(rng.integers(1, 27 if new else (40 if day < pd.Timestamp("2012-01-15") else 36)))
        mult: Any = int(_one(rng, [2, 3, 4, 5, 10], [25, 13, 3, 2, 2 if day >= pd.Timestamp("2017-01-01") else 0]))
        if rng.random() < 0.015:
            mult = ""
        rows.append(
            {
                "Draw Date": f"{day:%m/%d/%Y}",
                "Winning Numbers": " ".join(f"{x:02d}" for x in [*whites, ball]),
                "Multiplier": mult,
            }
        )
    return pd.DataFrame(rows[::-1])


def _pb_balls(d: pd.DataFrame) -> pd.DataFrame:
    return _str(d["Winning Numbers"]).str.split(r"\s+", expand=True).astype(int)


def _pb_red(d: pd.DataFrame) -> pd.Series:
    return _pb_balls(d)[5]


def _pb_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_str(d["Draw Date"]), format="%m/%d/%Y")


_POWERBALL_QS = [
    Q("how many draws are in here?", _count(lambda d: len(d)), ("Draw Date",)),
    Q(
        "what's the most common powerball number?",
        _any_top(lambda d: _pb_red(d).value_counts()),
        ("Winning Numbers",),
    ),
    Q(
        "and the most common of the white balls?",
        _any_top(lambda d: pd.Series(_pb_balls(d)[[0, 1, 2, 3, 4]].to_numpy().ravel()).value_counts()),
        ("Winning Numbers",),
    ),
    Q(
        "how often is the multiplier 2x",
        either(
            _share(lambda d: float((_num(d["Multiplier"]) == 2).mean())),
            _share(lambda d: float((_num(d["Multiplier"]).dropna() == 2).mean())),
        ),
        ("Multiplier",),
    ),
    Q(
        "how many times has 7 been the powerball",
        _count(lambda d: int((_pb_red(d) == 7).sum())),
        ("Winning Numbers",),
    ),
    Q(
        "and just since 2020?",
        _count(lambda d: int(((_pb_red(d) == 7) & (_pb_dates(d) >= pd.Timestamp("2020-01-01"))).sum())),
        ("Winning Numbers", "Draw Date"),
    ),
]


HELDOUT126: list[Dataset] = [
    Dataset("interactive_brokers_trades", _ibkr_frame, _IBKR_QS),
    Dataset("slack_member_analytics", _slack_frame, _SLACK_QS),
    Dataset("clover_sales_export", _clover_frame, _CLOVER_QS),
    Dataset("kindle_reading_sessions", _kindle_frame, _KINDLE_QS),
    Dataset("faa_aircraft_registry", _faa_frame, _FAA_QS),
    Dataset("osha_injury_illness_300a", _osha_frame, _OSHA_QS),
    Dataset("ny_lottery_powerball_winning_numbers", _powerball_frame, _POWERBALL_QS),
]
