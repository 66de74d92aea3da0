"""HELDOUT218: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Navan
(formerly TripActions) bookings report for 2024 with "Booking ID" as "NVN-" plus eight digits, "Traveler" as "First
Last" (the same people travel again and again), Department (Sales, Engineering, Marketing, Customer Success,
Finance, Executive), "Booking Type" Flight / Hotel / Car / Rail, "Booking Date", "Start Date" and "End Date" as
"2024-03-14", Origin and Destination as airport codes for flights and rail stations' cities for rail (Origin blank for
hotels and cars, whose Destination is the city), Vendor the airline, hotel chain, rental company or rail operator,
"Cabin Class" (Economy, Premium Economy, Business; blank off flights), Nights (hotels only, blank elsewhere), "Total
Cost (USD)" with cents, "Days Booked In Advance", "Out Of Policy" written TRUE / FALSE, "Out Of Policy Reason"
blank when in policy ("Exceeds price cap", "Booked < 7 days out", "Cabin upgrade", "Non-preferred vendor") and
"Trip Purpose" (Client meeting, Conference, Internal meeting, Training, Recruiting; a few blank); a Fathom Analytics
pages export (January-June 2024) with one row per page per day, Date as "2024-01-05", Hostname "acmeapps.io" or
"docs.acmeapps.io", Pathname ("/", "/pricing", "/blog/..." , "/docs/..."), Visitors, Uniques, Pageviews, "Avg
Duration (seconds)" whole seconds (0 where every visit bounced), "Bounce Rate (%)" as 48.3 (blank on days with no
entries), Entries and Exits, a page missing on days nobody opened it; a Flo period tracker export converted to one
row per cycle (a long history, 320 cycles back-entered from 1999, the last cycle still running so its "Cycle Length
(days)" is blank), "Cycle Start" as "2014-05-02", "Period Length (days)", Flow Light / Medium / Heavy, Symptoms a
comma separated list ("Cramps, Headache, Bloating", blank when none logged), Mood (Happy, Calm, Irritable, Sad,
Anxious, Mood swings; some blank), "Ovulation Day" as a date string and Notes mostly blank; the Eurocontrol
Aviation Intelligence Portal daily IFR traffic by airport (January-June 2023, fifteen airports) with YEAR,
MONTH_NUM, MONTH_MON ("JAN"), FLT_DATE as "2023-01-01T00:00:00Z", APT_ICAO ("EGLL"), APT_NAME ("London -
Heathrow"), STATE_NAME ("United Kingdom"), FLT_DEP_1, FLT_ARR_1, FLT_TOT_1 (the Network Manager's counts) and
FLT_DEP_IFR_2, FLT_ARR_IFR_2, FLT_TOT_IFR_2 (the airport operator's counts, empty for most airports and for some
days at the rest); an NCUA quarterly call report extract (one quarter, 420 credit unions) with CU_NUMBER, upper-case
CU_NAME ("PINE RIVER FEDERAL CREDIT UNION"), upper-case CITY, two-letter STATE, PEER_GROUP 1-6 by asset size, dollar
amounts in whole dollars (TOTAL_ASSETS, TOTAL_LOANS, TOTAL_SHARES_DEPOSITS, NET_WORTH, DELINQUENT_LOANS_60_DAYS,
NET_INCOME_YTD, negative for a loss), NET_WORTH_RATIO as a percentage (10.85), MEMBERS, EMPLOYEES (full time) and
LOW_INCOME_DESIGNATION Y / N; a CrossFit Open 2024 leaderboard download (Women, 2,000 athletes) with overallRank
(ties on points broken by 24.1, the rest share a rank), overallScore (the sum of the
event ranks), competitorName, affiliateName (blank or
"Unaffiliated" for some), countryOfOriginName, regionName, age, height as "170 cm" or "5'7\"" or blank, weight as
"63 kg" or "140 lb" or blank, "24.1 rank", "24.1 score" (a time like "11:42" or, past the 15-minute cap, "168
reps"), "24.2 rank", "24.2 score" (reps, as "312 reps"), "24.3 rank", "24.3 score" (time or reps), and scaled 0 / 1;
and a regional allergy network station's daily pollen counts (2022-2023, Atlanta), with Date as "03/14/2023", Station,
"Tree Pollen (grains/m3)", "Grass Pollen (grains/m3)", "Weed Pollen (grains/m3)", "Ragweed (grains/m3)", "Mold Spores
(spores/m3)" ("N/A" on days nobody counted, mostly weekends and holidays), "Predominant Trees" ("Oak, Pine, Birch",
blank out of tree season) and Level (Low, Moderate, High, Very High; "N/A" when not counted). All are generated with a
fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text
from .offline_eval import Check, Dataset, Q, both, either, has, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6, 1e9)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _month(value: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month by name ("March", "Mar") or as "2023-03"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        if re.search(rf"(?<![\d.])20\d\d-0?{m}(?!\d)", answer):
            return None
        return f"missing month {m}"

    return check


_FIRST = ["Maria", "James", "Priya", "Chen", "Olivia", "Noah", "Aisha", "Lucas", "Emma", "Diego", "Sofia", "Ethan"]
_FIRST += ["Hannah", "Omar", "Grace", "Liam", "Mia", "Kenji", "Zoe", "Mateo", "Ava", "Ravi", "Chloe", "Samuel"]
_LAST = ["Garcia", "Smith", "Patel", "Wang", "Johnson", "Kim", "Nguyen", "Brown", "Lopez", "Martin", "Khan"]
_LAST += ["Rossi", "Davis", "Silva", "Müller", "Taylor", "Cohen", "Walker", "Okafor", "Larsen", "Ito", "Reyes"]


# --- 1. Navan bookings report -------------------------------------------------------------------------------------

_NAVAN_DEPTS = {"Sales": 30, "Engineering": 20, "Marketing": 12, "Customer Success": 18, "Finance": 8, "Executive": 6}
_NAVAN_CITIES = {"SFO": "San Francisco", "JFK": "New York", "ORD": "Chicago", "AUS": "Austin", "SEA": "Seattle"}
_NAVAN_CITIES |= {"BOS": "Boston", "DEN": "Denver", "LHR": "London", "ATL": "Atlanta", "LAX": "Los Angeles"}
_NAVAN_AIRLINES = ["United Airlines", "Delta Air Lines", "American Airlines", "Alaska Airlines", "JetBlue"]
_NAVAN_HOTELS = ["Marriott", "Hilton", "Hyatt", "IHG", "Best Western"]
_NAVAN_CARS = ["Hertz", "Enterprise", "National", "Avis"]


def _navan_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21801)
    travelers = []
    used: set[str] = set()
    while len(travelers) < 140:
        name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if name not in used:
            used.add(name)
            depts = list(_NAVAN_DEPTS)
            travelers.append((name, _one(rng, depts, list(_NAVAN_DEPTS.values())), _one(rng, list(_NAVAN_CITIES))))
    rows = []
    ids = rng.choice(np.arange(10_000_000, 99_999_999), size=1500, replace=False)
    for i in range(1500):
        name, dept, home = travelers[int(rng.integers(len(travelers)))]
        kind = _one(rng, ["Flight", "Hotel", "Car", "Rail"], [45, 35, 13, 7])
        start = pd.Timestamp("2024-01-03") + pd.Timedelta(days=int(rng.integers(0, 360)))
        advance = int(min(rng.gamma(1.6, 9.0), 120))
        booked = start - pd.Timedelta(days=advance)
        dest = _one(rng, [c for c in _NAVAN_CITIES if c != home])
        origin, vendor, cabin, nights = "", "", "", np.nan
        reason = ""
        exec_mult = 1.5 if dept == "Executive" else 1.0
        if kind == "Flight":
            origin = home
            vendor = "British Airways" if "LHR" in (home, dest) else _one(rng, _NAVAN_AIRLINES)
            cabin = _one(rng, ["Economy", "Premium Economy", "Business"], [80, 12, 8 * exec_mult])
            base = 1100 if "LHR" in (home, dest) else 380
            cost = base * {"Economy": 1.0, "Premium Economy": 1.6, "Business": 3.2}[cabin]
            cost *= 1 + 0.9 * np.exp(-advance / 10) + rng.normal(0, 0.15)
            end = start + pd.Timedelta(days=int(rng.integers(1, 6)))
            dest_out = dest
        elif kind == "Hotel":
            nights = int(rng.integers(1, 6))
            vendor = _one(rng, _NAVAN_HOTELS)
            rate = rng.normal(260 if dest in ("JFK", "SFO", "LHR", "BOS") else 190, 40) * exec_mult
            cost = nights * max(rate, 95) * 1.14
            end = start + pd.Timedelta(days=nights)
            dest_out = _NAVAN_CITIES[dest]
        elif kind == "Car":
            days = int(rng.integers(1, 5))
            vendor = _one(rng, _NAVAN_CARS)
            cost = days * rng.normal(72, 14)
            end = start + pd.Timedelta(days=days)
            dest_out = _NAVAN_CITIES[dest]
        else:
            origin, dest_out = _one(rng, [("New York", "Boston"), ("Boston", "New York"), ("London", "Paris")])
            vendor = "Eurostar" if origin == "London" else "Amtrak"
            cost = rng.normal(180, 40)
            end = start
        cost = round(float(max(cost, 25.0)), 2)
        oop = False
        if kind == "Flight" and cabin == "Business" and dept != "Executive":
            oop, reason = True, "Cabin upgrade"
        elif kind == "Hotel" and cost / nights > 300:
            oop, reason = True, "Exceeds price cap"
        elif kind == "Flight" and advance < 7 and rng.random() < 0.5:
            oop, reason = True, "Booked < 7 days out"
        elif rng.random() < 0.04:
            oop, reason = True, "Non-preferred vendor"
        purpose = _one(rng, ["Client meeting", "Conference", "Internal meeting", "Training", "Recruiting", ""])
        rows.append(
            {
                "Booking ID": f"NVN-{ids[i]}",
                "Traveler": name,
                "Department": dept,
                "Booking Type": kind,
                "Booking Date": f"{booked:%Y-%m-%d}",
                "Start Date": f"{start:%Y-%m-%d}",
                "End Date": f"{end:%Y-%m-%d}",
                "Origin": origin,
                "Destination": dest_out,
                "Vendor": vendor,
                "Cabin Class": cabin,
                "Nights": nights,
                "Total Cost (USD)": cost,
                "Days Booked In Advance": advance,
                "Out Of Policy": "TRUE" if oop else "FALSE",
                "Out Of Policy Reason": reason,
                "Trip Purpose": purpose,
            }
        )
    df = pd.DataFrame(rows).sort_values("Booking Date", kind="stable").reset_index(drop=True)
    df["Nights"] = df["Nights"].astype("Int64")
    return df.replace("", np.nan)


def _oop(df: pd.DataFrame) -> pd.Series:
    return df["Out Of Policy"].astype(str).str.upper() == "TRUE"


def _flights(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Booking Type"] == "Flight"]


def _hotels(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Booking Type"] == "Hotel"]


_NAVAN_QS = [
    Q(
        "how much have we spent on travel in total?",
        _scaled(lambda df: df["Total Cost (USD)"].sum(), _BIG, rel=0.002),
        ("Total Cost (USD)",),
    ),
    Q(
        "which department spends the most",
        _lead(_named(lambda df: _top(df.groupby("Department")["Total Cost (USD)"].sum()))),
        ("Department", "Total Cost (USD)"),
    ),
    Q(
        "what % of bookings were out of policy?",
        _share(lambda df: float(_oop(df).mean())),
        ("Out Of Policy",),
    ),
    Q(
        "what's the most common reason for that",
        _lead(_named(lambda df: _top(df.loc[_oop(df), "Out Of Policy Reason"].value_counts()))),
        ("Out Of Policy", "Out Of Policy Reason"),
    ),
    Q(
        "average hotel cost per night?",
        either(
            has(lambda df: float((_hotels(df)["Total Cost (USD)"] / _hotels(df)["Nights"]).mean()), rel=0.005),
            has(lambda df: float(_hotels(df)["Total Cost (USD)"].sum() / _hotels(df)["Nights"].sum()), rel=0.005),
        ),
        ("Booking Type", "Total Cost (USD)", "Nights"),
    ),
    Q(
        "do flights booked last minute cost more? how strong is the link",
        _corr(lambda df: _flights(df)["Days Booked In Advance"], lambda df: _flights(df)["Total Cost (USD)"]),
        ("Booking Type", "Days Booked In Advance", "Total Cost (USD)"),
    ),
]


# --- 2. Fathom Analytics pages export -----------------------------------------------------------------------------

_FATHOM_PAGES = {
    ("acmeapps.io", "/"): (900, 0.55, 45),
    ("acmeapps.io", "/pricing"): (320, 0.35, 95),
    ("acmeapps.io", "/features"): (210, 0.40, 80),
    ("acmeapps.io", "/signup"): (150, 0.20, 120),
    ("acmeapps.io", "/about"): (60, 0.50, 40),
    ("acmeapps.io", "/blog/launch-week-2024"): (140, 0.75, 150),
    ("acmeapps.io", "/blog/why-we-ditched-kubernetes"): (260, 0.82, 210),
    ("acmeapps.io", "/blog/pricing-changes"): (45, 0.70, 120),
    ("docs.acmeapps.io", "/"): (280, 0.30, 60),
    ("docs.acmeapps.io", "/docs/getting-started"): (240, 0.25, 190),
    ("docs.acmeapps.io", "/docs/api"): (170, 0.28, 240),
    ("docs.acmeapps.io", "/docs/webhooks"): (55, 0.45, 160),
    ("docs.acmeapps.io", "/docs/changelog"): (25, 0.60, 70),
}


def _fathom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21802)
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    rows = []
    for d in days:
        growth = 1 + 0.004 * (d - days[0]).days
        weekday = 0.6 if d.dayofweek >= 5 else 1.0
        spike = 4.0 if d == pd.Timestamp("2024-03-12") else 1.0
        for (host, path), (base, bounce, dur) in _FATHOM_PAGES.items():
            mult = spike if path == "/blog/why-we-ditched-kubernetes" else 1.0
            lam = base * growth * weekday * mult * (0.6 if host.startswith("docs") and d.dayofweek >= 5 else 1.0)
            visitors = int(rng.poisson(lam * rng.lognormal(0, 0.2)))
            if path.startswith("/blog/pricing") and rng.random() < 0.25:
                visitors = 0
            if visitors == 0:
                continue
            uniques = round(visitors * rng.uniform(0.86, 0.97))
            pageviews = round(visitors * rng.uniform(1.05, 1.5))
            entries = round(visitors * rng.uniform(0.3, 0.9))
            exits = round(visitors * rng.uniform(0.3, 0.9))
            br = float(np.clip(rng.normal(bounce, 0.06), 0.02, 0.99))
            rows.append(
                {
                    "Date": f"{d:%Y-%m-%d}",
                    "Hostname": host,
                    "Pathname": path,
                    "Visitors": visitors,
                    "Uniques": uniques,
                    "Pageviews": pageviews,
                    "Avg Duration (seconds)": int(max(rng.normal(dur, dur * 0.25), 0)) if br < 0.97 else 0,
                    "Bounce Rate (%)": round(100 * br, 1) if entries > 0 else np.nan,
                    "Entries": entries,
                    "Exits": exits,
                }
            )
    return pd.DataFrame(rows)


def _by_page(df: pd.DataFrame, col: str) -> pd.Series:
    return df.groupby(df["Hostname"] + df["Pathname"])[col].sum()


def _post_top(col: str) -> Callable[[pd.DataFrame], str]:
    """The blog post (its slug) with the most of `col`."""

    def top(df: pd.DataFrame) -> str:
        posts = df[df["Pathname"].str.startswith("/blog/")]
        return _top(posts.groupby("Pathname")[col].sum()).removeprefix("/blog/")

    return top


def _pricing(df: pd.DataFrame) -> pd.DataFrame:
    return df[(df["Hostname"] == "acmeapps.io") & (df["Pathname"] == "/pricing")]


def _bounce_by_host(weighted: bool) -> Callable[[pd.DataFrame], Any]:
    def means(df: pd.DataFrame) -> Any:
        d = df.dropna(subset=["Bounce Rate (%)"])
        if not weighted:
            return d.groupby("Hostname")["Bounce Rate (%)"].mean().to_numpy()
        w = d["Bounce Rate (%)"] * d["Entries"]
        return (w.groupby(d["Hostname"]).sum() / d.groupby("Hostname")["Entries"].sum()).to_numpy()

    return means


_FATHOM_QS = [
    Q(
        "total pageviews so far?",
        _count(lambda df: int(df["Pageviews"].sum())),
        ("Pageviews",),
    ),
    Q(
        "which blog post gets the most visitors",
        _lead(either(_named(_post_top("Visitors")), _named(_post_top("Uniques")))),
        ("Pathname", "Hostname", "Visitors", "Uniques"),
    ),
    Q(
        "what day did we get the most pageviews",
        _day(lambda df: df.groupby("Date")["Pageviews"].sum().idxmax()),
        ("Date", "Pageviews"),
    ),
    Q(
        "how long do people stay on the pricing page on average",
        either(
            _about(lambda df: _pricing(df)["Avg Duration (seconds)"].mean(), rel=0.01),
            _about(
                lambda df: (
                    (_pricing(df)["Avg Duration (seconds)"] * _pricing(df)["Pageviews"]).sum()
                    / _pricing(df)["Pageviews"].sum()
                ),
                rel=0.01,
            ),
        ),
        ("Pathname", "Avg Duration (seconds)", "Hostname"),
    ),
    Q(
        "docs site vs main site - which has the worse bounce rate?",
        either(_about(_bounce_by_host(False), rel=0.01), _about(_bounce_by_host(True), rel=0.01)),
        ("Hostname", "Bounce Rate (%)", "Entries"),
    ),
    Q(
        "pageviews per month, are we growing?",
        _count(lambda df: df.groupby(df["Date"].str[:7])["Pageviews"].sum().to_numpy()),
        ("Date", "Pageviews"),
    ),
]


# --- 3. Flo period tracker export ---------------------------------------------------------------------------------

_FLO_SYMPTOMS = {"Cramps": 0.62, "Bloating": 0.38, "Headache": 0.27, "Fatigue": 0.33, "Acne": 0.18, "Backache": 0.15}
_FLO_SYMPTOMS |= {"Tender breasts": 0.22, "Insomnia": 0.08}


def _flo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21803)
    start = pd.Timestamp("1999-02-11")
    rows = []
    for i in range(320):
        flow = _one(rng, ["Light", "Medium", "Heavy"], [25, 50, 25])
        period = int(np.clip(round(rng.normal({"Light": 4.0, "Medium": 5.0, "Heavy": 6.0}[flow], 0.9)), 2, 9))
        length = int(np.clip(round(rng.normal(29, 2.6) + (6 if rng.random() < 0.04 else 0)), 21, 45))
        syms = [s for s, p in _FLO_SYMPTOMS.items() if rng.random() < p * (1.3 if flow == "Heavy" else 1.0)]
        note = _one(rng, ["", "stressful week", "travelling", "started new pill", "sick", "spotting before"])
        rows.append(
            {
                "Cycle Start": f"{start:%Y-%m-%d}",
                "Period Length (days)": period,
                "Cycle Length (days)": length if i < 319 else np.nan,
                "Flow": flow,
                "Symptoms": ", ".join(syms),
                "Mood": _one(rng, ["Happy", "Calm", "Irritable", "Sad", "Anxious", "Mood swings", ""]),
                "Ovulation Day": f"{start + pd.Timedelta(days=length - 14):%Y-%m-%d}",
                "Notes": note if rng.random() < 0.3 else "",
            }
        )
        start += pd.Timedelta(days=length)
    df = pd.DataFrame(rows)
    df["Cycle Length (days)"] = df["Cycle Length (days)"].astype("Int64")
    return df.replace("", np.nan)


def _symptom_lists(df: pd.DataFrame) -> pd.Series:
    return _text(df["Symptoms"]).map(lambda s: [x.strip() for x in s.split(",") if x.strip()])


def _has_symptom(name: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _symptom_lists(df).map(lambda xs: name in xs)


_FLO_QS = [
    Q(
        "how long is my cycle normally",
        either(
            _about(lambda df: df["Cycle Length (days)"].mean(), rel=0.005),
            _about(lambda df: df["Cycle Length (days)"].median(), rel=0.005),
        ),
        ("Cycle Length (days)",),
    ),
    Q(
        "how many times was the flow heavy?",
        _count(lambda df: int((df["Flow"] == "Heavy").sum())),
        ("Flow",),
    ),
    Q(
        "most common symptom",
        _lead(_named(lambda df: _top(_symptom_lists(df).explode().dropna().value_counts()))),
        ("Symptoms",),
    ),
    Q(
        "how often do i get headaches",
        either(
            _share(lambda df: float(_has_symptom("Headache")(df).mean())),
            _share(lambda df: float(_has_symptom("Headache")(df)[df["Symptoms"].notna()].mean())),
            _count(lambda df: int(_has_symptom("Headache")(df).sum())),
        ),
        ("Symptoms",),
    ),
    Q(
        "are my periods longer when the flow is heavy than when it's light?",
        _about(lambda df: df.groupby("Flow")["Period Length (days)"].mean()[["Heavy", "Light"]].to_numpy(), rel=0.01),
        ("Flow", "Period Length (days)"),
    ),
    Q(
        "what was my longest cycle and when did it start",
        both(
            has(lambda df: float(df["Cycle Length (days)"].max()), rel=0.001),
            _day(lambda df: df.loc[df["Cycle Length (days)"].idxmax(), "Cycle Start"]),
        ),
        ("Cycle Length (days)", "Cycle Start"),
    ),
]


# --- 4. Eurocontrol daily IFR traffic by airport ------------------------------------------------------------------

# ICAO: name, state, typical daily movements, operator reports its own counts
_EC_AIRPORTS = {
    "EGLL": ("London - Heathrow", "United Kingdom", 1280, True),
    "LFPG": ("Paris-Charles-de-Gaulle", "France", 1310, False),
    "EHAM": ("Amsterdam - Schiphol", "Netherlands", 1250, True),
    "EDDF": ("Frankfurt", "Germany", 1150, False),
    "LEMD": ("Madrid - Barajas", "Spain", 1060, True),
    "LEBL": ("Barcelona", "Spain", 820, True),
    "LTFM": ("iGA Istanbul Airport", "Türkiye", 1340, False),
    "EDDM": ("Munich", "Germany", 800, False),
    "LIRF": ("Rome - Fiumicino", "Italy", 690, False),
    "LSZH": ("Zurich", "Switzerland", 600, True),
    "EIDW": ("Dublin", "Ireland", 620, False),
    "LOWW": ("Vienna", "Austria", 560, False),
    "EKCH": ("Copenhagen - Kastrup", "Denmark", 570, True),
    "ENGM": ("Oslo - Gardermoen", "Norway", 530, False),
    "LPPT": ("Lisbon", "Portugal", 560, False),
}


_EC_ALIASES = {v[0]: (v[0].split(" - ")[-1], v[0].split(" - ")[0]) for v in _EC_AIRPORTS.values() if " - " in v[0]}
_EC_ALIASES |= {"iGA Istanbul Airport": ("Istanbul",), "Paris-Charles-de-Gaulle": ("Charles de Gaulle", "CDG")}


def _ec_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21804)
    days = pd.date_range("2023-01-01", "2023-06-30", freq="D")
    season = {1: 0.82, 2: 0.86, 3: 0.92, 4: 1.0, 5: 1.05, 6: 1.1}
    rows = []
    for d in days:
        for icao, (name, state, base, reports) in _EC_AIRPORTS.items():
            wk = 0.9 if d.dayofweek == 5 else (0.96 if d.dayofweek == 6 else 1.0)
            lam = base * season[d.month] * wk * rng.normal(1, 0.03)
            dep = int(rng.poisson(lam / 2))
            arr = int(dep + rng.integers(-12, 13))
            row = {
                "YEAR": d.year,
                "MONTH_NUM": d.month,
                "MONTH_MON": f"{d:%b}".upper(),
                "FLT_DATE": f"{d:%Y-%m-%d}T00:00:00Z",
                "APT_ICAO": icao,
                "APT_NAME": name,
                "STATE_NAME": state,
                "FLT_DEP_1": dep,
                "FLT_ARR_1": arr,
                "FLT_TOT_1": dep + arr,
                "FLT_DEP_IFR_2": np.nan,
                "FLT_ARR_IFR_2": np.nan,
                "FLT_TOT_IFR_2": np.nan,
            }
            if reports and rng.random() < 0.85:
                d2 = dep + int(rng.integers(-4, 3))
                a2 = arr + int(rng.integers(-4, 3))
                row |= {"FLT_DEP_IFR_2": d2, "FLT_ARR_IFR_2": a2, "FLT_TOT_IFR_2": d2 + a2}
            rows.append(row)
    df = pd.DataFrame(rows)
    for c in ("FLT_DEP_IFR_2", "FLT_ARR_IFR_2", "FLT_TOT_IFR_2"):
        df[c] = df[c].astype("Int64")
    return df


def _ec_weekend(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["FLT_DATE"]).dt.dayofweek >= 5


def _ec_fra_means(df: pd.DataFrame) -> Any:
    d = df[df["APT_ICAO"] == "EDDF"]
    return d.groupby(_ec_weekend(d))["FLT_TOT_1"].mean().to_numpy()


_EC_QS = [
    Q(
        "which airport is the busiest?",
        _lead(
            either(
                _named(lambda df: _top(df.groupby("APT_NAME")["FLT_TOT_1"].sum()), _EC_ALIASES),
                _named(lambda df: _top(df.groupby("APT_ICAO")["FLT_TOT_1"].sum())),
            )
        ),
        ("APT_NAME", "APT_ICAO", "FLT_TOT_1"),
    ),
    Q(
        "how many flights did heathrow handle in march",
        _count(lambda df: int(df.loc[(df["APT_ICAO"] == "EGLL") & (df["MONTH_NUM"] == 3), "FLT_TOT_1"].sum())),
        ("APT_NAME", "APT_ICAO", "MONTH_NUM", "MONTH_MON", "FLT_DATE", "FLT_TOT_1"),
    ),
    Q(
        "average flights per day at madrid",
        _about(lambda df: df.loc[df["APT_ICAO"] == "LEMD", "FLT_TOT_1"].mean(), rel=0.002),
        ("APT_NAME", "APT_ICAO", "FLT_DATE", "FLT_TOT_1"),
    ),
    Q(
        "which month was busiest across all airports",
        _month(lambda df: int(_top(df.groupby("MONTH_NUM")["FLT_TOT_1"].sum()))),
        ("MONTH_NUM", "MONTH_MON", "FLT_TOT_1"),
    ),
    Q(
        "how many rows don't have the airport operator's numbers",
        _count(lambda df: int(df["FLT_TOT_IFR_2"].isna().sum())),
        ("FLT_DEP_IFR_2", "FLT_ARR_IFR_2", "FLT_TOT_IFR_2"),
    ),
    Q(
        "is frankfurt quieter on weekends than weekdays?",
        _about(_ec_fra_means, rel=0.002),
        ("APT_NAME", "APT_ICAO", "FLT_DATE", "FLT_TOT_1"),
    ),
]


# --- 5. NCUA quarterly credit union data --------------------------------------------------------------------------

_NCUA_PLACES = ["PINE RIVER", "BLUE RIDGE", "LAKESHORE", "PRAIRIE", "SUMMIT", "HERITAGE", "COASTAL", "VALLEY"]
_NCUA_PLACES += ["TRI-COUNTY", "FIRST COMMUNITY", "GATEWAY", "MERIDIAN", "CEDAR", "HARBOR", "FRONTIER", "UNITY"]
_NCUA_KINDS = ["FEDERAL CREDIT UNION", "CREDIT UNION", "EMPLOYEES FEDERAL CREDIT UNION", "TEACHERS CREDIT UNION"]
_NCUA_STATES = {"TX": ("AUSTIN", "HOUSTON", "TYLER"), "CA": ("FRESNO", "SAN DIEGO", "SACRAMENTO")}
_NCUA_STATES |= {"PA": ("ERIE", "SCRANTON", "PITTSBURGH"), "NY": ("ALBANY", "BUFFALO", "ROCHESTER")}
_NCUA_STATES |= {"OH": ("DAYTON", "TOLEDO", "AKRON"), "MI": ("LANSING", "FLINT", "GRAND RAPIDS")}
_NCUA_STATES |= {"IL": ("PEORIA", "CHICAGO", "ROCKFORD"), "WI": ("MADISON", "GREEN BAY", "EAU CLAIRE")}
_NCUA_STATES |= {"VA": ("RICHMOND", "NORFOLK", "ROANOKE"), "FL": ("TAMPA", "ORLANDO", "MIAMI")}


def _ncua_peer(assets: float) -> int:
    for group, cap in enumerate((2e6, 10e6, 50e6, 100e6, 500e6), start=1):
        if assets < cap:
            return group
    return 6


def _ncua_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21805)
    states = list(_NCUA_STATES)
    rows = []
    names: set[str] = set()
    numbers = rng.choice(np.arange(100, 70000), size=420, replace=False)
    for i in range(420):
        while True:
            name = f"{_one(rng, _NCUA_PLACES)} {_one(rng, _NCUA_KINDS)}"
            if rng.random() < 0.5:
                name = f"{_one(rng, ['ST. JOSEPH', 'AREA', 'METRO', 'MUNICIPAL', 'POSTAL', 'SOUTHERN'])} {name}"
            if name not in names:
                names.add(name)
                break
        state = _one(rng, states, [14, 12, 10, 10, 9, 9, 8, 8, 7, 7])
        assets = float(rng.lognormal(np.log(60e6), 1.6))
        loans = assets * rng.uniform(0.45, 0.85)
        shares = assets * rng.uniform(0.80, 0.90)
        nwr = float(np.clip(rng.normal(11.0, 2.6), 3.5, 25.0))
        members = int(assets / rng.uniform(9000, 16000))
        roa = rng.normal(0.55, 0.6) / 100 * 0.75
        rows.append(
            {
                "CU_NUMBER": int(numbers[i]),
                "CU_NAME": name,
                "CITY": _one(rng, list(_NCUA_STATES[state])),
                "STATE": state,
                "PEER_GROUP": _ncua_peer(assets),
                "TOTAL_ASSETS": int(assets),
                "TOTAL_LOANS": int(loans),
                "TOTAL_SHARES_DEPOSITS": int(shares),
                "NET_WORTH": int(assets * nwr / 100),
                "NET_WORTH_RATIO": round(nwr, 2),
                "MEMBERS": max(members, 60),
                "EMPLOYEES": max(int(members / rng.uniform(300, 500)), 1),
                "DELINQUENT_LOANS_60_DAYS": int(loans * rng.gamma(1.5, 0.006)),
                "NET_INCOME_YTD": int(assets * roa),
                "LOW_INCOME_DESIGNATION": "Y" if rng.random() < (0.55 if nwr < 11 else 0.4) else "N",
            }
        )
    return pd.DataFrame(rows)


_NCUA_QS = [
    Q(
        "how many credit unions are in texas",
        _count(lambda df: int((df["STATE"] == "TX").sum())),
        ("STATE",),
    ),
    Q(
        "which one is the biggest?",
        _lead(_named(lambda df: str(df.loc[df["TOTAL_ASSETS"].idxmax(), "CU_NAME"]))),
        ("CU_NAME", "TOTAL_ASSETS", "CU_NUMBER"),
    ),
    Q(
        "total members across all of them",
        _scaled(lambda df: df["MEMBERS"].sum(), _BIG, rel=0.002),
        ("MEMBERS",),
    ),
    Q(
        "what share are low income designated",
        _share(lambda df: float((df["LOW_INCOME_DESIGNATION"] == "Y").mean())),
        ("LOW_INCOME_DESIGNATION",),
    ),
    Q(
        "do low income ones have a lower net worth ratio?",
        either(
            _about(lambda df: df.groupby("LOW_INCOME_DESIGNATION")["NET_WORTH_RATIO"].mean().to_numpy(), rel=0.005),
            _about(lambda df: df.groupby("LOW_INCOME_DESIGNATION")["NET_WORTH_RATIO"].median().to_numpy(), rel=0.005),
        ),
        ("LOW_INCOME_DESIGNATION", "NET_WORTH_RATIO"),
    ),
    Q(
        "how many are losing money this year",
        _count(lambda df: int((df["NET_INCOME_YTD"] < 0).sum())),
        ("NET_INCOME_YTD",),
    ),
]


# --- 6. CrossFit Open 2024 leaderboard ----------------------------------------------------------------------------

_CF_COUNTRIES = {"United States": 45, "Canada": 8, "Brazil": 7, "Australia": 6, "United Kingdom": 6, "Spain": 5}
_CF_COUNTRIES |= {"France": 4, "Germany": 4, "Mexico": 5, "Italy": 3, "Korea": 3, "Japan": 2, "Netherlands": 2}
_CF_REGION = {"United States": ("North America East", "North America West"), "Canada": ("North America East",)}
_CF_REGION |= {"Brazil": ("South America",), "Mexico": ("North America West",), "Australia": ("Oceania",)}
_CF_REGION |= {"Korea": ("Asia",), "Japan": ("Asia",)}
_CF_GYMS = ["CrossFit Mayhem", "CrossFit Invictus", "CrossFit Krypton", "Reebok CrossFit Lab", "CrossFit Iron Hive"]
_CF_GYMS += ["CrossFit Lumberjack", "CrossFit Pyramid", "CrossFit Sol", "CrossFit North Shore", "CrossFit Dog Town"]


_CF_FIRST = ["Tia-Clair", "Laura", "Brooke", "Emily", "Jessica", "Maria", "Priya", "Olivia", "Aisha", "Emma"]
_CF_FIRST += ["Sofia", "Hannah", "Grace", "Mia", "Zoe", "Ava", "Chloe", "Danielle", "Arielle", "Haley", "Lucy"]


def _cf_time(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 60}:{s % 60:02d}"


def _cf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21806)
    n = 2000
    countries = list(_CF_COUNTRIES)
    rows = []
    used: set[str] = set()
    for _ in range(n):
        while True:
            name = f"{_one(rng, _CF_FIRST)} {_one(rng, _LAST)}"
            if name not in used:
                used.add(name)
                break
            if rng.random() < 0.3:
                name = f"{name} {_one(rng, ['Jr', 'II', 'A.', 'B.', 'C.'])}"
                if name not in used:
                    used.add(name)
                    break
        country = _one(rng, countries, list(_CF_COUNTRIES.values()))
        age = int(np.clip(rng.normal(30, 6), 16, 34))
        skill = rng.normal(0, 1) - 0.03 * abs(age - 27)
        scaled = int(skill < -1.2 and rng.random() < 0.8)
        t1 = round(max(900 - 200 * skill + rng.normal(0, 60), 380 + rng.exponential(40)))
        s1 = _cf_time(t1) if t1 < 900 else f"{int(180 - (t1 - 900) / 6)} reps"
        r2 = int(max(150, 330 + 70 * skill + rng.normal(0, 25)))
        t3 = round(max(780 - 160 * skill + rng.normal(0, 50), 330 + rng.exponential(40)))
        s3 = _cf_time(t3) if t3 < 900 else f"{int(180 - (t3 - 900) / 5)} reps"
        cm = rng.normal(166, 6)
        kg = rng.normal(63, 6)
        unit = _one(rng, ["metric", "imperial", "none"], [40, 40, 20])
        rows.append(
            {
                "competitorName": name,
                "affiliateName": _one(rng, [*_CF_GYMS, "Unaffiliated", ""], [*[6] * len(_CF_GYMS), 10, 5]),
                "countryOfOriginName": country,
                "regionName": _one(rng, list(_CF_REGION.get(country, ("Europe",)))),
                "age": age,
                "height": {"metric": f"{cm:.0f} cm", "imperial": f"{int(cm / 2.54) // 12}'{int(cm / 2.54) % 12}\""}.get(
                    unit, ""
                ),
                "weight": {"metric": f"{kg:.0f} kg", "imperial": f"{kg * 2.2046:.0f} lb"}.get(unit, ""),
                "_k1": scaled * 1e6 + (t1 if t1 < 900 else 900 + (t1 - 900) // 6),
                "_k2": scaled * 1e6 - r2,
                "_k3": scaled * 1e6 + (t3 if t3 < 900 else 900 + (t3 - 900) // 5),
                "24.1 score": s1,
                "24.2 score": f"{r2} reps",
                "24.3 score": s3,
                "scaled": scaled,
            }
        )
    df = pd.DataFrame(rows)
    for w in ("1", "2", "3"):
        df[f"24.{w} rank"] = df[f"_k{w}"].rank(method="min").astype(int)
    df["overallScore"] = df["24.1 rank"] + df["24.2 rank"] + df["24.3 rank"]
    key = df["overallScore"] * 10_000 + df["24.1 rank"]
    df["overallRank"] = key.rank(method="min").astype(int)
    df = df.sort_values(["overallRank", "competitorName"]).reset_index(drop=True)
    cols = ["overallRank", "overallScore", "competitorName", "affiliateName", "countryOfOriginName", "regionName"]
    cols += ["age", "height", "weight", "24.1 rank", "24.1 score", "24.2 rank", "24.2 score", "24.3 rank"]
    cols += ["24.3 score", "scaled"]
    return df[cols].replace("", np.nan)


_CF_QS = [
    Q(
        "how many athletes are on this leaderboard",
        _count(lambda df: len(df)),
        ("competitorName",),
    ),
    Q(
        "which country has the most people",
        _lead(_named(lambda df: _top(df["countryOfOriginName"].value_counts()))),
        ("countryOfOriginName",),
    ),
    Q(
        "who won?",
        _named(lambda df: str(df.loc[df["overallRank"].idxmin(), "competitorName"])),
        ("competitorName", "overallRank", "overallScore"),
    ),
    Q(
        "what percent did the scaled version",
        _share(lambda df: float((df["scaled"] == 1).mean())),
        ("scaled",),
    ),
    Q(
        "average age?",
        either(
            _about(lambda df: df["age"].mean(), rel=0.003),
            _about(lambda df: df["age"].median(), rel=0.003),
        ),
        ("age",),
    ),
    Q(
        "and for the top 100?",
        either(
            _about(lambda df: df.loc[df["overallRank"] <= 100, "age"].mean(), rel=0.003),
            _about(lambda df: df.nsmallest(100, "overallRank")["age"].mean(), rel=0.003),
        ),
        ("age", "overallRank"),
    ),
]


# --- 7. Daily pollen counts -------------------------------------------------------------------------------------

_POLLEN_COLS = ["Tree Pollen (grains/m3)", "Grass Pollen (grains/m3)", "Weed Pollen (grains/m3)", "Ragweed (grains/m3)"]
_POLLEN_COLS += ["Mold Spores (spores/m3)"]


def _pollen_level(tree: float, grass: float, weed: float) -> str:
    score = max(tree / 90, grass / 20, weed / 10)
    return "Low" if score < 0.2 else "Moderate" if score < 1 else "High" if score < 15 else "Very High"


def _pollen_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21807)
    days = pd.date_range("2022-01-01", "2023-12-31", freq="D")
    rows = []
    for d in days:
        doy = d.dayofyear
        peak = 95 if d.year == 2022 else 88
        tree = 1800 * np.exp(-(((doy - peak) / 16) ** 2)) * rng.lognormal(0, 0.7) + rng.exponential(3)
        grass = 45 * np.exp(-(((doy - 150) / 25) ** 2)) * rng.lognormal(0, 0.5) + rng.exponential(1)
        ragweed = 40 * np.exp(-(((doy - 255) / 14) ** 2)) * rng.lognormal(0, 0.6)
        weed = ragweed + 25 * np.exp(-(((doy - 235) / 30) ** 2)) * rng.lognormal(0, 0.5) + rng.exponential(1)
        mold = (1500 + 9000 * np.exp(-(((doy - 230) / 55) ** 2))) * rng.lognormal(0, 0.45) + 0.4 * weed * 50
        counted = d.dayofweek < 5 and rng.random() > 0.05
        trees = ""
        if tree > 60:
            trees = ", ".join(rng.choice(["Oak", "Pine", "Birch", "Sweetgum", "Hickory", "Mulberry"], 2, replace=False))
        rows.append(
            {
                "Date": f"{d:%m/%d/%Y}",
                "Station": "Atlanta, GA",
                "Tree Pollen (grains/m3)": int(tree) if counted else "N/A",
                "Grass Pollen (grains/m3)": int(grass) if counted else "N/A",
                "Weed Pollen (grains/m3)": int(weed) if counted else "N/A",
                "Ragweed (grains/m3)": int(ragweed) if counted else "N/A",
                "Mold Spores (spores/m3)": int(mold) if counted else "N/A",
                "Predominant Trees": trees if counted else "",
                "Level": _pollen_level(tree, grass, weed) if counted else "N/A",
            }
        )
    return pd.DataFrame(rows).replace("", np.nan)


def _pollen_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y")


def _num(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_numeric(df[col], errors="coerce")


def _ragweed_month(how: str) -> Callable[[pd.DataFrame], int]:
    return lambda df: int(_top(_num(df, "Ragweed (grains/m3)").groupby(_pollen_dates(df).dt.month).agg(how)))


_POLLEN_QS = [
    Q(
        "what was the worst day for tree pollen",
        _day(lambda df: _pollen_dates(df)[_num(df, "Tree Pollen (grains/m3)").idxmax()]),
        ("Date", "Tree Pollen (grains/m3)"),
    ),
    Q(
        "how many very high days in 2023?",
        _count(lambda df: int(((df["Level"] == "Very High") & (_pollen_dates(df).dt.year == 2023)).sum())),
        ("Level", "Date"),
    ),
    Q(
        "average grass pollen in june",
        _about(
            lambda df: _num(df, "Grass Pollen (grains/m3)")[_pollen_dates(df).dt.month == 6].mean(),
            rel=0.005,
        ),
        ("Date", "Grass Pollen (grains/m3)"),
    ),
    Q(
        "which month is worst for ragweed",
        _lead(either(_month(_ragweed_month("mean")), _month(_ragweed_month("sum")))),
        ("Date", "Ragweed (grains/m3)"),
    ),
    Q(
        "how many days have no counts at all",
        _count(lambda df: int(df["Tree Pollen (grains/m3)"].isna().sum())),
        ("Date", *_POLLEN_COLS, "Level"),
    ),
    Q(
        "does mold go up with weed pollen?",
        _corr(lambda df: _num(df, "Weed Pollen (grains/m3)"), lambda df: _num(df, "Mold Spores (spores/m3)")),
        ("Mold Spores (spores/m3)", "Weed Pollen (grains/m3)"),
    ),
]


HELDOUT218: list[Dataset] = [
    Dataset("navan_bookings", _navan_frame, _NAVAN_QS),
    Dataset("fathom_pages", _fathom_frame, _FATHOM_QS),
    Dataset("flo_cycles", _flo_frame, _FLO_QS),
    Dataset("eurocontrol_airport_traffic", _ec_frame, _EC_QS),
    Dataset("ncua_credit_unions", _ncua_frame, _NCUA_QS),
    Dataset("crossfit_open_2024", _cf_frame, _CF_QS),
    Dataset("pollen_counts", _pollen_frame, _POLLEN_QS),
]
