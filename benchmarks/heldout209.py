"""HELDOUT209: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public downloads: a TV Time GDPR export's episode tracking file (one row
per episode marked watched, newest first) with tv_show_name, episode_season_number, episode_number, episode_name
(a title, or "Episode 7" where TV Time has none), created_at ("2021-03-04 21:33:10"), episode_runtime (minutes,
blank for a few episodes) and is_rewatch (0 / 1; a rewatch repeats an episode already in the file); a Depop
seller's sales export from a UK shop with "Date of sale" (day first, "04/03/2023"), Description, Brand (blank for
unbranded items), Size ("UK 10", "M", "One size"), Category, "Item price", "Shipping price", "Depop fee" (10% of
item and shipping), "Payment fee" (2.9% + 0.30), "Payment type" ("Depop Payments" / "PayPal"), Total (what the
seller received), Buyer (a username), Country and "Refund status" (blank, "Refunded" or "Partially refunded"), the
money columns written "£12.00"; a Ko-fi transactions export with "DateTime (UTC)" ("2023-03-04 21:33:10"), From
(supporter name, "Someone" when anonymous, regulars repeating), Message (mostly blank), Item (shop item or
commission name, blank for donations), Received (USD amounts), Currency ("USD"), TransactionType ("Donation",
"Monthly Donation", "Shop Order", "Commission"), TransactionId (a uuid) and Reference (blank except shop orders);
an Enphase Enlighten daily energy export for a home system with "Date/Time" ("09/01/2020"), "Energy Produced
(Wh)", "Energy Consumed (Wh)", "Exported to Grid (Wh)" and "Imported from Grid (Wh)" (all three blank before the
consumption meter was fitted in May 2021; consumed = produced - exported + imported), a few zero-production outage
days; the Washington DC 311 City Service Requests file for 2023 with OBJECTID, SERVICECODE ("S0276"),
SERVICECODEDESCRIPTION, SERVICETYPECODEDESCRIPTION, ORGANIZATIONACRONYM ("DPW", "DDOT", "DOH", "DMV"), ADDDATE,
RESOLUTIONDATE (blank while open) and SERVICEDUEDATE ("2023/04/12 14:22:31+00"), SERVICEORDERSTATUS ("Closed",
"Open", "In-Progress", "Closed (Duplicate)"), PRIORITY ("Standard", "Emergency", "Low"), STREETADDRESS (upper
case), WARD (1-8, blank for a few, so written "3.0") and SERVICEREQUESTID ("23-00123456"); the CFTC Commitments of
Traders legacy futures-only annual file for 2023 (eight markets, weekly Tuesdays, sorted by market then newest
date) with Market_and_Exchange_Names ("CRUDE OIL, LIGHT SWEET - NEW YORK MERCANTILE EXCHANGE"),
As_of_Date_In_Form_YYMMDD (230103), Report_Date_as_MM_DD_YYYY (written "2023-01-03" despite its name),
CFTC_Contract_Market_Code ("067651"), Open_Interest_All, NonComm_Positions_Long_All, NonComm_Positions_Short_All,
NonComm_Postions_Spread_All (the file's own misspelling), Comm_Positions_Long_All, Comm_Positions_Short_All,
NonRept_Positions_Long_All and NonRept_Positions_Short_All (longs and shorts each sum to open interest); and a
BIXI Montréal 2019 trip file with start_date ("2019-06-14 17:32"), start_station_code, end_date, end_station_code,
duration_sec, is_member (0 / 1) and the station file's names joined in as start_station_name / end_station_name
(accented French names, blank for a retired station code). All are generated with fixed seeds 20901-20907.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _split, _text
from .heldout173 import _money, _num, _top
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _any_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    return either(*(_about(v, rel=rel) for v in values))


def _named_any(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_named(v) for v in values))


def _month(value: Callable[[pd.DataFrame], pd.Timestamp]) -> Check:
    """A month by its name (the table covers one year), or as a month of its year."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        if re.search(rf"\b(?:{_month_names(t.month)})\b", answer, re.IGNORECASE):
            return None
        return _month_year(lambda _d: t)(answer, df)

    return check


def _top_month(stamps: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    months = stamps.dt.to_period("M")
    totals = months.value_counts() if weights is None else weights.groupby(months).sum()
    return totals[totals == totals.max()].index.min().to_timestamp()


_WORDS = _split(
    "the;last;night;house;of;a;broken;return;pilot;secret;stranger;winter;game;truth;fire;road;home;end;new;blood;"
    "lost;friends;party;storm;escape;promise"
)


# --- 1. TV Time episode tracking export ----------------------------------------------------------------------------

# show: (seasons, episodes per season, runtime minutes, weight of how much of it gets watched)
_TV_SHOWS = {
    "The Office (US)": (9, 22, 22, 1.0),
    "Grey's Anatomy": (8, 24, 43, 0.8),
    "Brooklyn Nine-Nine": (8, 20, 22, 0.75),
    "Breaking Bad": (5, 13, 47, 0.6),
    "Stranger Things": (4, 8, 55, 0.5),
    "The Crown": (5, 10, 58, 0.4),
    "Friends": (10, 24, 22, 0.35),
    "Succession": (4, 10, 62, 0.3),
    "Ted Lasso": (3, 11, 35, 0.3),
    "The Mandalorian": (3, 8, 38, 0.25),
    "Dark": (3, 9, 55, 0.2),
    "Schitt's Creek": (6, 13, 22, 0.2),
}


def _tv_time_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20901)
    rows = []
    start, end = pd.Timestamp("2019-01-05"), pd.Timestamp("2023-12-20")
    span = (end - start).total_seconds()
    for show, (seasons, per, runtime, weight) in _TV_SHOWS.items():
        total = seasons * per
        watched = max(6, int(total * min(1.0, weight * float(rng.uniform(0.8, 1.1)))))
        t = start + pd.Timedelta(seconds=float(rng.uniform(0, span * 0.85)))
        titles_missing = rng.random() < 0.3
        for k in range(watched):
            season, ep = k // per + 1, k % per + 1
            t = t + pd.Timedelta(minutes=float(rng.exponential(60 * 24 * 2.2)) + runtime)
            if t > end:
                break
            if titles_missing and rng.random() < 0.6:
                title = f"Episode {ep}"
            else:
                title = " ".join(str(_one(rng, _WORDS)) for _ in range(int(rng.integers(1, 4)))).title()
            rt = "" if rng.random() < 0.03 else str(int(runtime + rng.integers(-3, 4)))
            rows.append((show, season, ep, title, t.floor("s"), rt, 0))
    first = list(rows)
    for r in first:
        if rng.random() < 0.05:
            later = r[4] + pd.Timedelta(days=float(rng.uniform(60, 500)))
            if later < end:
                rows.append((*r[:4], later.floor("s"), r[5], 1))
    df = pd.DataFrame(
        rows,
        columns=[
            "tv_show_name",
            "episode_season_number",
            "episode_number",
            "episode_name",
            "created_at",
            "episode_runtime",
            "is_rewatch",
        ],
    )
    df = df.sort_values("created_at", ascending=False, kind="stable").reset_index(drop=True)
    df["created_at"] = df["created_at"].dt.strftime("%Y-%m-%d %H:%M:%S")
    return df


def _tv_top(d: pd.DataFrame) -> str:
    return _top(_text(d["tv_show_name"]).value_counts())


def _tv_minutes(d: pd.DataFrame) -> float:
    return float(_n(d["episode_runtime"]).sum())


_TV_ID = ("tv_show_name", "created_at")
_TV_QS = [
    Q(
        "how many episodes have i watched",
        either(
            _count(lambda d: len(d)),
            _count(lambda d: int(_n(d["is_rewatch"]).eq(0).sum())),
        ),
        ("tv_show_name", "episode_season_number", "episode_number", "episode_name", "created_at", "is_rewatch"),
    ),
    Q(
        "which show have i watched the most",
        _lead(_named_any(_tv_top, lambda d: _top(_n(d["episode_runtime"]).groupby(_text(d["tv_show_name"])).sum()))),
        ("episode_runtime", "is_rewatch", "episode_number", *_TV_ID),
    ),
    Q(
        "how many seasons of it did i get through",
        _count(lambda d: int(_n(d["episode_season_number"])[_text(d["tv_show_name"]).eq(_tv_top(d))].nunique())),
        ("episode_season_number", "episode_number", "is_rewatch", *_TV_ID),
    ),
    Q(
        "how many hours have i spent watching tv altogether",
        _any_about(
            lambda d: _tv_minutes(d) / 60,
            lambda d: _tv_minutes(d),
            lambda d: float(_n(d["episode_runtime"])[_n(d["is_rewatch"]).eq(0)].sum()) / 60,
        ),
        ("episode_runtime", "is_rewatch", *_TV_ID),
    ),
    Q(
        "what month did i watch the most",
        _lead(_month_year(lambda d: _top_month(pd.to_datetime(_text(d["created_at"]), errors="coerce")))),
        _TV_ID,
    ),
    Q(
        "how many episodes were rewatches",
        _count(lambda d: int(_n(d["is_rewatch"]).eq(1).sum())),
        ("is_rewatch", *_TV_ID),
    ),
]


# --- 2. Depop seller sales export ----------------------------------------------------------------------------------

# category: (brands, sizes, price range, weight)
_DP_CATS = {
    "Tops": (["Brandy Melville", "Zara", "Urban Outfitters", "Nike", ""], ["XS", "S", "M", "L"], (6, 25), 30),
    "Jeans": (["Levi's", "Levi's", "Topshop", "Weekday", ""], ["UK 6", "UK 8", "UK 10", "UK 12", "W28"], (12, 45), 20),
    "Jackets & Coats": (["Carhartt", "The North Face", "Levi's", "Zara", "Nike"], ["S", "M", "L", "XL"], (20, 90), 12),
    "Dresses": (
        ["Zara", "Reformation", "Topshop", "House of CB", ""],
        ["UK 6", "UK 8", "UK 10", "UK 12"],
        (10, 60),
        14,
    ),
    "Sweatshirts & Hoodies": (
        ["Nike", "Carhartt", "Ralph Lauren", "Champion", ""],
        ["S", "M", "L", "XL"],
        (12, 40),
        15,
    ),
    "Accessories": (["", "", "Urban Outfitters", "Vivienne Westwood"], ["One size"], (4, 30), 9),
}
_DP_ITEMS = {
    "Tops": ["cami top", "baby tee", "corset top", "ribbed tank", "graphic tee"],
    "Jeans": ["baggy jeans", "mom jeans", "flared jeans", "low rise jeans", "501s"],
    "Jackets & Coats": ["denim jacket", "puffer jacket", "work jacket", "fleece", "windbreaker"],
    "Dresses": ["slip dress", "midi dress", "mini dress", "floral dress"],
    "Sweatshirts & Hoodies": ["vintage hoodie", "crewneck sweatshirt", "zip hoodie", "quarter zip"],
    "Accessories": ["silver necklace", "shoulder bag", "beanie", "belt", "hair clips set"],
}
_DP_COUNTRIES = {"United Kingdom": 84, "Ireland": 4, "United States": 4, "France": 3, "Germany": 3, "Australia": 2}


def _gbp(x: float) -> str:
    return f"£{x:.2f}"


def _depop_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20902)
    n = 760
    days = pd.Timestamp("2022-03-01") + pd.to_timedelta(np.sort(rng.integers(0, 700, n)), unit="D")
    buyers = [
        f"{_one(rng, _WORDS)}{_one(rng, ['x', '_', 'vintage', '.', ''])}{int(rng.integers(1, 999))}" for _ in range(520)
    ]
    rows = []
    cats = list(_DP_CATS)
    for day in days:
        cat = _one(rng, cats, [_DP_CATS[c][3] for c in cats])
        brands, sizes, (lo, hi), _w = _DP_CATS[cat]
        brand = _one(rng, brands)
        price = float(round(rng.uniform(lo, hi)))
        if brand in ("Carhartt", "The North Face", "Ralph Lauren", "Vivienne Westwood", "Reformation"):
            price = float(round(price * 1.5))
        ship = 0.0 if rng.random() < 0.08 else float(_one(rng, [2.99, 3.49, 3.99, 4.25, 5.5]))
        country = _one(rng, list(_DP_COUNTRIES), list(_DP_COUNTRIES.values()))
        if country != "United Kingdom":
            ship = float(_one(rng, [9.99, 12.5, 14.0]))
        depop_fee = round(0.1 * (price + ship), 2)
        pay_type = _one(
            rng, ["Depop Payments", "PayPal"], [75 if day.year >= 2023 else 45, 25 if day.year >= 2023 else 55]
        )
        pay_fee = round(0.029 * (price + ship) + 0.30, 2)
        total = round(price + ship - depop_fee - pay_fee, 2)
        r = rng.random()
        refund = "Refunded" if r < 0.035 else ("Partially refunded" if r < 0.05 else "")
        tag = _one(rng, ["", "y2k", "vintage", "size " + _one(rng, sizes)])
        desc = f"{brand + ' ' if brand else ''}{_one(rng, _DP_ITEMS[cat])} {tag}".strip()
        rows.append(
            {
                "Date of sale": day.strftime("%d/%m/%Y"),
                "Description": desc,
                "Brand": brand,
                "Size": _one(rng, sizes),
                "Category": cat,
                "Item price": _gbp(price),
                "Shipping price": _gbp(ship),
                "Depop fee": _gbp(depop_fee),
                "Payment fee": _gbp(pay_fee),
                "Payment type": pay_type,
                "Total": _gbp(total),
                "Buyer": _one(rng, buyers),
                "Country": country,
                "Refund status": refund,
            }
        )
    return pd.DataFrame(rows)


def _dp_kept(d: pd.DataFrame) -> pd.Series:
    return _text(d["Refund status"]).ne("Refunded")


def _dp_brands(d: pd.DataFrame, by: str | None) -> pd.Series:
    brand = _text(d["Brand"])
    keep = brand.ne("")
    if by is None:
        return brand[keep].value_counts()
    return _num(d[by])[keep].groupby(brand[keep]).sum()


_DP_ID = ("Date of sale", "Description")
_DEPOP_QS = [
    Q(
        "how many things have i sold",
        either(_count(lambda d: len(d)), _count(lambda d: int(_dp_kept(d).sum()))),
        ("Refund status", *_DP_ID),
    ),
    Q(
        "how much money have i actually taken home",
        either(
            _money(lambda d: float(_num(d["Total"]).sum())),
            _money(lambda d: float(_num(d["Total"])[_dp_kept(d)].sum())),
        ),
        ("Total", "Refund status", *_DP_ID),
    ),
    Q(
        "which brand sells best",
        _lead(_named_any(lambda d: _top(_dp_brands(d, None)), lambda d: _top(_dp_brands(d, "Total")))),
        ("Brand", "Total", "Item price", *_DP_ID),
    ),
    Q(
        "whats my average selling price",
        either(
            _money(lambda d: float(_num(d["Item price"]).mean())),
            _money(lambda d: float(_num(d["Item price"]).median())),
        ),
        ("Item price", *_DP_ID),
    ),
    Q(
        "how much have i paid depop in fees",
        either(
            _money(lambda d: float(_num(d["Depop fee"]).sum())),
            _money(lambda d: float(_num(d["Depop fee"]).sum() + _num(d["Payment fee"]).sum())),
        ),
        ("Depop fee", "Payment fee", *_DP_ID),
    ),
    Q(
        "what % of orders went abroad",
        _share(lambda d: float(_text(d["Country"]).ne("United Kingdom").mean())),
        ("Country", *_DP_ID),
    ),
]


# --- 3. Ko-fi transactions export ----------------------------------------------------------------------------------

_KF_NAMES = _split(
    "Maya;Jordan;Sam K;Alex;Priya;Tom;Lena;chris_draws;Nadia;Oliver;Hana;Ben;Zoe;Marcus;Ivy;Leo;Rosa;Kai;Elena;Dev"
)
_KF_ITEMS = ["Sticker Pack", "A5 Art Print", "Brush Set (Procreate)", "Zine Vol. 2", "Enamel Pin"]
_KF_COMMS = ["Headshot Commission", "Full Body Commission", "Pet Portrait"]


def _kofi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20903)
    rows = []
    start = pd.Timestamp("2022-01-01")
    monthly = {"Priya": 5.0, "chris_draws": 10.0, "Tom": 3.0, "Hana": 5.0}
    for m in range(30):
        month_start = start + pd.DateOffset(months=m)
        for name, amount in monthly.items():
            if name == "Tom" and m > 20:
                continue
            t = month_start + pd.Timedelta(days=int(rng.integers(0, 3)), seconds=int(rng.integers(0, 86400)))
            rows.append((t, name, "", "", amount, "Monthly Donation"))
        busy = 1.0 + (0.9 if month_start.month in (11, 12) else 0.0) + m / 40
        for _ in range(int(rng.poisson(18 * busy))):
            t = month_start + pd.Timedelta(seconds=int(rng.integers(0, 28 * 86400)))
            kind = _one(rng, ["Donation", "Shop Order", "Commission"], [70, 24, 6])
            who = "Someone" if rng.random() < 0.22 else _one(rng, _KF_NAMES, np.linspace(3, 1, len(_KF_NAMES)))
            if kind == "Donation":
                amount = float(3 * _one(rng, [1, 1, 1, 2, 3, 5, 10], [40, 15, 12, 14, 10, 6, 3]))
                item = ""
            elif kind == "Shop Order":
                item = _one(rng, _KF_ITEMS)
                amount = {"Sticker Pack": 6.0, "A5 Art Print": 12.0, "Brush Set (Procreate)": 8.0}.get(item, 15.0)
                amount *= int(_one(rng, [1, 1, 1, 2]))
            else:
                item = _one(rng, _KF_COMMS)
                amount = {"Headshot Commission": 35.0, "Full Body Commission": 90.0, "Pet Portrait": 55.0}[item]
                amount += float(rng.integers(0, 3)) * 10
            msg = ""
            if rng.random() < 0.3:
                msg = _one(rng, ["love your work!", "keep it up <3", "for the new comic", "thank you!!", "☕"])
            rows.append((t, who, msg, item, amount, kind))
    rows.sort(key=lambda r: r[0])
    out = []
    for i, (t, who, msg, item, amount, kind) in enumerate(rows):
        tid = "-".join(f"{int(rng.integers(0, 16**k)):0{k}x}" for k in (8, 4, 4, 4, 12))
        out.append(
            {
                "DateTime (UTC)": t.strftime("%Y-%m-%d %H:%M:%S"),
                "From": who,
                "Message": msg,
                "Item": item,
                "Received": f"{amount:.2f}",
                "Currency": "USD",
                "TransactionType": kind,
                "TransactionId": tid,
                "Reference": f"KO-{10400 + i}" if kind == "Shop Order" else "",
            }
        )
    return pd.DataFrame(out)


def _kf_by_person(d: pd.DataFrame, named_only: bool) -> pd.Series:
    who = _text(d["From"])
    keep = who.ne("Someone") if named_only else who.ne("")
    return _n(d["Received"])[keep].groupby(who[keep]).sum()


_KF_ID = ("DateTime (UTC)", "TransactionId")
_KOFI_QS = [
    Q("how much have i made on ko-fi overall", _money(lambda d: float(_n(d["Received"]).sum())), ("Received", *_KF_ID)),
    Q(
        "which kind of support brings in the most money",
        _lead(_named(lambda d: _top(_n(d["Received"]).groupby(_text(d["TransactionType"])).sum()))),
        ("TransactionType", "Received", *_KF_ID),
    ),
    Q(
        "what's the average one-off donation",
        either(
            _money(lambda d: float(_n(d["Received"])[_text(d["TransactionType"]).eq("Donation")].mean())),
            _money(lambda d: float(_n(d["Received"])[_text(d["TransactionType"]).eq("Donation")].median())),
        ),
        ("TransactionType", "Received", *_KF_ID),
    ),
    Q(
        "how many supporters stayed anonymous",
        _count(lambda d: int(_text(d["From"]).eq("Someone").sum())),
        ("From", *_KF_ID),
    ),
    Q(
        "who's my biggest supporter",
        _lead(
            _named_any(
                lambda d: _top(_kf_by_person(d, True)),
                lambda d: _top(_text(d["From"])[_text(d["From"]).ne("Someone")].value_counts()),
            )
        ),
        ("From", "Received", *_KF_ID),
    ),
    Q(
        "best month for income?",
        _lead(
            _month_year(
                lambda d: _top_month(pd.to_datetime(_text(d["DateTime (UTC)"]), errors="coerce"), _n(d["Received"]))
            )
        ),
        ("Received", *_KF_ID),
    ),
]


# --- 4. Enphase Enlighten daily energy export ----------------------------------------------------------------------

_EN_COLS = ["Energy Produced (Wh)", "Energy Consumed (Wh)", "Exported to Grid (Wh)", "Imported from Grid (Wh)"]


def _enphase_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20904)
    days = pd.date_range("2020-09-01", "2023-08-31", freq="D")
    meter = pd.Timestamp("2021-05-18")
    rows = []
    for day in days:
        doy = day.dayofyear
        clear = 30500 + 17500 * np.cos((doy - 172) / 365.25 * 2 * np.pi)
        weather = float(np.clip(rng.beta(4, 1.6), 0.08, 1.0))
        produced = round(float(clear * weather * (1 - 0.006 * (day.year - 2020))))
        if rng.random() < 0.006:
            produced = 0
        row = {"Date/Time": day.strftime("%m/%d/%Y"), "Energy Produced (Wh)": produced}
        if day >= meter:
            use = 24000 + 9000 * np.cos((doy - 20) / 365.25 * 2 * np.pi) ** 2 + rng.normal(0, 3500)
            use += 7000 if 6 <= day.month <= 8 and rng.random() < 0.6 else 0
            use = max(9000.0, use)
            self_used = min(produced * float(rng.uniform(0.3, 0.55)), use)
            exported = round(float(produced - self_used))
            imported = round(float(use - self_used))
            row |= {
                "Energy Consumed (Wh)": produced - exported + imported,
                "Exported to Grid (Wh)": exported,
                "Imported from Grid (Wh)": imported,
            }
        rows.append(row)
    df = pd.DataFrame(rows, columns=["Date/Time", *_EN_COLS])
    for c in _EN_COLS[1:]:
        df[c] = df[c].astype("Int64")
    return df


def _en_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date/Time"]), format="%m/%d/%Y", errors="coerce")


def _en_export_share(d: pd.DataFrame, metered_only: bool) -> float:
    exported = _n(d["Exported to Grid (Wh)"])
    produced = _n(d["Energy Produced (Wh)"])
    if metered_only:
        produced = produced[exported.notna()]
    return float(exported.sum() / produced.sum())


def _wh(value: Callable[[pd.DataFrame], float]) -> Check:
    return _money(value)


_EN_ID = ("Date/Time",)
_ENPHASE_QS = [
    Q(
        "how much power have the panels made in total",
        _wh(lambda d: float(_n(d["Energy Produced (Wh)"]).sum())),
        ("Energy Produced (Wh)", *_EN_ID),
    ),
    Q(
        "which month was best for solar",
        _lead(_month_year(lambda d: _top_month(_en_dates(d), _n(d["Energy Produced (Wh)"])))),
        ("Energy Produced (Wh)", *_EN_ID),
    ),
    Q(
        "how many days don't have usage data",
        _count(lambda d: int(_n(d["Energy Consumed (Wh)"]).isna().sum())),
        ("Energy Consumed (Wh)", *_EN_ID),
    ),
    Q(
        "how much do we use on a typical day",
        either(
            _wh(lambda d: float(_n(d["Energy Consumed (Wh)"]).mean())),
            _wh(lambda d: float(_n(d["Energy Consumed (Wh)"]).median())),
        ),
        ("Energy Consumed (Wh)", *_EN_ID),
    ),
    Q(
        "what share of our solar goes back to the grid",
        either(_share(lambda d: _en_export_share(d, True)), _share(lambda d: _en_export_share(d, False))),
        ("Exported to Grid (Wh)", "Energy Produced (Wh)", *_EN_ID),
    ),
    Q(
        "were there days it made nothing? how many",
        _count(lambda d: int(_n(d["Energy Produced (Wh)"]).eq(0).sum())),
        ("Energy Produced (Wh)", *_EN_ID),
    ),
]


# --- 5. DC 311 City Service Requests -------------------------------------------------------------------------------

# description: (code, service type, agency, target days, weight)
_DC_SERVICES = {
    "Bulk Collection": ("S0031", "SWMA- Solid Waste Management Admistration", "DPW", 7, 22),
    "Parking Enforcement": ("S0261", "PEMA- Parking Enforcement Management Administration", "DPW", 1, 16),
    "Pothole": ("S0276", "Toa- Street & Bridge Maintenance", "DDOT", 3, 11),
    "Streetlight Repair Investigation": ("S0406", "Transportation Operations Administration", "DDOT", 10, 9),
    "Sanitation Enforcement": ("S0346", "SWMA- Solid Waste Management Admistration", "DPW", 5, 8),
    "Illegal Dumping": ("S0186", "SWMA- Solid Waste Management Admistration", "DPW", 5, 7),
    "Tree Inspection": ("S0456", "Urban Forrestry", "DDOT", 30, 6),
    "Rodent Inspection and Treatment": ("S0311", "Rodent Control", "DOH", 10, 8),
    "Abandoned Vehicle - On Public Property": (
        "S0000",
        "PEMA- Parking Enforcement Management Administration",
        "DPW",
        5,
        7,
    ),
    "DMV - Drivers License/ID Issues": ("S0096", "DMV - Customer Service", "DMV", 4, 3),
    "Residential Parking Permit Violation": (
        "S0301",
        "PEMA- Parking Enforcement Management Administration",
        "DPW",
        1,
        3,
    ),
}
_DC_STREETS = [
    "GEORGIA AVE NW",
    "14TH ST NW",
    "RHODE ISLAND AVE NE",
    "PENNSYLVANIA AVE SE",
    "MARTIN LUTHER KING JR AVE SE",
    "H ST NE",
    "CONNECTICUT AVE NW",
    "BENNING RD NE",
    "SOUTH CAPITOL ST SW",
    "WISCONSIN AVE NW",
    "U ST NW",
    "MASSACHUSETTS AVE NE",
    "ALABAMA AVE SE",
    "NEW YORK AVE NE",
    "16TH ST NW",
]
_DC_WARD_WEIGHTS = [14, 17, 8, 13, 15, 16, 9, 8]


def _dc_stamp(t: pd.Timestamp) -> str:
    return t.strftime("%Y/%m/%d %H:%M:%S") + "+00"


def _dc311_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20905)
    n = 5000
    names = list(_DC_SERVICES)
    start = pd.Timestamp("2023-01-01")
    rows = []
    for i in range(n):
        name = _one(rng, names, [_DC_SERVICES[s][4] for s in names])
        code, stype, org, target, _w = _DC_SERVICES[name]
        added = start + pd.Timedelta(seconds=int(rng.integers(0, 365 * 86400)))
        if name == "Pothole" and added.month in (2, 3) and rng.random() < 0.5:
            added = start + pd.Timedelta(days=int(rng.integers(31, 90)), seconds=int(rng.integers(0, 86400)))
        priority = _one(rng, ["Standard", "Emergency", "Low"], [88, 4, 8])
        due = added + pd.Timedelta(days=target)
        age_left = (pd.Timestamp("2024-01-02") - added).days
        r = rng.random()
        status = "Closed (Duplicate)" if r < 0.04 else "Closed"
        took = float(rng.gamma(1.6, target * 0.55)) + float(rng.uniform(0.02, 0.5))
        if status == "Closed (Duplicate)":
            took = float(rng.uniform(0.01, 1.5))
        if took > age_left or (status == "Closed" and rng.random() < 0.05):
            status = _one(rng, ["Open", "In-Progress"], [55, 45])
        resolved = "" if status in ("Open", "In-Progress") else _dc_stamp(added + pd.Timedelta(days=took))
        house = int(rng.integers(1, 60)) * 100 + int(rng.integers(0, 99))
        ward = "" if rng.random() < 0.015 else int(_one(rng, list(range(1, 9)), _DC_WARD_WEIGHTS))
        rows.append(
            {
                "OBJECTID": 480001 + i,
                "SERVICECODE": code,
                "SERVICECODEDESCRIPTION": name,
                "SERVICETYPECODEDESCRIPTION": stype,
                "ORGANIZATIONACRONYM": org,
                "ADDDATE": _dc_stamp(added),
                "RESOLUTIONDATE": resolved,
                "SERVICEDUEDATE": _dc_stamp(due),
                "SERVICEORDERSTATUS": status,
                "PRIORITY": priority,
                "STREETADDRESS": f"{house} {_one(rng, _DC_STREETS)}",
                "WARD": ward,
                "SERVICEREQUESTID": f"23-00{int(rng.integers(100000, 999999))}",
            }
        )
    df = pd.DataFrame(rows)
    df["WARD"] = pd.to_numeric(df["WARD"], errors="coerce")
    return df


def _dc_time(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s).str.slice(0, 19), format="%Y/%m/%d %H:%M:%S", errors="coerce")


def _dc_days(d: pd.DataFrame, name: str) -> pd.Series:
    days = (_dc_time(d["RESOLUTIONDATE"]) - _dc_time(d["ADDDATE"])).dt.total_seconds() / 86400
    return days[_text(d["SERVICECODEDESCRIPTION"]).eq(name)].dropna()


def _dc_late(d: pd.DataFrame, resolved_only: bool) -> float:
    res, due = _dc_time(d["RESOLUTIONDATE"]), _dc_time(d["SERVICEDUEDATE"])
    late = res > due
    return float(late[res.notna()].mean() if resolved_only else late.mean())


def _dc_ward(d: pd.DataFrame) -> str:
    return str(int(float(_top(_n(d["WARD"]).dropna().astype(int).value_counts()))))


_DC_ID = ("SERVICEREQUESTID", "OBJECTID", "ADDDATE")
_DC_QS = [
    Q(
        "what do people complain about most",
        _lead(_named(lambda d: _top(_text(d["SERVICECODEDESCRIPTION"]).value_counts()))),
        ("SERVICECODEDESCRIPTION", "SERVICECODE", "SERVICETYPECODEDESCRIPTION", *_DC_ID),
    ),
    Q("which ward has the most requests", _lead(_named(_dc_ward)), ("WARD", *_DC_ID)),
    Q(
        "how many requests are still open",
        either(
            _count(lambda d: int(_text(d["SERVICEORDERSTATUS"]).isin(["Open", "In-Progress"]).sum())),
            _count(lambda d: int(_text(d["SERVICEORDERSTATUS"]).eq("Open").sum())),
        ),
        ("SERVICEORDERSTATUS", "RESOLUTIONDATE", *_DC_ID),
    ),
    Q(
        "on average how long does it take to fix a pothole",
        either(
            _any_about(
                lambda d: float(_dc_days(d, "Pothole").mean()), lambda d: float(_dc_days(d, "Pothole").median())
            ),
            _any_about(
                lambda d: float(_dc_days(d, "Pothole").mean()) * 24,
                lambda d: float(_dc_days(d, "Pothole").median()) * 24,
            ),
        ),
        ("SERVICECODEDESCRIPTION", "RESOLUTIONDATE", "SERVICEORDERSTATUS", *_DC_ID),
    ),
    Q(
        "what share of requests got closed after the due date",
        either(_share(lambda d: _dc_late(d, True)), _share(lambda d: _dc_late(d, False))),
        ("RESOLUTIONDATE", "SERVICEDUEDATE", "SERVICEORDERSTATUS", *_DC_ID),
    ),
    Q(
        "which agency gets the most",
        _lead(_named(lambda d: _top(_text(d["ORGANIZATIONACRONYM"]).value_counts()))),
        ("ORGANIZATIONACRONYM", *_DC_ID),
    ),
]


# --- 6. CFTC Commitments of Traders, legacy futures only -----------------------------------------------------------

# market: (contract code, typical open interest, noncommercial net long as share of OI, drift)
_COT_MARKETS = {
    "WHEAT-SRW - CHICAGO BOARD OF TRADE": ("001602", 390000, -0.18, -0.0015),
    "CORN - CHICAGO BOARD OF TRADE": ("002602", 1450000, 0.08, -0.004),
    "SOYBEANS - CHICAGO BOARD OF TRADE": ("005602", 640000, 0.14, -0.002),
    "CRUDE OIL, LIGHT SWEET - NEW YORK MERCANTILE EXCHANGE": ("067651", 1650000, 0.14, 0.0005),
    "NATURAL GAS - NEW YORK MERCANTILE EXCHANGE": ("023651", 1250000, -0.09, 0.001),
    "GOLD - COMMODITY EXCHANGE INC.": ("088691", 470000, 0.33, 0.002),
    "SILVER - COMMODITY EXCHANGE INC.": ("084691", 135000, 0.15, 0.001),
    "EURO FX - CHICAGO MERCANTILE EXCHANGE": ("099741", 690000, 0.16, 0.0008),
}


def _cot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20906)
    dates = pd.date_range("2023-01-03", "2023-12-26", freq="7D")
    rows = []
    for market, (code, oi0, net0, drift) in _COT_MARKETS.items():
        oi_level, net = float(oi0), net0
        for k, day in enumerate(dates):
            oi_level *= float(np.exp(rng.normal(0.0, 0.03)))
            if "CRUDE" in market and 30 <= k <= 34:
                oi_level *= 1.025
            oi_level = float(np.clip(oi_level, 0.7 * oi0, 1.35 * oi0))
            net = float(np.clip(net + drift + rng.normal(0, 0.02), -0.45, 0.5))
            oi = round(oi_level)
            spread = int(oi * rng.uniform(0.08, 0.3))
            nc_base = oi * rng.uniform(0.12, 0.25)
            nc_long = int(max(1000, nc_base + max(net, 0) * oi))
            nc_short = int(max(1000, nc_base + max(-net, 0) * oi))
            nr_long = int(oi * rng.uniform(0.05, 0.12))
            nr_short = int(oi * rng.uniform(0.05, 0.12))
            c_long = oi - spread - nc_long - nr_long
            c_short = oi - spread - nc_short - nr_short
            rows.append(
                {
                    "Market_and_Exchange_Names": market,
                    "As_of_Date_In_Form_YYMMDD": int(day.strftime("%y%m%d")),
                    "Report_Date_as_MM_DD_YYYY": day.strftime("%Y-%m-%d"),
                    "CFTC_Contract_Market_Code": code,
                    "Open_Interest_All": oi,
                    "NonComm_Positions_Long_All": nc_long,
                    "NonComm_Positions_Short_All": nc_short,
                    "NonComm_Postions_Spread_All": spread,
                    "Comm_Positions_Long_All": c_long,
                    "Comm_Positions_Short_All": c_short,
                    "NonRept_Positions_Long_All": nr_long,
                    "NonRept_Positions_Short_All": nr_short,
                }
            )
    df = pd.DataFrame(rows)
    return df.sort_values(
        ["Market_and_Exchange_Names", "As_of_Date_In_Form_YYMMDD"], ascending=[True, False]
    ).reset_index(drop=True)


def _cot(d: pd.DataFrame, word: str) -> pd.DataFrame:
    out = d[_text(d["Market_and_Exchange_Names"]).str.upper().str.startswith(word)].copy()
    out["_date"] = pd.to_datetime(_text(out["Report_Date_as_MM_DD_YYYY"]), errors="coerce")
    return out.sort_values("_date")


def _cot_top(d: pd.DataFrame) -> str:
    return _top(_n(d["Open_Interest_All"]).groupby(_text(d["Market_and_Exchange_Names"])).mean())


def _cot_crude_peak(d: pd.DataFrame) -> pd.Series:
    c = _cot(d, "CRUDE OIL")
    return c.loc[_n(c["Open_Interest_All"]).idxmax()]


def _cot_net(c: pd.DataFrame, who: str) -> pd.Series:
    return _n(c[f"{who}_Positions_Long_All"]) - _n(c[f"{who}_Positions_Short_All"])


_COT_ID = ("Market_and_Exchange_Names", "Report_Date_as_MM_DD_YYYY", "As_of_Date_In_Form_YYMMDD")
_COT_QS = [
    Q(
        "which market has the most open interest on average",
        _lead(_named_any(_cot_top, lambda d: _cot_top(d).split(" - ")[0])),
        ("Open_Interest_All", *_COT_ID),
    ),
    Q(
        "what was crude oil's highest open interest",
        _count(lambda d: int(_n(_cot(d, "CRUDE OIL")["Open_Interest_All"]).max())),
        ("Open_Interest_All", *_COT_ID),
    ),
    Q("which week was that", _day(lambda d: _cot_crude_peak(d)["_date"]), ("Open_Interest_All", *_COT_ID)),
    Q(
        "what was the net non-commercial position in gold on the latest report",
        _count(lambda d: int(_cot_net(_cot(d, "GOLD"), "NonComm").iloc[-1])),
        ("NonComm_Positions_Long_All", "NonComm_Positions_Short_All", *_COT_ID),
    ),
    Q(
        "in how many weeks were commercials net short in corn",
        _count(lambda d: int(_cot_net(_cot(d, "CORN"), "Comm").lt(0).sum())),
        ("Comm_Positions_Long_All", "Comm_Positions_Short_All", *_COT_ID),
    ),
    Q(
        "does the non-commercial net position in wheat move with open interest",
        corr_of(
            lambda d: _cot_net(_cot(d, "WHEAT"), "NonComm"),
            lambda d: _n(_cot(d, "WHEAT")["Open_Interest_All"]),
        ),
        ("NonComm_Positions_Long_All", "NonComm_Positions_Short_All", "Open_Interest_All", *_COT_ID),
    ),
]


# --- 7. BIXI Montréal trips 2019 -----------------------------------------------------------------------------------

_BX_STATIONS = {
    6100: ("Métro Mont-Royal (Rivard / du Mont-Royal)", 30),
    6136: ("de la Commune / Place Jacques-Cartier", 22),
    6026: ("de la Commune / St-Sulpice", 18),
    6064: ("Métro Peel (de Maisonneuve / Stanley)", 20),
    6184: ("Métro Laurier (Rivard / Laurier)", 24),
    6221: ("Berri / Cherrier", 15),
    6078: ("Métro Place-des-Arts 2 (de Maisonneuve / de Bleury)", 17),
    6154: ("Marquette / du Mont-Royal", 14),
    6012: ("Métro St-Laurent (de Maisonneuve / St-Laurent)", 16),
    6406: ("Boyer / du Mont-Royal", 12),
    6023: ("de la Commune / McGill", 13),
    6411: ("Clark / Rachel", 11),
    6732: ("Parc Jean-Drapeau (Chemin Macdonald)", 8),
    6209: ("Métro Berri-UQAM (Ste-Catherine / Berri)", 19),
    7080: ("Métro Jean-Talon (de Castelnau / St-Denis)", 10),
    6034: ("Square Victoria (Viger / du Square-Victoria)", 12),
    6250: ("St-Denis / Ste-Catherine", 13),
    6738: ("Atwater / Sherbrooke", 9),
    6501: ("Université de Montréal (Édouard-Montpetit)", 7),
    7012: ("Villeray / St-Hubert", 8),
}
_BX_MONTHS = {4: 3, 5: 11, 6: 15, 7: 17, 8: 16, 9: 14, 10: 9, 11: 2}


def _bixi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20907)
    n = 4600
    codes = list(_BX_STATIONS)
    weights = [_BX_STATIONS[c][1] for c in codes]
    rows = []
    for _ in range(n):
        month = int(_one(rng, list(_BX_MONTHS), list(_BX_MONTHS.values())))
        first = 15 if month == 4 else 1
        last = 15 if month == 11 else pd.Timestamp(2019, month, 1).days_in_month
        day = pd.Timestamp(2019, month, int(rng.integers(first, last + 1)))
        hour = int(_one(rng, list(range(6, 24)), [2, 5, 9, 7, 4, 4, 5, 5, 5, 5, 6, 9, 10, 7, 5, 4, 3, 2]))
        start = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
        member = int(rng.random() < 0.81)
        s_code = int(_one(rng, codes, weights))
        e_code = s_code if rng.random() < (0.03 if member else 0.12) else int(_one(rng, codes, weights))
        if rng.random() < 0.01:
            s_code = 6999
        minutes = float(np.exp(rng.normal(2.45 if member else 2.9, 0.55)))
        if e_code == s_code:
            minutes *= 1.8
        secs = int(np.clip(round(minutes * 60), 61, 7200))
        end = start + pd.Timedelta(seconds=secs)
        rows.append((start, s_code, end, e_code, secs, member))
    rows.sort(key=lambda r: r[0])
    df = pd.DataFrame(
        rows,
        columns=["start_date", "start_station_code", "end_date", "end_station_code", "duration_sec", "is_member"],
    )
    df["start_date"] = df["start_date"].dt.strftime("%Y-%m-%d %H:%M")
    df["end_date"] = df["end_date"].dt.strftime("%Y-%m-%d %H:%M")
    names = {c: v[0] for c, v in _BX_STATIONS.items()}
    df["start_station_name"] = df["start_station_code"].map(names).fillna("")
    df["end_station_name"] = df["end_station_code"].map(names).fillna("")
    return df


def _bx_minutes(d: pd.DataFrame, member: int | None, how: str) -> float:
    secs = _n(d["duration_sec"])
    if member is not None:
        secs = secs[_n(d["is_member"]).eq(member)]
    return float(getattr(secs, how)()) / 60


def _bx_lengths(how: str, unit: float) -> Check:
    return _about(lambda d: [_bx_minutes(d, 1, how) * unit, _bx_minutes(d, 0, how) * unit])


_BX_ID = ("start_date",)
_BIXI_QS = [
    Q(
        "how long is a typical ride in minutes",
        _any_about(lambda d: _bx_minutes(d, None, "mean"), lambda d: _bx_minutes(d, None, "median")),
        ("duration_sec", *_BX_ID),
    ),
    Q(
        "what share of rides are by members",
        _share(lambda d: float(_n(d["is_member"]).eq(1).mean())),
        ("is_member", *_BX_ID),
    ),
    Q(
        "and do members ride longer or shorter than everyone else",
        either(_bx_lengths("mean", 1), _bx_lengths("median", 1), _bx_lengths("mean", 60), _bx_lengths("median", 60)),
        ("is_member", "duration_sec", *_BX_ID),
    ),
    Q(
        "which station do most trips start from",
        _lead(
            _named_any(
                lambda d: _top(_text(d["start_station_name"])[_text(d["start_station_name"]).ne("")].value_counts()),
                lambda d: _top(_n(d["start_station_code"]).astype(int).astype(str).value_counts()),
            )
        ),
        ("start_station_name", "start_station_code", *_BX_ID),
    ),
    Q(
        "busiest month?",
        _lead(_month(lambda d: _top_month(pd.to_datetime(_text(d["start_date"]), errors="coerce")))),
        _BX_ID,
    ),
    Q(
        "how many trips ended at the same station they started",
        _count(lambda d: int((_n(d["start_station_code"]) == _n(d["end_station_code"])).sum())),
        ("start_station_code", "end_station_code", "start_station_name", "end_station_name", *_BX_ID),
    ),
]


HELDOUT209: list[Dataset] = [
    Dataset("tv_time_episode_tracking", _tv_time_frame, _TV_QS),
    Dataset("depop_sales_export", _depop_frame, _DEPOP_QS),
    Dataset("kofi_transactions", _kofi_frame, _KOFI_QS),
    Dataset("enphase_daily_energy", _enphase_frame, _ENPHASE_QS),
    Dataset("dc_311_service_requests", _dc311_frame, _DC_QS),
    Dataset("cftc_cot_legacy_futures", _cot_frame, _COT_QS),
    Dataset("bixi_montreal_trips", _bixi_frame, _BIXI_QS),
]
