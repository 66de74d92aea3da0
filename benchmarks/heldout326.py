"""HELDOUT326: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of files a small office keeps and exports as they are: an audiology clinic's hearing
test log (2022 to 2024, one row per ear per visit, so a visit's two rows and a returning patient's visits repeat the
id) with "Patient ID" as "PT-004512", "Test Date" as "03/14/2023", Age, Ear (L, R; a few visits test one ear only),
"PTA (dB HL)" (the mean of three thresholds, one decimal), "WRS (%)" (word recognition, whole multiples of 4, blank
now and then and "CNT" when it could not be tested), "Hearing Loss Degree" (Normal, Mild, Moderate, Severe, Profound,
from the PTA; a few written in upper case), "Hearing Aid Rec" (Y, N), Audiologist ("Dr. Karen Liu, AuD") and
Insurance (Medicare, Medicaid, BCBS, Aetna, UnitedHealthcare, Self-Pay, blank); a diaper bank's distribution log
(2023 to 2024, one row per partner agency per month, wide by size) with Month as "Jan-23", "Partner Agency",
Newborn, "Size 1" to "Size 6" (diaper counts in multiples of 25, blank when none), "Wipes (packs)", "Families
Served", "Children Served", "Pick-up Date" as "1/12/2023", "Volunteer Hours" (halves, blank now and then) and one
"TOTAL" row at the bottom (blank Month) summing the count columns; a city animal control call log (2023 to 2024, one
row per call) with "Call ID" as "AC23-00017", Received as "01/03/2023 14:22", "Call Type" (STRAY, BITE, WELFARE,
NOISE, WILDLIFE), Species (DOG, CAT, BAT, RACCOON, ..., blank now and then), Zone (NORTH, SOUTH, EAST, WEST,
CENTRAL), Officer ("Ofc. Ramirez #214"), "Response Min" (blank when nobody went out), Outcome (IMPOUNDED, RETURNED
TO OWNER, WARNING, CITATION, UNABLE TO LOCATE) and "Citation Fee" as "$150.00" (blank without a citation); an
immigration legal clinic's case intake (2022 to 2024, one row per case) with "Case #" as "22-0147", "Client Country"
(blank when unknown), "Case Type" (Asylum, DACA Renewal, Family Petition, Naturalization, U Visa), "Intake Date" as
"3/14/2023", Attorney, Status (Open, Filed, Approved, Denied, Closed), "Next Hearing" as "11/04/2025" (asylum and
some U visa cases only, "TBD" for a few, blank otherwise), "Fee Waived" (Y, N, blank) and "Hours Logged" (one
decimal, blank when none logged yet); a school district's speech therapy caseload (2024-25, one row per student and
disorder, so students treated for two disorders repeat their id) with "Student ID" (seven digits), Grade (PK, K, 1
to 8), School, "Primary Disorder" (Articulation, Language, Fluency, Voice; a few in lower case), "IEP Min/Wk" (30,
60, 90, 120), "Sessions Attended", "Sessions Missed", "Progress Rating" (1 to 4, blank for new students), SLP (the
therapist) and "Annual Review" as "10/15/2024"; a campus fire extinguisher service log (2022 to 2024, one row per
extinguisher per annual service, so ids repeat) with Building, Floor (B, 1 to 4), "Ext #" as "EX-0123", Type (ABC,
CO2, Class K, Water), "Size (lbs)", "Last Service" as "06/12/2023", "Next Due" a year later, "Pressure OK" (Y, N),
Action (Passed, Recharged, Replaced), Technician and "Charge ($)"; and a ranked-choice city council election's
round-by-round tabulation (twelve wards, one row per continuing candidate per round) with Ward ("Ward 1" to "Ward
12"), Round, Candidate (a "Write-ins" line in every ward), Votes, Percent as "41.23%" of the round's continuing
votes, Transfer as "+123" or "-456" (blank in round 1), Status (Continuing, Eliminated in the round a candidate
drops, Elected for the winner's last row) and "Exhausted Ballots" (cumulative, repeated on every row of a round).
All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = [
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa",
    "Mark", "Sandra", "Paul", "Donna", "Steven", "Carol", "Kevin", "Sharon", "Brian", "Laura", "Gary", "Amy",
    "Eric", "Julie", "Scott", "Megan", "Ryan", "Heather", "Maria", "Jose", "Andre", "Keisha", "Tyrone", "Mei",
]  # fmt: skip
_LAST = [
    "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Hill",
    "Garcia", "Nguyen", "Okafor", "Patel", "Rivera", "Kowalski", "Brennan", "Lopez", "Chen", "Sullivan", "Reyes",
]  # fmt: skip


def _people(rng: np.random.Generator, n: int) -> list[str]:
    """n distinct "First Last" names."""
    out: list[str] = []
    while len(out) < n:
        name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if name not in out:
            out.append(name)
    return out


def _either_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_lead(_named(v)) for v in values))


def _date(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _busiest_month(dates: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    months = dates.dt.to_period("M")
    totals = (weights if weights is not None else pd.Series(1.0, index=dates.index)).groupby(months).sum()
    return totals.sort_index().idxmax().to_timestamp()


# --- 1. Audiology clinic hearing tests -----------------------------------------------------------------------------

_AU_DOCS = ["Dr. Karen Liu, AuD", "Dr. Mark Patel, AuD", "Dr. Susan Ortiz, AuD", "Jenna Walsh, MS CCC-A"]
_AU_INS = ["Medicare", "Medicaid", "BCBS", "Aetna", "UnitedHealthcare", "Self-Pay", ""]
_AU_AID = {"Normal": 0.02, "Mild": 0.45, "Moderate": 0.85, "Severe": 0.9, "Profound": 0.6}


def _au_degree(pta: float) -> str:
    if pta <= 25:
        return "Normal"
    if pta <= 40:
        return "Mild"
    if pta <= 70:
        return "Moderate"
    return "Severe" if pta <= 90 else "Profound"


def _audiology_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32601)
    rows: list[dict[str, Any]] = []
    for i in range(470):
        pid = f"PT-{int(rng.integers(1000, 9999)) * 10 + i % 10:06d}"
        age = int(np.clip(round(rng.normal(62, 18)), 4, 96))
        ins = str(_one(rng, _AU_INS, [5 if age >= 65 else 0.5, 2, 3, 2, 2, 1, 1]))
        base = 8 + max(0, age - 40) * 0.75 + float(rng.gamma(1.5, 8))
        day = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 900)))
        for _visit in range(1 if rng.random() < 0.75 else 2):
            doc = str(_one(rng, _AU_DOCS))
            ears = ["L", "R"] if rng.random() > 0.03 else [str(_one(rng, ["L", "R"]))]
            for ear in ears:
                thresholds = [5 * round((base + (1.5 if ear == "L" else 0) + rng.normal(0, 6)) / 5) for _ in range(3)]
                pta = round(float(np.clip(np.mean(thresholds), -5, 115)), 1)
                deg = _au_degree(pta)
                wrs_val = int(4 * round(np.clip(100 - max(0, pta - 20) * 0.9 + rng.normal(0, 8), 0, 100) / 4))
                wrs: Any = wrs_val
                if pta > 90 and rng.random() < 0.5:
                    wrs = "CNT"
                elif rng.random() < 0.05:
                    wrs = ""
                rows.append(
                    {
                        "Patient ID": pid,
                        "Test Date": f"{day:%m/%d/%Y}",
                        "Age": age,
                        "Ear": ear,
                        "PTA (dB HL)": pta,
                        "WRS (%)": wrs,
                        "Hearing Loss Degree": deg.upper() if rng.random() < 0.04 else deg,
                        "Hearing Aid Rec": "Y" if rng.random() < _AU_AID[deg] else "N",
                        "Audiologist": doc,
                        "Insurance": ins,
                    }
                )
            day = day + pd.Timedelta(days=int(rng.integers(120, 400)))
            base += float(rng.normal(2, 2))
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Test Date"], format="%m/%d/%Y").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _au_pta_mean(ear: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "PTA (dB HL)")[_text(df, "Ear").str.upper() == ear].mean())


def _au_aid(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Hearing Aid Rec").str.upper() == "Y"


def _au_bad(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Hearing Loss Degree").str.title().isin(["Severe", "Profound"])


def _au_visit_aid(df: pd.DataFrame) -> float:
    return float(_au_aid(df).groupby([_text(df, "Patient ID"), _text(df, "Test Date")]).any().mean())


def _au_bad_visits(df: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    keys = [_text(df, "Patient ID"), _text(df, "Test Date")]
    return _au_bad(df).groupby(keys).any(), (_au_bad(df) & _au_aid(df)).groupby(keys).any()


_AU_QS = [
    Q("how many different patients came in", _count(lambda df: int(df["Patient ID"].nunique())), ("Patient ID",)),
    Q(
        "is hearing worse in the left ear or the right? give me the average pta for each",
        _about(lambda df: [_au_pta_mean("L")(df), _au_pta_mean("R")(df)]),
        ("Ear", "PTA (dB HL)"),
    ),
    Q(
        "what percent of tests ended with a hearing aid recommended",
        either(_share(lambda df: float(_au_aid(df).mean())), _share(_au_visit_aid)),
        ("Hearing Aid Rec", "Patient ID", "Test Date"),
    ),
    Q(
        "how many ears came back severe or profound",
        _count(lambda df: int(_au_bad(df).sum())),
        ("Hearing Loss Degree", "Ear"),
    ),
    Q(
        "and what percent of those got a hearing aid recommended",
        either(
            _share(lambda df: float(_au_aid(df)[_au_bad(df)].mean())),
            _share(lambda df: float(_au_bad_visits(df)[1][_au_bad_visits(df)[0]].mean())),
        ),
        ("Hearing Loss Degree", "Hearing Aid Rec", "Ear", "Patient ID", "Test Date"),
    ),
    Q(
        "does word recognition drop as the pta goes up",
        _corr(lambda d: _num(d, "PTA (dB HL)"), lambda d: _num(d, "WRS (%)")),
        ("PTA (dB HL)", "WRS (%)"),
    ),
]


# --- 2. Diaper bank distribution log -------------------------------------------------------------------------------

_DB_AGENCIES = [
    "Hope House", "St. Vincent de Paul", "Eastside Family Center", "Head Start - Maple St", "Head Start - Oak Park",
    "WIC Office North", "WIC Office South", "Catholic Charities", "Salvation Army", "New Beginnings Shelter",
    "Grace Community Church", "Teen Parent Program", "Lutheran Social Services", "YWCA", "Family Promise",
    "Refugee Resettlement Office", "Westside Food Pantry", "Healthy Start", "Safe Haven DV Shelter",
    "Little Blessings Daycare", "United Way 211", "Habitat Family Services", "Mothers Circle", "Open Door Mission",
    "County Public Health", "Kinship Care Network", "Foster Closet", "Boys & Girls Club", "Nurse-Family Partnership",
    "Riverside Clinic",
]  # fmt: skip
_DB_SIZES = ["Newborn", "Size 1", "Size 2", "Size 3", "Size 4", "Size 5", "Size 6"]
_DB_MIX = [0.05, 0.1, 0.14, 0.19, 0.23, 0.18, 0.11]


def _diaper_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32602)
    scale = {a: float(rng.gamma(2.5, 12)) for a in _DB_AGENCIES}
    rows: list[dict[str, Any]] = []
    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        season = 1 + 0.12 * np.sin((month.month - 3) / 12 * 2 * np.pi) + 0.01 * (month.year - 2023) * month.month
        for agency in _DB_AGENCIES:
            if rng.random() < 0.15:
                continue
            children = max(1, int(rng.poisson(scale[agency] * season)))
            families = max(1, round(children / rng.uniform(1.3, 1.9)))
            mix = rng.dirichlet(np.array(_DB_MIX) * 40)
            per_size = [25 * round(children * 50 * m / 25) for m in mix]
            pick = month + pd.Timedelta(days=int(rng.integers(2, 26)))
            row: dict[str, Any] = {"Month": f"{month:%b-%y}", "Partner Agency": agency}
            for size, n in zip(_DB_SIZES, per_size, strict=True):
                row[size] = n if n > 0 else np.nan
            hours: Any = round(float(rng.uniform(0.5, 6)) * 2) / 2
            row |= {
                "Wipes (packs)": int(rng.poisson(children * 0.6)),
                "Families Served": families,
                "Children Served": children,
                "Pick-up Date": f"{pick:%-m/%-d/%Y}",
                "Volunteer Hours": np.nan if rng.random() < 0.08 else hours,
            }
            rows.append(row)
    frame = pd.DataFrame(rows)
    total: dict[str, Any] = {"Month": "", "Partner Agency": "TOTAL", "Pick-up Date": ""}
    for col in [*_DB_SIZES, "Wipes (packs)", "Families Served", "Children Served", "Volunteer Hours"]:
        total[col] = frame[col].sum()
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


def _db_rows(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Partner Agency").str.upper() != "TOTAL"]


def _db_diapers(df: pd.DataFrame) -> pd.Series:
    d = _db_rows(df)
    return sum((_num(d, s).fillna(0) for s in _DB_SIZES), pd.Series(0.0, index=d.index))


def _db_month(df: pd.DataFrame) -> pd.Series:
    d = _db_rows(df)
    return pd.to_datetime(_text(d, "Month"), format="%b-%y", errors="coerce")


def _db_hours(year: int) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = _db_rows(df)
        return float(_num(d, "Volunteer Hours")[_db_month(df).dt.year == year].sum())

    return value


_DB_SIZE_USES = ("Partner Agency", *_DB_SIZES)
_DB_QS = [
    Q("how many diapers did we give out altogether", _amount(lambda df: float(_db_diapers(df).sum())), _DB_SIZE_USES),
    Q(
        "which size do we hand out the most of",
        _lead(_named(lambda df: _top(pd.Series({s: _num(_db_rows(df), s).sum() for s in _DB_SIZES})))),
        _DB_SIZE_USES,
    ),
    Q(
        "which agency served the most kids",
        _lead(
            _named(
                lambda df: _top(
                    _num(_db_rows(df), "Children Served").groupby(_text(_db_rows(df), "Partner Agency")).sum()
                )
            )
        ),
        ("Partner Agency", "Children Served"),
    ),
    Q(
        "what month did we give out the most diapers",
        _month_year(lambda df: _busiest_month(_db_month(df), _db_diapers(df))),
        ("Month", "Partner Agency", *_DB_SIZES),
    ),
    Q("how many volunteer hours did we log in 2024", _about(_db_hours(2024)), ("Volunteer Hours", "Month")),
    Q("and in 2023?", _about(_db_hours(2023)), ("Volunteer Hours", "Month")),
]


# --- 3. Animal control call log ------------------------------------------------------------------------------------

_AC_TYPES = {"STRAY": 0.36, "WELFARE": 0.2, "BITE": 0.1, "NOISE": 0.16, "WILDLIFE": 0.18}
_AC_SPECIES = {
    "STRAY": (["DOG", "CAT"], [0.65, 0.35]),
    "WELFARE": (["DOG", "CAT", "HORSE", "CHICKEN"], [0.6, 0.25, 0.08, 0.07]),
    "BITE": (["DOG", "CAT", "BAT", "RACCOON"], [0.7, 0.18, 0.07, 0.05]),
    "NOISE": (["DOG", "ROOSTER"], [0.85, 0.15]),
    "WILDLIFE": (["RACCOON", "SKUNK", "BAT", "DEER", "COYOTE", "OPOSSUM"], [0.3, 0.2, 0.15, 0.12, 0.1, 0.13]),
}
_AC_OUTCOMES = ["IMPOUNDED", "RETURNED TO OWNER", "WARNING", "CITATION", "UNABLE TO LOCATE"]
_AC_OUT_P = {
    "STRAY": [0.45, 0.2, 0.03, 0.04, 0.28],
    "WELFARE": [0.15, 0.0, 0.45, 0.2, 0.2],
    "BITE": [0.55, 0.1, 0.1, 0.15, 0.1],
    "NOISE": [0.0, 0.0, 0.6, 0.22, 0.18],
    "WILDLIFE": [0.35, 0.0, 0.0, 0.0, 0.65],
}
_AC_ZONES = {"NORTH": 4.0, "SOUTH": -2.0, "EAST": 1.0, "WEST": 7.0, "CENTRAL": -5.0}
_AC_OFFICERS = ["Ofc. Ramirez #214", "Ofc. Kowalski #187", "Ofc. Nguyen #231", "Ofc. Brennan #156",
                "Ofc. Okafor #242", "Ofc. Sullivan #199", "Ofc. Reyes #225"]  # fmt: skip


def _animal_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32603)
    rows: list[dict[str, Any]] = []
    seq = {2023: 0, 2024: 0}
    stamps = sorted(
        pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(d), minutes=int(m))
        for d, m in zip(rng.integers(0, 731, 3300), rng.integers(420, 1380, 3300), strict=True)
    )
    for t in stamps:
        if rng.random() < 0.15 * np.cos((t.month - 7) / 12 * 2 * np.pi) + 0.1:
            continue
        seq[t.year] += 1
        kind = str(_one(rng, list(_AC_TYPES), list(_AC_TYPES.values())))
        names, p = _AC_SPECIES[kind]
        zone = str(_one(rng, list(_AC_ZONES), [0.22, 0.24, 0.2, 0.14, 0.2]))
        outcome = str(_one(rng, _AC_OUTCOMES, _AC_OUT_P[kind]))
        minutes: Any = round(float(rng.lognormal(np.log(22 + _AC_ZONES[zone] - (6 if kind == "BITE" else 0)), 0.45)))
        if rng.random() < 0.06:
            minutes = np.nan
        fee = f"${_one(rng, [50, 100, 150, 250], [3, 4, 3, 1]):,.2f}" if outcome == "CITATION" else ""
        rows.append(
            {
                "Call ID": f"AC{t.year % 100}-{seq[t.year]:05d}",
                "Received": f"{t:%m/%d/%Y %H:%M}",
                "Call Type": kind,
                "Species": "" if rng.random() < 0.03 else str(_one(rng, names, p)),
                "Zone": zone,
                "Officer": str(_one(rng, _AC_OFFICERS)),
                "Response Min": minutes,
                "Outcome": outcome,
                "Citation Fee": fee,
            }
        )
    return pd.DataFrame(rows)


def _ac_impound_share(kind: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        rows = _text(df, "Call Type").str.upper() == kind
        return float((_text(df, "Outcome").str.upper()[rows] == "IMPOUNDED").mean())

    return value


def _ac_fees(df: pd.DataFrame) -> float:
    year = pd.to_datetime(_text(df, "Received"), format="%m/%d/%Y %H:%M").dt.year
    return float(_num(df, "Citation Fee")[year == 2024].sum())


def _ac_slowest(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_num(df, "Response Min").groupby(_text(df, "Zone")).agg(how))


_AC_QS = [
    Q(
        "what kind of call do we get the most",
        _lead(_named(lambda df: _top(_text(df, "Call Type").value_counts()))),
        ("Call Type",),
    ),
    Q(
        "how long does it take an officer to get there on average",
        either(
            _about(lambda df: float(_num(df, "Response Min").mean())),
            _about(lambda df: float(_num(df, "Response Min").median())),
        ),
        ("Response Min",),
    ),
    Q(
        "which part of town waits the longest",
        _either_named(_ac_slowest("mean"), _ac_slowest("median")),
        ("Zone", "Response Min"),
    ),
    Q("how much did we write in citation fees in 2024", _amount(_ac_fees), ("Citation Fee", "Received", "Outcome")),
    Q(
        "what percent of bite calls ended with the animal impounded",
        _share(_ac_impound_share("BITE")),
        ("Call Type", "Outcome"),
    ),
    Q("and for strays?", _share(_ac_impound_share("STRAY")), ("Call Type", "Outcome")),
]


# --- 4. Immigration legal clinic case intake -----------------------------------------------------------------------

_IM_COUNTRIES = {
    "Guatemala": 0.2, "Honduras": 0.17, "El Salvador": 0.14, "Mexico": 0.16, "Venezuela": 0.1, "Haiti": 0.07,
    "Afghanistan": 0.04, "Ukraine": 0.03, "Colombia": 0.04, "Nicaragua": 0.03, "Cuba": 0.02,
}  # fmt: skip
# case type: share, hours (gamma mean), approval odds
_IM_TYPES = {
    "Asylum": (0.3, 38.0, 0.45),
    "DACA Renewal": (0.18, 4.0, 0.95),
    "Family Petition": (0.2, 12.0, 0.85),
    "Naturalization": (0.22, 7.0, 0.9),
    "U Visa": (0.1, 26.0, 0.7),
}
_IM_ATTORNEYS = ["Ana Reyes", "David Cohen", "Priya Raman", "Luis Ortega", "Megan Sullivan", "Samuel Osei"]


def _immigration_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32604)
    rows: list[dict[str, Any]] = []
    seq: dict[int, int] = {}
    days = np.sort(rng.integers(0, 1095, 1350))
    for d in days:
        intake = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(d))
        seq[intake.year] = seq.get(intake.year, 0) + 1
        kind = str(_one(rng, list(_IM_TYPES), [v[0] for v in _IM_TYPES.values()]))
        _, mean_hours, odds = _IM_TYPES[kind]
        age = (pd.Timestamp("2025-01-15") - intake).days
        waited = rng.random() < min(0.9, age / 900)
        if not waited:
            status = str(_one(rng, ["Open", "Filed"], [1, 2]))
        elif rng.random() < 0.1:
            status = "Closed"
        else:
            status = "Approved" if rng.random() < odds else "Denied"
        if kind == "Asylum" and status in ("Open", "Filed") and rng.random() < 0.05:
            status = "Denied"
        hearing = ""
        if (kind == "Asylum" or (kind == "U Visa" and rng.random() < 0.3)) and status in ("Open", "Filed"):
            when = pd.Timestamp("2025-01-20") + pd.Timedelta(days=int(rng.integers(0, 1000)))
            hearing = "TBD" if rng.random() < 0.08 else f"{when:%m/%d/%Y}"
        hours: Any = round(float(rng.gamma(2.0, mean_hours / 2)) * min(1.0, 0.3 + age / 500), 1)
        if status == "Open" and rng.random() < 0.35:
            hours = np.nan
        rows.append(
            {
                "Case #": f"{intake.year % 100}-{seq[intake.year]:04d}",
                "Client Country": ""
                if rng.random() < 0.03
                else str(_one(rng, list(_IM_COUNTRIES), list(_IM_COUNTRIES.values()))),
                "Case Type": kind,
                "Intake Date": f"{intake:%-m/%-d/%Y}",
                "Attorney": str(_one(rng, _IM_ATTORNEYS)),
                "Status": status,
                "Next Hearing": hearing,
                "Fee Waived": "" if rng.random() < 0.02 else ("Y" if rng.random() < 0.62 else "N"),
                "Hours Logged": hours,
            }
        )
    return pd.DataFrame(rows)


def _im_hearings(strict: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        when = _date(df, "Next Hearing", "%m/%d/%Y")
        cut = pd.Timestamp("2025-06-30")
        return int((when > cut).sum() if strict else (when >= cut).sum())

    return value


def _im_approval(df: pd.DataFrame) -> float:
    status = _text(df, "Status").str.title()
    decided = status.isin(["Approved", "Denied"])
    return float((status[decided] == "Approved").mean())


_IM_QS = [
    Q(
        "how many asylum cases do we have",
        _count(lambda df: int((_text(df, "Case Type").str.title() == "Asylum").sum())),
        ("Case Type",),
    ),
    Q(
        "where are most of our clients from",
        _lead(_named(lambda df: _top(_text(df, "Client Country")[_text(df, "Client Country") != ""].value_counts()))),
        ("Client Country",),
    ),
    Q(
        "which kind of case eats up the most hours on average",
        _lead(_named(lambda df: _top(_num(df, "Hours Logged").groupby(_text(df, "Case Type")).mean()))),
        ("Case Type", "Hours Logged"),
    ),
    Q("of the cases that got decided, what's the approval rate", _share(_im_approval), ("Status",)),
    Q(
        "how many hearings are set for after june 30 2025",
        either(_count(_im_hearings(True)), _count(_im_hearings(False))),
        ("Next Hearing",),
    ),
    Q(
        "how many cases don't have any hours logged yet",
        either(
            _count(lambda df: int(_num(df, "Hours Logged").isna().sum())),
            _count(lambda df: int((_num(df, "Hours Logged").fillna(0) == 0).sum())),
        ),
        ("Hours Logged", "Case #"),
    ),
]


# --- 5. Speech therapy caseload ------------------------------------------------------------------------------------

_SP_SCHOOLS = ["Lincoln Elementary", "Washington Elementary", "Roosevelt Elementary", "Jefferson Elementary",
               "Madison Middle", "Kennedy Middle"]  # fmt: skip
_SP_DISORDERS = {"Articulation": 0.38, "Language": 0.4, "Fluency": 0.14, "Voice": 0.08}
_SP_SLPS = ["Amanda Brooks", "Rachel Kim", "Tom Delaney", "Nicole Ferreira", "Jessica Wong"]


def _speech_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32605)
    rows: list[dict[str, Any]] = []
    ids = rng.choice(np.arange(2_100_000, 2_999_999), 600, replace=False)
    slp_miss = {s: float(rng.uniform(0.06, 0.2)) for s in _SP_SLPS}
    for sid in ids:
        grade_i = int(_one(rng, list(range(-1, 9)), [2, 6, 7, 7, 6, 5, 4, 3, 3, 2]))
        grade = {-1: "PK", 0: "K"}.get(grade_i, str(grade_i))
        school = str(_one(rng, _SP_SCHOOLS[:4] if grade_i <= 5 else _SP_SCHOOLS[4:]))
        slp = str(_one(rng, _SP_SLPS))
        review = pd.Timestamp("2024-09-03") + pd.Timedelta(days=int(rng.integers(0, 330)))
        first = str(_one(rng, list(_SP_DISORDERS), list(_SP_DISORDERS.values())))
        disorders = [first]
        if rng.random() < 0.07:
            disorders.append(str(_one(rng, [d for d in _SP_DISORDERS if d != first])))
        new = rng.random() < 0.08
        for disorder in disorders:
            minutes = int(_one(rng, [30, 60, 90, 120], [4, 5, 2, 1] if grade_i > 2 else [2, 5, 3, 2]))
            scheduled = max(2, int(rng.poisson(3 if new else 18)))
            missed = int(rng.binomial(scheduled, slp_miss[slp]))
            prog = float(np.clip(rng.normal(1.8 + minutes / 80 + (scheduled - missed) / 30, 0.7), 1, 4))
            rows.append(
                {
                    "Student ID": int(sid),
                    "Grade": grade,
                    "School": school,
                    "Primary Disorder": disorder.lower() if rng.random() < 0.04 else disorder,
                    "IEP Min/Wk": minutes,
                    "Sessions Attended": scheduled - missed,
                    "Sessions Missed": missed,
                    "Progress Rating": np.nan if new else round(prog),
                    "SLP": slp,
                    "Annual Review": f"{review:%m/%d/%Y}",
                }
            )
    return pd.DataFrame(rows)


def _sp_attend(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        a, m = _num(df, "Sessions Attended"), _num(df, "Sessions Missed")
        return float(a.sum() / (a + m).sum()) if pooled else float((a / (a + m)).mean())

    return value


_SP_QS = [
    Q(
        "how many kids are on the caseload",
        either(_count(lambda df: int(df["Student ID"].nunique())), _count(lambda df: len(df))),
        ("Student ID",),
    ),
    Q(
        "whats the most common disorder",
        _lead(_named(lambda df: _top(_text(df, "Primary Disorder").str.title().value_counts()))),
        ("Primary Disorder",),
    ),
    Q(
        "what percent of sessions do kids actually show up for",
        either(_share(_sp_attend(True)), _share(_sp_attend(False))),
        ("Sessions Attended", "Sessions Missed"),
    ),
    Q(
        "which therapist has the most missed sessions",
        _lead(_named(lambda df: _top(_num(df, "Sessions Missed").groupby(_text(df, "SLP")).sum()))),
        ("SLP", "Sessions Missed"),
    ),
    Q(
        "do kids with more iep minutes make better progress",
        _corr(lambda d: _num(d, "IEP Min/Wk"), lambda d: _num(d, "Progress Rating")),
        ("IEP Min/Wk", "Progress Rating"),
    ),
    Q(
        "how many annual reviews are due before january 2025",
        either(
            _count(lambda df: int((_date(df, "Annual Review", "%m/%d/%Y") < pd.Timestamp("2025-01-01")).sum())),
            _count(
                lambda df: int(
                    df.loc[_date(df, "Annual Review", "%m/%d/%Y") < pd.Timestamp("2025-01-01"), "Student ID"].nunique()
                )
            ),
        ),
        ("Annual Review", "Student ID"),
    ),
]


# --- 6. Fire extinguisher service log ------------------------------------------------------------------------------

_FE_BUILDINGS = {"Main Hall": 4, "Science Center": 3, "Library": 3, "Student Union": 2, "Gymnasium": 2,
                 "Dining Commons": 1, "Maintenance Shop": 1, "Arts Building": 3}  # fmt: skip
_FE_TYPES = {"ABC": (0.75, [5, 10, 20]), "CO2": (0.1, [5, 10, 15]), "Class K": (0.07, [6]), "Water": (0.08, [2.5])}
_FE_TECHS = ["R. Alvarez", "J. Peterson", "M. Greene", "K. Tran"]


def _extinguisher_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32606)
    rows: list[dict[str, Any]] = []
    n = 0
    for building, floors in _FE_BUILDINGS.items():
        count = int(rng.integers(30, 65))
        for _ in range(count):
            n += 1
            floor = str(_one(rng, ["B", *[str(f) for f in range(1, floors + 1)]]))
            kind = str(_one(rng, list(_FE_TYPES), [v[0] for v in _FE_TYPES.values()]))
            if building == "Dining Commons" and rng.random() < 0.4:
                kind = "Class K"
            size = float(_one(rng, _FE_TYPES[kind][1]))
            leak = float(rng.uniform(0.02, 0.15 if kind == "CO2" else 0.1))
            day = pd.Timestamp("2022-03-01") + pd.Timedelta(days=int(rng.integers(0, 200)))
            for _year in range(3):
                if rng.random() < 0.06:
                    day = day + pd.Timedelta(days=365)
                    continue
                ok = rng.random() > leak
                if not ok:
                    action = "Recharged" if rng.random() < 0.7 else "Replaced"
                else:
                    action = "Replaced" if rng.random() < 0.03 else "Passed"
                if action == "Passed":
                    charge = 12.5
                elif action == "Recharged":
                    charge = round(25 + 3.2 * size * (1.6 if kind == "CO2" else 1) + float(rng.normal(0, 4)), 2)
                else:
                    charge = round(
                        55 + 6 * size * (2 if kind in ("CO2", "Class K") else 1) + float(rng.normal(0, 8)), 2
                    )
                due = day + pd.DateOffset(years=1)
                rows.append(
                    {
                        "Building": building,
                        "Floor": floor,
                        "Ext #": f"EX-{n:04d}",
                        "Type": kind,
                        "Size (lbs)": size,
                        "Last Service": f"{day:%m/%d/%Y}",
                        "Next Due": f"{due:%m/%d/%Y}",
                        "Pressure OK": "Y" if ok else "N",
                        "Action": action,
                        "Technician": str(_one(rng, _FE_TECHS)),
                        "Charge ($)": charge,
                    }
                )
                day = due + pd.Timedelta(days=int(rng.integers(-10, 25)))
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Last Service"], format="%m/%d/%Y").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _fe_recharged(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Action").str.title() == "Recharged"


def _fe_replaced_2023(df: pd.DataFrame) -> int:
    year = _date(df, "Last Service", "%m/%d/%Y").dt.year
    return int(((_text(df, "Action").str.title() == "Replaced") & (year == 2023)).sum())


_FE_QS = [
    Q("how many extinguishers are we tracking", _count(lambda df: int(df["Ext #"].nunique())), ("Ext #",)),
    Q(
        "what percent failed the pressure check",
        _share(lambda df: float((_text(df, "Pressure OK").str.upper() == "N").mean())),
        ("Pressure OK",),
    ),
    Q(
        "which building has cost us the most in service",
        _lead(_named(lambda df: _top(_num(df, "Charge ($)").groupby(_text(df, "Building")).sum()))),
        ("Building", "Charge ($)"),
    ),
    Q("how many got replaced in 2023", _count(_fe_replaced_2023), ("Action", "Last Service", "Ext #")),
    Q(
        "what does a recharge usually cost",
        either(
            _about(lambda df: float(_num(df, "Charge ($)")[_fe_recharged(df)].mean())),
            _about(lambda df: float(_num(df, "Charge ($)")[_fe_recharged(df)].median())),
        ),
        ("Action", "Charge ($)"),
    ),
    Q(
        "which type needs recharging most often",
        _either_named(
            lambda df: _top(_fe_recharged(df).groupby(_text(df, "Type")).sum()),
            lambda df: _top(_fe_recharged(df).groupby(_text(df, "Type")).mean()),
        ),
        ("Type", "Action"),
    ),
]


# --- 7. Ranked-choice council election tabulation ------------------------------------------------------------------


def _rcv_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32607)
    names = _people(rng, 12 * 9)
    rows: list[dict[str, Any]] = []
    k = 0
    for ward in range(1, 13):
        n = int(rng.integers(4, 9))
        cands = names[k : k + n]
        k += n
        voters = int(rng.integers(3500, 11000))
        share = rng.dirichlet(np.full(n, 2.2))
        votes = {c: round(voters * 0.995 * s) for c, s in zip(cands, share, strict=True)}
        votes["Write-ins"] = int(rng.integers(8, 60))
        exhausted = 0
        prev: dict[str, int] = {}
        rnd = 1
        while True:
            total = sum(votes.values())
            leader = max(votes, key=lambda c: votes[c])
            done = votes[leader] * 2 > total or len(votes) <= 2
            loser = min(votes, key=lambda c: votes[c])
            for c, v in sorted(votes.items(), key=lambda cv: -cv[1]):
                status = "Continuing"
                if done and c == leader:
                    status = "Elected"
                elif not done and c == loser:
                    status = "Eliminated"
                rows.append(
                    {
                        "Ward": f"Ward {ward}",
                        "Round": rnd,
                        "Candidate": c,
                        "Votes": v,
                        "Percent": f"{100 * v / total:.2f}%",
                        "Transfer": "" if rnd == 1 else f"{v - prev[c]:+d}",
                        "Status": status,
                        "Exhausted Ballots": exhausted,
                    }
                )
            if done:
                break
            prev = dict(votes)
            moving = votes.pop(loser)
            lost = round(moving * rng.uniform(0.08, 0.3))
            exhausted += lost
            split = rng.dirichlet(np.array([votes[c] for c in votes], dtype=float) / total * 6 + 0.3)
            given = [int(np.floor((moving - lost) * s)) for s in split]
            given[int(np.argmax(split))] += moving - lost - sum(given)
            for c, g in zip(list(votes), given, strict=True):
                votes[c] += g
            rnd += 1
    return pd.DataFrame(rows)


def _rc_winners(df: pd.DataFrame) -> list[str]:
    return _text(df, "Candidate")[_text(df, "Status").str.title() == "Elected"].tolist()


def _rc_ward(df: pd.DataFrame, ward: str) -> pd.DataFrame:
    return df[_text(df, "Ward") == ward]


def _rc_winner_pct(ward: str, last: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = _rc_ward(df, ward)
        winner = _text(d, "Candidate")[_text(d, "Status").str.title() == "Elected"].iloc[0]
        rnd = _num(d, "Round").max() if last else 1
        row = d[(_text(d, "Candidate") == winner) & (_num(d, "Round") == rnd)]
        return float(_num(row, "Percent").iloc[0]) / 100

    return value


def _rc_most_exhausted(df: pd.DataFrame) -> str:
    return _top(_num(df, "Exhausted Ballots").groupby(_text(df, "Ward")).max())


def _all_said(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in values(df):
            why = _named(lambda _d, v=v: v)(answer, df)
            if why:
                return why
        return None

    return check


_RC_QS = [
    Q("who won each ward", _all_said(_rc_winners), ("Ward", "Candidate", "Status")),
    Q(
        "how many rounds did ward 5 go",
        _count(lambda df: int(_num(_rc_ward(df, "Ward 5"), "Round").max())),
        ("Ward", "Round"),
    ),
    Q(
        "which ward ended up with the most exhausted ballots",
        _lead(_named(_rc_most_exhausted)),
        ("Ward", "Exhausted Ballots", "Round"),
    ),
    Q(
        "how many votes were cast in the first round altogether",
        _count(lambda df: int(_num(df, "Votes")[_num(df, "Round") == 1].sum())),
        ("Round", "Votes"),
    ),
    Q(
        "what share of the first-round vote did the ward 3 winner get",
        _share(_rc_winner_pct("Ward 3", False)),
        ("Ward", "Round", "Candidate", "Percent", "Status", "Votes"),
    ),
    Q(
        "and by the final round?",
        _share(_rc_winner_pct("Ward 3", True)),
        ("Ward", "Round", "Candidate", "Percent", "Status", "Votes"),
    ),
]


HELDOUT326 = [
    Dataset("audiology_hearing_tests", _audiology_frame, _AU_QS),
    Dataset("diaper_bank_distribution_log", _diaper_frame, _DB_QS),
    Dataset("animal_control_call_log", _animal_frame, _AC_QS),
    Dataset("immigration_clinic_case_intake", _immigration_frame, _IM_QS),
    Dataset("speech_therapy_caseload", _speech_frame, _SP_QS),
    Dataset("fire_extinguisher_service_log", _extinguisher_frame, _FE_QS),
    Dataset("rcv_council_round_tabulation", _rcv_frame, _RC_QS),
]
