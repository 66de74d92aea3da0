"""HELDOUT111: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a DoorDash Dasher deliveries
history from the data-access request (one Austin Dasher, 2023) with upper-case snake-case columns DELIVERY_ID
(10-digit), ACTIVE_DATE as "2023-04-12", DASH_START_TIME as "2023-04-12 11:02:14", STARTING_POINT_NAME
("Austin-Downtown", "Austin-North", "Round Rock"), STORE_NAME ("Chick-fil-A", "McDonald's", "Torchy's Tacos", ...),
DELIVERY_STATUS (DELIVERED, and a few CANCELLED paid only a small base pay and UNASSIGNED paid nothing), BASE_PAY,
PEAK_PAY (0 most of the time), TIP_AMOUNT and TOTAL_PAY in dollars, DISTANCE_MILES as text "3.4 mi",
ACTIVE_TIME_MINUTES and CUSTOMER_RATING (mostly blank); a HubSpot contacts export ("Record ID", "First Name", "Last
Name", "Email", "Phone Number" in mixed formats and often blank, "Company Name" and "Job Title" sometimes blank,
"Contact owner" (five reps, some blank), "Lifecycle Stage" as labels (Subscriber, Lead, Marketing Qualified Lead,
Sales Qualified Lead, Opportunity, Customer, Evangelist, Other), "Lead Status" (often blank), "Create Date" and
"Last Activity Date" as "2023-05-14 09:12", "Original Source" (Organic Search, Direct Traffic, Paid Search, Social
Media, Email Marketing, Referrals, Offline Sources, Paid Social, Other Campaigns), "Country/Region" written as
"United States", "USA" or "US", "State/Region", "Number of Pageviews" and "Marketing contact status"); Google Fit's
"Daily activity metrics.csv" from Takeout (March 2022 to February 2024, one row per day, a few days absent) with
Date as "2022-03-01", Move Minutes count, Calories (kcal), Distance (m), Heart Points, Heart Minutes, Average / Max /
Min heart rate (bpm) (blank before a watch was bought in 2023 and on some days after), Low / High latitude and
longitude (deg), Average / Max / Min speed (m/s), Step count (a few blank), Average / Max / Min weight (kg) (only on
weigh-in days, trending down), and Inactive / Walking / Running / Biking duration (ms); an Etsy payment account
statement for March 2024 (a ceramics shop) with Date as "March 31, 2024" (newest first), Type (Sale, Fee, Marketing,
Shipping, Refund, Deposit), Title ("Payment for Order #3212345678", "Transaction fee: Speckled Stoneware Mug",
"Transaction fee: Shipping", "Processing fee", "Listing fee", "Etsy Ads", "USPS shipping label", "Refund to buyer
for Order #...", "Credit for transaction fee", "$1,234.56 sent to your bank account"), Info ("Order #...",
"Listing #...", "Label #...", blank), Currency USD, Amount / Fees & Taxes / Net as "$32.00", "-$2.08" or "--", and
Tax Details "--"; the IRS Statistics of Income ZIP code data for one state (Oregon, 2021 style) with STATEFIPS 41,
STATE "OR", zipcode as a number (0 on the six state-total rows that add up every ZIP), agi_stub 1-6 (six rows per
ZIP), counts N1, mars1, MARS2, MARS4, ELF, CPREP, PREP, DIR_DEP, N2, NUMDEP rounded to tens, and count / amount
pairs (amounts in thousands of dollars) A00100 (AGI), N00200 / A00200 (salaries and wages), N00300 / A00300
(interest), N00600 / A00600 (dividends), N01000 / A01000 (capital gains), N04470 / A04470 (itemized deductions),
N10600 / A10600 (total tax payments), N59660 / A59660 (EITC), with small cells suppressed to 0; NASA's Global
Landslide Catalog (2007-2017) with source_name, source_link, event_id, event_date as "08/01/2008 12:00:00 AM",
event_time mostly blank, event_title, event_description, location_description, location_accuracy ("exact", "1km",
"5km", "10km", "25km", "50km", "unknown"), landslide_category, landslide_trigger (downpour, rain, continuous_rain,
monsoon, tropical_cyclone, snowfall_snowmelt, earthquake, construction, mining, flooding, freeze_thaw,
no_apparent_trigger, unknown), landslide_size (small, medium, large, very_large, unknown), landslide_setting,
fatality_count and injury_count (often blank), storm_name, photo_link, notes, event_import_source, event_import_id,
country_name and country_code (a few blank), admin_division_name, admin_division_population,
gazeteer_closest_point, gazeteer_distance, submitted_date, created_date, last_edited_date, longitude and latitude;
and a spreadspoke-style NFL scores and betting lines file (seasons 2013-2023) with schedule_date as "9/10/2023",
schedule_season, schedule_week ("1".."18", Wildcard, Division, Conference, Superbowl), schedule_playoff,
team_home, score_home, score_away, team_away (relocated teams under their names of the day: San Diego / Los Angeles
Chargers, St. Louis / Los Angeles Rams, Oakland / Las Vegas Raiders, Washington Redskins / Football Team /
Commanders), team_favorite_id (abbreviation or PICK), spread_favorite (negative, 0 on PICK), over_under_line (text,
a few blank), stadium, stadium_neutral, weather_temperature, weather_wind_mph, weather_humidity (blank in later
seasons) and weather_detail (DOME, Rain, Snow, Fog or blank). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout40 import _number
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------

_MONEY = (1e3, 1e6, 1e9)


def _amount(value: Callable[[pd.DataFrame], Any], rel: float = 0.006) -> Check:
    """An amount of money, its sign ignored, in full or as "$12.3k" / "1.2 million"."""
    inner = _scaled(lambda d: np.abs(np.atleast_1d(value(d))), _MONEY, rel=rel)
    return lambda answer, df: inner(answer.replace("-", " ").replace("\u2212", " "), df)


def _top(scores: pd.Series) -> str:
    return str(_ranked(scores).index[0])


def _any_share(values: Callable[[pd.DataFrame], list[float]]) -> Check:
    """One of several readings of a share."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        wants = values(df)
        for w in wants:
            if _share(float(w))(answer, df) is None:
                return None
        return f"missing share {float(wants[0]):.4g}"

    return check


def _either_named(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """One of several readings of a label."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        wants = [str(v) for v in values(df)]
        for w in wants:
            if _named(lambda _d, w=w: w)(answer, df) is None:
                return None
        return f"missing label {wants[0]!r}"

    return check


# --- 1. DoorDash Dasher deliveries ---------------------------------------------------------------------------------

_DD_STORES = _split(
    "Chick-fil-A:14;McDonald's:13;Taco Bell:9;Chipotle Mexican Grill:9;Panda Express:7;Whataburger:10;Wingstop:6;"
    "Starbucks:5;Torchy's Tacos:7;7-Eleven:3;Walgreens:3;CVS Pharmacy:2;Popeyes Louisiana Kitchen:5;P. Terry's:6"
)
_DD_COLUMNS = _split(
    "DELIVERY_ID;ACTIVE_DATE;DASH_START_TIME;STARTING_POINT_NAME;STORE_NAME;DELIVERY_STATUS;BASE_PAY;PEAK_PAY;"
    "TIP_AMOUNT;TOTAL_PAY;DISTANCE_MILES;ACTIVE_TIME_MINUTES;CUSTOMER_RATING"
)


def _doordash_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11101)
    stores = ";".join(_DD_STORES)
    season = {1: 1.1, 2: 1.0, 3: 1.05, 4: 0.95, 5: 0.9, 6: 0.8, 7: 0.75, 8: 0.85, 9: 1.0, 10: 1.1, 11: 1.25, 12: 1.3}
    rows: list[dict[str, Any]] = []
    used: set[int] = set()
    for day in pd.date_range("2023-01-01", "2023-12-31"):
        if rng.random() > 0.55 * season[day.month]:
            continue
        weekend = day.dayofweek >= 4
        start = day + pd.Timedelta(hours=int(_one(rng, [10, 11, 16, 17], [2, 3, 3, 2])), minutes=int(rng.integers(60)))
        start += pd.Timedelta(seconds=int(rng.integers(60)))
        zone = _draw(rng, "Austin-Downtown:5;Austin-North:3;Round Rock:2")
        for _ in range(int(rng.integers(3, 11))):
            miles = round(float(np.clip(rng.gamma(2.2, 1.8), 0.3, 18)), 1)
            status = _draw(rng, "DELIVERED:95;CANCELLED:3.5;UNASSIGNED:1.5")
            base = round(max(2.0, 2.0 + 0.55 * miles + float(rng.normal(0, 0.6))), 2)
            peak = float(_one(rng, [0, 1, 2, 3], [60, 15, 15, 10])) if weekend and start.hour >= 16 else 0.0
            tip = 0.0 if rng.random() < 0.16 else round(float(rng.lognormal(1.25, 0.5)) + 0.25 * miles, 2)
            if status == "CANCELLED":
                peak, tip, base = 0.0, 0.0, round(float(_one(rng, [2.0, 2.5, 3.0])), 2)
            if status == "UNASSIGNED":
                peak, tip, base = 0.0, 0.0, 0.0
            while (did := int(rng.integers(1_000_000_000, 9_999_999_999))) in used:
                pass
            used.add(did)
            rating = int(_one(rng, [5, 4, 3, 1], [80, 12, 5, 3])) if rng.random() < 0.12 else None
            rows.append(
                {
                    "DELIVERY_ID": did,
                    "ACTIVE_DATE": f"{day:%Y-%m-%d}",
                    "DASH_START_TIME": f"{start:%Y-%m-%d %H:%M:%S}",
                    "STARTING_POINT_NAME": zone,
                    "STORE_NAME": _draw(rng, stores),
                    "DELIVERY_STATUS": status,
                    "BASE_PAY": base,
                    "PEAK_PAY": peak,
                    "TIP_AMOUNT": tip,
                    "TOTAL_PAY": round(base + peak + tip, 2),
                    "DISTANCE_MILES": f"{miles} mi",
                    "ACTIVE_TIME_MINUTES": int(max(4, 9 + 2.8 * miles + rng.normal(0, 4))),
                    "CUSTOMER_RATING": rating,
                }
            )
    return pd.DataFrame(rows)[_DD_COLUMNS]


def _dd(d: pd.DataFrame, delivered: bool) -> pd.DataFrame:
    out = d.assign(_miles=_number(_text(d["DISTANCE_MILES"]).str.replace("mi", "", regex=False)))
    out = out.assign(_day=pd.to_datetime(_text(d["ACTIVE_DATE"]), format="%Y-%m-%d"))
    return out[_text(d["DELIVERY_STATUS"]) == "DELIVERED"] if delivered else out


def _dd_top_month(delivered: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        t = _dd(d, delivered)
        return t["TOTAL_PAY"].groupby(t["_day"].dt.to_period("M")).sum().idxmax().to_timestamp()

    return pick


_DD_ID = ("DELIVERY_ID", "DELIVERY_STATUS")
_DOORDASH_QS = [
    Q(
        "how much have i made in total?",
        either(*(_amount(lambda d, k=k: float(_dd(d, k)["TOTAL_PAY"].sum())) for k in (False, True))),
        (*_DD_ID, "TOTAL_PAY", "ACTIVE_DATE"),
    ),
    Q(
        "whats my average tip per delivery",
        either(*(_about(lambda d, k=k: float(_dd(d, k)["TIP_AMOUNT"].mean())) for k in (True, False))),
        (*_DD_ID, "TIP_AMOUNT"),
    ),
    Q(
        "which restaurant do i pick up from the most",
        _lead(_either_named(lambda d: [_top(_dd(d, k)["STORE_NAME"].value_counts()) for k in (False, True)])),
        (*_DD_ID, "STORE_NAME"),
    ),
    Q(
        "what was my best month for earnings?",
        _lead(
            either(
                *(_month(_dd_top_month(k)) for k in (False, True)),
                *(_month_year(_dd_top_month(k)) for k in (False, True)),
            )
        ),
        (*_DD_ID, "ACTIVE_DATE", "DASH_START_TIME", "TOTAL_PAY"),
    ),
    Q(
        "do longer trips pay more?",
        either(
            *(_corr(lambda d, k=k: _dd(d, k)["_miles"], lambda d, k=k: _dd(d, k)["TOTAL_PAY"]) for k in (True, False))
        ),
        (*_DD_ID, "DISTANCE_MILES", "TOTAL_PAY", "BASE_PAY"),
    ),
    Q(
        "how many orders got cancelled",
        _count(lambda d: int((_text(d["DELIVERY_STATUS"]) == "CANCELLED").sum())),
        _DD_ID,
    ),
]


# --- 2. HubSpot contacts export ------------------------------------------------------------------------------------

_HS_FIRST = _split(
    "James;Mary;Robert;Patricia;John;Jennifer;Michael;Linda;David;Elizabeth;William;Barbara;Richard;Susan;Joseph;"
    "Jessica;Thomas;Sarah;Chris;Karen;Daniel;Lisa;Matthew;Nancy;Anthony;Priya;Wei;Carlos;Sofia;Ahmed;Emily;Kevin"
)
_HS_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Rodriguez;Martinez;Hernandez;Lopez;Wilson;Anderson;"
    "Thomas;Taylor;Moore;Jackson;Martin;Lee;Patel;Nguyen;Kim;Chen;Walker;Hall;Young;Allen;King;Wright;Scott;Green"
)
_HS_COMPANIES = _split(
    "Acme Logistics;Brightline Dental;Cedar & Co;Northwind Traders;Summit Roofing;BluePeak Software;Harbor Health;"
    "Ironclad Security;Lumen Analytics;Maple Street Bakery;Orbit Media;Pinecrest Realty;Quantum Legal;Redwood HVAC;"
    "Silverline Fitness;Trident Marine;Urban Sprout;Vantage Capital;Willow Interiors;Zenith Manufacturing"
)
_HS_TITLES = _split(
    "Owner;CEO;Marketing Manager;Office Manager;VP of Sales;Operations Director;Founder;Account Executive;"
    "Director of Marketing;IT Manager;CFO;Purchasing Manager"
)
_HS_OWNERS = "Megan Ortiz:30;Jake Turner:25;Sam Patel:20;Dana Brooks:15;Luis Romero:10"
# source: weight, chance of becoming a customer
_HS_SOURCES = {
    "Organic Search": (26, 0.11),
    "Direct Traffic": (14, 0.09),
    "Paid Search": (16, 0.07),
    "Social Media": (10, 0.04),
    "Email Marketing": (9, 0.08),
    "Referrals": (8, 0.24),
    "Offline Sources": (9, 0.13),
    "Paid Social": (6, 0.03),
    "Other Campaigns": (2, 0.05),
}
_HS_STATES = _split("Texas;California;New York;Florida;Illinois;Colorado;Washington;Georgia;Ohio;Oregon")
_HS_COLUMNS = _split(
    "Record ID;First Name;Last Name;Email;Phone Number;Company Name;Job Title;Contact owner;Lifecycle Stage;"
    "Lead Status;Create Date;Last Activity Date;Original Source;Country/Region;State/Region;Number of Pageviews;"
    "Marketing contact status"
)


def _hubspot_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11102)
    n = 2400
    start, end = pd.Timestamp("2022-01-01"), pd.Timestamp("2024-06-30")
    span = (end - start).days
    # growth: later days more likely, with a webinar spike in March 2023
    days = np.sort((span * rng.random(n) ** 0.7).astype(int))
    spike = rng.choice(n, 140, replace=False)
    ids = np.sort(rng.choice(np.arange(51, 90_000_000), n, replace=False))
    sources = list(_HS_SOURCES)
    rows: list[dict[str, Any]] = []
    for i in range(n):
        created = start + pd.Timedelta(days=int(days[i]), minutes=int(rng.integers(7 * 60, 20 * 60)))
        source = str(_one(rng, sources, [v[0] for v in _HS_SOURCES.values()]))
        if i in set(spike.tolist()):
            created = pd.Timestamp("2023-03-01") + pd.Timedelta(days=int(rng.integers(0, 31)), hours=10)
            source = "Other Campaigns" if rng.random() < 0.5 else "Email Marketing"
        p = _HS_SOURCES[source][1]
        u = rng.random()
        if u < p:
            stage = "Customer"
        elif u < p + 0.04:
            stage = "Opportunity"
        elif u < p + 0.1:
            stage = "Sales Qualified Lead"
        elif u < p + 0.22:
            stage = "Marketing Qualified Lead"
        elif u < p + 0.62:
            stage = "Lead"
        elif u < p + 0.95:
            stage = "Subscriber"
        else:
            stage = _draw(rng, "Evangelist:1;Other:2")
        first, last = str(_one(rng, _HS_FIRST)), str(_one(rng, _HS_LAST))
        company = None if rng.random() < 0.2 else str(_one(rng, _HS_COMPANIES))
        domain = company.lower().replace(" & ", "").replace(" ", "") + ".com" if company else "gmail.com"
        area, mid, tail = int(rng.integers(201, 990)), int(rng.integers(200, 999)), int(rng.integers(0, 10000))
        phone = _one(rng, [f"+1 {area}-{mid}-{tail:04d}", f"({area}) {mid}-{tail:04d}", f"{area}{mid}{tail:04d}"])
        sales = stage in ("Customer", "Opportunity", "Sales Qualified Lead", "Evangelist")
        if rng.random() < (0.1 if sales else 0.42):
            phone = None
        owner = _draw(rng, _HS_OWNERS) if sales or rng.random() < 0.7 else None
        status = None
        if stage in ("Lead", "Marketing Qualified Lead", "Sales Qualified Lead"):
            status = _draw(rng, "New:4;Open:3;In Progress:2;Attempted to contact:3;Connected:2;Unqualified:2;:4")
        elif stage == "Opportunity":
            status = "Open deal"
        last_seen = None
        if rng.random() < 0.75:
            last_seen = created + pd.Timedelta(days=int(rng.integers(0, 200)), minutes=int(rng.integers(0, 600)))
            last_seen = min(last_seen, pd.Timestamp("2024-06-30 18:00"))
        tag = int(rng.integers(1, 99)) if rng.random() < 0.2 else ""
        rows.append(
            {
                "Record ID": int(ids[i]),
                "First Name": first,
                "Last Name": last if rng.random() > 0.05 else None,
                "Email": f"{first.lower()}.{last.lower()}{tag}@{domain}",
                "Phone Number": phone,
                "Company Name": company,
                "Job Title": None if rng.random() < 0.4 else str(_one(rng, _HS_TITLES)),
                "Contact owner": owner,
                "Lifecycle Stage": stage,
                "Lead Status": status or None,
                "Create Date": f"{created:%Y-%m-%d %H:%M}",
                "Last Activity Date": f"{last_seen:%Y-%m-%d %H:%M}" if last_seen is not None else None,
                "Original Source": source,
                "Country/Region": _draw(rng, "United States:80;USA:8;US:5;:7") or None,
                "State/Region": str(_one(rng, _HS_STATES)) if rng.random() < 0.8 else None,
                "Number of Pageviews": int(rng.poisson(3 + (8 if sales else 0))),
                "Marketing contact status": _draw(rng, "Marketing contact:7;Non-marketing contact:3"),
            }
        )
    return pd.DataFrame(rows)[_HS_COLUMNS]


def _hs_stage(d: pd.DataFrame) -> pd.Series:
    return _text(d["Lifecycle Stage"])


def _hs_top_month(d: pd.DataFrame) -> pd.Timestamp:
    made = pd.to_datetime(_text(d["Create Date"]), format="%Y-%m-%d %H:%M")
    return made.dt.to_period("M").value_counts().idxmax().to_timestamp()


def _hs_organic_rate(d: pd.DataFrame) -> float:
    organic = _text(d["Original Source"]) == "Organic Search"
    return float((_hs_stage(d)[organic] == "Customer").mean())


_HS_ID = ("Record ID", "Email")
_HUBSPOT_QS = [
    Q(
        "how many of our contacts are customers?",
        _count(lambda d: int((_hs_stage(d) == "Customer").sum())),
        (*_HS_ID, "Lifecycle Stage"),
    ),
    Q(
        "where do most of our contacts come from",
        _lead(_named(lambda d: _top(_text(d["Original Source"]).value_counts()))),
        (*_HS_ID, "Original Source"),
    ),
    Q(
        "what % of the organic search ones ended up becoming customers?",
        _share(_hs_organic_rate),
        (*_HS_ID, "Original Source", "Lifecycle Stage"),
    ),
    Q(
        "which month did we add the most new contacts",
        _lead(_month_year(_hs_top_month)),
        (*_HS_ID, "Create Date"),
    ),
    Q(
        "how many contacts dont have a phone number",
        _count(lambda d: int((_text(d["Phone Number"]) == "").sum())),
        (*_HS_ID, "Phone Number"),
    ),
    Q(
        "which rep owns the most customers?",
        _lead(_named(lambda d: _top(_text(d["Contact owner"])[_hs_stage(d) == "Customer"].value_counts()))),
        (*_HS_ID, "Contact owner", "Lifecycle Stage"),
    ),
]


# --- 3. Google Fit daily activity metrics --------------------------------------------------------------------------

_GF_COLUMNS = _split(
    "Date;Move Minutes count;Calories (kcal);Distance (m);Heart Points;Heart Minutes;Average heart rate (bpm);"
    "Max heart rate (bpm);Min heart rate (bpm);Low latitude (deg);Low longitude (deg);High latitude (deg);"
    "High longitude (deg);Average speed (m/s);Max speed (m/s);Min speed (m/s);Step count;Average weight (kg);"
    "Max weight (kg);Min weight (kg);Inactive duration (ms);Walking duration (ms);Running duration (ms);"
    "Biking duration (ms)"
)


def _google_fit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11103)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2022-03-01", "2024-02-29")
    weight = 88.4
    for i, day in enumerate(days):
        if rng.random() < 0.03:
            continue
        summer = 1 + 0.25 * np.cos(2 * np.pi * (day.dayofyear - 200) / 365)
        weekend = 1.15 if day.dayofweek >= 5 else 1.0
        habit = 1 + 0.15 * i / len(days)
        steps = int(max(300, rng.gamma(5, 7600 * summer * weekend * habit / 5)))
        ran = rng.random() < 0.12
        run_ms = int(rng.integers(20, 50) * 60_000) if ran else 0
        if ran:
            steps += int(run_ms / 60_000 * 160)
        walk_ms = int(steps / 105 * 60_000)
        bike_ms = int(rng.integers(20, 90) * 60_000) if rng.random() < 0.05 else 0
        distance = steps * float(rng.normal(0.74, 0.02))
        heart_min = int(run_ms / 60_000 + max(0, rng.normal(steps / 900, 4)) + bike_ms / 120_000)
        watch = day >= pd.Timestamp("2023-01-15") and rng.random() > 0.12
        weight += float(rng.normal(-0.011, 0.05))
        weigh_in = rng.random() < 0.18
        w = round(weight + float(rng.normal(0, 0.35)), 2)
        lat, lon = 45.52 + float(rng.normal(0, 0.01)), -122.68 + float(rng.normal(0, 0.01))
        blank_steps = rng.random() < 0.02
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Move Minutes count": int(walk_ms / 60_000 * 0.7 + run_ms / 60_000 + bike_ms / 60_000),
                "Calories (kcal)": round(1690 + 0.047 * steps + run_ms / 60_000 * 7 + float(rng.normal(0, 60)), 3),
                "Distance (m)": None if blank_steps else round(distance, 3),
                "Heart Points": int(heart_min * 1.4 + run_ms / 60_000 * 0.6),
                "Heart Minutes": heart_min,
                "Average heart rate (bpm)": round(float(rng.normal(74, 5)), 3) if watch else None,
                "Max heart rate (bpm)": round(float(rng.normal(150 if ran else 122, 10)), 1) if watch else None,
                "Min heart rate (bpm)": round(float(rng.normal(52, 3)), 1) if watch else None,
                "Low latitude (deg)": round(lat - 0.01, 6),
                "Low longitude (deg)": round(lon - 0.01, 6),
                "High latitude (deg)": round(lat + 0.01, 6),
                "High longitude (deg)": round(lon + 0.01, 6),
                "Average speed (m/s)": round(float(rng.normal(1.25, 0.08)), 4),
                "Max speed (m/s)": round(float(rng.normal(3.2 if ran else 1.9, 0.3)), 4),
                "Min speed (m/s)": round(float(rng.uniform(0.3, 0.6)), 4),
                "Step count": None if blank_steps else steps,
                "Average weight (kg)": w if weigh_in else None,
                "Max weight (kg)": w if weigh_in else None,
                "Min weight (kg)": w if weigh_in else None,
                "Inactive duration (ms)": int(rng.integers(40, 80) * 60_000),
                "Walking duration (ms)": walk_ms,
                "Running duration (ms)": run_ms or None,
                "Biking duration (ms)": bike_ms or None,
            }
        )
    return pd.DataFrame(rows)[_GF_COLUMNS]


def _gf(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_day=pd.to_datetime(_text(d["Date"]), format="%Y-%m-%d"))


def _gf_top_month(col: str, how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        t = _gf(d)
        return t[col].groupby(t["_day"].dt.to_period("M")).agg(how).idxmax().to_timestamp()

    return pick


def _gf_weight_loss(d: pd.DataFrame) -> float:
    t = _gf(d).dropna(subset=["Average weight (kg)"]).sort_values("_day")
    return float(t["Average weight (kg)"].iloc[0] - t["Average weight (kg)"].iloc[-1])


_GF_ID = ("Date",)
_GOOGLE_FIT_QS = [
    Q(
        "how many steps do i average a day",
        either(
            _about(lambda d: float(d["Step count"].mean()), rel=0.005),
            _about(lambda d: float(d["Step count"].fillna(0).mean()), rel=0.005),
        ),
        (*_GF_ID, "Step count"),
    ),
    Q(
        "how many days did i hit 10k steps",
        either(
            _count(lambda d: int((d["Step count"] >= 10000).sum())),
            _count(lambda d: int((d["Step count"] > 10000).sum())),
        ),
        (*_GF_ID, "Step count"),
    ),
    Q(
        "which month did i walk the most?",
        _lead(
            either(
                _month_year(_gf_top_month("Step count", "sum")),
                _month_year(_gf_top_month("Distance (m)", "sum")),
                _month_year(_gf_top_month("Step count", "mean")),
                _month_year(_gf_top_month("Walking duration (ms)", "sum")),
            )
        ),
        (*_GF_ID, "Step count", "Distance (m)", "Walking duration (ms)", "Move Minutes count"),
    ),
    Q(
        "how much weight have i lost since my first weigh in",
        _about(_gf_weight_loss, rel=0.01),
        (*_GF_ID, "Average weight (kg)", "Max weight (kg)", "Min weight (kg)"),
    ),
    Q(
        "do i burn more calories on days i walk more",
        _corr(lambda d: d["Step count"], lambda d: d["Calories (kcal)"]),
        (*_GF_ID, "Step count", "Calories (kcal)", "Distance (m)"),
    ),
    Q(
        "on how many days is my heart rate missing",
        _count(lambda d: int(d["Average heart rate (bpm)"].isna().sum())),
        (*_GF_ID, "Average heart rate (bpm)", "Max heart rate (bpm)", "Min heart rate (bpm)"),
    ),
]


# --- 4. Etsy payment account statement -----------------------------------------------------------------------------

# item: price, weight
_ET_ITEMS = {
    "Speckled Stoneware Mug": (32.0, 30),
    "Handmade Ceramic Planter - Small": (28.0, 14),
    "Handmade Ceramic Planter - Large": (54.0, 7),
    "Ceramic Pour Over Coffee Dripper": (46.0, 9),
    "Set of 4 Dessert Plates": (78.0, 6),
    "Minimalist Bud Vase": (22.0, 16),
    "Matte Black Ramen Bowl": (38.0, 10),
    "Ceramic Ring Dish": (16.0, 12),
}
_ET_COLUMNS = _split("Date;Type;Title;Info;Currency;Amount;Fees & Taxes;Net;Tax Details")


def _et_money(x: float | None) -> str:
    if x is None:
        return "--"
    return f"-${-x:,.2f}" if x < 0 else f"${x:,.2f}"


def _etsy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11104)
    items = list(_ET_ITEMS)
    rows: list[tuple[pd.Timestamp, int, str, str, str, float | None, float | None, float | None]] = []

    def add(day: pd.Timestamp, kind: str, title: str, info: str, amount: float | None, fee: float | None) -> None:
        net = None if amount is None and fee is None else round((amount or 0) + (fee or 0), 2)
        rows.append((day, len(rows), kind, title, info, amount, fee, net))

    orders: list[tuple[pd.Timestamp, int, str, float, float]] = []
    for day in pd.date_range("2024-03-01", "2024-03-31"):
        rate = 4.2 * (1.3 if day.dayofweek >= 5 else 1.0) * (2.2 if day.day in (8, 9) else 1.0)
        for _ in range(int(rng.poisson(rate))):
            item = str(_one(rng, items, [v[1] for v in _ET_ITEMS.values()]))
            qty = int(_one(rng, [1, 2, 3], [80, 15, 5]))
            ship = float(_one(rng, [0.0, 5.95, 8.5], [45, 40, 15]))
            order = int(rng.integers(3_200_000_000, 3_260_000_000))
            price = _ET_ITEMS[item][0] * qty
            orders.append((day, order, item, price, ship))
            add(day, "Sale", f"Payment for Order #{order}", f"Order #{order}", round(price + ship, 2), None)
            add(day, "Fee", f"Transaction fee: {item}", f"Order #{order}", None, -round(0.065 * price, 2))
            if ship:
                add(day, "Fee", "Transaction fee: Shipping", f"Order #{order}", None, -round(0.065 * ship, 2))
            add(day, "Fee", "Processing fee", f"Order #{order}", None, -round(0.03 * (price + ship) + 0.25, 2))
            listing = int(rng.integers(1_400_000_000, 1_700_000_000))
            add(day, "Fee", "Listing fee", f"Listing #{listing}", None, -0.20)
            if rng.random() < 0.9:
                label = int(rng.integers(10**9, 10**10))
                add(day, "Shipping", "USPS shipping label", f"Label #{label}", None, -round(4.6 + 1.9 * qty, 2))
        add(day, "Marketing", "Etsy Ads", "", None, -round(float(rng.uniform(1.0, 3.0)), 2))
        if rng.random() < 0.15:
            listing = int(rng.integers(1_400_000_000, 1_700_000_000))
            add(day, "Fee", "Listing fee", f"Listing #{listing}", None, -0.20)
    for k in rng.choice(len(orders), 6, replace=False):
        day, order, item, price, ship = orders[int(k)]
        back = day + pd.Timedelta(days=int(rng.integers(2, 10)))
        if back.month != 3:
            continue
        add(back, "Refund", f"Refund to buyer for Order #{order}", f"Order #{order}", -round(price + ship, 2), None)
        add(back, "Fee", "Credit for transaction fee", f"Order #{order}", None, round(0.065 * price, 2))
    for payday in pd.to_datetime(["2024-03-04", "2024-03-11", "2024-03-18", "2024-03-25"]):
        sent = round(float(rng.uniform(700, 1400)), 2)
        add(payday, "Deposit", f"{_et_money(sent)} sent to your bank account", "", None, None)
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    out = [
        {
            "Date": f"{day:%B} {day.day}, {day.year}",
            "Type": kind,
            "Title": title,
            "Info": info or None,
            "Currency": "USD",
            "Amount": _et_money(amount),
            "Fees & Taxes": _et_money(fee),
            "Net": _et_money(net),
            "Tax Details": "--",
        }
        for day, _i, kind, title, info, amount, fee, net in rows
    ]
    return pd.DataFrame(out)[_ET_COLUMNS]


def _et(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(
        _kind=_text(d["Type"]),
        _amt=_number(d["Amount"]).fillna(0),
        _fee=_number(d["Fees & Taxes"]).fillna(0),
        _day=pd.to_datetime(_text(d["Date"]), format="%B %d, %Y"),
    )


def _et_sales(d: pd.DataFrame) -> float:
    t = _et(d)
    return float(t.loc[t["_kind"] == "Sale", "_amt"].sum())


def _et_refunds(d: pd.DataFrame) -> float:
    t = _et(d)
    return float(t.loc[t["_kind"] == "Refund", "_amt"].sum())


def _et_fees(d: pd.DataFrame) -> list[float]:
    """Fees read several ways: Fee rows net of credits or charges only, with or without ads and labels."""
    t = _et(d)
    fee = t.loc[t["_kind"] == "Fee", "_fee"]
    base = [float(-fee.sum()), float(-fee[fee < 0].sum())]
    ads = float(-t.loc[t["_kind"] == "Marketing", "_fee"].sum())
    labels = float(-t.loc[t["_kind"] == "Shipping", "_fee"].sum())
    return [x for b in base for x in (b, b + ads, b + ads + labels)]


def _et_fee_shares(d: pd.DataFrame) -> list[float]:
    sales = [_et_sales(d), _et_sales(d) + _et_refunds(d)]
    return [f / s for f in _et_fees(d) for s in sales]


def _et_top_day(by_amount: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        t = _et(d)
        sales = t[t["_kind"] == "Sale"]
        scores = sales.groupby("_day")["_amt"].sum() if by_amount else sales["_day"].value_counts()
        return pd.Timestamp(_ranked(scores).index[0])

    return pick


_ET_ID = ("Date", "Type", "Title", "Info")
_ETSY_QS = [
    Q(
        "how many orders did i get this month",
        _count(lambda d: int((_text(d["Type"]) == "Sale").sum())),
        _ET_ID,
    ),
    Q(
        "what were my total sales before fees?",
        either(_amount(_et_sales), _amount(lambda d: _et_sales(d) + _et_refunds(d))),
        (*_ET_ID, "Amount", "Net"),
    ),
    Q(
        "how much did etsy take in fees",
        either(*(_amount(lambda d, i=i: _et_fees(d)[i]) for i in range(6))),
        (*_ET_ID, "Fees & Taxes", "Net"),
    ),
    Q(
        "what's that as a percent of sales",
        _any_share(_et_fee_shares),
        (*_ET_ID, "Amount", "Fees & Taxes", "Net"),
    ),
    Q(
        "which day did i sell the most",
        _lead(either(_day(_et_top_day(False)), _day(_et_top_day(True)))),
        (*_ET_ID, "Amount", "Net"),
    ),
    Q(
        "how many refunds did i give and how much money was that",
        both(
            _count(lambda d: int((_text(d["Type"]) == "Refund").sum())),
            _amount(_et_refunds),
        ),
        (*_ET_ID, "Amount", "Net", "Fees & Taxes"),
    ),
]


# --- 5. IRS SOI individual income by ZIP code (Oregon) -------------------------------------------------------------

# agi_stub: mean AGI per return (dollars), share in an average ZIP
_IRS_STUBS = {1: (12_500, 0.29), 2: (37_000, 0.22), 3: (61_500, 0.14), 4: (86_500, 0.10), 5: (138_000, 0.18)}
_IRS_STUBS |= {6: (480_000, 0.07)}
_IRS_COLUMNS = _split(
    "STATEFIPS;STATE;zipcode;agi_stub;N1;mars1;MARS2;MARS4;ELF;CPREP;PREP;DIR_DEP;N2;NUMDEP;A00100;N00200;A00200;"
    "N00300;A00300;N00600;A00600;N01000;A01000;N04470;A04470;N10600;A10600;N59660;A59660"
)
_IRS_COUNTS = _split("N1;mars1;MARS2;MARS4;ELF;CPREP;PREP;DIR_DEP;N2;NUMDEP;N00200;N00300;N00600;N01000;N04470")
_IRS_COUNTS += _split("N10600;N59660")


def _irs_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11105)
    zips = np.sort(rng.choice(np.arange(97001, 97921), 390, replace=False))
    rows: list[dict[str, Any]] = []
    for z in zips:
        size = float(np.clip(rng.lognormal(7.9, 1.15), 60, 36_000))
        rich = float(rng.normal(0, 0.55))
        shares = np.array([v[1] for v in _IRS_STUBS.values()]) * np.exp(
            rich * np.array([-1, -0.6, -0.1, 0.2, 0.6, 1.1])
        )
        shares /= shares.sum()
        for stub, (mean_agi, _s) in _IRS_STUBS.items():
            n1 = int(round(size * shares[stub - 1] * float(rng.uniform(0.9, 1.1)), -1))
            if n1 < 20:
                rows.append(
                    {"STATEFIPS": 41, "STATE": "OR", "zipcode": int(z), "agi_stub": stub}
                    | dict.fromkeys(list(_IRS_COLUMNS[4:]), 0)
                )
                continue
            agi = n1 * mean_agi * float(rng.uniform(0.93, 1.07)) * (1 + 0.25 * max(rich, 0) * (stub == 6))
            joint = min(0.85, 0.12 + 0.11 * stub)

            def c(frac: float, n1: int = n1) -> int:
                return int(round(n1 * min(frac, 1.0), -1))

            wages = agi * float(rng.uniform(0.55, 0.8)) * (0.75 if stub == 6 else 1)
            rows.append(
                {
                    "STATEFIPS": 41,
                    "STATE": "OR",
                    "zipcode": int(z),
                    "agi_stub": stub,
                    "N1": n1,
                    "mars1": c(0.92 - joint - 0.07),
                    "MARS2": c(joint),
                    "MARS4": c(0.07 if stub < 4 else 0.03),
                    "ELF": c(0.93),
                    "CPREP": c(0.04),
                    "PREP": c(0.45 + 0.05 * stub),
                    "DIR_DEP": c(0.7),
                    "N2": c(1.45 + 0.12 * stub),
                    "NUMDEP": c(0.35 + 0.05 * stub),
                    "A00100": round(agi / 1000),
                    "N00200": c(0.78),
                    "A00200": round(wages / 1000),
                    "N00300": c(0.15 + 0.1 * stub),
                    "A00300": round(agi * 0.004 * stub / 1000),
                    "N00600": c(0.08 + 0.08 * stub),
                    "A00600": round(agi * 0.006 * stub / 1000),
                    "N01000": c(0.06 + 0.08 * stub),
                    "A01000": round(agi * 0.01 * stub**1.3 / 1000),
                    "N04470": c(0.02 + 0.04 * stub),
                    "A04470": round(n1 * (0.02 + 0.04 * stub) * 22 * stub),
                    "N10600": c(0.9),
                    "A10600": round(agi * (0.05 + 0.025 * stub) / 1000),
                    "N59660": c(max(0.0, 0.3 - 0.12 * stub)),
                    "A59660": round(n1 * max(0.0, 0.3 - 0.12 * stub) * 2.1),
                }
            )
    frame = pd.DataFrame(rows)[_IRS_COLUMNS]
    amounts = list(_IRS_COLUMNS[4:])
    totals = frame.groupby("agi_stub")[amounts].sum().reset_index()
    totals.insert(0, "zipcode", 0)
    totals.insert(0, "STATE", "OR")
    totals.insert(0, "STATEFIPS", 41)
    return pd.concat([totals[_IRS_COLUMNS], frame], ignore_index=True)


def _irs_zips(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["zipcode"] != 0]


def _irs_top_zip(d: pd.DataFrame) -> str:
    return _top(_irs_zips(d).groupby("zipcode")["A00100"].sum())


def _irs_top_zip_mean(d: pd.DataFrame) -> float:
    z = _irs_zips(d)
    rows = z[z["zipcode"].astype(str) == _irs_top_zip(d)]
    return float(rows["A00100"].sum() * 1000 / rows["N1"].sum())


def _irs_wages(d: pd.DataFrame) -> float:
    return float(_irs_zips(d)["A00200"].sum())


_IRS_ID = ("STATEFIPS", "STATE", "zipcode", "agi_stub")
_IRS_QS = [
    Q(
        "how many tax returns were filed in total?",
        _count(lambda d: int(_irs_zips(d)["N1"].sum())),
        (*_IRS_ID, "N1"),
    ),
    Q(
        "which zip code has the most total income",
        _lead(_named(_irs_top_zip)),
        (*_IRS_ID, "A00100"),
    ),
    Q(
        "whats the average income per return there",
        either(_amount(_irs_top_zip_mean, rel=0.01), _amount(lambda d: _irs_top_zip_mean(d) / 1000, rel=0.01)),
        (*_IRS_ID, "A00100", "N1"),
    ),
    Q(
        "what share of returns fall in the highest income bracket",
        _share(lambda d: float(_irs_zips(d).query("agi_stub == 6")["N1"].sum() / _irs_zips(d)["N1"].sum())),
        (*_IRS_ID, "N1"),
    ),
    Q(
        "how many zip codes are in here",
        either(
            _count(lambda d: int(_irs_zips(d)["zipcode"].nunique())),
            _count(lambda d: int(d["zipcode"].nunique())),
        ),
        ("STATEFIPS", "STATE", "zipcode"),
    ),
    Q(
        "how much salary and wage income was reported in total",
        either(_amount(_irs_wages), _amount(lambda d: 1000 * _irs_wages(d))),
        (*_IRS_ID, "A00200", "N00200"),
    ),
]


# --- 6. NASA Global Landslide Catalog ------------------------------------------------------------------------------

# country: code, weight, admin divisions, main months (1-12) of its season
_GL_COUNTRIES: dict[str, tuple[str, float, str, tuple[int, ...]]] = {
    "United States": ("US", 28, "California;Washington;Oregon;Pennsylvania;West Virginia;Kentucky", (1, 2, 3, 12)),
    "India": ("IN", 11, "Uttarakhand;Himachal Pradesh;Kerala;Sikkim;Maharashtra", (6, 7, 8, 9)),
    "Nepal": ("NP", 6, "Central Region;Western Region;Eastern Region", (6, 7, 8, 9)),
    "Philippines": ("PH", 5, "Cordillera;Bicol;Eastern Visayas", (7, 8, 9, 10, 11, 12)),
    "China": ("CN", 5, "Yunnan;Sichuan;Guizhou;Gansu", (5, 6, 7, 8)),
    "Indonesia": ("ID", 4, "West Java;Central Java;North Sumatra", (11, 12, 1, 2, 3)),
    "Brazil": ("BR", 3, "Rio de Janeiro;Sao Paulo;Minas Gerais", (12, 1, 2, 3)),
    "Colombia": ("CO", 3, "Antioquia;Cundinamarca;Cauca", (4, 5, 10, 11)),
    "Guatemala": ("GT", 2, "Guatemala;Quetzaltenango", (6, 9, 10)),
    "Malaysia": ("MY", 2, "Sabah;Pahang;Perak", (11, 12, 1)),
    "United Kingdom": ("GB", 2, "Scotland;Wales;England", (11, 12, 1, 2)),
    "Canada": ("CA", 2, "British Columbia;Quebec", (3, 4, 5, 11)),
    "Japan": ("JP", 2, "Hiroshima;Kumamoto;Nagano", (6, 7, 9)),
    "Taiwan": ("TW", 2, "Nantou;Kaohsiung", (6, 7, 8, 9)),
    "Peru": ("PE", 2, "Cusco;Lima", (1, 2, 3)),
    "Mexico": ("MX", 2, "Chiapas;Veracruz;Puebla", (6, 9, 10)),
    "Italy": ("IT", 1.5, "Liguria;Campania;Sicily", (10, 11, 12)),
    "Pakistan": ("PK", 1.5, "Khyber Pakhtunkhwa;Azad Kashmir", (7, 8)),
    "Vietnam": ("VN", 1.5, "Lao Cai;Ha Giang;Quang Nam", (7, 8, 9, 10)),
    "Sri Lanka": ("LK", 1.5, "Central;Uva;Sabaragamuwa", (5, 10, 11, 12)),
}
_GL_TRIGGERS = (
    "downpour:38;rain:22;continuous_rain:8;monsoon:6;tropical_cyclone:6;snowfall_snowmelt:2;earthquake:1.5;"
    "construction:1.5;mining:1;flooding:1;freeze_thaw:1;no_apparent_trigger:1;unknown:11"
)
_GL_CATEGORIES = (
    "landslide:60;mudslide:16;rock_fall:10;debris_flow:6;complex:2;riverbank_collapse:1;translational_slide:1;"
    "lahar:0.3;snow_avalanche:0.5;other:0.5;unknown:2.7"
)
_GL_YEARS = {2007: 130, 2008: 190, 2009: 210, 2010: 320, 2011: 270, 2012: 230, 2013: 290, 2014: 300}
_GL_YEARS |= {2015: 280, 2016: 260, 2017: 110}
_GL_COLUMNS = _split(
    "source_name;source_link;event_id;event_date;event_time;event_title;event_description;location_description;"
    "location_accuracy;landslide_category;landslide_trigger;landslide_size;landslide_setting;fatality_count;"
    "injury_count;storm_name;photo_link;notes;event_import_source;event_import_id;country_name;country_code;"
    "admin_division_name;admin_division_population;gazeteer_closest_point;gazeteer_distance;submitted_date;"
    "created_date;last_edited_date;longitude;latitude"
)
_GL_SOURCES = _split("Reuters;BBC;AP;Xinhua;The Himalayan Times;Times of India;KOMO News;Philippine Star;Jakarta Post")
_GL_PLACES = _split("Village;Highway;Road;Hill;Town;Valley;Pass;District")
_GL_SIZE_DEATHS = {"small": 0.15, "medium": 0.9, "large": 4.0, "very_large": 15.0, "unknown": 0.3}


def _gl_stamp(t: pd.Timestamp) -> str:
    return t.strftime("%m/%d/%Y %I:%M:%S %p")


def _landslide_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11106)
    countries = list(_GL_COUNTRIES)
    rows: list[dict[str, Any]] = []
    event_id = 100
    for year, n in _GL_YEARS.items():
        for _ in range(n):
            country = str(_one(rng, countries, [v[1] for v in _GL_COUNTRIES.values()]))
            code, _w, admins, season = _GL_COUNTRIES[country]
            month = int(_one(rng, list(season))) if rng.random() < 0.7 else int(rng.integers(1, 13))
            if year == 2017:
                month = min(month, 6)
            day = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.integers(0, 28)))
            size = _draw(rng, "small:22;medium:55;large:12;very_large:2;unknown:9")
            deaths = int(rng.poisson(_GL_SIZE_DEATHS[size] * float(rng.lognormal(0, 0.8))))
            if size == "very_large" and rng.random() < 0.3:
                deaths += int(rng.integers(20, 300))
            blank_deaths = rng.random() < 0.13
            admin = str(_one(rng, _split(admins)))
            place = f"{_one(rng, _split('North;South;East;West;Upper;Lower;New;Old'))} {_one(rng, _GL_PLACES)}"
            trigger = _draw(rng, _GL_TRIGGERS)
            event_id += int(rng.integers(1, 9))
            lat, lon = float(rng.uniform(-40, 60)), float(rng.uniform(-125, 145))
            made = day + pd.Timedelta(days=int(rng.integers(1, 400)))
            rows.append(
                {
                    "source_name": str(_one(rng, _GL_SOURCES)),
                    "source_link": f"https://news.example.org/{year}/{event_id}",
                    "event_id": event_id,
                    "event_date": _gl_stamp(day),
                    "event_time": None if rng.random() < 0.9 else f"{int(rng.integers(0, 24)):02d}:00",
                    "event_title": f"{place}, {admin}",
                    "event_description": f"A {size.replace('_', ' ')} {trigger.replace('_', ' ')} landslide near "
                    f"{place}."
                    if rng.random() < 0.8
                    else None,
                    "location_description": f"{place}, {admin}, {country}",
                    "location_accuracy": _draw(rng, "exact:18;1km:12;5km:30;10km:18;25km:12;50km:6;unknown:4"),
                    "landslide_category": _draw(rng, _GL_CATEGORIES),
                    "landslide_trigger": trigger,
                    "landslide_size": size,
                    "landslide_setting": _draw(
                        rng, "natural_slope:25;above_road:20;below_road:8;urban:12;mine:2;unknown:33"
                    ),
                    "fatality_count": None if blank_deaths else deaths,
                    "injury_count": None if rng.random() < 0.45 else int(rng.poisson(0.6 * max(deaths, 0.2))),
                    "storm_name": None
                    if trigger != "tropical_cyclone"
                    else str(_one(rng, _split("Ketsana;Haiyan;Sandy;Irene;Megi"))),
                    "photo_link": None,
                    "notes": None,
                    "event_import_source": _draw(rng, "glc:85;:15") or None,
                    "event_import_id": event_id if rng.random() < 0.85 else None,
                    "country_name": None if rng.random() < 0.03 else country,
                    "country_code": code,
                    "admin_division_name": admin,
                    "admin_division_population": int(rng.integers(500, 900_000)),
                    "gazeteer_closest_point": place,
                    "gazeteer_distance": round(float(rng.exponential(8)), 5),
                    "submitted_date": _gl_stamp(made),
                    "created_date": _gl_stamp(made),
                    "last_edited_date": _gl_stamp(made + pd.Timedelta(days=int(rng.integers(0, 900)))),
                    "longitude": round(lon, 4),
                    "latitude": round(lat, 4),
                }
            )
    frame = pd.DataFrame(rows)
    no_country = frame["country_name"].isna()
    frame.loc[no_country, "country_code"] = None
    return frame[_GL_COLUMNS]


def _gl_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["event_date"]), format="%m/%d/%Y %I:%M:%S %p")


def _gl_top_year(d: pd.DataFrame) -> int:
    return int(_top(_gl_day(d).dt.year.value_counts()))


def _gl_top_month(d: pd.DataFrame) -> pd.Timestamp:
    days = _gl_day(d)
    inside = days[days.dt.year == _gl_top_year(d)]
    return pd.Timestamp(_gl_top_year(d), int(_top(inside.dt.month.value_counts())), 1)


def _gl_size_means(sizes: tuple[str, ...], zero: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        deaths = d["fatality_count"].fillna(0) if zero else d["fatality_count"]
        size = _text(d["landslide_size"])
        return [float(deaths[size.isin(sizes)].mean()), float(deaths[size == "small"].mean())]

    return means


_GL_ID = ("event_id", "event_title", "event_date")
_LANDSLIDE_QS = [
    Q(
        "how many people were killed in landslides altogether",
        _count(lambda d: int(d["fatality_count"].sum())),
        (*_GL_ID, "fatality_count"),
    ),
    Q(
        "which country had the most landslides",
        _lead(_named(lambda d: _top(_text(d["country_name"])[_text(d["country_name"]) != ""].value_counts()))),
        (*_GL_ID, "country_name", "country_code"),
    ),
    Q(
        "what fraction were set off by downpours?",
        _share(lambda d: float((_text(d["landslide_trigger"]) == "downpour").mean())),
        (*_GL_ID, "landslide_trigger"),
    ),
    Q(
        "which year had the most?",
        _lead(_year(_gl_top_year)),
        _GL_ID,
    ),
    Q(
        "and which month that year",
        _lead(either(_month(_gl_top_month), _month_year(_gl_top_month))),
        _GL_ID,
    ),
    Q(
        "do big landslides kill more people than small ones on average",
        either(
            *(
                _about(_gl_size_means(sizes, zero), rel=0.01)
                for sizes in (("large",), ("large", "very_large"), ("very_large",))
                for zero in (False, True)
            )
        ),
        (*_GL_ID, "landslide_size", "fatality_count"),
    ),
]


# --- 7. NFL scores and betting lines (spreadspoke style) -----------------------------------------------------------

# team: abbreviation, stadium, dome
_NFL_TEAMS: dict[str, tuple[str, str, bool]] = {
    "Arizona Cardinals": ("ARI", "University of Phoenix Stadium", True),
    "Atlanta Falcons": ("ATL", "Georgia Dome", True),
    "Baltimore Ravens": ("BAL", "M&T Bank Stadium", False),
    "Buffalo Bills": ("BUF", "Ralph Wilson Stadium", False),
    "Carolina Panthers": ("CAR", "Bank of America Stadium", False),
    "Chicago Bears": ("CHI", "Soldier Field", False),
    "Cincinnati Bengals": ("CIN", "Paul Brown Stadium", False),
    "Cleveland Browns": ("CLE", "FirstEnergy Stadium", False),
    "Dallas Cowboys": ("DAL", "AT&T Stadium", True),
    "Denver Broncos": ("DEN", "Sports Authority Field at Mile High", False),
    "Detroit Lions": ("DET", "Ford Field", True),
    "Green Bay Packers": ("GB", "Lambeau Field", False),
    "Houston Texans": ("HOU", "NRG Stadium", True),
    "Indianapolis Colts": ("IND", "Lucas Oil Stadium", True),
    "Jacksonville Jaguars": ("JAX", "EverBank Field", False),
    "Kansas City Chiefs": ("KC", "Arrowhead Stadium", False),
    "Miami Dolphins": ("MIA", "Hard Rock Stadium", False),
    "Minnesota Vikings": ("MIN", "U.S. Bank Stadium", True),
    "New England Patriots": ("NE", "Gillette Stadium", False),
    "New Orleans Saints": ("NO", "Mercedes-Benz Superdome", True),
    "New York Giants": ("NYG", "MetLife Stadium", False),
    "New York Jets": ("NYJ", "MetLife Stadium", False),
    "Oakland Raiders": ("LVR", "Oakland Coliseum", False),
    "Philadelphia Eagles": ("PHI", "Lincoln Financial Field", False),
    "Pittsburgh Steelers": ("PIT", "Heinz Field", False),
    "San Diego Chargers": ("LAC", "Qualcomm Stadium", False),
    "San Francisco 49ers": ("SF", "Levi's Stadium", False),
    "Seattle Seahawks": ("SEA", "CenturyLink Field", False),
    "St. Louis Rams": ("LAR", "Edward Jones Dome", True),
    "Tampa Bay Buccaneers": ("TB", "Raymond James Stadium", False),
    "Tennessee Titans": ("TEN", "LP Field", False),
    "Washington Redskins": ("WAS", "FedExField", False),
}
_NFL_COLUMNS = _split(
    "schedule_date;schedule_season;schedule_week;schedule_playoff;team_home;score_home;score_away;team_away;"
    "team_favorite_id;spread_favorite;over_under_line;stadium;stadium_neutral;weather_temperature;weather_wind_mph;"
    "weather_humidity;weather_detail"
)


def _nfl_name(team: str, season: int) -> str:
    if team == "San Diego Chargers" and season >= 2017:
        return "Los Angeles Chargers"
    if team == "St. Louis Rams" and season >= 2016:
        return "Los Angeles Rams"
    if team == "Oakland Raiders" and season >= 2020:
        return "Las Vegas Raiders"
    if team == "Washington Redskins" and season >= 2020:
        return "Washington Football Team" if season < 2022 else "Washington Commanders"
    return team


def _nfl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11107)
    teams = list(_NFL_TEAMS)
    rows: list[dict[str, Any]] = []
    for season in range(2013, 2024):
        power = {t: float(rng.normal(0, 4.5)) for t in teams}
        scoring = 21.0 + 0.35 * (season - 2013) + float(rng.normal(0, 0.6))
        weeks = 17 if season >= 2021 else 16
        kickoff = pd.Timestamp(season, 9, 5) + pd.Timedelta(days=(3 - pd.Timestamp(season, 9, 5).dayofweek) % 7)

        def game(
            home: str,
            away: str,
            week: str,
            day: pd.Timestamp,
            playoff: bool,
            neutral: bool,
            power: dict[str, float] = power,
            season: int = season,
            scoring: float = scoring,
        ) -> None:
            edge = power[home] - power[away] + (0 if neutral else 2.2 - 0.1 * (season - 2013))
            total = 2 * scoring + 0.3 * abs(power[home] + power[away]) + float(rng.normal(0, 2))
            hs = max(0, round(rng.normal(total / 2 + edge / 2, 9.5)))
            as_ = max(0, round(rng.normal(total / 2 - edge / 2, 9.5)))
            if hs == as_ and (playoff or rng.random() < 0.85):
                hs += 3 if rng.random() < 0.5 + edge / 40 else 0
                as_ += 0 if hs != as_ else 3
            line = round(2 * (edge + float(rng.normal(0, 1.2)))) / 2
            fav = "PICK" if line == 0 else _NFL_TEAMS[home if line > 0 else away][0]
            ou = round(2 * (total + float(rng.normal(0, 1.5)))) / 2
            dome = _NFL_TEAMS[home][2] and not neutral
            month = day.month
            temp = 72 if dome else round(rng.normal({9: 72, 10: 60, 11: 48, 12: 40, 1: 35, 2: 50}[month], 9))
            detail = "DOME" if dome else _draw(rng, ":80;Rain:10;Snow:3;Fog:2;Rain | Fog:1") or None
            if detail == "Snow" and temp > 36:
                detail = None
            rows.append(
                {
                    "schedule_date": f"{day.month}/{day.day}/{day.year}",
                    "schedule_season": season,
                    "schedule_week": week,
                    "schedule_playoff": playoff,
                    "team_home": _nfl_name(home, season),
                    "score_home": hs,
                    "score_away": as_,
                    "team_away": _nfl_name(away, season),
                    "team_favorite_id": fav,
                    "spread_favorite": -abs(line),
                    "over_under_line": None if rng.random() < 0.02 else f"{ou:g}",
                    "stadium": "Neutral Site" if neutral else _NFL_TEAMS[home][1],
                    "stadium_neutral": neutral,
                    "weather_temperature": temp if season < 2021 or rng.random() < 0.3 else None,
                    "weather_wind_mph": (0 if dome else int(rng.integers(0, 20))) if season < 2021 else None,
                    "weather_humidity": None if dome or season >= 2020 else int(rng.integers(30, 95)),
                    "weather_detail": detail,
                }
            )

        for week in range(1, weeks + 1):
            order = [teams[int(i)] for i in rng.permutation(len(teams))]
            day = kickoff + pd.Timedelta(days=7 * (week - 1) + 3)
            for k in range(0, 32, 2):
                neutral = season >= 2014 and week in (4, 8) and k == 0
                game(order[k], order[k + 1], str(week), day, False, neutral)
        ranked = sorted(teams, key=lambda t: -power[t])
        rounds = [("Wildcard", 6 if season >= 2020 else 4), ("Division", 4), ("Conference", 2), ("Superbowl", 1)]
        day = kickoff + pd.Timedelta(days=7 * weeks + 10)
        pool = ranked[:12]
        for name, n in rounds:
            picks = [pool[int(i)] for i in rng.choice(len(pool), 2 * n, replace=False)]
            for k in range(n):
                home, away = sorted(picks[2 * k : 2 * k + 2], key=lambda t: -power[t])
                game(home, away, name, day, True, name == "Superbowl")
            day += pd.Timedelta(days=14 if name == "Conference" else 7)
    return pd.DataFrame(rows)[_NFL_COLUMNS]


def _nfl(d: pd.DataFrame, playoff: bool | None = None) -> pd.DataFrame:
    t = d.assign(_total=d["score_home"] + d["score_away"], _ou=pd.to_numeric(d["over_under_line"], errors="coerce"))
    if playoff is None:
        return t
    flag = _text(d["schedule_playoff"]).str.lower() == "true"
    return t[flag == playoff]


def _nfl_home_rates(playoff: bool | None) -> Callable[[pd.DataFrame], list[float]]:
    def rates(d: pd.DataFrame) -> list[float]:
        t = _nfl(d, playoff)
        win = t["score_home"] > t["score_away"]
        decided = t["score_home"] != t["score_away"]
        home = _text(t["stadium_neutral"]).str.lower() != "true"
        return [float(win.mean()), float(win[decided].mean()), float(win[home].mean())]

    return rates


_NFL_ID = ("schedule_date", "schedule_season", "schedule_week", "team_home", "team_away")
_NFL_QS = [
    Q(
        "how many games are in this",
        _count(lambda d: len(d)),
        _NFL_ID,
    ),
    Q(
        "how often does the home team win?",
        _any_share(_nfl_home_rates(None)),
        (*_NFL_ID, "score_home", "score_away", "stadium_neutral"),
    ),
    Q(
        "and in the playoffs?",
        _any_share(_nfl_home_rates(True)),
        (*_NFL_ID, "score_home", "score_away", "schedule_playoff", "stadium_neutral"),
    ),
    Q(
        "which season had the highest scoring games on average",
        _lead(_year(lambda d: int(_top(_nfl(d).groupby("schedule_season")["_total"].mean())))),
        (*_NFL_ID, "score_home", "score_away"),
    ),
    Q(
        "does the over/under actually predict how many points get scored",
        _corr(lambda d: _nfl(d)["_ou"], lambda d: _nfl(d)["_total"]),
        (*_NFL_ID, "over_under_line", "score_home", "score_away"),
    ),
    Q(
        "how many games went over the line",
        _count(lambda d: int((_nfl(d)["_total"] > _nfl(d)["_ou"]).sum())),
        (*_NFL_ID, "over_under_line", "score_home", "score_away"),
    ),
]

HELDOUT111: list[Dataset] = [
    Dataset("doordash_dasher_earnings", _doordash_frame, _DOORDASH_QS),
    Dataset("hubspot_contacts_export", _hubspot_frame, _HUBSPOT_QS),
    Dataset("google_fit_daily_metrics", _google_fit_frame, _GOOGLE_FIT_QS),
    Dataset("etsy_payment_account_statement", _etsy_frame, _ETSY_QS),
    Dataset("irs_soi_zip_income", _irs_frame, _IRS_QS),
    Dataset("global_landslide_catalog", _landslide_frame, _LANDSLIDE_QS),
    Dataset("nfl_game_scores_spreadsheet", _nfl_frame, _NFL_QS),
]
