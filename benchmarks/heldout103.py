"""HELDOUT103: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a YNAB (You Need A Budget)
register export for 2023 with Account (Checking / Savings / Visa Card), Flag (mostly blank, some Red / Green / Blue),
Date as "03/14/2023", Payee, "Category Group/Category" ("Immediate Obligations: Groceries"), Category Group and
Category (both blank on transfers between accounts, whose Payee reads "Transfer : Savings"; paychecks and refunds of
the employer under "Inflow: Ready to Assign"), Memo mostly blank, Outflow and Inflow written "$1,234.56" with "$0.00"
on the other side, and Cleared as Reconciled / Cleared / Uncleared (the last weeks uncleared); a chess.com games
archive flattened from the public API (one row per game, 2022-2023, player "knightowl_77") with url, pgn left out,
time_control ("600", "180+2", "60", "1/86400"), end_time in Unix seconds, rated True / False, time_class rapid /
blitz / bullet / daily, rules "chess", white_username, white_rating, white_result, black_username, black_rating,
black_result (win, checkmated, resigned, timeout, abandoned, agreed, repetition, stalemate, insufficient,
timevsinsufficient), accuracies.white and accuracies.black blank together on unreviewed games, and eco as the
chess.com openings URL; Samsung Health's com.samsung.shealth.step_daily_trend file (its first metadata line
dropped) with two rows a day from April 2022 to March 2023, source_type -2 (all devices combined) and 0 (the phone
alone, fewer steps), binning_data file names, update_time and create_time as "2022-04-01 23:58:12.104",
source_pkg_name and pkg_name "com.sec.android.app.shealth", count (steps), speed (m/s), distance (m), calorie
(kcal), deviceuuid, day_time as the day's UTC midnight in Unix milliseconds, and datauuid, some days missing; a
Calendly scheduled events export of a consultant for 2023 with Invitee Name, Invitee First Name, Invitee Last Name,
Invitee Email (repeat clients book again), Text Reminder Number mostly blank, Event Type Name ("30 Minute Discovery
Call", "60 Minute Strategy Session", "15 Minute Quick Chat", "90 Minute Workshop"), Start Date & Time and End Date &
Time as "2023-03-14 09:30 am", Invitee Time Zone, Location (a Zoom link or a phone number), Event Created Date & Time
in the same format, Canceled true / false, Cancellation reason and Canceled By blank unless canceled, Marked as
No-Show "Yes" or blank, Event Price "150.00" or blank and Event Price Currency "USD" or blank; a USAspending.gov
prime award summaries (contracts) download for the Department of Veterans Affairs, fiscal years 2021-2023, with
contract_award_unique_key ("CONT_AWD_36C24823C0045_3600_-NONE-_-NONE-"), award_id_piid, total_dollars_obligated
(some deobligations negative), current_total_value_of_award, potential_total_value_of_award, awarding_agency_name,
awarding_sub_agency_name, awarding_office_name ("NETWORK CONTRACT OFFICE 8 (36C248)"), upper-case recipient_name
("MCKESSON CORPORATION"), recipient_uei, recipient_state_code, award_base_action_date "2022-11-03" and
award_base_action_date_fiscal_year, period_of_performance_current_end_date, award_type (DEFINITIVE CONTRACT /
DELIVERY ORDER / PURCHASE ORDER / BPA CALL), naics_code and upper-case naics_description, and type_of_set_aside
("NO SET ASIDE USED.", "SMALL BUSINESS SET ASIDE - TOTAL", "SERVICE-DISABLED VETERAN-OWNED SMALL BUSINESS SET ASIDE",
"8(A) SOLE SOURCE", "HUBZONE SET-ASIDE" or blank); EIA's weekly retail gasoline prices (pswrgvwall.xls, "Data 1"
saved as CSV with the two lines above the header removed), wide: Date as "Apr 05, 1993" and one column per area,
"Weekly U.S. Regular All Formulations Retail Gasoline Prices  (Dollars per Gallon)" (two spaces before the unit)
and the same for East Coast, New England (PADD 1A), Central Atlantic (PADD 1B), Lower Atlantic (PADD 1C), Midwest,
Gulf Coast, Rocky Mountain, West Coast and California (blank before May 2000), to three decimals, April 1993 to
December 2023; and parkrun results of one event for the Saturdays of 2023 (a few cancelled) flattened one row per
finisher with Run Date as "14/01/2023", Event Number, Position, parkrunner (name, "Unknown" for finishers without a
barcode), Athlete ID (blank for Unknown), Gender Male / Female (blank for Unknown), Gender Position, Age Group
("VM40-44", "SW25-29", "JM11-14"), Age Grade "61.24%", Club mostly blank, Time as "24:13" (or "1:02:15"), Note
("New PB!", "First Timer!", "PB stays at 00:23:45" or blank) and Total Runs. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text, _year
from .heldout38 import _draw, _month
from .heldout40 import _number, _top_named
from .heldout42 import _ranked
from .offline_eval import DAY_WORDS, Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _weekday(value: Callable[[pd.DataFrame], int]) -> Check:
    """A day of the week (Monday = 0) by its name or short form."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        day = int(value(df))
        if re.search(rf"\b(?:{DAY_WORDS[day]})s?\b", answer, re.IGNORECASE):
            return None
        return f"missing weekday {day}"

    return check


def _minutes(value: Callable[[pd.DataFrame], float]) -> Check:
    """A duration in minutes, as minutes ("27.4 minutes", to about 1%) or as a clock time ("27:24" or "0:27:24", to
    within three seconds)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        if _about(lambda _d: want)(answer, df) is None:
            return None
        for m in re.finditer(r"(?<![\d:])(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:\.\d+)?(?![\d:])", answer):
            secs = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
            if abs(secs - 60 * want) <= 3:
                return None
        return f"missing duration {want:.4g} min"

    return check


# --- 1. YNAB register export ---------------------------------------------------------------------------------------

# group: category: (transactions a month, median amount, spread, payees)
_YN_SPEND: dict[tuple[str, str], tuple[float, float, float, str]] = {
    ("Immediate Obligations", "Rent"): (1, 1650, 0.0, "Parkview Apartments"),
    ("Immediate Obligations", "Electric"): (1, 95, 0.25, "City Power & Light"),
    ("Immediate Obligations", "Internet"): (1, 70, 0.0, "Comcast"),
    ("Immediate Obligations", "Groceries"): (9, 68, 0.45, "Kroger;Trader Joe's;Costco;Aldi;Whole Foods"),
    ("Immediate Obligations", "Transportation"): (4, 42, 0.35, "Shell;Chevron;Metro Transit;Uber"),
    ("True Expenses", "Auto Maintenance"): (0.25, 280, 0.5, "Jiffy Lube;Midas"),
    ("True Expenses", "Medical"): (0.4, 85, 0.7, "CVS Pharmacy;Walgreens;Dr. Patel"),
    ("True Expenses", "Clothing"): (0.8, 55, 0.6, "Target;Old Navy;Amazon"),
    ("True Expenses", "Gifts"): (0.6, 45, 0.6, "Amazon;Etsy;Target"),
    ("Quality of Life Goals", "Vacation"): (0.2, 420, 0.6, "Delta Air Lines;Airbnb;Marriott"),
    ("Quality of Life Goals", "Fitness"): (1, 39.99, 0.0, "Planet Fitness"),
    ("Just for Fun", "Dining Out"): (7, 28, 0.55, "Chipotle;Starbucks;Olive Garden;Local Taqueria;DoorDash"),
    ("Just for Fun", "Fun Money"): (2, 35, 0.7, "Steam;AMC Theatres;Barnes & Noble;Amazon"),
    ("Just for Fun", "Subscriptions"): (2, 13.5, 0.3, "Netflix;Spotify"),
}


def _money(x: float) -> str:
    return f"${x:,.2f}"


def _ynab_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10301)
    rows: list[dict[str, Any]] = []

    def add(day: pd.Timestamp, account: str, payee: str, group: str, cat: str, out: float, inn: float) -> None:
        rows.append({"day": day, "Account": account, "Payee": payee, "group": group, "cat": cat, "out": out, "in": inn})

    for month in range(1, 13):
        start = pd.Timestamp(2023, month, 1)
        ndays = start.days_in_month
        for pay_day in (1, 15):
            amount = round(2450 + float(rng.normal(0, 15)), 2)
            add(
                start + pd.Timedelta(days=pay_day - 1),
                "Checking",
                "Acme Corp Payroll",
                "Inflow",
                "Ready to Assign",
                0.0,
                amount,
            )
        add(start + pd.Timedelta(days=2), "Checking", "Transfer : Savings", "", "", 400.0, 0.0)
        add(start + pd.Timedelta(days=2), "Savings", "Transfer : Checking", "", "", 0.0, 400.0)
        for (group, cat), (rate, median, spread, payees) in _YN_SPEND.items():
            n = int(rate) if spread == 0.0 else int(rng.poisson(rate * (1.4 if cat == "Gifts" and month == 12 else 1)))
            for _ in range(n):
                day = start + pd.Timedelta(days=int(rng.integers(0, ndays)))
                amount = round(float(median * np.exp(rng.normal(0, spread))), 2) if spread else median
                if cat == "Electric":
                    amount = round(amount * (1.5 if month in (1, 2, 7, 8, 12) else 1.0), 2)
                account = (
                    "Checking" if cat in ("Rent", "Electric", "Internet") else _draw(rng, "Visa Card:7;Checking:3")
                )
                add(day, account, _draw(rng, ";".join(f"{p}:1" for p in payees.split(";"))), group, cat, amount, 0.0)
                if rng.random() < 0.03 and cat in ("Clothing", "Gifts", "Fun Money"):
                    back = day + pd.Timedelta(days=int(rng.integers(3, 15)))
                    add(
                        back, account, "Amazon" if "Amazon" in payees else payees.split(";")[0], group, cat, 0.0, amount
                    )
        card = [r for r in rows if r["Account"] == "Visa Card" and r["day"].month == month]
        paid = round(sum(r["out"] - r["in"] for r in card), 2)
        when = start + pd.Timedelta(days=ndays - 3)
        add(when, "Checking", "Transfer : Visa Card", "", "", paid, 0.0)
        add(when, "Visa Card", "Transfer : Checking", "", "", 0.0, paid)
    add(pd.Timestamp(2023, 4, 10), "Checking", "IRS Treasury", "Inflow", "Ready to Assign", 0.0, 1284.0)
    frame = pd.DataFrame(rows).sort_values(["day", "Account"], kind="stable").reset_index(drop=True)
    n = len(frame)
    cleared = np.where(frame["day"] >= pd.Timestamp(2023, 12, 20), "Uncleared", "Reconciled")
    mid = (frame["day"] >= pd.Timestamp(2023, 11, 25)) & (frame["day"] < pd.Timestamp(2023, 12, 20))
    cleared = np.where(mid, "Cleared", cleared)
    cleared = np.where((rng.random(n) < 0.015) & (frame["day"] < pd.Timestamp(2023, 11, 25)), "Uncleared", cleared)
    flags = [None if rng.random() < 0.9 else _draw(rng, "Red:3;Green:2;Blue:1") for _ in range(n)]
    memos = [
        None if rng.random() < 0.85 else _draw(rng, "split w/ Sam:1;reimburse?:1;birthday:1;work trip:1")
        for _ in range(n)
    ]
    group, cat = frame["group"], frame["cat"]
    out = pd.DataFrame(
        {
            "Account": frame["Account"],
            "Flag": flags,
            "Date": frame["day"].dt.strftime("%m/%d/%Y"),
            "Payee": frame["Payee"],
            "Category Group/Category": [f"{g}: {c}" if c else None for g, c in zip(group, cat, strict=True)],
            "Category Group": group.where(group != "", None),
            "Category": cat.where(cat != "", None),
            "Memo": memos,
            "Outflow": [_money(x) for x in frame["out"]],
            "Inflow": [_money(x) for x in frame["in"]],
            "Cleared": cleared,
        }
    )
    return out


def _yn_out(d: pd.DataFrame) -> pd.Series:
    return _number(d["Outflow"]).fillna(0.0)


def _yn_in(d: pd.DataFrame) -> pd.Series:
    return _number(d["Inflow"]).fillna(0.0)


def _yn_transfer(d: pd.DataFrame) -> pd.Series:
    return _text(d["Payee"]).str.startswith("Transfer :")


def _yn_spent(net: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        spend = ~_yn_transfer(d) & (_text(d["Category Group"]) != "Inflow")
        return float(_yn_out(d)[spend].sum() - (_yn_in(d)[spend].sum() if net else 0.0))

    return total


def _yn_by_category(d: pd.DataFrame) -> pd.Series:
    keep = ~_yn_transfer(d) & (_text(d["Category Group"]) != "Inflow")
    return _yn_out(d)[keep].groupby(_text(d["Category"])[keep]).sum()


def _yn_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], format="%m/%d/%Y").dt.to_period("M")


def _yn_groceries(net: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        g = _text(d["Category"]) == "Groceries"
        amount = _yn_out(d) - (_yn_in(d) if net else 0.0)
        return float(amount[g].groupby(_yn_month(d)[g]).sum().mean())

    return mean


def _yn_top_month(d: pd.DataFrame) -> pd.Timestamp:
    keep = ~_yn_transfer(d) & (_text(d["Category Group"]) != "Inflow")
    return _yn_out(d)[keep].groupby(_yn_month(d)[keep]).sum().idxmax().to_timestamp()


def _yn_dining_share(d: pd.DataFrame) -> float:
    by = _yn_by_category(d)
    return float(by.get("Dining Out", 0.0) / by.sum())


_YN_WHO = ("Category", "Category Group", "Category Group/Category", "Payee", "Account", "Date")

_YNAB_QS = [
    Q(
        "how much did i spend in 2023",
        either(_scaled(_yn_spent(False), (1e3,)), _scaled(_yn_spent(True), (1e3,))),
        ("Outflow", "Inflow", *_YN_WHO),
    ),
    Q("what category eats the most money", _lead(_named(lambda d: _top(_yn_by_category(d)))), ("Outflow", *_YN_WHO)),
    Q(
        "how much do groceries cost me a month on average",
        either(_about(_yn_groceries(False)), _about(_yn_groceries(True))),
        ("Outflow", "Inflow", *_YN_WHO),
    ),
    Q("which month was the most expensive", _month(_yn_top_month), ("Outflow", *_YN_WHO)),
    Q("what percent of my spending is eating out", _share(_yn_dining_share), ("Outflow", *_YN_WHO)),
    Q(
        "how many transactions haven't cleared yet",
        _count(lambda d: float((_text(d["Cleared"]) == "Uncleared").sum())),
        ("Cleared", "Date", "Account"),
    ),
]


# --- 2. chess.com games archive ------------------------------------------------------------------------------------

_CH_ME = "knightowl_77"
_CH_OPENINGS = (
    "Sicilian-Defense-Najdorf-Variation:12;Italian-Game-Two-Knights-Defense:14;Queens-Gambit-Declined:9;"
    "Caro-Kann-Defense-Advance-Variation:8;French-Defense-Winawer-Variation:5;London-System:11;"
    "Scandinavian-Defense-Mieses-Kotroc-Variation:6;Kings-Indian-Defense-Normal-Variation:5;"
    "Ruy-Lopez-Opening-Berlin-Defense:6;English-Opening-Symmetrical-Variation:4"
)
_CH_CLASSES = {
    "blitz": ("180+2:5;300:4;180:3", 1180, 45),
    "rapid": ("600:8;900+10:2", 1290, 35),
    "bullet": ("60:3;120+1:1", 1010, 30),
    "daily": ("1/86400:3;3/86400:1", 1350, 10),
}


def _chess_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10302)
    rows: list[dict[str, Any]] = []
    ratings = {k: float(v[1]) for k, v in _CH_CLASSES.items()}
    start = pd.Timestamp("2022-01-01")
    for day_i in range(730):
        day = start + pd.Timedelta(days=day_i)
        busy = 2.6 if day.month in (12, 1, 2) else 1.7
        busy *= 1.6 if day.day_of_week >= 5 else 1.0
        for _ in range(int(rng.poisson(busy * 0.9))):
            cls = _draw(rng, "blitz:50;rapid:30;bullet:14;daily:6")
            table, _base, _w = _CH_CLASSES[cls]
            mine = ratings[cls]
            opp = round(mine + rng.normal(0, 60))
            white = rng.random() < 0.5
            p_win = 1 / (1 + 10 ** ((opp - mine) / 400)) + (0.03 if white else -0.03)
            u = rng.random()
            draw = 0.06
            if u < draw:
                res_me = res_opp = _draw(rng, "agreed:4;repetition:3;stalemate:2;insufficient:1;timevsinsufficient:1")
                delta = 0.0
            elif u < draw + (1 - draw) * p_win:
                res_me, res_opp = "win", _draw(rng, "resigned:45;checkmated:30;timeout:20;abandoned:5")
                delta = 8.0
            else:
                res_opp = "win"
                res_me = _draw(rng, "resigned:40;checkmated:25;timeout:30;abandoned:5")
                if cls == "bullet":
                    res_me = _draw(rng, "resigned:20;checkmated:20;timeout:60")
                delta = -8.0
            ratings[cls] = mine + delta + 0.35 * (1 if day_i < 600 else 0.2)
            tc = _draw(rng, table)
            end = day + pd.Timedelta(seconds=float(rng.uniform(8 * 3600, 24 * 3600 - 1)))
            gid = int(rng.integers(40_000_000_000, 99_000_000_000))
            opp_name = _draw(
                rng,
                "chessfan2001:1;Bxf7_guy:1;zugzwang_zoe:1;pawnstorm:1;elo_hunter:1;magnusfan99:1;"
                "castle_queenside:1;tactical_tom:1;rookie_rita:1;Gambit_Gary:1",
            ) + (str(int(rng.integers(1, 300))) if rng.random() < 0.8 else "")
            reviewed = rng.random() < 0.35
            acc_me = round(float(np.clip(rng.normal(78 if res_me == "win" else 68, 9), 20, 99.5)), 2)
            acc_opp = round(float(np.clip(rng.normal(78 if res_opp == "win" else 68, 9), 20, 99.5)), 2)
            my_rating = round(mine + delta)
            opp_rating = round(opp - delta)
            w = (_CH_ME, my_rating, res_me, acc_me) if white else (opp_name, opp_rating, res_opp, acc_opp)
            b = (opp_name, opp_rating, res_opp, acc_opp) if white else (_CH_ME, my_rating, res_me, acc_me)
            path = "daily" if cls == "daily" else "live"
            rows.append(
                {
                    "url": f"https://www.chess.com/game/{path}/{gid}",
                    "time_control": tc,
                    "end_time": int(end.timestamp()),
                    "rated": bool(rng.random() < 0.93),
                    "time_class": cls,
                    "rules": "chess",
                    "white_username": w[0],
                    "white_rating": w[1],
                    "white_result": w[2],
                    "black_username": b[0],
                    "black_rating": b[1],
                    "black_result": b[2],
                    "accuracies.white": w[3] if reviewed else None,
                    "accuracies.black": b[3] if reviewed else None,
                    "eco": "https://www.chess.com/openings/" + _draw(rng, _CH_OPENINGS),
                }
            )
    return pd.DataFrame(rows)


def _ch_white(d: pd.DataFrame) -> pd.Series:
    return _text(d["white_username"]).str.lower() == _CH_ME


def _ch_mine(d: pd.DataFrame, what: str) -> pd.Series:
    return d[f"white_{what}"].where(_ch_white(d), d[f"black_{what}"])


def _ch_rate(decisive_only: bool, side: str | None = None) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        res = _text(_ch_mine(d, "result"))
        keep = pd.Series(True, index=d.index)
        if side is not None:
            keep = _ch_white(d) if side == "white" else ~_ch_white(d)
        lost = res.isin(["checkmated", "resigned", "timeout", "abandoned"])
        base = keep & ((res == "win") | lost) if decisive_only else keep
        return float(((res == "win") & keep).sum() / base.sum())

    return rate


def _ch_lost_how(d: pd.DataFrame) -> str:
    res = _text(_ch_mine(d, "result"))
    lost = res[res.isin(["checkmated", "resigned", "timeout", "abandoned"])]
    return _top(lost.value_counts())


def _ch_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(pd.to_numeric(d["end_time"]), unit="s").dt.to_period("M")
    return month.value_counts().sort_index().idxmax().to_timestamp()


_CH_LOSS_WORDS = {
    "resigned": ("resign", "resigning", "resignation", "resignations"),
    "checkmated": ("checkmate", "checkmates", "mate", "mated"),
    "timeout": ("timeouts", "time out", "on time", "flagged", "ran out of time", "time"),
    "abandoned": ("abandon", "abandoning", "abandonment"),
}
_CH_WHO = ("white_username", "black_username", "white_result", "black_result")

_CHESS_QS = [
    Q(
        "whats my win rate",
        either(_share(_ch_rate(False)), _share(_ch_rate(True))),
        (*_CH_WHO, "time_class", "end_time", "url"),
    ),
    Q(
        "and when i'm black?",
        either(_share(_ch_rate(False, "black")), _share(_ch_rate(True, "black"))),
        (*_CH_WHO, "time_class", "end_time", "url"),
    ),
    Q(
        "highest blitz rating i've had",
        _count(lambda d: float(pd.to_numeric(_ch_mine(d, "rating"))[_text(d["time_class"]) == "blitz"].max())),
        (*_CH_WHO, "white_rating", "black_rating", "time_class", "end_time"),
    ),
    Q(
        "how do i usually lose, resigning, getting mated or on time?",
        _lead(_named(_ch_lost_how, _CH_LOSS_WORDS)),
        (*_CH_WHO, "end_time", "url"),
    ),
    Q("which month did i play the most games", _month(_ch_month), ("end_time", "url")),
    Q(
        "how many games have no accuracy score",
        either(
            _count(lambda d: float(d["accuracies.white"].isna().sum())),
            _count(lambda d: float((d["accuracies.white"].isna() & d["accuracies.black"].isna()).sum())),
        ),
        ("accuracies.white", "accuracies.black", "url", "end_time"),
    ),
]


# --- 3. Samsung Health step_daily_trend ---------------------------------------------------------------------------


def _steps_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10303)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2022-04-01", "2023-03-31")
    phone_uuid, combined_uuid = "VfS0qUERdZ", "DPpKa4B5wm"
    for day in days:
        if rng.random() < 0.04:
            continue
        season = 1.0 + 0.25 * np.sin(2 * np.pi * (day.day_of_year - 100) / 365)
        weekend = day.day_of_week >= 5
        total = max(300, int(rng.normal(7800 * season * (1.15 if weekend else 1.0), 2600)))
        if rng.random() < 0.03:
            total = int(rng.uniform(18000, 26000))
        phone = int(total * rng.uniform(0.35, 0.8))
        for source, count, uuid in ((-2, total, combined_uuid), (0, phone, phone_uuid)):
            speed = round(float(rng.uniform(1.1, 1.5)), 6)
            stride = rng.uniform(0.68, 0.78)
            distance = round(count * stride, 2)
            calorie = round(count * 0.04 + float(rng.normal(0, 8)), 2)
            stamp = day + pd.Timedelta(hours=23, minutes=int(rng.integers(40, 60)), seconds=int(rng.integers(60)))
            created = day + pd.Timedelta(hours=int(rng.integers(0, 9)), minutes=int(rng.integers(60)))
            made = "{:%Y-%m-%d %H:%M:%S}.{:03d}".format
            data_uuid = "".join(rng.choice(list("0123456789abcdef"), 8)) + "-4a1c-8e2b-" + uuid.lower()
            rows.append(
                {
                    "source_type": source,
                    "binning_data": f"{data_uuid}.binning_data.json",
                    "update_time": made(stamp, int(rng.integers(1000))),
                    "create_time": made(created, int(rng.integers(1000))),
                    "source_pkg_name": "com.sec.android.app.shealth",
                    "count": max(0, count),
                    "speed": speed,
                    "distance": distance,
                    "calorie": max(0.0, calorie),
                    "deviceuuid": uuid,
                    "pkg_name": "com.sec.android.app.shealth",
                    "day_time": int(day.value // 10**6),
                    "datauuid": data_uuid,
                }
            )
    return pd.DataFrame(rows)


def _st_daily(d: pd.DataFrame) -> pd.DataFrame:
    """One row a day: the all-devices row (source_type -2)."""
    keep = pd.to_numeric(d["source_type"]) == -2
    out = d[keep].copy()
    out["day"] = pd.to_datetime(pd.to_numeric(out["day_time"]), unit="ms")
    return out.sort_values("day")


def _st_counts(d: pd.DataFrame) -> pd.Series:
    daily = _st_daily(d)
    return pd.Series(pd.to_numeric(daily["count"]).to_numpy(), index=daily["day"])


def _st_per_day_max(d: pd.DataFrame) -> pd.Series:
    day = pd.to_datetime(pd.to_numeric(d["day_time"]), unit="ms")
    return pd.to_numeric(d["count"]).groupby(day).max()


def _st_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def top(d: pd.DataFrame) -> pd.Timestamp:
        s = _st_counts(d)
        return s.groupby(s.index.to_period("M")).agg(how).idxmax().to_timestamp()

    return top


def _st_km(d: pd.DataFrame) -> float:
    return float(pd.to_numeric(_st_daily(d)["distance"]).sum()) / 1000


_ST_DAY = ("day_time", "source_type", "deviceuuid")

_STEPS_QS = [
    Q(
        "how many steps do i do a day on average",
        either(_about(lambda d: float(_st_counts(d).mean())), _about(lambda d: float(_st_per_day_max(d).mean()))),
        ("count", *_ST_DAY),
    ),
    Q("what was my best day ever", _day(lambda d: _st_counts(d).idxmax()), ("count", *_ST_DAY)),
    Q(
        "how many days did i hit 10k",
        either(
            _count(lambda d: float((_st_counts(d) >= 10000).sum())),
            _count(lambda d: float((_st_counts(d) > 10000).sum())),
        ),
        ("count", *_ST_DAY),
    ),
    Q(
        "which month was i most active",
        either(_month(_st_month("sum")), _month(_st_month("mean"))),
        ("count", *_ST_DAY),
    ),
    Q(
        "how far have i walked altogether",
        _scaled(lambda d: _st_km(d), (1e-3, 1.609344)),
        ("distance", "count", *_ST_DAY),
    ),
    Q(
        "do more steps mean more calories burned",
        either(
            _corr(lambda d: pd.to_numeric(_st_daily(d)["count"]), lambda d: pd.to_numeric(_st_daily(d)["calorie"])),
            _corr(lambda d: pd.to_numeric(d["count"]), lambda d: pd.to_numeric(d["calorie"])),
        ),
        ("count", "calorie", *_ST_DAY),
    ),
]


# --- 4. Calendly scheduled events ----------------------------------------------------------------------------------

_CA_TYPES = {
    "30 Minute Discovery Call": (30, None, 45),
    "60 Minute Strategy Session": (60, 150.0, 25),
    "15 Minute Quick Chat": (15, None, 20),
    "90 Minute Workshop": (90, 400.0, 10),
}
_CA_FIRST = (
    "Emma;Liam;Olivia;Noah;Ava;Ethan;Sophia;Mason;Isabella;Lucas;Mia;Aiden;Harper;Elijah;Amelia;James;"
    "Priya;Raj;Chen;Mei;Diego;Lucia;Omar;Fatima;Kenji;Yuki;Sven;Ingrid;Kwame;Ama"
)
_CA_LAST = (
    "Smith;Johnson;Brown;Garcia;Miller;Davis;Martinez;Lopez;Wilson;Anderson;Patel;Nguyen;Kim;Chen;Singh;"
    "Okafor;Schmidt;Rossi;Tanaka;Haddad"
)
_CA_ZONES = "America/New_York:40;America/Chicago:20;America/Los_Angeles:25;Europe/London:10;Asia/Kolkata:5"


def _phone(rng: np.random.Generator) -> str:
    return f"+1 {rng.integers(200, 990)}-{rng.integers(200, 990)}-{rng.integers(1000, 9999)}"


def _calendly_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10304)
    people = []
    for i in range(260):
        first = str(rng.choice(_CA_FIRST.split(";")))
        last = str(rng.choice(_CA_LAST.split(";")))
        domain = _draw(rng, "gmail.com:5;outlook.com:2;yahoo.com:1;acme.io:1;brightlabs.co:1")
        people.append((first, last, f"{first.lower()}.{last.lower()}{i}@{domain}", _draw(rng, _CA_ZONES)))
    weights = rng.pareto(1.5, len(people)) + 1
    weights /= weights.sum()
    rows: list[dict[str, Any]] = []
    types = list(_CA_TYPES)
    type_w = np.array([v[2] for v in _CA_TYPES.values()], dtype=float)
    for _ in range(640):
        first, last, email, zone = people[int(rng.choice(len(people), p=weights))]
        kind = types[int(rng.choice(len(types), p=type_w / type_w.sum()))]
        minutes, price, _w = _CA_TYPES[kind]
        week = pd.Timestamp("2023-01-02") + pd.Timedelta(weeks=int(rng.integers(0, 52)))
        day = week + pd.Timedelta(days=int(_draw(rng, "0:10;1:14;2:15;3:13;4:6;5:1")))
        start = day + pd.Timedelta(hours=int(rng.integers(9, 17)), minutes=int(_draw(rng, "0:3;30:2")))
        end = start + pd.Timedelta(minutes=minutes)
        lead = float(rng.exponential(6.0)) + 0.05
        created = start - pd.Timedelta(days=lead)
        canceled = rng.random() < 0.13
        who = _draw(rng, "invitee:3;host:1") if canceled else None
        reason = None
        if canceled and rng.random() < 0.7:
            reason = _draw(rng, "Scheduling conflict:4;Something came up:3;Need to reschedule:3;No longer needed:1")
        no_show = (not canceled) and start < pd.Timestamp("2023-12-20") and rng.random() < 0.06
        fmt = "%Y-%m-%d %I:%M %p"
        rows.append(
            {
                "Invitee Name": f"{first} {last}",
                "Invitee First Name": first,
                "Invitee Last Name": last,
                "Invitee Email": email,
                "Text Reminder Number": _phone(rng) if rng.random() < 0.12 else None,
                "Event Type Name": kind,
                "Start Date & Time": start.strftime(fmt).replace("AM", "am").replace("PM", "pm"),
                "End Date & Time": end.strftime(fmt).replace("AM", "am").replace("PM", "pm"),
                "Invitee Time Zone": zone,
                "Location": f"https://us02web.zoom.us/j/{rng.integers(10**9, 10**10)}"
                if rng.random() < 0.85
                else "+1 415-555-0134",
                "Event Created Date & Time": created.floor("min").strftime(fmt).replace("AM", "am").replace("PM", "pm"),
                "Canceled": "true" if canceled else "false",
                "Cancellation reason": reason,
                "Canceled By": (f"{first} {last}" if who == "invitee" else "Dana Whitfield") if canceled else None,
                "Marked as No-Show": "Yes" if no_show else None,
                "Event Price": f"{price:.2f}" if price else None,
                "Event Price Currency": "USD" if price else None,
            }
        )
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Start Date & Time"], format="%Y-%m-%d %I:%M %p").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _ca_when(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(d[col]), format="%Y-%m-%d %I:%M %p")


def _ca_canceled(d: pd.DataFrame) -> pd.Series:
    return _text(d["Canceled"]).str.lower() == "true"


def _ca_weekday(all_rows: bool) -> Callable[[pd.DataFrame], int]:
    def top(d: pd.DataFrame) -> int:
        keep = pd.Series(True, index=d.index) if all_rows else ~_ca_canceled(d)
        return int(_top(_ca_when(d, "Start Date & Time")[keep].dt.day_of_week.value_counts()))

    return top


def _ca_lead(how: str, all_rows: bool) -> Callable[[pd.DataFrame], float]:
    def lead(d: pd.DataFrame) -> float:
        keep = pd.Series(True, index=d.index) if all_rows else ~_ca_canceled(d)
        gap = _ca_when(d, "Start Date & Time") - _ca_when(d, "Event Created Date & Time")
        return float((gap[keep].dt.total_seconds() / 86400).agg(how))

    return lead


_CA_DAY = ("Start Date & Time", "Canceled")

_CALENDLY_QS = [
    Q(
        "how many meetings did people book with me",
        either(_count(lambda d: float(len(d))), _count(lambda d: float((~_ca_canceled(d)).sum()))),
        ("Invitee Name", "Invitee Email", *_CA_DAY, "Event Created Date & Time"),
    ),
    Q("what fraction got canceled", _share(lambda d: float(_ca_canceled(d).mean())), ("Canceled", "Start Date & Time")),
    Q(
        "which kind of meeting is most popular",
        either(
            _lead(_named(lambda d: _top(_text(d["Event Type Name"]).value_counts()))),
            _lead(_named(lambda d: _top(_text(d["Event Type Name"])[~_ca_canceled(d)].value_counts()))),
        ),
        ("Event Type Name", "Canceled"),
    ),
    Q(
        "busiest day of the week?",
        either(_weekday(_ca_weekday(True)), _weekday(_ca_weekday(False))),
        _CA_DAY,
    ),
    Q(
        "how many days ahead do people usually book",
        either(*(_about(_ca_lead(h, a)) for h in ("mean", "median") for a in (True, False))),
        (*_CA_DAY, "Event Created Date & Time", "End Date & Time"),
    ),
    Q(
        "how many no shows were there",
        _count(lambda d: float((_text(d["Marked as No-Show"]).str.lower() == "yes").sum())),
        ("Marked as No-Show", *_CA_DAY),
    ),
]


# --- 5. USAspending prime award summaries (contracts) --------------------------------------------------------------

_US_VENDORS = (
    "MCKESSON CORPORATION:14|CA|DELIVERY ORDER|424210|DRUGS AND DRUGGISTS' SUNDRIES MERCHANT WHOLESALERS;"
    "CERNER GOVERNMENT SERVICES, INC.:10|VA|DEFINITIVE CONTRACT|541512|COMPUTER SYSTEMS DESIGN SERVICES;"
    "BOOZ ALLEN HAMILTON INC.:7|VA|DELIVERY ORDER|541611|ADMINISTRATIVE MANAGEMENT AND GENERAL MANAGEMENT CONSULTING "
    "SERVICES;"
    "OPTUM PUBLIC SECTOR SOLUTIONS, INC.:9|MN|DEFINITIVE CONTRACT|524292|THIRD PARTY ADMINISTRATION OF INSURANCE AND "
    "PENSION FUNDS;"
    "TRIWEST HEALTHCARE ALLIANCE CORP.:8|AZ|DEFINITIVE CONTRACT|524114|DIRECT HEALTH AND MEDICAL INSURANCE CARRIERS;"
    "CARDINAL HEALTH 200, LLC:4|OH|DELIVERY ORDER|423450|MEDICAL, DENTAL, AND HOSPITAL EQUIPMENT AND SUPPLIES "
    "MERCHANT WHOLESALERS;"
    "LEIDOS, INC.:4|VA|DELIVERY ORDER|541512|COMPUTER SYSTEMS DESIGN SERVICES;"
    "CLARK CONSTRUCTION GROUP, LLC:3|MD|DEFINITIVE CONTRACT|236220|COMMERCIAL AND INSTITUTIONAL BUILDING CONSTRUCTION;"
    "SIEMENS MEDICAL SOLUTIONS USA, INC.:3|PA|DELIVERY ORDER|334510|ELECTROMEDICAL AND ELECTROTHERAPEUTIC APPARATUS "
    "MANUFACTURING;"
    "VETERANS ENTERPRISE TECHNOLOGY SOLUTIONS, INC.:2|TX|DELIVERY ORDER|541519|OTHER COMPUTER RELATED SERVICES;"
    "AMERICAN MEDICAL RESPONSE, INC.:1|CO|PURCHASE ORDER|621910|AMBULANCE SERVICES;"
    "TRUE NORTH MECHANICAL LLC:1|WI|PURCHASE ORDER|238220|PLUMBING, HEATING, AND AIR-CONDITIONING CONTRACTORS;"
    "BLUE RIDGE MEDICAL SUPPLY LLC:1|NC|BPA CALL|423450|MEDICAL, DENTAL, AND HOSPITAL EQUIPMENT AND SUPPLIES "
    "MERCHANT WHOLESALERS;"
    "PATRIOT JANITORIAL SERVICES INC:1|GA|PURCHASE ORDER|561720|JANITORIAL SERVICES;"
    "SUMMIT FACILITY SOLUTIONS LLC:1|TX|DEFINITIVE CONTRACT|561210|FACILITIES SUPPORT SERVICES;"
    "NOVA DIAGNOSTICS LLC:1|FL|PURCHASE ORDER|325413|IN-VITRO DIAGNOSTIC SUBSTANCE MANUFACTURING;"
    "EAGLE EYE IT SOLUTIONS LLC:1|VA|BPA CALL|541519|OTHER COMPUTER RELATED SERVICES;"
    "FREEDOM BUILDERS GROUP LLC:1|NM|DEFINITIVE CONTRACT|236220|COMMERCIAL AND INSTITUTIONAL BUILDING CONSTRUCTION"
)
_US_BIG = ("MCKESSON", "CERNER", "BOOZ", "OPTUM", "TRIWEST", "CARDINAL", "LEIDOS", "SIEMENS")
_US_OFFICES = (
    "NETWORK CONTRACT OFFICE 8 (36C248);NETWORK CONTRACT OFFICE 20 (36C260);"
    "STRATEGIC ACQUISITION CENTER (36C10G);TECHNOLOGY ACQUISITION CENTER (36C10B);"
    "NATIONAL ACQUISITION CENTER (36A797);CFM CONSTRUCTION NATIONAL (36C776)"
)


def _usaspending_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10305)
    vendors = []
    for item in _US_VENDORS.split(";"):
        name_w, state, kind, naics, desc = item.split("|")
        name, w = name_w.rsplit(":", 1)
        vendors.append((name, float(w), state, kind, naics, desc))
    vw = np.array([v[1] for v in vendors])
    uei = {v[0]: "".join(rng.choice(list("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), 12)) for v in vendors}
    offices = _US_OFFICES.split(";")
    rows: list[dict[str, Any]] = []
    for _ in range(1800):
        name, _w, state, kind, naics, desc = vendors[int(rng.choice(len(vendors), p=vw / vw.sum()))]
        big = name.startswith(_US_BIG)
        if not big and rng.random() < 0.3:
            kind = _draw(rng, "PURCHASE ORDER:4;DEFINITIVE CONTRACT:2;BPA CALL:2;DELIVERY ORDER:1")
        scale = 2_400_000 if big else 180_000
        amount = round(float(scale * np.exp(rng.normal(0, 1.3))), 2)
        if rng.random() < 0.05:
            amount = -round(float(rng.uniform(500, 60_000)), 2)
        action = pd.Timestamp("2020-10-01") + pd.Timedelta(days=int(rng.integers(0, 1095)))
        fy = action.year + (1 if action.month >= 10 else 0)
        amount = round(amount * {2021: 0.85, 2022: 1.0, 2023: 1.15}[fy], 2)
        if big:
            aside = "NO SET ASIDE USED." if rng.random() < 0.9 else None
        else:
            aside = (
                _draw(
                    rng,
                    "SERVICE-DISABLED VETERAN-OWNED SMALL BUSINESS SET ASIDE:45;"
                    "SMALL BUSINESS SET ASIDE - TOTAL:20;NO SET ASIDE USED.:20;8(A) SOLE SOURCE:8;"
                    "HUBZONE SET-ASIDE:4;:3",
                )
                or None
            )
        office = str(rng.choice(offices))
        code = office[-7:-1]
        piid = f"{code}{fy % 100:02d}{_draw(rng, 'C:3;F:4;P:2;A:1')}{int(rng.integers(1, 9999)):04d}"
        current = max(amount, 0) * float(rng.uniform(1.0, 1.4))
        rows.append(
            {
                "contract_award_unique_key": f"CONT_AWD_{piid}_3600_-NONE-_-NONE-",
                "award_id_piid": piid,
                "total_dollars_obligated": amount,
                "current_total_value_of_award": round(current, 2),
                "potential_total_value_of_award": round(current * float(rng.uniform(1.0, 2.5)), 2),
                "awarding_agency_name": "Department of Veterans Affairs",
                "awarding_sub_agency_name": "Department of Veterans Affairs",
                "awarding_office_name": office,
                "recipient_name": name,
                "recipient_uei": uei[name],
                "recipient_state_code": state,
                "award_base_action_date": action.strftime("%Y-%m-%d"),
                "award_base_action_date_fiscal_year": fy,
                "period_of_performance_current_end_date": (
                    action + pd.Timedelta(days=int(rng.integers(30, 1800)))
                ).strftime("%Y-%m-%d"),
                "award_type": kind,
                "naics_code": int(naics),
                "naics_description": desc,
                "type_of_set_aside": aside,
            }
        )
    return pd.DataFrame(rows)


def _us_amount(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["total_dollars_obligated"], errors="coerce").fillna(0.0)


def _us_by_recipient(d: pd.DataFrame) -> pd.Series:
    return _ranked(_us_amount(d).groupby(_text(d["recipient_name"])).sum())


def _us_top5_share(d: pd.DataFrame) -> float:
    by = _us_by_recipient(d)
    return float(by.iloc[:5].sum() / _us_amount(d).sum())


def _us_top5_share_positive(d: pd.DataFrame) -> float:
    by = _us_by_recipient(d)
    return float(by.iloc[:5].sum() / _us_amount(d).clip(lower=0).sum())


def _us_small(how: str) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        aside = _text(d["type_of_set_aside"])
        if how == "exact":
            return float((aside == "SMALL BUSINESS SET ASIDE - TOTAL").sum())
        if how == "contains":
            return float(aside.str.contains("SMALL BUSINESS").sum())
        return float(((aside != "") & (aside != "NO SET ASIDE USED.")).sum())

    return count


def _us_top_fy(d: pd.DataFrame) -> int:
    return int(_top(_us_amount(d).groupby(pd.to_numeric(d["award_base_action_date_fiscal_year"])).sum()))


_US_WHO = ("recipient_name", "recipient_uei", "total_dollars_obligated", "contract_award_unique_key", "award_id_piid")

_USASPENDING_QS = [
    Q(
        "how much money did they give out in contracts",
        _scaled(lambda d: float(_us_amount(d).sum()), (1e3, 1e6, 1e9)),
        ("total_dollars_obligated", "award_base_action_date", "award_base_action_date_fiscal_year"),
    ),
    Q(
        "top 5 companies by money",
        _top_named(_us_by_recipient, 5),
        _US_WHO,
    ),
    Q(
        "what share of the total do those five get",
        either(_share(_us_top5_share), _share(_us_top5_share_positive)),
        _US_WHO,
    ),
    Q(
        "how many awards were small business set asides",
        either(*(_count(_us_small(h)) for h in ("exact", "contains", "any"))),
        ("type_of_set_aside", "contract_award_unique_key", "award_id_piid"),
    ),
    Q(
        "which fiscal year had the most spending",
        _year(_us_top_fy),
        ("total_dollars_obligated", "award_base_action_date_fiscal_year", "award_base_action_date"),
    ),
    Q(
        "how many have a negative amount",
        _count(lambda d: float((_us_amount(d) < 0).sum())),
        ("total_dollars_obligated", "contract_award_unique_key", "award_id_piid"),
    ),
]


# --- 6. EIA weekly retail gasoline prices --------------------------------------------------------------------------

_EIA_AREAS = {
    "U.S.": 0.0,
    "East Coast": 0.0,
    "New England (PADD 1A)": 0.07,
    "Central Atlantic (PADD 1B)": 0.05,
    "Lower Atlantic (PADD 1C)": -0.07,
    "Midwest": -0.04,
    "Gulf Coast": -0.2,
    "Rocky Mountain": 0.03,
    "West Coast": 0.33,
    "California": 0.48,
}


def _eia_col(area: str) -> str:
    return f"Weekly {area} Regular All Formulations Retail Gasoline Prices  (Dollars per Gallon)"


# rough national level by year (dollars per gallon), interpolated
_EIA_LEVEL = {
    1993: 1.07,
    1996: 1.23,
    1998: 1.06,
    2000: 1.52,
    2002: 1.36,
    2004: 1.88,
    2006: 2.59,
    2008: 3.3,
    2009: 2.35,
    2011: 3.53,
    2014: 3.36,
    2015: 2.43,
    2016: 2.14,
    2018: 2.72,
    2020: 2.17,
    2021: 3.01,
    2022: 3.95,
    2023: 3.52,
    2024: 3.3,
}


def _eia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10306)
    weeks = pd.date_range("1993-04-05", "2023-12-25", freq="7D")
    years = np.array(sorted(_EIA_LEVEL))
    t = weeks.year + (weeks.day_of_year - 1) / 365.0
    base = np.interp(t, years, [_EIA_LEVEL[y] for y in years])
    noise = np.cumsum(rng.normal(0, 0.025, len(weeks)))
    noise -= pd.Series(noise).rolling(26, min_periods=1, center=True).mean().to_numpy()
    season = 0.06 * np.sin(2 * np.pi * (weeks.day_of_year - 60) / 365)
    us = base + noise + season
    spike = (weeks >= "2022-05-15") & (weeks <= "2022-07-10")
    us = us + np.where(spike, 0.9 * np.sin(np.pi * (weeks - pd.Timestamp("2022-05-15")).days / 56.0), 0.0)
    out: dict[str, Any] = {"Date": weeks.strftime("%b %d, %Y")}
    parts = {}
    for area, offset in _EIA_AREAS.items():
        if area in ("U.S.", "East Coast"):
            continue
        wander = np.cumsum(rng.normal(0, 0.01, len(weeks)))
        wander -= pd.Series(wander).rolling(20, min_periods=1, center=True).mean().to_numpy()
        scale = 1.0 + (0.15 if area in ("California", "West Coast") else 0.0) * (base - 2.0) / 2.0
        parts[area] = us + offset * np.clip(scale, 0.6, 1.6) + wander
    east = (
        parts["New England (PADD 1A)"] + 2 * parts["Central Atlantic (PADD 1B)"] + 3 * parts["Lower Atlantic (PADD 1C)"]
    ) / 6
    for area in _EIA_AREAS:
        series = us if area == "U.S." else east if area == "East Coast" else parts[area]
        values = pd.Series(np.round(series, 3))
        if area == "California":
            values[weeks < "2000-05-01"] = np.nan
        out[_eia_col(area)] = values.to_numpy()
    frame = pd.DataFrame(out)
    gaps = rng.choice(len(frame), 4, replace=False)
    frame.loc[gaps, _eia_col("Rocky Mountain")] = np.nan
    return frame


_EIA_US = _eia_col("U.S.")


def _eia_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]), format="%b %d, %Y")


def _eia_us(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d[_EIA_US], errors="coerce")


def _eia_priciest(common: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        cols = [_eia_col(a) for a in _EIA_AREAS if a != "U.S."]
        block = d[cols].apply(pd.to_numeric, errors="coerce")
        if common:
            block = block.dropna()
        means = block.mean()
        means.index = [a for a in _EIA_AREAS if a != "U.S."]
        return _top(means)

    return top


def _eia_gulf_gap(d: pd.DataFrame) -> float:
    gap = _eia_us(d) - pd.to_numeric(d[_eia_col("Gulf Coast")], errors="coerce")
    return float(gap.mean())


def _eia_year(how: str) -> Callable[[pd.DataFrame], int]:
    def pick(d: pd.DataFrame) -> int:
        by = _eia_us(d).groupby(_eia_dates(d).dt.year).mean()
        return int(by.idxmin() if how == "min" else by.idxmax())

    return pick


_EIA_DATE = ("Date",)
_EIA_GULF = _eia_col("Gulf Coast")

_EIA_QS = [
    Q(
        "what's the highest the national average has ever been, and when",
        both(_about(lambda d: float(_eia_us(d).max())), _year(lambda d: int(_eia_dates(d)[_eia_us(d).idxmax()].year))),
        (_EIA_US, *_EIA_DATE),
    ),
    Q(
        "which region is usually the most expensive",
        either(_lead(_named(_eia_priciest(False))), _lead(_named(_eia_priciest(True)))),
        tuple(_eia_col(a) for a in _EIA_AREAS) + _EIA_DATE,
    ),
    Q(
        "average national price in 2022?",
        _about(lambda d: float(_eia_us(d)[_eia_dates(d).dt.year == 2022].mean())),
        (_EIA_US, *_EIA_DATE),
    ),
    Q(
        "how many weeks was gas over $4 nationally",
        either(_count(lambda d: float((_eia_us(d) > 4).sum())), _count(lambda d: float((_eia_us(d) >= 4).sum()))),
        (_EIA_US, *_EIA_DATE),
    ),
    Q(
        "how much cheaper is the gulf coast than the national average, typically",
        either(
            _about(_eia_gulf_gap, rel=0.02),
            _about(lambda d: float((_eia_us(d) - pd.to_numeric(d[_EIA_GULF], errors="coerce")).median()), rel=0.02),
        ),
        (_EIA_US, _EIA_GULF, *_EIA_DATE),
    ),
    Q("which year had the cheapest gas on average", _year(_eia_year("min")), (_EIA_US, *_EIA_DATE)),
]


# --- 7. parkrun event results --------------------------------------------------------------------------------------

_PR_FIRST_M = "James;Tom;Dave;Chris;Mark;Paul;Ben;Sam;Matt;Rob;Steve;Gareth;Owen;Raj;Lewis;Jack;Harry;Alfie"
_PR_FIRST_F = "Sarah;Emma;Kate;Lucy;Claire;Rachel;Jo;Amy;Helen;Gemma;Sophie;Priya;Niamh;Megan;Ellie;Ruth;Zoe"
_PR_LAST = (
    "SMITH;JONES;TAYLOR;BROWN;WILLIAMS;WILSON;EVANS;THOMAS;ROBERTS;WALKER;WRIGHT;HUGHES;GREEN;HALL;"
    "LEWIS;HARRIS;CLARKE;PATEL;KHAN;MORGAN;MURPHY;KELLY"
)
_PR_CLUBS = "Riverside Runners;Parkside Striders;Tri Club North;Harriers AC"


def _pr_band(age: int, sex: str) -> str:
    lead = ("J" if age < 18 else "S" if age < 35 else "V") + ("M" if sex == "Male" else "W")
    if age < 11:
        return lead + "10"
    if age < 15:
        return lead + "11-14"
    if age < 18:
        return lead + "15-17"
    if age < 20:
        return lead + "18-19"
    lo = 20 if age < 25 else (age // 5) * 5
    return f"{lead}{lo}-{lo + 4}"


def _clock(secs: float) -> str:
    s = round(secs)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _fresh(name: str, used: set[str]) -> str:
    """The name, with a middle initial when someone else already has it ("Dave J WILLIAMS")."""
    out, k = name, 0
    while out in used:
        first, last = name.split(" ", 1)
        out = f"{first} {'ABCDEFGHJKLMNPRSTW'[k % 18]}{'' if k < 18 else k // 18} {last}"
        k += 1
    used.add(out)
    return out


def _parkrun_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10307)
    people = []
    names: set[str] = set()
    for _i in range(700):
        sex = "Male" if rng.random() < 0.53 else "Female"
        first = str(rng.choice((_PR_FIRST_M if sex == "Male" else _PR_FIRST_F).split(";")))
        age = int(np.clip(rng.normal(42, 14), 8, 80))
        base = (26.5 if sex == "Male" else 30.5) * 60 * (1 + 0.006 * abs(age - 30)) * float(np.exp(rng.normal(0, 0.17)))
        loyalty = min(3.0, float(rng.pareto(1.2) + 0.2))
        club = str(rng.choice(_PR_CLUBS.split(";"))) if rng.random() < 0.22 else None
        prior = int(rng.integers(0, 250)) if rng.random() < 0.7 else 0
        people.append(
            {
                "name": _fresh(f"{first} {rng.choice(_PR_LAST.split(';'))}", names),
                "id": 100000 + int(rng.integers(1, 9_000_000)),
                "sex": sex,
                "age": age,
                "base": base,
                "w": loyalty,
                "club": club,
                "runs": prior,
                "here": 0,
                "pb": None,
            }
        )
    people[17]["w"] = 60.0
    w = np.array([p["w"] for p in people])
    w /= w.sum()
    rows: list[dict[str, Any]] = []
    saturdays = pd.date_range("2023-01-07", "2023-12-30", freq="7D")
    event = 412
    for sat in saturdays:
        if sat in (pd.Timestamp("2023-01-21"), pd.Timestamp("2023-12-23")):
            continue
        event += 1
        n = int(rng.normal(85, 12) * (1.35 if sat.month == 1 else 1.0) * (0.85 if sat.month in (7, 8) else 1.0))
        chosen = rng.choice(len(people), size=min(n, 400), replace=False, p=w)
        results = []
        for k in chosen:
            p = people[int(k)]
            time = p["base"] * float(np.exp(rng.normal(0, 0.04))) * (1.03 if sat.month in (7, 8) else 1.0)
            results.append((time, p))
        for _ in range(int(rng.integers(0, 4))):
            results.append((float(rng.uniform(22, 45) * 60), None))
        results.sort(key=lambda x: x[0])
        gender_pos = {"Male": 0, "Female": 0}
        for pos, (time, p) in enumerate(results, start=1):
            if p is None:
                rows.append(
                    {
                        "Run Date": sat.strftime("%d/%m/%Y"),
                        "Event Number": event,
                        "Position": pos,
                        "parkrunner": "Unknown",
                        "Athlete ID": None,
                        "Gender": None,
                        "Gender Position": None,
                        "Age Group": None,
                        "Age Grade": None,
                        "Club": None,
                        "Time": _clock(time),
                        "Note": None,
                        "Total Runs": None,
                    }
                )
                continue
            gender_pos[p["sex"]] += 1
            p["runs"] += 1
            p["here"] += 1
            if p["here"] == 1:
                note = "First Timer!"
                p["pb"] = time
            elif time < p["pb"]:
                note = "New PB!"
                p["pb"] = time
            else:
                best = round(p["pb"])
                note = f"PB stays at {best // 3600:02d}:{best % 3600 // 60:02d}:{best % 60:02d}"
            factor = {"Male": 14.5 * 60, "Female": 16.2 * 60}[p["sex"]] * (1 + 0.006 * max(0, p["age"] - 30))
            rows.append(
                {
                    "Run Date": sat.strftime("%d/%m/%Y"),
                    "Event Number": event,
                    "Position": pos,
                    "parkrunner": p["name"],
                    "Athlete ID": p["id"],
                    "Gender": p["sex"],
                    "Gender Position": gender_pos[p["sex"]],
                    "Age Group": _pr_band(p["age"], p["sex"]),
                    "Age Grade": f"{min(99.9, 100 * factor / time):.2f}%",
                    "Club": p["club"],
                    "Time": _clock(time),
                    "Note": note,
                    "Total Runs": p["runs"],
                }
            )
    return pd.DataFrame(rows)


def _pr_minutes(d: pd.DataFrame) -> pd.Series:
    parts = _text(d["Time"]).str.split(":")
    return parts.map(lambda x: sum(int(v) * 60**i for i, v in enumerate(reversed(x))) / 60 if x and x[0] else np.nan)


def _pr_typical(how: str, women: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        t = _pr_minutes(d)
        if women:
            t = t[_text(d["Gender"]) == "Female"]
        return float(t.agg(how))

    return value


def _pr_turnout(d: pd.DataFrame) -> pd.Timestamp:
    when = pd.to_datetime(_text(d["Run Date"]), format="%d/%m/%Y")
    return pd.Timestamp(_top(when.dt.strftime("%Y-%m-%d").value_counts()))


def _pr_regular(d: pd.DataFrame) -> str:
    known = d[_text(d["parkrunner"]) != "Unknown"]
    counts = _text(known["Athlete ID"].astype("string")).groupby(_text(known["parkrunner"])).size()
    return _top(counts)


def _pr_pb_share(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(d: pd.DataFrame) -> float:
        base = d[_text(d["parkrunner"]) != "Unknown"] if known_only else d
        return float((_text(base["Note"]) == "New PB!").mean())

    return rate


def _pr_people(d: pd.DataFrame) -> float:
    return float(pd.to_numeric(d["Athlete ID"], errors="coerce").dropna().nunique())


_PR_WHO = ("parkrunner", "Athlete ID", "Run Date", "Event Number")

_PARKRUN_QS = [
    Q(
        "how many different people have run it this year",
        either(
            _count(_pr_people),
            _count(lambda d: _pr_people(d) + 1),
            _count(lambda d: float(_text(d["parkrunner"])[_text(d["parkrunner"]) != "Unknown"].nunique())),
        ),
        _PR_WHO,
    ),
    Q(
        "what's the typical finish time",
        either(_minutes(_pr_typical("mean", False)), _minutes(_pr_typical("median", False))),
        ("Time", *_PR_WHO),
    ),
    Q(
        "and for women?",
        either(_minutes(_pr_typical("mean", True)), _minutes(_pr_typical("median", True))),
        ("Time", "Gender", *_PR_WHO),
    ),
    Q("which week had the biggest turnout", _day(_pr_turnout), ("Run Date", "Event Number", "Position", "parkrunner")),
    Q("who turned up here the most weeks", _lead(_named(_pr_regular)), _PR_WHO),
    Q(
        "what share of finishers set a pb",
        either(_share(_pr_pb_share(False)), _share(_pr_pb_share(True))),
        ("Note", *_PR_WHO),
    ),
]


HELDOUT103: list[Dataset] = [
    Dataset("ynab_register_export", _ynab_frame, _YNAB_QS),
    Dataset("chess_com_game_archive", _chess_frame, _CHESS_QS),
    Dataset("samsung_health_steps", _steps_frame, _STEPS_QS),
    Dataset("calendly_scheduled_events", _calendly_frame, _CALENDLY_QS),
    Dataset("usaspending_contract_awards", _usaspending_frame, _USASPENDING_QS),
    Dataset("eia_weekly_retail_gasoline_prices", _eia_frame, _EIA_QS),
    Dataset("parkrun_event_results", _parkrun_frame, _PARKRUN_QS),
]
