"""HELDOUT254: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of exports an analyst is likely to bring along: a Personal Capital (Empower
Personal Dashboard) transactions export (one row per transaction, January 2023 to June 2024, newest first) with Date
as "MM/DD/YYYY", Account ("Chase Sapphire Preferred ...4521", "Chase Total Checking ...7710", "Ally Savings ...0093",
"Amex Blue Cash ...1008", "Fidelity 401(k)"), Description as the bank writes it in upper case ("WHOLEFDS MKT #10234",
"ACME CORP PAYROLL PPD ID: 1234567890"), Category (Groceries, Restaurants, Gasoline/Fuel, Paychecks/Salary,
Transfers, Credit Card Payments, Mortgages, Utilities, Shopping, Travel, Investment Income), Tags (blank mostly,
"Vacation 2024" on a March 2024 trip, "Reimbursable" on a few) and Amount (negative for money out, positive for money
in; transfers and card payments appear twice, once out of one account and once into the other; a few shopping
refunds are positive); a Cameo fan order history (one row per video ordered, 2022-2024) with "Order Date" and
"Delivered At" as "2023-05-14 19:22:41" (Delivered At blank unless Completed), Talent, "Talent Category" (Actors,
Athletes, Musicians, Reality TV, Comedians, Creators), Occasion, Recipient, "Price ($)", "Service Fee ($)", Status
(Completed, Expired, Declined, Refunded, Pending), Rating (1-5, blank when not rated and on every order not
completed) and "Business Order" (Yes/No); a TuneCore artist sales report (one row per store, song, country and month,
2023-2024) with "Sales Period" as "2024-03", "Posted Date" as "2024-05-14", Store (Spotify, Apple Music, Amazon
Music, YouTube Music, Deezer, Tidal, TikTok), Artist, "Release Title", "Song Title", ISRC ("QZK6Q2312345"), Country
(two-letter code), "Release Type" (Single, EP, Album), "Sales Type" (Stream, Download; downloads only at Apple Music
and Amazon Music), "Units Sold" and "Total Earned" in USD to six decimals (many tiny amounts); a WaniKani review
statistics export (one row per item, a learner at level 24) with Item (the kanji or vocabulary as written, radicals
too, some radicals blank because they are image-only), Type (Radical, Kanji, Vocabulary), Level, Meaning, "SRS Stage"
("Apprentice 1"-"Apprentice 4", "Guru 1", "Guru 2", Master, Enlightened, Burned), "Meaning Correct", "Meaning
Incorrect", "Reading Correct" and "Reading Incorrect" (blank for radicals), "Percentage Correct" (a whole number,
blank for items never reviewed), "Unlocked At" as "2023-04-02 13:45:10 UTC" and "Burned At" (blank unless burned); a
city's snow emergency tow log (one row per vehicle towed, winters 2022-23 and 2023-24) with "Tow Date" as
"01/17/2024 06:42 AM", "Snow Emergency Name" (named events), Street (upper case), Ward (1-13), "Plate State" (mostly
MN), "Vehicle Make" (upper case), "Vehicle Color", "Tow Reason" (Snow Emergency Route, Parking Ban Day 1, Parking Ban
Day 2, Plow Obstruction), "Impound Lot" (North, South, Central), "Fee Paid ($)" (blank if not yet claimed), "Released
Date" as "01/19/2024" (blank if still held) and "Days Held" (counted to the report date for cars still held); a
county's cooling center visits report during heat advisories (one row per center per day open, summers 2023 and
2024) with Date as "07/14/2023", "Center Name", "Center Type" (Library, Rec Center, Senior Center, Mall,
Faith-Based), District ("District 1"-"District 5"), "Hours Open", Visitors, "Max Temperature" and "Heat Index" in
degrees F, "Pets Allowed" and "Transportation Provided" (Y/N) and "Water Bottles Distributed" (blank for some days);
and a state's campaign finance contributions download (one row per contribution, 2021-2024) with "Filer Name" (the
committee), "Office Sought" (Governor, State Senate, State House, Mayor; blank for PACs), Party (DEM, REP, IND, NPA,
blank for PACs and the nonpartisan mayor race), "Contributor Name" ("LAST, FIRST" for people, upper-case names for
organizations), "Contributor City", "Contributor State", "Contributor Type" (Individual, PAC, Business, Party
Committee, Self), Occupation and Employer (blank for organizations, "RETIRED" / "SELF-EMPLOYED" for some people),
"Contribution Date" as "2022-06-30", Amount (a few negative refunds), "In-Kind" (Y/N) and "Election Year". All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import both as both_
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)

# --- shared helpers ------------------------------------------------------------------------------------------------


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _top(scores: pd.Series, lowest: bool = False) -> str:
    """The best (or worst) label of a score series, ties in label order."""
    s = scores.sort_index(key=lambda i: i.astype(str)).sort_values(ascending=lowest, kind="stable")
    return str(s.index[0])


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    """Money amounts, in full or in thousands / millions, with or without a minus sign."""
    return either(
        _scaled(lambda d: np.abs(np.atleast_1d(value(d))), _BIG),
        _scaled(lambda d: -np.abs(np.atleast_1d(value(d))), _BIG),
    )


def _typical(values: Callable[[pd.DataFrame], pd.Series], scales: tuple[float, ...] = (1.0,)) -> Check:
    """A typical value: the mean or the median (in any of the given units)."""
    return either(
        *(_about(lambda d, s=s: float(values(d).mean()) * s) for s in scales),
        *(_about(lambda d, s=s: float(values(d).median()) * s) for s in scales),
    )


def _tiny(value: Callable[[pd.DataFrame], float]) -> Check:
    """A small rate (like $0.0034 a stream) to 3% of itself, or per thousand."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        found = [float(t.replace(",", "")) for t in re.findall(r"\d[\d,]*(?:\.\d+)?|\.\d+", answer)]
        for f in found:
            for scale in (1.0, 100.0, 1000.0):
                if abs(f - want * scale) <= 0.03 * want * scale:
                    return None
        return f"missing rate {want:.4g}"

    return check


def _months(s: pd.Series) -> pd.Series:
    return s.dt.to_period("M").dt.to_timestamp()


# --- 1. Personal Capital transactions ------------------------------------------------------------------------------

_PC_CHK = "Chase Total Checking ...7710"
_PC_SAP = "Chase Sapphire Preferred ...4521"
_PC_AMEX = "Amex Blue Cash ...1008"
_PC_ALLY = "Ally Savings ...0093"
_PC_401K = "Fidelity 401(k)"
# category: (descriptions, mean amount out, spread, visits per week)
_PC_SPEND: dict[str, tuple[list[str], float, float, float]] = {
    "Groceries": (["WHOLEFDS MKT #10234", "TRADER JOE S #552", "KROGER #0412", "COSTCO WHSE #0387"], 78, 40, 2.2),
    "Restaurants": (
        ["CHIPOTLE 1123", "STARBUCKS STORE 09876", "DOORDASH*THAI BASIL", "SQ *BLUE DOOR CAFE", "PANERA BREAD #601"],
        31,
        22,
        3.0,
    ),
    "Gasoline/Fuel": (["SHELL OIL 57444", "EXXONMOBIL 4471", "COSTCO GAS #0387"], 46, 12, 1.0),
    "Shopping": (["AMAZON.COM*2K4L1", "AMZN MKTP US*RT5", "TARGET 00012345", "BEST BUY 00004412"], 64, 55, 1.3),
    "Travel": (["DELTA AIR 0062", "UBER *TRIP", "MARRIOTT DENVER DT"], 180, 150, 0.15),
}


def _pc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25401)
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    rows: list[tuple[pd.Timestamp, str, str, str, str, float]] = []
    for d in pd.date_range("2023-01-06", "2024-06-30", freq="14D"):
        pay = 3120.0 + (4850.0 if d.month == 3 and d.day <= 14 else 0.0) + float(rng.choice([0, 0, 0, 184.5]))
        rows.append((d, _PC_CHK, "ACME CORP PAYROLL PPD ID: 1234567890", "Paychecks/Salary", "", pay))
        rows.append((d, _PC_401K, "CONTRIBUTION", "Transfers", "", 412.5))
    for m in pd.date_range("2023-01-01", "2024-06-01", freq="MS"):
        rows.append((m + pd.Timedelta(days=1), _PC_CHK, "ROCKET MORTGAGE PAYMENT", "Mortgages", "", -2145.67))
        bill = float(np.round(rng.normal(120 if m.month in (12, 1, 2, 7, 8) else 80, 15), 2))
        rows.append((m + pd.Timedelta(days=14), _PC_SAP, "XCEL ENERGY", "Utilities", "", -bill))
        rows.append((m + pd.Timedelta(days=20), _PC_AMEX, "COMCAST CABLE COMM", "Utilities", "", -89.99))
        rows.append((m + pd.Timedelta(days=5), _PC_CHK, "TRANSFER TO ALLY SAVINGS", "Transfers", "", -500.0))
        rows.append((m + pd.Timedelta(days=5), _PC_ALLY, "TRANSFER FROM CHASE CHECKING", "Transfers", "", 500.0))
        rows.append((m + pd.Timedelta(days=27), _PC_ALLY, "INTEREST PAID", "Investment Income", "", 0.0))
        rows.append(
            (m + pd.Timedelta(days=25), _PC_401K, "DIVIDEND RECEIVED", "Investment Income", "", 0.0),
        )
        for card, name in ((_PC_SAP, "CHASE CREDIT CRD AUTOPAY"), (_PC_AMEX, "AMERICAN EXPRESS ACH PMT")):
            paid = float(np.round(rng.uniform(900, 2600), 2))
            rows.append((m + pd.Timedelta(days=9), _PC_CHK, name, "Credit Card Payments", "", -paid))
            rows.append(
                (m + pd.Timedelta(days=9), card, "AUTOMATIC PAYMENT - THANK YOU", "Credit Card Payments", "", paid)
            )
    rows = [
        (d, a, t, c, g, float(np.round(rng.uniform(18, 26), 2)) if t == "INTEREST PAID" else v)
        for d, a, t, c, g, v in rows
    ]
    rows = [
        (d, a, t, c, g, float(np.round(rng.uniform(40, 160), 2)) if t == "DIVIDEND RECEIVED" else v)
        for d, a, t, c, g, v in rows
    ]
    trip = (pd.Timestamp("2024-03-09"), pd.Timestamp("2024-03-17"))
    for cat, (names, mean, spread, per_week) in _PC_SPEND.items():
        n = rng.poisson(per_week * len(days) / 7)
        for _ in range(n):
            d = days[int(rng.integers(len(days)))]
            amt = float(np.round(max(3.0, rng.normal(mean, spread)), 2))
            card = _PC_SAP if rng.random() < 0.6 else _PC_AMEX
            tag = "Reimbursable" if rng.random() < 0.02 else ""
            if trip[0] <= d <= trip[1] and cat in ("Restaurants", "Travel"):
                tag = "Vacation 2024"
            rows.append((d, card, names[int(rng.integers(len(names)))], cat, tag, -amt))
            if cat == "Shopping" and rng.random() < 0.06:
                back = d + pd.Timedelta(days=int(rng.integers(3, 20)))
                if back <= days[-1]:
                    rows.append((back, card, "AMAZON.COM REFUND", cat, "", amt))
    for desc, amt in (("DELTA AIR 0062", 612.4), ("HYATT REGENCY MAUI", 1840.22), ("HERTZ RENT-A-CAR", 388.1)):
        rows.append((trip[0] - pd.Timedelta(days=20), _PC_SAP, desc, "Travel", "Vacation 2024", -amt))
    df = pd.DataFrame(rows, columns=["Date", "Account", "Description", "Category", "Tags", "Amount"])
    df = df.sort_values("Date", ascending=False, kind="stable").reset_index(drop=True)
    df["Date"] = df["Date"].dt.strftime("%m/%d/%Y")
    df["Tags"] = df["Tags"].replace("", np.nan)
    return df


def _pc(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["_d"] = pd.to_datetime(out["Date"], format="%m/%d/%Y")
    out["_c"] = _text(df, "Category")
    return out


def _pc_cat(df: pd.DataFrame, cat: str) -> pd.DataFrame:
    d = _pc(df)
    return d[d["_c"] == cat]


_PC_QS = [
    Q(
        "how much did i spend on groceries altogether",
        _amount(lambda df: float(_pc_cat(df, "Groceries")["Amount"].sum())),
        ("Category", "Amount"),
    ),
    Q(
        "which month did i spend the most eating out",
        _lead(
            _month_year(
                lambda df: _top(
                    _pc_cat(df, "Restaurants").groupby(_months(_pc_cat(df, "Restaurants")["_d"]))["Amount"].sum(),
                    lowest=True,
                )
            )
        ),
        ("Category", "Amount", "Date"),
    ),
    Q(
        "whats my typical paycheck",
        _typical(lambda df: _pc_cat(df, "Paychecks/Salary")["Amount"]),
        ("Category", "Amount"),
    ),
    Q(
        "how much did the vacation 2024 trip cost me in total",
        _amount(lambda df: float(df.loc[_text(df, "Tags") == "Vacation 2024", "Amount"].sum())),
        ("Tags", "Amount"),
    ),
    Q(
        "how many transactions have no tag",
        _count(lambda df: int((_text(df, "Tags") == "").sum())),
        ("Tags",),
    ),
    Q(
        "gas spending in 2023 vs 2024?",
        _amount(
            lambda df: [
                float(g.loc[g["_d"].dt.year == y, "Amount"].sum())
                for g in [_pc_cat(df, "Gasoline/Fuel")]
                for y in (2023, 2024)
            ]
        ),
        ("Category", "Amount", "Date"),
    ),
]


# --- 2. Cameo order history ----------------------------------------------------------------------------------------

# category: talents with their usual price
_CM_TALENTS: dict[str, list[tuple[str, float]]] = {
    "Actors": [("Brett Kowalski", 150), ("Dana Lockhart", 225), ("Marcus Bellweather", 90), ("Tessa Ruiz", 300)],
    "Athletes": [("Jalen Brooks", 120), ("Kyle Vandermeer", 75), ("Rico Santana", 199), ("Maddie Oyelaran", 60)],
    "Musicians": [("DJ Tempo", 80), ("Carly Vance", 250), ("Hollis Greer", 110)],
    "Reality TV": [("Brittani Shaye", 45), ("Tanner Lowe", 35), ("Gigi Marquez", 55), ("Chad Pemberton", 40)],
    "Comedians": [("Pete Dunleavy", 95), ("Sasha Kim", 70), ("Ron Tuttle", 125)],
    "Creators": [("SkaterJosh", 25), ("Mila Bakes", 30), ("TheGamerDad", 20), ("Lexi Loops", 28)],
}
_CM_OCCASIONS = ["Birthday", "Pep Talk", "Roast", "Anniversary", "Advice", "Just Because", "Holiday"]
_CM_NAMES = [
    "Emma",
    "Liam",
    "Olivia",
    "Noah",
    "Ava",
    "Jake",
    "Mia",
    "Ethan",
    "Sophie",
    "Ben",
    "Chloe",
    "Ryan",
    "Grace",
    "Tyler",
    "Zoe",
    "Dad",
    "Mom",
    "Aunt Linda",
]


def _cameo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25402)
    n = 640
    start, end = pd.Timestamp("2022-01-01"), pd.Timestamp("2024-12-31")
    cats = list(_CM_TALENTS)
    rows = []
    for _ in range(n):
        cat = cats[int(rng.choice(len(cats), p=[0.18, 0.2, 0.12, 0.2, 0.12, 0.18]))]
        talent, price = _CM_TALENTS[cat][int(rng.integers(len(_CM_TALENTS[cat])))]
        when = start + pd.Timedelta(seconds=int(rng.integers(int((end - start).total_seconds()))))
        business = rng.random() < 0.08
        if business:
            price = price * 4
        elif rng.random() < 0.15:
            price = price + float(rng.choice([-10, 5, 10, 25]))
        fee = round(price * 0.1 + 1.99, 2)
        occ = _CM_OCCASIONS[int(rng.choice(7, p=[0.38, 0.14, 0.12, 0.08, 0.06, 0.12, 0.1]))]
        status = str(rng.choice(["Completed", "Expired", "Declined", "Refunded"], p=[0.82, 0.09, 0.05, 0.04]))
        if when > end - pd.Timedelta(days=8):
            status = "Pending"
        delivered, rating = "", np.nan
        if status == "Completed":
            hours = float(rng.gamma(2.0, 30.0 if cat != "Actors" else 48.0)) + 1
            delivered = (when + pd.Timedelta(hours=min(hours, 167))).strftime("%Y-%m-%d %H:%M:%S")
            if rng.random() < 0.78:
                rating = int(rng.choice([1, 2, 3, 4, 5], p=[0.03, 0.04, 0.1, 0.25, 0.58]))
        rows.append(
            (
                when,
                talent,
                cat,
                occ,
                _CM_NAMES[int(rng.integers(len(_CM_NAMES)))],
                float(price),
                fee,
                status,
                delivered,
                rating,
                "Yes" if business else "No",
            )
        )
    cols = ["Order Date", "Talent", "Talent Category", "Occasion", "Recipient", "Price ($)", "Service Fee ($)"]
    cols += ["Status", "Delivered At", "Rating", "Business Order"]
    df = pd.DataFrame(rows, columns=cols).sort_values("Order Date", kind="stable").reset_index(drop=True)
    df["Order Date"] = df["Order Date"].dt.strftime("%Y-%m-%d %H:%M:%S")
    df["Rating"] = df["Rating"].astype("Int64")
    return df


def _cm_done(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") == "Completed"]


def _cm_wait(df: pd.DataFrame) -> pd.Series:
    d = _cm_done(df)
    return (pd.to_datetime(d["Delivered At"]) - pd.to_datetime(d["Order Date"])).dt.total_seconds() / 86400


_CM_QS = [
    Q(
        "how much did the videos that actually got delivered cost me, fees included",
        _amount(lambda df: float((_num(_cm_done(df), "Price ($)") + _num(_cm_done(df), "Service Fee ($)")).sum())),
        ("Price ($)", "Service Fee ($)", "Status"),
    ),
    Q(
        "what percent of my orders expired or got declined",
        _share(lambda df: float(_text(df, "Status").isin(["Expired", "Declined"]).mean())),
        ("Status",),
    ),
    Q(
        "what occasion do i order for most",
        _lead(_named(lambda df: _top(_text(df, "Occasion").value_counts()))),
        ("Occasion",),
    ),
    Q(
        "average rating for each kind of celeb",
        _about(lambda df: _num(df, "Rating").groupby(_text(df, "Talent Category")).mean().dropna().to_numpy()),
        ("Rating", "Talent Category"),
    ),
    Q(
        "how long does it usually take to get a video back",
        _typical(_cm_wait, scales=(1.0, 24.0)),
        ("Order Date", "Delivered At", "Status"),
    ),
    Q(
        "how many delivered ones did i never rate",
        _count(lambda df: int(_num(_cm_done(df), "Rating").isna().sum())),
        ("Rating", "Status"),
    ),
]


# --- 3. TuneCore sales report --------------------------------------------------------------------------------------

# release: (type, release month, songs with popularity)
_TC_RELEASES: dict[str, tuple[str, str, list[tuple[str, float]]]] = {
    "Ghost Light": ("Single", "2023-01", [("Ghost Light", 1.0)]),
    "Paper Moons": (
        "EP",
        "2023-05",
        [("Paper Moons", 1.6), ("Tin Roof", 0.7), ("Slow Burn", 1.1), ("Letters to June", 0.5)],
    ),
    "Salt & Static": (
        "Album",
        "2023-11",
        [
            ("Salt & Static", 0.9),
            ("Northbound", 2.4),
            ("Harbor Lights", 0.6),
            ("Kerosene", 0.8),
            ("Wires", 0.4),
            ("Undertow", 0.5),
            ("Blue Hour", 1.2),
            ("Feral", 0.3),
            ("Home Again", 0.4),
        ],
    ),
    "Midnight Ferry": ("Single", "2024-06", [("Midnight Ferry", 1.8)]),
}
# store: (per-stream rate, reach)
_TC_STORES = {
    "Spotify": (0.0032, 1.0),
    "Apple Music": (0.0066, 0.35),
    "Amazon Music": (0.0042, 0.2),
    "YouTube Music": (0.0019, 0.25),
    "Deezer": (0.0027, 0.08),
    "Tidal": (0.0112, 0.03),
    "TikTok": (0.0004, 0.6),
}
# country: (listener weight, rate factor)
_TC_COUNTRIES = {
    "US": (1.0, 1.0),
    "GB": (0.35, 0.95),
    "CA": (0.25, 0.9),
    "DE": (0.25, 0.85),
    "AU": (0.15, 0.9),
    "BR": (0.18, 0.35),
    "MX": (0.14, 0.3),
    "FR": (0.1, 0.8),
    "SE": (0.06, 1.0),
    "NL": (0.06, 0.95),
    "JP": (0.05, 0.8),
    "IN": (0.1, 0.15),
    "PH": (0.08, 0.2),
}


def _tunecore_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25403)
    months = pd.period_range("2023-01", "2024-12", freq="M")
    rows = []
    isrc = 0
    codes = {}
    for title, (_, _, songs) in _TC_RELEASES.items():
        for song, _ in songs:
            isrc += 1
            codes[(title, song)] = f"QZK6Q{23 if title != 'Midnight Ferry' else 24}{10000 + 37 * isrc:05d}"
    for m in months:
        for title, (kind, out, songs) in _TC_RELEASES.items():
            age = (m - pd.Period(out, freq="M")).n
            if age < 0:
                continue
            decay = 1.0 / (1 + 0.15 * age) * (3.0 if age == 0 else 1.0)
            for song, pop in songs:
                for store, (rate, reach) in _TC_STORES.items():
                    for country, (weight, factor) in _TC_COUNTRIES.items():
                        mean = 900 * pop * decay * reach * weight
                        if rng.random() > min(1.0, 0.12 + mean / 150):
                            continue
                        units = int(rng.poisson(max(mean, 0.3))) + 1
                        earned = units * rate * factor * rng.uniform(0.85, 1.15)
                        posted = (m + 2).to_timestamp() + pd.Timedelta(days=int(rng.integers(5, 25)))
                        rows.append(
                            (
                                str(m),
                                posted.strftime("%Y-%m-%d"),
                                store,
                                "Nova Reyes",
                                title,
                                song,
                                codes[(title, song)],
                                country,
                                kind,
                                "Stream",
                                units,
                                round(earned, 6),
                            )
                        )
                        if store in ("Apple Music", "Amazon Music") and rng.random() < 0.05:
                            k = int(rng.integers(1, 4))
                            rows.append(
                                (
                                    str(m),
                                    posted.strftime("%Y-%m-%d"),
                                    store,
                                    "Nova Reyes",
                                    title,
                                    song,
                                    codes[(title, song)],
                                    country,
                                    kind,
                                    "Download",
                                    k,
                                    round(k * 0.693, 6),
                                )
                            )
    cols = ["Sales Period", "Posted Date", "Store", "Artist", "Release Title", "Song Title", "ISRC", "Country"]
    cols += ["Release Type", "Sales Type", "Units Sold", "Total Earned"]
    df = pd.DataFrame(rows, columns=cols)
    if len(df) > 4800:
        df = df.iloc[np.sort(rng.choice(len(df), 4800, replace=False))].reset_index(drop=True)
    return df


def _tc_type(df: pd.DataFrame, kind: str) -> pd.DataFrame:
    return df[_text(df, "Sales Type") == kind]


def _tc_spotify_rate(df: pd.DataFrame) -> float:
    s = _tc_type(df, "Stream")
    s = s[_text(s, "Store") == "Spotify"]
    return float(s["Total Earned"].sum() / s["Units Sold"].sum())


def _tc_spotify_row_rate(df: pd.DataFrame) -> float:
    s = _tc_type(df, "Stream")
    s = s[_text(s, "Store") == "Spotify"]
    return float((s["Total Earned"] / s["Units Sold"]).mean())


_TC_QS = [
    Q(
        "how much have i made in total",
        _amount(lambda df: float(df["Total Earned"].sum())),
        ("Total Earned",),
    ),
    Q(
        "which platform made me the most money",
        _lead(_named(lambda df: _top(df.groupby(_text(df, "Store"))["Total Earned"].sum()))),
        ("Store", "Total Earned"),
    ),
    Q(
        "what does spotify pay me per stream",
        either(_tiny(_tc_spotify_rate), _tiny(_tc_spotify_row_rate)),
        ("Store", "Sales Type", "Units Sold", "Total Earned"),
    ),
    Q(
        "which song has the most streams",
        _lead(
            either(
                _named(
                    lambda df: _top(
                        _tc_type(df, "Stream").groupby(_text(_tc_type(df, "Stream"), "Song Title"))["Units Sold"].sum()
                    )
                ),
                _named(lambda df: _top(df.groupby(_text(df, "Song Title"))["Units Sold"].sum())),
            )
        ),
        ("Song Title", "Units Sold", "Sales Type"),
    ),
    Q(
        "best month for earnings?",
        _lead(_month_year(lambda df: _top(df.groupby(_text(df, "Sales Period"))["Total Earned"].sum()))),
        ("Sales Period", "Total Earned"),
    ),
    Q(
        "how much came from downloads compared to streams",
        _amount(lambda df: [float(_tc_type(df, k)["Total Earned"].sum()) for k in ("Download", "Stream")]),
        ("Sales Type", "Total Earned"),
    ),
]


# --- 4. WaniKani review statistics ---------------------------------------------------------------------------------

_WK_WORDS = [
    "water",
    "big",
    "adult",
    "person",
    "mountain",
    "river",
    "fire",
    "tree",
    "sun",
    "moon",
    "eye",
    "mouth",
    "hand",
    "power",
    "rain",
    "stone",
    "field",
    "gold",
    "heart",
    "sky",
    "dog",
    "king",
    "jewel",
    "village",
    "city",
    "spring",
    "winter",
    "stop",
    "walk",
    "write",
    "read",
    "speak",
    "hear",
    "think",
    "rest",
    "body",
    "hair",
    "road",
]
_WK_STAGES = ["Apprentice 1", "Apprentice 2", "Apprentice 3", "Apprentice 4", "Guru 1", "Guru 2", "Master"]
_WK_STAGES += ["Enlightened", "Burned"]


def _wanikani_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25404)
    chars = [chr(c) for c in rng.choice(np.arange(0x4E00, 0x9FA5), 1200, replace=False)]
    kana = [chr(c) for c in range(0x3041, 0x3094)]
    rows = []
    t = pd.Timestamp("2023-01-09 18:02:11")
    used = 0
    for level in range(1, 25):
        dur = float(rng.uniform(8, 22)) if level not in (10, 17) else float(rng.uniform(40, 70))
        for kind, k in (("Radical", 5), ("Kanji", 18), ("Vocabulary", 32)):
            for _ in range(k):
                offset = {"Radical": 0.0, "Kanji": 0.3, "Vocabulary": 0.6}[kind] * dur + float(rng.uniform(0, 2))
                unlocked = t + pd.Timedelta(days=offset, seconds=int(rng.integers(0, 86400)))
                if kind == "Vocabulary":
                    item = "".join(chars[int(rng.integers(used))] for _ in range(int(rng.integers(1, 3))))
                    item += kana[int(rng.integers(len(kana)))] if rng.random() < 0.3 else ""
                else:
                    item = chars[used % len(chars)]
                    used += 1
                if kind == "Radical" and rng.random() < 0.08:
                    item = ""
                top = max(0, min(8, int(np.round((24 - level) / 2.3 + rng.normal(0, 1.2)))))
                stage = _WK_STAGES[top]
                reviews = top + 1 + int(rng.poisson(1))
                miss = 0.05 + 0.006 * level + (0.05 if kind == "Vocabulary" else 0.0)
                mi = int(rng.binomial(reviews + 3, miss))
                mc = reviews
                rc = ri = np.nan
                if kind != "Radical":
                    rc = reviews
                    ri = int(rng.binomial(reviews + 3, miss * 1.3))
                if level == 24 and rng.random() < 0.3:
                    stage, mc, mi = "Apprentice 1", 0, 0
                    rc = ri = np.nan if kind == "Radical" else 0
                tot = mc + mi + (0 if kind == "Radical" else rc + ri)
                pct = np.nan if tot == 0 else round(100 * (mc + (0 if kind == "Radical" else rc)) / tot)
                burned = ""
                if stage == "Burned":
                    burned = (unlocked + pd.Timedelta(days=float(rng.uniform(170, 260)))).strftime(
                        "%Y-%m-%d %H:%M:%S UTC"
                    )
                meaning = _WK_WORDS[int(rng.integers(len(_WK_WORDS)))]
                rows.append(
                    (
                        item,
                        kind,
                        level,
                        meaning.title() if kind == "Radical" else meaning,
                        stage,
                        mc,
                        mi,
                        rc,
                        ri,
                        pct,
                        unlocked.strftime("%Y-%m-%d %H:%M:%S UTC"),
                        burned,
                    )
                )
        t = t + pd.Timedelta(days=dur)
    cols = ["Item", "Type", "Level", "Meaning", "SRS Stage", "Meaning Correct", "Meaning Incorrect", "Reading Correct"]
    cols += ["Reading Incorrect", "Percentage Correct", "Unlocked At", "Burned At"]
    df = pd.DataFrame(rows, columns=cols)
    for c in ("Reading Correct", "Reading Incorrect", "Percentage Correct"):
        df[c] = df[c].astype("Int64")
    return df


def _wk_pooled(df: pd.DataFrame) -> pd.DataFrame:
    right = df["Meaning Correct"] + df["Reading Correct"].fillna(0)
    total = right + df["Meaning Incorrect"] + df["Reading Incorrect"].fillna(0)
    return pd.DataFrame({"right": right, "total": total})


def _wk_by(df: pd.DataFrame, by: str, pooled: bool) -> pd.Series:
    if pooled:
        p = _wk_pooled(df).groupby(df[by].astype(str)).sum()
        return 100 * p["right"] / p["total"]
    return _num(df, "Percentage Correct").groupby(df[by].astype(str)).mean()


def _wk_vocab(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Type") == "Vocabulary"]


_WK_QS = [
    Q(
        "how many items have i burned",
        _count(lambda df: int((_text(df, "SRS Stage") == "Burned").sum())),
        ("SRS Stage",),
    ),
    Q(
        "and how many are still in apprentice",
        _count(lambda df: int(_text(df, "SRS Stage").str.startswith("Apprentice").sum())),
        ("SRS Stage",),
    ),
    Q(
        "whats my accuracy on kanji vs vocab",
        either(
            _about(lambda df: _wk_by(df, "Type", False)[["Kanji", "Vocabulary"]].to_numpy()),
            _about(lambda df: _wk_by(df, "Type", True)[["Kanji", "Vocabulary"]].to_numpy()),
        ),
        ("Type", "Percentage Correct", "Meaning Correct", "Meaning Incorrect", "Reading Correct", "Reading Incorrect"),
    ),
    Q(
        "which level am i worst at",
        _lead(
            either(
                _named(lambda df: "level " + _top(_wk_by(df, "Level", False), lowest=True)),
                _named(lambda df: "level " + _top(_wk_by(df, "Level", True), lowest=True)),
            )
        ),
        ("Level", "Percentage Correct", "Meaning Correct", "Meaning Incorrect", "Reading Correct", "Reading Incorrect"),
    ),
    Q(
        "what month did i unlock the most stuff",
        _lead(
            _month_year(
                lambda df: _top(
                    pd.to_datetime(df["Unlocked At"].str.replace(" UTC", ""))
                    .dt.to_period("M")
                    .astype(str)
                    .value_counts()
                )
            )
        ),
        ("Unlocked At",),
    ),
    Q(
        "how many vocab words do i miss the reading on more than the meaning",
        _count(lambda df: int((_wk_vocab(df)["Reading Incorrect"] > _wk_vocab(df)["Meaning Incorrect"]).sum())),
        ("Type", "Reading Incorrect", "Meaning Incorrect"),
    ),
]


# --- 5. Snow emergency tow log -------------------------------------------------------------------------------------

_SN_EVENTS = [
    ("Dayton", "2022-12-09"),
    ("Eleanor", "2023-01-03"),
    ("Franklin", "2023-02-22"),
    ("Grant", "2023-03-10"),
    ("Hiawatha", "2023-12-14"),
    ("Irving", "2024-01-09"),
    ("Lyndale", "2024-01-17"),
    ("Marshall", "2024-02-27"),
]
_SN_STREETS = [
    "LYNDALE AVE S",
    "HENNEPIN AVE",
    "NICOLLET AVE",
    "PORTLAND AVE",
    "W LAKE ST",
    "E 35TH ST",
    "CEDAR AVE S",
    "LORING PL",
    "BLOOMINGTON AVE",
    "W 26TH ST",
    "PENN AVE N",
    "LOWRY AVE NE",
    "CENTRAL AVE NE",
    "E HENNEPIN AVE",
    "CHICAGO AVE",
    "W 46TH ST",
]
_SN_MAKES = [
    "TOYOTA",
    "HONDA",
    "FORD",
    "CHEVROLET",
    "NISSAN",
    "SUBARU",
    "HYUNDAI",
    "KIA",
    "JEEP",
    "VOLKSWAGEN",
    "DODGE",
    "MAZDA",
]
_SN_COLORS = ["BLACK", "WHITE", "SILVER", "GRAY", "BLUE", "RED", "GREEN", "TAN"]


def _snow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25405)
    report = pd.Timestamp("2024-03-12")
    rows = []
    for i, (name, day) in enumerate(_SN_EVENTS):
        start = pd.Timestamp(day) + pd.Timedelta(hours=21)
        for _ in range(int(rng.integers(150, 330)) + (120 if name == "Irving" else 0)):
            phase = int(rng.choice(3, p=[0.45, 0.33, 0.22]))
            reason = ["Snow Emergency Route", "Parking Ban Day 1", "Parking Ban Day 2"][phase]
            if rng.random() < 0.07:
                reason = "Plow Obstruction"
            towed = start + pd.Timedelta(days=phase, minutes=int(rng.integers(0, 600)))
            ward = int(rng.choice(np.arange(1, 14), p=np.array([5, 6, 4, 3, 3, 9, 8, 10, 7, 12, 6, 5, 4]) / 82))
            lot = ["North", "South", "Central"][0 if ward in (1, 3, 4, 5) else (1 if ward in (8, 9, 11, 12, 13) else 2)]
            held = int(rng.geometric(0.45) - 1 + (2 if lot == "North" else 0))
            released = towed.normalize() + pd.Timedelta(days=held)
            still = rng.random() < (0.02 if i < 6 else 0.12) or released > report
            fee = np.nan if still else 138.0 + 18.0 * held + (0 if rng.random() < 0.9 else 45.0)
            days = (report - towed.normalize()).days if still else held
            rows.append(
                (
                    towed.strftime("%m/%d/%Y %I:%M %p"),
                    name,
                    _SN_STREETS[int(rng.integers(len(_SN_STREETS)))],
                    ward,
                    str(
                        rng.choice(
                            ["MN", "WI", "IA", "ND", "SD", "IL", "TX"], p=[0.88, 0.05, 0.02, 0.015, 0.01, 0.015, 0.01]
                        )
                    ),
                    _SN_MAKES[int(rng.integers(len(_SN_MAKES)))],
                    _SN_COLORS[int(rng.integers(len(_SN_COLORS)))],
                    reason,
                    lot,
                    fee,
                    "" if still else released.strftime("%m/%d/%Y"),
                    days,
                )
            )
    cols = ["Tow Date", "Snow Emergency Name", "Street", "Ward", "Plate State", "Vehicle Make", "Vehicle Color"]
    cols += ["Tow Reason", "Impound Lot", "Fee Paid ($)", "Released Date", "Days Held"]
    return pd.DataFrame(rows, columns=cols)


_SN_QS = [
    Q(
        "which snow emergency had the most cars towed",
        _lead(_named(lambda df: _top(_text(df, "Snow Emergency Name").value_counts()))),
        ("Snow Emergency Name",),
    ),
    Q(
        "how many cars are still sitting in the impound",
        _count(lambda df: int((_text(df, "Released Date") == "").sum())),
        ("Released Date",),
    ),
    Q(
        "whats the average fee people paid to get their car back",
        _typical(lambda df: _num(df, "Fee Paid ($)").dropna()),
        ("Fee Paid ($)", "Released Date"),
    ),
    Q(
        "which ward gets the most tows",
        _lead(_named(lambda df: "ward " + _top(df["Ward"].astype(str).value_counts()))),
        ("Ward",),
    ),
    Q(
        "what share of towed cars had out of state plates",
        _share(lambda df: float((_text(df, "Plate State") != "MN").mean())),
        ("Plate State",),
    ),
    Q(
        "how long are cars held on average at each lot",
        either(
            _about(lambda df: df.groupby(_text(df, "Impound Lot"))["Days Held"].mean().to_numpy()),
            _about(
                lambda df: (
                    df[_text(df, "Released Date") != ""]
                    .groupby(_text(df, "Impound Lot"))["Days Held"]
                    .mean()
                    .to_numpy()
                )
            ),
        ),
        ("Impound Lot", "Days Held", "Released Date"),
    ),
]


# --- 6. Cooling center visits --------------------------------------------------------------------------------------

# name: (type, district, pets, transportation)
_CC_CENTERS: dict[str, tuple[str, int, str, str]] = {
    "Central Library": ("Library", 1, "N", "Y"),
    "Eastside Branch Library": ("Library", 2, "N", "N"),
    "Mesa Verde Library": ("Library", 4, "N", "N"),
    "Northgate Branch Library": ("Library", 3, "N", "Y"),
    "Roosevelt Rec Center": ("Rec Center", 1, "Y", "Y"),
    "Palo Alto Park Rec Center": ("Rec Center", 2, "Y", "N"),
    "Sunnyslope Rec Center": ("Rec Center", 5, "N", "Y"),
    "Hayden Senior Center": ("Senior Center", 3, "N", "Y"),
    "Maryvale Senior Center": ("Senior Center", 4, "Y", "Y"),
    "Westridge Senior Center": ("Senior Center", 5, "N", "Y"),
    "Northgate Mall": ("Mall", 3, "N", "N"),
    "Desert Sky Mall": ("Mall", 4, "N", "N"),
    "Grace Fellowship Church": ("Faith-Based", 1, "Y", "N"),
    "St. Vincent Community Hall": ("Faith-Based", 2, "Y", "Y"),
    "Iglesia La Roca": ("Faith-Based", 5, "Y", "N"),
}
_CC_BASE = {"Library": 60, "Rec Center": 85, "Senior Center": 45, "Mall": 140, "Faith-Based": 35}
_CC_PLURALS = {
    "Library": ("Libraries",),
    "Rec Center": ("Rec Centers",),
    "Senior Center": ("Senior Centers",),
    "Mall": ("Malls",),
}
_CC_HOURS = {"Library": 9, "Rec Center": 11, "Senior Center": 8, "Mall": 12, "Faith-Based": 6}


def _cooling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25406)
    days = []
    for year in (2023, 2024):
        summer = pd.date_range(f"{year}-06-10", f"{year}-09-15", freq="D")
        days += list(summer[np.sort(rng.choice(len(summer), 34, replace=False))])
    rows = []
    for d in days:
        temp = int(np.clip(rng.normal(106 if d.month in (7, 8) else 101, 3.5), 95, 118))
        index = temp + int(rng.integers(2, 12))
        for name, (kind, district, pets, ride) in _CC_CENTERS.items():
            if rng.random() < (0.3 if kind == "Library" and d.dayofweek == 6 else 0.08):
                continue
            hours = _CC_HOURS[kind] + int(rng.choice([0, 0, 0, -2, 2]))
            mean = _CC_BASE[kind] * (1 + 0.06 * (index - 110)) * hours / _CC_HOURS[kind] * (1.1 if pets == "Y" else 1)
            visitors = int(rng.poisson(max(mean, 3)))
            water = np.nan if rng.random() < 0.08 else int(visitors * rng.uniform(1.0, 2.0))
            rows.append(
                (
                    d.strftime("%m/%d/%Y"),
                    name,
                    kind,
                    f"District {district}",
                    hours,
                    visitors,
                    temp,
                    index,
                    pets,
                    ride,
                    water,
                )
            )
    cols = ["Date", "Center Name", "Center Type", "District", "Hours Open", "Visitors", "Max Temperature"]
    cols += ["Heat Index", "Pets Allowed", "Transportation Provided", "Water Bottles Distributed"]
    df = pd.DataFrame(rows, columns=cols)
    df["Water Bottles Distributed"] = df["Water Bottles Distributed"].astype("Int64")
    return df


def _cc_day(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y")


_CC_QS = [
    Q(
        "how many visitors did the cooling centers get in total",
        _count(lambda df: int(df["Visitors"].sum())),
        ("Visitors",),
    ),
    Q(
        "which kind of center gets the most people on an average day",
        _lead(_named(lambda df: _top(df.groupby(_text(df, "Center Type"))["Visitors"].mean()), _CC_PLURALS)),
        ("Center Type", "Visitors"),
    ),
    Q(
        "does the heat index go along with how many people show up",
        _corr(lambda d: d["Heat Index"], lambda d: d["Visitors"]),
        ("Heat Index", "Visitors"),
    ),
    Q(
        "what was the busiest day overall",
        _lead(_day(lambda df: _top(df.groupby(_cc_day(df))["Visitors"].sum()))),
        ("Date", "Visitors"),
    ),
    Q(
        "do places that allow pets get more visitors",
        either(
            _about(lambda df: df.groupby(_text(df, "Pets Allowed"))["Visitors"].mean().to_numpy()),
            _about(lambda df: df.groupby(_text(df, "Pets Allowed"))["Visitors"].median().to_numpy()),
        ),
        ("Pets Allowed", "Visitors"),
    ),
    Q(
        "how many water bottles got handed out in july 2024",
        _count(
            lambda df: int(
                _num(df, "Water Bottles Distributed")[(_cc_day(df).dt.year == 2024) & (_cc_day(df).dt.month == 7)].sum()
            )
        ),
        ("Water Bottles Distributed", "Date"),
    ),
]


# --- 7. Campaign finance contributions -----------------------------------------------------------------------------

# filer: (office, party, election year, candidate "LAST, FIRST", pull)
_CF_FILERS: dict[str, tuple[str, str, int, str, float]] = {
    "Alvarez for Governor": ("Governor", "DEM", 2022, "ALVAREZ, MARIA", 3.0),
    "Committee to Elect Tom Brandt": ("Governor", "REP", 2022, "BRANDT, THOMAS", 2.6),
    "Friends of Dana Whitfield": ("State Senate", "DEM", 2024, "WHITFIELD, DANA", 1.0),
    "Kowalczyk for Senate": ("State Senate", "REP", 2024, "KOWALCZYK, RAYMOND", 1.1),
    "Lena Park for State House": ("State House", "DEM", 2024, "PARK, LENA", 0.6),
    "Citizens for Joe Mattox": ("State House", "REP", 2024, "MATTOX, JOSEPH", 0.7),
    "Sam Ortiz Campaign": ("State House", "NPA", 2024, "ORTIZ, SAMUEL", 0.3),
    "Hargrove for Mayor": ("Mayor", "", 2023, "HARGROVE, LYDIA", 1.2),
    "Realtors Political Action Committee": ("", "", 2024, "", 0.5),
    "Teachers Voice PAC": ("", "", 2024, "", 0.4),
}
_CF_LAST = "SMITH;JOHNSON;NGUYEN;GARCIA;MILLER;DAVIS;LOPEZ;WILSON;ANDERSON;TAYLOR;THOMAS;MOORE;JACKSON;LEE;HARRIS;CLARK"
_CF_FIRST = "JAMES;MARY;ROBERT;LINDA;MICHAEL;SUSAN;DAVID;KAREN;DANIEL;LISA;MARK;NANCY;PAUL;BETTY;KEVIN;ANNA"
_CF_CITIES = [("SPRINGFIELD", "IL"), ("PEORIA", "IL"), ("CHAMPAIGN", "IL"), ("ROCKFORD", "IL"), ("CHICAGO", "IL")]
_CF_CITIES += [("NAPERVILLE", "IL"), ("ST. LOUIS", "MO"), ("WASHINGTON", "DC")]
_CF_JOBS = [("ATTORNEY", "SMITH & LOWE LLP"), ("TEACHER", "DISTRICT 186"), ("PHYSICIAN", "MEMORIAL HOSPITAL")]
_CF_JOBS += [("RETIRED", "RETIRED"), ("OWNER", "SELF-EMPLOYED"), ("ENGINEER", "CATERPILLAR INC"), ("", "")]
_CF_ORGS = ["ACME PAVING LLC", "PRAIRIE STATE BANK", "MIDWEST ENERGY CORP", "LINCOLN LAND REALTY INC"]
_CF_PACS = ["IL LABORERS PAC", "CHAMBER OF COMMERCE PAC", "NURSES UNITED PAC"]


def _campaign_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25407)
    last, first = _CF_LAST.split(";"), _CF_FIRST.split(";")
    people = []
    for _ in range(700):
        city = _CF_CITIES[int(rng.choice(len(_CF_CITIES), p=[0.3, 0.15, 0.1, 0.1, 0.2, 0.08, 0.04, 0.03]))]
        job = _CF_JOBS[int(rng.integers(len(_CF_JOBS)))]
        name = f"{last[int(rng.integers(len(last)))]}, {first[int(rng.integers(len(first)))]}"
        people.append((name, *city, *job))
    names = list(_CF_FILERS)
    pull = np.array([v[4] for v in _CF_FILERS.values()])
    rows = []
    for _ in range(3600):
        filer = names[int(rng.choice(len(names), p=pull / pull.sum()))]
        office, party, year, cand, _ = _CF_FILERS[filer]
        end = pd.Timestamp(f"{year}-11-01")
        date = end - pd.Timedelta(days=int(rng.gamma(1.3, 160)) % 700)
        kind = str(
            rng.choice(["Individual", "PAC", "Business", "Party Committee", "Self"], p=[0.8, 0.06, 0.09, 0.02, 0.03])
        )
        if office == "" and kind in ("Self", "Party Committee"):
            kind = "Individual"
        inkind = "Y" if rng.random() < 0.05 else "N"
        if kind == "Individual":
            who = people[int(rng.integers(len(people))) if rng.random() > 0.02 else 7]
            amt = float(rng.choice([25, 50, 100, 100, 250, 250, 500, 1000, 2500, 6000]))
        elif kind == "Self":
            who = (cand, "SPRINGFIELD", "IL", "", "")
            amt = float(rng.choice([5000, 10000, 25000]))
        else:
            pool = _CF_PACS if kind == "PAC" else _CF_ORGS
            if kind == "Party Committee":
                pool = ["DEMOCRATIC PARTY OF ILLINOIS" if party == "DEM" else "ILLINOIS REPUBLICAN PARTY"]
            who = (pool[int(rng.integers(len(pool)))], "SPRINGFIELD", "IL", "", "")
            amt = float(rng.choice([500, 1000, 2500, 5000, 10000]))
        if inkind == "Y":
            amt = float(np.round(rng.uniform(80, 1500), 2))
        if rng.random() < 0.01:
            amt = -amt
        rows.append((filer, office, party, *who, kind, who[3], who[4], date.strftime("%Y-%m-%d"), amt, inkind, year))
    rows = [(r[0], r[1], r[2], r[3], r[4], r[5], r[8], r[9], r[10], r[11], r[12], r[13], r[14]) for r in rows]
    cols = ["Filer Name", "Office Sought", "Party", "Contributor Name", "Contributor City", "Contributor State"]
    cols += ["Contributor Type", "Occupation", "Employer", "Contribution Date", "Amount", "In-Kind", "Election Year"]
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values("Contribution Date", kind="stable").reset_index(drop=True)


def _cf_gross(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Amount"] > 0]


def _cf_person(df: pd.DataFrame, types: tuple[str, ...]) -> str:
    d = df[_text(df, "Contributor Type").isin(types)]
    return _top(d.groupby(_text(d, "Contributor Name"))["Amount"].sum())


def _cf_named(types: tuple[str, ...]) -> Check:
    """A person as "LAST, FIRST" or "First Last"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        name = _cf_person(df, types)
        last, _, first = name.partition(", ")
        return either(_named(lambda d: name), _named(lambda d: f"{first} {last}"))(answer, df)

    return check


def _cf_party_means(d: pd.DataFrame) -> Any:
    return d.groupby(_text(d, "Party"))["Amount"].mean()[["DEM", "REP"]].to_numpy()


_CF_QS = [
    Q(
        "which candidate raised the most money",
        _lead(
            either(
                _named(lambda df: _top(df.groupby(_text(df, "Filer Name"))["Amount"].sum())),
                _named(lambda df: _top(_cf_gross(df).groupby(_text(_cf_gross(df), "Filer Name"))["Amount"].sum())),
            )
        ),
        ("Filer Name", "Amount", "Office Sought"),
    ),
    Q(
        "how much did the governor candidates raise combined",
        either(
            _amount(lambda df: float(df.loc[_text(df, "Office Sought") == "Governor", "Amount"].sum())),
            _amount(
                lambda df: float(_cf_gross(df).loc[_text(_cf_gross(df), "Office Sought") == "Governor", "Amount"].sum())
            ),
        ),
        ("Office Sought", "Amount", "Filer Name"),
    ),
    Q(
        "what share of all the money came from individual donors",
        either(
            _share(
                lambda df: float(
                    df.loc[_text(df, "Contributor Type") == "Individual", "Amount"].sum() / df["Amount"].sum()
                )
            ),
            _share(
                lambda df: float(
                    _cf_gross(df).loc[_text(_cf_gross(df), "Contributor Type") == "Individual", "Amount"].sum()
                    / _cf_gross(df)["Amount"].sum()
                )
            ),
        ),
        ("Contributor Type", "Amount"),
    ),
    Q(
        "who's the biggest individual donor",
        _lead(either(_cf_named(("Individual",)), _cf_named(("Individual", "Self")))),
        ("Contributor Name", "Contributor Type", "Amount"),
    ),
    Q(
        "how many in-kind contributions are there and what are they worth",
        both_(
            _count(lambda df: int((_text(df, "In-Kind") == "Y").sum())),
            either(
                _amount(lambda df: float(df.loc[_text(df, "In-Kind") == "Y", "Amount"].sum())),
                _amount(lambda df: float(_cf_gross(df).loc[_text(_cf_gross(df), "In-Kind") == "Y", "Amount"].sum())),
            ),
        ),
        ("In-Kind", "Amount"),
    ),
    Q(
        "do democrats or republicans get bigger donations on average",
        either(_about(_cf_party_means), _about(lambda df: _cf_party_means(_cf_gross(df)))),
        ("Party", "Amount"),
    ),
]


HELDOUT254: list[Dataset] = [
    Dataset("personal_capital_transactions", _pc_frame, _PC_QS),
    Dataset("cameo_order_history", _cameo_frame, _CM_QS),
    Dataset("tunecore_sales_report", _tunecore_frame, _TC_QS),
    Dataset("wanikani_review_stats", _wanikani_frame, _WK_QS),
    Dataset("snow_emergency_tow_log", _snow_frame, _SN_QS),
    Dataset("cooling_center_visits", _cooling_frame, _CC_QS),
    Dataset("campaign_finance_contributions", _campaign_frame, _CF_QS),
]
