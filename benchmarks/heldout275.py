"""HELDOUT275: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: an Owlet smart sock nightly
summary export for one baby (one row per night, October 2023 to December 2024, some nights not worn) with Date as
"2024-03-05", "Hours Tracked" (decimal hours), "Avg Heart Rate (bpm)" (falling as the baby grows), "Avg Oxygen (%)"
(one decimal) and "Lowest Oxygen (%)" (whole numbers) both written "--" on nights the sock lost its reading, "Red
Notifications" (mostly 0), "Time Asleep" as "10h 15m" and Wakings; a Credit Karma credit score history (one row per
month per bureau, January 2012 to December 2024) with Date as "2019-06-01", Bureau (TransUnion, Equifax), Score
(blank on a few months the bureau did not refresh), "Credit Card Utilization" and "On-Time Payments" as "23%",
"Hard Inquiries", "Total Accounts" and "Derogatory Marks" (a collection in 2014-2016 that drags the score down);
a bowling league's weekly score sheet (eight teams of four, 32 weeks of the 2023-24 season) with Week, Date as
"9/5/2023", Team, Bowler, "Game 1", "Game 2", "Game 3" (all "ABS" when the bowler was absent), Series (blank when
absent), HCP (the handicap from the average before that week) and Avg (the running average, whole pins); a FEMA
NFIP-style flood insurance claims extract for Florida in OpenFEMA camelCase (one row per claim, 2000 to 2024,
clustered on hurricane years) with dateOfLoss as "2017-09-10T00:00:00.000Z", yearOfLoss, state, five-digit
countyCode FIPS ("12086"), floodZone ("AE", "X", "VE", "A", "AO", "AH", a few blank), occupancyType codes (1, 2, 3,
4, 6), buildingDamageAmount and contentsDamageAmount (blank on some), amountPaidOnBuildingClaim (0 on closed-without-
payment claims), amountPaidOnContentsClaim (blank without contents cover), elevatedBuildingIndicator ("Y"/"N") and
originalConstructionDate as "1978-01-01T00:00:00.000Z"; a city cemetery's interment records in upper-case open-data
style (one row per burial, 1950 to 2024) with BURIAL_DATE as "03/14/1998", SECTION ("OLD CITY", "MAPLE", "EAST
LAWN", "GARDEN OF PEACE", "VETERANS FIELD", "BABYLAND", "COLUMBARIUM"), PLOT as "MAP-12-3", DECEASED_AGE (blank
when unknown, 0 for infants), GENDER (M, F, U), VETERAN (Y/N), INTERMENT_TYPE (CASKET, CREMATION; cremations rising
over time) and FEE_PAID as "$1,250.00" (blank before 1980, "$0.00" for veterans' field burials); a state
(New Mexico) uninsured-rate table in the style of SAHIE (one row per county per year, 2008 to 2022, plus a
"Statewide" row per year holding the totals) with Year, County ("Doña Ana County"), FIPS, "Population Under 65",
Uninsured, "Uninsured %" (one decimal), "Median Household Income" as "$54,321" and "Medicaid Enrollment" ("N/A" for
a few small counties in some years; the statewide row still counts them); and a Hinge data export summarized per
match (2022 to 2024, with a burst in January 2024) with match_date as "2023-05-14 21:03:11", liked_first
("me"/"them"), messages_sent, messages_received, first_response_hours (blank when they never replied),
met_in_person and unmatched ("Y"/"N") and days_until_unmatch (blank unless unmatched). All are generated with a
fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _any_month(stamps: Callable[[pd.DataFrame], list[Any]]) -> Check:
    """Any one of several months (ties)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        whys = [_month_year(lambda _d, s=s: s)(answer, df) for s in stamps(df)]
        return None if any(w is None for w in whys) else whys[0]

    return check


def _means(values: Callable[[pd.DataFrame], tuple[pd.Series, pd.Series]], levels: tuple[Any, ...]) -> Check:
    """The means (or the medians) of a series for each of the levels of its grouping, all of one kind."""

    def pick(how: str) -> Callable[[pd.DataFrame], list[float]]:
        def get(df: pd.DataFrame) -> list[float]:
            s, g = values(df)
            stats = s.groupby(g).agg(how)
            return [float(stats[lv]) for lv in levels]

        return get

    return either(_about(pick("mean")), _about(pick("median")))


def _money_means(
    values: Callable[[pd.DataFrame], tuple[pd.Series, pd.Series]], levels: tuple[Any, ...], hows: tuple[str, ...]
) -> Check:
    """Dollar amounts (in full or as "$12.3K") per level, means or medians."""

    def pick(how: str) -> Check:
        def get(df: pd.DataFrame) -> list[float]:
            s, g = values(df)
            stats = s.groupby(g).agg(how)
            return [float(stats[lv]) for lv in levels]

        return _amount(get)

    return either(*(pick(h) for h in hows))


# --- 1. Owlet smart sock nightly summary ---------------------------------------------------------------------------


def _owlet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27501)
    rows: list[dict[str, Any]] = []
    nights = pd.date_range("2023-10-01", "2024-12-31", freq="D")
    for i, night in enumerate(nights):
        if rng.random() < 0.08:
            continue  # sock not worn
        age = i / len(nights)
        tracked = float(np.clip(rng.normal(9.5 + 1.2 * age, 1.1), 2.0, 12.5))
        hr = rng.normal(128 - 22 * age, 5)
        lost = rng.random() < 0.05
        avg_o2 = float(np.clip(rng.normal(97.6, 0.8), 93, 100))
        low_o2 = int(np.clip(round(avg_o2 - rng.gamma(2.5, 2.2)), 78, 99))
        reds = int(rng.poisson(1.5)) if low_o2 < 86 else int(rng.random() < 0.03)
        wakes = int(rng.poisson(max(0.5, 3.2 - 2.2 * age + (94 - low_o2) * 0.08)))
        asleep = max(1.0, tracked - rng.uniform(0.2, 1.4) - 0.15 * wakes)
        mins = round(float(asleep) * 60)
        rows.append(
            {
                "Date": f"{night:%Y-%m-%d}",
                "Hours Tracked": round(tracked, 1),
                "Avg Heart Rate (bpm)": round(float(hr)),
                "Avg Oxygen (%)": "--" if lost else f"{avg_o2:.1f}",
                "Lowest Oxygen (%)": "--" if lost else str(low_o2),
                "Red Notifications": reds,
                "Time Asleep": f"{mins // 60}h {mins % 60:02d}m",
                "Wakings": wakes,
            }
        )
    return pd.DataFrame(rows)


def _ow_asleep(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Time Asleep").str.extract(r"(\d+)h\s*(\d+)m").astype(float)
    return parts[0] + parts[1] / 60


def _ow_sleep_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(df: pd.DataFrame) -> pd.Timestamp:
        month = pd.to_datetime(df["Date"]).dt.to_period("M")
        return pd.Period(_ow_asleep(df).groupby(month).agg(how).idxmax()).to_timestamp()

    return pick


_OW_QS = [
    Q(
        "how many nights did we get a red alert",
        _count(lambda df: int((_num(df, "Red Notifications") > 0).sum())),
        ("Red Notifications", "Date"),
    ),
    Q(
        "and how many red alerts total",
        _count(lambda df: int(_num(df, "Red Notifications").sum())),
        ("Red Notifications",),
    ),
    Q("whats her usual heart rate", _typical(lambda df: _num(df, "Avg Heart Rate (bpm)")), ("Avg Heart Rate (bpm)",)),
    Q(
        "which month did the baby sleep the most",
        _lead(either(_month_year(_ow_sleep_month("mean")), _month_year(_ow_sleep_month("sum")))),
        ("Date", "Time Asleep"),
    ),
    Q(
        "how many nights is the oxygen missing",
        either(
            _count(lambda df: int(_num(df, "Avg Oxygen (%)").isna().sum())),
            _count(lambda df: int(_num(df, "Lowest Oxygen (%)").isna().sum())),
        ),
        ("Avg Oxygen (%)", "Lowest Oxygen (%)", "Date"),
    ),
    Q(
        "does she wake up more on nights her oxygen dips lower",
        either(
            _corr(lambda df: _num(df, "Wakings"), lambda df: _num(df, "Lowest Oxygen (%)")),
            _corr(lambda df: _num(df, "Wakings"), lambda df: _num(df, "Avg Oxygen (%)")),
        ),
        ("Wakings", "Lowest Oxygen (%)", "Avg Oxygen (%)"),
    ),
]


# --- 2. Credit Karma score history ---------------------------------------------------------------------------------


def _credit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27502)
    rows: list[dict[str, Any]] = []
    months = pd.date_range("2012-01-01", "2024-12-01", freq="MS")
    accounts = 3
    inquiries = 0
    for i, month in enumerate(months):
        year = month.year
        derog = 1 if pd.Timestamp("2014-03-01") <= month < pd.Timestamp("2016-09-01") else 0
        if rng.random() < 0.05:
            inquiries = min(inquiries + 1, 5)
            if rng.random() < 0.6:
                accounts += 1
        elif rng.random() < 0.04 and inquiries > 0:
            inquiries -= 1
        util = float(np.clip(rng.normal(45 - 2.6 * (year - 2012), 8), 2, 95))
        ontime = 100 if year >= 2017 else int(np.clip(round(rng.normal(94 + (year - 2012), 2)), 85, 100))
        base = 615 + 14.5 * i / 12 - 55 * derog - 0.9 * (util - 25) - 6 * inquiries
        for bureau, shift in (("TransUnion", 6), ("Equifax", -4)):
            score: Any = int(np.clip(round(base + shift + rng.normal(0, 6)), 300, 850))
            if rng.random() < 0.03 and i < len(months) - 1:
                score = ""
            rows.append(
                {
                    "Date": f"{month:%Y-%m-%d}",
                    "Bureau": bureau,
                    "Score": score,
                    "Credit Card Utilization": f"{round(util)}%",
                    "On-Time Payments": f"{ontime}%",
                    "Hard Inquiries": inquiries,
                    "Total Accounts": accounts,
                    "Derogatory Marks": derog,
                }
            )
    return pd.DataFrame(rows)


def _ck_latest_tu(df: pd.DataFrame) -> float:
    d = df[(_text(df, "Bureau") == "TransUnion") & _num(df, "Score").notna()]
    return float(_num(d, "Score")[pd.to_datetime(d["Date"]).idxmax()])


def _ck_year_pick(bureau: str | None) -> Callable[[pd.DataFrame], float]:
    def pick(df: pd.DataFrame) -> float:
        d = df if bureau is None else df[_text(df, "Bureau") == bureau]
        return float(_top(_num(d, "Score").groupby(pd.to_datetime(d["Date"]).dt.year).mean()))

    return pick


def _ck_gap(df: pd.DataFrame) -> float:
    wide = df.assign(s=_num(df, "Score")).pivot_table(index="Date", columns="Bureau", values="s", aggfunc="first")
    return float((wide["TransUnion"] - wide["Equifax"]).dropna().mean())


def _ck_high_util(by_month: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        high = _num(df, "Credit Card Utilization") > 30
        return int(df.loc[high, "Date"].nunique()) if by_month else int(high.sum())

    return count


def _ck_lowest(df: pd.DataFrame) -> list[pd.Timestamp]:
    s = _num(df, "Score")
    return [pd.Timestamp(t) for t in pd.to_datetime(df.loc[s == s.min(), "Date"]).unique()]


_CK_QS = [
    Q("whats my latest transunion score", _about(_ck_latest_tu), ("Score", "Bureau", "Date")),
    Q(
        "which year was my score best on average",
        _lead(either(_year(_ck_year_pick(None)), _year(_ck_year_pick("TransUnion")), _year(_ck_year_pick("Equifax")))),
        ("Score", "Date", "Bureau"),
    ),
    Q(
        "how far apart are transunion and equifax usually",
        either(_about(_ck_gap, rel=0.02), _about(lambda df: abs(_ck_gap(df)), rel=0.02)),
        ("Score", "Bureau", "Date"),
    ),
    Q(
        "how many months was my utilization over 30%",
        either(_count(_ck_high_util(True)), _count(_ck_high_util(False))),
        ("Credit Card Utilization", "Date"),
    ),
    Q(
        "does utilization affect my score",
        _corr(lambda df: _num(df, "Credit Card Utilization"), lambda df: _num(df, "Score")),
        ("Credit Card Utilization", "Score"),
    ),
    Q("when was my score at its lowest", _lead(_any_month(_ck_lowest)), ("Score", "Date", "Bureau")),
]


# --- 3. Bowling league weekly score sheet --------------------------------------------------------------------------

_BW_TEAMS = ["Pin Pals", "Gutter Gang", "Split Happens", "Lane Sharks", "Spare Me", "Alley Cats", "Strike Force"]
_BW_TEAMS += ["Ten Pin Titans"]
_BW_FIRST = ["Mike", "Dave", "Linda", "Tom", "Sue", "Gary", "Karen", "Rich", "Barb", "Steve", "Deb", "Jim", "Pat"]
_BW_FIRST += ["Carl", "Donna", "Rick", "Tina", "Joe", "Sharon", "Ed", "Marge", "Bob", "Kathy", "Al", "Nancy", "Ron"]
_BW_FIRST += ["Lou", "Gina", "Frank", "Dot", "Walt", "Terri"]
_BW_LAST = ["Kowalski", "Nguyen", "Schmidt", "Brennan", "Ortiz", "Haas", "Miller", "Lindqvist", "Russo", "Decker"]
_BW_LAST += ["Park", "Olson", "Fischer", "Mahoney", "Reyes", "Baker", "Stone", "Wojcik", "Hale", "Price", "Kerr"]
_BW_LAST += ["Dunn", "Vance", "Moreau", "Pryor", "Tate", "Ames", "Boyd", "Yates", "Gill", "Cobb", "Lund"]


def _bowling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27503)
    bowlers = [(f"{_BW_FIRST[i]} {_BW_LAST[i]}", _BW_TEAMS[i // 4], rng.normal(165, 22)) for i in range(32)]
    history: dict[str, list[int]] = {b[0]: [] for b in bowlers}
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2023-09-05")
    for week in range(1, 33):
        date = start + pd.Timedelta(weeks=week - 1 + (2 if week > 15 else 0))
        for name, team, skill in bowlers:
            past = history[name]
            avg = int(np.mean(past)) if past else round(float(skill))
            hcp = max(0, int(0.9 * (220 - avg)))
            absent = week > 1 and rng.random() < 0.06
            row: dict[str, Any] = {"Week": week, "Date": f"{date.month}/{date.day}/{date.year}"}
            row |= {"Team": team, "Bowler": name}
            if absent:
                row |= {"Game 1": "ABS", "Game 2": "ABS", "Game 3": "ABS", "Series": ""}
            else:
                games = [int(np.clip(round(rng.normal(skill + 0.4 * week, 24)), 70, 300)) for _ in range(3)]
                past.extend(games)
                row |= {"Game 1": games[0], "Game 2": games[1], "Game 3": games[2], "Series": sum(games)}
            row |= {"HCP": hcp, "Avg": int(np.mean(past)) if past else avg}
            rows.append(row)
    return pd.DataFrame(rows)


def _bw_games(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({c: _num(df, c) for c in ("Game 1", "Game 2", "Game 3")})


def _bw_best_avg(df: pd.DataFrame) -> list[str]:
    games = _bw_games(df)
    per = games.sum(axis=1).groupby(df["Bowler"]).sum() / games.notna().sum(axis=1).groupby(df["Bowler"]).sum()
    last = df[df["Week"] == df["Week"].max()]
    return [_top(per), _top(_num(last, "Avg").groupby(last["Bowler"]).max())]


def _bw_top_row(df: pd.DataFrame) -> pd.Series:
    return df.loc[_num(df, "Series").idxmax()]


def _bw_200(strict: bool) -> Callable[[pd.DataFrame], int]:
    def count(df: pd.DataFrame) -> int:
        g = _bw_games(df).stack()
        return int((g > 200).sum() if strict else (g >= 200).sum())

    return count


def _bw_team(df: pd.DataFrame) -> list[str]:
    series = _num(df, "Series")
    scratch = series.groupby(df["Team"]).sum()
    hcp = (series + 3 * _num(df, "HCP").where(series.notna())).groupby(df["Team"]).sum()
    return [_top(scratch), _top(hcp)]


_BW_QS = [
    Q("who has the best average", _lead(_named_any(_bw_best_avg)), ("Bowler", "Avg", "Game 1", "Game 2", "Game 3")),
    Q("highest series anyone bowled?", _count(lambda df: float(_num(df, "Series").max())), ("Series",)),
    Q(
        "who bowled that and what week",
        both(_named(lambda df: str(_bw_top_row(df)["Bowler"])), _count(lambda df: int(_bw_top_row(df)["Week"]))),
        ("Bowler", "Week", "Series", "Date"),
    ),
    Q(
        "how many 200 games have been bowled",
        either(_count(_bw_200(False)), _count(_bw_200(True))),
        ("Game 1", "Game 2", "Game 3"),
    ),
    Q("which team has knocked down the most pins", _lead(_named_any(_bw_team)), ("Team", "Series", "HCP")),
    Q(
        "how many times was someone absent",
        _count(lambda df: int(_num(df, "Series").isna().sum())),
        ("Game 1", "Game 2", "Game 3", "Series", "Bowler"),
    ),
]


# --- 4. Flood insurance claims (OpenFEMA NFIP style, Florida) ------------------------------------------------------

# county FIPS: weight
_FL_COUNTIES = {12086: 14, 12011: 10, 12099: 7, 12071: 12, 12021: 8, 12103: 9, 12057: 6, 12015: 6, 12087: 9}
_FL_COUNTIES |= {12033: 5, 12031: 4, 12115: 5}
# year: weight (hurricane years heavy)
_FL_YEARS = {y: 1.0 for y in range(2000, 2025)} | {2004: 9, 2005: 10, 2012: 3, 2016: 3, 2017: 16, 2018: 4}
_FL_YEARS |= {2020: 3, 2022: 18, 2023: 3, 2024: 12}
_FL_ZONES = {"AE": 40, "X": 28, "VE": 8, "A": 9, "AO": 4, "AH": 5, "": 3}


def _flood_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27504)
    rows: list[dict[str, Any]] = []
    years = list(_FL_YEARS)
    for _ in range(3200):
        year = int(_one(rng, years, list(_FL_YEARS.values())))
        month = int(_one(rng, [6, 7, 8, 9, 10, 11, 1, 3], [3, 4, 10, 16, 10, 3, 1, 1]))
        loss = pd.Timestamp(year, month, int(rng.integers(1, 29)))
        zone = _one(rng, list(_FL_ZONES), list(_FL_ZONES.values()))
        built = int(np.clip(rng.normal(1978, 17), 1900, year))
        elevated = rng.random() < (0.55 if built >= 1985 or zone == "VE" else 0.2)
        occ = int(_one(rng, [1, 2, 3, 4, 6], [70, 8, 10, 8, 4]))
        scale = {"VE": 2.3, "AE": 1.2, "A": 1.0, "AO": 0.7, "AH": 0.8, "X": 0.6, "": 0.9}[zone]
        bdmg = float(rng.lognormal(10.2, 1.0) * scale * (0.55 if elevated else 1.0))
        cdmg = float(bdmg * rng.uniform(0.05, 0.45))
        denied = rng.random() < 0.12
        paid_b = 0.0 if denied else min(250_000.0, bdmg * rng.uniform(0.6, 0.95))
        has_contents = rng.random() < 0.6
        paid_c = min(100_000.0, cdmg * rng.uniform(0.5, 0.9)) if has_contents and not denied else 0.0
        rows.append(
            {
                "dateOfLoss": f"{loss:%Y-%m-%d}T00:00:00.000Z",
                "yearOfLoss": year,
                "state": "FL",
                "countyCode": int(_one(rng, list(_FL_COUNTIES), list(_FL_COUNTIES.values()))),
                "floodZone": zone,
                "occupancyType": occ,
                "buildingDamageAmount": "" if rng.random() < 0.05 else round(bdmg),
                "contentsDamageAmount": "" if rng.random() < 0.15 else round(cdmg),
                "amountPaidOnBuildingClaim": round(paid_b, 2),
                "amountPaidOnContentsClaim": round(paid_c, 2) if has_contents else "",
                "elevatedBuildingIndicator": "Y" if elevated else "N",
                "originalConstructionDate": f"{built}-01-01T00:00:00.000Z",
            }
        )
    out = pd.DataFrame(rows).sort_values("dateOfLoss", kind="stable")
    return out.reset_index(drop=True)


def _fl_paid(df: pd.DataFrame) -> float:
    return float(
        _num(df, "amountPaidOnBuildingClaim").fillna(0).sum() + _num(df, "amountPaidOnContentsClaim").fillna(0).sum()
    )


def _fl_zone_mean(zone: str, positive: bool) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        s = _num(df, "amountPaidOnBuildingClaim")[_text(df, "floodZone") == zone]
        return float(s[s > 0].mean() if positive else s.mean())

    return mean


def _fl_built(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["originalConstructionDate"].str[:10]).dt.year


_FL_QS = [
    Q(
        "which year had the most flood claims",
        _lead(_year(lambda df: float(_top(_num(df, "yearOfLoss").value_counts())))),
        ("yearOfLoss", "dateOfLoss"),
    ),
    Q(
        "how much has been paid out in total",
        _amount(_fl_paid),
        ("amountPaidOnBuildingClaim", "amountPaidOnContentsClaim"),
    ),
    Q(
        "whats the average building payout in zone VE",
        either(_amount(_fl_zone_mean("VE", False)), _amount(_fl_zone_mean("VE", True))),
        ("amountPaidOnBuildingClaim", "floodZone"),
    ),
    Q(
        "and in zone X?",
        either(_amount(_fl_zone_mean("X", False)), _amount(_fl_zone_mean("X", True))),
        ("amountPaidOnBuildingClaim", "floodZone"),
    ),
    Q(
        "do elevated buildings get less damage",
        _money_means(
            lambda df: (_num(df, "buildingDamageAmount"), _text(df, "elevatedBuildingIndicator")),
            ("Y", "N"),
            ("mean", "median"),
        ),
        ("buildingDamageAmount", "elevatedBuildingIndicator"),
    ),
    Q(
        "how many claims were for buildings built before 1980",
        _count(lambda df: int((_fl_built(df) < 1980).sum())),
        ("originalConstructionDate",),
    ),
]


# --- 5. City cemetery burial records -------------------------------------------------------------------------------

# section: (prefix, first year used, weight, cremation only)
_CM_SECTIONS: dict[str, tuple[str, int, float, bool]] = {
    "OLD CITY": ("OC", 1950, 6, False),
    "MAPLE": ("MAP", 1955, 9, False),
    "EAST LAWN": ("EL", 1968, 10, False),
    "GARDEN OF PEACE": ("GP", 1985, 8, False),
    "VETERANS FIELD": ("VF", 1975, 0, False),
    "BABYLAND": ("BL", 1960, 0, False),
    "COLUMBARIUM": ("COL", 1995, 0, True),
}


def _cemetery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27505)
    rows: list[dict[str, Any]] = []
    for _ in range(4200):
        year = int(np.clip(1950 + 74 * rng.beta(1.3, 1.0), 1950, 2024))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        gender = _one(rng, ["M", "F", "U"], [48, 49, 3 if year < 1980 else 0.5])
        infant = rng.random() < (0.03 if year < 1975 else 0.008)
        age: Any = 0 if infant else int(np.clip(rng.normal(72 if gender == "M" else 77, 13), 1, 104))
        vet = (gender == "M" and not infant and rng.random() < 0.3) or (gender == "F" and rng.random() < 0.02)
        cremation = not infant and rng.random() < np.clip(0.03 + 0.012 * (year - 1970), 0.03, 0.62)
        if infant:
            section = "BABYLAND"
        elif vet and year >= 1975 and rng.random() < 0.6:
            section = "VETERANS FIELD"
        elif cremation and year >= 1995 and rng.random() < 0.5:
            section = "COLUMBARIUM"
        else:
            open_ = [s for s, v in _CM_SECTIONS.items() if v[1] <= year and v[2] > 0]
            section = _one(rng, open_, [_CM_SECTIONS[s][2] for s in open_])
        if rng.random() < 0.04:
            age = ""
        base = 400 + 28 * (year - 1980)
        fee = base * (0.55 if cremation else 1.0) * rng.uniform(0.95, 1.05)
        if year < 1980:
            fee_s = ""
        elif section == "VETERANS FIELD":
            fee_s = "$0.00"
        else:
            fee_s = f"${fee:,.2f}"
        rows.append(
            {
                "BURIAL_DATE": f"{day:%m/%d/%Y}",
                "SECTION": section,
                "PLOT": f"{_CM_SECTIONS[section][0]}-{int(rng.integers(1, 40))}-{int(rng.integers(1, 12))}",
                "DECEASED_AGE": age,
                "GENDER": gender,
                "VETERAN": "Y" if vet else "N",
                "INTERMENT_TYPE": "CREMATION" if cremation else "CASKET",
                "FEE_PAID": fee_s,
            }
        )
    out = pd.DataFrame(rows)
    out = out.iloc[np.argsort(pd.to_datetime(out["BURIAL_DATE"]).to_numpy(), kind="stable")]
    return out.reset_index(drop=True)


def _cm_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["BURIAL_DATE"], format="%m/%d/%Y").dt.year


_CM_QS = [
    Q(
        "what percent of burials are cremations",
        _share(lambda df: float((_text(df, "INTERMENT_TYPE") == "CREMATION").mean())),
        ("INTERMENT_TYPE",),
    ),
    Q(
        "average age at death for men vs women",
        _means(lambda df: (_num(df, "DECEASED_AGE"), _text(df, "GENDER")), ("M", "F")),
        ("DECEASED_AGE", "GENDER"),
    ),
    Q("how many veterans are buried here", _count(lambda df: int((_text(df, "VETERAN") == "Y").sum())), ("VETERAN",)),
    Q(
        "and how old were they on average",
        _typical(lambda df: _num(df, "DECEASED_AGE")[_text(df, "VETERAN") == "Y"]),
        ("DECEASED_AGE", "VETERAN"),
    ),
    Q(
        "which section has the most burials",
        _lead(_named(lambda df: _top(_text(df, "SECTION").value_counts()))),
        ("SECTION",),
    ),
    Q(
        "how much did the city collect in fees in 2023",
        _amount(lambda df: float(_num(df, "FEE_PAID")[_cm_year(df) == 2023].sum())),
        ("FEE_PAID", "BURIAL_DATE"),
    ),
]


# --- 6. Uninsured rate by county and year (SAHIE style, New Mexico) -----------------------------------------------

# county: (FIPS, population under 65 in 2008, median household income in 2008)
_UI_COUNTIES: dict[str, tuple[str, int, int]] = {
    "Bernalillo County": ("35001", 520000, 47500),
    "Catron County": ("35003", 2300, 31000),
    "Chaves County": ("35005", 52000, 36500),
    "Cibola County": ("35006", 23000, 33000),
    "Colfax County": ("35007", 10000, 35500),
    "Curry County": ("35009", 42000, 38000),
    "De Baca County": ("35011", 1400, 30500),
    "Doña Ana County": ("35013", 175000, 35000),
    "Eddy County": ("35015", 45000, 45000),
    "Grant County": ("35017", 23000, 36000),
    "Guadalupe County": ("35019", 3900, 28000),
    "Harding County": ("35021", 550, 29500),
    "Hidalgo County": ("35023", 4000, 32000),
    "Lea County": ("35025", 55000, 46000),
    "Lincoln County": ("35027", 15000, 39000),
    "Los Alamos County": ("35028", 14500, 100500),
    "Luna County": ("35029", 20000, 27000),
    "McKinley County": ("35031", 62000, 29000),
    "Mora County": ("35033", 3800, 28500),
    "Otero County": ("35035", 52000, 38500),
    "Quay County": ("35037", 6800, 29000),
    "Rio Arriba County": ("35039", 33000, 37000),
    "Roosevelt County": ("35041", 16500, 34000),
    "Sandoval County": ("35043", 110000, 55000),
    "San Juan County": ("35045", 110000, 47000),
    "San Miguel County": ("35047", 23000, 30000),
    "Santa Fe County": ("35049", 115000, 53000),
    "Sierra County": ("35051", 8000, 26500),
    "Socorro County": ("35053", 15000, 31500),
    "Taos County": ("35055", 25000, 34500),
    "Torrance County": ("35057", 13500, 36000),
    "Union County": ("35059", 3000, 33500),
    "Valencia County": ("35061", 62000, 42000),
}


def _uninsured_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27506)
    rows: list[dict[str, Any]] = []
    base = {
        c: float(np.clip(rng.normal(27 - (inc - 38000) / 2500, 3), 8, 38)) for c, (_f, _p, inc) in _UI_COUNTIES.items()
    }
    missing = {"Harding County", "Catron County", "De Baca County", "Mora County"}
    for year in range(2008, 2023):
        drop = 0.0 if year < 2014 else (0.36 if year == 2014 else 0.45 + 0.01 * (year - 2015))
        tot_pop = tot_ui = tot_med = 0
        for county, (fips, pop0, inc0) in _UI_COUNTIES.items():
            pop = int(pop0 * (1 + 0.004 * (year - 2008)) * rng.uniform(0.99, 1.01))
            pct = float(np.clip(base[county] * (1 - drop) * (1 - 0.01 * (year - 2008)) + rng.normal(0, 0.8), 3, 40))
            ui = round(pop * pct / 100)
            inc = int(inc0 * (1 + 0.022 * (year - 2008)) * rng.uniform(0.97, 1.03))
            med = int(pop * (0.16 + (0.14 if year >= 2014 else 0.0) + rng.uniform(-0.02, 0.02)) * (50000 / inc0) ** 0.5)
            tot_pop, tot_ui, tot_med = tot_pop + pop, tot_ui + ui, tot_med + med
            hide = county in missing and (year < 2013 or rng.random() < 0.3)
            rows.append(
                {
                    "Year": year,
                    "County": county,
                    "FIPS": fips,
                    "Population Under 65": pop,
                    "Uninsured": ui,
                    "Uninsured %": round(100 * ui / pop, 1),
                    "Median Household Income": f"${inc:,}",
                    "Medicaid Enrollment": "N/A" if hide else med,
                }
            )
        rows.append(
            {
                "Year": year,
                "County": "Statewide",
                "FIPS": "35000",
                "Population Under 65": tot_pop,
                "Uninsured": tot_ui,
                "Uninsured %": round(100 * tot_ui / tot_pop, 1),
                "Median Household Income": f"${int(46000 * (1 + 0.021 * (year - 2008))):,}",
                "Medicaid Enrollment": tot_med,
            }
        )
    return pd.DataFrame(rows)


def _ui_counties(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "County") != "Statewide"]


def _ui_state(df: pd.DataFrame) -> pd.Series:
    d = df[_text(df, "County") == "Statewide"]
    return pd.Series(_num(d, "Uninsured %").to_numpy(), index=d["Year"].to_numpy())


def _ui_county_mean(df: pd.DataFrame) -> pd.Series:
    d = _ui_counties(df)
    return _num(d, "Uninsured %").groupby(d["Year"]).mean()


def _ui_pooled(df: pd.DataFrame) -> pd.Series:
    d = _ui_counties(df)
    return 100 * _num(d, "Uninsured").groupby(d["Year"]).sum() / _num(d, "Population Under 65").groupby(d["Year"]).sum()


def _ui_ends(rates: Callable[[pd.DataFrame], pd.Series]) -> Check:
    return both(
        _about(lambda df: float(rates(df).iloc[0]), rel=0.01), _about(lambda df: float(rates(df).iloc[-1]), rel=0.01)
    )


def _ui_drop_year(rates: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(rates(df).sort_index().diff().idxmin())


def _ui_medicaid(df: pd.DataFrame) -> list[float]:
    d = df[df["Year"] == 2020]
    state = d[_text(d, "County") == "Statewide"]
    return [float(_num(state, "Medicaid Enrollment").sum()), float(_num(_ui_counties(d), "Medicaid Enrollment").sum())]


_UI_QS = [
    Q(
        "which county had the highest uninsured rate in 2022",
        _lead(
            _named(
                lambda df: _top(
                    _num(_ui_counties(df), "Uninsured %")[_ui_counties(df)["Year"] == 2022].groupby(df["County"]).max()
                )
            )
        ),
        ("County", "Uninsured %", "Year"),
    ),
    Q(
        "how has the state uninsured rate changed over the years",
        either(_ui_ends(_ui_state), _ui_ends(_ui_pooled), _ui_ends(_ui_county_mean)),
        ("Uninsured %", "Year", "County", "Uninsured", "Population Under 65"),
    ),
    Q(
        "which year did it drop the most",
        _lead(either(_year(_ui_drop_year(_ui_state)), _year(_ui_drop_year(_ui_county_mean)))),
        ("Uninsured %", "Year", "County"),
    ),
    Q(
        "are poorer counties more likely to be uninsured",
        either(
            _corr(
                lambda df: _num(_ui_counties(df), "Median Household Income"),
                lambda df: _num(_ui_counties(df), "Uninsured %"),
            ),
            _corr(lambda df: _num(df, "Median Household Income"), lambda df: _num(df, "Uninsured %")),
        ),
        ("Median Household Income", "Uninsured %", "County"),
    ),
    Q(
        "how many people were on medicaid in 2020",
        either(_count(lambda df: _ui_medicaid(df)[0]), _count(lambda df: _ui_medicaid(df)[1])),
        ("Medicaid Enrollment", "Year", "County"),
    ),
    Q(
        "how many counties are missing medicaid numbers",
        either(
            _count(lambda df: int(df.loc[_num(df, "Medicaid Enrollment").isna(), "County"].nunique())),
            _count(lambda df: int(_num(df, "Medicaid Enrollment").isna().sum())),
        ),
        ("Medicaid Enrollment", "County", "Year"),
    ),
]


# --- 7. Hinge matches summary --------------------------------------------------------------------------------------


def _hinge_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27507)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-01-01")
    span = (pd.Timestamp("2024-12-31") - start).total_seconds()
    offsets = list(rng.uniform(0, span, 700))
    offsets += list(rng.uniform(0, 31 * 86400, 60) + (pd.Timestamp("2024-01-01") - start).total_seconds())
    stamps = sorted(start + pd.Timedelta(seconds=float(s)) for s in offsets)  # a new-year burst in January 2024
    for when in stamps:
        me = rng.random() < 0.62
        replied = rng.random() < (0.7 if me else 0.85)
        received = int(rng.poisson(9 if not me else 5)) if replied else 0
        sent = int(rng.poisson(received * 1.1 + 1.5)) if replied else int(rng.integers(1, 3))
        met = replied and received > 6 and rng.random() < 0.3
        unmatched = rng.random() < (0.25 if met else 0.45)
        rows.append(
            {
                "match_date": f"{when:%Y-%m-%d %H:%M:%S}",
                "liked_first": "me" if me else "them",
                "messages_sent": sent,
                "messages_received": received,
                "first_response_hours": round(float(rng.gamma(1.2, 8)), 1) if replied else "",
                "met_in_person": "Y" if met else "N",
                "unmatched": "Y" if unmatched else "N",
                "days_until_unmatch": int(rng.gamma(1.5, 9 if not met else 25)) + 1 if unmatched else "",
            }
        )
    return pd.DataFrame(rows)


def _hg_months(df: pd.DataFrame) -> list[pd.Timestamp]:
    counts = pd.to_datetime(df["match_date"]).dt.to_period("M").value_counts()
    return [p.to_timestamp() for p in counts[counts == counts.max()].index]


_HG_QS = [
    Q("which month did i get the most matches", _lead(_any_month(_hg_months)), ("match_date",)),
    Q(
        "what share of matches did i like first",
        _share(lambda df: float((_text(df, "liked_first") == "me").mean())),
        ("liked_first",),
    ),
    Q(
        "do i get more messages back when they liked me first",
        _means(lambda df: (_num(df, "messages_received"), _text(df, "liked_first")), ("them", "me")),
        ("messages_received", "liked_first"),
    ),
    Q(
        "how many did i actually meet",
        _count(lambda df: int((_text(df, "met_in_person") == "Y").sum())),
        ("met_in_person",),
    ),
    Q(
        "how long do people usually take to answer",
        _typical(lambda df: _num(df, "first_response_hours")),
        ("first_response_hours",),
    ),
    Q(
        "for the ones that got unmatched how many days did that take on average",
        _typical(lambda df: _num(df, "days_until_unmatch")),
        ("days_until_unmatch", "unmatched"),
    ),
]


HELDOUT275: list[Dataset] = [
    Dataset("owlet_smart_sock_nightly_summary", _owlet_frame, _OW_QS),
    Dataset("credit_karma_score_history", _credit_frame, _CK_QS),
    Dataset("bowling_league_weekly_scores", _bowling_frame, _BW_QS),
    Dataset("nfip_flood_claims_florida", _flood_frame, _FL_QS),
    Dataset("city_cemetery_burial_records", _cemetery_frame, _CM_QS),
    Dataset("county_uninsured_rate_by_year", _uninsured_frame, _UI_QS),
    Dataset("hinge_matches_summary", _hinge_frame, _HG_QS),
]
