"""HELDOUT282: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a home EV charger's session
export (one row per charging session, 2023 and 2024) with "Session Start" and "Session End" as "2023/03/05 18:42"
(the end is when the car was unplugged, so it includes idle hours), "Energy Added (kWh)" (0.0 on a few sessions that
never drew power), "Cost (USD)" priced at the utility's peak or off-peak rate (both raised in January 2024),
"Rate Period" ("Peak" / "Off-Peak", by the start hour), "Vehicle" ("Model 3", "Ioniq 5", "Unknown" on a few) and
"Max Power (kW)" (blank on some); a state's weekly unemployment insurance initial claims by county (Ohio-style open
data, weeks ending January 2022 to December 2024) with "Week Ending" as "01/08/2022", County, "Initial Claims" and
"Continued Claims" ("*" where a small county's count is under 5 and suppressed), "Top Industry (Initial Claims)" and a
"STATEWIDE" row per week holding the true totals; a thrift store's donation intake log (2023 and 2024) with
"Intake ID", Date as "2024-03-05", Store, "Donor Type" (Individual, Business; a few typed "individual"), Category
(Clothing, Furniture, Books, Electronics), "Item Count", "Est. Value" as "$125.00" (blank when not appraised),
"Tax Receipt" (Yes/No) and "Items Rejected" (blank when none were); a PlayStation trophy list export (one row per
trophy of every game played, earned or not) with Game, Platform (PS4, PS5), Trophy, Grade (Bronze, Silver, Gold,
Platinum), "Earned On" as "Mar 5, 2023 9:41 PM" (blank when not earned) and "Earned Rate" as "12.4%"; a pawn
shop's loan ledger (2022 to 2024) with "Ticket" ("PT-104233"), "Loan Date" and "Due Date" as "01/05/2023",
upper-case Category (JEWELRY, ELECTRONICS, TOOLS, GUNS), Description, "Appraised Value" and "Loan Amount" as
"$450.00", "Monthly Rate (%)" and Status (REDEEMED, FORFEITED, EXTENDED; blank while the loan is still open); the
federal student loan cohort default rates file in long form (one row per school per cohort year, 2016 to 2018, a
few schools missing a year) with OPEID as a zero-padded 8-digit code, upper-case "School Name", City, State,
"School Type" (Public, Private, For-Profit), "Cohort Fiscal Year", "Borrowers in Cohort", "Borrowers Defaulted" and
"Default Rate (%)" ("N/A" when fewer than 10 borrowers); and a barbershop's walk-in queue log (January to June
2024, closed Mondays) with "Check-In" as "2024-03-02 10:17", Barber, Service, "Wait (min)", "Service (min)", Price
as "$35", Tip as "$5.00" (blank when none) and Payment (Cash, Card), where a customer who left before being served
has only the check-in and wait filled. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical, _weekday
from .heldout273 import _both
from .heldout278 import _hours
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _means(*values: Callable[[pd.DataFrame], float]) -> Check:
    """Every amount appears."""
    return _both(*[_amount(v) for v in values])


def _abouts(*values: Callable[[pd.DataFrame], float]) -> Check:
    """Every value appears, to about 1% or one decimal."""
    return _both(*[_about(v) for v in values])


# --- 1. Home EV charger sessions -----------------------------------------------------------------------------------

_EV_RATES = {2023: {"Peak": 0.32, "Off-Peak": 0.13}, 2024: {"Peak": 0.35, "Off-Peak": 0.15}}


def _ev_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28201)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        winter = day.month in (12, 1, 2)
        if rng.random() > (0.85 if winter else 0.7):
            continue
        car = str(_one(rng, ["Model 3", "Ioniq 5", "Unknown"], [58, 39, 3]))
        hour = int(_one(rng, [7, 12, 16, 17, 18, 19, 20, 21, 22, 23], [2, 2, 4, 8, 10, 8, 6, 18, 24, 18]))
        start = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
        big = 1.35 if car == "Ioniq 5" else 1.0
        kwh = 0.0 if rng.random() < 0.03 else round(float(np.clip(rng.gamma(3.0, 7.0) * big, 1.5, 72)), 2)
        kw = 11.5 if car == "Model 3" else 10.9
        if car == "Unknown":
            kw = 7.2
        charge_h = kwh / (kw * float(rng.uniform(0.85, 0.97)))
        idle_h = float(rng.uniform(0.2, 9.0)) if hour >= 16 else float(rng.uniform(0.1, 2.0))
        end = start + pd.Timedelta(minutes=round((charge_h + idle_h) * 60))
        period = "Off-Peak" if hour >= 21 or hour < 7 else "Peak"
        rows.append(
            {
                "Session Start": f"{start:%Y/%m/%d %H:%M}",
                "Session End": f"{end:%Y/%m/%d %H:%M}",
                "Energy Added (kWh)": kwh,
                "Cost (USD)": round(kwh * _EV_RATES[day.year][period], 2),
                "Rate Period": period,
                "Vehicle": car,
                "Max Power (kW)": "" if rng.random() < 0.06 or kwh == 0 else round(kw * float(rng.uniform(0.97, 1)), 1),
            }
        )
    return pd.DataFrame(rows)


def _ev_when(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(df[col], format="%Y/%m/%d %H:%M")


def _ev_rate(period: str, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = df[(_text(df, "Rate Period") == period) & (_num(df, "Energy Added (kWh)") > 0)]
        cost, kwh = _num(d, "Cost (USD)"), _num(d, "Energy Added (kWh)")
        return float(cost.sum() / kwh.sum()) if pooled else float((cost / kwh).mean())

    return value


def _ev_top_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        month = _ev_when(df, "Session Start").dt.to_period("M")
        kwh = _num(df, "Energy Added (kWh)")
        by = kwh.groupby(month).sum() if how == "sum" else kwh.groupby(month).size()
        return by.idxmax().to_timestamp()

    return value


def _ev_hours(df: pd.DataFrame) -> pd.Series:
    return (_ev_when(df, "Session End") - _ev_when(df, "Session Start")).dt.total_seconds() / 3600


def _ev_big(df: pd.DataFrame) -> pd.DataFrame:
    return df[_num(df, "Energy Added (kWh)") > 40]


_EV_QS = [
    Q(
        "how much electricity have i put into the cars altogether",
        _amount(lambda df: float(_num(df, "Energy Added (kWh)").sum())),
        ("Energy Added (kWh)",),
    ),
    Q(
        "what am i actually paying per kwh on peak vs off peak",
        either(
            _means(_ev_rate("Peak", True), _ev_rate("Off-Peak", True)),
            _means(_ev_rate("Peak", False), _ev_rate("Off-Peak", False)),
        ),
        ("Cost (USD)", "Energy Added (kWh)", "Rate Period"),
    ),
    Q(
        "which month did i charge the most",
        either(_month_year(_ev_top_month("sum")), _month_year(_ev_top_month("count"))),
        ("Session Start", "Energy Added (kWh)"),
    ),
    Q(
        "how long is a session usually, plug in to unplug",
        either(_hours(lambda df: float(_ev_hours(df).mean())), _hours(lambda df: float(_ev_hours(df).median()))),
        ("Session Start", "Session End"),
    ),
    Q(
        "how many sessions added more than 40 kwh",
        _count(lambda df: len(_ev_big(df))),
        ("Energy Added (kWh)",),
    ),
    Q(
        "which car were most of those",
        _lead(_named(lambda df: _top(_text(_ev_big(df), "Vehicle").value_counts()))),
        ("Vehicle", "Energy Added (kWh)"),
    ),
]


# --- 2. Weekly unemployment claims by county -----------------------------------------------------------------------

_UI_COUNTIES = {
    "Adams": 9,
    "Butler": 70,
    "Clermont": 38,
    "Cuyahoga": 420,
    "Delaware": 30,
    "Franklin": 390,
    "Greene": 28,
    "Hamilton": 300,
    "Lake": 44,
    "Licking": 32,
    "Lorain": 60,
    "Lucas": 170,
    "Mahoning": 75,
    "Medina": 29,
    "Monroe": 4,
    "Montgomery": 210,
    "Noble": 3,
    "Stark": 110,
    "Summit": 190,
    "Vinton": 3,
}
_UI_INDUSTRIES = ["Manufacturing", "Construction", "Health Care", "Retail Trade", "Accommodation and Food Services"]
_UI_INDUSTRIES += ["Administrative and Support", "Transportation and Warehousing"]


def _claims_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28202)
    rows: list[dict[str, Any]] = []
    continued = {c: base * 6.0 for c, base in _UI_COUNTIES.items()}
    mix = {c: rng.dirichlet(np.array([6, 4, 2, 2, 1.5, 1.5, 1.5]) * 3) for c in _UI_COUNTIES}
    for week in pd.date_range("2022-01-08", "2024-12-28", freq="7D"):
        season = (
            1
            + 0.55 * np.exp(-(((week.dayofyear - 10) / 18) ** 2))
            + 0.35 * np.exp(-(((week.dayofyear - 190) / 10) ** 2))
        )
        trend = 1 + 0.08 * (week.year - 2022)
        shock = 1.0 + (0.6 if week == pd.Timestamp("2023-07-08") else 0.0)
        tot_i, tot_c = 0, 0
        for county, base in _UI_COUNTIES.items():
            init = int(rng.poisson(base * season * trend * shock * float(rng.uniform(0.85, 1.15))))
            continued[county] = 0.8 * continued[county] + 0.2 * init * 6.5
            cont = int(rng.poisson(continued[county]))
            tot_i += init
            tot_c += cont
            rows.append(
                {
                    "Week Ending": f"{week:%m/%d/%Y}",
                    "County": county,
                    "Initial Claims": "*" if init < 5 else str(init),
                    "Continued Claims": "*" if cont < 5 else str(cont),
                    "Top Industry (Initial Claims)": str(_one(rng, _UI_INDUSTRIES, mix[county])),
                }
            )
        rows.append(
            {
                "Week Ending": f"{week:%m/%d/%Y}",
                "County": "STATEWIDE",
                "Initial Claims": str(tot_i),
                "Continued Claims": str(tot_c),
                "Top Industry (Initial Claims)": str(_one(rng, _UI_INDUSTRIES[:2], [4, 1])),
            }
        )
    return pd.DataFrame(rows)


def _ui_counties(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "County") != "STATEWIDE"]


def _ui_state(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "County") == "STATEWIDE"]


def _ui_week(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Week Ending"], format="%m/%d/%Y")


def _ui_2023(state: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = _ui_state(df) if state else _ui_counties(df)
        return float(_num(d, "Initial Claims")[_ui_week(d).dt.year == 2023].sum())

    return value


def _ui_top_county(col: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        d = _ui_counties(df)
        return _top(_num(d, col).groupby(_text(d, "County")).sum())

    return value


def _ui_worst(state: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(df: pd.DataFrame) -> pd.Timestamp:
        d = _ui_state(df) if state else _ui_counties(df)
        return _num(d, "Initial Claims").groupby(_ui_week(d)).sum().idxmax()

    return value


def _ui_mean(county: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Initial Claims")[_text(df, "County") == county].mean())


_UI_IND = "Top Industry (Initial Claims)"
_UI_QS = [
    Q(
        "how many initial claims were filed in 2023 in total",
        either(_amount(_ui_2023(True)), _amount(_ui_2023(False))),
        ("Week Ending", "Initial Claims", "County"),
    ),
    Q(
        "which county gets the most claims",
        _lead(_named_any(lambda df: [_ui_top_county("Initial Claims")(df), _ui_top_county("Continued Claims")(df)])),
        ("County", "Initial Claims", "Continued Claims"),
    ),
    Q(
        "what was the worst week statewide for new claims",
        either(_day(_ui_worst(True)), _day(_ui_worst(False))),
        ("Week Ending", "Initial Claims", "County"),
    ),
    Q(
        "what industry shows up most often as the top one",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(_ui_counties(df), _UI_IND).value_counts()),
                    _top(_text(df, _UI_IND).value_counts()),
                ]
            )
        ),
        (_UI_IND, "County"),
    ),
    Q("avg weekly initial claims in lucas county?", _about(_ui_mean("Lucas")), ("County", "Initial Claims")),
    Q("and summit?", _about(_ui_mean("Summit")), ("County", "Initial Claims")),
]


# --- 3. Thrift store donation intake -------------------------------------------------------------------------------

_TS_CATS = {"Clothing": (8, 4.0), "Furniture": (1.6, 85.0), "Books": (14, 1.5), "Electronics": (2.2, 28.0)}


def _thrift_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28203)
    rows: list[dict[str, Any]] = []
    n = 0
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="D"):
        lam = 3.6 if day.day_of_week >= 5 else 2.2
        lam *= 1.5 if day.month in (1, 12) else 1.0
        for _ in range(int(rng.poisson(lam))):
            n += 1
            business = rng.random() < 0.14
            cat = str(_one(rng, list(_TS_CATS), [50, 14, 20, 16] if not business else [25, 30, 10, 35]))
            per, unit = _TS_CATS[cat]
            items = max(1, int(rng.poisson(per * (3 if business else 1))))
            value = items * unit * float(rng.lognormal(0, 0.35))
            rejected = int(rng.binomial(items, 0.14 if cat == "Electronics" else 0.06))
            donor = "Business" if business else ("individual" if rng.random() < 0.03 else "Individual")
            rows.append(
                {
                    "Intake ID": f"D{23000 + n}",
                    "Date": f"{day:%Y-%m-%d}",
                    "Store": str(_one(rng, ["Eastside", "Downtown", "Northgate", "Riverside"], [30, 25, 25, 20])),
                    "Donor Type": donor,
                    "Category": cat,
                    "Item Count": items,
                    "Est. Value": "" if rng.random() < 0.04 else f"${value:,.2f}",
                    "Tax Receipt": "Yes" if rng.random() < (0.9 if business else 0.42) else "No",
                    "Items Rejected": rejected if rejected else "",
                }
            )
    return pd.DataFrame(rows)


def _ts_business(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Donor Type").str.lower() == "business"]


def _ts_yes(df: pd.DataFrame) -> float:
    return float((_text(df, "Tax Receipt") == "Yes").mean())


def _ts_rejected(pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        rej, items = _num(df, "Items Rejected").fillna(0), _num(df, "Item Count")
        return float(rej.sum() / items.sum()) if pooled else float((rej / items).mean())

    return value


_TS_QS = [
    Q("how many donations came from businesses", _count(lambda df: len(_ts_business(df))), ("Donor Type",)),
    Q(
        "whats the total estimated value of everything donated",
        _amount(lambda df: float(_num(df, "Est. Value").sum())),
        ("Est. Value",),
    ),
    Q(
        "what kind of stuff is worth the most per donation",
        _lead(_named(lambda df: _top(_num(df, "Est. Value").groupby(_text(df, "Category")).mean()))),
        ("Category", "Est. Value"),
    ),
    Q("what percent of donations got a tax receipt", _share(_ts_yes), ("Tax Receipt",)),
    Q("and for businesses?", _share(lambda df: _ts_yes(_ts_business(df))), ("Tax Receipt", "Donor Type")),
    Q(
        "what fraction of donated items end up getting rejected",
        either(_share(_ts_rejected(True)), _share(_ts_rejected(False))),
        ("Items Rejected", "Item Count"),
    ),
]


# --- 4. PlayStation trophy list ------------------------------------------------------------------------------------

_PS_GAMES = [
    ("Astro's Playroom", "PS5", 2020),
    ("Marvel's Spider-Man: Miles Morales", "PS5", 2021),
    ("Ratchet & Clank: Rift Apart", "PS5", 2021),
    ("Returnal", "PS5", 2021),
    ("Ghost of Tsushima", "PS4", 2020),
    ("God of War", "PS4", 2019),
    ("Horizon Forbidden West", "PS5", 2022),
    ("Elden Ring", "PS5", 2022),
    ("Stray", "PS5", 2022),
    ("Hades", "PS5", 2021),
    ("Hogwarts Legacy", "PS5", 2023),
    ("Final Fantasy XVI", "PS5", 2023),
    ("Marvel's Spider-Man 2", "PS5", 2023),
    ("Baldur's Gate 3", "PS5", 2024),
    ("Astro Bot", "PS5", 2024),
    ("Celeste", "PS4", 2019),
    ("Red Dead Redemption 2", "PS4", 2019),
    ("Hollow Knight", "PS4", 2020),
    ("It Takes Two", "PS5", 2022),
    ("Sekiro: Shadows Die Twice", "PS4", 2020),
]
_PS_A = ["Lost", "First", "Iron", "Silent", "Hidden", "Golden", "Broken", "Endless", "Wild", "Shadow", "Final", "Swift"]
_PS_B = ["Steps", "Legend", "Path", "Collector", "Hunter", "Master", "Blade", "Echo", "Trail", "Victory", "Secret"]


def _ps_stamp(t: pd.Timestamp) -> str:
    return f"{t:%b} {t.day}, {t.year} {t.hour % 12 or 12}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def _trophy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28204)
    rows: list[dict[str, Any]] = []
    names = [f"{a} {b}" for a in _PS_A for b in _PS_B]
    for game, platform, year in _PS_GAMES:
        n = int(rng.integers(18, 62))
        grades = ["Platinum"] + ["Gold"] * int(rng.integers(3, 7)) + ["Silver"] * int(rng.integers(6, 13))
        grades += ["Bronze"] * (n - len(grades))
        picked = rng.choice(names, len(grades), replace=False)
        skill = float(rng.beta(2.5, 1.6))
        begin = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 330)))
        span = int(rng.integers(14, 160))
        base = {"Bronze": (25, 92), "Silver": (10, 60), "Gold": (2.5, 35), "Platinum": (0.8, 18)}
        earned = {}
        for i, g in enumerate(grades[1:], start=1):
            lo, hi = base[g]
            rate = round(float(rng.uniform(lo, hi)), 1)
            got = rng.random() < min(0.98, skill * (0.5 + rate / 100) + 0.15)
            earned[i] = (rate, got)
        plat_rate = round(float(rng.uniform(*base["Platinum"])), 1)
        earned[0] = (plat_rate, all(g for _, g in earned.values()) or rng.random() < 0.1 * skill)
        if earned[0][1]:
            earned = {i: (r, True) for i, (r, _) in earned.items()}
        for i, g in enumerate(grades):
            rate, got = earned[i]
            when = ""
            if got:
                hours = float(rng.uniform(0, span * 24)) if g != "Platinum" else span * 24 + 3
                when = _ps_stamp(begin + pd.Timedelta(minutes=round(hours * 60)))
            rows.append(
                {
                    "Game": game,
                    "Platform": platform,
                    "Trophy": str(picked[i]) if g != "Platinum" else f"{game.split(':')[0]} Platinum",
                    "Grade": g,
                    "Earned On": when,
                    "Earned Rate": f"{rate}%",
                }
            )
    return pd.DataFrame(rows)


def _ps_got(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Earned On") != ""]


def _ps_when(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Earned On"], format="%b %d, %Y %I:%M %p")


_PS_QS = [
    Q("how many trophies have i actually earned", _count(lambda df: len(_ps_got(df))), ("Earned On",)),
    Q(
        "how many platinums do i have",
        _count(lambda df: int((_text(_ps_got(df), "Grade") == "Platinum").sum())),
        ("Grade", "Earned On"),
    ),
    Q(
        "which game did i get the most trophies in",
        _lead(_named(lambda df: _top(_text(_ps_got(df), "Game").value_counts()))),
        ("Game", "Earned On"),
    ),
    Q(
        "whats the rarest trophy ive got",
        _lead(_named(lambda df: str(_ps_got(df).loc[_num(_ps_got(df), "Earned Rate").idxmin(), "Trophy"]))),
        ("Trophy", "Earned Rate", "Earned On", "Game", "Grade"),
    ),
    Q(
        "which year did i unlock the most",
        _lead(_year(lambda df: int(_ps_when(_ps_got(df)).dt.year.value_counts().idxmax()))),
        ("Earned On",),
    ),
    Q(
        "avg earned rate of the gold trophies i've gotten",
        _typical(lambda df: _num(_ps_got(df), "Earned Rate")[_text(_ps_got(df), "Grade") == "Gold"]),
        ("Earned Rate", "Grade", "Earned On"),
    ),
]


# --- 5. Pawn shop loan ledger --------------------------------------------------------------------------------------

_PW_CATS = {
    "JEWELRY": (
        ["14K GOLD CHAIN", "DIAMOND RING", "WEDDING BAND", "GOLD BRACELET", "WATCH"],
        600,
        0.45,
        (10, 15),
        0.17,
    ),
    "ELECTRONICS": (["PS5 CONSOLE", "IPHONE 13", "55IN TV", "LAPTOP", "IPAD"], 380, 0.33, (20, 25), 0.36),
    "TOOLS": (["DEWALT DRILL SET", "MILWAUKEE SAW", "AIR COMPRESSOR", "SNAP-ON WRENCHES"], 260, 0.35, (20, 20), 0.29),
    "GUNS": (["GLOCK 19", "REMINGTON 870", "RUGER 10/22", "S&W M&P"], 450, 0.42, (15, 20), 0.14),
}


def _pawn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28205)
    rows: list[dict[str, Any]] = []
    ticket = 104000
    cutoff = pd.Timestamp("2024-12-31")
    for day in pd.date_range("2022-01-03", "2024-12-31", freq="D"):
        if day.day_of_week == 6:
            continue
        for _ in range(int(rng.poisson(2.6 if day.day < 10 else 2.0))):
            ticket += int(rng.integers(1, 4))
            cat = str(_one(rng, list(_PW_CATS), [38, 30, 18, 14]))
            items, typical, ltv, (lo, hi), p_forfeit = _PW_CATS[cat]
            appraised = round(float(typical * rng.lognormal(0, 0.55)) / 5) * 5 + 5
            loan = max(20, round(appraised * ltv * float(rng.uniform(0.8, 1.2)) / 5) * 5)
            rate = float(_one(rng, [lo, hi], [1, 1]))
            term = int(_one(rng, [30, 60, 90], [6, 3, 1]))
            due = day + pd.Timedelta(days=term)
            status = str(_one(rng, ["FORFEITED", "REDEEMED", "EXTENDED"], [p_forfeit, 0.8 - p_forfeit, 0.2]))
            rows.append(
                {
                    "Ticket": f"PT-{ticket}",
                    "Loan Date": f"{day:%m/%d/%Y}",
                    "Category": cat,
                    "Description": str(_one(rng, items)),
                    "Appraised Value": f"${appraised:,.2f}",
                    "Loan Amount": f"${loan:,.2f}",
                    "Monthly Rate (%)": rate,
                    "Due Date": f"{due:%m/%d/%Y}",
                    "Status": "" if due > cutoff else status,
                }
            )
    return pd.DataFrame(rows)


def _pw_forfeit(closed: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(df: pd.DataFrame) -> pd.Series:
        status = _text(df, "Status")
        if closed:
            status = status[status != ""]
        return (status == "FORFEITED").groupby(_text(df, "Category")).mean()

    return value


def _pw_ratio(how: str) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        loan, appraised = _num(df, "Loan Amount"), _num(df, "Appraised Value")
        if how == "pooled":
            return float(loan.sum() / appraised.sum())
        r = loan / appraised
        return float(r.mean() if how == "mean" else r.median())

    return value


def _pw_rate(cat: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Monthly Rate (%)")[_text(df, "Category") == cat].mean())


def _pw_status_share(closed: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        status = _text(df, "Status")
        if closed:
            status = status[status != ""]
        return float((status == "FORFEITED").mean())

    return value


_PW_QS = [
    Q(
        "how much have we loaned out in total",
        _amount(lambda df: float(_num(df, "Loan Amount").sum())),
        ("Loan Amount",),
    ),
    Q(
        "what % of loans end up forfeited",
        either(_share(_pw_status_share(False)), _share(_pw_status_share(True))),
        ("Status",),
    ),
    Q(
        "which kind of item gets forfeited most often",
        _lead(
            _named_any(
                lambda df: [
                    _top(_pw_forfeit(False)(df)),
                    _top(_pw_forfeit(True)(df)),
                    _top(_text(df, "Category")[_text(df, "Status") == "FORFEITED"].value_counts()),
                ]
            )
        ),
        ("Category", "Status"),
    ),
    Q(
        "how much do we usually lend compared to what the item is appraised at",
        either(_share(_pw_ratio("pooled")), _share(_pw_ratio("mean")), _share(_pw_ratio("median"))),
        ("Loan Amount", "Appraised Value"),
    ),
    Q("avg monthly interest on guns", _about(_pw_rate("GUNS")), ("Monthly Rate (%)", "Category")),
    Q("and jewelry?", _about(_pw_rate("JEWELRY")), ("Monthly Rate (%)", "Category")),
]


# --- 6. Federal student loan cohort default rates ------------------------------------------------------------------

_CD_STATES = {"CA": 14, "TX": 11, "NY": 9, "FL": 9, "PA": 7, "OH": 6, "IL": 6, "GA": 5, "NC": 5, "MI": 4, "AZ": 3}
_CD_STATES |= {"TN": 3, "MO": 3, "WA": 3, "IN": 3, "MA": 3, "CO": 2, "LA": 2, "OK": 2, "NM": 1}
_CD_CITIES = ["SPRINGFIELD", "FAIRVIEW", "RIVERSIDE", "MADISON", "FRANKLIN", "GREENVILLE", "CLINTON", "SALEM"]
_CD_CITIES += ["GEORGETOWN", "ARLINGTON", "ASHLAND", "BRISTOL", "DOVER", "HUDSON", "MILFORD", "OXFORD", "WINCHESTER"]
_CD_CITIES += ["BURLINGTON", "MANCHESTER", "CLAYTON", "LEXINGTON", "AUBURN", "DAYTON", "JACKSON", "MARION", "LINCOLN"]
_CD_KINDS = {
    "Public": (["{c} COMMUNITY COLLEGE", "{c} STATE UNIVERSITY", "{c} TECHNICAL COLLEGE", "UNIVERSITY OF {c}"], 9.5),
    "Private": (["{c} COLLEGE", "{c} UNIVERSITY", "SAINT {c} COLLEGE", "{c} SCHOOL OF NURSING"], 5.5),
    "For-Profit": (
        ["{c} BEAUTY ACADEMY", "{c} CAREER INSTITUTE", "{c} BARBER COLLEGE", "{c} TRUCK DRIVING SCHOOL"],
        14.0,
    ),
}


def _cdr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28206)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    states = list(_CD_STATES)
    for i in range(920):
        kind = str(_one(rng, list(_CD_KINDS), [35, 30, 35]))
        patterns, level = _CD_KINDS[kind]
        name = str(_one(rng, patterns)).format(c=_one(rng, _CD_CITIES))
        state = str(_one(rng, states, list(_CD_STATES.values())))
        if (name, state) in used:
            name = f"{name} - {_one(rng, ['MAIN CAMPUS', 'NORTH CAMPUS', 'WEST CAMPUS', 'DOWNTOWN'])}"
        used.add((name, state))
        opeid = f"{1002 + 41 * i + int(rng.integers(0, 40)):06d}00"
        size = {"Public": 900, "Private": 450, "For-Profit": 160}[kind] * float(rng.lognormal(0, 1.0))
        school = level * float(rng.lognormal(0, 0.45))
        city = str(_one(rng, _CD_CITIES))
        for year, drift in ((2016, 1.0), (2017, 0.95), (2018, 0.73)):
            if rng.random() < 0.04:
                continue
            borrowers = max(1, int(rng.poisson(size)))
            defaulted = int(rng.binomial(borrowers, min(0.6, school * drift / 100)))
            rate = "N/A" if borrowers < 10 else f"{100 * defaulted / borrowers:.1f}"
            rows.append(
                {
                    "OPEID": opeid,
                    "School Name": name,
                    "City": city,
                    "State": state,
                    "School Type": kind,
                    "Cohort Fiscal Year": year,
                    "Borrowers in Cohort": borrowers,
                    "Borrowers Defaulted": defaulted,
                    "Default Rate (%)": rate,
                }
            )
    return pd.DataFrame(rows)


_CD_RATE = ("Cohort Fiscal Year", "Borrowers Defaulted", "Borrowers in Cohort", "Default Rate (%)")


def _cd_year_rate(year: int, pooled: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = df[_num(df, "Cohort Fiscal Year") == year]
        if pooled:
            return float(_num(d, "Borrowers Defaulted").sum() / _num(d, "Borrowers in Cohort").sum())
        return float(_num(d, "Default Rate (%)").mean() / 100)

    return value


def _cd_type(pooled: bool) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        kind = _text(df, "School Type")
        if pooled:
            g = df.groupby(kind)
            return _top(g["Borrowers Defaulted"].sum() / g["Borrowers in Cohort"].sum())
        return _top(_num(df, "Default Rate (%)").groupby(kind).mean())

    return value


def _cd_over20(computed: bool) -> Callable[[pd.DataFrame], int]:
    def value(df: pd.DataFrame) -> int:
        d = df[_num(df, "Cohort Fiscal Year") == 2018]
        rate = 100 * _num(d, "Borrowers Defaulted") / _num(d, "Borrowers in Cohort") if computed else None
        rate = _num(d, "Default Rate (%)") if rate is None else rate
        return int((rate > 20).sum())

    return value


def _cd_trend(pooled: bool) -> Check:
    return _both(*[_share(_cd_year_rate(y, pooled)) for y in (2016, 2017, 2018)])


_CD_QS = [
    Q(
        "how many schools are in this",
        either(
            _count(lambda df: int(_text(df, "OPEID").nunique())),
            _count(lambda df: len(df.assign(_n=_text(df, "School Name")).drop_duplicates(["_n", "State"]))),
        ),
        ("OPEID", "School Name", "State"),
    ),
    Q(
        "which type of school has the worst default rate",
        _lead(_named_any(lambda df: [_cd_type(True)(df), _cd_type(False)(df)])),
        ("School Type", "Default Rate (%)", "Borrowers Defaulted", "Borrowers in Cohort"),
    ),
    Q(
        "whats the overall default rate for the 2017 cohort",
        either(_share(_cd_year_rate(2017, True)), _share(_cd_year_rate(2017, False))),
        _CD_RATE,
    ),
    Q(
        "how many schools were over 20% in 2018",
        either(_count(_cd_over20(False)), _count(_cd_over20(True))),
        (*_CD_RATE, "OPEID", "School Name"),
    ),
    Q("has it been going up or down year to year", either(_cd_trend(True), _cd_trend(False)), _CD_RATE),
    Q(
        "how many rows dont have a default rate",
        _count(lambda df: int(_num(df, "Default Rate (%)").isna().sum())),
        ("Default Rate (%)",),
    ),
]


# --- 7. Barbershop walk-in queue -----------------------------------------------------------------------------------

_BB_SERVICES = {
    "Haircut": (30, 32),
    "Haircut + Beard": (45, 42),
    "Beard Trim": (15, 18),
    "Kids Cut": (25, 22),
    "Line Up": (10, 15),
    "Hot Towel Shave": (35, 30),
}
_BB_BARBERS = {"Marcus": 1.0, "Dre": 0.9, "Tony": 1.15, "Luis": 1.0, "Kev": 0.85}


def _barber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(28207)
    rows: list[dict[str, Any]] = []
    day_w = {1: 14, 2: 15, 3: 17, 4: 24, 5: 34, 6: 19}
    barbers = list(_BB_BARBERS)
    services = list(_BB_SERVICES)
    for day in pd.date_range("2024-01-02", "2024-06-30", freq="D"):
        if day.day_of_week == 0:
            continue
        n = int(rng.poisson(day_w[day.day_of_week]))
        crowd = n / 20
        for minute in np.sort(rng.integers(0, 600 if day.day_of_week != 6 else 420, n)):
            t = day + pd.Timedelta(hours=9, minutes=int(minute))
            wait = int(max(0, rng.gamma(2.0, 6.0 * crowd)))
            left = wait > 25 and rng.random() < 0.3
            row: dict[str, Any] = {"Check-In": f"{t:%Y-%m-%d %H:%M}", "Wait (min)": wait}
            if left:
                row |= {k: "" for k in ("Barber", "Service", "Service (min)", "Price", "Tip", "Payment")}
            else:
                barber = str(_one(rng, barbers))
                service = str(_one(rng, services, [45, 22, 10, 10, 8, 5]))
                price, mins = _BB_SERVICES[service]
                cash = rng.random() < 0.35
                tipped = rng.random() < (0.55 if cash else 0.8)
                tip = price * _BB_BARBERS[barber] * float(rng.uniform(0.12, 0.28)) * max(0.4, 1 - wait / 80)
                row |= {
                    "Barber": barber,
                    "Service": service,
                    "Service (min)": int(max(5, rng.normal(mins, 5))),
                    "Price": f"${price}",
                    "Tip": f"${round(tip):.2f}" if tipped and round(tip) > 0 else "",
                    "Payment": "Cash" if cash else "Card",
                }
            rows.append(row)
    cols = ["Check-In", "Barber", "Service", "Wait (min)", "Service (min)", "Price", "Tip", "Payment"]
    return pd.DataFrame(rows)[cols]


def _bb_served(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Service") != ""]


def _bb_tips(df: pd.DataFrame, zero: bool) -> pd.Series:
    tip = _num(df, "Tip")
    return tip.fillna(0) if zero else tip


def _bb_tip_by_pay(pay: str, zero: bool) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = _bb_served(df)
        return float(_bb_tips(d, zero)[_text(d, "Payment") == pay].mean())

    return value


def _bb_corr(zero: bool) -> Check:
    return _corr(
        lambda df: _num(_bb_served(df), "Wait (min)")[_bb_tips(_bb_served(df), zero).notna()],
        lambda df: _bb_tips(_bb_served(df), zero).dropna(),
    )


_BB_QS = [
    Q("how long do people usually wait", _typical(lambda df: _num(df, "Wait (min)")), ("Wait (min)",)),
    Q(
        "which barber gets the most tips",
        _lead(
            _named_any(
                lambda df: [
                    _top(_num(df, "Tip").groupby(_text(df, "Barber")).sum()),
                    _top(_num(df, "Tip").notna().groupby(_text(df, "Barber")).sum()),
                ]
            )
        ),
        ("Barber", "Tip"),
    ),
    Q(
        "do cash or card customers tip more on average",
        either(
            _means(_bb_tip_by_pay("Cash", True), _bb_tip_by_pay("Card", True)),
            _means(_bb_tip_by_pay("Cash", False), _bb_tip_by_pay("Card", False)),
        ),
        ("Tip", "Payment"),
    ),
    Q(
        "whats the busiest day of the week",
        _lead(_weekday(lambda df: f"{pd.to_datetime(df['Check-In']).dt.day_name().value_counts().idxmax()}")),
        ("Check-In",),
    ),
    Q("do longer waits mean smaller tips", either(_bb_corr(True), _bb_corr(False)), ("Wait (min)", "Tip")),
    Q(
        "how many check-ins never got a haircut or anything",
        _count(lambda df: int((_text(df, "Service") == "").sum())),
        ("Service", "Barber", "Check-In"),
    ),
]


HELDOUT282: list[Dataset] = [
    Dataset("home_ev_charger_session_log", _ev_frame, _EV_QS),
    Dataset("weekly_ui_claims_by_county", _claims_frame, _UI_QS),
    Dataset("thrift_store_donation_intake", _thrift_frame, _TS_QS),
    Dataset("playstation_trophy_list_export", _trophy_frame, _PS_QS),
    Dataset("pawn_shop_loan_ledger", _pawn_frame, _PW_QS),
    Dataset("student_loan_cohort_default_rates", _cdr_frame, _CD_QS),
    Dataset("barbershop_walk_in_queue_log", _barber_frame, _BB_QS),
]
