"""HELDOUT137: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Monarch
Money transactions export (Date as "2023-01-15", Merchant, Category such as "Groceries" / "Restaurants & Bars" /
"Paychecks" / "Transfer" / "Credit Card Payment", Account as "Chase Sapphire Preferred (...4821)", Original Statement
in upper case as the bank wrote it, Notes and Tags mostly blank, Amount signed: spending negative, income and refunds
positive, and a card payment appearing twice, once leaving checking and once arriving on the card; 2023-2024);
a HubSpot marketing email performance export, one row per email send (Email name, Subject, Campaign, Send date as
"Mar 14, 2023 10:00 AM", Sent / Delivered / Opened / Clicked / Bounced / Unsubscribed / Spam reports counts and Open
rate / Click rate / Click-through rate written as "24.31%", with a few scheduled-but-unsent emails whose counts are 0
and rates "--"); a Duolingo daily XP history from its data download (date as "2022-03-01", course "Spanish" /
"French", xp_gained, lessons_completed, time_spent_sec, streak_length and freeze_used True / False, one row per
course practised each day and a single zero row for a day with no practice); a Printful orders export for a
print-on-demand store (Order ID repeated on every line item, External ID as "#1001", Created as "03/14/2023 14:22",
Status Fulfilled / Canceled / Pending / On hold / Failed, Store, Customer name, two-letter Country and State (blank
outside US / CA), Product as "Unisex Staple T-Shirt | Bella + Canvas 3001", Variant as "Black / L", Quantity, Retail
price per unit, Printful cost for the line, Shipping, Currency USD, Shipping method, Shipped date as "03/17/2023"
only for fulfilled orders, Tracking number); FRED state unemployment rates, monthly and wide (observation_date as
"2000-01-01" then one column per state series, ALUR ... WYUR including DCUR, percent with one decimal, 2000-01 to
2024-12, the latest month written "." for states not yet released); the National Park Service's annual visitation
by park (ParkName as "Great Smoky Mountains NP", UnitCode, ParkType, Region, State, Year 2000-2023, RecreationVisits,
NonRecreationVisits and RecreationHours written with thousands commas as "12,937,633", TentCampers, RVCampers and
Backcountry with blanks, parks designated late having rows only from their first year); and an ECDC Surveillance
Atlas measles export (HealthTopic, Population, Indicator "Reported confirmed cases", Unit N, Time as "2023-01",
RegionCode "FR", RegionName "France", NumValue blank with TxtValue "-" where a country sent nothing, 30 EU/EEA
countries, 2019-01 to 2023-12). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending=ascending).index[0])


def _money(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount of money, with either sign, in full or as "$12.3K" / "1.2 million"."""
    return either(
        _scaled(lambda d: abs(float(value(d))), (1e3, 1e6)),
        _scaled(lambda d: -abs(float(value(d))), (1e3, 1e6)),
    )


def _num(s: pd.Series) -> pd.Series:
    """Numbers as a file writes them: thousands commas, "%", "$", "." or "--" for nothing."""
    text = s.astype(str).str.replace(",", "").str.replace("%", "").str.replace("$", "").str.strip()
    return pd.to_numeric(text, errors="coerce")


# --- 1. Monarch Money transactions export --------------------------------------------------------------------------

_MM_CHECKING = "Everyday Checking (...7730)"
_MM_CARD = "Chase Sapphire Preferred (...4821)"
# merchant: category, statement text, visits per week, typical amount, spread
_MM_MERCHANTS: dict[str, tuple[str, str, float, float, float]] = {
    "Starbucks": ("Coffee Shops", "STARBUCKS STORE 05521 SAN FRANCISCO CA", 3.2, 6.8, 1.6),
    "Blue Bottle Coffee": ("Coffee Shops", "SQ *BLUE BOTTLE COFFEE OAKLAND CA", 0.8, 7.5, 1.5),
    "Trader Joe's": ("Groceries", "TRADER JOE S #236 SAN FRANCISCO CA", 1.3, 68.0, 22.0),
    "Whole Foods Market": ("Groceries", "WHOLEFDS SFC 10234 SAN FRANCISCO CA", 0.6, 94.0, 30.0),
    "Safeway": ("Groceries", "SAFEWAY #1490 SAN FRANCISCO CA", 0.5, 52.0, 20.0),
    "Costco": ("Groceries", "COSTCO WHSE #0144 SAN FRANCISCO CA", 0.25, 185.0, 55.0),
    "Chipotle": ("Restaurants & Bars", "CHIPOTLE 2214 SAN FRANCISCO CA", 0.7, 14.5, 3.0),
    "Sweetgreen": ("Restaurants & Bars", "SWEETGREEN MARKET ST SAN FRANCISCO CA", 0.6, 17.0, 3.0),
    "DoorDash": ("Restaurants & Bars", "DD *DOORDASH THAITIME 855-973-1040 CA", 0.8, 38.0, 12.0),
    "Zuni Cafe": ("Restaurants & Bars", "TST* ZUNI CAFE SAN FRANCISCO CA", 0.15, 96.0, 30.0),
    "Shell": ("Gas", "SHELL OIL 57444213 SAN FRANCISCO CA", 0.6, 58.0, 12.0),
    "Chevron": ("Gas", "CHEVRON 0096473 DALY CITY CA", 0.3, 61.0, 12.0),
    "Amazon": ("Shopping", "AMZN Mktp US*2K4LL0T93 AMZN.COM/BILL WA", 1.1, 42.0, 30.0),
    "Target": ("Shopping", "TARGET 00027987 COLMA CA", 0.35, 64.0, 30.0),
    "Uber": ("Taxi & Ride Shares", "UBER *TRIP HELP.UBER.COM CA", 0.6, 21.0, 8.0),
    "AMC Theatres": ("Entertainment & Recreation", "AMC 1002 ONLINE KANSAS CITY MO", 0.15, 31.0, 8.0),
}
# monthly bills: merchant, category, statement text, account, day of month, amount, spread
_MM_BILLS = (
    ("Greystar", "Rent", "GREYSTAR RE PAYMENT PPD ID: 1800948598", _MM_CHECKING, 1, 2150.0, 0.0),
    ("PG&E", "Gas & Electric", "PGANDE WEB ONLINE PPD ID: 9400000001", _MM_CHECKING, 12, 96.0, 28.0),
    ("Comcast Xfinity", "Internet & Cable", "COMCAST CALIFORNIA 800-COMCAST CA", _MM_CARD, 8, 79.99, 0.0),
    ("Netflix", "Entertainment & Recreation", "NETFLIX.COM LOS GATOS CA", _MM_CARD, 17, 15.49, 0.0),
    ("Spotify", "Entertainment & Recreation", "SPOTIFY USA 877-7781161 NY", _MM_CARD, 22, 10.99, 0.0),
    ("Equinox", "Fitness", "EQUINOX #142 SAN FRANCISCO CA", _MM_CARD, 3, 215.0, 0.0),
)


def _monarch_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13701)
    days = pd.date_range("2023-01-01", "2024-12-31")
    rows: list[dict[str, Any]] = []

    def add(day: pd.Timestamp, merchant: str, cat: str, stmt: str, acct: str, amount: float) -> None:
        note = _one(rng, ["", "split with sam", "work lunch - expense", "gift", "birthday"], [93, 2, 2, 2, 1])
        tag = _one(rng, ["", "Reimbursable", "Vacation"], [94, 3, 3])
        rows.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Merchant": merchant,
                "Category": cat,
                "Account": acct,
                "Original Statement": stmt,
                "Notes": note,
                "Amount": round(amount, 2),
                "Tags": tag,
            }
        )

    names = list(_MM_MERCHANTS)
    for day in days:
        for m in names:
            cat, stmt, per_week, mean, spread = _MM_MERCHANTS[m]
            for _ in range(int(rng.poisson(per_week / 7))):
                amount = max(2.0, rng.normal(mean, spread))
                add(day, m, cat, stmt, _MM_CARD, -amount)
                if cat == "Shopping" and rng.random() < 0.06:
                    later = day + pd.Timedelta(days=int(rng.integers(3, 20)))
                    if later <= days[-1]:
                        add(later, m, cat, stmt, _MM_CARD, round(amount * _one(rng, [1.0, 0.5], [3, 1]), 2))
        for merchant, cat, stmt, acct, dom, mean, spread in _MM_BILLS:
            if day.day == dom:
                amount = mean + (rng.normal(0, spread) if spread else 0.0)
                add(day, merchant, cat, stmt, acct, -max(20.0, amount))
        if day.day == 5:
            add(day, "Transfer to Savings", "Transfer", "ONLINE TRANSFER TO SAV XXXXXX9902", _MM_CHECKING, -500.0)
            add(
                day,
                "Transfer from Checking",
                "Transfer",
                "ONLINE TRANSFER FROM CHK XXXXXX7730",
                "Savings (...9902)",
                500.0,
            )
        if day.day == 25:
            pay = round(float(rng.uniform(2400, 3600)), 2)
            add(day, "Chase Credit Card", "Credit Card Payment", "CHASE CREDIT CRD AUTOPAY PPD", _MM_CHECKING, -pay)
            add(day, "Payment Thank You", "Credit Card Payment", "AUTOMATIC PAYMENT - THANK", _MM_CARD, pay)
    # paychecks every other Friday; a raise in 2024
    for day in pd.date_range("2023-01-06", "2024-12-31", freq="14D"):
        base = 2875.0 if day.year == 2023 else 3110.0
        add(day, "Acme Robotics", "Paychecks", "ACME ROBOTICS INC PAYROLL PPD", _MM_CHECKING, base + rng.normal(0, 15))
    for _ in range(6):
        day = days[int(rng.integers(len(days)))]
        add(day, "Venmo", "Transfer", "VENMO CASHOUT PPD", _MM_CHECKING, round(float(rng.uniform(20, 300)), 2))
    frame = pd.DataFrame(rows)
    frame = frame.sort_values("Date", ascending=False, kind="stable").reset_index(drop=True)
    return frame


def _mm_spend(d: pd.DataFrame, cat: str) -> float:
    rows = d[d["Category"] == cat]
    return -float(rows["Amount"].sum())


def _mm_gross(d: pd.DataFrame, cat: str) -> float:
    rows = d[(d["Category"] == cat) & (d["Amount"] < 0)]
    return -float(rows["Amount"].sum())


def _mm_top_spend(d: pd.DataFrame) -> str:
    rows = d[~d["Category"].isin(["Transfer", "Credit Card Payment", "Paychecks"]) & (d["Amount"] < 0)]
    return _top(-rows.groupby("Category")["Amount"].sum())


def _mm_restaurants_month(d: pd.DataFrame) -> list[float]:
    months = pd.to_datetime(d["Date"]).dt.to_period("M")
    rest = d["Category"] == "Restaurants & Bars"
    total = -float(d.loc[rest, "Amount"].sum())
    return [total / months.nunique(), total / months[rest].nunique()]


def _mm_pay(year: int) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        year_of = pd.to_datetime(d["Date"]).dt.year
        return float(d.loc[(d["Category"] == "Paychecks") & (year_of == year), "Amount"].sum())

    return value


# --- 2. HubSpot marketing email performance export -----------------------------------------------------------------

# campaign: emails, list size range, open rate, click rate (of delivered)
_HS_CAMPAIGNS: dict[str, tuple[int, tuple[int, int], float, float]] = {
    "Monthly Newsletter": (24, (18000, 26000), 0.27, 0.021),
    "Product Launch - Q2": (30, (6000, 15000), 0.33, 0.061),
    "Webinar Invites": (60, (3000, 9000), 0.24, 0.034),
    "Onboarding Drip": (150, (300, 1500), 0.45, 0.048),
    "Black Friday 2023": (40, (20000, 42000), 0.21, 0.027),
    "Re-engagement": (36, (4000, 12000), 0.12, 0.009),
}
_HS_SUBJECTS = {
    "Monthly Newsletter": "What's new at Brightside this month",
    "Product Launch - Q2": "Meet the new Brightside Planner",
    "Webinar Invites": "Join our live session on {}",
    "Onboarding Drip": "Getting started, step {}",
    "Black Friday 2023": "{}% off everything - today only",
    "Re-engagement": "We miss you! Here's {}% off",
}


def _hs_date(rng: np.random.Generator, campaign: str, i: int) -> pd.Timestamp:
    if campaign == "Monthly Newsletter":
        day = pd.Timestamp("2023-01-10") + pd.DateOffset(months=i)
    elif campaign == "Product Launch - Q2":
        day = pd.Timestamp("2023-04-03") + pd.Timedelta(days=int(rng.integers(0, 85)))
    elif campaign == "Black Friday 2023":
        day = pd.Timestamp("2023-11-10") + pd.Timedelta(days=int(rng.integers(0, 18)))
    else:
        day = pd.Timestamp("2023-01-02") + pd.Timedelta(days=int(rng.integers(0, 720)))
    hour = int(_one(rng, [8, 9, 10, 11, 14, 16], [2, 3, 4, 2, 2, 1]))
    return day + pd.Timedelta(hours=hour, minutes=int(_one(rng, [0, 15, 30, 45])))


def _hubspot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13702)
    rows = []
    for campaign, (n, (lo, hi), open_rate, click_rate) in _HS_CAMPAIGNS.items():
        for i in range(n):
            when = _hs_date(rng, campaign, i)
            subject = _HS_SUBJECTS[campaign].format(
                _one(rng, ["pipeline reviews", "budgeting", "team rituals"])
                if "Webinar" in campaign
                else int(rng.integers(1, 6))
                if "Onboarding" in campaign
                else int(_one(rng, [20, 25, 30, 40]))
            )
            sent = int(rng.integers(lo, hi))
            unsent = rng.random() < 0.03
            if unsent:
                sent = 0
            bounced = int(rng.binomial(sent, float(rng.uniform(0.004, 0.025))))
            delivered = sent - bounced
            opened = int(rng.binomial(delivered, float(np.clip(rng.normal(open_rate, 0.05), 0.03, 0.8))))
            clicked = int(rng.binomial(delivered, float(np.clip(rng.normal(click_rate, 0.008), 0.001, 0.2))))
            clicked = min(clicked, opened)
            unsub = int(rng.binomial(delivered, 0.002))
            spam = int(rng.binomial(delivered, 0.0002))

            def rate(a: int, b: int) -> str:
                return "--" if b == 0 else f"{100 * a / b:.2f}%"

            rows.append(
                {
                    "Email name": f"{campaign} - {when:%Y-%m-%d} - {i + 1}",
                    "Subject": subject,
                    "Campaign": campaign,
                    "Send date": f"{when:%b} {when.day}, {when:%Y %I:%M %p}",
                    "Sent": sent,
                    "Delivered": delivered,
                    "Opened": opened,
                    "Clicked": clicked,
                    "Bounced": bounced,
                    "Unsubscribed": unsub,
                    "Spam reports": spam,
                    "Open rate": rate(opened, delivered),
                    "Click rate": rate(clicked, delivered),
                    "Click-through rate": rate(clicked, opened),
                    "Hard bounce rate": rate(int(bounced * 0.4), sent),
                    "Unsubscribed rate": rate(unsub, delivered),
                }
            )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Send date"], format="%b %d, %Y %I:%M %p")
    return frame.iloc[np.argsort(-order.to_numpy().astype("int64"), kind="stable")].reset_index(drop=True)


def _hs_open_rates(d: pd.DataFrame) -> list[float]:
    rates = _num(d["Open rate"]) / 100
    return [float(rates.mean()), float(d["Opened"].sum() / d["Delivered"].sum())]


def _hs_best_click(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        g = d.groupby("Campaign")
        if pooled:
            return _top(g["Clicked"].sum() / g["Delivered"].sum())
        return _top(_num(d["Click rate"]).groupby(d["Campaign"]).mean())

    return value


def _hs_over30(d: pd.DataFrame) -> int:
    return int((_num(d["Open rate"]) > 30).sum())


def _hs_month(by_sent: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        month = pd.to_datetime(d["Send date"], format="%b %d, %Y %I:%M %p").dt.to_period("M")
        counts = d["Sent"].groupby(month).sum() if by_sent else d.loc[d["Sent"] > 0, "Sent"].groupby(month).size()
        return pd.Timestamp(str(_top(counts)))

    return value


# --- 3. Duolingo daily XP history ----------------------------------------------------------------------------------


def _duolingo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13703)
    rows = []
    streak = 0
    for day in pd.date_range("2022-03-01", "2024-08-31"):
        month_mood = (
            1.0 + 0.35 * np.sin(day.month / 12 * 2 * np.pi) + (0.5 if day.year == 2023 and day.month == 1 else 0)
        )
        idle = rng.random() < (0.09 if day.year == 2022 else 0.06)
        if idle:
            freeze = streak > 0 and rng.random() < 0.6
            streak = streak if freeze else 0
            rows.append(
                {
                    "date": day.strftime("%Y-%m-%d"),
                    "course": "Spanish",
                    "xp_gained": 0,
                    "lessons_completed": 0,
                    "time_spent_sec": 0,
                    "streak_length": streak,
                    "freeze_used": freeze,
                }
            )
            continue
        streak += 1
        courses = ["Spanish"]
        if day >= pd.Timestamp("2023-06-01") and rng.random() < 0.55:
            courses.append("French")
            if rng.random() < 0.3:
                courses = ["French"]
        for course in courses:
            lessons = max(1, int(rng.poisson(3.2 * month_mood)))
            xp = int(sum(int(_one(rng, [10, 12, 15, 20, 30], [3, 2, 3, 1, 1])) for _ in range(lessons)))
            secs = int(sum(rng.normal(190 if course == "Spanish" else 240, 40) for _ in range(lessons)))
            rows.append(
                {
                    "date": day.strftime("%Y-%m-%d"),
                    "course": course,
                    "xp_gained": xp,
                    "lessons_completed": lessons,
                    "time_spent_sec": max(60, secs),
                    "streak_length": streak,
                    "freeze_used": False,
                }
            )
    return pd.DataFrame(rows)


def _dl_daily(d: pd.DataFrame) -> pd.Series:
    return d.groupby("date")["xp_gained"].sum()


def _dl_idle(d: pd.DataFrame) -> int:
    return int((_dl_daily(d) == 0).sum())


def _dl_2023(d: pd.DataFrame) -> list[float]:
    daily = _dl_daily(d)
    daily = daily[daily.index.str.startswith("2023")]
    return [float(daily.mean()), float(daily[daily > 0].mean())]


def _dl_best_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["date"]).dt.to_period("M")
    return pd.Timestamp(str(_top(d["xp_gained"].groupby(month).sum())))


def _dl_hours(course: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[d["course"] == course, "time_spent_sec"].sum()) / 3600


# --- 4. Printful orders export -------------------------------------------------------------------------------------

# product: share of lines, variants, retail price, Printful cost per unit
_PF_PRODUCTS: dict[str, tuple[float, str, float, float]] = {
    "Unisex Staple T-Shirt | Bella + Canvas 3001": (
        42,
        "Black / S;Black / M;Black / L;White / M;Heather Navy / L",
        24.99,
        12.95,
    ),
    "Unisex Heavy Blend Hoodie | Gildan 18500": (16, "Black / M;Black / L;Sport Grey / L;Navy / XL", 44.99, 23.25),
    "White glossy mug": (14, "11 oz;15 oz", 16.99, 7.95),
    "Embroidered Dad Hat | Yupoong 6245CM": (9, "Black;Khaki;Navy", 26.99, 13.50),
    "Enhanced Matte Paper Poster (in)": (8, '12"x18";18"x24";24"x36"', 22.00, 9.75),
    "All-Over Print Tote": (6, "15\u2033\u00d715\u2033", 28.00, 15.25),
    "Stainless Steel Water Bottle": (5, "17 oz White;17 oz Black", 32.00, 17.50),
}
_PF_COUNTRIES = "US:70;GB:11;CA:6;AU:4;DE:4;FR:2;NL:1.5;IE:1.5"
_PF_STATES = {"US": "CA;NY;TX;FL;WA;IL;PA;OH;GA;NC;MA;CO;OR;AZ;MI", "CA": "ON;BC;QC;AB"}
_PF_STATUS = "Fulfilled:82;Canceled:7;Pending:4;On hold:4;Failed:1.5;Partial:1.5"
_PF_FIRST = "Emma;Liam;Olivia;Noah;Ava;Mason;Sophia;Lucas;Mia;Ethan;Chloe;Jack;Grace;Leo;Ruby;Oscar;Ella;Finn"
_PF_LAST = "Smith;Jones;Brown;Taylor;Wilson;Davies;Evans;Walker;Wright;Clarke;Hall;Lee;Martin;Moore;Young;King"


def _pairs(text: str) -> tuple[list[str], list[float]]:
    items = [x.rsplit(":", 1) for x in text.split(";")]
    return [a for a, _ in items], [float(b) for _, b in items]


def _printful_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13704)
    countries, cw = _pairs(_PF_COUNTRIES)
    statuses, sw = _pairs(_PF_STATUS)
    products = list(_PF_PRODUCTS)
    pw = [_PF_PRODUCTS[p][0] for p in products]
    rows = []
    start = pd.Timestamp("2023-01-01")
    for i in range(950):
        created = start + pd.Timedelta(minutes=int(rng.integers(0, 60 * 24 * 540)))
        country = _one(rng, countries, cw)
        state = _one(rng, _PF_STATES[country].split(";")) if country in _PF_STATES else ""
        status = (
            _one(rng, statuses, sw)
            if created < pd.Timestamp("2024-06-10")
            else _one(rng, statuses[:4], [50, 5, 30, 15])
        )
        shipped = ""
        if status in ("Fulfilled", "Partial"):
            lag = int(rng.integers(2, 6)) + (int(rng.integers(1, 4)) if country != "US" else 0)
            lag += int(rng.integers(0, 3)) if created.month in (11, 12) else 0
            shipped = (created + pd.Timedelta(days=lag)).strftime("%m/%d/%Y")
        name = f"{_one(rng, _PF_FIRST.split(';'))} {_one(rng, _PF_LAST.split(';'))}"
        method = _one(rng, ["Flat Rate", "Standard", "Express"], [60, 30, 10])
        lines = int(_one(rng, [1, 2, 3], [68, 24, 8]))
        ship = round(4.75 + 2.0 * (lines - 1) + (6 if method == "Express" else 0) + (3 if country != "US" else 0), 2)
        for _ in range(lines):
            product = _one(rng, products, pw)
            _, variants, price, cost = _PF_PRODUCTS[product]
            qty = int(_one(rng, [1, 2, 3, 4], [78, 15, 5, 2]))
            rows.append(
                {
                    "Order ID": 84510231 + 7 * i + int(rng.integers(0, 6)),
                    "External ID": f"#{1001 + i}",
                    "Created": created.strftime("%m/%d/%Y %H:%M"),
                    "Status": status,
                    "Store": "Quiet Hours Studio",
                    "Customer name": name,
                    "Country": country,
                    "State": state,
                    "Product": product,
                    "Variant": _one(rng, variants.split(";")),
                    "Quantity": qty,
                    "Retail price": price,
                    "Printful cost": round(cost * qty, 2),
                    "Shipping": ship,
                    "Currency": "USD",
                    "Shipping method": method,
                    "Shipped date": shipped,
                    "Tracking number": f"9400{int(rng.integers(10**17, 10**18))}" if shipped else "",
                }
            )
    return pd.DataFrame(rows)


def _pf_orders(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("Order ID")


def _pf_canceled(d: pd.DataFrame) -> list[float]:
    return [float((_pf_orders(d)["Status"] == "Canceled").mean()), float((d["Status"] == "Canceled").mean())]


def _pf_uk(d: pd.DataFrame) -> list[float]:
    uk = d[d["Country"] == "GB"]
    return [
        float(uk["Quantity"].sum()),
        float(uk.loc[uk["Status"] == "Fulfilled", "Quantity"].sum()),
        float(uk.loc[uk["Status"].isin(["Fulfilled", "Partial"]), "Quantity"].sum()),
        float(uk.loc[uk["Status"] != "Canceled", "Quantity"].sum()),
    ]


def _pf_ship_days(d: pd.DataFrame) -> list[float]:
    out = []
    for frame in (_pf_orders(d), d):
        made = pd.to_datetime(frame["Created"], format="%m/%d/%Y %H:%M")
        sent = pd.to_datetime(frame["Shipped date"], format="%m/%d/%Y")
        whole = (sent - made.dt.normalize()).dt.days.dropna()
        part = ((sent - made).dt.total_seconds() / 86400).dropna()
        out += [float(whole.mean()), float(whole.median()), float(part.mean()), float(part.median())]
    return out


def _pf_abroad(d: pd.DataFrame) -> str:
    o = _pf_orders(d)
    return _top(o.loc[o["Country"] != "US", "Country"].value_counts())


def _any_of(values: Callable[[pd.DataFrame], list[float]], make: Callable[[Callable], Check]) -> Check:
    """`make(value)` for any one of the values computed from the frame."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [make(lambda d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


# --- 5. FRED state unemployment rates, wide ------------------------------------------------------------------------

_FR_STATES = (
    "AL:Alabama:1.0;AK:Alaska:1.2;AZ:Arizona:1.05;AR:Arkansas:0.95;CA:California:1.2;CO:Colorado:0.95;"
    "CT:Connecticut:1.05;DE:Delaware:0.9;DC:District of Columbia:1.25;FL:Florida:0.98;GA:Georgia:1.0;"
    "HI:Hawaii:0.8;ID:Idaho:0.85;IL:Illinois:1.15;IN:Indiana:0.98;IA:Iowa:0.7;KS:Kansas:0.8;KY:Kentucky:1.05;"
    "LA:Louisiana:1.1;ME:Maine:0.9;MD:Maryland:0.9;MA:Massachusetts:0.95;MI:Michigan:1.3;MN:Minnesota:0.78;"
    "MS:Mississippi:1.2;MO:Missouri:0.95;MT:Montana:0.82;NE:Nebraska:0.6;NV:Nevada:1.25;NH:New Hampshire:0.7;"
    "NJ:New Jersey:1.05;NM:New Mexico:1.15;NY:New York:1.05;NC:North Carolina:1.05;ND:North Dakota:0.55;"
    "OH:Ohio:1.08;OK:Oklahoma:0.85;OR:Oregon:1.15;PA:Pennsylvania:1.02;RI:Rhode Island:1.1;SC:South Carolina:1.1;"
    "SD:South Dakota:0.6;TN:Tennessee:1.0;TX:Texas:1.0;UT:Utah:0.68;VT:Vermont:0.7;VA:Virginia:0.8;"
    "WA:Washington:1.1;WV:West Virginia:1.15;WI:Wisconsin:0.9;WY:Wyoming:0.85"
)
# extra jump in April 2020 (points) for states hit hardest by the lockdowns
_FR_COVID = {"NV": 19.0, "MI": 14.0, "HI": 16.0, "RI": 9.0, "NY": 6.0, "NJ": 6.5, "IL": 5.0, "MA": 6.0}


def _fr_states() -> list[tuple[str, str, float]]:
    return [(c, n, float(k)) for c, n, k in (x.split(":") for x in _FR_STATES.split(";"))]


def _fred_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13705)
    months = pd.date_range("2000-01-01", "2024-12-01", freq="MS")
    t = np.arange(len(months), dtype=float)
    # a national cycle: 2001 bump, Great Recession peaking late 2009, slow fall, April 2020 spike
    nat = 4.2 + 1.6 * np.exp(-(((t - 41) / 14) ** 2)) + 5.0 * np.exp(-(((t - 118) / 22) ** 2))
    nat += np.where(t > 118, -0.9 * np.clip((t - 118) / 60, 0, 1.2), 0)
    nat = np.maximum(nat, 3.6)
    covid = np.zeros(len(months))
    k = int(np.where(months == pd.Timestamp("2020-04-01"))[0][0])
    for j, w in enumerate([1.0, 0.8, 0.6, 0.45, 0.35, 0.26, 0.19, 0.13, 0.09, 0.06, 0.04, 0.02]):
        covid[k + j] = w
    covid[k - 1] = 0.06
    frame = pd.DataFrame({"observation_date": months.strftime("%Y-%m-%d")})
    late = set(rng.choice(51, 9, replace=False).tolist())
    for i, (code, _, mult) in enumerate(_fr_states()):
        own = np.cumsum(rng.normal(0, 0.06, len(months)))
        own -= np.linspace(0, own[-1], len(months))
        series = mult * nat + own + covid * (9.0 * mult + _FR_COVID.get(code, 0.0))
        if code == "MI":
            series += 3.2 * np.exp(-(((t - 110) / 16) ** 2))
        if code == "ND":
            series -= 0.8 * np.exp(-(((t - 170) / 30) ** 2))
        values = [f"{v:.1f}" for v in np.clip(series, 1.9, None)]
        if i in late:
            values[-1] = "."
        frame[f"{code}UR"] = values
    return frame


def _fr_col(d: pd.DataFrame, code: str) -> pd.Series:
    return pd.to_numeric(d[f"{code}UR"], errors="coerce")


def _fr_at(d: pd.DataFrame, stamp: str) -> pd.Series:
    row = d[d["observation_date"] == stamp].iloc[0]
    return pd.to_numeric(row.drop("observation_date"), errors="coerce")


_FR_ALIASES = {f"{c}UR": (c, n) for c, n, _ in _fr_states()}
_FR_ALL = ("observation_date", *_FR_ALIASES)


def _fr_over10(d: pd.DataFrame) -> list[float]:
    at = _fr_at(d, "2020-04-01")
    no_dc = at.drop("DCUR")
    return [int((at > 10).sum()), int((at >= 10).sum()), int((no_dc > 10).sum()), int((no_dc >= 10).sum())]


def _fr_mi_peak(d: pd.DataFrame) -> pd.Timestamp:
    mi = _fr_col(d, "MI")
    return pd.Timestamp(d.loc[mi.idxmax(), "observation_date"])


def _fr_tx_2010(d: pd.DataFrame) -> float:
    return float(_fr_col(d, "TX")[d["observation_date"].str.startswith("2010")].mean())


# --- 6. NPS annual recreation visits by park -----------------------------------------------------------------------

# park: code, region, state, 2019 visits (thousands), first year, growth per year, camping / backcountry factor
_NP_PARKS = (
    "Great Smoky Mountains NP:GRSM:Southeast:TN:12547:2000:0.012:0.02;"
    "Grand Canyon NP:GRCA:Intermountain:AZ:5974:2000:0.012:0.64;"
    "Rocky Mountain NP:ROMO:Intermountain:CO:4671:2000:0.03:0.3;Zion NP:ZION:Intermountain:UT:4488:2000:0.045:0.2;"
    "Yosemite NP:YOSE:Pacific West:CA:4422:2000:0.01:0.55;Yellowstone NP:YELL:Intermountain:WY:4020:2000:0.015:0.28;"
    "Acadia NP:ACAD:Northeast:ME:3437:2000:0.02:0.25;Grand Teton NP:GRTE:Intermountain:WY:3405:2000:0.02:0.3;"
    "Olympic NP:OLYM:Pacific West:WA:3245:2000:0.015:0.45;Glacier NP:GLAC:Intermountain:MT:3050:2000:0.025:0.6;"
    "Joshua Tree NP:JOTR:Pacific West:CA:2989:2000:0.05:0.2;Cuyahoga Valley NP:CUVA:Midwest:OH:2238:2000:0.0:0.05;"
    "Indiana Dunes NP:INDU:Midwest:IN:2134:2019:0.0:0.02;Bryce Canyon NP:BRCA:Intermountain:UT:2594:2000:0.04:0.35;"
    "Arches NP:ARCH:Intermountain:UT:1659:2000:0.035:0.3;Mount Rainier NP:MORA:Pacific West:WA:1501:2000:0.01:0.2;"
    "Hot Springs NP:HOSP:Midwest:AR:1467:2000:0.0:0.0;Shenandoah NP:SHEN:Northeast:VA:1426:2000:0.005:0.2;"
    "Sequoia NP:SEQU:Pacific West:CA:1246:2000:0.01:0.4;Death Valley NP:DEVA:Pacific West:CA:1740:2000:0.02:0.4;"
    "Everglades NP:EVER:Southeast:FL:1118:2000:0.01:0.6;Badlands NP:BADL:Midwest:SD:970:2000:0.0:0.4;"
    "Capitol Reef NP:CARE:Intermountain:UT:1227:2000:0.04:0.4;Haleakala NP:HALE:Pacific West:HI:994:2000:0.01:0.9;"
    "Gateway Arch NP:JEFF:Midwest:MO:2056:2018:0.0:0.0;Hawaii Volcanoes NP:HAVO:Pacific West:HI:1368:2000:0.005:0.9;"
    "Saguaro NP:SAGU:Intermountain:AZ:1020:2000:0.02:0.1;Canyonlands NP:CANY:Intermountain:UT:733:2000:0.03:0.5;"
    "Mammoth Cave NP:MACA:Southeast:KY:551:2000:0.0:0.1;Redwood NP:REDW:Pacific West:CA:505:2000:0.01:0.3;"
    "Denali NP & PRES:DENA:Alaska:AK:601:2000:0.01:0.8;Crater Lake NP:CRLA:Pacific West:OR:704:2000:0.01:0.3;"
    "Petrified Forest NP:PEFO:Intermountain:AZ:644:2000:0.0:0.3;Mesa Verde NP:MEVE:Intermountain:CO:556:2000:0.0:0.2;"
    "White Sands NP:WHSA:Intermountain:NM:608:2020:0.0:0.1;"
    "New River Gorge NP & PRES:NERI:Northeast:WV:1187:2021:0.0:0.1;"
    "Big Bend NP:BIBE:Intermountain:TX:463:2000:0.02:0.6;Pinnacles NP:PINN:Pacific West:CA:177:2013:0.0:0.4;"
    "Kings Canyon NP:KICA:Pacific West:CA:632:2000:0.01:0.4;Lassen Volcanic NP:LAVO:Pacific West:CA:517:2000:0.01:0.4;"
    "Voyageurs NP:VOYA:Midwest:MN:232:2000:0.0:0.9;Congaree NP:CONG:Southeast:SC:159:2003:0.02:0.5;"
    "Great Sand Dunes NP & PRES:GRSA:Intermountain:CO:527:2004:0.02:0.3;Isle Royale NP:ISRO:Midwest:MI:26:2000:0.0:0.95"
)
_NP_TYPE = "National Park"


def _np_parks() -> list[tuple[str, str, str, str, float, int, float, float]]:
    out = []
    for item in _NP_PARKS.split(";"):
        name, code, region, state, v, first, trend, back = item.split(":")
        out.append((name, code, region, state, float(v), int(first), float(trend), float(back)))
    return out


def _nps_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13706)
    rows = []
    year_effect = {2001: -0.03, 2002: -0.02, 2008: -0.03, 2013: -0.04, 2016: 0.05, 2020: -0.3, 2021: 0.08}
    for name, code, region, state, v2019, first, trend, back in _np_parks():
        for year in range(first, 2024):
            level = v2019 * 1000 * (1 + trend) ** (year - 2019)
            level *= 1 + year_effect.get(year, 0.0) + rng.normal(0, 0.035)
            if year == 2020:
                level *= float(rng.uniform(0.8, 1.2))
            if year in (2022, 2023):
                level *= 0.97 + 0.02 * (year - 2022)
            visits = int(level)
            nonrec = int(visits * rng.uniform(0.01, 0.2))
            hours = int(visits * rng.uniform(3, 14))
            tents = int(visits * back * rng.uniform(0.005, 0.02))
            rvs = int(visits * back * rng.uniform(0.003, 0.012))
            backcountry = int(visits * back * rng.uniform(0.002, 0.03))
            rows.append(
                {
                    "ParkName": name,
                    "UnitCode": code,
                    "ParkType": _NP_TYPE,
                    "Region": region,
                    "State": state,
                    "Year": year,
                    "RecreationVisits": f"{visits:,}",
                    "NonRecreationVisits": f"{nonrec:,}",
                    "RecreationHours": f"{hours:,}",
                    "TentCampers": f"{tents:,}" if tents and rng.random() > 0.05 else "",
                    "RVCampers": f"{rvs:,}" if rvs and rng.random() > 0.05 else "",
                    "Backcountry": f"{backcountry:,}" if backcountry and rng.random() > 0.08 else "",
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["Year", "ParkName"], kind="stable").reset_index(drop=True)


def _np_visits(d: pd.DataFrame) -> pd.Series:
    return _num(d["RecreationVisits"])


def _np_year(d: pd.DataFrame, year: int) -> pd.Series:
    return _np_visits(d)[d["Year"] == year]


def _np_top_2023(d: pd.DataFrame) -> str:
    return _top(_np_year(d, 2023).groupby(d["ParkName"]).sum())


def _np_drop(d: pd.DataFrame) -> float:
    return float(_np_year(d, 2020).sum() / _np_year(d, 2019).sum() - 1)


def _np_top5(d: pd.DataFrame) -> list[str]:
    return list(_ranked(_np_visits(d).groupby(d["ParkName"]).mean()).index[:5])


def _np_region(d: pd.DataFrame) -> str:
    return _top(_np_visits(d).groupby(d["Region"]).sum())


# --- 7. ECDC measles monthly cases by country ----------------------------------------------------------------------

# country: code, typical monthly cases in a quiet year, 2019 factor, 2023 factor
_EC_COUNTRIES = (
    "AT:Austria:4:40:20;BE:Belgium:5:20:15;BG:Bulgaria:2:8:12;HR:Croatia:1:5:3;CY:Cyprus:0.3:2:1;"
    "CZ:Czechia:2:40:4;DK:Denmark:0.5:3:2;EE:Estonia:0.3:4:3;FI:Finland:0.3:2:1;FR:France:15:18:8;"
    "DE:Germany:12:9:6;EL:Greece:1:3:2;HU:Hungary:0.5:5:2;IS:Iceland:0.1:3:1;IE:Ireland:2:8:2;IT:Italy:18:19:3;"
    "LV:Latvia:0.3:5:2;LI:Liechtenstein:0.05:1:1;LT:Lithuania:2:10:3;LU:Luxembourg:0.2:2:1;MT:Malta:0.2:5:2;"
    "NL:Netherlands:2:6:3;NO:Norway:0.3:3:1;PL:Poland:10:14:4;PT:Portugal:0.5:4:2;RO:Romania:22:9:45;"
    "SK:Slovakia:2:30:2;SI:Slovenia:0.3:4:2;ES:Spain:4:6:2;SE:Sweden:0.5:5:2"
)


def _ecdc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13707)
    months = pd.date_range("2019-01-01", "2023-12-01", freq="MS")
    rows = []
    silent = {"LI", "IS", "MT"}
    for item in _EC_COUNTRIES.split(";"):
        code, name, base, f2019, f2023 = item.split(":")
        base_f, a, b = float(base), float(f2019), float(f2023)
        for m in months:
            season = 1 + 0.6 * np.sin((m.month - 1) / 12 * 2 * np.pi)
            if m.year == 2019:
                level = base_f * a / 4 * season * (1.4 if m.month in (3, 4, 5) else 1.0)
            elif m.year in (2020,):
                level = base_f * (1.5 if m.month <= 3 else 0.1)
            elif m.year in (2021, 2022):
                level = base_f * 0.05
            else:
                level = base_f * b / 4 * season * (0.4 + m.month / 8)
            value: float | None = float(rng.poisson(max(level, 0.0)))
            missing = (code in silent and rng.random() < 0.35) or rng.random() < 0.015
            if code == "RO" and m >= pd.Timestamp("2023-11-01"):
                missing = False
            if missing:
                value = None
            rows.append(
                {
                    "HealthTopic": "Measles",
                    "Population": "All cases",
                    "Indicator": "Reported confirmed cases",
                    "Unit": "N",
                    "Time": m.strftime("%Y-%m"),
                    "RegionCode": code,
                    "RegionName": name,
                    "NumValue": value,
                    "TxtValue": "-" if value is None else str(int(value)),
                }
            )
    return pd.DataFrame(rows)


def _ec_sum(year: int, code: str | None = None) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        keep = d["Time"].astype(str).str.startswith(str(year))
        if code:
            keep &= d["RegionCode"] == code
        return float(d.loc[keep, "NumValue"].sum())

    return value


def _ec_top_country(d: pd.DataFrame) -> str:
    return _top(d.groupby("RegionName")["NumValue"].sum())


def _ec_top_month(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Timestamp(str(_top(d.groupby("Time")["NumValue"].sum())) + "-01")


_EC_ALIASES = {x.split(":")[1]: (x.split(":")[0],) for x in _EC_COUNTRIES.split(";")}


# --- the set -------------------------------------------------------------------------------------------------------

HELDOUT137 = [
    Dataset(
        "monarch_money_transactions",
        _monarch_frame,
        [
            Q(
                "how much did i spend on groceries in total",
                either(_money(lambda d: _mm_spend(d, "Groceries")), _money(lambda d: _mm_gross(d, "Groceries"))),
                ("Category", "Amount"),
            ),
            Q(
                "not counting transfers and card payments, what do i spend the most on?",
                _lead(_named(_mm_top_spend)),
                ("Category", "Amount"),
            ),
            Q(
                "whats my average monthly spend eating out",
                _any_of(_mm_restaurants_month, lambda v: _money(v)),
                ("Category", "Amount", "Date"),
            ),
            Q(
                "which place do i go to most often",
                _lead(_named(lambda d: _top(d["Merchant"].value_counts()))),
                ("Merchant",),
            ),
            Q(
                "how much did i get paid in 2024",
                _money(_mm_pay(2024)),
                ("Category", "Amount", "Date", "Merchant"),
            ),
            Q("and in 2023?", _money(_mm_pay(2023)), ("Category", "Amount", "Date", "Merchant")),
        ],
    ),
    Dataset(
        "hubspot_marketing_email_events",
        _hubspot_frame,
        [
            Q(
                "how many emails did we send in total",
                either(
                    _count(lambda d: int(d["Sent"].sum())),
                    _scaled(lambda d: int(d["Sent"].sum()), (1e3, 1e6), rel=0.002),
                    _count(lambda d: int((d["Sent"] > 0).sum())),
                ),
                ("Sent", "Email name"),
            ),
            Q(
                "whats our average open rate",
                _any_of(_hs_open_rates, lambda v: _share(v)),
                ("Open rate", "Opened", "Delivered"),
            ),
            Q(
                "which campaign gets the best click rate?",
                _lead(either(_named(_hs_best_click(True)), _named(_hs_best_click(False)))),
                ("Campaign", "Click rate", "Clicked", "Delivered"),
            ),
            Q(
                "how many emails had an open rate over 30%",
                _count(_hs_over30),
                ("Open rate", "Email name"),
            ),
            Q(
                "what month did we send the most?",
                either(_month_year(_hs_month(True)), _month_year(_hs_month(False))),
                ("Send date", "Sent", "Email name"),
            ),
            Q(
                "do emails that get more opens also get more clicks?",
                _corr(lambda d: d["Opened"], lambda d: d["Clicked"]),
                ("Opened", "Clicked"),
            ),
        ],
    ),
    Dataset(
        "duolingo_xp_history",
        _duolingo_frame,
        [
            Q("how much xp have i earned altogether", _count(lambda d: int(d["xp_gained"].sum())), ("xp_gained",)),
            Q(
                "how many days did i skip completely?",
                _count(_dl_idle),
                ("date", "xp_gained", "lessons_completed", "time_spent_sec"),
            ),
            Q(
                "what was my average xp per day in 2023",
                _any_of(_dl_2023, lambda v: _about(v)),
                ("date", "xp_gained"),
            ),
            Q(
                "what was my best month ever?",
                _lead(_month_year(_dl_best_month)),
                ("date", "xp_gained"),
            ),
            Q(
                "how many hours have i put into french",
                _about(_dl_hours("French"), rel=0.01),
                ("course", "time_spent_sec"),
            ),
            Q("and spanish?", _about(_dl_hours("Spanish"), rel=0.01), ("course", "time_spent_sec")),
        ],
    ),
    Dataset(
        "printful_orders_export",
        _printful_frame,
        [
            Q(
                "how many orders have we had",
                either(_count(lambda d: d["Order ID"].nunique()), _count(lambda d: len(d))),
                ("Order ID",),
            ),
            Q(
                "what share of orders got canceled?",
                _any_of(_pf_canceled, lambda v: _share(v)),
                ("Status", "Order ID"),
            ),
            Q(
                "whats our best seller",
                _lead(
                    either(
                        _named(lambda d: _top(d.groupby("Product")["Quantity"].sum())),
                        _named(lambda d: _top(d["Product"].value_counts())),
                    )
                ),
                ("Product", "Quantity", "Order ID"),
            ),
            Q(
                "how many items did we sell to the uk",
                _any_of(_pf_uk, lambda v: _count(v)),
                ("Country", "Quantity", "Status"),
            ),
            Q(
                "how long does it take on average from order to shipping?",
                _any_of(_pf_ship_days, lambda v: _about(v, rel=0.02)),
                ("Created", "Shipped date", "Order ID", "Status"),
            ),
            Q(
                "outside the us, which country orders the most?",
                _lead(_named(_pf_abroad, {"GB": ("UK", "United Kingdom", "Britain")})),
                ("Country", "Order ID"),
            ),
        ],
    ),
    Dataset(
        "fred_state_unemployment_wide",
        _fred_frame,
        [
            Q(
                "what was california's unemployment rate in april 2020?",
                has(lambda d: float(_fr_at(d, "2020-04-01")["CAUR"])),
                ("observation_date", "CAUR"),
            ),
            Q(
                "which state had the highest rate that month",
                _lead(_named(lambda d: _top(_fr_at(d, "2020-04-01")), _FR_ALIASES)),
                _FR_ALL,
            ),
            Q(
                "average unemployment in texas during 2010",
                _about(_fr_tx_2010),
                ("observation_date", "TXUR"),
            ),
            Q(
                "when was michigan's unemployment at its worst?",
                _month_year(_fr_mi_peak),
                ("observation_date", "MIUR"),
            ),
            Q(
                "how many states were above 10% in april 2020",
                _any_of(_fr_over10, lambda v: _count(v)),
                _FR_ALL,
            ),
            Q(
                "how closely do new york and new jersey move together?",
                _corr(lambda d: _fr_col(d, "NY"), lambda d: _fr_col(d, "NJ")),
                ("observation_date", "NYUR", "NJUR"),
            ),
        ],
    ),
    Dataset(
        "nps_park_visits_annual",
        _nps_frame,
        [
            Q(
                "which park got the most visitors in 2023?",
                _lead(_named(_np_top_2023)),
                ("ParkName", "UnitCode", "Year", "RecreationVisits"),
            ),
            Q(
                "how many visits did all the parks get combined that year",
                _scaled(lambda d: float(_np_year(d, 2023).sum()), (1e3, 1e6), rel=0.003),
                ("Year", "RecreationVisits"),
            ),
            Q(
                "how much did total visits drop in 2020 vs 2019",
                either(
                    _pct(_np_drop),
                    _scaled(lambda d: float(_np_year(d, 2019).sum() - _np_year(d, 2020).sum()), (1e3, 1e6)),
                ),
                ("Year", "RecreationVisits"),
            ),
            Q(
                "top 5 parks by average visitors per year",
                _all_named(_np_top5),
                ("ParkName", "UnitCode", "Year", "RecreationVisits"),
            ),
            Q(
                "which region gets the most visits overall",
                _lead(_named(_np_region)),
                ("Region", "RecreationVisits"),
            ),
            Q(
                "how many parks topped a million visits in 2023",
                _count(lambda d: int((_np_year(d, 2023) > 1_000_000).sum())),
                ("ParkName", "UnitCode", "Year", "RecreationVisits"),
            ),
        ],
    ),
    Dataset(
        "ecdc_measles_monthly_cases",
        _ecdc_frame,
        [
            Q("how many measles cases were there in 2023", _count(_ec_sum(2023)), ("Time", "NumValue")),
            Q(
                "which country had the most cases overall?",
                _lead(_named(_ec_top_country, _EC_ALIASES)),
                ("RegionName", "RegionCode", "NumValue"),
            ),
            Q(
                "what month had the most cases across all countries",
                _lead(_month_year(_ec_top_month)),
                ("Time", "NumValue"),
            ),
            Q(
                "how many cases did france report in 2019",
                _count(_ec_sum(2019, "FR")),
                ("Time", "RegionName", "RegionCode", "NumValue"),
            ),
            Q(
                "and germany?",
                _count(_ec_sum(2019, "DE")),
                ("Time", "RegionName", "RegionCode", "NumValue"),
            ),
            Q(
                "how many country-months are missing a number?",
                _count(lambda d: int(d["NumValue"].isna().sum())),
                ("Time", "RegionName", "RegionCode", "NumValue", "TxtValue"),
            ),
        ],
    ),
]
