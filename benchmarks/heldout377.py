"""HELDOUT377: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the sheet a small outfit keeps. A winery tasting room's daily tally (2023
and 2024, one row per open day, closed Tuesdays and Wednesdays, plus a "TOTAL" row at the bottom) with Date as
"5/14/2023", Weekday as "Sat", "Tastings Poured", Flights (flights of four pours), "Bottles Sold", "Cases Sold" (12
bottles a case, counted apart from the loose bottles), "Wine Club Signups", "Club Pickups" (blank on days nobody
counted) and "Staff On" (more staff on busy weekends, summer and fall busiest). A translation agency's job list (2023
and 2024, one row per job) with "Job ID" as "TR-23-0412", Client (a dozen firms), "Language Pair" as "EN>ES", "EN>FR",
"EN>DE", "DE>EN", "EN>ZH", "EN>JA", "FR>EN", "EN>PT-BR", "Word Count", "Rate/Word" as "$0.12" (dearer pairs and rush
jobs pay more), "Due Date" and "Delivered Date" as "2024-03-14" (Delivered Date blank while a job is open; now and
then a day or more late), Rush (Y/N), Translator (eight people) and "Reviewer Score" (a 0 to 100 quality score, blank
when the job was not reviewed). A food bank's distribution log (2023 and 2024, one row per pantry site a distribution
day) with "Distribution Date" as "03/14/2024", "Pantry Site" (six named sites, now and then typed in upper case),
"Households Served", "Individuals Served" (about 2.8 people a household), "Lbs Distributed" as "4,215" (thousands
comma inside the text), "Produce Lbs", Volunteers and "Volunteer Hours" (one decimal, blank now and then). An egg
farm's daily collection (July 2023 to December 2024, one row per house a day, four houses) with Date as "2024-03-14",
House ("House 1" to "House 4"), Hens (falling with mortality, restocked when a flock is replaced), "Eggs Collected"
(lay rate falling as a flock ages), Cracked, "Double Yolks" (more in young flocks), "Feed (lbs)" (blank or "N/A" now
and then), "Water (gal)" (more in summer) and Mortality (hens found dead that day). A mobile notary's signing log
(2023 and 2024, one row per appointment) with Date as "3/14/2024", "Signing Type" (Refinance, Purchase, HELOC,
Reverse Mortgage; now and then upper case), "Title Company" (a dozen), Pages, "Miles Driven" (one decimal, round
trip), Fee as "$150.00" (by type and pages; a "$25.00" trip fee on a no-show), Scanbacks (Y/N) and "No Show" (Y/N).
A car rental counter's contracts (2024, one row per contract) with "Contract #" as "RA4812345", "Pickup Date" and
"Return Date" as "2024-03-14 09:30", "Car Class" (Economy, Compact, Midsize, Fullsize, SUV, Minivan, Luxury), "Daily
Rate" as "$45.99" (by class, dearer in summer), Days, "Miles Driven", "Fuel Charge" as "$0.00" or the refuel charge,
"Insurance" (Y/N) and "Damage $" (blank when no damage, as "$850.00" otherwise). And a seed company's germination
tests (2022 to 2024, one row per test, some lots retested) with "Lot #" as "L23-0412", Crop (Tomato, Pepper, Lettuce,
Carrot, Bean, Squash, Onion, Cucumber), Variety, "Test Date" as "14-Mar-2024", "Seeds Tested" (100, 200 or 400),
Germinated, "Days to Germ" (mean days, one decimal, slow for peppers, carrots and onions), "Hard Seed" (a count for
beans, "N/A" for every other crop) and Result (PASS or FAIL against a per-crop standard). All are generated with a
fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _typical
from .heldout333 import _FIRST, _LAST, _date
from .heldout358 import _money, _yes
from .heldout373 import _pick
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _low(score: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """The lowest label of a score, named beside the superlative."""
    return _lead(_named(lambda df: str(score(df).sort_index(kind="stable").idxmin())))


def _peak_month(values: Callable[[pd.DataFrame], pd.Series], dates: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """The month (of a year) with the largest total; any month tied for the top passes."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        totals = values(df).groupby(dates(df).dt.to_period("M")).sum()
        tops = [p.to_timestamp() for p in totals.index[totals == totals.max()]]
        whys = [_month_year(lambda _d, t=t: t)(answer, df) for t in tops]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _rates(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Two per-word rates (rows of mean and median pairs), or the gap between them, in dollars or in cents."""
    checks = []
    for row in (0, 1):
        for scale in (1.0, 100.0):
            pair = lambda df, r=row, k=scale: k * np.asarray(values(df), dtype=float)[r]  # noqa: E731
            checks += [has(pair, rel=0.02), has(lambda df, p=pair: abs(float(np.diff(p(df))[0])), rel=0.05)]
    return either(*checks)


_DAYS = {f"{d:%a}": (f"{d:%A}",) for d in pd.date_range("2024-01-01", periods=7)}


# --- 1. Winery tasting room daily tally ----------------------------------------------------------------------------

_WT_MONTH = [0.55, 0.6, 0.75, 0.9, 1.1, 1.25, 1.35, 1.3, 1.35, 1.4, 1.0, 0.9]
_WT_DAY = {0: 0.7, 3: 0.8, 4: 1.25, 5: 1.9, 6: 1.5}


def _winery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37701)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        if day.dayofweek in (1, 2) or (day.month == 12 and day.day == 25):
            continue
        lam = 38 * _WT_MONTH[day.month - 1] * _WT_DAY[day.dayofweek] * (1.08 if day.year == 2024 else 1.0)
        tastings = int(rng.poisson(lam))
        staff = int(np.clip(round(2 + tastings / 30 + rng.normal(0, 0.5)), 2, 7))
        bottles = int(rng.poisson(0.55 * tastings + 2.5 * staff))
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Weekday": f"{day:%a}",
                "Tastings Poured": tastings,
                "Flights": int(rng.binomial(tastings, 0.35)),
                "Bottles Sold": bottles,
                "Cases Sold": int(rng.poisson(0.02 * tastings)),
                "Wine Club Signups": int(rng.poisson(0.035 * tastings)),
                "Club Pickups": "" if rng.random() < 0.07 else int(rng.poisson(6 if day.month in (3, 6, 9, 12) else 2)),
                "Staff On": staff,
            }
        )
    df = pd.DataFrame(rows)
    total: dict[str, Any] = {c: int(pd.to_numeric(df[c], errors="coerce").sum()) for c in df.columns[2:]}
    total["Staff On"] = ""
    return pd.concat([df, pd.DataFrame([{"Date": "TOTAL", "Weekday": "", **total}])], ignore_index=True)


def _wt(df: pd.DataFrame) -> pd.DataFrame:
    """The day rows, without the TOTAL row."""
    return df[_date(df, "Date", "%m/%d/%Y").notna()]


def _wt_date(df: pd.DataFrame) -> pd.Series:
    return _date(_wt(df), "Date", "%m/%d/%Y")


_WT_QS = [
    Q(
        "how many bottles did we sell in 2024",
        _count(lambda df: int(_num(_wt(df), "Bottles Sold")[_wt_date(df).dt.year == 2024].sum())),
        ("Bottles Sold", "Date"),
    ),
    Q(
        "which day of the week is busiest for tastings",
        either(
            _pick(lambda df: _num(_wt(df), "Tastings Poured").groupby(_text(_wt(df), "Weekday")).mean(), _DAYS),
            _pick(lambda df: _num(_wt(df), "Tastings Poured").groupby(_text(_wt(df), "Weekday")).sum(), _DAYS),
        ),
        ("Weekday", "Tastings Poured", "Date"),
    ),
    Q(
        "on average how many club signups do we get a day",
        _typical(lambda df: _num(_wt(df), "Wine Club Signups")),
        ("Wine Club Signups", "Date"),
    ),
    Q(
        "what was our best month for club signups",
        _peak_month(lambda df: _num(_wt(df), "Wine Club Signups"), _wt_date),
        ("Wine Club Signups", "Date"),
    ),
    Q(
        "do we sell more bottles when more staff are on?",
        _corr(lambda df: _num(_wt(df), "Staff On"), lambda df: _num(_wt(df), "Bottles Sold")),
        ("Staff On", "Bottles Sold"),
    ),
    Q(
        "how many days are missing the pickup count",
        _count(lambda df: int(_num(_wt(df), "Club Pickups").isna().sum())),
        ("Club Pickups", "Date"),
    ),
]


# --- 2. Translation agency jobs ------------------------------------------------------------------------------------

_TR_PAIRS = {
    "EN>ES": (0.10, 6),
    "EN>FR": (0.12, 4),
    "EN>DE": (0.13, 3.5),
    "DE>EN": (0.12, 2),
    "EN>ZH": (0.14, 2.5),
    "EN>JA": (0.16, 2),
    "FR>EN": (0.11, 1.5),
    "EN>PT-BR": (0.10, 2.5),
}
_TR_CLIENTS = [
    "Acme Medical Devices",
    "Brightline Legal LLP",
    "Northwind Software",
    "Globex Pharma",
    "Harbor Insurance",
    "Summit Games",
    "Vertex Engineering",
    "BlueSky Travel",
    "Pinnacle Bank",
    "Orchard Foods",
    "Keystone Marketing",
    "Lumen Education",
]
_TR_QUALITY = {"Ana Ruiz": 93, "Marc Dubois": 90, "Lena Vogel": 88, "Wei Zhang": 91, "Yuki Sato": 86}
_TR_QUALITY |= {"Joao Lima": 89, "Carlos Mendez": 84, "Sophie Martin": 92}
_TR_LANG = {"ES": ["Ana Ruiz", "Carlos Mendez"], "FR": ["Marc Dubois", "Sophie Martin"], "DE": ["Lena Vogel"]}
_TR_LANG |= {"ZH": ["Wei Zhang"], "JA": ["Yuki Sato"], "PT-BR": ["Joao Lima"], "EN": ["Lena Vogel", "Sophie Martin"]}


def _translation_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37702)
    pairs = list(_TR_PAIRS)
    starts = np.sort(rng.choice(pd.date_range("2023-01-02", "2024-12-20", freq="B"), size=1350))
    rows: list[dict[str, Any]] = []
    counts = {2023: 0, 2024: 0}
    for start in pd.to_datetime(starts):
        pair = _one(rng, pairs, [_TR_PAIRS[p][1] for p in pairs])
        rate0 = _TR_PAIRS[pair][0]
        rush = rng.random() < 0.18
        words = int(np.clip(np.round(rng.lognormal(7.3, 0.9), -1), 150, 40000))
        rate = round(rate0 * (1.3 if rush else 1.0) + 0.01 * int(rng.integers(-1, 2)), 2)
        translator = _one(rng, _TR_LANG[pair.split(">")[1]])
        span = max(1, int(np.ceil(words / (4000 if rush else 2200))) + int(rng.integers(0, 3)))
        due = start + pd.offsets.BDay(span)
        late = int(_one(rng, [0, 1, 2, 4], [40, 4, 2, 1])) if not rush else int(_one(rng, [0, 1], [12, 1]))
        delivered = due + pd.Timedelta(days=late) - pd.Timedelta(days=int(rng.integers(0, 2)) if late == 0 else 0)
        open_job = start > pd.Timestamp("2024-12-10") and rng.random() < 0.7
        counts[start.year] += 1
        reviewed = rng.random() < 0.75
        score = np.clip(rng.normal(_TR_QUALITY[translator] - (3 if rush else 0), 4), 55, 100)
        rows.append(
            {
                "Job ID": f"TR-{start.year % 100}-{counts[start.year]:04d}",
                "Client": _one(rng, _TR_CLIENTS),
                "Language Pair": pair,
                "Word Count": words,
                "Rate/Word": f"${rate:.2f}",
                "Due Date": f"{due:%Y-%m-%d}",
                "Delivered Date": "" if open_job else f"{delivered:%Y-%m-%d}",
                "Rush": "Y" if rush else "N",
                "Translator": translator,
                "Reviewer Score": int(np.rint(score)) if reviewed and not open_job else "",
            }
        )
    return pd.DataFrame(rows)


def _tr_late(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Delivered Date", "%Y-%m-%d") > _date(df, "Due Date", "%Y-%m-%d")


def _tr_done(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Delivered Date", "%Y-%m-%d").notna()


_TR_QS = [
    Q(
        "how many english to spanish jobs did we have",
        _count(lambda df: int((_text(df, "Language Pair") == "EN>ES").sum())),
        ("Language Pair", "Job ID"),
    ),
    Q(
        "how much have we billed in total",
        _amount(lambda df: float((_num(df, "Word Count") * _num(df, "Rate/Word")).sum())),
        ("Word Count", "Rate/Word"),
    ),
    Q(
        "how many jobs went out after the deadline",
        _count(lambda df: int(_tr_late(df).sum())),
        ("Delivered Date", "Due Date", "Job ID"),
    ),
    Q(
        "what share is that",
        either(
            _share(lambda df: float(_tr_late(df).sum() / _tr_done(df).sum())),
            _share(lambda df: float(_tr_late(df).mean())),
        ),
        ("Delivered Date", "Due Date", "Job ID"),
    ),
    Q(
        "which translator gets the best reviews",
        _pick(lambda df: _num(df, "Reviewer Score").groupby(_text(df, "Translator")).mean()),
        ("Translator", "Reviewer Score"),
    ),
    Q(
        "do rush jobs pay more per word",
        _rates(lambda df: _num(df, "Rate/Word").groupby(_yes(df, "Rush")).agg(["mean", "median"]).to_numpy().T),
        ("Rush", "Rate/Word"),
    ),
]


# --- 3. Food bank distribution log ---------------------------------------------------------------------------------

_FB_SITES = {
    "Grace Community Church": (1.3, 0),
    "Eastside Family Center": (1.0, 1),
    "St. Vincent Pantry": (1.15, 2),
    "Riverside Elementary": (0.7, 3),
    "Hillcrest Senior Center": (0.55, 4),
    "Mobile Pantry - Route 9": (0.9, 5),
}


def _foodbank_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37703)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="D"):
        for site, (size, weekday) in _FB_SITES.items():
            if day.dayofweek != weekday or rng.random() < 0.05:
                continue
            season = 1.15 if day.month in (11, 12) else 0.95 if day.month in (6, 7) else 1.0
            households = int(rng.poisson(95 * size * season * (1.1 if day.year == 2024 else 1.0)))
            lbs = int(households * rng.normal(31, 4))
            volunteers = int(np.clip(rng.poisson(4 + households / 12), 2, 40))
            rows.append(
                {
                    "Distribution Date": f"{day:%m/%d/%Y}",
                    "Pantry Site": site.upper() if rng.random() < 0.06 else site,
                    "Households Served": households,
                    "Individuals Served": int(households * rng.normal(2.8, 0.25)),
                    "Lbs Distributed": f"{lbs:,}",
                    "Produce Lbs": int(
                        lbs * np.clip(rng.normal(0.32 if day.month in range(6, 11) else 0.22, 0.05), 0, 1)
                    ),
                    "Volunteers": volunteers,
                    "Volunteer Hours": "" if rng.random() < 0.05 else round(volunteers * rng.normal(3.2, 0.4), 1),
                }
            )
    return pd.DataFrame(rows)


def _fb_site(df: pd.DataFrame) -> pd.Series:
    names = {s.upper(): s for s in _FB_SITES}
    return _text(df, "Pantry Site").str.upper().map(names)


def _fb_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Distribution Date", "%m/%d/%Y")


_FB_QS = [
    Q(
        "how many households did we serve in 2024",
        _count(lambda df: int(_num(df, "Households Served")[_fb_date(df).dt.year == 2024].sum())),
        ("Households Served", "Distribution Date"),
    ),
    Q(
        "which pantry gives out the most food",
        _pick(lambda df: _num(df, "Lbs Distributed").groupby(_fb_site(df)).sum()),
        ("Pantry Site", "Lbs Distributed"),
    ),
    Q(
        "about how many pounds does a household get",
        either(
            _about(lambda df: float(_num(df, "Lbs Distributed").sum() / _num(df, "Households Served").sum())),
            _typical(lambda df: _num(df, "Lbs Distributed") / _num(df, "Households Served")),
        ),
        ("Lbs Distributed", "Households Served"),
    ),
    Q(
        "what percent of it is produce",
        either(
            _share(lambda df: float(_num(df, "Produce Lbs").sum() / _num(df, "Lbs Distributed").sum())),
            _share(lambda df: float((_num(df, "Produce Lbs") / _num(df, "Lbs Distributed")).mean())),
        ),
        ("Produce Lbs", "Lbs Distributed"),
    ),
    Q(
        "which month did we have the most volunteers",
        either(
            _peak_month(lambda df: _num(df, "Volunteers"), _fb_date),
            _peak_month(lambda df: _num(df, "Volunteer Hours"), _fb_date),
        ),
        ("Volunteers", "Volunteer Hours", "Distribution Date"),
    ),
    Q(
        "how many people per household on average",
        either(
            _about(lambda df: float(_num(df, "Individuals Served").sum() / _num(df, "Households Served").sum())),
            _typical(lambda df: _num(df, "Individuals Served") / _num(df, "Households Served")),
        ),
        ("Individuals Served", "Households Served"),
    ),
]


# --- 4. Egg farm daily collection ----------------------------------------------------------------------------------


def _egg_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37704)
    days = pd.date_range("2023-07-01", "2024-12-31", freq="D")
    rows: list[dict[str, Any]] = []
    for h in range(1, 5):
        start = int(rng.integers(2000, 2600))
        hens = start
        age = int(rng.integers(22, 60))  # weeks
        restock = int(rng.integers(120, 420))
        for i, day in enumerate(days):
            if i == restock:
                hens, age = start, 19
            week = age + (i - (restock if i >= restock else 0)) / 7
            rate = np.clip(0.95 - 0.0045 * max(week - 28, 0) - (0.5 if week < 21 else 0), 0.3, 0.95)
            eggs = int(rng.binomial(hens, rate))
            dead = int(rng.poisson(hens * (0.00025 + (0.0006 if day.month in (7, 8) else 0))))
            feed = hens * rng.normal(0.24, 0.01)
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "House": f"House {h}",
                    "Hens": hens,
                    "Eggs Collected": eggs,
                    "Cracked": int(rng.binomial(eggs, 0.012 + 0.0003 * max(week - 40, 0))),
                    "Double Yolks": int(rng.binomial(eggs, 0.01 if week < 30 else 0.002)),
                    "Feed (lbs)": _one(rng, ["", "N/A"]) if rng.random() < 0.04 else round(feed, 0),
                    "Water (gal)": round(hens * (0.065 if day.month in (6, 7, 8) else 0.05) * rng.normal(1, 0.05), 1),
                    "Mortality": dead,
                }
            )
            hens -= dead
    return pd.DataFrame(rows)


def _eg_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


_EG_QS = [
    Q(
        "how many eggs did we collect in 2024",
        _count(lambda df: int(_num(df, "Eggs Collected")[_eg_date(df).dt.year == 2024].sum())),
        ("Eggs Collected", "Date"),
    ),
    Q(
        "which house lays the best",
        either(
            _pick(lambda df: _num(df, "Eggs Collected").groupby(_text(df, "House")).sum()),
            _pick(
                lambda df: (
                    _num(df, "Eggs Collected").groupby(_text(df, "House")).sum()
                    / _num(df, "Hens").groupby(_text(df, "House")).sum()
                )
            ),
        ),
        ("House", "Eggs Collected", "Hens"),
    ),
    Q(
        "what % of eggs are cracked",
        either(
            _share(lambda df: float(_num(df, "Cracked").sum() / _num(df, "Eggs Collected").sum())),
            _share(lambda df: float((_num(df, "Cracked") / _num(df, "Eggs Collected")).mean())),
        ),
        ("Cracked", "Eggs Collected"),
    ),
    Q("how many hens have died", _count(lambda df: int(_num(df, "Mortality").sum())), ("Mortality",)),
    Q(
        "which month was worst for that",
        _peak_month(lambda df: _num(df, "Mortality"), _eg_date),
        ("Mortality", "Date"),
    ),
    Q(
        "is feed related to how many eggs we get",
        _corr(lambda df: _num(df, "Feed (lbs)"), lambda df: _num(df, "Eggs Collected")),
        ("Feed (lbs)", "Eggs Collected"),
    ),
]


# --- 5. Mobile notary signings -------------------------------------------------------------------------------------

_NS_TYPES = {"Refinance": (150.0, 5), "Purchase": (175.0, 3), "HELOC": (100.0, 1.5), "Reverse Mortgage": (200.0, 0.6)}
_NS_TITLE = [
    "First American Title",
    "Fidelity National Title",
    "Stewart Title",
    "Old Republic Title",
    "Chicago Title",
    "Title Resources",
    "Doma Title",
    "WFG National Title",
    "Amrock",
    "Spruce Title",
    "States Title",
    "Orange Coast Title",
]


def _notary_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37705)
    types = list(_NS_TYPES)
    days = pd.date_range("2023-01-02", "2024-12-31", freq="D")
    w = np.array([(0.3 if d.dayofweek >= 5 else 1.0) * (1.3 if d.year == 2024 else 1.0) for d in days])
    picks = np.sort(rng.choice(len(days), size=1150, p=w / w.sum()))
    title_w = rng.gamma(1.2, 1.0, size=len(_NS_TITLE))
    rows: list[dict[str, Any]] = []
    for i in picks:
        day = days[i]
        kind = _one(rng, types, [_NS_TYPES[t][1] for t in types])
        pages = int(np.clip(rng.normal({"HELOC": 60, "Refinance": 120, "Purchase": 150}.get(kind, 170), 25), 20, 260))
        no_show = rng.random() < 0.05
        fee = 25.0 if no_show else _NS_TYPES[kind][0] + 25 * (pages > 150) + 5 * int(rng.integers(-2, 5))
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Signing Type": kind.upper() if rng.random() < 0.05 else kind,
                "Title Company": _one(rng, _NS_TITLE, title_w),
                "Pages": pages,
                "Miles Driven": round(float(rng.gamma(3.0, 9.0)), 1),
                "Fee": _money(fee),
                "Scanbacks": "N" if no_show else ("Y" if rng.random() < 0.55 else "N"),
                "No Show": "Y" if no_show else "N",
            }
        )
    return pd.DataFrame(rows)


def _ns_type(df: pd.DataFrame) -> pd.Series:
    names = {t.upper(): t for t in _NS_TYPES}
    return _text(df, "Signing Type").str.upper().map(names)


def _ns_fee_by_type(how: str, shown_only: bool) -> Callable[[pd.DataFrame], Any]:
    def value(df: pd.DataFrame) -> Any:
        d = df[~_yes(df, "No Show")] if shown_only else df
        g = _num(d, "Fee").groupby(_ns_type(d)).agg(how)
        return g[["Refinance", "Purchase"]].to_numpy()

    return value


_NS_QS = [
    Q(
        "how many signings did i do in 2024",
        either(
            _count(lambda df: int((_date(df, "Date", "%m/%d/%Y").dt.year == 2024).sum())),
            _count(lambda df: int(((_date(df, "Date", "%m/%d/%Y").dt.year == 2024) & ~_yes(df, "No Show")).sum())),
        ),
        ("Date", "No Show"),
    ),
    Q(
        "what do i make on average for a refi vs a purchase",
        either(*(_about(_ns_fee_by_type(h, s)) for h in ("mean", "median") for s in (True, False))),
        ("Fee", "Signing Type", "No Show"),
    ),
    Q(
        "which title company sends me the most work",
        _pick(lambda df: _text(df, "Title Company").value_counts()),
        ("Title Company",),
    ),
    Q(
        "how many miles have i driven in total",
        _about(lambda df: float(_num(df, "Miles Driven").sum())),
        ("Miles Driven",),
    ),
    Q("how often do people not show up", _share(lambda df: float(_yes(df, "No Show").mean())), ("No Show",)),
    Q(
        "do bigger packages pay more",
        either(
            _corr(lambda df: _num(df, "Pages"), lambda df: _num(df, "Fee")),
            _corr(lambda df: _num(df[~_yes(df, "No Show")], "Pages"), lambda df: _num(df[~_yes(df, "No Show")], "Fee")),
        ),
        ("Pages", "Fee", "No Show"),
    ),
]


# --- 6. Car rental counter contracts -------------------------------------------------------------------------------

_CR_CLASSES = {
    "Economy": (39.0, 5),
    "Compact": (44.0, 5),
    "Midsize": (52.0, 6),
    "Fullsize": (58.0, 4),
    "SUV": (72.0, 5),
    "Minivan": (79.0, 2),
    "Luxury": (119.0, 1),
}


def _rental_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37706)
    classes = list(_CR_CLASSES)
    days = pd.date_range("2024-01-01", "2024-12-31", freq="D")
    w = np.array([1.5 if d.month in (6, 7, 8) else 1.2 if d.month in (3, 11, 12) else 1.0 for d in days])
    picks = np.sort(rng.choice(len(days), size=2600, p=w / w.sum()))
    numbers = rng.choice(np.arange(4_800_000, 4_900_000), size=len(picks), replace=False)
    rows: list[dict[str, Any]] = []
    for k, i in enumerate(picks):
        car = _one(rng, classes, [_CR_CLASSES[c][1] for c in classes])
        pickup = days[i] + pd.Timedelta(minutes=int(rng.integers(7 * 60, 21 * 60) // 15 * 15))
        n_days = int(np.clip(rng.geometric(0.28), 1, 21))
        ret = pickup + pd.Timedelta(days=n_days) + pd.Timedelta(minutes=int(rng.integers(-180, 60) // 15 * 15))
        rate = _CR_CLASSES[car][0] * (1.2 if pickup.month in (6, 7, 8) else 1.0) + rng.choice([-3, 0, 0, 4, 7])
        insured = rng.random() < 0.38
        damaged = rng.random() < 0.035
        rows.append(
            {
                "Contract #": f"RA{numbers[k]}",
                "Pickup Date": f"{pickup:%Y-%m-%d %H:%M}",
                "Return Date": f"{ret:%Y-%m-%d %H:%M}",
                "Car Class": car,
                "Daily Rate": f"${rate - 0.01:.2f}",
                "Days": n_days,
                "Miles Driven": int(n_days * rng.gamma(2.0, 45.0)),
                "Fuel Charge": _money(float(np.round(rng.uniform(15, 75), 2))) if rng.random() < 0.22 else "$0.00",
                "Insurance": "Y" if insured else "N",
                "Damage $": _money(float(np.round(rng.gamma(2.0, 450.0), -1))) if damaged else "",
            }
        )
    return pd.DataFrame(rows)


_CR_QS = [
    Q(
        "how many rentals were suvs",
        _count(lambda df: int((_text(df, "Car Class") == "SUV").sum())),
        ("Car Class", "Contract #"),
    ),
    Q(
        "which kind of car costs the most per day",
        _pick(lambda df: _num(df, "Daily Rate").groupby(_text(df, "Car Class")).mean()),
        ("Car Class", "Daily Rate"),
    ),
    Q(
        "what share of customers took the insurance",
        _share(lambda df: float(_yes(df, "Insurance").mean())),
        ("Insurance",),
    ),
    Q("how long does a typical rental last", _typical(lambda df: _num(df, "Days")), ("Days",)),
    Q(
        "total damage charges for people who didnt get insurance?",
        _amount(lambda df: float(_num(df, "Damage $")[~_yes(df, "Insurance")].sum())),
        ("Damage $", "Insurance"),
    ),
    Q(
        "which month had the most pickups",
        _peak_month(lambda df: pd.Series(1, index=df.index), lambda df: _date(df, "Pickup Date", "%Y-%m-%d %H:%M")),
        ("Pickup Date", "Contract #"),
    ),
]


# --- 7. Seed company germination tests -----------------------------------------------------------------------------

# crop: varieties, mean germination, standard (pass at or above), days to germinate
_SG_CROPS: dict[str, tuple[list[str], float, float, float]] = {
    "Tomato": (["Brandywine", "Roma", "Early Girl", "Sungold"], 0.9, 0.8, 6.5),
    "Pepper": (["California Wonder", "Jalapeno", "Cayenne"], 0.82, 0.7, 11.0),
    "Lettuce": (["Buttercrunch", "Black Seeded Simpson", "Romaine"], 0.91, 0.8, 3.5),
    "Carrot": (["Danvers", "Nantes", "Scarlet Keeper"], 0.74, 0.6, 12.5),
    "Bean": (["Blue Lake", "Provider", "Kentucky Wonder"], 0.86, 0.75, 6.0),
    "Squash": (["Black Beauty", "Butternut", "Yellow Crookneck"], 0.88, 0.75, 5.5),
    "Onion": (["Walla Walla", "Yellow Sweet Spanish", "Red Burgundy"], 0.78, 0.7, 9.5),
    "Cucumber": (["Marketmore", "Straight Eight", "Boston Pickling"], 0.9, 0.8, 4.5),
}


def _seed_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37707)
    crops = list(_SG_CROPS)
    rows: list[dict[str, Any]] = []
    n = 0
    for year in (2022, 2023, 2024):
        for _ in range(int(rng.integers(230, 280))):
            n += 1
            crop = _one(rng, crops, [5, 3, 3, 2.5, 2.5, 2, 2, 2])
            varieties, mean, standard, speed = _SG_CROPS[crop]
            lot = f"L{year % 100}-{n:04d}"
            vigor = np.clip(rng.normal(mean, 0.07), 0.2, 0.99)
            day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 360)))
            for retest in range(1 + int(rng.random() < 0.12)):
                tested = int(_one(rng, [100, 200, 400], [3, 5, 2]))
                germ = int(rng.binomial(tested, np.clip(vigor - 0.03 * retest, 0, 1)))
                when = day + pd.Timedelta(days=90 * retest)
                rows.append(
                    {
                        "Lot #": lot,
                        "Crop": crop,
                        "Variety": _one(rng, varieties) if retest == 0 else rows[-1]["Variety"],
                        "Test Date": f"{when:%d-%b-%Y}",
                        "Seeds Tested": tested,
                        "Germinated": germ,
                        "Days to Germ": round(float(speed * rng.normal(1, 0.12)), 1),
                        "Hard Seed": int(rng.binomial(tested, 0.03)) if crop == "Bean" else "N/A",
                        "Result": "PASS" if germ / tested >= standard else "FAIL",
                    }
                )
    return pd.DataFrame(rows)


def _sg_rate(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Germinated") / _num(df, "Seeds Tested")


def _sg_days(crop: str, how: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Days to Germ")[_text(df, "Crop") == crop].agg(how))


_SG_QS = [
    Q(
        "how many tests failed",
        _count(lambda df: int((_text(df, "Result").str.upper() == "FAIL").sum())),
        ("Result", "Lot #"),
    ),
    Q(
        "which crop germinates the worst",
        either(
            _low(
                lambda df: (
                    _num(df, "Germinated").groupby(_text(df, "Crop")).sum()
                    / _num(df, "Seeds Tested").groupby(_text(df, "Crop")).sum()
                )
            ),
            _low(lambda df: _sg_rate(df).groupby(_text(df, "Crop")).mean()),
        ),
        ("Crop", "Germinated", "Seeds Tested"),
    ),
    Q("how many different lots have been tested", _count(lambda df: int(_text(df, "Lot #").nunique())), ("Lot #",)),
    Q(
        "how long do peppers take to sprout",
        either(_about(_sg_days("Pepper", "mean")), _about(_sg_days("Pepper", "median"))),
        ("Days to Germ", "Crop"),
    ),
    Q(
        "and carrots?",
        either(_about(_sg_days("Carrot", "mean")), _about(_sg_days("Carrot", "median"))),
        ("Days to Germ", "Crop"),
    ),
    Q(
        "how many tests in 2024 came in under 85% germination",
        _count(lambda df: int(((_sg_rate(df) < 0.85) & (_date(df, "Test Date", "%d-%b-%Y").dt.year == 2024)).sum())),
        ("Germinated", "Seeds Tested", "Test Date"),
    ),
]


HELDOUT377 = [
    Dataset("winery_tasting_room_daily_tally", _winery_frame, _WT_QS),
    Dataset("translation_agency_jobs_sheet", _translation_frame, _TR_QS),
    Dataset("food_bank_site_distribution_log", _foodbank_frame, _FB_QS),
    Dataset("egg_farm_daily_house_collection", _egg_frame, _EG_QS),
    Dataset("mobile_notary_signings", _notary_frame, _NS_QS),
    Dataset("car_rental_counter_contracts", _rental_frame, _CR_QS),
    Dataset("seed_company_lot_germination_tests", _seed_frame, _SG_QS),
]
