"""HELDOUT225: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of public files an analyst is likely to bring along. A Citymapper Club trip-history
download (one row per trip, January 2023 to June 2024) with "14/03/2024" day-first dates, "08:12" start times,
From / To place names, Mode (Bus, Tube, Rail, Walk, Cycle, E-scooter, Ride), Route ("Central line", "73",
"Thameslink", "Santander Cycles", "Lime", "Uber", blank for walks), "Duration (min)" (a few blank for trips that
were abandoned), "Distance (km)", "Fare (£)" (blank when a Travelcard month or a free mode covers it), Calories (0
for motorised modes), "CO2 Saved (kg)" and Rain Yes / No (fewer walks and rides on a bike on rainy days). A Docker
Hub organization usage export for May 2024 (one row per hour, repository, tag, action, client type, user agent and
country) with datehour as "2024-05-07 14:00:00", namespace "acmecorp", repository (api, web, worker, base-image,
cli), reference tags (latest, 1.4.2, 1.4, alpine, 1.3.9, 2.0.0-rc1), action pull / manifest / version_check, type
(Docker Desktop, Docker CLI, containerd, CI/Automated, Other), user_agent strings ("docker/24.0.6",
"containerd/1.6.21", "Go-http-client/1.1", "skopeo/1.13.3", some blank), ISO2 country (some blank) and pulls
counts (CI rows large, busier on weekdays and in European / US office hours). A Kibana Discover CSV report of nginx
access logs shipped by Filebeat (1-14 November 2026, newest first as Discover sorts) with @timestamp as
"Nov 3, 2026 @ 14:02:11.532", host.name web-01 ... web-03, http.request.method, url.path (pages, API routes,
static files and scanner probes such as "/wp-login.php" and "/.env"), http.response.status_code (200, 301, 304,
403, 404, 500, 502), http.response.body.bytes written with thousands commas by Kibana's formatter and "-" where
empty (304s and HEADs), event.duration in nanoseconds, source.ip, source.geo.country_iso_code ("-" for private
10.x addresses), user_agent.name (Chrome, Safari, Firefox, Edge, curl, Googlebot, Other) and user_agent.os.name.
NOAA's AWOIS / ENC wrecks and obstructions extract with RECRD ids, upper-case VESSLTERMS (often "UNKNOWN", a few
blank), FEATURE_TYPE ("Wrecks - Visible", "Wrecks - Submerged, dangerous", "Wrecks - Submerged, nondangerous",
"Obstruction"), five-digit CHART numbers, LATDEC / LONDEC, GP_QUALITY High / Medium / Low / Poor, DEPTH in feet
(often blank, 0 for visible wrecks), SOUNDING_TYPE ("found by echo-sounder", "found by diver", ..., often blank),
YEARSUNK (mostly blank, a bulge in the 1940s), upper-case HISTORY notes with commas, QUASOU ("depth known", "least
depth known", "depth unknown"), WATLEV (always dry, covers and uncovers, always under water/submerged, awash) and
two-letter STATE. Berkeley Lab's Tracking the Sun installation file (2015-2022) with data_provider, system_ID,
installation_date as "2019-07-23", system_size_DC in kW, total_installed_price and rebate_or_grant in dollars with -1
for missing, customer_segment (RES, COM, NON-RES, SCHOOL, GOV), 0 / 1 / -1 flags (expansion_system, new_construction,
tracking, ground_mounted, third_party_owned: third-party systems often have no price), zip_code, city, state,
utility_service_territory, installer_name / module_manufacturer_1 / inverter_manufacturer_1 with "-1" for unknown,
module_quantity_1 (-1 when unknown), battery_storage 0 / 1 and battery_rated_capacity_kWh (-1 when none, and -1 for
some systems that do have a battery). A Tinder data export's "Usage" section flattened to one row per day (June 2020
to February 2023) with Date as "2020-06-01", App Opens, Swipe Likes, Swipe Passes, Superlikes, Matches, Messages
Sent and Messages Received, with stretches of all-zero days while the app was deleted. And Recreation.gov's
historical reservations (RIDB fiscal-year file, orders October 2021 to September 2022) with OrderNumber
("0123456789-1" style, a few repeated for multi-site orders), Agency (NPS, USFS, BLM, USACE, FWS), OrgID, ParkName,
upper-case SiteType, UseType Overnight / Day, FacilityState, CustomerZIP (ZIP+4, Canadian postcodes and blanks),
CustomerCountry (USA, CAN, a few others, some blank), TotalPaid (0 for cancelled-and-refunded rows), OrderDate as
"2022-03-14T18:22:05Z", StartDate / EndDate as "2022-06-10", NumberOfPeople (blank sometimes) and
EquipmentDescription (Tent, RV/Motorhome, Trailer, Car, Pickup Camper, blank for timed entry and cabins). All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _lead, _named, _share, _year
from .heldout223 import _hour
from .offline_eval import Check, Dataset, Q, either, has, month_names, month_year
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6, 1e9)


# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    """A column as numbers ("-", "N/A", blanks read as missing; thousands commas dropped)."""
    return pd.to_numeric(df[col].astype("string").str.replace(",", "").str.strip(), errors="coerce")


def _str(df: pd.DataFrame, col: str) -> pd.Series:
    """A text column stripped, blanks as empty strings."""
    return df[col].astype("string").fillna("").str.strip()


def _month(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("July", "Jul") or as "month 7"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b|\bmonth\s+{m}\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


def _w(rng: np.random.Generator, table: dict[str, float]) -> str:
    return str(_one(rng, list(table), list(table.values())))


# --- 1. Citymapper Club trip history -------------------------------------------------------------------------------

_CM_PLACES = ["Home", "Work", "King's Cross", "Brixton", "Shoreditch", "Camden Town", "Canary Wharf", "Gym"]
_CM_PLACES += ["Hackney Central", "Waterloo", "Borough Market", "Clapham Common", "Stratford", "Angel"]
_CM_MODES = {"Bus": 22, "Tube": 30, "Rail": 9, "Walk": 20, "Cycle": 10, "E-scooter": 4, "Ride": 5}
_CM_ROUTES = {
    "Bus": ["73", "38", "149", "25", "N29", "243"],
    "Tube": ["Central line", "Victoria line", "Northern line", "Jubilee line", "Piccadilly line"],
    "Rail": ["Thameslink", "Elizabeth line", "Overground", "Southern"],
    "Walk": [""],
    "Cycle": ["Santander Cycles", ""],
    "E-scooter": ["Lime"],
    "Ride": ["Uber", "Bolt"],
}
_CM_KM = {"Bus": 4.0, "Tube": 7.0, "Rail": 11.0, "Walk": 1.3, "Cycle": 4.5, "E-scooter": 3.0, "Ride": 6.5}
_CM_KMH = {"Bus": 11, "Tube": 24, "Rail": 33, "Walk": 4.8, "Cycle": 15, "E-scooter": 14, "Ride": 19}
_CM_CO2 = {"Bus": 0.09, "Tube": 0.14, "Rail": 0.13, "Walk": 0.17, "Cycle": 0.17, "E-scooter": 0.15, "Ride": 0.0}


def _citymapper_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22501)
    rows = []
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    pass_months = {(2023, 3), (2023, 4), (2023, 10), (2023, 11), (2024, 1), (2024, 2)}
    for d in days:
        weekend = d.dayofweek >= 5
        rain = rng.random() < (0.42 if d.month in (1, 2, 10, 11, 12) else 0.28)
        n = int(rng.poisson(1.4 if weekend else 2.7))
        on_pass = (d.year, d.month) in pass_months
        for _ in range(n):
            weights = dict(_CM_MODES)
            if rain:
                weights |= {"Walk": 9, "Cycle": 3, "E-scooter": 1, "Ride": 9, "Bus": 27}
            mode = _w(rng, weights)
            km = round(float(_CM_KM[mode] * rng.lognormal(0, 0.45)), 1)
            km = max(km, 0.2)
            minutes = km / _CM_KMH[mode] * 60 + (rng.uniform(2, 9) if mode in ("Bus", "Tube", "Rail") else 1)
            duration: float = round(float(minutes * rng.uniform(0.9, 1.25)))
            if rng.random() < 0.012:
                duration = np.nan
            hour = int(_one(rng, [7, 8, 9, 12, 13, 17, 18, 19, 20, 22], [5, 9, 4, 3, 2, 6, 8, 4, 3, 2]))
            peak = not weekend and hour in (7, 8, 9, 17, 18)
            fare: float = np.nan
            if mode == "Tube" and not on_pass:
                fare = 3.40 if peak else 2.80
            elif mode == "Bus" and not on_pass:
                fare = 1.75
            elif mode == "Rail":
                fare = round(float(4.5 + km * rng.uniform(0.3, 0.6)), 2)
            elif mode == "Cycle" and rng.random() < 0.6:
                fare = 1.65
            elif mode == "E-scooter":
                fare = round(1.0 + 0.25 * duration if duration == duration else 4.0, 2)
            elif mode == "Ride":
                fare = round(float(6 + km * rng.uniform(1.6, 2.6) + (5 if rain else 0)), 2)
            cal = int(km * (62 if mode == "Walk" else 34)) if mode in ("Walk", "Cycle") else 0
            a, b = rng.choice(_CM_PLACES, size=2, replace=False)
            rows.append(
                {
                    "Date": f"{d:%d/%m/%Y}",
                    "Start Time": f"{hour:02d}:{int(rng.integers(0, 60)):02d}",
                    "From": str(a),
                    "To": str(b),
                    "Mode": mode,
                    "Route": _one(rng, _CM_ROUTES[mode]),
                    "Duration (min)": duration,
                    "Distance (km)": km,
                    "Fare (£)": fare,
                    "Calories": cal,
                    "CO2 Saved (kg)": round(km * _CM_CO2[mode], 2),
                    "Rain": "Yes" if rain else "No",
                }
            )
    return pd.DataFrame(rows).replace("", np.nan)


def _cm_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%d/%m/%Y")


def _cm_top_month(df: pd.DataFrame) -> pd.Timestamp:
    spend = _num(df, "Fare (£)").groupby(_cm_dates(df).dt.to_period("M")).sum()
    return spend.idxmax().to_timestamp()


def _cm_mode_means(df: pd.DataFrame) -> Any:
    return _num(df, "Duration (min)").groupby(df["Mode"]).mean().to_numpy()


_CM_QS = [
    Q("how many trips did i take on the tube", _count(lambda df: int((df["Mode"] == "Tube").sum())), ("Mode",)),
    Q("and by bus?", _count(lambda df: int((df["Mode"] == "Bus").sum())), ("Mode",)),
    Q(
        "how much have i spent on fares altogether",
        _scaled(lambda df: _num(df, "Fare (£)").sum(), (1e3,), rel=0.002),
        ("Fare (£)",),
    ),
    Q("which month did i spend the most", month_year(_cm_top_month), ("Fare (£)", "Date")),
    Q(
        "avg trip length in minutes for each way of travelling",
        has(_cm_mode_means, rel=0.01),
        ("Duration (min)", "Mode"),
    ),
    Q(
        "do longer distances mean longer trips? like is there a correlation",
        _corr(lambda df: _num(df, "Distance (km)"), lambda df: _num(df, "Duration (min)")),
        ("Distance (km)", "Duration (min)"),
    ),
]


# --- 2. Docker Hub organization usage export -----------------------------------------------------------------------

_DH_REPOS = {"api": 28, "web": 20, "worker": 14, "base-image": 30, "cli": 8}
_DH_TAGS = {"latest": 40, "1.4.2": 18, "1.4": 12, "alpine": 14, "1.3.9": 10, "2.0.0-rc1": 6}
_DH_TYPES = {"Docker Desktop": 18, "Docker CLI": 22, "containerd": 20, "CI/Automated": 30, "Other": 10}
_DH_AGENTS = {
    "Docker Desktop": ["docker/24.0.6", "docker/25.0.3", "docker/24.0.7"],
    "Docker CLI": ["docker/24.0.7", "docker/20.10.21", "docker/26.0.0"],
    "containerd": ["containerd/1.6.21", "containerd/1.7.2", "containerd/1.7.13"],
    "CI/Automated": ["Go-http-client/1.1", "docker/24.0.5", "buildkit/v0.12"],
    "Other": ["skopeo/1.13.3", "python-requests/2.31.0", ""],
}
_DH_COUNTRIES = {"US": 30, "DE": 12, "GB": 9, "IN": 10, "FR": 6, "NL": 6, "JP": 4, "CA": 5, "BR": 4, "SG": 3}
_DH_COUNTRIES |= {"PL": 3, "AU": 3, "": 2}


def _dockerhub_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22502)
    rows = []
    hour_w = np.array([2, 2, 2, 2, 3, 4, 6, 8, 10, 11, 11, 11, 11, 12, 14, 15, 14, 12, 9, 7, 5, 4, 3, 2], dtype=float)
    days = pd.date_range("2024-05-01", "2024-05-31", freq="D")
    day_w = np.array([1.0 if d.dayofweek < 5 else 0.45 for d in days])
    day_w[days.get_loc(pd.Timestamp("2024-05-21"))] = 2.2
    for _ in range(3200):
        d = days[int(rng.choice(len(days), p=day_w / day_w.sum()))]
        h = int(rng.choice(24, p=hour_w / hour_w.sum()))
        typ = _w(rng, _DH_TYPES)
        action = _w(rng, {"pull": 55, "manifest": 35, "version_check": 10})
        base = 40 if typ == "CI/Automated" else 6
        pulls = int(max(1, rng.lognormal(np.log(base), 0.9)))
        if action == "version_check":
            pulls = int(rng.integers(1, 4))
        rows.append(
            {
                "datehour": f"{d:%Y-%m-%d} {h:02d}:00:00",
                "namespace": "acmecorp",
                "repository": _w(rng, _DH_REPOS),
                "reference": _w(rng, _DH_TAGS),
                "action": action,
                "type": typ,
                "user_agent": _one(rng, _DH_AGENTS[typ]),
                "country": _w(rng, _DH_COUNTRIES),
                "pulls": pulls,
            }
        )
    return pd.DataFrame(rows).sort_values("datehour", kind="stable").reset_index(drop=True).replace("", np.nan)


def _dh_pulls_only(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["action"] == "pull"]


def _dh_both(make: Callable[[Callable[[pd.DataFrame], Any]], Check], fn: Callable[[pd.DataFrame], Any]) -> Check:
    """The check on every row, or on the rows whose action is a pull."""
    return either(make(fn), make(lambda df: fn(_dh_pulls_only(df))))


def _dh_day(df: pd.DataFrame) -> pd.Timestamp:
    stamp = pd.to_datetime(df["datehour"])
    return pd.Timestamp(df["pulls"].groupby(stamp.dt.normalize()).sum().idxmax())


def _dh_hour(df: pd.DataFrame) -> int:
    return int(df["pulls"].groupby(pd.to_datetime(df["datehour"]).dt.hour).sum().idxmax())


def _dh_top5(df: pd.DataFrame) -> list[str]:
    return [str(c) for c in df.groupby("country")["pulls"].sum().sort_values(ascending=False).index[:5]]


_DH_QS = [
    Q(
        "how many pulls did we get in total this month",
        _dh_both(lambda f: _count(lambda df: int(f(df)["pulls"].sum())), lambda df: df),
        ("pulls", "action"),
    ),
    Q(
        "which repo gets pulled the most?",
        _dh_both(lambda f: _lead(_named(lambda df: _top(f(df).groupby("repository")["pulls"].sum()))), lambda df: df),
        ("repository", "pulls", "action"),
    ),
    Q(
        "what share of the pulls come from ci",
        _dh_both(
            lambda f: _share(
                lambda df: f(df).loc[f(df)["type"] == "CI/Automated", "pulls"].sum() / f(df)["pulls"].sum()
            ),
            lambda df: df,
        ),
        ("type", "pulls", "action"),
    ),
    Q(
        "top 5 countries pulling our images",
        _dh_both(lambda f: _all_named(lambda df: _dh_top5(f(df))), lambda df: df),
        ("country", "pulls", "action"),
    ),
    Q(
        "which day was busiest?",
        _dh_both(lambda f: _day(lambda df: _dh_day(f(df))), lambda df: df),
        ("datehour", "pulls", "action"),
    ),
    Q(
        "and what time of day do we usually see the most pulls",
        _dh_both(lambda f: _hour(lambda df: _dh_hour(f(df))), lambda df: df),
        ("datehour", "pulls", "action"),
    ),
]


# --- 3. Kibana Discover CSV report: nginx access logs ----------------------------------------------------------------

_KB_PATHS = {"/": 14, "/index.html": 4, "/api/v1/orders": 12, "/api/v1/login": 7, "/api/v1/products": 10}
_KB_PATHS |= {"/static/app.js": 12, "/static/style.css": 10, "/favicon.ico": 6, "/robots.txt": 2}
_KB_PATHS |= {"/products/42": 5, "/checkout": 4, "/wp-login.php": 3, "/.env": 2, "/old-blog/feed": 2}
_KB_404 = {"/wp-login.php": 0.97, "/.env": 0.95, "/old-blog/feed": 0.9, "/favicon.ico": 0.35, "/products/42": 0.04}
_KB_BYTES = {"/static/app.js": 182_000, "/static/style.css": 24_000, "/favicon.ico": 4_286, "/": 12_400}
_KB_AGENTS = {"Chrome": 46, "Safari": 18, "Firefox": 10, "Edge": 6, "curl": 7, "Googlebot": 6, "Other": 7}
_KB_OS = {
    "Chrome": {"Windows": 5, "Mac OS X": 3, "Android": 4, "Linux": 1},
    "Safari": {"Mac OS X": 2, "iOS": 3},
    "Firefox": {"Windows": 3, "Linux": 2, "Mac OS X": 1},
    "Edge": {"Windows": 1},
    "curl": {"Other": 1},
    "Googlebot": {"Other": 1},
    "Other": {"Other": 3, "Linux": 1},
}
_KB_GEO = {"US": 35, "DE": 10, "GB": 8, "FR": 5, "IN": 6, "CN": 5, "RU": 4, "BR": 4, "NL": 4, "-": 8}


def _kibana_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22503)
    start = pd.Timestamp("2026-11-01")
    hour_w = np.array([3, 2, 2, 2, 2, 3, 4, 6, 8, 10, 11, 11, 12, 12, 13, 13, 12, 11, 10, 9, 8, 6, 5, 4], float)
    rows = []
    for _ in range(2600):
        day = int(rng.integers(0, 14))
        if rng.random() < 0.06:
            day = 9
        t = start + pd.Timedelta(days=day, hours=int(rng.choice(24, p=hour_w / hour_w.sum())))
        t += pd.Timedelta(milliseconds=int(rng.integers(0, 3_600_000)))
        agent = _w(rng, _KB_AGENTS)
        path = _w(rng, _KB_PATHS)
        if agent == "curl" and rng.random() < 0.5:
            path = _one(rng, ["/wp-login.php", "/.env", "/api/v1/products"])
        method = _w(rng, {"GET": 86, "POST": 9, "HEAD": 3, "PUT": 1, "DELETE": 1})
        if path in ("/api/v1/login", "/checkout") and rng.random() < 0.6:
            method = "POST"
        u = rng.random()
        if u < _KB_404.get(path, 0.015):
            status = 404
        elif path.startswith("/api") and u < 0.05:
            status = _one(rng, [500, 502, 403], [5, 2, 2])
        elif path.startswith("/static") and u < 0.35:
            status = 304
        elif path == "/index.html" and u < 0.5:
            status = 301
        else:
            status = 500 if u > 0.994 else 200
        if status == 304 or method == "HEAD":
            body = "-"
        elif status == 404:
            body = f"{555:,}"
        else:
            size = _KB_BYTES.get(path, 3_800 if path.startswith("/api") else 9_000)
            body = f"{int(size * rng.uniform(0.8, 1.2)) if path != '/static/app.js' else size:,}"
        slow = 4.0 if path.startswith("/api") else 1.0
        dur = int(rng.lognormal(np.log(12e6 * slow), 0.7))
        if status in (500, 502):
            dur = int(rng.uniform(1e9, 30e9))
        private = rng.random() < 0.07
        ip = f"10.0.{int(rng.integers(0, 8))}.{int(rng.integers(2, 250))}"
        if not private:
            ip = ".".join(str(int(x)) for x in rng.integers(1, 255, size=4))
        rows.append(
            {
                "@timestamp": f"{t:%b} {t.day}, {t.year} @ {t:%H:%M:%S}.{t.microsecond // 1000:03d}",
                "_t": t,
                "host.name": _one(rng, ["web-01", "web-02", "web-03"]),
                "http.request.method": method,
                "url.path": path,
                "http.response.status_code": status,
                "http.response.body.bytes": body,
                "event.duration": dur,
                "source.ip": ip,
                "source.geo.country_iso_code": "-" if private else _w(rng, _KB_GEO),
                "user_agent.name": agent,
                "user_agent.os.name": _w(rng, _KB_OS[agent]),
            }
        )
    frame = pd.DataFrame(rows).sort_values("_t", ascending=False, kind="stable")
    return frame.drop(columns="_t").reset_index(drop=True)


def _kb_status(df: pd.DataFrame) -> pd.Series:
    return _num(df, "http.response.status_code")


def _kb_day(df: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(df["@timestamp"], format="%b %d, %Y @ %H:%M:%S.%f")
    return pd.Timestamp(t.dt.normalize().value_counts().sort_index().idxmax())


_KB_QS = [
    Q(
        "how many requests errored out (4xx or 5xx)",
        _count(lambda df: int((_kb_status(df) >= 400).sum())),
        ("http.response.status_code",),
    ),
    Q(
        "what percent were 404s",
        _share(lambda df: float((_kb_status(df) == 404).mean())),
        ("http.response.status_code",),
    ),
    Q(
        "which url gets the most 404s?",
        _lead(_named(lambda df: _top(df.loc[_kb_status(df) == 404, "url.path"].value_counts()))),
        ("url.path", "http.response.status_code"),
    ),
    Q(
        "average response time in ms?",
        has(lambda df: _num(df, "event.duration").mean() / 1e6, rel=0.01),
        ("event.duration",),
    ),
    Q(
        "how much data did we serve in total",
        _scaled(lambda df: _num(df, "http.response.body.bytes").sum(), (1e3, 1024, 1e6, 1024**2, 1e9, 1024**3)),
        ("http.response.body.bytes",),
    ),
    Q("which day had the most traffic", _day(_kb_day), ("@timestamp",)),
]


# --- 4. NOAA AWOIS / ENC wrecks and obstructions -----------------------------------------------------------------

_AW_STATES = {
    "FL": (18, 26.8, -81.9, ["11451", "11462", "11013"]),
    "NC": (11, 34.9, -76.0, ["11555", "12200", "11539"]),
    "NJ": (8, 39.6, -74.0, ["12326", "12323"]),
    "NY": (7, 40.6, -73.3, ["12339", "12353"]),
    "MA": (7, 41.9, -70.2, ["13267", "13230"]),
    "CA": (8, 34.0, -119.2, ["18649", "18740", "18720"]),
    "TX": (6, 28.4, -95.8, ["11324", "11330"]),
    "LA": (6, 29.2, -90.6, ["11340", "11358"]),
    "VA": (6, 37.0, -76.1, ["12221", "12254"]),
    "ME": (4, 43.9, -69.3, ["13288", "13293"]),
    "WA": (4, 47.9, -122.6, ["18440", "18441"]),
    "MI": (4, 45.3, -84.4, ["14902", "14881"]),
    "MD": (4, 38.6, -76.4, ["12263", "12273"]),
    "AK": (3, 58.3, -134.6, ["17300", "16700"]),
    "SC": (3, 32.7, -79.8, ["11521"]),
    "HI": (2, 21.3, -157.9, ["19357"]),
}
_AW_NAMES = {"FL": "Florida", "NC": "North Carolina", "NJ": "New Jersey", "NY": "New York", "MA": "Massachusetts"}
_AW_NAMES |= {"CA": "California", "TX": "Texas", "LA": "Louisiana", "VA": "Virginia", "ME": "Maine"}
_AW_NAMES |= {"WA": "Washington", "MI": "Michigan", "MD": "Maryland", "AK": "Alaska", "SC": "South Carolina"}
_AW_NAMES |= {"HI": "Hawaii"}
_AW_ALIASES = {k: (v,) for k, v in _AW_NAMES.items()}
_AW_TYPES = {"Wrecks - Visible": 8, "Wrecks - Submerged, dangerous": 28, "Wrecks - Submerged, nondangerous": 27}
_AW_TYPES |= {"Obstruction": 37}
_AW_WORDS = ["ATLANTIC", "EMPIRE", "GULF", "STAR", "MARY", "ANN", "PRIDE", "QUEEN", "OCEAN", "CAPE", "LADY", "JOHN"]
_AW_WORDS += ["SPIRIT", "NORTHERN", "BELLE", "CITY", "HOPE", "VICTORY", "TRADER", "SEA", "WIND", "GRACE"]


def _awois_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22504)
    states = list(_AW_STATES)
    sw = np.array([v[0] for v in _AW_STATES.values()], float)
    rows = []
    for i in range(3100):
        st = states[int(rng.choice(len(states), p=sw / sw.sum()))]
        _, lat, lon, charts = _AW_STATES[st]
        ft = _w(rng, _AW_TYPES)
        wreck = ft.startswith("Wrecks")
        if (wreck and rng.random() < 0.45) or (not wreck and rng.random() < 0.75):
            name = "UNKNOWN"
        elif rng.random() < 0.06:
            name = ""
        else:
            words = rng.choice(_AW_WORDS, size=int(rng.integers(1, 3)), replace=False)
            pre = _one(rng, ["", "SS ", "F/V ", "TUG ", "USS ", "BARGE "], [5, 3, 3, 1, 1, 1])
            name = pre + " ".join(str(w) for w in words)
        depth: float = np.nan
        if ft == "Wrecks - Visible":
            depth = 0.0 if rng.random() < 0.5 else np.nan
            watlev = _one(rng, ["always dry", "covers and uncovers", "awash"], [3, 4, 2])
        else:
            if rng.random() < 0.55:
                mu = 18 if ft == "Wrecks - Submerged, dangerous" else 55
                depth = float(round(max(1.0, rng.lognormal(np.log(mu), 0.55))))
            watlev = "awash" if rng.random() < 0.04 else "always under water/submerged"
        sank: float = np.nan
        if wreck and rng.random() < 0.45:
            sank = float(
                int(rng.normal(1943, 2.5))
                if rng.random() < 0.3
                else int(_one(rng, list(range(1860, 2020)), [1 + (y > 1900) + (y > 1950) for y in range(1860, 2020)]))
            )
        hist = ""
        if rng.random() < 0.7:
            year = int(sank) if sank == sank else int(rng.integers(1965, 2015))
            hist = _one(
                rng,
                [
                    f"LNM {int(rng.integers(1, 52))}/{year % 100:02d}; REPORTED SUNK, POSITION APPROXIMATE",
                    f"H{int(rng.integers(8000, 13000))}/{year}; OPR-{_one(rng, ['D302', 'A397', 'C347'])}, "
                    "FOUND BY SIDE SCAN SONAR, LEAST DEPTH BY DIVER",
                    f"CL{int(rng.integers(100, 1900))}/{year % 100:02d}; FISHERMAN REPORTED HANG, NOT INVESTIGATED",
                    f"SANK {year} AFTER COLLISION, CREW RESCUED",
                ],
            )
        rows.append(
            {
                "RECRD": 1000 + i * 3 + int(rng.integers(0, 3)),
                "VESSLTERMS": name,
                "FEATURE_TYPE": ft,
                "CHART": _one(rng, charts),
                "LATDEC": round(float(lat + rng.normal(0, 0.6)), 6),
                "LONDEC": round(float(lon + rng.normal(0, 0.6)), 6),
                "GP_QUALITY": _w(rng, {"High": 20, "Medium": 35, "Low": 25, "Poor": 20}),
                "DEPTH": depth,
                "SOUNDING_TYPE": _w(
                    rng,
                    {"found by echo-sounder": 20, "found by diver": 10, "found by side scan sonar": 8, "": 55},
                )
                if depth == depth
                else "",
                "YEARSUNK": sank,
                "HISTORY": hist,
                "QUASOU": (_one(rng, ["depth known", "least depth known"]) if depth == depth else "depth unknown")
                if rng.random() > 0.1
                else "",
                "WATLEV": watlev,
                "STATE": st,
            }
        )
    return pd.DataFrame(rows).replace("", np.nan)


def _aw_wrecks(df: pd.DataFrame) -> pd.DataFrame:
    return df[_str(df, "FEATURE_TYPE").str.startswith("Wrecks")]


def _aw_both(make: Callable[[Callable[[pd.DataFrame], pd.DataFrame]], Check]) -> Check:
    """The check on every record, or on the wrecks only (not the obstructions)."""
    return either(make(lambda df: df), make(_aw_wrecks))


def _aw_decade(df: pd.DataFrame) -> int:
    y = _num(df, "YEARSUNK")
    y = y[y > 0]
    return int(((y // 10) * 10).value_counts().sort_index().idxmax())


_AW_QS = [
    Q(
        "how many wrecks are off florida",
        _aw_both(lambda f: _count(lambda df: int((f(df)["STATE"] == "FL").sum()))),
        ("STATE", "FEATURE_TYPE"),
    ),
    Q(
        "which state has the most?",
        _aw_both(lambda f: _lead(_named(lambda df: _top(f(df)["STATE"].value_counts()), _AW_ALIASES))),
        ("STATE", "FEATURE_TYPE"),
    ),
    Q(
        "how many have no ship name",
        either(
            _count(lambda df: int((_str(df, "VESSLTERMS") == "UNKNOWN").sum())),
            _count(lambda df: int(_str(df, "VESSLTERMS").isin(["UNKNOWN", ""]).sum())),
        ),
        ("VESSLTERMS",),
    ),
    Q(
        "avg depth of the dangerous submerged wrecks",
        has(lambda df: _num(df, "DEPTH")[df["FEATURE_TYPE"] == "Wrecks - Submerged, dangerous"].mean(), rel=0.01),
        ("DEPTH", "FEATURE_TYPE"),
    ),
    Q("which decade did the most ships sink", _lead(_year(_aw_decade)), ("YEARSUNK",)),
    Q(
        "what share of all the records are missing a depth",
        _share(lambda df: float(_num(df, "DEPTH").isna().mean())),
        ("DEPTH",),
    ),
]


# --- 5. Tracking the Sun (Berkeley Lab) ------------------------------------------------------------------------------

_TS_PROVIDERS = {
    "CA": ("California Public Utilities Commission (NEM Interconnection)", 45),
    "NY": ("New York State Energy Research and Development Authority", 15),
    "MA": ("Massachusetts Clean Energy Center", 12),
    "AZ": ("Arizona Public Service", 10),
    "NJ": ("New Jersey Board of Public Utilities", 10),
    "TX": ("Austin Energy", 8),
}
_TS_CITIES = {
    "CA": [("San Diego", 92101), ("Fresno", 93722), ("Sacramento", 95823), ("San Jose", 95123), ("Riverside", 92503)],
    "NY": [("Buffalo", 14214), ("Albany", 12203), ("Yonkers", 10701)],
    "MA": [("Worcester", 1602), ("Springfield", 1104), ("Lowell", 1852)],
    "AZ": [("Phoenix", 85032), ("Mesa", 85204), ("Chandler", 85224)],
    "NJ": [("Toms River", 8753), ("Cherry Hill", 8002), ("Edison", 8817)],
    "TX": [("Austin", 78745), ("Austin", 78704)],
}
_TS_UTIL = {
    "CA": ["Pacific Gas & Electric Co", "Southern California Edison Co", "San Diego Gas & Electric Co"],
    "NY": ["Niagara Mohawk Power Corp.", "Consolidated Edison Co-NY Inc"],
    "MA": ["Massachusetts Electric Co", "NSTAR Electric Company"],
    "AZ": ["Arizona Public Service Co", "Salt River Project"],
    "NJ": ["Jersey Central Power & Light Co", "Public Service Elec & Gas Co"],
    "TX": ["Austin Energy"],
}
_TS_INSTALLERS = {"Tesla Energy": 14, "Sunrun": 16, "SunPower": 9, "Vivint Solar": 7, "Sunnova": 5}
_TS_INSTALLERS |= {"Freedom Solar": 3, "SolarCity": 6, "Sullivan Solar Power": 3, "Baker Electric": 3, "-1": 6}
_TS_INSTALLERS |= {"Local Solar Co": 4, "Trinity Solar": 4, "Momentum Solar": 4}
_TS_MODULES = {"Hanwha Q CELLS": 20, "REC Solar": 12, "LG Electronics": 12, "Canadian Solar": 14, "SunPower": 10}
_TS_MODULES |= {"Panasonic": 8, "Jinko Solar": 10, "-1": 8}
_TS_INVERTERS = {"Enphase Energy": 40, "SolarEdge Technologies": 35, "SMA America": 8, "Tesla": 7, "-1": 10}


def _sun_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22505)
    states = list(_TS_PROVIDERS)
    sw = np.array([v[1] for v in _TS_PROVIDERS.values()], float)
    years = list(range(2015, 2023))
    yw = np.array([8, 9, 10, 10, 12, 11, 15, 14], float)
    rows = []
    for i in range(4000):
        st = states[int(rng.choice(len(states), p=sw / sw.sum()))]
        year = years[int(rng.choice(len(years), p=yw / yw.sum()))]
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        seg = _w(rng, {"RES": 88, "COM": 6, "NON-RES": 2, "SCHOOL": 2, "GOV": 2})
        size = float(rng.lognormal(np.log(6.8), 0.4)) if seg == "RES" else float(rng.lognormal(np.log(80), 1.0))
        size = round(size, 3)
        tpo = int(_one(rng, [0, 1, -1], [60, 33, 7])) if seg == "RES" else int(_one(rng, [0, 1, -1], [70, 20, 10]))
        ppw = (4.3 - 0.14 * (year - 2015)) * (1.0 if seg == "RES" else 0.72) * rng.lognormal(0, 0.15)
        price = round(size * 1000 * ppw, 2)
        if (tpo == 1 and rng.random() < 0.7) or rng.random() < 0.08:
            price = -1
        rebate = (
            -1 if rng.random() < 0.45 else (0 if rng.random() < 0.6 else round(float(size * rng.uniform(100, 600))))
        )
        battery = int(rng.random() < (0.02 + 0.02 * (year - 2015)) * (1 if seg == "RES" else 0.5))
        cap = float(_one(rng, [13.5, 10.0, 9.8, 20.0, 27.0], [50, 15, 15, 12, 8])) if battery else -1.0
        if battery and rng.random() < 0.2:
            cap = -1.0
        module = _w(rng, _TS_MODULES)
        city, z = _one(rng, _TS_CITIES[st])
        rows.append(
            {
                "data_provider": _TS_PROVIDERS[st][0],
                "system_ID": f"{st}-{int(rng.integers(10**5, 10**6))}-{i:05d}",
                "installation_date": f"{day:%Y-%m-%d}",
                "system_size_DC": size,
                "total_installed_price": price,
                "rebate_or_grant": rebate,
                "customer_segment": seg,
                "expansion_system": int(rng.random() < 0.04),
                "new_construction": int(_one(rng, [0, 1, -1], [70, 6, 24])),
                "tracking": int(_one(rng, [0, 1, -1], [75, 2, 23])),
                "ground_mounted": int(_one(rng, [0, 1, -1], [65, 8, 27])),
                "zip_code": z,
                "city": city,
                "state": st,
                "utility_service_territory": _one(rng, _TS_UTIL[st]),
                "third_party_owned": tpo,
                "installer_name": _w(rng, _TS_INSTALLERS),
                "module_manufacturer_1": module,
                "module_quantity_1": -1 if module == "-1" else round(size * 1000 / rng.uniform(300, 400)),
                "inverter_manufacturer_1": _w(rng, _TS_INVERTERS),
                "battery_storage": battery,
                "battery_rated_capacity_kWh": cap,
            }
        )
    return pd.DataFrame(rows)


def _ts_ppw(df: pd.DataFrame) -> float:
    price, size = _num(df, "total_installed_price"), _num(df, "system_size_DC")
    ok = (price > 0) & (size > 0)
    return float((price[ok] / (size[ok] * 1000)).median())


def _ts_top_year(df: pd.DataFrame) -> int:
    return int(pd.to_datetime(df["installation_date"]).dt.year.value_counts().sort_index().idxmax())


_TS_QS = [
    Q(
        "how many of these are residential",
        _count(lambda df: int((df["customer_segment"] == "RES").sum())),
        ("customer_segment",),
    ),
    Q(
        "and their average size in kw?",
        has(lambda df: _num(df, "system_size_DC")[df["customer_segment"] == "RES"].mean(), rel=0.01),
        ("system_size_DC", "customer_segment"),
    ),
    Q(
        "whats the median price per watt across all systems",
        has(_ts_ppw, rel=0.01),
        ("total_installed_price", "system_size_DC"),
    ),
    Q(
        "what % of installs have a battery",
        _share(lambda df: float((_num(df, "battery_storage") == 1).mean())),
        ("battery_storage",),
    ),
    Q(
        "how big are those batteries on average",
        has(
            lambda df: _num(df, "battery_rated_capacity_kWh")[
                (_num(df, "battery_storage") == 1) & (_num(df, "battery_rated_capacity_kWh") > 0)
            ].mean(),
            rel=0.01,
        ),
        ("battery_rated_capacity_kWh", "battery_storage"),
    ),
    Q("which year had the most installations", _lead(_year(_ts_top_year)), ("installation_date",)),
]


# --- 6. Tinder data export, Usage per day ----------------------------------------------------------------------------


def _tinder_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22506)
    days = pd.date_range("2020-06-01", "2023-02-28", freq="D")
    breaks = [("2020-12-20", "2021-02-05"), ("2021-09-01", "2021-10-17"), ("2022-07-10", "2022-09-30")]
    rows = []
    for d in days:
        off = any(pd.Timestamp(a) <= d <= pd.Timestamp(b) for a, b in breaks)
        mood = 1.4 if d.dayofweek in (6, 0) else 1.0
        mood *= 1.3 if d.month in (1, 2) else 1.0
        if off or rng.random() < 0.08:
            opens = likes = passes = supers = matches = sent = recv = 0
        else:
            opens = int(rng.poisson(6 * mood)) + 1
            likes = int(rng.poisson(opens * rng.uniform(3, 9)))
            passes = int(rng.poisson(likes * rng.uniform(1.2, 2.5)))
            supers = int(rng.random() < 0.12)
            matches = int(rng.binomial(likes, 0.035) + rng.binomial(supers, 0.3))
            sent = int(rng.poisson(2.5 * matches + 1.2))
            recv = int(rng.poisson(2.1 * matches + 0.8))
        rows.append(
            {
                "Date": f"{d:%Y-%m-%d}",
                "App Opens": opens,
                "Swipe Likes": likes,
                "Swipe Passes": passes,
                "Superlikes": supers,
                "Matches": matches,
                "Messages Sent": sent,
                "Messages Received": recv,
            }
        )
    return pd.DataFrame(rows)


def _td_month(cols: list[str]) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def top(df: pd.DataFrame) -> pd.Timestamp:
        total = df[cols].sum(axis=1).groupby(pd.to_datetime(df["Date"]).dt.to_period("M")).sum()
        return total.idxmax().to_timestamp()

    return top


_TD_QS = [
    Q("how many matches have i had in total", _count(lambda df: int(df["Matches"].sum())), ("Matches",)),
    Q(
        "whats my match rate per like",
        either(
            _share(lambda df: df["Matches"].sum() / df["Swipe Likes"].sum()),
            _share(lambda df: df["Matches"].sum() / (df["Swipe Likes"].sum() + df["Superlikes"].sum())),
        ),
        ("Matches", "Swipe Likes", "Superlikes"),
    ),
    Q(
        "which month was i swiping the most",
        either(
            month_year(_td_month(["Swipe Likes", "Swipe Passes"])),
            month_year(_td_month(["Swipe Likes", "Swipe Passes", "Superlikes"])),
        ),
        ("Date", "Swipe Likes", "Swipe Passes", "Superlikes"),
    ),
    Q(
        "on average how many times a day do i open the app",
        either(
            has(lambda df: df["App Opens"].mean(), rel=0.01),
            has(lambda df: df.loc[df["App Opens"] > 0, "App Opens"].mean(), rel=0.01),
        ),
        ("App Opens", "Date"),
    ),
    Q(
        "do i send more messages on days with more matches",
        _corr(lambda df: df["Matches"], lambda df: df["Messages Sent"]),
        ("Matches", "Messages Sent"),
    ),
    Q(
        "what % of days did i get zero matches",
        _share(lambda df: float((df["Matches"] == 0).mean())),
        ("Matches", "Date"),
    ),
]


# --- 7. Recreation.gov historical reservations (RIDB) --------------------------------------------------------------

_RG_PARKS = {
    # ParkName: (weight, Agency, OrgID, state, kind, nightly rate)
    "Upper Pines": (14, "NPS", 128, "CA", "camp", 36.0),
    "Watchman Campground": (9, "NPS", 128, "UT", "camp", 30.0),
    "Rocky Mountain National Park Timed Entry": (16, "NPS", 128, "CO", "timed", 2.0),
    "Arches National Park Timed Entry": (8, "NPS", 128, "UT", "timed", 2.0),
    "Lake Lanier - Bald Ridge Creek": (10, "USACE", 130, "GA", "rv", 34.0),
    "Kirk Creek Campground": (7, "USFS", 131, "CA", "camp", 35.0),
    "Jenny Lake": (6, "NPS", 128, "WY", "tent", 37.0),
    "Turkey Run Cabins": (3, "USFS", 131, "OR", "cabin", 85.0),
    "Table Rock Lake - Cricket Creek": (8, "USACE", 130, "MO", "rv", 26.0),
    "Red Rock Canyon Campground": (5, "BLM", 126, "NV", "camp", 20.0),
    "Chincoteague Group Sites": (2, "FWS", 127, "VA", "group", 90.0),
    "Pine Flat Recreation Area": (4, "USFS", 131, "AZ", "camp", 22.0),
}
_RG_SITES = {
    "camp": {"STANDARD NONELECTRIC": 6, "STANDARD ELECTRIC": 2, "TENT ONLY NONELECTRIC": 2},
    "tent": {"TENT ONLY NONELECTRIC": 1},
    "rv": {"RV ELECTRIC": 5, "STANDARD ELECTRIC": 3},
    "cabin": {"CABIN NONELECTRIC": 1},
    "group": {"GROUP STANDARD NONELECTRIC": 1},
    "timed": {"TIMED ENTRY": 1},
}
_RG_EQUIP = {
    "STANDARD NONELECTRIC": {"Tent": 6, "Car": 2, "Trailer": 1, "Pickup Camper": 1, "": 1},
    "STANDARD ELECTRIC": {"RV/Motorhome": 3, "Trailer": 3, "Tent": 2, "Pickup Camper": 1},
    "TENT ONLY NONELECTRIC": {"Tent": 8, "": 1},
    "RV ELECTRIC": {"RV/Motorhome": 5, "Trailer": 4, "Pickup Camper": 1},
    "CABIN NONELECTRIC": {"": 1},
    "GROUP STANDARD NONELECTRIC": {"Tent": 3, "": 1},
    "TIMED ENTRY": {"": 1},
}
_RG_ZIPS = ["94110", "80302", "84101", "30303", "98103", "10027", "60614", "85004", "97201", "78704", "63101"]
_RG_ZIPS += ["02139", "55408", "92101", "30068-1234", "80526-4412"]


def _recgov_frame() -> pd.DataFrame:
    rng = np.random.default_rng(22507)
    parks = list(_RG_PARKS)
    pw = np.array([v[0] for v in _RG_PARKS.values()], float)
    season = np.array([1, 1, 2, 3, 6, 10, 13, 12, 7, 4, 2, 1], float)
    rows = []
    order_no = 1_000_000_000
    for _ in range(4000):
        park = parks[int(rng.choice(len(parks), p=pw / pw.sum()))]
        _, agency, org, state, kind, rate = _RG_PARKS[park]
        site = _w(rng, _RG_SITES[kind])
        month = int(rng.choice(12, p=season / season.sum())) + 1
        year = 2022 if month >= 4 else 2023
        if kind == "timed":
            month = int(_one(rng, [5, 6, 7, 8, 9, 10], [2, 4, 5, 5, 3, 2]))
            year = 2022
        for _try in range(30):
            start = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
            lead = float(rng.gamma(1.4, 40)) if kind != "timed" else float(rng.uniform(0, 60))
            order = start - pd.Timedelta(seconds=int(lead * 86400) + int(rng.integers(0, 86400)))
            if pd.Timestamp("2021-10-01") <= order < pd.Timestamp("2022-10-01"):
                break
            lead = float(rng.gamma(3.0, 40))
            order = start - pd.Timedelta(seconds=int(lead * 86400) + int(rng.integers(0, 86400)))
            if pd.Timestamp("2021-10-01") <= order < pd.Timestamp("2022-10-01"):
                break
        nights = 0 if kind == "timed" else int(_one(rng, [1, 2, 3, 4, 5, 7], [20, 35, 22, 10, 6, 7]))
        equip = _w(rng, _RG_EQUIP[site])
        people: float = float(int(rng.integers(1, 3)) + int(rng.poisson(1.6)))
        if equip in ("RV/Motorhome", "Trailer"):
            people += float(int(rng.poisson(0.8)))
        if kind == "group":
            people = float(int(rng.integers(10, 41)))
        if rng.random() < 0.06:
            people = np.nan
        paid = round(nights * rate + 8.0, 2) if kind != "timed" else rate
        if rng.random() < 0.04:
            paid = 0.0
        country = _w(rng, {"USA": 90, "CAN": 4, "GBR": 1, "DEU": 1, "": 4})
        z = _one(rng, _RG_ZIPS) if country in ("USA", "") else ("V6B 1A1" if country == "CAN" else "")
        if rng.random() < 0.03:
            z = ""
        order_no += int(rng.integers(1, 40))
        repeat = 2 if rng.random() < 0.03 else 1
        for _r in range(repeat):
            rows.append(
                {
                    "OrderNumber": f"{order_no:010d}-1",
                    "Agency": agency,
                    "OrgID": org,
                    "ParkName": park,
                    "SiteType": site,
                    "UseType": "Day" if kind == "timed" else "Overnight",
                    "FacilityState": state,
                    "CustomerZIP": z,
                    "CustomerCountry": country,
                    "TotalPaid": paid,
                    "OrderDate": f"{order:%Y-%m-%dT%H:%M:%SZ}",
                    "StartDate": f"{start:%Y-%m-%d}",
                    "EndDate": f"{start + pd.Timedelta(days=nights):%Y-%m-%d}",
                    "NumberOfPeople": people,
                    "EquipmentDescription": equip,
                }
            )
    frame = pd.DataFrame(rows).sort_values("OrderDate", kind="stable").reset_index(drop=True)
    return frame.replace("", np.nan)


def _rg_nights(df: pd.DataFrame) -> pd.Series:
    nights = (pd.to_datetime(df["EndDate"]) - pd.to_datetime(df["StartDate"])).dt.days
    return nights[df["UseType"] == "Overnight"]


def _rg_lead(whole_days: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def lead(df: pd.DataFrame) -> pd.Series:
        order = pd.to_datetime(df["OrderDate"]).dt.tz_localize(None)
        if whole_days:
            order = order.dt.normalize()
        return (pd.to_datetime(df["StartDate"]) - order).dt.total_seconds() / 86400

    return lead


def _rg_people(df: pd.DataFrame) -> Any:
    ppl = _num(df, "NumberOfPeople")
    equip = _str(df, "EquipmentDescription")
    return [ppl[equip == "RV/Motorhome"].mean(), ppl[equip == "Tent"].mean()]


_RG_QS = [
    Q(
        "which place gets the most reservations",
        _lead(_named(lambda df: _top(df["ParkName"].value_counts()))),
        ("ParkName", "OrderNumber"),
    ),
    Q(
        "how much did people pay in total",
        _scaled(lambda df: _num(df, "TotalPaid").sum(), _BIG, rel=0.002),
        ("TotalPaid",),
    ),
    Q(
        "how many nights do people usually stay",
        either(has(lambda df: _rg_nights(df).mean(), rel=0.01), has(lambda df: _rg_nights(df).median())),
        ("StartDate", "EndDate", "UseType"),
    ),
    Q(
        "what month do most trips start in",
        _lead(_month(lambda df: int(pd.to_datetime(df["StartDate"]).dt.month.value_counts().sort_index().idxmax()))),
        ("StartDate",),
    ),
    Q(
        "do rv people bring more people than tent campers?",
        has(_rg_people, rel=0.01),
        ("NumberOfPeople", "EquipmentDescription"),
    ),
    Q(
        "how far ahead do people book on average",
        either(
            _about(lambda df: _rg_lead(True)(df).mean()),
            _about(lambda df: _rg_lead(False)(df).mean()),
            _about(lambda df: _rg_lead(True)(df).median()),
            _about(lambda df: _rg_lead(False)(df).median()),
        ),
        ("OrderDate", "StartDate"),
    ),
]


HELDOUT225: list[Dataset] = [
    Dataset("citymapper_trip_history", _citymapper_frame, _CM_QS),
    Dataset("dockerhub_usage_export", _dockerhub_frame, _DH_QS),
    Dataset("kibana_nginx_access_report", _kibana_frame, _KB_QS),
    Dataset("noaa_awois_wrecks", _awois_frame, _AW_QS),
    Dataset("tracking_the_sun_installs", _sun_frame, _TS_QS),
    Dataset("tinder_usage_daily", _tinder_frame, _TD_QS),
    Dataset("recgov_reservations", _recgov_frame, _RG_QS),
]
