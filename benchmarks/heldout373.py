"""HELDOUT373: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet a small outfit keeps: a wedding photographer's bookings
(weddings 2021 to 2024, one row per booking) with "Booking #" as "WB-1042", "Wedding Date" as "06/15/2024" (mostly
Saturdays, May to October busiest), Venue (a dozen local venues, now and then typed in upper case), "Hours Coverage"
(4, 6, 8 or 10, now and then written "8 hrs"), "Second Shooter" (Y/N, likelier on long days), "Package Price" as
"$3,450.00" (by hours, the second shooter and the album), Album (Y/N), Deposit as "$500.00" or "$1,000.00" (blank when
not yet paid), "Months Booked Ahead" and "Referral Source" (Instagram, Google, Past Client, Venue Referral, The Knot,
Facebook; blank when nobody asked). A horse boarding stable's monthly board sheet (January 2023 to December 2024, one
row per horse a month it was on the property) with Horse, Owner (a few own two horses), Month as "Jan-24", "Stall
Type" (Pasture, Stall, Premium), "Board Fee" as "$650.00" (by stall type, raised in 2024, now and then a discounted
month), "Extra Hay Bales", "Farrier Visits" (0 to 2), "Vet $" as "$185.00" (blank in months without a vet call) and
Lessons (a count). A hardware store's key counter day log (2023 and 2024, one row per open day, closed Sundays) with
Date as "2024-03-14", "Keys Cut", "Key Price" as "$2.99" ("$3.49" in 2024), Rekeys (lock cylinders rekeyed), "Rekey
Price" as "$15.00", "Blanks Wasted" (blank on days nobody counted), Employee (who ran the counter) and Machine ("Ilco
045" or "Hillman Axxess"; the older one wastes more); Saturdays are busiest. A cider mill's pressing log (the 2022 to
2024 seasons, September to November 20th, one row per batch, one to three batches a press day) with "Press Date" as
"9/14/2023", Variety (McIntosh, Gala, Honeycrisp, Northern Spy, Winesap, Blend), "Bushels Pressed", "Gallons Pressed"
(about three gallons a bushel), Brix (one decimal, blank now and then), pH (two decimals, "N/A" when not measured;
sweeter batches less acidic), Batch as "23-045", Tank ("T1" to "T6") and "Gallons Sold Fresh". An alpaca farm's
animal sales (2019 to 2024, one row per animal sold) with Animal (a farm-prefixed name), Sex (Female, Male; now and
then "F"/"M"), Color (White, Fawn, Brown, Black, Grey, Beige; now and then upper case), "Birth Year", "Sale Date" as
"2023-05-20", Price as "$3,500" (females, registered animals and finer fiber dearer), "Buyer State" (two-letter codes),
Registered (Y/N) and "Fiber Micron" (one decimal, blank when never tested). A carpet cleaner's jobs (2023 and 2024,
one row per job) with "Job #" as "CC-1001", Date as "03/14/2024", Rooms, Stairs (steps, 0 mostly), "Sq Ft", "Pet
Treatment" (Y/N), Price as "$245.00" (by rooms, stairs and pet treatment, a $99 minimum), Tech, "Drying Hours" (one
decimal, longer for bigger jobs) and Rating (1 to 5, blank when the customer gave none). And a bike shop's repair
tickets (March 2023 to December 2024, one row per ticket) with "Ticket #" (a running number), "Date In" and "Date
Out" as "3/14/2024" (Date Out blank while the bike is still in the shop), "Bike Type" (Road, Mountain, Kids, E-Bike;
now and then upper case), "Service Level" (Basic, Full), "Labor $" as "65.00", "Parts $" (blank when no parts), "Tubes
Used" and Rush (Y/N; rush jobs out faster). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _typical
from .heldout333 import _FIRST, _LAST, _date
from .heldout358 import _money, _yes
from .offline_eval import Check, Dataset, Q, either, month_names
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _month_name(value: Callable[[pd.DataFrame], int]) -> Check:
    """A month of the year by name ("October", "Oct")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        return None if re.search(rf"\b(?:{month_names(m)})\b", answer, re.IGNORECASE) else f"missing month {m}"

    return check


def _top_label(scores: pd.Series, lowest: bool = False) -> str:
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _pick(score: Callable[[pd.DataFrame], pd.Series], aliases: Mapping[str, tuple[str, ...]] | None = None) -> Check:
    """The top label of a score, named beside the superlative."""
    return _lead(_named(lambda df: _top_label(score(df)), aliases))


def _gap(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Two group figures, or the gap between them."""
    return either(
        _about(lambda df: np.asarray(values(df), dtype=float)),
        _about(lambda df: abs(float(np.diff(np.asarray(values(df), dtype=float))[0]))),
    )


# --- 1. Wedding photographer bookings ------------------------------------------------------------------------------

_WD_VENUES = [
    "The Grand Barn",
    "Willow Creek Estate",
    "St. Mary's Church",
    "Lakeside Pavilion",
    "Harbor View Hotel",
    "Oak Hill Vineyard",
    "Riverside Gardens",
    "The Foundry",
    "Maple Ridge Farm",
    "City Hall",
    "Cedar Lodge",
    "Rosewood Manor",
]
_WD_SOURCES = ["Instagram", "Google", "Past Client", "Venue Referral", "The Knot", "Facebook"]
_WD_MONTH_W = [0.6, 0.5, 1.0, 2.5, 7.0, 9.0, 7.0, 7.5, 10.0, 11.5, 3.5, 2.0]


def _wedding_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37301)
    days = pd.date_range("2021-01-01", "2024-12-31", freq="D")
    w = np.array(
        [_WD_MONTH_W[d.month - 1] * (6.0 if d.dayofweek == 5 else 1.0 if d.dayofweek in (4, 6) else 0.15) for d in days]
    )
    picks = np.sort(rng.choice(len(days), size=430, p=w / w.sum()))
    rows: list[dict[str, Any]] = []
    for k, i in enumerate(picks):
        day = days[i]
        hours = int(_one(rng, [4, 6, 8, 10], [1, 3, 4, 2]))
        second = rng.random() < (0.15 + 0.07 * hours)
        album = rng.random() < 0.45
        price = 350 * hours + (650 if second else 0) + (750 if album else 0) + 50 * int(rng.integers(-4, 9))
        price += 100 * (day.year - 2021)
        venue = _one(rng, _WD_VENUES)
        rows.append(
            {
                "Booking #": f"WB-{1001 + k}",
                "Wedding Date": f"{day:%m/%d/%Y}",
                "Venue": venue.upper() if rng.random() < 0.05 else venue,
                "Hours Coverage": f"{hours} hrs" if rng.random() < 0.04 else hours,
                "Second Shooter": "Y" if second else "N",
                "Package Price": _money(float(price)),
                "Album": "Y" if album else "N",
                "Deposit": "" if rng.random() < 0.06 else _money(1000.0 if price > 3500 else 500.0),
                "Months Booked Ahead": int(np.clip(rng.poisson(10) + 1, 1, 24)),
                "Referral Source": "" if rng.random() < 0.09 else _one(rng, _WD_SOURCES, [6, 4, 3.5, 2.5, 2, 1]),
            }
        )
    return pd.DataFrame(rows)


def _wd_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Wedding Date", "%m/%d/%Y")


def _wd_second_means(df: pd.DataFrame) -> np.ndarray:
    return _num(df, "Package Price").groupby(_yes(df, "Second Shooter")).mean().to_numpy()


_WD_QS = [
    Q(
        "how many weddings did we have in 2023",
        _count(lambda df: int((_wd_date(df).dt.year == 2023).sum())),
        ("Wedding Date", "Booking #"),
    ),
    Q("whats a typical package price", _typical(lambda df: _num(df, "Package Price")), ("Package Price",)),
    Q(
        "how much more do people pay when they get a second shooter",
        either(
            _gap(_wd_second_means),
            _gap(lambda df: _num(df, "Package Price").groupby(_yes(df, "Second Shooter")).median().to_numpy()),
        ),
        ("Package Price", "Second Shooter"),
    ),
    Q(
        "which month of the year is busiest for weddings",
        _lead(_month_name(lambda df: int(_wd_date(df).dt.month.value_counts().sort_index().idxmax()))),
        ("Wedding Date", "Booking #"),
    ),
    Q(
        "where do most clients hear about us",
        _pick(lambda df: _text(df, "Referral Source").replace("", pd.NA).dropna().value_counts()),
        ("Referral Source",),
    ),
    Q(
        "how many bookings have nothing filled in for that",
        _count(lambda df: int((_text(df, "Referral Source") == "").sum())),
        ("Referral Source", "Booking #"),
    ),
]


# --- 2. Horse boarding stable monthly board ------------------------------------------------------------------------

_HB_HORSES = [
    "Apache", "Bandit", "Biscuit", "Blaze", "Buttercup", "Cash", "Chance", "Cinnamon", "Cisco", "Dakota", "Dixie",
    "Duke", "Dusty", "Gunner", "Gypsy", "Hershey", "Jasper", "Jazz", "Kodiak", "Lady", "Maverick", "Misty", "Moonshine",
    "Nugget", "Oreo", "Pepper", "Peanut", "Rebel", "Remington", "Ranger", "Sage", "Scout", "Shiloh", "Smokey", "Sonny",
    "Star", "Sugar", "Tango", "Texas", "Whiskey", "Willow", "Ziggy",
]  # fmt: skip
_HB_FEES = {"Pasture": 350.0, "Stall": 650.0, "Premium": 950.0}


def _horse_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37302)
    months = pd.date_range("2023-01-01", "2024-12-01", freq="MS")
    owners = [_person(rng) for _ in range(34)]
    rows: list[dict[str, Any]] = []
    for h, horse in enumerate(_HB_HORSES):
        owner = owners[h % len(owners)]
        stall = _one(rng, list(_HB_FEES), [4, 5, 2])
        start = int(rng.integers(0, 14)) if rng.random() < 0.5 else 0
        end = int(rng.integers(start + 4, 25)) if rng.random() < 0.4 else 24
        vet_prone = rng.random() < 0.2
        for m in months[start:end]:
            fee = _HB_FEES[stall] + (25.0 if stall == "Pasture" else 50.0) * (m.year == 2024)
            if rng.random() < 0.04:
                fee *= 0.5
            vet = rng.random() < (0.35 if vet_prone else 0.1)
            rows.append(
                {
                    "Horse": horse,
                    "Owner": owner,
                    "Month": f"{m:%b-%y}",
                    "Stall Type": stall,
                    "Board Fee": _money(fee),
                    "Extra Hay Bales": int(rng.poisson({"Pasture": 1.0, "Stall": 4.0, "Premium": 3.0}[stall])),
                    "Farrier Visits": int(_one(rng, [0, 1, 2], [5, 6, 0.5])),
                    "Vet $": _money(float(np.round(rng.gamma(2.0, 120.0) + 75, -1))) if vet else "",
                    "Lessons": int(rng.poisson(2.5 if rng.random() < 0.4 else 0.2)),
                }
            )
    return pd.DataFrame(rows)


def _hb_month(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Month", "%b-%y")


_HB_QS = [
    Q("how many different horses have we boarded", _count(lambda df: int(_text(df, "Horse").nunique())), ("Horse",)),
    Q(
        "whats the average board for pasture vs stall vs premium",
        _about(lambda df: _num(df, "Board Fee").groupby(_text(df, "Stall Type")).mean().to_numpy()),
        ("Board Fee", "Stall Type"),
    ),
    Q(
        "total vet bills in 2024?",
        _amount(lambda df: float(_num(df, "Vet $")[_hb_month(df).dt.year == 2024].sum())),
        ("Vet $", "Month"),
    ),
    Q(
        "which horse has cost the most in vet bills",
        _pick(lambda df: _num(df, "Vet $").groupby(_text(df, "Horse")).sum()),
        ("Horse", "Vet $"),
    ),
    Q(
        "who takes the most lessons",
        either(
            _pick(lambda df: _num(df, "Lessons").groupby(_text(df, "Owner")).sum()),
            _pick(lambda df: _num(df, "Lessons").groupby(_text(df, "Horse")).sum()),
        ),
        ("Owner", "Lessons", "Horse"),
    ),
    Q(
        "which month did we bring in the most board",
        _month_year(lambda df: _num(df, "Board Fee").groupby(_hb_month(df)).sum().idxmax()),
        ("Board Fee", "Month"),
    ),
]


# --- 3. Hardware store key counter ---------------------------------------------------------------------------------

_KC_STAFF = {"Dave": 0.03, "Maria": 0.025, "Tom": 0.09, "Kim": 0.035}
_KC_MACHINES = {"Ilco 045": 1.6, "Hillman Axxess": 0.6}


def _keys_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37303)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-02", "2024-12-31", freq="D"):
        if day.dayofweek == 6:
            continue
        staff = _one(rng, list(_KC_STAFF), [4, 3, 3, 2])
        machine = _one(rng, list(_KC_MACHINES), [1, 1])
        base = 34 if day.dayofweek == 5 else 18
        keys = int(rng.poisson(base * (1.15 if day.month in (5, 6, 7, 8) else 1.0)))
        wasted = int(rng.poisson(keys * _KC_STAFF[staff] * _KC_MACHINES[machine]))
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Keys Cut": keys,
                "Key Price": "$2.99" if day.year == 2023 else "$3.49",
                "Rekeys": int(rng.poisson(1.8 if day.dayofweek == 5 else 0.7)),
                "Rekey Price": "$15.00",
                "Blanks Wasted": "" if rng.random() < 0.06 else wasted,
                "Employee": staff,
                "Machine": machine,
            }
        )
    return pd.DataFrame(rows)


def _kc_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


def _kc_rate(df: pd.DataFrame, by: str) -> pd.Series:
    ok = _num(df, "Blanks Wasted").notna()
    d = df[ok]
    return _num(d, "Blanks Wasted").groupby(_text(d, by)).sum() / _num(d, "Keys Cut").groupby(_text(d, by)).sum()


def _kc_saturday(df: pd.DataFrame) -> pd.Series:
    return _kc_date(df).dt.dayofweek == 5


_KC_QS = [
    Q(
        "how many keys did we cut in 2024",
        _count(lambda df: int(_num(df, "Keys Cut")[_kc_date(df).dt.year == 2024].sum())),
        ("Keys Cut", "Date"),
    ),
    Q(
        "how much money have we made cutting keys",
        _amount(lambda df: float((_num(df, "Keys Cut") * _num(df, "Key Price")).sum())),
        ("Keys Cut", "Key Price"),
    ),
    Q(
        "who wastes the most blanks",
        either(
            _pick(lambda df: _num(df, "Blanks Wasted").groupby(_text(df, "Employee")).sum()),
            _pick(lambda df: _kc_rate(df, "Employee")),
        ),
        ("Employee", "Blanks Wasted", "Keys Cut"),
    ),
    Q(
        "on how many days did nobody record the wasted blanks",
        _count(lambda df: int(_num(df, "Blanks Wasted").isna().sum())),
        ("Blanks Wasted", "Date"),
    ),
    Q(
        "are saturdays busier than weekdays for keys",
        either(
            _about(lambda df: _num(df, "Keys Cut").groupby(_kc_saturday(df)).mean().to_numpy()),
            _about(lambda df: _num(df, "Keys Cut").groupby(_kc_saturday(df)).median().to_numpy()),
        ),
        ("Keys Cut", "Date"),
    ),
    Q(
        "which machine wastes more blanks per key",
        _pick(lambda df: _kc_rate(df, "Machine")),
        ("Machine", "Blanks Wasted", "Keys Cut"),
    ),
]


# --- 4. Cider mill pressing log ------------------------------------------------------------------------------------

_CM_VARIETIES = {
    "McIntosh": (11.8, 3.35, 3.0),
    "Gala": (13.2, 3.75, 3.1),
    "Honeycrisp": (13.8, 3.6, 3.25),
    "Northern Spy": (12.4, 3.45, 2.9),
    "Winesap": (12.9, 3.3, 2.95),
    "Blend": (12.6, 3.5, 3.05),
}


def _cider_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37304)
    rows: list[dict[str, Any]] = []
    for year in (2022, 2023, 2024):
        batch = 0
        for day in pd.date_range(f"{year}-09-01", f"{year}-11-20", freq="D"):
            if day.dayofweek == 6 or rng.random() < 0.1:
                continue
            for _ in range(1 + int(rng.binomial(2, 0.4))):
                batch += 1
                variety = _one(rng, list(_CM_VARIETIES), [4, 3, 2, 2, 2, 3])
                brix0, ph0, yld = _CM_VARIETIES[variety]
                bushels = int(rng.integers(20, 90))
                gallons = int(np.round(bushels * rng.normal(yld, 0.15)))
                brix = brix0 + rng.normal(0, 0.6)
                ph = ph0 - 0.06 * (brix - brix0) + rng.normal(0, 0.05)
                rows.append(
                    {
                        "Press Date": f"{day.month}/{day.day}/{day.year}",
                        "Variety": variety,
                        "Bushels Pressed": bushels,
                        "Gallons Pressed": gallons,
                        "Brix": "" if rng.random() < 0.05 else round(brix, 1),
                        "pH": "N/A" if rng.random() < 0.07 else f"{ph:.2f}",
                        "Batch": f"{year % 100}-{batch:03d}",
                        "Tank": f"T{int(rng.integers(1, 7))}",
                        "Gallons Sold Fresh": int(gallons * rng.uniform(0.3, 0.8)),
                    }
                )
    return pd.DataFrame(rows)


def _cm_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Press Date", "%m/%d/%Y")


def _cm_yield(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Gallons Pressed") / _num(df, "Bushels Pressed")


def _cm_fresh(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Gallons Sold Fresh") / _num(df, "Gallons Pressed")


_CM_QS = [
    Q(
        "how many gallons did we press in 2023",
        _count(lambda df: int(_num(df, "Gallons Pressed")[_cm_date(df).dt.year == 2023].sum())),
        ("Gallons Pressed", "Press Date"),
    ),
    Q(
        "how many gallons of juice do we get out of a bushel",
        either(
            _about(lambda df: float(_num(df, "Gallons Pressed").sum() / _num(df, "Bushels Pressed").sum())),
            _typical(_cm_yield),
        ),
        ("Gallons Pressed", "Bushels Pressed"),
    ),
    Q(
        "which apple gives the sweetest juice",
        _pick(lambda df: _num(df, "Brix").groupby(_text(df, "Variety")).mean()),
        ("Variety", "Brix"),
    ),
    Q(
        "how many batches are missing a ph reading",
        _count(lambda df: int(_num(df, "pH").isna().sum())),
        ("pH", "Batch"),
    ),
    Q(
        "what share of what we press gets sold fresh",
        either(
            _share(lambda df: float(_num(df, "Gallons Sold Fresh").sum() / _num(df, "Gallons Pressed").sum())),
            _share(lambda df: float(_cm_fresh(df).mean())),
            _share(lambda df: float(_cm_fresh(df).median())),
        ),
        ("Gallons Sold Fresh", "Gallons Pressed"),
    ),
    Q(
        "is sweeter juice less acidic",
        _corr(lambda df: _num(df, "Brix"), lambda df: _num(df, "pH")),
        ("Brix", "pH"),
    ),
]


# --- 5. Alpaca farm animal sales -----------------------------------------------------------------------------------

_AL_NAMES = [
    "Juniper", "Snowflake", "Cocoa", "Midnight", "Sundance", "Caramel", "Bella", "Thunder", "Pebbles", "Willow",
    "Cinnamon", "Maverick", "Latte", "Shadow", "Daisy", "Apollo", "Clover", "Ember", "Hazel", "Onyx", "Pearl", "Rio",
]  # fmt: skip
_AL_PREFIX = ["Ridgeview's", "Blue Sky", "Hilltop", "Peruvian", "Stonewall"]
_AL_COLORS = {"White": 1.15, "Fawn": 1.0, "Brown": 0.9, "Black": 1.05, "Grey": 1.3, "Beige": 0.95}
_AL_STATES = ["OH", "PA", "NY", "TX", "CO", "MI", "VA", "OR", "WI", "KY"]
_AL_STATE_NAMES = {
    "OH": ("Ohio",),
    "PA": ("Pennsylvania",),
    "NY": ("New York",),
    "TX": ("Texas",),
    "CO": ("Colorado",),
    "MI": ("Michigan",),
    "VA": ("Virginia",),
    "OR": ("Oregon",),
    "WI": ("Wisconsin",),
    "KY": ("Kentucky",),
}


def _alpaca_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37305)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2019-01-01", "2024-12-31", freq="D")
    for i in np.sort(rng.choice(len(days), size=360, replace=False)):
        day = days[i]
        female = rng.random() < 0.55
        color = _one(rng, list(_AL_COLORS), [5, 4, 3, 2, 1.5, 2])
        registered = rng.random() < 0.6
        micron = rng.normal(22.5, 3.0) + (day.year - int(rng.integers(day.year - 10, day.year + 1))) * 0.4
        micron = float(np.clip(micron, 16.0, 34.0))
        age = int(_one(rng, list(range(11)), [4, 8, 7, 5, 4, 3, 2, 2, 1, 1, 1]))
        price = (3200 if female else 1400) * _AL_COLORS[color] * (1.6 if registered else 0.8)
        price *= 1 + (24 - micron) * 0.05
        price = max(250.0, float(np.round(price * rng.lognormal(0, 0.3), -2)))
        sex = "Female" if female else "Male"
        rows.append(
            {
                "Animal": f"{_one(rng, _AL_PREFIX)} {_one(rng, _AL_NAMES)}",
                "Sex": sex[0] if rng.random() < 0.06 else sex,
                "Color": color.upper() if rng.random() < 0.05 else color,
                "Birth Year": day.year - age,
                "Sale Date": f"{day:%Y-%m-%d}",
                "Price": f"${price:,.0f}",
                "Buyer State": _one(rng, _AL_STATES, [9, 7, 5, 4, 3, 3, 2, 2, 2, 1]),
                "Registered": "Y" if registered else "N",
                "Fiber Micron": "" if rng.random() < 0.12 else round(micron, 1),
            }
        )
    return pd.DataFrame(rows)


def _al_female(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Sex").str.upper().str[0] == "F"


_AL_QS = [
    Q("how many alpacas have we sold", _count(lambda df: len(df)), ("Animal", "Sale Date")),
    Q(
        "do girls sell for more than boys",
        either(
            _about(lambda df: _num(df, "Price").groupby(_al_female(df)).mean().to_numpy()),
            _about(lambda df: _num(df, "Price").groupby(_al_female(df)).median().to_numpy()),
        ),
        ("Price", "Sex"),
    ),
    Q(
        "which state buys the most from us",
        _pick(lambda df: _text(df, "Buyer State").value_counts(), _AL_STATE_NAMES),
        ("Buyer State",),
    ),
    Q(
        "what color gets the best price on average",
        _pick(lambda df: _num(df, "Price").groupby(_text(df, "Color").str.title()).mean()),
        ("Color", "Price"),
    ),
    Q(
        "does finer fiber mean a higher price",
        _corr(lambda df: _num(df, "Fiber Micron"), lambda df: _num(df, "Price")),
        ("Fiber Micron", "Price"),
    ),
    Q(
        "and just for the females?",
        _corr(
            lambda df: _num(df, "Fiber Micron")[_al_female(df)],
            lambda df: _num(df, "Price")[_al_female(df)],
        ),
        ("Fiber Micron", "Price", "Sex"),
    ),
]


# --- 6. Carpet cleaner jobs ----------------------------------------------------------------------------------------

_CC_TECHS = {"Luis": 4.6, "Brandon": 3.9, "Tyler": 4.2, "Nicole": 4.3}


def _carpet_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37306)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-02", "2024-12-31", freq="D")
    w = np.array([(1.6 if d.month in (3, 4, 5, 11, 12) else 1.0) * (0.2 if d.dayofweek == 6 else 1.0) for d in days])
    for k, i in enumerate(np.sort(rng.choice(len(days), size=1250, p=w / w.sum()))):
        day = days[i]
        rooms = int(_one(rng, list(range(1, 9)), [3, 6, 7, 6, 4, 2, 1, 1]))
        stairs = int(_one(rng, [0, 7, 13, 14, 26], [12, 1, 3, 2, 1]))
        sqft = int(round(rooms * rng.normal(185, 35) + stairs * 4, -1))
        pet = rng.random() < 0.3
        price = max(99.0, 45.0 * rooms + 3.0 * stairs + (40.0 if pet else 0.0) + float(_one(rng, [0, 0, 10, 25])))
        tech = _one(rng, list(_CC_TECHS), [3, 3, 2, 2])
        dry = max(2.0, 3.0 + sqft / 250 + rng.normal(0, 1.3) + (0.8 if pet else 0.0))
        rating = int(np.clip(round(rng.normal(_CC_TECHS[tech], 0.7)), 1, 5))
        rows.append(
            {
                "Job #": f"CC-{1001 + k}",
                "Date": f"{day:%m/%d/%Y}",
                "Rooms": rooms,
                "Stairs": stairs,
                "Sq Ft": sqft,
                "Pet Treatment": "Y" if pet else "N",
                "Price": _money(price),
                "Tech": tech,
                "Drying Hours": round(dry, 1),
                "Rating": "" if rng.random() < 0.32 else rating,
            }
        )
    return pd.DataFrame(rows)


def _cc_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%m/%d/%Y")


_CC_QS = [
    Q(
        "how many jobs needed pet treatment",
        _count(lambda df: int(_yes(df, "Pet Treatment").sum())),
        ("Pet Treatment", "Job #"),
    ),
    Q("whats the average job price", _typical(lambda df: _num(df, "Price")), ("Price",)),
    Q(
        "which tech gets the best reviews",
        _pick(lambda df: _num(df, "Rating").groupby(_text(df, "Tech")).mean()),
        ("Tech", "Rating"),
    ),
    Q(
        "how many jobs didnt get rated",
        _count(lambda df: int(_num(df, "Rating").isna().sum())),
        ("Rating", "Job #"),
    ),
    Q(
        "do bigger jobs take longer to dry",
        _corr(lambda df: _num(df, "Sq Ft"), lambda df: _num(df, "Drying Hours")),
        ("Sq Ft", "Drying Hours"),
    ),
    Q(
        "what was our busiest month",
        _month_year(lambda df: _cc_date(df).dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()),
        ("Date", "Job #"),
    ),
]


# --- 7. Bike shop repair tickets -----------------------------------------------------------------------------------

_BK_TYPES = {"Road": 1.0, "Mountain": 1.2, "Kids": 0.5, "E-Bike": 1.5}


def _bike_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37307)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-03-01", "2024-12-31", freq="D")
    w = np.array([(2.2 if d.month in (4, 5, 6) else 1.4 if d.month in (3, 7, 8, 9) else 0.6) for d in days])
    end = pd.Timestamp("2024-12-31")
    for k, i in enumerate(np.sort(rng.choice(len(days), size=1500, p=w / w.sum()))):
        day = days[i]
        kind = _one(rng, list(_BK_TYPES), [4, 4, 2, 2])
        full = rng.random() < 0.35
        rush = rng.random() < 0.12
        wait = int(rng.poisson(5.5 if full else 2.5)) + 1
        if rush:
            wait = int(rng.integers(0, 3))
        out = day + pd.Timedelta(days=wait)
        done = out <= end and rng.random() > 0.01
        labor = (120.0 if full else 65.0) * (1.0 if kind != "E-Bike" else 1.3) + (25.0 if rush else 0.0)
        labor += float(_one(rng, [0, 0, 0, 15, 30]))
        parts = float(np.round(rng.gamma(2.0, 25.0 * _BK_TYPES[kind]), 2)) if rng.random() < 0.65 else None
        rows.append(
            {
                "Ticket #": 20001 + k,
                "Date In": f"{day.month}/{day.day}/{day.year}",
                "Date Out": f"{out.month}/{out.day}/{out.year}" if done else "",
                "Bike Type": kind.upper() if rng.random() < 0.04 else kind,
                "Service Level": "Full" if full else "Basic",
                "Labor $": f"{labor:.2f}",
                "Parts $": f"{parts:.2f}" if parts else "",
                "Tubes Used": int(_one(rng, [0, 1, 2], [5, 3, 1])),
                "Rush": "Y" if rush else "N",
            }
        )
    return pd.DataFrame(rows)


def _bk_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Date Out", "%m/%d/%Y") - _date(df, "Date In", "%m/%d/%Y")).dt.days


def _bk_type(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Bike Type").str.upper().map({k.upper(): k for k in _BK_TYPES})


def _bk_full_bill(df: pd.DataFrame) -> pd.Series:
    full = _text(df, "Service Level") == "Full"
    return (_num(df, "Labor $") + _num(df, "Parts $").fillna(0))[full]


_BK_QS = [
    Q(
        "how many bikes are still in the shop",
        _count(lambda df: int((_text(df, "Date Out") == "").sum())),
        ("Date Out", "Ticket #"),
    ),
    Q("how long does a repair usually take", _typical(lambda df: _bk_days(df).dropna()), ("Date In", "Date Out")),
    Q(
        "and for rush jobs?",
        _typical(lambda df: _bk_days(df)[_yes(df, "Rush")].dropna()),
        ("Date In", "Date Out", "Rush"),
    ),
    Q(
        "which kind of bike brings in the most labor",
        either(
            _pick(lambda df: _num(df, "Labor $").groupby(_bk_type(df)).sum()),
            _pick(lambda df: _num(df, "Labor $").groupby(_bk_type(df)).mean()),
        ),
        ("Bike Type", "Labor $"),
    ),
    Q(
        "whats the average bill for a full service, labor plus parts",
        _typical(_bk_full_bill),
        ("Labor $", "Parts $", "Service Level"),
    ),
    Q(
        "how many tubes did we go through in 2024",
        _count(lambda df: int(_num(df, "Tubes Used")[_date(df, "Date In", "%m/%d/%Y").dt.year == 2024].sum())),
        ("Tubes Used", "Date In"),
    ),
]


HELDOUT373 = [
    Dataset("wedding_photographer_bookings", _wedding_frame, _WD_QS),
    Dataset("horse_boarding_monthly_board", _horse_frame, _HB_QS),
    Dataset("hardware_store_key_counter_log", _keys_frame, _KC_QS),
    Dataset("cider_mill_pressing_log", _cider_frame, _CM_QS),
    Dataset("alpaca_farm_animal_sales", _alpaca_frame, _AL_QS),
    Dataset("carpet_cleaner_jobs", _carpet_frame, _CC_QS),
    Dataset("bike_shop_repair_tickets", _bike_frame, _BK_QS),
]
