"""HELDOUT274: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Nintendo Switch play
activity export from a parent's account (one row per play session, March 2023 to February 2024) with Date as
"03/05/2023", Console ("Living Room Switch", "Maya's Switch Lite", "Leo's Switch OLED"), Game ("Mario Kart 8
Deluxe", "Animal Crossing: New Horizons", "Minecraft"), "Start Time" as "4:15 PM", "Minutes Played" (whole minutes,
0 on a few sessions that were opened and closed), Genre (Racing, Simulation, Sandbox, Platformer, Party, Action,
Sports; blank on a few) and "Played Online" ("Y"/"N"); an Acorns round-ups history export (one row per round-up,
2022 to 2024) with "Transaction Date" as "2023-04-12", Merchant in upper case ("STARBUCKS", "SHELL OIL", "AMAZON
MKTPLACE"), "Purchase Amount" and "Round-Up" as "$4.35" (a "$0.00" round-up on whole-dollar purchases),
Multiplier ("1x", "2x", "3x"), "Invested Date" (blank while pending), Portfolio ("Moderately Aggressive", switched
to "Aggressive" in 2024) and Status ("Invested", "Pending"); a cannabis dispensary's POS line-item sales export
(one row per item on a receipt, January to June 2024) with "Receipt ID" (repeated on the items of one sale), "Sale
Date" as "2024-03-05 14:32", Budtender, Category (Flower, Edible, Vape, Pre-Roll, Concentrate), "Product Name",
"THC %" as "22.4%" ("N/A" on a few edibles, whose THC is given in mg in the name), Quantity, "Unit Price",
Discount (0 on most), "Excise Tax" (0 on medical sales) and "Customer Type" (Medical, Recreational); a county
public health lab's rabies testing results in upper-case open-data style (one row per animal specimen, 2019 to
2023) with DATE_RECEIVED as "2021-07-14", COUNTY (upper case), SPECIES (BAT, RACCOON, SKUNK, FOX, CAT, DOG,
OTHER), HUMAN_EXPOSURE and PET_EXPOSURE ("Y"/"N", PET_EXPOSURE blank on some), RESULT (POSITIVE, NEGATIVE,
UNSATISFACTORY) and DAYS_TO_RESULT (blank on unsatisfactory specimens); a city 311 abandoned vehicle complaints
dataset (one row per service request, 2022 to 2023) with "Service Request Number" ("SR22-00123456"), "Creation
Date" and "Completion Date" as "01/15/2023 08:42:00 AM" (completion blank while open), Status ("Completed",
"Open", "Completed - Dup" on duplicate requests), Ward (1 to 50), "Vehicle Make/Model" in upper case ("TOYOTA",
"HONDA", "UNKNOWN", blank on some), "Vehicle Color" (upper case, blank on some), "Days Open" (blank while open)
and "Vehicle Towed" ("Y"/"N"); a sprint triathlon's results file (one row per starter) with Bib, Name, "Age Group"
("M30-34", "F25-29"), Gender ("M"/"F"), Swim, T1, Bike, T2, Run and Overall as "0:14:32" (blank after a DNF),
"Overall Place" (blank on DNF) and DNF ("Y" or blank); and a winery tasting room's order log (one row per order,
April to October 2024) with "Order Date" as "2024-05-18", Day ("Sat"), "Club Member" ("Y"/"N"), "Tasting Fee"
("$25.00", "$0.00" for members and waived tastings), "Bottles Sold" (0 on tasting-only orders), Varietal (the main
wine of the order, blank when no bottles), "Order Total" as "$142.50" and Staff. All are generated with a fixed
seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _year
from .heldout253 import _amount, _named_any, _num, _text, _top, _typical, _weekday
from .heldout273 import _both, _code
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _yes(df: pd.DataFrame, col: str) -> pd.Series:
    return _text(df, col).str.upper() == "Y"


def _seconds(df: pd.DataFrame, col: str) -> pd.Series:
    """A clock column ("1:02:33") as seconds (blank: NaN)."""
    return pd.to_timedelta(df[col].astype("string").fillna(""), errors="coerce").dt.total_seconds()


_HMS = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?(?![\d:])")
_MINS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:minutes|minute|mins|min)\b", re.IGNORECASE)


def _clock(value: Callable[[pd.DataFrame], float], tol: float = 1.5) -> Check:
    """A duration given in seconds: written "1:02:33" (to `tol` seconds) or "62.6 minutes" (to 0.06 minutes)."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = float(value(df))
        for m in _HMS.finditer(answer):
            got = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
            if abs(got - want) <= tol:
                return None
        for m in _MINS.finditer(answer):
            if abs(float(m.group(1)) * 60 - want) <= 3.6:
                return None
        return f"missing time {want:.0f}s"

    return check


# --- 1. Nintendo Switch play activity ------------------------------------------------------------------------------

# game: genre, online share, mean minutes, weight per console (living room, Maya, Leo)
_SW_GAMES: dict[str, tuple[str, float, float, tuple[float, float, float]]] = {
    "Mario Kart 8 Deluxe": ("Racing", 0.35, 38, (10, 4, 8)),
    "Animal Crossing: New Horizons": ("Simulation", 0.10, 52, (2, 12, 1)),
    "Minecraft": ("Sandbox", 0.45, 61, (3, 5, 12)),
    "Super Mario Bros. Wonder": ("Platformer", 0.05, 34, (6, 3, 5)),
    "Mario Party Superstars": ("Party", 0.15, 45, (7, 1, 1)),
    "The Legend of Zelda: Tears of the Kingdom": ("Action", 0.0, 72, (1, 1, 6)),
    "Splatoon 3": ("Action", 0.90, 29, (1, 2, 7)),
    "Nintendo Switch Sports": ("Sports", 0.20, 25, (5, 1, 1)),
}
_SW_CONSOLES = ["Living Room Switch", "Maya's Switch Lite", "Leo's Switch OLED"]


def _sw_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27401)
    games = list(_SW_GAMES)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-03-01", "2024-02-29", freq="D"):
        summer = day.month in (6, 7, 8) or (day.month == 12 and day.day > 20)
        weekend = day.day_of_week >= 5
        for ci, console in enumerate(_SW_CONSOLES):
            lam = 0.7 + (0.6 if weekend else 0) + (0.7 if summer else 0)
            for _ in range(int(rng.poisson(lam))):
                game = _one(rng, games, [_SW_GAMES[g][3][ci] for g in games])
                genre, online, mean, _w = _SW_GAMES[game]
                minutes = 0 if rng.random() < 0.02 else max(1, int(rng.gamma(3.0, mean / 3.0)))
                hour = int(_one(rng, [7, 8, 15, 16, 17, 18, 19, 20] if not weekend else list(range(8, 21))))
                start = pd.Timestamp(day) + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Console": console,
                        "Game": game,
                        "Start Time": start.strftime("%I:%M %p").lstrip("0"),
                        "Minutes Played": minutes,
                        "Genre": "" if rng.random() < 0.02 else genre,
                        "Played Online": "Y" if rng.random() < online else "N",
                    }
                )
    return pd.DataFrame(rows)


def _sw_month(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y").dt.to_period("M")


_SW_QS = [
    Q(
        "how many hours have the kids played in total",
        either(
            _about(lambda df: float(df["Minutes Played"].sum() / 60)),
            _count(lambda df: float(df["Minutes Played"].sum())),
        ),
        ("Minutes Played",),
    ),
    Q(
        "which game do they play the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(df.groupby("Game")["Minutes Played"].sum()),
                    _top(_text(df, "Game").value_counts()),
                ]
            )
        ),
        ("Game", "Minutes Played"),
    ),
    Q(
        "how long is a typical session",
        _typical(lambda df: df["Minutes Played"]),
        ("Minutes Played",),
    ),
    Q(
        "what percent of sessions were online",
        _share(lambda df: float(_yes(df, "Played Online").mean())),
        ("Played Online",),
    ),
    Q(
        "which month had the most play time",
        _lead(_month_year(lambda df: str(_top(df.groupby(_sw_month(df))["Minutes Played"].sum())))),
        ("Date", "Minutes Played"),
    ),
    Q(
        "compare total minutes on maya's switch vs leo's",
        _both(
            _count(lambda df: float(df.loc[df["Console"] == _SW_CONSOLES[1], "Minutes Played"].sum())),
            _count(lambda df: float(df.loc[df["Console"] == _SW_CONSOLES[2], "Minutes Played"].sum())),
        ),
        ("Console", "Minutes Played"),
    ),
]


# --- 2. Acorns round-ups -------------------------------------------------------------------------------------------

# merchant: typical purchase range, weight
_AC_MERCHANTS: dict[str, tuple[float, float, float]] = {
    "STARBUCKS": (3.5, 9.0, 14),
    "SHELL OIL": (25.0, 60.0, 8),
    "AMAZON MKTPLACE": (8.0, 90.0, 11),
    "TARGET": (12.0, 120.0, 7),
    "CHIPOTLE": (9.0, 18.0, 6),
    "KROGER": (20.0, 140.0, 9),
    "UBER EATS": (15.0, 45.0, 5),
    "NETFLIX.COM": (15.49, 15.49, 1),
    "CVS/PHARMACY": (5.0, 40.0, 4),
    "MCDONALD'S": (5.0, 14.0, 6),
}


def _ac_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27402)
    merchants = list(_AC_MERCHANTS)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2022-01-01", "2024-06-30", freq="D"):
        for _ in range(int(rng.poisson(1.3))):
            m = _one(rng, merchants, [_AC_MERCHANTS[x][2] for x in merchants])
            lo, hi, _w = _AC_MERCHANTS[m]
            amount = round(float(rng.uniform(lo, hi)), 2)
            if rng.random() < 0.04:
                amount = float(round(amount))
            mult = int(_one(rng, [1, 2, 3], [80, 15, 5]) if day >= pd.Timestamp("2023-01-01") else 1)
            cents = round((np.ceil(amount) - amount) * mult, 2)
            pending = day >= pd.Timestamp("2024-06-24") and rng.random() < 0.9
            invested = day + pd.Timedelta(days=int(rng.integers(3, 9)))
            rows.append(
                {
                    "Transaction Date": f"{day:%Y-%m-%d}",
                    "Merchant": m,
                    "Purchase Amount": f"${amount:.2f}",
                    "Round-Up": f"${cents:.2f}",
                    "Multiplier": f"{mult}x",
                    "Invested Date": "" if pending else f"{invested:%Y-%m-%d}",
                    "Portfolio": "Aggressive" if day >= pd.Timestamp("2024-01-01") else "Moderately Aggressive",
                    "Status": "Pending" if pending else "Invested",
                }
            )
    out = pd.DataFrame(rows).iloc[::-1]
    return out.reset_index(drop=True)


def _ac_year(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(df[col], errors="coerce").dt.year


_AC_QS = [
    Q("how much have my round ups added up to", _amount(lambda df: float(_num(df, "Round-Up").sum())), ("Round-Up",)),
    Q(
        "where do i shop the most",
        _lead(
            _named_any(
                lambda df: [
                    _top(_text(df, "Merchant").value_counts()),
                    _top(_num(df, "Purchase Amount").groupby(df["Merchant"]).sum()),
                ]
            )
        ),
        ("Merchant", "Purchase Amount"),
    ),
    Q("how many are still pending?", _count(lambda df: int((_text(df, "Status") == "Pending").sum())), ("Status",)),
    Q("average round up?", _typical(lambda df: _num(df, "Round-Up")), ("Round-Up",)),
    Q(
        "what share of round ups got boosted by a 2x or 3x multiplier",
        _share(lambda df: float(_text(df, "Multiplier").isin(["2x", "3x"]).mean())),
        ("Multiplier",),
    ),
    Q(
        "how much did i round up in 2023",
        either(
            _amount(lambda df: float(_num(df, "Round-Up")[_ac_year(df, "Transaction Date") == 2023].sum())),
            _amount(lambda df: float(_num(df, "Round-Up")[_ac_year(df, "Invested Date") == 2023].sum())),
        ),
        ("Round-Up", "Transaction Date", "Invested Date"),
    ),
]


# --- 3. Cannabis dispensary POS ------------------------------------------------------------------------------------

# product: category, unit price, THC % range (None: edible, N/A), weight
_CN_PRODUCTS: dict[str, tuple[str, float, tuple[float, float] | None, float]] = {
    "Blue Dream 3.5g": ("Flower", 35.0, (18, 24), 12),
    "Wedding Cake 3.5g": ("Flower", 45.0, (22, 29), 9),
    "GSC 7g": ("Flower", 60.0, (20, 26), 5),
    "Sour Diesel 1g Pre-Roll": ("Pre-Roll", 12.0, (19, 25), 10),
    "Infused Pre-Roll 5pk": ("Pre-Roll", 40.0, (30, 38), 4),
    "Wyld Gummies 100mg": ("Edible", 20.0, None, 10),
    "Kiva Chocolate Bar 100mg": ("Edible", 22.0, None, 6),
    "Stiiizy Pod 0.5g": ("Vape", 40.0, (80, 90), 9),
    "Select Elite Cart 1g": ("Vape", 55.0, (82, 92), 5),
    "Live Resin 1g": ("Concentrate", 50.0, (65, 80), 4),
    "Shatter 1g": ("Concentrate", 30.0, (70, 85), 3),
}
_CN_STAFF = ["Jordan", "Alexis", "Marcus", "Tori", "Devin"]


def _cn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27403)
    products = list(_CN_PRODUCTS)
    rows: list[dict[str, Any]] = []
    receipt = 100_000
    for day in pd.date_range("2024-01-01", "2024-06-30", freq="D"):
        n = int(rng.poisson(9 if day.day_of_week in (4, 5) else 6))
        for _ in range(n):
            receipt += 1
            medical = rng.random() < 0.22
            staff = _one(rng, _CN_STAFF, [5, 4, 4, 3, 2])
            stamp = pd.Timestamp(day) + pd.Timedelta(minutes=int(rng.integers(9 * 60, 21 * 60)))
            for _ in range(int(_one(rng, [1, 2, 3, 4], [50, 30, 15, 5]))):
                p = _one(rng, products, [_CN_PRODUCTS[x][3] for x in products])
                cat, price, thc, _w = _CN_PRODUCTS[p]
                qty = int(_one(rng, [1, 1, 1, 2, 3]))
                gross = qty * price
                disc = round(gross * float(_one(rng, [0.1, 0.15, 0.2])), 2) if rng.random() < 0.18 else 0.0
                tax = 0.0 if medical else round((gross - disc) * 0.15, 2)
                rows.append(
                    {
                        "Receipt ID": receipt,
                        "Sale Date": f"{stamp:%Y-%m-%d %H:%M}",
                        "Budtender": staff,
                        "Category": cat,
                        "Product Name": p,
                        "THC %": "N/A" if thc is None else f"{rng.uniform(*thc):.1f}%",
                        "Quantity": qty,
                        "Unit Price": price,
                        "Discount": disc,
                        "Excise Tax": tax,
                        "Customer Type": "Medical" if medical else "Recreational",
                    }
                )
    return pd.DataFrame(rows)


def _cn_gross(df: pd.DataFrame) -> pd.Series:
    return df["Quantity"] * df["Unit Price"]


def _cn_net(df: pd.DataFrame) -> pd.Series:
    return _cn_gross(df) - df["Discount"]


def _cn_days(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Sale Date"]).dt.day_name()


_CN_QS = [
    Q(
        "what were total sales",
        either(
            _amount(lambda df: float(_cn_gross(df).sum())),
            _amount(lambda df: float(_cn_net(df).sum())),
            _amount(lambda df: float((_cn_net(df) + df["Excise Tax"]).sum())),
        ),
        ("Quantity", "Unit Price", "Discount", "Excise Tax"),
    ),
    Q(
        "which category makes the most money",
        _lead(
            _named_any(
                lambda df: [
                    _top(_cn_gross(df).groupby(df["Category"]).sum()),
                    _top(_cn_net(df).groupby(df["Category"]).sum()),
                ]
            )
        ),
        ("Category", "Quantity", "Unit Price", "Discount"),
    ),
    Q(
        "avg thc on flower",
        _about(lambda df: float(_num(df, "THC %")[_text(df, "Category") == "Flower"].mean())),
        ("Category", "THC %"),
    ),
    Q(
        "who's our best budtender by sales",
        _lead(
            _named_any(
                lambda df: [
                    _top(_cn_gross(df).groupby(df["Budtender"]).sum()),
                    _top(_cn_net(df).groupby(df["Budtender"]).sum()),
                ]
            )
        ),
        ("Budtender", "Quantity", "Unit Price", "Discount"),
    ),
    Q(
        "what share of sales are medical customers",
        either(
            _share(lambda df: float((_text(df, "Customer Type") == "Medical").mean())),
            _share(
                lambda df: float(
                    df.loc[_text(df, "Customer Type") == "Medical", "Receipt ID"].nunique() / df["Receipt ID"].nunique()
                )
            ),
            _share(
                lambda df: float(_cn_gross(df)[_text(df, "Customer Type") == "Medical"].sum() / _cn_gross(df).sum())
            ),
            _share(lambda df: float(_cn_net(df)[_text(df, "Customer Type") == "Medical"].sum() / _cn_net(df).sum())),
        ),
        ("Customer Type", "Receipt ID", "Quantity", "Unit Price", "Discount"),
    ),
    Q(
        "busiest day of the week?",
        _lead(
            either(
                _weekday(lambda df: _top(_cn_days(df).value_counts())),
                _weekday(lambda df: _top(df.groupby(_cn_days(df))["Receipt ID"].nunique())),
                _weekday(lambda df: _top(_cn_gross(df).groupby(_cn_days(df)).sum())),
            )
        ),
        ("Sale Date", "Receipt ID"),
    ),
]


# --- 4. Rabies testing results -------------------------------------------------------------------------------------

# species: weight, positive rate, human exposure rate
_RB_SPECIES: dict[str, tuple[float, float, float]] = {
    "BAT": (40, 0.06, 0.45),
    "RACCOON": (14, 0.14, 0.15),
    "SKUNK": (7, 0.20, 0.10),
    "FOX": (4, 0.16, 0.20),
    "CAT": (17, 0.01, 0.80),
    "DOG": (13, 0.003, 0.85),
    "OTHER": (5, 0.005, 0.40),
}
_RB_COUNTIES = {"WAKE": 30, "DURHAM": 15, "ORANGE": 10, "JOHNSTON": 14, "CHATHAM": 8, "HARNETT": 11, "NASH": 7}


def _rb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27404)
    species = list(_RB_SPECIES)
    counties = list(_RB_COUNTIES)
    rows: list[dict[str, Any]] = []
    for _ in range(2600):
        day = pd.Timestamp("2019-01-01") + pd.Timedelta(days=int(rng.integers(0, 1826)))
        sp = _one(
            rng, species, [_RB_SPECIES[s][0] * (2.0 if s == "BAT" and day.month in (7, 8) else 1) for s in species]
        )
        _w, pos, human = _RB_SPECIES[sp]
        county = _one(rng, counties, list(_RB_COUNTIES.values()))
        if county in ("JOHNSTON", "HARNETT") and sp in ("RACCOON", "SKUNK", "FOX"):
            pos *= 1.8
        r = rng.random()
        result = "UNSATISFACTORY" if r < 0.03 else "POSITIVE" if rng.random() < pos else "NEGATIVE"
        pet = (
            ""
            if rng.random() < 0.08
            else "Y"
            if rng.random() < (0.35 if sp in ("RACCOON", "SKUNK", "FOX") else 0.1)
            else "N"
        )
        rows.append(
            {
                "DATE_RECEIVED": day,
                "COUNTY": county,
                "SPECIES": sp,
                "HUMAN_EXPOSURE": "Y" if rng.random() < human else "N",
                "PET_EXPOSURE": pet,
                "RESULT": result,
                "DAYS_TO_RESULT": np.nan if result == "UNSATISFACTORY" else int(_one(rng, [1, 1, 2, 2, 2, 3, 4, 6])),
            }
        )
    out = pd.DataFrame(rows).sort_values("DATE_RECEIVED", kind="stable")
    out["DATE_RECEIVED"] = out["DATE_RECEIVED"].dt.strftime("%Y-%m-%d")
    return out.reset_index(drop=True)


def _rb_pos(df: pd.DataFrame) -> pd.Series:
    return _text(df, "RESULT") == "POSITIVE"


def _rb_bat_rate(valid_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = df[_text(df, "SPECIES") == "BAT"]
        if valid_only:
            d = d[_text(d, "RESULT") != "UNSATISFACTORY"]
        return float(_rb_pos(d).mean())

    return rate


_RB_QS = [
    Q("how many animals tested positive", _count(lambda df: int(_rb_pos(df).sum())), ("RESULT",)),
    Q(
        "which county had the most positives",
        _lead(_named(lambda df: _top(_text(df, "COUNTY")[_rb_pos(df)].value_counts()))),
        ("COUNTY", "RESULT"),
    ),
    Q(
        "what percent of bats came back positive",
        either(_share(_rb_bat_rate(False)), _share(_rb_bat_rate(True))),
        ("SPECIES", "RESULT"),
    ),
    Q(
        "how many of the positive ones had a person exposed",
        _count(lambda df: int((_rb_pos(df) & _yes(df, "HUMAN_EXPOSURE")).sum())),
        ("RESULT", "HUMAN_EXPOSURE"),
    ),
    Q(
        "which year had the most positive animals",
        _lead(_year(lambda df: int(_top(pd.to_datetime(df["DATE_RECEIVED"]).dt.year[_rb_pos(df)].value_counts())))),
        ("DATE_RECEIVED", "RESULT"),
    ),
    Q("how long do results usually take", _typical(lambda df: df["DAYS_TO_RESULT"].dropna()), ("DAYS_TO_RESULT",)),
]


# --- 5. 311 abandoned vehicles -------------------------------------------------------------------------------------

_AV_MAKES = {"TOYOTA": 16, "HONDA": 13, "CHEVROLET": 12, "FORD": 12, "NISSAN": 9, "DODGE": 6, "BMW": 3, "UNKNOWN": 4}
_AV_COLORS = {"BLACK": 14, "WHITE": 13, "SILVER": 12, "GRAY": 10, "RED": 8, "BLUE": 8, "GREEN": 3}


def _av_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27405)
    makes, colors = list(_AV_MAKES), list(_AV_COLORS)
    ward_w = rng.gamma(2.0, 1.0, 50)
    ward_w[[27, 36]] *= 3.0
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2023-12-31 23:59")
    for _ in range(3400):
        created = pd.Timestamp("2022-01-01") + pd.Timedelta(minutes=int(rng.integers(0, 730 * 24 * 60)))
        if created.month in (3, 4) and rng.random() < 0.3:
            created = created.replace(month=4, day=min(created.day, 30))
        days = float(rng.gamma(1.6, 9.0))
        closed = created + pd.Timedelta(days=days)
        dup = rng.random() < 0.06
        status = "Completed - Dup" if dup else "Completed" if closed <= end else "Open"
        if not dup and status == "Completed" and created > pd.Timestamp("2023-10-01") and rng.random() < 0.25:
            status = "Open"
        towed = status == "Completed" and rng.random() < 0.28
        rows.append(
            {
                "Service Request Number": f"SR{created:%y}-{int(rng.integers(10**7, 10**8)):08d}",
                "Creation Date": created,
                "Status": status,
                "Completion Date": "" if status == "Open" else f"{closed:%m/%d/%Y %I:%M:%S %p}",
                "Ward": int(_one(rng, list(range(1, 51)), ward_w)),
                "Vehicle Make/Model": "" if rng.random() < 0.05 else _one(rng, makes, list(_AV_MAKES.values())),
                "Vehicle Color": "" if rng.random() < 0.07 else _one(rng, colors, list(_AV_COLORS.values())),
                "Days Open": np.nan if status == "Open" else int(days),
                "Vehicle Towed": "Y" if towed else "N",
            }
        )
    out = pd.DataFrame(rows).sort_values("Creation Date", kind="stable")
    out["Creation Date"] = out["Creation Date"].dt.strftime("%m/%d/%Y %I:%M:%S %p")
    return out.reset_index(drop=True)


def _av_towed(closed_only: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        d = df[_text(df, "Status") != "Open"] if closed_only else df
        return float(_yes(d, "Vehicle Towed").mean())

    return rate


_AV_QS = [
    Q("how many are still open", _count(lambda df: int((_text(df, "Status") == "Open").sum())), ("Status",)),
    Q(
        "which ward gets the most abandoned car complaints",
        _lead(_code(lambda df: _top(df["Ward"].value_counts()))),
        ("Ward",),
    ),
    Q(
        "how long does it usually take to close one",
        _typical(lambda df: df["Days Open"].dropna()),
        ("Days Open", "Creation Date", "Completion Date"),
    ),
    Q(
        "what percent of cars got towed",
        either(_share(_av_towed(False)), _share(_av_towed(True))),
        ("Vehicle Towed", "Status"),
    ),
    Q(
        "most common make?",
        _lead(
            _named(lambda df: _top(_text(df, "Vehicle Make/Model")[lambda s: ~s.isin(["", "UNKNOWN"])].value_counts()))
        ),
        ("Vehicle Make/Model",),
    ),
    Q(
        "which month had the most complaints",
        _lead(
            _month_year(
                lambda df: str(
                    _top(
                        pd.to_datetime(df["Creation Date"], format="%m/%d/%Y %I:%M:%S %p")
                        .dt.to_period("M")
                        .value_counts()
                    )
                )
            )
        ),
        ("Creation Date",),
    ),
]


# --- 6. Sprint triathlon results -----------------------------------------------------------------------------------

_TR_FIRST_M = ["James", "Michael", "David", "Chris", "Ryan", "Kevin", "Brian", "Jason", "Matt", "Eric", "Tom", "Luis"]
_TR_FIRST_F = ["Sarah", "Emily", "Jessica", "Laura", "Megan", "Amy", "Rachel", "Katie", "Nicole", "Ana", "Grace"]
_TR_LAST = ["Smith", "Johnson", "Lee", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Moore", "Clark", "Hall"]
_TR_LAST += ["Young", "King", "Wright", "Lopez", "Hill", "Scott", "Green", "Adams", "Baker", "Nelson", "Carter"]


def _clock_text(sec: float) -> str:
    s = round(float(sec))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _tr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27406)
    rows: list[dict[str, Any]] = []
    bibs = rng.permutation(np.arange(101, 1101))[:640]
    for bib in bibs:
        male = rng.random() < 0.56
        age = int(np.clip(rng.normal(40, 12), 15, 78))
        lo = 15 if age < 20 else age // 5 * 5
        group = f"{'M' if male else 'F'}{lo}-{lo + 4}"
        fit = rng.normal(0, 1)
        slow = 1 + 0.006 * max(age - 35, 0) + (0 if male else 0.09)
        swim = (780 + 130 * fit + rng.normal(0, 80)) * slow
        t1 = rng.uniform(70, 220)
        bike = (2500 + 330 * fit + rng.normal(0, 160)) * slow
        t2 = rng.uniform(45, 150)
        run = (1560 + 260 * fit + 0.3 * (swim - 780) + rng.normal(0, 120)) * slow
        dnf = rng.random() < 0.035
        stop = int(_one(rng, [1, 2, 3])) if dnf else 5
        parts = [swim, t1, bike, t2, run]
        row: dict[str, Any] = {
            "Bib": int(bib),
            "Name": f"{_one(rng, _TR_FIRST_M if male else _TR_FIRST_F)} {_one(rng, _TR_LAST)}",
            "Age Group": group,
            "Gender": "M" if male else "F",
        }
        for k, (col, v) in enumerate(zip(["Swim", "T1", "Bike", "T2", "Run"], parts, strict=True)):
            row[col] = _clock_text(v) if k < stop else ""
        row["Overall"] = "" if dnf else _clock_text(sum(round(p) for p in parts))
        row["DNF"] = "Y" if dnf else ""
        row["_t"] = np.inf if dnf else sum(round(p) for p in parts)
        rows.append(row)
    out = pd.DataFrame(rows).sort_values("_t", kind="stable").reset_index(drop=True)
    place = pd.Series(np.arange(1, len(out) + 1), dtype="Int64")
    out.insert(len(out.columns) - 2, "Overall Place", place.where(out["DNF"] != "Y"))
    return out.drop(columns="_t")


def _tr_fin(df: pd.DataFrame) -> pd.DataFrame:
    return df[~_yes(df, "DNF") & _seconds(df, "Overall").notna()]


def _tr_mean(gender: str | None) -> Callable[[pd.DataFrame], float]:
    def mean(df: pd.DataFrame) -> float:
        d = _tr_fin(df)
        if gender:
            d = d[_text(d, "Gender") == gender]
        return float(_seconds(d, "Overall").mean())

    return mean


def _tr_median(gender: str | None) -> Callable[[pd.DataFrame], float]:
    def median(df: pd.DataFrame) -> float:
        d = _tr_fin(df)
        if gender:
            d = d[_text(d, "Gender") == gender]
        return float(_seconds(d, "Overall").median())

    return median


_TR_QS = [
    Q("how many people dnf'd", _count(lambda df: int(_yes(df, "DNF").sum())), ("DNF",)),
    Q("what was the winning time", _clock(lambda df: float(_seconds(df, "Overall").min()), tol=0.5), ("Overall",)),
    Q(
        "average finish time?",
        either(_clock(_tr_mean(None)), _clock(_tr_median(None))),
        ("Overall", "DNF"),
    ),
    Q("and for the women?", either(_clock(_tr_mean("F")), _clock(_tr_median("F"))), ("Overall", "DNF", "Gender")),
    Q(
        "which age group is fastest on average",
        _lead(
            _named_any(
                lambda df: [
                    _top(_seconds(_tr_fin(df), "Overall").groupby(_tr_fin(df)["Age Group"]).mean(), True),
                    _top(_seconds(_tr_fin(df), "Overall").groupby(_tr_fin(df)["Age Group"]).median(), True),
                ]
            )
        ),
        ("Age Group", "Overall", "DNF"),
    ),
    Q(
        "are good swimmers also good runners",
        _corr(lambda df: _seconds(df, "Swim"), lambda df: _seconds(df, "Run")),
        ("Swim", "Run"),
    ),
]


# --- 7. Winery tasting room orders ---------------------------------------------------------------------------------

# varietal: bottle price, weight
_WN_WINES: dict[str, tuple[float, float]] = {
    "Cabernet Sauvignon": (58.0, 12),
    "Pinot Noir": (46.0, 14),
    "Chardonnay": (34.0, 11),
    "Sauvignon Blanc": (28.0, 8),
    "Rosé": (26.0, 9),
    "Zinfandel": (38.0, 6),
    "Sparkling Brut": (42.0, 4),
}
_WN_STAFF = ["Hannah", "Diego", "Priya", "Walt", "Jenna"]


def _wn_frame() -> pd.DataFrame:
    rng = np.random.default_rng(27407)
    wines = list(_WN_WINES)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-04-01", "2024-10-31", freq="D"):
        if day.day_of_week in (1, 2):
            continue  # closed Tuesday and Wednesday
        base = {4: 9, 5: 16, 6: 13}.get(day.day_of_week, 5)
        staff_today = [s for s in _WN_STAFF if rng.random() < 0.7] or ["Hannah"]
        for _ in range(int(rng.poisson(base))):
            member = rng.random() < 0.3
            fee = 0.0 if member or rng.random() < 0.08 else float(_one(rng, [25.0, 25.0, 35.0]))
            bottles = int(rng.poisson(3.2 if member else 1.3))
            wine = _one(rng, wines, [_WN_WINES[w][1] for w in wines])
            price = _WN_WINES[wine][0] * (0.8 if member else 1.0)
            if bottles >= 1 and not member and fee > 0 and rng.random() < 0.5:
                fee = 0.0  # fee waived with a purchase
            total = round(fee + bottles * price * rng.uniform(0.95, 1.1), 2)
            rows.append(
                {
                    "Order Date": f"{day:%Y-%m-%d}",
                    "Day": f"{day:%a}",
                    "Club Member": "Y" if member else "N",
                    "Tasting Fee": f"${fee:.2f}",
                    "Bottles Sold": bottles,
                    "Varietal": wine if bottles else "",
                    "Order Total": f"${total:,.2f}",
                    "Staff": _one(rng, staff_today),
                }
            )
    return pd.DataFrame(rows)


def _wn_member_mean(flag: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Order Total")[_text(df, "Club Member") == flag].mean())


def _wn_member_median(flag: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(df, "Order Total")[_text(df, "Club Member") == flag].median())


_WN_DAYS = {"Mon": "Monday", "Thu": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday"}

_WN_QS = [
    Q("total revenue?", _amount(lambda df: float(_num(df, "Order Total").sum())), ("Order Total",)),
    Q(
        "do club members spend more than everyone else",
        either(
            _both(_about(_wn_member_mean("Y")), _about(_wn_member_mean("N"))),
            _both(_about(_wn_member_median("Y")), _about(_wn_member_median("N"))),
        ),
        ("Club Member", "Order Total"),
    ),
    Q(
        "which wine sells the most bottles",
        _lead(_named(lambda df: _top(df.groupby("Varietal")["Bottles Sold"].sum()))),
        ("Varietal", "Bottles Sold"),
    ),
    Q(
        "which day of the week is busiest",
        _lead(
            either(
                _weekday(lambda df: _WN_DAYS[_top(_text(df, "Day").value_counts())]),
                _weekday(lambda df: _WN_DAYS[_top(_num(df, "Order Total").groupby(_text(df, "Day")).sum())]),
            )
        ),
        ("Day", "Order Date", "Order Total"),
    ),
    Q(
        "what share of orders didn't buy any bottles",
        _share(lambda df: float((df["Bottles Sold"] == 0).mean())),
        ("Bottles Sold",),
    ),
    Q(
        "who on staff brings in the most money",
        _lead(_named(lambda df: _top(_num(df, "Order Total").groupby(df["Staff"]).sum()))),
        ("Staff", "Order Total"),
    ),
]


HELDOUT274: list[Dataset] = [
    Dataset("nintendo_switch_play_activity", _sw_frame, _SW_QS),
    Dataset("acorns_round_ups_history", _ac_frame, _AC_QS),
    Dataset("cannabis_dispensary_pos_sales", _cn_frame, _CN_QS),
    Dataset("county_rabies_testing_results", _rb_frame, _RB_QS),
    Dataset("city_311_abandoned_vehicles", _av_frame, _AV_QS),
    Dataset("sprint_triathlon_results", _tr_frame, _TR_QS),
    Dataset("winery_tasting_room_orders", _wn_frame, _WN_QS),
]
