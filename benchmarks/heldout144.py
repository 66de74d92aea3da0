"""HELDOUT144: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a ConvertKit (Kit) subscribers export with a
numeric id, first_name (blank for many), lower-case email_address, state (active / cancelled / bounced / complained /
inactive), created_at as "2023-04-12 14:33:05 UTC" (January 2022 to June 2024, a launch spike in September 2023),
the custom fields last_name, website and referrer (mostly blank) and tags as one quoted comma-separated field
("Newsletter, Lead Magnet - Checklist", blank for some); a Duolingo personal data export of daily progress (March
2023 to February 2024) with one row per date and course ("Spanish from English" every day, "French from English"
from September on days practised only), date as "2023-03-01", xp_gained (0 on skipped days), lessons_completed,
practice_sessions, time_spent_seconds, streak (running count, back to 0 after a skip), league ("Bronze" ...
"Diamond") and league_rank; a Ticketmaster orders report (five shows at one venue in 2024) with "Event Name",
"Event Code", "Event Date" as "06/14/2024 8:00 PM", "Order Number" as "35-12345/LAX", "Order Date" as "03/05/2024
2:22 PM", Section ("FLOOR", "101" ...), Row, "Seat From" / "Seat To" (blank for general admission), "Ticket Type"
(Standard Admission / VIP Package / Platinum / Accessible), Qty, Price per ticket as "$89.50", Fees and "Order
Total" as dollar strings, "Payment Method" in capitals, "Sales Channel" (Internet / Mobile App / Box Office /
Phone), "Order Status" (Completed / Refunded / Cancelled), "Buyer Zip" read as a number (leading zeros lost, blank
for some) and "Buyer Country"; a Twilio usage records export (daily, 2023) with category (sms-outbound, sms-inbound,
mms-outbound, calls-outbound, calls-inbound, phonenumbers-local, recordings and a "totalprice" row per day that is
the sum of the others), description, account_sid, api_version, start_date / end_date as "2023-01-05", as_of, count
and count_unit, usage and usage_unit (segments, minutes, numbers, usd), price (dollars as decimals) and price_unit
"usd"; Statistics Canada's consumer price index table 18-10-0004-01 in long form (January 2015 to December 2023)
with REF_DATE as "2022-06", GEO (Canada, Quebec, Ontario, Alberta, British Columbia and "Whitehorse, Yukon"),
DGUID, "Products and product groups" (All-items, Food, Shelter, Gasoline, Energy, Clothing and footwear), UOM
"2002=100", UOM_ID, SCALAR_FACTOR "units", SCALAR_ID, VECTOR "v41690973", COORDINATE "1.2", VALUE (blank with STATUS
".." for some Whitehorse months), STATUS, SYMBOL, TERMINATED and DECIMALS; City of Toronto parking tickets (2019)
with tag_number_masked as "***12345", date_of_infraction as the number 20190315, infraction_code,
upper-case infraction_description ("PARK-SIGNED HWY-PROHIBIT DY/TM"), set_fine_amount, time_of_infraction as a
number HHMM (leading zeros lost, a few blank), location1 ("NR", "AT", "OPP", blank), location2 ("20 EDWARD ST"),
location3 / location4 (mostly blank) and a two-letter province (ON, QC, NY ... and XX for unknown); and a UNESCO UIS
(UIS.Stat) export of out-of-school rates for children of primary school age with EDULIT_IND (ROFST_1_CP, ROFST_1_F,
ROFST_1_M), Indicator spelled out with the sex, LOCATION as ISO3 codes (plus the aggregates WLD and SSA), Country,
TIME and Time (2000-2020, with gaps), Value in percent, and "Flag Codes" / Flags ("+" National Estimation, "**" UIS
Estimation, mostly blank). All are generated with fixed seeds 14401-14407.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _year
from .heldout38 import _month
from .heldout42 import _ranked
from .heldout143 import _hour, _money
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _bottom(scores: pd.Series) -> str:
    """The lowest label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending=True).index[0])


def _pick(label: Callable[[pd.DataFrame], str]) -> Check:
    """The label named as the pick."""
    return _lead(_named(label))


def _small(value: Callable[[pd.DataFrame], float]) -> Check:
    """A small dollar amount in dollars or in cents ("$0.0099", "0.99 cents"), to 2% of itself."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        if any(abs(f - want) <= 0.02 * want or abs(f - 100 * want) <= 2 * want for f in _found(answer)):
            return None
        return f"missing amount {want:.4g}"

    return check


def _midnight(value: Callable[[pd.DataFrame], int]) -> Check:
    """Hour 0 said as "midnight"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        if int(value(df)) == 0 and "midnight" in answer.lower():
            return None
        return "missing midnight"

    return check


def _dollars(s: pd.Series) -> pd.Series:
    """ "$1,234.50" as 1234.5."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


# --- 1. ConvertKit (Kit) subscribers export -----------------------------------------------------------------------

_CK_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Mason", "Sophia", "Lucas", "Mia", "Ethan", "Chloe", "Aiden"]
_CK_FIRST += ["Zoe", "Daniel", "Grace", "Ryan", "Nora", "Owen", "Leah", "Caleb", "Ruby", "Jonah", "Isla", "Priya"]
_CK_LAST = ["Smith", "Johnson", "Lee", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Nguyen", "Patel", "Clark"]
_CK_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "protonmail.com"]
_CK_DOMAIN_W = [46, 11, 9, 8, 7, 2, 2]
_CK_WORK = ["acme.io", "brightlane.co", "northpeak.com", "studiofern.com", "kettle.dev"]
_CK_TAGS = ["Newsletter", "Lead Magnet - Checklist", "Webinar 2023", "Customer", "Podcast Listener", "Course Waitlist"]
_CK_TAG_P = [0.7, 0.22, 0.12, 0.08, 0.15, 0.1]


def _convertkit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14401)
    start = pd.Timestamp("2022-01-01")
    days = (pd.Timestamp("2024-06-30") - start).days
    rows = []
    ids = 1_100_000_000 + np.cumsum(rng.integers(1, 700_000, size=2400))
    stamps = []
    for _ in range(2400):
        if rng.random() < 0.16:
            day = (pd.Timestamp("2023-09-04") - start).days + int(rng.integers(0, 24))
        else:
            day = int(days * rng.random() ** 0.8)
        stamps.append(start + pd.Timedelta(days=day, seconds=int(rng.integers(0, 86400))))
    stamps.sort()
    for i in range(2400):
        first = _one(rng, _CK_FIRST)
        last = _one(rng, _CK_LAST)
        domain = _one(rng, _CK_WORK) if rng.random() < 0.12 else _one(rng, _CK_DOMAINS, _CK_DOMAIN_W)
        local = _one(rng, [f"{first}.{last}", f"{first}{last[0]}", f"{first[0]}{last}{int(rng.integers(1, 99))}"])
        email = f"{local}{i % 97 if rng.random() < 0.3 else ''}@{domain}".lower()
        state = _one(rng, ["active", "cancelled", "bounced", "complained", "inactive"], [76, 15, 4, 0.7, 4.3])
        tags = [t for t, p in zip(_CK_TAGS, _CK_TAG_P, strict=True) if rng.random() < p]
        if stamps[i] >= pd.Timestamp("2023-09-04") and stamps[i] < pd.Timestamp("2023-09-28") and rng.random() < 0.7:
            tags = sorted(set(tags) | {"Webinar 2023"}, key=_CK_TAGS.index)
        rows.append(
            {
                "id": int(ids[i]),
                "first_name": first if rng.random() > 0.18 else "",
                "email_address": email,
                "state": state,
                "created_at": f"{stamps[i]:%Y-%m-%d %H:%M:%S} UTC",
                "last_name": last if rng.random() < 0.35 else "",
                "website": f"https://{domain}" if domain in _CK_WORK and rng.random() < 0.6 else "",
                "referrer": _one(
                    rng,
                    ["", "https://www.google.com/", "https://twitter.com/", "https://myblog.com/checklist"],
                    [70, 12, 8, 10],
                ),
                "tags": ", ".join(tags),
            }
        )
    return pd.DataFrame(rows)


def _ck_tags(d: pd.DataFrame) -> pd.Series:
    return d["tags"].fillna("").astype(str)


def _ck_months(d: pd.DataFrame) -> pd.Series:
    when = pd.to_datetime(d["created_at"].str.replace(" UTC", "", regex=False))
    return when.dt.to_period("M").value_counts()


def _ck_domain(d: pd.DataFrame) -> str:
    return _top(d["email_address"].str.split("@").str[1].str.lower().value_counts())


def _ck_checklist(d: pd.DataFrame) -> pd.Series:
    return _ck_tags(d).str.contains("Lead Magnet - Checklist", regex=False)


_CK_QS = [
    Q(
        "how many subscribers do i have",
        either(_count(lambda d: len(d)), _count(lambda d: int((d["state"] == "active").sum()))),
        ("id", "email_address", "state"),
    ),
    Q("how many unsubscribed?", _count(lambda d: int((d["state"] == "cancelled").sum())), ("state", "id")),
    Q(
        "which month did i get the most new signups",
        _month_year(lambda d: _ck_months(d).idxmax().to_timestamp()),
        ("created_at", "id"),
    ),
    Q("what's the most common email provider", _pick(_ck_domain), ("email_address",)),
    Q(
        "what percent of people have the checklist tag",
        either(
            _share(lambda d: float(_ck_checklist(d).mean())),
            _share(lambda d: float(_ck_checklist(d)[d["state"] == "active"].mean())),
        ),
        ("tags", "state", "id"),
    ),
    Q(
        "how many of those are still active",
        _count(lambda d: int((_ck_checklist(d) & (d["state"] == "active")).sum())),
        ("tags", "state", "id"),
    ),
]


# --- 2. Duolingo personal data export (daily progress) -------------------------------------------------------------

_DL_LEAGUES = ["Bronze", "Silver", "Gold", "Sapphire", "Ruby", "Emerald", "Amethyst", "Pearl", "Obsidian", "Diamond"]


def _duolingo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14402)
    dates = pd.date_range("2023-03-01", "2024-02-29", freq="D")
    rows = []
    streak = 0
    league = 0
    rank = 15
    for day in dates:
        if day.dayofweek == 0:
            if rank <= 7 and league < len(_DL_LEAGUES) - 1:
                league += 1
            elif rank >= 26 and league > 0:
                league -= 1
        boost = 1.0 + 0.8 * (day.month == 10) + 0.4 * (day.month in (1, 11)) - 0.3 * (day.month in (7, 8))
        spanish_skip = rng.random() < 0.07
        french = day >= pd.Timestamp("2023-09-01") and rng.random() < 0.45
        practised = (not spanish_skip) or french
        streak = streak + 1 if practised else 0
        rank = int(np.clip(rank + rng.integers(-6, 7), 1, 30))
        for course, on in (("Spanish from English", not spanish_skip), ("French from English", french)):
            if course.startswith("French") and not french:
                continue
            if on:
                lessons = max(1, int(rng.poisson(3.2 * boost if course.startswith("Spanish") else 2.0)))
                sessions = lessons + int(rng.poisson(0.6))
                xp = int(
                    sum(
                        rng.choice([10, 12, 15, 20, 30, 40], p=[0.3, 0.15, 0.3, 0.15, 0.05, 0.05])
                        for _ in range(sessions)
                    )
                )
                secs = int(xp * rng.normal(13, 3.5) + rng.normal(60, 40))
                secs = max(secs, 90)
            else:
                lessons = sessions = xp = secs = 0
            rows.append(
                {
                    "date": f"{day:%Y-%m-%d}",
                    "course": course,
                    "xp_gained": xp,
                    "lessons_completed": lessons,
                    "practice_sessions": sessions,
                    "time_spent_seconds": secs,
                    "streak": streak,
                    "league": _DL_LEAGUES[league],
                    "league_rank": rank,
                }
            )
    return pd.DataFrame(rows)


def _dl_daily(d: pd.DataFrame) -> pd.Series:
    return d.groupby("date")["xp_gained"].sum()


_DL_QS = [
    Q("how much xp have i earned in total", _count(lambda d: int(d["xp_gained"].sum())), ("xp_gained", "date")),
    Q(
        "whats my average xp per day",
        either(
            _about(lambda d: _dl_daily(d).mean()),
            _about(lambda d: d["xp_gained"].mean()),
            _about(lambda d: _dl_daily(d)[_dl_daily(d) > 0].mean()),
            _about(lambda d: d.loc[d["xp_gained"] > 0, "xp_gained"].mean()),
        ),
        ("xp_gained", "date", "course"),
    ),
    Q(
        "which month was my best?",
        _month_year(
            lambda d: (
                pd.to_datetime(d["date"])
                .dt.to_period("M")
                .pipe(lambda m: d["xp_gained"].groupby(m).sum().idxmax().to_timestamp())
            )
        ),
        ("date", "xp_gained", "lessons_completed"),
    ),
    Q("longest streak i had?", _count(lambda d: int(d["streak"].max())), ("streak", "date")),
    Q(
        "how many days did i skip",
        either(_count(lambda d: int((_dl_daily(d) == 0).sum())), _count(lambda d: int((d["xp_gained"] == 0).sum()))),
        ("date", "xp_gained", "lessons_completed", "streak"),
    ),
    Q(
        "does spending more time get me more xp?",
        _corr(lambda d: d["time_spent_seconds"], lambda d: d["xp_gained"]),
        ("time_spent_seconds", "xp_gained"),
    ),
]


# --- 3. Ticketmaster orders report ----------------------------------------------------------------------------------

# show: event code, date, demand weight, standard price
_TM_SHOWS: dict[str, tuple[str, str, float, float]] = {
    "Olivia Rodrigo - GUTS World Tour": ("0B006051A1", "06/14/2024 8:00 PM", 1.6, 129.5),
    "Zach Bryan - The Quittin Time Tour": ("0B00605E77", "07/02/2024 7:30 PM", 1.2, 99.0),
    "Hozier - Unreal Unearth Tour": ("0B006072C3", "08/09/2024 8:00 PM", 0.9, 89.5),
    "Tyler Childers - Mule Pull Tour": ("0B0060A415", "09/21/2024 7:00 PM", 0.7, 79.5),
    "Laufey - Bewitched Tour": ("0B0060B9D0", "10/18/2024 8:00 PM", 0.55, 69.5),
}
# ticket type: weight, price multiple, sections
_TM_TYPES: dict[str, tuple[float, float, list[str]]] = {
    "Standard Admission": (70, 1.0, ["101", "102", "103", "104", "201", "202", "203", "204", "FLOOR"]),
    "VIP Package": (10, 3.2, ["FLOOR", "101", "102"]),
    "Platinum": (12, 2.1, ["101", "102", "103", "FLOOR"]),
    "Accessible": (8, 0.9, ["104A", "203A"]),
}


def _ticketmaster_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14403)
    shows = list(_TM_SHOWS)
    types = list(_TM_TYPES)
    rows = []
    numbers = rng.choice(np.arange(10_000, 99_999), size=2600, replace=False)
    for i in range(2600):
        show = _one(rng, shows, [v[2] for v in _TM_SHOWS.values()])
        code, when, _, base = _TM_SHOWS[show]
        kind = _one(rng, types, [v[0] for v in _TM_TYPES.values()])
        _, mult, sections = _TM_TYPES[kind]
        section = _one(rng, sections)
        qty = int(_one(rng, [1, 2, 3, 4, 6], [18, 52, 10, 17, 3]))
        price = round(base * mult * rng.choice([0.9, 1.0, 1.0, 1.15]), 1) + 0.0
        fees = round(qty * (price * 0.18 + 3.5) + 4.25, 2)
        total = round(qty * price + fees, 2)
        show_day = pd.Timestamp(when)
        ordered = show_day - pd.Timedelta(days=float(rng.uniform(1, 150) ** 1.0), hours=float(rng.uniform(0, 12)))
        status = _one(rng, ["Completed", "Refunded", "Cancelled"], [90, 6.5, 3.5])
        if show.startswith("Zach") and rng.random() < 0.08:
            status = "Refunded"
        seat = "" if section == "FLOOR" else int(rng.integers(1, 24))
        row_label = "GA" if section == "FLOOR" else str(_one(rng, list("ABCDEFGHJKLMNPQRST")))
        zip_code = "" if rng.random() < 0.05 else f"{int(rng.integers(1000, 99999)):05d}"
        rows.append(
            {
                "Event Name": show,
                "Event Code": code,
                "Event Date": when,
                "Order Number": f"{int(rng.integers(10, 90))}-{int(numbers[i])}/LAX",
                "Order Date": f"{ordered:%m/%d/%Y} {ordered.hour % 12 or 12}:{ordered:%M %p}",
                "Section": section,
                "Row": row_label,
                "Seat From": seat,
                "Seat To": "" if seat == "" else int(seat) + qty - 1,
                "Ticket Type": kind,
                "Qty": qty,
                "Price": f"${price:,.2f}",
                "Fees": f"${fees:,.2f}",
                "Order Total": f"${total:,.2f}",
                "Payment Method": _one(rng, ["VISA", "MASTERCARD", "AMEX", "DISCOVER", "PAYPAL"], [45, 25, 15, 5, 10]),
                "Sales Channel": _one(rng, ["Internet", "Mobile App", "Box Office", "Phone"], [48, 40, 9, 3]),
                "Order Status": status,
                "Buyer Zip": zip_code,
                "Buyer Country": _one(rng, ["US", "CA", "MX", "GB"], [94, 3, 2, 1]),
            }
        )
    return pd.DataFrame(rows)


def _tm_done(d: pd.DataFrame) -> pd.Series:
    return d["Order Status"] == "Completed"


def _tm_top_show(done: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        frame = d[_tm_done(d)] if done else d
        return _top(frame.groupby("Event Name")["Qty"].sum())

    return top


def _tm_type_price(kind: str, weighted: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        frame = d[d["Ticket Type"] == kind]
        price = _dollars(frame["Price"])
        return float((price * frame["Qty"]).sum() / frame["Qty"].sum()) if weighted else float(price.mean())

    return mean


def _tm_refunded(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Order Status"] == "Refunded"]


_TM_QS = [
    Q(
        "how many tickets did we sell",
        either(_count(lambda d: int(d["Qty"].sum())), _count(lambda d: int(d.loc[_tm_done(d), "Qty"].sum()))),
        ("Qty", "Order Status", "Order Number"),
    ),
    Q(
        "which show sold the most",
        either(_pick(_tm_top_show(False)), _pick(_tm_top_show(True))),
        ("Event Name", "Qty", "Order Status", "Event Code"),
    ),
    Q(
        "total money made?",
        either(
            _money(lambda d: _dollars(d["Order Total"]).sum()),
            _money(lambda d: _dollars(d.loc[_tm_done(d), "Order Total"]).sum()),
            _money(lambda d: (_dollars(d["Price"]) * d["Qty"]).sum()),
            _money(lambda d: (_dollars(d["Price"]) * d["Qty"])[_tm_done(d)].sum()),
        ),
        ("Order Total", "Order Status", "Price", "Qty", "Fees"),
    ),
    Q(
        "avg price of a vip ticket vs a standard one",
        either(
            _about(lambda d: [_tm_type_price("VIP Package", False)(d), _tm_type_price("Standard Admission", False)(d)]),
            _about(lambda d: [_tm_type_price("VIP Package", True)(d), _tm_type_price("Standard Admission", True)(d)]),
        ),
        ("Ticket Type", "Price", "Qty"),
    ),
    Q(
        "what share of orders got refunded",
        either(
            _share(lambda d: float((d["Order Status"] == "Refunded").mean())),
            _share(lambda d: float(d["Order Status"].isin(["Refunded", "Cancelled"]).mean())),
        ),
        ("Order Status", "Order Number"),
    ),
    Q(
        "which show had the most of those",
        _pick(lambda d: _top(_tm_refunded(d)["Event Name"].value_counts())),
        ("Event Name", "Order Status", "Order Number", "Event Code"),
    ),
]


# --- 4. Twilio usage records (daily) --------------------------------------------------------------------------------

_TW_SID = "AC3f9a1c2be47d80e65b1f2a9c7d4e8b01"
# category: description, count unit, usage unit, unit price
_TW_CATS: dict[str, tuple[str, str, str, float]] = {
    "sms-outbound": ("Outbound SMS", "messages", "segments", 0.0079),
    "sms-inbound": ("Inbound SMS", "messages", "segments", 0.0079),
    "mms-outbound": ("Outbound MMS", "messages", "messages", 0.02),
    "calls-outbound": ("Outbound Voice Minutes", "calls", "minutes", 0.014),
    "calls-inbound": ("Inbound Voice Minutes", "calls", "minutes", 0.0085),
    "phonenumbers-local": ("Local Phone Numbers", "numbers", "numbers", 1.15),
    "recordings": ("Voice Recordings", "recordings", "minutes", 0.0025),
}


def _twilio_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14404)
    rows = []
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        grow = 1 + 0.9 * (day.dayofyear / 365) + (0.8 if day.month == 11 else 0.0)
        weekday = 1.0 if day.dayofweek < 5 else 0.35
        numbers = 12 if day < pd.Timestamp("2023-06-01") else 18
        total = 0.0
        day_rows = []
        for cat, (desc, cunit, uunit, unit) in _TW_CATS.items():
            if cat == "sms-outbound":
                count = int(rng.poisson(1400 * grow * weekday))
                usage = int(count * rng.uniform(1.15, 1.35))
            elif cat == "sms-inbound":
                count = int(rng.poisson(260 * grow * weekday))
                usage = int(count * rng.uniform(1.0, 1.1))
            elif cat == "mms-outbound":
                count = int(rng.poisson(90 * grow * weekday))
                usage = count
            elif cat == "calls-outbound":
                count = int(rng.poisson(150 * weekday * (1 + 0.3 * day.dayofyear / 365)))
                usage = int(count * rng.uniform(2.5, 4.0))
            elif cat == "calls-inbound":
                count = int(rng.poisson(210 * weekday))
                usage = int(count * rng.uniform(3.0, 5.5))
            elif cat == "phonenumbers-local":
                count = numbers
                usage = numbers if day.day == 1 else 0
            else:
                count = int(rng.poisson(60 * weekday))
                usage = int(count * rng.uniform(2.0, 4.0))
            price = round(usage * unit, 4)
            total += price
            day_rows.append((cat, desc, count, cunit, usage, uunit, price))
        day_rows.append(("totalprice", "Total Price", "", "", round(total, 4), "usd", round(total, 4)))
        for cat, desc, count, cunit, usage, uunit, price in day_rows:
            rows.append(
                {
                    "category": cat,
                    "description": desc,
                    "account_sid": _TW_SID,
                    "api_version": "2010-04-01",
                    "start_date": f"{day:%Y-%m-%d}",
                    "end_date": f"{day:%Y-%m-%d}",
                    "as_of": "2024-01-02T08:15:42+00:00",
                    "count": count,
                    "count_unit": cunit,
                    "usage": usage,
                    "usage_unit": uunit,
                    "price": price,
                    "price_unit": "usd",
                }
            )
    return pd.DataFrame(rows)


def _tw_parts(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["category"] != "totalprice"]


def _tw_cat(d: pd.DataFrame, cat: str) -> pd.DataFrame:
    return d[d["category"] == cat]


def _tw_peak_month(d: pd.DataFrame) -> pd.Timestamp:
    parts = _tw_parts(d)
    return parts["price"].groupby(pd.to_datetime(parts["start_date"]).dt.to_period("M")).sum().idxmax().to_timestamp()


_TW_QS = [
    Q(
        "how much did we spend on twilio in 2023",
        _money(lambda d: _tw_parts(d)["price"].sum()),
        ("price", "category", "start_date"),
    ),
    Q(
        "how many texts did we send",
        either(
            _count(lambda d: int(_tw_cat(d, "sms-outbound")["count"].sum())),
            _count(lambda d: int(d.loc[d["category"].isin(["sms-outbound", "mms-outbound"]), "count"].sum())),
            _count(lambda d: int(_tw_cat(d, "sms-outbound")["usage"].sum())),
        ),
        ("category", "count", "usage"),
    ),
    Q(
        "what costs us the most?",
        _pick(lambda d: _top(_tw_parts(d).groupby("category")["price"].sum())),
        ("category", "description", "price"),
    ),
    Q("which month was the most expensive", _month_year(_tw_peak_month), ("start_date", "price", "category")),
    Q(
        "what does an outgoing text cost us on average",
        either(
            _small(lambda d: _tw_cat(d, "sms-outbound")["price"].sum() / _tw_cat(d, "sms-outbound")["count"].sum()),
            _small(lambda d: _tw_cat(d, "sms-outbound")["price"].sum() / _tw_cat(d, "sms-outbound")["usage"].sum()),
        ),
        ("category", "price", "count", "usage"),
    ),
    Q(
        "compare call minutes inbound vs outbound",
        _count(
            lambda d: [
                int(_tw_cat(d, "calls-inbound")["usage"].sum()),
                int(_tw_cat(d, "calls-outbound")["usage"].sum()),
            ]
        ),
        ("category", "usage", "usage_unit"),
    ),
]


# --- 5. Statistics Canada CPI, table 18-10-0004-01 (long form) ------------------------------------------------------

_SC_GEOS: dict[str, tuple[str, int, float]] = {
    "Canada": ("2016A000011124", 2, 1.0),
    "Quebec": ("2016A000224", 47, 0.98),
    "Ontario": ("2016A000235", 88, 1.0),
    "Alberta": ("2016A000248", 206, 1.03),
    "British Columbia": ("2016A000259", 228, 1.01),
    "Whitehorse, Yukon": ("2016S0504001", 310, 0.99),
}
# product: 2015-01 level, yearly drift scale, noise
_SC_PRODUCTS: dict[str, tuple[float, float, float]] = {
    "All-items": (125.2, 1.0, 0.25),
    "Food": (139.8, 1.25, 0.6),
    "Shelter": (133.4, 1.15, 0.3),
    "Gasoline": (158.0, 0.0, 3.0),
    "Energy": (148.5, 0.0, 2.0),
    "Clothing and footwear": (94.1, 0.2, 1.2),
}
_SC_INFLATION = {2015: 1.1, 2016: 1.4, 2017: 1.6, 2018: 2.3, 2019: 1.9, 2020: 0.7, 2021: 3.4, 2022: 6.8, 2023: 3.9}


def _sc_gas_shape(t: pd.Timestamp) -> float:
    """Gasoline relative to January 2015: low in 2016 and spring 2020, a peak in June 2022."""
    x = t.year + (t.month - 1) / 12
    base = 1.0 + 0.05 * (x - 2015)
    base -= 0.25 * np.exp(-(((x - 2020.3) / 0.25) ** 2))
    base += 0.45 * np.exp(-(((x - 2022.42) / 0.35) ** 2))
    base += 0.2 * (x > 2021) * min(x - 2021, 1.0)
    return float(base)


def _statcan_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14405)
    months = pd.date_range("2015-01-01", "2023-12-01", freq="MS")
    rows = []
    for g_i, (geo, (dguid, member, scale)) in enumerate(_SC_GEOS.items()):
        for p_i, (prod, (level, drift, noise)) in enumerate(_SC_PRODUCTS.items()):
            value = level * (0.97 + 0.06 * rng.random()) if geo != "Canada" else level
            for t in months:
                rate = _SC_INFLATION[t.year] * scale
                if geo == "Alberta" and t.year == 2022:
                    rate += 1.6
                if prod in ("Gasoline", "Energy"):
                    v = (
                        level
                        * _sc_gas_shape(t)
                        * (scale if geo != "Canada" else 1.0)
                        * (1 if prod == "Gasoline" else 0.8)
                    )
                    v += rng.normal(0, noise)
                else:
                    value *= 1 + rate * drift / 1200 + rng.normal(0, 0.0008)
                    v = value + rng.normal(0, noise * 0.2)
                missing = (
                    geo.startswith("Whitehorse")
                    and prod in ("Gasoline", "Clothing and footwear")
                    and rng.random() < 0.08
                )
                rows.append(
                    {
                        "REF_DATE": f"{t:%Y-%m}",
                        "GEO": geo,
                        "DGUID": dguid,
                        "Products and product groups": prod,
                        "UOM": "2002=100",
                        "UOM_ID": 17,
                        "SCALAR_FACTOR": "units",
                        "SCALAR_ID": 0,
                        "VECTOR": f"v4169{member * 10 + p_i:04d}",
                        "COORDINATE": f"{g_i + 2}.{p_i + 2}",
                        "VALUE": np.nan if missing else round(v, 1),
                        "STATUS": ".." if missing else "",
                        "SYMBOL": "",
                        "TERMINATED": "",
                        "DECIMALS": 1,
                    }
                )
    return pd.DataFrame(rows)


def _sc_series(d: pd.DataFrame, geo: str, prod: str) -> pd.Series:
    frame = d[(d["GEO"] == geo) & (d["Products and product groups"] == prod)]
    return pd.Series(frame["VALUE"].to_numpy(), index=pd.PeriodIndex(frame["REF_DATE"], freq="M"))


def _sc_inflation_2022(how: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        scores = {}
        for geo in d["GEO"].unique():
            if geo == "Canada":
                continue
            s = _sc_series(d, geo, "All-items")
            if how == "dec":
                scores[geo] = s[pd.Period("2022-12")] / s[pd.Period("2021-12")] - 1
            elif how == "avg":
                scores[geo] = s[s.index.year == 2022].mean() / s[s.index.year == 2021].mean() - 1
            else:
                scores[geo] = s[pd.Period("2022-12")] / s[pd.Period("2022-01")] - 1
        return _top(pd.Series(scores))

    return top


def _sc_gas_peak(all_geos: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def peak(d: pd.DataFrame) -> pd.Timestamp:
        if all_geos:
            frame = d[d["Products and product groups"] == "Gasoline"]
            return pd.Timestamp(frame.loc[frame["VALUE"].idxmax(), "REF_DATE"])
        return _sc_series(d, "Canada", "Gasoline").idxmax().to_timestamp()

    return peak


_SC_USES = ("REF_DATE", "GEO", "Products and product groups", "VALUE")

_SC_QS = [
    Q(
        "what was the overall cpi for canada in dec 2023",
        has(lambda d: _sc_series(d, "Canada", "All-items")[pd.Period("2023-12")]),
        _SC_USES,
    ),
    Q(
        "how much did food prices go up in canada from jan 2020 to jan 2023",
        either(
            _pct(
                lambda d: (
                    _sc_series(d, "Canada", "Food")[pd.Period("2023-01")]
                    / _sc_series(d, "Canada", "Food")[pd.Period("2020-01")]
                    - 1
                )
            ),
            has(
                lambda d: (
                    _sc_series(d, "Canada", "Food")[pd.Period("2023-01")]
                    - _sc_series(d, "Canada", "Food")[pd.Period("2020-01")]
                )
            ),
        ),
        _SC_USES,
    ),
    Q(
        "which province had the highest inflation in 2022",
        either(*(_pick(_sc_inflation_2022(how)) for how in ("dec", "avg", "jan"))),
        _SC_USES,
    ),
    Q(
        "when did gas prices peak",
        either(_month_year(_sc_gas_peak(False)), _month_year(_sc_gas_peak(True))),
        _SC_USES,
    ),
    Q("how many values are missing", _count(lambda d: int(d["VALUE"].isna().sum())), ("VALUE", "STATUS")),
    Q(
        "average shelter index in ontario in 2019?",
        has(lambda d: _sc_series(d, "Ontario", "Shelter").pipe(lambda s: s[s.index.year == 2019].mean())),
        _SC_USES,
    ),
]


# --- 6. City of Toronto parking tickets (2019) ----------------------------------------------------------------------

# code: description, fine, weight
_TO_INFRACTIONS: dict[int, tuple[str, int, float]] = {
    5: ("PARK-SIGNED HWY-PROHIBIT DY/TM", 50, 17),
    29: ("PARK PROHIBITED TIME NO PERMIT", 30, 22),
    207: ("PARK MACHINE-REQD FEE NOT PAID", 30, 14),
    210: ("PARK - LONGER THAN 3 HOURS", 30, 6),
    3: ("PARK ON PRIVATE PROPERTY", 30, 10),
    8: ("STAND VEH.-PROHIBIT TIME/DAY", 40, 5),
    9: ("STOP-SIGNED HWY-PROHIBIT TM/DY", 60, 5),
    403: ("STOP-SIGNED HIGHWAY-RUSH HOUR", 150, 3),
    15: ("PARK-WITHIN 3M OF FIRE HYDRANT", 100, 2.5),
    406: ("PARK-VEH. W/O VALID ONT PLATE", 40, 1.5),
    2: ("PARK - LONG TERM", 30, 1),
    355: ("DISPLAY PERMIT NOT ISSUED", 250, 1),
}
_TO_ADDRESSES = [
    "4700 KEELE ST",
    "2075 BAYVIEW AVE",
    "20 EDWARD ST",
    "1265 MILITARY TRL",
    "40 ORCHARD VIEW BLVD",
    "2 SPADINA RD",
    "1750 FINCH AVE E",
    "100 QUEEN ST W",
    "55 HARBOUR SQ",
    "1 BLOOR ST E",
    "25 THE WEST MALL",
    "220 YONGE ST",
    "600 DUFFERIN ST",
    "777 BAY ST",
    "35 DANFORTH AVE",
    "3401 DUFFERIN ST",
    "30 ROEHAMPTON AVE",
    "2800 EGLINTON AVE E",
    "275 BLOOR ST W",
    "5100 YONGE ST",
    "333 KING ST E",
    "150 EGLINTON AVE E",
]
_TO_ADDR_W = [12, 7, 6, 5, 4] + [2.5] * 17


def _toronto_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14406)
    codes = list(_TO_INFRACTIONS)
    weights = [v[2] for v in _TO_INFRACTIONS.values()]
    month_w = [7, 7.5, 9, 8.5, 9, 8, 7.5, 8, 8.5, 11, 9, 8]
    hour_w = [3, 3, 3.5, 2, 1, 0.5, 0.6, 1.5, 4, 6, 7, 7, 7.5, 8.5, 6, 5.5, 4.5, 4, 3.5, 3, 3.5, 3, 2.5, 3]
    rows = []
    tags = rng.choice(np.arange(10_000, 99_999), size=4200, replace=False)
    for i in range(4200):
        code = int(_one(rng, codes, weights))
        desc, fine, _ = _TO_INFRACTIONS[code]
        month = int(_one(rng, list(range(1, 13)), month_w))
        day = pd.Timestamp(2019, month, 1) + pd.Timedelta(
            days=int(rng.integers(0, pd.Timestamp(2019, month, 1).days_in_month))
        )
        hour = int(_one(rng, list(range(24)), hour_w))
        if code == 29:
            hour = int(_one(rng, [0, 1, 2, 3, 4, 5], [5, 4, 3, 3, 1, 1]))
        minute = int(rng.integers(0, 60))
        loc1 = _one(rng, ["NR", "AT", "OPP", ""], [55, 20, 15, 10])
        loc3, loc4 = "", ""
        if loc1 == "AT" and rng.random() < 0.6:
            loc3, loc4 = "AT", _one(rng, ["YONGE ST", "BAY ST", "KING ST W", "QUEEN ST E", "DUNDAS ST W"])
        rows.append(
            {
                "tag_number_masked": f"***{int(tags[i]):05d}",
                "date_of_infraction": int(f"{day:%Y%m%d}"),
                "infraction_code": code,
                "infraction_description": desc,
                "set_fine_amount": fine,
                "time_of_infraction": np.nan if rng.random() < 0.012 else hour * 100 + minute,
                "location1": loc1,
                "location2": _one(rng, _TO_ADDRESSES, _TO_ADDR_W),
                "location3": loc3,
                "location4": loc4,
                "province": _one(
                    rng, ["ON", "QC", "NY", "AB", "MI", "BC", "XX", "FL"], [93, 2.4, 1.2, 0.7, 0.6, 0.5, 1, 0.6]
                ),
            }
        )
    return pd.DataFrame(rows)


def _to_peak_month(d: pd.DataFrame) -> pd.Timestamp:
    when = pd.to_datetime(d["date_of_infraction"].astype(int).astype(str), format="%Y%m%d")
    counts = when.dt.month.value_counts()
    return pd.Timestamp(2019, int(_top(counts)), 1)


def _to_hour(d: pd.DataFrame) -> int:
    hours = (d["time_of_infraction"].dropna() // 100).astype(int)
    return int(_top(hours.value_counts()))


_TO_QS = [
    Q(
        "what do people get ticketed for the most",
        _pick(lambda d: _top(d["infraction_description"].value_counts())),
        ("infraction_description", "infraction_code"),
    ),
    Q("total fines?", _money(lambda d: d["set_fine_amount"].sum()), ("set_fine_amount",)),
    Q(
        "which address gets the most tickets",
        _pick(lambda d: _top(d["location2"].value_counts())),
        ("location1", "location2", "location3", "location4"),
    ),
    Q("busiest month for tickets?", _month(_to_peak_month), ("date_of_infraction",)),
    Q(
        "what time of day do most tickets get written",
        either(_hour(_to_hour), _midnight(_to_hour)),
        ("time_of_infraction",),
    ),
    Q(
        "what share of tickets went to out of province plates",
        either(
            _share(lambda d: float((d["province"] != "ON").mean())),
            _share(lambda d: float((~d["province"].isin(["ON", "XX"])).mean())),
            _share(lambda d: float((d.loc[d["province"] != "XX", "province"] != "ON").mean())),
        ),
        ("province",),
    ),
]


# --- 7. UNESCO UIS out-of-school rate, primary school age (UIS.Stat export) -----------------------------------------

# ISO3: country, 2000 rate (both sexes), yearly change, girls' gap in points
_UN_COUNTRIES: dict[str, tuple[str, float, float, float]] = {
    "NGA": ("Nigeria", 34.0, -0.15, 6.0),
    "ERI": ("Eritrea", 58.0, 0.7, 4.0),
    "SSD": ("South Sudan", 62.0, -0.3, 9.0),
    "LBR": ("Liberia", 55.0, -1.2, 2.5),
    "MLI": ("Mali", 50.0, -0.4, 8.0),
    "NER": ("Niger", 66.0, -1.5, 10.0),
    "SDN": ("Sudan", 48.0, -0.9, 5.0),
    "PAK": ("Pakistan", 42.0, -0.9, 10.0),
    "ETH": ("Ethiopia", 56.0, -1.8, 7.0),
    "TCD": ("Chad", 52.0, -0.7, 12.0),
    "GIN": ("Guinea", 45.0, -0.9, 9.0),
    "BFA": ("Burkina Faso", 62.0, -2.0, 6.0),
    "SEN": ("Senegal", 39.0, -0.6, -1.5),
    "KEN": ("Kenya", 22.0, -0.7, 1.0),
    "TZA": ("Tanzania", 40.0, -1.1, -1.0),
    "GHA": ("Ghana", 32.0, -1.1, 1.5),
    "IND": ("India", 17.0, -0.65, 3.0),
    "BGD": ("Bangladesh", 12.0, -0.2, -1.0),
    "YEM": ("Yemen", 40.0, -0.6, 14.0),
    "AFG": ("Afghanistan", 60.0, -1.1, 22.0),
    "SYR": ("Syrian Arab Republic", 4.0, 0.9, 1.0),
    "GTM": ("Guatemala", 14.0, -0.3, 1.5),
    "HND": ("Honduras", 13.0, -0.2, -0.5),
    "PHL": ("Philippines", 9.0, -0.1, -0.8),
    "IDN": ("Indonesia", 6.0, -0.1, 0.4),
    "BRA": ("Brazil", 6.5, -0.2, -0.3),
    "MEX": ("Mexico", 2.5, -0.05, -0.1),
    "TUR": ("Turkey", 7.0, -0.25, 2.0),
}
_UN_INDICATORS = {
    "ROFST_1_CP": "Out-of-school rate for children of primary school age, both sexes (%)",
    "ROFST_1_F": "Out-of-school rate for children of primary school age, female (%)",
    "ROFST_1_M": "Out-of-school rate for children of primary school age, male (%)",
}


def _unesco_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14407)
    rows = []
    places = {code: v for code, v in _UN_COUNTRIES.items()}
    places["SSA"] = ("Sub-Saharan Africa", 40.0, -0.9, 6.0)
    places["WLD"] = ("World", 15.0, -0.4, 3.0)
    for code, (name, start, slope, gap) in places.items():
        aggregate = code in ("SSA", "WLD")
        for year in range(2000, 2021):
            if not aggregate and code != "NGA" and rng.random() < 0.3:
                continue
            if code == "NGA" and year not in (2000, 2003, 2008, 2010, 2013, 2016, 2018):
                continue
            both = float(np.clip(start + slope * (year - 2000) + rng.normal(0, 1.2), 0.3, 95))
            values = {"ROFST_1_CP": both, "ROFST_1_F": both + gap / 2, "ROFST_1_M": both - gap / 2}
            flag = "" if aggregate or rng.random() < 0.75 else _one(rng, ["+", "**"])
            for ind, value in values.items():
                value = float(np.clip(value + rng.normal(0, 0.3), 0.1, 98))
                rows.append(
                    {
                        "EDULIT_IND": ind,
                        "Indicator": _UN_INDICATORS[ind],
                        "LOCATION": code,
                        "Country": name,
                        "TIME": year,
                        "Time": year,
                        "Value": round(value, 5),
                        "Flag Codes": flag,
                        "Flags": {"": "", "+": "National Estimation", "**": "UIS Estimation"}[flag],
                    }
                )
    return pd.DataFrame(rows)


def _un(d: pd.DataFrame, ind: str, countries_only: bool = True) -> pd.DataFrame:
    frame = d[d["EDULIT_IND"] == ind]
    return frame[~frame["LOCATION"].isin(["SSA", "WLD"])] if countries_only else frame


def _un_top(ind: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        frame = _un(d, ind)
        frame = frame[frame["TIME"] == 2018]
        return _top(frame.set_index("Country")["Value"])

    return top


def _un_mean(year: int, countries_only: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        frame = _un(d, "ROFST_1_CP", countries_only)
        return float(frame.loc[frame["TIME"] == year, "Value"].mean())

    return mean


def _un_low_year(countries_only: bool) -> Callable[[pd.DataFrame], int]:
    def low(d: pd.DataFrame) -> int:
        frame = _un(d, "ROFST_1_CP", countries_only)
        return int(_bottom(frame.groupby("TIME")["Value"].mean()))

    return low


def _un_nigeria(d: pd.DataFrame) -> list[float]:
    frame = _un(d, "ROFST_1_CP")
    frame = frame[frame["Country"] == "Nigeria"].sort_values("TIME")
    return [float(frame["Value"].iloc[0]), float(frame["Value"].iloc[-1])]


_UN_USES = ("EDULIT_IND", "Indicator", "LOCATION", "Country", "TIME", "Time", "Value")

_UN_QS = [
    Q("which country has the highest out of school rate for girls in 2018", _pick(_un_top("ROFST_1_F")), _UN_USES),
    Q("and for boys?", _pick(_un_top("ROFST_1_M")), _UN_USES),
    Q(
        "whats the average rate for all kids in 2015",
        either(_about(_un_mean(2015, True)), _about(_un_mean(2015, False))),
        _UN_USES,
    ),
    Q(
        "how many countries have data for 2020",
        either(
            _count(lambda d: int(_un(d, "ROFST_1_CP").loc[lambda f: f["TIME"] == 2020, "LOCATION"].nunique())),
            _count(lambda d: int(d.loc[d["TIME"] == 2020, "LOCATION"].nunique())),
        ),
        ("LOCATION", "Country", "TIME", "Time", "Value", "EDULIT_IND"),
    ),
    Q("how has nigeria's rate changed since 2000?", _about(_un_nigeria), _UN_USES),
    Q(
        "which year had the lowest average rate",
        either(_year(_un_low_year(True)), _year(_un_low_year(False))),
        _UN_USES,
    ),
]


HELDOUT144: list[Dataset] = [
    Dataset("convertkit_subscribers_export", _convertkit_frame, _CK_QS),
    Dataset("duolingo_data_export_leaderboard", _duolingo_frame, _DL_QS),
    Dataset("ticketmaster_orders_report", _ticketmaster_frame, _TM_QS),
    Dataset("twilio_usage_records", _twilio_frame, _TW_QS),
    Dataset("statcan_cpi_monthly", _statcan_frame, _SC_QS),
    Dataset("toronto_parking_tickets", _toronto_frame, _TO_QS),
    Dataset("unesco_out_of_school_rates", _unesco_frame, _UN_QS),
]
