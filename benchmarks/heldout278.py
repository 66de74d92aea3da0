"""HELDOUT278: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Pillow sleep tracking app
export (one row per night, September 2022 to October 2023, a few nights not tracked) with Start and End as
"2023-03-05 23:12:40", "Time asleep" as hours and minutes "7:12", "Sleep quality" as "82%", "REM sleep (%)",
"Deep sleep (%)" and "Light sleep (%)" (the three adding to 100), "Avg heart rate (bpm)" (blank on nights without the
watch), "Snoring (min)" (0 on many nights) and "Wake-up mood" (Happy, OK, Tired; blank when not logged); a horse
racing results file (one row per starter, 2023) with race_date as "2023-05-06", track_id (CD, KEE, SAR, BEL, GP, SA),
race_number, distance_furlongs (5 to 10, halves included), surface ("D" or "T"), upper-case horse_name, jockey,
trainer, post_position, morning_line_odds as "5-2" (no two starters of a race on the same odds), finish_position
(numbers, "SCR" on a scratched horse), final_time as "1:10.45" or "58.92" under a minute (blank when scratched) and
purse as "$62,000" repeated on every row of a race; a city sanitation department's monthly tonnage by collection
route (open data, January 2022 to December 2024) with MONTH as "2022 / 01", upper-case DISTRICT (NORTH, SOUTH, EAST,
WEST, CENTRAL), ROUTE as "N-104" (one route added in 2023), REFUSETONS, RECYCLINGTONS, YARDWASTETONS (blank from
December to February), CONTAMINATION_RATE as "14.2%" and HOUSEHOLDS_SERVED, plus a "CITYWIDE" / "TOTAL" row per
month holding the sums; a county foreclosure filings dataset (open data, 2019 to 2024) with CASE_NUMBER as
"2021-CV-001234", FILING_DATE as "03/15/2021", ZIP (a few written as ZIP+4 "44105-2210"), PROPERTY_TYPE,
LENDER_TYPE (BANK, CREDIT UNION, PRIVATE, GOVERNMENT), LOAN_AMOUNT and SALE_PRICE as "$185,000.00" (sale price blank
unless sold), AUCTION_DATE (blank when none is set) and AUCTION_RESULT (SOLD, CANCELLED, POSTPONED; blank while
pending); a city street closure permits dataset in Socrata style (2022 to 2024) with PERMIT_NUMBER, APPLICATION_DATE,
START_DATE and END_DATE as "2023-04-03T00:00:00.000", upper-case PERMIT_TYPE (CONSTRUCTION, SPECIAL EVENT, FILM,
UTILITY), STREET_NAME ("N CLARK ST"), WARD (1 to 50, blank on a few), CLOSURE_TYPE (FULL, PARTIAL) and PERMIT_FEE
(0 on some special events); a household hazardous waste collection day log (one row per visiting vehicle, Saturday
events April to October 2023 and 2024, one site per event) with "Event Date" as "4/15/2023", Site, "Home ZIP",
"Vehicle Type" (Car, Truck, Van), "Paint (gal)", "Electronics (lbs)", "Batteries (lbs)" and "Chemicals (lbs)"
(blank when the visitor brought none) and "Wait (min)"; and an apple orchard's harvest log (one row per bin ticket,
2022 and 2023 seasons) with Date as "9/12/2023", Block ("B1" to "B9"), Variety (Honeycrisp, Gala, Fuji; a few typed
in lower case or with a trailing space), Crew ("Crew 2 - Lopez"), Bins (1 to 3), Bushels, Lbs, Grade (Extra Fancy,
Fancy, Juice) and "Price/Bu" as "$18.50". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .heldout273 import _both, _code
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _hours(value: Callable[[pd.DataFrame], float]) -> Check:
    """A length of time in hours: "7.2 hours", "432 minutes", "7h 12m", "7 hours 12 minutes" or "7:12"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m in re.finditer(r"(\d+)\s*(?:h|hrs?|hours?)\.?,?\s*(?:and\s+)?(\d{1,2})\s*(?:m|mins?|minutes?)\b", answer):
            if abs(int(m.group(1)) + int(m.group(2)) / 60 - want) <= 2 / 60:
                return None
        for m in re.finditer(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])", answer):
            if abs(int(m.group(1)) + int(m.group(2)) / 60 - want) <= 2 / 60:
                return None
        for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(hours?|hrs?|h\b|minutes?|mins?)", answer, re.IGNORECASE):
            f = float(m.group(1))
            if m.group(2).lower().startswith("m"):
                if abs(f - 60 * want) <= max(1.0, 0.005 * 60 * want):
                    return None
            elif abs(f - want) <= 0.051:
                return None
        return f"missing time {want:.3g} h"

    return check


def _secs(value: Callable[[pd.DataFrame], float]) -> Check:
    """A race time: "70.92 seconds" or "1:10.92", to about a twentieth of a second."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m in re.finditer(r"(?<![\d.])(\d):(\d{2}(?:\.\d+)?)", answer):
            if abs(60 * int(m.group(1)) + float(m.group(2)) - want) <= 0.06:
                return None
        for m in re.finditer(r"(?<![\d:.])(\d{2,3}(?:\.\d+)?)(?![\d:])", answer):
            if abs(float(m.group(1)) - want) <= 0.06:
                return None
        return f"missing time {want:.2f} s"

    return check


def _means(*values: Callable[[pd.DataFrame], float]) -> Check:
    """Every amount appears."""
    return _both(*[_amount(v) for v in values])


# --- 1. Pillow sleep export ----------------------------------------------------------------------------------------


def _pillow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27801)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2022-09-01", "2023-10-31", freq="D"):
        if rng.random() < 0.08:
            continue
        late = 80 if day.day_of_week in (4, 5) else 55
        start = day + pd.Timedelta(hours=22) + pd.Timedelta(seconds=int(rng.normal(late, 40) * 60))
        in_bed = float(np.clip(rng.normal(7.7, 0.8), 4.5, 10.5))
        asleep = in_bed * float(rng.uniform(0.84, 0.97))
        end = start + pd.Timedelta(seconds=int(in_bed * 3600))
        snore = 0 if rng.random() < 0.4 else int(min(90, rng.gamma(2.0, 9.0)))
        quality = int(np.clip(round(28 + 7.5 * asleep - 0.25 * snore + rng.normal(0, 7)), 15, 100))
        rem = round(float(rng.uniform(15, 26)), 1)
        deep = round(float(rng.uniform(10, 24)), 1)
        p_tired = 0.65 if quality < 65 else 0.15
        mood = _one(rng, ["Tired", "OK", "Happy"], [p_tired, 0.5 * (1 - p_tired), 0.5 * (1 - p_tired)])
        mins = round(asleep * 60)
        rows.append(
            {
                "Start": f"{start:%Y-%m-%d %H:%M:%S}",
                "End": f"{end:%Y-%m-%d %H:%M:%S}",
                "Time asleep": f"{mins // 60}:{mins % 60:02d}",
                "Sleep quality": f"{quality}%",
                "REM sleep (%)": rem,
                "Deep sleep (%)": deep,
                "Light sleep (%)": round(100 - rem - deep, 1),
                "Avg heart rate (bpm)": "" if rng.random() < 0.1 else int(rng.normal(58, 4) + snore / 15),
                "Snoring (min)": snore,
                "Wake-up mood": "" if rng.random() < 0.08 else mood,
            }
        )
    return pd.DataFrame(rows)


def _pl_hours(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Time asleep").str.split(":", expand=True).astype(float)
    return parts[0] + parts[1] / 60


def _pl_best_months(df: pd.DataFrame) -> list[pd.Timestamp]:
    q = _num(df, "Sleep quality")
    out = []
    for col in ("Start", "End"):
        month = pd.to_datetime(df[col]).dt.to_period("M")
        out.append(q.groupby(month).mean().idxmax().to_timestamp())
    return out


def _pl_tired(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Wake-up mood") == "Tired"


_PL_QS = [
    Q("whats my average sleep quality", _typical(lambda df: _num(df, "Sleep quality")), ("Sleep quality",)),
    Q(
        "how long do i usually sleep a night",
        either(_hours(lambda df: _pl_hours(df).mean()), _hours(lambda df: _pl_hours(df).median())),
        ("Time asleep",),
    ),
    Q(
        "does snoring make my sleep worse",
        _corr(lambda df: _num(df, "Snoring (min)"), lambda df: _num(df, "Sleep quality")),
        ("Snoring (min)", "Sleep quality"),
    ),
    Q(
        "which month did i get the best sleep quality",
        either(_month_year(lambda df: _pl_best_months(df)[0]), _month_year(lambda df: _pl_best_months(df)[1])),
        ("Start", "End", "Sleep quality"),
    ),
    Q("how many mornings did i wake up tired", _count(lambda df: int(_pl_tired(df).sum())), ("Wake-up mood",)),
    Q(
        "and whats my avg quality on those mornings",
        _typical(lambda df: _num(df, "Sleep quality")[_pl_tired(df)]),
        ("Sleep quality", "Wake-up mood"),
    ),
]


# --- 2. Horse racing results ---------------------------------------------------------------------------------------

_HR_ODDS = ["4-5", "1-1", "6-5", "7-5", "3-2", "8-5", "9-5", "2-1", "5-2", "3-1", "7-2", "4-1", "9-2", "5-1", "6-1"]
_HR_ODDS += ["8-1", "10-1", "12-1", "15-1", "20-1", "30-1", "50-1"]
_HR_JOCKEYS = {
    "Luis Cardenas": 1.5,
    "Tyler Gaffney": 1.3,
    "Manny Ocasio": 1.2,
    "Jared Whitlock": 1.1,
    "Rosa Delgado": 1.1,
    "Kent Marrero": 1.0,
    "Dylan Porche": 1.0,
    "Samuel Beaulieu": 0.9,
    "Ana Villaseñor": 0.9,
    "Corey Landeros": 0.8,
    "Brett Haskins": 0.8,
    "Jose Quiroga": 0.7,
    "Paul Nakamura": 0.7,
    "Emilio Santana": 0.6,
}
_HR_TRAINERS = ["Dale Pritchett", "Maria Castellano", "Wes Ambrose", "Kenji Harada", "Linda Oakes", "Hector Ruelas"]
_HR_TRAINERS += ["Bob Kessinger", "Tom Aldridge", "Cynthia Moreau", "Ray Flanagan", "Gus Petrakis", "Nora Whitfield"]
_HR_A = ["MIDNIGHT", "GOLDEN", "RIVER", "SILENT", "BOLD", "LUCKY", "IRON", "SOUTHERN", "ROYAL", "DESERT", "COUNTRY"]
_HR_B = ["EXPRESS", "DANCER", "LEGEND", "STORM", "PROMISE", "ROCKET", "QUEEN", "CHARM", "OUTLAW", "MAGIC", "RUNNER"]


def _horse_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27802)
    horses = [f"{a} {b}" for a in _HR_A for b in _HR_B]
    jockeys = list(_HR_JOCKEYS)
    rows: list[dict[str, Any]] = []
    cards: set[tuple[str, str]] = set()
    while len(cards) < 42:
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        cards.add((f"{day:%Y-%m-%d}", str(_one(rng, ["CD", "KEE", "SAR", "BEL", "GP", "SA"]))))
    for date, track in sorted(cards):
        for race in range(1, int(rng.integers(8, 11)) + 1):
            dist = float(_one(rng, [5, 5.5, 6, 6.5, 7, 8, 8.5, 9, 10], [3, 4, 8, 4, 5, 5, 4, 2, 1]))
            surface = "T" if dist >= 5 and rng.random() < 0.3 else "D"
            purse = int(
                _one(rng, [25000, 40000, 62000, 80000, 100000, 150000, 250000, 500000], [5, 6, 5, 4, 3, 2, 1, 1])
            )
            n = int(rng.integers(5, 13))
            odds_idx = np.sort(rng.choice(len(_HR_ODDS), n, replace=False))
            rng.shuffle(odds_idx)
            names = rng.choice(horses, n, replace=False)
            js = rng.choice(len(jockeys), n, replace=False)
            ts = [str(_one(rng, _HR_TRAINERS)) for _ in range(n)]
            fav = int(np.argmin(odds_idx))
            scr = [i != fav and rng.random() < 0.03 for i in range(n)]
            runners = [i for i in range(n) if not scr[i]]
            dec = [int(a) / int(b) for a, b in (_HR_ODDS[k].split("-") for k in odds_idx)]
            w = np.array([_HR_JOCKEYS[jockeys[js[i]]] / (dec[i] + 1) for i in runners])
            order = [runners[k] for k in rng.choice(len(runners), len(runners), replace=False, p=w / w.sum())]
            base = dist * (11.7 + 0.12 * (dist - 5) - (0.15 if surface == "T" else 0)) + rng.normal(0, 0.6)
            times = {}
            t = base
            for pos, i in enumerate(order):
                if pos:
                    t += float(rng.uniform(0.02, 1.2))
                times[i] = (pos + 1, t)
            for i in range(n):
                if scr[i]:
                    fin, ft = "SCR", ""
                else:
                    fin, secs = times[i]
                    ft = f"{int(secs // 60)}:{secs % 60:05.2f}" if secs >= 60 else f"{secs:.2f}"
                rows.append(
                    {
                        "race_date": date,
                        "track_id": track,
                        "race_number": race,
                        "distance_furlongs": dist,
                        "surface": surface,
                        "horse_name": names[i],
                        "jockey": jockeys[js[i]],
                        "trainer": ts[i],
                        "post_position": i + 1,
                        "morning_line_odds": _HR_ODDS[odds_idx[i]],
                        "finish_position": fin,
                        "final_time": ft,
                        "purse": f"${purse:,}",
                    }
                )
    return pd.DataFrame(rows)


_HR_RACE = ["race_date", "track_id", "race_number"]


def _hr_secs(df: pd.DataFrame) -> pd.Series:
    text = _text(df, "final_time")
    parts = text.str.extract(r"^(?:(\d+):)?(\d+(?:\.\d+)?)$")
    return pd.to_numeric(parts[0], errors="coerce").fillna(0) * 60 + pd.to_numeric(parts[1], errors="coerce")


def _hr_wins(df: pd.DataFrame) -> pd.Series:
    return _text(df, "finish_position") == "1"


def _hr_fav_share(df: pd.DataFrame) -> float:
    odds = _text(df, "morning_line_odds").str.split("-", expand=True).astype(float)
    d = df.assign(_dec=odds[0] / odds[1], _win=_hr_wins(df))
    fav = d.loc[d.groupby(_HR_RACE)["_dec"].idxmin()]
    return float(fav["_win"].mean())


def _hr_purse(surface: str, per_race: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = df.assign(_p=_num(df, "purse"))
        if per_race:
            d = d.drop_duplicates(_HR_RACE)
        return float(d.loc[_text(d, "surface") == surface, "_p"].mean())

    return value


def _hr_six_dirt(df: pd.DataFrame) -> pd.Series:
    keep = _hr_wins(df) & (_num(df, "distance_furlongs") == 6) & (_text(df, "surface") == "D")
    return _hr_secs(df)[keep]


_HR_QS = [
    Q("how many races are in here", _count(lambda df: len(df.drop_duplicates(_HR_RACE))), tuple(_HR_RACE)),
    Q(
        "which jockey won the most races",
        _lead(_named(lambda df: _top(df[_hr_wins(df)]["jockey"].value_counts()))),
        ("jockey", "finish_position"),
    ),
    Q(
        "how often does the morning line favorite actually win",
        _share(_hr_fav_share),
        ("morning_line_odds", "finish_position", *_HR_RACE),
    ),
    Q(
        "are purses bigger on turf or dirt",
        either(
            _means(_hr_purse("T", True), _hr_purse("D", True)), _means(_hr_purse("T", False), _hr_purse("D", False))
        ),
        ("purse", "surface", *_HR_RACE),
    ),
    Q(
        "whats the average winning time in 6 furlong dirt races",
        _secs(lambda df: float(_hr_six_dirt(df).mean())),
        ("final_time", "finish_position", "distance_furlongs", "surface"),
    ),
    Q(
        "and the fastest one?",
        _secs(lambda df: float(_hr_six_dirt(df).min())),
        ("final_time", "finish_position", "distance_furlongs", "surface", *_HR_RACE),
    ),
]


# --- 3. Sanitation tonnage by route --------------------------------------------------------------------------------

# district: route letter, routes, recycling per household-month (tons), contamination base (%)
_SN_DISTRICTS = {
    "NORTH": ("N", 10, 0.034, 12.0),
    "SOUTH": ("S", 9, 0.026, 19.0),
    "EAST": ("E", 8, 0.030, 15.0),
    "WEST": ("W", 8, 0.038, 10.5),
    "CENTRAL": ("C", 6, 0.022, 22.0),
}


def _sanitation_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27803)
    routes = []
    for district, (letter, n, rec, cont) in _SN_DISTRICTS.items():
        for k in range(n + (1 if district == "NORTH" else 0)):
            start = pd.Timestamp("2023-07-01") if k == n else pd.Timestamp("2022-01-01")
            hh = int(rng.integers(1400, 4300))
            routes.append((district, f"{letter}-{101 + k}", rec, cont, hh, start))
    rows: list[dict[str, Any]] = []
    for month in pd.date_range("2022-01-01", "2024-12-01", freq="MS"):
        season = 1 + 0.08 * np.sin((month.month - 3) / 12 * 2 * np.pi)
        month_rows = []
        for district, route, rec, cont, hh, start in routes:
            if month < start:
                continue
            h = int(hh * (1 + 0.0015 * ((month - start).days / 30)))
            yard = "" if month.month in (12, 1, 2) else round(h * 0.012 * season * rng.uniform(0.5, 1.5), 1)
            month_rows.append(
                {
                    "MONTH": f"{month.year} / {month.month:02d}",
                    "DISTRICT": district,
                    "ROUTE": route,
                    "REFUSETONS": round(h * 0.085 * season * rng.uniform(0.9, 1.1), 1),
                    "RECYCLINGTONS": round(h * rec * rng.uniform(0.85, 1.15), 1),
                    "YARDWASTETONS": yard,
                    "CONTAMINATION_RATE": f"{cont + rng.normal(0, 2.5) + (h - 2800) / 600:.1f}%",
                    "HOUSEHOLDS_SERVED": h,
                }
            )
        part = pd.DataFrame(month_rows)
        rec_tons = part["RECYCLINGTONS"]
        cont = (part["CONTAMINATION_RATE"].str.rstrip("%").astype(float) * rec_tons).sum() / rec_tons.sum()
        yard_tot = pd.to_numeric(part["YARDWASTETONS"], errors="coerce").sum()
        total = {
            "MONTH": f"{month.year} / {month.month:02d}",
            "DISTRICT": "CITYWIDE",
            "ROUTE": "TOTAL",
            "REFUSETONS": round(part["REFUSETONS"].sum(), 1),
            "RECYCLINGTONS": round(rec_tons.sum(), 1),
            "YARDWASTETONS": "" if month.month in (12, 1, 2) else round(yard_tot, 1),
            "CONTAMINATION_RATE": f"{cont:.1f}%",
            "HOUSEHOLDS_SERVED": int(part["HOUSEHOLDS_SERVED"].sum()),
        }
        rows.extend(month_rows)
        rows.append(total)
    return pd.DataFrame(rows)


def _sn_routes(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "ROUTE") != "TOTAL"]


def _sn_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "MONTH").str.replace(" / ", "-") + "-01")


def _sn_top_districts(df: pd.DataFrame) -> list[str]:
    r = _sn_routes(df)
    g = r.groupby("DISTRICT")
    return [_top(g["RECYCLINGTONS"].sum()), _top(g["RECYCLINGTONS"].sum() / g["HOUSEHOLDS_SERVED"].sum())]


def _sn_cont_of(district: str, df: pd.DataFrame) -> list[float]:
    r = _sn_routes(df)
    r = r[r["DISTRICT"] == district]
    c = _num(r, "CONTAMINATION_RATE")
    return [float(c.mean()), float(c.median()), float((c * r["RECYCLINGTONS"]).sum() / r["RECYCLINGTONS"].sum())]


def _sn_cont_check(answer: str, df: pd.DataFrame) -> str | None:
    whys = [
        _about(lambda _d, v=v: v)(answer, df) for d in dict.fromkeys(_sn_top_districts(df)) for v in _sn_cont_of(d, df)
    ]
    return None if any(w is None for w in whys) else whys[0]


def _sn_yard_month(df: pd.DataFrame) -> pd.Timestamp:
    r = _sn_routes(df)
    return _num(r, "YARDWASTETONS").groupby(_sn_month(r)).sum().idxmax()


_SN_QS = [
    Q(
        "how much trash was picked up in 2023",
        _amount(lambda df: float(_sn_routes(df).loc[_sn_month(_sn_routes(df)).dt.year == 2023, "REFUSETONS"].sum())),
        ("MONTH", "REFUSETONS", "ROUTE", "DISTRICT"),
    ),
    Q("how many routes are there", _count(lambda df: _sn_routes(df)["ROUTE"].nunique()), ("ROUTE", "DISTRICT")),
    Q(
        "which district recycles the most",
        _lead(_named_any(_sn_top_districts)),
        ("DISTRICT", "RECYCLINGTONS", "HOUSEHOLDS_SERVED", "ROUTE"),
    ),
    Q(
        "whats the contamination rate like there",
        _sn_cont_check,
        ("DISTRICT", "CONTAMINATION_RATE", "RECYCLINGTONS", "ROUTE"),
    ),
    Q(
        "which month had the most yard waste",
        _month_year(_sn_yard_month),
        ("MONTH", "YARDWASTETONS", "ROUTE", "DISTRICT"),
    ),
    Q(
        "do routes with more households have more contamination",
        either(
            _corr(
                lambda df: _sn_routes(df)["HOUSEHOLDS_SERVED"], lambda df: _num(_sn_routes(df), "CONTAMINATION_RATE")
            ),
            _corr(
                lambda df: _sn_routes(df).groupby("ROUTE")["HOUSEHOLDS_SERVED"].mean(),
                lambda df: _num(_sn_routes(df), "CONTAMINATION_RATE").groupby(_sn_routes(df)["ROUTE"]).mean(),
            ),
        ),
        ("HOUSEHOLDS_SERVED", "CONTAMINATION_RATE", "ROUTE"),
    ),
]


# --- 4. County foreclosure filings ---------------------------------------------------------------------------------

_FC_ZIPS = ["44102", "44104", "44105", "44108", "44109", "44110", "44111", "44112", "44120", "44128", "44135"]
_FC_ZIP_W = [6, 7, 10, 8, 6, 7, 5, 6, 7, 8, 4]
# lender type: weight, median loan
_FC_LENDERS = {"BANK": (45, 195000), "CREDIT UNION": (15, 150000), "PRIVATE": (12, 110000), "GOVERNMENT": (28, 142000)}


def _foreclosure_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27804)
    rows: list[dict[str, Any]] = []
    seq: dict[int, int] = {}
    year_n = {2019: 560, 2020: 210, 2021: 260, 2022: 430, 2023: 520, 2024: 590}
    for year, n in year_n.items():
        for _ in range(n):
            filed = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
            seq[year] = seq.get(year, 0) + int(rng.integers(1, 6))
            lender = str(_one(rng, list(_FC_LENDERS), [v[0] for v in _FC_LENDERS.values()]))
            loan = round(_FC_LENDERS[lender][1] * float(rng.lognormal(0, 0.35)), -2)
            zip5 = str(_one(rng, _FC_ZIPS, _FC_ZIP_W))
            auction = filed + pd.Timedelta(days=int(rng.integers(150, 420))) if rng.random() < 0.7 else None
            result, sale = "", ""
            if auction is not None and auction <= pd.Timestamp("2024-12-31"):
                result = str(_one(rng, ["SOLD", "CANCELLED", "POSTPONED"], [45, 35, 20]))
                if result == "SOLD":
                    sale = f"${round(loan * float(rng.uniform(0.5, 1.1)), -2):,.2f}"
            rows.append(
                {
                    "CASE_NUMBER": f"{year}-CV-{seq[year]:06d}",
                    "FILING_DATE": f"{filed:%m/%d/%Y}",
                    "ZIP": f"{zip5}-{rng.integers(1000, 9999)}" if rng.random() < 0.04 else zip5,
                    "PROPERTY_TYPE": _one(
                        rng, ["SINGLE FAMILY", "CONDO", "MULTI-FAMILY", "TOWNHOUSE", "VACANT LAND"], [60, 12, 15, 9, 4]
                    ),
                    "LENDER_TYPE": lender,
                    "LOAN_AMOUNT": f"${loan:,.2f}",
                    "AUCTION_DATE": "" if auction is None else f"{auction:%m/%d/%Y}",
                    "AUCTION_RESULT": result,
                    "SALE_PRICE": sale,
                }
            )
    return pd.DataFrame(rows)


def _fc_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["FILING_DATE"], format="%m/%d/%Y").dt.year


def _fc_loan(lender: str, how: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "LOAN_AMOUNT")[_text(df, "LENDER_TYPE") == lender].agg(how))


_FC_QS = [
    Q(
        "which year had the most foreclosure filings",
        _lead(_year(lambda df: _fc_year(df).value_counts().idxmax())),
        ("FILING_DATE", "CASE_NUMBER"),
    ),
    Q(
        "how many was that",
        _count(lambda df: int(_fc_year(df).value_counts().max())),
        ("FILING_DATE", "CASE_NUMBER"),
    ),
    Q(
        "what percent of auctions actually ended in a sale",
        either(
            _share(
                lambda df: float(
                    (_text(df, "AUCTION_RESULT") == "SOLD").sum() / (_text(df, "AUCTION_RESULT") != "").sum()
                )
            ),
            _share(
                lambda df: float(
                    (_text(df, "AUCTION_RESULT") == "SOLD").sum() / (_text(df, "AUCTION_DATE") != "").sum()
                )
            ),
        ),
        ("AUCTION_RESULT", "AUCTION_DATE"),
    ),
    Q(
        "which zip code has the most foreclosures",
        _lead(_code(lambda df: _top(_text(df, "ZIP").str[:5].value_counts()))),
        ("ZIP",),
    ),
    Q(
        "are government backed loans smaller than bank loans",
        either(
            _means(_fc_loan("GOVERNMENT", "mean"), _fc_loan("BANK", "mean")),
            _means(_fc_loan("GOVERNMENT", "median"), _fc_loan("BANK", "median")),
        ),
        ("LOAN_AMOUNT", "LENDER_TYPE"),
    ),
    Q(
        "typical sale price for the ones that sold?",
        either(
            _amount(lambda df: float(_num(df, "SALE_PRICE").mean())),
            _amount(lambda df: float(_num(df, "SALE_PRICE").median())),
        ),
        ("SALE_PRICE", "AUCTION_RESULT"),
    ),
]


# --- 5. Street closure permits -------------------------------------------------------------------------------------

# permit type: weight, closure days range, full-closure chance, base fee, fee per day
_SC_TYPES = {
    "CONSTRUCTION": (45, (3, 90), 0.2, 250.0, 25.0),
    "SPECIAL EVENT": (20, (0, 2), 0.85, 100.0, 0.0),
    "FILM": (10, (0, 3), 0.5, 300.0, 150.0),
    "UTILITY": (25, (1, 14), 0.3, 150.0, 10.0),
}
_SC_STREETS = ["N CLARK ST", "W DIVISION ST", "S HALSTED ST", "N MILWAUKEE AVE", "W FULLERTON AVE", "S STATE ST"]
_SC_STREETS += ["N BROADWAY", "W ARMITAGE AVE", "S ASHLAND AVE", "W 18TH ST", "N DAMEN AVE", "E 47TH ST"]


def _closure_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27805)
    rows: list[dict[str, Any]] = []
    wards = np.arange(1, 51)
    ward_w = rng.uniform(0.4, 1.6, 50)
    ward_w[41] = 3.2  # ward 42
    for k in range(3100):
        kind = str(_one(rng, list(_SC_TYPES), [v[0] for v in _SC_TYPES.values()]))
        _w, (lo, hi), full_p, base, per_day = _SC_TYPES[kind]
        applied = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 1080)))
        start = applied + pd.Timedelta(days=int(rng.integers(5, 60)))
        days = int(rng.integers(lo, hi + 1))
        end = start + pd.Timedelta(days=days)
        fee = 0.0 if kind == "SPECIAL EVENT" and rng.random() < 0.3 else base + per_day * days
        ts = "%Y-%m-%dT00:00:00.000"
        rows.append(
            {
                "PERMIT_NUMBER": f"SC{applied.year}-{k + 10001:06d}",
                "APPLICATION_DATE": applied.strftime(ts),
                "START_DATE": start.strftime(ts),
                "END_DATE": end.strftime(ts),
                "PERMIT_TYPE": kind,
                "STREET_NAME": _one(rng, _SC_STREETS),
                "WARD": "" if rng.random() < 0.03 else int(_one(rng, list(wards), list(ward_w))),
                "CLOSURE_TYPE": "FULL" if rng.random() < full_p else "PARTIAL",
                "PERMIT_FEE": round(fee, 2),
            }
        )
    return pd.DataFrame(rows)


def _sc_days(df: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(df["END_DATE"]) - pd.to_datetime(df["START_DATE"])).dt.days


def _sc_full(df: pd.DataFrame, kind: str | None = None) -> float:
    d = df if kind is None else df[_text(df, "PERMIT_TYPE") == kind]
    return float((_text(d, "CLOSURE_TYPE") == "FULL").mean())


def _sc_fees(col: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "PERMIT_FEE")[pd.to_datetime(df[col]).dt.year == 2023].sum())


_SC_QS = [
    Q(
        "how many film permits were there",
        _count(lambda df: int((_text(df, "PERMIT_TYPE") == "FILM").sum())),
        ("PERMIT_TYPE",),
    ),
    Q(
        "how long do closures usually last",
        either(_typical(_sc_days), _typical(lambda df: _sc_days(df) + 1)),
        ("START_DATE", "END_DATE"),
    ),
    Q(
        "which ward has the most street closures",
        _lead(_code(lambda df: str(int(_num(df, "WARD").value_counts().idxmax())))),
        ("WARD",),
    ),
    Q("what percent of them are full closures", _share(lambda df: _sc_full(df)), ("CLOSURE_TYPE",)),
    Q(
        "and for special events?",
        _share(lambda df: _sc_full(df, "SPECIAL EVENT")),
        ("CLOSURE_TYPE", "PERMIT_TYPE"),
    ),
    Q(
        "how much did the city collect in permit fees in 2023",
        either(_amount(_sc_fees("APPLICATION_DATE")), _amount(_sc_fees("START_DATE"))),
        ("PERMIT_FEE", "APPLICATION_DATE", "START_DATE"),
    ),
]


# --- 6. Household hazardous waste collection log -------------------------------------------------------------------

# site: visitors per event, wait minutes (mean)
_HW_SITES = {
    "County Fairgrounds": (170, 34),
    "North Transfer Station": (120, 18),
    "Westside Public Works Yard": (95, 24),
}
_HW_ZIPS = ["95401", "95403", "95404", "95405", "95407", "95409", "95436", "95448", "95472", "95492"]


def _hazwaste_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27806)
    rows: list[dict[str, Any]] = []
    sites = list(_HW_SITES)
    k = 0
    for year in (2023, 2024):
        for month in range(4, 11):
            saturdays = pd.date_range(f"{year}-{month:02d}-01", periods=31, freq="D")
            saturdays = saturdays[(saturdays.month == month) & (saturdays.day_of_week == 5)]
            for day in saturdays[[1, 3]] if month in (5, 9) else saturdays[[2]]:
                site = sites[k % 3]
                k += 1
                n, wait = _HW_SITES[site]
                for _ in range(int(rng.poisson(n))):
                    vehicle = str(_one(rng, ["Car", "Truck", "Van"], [60, 28, 12]))
                    big = 1.8 if vehicle == "Truck" else 1.3 if vehicle == "Van" else 1.0

                    def amount(p: float, scale: float, _big: float = big) -> Any:
                        return "" if rng.random() > p else round(float(rng.gamma(1.6, scale * _big)), 1)

                    rows.append(
                        {
                            "Event Date": f"{day.month}/{day.day}/{day.year}",
                            "Site": site,
                            "Home ZIP": _one(rng, _HW_ZIPS, [9, 8, 10, 7, 9, 5, 3, 4, 3, 6]),
                            "Vehicle Type": vehicle,
                            "Paint (gal)": amount(0.7, 2.5),
                            "Electronics (lbs)": amount(0.4, 15),
                            "Batteries (lbs)": amount(0.35, 3),
                            "Chemicals (lbs)": amount(0.55, 8),
                            "Wait (min)": max(0, int(rng.normal(wait, 10))),
                        }
                    )
    return pd.DataFrame(rows)


def _hw_wait_tops(df: pd.DataFrame) -> list[str]:
    g = df.groupby("Site")["Wait (min)"]
    return [_top(g.mean()), _top(g.median())]


def _hw_wait_there(answer: str, df: pd.DataFrame) -> str | None:
    w = df["Wait (min)"].groupby(df["Site"])
    vals = [float(w.mean()[s]) for s in _hw_wait_tops(df)] + [float(w.median()[s]) for s in _hw_wait_tops(df)]
    whys = [_about(lambda _d, v=v: v)(answer, df) for v in vals]
    return None if any(x is None for x in whys) else whys[0]


def _hw_chem(vehicle: str, blank_zero: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        c = _num(df, "Chemicals (lbs)")
        c = c.fillna(0) if blank_zero else c
        return float(c[_text(df, "Vehicle Type") == vehicle].mean())

    return value


_HW_QS = [
    Q(
        "on average how many people come to each event",
        _typical(lambda df: df.groupby("Event Date").size()),
        ("Event Date", "Site"),
    ),
    Q(
        "how many gallons of paint did we take in total",
        _amount(lambda df: float(_num(df, "Paint (gal)").sum())),
        ("Paint (gal)",),
    ),
    Q("which site has the longest waits", _lead(_named_any(_hw_wait_tops)), ("Site", "Wait (min)")),
    Q("and how long is the average wait there", _hw_wait_there, ("Site", "Wait (min)")),
    Q(
        "do trucks drop off more chemicals than cars",
        either(
            _both(_about(_hw_chem("Truck", True)), _about(_hw_chem("Car", True))),
            _both(_about(_hw_chem("Truck", False)), _about(_hw_chem("Car", False))),
        ),
        ("Vehicle Type", "Chemicals (lbs)"),
    ),
    Q(
        "which zip code do most people come from",
        _lead(_code(lambda df: _top(_text(df, "Home ZIP").value_counts()))),
        ("Home ZIP",),
    ),
]


# --- 7. Apple orchard harvest log ----------------------------------------------------------------------------------

# variety: blocks, season window (month, day) start and end, price per bushel (Extra Fancy, Fancy)
_OR_VARIETIES = {
    "Gala": (["B1", "B2", "B3"], (8, 20), (9, 20), (16.0, 12.5)),
    "Honeycrisp": (["B4", "B5", "B6"], (9, 1), (9, 30), (32.0, 24.0)),
    "Fuji": (["B7", "B8", "B9"], (10, 1), (10, 25), (18.0, 14.0)),
}
_OR_CREWS = ["Crew 1 - Ramirez", "Crew 2 - Lopez", "Crew 3 - Sanchez", "Crew 4 - Torres"]


def _orchard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27807)
    rows: list[dict[str, Any]] = []
    speed = {"Crew 1 - Ramirez": 7, "Crew 2 - Lopez": 9, "Crew 3 - Sanchez": 6, "Crew 4 - Torres": 7}
    for year in (2022, 2023):
        lift = 1.0 if year == 2022 else 1.06
        for day in pd.date_range(f"{year}-08-20", f"{year}-10-25", freq="D"):
            if day.day_of_week == 6 or rng.random() < 0.1:
                continue
            for variety, (blocks, (m0, d0), (m1, d1), (ef, f)) in _OR_VARIETIES.items():
                if not pd.Timestamp(year, m0, d0) <= day <= pd.Timestamp(year, m1, d1):
                    continue
                for crew in rng.choice(_OR_CREWS, 2, replace=False):
                    for _ in range(int(rng.poisson(speed[str(crew)]))):
                        bins = int(_one(rng, [1, 2, 3], [6, 3, 1]))
                        bushels = round(bins * float(rng.uniform(18, 22)), 1)
                        grade = str(_one(rng, ["Extra Fancy", "Fancy", "Juice"], [50, 35, 15]))
                        price = {"Extra Fancy": ef, "Fancy": f, "Juice": 2.5}[grade] * lift
                        price = round(price * float(rng.uniform(0.95, 1.05)), 2)
                        name = variety
                        if rng.random() < 0.04:
                            name = variety.lower() if rng.random() < 0.5 else variety + " "
                        rows.append(
                            {
                                "Date": f"{day.month}/{day.day}/{day.year}",
                                "Block": _one(rng, blocks),
                                "Variety": name,
                                "Crew": crew,
                                "Bins": bins,
                                "Bushels": bushels,
                                "Lbs": round(bushels * float(rng.uniform(40, 44))),
                                "Grade": grade,
                                "Price/Bu": f"${price:.2f}",
                            }
                        )
    return pd.DataFrame(rows)


def _or_variety(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Variety").str.title()


def _or_juice(col: str | None) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        juice = _text(df, "Grade") == "Juice"
        if col is None:
            return float(juice.mean())
        return float(df.loc[juice, col].sum() / df[col].sum())

    return value


def _or_crew_names(df: pd.DataFrame) -> list[str]:
    top = _top(df.groupby("Crew")["Bins"].sum())
    return [top, *top.split(" - ")]


def _or_prices(weighted: bool) -> Callable[[pd.DataFrame], Any]:
    def values(df: pd.DataFrame) -> Any:
        d = df.assign(_v=_or_variety(df), _p=_num(df, "Price/Bu"))
        if weighted:
            d = d.assign(_pb=d["_p"] * d["Bushels"])
            g = d.groupby("_v")
            return (g["_pb"].sum() / g["Bushels"].sum()).to_numpy()
        return d.groupby("_v")["_p"].mean().to_numpy()

    return values


_OR_QS = [
    Q(
        "how many bushels of honeycrisp did we pick",
        _amount(lambda df: float(df.loc[_or_variety(df) == "Honeycrisp", "Bushels"].sum())),
        ("Variety", "Bushels"),
    ),
    Q("which crew picked the most bins", _lead(_named_any(_or_crew_names)), ("Crew", "Bins")),
    Q(
        "what share of the apples went to juice",
        either(*[_share(_or_juice(c)) for c in (None, "Bins", "Bushels", "Lbs")]),
        ("Grade", "Bins", "Bushels", "Lbs"),
    ),
    Q(
        "avg price per bushel for each variety",
        either(_about(_or_prices(False)), _about(_or_prices(True))),
        ("Variety", "Price/Bu", "Bushels"),
    ),
    Q(
        "what was the 2023 harvest worth",
        _amount(
            lambda df: float(
                (_num(df, "Price/Bu") * df["Bushels"])[
                    pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.year == 2023
                ].sum()
            )
        ),
        ("Date", "Price/Bu", "Bushels"),
    ),
    Q(
        "which day did we pick the most pounds",
        _lead(_day(lambda df: df.groupby(pd.to_datetime(df["Date"], format="%m/%d/%Y"))["Lbs"].sum().idxmax())),
        ("Date", "Lbs"),
    ),
]


HELDOUT278: list[Dataset] = [
    Dataset("pillow_sleep_tracker_export", _pillow_frame, _PL_QS),
    Dataset("horse_racing_results_by_starter", _horse_frame, _HR_QS),
    Dataset("sanitation_route_monthly_tonnage", _sanitation_frame, _SN_QS),
    Dataset("county_foreclosure_filings", _foreclosure_frame, _FC_QS),
    Dataset("street_closure_permits", _closure_frame, _SC_QS),
    Dataset("household_hazardous_waste_day_log", _hazwaste_frame, _HW_QS),
    Dataset("apple_orchard_harvest_log", _orchard_frame, _OR_QS),
]
