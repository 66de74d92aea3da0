"""HELDOUT312: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a dog agility trial's run
results (one three-day trial in March 2024, one row per run) with "Trial Date" as "03/08/2024", Armband (a number a
dog keeps all weekend), "Call Name" (call names such as "Bella" repeat across different dogs), Breed, Handler, "Jump
Height" with its unit inside as '16"', Class (Standard, JWW, FAST), Level (Novice A, Novice B, Open, Excellent,
Master), "Time" in seconds as 41.27 (blank for absent or excused dogs), SCT (standard course time in seconds),
Faults (a count of points, blank when not run) and "Q/NQ" (Q, NQ, ABS for absent, E for excused); a reptile
breeder's clutch log (2022 to 2024 seasons, one row per pairing) with "Female ID" as "BP-F07", "Male ID", Species
(Ball Python, Leopard Gecko, Corn Snake, Crested Gecko), Morph ("Pastel Clown", "Het Pied", "Normal"), "Pairing
Date" as "2023-11-02", "Lay Date" ("N/A" when no clutch came), "Eggs Laid", Fertile, Slugs, Hatched (blank while a
clutch is still incubating and when there was no clutch), "Incubation Temp (F)" as "88.5F", "Days to Hatch" and a
mostly blank Notes; a butterfly monitoring transect sheet for one site (2021 to 2023, April to September, wide: one
row per walk per section) with Date as "12/06/2023" (day first), Week (1 to 26), Section (S1 to S8), Recorder,
"Start Time" as "11:15", "Temp (C)", "Wind (Beaufort)" (0 to 5), "Cloud %" and then one count column per species
("Meadow Brown", "Small White", "Red Admiral", ...) left blank for none, with the weather written once per walk;
a sea turtle nest survey (2021 to 2023 seasons, one row per nest) with "Nest ID" as "23-CC-0141", "Beach Zone"
(North, Inlet, Pier, Park, Condo Row, South), Species as a code (CC, CM, DC), "Lay Date" and "Hatch Date" as
"5/14/2023" (hatch blank when the nest washed out), "Clutch Size", Hatched, Emerged (blank when the nest was not
excavated), Predated (Y, N), "Washed Over" (Y, N) and Relocated (Y, N, blank when not noted); a whale watching
company's sightings log (April to October 2023, one row per species seen per trip, so a trip repeats over several
rows and its passenger count with it; trips with nothing seen get one "None" row) with "Trip ID" as "CT-0714-1000",
"Trip Date" as "2023-07-14", "Departure" as "10:00 AM", Vessel, Passengers, Species, Animals, "Sea State" (Beaufort
1 to 5), "Rain Check" (Y, N) and Naturalist; a charter fishing boat's trip log (2022 to 2024, one row per trip) with
"Trip Date" as "06/14/2024", Captain, "Trip Length (hrs)" (4, 6, 8, 12), Anglers, "Target Species", "Fish Kept",
"Fish Released", "Fuel (gal)", "Trip Price" as "$1,200.00", Tip as "$150.00" (blank when none) and a mostly blank
Notes; and a state wildlife agency's elk draw results (2021 to 2023, one row per hunt code and residency, with a
"TOTAL" row closing each year) with Year, "Hunt Code" as "E-M-012-O1-R", Unit (such as "12" or "161/171"), Season
(Early, 1st, 2nd, 3rd, 4th, Late), Weapon (ARCHERY, MUZZLELOADER, RIFLE), Residency (Resident, Nonresident),
Applicants, "Tags Available", "Tags Drawn" and "Harvest Success %" as "23%" ("N/A" for new hunts). All are generated
with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares
from .heldout253 import _amount, _num, _text, _top, _typical
from .offline_eval import Check, Dataset, Q, either, has, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _when(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _any_named(*values: Callable[[pd.DataFrame], str]) -> Check:
    """One of the labels picked by two readings of the question, beside its superlative."""
    return either(*(_lead(_named(v)) for v in values))


def _month_word(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("July" or "Jul")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


# --- 1. Dog agility trial results ----------------------------------------------------------------------------------

# breed: jump heights, speed factor (lower is faster), clean-run chance
_AG_BREEDS: dict[str, tuple[list[int], float, float]] = {
    "Border Collie": ([20, 24], 0.78, 0.62),
    "Shetland Sheepdog": ([12, 16], 0.88, 0.6),
    "Australian Shepherd": ([20, 24], 0.86, 0.52),
    "Jack Russell Terrier": ([12, 16], 0.9, 0.45),
    "Golden Retriever": ([20, 24], 1.02, 0.5),
    "Papillon": ([8, 12], 0.95, 0.55),
    "Labrador Retriever": ([20, 24], 1.05, 0.45),
    "Poodle": ([12, 16, 20], 0.93, 0.5),
    "Corgi": ([8, 12], 1.0, 0.5),
    "All American": ([12, 16, 20], 0.97, 0.48),
}
_AG_NAMES = ["Bella", "Max", "Luna", "Finn", "Zip", "Pepper", "Rocket", "Nova", "Kip", "Scout", "Bean", "Tess"]
_AG_NAMES += ["Dash", "Maisie", "Jett", "Pixie", "Gus", "Wren", "Ollie", "Blaze", "Rue", "Ziggy", "Tango", "Skye"]
_AG_HANDLERS = ["Karen Boyd", "Mark Ellison", "Julie Tran", "Deb Holloway", "Sam Ortiz", "Lisa Meyer", "Tom Ruiz"]
_AG_HANDLERS += ["Ann Pryor", "Gail Fenton", "Rob Chen", "Nancy Weller", "Pat Doyle", "Cheryl Banks", "Ed Sousa"]
_AG_LEVELS = ["Novice A", "Novice B", "Open", "Excellent", "Master"]
# class: base SCT at 20", base dog time
_AG_CLASSES = {"Standard": (68.0, 52.0), "JWW": (40.0, 31.0), "FAST": (38.0, 34.0)}


def _agility_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31201)
    dogs = []
    for i in range(150):
        breed = str(_one(rng, list(_AG_BREEDS), [6, 3, 3, 2, 3, 2, 2, 2, 2, 3]))
        heights, speed, clean = _AG_BREEDS[breed]
        dogs.append(
            {
                "Armband": 101 + i,
                "Call Name": str(_one(rng, _AG_NAMES)),
                "Breed": breed,
                "Handler": str(_one(rng, _AG_HANDLERS)),
                "height": int(_one(rng, heights)),
                "level": str(_one(rng, _AG_LEVELS, [1, 1, 2, 3, 5])),
                "speed": speed * float(rng.normal(1, 0.07)),
                "clean": clean,
            }
        )
    rows: list[dict[str, Any]] = []
    for day in ("03/08/2024", "03/09/2024", "03/10/2024"):
        for dog in dogs:
            for cls, (sct20, base) in _AG_CLASSES.items():
                if cls == "FAST" and rng.random() < 0.5:
                    continue
                if rng.random() < 0.12:
                    continue
                lvl_adj = {"Novice A": 1.12, "Novice B": 1.1, "Open": 1.04, "Excellent": 1.0, "Master": 0.97}
                sct = round(sct20 * lvl_adj[dog["level"]] * (1 + (20 - dog["height"]) * 0.008))
                status = "run"
                r = rng.random()
                if r < 0.05:
                    status = "ABS"
                elif r < 0.07:
                    status = "E"
                if status != "run":
                    rows.append(
                        {
                            "Trial Date": day,
                            "Armband": dog["Armband"],
                            "Call Name": dog["Call Name"],
                            "Breed": dog["Breed"],
                            "Handler": dog["Handler"],
                            "Jump Height": f'{dog["height"]}"',
                            "Class": cls,
                            "Level": dog["level"],
                            "Time": None,
                            "SCT": sct,
                            "Faults": None,
                            "Q/NQ": status,
                        }
                    )
                    continue
                t = base * dog["speed"] * lvl_adj[dog["level"]] * (1 + (dog["height"] - 20) * -0.004)
                t = round(max(18.0, t * float(rng.normal(1, 0.12))), 2)
                course = 0 if rng.random() < dog["clean"] else int(_one(rng, [5, 5, 10, 15, 20]))
                time_f = max(0, int(np.ceil(t - sct)))
                faults = course + time_f
                novice = dog["level"] in ("Novice A", "Novice B", "Open")
                q = (faults == 0) or (novice and course <= 5 and time_f <= 5 and faults <= 10)
                if course >= 20:
                    q = False
                rows.append(
                    {
                        "Trial Date": day,
                        "Armband": dog["Armband"],
                        "Call Name": dog["Call Name"],
                        "Breed": dog["Breed"],
                        "Handler": dog["Handler"],
                        "Jump Height": f'{dog["height"]}"',
                        "Class": cls,
                        "Level": dog["level"],
                        "Time": t,
                        "SCT": sct,
                        "Faults": faults,
                        "Q/NQ": "Q" if q else "NQ",
                    }
                )
    return pd.DataFrame(rows).astype({"Faults": "Int64"})


def _ag_height(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Jump Height").str.replace('"', "", regex=False), errors="coerce")


def _ag_q(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Q/NQ") == "Q"


def _ag_over(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Time") > _num(df, "SCT")


def _ag_breed_rate(ran_only: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        keep = _text(df, "Q/NQ").isin(["Q", "NQ"]) if ran_only else pd.Series(True, index=df.index)
        return _top(_ag_q(df)[keep].groupby(_text(df, "Breed")[keep]).mean())

    return pick


_AG_QS = [
    Q("how many runs got a Q", _count(lambda df: int(_ag_q(df).sum())), ("Q/NQ",)),
    Q(
        "which breed qualifies most often",
        _any_named(
            _ag_breed_rate(True),
            _ag_breed_rate(False),
            lambda df: _top(_ag_q(df).groupby(_text(df, "Breed")).sum()),
        ),
        ("Breed", "Q/NQ"),
    ),
    Q(
        "avg time for the 20 inch dogs in jww",
        has(
            lambda df: float(_num(df, "Time")[(_ag_height(df) == 20) & (_text(df, "Class") == "JWW")].mean()),
            rel=0.01,
        ),
        ("Jump Height", "Class", "Time"),
    ),
    Q(
        "do the taller jumpers run faster? jump height vs time",
        _corr(_ag_height, lambda d: _num(d, "Time")),
        ("Jump Height", "Time"),
    ),
    Q(
        "how many runs went over course time",
        _count(lambda df: int(_ag_over(df).sum())),
        ("Time", "SCT"),
    ),
    Q(
        "how many of those still qualified",
        _count(lambda df: int((_ag_over(df) & _ag_q(df)).sum())),
        ("Time", "SCT", "Q/NQ"),
    ),
]


# --- 2. Reptile breeder clutch log ---------------------------------------------------------------------------------

# species: females, morphs, eggs per clutch range, clutches per pairing max, temp range F, days at mid temp, mid temp
_RP_SPECIES: dict[str, tuple[int, list[str], tuple[int, int], int, tuple[float, float], float, float]] = {
    "Ball Python": (
        26,
        ["Normal", "Pastel", "Pastel Clown", "Het Pied", "Banana", "Mojave", "Spider"],
        (3, 9),
        1,
        (87.0, 90.0),
        57.0,
        88.5,
    ),
    "Leopard Gecko": (
        22,
        ["Normal", "Tremper Albino", "Mack Snow", "Tangerine", "Bell Albino"],
        (1, 2),
        5,
        (80.0, 90.0),
        52.0,
        84.0,
    ),
    "Corn Snake": (14, ["Normal", "Amel", "Anery", "Snow", "Okeetee"], (10, 24), 1, (80.0, 84.0), 62.0, 82.0),
    "Crested Gecko": (16, ["Harlequin", "Dalmatian", "Flame", "Lilly White"], (1, 2), 6, (70.0, 76.0), 75.0, 73.0),
}
_RP_PREFIX = {"Ball Python": "BP", "Leopard Gecko": "LG", "Corn Snake": "CS", "Crested Gecko": "CG"}


def _reptile_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31202)
    rows: list[dict[str, Any]] = []
    for sp, (n_f, morphs, (elo, ehi), max_cl, (tlo, thi), days_mid, t_mid) in _RP_SPECIES.items():
        pre = _RP_PREFIX[sp]
        females = [(f"{pre}-F{i + 1:02d}", str(_one(rng, morphs)), float(rng.uniform(0.7, 1.1))) for i in range(n_f)]
        males = [f"{pre}-M{i + 1:02d}" for i in range(max(2, n_f // 4))]
        for season in (2022, 2023, 2024):
            for fid, morph, fert in females:
                if rng.random() < 0.2:
                    continue
                pair = pd.Timestamp(f"{season - 1}-10-15") + pd.Timedelta(days=int(rng.integers(0, 120)))
                clutches = int(rng.integers(1, max_cl + 1))
                lay = pair + pd.Timedelta(days=int(rng.integers(25, 110)))
                for c in range(clutches):
                    if c:
                        lay = lay + pd.Timedelta(days=int(rng.integers(18, 35)))
                    no_clutch = c == 0 and rng.random() < 0.15
                    row: dict[str, Any] = {
                        "Female ID": fid,
                        "Species": sp,
                        "Morph": morph,
                        "Male ID": str(_one(rng, males)),
                        "Pairing Date": f"{pair:%Y-%m-%d}",
                        "Lay Date": "N/A",
                        "Eggs Laid": None,
                        "Fertile": None,
                        "Slugs": None,
                        "Hatched": None,
                        "Incubation Temp (F)": "",
                        "Days to Hatch": None,
                        "Notes": "no lock observed" if no_clutch and rng.random() < 0.3 else "",
                    }
                    if no_clutch:
                        rows.append(row)
                        break
                    eggs = int(rng.integers(elo, ehi + 1))
                    fertile = int(rng.binomial(eggs, min(0.97, 0.82 * fert)))
                    temp = round(float(rng.uniform(tlo, thi)) * 2) / 2
                    days = max(30, round(days_mid - (temp - t_mid) * 3.2 + float(rng.normal(0, 2.5))))
                    pending = lay + pd.Timedelta(days=days) > pd.Timestamp("2024-07-15")
                    hatched = None if pending else int(rng.binomial(fertile, 0.9))
                    row |= {
                        "Lay Date": f"{lay:%Y-%m-%d}",
                        "Eggs Laid": eggs,
                        "Fertile": fertile,
                        "Slugs": eggs - fertile,
                        "Hatched": hatched,
                        "Incubation Temp (F)": f"{temp}F",
                        "Days to Hatch": None if pending else days,
                        "Notes": "still cooking" if pending and rng.random() < 0.5 else row["Notes"],
                    }
                    rows.append(row)
    out = pd.DataFrame(rows)
    out = out.sort_values("Pairing Date", kind="stable").reset_index(drop=True)
    return out.astype({c: "Int64" for c in ("Eggs Laid", "Fertile", "Slugs", "Hatched", "Days to Hatch")})


def _rp_temp(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(df, "Incubation Temp (F)").str.rstrip("Ff"), errors="coerce")


def _rp_hatch_rate(over: str, done_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        keep = _num(df, "Hatched").notna() if done_only else _num(df, "Eggs Laid").notna()
        return float(_num(df, "Hatched")[keep].sum() / _num(df, over)[keep].sum())

    return rate


_RP_QS = [
    Q(
        "how many eggs total from the ball pythons",
        _count(lambda df: float(_num(df, "Eggs Laid")[_text(df, "Species") == "Ball Python"].sum())),
        ("Species", "Eggs Laid"),
    ),
    Q(
        "what's our hatch rate",
        either(*(_share(_rp_hatch_rate(o, d)) for o in ("Eggs Laid", "Fertile") for d in (True, False))),
        ("Hatched", "Eggs Laid", "Fertile"),
    ),
    Q(
        "which female has laid the most eggs",
        _lead(_named(lambda df: _top(_num(df, "Eggs Laid").groupby(_text(df, "Female ID")).sum()))),
        ("Female ID", "Eggs Laid"),
    ),
    Q(
        "for the ball pythons, do hotter incubators hatch faster?",
        _corr(
            lambda d: _rp_temp(d)[_text(d, "Species") == "Ball Python"],
            lambda d: _num(d, "Days to Hatch")[_text(d, "Species") == "Ball Python"],
        ),
        ("Species", "Incubation Temp (F)", "Days to Hatch"),
    ),
    Q(
        "how many pairings never produced a clutch",
        _count(lambda df: int((_text(df, "Lay Date").isin(["N/A", ""]) | df["Lay Date"].isna()).sum())),
        ("Lay Date", "Female ID", "Pairing Date"),
    ),
    Q(
        "average number of slugs per clutch for each species",
        has(lambda df: _num(df, "Slugs").groupby(_text(df, "Species")).mean().to_numpy(), rel=0.01),
        ("Species", "Slugs"),
    ),
]


# --- 3. Butterfly transect count sheet (wide) ----------------------------------------------------------------------

# species: base count per section walk, peak week (1 = first week of April), spread in weeks
_BF_SPECIES: dict[str, tuple[float, float, float]] = {
    "Small Tortoiseshell": (0.5, 6, 8),
    "Peacock": (0.7, 4, 10),
    "Red Admiral": (0.6, 20, 6),
    "Meadow Brown": (4.5, 14, 3),
    "Gatekeeper": (2.2, 17, 2),
    "Ringlet": (2.0, 13, 2.5),
    "Small White": (1.8, 18, 7),
    "Large White": (1.1, 17, 7),
    "Green-veined White": (1.0, 10, 8),
    "Orange-tip": (0.8, 5, 2),
    "Common Blue": (0.9, 17, 5),
    "Brimstone": (0.6, 3, 9),
    "Speckled Wood": (1.2, 12, 10),
    "Comma": (0.4, 12, 9),
    "Small Copper": (0.3, 16, 8),
}
# section: habitat factor
_BF_SECTIONS = {"S1": 0.8, "S2": 1.3, "S3": 1.0, "S4": 1.6, "S5": 0.6, "S6": 1.1, "S7": 0.9, "S8": 0.5}
_BF_RECORDERS = ["J. Hartley", "M. Osei", "P. Kingsley", "R. Dunmore"]


def _butterfly_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31203)
    rows: list[dict[str, Any]] = []
    for year in (2021, 2022, 2023):
        first = pd.Timestamp(f"{year}-04-01")
        for week in range(1, 27):
            if rng.random() < 0.12:
                continue
            day = first + pd.Timedelta(days=7 * (week - 1) + int(rng.integers(0, 7)))
            season = np.sin(np.pi * (week - 1) / 26)
            temp = round(float(11 + 11 * season + rng.normal(0, 2.5)), 1)
            wind = int(np.clip(rng.normal(2.2, 1.2), 0, 5))
            cloud = int(np.clip(rng.normal(45, 28), 0, 100) // 10 * 10)
            recorder = str(_one(rng, _BF_RECORDERS))
            start = f"{int(rng.integers(10, 14))}:{int(_one(rng, [0, 15, 30, 45])):02d}"
            weather = np.exp(0.09 * (temp - 17)) * (1 - 0.12 * wind) * (1 - 0.004 * cloud)
            for sec, hab in _BF_SECTIONS.items():
                row: dict[str, Any] = {
                    "Date": f"{day:%d/%m/%Y}",
                    "Week": week,
                    "Section": sec,
                    "Recorder": recorder,
                    "Start Time": start,
                    "Temp (C)": temp,
                    "Wind (Beaufort)": wind,
                    "Cloud %": cloud,
                }
                for sp, (base, peak, spread) in _BF_SPECIES.items():
                    lam = base * hab * max(weather, 0.05) * np.exp(-0.5 * ((week - peak) / spread) ** 2)
                    n = int(rng.poisson(lam * 1.4))
                    row[sp] = n if n else None
                rows.append(row)
    out = pd.DataFrame(rows)
    return out.astype({sp: "Int64" for sp in _BF_SPECIES})


def _bf_species(df: pd.DataFrame) -> list[str]:
    return [c for c in df.columns if c in _BF_SPECIES]


def _bf_total(df: pd.DataFrame) -> pd.Series:
    return df[_bf_species(df)].apply(pd.to_numeric, errors="coerce").fillna(0).sum(axis=1)


def _bf_date(df: pd.DataFrame) -> pd.Series:
    return _when(df, "Date", "%d/%m/%Y")


_BF_QS = [
    Q(
        "which butterfly do we see the most of",
        _lead(_named(lambda df: _top(df[_bf_species(df)].apply(pd.to_numeric, errors="coerce").sum()))),
        tuple(_BF_SPECIES),
    ),
    Q(
        "how many meadow browns were counted in 2023",
        _count(lambda df: float(_num(df, "Meadow Brown")[_bf_date(df).dt.year == 2023].sum())),
        ("Meadow Brown", "Date"),
    ),
    Q(
        "which month is best for butterflies",
        either(
            _month_word(lambda df: int(_bf_total(df).groupby(_bf_date(df).dt.month).sum().idxmax())),
            _month_year(lambda df: _bf_total(df).groupby(_bf_date(df).dt.to_period("M")).sum().idxmax().to_timestamp()),
        ),
        ("Date",),
    ),
    Q(
        "do warmer days bring more butterflies",
        either(
            _corr(lambda d: _num(d, "Temp (C)"), _bf_total),
            _corr(
                lambda d: _num(d, "Temp (C)").groupby(_text(d, "Date")).first(),
                lambda d: _bf_total(d).groupby(_text(d, "Date")).sum(),
            ),
        ),
        ("Temp (C)", "Date", "Section"),
    ),
    Q(
        "which stretch of the route has the most",
        _lead(_named(lambda df: _top(_bf_total(df).groupby(_text(df, "Section")).sum()))),
        ("Section",),
    ),
    Q(
        "how many walks were done in wind of 4 or more",
        either(
            _count(lambda df: int(_text(df, "Date")[_num(df, "Wind (Beaufort)") >= 4].nunique())),
            _count(lambda df: int((_num(df, "Wind (Beaufort)") >= 4).sum())),
        ),
        ("Wind (Beaufort)", "Date", "Section"),
    ),
]


# --- 4. Sea turtle nest survey -------------------------------------------------------------------------------------

# zone: nests weight, predation chance, wash-over chance, relocation chance
_ST_ZONES = {
    "North": (3, 0.12, 0.05, 0.05),
    "Inlet": (2, 0.08, 0.22, 0.35),
    "Pier": (3, 0.18, 0.08, 0.1),
    "Park": (4, 0.25, 0.06, 0.05),
    "Condo Row": (4, 0.1, 0.12, 0.3),
    "South": (2, 0.06, 0.1, 0.05),
}
# species: weight, clutch mean, clutch sd, incubation days mean, first lay month
_ST_SPECIES = {"CC": (14, 112, 18, 52, 5), "CM": (5, 118, 20, 57, 6), "DC": (1, 82, 14, 64, 3)}


def _turtle_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31204)
    rows: list[dict[str, Any]] = []
    for year in (2021, 2022, 2023):
        n = int(rng.integers(380, 520))
        serial = {s: 0 for s in _ST_SPECIES}
        nests = []
        for _ in range(n):
            sp = str(_one(rng, list(_ST_SPECIES), [w[0] for w in _ST_SPECIES.values()]))
            _, cmean, csd, inc, m0 = _ST_SPECIES[sp]
            lay = pd.Timestamp(year, m0, 1) + pd.Timedelta(days=int(rng.integers(0, 100)))
            nests.append((lay, sp, cmean, csd, inc))
        nests.sort(key=lambda x: x[0])
        for lay, sp, cmean, csd, inc in nests:
            serial[sp] += 1
            zone = str(_one(rng, list(_ST_ZONES), [z[0] for z in _ST_ZONES.values()]))
            _, p_pred, p_wash, p_reloc = _ST_ZONES[zone]
            clutch = int(max(40, rng.normal(cmean, csd)))
            relocated = rng.random() < p_reloc
            predated = rng.random() < p_pred
            washed = rng.random() < (p_wash * (0.3 if relocated else 1))
            lost = washed and rng.random() < 0.35
            days = round(float(inc - 0.08 * (lay.dayofyear - 150) + rng.normal(0, 3) + (2 if relocated else 0)))
            rate = float(np.clip(rng.normal(0.78, 0.12), 0, 0.98))
            rate *= 0.55 if predated else 1
            rate *= 0.6 if washed else 1
            rate *= 0.93 if relocated else 1
            hatched = 0 if lost else int(rng.binomial(clutch, rate))
            emerged = int(rng.binomial(hatched, 0.94)) if hatched else 0
            excavated = rng.random() > 0.06
            hatch = "" if lost else f"{(lay + pd.Timedelta(days=days)):%-m/%-d/%Y}"
            rows.append(
                {
                    "Nest ID": f"{year % 100}-{sp}-{serial[sp]:04d}",
                    "Beach Zone": zone,
                    "Species": sp,
                    "Lay Date": f"{lay:%-m/%-d/%Y}",
                    "Hatch Date": hatch,
                    "Clutch Size": clutch if excavated or lost else None,
                    "Hatched": hatched if excavated or lost else None,
                    "Emerged": emerged if excavated or lost else None,
                    "Predated": "Y" if predated else "N",
                    "Washed Over": "Y" if washed else "N",
                    "Relocated": "" if rng.random() < 0.04 else "Y" if relocated else "N",
                }
            )
    cols = ["Clutch Size", "Hatched", "Emerged"]
    return pd.DataFrame(rows).astype({c: "Int64" for c in cols})


def _st_days(sp: str) -> Callable[[pd.DataFrame], pd.Series]:
    def days(df: pd.DataFrame) -> pd.Series:
        keep = _text(df, "Species") == sp
        d = _when(df, "Hatch Date", "%m/%d/%Y") - _when(df, "Lay Date", "%m/%d/%Y")
        return d.dt.days[keep].dropna()

    return days


def _st_success(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "Hatched") / _num(df, "Clutch Size")).dropna()


_ST_QS = [
    Q(
        "how many CM nests each year",
        _count(
            lambda df: (
                _when(df, "Lay Date", "%m/%d/%Y")[_text(df, "Species") == "CM"]
                .dt.year.value_counts()
                .sort_index()
                .to_numpy()
                .astype(float)
            )
        ),
        ("Species", "Lay Date", "Nest ID"),
    ),
    Q(
        "what's the typical hatch success",
        either(
            _share(lambda df: float(_st_success(df).mean())),
            _share(lambda df: float(_st_success(df).median())),
            _share(
                lambda df: float(_num(df, "Hatched").sum() / _num(df, "Clutch Size")[_num(df, "Hatched").notna()].sum())
            ),
        ),
        ("Hatched", "Clutch Size"),
    ),
    Q(
        "what share of nests got hit by predators",
        _share(lambda df: float((_text(df, "Predated") == "Y").mean())),
        ("Predated",),
    ),
    Q(
        "which part of the beach gets washed over the most",
        either(
            _lead(_named(lambda df: _top((_text(df, "Washed Over") == "Y").groupby(_text(df, "Beach Zone")).sum()))),
            _lead(_named(lambda df: _top((_text(df, "Washed Over") == "Y").groupby(_text(df, "Beach Zone")).mean()))),
        ),
        ("Beach Zone", "Washed Over"),
    ),
    Q(
        "for CC nests how many days from laying to hatching on average",
        _typical(_st_days("CC")),
        ("Species", "Lay Date", "Hatch Date"),
    ),
    Q("and for DC?", _typical(_st_days("DC")), ("Species", "Lay Date", "Hatch Date")),
]


# --- 5. Whale watching sightings log -------------------------------------------------------------------------------

# species: chance seen on a trip, group size range
_WW_SPECIES = {
    "Humpback Whale": (0.62, (1, 6)),
    "Fin Whale": (0.22, (1, 3)),
    "Minke Whale": (0.3, (1, 2)),
    "Atlantic White-sided Dolphin": (0.25, (8, 60)),
    "Harbor Porpoise": (0.2, (2, 10)),
    "Gray Seal": (0.15, (1, 8)),
}
_WW_VESSELS = {"Cetacea II": 140, "Hyannis Star": 90, "Whale Quest": 60}
_WW_NATURALISTS = ["Dana Whitcomb", "Lucas Ferreira", "Priya Nair", "Ellen Moss", "Ben Abbott"]


def _whale_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31205)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-04-15", "2023-10-22"):
        peak = np.sin(np.pi * (day.dayofyear - 105) / 190)
        for vessel, cap in _WW_VESSELS.items():
            deps = ["10:00 AM", "1:30 PM"] if day.month in (7, 8) else ["10:00 AM"]
            if vessel == "Whale Quest" and day.dayofweek < 4:
                continue
            for dep in deps:
                sea = int(np.clip(rng.normal(2.3, 1.0), 1, 5))
                if sea == 5 and rng.random() < 0.7:
                    continue
                pax = int(np.clip(rng.normal(cap * (0.35 + 0.55 * peak), cap * 0.15), 8, cap))
                nat = str(_one(rng, _WW_NATURALISTS))
                seen = []
                for sp, (p, (lo, hi)) in _WW_SPECIES.items():
                    if rng.random() < p * (1.15 - 0.12 * sea):
                        seen.append((sp, int(rng.integers(lo, hi + 1))))
                whales = any(sp.endswith("Whale") for sp, _ in seen)
                tid = f"{vessel[:2].upper()}-{day:%m%d}-{dep.replace(':', '').split()[0].zfill(4)}"
                base = {
                    "Trip ID": tid,
                    "Trip Date": f"{day:%Y-%m-%d}",
                    "Departure": dep,
                    "Vessel": vessel,
                    "Passengers": pax,
                }
                tail = {"Sea State": sea, "Rain Check": "N" if whales else "Y", "Naturalist": nat}
                if not seen:
                    rows.append(base | {"Species": "None", "Animals": 0} | tail)
                for sp, k in seen:
                    rows.append(base | {"Species": sp, "Animals": k} | tail)
    return pd.DataFrame(rows)


def _ww_trips(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates("Trip ID")


_WW_QS = [
    Q("how many trips did we run", _count(lambda df: int(df["Trip ID"].nunique())), ("Trip ID",)),
    Q(
        "what percent of trips ended with rain checks",
        _share(lambda df: float((_text(_ww_trips(df), "Rain Check") == "Y").mean())),
        ("Rain Check", "Trip ID"),
    ),
    Q(
        "whats the most commonly seen species",
        _any_named(
            lambda df: _top(_text(df, "Species")[_text(df, "Species") != "None"].value_counts()),
            lambda df: _top(_num(df, "Animals").groupby(_text(df, "Species")).sum()),
        ),
        ("Species", "Animals"),
    ),
    Q(
        "total passengers in august",
        _count(
            lambda df: float(
                _num(_ww_trips(df), "Passengers")[_when(_ww_trips(df), "Trip Date", "%Y-%m-%d").dt.month == 8].sum()
            )
        ),
        ("Passengers", "Trip Date", "Trip ID"),
    ),
    Q(
        "do rougher seas mean fewer animals spotted",
        either(
            _corr(lambda d: _num(d, "Sea State"), lambda d: _num(d, "Animals")),
            _corr(
                lambda d: _num(d, "Sea State").groupby(_text(d, "Trip ID")).first(),
                lambda d: _num(d, "Animals").groupby(_text(d, "Trip ID")).sum(),
            ),
        ),
        ("Sea State", "Animals", "Trip ID"),
    ),
    Q(
        "which naturalist has logged the most humpback sightings",
        _lead(
            _named(
                lambda df: _top(
                    _text(df, "Naturalist")[_text(df, "Species") == "Humpback Whale"].value_counts().sort_index()
                )
            )
        ),
        ("Naturalist", "Species"),
    ),
]


# --- 6. Charter fishing trip log -----------------------------------------------------------------------------------

# trip length: price, fuel mean, kept per angler, released per angler
_CF_LENGTHS = {4: (650.0, 28, 2.2, 3.0), 6: (900.0, 45, 3.0, 3.8), 8: (1200.0, 70, 3.6, 4.2), 12: (1800.0, 120, 4.5, 5)}
_CF_TARGETS = {"Red Snapper": 1.5, "Grouper": 0.8, "King Mackerel": 0.9, "Mahi": 1.1, "Amberjack": 0.7}
_CF_RELEASE = {"Red Snapper": 1.6, "Grouper": 1.3, "King Mackerel": 0.6, "Mahi": 0.5, "Amberjack": 1.1}
_CF_CAPTAINS = {"Capt. Ray Dupree": 1.1, "Capt. Jenna Cole": 1.0, "Capt. Hank Voss": 0.9}


def _fishing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31206)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2022-03-01", "2024-11-30"):
        season = 0.25 + 0.75 * max(0.0, np.sin(np.pi * (day.dayofyear - 60) / 250))
        if rng.random() > season * (0.9 if day.dayofweek >= 5 else 0.5):
            continue
        hrs = int(_one(rng, list(_CF_LENGTHS), [4, 5, 4, 1]))
        price, fuel, kept_pa, rel_pa = _CF_LENGTHS[hrs]
        price += float(_one(rng, [0.0, 0.0, 50.0, 100.0])) if day.year >= 2024 else 0.0
        target = str(_one(rng, list(_CF_TARGETS), list(_CF_TARGETS.values())))
        captain = str(_one(rng, list(_CF_CAPTAINS), [4, 3, 2]))
        anglers = int(rng.integers(2, 7))
        skill = _CF_CAPTAINS[captain]
        kept = int(rng.poisson(kept_pa * anglers * skill * (0.5 if target == "Red Snapper" else 1)))
        released = int(rng.poisson(rel_pa * anglers * skill * _CF_RELEASE[target]))
        gal = round(float(fuel * rng.normal(1, 0.12)), 1)
        tip = round(price * float(rng.uniform(0.1, 0.22)) / 5) * 5 if rng.random() < 0.8 else None
        note = ""
        if rng.random() < 0.05:
            note = str(_one(rng, ["rough seas, came in early", "kid's first trip", "engine alarm, ran slow"]))
        rows.append(
            {
                "Trip Date": f"{day:%m/%d/%Y}",
                "Captain": captain,
                "Trip Length (hrs)": hrs,
                "Anglers": anglers,
                "Target Species": target,
                "Fish Kept": kept,
                "Fish Released": released,
                "Fuel (gal)": gal,
                "Trip Price": f"${price:,.2f}",
                "Tip": f"${tip:,.2f}" if tip is not None else "",
                "Notes": note,
            }
        )
    return pd.DataFrame(rows)


def _cf_date(df: pd.DataFrame) -> pd.Series:
    return _when(df, "Trip Date", "%m/%d/%Y")


def _cf_tip_rates(df: pd.DataFrame) -> list[float]:
    tip, price = _num(df, "Tip"), _num(df, "Trip Price")
    return [
        float((tip.fillna(0) / price).mean()),
        float((tip / price).mean()),
        float(tip.sum() / price.sum()),
        float(tip.sum() / price[tip.notna()].sum()),
    ]


_CF_QS = [
    Q(
        "how much did we bring in from trip fees in 2023",
        _amount(lambda df: float(_num(df, "Trip Price")[_cf_date(df).dt.year == 2023].sum())),
        ("Trip Price", "Trip Date"),
    ),
    Q(
        "average tip as a percent of the price",
        either(*(_share(lambda df, i=i: _cf_tip_rates(df)[i]) for i in range(4))),
        ("Tip", "Trip Price"),
    ),
    Q(
        "which captain brings back the most fish per trip",
        _any_named(
            lambda df: _top(_num(df, "Fish Kept").groupby(_text(df, "Captain")).mean()),
            lambda df: _top((_num(df, "Fish Kept") + _num(df, "Fish Released")).groupby(_text(df, "Captain")).mean()),
        ),
        ("Captain", "Fish Kept", "Fish Released"),
    ),
    Q(
        "do longer trips burn more fuel",
        _corr(lambda d: _num(d, "Trip Length (hrs)"), lambda d: _num(d, "Fuel (gal)")),
        ("Trip Length (hrs)", "Fuel (gal)"),
    ),
    Q(
        "what share of red snapper trips' fish got released",
        either(
            _share(
                lambda df: float(
                    _num(df, "Fish Released")[_text(df, "Target Species") == "Red Snapper"].sum()
                    / (_num(df, "Fish Released") + _num(df, "Fish Kept"))[
                        _text(df, "Target Species") == "Red Snapper"
                    ].sum()
                )
            ),
            _share(
                lambda df: float(
                    (_num(df, "Fish Released") / (_num(df, "Fish Released") + _num(df, "Fish Kept")))[
                        _text(df, "Target Species") == "Red Snapper"
                    ].mean()
                )
            ),
        ),
        ("Target Species", "Fish Released", "Fish Kept"),
    ),
    Q(
        "busiest month?",
        either(
            _month_word(lambda df: int(_cf_date(df).dt.month.value_counts().sort_index().idxmax())),
            _month_year(lambda df: _cf_date(df).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()),
        ),
        ("Trip Date",),
    ),
]


# --- 7. Elk hunt draw results --------------------------------------------------------------------------------------

_EK_UNITS = ["2", "10", "12", "21", "33", "44", "54", "61", "66", "76", "85", "161/171", "201", "214", "444"]
# season: weapon, demand factor, harvest base %
_EK_SEASONS = {
    "Early": ("ARCHERY", 1.4, 14),
    "1st": ("RIFLE", 1.0, 28),
    "2nd": ("RIFLE", 1.3, 22),
    "3rd": ("RIFLE", 0.9, 18),
    "4th": ("RIFLE", 0.6, 24),
    "Late": ("MUZZLELOADER", 1.1, 20),
}
_EK_WEAPON_CODE = {"ARCHERY": "A", "RIFLE": "R", "MUZZLELOADER": "M"}


def _elk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31207)
    hunts = []
    for unit in _EK_UNITS:
        quality = float(rng.uniform(0.4, 3.0))
        for season, (weapon, demand, harvest) in _EK_SEASONS.items():
            if rng.random() < 0.3:
                continue
            hunts.append((unit, season, weapon, demand * quality, harvest, quality))
    rows: list[dict[str, Any]] = []
    for year in (2021, 2022, 2023):
        ys = []
        for unit, season, weapon, demand, harvest, quality in hunts:
            tags = int(rng.integers(15, 400))
            new = year == 2021 and rng.random() < 0.08
            for res, share_tags, share_apps in (("Resident", 0.8, 0.65), ("Nonresident", 0.2, 0.35)):
                avail = max(2, int(tags * share_tags))
                apps = int(max(3, rng.normal(tags * demand * share_apps * 1.1, tags * 0.2)))
                drawn = min(avail, apps)
                succ = np.clip(harvest * (0.8 + 0.25 * quality) + rng.normal(0, 4), 3, 80)
                seas_no = list(_EK_SEASONS).index(season)
                code = f"E-E-{unit.split('/')[0].zfill(3)}-{_EK_WEAPON_CODE[weapon]}{seas_no}-{res[0]}"
                ys.append(
                    {
                        "Year": year,
                        "Hunt Code": code,
                        "Unit": unit,
                        "Season": season,
                        "Weapon": weapon,
                        "Residency": res,
                        "Applicants": apps,
                        "Tags Available": avail,
                        "Tags Drawn": drawn,
                        "Harvest Success %": "N/A" if new else f"{round(float(succ))}%",
                    }
                )
        rows += ys
        rows.append(
            {
                "Year": year,
                "Hunt Code": "TOTAL",
                "Unit": "",
                "Season": "",
                "Weapon": "",
                "Residency": "",
                "Applicants": sum(r["Applicants"] for r in ys),
                "Tags Available": sum(r["Tags Available"] for r in ys),
                "Tags Drawn": sum(r["Tags Drawn"] for r in ys),
                "Harvest Success %": "",
            }
        )
    return pd.DataFrame(rows)


def _ek(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Hunt Code") != "TOTAL"]


def _ek_odds(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Tags Drawn") / _num(df, "Applicants")


def _ek_res_odds(per_row: bool) -> Callable[[pd.DataFrame], Any]:
    def odds(df: pd.DataFrame) -> Any:
        d = _ek(df)
        g = _text(d, "Residency")
        if per_row:
            return _ek_odds(d).groupby(g).mean().to_numpy()
        return (_num(d, "Tags Drawn").groupby(g).sum() / _num(d, "Applicants").groupby(g).sum()).to_numpy()

    return odds


def _ek_archery(weighted: bool) -> Callable[[pd.DataFrame], float]:
    def avg(df: pd.DataFrame) -> float:
        d = _ek(df)
        keep = (_text(d, "Weapon") == "ARCHERY") & _num(d, "Harvest Success %").notna()
        pct = _num(d, "Harvest Success %")[keep]
        if not weighted:
            return float(pct.mean())
        w = _num(d, "Tags Drawn")[keep]
        return float((pct * w).sum() / w.sum())

    return avg


_EK_QS = [
    Q(
        "which unit is the hardest to draw",
        _any_named(
            lambda df: _top(
                _num(_ek(df), "Tags Drawn").groupby(_text(_ek(df), "Unit")).sum()
                / _num(_ek(df), "Applicants").groupby(_text(_ek(df), "Unit")).sum(),
                lowest=True,
            ),
            lambda df: _top(_ek_odds(_ek(df)).groupby(_text(_ek(df), "Unit")).mean(), lowest=True),
        ),
        ("Unit", "Tags Drawn", "Applicants"),
    ),
    Q(
        "draw odds residents vs nonresidents",
        either(_shares(_ek_res_odds(False)), _shares(_ek_res_odds(True))),
        ("Residency", "Tags Drawn", "Applicants"),
    ),
    Q(
        "how many people applied in 2023",
        _count(lambda df: float(_num(_ek(df), "Applicants")[_num(_ek(df), "Year") == 2023].sum())),
        ("Applicants", "Year"),
    ),
    Q(
        "average harvest success for archery hunts",
        either(_about(_ek_archery(False)), _about(_ek_archery(True))),
        ("Weapon", "Harvest Success %"),
    ),
    Q(
        "how many hunts had more tags than people applying",
        either(
            _count(lambda df: int((_num(_ek(df), "Tags Available") > _num(_ek(df), "Applicants")).sum())),
            _count(
                lambda df: int(
                    _text(_ek(df), "Hunt Code")[_num(_ek(df), "Tags Available") > _num(_ek(df), "Applicants")].nunique()
                )
            ),
        ),
        ("Hunt Code", "Tags Available", "Applicants"),
    ),
    Q(
        "are the hard-to-draw hunts the ones with better harvest success",
        _corr(lambda d: _ek_odds(_ek(d)), lambda d: _num(_ek(d), "Harvest Success %")),
        ("Tags Drawn", "Applicants", "Harvest Success %"),
    ),
]


HELDOUT312 = [
    Dataset("dog_agility_trial_results", _agility_frame, _AG_QS),
    Dataset("reptile_breeder_clutch_log", _reptile_frame, _RP_QS),
    Dataset("butterfly_transect_counts", _butterfly_frame, _BF_QS),
    Dataset("sea_turtle_nest_survey", _turtle_frame, _ST_QS),
    Dataset("whale_watch_sightings_log", _whale_frame, _WW_QS),
    Dataset("charter_fishing_trip_log", _fishing_frame, _CF_QS),
    Dataset("elk_hunt_draw_results", _elk_frame, _EK_QS),
]
