"""HELDOUT251: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of exports a person is likely to download and bring along: an OpenSea
account activity export (one row per event, August 2021 to June 2023) with "Event Type" (Sale, Purchase, Transfer,
Mint, Listing, Offer, Cancel), Collection, "Token ID", "Price (ETH)" with four decimals (blank for transfers and free
mints), "Price USD" as "$2,345.67" text (blank where the price is), Date as "2022-03-14 18:22:05", From and To as a
wallet ("0x3f2a...9c1b" style, shortened) or an OpenSea username, "Marketplace Fee (ETH)" and "Creator Royalty (ETH)"
(only on sales, blank elsewhere) and "Transaction Hash" (a 0x hash, blank for off-chain listings, offers and
cancels); an OfferUp seller history (one row per listing, 2023-2024) with "Listing Title", Category (Electronics,
Furniture, Tools, Baby & Kids, Clothing, Sports & Outdoors, Home & Garden), "Listed Date" and "Sold Date" as
"03/14/2024" (sold date blank unless sold), "Asking Price ($)", "Sold Price ($)" (blank unless sold), Status (Sold,
Active, Expired, Removed), Views, "Offers Received", Shipping (Local Pickup, Ship Nationwide), "Buyer Rating" (1-5,
blank unless sold and rated) and Condition (New, Like New, Good, Fair); a Spotify for Artists audience export by
song (one row per song per month from its release, 2021-06 to 2024-12) with Month as "2024-03", Song, Release (the
album or single it is on), Streams, Listeners, Saves, "Playlist Adds", "Top Country", "Top City" (blank in small
months) and four "Source: ... (%)" columns (Algorithmic, Editorial, User Playlists, Profile; the rest is other
sources); a PokerStars tournament history summary (one row per tournament, 2022-2024) with "Tournament ID" (a ten
digit number), "Start Date" as "2023/05/14 21:05", Game (Hold'em, Omaha, Stud), Format (MTT, Sit & Go, Spin & Go,
Satellite), "Buy-In" as "$5.50" text (the fee included), Entrants, "Finish Position", Prize (0 when out of the
money), "Bounties Won", Rebuys, Duration as "h:mm" and Currency (USD, T$ for tournaments bought with tournament
money); a state fish and wildlife agency's fish ladder daily counts at three dams (one row per dam per day, April to
October, 2021-2024) with Date as "04/01/2023", Dam, "Chinook Adult", "Chinook Jack", "Coho Adult", "Coho Jack",
Steelhead, "Wild Steelhead" (the unclipped part of Steelhead), Sockeye, Shad, Lamprey, "Water Temp (°F)" (blank when
the probe was down), "Flow (cfs)" and "Count Method" (Video, Visual, Estimated); a state boat registration extract
(one row per registered vessel) with "Registration Number" as "FL 1234 AB", County (upper case), "Hull Material",
"Length (ft)" with one decimal, Propulsion, "Vessel Use" (Pleasure, Commercial Fishing, Rental, Dealer), "Model
Year" (blank for some homemade and old hulls), Make in upper case ("SEA RAY", "BOSTON WHALER", "UNKNOWN"),
"Registration Expires" as "06/30/2025", "Fee Paid ($)" and "Owner Zip" (five digits, some ZIP+4); and a state forest
service's prescribed burn log (one row per burn, 2018-2024) with "Burn ID" as "RX-2019-0042", "Burn Date" as
"2/14/2019", "Unit Name", County, "Acres Planned", "Acres Burned" (0 on burns called off the day of), Objective,
"Fuel Type", "Ignition Method" (Hand, Aerial, Drip Torch, ATV), "Max Wind (mph)", "Min Humidity (%)", Escaped (Y/N)
and "Smoke Complaints". All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, words
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, lowest: bool = False) -> str:
    """The label with the highest (or lowest) score (ties: first in label order)."""
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    return df[col].astype("string").fillna("").str.strip()


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("$", "%", commas, "N/A" and blanks handled)."""
    text = df[col].astype("string").str.replace(r"[$,%\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _amount(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, _BIG, rel=0.005)


def _named_any(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Any one of the labels (the picks of two readings, or ties)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_named(lambda _d, v=v: v)(answer, df) for v in values(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _any_month(months: Callable[[pd.DataFrame], list[Any]]) -> Check:
    """Any one of the months (ties at a maximum)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_month_year(lambda _d, t=t: t)(answer, df) for t in months(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _any_day(days: Callable[[pd.DataFrame], list[Any]]) -> Check:
    """Any one of the days (ties at a maximum)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_day(lambda _d, t=t: t)(answer, df) for t in days(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _peaks(per: pd.Series) -> list[Any]:
    """Every label at the maximum of a series."""
    return list(per[per == per.max()].index)


def _hex(rng: np.random.Generator, k: int) -> str:
    return "".join("0123456789abcdef"[int(i)] for i in rng.integers(0, 16, k))


# --- 1. OpenSea account activity ---------------------------------------------------------------------------------

_OS_COLLECTIONS = {
    # floor price in ETH, weight
    "Bored Ape Yacht Club": (60.0, 1),
    "Azuki": (9.0, 3),
    "Doodles": (6.0, 4),
    "World of Women": (1.8, 5),
    "CryptoCoven": (0.35, 6),
    "Cool Cats NFT": (2.2, 4),
    "Art Blocks Curated": (1.1, 5),
    "Otherdeed for Otherside": (1.4, 4),
    "goblintown.wtf": (0.6, 5),
    "Parallel Alpha": (0.25, 4),
}
_OS_USERS = ["cryptopunk_jen", "degenmike", "nftwhale88", "0xSatoshiFan", "mintmaster", "apeholder", "lunarlabs"]
_OS_ME = "0x7a3f...e21c"


def _os_eth_usd(t: pd.Timestamp) -> float:
    days = (t - pd.Timestamp("2021-08-01")).days
    path = [(0, 2600), (90, 4400), (150, 3800), (240, 2900), (300, 1800), (330, 1100), (420, 1550), (500, 1250)]
    path += [(560, 1600), (700, 1850)]
    xs, ys = zip(*path, strict=True)
    return float(np.interp(days, xs, ys))


def _os_wallet(rng: np.random.Generator) -> str:
    if rng.random() < 0.3:
        return _one(rng, _OS_USERS)
    return f"0x{_hex(rng, 4)}...{_hex(rng, 4)}"


def _opensea_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25101)
    names = list(_OS_COLLECTIONS)
    weights = [w for _, w in _OS_COLLECTIONS.values()]
    start, span = pd.Timestamp("2021-08-01"), (pd.Timestamp("2023-06-30") - pd.Timestamp("2021-08-01")).days
    rows = []
    for _ in range(1400):
        day = int(span * rng.beta(1.3, 2.2))
        t = start + pd.Timedelta(days=day, seconds=int(rng.integers(0, 86400)))
        kind = _one(
            rng,
            ["Sale", "Purchase", "Transfer", "Mint", "Listing", "Offer", "Cancel"],
            [14, 16, 7, 6, 28, 19, 10],
        )
        coll = _one(rng, names, weights)
        floor = _OS_COLLECTIONS[coll][0] * (1.6 if day < 260 else 0.55 if day > 420 else 1.0)
        price: float | None = round(float(floor * rng.lognormal(0, 0.35)), 4)
        if kind == "Transfer":
            price = None
        elif kind == "Mint":
            price = None if rng.random() < 0.35 else _one(rng, [0.05, 0.08, 0.1, 0.2])
        elif kind == "Offer":
            price = round(float(price * rng.uniform(0.6, 0.95)), 4)
        usd = None if price is None else f"${price * _os_eth_usd(t):,.2f}"
        fee = royalty = None
        if kind == "Sale":
            fee = round(price * (0.025 if day < 500 else 0.0), 4)
            royalty = round(price * _one(rng, [0.025, 0.05, 0.075, 0.1], [2, 5, 2, 1]), 4)
        mine_from = kind in ("Sale", "Listing", "Cancel", "Transfer") or (kind == "Transfer" and rng.random() < 0.5)
        other = _os_wallet(rng)
        frm, to = (_OS_ME, other) if mine_from else (other, _OS_ME)
        if kind == "Mint":
            frm = "NullAddress"
        if kind in ("Listing", "Cancel"):
            to = ""
        on_chain = kind in ("Sale", "Purchase", "Transfer", "Mint")
        rows.append(
            {
                "Event Type": kind,
                "Collection": coll,
                "Token ID": int(rng.integers(1, 10000)),
                "Price (ETH)": price,
                "Price USD": usd,
                "Date": f"{t:%Y-%m-%d %H:%M:%S}",
                "From": frm,
                "To": to,
                "Marketplace Fee (ETH)": fee,
                "Creator Royalty (ETH)": royalty,
                "Transaction Hash": f"0x{_hex(rng, 64)}" if on_chain else "",
                "_t": t,
            }
        )
    out = pd.DataFrame(rows).sort_values("_t", ascending=False).drop(columns="_t")
    return out.reset_index(drop=True)


def _os_kind(df: pd.DataFrame, kind: str) -> pd.DataFrame:
    return df[_text(df, "Event Type") == kind]


def _os_sale_totals(df: pd.DataFrame) -> list[float]:
    s = _os_kind(df, "Sale")
    gross = float(s["Price (ETH)"].sum())
    net = gross - float(s["Marketplace Fee (ETH)"].sum()) - float(s["Creator Royalty (ETH)"].sum())
    return [gross, net]


def _os_top_spend(df: pd.DataFrame) -> list[str]:
    p = _os_kind(df, "Purchase")
    eth = _top(p.groupby("Collection")["Price (ETH)"].sum())
    usd = _top(_num(p, "Price USD").groupby(p["Collection"]).sum())
    return sorted({eth, usd})


def _os_purchase_usd_by_year(df: pd.DataFrame) -> pd.Series:
    p = _os_kind(df, "Purchase")
    return _num(p, "Price USD").groupby(pd.to_datetime(p["Date"]).dt.year).mean()


def _os_busy_months(df: pd.DataFrame) -> list[Any]:
    p = _os_kind(df, "Purchase")
    per = pd.to_datetime(p["Date"]).dt.to_period("M").value_counts()
    return [m.to_timestamp() for m in _peaks(per)]


_OS_QS = [
    Q(
        "how many sales did i make",
        _count(lambda df: len(_os_kind(df, "Sale"))),
        ("Event Type",),
    ),
    Q(
        "how much eth did i get from those in total",
        either(
            _about(lambda df: _os_sale_totals(df)[0], rel=0.005), _about(lambda df: _os_sale_totals(df)[1], rel=0.005)
        ),
        ("Event Type", "Price (ETH)", "Marketplace Fee (ETH)", "Creator Royalty (ETH)"),
    ),
    Q(
        "which collection did i spend the most on",
        _lead(_named_any(_os_top_spend)),
        ("Event Type", "Collection", "Price (ETH)", "Price USD"),
    ),
    Q(
        "average purchase price in dollars for each year",
        _about(_os_purchase_usd_by_year, rel=0.005),
        ("Event Type", "Price USD", "Date"),
    ),
    Q(
        "what month did i buy the most nfts",
        _lead(_any_month(_os_busy_months)),
        ("Event Type", "Date"),
    ),
    Q(
        "how many rows dont have a price",
        _count(lambda df: int(df["Price (ETH)"].isna().sum())),
        ("Price (ETH)", "Event Type"),
    ),
]


# --- 2. OfferUp seller history -----------------------------------------------------------------------------------

_OU_ITEMS = {
    # category: (titles, typical asking price, weight, sell chance)
    "Electronics": (
        ["iPhone 12 64GB", "PS4 Slim w/ 2 controllers", "Samsung 55in TV", "AirPods Pro", "Dell Monitor"],
        180,
        22,
        0.6,
    ),
    "Furniture": (
        ["Gray sectional couch", "IKEA Kallax shelf", "Oak dining table", "Queen bed frame", "Office chair"],
        140,
        18,
        0.45,
    ),
    "Tools": (["DeWalt 20V drill", "Craftsman tool chest", "Ryobi leaf blower", "Miter saw", "Shop vac"], 85, 14, 0.65),
    "Baby & Kids": (["Graco stroller", "Crib with mattress", "Kids bike 16in", "High chair", "Car seat"], 55, 12, 0.55),
    "Clothing": (["North Face jacket", "Nike Air Max size 10", "Levi's jeans lot", "Carhartt hoodie"], 35, 12, 0.35),
    "Sports & Outdoors": (["Coleman tent", "Golf clubs set", "Kayak 10ft", "Treadmill", "Yeti cooler"], 120, 12, 0.5),
    "Home & Garden": (["Patio set", "KitchenAid mixer", "Weber grill", "Dyson vacuum", "Area rug 8x10"], 90, 10, 0.5),
}


def _offerup_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25102)
    cats = list(_OU_ITEMS)
    rows = []
    for _ in range(850):
        cat = _one(rng, cats, [v[2] for v in _OU_ITEMS.values()])
        titles, base, _, p_sell = _OU_ITEMS[cat]
        listed = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 700)))
        cond = _one(rng, ["New", "Like New", "Good", "Fair"], [10, 30, 45, 15])
        ask = float(
            round(base * rng.lognormal(0, 0.5) * {"New": 1.4, "Like New": 1.15, "Good": 1.0, "Fair": 0.7}[cond])
        )
        ask = max(5.0, 5 * round(ask / 5))
        ship = _one(rng, ["Local Pickup", "Ship Nationwide"], [72, 28])
        views = int(rng.gamma(2.0, 60 if ship == "Local Pickup" else 95))
        offers = int(rng.poisson(0.4 + views / 55))
        r = rng.random()
        age = (pd.Timestamp("2024-12-31") - listed).days
        status = "Sold" if r < p_sell + 0.04 * min(offers, 5) else "Removed" if r < 0.88 else "Expired"
        if status == "Expired" and age < 30:
            status = "Active"
        sold_price = sold_date = rating = None
        if status == "Sold":
            sold_price = float(round(ask * rng.uniform(0.7, 1.0)))
            sold = listed + pd.Timedelta(days=int(min(rng.exponential(9), age)))
            sold_date = f"{sold:%m/%d/%Y}"
            if rng.random() < 0.6:
                rating = int(
                    _one(rng, [5, 4, 3, 2, 1], [60, 22, 9, 5, 4] if ship == "Local Pickup" else [48, 24, 12, 9, 7])
                )
        rows.append(
            {
                "Listing Title": _one(rng, titles),
                "Category": cat,
                "Listed Date": f"{listed:%m/%d/%Y}",
                "Asking Price ($)": ask,
                "Sold Price ($)": sold_price,
                "Sold Date": sold_date,
                "Status": status,
                "Views": views,
                "Offers Received": offers,
                "Shipping": ship,
                "Buyer Rating": rating,
                "Condition": cond,
            }
        )
    out = pd.DataFrame(rows)
    out["Buyer Rating"] = out["Buyer Rating"].astype("Int64")
    return out


def _ou_sold(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Status") == "Sold"]


def _ou_discounts(df: pd.DataFrame) -> list[float]:
    s = _ou_sold(df)
    ask, got = s["Asking Price ($)"], s["Sold Price ($)"]
    return [float((ask - got).mean()), float(((ask - got) / ask).mean()), float(1 - got.sum() / ask.sum())]


def _ou_best_months(df: pd.DataFrame) -> list[Any]:
    s = _ou_sold(df)
    per = s.groupby(pd.to_datetime(s["Sold Date"], format="%m/%d/%Y").dt.to_period("M"))["Sold Price ($)"].sum()
    return [m.to_timestamp() for m in _peaks(per)]


def _ou_electronics_rate(df: pd.DataFrame) -> float:
    e = df[_text(df, "Category") == "Electronics"]
    return float((_text(e, "Status") == "Sold").mean())


_OU_QS = [
    Q(
        "how many things have i sold",
        _count(lambda df: len(_ou_sold(df))),
        ("Status",),
    ),
    Q(
        "what % of my electronics listings actually sold",
        _share(_ou_electronics_rate),
        ("Category", "Status"),
    ),
    Q(
        "on average how far below asking do things go for",
        either(
            _about(lambda df: _ou_discounts(df)[0], rel=0.01),
            _share(lambda df: _ou_discounts(df)[1]),
            _share(lambda df: _ou_discounts(df)[2]),
        ),
        ("Asking Price ($)", "Sold Price ($)", "Status"),
    ),
    Q(
        "which month did i make the most money",
        _lead(_any_month(_ou_best_months)),
        ("Sold Price ($)", "Sold Date", "Status"),
    ),
    Q(
        "do listings with more views get more offers",
        _corr(lambda df: df["Views"], lambda df: df["Offers Received"]),
        ("Views", "Offers Received"),
    ),
    Q(
        "avg buyer rating for shipped stuff vs local pickup",
        _about(lambda df: df.groupby("Shipping")["Buyer Rating"].mean(), rel=0.005),
        ("Buyer Rating", "Shipping"),
    ),
]


# --- 3. Spotify for Artists audience by song ---------------------------------------------------------------------

_SA_SONGS = [
    # song, release, release month, peak monthly streams, editorial lean
    ("Porchlight", "Porchlight", "2021-06", 35000, 0.04),
    ("Glass Houses", "Glass Houses", "2022-01", 42000, 0.05),
    ("Low Tide", "Night Drive", "2022-06", 61000, 0.12),
    ("Headlights", "Night Drive", "2022-06", 128000, 0.25),
    ("Paper Moon", "Night Drive", "2022-06", 37000, 0.04),
    ("Slow Burn", "Night Drive", "2022-06", 52000, 0.08),
    ("Cassette", "Night Drive", "2022-06", 29000, 0.03),
    ("Marigold", "Marigold", "2023-02", 96000, 0.18),
    ("Static Love", "Static Love", "2023-07", 74000, 0.10),
    ("Northbound", "Northbound", "2024-01", 88000, 0.06),
    ("Wildfire", "Northbound", "2024-01", 155000, 0.14),
    ("Kitchen Light", "Northbound", "2024-01", 33000, 0.02),
    ("Fever Dream", "Northbound", "2024-01", 47000, 0.07),
    ("Ghost Town Radio", "Ghost Town Radio", "2024-08", 69000, 0.22),
]
_SA_COUNTRIES = {"US": ["Los Angeles", "Chicago", "New York City", "Dallas"], "GB": ["London"], "DE": ["Berlin"]}
_SA_COUNTRIES |= {"MX": ["Mexico City"], "BR": ["São Paulo"], "AU": ["Sydney"]}


def _spotify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25103)
    months = pd.period_range("2021-06", "2024-12", freq="M")
    rows = []
    for m in months:
        for song, release, out_month, peak, editorial in _SA_SONGS:
            age = (m - pd.Period(out_month, "M")).n
            if age < 0:
                continue
            curve = peak * (0.35 + 0.65 * np.exp(-age / 5)) * (0.6 if age == 0 else 1.0)
            streams = int(curve * rng.lognormal(0, 0.22))
            listeners = int(streams / rng.uniform(2.1, 3.4))
            saves = int(listeners * rng.uniform(0.03, 0.11))
            adds = int(listeners * rng.uniform(0.01, 0.05))
            ed = max(0.0, editorial * (1.5 if age < 3 else 0.5) + rng.normal(0, 0.02)) * 100
            algo = rng.uniform(25, 45)
            user = rng.uniform(12, 28)
            profile = rng.uniform(6, 16)
            scale = min(1.0, 96 / (ed + algo + user + profile))
            country = _one(rng, list(_SA_COUNTRIES), [55, 12, 9, 10, 8, 6])
            city = _one(rng, _SA_COUNTRIES[country]) if listeners > 9000 else ""
            rows.append(
                {
                    "Month": str(m),
                    "Song": song,
                    "Release": release,
                    "Streams": streams,
                    "Listeners": listeners,
                    "Saves": saves,
                    "Playlist Adds": adds,
                    "Top Country": country,
                    "Top City": city,
                    "Source: Algorithmic (%)": round(float(algo * scale), 1),
                    "Source: Editorial (%)": round(float(ed * scale), 1),
                    "Source: User Playlists (%)": round(float(user * scale), 1),
                    "Source: Profile (%)": round(float(profile * scale), 1),
                }
            )
    return pd.DataFrame(rows)


def _sa_top_months(df: pd.DataFrame) -> list[Any]:
    per = df.groupby(_text(df, "Month"))["Streams"].sum()
    return [pd.Timestamp(m + "-01") for m in _peaks(per)]


def _sa_save_rates(df: pd.DataFrame) -> list[float]:
    return [float(df["Saves"].sum() / df["Streams"].sum()), float((df["Saves"] / df["Streams"]).mean())]


def _sa_editorial(df: pd.DataFrame) -> list[str]:
    ed = df["Source: Editorial (%)"]
    plain = _top(ed.groupby(df["Song"]).mean())
    weighted = _top((ed * df["Streams"]).groupby(df["Song"]).sum() / df["Streams"].groupby(df["Song"]).sum())
    return sorted({plain, weighted})


_SA_QS = [
    Q(
        "which song has the most streams overall",
        _lead(_named(lambda df: _top(df.groupby("Song")["Streams"].sum()))),
        ("Song", "Streams"),
    ),
    Q(
        "how many streams did i get in 2024",
        _amount(lambda df: df.loc[_text(df, "Month").str.startswith("2024"), "Streams"].sum()),
        ("Streams", "Month"),
    ),
    Q(
        "whats been my biggest month",
        _lead(_any_month(_sa_top_months)),
        ("Streams", "Month"),
    ),
    Q(
        "total streams for the night drive album",
        _amount(lambda df: df.loc[_text(df, "Release") == "Night Drive", "Streams"].sum()),
        ("Release", "Streams", "Song"),
    ),
    Q(
        "what fraction of streams turn into saves",
        either(_share(lambda df: _sa_save_rates(df)[0]), _share(lambda df: _sa_save_rates(df)[1])),
        ("Saves", "Streams"),
    ),
    Q(
        "which song leans most on editorial playlists",
        _lead(_named_any(_sa_editorial)),
        ("Song", "Source: Editorial (%)", "Streams"),
    ),
]


# --- 4. PokerStars tournament history ----------------------------------------------------------------------------

_PS_FORMATS = {
    # format: (buy-ins, weight, field size range, minutes)
    "MTT": ([1.1, 2.2, 3.3, 5.5, 11.0, 22.0, 55.0], 45, (150, 4000), 190),
    "Sit & Go": ([1.5, 3.5, 7.0, 15.0], 20, (9, 18), 45),
    "Spin & Go": ([1.0, 5.0, 10.0, 25.0], 28, (3, 3), 9),
    "Satellite": ([2.2, 5.5, 11.0], 7, (20, 300), 80),
}


def _pokerstars_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25104)
    rows = []
    used: set[int] = set()
    for _ in range(1600):
        fmt = _one(rng, list(_PS_FORMATS), [v[1] for v in _PS_FORMATS.values()])
        buyins, _, (lo, hi), minutes = _PS_FORMATS[fmt]
        buy = float(_one(rng, buyins, list(range(len(buyins), 0, -1))))
        game = _one(rng, ["Hold'em", "Omaha", "Stud"], [82, 15, 3])
        entrants = int(rng.integers(lo, hi + 1)) if hi > lo else lo
        place = int(np.ceil(entrants * rng.beta(0.9, 1.0))) or 1
        paid = max(1, int(entrants * (0.15 if fmt in ("MTT", "Satellite") else 0.34 if fmt == "Sit & Go" else 0.0)))
        prize = 0.0
        if fmt == "Spin & Go":
            place = int(rng.choice([1, 2, 3], p=[0.36, 0.32, 0.32]))
            if place == 1:
                prize = buy * float(_one(rng, [2, 3, 5, 10, 25], [40, 40, 15, 4, 1]))
        elif place <= paid:
            pool = buy * 0.9 * entrants
            prize = round(pool * 0.25 / place**0.9, 2) if fmt != "Satellite" else round(buy * 10, 2)
        rebuys = int(rng.poisson(0.6)) if fmt == "MTT" and rng.random() < 0.3 else 0
        bounty = round(float(buy * 0.5 * rng.poisson(0.8)), 2) if fmt == "MTT" and rng.random() < 0.35 else 0.0
        start = pd.Timestamp("2022-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 3 * 365 * 24 * 60)))
        dur = max(3, int(minutes * (1 - (place - 1) / max(entrants, 1)) * rng.uniform(0.5, 1.3)))
        tid = int(rng.integers(3_100_000_000, 3_700_000_000))
        while tid in used:
            tid += 1
        used.add(tid)
        rows.append(
            {
                "Tournament ID": tid,
                "Start Date": f"{start:%Y/%m/%d %H:%M}",
                "Game": game,
                "Format": fmt,
                "Buy-In": f"${buy:.2f}",
                "Entrants": entrants,
                "Finish Position": place,
                "Prize": prize,
                "Bounties Won": bounty,
                "Rebuys": rebuys,
                "Duration": f"{dur // 60}:{dur % 60:02d}",
                "Currency": "T$" if fmt != "Satellite" and rng.random() < 0.08 else "USD",
                "_t": start,
            }
        )
    return pd.DataFrame(rows).sort_values("_t").drop(columns="_t").reset_index(drop=True)


def _ps_wins(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Finish Position"] == 1]


def _ps_best_win(df: pd.DataFrame) -> str:
    w = _ps_wins(df)
    return str(int(w.loc[w["Prize"].idxmax(), "Tournament ID"]))


def _ps_cash_rate(df: pd.DataFrame) -> float:
    return float((df["Prize"] > 0).mean())


_PS_QS = [
    Q(
        "how many tournaments have i played",
        _count(lambda df: len(df)),
        ("Tournament ID",),
    ),
    Q(
        "how often do i cash",
        _share(_ps_cash_rate),
        ("Prize", "Tournament ID"),
    ),
    Q(
        "average buy-in for each format",
        _about(lambda df: _num(df, "Buy-In").groupby(df["Format"]).mean(), rel=0.005),
        ("Buy-In", "Format"),
    ),
    Q(
        "how many times have i won one outright",
        _count(lambda df: len(_ps_wins(df))),
        ("Finish Position", "Tournament ID"),
    ),
    Q(
        "which of those paid the most",
        lambda answer, df: words(_ps_best_win(df))(answer, df),
        ("Finish Position", "Prize", "Tournament ID"),
    ),
    Q(
        "total bounties won in omaha",
        _about(lambda df: df.loc[_text(df, "Game") == "Omaha", "Bounties Won"].sum(), rel=0.003),
        ("Bounties Won", "Game"),
    ),
]


# --- 5. Fish ladder daily counts ---------------------------------------------------------------------------------

_FL_DAMS = {
    # dam: scale per species (chinook, coho, steelhead, sockeye, shad, lamprey), flow
    "Bonneville": (1.0, 0.8, 0.9, 1.0, 1.0, 1.0, 160000),
    "The Dalles": (0.8, 0.45, 0.75, 0.95, 0.6, 0.5, 150000),
    "Willamette Falls": (0.12, 0.35, 0.25, 0.0, 0.05, 0.9, 22000),
}
_FL_COLS = ["Chinook Adult", "Chinook Jack", "Coho Adult", "Coho Jack", "Steelhead", "Wild Steelhead", "Sockeye"]
_FL_COLS += ["Shad", "Lamprey"]


def _bump(doy: int, center: float, width: float) -> float:
    return float(np.exp(-(((doy - center) / width) ** 2)))


def _fish_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25105)
    rows = []
    for year in (2021, 2022, 2023, 2024):
        run = rng.uniform(0.7, 1.3, 6)
        for day in pd.date_range(f"{year}-04-01", f"{year}-10-31", freq="D"):
            doy = day.day_of_year
            for dam, (ck, co, sh, so, sd, la, flow0) in _FL_DAMS.items():
                temp = 48 + 22 * _bump(doy, 215, 60) + rng.normal(0, 1.2)
                flow = flow0 * (0.4 + 1.2 * _bump(doy, 150, 40)) * rng.uniform(0.9, 1.1)
                lam = {
                    "Chinook Adult": ck * run[0] * (900 * _bump(doy, 125, 18) + 2600 * _bump(doy, 255, 12)),
                    "Chinook Jack": ck * run[0] * (90 * _bump(doy, 130, 18) + 420 * _bump(doy, 258, 12)),
                    "Coho Adult": co * run[1] * 1300 * _bump(doy, 268, 14),
                    "Coho Jack": co * run[1] * 160 * _bump(doy, 265, 14),
                    "Steelhead": sh * run[2] * 1100 * _bump(doy, 225, 25),
                    "Sockeye": so * run[3] * 3600 * _bump(doy, 182, 9),
                    "Shad": sd * run[4] * 55000 * _bump(doy, 170, 15) * (0.5 + (temp - 48) / 30),
                    "Lamprey": la * run[5] * 900 * _bump(doy, 190, 25),
                }
                counts = {k: int(rng.poisson(max(v, 0.0) * rng.uniform(0.7, 1.3))) for k, v in lam.items()}
                wild = int(rng.binomial(counts["Steelhead"], 0.28))
                method = _one(rng, ["Video", "Visual", "Estimated"], [70, 25, 5])
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Dam": dam,
                        **{c: (wild if c == "Wild Steelhead" else counts[c]) for c in _FL_COLS},
                        "Water Temp (°F)": None if rng.random() < 0.04 else round(float(temp), 1),
                        "Flow (cfs)": int(round(flow, -2)),
                        "Count Method": method,
                    }
                )
    return pd.DataFrame(rows)


def _fl_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y")


def _fl_chinook_2023(df: pd.DataFrame) -> list[float]:
    y = df[_fl_dates(df).dt.year == 2023]
    adults = float(y["Chinook Adult"].sum())
    return [adults, adults + float(y["Chinook Jack"].sum())]


def _fl_peak_days(df: pd.DataFrame) -> list[Any]:
    per = df.groupby(_fl_dates(df))["Chinook Adult"].sum()
    rows = df["Chinook Adult"]
    return sorted({*_peaks(per), *_fl_dates(df)[rows == rows.max()]})


_FL_QS = [
    Q(
        "how many chinook came up in 2023",
        either(
            _amount(lambda df: _fl_chinook_2023(df)[0]),
            _amount(lambda df: _fl_chinook_2023(df)[1]),
        ),
        ("Chinook Adult", "Chinook Jack", "Date"),
    ),
    Q(
        "which dam gets the most sockeye",
        _lead(_named(lambda df: _top(df.groupby("Dam")["Sockeye"].sum()))),
        ("Dam", "Sockeye"),
    ),
    Q(
        "what was the single biggest day for adult chinook",
        _any_day(_fl_peak_days),
        ("Chinook Adult", "Date", "Dam"),
    ),
    Q(
        "what share of the steelhead were wild",
        _share(lambda df: df["Wild Steelhead"].sum() / df["Steelhead"].sum()),
        ("Steelhead", "Wild Steelhead"),
    ),
    Q(
        "is water temp related to how many shad come through",
        _corr(lambda df: df["Water Temp (°F)"], lambda df: df["Shad"]),
        ("Water Temp (°F)", "Shad"),
    ),
    Q(
        "how many days are missing a water temp",
        either(
            _count(lambda df: int(df["Water Temp (°F)"].isna().sum())),
            _count(lambda df: int(df.loc[df["Water Temp (°F)"].isna(), "Date"].nunique())),
        ),
        ("Water Temp (°F)", "Date", "Dam"),
    ),
]


# --- 6. Boat registrations ---------------------------------------------------------------------------------------

_BR_COUNTIES = {"MIAMI-DADE": 16, "BROWARD": 13, "PALM BEACH": 12, "PINELLAS": 11, "LEE": 10, "HILLSBOROUGH": 9}
_BR_COUNTIES |= {"MONROE": 7, "DUVAL": 7, "BREVARD": 8, "COLLIER": 6, "OKALOOSA": 4}
_BR_ZIPS = {"MIAMI-DADE": 331, "BROWARD": 333, "PALM BEACH": 334, "PINELLAS": 337, "LEE": 339, "HILLSBOROUGH": 336}
_BR_ZIPS |= {"MONROE": 330, "DUVAL": 322, "BREVARD": 329, "COLLIER": 341, "OKALOOSA": 325}
_BR_MAKES = {
    # make: (hull, propulsion weights Outboard/Inboard/Sail/Jet/Electric/Manual, length mean, weight)
    "SEA RAY": ("Fiberglass", [40, 55, 0, 5, 0, 0], 24, 9),
    "BOSTON WHALER": ("Fiberglass", [100, 0, 0, 0, 0, 0], 20, 9),
    "YAMAHA": ("Fiberglass", [5, 0, 0, 95, 0, 0], 11, 10),
    "SEA-DOO": ("Fiberglass", [0, 0, 0, 100, 0, 0], 10, 9),
    "BAYLINER": ("Fiberglass", [60, 40, 0, 0, 0, 0], 19, 8),
    "GRADY-WHITE": ("Fiberglass", [100, 0, 0, 0, 0, 0], 26, 5),
    "TRACKER": ("Aluminum", [95, 0, 0, 0, 5, 0], 16, 7),
    "LOWE": ("Aluminum", [85, 0, 0, 0, 10, 5], 15, 5),
    "CATALINA": ("Fiberglass", [0, 15, 85, 0, 0, 0], 28, 4),
    "HUNTER": ("Fiberglass", [0, 20, 80, 0, 0, 0], 30, 3),
    "ZODIAC": ("Inflatable", [80, 0, 0, 0, 10, 10], 11, 3),
    "OLD TOWN": ("Other", [0, 0, 0, 0, 20, 80], 13, 2),
    "CHRIS-CRAFT": ("Wood", [0, 100, 0, 0, 0, 0], 24, 1),
    "HOMEMADE": ("Other", [50, 0, 10, 0, 10, 30], 14, 2),
    "UNKNOWN": ("Steel", [30, 60, 10, 0, 0, 0], 32, 1),
}
_BR_PROPS = ["Outboard", "Inboard", "Sail", "Jet", "Electric", "Manual"]


def _br_fee(length: float, use: str) -> float:
    if length < 12:
        fee = 5.75
    elif length < 16:
        fee = 28.75
    elif length < 26:
        fee = 50.75
    elif length < 40:
        fee = 118.25
    else:
        fee = 188.25
    return fee + (50.0 if use == "Commercial Fishing" else 25.0 if use in ("Rental", "Dealer") else 0.0)


def _boats_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25106)
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    makes = list(_BR_MAKES)
    rows = []
    used: set[str] = set()
    for _ in range(3200):
        make = _one(rng, makes, [v[3] for v in _BR_MAKES.values()])
        hull, props, mean_len, _ = _BR_MAKES[make]
        if make == "UNKNOWN" and rng.random() < 0.5:
            hull = "Fiberglass"
        prop = _one(rng, _BR_PROPS, props)
        length = round(float(max(7.0, mean_len * rng.lognormal(0, 0.18))), 1)
        use = _one(rng, ["Pleasure", "Commercial Fishing", "Rental", "Dealer"], [88, 6, 4, 2])
        county = _one(rng, list(_BR_COUNTIES), list(_BR_COUNTIES.values()))
        year: int | None = int(np.clip(2024 - rng.gamma(2.2, 6.5), 1962, 2025))
        if (make in ("HOMEMADE", "UNKNOWN") and rng.random() < 0.6) or rng.random() < 0.01:
            year = None
        reg = f"FL {rng.integers(1000, 10000)} {letters[rng.integers(23)]}{letters[rng.integers(23)]}"
        while reg in used:
            reg = f"FL {rng.integers(1000, 10000)} {letters[rng.integers(23)]}{letters[rng.integers(23)]}"
        used.add(reg)
        expires = pd.Timestamp(f"{_one(rng, [2024, 2025, 2026], [30, 55, 15])}-01-01") + pd.offsets.MonthEnd(
            int(rng.integers(1, 13))
        )
        zip5 = f"{_BR_ZIPS[county]}{rng.integers(0, 100):02d}"
        rows.append(
            {
                "Registration Number": reg,
                "County": county,
                "Hull Material": hull,
                "Length (ft)": length,
                "Propulsion": prop,
                "Vessel Use": use,
                "Model Year": year,
                "Make": make,
                "Registration Expires": f"{expires:%m/%d/%Y}",
                "Fee Paid ($)": _br_fee(length, use),
                "Owner Zip": zip5 if rng.random() < 0.85 else f"{zip5}-{rng.integers(1000, 10000)}",
            }
        )
    out = pd.DataFrame(rows)
    out["Model Year"] = out["Model Year"].astype("Int64")
    return out


_BR_QS = [
    Q(
        "which county has the most boats",
        _lead(_named(lambda df: _top(df["County"].value_counts()))),
        ("County",),
    ),
    Q(
        "average length of a sailboat",
        _about(lambda df: df.loc[_text(df, "Propulsion") == "Sail", "Length (ft)"].mean(), rel=0.005),
        ("Length (ft)", "Propulsion"),
    ),
    Q(
        "most common make, not counting unknown or homemade",
        _lead(_named(lambda df: _top(df.loc[~df["Make"].isin(["UNKNOWN", "HOMEMADE"]), "Make"].value_counts()))),
        ("Make",),
    ),
    Q(
        "how many registrations run out before 2025",
        _count(lambda df: int((pd.to_datetime(df["Registration Expires"], format="%m/%d/%Y").dt.year < 2025).sum())),
        ("Registration Expires", "Registration Number"),
    ),
    Q(
        "total fees paid by commercial fishing boats",
        _about(lambda df: df.loc[_text(df, "Vessel Use") == "Commercial Fishing", "Fee Paid ($)"].sum(), rel=0.003),
        ("Fee Paid ($)", "Vessel Use"),
    ),
    Q(
        "how many boats are older than 1990",
        either(
            _count(lambda df: int((pd.to_numeric(df["Model Year"], errors="coerce") < 1990).sum())),
            _count(lambda df: int((pd.to_numeric(df["Model Year"], errors="coerce") <= 1990).sum())),
        ),
        ("Model Year", "Registration Number"),
    ),
]


# --- 7. Prescribed burn log --------------------------------------------------------------------------------------

_RX_COUNTIES = ["Alachua", "Leon", "Marion", "Putnam", "Santa Rosa", "Polk", "Highlands", "Baker"]
_RX_UNIT_A = ["Longleaf", "Wiregrass", "Cypress", "Turkey Oak", "Gopher", "Sandhill", "Bluejack", "Fox Squirrel"]
_RX_UNIT_B = ["Flats", "Ridge", "Bay", "Branch", "Prairie", "Hammock", "Tract"]


def _burns_frame() -> pd.DataFrame:
    rng = np.random.default_rng(25107)
    units = [f"{a} {b} {n}" for a in _RX_UNIT_A for b in _RX_UNIT_B for n in ("A", "B")]
    unit_county = {u: _one(rng, _RX_COUNTIES) for u in units}
    rows = []
    counters: dict[int, int] = {}
    for _ in range(640):
        year = int(_one(rng, list(range(2018, 2025)), [10, 12, 13, 9, 15, 16, 14]))
        day = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(days=int(abs(rng.normal(0, 55)) + rng.integers(0, 60)))
        if day.year != year:
            day = pd.Timestamp(f"{year}-03-15")
        counters[year] = counters.get(year, 0) + 1
        unit = _one(rng, units)
        obj = _one(rng, ["Fuel Reduction", "Habitat", "Site Prep", "Invasive Control"], [45, 30, 15, 10])
        fuel = _one(rng, ["Grass", "Pine Litter", "Hardwood Litter", "Shrub", "Slash"], [20, 40, 12, 18, 10])
        ign = _one(rng, ["Hand", "Aerial", "Drip Torch", "ATV"], [15, 18, 52, 15])
        planned = int(round(float(rng.lognormal(4.6 if ign != "Aerial" else 6.2, 0.6)), -1 if ign == "Aerial" else 0))
        planned = max(planned, 5)
        wind = int(np.clip(rng.normal(9, 3.5), 2, 22))
        hum = int(np.clip(rng.normal(38, 9), 18, 75))
        called_off = rng.random() < 0.05
        burned = 0 if called_off else round(planned * float(np.clip(rng.normal(0.9, 0.12), 0.3, 1.15)))
        risk = 0.015 + 0.012 * max(0, wind - 10) + 0.01 * max(0, 30 - hum) + (0.02 if fuel == "Shrub" else 0)
        escaped = not called_off and rng.random() < risk
        smoke = 0 if called_off else int(rng.poisson(0.25 + burned / 900 + (2 if escaped else 0)))
        rows.append(
            {
                "Burn ID": f"RX-{year}-{counters[year]:04d}",
                "Burn Date": f"{day.month}/{day.day}/{day.year}",
                "Unit Name": unit,
                "County": unit_county[unit],
                "Acres Planned": planned,
                "Acres Burned": burned,
                "Objective": obj,
                "Fuel Type": fuel,
                "Ignition Method": ign,
                "Max Wind (mph)": wind,
                "Min Humidity (%)": hum,
                "Escaped": "Y" if escaped else "N",
                "Smoke Complaints": smoke,
                "_t": day,
            }
        )
    out = pd.DataFrame(rows).sort_values("_t", kind="stable").drop(columns="_t").reset_index(drop=True)
    return out


def _rx_years(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Burn Date"], format="%m/%d/%Y").dt.year


def _rx_escaped(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Escaped") == "Y"


def _rx_done_ratio(df: pd.DataFrame) -> list[float]:
    ratio = df["Acres Burned"] / df["Acres Planned"]
    done = df["Acres Burned"] > 0
    return [float(df["Acres Burned"].sum() / df["Acres Planned"].sum()), float(ratio.mean()), float(ratio[done].mean())]


_RX_QS = [
    Q(
        "how many acres got burned altogether",
        _amount(lambda df: df["Acres Burned"].sum()),
        ("Acres Burned",),
    ),
    Q(
        "which year burned the most acres",
        _lead(_year(lambda df: int(_top(df["Acres Burned"].groupby(_rx_years(df)).sum())))),
        ("Acres Burned", "Burn Date"),
    ),
    Q(
        "how many burns escaped",
        _count(lambda df: int(_rx_escaped(df).sum())),
        ("Escaped", "Burn ID"),
    ),
    Q(
        "what share of the aerial ones escaped",
        _share(lambda df: _rx_escaped(df)[_text(df, "Ignition Method") == "Aerial"].mean()),
        ("Escaped", "Ignition Method", "Burn ID"),
    ),
    Q(
        "avg min humidity on escaped burns vs the rest",
        _about(lambda df: df.groupby(_rx_escaped(df))["Min Humidity (%)"].mean(), rel=0.005),
        ("Min Humidity (%)", "Escaped"),
    ),
    Q(
        "typically what fraction of the planned acres actually gets burned",
        either(*(_share(lambda df, i=i: _rx_done_ratio(df)[i]) for i in range(3))),
        ("Acres Planned", "Acres Burned"),
    ),
]


HELDOUT251: list[Dataset] = [
    Dataset("opensea_account_activity", _opensea_frame, _OS_QS),
    Dataset("offerup_seller_history", _offerup_frame, _OU_QS),
    Dataset("spotify_for_artists_songs", _spotify_frame, _SA_QS),
    Dataset("pokerstars_tournament_history", _pokerstars_frame, _PS_QS),
    Dataset("fish_ladder_daily_counts", _fish_frame, _FL_QS),
    Dataset("boat_registrations", _boats_frame, _BR_QS),
    Dataset("prescribed_burn_log", _burns_frame, _RX_QS),
]
