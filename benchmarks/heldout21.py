"""HELDOUT21: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four frames copy the column layout of
well-known public datasets (Kaggle Rossmann Store Sales train.csv, Kaggle "NBA Players" all_seasons.csv, the UCI
individual household electric power consumption file with its "?" gaps, Kaggle Goodreads-books books.csv with its
"  num_pages" header); three are invented but realistic tables (an online retailer's returns log, a company's
expense claims, an email marketing team's campaign report). All are generated with a fixed seed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, asks, both, either, has, label_of, share, words

# --- shared helpers ------------------------------------------------------------------------------------------------


def _shares(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every share computed from the frame appears, as a fraction or as a percentage."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for w in np.atleast_1d(values(df)):
            if share(_const(float(w)))(answer, df) is not None:
                return f"missing share {float(w):.4g}"
        return None

    return check


def _const(value: float) -> Callable[[pd.DataFrame], float]:
    return lambda _d: value


def _corr(x: Callable[[pd.DataFrame], pd.Series], y: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Pearson or Spearman correlation of two series computed from the frame, to about two figures."""
    return either(
        has(lambda d: x(d).corr(y(d)), rel=0.01),
        has(lambda d: x(d).corr(y(d), method="spearman"), rel=0.01),
    )


def _col(name: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: pd.to_numeric(d[name], errors="coerce")


def _pattern(value: Callable[[pd.DataFrame], str], flags: int = re.IGNORECASE) -> Check:
    """A regular expression built from the frame matches the answer."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        pat = value(df)
        return None if re.search(pat, answer, flags) else f"missing {pat!r}"

    return check


def _token(value: Callable[[pd.DataFrame], str]) -> Check:
    """A short code (a team abbreviation) as a whole word, case-sensitive."""
    return _pattern(lambda d: rf"\b{re.escape(value(d))}\b", 0)


def _labels(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every label computed from the frame appears."""
    return lambda answer, df: words(*values(df))(answer, df)


def _month(value: Callable[[pd.DataFrame], pd.Period]) -> Check:
    """A month, named ("March", "Mar 2015") or numbered ("2015-03")."""

    def pat(d: pd.DataFrame) -> str:
        p = value(d)
        full, abbr = calendar.month_name[p.month], calendar.month_abbr[p.month]
        return rf"\b(?:{full}|{abbr})\b|{p.year}-{p.month:02d}|{p.month:02d}/{p.year}"

    return _pattern(pat)


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day, on the 24-hour clock or as "8 pm"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        twelve = both(has(h % 12 or 12), words("pm" if h >= 12 else "am"))
        return either(has(h), twelve)(answer, df)

    return check


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


def _pick(rng: np.random.Generator, options: list[Any], p: Sequence[float], n: int) -> np.ndarray:
    w = np.asarray(p, dtype=float)
    return rng.choice(np.asarray(options, dtype=object), size=n, p=w / w.sum())


# --- 1. Rossmann Store Sales (Kaggle train.csv) --------------------------------------------------------------------

_STATE_HOLIDAYS = {  # date -> (code, states where it is a holiday)
    "2015-01-01": ("a", "ALL"),
    "2015-01-06": ("a", "BY BW ST"),
    "2015-04-03": ("b", "ALL"),
    "2015-04-06": ("b", "ALL"),
    "2015-05-01": ("a", "ALL"),
    "2015-05-14": ("a", "ALL"),
    "2015-05-25": ("a", "ALL"),
    "2015-06-04": ("a", "BY BW HE NW"),
}
_SCHOOL = {  # state -> school holiday windows, Jan-Jun 2015
    "NW": [("2015-01-01", "2015-01-06"), ("2015-03-30", "2015-04-11"), ("2015-05-26", "2015-05-26")],
    "BY": [("2015-01-01", "2015-01-05"), ("2015-02-16", "2015-02-20"), ("2015-03-30", "2015-04-10")],
    "BW": [("2015-01-01", "2015-01-05"), ("2015-03-30", "2015-04-11"), ("2015-05-26", "2015-06-05")],
    "HE": [("2015-01-01", "2015-01-10"), ("2015-03-30", "2015-04-10")],
    "SN": [("2015-01-01", "2015-01-03"), ("2015-02-09", "2015-02-21"), ("2015-04-02", "2015-04-11")],
    "ST": [("2015-01-01", "2015-01-05"), ("2015-02-02", "2015-02-14"), ("2015-04-02", "2015-04-11")],
}


def _rossmann() -> pd.DataFrame:
    rng = np.random.default_rng(2101)
    stores = np.sort(rng.choice(np.arange(1, 1116), size=12, replace=False))
    states = _pick(rng, list(_SCHOOL), [3, 3, 2, 2, 1, 1], len(stores))
    base = np.exp(rng.normal(np.log(6300), 0.3, len(stores)))
    basket = rng.normal(9.6, 1.1, len(stores))
    sunday_store = stores[4]
    refurb = (stores[9], pd.Timestamp("2015-02-09"), pd.Timestamp("2015-02-22"))
    days = pd.date_range("2015-01-01", "2015-06-30", freq="D")
    dow_factor = {1: 1.2, 2: 1.04, 3: 0.98, 4: 0.97, 5: 1.06, 6: 0.86, 7: 1.1}
    month_factor = {1: 0.93, 2: 0.94, 3: 0.99, 4: 1.01, 5: 0.99, 6: 1.09}
    holiday_days = {pd.Timestamp(k) for k in _STATE_HOLIDAYS}
    rows = []
    for day in days:
        dow = day.dayofweek + 1
        promo = int(dow <= 5 and day.isocalendar().week % 2 == 0)
        pre_holiday = (day + pd.Timedelta(days=1)) in holiday_days
        for i, store in enumerate(stores):
            code, where = _STATE_HOLIDAYS.get(day.strftime("%Y-%m-%d"), ("0", ""))
            if code != "0" and where != "ALL" and states[i] not in where.split():
                code = "0"
            school = int(any(pd.Timestamp(a) <= day <= pd.Timestamp(b) for a, b in _SCHOOL[states[i]]) or code == "b")
            is_open = 1
            if (dow == 7 and store != sunday_store) or (code != "0" and rng.random() < 0.95):
                is_open = 0
            if store == refurb[0] and refurb[1] <= day <= refurb[2]:
                is_open = 0
            if rng.random() < 0.003:
                is_open = 0
            sales = customers = 0
            if is_open:
                mu = base[i] * dow_factor[dow] * month_factor[day.month] * (1.27 if promo else 1.0)
                mu *= (1.14 if pre_holiday else 1.0) * (1.03 if school else 1.0)
                sales = round(mu * np.exp(rng.normal(0, 0.09)))
                customers = round(sales / basket[i] * np.exp(rng.normal(0, 0.06)) * (0.95 if promo else 1.0))
            rows.append((int(store), dow, day.strftime("%Y-%m-%d"), sales, customers, is_open, promo, code, school))
    cols = ["Store", "DayOfWeek", "Date", "Sales", "Customers", "Open", "Promo", "StateHoliday", "SchoolHoliday"]
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["Date", "Store"], ascending=[False, True], ignore_index=True)


def _open(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Open"] == 1]


def _store_totals(d: pd.DataFrame) -> pd.Series:
    return d.groupby("Store")["Sales"].sum()


def _ross_months(d: pd.DataFrame) -> pd.Series:
    return d.groupby(pd.to_datetime(d["Date"]).dt.to_period("M"))["Sales"].sum()


ROSSMANN = Dataset(
    "rossmann_store_sales",
    _rossmann,
    [
        Q(
            "What are average daily sales per store when the shops are actually open?",
            has(lambda d: _open(d)["Sales"].mean()),
            ("Sales", "Open"),
        ),
        Q(
            "Do promos actually help? compare avg sales on promo days vs normal days (open days only)",
            has(
                lambda d: _open(d).loc[lambda x: x["Promo"] == 1, "Sales"].mean(),
                lambda d: _open(d).loc[lambda x: x["Promo"] == 0, "Sales"].mean(),
            ),
            ("Sales", "Promo", "Open"),
        ),
        Q(
            "Which store sold the most overall in this period?",
            has(lambda d: _store_totals(d).idxmax(), lambda d: _store_totals(d).max()),
            ("Store", "Sales"),
        ),
        Q(
            "Can you chart total sales by month? which month was strongest",
            both(_month(lambda d: _ross_months(d).idxmax()), has(lambda d: _ross_months(d).max())),
            ("Date", "Sales"),
        ),
        Q(
            "How strongly do customer numbers track sales?",
            either(
                _corr(_col("Customers"), _col("Sales")),
                _corr(lambda d: _open(d)["Customers"], lambda d: _open(d)["Sales"]),
            ),
            ("Customers", "Sales", "Open"),
        ),
        Q(
            "How do sales look on holidays?",
            asks("state", "school"),
            ("Sales", "StateHoliday", "SchoolHoliday"),
        ),
    ],
)


# --- 2. NBA Players (Kaggle all_seasons.csv) -----------------------------------------------------------------------

_TEAMS = _split(
    "ATL BOS BKN CHA CHI CLE DAL DEN DET GSW HOU IND LAC LAL MEM MIA MIL MIN NOP NYK OKC ORL PHI PHX POR "
    "SAC SAS TOR UTA WAS"
)
_NBA_FIRST = _split(
    "Aaron Alex Andre Anthony Brandon Bruce Caleb Cameron Chris Cody Damian Darius DeAndre Derrick Devin "
    "Donovan Dwight Elijah Eric Evan Gary Isaiah Jalen Jamal Jaylen Jeremy Jordan Josh Justin Kelly "
    "Kevin Kyle Lamar Lonzo Malik Marcus Markieff Mason Myles Nikola Norman Otto Pascal Patrick Quinn "
    "Reggie Rudy Shai Terrence Tobias Trey Tyler Victor Wendell Zach"
)
_NBA_LAST = _split(
    "Adams Allen Anderson Bagley Barton Beasley Bledsoe Bridges Brooks Brown Burke Carter Collins Crabbe "
    "Daniels Davis Dinwiddie Dunn Ellington Evans Fournier Gibson Gordon Grant Green Harris Hart Hayes "
    "Holiday Hood Horford Jackson Johnson Jones Kennard Lamb Len Lyles Matthews McCollum Mills Morris "
    "Murray Nance Noel Oubre Parker Payton Porter Powell Randle Reed Robinson Rozier Smart Temple Thomas "
    "Tucker Walker Warren Wright Young"
)
_COLLEGES = _split(
    "Kentucky|Duke|UCLA|Kansas|North Carolina|Arizona|Michigan|Villanova|Texas|Gonzaga|Syracuse|Florida|"
    "Louisville|Connecticut|Indiana|Michigan State|Ohio State|Wake Forest|Stanford|Washington|Marquette|"
    "Oregon|Vanderbilt|Georgetown|Wisconsin|USC|Memphis|Baylor|Creighton|Iowa State",
    "|",
)
_COUNTRIES = ["Canada", "France", "Australia", "Serbia", "Spain", "Germany", "Croatia", "Lithuania", "Nigeria"]
_SEASONS = ["2016-17", "2017-18", "2018-19", "2019-20"]


def _nba() -> pd.DataFrame:
    rng = np.random.default_rng(2102)
    combos = [f"{f} {la}" for f in _NBA_FIRST for la in _NBA_LAST]
    names = iter(rng.permutation(np.asarray(combos, dtype=object)))

    def new_player(age: float, season: int) -> dict[str, Any]:
        intl = rng.random() < 0.2
        r = rng.random()
        rnd = "1" if r < 0.5 else "2" if r < 0.72 else "Undrafted"
        inches = int(np.clip(np.round(rng.normal(78.9 - (1.2 if rnd == "Undrafted" else 0), 3.3)), 69, 88))
        pounds = 218 + 6.2 * (inches - 79) + rng.normal(0, 14)
        pick = int(rng.integers(1, 31)) if rnd == "1" else int(rng.integers(31, 61)) if rnd == "2" else 0
        skill = rng.normal(0, 1) + (0.9 if 0 < pick <= 10 else 0.3 if rnd == "1" else -0.3)
        entered = 2016 + season - round(age - 20)
        return {
            "player_name": str(next(names)),
            "age": float(round(age)),
            "player_height": round(inches * 2.54, 2),
            "player_weight": round(pounds * 0.45359237, 6),
            "college": "None" if intl or rng.random() < 0.05 else str(rng.choice(_COLLEGES)),
            "country": str(rng.choice(_COUNTRIES)) if intl else "USA",
            "draft_year": "Undrafted" if rnd == "Undrafted" else str(entered),
            "draft_round": rnd,
            "draft_number": "Undrafted" if rnd == "Undrafted" else str(pick),
            "skill": skill,
            "inches": inches,
            "team": str(rng.choice(_TEAMS)),
        }

    active = [new_player(float(rng.uniform(19.5, 36)), 0) for _ in range(430)]
    rows = []
    for s, season in enumerate(_SEASONS):
        if s:
            active = [p for p in active if rng.random() < (0.86 if p["age"] < 32 else 0.6)]
            for p in active:
                p["age"] += 1
                if rng.random() < 0.22:
                    p["team"] = str(rng.choice(_TEAMS))
            active += [new_player(float(rng.uniform(19, 22.5)), s) for _ in range(95)]
        eff = rng.normal(0, 4.0, len(_TEAMS))
        eff[eff.argmax()] += 3.0  # a clear best and worst team each season
        eff[eff.argmin()] -= 3.0
        team_eff = dict(zip(_TEAMS, eff, strict=True))
        max_gp = 74 if season == "2019-20" else 82
        for p in active:
            sk, inch = p["skill"], p["inches"]
            prime = -0.05 * (p["age"] - 27) ** 2
            gp = int(np.clip(np.round(rng.normal(52 + 9 * sk, 18)), 1, max_gp))
            wobble = np.sqrt(60 / gp)
            pts = max(0.0, 8 + 5.2 * sk + prime + rng.normal(0, 2.2))
            reb = max(0.0, 1.4 + 0.32 * (inch - 72) + 1.1 * sk + rng.normal(0, 1.0))
            ast = max(0.0, 1.8 + 1.1 * sk - 0.3 * (inch - 79) + rng.normal(0, 0.9))
            usg = np.clip(0.11 + 0.0068 * pts + rng.normal(0, 0.02 * wobble), 0.0, 0.6)
            ts = np.clip(0.54 + 0.012 * sk + 0.003 * (inch - 79) + rng.normal(0, 0.035 * wobble), 0.0, 1.2)
            rows.append(
                {
                    "player_name": p["player_name"],
                    "team_abbreviation": p["team"],
                    "age": p["age"],
                    "player_height": p["player_height"],
                    "player_weight": p["player_weight"],
                    "college": p["college"],
                    "country": p["country"],
                    "draft_year": p["draft_year"],
                    "draft_round": p["draft_round"],
                    "draft_number": p["draft_number"],
                    "gp": gp,
                    "pts": round(pts, 1),
                    "reb": round(reb, 1),
                    "ast": round(ast, 1),
                    "net_rating": round(team_eff[p["team"]] + 1.4 * sk + rng.normal(0, 4.5 * wobble), 1),
                    "oreb_pct": round(float(np.clip(0.012 + 0.0045 * (inch - 72) + rng.normal(0, 0.012), 0, 0.3)), 3),
                    "dreb_pct": round(float(np.clip(0.07 + 0.008 * (inch - 72) + rng.normal(0, 0.025), 0, 0.5)), 3),
                    "usg_pct": round(float(usg), 3),
                    "ts_pct": round(float(ts), 3),
                    "ast_pct": round(float(np.clip(0.09 + 0.05 * sk - 0.012 * (inch - 79), 0.0, 0.5)), 3),
                    "season": season,
                }
            )
    df = pd.DataFrame(rows)
    df.insert(0, "", np.arange(len(df)))  # the unnamed index column the Kaggle file carries
    return df


def _season(d: pd.DataFrame, s: str) -> pd.DataFrame:
    return d[d["season"] == s]


def _undrafted(d: pd.DataFrame) -> pd.Series:
    return d["draft_year"].astype(str) == "Undrafted"


def _team_net(d: pd.DataFrame) -> pd.Series:
    return _season(d, "2018-19").groupby("team_abbreviation")["net_rating"].mean()


NBA = Dataset(
    "nba_all_seasons",
    _nba,
    [
        Q(
            "Who were the top 5 scorers in 2019-20 (points per game)?",
            _labels(lambda d: list(_season(d, "2019-20").nlargest(5, "pts")["player_name"])),
            ("player_name", "pts", "season"),
        ),
        Q(
            "Are undrafted guys shorter than drafted players on average?",
            has(
                lambda d: d.loc[_undrafted(d), "player_height"].mean(),
                lambda d: d.loc[~_undrafted(d), "player_height"].mean(),
                rel=0.002,
            ),
            ("player_height", "draft_year", "draft_round", "draft_number"),
        ),
        Q(
            "In the 2019-20 season what % of players didn't go to college?",
            share(lambda d: _season(d, "2019-20")["college"].fillna("None").eq("None").mean()),
            ("college", "season"),
        ),
        Q(
            "is usage rate related to true shooting %?",
            _corr(_col("usg_pct"), _col("ts_pct")),
            ("usg_pct", "ts_pct"),
        ),
        Q(
            "Which team had the best average net rating in 2018-19?",
            _token(lambda d: str(_team_net(d).idxmax())),
            ("team_abbreviation", "net_rating", "season"),
        ),
        Q(
            "and the worst?",
            _token(lambda d: str(_team_net(d).idxmin())),
            ("team_abbreviation", "net_rating", "season"),
        ),
    ],
)


# --- 3. UCI individual household electric power consumption -------------------------------------------------------

_POWER_COLS = [
    "Global_active_power",
    "Global_reactive_power",
    "Voltage",
    "Global_intensity",
    "Sub_metering_1",
    "Sub_metering_2",
    "Sub_metering_3",
]


def _power() -> pd.DataFrame:
    rng = np.random.default_rng(2103)
    t = pd.date_range("2006-12-16 17:00", periods=2880, freq="h")
    n = len(t)
    hour = np.asarray(t.hour)
    weekend = np.asarray(t.dayofweek) >= 5
    days_in = np.asarray((t - t[0]).days)
    meal = np.isin(hour, [12, 13, 19, 20, 21]) | (weekend & np.isin(hour, [10, 11]))
    kitchen = np.where(rng.random(n) < np.where(meal, 0.38, 0.03), rng.integers(12, 40, n), rng.integers(0, 2, n))
    laundry_p = np.where((hour >= 9) & (hour <= 21), np.where(weekend, 0.22, 0.08), 0.01)
    laundry = np.where(rng.random(n) < laundry_p, rng.integers(18, 72, n), rng.integers(0, 3, n))
    heater_p = np.select([hour <= 5, hour <= 9, hour <= 17, hour <= 23], [0.22, 0.55, 0.3, 0.5])
    heater = np.where(rng.random(n) < heater_p, rng.integers(16, 20, n), rng.integers(0, 2, n))
    night_to_noon = [0.15, 0.05, -0.02, -0.08, 0.0, 0.08, 0.45, 0.55, 0.5, 0.35, 0.3, 0.3]
    noon_to_night = [0.45, 0.4, 0.3, 0.3, 0.35, 0.55, 0.7, 0.95, 1.45, 1.0, 0.6, 0.35]
    profile = np.array([*night_to_noon, *noon_to_night])[hour]
    heating = np.clip(0.6 - 0.005 * days_in, 0.05, None)  # winter into spring
    other = np.clip(0.22 + 1.2 * profile + heating + rng.normal(0, 0.22, n), 0.12, None)
    other = other + np.where(weekend & (hour >= 9) & (hour <= 18), 0.25, 0.0)
    active = (kitchen + laundry + heater) * 60 / 1000 + other
    reactive = np.clip(rng.gamma(2.0, 0.06, n) + 0.02 * active, 0, 1.2)
    voltage = 241.6 - 1.15 * active + rng.normal(0, 1.6, n)
    intensity = np.round(active * 1000 / voltage * 5) / 5
    vals = [active, reactive, voltage, intensity, kitchen, laundry, heater]
    text = {c: [f"{v:.3f}" for v in np.asarray(x, dtype=float)] for c, x in zip(_POWER_COLS, vals, strict=True)}
    df = pd.DataFrame(
        {
            "Date": [f"{x.day}/{x.month}/{x.year}" for x in t],
            "Time": [x.strftime("%H:%M:%S") for x in t],
            **text,
        }
    )
    gaps = [("2006-12-21 11:00", 2), ("2007-01-14 03:00", 19), ("2007-02-22 22:00", 5), ("2007-03-25 16:00", 1)]
    lone = rng.choice(n, size=6, replace=False)
    for start, k in gaps:
        i = int(np.flatnonzero(t == pd.Timestamp(start))[0])
        df.loc[i : i + k - 1, _POWER_COLS] = "?"
    df.loc[lone, _POWER_COLS] = "?"
    return df


def _gap(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Global_active_power"], errors="coerce")


def _by_hour(d: pd.DataFrame) -> pd.Series:
    return _gap(d).groupby(d["Time"].astype(str).str[:2].astype(int)).mean()


POWER = Dataset(
    "household_power_consumption",
    _power,
    [
        Q(
            "What's the average global active power over the whole period?",
            has(lambda d: _gap(d).mean()),
            ("Global_active_power",),
        ),
        Q(
            "how many readings have missing values?",
            has(lambda d: d[_POWER_COLS].apply(pd.to_numeric, errors="coerce").isna().any(axis=1).sum()),
            tuple(_POWER_COLS),
        ),
        Q(
            "What time of day is consumption highest on average?",
            both(_hour(lambda d: _by_hour(d).idxmax()), has(lambda d: _by_hour(d).max())),
            ("Time", "Global_active_power", "Date"),
        ),
        Q(
            "And when is it lowest?",
            both(_hour(lambda d: _by_hour(d).idxmin()), has(lambda d: _by_hour(d).min())),
            ("Time", "Global_active_power", "Date"),
        ),
        Q(
            "Sub meter 1 is the kitchen, 2 is the laundry room and 3 is the water heater + AC. Which one used the "
            "most energy in total?",
            both(
                either(words("Sub_metering_3"), words("water heater"), _pattern(lambda d: r"sub[-_ ]?meter(ing)? ?3")),
                has(lambda d: _col("Sub_metering_3")(d).sum()),
            ),
            ("Sub_metering_1", "Sub_metering_2", "Sub_metering_3"),
        ),
        Q(
            "Does the voltage dip when the house is drawing more power?",
            _corr(_col("Voltage"), _gap),
            ("Voltage", "Global_active_power"),
        ),
    ],
)


# --- 4. Goodreads books (Kaggle "Goodreads-books" books.csv) -------------------------------------------------------

_ADJ = _split(
    "Silent Broken Golden Hidden Last Lost Secret Burning Winter Summer Crimson Distant Quiet Wild "
    "Forgotten Dark Little Bright Endless Savage Hollow Painted Sacred Bitter"
)
_NOUN = _split(
    "River Garden House Kingdom Road Sea Storm Crown Song Mirror Heart Shadow Island Night City Fire "
    "Letter Bridge Forest Empire Promise Orchard Lighthouse Winter"
)
_PLACES = ["Paris", "Kabul", "Brooklyn", "Venice", "Dublin", "Havana", "Tokyo", "Berlin", "Savannah", "Provence"]
_AUTH_FIRST = _split(
    "Anne James Margaret John Stephen Jane Agatha Terry Neil Ursula Kazuo Toni Ian Salman Donna Zadie "
    "Haruki Philip Joan Michael Barbara Ray Isabel Kurt Alice Umberto Gabriel Virginia Ernest Louise"
)
_AUTH_LAST = _split(
    "Tyler Patchett Rice Grisham King Austen Christie Pratchett Gaiman Le Guin Ishiguro Morrison McEwan "
    "Rushdie Tartt Smith Murakami Roth Didion Chabon Kingsolver Bradbury Allende Vonnegut Munro Eco "
    "Marquez Woolf Hemingway Erdrich"
)
_PUBLISHERS = (
    ["Vintage", "Penguin Books", "Penguin Classics", "Mariner Books", "Ballantine Books", "Harper Perennial"]
    + ["HarperCollins", "Bantam", "Pocket Books", "Scribner", "Del Rey", "Tor Books", "Berkley", "Anchor"]
    + ["Oxford University Press", "Simon & Schuster", "Grand Central Publishing", "Picador", "Dover Publications"]
    + [f"{w} Press" for w in _split("Riverhead Knopf Grove Beacon Hyperion Orbit Bloomsbury Faber Granta Canongate")]
    + [f"{w} House" for w in _split("Random Viking Atria Crown Delacorte Headline Little Ecco Algonquin Soho")]
)


def _isbn10(body: str) -> str:
    s = sum((10 - i) * int(c) for i, c in enumerate(body)) % 11
    check = (11 - s) % 11
    return body + ("X" if check == 10 else str(check))


def _isbn13(body: str) -> int:
    digits = "978" + body
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits))
    return int(digits + str((10 - s % 10) % 10))


def _goodreads() -> pd.DataFrame:
    rng = np.random.default_rng(2104)
    n = 2000
    book_id = np.cumsum(rng.integers(1, 4, n))
    titles = []
    for _ in range(n):
        a, b, c = str(rng.choice(_ADJ)), str(rng.choice(_NOUN)), str(rng.choice(_NOUN))
        form = rng.integers(0, 5)
        title = [f"The {a} {b}", f"{b} of {c}s", f"{b} in {rng.choice(_PLACES)}", f"{a} {c}", f"The {b}'s {c}"][form]
        if rng.random() < 0.12:
            title += f" ({rng.choice(_NOUN)} Chronicles  #{rng.integers(1, 7)})"
        titles.append(title)
    pool = [f"{f} {la}" for f in _AUTH_FIRST for la in _AUTH_LAST]
    authors_pool = rng.choice(np.asarray(pool, dtype=object), size=650, replace=False)
    weights = 1 / np.arange(1, 651) ** 0.6
    authors = _pick(rng, list(authors_pool), list(weights), n)
    co = rng.random(n) < 0.12
    authors = np.where(co, [f"{a}/{rng.choice(authors_pool)}" for a in authors], authors)
    pw = np.r_[[5.2, 4.0, 2.9, 2.6, 2.4, 2.2, 2.1, 2.0, 1.9], np.full(len(_PUBLISHERS) - 9, 1.0)]
    pw[9:] *= rng.uniform(0.4, 1.6, len(_PUBLISHERS) - 9)
    publisher = _pick(rng, _PUBLISHERS, list(pw), n)
    ratings = np.round(np.exp(rng.normal(6.4, 2.3, n))).astype(int)
    ratings = np.where(rng.random(n) < 0.015, 0, np.minimum(ratings, 4_600_000))
    reviews = np.round(ratings * np.exp(rng.normal(np.log(0.035), 0.6, n))).astype(int)
    pages = np.round(np.exp(rng.normal(np.log(300), 0.45, n))).astype(int)
    pages = np.where(rng.random(n) < 0.006, 0, pages)
    pages = np.where(pages == 500, 501, pages)
    sd = 0.22 + 0.7 / np.sqrt(ratings + 1)
    avg = np.clip(rng.normal(3.9 + 0.00035 * (pages - 300), sd), 1.0, 5.0).round(2)
    avg = np.where(ratings == 0, 0.0, avg)
    year = np.where(
        rng.random(n) < 0.75, np.clip(np.round(rng.normal(2002, 5, n)), 1980, 2020), rng.integers(1950, 2002, n)
    ).astype(int)
    year = np.where(rng.random(n) < 0.07, 2006, year)
    month = rng.integers(1, 13, n)
    day = [int(rng.integers(1, calendar.monthrange(int(y), int(m))[1] + 1)) for y, m in zip(year, month, strict=True)]
    lang = _pick(rng, ["eng", "en-US", "spa", "en-GB", "fre", "ger", "jpn", "mul"], [80, 13, 2, 2, 1.2, 1, 0.5, 0.3], n)
    bodies = [f"{rng.integers(0, 10**9):09d}" for _ in range(n)]
    return pd.DataFrame(
        {
            "bookID": book_id,
            "title": titles,
            "authors": authors,
            "average_rating": avg,
            "isbn": [_isbn10(b) for b in bodies],
            "isbn13": [_isbn13(b) for b in bodies],
            "language_code": lang,
            "  num_pages": pages,
            "ratings_count": ratings,
            "text_reviews_count": reviews,
            "publication_date": [f"{m}/{dd}/{y}" for m, dd, y in zip(month, day, year, strict=True)],
            "publisher": publisher,
        }
    )


def _pages(d: pd.DataFrame) -> pd.Series:
    return d["  num_pages"]


def _few(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["ratings_count"] < 10]


def _years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["publication_date"], format="%m/%d/%Y").dt.year.value_counts()


def _long_short(d: pd.DataFrame) -> list[float]:
    return [d.loc[_pages(d) > 500, "average_rating"].mean(), d.loc[_pages(d) <= 500, "average_rating"].mean()]


GOODREADS = Dataset(
    "goodreads_books",
    _goodreads,
    [
        Q(
            "Which publisher shows up most often in this list?",
            both(
                label_of(lambda d: d["publisher"].value_counts().idxmax()),
                has(lambda d: d["publisher"].value_counts().max()),
            ),
            ("publisher",),
        ),
        Q(
            "Do longer books (over 500 pages) get better ratings than the rest?",
            either(
                has(lambda d: _long_short(d)),
                has(lambda d: _long_short(d[d["ratings_count"] > 0])),
            ),
            ("  num_pages", "average_rating", "ratings_count"),
        ),
        Q(
            "How many books have fewer than 10 ratings?",
            has(lambda d: len(_few(d))),
            ("ratings_count",),
        ),
        Q(
            "what's the average rating for those?",
            either(
                has(lambda d: _few(d)["average_rating"].mean()),
                has(lambda d: _few(d).loc[lambda x: x["ratings_count"] > 0, "average_rating"].mean()),
            ),
            ("average_rating", "ratings_count"),
        ),
        Q(
            "Chart how many books were published each year. Which year had the most?",
            both(has(lambda d: _years(d).idxmax()), has(lambda d: _years(d).max())),
            ("publication_date",),
        ),
        Q(
            "What are the most popular books?",
            either(
                asks("average_rating", "ratings_count"),
                asks("average rating", "number of ratings"),
                asks("average rating", "ratings count"),
            ),
            ("title", "average_rating", "ratings_count", "text_reviews_count"),
        ),
    ],
)


# --- 5. An online retailer's returns log (invented) -----------------------------------------------------------------

_RET_CATS = ["Womenswear", "Menswear", "Footwear", "Accessories", "Home", "Kids"]
_REASONS = ["Wrong size", "Changed mind", "Faulty / damaged", "Not as described", "Arrived late", "Wrong item sent"]


def _returns() -> pd.DataFrame:
    rng = np.random.default_rng(2105)
    n = 1400
    mw = np.array([0.8, 0.6, 0.7, 0.75, 0.8, 0.8, 0.85, 0.75, 0.8, 0.95, 1.45, 1.7])
    month = rng.choice(np.arange(1, 13), size=n, p=mw / mw.sum())
    day = np.array([int(rng.integers(1, calendar.monthrange(2023, int(m))[1] + 1)) for m in month])
    order = pd.to_datetime({"year": np.full(n, 2023), "month": month, "day": day})
    cat = _pick(rng, _RET_CATS, [30, 18, 17, 11, 12, 12], n)
    reason = np.empty(n, dtype=object)
    for c in _RET_CATS:
        m = cat == c
        sized = c in ("Womenswear", "Menswear", "Footwear", "Kids")
        p = [34 if sized else 4, 22, 12 if c != "Home" else 26, 15, 8, 6]
        reason[m] = _pick(rng, _REASONS, p, int(m.sum()))
    lag = np.round(2 + rng.gamma(2.0, 5.6, n) * np.where(reason == "Faulty / damaged", 0.7, 1.0)).astype(int)
    lag = np.minimum(lag, 60)
    ret = order + pd.to_timedelta(lag, unit="D")
    qty = _pick(rng, [1, 2, 3], [85, 12, 3], n).astype(int)
    price_mu = {"Womenswear": 38, "Menswear": 42, "Footwear": 65, "Accessories": 22, "Home": 48, "Kids": 18}
    price = np.array([price_mu[c] for c in cat]) * np.exp(rng.normal(0, 0.45, n))
    refund = np.round(qty * price * np.where(rng.random(n) < 0.06, 0.5, 1.0), 2)
    base = {"Womenswear": 0.84, "Menswear": 0.86, "Footwear": 0.76, "Accessories": 0.8, "Home": 0.52, "Kids": 0.82}
    p_stock = np.array([base[c] for c in cat])
    p_stock = np.where(
        reason == "Faulty / damaged", 0.03, np.where(reason == "Not as described", p_stock * 0.75, p_stock)
    )
    restocked = np.where(rng.random(n) < p_stock, "Y", "N")
    reason[rng.random(n) < 0.055] = None
    prefix = {"Womenswear": "WW", "Menswear": "MW", "Footwear": "FW", "Accessories": "AC", "Home": "HM", "Kids": "KD"}
    df = pd.DataFrame(
        {
            "Order No.": rng.choice(np.arange(4_100_000, 4_400_000), size=n, replace=False),
            "Order Date": order,
            "Return Date": ret,
            "SKU": [f"{prefix[c]}-{rng.integers(1000, 9999)}-{rng.choice(['S', 'M', 'L', 'XL', 'OS'])}" for c in cat],
            "Product Category": cat,
            "Reason for Return": reason,
            "Qty": qty,
            "Refund Amt (£)": refund,
            "Restocked (Y/N)": restocked,
            "Return Channel": _pick(rng, ["Post", "In store", "Courier collection"], [60, 25, 15], n),
            "Customer Region": _pick(
                rng,
                ["London", "South East", "North West", "Midlands", "Scotland", "Yorkshire", "Wales", "South West"],
                [22, 18, 13, 15, 9, 10, 5, 8],
                n,
            ),
        }
    )
    df = df.sort_values(["Return Date", "Order No."], ignore_index=True)
    df.insert(0, "Return Ref", [f"RMA-{i:06d}" for i in range(20417, 20417 + n)])
    for c in ("Order Date", "Return Date"):
        df[c] = df[c].dt.strftime("%d/%m/%Y")
    return df


def _dmy(d: pd.DataFrame, c: str) -> pd.Series:
    return pd.to_datetime(d[c], format="%d/%m/%Y")


def _stocked(d: pd.DataFrame) -> pd.Series:
    return (d["Restocked (Y/N)"] == "Y").astype(float)


def _restock_rate(d: pd.DataFrame, by_qty: bool = False) -> pd.Series:
    w = d["Qty"] if by_qty else pd.Series(1.0, index=d.index)
    return (_stocked(d) * w).groupby(d["Product Category"]).sum() / w.groupby(d["Product Category"]).sum()


def _ret_months(d: pd.DataFrame, by_qty: bool = False) -> pd.Series:
    per = _dmy(d, "Return Date").dt.to_period("M")
    return d.groupby(per)["Qty"].sum() if by_qty else per.value_counts()


RETURNS = Dataset(
    "returns_log",
    _returns,
    [
        Q(
            "What's the most common reason people send stuff back?",
            both(
                label_of(lambda d: d["Reason for Return"].value_counts().idxmax()),
                has(lambda d: d["Reason for Return"].value_counts().max()),
            ),
            ("Reason for Return",),
        ),
        Q(
            "How much have we refunded in total, and how many returns have no reason recorded?",
            has(lambda d: d["Refund Amt (£)"].sum(), lambda d: d["Reason for Return"].isna().sum()),
            ("Refund Amt (£)", "Reason for Return"),
        ),
        Q(
            "On average how many days after ordering do people send things back?",
            has(lambda d: (_dmy(d, "Return Date") - _dmy(d, "Order Date")).dt.days.mean(), rel=0.01),
            ("Order Date", "Return Date"),
        ),
        Q(
            "What share of returned items got restocked?",
            either(
                share(lambda d: _stocked(d).mean()), share(lambda d: (_stocked(d) * d["Qty"]).sum() / d["Qty"].sum())
            ),
            ("Restocked (Y/N)", "Qty"),
        ),
        Q(
            "which category has the worst restock rate?",
            both(
                label_of(lambda d: _restock_rate(d).idxmin()),
                either(share(lambda d: _restock_rate(d).min()), share(lambda d: _restock_rate(d, True).min())),
            ),
            ("Product Category", "Restocked (Y/N)", "Qty"),
        ),
        Q(
            "Plot returns per month - when did we get the most?",
            both(
                _month(lambda d: _ret_months(d).idxmax()),
                either(has(lambda d: _ret_months(d).max()), has(lambda d: _ret_months(d, True).max())),
            ),
            ("Return Date", "Return Ref", "Qty"),
        ),
    ],
)


# --- 6. Expense claims (invented) ----------------------------------------------------------------------------------

_DEPTS = ["Sales", "Engineering", "Marketing", "Operations", "Finance", "HR", "IT"]
_EXP_CATS = ["Travel", "Accommodation", "Meals & Entertainment", "Mileage", "Training", "Office Supplies", "Software"]
_CAT_MIX = {
    "Sales": [30, 20, 26, 16, 3, 3, 2],
    "Engineering": [14, 10, 8, 6, 20, 10, 32],
    "Marketing": [18, 12, 22, 6, 12, 14, 16],
    "Operations": [16, 8, 10, 40, 8, 14, 4],
    "Finance": [14, 8, 14, 10, 30, 18, 6],
    "HR": [12, 8, 16, 8, 36, 16, 4],
    "IT": [10, 6, 6, 6, 18, 14, 40],
}
_EXP_MU = {
    "Travel": 165,
    "Accommodation": 205,
    "Meals & Entertainment": 52,
    "Mileage": 58,
    "Training": 360,
    "Office Supplies": 34,
    "Software": 85,
}


def _expenses() -> pd.DataFrame:
    rng = np.random.default_rng(2106)
    n = 1600
    days = pd.bdate_range("2024-01-02", "2024-12-20")
    submitted = pd.DatetimeIndex(np.sort(rng.choice(days.values, size=n)))
    dept = _pick(rng, _DEPTS, [26, 20, 14, 14, 8, 6, 12], n)
    cat = np.asarray([str(_pick(rng, _EXP_CATS, _CAT_MIX[d], 1)[0]) for d in dept])
    amount = np.round(np.array([_EXP_MU[c] for c in cat]) * np.exp(rng.normal(0, 0.5, n)), 2)
    vat = np.where(np.isin(cat, ["Mileage", "Training"]), 0.0, np.round(amount / 6, 2))
    receipt = np.where(rng.random(n) < np.where(cat == "Mileage", 0.7, 0.9), "Yes", "No")
    p_rej = 0.04 + np.where(receipt == "No", 0.26, 0.0) + np.where(amount > 400, 0.06, 0.0)
    late = submitted > pd.Timestamp("2024-12-02")
    status = np.where(late & (rng.random(n) < 0.8), "Pending", np.where(rng.random(n) < p_rej, "Rejected", "Approved"))
    status = np.where(rng.random(n) < 0.015, "Pending", status)
    wait = np.round(
        rng.gamma(2.2, 2.6, n) + np.where(cat == "Travel", 2.5, 0.0) + np.where(amount > 300, 1.5, 0.0)
    ).astype(float)
    wait = np.where(status == "Approved", np.maximum(wait, 0), np.nan)
    codes = {
        "Sales": 110,
        "Engineering": 210,
        "Marketing": 130,
        "Operations": 310,
        "Finance": 410,
        "HR": 420,
        "IT": 220,
    }
    centre = np.array([f"CC-{codes[d] + int(rng.integers(0, 4))}" for d in dept], dtype=object)
    centre[rng.random(n) < 0.04] = None
    staff = {
        d: [f"E{int(x)}" for x in rng.choice(np.arange(1001, 1999), size=k, replace=False)]
        for d, k in zip(_DEPTS, [40, 45, 18, 25, 12, 8, 20], strict=True)
    }
    return pd.DataFrame(
        {
            "Claim ID": [f"EXP-24-{i:05d}" for i in range(1, n + 1)],
            "Employee ID": [str(rng.choice(staff[d])) for d in dept],
            "Department": dept,
            "Date Submitted": submitted.strftime("%Y-%m-%d"),
            "Expense Category": cat,
            "Amount (£)": amount,
            "VAT (£)": vat,
            "Receipt?": receipt,
            "Status": status,
            "Days to Approve": wait,
            "Cost Centre": centre,
        }
    )


def _rejected(d: pd.DataFrame, decided: bool) -> pd.Series:
    pool = d[d["Status"] != "Pending"] if decided else d
    return (pool["Status"] == "Rejected").groupby(pool["Receipt?"]).mean()[["No", "Yes"]]


def _dept_top(approved: bool) -> Check:
    def totals(d: pd.DataFrame) -> pd.Series:
        pool = d[d["Status"] == "Approved"] if approved else d
        return pool.groupby("Department")["Amount (£)"].sum()

    return both(label_of(lambda d: totals(d).idxmax()), has(lambda d: totals(d).max()))


def _cat_totals(d: pd.DataFrame) -> pd.Series:
    return d.groupby("Expense Category")["Amount (£)"].sum()


EXPENSES = Dataset(
    "expense_claims",
    _expenses,
    [
        Q(
            "Which department spends the most on expenses?",
            either(_dept_top(False), _dept_top(True)),
            ("Department", "Amount (£)", "Status"),
        ),
        Q(
            "what percentage of claims get rejected?",
            either(
                share(lambda d: (d["Status"] == "Rejected").mean()),
                share(lambda d: (d["Status"] == "Rejected").sum() / (d["Status"] != "Pending").sum()),
            ),
            ("Status",),
        ),
        Q(
            "Are claims without receipts rejected more often than ones with receipts?",
            either(_shares(lambda d: _rejected(d, False)), _shares(lambda d: _rejected(d, True))),
            ("Receipt?", "Status"),
        ),
        Q(
            "How long does approval take on average?",
            has(lambda d: d["Days to Approve"].mean()),
            ("Days to Approve", "Status"),
        ),
        Q(
            "What about just travel claims?",
            has(lambda d: d.loc[d["Expense Category"] == "Travel", "Days to Approve"].mean()),
            ("Days to Approve", "Expense Category", "Status"),
        ),
        Q(
            "Give me a bar chart of total claimed per expense category",
            both(label_of(lambda d: _cat_totals(d).idxmax()), has(lambda d: _cat_totals(d).max())),
            ("Expense Category", "Amount (£)"),
        ),
    ],
)


# --- 7. Email campaign report (invented) ---------------------------------------------------------------------------

_SEGMENTS = ["Newsletter - All", "VIP", "Lapsed 90d+", "New Subscribers", "Cart Abandoners"]


def _email() -> pd.DataFrame:
    rng = np.random.default_rng(2107)
    n = 420
    days = pd.bdate_range("2023-01-03", "2024-06-28")
    when = pd.DatetimeIndex(np.sort(rng.choice(days.values, size=n)))
    when = when + pd.to_timedelta(rng.integers(14, 39, n) * 30, unit="min")
    seg = _pick(rng, _SEGMENTS, [35, 15, 15, 15, 20], n)
    size = {
        "Newsletter - All": 84000,
        "VIP": 6200,
        "Lapsed 90d+": 31000,
        "New Subscribers": 9000,
        "Cart Abandoners": 2600,
    }
    bounce = {
        "Newsletter - All": 0.012,
        "VIP": 0.004,
        "Lapsed 90d+": 0.055,
        "New Subscribers": 0.02,
        "Cart Abandoners": 0.008,
    }
    o_rate = {
        "Newsletter - All": 0.21,
        "VIP": 0.37,
        "Lapsed 90d+": 0.09,
        "New Subscribers": 0.32,
        "Cart Abandoners": 0.41,
    }
    c_rate = {
        "Newsletter - All": 0.021,
        "VIP": 0.05,
        "Lapsed 90d+": 0.006,
        "New Subscribers": 0.029,
        "Cart Abandoners": 0.088,
    }
    u_rate = {
        "Newsletter - All": 0.0035,
        "VIP": 0.001,
        "Lapsed 90d+": 0.012,
        "New Subscribers": 0.006,
        "Cart Abandoners": 0.004,
    }
    conv = {
        "Newsletter - All": 0.03,
        "VIP": 0.07,
        "Lapsed 90d+": 0.02,
        "New Subscribers": 0.035,
        "Cart Abandoners": 0.16,
    }
    sl = np.clip(np.round(rng.normal(46, 14, n)), 16, 95).astype(int)
    emoji = rng.random(n) < 0.3
    sent = np.array([int(size[s] * np.exp(rng.normal(0, 0.08))) for s in seg])
    delivered = np.array(
        [int(x * (1 - bounce[s] * np.exp(rng.normal(0, 0.3)))) for x, s in zip(sent, seg, strict=True)]
    )
    po = np.array([o_rate[s] for s in seg]) * np.exp(rng.normal(0, 0.1, n)) + 0.016 * emoji - 0.002 * (sl - 46)
    opens = rng.binomial(delivered, np.clip(po, 0.01, 0.9))
    pc = np.array([c_rate[s] for s in seg]) * np.exp(rng.normal(0, 0.2, n))
    clicks = rng.binomial(delivered, np.clip(pc, 0.001, 0.5))
    unsubs = rng.binomial(delivered, np.array([u_rate[s] for s in seg]) * np.exp(rng.normal(0, 0.45, n)))
    season = np.where(np.isin(when.month, [11, 12]), 1.7, 1.0)
    orders = rng.binomial(clicks, np.clip(np.array([conv[s] for s in seg]) * season, 0, 0.9))
    revenue = np.round(orders * rng.normal(72, 9, n).clip(30), 2)
    prefix = {
        "Newsletter - All": "NL",
        "VIP": "VIP",
        "Lapsed 90d+": "WINBACK",
        "New Subscribers": "WELCOME",
        "Cart Abandoners": "CART",
    }
    return pd.DataFrame(
        {
            "Campaign": [f"{prefix[s]}_{w:%Y%m%d}_{i % 7 + 1}" for i, (s, w) in enumerate(zip(seg, when, strict=True))],
            "Send Date/Time": when.strftime("%Y-%m-%d %H:%M"),
            "Audience Segment": seg,
            "Sent": sent,
            "Delivered": delivered,
            "Unique Opens": opens,
            "Unique Clicks": clicks,
            "Unsubs": unsubs,
            "Revenue ($)": revenue,
            "Subject Line Length": sl,
            "Emoji in Subject?": emoji,
        }
    )


def _open_rate(d: pd.DataFrame) -> pd.Series:
    return d["Unique Opens"] / d["Delivered"]


def _emoji_rates(d: pd.DataFrame, pooled: bool) -> list[float]:
    out = []
    for flag in (True, False):
        g = d[d["Emoji in Subject?"].astype(str).str.lower() == str(flag).lower()]
        out.append(g["Unique Opens"].sum() / g["Delivered"].sum() if pooled else _open_rate(g).mean())
    return out


def _ctr(d: pd.DataFrame, num: str, den: str, pooled: bool) -> pd.Series:
    g = d.groupby("Audience Segment")
    return g[num].sum() / g[den].sum() if pooled else (d[num] / d[den]).groupby(d["Audience Segment"]).mean()


def _best_ctr(den: str, pooled: bool) -> Check:
    return share(lambda d: _ctr(d, "Unique Clicks", den, pooled).max())


def _quarters(d: pd.DataFrame) -> pd.Series:
    return d.groupby(pd.to_datetime(d["Send Date/Time"]).dt.to_period("Q"))["Revenue ($)"].sum()


def _quarter(value: Callable[[pd.DataFrame], pd.Period]) -> Check:
    """A quarter, as "Q4" (any spelling with the year) or by its first month ("Oct-Dec")."""

    def pat(d: pd.DataFrame) -> str:
        p = value(d)
        first = 3 * p.quarter - 2
        return rf"Q{p.quarter}\b|\b(?:{calendar.month_name[first]}|{calendar.month_abbr[first]})\b"

    return _pattern(pat)


def _unsub_over(den: str) -> Callable[[pd.DataFrame], int]:
    return lambda d: int((d["Unsubs"] / d[den] > 0.01).sum())


EMAIL = Dataset(
    "email_campaigns",
    _email,
    [
        Q(
            "What's our overall open rate?",
            either(
                share(lambda d: d["Unique Opens"].sum() / d["Delivered"].sum()),
                share(lambda d: _open_rate(d).mean()),
            ),
            ("Unique Opens", "Delivered", "Sent"),
        ),
        Q(
            "Which audience segment has the best click-through rate?",
            both(
                label_of(lambda d: _ctr(d, "Unique Clicks", "Delivered", True).idxmax()),
                either(*(_best_ctr(den, pooled) for den in ("Delivered", "Unique Opens") for pooled in (True, False))),
            ),
            ("Audience Segment", "Unique Clicks", "Delivered", "Unique Opens", "Sent"),
        ),
        Q(
            "Do emojis in the subject line get more opens?",
            either(_shares(lambda d: _emoji_rates(d, True)), _shares(lambda d: _emoji_rates(d, False))),
            ("Emoji in Subject?", "Unique Opens", "Delivered"),
        ),
        Q(
            "chart revenue by quarter, which quarter was best?",
            both(_quarter(lambda d: _quarters(d).idxmax()), has(lambda d: _quarters(d).max())),
            ("Send Date/Time", "Revenue ($)"),
        ),
        Q(
            "How many campaigns had more than 1% of people unsubscribe?",
            either(has(_unsub_over("Delivered")), has(_unsub_over("Sent"))),
            ("Unsubs", "Delivered", "Sent"),
        ),
        Q(
            "is subject line length related to open rate?",
            either(
                _corr(_col("Subject Line Length"), _open_rate),
                _corr(_col("Subject Line Length"), lambda d: d["Unique Opens"] / d["Sent"]),
            ),
            ("Subject Line Length", "Unique Opens", "Delivered", "Sent"),
        ),
    ],
)


HELDOUT21: list[Dataset] = [ROSSMANN, NBA, POWER, GOODREADS, RETURNS, EXPENSES, EMAIL]
