"""HELDOUT169: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Notion database export of a content calendar
(mid 2023 to 2024, one row per piece) with Name, Status (Idea / Drafting / In Review / Scheduled / Published),
"Content Type" (Blog Post / Newsletter / LinkedIn Post / YouTube Video / Podcast Episode), Channel as a multi-select
("Blog, LinkedIn"), Owner, "Publish Date" as "March 14, 2024" (blank for most ideas), Tags ("SEO, Product"), "Word
Count" (blank for videos, podcasts and some ideas), "Created time" as "January 3, 2024 9:15 AM" and URL (blank until
published); a Pleo company card expenses export (July 2023 to June 2024) with Date ("2024-03-14"), Time ("14:05"),
Type (Card purchase / Refund / Out-of-pocket), User, Team (blank for a few), Supplier, Category (blank when not
categorised), Note (mostly blank), Amount (EUR, negative for spend and positive for refunds), Currency (EUR),
"Original amount" and "Original currency" (EUR / USD / GBP / SEK), VAT and Receipt (Yes / No); a Polar Flow daily
activity export (2023 to mid 2024, one row per day) with Date, Steps (0 on days the watch was not worn), "Distance
(km)", "Active time" as "01:45:30", "Inactivity alerts", "Calories (kcal)", "Activity goal (%)" and "Sleep time" as
"07:12" (blank some nights); a Wix Bookings appointments export (September 2023 to August 2024) with "Booking ID",
"Service Name", "Staff Member", "Start Date" as "Mar 14, 2024", "Start Time" / "End Time" as "10:00 AM", "Client
Name", "Client Email", "Client Phone" ("+1 415-555-0134", blank for some), "Booking Status" (Confirmed / Canceled /
Pending), Attendance (Attended / No-show, blank for canceled and pending), "Payment Status" (Paid / Not Paid /
Partially Paid / Refunded), Price and "Amount Paid" as "$85.00", Location (studio or Online) and "Created Date" as
"Mar 1, 2024 3:22 PM"; the Chicago data portal's "CTA - Ridership - Bus Routes - Daily Totals by Route" for 2023 with
route (text: "3", "66", "J14"), date as "01/01/2023", daytype (W weekday, A Saturday, U Sunday/holiday) and rides (a
few route-days missing); the BLS Current Employment Statistics national data file, long format (2015 to mid 2024),
with series_id padded with trailing spaces ("CES0000000001     "), year, period ("M01" ... "M12", and "M13" for the
annual average of complete years), value (thousands of jobs, or hours / dollars for CES0500000002 / CES0500000003)
and footnote_codes ("P" for the last two months, blank otherwise); and the UNHCR Refugee Data Finder asylum
applications download (2015-2023) with Year, "Country of origin" (UNHCR names such as "Syrian Arab Rep.",
"Venezuela (Bolivarian Republic of)", "Unknown"), "Country of origin (ISO)", "Country of asylum", "Country of asylum
(ISO)", "Procedure type" (G / J / U), "Application type" (N / R / A / E), "Decision level" (FI / AR / JR / ...) and
Applied (a count; small figures repeat). All are generated with fixed seeds 16901-16907.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _split, _text, _year
from .heldout168 import _money, _num, _top
from .offline_eval import Check, Dataset, Q, both, corr_of, either, has
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _minutes(s: pd.Series) -> pd.Series:
    """Minutes from "01:45:30" (or "07:12") text; blanks as NaN."""
    parts = s.astype("string").str.split(":", expand=True)
    out = pd.to_numeric(parts[0], errors="coerce") * 60 + pd.to_numeric(parts[1], errors="coerce")
    if parts.shape[1] > 2:
        out = out + pd.to_numeric(parts[2], errors="coerce").fillna(0) / 60
    return out


def _busiest_month(dates: pd.Series, weights: pd.Series | None = None, how: str = "sum") -> pd.Timestamp:
    """The calendar month with the most rows (or the largest total / mean of `weights`)."""
    month = dates.dt.to_period("M")
    scores = month.value_counts() if weights is None else weights.groupby(month).agg(how)
    return scores.sort_index().idxmax().to_timestamp()


# --- 1. Notion content calendar export -----------------------------------------------------------------------------

# content type: weight, word count range (None: no words), channels
_NO_TYPES = {
    "Blog Post": (5.0, (900, 2600), ["Blog", "Blog, LinkedIn", "Blog, Newsletter"]),
    "Newsletter": (2.5, (500, 1400), ["Newsletter"]),
    "LinkedIn Post": (4.0, (120, 400), ["LinkedIn", "LinkedIn, Twitter/X"]),
    "YouTube Video": (1.5, None, ["YouTube", "YouTube, LinkedIn"]),
    "Podcast Episode": (1.0, None, ["Podcast", "Podcast, YouTube"]),
}
_NO_OWNERS = ["Priya Raman", "Marcus Lee", "Sofia Alvarez", "Tom Becker", "Aisha Bello"]
_NO_TOPICS = _split(
    "pricing page teardown;onboarding checklist;customer story;product update;SEO basics;year in review;"
    "hiring engineers;remote work tips;feature launch;case study;AMA recap;webinar recap;integration guide;"
    "analytics 101;team spotlight;roadmap preview"
)
_NO_TAGS = ["SEO", "Product", "Customer", "Thought Leadership", "Hiring", "Launch"]
_NO_FMT = "%B %-d, %Y"


def _notion_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16901)
    types = list(_NO_TYPES)
    rows = []
    start = pd.Timestamp("2023-06-01")
    for k in range(430):
        kind = _one(rng, types, [v[0] for v in _NO_TYPES.values()])
        _, wc_range, channels = _NO_TYPES[kind]
        owner = _one(rng, _NO_OWNERS, [4, 3, 2.5, 1.5, 1])
        created = start + pd.Timedelta(days=int(rng.integers(0, 560)), minutes=int(rng.integers(480, 1140)))
        publish = created + pd.Timedelta(days=int(rng.integers(3, 60)))
        if publish < pd.Timestamp("2024-06-15"):
            status = _one(rng, ["Published", "Scheduled", "Idea", "Drafting"], [12, 0.5, 1.2, 0.8])
        else:
            status = _one(rng, ["Idea", "Drafting", "In Review", "Scheduled"], [3, 3, 1.5, 2])
        dated = status in ("Published", "Scheduled", "In Review") or rng.random() < 0.35
        words = ""
        if wc_range is not None and (status != "Idea" or rng.random() < 0.3):
            words = int(rng.integers(*wc_range))
        topic = _one(rng, _NO_TOPICS)
        title = topic[0].upper() + topic[1:]
        name = f"{title} ({kind.split()[0]})" if rng.random() < 0.4 else title
        tags = sorted({_one(rng, _NO_TAGS) for _ in range(int(rng.integers(0, 3)))})
        slug = topic.lower().replace(" ", "-")
        rows.append(
            {
                "Name": name,
                "Status": status,
                "Content Type": kind,
                "Channel": _one(rng, channels),
                "Owner": owner,
                "Publish Date": publish.strftime(_NO_FMT) if dated else "",
                "Tags": ", ".join(tags),
                "Word Count": words,
                "Created time": created.strftime("%B %-d, %Y %-I:%M %p"),
                "URL": f"https://example.com/blog/{slug}-{k}" if status == "Published" else "",
            }
        )
    return pd.DataFrame(rows)


def _no_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Publish Date"], format="%B %d, %Y", errors="coerce")


_NO_ID = ("Name",)
_NOTION_QS = [
    Q("how many pieces of content are in the calendar", _count(lambda d: len(d)), _NO_ID),
    Q(
        "how many have actually been published",
        _count(lambda d: int((d["Status"] == "Published").sum())),
        ("Status", *_NO_ID),
    ),
    Q(
        "who owns the most content",
        _lead(_named(lambda d: _top(d["Owner"].value_counts()))),
        ("Owner", *_NO_ID),
    ),
    Q(
        "what's the average word count for blog posts",
        has(lambda d: float(pd.to_numeric(d.loc[d["Content Type"] == "Blog Post", "Word Count"]).mean()), rel=0.01),
        ("Word Count", "Content Type", *_NO_ID),
    ),
    Q(
        "which month has the most stuff going out",
        _month_year(lambda d: _busiest_month(_no_dates(d).dropna())),
        ("Publish Date", "Status", *_NO_ID),
    ),
    Q(
        "how many still don't have a publish date",
        _count(lambda d: int(_no_dates(d).isna().sum())),
        ("Publish Date", "Status", *_NO_ID),
    ),
]


# --- 2. Pleo company card expenses export --------------------------------------------------------------------------

# category: weight, typical amount (EUR), suppliers
_PL_CATS = {
    "Travel": (3.0, 180.0, ["SAS", "Lufthansa", "Booking.com", "Uber", "DSB", "Airbnb"]),
    "Meals & Entertainment": (4.0, 45.0, ["Wolt", "Joe & The Juice", "Restaurant Barr", "Starbucks"]),
    "Software": (2.5, 60.0, ["Slack", "Figma", "Notion Labs", "Google Workspace", "Zoom", "Atlassian"]),
    "Office Supplies": (1.5, 35.0, ["Amazon", "IKEA", "Lyreco"]),
    "Marketing": (1.2, 250.0, ["LinkedIn Ads", "Meta Ads", "Vistaprint", "Canva"]),
    "Equipment": (0.6, 420.0, ["Apple Store", "Elgiganten", "Dell"]),
}
# team: weight, category tilt
_PL_TEAMS = {
    "Sales": (3.0, {"Travel": 2.0, "Meals & Entertainment": 2.0}),
    "Marketing": (2.0, {"Marketing": 4.0, "Software": 1.2}),
    "Engineering": (2.5, {"Software": 2.5, "Equipment": 2.0}),
    "Operations": (1.5, {"Office Supplies": 3.0}),
    "Leadership": (0.8, {"Travel": 2.5}),
}
_PL_USERS = {
    "Sales": ["Anders Holm", "Julie Krogh", "Mads Nielsen", "Sara Lind"],
    "Marketing": ["Camilla Berg", "Oliver Friis"],
    "Engineering": ["Lukas Weber", "Nina Petrov", "Jonas Dahl"],
    "Operations": ["Emma Skov"],
    "Leadership": ["Henrik Vang"],
}
_PL_FX = {"EUR": 1.0, "USD": 0.92, "GBP": 1.16, "SEK": 0.087}


def _pleo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16902)
    teams, cats = list(_PL_TEAMS), list(_PL_CATS)
    rows = []
    start = pd.Timestamp("2023-07-01")
    for _ in range(1250):
        team = _one(rng, teams, [v[0] for v in _PL_TEAMS.values()])
        tilt = _PL_TEAMS[team][1]
        cat = _one(rng, cats, [v[0] * tilt.get(c, 1.0) for c, v in _PL_CATS.items()])
        _, typical, suppliers = _PL_CATS[cat]
        supplier = _one(rng, suppliers)
        when = start + pd.Timedelta(days=int(rng.integers(0, 366)), minutes=int(rng.integers(420, 1320)))
        kind = _one(rng, ["Card purchase", "Refund", "Out-of-pocket"], [0.9, 0.04, 0.06])
        eur = round(float(typical * rng.lognormal(0, 0.55)), 2)
        cur = "USD" if cat == "Software" and rng.random() < 0.7 else _one(rng, list(_PL_FX), [10, 1.2, 0.8, 1])
        original = round(eur / _PL_FX[cur], 2)
        amount = eur if kind == "Refund" else -eur
        rows.append(
            {
                "Date": when.strftime("%Y-%m-%d"),
                "Time": when.strftime("%H:%M"),
                "Type": kind,
                "User": _one(rng, _PL_USERS[team]),
                "Team": "" if rng.random() < 0.03 else team,
                "Supplier": supplier,
                "Category": "" if rng.random() < 0.06 else cat,
                "Note": _one(rng, ["client dinner", "flight to Berlin", "team lunch", "annual plan"])
                if rng.random() < 0.2
                else "",
                "Amount": amount,
                "Currency": "EUR",
                "Original amount": original if kind != "Refund" else -original,
                "Original currency": cur,
                "VAT": round(abs(amount) * 0.2, 2) if cur == "EUR" and cat != "Travel" else 0.0,
                "Receipt": "No" if rng.random() < (0.35 if kind == "Refund" else 0.11) else "Yes",
            }
        )
    return pd.DataFrame(rows)


def _pl_spend(d: pd.DataFrame) -> pd.Series:
    """Spend as positive amounts (refunds negative)."""
    return -pd.to_numeric(d["Amount"], errors="coerce")


def _pl_buys(d: pd.DataFrame) -> pd.DataFrame:
    return d[pd.to_numeric(d["Amount"], errors="coerce") < 0]


def _pl_top(col: str, net: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        x = d if net else _pl_buys(d)
        return _top(_pl_spend(x).groupby(x[col]).sum())

    return pick


def _pl_sales(d: pd.DataFrame, card_only: bool) -> float:
    x = _pl_buys(d)
    x = x[(x["Team"] == "Sales") & ((x["Type"] == "Card purchase") | (not card_only))]
    return float(_pl_spend(x).mean())


_PL_ID = ("Date", "Amount", "Type", "Currency")
_PLEO_QS = [
    Q(
        "how much have we spent in total",
        either(
            _money(lambda d: float(_pl_spend(d).sum())),
            _money(lambda d: float(_pl_spend(_pl_buys(d)).sum())),
        ),
        _PL_ID,
    ),
    Q(
        "which team spends the most",
        either(_lead(_named(_pl_top("Team", True))), _lead(_named(_pl_top("Team", False)))),
        ("Team", *_PL_ID),
    ),
    Q(
        "whats our biggest expense category",
        either(_lead(_named(_pl_top("Category", True))), _lead(_named(_pl_top("Category", False)))),
        ("Category", *_PL_ID),
    ),
    Q(
        "how many expenses are missing a receipt",
        either(
            _count(lambda d: int((d["Receipt"] == "No").sum())),
            _count(lambda d: int(((d["Receipt"] == "No") & (d["Type"] != "Refund")).sum())),
        ),
        ("Receipt", *_PL_ID),
    ),
    Q(
        "how many purchases were paid in dollars",
        either(
            _count(lambda d: int((d["Original currency"] == "USD").sum())),
            _count(lambda d: int(((d["Original currency"] == "USD") & (d["Type"] != "Refund")).sum())),
        ),
        ("Original currency", "Original amount", *_PL_ID),
    ),
    Q(
        "average card purchase for the sales team?",
        either(
            has(lambda d: _pl_sales(d, True), rel=0.01),
            has(lambda d: _pl_sales(d, False), rel=0.01),
        ),
        ("Team", *_PL_ID),
    ),
]


# --- 3. Polar Flow daily activity export ---------------------------------------------------------------------------


def _polar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16903)
    days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
    rows = []
    for day in days:
        season = 1 + 0.18 * np.sin((day.dayofyear - 100) / 365 * 2 * np.pi)
        weekend = day.dayofweek >= 5
        worn = rng.random() > 0.035
        steps = int(max(600, rng.normal(11500 if weekend else 8600, 3200) * season)) if worn else 0
        active = float(np.clip(steps / 95 + rng.normal(0, 14), 0, 400)) if worn else 0.0
        cal = int(1850 + steps * 0.045 + active * 2.1 + rng.normal(0, 60))
        sec = int(active * 60)
        sleep = int(rng.normal(440 if weekend else 415, 40))
        rows.append(
            {
                "Date": day.strftime("%Y-%m-%d"),
                "Steps": steps,
                "Distance (km)": round(steps * 0.00074, 2),
                "Active time": f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}",
                "Inactivity alerts": int(rng.poisson(1.5 if weekend else 3)) if worn else 0,
                "Calories (kcal)": cal,
                "Activity goal (%)": round(active / 60 * 100 * float(rng.uniform(0.9, 1.1))) if worn else 0,
                "Sleep time": f"{sleep // 60:02d}:{sleep % 60:02d}" if worn and rng.random() > 0.05 else "",
            }
        )
    return pd.DataFrame(rows)


def _po_date(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"])


def _po_active(d: pd.DataFrame, weekend: bool, worn_only: bool, scale: float) -> float:
    mask = (_po_date(d).dt.dayofweek >= 5) == weekend
    if worn_only:
        mask &= d["Steps"] > 0
    return float(_minutes(d.loc[mask, "Active time"]).mean() / scale)


def _po_active_pair(worn_only: bool, scale: float) -> Check:
    return has(
        lambda d: [_po_active(d, True, worn_only, scale), _po_active(d, False, worn_only, scale)],
        rel=0.01,
    )


_PO_ID = ("Date",)
_POLAR_QS = [
    Q(
        "whats my average steps per day",
        either(
            has(lambda d: float(d["Steps"].mean()), rel=0.005),
            has(lambda d: float(d.loc[d["Steps"] > 0, "Steps"].mean()), rel=0.005),
        ),
        ("Steps", *_PO_ID),
    ),
    Q(
        "how many days did i get over 10k steps",
        either(
            _count(lambda d: int((d["Steps"] > 10000).sum())),
            _count(lambda d: int((d["Steps"] >= 10000).sum())),
        ),
        ("Steps", *_PO_ID),
    ),
    Q(
        "which month was i most active",
        either(
            _month_year(lambda d: _busiest_month(_po_date(d), d["Steps"], "sum")),
            _month_year(lambda d: _busiest_month(_po_date(d), d["Steps"], "mean")),
            _month_year(lambda d: _busiest_month(_po_date(d), _minutes(d["Active time"]), "sum")),
            _month_year(lambda d: _busiest_month(_po_date(d), _minutes(d["Active time"]), "mean")),
        ),
        ("Steps", "Active time", *_PO_ID),
    ),
    Q(
        "how many days did i hit my activity goal",
        _count(lambda d: int((d["Activity goal (%)"] >= 100).sum())),
        ("Activity goal (%)", *_PO_ID),
    ),
    Q(
        "do more steps mean more calories burned",
        corr_of(lambda d: d["Steps"], lambda d: d["Calories (kcal)"]),
        ("Steps", "Calories (kcal)", *_PO_ID),
    ),
    Q(
        "how much active time do i get on weekends vs weekdays",
        either(
            _po_active_pair(False, 1.0),
            _po_active_pair(True, 1.0),
            _po_active_pair(False, 60.0),
            _po_active_pair(True, 60.0),
        ),
        ("Active time", *_PO_ID),
    ),
]


# --- 4. Wix Bookings appointments export ---------------------------------------------------------------------------

# service: price, minutes, weight
_WX_SERVICES = {
    "Deep Tissue Massage (60 min)": (95.0, 60, 4.0),
    "Swedish Massage (60 min)": (85.0, 60, 3.0),
    "Hot Stone Massage (90 min)": (130.0, 90, 1.5),
    "Prenatal Massage": (90.0, 60, 1.0),
    "Free Consultation": (0.0, 15, 1.5),
    "Sports Recovery Session": (70.0, 45, 2.2),
}
_WX_STAFF = {"Hannah Cole": 4.0, "Diego Ramos": 3.0, "Mei Tanaka": 2.5, "Grace Okoye": 1.5}
_WX_FIRST = _split("Emily;James;Sophia;Daniel;Chloe;Ryan;Lily;Kevin;Grace;Omar;Leah;Victor;Nora;Sam;Jade;Luis")
_WX_LAST = _split("Walker;Chen;Patel;Murphy;Lopez;Kim;Bennett;Hughes;Reyes;Shaw;Foster;Nakamura;Gray;Ortiz")


def _wix_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16904)
    services, staff = list(_WX_SERVICES), list(_WX_STAFF)
    clients = []
    for _ in range(380):
        f, la = _one(rng, _WX_FIRST), _one(rng, _WX_LAST)
        phone = f"+1 415-555-{int(rng.integers(0, 10000)):04d}" if rng.random() > 0.15 else ""
        clients.append((f"{f} {la}", f"{f.lower()}.{la.lower()}{int(rng.integers(1, 99))}@gmail.com", phone))
    rows = []
    start = pd.Timestamp("2023-09-01")
    for _ in range(1480):
        service = _one(rng, services, [v[2] for v in _WX_SERVICES.values()])
        price, minutes, _ = _WX_SERVICES[service]
        who = _one(rng, staff, list(_WX_STAFF.values()))
        day = start + pd.Timedelta(days=int(rng.integers(0, 366)))
        if day.dayofweek == 6:
            day = day + pd.Timedelta(days=1)
        begin = day + pd.Timedelta(hours=int(rng.integers(9, 19)), minutes=int(_one(rng, [0, 30])))
        end = begin + pd.Timedelta(minutes=minutes)
        status = _one(rng, ["Confirmed", "Canceled", "Pending"], [0.82, 0.14, 0.04])
        if status == "Confirmed":
            attendance = "No-show" if rng.random() < (0.09 if who == "Diego Ramos" else 0.05) else "Attended"
            pay = "Paid" if price == 0 or rng.random() < 0.9 else _one(rng, ["Not Paid", "Partially Paid"])
        elif status == "Canceled":
            attendance, pay = "", _one(rng, ["Refunded", "Not Paid"], [0.4, 0.6])
        else:
            attendance, pay = "", "Not Paid"
        paid = {"Paid": price, "Partially Paid": round(price * 0.5, 2)}.get(pay, 0.0)
        name, email, phone = clients[int(rng.integers(len(clients)))]
        created = begin - pd.Timedelta(hours=float(rng.uniform(2, 24 * 30)))
        rows.append(
            {
                "Booking ID": f"{int(rng.integers(16**7, 16**8)):08x}-{int(rng.integers(16**3, 16**4)):04x}",
                "Service Name": service,
                "Staff Member": who,
                "Start Date": f"{begin:%b} {begin.day}, {begin.year}",
                "Start Time": begin.strftime("%I:%M %p"),
                "End Time": end.strftime("%I:%M %p"),
                "Client Name": name,
                "Client Email": email,
                "Client Phone": phone,
                "Booking Status": status,
                "Attendance": attendance,
                "Payment Status": pay,
                "Price": f"${price:,.2f}",
                "Amount Paid": f"${paid:,.2f}",
                "Location": "Online" if service == "Free Consultation" else "Studio - 212 Valencia St",
                "Created Date": f"{created:%b} {created.day}, {created.year} {created:%-I:%M %p}",
            }
        )
    return pd.DataFrame(rows)


def _wx_cancel(d: pd.DataFrame) -> pd.Series:
    return d["Booking Status"] == "Canceled"


def _wx_top_staff(d: pd.DataFrame) -> str:
    return _top(d["Staff Member"].value_counts())


def _wx_top_staff_kept(d: pd.DataFrame) -> str:
    return _top(d.loc[~_wx_cancel(d), "Staff Member"].value_counts())


def _wx_no_shows(pick: Callable[[pd.DataFrame], str]) -> Check:
    return _count(lambda d: int(((d["Staff Member"] == pick(d)) & (d["Attendance"] == "No-show")).sum()))


_WX_ID = ("Booking ID", "Start Date")
_WIX_QS = [
    Q("how many bookings got cancelled", _count(lambda d: int(_wx_cancel(d).sum())), ("Booking Status", *_WX_ID)),
    Q("so whats the cancellation rate", _share(lambda d: float(_wx_cancel(d).mean())), ("Booking Status", *_WX_ID)),
    Q(
        "most popular service?",
        either(
            _lead(_named(lambda d: _top(d["Service Name"].value_counts()))),
            _lead(_named(lambda d: _top(d.loc[~_wx_cancel(d), "Service Name"].value_counts()))),
        ),
        ("Service Name", "Booking Status", *_WX_ID),
    ),
    Q(
        "which therapist has the most appointments",
        either(_lead(_named(_wx_top_staff)), _lead(_named(_wx_top_staff_kept))),
        ("Staff Member", "Booking Status", *_WX_ID),
    ),
    Q(
        "and how many no-shows did they have",
        either(_wx_no_shows(_wx_top_staff), _wx_no_shows(_wx_top_staff_kept)),
        ("Staff Member", "Attendance", "Booking Status", *_WX_ID),
    ),
    Q(
        "how much money have clients actually paid us",
        _money(lambda d: float(_num(d["Amount Paid"]).sum())),
        ("Amount Paid", "Payment Status", *_WX_ID),
    ),
]


# --- 5. CTA bus ridership by route, daily totals -------------------------------------------------------------------

# route: weekday mean rides
_CT_ROUTES = {
    "3": 11800,
    "4": 12600,
    "9": 14200,
    "20": 9800,
    "22": 8900,
    "49": 12100,
    "53": 10400,
    "66": 15300,
    "77": 13100,
    "79": 20600,
    "82": 9400,
    "J14": 7200,
    "147": 4300,
}
_CT_HOLIDAYS = _split("2023-01-02;2023-05-29;2023-07-04;2023-09-04;2023-11-23;2023-12-25")


def _cta_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16905)
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    rows = []
    for route, base in _CT_ROUTES.items():
        for day in days:
            if rng.random() < 0.01:
                continue
            holiday = day.strftime("%Y-%m-%d") in _CT_HOLIDAYS
            daytype = "U" if day.dayofweek == 6 or holiday else ("A" if day.dayofweek == 5 else "W")
            factor = {"W": 1.0, "A": 0.68, "U": 0.52}[daytype]
            season = 1 + 0.1 * np.sin((day.dayofyear - 60) / 365 * 2 * np.pi) + 0.04 * (day.dayofyear / 365)
            if route == "147":
                factor *= 1.25 if day.month in (6, 7, 8) else 1.0
            rides = int(base * factor * season * float(rng.normal(1, 0.06)))
            rows.append((route, day.strftime("%m/%d/%Y"), daytype, rides))
    return pd.DataFrame(rows, columns=["route", "date", "daytype", "rides"])


def _ct_route(d: pd.DataFrame) -> pd.Series:
    return d["route"].astype(str).str.strip()


def _ct_top(d: pd.DataFrame) -> str:
    return _top(d.groupby(_ct_route(d))["rides"].sum())


def _ct_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["date"], format="%m/%d/%Y")


def _ct_66_sunday(d: pd.DataFrame, by_daytype: bool) -> float:
    mask = _ct_route(d) == "66"
    mask &= (d["daytype"] == "U") if by_daytype else (_ct_dates(d).dt.dayofweek == 6)
    return float(d.loc[mask, "rides"].mean())


def _ct_best_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        daily = d.groupby(_ct_dates(d))["rides"].sum()
        return _busiest_month(pd.Series(daily.index), pd.Series(daily.to_numpy()), how)

    return pick


_CT_ID = ("route", "date")
_CTA_QS = [
    Q("which bus route is the busiest", _lead(_named(_ct_top)), ("rides", *_CT_ID)),
    Q(
        "how many rides did it have over the whole year",
        _money(lambda d: float(d.loc[_ct_route(d) == _ct_top(d), "rides"].sum())),
        ("rides", *_CT_ID),
    ),
    Q(
        "average daily riders on the 66?",
        has(lambda d: float(d.loc[_ct_route(d) == "66", "rides"].mean()), rel=0.005),
        ("rides", *_CT_ID),
    ),
    Q(
        "and on sundays?",
        either(
            has(lambda d: _ct_66_sunday(d, True), rel=0.005),
            has(lambda d: _ct_66_sunday(d, False), rel=0.005),
        ),
        ("rides", "daytype", *_CT_ID),
    ),
    Q(
        "which month had the most bus riders overall",
        either(_month_year(_ct_best_month("sum")), _month_year(_ct_best_month("mean"))),
        ("rides", *_CT_ID),
    ),
    Q(
        "how many days did the 79 carry more than 20,000 people",
        _count(lambda d: int(((_ct_route(d) == "79") & (d["rides"] > 20000)).sum())),
        ("rides", *_CT_ID),
    ),
]


# --- 6. BLS Current Employment Statistics, national series (long) --------------------------------------------------

# series: level in Jan 2015, monthly growth, April 2020 drop, decimals
_BL_SERIES = {
    "CES0000000001": (140600.0, 0.0013, 0.145, 0),
    "CES0500000001": (118500.0, 0.0014, 0.165, 0),
    "CES2000000001": (6330.0, 0.0019, 0.14, 0),
    "CES3000000001": (12300.0, 0.0004, 0.11, 0),
    "CES6562000001": (15600.0, 0.0020, 0.09, 0),
    "CES7000000001": (15100.0, 0.0017, 0.47, 0),
    "CES9000000001": (21950.0, 0.0006, 0.04, 0),
    "CES0500000002": (34.5, 0.0, -0.02, 1),
    "CES0500000003": (24.75, 0.0033, -0.06, 2),
}


def _bls_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16906)
    months = pd.period_range("2015-01", "2024-06", freq="M")
    rows = []
    for series, (level, growth, drop, places) in _BL_SERIES.items():
        values = []
        for i, m in enumerate(months):
            v = level * (1 + growth) ** i * float(rng.normal(1, 0.0012))
            if m >= pd.Period("2020-04", "M"):
                months_since = (m - pd.Period("2020-04", "M")).n
                v *= 1 - drop * max(0.0, 1 - months_since / 24) ** 1.5
            values.append(round(v, places))
        pad = series + " " * 5
        for m, v in zip(months, values, strict=True):
            flag = "P" if m >= pd.Period("2024-05", "M") else ""
            rows.append((pad, m.year, f"M{m.month:02d}", v, flag))
        for year in range(2015, 2024):
            annual = np.mean([v for m, v in zip(months, values, strict=True) if m.year == year])
            rows.append((pad, year, "M13", round(float(annual), places), ""))
    frame = pd.DataFrame(rows, columns=["series_id", "year", "period", "value", "footnote_codes"])
    return frame.sort_values(["series_id", "year", "period"], kind="stable").reset_index(drop=True)


def _bl(d: pd.DataFrame, series: str) -> pd.DataFrame:
    x = d[(d["series_id"].astype(str).str.strip() == series) & (d["period"] != "M13")]
    stamp = pd.to_datetime(x["year"].astype(str) + "-" + x["period"].str[1:] + "-01")
    return pd.DataFrame({"when": stamp.to_numpy(), "value": x["value"].to_numpy()})


def _bl_at(d: pd.DataFrame, series: str, when: str) -> float:
    x = _bl(d, series)
    return float(x.loc[x["when"] == pd.Timestamp(when), "value"].iloc[0])


def _bl_low(d: pd.DataFrame) -> pd.Series:
    x = _bl(d, "CES0000000001")
    return x.loc[x["value"].idxmin()]


_BL_ID = ("series_id", "year", "period", "value")
_BLS_QS = [
    Q(
        "how many different series are in this file",
        _count(lambda d: int(d["series_id"].astype(str).str.strip().nunique())),
        ("series_id",),
    ),
    Q(
        "when was CES0000000001 at its lowest and what was it",
        both(
            _month_year(lambda d: _bl_low(d)["when"]),
            has(lambda d: float(_bl_low(d)["value"]), rel=0.001),
        ),
        _BL_ID,
    ),
    Q(
        "how much did it fall from february 2020 to that low",
        either(
            has(lambda d: _bl_at(d, "CES0000000001", "2020-02-01") - float(_bl_low(d)["value"]), rel=0.005),
            _pct(lambda d: float(_bl_low(d)["value"]) / _bl_at(d, "CES0000000001", "2020-02-01") - 1),
        ),
        _BL_ID,
    ),
    Q(
        "what was the annual average for CES3000000001 in 2019",
        has(lambda d: float(_bl(d, "CES3000000001").query("when.dt.year == 2019")["value"].mean()), rel=0.001),
        _BL_ID,
    ),
    Q(
        "how many values are marked preliminary",
        _count(lambda d: int((_text(d["footnote_codes"]) == "P").sum())),
        ("footnote_codes", *_BL_ID),
    ),
    Q(
        "by what percent did CES0500000003 go up between jan 2019 and jan 2024",
        _pct(lambda d: _bl_at(d, "CES0500000003", "2024-01-01") / _bl_at(d, "CES0500000003", "2019-01-01") - 1),
        _BL_ID,
    ),
]


# --- 7. UNHCR asylum applications (Refugee Data Finder) ------------------------------------------------------------

# origin: ISO, weight, yearly profile tilt (peak year)
_UN_ORIGINS = {
    "Syrian Arab Rep.": ("SYR", 6.0, 2015),
    "Afghanistan": ("AFG", 5.0, 2016),
    "Venezuela (Bolivarian Republic of)": ("VEN", 5.5, 2019),
    "Iraq": ("IRQ", 3.0, 2015),
    "Iran (Islamic Rep. of)": ("IRN", 1.5, 2016),
    "Eritrea": ("ERI", 1.5, 2016),
    "Nigeria": ("NGA", 1.8, 2017),
    "Colombia": ("COL", 1.6, 2022),
    "Türkiye": ("TUR", 1.4, 2023),
    "Bangladesh": ("BGD", 1.0, 2022),
    "Unknown": ("UNK", 0.5, 2015),
}
# asylum country: ISO, weight, origins it favours
_UN_ASYLUM = {
    "Germany": ("DEU", 6.0, ("SYR", "AFG", "IRQ", "IRN", "ERI", "TUR")),
    "United States of America": ("USA", 5.5, ("VEN", "COL", "NGA", "BGD")),
    "France": ("FRA", 3.0, ("AFG", "NGA", "BGD")),
    "Spain": ("ESP", 2.0, ("VEN", "COL")),
    "Peru": ("PER", 2.0, ("VEN",)),
    "Italy": ("ITA", 2.0, ("NGA", "BGD", "ERI")),
    "Sweden": ("SWE", 1.2, ("SYR", "AFG", "ERI")),
    "United Kingdom of Great Britain and Northern Ireland": ("GBR", 1.8, ("IRN", "AFG", "ERI", "IRQ")),
    "Türkiye ": ("TUR", 1.0, ("SYR", "AFG", "IRQ", "IRN")),
    "Brazil": ("BRA", 1.5, ("VEN",)),
}
_UN_LEVEL = {"FI": 0.8, "AR": 0.12, "JR": 0.05, "RA": 0.03}


def _unhcr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16907)
    rows = []
    for year in range(2015, 2024):
        covid = 0.45 if year == 2020 else (0.7 if year == 2021 else 1.0)
        for origin, (o_iso, o_w, peak) in _UN_ORIGINS.items():
            for asylum, (a_iso, a_w, likes) in _UN_ASYLUM.items():
                if o_iso == a_iso:
                    continue
                fit = 8.0 if o_iso in likes else 0.25
                mean = 1400 * o_w * a_w * fit * np.exp(-abs(year - peak) / 3) * covid
                if mean < 30 and rng.random() < 0.5:
                    continue
                proc = "J" if a_iso in ("USA", "ESP") and rng.random() < 0.2 else "G"
                for level, share in _UN_LEVEL.items():
                    if level != "FI" and rng.random() < 0.5:
                        continue
                    n = int(rng.poisson(mean * share * float(rng.uniform(0.7, 1.3))))
                    if n == 0:
                        continue
                    rows.append(
                        {
                            "Year": year,
                            "Country of origin": origin,
                            "Country of origin (ISO)": o_iso,
                            "Country of asylum": asylum.strip(),
                            "Country of asylum (ISO)": a_iso,
                            "Procedure type": proc,
                            "Application type": _one(rng, ["N", "R", "A", "E"], [8, 1, 0.5, 0.3])
                            if level == "FI"
                            else "A",
                            "Decision level": level,
                            "Applied": n,
                        }
                    )
    return pd.DataFrame(rows)


_UN_NAMES = {
    "Syrian Arab Rep.": ("Syria",),
    "Venezuela (Bolivarian Republic of)": ("Venezuela",),
    "Iran (Islamic Rep. of)": ("Iran",),
    "United States of America": ("United States", "USA", "US"),
    "United Kingdom of Great Britain and Northern Ireland": ("United Kingdom", "UK"),
    "Türkiye": ("Turkey",),
}


def _un_sum(d: pd.DataFrame, mask: pd.Series | None = None) -> float:
    return float((d if mask is None else d[mask])["Applied"].sum())


_UN_ID = ("Year", "Applied")
_UNHCR_QS = [
    Q("how many asylum applications are there in total", _money(lambda d: _un_sum(d)), ("Applied",)),
    Q(
        "which country do the most applicants come from",
        _lead(_named(lambda d: _top(d.groupby("Country of origin")["Applied"].sum()), _UN_NAMES)),
        ("Country of origin", "Country of origin (ISO)", *_UN_ID),
    ),
    Q(
        "which country got the most applications in 2023",
        _lead(
            _named(
                lambda d: _top(d[d["Year"] == 2023].groupby("Country of asylum")["Applied"].sum()),
                _UN_NAMES,
            )
        ),
        ("Country of asylum", "Country of asylum (ISO)", *_UN_ID),
    ),
    Q(
        "how many syrians applied in germany over the whole period",
        _money(lambda d: _un_sum(d, (d["Country of origin (ISO)"] == "SYR") & (d["Country of asylum"] == "Germany"))),
        ("Country of origin", "Country of asylum", "Country of origin (ISO)", "Country of asylum (ISO)", *_UN_ID),
    ),
    Q(
        "what year had the most applications",
        _year(lambda d: int(d.groupby("Year")["Applied"].sum().idxmax())),
        _UN_ID,
    ),
    Q(
        "what share of 2023 applications came from venezuela",
        _share(
            lambda d: (
                _un_sum(d, (d["Year"] == 2023) & (d["Country of origin (ISO)"] == "VEN"))
                / _un_sum(d, d["Year"] == 2023)
            )
        ),
        ("Country of origin", "Country of origin (ISO)", *_UN_ID),
    ),
]


HELDOUT169: list[Dataset] = [
    Dataset("notion_content_calendar_export", _notion_frame, _NOTION_QS),
    Dataset("pleo_card_expenses_export", _pleo_frame, _PLEO_QS),
    Dataset("polar_flow_daily_activity", _polar_frame, _POLAR_QS),
    Dataset("wix_bookings_appointments_export", _wix_frame, _WIX_QS),
    Dataset("cta_bus_ridership_daily_by_route", _cta_frame, _CTA_QS),
    Dataset("bls_ces_national_series_long", _bls_frame, _BLS_QS),
    Dataset("unhcr_asylum_applications", _unhcr_frame, _UNHCR_QS),
]
