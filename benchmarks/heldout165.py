"""HELDOUT165: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Gorgias helpdesk tickets export (January to
June 2024, one row per ticket) with "Ticket ID", Subject, Status (open / closed, lower case), Channel (email, chat,
contact_form, facebook, instagram-comment, phone), Tags (comma separated, blank for some), Assignee (agent name, blank
when unassigned), Team, "Customer Email", "Created Date" and "Closed Date" as "2024-03-05 14:22:10" (blank while
open), "First Response Time (s)" and "Resolution Time (s)" in seconds (blank when never answered / not closed),
Messages, "Satisfaction Score" (1-5, blank for most tickets) and Language; a Buffer post analytics export (July 2023
to June 2024, one row per post) with Date as "2024-03-05", Time as "14:30", Channel (Instagram, LinkedIn, X,
Facebook, Threads), "Profile Name", "Post Text", "Media Type" (image, video, carousel, link, text), Link (blank for
most), Impressions, Reach, Likes, Comments, Shares, Clicks, "Engagement Rate" as "3.21%" and Tags (blank for some);
a Withings sleep.csv from the account data download (June 2022 to May 2024, one row per night, some nights absent)
with "from" and "to" as "2023-01-05T23:12:00+01:00" (the offset changes with summer time), "light (s)", "deep (s)",
"rem (s)", "awake (s)", "wake up" (count), "Duration to sleep (s)", "Duration to wake up (s)", "Snoring (s)",
"Snoring episodes", "Average heart rate", "Heart rate (min)" and "Heart rate (max)" (the three blank for some nights);
a Stripe Dashboard subscriptions export (created 2022 to June 2024) with id ("sub_1N..."), "Customer ID"
("cus_..."), "Customer Description" (blank for most), "Customer Email", Plan ("price_..."), Product ("Pro Monthly"),
Quantity (seats), Currency (usd), Interval (month / year), Amount (per seat, in dollars), Status (active, trialing,
past_due, canceled, unpaid), "Created (UTC)", "Start (UTC)", "Current Period Start (UTC)", "Current Period End (UTC)",
"Trial Start (UTC)", "Trial End (UTC)", "Canceled At (UTC)", "Ended At (UTC)" as "2023-04-12 15:22" (blank when not
applicable), "Cancel At Period End" (true / false), Coupon (blank for most) and "Tax Percent"; the City of Chicago
"Towed Vehicles" table (the last 90 days, April to June 2024) with "Tow Date" as "04/15/2024", Make as the four-letter
codes the city writes (FORD, CHEV, TOYT, HOND, NISS ...), Style (4D, 2D, PK, VN, LL, SW, MC), Model (mostly blank),
Color (BLK, WHI, GRY, SIL, RED, BLU ...), Plate (blank for a few), State (IL for most, blank for a few), "Towed to
Address" (one of the city's pounds, "10300 S. Doty"), "Tow Facility Phone" as "(773) 568-8495" and "Inventory
Number"; the BLS producer price index commodity data file (wp.data, seven series, 2010-2024) in long form with
series_id padded with trailing spaces ("WPU0571      "), year, period (M01-M12 and M13 for the annual average of
complete years), value (index) and footnote_codes ("P" on the last four months, blank otherwise); and Eurostat's
quarterly GDP and main components (namq_10_gdp) as the SDMX-CSV long download, eight countries, 2015-Q1 to 2023-Q4,
with DATAFLOW ("ESTAT:NAMQ_10_GDP(1.0)"), "LAST UPDATE" ("15/03/24 23:00:00"), freq (Q), unit (CP_MEUR current
prices, CLV10_MEUR chain-linked volumes), s_adj (SCA; NSA for GDP at current prices only), na_item (B1GQ, P31_S14,
P5G, P6, P7), geo (DE, FR, IT, ES, NL, PL, SE, BE), TIME_PERIOD ("2023-Q4"), OBS_VALUE (in million euros, blank for a
few) and OBS_FLAG (p provisional, c confidential, blank). All are generated with fixed seeds 16501-16507.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text, _year
from .heldout42 import _ranked
from .heldout163 import _quarter
from .offline_eval import Check, Dataset, Q, corr_of, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from text such as "$1,234.50", "35.12%" or blanks."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,%\s]", "", regex=True), errors="coerce")


def _duration(seconds: Callable[[pd.DataFrame], float]) -> Check:
    """A duration given in seconds, minutes or hours ("5,412 s", "90.2 minutes", "1.5 hours", "1h 30m", "7:23")."""
    plain = _scaled(seconds, (60.0, 3600.0), rel=0.01)

    def check(answer: str, df: pd.DataFrame) -> str | None:
        if plain(answer, df) is None:
            return None
        want = float(seconds(df))
        hm = r"(\d+)\s*(?:h|hr|hrs|hours?)\s*(?:and\s*)?(\d{1,2})\s*(?:m|min|mins|minutes?)\b"
        for m in re.finditer(hm, answer, re.IGNORECASE):
            if abs(int(m.group(1)) * 3600 + int(m.group(2)) * 60 - want) <= max(0.01 * want, 60):
                return None
        for m in re.finditer(r"(?<![\d.:])(\d{1,2}):([0-5]\d)(?![\d:])", answer):
            if abs(int(m.group(1)) * 3600 + int(m.group(2)) * 60 - want) <= max(0.01 * want, 60):
                return None
        return f"missing duration {want:.6g} s"

    return check


# --- 1. Gorgias helpdesk tickets -----------------------------------------------------------------------------------

_GG_CHANNELS = {"email": 40, "chat": 25, "contact_form": 12, "facebook": 8, "instagram-comment": 9, "phone": 6}
# channel: typical first response (s)
_GG_FIRST = {
    "email": 4 * 3600,
    "chat": 180,
    "contact_form": 5 * 3600,
    "facebook": 2 * 3600,
    "instagram-comment": 3 * 3600,
    "phone": 60,
}
# agent: team, weight, satisfaction bias
_GG_AGENTS = {
    "Maya Thompson": ("Tier 1", 5, 0.3),
    "Lucas Fernandez": ("Tier 1", 5, -0.2),
    "Chloe Martin": ("Tier 1", 4, 0.1),
    "Omar Haddad": ("Tier 2", 3, 0.5),
    "Jessica Lee": ("Tier 2", 3, -0.4),
    "Ben Carter": ("Returns", 3, 0.0),
}
_GG_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]
_GG_TOPICS = {
    "Where is my order?": "order-status, wismo",
    "Refund request": "refund",
    "Wrong size - exchange": "return, exchange",
    "Damaged item received": "damaged, refund",
    "Discount code not working": "promo",
    "Question about product": "product-question",
    "Cancel my order": "cancel",
    "Re: Your order has shipped": "order-status",
}


def _gorgias_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16501)
    rows = []
    start = pd.Timestamp("2024-01-01")
    agents = list(_GG_AGENTS)
    now = pd.Timestamp("2024-07-01 09:00:00")
    for i in range(2600):
        created = start + pd.Timedelta(seconds=int(rng.integers(0, 182 * 86400)))
        channel = _one(rng, list(_GG_CHANNELS), list(_GG_CHANNELS.values()))
        subject = _one(rng, list(_GG_TOPICS))
        assignee = "" if rng.random() < 0.06 else _one(rng, agents, [v[1] for v in _GG_AGENTS.values()])
        team = _GG_AGENTS[assignee][0] if assignee else ""
        answered = assignee != "" and rng.random() > 0.03
        first = round(float(_GG_FIRST[channel] * rng.lognormal(0, 0.8))) if answered else None
        age = (now - created).total_seconds()
        open_ = rng.random() < (0.5 if age < 7 * 86400 else 0.04) or not answered
        resolution = None
        closed = ""
        if not open_ and first is not None:
            resolution = int(first + rng.lognormal(10.5, 1.0))
            closed = (created + pd.Timedelta(seconds=resolution)).strftime("%Y-%m-%d %H:%M:%S")
        score: float | None = None
        if closed and rng.random() < 0.22:
            bias = _GG_AGENTS[assignee][2]
            score = int(np.clip(round(rng.normal(4.1 + bias - (first or 0) / 40000, 0.9)), 1, 5))
        rows.append(
            {
                "Ticket ID": 31_200_000 + i * 7 + int(rng.integers(0, 7)),
                "Subject": subject,
                "Status": "open" if open_ else "closed",
                "Channel": channel,
                "Tags": "" if rng.random() < 0.15 else _GG_TOPICS[subject],
                "Assignee": assignee,
                "Team": team,
                "Customer Email": f"customer{int(rng.integers(1000, 99999))}@{_one(rng, _GG_DOMAINS)}",
                "Created Date": created.strftime("%Y-%m-%d %H:%M:%S"),
                "Closed Date": closed,
                "First Response Time (s)": first,
                "Resolution Time (s)": resolution,
                "Messages": int(rng.integers(1, 4)) + (int(rng.poisson(2)) if answered else 0),
                "Satisfaction Score": score,
                "Language": _one(rng, ["en", "fr", "es", "de"], [85, 7, 5, 3]),
            }
        )
    return pd.DataFrame(rows).sort_values("Created Date").reset_index(drop=True)


_GG_ID = ("Ticket ID",)
_GG_FRT = "First Response Time (s)"
_GORGIAS_QS = [
    Q("how many tickets did we get", _count(lambda d: len(d)), (*_GG_ID, "Created Date")),
    Q(
        "where do most of them come from",
        _lead(_named(lambda d: _top(d["Channel"].value_counts()))),
        (*_GG_ID, "Channel"),
    ),
    Q(
        "how long does it usually take us to first reply",
        either(
            _duration(lambda d: float(d[_GG_FRT].mean())),
            _duration(lambda d: float(d[_GG_FRT].median())),
        ),
        (*_GG_ID, _GG_FRT),
    ),
    Q(
        "how many are still open",
        _count(lambda d: int((_text(d["Status"]).str.lower() == "open").sum())),
        (*_GG_ID, "Status", "Closed Date"),
    ),
    Q(
        "which agent gets the best satisfaction scores",
        _lead(_named(lambda d: _top(d.groupby("Assignee")["Satisfaction Score"].mean()))),
        (*_GG_ID, "Assignee", "Satisfaction Score"),
    ),
    Q(
        "what share of tickets never got a rating",
        _share(lambda d: float(d["Satisfaction Score"].isna().mean())),
        (*_GG_ID, "Satisfaction Score", "Status", "Closed Date"),
    ),
]


# --- 2. Buffer post analytics --------------------------------------------------------------------------------------

# channel: weight, typical impressions, like rate, click rate, profile name
_BF_CHANNELS = {
    "Instagram": (30, 4200, 0.045, 0.002, "acme.coffee"),
    "LinkedIn": (20, 2600, 0.020, 0.012, "Acme Coffee Roasters"),
    "X": (25, 1900, 0.012, 0.008, "@acmecoffee"),
    "Facebook": (15, 3100, 0.015, 0.006, "Acme Coffee"),
    "Threads": (10, 1200, 0.035, 0.001, "acme.coffee"),
}
_BF_MEDIA = {"image": (40, 1.0), "video": (20, 1.8), "carousel": (15, 1.4), "link": (15, 0.7), "text": (10, 0.6)}
_BF_TEXT = [
    "New single origin from Ethiopia just landed",
    "Behind the scenes at the roastery",
    "Weekend brew tip: try a 1:16 ratio",
    "We're hiring baristas in Portland",
    "Limited holiday blend is back",
    "How we source our beans",
    "Customer spotlight",
    "Cold brew season starts now",
]


def _buffer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16502)
    rows = []
    days = pd.date_range("2023-07-01", "2024-06-30", freq="D")
    channels = list(_BF_CHANNELS)
    for day in days:
        busy = 1.0 + 0.6 * (day.month in (11, 12)) - 0.3 * (day.month == 8)
        for _ in range(int(rng.poisson(4.6 * busy))):
            ch = _one(rng, channels, [v[0] for v in _BF_CHANNELS.values()])
            _, imp, like, click, profile = _BF_CHANNELS[ch]
            media = _one(rng, list(_BF_MEDIA), [v[0] for v in _BF_MEDIA.values()])
            if ch == "Instagram" and media in ("link", "text"):
                media = "image"
            boost = _BF_MEDIA[media][1]
            impressions = int(imp * boost * rng.lognormal(0, 0.7))
            reach = int(impressions * rng.uniform(0.6, 0.95))
            likes = int(rng.binomial(impressions, min(like * rng.lognormal(0, 0.3), 0.5)))
            comments = int(rng.binomial(impressions, like * 0.08))
            shares = int(rng.binomial(impressions, like * 0.1))
            clicks = int(rng.binomial(impressions, click * (2.5 if media == "link" else 1.0)))
            eng = (likes + comments + shares + clicks) / impressions if impressions else 0.0
            rows.append(
                {
                    "Date": day.strftime("%Y-%m-%d"),
                    "Time": f"{int(rng.integers(7, 21)):02d}:{_one(rng, ['00', '15', '30', '45'])}",
                    "Channel": ch,
                    "Profile Name": profile,
                    "Post Text": _one(rng, _BF_TEXT),
                    "Media Type": media,
                    "Link": "https://acmecoffee.com/blog" if media == "link" else "",
                    "Impressions": impressions,
                    "Reach": reach,
                    "Likes": likes,
                    "Comments": comments,
                    "Shares": shares,
                    "Clicks": clicks,
                    "Engagement Rate": f"{100 * eng:.2f}%",
                    "Tags": "" if rng.random() < 0.3 else _one(rng, ["product", "culture", "promo", "education"]),
                }
            )
    return pd.DataFrame(rows)


def _bf_top_month(d: pd.DataFrame) -> pd.Timestamp:
    counts = pd.to_datetime(d["Date"]).dt.to_period("M").astype(str).value_counts()
    return pd.Timestamp(_top(counts) + "-01")


def _bf_video_rate(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        v = d[_text(d["Media Type"]) == "video"]
        if weighted:
            return float(v[["Likes", "Comments", "Shares", "Clicks"]].sum().sum() / v["Impressions"].sum())
        return float(_num(v["Engagement Rate"]).mean() / 100)

    return value


_BF_ID = ("Date", "Channel")
_BUFFER_QS = [
    Q(
        "which platform gets us the most likes",
        either(
            _lead(_named(lambda d: _top(d.groupby("Channel")["Likes"].sum()))),
            _lead(_named(lambda d: _top(d.groupby("Channel")["Likes"].mean()))),
        ),
        (*_BF_ID, "Likes"),
    ),
    Q(
        "whats the average engagement rate on videos",
        either(_share(_bf_video_rate(False)), _share(_bf_video_rate(True))),
        (*_BF_ID, "Media Type", "Engagement Rate", "Impressions", "Likes", "Comments", "Shares", "Clicks"),
    ),
    Q("what month did we post the most", _month_year(_bf_top_month), _BF_ID),
    Q(
        "how many posts got more than 10k impressions",
        _count(lambda d: int((d["Impressions"] > 10_000).sum())),
        (*_BF_ID, "Impressions"),
    ),
    Q(
        "do posts with more impressions get more clicks",
        corr_of(lambda d: d["Impressions"], lambda d: d["Clicks"]),
        (*_BF_ID, "Impressions", "Clicks"),
    ),
    Q(
        "total shares on linkedin in 2024",
        _count(
            lambda d: int(
                d.loc[(d["Channel"] == "LinkedIn") & d["Date"].astype(str).str.startswith("2024"), "Shares"].sum()
            )
        ),
        (*_BF_ID, "Shares"),
    ),
]


# --- 3. Withings sleep.csv -----------------------------------------------------------------------------------------


def _withings_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16503)
    rows = []
    for night in pd.date_range("2022-06-01", "2024-05-31", freq="D"):
        if rng.random() < 0.07:
            continue
        summer = pd.Timestamp(night.year, 3, 27) <= night < pd.Timestamp(night.year, 10, 30)
        offset = "+02:00" if summer else "+01:00"
        weekend = night.dayofweek in (4, 5)
        bed = night + pd.Timedelta(minutes=float(rng.normal(23 * 60 + 10 + 50 * weekend, 35)))
        late_winter = night.month in (12, 1)
        asleep_target = rng.normal(7.1 * 3600 - 1500 * late_winter - 1200 * (night.month == 6), 2400)
        asleep_target = float(np.clip(asleep_target, 3.5 * 3600, 10 * 3600))
        deep = int(asleep_target * rng.uniform(0.14, 0.24))
        rem = int(asleep_target * rng.uniform(0.17, 0.25))
        light = int(asleep_target) - deep - rem
        wakes = int(rng.poisson(2.2))
        awake = int(wakes * rng.uniform(180, 600) + rng.uniform(0, 300))
        to_sleep = int(rng.lognormal(6.4, 0.5))
        to_wake = int(rng.uniform(0, 900))
        end = bed + pd.Timedelta(seconds=light + deep + rem + awake + to_sleep + to_wake)
        snoring = int(max(0.0, rng.normal(900, 700)))
        hr_missing = rng.random() < 0.08
        avg_hr = round(float(rng.normal(56 + snoring / 600, 3)))
        rows.append(
            {
                "from": bed.strftime("%Y-%m-%dT%H:%M:%S") + offset,
                "to": end.strftime("%Y-%m-%dT%H:%M:%S") + offset,
                "light (s)": light,
                "deep (s)": deep,
                "rem (s)": rem,
                "awake (s)": awake,
                "wake up": wakes,
                "Duration to sleep (s)": to_sleep,
                "Duration to wake up (s)": to_wake,
                "Snoring (s)": snoring,
                "Snoring episodes": int(snoring / 180 + rng.poisson(1)) if snoring else 0,
                "Average heart rate": None if hr_missing else avg_hr,
                "Heart rate (min)": None if hr_missing else avg_hr - int(rng.integers(4, 10)),
                "Heart rate (max)": None if hr_missing else avg_hr + int(rng.integers(12, 35)),
            }
        )
    return pd.DataFrame(rows)


def _wt_asleep(d: pd.DataFrame) -> pd.Series:
    return d["light (s)"] + d["deep (s)"] + d["rem (s)"]


def _wt_in_bed(d: pd.DataFrame) -> pd.Series:
    start = pd.to_datetime(d["from"].astype(str).str[:19])
    end = pd.to_datetime(d["to"].astype(str).str[:19])
    return (end - start).dt.total_seconds()


def _wt_least_month(col: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        months = d[col].astype(str).str[:7]
        return pd.Timestamp(_top(_wt_asleep(d).groupby(months).mean(), ascending=True) + "-01")

    return value


_WT_ID = ("from", "to")
_WT_STAGES = ("light (s)", "deep (s)", "rem (s)")
_WITHINGS_QS = [
    Q(
        "how much do i sleep on a typical night",
        either(
            _duration(lambda d: float(_wt_asleep(d).mean())),
            _duration(lambda d: float(_wt_asleep(d).median())),
            _duration(lambda d: float(_wt_in_bed(d).mean())),
        ),
        (*_WT_ID, *_WT_STAGES, "awake (s)", "Duration to sleep (s)", "Duration to wake up (s)"),
    ),
    Q(
        "and how much of that is deep sleep",
        either(
            _share(lambda d: float(d["deep (s)"].sum() / _wt_asleep(d).sum())),
            _share(lambda d: float((d["deep (s)"] / _wt_asleep(d)).mean())),
            _duration(lambda d: float(d["deep (s)"].mean())),
        ),
        (*_WT_ID, *_WT_STAGES),
    ),
    Q(
        "how many times do i usually wake up",
        either(_about(lambda d: float(d["wake up"].mean())), _about(lambda d: float(d["wake up"].median()))),
        (*_WT_ID, "wake up"),
    ),
    Q(
        "which month did i sleep the least",
        either(_month_year(_wt_least_month("from")), _month_year(_wt_least_month("to"))),
        (*_WT_ID, *_WT_STAGES),
    ),
    Q(
        "is my heart rate higher on nights i snore more",
        either(
            corr_of(lambda d: d["Snoring (s)"], lambda d: d["Average heart rate"]),
            corr_of(lambda d: d["Snoring episodes"], lambda d: d["Average heart rate"]),
        ),
        (*_WT_ID, "Snoring (s)", "Snoring episodes", "Average heart rate"),
    ),
    Q(
        "how many nights have no heart rate",
        _count(lambda d: int(d["Average heart rate"].isna().sum())),
        (*_WT_ID, "Average heart rate", "Heart rate (min)", "Heart rate (max)"),
    ),
]


# --- 4. Stripe subscriptions ---------------------------------------------------------------------------------------

# product: price id, interval, amount per seat, weight, monthly churn
_ST_PLANS = {
    "Starter Monthly": ("price_1MxStarterM0a9", "month", 19.0, 35, 0.07),
    "Pro Monthly": ("price_1MxProMonthly7b2", "month", 49.0, 30, 0.045),
    "Team Monthly": ("price_1MxTeamMonth3c4", "month", 99.0, 10, 0.03),
    "Starter Annual": ("price_1MxStarterY5d1", "year", 190.0, 10, 0.02),
    "Pro Annual": ("price_1MxProAnnual9e8", "year", 490.0, 15, 0.012),
}
_ST_NOW = pd.Timestamp("2024-07-01 08:00")
_ST_FMT = "%Y-%m-%d %H:%M"
_ALNUM = list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _st_id(rng: np.random.Generator, prefix: str) -> str:
    return prefix + "".join(rng.choice(_ALNUM, 14))


def _stripe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16504)
    rows = []
    plans = list(_ST_PLANS)
    span = int((_ST_NOW - pd.Timestamp("2022-01-01")).total_seconds())
    for _ in range(1700):
        created = pd.Timestamp("2022-01-01") + pd.Timedelta(seconds=int(span * rng.random() ** 0.8))
        product = _one(rng, plans, [v[3] for v in _ST_PLANS.values()])
        price, interval, amount, _, churn = _ST_PLANS[product]
        trial = rng.random() < 0.4
        start = created + pd.Timedelta(days=14) if trial else created
        months_alive = (_ST_NOW - start).days / 30.4
        life = rng.exponential(1 / churn)
        canceled = None
        ended = None
        status = "active"
        if start > _ST_NOW:
            status = "trialing"
        elif life < months_alive:
            canceled = start + pd.Timedelta(days=30.4 * life)
            ended = canceled
            status = "canceled"
        elif rng.random() < 0.04:
            status = _one(rng, ["past_due", "unpaid"], [4, 1])
        step = pd.DateOffset(months=1) if interval == "month" else pd.DateOffset(years=1)
        period_start = start
        while period_start + step <= min(_ST_NOW, ended or _ST_NOW):
            period_start = period_start + step
        domain = _one(rng, ["gmail.com", "company.io", "outlook.com"])
        email_name = _one(rng, ["alex", "sam", "jordan", "taylor", "morgan", "casey", "riley", "jamie", "chris", "pat"])
        rows.append(
            {
                "id": _st_id(rng, "sub_1"),
                "Customer ID": _st_id(rng, "cus_"),
                "Customer Description": "" if rng.random() < 0.85 else _one(rng, ["Agency", "Startup", "Enterprise"]),
                "Customer Email": f"{email_name}{int(rng.integers(1, 9999))}@{domain}",
                "Plan": price,
                "Product": product,
                "Quantity": int(rng.integers(2, 21)) if product == "Team Monthly" else 1,
                "Currency": "usd",
                "Interval": interval,
                "Amount": amount,
                "Status": status,
                "Created (UTC)": created.strftime(_ST_FMT),
                "Start (UTC)": start.strftime(_ST_FMT),
                "Current Period Start (UTC)": period_start.strftime(_ST_FMT),
                "Current Period End (UTC)": (period_start + step).strftime(_ST_FMT),
                "Trial Start (UTC)": created.strftime(_ST_FMT) if trial else "",
                "Trial End (UTC)": start.strftime(_ST_FMT) if trial else "",
                "Canceled At (UTC)": canceled.strftime(_ST_FMT) if canceled is not None else "",
                "Ended At (UTC)": ended.strftime(_ST_FMT) if ended is not None else "",
                "Cancel At Period End": bool(status == "active" and rng.random() < 0.05),
                "Coupon": "" if rng.random() < 0.9 else _one(rng, ["LAUNCH20", "BLACKFRIDAY", "PARTNER50"]),
                "Tax Percent": "" if rng.random() < 0.5 else _one(rng, [0, 7.25, 8.875, 20]),
            }
        )
    return pd.DataFrame(rows).sort_values("Created (UTC)").reset_index(drop=True)


def _st_status(d: pd.DataFrame) -> pd.Series:
    return _text(d["Status"]).str.lower()


def _st_mrr(statuses: tuple[str, ...]) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = d[_st_status(d).isin(statuses)]
        monthly = x["Amount"] * x["Quantity"] / np.where(_text(x["Interval"]) == "year", 12, 1)
        return float(monthly.sum())

    return value


def _st_active(statuses: tuple[str, ...]) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(_st_status(d).isin(statuses).sum())


def _st_top_month(d: pd.DataFrame) -> pd.Timestamp:
    created = d["Created (UTC)"].astype(str)
    months = created[created.str.startswith("2024")].str[:7]
    return pd.Timestamp(_top(months.value_counts()) + "-01")


_ST_ID = ("id", "Customer ID", "Status")
_STRIPE_QS = [
    Q(
        "how many active subscriptions do we have",
        either(
            _count(_st_active(("active",))),
            _count(_st_active(("active", "past_due"))),
            _count(_st_active(("active", "trialing"))),
            _count(_st_active(("active", "trialing", "past_due"))),
        ),
        _ST_ID,
    ),
    Q(
        "what's our mrr",
        either(_money(_st_mrr(("active",))), _money(_st_mrr(("active", "past_due")))),
        (*_ST_ID, "Amount", "Quantity", "Interval", "Plan", "Product"),
    ),
    Q(
        "which plan is the most popular",
        either(
            _lead(_named(lambda d: _top(d["Product"].value_counts()))),
            _lead(_named(lambda d: _top(d.loc[_st_status(d) == "active", "Product"].value_counts()))),
        ),
        (*_ST_ID, "Plan", "Product"),
    ),
    Q(
        "how many people cancelled in 2024",
        _count(lambda d: int(d["Canceled At (UTC)"].astype(str).str.startswith("2024").sum())),
        (*_ST_ID, "Canceled At (UTC)", "Ended At (UTC)"),
    ),
    Q(
        "what percent pay yearly",
        either(
            _share(lambda d: float((_text(d["Interval"]) == "year").mean())),
            _share(lambda d: float((_text(d.loc[_st_status(d) == "active", "Interval"]) == "year").mean())),
        ),
        (*_ST_ID, "Interval", "Plan", "Product"),
    ),
    Q("which month in 2024 had the most new signups", _month_year(_st_top_month), (*_ST_ID, "Created (UTC)")),
]


# --- 5. Chicago towed vehicles -------------------------------------------------------------------------------------

_CH_MAKES = {
    "CHEV": 16,
    "FORD": 14,
    "TOYT": 13,
    "HOND": 11,
    "NISS": 10,
    "DODG": 7,
    "HYUN": 7,
    "JEEP": 5,
    "KIA": 5,
    "BMW": 3,
    "MERZ": 3,
    "VOLK": 2,
    "CHRY": 3,
    "BUIC": 2,
    "LEXS": 2,
    "INFI": 2,
}
_CH_COLORS = {"BLK": 24, "WHI": 18, "GRY": 16, "SIL": 14, "RED": 9, "BLU": 10, "MAR": 3, "GRN": 2, "TAN": 2, "GLD": 2}
_CH_STYLES = {"4D": 55, "2D": 8, "PK": 9, "VN": 6, "LL": 14, "SW": 5, "MC": 1, "TK": 2}
_CH_LOTS = {
    "10300 S. Doty": ("(773) 568-8495", 30),
    "701 N. Sacramento": ("(773) 265-7605", 28),
    "400 E. Lower Wacker": ("(312) 744-7550", 20),
    "3353 S. Sacramento": ("(773) 265-1846", 14),
    "915 N. Sacramento": ("(773) 265-7605", 8),
}
_CH_STATES = {"IL": 88, "IN": 4, "WI": 2, "MI": 1.2, "TX": 0.8, "OH": 0.7, "IA": 0.5, "FL": 0.6, "": 2.2}


def _chicago_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16505)
    rows = []
    inventory = 7_112_000
    for day in pd.date_range("2024-04-01", "2024-06-29", freq="D"):
        n = int(rng.poisson(27 * (1.25 if day.dayofweek in (0, 1) else 0.85 if day.dayofweek == 6 else 1.0)))
        for _ in range(n):
            inventory += int(rng.integers(1, 4))
            lot = _one(rng, list(_CH_LOTS), [v[1] for v in _CH_LOTS.values()])
            state = _one(rng, list(_CH_STATES), list(_CH_STATES.values()))
            style = _one(rng, list(_CH_STYLES), list(_CH_STYLES.values()))
            make = "HD" if style == "MC" else _one(rng, list(_CH_MAKES), list(_CH_MAKES.values()))
            plate = "" if rng.random() < 0.03 else "".join(rng.choice(list("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), 7))
            rows.append(
                {
                    "Tow Date": day.strftime("%m/%d/%Y"),
                    "Make": make,
                    "Style": style,
                    "Model": "" if rng.random() < 0.92 else _one(rng, ["MAL", "CAM", "ACC", "ALT", "F15", "EXP"]),
                    "Color": _one(rng, list(_CH_COLORS), list(_CH_COLORS.values())),
                    "Plate": plate,
                    "State": state,
                    "Towed to Address": lot,
                    "Tow Facility Phone": _CH_LOTS[lot][0],
                    "Inventory Number": inventory,
                }
            )
    return pd.DataFrame(rows)


def _ch_black(d: pd.DataFrame) -> pd.Series:
    return _text(d["Color"]).str.upper() == "BLK"


_CH_ID = ("Inventory Number", "Tow Date")
_CHICAGO_QS = [
    Q("how many cars got towed", _count(lambda d: len(d)), _CH_ID),
    Q("most common make?", _lead(_named(lambda d: _top(_text(d["Make"]).value_counts()))), (*_CH_ID, "Make")),
    Q(
        "how many weren't from illinois",
        either(
            _count(lambda d: int(((_text(d["State"]) != "IL") & (_text(d["State"]) != "")).sum())),
            _count(lambda d: int((_text(d["State"]) != "IL").sum())),
        ),
        (*_CH_ID, "State", "Plate"),
    ),
    Q(
        "which pound gets the most cars",
        _lead(_named(lambda d: _top(_text(d["Towed to Address"]).value_counts()))),
        (*_CH_ID, "Towed to Address", "Tow Facility Phone"),
    ),
    Q("how many black cars were towed", _count(lambda d: int(_ch_black(d).sum())), (*_CH_ID, "Color")),
    Q(
        "how many of those were toyotas",
        _count(lambda d: int((_ch_black(d) & (_text(d["Make"]) == "TOYT")).sum())),
        (*_CH_ID, "Color", "Make"),
    ),
]


# --- 6. BLS producer price index, commodity data -------------------------------------------------------------------

# series: start value (Jan 2010), yearly drift, monthly noise, shocks {year: extra growth}
_PP_SERIES: dict[str, tuple[float, float, float, dict[int, float]]] = {
    "WPUFD4": (100.9, 0.018, 0.003, {2021: 0.07, 2022: 0.05}),
    "WPUFD49104": (100.6, 0.020, 0.002, {2021: 0.04, 2022: 0.04}),
    "WPU01": (179.5, 0.010, 0.025, {2014: 0.08, 2015: -0.12, 2021: 0.18, 2022: 0.10, 2023: -0.12}),
    "WPU05": (181.2, 0.005, 0.040, {2015: -0.30, 2016: -0.08, 2020: -0.22, 2021: 0.40, 2022: 0.30, 2023: -0.25}),
    "WPU0571": (235.4, 0.010, 0.030, {2011: 0.15, 2015: -0.30, 2020: -0.20, 2021: 0.60, 2022: 0.40, 2023: -0.20}),
    "WPU10": (196.3, 0.010, 0.015, {2016: -0.06, 2021: 0.30, 2022: 0.05, 2023: -0.06}),
    "WPU081": (190.1, 0.020, 0.035, {2018: 0.12, 2019: -0.10, 2020: 0.25, 2021: 0.35, 2022: -0.25, 2023: -0.15}),
}


def _ppi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16506)
    rows = []
    last = pd.Period("2024-08", freq="M")
    for sid, (v0, drift, noise, shocks) in _PP_SERIES.items():
        value = v0
        for year in range(2010, 2025):
            monthly = []
            for m in range(1, 13):
                p = pd.Period(f"{year}-{m:02d}", freq="M")
                if p > last:
                    break
                if not (year == 2010 and m == 1):
                    g = drift / 12 + shocks.get(year, 0.0) / 12 + rng.normal(0, noise)
                    value = max(value * (1 + g), 20.0)
                shown = round(value, 3)
                monthly.append(shown)
                rows.append(
                    {
                        "series_id": f"{sid:<17}",
                        "year": year,
                        "period": f"M{m:02d}",
                        "value": shown,
                        "footnote_codes": "P" if (last - p).n < 4 else "",
                    }
                )
            if len(monthly) == 12:
                rows.append(
                    {
                        "series_id": f"{sid:<17}",
                        "year": year,
                        "period": "M13",
                        "value": round(float(np.mean(monthly)), 3),
                        "footnote_codes": "",
                    }
                )
    return pd.DataFrame(rows)


def _pp(d: pd.DataFrame, sid: str, annual: bool = False) -> pd.DataFrame:
    x = d[_text(d["series_id"]) == sid]
    p = _text(x["period"])
    return x[p == "M13"] if annual else x[p != "M13"]


def _pp_peak(d: pd.DataFrame) -> pd.Timestamp:
    x = _pp(d, "WPU0571")
    row = x.loc[x["value"].idxmax()]
    return pd.Timestamp(int(row["year"]), int(str(row["period"]).strip()[1:]), 1)


def _pp_at(d: pd.DataFrame, sid: str, year: int, period: str) -> float:
    x = _pp(d, sid)
    return float(x.loc[(x["year"] == year) & (_text(x["period"]) == period), "value"].iloc[0])


_PP_ID = ("series_id", "year", "period", "value")
_PPI_QS = [
    Q("how many different series are in here", _count(lambda d: int(_text(d["series_id"]).nunique())), _PP_ID),
    Q("when did WPU0571 peak", _month_year(_pp_peak), _PP_ID),
    Q(
        "average for WPU01 in 2022?",
        either(
            _about(lambda d: float(_pp(d, "WPU01").query("year == 2022")["value"].mean())),
            _about(lambda d: float(_pp(d, "WPU01", annual=True).query("year == 2022")["value"].iloc[0])),
        ),
        _PP_ID,
    ),
    Q(
        "how much did WPUFD4 go up from jan 2020 to jan 2024",
        either(
            _pct(lambda d: _pp_at(d, "WPUFD4", 2024, "M01") / _pp_at(d, "WPUFD4", 2020, "M01") - 1),
            _about(lambda d: _pp_at(d, "WPUFD4", 2024, "M01") - _pp_at(d, "WPUFD4", 2020, "M01")),
        ),
        _PP_ID,
    ),
    Q(
        "how many of the numbers are preliminary",
        _count(lambda d: int((_text(d["footnote_codes"]).str.upper().str.contains("P")).sum())),
        (*_PP_ID, "footnote_codes"),
    ),
    Q(
        "which year was WPU081 the highest on average",
        either(
            _year(lambda d: int(_top(_pp(d, "WPU081").groupby("year")["value"].mean()))),
            _year(lambda d: int(_top(_pp(d, "WPU081", annual=True).set_index("year")["value"]))),
        ),
        _PP_ID,
    ),
]


# --- 7. Eurostat quarterly GDP and main components (namq_10_gdp) ---------------------------------------------------

# geo: GDP 2015-Q1 in million euros (current prices), real growth a year, household / investment / exports / imports
# shares of GDP
_EU_GEO = {
    "DE": (745_000, 0.010, 0.52, 0.20, 0.46, 0.39),
    "FR": (545_000, 0.011, 0.54, 0.23, 0.31, 0.32),
    "IT": (412_000, 0.006, 0.60, 0.18, 0.30, 0.28),
    "ES": (269_000, 0.020, 0.58, 0.19, 0.34, 0.31),
    "NL": (173_000, 0.017, 0.44, 0.20, 0.82, 0.72),
    "PL": (107_000, 0.035, 0.58, 0.18, 0.52, 0.49),
    "SE": (113_000, 0.019, 0.44, 0.25, 0.45, 0.41),
    "BE": (102_000, 0.014, 0.51, 0.23, 0.83, 0.81),
}
_EU_COVID = {"2020-Q1": -0.04, "2020-Q2": -0.12, "2020-Q3": 0.11, "2020-Q4": 0.01, "2021-Q1": 0.005}
_EU_ITEMS = ("B1GQ", "P31_S14", "P5G", "P6", "P7")
_EU_ALIASES = {
    "DE": ("Germany",),
    "FR": ("France",),
    "IT": ("Italy",),
    "ES": ("Spain",),
    "NL": ("Netherlands",),
    "PL": ("Poland",),
    "SE": ("Sweden",),
    "BE": ("Belgium",),
}


def _eurostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16507)
    rows = []
    quarters = [f"{y}-Q{q}" for y in range(2015, 2024) for q in range(1, 5)]
    for geo, (gdp0, growth, hh, inv, exp, imp) in _EU_GEO.items():
        real = gdp0
        deflator = 1.0
        for i, tp in enumerate(quarters):
            if i:
                real *= 1 + growth / 4 + _EU_COVID.get(tp, 0.0) * (1.1 if geo in ("IT", "ES") else 1.0)
                real *= 1 + rng.normal(0, 0.004)
                infl = 0.004 + (0.018 if tp >= "2021-Q3" and tp <= "2023-Q1" else 0.0)
                deflator *= 1 + infl + rng.normal(0, 0.002)
            shares = {
                "B1GQ": 1.0,
                "P31_S14": hh * (1 - (0.05 if tp in ("2020-Q2", "2020-Q4") else 0.0)) * rng.normal(1, 0.01),
                "P5G": inv * rng.normal(1, 0.05),
                "P6": exp * rng.normal(1, 0.025),
                "P7": imp * rng.normal(1, 0.025),
            }
            for item in _EU_ITEMS:
                for unit, level in (("CP_MEUR", real * deflator), ("CLV10_MEUR", real * 0.97)):
                    value: float | None = round(level * shares[item], 1)
                    flag = "p" if tp >= "2023-Q3" else ""
                    if item == "P5G" and geo in ("BE", "PL") and tp <= "2015-Q4" and unit == "CLV10_MEUR":
                        value, flag = None, "c"
                    rows.append(
                        {
                            "DATAFLOW": "ESTAT:NAMQ_10_GDP(1.0)",
                            "LAST UPDATE": "15/03/24 23:00:00",
                            "freq": "Q",
                            "unit": unit,
                            "s_adj": "SCA",
                            "na_item": item,
                            "geo": geo,
                            "TIME_PERIOD": tp,
                            "OBS_VALUE": value,
                            "OBS_FLAG": flag,
                        }
                    )
            season = {"Q1": 0.96, "Q2": 1.0, "Q3": 0.99, "Q4": 1.05}[tp[-2:]]
            rows.append(
                {
                    "DATAFLOW": "ESTAT:NAMQ_10_GDP(1.0)",
                    "LAST UPDATE": "15/03/24 23:00:00",
                    "freq": "Q",
                    "unit": "CP_MEUR",
                    "s_adj": "NSA",
                    "na_item": "B1GQ",
                    "geo": geo,
                    "TIME_PERIOD": tp,
                    "OBS_VALUE": round(real * deflator * season * rng.normal(1, 0.003), 1),
                    "OBS_FLAG": "p" if tp >= "2023-Q3" else "",
                }
            )
    return pd.DataFrame(rows)


def _eu(d: pd.DataFrame, item: str, unit: str, adj: str = "SCA") -> pd.DataFrame:
    return d[(_text(d["na_item"]) == item) & (_text(d["unit"]) == unit) & (_text(d["s_adj"]) == adj)]


def _eu_series(d: pd.DataFrame, item: str, unit: str, geo: str) -> pd.Series:
    x = _eu(d, item, unit)
    return x[_text(x["geo"]) == geo].set_index("TIME_PERIOD")["OBS_VALUE"].sort_index()


def _eu_year(adj: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _eu(d, "B1GQ", "CP_MEUR", adj)
        return float(
            x.loc[(_text(x["geo"]) == "FR") & x["TIME_PERIOD"].astype(str).str.startswith("2022"), "OBS_VALUE"].sum()
        )

    return value


def _eu_lowest(d: pd.DataFrame) -> tuple[int, int]:
    label = _top(_eu_series(d, "B1GQ", "CLV10_MEUR", "IT"), ascending=True)
    return int(label[:4]), int(label[-1])


_EU_ID = ("unit", "s_adj", "na_item", "geo", "TIME_PERIOD", "OBS_VALUE")
_EUROSTAT_QS = [
    Q(
        "which country had the biggest gdp in 2023-Q4",
        _lead(
            _named(
                lambda d: _top(
                    _eu(d, "B1GQ", "CP_MEUR").query("TIME_PERIOD == '2023-Q4'").set_index("geo")["OBS_VALUE"]
                ),
                _EU_ALIASES,
            )
        ),
        _EU_ID,
    ),
    Q(
        "what was france's gdp for the whole of 2022",
        either(_scaled(_eu_year("SCA"), (1e3, 1e6)), _scaled(_eu_year("NSA"), (1e3, 1e6))),
        _EU_ID,
    ),
    Q(
        "how much did spain's real gdp grow from 2019-Q4 to 2023-Q4",
        _pct(
            lambda d: float(
                _eu_series(d, "B1GQ", "CLV10_MEUR", "ES")["2023-Q4"]
                / _eu_series(d, "B1GQ", "CLV10_MEUR", "ES")["2019-Q4"]
                - 1
            )
        ),
        _EU_ID,
    ),
    Q("when was italy's real gdp at its lowest", _quarter(_eu_lowest), _EU_ID),
    Q(
        "in germany do investment and household spending move together",
        either(
            corr_of(
                lambda d: _eu_series(d, "P5G", "CP_MEUR", "DE"), lambda d: _eu_series(d, "P31_S14", "CP_MEUR", "DE")
            ),
            corr_of(
                lambda d: _eu_series(d, "P5G", "CLV10_MEUR", "DE"),
                lambda d: _eu_series(d, "P31_S14", "CLV10_MEUR", "DE"),
            ),
        ),
        _EU_ID,
    ),
    Q("how many values are missing", _count(lambda d: int(d["OBS_VALUE"].isna().sum())), (*_EU_ID, "OBS_FLAG")),
]


HELDOUT165: list[Dataset] = [
    Dataset("gorgias_helpdesk_tickets", _gorgias_frame, _GORGIAS_QS),
    Dataset("buffer_post_analytics", _buffer_frame, _BUFFER_QS),
    Dataset("withings_sleep_export", _withings_frame, _WITHINGS_QS),
    Dataset("stripe_subscriptions_export", _stripe_frame, _STRIPE_QS),
    Dataset("chicago_towed_vehicles", _chicago_frame, _CHICAGO_QS),
    Dataset("bls_ppi_commodity_long", _ppi_frame, _PPI_QS),
    Dataset("eurostat_quarterly_gdp_long", _eurostat_frame, _EUROSTAT_QS),
]
