"""HELDOUT127: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Cash App
account statement (Transaction ID as six lower-case letters and digits, Date as "2023-03-14 18:22:05 EDT" with EST
in winter, Transaction Type Cash Card Debit / Sent P2P / Received P2P / Deposits / Withdrawal / Cash Card Refund /
Boost Payment / Bitcoin Buy, Currency USD, Amount, Fee and Net Amount as "-$23.45" / "$50.00" text with fees "$0"
or negative, Asset Type BTC, Asset Price "$28,345.12" and Asset Amount only on bitcoin rows, Status COMPLETE /
FAILED / CANCELED, free-text Notes mostly blank, "Name of sender/receiver" with people or merchants, Account "Your
Cash" or "Visa Debit 4821", January 2023 to June 2024); an Ahrefs Site Explorer organic keywords export for a
baking blog (Keyword, lower-case Country code, Location blank, "SERP features" as comma lists or blank, Volume, KD
with a few blanks, CPC with many blanks, Organic traffic, Current position, Previous position blank for new
keywords, Current URL, Updated as "2024-05-12T08:15:33Z"); a BigCommerce orders export (Order ID from 100, Customer
ID 0 for guest checkouts, Customer Name, Customer Email, Order Date as "17/05/2023" day first, Order Status
Completed / Shipped / Awaiting Fulfillment / Awaiting Payment / Cancelled / Refunded, "Subtotal (inc tax)",
"Subtotal (ex tax)", "Tax Total", "Shipping Cost (inc tax)", "Order Total (inc tax)", "Order Total (ex tax)",
Payment Method Stripe / PayPal / Apple Pay / Manual, Total Quantity, Ship Method with "UPS® Ground", full-name
Billing State and Shipping State, Order Currency Code USD, Refund Amount, Channel ID 1, 2023); a Trakt.tv watch
history export (id, watched_at as "2023-04-05T21:13:00.000Z", action watch / scrobble / checkin, type movie /
episode, title as the movie or the show, year, episode_title, season and episode blank for movies, runtime in
minutes, imdb_id "tt...", tmdb_id, genres as "drama, thriller", rating 1-10 blank for most plays, a few movies
watched twice, 2021-2024); CMS Open Payments general payments for program year 2023 (Change_Type UNCHANGED / NEW /
CHANGED, Covered_Recipient_Type, Covered_Recipient_Profile_ID and Covered_Recipient_NPI repeated over a doctor's
payments, upper-case first and last names, Recipient_City, two-letter Recipient_State, Recipient_Zip_Code as
"10016-4576" text, Covered_Recipient_Specialty_1 as "Allopathic & Osteopathic Physicians|Internal
Medicine|Cardiovascular Disease", the submitting and paying manufacturer names, Total_Amount_of_Payment_USDollars,
Date_of_Payment as "08/14/2023", Number_of_Payments_Included_in_Total_Amount, Form_of_Payment_or_Transfer_of_Value,
Nature_of_Payment_or_Transfer_of_Value, Physician_Ownership_Indicator and Third_Party_Payment_Recipient_Indicator,
an upper-case drug or device name with blanks, Record_ID, Program_Year, Payment_Publication_Date "01/30/2024"); a
USDA NASS Quick Stats download of weekly crop progress (Program SURVEY, Year, Period "WEEK #19", Week Ending
"2023-05-14", Geo Level STATE or NATIONAL, upper-case State with a "US TOTAL" row each week, State ANSI, the blank
Ag District / County / Zip Code / Region / watershed columns, Commodity CORN / SOYBEANS, Data Item "CORN - PROGRESS,
MEASURED IN PCT PLANTED" or "... PCT EMERGED", Domain TOTAL, Domain Category NOT SPECIFIED, Value as text, "CV (%)"
blank, eleven weeks each spring of 2021-2024); and EPA Toxics Release Inventory basic data for 2020-2022 (numbered
upper-case headers "1. YEAR", "2. TRIFD" like "77536SHLLD5900H", "4. FACILITY NAME", "6. CITY", "8. ST", "9. ZIP",
"12. LATITUDE", "15. PARENT CO NAME" with "NA", "23. INDUSTRY SECTOR", "35. CHEMICAL" upper-case, "41.
CLASSIFICATION" TRI / PBT / Dioxin, "42. METAL", "44. CARCINOGEN" YES / NO, "48. UNIT OF MEASURE" Pounds or Grams
for dioxins, release columns "49. 5.1 - FUGITIVE AIR", "50. 5.2 - STACK AIR", "51. 5.3 - WATER", "52. 5.4 -
UNDERGROUND", "53. 5.5.1 - LANDFILLS", "62. ON-SITE RELEASE TOTAL", "88. OFF-SITE RELEASE TOTAL", "107. TOTAL
RELEASES", a facility repeated over chemicals and years). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .heldout38 import _month
from .heldout42 import _ranked
from .offline_eval import DAY_WORDS, Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _money(s: pd.Series) -> pd.Series:
    """Amounts written as "$1,234.50", "-$4.99" or "$0" (blanks as NaN)."""
    text = s.astype("string").str.replace(r"[$,+\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _fmt(x: float) -> str:
    """A signed dollar amount as Cash App writes it: "-$23.45", "$50.00", "$0"."""
    if x == 0:
        return "$0"
    return ("-" if x < 0 else "") + f"${abs(x):,.2f}"


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount, in full or in thousands / millions, with or without its minus sign."""
    return either(
        _scaled(lambda d: np.abs(np.atleast_1d(value(d))), (1e3, 1e6)),
        _scaled(lambda d: -np.abs(np.atleast_1d(value(d))), (1e3, 1e6)),
    )


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A weekday (pandas' day_of_week), by its name or short form."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        k = int(value(df))
        return None if re.search(rf"\b(?:{DAY_WORDS[k]})\b", answer, re.IGNORECASE) else f"missing weekday {k}"

    return check


# --- 1. Cash App statement -----------------------------------------------------------------------------------------

_CA_FRIENDS = ["Jordan Reyes", "Mia Thompson", "Tyler Brooks", "Aaliyah Carter", "Marcus Lee", "Destiny Howard"]
_CA_MERCHANTS = ["Walmart", "McDonald's", "Shell", "Amazon", "Target", "Uber Eats", "Dollar General", "Taco Bell"]
_CA_NOTES = ["rent", "pizza", "gas money", "for the tickets", "bills", "thx", "lunch", "owe u"]


def _ca_zone(t: pd.Timestamp) -> str:
    summer = (t.month, t.day) >= (3, 12) and (t.month, t.day) < (11, 5)
    return "EDT" if summer else "EST"


def _cashapp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12701)
    n = 960
    start = pd.Timestamp("2023-01-01")
    secs = np.sort(rng.integers(0, int((pd.Timestamp("2024-07-01") - start).total_seconds()), n))
    kinds = [
        "Cash Card Debit",
        "Sent P2P",
        "Received P2P",
        "Deposits",
        "Withdrawal",
        "Cash Card Refund",
        "Boost Payment",
        "Bitcoin Buy",
    ]
    used: set[str] = set()
    rows = []
    for s in secs:
        t = start + pd.Timedelta(seconds=int(s))
        kind = str(_one(rng, kinds, [46, 17, 14, 6, 5, 3, 5, 4]))
        fee = 0.0
        asset_type = asset_price = asset_amount = ""
        note = ""
        account = "Your Cash"
        if kind == "Cash Card Debit":
            who = str(_one(rng, _CA_MERCHANTS, [5, 4, 3, 4, 3, 2, 2, 2]))
            amount = -round(float(rng.gamma(2.0, 14.0)) + 1.5, 2)
        elif kind == "Cash Card Refund":
            who = str(_one(rng, _CA_MERCHANTS))
            amount = round(float(rng.gamma(2.0, 10.0)) + 2, 2)
        elif kind == "Boost Payment":
            who = str(_one(rng, _CA_MERCHANTS))
            amount = round(float(rng.uniform(0.5, 5.0)), 2)
        elif kind == "Sent P2P":
            who = str(_one(rng, _CA_FRIENDS, [9, 4, 3, 3, 2, 2]))
            amount = -float(_one(rng, [10, 15, 20, 25, 40, 50, 100, 250], [3, 3, 4, 3, 2, 3, 2, 1]))
            note = str(_one(rng, ["", *_CA_NOTES], [6, 1, 1, 1, 1, 1, 1, 1, 1]))
            if rng.random() < 0.3:
                account = "Visa Debit 4821"
        elif kind == "Received P2P":
            who = str(_one(rng, _CA_FRIENDS, [2, 5, 3, 4, 3, 2]))
            amount = float(_one(rng, [5, 10, 20, 25, 30, 50, 60, 100, 200], [2, 3, 4, 3, 2, 3, 1, 2, 1]))
            note = str(_one(rng, ["", *_CA_NOTES], [6, 1, 1, 1, 1, 1, 1, 1, 1]))
        elif kind == "Deposits":
            who = "DIRECT DEPOSIT ACME STAFFING"
            amount = round(float(rng.normal(820, 90)), 2)
        elif kind == "Withdrawal":
            who = "Instant Deposit"
            amount = -float(_one(rng, [50, 100, 150, 200, 300]))
            fee = -round(max(0.25, abs(amount) * 0.0175), 2)
            account = "Visa Debit 4821"
        else:
            who = ""
            amount = -float(_one(rng, [10, 20, 25, 50]))
            price = round(float(25000 + 0.0012 * (t - start).days ** 2.2 + rng.normal(0, 900)), 2)
            fee = -round(abs(amount) * 0.022, 2)
            asset_type = "BTC"
            asset_price = f"${price:,.2f}"
            asset_amount = f"{(abs(amount) + fee) / price:.8f}"
        status = str(_one(rng, ["COMPLETE", "FAILED", "CANCELED"], [93, 5, 2]))
        while True:
            tid = "".join(rng.choice(list("abcdefghijklmnopqrstuvwxyz0123456789"), 6))
            if tid not in used:
                used.add(tid)
                break
        rows.append(
            {
                "Transaction ID": tid,
                "Date": f"{t:%Y-%m-%d %H:%M:%S} {_ca_zone(t)}",
                "Transaction Type": kind,
                "Currency": "USD",
                "Amount": _fmt(amount),
                "Fee": _fmt(fee),
                "Net Amount": _fmt(round(amount + fee, 2)),
                "Asset Type": asset_type,
                "Asset Price": asset_price,
                "Asset Amount": asset_amount,
                "Status": status,
                "Notes": note,
                "Name of sender/receiver": who,
                "Account": account,
            }
        )
    return pd.DataFrame(rows[::-1])


def _ca_of(d: pd.DataFrame, kind: str, complete: bool) -> pd.DataFrame:
    keep = d["Transaction Type"] == kind
    if complete:
        keep &= d["Status"] == "COMPLETE"
    return d[keep]


def _ca_card_spend(complete: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_money(_ca_of(d, "Cash Card Debit", complete)["Amount"]).abs().sum())


def _ca_top_friend(complete: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        rows = _ca_of(d, "Sent P2P", complete)
        return _top(_money(rows["Amount"]).abs().groupby(rows["Name of sender/receiver"]).sum())

    return value


def _ca_received_month(complete: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        rows = _ca_of(d, "Received P2P", complete)
        month = pd.to_datetime(rows["Date"].str[:10]).dt.to_period("M")
        sums = _money(rows["Amount"]).groupby(month).sum()
        return pd.Period(_top(sums)).to_timestamp()

    return value


_CASHAPP_QS = [
    Q(
        "how much have i spent on my cash card in total",
        either(_dollars(_ca_card_spend(True)), _dollars(_ca_card_spend(False))),
        ("Transaction Type", "Amount", "Status"),
    ),
    Q(
        "who do i send the most money to?",
        either(_lead(_named(_ca_top_friend(True))), _lead(_named(_ca_top_friend(False)))),
        ("Transaction Type", "Amount", "Name of sender/receiver", "Status"),
    ),
    Q(
        "how many times has someone sent me money",
        either(
            _count(lambda d: len(_ca_of(d, "Received P2P", True))),
            _count(lambda d: len(_ca_of(d, "Received P2P", False))),
        ),
        ("Transaction Type", "Status", "Transaction ID"),
    ),
    Q(
        "which month did people send me the most?",
        either(_lead(_month_year(_ca_received_month(True))), _lead(_month_year(_ca_received_month(False)))),
        ("Transaction Type", "Amount", "Date", "Status"),
    ),
    Q(
        "what percent of my transactions failed",
        _share(lambda d: float((d["Status"] == "FAILED").mean())),
        ("Status", "Transaction ID"),
    ),
    Q(
        "how much have i paid in fees altogether?",
        either(
            _dollars(lambda d: float(_money(d["Fee"]).abs().sum())),
            _dollars(lambda d: float(_money(d.loc[d["Status"] == "COMPLETE", "Fee"]).abs().sum())),
        ),
        ("Fee", "Status"),
    ),
]


# --- 2. Ahrefs organic keywords ------------------------------------------------------------------------------------

_AH_PAGES = {
    "banana-bread": ["banana bread", "moist banana bread", "banana loaf"],
    "sourdough-starter": ["sourdough starter", "starter feeding", "how to make sourdough starter"],
    "chocolate-chip-cookies": ["chocolate chip cookies", "chewy cookies", "cookie dough"],
    "cinnamon-rolls": ["cinnamon rolls", "cinnamon buns", "overnight cinnamon rolls"],
    "lemon-drizzle-cake": ["lemon drizzle cake", "lemon cake", "lemon loaf"],
    "focaccia": ["focaccia", "focaccia bread", "rosemary focaccia"],
    "pie-crust": ["pie crust", "all butter pie crust", "shortcrust pastry"],
    "brownies": ["brownies", "fudgy brownies", "cocoa brownies"],
    "pizza-dough": ["pizza dough", "neapolitan pizza dough", "thin crust pizza"],
    "carrot-cake": ["carrot cake", "carrot cake frosting", "cream cheese frosting"],
}
_AH_MODS = [
    "{k}",
    "{k} recipe",
    "easy {k}",
    "best {k}",
    "{k} recipe easy",
    "how to make {k}",
    "{k} without eggs",
    "vegan {k}",
    "gluten free {k}",
    "{k} calories",
    "healthy {k}",
    "{k} uk",
    "{k} with oil",
    "homemade {k}",
    "{k} tips",
    "{k} in air fryer",
    "{k} for beginners",
    "quick {k}",
]
_AH_SERP = ["Featured snippet", "People also ask", "Image pack", "Video", "Recipes", "Sitelinks", "Top stories"]


def _ah_ctr(pos: np.ndarray) -> np.ndarray:
    return np.where(pos <= 10, 0.32 / pos**0.9, 0.004 / (pos / 10) ** 1.5)


def _ahrefs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12702)
    rows = []
    pages = list(_AH_PAGES)
    pop = dict(zip(pages, [9, 5, 8, 4, 3, 3, 4, 6, 5, 3], strict=True))
    for page, seeds in _AH_PAGES.items():
        for seed in seeds:
            for mod in _AH_MODS:
                if rng.random() < 0.25:
                    continue
                kw = mod.format(k=seed)
                base = 60000 if mod == "{k}" else 4000
                vol = int(max(10, round(rng.lognormal(np.log(base * pop[page] / 6), 1.0), -1)))
                pos = int(min(100, max(1, round(rng.lognormal(np.log(9), 0.9)))))
                rows.append((kw, page, vol, pos))
    out = pd.DataFrame(rows, columns=["kw", "page", "vol", "pos"]).drop_duplicates("kw")
    n = len(out)
    pos = out["pos"].to_numpy()
    traffic = np.round(out["vol"].to_numpy() * _ah_ctr(pos) * rng.uniform(0.6, 1.4, n)).astype(int)
    prev = pos + rng.integers(-6, 7, n)
    prev = np.clip(prev, 1, 100).astype(float)
    prev[rng.random(n) < 0.14] = np.nan
    kd = np.clip(np.round(rng.normal(18 + 8 * np.log10(out["vol"]), 12)), 0, 99)
    kd[rng.random(n) < 0.04] = np.nan
    cpc = np.round(rng.gamma(2.0, 0.35, n), 2)
    cpc[rng.random(n) < 0.22] = np.nan
    serp = [
        ", ".join(sorted(rng.choice(_AH_SERP, int(rng.integers(1, 4)), replace=False))) if rng.random() < 0.8 else ""
        for _ in range(n)
    ]
    updated = [
        (pd.Timestamp("2024-05-01") + pd.Timedelta(seconds=int(x))).strftime("%Y-%m-%dT%H:%M:%SZ")
        for x in rng.integers(0, 20 * 86400, n)
    ]
    frame = pd.DataFrame(
        {
            "Keyword": out["kw"].to_numpy(),
            "Country code": [str(_one(rng, ["us", "gb", "ca", "au"], [70, 15, 9, 6])) for _ in range(n)],
            "Location": "",
            "SERP features": serp,
            "Volume": out["vol"].to_numpy(),
            "KD": pd.array(kd, dtype="Int64"),
            "CPC": cpc,
            "Organic traffic": traffic,
            "Current position": pos,
            "Previous position": pd.array(prev, dtype="Int64"),
            "Current URL": [f"https://www.bakingbird.com/recipes/{p}/" for p in out["page"]],
            "Updated": updated,
        }
    )
    return frame.sort_values("Organic traffic", ascending=False, kind="stable").reset_index(drop=True)


def _ah_top_page(d: pd.DataFrame) -> str:
    return _top(d.groupby("Current URL")["Organic traffic"].sum())


def _ah_page_said() -> Check:
    """The best page, by its URL or by its slug ("banana-bread", "banana bread")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        slug = _ah_top_page(df).rstrip("/").rsplit("/", 1)[-1]
        loose = " " + re.sub(r"[^a-z0-9]+", " ", answer.lower()) + " "
        return None if f" {slug.replace('-', ' ')} " in loose else f"missing page {slug!r}"

    return check


_AHREFS_QS = [
    Q(
        "how many keywords are we ranking top 3 for?",
        _count(lambda d: int((d["Current position"] <= 3).sum())),
        ("Current position", "Keyword"),
    ),
    Q(
        "which page brings in the most traffic",
        _lead(_ah_page_said()),
        ("Current URL", "Organic traffic"),
    ),
    Q(
        "whats the average keyword difficulty",
        has(lambda d: float(d["KD"].mean()), rel=0.01),
        ("KD",),
    ),
    Q(
        "how many keywords dropped in ranking since last time",
        _count(lambda d: int((d["Current position"] > d["Previous position"]).sum())),
        ("Current position", "Previous position", "Keyword"),
    ),
    Q(
        "does search volume go together with the traffic we get?",
        _corr(lambda d: d["Volume"], lambda d: d["Organic traffic"]),
        ("Volume", "Organic traffic"),
    ),
    Q(
        "how many keywords have no cpc",
        _count(lambda d: int(d["CPC"].isna().sum())),
        ("CPC", "Keyword"),
    ),
]


# --- 3. BigCommerce orders -----------------------------------------------------------------------------------------

_BC_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas", "Chloe", "Owen"]
_BC_LAST = ["Nguyen", "Smith", "Garcia", "Johnson", "Patel", "Brown", "Martinez", "Wilson", "Clark", "Lopez", "Kim"]
_BC_STATES = ["California", "Texas", "New York", "Florida", "Illinois", "Washington", "Ohio", "Georgia", "Colorado"]


def _bigcommerce_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12703)
    n = 1500
    days = np.sort(rng.integers(0, 365, n))
    customers = {}
    for cid in range(1, 420):
        first, last = str(_one(rng, _BC_FIRST)), str(_one(rng, _BC_LAST))
        state = str(_one(rng, _BC_STATES, [16, 11, 9, 9, 5, 5, 4, 4, 3]))
        customers[cid] = (f"{first} {last}", f"{first.lower()}.{last.lower()}{cid}@example.com", state)
    rows = []
    for i, k in enumerate(days):
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(k))
        guest = rng.random() < 0.24
        if guest:
            cid = 0
            first, last = str(_one(rng, _BC_FIRST)), str(_one(rng, _BC_LAST))
            name, email = f"{first} {last}", f"{first.lower()}{int(rng.integers(10, 99))}@mail.com"
            state = str(_one(rng, _BC_STATES, [16, 11, 9, 9, 5, 5, 4, 4, 3]))
        else:
            cid = int(rng.integers(1, 420))
            name, email, state = customers[cid]
        qty = int(rng.integers(1, 6))
        sub_ex = round(float(sum(rng.uniform(12, 60) for _ in range(qty))), 2)
        tax = round(sub_ex * 0.0725, 2)
        ship_method = str(_one(rng, ["Free Shipping", "Flat Rate", "UPS® Ground"], [4, 3, 2]))
        ship = 0.0 if ship_method == "Free Shipping" else (7.95 if ship_method == "Flat Rate" else 12.40)
        total_inc = round(sub_ex + tax + ship, 2)
        status = str(
            _one(
                rng,
                ["Completed", "Shipped", "Awaiting Fulfillment", "Awaiting Payment", "Cancelled", "Refunded"],
                [62, 16, 5, 3, 8, 6],
            )
        )
        if day.month == 12 and status in ("Completed", "Shipped"):
            status = str(_one(rng, ["Completed", "Shipped", "Awaiting Fulfillment"], [3, 4, 2]))
        rows.append(
            {
                "Order ID": 100 + i,
                "Customer ID": cid,
                "Customer Name": name,
                "Customer Email": email,
                "Order Date": day.strftime("%d/%m/%Y"),
                "Order Status": status,
                "Subtotal (inc tax)": round(sub_ex + tax, 2),
                "Subtotal (ex tax)": sub_ex,
                "Tax Total": tax,
                "Shipping Cost (inc tax)": ship,
                "Order Total (inc tax)": total_inc,
                "Order Total (ex tax)": round(sub_ex + ship, 2),
                "Payment Method": str(_one(rng, ["Stripe", "PayPal", "Apple Pay", "Manual"], [55, 25, 15, 5])),
                "Total Quantity": qty,
                "Ship Method": ship_method,
                "Billing State": state if rng.random() < 0.93 else str(_one(rng, _BC_STATES)),
                "Shipping State": state,
                "Order Currency Code": "USD",
                "Refund Amount": total_inc if status == "Refunded" else 0.0,
                "Channel ID": 1,
            }
        )
    return pd.DataFrame(rows)


def _bc_live(d: pd.DataFrame) -> pd.DataFrame:
    return d[~d["Order Status"].isin(["Cancelled", "Refunded"])]


def _bc_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Order Date"], format="%d/%m/%Y").dt.to_period("M")
    return pd.Period(_top(month.value_counts())).to_timestamp()


def _bc_method_means(live: bool) -> Callable[[pd.DataFrame], Any]:
    def value(d: pd.DataFrame) -> Any:
        rows = _bc_live(d) if live else d
        return rows.groupby("Payment Method")["Order Total (inc tax)"].mean().to_numpy()

    return value


_BIGCOMMERCE_QS = [
    Q(
        "how much did we sell in total, not counting cancelled or refunded orders?",
        either(
            _dollars(lambda d: float(_bc_live(d)["Order Total (inc tax)"].sum())),
            _dollars(lambda d: float(_bc_live(d)["Order Total (ex tax)"].sum())),
        ),
        ("Order Status", "Order Total (inc tax)", "Order Total (ex tax)"),
    ),
    Q(
        "how many orders got cancelled",
        _count(lambda d: int((d["Order Status"] == "Cancelled").sum())),
        ("Order Status", "Order ID"),
    ),
    Q(
        "which state do we ship the most orders to?",
        _lead(_named(lambda d: _top(d["Shipping State"].value_counts()))),
        ("Shipping State", "Order ID"),
    ),
    Q(
        "average order value by payment method",
        either(_about(_bc_method_means(False)), _about(_bc_method_means(True))),
        ("Payment Method", "Order Total (inc tax)", "Order Status"),
    ),
    Q(
        "which month had the most orders",
        _lead(either(_month_year(_bc_month), _month(_bc_month))),
        ("Order Date", "Order ID"),
    ),
    Q(
        "what fraction of orders were guest checkouts?",
        _share(lambda d: float((d["Customer ID"] == 0).mean())),
        ("Customer ID", "Order ID"),
    ),
]


# --- 4. Trakt watch history ----------------------------------------------------------------------------------------

_TR_SHOWS = [
    ("The Office", 22, "comedy", 2005, 9),
    ("Breaking Bad", 47, "drama, crime, thriller", 2008, 5),
    ("Succession", 60, "drama", 2018, 4),
    ("The Bear", 30, "comedy, drama", 2022, 3),
    ("Severance", 50, "drama, mystery, science-fiction", 2022, 2),
    ("Brooklyn Nine-Nine", 22, "comedy, crime", 2013, 8),
    ("Shogun", 58, "drama, history", 2024, 1),
    ("Arcane", 40, "animation, action, fantasy", 2021, 2),
]
_TR_MOVIES = [
    ("Oppenheimer", 2023, 180, "drama, history"),
    ("Everything Everywhere All at Once", 2022, 139, "action, comedy, science-fiction"),
    ("Top Gun: Maverick", 2022, 131, "action, drama"),
    ("Parasite", 2019, 133, "comedy, thriller, drama"),
    ("The Batman", 2022, 177, "crime, mystery, thriller"),
    ("Barbie", 2023, 114, "comedy, adventure, fantasy"),
    ("Knives Out", 2019, 131, "comedy, crime, mystery"),
    ("Interstellar", 2014, 169, "adventure, drama, science-fiction"),
    ("Past Lives", 2023, 106, "drama, romance"),
    ("Arrival", 2016, 116, "drama, science-fiction, mystery"),
    ("Mad Max: Fury Road", 2015, 121, "action, adventure, science-fiction"),
    ("Spirited Away", 2001, 125, "animation, family, fantasy"),
    ("The Grand Budapest Hotel", 2014, 100, "comedy, drama"),
    ("Whiplash", 2014, 107, "drama, music"),
    ("Get Out", 2017, 104, "horror, mystery, thriller"),
    ("La La Land", 2016, 129, "comedy, drama, romance"),
    ("Inception", 2010, 148, "action, science-fiction, adventure"),
    ("Poor Things", 2023, 141, "comedy, romance, science-fiction"),
    ("Aftersun", 2022, 102, "drama"),
    ("Nope", 2022, 130, "horror, mystery, science-fiction"),
    ("Hereditary", 2018, 127, "horror, mystery"),
    ("The Holdovers", 2023, 133, "comedy, drama"),
    ("Prisoners", 2013, 153, "crime, drama, thriller"),
    ("Coco", 2017, 105, "animation, family, music"),
    ("Heat", 1995, 170, "action, crime, drama"),
    ("Zodiac", 2007, 157, "crime, drama, mystery"),
    ("Soul", 2020, 100, "animation, comedy, family"),
    ("Drive", 2011, 100, "crime, drama, thriller"),
    ("Amelie", 2001, 122, "comedy, romance"),
    ("Gone Girl", 2014, 149, "mystery, thriller, drama"),
    ("Sicario", 2015, 121, "action, crime, thriller"),
    ("Moonlight", 2016, 111, "drama"),
    ("Wall-E", 2008, 98, "animation, family, science-fiction"),
    ("Ratatouille", 2007, 111, "animation, comedy, family"),
    ("Jaws", 1975, 124, "horror, thriller, adventure"),
    ("Alien", 1979, 117, "horror, science-fiction"),
]


def _trakt_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12704)
    plays = []
    start = pd.Timestamp("2021-01-01")
    span = int((pd.Timestamp("2025-01-01") - start).total_seconds())
    for title, runtime, genres, year, seasons in _TR_SHOWS:
        n_eps = int(rng.integers(20, 26)) * min(seasons, 4) if title != "Shogun" else 10
        if title == "The Office":
            n_eps = 140
        if title == "Brooklyn Nine-Nine":
            n_eps = 118
        t0 = int(rng.integers(0, span // 2))
        for k in range(n_eps):
            season, ep = 1 + k // 22, 1 + k % 22
            secs = min(span - 1, t0 + int(k * rng.uniform(0.7, 1.6) * 86400 * 3))
            plays.append(("episode", title, year, f"Episode {ep}", season, ep, runtime, genres, secs))
    repeats = {"Interstellar", "Spirited Away", "Knives Out", "Heat"}
    for title, year, runtime, genres in _TR_MOVIES:
        for _ in range(2 if title in repeats else 1):
            plays.append(("movie", title, year, "", np.nan, np.nan, runtime, genres, int(rng.integers(0, span))))
    out = pd.DataFrame(plays, columns=["type", "title", "year", "ep_title", "season", "episode", "rt", "g", "secs"])
    # evenings, weighted to weekends
    stamp = start + pd.to_timedelta(out["secs"], unit="s")
    shift = np.where(stamp.dt.day_of_week.isin([4, 5]), 0, rng.integers(0, 2, len(out)))
    stamp = stamp.dt.normalize() + pd.to_timedelta(shift, unit="D")
    hours = rng.choice([0, 1, 2, 3, 23, 22, 21], len(out), p=[0.2, 0.2, 0.1, 0.05, 0.2, 0.15, 0.1])
    stamp = stamp + pd.to_timedelta(hours, unit="h") + pd.to_timedelta(rng.integers(0, 3600, len(out)), unit="s")
    out["stamp"] = stamp
    out = out.sort_values("stamp", ascending=False, kind="stable").reset_index(drop=True)
    n = len(out)
    rating = np.where(
        out["type"] == "movie",
        np.clip(np.round(rng.normal(7.6, 1.3, n)), 1, 10),
        np.clip(np.round(rng.normal(8.2, 1.0, n)), 1, 10),
    )
    rated = np.where(out["type"] == "movie", rng.random(n) < 0.7, rng.random(n) < 0.12)
    rating = np.where(rated, rating, np.nan)
    imdb = {t: f"tt{int(rng.integers(100000, 9999999)):07d}" for t in out["title"].unique()}
    tmdb = {t: int(rng.integers(1000, 900000)) for t in out["title"].unique()}
    return pd.DataFrame(
        {
            "id": 9_400_000_000 - np.cumsum(rng.integers(1, 40, n)),
            "watched_at": [f"{t:%Y-%m-%dT%H:%M:%S}.000Z" for t in out["stamp"]],
            "action": [str(_one(rng, ["watch", "scrobble", "checkin"], [3, 6, 1])) for _ in range(n)],
            "type": out["type"],
            "title": out["title"],
            "year": out["year"],
            "episode_title": out["ep_title"],
            "season": out["season"].astype("Int64"),
            "episode": out["episode"].astype("Int64"),
            "runtime": out["rt"],
            "imdb_id": [imdb[t] for t in out["title"]],
            "tmdb_id": [tmdb[t] for t in out["title"]],
            "genres": out["g"],
            "rating": pd.array(rating, dtype="Int64"),
        }
    )


def _tr_stamp(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["watched_at"], format="%Y-%m-%dT%H:%M:%S.000Z")


def _tr_hours(d: pd.DataFrame) -> float:
    return float(d.loc[_tr_stamp(d).dt.year == 2023, "runtime"].sum()) / 60


def _tr_repeats(d: pd.DataFrame) -> list[str]:
    counts = d.loc[d["type"] == "movie", "title"].value_counts()
    return sorted(str(x) for x in counts[counts > 1].index)


def _tr_all_named(d_answer: str, df: pd.DataFrame) -> str | None:
    for title in _tr_repeats(df):
        why = _named(lambda d, t=title: t)(d_answer, df)
        if why:
            return why
    return None


_TRAKT_QS = [
    Q(
        "how many movies have i watched?",
        either(
            _count(lambda d: int((d["type"] == "movie").sum())),
            _count(lambda d: int(d.loc[d["type"] == "movie", "title"].nunique())),
        ),
        ("type", "title", "imdb_id"),
    ),
    Q(
        "which of them did i watch more than once",
        _tr_all_named,
        ("type", "title", "imdb_id"),
    ),
    Q(
        "what show have i watched the most episodes of",
        _lead(_named(lambda d: _top(d.loc[d["type"] == "episode", "title"].value_counts()))),
        ("type", "title"),
    ),
    Q(
        "how many hours did i spend watching stuff in 2023",
        either(has(_tr_hours, rel=0.01), has(lambda d: _tr_hours(d) * 60, rel=0.002)),
        ("watched_at", "runtime"),
    ),
    Q(
        "what day of the week do i watch the most on?",
        _lead(_weekday(lambda d: int(_top(_tr_stamp(d).dt.day_of_week.value_counts())))),
        ("watched_at",),
    ),
    Q(
        "do i rate movies higher or lower than tv episodes on average?",
        _about(lambda d: d.groupby("type")["rating"].mean().to_numpy()),
        ("type", "rating"),
    ),
]


# --- 5. CMS Open Payments general payments -------------------------------------------------------------------------

_OP_MAKERS = {
    "Pfizer Inc.": ("Pfizer",),
    "AbbVie Inc.": ("AbbVie",),
    "Medtronic USA, Inc.": ("Medtronic",),
    "Janssen Pharmaceuticals, Inc": ("Janssen",),
    "Eli Lilly and Company": ("Eli Lilly", "Lilly"),
    "Boehringer Ingelheim Pharmaceuticals, Inc.": ("Boehringer Ingelheim", "Boehringer"),
    "Novo Nordisk Inc": ("Novo Nordisk",),
    "Stryker Corporation": ("Stryker",),
    "Intuitive Surgical, Inc.": ("Intuitive Surgical", "Intuitive"),
    "AstraZeneca Pharmaceuticals LP": ("AstraZeneca",),
}
_OP_PRODUCTS = {
    "Pfizer Inc.": ["ELIQUIS", "IBRANCE", "PREVNAR 20"],
    "AbbVie Inc.": ["RINVOQ", "SKYRIZI", "HUMIRA"],
    "Medtronic USA, Inc.": ["MICRA AV", "INFUSE", ""],
    "Janssen Pharmaceuticals, Inc": ["XARELTO", "STELARA", "TREMFYA"],
    "Eli Lilly and Company": ["MOUNJARO", "JARDIANCE", "TRULICITY"],
    "Boehringer Ingelheim Pharmaceuticals, Inc.": ["JARDIANCE", "OFEV", ""],
    "Novo Nordisk Inc": ["OZEMPIC", "WEGOVY", "RYBELSUS"],
    "Stryker Corporation": ["MAKO", "TRIATHLON", ""],
    "Intuitive Surgical, Inc.": ["DA VINCI XI", ""],
    "AstraZeneca Pharmaceuticals LP": ["FARXIGA", "TAGRISSO", "BREZTRI"],
}
_OP_NATURE = {
    "Food and Beverage": (70, 12.0, 0.7),
    "Consulting Fee": (6, 1800.0, 0.8),
    "Compensation for services other than consulting, including serving as faculty or as a speaker at a venue "
    "other than a continuing education program": (7, 2600.0, 0.7),
    "Travel and Lodging": (8, 420.0, 0.8),
    "Education": (6, 85.0, 1.0),
    "Honoraria": (2, 1500.0, 0.6),
    "Gift": (1, 60.0, 0.8),
}
_OP_SPECIALTIES = [
    "Allopathic & Osteopathic Physicians|Internal Medicine|Cardiovascular Disease",
    "Allopathic & Osteopathic Physicians|Orthopaedic Surgery",
    "Allopathic & Osteopathic Physicians|Family Medicine",
    "Allopathic & Osteopathic Physicians|Internal Medicine|Endocrinology, Diabetes & Metabolism",
    "Allopathic & Osteopathic Physicians|Dermatology",
    "Allopathic & Osteopathic Physicians|Internal Medicine|Rheumatology",
    "Allopathic & Osteopathic Physicians|Urology",
]
_OP_STATES = {
    "CA": ("Los Angeles", "San Diego"),
    "TX": ("Houston", "Dallas"),
    "NY": ("New York", "Rochester"),
    "FL": ("Miami", "Tampa"),
    "PA": ("Philadelphia", "Pittsburgh"),
    "OH": ("Columbus", "Cleveland"),
    "IL": ("Chicago", "Naperville"),
    "GA": ("Atlanta", "Savannah"),
}
_OP_STATE_NAMES = {
    "CA": ("California",),
    "TX": ("Texas",),
    "NY": ("New York",),
    "FL": ("Florida",),
    "PA": ("Pennsylvania",),
    "OH": ("Ohio",),
    "IL": ("Illinois",),
    "GA": ("Georgia",),
}
_OP_FIRST = ["JAMES", "MARIA", "DAVID", "SUSAN", "ROBERT", "PRIYA", "MICHAEL", "LINDA", "WEI", "AHMED", "KAREN"]
_OP_LAST = ["SMITH", "PATEL", "NGUYEN", "JOHNSON", "COHEN", "GARCIA", "KIM", "SHAH", "MILLER", "OKAFOR", "ROSSI"]


def _open_payments_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12705)
    doctors = []
    for k in range(700):
        state = str(_one(rng, list(_OP_STATES), [14, 11, 13, 10, 6, 5, 6, 4]))
        doctors.append(
            {
                "Covered_Recipient_Profile_ID": int(100000 + k * 37 + rng.integers(0, 30)),
                "Covered_Recipient_NPI": int(1000000000 + rng.integers(0, 999999999)),
                "Covered_Recipient_First_Name": str(_one(rng, _OP_FIRST)),
                "Covered_Recipient_Last_Name": str(_one(rng, _OP_LAST)),
                "Recipient_City": str(_one(rng, list(_OP_STATES[state]))),
                "Recipient_State": state,
                "Recipient_Zip_Code": f"{int(rng.integers(10000, 99999))}-{int(rng.integers(1000, 9999))}",
                "Covered_Recipient_Specialty_1": str(_one(rng, _OP_SPECIALTIES)),
            }
        )
    makers = list(_OP_MAKERS)
    natures = list(_OP_NATURE)
    rows = []
    n = 3200
    for i in range(n):
        doc = doctors[int(rng.integers(0, len(doctors)))]
        maker = str(_one(rng, makers, [10, 8, 5, 7, 9, 4, 8, 3, 2, 6]))
        nature = str(_one(rng, natures, [v[0] for v in _OP_NATURE.values()]))
        _, mean, sigma = _OP_NATURE[nature]
        amount = round(float(rng.lognormal(np.log(mean), sigma)), 2)
        if maker == "Novo Nordisk Inc" and nature != "Food and Beverage":
            amount = round(amount * 1.6, 2)
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        form = (
            "In-kind items and services" if nature in ("Food and Beverage", "Education") else "Cash or cash equivalent"
        )
        if nature == "Travel and Lodging":
            form = "In-kind items and services"
        rows.append(
            {
                "Change_Type": str(_one(rng, ["UNCHANGED", "NEW", "CHANGED"], [85, 12, 3])),
                "Covered_Recipient_Type": "Covered Recipient Physician",
                **{k: doc[k] for k in list(doc)[:4]},
                "Recipient_Primary_Business_Street_Address_Line1": f"{int(rng.integers(1, 9999))} MEDICAL PKWY",
                **{k: doc[k] for k in list(doc)[4:]},
                "Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name": maker,
                "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name": maker,
                "Total_Amount_of_Payment_USDollars": amount,
                "Date_of_Payment": day.strftime("%m/%d/%Y"),
                "Number_of_Payments_Included_in_Total_Amount": 1 if rng.random() < 0.93 else 2,
                "Form_of_Payment_or_Transfer_of_Value": form,
                "Nature_of_Payment_or_Transfer_of_Value": nature,
                "Physician_Ownership_Indicator": "No",
                "Third_Party_Payment_Recipient_Indicator": "No Third Party Payment",
                "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1": str(_one(rng, _OP_PRODUCTS[maker])),
                "Record_ID": 900000000 + i * 7 + int(rng.integers(0, 7)),
                "Program_Year": 2023,
                "Payment_Publication_Date": "01/30/2024",
            }
        )
    return pd.DataFrame(rows)


_OP_AMT = "Total_Amount_of_Payment_USDollars"
_OP_NAT = "Nature_of_Payment_or_Transfer_of_Value"
_OP_MAKER = "Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name"

_OPEN_PAYMENTS_QS = [
    Q(
        "how much money was paid out in total?",
        _dollars(lambda d: float(d[_OP_AMT].sum())),
        (_OP_AMT,),
    ),
    Q(
        "which company paid doctors the most",
        _lead(_named(lambda d: _top(d.groupby(_OP_MAKER)[_OP_AMT].sum()), _OP_MAKERS)),
        (_OP_MAKER, _OP_AMT, "Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name"),
    ),
    Q(
        "what's the most common type of payment?",
        _lead(_named(lambda d: _top(d[_OP_NAT].value_counts()))),
        (_OP_NAT, "Form_of_Payment_or_Transfer_of_Value"),
    ),
    Q(
        "how much is an average consulting fee",
        has(lambda d: float(d.loc[d[_OP_NAT] == "Consulting Fee", _OP_AMT].mean())),
        (_OP_NAT, _OP_AMT),
    ),
    Q(
        "doctors in which state got the most money?",
        _lead(_named(lambda d: _top(d.groupby("Recipient_State")[_OP_AMT].sum()), _OP_STATE_NAMES)),
        ("Recipient_State", _OP_AMT),
    ),
    Q(
        "how many payments were over $1000?",
        either(
            _count(lambda d: int((d[_OP_AMT] > 1000).sum())),
            _count(lambda d: int((d[_OP_AMT] >= 1000).sum())),
        ),
        (_OP_AMT, "Record_ID"),
    ),
]


# --- 6. USDA NASS crop progress ------------------------------------------------------------------------------------

_NS_STATES = {
    "IOWA": ("19", 0.0),
    "ILLINOIS": ("17", 2.0),
    "NEBRASKA": ("31", 0.5),
    "MINNESOTA": ("27", 5.0),
    "INDIANA": ("18", 6.0),
    "OHIO": ("39", 9.0),
    "SOUTH DAKOTA": ("46", 7.0),
    "KANSAS": ("20", -3.0),
}


def _ns_weeks(year: int) -> list[pd.Timestamp]:
    first = pd.Timestamp(year, 4, 8)
    first = first + pd.Timedelta(days=(6 - first.day_of_week) % 7)
    return [first + pd.Timedelta(weeks=k) for k in range(11)]


def _nass_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12706)
    rows = []
    for year in (2024, 2023, 2022, 2021):
        late = float(rng.normal(0, 5))
        mids: dict[tuple[str, str], float] = {}
        for state, (_, lag) in _NS_STATES.items():
            mids[(state, "CORN")] = 128 + lag + late + float(rng.normal(0, 3))
            mids[(state, "SOYBEANS")] = 138 + lag + late + float(rng.normal(0, 3))
        for week in _ns_weeks(year):
            doy = week.day_of_year
            for crop in ("CORN", "SOYBEANS"):
                values: dict[str, dict[str, int]] = {}
                for state in _NS_STATES:
                    mid = mids[(state, crop)]
                    planted = 100 / (1 + np.exp(-(doy - mid) / 5.5))
                    emerged = 100 / (1 + np.exp(-(doy - mid - 10) / 5.5))
                    values[state] = {"PLANTED": int(np.rint(planted)), "EMERGED": int(np.rint(emerged))}
                us = {
                    item: int(np.rint(np.mean([values[s][item] for s in _NS_STATES])))
                    for item in ("PLANTED", "EMERGED")
                }
                for state, ansi, level, vals in [
                    *[(s, _NS_STATES[s][0], "STATE", values[s]) for s in _NS_STATES],
                    ("US TOTAL", "", "NATIONAL", us),
                ]:
                    for item in ("PLANTED", "EMERGED"):
                        rows.append(
                            {
                                "Program": "SURVEY",
                                "Year": year,
                                "Period": f"WEEK #{week.isocalendar().week:02d}",
                                "Week Ending": week.strftime("%Y-%m-%d"),
                                "Geo Level": level,
                                "State": state,
                                "State ANSI": ansi,
                                "Ag District": "",
                                "Ag District Code": "",
                                "County": "",
                                "County ANSI": "",
                                "Zip Code": "",
                                "Region": "",
                                "watershed_code": 0,
                                "Watershed": "",
                                "Commodity": crop,
                                "Data Item": f"{crop} - PROGRESS, MEASURED IN PCT {item}",
                                "Domain": "TOTAL",
                                "Domain Category": "NOT SPECIFIED",
                                "Value": str(vals[item]),
                                "CV (%)": "",
                            }
                        )
    return pd.DataFrame(rows)


def _ns_rows(d: pd.DataFrame, crop: str, item: str) -> pd.DataFrame:
    rows = d[d["Data Item"] == f"{crop} - PROGRESS, MEASURED IN PCT {item}"].copy()
    rows["pct"] = pd.to_numeric(rows["Value"].astype("string").str.replace(",", ""), errors="coerce")
    return rows


def _ns_leader(crop: str, week: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        rows = _ns_rows(d, crop, "PLANTED")
        rows = rows[(rows["Week Ending"] == week) & (rows["State"] != "US TOTAL")]
        return _top(rows.set_index("State")["pct"])

    return value


def _ns_half(crop: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        rows = _ns_rows(d, crop, "PLANTED")
        rows = rows[(rows["State"] == "NEBRASKA") & (rows["Year"] == 2023) & (rows["pct"] >= 50)]
        return pd.Timestamp(rows["Week Ending"].min())

    return value


def _ns_emerged_mean(with_us: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = _ns_rows(d, "SOYBEANS", "EMERGED")
        rows = rows[rows["Week Ending"] == "2024-05-26"]
        if not with_us:
            rows = rows[rows["State"] != "US TOTAL"]
        return float(rows["pct"].mean())

    return value


def _ns_slow_year(d: pd.DataFrame) -> int:
    rows = _ns_rows(d, "CORN", "PLANTED")
    rows = rows[(rows["State"] == "ILLINOIS") & (rows["Period"] == "WEEK #19")]
    return int(_ranked(rows.set_index("Year")["pct"], ascending=True).index[0])


_NASS_QS = [
    Q(
        "how much of the corn in iowa was planted by may 14 2023?",
        has(
            lambda d: float(
                _ns_rows(d, "CORN", "PLANTED").query("State == 'IOWA' and `Week Ending` == '2023-05-14'")["pct"].iloc[0]
            )
        ),
        ("State", "Commodity", "Data Item", "Week Ending", "Value"),
    ),
    Q(
        "which state had the most corn planted by may 8 2022?",
        _lead(_named(_ns_leader("CORN", "2022-05-08"))),
        ("State", "Commodity", "Data Item", "Week Ending", "Value", "Geo Level"),
    ),
    Q(
        "and soybeans?",
        _lead(_named(_ns_leader("SOYBEANS", "2022-05-08"))),
        ("State", "Commodity", "Data Item", "Week Ending", "Value", "Geo Level"),
    ),
    Q(
        "when did nebraska get to half its corn planted in 2023",
        _day(_ns_half("CORN")),
        ("State", "Commodity", "Data Item", "Week Ending", "Year", "Value"),
    ),
    Q(
        "average soybean emergence across the states for the week ending may 26 2024",
        either(has(_ns_emerged_mean(False), rel=0.01), has(_ns_emerged_mean(True), rel=0.01)),
        ("State", "Commodity", "Data Item", "Week Ending", "Value", "Geo Level"),
    ),
    Q(
        "which year was illinois corn planting furthest behind in week 19",
        _lead(_year(_ns_slow_year)),
        ("State", "Commodity", "Data Item", "Period", "Year", "Value"),
    ),
]


# --- 7. EPA Toxics Release Inventory -------------------------------------------------------------------------------

_TR_CHEMS = {
    # chemical: (classification, metal, carcinogen, unit, weight, typical pounds, air share, water share)
    "NITRATE COMPOUNDS": ("TRI", "NO", "NO", "Pounds", 6, 90000, 0.0, 0.9),
    "AMMONIA": ("TRI", "NO", "NO", "Pounds", 9, 30000, 0.7, 0.2),
    "METHANOL": ("TRI", "NO", "NO", "Pounds", 9, 40000, 0.9, 0.05),
    "TOLUENE": ("TRI", "NO", "NO", "Pounds", 8, 8000, 0.95, 0.0),
    "STYRENE": ("TRI", "NO", "YES", "Pounds", 6, 12000, 0.97, 0.0),
    "XYLENE (MIXED ISOMERS)": ("TRI", "NO", "NO", "Pounds", 7, 6000, 0.95, 0.0),
    "N-HEXANE": ("TRI", "NO", "NO", "Pounds", 5, 15000, 0.98, 0.0),
    'HYDROCHLORIC ACID (1995 AND AFTER "ACID AEROSOLS" ONLY)': ("TRI", "NO", "NO", "Pounds", 6, 25000, 1.0, 0.0),
    "LEAD COMPOUNDS": ("PBT", "YES", "YES", "Pounds", 6, 3000, 0.05, 0.01),
    "ZINC COMPOUNDS": ("TRI", "YES", "NO", "Pounds", 6, 20000, 0.05, 0.03),
    "BENZENE": ("TRI", "NO", "YES", "Pounds", 4, 2500, 0.9, 0.01),
    "FORMALDEHYDE": ("TRI", "NO", "YES", "Pounds", 4, 5000, 0.85, 0.05),
    "DIOXIN AND DIOXIN-LIKE COMPOUNDS": ("Dioxin", "NO", "YES", "Grams", 2, 0.8, 0.6, 0.0),
}
_TR_ALIASES = {
    "XYLENE (MIXED ISOMERS)": ("xylene",),
    'HYDROCHLORIC ACID (1995 AND AFTER "ACID AEROSOLS" ONLY)': ("HCl",),
}
_TR_SECTORS = {
    "Chemicals": (["METHANOL", "AMMONIA", "TOLUENE", "BENZENE", "FORMALDEHYDE", "N-HEXANE"], 5),
    "Food": (["NITRATE COMPOUNDS", "AMMONIA", "N-HEXANE"], 3),
    "Primary Metals": (["LEAD COMPOUNDS", "ZINC COMPOUNDS", "DIOXIN AND DIOXIN-LIKE COMPOUNDS"], 3),
    "Plastics and Rubber": (["STYRENE", "TOLUENE", "XYLENE (MIXED ISOMERS)"], 3),
    "Electric Utilities": (['HYDROCHLORIC ACID (1995 AND AFTER "ACID AEROSOLS" ONLY)', "LEAD COMPOUNDS"], 2),
    "Petroleum": (["BENZENE", "TOLUENE", "XYLENE (MIXED ISOMERS)", "AMMONIA", "N-HEXANE"], 2),
    "Paper": (["METHANOL", "AMMONIA", "NITRATE COMPOUNDS", "FORMALDEHYDE"], 2),
}
_TR_PLACES = {
    "TX": ["HOUSTON", "PASADENA", "BEAUMONT", "DEER PARK"],
    "LA": ["BATON ROUGE", "LAKE CHARLES", "GEISMAR"],
    "OH": ["CLEVELAND", "TOLEDO", "CINCINNATI"],
    "IN": ["GARY", "EVANSVILLE", "MOUNT VERNON"],
    "PA": ["PITTSBURGH", "ERIE", "READING"],
    "IL": ["JOLIET", "PEORIA", "DECATUR"],
    "GA": ["SAVANNAH", "AUGUSTA", "MACON"],
}
_TR_PARENTS = ["DOW INC", "BASF CORP", "NUCOR CORP", "CARGILL INC", "INTERNATIONAL PAPER CO", "NA", "NA", "NA"]


def _tri_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12707)
    facilities = []
    used: set[str] = set()
    for k in range(170):
        sector = str(_one(rng, list(_TR_SECTORS), [v[1] for v in _TR_SECTORS.values()]))
        st = str(_one(rng, list(_TR_PLACES), [9, 5, 5, 4, 4, 4, 3]))
        city = str(_one(rng, _TR_PLACES[st]))
        zipc = f"{int(rng.integers(10000, 99999))}"
        word = str(_one(rng, ["PLANT", "WORKS", "MILL", "FACILITY", "REFINERY", "COMPLEX"]))
        name = f"{_one(rng, ['ACME', 'GULF', 'MIDWEST', 'SUMMIT', 'RIVERSIDE', 'EAGLE', 'PIONEER'])} {word} {k}"
        while True:
            trifd = f"{zipc}{''.join(rng.choice(list('ABCDEFGHIJKLMNOPQRSTUVWXYZ'), 5))}{int(rng.integers(1, 9999))}"
            trifd = trifd[:15].ljust(15, "X")
            if trifd not in used:
                used.add(trifd)
                break
        chems = list(rng.choice(_TR_SECTORS[sector][0], int(rng.integers(1, 5)), replace=True))
        facilities.append(
            {
                "2. TRIFD": trifd,
                "3. FRS ID": int(110000000000 + rng.integers(0, 99999999)),
                "4. FACILITY NAME": name,
                "5. STREET ADDRESS": f"{int(rng.integers(1, 20000))} INDUSTRIAL BLVD",
                "6. CITY": city,
                "7. COUNTY": city.split()[0],
                "8. ST": st,
                "9. ZIP": zipc,
                "12. LATITUDE": round(float(rng.uniform(29, 42)), 6),
                "13. LONGITUDE": round(float(rng.uniform(-97, -75)), 6),
                "15. PARENT CO NAME": str(_one(rng, _TR_PARENTS)),
                "22. INDUSTRY SECTOR CODE": 300 + list(_TR_SECTORS).index(sector) * 11,
                "23. INDUSTRY SECTOR": sector,
                "chems": sorted(set(chems)),
                "size": float(rng.lognormal(0, 0.9)),
            }
        )
    rows = []
    for year in (2020, 2021, 2022):
        for fac in facilities:
            if rng.random() < 0.06:
                continue
            for chem in fac["chems"]:
                cls, metal, carc, unit, _, typical, air, water = _TR_CHEMS[chem]
                total = float(typical * fac["size"] * rng.lognormal(0, 0.5))
                fugitive_share = 0.3 if air > 0.5 else 0.5
                air_total = total * air
                fug = round(air_total * fugitive_share, 4 if unit == "Grams" else 0)
                stack = round(air_total - fug, 4 if unit == "Grams" else 0)
                wat = round(total * water, 4 if unit == "Grams" else 0)
                rest = max(0.0, total - fug - stack - wat)
                landfill = round(rest * 0.6, 4 if unit == "Grams" else 0)
                under = 0.0
                onsite = fug + stack + wat + under + landfill
                offsite = round(rest * 0.4, 4 if unit == "Grams" else 0)
                rows.append(
                    {
                        "1. YEAR": year,
                        **{k: v for k, v in fac.items() if k not in ("chems", "size")},
                        "34. DOC_CTRL_NUM": int(1300000000000 + rng.integers(0, 9999999999)),
                        "35. CHEMICAL": chem,
                        "41. CLASSIFICATION": cls,
                        "42. METAL": metal,
                        "44. CARCINOGEN": carc,
                        "47. FORM TYPE": "R",
                        "48. UNIT OF MEASURE": unit,
                        "49. 5.1 - FUGITIVE AIR": fug,
                        "50. 5.2 - STACK AIR": stack,
                        "51. 5.3 - WATER": wat,
                        "52. 5.4 - UNDERGROUND": under,
                        "53. 5.5.1 - LANDFILLS": landfill,
                        "62. ON-SITE RELEASE TOTAL": round(onsite, 4),
                        "88. OFF-SITE RELEASE TOTAL": offsite,
                        "107. TOTAL RELEASES": round(onsite + offsite, 4),
                    }
                )
    return pd.DataFrame(rows)


def _tr_pounds(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["48. UNIT OF MEASURE"] == "Pounds"]


def _tr_texas(distinct: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        rows = d[d["8. ST"] == "TX"]
        return int(rows["2. TRIFD"].nunique()) if distinct else len(rows)

    return value


_TRI_QS = [
    Q(
        "how much was released in total in 2022?",
        either(
            _dollars(lambda d: float(d.loc[d["1. YEAR"] == 2022, "107. TOTAL RELEASES"].sum())),
            _dollars(lambda d: float(_tr_pounds(d).loc[lambda x: x["1. YEAR"] == 2022, "107. TOTAL RELEASES"].sum())),
        ),
        ("1. YEAR", "107. TOTAL RELEASES", "48. UNIT OF MEASURE"),
    ),
    Q(
        "which chemical had the biggest releases overall",
        _lead(_named(lambda d: _top(_tr_pounds(d).groupby("35. CHEMICAL")["107. TOTAL RELEASES"].sum()), _TR_ALIASES)),
        ("35. CHEMICAL", "107. TOTAL RELEASES", "48. UNIT OF MEASURE"),
    ),
    Q(
        "how many facilities are in texas?",
        either(_count(_tr_texas(True)), _count(lambda d: int(d.loc[d["8. ST"] == "TX", "4. FACILITY NAME"].nunique()))),
        ("8. ST", "2. TRIFD", "4. FACILITY NAME"),
    ),
    Q(
        "what share of the records are for cancer-causing chemicals",
        _share(lambda d: float((d["44. CARCINOGEN"] == "YES").mean())),
        ("44. CARCINOGEN", "35. CHEMICAL"),
    ),
    Q(
        "how much went into the air from stacks vs fugitive, all years?",
        _dollars(lambda d: [float(d["50. 5.2 - STACK AIR"].sum()), float(d["49. 5.1 - FUGITIVE AIR"].sum())]),
        ("50. 5.2 - STACK AIR", "49. 5.1 - FUGITIVE AIR", "48. UNIT OF MEASURE"),
    ),
    Q(
        "which industry put the most into water",
        _lead(_named(lambda d: _top(d.groupby("23. INDUSTRY SECTOR")["51. 5.3 - WATER"].sum()))),
        ("23. INDUSTRY SECTOR", "51. 5.3 - WATER"),
    ),
]


HELDOUT127: list[Dataset] = [
    Dataset("cash_app_transactions", _cashapp_frame, _CASHAPP_QS),
    Dataset("ahrefs_organic_keywords", _ahrefs_frame, _AHREFS_QS),
    Dataset("bigcommerce_orders_export", _bigcommerce_frame, _BIGCOMMERCE_QS),
    Dataset("trakt_watch_history", _trakt_frame, _TRAKT_QS),
    Dataset("cms_open_payments_general", _open_payments_frame, _OPEN_PAYMENTS_QS),
    Dataset("usda_nass_crop_progress", _nass_frame, _NASS_QS),
    Dataset("epa_tri_releases", _tri_frame, _TRI_QS),
]
