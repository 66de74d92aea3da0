"""HELDOUT211: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public downloads: a Buy Me a Coffee supporters export (2022-2024, one
row per payment) with "Supporter name" ("Someone" for anonymous supporters), "Supporter email" (repeat supporters
repeat it), Type ("One-time", "Membership", "Extra"), Coffees (a count, blank for Extras), Amount (two decimals),
Currency (mostly "USD", some "EUR" and "GBP"), "Support date" ("2023-04-12 14:33:10"), Message (mostly blank),
"Membership level" ("Fan", "Supporter", "Superfan", blank unless Type is Membership) and Status ("Succeeded",
"Refunded", "Failed"); a Hootsuite post performance report for 2024 with Date ("2024-03-05 17:30"), Network
("Instagram", "Facebook", "LinkedIn", "X"), Profile (the brand's handle on that network), Post (text, some with
links), "Post type" ("Image", "Video", "Carousel", "Link", "Text", "Reel"), Impressions, Reach (never above
Impressions), Engagements (Likes + Comments + Shares + Link clicks), "Engagement rate (%)" (Engagements over
Impressions, two decimals, no % sign), Likes, Comments, Shares, "Link clicks" and "Video views" (blank unless the
post is a Video or Reel); a Constant Contact email campaign report export (2018-2024, one row per campaign, newest
first) with "Campaign Name" (newsletters, promos and event mails, unique), Subject, "Send Date" ("3/5/2024 10:00
AM"), Sends, Opens, "Open Rate" and "Click Rate" written as text ("23.4%", Opens or Clicks over delivered = Sends -
Bounces), Clicks, Bounces, Unsubscribes, "Spam Reports" and "Did Not Open" (delivered - Opens); a SolarEdge
monitoring site energy export with one row per day from 2021-06-01 to 2024-05-31, Time ("2022-01-01 00:00:00"),
"Energy (Wh)" (production, 0.0 on outage days), "Consumption (Wh)", "Self Consumption (Wh)", "FeedIn (Wh)" (Energy
- Self Consumption) and "Purchased (Wh)" (Consumption - Self Consumption), all one decimal, with a handful of days
missing from the file; a Bluebikes (Boston) trip history month (June 2024, current format) with ride_id (16
upper-case hex characters), rideable_type ("classic_bike", "electric_bike"), started_at and ended_at ("2024-06-03
08:15:32.117"), start/end station names and ids ("A32010", "M32006"; end station blank for some e-bike rides left
off-dock), start_lat/start_lng, end_lat/end_lng (blank with the end station) and member_casual ("member",
"casual"); an NLRB representation election tally report (tallies 2021-2024) with "Case Number" ("01-RC-301234"),
"Case Name" (the employer), City, State (two-letter), "Date Filed" and "Tally Date" ("05/03/2023"), "Unit
Description", "Num Eligible Voters", "Votes For Union", "Votes Against", "Challenged Ballots", "Union Name" and
"Certified Representative" (the union's name when it won, that is more votes for than against, blank when it
lost); and National Park Service visitor use statistics (recreation visits by park by month, 2019-2023, 18 parks)
with "Park Name", "Unit Code" ("YELL"), "Park Type" ("National Park", "National Monument", "National Recreation
Area", ...), Region ("Intermountain", "Pacific West", ...), State, Year, Month (1-12), and "Recreation Visits",
"NonRecreation Visits", "Tent Campers", "RV Campers" and "Backcountry Campers" written with thousands commas as
text ("1,234,567"; camper counts blank where a park has no campground). All are generated with fixed seeds
21101-21107.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _shares, _text, _year
from .heldout38 import _month
from .heldout173 import _money, _top
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    """Numbers from a column that may hold text ("1,234", "23.4%") or blanks."""
    return pd.to_numeric(_text(s).str.replace(",", "").str.rstrip("%"), errors="coerce")


def _any_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    return either(*(_about(v, rel=rel) for v in values))


def _when(s: pd.Series, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(s), format=fmt, errors="coerce")


def _hour_of(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "17:00" (also ending a sentence), "17h", "hour 17", "5 pm", "5:00 P.M.", never "17%"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12, half = h % 12 or 12, "ap"[int(h >= 12)]
        if re.search(rf"(?<![\d.:,]){h}(?::00|h|\s*o'clock)?(?![\d%]|[.,:]\d|\s*%)", answer):
            return None
        if re.search(rf"(?<![\d.:]){h12}(?::00)?\s*{half}\.?m\b", answer, re.IGNORECASE):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Buy Me a Coffee supporters export --------------------------------------------------------------------------

_BMC_FIRST = "Alex;Sam;Jordan;Taylor;Chris;Maria;Lena;Tom;Priya;Kenji;Sofia;Omar;Emma;Lucas;Nina;Dave;Hana;Ivan"
_BMC_LAST = "Smith;Garcia;Chen;Müller;Patel;Rossi;Kim;Nguyen;Brown;Silva;Novak;Jones;Lopez;Sato;Dubois"
_BMC_MESSAGES = [
    "Love your work!",
    "Thanks for the tutorials",
    "Keep it up :)",
    "Your videos saved my thesis",
    "coffee on me",
    "Great newsletter this week",
]
_BMC_LEVELS = {"Fan": 5.0, "Supporter": 10.0, "Superfan": 25.0}


def _bmc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21101)
    first, last = _BMC_FIRST.split(";"), _BMC_LAST.split(";")
    people = []
    for i in range(420):
        f, ln = str(_one(rng, first)), str(_one(rng, last))
        anon = rng.random() < 0.12
        email = f"{f.lower()}.{ln.lower()}{i}@{_one(rng, ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me'])}"
        cur = str(_one(rng, ["USD", "EUR", "GBP"], [80, 13, 7]))
        people.append(("Someone" if anon else f"{f} {ln}", email, cur))
    start = pd.Timestamp("2022-01-01")
    rows = []
    for _ in range(1400):
        name, email, cur = people[int(min(rng.pareto(1.1) * 20, len(people) - 1))]
        kind = str(_one(rng, ["One-time", "Membership", "Extra"], [58, 32, 10]))
        level, coffees = "", ""
        if kind == "Membership":
            level = str(_one(rng, list(_BMC_LEVELS), [50, 35, 15]))
            amount = _BMC_LEVELS[level]
        elif kind == "One-time":
            k = int(_one(rng, [1, 2, 3, 5, 10], [40, 20, 22, 13, 5]))
            coffees, amount = str(k), 5.0 * k
        else:
            amount = float(_one(rng, [7.0, 15.0, 20.0, 35.0, 50.0], [30, 30, 20, 12, 8]))
        days = float(rng.uniform(0, 1.0) ** 0.8) * 1095
        when = start + pd.Timedelta(days=days)
        if when.month == 12:
            when = when - pd.Timedelta(days=float(rng.uniform(0, 3)))
        status = str(_one(rng, ["Succeeded", "Refunded", "Failed"], [92, 4, 4]))
        rows.append(
            {
                "Supporter name": name,
                "Supporter email": email,
                "Type": kind,
                "Coffees": coffees,
                "Amount": f"{amount:.2f}",
                "Currency": cur,
                "Support date": when.strftime("%Y-%m-%d %H:%M:%S"),
                "Message": str(_one(rng, _BMC_MESSAGES)) if rng.random() < 0.3 else "",
                "Membership level": level,
                "Status": status,
            }
        )
    out = pd.DataFrame(rows)
    return out.sort_values("Support date", ascending=False, kind="stable").reset_index(drop=True)


def _bmc_ok(d: pd.DataFrame) -> pd.Series:
    return _text(d["Status"]).eq("Succeeded")


def _bmc_usd_total(d: pd.DataFrame) -> float:
    keep = _bmc_ok(d) & _text(d["Currency"]).eq("USD")
    return float(_n(d["Amount"])[keep].sum())


def _bmc_type_means(ok_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def f(d: pd.DataFrame) -> list[float]:
        x = d[_bmc_ok(d)] if ok_only else d
        return [float(v) for v in _n(x["Amount"]).groupby(_text(x["Type"])).mean().to_numpy()]

    return f


def _bmc_top_level(ok_only: bool) -> Callable[[pd.DataFrame], str]:
    def f(d: pd.DataFrame) -> str:
        x = d[_bmc_ok(d)] if ok_only else d
        x = x[_text(x["Membership level"]).ne("")]
        return _top(_n(x["Amount"]).groupby(_text(x["Membership level"])).sum())

    return f


_BMC_ID = ("Supporter email", "Supporter name", "Support date")
_BMC_QS = [
    Q(
        "how much did i make in usd, not counting refunded or failed payments",
        _money(_bmc_usd_total),
        ("Amount", "Currency", "Status", *_BMC_ID),
    ),
    Q(
        "how many different people have supported me",
        either(
            _count(lambda d: int(_text(d["Supporter email"]).nunique())),
            _count(lambda d: int(_text(d.loc[_bmc_ok(d), "Supporter email"]).nunique())),
        ),
        ("Supporter email", "Supporter name", "Status"),
    ),
    Q(
        "whats the average amount for each type of support",
        either(_about(_bmc_type_means(False)), _about(_bmc_type_means(True))),
        ("Type", "Amount", "Status", "Currency"),
    ),
    Q(
        "which membership tier brings in the most money",
        _lead(either(_named(_bmc_top_level(True)), _named(_bmc_top_level(False)))),
        ("Membership level", "Amount", "Type", "Status", "Currency"),
    ),
    Q(
        "what share of payments got refunded",
        _share(lambda d: float(_text(d["Status"]).eq("Refunded").mean())),
        ("Status", *_BMC_ID),
    ),
    Q(
        "and how many failed?",
        _count(lambda d: int(_text(d["Status"]).eq("Failed").sum())),
        ("Status", *_BMC_ID),
    ),
]


# --- 2. Hootsuite post performance report --------------------------------------------------------------------------

# network: weight, profile, impressions scale, engagement rate (%), link click share, post types
_HS_NETWORKS: dict[str, tuple[float, str, float, float, float, str]] = {
    "Instagram": (32, "@northpeakoutdoors", 5200, 4.6, 0.02, "Image:35;Reel:35;Carousel:25;Video:5"),
    "Facebook": (28, "North Peak Outdoors", 3800, 2.1, 0.18, "Image:35;Link:35;Video:20;Text:10"),
    "LinkedIn": (20, "North Peak Outdoors Inc.", 2100, 3.0, 0.30, "Text:30;Link:35;Image:25;Video:10"),
    "X": (20, "@northpeak", 2600, 1.2, 0.20, "Text:55;Image:25;Link:15;Video:5"),
}
_HS_TOPICS = [
    "New trail shoes just landed",
    "Weekend hike guide: 5 loops under 10 miles",
    "Meet our gear testers",
    "Spring sale ends Sunday",
    "How to layer for cold mornings",
    "Customer photo of the week",
    "Behind the scenes at the warehouse",
    "Leave no trace: our pledge",
]


def _hootsuite_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21102)
    rows = []
    names = list(_HS_NETWORKS)
    weights = [v[0] for v in _HS_NETWORKS.values()]
    for _ in range(900):
        net = str(_one(rng, names, weights))
        _, profile, scale, rate, click_share, types = _HS_NETWORKS[net]
        opts = [t.split(":") for t in types.split(";")]
        kind = str(_one(rng, [o[0] for o in opts], [float(o[1]) for o in opts]))
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 366)))
        when = day + pd.Timedelta(hours=int(rng.integers(7, 21)), minutes=int(_one(rng, [0, 15, 30, 45])))
        boost = 1.6 if kind in ("Reel", "Video") else 1.0
        impressions = int(scale * boost * rng.lognormal(0, 0.7)) + 40
        reach = int(impressions * rng.uniform(0.55, 0.95))
        eng = max(1, int(impressions * rate / 100 * boost * rng.lognormal(0, 0.35)))
        clicks = int(eng * click_share * rng.uniform(0.5, 1.5)) if kind != "Text" or net != "X" else 0
        rest = max(eng - clicks, 1)
        comments = int(rest * rng.uniform(0.03, 0.09))
        shares = int(rest * rng.uniform(0.04, 0.15))
        likes = rest - comments - shares
        eng = likes + comments + shares + clicks
        views = str(int(impressions * rng.uniform(0.4, 0.9))) if kind in ("Video", "Reel") else ""
        text = str(_one(rng, _HS_TOPICS))
        if kind == "Link":
            text += " https://northpeak.co/" + str(_one(rng, ["blog", "sale", "trails", "new"]))
        rows.append(
            {
                "Date": when.strftime("%Y-%m-%d %H:%M"),
                "Network": net,
                "Profile": profile,
                "Post": text,
                "Post type": kind,
                "Impressions": impressions,
                "Reach": reach,
                "Engagements": eng,
                "Engagement rate (%)": round(100 * eng / impressions, 2),
                "Likes": likes,
                "Comments": comments,
                "Shares": shares,
                "Link clicks": clicks,
                "Video views": views,
            }
        )
    return pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)


def _hs_net_sum(net: str, col: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_n(d[col])[_text(d["Network"]).eq(net)].sum())


_HS_ID = ("Date", "Network", "Post")
_HS_QS = [
    Q(
        "which network gets the best engagement on average",
        _lead(
            either(
                _named(lambda d: _top(_n(d["Engagement rate (%)"]).groupby(_text(d["Network"])).mean())),
                _named(lambda d: _top(_n(d["Engagements"]).groupby(_text(d["Network"])).mean())),
            )
        ),
        ("Network", "Engagement rate (%)", "Engagements", "Impressions"),
    ),
    Q(
        "total impressions on linkedin",
        _money(_hs_net_sum("LinkedIn", "Impressions")),
        ("Impressions", "Network", "Profile"),
    ),
    Q(
        "and on facebook?",
        _money(_hs_net_sum("Facebook", "Impressions")),
        ("Impressions", "Network", "Profile"),
    ),
    Q(
        "how many posts got over 200 likes",
        either(
            _count(lambda d: int((_n(d["Likes"]) > 200).sum())),
            _count(lambda d: int((_n(d["Likes"]) >= 200).sum())),
        ),
        ("Likes", *_HS_ID),
    ),
    Q(
        "average views on the video posts",
        either(
            _about(lambda d: float(_n(d["Video views"]).mean())),
            _about(lambda d: float(_n(d["Video views"])[_text(d["Post type"]).eq("Video")].mean())),
        ),
        ("Video views", "Post type", *_HS_ID),
    ),
    Q(
        "do posts with more impressions get more link clicks",
        corr_of(lambda d: _n(d["Impressions"]), lambda d: _n(d["Link clicks"])),
        ("Impressions", "Link clicks"),
    ),
]


# --- 3. Constant Contact email campaign report ---------------------------------------------------------------------

_CC_MONTHS = [pd.Timestamp(2000, m, 1).strftime("%B") for m in range(1, 13)]
_CC_PROMOS = [
    ("Spring Sale", "Spring savings start now 🌷", 3),
    ("Summer Clearance", "Up to 40% off summer styles", 7),
    ("Back to School", "Ready for the new term?", 8),
    ("Black Friday", "Our biggest sale of the year", 11),
    ("Holiday Gift Guide", "Gifts they will actually use", 12),
    ("Customer Survey", "Tell us how we're doing", 5),
    ("Open House Invite", "You're invited: open house this Saturday", 9),
]
_CC_YEAR_OPEN = {2018: 20.5, 2019: 21.5, 2020: 24.0, 2021: 27.5, 2022: 25.0, 2023: 23.0, 2024: 22.0}


def _cc_stamp(t: pd.Timestamp) -> str:
    return f"{t.month}/{t.day}/{t.year} {t.strftime('%I:%M %p').lstrip('0')}"


def _constant_contact_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21103)
    rows = []
    for year in range(2018, 2025):
        list_size = 3600 + (year - 2018) * 900
        mails: list[tuple[str, str, pd.Timestamp, float]] = []
        for m in range(1, 13):
            for half, week in (("", 1), (" Update", 15), (" Tips", 23)):
                if half == " Tips" and rng.random() < 0.6:
                    continue
                day = pd.Timestamp(year, m, week) + pd.Timedelta(days=int(rng.integers(0, 5)))
                name = f"{_CC_MONTHS[m - 1]} {year} Newsletter{half}"
                mails.append((name, f"What's new at Maple & Co. - {_CC_MONTHS[m - 1]}", day, 1.0))
        for name, subject, m in _CC_PROMOS:
            for k in range(int(rng.integers(2, 4))):
                day = pd.Timestamp(year, m, 1) + pd.Timedelta(days=int(rng.integers(0, 26)))
                label = f"{name} {year}" + (f" - Reminder {k}" if k else "")
                mails.append((label, subject, day, 1.3))
        for name, subject, day, click_boost in mails:
            when = day + pd.Timedelta(hours=int(_one(rng, [8, 9, 10, 14, 18])), minutes=int(_one(rng, [0, 30])))
            sends = int(list_size * rng.uniform(0.85, 1.05))
            bounces = int(sends * rng.uniform(0.004, 0.025))
            delivered = sends - bounces
            open_rate = min(0.6, max(0.08, rng.normal(_CC_YEAR_OPEN[year], 3.0) / 100))
            opens = int(delivered * open_rate)
            clicks = int(delivered * min(0.2, max(0.002, rng.normal(0.021, 0.008) * click_boost)))
            rows.append(
                {
                    "Campaign Name": name,
                    "Subject": subject,
                    "Send Date": _cc_stamp(when),
                    "Sends": sends,
                    "Opens": opens,
                    "Open Rate": f"{100 * opens / delivered:.1f}%",
                    "Clicks": clicks,
                    "Click Rate": f"{100 * clicks / delivered:.1f}%",
                    "Bounces": bounces,
                    "Unsubscribes": int(rng.poisson(delivered * 0.0018)),
                    "Spam Reports": int(rng.poisson(0.4)),
                    "Did Not Open": delivered - opens,
                    "_t": when,
                }
            )
    out = pd.DataFrame(rows).sort_values("_t", ascending=False, kind="stable").drop(columns="_t")
    return out.reset_index(drop=True)


def _cc_dates(d: pd.DataFrame) -> pd.Series:
    return _when(d["Send Date"], "%m/%d/%Y %I:%M %p")


def _cc_year_rates(how: str) -> Callable[[pd.DataFrame], pd.Series]:
    def f(d: pd.DataFrame) -> pd.Series:
        y = _cc_dates(d).dt.year
        if how == "mean":
            return _n(d["Open Rate"]).groupby(y).mean()
        delivered = _n(d["Sends"]) - (_n(d["Bounces"]) if how == "delivered" else 0)
        return _n(d["Opens"]).groupby(y).sum() / delivered.groupby(y).sum()

    return f


def _cc_year_pick(low: bool) -> Check:
    def pick(how: str) -> Callable[[pd.DataFrame], float]:
        return lambda d: float(_cc_year_rates(how)(d).idxmin() if low else _cc_year_rates(how)(d).idxmax())

    return _lead(either(*(_year(pick(h)) for h in ("mean", "delivered", "sends"))))


_CC_ID = ("Campaign Name", "Send Date")
_CC_QS = [
    Q("how many emails have we sent in total", _money(lambda d: float(_n(d["Sends"]).sum())), ("Sends", *_CC_ID)),
    Q(
        "what's our average open rate",
        _any_about(
            lambda d: float(_n(d["Open Rate"]).mean()),
            lambda d: float(100 * _n(d["Opens"]).sum() / (_n(d["Sends"]) - _n(d["Bounces"])).sum()),
            lambda d: float(100 * _n(d["Opens"]).sum() / _n(d["Sends"]).sum()),
            lambda d: float(_n(d["Open Rate"]).median()),
        ),
        ("Open Rate", "Opens", "Sends", "Bounces", *_CC_ID),
    ),
    Q(
        "which campaign had the best click rate",
        _lead(_named(lambda d: str(_text(d["Campaign Name"])[_n(d["Click Rate"]).idxmax()]))),
        ("Click Rate", "Clicks", "Subject", *_CC_ID),
    ),
    Q(
        "how many people unsubscribed in 2023",
        _count(lambda d: int(_n(d["Unsubscribes"])[_cc_dates(d).dt.year.eq(2023)].sum())),
        ("Unsubscribes", *_CC_ID),
    ),
    Q(
        "which year had the best open rates",
        _cc_year_pick(False),
        ("Open Rate", "Opens", "Sends", "Bounces", *_CC_ID),
    ),
    Q("and the worst?", _cc_year_pick(True), ("Open Rate", "Opens", "Sends", "Bounces", *_CC_ID)),
]


# --- 4. SolarEdge site energy export (daily) -----------------------------------------------------------------------


def _solaredge_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21104)
    days = pd.date_range("2021-06-01", "2024-05-31", freq="D")
    outage = set(rng.choice(len(days), size=9, replace=False).tolist())
    start = int(rng.integers(400, 700))
    outage |= set(range(start, start + 4))
    missing = set(rng.choice(len(days), size=6, replace=False).tolist()) - outage
    rows = []
    for i, day in enumerate(days):
        if i in missing:
            continue
        season = np.cos((day.dayofyear - 172) / 365.25 * 2 * np.pi)
        clear = float(np.clip(rng.beta(4, 1.8), 0.05, 1.0))
        energy = 0.0 if i in outage else max(0.0, (19500 + 11500 * season) * clear + rng.normal(0, 400))
        consumption = 15500 - 3000 * season + rng.normal(0, 2200) + (1800 if day.dayofweek >= 5 else 0)
        consumption = max(consumption, 5200.0)
        self_use = min(energy * rng.uniform(0.28, 0.45), consumption * 0.9)
        rows.append(
            {
                "Time": day.strftime("%Y-%m-%d %H:%M:%S"),
                "Energy (Wh)": round(energy, 1),
                "Consumption (Wh)": round(consumption, 1),
                "Self Consumption (Wh)": round(self_use, 1),
                "FeedIn (Wh)": round(energy - self_use, 1),
                "Purchased (Wh)": round(consumption - self_use, 1),
            }
        )
    return pd.DataFrame(rows)


def _se_monthly(d: pd.DataFrame) -> pd.Series:
    t = _when(d["Time"], "%Y-%m-%d %H:%M:%S")
    return _n(d["Energy (Wh)"]).groupby(t.dt.to_period("M")).sum()


def _se_calendar(low: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    """The calendar month (all years together) with the highest or lowest total production."""

    def f(d: pd.DataFrame) -> pd.Timestamp:
        t = _when(d["Time"], "%Y-%m-%d %H:%M:%S")
        totals = _n(d["Energy (Wh)"]).groupby(t.dt.month).sum()
        return pd.Timestamp(2000, int(totals.idxmin() if low else totals.idxmax()), 1)

    return f


def _se_missing(d: pd.DataFrame) -> int:
    t = _when(d["Time"], "%Y-%m-%d %H:%M:%S")
    return int(len(pd.date_range(t.min(), t.max(), freq="D")) - t.nunique())


_SE_QS = [
    Q(
        "how much energy did the panels make in total, in kwh",
        _scaled(lambda d: float(_n(d["Energy (Wh)"]).sum()), (1e3, 1e6)),
        ("Energy (Wh)", "Time"),
    ),
    Q(
        "how many days did we produce nothing",
        _count(lambda d: int((_n(d["Energy (Wh)"]) == 0).sum())),
        ("Energy (Wh)", "Time"),
    ),
    Q("are any days missing from the export? how many", _count(_se_missing), ("Time",)),
    Q(
        "which month produced the most",
        _lead(either(_month_year(lambda d: _se_monthly(d).idxmax().to_timestamp()), _month(_se_calendar(False)))),
        ("Energy (Wh)", "Time"),
    ),
    Q(
        "and the least?",
        _lead(either(_month_year(lambda d: _se_monthly(d).idxmin().to_timestamp()), _month(_se_calendar(True)))),
        ("Energy (Wh)", "Time"),
    ),
    Q(
        "what percent of the solar we made did we use ourselves",
        _share(lambda d: float(_n(d["Self Consumption (Wh)"]).sum() / _n(d["Energy (Wh)"]).sum())),
        ("Self Consumption (Wh)", "Energy (Wh)", "FeedIn (Wh)", "Time"),
    ),
]


# --- 5. Bluebikes trip history (June 2024) -------------------------------------------------------------------------

# station: weight, id, latitude, longitude
_BB_STATIONS: dict[str, tuple[float, str, float, float]] = {
    "MIT at Mass Ave / Amherst St": (60, "M32006", 42.3581, -71.0936),
    "Central Square at Mass Ave / Essex St": (48, "M32011", 42.3654, -71.1036),
    "Harvard Square at Mass Ave/ Dunster": (42, "M32018", 42.3730, -71.1189),
    "South Station - 700 Atlantic Ave": (45, "C32000", 42.3523, -71.0551),
    "Boston Public Library - 700 Boylston St": (30, "C32005", 42.3497, -71.0776),
    "Christian Science Plaza - Massachusetts Ave at Westland Ave": (26, "C32016", 42.3434, -71.0856),
    "Kendall T": (36, "M32003", 42.3625, -71.0851),
    "Nashua Street at Red Auerbach Way": (22, "A32010", 42.3662, -71.0637),
    "Beacon St at Massachusetts Ave": (25, "B32003", 42.3508, -71.0890),
    "Charles Circle - Charles St at Cambridge St": (24, "A32012", 42.3607, -71.0707),
    "Copley Square - Dartmouth St at Boylston St": (20, "A32004", 42.3499, -71.0774),
    "Ames St at Main St": (21, "M32037", 42.3625, -71.0882),
    "Union Square - Somerville": (14, "S32003", 42.3790, -71.0932),
    "Ruggles T Stop - Columbus Ave at Melnea Cass Blvd": (12, "B32015", 42.3359, -71.0887),
    "JFK/UMass T Stop": (9, "C32048", 42.3204, -71.0520),
}


def _bluebikes_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21105)
    names = list(_BB_STATIONS)
    weights = [v[0] for v in _BB_STATIONS.values()]
    hours = list(range(24))
    hour_w = [1, 0.6, 0.4, 0.2, 0.2, 0.6, 2, 5, 9, 6, 4, 4.5, 5.5, 5.5, 5, 6, 8, 11, 8.5, 6, 4.5, 3.5, 2.5, 1.6]
    rows, ids = [], set()
    for _ in range(4200):
        rid = "".join(rng.choice(list("0123456789ABCDEF"), size=16))
        while rid in ids:
            rid = "".join(rng.choice(list("0123456789ABCDEF"), size=16))
        ids.add(rid)
        member = rng.random() < 0.68
        ebike = rng.random() < (0.36 if member else 0.49)
        day = pd.Timestamp("2024-06-01") + pd.Timedelta(days=int(rng.integers(0, 30)))
        start = day + pd.Timedelta(hours=int(_one(rng, hours, hour_w)), seconds=int(rng.integers(0, 3600)))
        start = start + pd.Timedelta(milliseconds=int(rng.integers(0, 1000)))
        minutes = rng.lognormal(np.log(11 if member else 17), 0.6) * (0.8 if ebike else 1.0)
        if rng.random() < 0.01:
            minutes += rng.uniform(120, 900)
        end = start + pd.Timedelta(seconds=float(minutes * 60))
        a = str(_one(rng, names, weights))
        b = str(_one(rng, names, weights))
        _, aid, alat, alng = _BB_STATIONS[a]
        _, bid, blat, blng = _BB_STATIONS[b]
        if ebike:
            alat, alng = alat + rng.normal(0, 0.0002), alng + rng.normal(0, 0.0002)
        off_dock = ebike and rng.random() < 0.04
        rows.append(
            {
                "ride_id": rid,
                "rideable_type": "electric_bike" if ebike else "classic_bike",
                "started_at": start.strftime("%Y-%m-%d %H:%M:%S.") + f"{start.microsecond // 1000:03d}",
                "ended_at": end.strftime("%Y-%m-%d %H:%M:%S.") + f"{end.microsecond // 1000:03d}",
                "start_station_name": a,
                "start_station_id": aid,
                "end_station_name": "" if off_dock else b,
                "end_station_id": "" if off_dock else bid,
                "start_lat": round(alat, 6),
                "start_lng": round(alng, 6),
                "end_lat": np.nan if off_dock else blat,
                "end_lng": np.nan if off_dock else blng,
                "member_casual": "member" if member else "casual",
            }
        )
    return pd.DataFrame(rows).sort_values("started_at", kind="stable").reset_index(drop=True)


def _bb_minutes(d: pd.DataFrame) -> pd.Series:
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    return (_when(d["ended_at"], fmt) - _when(d["started_at"], fmt)).dt.total_seconds() / 60


def _bb_ebike_share(d: pd.DataFrame) -> float:
    return float(_text(d["rideable_type"]).eq("electric_bike").mean())


_BB_ID = ("ride_id", "started_at")
_BB_QS = [
    Q(
        "how many rides were members vs casual riders",
        _count(lambda d: _text(d["member_casual"]).value_counts().to_numpy()),
        ("member_casual", *_BB_ID),
    ),
    Q(
        "how long is a typical ride in minutes",
        _any_about(lambda d: float(_bb_minutes(d).mean()), lambda d: float(_bb_minutes(d).median())),
        ("started_at", "ended_at", "ride_id"),
    ),
    Q(
        "what's the most popular station to start from",
        _lead(_named(lambda d: _top(_text(d["start_station_name"]).value_counts()))),
        ("start_station_name", "start_station_id", *_BB_ID),
    ),
    Q(
        "what share of rides were on e-bikes",
        _share(_bb_ebike_share),
        ("rideable_type", *_BB_ID),
    ),
    Q(
        "and just for casual riders?",
        _share(lambda d: _bb_ebike_share(d[_text(d["member_casual"]).eq("casual")])),
        ("rideable_type", "member_casual", *_BB_ID),
    ),
    Q(
        "what time of day do most rides start",
        _lead(_hour_of(lambda d: int(_when(d["started_at"], "%Y-%m-%d %H:%M:%S.%f").dt.hour.value_counts().idxmax()))),
        ("started_at", "ride_id"),
    ),
]


# --- 6. NLRB representation election tallies -----------------------------------------------------------------------

# state: weight, cities, regional office number
_NL_STATES: dict[str, tuple[float, str, str]] = {
    "CA": (17, "LOS ANGELES;OAKLAND;SAN DIEGO;SACRAMENTO", "31"),
    "NY": (14, "NEW YORK;BROOKLYN;BUFFALO;ALBANY", "02"),
    "IL": (8, "CHICAGO;ROCKFORD;SPRINGFIELD", "13"),
    "WA": (7, "SEATTLE;SPOKANE;TACOMA", "19"),
    "MA": (6, "BOSTON;WORCESTER;SPRINGFIELD", "01"),
    "PA": (6, "PHILADELPHIA;PITTSBURGH", "04"),
    "MI": (5, "DETROIT;LANSING;GRAND RAPIDS", "07"),
    "OH": (5, "CLEVELAND;COLUMBUS;CINCINNATI", "08"),
    "NJ": (4, "NEWARK;JERSEY CITY", "22"),
    "TX": (4, "HOUSTON;DALLAS;AUSTIN", "16"),
    "MN": (3, "MINNEAPOLIS;SAINT PAUL", "18"),
    "OR": (3, "PORTLAND;EUGENE", "19"),
}
# union: weight, win chance, typical unit, unit sizes
_NL_UNIONS: dict[str, tuple[float, float, str, tuple[int, int]]] = {
    "Workers United": (22, 0.85, "All full-time and regular part-time baristas and shift supervisors", (12, 40)),
    "International Brotherhood of Teamsters": (18, 0.62, "All full-time and part-time drivers and warehouse", (8, 250)),
    "Service Employees International Union": (12, 0.72, "All service and maintenance employees", (20, 300)),
    "United Food and Commercial Workers": (10, 0.55, "All full-time and part-time retail employees", (15, 180)),
    "International Brotherhood of Electrical Workers": (8, 0.6, "All journeyman and apprentice electricians", (5, 60)),
    "United Auto Workers": (9, 0.7, "All graduate and undergraduate student workers", (30, 900)),
    "International Association of Machinists": (6, 0.5, "All production and maintenance employees", (10, 200)),
    "Communications Workers of America": (7, 0.68, "All full-time and regular part-time technicians", (6, 120)),
    "Operating Engineers Local 150": (4, 0.45, "All operating engineers", (4, 30)),
}
_NL_EMPLOYERS = "Starbucks Corporation;Amazon.com Services LLC;Trader Joe's;REI;Apple Inc.;Chipotle Mexican Grill"
_NL_EMPLOYERS += ";Kaiser Permanente;Ace Hardware Distribution;Sysco Foods;Waste Management;Columbia University"
_NL_EMPLOYERS += ";Mercy Hospital;Republic Services;Hilton Hotels;Buffalo Wild Wings;Home Depot;Verizon Wireless"


def _nlrb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21106)
    states = list(_NL_STATES)
    sw = [v[0] for v in _NL_STATES.values()]
    unions = list(_NL_UNIONS)
    uw = [v[0] for v in _NL_UNIONS.values()]
    employers = _NL_EMPLOYERS.split(";")
    year_win = {2021: -0.08, 2022: 0.05, 2023: 0.02, 2024: 0.0}
    rows, numbers = [], set()
    for _ in range(1300):
        st = str(_one(rng, states, sw))
        _, cities, region = _NL_STATES[st]
        union = str(_one(rng, unions, uw))
        _, win, unit, (lo, hi) = _NL_UNIONS[union]
        employer = "Starbucks Corporation" if union == "Workers United" else str(_one(rng, employers))
        filed = pd.Timestamp("2020-11-01") + pd.Timedelta(days=int(rng.integers(0, 1460)))
        tally = filed + pd.Timedelta(days=int(rng.integers(25, 110)))
        if tally.year > 2024:
            tally = pd.Timestamp("2024-12-31") - pd.Timedelta(days=int(rng.integers(0, 60)))
            filed = tally - pd.Timedelta(days=int(rng.integers(25, 90)))
        if tally.year < 2021:
            tally = tally + pd.Timedelta(days=70)
        eligible = int(rng.integers(lo, hi + 1))
        voted = round(eligible * rng.uniform(0.6, 0.95))
        challenged = int(rng.binomial(voted, 0.02))
        valid = voted - challenged
        p = win + year_win.get(tally.year, 0.0)
        yes = int(rng.binomial(valid, 0.62 if rng.random() < p else 0.38))
        no = valid - yes
        num = int(rng.integers(250000, 360000))
        while num in numbers:
            num = int(rng.integers(250000, 360000))
        numbers.add(num)
        rows.append(
            {
                "Case Number": f"{region}-RC-{num}",
                "Case Name": employer,
                "City": str(_one(rng, cities.split(";"))),
                "State": st,
                "Date Filed": filed.strftime("%m/%d/%Y"),
                "Tally Date": tally.strftime("%m/%d/%Y"),
                "Unit Description": f"Included: {unit}. Excluded: Office clerical employees, guards and supervisors.",
                "Num Eligible Voters": eligible,
                "Votes For Union": yes,
                "Votes Against": no,
                "Challenged Ballots": challenged,
                "Union Name": union,
                "Certified Representative": union if yes > no else "",
            }
        )
    return pd.DataFrame(rows)


def _nl_won(d: pd.DataFrame) -> pd.Series:
    return _n(d["Votes For Union"]) > _n(d["Votes Against"])


def _nl_turnouts(d: pd.DataFrame) -> list[float]:
    votes = _n(d["Votes For Union"]) + _n(d["Votes Against"])
    full = votes + _n(d["Challenged Ballots"])
    eligible = _n(d["Num Eligible Voters"])
    return [
        float((votes / eligible).mean()),
        float((full / eligible).mean()),
        float(votes.sum() / eligible.sum()),
        float(full.sum() / eligible.sum()),
    ]


def _nl_top_union(d: pd.DataFrame) -> str:
    return _top(_text(d["Union Name"]).value_counts())


_NL_ID = ("Case Number", "Tally Date")
_NL_VOTES = ("Votes For Union", "Votes Against", "Certified Representative")
_NL_QS = [
    Q("how many elections did the union win", _count(lambda d: int(_nl_won(d).sum())), (*_NL_VOTES, *_NL_ID)),
    Q(
        "what's the union win rate each year",
        _shares(lambda d: _nl_won(d).groupby(_when(d["Tally Date"], "%m/%d/%Y").dt.year).mean().to_numpy()),
        (*_NL_VOTES, *_NL_ID),
    ),
    Q(
        "which state had the most elections",
        _lead(_named(lambda d: _top(_text(d["State"]).value_counts()))),
        ("State", *_NL_ID),
    ),
    Q(
        "whats the average turnout",
        either(*(_share(lambda d, i=i: _nl_turnouts(d)[i]) for i in range(4))),
        ("Num Eligible Voters", "Votes For Union", "Votes Against", "Challenged Ballots", *_NL_ID),
    ),
    Q(
        "which union was on the ballot the most",
        _lead(_named(_nl_top_union)),
        ("Union Name", *_NL_ID),
    ),
    Q(
        "how many of those did they win",
        _count(lambda d: int(_nl_won(d)[_text(d["Union Name"]).eq(_nl_top_union(d))].sum())),
        ("Union Name", *_NL_VOTES, *_NL_ID),
    ),
]


# --- 7. NPS visitor use statistics (recreation visits by park by month) --------------------------------------------

# park: unit code, type, region, state, annual recreation visits, summer peak, tent, rv, backcountry (per year)
_NP_PARKS: dict[str, tuple[str, str, str, str, float, float, float, float, float]] = {
    "Great Smoky Mountains NP": ("GRSM", "National Park", "Southeast", "TN", 12.5e6, 0.4, 95e3, 60e3, 45e3),
    "Grand Canyon NP": ("GRCA", "National Park", "Intermountain", "AZ", 5.2e6, 0.5, 70e3, 85e3, 38e3),
    "Zion NP": ("ZION", "National Park", "Intermountain", "UT", 4.4e6, 0.5, 60e3, 45e3, 9e3),
    "Yellowstone NP": ("YELL", "National Park", "Intermountain", "WY", 4.1e6, 1.6, 110e3, 160e3, 40e3),
    "Rocky Mountain NP": ("ROMO", "National Park", "Intermountain", "CO", 4.3e6, 1.2, 55e3, 70e3, 30e3),
    "Yosemite NP": ("YOSE", "National Park", "Pacific West", "CA", 3.9e6, 1.0, 140e3, 90e3, 70e3),
    "Acadia NP": ("ACAD", "National Park", "Northeast", "ME", 3.6e6, 1.4, 50e3, 45e3, 0.0),
    "Olympic NP": ("OLYM", "National Park", "Pacific West", "WA", 2.8e6, 1.1, 48e3, 30e3, 35e3),
    "Glacier NP": ("GLAC", "National Park", "Intermountain", "MT", 2.9e6, 1.9, 52e3, 58e3, 18e3),
    "Joshua Tree NP": ("JOTR", "National Park", "Pacific West", "CA", 2.9e6, -0.6, 120e3, 40e3, 6e3),
    "Golden Gate NRA": ("GOGA", "National Recreation Area", "Pacific West", "CA", 14.5e6, 0.1, 0.0, 0.0, 0.0),
    "Lake Mead NRA": ("LAKE", "National Recreation Area", "Pacific West", "NV", 7.9e6, 0.5, 65e3, 150e3, 0.0),
    "Blue Ridge PKWY": ("BLRI", "Parkway", "Southeast", "NC", 15.2e6, 0.6, 30e3, 40e3, 0.0),
    "Gateway Arch NP": ("JEFF", "National Park", "Midwest", "MO", 1.9e6, 0.4, 0.0, 0.0, 0.0),
    "Statue of Liberty NM": ("STLI", "National Monument", "Northeast", "NY", 3.5e6, 0.5, 0.0, 0.0, 0.0),
    "Muir Woods NM": ("MUWO", "National Monument", "Pacific West", "CA", 0.9e6, 0.3, 0.0, 0.0, 0.0),
    "Cape Cod NS": ("CACO", "National Seashore", "Northeast", "MA", 4.0e6, 1.5, 0.0, 0.0, 0.0),
    "Gettysburg NMP": ("GETT", "National Military Park", "Northeast", "PA", 0.95e6, 0.7, 0.0, 0.0, 0.0),
}
_NP_YEAR = {2019: 1.0, 2020: 0.72, 2021: 1.02, 2022: 0.98, 2023: 1.03}


def _commas(x: float) -> str:
    return f"{round(x):,}"


def _nps_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21107)
    rows = []
    for park, (code, kind, region, state, annual, peak, tent, rv, back) in _NP_PARKS.items():
        for year, factor in _NP_YEAR.items():
            for month in range(1, 13):
                season = np.exp(peak * np.cos((month - 7) / 12 * 2 * np.pi))
                closed = year == 2020 and month in (4, 5) and rng.random() < 0.7
                share = season / sum(np.exp(peak * np.cos((m - 7) / 12 * 2 * np.pi)) for m in range(1, 13))
                visits = 0.0 if closed else annual * factor * share * rng.lognormal(0, 0.08)
                camp = 0.0 if closed else factor * share * rng.lognormal(0, 0.12)
                rows.append(
                    {
                        "Park Name": park,
                        "Unit Code": code,
                        "Park Type": kind,
                        "Region": region,
                        "State": state,
                        "Year": year,
                        "Month": month,
                        "Recreation Visits": _commas(visits),
                        "NonRecreation Visits": _commas(visits * rng.uniform(0.01, 0.12)),
                        "Tent Campers": _commas(tent * camp) if tent else "",
                        "RV Campers": _commas(rv * camp) if rv else "",
                        "Backcountry Campers": _commas(back * camp) if back else "",
                    }
                )
    return pd.DataFrame(rows)


def _np_year_total(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_n(d["Recreation Visits"])[_n(d["Year"]).eq(year)].sum())


def _np_yell_mean(col: str) -> Callable[[pd.DataFrame], list[float]]:
    def f(d: pd.DataFrame) -> list[float]:
        x = _n(d[col])[_text(d["Unit Code"]).eq("YELL")]
        return [float(x.mean()), float(x.fillna(0).mean())]

    return f


_NP_ID = ("Park Name", "Unit Code", "Year", "Month")
_NP_QS = [
    Q(
        "which park got the most visitors in 2023",
        _lead(
            either(
                _named(
                    lambda d: _top(
                        _n(d["Recreation Visits"])[_n(d["Year"]).eq(2023)].groupby(_text(d["Park Name"])).sum()
                    )
                ),
                _named(
                    lambda d: _top(
                        (_n(d["Recreation Visits"]) + _n(d["NonRecreation Visits"]))[_n(d["Year"]).eq(2023)]
                        .groupby(_text(d["Park Name"]))
                        .sum()
                    )
                ),
            )
        ),
        ("Recreation Visits", "NonRecreation Visits", *_NP_ID),
    ),
    Q("total visits across all parks in 2020", _money(_np_year_total(2020)), ("Recreation Visits", *_NP_ID)),
    Q(
        "how did 2020 compare to 2019",
        _pct(lambda d: _np_year_total(2020)(d) / _np_year_total(2019)(d) - 1),
        ("Recreation Visits", *_NP_ID),
    ),
    Q(
        "what's the busiest month of the year overall",
        _lead(
            _month(
                lambda d: pd.Timestamp(2000, int(_n(d["Recreation Visits"]).groupby(_n(d["Month"])).sum().idxmax()), 1)
            )
        ),
        ("Recreation Visits", *_NP_ID),
    ),
    Q(
        "on average how many rv campers does yellowstone get a month",
        _about(lambda d: _np_yell_mean("RV Campers")(d)[0]),
        ("RV Campers", *_NP_ID),
    ),
    Q("and tent campers?", _about(lambda d: _np_yell_mean("Tent Campers")(d)[0]), ("Tent Campers", *_NP_ID)),
]


HELDOUT211: list[Dataset] = [
    Dataset("buymeacoffee_supporters", _bmc_frame, _BMC_QS),
    Dataset("hootsuite_post_performance", _hootsuite_frame, _HS_QS),
    Dataset("constant_contact_campaigns", _constant_contact_frame, _CC_QS),
    Dataset("solaredge_daily_energy", _solaredge_frame, _SE_QS),
    Dataset("bluebikes_trips_2024_06", _bluebikes_frame, _BB_QS),
    Dataset("nlrb_election_tallies", _nlrb_frame, _NL_QS),
    Dataset("nps_visitor_use_monthly", _nps_frame, _NP_QS),
]
