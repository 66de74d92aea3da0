"""HELDOUT376: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of the spreadsheet or export a small outfit keeps: a children's theater's
ticket sales (the 2022 to 2024 seasons, four shows a year, one row per performance) with Show (the title, now and then
typed in upper case), "Perf Date" as "10/14/2023", "Perf Time" (Matinee or Evening; weekday school matinees and
weekend shows), "Adult Tix", "Child Tix", Comps (free seats), "House Cap" (220 on the main stage, 90 in the studio;
the three ticket columns never add up past it, and sell-outs happen) and Concessions as "$312.50" (blank when the
cash box was not counted), with a last "TOTAL" row summing every numeric column (Perf Date and Perf Time blank). A
soil testing lab's samples (2023 and 2024, one row per sample) with "Sample ID" as "S23-00451", Grower (a farm name,
most send several samples), County (upper case, as the intake form writes it), Crop (Corn, Soybeans, Alfalfa,
Pasture, Wheat, Garden), pH (one decimal, lower on pasture and garden), "OM %" (organic matter, one decimal), "P ppm"
(phosphorus, written "<2" when under the detection limit), "K ppm" (potassium, higher where organic matter is
higher), Received and Reported as "2024-04-03" (Reported blank while the sample is still pending), Rush (Y/N; rush
samples reported within about two days) and Fee as "$18.00" (more for rush and for garden samples). A catfish farm's
pond harvests (2019 to 2024, one row per seine harvest, two to four harvests per stocking) with Pond ("P-01" to
"P-40"), Acres (one decimal, fixed per pond), "Stock Date" and "Harvest Date" as "3/15/2021", "Fingerlings Stocked"
(repeated on every harvest row of a stocking), "Lbs Harvested", "Feed Lbs" (about twice the pounds harvested),
"Price/Lb" as "$1.12" (set by the processor, up in 2022) and "Off-Flavor Hold Days" (0 mostly, blank when not
written down). A school district cafeteria's daily meal counts (school years 2022-23 and 2023-24, school days only,
one row per school a day) with Date as "2023-09-05", School (five schools; now and then in upper case), Breakfasts,
"Free Lunch", "Reduced Lunch", "Paid Lunch", "A La Carte $" as "$123.45" and "Milk Wasted" (cartons, blank when
nobody counted; more on Mondays and Fridays). A propane company's delivery tickets (July 2022 to June 2024, one row
per delivery, busiest in winter) with Customer (repeated names), "Tank Size (gal)" (120, 250, 500 or 1000, now and
then written "500 gal"), "Delivery Date" as "01/15/2024", "Gallons Delivered" (one decimal, filling the tank to about
80%), "Price/Gal" as "$2.899" (higher in winter and for will-call), "% Full on Arrival" as "22%" (blank when the
driver did not read the gauge; will-call tanks arrive emptier), "Service Type" (Auto or Will Call) and Driver. A
recycling center's scale-house payouts (2023 and 2024, Monday to Saturday, one row per ticket) with "Ticket #" as
"T-100234", Date as "2024-03-14", "Customer Type" (Public, Contractor, Scrapper; now and then lower case), Material
(ALUMINUM CANS, COPPER, BRASS, STEEL, CARDBOARD, upper case as the scale software writes it), Lbs (whole pounds; 0 on
a voided ticket), "Price/Lb" as "$3.45" (set each month per material, contractors paid a bit more on metals) and
Payout as "$1,234.56" (pounds times price). And an optical shop's eyeglass orders (2022 to 2024, one row per order)
with "Order #" as "RX-20231", "Order Date" as "2023-05-14", "Frame Brand" (Ray-Ban, Oakley, Coach, Silhouette,
Flexon, House Brand; now and then in upper case), "Lens Type" (Single Vision, Bifocal, Progressive), "Anti-Glare"
(Y/N), "Frame $" and "Lens $" as "189.00" (progressives dearest), "Insurance Paid" (blank when the customer had no
vision plan), "Days to Deliver" (blank for orders not yet picked up; progressives slower) and Remake (Y/N; more for
progressives). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _typical, _weekday
from .heldout333 import _FIRST, _LAST, _date
from .heldout358 import _money, _yes
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _person(rng: np.random.Generator) -> str:
    return f"{_one(rng, _FIRST)} {_one(rng, _LAST)}"


def _top_label(scores: pd.Series, lowest: bool = False) -> str:
    s = scores.sort_index(kind="stable")
    return str(s.idxmin() if lowest else s.idxmax())


def _pick(score: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """The top label of a score, named beside the superlative."""
    return _lead(_named(lambda df: _top_label(score(df))))


def _pair(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Two group figures, or the gap between them."""
    return either(
        _about(lambda df: np.asarray(values(df), dtype=float)),
        _about(lambda df: abs(float(np.diff(np.asarray(values(df), dtype=float))[0]))),
    )


def _canon(df: pd.DataFrame, col: str, names: list[str]) -> pd.Series:
    """A label column with its upper-case variants mapped back to the usual spelling."""
    return _text(df, col).str.upper().map({n.upper(): n for n in names})


# --- 1. Children's theater ticket sales ----------------------------------------------------------------------------

_TH_SHOWS = [
    ("Charlotte's Web", 2022, 2),
    ("The Velveteen Rabbit", 2022, 4),
    ("Alice in Wonderland", 2022, 9),
    ("A Christmas Carol", 2022, 11),
    ("Pinocchio", 2023, 2),
    ("Winnie the Pooh", 2023, 4),
    ("The Wizard of Oz", 2023, 9),
    ("The Nutcracker", 2023, 11),
    ("Junie B. Jones", 2024, 2),
    ("Stuart Little", 2024, 4),
    ("Peter Pan", 2024, 9),
    ("Frosty the Snowman", 2024, 11),
]
_TH_PULL = {"The Wizard of Oz": 1.25, "A Christmas Carol": 1.2, "The Nutcracker": 1.3, "Frosty the Snowman": 1.15}


def _theater_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37601)
    rows: list[dict[str, Any]] = []
    for show, year, month in _TH_SHOWS:
        studio = show in ("Junie B. Jones", "The Velveteen Rabbit")
        cap = 90 if studio else 220
        pull = _TH_PULL.get(show, 1.0)
        days = pd.date_range(pd.Timestamp(year, month, 1), periods=32, freq="D")
        for day in days:
            slots: list[str] = []
            if day.dayofweek in (1, 3):
                slots = ["Matinee"]
            elif day.dayofweek == 4:
                slots = ["Evening"]
            elif day.dayofweek == 5:
                slots = ["Matinee", "Evening"]
            elif day.dayofweek == 6:
                slots = ["Matinee"]
            for slot in slots:
                school = slot == "Matinee" and day.dayofweek < 5
                fill = float(np.clip(rng.normal(0.78 * pull, 0.16), 0.2, 1.15))
                seats = min(cap, round(float(cap * fill)))
                comps = min(seats, int(rng.poisson(2 if school else 6)))
                paid = seats - comps
                kid_share = float(
                    np.clip(rng.normal(0.85 if school else 0.55 if slot == "Matinee" else 0.4, 0.06), 0, 1)
                )
                child = round(float(paid * kid_share))
                adult = paid - child
                snack = (adult + child) * rng.uniform(1.2, 2.6) * (0.6 if school else 1.0)
                rows.append(
                    {
                        "Show": show.upper() if rng.random() < 0.05 else show,
                        "Perf Date": f"{day:%m/%d/%Y}",
                        "Perf Time": slot,
                        "Adult Tix": adult,
                        "Child Tix": child,
                        "Comps": comps,
                        "House Cap": cap,
                        "Concessions": "" if rng.random() < 0.05 else _money(round(snack * 2) / 2),
                    }
                )
    frame = pd.DataFrame(rows)
    total = {c: int(frame[c].sum()) for c in ("Adult Tix", "Child Tix", "Comps", "House Cap")}
    snacks = pd.to_numeric(frame["Concessions"].str.replace(r"[$,]", "", regex=True), errors="coerce").sum()
    total_row = {"Show": "TOTAL", "Perf Date": "", "Perf Time": "", **total, "Concessions": _money(float(snacks))}
    return pd.concat([frame, pd.DataFrame([total_row])], ignore_index=True)


def _th(df: pd.DataFrame) -> pd.DataFrame:
    """The performances, without the TOTAL row."""
    return df[_text(df, "Show").str.upper() != "TOTAL"]


def _th_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Perf Date", "%m/%d/%Y")


def _th_show(df: pd.DataFrame) -> pd.Series:
    return _canon(df, "Show", [s for s, _, _ in _TH_SHOWS])


def _th_paid(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Adult Tix") + _num(df, "Child Tix")


def _th_seats(df: pd.DataFrame) -> pd.Series:
    return _th_paid(df) + _num(df, "Comps")


def _th_by_time(df: pd.DataFrame, how: str, seats: Callable[[pd.DataFrame], pd.Series]) -> np.ndarray:
    d = _th(df)
    return seats(d).groupby(_text(d, "Perf Time")).agg(how).reindex(["Matinee", "Evening"]).to_numpy()


def _th_concessions_2024(df: pd.DataFrame) -> pd.Series:
    d = _th(df)
    when = _th_date(d)
    return _num(d, "Concessions")[when.dt.year == 2024].groupby(when.dt.to_period("M")).sum()


_TH_QS = [
    Q(
        "how many kids came to our shows in 2023",
        _count(lambda df: int(_num(df, "Child Tix")[_th_date(df).dt.year == 2023].sum())),
        ("Child Tix", "Perf Date"),
    ),
    Q(
        "which show sold the most tickets",
        either(
            _pick(lambda df: _th_paid(_th(df)).groupby(_th_show(_th(df))).sum()),
            _pick(lambda df: _th_seats(_th(df)).groupby(_th_show(_th(df))).sum()),
        ),
        ("Show", "Adult Tix", "Child Tix", "Comps"),
    ),
    Q(
        "do matinees draw bigger crowds than evening shows",
        either(
            _pair(lambda df: _th_by_time(df, "mean", _th_seats)),
            _pair(lambda df: _th_by_time(df, "mean", _th_paid)),
            _pair(lambda df: _th_by_time(df, "median", _th_seats)),
            _pair(lambda df: _th_by_time(df, "median", _th_paid)),
        ),
        ("Perf Time", "Adult Tix", "Child Tix", "Comps"),
    ),
    Q(
        "how many performances were sold out",
        either(
            _count(lambda df: int((_th_seats(_th(df)) >= _num(_th(df), "House Cap")).sum())),
            _count(lambda df: int((_th_paid(_th(df)) >= _num(_th(df), "House Cap")).sum())),
        ),
        ("Adult Tix", "Child Tix", "Comps", "House Cap", "Perf Date", "Show"),
    ),
    Q(
        "how much did concessions bring in in 2024",
        _amount(lambda df: float(_th_concessions_2024(df).sum())),
        ("Concessions", "Perf Date"),
    ),
    Q(
        "which month was best for that",
        either(
            _month_year(lambda df: _th_concessions_2024(df).idxmax().to_timestamp()),
            _month_year(
                lambda df: (
                    _num(_th(df), "Concessions")
                    .groupby(_th_date(_th(df)).dt.to_period("M"))
                    .sum()
                    .idxmax()
                    .to_timestamp()
                )
            ),
        ),
        ("Concessions", "Perf Date"),
    ),
]


# --- 2. Soil testing lab samples -----------------------------------------------------------------------------------

_SL_COUNTIES = {"STORY": 5, "BOONE": 4, "POLK": 2, "DALLAS": 3, "MARSHALL": 3.5, "HARDIN": 2.5, "JASPER": 2}
# crop: weight, pH mean, OM mean
_SL_CROPS = {
    "Corn": (6, 6.4, 3.4),
    "Soybeans": (5, 6.5, 3.2),
    "Alfalfa": (2, 6.8, 3.0),
    "Pasture": (2, 5.9, 4.2),
    "Wheat": (1, 6.3, 2.8),
    "Garden": (1.5, 6.0, 5.0),
}
_SL_FARMS = [
    "Hansen Farms", "Prairie View Ag", "Olson Bros", "Meyer Family Farm", "Dietz Acres", "Lone Oak Farm",
    "Kruse Grain", "Sunrise Dairy", "Schmidt Land Co", "Vander Ploeg Farms", "Hilltop Organics", "Bauer Seed",
    "Twin Creek Farm", "Nelson & Sons", "Ridgeway Cattle", "Peterson Farms", "Mill Creek Gardens", "Jensen Ag",
    "Cedar Valley Farm", "Holt Family Farms", "Brandt Farms", "Wildflower CSA",
]  # fmt: skip


def _soil_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37602)
    days = pd.date_range("2023-01-03", "2024-12-20", freq="D")
    w = np.array([(4.0 if d.month in (3, 4, 10, 11) else 2.0 if d.month in (5, 9) else 0.6) for d in days])
    w *= np.array([0.05 if d.dayofweek >= 5 else 1.0 for d in days])
    picks = np.sort(rng.choice(len(days), size=1400, p=w / w.sum()))
    home = {f: _one(rng, list(_SL_COUNTIES), list(_SL_COUNTIES.values())) for f in _SL_FARMS}
    last = pd.Timestamp("2024-12-20")
    rows: list[dict[str, Any]] = []
    seq = {2023: 0, 2024: 0}
    for i in picks:
        day = days[i]
        seq[day.year] += 1
        farm = _one(rng, _SL_FARMS)
        crop = (
            "Garden"
            if farm in ("Wildflower CSA", "Mill Creek Gardens")
            else _one(rng, list(_SL_CROPS), [v[0] for v in _SL_CROPS.values()])
        )
        _, ph_mu, om_mu = _SL_CROPS[crop]
        ph = float(np.clip(rng.normal(ph_mu, 0.45), 4.8, 8.1))
        om = float(np.clip(rng.normal(om_mu, 0.8), 0.8, 9.5))
        p = float(rng.lognormal(np.log(22), 0.7))
        k = float(np.clip(60 + 32 * om + rng.normal(0, 40), 50, 450))
        rush = rng.random() < 0.14
        wait = int(rng.integers(1, 3)) if rush else int(rng.poisson(6)) + 3
        out = day + pd.Timedelta(days=wait)
        fee = 18.0 + (10.0 if rush else 0.0) + (7.0 if crop == "Garden" else 0.0)
        rows.append(
            {
                "Sample ID": f"S{day.year % 100}-{seq[day.year]:05d}",
                "Grower": farm,
                "County": home[farm],
                "Crop": crop,
                "pH": round(ph, 1),
                "OM %": round(om, 1),
                "P ppm": "<2" if p < 2 or rng.random() < 0.04 else round(float(p)),
                "K ppm": round(float(k)),
                "Received": f"{day:%Y-%m-%d}",
                "Reported": f"{out:%Y-%m-%d}" if out <= last else "",
                "Rush": "Y" if rush else "N",
                "Fee": _money(fee),
            }
        )
    return pd.DataFrame(rows)


def _sl_days(df: pd.DataFrame) -> pd.Series:
    return (_date(df, "Reported", "%Y-%m-%d") - _date(df, "Received", "%Y-%m-%d")).dt.days


def _sl_corn_ph(df: pd.DataFrame) -> pd.Series:
    return _num(df, "pH")[_text(df, "Crop") == "Corn"]


_SL_QS = [
    Q(
        "which county sends us the most samples",
        _pick(lambda df: _text(df, "County").value_counts()),
        ("County", "Sample ID"),
    ),
    Q("whats the typical ph for corn ground", _typical(_sl_corn_ph), ("pH", "Crop")),
    Q(
        "how many of those corn samples came in under 6",
        _count(lambda df: int((_sl_corn_ph(df) < 6).sum())),
        ("pH", "Crop", "Sample ID"),
    ),
    Q(
        "how long does it usually take us to get results out",
        _typical(lambda df: _sl_days(df).dropna()),
        ("Received", "Reported"),
    ),
    Q(
        "and for rush samples?",
        _typical(lambda df: _sl_days(df)[_yes(df, "Rush")].dropna()),
        ("Received", "Reported", "Rush"),
    ),
    Q(
        "how many samples had phosphorus below 10 ppm",
        _count(lambda df: int(((_num(df, "P ppm") < 10) | (_text(df, "P ppm").str.startswith("<"))).sum())),
        ("P ppm", "Sample ID"),
    ),
]


# --- 3. Catfish farm pond harvests ---------------------------------------------------------------------------------

_CF_PRICE = {2019: 1.05, 2020: 0.98, 2021: 1.08, 2022: 1.31, 2023: 1.24, 2024: 1.19}


def _catfish_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37603)
    rows: list[dict[str, Any]] = []
    end = pd.Timestamp("2024-12-31")
    for p in range(1, 41):
        acres = round(float(rng.uniform(5.0, 18.0)) * 2) / 2
        skill = float(rng.normal(1.0, 0.12))
        stock = pd.Timestamp(2018, int(rng.integers(3, 7)), int(rng.integers(1, 28)))
        while True:
            fingerlings = int(round(float(acres * rng.uniform(5200, 7200)), -2))
            first = stock + pd.Timedelta(days=int(rng.integers(330, 480)))
            n = int(_one(rng, [2, 3, 4], [3, 4, 2]))
            cycle = fingerlings * rng.uniform(0.8, 1.15) * skill * (0.9 if n == 2 else 1.0)
            dates = [first + pd.Timedelta(days=int(rng.integers(40, 110)) * j) for j in range(n)]
            split = rng.dirichlet(np.full(n, 4.0))
            for d, s in zip(dates, split, strict=True):
                if d > end or d.year < 2019:
                    continue
                lbs = round(float(cycle * s))
                hold = 0 if rng.random() < 0.62 else int(rng.integers(3, 29))
                rows.append(
                    {
                        "Pond": f"P-{p:02d}",
                        "Acres": acres,
                        "Stock Date": f"{stock.month}/{stock.day}/{stock.year}",
                        "Fingerlings Stocked": fingerlings,
                        "Harvest Date": f"{d.month}/{d.day}/{d.year}",
                        "Lbs Harvested": lbs,
                        "Feed Lbs": int(round(float(lbs * rng.normal(2.1, 0.18)), -1)),
                        "Price/Lb": _money(_CF_PRICE[d.year] + float(rng.normal(0, 0.025))),
                        "Off-Flavor Hold Days": "" if rng.random() < 0.05 else hold,
                    }
                )
            stock = dates[-1] + pd.Timedelta(days=int(rng.integers(10, 60)))
            if stock > end:
                break
    frame = pd.DataFrame(rows)
    order = pd.to_datetime(frame["Harvest Date"], format="%m/%d/%Y")
    return frame.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


def _cf_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Harvest Date", "%m/%d/%Y")


def _cf_hold(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Off-Flavor Hold Days")


def _cf_per_acre(df: pd.DataFrame) -> pd.Series:
    return (
        _num(df, "Lbs Harvested").groupby(_text(df, "Pond")).sum()
        / _num(df, "Acres").groupby(_text(df, "Pond")).first()
    )


_CF_QS = [
    Q(
        "how many pounds of fish did we pull out in 2023",
        _count(lambda df: int(_num(df, "Lbs Harvested")[_cf_date(df).dt.year == 2023].sum())),
        ("Lbs Harvested", "Harvest Date"),
    ),
    Q(
        "hows our feed conversion, how many lbs of feed per lb of fish",
        either(
            _about(lambda df: float(_num(df, "Feed Lbs").sum() / _num(df, "Lbs Harvested").sum())),
            _typical(lambda df: _num(df, "Feed Lbs") / _num(df, "Lbs Harvested")),
        ),
        ("Feed Lbs", "Lbs Harvested"),
    ),
    Q("which pond produces the most per acre", _pick(_cf_per_acre), ("Pond", "Lbs Harvested", "Acres")),
    Q(
        "how often do we have to hold fish for off flavor",
        either(
            _share(lambda df: float((_cf_hold(df) > 0).sum() / _cf_hold(df).notna().sum())),
            _share(lambda df: float((_cf_hold(df) > 0).mean())),
        ),
        ("Off-Flavor Hold Days", "Pond", "Harvest Date"),
    ),
    Q(
        "and when we do, how long is the hold usually",
        _typical(lambda df: _cf_hold(df)[_cf_hold(df) > 0]),
        ("Off-Flavor Hold Days",),
    ),
    Q(
        "how much did we gross on fish in 2024",
        _amount(
            lambda df: float((_num(df, "Lbs Harvested") * _num(df, "Price/Lb"))[_cf_date(df).dt.year == 2024].sum())
        ),
        ("Lbs Harvested", "Price/Lb", "Harvest Date"),
    ),
]


# --- 4. School cafeteria daily meal counts -------------------------------------------------------------------------

# school: enrollment, free share, reduced share, breakfast take-up
_SC_SCHOOLS = {
    "Lincoln Elementary": (410, 0.58, 0.08, 0.42),
    "Washington Elementary": (360, 0.31, 0.07, 0.25),
    "Jefferson Elementary": (295, 0.46, 0.09, 0.33),
    "Roosevelt Middle": (640, 0.40, 0.08, 0.18),
    "Central High": (920, 0.33, 0.06, 0.11),
}
_SC_MILK_DAY = {0: 1.35, 1: 0.9, 2: 0.95, 3: 0.9, 4: 1.45}


def _school_days() -> list[pd.Timestamp]:
    out = []
    for start in (2022, 2023):
        for d in pd.date_range(f"{start}-08-23", f"{start + 1}-05-31", freq="B"):
            winter = (d.month == 12 and d.day >= 21) or (d.month == 1 and d.day <= 2)
            thanks = d.month == 11 and 22 <= d.day <= 28 and d.dayofweek >= 2
            spring = d.month == 3 and 13 <= d.day <= 17
            if not (winter or thanks or spring):
                out.append(d)
    return out


def _cafeteria_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37604)
    rows: list[dict[str, Any]] = []
    for d in _school_days():
        day_mood = float(rng.normal(1.0, 0.05))
        for school, (enr, free, red, bfast) in _SC_SCHOOLS.items():
            present = enr * float(rng.uniform(0.9, 0.97)) * day_mood
            fr = int(rng.poisson(present * free * 0.93))
            rd = int(rng.poisson(present * red * 0.88))
            pd_ = int(rng.poisson(present * (1 - free - red) * 0.55))
            br = int(rng.poisson(present * bfast))
            milk = int(rng.poisson((fr + rd + pd_ + br) * 0.045 * _SC_MILK_DAY[d.dayofweek]))
            rows.append(
                {
                    "Date": f"{d:%Y-%m-%d}",
                    "School": school.upper() if rng.random() < 0.04 else school,
                    "Breakfasts": br,
                    "Free Lunch": fr,
                    "Reduced Lunch": rd,
                    "Paid Lunch": pd_,
                    "A La Carte $": _money(round(float(rng.gamma(6.0, present * 0.045)), 2)),
                    "Milk Wasted": "" if rng.random() < 0.05 else milk,
                }
            )
    return pd.DataFrame(rows)


def _sc_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


def _sc_school(df: pd.DataFrame) -> pd.Series:
    return _canon(df, "School", list(_SC_SCHOOLS))


def _sc_lunches(df: pd.DataFrame) -> pd.Series:
    return _num(df, "Free Lunch") + _num(df, "Reduced Lunch") + _num(df, "Paid Lunch")


def _sc_milk_day(df: pd.DataFrame, how: str) -> str:
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    s = _num(df, "Milk Wasted").groupby(_sc_date(df).dt.dayofweek).agg(how)
    return names[int(s.idxmax())]


_SC_QS = [
    Q(
        "how many lunches did we serve altogether",
        _count(lambda df: int(_sc_lunches(df).sum())),
        ("Free Lunch", "Reduced Lunch", "Paid Lunch"),
    ),
    Q(
        "what share of lunches are free or reduced",
        _share(lambda df: float((_num(df, "Free Lunch") + _num(df, "Reduced Lunch")).sum() / _sc_lunches(df).sum())),
        ("Free Lunch", "Reduced Lunch", "Paid Lunch"),
    ),
    Q(
        "which school serves the most breakfasts",
        _pick(lambda df: _num(df, "Breakfasts").groupby(_sc_school(df)).sum()),
        ("School", "Breakfasts"),
    ),
    Q(
        "what day of the week do kids waste the most milk",
        either(
            _lead(_weekday(lambda df: _sc_milk_day(df, "mean"))),
            _lead(_weekday(lambda df: _sc_milk_day(df, "sum"))),
        ),
        ("Milk Wasted", "Date"),
    ),
    Q(
        "how many days is the milk count missing",
        _count(lambda df: int(_num(df, "Milk Wasted").isna().sum())),
        ("Milk Wasted", "Date", "School"),
    ),
    Q(
        "how much a la carte money did lincoln take in during october 2023",
        _amount(
            lambda df: float(
                _num(df, "A La Carte $")[
                    (_sc_school(df) == "Lincoln Elementary")
                    & (_sc_date(df).dt.year == 2023)
                    & (_sc_date(df).dt.month == 10)
                ].sum()
            )
        ),
        ("A La Carte $", "School", "Date"),
    ),
]


# --- 5. Propane company delivery tickets ---------------------------------------------------------------------------

_PR_DRIVERS = {"Gary Lutz": 5, "Dale Poole": 4, "Rick Sommers": 4, "Tina Beal": 3, "Marco Ruiz": 2}
_PR_BASE = {
    1: 2.85,
    2: 2.82,
    3: 2.69,
    4: 2.49,
    5: 2.39,
    6: 2.35,
    7: 2.33,
    8: 2.36,
    9: 2.45,
    10: 2.62,
    11: 2.78,
    12: 2.89,
}
_PR_SEASON = {1: 10, 2: 9, 3: 6.5, 4: 3.5, 5: 2, 6: 1.5, 7: 1.2, 8: 1.3, 9: 2, 10: 4.5, 11: 7.5, 12: 9.5}


def _propane_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37605)
    customers = []
    seen: set[str] = set()
    while len(customers) < 320:
        name = _person(rng)
        if name in seen:
            continue
        seen.add(name)
        tank = int(_one(rng, [120, 250, 500, 1000], [2, 3, 8, 1.5]))
        auto = rng.random() < 0.62
        customers.append((name, tank, auto))
    cust_w = np.array([t / 250 for _, t, _ in customers])
    days = pd.date_range("2022-07-01", "2024-06-30", freq="D")
    w = np.array([_PR_SEASON[d.month] * (0.08 if d.dayofweek == 6 else 1.0) for d in days])
    rows: list[dict[str, Any]] = []
    for i in np.sort(rng.choice(len(days), size=1900, p=w / w.sum())):
        day = days[i]
        name, tank, auto = customers[int(rng.choice(len(customers), p=cust_w / cust_w.sum()))]
        pct = float(np.clip(rng.normal(27 if auto else 14, 6), 2, 55))
        gallons = max(10.0, tank * (0.8 - pct / 100) * float(rng.normal(1.0, 0.04)))
        price = _PR_BASE[day.month] + (0.10 if day.year == 2023 else 0.0) + (0.0 if auto else 0.30)
        price += float(rng.normal(0, 0.03))
        rows.append(
            {
                "Customer": name,
                "Tank Size (gal)": f"{tank} gal" if rng.random() < 0.04 else tank,
                "Delivery Date": f"{day:%m/%d/%Y}",
                "Gallons Delivered": round(gallons, 1),
                "Price/Gal": f"${price:.3f}",
                "% Full on Arrival": "" if rng.random() < 0.06 else f"{round(float(pct))}%",
                "Service Type": "Auto" if auto else "Will Call",
                "Driver": _one(rng, list(_PR_DRIVERS), list(_PR_DRIVERS.values())),
            }
        )
    return pd.DataFrame(rows)


def _pr_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Delivery Date", "%m/%d/%Y")


def _pr_pct(df: pd.DataFrame) -> pd.Series:
    return _num(df, "% Full on Arrival")


def _pr_price_by_type(df: pd.DataFrame, weighted: bool) -> np.ndarray:
    kind = _text(df, "Service Type")
    price = _num(df, "Price/Gal")
    if weighted:
        gal = _num(df, "Gallons Delivered")
        s = (price * gal).groupby(kind).sum() / gal.groupby(kind).sum()
    else:
        s = price.groupby(kind).mean()
    return s.reindex(["Will Call", "Auto"]).to_numpy()


def _pr_low(df: pd.DataFrame) -> pd.Series:
    return _pr_pct(df) < 20


_PR_QS = [
    Q(
        "how many gallons went out in january 2024",
        _about(
            lambda df: float(
                _num(df, "Gallons Delivered")[(_pr_date(df).dt.year == 2024) & (_pr_date(df).dt.month == 1)].sum()
            ),
            rel=0.002,
        ),
        ("Gallons Delivered", "Delivery Date"),
    ),
    Q(
        "do will call customers pay more per gallon than auto",
        either(
            _pair(lambda df: _pr_price_by_type(df, weighted=False)),
            _pair(lambda df: _pr_price_by_type(df, weighted=True)),
        ),
        ("Price/Gal", "Service Type", "Gallons Delivered"),
    ),
    Q(
        "how full are tanks usually when the truck shows up",
        _typical(lambda df: _pr_pct(df).dropna()),
        ("% Full on Arrival",),
    ),
    Q(
        "how many deliveries found the tank below 20%",
        _count(lambda df: int(_pr_low(df).sum())),
        ("% Full on Arrival", "Delivery Date", "Customer"),
    ),
    Q(
        "how many of those were will call",
        _count(lambda df: int((_pr_low(df) & (_text(df, "Service Type") == "Will Call")).sum())),
        ("% Full on Arrival", "Service Type", "Delivery Date", "Customer"),
    ),
    Q(
        "which driver hauled the most gallons",
        _pick(lambda df: _num(df, "Gallons Delivered").groupby(_text(df, "Driver")).sum()),
        ("Driver", "Gallons Delivered"),
    ),
]


# --- 6. Recycling center scale-house payouts -----------------------------------------------------------------------

# material: price per lb at the start, monthly drift, lbs (lognormal median, spread), weight by customer type
_RC_MATERIALS = {
    "ALUMINUM CANS": (0.55, 0.03, 25, 0.8, {"Public": 8, "Contractor": 0.5, "Scrapper": 3}),
    "COPPER": (3.35, 0.12, 30, 1.0, {"Public": 1.2, "Contractor": 4, "Scrapper": 5}),
    "BRASS": (2.05, 0.07, 18, 0.9, {"Public": 0.6, "Contractor": 2.5, "Scrapper": 3}),
    "STEEL": (0.08, 0.004, 600, 0.9, {"Public": 1, "Contractor": 3, "Scrapper": 6}),
    "CARDBOARD": (0.035, 0.002, 220, 0.8, {"Public": 0.8, "Contractor": 2, "Scrapper": 0.5}),
}
_RC_TYPES = {"Public": 5, "Contractor": 2.5, "Scrapper": 3.5}


def _recycling_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37606)
    months = pd.period_range("2023-01", "2024-12", freq="M")
    prices: dict[str, dict[pd.Period, float]] = {}
    for mat, (start, drift, *_rest) in _RC_MATERIALS.items():
        walk = start + np.cumsum(rng.normal(0, drift, len(months)))
        prices[mat] = {m: float(max(start * 0.6, v)) for m, v in zip(months, walk, strict=True)}
    days = [d for d in pd.date_range("2023-01-02", "2024-12-31", freq="D") if d.dayofweek != 6]
    rows: list[dict[str, Any]] = []
    k = 100000
    for d in days:
        for _ in range(int(rng.poisson(5.5 if d.dayofweek == 5 else 4))):
            k += 1
            kind = _one(rng, list(_RC_TYPES), list(_RC_TYPES.values()))
            mats = list(_RC_MATERIALS)
            mat = _one(rng, mats, [_RC_MATERIALS[m][4][kind] for m in mats])
            _, _, med, spread, _ = _RC_MATERIALS[mat]
            scale = {"Public": 0.5, "Contractor": 1.6, "Scrapper": 1.2}[kind]
            lbs = max(1, round(float(rng.lognormal(np.log(med * scale), spread))))
            price = prices[mat][d.to_period("M")]
            if kind == "Contractor" and mat in ("COPPER", "BRASS"):
                price += 0.10
            price = round(price, 2) if price >= 0.1 else round(price, 3)
            if rng.random() < 0.01:
                lbs = 0
            rows.append(
                {
                    "Ticket #": f"T-{k}",
                    "Date": f"{d:%Y-%m-%d}",
                    "Customer Type": kind.lower() if rng.random() < 0.05 else kind,
                    "Material": mat,
                    "Lbs": lbs,
                    "Price/Lb": f"${price:.2f}" if price >= 0.1 else f"${price:.3f}",
                    "Payout": _money(round(lbs * price, 2)),
                }
            )
    return pd.DataFrame(rows)


def _rc_date(df: pd.DataFrame) -> pd.Series:
    return _date(df, "Date", "%Y-%m-%d")


def _rc_type(df: pd.DataFrame) -> pd.Series:
    return _canon(df, "Customer Type", list(_RC_TYPES))


def _rc_copper_month(df: pd.DataFrame, how: str) -> pd.Timestamp:
    cu = df[_text(df, "Material").str.upper() == "COPPER"]
    s = _num(cu, "Price/Lb").groupby(_rc_date(cu).dt.to_period("M")).agg(how)
    return s.idxmax().to_timestamp()


def _rc_by_type(df: pd.DataFrame, how: str) -> np.ndarray:
    live = df[_num(df, "Lbs") > 0]
    s = _num(live, "Payout").groupby(_rc_type(live)).agg(how)
    s_all = _num(df, "Payout").groupby(_rc_type(df)).agg(how)
    return np.array([s["Contractor"], s["Public"], s_all["Contractor"], s_all["Public"]])


_RC_QS = [
    Q("how much have we paid out in total", _amount(lambda df: float(_num(df, "Payout").sum())), ("Payout",)),
    Q(
        "how many pounds of cardboard came across the scale in 2023",
        _count(
            lambda df: int(
                _num(df, "Lbs")[
                    (_text(df, "Material").str.upper() == "CARDBOARD") & (_rc_date(df).dt.year == 2023)
                ].sum()
            )
        ),
        ("Lbs", "Material", "Date"),
    ),
    Q(
        "when was copper paying the most per pound",
        either(
            _month_year(lambda df: _rc_copper_month(df, "mean")),
            _month_year(lambda df: _rc_copper_month(df, "max")),
        ),
        ("Price/Lb", "Material", "Date"),
    ),
    Q(
        "what share of the money goes to scrappers",
        _share(lambda df: float(_num(df, "Payout")[_rc_type(df) == "Scrapper"].sum() / _num(df, "Payout").sum())),
        ("Payout", "Customer Type"),
    ),
    Q(
        "whats the average ticket for contractors compared to regular public",
        either(
            _about(lambda df: _rc_by_type(df, "mean")[:2]),
            _about(lambda df: _rc_by_type(df, "mean")[2:]),
            _about(lambda df: _rc_by_type(df, "median")[:2]),
            _about(lambda df: _rc_by_type(df, "median")[2:]),
        ),
        ("Payout", "Customer Type", "Ticket #"),
    ),
    Q(
        "how many tickets paid over $500",
        _count(lambda df: int((_num(df, "Payout") > 500).sum())),
        ("Payout", "Ticket #"),
    ),
]


# --- 7. Optical shop eyeglass orders -------------------------------------------------------------------------------

_OP_BRANDS = {"Ray-Ban": 5, "Oakley": 3, "Coach": 2, "Silhouette": 1, "Flexon": 2.5, "House Brand": 4.5}
_OP_FRAME = {"Ray-Ban": 185, "Oakley": 195, "Coach": 215, "Silhouette": 320, "Flexon": 165, "House Brand": 79}
# lens type: weight, base lens $, days to deliver, remake chance
_OP_LENSES = {
    "Single Vision": (6, 95, 6, 0.03),
    "Bifocal": (1.5, 160, 8, 0.05),
    "Progressive": (3.5, 290, 10, 0.11),
}


def _optical_frame() -> pd.DataFrame:
    rng = np.random.default_rng(37607)
    days = [d for d in pd.date_range("2022-01-03", "2024-12-31", freq="D") if d.dayofweek != 6]
    picks = np.sort(rng.choice(len(days), size=1700))
    cutoff = pd.Timestamp("2024-12-31")
    rows: list[dict[str, Any]] = []
    for k, i in enumerate(picks):
        day = days[i]
        brand = _one(rng, list(_OP_BRANDS), list(_OP_BRANDS.values()))
        lens = _one(rng, list(_OP_LENSES), [v[0] for v in _OP_LENSES.values()])
        _, lens_base, wait, remake_p = _OP_LENSES[lens]
        glare = rng.random() < (0.75 if lens == "Progressive" else 0.5)
        frame_price = _OP_FRAME[brand] + 10 * int(rng.integers(-3, 5))
        lens_price = lens_base + (65 if glare else 0) + 5 * int(rng.integers(0, 6))
        insured = rng.random() < 0.68
        ins = float(min(frame_price + lens_price, round(rng.uniform(90, 230), -1))) if insured else None
        remake = rng.random() < remake_p
        days_out = int(max(2, rng.poisson(wait))) + (int(rng.integers(5, 12)) if remake else 0)
        picked = day + pd.Timedelta(days=days_out) <= cutoff
        rows.append(
            {
                "Order #": f"RX-{20001 + k}",
                "Order Date": f"{day:%Y-%m-%d}",
                "Frame Brand": brand.upper() if rng.random() < 0.04 else brand,
                "Lens Type": lens,
                "Anti-Glare": "Y" if glare else "N",
                "Frame $": f"{frame_price:.2f}",
                "Lens $": f"{lens_price:.2f}",
                "Insurance Paid": f"{ins:.2f}" if ins is not None else "",
                "Days to Deliver": days_out if picked else "",
                "Remake": "Y" if remake else "N",
            }
        )
    return pd.DataFrame(rows)


def _op_brand(df: pd.DataFrame) -> pd.Series:
    return _canon(df, "Frame Brand", list(_OP_BRANDS))


def _op_remake(df: pd.DataFrame) -> np.ndarray:
    r = _yes(df, "Remake").groupby(_text(df, "Lens Type")).mean()
    return r.reindex(["Progressive", "Single Vision"]).to_numpy()


def _op_lens_means(df: pd.DataFrame, how: str) -> np.ndarray:
    s = _num(df, "Lens $").groupby(_text(df, "Lens Type")).agg(how)
    return s.reindex(list(_OP_LENSES)).to_numpy()


_OP_QS = [
    Q(
        "how many orders were progressives",
        _count(lambda df: int((_text(df, "Lens Type") == "Progressive").sum())),
        ("Lens Type", "Order #"),
    ),
    Q(
        "what do we charge on average for lenses, by type",
        either(_about(lambda df: _op_lens_means(df, "mean")), _about(lambda df: _op_lens_means(df, "median"))),
        ("Lens $", "Lens Type"),
    ),
    Q(
        "are progressives remade more often than single vision",
        both(_share(lambda df: float(_op_remake(df)[0])), _share(lambda df: float(_op_remake(df)[1]))),
        ("Remake", "Lens Type", "Order #"),
    ),
    Q(
        "which frame brand do we sell the most of",
        _pick(lambda df: _op_brand(df).value_counts()),
        ("Frame Brand", "Order #"),
    ),
    Q(
        "how many customers didnt use insurance",
        _count(lambda df: int(_num(df, "Insurance Paid").isna().sum())),
        ("Insurance Paid", "Order #"),
    ),
    Q(
        "how long does it normally take to get glasses to people",
        _typical(lambda df: _num(df, "Days to Deliver").dropna()),
        ("Days to Deliver",),
    ),
]


HELDOUT376 = [
    Dataset("childrens_theater_performance_tickets", _theater_frame, _TH_QS),
    Dataset("soil_lab_sample_results", _soil_frame, _SL_QS),
    Dataset("catfish_farm_pond_harvests", _catfish_frame, _CF_QS),
    Dataset("school_cafeteria_daily_counts", _cafeteria_frame, _SC_QS),
    Dataset("propane_company_delivery_tickets", _propane_frame, _PR_QS),
    Dataset("recycling_center_scale_payouts", _recycling_frame, _RC_QS),
    Dataset("optical_shop_eyeglass_orders", _optical_frame, _OP_QS),
]
