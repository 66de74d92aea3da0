"""HELDOUT120: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports: Apple Music's "Play Activity" CSV from Apple's
data and privacy download (title-case column names with spaces such as "Artist Name", "Content Name", "Genre",
"Event Start Timestamp" / "Event End Timestamp" as "2022-03-14T18:22:05.123Z", "Event Type" PLAY_END, upper-case
"End Reason Type" codes NATURAL_END_OF_TRACK / TRACK_SKIPPED_FORWARDS / TRACK_SKIPPED_BACKWARDS /
PLAYBACK_MANUALLY_PAUSED / SCRUB_END with blanks, "Media Duration In Milliseconds", "Play Duration Milliseconds"
with a few negative values, "Feature Name" such as "library / album-detail", "Offline" true / false, "Source Type"
and "UTC Offset In Seconds"; artist blank for some uploads); a Kraken ledgers export (txid and refid ids such as
"L4UESK-KG3EQ-UFO4T5", time as "2021-05-12 14:03:22", type trade / deposit / withdrawal / staking / transfer,
subtype, aclass "currency", Kraken asset codes XXBT, XETH, DOT, ADA, ZUSD and DOT.S, wallet "spot / main", amount,
fee and a running balance per asset; a trade is two rows sharing a refid, and every USD deposit is also written
once earlier with a blank txid and balance); a Clio time entries export (Date as "03/14/2023", Type TimeEntry /
ExpenseEntry, User, Matter as "00042-Hartley Estate Planning", Client, Activity Category, Description, Quantity in
hours, Rate and Total as "$1,225.00", Non-billable True / False and Bill state Billed / Unbilled / Draft, blank for
non-billable work); a TikTok Ads Manager campaign report by day ("By Day" as "2024-02-03", "Campaign name", long
"Campaign ID", Objective, Currency USD, Cost, Impressions, Reach, "Clicks (destination)", "CTR (destination)" as
"1.23%", "CPC (destination)", CPM, Conversions, "Cost per conversion" as "-" when nothing converted, "Video views"
and a last "Total" row); CMS Nursing Home Compare provider information ("CMS Certification Number (CCN)" with
leading zeros, upper-case "Provider Name" and "City/Town", State, "Ownership Type" such as "For profit -
Corporation", "Number of Certified Beds", "Average Number of Residents per Day", "Overall Rating" and the
health-inspection / staffing / QM ratings 1-5 with blanks, "Reported Total Nurse Staffing Hours per Resident per
Day", "Number of Fines", "Total Amount of Fines in Dollars", "Abuse Icon" Y / N and "Special Focus Status" SFF /
SFF Candidate / blank); BLS OEWS national estimates (AREA 99 "U.S.", NAICS "000000" cross-industry, OCC_CODE and
OCC_TITLE with an "All Occupations" total row, major-group rows and detailed rows marked by O_GROUP, TOT_EMP as
"1,234,560" text, H_/A_ mean, percentile and median wages as text with "*" where unavailable and "#" where top-coded,
ANNUAL / HOURLY flags); and the US Drought Monitor comprehensive statistics by state (MapDate as 20230103 integers,
StateAbbreviation, None and cumulative D0-D4 percent of area with two decimals, ValidStart / ValidEnd as
"2023-01-03", StatisticFormatID 1, newest week first). All are generated with fixed seeds 12001-12007.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _lead, _named, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import scaled as _scaled

_MONEY = (1e3, 1e6)

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending=ascending).index[0])


def _money(s: pd.Series) -> pd.Series:
    """ "$1,234.50" / "-$20.00" / "1,234" as numbers; anything else blank."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,%\s]", "", regex=True), errors="coerce")


def _labels(*names: Callable[[pd.DataFrame], str]) -> Check:
    """Any one of several labels, each beside its superlative."""
    return either(*(_lead(_named(n)) for n in names))


def _weights(rng: np.random.Generator, options: dict[str, float], n: int) -> np.ndarray:
    w = np.array(list(options.values()), dtype=float)
    return rng.choice(np.array(list(options), dtype=object), size=n, p=w / w.sum())


# --- 1. Apple Music Play Activity ----------------------------------------------------------------------------------

# artist: genre, weight, skip tendency
_AM_ARTISTS: dict[str, tuple[str, float, float]] = {
    "Taylor Swift": ("Pop", 14, 0.18),
    "Phoebe Bridgers": ("Alternative", 8, 0.15),
    "Kendrick Lamar": ("Hip-Hop/Rap", 10, 0.22),
    "Bad Bunny": ("Latin", 6, 0.30),
    "Fleetwood Mac": ("Rock", 7, 0.12),
    "Arctic Monkeys": ("Alternative", 9, 0.20),
    "SZA": ("R&B/Soul", 9, 0.25),
    "Daft Punk": ("Electronic", 5, 0.28),
    "Hozier": ("Alternative", 6, 0.17),
    "Olivia Rodrigo": ("Pop", 8, 0.24),
    "Miles Davis": ("Jazz", 3, 0.10),
    "Drake": ("Hip-Hop/Rap", 7, 0.35),
    "Harry Styles": ("Pop", 6, 0.21),
    "Tame Impala": ("Alternative", 5, 0.19),
}
_AM_WORDS = [
    "Midnight",
    "Blue",
    "Paper",
    "Gold",
    "Summer",
    "Ghost",
    "Highway",
    "Honey",
    "Fire",
    "Static",
    "Velvet",
    "Ocean",
    "Youth",
    "Glass",
    "Echo",
]
_AM_FEATURES = {
    "library / album-detail": 30,
    "library / playlist-detail": 22,
    "search / search-results": 12,
    "browse": 8,
    "listen-now": 14,
    "now_playing": 10,
    "radio": 4,
}


def _apple_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12001)
    n = 3200
    names = list(_AM_ARTISTS)
    w = np.array([v[1] for v in _AM_ARTISTS.values()])
    artists = rng.choice(names, size=n, p=w / w.sum())
    start = pd.Timestamp("2022-01-01")
    # more listening in spring and around the holidays
    days = np.concatenate([rng.uniform(0, 730, n - 500), rng.uniform(440, 470, 500)])
    days = np.sort(days)
    rows = []
    for i in range(n):
        a = str(artists[i])
        genre, _, skip = _AM_ARTISTS[a]
        t0 = start + pd.Timedelta(days=float(days[i]))
        dur = int(rng.normal(215000, 40000))
        r = rng.random()
        if r < skip:
            reason, played = "TRACK_SKIPPED_FORWARDS", int(rng.uniform(2000, 40000))
        elif r < skip + 0.03:
            reason, played = "TRACK_SKIPPED_BACKWARDS", int(rng.uniform(1000, 20000))
        elif r < skip + 0.10:
            reason, played = "PLAYBACK_MANUALLY_PAUSED", int(rng.uniform(10000, dur))
        elif r < skip + 0.13:
            reason, played = "SCRUB_END", int(rng.uniform(5000, dur))
        elif r < skip + 0.19:
            reason, played = "", int(rng.uniform(0, dur))
        else:
            reason, played = "NATURAL_END_OF_TRACK", dur
        if rng.random() < 0.01:
            played = -int(rng.uniform(1000, 90000))  # the export's known negative durations
        t1 = t0 + pd.Timedelta(milliseconds=max(played, 0))
        rows.append(
            {
                "Apple Id Number": 1234567890,
                "Apple Music Subscription": "true",
                "Artist Name": "" if rng.random() < 0.03 else a,
                "Content Name": f"{rng.choice(_AM_WORDS)} {rng.choice(_AM_WORDS)}",
                "Device Identifier": pick(rng, ["A1B2C3D4E5F6", "9F8E7D6C5B4A", "00AA11BB22CC"]),
                "End Position In Milliseconds": max(played, 0),
                "End Reason Type": reason,
                "Event End Timestamp": t1.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t1.microsecond // 1000:03d}Z",
                "Event Start Timestamp": t0.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t0.microsecond // 1000:03d}Z",
                "Event Type": "PLAY_END",
                "Feature Name": "",
                "Genre": genre,
                "Media Duration In Milliseconds": dur,
                "Media Type": "AUDIO",
                "Offline": "true" if rng.random() < 0.15 else "false",
                "Play Duration Milliseconds": played,
                "Source Type": pick(rng, ["ORIGINATING_DEVICE", "IPHONE", "MAC"]),
                "Start Position In Milliseconds": 0,
                "UTC Offset In Seconds": -18000 if rng.random() < 0.8 else -14400,
            }
        )
    frame = pd.DataFrame(rows)
    frame["Feature Name"] = _weights(rng, _AM_FEATURES, n)
    return frame


def pick(rng: np.random.Generator, options: list[str]) -> str:
    return options[int(rng.integers(len(options)))]


def _am_start(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Event Start Timestamp"], format="%Y-%m-%dT%H:%M:%S.%fZ")


def _am_top_artist(by_time: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        if by_time:
            return _top(d.groupby("Artist Name")["Play Duration Milliseconds"].sum())
        return _top(d["Artist Name"].value_counts())

    return value


def _am_hours(positive: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        ms = d["Play Duration Milliseconds"]
        return float(ms.clip(lower=0).sum() if positive else ms.sum()) / 3_600_000

    return value


def _am_month(by_time: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        month = _am_start(d).dt.to_period("M")
        if by_time:
            return d.groupby(month)["Play Duration Milliseconds"].sum().idxmax().to_timestamp()
        return month.value_counts().idxmax().to_timestamp()

    return value


def _am_skips(artist: str | None) -> Check:
    """Skip share: forward skips (or any skip) over every play (or plays with a reason)."""

    def make(kinds: tuple[str, ...], known: bool) -> Callable[[pd.DataFrame], float]:
        def value(d: pd.DataFrame) -> float:
            if artist:
                d = d[d["Artist Name"] == artist]
            reason = d["End Reason Type"].fillna("")
            base = reason != "" if known else pd.Series(True, index=d.index)
            return float(reason[base].isin(kinds).mean())

        return value

    kinds = (("TRACK_SKIPPED_FORWARDS",), ("TRACK_SKIPPED_FORWARDS", "TRACK_SKIPPED_BACKWARDS"))
    return either(*(_share(make(k, known)) for k in kinds for known in (False, True)))


def _am_genres(by_time: bool) -> Callable[[pd.DataFrame], list[str]]:
    def value(d: pd.DataFrame) -> list[str]:
        scores = d.groupby("Genre")["Play Duration Milliseconds"].sum() if by_time else d["Genre"].value_counts()
        return list(_ranked(scores).index[:3])

    return value


# --- 2. Kraken ledgers export --------------------------------------------------------------------------------------

_KR_ASSETS = {"XXBT": (38000.0, 45), "XETH": (2400.0, 30), "DOT": (14.0, 10), "ADA": (0.9, 15)}
_KR_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _kr_id(rng: np.random.Generator, first: str) -> str:
    c = [_KR_CHARS[i] for i in rng.integers(0, len(_KR_CHARS), 16)]
    return f"{first}{''.join(c[:5])}-{''.join(c[5:10])}-{''.join(c[10:16])}"


def _kraken_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12002)
    start = pd.Timestamp("2021-01-04")
    events: list[tuple[pd.Timestamp, str]] = []
    for _ in range(42):
        events.append((start + pd.Timedelta(seconds=int(rng.uniform(0, 3 * 365 * 86400))), "deposit"))
    for _ in range(620):
        # trading picks up in the 2021 bull run
        day = rng.beta(1.6, 2.6) * 3 * 365
        events.append((start + pd.Timedelta(days=float(day), seconds=int(rng.integers(86400))), "trade"))
    for k in range(150):
        events.append((pd.Timestamp("2021-03-01 02:00:00") + pd.Timedelta(days=7 * k), "staking"))
    for _ in range(18):
        events.append((start + pd.Timedelta(seconds=int(rng.uniform(60 * 86400, 3 * 365 * 86400))), "withdrawal"))
    events.sort()
    bal = {"ZUSD": 0.0, "XXBT": 0.0, "XETH": 0.0, "DOT": 0.0, "ADA": 0.0, "DOT.S": 0.0}
    rows: list[dict[str, object]] = []

    def add(t: pd.Timestamp, refid: str, kind: str, sub: str, asset: str, amount: float, fee: float) -> None:
        bal[asset] = round(bal[asset] + amount - fee, 10)
        rows.append(
            {
                "txid": _kr_id(rng, "L"),
                "refid": refid,
                "time": t.strftime("%Y-%m-%d %H:%M:%S"),
                "type": kind,
                "subtype": sub,
                "aclass": "currency",
                "asset": asset,
                "wallet": "spot / main",
                "amount": round(amount, 10),
                "fee": round(fee, 10),
                "balance": round(bal[asset], 10),
            }
        )

    staked = False
    for t, kind in events:
        ref = _kr_id(rng, "T" if kind == "trade" else "Q")
        if kind == "deposit":
            amt = float(pick(rng, ["500", "1000", "1000", "2500", "5000"]))
            rows.append(
                {
                    "txid": "",
                    "refid": ref,
                    "time": (t - pd.Timedelta(minutes=int(rng.integers(5, 90)))).strftime("%Y-%m-%d %H:%M:%S"),
                    "type": "deposit",
                    "subtype": "",
                    "aclass": "currency",
                    "asset": "ZUSD",
                    "wallet": "spot / main",
                    "amount": amt,
                    "fee": 0.0,
                    "balance": np.nan,
                }
            )
            add(t, ref, "deposit", "", "ZUSD", amt, 0.0)
        elif kind == "trade":
            w = np.array([v[1] for v in _KR_ASSETS.values()], dtype=float)
            asset = str(rng.choice(list(_KR_ASSETS), p=w / w.sum()))
            price = _KR_ASSETS[asset][0] * rng.lognormal(0, 0.25)
            if bal[asset] > 0 and rng.random() < 0.25:
                qty = round(bal[asset] * rng.uniform(0.2, 0.8), 8)
                usd = round(qty * price, 4)
                add(t, ref, "trade", "", asset, -qty, 0.0)
                add(t, ref, "trade", "", "ZUSD", usd, round(usd * 0.0026, 4))
            else:
                usd = round(min(max(bal["ZUSD"] * rng.uniform(0.05, 0.3), 20.0), 2000.0), 4)
                qty = round(usd / price, 8)
                add(t, ref, "trade", "", "ZUSD", -usd, round(usd * 0.0026, 4))
                add(t, ref, "trade", "", asset, qty, 0.0)
        elif kind == "staking":
            if not staked and bal["DOT"] > 1:
                qty = round(bal["DOT"], 8)
                add(t, ref, "transfer", "spottostaking", "DOT", -qty, 0.0)
                add(t, ref, "transfer", "stakingfromspot", "DOT.S", qty, 0.0)
                staked = True
            if staked:
                add(t, ref, "staking", "", "DOT.S", round(bal["DOT.S"] * 0.0022, 10), 0.0)
        elif bal["XXBT"] > 0.01:
            qty = round(bal["XXBT"] * rng.uniform(0.2, 0.6), 8)
            add(t, ref, "withdrawal", "", "XXBT", -qty, 0.00015)
    return pd.DataFrame(rows)


def _kr_trades(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["type"] == "trade"]


def _kr_month(d: pd.DataFrame) -> pd.Timestamp:
    t = _kr_trades(d).drop_duplicates("refid")
    return pd.to_datetime(t["time"]).dt.to_period("M").value_counts().idxmax().to_timestamp()


def _kr_deposits(dedup: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        dep = d[(d["type"] == "deposit") & (d["asset"] == "ZUSD")]
        if dedup:
            dep = dep[dep["txid"].notna()]
        return float(dep["amount"].sum())

    return value


# --- 3. Clio time entries export -----------------------------------------------------------------------------------

# user: rate, share of entries
_CL_USERS = {
    "Sarah Kim": (425, 18),
    "David Okoro": (375, 24),
    "Priya Shah": (350, 22),
    "Tom Becker": (295, 20),
    "Lena Ruiz": (165, 16),
}
_CL_MATTERS = [
    ("00012-Hartley Estate Planning", "James Hartley", 6),
    ("00027-Brightline Logistics Lease Dispute", "Brightline Logistics LLC", 14),
    ("00031-Morales Custody", "Ana Morales", 9),
    ("00042-Smith v. Jones", "Robert Smith", 16),
    ("00048-Quinn Bakery Incorporation", "Quinn Bakery Inc.", 5),
    ("00053-Delgado Employment Claim", "Marco Delgado", 11),
    ("00057-Northfield HOA Collections", "Northfield HOA", 8),
    ("00061-Chen Real Estate Closing", "Wei Chen", 7),
    ("00066-Apex Manufacturing Contract Review", "Apex Manufacturing Co.", 12),
    ("00070-Okafor Immigration", "Chidi Okafor", 6),
]
_CL_CATS = {
    "Legal Research": 20,
    "Drafting": 24,
    "Client Communication": 18,
    "Court Appearance": 8,
    "Document Review": 16,
    "Travel": 4,
    "Administrative": 10,
}
_CL_EXPENSES = {"Filing fee": 350.0, "Courier": 45.0, "Copies": 28.5, "Deposition transcript": 610.0, "Mileage": 62.1}


def _clio_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12003)
    n = 2600
    users = list(_CL_USERS)
    uw = np.array([v[1] for v in _CL_USERS.values()], dtype=float)
    mw = np.array([m[2] for m in _CL_MATTERS], dtype=float)
    days = pd.Timestamp("2022-01-03") + pd.to_timedelta(np.sort(rng.uniform(0, 729, n)).astype(int), unit="D")
    cats = _weights(rng, _CL_CATS, n)
    rows = []
    for i in range(n):
        day = days[i]
        m = _CL_MATTERS[int(rng.choice(len(_CL_MATTERS), p=mw / mw.sum()))]
        user = users[int(rng.choice(len(users), p=uw / uw.sum()))]
        age = (pd.Timestamp("2024-01-01") - day).days
        if rng.random() < 0.1:
            what = pick(rng, list(_CL_EXPENSES))
            qty, rate, cat, kind, nb = 1.0, _CL_EXPENSES[what], "", "ExpenseEntry", False
            desc = what
        else:
            cat = str(cats[i])
            qty = round(max(0.1, rng.gamma(2.0, 0.7 if cat != "Court Appearance" else 1.6)), 1)
            rate = float(_CL_USERS[user][0])
            kind = "TimeEntry"
            nb = cat == "Administrative" or rng.random() < 0.06
            desc = f"{cat} re {m[0].split('-', 1)[1]}"
        if nb:
            state = ""
        elif age > 75 or (age > 30 and rng.random() < 0.7):
            state = "Billed"
        elif rng.random() < 0.3:
            state = "Draft"
        else:
            state = "Unbilled"
        rows.append(
            {
                "Date": day.strftime("%m/%d/%Y"),
                "Type": kind,
                "User": user,
                "Matter": m[0],
                "Client": m[1],
                "Activity Category": cat,
                "Description": desc,
                "Quantity": qty,
                "Rate": f"${rate:,.2f}",
                "Total": f"${qty * rate:,.2f}",
                "Non-billable": "True" if nb else "False",
                "Bill state": state,
            }
        )
    return pd.DataFrame(rows)


def _cl(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["total"] = _money(out["Total"])
    out["rate"] = _money(out["Rate"])
    out["day"] = pd.to_datetime(out["Date"], format="%m/%d/%Y")
    out["nb"] = out["Non-billable"].astype(str).str.lower() == "true"
    return out


def _cl_top_user(billable_only: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        t = _cl(d)
        t = t[t["Type"] == "TimeEntry"]
        if billable_only:
            t = t[~t["nb"]]
        return _top(t.groupby("User")["Quantity"].sum())

    return value


def _cl_billed(time_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        t = _cl(d)
        t = t[t["Bill state"] == "Billed"]
        if time_only:
            t = t[t["Type"] == "TimeEntry"]
        return float(t["total"].sum())

    return value


def _cl_unbilled(d: pd.DataFrame, col: str, draft: bool) -> pd.Series:
    t = _cl(d)
    states = ("Unbilled", "Draft") if draft else ("Unbilled",)
    t = t[t["Bill state"].isin(states)]
    if col == "Quantity":
        t = t[t["Type"] == "TimeEntry"]
    return t.groupby("Client")[col].sum()


_CL_READINGS = [(c, dr) for c in ("Quantity", "total") for dr in (False, True)]


def _cl_worth(col: str, draft: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        client = _top(_cl_unbilled(d, col, draft))
        return float(_cl_unbilled(d, "total", draft)[client])

    return value


def _cl_rate(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        t = _cl(d)
        t = t[t["Type"] == "TimeEntry"]
        return float((t["rate"] * t["Quantity"]).sum() / t["Quantity"].sum()) if weighted else float(t["rate"].mean())

    return value


def _cl_nonbillable(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        t = _cl(d)
        t = t[t["nb"] & (t["Type"] == "TimeEntry") & (t["day"].dt.year == 2023)]
        return float(t["Quantity"].sum()) if how == "hours" else float(len(t))

    return value


# --- 4. TikTok Ads Manager campaign report -------------------------------------------------------------------------

# campaign: objective, daily budget, ctr, conversion rate, first day, last day
_TT_CAMPAIGNS: dict[str, tuple[str, float, float, float, str, str]] = {
    "Spring Sale 2024 - Conversions": ("Conversions", 420.0, 0.011, 0.045, "2024-03-01", "2024-04-15"),
    "Always-On Prospecting": ("Traffic", 180.0, 0.0085, 0.012, "2024-01-01", "2024-06-30"),
    "Retargeting - Cart Abandoners": ("Conversions", 95.0, 0.016, 0.085, "2024-01-01", "2024-06-30"),
    "Brand Awareness Q1": ("Reach", 260.0, 0.0042, 0.002, "2024-01-08", "2024-03-31"),
    "UGC Creators Test": ("Video views", 75.0, 0.0071, 0.009, "2024-02-12", "2024-05-05"),
    "Mother's Day Gifts": ("Conversions", 350.0, 0.0125, 0.052, "2024-04-20", "2024-05-12"),
    "Summer Launch Teaser": ("Traffic", 210.0, 0.0093, 0.018, "2024-05-20", "2024-06-30"),
}


def _tiktok_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12004)
    rows = []
    for k, (name, (obj, budget, ctr, cvr, first, last)) in enumerate(_TT_CAMPAIGNS.items()):
        cid = 1780000000000000000 + int(rng.integers(10**15)) + k
        for day in pd.date_range(first, last, freq="D"):
            cost = round(budget * rng.lognormal(0, 0.25) * (1.15 if day.dayofweek >= 4 else 1.0), 2)
            cpm = rng.uniform(5.5, 11.0)
            impressions = int(cost / cpm * 1000)
            clicks = int(rng.binomial(impressions, ctr * rng.lognormal(0, 0.15)))
            conv = int(rng.binomial(clicks, cvr))
            rows.append(
                {
                    "By Day": day.strftime("%Y-%m-%d"),
                    "Campaign name": name,
                    "Campaign ID": str(cid),
                    "Objective": obj,
                    "Currency": "USD",
                    "Cost": cost,
                    "Impressions": impressions,
                    "Reach": int(impressions / rng.uniform(1.2, 1.9)),
                    "Clicks (destination)": clicks,
                    "CTR (destination)": f"{100 * clicks / impressions:.2f}%",
                    "CPC (destination)": round(cost / clicks, 2) if clicks else "-",
                    "CPM": round(1000 * cost / impressions, 2),
                    "Conversions": conv,
                    "Cost per conversion": round(cost / conv, 2) if conv else "-",
                    "Video views": int(impressions * rng.uniform(0.2, 0.45)),
                }
            )
    frame = pd.DataFrame(rows).sort_values(["By Day", "Campaign name"], ignore_index=True)
    cost, imp, clk, conv = (frame[c].sum() for c in ("Cost", "Impressions", "Clicks (destination)", "Conversions"))
    total = {
        "By Day": "Total",
        "Campaign name": "-",
        "Campaign ID": "-",
        "Objective": "-",
        "Currency": "USD",
        "Cost": round(float(cost), 2),
        "Impressions": int(imp),
        "Reach": int(frame["Reach"].sum() * 0.6),
        "Clicks (destination)": int(clk),
        "CTR (destination)": f"{100 * clk / imp:.2f}%",
        "CPC (destination)": round(cost / clk, 2),
        "CPM": round(1000 * cost / imp, 2),
        "Conversions": int(conv),
        "Cost per conversion": round(cost / conv, 2),
        "Video views": int(frame["Video views"].sum()),
    }
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _tt(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["By Day"] != "Total"].copy()


def _tt_cheapest(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        t = _tt(d)
        if pooled:
            g = t.groupby("Campaign name")[["Cost", "Conversions"]].sum()
            g = g[g["Conversions"] > 0]
            return _top(g["Cost"] / g["Conversions"], ascending=True)
        cpa = _money(t["Cost per conversion"])
        return _top(cpa.groupby(t["Campaign name"]).mean().dropna(), ascending=True)

    return value


def _tt_ctr(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        t = _tt(d)
        if pooled:
            return float(t["Clicks (destination)"].sum() / t["Impressions"].sum())
        return float(_money(t["CTR (destination)"]).mean() / 100)

    return value


def _tt_day(d: pd.DataFrame) -> pd.Timestamp:
    t = _tt(d)
    return pd.Timestamp(t.groupby("By Day")["Cost"].sum().idxmax())


def _tt_daily(d: pd.DataFrame) -> pd.DataFrame:
    return _tt(d).groupby("By Day")[["Cost", "Clicks (destination)"]].sum()


# --- 5. CMS Nursing Home Compare provider information --------------------------------------------------------------

# state: (FIPS-like CCN prefix, homes, rating shift)
_NH_STATES = {
    "TX": ("45", 230, -0.45),
    "CA": ("05", 210, 0.25),
    "FL": ("10", 140, 0.15),
    "OH": ("36", 160, -0.10),
    "PA": ("39", 130, 0.05),
    "IL": ("14", 120, -0.30),
    "NY": ("33", 110, 0.10),
    "LA": ("19", 60, -0.60),
    "MN": ("24", 70, 0.45),
    "GA": ("11", 60, -0.35),
}
_NH_OWNERSHIP = {
    "For profit - Corporation": (52, -0.25),
    "For profit - Limited Liability company": (18, -0.30),
    "For profit - Individual": (3, -0.40),
    "Non profit - Corporation": (16, 0.45),
    "Non profit - Church related": (4, 0.55),
    "Government - County": (4, 0.10),
    "Government - State": (3, 0.0),
}
_NH_WORDS = [
    "OAK",
    "PINE",
    "MAPLE",
    "CEDAR",
    "RIVER",
    "LAKE",
    "HILL",
    "MEADOW",
    "GARDEN",
    "SUNRISE",
    "VALLEY",
    "PARK",
    "GROVE",
    "HERITAGE",
    "WILLOW",
]
_NH_KINDS = ["NURSING AND REHABILITATION CENTER", "HEALTH CARE CENTER", "CARE CENTER", "NURSING HOME", "MANOR"]
_NH_CITIES = [
    "SPRINGFIELD",
    "FRANKLIN",
    "CLINTON",
    "GREENVILLE",
    "MADISON",
    "SALEM",
    "FAIRVIEW",
    "GEORGETOWN",
    "ARLINGTON",
    "RIVERSIDE",
]


def _nursing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12005)
    rows = []
    own = list(_NH_OWNERSHIP)
    ow = np.array([v[0] for v in _NH_OWNERSHIP.values()], dtype=float)
    for state, (prefix, count, shift) in _NH_STATES.items():
        for k in range(count):
            o = own[int(rng.choice(len(own), p=ow / ow.sum()))]
            quality = rng.normal(0, 1) + shift + _NH_OWNERSHIP[o][1]
            staffing = round(float(np.clip(3.8 + 0.45 * quality + rng.normal(0, 0.5), 2.4, 7.5)), 5)

            def stars(x: float) -> int:
                return int(np.clip(np.round(3 + x), 1, 5))

            overall = stars(quality * 1.1 + rng.normal(0, 0.6))
            health = stars(quality + rng.normal(0, 0.9))
            beds = int(rng.choice([60, 80, 100, 120, 150, 180, 240]) + rng.integers(-10, 10))
            fines = int(rng.poisson(max(0.2, 0.8 - 0.4 * quality)))
            amount = round(float(sum(rng.lognormal(8.8, 1.1) for _ in range(fines))), 2)
            missing = rng.random() < 0.03
            rows.append(
                {
                    "CMS Certification Number (CCN)": f"{prefix}{5000 + k * 7 + int(rng.integers(7)):04d}",
                    "Provider Name": f"{pick(rng, _NH_WORDS)} {pick(rng, _NH_WORDS)} {pick(rng, _NH_KINDS)}",
                    "City/Town": pick(rng, _NH_CITIES),
                    "State": state,
                    "ZIP Code": int(rng.integers(10000, 99999)),
                    "Ownership Type": o,
                    "Number of Certified Beds": beds,
                    "Average Number of Residents per Day": round(beds * rng.uniform(0.6, 0.95), 1),
                    "Provider Type": "Medicare and Medicaid",
                    "Provider Resides in Hospital": "Y" if rng.random() < 0.04 else "N",
                    "Overall Rating": np.nan if missing else overall,
                    "Health Inspection Rating": np.nan if missing else health,
                    "Staffing Rating": np.nan if rng.random() < 0.05 else stars(quality + rng.normal(0, 0.7)),
                    "QM Rating": np.nan if rng.random() < 0.04 else stars(quality * 0.6 + rng.normal(0.5, 1.0)),
                    "Reported Total Nurse Staffing Hours per Resident per Day": np.nan
                    if rng.random() < 0.04
                    else staffing,
                    "Number of Fines": fines,
                    "Total Amount of Fines in Dollars": amount,
                    "Abuse Icon": "Y" if rng.random() < 0.06 - 0.03 * quality else "N",
                    "Special Focus Status": "SFF" if quality < -2.3 else ("SFF Candidate" if quality < -1.9 else ""),
                }
            )
    return pd.DataFrame(rows)


def _nh_ownership(d: pd.DataFrame) -> list[float]:
    own = d["Ownership Type"].astype(str)
    return [
        float(d.loc[own.str.startswith("For profit"), "Overall Rating"].mean()),
        float(d.loc[own.str.startswith("Non profit"), "Overall Rating"].mean()),
    ]


_NH_NAMES = {
    "TX": ("Texas",),
    "CA": ("California",),
    "FL": ("Florida",),
    "OH": ("Ohio",),
    "PA": ("Pennsylvania",),
    "IL": ("Illinois",),
    "NY": ("New York",),
    "LA": ("Louisiana",),
    "MN": ("Minnesota",),
    "GA": ("Georgia",),
}


def _nh_fines(state: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[d["State"] == state, "Total Amount of Fines in Dollars"].sum())


# --- 6. BLS OEWS national estimates by occupation ------------------------------------------------------------------

# major code: title, detailed rows' mean wage, employment weight, base nouns
_OE_MAJOR: dict[str, tuple[str, float, float, tuple[str, str]]] = {
    "11": ("Management Occupations", 135000, 9.0, ("Managers", "Directors")),
    "13": ("Business and Financial Operations Occupations", 84000, 10.0, ("Analysts", "Specialists")),
    "15": ("Computer and Mathematical Occupations", 104000, 5.3, ("Analysts", "Engineers")),
    "17": ("Architecture and Engineering Occupations", 93000, 2.6, ("Engineers", "Drafters")),
    "19": ("Life, Physical, and Social Science Occupations", 82000, 1.4, ("Scientists", "Technicians")),
    "21": ("Community and Social Service Occupations", 56000, 2.3, ("Counselors", "Workers")),
    "23": ("Legal Occupations", 113000, 1.2, ("Attorneys", "Paralegals")),
    "25": ("Educational Instruction and Library Occupations", 64000, 8.7, ("Teachers", "Instructors")),
    "27": ("Arts, Design, Entertainment, Sports, and Media Occupations", 70000, 2.0, ("Designers", "Artists")),
    "29": ("Healthcare Practitioners and Technical Occupations", 98000, 9.1, ("Therapists", "Technologists")),
    "31": ("Healthcare Support Occupations", 36000, 7.0, ("Aides", "Assistants")),
    "33": ("Protective Service Occupations", 55000, 3.5, ("Officers", "Guards")),
    "35": ("Food Preparation and Serving Related Occupations", 34000, 13.2, ("Cooks", "Servers")),
    "37": ("Building and Grounds Cleaning and Maintenance Occupations", 38000, 4.4, ("Cleaners", "Groundskeepers")),
    "39": ("Personal Care and Service Occupations", 38000, 3.1, ("Attendants", "Caregivers")),
    "41": ("Sales and Related Occupations", 50000, 13.3, ("Representatives", "Clerks")),
    "43": ("Office and Administrative Support Occupations", 46000, 18.5, ("Clerks", "Secretaries")),
    "45": ("Farming, Fishing, and Forestry Occupations", 38000, 0.45, ("Laborers", "Graders")),
    "47": ("Construction and Extraction Occupations", 60000, 6.2, ("Carpenters", "Operators")),
    "49": ("Installation, Maintenance, and Repair Occupations", 57000, 5.9, ("Mechanics", "Repairers")),
    "51": ("Production Occupations", 46000, 8.7, ("Assemblers", "Machinists")),
    "53": ("Transportation and Material Moving Occupations", 45000, 13.6, ("Drivers", "Movers")),
}
_OE_MODS = [
    "Clinical",
    "Industrial",
    "Field",
    "Technical",
    "Senior",
    "Applied",
    "Regional",
    "General",
    "Specialty",
    "Assistant",
]
# fixed detailed rows: code, title, mean annual, employment
_OE_FIXED = [
    ("11-1011", "Chief Executives", 258900, 211230),
    ("15-1252", "Software Developers", 138110, 1656880),
    ("29-1211", "Anesthesiologists", 336640, 30190),
    ("29-1141", "Registered Nurses", 94480, 3175390),
    ("35-3023", "Fast Food and Counter Workers", 29450, 3643200),
    ("41-2031", "Retail Salespersons", 36220, 3686500),
]
_TOP_CODE = 239200.0


def _bls_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12006)
    detailed = []
    for major, (_title, mean, weight, nouns) in _OE_MAJOR.items():
        k = 0
        for noun in nouns:
            for mod in _OE_MODS:
                k += 1
                code = f"{major}-{1000 + 10 * k + int(rng.integers(10))}"
                wage = mean * rng.lognormal(0, 0.28)
                emp = int(weight * 1e6 / 20 * rng.lognormal(0, 0.9))
                detailed.append((major, code, f"{mod} {noun}", wage, emp))
    for code, title, wage, emp in _OE_FIXED:
        detailed.append((code[:2], code, title, float(wage), emp))
    rows = []

    def wages(mean: float, annual_only: bool) -> dict[str, object]:
        spread = rng.uniform(0.35, 0.6)
        pct = {p: mean * np.exp(spread * z) for p, z in (("10", -1.28), ("25", -0.67), ("75", 0.67), ("90", 1.28))}
        median = mean * np.exp(-0.5 * spread**2 * 0.6)
        out: dict[str, object] = {}
        vals = {"MEAN": mean, "PCT10": pct["10"], "PCT25": pct["25"], "MEDIAN": median}
        vals |= {"PCT75": pct["75"], "PCT90": pct["90"]}
        for key, v in vals.items():
            a = int(round(v / 10) * 10)
            h = round(v / 2080, 2)
            top = key != "MEAN" and a >= _TOP_CODE
            out[f"A_{key}"] = "#" if top else f"{a:,}"
            out[f"H_{key}"] = "*" if annual_only else ("#" if top else f"{h:.2f}")
        return out

    def row(code: str, title: str, group: str, emp: int, mean: float, annual_only: bool) -> dict[str, object]:
        base: dict[str, object] = {
            "AREA": 99,
            "AREA_TITLE": "U.S.",
            "AREA_TYPE": 1,
            "PRIM_STATE": "US",
            "NAICS": "000000",
            "NAICS_TITLE": "Cross-industry",
            "I_GROUP": "cross-industry",
            "OWN_CODE": 1235,
            "OCC_CODE": code,
            "OCC_TITLE": title,
            "O_GROUP": group,
            "TOT_EMP": f"{emp:,}",
            "EMP_PRSE": round(float(rng.uniform(0.2, 4.5)), 1),
        }
        w = wages(mean, annual_only)
        order = ["H_MEAN", "A_MEAN", "MEAN_PRSE"] + [f"H_{p}" for p in ("PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90")]
        order += [f"A_{p}" for p in ("PCT10", "PCT25", "MEDIAN", "PCT75", "PCT90")]
        w["MEAN_PRSE"] = round(float(rng.uniform(0.1, 2.5)), 1)
        base |= {k: w[k] for k in order}
        base["ANNUAL"] = "TRUE" if annual_only else ""
        base["HOURLY"] = ""
        return base

    all_emp = sum(e for *_, e in detailed)
    all_mean = sum(w * e for _, _, _, w, e in detailed) / all_emp
    rows.append(row("00-0000", "All Occupations", "total", all_emp, all_mean, False))
    for major, (title, *_rest) in _OE_MAJOR.items():
        mine = [x for x in detailed if x[0] == major]
        emp = sum(x[4] for x in mine)
        mean = sum(x[3] * x[4] for x in mine) / emp
        rows.append(row(f"{major}-0000", title, "major", emp, mean, False))
        for _, code, t, w, e in sorted(mine, key=lambda x: x[1]):
            rows.append(row(code, t, "detailed", e, w, major == "25" and "Teachers" in t))
    frame = pd.DataFrame(rows)
    return frame


def _oe_detailed(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["O_GROUP"] == "detailed"]


def _oe_top_paid(d: pd.DataFrame) -> str:
    t = _oe_detailed(d)
    return str(t.loc[_money(t["A_MEAN"]).idxmax(), "OCC_TITLE"])


def _oe_value(col: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_money(d.loc[d["OCC_TITLE"] == "Software Developers", col]).iloc[0])


def _oe_top_group(d: pd.DataFrame) -> str:
    t = d[d["O_GROUP"] == "major"]
    title = str(t.loc[_money(t["TOT_EMP"]).idxmax(), "OCC_TITLE"])
    return title.removesuffix(" Occupations")


def _oe_over(rows: str, top_coded: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        t = _oe_detailed(d) if rows == "detailed" else d
        median = t["A_MEDIAN"].astype(str)
        over = _money(median) > 100000
        if top_coded:
            over = over | (median == "#")
        return int(over.sum())

    return value


# --- 7. US Drought Monitor comprehensive statistics by state -------------------------------------------------------

# state: (mean dryness, volatility)
_DM_STATES = {
    "CA": (0.55, 0.10),
    "TX": (0.45, 0.12),
    "CO": (0.40, 0.10),
    "AZ": (0.60, 0.07),
    "NM": (0.66, 0.07),
    "NV": (0.62, 0.08),
    "OR": (0.50, 0.09),
    "WA": (0.35, 0.09),
    "KS": (0.42, 0.12),
    "NE": (0.40, 0.12),
    "FL": (0.22, 0.10),
    "NY": (0.15, 0.08),
}
_DM_NAMES = {
    "CA": ("California",),
    "TX": ("Texas",),
    "CO": ("Colorado",),
    "AZ": ("Arizona",),
    "NM": ("New Mexico",),
    "NV": ("Nevada",),
    "OR": ("Oregon",),
    "WA": ("Washington",),
    "KS": ("Kansas",),
    "NE": ("Nebraska",),
    "FL": ("Florida",),
    "NY": ("New York",),
}
_DM_CUTS = (0.25, 0.4, 0.55, 0.7, 0.85)


def _drought_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12007)
    weeks = pd.date_range("2021-01-05", "2023-12-26", freq="7D")
    n = len(weeks)
    rows = []
    for state, (mean, vol) in _DM_STATES.items():
        trend = 0.12 * np.sin(np.arange(n) / n * 2 * np.pi + rng.uniform(0, 1)) + 0.08 * (np.arange(n) < 70)
        x = np.zeros(n)
        level = mean
        for i in range(n):
            level = 0.93 * level + 0.07 * (mean + trend[i]) + rng.normal(0, vol * 0.25)
            x[i] = level
        for i, day in enumerate(weeks):
            spread = 0.22 * rng.uniform(0.8, 1.2)
            cum = []
            for cut in _DM_CUTS:
                share = 1 / (1 + np.exp(-(x[i] - cut) / (spread * 0.35)))
                share = share if share > 0.004 else 0.0
                cum.append(100 * share)
            cum = np.minimum.accumulate(np.round(cum, 2))
            if cum[0] > 99.99:
                cum[0] = 100.0
            rows.append(
                {
                    "MapDate": int(day.strftime("%Y%m%d")),
                    "StateAbbreviation": state,
                    "None": round(100 - cum[0], 2),
                    "D0": cum[0],
                    "D1": cum[1],
                    "D2": cum[2],
                    "D3": cum[3],
                    "D4": cum[4],
                    "ValidStart": day.strftime("%Y-%m-%d"),
                    "ValidEnd": (day + pd.Timedelta(days=6)).strftime("%Y-%m-%d"),
                    "StatisticFormatID": 1,
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["MapDate", "StateAbbreviation"], ascending=[False, True], ignore_index=True)


def _dm_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["MapDate"].astype(str), format="%Y%m%d")


def _dm_worst_state(d: pd.DataFrame) -> str:
    return _top(d.groupby("StateAbbreviation")["D2"].mean())


def _dm_ca_peak(col: str) -> Check:
    """Any week where California's share in `col` was at its highest (ties all count)."""

    def check(answer: str, d: pd.DataFrame) -> str | None:
        ca = d[d["StateAbbreviation"] == "CA"]
        days = _dm_day(ca)[ca[col] == ca[col].max()]
        whys = [_day(lambda _, t=t: t)(answer, d) for t in days]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _dm_co(col: str, year: int) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        m = (d["StateAbbreviation"] == "CO") & (_dm_day(d).dt.year == year)
        return float(d.loc[m, col].mean())

    return value


def _dm_year(col: str) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(d.groupby(_dm_day(d).dt.year)[col].mean().idxmax())


# --- the set -------------------------------------------------------------------------------------------------------

_AM_USES = ("Artist Name", "Play Duration Milliseconds", "End Reason Type", "Event Start Timestamp", "Genre")
_KR_USES = ("txid", "refid", "time", "type", "asset", "amount", "fee", "balance", "subtype")
_CL_USES = ("Date", "Type", "User", "Quantity", "Non-billable", "Bill state", "Total", "Rate", "Client", "Matter")
_TT_USES = ("By Day", "Campaign name", "Campaign ID", "Cost", "Conversions", "Cost per conversion")

HELDOUT120 = [
    Dataset(
        "apple_music_play_activity",
        _apple_frame,
        [
            Q(
                "who did i listen to the most?",
                _labels(_am_top_artist(False), _am_top_artist(True)),
                ("Artist Name", "Play Duration Milliseconds", "Event Type"),
            ),
            Q(
                "how many hours of music did i listen to in total",
                either(_scaled(_am_hours(True), ()), _scaled(_am_hours(False), ())),
                ("Play Duration Milliseconds",),
            ),
            Q(
                "which month did i listen the most?",
                either(_month_year(_am_month(False)), _month_year(_am_month(True))),
                ("Event Start Timestamp", "Event End Timestamp", "Play Duration Milliseconds"),
            ),
            Q(
                "what percent of songs did i skip?",
                _am_skips(None),
                ("End Reason Type", "Event Type"),
            ),
            Q(
                "and for taylor swift?",
                _am_skips("Taylor Swift"),
                ("End Reason Type", "Artist Name", "Event Type"),
            ),
            Q(
                "top 3 genres",
                either(_all_named(_am_genres(False)), _all_named(_am_genres(True))),
                ("Genre", "Play Duration Milliseconds"),
            ),
        ],
    ),
    Dataset(
        "kraken_ledger_export",
        _kraken_frame,
        [
            Q(
                "how many trades did i make?",
                either(
                    _count(lambda d: int(_kr_trades(d)["refid"].nunique())),
                    _count(lambda d: len(_kr_trades(d))),
                ),
                _KR_USES,
            ),
            Q(
                "how many of those were eth?",
                _count(lambda d: int(_kr_trades(d).loc[lambda t: t["asset"] == "XETH", "refid"].nunique())),
                _KR_USES,
            ),
            Q(
                "total fees i paid in dollars",
                _scaled(lambda d: float(d.loc[d["asset"] == "ZUSD", "fee"].sum()), _MONEY),
                ("fee", "asset", "type"),
            ),
            Q(
                "how much usd have i deposited overall?",
                either(_scaled(_kr_deposits(True), _MONEY), _scaled(_kr_deposits(False), _MONEY)),
                ("type", "asset", "amount", "txid", "refid"),
            ),
            Q(
                "how much dot did i earn from staking",
                _about(lambda d: float(d.loc[(d["type"] == "staking"), "amount"].sum()), rel=0.005),
                ("type", "asset", "amount", "fee", "subtype"),
            ),
            Q(
                "which month did i trade the most?",
                _month_year(_kr_month),
                ("time", "type", "refid"),
            ),
        ],
    ),
    Dataset(
        "clio_time_entries_export",
        _clio_frame,
        [
            Q(
                "who logged the most hours?",
                _labels(_cl_top_user(False), _cl_top_user(True)),
                ("User", "Quantity", "Type", "Non-billable"),
            ),
            Q(
                "how much have we billed in total?",
                either(_scaled(_cl_billed(False), _MONEY), _scaled(_cl_billed(True), _MONEY)),
                ("Total", "Bill state", "Type"),
            ),
            Q(
                "which client has the most unbilled work?",
                _labels(*(lambda d, c=c, dr=dr: _top(_cl_unbilled(d, c, dr)) for c, dr in _CL_READINGS)),
                ("Client", "Matter", "Bill state", "Quantity", "Total", "Type"),
            ),
            Q(
                "how much is that worth?",
                either(*(_scaled(_cl_worth(c, dr), _MONEY) for c, dr in _CL_READINGS)),
                ("Client", "Matter", "Bill state", "Total", "Quantity", "Rate"),
            ),
            Q(
                "what's our average hourly rate",
                either(_about(_cl_rate(False), rel=0.005), _about(_cl_rate(True), rel=0.005)),
                ("Rate", "Type", "Quantity", "Total"),
            ),
            Q(
                "how many non-billable hours were there in 2023?",
                either(_about(_cl_nonbillable("hours"), rel=0.003), _count(_cl_nonbillable("entries"))),
                ("Non-billable", "Quantity", "Date", "Type"),
            ),
        ],
    ),
    Dataset(
        "tiktok_ads_campaign_report",
        _tiktok_frame,
        [
            Q(
                "how much did we spend altogether?",
                _scaled(lambda d: float(_tt(d)["Cost"].sum()), _MONEY),
                ("Cost", "By Day"),
            ),
            Q(
                "which campaign got the most conversions",
                _lead(_named(lambda d: _top(_tt(d).groupby("Campaign name")["Conversions"].sum()))),
                ("Campaign name", "Campaign ID", "Conversions"),
            ),
            Q(
                "and which one had the cheapest cost per conversion?",
                _labels(_tt_cheapest(True), _tt_cheapest(False)),
                _TT_USES,
            ),
            Q(
                "what's our overall click through rate?",
                either(_share(_tt_ctr(True)), _share(_tt_ctr(False))),
                ("Clicks (destination)", "Impressions", "CTR (destination)", "By Day"),
            ),
            Q(
                "which day did we spend the most?",
                _day(_tt_day),
                ("By Day", "Cost"),
            ),
            Q(
                "does spending more get us more clicks?",
                either(
                    _corr(lambda d: _tt(d)["Cost"], lambda d: _tt(d)["Clicks (destination)"]),
                    _corr(lambda d: _tt_daily(d)["Cost"], lambda d: _tt_daily(d)["Clicks (destination)"]),
                ),
                ("Cost", "Clicks (destination)", "By Day", "Campaign name"),
            ),
        ],
    ),
    Dataset(
        "cms_nursing_home_ratings",
        _nursing_frame,
        [
            Q(
                "how many nursing homes got 5 stars?",
                _count(lambda d: int((d["Overall Rating"] == 5).sum())),
                ("Overall Rating", "CMS Certification Number (CCN)", "Provider Name"),
            ),
            Q(
                "do for-profit homes rate worse than non-profits?",
                _about(_nh_ownership, rel=0.01),
                ("Ownership Type", "Overall Rating"),
            ),
            Q(
                "which state has the lowest average rating?",
                _lead(_named(lambda d: _top(d.groupby("State")["Overall Rating"].mean(), ascending=True), _NH_NAMES)),
                ("State", "Overall Rating"),
            ),
            Q(
                "is more nurse staffing linked to better ratings",
                _corr(
                    lambda d: d["Reported Total Nurse Staffing Hours per Resident per Day"],
                    lambda d: d["Overall Rating"],
                ),
                ("Reported Total Nurse Staffing Hours per Resident per Day", "Overall Rating", "Staffing Rating"),
            ),
            Q(
                "how much in fines did texas homes get in total?",
                _scaled(_nh_fines("TX"), _MONEY),
                ("State", "Total Amount of Fines in Dollars", "Number of Fines"),
            ),
            Q(
                "and florida?",
                _scaled(_nh_fines("FL"), _MONEY),
                ("State", "Total Amount of Fines in Dollars", "Number of Fines"),
            ),
        ],
    ),
    Dataset(
        "bls_oes_wages_by_occupation",
        _bls_frame,
        [
            Q(
                "how many occupations are in here?",
                either(
                    _count(lambda d: len(_oe_detailed(d))),
                    _count(lambda d: len(d)),
                    _count(lambda d: len(d) - 1),
                ),
                ("OCC_CODE", "OCC_TITLE", "O_GROUP"),
            ),
            Q(
                "which job pays the most on average?",
                _lead(_named(_oe_top_paid)),
                ("OCC_TITLE", "OCC_CODE", "A_MEAN", "H_MEAN", "O_GROUP"),
            ),
            Q(
                "median salary for software developers?",
                _scaled(_oe_value("A_MEDIAN"), (1e3,), rel=0.002),
                ("OCC_TITLE", "OCC_CODE", "A_MEDIAN"),
            ),
            Q(
                "and per hour?",
                has(_oe_value("H_MEDIAN"), rel=0.001),
                ("OCC_TITLE", "OCC_CODE", "H_MEDIAN"),
            ),
            Q(
                "which broad job category employs the most people?",
                _lead(_named(_oe_top_group)),
                ("OCC_TITLE", "OCC_CODE", "O_GROUP", "TOT_EMP"),
            ),
            Q(
                "how many jobs have a median pay over 100k",
                either(*(_count(_oe_over(r, t)) for r in ("detailed", "all") for t in (True, False))),
                ("OCC_TITLE", "OCC_CODE", "O_GROUP", "A_MEDIAN"),
            ),
        ],
    ),
    Dataset(
        "us_drought_monitor_by_state",
        _drought_frame,
        [
            Q(
                "which state had the most land in severe drought or worse, on average?",
                _lead(_named(_dm_worst_state, _DM_NAMES)),
                ("StateAbbreviation", "D2"),
            ),
            Q(
                "when was the biggest part of california in drought?",
                either(_dm_ca_peak("D1"), _dm_ca_peak("D0")),
                ("StateAbbreviation", "MapDate", "ValidStart", "ValidEnd", "D0", "D1"),
            ),
            Q(
                "how many weeks did texas have any exceptional drought",
                _count(lambda d: int(((d["StateAbbreviation"] == "TX") & (d["D4"] > 0)).sum())),
                ("StateAbbreviation", "MapDate", "ValidStart", "D4"),
            ),
            Q(
                "on average how much of colorado was in drought in 2022?",
                either(_about(_dm_co("D1", 2022), rel=0.005), _about(_dm_co("D0", 2022), rel=0.005)),
                ("StateAbbreviation", "MapDate", "ValidStart", "ValidEnd", "D0", "D1"),
            ),
            Q(
                "and 2023?",
                either(_about(_dm_co("D1", 2023), rel=0.005), _about(_dm_co("D0", 2023), rel=0.005)),
                ("StateAbbreviation", "MapDate", "ValidStart", "ValidEnd", "D0", "D1"),
            ),
            Q(
                "which year was the driest overall?",
                either(_year(_dm_year("D1")), _year(_dm_year("D0"))),
                ("MapDate", "ValidStart", "ValidEnd", "D0", "D1", "None"),
            ),
        ],
    ),
]
