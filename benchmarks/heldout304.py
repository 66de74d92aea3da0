"""HELDOUT304: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: an archery range's lane
bookings (2023 and 2024, one row per booking) with Date as "05/18/2024", "Start Time" as "6:30 PM", Lane (1 to 10),
Customer (regulars book many times), "Party Size", "Bow Rental" (Y, N), "Arrows Rented", "Minutes Booked" (30, 60,
90, 120), "Amount Paid" as "$45.00" ("$0.00" for comps, blank when not rung up) and "First Visit" (Y, N); a quilt
guild's show entries (shows 2019 and 2021 to 2024, none in 2020, one row per quilt) with "Show Year", "Entry #",
Maker (members enter several quilts), "Quilt Title", Category (Pieced, Appliqued, Art, Modern), "Width (in)" and
"Length (in)", "Hand Quilted" (Y, N), Ribbon (1st, 2nd, 3rd, HM, blank for none) and "Viewers Choice Votes"; an
arcade's weekly machine collections (2024, one row per machine per week) with "Week Ending" as "2024-03-10"
(Sundays), Machine, Type (Pinball, Video, Redemption, Crane), Location (Front, Back Room, Party Room, Snack Bar),
Coins (quarters), "Card Swipes", Revenue as "$312.50" (blank when a collection was missed), "Tickets Out" (0 for
machines that give none) and "Days Out of Order" (0 to 7); a paintball field's session sheet (2023 and 2024, one
row per group session) with Date as "6/15/2024", "Group Name" (repeat groups), Players, Package (Basic, Premium,
Unlimited), "Paint Cases", "Rental Guns", Revenue as "$1,245.00", "Waiver Missing" (Y, N) and Injuries; an axe
throwing venue's fall league scores (2024, one row per thrower per match night) with Night as "2024-09-09", League
("Monday Night", "Wednesday Night"), Team, Thrower, "Round 1" to "Round 3" (five throws each, blank when the thrower
did not show), Total ("DNS" for no-shows), Killshots and Bullseyes; a public sauna's daily visits (2023 and 2024,
one row per day) with Date as "2024-01-05", Weekday as "Fri", "Adult Visits", "Child Visits", "Senior Visits",
"Towel Rentals", "Sauna Temp (F) at Open" (blank when not read and on closed days), Revenue as "1,234.50",
"Staff on Shift" and Closed (Y, N; visits 0 when closed); and a state falconry permit registry (public data, one row
per permit issued 2015 to 2024) with upper-case PERMIT_NUMBER as "FAL-2019-00123", COUNTY, PERMIT_CLASS
(APPRENTICE, GENERAL, MASTER), ISSUE_DATE and EXPIRY_DATE as "2019-03-14" (five-year permits), SPECIES_HELD as
"RED-TAILED HAWK; AMERICAN KESTREL" (blank when no bird is held), BIRDS_HELD, SPONSOR_PERMIT_NUMBER (apprentices
only, the permit number of a general or master falconer) and STATUS (ACTIVE, EXPIRED, REVOKED, SURRENDERED).
All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _shares, _year
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = ["Maria", "James", "Linda", "Robert", "Aisha", "Kevin", "Sofia", "Daniel", "Grace", "Tom", "Priya", "Luis"]
_FIRST += ["Hannah", "Marcus", "Chloe", "Ethan", "Nora", "Omar", "Ruth", "Victor", "Wendy", "Jake", "Elena", "Sam"]
_LAST = ["Lopez", "Smith", "Nguyen", "Brown", "Patel", "Keller", "Rossi", "Okafor", "Miller", "Walsh", "Chen"]
_LAST += ["Garcia", "Fischer", "Dubois", "Haines", "Novak", "Reyes", "Sato", "Tran", "Young", "Ward", "Baker"]


def _when(df: pd.DataFrame, col: str, fmt: str) -> pd.Series:
    return pd.to_datetime(_text(df, col), format=fmt, errors="coerce")


def _people(rng: np.random.Generator, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        name = f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"
        if name not in names:
            names.append(name)
    return names


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "Y"


# --- 1. Archery range lane bookings --------------------------------------------------------------------------------


def _archery_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30401)
    regulars = _people(rng, 140)
    rows: list[dict[str, Any]] = []
    for _ in range(1480):
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 731)))
        if day.dayofweek < 5 and rng.random() < 0.45:
            day += pd.Timedelta(days=int(5 - day.dayofweek + rng.integers(0, 2)))
            if day.year > 2024:
                day -= pd.Timedelta(days=7)
        first = rng.random() < 0.3
        customer = _people(rng, 1)[0] if first else str(_one(rng, regulars))
        party = int(_one(rng, [1, 2, 3, 4, 5, 6, 8], [3, 6, 3, 4, 2, 1, 1]))
        minutes = int(_one(rng, [30, 60, 90, 120], [2, 6, 2, 1]) + (30 if party >= 5 and rng.random() < 0.5 else 0))
        minutes = min(minutes, 120)
        bow = rng.random() < (0.8 if first else 0.3)
        arrows = int(party * int(_one(rng, [6, 12], [2, 1]))) if bow or rng.random() < 0.15 else 0
        paid = minutes / 60 * 22 + party * 4 + (15 * party if bow else 0) + arrows * 0.5
        hour = int(_one(rng, list(range(10, 21)), [2, 2, 3, 3, 3, 4, 5, 6, 7, 6, 3]))
        slot = pd.Timestamp("2024-01-01") + pd.Timedelta(hours=hour, minutes=int(_one(rng, [0, 30])))
        cash = "" if rng.random() < 0.03 else ("$0.00" if rng.random() < 0.02 else f"${paid:,.2f}")
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Start Time": f"{slot:%I:%M %p}".lstrip("0"),
                "Lane": int(rng.integers(1, 11)),
                "Customer": customer,
                "Party Size": party,
                "Bow Rental": "Y" if bow else "N",
                "Arrows Rented": arrows,
                "Minutes Booked": minutes,
                "Amount Paid": cash,
                "First Visit": "Y" if first else "N",
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Date"], format="%m/%d/%Y")
    return df.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _ar_day(how: str) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        day = _when(df, "Date", "%m/%d/%Y").dt.day_name()
        per = df["Party Size"].groupby(day).sum() if how == "people" else day.value_counts()
        return _top(per)

    return top


def _ar_bow(first: bool | None) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        keep = _yes(df, "First Visit") if first else pd.Series(True, index=df.index)
        return float(_yes(df, "Bow Rental")[keep].mean())

    return rate


_AR_QS = [
    Q(
        "how many bookings were from first timers",
        _count(lambda df: int(_yes(df, "First Visit").sum())),
        ("First Visit",),
    ),
    Q("whats the typical group size", _typical(lambda df: df["Party Size"].astype(float)), ("Party Size",)),
    Q(
        "how much money did we take in 2024",
        _amount(lambda df: float(_num(df, "Amount Paid")[_when(df, "Date", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Date", "Amount Paid"),
    ),
    Q(
        "what day of the week is busiest",
        either(_weekday(_ar_day("rows")), _weekday(_ar_day("people"))),
        ("Date", "Party Size"),
    ),
    Q("what share of bookings rent bows", _share(_ar_bow(None)), ("Bow Rental",)),
    Q("and among first-timers?", _share(_ar_bow(True)), ("Bow Rental", "First Visit")),
]


# --- 2. Quilt guild show entries -----------------------------------------------------------------------------------

_QU_WORDS = ["Autumn", "Starry", "Grandma's", "Ocean", "Prairie", "Midnight", "Garden", "Winter", "Scrappy", "Sunset"]
_QU_NOUNS = ["Star", "Path", "Log Cabin", "Waves", "Baskets", "Bloom", "Tumblers", "Compass", "Flight", "Crossing"]


def _quilt_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30402)
    makers = _people(rng, 75)
    weight = rng.pareto(1.2, size=len(makers)) + 0.3
    cats = {"Pieced": 1.0, "Appliqued": 1.3, "Art": 1.6, "Modern": 0.9}
    rows: list[dict[str, Any]] = []
    entry = 0
    for year, n in [(2019, 120), (2021, 88), (2022, 131), (2023, 142), (2024, 155)]:
        for _ in range(n):
            entry += 1
            maker = str(_one(rng, makers, weight))
            cat = str(_one(rng, list(cats), [5, 3, 2, 3]))
            width = int(rng.integers(24, 60) if cat == "Art" else rng.integers(40, 100))
            length = int(width * rng.uniform(1.0, 1.35))
            hand = rng.random() < (0.45 if cat == "Appliqued" else 0.2)
            skill = rng.normal(0.4 if hand else 0, 1)
            ribbon = "1st" if skill > 1.5 else "2nd" if skill > 1.0 else "3rd" if skill > 0.6 else ""
            if not ribbon and rng.random() < 0.12:
                ribbon = "HM"
            votes = int(rng.poisson(cats[cat] * (4 + 3 * max(skill, 0)) + width * length / 2000))
            title = f"{_one(rng, _QU_WORDS)} {_one(rng, _QU_NOUNS)}"
            rows.append(
                {
                    "Show Year": year,
                    "Entry #": f"{year}-{entry:03d}",
                    "Maker": maker,
                    "Quilt Title": title,
                    "Category": cat,
                    "Width (in)": width,
                    "Length (in)": length,
                    "Hand Quilted": "Y" if hand else "N",
                    "Ribbon": ribbon,
                    "Viewers Choice Votes": votes,
                }
            )
    df = pd.DataFrame(rows)
    big = int((df["Width (in)"] * df["Length (in)"]).idxmax())
    df.loc[big, "Quilt Title"] = "Thousand Pyramids Medallion"
    return df


def _qu_first(hand: str) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        keep = _text(df, "Hand Quilted") == hand
        return float((_text(df, "Ribbon")[keep] == "1st").mean())

    return rate


_QU_QS = [
    Q(
        "how many quilts were entered each year",
        _count(lambda df: df["Show Year"].value_counts().sort_index().to_numpy()),
        ("Show Year",),
    ),
    Q(
        "which category gets the most viewer votes on average",
        _lead(_named(lambda df: _top(df["Viewers Choice Votes"].groupby(_text(df, "Category")).mean()))),
        ("Category", "Viewers Choice Votes"),
    ),
    Q(
        "what percent of quilts didnt get any ribbon",
        _share(lambda df: float((_text(df, "Ribbon") == "").mean())),
        ("Ribbon",),
    ),
    Q(
        "are hand quilted ones more likely to win first place",
        _shares(lambda df: [_qu_first("Y")(df), _qu_first("N")(df)]),
        ("Hand Quilted", "Ribbon"),
    ),
    Q(
        "whats the biggest quilt",
        _lead(_named(lambda df: str(df.loc[(df["Width (in)"] * df["Length (in)"]).idxmax(), "Quilt Title"]))),
        ("Quilt Title", "Width (in)", "Length (in)", "Maker", "Entry #"),
    ),
    Q("who has entered the most quilts", _lead(_named(lambda df: _top(_text(df, "Maker").value_counts()))), ("Maker",)),
]


# --- 3. Arcade weekly machine collections --------------------------------------------------------------------------

# machine: type, location, weekly plays, $ per swipe, tickets per play
_AC_MACHINES: dict[str, tuple[str, str, float, float, float]] = {
    "Godzilla Premium": ("Pinball", "Back Room", 160, 1.25, 0),
    "Jurassic Park": ("Pinball", "Back Room", 130, 1.25, 0),
    "Addams Family": ("Pinball", "Back Room", 110, 1.00, 0),
    "Ms. Pac-Man": ("Video", "Front", 150, 0.75, 0),
    "Mario Kart DX": ("Video", "Front", 260, 1.50, 0),
    "Time Crisis 5": ("Video", "Party Room", 170, 1.50, 0),
    "Skee-Ball 1": ("Redemption", "Party Room", 240, 1.00, 22),
    "Skee-Ball 2": ("Redemption", "Party Room", 220, 1.00, 22),
    "Big Bass Wheel": ("Redemption", "Front", 200, 1.00, 15),
    "Cyclone": ("Redemption", "Front", 230, 1.00, 18),
    "Stacker": ("Redemption", "Snack Bar", 140, 2.00, 10),
    "Key Master": ("Crane", "Front", 190, 2.00, 0),
    "Claw #1": ("Crane", "Snack Bar", 160, 1.00, 0),
    "Claw #2": ("Crane", "Snack Bar", 120, 1.00, 0),
}


def _arcade_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30403)
    rows: list[dict[str, Any]] = []
    for week in pd.date_range("2024-01-07", "2024-12-29", freq="W-SUN"):
        season = 1 + 0.35 * np.exp(-(((week.month - 7.2) / 1.5) ** 2)) + (0.3 if week.month == 12 else 0)
        for name, (kind, place, plays, price, tickets) in _AC_MACHINES.items():
            down = int(_one(rng, [0, 1, 2, 3, 4, 7], [40, 4, 3, 2, 1, 1]))
            n = rng.poisson(plays * season * (7 - down) / 7)
            swipes = int(rng.binomial(n, 0.7))
            coins = int((n - swipes) * price / 0.25)
            revenue = coins * 0.25 + swipes * price
            rows.append(
                {
                    "Week Ending": f"{week:%Y-%m-%d}",
                    "Machine": name,
                    "Type": kind,
                    "Location": place,
                    "Coins": coins,
                    "Card Swipes": swipes,
                    "Revenue": "" if rng.random() < 0.02 else f"${revenue:,.2f}",
                    "Tickets Out": int(rng.poisson(tickets * n)) if tickets else 0,
                    "Days Out of Order": down,
                }
            )
    return pd.DataFrame(rows)


def _ac_rev(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Revenue")


def _ac_month(df: pd.DataFrame) -> Any:
    when = _when(df, "Week Ending", "%Y-%m-%d")
    return _ac_rev(df).groupby(when.dt.to_period("M")).sum().idxmax().to_timestamp()


_AC_QS = [
    Q(
        "which machine made the most money this year",
        _lead(_named(lambda df: _top(_ac_rev(df).groupby(_text(df, "Machine")).sum()))),
        ("Machine", "Revenue"),
    ),
    Q(
        "total revenue by type of game",
        _amount(lambda df: _ac_rev(df).groupby(_text(df, "Type")).sum().to_numpy()),
        ("Type", "Revenue"),
    ),
    Q(
        "how many tickets did the redemption games pay out",
        _count(lambda df: int(df["Tickets Out"][_text(df, "Type") == "Redemption"].sum())),
        ("Type", "Tickets Out"),
    ),
    Q("what was our best month", _month_year(_ac_month), ("Week Ending", "Revenue")),
    Q(
        "does a machine being broken more days hurt its take",
        _corr(lambda d: d["Days Out of Order"].astype(float), _ac_rev),
        ("Days Out of Order", "Revenue", "Machine"),
    ),
    Q(
        "how many times was a machine down the whole week",
        _count(lambda df: int((df["Days Out of Order"] >= 7).sum())),
        ("Days Out of Order", "Machine", "Week Ending"),
    ),
]


# --- 4. Paintball field session sheet ------------------------------------------------------------------------------

_PB_PACKAGES = {"Basic": (30, 1.0), "Premium": (45, 1.6), "Unlimited": (65, 2.6)}
_PB_GROUPS = ["Birthday - ", "Bachelor Party - ", "Youth Group - ", "Corporate - ", ""]


def _paintball_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30404)
    groups = [f"{_one(rng, _PB_GROUPS)}{_one(rng, _LAST)}" for _ in range(260)]
    groups = list(dict.fromkeys(groups))
    rows: list[dict[str, Any]] = []
    for _ in range(720):
        day = pd.Timestamp("2023-03-01") + pd.Timedelta(days=int(rng.integers(0, 670)))
        package = str(_one(rng, list(_PB_PACKAGES), [5, 3, 2]))
        fee, paint = _PB_PACKAGES[package]
        players = int(np.clip(rng.poisson(12), 4, 30))
        cases = int(rng.poisson(players * paint / 6))
        guns = int(rng.binomial(players, 0.7))
        revenue = players * fee + cases * 55 + guns * 10 * (package == "Basic")
        hurt = int(rng.poisson(0.04 * cases + 0.02 * players))
        rows.append(
            {
                "Date": f"{day.month}/{day.day}/{day.year}",
                "Group Name": str(_one(rng, groups)),
                "Players": players,
                "Package": package,
                "Paint Cases": cases,
                "Rental Guns": guns,
                "Revenue": f"${revenue:,.2f}",
                "Waiver Missing": "Y" if rng.random() < 0.06 else "N",
                "Injuries": hurt,
            }
        )
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Date"], format="%m/%d/%Y")
    return df.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _pb_per_player(how: str) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        rev, pkg = _num(df, "Revenue"), _text(df, "Package")
        if how == "pooled":
            return _top(rev.groupby(pkg).sum() / df["Players"].groupby(pkg).sum())
        return _top((rev / df["Players"]).groupby(pkg).mean())

    return top


def _pb_hurt(year: int) -> Check:
    def pick(df: pd.DataFrame) -> pd.Series:
        return df["Injuries"][_when(df, "Date", "%m/%d/%Y").dt.year == year]

    return either(_count(lambda df: int(pick(df).sum())), _count(lambda df: int((pick(df) > 0).sum())))


_PB_QS = [
    Q("how many people played in total", _count(lambda df: int(df["Players"].sum())), ("Players",)),
    Q(
        "which package makes the most per player",
        either(_lead(_named(_pb_per_player("pooled"))), _lead(_named(_pb_per_player("mean")))),
        ("Package", "Revenue", "Players"),
    ),
    Q(
        "how many sessions were missing a waiver",
        _count(lambda df: int(_yes(df, "Waiver Missing").sum())),
        ("Waiver Missing",),
    ),
    Q("how many injuries did we have in 2024", _pb_hurt(2024), ("Date", "Injuries")),
    Q("and in 2023?", _pb_hurt(2023), ("Date", "Injuries")),
    Q(
        "do groups that go through more paint get hurt more",
        _corr(lambda d: d["Paint Cases"].astype(float), lambda d: d["Injuries"].astype(float)),
        ("Paint Cases", "Injuries"),
    ),
]


# --- 5. Axe throwing league scores ---------------------------------------------------------------------------------


def _axe_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30405)
    names = _people(rng, 48)
    teams = ["Lumber Jills", "Split Happens", "Axe Holes", "Chop Suey", "Hatchet Squad", "Bad Axes", "The Chopping"]
    teams += ["Block Party"]
    rows: list[dict[str, Any]] = []
    for li, league in enumerate(["Monday Night", "Wednesday Night"]):
        roster = {t: names[li * 24 + k * 3 : li * 24 + k * 3 + 3] for k, t in enumerate(teams)}
        skill = {p: float(rng.uniform(0.25, 0.75)) for ps in roster.values() for p in ps}
        for week in range(12):
            night = pd.Timestamp("2024-09-09") + pd.Timedelta(days=7 * week + 2 * li)
            for team, players in roster.items():
                for p in players:
                    row: dict[str, Any] = {"Night": f"{night:%Y-%m-%d}", "League": league, "Team": team, "Thrower": p}
                    if rng.random() < 0.04:
                        row |= {"Round 1": "", "Round 2": "", "Round 3": "", "Total": "DNS"}
                        row |= {"Killshots": 0, "Bullseyes": 0}
                        rows.append(row)
                        continue
                    kills = bulls = total = 0
                    for r in range(3):
                        warm = skill[p] + 0.04 * r
                        pts = 0
                        for throw in range(5):
                            if throw == 4 and rng.random() < 0.5:
                                hit = rng.random() < warm * 0.5
                                kills += hit
                                pts += 8 if hit else 0
                                continue
                            u = rng.random()
                            if u < warm * 0.6:
                                bulls += 1
                                pts += 5
                            else:
                                pts += int(_one(rng, [0, 1, 2, 3, 4], [1, 2, 3, 4, 3]))
                        row[f"Round {r + 1}"] = pts
                        total += pts
                    row |= {"Total": total, "Killshots": kills, "Bullseyes": bulls}
                    rows.append(row)
    return pd.DataFrame(rows)


def _ax_total(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Total")


def _ax_team(how: str) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        sub = df[_text(df, "League") == "Wednesday Night"]
        return _top(_ax_total(sub).groupby(_text(sub, "Team")).agg(how))

    return top


_AX_QS = [
    Q(
        "who has the best average score",
        _lead(_named(lambda df: _top(_ax_total(df).groupby(_text(df, "Thrower")).mean()))),
        ("Thrower", "Total"),
    ),
    Q(
        "and who hits the most bullseyes?",
        either(
            _lead(_named(lambda df: _top(df["Bullseyes"].groupby(_text(df, "Thrower")).sum()))),
            _lead(_named(lambda df: _top(df["Bullseyes"][_ax_total(df).notna()].groupby(_text(df, "Thrower")).mean()))),
        ),
        ("Thrower", "Bullseyes"),
    ),
    Q("how many killshots were hit all season", _count(lambda df: int(df["Killshots"].sum())), ("Killshots",)),
    Q(
        "which team is best in the wednesday league",
        either(_lead(_named(_ax_team("mean"))), _lead(_named(_ax_team("sum")))),
        ("Team", "Total", "League"),
    ),
    Q(
        "how often did someone not show up",
        _count(lambda df: int((_text(df, "Total") == "DNS").sum())),
        ("Total", "Thrower", "Night", "Round 1", "Round 2", "Round 3"),
    ),
    Q(
        "do people score better in round 3 than round 1",
        either(
            _about(lambda df: [_num(df, "Round 1").mean(), _num(df, "Round 3").mean()]),
            _about(lambda df: _num(df, "Round 3").mean() - _num(df, "Round 1").mean(), rel=0.02),
        ),
        ("Round 1", "Round 3"),
    ),
]


# --- 6. Public sauna daily visits ----------------------------------------------------------------------------------

_SA_VISITS = ["Adult Visits", "Child Visits", "Senior Visits"]


def _sauna_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30406)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-01", "2024-12-31", freq="D"):
        closed = (day.dayofweek == 0 and rng.random() < 0.35) or rng.random() < 0.02
        cold = 1 + 0.6 * np.cos((day.dayofyear - 15) / 365.25 * 2 * np.pi)
        wk = {0: 0.7, 1: 0.75, 2: 0.8, 3: 0.85, 4: 1.1, 5: 1.45, 6: 1.3}[day.dayofweek]
        temp = float(np.round(rng.normal(176, 5)))
        heat = 1 + 0.01 * (temp - 176)
        adult = 0 if closed else int(rng.poisson(48 * cold * wk * heat))
        child = 0 if closed else int(rng.poisson(7 * cold * (1.8 if day.dayofweek >= 5 else 0.7)))
        senior = 0 if closed else int(rng.poisson(16 * cold * (0.7 if day.dayofweek >= 5 else 1.1)))
        towels = int(rng.binomial(adult + senior, 0.35))
        revenue = adult * 18 + child * 8 + senior * 12 + towels * 3
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Weekday": f"{day:%a}",
                "Adult Visits": adult,
                "Child Visits": child,
                "Senior Visits": senior,
                "Towel Rentals": towels,
                "Sauna Temp (F) at Open": "" if closed or rng.random() < 0.05 else temp,
                "Revenue": f"{revenue:,.2f}",
                "Staff on Shift": 0 if closed else int(2 + (adult + child + senior > 90) + (day.dayofweek >= 5)),
                "Closed": "Y" if closed else "N",
            }
        )
    return pd.DataFrame(rows)


def _sa_all(df: pd.DataFrame) -> pd.Series:
    return df[_SA_VISITS].sum(axis=1).astype(float)


def _sa_weekday(df: pd.DataFrame) -> pd.Series:
    """Full day names ("Saturday") from the date, so "Sat" and "Saturday" both pass."""
    return _when(df, "Date", "%Y-%m-%d").dt.day_name()


def _sa_day(open_only: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        keep = ~_yes(df, "Closed") if open_only else pd.Series(True, index=df.index)
        return _top(_sa_all(df)[keep].groupby(_sa_weekday(df)[keep]).mean())

    return top


_SA_QS = [
    Q("how many days were we closed", _count(lambda df: int(_yes(df, "Closed").sum())), ("Closed",)),
    Q(
        "how many visits did we have in 2024 all together",
        _count(lambda df: int(_sa_all(df)[_when(df, "Date", "%Y-%m-%d").dt.year == 2024].sum())),
        ("Date", *_SA_VISITS),
    ),
    Q(
        "which day of the week is busiest",
        either(
            _weekday(_sa_day(True)),
            _weekday(_sa_day(False)),
            _weekday(lambda df: _top(_sa_all(df).groupby(_sa_weekday(df)).sum())),
        ),
        ("Weekday", "Date", "Closed", *_SA_VISITS),
    ),
    Q(
        "what share of visitors are seniors",
        _share(lambda df: float(df["Senior Visits"].sum() / _sa_all(df).sum())),
        tuple(_SA_VISITS),
    ),
    Q(
        "does a hotter sauna bring more people in",
        _corr(lambda d: _num(d, "Sauna Temp (F) at Open"), _sa_all),
        ("Sauna Temp (F) at Open", "Closed", *_SA_VISITS),
    ),
    Q(
        "how many days is the temperature missing",
        either(
            _count(lambda df: int(_num(df, "Sauna Temp (F) at Open").isna().sum())),
            _count(lambda df: int((_num(df, "Sauna Temp (F) at Open").isna() & ~_yes(df, "Closed")).sum())),
        ),
        ("Sauna Temp (F) at Open", "Closed", "Date"),
    ),
]


# --- 7. State falconry permit registry -----------------------------------------------------------------------------

_FA_COUNTIES = ["WASHINGTON", "LARIMER", "EL PASO", "JEFFERSON", "BOULDER", "WELD", "MESA", "PUEBLO", "DOUGLAS"]
_FA_SPECIES = {"RED-TAILED HAWK": 10, "AMERICAN KESTREL": 5, "HARRIS'S HAWK": 4, "PEREGRINE FALCON": 3}
_FA_SPECIES |= {"COOPER'S HAWK": 2, "PRAIRIE FALCON": 2, "GYRFALCON HYBRID": 1, "GOLDEN EAGLE": 0.4}


def _falconry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(30407)
    rows: list[dict[str, Any]] = []
    for _ in range(880):
        year = int(_one(rng, list(range(2015, 2025)), [6, 6, 7, 7, 8, 9, 10, 11, 12, 13]))
        issue = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        cls = str(_one(rng, ["APPRENTICE", "GENERAL", "MASTER"], [3 + 0.3 * (year - 2015), 4, 2]))
        cap = {"APPRENTICE": 1, "GENERAL": 3, "MASTER": 5}[cls]
        birds = int(min(cap, rng.poisson({"APPRENTICE": 0.9, "GENERAL": 1.5, "MASTER": 2.6}[cls])))
        pool = ["RED-TAILED HAWK", "AMERICAN KESTREL"] if cls == "APPRENTICE" else list(_FA_SPECIES)
        held = [str(_one(rng, pool, [_FA_SPECIES[s] for s in pool])) for _ in range(birds)]
        expiry = issue + pd.DateOffset(years=5) - pd.Timedelta(days=1)
        status = "ACTIVE" if expiry >= pd.Timestamp("2025-06-30") else "EXPIRED"
        if rng.random() < 0.05:
            status = str(_one(rng, ["REVOKED", "SURRENDERED"], [1, 2]))
        rows.append(
            {
                "PERMIT_NUMBER": "",
                "COUNTY": str(_one(rng, _FA_COUNTIES, [2, 6, 5, 4, 3, 4, 2, 2, 1])),
                "PERMIT_CLASS": cls,
                "ISSUE_DATE": f"{issue:%Y-%m-%d}",
                "EXPIRY_DATE": f"{expiry:%Y-%m-%d}",
                "SPECIES_HELD": "; ".join(dict.fromkeys(held)),
                "BIRDS_HELD": birds,
                "SPONSOR_PERMIT_NUMBER": "",
                "STATUS": status,
            }
        )
    df = pd.DataFrame(rows).sort_values("ISSUE_DATE", kind="stable").reset_index(drop=True)
    years = df["ISSUE_DATE"].str[:4]
    df["PERMIT_NUMBER"] = [f"FAL-{y}-{100 + 2 * i + int(rng.integers(0, 2)):05d}" for i, y in enumerate(years)]
    seniors = df.index[df["PERMIT_CLASS"] != "APPRENTICE"].to_numpy()
    pull = rng.uniform(0.3, 1.5, size=len(seniors)) ** 2
    pull[int(rng.integers(0, 15))] = 9.0
    for i in df.index[df["PERMIT_CLASS"] == "APPRENTICE"]:
        earlier = seniors < max(i, seniors[0] + 1)
        pick = int(_one(rng, list(seniors[earlier]), pull[earlier]))
        df.loc[i, "SPONSOR_PERMIT_NUMBER"] = df.loc[pick, "PERMIT_NUMBER"]
    return df


def _fa_species(df: pd.DataFrame) -> str:
    held = _text(df, "SPECIES_HELD").str.split(";").explode().str.strip()
    return _top(held[held != ""].value_counts())


_FA_QS = [
    Q(
        "how many active permits are there",
        _count(lambda df: int((_text(df, "STATUS") == "ACTIVE").sum())),
        ("STATUS",),
    ),
    Q(
        "which county has the most falconers",
        _lead(_named(lambda df: _top(_text(df, "COUNTY").value_counts()))),
        ("COUNTY", "PERMIT_NUMBER"),
    ),
    Q(
        "what year were the most permits issued",
        _year(lambda df: int(_when(df, "ISSUE_DATE", "%Y-%m-%d").dt.year.value_counts().sort_index().idxmax())),
        ("ISSUE_DATE", "PERMIT_NUMBER"),
    ),
    Q(
        "how many birds does a master falconer hold on average",
        _about(lambda df: float(df["BIRDS_HELD"][_text(df, "PERMIT_CLASS") == "MASTER"].mean())),
        ("PERMIT_CLASS", "BIRDS_HELD"),
    ),
    Q("whats the most common bird people keep", _lead(_named(_fa_species)), ("SPECIES_HELD",)),
    Q(
        "which sponsor has the most apprentices",
        _lead(_named(lambda df: _top(_text(df, "SPONSOR_PERMIT_NUMBER").replace("", pd.NA).dropna().value_counts()))),
        ("SPONSOR_PERMIT_NUMBER", "PERMIT_NUMBER", "PERMIT_CLASS"),
    ),
]


HELDOUT304 = [
    Dataset("archery_lane_bookings", _archery_frame, _AR_QS),
    Dataset("quilt_show_entries", _quilt_frame, _QU_QS),
    Dataset("arcade_machine_collections", _arcade_frame, _AC_QS),
    Dataset("paintball_sessions", _paintball_frame, _PB_QS),
    Dataset("axe_league_scores", _axe_frame, _AX_QS),
    Dataset("sauna_daily_visits", _sauna_frame, _SA_QS),
    Dataset("falconry_permits", _falconry_frame, _FA_QS),
]
