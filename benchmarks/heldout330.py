"""HELDOUT330: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a butcher shop's custom cut
orders (2023 to 2024, one row per order) with "Order #" as "CC-1042", Customer ("Last, First", regulars repeat),
Animal (Beef, Pork, Lamb, sometimes upper case), Share (Whole, Half, Quarter; quarters are beef only), "Hanging
Weight (lbs)", "Take-Home Weight (lbs)" (about 60-65% of hanging for beef, blank while the order is not picked up),
"Processing Fee" as "$1,045.50", "Price/lb Hanging" as "$0.95", "Pickup Date" as "10/14/2024" (blank while not picked
up) and Paid (Y/N); a pet adoption center's outcomes (2024, one row per outcome, returned animals come back under
the same "Animal ID" as "A2401234") with Name (blank now and then), Species (Dog, Cat, Rabbit, Guinea Pig), Breed,
Sex (Male, Female, Unknown), "Age (Months)", "Intake Date" and "Outcome Date" as "2024-03-05" (blank, with the
outcome, while still in care), "Outcome Type" (Adopted, Transferred, Returned to Owner, Euthanized), "Adoption Fee"
as "$150.00" (blank unless adopted) and Foster (Y/N); a robotics competition's qualification schedule results (one
row per alliance per match) with "Match #", Alliance (Red, Blue), "Team 1" to "Team 3" (team numbers), "Auto
Points", "Teleop Points", "Endgame Points", "Penalty Points" (awarded to this alliance, blank when none), "Total
Score" (the sum) and Won (Y/N, both N on a tie); a hackathon's judging sheet (one row per team per judge) with Team,
Track, Members, Judge, Innovation, "Technical Difficulty", Design, Impact and Presentation (1 to 10, a few blank),
Total (the sum of the marks given) and Prize (blank for most teams, repeated on every row of a winning team); a
mock trial tournament's ballots (four rounds, three or four ballots per trial) with Round, Courtroom as "Room 214",
"Plaintiff Team" and "Defense Team" (school and letter, "Lincoln HS A"), Judge, "Plaintiff Points" and "Defense
Points", "Ballot Winner" ("Plaintiff", "Defense" or "TIE"), "Outstanding Attorney" and "Outstanding Witness" (student
names); a snowshoe race's results (one row per starter) with Bib, Runner, Sex (M/F), Age (blank now and then), "Age
Group" as "F30-39", Distance ("5K", "10K"), "Finish Time" as "0:52:17" ("DNF" for non-finishers), Pace as "16:50"
per mile (blank for DNF), "Place Overall" and "Place AG" (within the distance, blank for DNF); and a sheepdog
trial's score sheets (a five-day series, one row per run, handlers run several dogs) with Handler, Dog, Class
(Novice, Pro-Novice, Open), points earned for Outrun (of 20), Lift (10), Fetch (20), Drive (30), Pen (10) and Shed
(10; "N/A" outside Open, where the drive is worth 40), Total (of 100, "RT" when retired), "Time Used" as "11:42" and
Retired (Y/N; a retired run keeps the marks of the phases it finished, later phases blank). All are generated with a
fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout324 import _clock, _duration
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = [
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa",
    "Mark", "Sandra", "Paul", "Donna", "Steven", "Carol", "Kevin", "Sharon", "Brian", "Laura", "Gary", "Amy",
    "Eric", "Julie", "Scott", "Megan", "Ryan", "Heather", "Jacob", "Emma", "Ethan", "Olivia", "Noah", "Ava",
    "Liam", "Mason", "Logan", "Lucas", "Owen", "Caleb", "Wyatt", "Sophia", "Harper", "Chloe", "Zoe", "Isabella",
]  # fmt: skip
_LAST = [
    "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
    "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Hill",
    "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Parker",
    "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Reed",
]  # fmt: skip


def _date(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _flag(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "Y"


def _is(df: pd.DataFrame, col: str, value: str) -> pd.Series:
    return _text(df, col).str.lower() == value.lower()


def _label(value: Callable[[pd.DataFrame], str]) -> Check:
    return _lead(_named(value))


def _either_count(*values: Callable[[pd.DataFrame], Any]) -> Check:
    return either(*(_count(v) for v in values))


def _either_share(*values: Callable[[pd.DataFrame], float]) -> Check:
    return either(*(_share(v) for v in values))


# --- 1. Butcher shop custom cut orders -----------------------------------------------------------------------------

_BU_HANG = {
    ("Beef", "Whole"): (760, 70),
    ("Beef", "Half"): (380, 40),
    ("Beef", "Quarter"): (190, 22),
    ("Pork", "Whole"): (205, 25),
    ("Pork", "Half"): (102, 12),
    ("Lamb", "Whole"): (55, 8),
    ("Lamb", "Half"): (27, 4),
}
_BU_RATE = {"Beef": (0.95, 0.63), "Pork": (0.85, 0.70), "Lamb": (1.50, 0.68)}


def _butcher_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33001)
    customers = [f"{_one(rng, _LAST)}, {_one(rng, _FIRST)}" for _ in range(260)]
    rows: list[dict[str, Any]] = []
    for i in range(720):
        animal = str(_one(rng, ["Beef", "Pork", "Lamb"], [55, 30, 15]))
        shares = ["Whole", "Half", "Quarter"] if animal == "Beef" else ["Whole", "Half"]
        share = str(_one(rng, shares, [2, 5, 4][: len(shares)]))
        mean, sd = _BU_HANG[(animal, share)]
        hanging = round(max(mean * 0.6, float(rng.normal(mean, sd))))
        rate, keep = _BU_RATE[animal]
        if rng.random() < 0.1:
            rate += 0.10
        fee = round(hanging * rate + (35 if share == "Whole" else 0), 2)
        drop = pd.Timestamp("2023-01-09") + pd.Timedelta(days=int(rng.integers(0, 700)))
        pickup = drop + pd.Timedelta(days=int(rng.integers(12, 30)))
        picked = pickup <= pd.Timestamp("2024-12-06") and rng.random() > 0.05
        paid = "Y" if picked and rng.random() < 0.96 else ("Y" if rng.random() < 0.3 else "N")
        rows.append(
            {
                "Order #": f"CC-{1001 + i}",
                "Customer": str(_one(rng, customers)),
                "Animal": animal.upper() if rng.random() < 0.07 else animal,
                "Share": share,
                "Hanging Weight (lbs)": hanging,
                "Take-Home Weight (lbs)": round(hanging * float(rng.normal(keep, 0.03)), 1) if picked else None,
                "Processing Fee": f"${fee:,.2f}",
                "Price/lb Hanging": f"${rate:.2f}",
                "Pickup Date": f"{pickup.month}/{pickup.day}/{pickup.year}" if picked else "",
                "Paid": paid,
            }
        )
    return pd.DataFrame(rows)


def _bu_yield(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"hang": _num(df, "Hanging Weight (lbs)"), "home": _num(df, "Take-Home Weight (lbs)")}).dropna()


def _bu_pickup_month(df: pd.DataFrame) -> pd.Timestamp:
    months = _date(df, "Pickup Date", "%m/%d/%Y").dropna().dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


_BU_QS = [
    Q("how many of the orders were beef", _count(lambda df: int(_is(df, "Animal", "Beef").sum())), ("Animal",)),
    Q(
        "what does a half beef usually hang at",
        _typical(lambda df: _num(df, "Hanging Weight (lbs)")[_is(df, "Animal", "Beef") & _is(df, "Share", "Half")]),
        ("Animal", "Share", "Hanging Weight (lbs)"),
    ),
    Q(
        "on average what percent of the hanging weight do people actually take home",
        _either_share(
            lambda df: float((_bu_yield(df)["home"] / _bu_yield(df)["hang"]).mean()),
            lambda df: float(_bu_yield(df)["home"].sum() / _bu_yield(df)["hang"].sum()),
        ),
        ("Hanging Weight (lbs)", "Take-Home Weight (lbs)"),
    ),
    Q(
        "how much money in processing fees is still unpaid",
        _amount(lambda df: float(_num(df, "Processing Fee")[~_flag(df, "Paid")].sum())),
        ("Processing Fee", "Paid"),
    ),
    Q("which month had the most pickups", _month_year(_bu_pickup_month), ("Pickup Date",)),
    Q(
        "how many orders are missing a take home weight",
        _count(lambda df: int(df["Take-Home Weight (lbs)"].isna().sum())),
        ("Take-Home Weight (lbs)",),
    ),
]


# --- 2. Pet adoption center outcomes -------------------------------------------------------------------------------

_PA_BREEDS = {
    "Dog": (["Pit Bull Mix", "Labrador Retriever Mix", "German Shepherd", "Chihuahua Mix", "Beagle", "Husky Mix"],
            [30, 22, 12, 16, 9, 11]),
    "Cat": (["Domestic Shorthair", "Domestic Medium Hair", "Domestic Longhair", "Siamese Mix"], [65, 18, 10, 7]),
    "Rabbit": (["Lionhead", "Rex", "Mixed"], [3, 2, 5]),
    "Guinea Pig": (["American", "Abyssinian"], [7, 3]),
}  # fmt: skip
_PA_NAMES = [
    "Buddy", "Luna", "Max", "Bella", "Charlie", "Daisy", "Milo", "Lucy", "Rocky", "Cleo", "Oreo", "Pepper", "Ziggy",
    "Shadow", "Ginger", "Biscuit", "Tank", "Willow", "Mochi", "Peanut", "Bear", "Nala", "Simba", "Olive", "Duke",
]  # fmt: skip
_PA_OUTCOMES = ["Adopted", "Transferred", "Returned to Owner", "Euthanized"]
_PA_FEES = {"Dog": 150.0, "Cat": 75.0, "Rabbit": 40.0, "Guinea Pig": 25.0}


def _adoption_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33002)
    rows: list[dict[str, Any]] = []
    serial = 0
    while len(rows) < 1400:
        serial += 1
        species = str(_one(rng, list(_PA_BREEDS), [48, 40, 7, 5]))
        breeds, weights = _PA_BREEDS[species]
        breed = str(_one(rng, breeds, weights))
        age = int(min(180, rng.gamma(1.4, 22))) + 1
        aid = f"A24{serial:05d}"
        name = "" if rng.random() < 0.12 else str(_one(rng, _PA_NAMES))
        sex = str(_one(rng, ["Male", "Female", "Unknown"], [46, 46, 8]))
        intake = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 340)))
        for _visit in range(1 + int(rng.random() < 0.06)):
            foster = rng.random() < 0.2
            stay = int(rng.gamma(1.6, 14 if not foster else 30)) + 1
            out = intake + pd.Timedelta(days=stay)
            still = out > pd.Timestamp("2024-12-31")
            p = [62, 12, 18 if species == "Dog" else 6, 3] if age > 3 else [70, 20, 3, 2]
            outcome = "" if still else str(_one(rng, _PA_OUTCOMES, p))
            fee = _PA_FEES[species] * (0.5 if age > 84 else 1.0)
            rows.append(
                {
                    "Animal ID": aid,
                    "Name": name,
                    "Species": species,
                    "Breed": breed,
                    "Sex": sex,
                    "Age (Months)": age,
                    "Intake Date": f"{intake:%Y-%m-%d}",
                    "Outcome Date": "" if still else f"{out:%Y-%m-%d}",
                    "Outcome Type": outcome,
                    "Adoption Fee": f"${fee:.2f}" if outcome == "Adopted" else "",
                    "Foster": "Y" if foster else "N",
                }
            )
            if still or outcome != "Adopted":
                break
            intake = out + pd.Timedelta(days=int(rng.integers(5, 90)))
            age += 1
    return pd.DataFrame(rows).sort_values(["Intake Date", "Animal ID"], kind="stable").reset_index(drop=True)


def _pa_adopted(df: pd.DataFrame) -> pd.Series:
    return _is(df, "Outcome Type", "Adopted")


def _pa_rate(species: str, all_rows: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        mask = _is(df, "Species", species)
        if not all_rows:
            mask &= _text(df, "Outcome Type") != ""
        return float(_pa_adopted(df)[mask].mean())

    return value


def _pa_stay(foster: bool | None) -> Callable[[pd.DataFrame], pd.Series]:
    def values(df: pd.DataFrame) -> pd.Series:
        days = (_date(df, "Outcome Date", "%Y-%m-%d") - _date(df, "Intake Date", "%Y-%m-%d")).dt.days
        if foster is not None:
            days = days[_flag(df, "Foster") == foster]
        return days.dropna()

    return values


def _pa_top_dog_breed(df: pd.DataFrame) -> str:
    dogs = df[_is(df, "Species", "Dog") & _pa_adopted(df)]
    return _top(dogs["Breed"].value_counts())


_PA_QS = [
    Q(
        "how many animals got adopted",
        _either_count(
            lambda df: int(_pa_adopted(df).sum()), lambda df: int(df.loc[_pa_adopted(df), "Animal ID"].nunique())
        ),
        ("Outcome Type", "Animal ID"),
    ),
    Q(
        "do cats or dogs get adopted at a higher rate? give me both",
        either(
            both(_share(_pa_rate("Cat", True)), _share(_pa_rate("Dog", True))),
            both(_share(_pa_rate("Cat", False)), _share(_pa_rate("Dog", False))),
        ),
        ("Species", "Outcome Type"),
    ),
    Q(
        "how long do animals usually stay here before they leave, in days",
        _typical(_pa_stay(None)),
        ("Intake Date", "Outcome Date"),
    ),
    Q("and the ones that went to foster?", _typical(_pa_stay(True)), ("Intake Date", "Outcome Date", "Foster")),
    Q(
        "whats the average adoption fee for dogs",
        _typical(lambda df: _num(df, "Adoption Fee")[_is(df, "Species", "Dog")].dropna()),
        ("Adoption Fee", "Species"),
    ),
    Q(
        "which dog breed gets adopted the most",
        _label(_pa_top_dog_breed),
        ("Breed", "Species", "Outcome Type"),
    ),
]


# --- 3. Robotics competition qualification matches -----------------------------------------------------------------


def _robotics_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33003)
    teams = sorted({int(t) for t in rng.choice(np.arange(100, 9999), size=48, replace=False)})
    skill = {t: float(rng.normal(0, 1)) for t in teams}
    rows: list[dict[str, Any]] = []
    for match in range(1, 169):
        picks = [int(t) for t in rng.choice(teams, size=6, replace=False)]
        pair = []
        for alliance, trio in (("Red", picks[:3]), ("Blue", picks[3:])):
            power = sum(skill[t] for t in trio)
            auto = int(max(0, rng.normal(18 + 3 * power, 6)))
            teleop = int(max(0, rng.normal(42 + 7 * power, 12)))
            endgame = int(_one(rng, [0, 2, 4, 6, 8, 10, 12, 15], [3, 2, 3, 3, 3, 2, 2, 1 + max(0.0, power)]))
            pair.append([alliance, trio, auto, teleop, endgame])
        fouls = [int(_one(rng, [0, 2, 4, 5, 10], [12, 3, 2, 2, 1])) for _ in range(2)]
        for i, (alliance, trio, auto, teleop, endgame) in enumerate(pair):
            penalty = fouls[1 - i]
            pair[i] = [alliance, trio, auto, teleop, endgame, penalty, auto + teleop + endgame + penalty]
        totals = [p[6] for p in pair]
        for i, (alliance, trio, auto, teleop, endgame, penalty, total) in enumerate(pair):
            rows.append(
                {
                    "Match #": match,
                    "Alliance": alliance,
                    "Team 1": trio[0],
                    "Team 2": trio[1],
                    "Team 3": trio[2],
                    "Auto Points": auto,
                    "Teleop Points": teleop,
                    "Endgame Points": endgame,
                    "Penalty Points": penalty if penalty else None,
                    "Total Score": total,
                    "Won": "Y" if total > totals[1 - i] else "N",
                }
            )
    return pd.DataFrame(rows)


def _rb_wins(df: pd.DataFrame) -> pd.Series:
    return df[_flag(df, "Won")].groupby("Alliance").size()


def _rb_team_scores(df: pd.DataFrame) -> pd.Series:
    long = pd.concat([df[[c, "Total Score"]].rename(columns={c: "team"}) for c in ("Team 1", "Team 2", "Team 3")])
    return long.groupby("team")["Total Score"].mean()


def _rb_close(df: pd.DataFrame, ties: bool) -> int:
    wide = df.pivot_table(index="Match #", columns="Alliance", values="Total Score", aggfunc="first")
    margin = (wide["Red"] - wide["Blue"]).abs()
    return int(((margin >= (0 if ties else 1)) & (margin <= 10)).sum())


_RB_QS = [
    Q("what's the average alliance score", _typical(lambda df: _num(df, "Total Score")), ("Total Score",)),
    Q("did red or blue win more matches", _label(lambda df: _top(_rb_wins(df))), ("Alliance", "Won")),
    Q(
        "which team has the best average score across its matches",
        _label(lambda df: _top(_rb_team_scores(df))),
        ("Team 1", "Team 2", "Team 3", "Total Score"),
    ),
    Q(
        "how many matches were decided by 10 points or less",
        _either_count(lambda df: _rb_close(df, False), lambda df: _rb_close(df, True)),
        ("Match #", "Alliance", "Total Score"),
    ),
    Q(
        "is auto scoring correlated with endgame points",
        _corr(lambda d: _num(d, "Auto Points"), lambda d: _num(d, "Endgame Points")),
        ("Auto Points", "Endgame Points"),
    ),
    Q(
        "what fraction of all points came from penalties",
        _share(lambda df: float(_num(df, "Penalty Points").sum() / _num(df, "Total Score").sum())),
        ("Penalty Points", "Total Score"),
    ),
]


# --- 4. Hackathon judging sheet ------------------------------------------------------------------------------------

_HK_TRACKS = ["AI/ML", "Health", "Fintech", "Sustainability", "Open"]
_HK_WORDS = [
    "Byte", "Pixel", "Quantum", "Neon", "Cloud", "Stack", "Null", "Rocket", "Lambda", "Vector", "Echo", "Orbit",
    "Cipher", "Atlas", "Nova", "Kernel", "Delta", "Flux", "Prism", "Sprout",
]  # fmt: skip
_HK_ENDS = ["Squad", "Labs", "Hackers", "Collective", "Crew", "Devs", "Builders", "Pointers", "Wizards", "Co"]
_HK_CRITERIA = ["Innovation", "Technical Difficulty", "Design", "Impact", "Presentation"]
_HK_JUDGES = ["Priya Nair", "Tom Becker", "Alicia Gomez", "Wes Okafor", "Dana Li", "Marcus Hill", "Jen Park"]


def _hackathon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33004)
    names: list[str] = []
    while len(names) < 84:
        name = f"{_one(rng, _HK_WORDS)} {_one(rng, _HK_ENDS)}"
        if name not in names:
            names.append(name)
    harsh = {j: float(rng.normal(0, 0.8)) for j in _HK_JUDGES}
    rows: list[dict[str, Any]] = []
    teams = []
    for name in names:
        track = str(_one(rng, _HK_TRACKS, [30, 18, 14, 16, 22]))
        teams.append((name, track, int(_one(rng, [1, 2, 3, 4, 5], [1, 3, 5, 6, 2])), float(rng.normal(6.2, 1.1))))
    order = sorted(teams, key=lambda t: -t[3])
    prizes = {order[0][0]: "Grand Prize", order[1][0]: "Runner Up"}
    for track in _HK_TRACKS:
        best = next(t for t in order if t[1] == track and t[0] not in prizes)
        prizes[best[0]] = f"Best {track}"
    for name, track, members, quality in teams:
        for judge in [str(j) for j in rng.choice(_HK_JUDGES, size=int(_one(rng, [3, 4, 5], [2, 5, 3])), replace=False)]:
            marks: dict[str, Any] = {}
            for c in _HK_CRITERIA:
                m = int(np.clip(round(rng.normal(quality + harsh[judge], 1.3)), 1, 10))
                marks[c] = None if rng.random() < 0.03 else m
            rows.append(
                {
                    "Team": name,
                    "Track": track,
                    "Members": members,
                    "Judge": judge,
                    **marks,
                    "Total": sum(v for v in marks.values() if v is not None),
                    "Prize": prizes.get(name, ""),
                }
            )
    return pd.DataFrame(rows)


def _hk_missing_cells(df: pd.DataFrame) -> int:
    return int(df[_HK_CRITERIA].isna().sum().sum())


def _hk_missing_rows(df: pd.DataFrame) -> int:
    return int(df[_HK_CRITERIA].isna().any(axis=1).sum())


_HK_QS = [
    Q("how many teams entered", _count(lambda df: int(_text(df, "Team").nunique())), ("Team",)),
    Q(
        "which track had the most teams",
        _label(lambda df: _top(df.drop_duplicates("Team")["Track"].value_counts())),
        ("Track", "Team"),
    ),
    Q(
        "which judge was the toughest grader",
        _label(lambda df: _top(df.groupby("Judge")["Total"].mean(), lowest=True)),
        ("Judge", "Total"),
    ),
    Q(
        "what team had the highest average total",
        _label(lambda df: _top(df.groupby("Team")["Total"].mean())),
        ("Team", "Total"),
    ),
    Q(
        "are any scores missing? how many",
        _either_count(_hk_missing_cells, _hk_missing_rows),
        tuple(_HK_CRITERIA),
    ),
    Q(
        "is innovation correlated with impact",
        _corr(lambda d: _num(d, "Innovation"), lambda d: _num(d, "Impact")),
        ("Innovation", "Impact"),
    ),
]


# --- 5. Mock trial tournament ballots ------------------------------------------------------------------------------

_MT_SCHOOLS = [
    "Lincoln HS", "Roosevelt HS", "Central HS", "Westview HS", "Oak Ridge HS", "St. Mary's", "Jefferson HS",
    "Northside HS", "Valley Prep", "Eastwood HS", "Franklin Academy", "Hillcrest HS", "Riverside HS",
    "Madison HS", "Kennedy HS", "Summit Prep", "Lakeview HS", "Pine Creek HS", "Harbor HS", "Grant HS",
    "Fairview HS", "Brookside HS", "Mesa HS", "Cedar Park HS",
]  # fmt: skip
_MT_JUDGES = [f"Hon. {f} {ln}" for f, ln in zip(_FIRST[:30], _LAST[:30], strict=True)]


def _mock_trial_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33005)
    teams = [f"{s} {x}" for s in _MT_SCHOOLS for x in ("A", "B")]
    strength = {t: float(rng.normal(0, 4)) for t in teams}
    roster = {t: [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(8)] for t in teams}
    star = {t: float(rng.random()) for t in teams}
    rows: list[dict[str, Any]] = []
    for rnd in range(1, 5):
        order = [str(t) for t in rng.permutation(teams)]
        for k in range(0, len(order), 2):
            p, d = (order[k], order[k + 1]) if rnd % 2 else (order[k + 1], order[k])
            room = f"Room {int(_one(rng, [104, 106, 110, 112, 201, 204, 210, 214, 302, 305, 308, 311]))}"
            judges = [str(j) for j in rng.choice(_MT_JUDGES, size=int(_one(rng, [3, 4], [2, 1])), replace=False)]
            for judge in judges:
                pp = round(rng.normal(95 + strength[p], 6))
                dp = round(rng.normal(93 + strength[d], 6))
                winner = "Plaintiff" if pp > dp else ("Defense" if dp > pp else "TIE")
                pick_p = rng.random() < 0.5
                side = p if pick_p else d
                atty = roster[side][0 if rng.random() < 0.4 + 0.5 * star[side] else int(rng.integers(1, 4))]
                wside = d if pick_p else p
                wit = roster[wside][4 + int(rng.integers(0, 4))]
                rows.append(
                    {
                        "Round": rnd,
                        "Courtroom": room,
                        "Plaintiff Team": p,
                        "Defense Team": d,
                        "Judge": judge,
                        "Plaintiff Points": pp,
                        "Defense Points": dp,
                        "Ballot Winner": winner,
                        "Outstanding Attorney": atty,
                        "Outstanding Witness": wit,
                    }
                )
    return pd.DataFrame(rows)


def _mt_ballots_won(df: pd.DataFrame) -> pd.Series:
    p = df.loc[_is(df, "Ballot Winner", "Plaintiff"), "Plaintiff Team"]
    d = df.loc[_is(df, "Ballot Winner", "Defense"), "Defense Team"]
    return pd.concat([p, d]).value_counts()


def _mt_defense_share(df: pd.DataFrame, decided: bool) -> float:
    r4 = df[_num(df, "Round") == 4]
    if decided:
        r4 = r4[~_is(r4, "Ballot Winner", "TIE")]
    return float(_is(r4, "Ballot Winner", "Defense").mean())


_MT_QS = [
    Q(
        "how many ballots went to the plaintiff side",
        _count(lambda df: int(_is(df, "Ballot Winner", "Plaintiff").sum())),
        ("Ballot Winner",),
    ),
    Q(
        "on average how many points does plaintiff get vs defense",
        both(
            _typical(lambda df: _num(df, "Plaintiff Points"), rel=0.003),
            _typical(lambda df: _num(df, "Defense Points"), rel=0.003),
        ),
        ("Plaintiff Points", "Defense Points"),
    ),
    Q(
        "which team won the most ballots",
        _label(lambda df: _top(_mt_ballots_won(df))),
        ("Plaintiff Team", "Defense Team", "Ballot Winner"),
    ),
    Q("how many ballots were a tie", _count(lambda df: int(_is(df, "Ballot Winner", "TIE").sum())), ("Ballot Winner",)),
    Q(
        "how many different kids won an outstanding attorney award",
        _count(lambda df: int(_text(df, "Outstanding Attorney").replace("", pd.NA).nunique())),
        ("Outstanding Attorney",),
    ),
    Q(
        "in round 4 what share of ballots went to the defense",
        _either_share(lambda df: _mt_defense_share(df, False), lambda df: _mt_defense_share(df, True)),
        ("Round", "Ballot Winner"),
    ),
]


# --- 6. Snowshoe race results --------------------------------------------------------------------------------------


def _fmt_time(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _snowshoe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33006)
    rows: list[dict[str, Any]] = []
    for bib in range(101, 101 + 540):
        sex = str(_one(rng, ["M", "F"], [52, 48]))
        age = int(np.clip(rng.normal(41, 13), 10, 78))
        dist = str(_one(rng, ["5K", "10K"], [58, 42]))
        miles = 3.107 if dist == "5K" else 6.214
        pace = 60 * (13.5 + (1.6 if sex == "F" else 0) + 0.06 * max(0, age - 30) - (0.8 if dist == "10K" else 0))
        pace = max(480.0, pace * float(rng.lognormal(0, 0.16)))
        dnf = rng.random() < (0.02 if dist == "5K" else 0.06)
        decade = min(age // 10 * 10, 70)
        group = f"{sex}{'01-19' if age < 20 else f'{decade}-{decade + 9}' if decade < 70 else '70+'}"
        rows.append(
            {
                "Bib": bib,
                "Runner": f"{_one(rng, _FIRST)} {_one(rng, _LAST)}",
                "Sex": sex,
                "Age": None if rng.random() < 0.04 else age,
                "Age Group": group,
                "Distance": dist,
                "Finish Time": "DNF" if dnf else _fmt_time(pace * miles),
                "Pace": "" if dnf else f"{int(pace // 60)}:{int(pace % 60):02d}",
                "_secs": np.inf if dnf else pace * miles,
            }
        )
    df = pd.DataFrame(rows)
    df["Place Overall"] = df.groupby("Distance")["_secs"].rank(method="first")
    df["Place AG"] = df.groupby(["Distance", "Age Group"])["_secs"].rank(method="first")
    dnf = df["Finish Time"] == "DNF"
    df["Place Overall"] = df["Place Overall"].astype("Int64").mask(dnf)
    df["Place AG"] = df["Place AG"].astype("Int64").mask(dnf)
    return df.drop(columns="_secs").sort_values(["Distance", "Bib"]).reset_index(drop=True)


def _ss_secs(df: pd.DataFrame, dist: str, sex: str | None = None) -> pd.Series:
    mask = _is(df, "Distance", dist)
    if sex:
        mask &= _is(df, "Sex", sex)
    return _clock(df.loc[mask, "Finish Time"]).dropna()


def _ss_typical(sex: str) -> Check:
    return either(
        _duration(lambda df: float(_ss_secs(df, "5K", sex).mean())),
        _duration(lambda df: float(_ss_secs(df, "5K", sex).median())),
    )


def _ss_age_pace(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"age": _num(df, "Age"), "pace": _clock(df["Pace"])}).dropna()


_SS_QS = [
    Q(
        "how many people did the 10k",
        _either_count(
            lambda df: int(_is(df, "Distance", "10K").sum()),
            lambda df: len(_ss_secs(df, "10K")),
        ),
        ("Distance",),
    ),
    Q(
        "what was the fastest 10k time",
        _duration(lambda df: float(_ss_secs(df, "10K").min())),
        ("Distance", "Finish Time"),
    ),
    Q("what's a typical finish time for women in the 5k", _ss_typical("F"), ("Sex", "Distance", "Finish Time")),
    Q("and for men?", _ss_typical("M"), ("Sex", "Distance", "Finish Time")),
    Q(
        "how many didn't finish",
        _count(lambda df: int(_is(df, "Finish Time", "DNF").sum())),
        ("Finish Time",),
    ),
    Q(
        "is age correlated with pace",
        _corr(lambda d: _ss_age_pace(d)["age"], lambda d: _ss_age_pace(d)["pace"]),
        ("Age", "Pace"),
    ),
]


# --- 7. Sheepdog trial score sheets --------------------------------------------------------------------------------

_SD_DOGS = [
    "Moss", "Fly", "Gyp", "Cap", "Nell", "Roy", "Meg", "Jess", "Glen", "Kep", "Bess", "Tess", "Spot", "Sweep",
    "Jill", "Mirk", "Craig", "Lad", "Queen", "Dot", "Fern", "Nan", "Ben", "Sly", "Tweed", "Rock", "Lass", "Mac",
]  # fmt: skip
_SD_PHASES = [("Outrun", 20), ("Lift", 10), ("Fetch", 20), ("Drive", 30), ("Pen", 10), ("Shed", 10)]


def _sheepdog_frame() -> pd.DataFrame:
    rng = np.random.default_rng(33007)
    handlers = [f"{_one(rng, _FIRST)} {_one(rng, _LAST)}" for _ in range(52)]
    dogs: list[tuple[str, str, str, float]] = []
    for h in handlers:
        for _ in range(int(_one(rng, [1, 2, 3], [4, 4, 2]))):
            cls = str(_one(rng, ["Novice", "Pro-Novice", "Open"], [3, 3, 4]))
            dogs.append((h, str(_one(rng, _SD_DOGS)), cls, float(rng.normal(0.72 if cls == "Open" else 0.62, 0.08))))
    rows: list[dict[str, Any]] = []
    for _day in range(5):
        for h, dog, cls, skill in dogs:
            if rng.random() < 0.15:
                continue
            p_retire = {"Novice": 0.28, "Pro-Novice": 0.22, "Open": 0.15}[cls]
            stop = int(rng.integers(1, 6)) if rng.random() < p_retire else 99
            marks: dict[str, Any] = {}
            for i, (phase, worth) in enumerate(_SD_PHASES):
                if phase == "Shed" and cls != "Open":
                    marks[phase] = "N/A"
                    continue
                w = 40 if phase == "Drive" and cls != "Open" else worth
                marks[phase] = None if i >= stop else int(np.clip(round(w * rng.normal(skill, 0.12)), 0, w))
            retired = stop < 99
            limit = 15 if cls == "Open" else 12
            used = limit * 60 if retired and rng.random() < 0.4 else int(limit * 60 * rng.uniform(0.55, 0.98))
            total = sum(v for v in marks.values() if isinstance(v, int))
            rows.append(
                {
                    "Handler": h,
                    "Dog": dog,
                    "Class": cls,
                    **marks,
                    "Total": "RT" if retired else str(total),
                    "Time Used": f"{used // 60}:{used % 60:02d}",
                    "Retired": "Y" if retired else "N",
                }
            )
    return pd.DataFrame(rows)


def _sd_class(value: Callable[[pd.DataFrame], str]) -> Check:
    """A class said on its own: "Novice" only counts when it is not part of "Pro-Novice"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = value(df)
        pattern = r"pro[- ]?novice" if want == "Pro-Novice" else rf"(?<![a-z-]){want}"
        if want == "Novice":
            pattern = r"(?<!pro)(?<!pro-)(?<!pro )\bnovice"
        return None if re.search(pattern, answer, re.IGNORECASE) else f"missing class {want!r}"

    return _lead(check)


def _sd_open_total(df: pd.DataFrame, zero: bool) -> float:
    total = _num(df, "Total")[_is(df, "Class", "Open")]
    return float((total.fillna(0) if zero else total.dropna()).mean())


def _sd_best_handler(df: pd.DataFrame) -> str:
    total = _num(df, "Total")
    return str(df.loc[total.idxmax(), "Handler"])


_SD_QS = [
    Q("how many runs ended in a retire", _count(lambda df: int(_flag(df, "Retired").sum())), ("Retired",)),
    Q(
        "what's the average score in the open class",
        either(
            _typical(lambda df: _num(df, "Total")[_is(df, "Class", "Open")].dropna()),
            _typical(lambda df: _num(df, "Total")[_is(df, "Class", "Open")].fillna(0)),
        ),
        ("Class", "Total"),
    ),
    Q("which handler had the single highest score", _label(_sd_best_handler), ("Handler", "Total", "Dog")),
    Q(
        "which class retires most often",
        _sd_class(lambda df: _top(_flag(df, "Retired").groupby(_text(df, "Class")).mean())),
        ("Class", "Retired"),
    ),
    Q(
        "how much time do the finished runs usually take",
        either(
            _duration(lambda df: float(_clock(df.loc[~_flag(df, "Retired"), "Time Used"]).mean())),
            _duration(lambda df: float(_clock(df.loc[~_flag(df, "Retired"), "Time Used"]).median())),
        ),
        ("Time Used", "Retired"),
    ),
    Q(
        "average outrun score for each class",
        both(
            *(
                _typical(lambda df, c=c: _num(df, "Outrun")[_is(df, "Class", c)].dropna())
                for c in ("Novice", "Pro-Novice", "Open")
            )
        ),
        ("Class", "Outrun"),
    ),
]


HELDOUT330 = [
    Dataset("butcher_custom_cut_orders", _butcher_frame, _BU_QS),
    Dataset("pet_adoption_outcomes", _adoption_frame, _PA_QS),
    Dataset("robotics_qualification_matches", _robotics_frame, _RB_QS),
    Dataset("hackathon_judging_sheet", _hackathon_frame, _HK_QS),
    Dataset("mock_trial_ballots", _mock_trial_frame, _MT_QS),
    Dataset("snowshoe_race_results", _snowshoe_frame, _SS_QS),
    Dataset("sheepdog_trial_scores", _sheepdog_frame, _SD_QS),
]
