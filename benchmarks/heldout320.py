"""HELDOUT320: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a church rummage sale's item
tally (one weekend, one row per tagged item, plus a last "TOTAL" row) with "Item #" (1 ... n), Table ("Housewares",
"Books", "Clothing", "Toys", "Furniture", "Electronics", "Linens", "Jewelry"), Item ("Crock Pot", "Paperback"),
"Tag Price" as "$5.00", "Sold Price" as "$4.00" (blank when unsold), Day ("Friday", "Saturday", "Bag Sale"; blank when
unsold), Volunteer (the cashier's first name, blank when unsold), "Donated By" (a family name, "Anonymous" or blank)
and Sold (Y, N); the TOTAL row carries only the summed prices. A science museum planetarium's show attendance (2023
and 2024, one row per showing) with "Show Title", Date as "2024-03-09", Showtime as "10:30 AM", Seats (120, or 90
after a seating change), "Tickets Sold", "School Group" (Y, N), Comps (a count, "N/A" now and then), "Ticket Price"
as "$8.00" ($5.00 for school groups), Presenter (blank on recorded shows) and Format ("Live", "Recorded"). A
farrier's appointment book (2023 to 2024, one row per horse visit) with Date as "3/14/2024", Barn, Horse, Owner,
Service ("Trim", "Front Shoes", "Full Set", "Reset", "Corrective"), Price as "$45", "Travel Fee" as "$15" (blank
at the home barn), Paid (Y, N) and "Next Due" as "4/25/2024". A mining company's diamond drill core log (2024
program, one row per sampled interval, holes repeated down the hole) with HOLE_ID as "DDH-24-003", FROM_M, TO_M,
upper-case LITHOLOGY ("ANDESITE", "BASALT", "DIORITE", "QUARTZ VEIN", "SHALE", "FAULT ZONE", "OVERBURDEN"),
REC_PCT, RQD_PCT, AU_GPT (text: "<0.005" below detection, blank when not assayed), CU_PCT (same conventions with
"<0.01"), LOGGED_BY (initials) and BOX_NO. A court's interpreter booking sheet (2024, one row per booking) with
Date as "01/08/2024", Courtroom ("2A" ... "7C"), "Case Number" as "CR-2024-001234" or "CV-..." (repeated across
hearings), Language, Interpreter as "Lopez, Maria", Certified (Y, N), "Scheduled Min", "Actual Min" (blank on a
no-show), "Hourly Rate" as "$85.00", "No-Show" (Y, N) and Mode ("Remote", "In Person", sometimes "In-Person"). A
public pool's water chemistry log (summer 2024, four readings a day for each pool) with Date as "06/01/2024", Time
as "09:00", Pool ("Lap", "Kiddie", "Spa"), "FC (ppm)", "CC (ppm)", pH (both "N/A" or blank now and then), "Water Temp
(F)", "Bather Count", Lifeguard (initials) and "Closed for Fouling" (Y, N). A karate dojo's belt testing results
(2022 to 2024, one row per test, students retesting) with Student, Age, "Current Belt", "Testing For" (White,
Yellow, Orange, Green, Blue, Purple, Brown, Black), "Test Date" as "2024-03-16", Kata, Kumite ("N/A" for students
under 8), Basics (each scored out of 10 with one decimal), Total (the sum of the scores given), Passed (Y, N) and
Instructor ("Sensei Tanaka"). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout318 import _any_named, _when, _yes
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _both_ways(values: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """A typical signed difference, given with its sign or as a size ("8 minutes under")."""
    return either(_typical(values), _typical(lambda df: -values(df)))


# --- 1. Church rummage sale ----------------------------------------------------------------------------------------

# table: weight, items, tag price range, sell-through rate
_RS_TABLES: dict[str, tuple[float, list[str], tuple[float, float], float]] = {
    "Housewares": (20, ["Crock Pot", "Mixing Bowls", "Coffee Mugs (4)", "Toaster", "Casserole Dish"], (1, 15), 0.7),
    "Books": (18, ["Paperback", "Hardcover", "Cookbook", "Kids Book Set", "Bible"], (0.5, 4), 0.55),
    "Clothing": (22, ["Men's Jacket", "Ladies Sweater", "Kids Jeans", "Winter Coat", "Dress Shoes"], (1, 12), 0.5),
    "Toys": (10, ["Board Game", "Puzzle", "Stuffed Animal", "Lego Bin", "Doll"], (0.5, 10), 0.75),
    "Furniture": (5, ["End Table", "Bookshelf", "Recliner", "Lamp", "Kitchen Chair"], (10, 80), 0.6),
    "Electronics": (7, ["DVD Player", "Radio", "Stereo", "Printer", "VCR"], (3, 30), 0.4),
    "Linens": (9, ["Quilt", "Bed Sheets", "Tablecloth", "Towel Set", "Curtains"], (1, 10), 0.5),
    "Jewelry": (9, ["Necklace", "Brooch", "Earrings", "Watch", "Bracelet"], (1, 25), 0.8),
}
_RS_VOLUNTEERS = ["Marge", "Bill", "Dorothy", "Ted", "Linda", "Carol"]
_RS_DONORS = ["Miller", "Johnson", "Schmidt", "Nguyen", "Olson", "Peterson", "Garcia", "Brown", "Anonymous"]


def _rummage_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32001)
    rows: list[dict[str, Any]] = []
    for i in range(1400):
        table = str(_one(rng, list(_RS_TABLES), [v[0] for v in _RS_TABLES.values()]))
        _, items, (lo, hi), p_sold = _RS_TABLES[table]
        tag = max(0.25, round(float(rng.uniform(lo, hi)) * 4) / 4)
        sold = rng.random() < p_sold
        day = str(_one(rng, ["Friday", "Saturday", "Bag Sale"], [45, 40, 15])) if sold else ""
        if not sold:
            price = ""
        elif day == "Bag Sale":
            price = f"${max(0.25, round(tag * 0.3 * 4) / 4):.2f}"
        elif day == "Saturday" and rng.random() < 0.5:
            price = f"${max(0.25, round(tag * 0.75 * 4) / 4):.2f}"
        else:
            price = f"${tag:.2f}"
        donor = str(_one(rng, _RS_DONORS)) if rng.random() > 0.12 else ""
        rows.append(
            {
                "Item #": i + 1,
                "Table": table,
                "Item": str(_one(rng, items)),
                "Tag Price": f"${tag:.2f}",
                "Sold Price": price,
                "Day": day,
                "Volunteer": str(_one(rng, _RS_VOLUNTEERS, [25, 10, 20, 12, 18, 15])) if sold else "",
                "Donated By": donor,
                "Sold": "Y" if sold else "N",
            }
        )
    df = pd.DataFrame(rows)
    total = {c: "" for c in df.columns}
    total["Table"] = "TOTAL"
    total["Tag Price"] = f"${_num(df, 'Tag Price').sum():,.2f}"
    total["Sold Price"] = f"${_num(df, 'Sold Price').sum():,.2f}"
    return pd.concat([df.astype({"Item #": "object"}), pd.DataFrame([total])], ignore_index=True)


def _rs(df: pd.DataFrame) -> pd.DataFrame:
    return df[_text(df, "Table").str.upper() != "TOTAL"]


def _rs_day(day: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_num(_rs(df), "Sold Price")[_text(_rs(df), "Day") == day].sum())


def _rs_markdown(df: pd.DataFrame) -> pd.Series:
    d = _rs(df)
    return (_num(d, "Tag Price") - _num(d, "Sold Price")).dropna()


_RS_QS = [
    Q(
        "how much money did the sale bring in",
        _amount(lambda df: float(_num(_rs(df), "Sold Price").sum())),
        ("Sold Price", "Table"),
    ),
    Q(
        "which table made the most",
        _lead(_named(lambda df: _top(_num(_rs(df), "Sold Price").groupby(_text(_rs(df), "Table")).sum()))),
        ("Table", "Sold Price"),
    ),
    Q(
        "what share of the stuff actually sold",
        _share(lambda df: float(_yes(_rs(df), "Sold").mean())),
        ("Sold", "Table", "Item #"),
    ),
    Q(
        "for things that sold, how much under the tag price did they go on average, in dollars",
        _typical(_rs_markdown),
        ("Tag Price", "Sold Price", "Sold", "Table"),
    ),
    Q(
        "who rang up the most sales",
        _lead(_named(lambda df: _top(_text(_rs(df), "Volunteer").replace("", np.nan).value_counts()))),
        ("Volunteer", "Sold", "Sold Price", "Table"),
    ),
    Q(
        "how did friday compare to saturday in money taken",
        _amount(lambda df: [_rs_day("Friday")(df), _rs_day("Saturday")(df)]),
        ("Day", "Sold Price", "Table"),
    ),
]


# --- 2. Planetarium show attendance --------------------------------------------------------------------------------

# show: weight, popularity (mean share of seats), live
_PL_SHOWS: dict[str, tuple[float, float, bool]] = {
    "Tonight's Sky": (30, 0.62, True),
    "Black Holes: The Other Side of Infinity": (15, 0.71, False),
    "Dynamic Earth": (12, 0.48, False),
    "Dinosaurs at Dusk": (14, 0.78, False),
    "Mars: Red Planet Rising": (12, 0.58, True),
    "Laser Queen": (8, 0.83, False),
    "One World, One Sky": (9, 0.52, False),
}
_PL_TIMES = ["10:30 AM", "12:00 PM", "1:30 PM", "3:00 PM", "7:00 PM"]
_PL_PRESENTERS = ["Dr. Ellis", "Priya Shah", "Tom Becker", "Ana Ruiz"]


def _planetarium_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32002)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2023-01-03", "2024-12-29"):
        if day.dayofweek == 0:
            continue
        seats = 120 if day < pd.Timestamp("2024-06-01") else 90
        season = 1.25 if day.month in (3, 7, 8, 12) else 1.0
        for t in _PL_TIMES:
            if rng.random() < (0.55 if day.dayofweek < 5 else 0.2):
                continue
            show = str(_one(rng, list(_PL_SHOWS), [v[0] for v in _PL_SHOWS.values()]))
            _, pop, live = _PL_SHOWS[show]
            school = day.dayofweek < 5 and t in ("10:30 AM", "12:00 PM") and rng.random() < 0.45
            fill = float(np.clip(rng.normal(pop * season + (0.15 if school else 0), 0.15), 0.05, 1.0))
            sold = round(fill * seats)
            comps = int(rng.poisson(2)) if not school else 0
            comps = min(comps, seats - sold)
            rows.append(
                {
                    "Show Title": show,
                    "Date": f"{day:%Y-%m-%d}",
                    "Showtime": t,
                    "Seats": seats,
                    "Tickets Sold": sold,
                    "School Group": "Y" if school else "N",
                    "Comps": "N/A" if rng.random() < 0.03 else comps,
                    "Ticket Price": "$5.00" if school else ("$10.00" if t == "7:00 PM" else "$8.00"),
                    "Presenter": str(_one(rng, _PL_PRESENTERS)) if live else "",
                    "Format": "Live" if live else "Recorded",
                }
            )
    return pd.DataFrame(rows)


def _pl_fill(per_show: bool, comps: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        used = _num(df, "Tickets Sold") + (_num(df, "Comps").fillna(0) if comps else 0)
        seats = _num(df, "Seats")
        return float((used / seats).mean() if per_show else used.sum() / seats.sum())

    return rate


def _pl_format_means(df: pd.DataFrame) -> np.ndarray:
    return _num(df, "Tickets Sold").groupby(_text(df, "Format")).mean().to_numpy()


_PL_QS = [
    Q(
        "which show sells the most tickets",
        _lead(_named(lambda df: _top(_num(df, "Tickets Sold").groupby(_text(df, "Show Title")).sum()))),
        ("Show Title", "Tickets Sold"),
    ),
    Q(
        "how full are the shows on average",
        either(*(_share(_pl_fill(p, c)) for p in (True, False) for c in (False, True))),
        ("Tickets Sold", "Seats", "Comps"),
    ),
    Q(
        "do live shows pull bigger crowds than the recorded ones",
        _about(_pl_format_means),
        ("Format", "Tickets Sold"),
    ),
    Q(
        "how much ticket money came from school groups",
        _amount(
            lambda df: float((_num(df, "Tickets Sold") * _num(df, "Ticket Price"))[_yes(df, "School Group")].sum())
        ),
        ("School Group", "Tickets Sold", "Ticket Price"),
    ),
    Q(
        "which month was the busiest",
        _month_year(
            lambda df: (
                _num(df, "Tickets Sold")
                .groupby(_when(df, "Date", "%Y-%m-%d").dt.to_period("M"))
                .sum()
                .idxmax()
                .start_time
            )
        ),
        ("Date", "Tickets Sold"),
    ),
    Q("how many free tickets were given out overall", _count(lambda df: int(_num(df, "Comps").sum())), ("Comps",)),
]


# --- 3. Farrier appointment book -----------------------------------------------------------------------------------

# barn: weight, travel fee
_FA_BARNS: dict[str, tuple[float, int]] = {
    "Home": (10, 0),
    "Willow Creek Stables": (34, 15),
    "Hilltop Farm": (16, 20),
    "Red Gate Equestrian": (22, 15),
    "Cedar Run": (9, 25),
    "Miller Place": (5, 30),
}
# service: price, weeks until next due
_FA_SERVICES: dict[str, tuple[int, int]] = {
    "Trim": (45, 6),
    "Front Shoes": (120, 6),
    "Full Set": (180, 6),
    "Reset": (160, 6),
    "Corrective": (240, 4),
}
_FA_NAMES = ["Dusty", "Biscuit", "Rosie", "Duke", "Maverick", "Pepper", "Sundance", "Willow", "Bella", "Scout", "Gus"]
_FA_NAMES += ["Ginger", "Apache", "Cash", "Dolly", "Comet", "Jasper", "Luna", "Tucker", "Blaze", "Honey", "Ranger"]
_FA_NAMES += ["Smokey", "Trigger", "Penny", "Diesel", "Misty", "Chief", "Star", "Moose", "Sugar", "Rebel", "Hank"]
_FA_OWNERS = ["K. Daniels", "J. Ortiz", "M. Fischer", "S. Patel", "R. Lang", "T. Brooks", "A. Novak", "L. Grant"]
_FA_OWNERS += ["C. Weber", "D. Holm", "E. Price", "B. Stone"]


def _farrier_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32003)
    horses = []
    for name in _FA_NAMES:
        barn = str(_one(rng, list(_FA_BARNS), [v[0] for v in _FA_BARNS.values()]))
        shod = str(_one(rng, list(_FA_SERVICES), [45, 15, 20, 15, 5]))
        horses.append((name, barn, str(_one(rng, _FA_OWNERS)), shod))
    rows: list[dict[str, Any]] = []
    for name, barn, owner, usual in horses:
        day = pd.Timestamp("2023-01-02") + pd.Timedelta(days=int(rng.integers(0, 40)))
        while day < pd.Timestamp("2024-12-31"):
            service = usual if rng.random() < 0.8 else str(_one(rng, list(_FA_SERVICES), [40, 10, 20, 20, 10]))
            price, weeks = _FA_SERVICES[service]
            price += int(rng.choice([0, 0, 0, 5, 10, -5]))
            due = day + pd.Timedelta(weeks=weeks)
            recent = day > pd.Timestamp("2024-10-01")
            fee = _FA_BARNS[barn][1]
            rows.append(
                {
                    "Date": f"{day.month}/{day.day}/{day.year}",
                    "Barn": barn,
                    "Horse": name,
                    "Owner": owner,
                    "Service": service,
                    "Price": f"${price}",
                    "Travel Fee": f"${fee}" if fee else "",
                    "Paid": "N" if rng.random() < (0.35 if recent else 0.04) else "Y",
                    "Next Due": f"{due.month}/{due.day}/{due.year}",
                }
            )
            day = due + pd.Timedelta(days=int(rng.integers(-3, 12)))
    df = pd.DataFrame(rows)
    order = pd.to_datetime(df["Date"], format="%m/%d/%Y").argsort(kind="stable")
    return df.iloc[order].reset_index(drop=True)


def _fa_money(travel: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "Price") + (_num(df, "Travel Fee").fillna(0) if travel else 0)


def _fa_top_barn(travel: bool) -> Callable[[pd.DataFrame], str]:
    return lambda df: _top(_fa_money(travel)(df).groupby(_text(df, "Barn")).sum())


_FA_QS = [
    Q("how many different horses are in here", _count(lambda df: int(_text(df, "Horse").nunique())), ("Horse",)),
    Q(
        "whats the most common job",
        _lead(_named(lambda df: _top(_text(df, "Service").value_counts()))),
        ("Service",),
    ),
    Q(
        "how much does a full set usually run",
        _typical(lambda df: _num(df, "Price")[_text(df, "Service") == "Full Set"], rel=0.005),
        ("Service", "Price"),
    ),
    Q(
        "how much money is still owed to me",
        either(*(_amount(lambda df, t=t: float(_fa_money(t)(df)[~_yes(df, "Paid")].sum())) for t in (True, False))),
        ("Paid", "Price", "Travel Fee"),
    ),
    Q(
        "which barn brings in the most money",
        _any_named(_fa_top_barn(True), _fa_top_barn(False)),
        ("Barn", "Price", "Travel Fee"),
    ),
    Q(
        "how many horses are at that barn",
        _count(lambda df: int(_text(df, "Horse")[_text(df, "Barn") == _fa_top_barn(True)(df)].nunique())),
        ("Barn", "Horse", "Price", "Travel Fee"),
    ),
]


# --- 4. Exploration drill core log ---------------------------------------------------------------------------------

# lithology: weight, gold lognormal mean, copper lognormal mean, recovery mean, rqd mean
_DC_LITHS: dict[str, tuple[float, float, float, float, float]] = {
    "ANDESITE": (30, -3.5, -3.2, 96, 72),
    "BASALT": (20, -3.8, -3.0, 97, 78),
    "DIORITE": (18, -3.0, -2.4, 97, 80),
    "QUARTZ VEIN": (8, 0.2, -2.0, 92, 55),
    "SHALE": (14, -4.0, -4.0, 90, 45),
    "FAULT ZONE": (6, -1.8, -2.8, 70, 15),
}
_DC_LOGGERS = ["JM", "KT", "RB", "SL"]


def _core_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32004)
    rows: list[dict[str, Any]] = []
    for h in range(1, 17):
        hole = f"DDH-24-{h:03d}"
        depth = round(float(rng.uniform(120, 420)), 1)
        logger = str(_one(rng, _DC_LOGGERS))
        top = 0.0
        box = 1
        over = round(float(rng.uniform(2, 9)), 1)
        while top < depth:
            length = float(rng.choice([0.5, 1.0, 1.0, 1.5, 1.5, 1.5, 2.0, 3.0]))
            bottom = round(min(depth, top + length), 1)
            if top < over:
                bottom = round(over, 1)
                lith = "OVERBURDEN"
            else:
                lith = str(_one(rng, list(_DC_LITHS), [v[0] for v in _DC_LITHS.values()]))
            if lith == "OVERBURDEN":
                rec, rqd, au, cu = float(rng.uniform(20, 60)), 0.0, "", ""
            else:
                _, au_mu, cu_mu, rec_mu, rqd_mu = _DC_LITHS[lith]
                rec = float(np.clip(rng.normal(rec_mu, 5), 30, 100))
                rqd = float(np.clip(rng.normal(rqd_mu - (100 - rec) * 1.2, 14), 0, rec))
                g = float(rng.lognormal(au_mu, 1.3))
                c = float(rng.lognormal(cu_mu, 1.0))
                au = "<0.005" if g < 0.005 else f"{g:.3f}"
                cu = "<0.01" if c < 0.01 else f"{c:.2f}"
                if rng.random() < 0.05:
                    au, cu = "", ""
            rows.append(
                {
                    "HOLE_ID": hole,
                    "FROM_M": round(top, 1),
                    "TO_M": bottom,
                    "LITHOLOGY": lith,
                    "REC_PCT": round(rec),
                    "RQD_PCT": round(rqd),
                    "AU_GPT": au,
                    "CU_PCT": cu,
                    "LOGGED_BY": logger,
                    "BOX_NO": box,
                }
            )
            top = bottom
            box = 1 + int(top // 4.5)
    return pd.DataFrame(rows)


def _dc_au(df: pd.DataFrame, bdl: float | None) -> pd.Series:
    text = _text(df, "AU_GPT")
    out = pd.to_numeric(text, errors="coerce")
    return out.where(~text.str.startswith("<"), np.nan if bdl is None else bdl)


def _dc_vein_means(df: pd.DataFrame) -> list[float]:
    vein = _text(df, "LITHOLOGY") == "QUARTZ VEIN"
    length = (pd.to_numeric(df["TO_M"]) - pd.to_numeric(df["FROM_M"]))[vein]
    out = []
    for bdl in (None, 0.0, 0.0025, 0.005):
        au = _dc_au(df, bdl)[vein]
        ok = au.notna()
        out += [float(au.mean()), float((au[ok] * length[ok]).sum() / length[ok].sum()), float(au.median())]
    return out


def _dc_vein_check(answer: str, df: pd.DataFrame) -> str | None:
    whys = [_about(lambda _d, v=v: v, rel=0.02)(answer, df) for v in _dc_vein_means(df)]
    return None if any(w is None for w in whys) else whys[0]


_DC_QS = [
    Q("how many holes did we drill", _count(lambda df: int(_text(df, "HOLE_ID").nunique())), ("HOLE_ID",)),
    Q(
        "which one went deepest",
        _lead(_named(lambda df: _top(pd.to_numeric(df["TO_M"]).groupby(_text(df, "HOLE_ID")).max()))),
        ("HOLE_ID", "TO_M"),
    ),
    Q("average gold grade in the quartz veins?", _dc_vein_check, ("LITHOLOGY", "AU_GPT", "FROM_M", "TO_M")),
    Q(
        "how many meters of core came back over 1 g/t gold",
        _about(
            lambda df: float((pd.to_numeric(df["TO_M"]) - pd.to_numeric(df["FROM_M"]))[_dc_au(df, 0.0) > 1].sum()),
            rel=0.005,
        ),
        ("AU_GPT", "FROM_M", "TO_M"),
    ),
    Q(
        "is rqd related to core recovery",
        _corr(lambda df: _num(df, "RQD_PCT"), lambda df: _num(df, "REC_PCT")),
        ("RQD_PCT", "REC_PCT"),
    ),
    Q(
        "how many intervals have no gold assay at all",
        _count(lambda df: int((_text(df, "AU_GPT") == "").sum())),
        ("AU_GPT",),
    ),
]


# --- 5. Court interpreter bookings ---------------------------------------------------------------------------------

# language: weight, interpreters (name, certified, rate)
_CI_LANGS: dict[str, tuple[float, list[tuple[str, bool, float]]]] = {
    "Spanish": (55, [("Lopez, Maria", True, 85), ("Herrera, Luis", True, 85), ("Santos, Ana", False, 55)]),
    "Vietnamese": (9, [("Tran, Minh", True, 85), ("Nguyen, Lan", False, 60)]),
    "Mandarin": (7, [("Chen, Wei", True, 90)]),
    "Arabic": (6, [("Haddad, Omar", False, 65), ("Saleh, Rania", True, 90)]),
    "Russian": (5, [("Volkov, Irina", True, 85)]),
    "Haitian Creole": (5, [("Joseph, Marc", False, 60)]),
    "Portuguese": (6, [("Silva, Joao", True, 85), ("Costa, Bia", False, 55)]),
    "ASL": (7, [("Reed, Hannah", True, 95), ("Kim, Dana", True, 95)]),
}
_CI_ROOMS = ["2A", "2B", "3A", "3C", "4B", "5A", "6B", "7C"]


def _interpreter_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32005)
    rows: list[dict[str, Any]] = []
    cases: list[str] = []
    for day in pd.bdate_range("2024-01-02", "2024-12-31"):
        for _ in range(int(rng.poisson(6))):
            lang = str(_one(rng, list(_CI_LANGS), [v[0] for v in _CI_LANGS.values()]))
            name, cert, rate = _CI_LANGS[lang][1][int(rng.integers(len(_CI_LANGS[lang][1])))]
            if cases and rng.random() < 0.3:
                case = str(_one(rng, cases[-60:]))
            else:
                case = f"{_one(rng, ['CR', 'CR', 'CV', 'FA'])}-2024-{int(rng.integers(1, 9999)):06d}"
                cases.append(case)
            room = str(_one(rng, _CI_ROOMS, [14, 10, 18, 9, 16, 12, 8, 13]))
            remote_p = {"2A": 0.15, "3A": 0.5, "5A": 0.35, "7C": 0.6}.get(room, 0.25)
            remote = rng.random() < remote_p
            sched = int(_one(rng, [30, 60, 90, 120, 180, 240], [20, 30, 15, 15, 10, 10]))
            no_show = rng.random() < (0.05 if cert else 0.1)
            actual = "" if no_show else max(10, int(round(sched * float(rng.normal(0.9, 0.25)) / 5) * 5))
            mode = "Remote" if remote else ("In-Person" if rng.random() < 0.15 else "In Person")
            rows.append(
                {
                    "Date": f"{day:%m/%d/%Y}",
                    "Courtroom": room,
                    "Case Number": case,
                    "Language": lang,
                    "Interpreter": name,
                    "Certified": "Y" if cert else "N",
                    "Scheduled Min": sched,
                    "Actual Min": actual,
                    "Hourly Rate": f"${rate:.2f}",
                    "No-Show": "Y" if no_show else "N",
                    "Mode": mode,
                }
            )
    return pd.DataFrame(rows)


def _ci_remote(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Mode").str.lower() == "remote"


def _ci_room(rate: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        g = _ci_remote(df).groupby(_text(df, "Courtroom"))
        return _top(g.mean() if rate else g.sum())

    return pick


def _ci_rate_means(per_interp: bool) -> Callable[[pd.DataFrame], np.ndarray]:
    def values(df: pd.DataFrame) -> np.ndarray:
        d = pd.DataFrame({"i": _text(df, "Interpreter"), "c": _text(df, "Certified"), "r": _num(df, "Hourly Rate")})
        if per_interp:
            d = d.drop_duplicates("i")
        return d.groupby("c")["r"].mean().to_numpy()

    return values


_CI_QS = [
    Q(
        "which language do we need interpreters for the most",
        _lead(_named(lambda df: _top(_text(df, "Language").value_counts()))),
        ("Language",),
    ),
    Q(
        "what percent of bookings were no shows",
        _share(lambda df: float(_yes(df, "No-Show").mean())),
        ("No-Show",),
    ),
    Q(
        "how much did we spend on interpreters this year",
        _amount(lambda df: float((_num(df, "Actual Min") / 60 * _num(df, "Hourly Rate")).sum())),
        ("Actual Min", "Hourly Rate", "Date"),
    ),
    Q(
        "do sessions usually run longer or shorter than scheduled, by how many minutes",
        _both_ways(lambda df: (_num(df, "Actual Min") - _num(df, "Scheduled Min")).dropna()),
        ("Scheduled Min", "Actual Min", "No-Show"),
    ),
    Q(
        "average hourly rate certified vs not certified",
        either(_about(_ci_rate_means(False)), _about(_ci_rate_means(True))),
        ("Certified", "Hourly Rate", "Interpreter"),
    ),
    Q(
        "which courtroom uses remote interpreters the most",
        _any_named(_ci_room(False), _ci_room(True)),
        ("Courtroom", "Mode"),
    ),
]


# --- 6. Public pool water chemistry --------------------------------------------------------------------------------

# pool: chlorine target, temp mean, bathers mean, fouling chance per reading
_PC_POOLS: dict[str, tuple[float, float, float, float]] = {
    "Lap": (2.5, 80, 25, 0.003),
    "Kiddie": (3.0, 84, 30, 0.03),
    "Spa": (4.0, 102, 6, 0.008),
}
_PC_GUARDS = ["AK", "BM", "CS", "DR", "EJ", "FT"]


def _pool_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32006)
    rows: list[dict[str, Any]] = []
    for day in pd.date_range("2024-06-01", "2024-09-02"):
        heat = 1.0 + 0.25 * np.sin((day.dayofyear - 150) / 95 * np.pi)
        for t in ("09:00", "12:00", "15:00", "18:00"):
            for pool, (fc_t, temp_m, bath_m, foul_p) in _PC_POOLS.items():
                busy = (1.6 if t in ("12:00", "15:00") else 0.7) * (1.3 if day.dayofweek >= 5 else 1.0) * heat
                bathers = int(rng.poisson(bath_m * busy))
                fc = max(0.0, float(rng.normal(fc_t - 0.035 * bathers, 0.6)))
                cc = max(0.0, float(rng.normal(0.15 + 0.006 * bathers, 0.08)))
                ph = float(rng.normal(7.5, 0.18))
                temp = float(rng.normal(temp_m + (2.5 * (heat - 1) * 4 if pool != "Spa" else 0), 1.2))
                ph_s: Any = f"{ph:.1f}"
                fc_s: Any = f"{fc:.1f}"
                r = rng.random()
                if r < 0.02:
                    ph_s = "N/A"
                elif r < 0.035:
                    fc_s = ""
                rows.append(
                    {
                        "Date": f"{day:%m/%d/%Y}",
                        "Time": t,
                        "Pool": pool,
                        "FC (ppm)": fc_s,
                        "CC (ppm)": f"{cc:.1f}",
                        "pH": ph_s,
                        "Water Temp (F)": round(temp),
                        "Bather Count": bathers,
                        "Lifeguard": str(_one(rng, _PC_GUARDS)),
                        "Closed for Fouling": "Y" if rng.random() < foul_p * (1 + bathers / 30) else "N",
                    }
                )
    return pd.DataFrame(rows)


def _pc_off(all_rows: bool) -> Callable[[pd.DataFrame], float]:
    def rate(df: pd.DataFrame) -> float:
        ph = _num(df, "pH")
        off = ((ph < 7.2) | (ph > 7.8)).sum()
        return float(off / (len(ph) if all_rows else ph.notna().sum()))

    return rate


def _pc_warm(df: pd.DataFrame) -> Any:
    lap = _text(df, "Pool") == "Lap"
    month = _when(df, "Date", "%m/%d/%Y").dt.to_period("M")[lap]
    return _num(df, "Water Temp (F)")[lap].groupby(month).mean().idxmax().start_time


_PC_QS = [
    Q(
        "what's the usual ph in the spa",
        _typical(lambda df: _num(df, "pH")[_text(df, "Pool") == "Spa"].dropna(), rel=0.002),
        ("pH", "Pool"),
    ),
    Q(
        "how many times did chlorine drop under 1 ppm",
        _count(lambda df: int((_num(df, "FC (ppm)") < 1).sum())),
        ("FC (ppm)",),
    ),
    Q(
        "which pool got shut down for fouling the most",
        _lead(_named(lambda df: _top(_yes(df, "Closed for Fouling").groupby(_text(df, "Pool")).sum()))),
        ("Pool", "Closed for Fouling"),
    ),
    Q(
        "how often is the ph outside 7.2 to 7.8",
        either(
            _share(_pc_off(False)),
            _share(_pc_off(True)),
            _count(lambda df: int(((_num(df, "pH") < 7.2) | (_num(df, "pH") > 7.8)).sum())),
        ),
        ("pH",),
    ),
    Q(
        "does a busier pool mean less chlorine",
        _corr(lambda df: _num(df, "Bather Count"), lambda df: _num(df, "FC (ppm)")),
        ("Bather Count", "FC (ppm)"),
    ),
    Q("which month was the lap pool warmest", _month_year(_pc_warm), ("Date", "Pool", "Water Temp (F)")),
]


# --- 7. Karate belt testing ----------------------------------------------------------------------------------------

_KA_BELTS = ["White", "Yellow", "Orange", "Green", "Blue", "Purple", "Brown", "Black"]
# belt tested for: difficulty (points off the score)
_KA_HARD = {"Yellow": -0.4, "Orange": -0.2, "Green": 0.0, "Blue": 0.2, "Purple": 0.3, "Brown": 0.6, "Black": 1.0}
# instructor: score bias
_KA_SENSEI = {"Sensei Tanaka": 0.1, "Sensei Morales": -0.25, "Sensei Brooks": 0.3, "Sensei Okafor": -0.05}
_KA_FIRST = ["Liam", "Emma", "Noah", "Ava", "Mason", "Mia", "Ethan", "Zoe", "Lucas", "Aria", "Owen", "Chloe", "Jack"]
_KA_FIRST += ["Ella", "Leo", "Nora", "Ryan", "Grace", "Kai", "Ruby", "Dan", "Maya", "Sam", "Ivy", "Ben", "Lily"]
_KA_LAST = ["Smith", "Lee", "Patel", "Garcia", "Kim", "Brown", "Nguyen", "Cohen", "Rossi", "Ali", "Walsh", "Diaz"]


def _karate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(32007)
    dates = [d for d in pd.date_range("2022-01-01", "2024-12-31", freq="MS") if d.month in (1, 3, 5, 7, 9, 11)]
    dates = [d + pd.Timedelta(days=(5 - d.dayofweek) % 7 + 14) for d in dates]
    students = {}
    while len(students) < 140:
        name = f"{_one(rng, _KA_FIRST)} {_one(rng, _KA_LAST)}"
        if name not in students:
            age = int(_one(rng, [int(rng.integers(5, 10)), int(rng.integers(10, 18)), int(rng.integers(18, 55))]))
            students[name] = [age, 0, int(rng.integers(0, len(dates))), float(rng.normal(0, 0.5))]
    rows: list[dict[str, Any]] = []
    for i, date in enumerate(dates):
        for name, st in students.items():
            age0, belt, start, skill = st
            if i < start or belt >= 7 or rng.random() < 0.45:
                continue
            age = age0 + (date.year - 2022)
            target = _KA_BELTS[belt + 1]
            sensei = str(_one(rng, list(_KA_SENSEI)))
            base = 7.6 + skill - _KA_HARD[target] + _KA_SENSEI[sensei]
            kata = float(np.clip(rng.normal(base, 0.8), 3, 10))
            basics = float(np.clip(rng.normal(base + 0.2, 0.7), 3, 10))
            kumite = None if age < 8 else float(np.clip(rng.normal(base - 0.2, 0.9), 3, 10))
            scores = [round(kata, 1), round(basics, 1)] + ([] if kumite is None else [round(kumite, 1)])
            passed = sum(scores) / len(scores) >= 7.0
            rows.append(
                {
                    "Student": name,
                    "Age": age,
                    "Current Belt": _KA_BELTS[belt],
                    "Testing For": target,
                    "Test Date": f"{date:%Y-%m-%d}",
                    "Kata": round(kata, 1),
                    "Kumite": "N/A" if kumite is None else round(kumite, 1),
                    "Basics": round(basics, 1),
                    "Total": round(sum(scores), 1),
                    "Passed": "Y" if passed else "N",
                    "Instructor": sensei,
                }
            )
            if passed:
                st[1] = belt + 1
    return pd.DataFrame(rows)


def _ka_fail(rate: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        g = (~_yes(df, "Passed")).groupby(_text(df, "Testing For"))
        return _top(g.mean() if rate else g.sum())

    return pick


def _ka_pass(rate: bool) -> Callable[[pd.DataFrame], str]:
    def pick(df: pd.DataFrame) -> str:
        g = _yes(df, "Passed").groupby(_text(df, "Instructor"))
        return _top(g.mean() if rate else g.sum())

    return pick


def _ka_kata(lo: int, hi: int) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda df: _num(df, "Kata")[(_num(df, "Age") >= lo) & (_num(df, "Age") < hi)]


_KA_QS = [
    Q(
        "how many students have tested",
        either(_count(lambda df: int(_text(df, "Student").nunique())), _count(lambda df: len(df))),
        ("Student",),
    ),
    Q("whats the overall pass rate", _share(lambda df: float(_yes(df, "Passed").mean())), ("Passed",)),
    Q(
        "which belt do people fail the most",
        _any_named(_ka_fail(False), _ka_fail(True)),
        ("Testing For", "Passed"),
    ),
    Q("average kata score for kids under 10", _typical(_ka_kata(0, 10), rel=0.005), ("Kata", "Age")),
    Q("and for adults?", _typical(_ka_kata(18, 200), rel=0.005), ("Kata", "Age")),
    Q(
        "whose students pass the most",
        _any_named(_ka_pass(False), _ka_pass(True)),
        ("Instructor", "Passed"),
    ),
]


HELDOUT320 = [
    Dataset("church_rummage_sale", _rummage_frame, _RS_QS),
    Dataset("planetarium_attendance", _planetarium_frame, _PL_QS),
    Dataset("farrier_appointments", _farrier_frame, _FA_QS),
    Dataset("drill_core_log", _core_frame, _DC_QS),
    Dataset("court_interpreter_bookings", _interpreter_frame, _CI_QS),
    Dataset("pool_water_chemistry", _pool_frame, _PC_QS),
    Dataset("karate_belt_testing", _karate_frame, _KA_QS),
]
