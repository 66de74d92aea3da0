"""HELDOUT91: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of files people download from services and public agencies: a PayPal "Activity
download" for 2023 (oldest first) with Date "14/03/2023" (day first), Time "10:22:31", TimeZone PST / PDT (switching
with daylight saving), Name (blank for withdrawals and bank deposits), Type "Express Checkout Payment" / "General
Payment" / "Mobile Payment" / "Payment Refund" / "General Withdrawal" / "Bank Deposit to PP Account ", Status
Completed / Pending / Reversed, Currency USD, Gross, Fee and Net written as text with two decimals, a minus sign for
money going out and thousands commas ("-12.50", "1,234.00"), From / To Email Address (blank where PayPal has none),
a 17-character Transaction ID and the running Balance ("1,234.56", moved only by completed rows); an Apple Health
export flattened to CSV (the Record elements of export.xml, March to mid-May 2023) with type
HKQuantityTypeIdentifierStepCount / HeartRate / ActiveEnergyBurned / BodyMass, sourceName "John's iPhone" /
"John's Apple Watch" / "Health" (weights typed in by hand), sourceVersion, unit count / count/min / kcal / kg,
creationDate, startDate and endDate "2023-03-14 10:22:31 -0500" (the offset -0600 before the 12 March clock change),
value and the long "<<HKDevice: 0x...>, name:Apple Watch, ...>" device string (blank for typed-in weights): many
short intervals a day, steps counted by the phone and the watch both (so summing every row double-counts), the watch
not worn on a few days; a USGS NWIS daily-values download for site 01646500 (Potomac River near Washington DC
Little Falls), water years 2016-2023, with agency_cd, site_no, datetime "2023-03-14", mean discharge in cubic feet
per second in "69928_00060_00003" and its qualifier in "69928_00060_00003_cd" (A approved, P provisional for the
last year, "A:e" estimated), the RDB format line "5s 15s 20d 14n 10s" as the first row under the header (so every
column reads as text and site_no keeps its leading zero) and "Ice" written in place of a number on a few winter days;
a LinkedIn Connections.csv export (660 connections, newest first) with the "Notes:" preamble (two lines of text
under it and a blank line) above the real header, so the frame's header is "Notes:" and "Unnamed: 1" ... and the
real header First Name, Last Name, URL, Email Address (mostly blank), Company, Position (both blank for a few),
Connected On "14 Mar 2023" sits in a row below; a Facebook Ads Manager campaign export broken down by day (January
to April 2023, eleven campaigns) with Campaign name, Reporting starts and Reporting ends (the same day on each row),
Delivery active / inactive / completed (the campaign's status now, on every row), Results and Result indicator
"actions:link_click" or "actions:offsite_conversion.fb_pixel_purchase" by the campaign's objective, Reach,
Impressions, Cost per results, Amount spent (USD), Ends "Ongoing" or a date, Link clicks, CPC (cost per link click)
(USD) and CTR (link click-through rate) as a percentage number (Results, Cost per results, Link clicks and CPC blank
on days without any); NOAA's Mauna Loa monthly mean CO2 (co2_mm_mlo.csv without its "#" comment block, March 1958
to December 2023) with year, month, decimal date, average (ppm; -99.99 for five early months with no data),
deseasonalized (filled for every month), ndays (-1 before mid-1974), sdev (-9.99 unknown) and unc (-0.99 unknown);
and a season of WTA tour-level matches in Jeff Sackmann's wta_matches_2023.csv layout (about 2,500 matches) with
tourney_id "2023-1049", tourney_name, surface Hard / Clay / Grass / Carpet, draw_size, tourney_level G / P / I / D /
F, tourney_date 20230314 as a number, match_num, winner_id, winner_seed (blank when unseeded), winner_entry Q / WC /
LL (mostly blank), winner_name, winner_hand R / L / U, winner_ht in cm (often blank), winner_ioc, winner_age, the
same loser_ columns, score "6-4 3-6 7-6(5)" (with "RET" after a retirement and "W/O" for walkovers), best_of 3,
round R128 ... QF / SF / F and RR for team ties and the Finals, minutes (some blank), w_ace, w_df, w_svpt, l_ace,
l_df, l_svpt (blank with minutes for some matches) and winner_rank, winner_rank_points, loser_rank,
loser_rank_points (blank for unranked players). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw
from .heldout39 import _month_of
from .heldout42 import _ranked
from .offline_eval import NUMBER_TOKEN, Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _bottom(scores: pd.Series) -> str:
    return str(_ranked(scores, ascending=True).index[0])


def _num(s: pd.Series) -> pd.Series:
    """Numbers written as text ("1,234.00", "-12.50", "$3"), anything unreadable as NaN."""
    return pd.to_numeric(_text(s).str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _money(values: Callable[[pd.DataFrame], Any], rel: float = 0.006) -> Check:
    """Every amount appears, its sign ignored ("-$45.10", "$45.10", "45.1"), in full or in thousands or millions
    ("$12.3k", "1.2 million"), to within `rel` or the rounding of the figure as written (never looser than 2%)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        tokens = [t.replace(",", "").lstrip("-") for t in NUMBER_TOKEN.findall(answer)]
        for w in np.atleast_1d(values(df)):
            want = abs(float(w))
            ok = False
            for t in tokens:
                f = float(t)
                places = len(t.split(".")[1]) if "." in t else 0
                for scale in (1.0, 1e3, 1e6):
                    tol = max(rel * want, min(0.5 * 10.0**-places * scale, 0.02 * want))
                    if abs(f * scale - want) <= tol:
                        ok = True
            if not ok:
                return f"missing amount {want:.6g}"
        return None

    return check


def _size(value: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """An amount, its sign ignored ("lost 3.2 kg" or "-3.2"), to within `rel` or 0.051."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = abs(float(value(df)))
        found = [abs(float(t.replace(",", ""))) for t in NUMBER_TOKEN.findall(answer)]
        return None if any(abs(f - want) <= max(rel * want, 0.051) for f in found) else f"missing {want:.4g}"

    return check


def _digits(rng: np.random.Generator, k: int, alphabet: str = "0123456789ABCDEFGHJKLMNPRSTUVWXY") -> str:
    return "".join(alphabet[int(i)] for i in rng.integers(0, len(alphabet), k))


# --- 1. PayPal activity download (Download.CSV, 2023) ---------------------------------------------------------------

_PP_COLUMNS = _split(
    "Date;Time;TimeZone;Name;Type;Status;Currency;Gross;Fee;Net;From Email Address;To Email Address;Transaction ID;"
    "Balance"
)
_PP_ME = "john.carter84@gmail.com"
# merchant: weight, typical amount, email
_PP_SHOPS: dict[str, tuple[float, float, str]] = {
    "eBay Inc.": (14, 48.0, "ebay@ebay.com"),
    "Etsy, Inc.": (8, 32.0, "paypal@etsy.com"),
    "Uber Technologies, Inc.": (12, 21.0, "paypal@uber.com"),
    "DoorDash, Inc.": (11, 31.0, "payments@doordash.com"),
    "Spotify USA Inc": (3, 10.99, "paypal@spotify.com"),
    "Netflix.com": (3, 15.49, "paypal@netflix.com"),
    "Valve Corporation": (5, 24.0, "paypal@steampowered.com"),
    "Best Buy Co., Inc.": (3, 180.0, "paypal@bestbuy.com"),
    "StubHub, Inc.": (2, 160.0, "paypal@stubhub.com"),
    "Adobe Inc.": (3, 20.99, "paypal@adobe.com"),
    "Walmart.com": (6, 55.0, "paypal@walmart.com"),
    "Airbnb, Inc.": (1.5, 420.0, "paypal@airbnb.com"),
}
_PP_PEOPLE = _split(
    "Emily Rodriguez;Jake Thompson;Sarah Nguyen;Michael Brooks;Olivia Patel;Daniel Kim;Megan O'Connor;Chris Alvarez;"
    "Rachel Green;Tyler Scott"
)
_PP_MONTHS = "1:7;2:6;3:7;4:7;5:8;6:8;7:8;8:7;9:7;10:8;11:11;12:16"


def _pp_email(name: str) -> str:
    first, last = name.lower().replace("'", "").split(" ", 1)
    return f"{first}.{last}@gmail.com"


def _pp_time(day: pd.Timestamp) -> str:
    return "PDT" if pd.Timestamp("2023-03-12 02:00") <= day < pd.Timestamp("2023-11-05 02:00") else "PST"


def _paypal_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9101)
    shops = list(_PP_SHOPS)
    events: list[dict[str, Any]] = []
    bought: list[tuple[str, float]] = []
    for _ in range(620):
        month = int(_draw(rng, _PP_MONTHS))
        start = pd.Timestamp(2023, month, 1)
        stamp = start + pd.Timedelta(seconds=int(rng.integers(0, start.days_in_month * 86400)))
        kind = _draw(rng, "shop:62;send:9;get:15;sale:6;refund:3;mobile:5")
        name, gross, fee, email = "", 0.0, 0.0, ""
        if kind == "shop":
            name = str(_one(rng, shops, [v[0] for v in _PP_SHOPS.values()]))
            _w, typical, email = _PP_SHOPS[name]
            fixed = name in ("Spotify USA Inc", "Netflix.com", "Adobe Inc.")
            gross = -(typical if fixed else round(typical * float(rng.lognormal(0, 0.5)), 2))
            bought.append((name, gross))
            kind = "Express Checkout Payment"
        elif kind == "refund" and bought:
            name, paid = bought[int(rng.integers(len(bought)))]
            email = _PP_SHOPS[name][2]
            gross = -paid if rng.random() < 0.7 else round(-paid * float(rng.uniform(0.2, 0.8)), 2)
            kind = "Payment Refund"
        elif kind in ("send", "get", "mobile", "refund"):
            name = str(_one(rng, _PP_PEOPLE))
            email = _pp_email(name)
            gross = round(float(rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 120, 150, 200])), 2)
            if kind == "get" and rng.random() < 0.15:
                gross = float(round(float(rng.uniform(950, 2400)), -1))
            gross *= -1 if kind == "send" or (kind == "mobile" and rng.random() < 0.4) else 1
            kind = "General Payment" if kind in ("send", "get", "refund") else "Mobile Payment"
        else:
            name = str(_one(rng, [*_PP_PEOPLE[3:], "Kevin Walsh", "Laura Chen", "Brian Foster"]))
            email = _pp_email(name)
            gross = round(float(rng.uniform(15, 260)), 2)
            fee = -round(0.0349 * gross + 0.49, 2)
            kind = "Express Checkout Payment"
        status = _draw(rng, "Completed:95;Pending:2.5;Reversed:2.5") if kind != "Payment Refund" else "Completed"
        events.append(
            {"stamp": stamp, "Name": name, "Type": kind, "Status": status, "gross": gross, "fee": fee, "other": email}
        )
    events.sort(key=lambda e: e["stamp"])
    rows: list[dict[str, Any]] = []
    balance = 212.40
    for e in events:
        net = round(e["gross"] + e["fee"], 2)
        extra: list[dict[str, Any]] = []
        if e["Status"] == "Completed" and balance + net < 0:
            top_up = float(round(max(50.0, -(balance + net) + float(rng.uniform(20, 150))), -1))
            extra.append(
                {"stamp": e["stamp"] - pd.Timedelta(seconds=int(rng.integers(5, 40))), "Name": "", "other": ""}
                | {"Type": "Bank Deposit to PP Account ", "Status": "Completed", "gross": top_up, "fee": 0.0}
            )
        if e["Status"] == "Completed" and balance + net > 1800 and rng.random() < 0.4:
            out = float(round(balance + net - float(rng.uniform(100, 300)), -1))
            extra.append(
                {"stamp": e["stamp"] + pd.Timedelta(seconds=int(rng.integers(60, 9000))), "Name": "", "other": ""}
                | {"Type": "General Withdrawal", "Status": "Completed", "gross": -out, "fee": 0.0}
            )
        ordered = [x for x in extra if x["gross"] > 0] + [e] + [x for x in extra if x["gross"] < 0]
        for x in ordered:
            x_net = round(x["gross"] + x["fee"], 2)
            if x["Status"] == "Completed":
                balance = round(balance + x_net, 2)
            outgoing = x["gross"] < 0
            rows.append(
                {
                    "Date": f"{x['stamp']:%d/%m/%Y}",
                    "Time": f"{x['stamp']:%H:%M:%S}",
                    "TimeZone": _pp_time(x["stamp"]),
                    "Name": x["Name"] or None,
                    "Type": x["Type"],
                    "Status": x["Status"],
                    "Currency": "USD",
                    "Gross": f"{x['gross']:,.2f}",
                    "Fee": f"{x['fee']:,.2f}",
                    "Net": f"{x_net:,.2f}",
                    "From Email Address": _PP_ME if outgoing else (x["other"] or None),
                    "To Email Address": (x["other"] or None) if outgoing else _PP_ME,
                    "Transaction ID": _digits(rng, 17, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"),
                    "Balance": f"{balance:,.2f}",
                }
            )
    return pd.DataFrame(rows)[_PP_COLUMNS]


def _pp(d: pd.DataFrame) -> pd.DataFrame:
    frame = d.copy()
    for c in ("Gross", "Fee", "Net", "Balance"):
        frame[c] = _num(frame[c])
    frame["when"] = pd.to_datetime(_text(d["Date"]) + " " + _text(d["Time"]), format="%d/%m/%Y %H:%M:%S")
    frame["Name"] = _text(d["Name"])
    frame["Status"] = _text(d["Status"])
    frame["Type"] = _text(d["Type"])
    return frame


def _pp_paid(completed: bool, net_of_refunds: bool) -> Callable[[pd.DataFrame], pd.Series]:
    """Money sent to each payee (positive), over every row or only completed ones, refunds taken off or not."""

    def sums(d: pd.DataFrame) -> pd.Series:
        p = _pp(d)
        p = p[(p["Name"] != "") & (p["Status"] == "Completed" if completed else True)]
        out = -p.loc[p["Gross"] < 0].groupby("Name")["Gross"].sum()
        if net_of_refunds:
            back = p.loc[p["Type"] == "Payment Refund"].groupby("Name")["Gross"].sum()
            out = out.sub(back, fill_value=0)
        return out

    return sums


_PP_READINGS = [_pp_paid(c, r) for c in (False, True) for r in (False, True)]


def _pp_fees(completed: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        p = _pp(d)
        return float(p.loc[(p["Status"] == "Completed") | (not completed), "Fee"].sum())

    return total


def _pp_busiest(d: pd.DataFrame) -> pd.Timestamp:
    months = _pp(d)["when"].dt.to_period("M")
    return pd.Period(_top(months.astype(str).value_counts())).to_timestamp()


_PP_ID = ("Transaction ID", "Date", "Time")
_PAYPAL_QS = [
    Q(
        "how many transactions of each type are there",
        _count(lambda d: _text(d["Type"]).value_counts().to_numpy()),
        (*_PP_ID, "Type"),
    ),
    Q(
        "who have i paid the most money to?",
        either(*(_lead(_named(lambda d, f=f: _top(f(d)))) for f in _PP_READINGS)),
        (*_PP_ID, "Name", "Gross", "Net", "Type", "Status", "To Email Address"),
    ),
    Q(
        "how much in total?",
        either(*(_money(lambda d, f=f, g=g: float(g(d)[_top(f(d))])) for f in _PP_READINGS for g in _PP_READINGS)),
        (*_PP_ID, "Name", "Gross", "Net", "Type", "Status", "To Email Address"),
    ),
    Q(
        "how much have i paid in paypal fees altogether",
        either(_money(_pp_fees(False)), _money(_pp_fees(True))),
        (*_PP_ID, "Fee", "Status"),
    ),
    Q(
        "which month was the busiest",
        _lead(_month_year(_pp_busiest)),
        (*_PP_ID,),
    ),
    Q(
        "whats my balance right now",
        _money(lambda d: float(_pp(d).sort_values("when", kind="stable")["Balance"].iloc[-1])),
        (*_PP_ID, "Balance"),
    ),
]


# --- 2. Apple Health export flattened to CSV (export.xml Record elements) ------------------------------------------

_AH_COLUMNS = _split("type;sourceName;sourceVersion;unit;creationDate;startDate;endDate;value;device")
_AH_STEPS = "HKQuantityTypeIdentifierStepCount"
_AH_HEART = "HKQuantityTypeIdentifierHeartRate"
_AH_ENERGY = "HKQuantityTypeIdentifierActiveEnergyBurned"
_AH_MASS = "HKQuantityTypeIdentifierBodyMass"
_AH_PHONE = "John's iPhone"
_AH_WATCH = "John's Apple Watch"
_AH_PHONE_DEVICE = (
    "<<HKDevice: 0x2837a1{h}>, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone14,5, "
    "software:16.3.1>"
)
_AH_WATCH_DEVICE = (
    "<<HKDevice: 0x2837b9{h}>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:9.3>"
)


def _ah_stamp(t: pd.Timestamp) -> str:
    offset = "-0500" if t >= pd.Timestamp("2023-03-12 03:00") else "-0600"
    return f"{t:%Y-%m-%d %H:%M:%S} {offset}"


def _health_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9102)
    rows: list[dict[str, Any]] = []

    def add(kind: str, source: str, unit: str, start: pd.Timestamp, end: pd.Timestamp, value: Any) -> None:
        phone = source == _AH_PHONE
        device = (_AH_PHONE_DEVICE if phone else _AH_WATCH_DEVICE).format(h=_digits(rng, 3, "0123456789abcdef"))
        rows.append(
            {
                "type": kind,
                "sourceName": source,
                "sourceVersion": "16.3.1" if phone else "9.3" if source == _AH_WATCH else "16.3.1",
                "unit": unit,
                "creationDate": _ah_stamp(end + pd.Timedelta(seconds=int(rng.integers(5, 900)))),
                "startDate": _ah_stamp(start),
                "endDate": _ah_stamp(end),
                "value": value,
                "device": device if source != "Health" else None,
            }
        )

    weight = 86.4
    for day in pd.date_range("2023-03-01", "2023-05-14"):
        weekend = day.dayofweek >= 5
        target = max(1500.0, float(rng.normal(10500 if weekend else 7800, 2600)))
        watch_on = rng.random() > 0.08
        bouts = int(rng.integers(8, 15))
        shares = rng.dirichlet(np.ones(bouts) * 0.8)
        starts = np.sort(rng.uniform(7, 21.5, bouts))
        for share, hour in zip(shares, starts, strict=True):
            steps = float(share * target)
            start = day + pd.Timedelta(minutes=int(hour * 60))
            length = pd.Timedelta(minutes=int(np.clip(steps / 95, 1, 55)))
            if rng.random() < 0.85 and steps >= 1:
                add(_AH_STEPS, _AH_PHONE, "count", start, start + length, round(steps * rng.uniform(0.7, 1.0)))
            if watch_on and steps >= 1:
                parts = 1 if steps < 600 else 2
                for k in range(parts):
                    piece = start + length * k / parts
                    value = round(steps / parts * rng.uniform(0.95, 1.05))
                    add(_AH_STEPS, _AH_WATCH, "count", piece, piece + length / parts, value)
                kcal = steps * 0.043 * float(rng.uniform(0.8, 1.2))
                add(_AH_ENERGY, _AH_WATCH, "kcal", start, start + length, round(kcal, 3))
        if watch_on:
            for hour in np.sort(rng.uniform(0, 24, int(rng.integers(3, 6)))):
                start = day + pd.Timedelta(minutes=int(hour * 60))
                add(_AH_ENERGY, _AH_WATCH, "kcal", start, start + pd.Timedelta(minutes=5), round(rng.uniform(2, 25), 3))
            for hour in np.sort(rng.uniform(0, 24, int(rng.integers(7, 12)))):
                t = day + pd.Timedelta(seconds=int(hour * 3600))
                bpm = 62 + 22 * (8 <= hour <= 21) * float(rng.random()) + float(rng.normal(0, 6))
                add(_AH_HEART, _AH_WATCH, "count/min", t, t, round(bpm))
        weight -= float(rng.normal(0.04, 0.05))
        if rng.random() < 0.22:
            t = day + pd.Timedelta(hours=7, minutes=int(rng.integers(0, 50)))
            add(_AH_MASS, "Health", "kg", t, t, round(weight + float(rng.normal(0, 0.35)), 1))
    order = {k: i for i, k in enumerate((_AH_MASS, _AH_STEPS, _AH_HEART, _AH_ENERGY))}
    frame = pd.DataFrame(rows)
    frame["_k"] = frame["type"].map(order)
    frame = frame.sort_values(["_k", "startDate"], kind="stable", ignore_index=True)
    return frame[_AH_COLUMNS]


def _ah(d: pd.DataFrame, kind: str, source: str | None = None) -> pd.DataFrame:
    rows = d[_text(d["type"]) == kind]
    if source:
        rows = rows[_text(rows["sourceName"]) == source]
    return rows.assign(day=_text(rows["startDate"]).str[:10], v=pd.to_numeric(rows["value"], errors="coerce"))


def _ah_daily_steps(how: str) -> Callable[[pd.DataFrame], pd.Series]:
    """Steps a day: every row summed, one source only, or the larger of the two sources each day."""

    def daily(d: pd.DataFrame) -> pd.Series:
        if how == "all":
            return _ah(d, _AH_STEPS).groupby("day")["v"].sum()
        if how in ("phone", "watch"):
            return _ah(d, _AH_STEPS, _AH_PHONE if how == "phone" else _AH_WATCH).groupby("day")["v"].sum()
        both_ = _ah(d, _AH_STEPS).groupby(["day", "sourceName"])["v"].sum().unstack()
        return both_.max(axis=1)

    return daily


_AH_WAYS = ("all", "phone", "watch", "max")


def _ah_kcal(d: pd.DataFrame) -> pd.Series:
    return _ah(d, _AH_ENERGY).groupby("day")["v"].sum()


def _ah_link(how: str) -> Check:
    def pair(d: pd.DataFrame) -> pd.DataFrame:
        return pd.concat([_ah_daily_steps(how)(d).rename("s"), _ah_kcal(d).rename("k")], axis=1).dropna()

    return _corr(lambda d: pair(d)["s"], lambda d: pair(d)["k"])


def _ah_weight_change(d: pd.DataFrame) -> float:
    w = _ah(d, _AH_MASS).sort_values("startDate")["v"]
    return float(w.iloc[-1] - w.iloc[0])


_AH_ID = ("type", "startDate", "sourceName")
_HEALTH_QS = [
    Q(
        "how many steps do i do on an average day?",
        either(*(has(lambda d, h=h: float(_ah_daily_steps(h)(d).mean()), rel=0.01) for h in _AH_WAYS)),
        (*_AH_ID, "value", "endDate", "unit"),
    ),
    Q(
        "what day did i walk the most",
        either(*(_lead(_day(lambda d, h=h: _top(_ah_daily_steps(h)(d)))) for h in _AH_WAYS)),
        (*_AH_ID, "value", "endDate", "unit"),
    ),
    Q(
        "whats my average heart rate",
        either(
            has(lambda d: float(_ah(d, _AH_HEART)["v"].mean()), rel=0.01),
            has(lambda d: float(_ah(d, _AH_HEART)["v"].median()), rel=0.01),
        ),
        (*_AH_ID, "value", "unit"),
    ),
    Q(
        "how many active calories do i burn per day on average",
        has(lambda d: float(_ah_kcal(d).mean()), rel=0.01),
        (*_AH_ID, "value", "endDate", "unit"),
    ),
    Q(
        "does that go up with my steps? correlation",
        either(*(_ah_link(h) for h in _AH_WAYS)),
        (*_AH_ID, "value", "endDate", "unit"),
    ),
    Q(
        "how much weight have i lost since march",
        _size(_ah_weight_change, rel=0.02),
        (*_AH_ID, "value", "unit"),
    ),
]


# --- 3. USGS daily streamflow (NWIS daily values, RDB saved as CSV) ------------------------------------------------

_SF_FLOW = "69928_00060_00003"
_SF_CODE = "69928_00060_00003_cd"
_SF_COLUMNS = ["agency_cd", "site_no", "datetime", _SF_FLOW, _SF_CODE]
# typical mean flow by month of the year (cfs)
_SF_MONTHS = {1: 12500, 2: 15500, 3: 19000, 4: 17000, 5: 12500, 6: 8500, 7: 5200, 8: 4200, 9: 3600, 10: 4300}
_SF_MONTHS |= {11: 6200, 12: 9500}
_SF_YEARS = {2015: 0.9, 2016: 0.85, 2017: 0.75, 2018: 1.45, 2019: 1.25, 2020: 1.05, 2021: 0.9, 2022: 0.85, 2023: 0.7}


def _sf_round(x: float) -> str:
    if x >= 100:
        digits = int(np.floor(np.log10(x))) - 2
        return str(int(round(x, -digits)))
    return f"{x:.1f}"


def _streamflow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9103)
    rows: list[list[Any]] = [["5s", "15s", "20d", "14n", "10s"]]
    level = 0.0
    storm = 0.0
    for day in pd.date_range("2015-10-01", "2023-09-30"):
        level = 0.93 * level + float(rng.normal(0, 0.09))
        storm *= float(rng.uniform(0.55, 0.75))
        if rng.random() < (0.05 if day.month in (2, 3, 4, 5, 9, 10) else 0.035):
            storm += float(rng.lognormal(0.3, 0.8))
        flow = _SF_MONTHS[day.month] * _SF_YEARS[day.year] * np.exp(level) * (1 + storm)
        code = "P" if day >= pd.Timestamp("2022-10-01") else "A"
        if rng.random() < 0.012:
            code += ":e"
        value = _sf_round(float(flow))
        if day.year == 2018 and day.month == 1 and 2 <= day.day <= 7:
            value, code = "Ice", "A"
        rows.append(["USGS", "01646500", f"{day:%Y-%m-%d}", value, code])
    return pd.DataFrame(rows, columns=pd.Index(_SF_COLUMNS))


def _sf(d: pd.DataFrame) -> pd.DataFrame:
    """The days (the RDB format row dropped), flow read as a number (Ice as blank)."""
    days = d[_text(d["datetime"]).str.match(r"\d{4}-\d\d-\d\d")]
    when = pd.to_datetime(_text(days["datetime"]))
    return pd.DataFrame({"when": when, "flow": _num(days[_SF_FLOW]), "code": _text(days[_SF_CODE])})


def _sf_max_row(d: pd.DataFrame) -> pd.Series:
    s = _sf(d)
    return s.loc[s["flow"].idxmax()]


def _sf_year_top(water: bool) -> Callable[[pd.DataFrame], float]:
    def year(d: pd.DataFrame) -> float:
        s = _sf(d)
        key = s["when"].dt.year + (s["when"].dt.month >= 10) * int(water)
        return float(_top(s.groupby(key.astype(str))["flow"].mean()))

    return year


def _sf_low_days(strict: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        f = _sf(d)["flow"]
        return float((f < 2000).sum() if strict else (f <= 2000).sum())

    return count


def _sf_month(how: str, pick: Callable[[pd.Series], str]) -> Callable[[pd.DataFrame], int]:
    def month(d: pd.DataFrame) -> int:
        s = _sf(d)
        by = s.groupby(s["when"].dt.month)["flow"]
        return int(pick(by.mean() if how == "mean" else by.median()))

    return month


_SF_ID = ("datetime",)
_STREAMFLOW_QS = [
    Q("whats the average flow", has(lambda d: float(_sf(d)["flow"].mean())), (*_SF_ID, _SF_FLOW)),
    Q(
        "what was the highest flow and on what day",
        both(has(lambda d: float(_sf_max_row(d)["flow"])), _day(lambda d: _sf_max_row(d)["when"])),
        (*_SF_ID, _SF_FLOW),
    ),
    Q(
        "which year had the most water on average",
        either(_lead(_year(_sf_year_top(False))), _lead(_year(_sf_year_top(True)))),
        (*_SF_ID, _SF_FLOW),
    ),
    Q(
        "how many days was the river below 2000 cfs?",
        either(_count(_sf_low_days(True)), _count(_sf_low_days(False))),
        (*_SF_ID, _SF_FLOW),
    ),
    Q(
        "which month of the year is the river usually lowest",
        either(*(_lead(_month_of(_sf_month(h, _bottom))) for h in ("mean", "median"))),
        (*_SF_ID, _SF_FLOW),
    ),
    Q(
        "and highest?",
        either(*(_lead(_month_of(_sf_month(h, _top))) for h in ("mean", "median"))),
        (*_SF_ID, _SF_FLOW),
    ),
]


# --- 4. LinkedIn Connections.csv (with its "Notes:" preamble) --------------------------------------------------------

_LI_COLUMNS = _split("First Name;Last Name;URL;Email Address;Company;Position;Connected On")
_LI_NOTES = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will '
    "only see email addresses for connections who have allowed their connections to see or download their email "
    'address using this setting https://www.linkedin.com/psettings/privacy/email."',
    '"You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
]
_LI_FIRST = _split(
    "James;Emily;Michael;Sarah;David;Jessica;Daniel;Ashley;Chris;Amanda;Matt;Priya;Raj;Wei;Jun;Ana;Carlos;Sofia;Ahmed;"
    "Fatima;Kevin;Laura;Ryan;Megan;Jason;Nicole;Brian;Rachel;Anil;Deepa;Olga;Ivan;Tom;Hannah;Luis;Maria;Ben;Grace"
)
_LI_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Martinez;Lopez;Wilson;Anderson;Taylor;Thomas;Moore;"
    "Patel;Shah;Kumar;Chen;Wang;Li;Zhang;Kim;Nguyen;Singh;O'Brien;Murphy;Kowalski;Rossi;Schmidt;Cohen;Khan;Ali"
)
_LI_COMPANIES = (
    "Google:30;Amazon:27;Microsoft:22;Deloitte:14;Accenture:12;Meta:11;JPMorgan Chase & Co.:10;IBM:9;Salesforce:9;"
    "Self-employed:8;Capital One:7;Oracle:7;Apple:6;Stripe:5;Robert Half:6;TEKsystems:6;Insight Global:5;Datadog:4;"
    "Snowflake:4;Airbnb:3;Uber:4;Shopify:3;Northeastern University:5;Bank of America:6;Wells Fargo:5;EY:6;PwC:6;"
    "KPMG:4;Spotify:3;Twilio:3;Intuit:4;Adobe:4;Cisco:5;Dell Technologies:4;HubSpot:4;Wayfair:4;Toast:3;DraftKings:2"
)
_LI_STAFFING = ("Robert Half", "TEKsystems", "Insight Global")
_LI_JOBS = (
    "Software Engineer:14;Senior Software Engineer:12;Staff Software Engineer:3;Data Scientist:6;Data Analyst:5;"
    "Product Manager:7;Senior Product Manager:3;Engineering Manager:4;Technical Recruiter:4;"
    "Senior Technical Recruiter:2;"
    "Talent Acquisition Partner:2;Consultant:5;Senior Consultant:4;Solutions Architect:3;UX Designer:3;"
    "Account Executive:3;Founder:2;Co-Founder & CEO:1;Business Analyst:4;DevOps Engineer:2;Machine Learning Engineer:3;"
    "Graduate Student:2;Software Engineering Intern:2"
)
_LI_YEARS = "2014:3;2015:5;2016:6;2017:8;2018:9;2019:10;2020:12;2021:15;2022:18;2023:14"


def _linkedin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9104)
    rows: list[dict[str, Any]] = []
    for _ in range(660):
        first, last = str(_one(rng, _LI_FIRST)), str(_one(rng, _LI_LAST))
        company: str | None = _draw(rng, _LI_COMPANIES)
        position: str | None = _draw(rng, _LI_JOBS)
        if company in _LI_STAFFING and rng.random() < 0.8:
            position = _draw(rng, "Technical Recruiter:5;Senior Recruiter:3;Recruiter:3;Talent Acquisition Partner:1")
        if company == "Self-employed":
            position = _draw(rng, "Freelance Developer:3;Consultant:2;Founder:1")
        if rng.random() < 0.05:
            company, position = None, None
        year = int(_draw(rng, _LI_YEARS))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        slug = f"{first}-{last}".lower().replace("'", "")
        email = f"{first}.{last}@gmail.com".lower().replace("'", "") if rng.random() < 0.07 else None
        rows.append(
            {
                "First Name": first,
                "Last Name": last,
                "URL": f"https://www.linkedin.com/in/{slug}-{_digits(rng, 8, '0123456789abcdef')}",
                "Email Address": email,
                "Company": company,
                "Position": position,
                "Connected On": day,
            }
        )
    frame = pd.DataFrame(rows).sort_values("Connected On", ascending=False, kind="stable", ignore_index=True)
    frame["Connected On"] = [f"{t:%d %b %Y}" for t in frame["Connected On"]]
    header = ["Notes:"] + [""] * (len(_LI_COLUMNS) - 1)
    top = [[n] + [None] * (len(_LI_COLUMNS) - 1) for n in _LI_NOTES[1:]] + [[None] * len(_LI_COLUMNS)]
    body = frame[_LI_COLUMNS].astype(object).where(frame[_LI_COLUMNS].notna(), None).to_numpy().tolist()
    return pd.DataFrame([*top, _LI_COLUMNS, *body], columns=pd.Index(header))


def _li(d: pd.DataFrame) -> pd.DataFrame:
    """The connections under their real header."""
    first = _text(d.iloc[:, 0])
    at = int(np.flatnonzero(first.to_numpy() == "First Name")[0])
    frame = d.iloc[at + 1 :].copy()
    frame.columns = [str(x) for x in d.iloc[at]]
    for c in frame.columns:
        frame[c] = _text(frame[c])
    frame["year"] = pd.to_datetime(frame["Connected On"], format="%d %b %Y").dt.year
    return frame.reset_index(drop=True)


def _li_recruiters(talent: bool) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        li = _li(d)
        job = li["Position"].str.lower()
        hit = job.str.contains("recruit") | (job.str.contains("talent acquisition") & talent)
        return li[hit]

    return rows


_LI_ID = ("First Name", "Last Name", "URL")
_LINKEDIN_QS = [
    Q("how many connections have i got", _count(lambda d: float(len(_li(d)))), _LI_ID),
    Q(
        "which year did i add the most people",
        _lead(_year(lambda d: float(_top(_li(d)["year"].astype(str).value_counts())))),
        (*_LI_ID, "Connected On"),
    ),
    Q(
        "where do most of them work",
        _lead(_named(lambda d: _top(_li(d).loc[lambda x: x["Company"] != "", "Company"].value_counts()))),
        (*_LI_ID, "Company"),
    ),
    Q(
        "how many have an email address?",
        _count(lambda d: float((_li(d)["Email Address"] != "").sum())),
        (*_LI_ID, "Email Address"),
    ),
    Q(
        "how many recruiters am i connected to",
        either(
            _count(lambda d: float(len(_li_recruiters(False)(d)))),
            _count(lambda d: float(len(_li_recruiters(True)(d)))),
        ),
        (*_LI_ID, "Position"),
    ),
    Q(
        "which company are most of them at",
        either(
            *(_lead(_named(lambda d, t=t: _top(_li_recruiters(t)(d)["Company"].value_counts()))) for t in (False, True))
        ),
        (*_LI_ID, "Position", "Company"),
    ),
]


# --- 5. Facebook Ads Manager export (campaigns by day) ---------------------------------------------------------------

_FB_COLUMNS = _split(
    "Campaign name;Reporting starts;Reporting ends;Delivery;Results;Result indicator;Reach;Impressions;"
    "Cost per results;Amount spent (USD);Ends;Link clicks;CPC (cost per link click) (USD);CTR (link click-through rate)"
)
_FB_CLICK = "actions:link_click"
_FB_BUY = "actions:offsite_conversion.fb_pixel_purchase"
# campaign: purchases?, first day, last day, Ends, Delivery, daily budget, CPM, CTR %, purchase rate per click
_FB_CAMPAIGNS: dict[str, tuple[bool, str, str, str, str, float, float, float, float]] = {
    "Winter Sale - Conversions - US": (
        True,
        "2023-01-02",
        "2023-02-05",
        "2023-02-05",
        "completed",
        80,
        14.0,
        1.1,
        0.028,
    ),
    "Blog Traffic - Q1": (False, "2023-01-01", "2023-03-31", "2023-03-31", "completed", 25, 6.5, 1.6, 0.0),
    "Retargeting - Website Visitors 30d": (True, "2023-01-01", "2023-04-30", "Ongoing", "active", 40, 22.0, 1.9, 0.045),
    "Lookalike 1% - Purchasers": (True, "2023-01-15", "2023-04-30", "Ongoing", "active", 60, 12.5, 1.0, 0.022),
    "Valentine's Day Gift Guide": (True, "2023-01-28", "2023-02-14", "2023-02-14", "completed", 70, 15.0, 1.3, 0.031),
    "Spring Collection Launch": (True, "2023-03-01", "2023-04-30", "Ongoing", "active", 90, 13.0, 1.2, 0.026),
    "Newsletter Signup - Traffic": (False, "2023-02-01", "2023-03-20", "Ongoing", "inactive", 20, 7.0, 1.4, 0.0),
    "Broad Audience Test - Purchases": (True, "2023-02-10", "2023-03-12", "Ongoing", "inactive", 50, 10.5, 0.8, 0.012),
    "Instagram Reels - Traffic": (False, "2023-03-10", "2023-04-30", "Ongoing", "active", 30, 5.5, 0.9, 0.0),
    "Easter Promo - Conversions": (True, "2023-03-25", "2023-04-10", "2023-04-10", "completed", 75, 14.5, 1.25, 0.03),
    "Product Video Views to Site": (False, "2023-04-01", "2023-04-30", "Ongoing", "active", 20, 4.8, 0.7, 0.0),
}


def _ads_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9105)
    rows: list[dict[str, Any]] = []
    for name, (buy, first, last, ends, status, budget, cpm, ctr, rate) in _FB_CAMPAIGNS.items():
        for day in pd.date_range(first, last):
            spent = round(budget * float(rng.uniform(0.85, 1.02)), 2)
            impressions = int(spent / cpm * 1000 * rng.lognormal(0, 0.15))
            reach = int(impressions / rng.uniform(1.05, 1.45))
            clicks = int(rng.binomial(impressions, ctr / 100 * float(rng.lognormal(0, 0.2))))
            results = int(rng.binomial(clicks, rate)) if buy else clicks
            rows.append(
                {
                    "Campaign name": name,
                    "Reporting starts": f"{day:%Y-%m-%d}",
                    "Reporting ends": f"{day:%Y-%m-%d}",
                    "Delivery": status,
                    "Results": results or None,
                    "Result indicator": _FB_BUY if buy else _FB_CLICK,
                    "Reach": reach,
                    "Impressions": impressions,
                    "Cost per results": round(spent / results, 6) if results else None,
                    "Amount spent (USD)": spent,
                    "Ends": ends,
                    "Link clicks": clicks or None,
                    "CPC (cost per link click) (USD)": round(spent / clicks, 6) if clicks else None,
                    "CTR (link click-through rate)": round(100 * clicks / impressions, 6),
                }
            )
    frame = pd.DataFrame(rows).sort_values(["Reporting starts", "Campaign name"], kind="stable", ignore_index=True)
    return frame[_FB_COLUMNS]


_FB_SPENT = "Amount spent (USD)"
_FB_CTR = "CTR (link click-through rate)"


def _fb_buys(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Result indicator"]) == _FB_BUY]


def _fb_cheapest(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def name(d: pd.DataFrame) -> str:
        b = _fb_buys(d)
        g = b.groupby("Campaign name")
        cost = g[_FB_SPENT].sum() / g["Results"].sum() if pooled else g["Cost per results"].mean()
        return _bottom(cost)

    return name


def _fb_ctrs(pooled: bool) -> Callable[[pd.DataFrame], Any]:
    def values(d: pd.DataFrame) -> Any:
        g = d.groupby("Campaign name")
        if pooled:
            return (100 * g["Link clicks"].sum() / g["Impressions"].sum()).to_numpy()
        return g[_FB_CTR].mean().to_numpy()

    return values


def _fb_active(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Delivery"]) == "active"]


_FB_ID = ("Campaign name", "Reporting starts")
_ADS_QS = [
    Q(
        "how much have we spent on facebook ads in total",
        _money(lambda d: float(d[_FB_SPENT].sum())),
        (*_FB_ID, _FB_SPENT),
    ),
    Q(
        "how many purchases did the ads bring in",
        _count(lambda d: float(_fb_buys(d)["Results"].sum())),
        (*_FB_ID, "Results", "Result indicator"),
    ),
    Q(
        "which campaign gets purchases the cheapest?",
        either(_lead(_named(_fb_cheapest(True))), _lead(_named(_fb_cheapest(False)))),
        (*_FB_ID, "Results", "Result indicator", "Cost per results", _FB_SPENT),
    ),
    Q(
        "whats the click through rate for each campaign",
        either(_about(_fb_ctrs(True)), _about(_fb_ctrs(False))),
        (*_FB_ID, _FB_CTR, "Link clicks", "Impressions"),
    ),
    Q(
        "how many campaigns are still running",
        _count(lambda d: float(_fb_active(d)["Campaign name"].nunique())),
        (*_FB_ID, "Delivery", "Ends"),
    ),
    Q(
        "how much have those spent so far",
        _money(lambda d: float(_fb_active(d)[_FB_SPENT].sum())),
        (*_FB_ID, "Delivery", "Ends", _FB_SPENT),
    ),
]


# --- 6. NOAA Mauna Loa monthly mean CO2 (co2_mm_mlo.csv) -------------------------------------------------------------

_CO_SEASON = np.array([0.0, 0.65, 1.4, 2.55, 3.05, 2.35, 0.85, -1.25, -2.95, -3.2, -2.0, -0.85])
_CO_MISSING = {(1958, 6), (1958, 10), (1964, 2), (1964, 3), (1964, 4)}


def _co2_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9106)
    season = _CO_SEASON - _CO_SEASON.mean()
    rows: list[dict[str, Any]] = []
    for year in range(1958, 2024):
        for month in range(1, 13):
            if year == 1958 and month < 3:
                continue
            t = year + (month - 0.5) / 12
            x = t - 1958
            trend = 314.9 + 0.78 * x + 0.0126 * x * x + 0.25 * np.sin(x / 3.1)
            deseason = round(trend + float(rng.normal(0, 0.12)), 2)
            average = round(deseason + season[month - 1] * (1 + 0.0015 * x) + float(rng.normal(0, 0.18)), 2)
            known = (year, month) >= (1974, 5)
            ndays = int(np.clip(rng.normal(26, 4), 5, 31)) if known else -1
            sdev = round(float(rng.uniform(0.2, 0.75)), 2) if known else -9.99
            rows.append(
                {
                    "year": year,
                    "month": month,
                    "decimal date": round(t, 4),
                    "average": -99.99 if (year, month) in _CO_MISSING else average,
                    "deseasonalized": deseason,
                    "ndays": ndays,
                    "sdev": sdev,
                    "unc": round(1.96 * sdev / np.sqrt(ndays) + 0.05, 2) if known else -0.99,
                }
            )
    return pd.DataFrame(rows)


def _co(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["average"] > 0]


def _co_year(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_co(d).loc[lambda x: x["year"] == year, "average"].mean())


def _co_month(detrended: bool, pick: Callable[[pd.Series], str]) -> Callable[[pd.DataFrame], int]:
    def month(d: pd.DataFrame) -> int:
        c = _co(d)
        value = c["average"] - c["deseasonalized"] if detrended else c["average"]
        return int(pick(value.groupby(c["month"]).mean()))

    return month


def _co_first_400(annual: bool) -> Callable[[pd.DataFrame], float]:
    def year(d: pd.DataFrame) -> float:
        c = _co(d)
        if annual:
            means = c.groupby("year")["average"].mean()
            return float(means[means > 400].index.min())
        return float(c.loc[c["average"] > 400, "year"].min())

    return year


_CO_ID = ("year", "month", "decimal date")
_CO2_QS = [
    Q(
        "what's the latest co2 reading",
        has(lambda d: float(d.sort_values("decimal date")["average"].iloc[-1]), rel=0.0005),
        (*_CO_ID, "average"),
    ),
    Q(
        "compare the average in 1960 and 2020",
        _about(lambda d: [_co_year(1960)(d), _co_year(2020)(d)], rel=0.0005),
        (*_CO_ID, "average"),
    ),
    Q(
        "which month of the year is co2 usually highest?",
        either(*(_lead(_month_of(_co_month(t, _top))) for t in (False, True))),
        (*_CO_ID, "average", "deseasonalized"),
    ),
    Q(
        "and lowest",
        either(*(_lead(_month_of(_co_month(t, _bottom))) for t in (False, True))),
        (*_CO_ID, "average", "deseasonalized"),
    ),
    Q(
        "how many months have no reading",
        _count(lambda d: float((d["average"] < 0).sum())),
        (*_CO_ID, "average"),
    ),
    Q(
        "what year did it first go over 400",
        either(_year(_co_first_400(True)), _year(_co_first_400(False))),
        (*_CO_ID, "average"),
    ),
]


# --- 7. WTA tour-level matches (Jeff Sackmann's tennis_wta, wta_matches_2023.csv) -----------------------------------

_WT_COLUMNS = _split(
    "tourney_id;tourney_name;surface;draw_size;tourney_level;tourney_date;match_num;winner_id;winner_seed;"
    "winner_entry;winner_name;winner_hand;winner_ht;winner_ioc;winner_age;loser_id;loser_seed;loser_entry;loser_name;"
    "loser_hand;loser_ht;loser_ioc;loser_age;score;best_of;round;minutes;w_ace;w_df;w_svpt;l_ace;l_df;l_svpt;"
    "winner_rank;winner_rank_points;loser_rank;loser_rank_points"
)
# tournament: level, surface, draw, month, day
_WT_EVENTS = (
    "Adelaide 1|P|Hard|32|1|2;Auckland|I|Hard|32|1|2;Hobart|I|Hard|32|1|9;Adelaide 2|P|Hard|32|1|9;"
    "Australian Open|G|Hard|128|1|16;Lyon|I|Hard|32|1|30;Linz|I|Hard|32|2|6;Abu Dhabi|P|Hard|32|2|6;"
    "Doha|P|Hard|32|2|13;Dubai|P|Hard|64|2|20;Merida|I|Hard|32|2|20;Austin|I|Hard|32|2|27;Monterrey|I|Hard|32|2|27;"
    "Indian Wells|P|Hard|64|3|6;Miami|P|Hard|64|3|20;Charleston|P|Clay|64|4|3;Bogota|I|Clay|32|4|3;"
    "Stuttgart|P|Clay|32|4|17;Madrid|P|Clay|64|4|24;Rome|P|Clay|64|5|8;Strasbourg|I|Clay|32|5|21;"
    "Rabat|I|Clay|32|5|21;Roland Garros|G|Clay|128|5|29;Nottingham|I|Grass|32|6|12;'s-Hertogenbosch|I|Grass|32|6|12;"
    "Berlin|P|Grass|32|6|19;Birmingham|I|Grass|32|6|19;Eastbourne|P|Grass|32|6|26;Bad Homburg|I|Grass|32|6|26;"
    "Wimbledon|G|Grass|128|7|3;Budapest|I|Clay|32|7|17;Palermo|I|Clay|32|7|17;Hamburg|I|Clay|32|7|24;"
    "Washington|P|Hard|32|7|31;Montreal|P|Hard|64|8|7;Cincinnati|P|Hard|64|8|14;Cleveland|I|Hard|32|8|20;"
    "US Open|G|Hard|128|8|28;Guadalajara|P|Hard|32|9|18;Tokyo|P|Hard|32|9|25;Ningbo|I|Hard|32|9|25;"
    "Beijing|P|Hard|64|10|2;Monastir|I|Hard|32|10|9;Zhengzhou|P|Hard|32|10|9;Seoul|I|Hard|32|10|9;"
    "Hong Kong|I|Hard|32|10|23;Merida Indoor|I|Carpet|32|10|23"
)
_WT_FIRST = _split(
    "Anna;Elena;Maria;Daria;Ekaterina;Jessica;Coco;Madison;Sofia;Karolina;Petra;Barbora;Marketa;Linda;Jelena;Irina;"
    "Sara;Paula;Camila;Beatriz;Leylah;Caroline;Victoria;Veronika;Anastasia;Magda;Qinwen;Xinyu;Lin;Mirra;Elise;"
    "Donna;Martina;Ons;Liudmila;Yulia;Alize;Clara;Jasmine;Naomi;Emma;Katie;Harriet;Ajla;Tatjana;Laura;Lucia"
)
_WT_LAST = _split(
    "Kovacs;Novak;Petrov;Ivanova;Muller;Bauer;Rossi;Bianchi;Garcia;Martinez;Dubois;Moreau;Svoboda;Dvorak;Horvat;"
    "Kowalska;Nowak;Popescu;Ionescu;Smirnova;Volkova;Wang;Zhang;Liu;Yamamoto;Tanaka;Anderson;Keys;Parker;Stone;"
    "Becker;Vogel;Lindqvist;Hansen;Jensen;Silva;Santos;Ortiz;Morales;Costa;Ferrari;Lambert;Fontaine;Varga;Toth"
)
_WT_IOC = (
    "USA:14;CZE:8;RUS:9;ESP:4;FRA:5;CHN:7;UKR:5;GER:5;ITA:5;AUS:4;ROU:5;BLR:3;POL:3;GBR:4;JPN:4;CAN:2;SUI:2;BEL:2;"
    "KAZ:2;TUN:1;GRE:1;BRA:2;CRO:2;SRB:2;COL:1;ARG:1;MEX:1;NED:2;SLO:1;LAT:1"
)
_WT_ROUNDS = {128: "R128", 64: "R64", 32: "R32", 16: "R16", 8: "QF", 4: "SF", 2: "F"}


def _wt_players(rng: np.random.Generator) -> pd.DataFrame:
    used: set[str] = set()
    rows = []
    for rank in range(1, 321):
        while True:
            name = f"{_one(rng, _WT_FIRST)} {_one(rng, _WT_LAST)}"
            if name not in used:
                used.add(name)
                break
        rows.append(
            {
                "id": int(200000 + rng.integers(0, 90000)) if rank > 3 else 201000 + rank,
                "name": name,
                "hand": _draw(rng, "R:86;L:11;U:3"),
                "ht": float(round(rng.normal(174, 6))) if rng.random() < 0.6 else None,
                "ioc": _draw(rng, _WT_IOC),
                "born": float(rng.uniform(1988, 2006)) if rank < 40 else float(rng.uniform(1986, 2007)),
                "rank": rank,
                "points": round(9500 * rank**-0.85 + float(rng.uniform(0, 40))),
                "serve": float(rng.normal(0, 0.35)),
            }
        )
    frame = pd.DataFrame(rows)
    frame["serve"] += np.where(frame["ht"].notna(), (frame["ht"].fillna(174) - 174) / 12, 0)
    return frame


def _wt_set(rng: np.random.Generator) -> tuple[str, int]:
    """One set won by the first player: its score and number of games."""
    kind = _draw(rng, "6-0:4;6-1:10;6-2:17;6-3:20;6-4:20;7-5:12;7-6:17")
    if kind == "7-6":
        lost = int(_draw(rng, "0:3;1:6;2:10;3:12;4:13;5:13;6:10;7:8;8:5;9:3;10:2"))
        return f"7-6({lost})", 13
    a, b = (int(x) for x in kind.split("-"))
    return kind, a + b


def _wt_score(rng: np.random.Generator) -> tuple[str, int, str]:
    """A best-of-three score, its games and how it ended ("" finished, "RET", "W/O")."""
    end = _draw(rng, ":96.6;RET:3;W/O:0.4")
    if end == "W/O":
        return "W/O", 0, end
    straight = rng.random() < 0.66
    sets = [_wt_set(rng) for _ in range(2 if straight else 3)]
    if not straight:
        lost = int(rng.integers(0, 2))
        text, games = sets[lost]
        head, _sep, tail = text.partition("(")
        a, b = head.split("-")
        sets[lost] = (f"{b}-{a}" + (f"({tail}" if tail else ""), games)
    parts = [s for s, _g in sets]
    games = sum(g for _s, g in sets)
    if end == "RET":
        cut = int(rng.integers(1, len(parts) + 1))
        a, b = int(rng.integers(0, 5)), int(rng.integers(0, 5))
        parts = parts[: cut - 1] + ([f"{a}-{b}"] if a + b else []) + ["RET"]
        games = games * cut // (len(sets) + 1) + a + b
    return " ".join(parts), games, end


def _wt_side(p: pd.Series, seed: int | None, entry: str | None, year_now: float) -> dict[str, Any]:
    return {
        "id": int(p["id"]),
        "seed": seed,
        "entry": entry,
        "name": p["name"],
        "hand": p["hand"],
        "ht": p["ht"],
        "ioc": p["ioc"],
        "age": round(year_now - float(p["born"]), 1),
        "rank": None if entry == "WC" and p["rank"] > 300 else int(p["rank"]),
        "rank_points": None if entry == "WC" and p["rank"] > 300 else int(p["points"]),
    }


def _wt_slots(rng: np.random.Generator, draw: int) -> list[int]:
    """Bracket order of the field (sorted by rank): seed i heads section bitrev(i), the rest drawn at random."""
    sections = draw // 4
    bits = int(np.log2(sections))
    head = [int(f"{i:0{bits}b}"[::-1], 2) if bits else 0 for i in range(sections)]
    rest = [int(x) + sections for x in rng.permutation(draw - sections)]
    slots: list[int] = []
    for sec in range(sections):
        seed = head.index(sec)
        quarter = [seed, *rest[3 * sec : 3 * sec + 3]]
        slots += quarter if sec % 2 == 0 else quarter[::-1]
    return slots


def _wta_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9107)
    players = _wt_players(rng)
    rows: list[dict[str, Any]] = []

    def play(event: dict[str, Any], field: pd.DataFrame, sides: dict[int, dict[str, Any]], a: int, b: int) -> int:
        pa, pb = field.iloc[a], field.iloc[b]
        edge = 0.9 * (np.log(pa["points"]) - np.log(pb["points"]))
        win, lose = (a, b) if rng.random() < 1 / (1 + np.exp(-edge)) else (b, a)
        score, games, end = _wt_score(rng)
        timed = end != "W/O" and rng.random() > 0.07
        stats = timed and rng.random() > 0.05 and event["tourney_level"] != "D"
        w, lo = sides[win], sides[lose]
        pw, pl = field.iloc[win], field.iloc[lose]
        rows.append(
            {
                **event,
                "match_num": sum(r["tourney_id"] == event["tourney_id"] for r in rows[-300:]) + 1,
                **{f"winner_{x}": w[x] for x in ("id", "seed", "entry", "name", "hand", "ht", "ioc", "age")},
                **{f"loser_{x}": lo[x] for x in ("id", "seed", "entry", "name", "hand", "ht", "ioc", "age")},
                "score": score,
                "best_of": 3,
                "minutes": round(games * 4.3 * rng.uniform(0.85, 1.2) + 5) if timed else None,
                "w_ace": int(rng.poisson(max(0.2, games * 0.12 * np.exp(pw["serve"])))) if stats else None,
                "w_df": int(rng.poisson(games * 0.13)) if stats else None,
                "w_svpt": round(games * 3.15 * rng.uniform(0.9, 1.1)) if stats else None,
                "l_ace": int(rng.poisson(max(0.2, games * 0.1 * np.exp(pl["serve"])))) if stats else None,
                "l_df": int(rng.poisson(games * 0.16)) if stats else None,
                "l_svpt": round(games * 3.25 * rng.uniform(0.9, 1.1)) if stats else None,
                "winner_rank": w["rank"],
                "winner_rank_points": w["rank_points"],
                "loser_rank": lo["rank"],
                "loser_rank_points": lo["rank_points"],
            }
        )
        return win

    def event_of(k: int, name: str, level: str, surface: str, draw: int, start: pd.Timestamp) -> dict[str, Any]:
        return {
            "tourney_id": f"2023-{1000 + 7 * k + 3}",
            "tourney_name": name,
            "surface": surface,
            "draw_size": draw,
            "tourney_level": level,
            "tourney_date": int(f"{start:%Y%m%d}"),
        }

    for k, spec in enumerate(_split(_WT_EVENTS)):
        name, level, surface, draw_text, month, day = spec.split("|")
        draw = int(draw_text)
        start = pd.Timestamp(2023, int(month), int(day))
        year_now = 2023 + (start.dayofyear - 1) / 365
        reach = {"G": 1.0, "P": 0.8 if draw == 64 else 0.35, "I": 0.08}[level]
        ranks = players["rank"].to_numpy()
        weights = np.exp(-ranks / (300 * reach)) * (ranks > (0 if level != "I" else 8))
        picked = rng.choice(len(players), size=draw, replace=False, p=weights / weights.sum())
        field = players.iloc[picked].sort_values("rank").reset_index(drop=True)
        entries = {i: _draw(rng, "Q:75;WC:20;LL:5") for i in range(draw // 2, draw) if rng.random() < 0.28}
        sides = {
            i: _wt_side(field.iloc[i], i + 1 if i < draw // 4 else None, entries.get(i), year_now) for i in range(draw)
        }
        event = event_of(k, name, level, surface, draw, start)
        alive = _wt_slots(rng, draw)
        size = draw
        while len(alive) > 1:
            event["round"] = _WT_ROUNDS[size]
            alive = [play(event, field, sides, a, b) for a, b in zip(alive[::2], alive[1::2], strict=True)]
            size //= 2
    # the WTA Finals (eight players, two round-robin groups, then semi-finals and the final)
    start = pd.Timestamp(2023, 10, 30)
    field = players.iloc[:8].reset_index(drop=True)
    sides = {i: _wt_side(field.iloc[i], i + 1, None, 2023.83) for i in range(8)}
    event = event_of(60, "WTA Finals", "F", "Hard", 8, start) | {"round": "RR"}
    wins = dict.fromkeys(range(8), 0)
    for group in ((0, 3, 4, 7), (1, 2, 5, 6)):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                wins[play(event, field, sides, a, b)] += 1
    tops = [sorted(g, key=lambda x: (-wins[x], x))[:2] for g in ((0, 3, 4, 7), (1, 2, 5, 6))]
    event["round"] = "SF"
    finalists = [play(event, field, sides, tops[0][0], tops[1][1]), play(event, field, sides, tops[1][0], tops[0][1])]
    event["round"] = "F"
    play(event, field, sides, *finalists)
    # the Billie Jean King Cup finals (team ties: two singles a tie)
    event = event_of(61, "BJK Cup Finals: Group Stage", "D", "Hard", 4, pd.Timestamp(2023, 11, 7)) | {"round": "RR"}
    nations = ["CZE", "USA", "ESP", "FRA", "GER", "ITA", "CAN", "POL", "KAZ", "SLO", "AUS", "SUI"]
    teams = {n: players[players["ioc"] == n].head(2).index.tolist() for n in nations}
    teams = {n: t for n, t in teams.items() if len(t) == 2}
    field = players
    sides = {i: _wt_side(players.loc[i], None, None, 2023.85) for t in teams.values() for i in t}
    names = list(teams)
    for i in range(0, len(names) - 1, 2):
        for j in range(2):
            for x, y in ((names[i], names[i + 1]), (names[i + 1], names[(i + 2) % len(names)])):
                play(event, field, sides, teams[x][j], teams[y][j])
    return pd.DataFrame(rows)[_WT_COLUMNS]


def _wt_wins(d: pd.DataFrame) -> pd.Series:
    return _text(d["winner_name"]).value_counts()


def _wt_top(d: pd.DataFrame) -> str:
    return _top(_wt_wins(d))


def _wt_aces(d: pd.DataFrame) -> pd.Series:
    won = d.groupby(_text(d["winner_name"]))["w_ace"].sum()
    lost = d.groupby(_text(d["loser_name"]))["l_ace"].sum()
    return won.add(lost, fill_value=0)


def _wt_favourite(unranked_last: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        w, lo = d["winner_rank"], d["loser_rank"]
        if unranked_last:
            w, lo = w.fillna(10_000), lo.fillna(10_000)
        known = w.notna() & lo.notna()
        return float((w[known] < lo[known]).mean())

    return share


_WT_ID = ("tourney_id", "tourney_name", "match_num")
_WTA_QS = [
    Q("who won the most matches", _lead(_named(_wt_top)), (*_WT_ID, "winner_name", "winner_id")),
    Q(
        "how many titles did she win",
        _count(lambda d: float(((_text(d["winner_name"]) == _wt_top(d)) & (_text(d["round"]) == "F")).sum())),
        (*_WT_ID, "winner_name", "winner_id", "round"),
    ),
    Q(
        "what % of matches ended with someone retiring",
        either(
            _share(lambda d: float(_text(d["score"]).str.contains("RET").mean())),
            _share(lambda d: float(_text(d["score"]).str.contains("RET|W/O").mean())),
        ),
        (*_WT_ID, "score"),
    ),
    Q(
        "average match length on each surface",
        _about(lambda d: d.groupby("surface")["minutes"].mean().to_numpy(), rel=0.005),
        (*_WT_ID, "surface", "minutes"),
    ),
    Q(
        "who served the most aces over the whole year, wins and losses",
        _lead(_named(lambda d: _top(_wt_aces(d)))),
        (*_WT_ID, "winner_name", "loser_name", "w_ace", "l_ace", "winner_id", "loser_id"),
    ),
    Q(
        "how often does the higher ranked player win",
        either(_share(_wt_favourite(False)), _share(_wt_favourite(True))),
        (*_WT_ID, "winner_rank", "loser_rank"),
    ),
]


HELDOUT91: list[Dataset] = [
    Dataset("paypal_activity_download", _paypal_frame, _PAYPAL_QS),
    Dataset("apple_health_export", _health_frame, _HEALTH_QS),
    Dataset("usgs_daily_streamflow", _streamflow_frame, _STREAMFLOW_QS),
    Dataset("linkedin_connections", _linkedin_frame, _LINKEDIN_QS),
    Dataset("facebook_ads_campaigns", _ads_frame, _ADS_QS),
    Dataset("mauna_loa_co2_monthly", _co2_frame, _CO2_QS),
    Dataset("wta_matches_2023", _wta_frame, _WTA_QS),
]
