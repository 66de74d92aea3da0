"""HELDOUT363: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: an arcade's weekly game meters (2023
and 2024, one row per game a week) with Game (now and then with a trailing space), "Cabinet Type" (Redemption, Video,
Pinball; now and then upper case), "Week Ending" as "03/16/2024" (Saturdays), "Coins In" (the coin-box dollars,
"$1,234.50"), "Card Swipes", "Price Per Play" as "$1.25" (one per game), "Tickets Out" (redemption games only, "N/A" on
the others) and Repairs (service calls that week, mostly 0; pinball breaks most). A septic service's pump-outs (2022 to
2024, one row per job) with "Job #" as "24-0412" (year and running number), Date as "2024-03-14", Customer, "Tank
Gallons" (1000, 1250, 1500, 2000), "Gallons Pumped" (about the tank, a little more with the rinse), "Baffle OK" (Y/N,
blank when it could not be seen), "Riser Installed" (Yes/No), Miles, Price as "$425.00" (by tank size, miles and a
riser) and "Next Due" (a year three or so ahead, blank for one-off jobs). A daycare's daily roster (2023 and 2024
weekdays, one row per room a day) with Date as "3/14/2024", Room (Infants, Toddlers, Pre-K), Enrolled, Present (blank on
closed holidays), "Staff On" (0 when closed), Ratio as "1:3.5" (present per staff, blank when closed), "Late Pickups"
(most in Pre-K, more on Fridays) and "Late Fee Each" as "$15" ($20 from July 2024). A thrift store's donation-door log
(2023 and 2024, one row per open day, closed Mondays) with Date as "2024-03-14", Day ("Tue"), "Bags In", "Boxes In",
"Furniture Pcs" (blank when none came), "Rejected Items", "Tax Receipts", Volunteers and "Vol Hours" (weekends busier).
A food truck's stops (2023 and 2024, one row per stop) with Date as "03/14/2024", Location (Brewery Row, Downtown Plaza,
Tech Park, Farmers Market, Stadium Lot; now and then upper case), "Hours Parked", Orders, "Tacos Sold", "Burritos Sold",
"Avg Ticket" as "$14.25" (blank now and then), Rain (Y/N; fewer orders), Event (Yes/No; more orders) and "Permit Fee" as
"$75.00" ("$0.00" at the free spots). A well-drilling outfit's completed wells (2019 to 2024, one row per well) with
"Well #" as "W-2021-014", County, "Date Completed" as "6/14/2021", "Total Depth (ft)", "Water Found At (ft)" (blank for
dry holes), "Yield (GPM)" ("DRY" for dry holes; deeper wells in the hill counties), "Casing (ft)", "Price/Ft" as
"$38.00" (a dollar or two more each year) and "Pump Set (ft)" (blank when no pump was set). And a chimney sweep's visits
(2022 to 2024, one row per visit, the fall busiest) with "Visit ID" as "CS-1043", Date as "2024-10-14", "Chimney Type"
(Masonry, Prefab), Flues (1 to 3), "Creosote Stage" (1 to 3, blank now and then), "Cap Installed" (Y/N), "Inspection
Level" ("Level 1", "Level 2", "Level 3"), Charge as "$189.00" (by level and flues) and "Repairs Recommended" (blank for
none, else "Crown repair", "Liner replacement", "Tuckpointing", "Damper replacement", "Chase cover"; masonry needs
more). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical, _weekday
from .heldout333 import _FIRST, _LAST, _date, _either_named
from .heldout358 import _money, _yes
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _month_name(value: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month by name ("October", "Oct")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE):
            return None
        return f"missing month {m}"

    return check


def _top_month(values: pd.Series, dates: pd.Series) -> pd.Timestamp:
    return values.groupby(dates.dt.to_period("M")).sum().idxmax().to_timestamp()


# --- 1. Arcade weekly game meters ----------------------------------------------------------------------------------

# game: cabinet type, price per play, weekly plays (mean)
_AR_GAMES = {
    "Skee-Ball": ("Redemption", 1.00, 420), "Wheel of Fortune": ("Redemption", 1.50, 260),
    "Big Bass Wheel": ("Redemption", 1.25, 300), "Whac-A-Mole": ("Redemption", 1.00, 240),
    "Cyclone": ("Redemption", 1.25, 280), "Stacker": ("Redemption", 2.00, 190), "Ice Ball": ("Redemption", 1.00, 210),
    "Pac-Man Battle Royale": ("Video", 1.50, 230), "Mario Kart Arcade GP DX": ("Video", 2.00, 310),
    "Time Crisis 5": ("Video", 2.00, 170), "Street Fighter II": ("Video", 0.75, 120),
    "Jurassic Park Arcade": ("Video", 2.00, 200), "Galaga": ("Video", 0.75, 90), "Cruis'n Blast": ("Video", 2.00, 260),
    "Medieval Madness": ("Pinball", 1.00, 150), "Addams Family": ("Pinball", 1.00, 140),
    "Stranger Things": ("Pinball", 1.25, 170), "Godzilla": ("Pinball", 1.25, 160),
    "Attack from Mars": ("Pinball", 1.00, 120),
}  # fmt: skip


def _arcade_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36301)
    rows: list[dict[str, Any]] = []
    for week in pd.date_range("2023-01-07", "2024-12-28", freq="W-SAT"):
        season = 1.0 + 0.35 * np.exp(-(((week.dayofyear - 200) / 40) ** 2)) + (0.3 if week.month == 12 else 0.0)
        for game, (kind, price, plays) in _AR_GAMES.items():
            n = int(rng.poisson(plays * season))
            coin_share = float(rng.uniform(0.1, 0.3))
            coin_plays = round(n * coin_share)
            repairs = int(rng.poisson({"Redemption": 0.12, "Video": 0.06, "Pinball": 0.3}[kind]))
            if repairs and rng.random() < 0.5:
                n = int(n * 0.6)
                coin_plays = int(coin_plays * 0.6)
            tickets = round(n * rng.uniform(8, 14)) if kind == "Redemption" else None
            rows.append(
                {
                    "Game": game + (" " if rng.random() < 0.03 else ""),
                    "Cabinet Type": kind.upper() if rng.random() < 0.04 else kind,
                    "Week Ending": f"{week:%m/%d/%Y}",
                    "Coins In": _money(coin_plays * price),
                    "Card Swipes": n - coin_plays,
                    "Price Per Play": _money(price),
                    "Tickets Out": "N/A" if tickets is None else tickets,
                    "Repairs": repairs,
                }
            )
    return pd.DataFrame(rows)


def _ar_kind(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Cabinet Type").str.title()


def _ar_week(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Week Ending", "%m/%d/%Y")


def _ar_redemption_tickets(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Tickets Out")[_ar_kind(df) == "Redemption"].dropna()


def _ar_pinball_month(df: pd.DataFrame) -> pd.Timestamp:
    pin = _ar_kind(df) == "Pinball"
    return _top_month(_num(df, "Coins In")[pin], _ar_week(df)[pin])


def _ar_pinball_month_all(df: pd.DataFrame) -> pd.Timestamp:
    pin = _ar_kind(df) == "Pinball"
    money = _num(df, "Coins In") + _num(df, "Card Swipes") * _num(df, "Price Per Play")
    return _top_month(money[pin], _ar_week(df)[pin])


_AR_QS = [
    Q(
        "how many different games are on the floor",
        _count(lambda df: int(_text(df, "Game").nunique())),
        ("Game",),
    ),
    Q(
        "which game do people swipe their cards on the most",
        _lead(_named(lambda df: _top(_num(df, "Card Swipes").groupby(_text(df, "Game")).sum()))),
        ("Card Swipes", "Game"),
    ),
    Q(
        "how many tickets does a redemption game spit out in a week on average",
        either(
            _typical(_ar_redemption_tickets),
            _about(
                lambda df: float(
                    _num(df, "Tickets Out")[_ar_kind(df) == "Redemption"].groupby(_ar_week(df)).sum().mean()
                )
            ),
        ),
        ("Tickets Out", "Cabinet Type", "Week Ending"),
    ),
    Q(
        "what percent of the time does a machine need a repair",
        either(
            _share(lambda df: float((_num(df, "Repairs") > 0).mean())),
            _share(lambda df: float((_num(df, "Repairs").groupby(_ar_week(df)).sum() > 0).mean())),
        ),
        ("Repairs", "Game", "Week Ending"),
    ),
    Q(
        "total coin money by cabinet type",
        _about(lambda df: _num(df, "Coins In").groupby(_ar_kind(df)).sum().to_numpy(), rel=0.002),
        ("Coins In", "Cabinet Type"),
    ),
    Q(
        "and which month was best for pinball",
        either(_month_year(_ar_pinball_month), _month_year(_ar_pinball_month_all)),
        ("Coins In", "Cabinet Type", "Week Ending", "Card Swipes", "Price Per Play"),
    ),
]


# --- 2. Septic pump-outs -------------------------------------------------------------------------------------------

_SE_TANKS = {1000: 5, 1250: 2, 1500: 3, 2000: 1}
_SE_BASE = {1000: 325.0, 1250: 365.0, 1500: 415.0, 2000: 495.0}


def _septic_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36302)
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023, 2024):
        days = pd.date_range(f"{year}-01-03", f"{year}-12-30", freq="B")
        weights = np.array([0.4 if d.month in (1, 2, 12) else 1.2 if 4 <= d.month <= 10 else 0.8 for d in days])
        n_jobs = int(rng.integers(470, 560))
        picks = np.sort(rng.choice(len(days), size=n_jobs, p=weights / weights.sum()))
        for k, i in enumerate(picks, start=1):
            day = days[i]
            tank = int(_one(rng, list(_SE_TANKS), list(_SE_TANKS.values())))
            pumped = int(round(tank * rng.uniform(0.85, 1.15) / 10) * 10)
            miles = round(float(rng.gamma(3, 6)), 1)
            riser = rng.random() < 0.18
            price = _SE_BASE[tank] + 2.5 * max(0.0, miles - 15) + (185 if riser else 0)
            baffle = "" if rng.random() < 0.07 else ("N" if rng.random() < 0.16 else "Y")
            due = "" if rng.random() < 0.1 else year + int(_one(rng, [2, 3, 3, 3, 4, 5]))
            rows.append(
                {
                    "Job #": f"{year % 100}-{k:04d}",
                    "Date": f"{day:%Y-%m-%d}",
                    "Customer": f"{_one(rng, _FIRST)} {_one(rng, _LAST)}",
                    "Tank Gallons": tank,
                    "Gallons Pumped": pumped,
                    "Baffle OK": baffle,
                    "Riser Installed": "Yes" if riser else "No",
                    "Miles": miles,
                    "Price": _money(price),
                    "Next Due": due,
                }
            )
    return pd.DataFrame(rows)


def _se_2023(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d").dt.year == 2023


_SE_QS = [
    Q("how many jobs did we do in 2023", _count(lambda df: int(_se_2023(df).sum())), ("Date", "Job #")),
    Q(
        "and how many of those got a riser put in",
        _count(lambda df: int((_se_2023(df) & _yes(df, "Riser Installed")).sum())),
        ("Date", "Job #", "Riser Installed"),
    ),
    Q("whats a pump out usually cost", _typical(lambda df: _num(df, "Price")), ("Price",)),
    Q(
        "how often is the baffle bad",
        either(
            _share(lambda df: float((_text(df, "Baffle OK").str.upper() == "N").mean())),
            _share(
                lambda df: float(
                    (_text(df, "Baffle OK").str.upper() == "N")[_text(df, "Baffle OK").str.upper() != ""].mean()
                )
            ),
        ),
        ("Baffle OK",),
    ),
    Q(
        "what size tank do we see the most",
        _lead(_count(lambda df: int(_num(df, "Tank Gallons").value_counts().idxmax()))),
        ("Tank Gallons",),
    ),
    Q(
        "do the longer drives cost more",
        _corr(lambda df: _num(df, "Miles"), lambda df: _num(df, "Price")),
        ("Miles", "Price"),
    ),
]


# --- 3. Daycare daily roster ---------------------------------------------------------------------------------------

# room: enrolled, staff on, attendance rate, late pickups a day
_DC_ROOMS = {"Infants": (10, 3, 0.86, 0.14), "Toddlers": (16, 3, 0.84, 0.19), "Pre-K": (22, 2, 0.88, 0.27)}
_DC_CLOSED = {
    "2023-01-02", "2023-01-16", "2023-05-29", "2023-07-04", "2023-09-04", "2023-11-23", "2023-11-24",
    "2023-12-25", "2023-12-26", "2024-01-01", "2024-01-15", "2024-05-27", "2024-07-04", "2024-09-02",
    "2024-11-28", "2024-11-29", "2024-12-24", "2024-12-25",
}  # fmt: skip


def _daycare_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36303)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="B"):
        closed = f"{day:%Y-%m-%d}" in _DC_CLOSED
        fee = 20 if day >= pd.Timestamp("2024-07-01") else 15
        for room, (enrolled, staff, rate, late_rate) in _DC_ROOMS.items():
            enrolled_now = enrolled - int(rng.random() < 0.2)
            if closed:
                present, staff_on, late = None, 0, 0
            else:
                present = int(rng.binomial(enrolled_now, rate))
                staff_on = max(1, staff + int(_one(rng, [-1, 0, 0, 0, 0, 1])))
                late = int(rng.poisson(late_rate * (1.8 if day.weekday() == 4 else 1.0)))
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Room": room,
                    "Enrolled": enrolled_now,
                    "Present": "" if present is None else present,
                    "Staff On": staff_on,
                    "Ratio": "" if present is None else f"1:{present / staff_on:.1f}",
                    "Late Pickups": late,
                    "Late Fee Each": f"${fee}",
                }
            )
    return pd.DataFrame(rows)


def _dc_room(df: pd.DataFrame, room: str) -> pd.Series:
    return _text(df, "Room") == room


def _dc_over(df: pd.DataFrame) -> pd.Series:
    return _dc_room(df, "Infants") & (_num(df, "Present") / _num(df, "Staff On") > 4).fillna(False)


def _dc_open(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Present").notna()


_DC_QS = [
    Q(
        "how many toddlers show up on a normal day",
        _typical(lambda df: _num(df, "Present")[_dc_room(df, "Toddlers")].dropna()),
        ("Present", "Room"),
    ),
    Q(
        "what percent of enrolled kids actually come in",
        either(
            _share(lambda df: float(_num(df, "Present").sum() / _num(df, "Enrolled")[_dc_open(df)].sum())),
            _share(lambda df: float(_num(df, "Present").sum() / _num(df, "Enrolled").sum())),
            _share(lambda df: float((_num(df, "Present") / _num(df, "Enrolled")).mean())),
        ),
        ("Present", "Enrolled", "Date"),
    ),
    Q(
        "how much have we collected in late fees",
        _amount(lambda df: float((_num(df, "Late Pickups") * _num(df, "Late Fee Each")).sum())),
        ("Late Pickups", "Late Fee Each"),
    ),
    Q(
        "which room has the most late pickups",
        _lead(_named(lambda df: _top(_num(df, "Late Pickups").groupby(_text(df, "Room")).sum()))),
        ("Late Pickups", "Room"),
    ),
    Q(
        "how many days did the infant room have more than 4 babies per staff member",
        _count(lambda df: int(_dc_over(df).sum())),
        ("Present", "Staff On", "Ratio", "Room", "Date"),
    ),
    Q(
        "how many of those were in 2024",
        _count(lambda df: int((_dc_over(df) & (_date(df, "Date", "%m/%d/%Y").dt.year == 2024)).sum())),
        ("Present", "Staff On", "Ratio", "Room", "Date"),
    ),
]


# --- 4. Thrift store donation door ---------------------------------------------------------------------------------


def _thrift_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36304)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-03", "2024-12-31", freq="D"):
        if day.weekday() == 0 or (day.month, day.day) in ((12, 25), (1, 1), (7, 4)):
            continue
        busy = {5: 1.7, 6: 1.3}.get(day.weekday(), 1.0) * (1.35 if day.month in (1, 4, 5, 12) else 1.0)
        volunteers = int(max(1, rng.poisson(3.0 * (1.4 if day.weekday() >= 5 else 1.0))))
        hours = round(float(volunteers * rng.uniform(3.0, 5.5) * 2) / 2, 1)
        bags = int(rng.poisson(30 * busy + 3 * volunteers))
        boxes = int(rng.poisson(12 * busy))
        furniture = int(rng.poisson(1.2 * busy * (1.6 if day.month in (5, 6, 8) else 1.0)))
        rejected = int(rng.binomial(bags + boxes, 0.04))
        receipts = int(rng.binomial(int(rng.poisson(14 * busy)) + 1, 0.55))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Day": f"{day:%a}",
                "Bags In": bags,
                "Boxes In": boxes,
                "Furniture Pcs": "" if furniture == 0 else furniture,
                "Rejected Items": rejected,
                "Tax Receipts": receipts,
                "Volunteers": volunteers,
                "Vol Hours": hours,
            }
        )
    return pd.DataFrame(rows)


_TH_DAYS = {"Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Fri": "Friday"}
_TH_DAYS |= {"Sat": "Saturday", "Sun": "Sunday"}


def _th_day(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Day").map(_TH_DAYS)


def _th_top_day(cols: tuple[str, ...], how: str) -> Callable[[pd.DataFrame], str]:
    def value(df: pd.DataFrame) -> str:
        total = sum(_num(df, c).fillna(0) for c in cols)
        return _top(total.groupby(_th_day(df)).agg(how))

    return value


def _th_weekend(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Day").isin(["Sat", "Sun"])


def _th_furniture_month(df: pd.DataFrame) -> pd.Timestamp:
    return _top_month(_num(df, "Furniture Pcs").fillna(0), _date(df, "Date", "%Y-%m-%d"))


_TH_QS = [
    Q("how many bags came in altogether", _count(lambda df: int(_num(df, "Bags In").sum())), ("Bags In",)),
    Q(
        "what day of the week do we get the most donations",
        either(
            *(
                _lead(_weekday(_th_top_day(cols, how)))
                for cols in (("Bags In",), ("Bags In", "Boxes In"), ("Bags In", "Boxes In", "Furniture Pcs"))
                for how in ("sum", "mean")
            )
        ),
        ("Day", "Date", "Bags In", "Boxes In", "Furniture Pcs"),
    ),
    Q("how many volunteers do we usually have on a day", _typical(lambda df: _num(df, "Volunteers")), ("Volunteers",)),
    Q(
        "and on weekends?",
        _typical(lambda df: _num(df, "Volunteers")[_th_weekend(df)]),
        ("Volunteers", "Day", "Date"),
    ),
    Q(
        "how many tax receipts did we give out in 2024",
        _count(lambda df: int(_num(df, "Tax Receipts")[_date(df, "Date", "%Y-%m-%d").dt.year == 2024].sum())),
        ("Tax Receipts", "Date"),
    ),
    Q(
        "which month did we get the most furniture",
        _month_year(_th_furniture_month),
        ("Furniture Pcs", "Date"),
    ),
]


# --- 5. Food truck stops -------------------------------------------------------------------------------------------

# location: weight, orders per hour, permit fee
_FT_SPOTS = {
    "Brewery Row": (4, 16, 0.0), "Downtown Plaza": (3, 22, 35.0), "Tech Park": (3, 19, 0.0),
    "Farmers Market": (1.5, 25, 50.0), "Stadium Lot": (1, 30, 75.0),
}  # fmt: skip


def _truck_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36305)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-03-01", "2024-11-30", freq="D"):
        if rng.random() > (0.85 if day.weekday() >= 4 else 0.55):
            continue
        spot = str(_one(rng, list(_FT_SPOTS), [w for w, _, _ in _FT_SPOTS.values()]))
        _, per_hour, fee = _FT_SPOTS[spot]
        event = spot in ("Stadium Lot", "Farmers Market") or rng.random() < 0.12
        rain = rng.random() < (0.22 if day.month in (4, 5, 10, 11) else 0.12)
        hours = float(_one(rng, [3.0, 3.5, 4.0, 4.5, 5.0, 6.0]))
        orders = int(rng.poisson(per_hour * hours * (1.3 if event else 1.0) * (0.65 if rain else 1.0)))
        tacos = int(rng.binomial(orders, 0.7) * rng.uniform(2.0, 3.0))
        burritos = int(rng.binomial(orders, 0.45))
        ticket = 3.5 * tacos / max(orders, 1) + 11.0 * burritos / max(orders, 1) + float(rng.uniform(1.0, 2.5))
        rows.append(
            {
                "Date": f"{day:%m/%d/%Y}",
                "Location": spot.upper() if rng.random() < 0.04 else spot,
                "Hours Parked": hours,
                "Orders": orders,
                "Tacos Sold": tacos,
                "Burritos Sold": burritos,
                "Avg Ticket": "" if rng.random() < 0.03 else _money(ticket),
                "Rain": "Y" if rain else "N",
                "Event": "Yes" if event else "No",
                "Permit Fee": _money(fee + (40.0 if event and fee == 0 else 0.0)),
            }
        )
    return pd.DataFrame(rows)


def _ft_spot(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Location").str.upper()


def _ft_rain_means(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(df: pd.DataFrame) -> list[float]:
        g = _num(df, "Orders").groupby(_yes(df, "Rain")).agg(how)
        return [float(g[True]), float(g[False])]

    return value


_FT_QS = [
    Q("how many tacos have we sold total", _count(lambda df: int(_num(df, "Tacos Sold").sum())), ("Tacos Sold",)),
    Q(
        "which spot gets the most orders per hour",
        either(
            _lead(
                _named(
                    lambda df: _top(
                        _num(df, "Orders").groupby(_ft_spot(df)).sum()
                        / _num(df, "Hours Parked").groupby(_ft_spot(df)).sum()
                    ).title()
                )
            ),
            _lead(
                _named(
                    lambda df: _top(
                        (_num(df, "Orders") / _num(df, "Hours Parked")).groupby(_ft_spot(df)).mean()
                    ).title()
                )
            ),
        ),
        ("Location", "Orders", "Hours Parked"),
    ),
    Q(
        "do we sell less when it rains",
        either(_about(_ft_rain_means("mean")), _about(_ft_rain_means("median"))),
        ("Rain", "Orders"),
    ),
    Q(
        "whats our total revenue",
        _amount(lambda df: float((_num(df, "Orders") * _num(df, "Avg Ticket")).sum())),
        ("Orders", "Avg Ticket"),
    ),
    Q(
        "how much did we pay in permit fees at events",
        _amount(lambda df: float(_num(df, "Permit Fee")[_yes(df, "Event")].sum())),
        ("Permit Fee", "Event"),
    ),
    Q("and how many event days was that", _count(lambda df: int(_yes(df, "Event").sum())), ("Event", "Date")),
]


# --- 6. Well drilling log ------------------------------------------------------------------------------------------

# county: weight, typical depth, water found share of depth, dry-hole chance
_WE_COUNTIES = {
    "Boone": (4, 240, 0.6, 0.04), "Madison": (3, 310, 0.55, 0.06), "Ozark": (2, 520, 0.5, 0.12),
    "Taney": (2, 470, 0.5, 0.1), "Greene": (3, 280, 0.6, 0.05), "Stone": (1.5, 430, 0.5, 0.09),
}  # fmt: skip


def _wells_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36306)
    rows: list[dict[str, Any]] = []
    for year in range(2019, 2025):
        days = pd.date_range(f"{year}-01-02", f"{year}-12-22", freq="B")
        n = int(rng.integers(85, 125))
        for k, i in enumerate(np.sort(rng.choice(len(days), size=n, replace=False)), start=1):
            day = days[i]
            county = str(_one(rng, list(_WE_COUNTIES), [w for w, _, _, _ in _WE_COUNTIES.values()]))
            _, depth0, found_share, dry_p = _WE_COUNTIES[county]
            depth = int(round(depth0 * rng.lognormal(0, 0.25) / 5) * 5)
            dry = rng.random() < dry_p
            found = None if dry else int(round(depth * found_share * rng.uniform(0.6, 1.2) / 5) * 5)
            gpm = None if dry else round(float(max(0.5, rng.gamma(2.2, 4 + depth / 80))), 1)
            casing = int(round(min(depth, max(20, rng.normal(depth0 * 0.25, 15))) / 5) * 5)
            price = 34.0 + 1.5 * (year - 2019) + float(_one(rng, [0.0, 0.0, 2.0]))
            pump = "" if dry or rng.random() < 0.15 else int(min(depth - 10, (found or 0) + rng.integers(20, 80)))
            rows.append(
                {
                    "Well #": f"W-{year}-{k:03d}",
                    "County": county,
                    "Date Completed": f"{day.month}/{day.day}/{day.year}",
                    "Total Depth (ft)": depth,
                    "Water Found At (ft)": "" if found is None else found,
                    "Yield (GPM)": "DRY" if gpm is None else gpm,
                    "Casing (ft)": casing,
                    "Price/Ft": _money(price),
                    "Pump Set (ft)": pump,
                }
            )
    return pd.DataFrame(rows)


def _we_dry(df: pd.DataFrame) -> pd.Series:
    return (_text(df, "Yield (GPM)").str.upper() == "DRY") | (_num(df, "Yield (GPM)") == 0).fillna(False)


_WE_QS = [
    Q("how deep is the average well", _typical(lambda df: _num(df, "Total Depth (ft)")), ("Total Depth (ft)",)),
    Q("how many dry holes did we drill", _count(lambda df: int(_we_dry(df).sum())), ("Yield (GPM)", "Well #")),
    Q(
        "which county had the most of them",
        _either_named(
            lambda df: _top(_we_dry(df).groupby(_text(df, "County")).sum()),
            lambda df: _top(_we_dry(df).groupby(_text(df, "County")).mean()),
        ),
        ("Yield (GPM)", "County", "Well #", "Water Found At (ft)"),
    ),
    Q(
        "which county has the deepest wells",
        _either_named(
            lambda df: _top(_num(df, "Total Depth (ft)").groupby(_text(df, "County")).mean()),
            lambda df: _top(_num(df, "Total Depth (ft)").groupby(_text(df, "County")).median()),
            lambda df: _text(df, "County")[_num(df, "Total Depth (ft)").idxmax()],
        ),
        ("Total Depth (ft)", "County"),
    ),
    Q(
        "whats the total we billed for drilling",
        _amount(lambda df: float((_num(df, "Total Depth (ft)") * _num(df, "Price/Ft")).sum())),
        ("Total Depth (ft)", "Price/Ft"),
    ),
    Q(
        "do deeper wells give more water",
        either(
            _corr(lambda df: _num(df, "Total Depth (ft)"), lambda df: _num(df, "Yield (GPM)")),
            _corr(lambda df: _num(df, "Total Depth (ft)"), lambda df: _num(df, "Yield (GPM)").fillna(0)),
        ),
        ("Total Depth (ft)", "Yield (GPM)"),
    ),
]


# --- 7. Chimney sweep visits ---------------------------------------------------------------------------------------

_CH_LEVELS = {"Level 1": (149.0, 6), "Level 2": (259.0, 3), "Level 3": (495.0, 0.4)}
_CH_REPAIRS = {"": 0, "Crown repair": 3, "Liner replacement": 2, "Tuckpointing": 2.5, "Damper replacement": 1.5}
_CH_REPAIRS |= {"Chase cover": 1.2}


def _chimney_frame() -> pd.DataFrame:
    rng = np.random.default_rng(36307)
    rows: list[dict[str, Any]] = []
    visit = 1000
    for day in pd.date_range("2022-01-03", "2024-12-31", freq="B"):
        busy = 0.8 + 2.6 * np.exp(-(((day.dayofyear - 290) / 35) ** 2)) + (0.4 if day.month in (1, 2, 3) else 0.0)
        for _ in range(int(rng.poisson(1.3 * busy))):
            visit += 1
            masonry = rng.random() < 0.62
            flues = int(_one(rng, [1, 2, 3], [6, 3, 1] if masonry else [9, 1.5, 0.1]))
            level = str(_one(rng, list(_CH_LEVELS), [w for _, w in _CH_LEVELS.values()]))
            stage = int(_one(rng, [1, 2, 3], [6, 3, 1.2] if masonry else [7, 2.5, 0.6]))
            charge = _CH_LEVELS[level][0] + 45.0 * (flues - 1)
            if rng.random() < (0.45 if masonry else 0.2):
                names = [k for k in _CH_REPAIRS if k]
                weights = [_CH_REPAIRS[k] * (1.0 if masonry or k in ("Chase cover", "Damper replacement") else 0.2)
                           for k in names]  # fmt: skip
                repair = str(_one(rng, names, weights))
            else:
                repair = ""
            rows.append(
                {
                    "Visit ID": f"CS-{visit}",
                    "Date": f"{day:%Y-%m-%d}",
                    "Chimney Type": "Masonry" if masonry else "Prefab",
                    "Flues": flues,
                    "Creosote Stage": "" if rng.random() < 0.05 else stage,
                    "Cap Installed": "Y" if rng.random() < 0.25 else "N",
                    "Inspection Level": level,
                    "Charge": _money(charge),
                    "Repairs Recommended": repair,
                }
            )
    return pd.DataFrame(rows)


def _ch_masonry(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Chimney Type").str.title() == "Masonry"


def _ch_stage3(mask: Callable[[pd.DataFrame], pd.Series]) -> Check:
    def with_blanks(df: pd.DataFrame) -> float:
        return float((_num(df, "Creosote Stage") == 3).fillna(False)[mask(df)].mean())

    def without(df: pd.DataFrame) -> float:
        stage = _num(df, "Creosote Stage")[mask(df)]
        return float((stage.dropna() == 3).mean())

    return either(_share(with_blanks), _share(without))


def _ch_month(df: pd.DataFrame) -> int:
    return int(_date(df, "Date", "%Y-%m-%d").dt.month.value_counts().idxmax())


def _ch_month_year(df: pd.DataFrame) -> pd.Timestamp:
    return _date(df, "Date", "%Y-%m-%d").dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()


_CH_QS = [
    Q(
        "how many of the visits were prefab chimneys",
        _count(lambda df: int((_text(df, "Chimney Type").str.title() == "Prefab").sum())),
        ("Chimney Type", "Visit ID"),
    ),
    Q(
        "what do we typically charge for a level 2 inspection",
        _typical(lambda df: _num(df, "Charge")[_text(df, "Inspection Level") == "Level 2"]),
        ("Charge", "Inspection Level"),
    ),
    Q(
        "what share of chimneys had stage 3 creosote",
        _ch_stage3(lambda df: pd.Series(True, index=df.index)),
        ("Creosote Stage",),
    ),
    Q("and for masonry ones?", _ch_stage3(_ch_masonry), ("Creosote Stage", "Chimney Type")),
    Q(
        "what repair do we recommend most",
        _lead(_named(lambda df: _top(_text(df, "Repairs Recommended").replace("", pd.NA).dropna().value_counts()))),
        ("Repairs Recommended",),
    ),
    Q(
        "which month are we busiest",
        either(_lead(_month_name(_ch_month)), _month_year(_ch_month_year)),
        ("Date", "Visit ID"),
    ),
]


HELDOUT363 = [
    Dataset("arcade_weekly_game_meters", _arcade_frame, _AR_QS),
    Dataset("septic_pump_out_jobs", _septic_frame, _SE_QS),
    Dataset("daycare_daily_room_roster", _daycare_frame, _DC_QS),
    Dataset("thrift_store_donation_door_log", _thrift_frame, _TH_QS),
    Dataset("food_truck_stop_log", _truck_frame, _FT_QS),
    Dataset("well_drilling_completion_log", _wells_frame, _WE_QS),
    Dataset("chimney_sweep_visit_log", _chimney_frame, _CH_QS),
]
