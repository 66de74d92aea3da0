"""HELDOUT83: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: the NCHS
"Drug Poisoning Mortality by State: United States" file (1999-2016) with State, Year, Sex, Age Group and Race and
Hispanic Origin, Deaths, Population, Crude Death Rate with its "Standard Error for Crude Rate" and confidence limits,
Age-adjusted Rate with its standard error and limits (blank on the age-specific rows), "State Crude Rate in Range"
bands written with an en dash ("13.6–17.5"), the year's US Crude Rate and US Age-adjusted Rate on every row and Unit
"per 100,000 population"; each state has one row a year ("Both Sexes", "All Ages", "All Races-All Origins") while
"United States" has every combination of Both Sexes / Female / Male, All Ages and eight "25-34 years" style age
groups, and All Races-All Origins / Hispanic / Non-Hispanic Black / Non-Hispanic White, so total rows sit beside the
breakdowns (the national total equals the sum of the states; the three race groups do not add up to the total);
FiveThirtyEight's president_approval_polls.csv (Joseph R. Biden Jr., January 2021 to December 2022) with one row per
question, so a poll asked of adults and registered voters repeats its poll_id, pollster and display_name
("Rasmussen Reports/Pulse Opinion Research" shown as "Rasmussen Reports"), sponsors often blank, pollster_rating_id
and fte_grade ("A-", "B/C", a few blank), sample_size (a few blank), population and population_full a / rv / lv,
methodology ("Online", "Live Phone", "IVR/Online"), start_date and end_date written "1/20/21", tracking TRUE or
blank, created_at "1/23/21 09:14", url and the yes / no percentages; the Kaggle "eCommerce Events History in
Cosmetics Shop" October 2019 file with event_time "2019-10-01 00:00:00 UTC", view / cart / remove_from_cart /
purchase events, product_id, 19-digit category_id, category_code blank for most events ("apparel.glove",
"stationery.cartrige"), brand blank for about a quarter ("runail", "irisk", "bpw.style"), price in dollars (a few 0),
user_id and a user_session uuid (a few blank); WFP food prices for Kenya from HDX (wfp_food_prices_ken.csv,
2019-2022) with the HXL tag row ("#date", "#adm1+name", "#value+usd") under the header, so every column reads as
text, date "2019-01-15", admin1 counties, admin2 sub-counties, markets with latitude and longitude, category
("cereals and tubers"), commodity ("Maize (white)", "Rice (imported)", "Oil (vegetable)", "Milk (cow, fresh)"),
unit "KG" / "L" / "90 KG" (wholesale maize bags), priceflag actual or aggregate (the "National Average" rows with
blank admin1, admin2 and coordinates), pricetype Retail / Wholesale, currency KES, price and usdprice; the Kaggle NHL
Game Data game_teams_stats.csv for the 2018-19 regular season (two rows per game, a few games repeated whole as in
the real file) with game_id 2018020001, numeric team_id, HoA away / home, won True / False, settled_in REG / OT / SO,
head_coach (a few teams change coach mid-season), goals, shots, hits, pim, powerPlayOpportunities, powerPlayGoals,
faceOffWinPercentage (the two sides add up to 100), giveaways, takeaways, blocked and startRinkSide left / right (a
few blank); Denver's crime.csv (2019-2023, one row per offence, so an incident with two offences repeats its
incident_id) with offense_id, OFFENSE_CODE and OFFENSE_CODE_EXTENSION, lower-case hyphenated OFFENSE_TYPE_ID
("theft-of-motor-vehicle") and OFFENSE_CATEGORY_ID ("auto-theft", "traffic-accident"), FIRST_OCCURRENCE_DATE,
LAST_OCCURRENCE_DATE (often blank) and REPORTED_DATE written "1/2/2019 2:00:00 AM", upper-case INCIDENT_ADDRESS
(blank with the coordinates for sexual assaults), GEO_X / GEO_Y state-plane feet, GEO_LON / GEO_LAT, DISTRICT_ID,
PRECINCT_ID, NEIGHBORHOOD_ID ("five-points"), IS_CRIME / IS_TRAFFIC flags (traffic accidents are not crimes) and
VICTIM_COUNT; and the UCI Zoo file (zoo.csv, 101 animals, "frog" twice with different venomous flags) with
animal_name, 0/1 hair, feathers, eggs, milk, airborne, aquatic, predator, toothed, backbone, breathes, venomous,
fins, legs (0, 2, 4, 5, 6, 8), tail, domestic and catsize, and class_type 1-7 as a number only. All are generated
with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _pct, _share, _split, _text
from .heldout38 import _draw
from .heldout39 import _clock, _fields
from .heldout40 import _number, _top_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or, ascending, the lowest) label of a score series, ties in label order."""
    return str(_ranked(scores, ascending).index[0])


def _code(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A numeric label (a team id, a class number) written as a whole number of its own, not inside a decimal."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        k = int(value(df))
        return None if re.search(rf"(?<![\d.,]){k}(?![\d]|[.,]\d)", answer) else f"missing label {k}"

    return check


def _hex(rng: np.random.Generator, k: int) -> str:
    return "".join("0123456789abcdef"[int(i)] for i in rng.integers(0, 16, k))


def _distinct(rng: np.random.Generator, lo: int, hi: int, k: int) -> list[int]:
    """`k` different whole numbers from [lo, hi), in the order drawn."""
    out: dict[int, None] = {}
    while len(out) < k:
        out[int(rng.integers(lo, hi))] = None
    return list(out)


def _uuid(rng: np.random.Generator) -> str:
    return "-".join(_hex(rng, k) for k in (8, 4, 4, 4, 12))


# --- 1. NCHS Drug Poisoning Mortality by State (data.cdc.gov) -----------------------------------------------------

# state: population in 2010 (thousands), death rate relative to the nation
_DP_STATES = _fields(
    "Alabama|4780|0.75;Alaska|710|1.0;Arizona|6392|1.15;Arkansas|2916|0.8;California|37254|0.72;Colorado|5029|1.1;"
    "Connecticut|3574|1.2;Delaware|898|1.35;District of Columbia|602|1.1;Florida|18801|1.05;Georgia|9688|0.78;"
    "Hawaii|1360|0.8;Idaho|1568|0.85;Illinois|12831|0.9;Indiana|6484|1.05;Iowa|3046|0.55;Kansas|2853|0.7;"
    "Kentucky|4339|1.75;Louisiana|4533|1.1;Maine|1328|1.15;Maryland|5774|1.15;Massachusetts|6548|1.25;"
    "Michigan|9884|1.15;Minnesota|5304|0.6;Mississippi|2967|0.72;Missouri|5989|1.05;Montana|989|0.9;"
    "Nebraska|1826|0.36;Nevada|2701|1.45;New Hampshire|1316|1.45;New Jersey|8792|0.95;New Mexico|2059|1.7;"
    "New York|19378|0.8;North Carolina|9535|0.92;North Dakota|673|0.5;Ohio|11537|1.45;Oklahoma|3751|1.4;"
    "Oregon|3831|0.95;Pennsylvania|12702|1.4;Rhode Island|1053|1.5;South Carolina|4625|1.0;South Dakota|814|0.52;"
    "Tennessee|6346|1.3;Texas|25146|0.65;Utah|2764|1.55;Vermont|626|0.95;Virginia|8001|0.8;Washington|6725|1.0;"
    "West Virginia|1853|2.55;Wisconsin|5687|1.0;Wyoming|564|1.0"
)
# national death rate per 100,000, 1999 to 2016
_DP_RATES = (6.1, 6.2, 6.8, 8.2, 8.9, 9.4, 10.1, 11.5, 11.9, 12.0, 11.9, 12.3, 13.2, 13.1, 13.8, 14.7, 16.3, 19.8)
_DP_YEARS = tuple(range(1999, 2017))
# group: share of the population, death rate relative to the nation
_DP_SEXES = {"Female": (0.508, 0.72), "Male": (0.492, 1.3)}
_DP_AGES = {
    "Less than 15 years": (0.2, 0.02),
    "15-24 years": (0.14, 0.5),
    "25-34 years": (0.13, 1.5),
    "35-44 years": (0.14, 1.7),
    "45-54 years": (0.14, 2.05),
    "55-64 years": (0.11, 1.3),
    "65-74 years": (0.075, 0.4),
    "75+ years": (0.065, 0.3),
}
_DP_RACES = {"Hispanic": (0.15, 0.5), "Non-Hispanic Black": (0.12, 0.8), "Non-Hispanic White": (0.64, 1.3)}
_DP_OTHER = (0.09, 0.45)
_DP_BANDS = ((8.3, "1.8–8.3"), (10.2, "8.4–10.2"), (13.5, "10.3–13.5"), (17.5, "13.6–17.5"), (99.0, "17.6–52.0"))
_DP_COLUMNS = _split(
    "State;Year;Sex;Age Group;Race and Hispanic Origin;Deaths;Population;Crude Death Rate;"
    "Standard Error for Crude Rate;Low Confidence Limit for Crude Rate;Upper Confidence Limit for Crude Rate;"
    "Age-adjusted Rate;Standard Error for Age-adjusted Rate;Lower Confidence Limit for Age-adjusted Rate;"
    "Upper Confidence Limit for Age-adjusted Rate;State Crude Rate in Range;US Crude Rate;US Age-adjusted Rate;Unit"
)


def _dp_row(
    state: str, year: int, sex: str, age: str, race: str, deaths: int, pop: int, adjust: float | None
) -> dict[str, Any]:
    crude = deaths / pop * 1e5
    se = crude / np.sqrt(deaths) if deaths else 0.0
    row: dict[str, Any] = {
        "State": state,
        "Year": year,
        "Sex": sex,
        "Age Group": age,
        "Race and Hispanic Origin": race,
        "Deaths": deaths,
        "Population": pop,
        "Crude Death Rate": round(crude, 1),
        "Standard Error for Crude Rate": round(se, 1),
        "Low Confidence Limit for Crude Rate": round(max(crude - 1.96 * se, 0.0), 1),
        "Upper Confidence Limit for Crude Rate": round(crude + 1.96 * se, 1),
        "Unit": "per 100,000 population",
    }
    if adjust is not None:
        adj = crude * adjust
        adj_se = adj / np.sqrt(deaths) if deaths else 0.0
        row |= {
            "Age-adjusted Rate": round(adj, 1),
            "Standard Error for Age-adjusted Rate": round(adj_se, 1),
            "Lower Confidence Limit for Age-adjusted Rate": round(max(adj - 1.96 * adj_se, 0.0), 1),
            "Upper Confidence Limit for Age-adjusted Rate": round(adj + 1.96 * adj_se, 1),
        }
    return row


def _drug_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8301)
    rows: list[dict[str, Any]] = []
    sexes, ages, races = list(_DP_SEXES), list(_DP_AGES), [*_DP_RACES, "Other"]
    pop_share = np.array(
        [
            [[_DP_SEXES[s][0] * _DP_AGES[a][0] * (_DP_RACES.get(r, _DP_OTHER))[0] for r in races] for a in ages]
            for s in sexes
        ]
    )
    risk = np.array(
        [
            [[_DP_SEXES[s][1] * _DP_AGES[a][1] * (_DP_RACES.get(r, _DP_OTHER))[1] for r in races] for a in ages]
            for s in sexes
        ]
    )
    growth = {name: float(rng.normal(0.008, 0.006)) for name, _p, _m in _DP_STATES}
    for year, rate in zip(_DP_YEARS, _DP_RATES, strict=True):
        state_rows = []
        for name, pop2010, mult in _DP_STATES:
            pop = int(float(pop2010) * 1000 * (1 + growth[name] * (year - 2010)) + rng.integers(-900, 900))
            mean = rate * float(mult) * float(rng.uniform(0.93, 1.07)) * pop / 1e5
            state_rows.append((name, int(rng.poisson(mean)), pop, float(rng.uniform(0.96, 1.04))))
        us_deaths = sum(r[1] for r in state_rows)
        us_pop = sum(r[2] for r in state_rows)
        us_crude = round(us_deaths / us_pop * 1e5, 1)
        us_adjust = 1.0 + 0.004 * (year - 1999) * 0.5
        us_adj = round(us_crude * us_adjust, 1)
        cells = rng.multinomial(us_deaths, (pop_share * risk / (pop_share * risk).sum()).ravel()).reshape(2, 8, 4)
        pops = np.round(pop_share * us_pop).astype(int)
        for name, deaths, pop, adjust in state_rows:
            row = _dp_row(name, year, "Both Sexes", "All Ages", "All Races-All Origins", deaths, pop, adjust)
            crude = row["Crude Death Rate"]
            row["State Crude Rate in Range"] = next(b for top, b in _DP_BANDS if crude <= top)
            rows.append(row)
        for si, sex in enumerate(["Both Sexes", *sexes]):
            s_cells = cells.sum(axis=0) if si == 0 else cells[si - 1]
            s_pops = pops.sum(axis=0) if si == 0 else pops[si - 1]
            for ai, age in enumerate(["All Ages", *ages]):
                a_cells = s_cells.sum(axis=0) if ai == 0 else s_cells[ai - 1]
                a_pops = s_pops.sum(axis=0) if ai == 0 else s_pops[ai - 1]
                for ri, race in enumerate(["All Races-All Origins", *_DP_RACES]):
                    d = int(a_cells.sum() if ri == 0 else a_cells[ri - 1])
                    p = int(a_pops.sum() if ri == 0 else a_pops[ri - 1])
                    if si == 0 and ai == 0 and ri == 0:
                        d, p = us_deaths, us_pop
                    adjust = float(us_adjust * rng.uniform(0.97, 1.03)) if ai == 0 else None
                    if si == 0 and ai == 0 and ri == 0:
                        adjust = us_adjust
                    rows.append(_dp_row("United States", year, sex, age, race, d, p, adjust))
        for row in rows[-108:]:
            row["US Crude Rate"] = us_crude
            row["US Age-adjusted Rate"] = us_adj
        for row in rows[-(108 + 51) : -108]:
            row["US Crude Rate"] = us_crude
            row["US Age-adjusted Rate"] = us_adj
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["State", "Year"], kind="stable").reset_index(drop=True)
    return frame[_DP_COLUMNS]


_DP_TOTAL = {"Sex": "Both Sexes", "Age Group": "All Ages", "Race and Hispanic Origin": "All Races-All Origins"}


def _dp_pick(d: pd.DataFrame, year: int, **keys: str) -> pd.DataFrame:
    """Rows of one year with the given breakdown (the total for every key not given)."""
    want = _DP_TOTAL | {k.replace("_", " "): v for k, v in keys.items()}
    mask = d["Year"] == year
    for col, value in want.items():
        if col in d.columns:
            mask &= _text(d[col]) == value
    return d[mask]


def _dp_us(d: pd.DataFrame, year: int, column: str, **keys: str) -> float:
    rows = _dp_pick(d, year, **keys)
    return float(rows.loc[_text(rows["State"]) == "United States", column].iloc[0])


def _dp_states(d: pd.DataFrame, year: int) -> pd.DataFrame:
    rows = _dp_pick(d, year)
    return rows[_text(rows["State"]) != "United States"]


def _dp_state_rank(column: str, lowest: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        s = _dp_states(d, 2015)
        return _top(pd.Series(s[column].to_numpy(), index=_text(s["State"])), lowest)

    return pick


def _dp_change(column: str) -> Check:
    first = lambda d: _dp_us(d, 1999, column)  # noqa: E731
    last = lambda d: _dp_us(d, 2016, column)  # noqa: E731
    return either(
        _about(lambda d: [first(d), last(d)]),
        _pct(lambda d: last(d) / first(d) - 1),
        has(lambda d: last(d) - first(d), rel=0.01),
    )


def _dp_top_age(d: pd.DataFrame) -> str:
    rows = d.loc[
        (d["Year"] == 2016)
        & (_text(d["State"]) == "United States")
        & (_text(d["Sex"]) == "Both Sexes")
        & (_text(d["Race and Hispanic Origin"]) == "All Races-All Origins")
        & (_text(d["Age Group"]) != "All Ages")
    ]
    return _top(pd.Series(rows["Deaths"].to_numpy(), index=_text(rows["Age Group"])))


_DP_AGE_ALIASES = {a: (a.replace(" years", ""), a.replace(" years", "").replace("-", " to ")) for a in _DP_AGES}
_DP_ID = ("State", "Year", "Sex", "Age Group", "Race and Hispanic Origin")
_DP_RATE = ("Crude Death Rate", "Age-adjusted Rate", "US Crude Rate", "US Age-adjusted Rate")
_DRUG_QS = [
    Q(
        "how many people died of drug overdoses in the whole country in 2015",
        _count(lambda d: _dp_us(d, 2015, "Deaths")),
        (*_DP_ID, "Deaths"),
    ),
    Q(
        "which state had the worst death rate that year?",
        _lead(either(*(_named(_dp_state_rank(c, False)) for c in _DP_RATE[:2]))),
        (*_DP_ID, *_DP_RATE[:2]),
    ),
    Q(
        "and the lowest?",
        _lead(either(*(_named(_dp_state_rank(c, True)) for c in _DP_RATE[:2]))),
        (*_DP_ID, *_DP_RATE[:2]),
    ),
    Q(
        "how much did the national rate go up from 1999 to 2016",
        either(*(_dp_change(c) for c in _DP_RATE[:2])),
        (*_DP_ID, *_DP_RATE),
    ),
    Q(
        "men vs women - how many deaths each in 2016?",
        _count(lambda d: [_dp_us(d, 2016, "Deaths", Sex=s) for s in ("Male", "Female")]),
        (*_DP_ID, "Deaths"),
    ),
    Q(
        "which age group had the most deaths that year",
        _lead(_named(_dp_top_age, _DP_AGE_ALIASES)),
        (*_DP_ID, "Deaths"),
    ),
]


# --- 2. FiveThirtyEight presidential approval polls (president_approval_polls.csv) ---------------------------------

# pollster | display_name | pollster_id / rating id | fte_grade | methodology | populations | house effect on yes |
# polls a month | sample size from | to | sponsors | days in the field | tracking
_PA_POLLSTERS = _fields(
    "Rasmussen Reports/Pulse Opinion Research|Rasmussen Reports|1102|B|IVR/Online|lv|-3.0|18|1500|1500||3|TRUE;"
    "Morning Consult|Morning Consult|568|B|Online|rv|-0.5|4.3|1990|15000||3|;"
    "YouGov|YouGov|391|B|Online|a,rv|-1.5|4.3|1200|1650|The Economist|3|;"
    "Ipsos|Ipsos|154|B-|Online|a|1.0|4|1000|4500|Reuters|2|;"
    "Quinnipiac University|Quinnipiac University|267|A-|Live Phone|a,rv|-3.0|1.2|1200|1700||4|;"
    "Emerson College|Emerson College|88|A-|IVR/Online|rv|0.5|1|1000|1500||2|;"
    "Marist College|Marist College|183|A|Live Phone|a,rv|0.5|0.8|1100|1400|NPR / PBS NewsHour|4|;"
    "Gallup|Gallup|112|B|Live Phone|a|0.0|1|820|1100||18|;"
    "HarrisX|HarrisX|1022|C|Online|rv|1.5|1.5|1800|3000|The Hill|2|;"
    "Echelon Insights|Echelon Insights|1333|B+|Online|lv|-0.5|1|1000|1100||4|;"
    "Civiqs|Civiqs|1356|B/C|Online|rv|-4.0|1|1400|1500|Daily Kos|4|TRUE;"
    "Trafalgar Group|Trafalgar Group|338|A-|IVR/Online/Text|lv|-4.0|0.5|1070|1090|Convention of States Action|3|;"
    "SurveyMonkey|SurveyMonkey|324|D-|Online|a|1.0|1|2000|10000|Axios|3|;"
    "AP-NORC|AP-NORC|3|B+|Probability Panel|a|-1.0|1|1000|1200|Associated Press|4|;"
    "Navigator Research|Navigator Research|1543||Online|rv|2.0|1.5|1000|1000||4|"
)
_PA_SPONSOR_IDS = {
    "The Economist": "133",
    "Reuters": "71",
    "NPR / PBS NewsHour": "406,407",
    "The Hill": "1044",
    "Daily Kos": "189",
    "Convention of States Action": "1413",
    "Axios": "1133",
    "Associated Press": "2",
}
# approval at dates between which it moves in straight lines
_PA_TREND = (
    ("2021-01-20", 55.0),
    ("2021-06-01", 53.0),
    ("2021-07-31", 50.5),
    ("2021-08-31", 46.5),
    ("2021-10-31", 43.5),
    ("2022-01-31", 42.0),
    ("2022-04-30", 42.0),
    ("2022-06-10", 40.2),
    ("2022-07-20", 37.8),
    ("2022-08-12", 40.3),
    ("2022-10-31", 42.5),
    ("2022-12-31", 43.5),
)
_PA_COLUMNS = _split(
    "question_id;poll_id;state;politician_id;politician;pollster_id;pollster;sponsor_ids;sponsors;display_name;"
    "pollster_rating_id;pollster_rating_name;fte_grade;sample_size;population;population_full;methodology;"
    "start_date;end_date;sponsor_candidate;tracking;created_at;notes;url;yes;no"
)


def _pa_date(t: pd.Timestamp) -> str:
    return f"{t.month}/{t.day}/{t.year % 100:02d}"


def _approval_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8302)
    knots = np.array([pd.Timestamp(t).value for t, _v in _PA_TREND], dtype=float)
    levels = np.array([v for _t, v in _PA_TREND])
    start, end = pd.Timestamp("2021-01-21"), pd.Timestamp("2022-12-31")
    span = (end - start).days
    polls: list[tuple[pd.Timestamp, list[str]]] = []
    for p in _PA_POLLSTERS:
        k = int(rng.poisson(float(p[7]) * span / 30.4))
        for day in np.sort(rng.integers(0, span + 1, k)):
            polls.append((start + pd.Timedelta(days=int(day)), p))
    polls.sort(key=lambda x: (x[0], x[1][0]))
    rows: list[dict[str, Any]] = []
    qid, pid = 138900, 74100
    for ended, p in polls:
        name, shown, pollster_id, grade, method, pops, house = p[:7]
        lo, hi, sponsors, days, tracking = int(p[8]), int(p[9]), p[10], int(p[11]), p[12]
        pid += int(rng.integers(1, 4))
        began = ended - pd.Timedelta(days=days - 1)
        truth = float(np.interp(float(ended.value), knots, levels))
        poll_shift = float(rng.normal(0, 1.3))
        size = int(rng.integers(lo, hi + 1)) if hi > lo else lo
        made = ended + pd.Timedelta(days=int(rng.integers(1, 4)), minutes=int(rng.integers(0, 1440)))
        for i, pop in enumerate(pops.split(",")):
            qid += 1
            yes = truth + float(house) + poll_shift + (0.0 if pop == "a" else 0.6) + float(rng.normal(0, 0.4))
            unsure = float(rng.uniform(2, 9)) if "Phone" not in method else float(rng.uniform(4, 10))
            no = 100 - yes - unsure + (1.5 if "Rasmussen" in name else 0.0)
            n = size if i == 0 else int(size * rng.uniform(0.78, 0.9))
            rows.append(
                {
                    "question_id": qid,
                    "poll_id": pid,
                    "state": None,
                    "politician_id": 19368,
                    "politician": "Joseph R. Biden Jr.",
                    "pollster_id": int(pollster_id),
                    "pollster": name,
                    "sponsor_ids": _PA_SPONSOR_IDS.get(sponsors) or None,
                    "sponsors": sponsors or None,
                    "display_name": shown,
                    "pollster_rating_id": int(pollster_id),
                    "pollster_rating_name": name,
                    "fte_grade": grade or None,
                    "sample_size": float(n) if rng.random() > 0.015 else None,
                    "population": pop,
                    "population_full": pop,
                    "methodology": method if rng.random() > 0.01 else None,
                    "start_date": _pa_date(began),
                    "end_date": _pa_date(ended),
                    "sponsor_candidate": None,
                    "tracking": tracking or None,
                    "created_at": f"{_pa_date(made)} {made:%H:%M}",
                    "notes": "among adults" if pop == "a" and rng.random() < 0.05 else None,
                    "url": f"https://projects.fivethirtyeight.com/polls/{shown.lower().replace(' ', '-')}/{pid}/",
                    "yes": round(yes) if "Phone" in method else round(yes, 1),
                    "no": round(no) if "Phone" in method else round(no, 1),
                }
            )
    frame = pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)
    return frame[_PA_COLUMNS]


def _pa_polls(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    """Every question, or the first question of each poll."""
    return d.sort_values("question_id").drop_duplicates("poll_id") if unique else d


def _pa_lowest_month(column: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        month = pd.to_datetime(d[column], format="%m/%d/%y").dt.to_period("M")
        means = d.groupby(month)["yes"].mean()
        return means.idxmin().to_timestamp()

    return pick


def _pa_top_pollster(column: str, unique: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_text(_pa_polls(d, unique)[column]).value_counts())


def _pa_by_population(d: pd.DataFrame) -> list[float]:
    return [float(d.loc[_text(d["population"]) == p, "yes"].mean()) for p in ("lv", "rv")]


_PA_ALIASES = {"Rasmussen Reports/Pulse Opinion Research": ("Rasmussen",), "Rasmussen Reports": ("Rasmussen",)}
_PA_ID = ("poll_id", "question_id", "politician")
_APPROVAL_QS = [
    Q(
        "how many polls are in here",
        either(*(_count(lambda d, u=u: float(len(_pa_polls(d, u)))) for u in (False, True))),
        _PA_ID,
    ),
    Q(
        "what's biden's average approval across all of them?",
        either(*(_about(lambda d, u=u: float(_pa_polls(d, u)["yes"].mean())) for u in (False, True))),
        (*_PA_ID, "yes"),
    ),
    Q(
        "who does the most polling",
        _lead(
            either(
                *(
                    _named(_pa_top_pollster(c, u), _PA_ALIASES)
                    for c in ("display_name", "pollster", "pollster_rating_name")
                    for u in (False, True)
                )
            )
        ),
        (*_PA_ID, "pollster", "display_name", "pollster_rating_name", "pollster_id"),
    ),
    Q(
        "which month was his approval the lowest?",
        _lead(either(*(_month_year(_pa_lowest_month(c)) for c in ("end_date", "start_date")))),
        (*_PA_ID, "yes", "end_date", "start_date"),
    ),
    Q(
        "do likely voter polls show lower approval than registered voter polls",
        _about(_pa_by_population),
        (*_PA_ID, "yes", "population", "population_full"),
    ),
    Q(
        "what share of polls had disapproval above 55?",
        either(*(_share(lambda d, u=u: float((_pa_polls(d, u)["no"] > 55).mean())) for u in (False, True))),
        (*_PA_ID, "no"),
    ),
]


# --- 3. eCommerce events from a cosmetics shop (Kaggle "eCommerce Events History in Cosmetics Shop", 2019-Oct) ---

# category_id | category_code | weight | median price
_EC_CATEGORIES = _fields(
    "1487580005595612013||14|4.0;1487580005092295511||10|9.0;1487580006317032337||8|6.0;"
    "1487580005134238553||8|5.0;1487580007675986893||6|3.0;1487580013841613016||6|2.5;1487580008145748965||5|12.0;"
    "1487580005671109489||5|3.0;1602943681873052386||4|15.0;1783999064103190764||3|1.5;"
    "1487580013522845895|appliances.environment.vacuum|1.5|35.0;2018287324474901238|furniture.bathroom.bath|1.2|5.0;"
    "1487580010796548366|apparel.glove|1.5|3.0;1487580011970953351|stationery.cartrige|1.4|2.0;"
    "1487580006350586771|accessories.cosmetic_bag|1.2|6.0;1487580009471148064|furniture.living_room.cabinet|0.6|25.0;"
    "1487580007717929935|appliances.personal.hair_cutter|0.6|20.0;"
    "2193074740686488401|appliances.environment.air_conditioner|0.4|40.0;"
    "1487580005411062629|furniture.bathroom.toilet|0.4|18.0"
)
_EC_BRANDS = (
    "runail:10;irisk:8;masura:6;grattol:6;estel:5;kapous:4;jessnail:4;ingarden:4;bpw.style:3;uno:3;freedecor:3;"
    "lianail:2.5;italwax:2;cosmoprofi:2;strong:1.5;domix:1.5;zinger:1.5;concept:1.5;haruyama:1;polarus:1;:45"
)
_EC_HOURS = (
    "0:1.2;1:0.8;2:0.6;3:0.6;4:1.0;5:1.8;6:2.6;7:3.4;8:4.2;9:4.8;10:5.2;11:5.4;12:5.4;13:5.3;14:5.4;15:5.6;"
    "16:6.2;17:7.0;18:8.2;19:11.5;20:8.0;21:5.8;22:3.6;23:2.0"
)


def _ecommerce_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8303)
    cats = [c for c, *_r in _EC_CATEGORIES]
    cat_w = [float(r[2]) for r in _EC_CATEGORIES]
    info = {c: (code, float(median)) for c, code, _w, median in _EC_CATEGORIES}
    ids = _distinct(rng, 3752, 5_932_595, 460)
    products = []
    for pid in ids:
        cat = str(_one(rng, cats, cat_w))
        code, median = info[cat]
        brand = _draw(rng, _EC_BRANDS)
        price = round(float(rng.lognormal(np.log(median), 0.55)), 2) if rng.random() > 0.01 else 0.0
        products.append((int(pid), int(cat), code or None, brand or None, price))
    pop = rng.gamma(0.6, 1.0, len(products))
    for i, (_p, _c, _code, brand, _price) in enumerate(products):
        pop[i] *= 2.2 if brand == "runail" else 1.0
    pop /= pop.sum()
    users = _distinct(rng, 400_000_000, 622_000_000, 820)
    user_w = rng.gamma(0.8, 1.0, len(users))
    rows: list[dict[str, Any]] = []
    for _ in range(1180):
        user = int(users[int(rng.choice(len(users), p=user_w / user_w.sum()))])
        session = _uuid(rng)
        t = pd.Timestamp(2019, 10, 1) + pd.Timedelta(
            days=int(rng.integers(0, 31)), hours=int(_draw(rng, _EC_HOURS)), seconds=int(rng.integers(0, 3600))
        )
        seen = [products[int(i)] for i in rng.choice(len(products), int(rng.geometric(0.36)), p=pop)]
        events: list[tuple[str, tuple[Any, ...]]] = []
        cart: list[tuple[Any, ...]] = []
        for prod in seen:
            events.append(("view", prod))
            if rng.random() < 0.2:
                events.append(("cart", prod))
                if rng.random() < 0.28:
                    events.append(("remove_from_cart", prod))
                else:
                    cart.append(prod)
        if cart and rng.random() < 0.4:
            events.extend(("purchase", prod) for prod in cart)
        for kind, (pid, cat, code, brand, price) in events:
            t = t + pd.Timedelta(seconds=int(rng.exponential(45)) + 1)
            rows.append(
                {
                    "event_time": t,
                    "event_type": kind,
                    "product_id": pid,
                    "category_id": cat,
                    "category_code": code,
                    "brand": brand,
                    "price": price,
                    "user_id": user,
                    "user_session": session if rng.random() > 0.0015 else None,
                }
            )
    frame = pd.DataFrame(rows).sort_values("event_time", kind="stable").reset_index(drop=True)
    frame["event_time"] = frame["event_time"].dt.strftime("%Y-%m-%d %H:%M:%S UTC")
    return frame


def _ec_kind(d: pd.DataFrame, kind: str) -> pd.DataFrame:
    return d[_text(d["event_type"]) == kind]


def _ec_best_brand(by_revenue: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        bought = _ec_kind(d, "purchase")
        bought = bought[_text(bought["brand"]) != ""]
        brand = _text(bought["brand"])
        scores = bought.groupby(brand)["price"].sum() if by_revenue else brand.value_counts()
        return _top(scores)

    return pick


def _ec_conversion(level: str) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        if level == "events":
            return len(_ec_kind(d, "purchase")) / len(_ec_kind(d, "cart"))
        carted = set(_ec_kind(d, "cart")[level].dropna())
        bought = set(_ec_kind(d, "purchase")[level].dropna())
        return len(carted & bought) / len(carted)

    return rate


def _ec_busiest(d: pd.DataFrame) -> int:
    hours = pd.to_datetime(d["event_time"].str.replace(" UTC", ""), format="%Y-%m-%d %H:%M:%S").dt.hour
    return int(_top(hours.value_counts()))


_EC_ID = ("event_type", "user_id", "user_session", "event_time")
_ECOMMERCE_QS = [
    Q(
        "how many purchases were made?",
        either(
            _count(lambda d: float(len(_ec_kind(d, "purchase")))),
            _count(lambda d: float(_ec_kind(d, "purchase")["user_session"].nunique())),
        ),
        _EC_ID,
    ),
    Q(
        "how much money did they bring in",
        _scaled(lambda d: float(_ec_kind(d, "purchase")["price"].sum()), (1e3,)),
        (*_EC_ID, "price", "product_id"),
    ),
    Q(
        "which brand sells the most",
        _lead(either(_named(_ec_best_brand(False)), _named(_ec_best_brand(True)))),
        (*_EC_ID, "brand", "price", "product_id"),
    ),
    Q(
        "how many events have no brand?",
        _count(lambda d: float(d["brand"].isna().sum())),
        ("brand",),
    ),
    Q(
        "what percent of people who put something in their cart actually bought something",
        either(*(_share(_ec_conversion(x)) for x in ("user_id", "user_session", "events"))),
        _EC_ID,
    ),
    Q(
        "what hour of the day is the busiest?",
        _lead(_clock(_ec_busiest)),
        _EC_ID,
    ),
]


# --- 4. WFP food prices, Kenya (HDX wfp_food_prices_ken.csv) -------------------------------------------------------

# admin1 | admin2 | market | latitude | longitude | price level | sells sorghum | sells wholesale
_WF_MARKETS = _fields(
    "Nairobi|Kibra|Kibra|-1.3127|36.7892|1.04|0|1;"
    "Nairobi|Dagoretti North|Kawangware|-1.2867|36.7475|1.0|0|1;"
    "Mombasa|Kisauni|Kongowea|-4.0302|39.6868|1.1|0|1;"
    "Kisumu|Kisumu Central|Kibuye|-0.0905|34.7683|0.94|0|0;"
    "Turkana|Turkana Central|Lodwar town|3.1191|35.5973|1.26|1|0;"
    "Marsabit|Saku|Marsabit town|2.3284|37.9899|1.18|1|0;"
    "Garissa|Garissa Township|Garissa town|-0.4532|39.6461|1.14|1|0;"
    "Mandera|Mandera East|Mandera town|3.9366|41.8670|1.42|1|0;"
    "Kitui|Kitui Central|Kitui town|-1.3670|38.0106|0.98|0|0"
)
# category | commodity | unit | pricetype | price in January 2019 (KES) | which series it follows
_WF_ITEMS = _fields(
    "cereals and tubers|Maize (white)|KG|Retail|38|maize;"
    "cereals and tubers|Maize (white)|90 KG|Wholesale|2950|maize;"
    "cereals and tubers|Rice (imported)|KG|Retail|118|flat;"
    "cereals and tubers|Sorghum|KG|Retail|52|maize;"
    "pulses and nuts|Beans (dry)|KG|Retail|92|beans;"
    "oil and fats|Oil (vegetable)|L|Retail|215|oil;"
    "milk and dairy|Milk (cow, fresh)|L|Retail|58|flat;"
    "miscellaneous food|Sugar|KG|Retail|108|flat"
)
_WF_HXL = _split(
    "#date;#adm1+name;#adm2+name;#loc+market+name;#geo+lat;#geo+lon;#item+type;#item+name;#item+unit;"
    "#item+price+flag;#item+price+type;#currency;#value;#value+usd"
)
_WF_COLUMNS = _split(
    "date;admin1;admin2;market;latitude;longitude;category;commodity;unit;priceflag;pricetype;currency;price;usdprice"
)


def _wf_index(series: str, t: int) -> float:
    """A series' price level in month `t` (0 is January 2019)."""
    base = 1.0 + 0.055 * t / 12
    if series == "maize":
        return base * (1 + 0.18 * np.exp(-((t - 4) ** 2) / 3.0) + 0.62 * np.exp(-((t - 42) ** 2) / 2.2))
    if series == "beans":
        return base * (1 + 0.1 * np.sin(2 * np.pi * t / 12) + 0.012 * t)
    if series == "oil":
        return base * (1 + 0.75 / (1 + np.exp(-(t - 39) / 1.5)))
    return base


def _food_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8304)
    rows: list[dict[str, Any]] = []
    for t in range(48):
        day = pd.Timestamp(2019 + t // 12, t % 12 + 1, 15)
        rate = 101.0 + 22.0 * t / 47 + float(rng.normal(0, 0.4))
        for category, commodity, unit, kind, base, series in _WF_ITEMS:
            prices = []
            for admin1, admin2, market, lat, lon, level, sorghum, wholesale in _WF_MARKETS:
                if commodity == "Sorghum" and sorghum == "0":
                    continue
                if kind == "Wholesale" and wholesale == "0":
                    continue
                if rng.random() > 0.86:
                    continue
                price = float(base) * _wf_index(series, t) * float(level) * float(rng.lognormal(0, 0.07))
                price = round(price, 2) if kind == "Retail" else round(price / 10) * 10.0
                prices.append(price)
                rows.append(
                    {
                        "date": f"{day:%Y-%m-%d}",
                        "admin1": admin1,
                        "admin2": admin2,
                        "market": market,
                        "latitude": float(lat),
                        "longitude": float(lon),
                        "category": category,
                        "commodity": commodity,
                        "unit": unit,
                        "priceflag": "actual",
                        "pricetype": kind,
                        "currency": "KES",
                        "price": price,
                        "usdprice": round(price / rate, 4),
                    }
                )
            if prices:
                mean = round(float(np.mean(prices)), 2)
                rows.append(
                    {
                        "date": f"{day:%Y-%m-%d}",
                        "market": "National Average",
                        "category": category,
                        "commodity": commodity,
                        "unit": unit,
                        "priceflag": "aggregate",
                        "pricetype": kind,
                        "currency": "KES",
                        "price": mean,
                        "usdprice": round(mean / rate, 4),
                    }
                )
    frame = pd.DataFrame(rows, columns=_WF_COLUMNS)
    tags = pd.DataFrame([dict(zip(_WF_COLUMNS, _WF_HXL, strict=True))])
    return pd.concat([tags, frame.astype(object)], ignore_index=True)


def _wf(d: pd.DataFrame, actual_only: bool = False) -> pd.DataFrame:
    """The price rows (the HXL tag row dropped), with numbers and dates read."""
    rows = d[~_text(d["date"]).str.startswith("#")].copy()
    for col in ("price", "usdprice", "latitude", "longitude"):
        rows[col] = _number(rows[col])
    rows["when"] = pd.to_datetime(rows["date"], format="%Y-%m-%d")
    if actual_only:
        rows = rows[_text(rows["priceflag"]) == "actual"]
    return rows


def _wf_item(d: pd.DataFrame, commodity: str, unit: str | None, actual_only: bool) -> pd.DataFrame:
    rows = _wf(d, actual_only)
    rows = rows[_text(rows["commodity"]) == commodity]
    return rows[_text(rows["unit"]) == unit] if unit else rows


def _wf_nairobi_maize(column: str) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        rows = _wf_item(d, "Maize (white)", "KG", True)
        return float(rows.loc[_text(rows["admin1"]) == "Nairobi", column].mean())

    return mean


def _wf_bean_years(actual_only: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        rows = _wf_item(d, "Beans (dry)", "KG", actual_only)
        return rows.groupby(rows["when"].dt.year)["price"].mean().to_numpy()

    return means


def _wf_sugar_market(d: pd.DataFrame) -> str:
    rows = _wf_item(d, "Sugar", "KG", True)
    return _top(rows.groupby(_text(rows["market"]))["price"].mean())


def _wf_maize_peak(unit: str | None, actual_only: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(d: pd.DataFrame) -> pd.Timestamp:
        rows = _wf_item(d, "Maize (white)", unit, actual_only)
        if unit is None:
            scale = rows.groupby(_text(rows["unit"]))["price"].transform("mean")
            rows = rows.assign(price=rows["price"] / scale)
        return rows.groupby("when")["price"].mean().idxmax()

    return pick


def _wf_counts(actual_only: bool) -> Callable[[pd.DataFrame], Any]:
    def counts(d: pd.DataFrame) -> Any:
        return _text(_wf(d, actual_only)["commodity"]).value_counts().to_numpy()

    return counts


def _wf_oil_usd(actual_only: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        rows = _wf_item(d, "Oil (vegetable)", "L", actual_only)
        return float(rows.loc[rows["when"].dt.year == 2022, "usdprice"].mean())

    return mean


_WF_ID = ("date", "commodity", "unit", "priceflag", "pricetype", "market")
_FOOD_QS = [
    Q(
        "whats the average price of a kilo of maize in nairobi",
        either(_about(_wf_nairobi_maize("price")), has(_wf_nairobi_maize("usdprice"), rel=0.01)),
        (*_WF_ID, "admin1", "admin2", "price", "usdprice", "currency"),
    ),
    Q(
        "how has the price of beans changed from year to year?",
        either(*(_about(_wf_bean_years(a)) for a in (True, False))),
        (*_WF_ID, "price", "currency", "category"),
    ),
    Q(
        "which market has the priciest sugar",
        _lead(_named(_wf_sugar_market)),
        (*_WF_ID, "admin1", "admin2", "price", "usdprice"),
    ),
    Q(
        "when was maize the most expensive",
        _lead(either(*(_month_year(_wf_maize_peak(u, a)) for u in ("KG", None) for a in (True, False)))),
        (*_WF_ID, "price", "usdprice"),
    ),
    Q(
        "how many price records are there for each commodity?",
        either(*(_count(_wf_counts(a)) for a in (True, False))),
        ("commodity", "priceflag", "market"),
    ),
    Q(
        "on average what did a litre of cooking oil cost in dollars in 2022",
        either(*(has(_wf_oil_usd(a), rel=0.01) for a in (True, False))),
        (*_WF_ID, "usdprice", "category"),
    ),
]


# --- 5. NHL team game stats (Kaggle "NHL Game Data", game_teams_stats.csv, 2018-19 regular season) ----------------

# team_id | strength | shot blocking | coach (a second coach and the game he took over from, when changed)
_NH_TEAMS = _fields(
    "1|-0.08|0|John Hynes;2|0.1|2.5|Barry Trotz;3|-0.1|0.5|David Quinn;4|-0.02|0|Dave Hakstol|Scott Gordon|34;"
    "5|0.08|-0.5|Mike Sullivan;6|0.16|0|Bruce Cassidy;7|-0.08|0|Phil Housley;8|0.05|-0.5|Claude Julien;"
    "9|-0.16|1|Guy Boucher|Marc Crawford|77;10|0.12|0|Mike Babcock;12|0.07|-1|Rod Brind'Amour;13|0.0|0|Bob Boughner;"
    "14|0.36|0|Jon Cooper;15|0.12|0.5|Todd Reirden;16|-0.06|0|Joel Quenneville|Jeremy Colliton|16;"
    "17|-0.12|0|Jeff Blashill;18|0.09|0|Peter Laviolette;19|0.07|0|Mike Yeo|Craig Berube|20;20|0.15|0|Bill Peters;"
    "21|0.0|0|Jared Bednar;22|-0.08|0|Todd McLellan|Ken Hitchcock|21;23|-0.06|0|Travis Green;"
    "24|-0.1|0|Randy Carlyle|Bob Murray|56;25|0.05|1|Jim Montgomery;26|-0.15|0|John Stevens|Willie Desjardins|13;"
    "28|0.12|0|Peter DeBoer;29|0.06|0|John Tortorella;30|-0.02|0|Bruce Boudreau;52|0.08|0|Paul Maurice;"
    "53|-0.02|0|Rick Tocchet;54|0.06|0|Gerard Gallant"
)
_NH_COLUMNS = _split(
    "game_id;team_id;HoA;won;settled_in;head_coach;goals;shots;hits;pim;powerPlayOpportunities;powerPlayGoals;"
    "faceOffWinPercentage;giveaways;takeaways;blocked;startRinkSide"
)


def _nh_schedule(rng: np.random.Generator, teams: list[int], games: int) -> list[tuple[int, int]]:
    """Away and home team of every game, each team playing 82 (the last pairs patched so nobody plays itself)."""
    slots = [t for t in teams for _ in range(82)]
    order = [slots[int(i)] for i in rng.permutation(len(slots))]
    pairs = [[order[2 * i], order[2 * i + 1]] for i in range(games)]
    for i, p in enumerate(pairs):
        if p[0] == p[1]:
            for q in pairs:
                if p[0] not in q and q[0] not in p:
                    p[0], q[0] = q[0], p[0]
                    break
        pairs[i] = p
    return [(a, h) for a, h in pairs]


def _nhl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8305)
    info = {int(r[0]): r for r in _NH_TEAMS}
    pairs = _nh_schedule(rng, list(info), 1271)
    played = dict.fromkeys(info, 0)
    rows: list[dict[str, Any]] = []
    for g, (away, home) in enumerate(pairs):
        lam = {
            away: 2.95 * np.exp(float(info[away][1]) - float(info[home][1]) - 0.04),
            home: 2.95 * np.exp(float(info[home][1]) - float(info[away][1]) + 0.04),
        }
        goals = {t: int(rng.poisson(lam[t])) for t in (away, home)}
        settled = "REG"
        if goals[away] == goals[home]:
            settled = "OT" if rng.random() < 0.58 else "SO"
            p_home = 0.5 + 0.5 * (float(info[home][1]) - float(info[away][1]))
            winner = home if rng.random() < p_home else away
            goals[winner] += 1
        winner = home if goals[home] > goals[away] else away
        face = round(float(np.clip(rng.normal(50, 6.5), 25, 75)), 1)
        side = str(_one(rng, ["left", "right"]))
        pims = {
            t: 2 * int(rng.poisson(3.4)) + (5 if rng.random() < 0.05 else 0) + (10 if rng.random() < 0.03 else 0)
            for t in (away, home)
        }
        for team in (away, home):
            played[team] += 1
            r = info[team]
            coach = r[3] if len(r) == 4 or played[team] <= int(r[5]) else r[4]
            ppo = int(min(rng.poisson(pims[home if team == away else away] / 2.6), 9))
            ppg = int(min(rng.binomial(ppo, 0.2), goals[team]))
            shots = int(max(goals[team] + 8, rng.normal(24 + 2.3 * goals[team] + 1.2 * ppo, 4.5)))
            home_side = team == home
            rows.append(
                {
                    "game_id": 2018020001 + g,
                    "team_id": team,
                    "HoA": "home" if home_side else "away",
                    "won": team == winner,
                    "settled_in": settled,
                    "head_coach": coach,
                    "goals": goals[team],
                    "shots": shots,
                    "hits": int(max(5, rng.normal(22, 7))),
                    "pim": pims[team],
                    "powerPlayOpportunities": ppo,
                    "powerPlayGoals": ppg,
                    "faceOffWinPercentage": face if home_side else round(100 - face, 1),
                    "giveaways": int(rng.poisson(8.5)),
                    "takeaways": int(rng.poisson(7.0)),
                    "blocked": int(rng.poisson(max(3.0, 13.5 + 2 * float(r[2])))),
                    "startRinkSide": (side if home_side else {"left": "right", "right": "left"}[side])
                    if rng.random() > 0.02
                    else None,
                }
            )
    frame = pd.DataFrame(rows)
    repeats = rng.choice(len(pairs), 24, replace=False)
    extra = frame[frame["game_id"].isin(2018020001 + repeats)]
    frame = pd.concat([frame, extra], ignore_index=True).sort_values("game_id", kind="stable")
    return frame.reset_index(drop=True)[_NH_COLUMNS]


def _nh(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    return d.drop_duplicates(["game_id", "team_id"]) if unique else d


def _nh_won(d: pd.DataFrame) -> pd.Series:
    return _text(d["won"]).str.lower() == "true"


def _nh_home_rate(unique: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        rows = _nh(d, unique)
        return float(_nh_won(rows)[_text(rows["HoA"]) == "home"].mean())

    return rate


def _nh_top_coach(unique: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        rows = _nh(d, unique)
        return _top(_text(rows.loc[_nh_won(rows), "head_coach"]).value_counts())

    return pick


def _nh_pp(unique: bool, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        rows = _nh(d, unique)
        if pooled:
            return float(rows["powerPlayGoals"].sum() / rows["powerPlayOpportunities"].sum())
        rows = rows[rows["powerPlayOpportunities"] > 0]
        return float((rows["powerPlayGoals"] / rows["powerPlayOpportunities"]).mean())

    return rate


def _nh_blocker(unique: bool) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(_top(_nh(d, unique).groupby("team_id")["blocked"].mean()))


_NH_ID = ("game_id", "team_id")
_NHL_QS = [
    Q(
        "how often does the home team win?",
        either(*(_share(_nh_home_rate(u)) for u in (False, True))),
        (*_NH_ID, "HoA", "won"),
    ),
    Q(
        "how many games were decided in a shootout",
        _count(lambda d: float(d.loc[_text(d["settled_in"]) == "SO", "game_id"].nunique())),
        (*_NH_ID, "settled_in"),
    ),
    Q(
        "which coach won the most games?",
        _lead(either(*(_named(_nh_top_coach(u)) for u in (False, True)))),
        (*_NH_ID, "head_coach", "won"),
    ),
    Q(
        "do more shots mean more goals",
        either(*(_corr(lambda d, u=u: _nh(d, u)["shots"], lambda d, u=u: _nh(d, u)["goals"]) for u in (False, True))),
        (*_NH_ID, "shots", "goals"),
    ),
    Q(
        "what's the power play success rate overall?",
        either(*(_share(_nh_pp(u, p)) for u in (False, True) for p in (True, False))),
        (*_NH_ID, "powerPlayGoals", "powerPlayOpportunities"),
    ),
    Q(
        "which team blocks the most shots per game",
        _lead(either(*(_code(_nh_blocker(u)) for u in (False, True)))),
        (*_NH_ID, "blocked"),
    ),
]


# --- 6. Denver crime (Denver Open Data Catalog, crime.csv) ---------------------------------------------------------

# OFFENSE_CODE | extension | OFFENSE_TYPE_ID | OFFENSE_CATEGORY_ID | weight | report delay (hours, typical) | victims
_DC_OFFENSES = _fields(
    "2399|0|theft-other|larceny|9|10|1;2303|0|theft-shoplift|larceny|6|1|1;"
    "2305|0|theft-items-from-vehicle|theft-from-motor-vehicle|7.5|9|1;"
    "2308|0|theft-parts-from-vehicle|theft-from-motor-vehicle|6|12|1;"
    "2404|0|theft-of-motor-vehicle|auto-theft|10|8|1;5441|0|traffic-accident|traffic-accident|5.5|0.4|2;"
    "5401|0|traffic-accident-hit-and-run|traffic-accident|2.5|1|2;"
    "2902|0|criminal-mischief-other|public-disorder|5|6|1;2999|0|criminal-mischief-mtr-veh|public-disorder|3.5|8|1;"
    "5309|0|harassment|public-disorder|1.5|12|1;1316|0|threats-to-injure|public-disorder|2.5|3|1;"
    "2203|0|burglary-business-by-force|burglary|2.5|10|1;2204|0|burglary-residence-by-force|burglary|2.5|10|1;"
    "1313|0|assault-simple|other-crimes-against-persons|5|2|2;1315|0|aggravated-assault|aggravated-assault|2.5|1|2;"
    "1202|0|robbery-street|robbery|1.2|0.5|1;3562|0|drug-methamphetamine-possess|drug-alcohol|1.5|0.2|1;"
    "5707|0|criminal-trespassing|all-other-crimes|4|1|1;7399|1|public-peace-other|all-other-crimes|2.5|2|1;"
    "5016|0|violation-of-restraining-order|all-other-crimes|2|24|1;"
    "2609|0|fraud-identity-theft|white-collar-crime|1.5|400|1;1102|1|sex-aslt-rape|sexual-assault|0.6|60|1;"
    "0902|1|homicide-other|murder|0.1|0.5|1"
)
# NEIGHBORHOOD_ID | DISTRICT_ID | latitude | longitude | weight | car-theft weight (relative) | streets
_DC_PLACES = _fields(
    "five-points|6|39.7560|-104.9840|9|1.0|LARIMER ST/WALNUT ST/WELTON ST/N BROADWAY;"
    "capitol-hill|6|39.7320|-104.9790|6|0.8|E COLFAX AVE/GRANT ST/PENNSYLVANIA ST;"
    "cbd|6|39.7470|-104.9930|6.5|0.6|16TH ST/CALIFORNIA ST/CURTIS ST;"
    "montbello|5|39.7830|-104.8400|5|5.5|E ALBROOK DR/N CHAMBERS RD/E 48TH AVE;"
    "union-station|6|39.7530|-105.0000|4|0.7|WYNKOOP ST/CHESTNUT PL;"
    "central-park|2|39.7600|-104.8900|4|1.5|E 29TH AVE/N QUEBEC ST;"
    "gateway-green-valley-ranch|5|39.7900|-104.7700|4|1.7|E 40TH AVE/N TOWER RD;"
    "east-colfax|2|39.7400|-104.9000|4.5|1.6|E COLFAX AVE/N YOSEMITE ST;"
    "baker|3|39.7180|-104.9900|3.5|0.9|S BROADWAY/W ALAMEDA AVE;"
    "lincoln-park|1|39.7300|-105.0000|3|1.0|W 13TH AVE/SANTA FE DR;"
    "civic-center|6|39.7380|-104.9870|3.5|0.5|W COLFAX AVE/BANNOCK ST;"
    "westwood|4|39.7000|-105.0400|3|1.4|S FEDERAL BLVD/W ALAMEDA AVE;"
    "hampden|3|39.6530|-104.9100|3|1.0|E HAMPDEN AVE/S HAVANA ST;"
    "highland|1|39.7590|-105.0110|3|0.8|W 32ND AVE/N FEDERAL BLVD;"
    "sun-valley|1|39.7310|-105.0200|2|1.2|W HOLDEN PL;"
    "virginia-village|3|39.6920|-104.9300|2.5|1.0|S COLORADO BLVD/E EVANS AVE;"
    "elyria-swansea|2|39.7850|-104.9620|2.5|1.3|E 46TH AVE/N BRIGHTON BLVD;"
    "college-view-south-platte|4|39.6750|-105.0200|2.5|1.2|S FEDERAL BLVD/W EVANS AVE"
)
_DC_HOURS = (
    "0:5.5;1:3.6;2:3;3:2.3;4:1.8;5:1.8;6:2.2;7:3;8:3.6;9:3.8;10:4;11:4.1;12:4.6;13:4.3;14:4.4;15:4.6;16:4.9;"
    "17:5.2;18:6.6;19:5;20:4.8;21:4.7;22:4.5;23:4.2"
)
_DC_YEARS = "2019:18;2020:19;2021:20.5;2022:22;2023:20.5"
_DC_COLUMNS = _split(
    "incident_id;offense_id;OFFENSE_CODE;OFFENSE_CODE_EXTENSION;OFFENSE_TYPE_ID;OFFENSE_CATEGORY_ID;"
    "FIRST_OCCURRENCE_DATE;LAST_OCCURRENCE_DATE;REPORTED_DATE;INCIDENT_ADDRESS;GEO_X;GEO_Y;GEO_LON;GEO_LAT;"
    "DISTRICT_ID;PRECINCT_ID;NEIGHBORHOOD_ID;IS_CRIME;IS_TRAFFIC;VICTIM_COUNT"
)


def _dc_stamp(t: pd.Timestamp) -> str:
    return f"{t.month}/{t.day}/{t.year} {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def _crime_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8306)
    kinds = list(range(len(_DC_OFFENSES)))
    kind_w = [float(o[4]) for o in _DC_OFFENSES]
    place_w = np.array([float(p[4]) for p in _DC_PLACES])
    car_w = place_w * np.array([float(p[5]) for p in _DC_PLACES])
    used: set[int] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(3700):
        k = int(_one(rng, kinds, kind_w))
        code, ext, type_id, cat, _w, delay, victims = _DC_OFFENSES[k]
        year = int(_draw(rng, _DC_YEARS))
        if cat == "auto-theft":
            year = int(_draw(rng, "2019:14;2020:18;2021:22;2022:27;2023:19"))
        weights = car_w if cat == "auto-theft" else place_w
        place = _DC_PLACES[int(rng.choice(len(_DC_PLACES), p=weights / weights.sum()))]
        hood, district, lat, lon = place[0], place[1], float(place[2]), float(place[3])
        first = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        hour = 0 if cat == "white-collar-crime" and rng.random() < 0.6 else int(_draw(rng, _DC_HOURS))
        first += pd.Timedelta(hours=hour, minutes=int(_one(rng, [0, 0, 0, 15, 30, 45, int(rng.integers(0, 60))])))
        gap = float(rng.exponential(float(delay))) + float(rng.uniform(0.05, 0.5))
        reported = first + pd.Timedelta(minutes=int(gap * 60)) + pd.Timedelta(seconds=int(rng.integers(0, 60)))
        last = first + pd.Timedelta(hours=float(rng.exponential(6))) if rng.random() < 0.55 else None
        if last is not None and last > reported:
            last = reported
        last = last.floor("min") if last is not None else None
        n = year * 10_000_000 + int(rng.integers(0, 9_999_999))
        while n in used:
            n += 1
        used.add(n)
        hidden = cat == "sexual-assault"
        y, x = lat + float(rng.normal(0, 0.006)), lon + float(rng.normal(0, 0.007))
        street = str(_one(rng, place[6].split("/")))
        victim_count = 1 if victims == "1" else int(_one(rng, [1, 2, 3, 4], [70, 22, 6, 2]))
        if cat == "traffic-accident":
            victim_count = int(_one(rng, [0, 1, 2, 3], [10, 55, 28, 7]))
        base = {
            "incident_id": n,
            "FIRST_OCCURRENCE_DATE": _dc_stamp(first),
            "LAST_OCCURRENCE_DATE": _dc_stamp(last) if last is not None else None,
            "REPORTED_DATE": _dc_stamp(reported),
            "INCIDENT_ADDRESS": None
            if hidden
            else f"{int(rng.integers(1, 80)) * 100 + int(rng.integers(0, 99))} {street}",
            "GEO_X": None if hidden else round(3_144_000 + (x + 104.99) * 280_000),
            "GEO_Y": None if hidden else round(1_695_000 + (y - 39.74) * 364_000),
            "GEO_LON": None if hidden else round(x, 7),
            "GEO_LAT": None if hidden else round(y, 7),
            "DISTRICT_ID": int(district),
            "PRECINCT_ID": int(district) * 100 + int(rng.integers(11, 24)),
            "NEIGHBORHOOD_ID": hood,
            "VICTIM_COUNT": victim_count,
        }
        offenses = [k]
        if cat in ("burglary", "auto-theft", "aggravated-assault") and rng.random() < 0.25:
            offenses.append(7 if cat != "aggravated-assault" else 13)
        elif cat not in ("traffic-accident",) and rng.random() < 0.05:
            offenses.append(int(_one(rng, [17, 18, 7])))
        for j in offenses:
            code, ext, type_id, cat, *_r = _DC_OFFENSES[j]
            traffic = cat == "traffic-accident"
            rows.append(
                base
                | {
                    "offense_id": int(f"{n}{int(code)}{ext}"),
                    "OFFENSE_CODE": int(code),
                    "OFFENSE_CODE_EXTENSION": int(ext),
                    "OFFENSE_TYPE_ID": type_id,
                    "OFFENSE_CATEGORY_ID": cat,
                    "IS_CRIME": 0 if traffic else 1,
                    "IS_TRAFFIC": 1 if traffic else 0,
                }
            )
    frame = pd.DataFrame(rows)
    frame = frame.assign(_t=pd.to_datetime(frame["REPORTED_DATE"], format="%m/%d/%Y %I:%M:%S %p"))
    frame = frame.sort_values("_t", ascending=False, kind="stable").reset_index(drop=True)
    return frame[_DC_COLUMNS].astype({"GEO_X": "Int64", "GEO_Y": "Int64"})


def _dc_time(d: pd.DataFrame, column: str) -> pd.Series:
    return pd.to_datetime(d[column], format="%m/%d/%Y %I:%M:%S %p")


def _dc_rows(d: pd.DataFrame, unique: bool, crimes_only: bool = False) -> pd.DataFrame:
    rows = d[d["IS_CRIME"] == 1] if crimes_only else d
    return rows.drop_duplicates("incident_id") if unique else rows


def _dc_kinds(column: str, crimes_only: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(_text(_dc_rows(d, False, crimes_only)[column]).value_counts())


def _dc_car_thefts(d: pd.DataFrame, column: str, unique: bool) -> pd.DataFrame:
    rows = d[(_text(d["OFFENSE_CATEGORY_ID"]) == "auto-theft") & (_dc_time(d, column).dt.year == 2022)]
    return rows.drop_duplicates("incident_id") if unique else rows


def _dc_top_hood(column: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(_text(_dc_car_thefts(d, column, False)["NEIGHBORHOOD_ID"]).value_counts())


def _dc_peak_hour(unique: bool, crimes_only: bool) -> Callable[[pd.DataFrame], int]:
    def pick(d: pd.DataFrame) -> int:
        rows = _dc_rows(d, unique, crimes_only)
        return int(_top(_dc_time(rows, "FIRST_OCCURRENCE_DATE").dt.hour.value_counts()))

    return pick


def _dc_delay(unique: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def hours(d: pd.DataFrame) -> float:
        rows = _dc_rows(d, unique)
        gap = (_dc_time(rows, "REPORTED_DATE") - _dc_time(rows, "FIRST_OCCURRENCE_DATE")).dt.total_seconds() / 3600
        return float(getattr(gap, how)())

    return hours


_DC_ID = ("incident_id", "offense_id")
_DC_KIND = ("OFFENSE_CATEGORY_ID", "OFFENSE_TYPE_ID", "OFFENSE_CODE", "IS_CRIME", "IS_TRAFFIC")
_DC_DATES = ("FIRST_OCCURRENCE_DATE", "REPORTED_DATE")
_CRIME_QS = [
    Q(
        "what kinds of crime happen the most? top 3",
        either(
            *(_top_named(_dc_kinds(c, x), 3) for c in ("OFFENSE_CATEGORY_ID", "OFFENSE_TYPE_ID") for x in (False, True))
        ),
        (*_DC_ID, *_DC_KIND),
    ),
    Q(
        "how many car thefts were there in 2022",
        either(
            *(_count(lambda d, c=c, u=u: float(len(_dc_car_thefts(d, c, u)))) for c in _DC_DATES for u in (False, True))
        ),
        (*_DC_ID, *_DC_KIND, *_DC_DATES),
    ),
    Q(
        "which neighborhood had the most of them?",
        _lead(either(*(_named(_dc_top_hood(c)) for c in _DC_DATES))),
        (*_DC_ID, *_DC_KIND, *_DC_DATES, "NEIGHBORHOOD_ID"),
    ),
    Q(
        "what time of day do most crimes happen",
        _lead(either(*(_clock(_dc_peak_hour(u, x)) for u in (False, True) for x in (False, True)))),
        (*_DC_ID, *_DC_KIND, "FIRST_OCCURRENCE_DATE"),
    ),
    Q(
        "how long does it usually take for a crime to get reported?",
        either(*(_scaled(_dc_delay(u, h), (24.0, 1 / 60)) for u in (False, True) for h in ("median", "mean"))),
        (*_DC_ID, *_DC_KIND, *_DC_DATES, "LAST_OCCURRENCE_DATE"),
    ),
    Q(
        "how many incidents had more than one victim",
        either(*(_count(lambda d, u=u: float((_dc_rows(d, u)["VICTIM_COUNT"] > 1).sum())) for u in (True, False))),
        (*_DC_ID, "VICTIM_COUNT"),
    ),
]


# --- 7. UCI Zoo (zoo.csv) ------------------------------------------------------------------------------------------

# animal_name | class_type | legs | a aquatic, f airborne, v venomous, d domestic, n fins, e eggs against the class
_ZO_ANIMALS = _fields(
    "aardvark|1|4|;antelope|1|4|;bass|4|0|a;bear|1|4|;boar|1|4|;buffalo|1|4|;calf|1|4|d;carp|4|0|ad;catfish|4|0|a;"
    "cavy|1|4|d;cheetah|1|4|;chicken|2|2|fd;chub|4|0|a;clam|7|0|a;crab|7|4|a;crayfish|7|6|a;crow|2|2|f;deer|1|4|;"
    "dogfish|4|0|a;dolphin|1|0|an;dove|2|2|fd;duck|2|2|af;elephant|1|4|;flamingo|2|2|f;flea|6|6|;frog|5|4|a;"
    "frog|5|4|av;fruitbat|1|2|f;giraffe|1|4|;girl|1|2|d;gnat|6|6|f;goat|1|4|d;gorilla|1|2|;gull|2|2|af;"
    "haddock|4|0|a;hamster|1|4|d;hare|1|4|;hawk|2|2|f;herring|4|0|a;honeybee|6|6|fvd;housefly|6|6|f;kiwi|2|2|;"
    "ladybird|6|6|f;lark|2|2|f;leopard|1|4|;lion|1|4|;lobster|7|6|a;lynx|1|4|;mink|1|4|a;mole|1|4|;mongoose|1|4|;"
    "moth|6|6|f;newt|5|4|a;octopus|7|8|a;opossum|1|4|;oryx|1|4|;ostrich|2|2|;parakeet|2|2|fd;penguin|2|2|a;"
    "pheasant|2|2|f;pike|4|0|a;piranha|4|0|a;pitviper|3|0|v;platypus|1|4|ae;polecat|1|4|;pony|1|4|d;"
    "porpoise|1|0|an;puma|1|4|;pussycat|1|4|d;raccoon|1|4|;reindeer|1|4|d;rhea|2|2|;scorpion|7|8|ve;seahorse|4|0|a;"
    "seal|1|0|an;sealion|1|2|an;seasnake|3|0|av;seawasp|7|0|av;skimmer|2|2|af;skua|2|2|af;slowworm|3|0|;slug|7|0|;"
    "sole|4|0|a;sparrow|2|2|f;squirrel|1|2|;starfish|7|5|a;stingray|4|0|av;swan|2|2|af;termite|6|6|;toad|5|4|;"
    "tortoise|3|4|;tuatara|3|4|;tuna|4|0|a;vampire|1|2|f;vole|1|4|;vulture|2|2|f;wallaby|1|2|;wasp|6|6|fv;"
    "wolf|1|4|;worm|7|0|;wren|2|2|f"
)
# class: chance of hair, feathers, eggs, milk, predator, toothed, backbone, breathes, fins, tail, catsize
_ZO_CLASSES = {
    1: (0.95, 0, 0, 1, 0.5, 0.97, 1, 1, 0, 0.85, 0.8),
    2: (0, 1, 1, 0, 0.45, 0, 1, 1, 0, 1, 0.3),
    3: (0, 0, 1, 0, 0.8, 0.8, 1, 0.8, 0, 1, 0.2),
    4: (0, 0, 1, 0, 0.6, 1, 1, 0, 1, 1, 0.3),
    5: (0, 0, 1, 0, 0.8, 0.75, 1, 1, 0, 0.25, 0),
    6: (0.5, 0, 1, 0, 0.15, 0, 0, 1, 0, 0, 0),
    7: (0, 0, 1, 0, 0.7, 0, 0, 0.25, 0, 0.2, 0.1),
}
_ZO_COLUMNS = _split(
    "animal_name;hair;feathers;eggs;milk;airborne;aquatic;predator;toothed;backbone;breathes;venomous;fins;legs;"
    "tail;domestic;catsize;class_type"
)


def _zoo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8307)
    rows = []
    for name, cls, legs, flags in _ZO_ANIMALS:
        k = int(cls)
        hair, feathers, eggs, milk, predator, toothed, backbone, breathes, fins, tail, catsize = (
            int(rng.random() < p) for p in _ZO_CLASSES[k]
        )
        if "e" in flags:
            eggs = 1 - eggs
        if "n" in flags:
            fins, hair = 1, 0
        if k == 1 and int(legs) == 0:
            tail = 1
        rows.append(
            {
                "animal_name": name,
                "hair": hair,
                "feathers": feathers,
                "eggs": eggs,
                "milk": milk,
                "airborne": int("f" in flags),
                "aquatic": int("a" in flags),
                "predator": predator,
                "toothed": toothed,
                "backbone": backbone,
                "breathes": breathes,
                "venomous": int("v" in flags),
                "fins": fins,
                "legs": int(legs),
                "tail": tail,
                "domestic": int("d" in flags),
                "catsize": catsize,
                "class_type": k,
            }
        )
    return pd.DataFrame(rows)[_ZO_COLUMNS]


def _zo_class_counts(d: pd.DataFrame) -> Any:
    return d["class_type"].value_counts().sort_index().to_numpy()


def _zo_leggiest(d: pd.DataFrame) -> int:
    return int(_top(d.groupby("class_type")["legs"].mean()))


def _zo_wet(mask: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[mask(d), "aquatic"].mean())


def _zo_venomous(d: pd.DataFrame) -> list[str]:
    return sorted(set(_text(d.loc[(d["venomous"] == 1) & (d["backbone"] == 1), "animal_name"])))


_ZO_ID = ("animal_name",)
_ZOO_QS = [
    Q(
        "how many animals are in each class?",
        _count(_zo_class_counts),
        (*_ZO_ID, "class_type"),
    ),
    Q(
        "how many of them lay eggs",
        _count(lambda d: float(d["eggs"].sum())),
        (*_ZO_ID, "eggs"),
    ),
    Q(
        "which class has the most legs on average?",
        _lead(_code(_zo_leggiest)),
        (*_ZO_ID, "class_type", "legs"),
    ),
    Q(
        "what share of the animals that give milk live in water",
        _share(_zo_wet(lambda d: d["milk"] == 1)),
        (*_ZO_ID, "milk", "aquatic"),
    ),
    Q(
        "and in class 2?",
        _share(_zo_wet(lambda d: d["class_type"] == 2)),
        (*_ZO_ID, "class_type", "aquatic"),
    ),
    Q(
        "which animals are venomous and have a backbone",
        _all_named(_zo_venomous),
        (*_ZO_ID, "venomous", "backbone"),
    ),
]

HELDOUT83: list[Dataset] = [
    Dataset("nchs_drug_poisoning_mortality", _drug_frame, _DRUG_QS),
    Dataset("fivethirtyeight_approval_polls", _approval_frame, _APPROVAL_QS),
    Dataset("cosmetics_shop_events", _ecommerce_frame, _ECOMMERCE_QS),
    Dataset("wfp_food_prices_kenya", _food_frame, _FOOD_QS),
    Dataset("nhl_game_teams_stats", _nhl_frame, _NHL_QS),
    Dataset("denver_crime", _crime_frame, _CRIME_QS),
    Dataset("uci_zoo", _zoo_frame, _ZOO_QS),
]
