"""HELDOUT260: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Sezzle payment history export
(one row per scheduled payment, 2022 to January 2025, four per order) with "Payment Date" as "Mar 14, 2024", Merchant
("Target", "Nike", "Ulta Beauty", ...), "Order ID" as "SZ-48213977" (repeated on the order's four rows), Payment as "2
of 4", Amount and Fees as "$24.99" (fees "$0.00" but for reschedule and failed-payment fees), "Payment Method" as "Visa
**** 4421" or "Bank Account ****0918", and Status (Paid, Rescheduled, Failed, Upcoming); a Fastic fasting history export
(one row per fast, 2023 to 2024) with "Start" and "End" as "2023-04-02 20:15", "Fasting Plan" ("16:8", "18:6", "14:10",
"20:4", "OMAD"), "Goal (h)", "Duration (h)" (two decimals), Status ("Completed", "Ended early"), Mood ("Great", "Good",
"Okay", "Tired", "Hungry", blank) and "Weight (kg)" (blank unless logged); a Simkl watch history export (one row per
watched movie or episode, plus unwatched plan-to-watch rows) with SIMKL_ID, Title, Type (movie, show, anime), Year
(release year), Season and Episode (blank for movies), "Watched At" as "2023-05-12T21:14:00Z" (blank for plan to watch),
Rating (1-10, blank when unrated, repeated on every row of a title), Status (completed, watching, dropped, plan to
watch) and IMDB ("tt1234567", blank for anime); a Battle.net purchase history export (one row per transaction, 2019 to
2024) with Date as "03/14/2024", "Order Number" ("BN-4829103384"), Product ("Overwatch 2 - 2200 Coins", "Diablo IV -
Ultimate Edition", "WoW Token", ...), Game, Amount (plain number), Currency (USD, a few EUR while the buyer lived
abroad), "Payment Method" (Visa, Mastercard, PayPal, "Battle.net Balance"), Status (Completed, Refunded, Pending,
Failed), Gift (Yes/No) and "Refund Amount" (blank unless refunded); a city's museum daily attendance open-data file (one
row per museum per open day, 2023 and 2024, closed Mondays) with Date as "01/05/2023", Museum (five city museums),
"General Admission", Members, "School Groups", "Free Day" (Y/N, the first Sunday of the month, when general admission is
free), "Special Exhibition Tickets" (0 when no exhibition runs), "Total Visitors" (the sum of the three visitor columns;
blank on a few days the counter failed) and Revenue as "$12,345.00"; a city ethics commission's complaint log (one row
per complaint, 2017 to 2024) with "Complaint No." as "EC-2019-0123", "Date Filed" as "2019-03-14", "Respondent
Department" (upper case: "POLICE", "BUILDING & SAFETY", ...), "Allegation Type" ("Conflict of Interest", "Gifts",
"Misuse of City Resources", "Campaign Finance", "Lobbying", "Revolving Door"), Status (Open, Under Investigation,
Closed), Disposition (Dismissed, "Dismissed - No Jurisdiction", Sustained, Settled, Withdrawn, blank while open), "Fine
Amount" as "$1,500.00" (blank without a fine) and "Date Closed" (blank while open); and the National Bridge Inventory
delimited file for one state (Ohio, one row per bridge) with its FHWA item columns STATE_CODE_001 (39),
STRUCTURE_NUMBER_008, COUNTY_CODE_003 (FIPS county number), FACILITY_CARRIED_007 (quoted like "'SR 32'"), OWNER_022 (1
state, 2 county, 3 town, 4 city, 26 private, 27 railroad), YEAR_BUILT_027, ADT_029, YEAR_ADT_030, DECK_COND_058,
SUPERSTRUCTURE_COND_059, SUBSTRUCTURE_COND_060 (0-9, "N" for culverts), CULVERT_COND_062 (0-9 for culverts, "N"
otherwise), STRUCTURE_KIND_043A (material code 1-9), STRUCTURE_TYPE_043B (design code, 19 for culverts) and
STRUCTURALLY_DEFICIENT (Y/N, any of the four ratings at 4 or below). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .heldout258 import _month
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _both_labels(*values: Callable[[pd.DataFrame], str]) -> Callable[[pd.DataFrame], list[str]]:
    return lambda df: [str(v(df)) for v in values]


# --- 1. Sezzle payment history -------------------------------------------------------------------------------------

_SZ_MERCHANTS = {
    "Target": (8, 60, 180),
    "Nike": (6, 90, 220),
    "Ulta Beauty": (6, 40, 140),
    "Fashion Nova": (7, 45, 150),
    "Best Buy": (4, 150, 600),
    "Steve Madden": (3, 70, 180),
    "Wayfair": (3, 120, 450),
    "Sephora": (4, 50, 160),
    "GameStop": (3, 60, 300),
}
_SZ_METHODS = ["Visa **** 4421", "Mastercard **** 7730", "Bank Account ****0918", "Visa Debit **** 1265"]


def _sezzle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26001)
    rows: list[dict[str, Any]] = []
    names = list(_SZ_MERCHANTS)
    used: set[int] = set()
    for _ in range(260):
        merchant = _one(rng, names, [_SZ_MERCHANTS[m][0] for m in names])
        _, lo, hi = _SZ_MERCHANTS[merchant]
        total = round(float(rng.uniform(lo, hi)), 2)
        day = pd.Timestamp("2022-02-01") + pd.Timedelta(days=int(rng.integers(0, 1050)))
        oid = int(rng.integers(40_000_000, 49_999_999))
        while oid in used:
            oid += 1
        used.add(oid)
        method = _one(rng, _SZ_METHODS, [5, 2, 3, 2])
        part = round(total / 4, 2)
        parts = [part, part, part, round(total - 3 * part, 2)]
        for k in range(4):
            due = day + pd.Timedelta(days=14 * k)
            if due > pd.Timestamp("2025-01-10"):
                status, fee = "Upcoming", 0.0
            else:
                r = rng.random()
                if k > 0 and r < 0.06:
                    status, fee = "Failed", 10.0
                elif k > 0 and r < 0.14:
                    status, fee = "Rescheduled", 5.0
                else:
                    status, fee = "Paid", 0.0
            rows.append(
                {
                    "Payment Date": f"{due:%b} {due.day}, {due.year}",
                    "Merchant": merchant,
                    "Order ID": f"SZ-{oid}",
                    "Payment": f"{k + 1} of 4",
                    "Amount": _money(parts[k]),
                    "Fees": _money(fee),
                    "Payment Method": method,
                    "Status": status,
                }
            )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Payment Date"], format="%b %d, %Y").argsort(kind="stable")
    return df.iloc[order[::-1]].reset_index(drop=True)


def _sz_paid(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") == "Paid"]


def _sz_top_merchant(paid_only: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = _sz_paid(df) if paid_only else df
        return _top(_num(d, "Amount").groupby(_text(d, "Merchant")).sum())

    return top


def _sz_failed_method(df: pd.DataFrame) -> str:
    d = df[_text(df, "Status") == "Failed"]
    return _top(_text(d, "Payment Method").value_counts())


_SZ_QS = [
    Q("how many orders have i made with sezzle", _count(lambda df: _text(df, "Order ID").nunique()), ("Order ID",)),
    Q(
        "how much have i actually paid so far",
        either(
            _amount(lambda df: float(_num(_sz_paid(df), "Amount").sum())),
            _amount(lambda df: float(_num(_sz_paid(df), "Amount").sum() + _num(df, "Fees").sum())),
        ),
        ("Amount", "Status", "Fees"),
    ),
    Q(
        "which store did i spend the most at",
        _lead(_named_any(_both_labels(_sz_top_merchant(True), _sz_top_merchant(False)))),
        ("Merchant", "Amount", "Status"),
    ),
    Q("how much have i paid in fees altogether", _amount(lambda df: float(_num(df, "Fees").sum())), ("Fees",)),
    Q(
        "what percent of my payments failed",
        either(
            _share(lambda df: float((_text(df, "Status") == "Failed").mean())),
            _share(
                lambda df: float((_text(df, "Status") == "Failed").sum() / (_text(df, "Status") != "Upcoming").sum())
            ),
        ),
        ("Status",),
    ),
    Q(
        "which card or account had the most failed ones",
        _lead(_named(_sz_failed_method)),
        ("Payment Method", "Status"),
    ),
]


# --- 2. Fastic fasting history -------------------------------------------------------------------------------------

_FA_PLANS = {"16:8": 16, "18:6": 18, "14:10": 14, "20:4": 20, "OMAD": 23}


def _fastic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26002)
    rows: list[dict[str, Any]] = []
    weight = 88.0
    day = pd.Timestamp("2023-01-03")
    while day < pd.Timestamp("2024-12-31"):
        plan = _one(rng, list(_FA_PLANS), [10, 5, 3, 1.5, 0.8])
        goal = _FA_PLANS[plan]
        start = day + pd.Timedelta(
            hours=int(_one(rng, [18, 19, 20, 21, 22], [1, 3, 4, 3, 1])), minutes=int(rng.integers(0, 60))
        )
        early_p = {16: 0.12, 18: 0.25, 14: 0.06, 20: 0.35, 23: 0.45}[goal]
        early = rng.random() < early_p
        hours = goal * float(rng.uniform(0.55, 0.97)) if early else goal + float(rng.exponential(0.6))
        end = start + pd.Timedelta(minutes=round(hours * 60))
        weight = weight - float(rng.normal(0.03, 0.25))
        logged = rng.random() < 0.22
        rows.append(
            {
                "Start": f"{start:%Y-%m-%d %H:%M}",
                "End": f"{end:%Y-%m-%d %H:%M}",
                "Fasting Plan": plan,
                "Goal (h)": goal,
                "Duration (h)": round((end - start).total_seconds() / 3600, 2),
                "Status": "Ended early" if early else "Completed",
                "Mood": _one(rng, ["Great", "Good", "Okay", "Tired", "Hungry", ""], [3, 5, 4, 2, 2, 4]),
                "Weight (kg)": round(weight, 1) if logged else np.nan,
            }
        )
        day = day + pd.Timedelta(days=int(_one(rng, [1, 2, 3, 5], [6, 3, 1, 0.4])))
    return pd.DataFrame(rows)


def _fa_start(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Start"), format="%Y-%m-%d %H:%M")


def _fa_top_month(df: pd.DataFrame) -> pd.Timestamp:
    month = _fa_start(df).dt.to_period("M")
    return _num(df, "Duration (h)").groupby(month).sum().sort_index().idxmax().to_timestamp()


def _fa_weights(df: pd.DataFrame) -> pd.Series:
    w = _num(df, "Weight (kg)")
    return w[w.notna()].iloc[_fa_start(df)[w.notna()].argsort(kind="stable")]


_FA_QS = [
    Q(
        "how many fasts did i actually finish",
        _count(lambda df: int((_text(df, "Status") == "Completed").sum())),
        ("Status",),
    ),
    Q(
        "how long is my typical fast",
        _typical(lambda df: _num(df, "Duration (h)")),
        ("Duration (h)",),
    ),
    Q(
        "what plan do i use the most",
        _lead(_named(lambda df: _top(_text(df, "Fasting Plan").value_counts()))),
        ("Fasting Plan",),
    ),
    Q(
        "how often do i end early when i do 18:6",
        _share(lambda df: float((_text(df[_text(df, "Fasting Plan") == "18:6"], "Status") == "Ended early").mean())),
        ("Fasting Plan", "Status"),
    ),
    Q(
        "which month did i fast the most hours",
        _lead(_month_year(_fa_top_month)),
        ("Start", "Duration (h)"),
    ),
    Q(
        "how much did my weight change from the first weigh in to the last",
        _about(lambda df: abs(float(_fa_weights(df).iloc[-1] - _fa_weights(df).iloc[0])), rel=0.01),
        ("Weight (kg)", "Start"),
    ),
]


# --- 3. Simkl watch history ----------------------------------------------------------------------------------------

_SK_SHOWS = [
    ("Breaking Bad", 2008, 5, 8),
    ("The Office", 2005, 9, 10),
    ("Stranger Things", 2016, 4, 8),
    ("Severance", 2022, 1, 9),
    ("The Bear", 2022, 2, 10),
    ("Succession", 2018, 4, 10),
    ("Ted Lasso", 2020, 3, 11),
    ("Dark", 2017, 3, 9),
    ("The Last of Us", 2023, 1, 9),
    ("Only Murders in the Building", 2021, 3, 10),
]
_SK_ANIME = [
    ("Attack on Titan", 2013, 4, 16),
    ("Jujutsu Kaisen", 2020, 2, 12),
    ("Frieren: Beyond Journey's End", 2023, 1, 28),
    ("Spy x Family", 2022, 2, 12),
    ("Demon Slayer", 2019, 3, 11),
    ("Chainsaw Man", 2022, 1, 12),
    ("Vinland Saga", 2019, 2, 24),
]
_SK_MOVIES = [
    ("Oppenheimer", 2023),
    ("Barbie", 2023),
    ("Dune: Part Two", 2024),
    ("Past Lives", 2023),
    ("Everything Everywhere All at Once", 2022),
    ("The Batman", 2022),
    ("Top Gun: Maverick", 2022),
    ("Poor Things", 2023),
    ("Spirited Away", 2001),
    ("Parasite", 2019),
    ("Inception", 2010),
    ("The Holdovers", 2023),
    ("Killers of the Flower Moon", 2023),
    ("Interstellar", 2014),
    ("Arrival", 2016),
    ("Whiplash", 2014),
    ("Your Name.", 2016),
    ("Godzilla Minus One", 2023),
    ("Anatomy of a Fall", 2023),
    ("The Zone of Interest", 2023),
    ("Knives Out", 2019),
    ("Get Out", 2017),
    ("Mad Max: Fury Road", 2015),
    ("Her", 2013),
    ("La La Land", 2016),
    ("Civil War", 2024),
    ("Challengers", 2024),
    ("Inside Out 2", 2024),
    ("Furiosa", 2024),
    ("The Fall Guy", 2024),
    ("Suzume", 2022),
    ("Prisoners", 2013),
    ("Drive", 2011),
    ("Nope", 2022),
    ("Tar", 2022),
    ("Aftersun", 2022),
    ("The Menu", 2022),
    ("Glass Onion", 2022),
    ("Blade Runner 2049", 2017),
    ("Perfect Days", 2023),
]


def _simkl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26003)
    rows: list[dict[str, Any]] = []
    t0 = pd.Timestamp("2022-06-01")
    span = 900 * 24 * 60

    def when(year: int) -> str:
        lo = max(t0, pd.Timestamp(year, 3, 1))
        t = lo + pd.Timedelta(minutes=int(rng.integers(0, span - int((lo - t0).total_seconds() // 60))))
        return f"{t:%Y-%m-%dT%H:%M:00Z}"

    sid = 100000
    for title, year in _SK_MOVIES:
        sid += int(rng.integers(7, 900))
        plan = rng.random() < 0.2
        rating = np.nan if plan or rng.random() < 0.2 else int(np.clip(round(rng.normal(7.4, 1.4)), 1, 10))
        rows.append(
            {
                "SIMKL_ID": sid,
                "Title": title,
                "Type": "movie",
                "Year": year,
                "Season": np.nan,
                "Episode": np.nan,
                "Watched At": "" if plan else when(year),
                "Rating": rating,
                "Status": "plan to watch" if plan else "completed",
                "IMDB": f"tt{int(rng.integers(1_000_000, 9_999_999))}",
            }
        )
    for kind, shows in (("show", _SK_SHOWS), ("anime", _SK_ANIME)):
        for title, year, seasons, eps in shows:
            sid += int(rng.integers(7, 900))
            status = _one(rng, ["completed", "watching", "dropped", "plan to watch"], [4, 3, 2, 1])
            imdb = "" if kind == "anime" else f"tt{int(rng.integers(1_000_000, 9_999_999))}"
            rating = (
                np.nan
                if status == "plan to watch" or rng.random() < 0.2
                else int(np.clip(round(rng.normal(7.8, 1.3)), 1, 10))
            )
            all_eps = [(s, e) for s in range(1, seasons + 1) for e in range(1, eps + 1)]
            if status == "completed":
                seen = all_eps
            elif status == "watching":
                seen = all_eps[: max(1, int(len(all_eps) * rng.uniform(0.3, 0.8)))]
            elif status == "dropped":
                seen = all_eps[: max(1, int(len(all_eps) * rng.uniform(0.05, 0.3)))]
            else:
                seen = []
            base = t0 + pd.Timedelta(minutes=int(rng.integers(0, span - 200 * 24 * 60)))
            t = base
            for s, e in seen:
                t = t + pd.Timedelta(hours=float(rng.exponential(60)))
                rows.append(
                    {
                        "SIMKL_ID": sid,
                        "Title": title,
                        "Type": kind,
                        "Year": year,
                        "Season": s,
                        "Episode": e,
                        "Watched At": f"{t:%Y-%m-%dT%H:%M:00Z}",
                        "Rating": rating,
                        "Status": status,
                        "IMDB": imdb,
                    }
                )
            if not seen:
                rows.append(
                    {
                        "SIMKL_ID": sid,
                        "Title": title,
                        "Type": kind,
                        "Year": year,
                        "Season": np.nan,
                        "Episode": np.nan,
                        "Watched At": "",
                        "Rating": rating,
                        "Status": status,
                        "IMDB": imdb,
                    }
                )
    df = pd.DataFrame(rows)
    df["Season"] = df["Season"].astype("Int64")
    df["Episode"] = df["Episode"].astype("Int64")
    df["Rating"] = df["Rating"].astype("Int64")
    return df


def _sk_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Watched At").replace("", None), format="%Y-%m-%dT%H:%M:%SZ", errors="coerce")


def _sk_watched(df: pd.DataFrame) -> pd.DataFrame:
    return df[_sk_when(df).notna()]


def _sk_top_show(kinds: tuple[str, ...]) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = _sk_watched(df)
        d = d[_text(d, "Type").isin(kinds)]
        return _top(_text(d, "Title").value_counts())

    return top


def _sk_anime_rating(per_title: bool) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        d = df[_text(df, "Type") == "anime"]
        if per_title:
            d = d.drop_duplicates("Title")
        return float(_num(d, "Rating").mean())

    return mean


def _sk_top_month(df: pd.DataFrame) -> pd.Timestamp:
    return _sk_when(df).dropna().dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


def _sk_dropped(kinds: tuple[str, ...]) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        d = df[(_text(df, "Status") == "dropped") & _text(df, "Type").isin(kinds)]
        return int(_text(d, "Title").nunique())

    return count


_SK_QS = [
    Q(
        "how many movies have i watched",
        _count(lambda df: int((_text(_sk_watched(df), "Type") == "movie").sum())),
        ("Type", "Watched At", "Status"),
    ),
    Q(
        "whats my average rating for movies",
        _about(lambda df: float(_num(df[_text(df, "Type") == "movie"], "Rating").mean())),
        ("Type", "Rating"),
    ),
    Q(
        "and for anime?",
        either(_about(_sk_anime_rating(True)), _about(_sk_anime_rating(False))),
        ("Type", "Rating", "Title"),
    ),
    Q(
        "which show have i watched the most episodes of",
        _lead(_named_any(_both_labels(_sk_top_show(("show",)), _sk_top_show(("show", "anime"))))),
        ("Title", "Type", "Episode", "Watched At"),
    ),
    Q(
        "how many shows did i drop",
        either(_count(_sk_dropped(("show",))), _count(_sk_dropped(("show", "anime")))),
        ("Status", "Type", "Title"),
    ),
    Q(
        "what month did i watch the most stuff",
        _lead(_month_year(_sk_top_month)),
        ("Watched At",),
    ),
]


# --- 4. Battle.net purchase history --------------------------------------------------------------------------------

# product: game, price in USD, weight
_BN_PRODUCTS: dict[str, tuple[str, float, float]] = {
    "Overwatch 2 - 1000 Coins": ("Overwatch 2", 9.99, 8),
    "Overwatch 2 - 2200 Coins": ("Overwatch 2", 19.99, 5),
    "Overwatch 2 Premium Battle Pass": ("Overwatch 2", 19.99, 4),
    "Diablo IV - Standard Edition": ("Diablo IV", 69.99, 1),
    "Diablo IV - Ultimate Edition": ("Diablo IV", 99.99, 0.8),
    "Diablo IV Season Pass": ("Diablo IV", 9.99, 3),
    "WoW Token": ("World of Warcraft", 20.00, 6),
    "World of Warcraft Game Time - 30 Days": ("World of Warcraft", 14.99, 10),
    "World of Warcraft: The War Within - Epic Edition": ("World of Warcraft", 89.99, 0.6),
    "Hearthstone - Expansion Bundle": ("Hearthstone", 49.99, 3),
    "Hearthstone - 20 Card Packs": ("Hearthstone", 19.99, 4),
    "Call of Duty: Modern Warfare III - Vault Edition": ("Call of Duty: Modern Warfare III", 99.99, 0.7),
    "Call of Duty Points - 2400": ("Call of Duty: Modern Warfare III", 19.99, 3),
    "StarCraft II: Campaign Collection": ("StarCraft II", 39.99, 0.5),
}


def _battlenet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26004)
    names = list(_BN_PRODUCTS)
    rows: list[dict[str, Any]] = []
    for _ in range(420):
        product = _one(rng, names, [_BN_PRODUCTS[p][2] for p in names])
        game, price, _ = _BN_PRODUCTS[product]
        day = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 6 * 365)))
        if game == "Overwatch 2" and day < pd.Timestamp("2022-10-04"):
            day = pd.Timestamp("2022-10-04") + pd.Timedelta(days=int(rng.integers(0, 800)))
        if game == "Diablo IV" and day < pd.Timestamp("2023-06-01"):
            day = pd.Timestamp("2023-06-01") + pd.Timedelta(days=int(rng.integers(0, 570)))
        abroad = pd.Timestamp("2020-09-01") <= day < pd.Timestamp("2021-08-01")
        currency = "EUR" if abroad else "USD"
        amount = round(price * 0.92, 2) if abroad else price
        status = _one(rng, ["Completed", "Refunded", "Pending", "Failed"], [88, 5, 2, 5])
        if day < pd.Timestamp("2024-12-20") and status == "Pending":
            status = "Completed"
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Order Number": f"BN-{int(rng.integers(1_000_000_000, 9_999_999_999))}",
                "Product": product,
                "Game": game,
                "Amount": amount,
                "Currency": currency,
                "Payment Method": _one(rng, ["Visa", "Mastercard", "PayPal", "Battle.net Balance"], [5, 2, 3, 2]),
                "Status": status,
                "Gift": "Yes" if rng.random() < 0.09 else "No",
                "Refund Amount": amount if status == "Refunded" else np.nan,
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order[::-1]].reset_index(drop=True)


def _bn_usd(df: pd.DataFrame, statuses: tuple[str, ...] | None) -> float:
    d = df[_text(df, "Currency") == "USD"]
    if statuses:
        d = d[_text(d, "Status").isin(statuses)]
    return float(_num(d, "Amount").sum())


def _bn_top_game(usd_only: bool, completed: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        d = df[_text(df, "Currency") == "USD"] if usd_only else df
        if completed:
            d = d[_text(d, "Status") == "Completed"]
        return _top(_num(d, "Amount").groupby(_text(d, "Game")).sum())

    return top


def _bn_year(by_spend: bool) -> Callable[[pd.DataFrame], int]:
    def top(df: pd.DataFrame) -> int:
        year = pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y").dt.year
        s = _num(df, "Amount").groupby(year).sum() if by_spend else year.value_counts()
        return int(s.sort_index().idxmax())

    return top


def _bn_wow_mean(usd_only: bool) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        d = df[_text(df, "Game") == "World of Warcraft"]
        if usd_only:
            d = d[_text(d, "Currency") == "USD"]
        return float(_num(d, "Amount").mean())

    return mean


_BN_QS = [
    Q(
        "how much have i spent on blizzard stuff in dollars",
        either(
            _amount(lambda df: _bn_usd(df, ("Completed",))),
            _amount(lambda df: _bn_usd(df, ("Completed", "Pending"))),
            _amount(lambda df: _bn_usd(df, ("Completed", "Refunded", "Pending"))),
            _amount(lambda df: _bn_usd(df, None)),
        ),
        ("Amount", "Currency", "Status"),
    ),
    Q(
        "what game have i spent the most money on",
        _lead(
            _named_any(
                _both_labels(
                    _bn_top_game(True, True),
                    _bn_top_game(False, True),
                    _bn_top_game(True, False),
                    _bn_top_game(False, False),
                )
            )
        ),
        ("Game", "Amount", "Currency", "Status"),
    ),
    Q("how many of my purchases were gifts", _count(lambda df: int((_text(df, "Gift") == "Yes").sum())), ("Gift",)),
    Q(
        "how much money got refunded",
        either(
            _amount(lambda df: float(_num(df, "Refund Amount").sum())),
            _amount(lambda df: float(_num(df[_text(df, "Currency") == "USD"], "Refund Amount").sum())),
        ),
        ("Refund Amount", "Status", "Currency"),
    ),
    Q(
        "which year did i buy the most",
        _lead(either(_year(_bn_year(False)), _year(_bn_year(True)))),
        ("Date", "Amount"),
    ),
    Q(
        "avg price of a wow purchase?",
        either(_about(_bn_wow_mean(True)), _about(_bn_wow_mean(False))),
        ("Game", "Amount", "Currency"),
    ),
]


# --- 5. City museum daily attendance -------------------------------------------------------------------------------

# museum: base visitors, price, member share, school weight, exhibition months
_MU_MUSEUMS: dict[str, tuple[float, float, float, float, tuple[int, ...]]] = {
    "City Art Museum": (620, 18.0, 0.22, 1.0, (3, 4, 5, 6, 10, 11, 12)),
    "Museum of Natural History": (780, 16.0, 0.18, 1.8, (6, 7, 8)),
    "History Center": (240, 12.0, 0.15, 1.4, (9, 10, 11)),
    "Children's Discovery Museum": (430, 14.0, 0.30, 1.2, ()),
    "Maritime Museum": (190, 10.0, 0.12, 0.7, (5, 6, 7, 8)),
}


def _museum_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26005)
    rows: list[dict[str, Any]] = []
    season = {1: 0.7, 2: 0.75, 3: 0.95, 4: 1.0, 5: 1.05, 6: 1.25, 7: 1.4, 8: 1.3, 9: 0.9, 10: 0.95, 11: 0.85, 12: 1.0}
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        if day.day_of_week == 0 or (day.month == 12 and day.day == 25) or (day.month == 1 and day.day == 1):
            continue
        free = day.day_of_week == 6 and day.day <= 7
        weekend = day.day_of_week >= 5
        for museum, (base, price, member, school_w, ex_months) in _MU_MUSEUMS.items():
            mean = base * season[day.month] * (1.45 if weekend else 1.0) * (1.9 if free else 1.0)
            visitors = int(rng.poisson(mean))
            members = int(rng.binomial(visitors, member))
            general = visitors - members
            school = 0
            if not weekend and day.month not in (7, 8) and rng.random() < 0.5:
                school = int(rng.poisson(45 * school_w))
            exhibit = int(rng.binomial(general + members, 0.28)) if day.month in ex_months and day.year == 2024 else 0
            if day.month in ex_months and day.year == 2023 and museum != "Maritime Museum":
                exhibit = int(rng.binomial(general + members, 0.2))
            revenue = (0.0 if free else general * price + school * 5) + exhibit * 12 + float(rng.uniform(0, 400))
            total: float = general + members + school
            if rng.random() < 0.006:
                total = np.nan
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Museum": museum,
                    "General Admission": general,
                    "Members": members,
                    "School Groups": school,
                    "Free Day": "Y" if free else "N",
                    "Special Exhibition Tickets": exhibit,
                    "Total Visitors": total,
                    "Revenue": _money(revenue),
                }
            )
    df = pd.DataFrame(rows)
    df["Total Visitors"] = df["Total Visitors"].astype("Int64")
    return df


def _mu_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y").dt.year


def _mu_mean_by_free(flag: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df[_text(df, "Free Day") == flag], "Total Visitors").mean())


def _mu_top_month(df: pd.DataFrame) -> int:
    month = pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y").dt.month
    return int(_num(df, "Total Visitors").groupby(month).sum().sort_index().idxmax())


def _mu_top_month_year(df: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(_text(df, "Date"), format="%m/%d/%Y").dt.to_period("M")
    return _num(df, "Total Visitors").groupby(month).sum().sort_index().idxmax().to_timestamp()


_MU_QS = [
    Q(
        "how many visitors did the museums get in 2024",
        _amount(lambda df: float(_num(df[_mu_year(df) == 2024], "Total Visitors").sum())),
        ("Total Visitors", "Date"),
    ),
    Q(
        "which museum is the busiest on a normal day",
        _lead(
            _named_any(
                _both_labels(
                    lambda df: _top(_num(df, "Total Visitors").groupby(_text(df, "Museum")).mean()),
                    lambda df: _top(_num(df, "Total Visitors").groupby(_text(df, "Museum")).median()),
                )
            )
        ),
        ("Museum", "Total Visitors"),
    ),
    Q(
        "how many school kids came in total",
        _amount(lambda df: float(_num(df, "School Groups").sum())),
        ("School Groups",),
    ),
    Q(
        "do free days actually bring in more people? avg on free days vs regular days",
        _about(lambda df: [_mu_mean_by_free("Y")(df), _mu_mean_by_free("N")(df)]),
        ("Free Day", "Total Visitors"),
    ),
    Q(
        "what month is the busiest",
        _lead(either(_month(_mu_top_month), _month_year(_mu_top_month_year))),
        ("Date", "Total Visitors"),
    ),
    Q(
        "are special exhibition tickets related to revenue",
        _corr(lambda df: _num(df, "Special Exhibition Tickets"), lambda df: _num(df, "Revenue")),
        ("Special Exhibition Tickets", "Revenue"),
    ),
]


# --- 6. Ethics commission complaint log ----------------------------------------------------------------------------

_EC_DEPTS = {
    "POLICE": 9,
    "BUILDING & SAFETY": 7,
    "CITY COUNCIL": 6,
    "PUBLIC WORKS": 5,
    "PLANNING": 5,
    "PARKS & RECREATION": 3,
    "FIRE": 2,
    "HOUSING AUTHORITY": 3,
    "MAYOR'S OFFICE": 2,
    "TRANSPORTATION": 3,
}
_EC_TYPES = {
    "Conflict of Interest": 8,
    "Gifts": 5,
    "Misuse of City Resources": 7,
    "Campaign Finance": 4,
    "Lobbying": 2,
    "Revolving Door": 1.5,
}


def _ethics_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26006)
    rows: list[dict[str, Any]] = []
    year_w = {2017: 55, 2018: 62, 2019: 70, 2020: 48, 2021: 66, 2022: 84, 2023: 91, 2024: 77}
    for year, n in year_w.items():
        n = int(rng.poisson(n))
        days = np.sort(rng.integers(0, 365, size=n))
        for k, d in enumerate(days):
            filed = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(d))
            dept = _one(rng, list(_EC_DEPTS), list(_EC_DEPTS.values()))
            kind = _one(rng, list(_EC_TYPES), list(_EC_TYPES.values()))
            took = int(rng.gamma(1.6, 130)) + 5
            closed = filed + pd.Timedelta(days=took)
            if closed > pd.Timestamp("2024-12-31"):
                status = _one(rng, ["Open", "Under Investigation"], [1, 2])
                disposition, fine, closed_s = "", np.nan, ""
            else:
                status = "Closed"
                disposition = _one(
                    rng,
                    ["Dismissed", "Dismissed - No Jurisdiction", "Sustained", "Settled", "Withdrawn"],
                    [10, 4, 3, 3, 1.5],
                )
                fine = np.nan
                if disposition in ("Sustained", "Settled") and rng.random() < 0.8:
                    fine = float(_one(rng, [250, 500, 1000, 1500, 2500, 5000, 10000], [2, 4, 4, 3, 2, 1, 0.4]))
                closed_s = f"{closed:%Y-%m-%d}"
            rows.append(
                {
                    "Complaint No.": f"EC-{year}-{k + 1:04d}",
                    "Date Filed": f"{filed:%Y-%m-%d}",
                    "Respondent Department": dept,
                    "Allegation Type": kind,
                    "Status": status,
                    "Disposition": disposition,
                    "Fine Amount": "" if np.isnan(fine) else _money(fine),
                    "Date Closed": closed_s,
                }
            )
    return pd.DataFrame(rows)


def _ec_days(df: pd.DataFrame) -> pd.Series:
    filed = pd.to_datetime(_text(df, "Date Filed"), format="%Y-%m-%d")
    closed = pd.to_datetime(_text(df, "Date Closed").replace("", None), format="%Y-%m-%d", errors="coerce")
    return (closed - filed).dt.days.dropna()


def _ec_sustained(df: pd.DataFrame) -> float:
    d = df[_text(df, "Status") == "Closed"]
    return float((_text(d, "Disposition") == "Sustained").mean())


_EC_QS = [
    Q(
        "how many complaints are still open",
        either(
            _count(lambda df: int((_text(df, "Status") != "Closed").sum())),
            _count(lambda df: int((_text(df, "Status") == "Open").sum())),
        ),
        ("Status", "Complaint No."),
    ),
    Q(
        "which department gets complained about the most",
        _lead(_named(lambda df: _top(_text(df, "Respondent Department").value_counts()))),
        ("Respondent Department",),
    ),
    Q("how much in fines total", _amount(lambda df: float(_num(df, "Fine Amount").sum())), ("Fine Amount",)),
    Q(
        "out of the closed cases what fraction were sustained",
        _share(_ec_sustained),
        ("Status", "Disposition"),
    ),
    Q(
        "how long does it usually take to close one, in days",
        _typical(_ec_days),
        ("Date Filed", "Date Closed", "Status"),
    ),
    Q(
        "which year had the most complaints filed",
        _lead(
            _year(lambda df: int(pd.to_datetime(_text(df, "Date Filed")).dt.year.value_counts().sort_index().idxmax()))
        ),
        ("Date Filed",),
    ),
]


# --- 7. National Bridge Inventory, one state -----------------------------------------------------------------------

_NB_COUNTIES = [1, 3, 5, 7, 9, 17, 23, 35, 41, 45, 49, 57, 61, 85, 93, 99, 113, 133, 151, 153, 165, 169]
_NB_ROUTES = ["SR 32", "US 23", "IR 71", "SR 4", "CR 12", "TR 145", "SR 125", "US 42", "MAIN ST", "CR 30", "SR 7"]


def _nbi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(26007)
    rows: list[dict[str, Any]] = []
    county_w = rng.uniform(0.4, 3.0, size=len(_NB_COUNTIES))
    for i in range(2400):
        county = int(_one(rng, _NB_COUNTIES, county_w))
        owner = int(_one(rng, [1, 2, 3, 4, 26, 27], [40, 38, 8, 10, 2, 1.5]))
        built = int(np.clip(round(rng.normal(1972, 20)), 1900, 2023))
        if rng.random() < 0.04:
            built = int(rng.integers(1880, 1930))
        culvert = rng.random() < 0.2
        kind = int(_one(rng, [1, 2, 3, 4, 5, 6, 7, 8], [18, 8, 22, 10, 28, 8, 4, 2]))
        design = 19 if culvert else int(_one(rng, [1, 2, 4, 5, 10, 11], [12, 55, 4, 15, 8, 6]))
        if culvert:
            kind = int(_one(rng, [1, 3, 8], [7, 3, 0.5]))
        age = 2024 - built
        base = 8.8 - age / 19 + float(rng.normal(0, 0.8))
        rating = [int(np.clip(round(base + rng.normal(0, 0.6)), 2, 9)) for _ in range(3)]
        adt = int(rng.lognormal(7.2 if owner == 1 else 5.6, 1.1))
        adt_year = int(_one(rng, [2019, 2020, 2021, 2022, 2023], [1, 2, 3, 4, 6]))
        if culvert:
            deck = sup = sub = "N"
            culv = str(rating[0])
            sd = rating[0] <= 4
        else:
            deck, sup, sub = (str(r) for r in rating)
            culv = "N"
            sd = min(rating) <= 4
        rows.append(
            {
                "STATE_CODE_001": 39,
                "STRUCTURE_NUMBER_008": f"{county:03d}{int(rng.integers(0, 9999)):04d}{i % 10}",
                "COUNTY_CODE_003": county,
                "FACILITY_CARRIED_007": f"'{_one(rng, _NB_ROUTES)}'",
                "OWNER_022": owner,
                "YEAR_BUILT_027": built,
                "ADT_029": adt,
                "YEAR_ADT_030": adt_year,
                "DECK_COND_058": deck,
                "SUPERSTRUCTURE_COND_059": sup,
                "SUBSTRUCTURE_COND_060": sub,
                "CULVERT_COND_062": culv,
                "STRUCTURE_KIND_043A": kind,
                "STRUCTURE_TYPE_043B": f"{design:02d}",
                "STRUCTURALLY_DEFICIENT": "Y" if sd else "N",
            }
        )
    return pd.DataFrame(rows)


def _nb_sd(df: pd.DataFrame) -> pd.Series:
    return _text(df, "STRUCTURALLY_DEFICIENT") == "Y"


def _nb_deck(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "DECK_COND_058"), errors="coerce")


_NB_QS = [
    Q("how many bridges are in this file", _count(lambda df: len(df)), None),
    Q(
        "what percent of them are structurally deficient",
        _share(lambda df: float(_nb_sd(df).mean())),
        ("STRUCTURALLY_DEFICIENT",),
    ),
    Q(
        "which county has the most deficient bridges",
        _lead(_named(lambda df: _top(_text(df[_nb_sd(df)], "COUNTY_CODE_003").value_counts()))),
        ("COUNTY_CODE_003", "STRUCTURALLY_DEFICIENT"),
    ),
    Q(
        "do the deficient ones carry less traffic? avg daily traffic deficient vs not",
        _about(
            lambda df: [float(_num(df[_nb_sd(df)], "ADT_029").mean()), float(_num(df[~_nb_sd(df)], "ADT_029").mean())]
        ),
        ("ADT_029", "STRUCTURALLY_DEFICIENT"),
    ),
    Q(
        "how many bridges have a deck rated 4 or worse",
        _count(lambda df: int((_nb_deck(df) <= 4).sum())),
        ("DECK_COND_058",),
    ),
    Q(
        "is the year a bridge was built correlated with its deck condition",
        _corr(lambda df: _num(df, "YEAR_BUILT_027").where(_nb_deck(df).notna()), _nb_deck),
        ("YEAR_BUILT_027", "DECK_COND_058"),
    ),
]


HELDOUT260: list[Dataset] = [
    Dataset("sezzle_payment_history", _sezzle_frame, _SZ_QS),
    Dataset("fastic_fasting_history", _fastic_frame, _FA_QS),
    Dataset("simkl_watch_history", _simkl_frame, _SK_QS),
    Dataset("battlenet_purchase_history", _battlenet_frame, _BN_QS),
    Dataset("city_museum_daily_attendance", _museum_frame, _MU_QS),
    Dataset("ethics_commission_complaints", _ethics_frame, _EC_QS),
    Dataset("nbi_state_bridge_inventory", _nbi_frame, _NB_QS),
]
