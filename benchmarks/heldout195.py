"""HELDOUT195: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Last.fm scrobbles export as the
lastfm-to-csv tool writes it (2023, newest play first) with uts (unix seconds), utc_time ("31 Dec 2023, 23:41"),
artist, artist_mbid (a UUID, blank for some artists), album (blank for some plays), album_mbid (often blank), track
and track_mbid (mostly blank); an ecobee thermostat runtime report (5-minute rows, 22 Apr - 5 May 2024) with Date
("2024-04-22"), Time ("13:05:00"), "System Setting" (auto), "System Mode" (heatStage1On / compressorCoolStage1On /
heatOff / compressorCoolOff), "Calendar Event" (mostly blank), "Program Mode" (Home / Away / Sleep), "Cool Set Temp
(F)", "Heat Set Temp (F)", "Current Temp (F)", "Current Humidity (%RH)", "Outdoor Temp (F)", "Wind Speed (km/h)",
"Cool Stage 1 (sec)", "Heat Stage 1 (sec)", "Fan (sec)" and "DM Offset", with every sensor column blank on rows
where the thermostat was offline; an Octopus Energy smart meter consumption download (half-hourly, Feb - Apr 2024,
a few half hours missing) with "Consumption (kWh)", " Start" and " End" (names and values with a leading space,
"2024-04-01T00:00:00+01:00", the offset switching from +00:00 to +01:00 on 31 March); a Recharge subscriptions
export (2023-2024) with subscription_id, address_id, customer_id and customer_email (repeated for customers with
several subscriptions), created_at and updated_at ("2023-06-14T10:22:31"), next_charge_scheduled_at ("2025-01-09",
blank once cancelled), cancelled_at (blank while active), product_title, variant_title ("12oz / Whole Bean"),
recurring_price ("24.00"), quantity, status (ACTIVE / CANCELLED), charge_interval_frequency, order_interval_unit
(week / month), cancellation_reason (blank for some cancellations), cancellation_reason_comments and sku; NOAA's
HURDAT2 Atlantic best track flattened as Kaggle's atlantic.csv (2005-2014, one row per fix) with ID ("AL122005"),
Name (right-justified in 19 characters: "            KATRINA", "UNNAMED" for unnamed depressions), Date
(20050825, a number), Time (0, 600, 1200, 1800, and e.g. 2230 on landfall fixes), Event (" L" at landfall, blank
otherwise), Status (" HU", " TS", " TD", " EX", " LO" with a leading space), Latitude ("25.9N"), Longitude
("80.3W"), "Maximum Wind" (knots), "Minimum Pressure" (mb, -999 when not measured) and the twelve 34/50/64-knot wind
radii columns ("Low Wind NE" ... "High Wind NW", -999 when not analysed); CMS Dialysis Facility Compare's
DFC_FACILITY.csv (one row per facility) with "CMS Certification Number (CCN)" (six digits, text), Network, "Facility
Name", "Five Star Date", "Five Star" (1-5, blank when not rated), "Five Star Data Availability Code", "Address Line
1", City (upper case), State (two letters), Zip, County, "Phone Number", "Profit or Non-Profit" (Profit /
Non-Profit), "Chain Owned" (Yes / No), "Chain Organization" (DAVITA, FRESENIUS MEDICAL CARE, ..., Independent),
"# of Dialysis Stations", "Offers in-center hemodialysis" (Yes / No), "Offers peritoneal dialysis", "Mortality Rate
(Facility)" (blank when not available), "Patient Survival Category Text" and "Patient hospitalization category
text" (As Expected / Better than Expected / Worse than Expected / Not Available) and "Hospitalization Rate
(Facility)"; and Capital Bikeshare's monthly trip data (202405-capitalbikeshare-tripdata.csv, a sample of May 2024)
with ride_id (16 upper-case hex), rideable_type (classic_bike / electric_bike), started_at and ended_at ("2024-05-01
07:32:15", a few rides ending before they start, a few lasting over a day), start_station_name, start_station_id,
end_station_name, end_station_id (blank for many e-bike rides), start_lat, start_lng, end_lat, end_lng and
member_casual (member / casual). All are generated with fixed seeds 19501-19507.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _split, _text, _year
from .heldout173 import _top
from .heldout183 import _peak_month, _weekday
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _named_all(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in values(df):
            why = _named(lambda _d, v=v: v)(answer, df)
            if why:
                return why
        return None

    return check


def _hexid(rng: np.random.Generator, k: int, upper: bool = False) -> str:
    s = "".join(rng.choice(list("0123456789abcdef"), k))
    return s.upper() if upper else s


def _uuid(rng: np.random.Generator) -> str:
    h = _hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --- 1. Last.fm scrobbles export -----------------------------------------------------------------------------------

_LF_ARTISTS = {
    # artist: (weight, {album: [tracks]})
    "Phoebe Bridgers": (30, {"Punisher": ["Kyoto", "Garden Song", "Moon Song", "I Know the End", "Chinese Satellite"]}),
    "boygenius": (26, {"the record": ["Not Strong Enough", "Cool About It", "$20", "True Blue", "Satanist"]}),
    "Radiohead": (
        22,
        {
            "In Rainbows": ["Weird Fishes/Arpeggi", "Reckoner", "Nude", "House of Cards"],
            "OK Computer": ["Paranoid Android", "Karma Police", "No Surprises", "Let Down"],
            "Kid A": ["Everything in Its Right Place", "Idioteque", "How to Disappear Completely"],
        },
    ),
    "Mitski": (20, {"Be the Cowboy": ["Nobody", "Washing Machine Heart", "Geyser", "Two Slow Dancers"]}),
    "Fleetwood Mac": (14, {"Rumours": ["Dreams", "The Chain", "Go Your Own Way", "Songbird", "Gold Dust Woman"]}),
    "Kendrick Lamar": (
        13,
        {"DAMN.": ["HUMBLE.", "DNA.", "LOVE.", "ELEMENT."], "good kid, m.A.A.d city": ["m.A.A.d city"]},
    ),
    "Big Thief": (11, {"Dragon New Mountain I Believe in You": ["Simulation Swarm", "Change", "Spud Infinity"]}),
    "Caroline Polachek": (9, {"Desire, I Want to Turn Into You": ["Welcome to My Island", "Bunny Is a Rider"]}),
    "Japanese Breakfast": (8, {"Jubilee": ["Be Sweet", "Kokomo, IN", "Slide Tackle", "Savage Good Boy"]}),
    "The National": (
        7,
        {"First Two Pages of Frankenstein": ["Eucalyptus", "Tropic Morning News", "New Order T-Shirt"]},
    ),
    "Alvvays": (6, {"Blue Rev": ["Belinda Says", "Pharmacist", "After the Earthquake"]}),
    "Arctic Monkeys": (5, {"AM": ["Do I Wanna Know?", "R U Mine?", "Arabella"]}),
}
_LF_NO_MBID = {"boygenius", "Caroline Polachek"}
_LF_HOURS = np.array([2, 1, 1, 0.5, 0.3, 0.3, 1, 3, 5, 5, 4, 4, 5, 5, 4, 4, 5, 6, 6, 6, 6, 6, 5, 3], dtype=float)


def _lastfm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19501)
    artists = list(_LF_ARTISTS)
    w = np.array([_LF_ARTISTS[a][0] for a in artists], dtype=float)
    mbids = {a: ("" if a in _LF_NO_MBID else _uuid(rng)) for a in artists}
    album_mbids = {b: (_uuid(rng) if rng.random() < 0.6 else "") for a in artists for b in _LF_ARTISTS[a][1]}
    track_w = {
        a: {(b, t): float(rng.gamma(1.5, 1.0)) for b, ts in _LF_ARTISTS[a][1].items() for t in ts} for a in artists
    }
    month_w = np.array([0.8, 0.75, 0.9, 1.0, 1.05, 0.9, 1.0, 0.95, 1.1, 1.45, 1.2, 0.9])
    rows = []
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        for _ in range(int(rng.poisson(11.5 * month_w[day.month - 1] * (1.3 if day.dayofweek >= 5 else 1.0)))):
            a = artists[int(rng.choice(len(artists), p=w / w.sum()))]
            keys = list(track_w[a])
            tw = np.array(list(track_w[a].values()))
            album, track = keys[int(rng.choice(len(keys), p=tw / tw.sum()))]
            hour = int(rng.choice(24, p=_LF_HOURS / _LF_HOURS.sum()))
            t = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
            rows.append(
                {
                    "uts": int(t.timestamp()),
                    "utc_time": t.strftime("%d %b %Y, %H:%M"),
                    "artist": a,
                    "artist_mbid": mbids[a],
                    "album": "" if rng.random() < 0.06 else album,
                    "album_mbid": album_mbids[album],
                    "track": track,
                    "track_mbid": _uuid(rng) if rng.random() < 0.15 else "",
                }
            )
    return pd.DataFrame(rows).sort_values("uts", ascending=False, ignore_index=True)


def _lf_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["utc_time"]), format="%d %b %Y, %H:%M", errors="coerce")


def _lf_top_artist(d: pd.DataFrame) -> str:
    return _top(_text(d["artist"]).value_counts())


def _lf_top_song(d: pd.DataFrame) -> str:
    return _top(_text(d["track"])[_text(d["artist"]).eq(_lf_top_artist(d))].value_counts())


_LF_ID = ("uts", "utc_time")
_LASTFM_QS = [
    Q("how many plays are in here total", _count(lambda d: len(d)), _LF_ID),
    Q("who did i listen to the most", _lead(_named(_lf_top_artist)), ("artist", *_LF_ID)),
    Q("which of their songs did i play the most", _lead(_named(_lf_top_song)), ("artist", "track", *_LF_ID)),
    Q(
        "my top 5 songs overall?",
        _named_all(lambda d: list(_text(d["track"]).value_counts().index[:5])),
        ("track", "artist", *_LF_ID),
    ),
    Q(
        "what month did i listen to the most music",
        _lead(_month_year(lambda d: _peak_month(_lf_when(d)))),
        _LF_ID,
    ),
    Q(
        "how many plays don't have an album",
        either(
            _count(lambda d: int(_text(d["album"]).eq("").sum())),
            _share(lambda d: _text(d["album"]).eq("").mean()),
        ),
        ("album", *_LF_ID),
    ),
]


# --- 2. ecobee thermostat runtime report ---------------------------------------------------------------------------

_EB_SENSORS = [
    "Cool Set Temp (F)",
    "Heat Set Temp (F)",
    "Current Temp (F)",
    "Current Humidity (%RH)",
    "Outdoor Temp (F)",
    "Wind Speed (km/h)",
    "Cool Stage 1 (sec)",
    "Heat Stage 1 (sec)",
    "Fan (sec)",
]


def _ecobee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19502)
    stamps = pd.date_range("2024-04-22 00:00", "2024-05-05 23:55", freq="5min")
    day_mean = {d: 60 + 1.6 * i + rng.normal(0, 5) for i, d in enumerate(pd.date_range("2024-04-22", periods=14))}
    rows = []
    indoor = 69.0
    offline = set()
    for _ in range(5):
        start = int(rng.integers(0, len(stamps) - 12))
        offline.update(range(start, start + int(rng.integers(2, 10))))
    outdoor = 55.0
    for i, t in enumerate(stamps):
        hour = t.hour + t.minute / 60
        if t.minute % 15 == 0:
            outdoor = round(day_mean[t.normalize()] + 11 * np.sin((hour - 9) / 24 * 2 * np.pi) + rng.normal(0, 1.5))
        mode = "Sleep" if hour < 6 or hour >= 22 else ("Away" if t.dayofweek < 5 and 8.5 <= hour < 17 else "Home")
        heat_set = {"Sleep": 66.0, "Away": 62.0, "Home": 69.0}[mode]
        cool_set = {"Sleep": 74.0, "Away": 80.0, "Home": 75.0}[mode]
        heat = int(np.clip((heat_set - indoor) * 260 + (58 - outdoor) * 12 + rng.normal(0, 25), 0, 300))
        cool = int(np.clip((indoor - cool_set) * 260 + (outdoor - 78) * 14 + rng.normal(0, 25), 0, 300))
        heat = heat // 5 * 5 if heat > 20 else 0
        cool = cool // 5 * 5 if cool > 20 else 0
        indoor += (outdoor - indoor) * 0.004 + heat / 300 * 0.35 - cool / 300 * 0.35 + rng.normal(0, 0.05)
        row = {
            "Date": t.strftime("%Y-%m-%d"),
            "Time": t.strftime("%H:%M:%S"),
            "System Setting": "auto",
            "System Mode": "heatStage1On" if heat else ("compressorCoolStage1On" if cool else "compressorCoolOff"),
            "Calendar Event": "Smart Recovery" if mode == "Home" and 17 <= hour < 17.5 and t.dayofweek < 5 else "",
            "Program Mode": mode,
            "Cool Set Temp (F)": cool_set,
            "Heat Set Temp (F)": heat_set,
            "Current Temp (F)": round(indoor, 1),
            "Current Humidity (%RH)": int(np.clip(45 + (outdoor - 65) * 0.3 + rng.normal(0, 3), 25, 70)),
            "Outdoor Temp (F)": outdoor,
            "Wind Speed (km/h)": int(abs(rng.normal(10, 6))),
            "Cool Stage 1 (sec)": cool,
            "Heat Stage 1 (sec)": heat,
            "Fan (sec)": min(300, max(heat, cool) + (int(rng.integers(0, 60)) if heat or cool else 0)),
            "DM Offset": 0,
        }
        if i in offline:
            row |= {k: None for k in _EB_SENSORS} | {"System Mode": "", "DM Offset": None}
        rows.append(row)
    return pd.DataFrame(rows)


def _eb_day_cool(d: pd.DataFrame) -> pd.Series:
    return _n(d["Cool Stage 1 (sec)"]).groupby(_text(d["Date"])).sum()


_EB_ID = ("Date", "Time")
_EB_COOL = "Cool Stage 1 (sec)"
_EB_OUT = "Outdoor Temp (F)"
_ECOBEE_QS = [
    Q(
        "how many hours did the heating run in total",
        either(
            _about(lambda d: _n(d["Heat Stage 1 (sec)"]).sum() / 3600),
            _count(lambda d: _n(d["Heat Stage 1 (sec)"]).sum()),
        ),
        ("Heat Stage 1 (sec)", "System Mode", *_EB_ID),
    ),
    Q("whats the average temp inside", _about(lambda d: _n(d["Current Temp (F)"]).mean()), ("Current Temp (F)",)),
    Q(
        "which day did the ac run the longest",
        _lead(_day(lambda d: pd.Timestamp(_top(_eb_day_cool(d))))),
        (_EB_COOL, "System Mode", *_EB_ID),
    ),
    Q(
        "how long did it run that day, in hours",
        either(
            _about(lambda d: _eb_day_cool(d).max() / 3600),
            _about(lambda d: _eb_day_cool(d).max() / 60),
        ),
        (_EB_COOL, "System Mode", *_EB_ID),
    ),
    Q(
        "how many readings are missing the indoor temperature",
        _count(lambda d: int(_n(d["Current Temp (F)"]).isna().sum())),
        ("Current Temp (F)", *_EB_ID),
    ),
    Q(
        "does the outside temperature affect how much the ac runs",
        either(
            _corr(lambda d: _n(d[_EB_OUT]), lambda d: _n(d[_EB_COOL])),
            _corr(
                lambda d: _n(d[_EB_OUT]).groupby(_text(d["Date"])).mean(),
                lambda d: _n(d[_EB_COOL]).groupby(_text(d["Date"])).sum(),
            ),
        ),
        (_EB_OUT, _EB_COOL, *_EB_ID),
    ),
]


# --- 3. Octopus Energy consumption download ------------------------------------------------------------------------

_OC_KWH = "Consumption (kWh)"


def _octopus_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19503)
    starts = pd.date_range("2024-02-01", "2024-05-01", freq="30min", tz="Europe/London", inclusive="left")
    ev_days = {d for d in pd.date_range("2024-02-01", "2024-04-30") if rng.random() < 0.35}
    rows = []
    for t in starts:
        hour = t.hour + t.minute / 60
        base = 0.09 + 0.03 * rng.random()
        if 7 <= hour < 9:
            base += 0.25 * rng.random()
        if 17 <= hour < 21:
            base += 0.35 + 0.3 * rng.random()
        if t.dayofweek >= 5 and 10 <= hour < 16:
            base += 0.3 * rng.random()
        if t.month == 2:
            base *= 1.15
        if t.tz_localize(None).normalize() in ev_days and 0.5 <= hour < 4.5:
            base += 3.4
        if rng.random() < 0.003:
            continue
        end = t + pd.Timedelta(minutes=30)
        rows.append({_OC_KWH: round(base, 3), " Start": " " + t.isoformat(), " End": " " + end.isoformat()})
    return pd.DataFrame(rows)


def _oc_local(d: pd.DataFrame) -> pd.Series:
    """Local wall-clock start times (the offset dropped)."""
    return pd.to_datetime(_text(d[" Start"]).str.slice(0, 19), format="%Y-%m-%dT%H:%M:%S")


def _oc_utc(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d[" Start"]), utc=True).dt.tz_localize(None)


def _oc_daily(d: pd.DataFrame, utc: bool = False) -> pd.Series:
    when = _oc_utc(d) if utc else _oc_local(d)
    return _n(d[_OC_KWH]).groupby(when.dt.normalize()).sum()


def _oc_night(d: pd.DataFrame, last: str) -> float:
    clock = _oc_local(d).dt.strftime("%H:%M")
    return float(_n(d[_OC_KWH])[(clock >= "00:30") & (clock <= last)].sum())


def _oc_week(d: pd.DataFrame, weekend: bool, utc: bool = False) -> float:
    daily = _oc_daily(d, utc)
    return float(daily[(daily.index.dayofweek >= 5) == weekend].mean())


_OC_ID = (" Start", " End")
_OCTOPUS_QS = [
    Q("how much electricity did i use altogether", _about(lambda d: _n(d[_OC_KWH]).sum(), rel=0.003), (_OC_KWH,)),
    Q(
        "which day did i use the most",
        either(
            _lead(_day(lambda d: _top(_oc_daily(d)))),
            _lead(_day(lambda d: _top(_oc_daily(d, utc=True)))),
        ),
        (_OC_KWH, *_OC_ID),
    ),
    Q(
        "whats my average per day",
        either(_about(lambda d: _oc_daily(d).mean()), _about(lambda d: _oc_daily(d, utc=True).mean())),
        (_OC_KWH, *_OC_ID),
    ),
    Q(
        "how much of it was used overnight, between 00:30 and 04:30",
        either(
            _about(lambda d: _oc_night(d, "04:00"), rel=0.002),
            _about(lambda d: _oc_night(d, "04:30"), rel=0.002),
            _share(lambda d: _oc_night(d, "04:00") / _n(d[_OC_KWH]).sum()),
        ),
        (_OC_KWH, *_OC_ID),
    ),
    Q(
        "usage by month",
        _about(lambda d: _n(d[_OC_KWH]).groupby(_oc_local(d).dt.to_period("M")).sum().to_numpy(), rel=0.005),
        (_OC_KWH, *_OC_ID),
    ),
    Q(
        "do i use more per day on weekends or weekdays",
        either(
            both(_about(lambda d: _oc_week(d, True)), _about(lambda d: _oc_week(d, False))),
            both(_about(lambda d: _oc_week(d, True, True)), _about(lambda d: _oc_week(d, False, True))),
        ),
        (_OC_KWH, *_OC_ID),
    ),
]


# --- 4. Recharge subscriptions export -------------------------------------------------------------------------------

_RC_PRODUCTS = {
    # title: (weight, price, variants, sku)
    "House Blend Coffee Subscription": (34, 18.00, ["12oz / Whole Bean", "12oz / Ground", "2lb / Whole Bean"], "HB"),
    "Single Origin Explorer": (22, 24.00, ["12oz / Whole Bean", "12oz / Ground"], "SO"),
    "Espresso Roast Subscription": (18, 19.50, ["12oz / Whole Bean", "2lb / Whole Bean"], "ES"),
    "Decaf Night Owl": (10, 17.00, ["12oz / Ground", "12oz / Whole Bean"], "DC"),
    "Cold Brew Packs": (9, 22.00, ["6 pack", "12 pack"], "CB"),
    "Cafe Pods (Compostable)": (7, 15.00, ["20 count", "40 count"], "PD"),
}
_RC_REASONS = {
    "I already have more than I need": 30,
    "It's too expensive": 22,
    "I want a different product or variety": 14,
    "I'm not happy with the quality": 8,
    "Shipping took too long": 6,
    "This was created by accident": 4,
    "Other reason": 10,
    "": 6,
}
_RC_FIRST = ["emma", "liam", "olivia", "noah", "ava", "mia", "lucas", "sofia", "jack", "zoe", "maya", "ethan", "lily"]
_RC_LAST = ["smith", "nguyen", "garcia", "patel", "kim", "brown", "lopez", "miller", "chen", "wilson", "ross", "diaz"]
_RC_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"]


def _recharge_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19504)
    titles = list(_RC_PRODUCTS)
    pw = np.array([_RC_PRODUCTS[p][0] for p in titles], dtype=float)
    reasons = list(_RC_REASONS)
    rw = np.array(list(_RC_REASONS.values()), dtype=float)
    export = pd.Timestamp("2024-12-31 09:00:00")
    customers = []
    used = set()
    while len(customers) < 1250:
        email = f"{rng.choice(_RC_FIRST)}.{rng.choice(_RC_LAST)}{int(rng.integers(1, 999))}@{rng.choice(_RC_DOMAINS)}"
        if email not in used:
            used.add(email)
            customers.append((email, 81000000 + len(customers) * 37 + int(rng.integers(0, 30))))
    rows = []
    sid = 301500000
    for email, cid in customers:
        address = cid + 5_000_000
        for k in range(1 if rng.random() < 0.78 else int(rng.integers(2, 4))):
            span = (export - pd.Timestamp("2023-01-01")).total_seconds()
            created = pd.Timestamp("2023-01-01") + pd.Timedelta(seconds=float(rng.random() ** 0.8 * span))
            title = titles[int(rng.choice(len(titles), p=pw / pw.sum()))]
            _, price, variants, sku = _RC_PRODUCTS[title]
            variant = str(rng.choice(variants))
            price = price * (2.4 if variant.startswith("2lb") or variant.startswith("12 pack") else 1)
            price = price * (1.8 if variant == "40 count" else 1)
            unit = "week" if rng.random() < 0.25 else "month"
            freq = int(rng.choice([2, 4])) if unit == "week" else int(rng.choice([1, 2], p=[0.8, 0.2]))
            life_days = rng.exponential(260 if title != "Cafe Pods (Compostable)" else 160)
            cancel = created + pd.Timedelta(days=float(life_days))
            cancelled = cancel < export
            reason = str(reasons[int(rng.choice(len(reasons), p=rw / rw.sum()))]) if cancelled else ""
            updated = (
                cancel if cancelled else created + pd.Timedelta(days=float(rng.uniform(0, (export - created).days)))
            )
            nxt = export.normalize() + pd.Timedelta(
                days=int(rng.integers(1, 31 * freq if unit == "month" else 7 * freq))
            )
            rows.append(
                {
                    "subscription_id": sid,
                    "address_id": address,
                    "customer_id": cid,
                    "customer_email": email,
                    "created_at": created.strftime("%Y-%m-%dT%H:%M:%S"),
                    "updated_at": updated.strftime("%Y-%m-%dT%H:%M:%S"),
                    "next_charge_scheduled_at": "" if cancelled else nxt.strftime("%Y-%m-%d"),
                    "cancelled_at": cancel.strftime("%Y-%m-%dT%H:%M:%S") if cancelled else "",
                    "product_title": title,
                    "variant_title": variant,
                    "recurring_price": f"{price:.2f}",
                    "quantity": 1 if rng.random() < 0.9 else 2,
                    "status": "CANCELLED" if cancelled else "ACTIVE",
                    "charge_interval_frequency": freq,
                    "order_interval_unit": unit,
                    "cancellation_reason": reason,
                    "cancellation_reason_comments": "moving abroad" if reason == "Other reason" and k == 0 else "",
                    "sku": f"SUB-{sku}-{variant.split()[0].upper().replace('/', '')}",
                }
            )
            sid += int(rng.integers(1, 400))
    out = pd.DataFrame(rows)
    return out.sort_values("created_at", ignore_index=True)


def _rc_new(d: pd.DataFrame) -> pd.Series:
    return _text(d["created_at"]).str.startswith("2024")


_RC_ID = ("subscription_id", "customer_id", "customer_email")
_RECHARGE_QS = [
    Q(
        "how many active subscriptions do we have",
        _count(lambda d: int(_text(d["status"]).eq("ACTIVE").sum())),
        ("status", *_RC_ID),
    ),
    Q(
        "what % of subscriptions have been cancelled",
        _share(lambda d: _text(d["status"]).eq("CANCELLED").mean()),
        ("status", "cancelled_at", *_RC_ID),
    ),
    Q(
        "main reason people cancel?",
        _lead(_named(lambda d: _top(_text(d["cancellation_reason"]).replace("", pd.NA).dropna().value_counts()))),
        ("cancellation_reason", "status", *_RC_ID),
    ),
    Q(
        "how many customers have more than one subscription",
        _count(lambda d: int((_text(d["customer_email"]).value_counts() > 1).sum())),
        _RC_ID,
    ),
    Q(
        "how many subs were started in 2024",
        _count(lambda d: int(_rc_new(d).sum())),
        ("created_at", *_RC_ID),
    ),
    Q(
        "and how many of those have cancelled already",
        _count(lambda d: int((_rc_new(d) & _text(d["status"]).eq("CANCELLED")).sum())),
        ("created_at", "status", "cancelled_at", *_RC_ID),
    ),
]


# --- 5. HURDAT2 Atlantic best track (Kaggle atlantic.csv layout) -------------------------------------------------

_HU_NAMES = [
    _split("ALEX BONNIE COLIN DANIELLE EARL FIONA GASTON HERMINE IGOR JULIA KARL LISA MATTHEW NICOLE OTTO PAULA", " "),
    _split("ARLENE BRET CINDY DON EMILY FRANKLIN GERT HARVEY IRMA JOSE KATIA LEE MARIA NATE OPHELIA PHILIPPE", " "),
    _split(
        "ANDREA BARRY CHANTAL DORIAN ERIN FERNAND GABRIELLE HUMBERTO INGRID JERRY KAREN LORENZO MELISSA NESTOR", " "
    ),
]
_HU_RADII = [f"{lvl} Wind {q}" for lvl in ("Low", "Moderate", "High") for q in ("NE", "SE", "SW", "NW")]


def _hurdat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19505)
    rows = []
    for year in range(2005, 2015):
        n = int(rng.integers(9, 17)) + (7 if year == 2005 else 0) + (3 if year == 2012 else 0)
        names = _HU_NAMES[year % 3] + [f"{x}2" for x in _HU_NAMES[(year + 1) % 3]]
        named = 0
        offsets = np.sort(rng.integers(0, 160, n))
        for k in range(1, n + 1):
            peak = float(rng.gamma(3.2, 17)) + 25
            if year == 2005 and k == 12:
                peak = 160.0
            peak = min(peak, 140.0) if not (year == 2005 and k == 12) else peak
            if year == 2005 and k == 12:
                name = "WILMA"
            elif peak < 34:
                name = "UNNAMED"
            else:
                name = names[named].rstrip("2")
                named += 1
            fixes = int(rng.integers(8, 40))
            start = pd.Timestamp(year, 6, 1) + pd.Timedelta(days=int(offsets[k - 1]))
            lat, lon = float(rng.uniform(11, 27)), float(rng.uniform(-85, -35))
            land = int(rng.integers(3, fixes - 2)) if rng.random() < 0.35 else -1
            for f in range(fixes):
                t = start + pd.Timedelta(hours=6 * f)
                x = f / max(fixes - 1, 1)
                wind = int(round((25 + (peak - 25) * np.sin(np.pi * min(1.0, x * 1.25)) ** 1.5) / 5) * 5)
                wind = max(wind, 20)
                status = "TD" if wind < 34 else ("TS" if wind < 64 else "HU")
                if f == fixes - 1 and fixes > 15 and rng.random() < 0.5:
                    status = "EX"
                elif f >= fixes - 2 and wind < 30:
                    status = "LO"
                lat += float(rng.normal(0.45, 0.2))
                lon += float(rng.normal(-0.4 if lat < 28 else 0.6, 0.3))
                pres = round(float(1012 - (wind - 20) * 0.95 + rng.normal(0, 2)))
                if (f < 2 and rng.random() < 0.5) or rng.random() < 0.03:
                    pres = -999
                stamps = [(t, "")]
                if f == land:
                    stamps.append((t + pd.Timedelta(hours=int(rng.integers(1, 5)), minutes=30), "L"))
                for when, event in stamps:
                    radii = {}
                    for c, thr in zip(_HU_RADII, [34] * 4 + [50] * 4 + [64] * 4, strict=True):
                        radii[c] = int(max(0, (wind - thr) * 2.2 + rng.normal(0, 6))) // 5 * 5 if wind >= thr else 0
                    rows.append(
                        {
                            "ID": f"AL{k:02d}{year}",
                            "Name": name.rjust(19),
                            "Date": int(when.strftime("%Y%m%d")),
                            "Time": int(when.strftime("%H%M")),
                            "Event": f" {event}" if event else " ",
                            "Status": f" {status}",
                            "Latitude": f"{lat:.1f}N",
                            "Longitude": f"{abs(lon):.1f}W",
                            "Maximum Wind": wind,
                            "Minimum Pressure": pres,
                            **radii,
                        }
                    )
    return pd.DataFrame(rows)


def _hu_strongest(d: pd.DataFrame) -> str:
    return _text(d["Name"])[_n(d["Maximum Wind"]).idxmax()]


def _hu_year(d: pd.DataFrame) -> int:
    per = d.groupby(_n(d["Date"]) // 10000)["ID"].nunique()
    return int(per.idxmax())


_HU_ID = ("ID", "Name", "Date", "Time")
_HURDAT_QS = [
    Q("how many storms are in this", _count(lambda d: d["ID"].nunique()), _HU_ID),
    Q("which one had the strongest winds", _lead(_named(_hu_strongest)), ("Maximum Wind", *_HU_ID)),
    Q(
        "how many of the storms became hurricanes",
        _count(lambda d: d.loc[_text(d["Status"]).eq("HU"), "ID"].nunique()),
        ("Status", "Maximum Wind", *_HU_ID),
    ),
    Q("which year had the most storms", _lead(_year(_hu_year)), _HU_ID),
    Q(
        "what's the lowest pressure recorded",
        _about(lambda d: _n(d["Minimum Pressure"]).where(_n(d["Minimum Pressure"]) > 0).min()),
        ("Minimum Pressure", *_HU_ID),
    ),
    Q(
        "how many landfalls are there",
        either(
            _count(lambda d: int(_text(d["Event"]).eq("L").sum())),
            _count(lambda d: d.loc[_text(d["Event"]).eq("L"), "ID"].nunique()),
        ),
        ("Event", *_HU_ID),
    ),
]


# --- 6. CMS Dialysis Facility Compare (DFC_FACILITY.csv) ------------------------------------------------------------

_DF_STATES = {
    # state: (weight, network, cities)
    "TX": (14, 14, ["HOUSTON", "DALLAS", "SAN ANTONIO", "EL PASO", "AUSTIN", "MCALLEN"]),
    "CA": (14, 17, ["LOS ANGELES", "SAN DIEGO", "FRESNO", "SACRAMENTO", "OAKLAND"]),
    "FL": (10, 7, ["MIAMI", "ORLANDO", "TAMPA", "JACKSONVILLE"]),
    "GA": (6, 6, ["ATLANTA", "SAVANNAH", "MACON"]),
    "NY": (7, 2, ["BRONX", "BROOKLYN", "BUFFALO", "ROCHESTER"]),
    "OH": (6, 9, ["COLUMBUS", "CLEVELAND", "CINCINNATI"]),
    "IL": (6, 10, ["CHICAGO", "PEORIA", "SPRINGFIELD"]),
    "PA": (6, 4, ["PHILADELPHIA", "PITTSBURGH", "ALLENTOWN"]),
    "NC": (5, 6, ["CHARLOTTE", "RALEIGH", "DURHAM"]),
    "MI": (4, 11, ["DETROIT", "GRAND RAPIDS", "FLINT"]),
    "LA": (4, 13, ["NEW ORLEANS", "BATON ROUGE", "SHREVEPORT"]),
    "AZ": (3, 15, ["PHOENIX", "TUCSON", "MESA"]),
    "VT": (0.3, 1, ["BURLINGTON", "RUTLAND"]),
    "WY": (0.3, 15, ["CHEYENNE", "CASPER"]),
}
_DF_CHAINS = {
    # chain: (weight, non-profit share, star mean)
    "DAVITA": (36, 0.0, 3.3),
    "FRESENIUS MEDICAL CARE": (33, 0.0, 3.2),
    "U.S. RENAL CARE, INC.": (8, 0.0, 2.9),
    "AMERICAN RENAL ASSOCIATES": (3, 0.0, 3.0),
    "DIALYSIS CLINIC, INC.": (4, 1.0, 3.9),
    "SATELLITE HEALTHCARE": (2, 1.0, 3.7),
    "Independent": (12, 0.45, 3.1),
    "INNOVATIVE RENAL CARE": (2, 0.0, 2.8),
}
_DF_CATS = ["As Expected", "Better than Expected", "Worse than Expected", "Not Available"]


def _dialysis_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19506)
    states = list(_DF_STATES)
    sw = np.array([_DF_STATES[s][0] for s in states], dtype=float)
    chains = list(_DF_CHAINS)
    cw = np.array([_DF_CHAINS[c][0] for c in chains], dtype=float)
    rows = []
    ccns: set[str] = set()
    for _ in range(2300):
        st = states[int(rng.choice(len(states), p=sw / sw.sum()))]
        _, network, cities = _DF_STATES[st]
        chain = chains[int(rng.choice(len(chains), p=cw / cw.sum()))]
        _, np_share, star_mean = _DF_CHAINS[chain]
        nonprofit = rng.random() < np_share
        ccn = f"{int(rng.integers(1, 99)):02d}{int(rng.integers(2300, 2999)):04d}"
        while ccn in ccns:
            ccn = f"{int(rng.integers(1, 99)):02d}{int(rng.integers(2300, 2999)):04d}"
        ccns.add(ccn)
        rated = rng.random() > 0.09
        star = int(np.clip(round(rng.normal(star_mean, 1.1)), 1, 5))
        stations = int(np.clip(rng.gamma(5, 3.6), 3, 48))
        mort_ok = rng.random() > 0.07
        mort = round(float(np.clip(rng.normal(20.5 - (star - 3) * 1.5, 3.5), 7, 40)), 1)
        mort_cat = (
            "Not Available"
            if not mort_ok
            else ("Worse than Expected" if mort > 27 else ("Better than Expected" if mort < 14 else "As Expected"))
        )
        hosp_ok = rng.random() > 0.08
        hosp = round(float(np.clip(rng.normal(1.15, 0.25), 0.3, 2.4)), 2)
        hosp_cat = "Not Available" if not hosp_ok else str(rng.choice(_DF_CATS[:3], p=[0.88, 0.05, 0.07]))
        name_city = str(rng.choice(cities))
        brand = {"DAVITA": "DAVITA", "FRESENIUS MEDICAL CARE": "FRESENIUS KIDNEY CARE"}.get(chain, "")
        rows.append(
            {
                "CMS Certification Number (CCN)": ccn,
                "Network": network,
                "Facility Name": f"{brand or rng.choice(['REGIONAL', 'COMMUNITY', 'METRO'])} {name_city} "
                f"{rng.choice(['DIALYSIS', 'KIDNEY CENTER', 'DIALYSIS CENTER'])}".strip(),
                "Five Star Date": "01/01/2019-12/31/2022",
                "Five Star": star if rated else None,
                "Five Star Data Availability Code": "001" if rated else "258",
                "Address Line 1": f"{int(rng.integers(10, 9999))} {rng.choice(['MAIN ST', 'OAK AVE', 'MEDICAL PKWY'])}",
                "City": name_city,
                "State": st,
                "Zip": f"{int(rng.integers(10000, 99999)):05d}",
                "County": f"{name_city.title()} County",
                "Phone Number": f"({int(rng.integers(201, 989))}) {int(rng.integers(200, 999))}-"
                f"{int(rng.integers(1000, 9999))}",
                "Profit or Non-Profit": "Non-Profit" if nonprofit else "Profit",
                "Chain Owned": "No" if chain == "Independent" else "Yes",
                "Chain Organization": chain,
                "# of Dialysis Stations": stations,
                "Offers in-center hemodialysis": "Yes" if rng.random() < 0.96 else "No",
                "Offers peritoneal dialysis": "Yes" if rng.random() < 0.55 else "No",
                "Mortality Rate (Facility)": mort if mort_ok else None,
                "Patient Survival Category Text": mort_cat,
                "Hospitalization Rate (Facility)": hosp if hosp_ok else None,
                "Patient hospitalization category text": hosp_cat,
            }
        )
    return pd.DataFrame(rows)


def _df_top_chain(d: pd.DataFrame) -> str:
    return _top(_text(d["Chain Organization"]).value_counts())


def _df_stars(d: pd.DataFrame, col: str, value: str) -> float:
    return float(_n(d["Five Star"])[_text(d[col]).eq(value)].mean())


def _df_worse(d: pd.DataFrame, drop_na: bool) -> float:
    cat = _text(d["Patient Survival Category Text"])
    if drop_na:
        cat = cat[cat.ne("Not Available")]
    return float(cat.eq("Worse than Expected").mean())


_DF_ID = ("CMS Certification Number (CCN)", "Facility Name")
_DF_STATIONS = "# of Dialysis Stations"
_DIALYSIS_QS = [
    Q(
        "how many dialysis centers are in texas",
        _count(lambda d: int(_text(d["State"]).eq("TX").sum())),
        ("State", *_DF_ID),
    ),
    Q(
        "which company runs the most of them",
        _lead(_named(_df_top_chain)),
        ("Chain Organization", "Chain Owned", *_DF_ID),
    ),
    Q(
        "what's their average star rating",
        _about(lambda d: _df_stars(d, "Chain Organization", _df_top_chain(d))),
        ("Chain Organization", "Five Star", *_DF_ID),
    ),
    Q(
        "avg rating for for-profit vs non-profit places",
        both(
            _about(lambda d: _df_stars(d, "Profit or Non-Profit", "Profit")),
            _about(lambda d: _df_stars(d, "Profit or Non-Profit", "Non-Profit")),
        ),
        ("Profit or Non-Profit", "Five Star", *_DF_ID),
    ),
    Q(
        "what percent of facilities have worse than expected survival",
        either(_share(lambda d: _df_worse(d, False)), _share(lambda d: _df_worse(d, True))),
        ("Patient Survival Category Text", "Mortality Rate (Facility)", *_DF_ID),
    ),
    Q(
        "which state has the most dialysis stations in total",
        _lead(_named(lambda d: _top(_n(d[_DF_STATIONS]).groupby(_text(d["State"])).sum()))),
        (_DF_STATIONS, "State", *_DF_ID),
    ),
]


# --- 7. Capital Bikeshare monthly trip data ------------------------------------------------------------------------

_CB_STATIONS = {
    # name: (id, lat, lng, weight)
    "Columbus Circle / Union Station": ("31623", 38.89696, -77.00493, 30),
    "New Hampshire Ave & T St NW": ("31229", 38.91554, -77.03818, 22),
    "Lincoln Memorial": ("31258", 38.888255, -77.049426, 20),
    "15th & P St NW": ("31201", 38.909801, -77.034427, 19),
    "Jefferson Dr & 14th St SW": ("31247", 38.888553, -77.032429, 18),
    "14th & V St NW": ("31101", 38.917931, -77.032112, 17),
    "Massachusetts Ave & Dupont Circle NW": ("31200", 38.910100, -77.044400, 17),
    "1st & M St NE": ("31603", 38.905697, -77.005483, 14),
    "Eastern Market Metro / Pennsylvania Ave & 8th St SE": ("31613", 38.884, -76.995397, 12),
    "Henry Bacon Dr & Lincoln Memorial Circle NW": ("31289", 38.890539, -77.049383, 12),
    "4th St & Madison Dr NW": ("31288", 38.890496, -77.017246, 11),
    "Smithsonian-National Mall / Jefferson Dr & 12th St SW": ("31248", 38.888774, -77.028694, 11),
    "Georgetown Harbor / 30th St NW": ("31215", 38.902314, -77.059819, 10),
    "Adams Mill & Columbia Rd NW": ("31104", 38.922925, -77.042581, 9),
    "Crystal City Metro / 18th St & S Bell St": ("31007", 38.857866, -77.05949, 7),
    "Wilson Blvd & N Uhle St": ("31017", 38.891696, -77.08472, 5),
}


def _bikeshare_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19507)
    names = list(_CB_STATIONS)
    w = np.array([_CB_STATIONS[s][3] for s in names], dtype=float)
    days = pd.date_range("2024-05-01", "2024-05-31")
    dw = np.array([1.6 if d.dayofweek == 5 else (1.3 if d.dayofweek == 6 else 1.0) for d in days])
    dw[[12, 13]] *= 0.5  # rainy days
    rows = []
    for _ in range(4800):
        day = days[int(rng.choice(len(days), p=dw / dw.sum()))]
        member = rng.random() < (0.5 if day.dayofweek >= 5 else 0.7)
        ebike = rng.random() < 0.42
        hour = float(rng.choice([8, 12, 17, 14]) + rng.normal(0, 2.2)) % 24
        start = day + pd.Timedelta(seconds=int(hour * 3600))
        minutes = float(rng.lognormal(np.log(10 if member else 17), 0.65)) * (0.8 if ebike else 1.0)
        if rng.random() < 0.004:
            minutes = float(rng.uniform(1500, 3000))
        if rng.random() < 0.001:
            minutes = -float(rng.uniform(0.2, 3))
        end = start + pd.Timedelta(seconds=int(minutes * 60))
        a = names[int(rng.choice(len(names), p=w / w.sum()))]
        b = names[int(rng.choice(len(names), p=w / w.sum()))]
        row = {
            "ride_id": _hexid(rng, 16, upper=True),
            "rideable_type": "electric_bike" if ebike else "classic_bike",
            "started_at": start.strftime("%Y-%m-%d %H:%M:%S"),
            "ended_at": end.strftime("%Y-%m-%d %H:%M:%S"),
            "start_station_name": a,
            "start_station_id": _CB_STATIONS[a][0],
            "end_station_name": b,
            "end_station_id": _CB_STATIONS[b][0],
            "start_lat": _CB_STATIONS[a][1],
            "start_lng": _CB_STATIONS[a][2],
            "end_lat": _CB_STATIONS[b][1],
            "end_lng": _CB_STATIONS[b][2],
            "member_casual": "member" if member else "casual",
        }
        if ebike and rng.random() < 0.35:
            row |= {"start_station_name": "", "start_station_id": ""}
            row |= {"start_lat": round(row["start_lat"] + rng.normal(0, 0.01), 2)}
            row |= {"start_lng": round(row["start_lng"] + rng.normal(0, 0.01), 2)}
        if ebike and rng.random() < 0.35:
            row |= {"end_station_name": "", "end_station_id": "", "end_lat": round(row["end_lat"], 2)}
            row |= {"end_lng": round(row["end_lng"], 2)}
        rows.append(row)
    return pd.DataFrame(rows).sort_values("started_at", ignore_index=True)


def _cb_minutes(d: pd.DataFrame) -> pd.Series:
    start = pd.to_datetime(_text(d["started_at"]), format="%Y-%m-%d %H:%M:%S")
    end = pd.to_datetime(_text(d["ended_at"]), format="%Y-%m-%d %H:%M:%S")
    return (end - start).dt.total_seconds() / 60


def _cb_by(d: pd.DataFrame, who: str, how: str) -> float:
    return float(_cb_minutes(d)[_text(d["member_casual"]).eq(who)].agg(how))


_CB_ID = ("ride_id", "started_at")
_CB_TIMES = ("started_at", "ended_at", "ride_id")
_BIKESHARE_QS = [
    Q(
        "how many rides were by members vs casual riders",
        both(
            _count(lambda d: int(_text(d["member_casual"]).eq("member").sum())),
            _count(lambda d: int(_text(d["member_casual"]).eq("casual").sum())),
        ),
        ("member_casual", *_CB_ID),
    ),
    Q(
        "average trip length in minutes?",
        either(_about(lambda d: _cb_minutes(d).mean()), _about(lambda d: _cb_minutes(d).median())),
        _CB_TIMES,
    ),
    Q(
        "most popular station to start from",
        _lead(_named(lambda d: _top(_text(d["start_station_name"]).replace("", pd.NA).dropna().value_counts()))),
        ("start_station_name", "start_station_id", *_CB_ID),
    ),
    Q(
        "what fraction of rides were on e-bikes",
        _share(lambda d: _text(d["rideable_type"]).eq("electric_bike").mean()),
        ("rideable_type", *_CB_ID),
    ),
    Q(
        "busiest day of the week?",
        _lead(_weekday(lambda d: int(pd.to_datetime(_text(d["started_at"])).dt.dayofweek.value_counts().idxmax()))),
        _CB_ID,
    ),
    Q(
        "do casual riders take longer trips than members",
        either(
            both(_about(lambda d: _cb_by(d, "casual", "mean")), _about(lambda d: _cb_by(d, "member", "mean"))),
            both(_about(lambda d: _cb_by(d, "casual", "median")), _about(lambda d: _cb_by(d, "member", "median"))),
        ),
        ("member_casual", *_CB_TIMES),
    ),
]


HELDOUT195: list[Dataset] = [
    Dataset("lastfm_scrobbles_csv_export", _lastfm_frame, _LASTFM_QS),
    Dataset("ecobee_runtime_report", _ecobee_frame, _ECOBEE_QS),
    Dataset("octopus_energy_consumption", _octopus_frame, _OCTOPUS_QS),
    Dataset("recharge_subscriptions_export", _recharge_frame, _RECHARGE_QS),
    Dataset("hurdat2_atlantic_kaggle_layout", _hurdat_frame, _HURDAT_QS),
    Dataset("cms_dialysis_facility_compare", _dialysis_frame, _DIALYSIS_QS),
    Dataset("capital_bikeshare_tripdata", _bikeshare_frame, _BIKESHARE_QS),
]
