"""HELDOUT281: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Telegram channel's post
statistics export (one row per post, September 2022 to February 2024) with message_id, posted_at as
"2023-05-14 18:32:10+00:00", post_type (text, photo, video, poll), views, forwards, reactions (blank before
reactions were switched on in December 2022) and comments (blank before the discussion group was linked in March
2023, 0 on many posts after); a state DMV vehicle registrations dataset (open data, 2022 and 2023) with
"Record Type" (always VEH), "Registration Date" as "03/14/2023", upper-case "County", "Make" cut to five letters the
way the DMV writes it (TOYOT, CHEVR, HONDA, FORD, TESLA, ...), "Model Year", "Fuel Type" (GAS, DIESEL, HYBRID,
ELECTRIC, FLEX; blank on a few), "Body Type" codes (4DSD, SUBN, PICK, 2DSD, VAN), "Unladen Weight" in pounds,
"Weight Class" as "3,501-5,000 LBS" and "Fee Paid" as "$56.25"; a tattoo studio's booking ledger (2023 and 2024,
one row per session, repeat clients) with Date as "2024-03-09", "Client ID" ("C0412"), Artist, Style, Hours (half
hours), "Hourly Rate" as "$150", Deposit as "$100" (blank for walk-ins), "Total Charged" as "$450.00" (a $100 shop
minimum), Tip (blank when none was left) and "First Tattoo" (Y/N); a livestock auction market report in USDA style
(one row per lot group, 2023 and 2024, weekly sales at three markets) with "Report Date" as "01/08/2024", Market,
Class (Steers, Heifers, Cows, Bulls), Frame ("Medium and Large 1", "Medium and Large 1-2", "Large 1", "Small 1";
blank for cows and bulls), Dressing (Average, High, Low; blank for steers and heifers), Head, "Wt Range" as
"550-600", "Avg Wt" in pounds, "Price Range" as "245.00-262.50" and "Avg Price" in dollars per hundredweight; a
Gmail mailbox summary export (one row per email, 2023) with Date as "Tue, 14 Mar 2023 08:12:45 -0700", From as
"Name <address>", To, "Subject Length", Label (INBOX, CATEGORY_PROMOTIONS, CATEGORY_SOCIAL, CATEGORY_UPDATES), Read,
Starred and "Has Attachment" as TRUE/FALSE and "Size KB"; a county's recorded mortgages dataset in Socrata style
(2021 to 2023) with DOC_NUMBER ("2022-0012345"), RECORDING_DATE as "2022-03-15T00:00:00.000", upper-case LENDER
("ROCKET MORTGAGE LLC"), LOAN_AMOUNT, LOAN_TYPE (CONVENTIONAL, FHA, VA; blank on a few), PROPERTY_ZIP,
INTEREST_RATE as "6.125" (blank on some), TERM_YEARS (15, 20, 30) and REFI_FLAG (Y/N); and a pickleball league's
results sheet (summer 2024, one row per match) with Week, Date as "6/4/2024", Court ("Court 3"), Division ("3.0",
"3.5", "4.0+"), "Team A" and "Team B" as "Patel / Nguyen", "Score A" and "Score B" (games to 11, win by two) and
Winner ("A" or "B"). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical, _weekday
from .heldout273 import _both, _code
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _abouts(*values: Callable[[pd.DataFrame], float]) -> Check:
    """Every value appears, to about 1% (or rounded to one decimal)."""
    return _both(*[_about(v) for v in values])


def _near(value: Callable[[pd.DataFrame], float], tol: float) -> Check:
    """A number within `tol` of the value (for years, where a relative tolerance is too loose)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        found = [float(t) for t in re.findall(r"(?<![\d.])\d+(?:\.\d+)?", answer.replace(",", ""))]
        return None if any(abs(f - want) <= tol for f in found) else f"missing number {want:.6g}"

    return check


def _typicals(*values: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Every group's mean appears, or every group's median."""
    return either(
        _abouts(*[lambda df, v=v: float(v(df).mean()) for v in values]),
        _abouts(*[lambda df, v=v: float(v(df).median()) for v in values]),
    )


# --- 1. Telegram channel post statistics ---------------------------------------------------------------------------

# post type: weight, views multiplier, forwards per 1000 views, reactions per 1000 views
_TG_TYPES = {"text": (40, 0.85, 9.0, 14.0), "photo": (30, 1.0, 12.0, 22.0), "video": (18, 1.35, 16.0, 25.0)}
_TG_TYPES |= {"poll": (12, 1.1, 3.0, 6.0)}


def _telegram_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28101)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-09-01")
    span = int((pd.Timestamp("2024-02-29 23:59:59") - start).total_seconds())
    stamps = sorted(start + pd.Timedelta(seconds=int(s)) for s in rng.integers(0, span, 1650))
    for k, when in enumerate(stamps):
        kind = str(_one(rng, list(_TG_TYPES), [v[0] for v in _TG_TYPES.values()]))
        _w, mult, fwd, rea = _TG_TYPES[kind]
        months = (when - start).days / 30.4
        views = int(rng.lognormal(np.log(2400 + 140 * months), 0.35) * mult)
        forwards = int(rng.poisson(views * fwd / 1000))
        reactions: Any = "" if when < pd.Timestamp("2022-12-01") else int(rng.poisson(views * rea / 1000))
        comments: Any = ""
        if when >= pd.Timestamp("2023-03-01"):
            comments = 0 if rng.random() < 0.35 else int(rng.poisson(6 if kind != "poll" else 2) + 1)
        rows.append(
            {
                "message_id": 120 + k,
                "posted_at": f"{when:%Y-%m-%d %H:%M:%S}+00:00",
                "post_type": kind,
                "views": views,
                "forwards": forwards,
                "reactions": reactions,
                "comments": comments,
            }
        )
    return pd.DataFrame(rows)


def _tg_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["posted_at"].str[:19])


def _tg_top_types(df: pd.DataFrame) -> list[str]:
    g = df.groupby("post_type")["views"]
    return [_top(g.mean()), _top(g.median())]


def _tg_no_comments(df: pd.DataFrame) -> list[float]:
    c = _num(df, "comments")
    return [float((c == 0).sum() / c.notna().sum()), float((c.fillna(0) == 0).mean()), float((c == 0).mean())]


_TG_QS = [
    Q("how many posts are in this export", _count(lambda df: len(df)), ("message_id",)),
    Q(
        "what kind of post gets the most views",
        _lead(_named_any(_tg_top_types)),
        ("post_type", "views"),
    ),
    Q(
        "and how many views does a video usually get",
        _typical(lambda df: df.loc[_text(df, "post_type") == "video", "views"]),
        ("post_type", "views"),
    ),
    Q(
        "do posts with more views get forwarded more",
        _corr(lambda df: df["views"], lambda df: df["forwards"]),
        ("views", "forwards"),
    ),
    Q(
        "which month did the channel post the most",
        _lead(_month_year(lambda df: _tg_when(df).dt.to_period("M").value_counts().idxmax().to_timestamp())),
        ("posted_at", "message_id"),
    ),
    Q(
        "what percent of posts got no comments",
        either(*[_share(lambda df, i=i: _tg_no_comments(df)[i]) for i in range(3)]),
        ("comments",),
    ),
]


# --- 2. DMV vehicle registrations ----------------------------------------------------------------------------------

_DMV_COUNTIES = {"KING": 30, "PIERCE": 14, "SNOHOMISH": 13, "SPOKANE": 8, "CLARK": 8, "THURSTON": 5}
_DMV_COUNTIES |= {"KITSAP": 4, "WHATCOM": 4, "YAKIMA": 4, "BENTON": 3}
# make: weight, electric share, hybrid share, diesel share, body types
_DMV_MAKES: dict[str, tuple[float, float, float, float, list[str]]] = {
    "TOYOT": (16, 0.02, 0.22, 0.0, ["4DSD", "SUBN", "PICK"]),
    "HONDA": (11, 0.01, 0.12, 0.0, ["4DSD", "SUBN", "2DSD"]),
    "FORD": (13, 0.04, 0.03, 0.08, ["PICK", "SUBN", "VAN"]),
    "CHEVR": (11, 0.05, 0.0, 0.07, ["PICK", "SUBN", "4DSD"]),
    "TESLA": (6, 1.0, 0.0, 0.0, ["4DSD", "SUBN"]),
    "NISSA": (6, 0.12, 0.0, 0.0, ["4DSD", "SUBN"]),
    "SUBAR": (9, 0.01, 0.04, 0.0, ["SUBN", "4DSD"]),
    "HYUND": (7, 0.1, 0.08, 0.0, ["4DSD", "SUBN"]),
    "JEEP": (5, 0.0, 0.06, 0.02, ["SUBN"]),
    "RAM": (5, 0.0, 0.0, 0.3, ["PICK", "VAN"]),
    "BMW": (4, 0.12, 0.06, 0.0, ["4DSD", "SUBN", "2DSD"]),
    "KIA": (6, 0.1, 0.07, 0.0, ["4DSD", "SUBN"]),
}
_DMV_WEIGHT = {"4DSD": 3300, "2DSD": 3100, "SUBN": 4200, "PICK": 5000, "VAN": 4700}
_DMV_CLASSES = [(3500, "0-3,500 LBS"), (5000, "3,501-5,000 LBS"), (8500, "5,001-8,500 LBS"), (10**9, "8,501+ LBS")]


def _dmv_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28102)
    rows: list[dict[str, Any]] = []
    makes = list(_DMV_MAKES)
    counties = list(_DMV_COUNTIES)
    for _ in range(4200):
        make = str(_one(rng, makes, [v[0] for v in _DMV_MAKES.values()]))
        _w, ev, hy, di, bodies = _DMV_MAKES[make]
        county = str(_one(rng, counties, list(_DMV_COUNTIES.values())))
        ev = min(1.0, ev * (1.8 if county == "KING" else 1.0))
        u = rng.random()
        fuel = "ELECTRIC" if u < ev else "HYBRID" if u < ev + hy else "DIESEL" if u < ev + hy + di else "GAS"
        if fuel == "GAS" and make in ("FORD", "CHEVR") and rng.random() < 0.08:
            fuel = "FLEX"
        body = str(_one(rng, bodies))
        year = int(np.clip(2024 - rng.gamma(2.0, 3.2 if fuel != "ELECTRIC" else 1.6), 1985, 2024))
        weight = int(rng.normal(_DMV_WEIGHT[body], 380) + (650 if fuel == "ELECTRIC" else 0))
        wclass = next(label for top, label in _DMV_CLASSES if weight <= top)
        day = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 730)))
        fee = 43.25 + 0.004 * weight + (225.0 if fuel == "ELECTRIC" else 75.0 if fuel == "HYBRID" else 0.0)
        fee += 0.0 if rng.random() < 0.6 else float(_one(rng, [12.0, 25.0, 4.5]))
        rows.append(
            {
                "Record Type": "VEH",
                "Registration Date": f"{day:%m/%d/%Y}",
                "County": county,
                "Make": make,
                "Model Year": year,
                "Fuel Type": "" if rng.random() < 0.015 else fuel,
                "Body Type": body,
                "Unladen Weight": weight,
                "Weight Class": wclass,
                "Fee Paid": f"${fee:,.2f}",
            }
        )
    return pd.DataFrame(rows)


def _dmv_fuel(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Fuel Type")


def _dmv_month_2023(df: pd.DataFrame) -> pd.Timestamp:
    d = pd.to_datetime(df["Registration Date"], format="%m/%d/%Y")
    d = d[d.dt.year == 2023]
    return d.dt.to_period("M").value_counts().idxmax().to_timestamp()


def _dmv_green(df: pd.DataFrame, known: bool) -> float:
    fuel = _dmv_fuel(df)
    green = fuel.isin(["HYBRID", "ELECTRIC"]).sum()
    return float(green / ((fuel != "").sum() if known else len(fuel)))


def _dmv_year(fuel: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: df.loc[_dmv_fuel(df) == fuel, "Model Year"]


_DMV_QS = [
    Q(
        "how many electric cars got registered",
        _count(lambda df: int((_dmv_fuel(df) == "ELECTRIC").sum())),
        ("Fuel Type",),
    ),
    Q(
        "which county has the most of them",
        _lead(_named(lambda df: _top(_text(df, "County")[_dmv_fuel(df) == "ELECTRIC"].value_counts()))),
        ("County", "Fuel Type"),
    ),
    Q("whats the average registration fee", _typical(lambda df: _num(df, "Fee Paid")), ("Fee Paid",)),
    Q(
        "what share of registrations are hybrid or electric",
        either(_share(lambda df: _dmv_green(df, False)), _share(lambda df: _dmv_green(df, True))),
        ("Fuel Type",),
    ),
    Q(
        "are the electric ones newer than gas cars",
        either(
            _both(*[_near(lambda df, f=f: float(_dmv_year(f)(df).mean()), 0.15) for f in ("ELECTRIC", "GAS")]),
            _both(*[_near(lambda df, f=f: float(_dmv_year(f)(df).median()), 0.15) for f in ("ELECTRIC", "GAS")]),
        ),
        ("Model Year", "Fuel Type"),
    ),
    Q(
        "busiest month for registrations in 2023?",
        _lead(_month_year(_dmv_month_2023)),
        ("Registration Date",),
    ),
]


# --- 3. Tattoo studio booking ledger -------------------------------------------------------------------------------

# artist: hourly rate, weight, styles
_TT_ARTISTS: dict[str, tuple[int, float, list[str]]] = {
    "Marco": (180, 1.2, ["Traditional", "Neo-Traditional", "Japanese"]),
    "Jess": (160, 1.4, ["Fine Line", "Script", "Floral"]),
    "Dani": (200, 0.9, ["Realism", "Black & Grey", "Portrait"]),
    "Tomas": (140, 1.0, ["Traditional", "Blackwork", "Flash"]),
    "Kiki": (150, 1.1, ["Fine Line", "Floral", "Minimalist"]),
}


def _tattoo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28103)
    rows: list[dict[str, Any]] = []
    artists = list(_TT_ARTISTS)
    clients = [f"C{n:04d}" for n in rng.choice(np.arange(100, 2000), 620, replace=False)]
    seen: set[str] = set()
    days = pd.date_range("2023-01-03", "2024-12-21", freq="D")
    days = days[days.day_of_week.isin([1, 2, 3, 4, 5])]
    for day in days:
        for _ in range(int(rng.poisson(2.4))):
            artist = str(_one(rng, artists, [v[1] for v in _TT_ARTISTS.values()]))
            rate, _w, styles = _TT_ARTISTS[artist]
            if day.year == 2024:
                rate += 10
            client = str(_one(rng, clients))
            first = client not in seen and rng.random() < 0.75
            seen.add(client)
            style = str(_one(rng, styles, [5, 3, 2]))
            hours = float(np.clip(round(rng.gamma(2.0, 0.9 if first else 1.5) * 2) / 2, 0.5, 8.0))
            total = max(100.0, hours * rate)
            walk_in = rng.random() < 0.2
            tip: Any = "" if rng.random() < 0.25 else round(total * float(rng.uniform(0.1, 0.25)))
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Client ID": client,
                    "Artist": artist,
                    "Style": style,
                    "Hours": hours,
                    "Hourly Rate": f"${rate}",
                    "Deposit": "" if walk_in else f"${100 if total < 600 else 200}",
                    "Total Charged": f"${total:,.2f}",
                    "Tip": tip,
                    "First Tattoo": "Y" if first else "N",
                }
            )
    return pd.DataFrame(rows)


def _tt_first(df: pd.DataFrame) -> pd.Series:
    return _text(df, "First Tattoo") == "Y"


def _tt_2024(tips: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        keep = df["Date"].astype(str).str.startswith("2024")
        total = _num(df, "Total Charged") + (_num(df, "Tip").fillna(0) if tips else 0)
        return float(total[keep].sum())

    return value


_TT_QS = [
    Q(
        "which artist brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Total Charged").groupby(df["Artist"]).sum()))),
        ("Artist", "Total Charged"),
    ),
    Q(
        "whats the average tip",
        either(_typical(lambda df: _num(df, "Tip")), _typical(lambda df: _num(df, "Tip").fillna(0))),
        ("Tip",),
    ),
    Q("how many sessions were someone's first tattoo", _count(lambda df: int(_tt_first(df).sum())), ("First Tattoo",)),
    Q(
        "do first timers sit for shorter sessions than returning clients",
        _typicals(lambda df: df.loc[_tt_first(df), "Hours"], lambda df: df.loc[~_tt_first(df), "Hours"]),
        ("Hours", "First Tattoo"),
    ),
    Q(
        "most popular style?",
        _lead(_named(lambda df: _top(_text(df, "Style").value_counts()))),
        ("Style",),
    ),
    Q(
        "how much did the shop make in 2024",
        either(_amount(_tt_2024(False)), _amount(_tt_2024(True))),
        ("Total Charged", "Tip", "Date"),
    ),
]


# --- 4. Livestock auction market report ----------------------------------------------------------------------------

_LV_MARKETS = {"Joplin Regional Stockyards": 1.0, "Oklahoma National Stockyards": 0.97, "Dodge City Livestock": 1.02}
# class: base price $/cwt at 550 lbs, price drop per 100 lbs, weight range, head range
_LV_CLASSES: dict[str, tuple[float, float, tuple[int, int], tuple[int, int]]] = {
    "Steers": (250.0, 18.0, (350, 900), (5, 120)),
    "Heifers": (228.0, 16.0, (350, 850), (5, 100)),
    "Cows": (98.0, 0.0, (1000, 1600), (1, 40)),
    "Bulls": (122.0, 0.0, (1400, 2200), (1, 8)),
}
_LV_FRAMES = ["Medium and Large 1", "Medium and Large 1-2", "Large 1", "Small 1"]


def _livestock_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28104)
    rows: list[dict[str, Any]] = []
    weeks = pd.date_range("2023-01-02", "2024-12-30", freq="W-MON")
    for week in weeks:
        t = (week - weeks[0]).days / 730
        season = 1 + 0.04 * np.sin(2 * np.pi * (week.dayofyear / 365.0 - 0.1))
        for k, (market, level) in enumerate(_LV_MARKETS.items()):
            day = week + pd.Timedelta(days=k)
            if rng.random() < 0.06:
                continue
            for cls, (base, drop, (wlo, whi), (hlo, hhi)) in _LV_CLASSES.items():
                for _ in range(int(rng.integers(2, 5))):
                    lo = int(rng.integers(wlo // 50, whi // 50)) * 50
                    avg_wt = int(lo + rng.uniform(5, 45))
                    frame = dressing = ""
                    if cls in ("Steers", "Heifers"):
                        frame = str(_one(rng, _LV_FRAMES, [40, 35, 15, 10]))
                        adj = {"Large 1": 4.0, "Small 1": -12.0}.get(frame, 0.0)
                    else:
                        dressing = str(_one(rng, ["Average", "High", "Low"], [60, 20, 20]))
                        adj = {"High": 8.0, "Low": -9.0}.get(dressing, 0.0)
                    price = (base * (1 + 0.22 * t) - drop * (avg_wt - 550) / 100 + adj) * level * season
                    price = round(price + rng.normal(0, 4), 2)
                    spread = round(float(rng.uniform(3, 14)), 2)
                    rows.append(
                        {
                            "Report Date": f"{day:%m/%d/%Y}",
                            "Market": market,
                            "Class": cls,
                            "Frame": frame,
                            "Dressing": dressing,
                            "Head": int(rng.integers(hlo, hhi + 1)),
                            "Wt Range": f"{lo}-{lo + 50}",
                            "Avg Wt": avg_wt,
                            "Price Range": f"{price - spread * 0.6:.2f}-{price + spread * 0.4:.2f}",
                            "Avg Price": price,
                        }
                    )
    return pd.DataFrame(rows)


def _lv_class(df: pd.DataFrame, cls: str) -> pd.DataFrame:
    return df[_text(df, "Class") == cls]


def _lv_price(cls: str, weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = _lv_class(df, cls)
        if weighted:
            return float((d["Avg Price"] * d["Head"]).sum() / d["Head"].sum())
        return float(d["Avg Price"].mean())

    return value


def _lv_best_months(df: pd.DataFrame) -> list[pd.Timestamp]:
    d = _lv_class(df, "Steers")
    month = pd.to_datetime(d["Report Date"], format="%m/%d/%Y").dt.to_period("M")
    plain = d["Avg Price"].groupby(month).mean()
    heads = (d["Avg Price"] * d["Head"]).groupby(month).sum() / d["Head"].groupby(month).sum()
    return [plain.idxmax().to_timestamp(), heads.idxmax().to_timestamp()]


_LV_QS = [
    Q("how many head were sold altogether", _count(lambda df: int(df["Head"].sum())), ("Head",)),
    Q(
        "whats the average price for steers vs heifers",
        either(
            _abouts(_lv_price("Steers", False), _lv_price("Heifers", False)),
            _abouts(_lv_price("Steers", True), _lv_price("Heifers", True)),
        ),
        ("Class", "Avg Price", "Head"),
    ),
    Q(
        "which market moved the most cattle",
        either(
            _lead(_named(lambda df: _top(df.groupby("Market")["Head"].sum()))),
            _lead(_named(lambda df: _top(df["Market"].value_counts()))),
        ),
        ("Market", "Head"),
    ),
    Q(
        "for steers, does the price go down as they get heavier",
        _corr(lambda df: _lv_class(df, "Steers")["Avg Wt"], lambda df: _lv_class(df, "Steers")["Avg Price"]),
        ("Class", "Avg Wt", "Avg Price"),
    ),
    Q(
        "what was the total dollar value of everything sold",
        _amount(lambda df: float((df["Head"] * df["Avg Wt"] * df["Avg Price"] / 100).sum())),
        ("Head", "Avg Wt", "Avg Price"),
    ),
    Q(
        "which month were steer prices highest",
        either(*[_lead(_month_year(lambda df, i=i: _lv_best_months(df)[i])) for i in range(2)]),
        ("Report Date", "Class", "Avg Price", "Head"),
    ),
]


# --- 5. Gmail mailbox summary --------------------------------------------------------------------------------------

# sender: label, weight, read chance, attachment chance, size KB (median)
_GM_SENDERS: dict[str, tuple[str, float, float, float, float]] = {
    "Amazon.com <shipment-tracking@amazon.com>": ("CATEGORY_UPDATES", 9, 0.55, 0.02, 45),
    "Target <target@em.target.com>": ("CATEGORY_PROMOTIONS", 11, 0.08, 0.0, 85),
    "Old Navy <oldnavy@email.oldnavy.com>": ("CATEGORY_PROMOTIONS", 12, 0.05, 0.0, 95),
    "Best Buy <BestBuyInfo@emailinfo.bestbuy.com>": ("CATEGORY_PROMOTIONS", 8, 0.07, 0.0, 90),
    "LinkedIn <messages-noreply@linkedin.com>": ("CATEGORY_SOCIAL", 10, 0.3, 0.0, 60),
    "Facebook <notification@facebookmail.com>": ("CATEGORY_SOCIAL", 7, 0.25, 0.0, 40),
    "Chase <no.reply.alerts@chase.com>": ("CATEGORY_UPDATES", 8, 0.7, 0.05, 30),
    "Google <no-reply@accounts.google.com>": ("CATEGORY_UPDATES", 4, 0.6, 0.0, 25),
    "Sarah Kim <sarah.kim@gmail.com>": ("INBOX", 6, 0.97, 0.3, 120),
    "Mom <linda.reyes52@yahoo.com>": ("INBOX", 5, 0.98, 0.35, 900),
    "David Ortiz <dortiz@northwind-eng.com>": ("INBOX", 7, 0.95, 0.45, 350),
    "HR Team <hr@northwind-eng.com>": ("INBOX", 3, 0.9, 0.6, 420),
    "Priya Shah <priya.shah@outlook.com>": ("INBOX", 3, 0.96, 0.2, 150),
}
_GM_ME = "alex.reyes@gmail.com"


def _gmail_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28105)
    rows: list[dict[str, Any]] = []
    senders = list(_GM_SENDERS)
    for _ in range(3600):
        sender = str(_one(rng, senders, [v[1] for v in _GM_SENDERS.values()]))
        label, _w, p_read, p_att, size = _GM_SENDERS[sender]
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        if label == "INBOX" and day.day_of_week >= 5 and rng.random() < 0.6:
            day -= pd.Timedelta(days=int(day.day_of_week) - 3)
        when = day + pd.Timedelta(seconds=int(rng.integers(6 * 3600, 23 * 3600)))
        dst = pd.Timestamp("2023-03-12") <= when < pd.Timestamp("2023-11-05")
        attach = rng.random() < p_att
        kb = float(rng.lognormal(np.log(size), 0.5)) + (float(rng.lognormal(np.log(800), 1.0)) if attach else 0)
        read = rng.random() < p_read
        rows.append(
            {
                "Date": f"{when:%a, %d %b %Y %H:%M:%S} {'-0700' if dst else '-0800'}",
                "From": sender,
                "To": _GM_ME if rng.random() < 0.92 else f"{_GM_ME}, family-list@googlegroups.com",
                "Subject Length": int(np.clip(rng.normal(48, 18), 3, 140)),
                "Label": label,
                "Read": "TRUE" if read else "FALSE",
                "Starred": "TRUE" if rng.random() < (0.12 if label == "INBOX" else 0.01) else "FALSE",
                "Has Attachment": "TRUE" if attach else "FALSE",
                "Size KB": round(kb, 1),
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Date"], format="%a, %d %b %Y %H:%M:%S %z", utc=True).argsort()
    return frame.iloc[order[::-1]].reset_index(drop=True)


def _gm_flag(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "TRUE"


def _gm_promo(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Label") == "CATEGORY_PROMOTIONS"


def _gm_senders(df: pd.DataFrame) -> list[str]:
    top = _top(_text(df, "From").value_counts())
    m = re.match(r"(.*?)\s*<(.*)>", top)
    return [top, m.group(1), m.group(2)] if m else [top]


def _gm_days(df: pd.DataFrame) -> list[str]:
    local = pd.to_datetime(df["Date"].str[:25], format="%a, %d %b %Y %H:%M:%S")
    utc = pd.to_datetime(df["Date"], format="%a, %d %b %Y %H:%M:%S %z", utc=True)
    return [_top(local.dt.day_name().value_counts()), _top(utc.dt.day_name().value_counts())]


def _gm_size(answer: str, df: pd.DataFrame) -> str | None:
    """Total KB of emails with attachments, in KB, MB (1000 or 1024) or GB."""
    kb = float(df.loc[_gm_flag(df, "Has Attachment"), "Size KB"].sum())
    wants = [kb, kb / 1000, kb / 1024, kb / 1e6, kb / 1024**2]
    for t in re.findall(r"\d[\d,]*(?:\.\d+)?", answer):
        f = float(t.replace(",", ""))
        places = len(t.split(".")[1]) if "." in t else 0
        if any(abs(f - w) <= max(0.006 * w, 0.5 * 10.0**-places) and abs(f - w) <= 0.02 * w for w in wants):
            return None
    return f"missing size {kb:.6g} KB"


_GM_QS = [
    Q("how many of my emails are promotions", _count(lambda df: int(_gm_promo(df).sum())), ("Label",)),
    Q(
        "what percent of those did i actually open",
        _share(lambda df: float(_gm_flag(df, "Read")[_gm_promo(df)].mean())),
        ("Label", "Read"),
    ),
    Q("who emails me the most", _lead(_named_any(_gm_senders)), ("From",)),
    Q(
        "how much space do emails with attachments take up",
        _gm_size,
        ("Has Attachment", "Size KB"),
    ),
    Q(
        "which day of the week do i get the most mail",
        either(*[_lead(_weekday(lambda df, i=i: _gm_days(df)[i])) for i in range(2)]),
        ("Date",),
    ),
    Q(
        "how many starred emails are still unread",
        _count(lambda df: int((_gm_flag(df, "Starred") & ~_gm_flag(df, "Read")).sum())),
        ("Starred", "Read"),
    ),
]


# --- 6. Recorded mortgages -----------------------------------------------------------------------------------------

# lender: weight, FHA share, VA share
_MG_LENDERS = {
    "ROCKET MORTGAGE LLC": (16, 0.2, 0.08),
    "WELLS FARGO BANK NA": (12, 0.12, 0.06),
    "UNITED WHOLESALE MORTGAGE LLC": (14, 0.22, 0.07),
    "JPMORGAN CHASE BANK NA": (9, 0.08, 0.04),
    "NAVY FEDERAL CREDIT UNION": (7, 0.05, 0.6),
    "GUILD MORTGAGE COMPANY LLC": (6, 0.3, 0.1),
    "US BANK NA": (7, 0.1, 0.05),
    "LOANDEPOT COM LLC": (8, 0.18, 0.06),
    "FIRST TECH FEDERAL CREDIT UNION": (4, 0.03, 0.02),
}
# zip: weight, price level
_MG_ZIPS = {"97201": (8, 1.3), "97202": (10, 1.15), "97206": (12, 0.9), "97211": (9, 1.0), "97217": (8, 0.95)}
_MG_ZIPS |= {"97219": (10, 1.2), "97229": (9, 1.45), "97230": (7, 0.75), "97233": (6, 0.7), "97266": (7, 0.72)}
_MG_RATES = {2021: (3.05, 0.6), 2022: (5.2, 0.35), 2023: (6.85, 0.05)}  # base rate, refinance share


def _mortgage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28106)
    rows: list[dict[str, Any]] = []
    lenders = list(_MG_LENDERS)
    zips = list(_MG_ZIPS)
    n = {2021: 1900, 2022: 1250, 2023: 800}
    serial = {2021: 4000, 2022: 3000, 2023: 2500}
    for year, count in n.items():
        base, refi_p = _MG_RATES[year]
        days = sorted(int(d) for d in rng.integers(0, 365, count))
        for d in days:
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=d)
            lender = str(_one(rng, lenders, [v[0] for v in _MG_LENDERS.values()]))
            _w, fha, va = _MG_LENDERS[lender]
            u = rng.random()
            kind = "VA" if u < va else "FHA" if u < va + fha else "CONVENTIONAL"
            z = str(_one(rng, zips, [v[0] for v in _MG_ZIPS.values()]))
            level = _MG_ZIPS[z][1]
            amount = float(rng.lognormal(np.log(420000 * level * (0.8 if kind == "FHA" else 1.0)), 0.3))
            amount = round(amount / 1000) * 1000 if rng.random() < 0.7 else round(amount / 50) * 50
            term = int(_one(rng, [30, 15, 20], [80, 15, 5]))
            rate = base + (0.5 if year == 2022 and day.month >= 7 else 0) + rng.normal(0, 0.25)
            rate -= 0.55 if term == 15 else 0.0
            rate -= 0.2 if kind == "VA" else 0.0
            rate = round(round(rate * 8) / 8, 3)
            serial[year] += int(rng.integers(1, 25))
            rows.append(
                {
                    "DOC_NUMBER": f"{year}-{serial[year]:07d}",
                    "RECORDING_DATE": f"{day:%Y-%m-%d}T00:00:00.000",
                    "LENDER": lender,
                    "LOAN_AMOUNT": int(amount),
                    "LOAN_TYPE": "" if rng.random() < 0.02 else kind,
                    "PROPERTY_ZIP": z,
                    "INTEREST_RATE": "" if rng.random() < 0.07 else f"{rate:.3f}",
                    "TERM_YEARS": term,
                    "REFI_FLAG": "Y" if rng.random() < refi_p else "N",
                }
            )
    return pd.DataFrame(rows)


def _mg_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["RECORDING_DATE"]).dt.year


def _mg_rate(year: int, how: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "INTEREST_RATE")[_mg_year(df) == year].agg(how))


def _mg_refi(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda df: float((_text(df, "REFI_FLAG")[_mg_year(df) == year] == "Y").mean())


def _mg_zip_tops(df: pd.DataFrame) -> list[str]:
    g = df.groupby(_text(df, "PROPERTY_ZIP"))["LOAN_AMOUNT"]
    return [_top(g.mean()), _top(g.median())]


_MG_QS = [
    Q(
        "which lender has the most mortgages",
        _lead(_named(lambda df: _top(_text(df, "LENDER").value_counts()))),
        ("LENDER", "DOC_NUMBER"),
    ),
    Q("typical loan size?", _typical(lambda df: df["LOAN_AMOUNT"]), ("LOAN_AMOUNT",)),
    Q(
        "how did interest rates change from year to year",
        either(
            _abouts(*[_mg_rate(y, "mean") for y in (2021, 2022, 2023)]),
            _abouts(*[_mg_rate(y, "median") for y in (2021, 2022, 2023)]),
        ),
        ("INTEREST_RATE", "RECORDING_DATE"),
    ),
    Q(
        "what share were refis in 2021 compared to 2023",
        _both(_share(_mg_refi(2021)), _share(_mg_refi(2023))),
        ("REFI_FLAG", "RECORDING_DATE"),
    ),
    Q(
        "how many fha loans were over 400k",
        _count(lambda df: int(((_text(df, "LOAN_TYPE") == "FHA") & (df["LOAN_AMOUNT"] > 400000)).sum())),
        ("LOAN_TYPE", "LOAN_AMOUNT"),
    ),
    Q(
        "which zip code has the biggest loans on average",
        either(*[_lead(_code(lambda df, i=i: _mg_zip_tops(df)[i])) for i in range(2)]),
        ("PROPERTY_ZIP", "LOAN_AMOUNT"),
    ),
]


# --- 7. Pickleball league results ----------------------------------------------------------------------------------

_PB_TEAMS = {
    "3.0": ["Patel / Nguyen", "Brooks / Hale", "Ortega / Fisher", "Kim / Donovan", "Reed / Alvarez", "Shaw / Lin"],
    "3.5": ["Murphy / Chen", "Garcia / Walsh", "Novak / Price", "Bell / Tran", "Ward / Okafor", "Diaz / Becker"],
    "4.0+": ["Foster / Ito", "Russo / Grant", "Hughes / Mendez", "Cole / Park", "Bishop / Santos", "Young / Khan"],
}


def _pickleball_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28107)
    rows: list[dict[str, Any]] = []
    skill = {t: float(rng.normal(0, 1)) for teams in _PB_TEAMS.values() for t in teams}
    first = pd.Timestamp("2024-06-04")
    for week in range(1, 15):
        day = first + pd.Timedelta(weeks=week - 1)
        court = 1
        for div, teams in _PB_TEAMS.items():
            for _round in range(3):
                order = list(rng.permutation(teams))
                for i in range(0, 6, 2):
                    a, b = order[i], order[i + 1]
                    p = 1 / (1 + np.exp(-(skill[a] - skill[b]) * 0.9))
                    win_a = rng.random() < p
                    lose = int(_one(rng, list(range(0, 11)), [1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 7]))
                    hi = 11 if lose < 10 else lose + 2
                    if lose == 10 and rng.random() < 0.4:
                        lose, hi = lose + 1, lose + 3
                    if div == "4.0+":
                        lose = min(lose + int(rng.integers(0, 3)), hi - 2)
                    sa, sb = (hi, lose) if win_a else (lose, hi)
                    rows.append(
                        {
                            "Week": week,
                            "Date": f"{day.month}/{day.day}/{day.year}",
                            "Court": f"Court {court}",
                            "Division": div,
                            "Team A": a,
                            "Team B": b,
                            "Score A": sa,
                            "Score B": sb,
                            "Winner": "A" if win_a else "B",
                        }
                    )
                    court = court % 8 + 1
    return pd.DataFrame(rows)


def _pb_winners(df: pd.DataFrame) -> pd.Series:
    return df["Team A"].where(_text(df, "Winner") == "A", df["Team B"])


def _pb_margin(df: pd.DataFrame) -> pd.Series:
    return (df["Score A"] - df["Score B"]).abs()


def _pb_record(team: str) -> Check:
    def wins(df: pd.DataFrame) -> int:
        return int((_pb_winners(df) == team).sum())

    def losses(df: pd.DataFrame) -> int:
        return int(((df["Team A"] == team) | (df["Team B"] == team)).sum()) - wins(df)

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = [int(t) for t in re.findall(r"\d+", answer)]
        for want in (wins(df), losses(df)):
            if want not in found:
                return f"missing number {want}"
        return None

    return check


def _pb_div_tops(df: pd.DataFrame) -> list[str]:
    total = df["Score A"] + df["Score B"]
    g = total.groupby(df["Division"].astype(str))
    return [_top(g.mean()), _top(g.median())]


_PB_QS = [
    Q("how many matches were played", _count(lambda df: len(df)), ("Week", "Date")),
    Q(
        "which team won the most",
        _lead(_named(lambda df: _top(_pb_winners(df).value_counts()))),
        ("Team A", "Team B", "Winner"),
    ),
    Q("what's the record for patel / nguyen", _pb_record("Patel / Nguyen"), ("Team A", "Team B", "Winner")),
    Q(
        "how many matches were won by exactly 2 points",
        _count(lambda df: int((_pb_margin(df) == 2).sum())),
        ("Score A", "Score B"),
    ),
    Q("whats the average winning margin", _typical(_pb_margin), ("Score A", "Score B")),
    Q(
        "which division has the highest scoring matches",
        _lead(_named_any(_pb_div_tops)),
        ("Division", "Score A", "Score B"),
    ),
]


HELDOUT281: list[Dataset] = [
    Dataset("telegram_channel_post_stats", _telegram_frame, _TG_QS),
    Dataset("dmv_vehicle_registrations", _dmv_frame, _DMV_QS),
    Dataset("tattoo_studio_booking_ledger", _tattoo_frame, _TT_QS),
    Dataset("livestock_auction_market_report", _livestock_frame, _LV_QS),
    Dataset("gmail_mailbox_summary_export", _gmail_frame, _GM_QS),
    Dataset("county_recorded_mortgages", _mortgage_frame, _MG_QS),
    Dataset("pickleball_league_results", _pickleball_frame, _PB_QS),
]
