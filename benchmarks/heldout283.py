"""HELDOUT283: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a home security camera's
motion event history export (one row per event, January to June 2024) with "Date/Time" as "03/05/2024 02:22:07 PM",
"Device" (Front Door, Driveway, Backyard, Garage), "Event Type" (Motion, Person, Vehicle, Animal, Package; packages
only at the front door), "Duration (s)" (blank when nothing was recorded), "Recorded" and "Viewed" as Yes/No; a
city's snowplow operations log (open data, winters 2022-23 and 2023-24, one row per plow run) with upper-case
STORM_NAME ("JAN 2023 STORM 2"), RUN_DATE as "01/15/2023", ROUTE as "R-12", TRUCK_ID as "T-4411", START_TIME and
END_TIME as "23:40" / "03:15" (a run may cross midnight), LANE_MILES, SALT_TONS ("N/A" on a few runs) and BRINE_GAL
(blank when no brine was laid); a rodeo association's results (one row per run, 2023 season) with Rodeo, Date as
"2023-06-17", Event (Barrel Racing, Bull Riding, Team Roping), Contestant, "Time/Score" (seconds for barrels and
roping, points for bull riding, blank on a no time), "No Time" as Y/N and Payout as "$1,250.00" ("$0.00" when out of
the money); a small trucking company's load ledger (2023 and 2024) with "Load #", "Pickup Date" and "Delivery Date" as
"3/4/2024", "Origin" and "Dest" as two-letter state codes, "Loaded Miles", "Deadhead Miles", "Rate/Mile" as "$2.35",
"Total Pay" and "Fuel Cost" as "$1,234.50" and Driver; a state scholarship awards file (public, 2020-21 to 2023-24)
with "Academic Year" as "2021-22", Institution, "Award Type" (Merit, Need), upper-case "Student County",
"Award Amount" as "$2,500", Renewed as Y/N and GPA (blank or "N/A" when not reported, always blank on a few need
awards); a funeral home's case records (2022 to 2024) with "Case #" as "2023-0142", "Date of Death" and
"Service Date" as "2023-02-14", "Service Type" (Burial, Cremation, Memorial), Merchandise (Casket, Urn, None),
"Total Contract" and "Insurance Assigned" as "$9,450.00" (insurance blank when none), "Balance Paid" (Yes/No) and
"Days to Service"; and a sheep farm's lambing record (one row per ewe per lambing, 2022 to 2024 seasons, most ewes
lambing in more than one year) with "Lambing Date" as "3/12/2024", "Ewe ID" as "E1234", Breed (Suffolk, Dorset,
Katahdin, Texel), "Ewe Age (yrs)", "Lambs Born", "Lambs Weaned", "Birth Wt (kg)" (the litter's average, blank on a
few) and Assisted as Y/N. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical
from .heldout273 import _code
from .heldout278 import _hours
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- 1. Security camera motion events ------------------------------------------------------------------------------

_CM_DEVICES = {
    "Front Door": [30, 35, 4, 6, 10],
    "Driveway": [30, 20, 40, 6, 0],
    "Backyard": [45, 12, 0, 35, 0],
    "Garage": [40, 15, 20, 8, 0],
}
_CM_TYPES = ["Motion", "Person", "Vehicle", "Animal", "Package"]


def _camera_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28301)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2024-01-01")
    for _ in range(2300):
        device = str(_one(rng, list(_CM_DEVICES), [3, 3, 2, 1.5]))
        kind = str(_one(rng, _CM_TYPES, _CM_DEVICES[device]))
        day = int(rng.integers(0, 182))
        hour = float(rng.choice([rng.normal(8, 2), rng.normal(17, 3), rng.uniform(0, 24)]))
        stamp = start + pd.Timedelta(days=day) + pd.Timedelta(seconds=int((hour % 24) * 3600))
        recorded = rng.random() < 0.88
        duration = int(np.clip(rng.gamma(2.2, 12 if kind != "Vehicle" else 9), 5, 180)) if recorded else ""
        viewed = rng.random() < (0.55 if kind in ("Person", "Package") else 0.25)
        rows.append(
            {
                "Date/Time": stamp.strftime("%m/%d/%Y %I:%M:%S %p"),
                "Device": device,
                "Event Type": kind,
                "Duration (s)": duration,
                "Recorded": "Yes" if recorded else "No",
                "Viewed": "Yes" if viewed and recorded else "No",
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Date/Time"], format="%m/%d/%Y %I:%M:%S %p").argsort(kind="stable")
    return df.iloc[order[::-1]].reset_index(drop=True)


def _cm_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(df, "Date/Time"), format="%m/%d/%Y %I:%M:%S %p")


def _cm_unseen(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Viewed") == "No"


def _cm_clip_means(zero_blank: bool) -> Callable[[pd.DataFrame], Any]:
    def values(df: pd.DataFrame) -> Any:
        d = _num(df, "Duration (s)")
        if zero_blank:
            d = d.fillna(0)
        return d.groupby(_text(df, "Device")).mean().to_numpy()

    return values


def _cm_package_month(df: pd.DataFrame) -> pd.Timestamp:
    when = _cm_when(df)[_text(df, "Event Type") == "Package"]
    return when.dt.to_period("M").value_counts().sort_index(kind="stable").idxmax().to_timestamp()


_CM_QS = [
    Q(
        "how many events did the driveway cam pick up",
        _count(lambda df: int((_text(df, "Device") == "Driveway").sum())),
        ("Device",),
    ),
    Q(
        "what percent of alerts are actual people",
        _share(lambda df: float((_text(df, "Event Type") == "Person").mean())),
        ("Event Type",),
    ),
    Q(
        "average clip length for each camera",
        either(_about(_cm_clip_means(False)), _about(_cm_clip_means(True))),
        ("Device", "Duration (s)", "Recorded"),
    ),
    Q(
        "which month had the most package deliveries",
        _lead(_month_year(_cm_package_month)),
        ("Date/Time", "Event Type"),
    ),
    Q("how many events did i never look at", _count(lambda df: int(_cm_unseen(df).sum())), ("Viewed",)),
    Q(
        "and how many of those were people",
        _count(lambda df: int((_cm_unseen(df) & (_text(df, "Event Type") == "Person")).sum())),
        ("Viewed", "Event Type"),
    ),
]


# --- 2. Snowplow operations log ------------------------------------------------------------------------------------

_SP_STORMS = [
    ("2022-12-15", 2, 1.0),
    ("2023-01-04", 1, 0.6),
    ("2023-01-22", 3, 1.5),
    ("2023-02-10", 2, 0.9),
    ("2023-03-03", 1, 0.5),
    ("2023-12-28", 1, 0.7),
    ("2024-01-09", 3, 1.7),
    ("2024-01-19", 2, 1.1),
    ("2024-02-13", 2, 0.8),
]


def _snowplow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28302)
    trucks = [f"T-{n}" for n in rng.choice(np.arange(4400, 4500), 18, replace=False)]
    routes = {f"R-{k:02d}": float(rng.uniform(14, 42)) for k in range(1, 25)}
    rows: list[dict[str, Any]] = []
    count: dict[str, int] = {}
    for first, days, size in _SP_STORMS:
        d0 = pd.Timestamp(first)
        count[f"{d0:%b %Y}"] = count.get(f"{d0:%b %Y}", 0) + 1
        storm = f"{d0:%b %Y} STORM {count[f'{d0:%b %Y}']}".upper()
        for d in range(days):
            day = d0 + pd.Timedelta(days=d)
            for route, miles in routes.items():
                for _ in range(int(rng.poisson(1.2 * size)) + (1 if d == 0 else 0)):
                    truck = str(_one(rng, trucks))
                    begin = day + pd.Timedelta(minutes=int(rng.integers(0, 24 * 60)))
                    mins = int(np.clip(rng.normal(150, 45) * miles / 28, 40, 420))
                    end = begin + pd.Timedelta(minutes=mins)
                    lane = round(miles * float(rng.uniform(0.6, 1.05)), 1)
                    salt = round(lane * float(rng.uniform(0.18, 0.32)) * (0.8 + 0.3 * size), 1)
                    brine = "" if rng.random() < 0.55 else int(round(lane * float(rng.uniform(25, 45)), -1))
                    rows.append(
                        {
                            "STORM_NAME": storm,
                            "RUN_DATE": f"{begin:%m/%d/%Y}",
                            "ROUTE": route,
                            "TRUCK_ID": truck,
                            "START_TIME": f"{begin:%H:%M}",
                            "END_TIME": f"{end:%H:%M}",
                            "LANE_MILES": lane,
                            "SALT_TONS": "N/A" if rng.random() < 0.03 else salt,
                            "BRINE_GAL": brine,
                        }
                    )
    return pd.DataFrame(rows)


def _sp_hours(df: pd.DataFrame) -> pd.Series:
    def mins(col: str) -> pd.Series:
        parts = _text(df, col).str.split(":", expand=True).astype(float)
        return parts[0] * 60 + parts[1]

    span = mins("END_TIME") - mins("START_TIME")
    return span.where(span >= 0, span + 24 * 60) / 60


def _sp_salt_per_mile(df: pd.DataFrame) -> list[float]:
    salt = _num(df, "SALT_TONS")
    lane = df["LANE_MILES"].astype(float)
    ok = salt.notna()
    return [
        float(salt[ok].sum() / lane[ok].sum()),
        float(salt.sum() / lane.sum()),
        float((salt / lane).mean()),
    ]


_SP_QS = [
    Q("total lane miles plowed?", _amount(lambda df: float(df["LANE_MILES"].astype(float).sum())), ("LANE_MILES",)),
    Q(
        "which storm used the most salt",
        _lead(_named(lambda df: _top(_num(df, "SALT_TONS").groupby(_text(df, "STORM_NAME")).sum()))),
        ("STORM_NAME", "SALT_TONS"),
    ),
    Q(
        "how much salt do we put down per lane mile on average",
        either(*[_about(lambda df, k=k: _sp_salt_per_mile(df)[k], rel=0.02) for k in range(3)]),
        ("SALT_TONS", "LANE_MILES"),
    ),
    Q(
        "how long does a plow run usually take",
        either(_hours(lambda df: _sp_hours(df).mean()), _hours(lambda df: _sp_hours(df).median())),
        ("START_TIME", "END_TIME", "RUN_DATE"),
    ),
    Q(
        "which truck went out the most",
        _lead(_code(lambda df: _top(_text(df, "TRUCK_ID").value_counts()))),
        ("TRUCK_ID",),
    ),
    Q(
        "how many runs put down brine",
        _count(lambda df: int((_num(df, "BRINE_GAL") > 0).sum())),
        ("BRINE_GAL",),
    ),
]


# --- 3. Rodeo results ----------------------------------------------------------------------------------------------

_RD_RODEOS = [
    ("Cheyenne Spring Roundup", "2023-04-15", 1.0),
    ("Red Mesa Stampede", "2023-05-20", 0.8),
    ("Big Sky Pro Rodeo", "2023-06-17", 1.4),
    ("Sweetwater Days Rodeo", "2023-07-04", 1.2),
    ("Prairie County Fair Rodeo", "2023-08-12", 0.7),
    ("Canyon Creek Classic", "2023-09-09", 1.1),
]
_RD_FIRST = ["Cody", "Jake", "Tanner", "Wyatt", "Colt", "Ty", "Brody", "Casey", "Dalton", "Trey", "Shane", "Luke"]
_RD_GIRLS = ["Kaylee", "Shelby", "Brandi", "Jordan", "Hailey", "Tana", "Lacey", "Macy", "Sierra", "Dani", "Emma"]
_RD_LAST = ["Harlan", "McCoy", "Whitaker", "Brennan", "Dawson", "Ketchum", "Lasater", "Pruitt", "Rhodes", "Sutton"]


def _rodeo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28303)
    pairs = zip(rng.choice(_RD_FIRST, 60), rng.choice(_RD_LAST, 60), strict=True)
    men = list(dict.fromkeys(f"{a} {b}" for a, b in pairs))[:28]
    pairs = zip(rng.choice(_RD_GIRLS, 50), rng.choice(_RD_LAST, 50), strict=True)
    women = list(dict.fromkeys(f"{a} {b}" for a, b in pairs))[:20]
    skill = {n: float(rng.normal(0, 1)) for n in men + women}
    rows: list[dict[str, Any]] = []
    for rodeo, date, purse in _RD_RODEOS:
        for event, pool, size in [
            ("Barrel Racing", women, 18),
            ("Bull Riding", men[:16], 14),
            ("Team Roping", men, 20),
        ]:
            entrants = list(rng.choice(pool, min(size, len(pool)), replace=False))
            results = []
            for who in entrants:
                s = skill[who]
                if event == "Barrel Racing":
                    nt = rng.random() < 0.06
                    val = round(17.1 - 0.25 * s + abs(rng.normal(0, 0.35)), 3)
                elif event == "Bull Riding":
                    nt = rng.random() < 0.55 - 0.08 * s
                    val = round(float(np.clip(rng.normal(83 + 2.5 * s, 3), 68, 93)), 1)
                else:
                    nt = rng.random() < 0.22
                    val = round(5.8 - 0.4 * s + abs(rng.normal(0, 1.4)), 1)
                results.append((who, nt, val))
            ok = [r for r in results if not r[1]]
            ok.sort(key=lambda r: -r[2] if event == "Bull Riding" else r[2])
            shares = [0.3, 0.22, 0.16, 0.12, 0.1, 0.06, 0.04]
            pot = purse * {"Barrel Racing": 9000, "Bull Riding": 12000, "Team Roping": 8000}[event]
            pay = {r[0]: round(pot * shares[k], 2) for k, r in enumerate(ok[: len(shares)])}
            for who, nt, val in results:
                rows.append(
                    {
                        "Rodeo": rodeo,
                        "Date": date,
                        "Event": event,
                        "Contestant": who,
                        "Time/Score": "" if nt else val,
                        "No Time": "Y" if nt else "N",
                        "Payout": f"${pay.get(who, 0.0):,.2f}",
                    }
                )
    return pd.DataFrame(rows)


def _rd_event(df: pd.DataFrame, event: str) -> pd.Series:
    return _text(df, "Event") == event


def _rd_top_rodeo(df: pd.DataFrame) -> str:
    return _top(_num(df, "Payout").groupby(_text(df, "Rodeo")).sum())


_RD_QS = [
    Q(
        "whats the fastest barrel time",
        _about(lambda df: float(_num(df, "Time/Score")[_rd_event(df, "Barrel Racing")].min()), rel=0.0005),
        ("Time/Score", "Event", "No Time"),
    ),
    Q(
        "who won the most money overall",
        _lead(_named(lambda df: _top(_num(df, "Payout").groupby(_text(df, "Contestant")).sum()))),
        ("Contestant", "Payout"),
    ),
    Q(
        "how often do bull riders end up with no time",
        _share(lambda df: float((_text(df, "No Time")[_rd_event(df, "Bull Riding")] == "Y").mean())),
        ("Event", "No Time", "Time/Score"),
    ),
    Q(
        "avg bull riding score?",
        _about(lambda df: float(_num(df, "Time/Score")[_rd_event(df, "Bull Riding")].mean()), rel=0.002),
        ("Time/Score", "Event", "No Time"),
    ),
    Q("which rodeo paid out the most", _lead(_named(_rd_top_rodeo)), ("Rodeo", "Payout")),
    Q(
        "how much did it pay in total",
        _amount(lambda df: float(_num(df, "Payout")[_text(df, "Rodeo") == _rd_top_rodeo(df)].sum())),
        ("Rodeo", "Payout"),
    ),
]


# --- 4. Trucking load ledger ---------------------------------------------------------------------------------------

_TL_LANES = {"TX": 5, "OK": 3, "AR": 2, "LA": 2, "KS": 1.5, "MO": 1.5, "TN": 1, "NM": 1, "CO": 0.8, "GA": 0.7}
_TL_DRIVERS = ["Mike Hollis", "Dee Ramirez", "Carl Jenson", "Ron Tate", "Luis Ocampo"]


def _trucking_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28304)
    states = list(_TL_LANES)
    weights = list(_TL_LANES.values())
    rows: list[dict[str, Any]] = []
    for k in range(820):
        pickup = pd.Timestamp("2023-01-02") + pd.Timedelta(days=int(rng.integers(0, 728)))
        origin = str(_one(rng, states, weights))
        dest = str(_one(rng, [s for s in states if s != origin]))
        loaded = int(np.clip(rng.normal(620, 260), 90, 1400))
        driver = str(_one(rng, _TL_DRIVERS, [3, 3, 2, 2, 1.5]))
        dead = int(rng.gamma(2.0, 35 + 20 * _TL_DRIVERS.index(driver)))
        rate = round(float(rng.normal(2.45, 0.3)) + (0.25 if loaded < 300 else 0), 2)
        pay = round(loaded * rate, 2)
        fuel = round((loaded + dead) / float(rng.uniform(6.2, 7.4)) * float(rng.uniform(3.6, 4.4)), 2)
        delivery = pickup + pd.Timedelta(days=int(np.ceil(loaded / 550)))
        rows.append(
            {
                "Load #": f"L{23000 + k}",
                "Pickup Date": f"{pickup.month}/{pickup.day}/{pickup.year}",
                "Delivery Date": f"{delivery.month}/{delivery.day}/{delivery.year}",
                "Origin": origin,
                "Dest": dest,
                "Loaded Miles": loaded,
                "Deadhead Miles": dead,
                "Rate/Mile": f"${rate:.2f}",
                "Total Pay": f"${pay:,.2f}",
                "Fuel Cost": f"${fuel:,.2f}",
                "Driver": driver,
            }
        )
    return pd.DataFrame(rows)


def _tl_top_origin(df: pd.DataFrame) -> str:
    return _top(_text(df, "Origin").value_counts())


_TL_QS = [
    Q(
        "whats our average rate per mile",
        either(
            _about(lambda df: float(_num(df, "Rate/Mile").mean()), rel=0.004),
            _about(lambda df: float(_num(df, "Total Pay").sum() / df["Loaded Miles"].sum()), rel=0.004),
            _about(lambda df: float(_num(df, "Rate/Mile").median()), rel=0.004),
        ),
        ("Rate/Mile", "Total Pay", "Loaded Miles"),
    ),
    Q(
        "how much did we gross in 2024",
        _amount(
            lambda df: float(
                _num(df, "Total Pay")[pd.to_datetime(df["Pickup Date"], format="%m/%d/%Y").dt.year == 2024].sum()
            )
        ),
        ("Pickup Date", "Total Pay", "Delivery Date"),
    ),
    Q(
        "which driver runs the most empty miles",
        _lead(
            _named_any(
                lambda df: [
                    _top(df.groupby(_text(df, "Driver"))["Deadhead Miles"].sum()),
                    _top(df.groupby(_text(df, "Driver"))["Deadhead Miles"].mean()),
                ]
            )
        ),
        ("Driver", "Deadhead Miles"),
    ),
    Q(
        "what percent of all our miles are deadhead",
        either(
            _share(lambda df: float(df["Deadhead Miles"].sum() / (df["Deadhead Miles"] + df["Loaded Miles"]).sum())),
            _share(lambda df: float(df["Deadhead Miles"].sum() / df["Loaded Miles"].sum())),
        ),
        ("Deadhead Miles", "Loaded Miles"),
    ),
    Q("what state do most of our loads come out of", _lead(_code(_tl_top_origin)), ("Origin",)),
    Q(
        "and whats the average pay on loads from there",
        _typical(lambda df: _num(df, "Total Pay")[_text(df, "Origin") == _tl_top_origin(df)], rel=0.005),
        ("Origin", "Total Pay"),
    ),
]


# --- 5. State scholarship awards -----------------------------------------------------------------------------------

_SC_COLLEGES = {
    "State University": 5,
    "Tech Institute": 2.5,
    "Northern State College": 2,
    "Riverside Community College": 3,
    "Lakeview University": 1.5,
    "Central Valley CC": 2,
    "St. Brendan College": 1,
}
_SC_COUNTIES = ["ADAMS", "BROWN", "CLARK", "DOUGLAS", "FRANKLIN", "GRANT", "JEFFERSON", "LINCOLN", "MARION", "POLK"]


def _scholarship_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28305)
    rows: list[dict[str, Any]] = []
    for year in (2020, 2021, 2022, 2023):
        for _ in range(int(rng.integers(430, 560))):
            kind = "Merit" if rng.random() < 0.45 else "Need"
            gpa = round(float(np.clip(rng.normal(3.55 if kind == "Merit" else 3.1, 0.3), 2.0, 4.0)), 2)
            if kind == "Merit":
                amount = int(round(1600 + (gpa - 3.0) * 3200 + rng.normal(0, 500), -2))
            else:
                amount = int(round(float(rng.uniform(1000, 4600)), -2))
            amount = max(amount, 500)
            gpa_text: Any = gpa
            if kind == "Need" and rng.random() < 0.12:
                gpa_text = ""
            elif rng.random() < 0.03:
                gpa_text = "N/A"
            rows.append(
                {
                    "Academic Year": f"{year}-{(year + 1) % 100:02d}",
                    "Institution": str(_one(rng, list(_SC_COLLEGES), list(_SC_COLLEGES.values()))),
                    "Award Type": kind,
                    "Student County": str(_one(rng, _SC_COUNTIES)),
                    "Award Amount": f"${amount:,}",
                    "Renewed": "Y" if rng.random() < (0.7 if kind == "Merit" else 0.55) else "N",
                    "GPA": gpa_text,
                }
            )
    return pd.DataFrame(rows)


def _sc_type_means(how: str) -> Callable[[pd.DataFrame], Any]:
    return lambda df: _num(df, "Award Amount").groupby(_text(df, "Award Type")).agg(how).to_numpy()


_SC_QS = [
    Q(
        "how much was given out in 2022-23",
        _amount(lambda df: float(_num(df, "Award Amount")[_text(df, "Academic Year") == "2022-23"].sum())),
        ("Academic Year", "Award Amount"),
    ),
    Q(
        "do merit awards pay more than need ones on average",
        either(_amount(_sc_type_means("mean")), _amount(_sc_type_means("median"))),
        ("Award Type", "Award Amount"),
    ),
    Q(
        "which school gets the most scholarships",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Institution").value_counts()),
                    _top(_num(df, "Award Amount").groupby(_text(df, "Institution")).sum()),
                ]
            )
        ),
        ("Institution", "Award Amount"),
    ),
    Q(
        "what share of awards get renewed",
        _share(lambda df: float((_text(df, "Renewed") == "Y").mean())),
        ("Renewed",),
    ),
    Q(
        "is gpa related to how much people get",
        _corr(lambda df: _num(df, "GPA"), lambda df: _num(df, "Award Amount")),
        ("GPA", "Award Amount"),
    ),
    Q("how many awards have no gpa listed", _count(lambda df: int(_num(df, "GPA").isna().sum())), ("GPA",)),
]


# --- 6. Funeral home case records ----------------------------------------------------------------------------------


def _funeral_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28306)
    rows: list[dict[str, Any]] = []
    counter: dict[int, int] = {}
    deaths = sorted(pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(d)) for d in rng.integers(0, 1096, 700))
    for death in deaths:
        if death.month in (6, 7, 8) and rng.random() < 0.2:
            continue
        counter[death.year] = counter.get(death.year, 0) + 1
        kind = str(_one(rng, ["Burial", "Cremation", "Memorial"], [3.5, 5, 1.5]))
        if kind == "Burial":
            merch = "Casket"
            total = rng.normal(9800, 1800)
            days = int(np.clip(rng.gamma(3.0, 2.0), 2, 21))
        elif kind == "Cremation":
            merch = str(_one(rng, ["Urn", "None"], [3, 1]))
            total = rng.normal(3600, 900) + (350 if merch == "Urn" else 0)
            days = int(np.clip(rng.gamma(3.0, 3.2), 3, 35))
        else:
            merch = str(_one(rng, ["Urn", "None"], [1, 2]))
            total = rng.normal(4600, 1000)
            days = int(np.clip(rng.gamma(4.0, 5.0), 7, 60))
        total = round(float(max(total, 1500)), 2)
        insured = rng.random() < 0.42
        insurance = round(min(total, float(rng.choice([5000, 7500, 10000, 3000, 2500]))), 2) if insured else None
        service = death + pd.Timedelta(days=days)
        rows.append(
            {
                "Case #": f"{death.year}-{counter[death.year]:04d}",
                "Date of Death": f"{death:%Y-%m-%d}",
                "Service Date": f"{service:%Y-%m-%d}",
                "Service Type": kind,
                "Merchandise": merch,
                "Total Contract": f"${total:,.2f}",
                "Insurance Assigned": "" if insurance is None else f"${insurance:,.2f}",
                "Balance Paid": "Yes" if rng.random() < (0.9 if insured else 0.72) else "No",
                "Days to Service": days,
            }
        )
    return pd.DataFrame(rows)


def _fh_type(df: pd.DataFrame, kind: str) -> pd.Series:
    return _text(df, "Service Type") == kind


_FH_QS = [
    Q("how many cremations did we do", _count(lambda df: int(_fh_type(df, "Cremation").sum())), ("Service Type",)),
    Q(
        "average contract for each service type",
        either(
            _about(lambda df: _num(df, "Total Contract").groupby(_text(df, "Service Type")).mean().to_numpy(), 0.003),
            _about(lambda df: _num(df, "Total Contract").groupby(_text(df, "Service Type")).median().to_numpy(), 0.003),
        ),
        ("Service Type", "Total Contract"),
    ),
    Q(
        "how long after someone passes is the service, typically",
        _typical(lambda df: df["Days to Service"].astype(float)),
        ("Days to Service", "Date of Death", "Service Date"),
    ),
    Q(
        "how many cases had insurance assigned",
        _count(lambda df: int((_num(df, "Insurance Assigned") > 0).sum())),
        ("Insurance Assigned",),
    ),
    Q(
        "what share of families have paid their balance",
        _share(lambda df: float((_text(df, "Balance Paid") == "Yes").mean())),
        ("Balance Paid",),
    ),
    Q(
        "and just for cremations?",
        _share(lambda df: float((_text(df, "Balance Paid")[_fh_type(df, "Cremation")] == "Yes").mean())),
        ("Balance Paid", "Service Type"),
    ),
]


# --- 7. Sheep lambing record ---------------------------------------------------------------------------------------

_LB_BREEDS = {"Suffolk": (1.7, 5.6), "Dorset": (1.6, 4.9), "Katahdin": (1.9, 4.3), "Texel": (1.5, 5.3)}


def _lambing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28307)
    flock: list[tuple[str, str, int, int]] = []  # id, breed, birth year, last year in the flock
    used: set[int] = set()

    def new_ewe(year: int) -> tuple[str, str, int, int]:
        while True:
            n = int(rng.integers(1000, 9999))
            if n not in used:
                used.add(n)
                break
        return (f"E{n}", str(_one(rng, list(_LB_BREEDS), [3, 2, 3, 1.5])), year, 2030)

    for _ in range(150):
        flock.append(new_ewe(int(rng.integers(2015, 2021))))
    rows: list[dict[str, Any]] = []
    for season in (2022, 2023, 2024):
        flock += [new_ewe(season - 1) for _ in range(30)]
        for k, (ewe, breed, born, last) in enumerate(flock):
            if last < season or rng.random() < 0.07:
                continue
            age = season - born
            if age > 8 or (age > 5 and rng.random() < 0.25):
                flock[k] = (ewe, breed, born, season - 1)
                continue
            litter_mean, weight = _LB_BREEDS[breed]
            boost = -0.5 if age == 1 else (0.15 if 3 <= age <= 6 else 0)
            born_n = int(np.clip(round(rng.normal(litter_mean + boost, 0.6)), 1, 4))
            bw = round(float(weight - 0.55 * (born_n - 1) + rng.normal(0, 0.5)), 1)
            assisted = rng.random() < (0.32 if age == 1 else 0.1) + 0.06 * (born_n - 1)
            lost = int(rng.binomial(born_n, 0.06 + 0.04 * (born_n - 1) + (0.05 if assisted else 0)))
            day = pd.Timestamp(f"{season}-02-20") + pd.Timedelta(days=int(rng.integers(0, 50)))
            rows.append(
                {
                    "Lambing Date": f"{day.month}/{day.day}/{day.year}",
                    "Ewe ID": ewe,
                    "Breed": breed,
                    "Ewe Age (yrs)": age,
                    "Lambs Born": born_n,
                    "Lambs Weaned": born_n - lost,
                    "Birth Wt (kg)": "" if rng.random() < 0.04 else bw,
                    "Assisted": "Y" if assisted else "N",
                }
            )
    return pd.DataFrame(rows)


def _lb_assisted(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Assisted") == "Y"


_LB_QS = [
    Q("how many lambs were born all together", _count(lambda df: int(df["Lambs Born"].sum())), ("Lambs Born",)),
    Q(
        "average litter size by breed",
        _about(lambda df: df.groupby(_text(df, "Breed"))["Lambs Born"].mean().to_numpy(), rel=0.005),
        ("Breed", "Lambs Born"),
    ),
    Q(
        "what % of lambs made it to weaning",
        either(
            _share(lambda df: float(df["Lambs Weaned"].sum() / df["Lambs Born"].sum())),
            _share(lambda df: float((df["Lambs Weaned"] / df["Lambs Born"]).mean())),
        ),
        ("Lambs Weaned", "Lambs Born"),
    ),
    Q(
        "how many ewes have lambed more than once",
        _count(lambda df: int((_text(df, "Ewe ID").value_counts() > 1).sum())),
        ("Ewe ID", "Lambing Date"),
    ),
    Q("what share of lambings needed help", _share(lambda df: float(_lb_assisted(df).mean())), ("Assisted",)),
    Q(
        "and for the yearling ewes?",
        _share(lambda df: float(_lb_assisted(df)[df["Ewe Age (yrs)"] == 1].mean())),
        ("Assisted", "Ewe Age (yrs)"),
    ),
]


HELDOUT283: list[Dataset] = [
    Dataset("home_camera_motion_event_history", _camera_frame, _CM_QS),
    Dataset("snowplow_storm_run_log", _snowplow_frame, _SP_QS),
    Dataset("rodeo_association_run_results", _rodeo_frame, _RD_QS),
    Dataset("trucking_load_ledger", _trucking_frame, _TL_QS),
    Dataset("state_scholarship_awards", _scholarship_frame, _SC_QS),
    Dataset("funeral_home_case_records", _funeral_frame, _FH_QS),
    Dataset("sheep_lambing_record", _lambing_frame, _LB_QS),
]
