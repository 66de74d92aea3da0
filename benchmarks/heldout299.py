"""HELDOUT299: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a horse boarding stable's
monthly invoices (January 2023 to December 2024, one row per horse per month, horses arriving and leaving, owners
with several horses) with Month as "Jan 2024", Horse, Owner, "Board Type" (Pasture, Paddock, Stall), "Board Fee" as
"$850.00" (rates up 5% in 2024), "Farrier Visits" (0 to 2), "Farrier Charge" as "$180.00" ("$0.00" when none), "Vet
Charge" as "$245.00" (blank when there was no vet call), "Total Invoice" as "$1,275.00" (the three charges added up)
and Paid (Y/N, unpaid ones mostly recent and from a few slow payers); a boxing gym's check-in export (January to June
2024, one row per check-in, a few double scans repeated exactly) with "Checked In" as "03/05/2024 6:02 PM", "Member
ID" as "M1043", Membership (Basic, Unlimited, Fight Team), Class (Bag Work, Sparring, Conditioning, Open Gym), Coach
(blank for Open Gym) and Minutes (blank when the member never checked out); an esports team's map-by-map match
history (2022 to 2024, two or three maps per series) with Date as "2023-04-16", Tournament, Opponent, Map (seven
Valorant maps), Result (W/L), "Rounds Won" and "Rounds Lost" (first to 13, overtime 14-12 and up), "Team K/D" as
1.08 (a few blank) and MVP (a player handle); a church bingo night sales sheet (Tuesday and Friday nights, 2021 to
2024) with Date as "1/8/2021", Attendance (a few blank), "Cards Sold", "Card Revenue", "Concession Sales" and "Prizes
Paid" as "$1,254.00", "Jackpot Won" (Y/N) and Volunteers, and a TOTAL row at the bottom summing every number column;
a jewelry repair shop's tickets (2023 and 2024, repeat customers) with "Ticket #" as 10452, Received, Promised and
"Picked Up" as "03/02/2024" ("Picked Up" blank while the item waits), Item (Ring, Necklace, Watch, Bracelet), "Repair
Type" (Ring Sizing, Prong Retip, Chain Solder, Battery, ...), Metal ("14K Yellow", "Sterling Silver", "Stainless
Steel" ...), Quote and "Final Price" as "$65.00" ("Final Price" blank until picked up) and Customer as "LAST, FIRST";
a city ambulance service's run reports (public data, 2023, one row per unit per call, a second unit on some
incidents repeating the INCIDENT_NO) with INCIDENT_NO as "E23-004512", CALL_RECEIVED, DISPATCHED, EN_ROUTE, AT_SCENE
and AT_HOSPITAL as "05/14/2023 01:42:10 PM" (AT_SCENE blank when cancelled en route, AT_HOSPITAL blank unless
transported), PRIORITY (1 to 3), upper-case CALL_TYPE, UNIT as "M12", TRANSPORTED (Y/N) and upper-case DESTINATION
(blank unless transported); and a county road department's storm salt log (public data, winters 2020-21 to 2023-24,
one row per storm per district) with STORM_DATE as "2023-01-12", SEASON as "2022-23", upper-case DISTRICT,
LANE_MILES_TREATED, SALT_TONS, BRINE_GAL (blank before the brine program began in 2022-23), TRUCKS, OT_HOURS and
SNOWFALL_IN ("T" for a trace). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _minutes(value: Callable[[pd.DataFrame], float]) -> Check:
    """A time in minutes: decimal minutes (1% or 0.05), "m:ss" (to 3 seconds) or seconds (1%)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m in re.finditer(r"(?<![\d:])(\d{1,3}):(\d{2})(?![\d:])", answer):
            if abs(int(m.group(1)) * 60 + int(m.group(2)) - want * 60) <= 3:
                return None
        if _about(lambda _d: want)(answer, df) is None:
            return None
        if _about(lambda _d: want * 60)(answer, df) is None:
            return None
        return f"missing time {want:.3f} min"

    return check


def _typical_minutes(values: Callable[[pd.DataFrame], pd.Series]) -> Check:
    return either(_minutes(lambda df: float(values(df).mean())), _minutes(lambda df: float(values(df).median())))


# --- 1. Horse boarding stable monthly invoices ---------------------------------------------------------------------

_HB_FEE = {"Pasture": 450.0, "Paddock": 600.0, "Stall": 850.0}


def _horse_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29901)
    horses = ["Biscuit", "Duke", "Maverick", "Willow", "Apache", "Sugar", "Rocky", "Jasper", "Penny", "Shadow"]
    horses += ["Dakota", "Bella", "Cash", "Gypsy", "Remington", "Luna", "Tucker", "Chance", "Ginger", "Scout"]
    horses += ["Blue", "Hank", "Rosie", "Boone", "Misty", "Ranger", "Clover", "Flash", "Daisy", "Whiskey"]
    horses += ["Comet", "Marley", "Tango", "Sage"]
    owners = ["Karen Whitfield", "Tom Alvarez", "Jenna Brooks", "Dr. Paul Siegel", "Megan O'Neil", "Rita Castillo"]
    owners += ["Bill Harper", "Amanda Cho", "Lisa Tran", "Greg Morrow", "Stacy Dunn", "The Lang Family"]
    owners += ["Heather Poole", "Nate Greer", "Carol Ruiz", "Danielle Fox", "Sam Whitaker", "Hope Valley 4-H"]
    slow = {"Greg Morrow", "Stacy Dunn", "Nate Greer"}
    months = pd.period_range("2023-01", "2024-12", freq="M")
    rows: list[dict[str, Any]] = []
    for horse in horses:
        owner = str(_one(rng, owners))
        board = str(_one(rng, list(_HB_FEE), [3, 2, 5]))
        shod = rng.random() < (0.7 if board == "Stall" else 0.35)
        first = int(rng.integers(0, 14)) if rng.random() < 0.4 else 0
        last = int(rng.integers(first + 6, 24)) if rng.random() < 0.3 else 23
        for k in range(first, last + 1):
            month = months[k]
            fee = round(_HB_FEE[board] * (1.05 if month.year == 2024 else 1.0), 2)
            visits = int(_one(rng, [0, 1, 2], [5, 9, 1]))
            farrier = visits * (180.0 if shod else 55.0)
            vet = float(round(rng.gamma(1.5, 160) / 5) * 5 + 85) if rng.random() < 0.22 else 0.0
            if month.month in (4, 5) and rng.random() < 0.5:
                vet += 165.0  # spring shots and Coggins
            unpaid = 0.02 + (0.25 if owner in slow else 0.0) + (0.35 if k >= 21 else 0.0)
            rows.append(
                {
                    "Month": month.strftime("%b %Y"),
                    "Horse": horse,
                    "Owner": owner,
                    "Board Type": board,
                    "Board Fee": f"${fee:,.2f}",
                    "Farrier Visits": visits,
                    "Farrier Charge": f"${farrier:,.2f}",
                    "Vet Charge": f"${vet:,.2f}" if vet else "",
                    "Total Invoice": f"${fee + farrier + vet:,.2f}",
                    "Paid": "N" if rng.random() < unpaid else "Y",
                }
            )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Month"], format="%b %Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _hb_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Month"], format="%b %Y")


def _hb_fees(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def fees(df: pd.DataFrame) -> list[float]:
        fee = _num(df, "Board Fee").groupby(_text(df, "Board Type")).agg(how)
        return [float(fee["Stall"]), float(fee["Pasture"])]

    return fees


def _hb_unpaid(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Paid") == "N"


_HB_QS = [
    Q(
        "how many horses do we board",
        either(
            _count(lambda df: int(_text(df, "Horse").nunique())),
            _count(lambda df: int(_text(df, "Horse")[_hb_month(df) == _hb_month(df).max()].nunique())),
        ),
        ("Horse", "Month"),
    ),
    Q(
        "what did we bill in total in 2024",
        _amount(lambda df: float(_num(df, "Total Invoice")[_hb_month(df).dt.year == 2024].sum())),
        ("Total Invoice", "Month"),
    ),
    Q(
        "avg board for a stall vs pasture?",
        either(_about(_hb_fees("mean")), _about(_hb_fees("median"))),
        ("Board Fee", "Board Type"),
    ),
    Q("what % of invoices havent been paid", _share(lambda df: float(_hb_unpaid(df).mean())), ("Paid",)),
    Q(
        "which owner owes us the most",
        _lead(_named(lambda df: _top(_num(df, "Total Invoice")[_hb_unpaid(df)].groupby(_text(df, "Owner")).sum()))),
        ("Owner", "Total Invoice", "Paid"),
    ),
    Q(
        "which month had the biggest vet bills",
        _lead(_month_year(lambda df: _num(df, "Vet Charge").fillna(0).groupby(_hb_month(df)).sum().idxmax())),
        ("Month", "Vet Charge"),
    ),
]


# --- 2. Boxing gym check-in export ---------------------------------------------------------------------------------

_BX_COACH = {"Bag Work": ["Ray", "Tasha"], "Sparring": ["Big Mike", "Ray"], "Conditioning": ["Tasha", "Leo"]}
_BX_MIN = {"Bag Work": (45, 65), "Sparring": (55, 95), "Conditioning": (40, 55), "Open Gym": (25, 120)}
_BX_CLASS = {"Basic": [4, 1, 4, 3], "Unlimited": [5, 2, 4, 4], "Fight Team": [3, 6, 2, 3]}


def _boxing_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29902)
    tiers = {f"M{1000 + i}": str(_one(rng, list(_BX_CLASS), [5, 4, 1])) for i in range(240)}
    activity = {m: float(rng.gamma(1.5, 1.0)) * (2.0 if t == "Fight Team" else 1.0) for m, t in tiers.items()}
    members = list(tiers)
    days = pd.date_range("2024-01-02", "2024-06-30")
    day_w = np.array([{0: 1.35, 1: 1.05, 2: 1.15, 3: 1.0, 4: 0.8, 5: 0.65, 6: 0.3}[d.dayofweek] for d in days])
    day_w *= np.array([1.2 if d.month == 1 else 1.0 for d in days])
    rows: list[dict[str, Any]] = []
    for _ in range(3150):
        member = str(_one(rng, members, [activity[m] for m in members]))
        tier = tiers[member]
        day = days[int(rng.choice(len(days), p=day_w / day_w.sum()))]
        cls = str(_one(rng, ["Bag Work", "Sparring", "Conditioning", "Open Gym"], _BX_CLASS[tier]))
        hour = int(_one(rng, [6, 7, 12, 16, 17, 18, 19], [3, 2, 2, 2, 4, 5, 3]))
        stamp = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
        lo, hi = _BX_MIN[cls]
        rows.append(
            {
                "Checked In": f"{stamp:%m/%d/%Y} {stamp:%I:%M %p}".replace(" 0", " "),
                "Member ID": member,
                "Membership": tier,
                "Class": cls,
                "Coach": str(_one(rng, _BX_COACH[cls])) if cls in _BX_COACH else "",
                "Minutes": "" if rng.random() < 0.04 else int(rng.integers(lo, hi + 1)),
            }
        )
    df = pd.DataFrame(rows)
    dup = df.sample(n=28, random_state=29902)
    df = pd.concat([df, dup])
    order = _bx_time(df).argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _bx_time(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Checked In"], format="%m/%d/%Y %I:%M %p")


def _bx_march(df: pd.DataFrame, cls: str | None = None, dedupe: bool = False) -> int:
    d = df.drop_duplicates() if dedupe else df
    keep = _bx_time(d).dt.month == 3
    if cls:
        keep &= _text(d, "Class") == cls
    return int(keep.sum())


_BX_QS = [
    Q(
        "how many check ins did we have in march",
        either(_count(_bx_march), _count(lambda df: _bx_march(df, dedupe=True))),
        ("Checked In",),
    ),
    Q(
        "how many of those were sparring",
        either(_count(lambda df: _bx_march(df, "Sparring")), _count(lambda df: _bx_march(df, "Sparring", True))),
        ("Checked In", "Class"),
    ),
    Q(
        "which class is the most popular",
        _lead(_named(lambda df: _top(_text(df, "Class").value_counts()))),
        ("Class",),
    ),
    Q(
        "how many different members came in",
        _count(lambda df: int(_text(df, "Member ID").nunique())),
        ("Member ID",),
    ),
    Q(
        "how long do people usually stay for open gym",
        _typical(lambda df: _num(df, "Minutes")[_text(df, "Class") == "Open Gym"].dropna()),
        ("Minutes", "Class"),
    ),
    Q(
        "whats our busiest day of the week",
        _lead(_weekday(lambda df: _top(_bx_time(df).dt.day_name().value_counts()))),
        ("Checked In",),
    ),
]


# --- 3. Esports team match history ---------------------------------------------------------------------------------

_ES_MAPS = {"Ascent": 0.68, "Bind": 0.55, "Haven": 0.5, "Split": 0.33, "Lotus": 0.56, "Sunset": 0.45, "Icebox": 0.5}
_ES_PLAYERS = {"zekken_jr": 5, "Vexx": 4, "d1rt": 3, "Kaiyo": 2, "mintz": 2}


def _esports_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29903)
    opponents = ["Sentinels Academy", "Moonrise", "Shopify Rebellion", "Oxygen Esports", "TSM", "Turtle Troop"]
    opponents += ["M80", "Disguised", "BBL Queens", "Built By Gamers", "Elevate", "Mythic"]
    tours = {
        2022: ["NA Challengers Split 1", "NA Challengers Split 2", "Red Bull Home Ground Qualifier"],
        2023: ["NA Challengers 2023", "Ascension Americas", "NSG Showdown"],
        2024: ["Challengers NA Stage 1", "Challengers NA Stage 2", "Red Bull Home Ground Qualifier"],
    }
    strength = {o: float(rng.normal(0, 0.08)) for o in opponents}
    rows: list[dict[str, Any]] = []
    for _ in range(190):
        day = pd.Timestamp("2022-01-08") + pd.Timedelta(days=int(rng.integers(0, 1085)))
        tour = str(_one(rng, tours[day.year]))
        opp = str(_one(rng, opponents))
        maps = list(rng.permutation(list(_ES_MAPS)))
        wins = losses = 0
        for mp in maps:
            if wins == 2 or losses == 2:
                break
            win = rng.random() < _ES_MAPS[str(mp)] - strength[opp]
            wins, losses = wins + win, losses + (not win)
            if rng.random() < 0.12:
                loser = 12 + int(rng.integers(0, 4))
                won, lost = loser + 2, loser
            else:
                won, lost = 13, int(_one(rng, list(range(12)), [1, 1, 2, 3, 4, 5, 6, 7, 8, 8, 7, 6]))
            if not win:
                won, lost = lost, won
            kd = round(0.55 + 0.9 * won / (won + lost) + float(rng.normal(0, 0.08)), 2)
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Tournament": tour,
                    "Opponent": opp,
                    "Map": str(mp),
                    "Result": "W" if win else "L",
                    "Rounds Won": won,
                    "Rounds Lost": lost,
                    "Team K/D": "" if rng.random() < 0.03 else kd,
                    "MVP": str(_one(rng, list(_ES_PLAYERS), list(_ES_PLAYERS.values()))),
                }
            )
    df = pd.DataFrame(rows)
    return df.iloc[pd.to_datetime(df["Date"]).argsort(kind="stable")].reset_index(drop=True)


def _es_win(df: pd.DataFrame) -> pd.Series:
    return (_text(df, "Result") == "W").astype(float)


def _es_map_pick(lowest: bool) -> Check:
    return either(
        _lead(_named(lambda df: _top(_es_win(df).groupby(_text(df, "Map")).mean(), lowest))),
        _lead(_named(lambda df: _top((df["Rounds Won"] - df["Rounds Lost"]).groupby(_text(df, "Map")).mean(), lowest))),
    )


def _es_vs(df: pd.DataFrame, opp: str) -> int:
    return int(((_text(df, "Opponent") == opp) & (df["Date"].astype(str).str[:4] == "2023")).sum())


_ES_QS = [
    Q("whats our overall map win rate", _share(lambda df: float(_es_win(df).mean())), ("Result",)),
    Q("which map are we best on", _es_map_pick(False), ("Map", "Result", "Rounds Won", "Rounds Lost")),
    Q("and worst?", _es_map_pick(True), ("Map", "Result", "Rounds Won", "Rounds Lost")),
    Q("who has the most mvps", _lead(_named(lambda df: _top(_text(df, "MVP").value_counts()))), ("MVP",)),
    Q(
        "does our k/d go up with rounds won",
        _corr(lambda df: pd.to_numeric(df["Team K/D"], errors="coerce"), lambda df: df["Rounds Won"].astype(float)),
        ("Team K/D", "Rounds Won"),
    ),
    Q(
        "how many maps did we play against tsm in 2023",
        _count(lambda df: _es_vs(df, "TSM")),
        ("Opponent", "Date"),
    ),
]


# --- 4. Church bingo night sales sheet -----------------------------------------------------------------------------

_BG_MONEY = ("Card Revenue", "Concession Sales", "Prizes Paid")


def _bingo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29904)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2021-01-05", "2024-12-27"):
        if day.dayofweek not in (1, 4) or (day.month == 12 and day.day >= 24) or rng.random() < 0.03:
            continue
        growth = 1 + 0.07 * (day.year - 2021)
        crowd = int(np.clip((128 if day.dayofweek == 4 else 96) * growth * float(rng.normal(1, 0.14)), 40, 260))
        cards = int(crowd * float(rng.uniform(2.6, 3.8)))
        card_rev = cards * 3.0
        volunteers = int(np.clip(round(crowd / 16 + rng.normal(0, 1.2)), 4, 18))
        conc = round(crowd * float(rng.uniform(3.0, 5.0)) * (1 + 0.03 * volunteers), 2)
        jackpot = rng.random() < 0.27
        prizes = round(card_rev * float(rng.uniform(0.5, 0.65)) / 5) * 5 + (1000 if jackpot else 0)
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Attendance": "" if rng.random() < 0.03 else crowd,
                "Cards Sold": cards,
                "Card Revenue": card_rev,
                "Concession Sales": conc,
                "Prizes Paid": float(prizes),
                "Jackpot Won": "Y" if jackpot else "N",
                "Volunteers": volunteers,
            }
        )
    df = pd.DataFrame(rows)
    total = {"Date": "TOTAL", "Jackpot Won": ""}
    total |= {c: df[c].replace("", np.nan).astype(float).sum() for c in ("Attendance", "Cards Sold", "Volunteers")}
    total |= {c: df[c].sum() for c in _BG_MONEY}
    df = pd.concat([df, pd.DataFrame([total])], ignore_index=True)
    for c in ("Attendance", "Cards Sold", "Volunteers"):
        df[c] = df[c].map(lambda v: "" if v == "" or pd.isna(v) else f"{int(v)}")
    for c in _BG_MONEY:
        df[c] = df[c].map(lambda v: f"${v:,.2f}")
    return df


def _bg(df: pd.DataFrame) -> pd.DataFrame:
    """The nights, without the TOTAL row."""
    return df[pd.to_datetime(df["Date"], format="%m/%d/%Y", errors="coerce").notna()]


def _bg_crowd(df: pd.DataFrame, year: int | None = None) -> pd.Series:
    d = _bg(df)
    crowd = _num(d, "Attendance")
    if year:
        crowd = crowd[pd.to_datetime(d["Date"], format="%m/%d/%Y").dt.year == year]
    return crowd.dropna()


_BG_QS = [
    Q("how many bingo nights have we had", _count(lambda df: len(_bg(df))), ("Date",)),
    Q(
        "how much did we clear after paying out prizes",
        either(
            _amount(lambda df: float((_num(_bg(df), "Card Revenue") - _num(_bg(df), "Prizes Paid")).sum())),
            _amount(
                lambda df: float(
                    (
                        _num(_bg(df), "Card Revenue") + _num(_bg(df), "Concession Sales") - _num(_bg(df), "Prizes Paid")
                    ).sum()
                )
            ),
        ),
        ("Card Revenue", "Concession Sales", "Prizes Paid"),
    ),
    Q("typical crowd on a bingo night?", _typical(_bg_crowd), ("Attendance",)),
    Q("and in 2024?", _typical(lambda df: _bg_crowd(df, 2024)), ("Attendance", "Date")),
    Q(
        "how often does somebody win the jackpot",
        _share(lambda df: float((_text(_bg(df), "Jackpot Won") == "Y").mean())),
        ("Jackpot Won",),
    ),
    Q(
        "do we sell more snacks when we have more volunteers",
        _corr(lambda df: _num(_bg(df), "Volunteers"), lambda df: _num(_bg(df), "Concession Sales")),
        ("Volunteers", "Concession Sales"),
    ),
]


# --- 5. Jewelry repair shop tickets --------------------------------------------------------------------------------

# item: weight, repairs (name, weight, base quote, days to promise), metals
_JW_ITEMS: dict[str, tuple[float, list[tuple[str, float, float, int]], list[str]]] = {
    "Ring": (
        6,
        [
            ("Ring Sizing", 6, 55, 7),
            ("Prong Retip", 3, 35, 7),
            ("Stone Replacement", 1.5, 120, 14),
            ("Polish", 1, 25, 3),
        ],
        ["14K Yellow", "14K White", "10K Yellow", "Platinum", "Sterling Silver", "18K Yellow"],
    ),
    "Necklace": (3, [("Chain Solder", 5, 30, 5), ("Clasp Replacement", 3, 40, 5)], ["14K Yellow", "Sterling Silver"]),
    "Watch": (
        4,
        [("Battery", 7, 15, 0), ("Band Adjust", 2, 20, 0), ("Crystal Replacement", 1, 85, 10)],
        ["Stainless Steel", "Stainless Steel", "14K Yellow"],
    ),
    "Bracelet": (2, [("Clasp Replacement", 3, 40, 5), ("Chain Solder", 2, 30, 5)], ["14K Yellow", "Sterling Silver"]),
}


def _jewelry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29905)
    lasts = ["SMITH", "JOHNSON", "NGUYEN", "PATEL", "GARCIA", "MILLER", "COHEN", "OKAFOR", "REYES", "BAKER", "WONG"]
    firsts = ["MARY", "JOHN", "LINDA", "DAVID", "SUSAN", "ANA", "MARK", "GRACE", "LEON", "RUTH"]
    customers = [f"{a}, {b}" for a in lasts for b in firsts][:140]
    loyalty = rng.gamma(0.8, 1.0, len(customers))
    items = list(_JW_ITEMS)
    rows: list[dict[str, Any]] = []
    cutoff = pd.Timestamp("2024-12-31")
    for n in range(1450):
        item = str(_one(rng, items, [v[0] for v in _JW_ITEMS.values()]))
        _w, repairs, metals = _JW_ITEMS[item]
        name, _rw, base, lead = repairs[int(_one(rng, list(range(len(repairs))), [r[1] for r in repairs]))]
        metal = str(_one(rng, metals))
        got = pd.Timestamp("2023-01-03") + pd.Timedelta(days=int(rng.integers(0, 728)))
        got += pd.Timedelta(days=1) if got.dayofweek == 6 else pd.Timedelta(0)
        promised = got + pd.Timedelta(days=lead)
        gold = 1.6 if metal == "Platinum" else 1.3 if "18K" in metal else 1.0
        quote = round(base * gold * float(rng.uniform(0.9, 1.4)) / 5) * 5
        pick = promised + pd.Timedelta(days=int(rng.gamma(1.2, 5)))
        waiting = pick > cutoff or rng.random() < 0.025
        final = quote
        r = rng.random()
        if r < 0.17:
            final = round(quote * float(rng.uniform(1.15, 1.6)) / 5) * 5
        elif r < 0.22:
            final = max(10, quote - 10)
        rows.append(
            {
                "Ticket #": 10001 + n,
                "Received": f"{got:%m/%d/%Y}",
                "Promised": f"{promised:%m/%d/%Y}",
                "Picked Up": "" if waiting else f"{pick:%m/%d/%Y}",
                "Item": item,
                "Repair Type": name,
                "Metal": metal,
                "Quote": f"${quote:,.2f}",
                "Final Price": "" if waiting else f"${final:,.2f}",
                "Customer": str(_one(rng, customers, list(loyalty))),
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Received"], format="%m/%d/%Y").argsort(kind="stable")
    df = df.iloc[order].reset_index(drop=True)
    df["Ticket #"] = range(10001, 10001 + len(df))
    return df


def _jw_wait(df: pd.DataFrame) -> pd.Series:
    got = pd.to_datetime(df["Received"], format="%m/%d/%Y")
    out = pd.to_datetime(df["Picked Up"], format="%m/%d/%Y", errors="coerce")
    return (out - got).dt.days.dropna().astype(float)


def _jw_over(df: pd.DataFrame, all_tickets: bool) -> float:
    final, quote = _num(df, "Final Price"), _num(df, "Quote")
    over = (final > quote).fillna(False).astype(bool)
    return float(over.mean() if all_tickets else over[final.notna()].mean())


_JW_QS = [
    Q("how many rings came in for repair", _count(lambda df: int((_text(df, "Item") == "Ring").sum())), ("Item",)),
    Q(
        "how many of those were resizes",
        _count(lambda df: int(((_text(df, "Item") == "Ring") & (_text(df, "Repair Type") == "Ring Sizing")).sum())),
        ("Item", "Repair Type"),
    ),
    Q(
        "whats the most common repair we do",
        _lead(_named(lambda df: _top(_text(df, "Repair Type").value_counts()))),
        ("Repair Type",),
    ),
    Q(
        "how many tickets are still waiting to be picked up",
        _count(lambda df: int((_text(df, "Picked Up") == "").sum())),
        ("Picked Up", "Ticket #"),
    ),
    Q(
        "how many days do people usually take from drop off to pick up",
        _typical(_jw_wait),
        ("Received", "Picked Up"),
    ),
    Q(
        "how often does the final price end up higher than the quote",
        either(_share(lambda df: _jw_over(df, False)), _share(lambda df: _jw_over(df, True))),
        ("Final Price", "Quote"),
    ),
]


# --- 6. City ambulance run reports ---------------------------------------------------------------------------------

# call type: weight, priority weights (1, 2, 3), transport chance
_AM_TYPES: dict[str, tuple[float, list[float], float]] = {
    "CHEST PAIN": (9, [6, 3, 1], 0.85),
    "BREATHING PROBLEMS": (8, [5, 4, 1], 0.8),
    "FALL": (12, [1, 4, 5], 0.55),
    "SICK PERSON": (14, [1, 4, 6], 0.6),
    "MVA": (6, [4, 4, 2], 0.5),
    "UNCONSCIOUS": (4, [8, 2, 0.2], 0.75),
    "OVERDOSE": (5, [6, 3, 1], 0.55),
    "SEIZURE": (4, [4, 5, 1], 0.7),
    "PSYCHIATRIC": (5, [1, 3, 6], 0.65),
    "HEAT EXPOSURE": (1, [2, 5, 3], 0.6),
}
_AM_HOSPITALS = ["ST. MARY'S MEDICAL CENTER", "UNIVERSITY HOSPITAL", "MERCY GENERAL", "VA MEDICAL CENTER"]


def _ambulance_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29906)
    types = list(_AM_TYPES)
    days = pd.date_range("2023-01-01", "2023-12-31")
    day_w = np.array([1.0 + (0.3 if d.month == 7 else 0.12 if d.month in (1, 8, 12) else 0.0) for d in days])
    units = [f"M{n}" for n in (3, 5, 7, 11, 12, 14, 18, 21)]
    hours = list(range(24))
    hour_w = [2, 2, 1.5, 1.2, 1, 1, 1.5, 2.5, 3.5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3.8, 3.5, 3.2, 3, 2.6, 2.2]
    stamp_fmt = "%m/%d/%Y %I:%M:%S %p"
    rows: list[dict[str, Any]] = []
    for n in range(2050):
        ctype = str(_one(rng, types, [v[0] for v in _AM_TYPES.values()]))
        _w, pw, tchance = _AM_TYPES[ctype]
        prio = int(_one(rng, [1, 2, 3], pw))
        day = days[int(rng.choice(len(days), p=day_w / day_w.sum()))]
        rcv = day + pd.Timedelta(hours=int(_one(rng, hours, hour_w)), seconds=int(rng.integers(0, 3600)))
        incident = f"E23-{n * 3 + 1 + int(rng.integers(0, 3)):06d}"
        crews = 2 if rng.random() < 0.06 else 1
        for crew in range(crews):
            disp = rcv + pd.Timedelta(seconds=int(rng.gamma(2, 35 if prio == 1 else 55 if prio == 2 else 90)))
            enr = disp + pd.Timedelta(seconds=int(rng.gamma(2, 30)))
            drive = float(rng.gamma(4, 85 if prio == 1 else 105 if prio == 2 else 130)) * (1.3 if crew else 1.0)
            scene = enr + pd.Timedelta(seconds=int(drive))
            cancelled = rng.random() < (0.04 if crew == 0 else 0.3)
            transported = (not cancelled) and crew == 0 and rng.random() < tchance
            hosp = str(_one(rng, _AM_HOSPITALS, [5, 4, 3, 1])) if transported else ""
            arrive = scene + pd.Timedelta(seconds=int(rng.uniform(900, 2400) + rng.gamma(3, 200)))
            rows.append(
                {
                    "INCIDENT_NO": incident,
                    "CALL_RECEIVED": rcv.strftime(stamp_fmt),
                    "DISPATCHED": disp.strftime(stamp_fmt),
                    "EN_ROUTE": enr.strftime(stamp_fmt),
                    "AT_SCENE": "" if cancelled else scene.strftime(stamp_fmt),
                    "AT_HOSPITAL": arrive.strftime(stamp_fmt) if transported else "",
                    "PRIORITY": prio,
                    "CALL_TYPE": ctype,
                    "UNIT": str(_one(rng, units)),
                    "TRANSPORTED": "Y" if transported else "N",
                    "DESTINATION": hosp,
                }
            )
    df = pd.DataFrame(rows)
    order = _am_time(df, "CALL_RECEIVED").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _am_time(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(df[col], format="%m/%d/%Y %I:%M:%S %p", errors="coerce")


def _am_response(start: str, prio: int | None = None) -> Callable[[pd.DataFrame], pd.Series]:
    def minutes(df: pd.DataFrame) -> pd.Series:
        mins = (_am_time(df, "AT_SCENE") - _am_time(df, start)).dt.total_seconds() / 60
        if prio:
            mins = mins[df["PRIORITY"].astype(int) == prio]
        return mins.dropna()

    return minutes


def _am_response_check(prio: int | None = None) -> Check:
    return either(
        _typical_minutes(_am_response("CALL_RECEIVED", prio)), _typical_minutes(_am_response("DISPATCHED", prio))
    )


def _am_busiest(distinct: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def month(df: pd.DataFrame) -> pd.Timestamp:
        d = df.drop_duplicates("INCIDENT_NO") if distinct else df
        return _am_time(d, "CALL_RECEIVED").dt.to_period("M").value_counts().idxmax().to_timestamp()

    return month


_AM_RESPONSE_COLS = ("CALL_RECEIVED", "DISPATCHED", "AT_SCENE")
_AM_QS = [
    Q(
        "how many calls did we get",
        either(_count(len), _count(lambda df: int(_text(df, "INCIDENT_NO").nunique()))),
        ("INCIDENT_NO",),
    ),
    Q("what's the average response time", _am_response_check(), _AM_RESPONSE_COLS),
    Q("and for priority 1?", _am_response_check(1), (*_AM_RESPONSE_COLS, "PRIORITY")),
    Q(
        "what fraction of calls end up with a trip to the hospital",
        either(
            _share(lambda df: float((_text(df, "TRANSPORTED") == "Y").mean())),
            _share(lambda df: float((_text(df, "TRANSPORTED") == "Y").groupby(_text(df, "INCIDENT_NO")).any().mean())),
        ),
        ("TRANSPORTED", "INCIDENT_NO"),
    ),
    Q(
        "which hospital gets the most patients from us",
        _lead(_named(lambda df: _top(_text(df, "DESTINATION")[_text(df, "DESTINATION") != ""].value_counts()))),
        ("DESTINATION", "TRANSPORTED"),
    ),
    Q(
        "busiest month?",
        either(_lead(_month_year(_am_busiest(False))), _lead(_month_year(_am_busiest(True)))),
        ("CALL_RECEIVED", "INCIDENT_NO"),
    ),
]


# --- 7. County road department storm salt log ----------------------------------------------------------------------

# district: lane miles, trucks
_SL_DISTRICTS = {"NORTH": (410, 9), "SOUTH": (385, 8), "EAST": (300, 7), "WEST": (350, 8), "CENTRAL": (520, 12)}
_SL_DISTRICTS |= {"RIDGE": (260, 6)}


def _salt_frame() -> pd.DataFrame:
    rng = np.random.default_rng(29907)
    rows: list[dict[str, Any]] = []
    for start in range(2020, 2024):
        season = f"{start}-{(start + 1) % 100:02d}"
        storms = int(rng.integers(16, 26)) + (5 if start == 2022 else 0)
        dates = sorted(
            pd.Timestamp(start, 11, 10) + pd.Timedelta(days=int(d)) for d in rng.choice(150, storms, replace=False)
        )
        for day in dates:
            snow = float(rng.gamma(1.4, 2.4))
            ice = rng.random() < 0.2
            for district, (miles, fleet) in _SL_DISTRICTS.items():
                local = snow * float(rng.uniform(0.75, 1.25)) * (1.25 if district == "RIDGE" else 1.0)
                if local < 0.25 and not ice:
                    continue
                treated = int(miles * float(rng.uniform(0.85, 1.0)))
                per_mile = 0.18 + 0.025 * min(local, 10) + (0.15 if ice else 0.0)
                tons = round(treated * per_mile * float(rng.uniform(0.85, 1.15)), 1)
                trucks = int(np.clip(round(fleet * (0.5 + local / 8) + rng.normal(0, 1)), 2, fleet))
                ot = round(trucks * (1.5 + 0.9 * local) * float(rng.uniform(0.6, 1.4)) * (1.4 if ice else 1.0), 1)
                rows.append(
                    {
                        "STORM_DATE": f"{day:%Y-%m-%d}",
                        "SEASON": season,
                        "DISTRICT": district,
                        "LANE_MILES_TREATED": treated,
                        "SALT_TONS": tons,
                        "BRINE_GAL": int(treated * float(rng.uniform(25, 40))) if start >= 2022 else "",
                        "TRUCKS": trucks,
                        "OT_HOURS": ot,
                        "SNOWFALL_IN": "T" if local < 0.1 else f"{local:.1f}",
                    }
                )
    return pd.DataFrame(rows)


def _sl_snow(df: pd.DataFrame, trace: float | None) -> pd.Series:
    snow = _num(df, "SNOWFALL_IN")
    return snow.fillna(trace) if trace is not None else snow


def _sl_deep(df: pd.DataFrame, how: str) -> int:
    snow = _sl_snow(df, 0.0)
    if how == "rows":
        return int((snow > 6).sum())
    return int((snow.groupby(_text(df, "STORM_DATE")).agg(how) > 6).sum())


_SL_QS = [
    Q(
        "how much salt have we put down in total",
        _amount(lambda df: float(_num(df, "SALT_TONS").sum())),
        ("SALT_TONS",),
    ),
    Q("and brine?", _amount(lambda df: float(_num(df, "BRINE_GAL").sum())), ("BRINE_GAL",)),
    Q(
        "which district goes through the most salt",
        _lead(_named(lambda df: _top(_num(df, "SALT_TONS").groupby(_text(df, "DISTRICT")).sum()))),
        ("DISTRICT", "SALT_TONS"),
    ),
    Q(
        "which winter was the worst for salt",
        _lead(_named(lambda df: _top(_num(df, "SALT_TONS").groupby(_text(df, "SEASON")).sum()))),
        ("SEASON", "SALT_TONS", "STORM_DATE"),
    ),
    Q(
        "does more snow mean more overtime",
        either(
            _corr(lambda df: _sl_snow(df, 0.0), lambda df: _num(df, "OT_HOURS")),
            _corr(lambda df: _sl_snow(df, None), lambda df: _num(df, "OT_HOURS")),
        ),
        ("SNOWFALL_IN", "OT_HOURS"),
    ),
    Q(
        "how many storms dropped more than 6 inches",
        either(*(_count(lambda df, h=h: _sl_deep(df, h)) for h in ("rows", "max", "mean"))),
        ("SNOWFALL_IN", "STORM_DATE"),
    ),
]


HELDOUT299: list[Dataset] = [
    Dataset("horse_boarding_monthly_invoices", _horse_frame, _HB_QS),
    Dataset("boxing_gym_checkin_export", _boxing_frame, _BX_QS),
    Dataset("esports_team_map_history", _esports_frame, _ES_QS),
    Dataset("church_bingo_night_sales", _bingo_frame, _BG_QS),
    Dataset("jewelry_repair_shop_tickets", _jewelry_frame, _JW_QS),
    Dataset("city_ambulance_run_reports", _ambulance_frame, _AM_QS),
    Dataset("county_storm_salt_usage_log", _salt_frame, _SL_QS),
]
