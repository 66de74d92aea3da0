"""HELDOUT101: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Robinhood account activity
report (2022-2023, newest first) with Activity Date, Process Date and Settle Date as "1/14/2023" (settling up to two
days later), Instrument as the ticker (blank on transfers, fees and interest), a Description that for trades holds
the company name and its CUSIP on a second line ("Apple\\nCUSIP: 037833100") and for dividends reads "Cash Div: R/D
2023-02-10 P/D 2023-02-16 - 12.5 shares at 0.23", Trans Code Buy / Sell / CDIV / ACH / GOLD / INT, Quantity with
fractional shares (blank off trades), Price "$123.45" and Amount "$12.34" or "($1,234.56)" for money out, ending in
the report's disclaimer row in the first column; a Last.fm scrobble export (lastfm.ghan.nl style, 2022-2023, newest
first) with uts as Unix seconds, utc_time "14 Mar 2023, 21:44", artist, artist_mbid (blank for some artists), album
(blank on some plays), album_mbid, track and track_mbid (mostly blank); a GitHub issues and pull requests export of
one repository with number, title, state open / closed (pull requests also merged), author logins (bots included),
labels comma-joined ("bug, good first issue") or blank, assignees blank or comma-joined, comments, created_at,
updated_at and closed_at as "2023-03-14T09:12:44Z" (closed_at blank while open), milestone "v1.4" or blank,
is_pull_request TRUE / FALSE and url; a Typeform responses download of a customer feedback form with the "#" response
token, the questions as column headers ("How likely are you to recommend us to a friend or colleague?" 0-10, "How
satisfied were you with your most recent order?" 1-5, a multi-select "What did you buy?" spread over one column per
choice holding the choice text or blank, "Which country are you in?", an open "Anything we could do better?" mostly
blank), Start Date (UTC) and Submit Date (UTC) as "2023-03-14 09:12:44" and a hex Network ID; NSIDC's Sea Ice
Index daily Northern Hemisphere extent (N_seaice_extent_daily_v3.0.csv, cut to 2011-2023, a few days missing) with
its padded header "Year", " Month", " Day", "     Extent", "    Missing", " Source Data" and the units row "YYYY,
MM, DD, 10^6 sq km, ..." under it (so every column reads as text), values padded with spaces, Missing 0.000 except on
a few days, and the source file path in brackets; NHTSA FARS accident.csv for 2020 (about 4,000 of the fatal crashes)
with code and NAME column pairs (STATE / STATENAME, COUNTY / COUNTYNAME, MONTH / MONTHNAME, DAY_WEEK /
DAY_WEEKNAME, HOUR / HOURNAME "8:00pm-8:59pm", RUR_URB / RUR_URBNAME, LGT_COND / LGT_CONDNAME, WEATHER /
WEATHERNAME, HARM_EV / HARM_EVNAME, MAN_COLL / MAN_COLLNAME), ST_CASE ids, counts PEDS, VE_TOTAL, PERSONS, FATALS
and DRUNK_DR, and the sentinels 99 for an unknown HOUR or MINUTE and 77.7777 / 99.9999 for LATITUDE and 777.7777 /
999.9999 for LONGITUD; and a ClinicalTrials.gov search results download (a "type 2 diabetes" search) with NCT
Number, Study Title, Study URL, Acronym mostly blank, Study Status in upper case with underscores
("ACTIVE_NOT_RECRUITING"), Study Results YES / NO, pipe-joined Conditions and Interventions ("DRUG: Metformin|OTHER:
Placebo"), Sponsor, Collaborators, Sex ALL / FEMALE / MALE, Age "ADULT, OLDER_ADULT", Phases "PHASE2", "PHASE1|PHASE2"
or "NA" (read back as blank), Enrollment (a few blank), Funder Type INDUSTRY / OTHER / NIH / OTHER_GOV, Study Type,
Start Date and Completion Date as "2019-03" or "2019-03-15", First Posted and Locations. All are generated with a
fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text
from .heldout38 import _draw, _hour, _month
from .heldout40 import _top_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _either_named(*values: Callable[[pd.DataFrame], str], aliases: dict[str, tuple[str, ...]] | None = None) -> Check:
    """The pick under any of several readings, as the lead of the answer."""
    return _lead(either(*(_named(v, aliases) for v in values)))


def _clock(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An hour of the day as `_hour` reads it, also when a sentence ends right after it ("at 20:00.")."""
    return either(_hour(value), lambda a, d: _hour(value)(re.sub(r"\.(?=\s|$)", " ", a), d))


def _money(s: pd.Series) -> pd.Series:
    """Amounts written "$1,234.56" or "($1,234.56)" (money out) as signed numbers, blanks as NaN."""
    t = _text(s)
    value = pd.to_numeric(t.str.replace(r"[$,()\s]", "", regex=True), errors="coerce")
    return value.where(~t.str.startswith("("), -value)


def _hex(rng: np.random.Generator, k: int) -> str:
    return "".join(str(_one(rng, list("0123456789abcdef"))) for _ in range(k))


def _uuid(rng: np.random.Generator) -> str:
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}"


# --- 1. Robinhood account activity report --------------------------------------------------------------------------

# ticker: name, CUSIP, starting price, buy weight, quarterly dividend per share (0: none)
_RH_STOCKS: dict[str, tuple[str, str, float, float, float]] = {
    "VTI": ("Vanguard Total Stock Market ETF", "922908769", 220.0, 6.0, 0.78),
    "AAPL": ("Apple", "037833100", 170.0, 3.0, 0.23),
    "TSLA": ("Tesla", "88160R101", 300.0, 2.5, 0.0),
    "NVDA": ("NVIDIA", "67066G104", 250.0, 1.5, 0.04),
    "AMD": ("Advanced Micro Devices", "007903107", 120.0, 1.5, 0.0),
    "KO": ("Coca-Cola", "191216100", 60.0, 1.2, 0.46),
    "F": ("Ford Motor", "345370860", 15.0, 1.0, 0.15),
    "AMC": ("AMC Entertainment", "00165C104", 20.0, 0.6, 0.0),
}
_RH_DISCLAIMER = (
    "The data provided is for informational purposes only. Please consult a professional tax service or personal tax "
    "advisor if you need instructions on how to calculate cost basis or questions regarding your specific tax "
    "situation. Reminder: This data does not include Statement Information."
)


def _rh_cash(value: float) -> str:
    return f"(${-value:,.2f})" if value < 0 else f"${value:,.2f}"


def _robinhood_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10101)
    rows: list[dict[str, Any]] = []
    held = dict.fromkeys(_RH_STOCKS, 0.0)
    prices = {t: v[2] for t, v in _RH_STOCKS.items()}
    tickers = list(_RH_STOCKS)
    weights = [v[3] for v in _RH_STOCKS.values()]
    for day in pd.bdate_range("2022-01-03", "2023-12-29"):
        for t in tickers:
            prices[t] = max(2.0, prices[t] * float(np.exp(rng.normal(0.0003, 0.02))))
        if day.day <= 3 and (day - pd.offsets.BDay(1)).month != day.month:
            amount = float(_one(rng, [250.0, 500.0, 500.0, 750.0, 1000.0]))
            rows.append({"day": day, "Instrument": None, "Description": "ACH Deposit", "Code": "ACH", "Amount": amount})
            rows.append(
                {"day": day, "Instrument": None, "Description": "Gold Plan Fee", "Code": "GOLD", "Amount": -5.0}
            )
            rows.append(
                {
                    "day": day,
                    "Instrument": None,
                    "Description": "Interest Payment",
                    "Code": "INT",
                    "Amount": round(float(rng.uniform(0.2, 4.5)), 2),
                }
            )
        if rng.random() < 0.02:
            amount = -float(_one(rng, [200.0, 300.0, 1000.0]))
            rows.append(
                {"day": day, "Instrument": None, "Description": "ACH Withdrawal", "Code": "ACH", "Amount": amount}
            )
        if day.month in (2, 5, 8, 11) and day.day in (14, 15, 16) and day.day_of_week < 5:
            for t, (_name, _cusip, _p, _w, div) in _RH_STOCKS.items():
                if div and held[t] > 0 and rng.random() < 0.34:
                    shares = round(held[t], 4)
                    rec = day - pd.Timedelta(days=6)
                    rows.append(
                        {
                            "day": day,
                            "Instrument": t,
                            "Description": f"Cash Div: R/D {rec:%Y-%m-%d} P/D {day:%Y-%m-%d} - {shares:g} shares at "
                            f"{div}",
                            "Code": "CDIV",
                            "Amount": round(shares * div, 2),
                        }
                    )
        for _ in range(int(rng.poisson(0.62))):
            t = str(_one(rng, tickers, weights))
            name, cusip = _RH_STOCKS[t][0], _RH_STOCKS[t][1]
            sell = held[t] > 2 and rng.random() < 0.2
            qty = float(_one(rng, [1.0, 1.0, 2.0, 3.0, 5.0, 0.5, 0.25, 1.5]))
            if sell:
                qty = min(qty, round(held[t], 4))
            price = round(prices[t], 2)
            held[t] += -qty if sell else qty
            rows.append(
                {
                    "day": day,
                    "Instrument": t,
                    "Description": f"{name}\nCUSIP: {cusip}",
                    "Code": "Sell" if sell else "Buy",
                    "Quantity": qty,
                    "Price": f"${price:,.2f}",
                    "Amount": round(qty * price, 2) * (1 if sell else -1),
                }
            )
    frame = pd.DataFrame(rows)
    settle = np.where(frame["Code"].isin(["Buy", "Sell"]), 2, 0)
    out = pd.DataFrame(
        {
            "Activity Date": [f"{d.month}/{d.day}/{d.year}" for d in frame["day"]],
            "Process Date": [f"{d.month}/{d.day}/{d.year}" for d in frame["day"]],
            "Settle Date": [
                f"{s.month}/{s.day}/{s.year}" for s in frame["day"] + pd.to_timedelta(settle, unit="D").to_numpy()
            ],
            "Instrument": frame["Instrument"],
            "Description": frame["Description"],
            "Trans Code": frame["Code"],
            "Quantity": [f"{q:g}" if q == q else None for q in frame["Quantity"]],
            "Price": frame["Price"],
            "Amount": [_rh_cash(float(a)) for a in frame["Amount"]],
        }
    )
    out = out.iloc[::-1].reset_index(drop=True)
    footer = pd.DataFrame([{"Activity Date": _RH_DISCLAIMER}])
    return pd.concat([out, footer], ignore_index=True)


def _rh_code(d: pd.DataFrame) -> pd.Series:
    return _text(d["Trans Code"])


def _rh_trades(d: pd.DataFrame) -> float:
    return float(_rh_code(d).isin(["Buy", "Sell"]).sum())


def _rh_dividends(d: pd.DataFrame) -> pd.Series:
    pick = _rh_code(d) == "CDIV"
    return _money(d["Amount"])[pick].groupby(_text(d["Instrument"])[pick]).sum()


def _rh_deposits(net: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        amount = _money(d["Amount"])[_rh_code(d) == "ACH"]
        return float(amount.sum() if net else amount[amount > 0].sum())

    return total


def _rh_buys(d: pd.DataFrame) -> pd.DataFrame:
    buys = d[_rh_code(d) == "Buy"]
    return pd.DataFrame(
        {
            "ticker": _text(buys["Instrument"]),
            "qty": pd.to_numeric(buys["Quantity"], errors="coerce"),
            "spent": -_money(buys["Amount"]),
        }
    )


def _rh_most_bought(by: str) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        b = _rh_buys(d)
        scores = b.groupby("ticker").size() if by == "count" else b.groupby("ticker")[by].sum()
        return _top(scores)

    return pick


def _rh_shares_of(by: str) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        b = _rh_buys(d)
        return float(b.loc[b["ticker"] == _rh_most_bought(by)(d), "qty"].sum())

    return total


_RH_NAMES = {t: (v[0],) for t, v in _RH_STOCKS.items()}
_RH_ROW = ("Trans Code", "Activity Date", "Process Date", "Settle Date", "Description")

_ROBINHOOD_QS = [
    Q("how many trades did i make", _count(_rh_trades), ("Trans Code", "Activity Date", "Instrument")),
    Q(
        "how much have i made from dividends",
        _scaled(lambda d: float(_rh_dividends(d).sum()), (1e3,)),
        (*_RH_ROW, "Amount", "Instrument"),
    ),
    Q(
        "which stock paid me the most in dividends",
        _lead(_named(lambda d: _top(_rh_dividends(d)), _RH_NAMES)),
        (*_RH_ROW, "Amount", "Instrument"),
    ),
    Q(
        "total money i deposited into the account?",
        either(_scaled(_rh_deposits(False), (1e3,)), _scaled(_rh_deposits(True), (1e3,))),
        (*_RH_ROW, "Amount"),
    ),
    Q(
        "what stock do i buy the most",
        _either_named(*(_rh_most_bought(b) for b in ("count", "spent", "qty")), aliases=_RH_NAMES),
        (*_RH_ROW, "Instrument", "Quantity", "Amount", "Price"),
    ),
    Q(
        "how many shares of it have i bought in total",
        either(*(_about(_rh_shares_of(b)) for b in ("count", "spent", "qty"))),
        (*_RH_ROW, "Instrument", "Quantity"),
    ),
]


# --- 2. Last.fm scrobble export ------------------------------------------------------------------------------------

_LF_ARTISTS = [
    "Radiohead",
    "Taylor Swift",
    "Kendrick Lamar",
    "Phoebe Bridgers",
    "Arctic Monkeys",
    "Fleetwood Mac",
    "Tame Impala",
    "Bon Iver",
    "Lorde",
    "The Strokes",
    "Frank Ocean",
    "Mitski",
    "Daft Punk",
    "Beach House",
    "LCD Soundsystem",
    "Boygenius",
    "The National",
    "SZA",
    "Big Thief",
    "Vampire Weekend",
    "Caroline Polachek",
    "Japanese Breakfast",
    "Fontaines D.C.",
    "Alvvays",
    "Wet Leg",
]
_LF_WORDS = [
    "Night",
    "Light",
    "Blue",
    "Summer",
    "Heart",
    "Static",
    "Glass",
    "River",
    "Motion",
    "Ghost",
    "Paper",
    "Gold",
    "Silver",
    "Fire",
    "Echo",
    "Ocean",
    "Velvet",
    "Honey",
    "Signal",
    "Window",
    "Garden",
    "Shadow",
    "Wire",
    "Dream",
    "Stone",
    "Kite",
    "Satellite",
    "Orchard",
    "Harbor",
    "Neon",
]
_LF_HOURS = np.array([3, 2, 1, 1, 1, 1, 2, 5, 7, 6, 5, 5, 6, 6, 5, 5, 6, 8, 10, 11, 14, 12, 8, 5], dtype=float)


def _lastfm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10102)
    used: set[str] = set()
    catalogue: list[tuple[str, str | None, str]] = []
    artist_weight: list[float] = []
    mbids = {a: (_uuid(rng) if rng.random() < 0.8 else None) for a in _LF_ARTISTS}
    album_ids: dict[str, str | None] = {}
    for rank, artist in enumerate(_LF_ARTISTS):
        albums = [f"{_one(rng, _LF_WORDS)} {_one(rng, _LF_WORDS)}" for _ in range(2)]
        for album in albums:
            album_ids[album] = _uuid(rng) if rng.random() < 0.6 else None
        for _ in range(int(rng.integers(6, 12))):
            while True:
                title = f"{_one(rng, _LF_WORDS)} {_one(rng, _LF_WORDS)}"
                if rng.random() < 0.3:
                    title = str(_one(rng, _LF_WORDS))
                if title not in used:
                    used.add(title)
                    break
            catalogue.append((artist, str(_one(rng, albums)), title))
            artist_weight.append((1.0 / (rank + 1.5)) * float(rng.pareto(1.5) + 0.3))
    weights = np.asarray(artist_weight) / sum(artist_weight)
    seconds = np.arange(24 * 3600)
    hour_p = np.repeat(_LF_HOURS / _LF_HOURS.sum() / 3600, 3600)
    days = pd.date_range("2022-01-01", "2023-12-31")
    day_p = np.array([1.0 + 0.6 * (d.month in (3, 4, 10)) + 0.3 * (d.year == 2023) for d in days])
    n = 4200
    when = days[rng.choice(len(days), n, p=day_p / day_p.sum())] + pd.to_timedelta(
        rng.choice(seconds, n, p=hour_p), unit="s"
    )
    picks = rng.choice(len(catalogue), n, p=weights)
    rows = []
    for stamp, i in zip(when, picks, strict=True):
        artist, album, track = catalogue[int(i)]
        no_album = rng.random() < 0.04
        rows.append(
            {
                "uts": int(stamp.timestamp()),
                "utc_time": f"{stamp.day:02d} {stamp:%b %Y, %H:%M}",
                "artist": artist,
                "artist_mbid": mbids[artist],
                "album": None if no_album else album,
                "album_mbid": None if no_album else album_ids[str(album)],
                "track": track,
                "track_mbid": _uuid(rng) if rng.random() < 0.15 else None,
            }
        )
    return pd.DataFrame(rows).sort_values("uts", ascending=False, kind="stable").reset_index(drop=True)


def _lf_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(pd.to_numeric(d["uts"]), unit="s")


def _lf_tracks(d: pd.DataFrame) -> pd.Series:
    return _ranked(_text(d["track"]).value_counts())


_LF_WHEN = ("uts", "utc_time")

_LASTFM_QS = [
    Q(
        "how many songs did i listen to in 2023",
        _count(lambda d: float((_lf_when(d).dt.year == 2023).sum())),
        (*_LF_WHEN, "track"),
    ),
    Q(
        "who do i listen to the most",
        _lead(_named(lambda d: _top(_text(d["artist"]).value_counts()))),
        ("artist", "artist_mbid", *_LF_WHEN),
    ),
    Q("top 5 songs?", _top_named(_lf_tracks, 5), ("track", "artist", "track_mbid", "album")),
    Q(
        "which month did i scrobble the most",
        _month_year(lambda d: _lf_when(d).dt.to_period("M").value_counts().idxmax().to_timestamp()),
        _LF_WHEN,
    ),
    Q(
        "what time of day do i usually listen",
        _clock(lambda d: int(_lf_when(d).dt.hour.value_counts().idxmax())),
        _LF_WHEN,
    ),
    Q("how many plays dont have an album", _count(lambda d: float(d["album"].isna().sum())), ("album", "album_mbid")),
]


# --- 3. GitHub issues and pull requests export ---------------------------------------------------------------------

_GH_PEOPLE = "octocat:9;mkrause:14;jdoe42:6;priya-s:11;tlin:8;dependabot[bot]:10;renovate[bot]:4;alexw:5;nora-k:7"
_GH_TEAM = ["mkrause", "priya-s", "tlin", "nora-k"]
_GH_LABELS = "bug:30;enhancement:20;documentation:10;question:8;good first issue:7;dependencies:0;needs triage:12"
_GH_TOPICS = [
    "crash on startup",
    "config file not found",
    "add dark mode",
    "typo in README",
    "slow import",
    "support Python 3.12",
    "memory leak in worker",
    "wrong timezone in logs",
    "CLI flag ignored",
    "docs: clarify install",
    "unicode error on Windows",
    "add retry option",
    "broken link in docs",
    "flaky test_parse",
    "segfault with large input",
]


def _github_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10103)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2021-06-01")
    end = pd.Timestamp("2024-01-15")
    span = (end - start).total_seconds()
    stamps = sorted(start + pd.Timedelta(seconds=float(s)) for s in rng.uniform(0, span, 1400))
    for number, created in enumerate(stamps, start=1):
        author = _draw(rng, _GH_PEOPLE)
        bot = author.endswith("[bot]")
        pr = bot or rng.random() < 0.35
        if bot:
            labels = ["dependencies"]
            title = f"Bump {_one(rng, ['requests', 'pytest', 'numpy', 'black', 'urllib3'])} from 1.{number % 9} "
            title += f"to 1.{number % 9 + 1}"
        else:
            labels = [_draw(rng, _GH_LABELS)] if rng.random() < 0.8 else []
            if labels and rng.random() < 0.25:
                extra = _draw(rng, _GH_LABELS)
                if extra not in labels:
                    labels.append(extra)
            title = str(_one(rng, _GH_TOPICS))
            if pr:
                title = f"fix: {title}" if "bug" in labels else f"feat: {title}"
        days_open = float(rng.exponential(6.0 if pr else 21.0))
        closed_at = created + pd.Timedelta(days=days_open)
        if closed_at > end or rng.random() < 0.08:
            state, closed = "open", None
        elif pr:
            state, closed = ("merged" if rng.random() < 0.78 else "closed"), closed_at
        else:
            state, closed = "closed", closed_at
        updated = closed if closed is not None else created + pd.Timedelta(days=float(rng.uniform(0, 30)))
        updated = min(updated, end)
        rows.append(
            {
                "number": number,
                "title": title,
                "state": state,
                "author": author,
                "labels": ", ".join(labels) or None,
                "assignees": (
                    ", ".join(sorted(set(rng.choice(_GH_TEAM, int(rng.integers(1, 3))))))
                    if rng.random() < 0.45
                    else None
                ),
                "comments": int(rng.poisson(1.5 if pr else 3.2)),
                "created_at": f"{created:%Y-%m-%dT%H:%M:%SZ}",
                "updated_at": f"{updated:%Y-%m-%dT%H:%M:%SZ}",
                "closed_at": f"{closed:%Y-%m-%dT%H:%M:%SZ}" if closed is not None else None,
                "milestone": f"v1.{created.year - 2020 + (created.month > 6)}" if rng.random() < 0.3 else None,
                "is_pull_request": pr,
                "url": f"https://github.com/acme/widgets/{'pull' if pr else 'issues'}/{number}",
            }
        )
    return pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)


def _gh_pr(d: pd.DataFrame) -> pd.Series:
    return _text(d["is_pull_request"]).str.lower() == "true"


def _gh_stamp(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(d[col], format="%Y-%m-%dT%H:%M:%SZ", errors="coerce")


def _gh_open(issues_only: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(((_text(d["state"]) == "open") & (~_gh_pr(d) if issues_only else True)).sum())


def _gh_days(issues_only: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def days(d: pd.DataFrame) -> float:
        span = (_gh_stamp(d, "closed_at") - _gh_stamp(d, "created_at")).dt.total_seconds() / 86400
        keep = span.notna() & (~_gh_pr(d) if issues_only else True)
        return float(span[keep].agg(how))

    return days


def _gh_labels(d: pd.DataFrame) -> pd.Series:
    return _text(d["labels"]).str.split(r",\s*").explode().loc[lambda s: s != ""].value_counts()


def _gh_top_author(issues_only: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_text(d["author"])[~_gh_pr(d) if issues_only else slice(None)].value_counts())


def _gh_bugs(issues_only: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        bug = _text(d["labels"]).str.split(r",\s*").apply(lambda xs: "bug" in xs)
        y2023 = _gh_stamp(d, "created_at").dt.year == 2023
        return float((bug & y2023 & (~_gh_pr(d) if issues_only else True)).sum())

    return count


def _gh_merged(d: pd.DataFrame) -> float:
    pr = _gh_pr(d)
    return float((_text(d["state"])[pr] == "merged").mean())


def _gh_merged_of_closed(d: pd.DataFrame) -> float:
    pr = _gh_pr(d) & (_text(d["state"]) != "open")
    return float((_text(d["state"])[pr] == "merged").mean())


_GH_KIND = ("is_pull_request", "state", "number")

_GITHUB_QS = [
    Q("how many issues are still open", either(_count(_gh_open(True)), _count(_gh_open(False))), _GH_KIND),
    Q(
        "how long does it usually take to close one",
        either(*(_about(_gh_days(i, h), rel=0.02) for i in (True, False) for h in ("mean", "median"))),
        (*_GH_KIND, "created_at", "closed_at"),
    ),
    Q("most common label?", _lead(_named(lambda d: _top(_gh_labels(d)))), ("labels", "number")),
    Q(
        "who opens the most issues",
        _either_named(_gh_top_author(True), _gh_top_author(False)),
        ("author", *_GH_KIND),
    ),
    Q(
        "how many bugs were reported in 2023",
        either(_count(_gh_bugs(True)), _count(_gh_bugs(False))),
        ("labels", "created_at", *_GH_KIND),
    ),
    Q(
        "what fraction of the prs got merged",
        either(_share(_gh_merged), _share(_gh_merged_of_closed)),
        _GH_KIND,
    ),
]


# --- 4. Typeform responses download --------------------------------------------------------------------------------

_TF_NPS = "How likely are you to recommend us to a friend or colleague?"
_TF_SAT = "How satisfied were you with your most recent order?"
_TF_BUY = ["Shoes", "Bags", "Accessories", "Gift cards"]
_TF_COUNTRY = "Which country are you in?"
_TF_BETTER = "Anything we could do better?"
_TF_COUNTRIES = "United States:45;United Kingdom:20;Canada:14;Germany:11;Australia:10"
_TF_COMMENTS = [
    "Faster shipping please",
    "The sizing runs small",
    "Great service!",
    "Checkout kept failing on my phone",
    "More colours",
    "Cheaper delivery to Canada",
    "Packaging was damaged",
    "Love the new bags",
    "Return process was confusing",
    "Nothing, all good",
]


def _typeform_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10104)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-01-09")
    for _ in range(1150):
        began = start + pd.Timedelta(seconds=float(rng.uniform(0, 120 * 86400)))
        country = _draw(rng, _TF_COUNTRIES)
        base = {"United States": 3.9, "United Kingdom": 3.6, "Canada": 3.3, "Germany": 3.8, "Australia": 4.0}
        sat = int(np.clip(round(base[country] + rng.normal(0, 0.9)), 1, 5))
        nps = int(np.clip(round(2.0 * sat + 0.6 + rng.normal(0, 1.6)), 0, 10))
        bought = [b for b, p in zip(_TF_BUY, (0.55, 0.4, 0.3, 0.08), strict=True) if rng.random() < p]
        if not bought and rng.random() < 0.7:
            bought = ["Shoes"]
        row: dict[str, Any] = {"#": _hex(rng, 32)}
        row[_TF_NPS] = nps if rng.random() > 0.02 else None
        row[_TF_SAT] = sat if rng.random() > 0.04 else None
        for b in _TF_BUY:
            row[b] = b if b in bought else None
        row[_TF_COUNTRY] = country
        comment = rng.random() < (0.45 if sat <= 2 else 0.15)
        row[_TF_BETTER] = str(_one(rng, _TF_COMMENTS)) if comment else None
        row["Start Date (UTC)"] = f"{began:%Y-%m-%d %H:%M:%S}"
        row["Submit Date (UTC)"] = f"{began + pd.Timedelta(seconds=float(rng.uniform(25, 400))):%Y-%m-%d %H:%M:%S}"
        row["Network ID"] = _hex(rng, 10)
        rows.append(row)
    return pd.DataFrame(rows).sort_values("Submit Date (UTC)").reset_index(drop=True)


def _tf_nps(d: pd.DataFrame) -> float:
    score = pd.to_numeric(d[_TF_NPS], errors="coerce").dropna()
    return float((score >= 9).mean() - (score <= 6).mean())


def _tf_sat_by_country(d: pd.DataFrame) -> list[float]:
    sat = pd.to_numeric(d[_TF_SAT], errors="coerce")
    return sat.groupby(_text(d[_TF_COUNTRY])).mean().tolist()


def _tf_shoes(answered_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        picks = pd.DataFrame({b: _text(d[b]) != "" for b in _TF_BUY})
        keep = picks.any(axis=1) if answered_only else pd.Series(True, index=d.index)
        return float(picks["Shoes"][keep].mean())

    return rate


_TF_WHEN = ("#", "Submit Date (UTC)", "Start Date (UTC)")

_TYPEFORM_QS = [
    Q("how many responses did we get", _count(lambda d: float(len(d))), _TF_WHEN),
    Q("whats our nps", either(_share(_tf_nps), _about(lambda d: 100 * _tf_nps(d))), (_TF_NPS, *_TF_WHEN)),
    Q("average satisfaction by country", _about(_tf_sat_by_country), (_TF_SAT, _TF_COUNTRY)),
    Q(
        "what percent of people bought shoes",
        either(_share(_tf_shoes(False)), _share(_tf_shoes(True))),
        (*_TF_BUY, *_TF_WHEN),
    ),
    Q(
        "how many people left a comment",
        _count(lambda d: float((_text(d[_TF_BETTER]) != "").sum())),
        (_TF_BETTER, *_TF_WHEN),
    ),
    Q(
        "do happier customers recommend us more?",
        _corr(
            lambda d: pd.to_numeric(d[_TF_SAT], errors="coerce"), lambda d: pd.to_numeric(d[_TF_NPS], errors="coerce")
        ),
        (_TF_SAT, _TF_NPS),
    ),
]


# --- 5. NSIDC Sea Ice Index daily extent ---------------------------------------------------------------------------

_SI_COLUMNS = ["Year", " Month", " Day", "     Extent", "    Missing", " Source Data"]


def _sea_ice_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10105)
    days = pd.date_range("2011-01-01", "2023-12-31")
    days = days[rng.random(len(days)) > 0.004]
    rows = [
        dict(
            zip(
                _SI_COLUMNS,
                ["YYYY", "    MM", "  DD", " 10^6 sq km", " 10^6 sq km", " Source data product web sites"],
                strict=True,
            )
        )
    ]
    wobble = 0.0
    year_shift = {y: float(rng.normal(0, 0.25)) for y in range(2011, 2024)}
    year_shift[2012] -= 0.8
    for day in days:
        wobble = 0.85 * wobble + float(rng.normal(0, 0.06))
        phase = 2 * np.pi * (day.day_of_year - 70) / 365.25
        extent = 10.7 + 4.05 * np.cos(phase) - 0.035 * (day.year - 2011) + year_shift[day.year] + wobble
        if day.month == 9:
            extent -= 0.35 + 0.5 * year_shift[day.year]
        missing = round(float(rng.uniform(0.01, 0.6)), 3) if rng.random() < 0.012 else 0.0
        product = "nsidc0081_nrt_nasateam_seaice" if day.year >= 2023 else "nsidc0051_gsfc_nasateam_seaice"
        sat = "f18" if day.year >= 2020 else "f17"
        rows.append(
            {
                "Year": f"{day.year}",
                " Month": f"{day.month:>6d}",
                " Day": f"{day.day:>4d}",
                "     Extent": f"{extent:>11.3f}",
                "    Missing": f"{missing:>11.3f}",
                " Source Data": f" ['/ecs/DP1/PM/{product}/nt_{day:%Y%m%d}_{sat}_v1.1_n.bin']",
            }
        )
    return pd.DataFrame(rows, columns=_SI_COLUMNS)


def _si(d: pd.DataFrame) -> pd.DataFrame:
    y, m, dd = (pd.to_numeric(_text(d[c]), errors="coerce") for c in _SI_COLUMNS[:3])
    keep = y.notna() & m.notna() & dd.notna()
    d, y, m, dd = d[keep], y[keep].astype(int), m[keep].astype(int), dd[keep].astype(int)
    frame = pd.DataFrame(
        {
            "day": pd.to_datetime(pd.DataFrame({"year": y, "month": m, "day": dd}), errors="coerce"),
            "extent": pd.to_numeric(_text(d[_SI_COLUMNS[3]]), errors="coerce"),
            "missing": pd.to_numeric(_text(d[_SI_COLUMNS[4]]), errors="coerce"),
        }
    )
    return frame.dropna(subset=["day", "extent"]).reset_index(drop=True)


def _si_min_day(d: pd.DataFrame) -> pd.Timestamp:
    s = _si(d)
    return pd.Timestamp(s.loc[s["extent"].idxmin(), "day"])


def _si_year_mean(year: int) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        s = _si(d)
        return float(s.loc[s["day"].dt.year == year, "extent"].mean())

    return mean


def _si_top_month(d: pd.DataFrame) -> pd.Timestamp:
    s = _si(d)
    return pd.Timestamp(2000, int(s["extent"].groupby(s["day"].dt.month).mean().idxmax()), 1)


_SI_DATE = tuple(_SI_COLUMNS[:3])
_SI_EXTENT = (*_SI_DATE, _SI_COLUMNS[3])

_SEA_ICE_QS = [
    Q(
        "what's the lowest the sea ice has ever gotten here",
        _about(lambda d: float(_si(d)["extent"].min())),
        _SI_EXTENT,
    ),
    Q("what day was that", _day(_si_min_day), _SI_EXTENT),
    Q("which month usually has the most ice", _month(_si_top_month), _SI_EXTENT),
    Q("average extent in 2023?", _about(_si_year_mean(2023)), _SI_EXTENT),
    Q("and in 2012", _about(_si_year_mean(2012)), _SI_EXTENT),
    Q(
        "how many days have missing data",
        _count(lambda d: float((_si(d)["missing"] > 0).sum())),
        (*_SI_DATE, _SI_COLUMNS[4]),
    ),
]


# --- 6. NHTSA FARS accident.csv (2020) ---------------------------------------------------------------------------

# state code: name, weight, rural share
_FA_STATES: dict[int, tuple[str, float, float]] = {
    6: ("California", 11.0, 0.35),
    48: ("Texas", 10.5, 0.5),
    12: ("Florida", 8.9, 0.3),
    13: ("Georgia", 4.4, 0.5),
    37: ("North Carolina", 4.0, 0.6),
    42: ("Pennsylvania", 3.2, 0.55),
    36: ("New York", 2.9, 0.4),
    39: ("Ohio", 3.2, 0.5),
    47: ("Tennessee", 3.2, 0.55),
    45: ("South Carolina", 2.8, 0.65),
    4: ("Arizona", 2.9, 0.35),
    26: ("Michigan", 2.8, 0.45),
    17: ("Illinois", 3.1, 0.4),
    1: ("Alabama", 2.4, 0.65),
    30: ("Montana", 0.55, 0.85),
    56: ("Wyoming", 0.35, 0.85),
}
_FA_DAYS = {1: "Sunday", 2: "Monday", 3: "Tuesday", 4: "Wednesday", 5: "Thursday", 6: "Friday", 7: "Saturday"}
_FA_DAY_W = [16.5, 12.5, 12.0, 12.5, 13.5, 15.5, 17.5]
_FA_HOUR_W = [4, 4, 3.6, 3, 2.4, 2.6, 3.4, 3.6, 3, 2.8, 3, 3.4, 3.8, 4, 4.4, 4.7, 5, 5.4, 5.8, 6.1, 5.9, 5.4, 5, 4.6]
_FA_LIGHT = {1: "Daylight", 2: "Dark - Not Lighted", 3: "Dark - Lighted", 4: "Dawn", 5: "Dusk", 9: "Unknown"}
_FA_WEATHER = (
    "1:Clear:70;10:Cloudy:15;2:Rain:9;5:Fog, Smog, Smoke:1;4:Snow:1.5;98:Not Reported:2;99:Reported as Unknown:1.5"
)
_FA_HARM = "12:Motor Vehicle In-Transport:40;8:Pedestrian:17;42:Tree (Standing Only):8;1:Rollover/Overturn:9;"
_FA_HARM += "33:Curb:2;25:Concrete Traffic Barrier:2;9:Pedalcyclist:2.5;34:Ditch:3;30:Utility Pole/Light Support:3"
_FA_COLL = {0: "The First Harmful Event was Not a Collision with a Motor Vehicle in Transport", 1: "Front-to-Rear"}
_FA_COLL |= {2: "Front-to-Front", 6: "Angle", 7: "Sideswipe - Same Direction"}
_FA_COUNTIES = "Jefferson;Washington;Franklin;Lincoln;Madison;Jackson;Montgomery;Clay;Marion;Greene;Monroe;Union"


def _fars_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10106)
    codes = list(_FA_STATES)
    weights = [v[1] for v in _FA_STATES.values()]
    counties = _FA_COUNTIES.split(";")
    rows: list[dict[str, Any]] = []
    serial: dict[int, int] = {}
    for _ in range(4100):
        st = int(_one(rng, codes, weights))
        name, _w, rural_share = _FA_STATES[st]
        serial[st] = serial.get(st, 0) + int(rng.integers(1, 9))
        month = int(_one(rng, list(range(1, 13)), [7, 6.5, 7.5, 7, 8.5, 9, 9.5, 9.5, 9, 9.5, 8.5, 8]))
        dom = int(rng.integers(1, 29))
        dw = int(pd.Timestamp(2020, month, dom).day_of_week + 1) % 7 + 1
        if rng.random() < 0.25:
            dw = int(_one(rng, list(_FA_DAYS), _FA_DAY_W))
        hour = int(_one(rng, list(range(24)), _FA_HOUR_W))
        unknown_time = rng.random() < 0.012
        rural = rng.random() < rural_share
        rur = (1 if rural else 2) if rng.random() > 0.01 else int(_one(rng, [6, 8, 9]))
        night = hour >= 20 or hour <= 5
        drunk = int(rng.random() < (0.42 if night else 0.14))
        drunk += int(drunk and rng.random() < 0.03)
        harm = _draw(rng, _FA_HARM).split(":", 1)
        peds = int(harm[0] == "8") + int(harm[0] != "8" and rng.random() < 0.02)
        vehicles = 1 if harm[0] in ("1", "42", "33", "34", "30", "25") else int(_one(rng, [1, 2, 2, 2, 3, 4]))
        persons = vehicles + int(rng.poisson(0.8 * vehicles))
        fatals = 1 + int(rng.random() < (0.13 if rural else 0.07)) + int(rng.random() < 0.02)
        fatals = min(fatals, persons + peds)
        light = 1 if 7 <= hour <= 17 else (2 if rural else 3) if night else int(_one(rng, [4, 5, 1]))
        wcode, wname = _draw(rng, _FA_WEATHER).split(":", 1)
        coll = 0 if vehicles == 1 else int(_one(rng, [1, 2, 6, 6, 7]))
        county = int(rng.integers(1, 60)) * 2 - 1
        bad_geo = rng.random() < 0.01
        lat = 77.7777 if bad_geo else round(float(rng.uniform(26, 47)), 7)
        lon = 777.7777 if bad_geo else round(float(rng.uniform(-120, -76)), 7)
        h = hour if not unknown_time else 99
        minute = int(rng.integers(0, 60)) if not unknown_time else 99
        rows.append(
            {
                "STATE": st,
                "STATENAME": name,
                "ST_CASE": st * 10000 + serial[st],
                "PEDS": peds,
                "VE_TOTAL": vehicles,
                "PERSONS": persons,
                "COUNTY": county,
                "COUNTYNAME": f"{str(_one(rng, counties)).upper()} ({county:03d})",
                "MONTH": month,
                "MONTHNAME": f"{pd.Timestamp(2020, month, 1):%B}",
                "DAY": dom,
                "DAY_WEEK": dw,
                "DAY_WEEKNAME": _FA_DAYS[dw],
                "YEAR": 2020,
                "HOUR": h,
                "HOURNAME": "Unknown Hours"
                if h == 99
                else f"{h % 12 or 12}:00{'am' if h < 12 else 'pm'}-{h % 12 or 12}:59{'am' if h < 12 else 'pm'}",
                "MINUTE": minute,
                "RUR_URB": rur,
                "RUR_URBNAME": {1: "Rural", 2: "Urban", 6: "Trafficway Not in State Inventory", 8: "Not Reported"}.get(
                    rur, "Unknown"
                ),
                "LATITUDE": lat,
                "LONGITUD": lon,
                "HARM_EV": int(harm[0]),
                "HARM_EVNAME": harm[1],
                "MAN_COLL": coll,
                "MAN_COLLNAME": _FA_COLL[coll],
                "LGT_COND": light,
                "LGT_CONDNAME": _FA_LIGHT[light],
                "WEATHER": int(wcode),
                "WEATHERNAME": wname,
                "FATALS": fatals,
                "DRUNK_DR": drunk,
            }
        )
    return pd.DataFrame(rows).sort_values("ST_CASE").reset_index(drop=True)


def _fa_top_state(by: str) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        names = _text(d["STATENAME"])
        return _top(names.value_counts() if by == "crashes" else pd.to_numeric(d["FATALS"]).groupby(names).sum())

    return pick


def _fa_top_day(by: str) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        names = _text(d["DAY_WEEKNAME"])
        return _top(names.value_counts() if by == "crashes" else pd.to_numeric(d["FATALS"]).groupby(names).sum())

    return pick


def _fa_top_hour(by: str) -> Callable[[pd.DataFrame], int]:
    def pick(d: pd.DataFrame) -> int:
        hour = pd.to_numeric(d["HOUR"])
        keep = hour != 99
        scores = hour[keep].value_counts() if by == "crashes" else pd.to_numeric(d["FATALS"])[keep].groupby(hour).sum()
        return int(_top(scores))

    return pick


def _fa_rural_urban(d: pd.DataFrame) -> list[float]:
    kind = _text(d["RUR_URBNAME"])
    deaths = pd.to_numeric(d["FATALS"])
    return [float(deaths[kind == "Rural"].mean()), float(deaths[kind == "Urban"].mean())]


_FA_DAY_NAMES = {n: (n[:3],) for n in _FA_DAYS.values()}

_FARS_QS = [
    Q("how many people died", _count(lambda d: float(pd.to_numeric(d["FATALS"]).sum())), ("FATALS", "ST_CASE")),
    Q(
        "which state had the most fatal crashes",
        _either_named(_fa_top_state("crashes"), _fa_top_state("deaths")),
        ("STATENAME", "STATE", "ST_CASE", "FATALS"),
    ),
    Q(
        "what share of them involved a drunk driver",
        _share(lambda d: float((pd.to_numeric(d["DRUNK_DR"]) > 0).mean())),
        ("DRUNK_DR", "ST_CASE"),
    ),
    Q(
        "which day of the week is the deadliest",
        _either_named(_fa_top_day("crashes"), _fa_top_day("deaths"), aliases=_FA_DAY_NAMES),
        ("DAY_WEEKNAME", "DAY_WEEK", "FATALS", "ST_CASE"),
    ),
    Q(
        "what hour do most crashes happen",
        either(_clock(_fa_top_hour("crashes")), _clock(_fa_top_hour("deaths"))),
        ("HOUR", "HOURNAME", "ST_CASE", "FATALS"),
    ),
    Q(
        "are rural crashes deadlier than urban ones? deaths per crash",
        _about(_fa_rural_urban, rel=0.005),
        ("RUR_URBNAME", "RUR_URB", "FATALS", "ST_CASE"),
    ),
]


# --- 7. ClinicalTrials.gov search results --------------------------------------------------------------------------

_CT_STATUS = (
    "COMPLETED:46;RECRUITING:17;UNKNOWN:11;ACTIVE_NOT_RECRUITING:6;NOT_YET_RECRUITING:5;TERMINATED:7;"
    "WITHDRAWN:3;ENROLLING_BY_INVITATION:3"
)
_CT_PHASES = "PHASE2:26;PHASE3:21;NA:8;PHASE4:14;PHASE1:11;PHASE1|PHASE2:4;PHASE2|PHASE3:2;EARLY_PHASE1:2"
_CT_INDUSTRY = (
    "Novo Nordisk A/S:14;Eli Lilly and Company:12;AstraZeneca:9;Boehringer Ingelheim:8;Sanofi:7;Merck Sharp & Dohme "
    "LLC:6;Takeda:3"
)
_CT_ACADEMIC = (
    "Massachusetts General Hospital:4;Peking University People's Hospital:3;University of Oxford:3;Mayo Clinic:3;"
    "Seoul National University Hospital:3;Steno Diabetes Center Copenhagen:2;University of Michigan:2;"
    "Shanghai Jiao Tong University School of Medicine:3;Assiut University:2"
)
_CT_DRUGS = "Metformin;Semaglutide;Tirzepatide;Empagliflozin;Dapagliflozin;Insulin Glargine;Sitagliptin;Liraglutide"
_CT_CONDITIONS = "Type 2 Diabetes;Diabetes Mellitus, Type 2;Obesity;Chronic Kidney Disease;Hypertension;NAFLD"


def _ct_date(rng: np.random.Generator, stamp: pd.Timestamp) -> str:
    return f"{stamp:%Y-%m}" if rng.random() < 0.45 else f"{stamp:%Y-%m-%d}"


def _trials_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10107)
    rows: list[dict[str, Any]] = []
    drugs = _CT_DRUGS.split(";")
    conditions = _CT_CONDITIONS.split(";")
    for i in range(2400):
        industry = rng.random() < 0.32
        if industry:
            sponsor, funder = _draw(rng, _CT_INDUSTRY), "INDUSTRY"
        elif rng.random() < 0.6:
            sponsor, funder = _draw(rng, _CT_ACADEMIC), "OTHER"
        else:
            sponsor = f"{_one(rng, ['University', 'Hospital', 'Institute'])} {i % 400:03d}"
            funder = str(_one(rng, ["OTHER", "OTHER", "NIH", "OTHER_GOV", "FED"]))
        observational = rng.random() < 0.12
        phase = "NA" if observational else _draw(rng, _CT_PHASES)
        start = pd.Timestamp("2005-01-01") + pd.Timedelta(days=float(rng.uniform(0, 19 * 365)))
        status = _draw(rng, _CT_STATUS)
        if start.year >= 2022 and status == "COMPLETED" and rng.random() < 0.7:
            status = "RECRUITING"
        if start > pd.Timestamp("2023-09-01"):
            status = "NOT_YET_RECRUITING"
        size = float(np.exp(rng.normal(5.0 if industry else 4.4, 1.1)))
        enrollment = None if rng.random() < 0.015 else (0 if status == "WITHDRAWN" else int(size))
        results = (
            "YES" if status in ("COMPLETED", "TERMINATED") and rng.random() < (0.7 if industry else 0.25) else "NO"
        )
        drug = str(_one(rng, drugs))
        interventions = f"DRUG: {drug}" + ("|OTHER: Placebo" if rng.random() < 0.4 else "")
        conds = ["Type 2 Diabetes" if rng.random() < 0.6 else "Diabetes Mellitus, Type 2"]
        if rng.random() < 0.35:
            conds.append(str(_one(rng, conditions[2:])))
        nct = f"NCT0{int(rng.integers(1000000, 6200000)):07d}"
        done = start + pd.Timedelta(days=float(rng.uniform(200, 1600)))
        rows.append(
            {
                "NCT Number": nct,
                "Study Title": f"{'A Study of' if industry else 'Effect of'} {drug} in {conds[0]}",
                "Study URL": f"https://clinicaltrials.gov/study/{nct}",
                "Acronym": f"{drug[:3].upper()}-{i % 97}" if rng.random() < 0.15 else None,
                "Study Status": status,
                "Study Results": results,
                "Conditions": "|".join(conds),
                "Interventions": interventions,
                "Sponsor": sponsor,
                "Collaborators": str(_one(rng, ["Novo Nordisk A/S", "National Institutes of Health (NIH)"]))
                if rng.random() < 0.12
                else None,
                "Sex": _draw(rng, "ALL:92;FEMALE:5;MALE:3"),
                "Age": _draw(rng, "ADULT, OLDER_ADULT:80;ADULT:12;CHILD, ADULT, OLDER_ADULT:3;OLDER_ADULT:5"),
                "Phases": phase,
                "Enrollment": enrollment,
                "Funder Type": funder,
                "Study Type": "OBSERVATIONAL" if observational else "INTERVENTIONAL",
                "Start Date": _ct_date(rng, start),
                "Completion Date": _ct_date(rng, done),
                "First Posted": f"{start - pd.Timedelta(days=float(rng.uniform(-60, 90))):%Y-%m-%d}",
                "Locations": str(
                    _one(
                        rng,
                        [
                            "Boston, Massachusetts, United States",
                            "Beijing, Beijing Municipality, China",
                            "Copenhagen, Denmark",
                            "Seoul, Korea, Republic of",
                            "Oxford, United Kingdom",
                        ],
                    )
                ),
            }
        )
    return pd.DataFrame(rows)


def _ct_status(d: pd.DataFrame) -> pd.Series:
    return _text(d["Study Status"])


def _ct_completed_enrollment(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(d["Enrollment"], errors="coerce")[_ct_status(d) == "COMPLETED"].agg(how))


def _ct_results(share: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        yes = _text(d["Study Results"])[_ct_status(d) == "COMPLETED"] == "YES"
        return float(yes.mean() if share else yes.sum())

    return value


def _ct_top_phase(d: pd.DataFrame) -> str:
    return _top(_text(d["Phases"]).loc[lambda s: s != ""].value_counts())


_CT_PHASE_NAMES = {"PHASE2": ("Phase 2", "Phase II"), "PHASE3": ("Phase 3", "Phase III")}

_TRIALS_QS = [
    Q(
        "how many trials are still recruiting",
        _count(lambda d: float((_ct_status(d) == "RECRUITING").sum())),
        ("Study Status", "NCT Number"),
    ),
    Q("whats the most common phase", _lead(_named(_ct_top_phase, _CT_PHASE_NAMES)), ("Phases", "NCT Number")),
    Q(
        "typical enrollment for the completed ones?",
        either(_about(_ct_completed_enrollment("mean")), _about(_ct_completed_enrollment("median"))),
        ("Enrollment", "Study Status", "NCT Number"),
    ),
    Q(
        "how many of those have results posted",
        either(_count(_ct_results(False)), _share(_ct_results(True))),
        ("Study Results", "Study Status", "NCT Number"),
    ),
    Q(
        "what share is funded by industry",
        _share(lambda d: float((_text(d["Funder Type"]) == "INDUSTRY").mean())),
        ("Funder Type", "NCT Number"),
    ),
    Q(
        "which sponsor has the most trials",
        _lead(_named(lambda d: _top(_text(d["Sponsor"]).value_counts()))),
        ("Sponsor", "NCT Number"),
    ),
]


HELDOUT101: list[Dataset] = [
    Dataset("robinhood_account_activity", _robinhood_frame, _ROBINHOOD_QS),
    Dataset("lastfm_scrobbles", _lastfm_frame, _LASTFM_QS),
    Dataset("github_issues_export", _github_frame, _GITHUB_QS),
    Dataset("typeform_responses", _typeform_frame, _TYPEFORM_QS),
    Dataset("nsidc_sea_ice_index_daily", _sea_ice_frame, _SEA_ICE_QS),
    Dataset("nhtsa_fars_accidents", _fars_frame, _FARS_QS),
    Dataset("clinicaltrials_gov_studies", _trials_frame, _TRIALS_QS),
]
