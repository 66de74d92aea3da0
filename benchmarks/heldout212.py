"""HELDOUT212: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public downloads: an ActiveCampaign contacts export with Email (a few
repeated in other case), "First Name", "Last Name", Phone (mixed formats, some blank), Organization (blank for many),
"Date Created" and "Date Updated" ("2023-04-18 14:02:11"), Tags (a comma list in lower case, "webinar, lead-magnet",
blank for some), Lists ("Master Contact List, Newsletter"), Status ("Active", "Unsubscribed", "Bounced"), "Lead Score"
(blank when scoring was off) and "Last Open Date" (blank for contacts who never opened) and Country (blank for some);
a Braintree transaction search export with "Transaction ID" (eight lower-case characters), "Transaction Type" (sale,
credit), "Transaction Status" (settled, submitted_for_settlement, voided, processor_declined, gateway_rejected),
"Created Datetime" ("03/14/2024 09:12:45"), "Amount Submitted For Settlement" (blank unless the sale went to
settlement), "Amount Authorized", "Currency ISO Code" (USD, EUR, GBP by merchant account), "Payment Instrument Type"
(credit_card, paypal_account, apple_pay_card), "Card Type" (blank for PayPal), "Customer Country", "Refunded
Transaction ID" (set on credits) and "Merchant Account"; a Questrade account activity export with "Transaction Date"
and "Settlement Date" ("2023-03-14 12:00:00 AM"), Action (Buy, Sell, DIV, CON, WDR, FXT, FCH), Symbol (blank for cash
moves), Description (upper case), Quantity (negative on sells), Price, "Gross Amount" (negative on buys),
Commission (negative, 0 on ETFs), "Net Amount", Currency (CAD / USD), "Account #" (two accounts) and "Activity Type"
(Trades, Dividends, Deposits, Withdrawals, FX conversion, Fees and rebates); a PurpleAir hourly-average download for
one outdoor sensor (July-September 2023) with time_stamp ("2023-07-01T00:00:00Z"), humidity, temperature (deg F),
pressure (hPa), pm2.5_atm_a / _b, pm2.5_cf_1_a / _b and pm10.0_atm_a / _b, a few hours missing, a few blank readings,
a week of wildfire smoke in August and the B channel drifting high for two weeks in September; an England
Environment Agency hydrology rainfall download in long format for four gauges (2022-2023) with station (name),
stationReference, measure (the measure URI, "...-rainfall-t-86400-mm-qualified"), date ("2022-01-01"), dateTime
("2022-01-01T09:00:00"), value (daily total mm, blank when Missing), quality ("Good", "Suspect", "Unchecked",
"Missing") and completeness ("Complete" / "Incomplete", blank when missing); USDA FoodData Central branded foods
flattened to one row per food with fdc_id, brand_owner (upper and mixed case), brand_name, description (upper case),
branded_food_category ("Cereal", "Cookies & Biscuits", ...), serving_size, serving_size_unit ("g", "ml", "GRM"),
household_serving_fulltext ("1 cup", "2 cookies"), calories, protein, "total fat", carbohydrate, sugars, sodium (mg)
and fiber per 100 g (sugars and fiber blank for some), market_country ("United States") and publication_date
("4/1/2021"); and a Kardia (AliveCor) ECG recordings export with "Recorded At" ("2023-06-02 07:41:13"), "Duration
(s)" (30, a few 60 and 300), "Heart Rate (bpm)" (blank when unreadable), Determination ("Normal", "Possible Atrial
Fibrillation", "Unclassified", "Bradycardia", "Tachycardia", "Unreadable"), Device ("KardiaMobile", "KardiaMobile
6L"), Leads (1 or 6) and "Tags/Notes" ("Caffeine, Stress", blank for most). All are generated with fixed seeds
21201-21207.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text, _year
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    """A numeric column, blanks and junk as NaN."""
    return pd.to_numeric(s, errors="coerce")


def _any_about(*values: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Any one of the readings, to about `rel`."""
    return either(*(_about(v, rel=rel) for v in values))


def _money(*values: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions, any one of the readings."""
    return either(*(_scaled(v, (1e3, 1e6)) for v in values))


def _top(s: pd.Series) -> str:
    return str(s.sort_values(ascending=False, kind="stable").index[0])


# --- 1. ActiveCampaign contacts export ----------------------------------------------------------------------------

_AC_FIRST = [
    "James",
    "Mary",
    "Robert",
    "Linda",
    "Michael",
    "Sarah",
    "David",
    "Emma",
    "Daniel",
    "Olivia",
    "Chris",
    "Ana",
]
_AC_LAST = ["Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Lopez", "Wilson", "Moore", "Taylor", "Clark"]
_AC_ORGS = ["Acme Corp", "Globex", "Initech", "Umbrella LLC", "Stark Industries", "Wayne Enterprises", "Hooli"]
_AC_TAGS = ["webinar", "newsletter", "lead-magnet", "customer", "trial", "ebook", "demo-request"]
_AC_TAG_P = [0.3, 0.45, 0.25, 0.2, 0.15, 0.2, 0.1]
_AC_COUNTRIES = ["United States", "Canada", "United Kingdom", "Australia", "Germany", "India", "Brazil"]
_AC_COUNTRY_P = [0.42, 0.12, 0.14, 0.08, 0.07, 0.1, 0.07]


def _activecampaign_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21201)
    n = 1400
    start = pd.Timestamp("2022-01-01")
    rows = []
    for i in range(n):
        first, last = rng.choice(_AC_FIRST), rng.choice(_AC_LAST)
        # sign-ups grow over time with a spike in March 2023 (a webinar)
        if rng.random() < 0.12:
            created = pd.Timestamp("2023-03-01") + pd.Timedelta(seconds=int(rng.integers(0, 31 * 86400)))
        else:
            created = start + pd.Timedelta(seconds=int(np.sqrt(rng.random()) * 730 * 86400))
        updated = created + pd.Timedelta(seconds=int(rng.integers(0, 200 * 86400)))
        updated = min(updated, pd.Timestamp("2024-01-15 17:00:00"))
        tags = [t for t, p in zip(_AC_TAGS, _AC_TAG_P, strict=True) if rng.random() < p]
        lists = ["Master Contact List"] + (["Newsletter"] if rng.random() < 0.6 else [])
        status = str(rng.choice(["Active", "Unsubscribed", "Bounced"], p=[0.78, 0.16, 0.06]))
        score: Any = int(np.clip(rng.normal(35 if status == "Active" else 12, 18), 0, 100))
        if "demo-request" in tags:
            score = min(100, score + 30)
        if rng.random() < 0.1:
            score = ""
        opened = rng.random() < (0.75 if status == "Active" else 0.35)
        last_open = ""
        if opened:
            lo = created + pd.Timedelta(seconds=int(rng.integers(3600, 300 * 86400)))
            last_open = min(lo, pd.Timestamp("2024-01-15 12:00:00")).strftime("%Y-%m-%d %H:%M:%S")
        domain = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "company.com", "hotmail.com"])
        email = f"{first.lower()}.{last.lower()}{i}@{domain}"
        phone = rng.choice(
            [
                "",
                f"+1 555-{rng.integers(100, 999)}-{rng.integers(1000, 9999)}",
                f"(555) {rng.integers(100, 999)}-{rng.integers(1000, 9999)}",
            ],
            p=[0.4, 0.35, 0.25],
        )
        org = str(rng.choice(_AC_ORGS)) if rng.random() < 0.35 else ""
        country = str(rng.choice(_AC_COUNTRIES, p=_AC_COUNTRY_P)) if rng.random() < 0.88 else ""
        rows.append(
            {
                "Email": email,
                "First Name": first,
                "Last Name": last,
                "Phone": phone,
                "Organization": org,
                "Date Created": created.strftime("%Y-%m-%d %H:%M:%S"),
                "Date Updated": updated.strftime("%Y-%m-%d %H:%M:%S"),
                "Tags": ", ".join(tags),
                "Lists": ", ".join(lists),
                "Status": status,
                "Lead Score": score,
                "Last Open Date": last_open,
                "Country": country,
            }
        )
    df = pd.DataFrame(rows)
    # a few contacts imported twice with the email in upper case
    dup = df.sample(20, random_state=1).copy()
    dup["Email"] = dup["Email"].str.upper()
    return pd.concat([df, dup], ignore_index=True)


def _ac_tagged(d: pd.DataFrame, tag: str) -> pd.Series:
    return _text(d["Tags"]).str.lower().str.split(r"\s*,\s*").apply(lambda ts: tag in ts)


def _ac_status(d: pd.DataFrame, status: str) -> pd.Series:
    return _text(d["Status"]).str.lower().eq(status)


def _ac_unique(d: pd.DataFrame) -> pd.DataFrame:
    return d.loc[~_text(d["Email"]).str.lower().duplicated()]


_AC_QS = [
    Q(
        "how many people have unsubscribed",
        either(
            _count(lambda d: int(_ac_status(d, "unsubscribed").sum())),
            _count(lambda d: int(_ac_status(_ac_unique(d), "unsubscribed").sum())),
        ),
        ("Status", "Email"),
    ),
    Q(
        "what % of contacts came from the webinar",
        either(
            _share(lambda d: float(_ac_tagged(d, "webinar").mean())),
            _share(lambda d: float(_ac_tagged(_ac_unique(d), "webinar").mean())),
            _share(lambda d: float(_ac_tagged(d, "webinar")[_text(d["Tags"]).ne("")].mean())),
        ),
        ("Tags", "Email"),
    ),
    Q(
        "which country are most of them from",
        _lead(_named(lambda d: _top(_text(d["Country"]).loc[lambda s: s.ne("")].value_counts()))),
        ("Country",),
    ),
    Q(
        "average lead score for the active ones",
        _any_about(
            lambda d: float(_n(d["Lead Score"])[_ac_status(d, "active")].mean()),
            lambda d: float(_n(d["Lead Score"]).fillna(0)[_ac_status(d, "active")].mean()),
            lambda d: float(_n(_ac_unique(d)["Lead Score"])[_ac_status(_ac_unique(d), "active")].mean()),
        ),
        ("Lead Score", "Status"),
    ),
    Q(
        "how many never opened an email",
        either(
            _count(lambda d: int(_text(d["Last Open Date"]).eq("").sum())),
            _count(lambda d: int(_text(_ac_unique(d)["Last Open Date"]).eq("").sum())),
        ),
        ("Last Open Date", "Email"),
    ),
    Q(
        "which month did we get the most new signups",
        _month_year(
            lambda d: pd.to_datetime(d["Date Created"]).dt.to_period("M").value_counts().idxmax().to_timestamp()
        ),
        ("Date Created", "Email"),
    ),
]


# --- 2. Braintree transaction search export -----------------------------------------------------------------------

_BT_ACCOUNTS = {"acmestore_usd": ("USD", 0.7), "acmestore_eur": ("EUR", 0.18), "acmestore_gbp": ("GBP", 0.12)}
_BT_CARDS = ["Visa", "MasterCard", "American Express", "Discover"]
_BT_CARD_MEAN = {"Visa": 62.0, "MasterCard": 58.0, "American Express": 118.0, "Discover": 49.0}
_BT_COUNTRY = {
    "USD": ["United States of America", "Canada"],
    "EUR": ["Germany", "France", "Spain"],
    "GBP": ["United Kingdom"],
}


def _bt_id(rng: np.random.Generator) -> str:
    return "".join(rng.choice(list("abcdefghijkmnpqrstuvwxyz0123456789"), 8))


def _braintree_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21202)
    n = 2400
    accounts = list(_BT_ACCOUNTS)
    month_w = np.array([1.0, 0.9, 1.0, 1.0, 1.05, 1.0, 0.95, 1.0, 1.1, 1.2, 2.1, 1.6])
    rows = []
    for _ in range(n):
        acct = str(rng.choice(accounts, p=[v[1] for v in _BT_ACCOUNTS.values()]))
        cur = _BT_ACCOUNTS[acct][0]
        month = int(rng.choice(12, p=month_w / month_w.sum())) + 1
        day = int(rng.integers(1, 29))
        t = pd.Timestamp(2023, month, day) + pd.Timedelta(seconds=int(rng.integers(0, 86400)))
        inst = str(rng.choice(["credit_card", "paypal_account", "apple_pay_card"], p=[0.64, 0.24, 0.12]))
        card = "" if inst == "paypal_account" else str(rng.choice(_BT_CARDS, p=[0.5, 0.28, 0.14, 0.08]))
        mean = _BT_CARD_MEAN.get(card, 60.0)
        amount = round(float(np.clip(rng.lognormal(np.log(mean), 0.55), 1.5, 2500)), 2)
        status = str(
            rng.choice(
                ["settled", "submitted_for_settlement", "voided", "processor_declined", "gateway_rejected"],
                p=[0.82, 0.05, 0.03, 0.07, 0.03],
            )
        )
        rows.append(
            {
                "Transaction ID": _bt_id(rng),
                "Transaction Type": "sale",
                "Transaction Status": status,
                "Created Datetime": t,
                "Amount Submitted For Settlement": amount if status in ("settled", "submitted_for_settlement") else "",
                "Amount Authorized": amount,
                "Currency ISO Code": cur,
                "Payment Instrument Type": inst,
                "Card Type": card,
                "Customer Country": str(rng.choice(_BT_COUNTRY[cur])),
                "Refunded Transaction ID": "",
                "Merchant Account": acct,
            }
        )
    # refunds: credits pointing back at settled sales, a few days later
    settled = [r for r in rows if r["Transaction Status"] == "settled"]
    for k in rng.choice(len(settled), 95, replace=False):
        src = settled[int(k)]
        amt = src["Amount Authorized"] if rng.random() < 0.8 else round(src["Amount Authorized"] * 0.5, 2)
        rows.append(
            src
            | {
                "Transaction ID": _bt_id(rng),
                "Transaction Type": "credit",
                "Transaction Status": str(rng.choice(["settled", "submitted_for_settlement"], p=[0.9, 0.1])),
                "Created Datetime": src["Created Datetime"] + pd.Timedelta(days=int(rng.integers(1, 20))),
                "Amount Submitted For Settlement": amt,
                "Amount Authorized": amt,
                "Refunded Transaction ID": src["Transaction ID"],
            }
        )
    df = pd.DataFrame(rows).sort_values("Created Datetime", ascending=False, kind="stable")
    df["Created Datetime"] = df["Created Datetime"].dt.strftime("%m/%d/%Y %H:%M:%S")
    return df.reset_index(drop=True)


def _bt_is(d: pd.DataFrame, col: str, *values: str) -> pd.Series:
    return _text(d[col]).str.lower().isin(values)


def _bt_usd_settled(statuses: tuple[str, ...], col: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        m = _bt_is(d, "Transaction Type", "sale") & _bt_is(d, "Currency ISO Code", "usd")
        m &= _bt_is(d, "Transaction Status", *statuses)
        return float(_n(d[col])[m].sum())

    return value


def _bt_card_top(d: pd.DataFrame) -> str:
    m = _bt_is(d, "Transaction Type", "sale") & _text(d["Card Type"]).ne("")
    return _top(_n(d["Amount Authorized"])[m].groupby(_text(d["Card Type"])[m]).mean())


def _bt_month(d: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(d["Created Datetime"], format="%m/%d/%Y %H:%M:%S")
    return t.dt.to_period("M").value_counts().idxmax().to_timestamp()


_BT_QS = [
    Q(
        "how many transactions got declined",
        either(
            _count(lambda d: int(_bt_is(d, "Transaction Status", "processor_declined").sum())),
            _count(lambda d: int(_bt_is(d, "Transaction Status", "processor_declined", "gateway_rejected").sum())),
        ),
        ("Transaction Status", "Transaction ID"),
    ),
    Q(
        "total settled sales in dollars (usd only)",
        _money(
            _bt_usd_settled(("settled",), "Amount Submitted For Settlement"),
            _bt_usd_settled(("settled", "submitted_for_settlement"), "Amount Submitted For Settlement"),
        ),
        (
            "Amount Submitted For Settlement",
            "Amount Authorized",
            "Transaction Status",
            "Transaction Type",
            "Currency ISO Code",
        ),
    ),
    Q(
        "what share of payments were paypal",
        either(
            _share(lambda d: float(_bt_is(d, "Payment Instrument Type", "paypal_account").mean())),
            _share(
                lambda d: float(
                    _bt_is(d, "Payment Instrument Type", "paypal_account")[_bt_is(d, "Transaction Type", "sale")].mean()
                )
            ),
        ),
        ("Payment Instrument Type", "Transaction Type", "Transaction ID"),
    ),
    Q(
        "which card brand has the biggest average sale",
        _lead(_named(_bt_card_top, {"American Express": ("Amex", "AmEx", "AMEX")})),
        ("Card Type", "Amount Authorized", "Amount Submitted For Settlement", "Transaction Type"),
    ),
    Q(
        "how many refunds were there",
        either(
            _count(lambda d: int(_bt_is(d, "Transaction Type", "credit").sum())),
            _count(lambda d: int(_text(d["Refunded Transaction ID"]).ne("").sum())),
        ),
        ("Transaction Type", "Refunded Transaction ID", "Transaction ID"),
    ),
    Q(
        "busiest month by number of transactions?",
        _month_year(_bt_month),
        ("Created Datetime", "Transaction ID"),
    ),
]


# --- 3. Questrade account activity --------------------------------------------------------------------------------

# symbol: currency, description, start price, dividend per share per quarter, commission (0 for ETFs)
_QT_SYMBOLS = {
    "XEQT.TO": ("CAD", "ISHARES CORE EQUITY ETF PORTFOLIO", 24.0, 0.0, 0.0),
    "VFV.TO": ("CAD", "VANGUARD S&P 500 INDEX ETF", 95.0, 0.28, 0.0),
    "TD.TO": ("CAD", "TORONTO-DOMINION BANK", 82.0, 0.96, 4.95),
    "ENB.TO": ("CAD", "ENBRIDGE INC", 52.0, 0.887, 4.95),
    "AAPL": ("USD", "APPLE INC", 150.0, 0.24, 4.95),
    "MSFT": ("USD", "MICROSOFT CORP", 260.0, 0.68, 4.95),
    "KO": ("USD", "COCA-COLA CO", 60.0, 0.46, 4.95),
}
_QT_BUY_W = [0.34, 0.14, 0.1, 0.1, 0.12, 0.1, 0.1]


def _qt_date(t: pd.Timestamp) -> str:
    return t.strftime("%Y-%m-%d 12:00:00 AM")


def _questrade_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21203)
    accounts = ["51234567", "51234890"]
    rows: list[dict[str, Any]] = []
    held: dict[tuple[str, str], float] = {}

    def add(
        t: pd.Timestamp,
        settle: pd.Timestamp,
        action: str,
        sym: str,
        desc: str,
        qty: float,
        price: float,
        gross: float,
        comm: float,
        cur: str,
        acct: str,
        kind: str,
    ) -> None:
        rows.append(
            {
                "Transaction Date": _qt_date(t),
                "Settlement Date": _qt_date(settle),
                "Action": action,
                "Symbol": sym,
                "Description": desc,
                "Quantity": qty,
                "Price": price,
                "Gross Amount": round(gross, 2),
                "Commission": round(comm, 2),
                "Net Amount": round(gross + comm, 2),
                "Currency": cur,
                "Account #": acct,
                "Activity Type": kind,
            }
        )

    days = pd.date_range("2021-01-04", "2023-12-29", freq="B")
    year_w = {2021: 0.6, 2022: 1.4, 2023: 0.9}
    for t in days:
        year = t.year
        if t.is_month_start or (t.day <= 3 and t.dayofweek == 0 and rng.random() < 0.5):
            acct = str(rng.choice(accounts, p=[0.6, 0.4]))
            amt = float(rng.choice([250, 500, 500, 1000, 1500]))
            add(t, t, "CON", "", "CONT", 0, 0, amt, 0, "CAD", acct, "Deposits")
        if rng.random() < 0.2 * year_w[year]:
            sym = str(rng.choice(list(_QT_SYMBOLS), p=_QT_BUY_W))
            cur, desc, p0, _, comm = _QT_SYMBOLS[sym]
            drift = 1 + 0.08 * (t - days[0]).days / 365 + rng.normal(0, 0.04)
            price = round(p0 * drift, 2)
            acct = str(rng.choice(accounts, p=[0.6, 0.4]))
            key = (acct, sym)
            settle = t + pd.offsets.BDay(2 if t < pd.Timestamp("2023-05-29") else 1)
            if held.get(key, 0) > 20 and rng.random() < 0.2:
                qty = -float(int(held[key] * rng.uniform(0.2, 0.6)))
                held[key] += qty
                add(t, settle, "Sell", sym, desc, qty, price, -qty * price, -comm, cur, acct, "Trades")
            else:
                qty = float(int(rng.integers(3, 60)))
                held[key] = held.get(key, 0) + qty
                add(t, settle, "Buy", sym, desc, qty, price, -qty * price, -comm, cur, acct, "Trades")
        if t.month in (3, 6, 9, 12) and t == days[(days.year == year) & (days.month == t.month) & (days.day >= 15)][0]:
            for (acct, sym), q in list(held.items()):
                cur, desc, _, dps, _ = _QT_SYMBOLS[sym]
                if q > 0 and dps > 0:
                    gross = q * dps
                    tax = -0.15 * gross if cur == "USD" else 0.0
                    add(t, t, "DIV", sym, f"{desc} CASH DIV ON {int(q)} SHS", 0, 0, gross, 0, cur, acct, "Dividends")
                    if tax:
                        rows[-1]["Net Amount"] = round(gross + tax, 2)
        if t.month in (2, 8) and t.day == 10:
            add(
                t,
                t,
                "FXT",
                "",
                "CASH TRANSFER - CURRENCY CONVERSION",
                0,
                0,
                -2000.0,
                0,
                "CAD",
                accounts[0],
                "FX conversion",
            )
            add(
                t,
                t,
                "FXT",
                "",
                "CASH TRANSFER - CURRENCY CONVERSION",
                0,
                0,
                1470.0,
                0,
                "USD",
                accounts[0],
                "FX conversion",
            )
        if t.month == 12 and t.day == 20:
            add(t, t, "WDR", "", "WITHDRAWAL", 0, 0, -3000.0, 0, "CAD", accounts[1], "Withdrawals")
        if t.day == 28 and rng.random() < 0.15:
            add(
                t,
                t,
                "FCH",
                "",
                "ECN FEE",
                0,
                0,
                0.0,
                -round(float(rng.uniform(0.02, 0.6)), 2),
                "CAD",
                accounts[0],
                "Fees and rebates",
            )
    return pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)


def _qt_kind(d: pd.DataFrame, kind: str) -> pd.Series:
    return _text(d["Activity Type"]).str.lower().eq(kind)


def _qt_buys(d: pd.DataFrame) -> pd.Series:
    return _text(d["Action"]).str.lower().eq("buy")


def _qt_top_buy(d: pd.DataFrame) -> str:
    return _top(_text(d["Symbol"])[_qt_buys(d)].value_counts())


def _qt_avg_price(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        m = _qt_buys(d) & _text(d["Symbol"]).eq(_qt_top_buy(d))
        p, q = _n(d["Price"])[m], _n(d["Quantity"])[m]
        return float((p * q).sum() / q.sum()) if weighted else float(p.mean())

    return value


def _qt_commission(cur: str | None) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        c = _n(d["Commission"]).abs()
        if cur is not None:
            c = c[_text(d["Currency"]).str.upper().eq(cur)]
        return float(c.sum())

    return value


def _qt_commission_trades(d: pd.DataFrame) -> float:
    return float(_n(d["Commission"]).abs()[_qt_kind(d, "trades")].sum())


_QT_QS = [
    Q(
        "how much money have i put in total",
        _money(lambda d: float(_n(d["Net Amount"])[_qt_kind(d, "deposits")].sum())),
        ("Net Amount", "Gross Amount", "Activity Type", "Action", "Currency"),
    ),
    Q(
        "total dividends received in usd",
        _money(
            lambda d: float(_n(d["Net Amount"])[_qt_kind(d, "dividends") & _text(d["Currency"]).eq("USD")].sum()),
            lambda d: float(_n(d["Gross Amount"])[_qt_kind(d, "dividends") & _text(d["Currency"]).eq("USD")].sum()),
        ),
        ("Net Amount", "Gross Amount", "Activity Type", "Action", "Currency"),
    ),
    Q(
        "how much have i paid in commissions",
        either(
            _money(_qt_commission(None)),
            _money(_qt_commission_trades),
            _money(lambda d: [_qt_commission("CAD")(d), _qt_commission("USD")(d)]),
        ),
        ("Commission", "Currency", "Activity Type", "Action"),
    ),
    Q(
        "which stock have i bought the most times",
        _lead(_named(_qt_top_buy, {"XEQT.TO": ("XEQT",)})),
        ("Symbol", "Action", "Description"),
    ),
    Q(
        "what's my average buy price on it",
        _any_about(_qt_avg_price(False), _qt_avg_price(True), rel=0.005),
        ("Price", "Quantity", "Symbol", "Action"),
    ),
    Q(
        "which year did i trade the most",
        _year(
            lambda d: int(
                pd.to_datetime(d["Transaction Date"].str[:10])[_qt_kind(d, "trades")].dt.year.value_counts().idxmax()
            )
        ),
        ("Transaction Date", "Activity Type", "Action"),
    ),
]


# --- 4. PurpleAir hourly averages (one outdoor sensor) -------------------------------------------------------------


def _purpleair_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21204)
    hours = pd.date_range("2023-07-01", "2023-09-30 23:00", freq="h")
    n = len(hours)
    hod = hours.hour.to_numpy()
    temp = 72 + 12 * np.sin((hod - 9) / 24 * 2 * np.pi) - 6 * np.arange(n) / n + rng.normal(0, 2.5, n)
    hum = np.clip(62 - 1.3 * (temp - 72) + rng.normal(0, 6, n), 8, 98)
    press = 1012 + np.cumsum(rng.normal(0, 0.25, n)) * 0.3 + rng.normal(0, 0.5, n)
    base = np.clip(rng.lognormal(np.log(7), 0.45, n) + 0.06 * (hum - 60), 0.5, None)
    smoke = (hours >= "2023-08-14") & (hours < "2023-08-21")
    peak = np.exp(-(((hours - pd.Timestamp("2023-08-17 18:00")).total_seconds() / 3600) ** 2) / (2 * 40**2))
    base = base + smoke * (25 + 140 * peak) * rng.uniform(0.8, 1.2, n)
    cf_a = base * rng.normal(1, 0.03, n)
    drift = (hours >= "2023-09-05") & (hours < "2023-09-19")
    cf_b = base * rng.normal(1, 0.03, n) * np.where(drift, 1.9, 1.0)
    # ATM equals CF=1 at low concentration and reads lower above it
    atm_a = np.where(cf_a < 25, cf_a, 25 + (cf_a - 25) * 0.66)
    atm_b = np.where(cf_b < 25, cf_b, 25 + (cf_b - 25) * 0.66)
    pm10_a = atm_a * rng.uniform(1.1, 1.5, n)
    pm10_b = atm_b * rng.uniform(1.1, 1.5, n)
    df = pd.DataFrame(
        {
            "time_stamp": hours.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "humidity": np.round(hum).astype(int),
            "temperature": np.round(temp).astype(int),
            "pressure": np.round(press, 2),
            "pm2.5_atm_a": np.round(atm_a, 1),
            "pm2.5_atm_b": np.round(atm_b, 1),
            "pm2.5_cf_1_a": np.round(cf_a, 1),
            "pm2.5_cf_1_b": np.round(cf_b, 1),
            "pm10.0_atm_a": np.round(pm10_a, 1),
            "pm10.0_atm_b": np.round(pm10_b, 1),
        }
    )
    # the sensor was offline for a few hours (rows missing) and some channel values blank
    df = df.drop(index=rng.choice(n, 40, replace=False)).reset_index(drop=True)
    for col in ("pm2.5_atm_b", "pm2.5_cf_1_b", "pm10.0_atm_b"):
        df.loc[rng.choice(len(df), 12, replace=False), col] = np.nan
    return df


def _pa_ab(d: pd.DataFrame) -> pd.Series:
    return pd.concat([_n(d["pm2.5_atm_a"]), _n(d["pm2.5_atm_b"])], axis=1).mean(axis=1)


def _pa_hours(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["time_stamp"], utc=True)


def _pa_worst_day(series: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        days = _pa_hours(d).dt.strftime("%Y-%m-%d")
        return pd.Timestamp(series(d).groupby(days).mean().idxmax())

    return value


_PA_PM = ("pm2.5_atm_a", "pm2.5_atm_b", "pm2.5_cf_1_a", "pm2.5_cf_1_b", "time_stamp")

_PA_QS = [
    Q(
        "what was the highest pm2.5",
        either(
            *(_about(lambda d, c=c: float(_n(d[c]).max()), rel=0.002) for c in _PA_PM[:4]),
            _about(lambda d: float(_pa_ab(d).max()), rel=0.002),
        ),
        _PA_PM,
    ),
    Q(
        "how many hours was it above 35",
        either(
            _count(lambda d: int((_pa_ab(d) > 35).sum())),
            _count(lambda d: int((_n(d["pm2.5_atm_a"]) > 35).sum())),
            _count(lambda d: int((_n(d["pm2.5_atm_b"]) > 35).sum())),
            _count(lambda d: int((_n(d["pm2.5_cf_1_a"]) > 35).sum())),
        ),
        _PA_PM,
    ),
    Q(
        "which day had the worst air",
        either(
            _day(_pa_worst_day(_pa_ab)),
            _day(_pa_worst_day(lambda d: _n(d["pm2.5_atm_a"]))),
            _day(_pa_worst_day(lambda d: _n(d["pm2.5_cf_1_a"]))),
        ),
        (*_PA_PM, "pm10.0_atm_a", "pm10.0_atm_b"),
    ),
    Q(
        "do the a and b channels agree with each other",
        either(
            _corr(lambda d: _n(d["pm2.5_atm_a"]), lambda d: _n(d["pm2.5_atm_b"])),
            _corr(lambda d: _n(d["pm2.5_cf_1_a"]), lambda d: _n(d["pm2.5_cf_1_b"])),
        ),
        _PA_PM,
    ),
    Q(
        "average temperature in celsius?",
        _any_about(lambda d: (float(_n(d["temperature"]).mean()) - 32) * 5 / 9),
        ("temperature", "time_stamp"),
    ),
    Q(
        "does humidity go with pm2.5",
        either(
            _corr(lambda d: _n(d["humidity"]), _pa_ab),
            _corr(lambda d: _n(d["humidity"]), lambda d: _n(d["pm2.5_atm_a"])),
            _corr(lambda d: _n(d["humidity"]), lambda d: _n(d["pm2.5_cf_1_a"])),
        ),
        ("humidity", *_PA_PM),
    ),
]


# --- 5. Environment Agency hydrology rainfall (long format) --------------------------------------------------------

# station name: reference, measure id stem, mean daily rain (mm), chance of a dry day
_EA_STATIONS = {
    "Seathwaite Farm": ("592463", "592463-rainfall-t-86400-mm-qualified", 8.6, 0.25),
    "Bolton Le Sands": ("575012", "575012-rainfall-t-86400-mm-qualified", 3.2, 0.42),
    "Wallingford": ("276752TP", "276752TP-rainfall-t-86400-mm-qualified", 1.7, 0.55),
    "Keswick Treatment Works": ("590310", "590310-rainfall-t-86400-mm-qualified", 5.1, 0.33),
}


def _ea_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21205)
    days = pd.date_range("2022-01-01", "2023-12-31", freq="D")
    season = 1 + 0.45 * np.cos((days.dayofyear.to_numpy() - 15) / 365 * 2 * np.pi)
    season = season * np.where((days.year == 2023) & (days.month == 10), 1.8, 1.0)
    rows = []
    for name, (ref, measure, mean, dry) in _EA_STATIONS.items():
        wet = rng.random(len(days)) > dry
        amount = np.where(wet, rng.gamma(0.8, mean * season / (0.8 * (1 - dry)), len(days)), 0.0)
        for t, v in zip(days, amount, strict=True):
            u = rng.random()
            quality = "Good" if u < 0.9 else "Unchecked" if u < 0.95 else "Suspect" if u < 0.98 else "Missing"
            if t >= pd.Timestamp("2023-11-15"):
                quality = "Unchecked" if quality == "Good" else quality
            rows.append(
                {
                    "station": name,
                    "stationReference": ref,
                    "measure": f"http://environment.data.gov.uk/hydrology/id/measures/{measure}",
                    "date": t.strftime("%Y-%m-%d"),
                    "dateTime": (t + pd.Timedelta(hours=9)).strftime("%Y-%m-%dT%H:%M:%S"),
                    "value": "" if quality == "Missing" else round(float(v), 1),
                    "quality": quality,
                    "completeness": ""
                    if quality == "Missing"
                    else ("Incomplete" if rng.random() < 0.02 else "Complete"),
                }
            )
    return pd.DataFrame(rows)


def _ea_total(station: str, year: int | None) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        m = _text(d["station"]).eq(station)
        if year is not None:
            m &= d["date"].astype(str).str[:4].eq(str(year))
        return float(_n(d["value"])[m].sum())

    return value


def _ea_wettest_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        month = pd.to_datetime(d["date"]).dt.to_period("M")
        s = _n(d["value"]).groupby(month).agg(how)
        return s.idxmax().to_timestamp()

    return value


def _ea_flag(d: pd.DataFrame, flag: str) -> pd.Series:
    return _text(d["quality"]).str.lower().eq(flag)


_EA_ID = ("station", "stationReference", "date", "dateTime")

_EA_QS = [
    Q(
        "which gauge is the wettest",
        _lead(_named(lambda d: _top(_n(d["value"]).groupby(_text(d["station"])).mean()))),
        ("value", *_EA_ID),
    ),
    Q(
        "total rainfall at wallingford in 2023",
        _any_about(_ea_total("Wallingford", 2023), rel=0.003),
        ("value", *_EA_ID),
    ),
    Q(
        "how many readings are marked suspect",
        _count(lambda d: int(_ea_flag(d, "suspect").sum())),
        ("quality", *_EA_ID),
    ),
    Q(
        "what was the wettest month",
        either(_month_year(_ea_wettest_month("sum")), _month_year(_ea_wettest_month("mean"))),
        ("value", *_EA_ID),
    ),
    Q(
        "how many completely dry days did seathwaite have",
        _count(lambda d: int((_n(d["value"]).eq(0) & _text(d["station"]).eq("Seathwaite Farm")).sum())),
        ("value", *_EA_ID),
    ),
    Q(
        "what fraction of the data is missing",
        either(
            _share(lambda d: float(_ea_flag(d, "missing").mean())),
            _share(lambda d: float(_n(d["value"]).isna().mean())),
        ),
        ("value", "quality", "completeness", *_EA_ID),
    ),
]


# --- 6. USDA FoodData Central branded foods (one row per food) -----------------------------------------------------

# category: (calories, protein, fat, carbs, sugars, sodium, fiber) per 100 g, serving g, household serving, words
_FD_CATS: dict[str, tuple[tuple[float, ...], float, str, list[str]]] = {
    "Cereal": ((380, 8, 5, 82, 24, 420, 6), 40, "1 cup", ["FROSTED FLAKES", "HONEY OAT CLUSTERS", "BRAN CEREAL"]),
    "Cookies & Biscuits": ((480, 5, 22, 66, 34, 330, 2), 30, "2 cookies", ["CHOCOLATE CHIP COOKIES", "SHORTBREAD"]),
    "Candy": ((500, 5, 24, 66, 55, 80, 2), 40, "1 bar", ["MILK CHOCOLATE BAR", "GUMMY BEARS", "PEANUT BUTTER CUPS"]),
    "Chips, Pretzels & Snacks": (
        (520, 7, 28, 60, 3, 620, 4),
        28,
        "1 oz",
        ["POTATO CHIPS", "PRETZELS", "TORTILLA CHIPS"],
    ),
    "Cheese": ((370, 23, 30, 2, 1, 650, 0), 28, "1 slice", ["CHEDDAR CHEESE", "MOZZARELLA", "PEPPER JACK"]),
    "Yogurt": ((90, 6, 2.5, 12, 10, 45, 0.3), 170, "1 container", ["GREEK YOGURT", "STRAWBERRY YOGURT"]),
    "Soda": ((42, 0, 0, 11, 11, 12, 0), 355, "1 can", ["COLA", "LEMON LIME SODA", "ROOT BEER"]),
    "Frozen Dinners & Entrees": ((150, 8, 6, 16, 3, 480, 2), 280, "1 tray", ["CHICKEN ALFREDO", "BEEF LASAGNA"]),
    "Soups": (
        (45, 2.5, 1.5, 6, 1.5, 1150, 1),
        245,
        "1 cup",
        ["CHICKEN NOODLE SOUP", "TOMATO SOUP", "RAMEN NOODLE SOUP"],
    ),
}
_FD_CAT_P = [0.14, 0.12, 0.16, 0.14, 0.1, 0.08, 0.06, 0.1, 0.1]
_FD_OWNERS = {
    "GENERAL MILLS SALES INC.": ["Cheerios", "Nature Valley", "Progresso"],
    "Kellogg Company US": ["Kellogg's", "Pringles"],
    "The Hershey Company": ["HERSHEY'S", "Reese's"],
    "Walmart Inc.": ["Great Value", "Marketside"],
    "Kraft Heinz Foods Company": ["Kraft", "Oscar Mayer"],
    "Target Stores": ["Good & Gather", "Market Pantry"],
    "PepsiCo Inc.": ["Lay's", "Tostitos", "Pepsi"],
}
_FD_OWNER_P = [0.12, 0.1, 0.1, 0.26, 0.14, 0.14, 0.14]


def _fooddata_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21206)
    n = 1600
    cats = list(_FD_CATS)
    owners = list(_FD_OWNERS)
    rows = []
    ids = np.sort(rng.choice(np.arange(1_900_000, 2_600_000), n, replace=False))
    for fdc in ids:
        cat = str(rng.choice(cats, p=_FD_CAT_P))
        (cal, pro, fat, carb, sug, sod, fib), serv, house, names = _FD_CATS[cat]
        owner = str(rng.choice(owners, p=_FD_OWNER_P))
        brand = str(rng.choice(_FD_OWNERS[owner]))
        f = rng.lognormal(0, 0.15)
        p = max(0.0, pro * rng.lognormal(0, 0.25))
        ft = max(0.0, fat * rng.lognormal(0, 0.25))
        cb = max(0.0, carb * rng.lognormal(0, 0.12))
        kcal = round(4 * p + 9 * ft + 4 * cb + rng.normal(0, 8)) if cal > 60 else round(cal * f)
        unit = "ml" if cat == "Soda" else str(rng.choice(["g", "GRM"], p=[0.8, 0.2]))
        rows.append(
            {
                "fdc_id": int(fdc),
                "brand_owner": owner,
                "brand_name": brand.upper() if rng.random() < 0.5 else brand,
                "description": str(rng.choice(names)) + (", ORIGINAL" if rng.random() < 0.2 else ""),
                "branded_food_category": cat,
                "serving_size": round(serv * rng.uniform(0.8, 1.2)),
                "serving_size_unit": unit,
                "household_serving_fulltext": house,
                "calories": max(0, kcal),
                "protein": round(p, 2),
                "total fat": round(ft, 2),
                "carbohydrate": round(cb, 2),
                "sugars": round(min(cb, sug * rng.lognormal(0, 0.3)), 2) if rng.random() > 0.08 else np.nan,
                "sodium": round(sod * rng.lognormal(0, 0.35)),
                "fiber": round(fib * rng.lognormal(0, 0.4), 1) if rng.random() > 0.18 else np.nan,
                "market_country": "United States",
                "publication_date": f"{rng.integers(1, 13)}/{rng.integers(1, 29)}/{rng.choice([2019, 2020, 2021])}",
            }
        )
    return pd.DataFrame(rows)


def _fd_cat(d: pd.DataFrame, cat: str) -> pd.Series:
    return _text(d["branded_food_category"]).eq(cat)


_FD_QS = [
    Q(
        "which category has the most products",
        _lead(_named(lambda d: _top(_text(d["branded_food_category"]).value_counts()))),
        ("branded_food_category", "fdc_id"),
    ),
    Q(
        "average sugar in cereals",
        _any_about(
            lambda d: float(_n(d["sugars"])[_fd_cat(d, "Cereal")].mean()),
            lambda d: float(_n(d["sugars"]).fillna(0)[_fd_cat(d, "Cereal")].mean()),
        ),
        ("sugars", "branded_food_category"),
    ),
    Q(
        "which company makes the most products",
        _lead(_named(lambda d: _top(_text(d["brand_owner"]).value_counts()), {"Walmart Inc.": ("Walmart",)})),
        ("brand_owner", "brand_name", "fdc_id"),
    ),
    Q(
        "how many foods have more than 1000mg of sodium",
        _count(lambda d: int((_n(d["sodium"]) > 1000).sum())),
        ("sodium", "fdc_id"),
    ),
    Q(
        "is protein correlated with calories",
        _corr(lambda d: _n(d["protein"]), lambda d: _n(d["calories"])),
        ("protein", "calories"),
    ),
    Q(
        "how many are missing fiber info",
        _count(lambda d: int(_n(d["fiber"]).isna().sum())),
        ("fiber", "fdc_id"),
    ),
]


# --- 7. Kardia (AliveCor) ECG recordings export --------------------------------------------------------------------


def _kardia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21207)
    n = 620
    month_w = np.array([1.0, 0.9, 1.1, 1.4, 1.0, 0.8, 0.7, 0.8, 1.0, 1.2, 1.1, 0.9] * 2)
    rows = []
    for _ in range(n):
        m = int(rng.choice(24, p=month_w / month_w.sum()))
        start = pd.Timestamp(2022 + m // 12, m % 12 + 1, 1)
        t = start + pd.Timedelta(days=int(rng.integers(0, 28)), seconds=int(rng.integers(6 * 3600, 23 * 3600)))
        tags = [
            x
            for x, p in (
                ("Caffeine", 0.18),
                ("Stress", 0.15),
                ("Exercise", 0.1),
                ("Alcohol", 0.06),
                ("Palpitations", 0.08),
            )
            if rng.random() < p
        ]
        hr = rng.normal(68, 9) + 9 * ("Caffeine" in tags) + 18 * ("Exercise" in tags) + 5 * ("Stress" in tags)
        det = str(
            rng.choice(
                ["Normal", "Possible Atrial Fibrillation", "Unclassified", "Unreadable"], p=[0.74, 0.08, 0.1, 0.08]
            )
        )
        if det == "Normal" and hr < 50:
            det = "Bradycardia"
        elif det == "Normal" and hr > 100:
            det = "Tachycardia"
        six = rng.random() < (0.15 if t < pd.Timestamp("2022-09-01") else 0.55)
        dur = int(rng.choice([30, 30, 30, 30, 60, 300])) if six is False else 30
        rows.append(
            {
                "Recorded At": t.strftime("%Y-%m-%d %H:%M:%S"),
                "Duration (s)": dur,
                "Heart Rate (bpm)": "" if det == "Unreadable" else round(float(hr)),
                "Determination": det,
                "Device": "KardiaMobile 6L" if six else "KardiaMobile",
                "Leads": 6 if six else 1,
                "Tags/Notes": ", ".join(tags),
            }
        )
    return pd.DataFrame(rows).sort_values("Recorded At", ascending=False).reset_index(drop=True)


def _kd_det(d: pd.DataFrame, det: str) -> pd.Series:
    return _text(d["Determination"]).str.lower().eq(det)


def _kd_caffeine(d: pd.DataFrame) -> list[float]:
    hr = _n(d["Heart Rate (bpm)"])
    tagged = _text(d["Tags/Notes"]).str.contains("caffeine", case=False)
    return [float(hr[tagged].mean()), float(hr[~tagged].mean())]


_KD_ID = ("Recorded At",)

_KD_QS = [
    Q(
        "how many recordings said possible afib",
        _count(lambda d: int(_kd_det(d, "possible atrial fibrillation").sum())),
        ("Determination", *_KD_ID),
    ),
    Q(
        "what percent came back normal",
        either(
            _share(lambda d: float(_kd_det(d, "normal").mean())),
            _share(lambda d: float(_kd_det(d, "normal")[~_kd_det(d, "unreadable")].mean())),
        ),
        ("Determination", *_KD_ID),
    ),
    Q(
        "what's my typical heart rate",
        _any_about(
            lambda d: float(_n(d["Heart Rate (bpm)"]).mean()), lambda d: float(_n(d["Heart Rate (bpm)"]).median())
        ),
        ("Heart Rate (bpm)", *_KD_ID),
    ),
    Q(
        "is it higher when i've had caffeine",
        _about(_kd_caffeine),
        ("Heart Rate (bpm)", "Tags/Notes", *_KD_ID),
    ),
    Q(
        "which month did i take the most readings",
        _month_year(
            lambda d: pd.to_datetime(d["Recorded At"]).dt.to_period("M").value_counts().idxmax().to_timestamp()
        ),
        _KD_ID,
    ),
    Q(
        "how many were done with 6 leads",
        _count(lambda d: int((_n(d["Leads"]) == 6).sum())),
        ("Leads", "Device", *_KD_ID),
    ),
]


HELDOUT212: list[Dataset] = [
    Dataset("activecampaign_contacts", _activecampaign_frame, _AC_QS),
    Dataset("braintree_transactions", _braintree_frame, _BT_QS),
    Dataset("questrade_activity", _questrade_frame, _QT_QS),
    Dataset("purpleair_hourly", _purpleair_frame, _PA_QS),
    Dataset("ea_hydrology_rainfall", _ea_frame, _EA_QS),
    Dataset("fooddata_central_branded", _fooddata_frame, _FD_QS),
    Dataset("kardia_ecg_recordings", _kardia_frame, _KD_QS),
]
