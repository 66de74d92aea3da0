"""HELDOUT149: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a DiscordChatExporter CSV of one server channel
through 2023 with AuthorID (18-digit snowflake), Author as "name#1234", Date as ISO with offset
("2023-03-14T09:12:33.123+00:00"), Content (blank for attachment-only posts), Attachments (a cdn.discordapp.com URL
or blank) and Reactions ("👍 (3),😂 (1)" or blank); a Lime rider trip history export (mid 2021 to mid 2024) with
"Trip ID", "Vehicle Type" (SCOOTER / BIKE), "Status" (COMPLETED / CANCELLED, cancelled trips at zero), "Start Time"
and "End Time" as "2023-05-14 18:22:10 UTC", City, start and end addresses, Duration as "14 min", Distance as
"1.9 mi", Subtotal / Tax / Total as "$4.63", Currency and "Payment Method" ("Visa •••• 4242", "Apple Pay", "Lime
Prime"); an ADP pay statement history in long form (semi-monthly pay, 2020 to mid 2024), one row per statement line
with "Pay Date", "Period Beginning", "Period Ending" as "01/15/2021", "Voucher Number", Type (Earnings / Taxes /
Deductions / Net Pay), Description (Regular, Overtime, Bonus, Federal Income Tax, Social Security Tax, Medicare Tax,
NY State Income Tax, NY SDI Tax, 401K, Medical, Dental, Net Pay), Rate and Hours (earnings only), "This Period" and
"Year To Date" as text with thousands commas and deductions negative; a Pinterest Ads campaign report, one row per
Date and campaign (January to April 2024) with "Campaign ID", "Campaign name", "Campaign status" (ACTIVE / PAUSED /
ARCHIVED), "Campaign objective type", "Spend in account currency", Impressions, "Pin clicks", "Outbound clicks",
CTR as "1.23%" ("--" with no impressions), Saves, "Total conversions (Checkout)" and "Total order value
(Checkout)"; an ONS MM23 download of the CPIH annual rate by COICOP division (1989-2023) in the ONS time-series
layout: a "Title" column and one column per series titled "CPIH ANNUAL RATE 01: FOOD AND NON-ALCOHOLIC BEVERAGES
2015=100", seven metadata rows first (CDID, Source dataset ID, PreUnit, Unit, Release date, Next release, Important
notes), then yearly rows "2019", quarterly rows "2019 Q1" and monthly rows "2019 JAN" mixed in one column; City of
Los Angeles "Building and Safety Permit Information" (2018-2023) with assessor book / page / parcel, tract, block,
lot, "PCIS Permit #", Status, "Status Date" and "Issue Date" as "03/15/2019", "Permit Type" ("Bldg-New",
"Bldg-Alter/Repair", "Electrical", ...), "Permit Sub-Type", "Permit Category", address parts, "Zip Code", "Work
Description", Valuation (blank on many trade permits, some 0), floor area, "# of Residential Dwelling Units",
"# of Stories", contractor, "Council District" and "Latitude/Longitude" as "(34.0522, -118.2437)"; and World Bank GDP
growth (annual %) in long form ("Country Name", "Country Code", Year, Value, 1961-2022) with countries and
aggregates (World, regions, income groups) mixed, rows absent before a country's series starts and some blank
values. All are generated with fixed seeds 14901-14907.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text, _year
from .heldout148 import _money, _num, _top
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _amount(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount that may be written with either sign (a deduction as "-1,234.50" or "1,234.50")."""
    return either(_money(lambda d: abs(float(value(d)))), _money(lambda d: -abs(float(value(d)))))


# --- 1. Discord channel export (DiscordChatExporter CSV) ----------------------------------------------------------

_DC_USERS = {
    "kestrel#4410": 9.0,
    "mika#0420": 7.0,
    "bramble#7781": 5.5,
    "ozzy_dev#1203": 4.0,
    "lunaria#3390": 3.2,
    "pixelpete#5512": 2.5,
    "quietfox#8020": 1.8,
    "tomasz#0091": 1.5,
    "jun#6634": 1.0,
    "Carl-bot#1536": 0.8,
    "serene#2290": 0.6,
    "vex#9001": 0.4,
}
_DC_TEXT = _split(
    "lol;gm everyone;anyone up for a game tonight?;that patch broke everything;ok that's actually hilarious;"
    "check pins for the rules;brb;did you see the trailer??;I think the server is lagging again;"
    "can someone explain how the new ranking works, I keep dropping points after every match;nice;"
    "same lol;welcome to the server!;who's hosting this week;gg;honestly the old map was better;"
    "link doesn't work for me;pushed the fix, let me know;thanks!;what time is the event on saturday?"
)
_DC_EMOJI = ["👍", "😂", "❤️", "🔥", "👀", "🎉"]


def _discord_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14901)
    users = list(_DC_USERS)
    ids = {u: int(rng.integers(10**17, 10**18)) for u in users}
    month_w = np.array([4, 4.5, 5, 4, 3.5, 3, 3.2, 3.8, 6.5, 5, 4.2, 5.2])
    rows = []
    for _ in range(3200):
        m = int(rng.choice(12, p=month_w / month_w.sum())) + 1
        day = int(rng.integers(1, pd.Timestamp(2023, m, 1).days_in_month + 1))
        hour = int(_one(rng, list(range(24)), [1, 0.6, 0.3, 0.2, 0.2, 0.3, 0.5, 1, 1.5, 2, 2.2, 2.4] * 2))
        when = pd.Timestamp(2023, m, day, hour) + pd.Timedelta(milliseconds=int(rng.integers(0, 3_600_000)))
        author = _one(rng, users, list(_DC_USERS.values()))
        attach = ""
        text = _one(rng, _DC_TEXT)
        if rng.random() < 0.11:
            name = _one(rng, ["image.png", "screenshot_2023.jpg", "clip.mp4", "notes.txt"])
            attach = f"https://cdn.discordapp.com/attachments/10214/{int(rng.integers(10**17, 10**18))}/{name}"
            if rng.random() < 0.6:
                text = ""
        if author == "Carl-bot#1536":
            text, attach = "Welcome to the server! Please read #rules.", ""
        reactions = ""
        if rng.random() < 0.27:
            k = 1 if rng.random() < 0.7 else 2
            picks = rng.choice(len(_DC_EMOJI), size=k, replace=False)
            reactions = ",".join(f"{_DC_EMOJI[int(i)]} ({int(rng.integers(1, 6))})" for i in picks)
        rows.append(
            {
                "AuthorID": ids[author],
                "Author": author,
                "Date": when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}+00:00",
                "Content": text,
                "Attachments": attach,
                "Reactions": reactions,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Date", kind="stable").reset_index(drop=True)


def _dc_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], utc=True, format="ISO8601")


def _dc_len(with_blank: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        text = _text(d["Content"])
        text = text if with_blank else text[text != ""]
        return float(text.str.len().mean())

    return value


def _dc_reacted(d: pd.DataFrame) -> int:
    return int((_text(d["Reactions"]) != "").sum())


_DISCORD_QS = [
    Q("who talks the most in here", _lead(_named(lambda d: _top(d.groupby("Author").size()))), ("AuthorID", "Author")),
    Q(
        "how many messages have a file or pic attached",
        _count(lambda d: int((_text(d["Attachments"]) != "").sum())),
        ("Attachments",),
    ),
    Q(
        "which month was the busiest",
        _month_year(lambda d: str(_top(_dc_when(d).dt.strftime("%Y-%m").value_counts()))),
        ("Date",),
    ),
    Q("how many messages got at least one reaction", _count(_dc_reacted), ("Reactions",)),
    Q("what % of all messages is that", _share(lambda d: _dc_reacted(d) / len(d)), ("Reactions",)),
    Q(
        "avg message length in characters?",
        either(_about(_dc_len(False), rel=0.01), _about(_dc_len(True), rel=0.01)),
        ("Content",),
    ),
]


# --- 2. Lime rider trip history -------------------------------------------------------------------------------------

_LM_CITIES = {"Washington DC": 6.0, "Austin": 2.5, "Seattle": 1.6, "Chicago": 1.1}
_LM_STREETS = _split("14th St NW;U St NW;K St NW;Congress Ave;S Lamar Blvd;Pike St;N Clark St;Rainey St;E 6th St")
_LM_FMT = "%Y-%m-%d %H:%M:%S UTC"


def _lime_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14902)
    start_all = pd.Timestamp("2021-06-01")
    span = (pd.Timestamp("2024-05-31") - start_all).total_seconds()
    rows = []
    for _ in range(460):
        start = start_all + pd.Timedelta(seconds=int(rng.uniform(0, span)))
        start = start.floor("s")
        vehicle = _one(rng, ["SCOOTER", "BIKE"], [3, 1])
        city = _one(rng, list(_LM_CITIES), list(_LM_CITIES.values()))
        status = "CANCELLED" if rng.random() < 0.04 else "COMPLETED"
        minutes = 0 if status == "CANCELLED" else max(1, int(rng.gamma(2.6, 5.0 if vehicle == "SCOOTER" else 6.5)))
        miles = 0.0 if status == "CANCELLED" else round(minutes * float(rng.uniform(0.09, 0.16)), 1)
        prime = rng.random() < 0.2
        per_min = 0.39 if vehicle == "SCOOTER" else 0.32
        subtotal = 0.0 if status == "CANCELLED" else round((0 if prime else 1.0) + per_min * minutes, 2)
        tax = round(subtotal * 0.09, 2)
        rows.append(
            {
                "Trip ID": "".join(_one(rng, list("0123456789abcdef")) for _ in range(24)),
                "Vehicle Type": vehicle,
                "Status": status,
                "Start Time": start.strftime(_LM_FMT),
                "End Time": (start + pd.Timedelta(minutes=minutes, seconds=int(rng.integers(0, 60)))).strftime(_LM_FMT),
                "City": city,
                "Start Address": f"{int(rng.integers(100, 2999))} {_one(rng, _LM_STREETS)}",
                "End Address": f"{int(rng.integers(100, 2999))} {_one(rng, _LM_STREETS)}",
                "Duration": f"{minutes} min",
                "Distance": f"{miles:.1f} mi",
                "Subtotal": f"${subtotal:.2f}",
                "Tax": f"${tax:.2f}",
                "Total": f"${subtotal + tax:.2f}",
                "Currency": "USD",
                "Payment Method": "Lime Prime" if prime else _one(rng, ["Visa •••• 4242", "Apple Pay"], [2, 1]),
            }
        )
    return pd.DataFrame(rows).sort_values("Start Time", ascending=False, kind="stable").reset_index(drop=True)


def _lm(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_min"] = pd.to_numeric(out["Duration"].astype(str).str.replace(" min", "", regex=False), errors="coerce")
    out["_mi"] = pd.to_numeric(out["Distance"].astype(str).str.replace(" mi", "", regex=False), errors="coerce")
    out["_total"] = _num(out["Total"])
    out["_start"] = pd.to_datetime(out["Start Time"].astype(str).str.replace(" UTC", "", regex=False))
    out["_ok"] = out["Status"] == "COMPLETED"
    return out


def _lm_typical(how: str, completed: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _lm(d)
        x = x[x["_ok"]] if completed else x
        return float(x["_min"].mean() if how == "mean" else x["_min"].median())

    return value


def _lm_by_vehicle(completed: bool) -> Callable[[pd.DataFrame], Any]:
    def value(d: pd.DataFrame) -> Any:
        x = _lm(d)
        x = x[x["_ok"]] if completed else x
        return x.groupby("Vehicle Type")["_total"].mean().to_numpy()

    return value


_LM_ID = ("Trip ID",)
_LIME_QS = [
    Q(
        "how much have i spent on lime altogether",
        _money(lambda d: _lm(d)["_total"].sum()),
        (*_LM_ID, "Total", "Subtotal", "Tax", "Currency", "Status"),
    ),
    Q(
        "whats my typical ride length in minutes",
        either(*(_about(_lm_typical(h, c), rel=0.01) for h in ("mean", "median") for c in (True, False))),
        (*_LM_ID, "Duration", "Status", "Start Time", "End Time"),
    ),
    Q("which city do i ride in the most", _lead(_named(lambda d: _top(d.groupby("City").size()))), (*_LM_ID, "City")),
    Q(
        "how many rides did i take in 2023",
        either(
            _count(lambda d: int((_lm(d)["_start"].dt.year == 2023).sum())),
            _count(lambda d: int(((_lm(d)["_start"].dt.year == 2023) & _lm(d)["_ok"]).sum())),
        ),
        (*_LM_ID, "Start Time", "Status"),
    ),
    Q("how far have i gone in total", _about(lambda d: _lm(d)["_mi"].sum(), rel=0.005), (*_LM_ID, "Distance")),
    Q(
        "do bike rides cost more than scooter rides on average?",
        either(_about(_lm_by_vehicle(True), rel=0.01), _about(_lm_by_vehicle(False), rel=0.01)),
        (*_LM_ID, "Vehicle Type", "Total", "Subtotal", "Status"),
    ),
]


# --- 3. ADP pay statements history (long form) --------------------------------------------------------------------

_ADP_FMT = "%m/%d/%Y"


def _adp_dates() -> list[tuple[pd.Timestamp, pd.Timestamp, pd.Timestamp]]:
    out = []
    for month in pd.period_range("2020-01", "2024-06", freq="M"):
        first = month.start_time
        mid = first + pd.Timedelta(days=14)
        end = month.end_time.normalize()
        out.append((first, mid, mid))
        out.append((mid + pd.Timedelta(days=1), end, end))
    return out


def _adp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14903)
    rows = []
    ytd: dict[str, float] = {}
    year_seen = 0
    voucher = 50210
    rates = {2020: 38.50, 2021: 40.00, 2022: 42.25, 2023: 44.75, 2024: 46.10}
    bonus_pct = {2020: 0.05, 2021: 0.08, 2022: 0.11, 2023: 0.07, 2024: 0.09}
    for begin, end, pay in _adp_dates():
        if pay.year != year_seen:
            ytd, year_seen = {}, pay.year
        voucher += int(rng.integers(1, 40))
        rate = rates[pay.year]
        lines: list[tuple[str, str, float | None, float | None, float]] = []
        reg_hours = 86.67
        lines.append(("Earnings", "Regular", rate, reg_hours, round(rate * reg_hours, 2)))
        if rng.random() < 0.35:
            ot = float(round(rng.uniform(2, 14) * 4) / 4)
            lines.append(("Earnings", "Overtime", round(rate * 1.5, 4), ot, round(rate * 1.5 * ot, 2)))
        if pay.month == 3 and pay.day == 15:
            lines.append(("Earnings", "Bonus", None, None, round(rate * 2080 * bonus_pct[pay.year], 2)))
        gross = sum(x[4] for x in lines)
        k401 = round(gross * 0.06, 2)
        medical, dental = (142.50 if pay.year < 2023 else 156.80), 11.20
        taxable = gross - k401 - medical - dental
        taxes = [
            ("Federal Income Tax", round(taxable * float(rng.uniform(0.145, 0.155)), 2)),
            ("Social Security Tax", round(gross * 0.062, 2)),
            ("Medicare Tax", round(gross * 0.0145, 2)),
            ("NY State Income Tax", round(taxable * 0.058, 2)),
            ("NY SDI Tax", 0.30),
        ]
        for name, v in taxes:
            lines.append(("Taxes", name, None, None, -v))
        for name, v in (("401K", k401), ("Medical", medical), ("Dental", dental)):
            lines.append(("Deductions", name, None, None, -v))
        net = round(sum(x[4] for x in lines), 2)
        lines.append(("Net Pay", "Net Pay", None, None, net))
        for kind, desc, r, h, amount in lines:
            ytd[desc] = round(ytd.get(desc, 0.0) + amount, 2)
            rows.append(
                {
                    "Pay Date": pay.strftime(_ADP_FMT),
                    "Period Beginning": begin.strftime(_ADP_FMT),
                    "Period Ending": end.strftime(_ADP_FMT),
                    "Voucher Number": voucher,
                    "Type": kind,
                    "Description": desc,
                    "Rate": "" if r is None else f"{r:.4f}",
                    "Hours": "" if h is None else f"{h:.2f}",
                    "This Period": f"{amount:,.2f}",
                    "Year To Date": f"{ytd[desc]:,.2f}",
                }
            )
    return pd.DataFrame(rows)


def _adp(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_amt"] = _num(out["This Period"])
    out["_year"] = pd.to_datetime(out["Pay Date"], format=_ADP_FMT).dt.year
    out["_hours"] = pd.to_numeric(out["Hours"], errors="coerce")
    return out


def _adp_sum(
    desc: tuple[str, ...], year: int | None = None, kind: str | None = None
) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _adp(d)
        hit = x["Type"] == kind if kind else x["Description"].isin(desc)
        if year is not None:
            hit &= x["_year"] == year
        return float(x.loc[hit, "_amt"].sum())

    return value


def _adp_bonus_year(d: pd.DataFrame) -> int:
    x = _adp(d)
    x = x[x["Description"] == "Bonus"]
    return int(x.loc[x["_amt"].idxmax(), "_year"])


_ADP_KEYS = ("Pay Date", "Type", "Description", "This Period")
_FICA = ("Federal Income Tax", "Social Security Tax", "Medicare Tax")
_ADP_QS = [
    Q("what was my total gross pay in 2023", _money(_adp_sum((), 2023, "Earnings")), _ADP_KEYS),
    Q(
        "how much federal tax came out that year",
        either(_amount(_adp_sum(("Federal Income Tax",), 2023)), _amount(_adp_sum(_FICA, 2023))),
        _ADP_KEYS,
    ),
    Q(
        "whats my average take home per paycheck",
        _money(lambda d: _adp(d).loc[_adp(d)["Description"] == "Net Pay", "_amt"].mean()),
        (*_ADP_KEYS, "Voucher Number"),
    ),
    Q(
        "how many overtime hours have i worked in total",
        _about(lambda d: _adp(d).loc[_adp(d)["Description"] == "Overtime", "_hours"].sum(), rel=0.003),
        ("Pay Date", "Type", "Description", "Hours"),
    ),
    Q("which year was my bonus the biggest", _lead(_year(_adp_bonus_year)), _ADP_KEYS),
    Q("how much have i put in my 401k overall", _amount(_adp_sum(("401K",))), (*_ADP_KEYS, "Year To Date")),
]


# --- 4. Pinterest Ads campaign report ------------------------------------------------------------------------------

# name: objective, daily budget, ctr, conversion rate, avg order value, status, last active day
_PN_CAMPAIGNS: dict[str, tuple[str, float, float, float, float, str, str]] = {
    "Spring Collection - Awareness": ("AWARENESS", 120, 0.004, 0.002, 65, "ACTIVE", "2024-04-30"),
    "Spring Collection - Shopping": ("CONVERSIONS", 210, 0.011, 0.028, 72, "ACTIVE", "2024-04-30"),
    "Catalog Sales - All Products": ("CATALOG_SALES", 260, 0.013, 0.031, 58, "ACTIVE", "2024-04-30"),
    "Valentine's Gift Guide": ("CONSIDERATION", 150, 0.016, 0.012, 49, "ARCHIVED", "2024-02-14"),
    "Home Decor Video Views": ("VIDEO_VIEW", 90, 0.003, 0.001, 60, "PAUSED", "2024-03-20"),
    "Retargeting - Cart Abandoners": ("CONVERSIONS", 70, 0.022, 0.061, 81, "ACTIVE", "2024-04-30"),
    "Prospecting - Interests": ("CONSIDERATION", 110, 0.009, 0.008, 55, "PAUSED", "2024-04-02"),
    "Brand Search - Pinterest Shopping": ("CATALOG_SALES", 60, 0.018, 0.035, 64, "ACTIVE", "2024-04-30"),
    "Easter Promo": ("CONVERSIONS", 180, 0.012, 0.022, 53, "PAUSED", "2024-04-01"),
    "Wedding Boards Awareness": ("AWARENESS", 85, 0.005, 0.002, 90, "ACTIVE", "2024-04-30"),
}


def _pinterest_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14904)
    days = pd.date_range("2024-01-01", "2024-04-30", freq="D")
    ids = {name: 626744000000 + int(rng.integers(10**5, 10**6)) for name in _PN_CAMPAIGNS}
    rows = []
    for day in days:
        for name, (obj, budget, ctr, cvr, aov, status, last) in _PN_CAMPAIGNS.items():
            live = day <= pd.Timestamp(last)
            if name == "Easter Promo" and day < pd.Timestamp("2024-03-10"):
                live = False
            spend = round(budget * float(rng.uniform(0.7, 1.05)), 2) if live else 0.0
            cpm = float(rng.uniform(4, 9)) if obj in ("AWARENESS", "VIDEO_VIEW") else float(rng.uniform(9, 16))
            impressions = int(spend / cpm * 1000) if live else 0
            clicks = int(rng.binomial(impressions, ctr)) if impressions else 0
            outbound = int(rng.binomial(clicks, 0.55)) if clicks else 0
            conv = int(rng.binomial(clicks, cvr)) if clicks else 0
            rows.append(
                {
                    "Date": day.strftime("%Y-%m-%d"),
                    "Campaign ID": ids[name],
                    "Campaign name": name,
                    "Campaign status": status,
                    "Campaign objective type": obj,
                    "Spend in account currency": spend,
                    "Impressions": impressions,
                    "Pin clicks": clicks,
                    "Outbound clicks": outbound,
                    "CTR": f"{100 * clicks / impressions:.2f}%" if impressions else "--",
                    "Saves": int(rng.binomial(impressions, 0.0015)) if impressions else 0,
                    "Total conversions (Checkout)": conv,
                    "Total order value (Checkout)": round(sum(float(rng.gamma(4, aov / 4)) for _ in range(conv)), 2),
                }
            )
    return pd.DataFrame(rows)


_PN_SPEND = "Spend in account currency"
_PN_VALUE = "Total order value (Checkout)"


def _pn_ctr(d: pd.DataFrame) -> float:
    return float(_num(d["CTR"].astype(str).str.rstrip("%")).mean() / 100)


def _pn_peak_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Date"]).dt.strftime("%Y-%m")
    return pd.Timestamp(_top(d.groupby(month)[_PN_SPEND].sum()))


_PN_KEYS = ("Date", "Campaign ID", "Campaign name")
_PINTEREST_QS = [
    Q("how much have we spent so far", _money(lambda d: d[_PN_SPEND].sum()), (*_PN_KEYS, _PN_SPEND)),
    Q(
        "which campaign gets the most clicks",
        either(
            _lead(_named(lambda d: _top(d.groupby("Campaign name")["Pin clicks"].sum()))),
            _lead(_named(lambda d: _top(d.groupby("Campaign name")["Outbound clicks"].sum()))),
        ),
        (*_PN_KEYS, "Pin clicks", "Outbound clicks"),
    ),
    Q(
        "overall ctr?",
        either(
            _share(lambda d: float(d["Pin clicks"].sum() / d["Impressions"].sum())),
            _share(lambda d: float(d["Outbound clicks"].sum() / d["Impressions"].sum())),
            _share(_pn_ctr),
        ),
        (*_PN_KEYS, "Impressions", "Pin clicks", "Outbound clicks", "CTR"),
    ),
    Q(
        "whats our return on ad spend overall",
        _about(lambda d: float(d[_PN_VALUE].sum() / d[_PN_SPEND].sum()), rel=0.01),
        (*_PN_KEYS, _PN_SPEND, _PN_VALUE),
    ),
    Q("which month did we spend the most", _month_year(_pn_peak_month), (*_PN_KEYS, _PN_SPEND)),
    Q(
        "how many campaigns are paused right now",
        either(
            _count(lambda d: int(d.loc[d["Campaign status"] == "PAUSED", "Campaign ID"].nunique())),
            _count(lambda d: int((d["Campaign status"] == "PAUSED").sum())),
        ),
        (*_PN_KEYS, "Campaign status"),
    ),
]


# --- 5. ONS CPIH annual rate by division (MM23 time-series layout) ------------------------------------------------

# division number: name, CDID, offset from all items, spread, extra in 2022-23
_ONS_DIVS: dict[str, tuple[str, str, float, float, float]] = {
    "00": ("ALL ITEMS", "L55O", 0.0, 0.0, 0.0),
    "01": ("FOOD AND NON-ALCOHOLIC BEVERAGES", "L55P", -0.6, 1.6, 6.0),
    "02": ("ALCOHOLIC BEVERAGES AND TOBACCO", "L55Q", 2.4, 1.2, -1.0),
    "03": ("CLOTHING AND FOOTWEAR", "L55R", -3.2, 1.8, -1.5),
    "04": ("HOUSING, WATER, ELECTRICITY, GAS AND OTHER FUELS", "L55S", 0.8, 1.5, 2.5),
    "05": ("FURNITURE, HOUSEHOLD EQUIPMENT AND MAINTENANCE", "L55T", -0.8, 1.3, 1.5),
    "06": ("HEALTH", "L55U", 0.9, 0.8, -3.0),
    "07": ("TRANSPORT", "L55V", 0.3, 2.6, 0.5),
    "08": ("COMMUNICATION", "L55W", -0.9, 1.7, -2.0),
    "09": ("RECREATION AND CULTURE", "L55X", -1.1, 1.1, -1.5),
    "10": ("EDUCATION", "L55Y", 4.5, 2.0, -5.0),
    "11": ("RESTAURANTS AND HOTELS", "L55Z", 1.1, 0.7, 0.5),
    "12": ("MISCELLANEOUS GOODS AND SERVICES", "L56A", -0.2, 1.0, -1.0),
}
# all-items yearly anchors (1989-2023)
_ONS_ANCHORS = [6.9, 7.6, 6.5, 4.2, 2.9, 2.4, 2.9, 2.7, 2.3, 2.4, 1.7, 1.2, 1.6, 1.4, 1.6, 1.5, 2.2, 2.4, 2.6, 3.5]
_ONS_ANCHORS += [1.9, 2.8, 3.8, 2.8, 2.3, 1.5, 0.4, 1.0, 2.6, 2.3, 1.7, 1.0, 2.5, 7.9, 6.8]
_ONS_MON = _split("JAN;FEB;MAR;APR;MAY;JUN;JUL;AUG;SEP;OCT;NOV;DEC")


def _ons_title(code: str) -> str:
    return f"CPIH ANNUAL RATE {code}: {_ONS_DIVS[code][0]} 2015=100"


def _ons_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14905)
    years = list(range(1989, 2024))
    monthly: dict[str, list[float]] = {code: [] for code in _ONS_DIVS}
    base: list[float] = []
    for i, year in enumerate(years):
        a, b = _ONS_ANCHORS[i], _ONS_ANCHORS[min(i + 1, len(years) - 1)]
        for m in range(12):
            v = a + (b - a) * m / 12 + float(rng.normal(0, 0.15))
            if year == 2022:
                v = 5.0 + 4.5 * np.sin(np.pi * (m + 1) / 14) + float(rng.normal(0, 0.1))
            if year == 2023:
                v = 8.8 - 0.35 * m + float(rng.normal(0, 0.1))
            base.append(round(min(v, 9.4), 1))
    peak = years.index(2022) * 12 + 9
    base[peak] = 9.6
    for code, (_name, _cdid, off, spread, extra) in _ONS_DIVS.items():
        walk = np.cumsum(rng.normal(0, 0.25, len(base)))
        walk = walk - np.linspace(0, walk[-1], len(base))
        for k, v in enumerate(base):
            if code == "00":
                monthly[code].append(v)
                continue
            year = years[k // 12]
            bump = extra * (1 - abs((k - peak) / 10)) if abs(k - peak) < 10 else 0.0
            x = v + off + spread * float(walk[k]) + bump + float(rng.normal(0, 0.4 * spread))
            if code == "01" and k == peak:
                x = 16.4
            if code == "10" and year >= 2013:
                x = min(x, 3.0)
            monthly[code].append(round(x, 1))
    titles = [_ons_title(c) for c in _ONS_DIVS]
    meta = [
        ["CDID", *(_ONS_DIVS[c][1] for c in _ONS_DIVS)],
        ["Source dataset ID", *(["MM23"] * len(_ONS_DIVS))],
        ["PreUnit", *([""] * len(_ONS_DIVS))],
        ["Unit", *(["%"] * len(_ONS_DIVS))],
        ["Release date", *(["17-01-2024"] * len(_ONS_DIVS))],
        ["Next release", *(["14 February 2024"] * len(_ONS_DIVS))],
        ["Important notes", *([""] * len(_ONS_DIVS))],
    ]
    rows = [dict(zip(["Title", *titles], r, strict=True)) for r in meta]

    def add(label: str, ks: list[int]) -> None:
        rows.append(
            {
                "Title": label,
                **{
                    t: round(float(np.mean([monthly[c][k] for k in ks])), 1)
                    for c, t in zip(_ONS_DIVS, titles, strict=True)
                },
            }
        )

    for i, year in enumerate(years):
        add(str(year), list(range(12 * i, 12 * i + 12)))
    for i, year in enumerate(years):
        for q in range(4):
            add(f"{year} Q{q + 1}", list(range(12 * i + 3 * q, 12 * i + 3 * q + 3)))
    for i, year in enumerate(years):
        for m in range(12):
            rows.append(
                {
                    "Title": f"{year} {_ONS_MON[m]}",
                    **{t: monthly[c][12 * i + m] for c, t in zip(_ONS_DIVS, titles, strict=True)},
                }
            )
    return pd.DataFrame(rows)


def _ons_months(d: pd.DataFrame) -> pd.DataFrame:
    x = d[d["Title"].astype(str).str.fullmatch(r"\d{4} [A-Z]{3}")].copy()
    x["_when"] = pd.to_datetime(x["Title"].str.title(), format="%Y %b")
    for code in _ONS_DIVS:
        x[code] = pd.to_numeric(x[_ons_title(code)], errors="coerce")
    return x.set_index("_when")


def _ons_at(code: str, when: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ons_months(d).loc[pd.Timestamp(when), code])


def _ons_top_div(when: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        row = _ons_months(d).loc[pd.Timestamp(when), [c for c in _ONS_DIVS if c != "00"]]
        return _ONS_DIVS[str(_top(row.astype(float)))][0].lower()

    return value


def _ons_year_row(d: pd.DataFrame, year: int, code: str) -> float:
    row = d[d["Title"].astype(str) == str(year)]
    return float(pd.to_numeric(row[_ons_title(code)]).iloc[0])


def _ons_above(code: str) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _ons_months(d)
        return int((x.loc[x.index.year >= 2000, code] > 5).sum())

    return value


_ONS_ALIASES = {
    "food and non-alcoholic beverages": ("food",),
    "housing, water, electricity, gas and other fuels": ("housing",),
    "furniture, household equipment and maintenance": ("furniture",),
    "alcoholic beverages and tobacco": ("alcohol",),
    "restaurants and hotels": ("restaurants",),
}
_ONS_ALL = ("Title", _ons_title("00"))
_ONS_QS = [
    Q("what was overall inflation in october 2022", _about(_ons_at("00", "2022-10-01"), rel=0.005), _ONS_ALL),
    Q(
        "which category was highest that month",
        _lead(_named(_ons_top_div("2022-10-01"), _ONS_ALIASES)),
        ("Title", *(_ons_title(c) for c in _ONS_DIVS)),
    ),
    Q(
        "when did overall inflation peak",
        _month_year(lambda d: _ons_months(d)["00"].astype(float).idxmax()),
        _ONS_ALL,
    ),
    Q(
        "avg overall rate in 2019?",
        either(
            _about(lambda d: _ons_year_row(d, 2019, "00"), rel=0.005),
            _about(lambda d: float(_ons_months(d).loc["2019", "00"].mean()), rel=0.005),
        ),
        _ONS_ALL,
    ),
    Q("how many months since 2000 was it above 5%", _count(_ons_above("00")), _ONS_ALL),
    Q("and for food?", _count(_ons_above("01")), ("Title", _ons_title("00"), _ons_title("01"))),
]


# --- 6. City of Los Angeles building permits ----------------------------------------------------------------------

# permit type: weight, sub-types, valuation (log-mean, sigma) or None, share with blank valuation
_LA_TYPES: dict[str, tuple[float, list[str], tuple[float, float] | None, float]] = {
    "Bldg-Alter/Repair": (9.0, ["1 or 2 Family Dwelling", "Apartment", "Commercial"], (10.3, 1.0), 0.02),
    "Electrical": (7.0, ["1 or 2 Family Dwelling", "Apartment", "Commercial"], (8.2, 0.9), 0.7),
    "Plumbing": (5.5, ["1 or 2 Family Dwelling", "Apartment", "Commercial"], (8.0, 0.8), 0.75),
    "HVAC": (3.5, ["1 or 2 Family Dwelling", "Commercial"], (9.0, 0.6), 0.6),
    "Bldg-Addition": (2.2, ["1 or 2 Family Dwelling", "Apartment"], (11.3, 0.8), 0.02),
    "Bldg-New": (2.4, ["1 or 2 Family Dwelling", "Apartment", "Commercial"], (12.8, 1.0), 0.01),
    "Fire Sprinkler": (1.2, ["Apartment", "Commercial"], (9.5, 0.7), 0.3),
    "Bldg-Demolition": (1.0, ["1 or 2 Family Dwelling", "Commercial"], (9.2, 0.6), 0.2),
    "Swimming-Pool/Spa": (0.9, ["1 or 2 Family Dwelling"], (10.7, 0.4), 0.05),
    "Grading": (0.5, ["Onsite"], (10.0, 0.8), 0.1),
}
_LA_ZIPS = {"90026": 3, "90039": 2, "91311": 1, "90019": 3.4, "90046": 2.8, "91367": 2, "90066": 2.6, "90042": 2.5}
_LA_ZIPS |= {"90003": 1.4, "90011": 1.8, "91401": 1.6, "90065": 2.2, "90034": 2.1, "90049": 1.7}
_LA_STREETS = _split("SUNSET;MELROSE;FOUNTAIN;VENTURA;PICO;WESTERN;FIGUEROA;LA BREA;ROSCOMARE;VENICE;TOPANGA")
_LA_STATUS = {"Permit Finaled": 5, "Issued": 3, "CofO Issued": 0.6, "Permit Expired": 1.1, "Permit Closed": 0.5}
_LA_FMT = "%m/%d/%Y"


def _la_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14906)
    types = list(_LA_TYPES)
    zips = list(_LA_ZIPS)
    span = (pd.Timestamp("2023-12-29") - pd.Timestamp("2018-01-02")).days
    rows = []
    for _ in range(3400):
        kind = _one(rng, types, [_LA_TYPES[t][0] for t in types])
        _w, subs, val, blank = _LA_TYPES[kind]
        sub = _one(rng, subs)
        issued = pd.Timestamp("2018-01-02") + pd.Timedelta(days=int(rng.integers(0, span)))
        status = _one(rng, list(_LA_STATUS), list(_LA_STATUS.values()))
        if kind != "Bldg-New" and status == "CofO Issued":
            status = "Permit Finaled"
        status_date = issued + pd.Timedelta(days=int(rng.integers(0, 700)))
        status_date = min(status_date, pd.Timestamp("2024-01-31"))
        valuation: Any = ""
        if val and rng.random() >= blank:
            valuation = round(float(np.exp(rng.normal(*val))), -1)
            if rng.random() < 0.03:
                valuation = 0
        units: Any = ""
        if kind == "Bldg-New" and sub != "Commercial":
            units = 1 if sub == "1 or 2 Family Dwelling" and rng.random() < 0.7 else int(rng.integers(2, 60))
            if sub == "1 or 2 Family Dwelling":
                units = min(units, 2)
        elif kind == "Bldg-Addition" and rng.random() < 0.3:
            units = 1
        zipc = _one(rng, zips, list(_LA_ZIPS.values()))
        lat, lon = 34.0 + float(rng.uniform(0, 0.3)), -118.5 + float(rng.uniform(0, 0.3))
        rows.append(
            {
                "Assessor Book": int(rng.integers(2000, 7000)),
                "Assessor Page": int(rng.integers(1, 40)),
                "Assessor Parcel": int(rng.integers(1, 99)),
                "Tract": f"TR {int(rng.integers(1000, 30000))}",
                "Block": "" if rng.random() < 0.6 else str(int(rng.integers(1, 40))),
                "Lot": str(int(rng.integers(1, 200))),
                "PCIS Permit #": f"{issued.year % 100}{int(rng.integers(10, 99))}{int(rng.integers(0, 99999)):05d}"
                f"-{int(rng.integers(10000, 99999))}-{int(rng.integers(1, 99999)):05d}",
                "Status": status,
                "Status Date": status_date.strftime(_LA_FMT),
                "Permit Type": kind,
                "Permit Sub-Type": sub,
                "Permit Category": "Plan Check" if kind.startswith("Bldg") or kind == "Grading" else "No Plan Check",
                "Initiating Office": _one(rng, ["METRO", "VAN NUYS", "WEST LA", "INTERNET", "SOUTH LA"]),
                "Issue Date": issued.strftime(_LA_FMT),
                "Address Start": int(rng.integers(100, 20000)),
                "Street Direction": _one(rng, ["", "N", "S", "W", "E"]),
                "Street Name": _one(rng, _LA_STREETS),
                "Street Suffix": _one(rng, ["BLVD", "AVE", "ST", "DR"]),
                "Zip Code": zipc,
                "Work Description": f"{kind.upper().replace('BLDG-', '')} WORK PER PLANS ({sub.upper()})",
                "Valuation": valuation,
                "Floor Area-L.A. Zoning Code Definition": (
                    int(rng.integers(400, 40000)) if kind in ("Bldg-New", "Bldg-Addition") else ""
                ),
                "# of Residential Dwelling Units": units,
                "# of Stories": int(rng.integers(1, 6)) if kind == "Bldg-New" else "",
                "Contractor's Business Name": _one(rng, ["", "OWNER-BUILDER", "ACME BUILDERS INC", "LA PLUMBING CO"]),
                "Council District": int(rng.integers(1, 16)),
                "Latitude/Longitude": f"({lat:.5f}, {lon:.5f})",
            }
        )
    return pd.DataFrame(rows)


def _la(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_issued"] = pd.to_datetime(out["Issue Date"], format=_LA_FMT)
    out["_val"] = pd.to_numeric(out["Valuation"], errors="coerce")
    out["_new"] = out["Permit Type"] == "Bldg-New"
    return out


_LA_ID = ("PCIS Permit #",)
_LA_QS = [
    Q(
        "how many permits were issued in 2021",
        _count(lambda d: int((_la(d)["_issued"].dt.year == 2021).sum())),
        (*_LA_ID, "Issue Date"),
    ),
    Q(
        "whats the most common kind of permit",
        _lead(_named(lambda d: _top(d.groupby("Permit Type").size()))),
        (*_LA_ID, "Permit Type", "Permit Sub-Type"),
    ),
    Q(
        "total value of the new building permits",
        _money(lambda d: _la(d).loc[_la(d)["_new"], "_val"].sum()),
        (*_LA_ID, "Permit Type", "Valuation"),
    ),
    Q(
        "which zip code had the most of those",
        _lead(_named(lambda d: _top(_la(d)[_la(d)["_new"]].groupby(d["Zip Code"].astype(str)).size()))),
        (*_LA_ID, "Permit Type", "Zip Code", "Valuation"),
    ),
    Q(
        "what percent of permits expired",
        _share(lambda d: float((d["Status"] == "Permit Expired").mean())),
        (*_LA_ID, "Status"),
    ),
    Q(
        "how many have no valuation listed",
        either(
            _count(lambda d: int(_la(d)["_val"].isna().sum())),
            _count(lambda d: int((_la(d)["_val"].isna() | (_la(d)["_val"] == 0)).sum())),
        ),
        (*_LA_ID, "Valuation"),
    ),
]


# --- 7. World Bank GDP growth (annual %), long form ---------------------------------------------------------------

# name;code;mean growth;volatility;first year
_WG_COUNTRIES = """United States;USA;2.9;1.9;1961
China;CHN;8.2;6.5;1961
India;IND;5.2;3.0;1961
Japan;JPN;3.4;3.4;1961
Germany;DEU;2.1;2.2;1971
United Kingdom;GBR;2.3;2.0;1961
France;FRA;2.6;2.0;1961
Brazil;BRA;3.9;3.8;1961
Italy;ITA;2.2;2.5;1961
Canada;CAN;3.0;2.1;1961
Korea, Rep.;KOR;6.8;4.0;1961
Russian Federation;RUS;1.3;5.5;1990
Mexico;MEX;3.6;3.5;1961
Indonesia;IDN;5.3;3.5;1961
Turkiye;TUR;4.6;4.0;1961
Saudi Arabia;SAU;4.5;6.0;1969
Argentina;ARG;2.3;5.5;1961
South Africa;ZAF;2.6;2.3;1961
Nigeria;NGA;3.4;6.5;1961
Egypt, Arab Rep.;EGY;4.8;2.4;1961
Viet Nam;VNM;6.3;1.8;1985
Poland;POL;3.4;3.2;1990
Kenya;KEN;4.6;3.0;1961
Ethiopia;ETH;6.5;5.0;1981
Bangladesh;BGD;5.0;2.5;1961
Chile;CHL;4.1;4.5;1961
Ireland;IRL;4.9;4.5;1971
Ukraine;UKR;-0.4;8.0;1990
Rwanda;RWA;5.0;9.0;1961
Guyana;GUY;3.0;6.0;1961"""
_WG_AGGREGATES = """World;WLD;3.4;1.4;1961
High income;HIC;3.0;1.6;1961
Low & middle income;LMY;4.5;1.9;1961
Euro area;EMU;2.2;2.0;1971
Sub-Saharan Africa;SSF;3.4;1.8;1961
East Asia & Pacific;EAS;4.6;1.8;1961
Latin America & Caribbean;LCN;3.4;2.4;1961
South Asia;SAS;5.0;2.0;1961"""


def _wg_parse(text: str) -> list[tuple[str, str, float, float, int]]:
    return [(a, b, float(c), float(e), int(f)) for a, b, c, e, f in (line.split(";") for line in text.splitlines())]


_WG_AGG_CODES = {code for _n, code, *_r in _wg_parse(_WG_AGGREGATES)}
_WG_SHOCKS = {1975: -1.8, 1982: -2.0, 1991: -1.2, 2009: -4.5, 2020: -6.3, 2021: 3.2}


def _wb_growth_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14907)
    rows = []
    for name, code, mean, vol, first in _wg_parse(_WG_COUNTRIES) + _wg_parse(_WG_AGGREGATES):
        agg = code in _WG_AGG_CODES
        for year in range(first, 2023):
            shock = _WG_SHOCKS.get(year, 0.0) * (1.0 if agg else float(rng.uniform(0.5, 1.6)))
            value = mean + shock + float(rng.normal(0, vol * (0.45 if agg else 1.0)))
            if code == "CHN" and year in (1961, 1962):
                value = {1961: -27.3, 1962: -5.6}[year]
            if code == "GUY" and year == 2022:
                value = 63.4
            if code == "WLD" and year in (2009, 2020):
                value = {2009: -1.4, 2020: -3.1}[year]
            if code == "WLD" and year not in (2009, 2020):
                value = max(value, 0.4)
            cell: Any = value
            if not agg and rng.random() < 0.015:
                cell = np.nan
            rows.append({"Country Name": name, "Country Code": code, "Year": year, "Value": cell})
    return pd.DataFrame(rows)


def _wg_at(code: str, year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[(d["Country Code"] == code) & (d["Year"] == year), "Value"].iloc[0])


def _wg_countries(d: pd.DataFrame) -> pd.DataFrame:
    return d[~d["Country Code"].isin(_WG_AGG_CODES)]


def _wg_worst(code: str) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = d[(d["Country Code"] == code) & d["Value"].notna()]
        return int(x.loc[x["Value"].idxmin(), "Year"])

    return value


def _wg_top_2021(d: pd.DataFrame) -> str:
    x = _wg_countries(d)
    x = x[(x["Year"] == 2021) & x["Value"].notna()]
    return str(x.loc[x["Value"].idxmax(), "Country Name"])


_WG_KEYS = ("Country Name", "Country Code", "Year", "Value")
_WB_GROWTH_QS = [
    Q("what was world gdp growth in 2009", _about(_wg_at("WLD", 2009), rel=0.01), _WG_KEYS),
    Q("which country grew the fastest in 2021", _lead(_named(_wg_top_2021)), _WG_KEYS),
    Q(
        "india's average growth in the 2010s",
        _about(lambda d: float(d.loc[(d["Country Code"] == "IND") & d["Year"].between(2010, 2019), "Value"].mean())),
        _WG_KEYS,
    ),
    Q(
        "how many countries shrank in 2020",
        either(
            _count(lambda d: int(((_wg_countries(d)["Year"] == 2020) & (_wg_countries(d)["Value"] < 0)).sum())),
            _count(lambda d: int(((d["Year"] == 2020) & (d["Value"] < 0)).sum())),
        ),
        _WG_KEYS,
    ),
    Q("worst year for the world economy?", _lead(_year(_wg_worst("WLD"))), _WG_KEYS),
    Q("and for china", _lead(_year(_wg_worst("CHN"))), _WG_KEYS),
]


HELDOUT149: list[Dataset] = [
    Dataset("discord_message_export", _discord_frame, _DISCORD_QS),
    Dataset("lime_scooter_trip_history", _lime_frame, _LIME_QS),
    Dataset("adp_pay_statements_export", _adp_frame, _ADP_QS),
    Dataset("pinterest_ads_campaign_report", _pinterest_frame, _PINTEREST_QS),
    Dataset("ons_uk_cpih_inflation_monthly", _ons_frame, _ONS_QS),
    Dataset("los_angeles_building_permits", _la_frame, _LA_QS),
    Dataset("world_bank_gdp_growth_long", _wb_growth_frame, _WB_GROWTH_QS),
]
