"""HELDOUT314: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of files an analyst is likely to bring along: a public library's interlibrary loan
request export (2023 to 2024, one row per request) with "Request ID" as a number (a few requests exported twice),
"Request Date" as "03/14/2023", Title, Format (Book, Article, DVD), "Patron Type" (Faculty, Student, Public),
"Lending Library" in upper case ("UNIV OF MICHIGAN", blank while unfilled), Status (Filled, Unfilled, Cancelled),
"Date Filled" (blank unless filled), "Days to Fill" (blank unless filled) and "Cost Charged" as "$15.00" ("$0.00"
for most reciprocal loans, blank when not filled); a ski area patrol's incident reports (three seasons, December to
April) with "Report No" as "SP-2223-0042", Date as "01/14/2023", Time as "13:45", "Run Name", "Run Difficulty"
(Green, Blue, Black, Double Black), Activity (Ski, Snowboard), "Injury Type", "Body Part", "Toboggan" and "Ambulance"
(Y / N), Age (blank for some) and Helmet (Y / N, blank when not recorded); a recycling center's scale tickets for
2024 with "Ticket #" (100001 up), "Date/Time" as "3/5/2024 9:14 AM", "Customer Type" (PUBLIC, COMMERCIAL), upper-case
Material ("ALUMINUM CANS", "COPPER #1", "COPPER #2", "CARDBOARD", "LIGHT IRON", "BRASS", "#1 INSULATED WIRE"),
"Gross Lbs", "Tare Lbs", "Net Lbs" (gross minus tare), "Price/Lb" as "$0.55" and "Payout" as "$12.34" (net times
price); a film festival's screening schedule with attendance (one row per screening, most films shown two or three
times) with "Film Title", Country, "Runtime (min)", Section (Feature, Documentary, Shorts, World Cinema, Midnight),
Venue, "Screening Date" as "2024-04-13", "Screening Time" as "7:00 PM", Capacity, "Tickets Sold", Comps, "Q&A" (Y /
N) and "Sold Out" (Y when tickets and comps fill the house, blank otherwise); a bass fishing club's tournament
weigh-in sheets (2022 to 2024, one row per angler per tournament) with "Tournament Date" as "4/13/2024", Lake, Angler
as "Last, First", "Boat #" (two anglers share a boat), "Fish Weighed" (0 to 5), "Total Weight (lbs)", "Big Bass
(lbs)" (blank with no fish), "Dead Fish Penalty" (0.25 lb a dead fish), "Short Fish", Place (ranked on total weight
less the penalty) and Payout as "$250.00" (blank outside the money); a hospital emergency department visit extract
for 2023 with ARRIVAL_DT as "2023-05-14 22:41:00", ESI (1 to 5, a few blank), upper-case CHIEF_COMPLAINT ("CHEST
PAIN", "ABD PAIN", "SOB", ...), AGE, SEX (M, F, U), DOOR_TO_PROVIDER_MIN (blank when the patient left without being
seen), LOS_MIN, DISPOSITION (Admitted, Discharged, LWBS, Transferred) and ARRIVAL_MODE (Walk-in, Ambulance); and a
school district's cafeteria meal counts for the 2023-24 school year (one row per school, day and meal) with upper-case
School, Date as "09/05/2023", Meal (Breakfast, Lunch), Free, Reduced, Paid and Adult counts, "A La Carte $" as
"$123.45" (blank on some breakfasts) and "Menu Item". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top
from .offline_eval import Check, Dataset, Q, both, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _dates(df: pd.DataFrame, col: str, fmt: str | None = None) -> pd.Series:
    return pd.to_datetime(df[col].astype("string"), format=fmt, errors="coerce")


def _typical(values: Callable[[pd.DataFrame], Any], rel: float = 0.01) -> Check:
    """Every group's mean, or every group's median (a series of groups, or one series)."""

    def reduce(df: pd.DataFrame, how: str) -> Any:
        v = values(df)
        if isinstance(v, pd.core.groupby.SeriesGroupBy):
            return getattr(v, how)().to_numpy()
        return float(getattr(v, how)())

    return either(_about(lambda d: reduce(d, "mean"), rel=rel), _about(lambda d: reduce(d, "median"), rel=rel))


def _month(stamp: Callable[[pd.DataFrame], Any]) -> Check:
    """A month of a one-year span: "June 2023" or just "June"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(stamp(df))
        if _month_year(lambda _d: t)(answer, df) is None:
            return None
        if re.search(rf"\b(?:{month_names(t.month)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {t:%Y-%m}"

    return check


def _named_any(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Any one of the labels (the picks of two readings)."""
    return either(*[_named(lambda d, i=i: values(d)[i]) for i in range(2)])


# --- 1. Interlibrary loan requests ---------------------------------------------------------------------------------

_IL_LENDERS = [
    "UNIV OF MICHIGAN",
    "OHIO STATE UNIV",
    "INDIANA UNIV",
    "UNIV OF IOWA",
    "PURDUE UNIV",
    "MICHIGAN STATE UNIV",
    "UNIV OF WISCONSIN",
    "LIBRARY OF CONGRESS",
    "CLEVELAND PUBLIC LIBRARY",
]
_IL_WORDS = [
    "History",
    "Theory",
    "Journal",
    "Review",
    "Studies",
    "Guide",
    "Letters",
    "Notes",
    "Atlas",
    "Essays",
    "Methods",
    "Survey",
    "Handbook",
]
_IL_TOPICS = [
    "Modern",
    "Ancient",
    "Urban",
    "Rural",
    "Quantum",
    "Medieval",
    "Pacific",
    "Celtic",
    "Soviet",
    "Coastal",
    "Colonial",
    "Digital",
]


def _ill_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31401)
    rows = []
    start = pd.Timestamp("2023-01-02")
    for i in range(1650):
        day = start + pd.Timedelta(days=int(rng.integers(0, 730)))
        if rng.random() < 0.06:
            day = pd.Timestamp("2024-10-01") + pd.Timedelta(days=int(rng.integers(0, 31)))
        fmt = _one(rng, ["Book", "Article", "DVD"], [55, 38, 7])
        patron = _one(rng, ["Faculty", "Student", "Public"], [30, 45, 25])
        status = _one(rng, ["Filled", "Unfilled", "Cancelled"], [80 if fmt == "Article" else 72, 16, 8])
        title = f"{_one(rng, _IL_TOPICS)} {_one(rng, _IL_WORDS)}"
        if fmt == "Article":
            title = f"Journal of {_one(rng, _IL_TOPICS)} {_one(rng, _IL_WORDS)}, vol. {int(rng.integers(1, 60))}"
        lender, filled, days, cost = "", "", np.nan, ""
        if status == "Filled":
            lender = _one(rng, _IL_LENDERS, [22, 16, 12, 10, 9, 9, 8, 8, 6])
            days = int(max(1, rng.gamma(2.0, 2.0 if fmt == "Article" else 4.5)))
            filled = (day + pd.Timedelta(days=days)).strftime("%m/%d/%Y")
            fee = _one(rng, [0.0, 10.0, 15.0, 25.0], [60, 15, 15, 10])
            cost = f"${fee:.2f}"
        rows.append(
            {
                "Request ID": 184000 + i,
                "Request Date": day.strftime("%m/%d/%Y"),
                "Title": title,
                "Format": fmt,
                "Patron Type": patron,
                "Lending Library": lender,
                "Status": status,
                "Date Filled": filled,
                "Days to Fill": days,
                "Cost Charged": cost,
            }
        )
    df = pd.DataFrame(rows)
    dup = df.sample(12, random_state=1)
    return pd.concat([df, dup]).sort_values("Request ID", kind="stable").reset_index(drop=True)


def _il_filled(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Status") == "Filled"


def _il_filled_count(df: pd.DataFrame) -> list[int]:
    return [int(_il_filled(df).sum()), int(df[_il_filled(df)]["Request ID"].nunique())]


def _il_article_fill(df: pd.DataFrame) -> float:
    art = df[_text(df, "Format") == "Article"]
    return float(_il_filled(art).mean())


def _il_top_lender(df: pd.DataFrame) -> list[str]:
    f = df[_il_filled(df)]
    return [_top(f.groupby("Lending Library").size()), _top(f.groupby("Lending Library")["Request ID"].nunique())]


def _il_cost_2024(df: pd.DataFrame) -> float:
    return float(_num(df, "Cost Charged")[_dates(df, "Request Date", "%m/%d/%Y").dt.year == 2024].sum())


def _il_cost_2024_filled(df: pd.DataFrame) -> float:
    return float(_num(df, "Cost Charged")[_dates(df, "Date Filled", "%m/%d/%Y").dt.year == 2024].sum())


def _il_peak_month(df: pd.DataFrame) -> pd.Timestamp:
    d = _dates(df, "Request Date", "%m/%d/%Y")
    d = d[d.dt.year == 2024]
    counts = d.dt.to_period("M").value_counts().sort_index(kind="stable")
    return counts.idxmax().to_timestamp()


_IL_QS = [
    Q(
        "how many requests actually got filled",
        either(_count(lambda df: _il_filled_count(df)[0]), _count(lambda df: _il_filled_count(df)[1])),
        ("Status", "Request ID"),
    ),
    Q("what share of article requests were filled?", _share(_il_article_fill), ("Format", "Status")),
    Q(
        "avg days to fill for each format",
        _typical(lambda df: pd.to_numeric(df["Days to Fill"], errors="coerce").groupby(_text(df, "Format"))),
        ("Format", "Days to Fill", "Status"),
    ),
    Q(
        "which library lends us the most",
        _lead(_named_any(_il_top_lender)),
        ("Lending Library", "Status", "Request ID"),
    ),
    Q(
        "how much did we get charged in total in 2024",
        either(_amount(_il_cost_2024), _amount(_il_cost_2024_filled)),
        ("Cost Charged", "Request Date", "Date Filled"),
    ),
    Q("busiest month for requests in 2024?", _lead(_month(_il_peak_month)), ("Request Date", "Request ID")),
]


# --- 2. Ski patrol incident reports --------------------------------------------------------------------------------

# run: difficulty, weight
_SK_RUNS: dict[str, tuple[str, float]] = {
    "Bunny Hop": ("Green", 10),
    "Easy Street": ("Green", 12),
    "Meadowlark": ("Green", 7),
    "Tamarack": ("Blue", 14),
    "Lower Bonanza": ("Blue", 11),
    "Ridge Run": ("Blue", 9),
    "Whistle Pig": ("Blue", 8),
    "Outlaw": ("Black", 8),
    "Chute Three": ("Black", 6),
    "Widowmaker": ("Double Black", 4),
    "The Headwall": ("Double Black", 3),
    "Terrain Park": ("Blue", 9),
}
_SK_INJURIES = ["Sprain", "Fracture", "Contusion", "Laceration", "Concussion", "Dislocation"]
_SK_PARTS = ["Knee", "Wrist", "Shoulder", "Head", "Ankle", "Back", "Hip", "Face"]


def _ski_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31402)
    runs = list(_SK_RUNS)
    rows = []
    n = 0
    for season in (2021, 2022, 2023):
        first = pd.Timestamp(f"{season}-12-01")
        for _ in range(int(rng.integers(300, 360))):
            n += 1
            day = first + pd.Timedelta(days=int(rng.integers(0, 140)))
            run = _one(rng, runs, [_SK_RUNS[r][1] for r in runs])
            act = _one(rng, ["Ski", "Snowboard"], [58, 42])
            helmet = _one(rng, ["Y", "N", ""], [72, 20, 8])
            head_w = 22 if helmet == "N" else 9
            if act == "Snowboard":
                part = _one(rng, _SK_PARTS, [10, 30, 16, head_w, 6, 8, 5, 4])
            else:
                part = _one(rng, _SK_PARTS, [34, 8, 14, head_w, 10, 6, 6, 4])
            injury = "Concussion" if part == "Head" and rng.random() < 0.5 else _one(rng, _SK_INJURIES[:4])
            if part in ("Shoulder", "Knee") and rng.random() < 0.15:
                injury = "Dislocation"
            serious = injury in ("Fracture", "Concussion", "Dislocation")
            age = int(np.clip(rng.normal(34 if act == "Ski" else 24, 13), 6, 78))
            rows.append(
                {
                    "Report No": f"SP-{season % 100}{(season + 1) % 100}-{n:04d}",
                    "Date": day.strftime("%m/%d/%Y"),
                    "Time": f"{int(rng.integers(9, 16)):02d}:{int(rng.integers(0, 60)):02d}",
                    "Run Name": run,
                    "Run Difficulty": _SK_RUNS[run][0],
                    "Activity": act,
                    "Injury Type": injury,
                    "Body Part": part,
                    "Toboggan": "Y" if rng.random() < (0.7 if serious else 0.3) else "N",
                    "Ambulance": "Y" if rng.random() < (0.35 if serious else 0.04) else "N",
                    "Age": age if rng.random() > 0.05 else np.nan,
                    "Helmet": helmet,
                }
            )
    return pd.DataFrame(rows)


def _sk_black(df: pd.DataFrame) -> list[int]:
    d = _text(df, "Run Difficulty")
    return [int((d == "Black").sum()), int(d.isin(["Black", "Double Black"]).sum())]


def _sk_board_wrist(df: pd.DataFrame) -> float:
    b = df[_text(df, "Activity") == "Snowboard"]
    return float((_text(b, "Body Part") == "Wrist").mean())


def _sk_head_rate(df: pd.DataFrame) -> list[float]:
    h = _text(df, "Helmet")
    head = _text(df, "Body Part") == "Head"
    return [float(head[h == "Y"].mean()), float(head[h == "N"].mean())]


_SK_QS = [
    Q(
        "how many accidents happened on black runs",
        either(_count(lambda df: _sk_black(df)[0]), _count(lambda df: _sk_black(df)[1])),
        ("Run Difficulty",),
    ),
    Q(
        "what percent of snowboarder injuries are wrists",
        _share(_sk_board_wrist),
        ("Activity", "Body Part"),
    ),
    Q(
        "average age of hurt skiers vs snowboarders",
        _typical(lambda df: pd.to_numeric(df["Age"], errors="coerce").groupby(_text(df, "Activity"))),
        ("Activity", "Age"),
    ),
    Q(
        "how many people needed an ambulance",
        _count(lambda df: int((_text(df, "Ambulance") == "Y").sum())),
        ("Ambulance",),
    ),
    Q(
        "which run has the most incidents",
        _lead(_named(lambda df: _top(df.groupby("Run Name").size()))),
        ("Run Name", "Report No"),
    ),
    Q(
        "are head injuries more common without a helmet? show the rate with and without",
        both(_share(lambda df: _sk_head_rate(df)[0]), _share(lambda df: _sk_head_rate(df)[1])),
        ("Helmet", "Body Part", "Injury Type"),
    ),
]


# --- 3. Recycling center scale tickets -----------------------------------------------------------------------------

# material: share of tickets, typical net lbs (lognormal median), price per lb range, commercial share
_RC_MATERIALS: dict[str, tuple[float, float, tuple[float, float], float]] = {
    "ALUMINUM CANS": (30, 25, (0.45, 0.65), 0.1),
    "COPPER #1": (8, 20, (3.60, 4.10), 0.45),
    "COPPER #2": (7, 22, (2.80, 3.30), 0.4),
    "CARDBOARD": (18, 180, (0.02, 0.05), 0.6),
    "LIGHT IRON": (20, 420, (0.04, 0.08), 0.35),
    "BRASS": (7, 30, (1.80, 2.30), 0.3),
    "#1 INSULATED WIRE": (10, 40, (1.10, 1.50), 0.4),
}


def _recycling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31403)
    mats = list(_RC_MATERIALS)
    rows = []
    start = pd.Timestamp("2024-01-02 07:30")
    for i in range(3200):
        mat = _one(rng, mats, [_RC_MATERIALS[m][0] for m in mats])
        _, median, (lo, hi), com = _RC_MATERIALS[mat]
        offset = int(rng.integers(120, 150)) if rng.random() < 0.07 else int(rng.integers(0, 363))
        day = start + pd.Timedelta(days=offset, minutes=int(rng.integers(0, 570)))
        kind = "COMMERCIAL" if rng.random() < com else "PUBLIC"
        net = int(max(1, round(rng.lognormal(np.log(median * (3 if kind == "COMMERCIAL" else 1)), 0.6))))
        tare = int(rng.integers(3500, 6200)) if net > 150 else int(rng.integers(0, 12))
        price = round(float(rng.uniform(lo, hi)) + (0.1 if day.month >= 7 and "COPPER" in mat else 0.0), 2)
        rows.append(
            {
                "Ticket #": 100001 + i,
                "stamp": day,
                "Customer Type": kind,
                "Material": mat,
                "Gross Lbs": net + tare,
                "Tare Lbs": tare,
                "Net Lbs": net,
                "Price/Lb": f"${price:.2f}",
                "Payout": f"${net * price:,.2f}",
            }
        )
    df = pd.DataFrame(rows).sort_values("stamp", kind="stable")
    df["Ticket #"] = range(100001, 100001 + len(df))
    stamp = df.pop("stamp")
    hour = stamp.dt.strftime("%I:%M %p").str.lstrip("0")
    df.insert(1, "Date/Time", stamp.dt.month.astype(str) + "/" + stamp.dt.day.astype(str) + "/2024 " + hour)
    return df.reset_index(drop=True)


def _rc_mat(df: pd.DataFrame, mat: str) -> pd.Series:
    return _text(df, "Material") == mat


def _rc_copper_price(df: pd.DataFrame) -> list[float]:
    c = df[_rc_mat(df, "COPPER #1")]
    p = _num(c, "Price/Lb")
    return [float(p.mean()), float(p.median()), float(_num(c, "Payout").sum() / _num(c, "Net Lbs").sum())]


def _rc_peak_month(df: pd.DataFrame) -> pd.Timestamp:
    d = _dates(df, "Date/Time", "%m/%d/%Y %I:%M %p")
    return d.dt.to_period("M").value_counts().sort_index(kind="stable").idxmax().to_timestamp()


_RC_QS = [
    Q(
        "how many pounds of cardboard did we take in",
        _amount(lambda df: float(_num(df, "Net Lbs")[_rc_mat(df, "CARDBOARD")].sum())),
        ("Material", "Net Lbs"),
    ),
    Q(
        "total payout to commercial customers",
        _amount(lambda df: float(_num(df, "Payout")[_text(df, "Customer Type") == "COMMERCIAL"].sum())),
        ("Customer Type", "Payout"),
    ),
    Q(
        "which material did we spend the most money on",
        _lead(_named(lambda df: _top(_num(df, "Payout").groupby(_text(df, "Material")).sum()))),
        ("Material", "Payout"),
    ),
    Q(
        "whats the average price per pound for copper #1",
        either(*[_about(lambda df, i=i: _rc_copper_price(df)[i]) for i in range(3)]),
        ("Material", "Price/Lb", "Payout", "Net Lbs"),
    ),
    Q("which month had the most tickets", _lead(_month(_rc_peak_month)), ("Date/Time", "Ticket #")),
    Q(
        "is net weight correlated with payout?",
        _corr(lambda d: _num(d, "Net Lbs"), lambda d: _num(d, "Payout")),
        ("Net Lbs", "Payout"),
    ),
]


# --- 4. Film festival screenings -----------------------------------------------------------------------------------

_FF_VENUES = {"Grand Theater": 820, "Rialto": 410, "Civic Hall": 300, "Arthouse 1": 150, "Arthouse 2": 96}
_FF_COUNTRIES = ["USA", "France", "South Korea", "Mexico", "Germany", "Japan", "Iran", "UK", "Brazil", "Norway"]
_FF_SECTIONS = {"Feature": (35, 85, 130), "Documentary": (25, 70, 110), "Shorts": (12, 70, 95)}
_FF_SECTIONS |= {"World Cinema": (20, 90, 150), "Midnight": (8, 80, 105)}
_FF_A = [
    "Silent",
    "Bitter",
    "Last",
    "Golden",
    "Northern",
    "Little",
    "Broken",
    "Paper",
    "Second",
    "Blue",
    "Wild",
    "Quiet",
    "Hidden",
    "Long",
]
_FF_B = [
    "River",
    "Summer",
    "Harbor",
    "Kingdom",
    "Machine",
    "Garden",
    "Winter",
    "Letters",
    "Mother",
    "Road",
    "Island",
    "Fire",
    "Border",
]


def _festival_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31404)
    sections = list(_FF_SECTIONS)
    venues = list(_FF_VENUES)
    titles: set[str] = set()
    rows = []
    while len(titles) < 150:
        title = f"The {_one(rng, _FF_A)} {_one(rng, _FF_B)}" if rng.random() < 0.5 else f"{_one(rng, _FF_B)}s"
        if rng.random() < 0.3:
            title = f"{_one(rng, _FF_A)} {_one(rng, _FF_B)}"
        if title in titles:
            continue
        titles.add(title)
        sec = _one(rng, sections, [_FF_SECTIONS[s][0] for s in sections])
        lo, hi = _FF_SECTIONS[sec][1:]
        runtime = int(rng.integers(lo, hi))
        country = _one(rng, _FF_COUNTRIES, [30, 12, 8, 7, 7, 8, 5, 9, 5, 4])
        buzz = rng.uniform(0.35, 1.1)
        for k in range(int(_one(rng, [1, 2, 3], [15, 55, 30]))):
            venue = _one(rng, venues, [2, 3, 3, 4, 4])
            cap = _FF_VENUES[venue]
            qa = "Y" if k == 0 and rng.random() < 0.6 else "N"
            day = pd.Timestamp("2024-04-11") + pd.Timedelta(days=int(rng.integers(0, 11)))
            hour = 23 if sec == "Midnight" else int(_one(rng, [11, 13, 16, 19, 21]))
            want = cap * buzz * rng.uniform(0.6, 1.15) * (1.15 if qa == "Y" else 1.0) * (1.1 if hour >= 19 else 0.9)
            comps = int(rng.integers(0, max(2, cap // 25)))
            sold = int(min(cap - comps, max(5, round(want))))
            rows.append(
                {
                    "Film Title": title,
                    "Country": country,
                    "Runtime (min)": runtime,
                    "Section": sec,
                    "Venue": venue,
                    "Screening Date": day.strftime("%Y-%m-%d"),
                    "Screening Time": pd.Timestamp(2024, 1, 1, hour).strftime("%I:%M %p").lstrip("0"),
                    "Capacity": cap,
                    "Tickets Sold": sold,
                    "Comps": comps,
                    "Q&A": qa,
                    "Sold Out": "Y" if sold + comps >= cap else "",
                }
            )
    df = pd.DataFrame(rows)
    longest = df["Runtime (min)"].idxmax()
    df.loc[df["Film Title"] == df.at[longest, "Film Title"], "Runtime (min)"] = 187
    return df.sort_values(["Screening Date", "Venue"], kind="stable").reset_index(drop=True)


def _ff_fill(df: pd.DataFrame) -> list[str]:
    cap = _num(df, "Capacity")
    sold = _num(df, "Tickets Sold")
    seats = sold + _num(df, "Comps").fillna(0)
    venue = _text(df, "Venue")
    return [
        _top((seats / cap).groupby(venue).mean()),
        _top((sold / cap).groupby(venue).mean()),
        _top(seats.groupby(venue).sum() / cap.groupby(venue).sum()),
    ]


def _ff_qa(df: pd.DataFrame) -> pd.core.groupby.SeriesGroupBy:
    return _num(df, "Tickets Sold").groupby(_text(df, "Q&A"))


def _ff_country(df: pd.DataFrame) -> list[str]:
    return [_top(df.groupby("Country")["Film Title"].nunique()), _top(df.groupby("Country").size())]


def _ff_longest(df: pd.DataFrame) -> str:
    return str(df.loc[_num(df, "Runtime (min)").idxmax(), "Film Title"])


_FF_QS = [
    Q("how many screenings sold out", _count(lambda df: int((_text(df, "Sold Out") == "Y").sum())), ("Sold Out",)),
    Q(
        "total tickets sold for documentaries",
        _count(lambda df: int(_num(df, "Tickets Sold")[_text(df, "Section") == "Documentary"].sum())),
        ("Section", "Tickets Sold"),
    ),
    Q(
        "which venue fills up best on average",
        _lead(either(*[_named(lambda df, i=i: _ff_fill(df)[i]) for i in range(3)])),
        ("Venue", "Capacity", "Tickets Sold", "Comps"),
    ),
    Q(
        "do screenings with a q&a sell more tickets? avg for each",
        _typical(_ff_qa),
        ("Q&A", "Tickets Sold"),
    ),
    Q("which country has the most films", _lead(_named_any(_ff_country)), ("Country", "Film Title")),
    Q(
        "what's the longest film and how long is it",
        both(_named(_ff_longest), _count(lambda df: float(_num(df, "Runtime (min)").max()))),
        ("Film Title", "Runtime (min)"),
    ),
]


# --- 5. Bass club tournament weigh-ins -----------------------------------------------------------------------------

_BC_LAKES = {"Lake Fork": 1.25, "Sam Rayburn": 1.1, "Toledo Bend": 1.05, "Lake Conroe": 0.9, "Lake Livingston": 0.8}
_BC_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Davis",
    "Miller",
    "Wilson",
    "Moore",
    "Taylor",
    "Thomas",
    "Harris",
    "Martin",
    "Garcia",
    "Clark",
    "Lewis",
    "Walker",
]
_BC_FIRST = [
    "Jim",
    "Bobby",
    "Mike",
    "Terry",
    "Ray",
    "Dale",
    "Wayne",
    "Gary",
    "Rick",
    "Travis",
    "Cody",
    "Randy",
    "Dusty",
    "Lonnie",
]


def _bass_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31405)
    anglers: list[tuple[str, float]] = []
    while len(anglers) < 44:
        name = f"{_one(rng, _BC_LAST)}, {_one(rng, _BC_FIRST)}"
        if name not in [a for a, _ in anglers]:
            anglers.append((name, float(rng.normal(1.0, 0.18))))
    anglers[5] = (anglers[5][0], 1.55)
    lakes = list(_BC_LAKES)
    rows = []
    for year in (2022, 2023, 2024):
        for month in range(2, 12):
            day = pd.Timestamp(year, month, 1) + pd.Timedelta(days=int(rng.integers(5, 25)))
            lake = _one(rng, lakes)
            field_ = [anglers[i] for i in sorted(rng.choice(len(anglers), int(rng.integers(26, 40)), replace=False))]
            entries = []
            for j, (name, skill) in enumerate(field_):
                fish = int(_one(rng, [0, 1, 2, 3, 4, 5], [6, 5, 8, 12, 17, 52]))
                weights = [max(1.0, rng.lognormal(np.log(2.1 * skill * _BC_LAKES[lake]), 0.35)) for _ in range(fish)]
                dead = int(rng.random() < 0.08) if fish else 0
                entries.append(
                    {
                        "Tournament Date": f"{day.month}/{day.day}/{day.year}",
                        "Lake": lake,
                        "Angler": name,
                        "Boat #": j // 2 + 1,
                        "Fish Weighed": fish,
                        "Total Weight (lbs)": round(sum(weights), 2),
                        "Big Bass (lbs)": round(max(weights), 2) if fish else np.nan,
                        "Dead Fish Penalty": 0.25 * dead,
                        "Short Fish": int(rng.random() < 0.05),
                    }
                )
            net = [e["Total Weight (lbs)"] - e["Dead Fish Penalty"] for e in entries]
            order = np.argsort(-np.asarray(net), kind="stable")
            purse = len(entries) * 50 * 0.9
            cut = [0.35, 0.22, 0.15, 0.1]
            for place, k in enumerate(order, start=1):
                entries[k]["Place"] = place
                entries[k]["Payout"] = f"${round(purse * cut[place - 1]):,.2f}" if place <= 4 else ""
            rows.extend(entries)
    return pd.DataFrame(rows)


def _bc_year(df: pd.DataFrame) -> pd.Series:
    return _dates(df, "Tournament Date", "%m/%d/%Y").dt.year


def _bc_wins(df: pd.DataFrame) -> str:
    return _top(df[_num(df, "Place") == 1].groupby("Angler").size())


def _bc_big(df: pd.DataFrame) -> int:
    return int(_num(df, "Big Bass (lbs)").idxmax())


def _bc_lake(df: pd.DataFrame) -> list[str]:
    w = _num(df, "Total Weight (lbs)")
    lake = _text(df, "Lake")
    return [_top(w.groupby(lake).mean()), _top(w[w > 0].groupby(lake[w > 0]).mean())]


def _bc_money_2023(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Payout")[_bc_year(df) == 2023]


_BC_QS = [
    Q("who has won the most tournaments", _lead(_named(_bc_wins)), ("Angler", "Place", "Tournament Date")),
    Q(
        "biggest bass ever weighed and who caught it",
        both(
            _about(lambda df: float(_num(df, "Big Bass (lbs)").max())),
            _named(lambda df: str(df.at[_bc_big(df), "Angler"])),
        ),
        ("Big Bass (lbs)", "Angler"),
    ),
    Q(
        "which lake gives the heaviest bags on average",
        _lead(_named_any(_bc_lake)),
        ("Lake", "Total Weight (lbs)"),
    ),
    Q(
        "how many times did someone come in with zero fish",
        _count(lambda df: int((_num(df, "Fish Weighed") == 0).sum())),
        ("Fish Weighed", "Total Weight (lbs)"),
    ),
    Q(
        "total prize money paid out in 2023",
        _amount(lambda df: float(_bc_money_2023(df).sum())),
        ("Payout", "Tournament Date"),
    ),
    Q(
        "and who made the most that year",
        _lead(_named(lambda df: _top(_bc_money_2023(df).groupby(_text(df, "Angler")).sum()))),
        ("Payout", "Tournament Date", "Angler"),
    ),
]


# --- 6. Emergency department visits --------------------------------------------------------------------------------

# complaint: weight, ESI weights (1..5), admit probability, child weight
_ED_COMPLAINTS: dict[str, tuple[float, list[float], float, float]] = {
    "ABD PAIN": (14, [0, 10, 55, 30, 5], 0.25, 8),
    "CHEST PAIN": (10, [2, 55, 38, 5, 0], 0.35, 1),
    "SOB": (8, [5, 40, 45, 10, 0], 0.4, 5),
    "FALL": (9, [1, 10, 45, 35, 9], 0.2, 6),
    "FEVER": (8, [0, 8, 40, 40, 12], 0.15, 22),
    "LACERATION": (7, [0, 3, 15, 60, 22], 0.02, 10),
    "BACK PAIN": (6, [0, 3, 30, 50, 17], 0.06, 1),
    "HEADACHE": (6, [0, 12, 48, 32, 8], 0.1, 4),
    "VOMITING": (6, [0, 6, 50, 38, 6], 0.12, 14),
    "COUGH": (6, [0, 4, 30, 45, 21], 0.05, 18),
    "EXTREMITY INJURY": (8, [0, 2, 25, 58, 15], 0.05, 12),
    "ALTERED MENTAL STATUS": (4, [12, 60, 25, 3, 0], 0.6, 1),
}


def _ed_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31406)
    names = list(_ED_COMPLAINTS)
    rows = []
    for _ in range(4200):
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 365 * 1440)))
        if day.month in (1, 2, 12) and rng.random() < 0.12:
            day = day.replace(month=1)
        cc = _one(rng, names, [_ED_COMPLAINTS[c][0] for c in names])
        _, esi_w, admit, child = _ED_COMPLAINTS[cc]
        esi = int(_one(rng, [1, 2, 3, 4, 5], esi_w))
        kid = rng.random() < child / 60
        age = int(rng.integers(0, 18)) if kid else int(np.clip(rng.normal(48, 20), 18, 99))
        ambulance = rng.random() < [0.9, 0.45, 0.2, 0.06, 0.03][esi - 1] + (0.15 if age > 75 else 0)
        d2p = float(max(0, rng.gamma(2.0, [2, 9, 20, 26, 30][esi - 1])))
        lwbs = esi >= 3 and not ambulance and rng.random() < 0.03 + d2p / 900
        if lwbs:
            dispo = "LWBS"
        elif rng.random() < admit * (1.5 if ambulance else 0.8) + (0.15 if esi <= 2 else 0):
            dispo = "Admitted"
        else:
            dispo = "Transferred" if rng.random() < 0.03 else "Discharged"
        los = d2p + rng.gamma(2.0, 150 if dispo == "Admitted" else 70)
        rows.append(
            {
                "ARRIVAL_DT": day.strftime("%Y-%m-%d %H:%M:00"),
                "ESI": esi if rng.random() > 0.015 else np.nan,
                "CHIEF_COMPLAINT": cc,
                "AGE": age,
                "SEX": _one(rng, ["F", "M", "U"], [52, 47.6, 0.4]),
                "DOOR_TO_PROVIDER_MIN": np.nan if lwbs else round(d2p),
                "LOS_MIN": round(los),
                "DISPOSITION": dispo,
                "ARRIVAL_MODE": "Ambulance" if ambulance else "Walk-in",
            }
        )
    return pd.DataFrame(rows).sort_values("ARRIVAL_DT", kind="stable").reset_index(drop=True)


def _ed_amb(df: pd.DataFrame) -> pd.Series:
    return _text(df, "ARRIVAL_MODE") == "Ambulance"


def _ed_peak(df: pd.DataFrame) -> pd.Timestamp:
    d = _dates(df, "ARRIVAL_DT", "%Y-%m-%d %H:%M:%S")
    return d.dt.to_period("M").value_counts().sort_index(kind="stable").idxmax().to_timestamp()


_ED_QS = [
    Q(
        "what percent of patients left without being seen",
        _share(lambda df: float((_text(df, "DISPOSITION") == "LWBS").mean())),
        ("DISPOSITION",),
    ),
    Q(
        "average wait to see a provider by triage level",
        _typical(lambda df: _num(df, "DOOR_TO_PROVIDER_MIN").groupby(_num(df, "ESI"))),
        ("ESI", "DOOR_TO_PROVIDER_MIN"),
    ),
    Q("how many came in by ambulance", _count(lambda df: int(_ed_amb(df).sum())), ("ARRIVAL_MODE",)),
    Q(
        "what share of those got admitted",
        _share(lambda df: float((_text(df, "DISPOSITION")[_ed_amb(df)] == "Admitted").mean())),
        ("ARRIVAL_MODE", "DISPOSITION"),
    ),
    Q(
        "most common complaint for kids under 18?",
        _lead(_named(lambda df: _top(df[_num(df, "AGE") < 18].groupby("CHIEF_COMPLAINT").size()))),
        ("AGE", "CHIEF_COMPLAINT"),
    ),
    Q("busiest month", _lead(_month(_ed_peak)), ("ARRIVAL_DT",)),
]


# --- 7. School cafeteria meal counts -------------------------------------------------------------------------------

# school: enrolment, free share, reduced share, breakfast take-up
_CF_SCHOOLS: dict[str, tuple[int, float, float, float]] = {
    "LINCOLN ELEMENTARY": (420, 0.62, 0.08, 0.45),
    "JEFFERSON ELEMENTARY": (380, 0.41, 0.09, 0.3),
    "ROOSEVELT ELEMENTARY": (510, 0.28, 0.07, 0.2),
    "MAPLE GROVE ELEMENTARY": (300, 0.7, 0.06, 0.55),
    "WASHINGTON MIDDLE": (720, 0.45, 0.08, 0.22),
    "KENNEDY MIDDLE": (640, 0.33, 0.07, 0.18),
    "CENTRAL HIGH": (1350, 0.38, 0.06, 0.12),
}
_CF_LUNCH = ["Chicken Nuggets", "Cheese Pizza", "Tacos", "Spaghetti", "Hamburger", "Chicken Sandwich", "Hot Dog"]
_CF_LUNCH_PULL = [1.12, 1.25, 1.05, 0.95, 1.0, 1.02, 0.88]
_CF_BREAKFAST = ["Cereal & Toast", "Breakfast Pizza", "Pancakes", "Yogurt Parfait", "Egg & Cheese Biscuit"]


def _cafeteria_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31407)
    days = pd.bdate_range("2023-08-28", "2024-05-31")
    breaks = (("2023-11-22", "2023-11-24"), ("2023-12-22", "2024-01-02"), ("2024-03-25", "2024-03-29"))
    off = np.zeros(len(days), dtype=bool)
    for a, b in breaks:
        off |= (days >= a) & (days <= b)
    days = days[~off]
    rows = []
    for day in days:
        li = int(rng.integers(len(_CF_LUNCH)))
        bi = int(rng.integers(len(_CF_BREAKFAST)))
        for school, (enrol, free, reduced, bfast) in _CF_SCHOOLS.items():
            if rng.random() < 0.01:
                continue
            present = enrol * rng.uniform(0.88, 0.97)
            for meal in ("Breakfast", "Lunch"):
                take = bfast if meal == "Breakfast" else 0.72 * _CF_LUNCH_PULL[li]
                f = rng.binomial(int(present * free), min(0.98, take * 1.25))
                r = rng.binomial(int(present * reduced), min(0.98, take * 1.1))
                p = rng.binomial(int(present * (1 - free - reduced)), min(0.98, take * 0.7))
                ala = rng.uniform(0.3, 0.9) * present * (0.15 if meal == "Lunch" else 0.05)
                rows.append(
                    {
                        "School": school,
                        "Date": day.strftime("%m/%d/%Y"),
                        "Meal": meal,
                        "Free": f,
                        "Reduced": r,
                        "Paid": p,
                        "Adult": int(rng.integers(0, 4 if meal == "Breakfast" else 12)),
                        "A La Carte $": "" if meal == "Breakfast" and rng.random() < 0.1 else f"${ala:,.2f}",
                        "Menu Item": _CF_LUNCH[li] if meal == "Lunch" else _CF_BREAKFAST[bi],
                    }
                )
    return pd.DataFrame(rows)


def _cf_students(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Free") + _num(df, "Reduced") + _num(df, "Paid")


def _cf_meal(df: pd.DataFrame, meal: str) -> pd.Series:
    return _text(df, "Meal") == meal


def _cf_lunches(df: pd.DataFrame) -> list[float]:
    lunch = _cf_meal(df, "Lunch")
    s = _cf_students(df)[lunch]
    return [float(s.sum()), float(s.sum() + _num(df, "Adult")[lunch].sum())]


def _cf_breakfast_top(df: pd.DataFrame) -> list[str]:
    b = _cf_meal(df, "Breakfast")
    school = _text(df, "School")[b]
    return [
        _top(_cf_students(df)[b].groupby(school).sum()),
        _top((_cf_students(df) + _num(df, "Adult"))[b].groupby(school).sum()),
    ]


def _cf_ala_month(df: pd.DataFrame) -> pd.Timestamp:
    d = _dates(df, "Date", "%m/%d/%Y")
    return _num(df, "A La Carte $").groupby(d.dt.to_period("M")).sum().sort_index().idxmax().to_timestamp()


def _cf_wash(df: pd.DataFrame, adults: bool) -> list[float]:
    pick = (_text(df, "School") == "WASHINGTON MIDDLE") & _cf_meal(df, "Lunch")
    s = (_cf_students(df) + (_num(df, "Adult") if adults else 0))[pick]
    return [float(s.mean()), float(s.median())]


def _cf_item(df: pd.DataFrame) -> list[str]:
    lunch = df[_cf_meal(df, "Lunch")]
    item = _text(lunch, "Menu Item")
    return [_top(_cf_students(lunch).groupby(item).sum()), _top(_cf_students(lunch).groupby(item).mean())]


_CF_QS = [
    Q(
        "how many lunches did we serve all year",
        either(_amount(lambda df: _cf_lunches(df)[0]), _amount(lambda df: _cf_lunches(df)[1])),
        ("Meal", "Free", "Reduced", "Paid", "Adult"),
    ),
    Q(
        "which school serves the most breakfasts",
        _lead(_named_any(_cf_breakfast_top)),
        ("School", "Meal", "Free", "Reduced", "Paid", "Adult"),
    ),
    Q(
        "what share of student meals are free",
        _share(lambda df: float(_num(df, "Free").sum() / _cf_students(df).sum())),
        ("Free", "Reduced", "Paid"),
    ),
    Q("which month had the highest a la carte sales", _lead(_month_year(_cf_ala_month)), ("Date", "A La Carte $")),
    Q(
        "avg lunches per day at washington middle?",
        either(*[_about(lambda df, a=a, i=i: _cf_wash(df, a)[i]) for a in (False, True) for i in range(2)]),
        ("School", "Meal", "Date", "Free", "Reduced", "Paid", "Adult"),
    ),
    Q(
        "what's the most popular lunch item",
        _lead(_named_any(_cf_item)),
        ("Menu Item", "Meal", "Free", "Reduced", "Paid"),
    ),
]


HELDOUT314 = [
    Dataset("interlibrary_loans", _ill_frame, _IL_QS),
    Dataset("ski_patrol_incidents", _ski_frame, _SK_QS),
    Dataset("recycling_scale_tickets", _recycling_frame, _RC_QS),
    Dataset("film_festival_screenings", _festival_frame, _FF_QS),
    Dataset("bass_tournament_weighins", _bass_frame, _BC_QS),
    Dataset("ed_visits", _ed_frame, _ED_QS),
    Dataset("cafeteria_meal_counts", _cafeteria_frame, _CF_QS),
]
