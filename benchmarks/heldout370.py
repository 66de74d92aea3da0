"""HELDOUT370: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a septic service's tank inspections
(2022 to 2024, one row per inspection) with "Inspection ID" as "INS-22-0412", "Inspection Date" as "03/14/2023",
County (upper case, now and then typed in title case: "Chester"), "Tank Gallons" (750, 1000, 1250, 1500), "Sludge In"
and "Scum In" (inches, "N/A" when the tank could not be opened far enough to measure), "Baffle OK" (Y/N), Result (PASS,
FAIL; failing far likelier with a bad baffle or a deep sludge layer), Fee as "$350.00" (dearer for bigger tanks) and
"Realtor Referral" (Y/N, a real-estate sale). An ice cream scoop shop's daily register totals (April to October of
2022 to 2024, one row per day) with Date as "2023-06-14", "Single Cones", "Double Cones", Pints, Quarts, "Single
Price", "Double Price", "Pint Price" and "Quart Price" as "$3.75" (a little dearer each year) and "High Temp (F)"
(cone sales climb with the heat, July busiest); rained-out days have "CLOSED" under "Single Cones" and blanks for the
other sales. A music school's spring recitals (2019 to 2024, two recital dates a year, one row per performance, many
students playing in several years) with "Recital Date" as "2024-05-18", Student as "Lastname, Firstname", Instrument
(Piano, Violin, Cello, Guitar, Flute, Voice, Trumpet; now and then lower case), Age, "Years Studying", "Piece Length
(min)" (one decimal), Teacher as "Ms. Alvarez", "Judge Score" (1 to 10, one decimal; "ABSENT" when the student did not
show) and Medal (Gold at 9 and up, Silver at 8, Bronze at 7, else None; blank when absent). A snow plow contractor's
salt deliveries (the winters 2021-22 to 2023-24, November to March, one row per delivery) with "Delivery Date" as
"11/14/2023", Supplier, Tons (about 20 to 25 a bulk load, 1 to 4 bagged), "Price/Ton" as "$78.50" (bagged far dearer),
"Truck #" as "T-12", "Storm Name" (blank for a restock between storms), "Bulk/Bagged" (BULK, BAGGED) and "Yard Stock
After (tons)" (the pile after the delivery; storms draw it down). A fishing charter's catch log (May to October 2022
to 2024, one row per species a trip brought in, a trip's own fields repeated on each of its rows) with "Trip Date" as
"6/14/2023", Boat, Anglers, "Hours Out" (4, 6 or 8), Species (now and then upper case; "SKUNKED" with zeros when
nothing bit), "Fish Kept", "Fish Released", "Biggest (lb)" (blank when none kept), "Water Temp" as "64F" and "Tip $" as
"$120" (on the trip's first row only, blank on the others). A thrift store's register sales by department (2023 and
2024, Monday to Saturday, one row per register a day; a third register on Saturdays) with Date as "2024-03-14",
Register ("REG 1" to "REG 3"), "Clothing $", "Housewares $", "Books $" and "Furniture $" (dollars with cents,
furniture blank on many rows), Transactions, Coupons and "Volunteer Hours" (Saturdays busiest). And a quarry's truck
dispatch tickets (2023 and 2024, one row per ticket) with "Ticket #" (a running number), Date as "2024-03-14",
Customer (upper case company names; "VOID" with zero loads and blanks for a voided ticket), Product ("#57 Stone",
"Crusher Run", "Rip Rap"), Loads, "Tons/Load", "Price/Ton" as "$18.50", "Delivery Miles" (0 for a pickup) and "Haul
Rate" as "$4.25" a ton (rising with the miles; "PICKUP" when the customer hauled it). All are generated with a fixed
seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _typical
from .heldout333 import _FIRST, _LAST, _date
from .heldout358 import _money, _yes
from .offline_eval import DAY_WORDS, Check, Dataset, Q, either, month_names
from .offline_eval import about as _about
from .offline_eval import both as _both
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one


def _month_word(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year named by its name ("July", "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A day of the week named by its name (Monday = 0)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        d = int(value(df))
        return None if re.search(rf"\b(?:{DAY_WORDS[d]})s?\b", answer, re.IGNORECASE) else f"missing weekday {d}"

    return check


def _top_label(scores: pd.Series) -> str:
    return str(scores.sort_index(kind="stable").idxmax())


# --- 1. Septic tank inspections ------------------------------------------------------------------------------------

_SP_COUNTIES = ["CHESTER", "LANCASTER", "BERKS", "MONTGOMERY", "DELAWARE", "BUCKS"]


def _septic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37001)
    rows: list[dict[str, Any]] = []
    days = pd.bdate_range("2022-01-03", "2024-12-31")
    picks = np.sort(rng.choice(len(days), size=960, replace=True))
    counters: dict[int, int] = {}
    for i in picks:
        day = days[i]
        counters[day.year] = counters.get(day.year, 0) + 1
        gallons = int(_one(rng, [750, 1000, 1250, 1500], [2, 5, 3, 1]))
        sludge = float(np.clip(rng.normal(9 + gallons / 500, 4.0), 1, 30).round())
        scum = float(np.clip(rng.normal(3.0, 1.6), 0, 12).round())
        baffle = rng.random() > 0.14
        p_fail = 0.05 + (0.55 if not baffle else 0.0) + (0.35 if sludge >= 16 else 0.0)
        fail = rng.random() < min(p_fail, 0.95)
        unmeasured = rng.random() < 0.04
        county = _one(rng, _SP_COUNTIES, [4, 3, 2, 2, 1, 1])
        rows.append(
            {
                "Inspection ID": f"INS-{day.year % 100:02d}-{counters[day.year]:04d}",
                "Inspection Date": f"{day:%m/%d/%Y}",
                "County": county.title() if rng.random() < 0.06 else county,
                "Tank Gallons": gallons,
                "Sludge In": "N/A" if unmeasured else f"{sludge:g}",
                "Scum In": "N/A" if unmeasured else f"{scum:g}",
                "Baffle OK": "Y" if baffle else "N",
                "Result": "FAIL" if fail else "PASS",
                "Fee": _money({750: 325.0, 1000: 350.0, 1250: 375.0, 1500: 425.0}[gallons]),
                "Realtor Referral": "Y" if rng.random() < 0.42 else "N",
            }
        )
    return pd.DataFrame(rows)


def _sp_county(df: pd.DataFrame) -> pd.Series:
    return _text(df, "County").str.upper()


def _sp_fail(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Result").str.upper() == "FAIL"


def _sp_bad_baffle_rate(df: pd.DataFrame) -> float:
    bad = ~_yes(df, "Baffle OK")
    return float(_sp_fail(df)[bad].mean())


def _sp_referral_fees_2024(df: pd.DataFrame) -> float:
    year = _date(df, "Inspection Date", "%m/%d/%Y").dt.year
    return float(_num(df, "Fee")[_yes(df, "Realtor Referral") & (year == 2024)].sum())


def _sp_sludge_by_result(how: str) -> Callable[[pd.DataFrame], Any]:
    return lambda df: _num(df, "Sludge In").groupby(_sp_fail(df)).agg(how).to_numpy()


_SP_QS = [
    Q("how many inspections failed", _count(lambda df: int(_sp_fail(df).sum())), ("Result", "Inspection ID")),
    Q(
        "when the baffle was bad how often did the tank fail",
        _share(_sp_bad_baffle_rate),
        ("Result", "Baffle OK", "Inspection ID"),
    ),
    Q(
        "which county do we do the most inspections in",
        _lead(_named(lambda df: _top_label(_sp_county(df).value_counts()).title())),
        ("County", "Inspection ID"),
    ),
    Q(
        "typical sludge depth for the ones that failed vs the ones that passed?",
        either(_about(_sp_sludge_by_result("mean")), _about(_sp_sludge_by_result("median"))),
        ("Sludge In", "Result"),
    ),
    Q(
        "how much did we bring in in fees from realtor referrals in 2024",
        _amount(_sp_referral_fees_2024),
        ("Fee", "Realtor Referral", "Inspection Date"),
    ),
    Q(
        "do bigger tanks have more sludge",
        _corr(lambda df: _num(df, "Tank Gallons"), lambda df: _num(df, "Sludge In")),
        ("Tank Gallons", "Sludge In"),
    ),
]


# --- 2. Ice cream scoop shop register --------------------------------------------------------------------------------

_IC_PRICES = {2022: (3.50, 5.00, 6.25, 10.50), 2023: (3.75, 5.25, 6.50, 11.00), 2024: (4.00, 5.75, 6.95, 11.75)}


def _scoop_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37002)
    rows: list[dict[str, Any]] = []
    for year, (single, double, pint, quart) in _IC_PRICES.items():
        for day in pd.date_range(f"{year}-04-01", f"{year}-10-31", freq="D"):
            season = np.exp(-(((day.dayofyear - 200) / 55) ** 2))
            temp = int(np.round(58 + 30 * season + rng.normal(0, 6)))
            prices = {
                "Single Price": _money(single),
                "Double Price": _money(double),
                "Pint Price": _money(pint),
                "Quart Price": _money(quart),
            }
            if rng.random() < 0.05:
                rows.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "Single Cones": "CLOSED",
                        "Double Cones": "",
                        "Pints": "",
                        "Quarts": "",
                        **prices,
                        "High Temp (F)": temp,
                    }
                )
                continue
            weekend = 1.5 if day.dayofweek >= 5 else 1.0
            base = max(temp - 50, 3) * 3.2 * weekend
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Single Cones": int(rng.poisson(base)),
                    "Double Cones": int(rng.poisson(base * 0.45)),
                    "Pints": int(rng.poisson(8 + base * 0.08)),
                    "Quarts": int(rng.poisson(3 + base * 0.03)),
                    **prices,
                    "High Temp (F)": temp,
                }
            )
    return pd.DataFrame(rows)


def _ic_open(df: pd.DataFrame) -> pd.DataFrame:
    out = df.assign(_day=_date(df, "Date", "%Y-%m-%d"))
    return out[pd.to_numeric(out["Single Cones"], errors="coerce").notna()]


def _ic_revenue(d: pd.DataFrame) -> pd.Series:
    pairs = [("Single Cones", "Single Price"), ("Double Cones", "Double Price"), ("Pints", "Pint Price")]
    pairs.append(("Quarts", "Quart Price"))
    return sum(_num(d, q) * _num(d, p) for q, p in pairs)


def _ic_top_month_2023(df: pd.DataFrame) -> int:
    d = _ic_open(df)
    d = d[d["_day"].dt.year == 2023]
    return int(_top_label(_num(d, "Single Cones").groupby(d["_day"].dt.month).sum()))


def _ic_hot_singles(df: pd.DataFrame) -> pd.Series:
    d = _ic_open(df)
    return _num(d, "Single Cones")[_num(d, "High Temp (F)") > 90]


_IC_QS = [
    Q(
        "how many double cones have we sold altogether",
        _count(lambda df: int(_num(_ic_open(df), "Double Cones").sum())),
        ("Double Cones",),
    ),
    Q(
        "in 2023 which month did we sell the most single cones",
        _lead(_month_word(_ic_top_month_2023)),
        ("Single Cones", "Date"),
    ),
    Q(
        "do we sell more cones when its hotter",
        either(
            _corr(
                lambda df: _num(_ic_open(df), "High Temp (F)"),
                lambda df: _num(_ic_open(df), "Single Cones") + _num(_ic_open(df), "Double Cones"),
            ),
            _corr(lambda df: _num(_ic_open(df), "High Temp (F)"), lambda df: _num(_ic_open(df), "Single Cones")),
        ),
        ("High Temp (F)", "Single Cones", "Double Cones"),
    ),
    Q(
        "whats our total revenue for 2024",
        _amount(lambda df: float(_ic_revenue(_ic_open(df))[_ic_open(df)["_day"].dt.year == 2024].sum())),
        (
            "Date",
            "Single Cones",
            "Double Cones",
            "Pints",
            "Quarts",
            "Single Price",
            "Double Price",
            "Pint Price",
            "Quart Price",
        ),
    ),
    Q(
        "on days over 90 degrees how many single cones do we usually sell",
        _typical(_ic_hot_singles),
        ("Single Cones", "High Temp (F)"),
    ),
    Q(
        "how many days were we closed",
        _count(lambda df: int((_text(df, "Single Cones").str.upper() == "CLOSED").sum())),
        ("Single Cones", "Date"),
    ),
]


# --- 3. Music school spring recital ----------------------------------------------------------------------------------

_MR_INSTRUMENTS = ["Piano", "Violin", "Cello", "Guitar", "Flute", "Voice", "Trumpet"]
_MR_TEACHERS = {
    "Piano": ["Ms. Alvarez", "Mr. Okafor"],
    "Violin": ["Mrs. Lindqvist"],
    "Cello": ["Mrs. Lindqvist"],
    "Guitar": ["Mr. Brennan"],
    "Flute": ["Ms. Tanaka"],
    "Voice": ["Ms. Alvarez", "Ms. Duval"],
    "Trumpet": ["Mr. Brennan"],
}
_MR_SKILL = {"Ms. Alvarez": 0.5, "Mr. Okafor": 0.0, "Mrs. Lindqvist": 0.3, "Mr. Brennan": -0.4}
_MR_SKILL |= {"Ms. Tanaka": 0.2, "Ms. Duval": -0.2}


def _medal(score: float) -> str:
    return "Gold" if score >= 9 else "Silver" if score >= 8 else "Bronze" if score >= 7 else "None"


def _recital_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37003)
    students = []
    for _ in range(190):
        inst = _one(rng, _MR_INSTRUMENTS, [6, 4, 2, 3, 2, 3, 2])
        students.append(
            {
                "name": f"{_one(rng, _LAST)}, {_one(rng, _FIRST)}",
                "inst": inst,
                "teacher": _one(rng, _MR_TEACHERS[inst]),
                "born": int(rng.integers(2004, 2018)),
                "start": int(rng.integers(2012, 2023)),
                "talent": float(rng.normal(0, 0.8)),
            }
        )
    rows: list[dict[str, Any]] = []
    for year in range(2019, 2025):
        for date in (f"{year}-05-{int(rng.integers(10, 14))}", f"{year}-05-{int(rng.integers(17, 21))}"):
            for s in students:
                age = year - s["born"]
                if not (6 <= age <= 18) or s["start"] > year or rng.random() > 0.26:
                    continue
                years = year - s["start"] + int(rng.integers(0, 2))
                score = float(
                    np.clip(rng.normal(6.9 + 0.18 * years + s["talent"] + _MR_SKILL[s["teacher"]], 0.9), 1, 10)
                )
                score = round(score, 1)
                absent = rng.random() < 0.03
                inst = s["inst"].lower() if rng.random() < 0.05 else s["inst"]
                rows.append(
                    {
                        "Recital Date": date,
                        "Student": s["name"],
                        "Instrument": inst,
                        "Age": age,
                        "Years Studying": years,
                        "Piece Length (min)": round(float(np.clip(rng.normal(2.5 + 0.15 * age, 0.8), 1.0, 9.0)), 1),
                        "Teacher": s["teacher"],
                        "Judge Score": "ABSENT" if absent else f"{score:.1f}",
                        "Medal": "" if absent else _medal(score),
                    }
                )
    return pd.DataFrame(rows)


def _mr_gold(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Medal").str.title() == "Gold"


def _mr_top_teacher(df: pd.DataFrame) -> str:
    return _top_label(_mr_gold(df).groupby(_text(df, "Teacher")).sum())


def _mr_teacher_gold_rate(df: pd.DataFrame, performed: bool, distinct: bool) -> float:
    d = df[_text(df, "Teacher") == _mr_top_teacher(df)]
    if performed:
        d = d[_num(d, "Judge Score").notna()]
    if distinct:
        return float(_mr_gold(d).groupby(_text(d, "Student")).any().mean())
    return float(_mr_gold(d).mean())


_MR_QS = [
    Q(
        "how many kids got a gold medal",
        either(
            _count(lambda df: int(_mr_gold(df).sum())),
            _count(lambda df: int(_text(df, "Student")[_mr_gold(df)].nunique())),
        ),
        ("Medal", "Student"),
    ),
    Q(
        "which instrument gets the best scores on average",
        _lead(
            _named(lambda df: _top_label(_num(df, "Judge Score").groupby(_text(df, "Instrument").str.title()).mean()))
        ),
        ("Instrument", "Judge Score"),
    ),
    Q(
        "whats the average age of the performers",
        either(
            _typical(lambda df: _num(df, "Age")),
            _typical(lambda df: _num(df, "Age")[_num(df, "Judge Score").notna()]),
        ),
        ("Age",),
    ),
    Q(
        "do the kids who've been studying longer score higher",
        _corr(lambda df: _num(df, "Years Studying"), lambda df: _num(df, "Judge Score")),
        ("Years Studying", "Judge Score"),
    ),
    Q(
        "which teacher's students won the most golds",
        _lead(_named(_mr_top_teacher)),
        ("Teacher", "Medal", "Student"),
    ),
    Q(
        "what percent of that teacher's performances got gold",
        either(
            *[
                _share(lambda df, p=p, u=u: _mr_teacher_gold_rate(df, p, u))
                for p in (False, True)
                for u in (False, True)
            ]
        ),
        ("Teacher", "Medal", "Student", "Judge Score"),
    ),
]


# --- 4. Snow plow contractor's salt deliveries ----------------------------------------------------------------------

_SL_SUPPLIERS = ["Cargill", "Morton Salt", "Compass Minerals", "American Rock Salt"]
_SL_STORMS = {
    2021: [
        "Winter Storm Frida",
        "Winter Storm Izzy",
        "Winter Storm Kenan",
        "Winter Storm Landon",
        "Winter Storm Quest",
    ],
    2022: ["Winter Storm Diaz", "Winter Storm Elliott", "Winter Storm Gail", "Winter Storm Mara", "Winter Storm Olive"],
    2023: ["Winter Storm Gerri", "Winter Storm Heather", "Winter Storm Indigo", "Winter Storm Lisbon"],
}


def _salt_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37004)
    rows: list[dict[str, Any]] = []
    for start, storms in _SL_STORMS.items():
        stock = float(rng.uniform(180, 260))
        base = {2021: 72.0, 2022: 84.0, 2023: 79.0}[start]
        days = pd.date_range(f"{start}-11-01", f"{start + 1}-03-31", freq="D")
        storm_days = np.sort(rng.choice(len(days) - 20, size=len(storms), replace=False)) + 10
        storm_at = {int(i): name for i, name in zip(storm_days, storms, strict=True)}
        current = ""
        left = 0
        for i, day in enumerate(days):
            if i in storm_at:
                current, left = storm_at[i], int(rng.integers(4, 9))
                stock -= float(rng.uniform(60, 140))
            elif left:
                left -= 1
            else:
                current = ""
            stock = max(stock - float(rng.uniform(0, 4)), 5.0)
            n = int(rng.poisson(2.0 if current else 0.6))
            for _ in range(n):
                bagged = rng.random() < 0.18
                tons = round(float(rng.uniform(1, 4)), 2) if bagged else round(float(rng.uniform(19.5, 25.5)), 2)
                price = base * (2.3 if bagged else 1.0) * float(rng.uniform(0.93, 1.08))
                price *= 1.12 if current else 1.0
                stock += tons
                rows.append(
                    {
                        "Delivery Date": f"{day:%m/%d/%Y}",
                        "Supplier": _one(rng, _SL_SUPPLIERS, [4, 3, 2, 2]),
                        "Tons": tons,
                        "Price/Ton": _money(round(price, 2)),
                        "Truck #": f"T-{int(rng.integers(1, 19))}",
                        "Storm Name": current,
                        "Bulk/Bagged": "BAGGED" if bagged else "BULK",
                        "Yard Stock After (tons)": round(stock, 1),
                    }
                )
    return pd.DataFrame(rows)


def _sl_spend_winter(df: pd.DataFrame) -> float:
    day = _date(df, "Delivery Date", "%m/%d/%Y")
    inside = (day >= "2022-11-01") & (day <= "2023-04-30")
    return float((_num(df, "Tons") * _num(df, "Price/Ton"))[inside].sum())


def _sl_storm(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Storm Name")


def _sl_top_storm(df: pd.DataFrame) -> str:
    named = _sl_storm(df) != ""
    return _top_label(_num(df, "Tons")[named].groupby(_sl_storm(df)[named]).sum())


_SL_QS = [
    Q("how much salt did we get in total", _about(lambda df: float(_num(df, "Tons").sum()), rel=0.005), ("Tons",)),
    Q(
        "average price per ton from each supplier?",
        either(
            _about(lambda df: _num(df, "Price/Ton").groupby(_text(df, "Supplier")).mean().to_numpy()),
            _about(
                lambda df: (
                    (_num(df, "Price/Ton") * _num(df, "Tons")).groupby(_text(df, "Supplier")).sum()
                    / _num(df, "Tons").groupby(_text(df, "Supplier")).sum()
                ).to_numpy()
            ),
        ),
        ("Supplier", "Price/Ton", "Tons"),
    ),
    Q("which storm needed the most salt", _lead(_named(_sl_top_storm)), ("Storm Name", "Tons")),
    Q(
        "how much did we spend on salt in the 2022-23 winter",
        _amount(_sl_spend_winter),
        ("Tons", "Price/Ton", "Delivery Date"),
    ),
    Q(
        "what share of deliveries were bagged",
        _share(lambda df: float((_text(df, "Bulk/Bagged").str.upper() == "BAGGED").mean())),
        ("Bulk/Bagged",),
    ),
    Q(
        "whats the lowest the pile has gotten",
        _about(lambda df: float(_num(df, "Yard Stock After (tons)").min()), rel=0.005),
        ("Yard Stock After (tons)", "Delivery Date"),
    ),
]


# --- 5. Fishing charter catch log -----------------------------------------------------------------------------------

_FC_BOATS = ["Reel Deal", "Miss Behavin", "Sea Ya Later"]
_FC_SPECIES = ["Striped Bass", "Bluefish", "Fluke", "Black Sea Bass", "Scup", "Tautog"]
_FC_SIZE = {"Striped Bass": 14.0, "Bluefish": 6.0, "Fluke": 3.5, "Black Sea Bass": 2.5, "Scup": 1.2, "Tautog": 4.0}
_FC_RELEASE = {"Striped Bass": 0.7, "Bluefish": 0.35, "Fluke": 0.55, "Black Sea Bass": 0.4, "Scup": 0.15}
_FC_RELEASE |= {"Tautog": 0.5}


def _charter_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37005)
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023, 2024):
        for day in pd.date_range(f"{year}-05-01", f"{year}-10-31", freq="D"):
            temp = int(np.round(56 + 16 * np.exp(-(((day.dayofyear - 215) / 45) ** 2)) + rng.normal(0, 2)))
            for boat in _FC_BOATS:
                if rng.random() > (0.55 if day.dayofweek >= 5 else 0.28):
                    continue
                anglers = int(rng.integers(2, 7))
                hours = int(_one(rng, [4, 6, 8], [3, 4, 2]))
                tip = f"${int(round(float(rng.uniform(15, 30)) * anglers * hours / 6, -1))}"
                mood = (temp - 56) / 16
                kinds = rng.choice(len(_FC_SPECIES), size=int(rng.integers(1, 4)), replace=False)
                catches = []
                for k in kinds:
                    sp = _FC_SPECIES[int(k)]
                    total = int(rng.poisson(anglers * hours * (0.25 + 0.45 * mood)))
                    if total == 0:
                        continue
                    released = int(rng.binomial(total, _FC_RELEASE[sp]))
                    kept = total - released
                    big = round(float(_FC_SIZE[sp] * rng.uniform(0.7, 1.9)), 1) if kept else None
                    catches.append((sp, kept, released, big))
                if not catches:
                    catches = [("SKUNKED", 0, 0, None)]
                for j, (sp, kept, released, big) in enumerate(catches):
                    rows.append(
                        {
                            "Trip Date": f"{day.month}/{day.day}/{day.year}",
                            "Boat": boat,
                            "Anglers": anglers,
                            "Hours Out": hours,
                            "Species": sp.upper() if rng.random() < 0.05 else sp,
                            "Fish Kept": kept,
                            "Fish Released": released,
                            "Biggest (lb)": big if big is not None else "",
                            "Water Temp": f"{temp}F",
                            "Tip $": tip if j == 0 else "",
                        }
                    )
    return pd.DataFrame(rows)


def _fc_species(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Species").str.title()


def _fc_temp(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Water Temp").str.rstrip("Ff"), errors="coerce")


def _fc_fish(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Fish Kept") + _num(df, "Fish Released")


def _fc_stripers(df: pd.DataFrame) -> float:
    s = _fc_species(df) == "Striped Bass"
    return float(_num(df, "Fish Released")[s].sum() / _fc_fish(df)[s].sum())


def _fc_trips(df: pd.DataFrame) -> pd.DataFrame:
    d = df.assign(_temp=_fc_temp(df), _kept=_num(df, "Fish Kept"))
    return d.groupby(["Trip Date", "Boat"]).agg(temp=("_temp", "first"), kept=("_kept", "sum"))


def _fc_biggest(df: pd.DataFrame) -> pd.Series:
    return df.loc[_num(df, "Biggest (lb)").idxmax()]


_FC_QS = [
    Q("how many fish did we keep in total", _count(lambda df: int(_num(df, "Fish Kept").sum())), ("Fish Kept",)),
    Q(
        "what do we catch the most of",
        _lead(
            either(
                _named(lambda df: _top_label(_fc_fish(df).groupby(_fc_species(df)).sum())),
                _named(lambda df: _top_label(_num(df, "Fish Kept").groupby(_fc_species(df)).sum())),
            )
        ),
        ("Species", "Fish Kept", "Fish Released"),
    ),
    Q(
        "whats the biggest fish anyone landed and what was it",
        _both(
            _about(lambda df: float(_num(df, "Biggest (lb)").max()), rel=0.001),
            _named(lambda df: str(_fc_species(df)[_num(df, "Biggest (lb)").idxmax()])),
        ),
        ("Biggest (lb)", "Species", "Trip Date", "Boat"),
    ),
    Q(
        "what percent of striped bass do we let go",
        _share(_fc_stripers),
        ("Species", "Fish Kept", "Fish Released"),
    ),
    Q(
        "how much in tips has each boat made",
        _amount(lambda df: _num(df, "Tip $").groupby(_text(df, "Boat")).sum().to_numpy()),
        ("Boat", "Tip $"),
    ),
    Q(
        "does the water temperature affect how many fish we keep",
        either(
            _corr(_fc_temp, lambda df: _num(df, "Fish Kept")),
            _corr(lambda df: _fc_trips(df)["temp"], lambda df: _fc_trips(df)["kept"]),
        ),
        ("Water Temp", "Fish Kept", "Trip Date", "Boat"),
    ),
]


# --- 6. Thrift store register sales by department -------------------------------------------------------------------

_TS_DEPTS = ["Clothing $", "Housewares $", "Books $", "Furniture $"]


def _thrift_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37006)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="D"):
        if day.dayofweek == 6:
            continue
        busy = 1.7 if day.dayofweek == 5 else 1.0 + 0.1 * (day.dayofweek == 4)
        for reg in range(1, 4 if day.dayofweek == 5 else 3):
            vol = round(float(rng.uniform(2, 9) * busy) * 2) / 2
            lift = busy * (0.8 + 0.05 * vol) * (0.75 if reg == 3 else 1.0)
            clothing = rng.gamma(6, 60) * lift
            house = rng.gamma(5, 30) * lift
            books = rng.gamma(3, 12) * lift
            furniture = rng.gamma(2, 70) * lift if rng.random() < 0.35 else None
            total = clothing + house + books + (furniture or 0.0)
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Register": f"REG {reg}",
                    "Clothing $": round(float(clothing), 2),
                    "Housewares $": round(float(house), 2),
                    "Books $": round(float(books), 2),
                    "Furniture $": round(float(furniture), 2) if furniture is not None else "",
                    "Transactions": int(max(rng.poisson(total / 14), 1)),
                    "Coupons": int(rng.poisson(2.0 * busy)),
                    "Volunteer Hours": vol,
                }
            )
    return pd.DataFrame(rows)


def _ts_total(df: pd.DataFrame) -> pd.Series:
    return sum(_num(df, c).fillna(0) for c in _TS_DEPTS)


def _ts_day(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


def _ts_busiest(by: str) -> Callable[[pd.DataFrame], int]:
    def pick(df: pd.DataFrame) -> int:
        values = _num(df, "Transactions") if by == "tx" else _ts_total(df)
        day = _ts_day(df)
        daily = values.groupby(day).sum()
        return int(_top_label(daily.groupby(daily.index.dayofweek).mean()))

    return pick


def _ts_daily(df: pd.DataFrame) -> pd.DataFrame:
    d = pd.DataFrame({"day": _ts_day(df), "vol": _num(df, "Volunteer Hours"), "sales": _ts_total(df)})
    return d.groupby("day").sum()


_TS_QS = [
    Q(
        "which department makes the most money",
        _lead(_named(lambda df: _top_label(pd.Series({c[:-2]: _num(df, c).sum() for c in _TS_DEPTS})))),
        tuple(_TS_DEPTS),
    ),
    Q(
        "total sales for 2024?",
        _amount(lambda df: float(_ts_total(df)[_ts_day(df).dt.year == 2024].sum())),
        ("Date", *_TS_DEPTS),
    ),
    Q(
        "whats the average amount per transaction",
        either(
            _about(lambda df: float(_ts_total(df).sum() / _num(df, "Transactions").sum())),
            _about(lambda df: float((_ts_total(df) / _num(df, "Transactions")).mean())),
        ),
        ("Transactions", *_TS_DEPTS),
    ),
    Q(
        "which day of the week is busiest",
        _lead(either(_weekday(_ts_busiest("tx")), _weekday(_ts_busiest("sales")))),
        ("Date", "Transactions", *_TS_DEPTS),
    ),
    Q(
        "how many coupons got used on register 2",
        _count(lambda df: int(_num(df, "Coupons")[_text(df, "Register").str.upper() == "REG 2"].sum())),
        ("Register", "Coupons"),
    ),
    Q(
        "do we sell more when there are more volunteer hours",
        either(
            _corr(lambda df: _num(df, "Volunteer Hours"), _ts_total),
            _corr(lambda df: _ts_daily(df)["vol"], lambda df: _ts_daily(df)["sales"]),
        ),
        ("Volunteer Hours", "Date", "Register", *_TS_DEPTS),
    ),
]


# --- 7. Quarry truck dispatch ----------------------------------------------------------------------------------------

_QD_CUSTOMERS = [
    "KELLER PAVING LLC",
    "RIVERSIDE EXCAVATING",
    "J&M CONSTRUCTION",
    "TOWNSHIP OF EAST HANOVER",
    "STONEBRIDGE LANDSCAPING",
    "DIAMOND SITE WORK INC",
    "HOMEOWNER - CASH",
]
_QD_PRODUCTS = {"#57 Stone": 19.5, "Crusher Run": 16.0, "Rip Rap": 24.0}


def _quarry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37007)
    rows: list[dict[str, Any]] = []
    days = pd.bdate_range("2023-01-02", "2024-12-31")
    weights = np.array([0.4 if d.month in (1, 2, 12) else 1.0 for d in days])
    picks = np.sort(rng.choice(len(days), size=2400, p=weights / weights.sum()))
    for k, i in enumerate(picks):
        day = days[i]
        ticket = 60001 + k
        if rng.random() < 0.025:
            rows.append(
                {
                    "Ticket #": ticket,
                    "Date": f"{day:%Y-%m-%d}",
                    "Customer": "VOID",
                    "Product": "",
                    "Loads": 0,
                    "Tons/Load": "",
                    "Price/Ton": "",
                    "Delivery Miles": "",
                    "Haul Rate": "",
                }
            )
            continue
        customer = _one(rng, _QD_CUSTOMERS, [5, 4, 4, 2, 3, 3, 2])
        product = _one(rng, list(_QD_PRODUCTS), [5, 4, 1])
        pickup = customer == "HOMEOWNER - CASH" or rng.random() < 0.15
        miles = 0 if pickup else int(rng.integers(3, 46))
        price = _QD_PRODUCTS[product] + (1.0 if day.year == 2024 else 0.0)
        rows.append(
            {
                "Ticket #": ticket,
                "Date": f"{day:%Y-%m-%d}",
                "Customer": customer,
                "Product": product,
                "Loads": 1 if customer == "HOMEOWNER - CASH" else int(rng.integers(1, 9)),
                "Tons/Load": round(float(rng.uniform(18.0, 23.5)), 2),
                "Price/Ton": _money(price),
                "Delivery Miles": miles,
                "Haul Rate": "PICKUP" if pickup else _money(round(2.0 + 0.12 * miles + float(rng.normal(0, 0.3)), 2)),
            }
        )
    return pd.DataFrame(rows)


def _qd_tons(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "Loads") * _num(df, "Tons/Load")).fillna(0)


def _qd_pickup(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Haul Rate").str.upper() == "PICKUP"


def _qd_march_2024(df: pd.DataFrame) -> float:
    day = _date(df, "Date", "%Y-%m-%d")
    inside = (day.dt.year == 2024) & (day.dt.month == 3)
    return float((_qd_tons(df) * _num(df, "Price/Ton"))[inside].sum())


def _qd_real(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Customer").str.upper() != "VOID"


_QD_QS = [
    Q(
        "how many tons of crusher run went out",
        _about(lambda df: float(_qd_tons(df)[_text(df, "Product") == "Crusher Run"].sum()), rel=0.005),
        ("Product", "Loads", "Tons/Load"),
    ),
    Q(
        "who's our biggest customer by tonnage",
        _lead(_named(lambda df: _top_label(_qd_tons(df)[_qd_real(df)].groupby(_text(df, "Customer")).sum()))),
        ("Customer", "Loads", "Tons/Load"),
    ),
    Q(
        "how far do our deliveries usually go",
        either(
            _typical(lambda df: _num(df, "Delivery Miles")[_num(df, "Delivery Miles") > 0]),
            _typical(lambda df: _num(df, "Delivery Miles")),
        ),
        ("Delivery Miles", "Haul Rate"),
    ),
    Q(
        "how much did we bill for material in march 2024",
        _amount(_qd_march_2024),
        ("Date", "Loads", "Tons/Load", "Price/Ton"),
    ),
    Q(
        "what share of tickets were customer pickups",
        either(
            _share(lambda df: float(_qd_pickup(df).mean())),
            _share(lambda df: float(_qd_pickup(df)[_qd_real(df)].mean())),
        ),
        ("Haul Rate", "Delivery Miles", "Ticket #", "Customer"),
    ),
    Q(
        "does the haul rate go up with distance",
        _corr(
            lambda df: _num(df, "Delivery Miles")[~_qd_pickup(df)],
            lambda df: _num(df, "Haul Rate")[~_qd_pickup(df)],
        ),
        ("Haul Rate", "Delivery Miles"),
    ),
]


HELDOUT370 = [
    Dataset("septic_tank_inspection_reports", _septic_frame, _SP_QS),
    Dataset("scoop_shop_daily_register", _scoop_frame, _IC_QS),
    Dataset("music_school_spring_recital", _recital_frame, _MR_QS),
    Dataset("plow_contractor_salt_deliveries", _salt_frame, _SL_QS),
    Dataset("fishing_charter_catch_log", _charter_frame, _FC_QS),
    Dataset("thrift_store_register_departments", _thrift_frame, _TS_QS),
    Dataset("quarry_truck_dispatch_tickets", _quarry_frame, _QD_QS),
]
