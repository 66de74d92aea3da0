"""HELDOUT321: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a county spelling bee's
round-by-round results (one row per speller per round they spelled in) with Round (1, 2, ...), "Speller #", Speller
as "Nguyen, Ava", School, Grade as "4th" ... "8th", Word in upper case, Correct (Y, N, a few lower-case "y"),
"Eliminated In Round" (the round the speller went out, blank for the champion, repeated on every row of that
speller) and "Final Place" (tied places for spellers out in the same round); a regional science fair's judging
sheets (one row per judge per project, three judges a project) with "Project ID" as "SF24-0117", Title, Category
(Biology, Chemistry, Physics, Engineering, Environmental Science, Behavioral Science, Computer Science), "Grade
Level" (Junior, Senior), School, Judge as "Dr. R. Alvarez", "Scientific Method (40)", "Creativity (30)",
"Presentation (30)", "Total (100)" (all four blank on sheets a judge never turned in) and Award (1st, 2nd, 3rd, HM
or blank, repeated on every sheet of the project); a high school debate tournament's ballots (one row per judge's
ballot) with Round ("1" ... "6", then "Octos", "Quarters", "Semis", "Finals"), Division (Varsity, Novice), "Aff
Team" and "Neg Team" as "Lincoln HS AB", Judge, Winner (AFF, NEG), "Aff Spkr Pts" and "Neg Spkr Pts" (two
speakers' points added, 52.0 to 59.0, blank in elimination rounds) and Elim (Y, N; three judges a debate in elims);
a model UN conference's committee roster (one row per delegate) with Delegate, School, Country, Committee ("GA1 -
DISEC", "Security Council", ...), "Position Paper" (Y, N, some blank), "Speeches Given" (blank for a few),
"Resolutions Sponsored" and Award ("Best Delegate", "Outstanding Delegate", "Honorable Mention" or "None", which
pandas reads as missing); a quiz bowl tournament's match results (one row per game, 48 teams, 14 rounds) with Round,
Room ("Rm 104"), Moderator, "Team A", "Team B", "Score A", "Score B", TUH (tossups heard, 18 to 21), "Powers A",
"Negs A", "Powers B", "Negs B" and "Bonus Conv A" / "Bonus Conv B" as "63.3%" (blank for a team that answered no
tossup); a college radio station's playlist log (fall 2024, one row per track played) with Date as "09/03/2024",
"Air Time" as "14:32", DJ ("DJ Moss"), Show, Artist, Track, Album (blank for singles), Label ("Self-Released" or
blank for some), Local, "New Release" and Request (Y, N) and Length as "3:42" (blank for a few); and a city warming
center's nightly log (winters 2021-22 to 2023-24, November 15 to March 31, one row per night) with Date as
"12/05/2022", "Low Temp (F)", "Guests Checked In", Men, Women, Children (the three blank on some open nights), Pets
(blank the first winter), "Beds Available", "Turned Away", Volunteers, "Opened At" as "7:00 PM" and "Closed At" as
"7:00 AM" (both "CLOSED", with the counts blank, on mild nights the center stayed shut). All are generated with a
fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split
from .heldout253 import _num, _text, _top, _typical
from .heldout313 import _month_word, _when
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one

_FIRST = _split(
    "Ava;Liam;Sofia;Noah;Maya;Ethan;Zoe;Lucas;Priya;Mateo;Chloe;Aiden;Hannah;Omar;Grace;Caleb;Leah;Diego;Nora;Ryan;"
    "Isla;Arjun;Mila;Owen;Ruby;Elijah;Lily;Jonah;Aria;Samuel;Emma;Kai;Naomi;Felix;Julia;Ezra"
)
_LAST = _split(
    "Nguyen;Smith;Patel;Garcia;Johnson;Kim;Brown;Lopez;Chen;Williams;Davis;Martinez;Shah;Wilson;Anderson;Clark;"
    "Rossi;Thompson;Okafor;Lee;Walker;Hall;Young;Rivera;Singh;Baker;Turner;Cohen;Murphy;Reyes"
)


def _person(rng: np.random.Generator, used: set[str], last_first: bool = False) -> str:
    while True:
        first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
        name = f"{last}, {first}" if last_first else f"{first} {last}"
        if name not in used:
            used.add(name)
            return name


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper().isin(["Y", "YES"])


def _any_named(*values: Callable[[pd.DataFrame], str], aliases: dict[str, tuple[str, ...]] | None = None) -> Check:
    """One of the labels picked by two readings of the question, beside its superlative."""
    return either(*(_lead(_named(v, aliases)) for v in values))


# --- 1. County spelling bee ----------------------------------------------------------------------------------------

_SB_SCHOOLS = _split(
    "Maple Grove Elementary;Lincoln Middle;Riverside Elementary;St. Agnes School;Oak Hill Middle;Jefferson Elementary;"
    "Cedar Creek Middle;Westview Elementary;Hillcrest Academy;Pine Ridge Middle;Northside Elementary;Valley View Middle"
)
_SB_WORDS = _split(
    "CAT;BRIDGE;PLANET;HARBOR;CANYON;MARVEL;GLACIER;PUZZLE;RHYTHM;SCISSORS;LANTERN;ORCHESTRA;VACUUM;PHARAOH;"
    "SILHOUETTE;CHAMELEON;MNEMONIC;QUARANTINE;BOUQUET;LIEUTENANT;RENDEZVOUS;PNEUMONIA;ACQUIESCE;CONSCIENTIOUS;"
    "BOURGEOIS;ONOMATOPOEIA;HEMORRHAGE;SACRILEGIOUS;MILLENNIUM;EMBARRASS;NECESSARY;OCCURRENCE;PERSEVERANCE;"
    "XYLOPHONE;KALEIDOSCOPE;WEDNESDAY;FEBRUARY;CAMOUFLAGE;ENTREPRENEUR;CHAUFFEUR;CROQUET;DIPHTHERIA;FLUORESCENT;"
    "GAUCHE;HIERARCHY;ISTHMUS;JODHPURS;LABYRINTH;MAYONNAISE;NAUSEOUS;OBSEQUIOUS;PAVILION;QUINTESSENTIAL"
)
_SB_GRADES = ["4th", "5th", "6th", "7th", "8th"]


def _bee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32101)
    used: set[str] = set()
    spellers = []
    for i in range(92):
        grade = int(_one(rng, [0, 1, 2, 3, 4], [14, 20, 24, 22, 20]))
        school = str(_one(rng, _SB_SCHOOLS, [9, 12, 8, 6, 11, 7, 10, 8, 5, 9, 7, 8]))
        skill = float(rng.normal(0.55 + 0.07 * grade, 0.12))
        spellers.append(
            {"Speller #": i + 1, "Speller": _person(rng, used, True), "School": school, "g": grade, "s": skill}
        )
    alive = list(range(len(spellers)))
    out_round: dict[int, int | None] = {}
    rows: list[dict[str, Any]] = []
    rnd = 0
    while len(alive) > 1 and rnd < 40:
        rnd += 1
        difficulty = min(0.95, 0.12 + 0.055 * rnd)
        results = {}
        for k in alive:
            p = 1 / (1 + np.exp(-6 * (spellers[k]["s"] - difficulty)))
            results[k] = bool(rng.random() < p)
        missed = [k for k in alive if not results[k]]
        if len(missed) == len(alive):
            missed = []
        for k in alive:
            level = min(len(_SB_WORDS) - 1, int(rnd * 2.2 + rng.integers(0, 8)))
            rows.append({"Round": rnd, "k": k, "Word": _SB_WORDS[level], "Correct": "Y" if results[k] else "N"})
        for k in missed:
            out_round[k] = rnd
        alive = [k for k in alive if k not in missed]
    for k in alive:
        out_round[k] = None
    order = {k: (99 if r is None else r) for k, r in out_round.items()}
    places = {k: 1 + sum(1 for j in order if order[j] > order[k]) for k in order}
    for row in rows:
        k = row.pop("k")
        sp = spellers[k]
        row["Speller #"] = sp["Speller #"]
        row["Speller"] = sp["Speller"]
        row["School"] = sp["School"]
        row["Grade"] = _SB_GRADES[sp["g"]]
        row["Eliminated In Round"] = out_round[k]
        row["Final Place"] = places[k]
        if row["Correct"] == "Y" and rng.random() < 0.03:
            row["Correct"] = "y"
    cols = ["Round", "Speller #", "Speller", "School", "Grade", "Word", "Correct", "Eliminated In Round", "Final Place"]
    return pd.DataFrame(rows)[cols]


def _sb_people(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop_duplicates("Speller #")


def _sb_out_round(df: pd.DataFrame) -> int:
    rounds = _num(_sb_people(df), "Eliminated In Round").dropna().astype(int)
    return int(_top(rounds.value_counts()))


def _sb_miss_round(df: pd.DataFrame) -> int:
    missed = ~_yes(df, "Correct")
    return int(_top(df.loc[missed, "Round"].astype(int).value_counts()))


def _sb_out_count(df: pd.DataFrame) -> int:
    rounds = _num(_sb_people(df), "Eliminated In Round")
    return int((rounds == _sb_out_round(df)).sum())


def _sb_best_grade_place(df: pd.DataFrame) -> str:
    p = _sb_people(df)
    return _top(_num(p, "Final Place").groupby(_text(p, "Grade")).mean(), lowest=True)


def _sb_best_grade_rate(df: pd.DataFrame) -> str:
    return _top(_yes(df, "Correct").groupby(_text(df, "Grade")).mean())


_SB_GRADE_NAMES = {g: (g, f"grade {g[0]}", f"{g[0]}th graders") for g in _SB_GRADES}

_SB_QS = [
    Q("how many kids were in the bee", _count(lambda df: int(df["Speller #"].nunique())), ("Speller #", "Speller")),
    Q(
        "which school sent the most spellers",
        _lead(_named(lambda df: _top(_text(_sb_people(df), "School").value_counts()))),
        ("School", "Speller #", "Speller"),
    ),
    Q(
        "what percent of words got spelled right overall",
        _share(lambda df: float(_yes(df, "Correct").mean())),
        ("Correct", "Word"),
    ),
    Q(
        "which round knocked out the most kids",
        _any_named(lambda df: str(_sb_out_round(df)), lambda df: str(_sb_miss_round(df))),
        ("Round", "Eliminated In Round", "Speller #", "Speller", "Correct"),
    ),
    Q(
        "how many went out in that round",
        _count(_sb_out_count),
        ("Round", "Eliminated In Round", "Speller #", "Speller"),
    ),
    Q(
        "which grade did best on average",
        _any_named(_sb_best_grade_place, _sb_best_grade_rate, aliases=_SB_GRADE_NAMES),
        ("Grade", "Final Place", "Correct", "Speller #", "Speller"),
    ),
]


# --- 2. Regional science fair judging sheets -----------------------------------------------------------------------

_SF_CATS = _split("Biology;Chemistry;Physics;Engineering;Environmental Science;Behavioral Science;Computer Science")
_SF_CAT_LIFT = [0.0, 1.0, -1.5, 3.0, -0.5, -2.5, 1.8]
_SF_SCHOOLS = _split(
    "Eastwood High;Franklin Middle;Harrison High;Lakeside Middle;Monroe STEM Academy;Parkview High;Roosevelt Middle;"
    "Sacred Heart School;Summit High"
)
_SF_JUDGES = _split(
    "Dr. R. Alvarez;Dr. M. Chen;K. Okafor;Dr. S. Patel;J. Whitfield;Dr. L. Romano;T. Nakamura;Dr. H. Brooks;"
    "A. Lindqvist;Dr. P. Mensah;C. Duarte;Dr. E. Fischer;B. Kowalski;Dr. N. Haddad;G. Sullivan;Dr. Y. Tanaka;"
    "F. Moreau;Dr. D. Osei;I. Petrova;Dr. W. Grant"
)
_SF_TOPICS = _split(
    "Effect of Salt on Seed Germination;Which Paper Towel Absorbs Most;Solar Oven Efficiency;Bacteria on Phone Screens;"
    "Microplastics in Local Streams;Music and Memory;Bridge Designs Under Load;Machine Learning Bird Calls;"
    "Vitamin C in Juices;Wind Turbine Blade Shapes;Caffeine and Reaction Time;Biodegradable Plastics from Starch;"
    "Water Filtration with Charcoal;Sleep and Test Scores;Rocket Fin Stability;Acid Rain on Plants"
)


def _fair_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32102)
    bias = {j: float(rng.normal(0, 4)) for j in _SF_JUDGES}
    bias["K. Okafor"] = -9.0
    projects = []
    for i in range(165):
        cat = int(rng.integers(len(_SF_CATS)))
        projects.append(
            {
                "Project ID": f"SF24-{101 + i * 3 + int(rng.integers(0, 3)):04d}",
                "Title": f"{_one(rng, _SF_TOPICS)}"
                + ("" if rng.random() < 0.7 else f" ({_one(rng, ['II', 'Part 2'])})"),
                "Category": _SF_CATS[cat],
                "Grade Level": str(_one(rng, ["Junior", "Senior"], [55, 45])),
                "School": str(_one(rng, _SF_SCHOOLS)),
                "q": float(rng.normal(70 + _SF_CAT_LIFT[cat], 9)),
            }
        )
    rows: list[dict[str, Any]] = []
    for p in projects:
        for judge in rng.choice(_SF_JUDGES, 3, replace=False):
            q = p["q"] + bias[str(judge)] + float(rng.normal(0, 4))
            creat_pt = float(rng.normal(0, 0.08))
            method = int(np.clip(round(0.4 * q + rng.normal(0, 2.5)), 5, 40))
            creat = int(np.clip(round(0.3 * q * (1 + creat_pt) + rng.normal(0, 2.5)), 3, 30))
            pres = int(np.clip(round(0.3 * q * (1 + 0.6 * creat_pt) + rng.normal(0, 2.5)), 3, 30))
            row = {k: v for k, v in p.items() if k != "q"} | {"Judge": str(judge)}
            if rng.random() < 0.035:
                row |= {"Scientific Method (40)": None, "Creativity (30)": None, "Presentation (30)": None}
                row["Total (100)"] = None
            else:
                row |= {"Scientific Method (40)": method, "Creativity (30)": creat, "Presentation (30)": pres}
                row["Total (100)"] = method + creat + pres
            rows.append(row)
    df = pd.DataFrame(rows)
    means = df.groupby("Project ID")["Total (100)"].mean()
    awards: dict[str, str] = {}
    for (_c, _g), grp in df.drop_duplicates("Project ID").groupby(["Category", "Grade Level"]):
        ranked = means[grp["Project ID"]].sort_values(ascending=False).index
        for pid, award in zip(ranked, ["1st", "2nd", "3rd", "HM", "HM"], strict=False):
            awards[pid] = award
    df["Award"] = df["Project ID"].map(awards)
    cols = ["Project ID", "Title", "Category", "Grade Level", "School", "Judge", "Scientific Method (40)"]
    cols += ["Creativity (30)", "Presentation (30)", "Total (100)", "Award"]
    return df[cols]


def _sf_top_cat(per_project: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        total = _num(df, "Total (100)")
        if per_project:
            means = total.groupby(df["Project ID"]).mean()
            cats = df.drop_duplicates("Project ID").set_index("Project ID")["Category"]
            return _top(means.groupby(cats.reindex(means.index)).mean())
        return _top(total.groupby(_text(df, "Category")).mean())

    return pick


_SF_QS = [
    Q("how many projects were entered", _count(lambda df: int(df["Project ID"].nunique())), ("Project ID",)),
    Q(
        "which category scored highest on average",
        _any_named(_sf_top_cat(False), _sf_top_cat(True)),
        ("Category", "Total (100)", "Project ID"),
    ),
    Q(
        "which judge is the toughest grader",
        _lead(_named(lambda df: _top(_num(df, "Total (100)").groupby(_text(df, "Judge")).mean(), lowest=True))),
        ("Judge", "Total (100)"),
    ),
    Q(
        "how many projects got first place",
        _count(lambda df: int(df.loc[_text(df, "Award") == "1st", "Project ID"].nunique())),
        ("Award", "Project ID"),
    ),
    Q(
        "are creativity and presentation scores related",
        _corr(lambda df: _num(df, "Creativity (30)"), lambda df: _num(df, "Presentation (30)")),
        ("Creativity (30)", "Presentation (30)"),
    ),
    Q(
        "how many score sheets are missing a total",
        _count(lambda df: int(_num(df, "Total (100)").isna().sum())),
        ("Total (100)", "Project ID", "Judge"),
    ),
]


# --- 3. High school debate ballots ---------------------------------------------------------------------------------

_DB_SCHOOLS = _split(
    "Lincoln HS;Kennedy HS;Westlake HS;Central HS;St. Ignatius;Harbor Prep;Brookfield HS;Mesa Ridge HS;Oakmont HS;"
    "Greenfield Academy;Northview HS;Southpoint HS"
)
_DB_JUDGES = _split(
    "Alvarez, M;Becker, T;Choi, S;Dawson, R;Ellis, K;Foster, J;Gupta, A;Hines, L;Ibarra, C;Jensen, P;Kaur, H;Lowe, D;"
    "Mendez, F;Nolan, B;Ortiz, V;Price, G;Quinn, E;Ramos, N;Stone, W;Tran, Q;Usher, Y;Vance, O;Webb, Z;Xu, I"
)


def _db_teams(rng: np.random.Generator, n: int, taken: set[str]) -> list[str]:
    teams = []
    while len(teams) < n:
        code = (
            f"{_one(rng, _DB_SCHOOLS)} {_one(rng, list('ABCDEFGHJKLMNPRSTW'))}{_one(rng, list('ABCDEFGHJKLMNPRSTW'))}"
        )
        if code not in taken:
            taken.add(code)
            teams.append(code)
    return teams


def _debate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32103)
    taken: set[str] = set()
    jw = [float(w) for w in rng.uniform(0.6, 1.4, len(_DB_JUDGES))]
    jw[_DB_JUDGES.index("Gupta, A")] = 2.6
    rows: list[dict[str, Any]] = []
    for division, n, elim_rounds in (("Varsity", 48, ["Octos", "Quarters", "Semis", "Finals"]), ("Novice", 40, None)):
        teams = _db_teams(rng, n, taken)
        power = {t: float(rng.normal(0, 1)) for t in teams}
        wins = dict.fromkeys(teams, 0)
        for rnd in range(1, 7):
            order = [teams[int(i)] for i in rng.permutation(n)]
            for a, b in zip(order[::2], order[1::2], strict=True):
                p_aff = 1 / (1 + np.exp(-(power[a] - power[b]) * 1.3)) - 0.03
                aff_wins = bool(rng.random() < p_aff)
                base = 55.0 if division == "Varsity" else 54.0
                pa = np.clip(
                    round(2 * (base + 0.8 * power[a] + rng.normal(0, 0.9) + (0.4 if aff_wins else -0.4))) / 2, 52, 59
                )
                pb = np.clip(
                    round(2 * (base + 0.8 * power[b] + rng.normal(0, 0.9) + (-0.4 if aff_wins else 0.4))) / 2, 52, 59
                )
                wins[a if aff_wins else b] += 1
                rows.append(
                    {
                        "Round": str(rnd),
                        "Division": division,
                        "Aff Team": a,
                        "Neg Team": b,
                        "Judge": str(_one(rng, _DB_JUDGES, jw)),
                        "Winner": "AFF" if aff_wins else "NEG",
                        "Aff Spkr Pts": float(pa),
                        "Neg Spkr Pts": float(pb),
                        "Elim": "N",
                    }
                )
        names = elim_rounds or ["Quarters", "Semis", "Finals"]
        alive = sorted(teams, key=lambda t: (-wins[t], -power[t]))[: 2 ** len(names)]
        for name in names:
            nxt = []
            for i in range(len(alive) // 2):
                a, b = alive[i], alive[-1 - i]
                if rng.random() < 0.5:
                    a, b = b, a
                p_aff = 1 / (1 + np.exp(-(power[a] - power[b]) * 1.3)) - 0.03
                aff_votes = 0
                for judge in rng.choice(_DB_JUDGES, 3, replace=False):
                    aff_wins = bool(rng.random() < p_aff)
                    aff_votes += aff_wins
                    rows.append(
                        {
                            "Round": name,
                            "Division": division,
                            "Aff Team": a,
                            "Neg Team": b,
                            "Judge": str(judge),
                            "Winner": "AFF" if aff_wins else "NEG",
                            "Aff Spkr Pts": None,
                            "Neg Spkr Pts": None,
                            "Elim": "Y",
                        }
                    )
                nxt.append(a if aff_votes >= 2 else b)
            alive = nxt
    return pd.DataFrame(rows)


def _db_aff_rate(division: str | None, prelims: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        keep = pd.Series(True, index=df.index)
        if division:
            keep &= _text(df, "Division").str.lower() == division
        if prelims:
            keep &= ~_yes(df, "Elim")
        return float((_text(df, "Winner")[keep].str.upper() == "AFF").mean())

    return rate


def _db_points(df: pd.DataFrame) -> list[float]:
    out = []
    for division in ("Varsity", "Novice"):
        d = df[_text(df, "Division") == division]
        out.append(float(pd.concat([_num(d, "Aff Spkr Pts"), _num(d, "Neg Spkr Pts")]).mean()))
    return out


def _db_top_team(prelims: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        d = df[~_yes(df, "Elim")] if prelims else df
        aff = _text(d, "Winner").str.upper() == "AFF"
        winners = pd.concat([_text(d, "Aff Team")[aff], _text(d, "Neg Team")[~aff]])
        return _top(winners.value_counts())

    return pick


_DB_QS = [
    Q(
        "how often does the aff side win",
        either(_share(_db_aff_rate(None, False)), _share(_db_aff_rate(None, True))),
        ("Winner",),
    ),
    Q(
        "and just in novice?",
        either(_share(_db_aff_rate("novice", False)), _share(_db_aff_rate("novice", True))),
        ("Winner", "Division"),
    ),
    Q(
        "average speaker points varsity vs novice",
        _about(_db_points, rel=0.003),
        ("Division", "Aff Spkr Pts", "Neg Spkr Pts"),
    ),
    Q(
        "which team won the most ballots",
        _lead(_named(_db_top_team(False))),
        ("Aff Team", "Neg Team", "Winner"),
    ),
    Q("how many ballots were from elim rounds", _count(lambda df: int(_yes(df, "Elim").sum())), ("Elim", "Round")),
    Q(
        "who judged the most rounds",
        _lead(_named(lambda df: _top(_text(df, "Judge").value_counts()))),
        ("Judge", "Round"),
    ),
]


# --- 4. Model UN committee roster ----------------------------------------------------------------------------------

_MU_COMMITTEES = {
    "GA1 - DISEC": 70,
    "GA3 - SOCHUM": 64,
    "UNEP": 52,
    "WHO": 58,
    "UNHRC": 46,
    "ECOSOC": 54,
    "Security Council": 15,
    "Historical Crisis (1962)": 24,
}
_MU_COUNTRIES = _split(
    "United States;China;Russia;France;United Kingdom;India;Brazil;Japan;Germany;South Africa;Nigeria;Egypt;Mexico;"
    "Canada;Australia;Indonesia;Pakistan;Argentina;Turkey;Saudi Arabia;Kenya;Chile;Norway;Sweden;Poland;Vietnam;"
    "Philippines;Thailand;Peru;Colombia;Ghana;Morocco;Iran;Israel;Italy;Spain;Netherlands;New Zealand;Ethiopia;"
    "Bangladesh;Ukraine;Greece;Portugal;Qatar;Singapore;Malaysia;Cuba;Venezuela;Ireland;Finland;Denmark;Belgium;"
    "Austria;Switzerland;Jordan;Lebanon;Iraq;Afghanistan;Senegal;Rwanda;Tanzania;Algeria;Tunisia;Ecuador;Bolivia;"
    "Uruguay;Paraguay;Nepal;Sri Lanka;Mongolia;Kazakhstan"
)
_MU_SCHOOLS = _split(
    "Westfield High;Brighton Academy;Carver High;Dominion Prep;Evergreen High;Fairview High;Glenbrook North;"
    "Highland Park High;Ivy Ridge School;Jackson Magnet;Kingsway Collegiate;Lakewood High;Marist Academy;"
    "Northgate High"
)


def _mun_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32104)
    used: set[str] = set()
    sw = [float(w) for w in rng.uniform(0.5, 1.5, len(_MU_SCHOOLS))]
    sw[_MU_SCHOOLS.index("Dominion Prep")] = 2.4
    edge = {s: float(rng.normal(0, 0.5)) for s in _MU_SCHOOLS}
    edge["Marist Academy"] = 1.3
    rows: list[dict[str, Any]] = []
    for committee, size in _MU_COMMITTEES.items():
        countries = [str(c) for c in rng.choice(_MU_COUNTRIES, size, replace=False)]
        if committee == "Historical Crisis (1962)":
            countries = [f"{c} (Cabinet)" for c in countries]
        members = []
        for country in countries:
            school = str(_one(rng, _MU_SCHOOLS, sw))
            paper = bool(rng.random() < 0.78)
            talk = max(0, int(rng.poisson(3.5 + 1.2 * edge[school] + (1.0 if paper else 0))))
            reso = int(rng.poisson(0.6 + 0.25 * talk + (1.5 if committee == "Historical Crisis (1962)" else 0)))
            merit = talk + 1.5 * reso + 2 * paper + 2 * edge[school] + float(rng.normal(0, 1.5))
            members.append(
                {
                    "Delegate": _person(rng, used),
                    "School": school,
                    "Country": country,
                    "Committee": committee,
                    "Position Paper": "Y" if paper else "N",
                    "Speeches Given": talk,
                    "Resolutions Sponsored": reso,
                    "m": merit,
                }
            )
        members.sort(key=lambda r: -r["m"])
        n_hm = 1 if size < 20 else 3
        for i, row in enumerate(members):
            row["Award"] = (["Best Delegate", "Outstanding Delegate"] + ["Honorable Mention"] * n_hm + ["None"] * 99)[i]
            row.pop("m")
            if rng.random() < 0.05:
                row["Position Paper"] = None
            if rng.random() < 0.03:
                row["Speeches Given"] = None
        rows.extend(members[int(i)] for i in rng.permutation(len(members)))
    return pd.DataFrame(rows)


def _mu_award(df: pd.DataFrame) -> pd.Series:
    award = _text(df, "Award")
    return (award != "") & (award.str.lower() != "none")


def _mu_paper(with_blanks: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        paper = _text(df, "Position Paper").str.upper()
        return float((paper == "Y").mean() if with_blanks else (paper[paper != ""] == "Y").mean())

    return rate


def _mu_talks(df: pd.DataFrame) -> list[float]:
    talk = _num(df, "Speeches Given")
    won = _mu_award(df)
    return [float(talk[won].mean()), float(talk[~won].mean())]


_MU_QS = [
    Q("how many delegates are there", _count(lambda df: len(df)), ("Delegate",)),
    Q(
        "which school brought the biggest delegation",
        _lead(_named(lambda df: _top(_text(df, "School").value_counts()))),
        ("School", "Delegate"),
    ),
    Q(
        "what percent turned in a position paper",
        either(_share(_mu_paper(True)), _share(_mu_paper(False))),
        ("Position Paper", "Delegate"),
    ),
    Q(
        "do people who won an award give more speeches than everyone else",
        _about(_mu_talks, rel=0.01),
        ("Award", "Speeches Given"),
    ),
    Q(
        "which school won the most best delegate awards",
        _lead(_named(lambda df: _top(_text(df, "School")[_text(df, "Award") == "Best Delegate"].value_counts()))),
        ("School", "Award"),
    ),
    Q(
        "which committee had the most resolutions sponsored",
        _lead(_named(lambda df: _top(_num(df, "Resolutions Sponsored").groupby(_text(df, "Committee")).sum()))),
        ("Committee", "Resolutions Sponsored"),
    ),
]


# --- 5. Quiz bowl tournament match results -------------------------------------------------------------------------

_QB_SCHOOLS = _split(
    "Adams;Bellarmine;Carmel;Detroit Catholic;Eastside;Fenwick;Glenbrook;Hunter;Iroquois;Jesuit;Kinkaid;Latin;"
    "Maggie Walker;Naperville North;Okemos;Plano East;Quincy;Richard Montgomery;Stevenson;Thomas Jefferson;"
    "Ursuline;Varsity Prep;Ward Melville;Yorktown"
)
_QB_MODS = _split(
    "Dana K.;Eli R.;Fran M.;Gabe T.;Hal W.;Iris P.;Jo B.;Ken L.;Lou S.;Mae C.;Ned H.;Ola V.;Pat D.;Quin A.;Rae F.;"
    "Sam N.;Ted G.;Uma Z.;Val O.;Wes Y.;Xan J.;Yas E.;Zed U.;Amy Q."
)


def _qb_half(rng: np.random.Generator, gets: int, skill: float) -> tuple[int, int, float | None]:
    powers = int(rng.binomial(gets, min(0.6, max(0.02, 0.1 + 0.2 * skill))))
    parts = int(rng.binomial(3 * gets, min(0.95, max(0.1, 0.5 + 0.17 * skill))))
    conv = None if gets == 0 else round(100 * parts / (3 * gets), 1)
    return powers, 10 * parts, conv


def _quizbowl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32105)
    teams = [f"{s} {x}" for s in _QB_SCHOOLS for x in ("A", "B")]
    skill = {t: float(rng.normal(0.0 if t.endswith("A") else -0.6, 0.8)) for t in teams}
    rows: list[dict[str, Any]] = []
    for rnd in range(1, 15):
        order = [teams[int(i)] for i in rng.permutation(len(teams))]
        for room, (a, b) in enumerate(zip(order[::2], order[1::2], strict=True)):
            tuh = int(_one(rng, [18, 19, 20, 21], [6, 14, 74, 6]))
            sa, sb = np.exp(skill[a]), np.exp(skill[b])
            probs = np.array([sa, sb, 0.35])
            got = rng.multinomial(tuh, probs / probs.sum())
            ga, gb = int(got[0]), int(got[1])
            na, nb = int(rng.binomial(tuh, 0.09)), int(rng.binomial(tuh, 0.09))
            pa, bonus_a, conv_a = _qb_half(rng, ga, skill[a])
            pb, bonus_b, conv_b = _qb_half(rng, gb, skill[b])
            rows.append(
                {
                    "Round": rnd,
                    "Room": f"Rm {101 + room if room < 12 else 201 + room - 12}",
                    "Moderator": _QB_MODS[room],
                    "Team A": a,
                    "Team B": b,
                    "Score A": 15 * pa + 10 * (ga - pa) - 5 * na + bonus_a,
                    "Score B": 15 * pb + 10 * (gb - pb) - 5 * nb + bonus_b,
                    "TUH": tuh,
                    "Powers A": pa,
                    "Negs A": na,
                    "Powers B": pb,
                    "Negs B": nb,
                    "Bonus Conv A": "" if conv_a is None else f"{conv_a}%",
                    "Bonus Conv B": "" if conv_b is None else f"{conv_b}%",
                }
            )
    return pd.DataFrame(rows)


def _qb_margins(df: pd.DataFrame) -> pd.Series:
    return (_num(df, "Score A") - _num(df, "Score B")).abs()


def _qb_top_team(df: pd.DataFrame) -> str:
    pts = pd.concat([_num(df, "Score A"), _num(df, "Score B")], ignore_index=True)
    teams = pd.concat([_text(df, "Team A"), _text(df, "Team B")], ignore_index=True)
    return _top(pts.groupby(teams).sum())


def _qb_conv(df: pd.DataFrame) -> pd.Series:
    return pd.concat([_num(df, "Bonus Conv A"), _num(df, "Bonus Conv B")]).dropna()


_QB_QS = [
    Q("how many games were played", _count(lambda df: len(df)), ("Round", "Team A", "Team B")),
    Q("what's the typical margin of victory", _typical(_qb_margins), ("Score A", "Score B")),
    Q(
        "which team scored the most points overall",
        _lead(_named(_qb_top_team)),
        ("Team A", "Team B", "Score A", "Score B"),
    ),
    Q(
        "how many powers were there in the whole tournament",
        _count(lambda df: int(_num(df, "Powers A").sum() + _num(df, "Powers B").sum())),
        ("Powers A", "Powers B"),
    ),
    Q("average bonus conversion?", _typical(_qb_conv), ("Bonus Conv A", "Bonus Conv B")),
    Q(
        "which moderator had the highest scoring games on average",
        _lead(
            _named(lambda df: _top((_num(df, "Score A") + _num(df, "Score B")).groupby(_text(df, "Moderator")).mean()))
        ),
        ("Moderator", "Score A", "Score B"),
    ),
]


# --- 6. College radio playlist log ---------------------------------------------------------------------------------

# show: DJ, weekday, start hour, request-friendliness
_RD_SHOWS: dict[str, tuple[str, int, int, float]] = {
    "Morning Static": ("DJ Moss", 0, 8, 0.02),
    "The Basement Tapes": ("DJ Lark", 0, 20, 0.06),
    "Lo-Fi Lunch": ("DJ Pixel", 1, 12, 0.03),
    "Local Noise": ("DJ Moss", 2, 18, 0.05),
    "Night Shift": ("DJ Vega", 3, 22, 0.14),
    "Fresh Cuts": ("DJ Lark", 4, 16, 0.07),
    "Friday Freakout": ("DJ Tango", 4, 21, 0.12),
    "Sunday Slowdown": ("DJ Pixel", 6, 10, 0.03),
}
# artist: local, labels, albums
_RD_ARTISTS = _split(
    "The Beths;Japanese Breakfast;Snail Mail;Alvvays;Big Thief;Wednesday;Mitski;Boygenius;Soccer Mommy;Wet Leg;"
    "Fontaines D.C.;Idles;Khruangbin;Waxahatchee;Hurray for the Riff Raff;Parquet Courts;Turnstile;Beach House;"
    "Phoebe Bridgers;Car Seat Headliner;Kurt Vile;Courtney Barnett;Slowdive;Caroline Polachek;Yo La Tengo;"
    "Sharon Van Etten;Bully;Tirzah;MJ Lenderman;Jessica Pratt"
)
_RD_LOCAL = _split("Porch Cats;The Velvet Mailbox;Cold Brew Coalition;Mara & the Moths;Dead Battery Club;Sunroom Tapes")
_RD_LABELS = _split("Sub Pop;Matador;Merge;Dead Oceans;4AD;Jagjaguwar;Carpark;Domino;Partisan;Captured Tracks")
_RD_WORDS = _split(
    "Silver;Morning;Ghost;Paper;Ocean;Little;Static;Golden;Velvet;Broken;Summer;Neon;Quiet;Wild;Lonely;Electric;Heavy"
)
_RD_NOUNS = _split("Heart;Road;Light;Garden;Machine;Sister;Window;River;Dream;Kitchen;Motel;Signal;Season;Fever;Horse")


def _radio_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32106)
    catalog: dict[str, dict[str, Any]] = {}
    for i, name in enumerate(_RD_ARTISTS + _RD_LOCAL):
        local = name in _RD_LOCAL
        albums = [f"{_one(rng, _RD_WORDS)} {_one(rng, _RD_NOUNS)}" for _ in range(int(rng.integers(1, 4)))]
        catalog[name] = {
            "w": 0.35 if local else 1 / (1 + 0.12 * i),
            "local": local,
            "label": "Self-Released" if local and rng.random() < 0.6 else str(_one(rng, _RD_LABELS)),
            "albums": albums,
            "new": [bool(rng.random() < 0.3) for _ in albums],
            "tracks": [f"{_one(rng, _RD_WORDS)} {_one(rng, _RD_NOUNS)}" for _ in range(8)],
        }
    names = list(catalog)
    weights = [catalog[n]["w"] for n in names]
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-09-03", "2024-12-13"):
        for show, (dj, weekday, hour, req) in _RD_SHOWS.items():
            if day.dayofweek != weekday or rng.random() < 0.05:
                continue
            clock = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 4)))
            end = day + pd.Timedelta(hours=hour + 2)
            local_boost = 4.0 if show == "Local Noise" else 1.0
            w = np.array(
                [wt * (local_boost if catalog[n]["local"] else 1.0) for n, wt in zip(names, weights, strict=True)]
            )
            while clock < end:
                artist = names[int(rng.choice(len(names), p=w / w.sum()))]
                info = catalog[artist]
                k = int(rng.integers(len(info["albums"])))
                new = info["new"][k] and day.month >= 10
                if day.month == 11 and not new and rng.random() < 0.2 and info["new"][k]:
                    new = True
                secs = int(np.clip(rng.normal(225, 55), 95, 540))
                single = rng.random() < 0.08
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Air Time": f"{clock:%H:%M}",
                        "DJ": dj,
                        "Show": show,
                        "Artist": artist,
                        "Track": str(_one(rng, info["tracks"])),
                        "Album": "" if single else info["albums"][k],
                        "Label": "" if rng.random() < 0.04 else info["label"],
                        "Local": "Y" if info["local"] else "N",
                        "New Release": "Y" if new or (day.month == 11 and rng.random() < 0.08) else "N",
                        "Request": "Y" if rng.random() < req else "N",
                        "Length": "" if rng.random() < 0.02 else f"{secs // 60}:{secs % 60:02d}",
                    }
                )
                clock += pd.Timedelta(seconds=secs + int(rng.integers(10, 120)))
    return pd.DataFrame(rows)


def _rd_seconds(df: pd.DataFrame) -> pd.Series:
    parts = _text(df, "Length").str.extract(r"^(\d+):(\d{2})$").astype(float)
    return (parts[0] * 60 + parts[1]).dropna()


def _duration(seconds: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """A typical length (mean or median) in seconds, in minutes, or as "m:ss"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        s = seconds(df)
        for want in (float(s.mean()), float(s.median())):
            if any(abs(f - want) <= max(0.01 * want, 1.0) or abs(f - want / 60) <= 0.02 for f in _found(answer)):
                return None
            for m, ss in re.findall(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])", answer):
                if abs(int(m) * 60 + int(ss) - want) <= 1.5:
                    return None
        return "missing typical length"

    return check


def _rd_new_month(df: pd.DataFrame) -> int:
    months = _when(df, "Date", "%m/%d/%Y").dt.month[_yes(df, "New Release")]
    return int(_top(months.value_counts()))


_RD_QS = [
    Q(
        "who got played the most",
        _lead(_named(lambda df: _top(_text(df, "Artist").value_counts()))),
        ("Artist",),
    ),
    Q(
        "what share of the plays were local artists",
        _share(lambda df: float(_yes(df, "Local").mean())),
        ("Local", "Artist"),
    ),
    Q(
        "which dj takes the most requests",
        _lead(_named(lambda df: _top(_text(df, "DJ")[_yes(df, "Request")].value_counts()))),
        ("DJ", "Request"),
    ),
    Q(
        "how many hours of music got played in total",
        _about(lambda df: float(_rd_seconds(df).sum() / 3600), rel=0.01),
        ("Length",),
    ),
    Q("whats the average song length", _duration(_rd_seconds), ("Length",)),
    Q(
        "which month had the most new releases on air",
        _lead(_month_word(_rd_new_month)),
        ("Date", "New Release"),
    ),
]


# --- 7. City warming center nightly log ----------------------------------------------------------------------------


def _warming_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32107)
    rows: list[dict[str, Any]] = []
    for start in (2021, 2022, 2023):
        beds = {2021: 60, 2022: 75, 2023: 75}[start]
        for day in pd.date_range(f"{start}-11-15", f"{start + 1}-03-31"):
            season = np.cos((day - pd.Timestamp(f"{start + 1}-01-20")).days / 130 * np.pi)
            low = round(float(27 - 13 * season + rng.normal(0, 8)))
            row: dict[str, Any] = {"Date": f"{day:%m/%d/%Y}", "Low Temp (F)": low}
            if low > 38:
                row |= dict.fromkeys(
                    ["Guests Checked In", "Men", "Women", "Children", "Pets", "Beds Available", "Turned Away"], None
                )
                row |= {"Volunteers": None, "Opened At": "CLOSED", "Closed At": "CLOSED"}
                rows.append(row)
                continue
            demand = int(rng.poisson(max(5.0, 38 + 1.5 * (32 - low) + (6 if start == 2023 else 0))))
            guests = min(demand, beds)
            kids = int(rng.binomial(guests, 0.08))
            women = int(rng.binomial(guests - kids, 0.27))
            row |= {
                "Guests Checked In": guests,
                "Men": guests - kids - women,
                "Women": women,
                "Children": kids,
                "Pets": None if start == 2021 else int(rng.poisson(1.2)),
                "Beds Available": beds,
                "Turned Away": max(0, demand - beds),
                "Volunteers": int(max(2, round(guests / 9 + rng.normal(0, 1)))),
                "Opened At": "6:00 PM" if low < 10 else "7:00 PM",
                "Closed At": "8:00 AM" if low < 5 else "7:00 AM",
            }
            if rng.random() < 0.05:
                row |= {"Men": None, "Women": None, "Children": None}
            rows.append(row)
    return pd.DataFrame(rows)


def _wc_open(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Opened At").str.upper() != "CLOSED"


def _wc_month(how: str) -> Callable[[pd.DataFrame], Any]:
    def pick(df: pd.DataFrame) -> Any:
        months = _when(df, "Date", "%m/%d/%Y").dt.to_period("M")
        per = _num(df, "Guests Checked In").groupby(months)
        return (per.sum() if how == "sum" else per.mean()).idxmax().start_time

    return pick


def _wc_kids(split_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        kids = _num(df, "Children")
        guests = _num(df, "Guests Checked In")
        if split_only:
            guests = guests[kids.notna()]
        return float(kids.sum() / guests.sum())

    return rate


_WC_QS = [
    Q("how many nights was the center open", _count(lambda df: int(_wc_open(df).sum())), ("Date", "Opened At")),
    Q(
        "on average how many people came in per night",
        either(
            _typical(lambda df: _num(df, "Guests Checked In").dropna()),
            _about(lambda df: float(_num(df, "Guests Checked In").fillna(0).mean())),
        ),
        ("Guests Checked In", "Date", "Opened At"),
    ),
    Q(
        "does colder weather bring more people in",
        _corr(lambda df: _num(df, "Low Temp (F)"), lambda df: _num(df, "Guests Checked In")),
        ("Low Temp (F)", "Guests Checked In"),
    ),
    Q(
        "how many people got turned away altogether",
        _count(lambda df: int(_num(df, "Turned Away").sum())),
        ("Turned Away",),
    ),
    Q(
        "which month was the busiest",
        either(_lead(_month_year(_wc_month("sum"))), _lead(_month_year(_wc_month("mean")))),
        ("Date", "Guests Checked In"),
    ),
    Q(
        "what share of guests were kids",
        either(_share(_wc_kids(True)), _share(_wc_kids(False))),
        ("Children", "Guests Checked In"),
    ),
]


HELDOUT321 = [
    Dataset("county_spelling_bee_rounds", _bee_frame, _SB_QS),
    Dataset("science_fair_judging_sheets", _fair_frame, _SF_QS),
    Dataset("debate_tournament_ballots", _debate_frame, _DB_QS),
    Dataset("model_un_committee_roster", _mun_frame, _MU_QS),
    Dataset("quiz_bowl_match_results", _quizbowl_frame, _QB_QS),
    Dataset("college_radio_playlist_log", _radio_frame, _RD_QS),
    Dataset("warming_center_nightly_log", _warming_frame, _WC_QS),
]
