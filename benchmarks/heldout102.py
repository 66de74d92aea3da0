"""HELDOUT102: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: a Splitwise group export
(a four-person flat share, 2023) with Date as "2023-03-14", Description, Category (Groceries, Dining out, Rent,
Electricity, Internet, Household supplies, Taxi, General and "Payment" for settle-ups described "Sam Patel paid Alex
Kim"), Cost to two decimals, Currency USD and one column per member ("Alex Kim", "Sam Patel", "Jordan Lee", "Priya
Shah") holding how the row moves that member's balance (the payer up by the cost less their own share, everyone in
the split down by their share, left out members 0.00; a settle-up moves the payer up and the payee down), rows
adding to zero, an empty row and a closing "Total balance" row with only Currency and the members' balances; Uber's
trips_data.csv from a rider's data download (2017-2023) with City, Product Type spelt several ways ("UberX",
"uberX", "UberPOOL", "Pool", "UberXL", "Comfort", "Black"), Trip or Order Status COMPLETED / CANCELED /
DRIVER_CANCELED, Request Time, Begin Trip Time and Dropoff Time as "2019-06-14 23:10:41 +0000 UTC" (cancelled
requests begin and drop off at "1970-01-01 00:00:00 +0000 UTC" with 0 coordinates), Begin Trip / Dropoff Lat, Lng
and Address (a few addresses blank), Distance (miles), Fare Amount (0 or a 5.00 cancellation fee on cancelled
requests) and Fare Currency USD, with EUR and GBP on trips in Paris and London; an Airbnb host's transaction history
(2023, three listings, newest first) with Date as "03/14/2023", Type Reservation / Payout / Adjustment / Resolution
Payout, Confirmation Code "HMX4K2P9QZ", Booking date and Start date, Nights, Guest, Listing, Details ("Transfer to
Checking ****4821 (USD)" on payouts), Reference code, Currency, Amount (net of the host service fee, blank on
payouts), Paid out (payouts only, the sum of the rows paid that day), Service fee, Cleaning fee, Gross earnings,
Occupancy taxes (mostly blank) and Earnings year; a SurveyMonkey "all responses" export as downloaded, with
Respondent ID, Collector ID, Start Date and End Date as "03/14/2023 10:22:31 AM", IP Address, blank Email Address,
First Name, Last Name and Custom Data 1, each question's full text as a header, a second header row read as the
first data row ("Response", "Open-Ended Response" and the options of the select-all question, whose other columns
have blank headers read back as "Unnamed: 12" ...), a 5-point satisfaction question, a 0-10 recommend question,
the select-all features question with an "Other (please specify)" text column, tenure, age bands and an open comment,
skipped questions blank; the ECB's eurofxref-hist.csv (January 2014 to June 2024, business days, newest first) with
Date as "2024-06-28" and one column per currency in the file's order (USD, JPY, BGN, CYP, CZK, ... ZAR) written to
four or two decimals, "N/A" for currencies not quoted (CYP, EEK, LVL, MTL, ROL, SIT, SKK and TRL throughout, LTL
after 2014, ISK before February 2018, HRK after 2022, RUB after 1 March 2022) and the trailing comma of every line
read back as an empty "Unnamed: 42" column; NYC Department of Buildings job application filings (2018-2020) with
"Job #" repeated on a job's later documents ("Doc #" 1, 2), upper-case Borough, House #, Street Name, Block, Lot,
"Bin #", Job Type A1 / A2 / A3 / NB / DM / SG, Job Status letter codes beside their upper-case descriptions, dates
as "03/14/2019", Building Type, "Community - Board", Landmarked / City Owned flags, "X" or blank work-type columns,
applicant names, title and license, Initial Cost and Total Est. Fee written "$125000.00", Fee Status, existing and
proposed stories, heights, dwelling units (blank where not residential) and occupancy codes, Owner Type, upper-case
job descriptions, DOBRunDate and GIS latitude / longitude / NTA (a few blank); and an nflfastR play-by-play extract
of the 2022 regular season (weeks 1 and 2, every play of 32 games) with play_id, game_id "2022_01_BUF_LA",
home_team, away_team, season_type REG, week, posteam, defteam, game_date, qtr, down (blank on kickoffs and extra
points), ydstogo, yardline_100, play_type (pass, run, punt, field_goal, kickoff, extra_point, no_play), yards_gained,
desc, passer / rusher / receiver names as "J.Allen", 0 / 1 flags for pass_attempt, complete_pass, interception,
rush_attempt, pass_touchdown, rush_touchdown, touchdown, third_down_converted and third_down_failed, epa and the
final home_score and away_score. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text, _year
from .heldout38 import _draw, _month
from .heldout40 import _number, _top_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _pick(ranking: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """The best label of a ranking (any of those tied at the top) as the lead of the answer."""
    return _lead(_top_named(lambda d: _ranked(ranking(d)), 1))


# --- 1. Splitwise group export -------------------------------------------------------------------------------------

_SW_MEMBERS = ["Alex Kim", "Sam Patel", "Jordan Lee", "Priya Shah"]
# category: expenses per week, median cost, spread, descriptions
_SW_CATEGORIES: dict[str, tuple[float, float, float, str]] = {
    "Groceries": (3.0, 58, 0.45, "Trader Joe's;Whole Foods;Costco run;groceries;Safeway;milk + eggs"),
    "Dining out": (1.6, 72, 0.5, "Pizza night;Thai takeout;brunch;Sushi;Tacos;dinner at Luigi's"),
    "Household supplies": (0.6, 24, 0.5, "toilet paper;cleaning stuff;Target;dish soap;trash bags"),
    "Taxi": (0.5, 31, 0.4, "Uber to airport;Lyft home;taxi"),
    "General": (0.4, 45, 0.7, "concert tickets;Netflix;birthday gift for Maya;board game"),
}


def _sw_split(rng: np.random.Generator, cost: float, payer: int, among: list[int]) -> list[float]:
    cents = round(cost * 100)
    base, extra = divmod(cents, len(among))
    shares = [0] * len(_SW_MEMBERS)
    for k, m in enumerate(among):
        shares[m] = base + (1 if k < extra else 0)
    moves = [-s for s in shares]
    moves[payer] += cents
    return [m / 100 for m in moves]


def _splitwise_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10201)
    rows: list[dict[str, Any]] = []
    everyone = list(range(len(_SW_MEMBERS)))
    for day in pd.date_range("2023-01-01", "2023-12-31"):
        if day.day == 1:
            rows.append({"day": day, "Description": "Rent", "Category": "Rent", "Cost": 3400.0, "payer": 0})
        if day.day == 12:
            bill = round(float(rng.uniform(70, 160) * (1.4 if day.month in (1, 2, 7, 8, 12) else 1.0)), 2)
            rows.append({"day": day, "Description": "ConEd bill", "Category": "Electricity", "Cost": bill, "payer": 2})
        if day.day == 20:
            rows.append(
                {"day": day, "Description": "Spectrum internet", "Category": "Internet", "Cost": 79.99, "payer": 1}
            )
        for category, (per_week, median, spread, names) in _SW_CATEGORIES.items():
            for _ in range(int(rng.poisson(per_week / 7))):
                cost = round(float(median * np.exp(rng.normal(0, spread))), 2)
                payer = int(_one(rng, everyone, [3, 2, 2, 2]))
                rows.append(
                    {
                        "day": day,
                        "Description": str(_one(rng, names.split(";"))),
                        "Category": category,
                        "Cost": cost,
                        "payer": payer,
                    }
                )
    out: list[dict[str, Any]] = []
    balance = np.zeros(len(_SW_MEMBERS))
    for k, r in enumerate(rows):
        among = everyone
        if r["Category"] in ("Dining out", "Taxi", "General") and rng.random() < 0.4:
            left_out = int(_one(rng, [m for m in everyone if m != r["payer"]]))
            among = [m for m in everyone if m != left_out]
        moves = _sw_split(rng, r["Cost"], r["payer"], among)
        balance += moves
        out.append(
            {
                "Date": r["day"].strftime("%Y-%m-%d"),
                "Description": r["Description"],
                "Category": r["Category"],
                "Cost": f"{r['Cost']:.2f}",
                "Currency": "USD",
                **dict(zip(_SW_MEMBERS, moves, strict=True)),
            }
        )
        day_ends = k + 1 == len(rows) or rows[k + 1]["day"] != r["day"]
        if day_ends and r["day"].day in (14, 28) and rng.random() < 0.7:
            debtor = int(np.argmin(balance))
            creditor = int(np.argmax(balance))
            amount = round(float(-balance[debtor] * rng.uniform(0.6, 1.0)), 2)
            if amount > 5:
                moves = [0.0] * len(_SW_MEMBERS)
                moves[debtor], moves[creditor] = amount, -amount
                balance += moves
                out.append(
                    {
                        "Date": r["day"].strftime("%Y-%m-%d"),
                        "Description": f"{_SW_MEMBERS[debtor]} paid {_SW_MEMBERS[creditor]}",
                        "Category": "Payment",
                        "Cost": f"{amount:.2f}",
                        "Currency": "USD",
                        **dict(zip(_SW_MEMBERS, moves, strict=True)),
                    }
                )
    frame = pd.DataFrame(out)
    for m in _SW_MEMBERS:
        frame[m] = frame[m].map(lambda x: f"{x:.2f}")
    totals = {m: f"{round(float(pd.to_numeric(frame[m]).sum()), 2):.2f}" for m in _SW_MEMBERS}
    blank = dict.fromkeys(frame.columns, None)
    total = {**blank, "Description": "Total balance", "Currency": "USD", **totals}
    return pd.concat([frame, pd.DataFrame([blank, total])], ignore_index=True)


def _sw_rows(d: pd.DataFrame) -> pd.DataFrame:
    """The expense and payment rows (no empty row, no total)."""
    return d[d["Date"].notna() & (_text(d["Description"]) != "Total balance")]


def _sw_expenses(d: pd.DataFrame) -> pd.DataFrame:
    rows = _sw_rows(d)
    return rows[_text(rows["Category"]) != "Payment"]


def _sw_cost(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Cost"], errors="coerce")


def _sw_spent(d: pd.DataFrame) -> float:
    return float(_sw_cost(_sw_expenses(d)).sum())


def _sw_by_category(d: pd.DataFrame) -> pd.Series:
    e = _sw_expenses(d)
    return _sw_cost(e).groupby(_text(e["Category"])).sum()


def _sw_balances(d: pd.DataFrame) -> pd.Series:
    rows = _sw_rows(d)
    return pd.Series({m: float(pd.to_numeric(rows[m], errors="coerce").sum()) for m in _SW_MEMBERS})


def _sw_grocery_month(d: pd.DataFrame) -> float:
    e = _sw_expenses(d)
    g = e[_text(e["Category"]) == "Groceries"]
    month = pd.to_datetime(g["Date"], format="%Y-%m-%d").dt.to_period("M")
    return float(_sw_cost(g).groupby(month).sum().mean())


def _sw_dinner(d: pd.DataFrame) -> float:
    e = _sw_expenses(d)
    return float(_sw_cost(e[_text(e["Category"]) == "Dining out"]).max())


_SW_USES = ("Date", "Description", "Category", "Cost", "Currency")

_SPLITWISE_QS = [
    Q("how much did we spend altogether this year", _scaled(_sw_spent, (1e3,)), _SW_USES),
    Q("what do we spend the most on", _pick(_sw_by_category), _SW_USES),
    Q(
        "who is owed the most money right now",
        _lead(_named(lambda d: _top(_sw_balances(d)))),
        (*_SW_MEMBERS, "Description"),
    ),
    Q("how much are they owed", _about(lambda d: float(_sw_balances(d).max())), (*_SW_MEMBERS, "Description")),
    Q("on average how much do groceries cost us a month", _about(_sw_grocery_month), _SW_USES),
    Q("what was our priciest meal out", _about(_sw_dinner), _SW_USES),
]


# --- 2. Uber rider trips_data.csv ----------------------------------------------------------------------------------

# city: share of requests, centre lat, lng, currency, fare per mile, streets
_UB_CITIES: dict[str, tuple[float, float, float, str, float, str]] = {
    "New York City": (62, 40.742, -73.989, "USD", 3.1, "W 23rd St;Broadway;Lexington Ave;Atlantic Ave;Bedford Ave"),
    "Boston": (18, 42.355, -71.060, "USD", 2.7, "Boylston St;Massachusetts Ave;Cambridge St;Tremont St"),
    "Chicago": (10, 41.881, -87.630, "USD", 2.4, "N Michigan Ave;W Madison St;N Clark St;W Fullerton Ave"),
    "Paris": (6, 48.857, 2.352, "EUR", 2.2, "Rue de Rivoli;Boulevard Saint-Germain;Avenue de l'Opéra"),
    "London": (4, 51.507, -0.128, "GBP", 2.3, "Oxford St;Euston Rd;Kingsland Rd;Brixton Rd"),
}
_UB_PRODUCTS = "UberX:40;uberX:14;UberPOOL:10;Pool:5;UberXL:9;Comfort:10;Black:4;UberX Share:8"
_UB_EPOCH = "1970-01-01 00:00:00 +0000 UTC"


def _ub_stamp(t: pd.Timestamp) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S +0000 UTC")


def _uber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10202)
    rows: list[dict[str, Any]] = []
    yearly = {2017: 70, 2018: 150, 2019: 230, 2020: 60, 2021: 110, 2022: 190, 2023: 140}
    for year, n in yearly.items():
        starts = pd.Timestamp(year, 1, 1) + pd.to_timedelta(np.sort(rng.uniform(0, 365 * 86400, n)), unit="s")
        for t in starts:
            t = t.floor("s")
            city = _draw(rng, ";".join(f"{c}:{v[0]}" for c, v in _UB_CITIES.items()))
            _, lat, lng, currency, per_mile, streets = _UB_CITIES[city]
            product = _draw(rng, _UB_PRODUCTS)
            if product in ("UberX Share",) and year < 2021:
                product = "UberPOOL"
            status = _draw(rng, "COMPLETED:88;CANCELED:8;DRIVER_CANCELED:4")
            street = str(_one(rng, streets.split(";")))
            address = f"{int(rng.integers(1, 900))} {street}, {city}"
            row: dict[str, Any] = {
                "City": city,
                "Product Type": product,
                "Trip or Order Status": status,
                "Request Time": _ub_stamp(t),
                "Fare Currency": currency,
            }
            if status == "COMPLETED":
                miles = round(float(np.clip(rng.lognormal(np.log(3.2), 0.7), 0.3, 28)), 2)
                begin = t + pd.Timedelta(seconds=int(rng.integers(120, 600)))
                ride = pd.Timedelta(seconds=int(miles * rng.uniform(150, 330) + 120))
                mult = {"UberXL": 1.6, "Black": 2.3, "Comfort": 1.25}.get(product, 0.75 if "ool" in product else 1.0)
                surge = 1.0 if rng.random() > 0.15 else float(rng.uniform(1.2, 2.2))
                fare = round(float((2.5 + per_mile * miles) * mult * surge + rng.normal(0, 1.2)), 2)
                row |= {
                    "Begin Trip Time": _ub_stamp(begin),
                    "Begin Trip Lat": round(lat + float(rng.normal(0, 0.03)), 6),
                    "Begin Trip Lng": round(lng + float(rng.normal(0, 0.03)), 6),
                    "Begin Trip Address": address if rng.random() > 0.04 else None,
                    "Dropoff Time": _ub_stamp(begin + ride),
                    "Dropoff Lat": round(lat + float(rng.normal(0, 0.04)), 6),
                    "Dropoff Lng": round(lng + float(rng.normal(0, 0.04)), 6),
                    "Dropoff Address": f"{int(rng.integers(1, 900))} {_one(rng, streets.split(';'))}, {city}"
                    if rng.random() > 0.04
                    else None,
                    "Distance (miles)": miles,
                    "Fare Amount": max(fare, 5.0),
                }
            else:
                row |= {
                    "Begin Trip Time": _UB_EPOCH,
                    "Begin Trip Lat": 0.0,
                    "Begin Trip Lng": 0.0,
                    "Begin Trip Address": None,
                    "Dropoff Time": _UB_EPOCH,
                    "Dropoff Lat": 0.0,
                    "Dropoff Lng": 0.0,
                    "Dropoff Address": None,
                    "Distance (miles)": 0.0,
                    "Fare Amount": 5.0 if status == "CANCELED" and rng.random() < 0.3 else 0.0,
                }
            rows.append(row)
    cols = [
        "City", "Product Type", "Trip or Order Status", "Request Time", "Begin Trip Time", "Begin Trip Lat",
        "Begin Trip Lng", "Begin Trip Address", "Dropoff Time", "Dropoff Lat", "Dropoff Lng", "Dropoff Address",
        "Distance (miles)", "Fare Amount", "Fare Currency",
    ]  # fmt: skip
    return pd.DataFrame(rows)[cols].iloc[::-1].reset_index(drop=True)


def _ub_done(d: pd.DataFrame) -> pd.Series:
    return _text(d["Trip or Order Status"]) == "COMPLETED"


def _ub_usd(d: pd.DataFrame) -> pd.Series:
    return _text(d["Fare Currency"]) == "USD"


def _ub_fare(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["Fare Amount"], errors="coerce")


def _ub_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Request Time"].str[:19], format="%Y-%m-%d %H:%M:%S").dt.year


def _ub_spent(usd_only: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_ub_fare(d)[_ub_usd(d)].sum() if usd_only else _ub_fare(d).sum())


def _ub_mean(usd_only: bool, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        keep = _ub_done(d) & (_ub_usd(d) if usd_only else True)
        return float(_ub_fare(d)[keep].agg(how))

    return value


def _ub_top_year(completed: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        years = _ub_year(d)[_ub_done(d)] if completed else _ub_year(d)
        return float(_top(years.value_counts()))

    return value


def _ub_cancelled(driver_too: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        s = _text(d["Trip or Order Status"])
        hit = s.isin(["CANCELED", "DRIVER_CANCELED"]) if driver_too else s == "CANCELED"
        return float(hit.mean())

    return value


def _ub_pairs(keep: Callable[[pd.DataFrame], pd.Series]) -> Check:
    return _corr(
        lambda d: pd.to_numeric(d["Distance (miles)"], errors="coerce")[keep(d)],
        lambda d: _ub_fare(d)[keep(d)],
    )


_UB_USES = ("Trip or Order Status", "Fare Amount", "Fare Currency", "Request Time", "City")

_UBER_QS = [
    Q("how many rides have i actually taken", _count(lambda d: float(_ub_done(d).sum())), _UB_USES),
    Q(
        "how much money have i spent on uber in total",
        either(_scaled(_ub_spent(True), (1e3,)), _scaled(_ub_spent(False), (1e3,))),
        _UB_USES,
    ),
    Q(
        "whats my average fare per ride",
        either(_about(_ub_mean(True, "mean")), _about(_ub_mean(False, "mean"))),
        _UB_USES,
    ),
    Q("which year did i ride the most", either(_year(_ub_top_year(True)), _year(_ub_top_year(False))), _UB_USES),
    Q(
        "what share of my requests ended up cancelled",
        either(_share(_ub_cancelled(True)), _share(_ub_cancelled(False))),
        ("Trip or Order Status",),
    ),
    Q(
        "do longer trips cost more? how strong is the link",
        either(
            _ub_pairs(_ub_done), _ub_pairs(lambda d: _ub_done(d) & _ub_usd(d)), _ub_pairs(lambda d: d["City"].notna())
        ),
        ("Distance (miles)", "Fare Amount", "Fare Currency", "Trip or Order Status"),
    ),
]


# --- 3. Airbnb host transaction history ----------------------------------------------------------------------------

# listing: nightly price, cleaning fee, occupancy
_AB_LISTINGS: dict[str, tuple[float, float, float]] = {
    "Cozy Loft in Downtown": (138, 60, 0.72),
    "Lakeside Cabin with Hot Tub": (235, 95, 0.55),
    "Garden Studio near the Park": (96, 45, 0.78),
}
_AB_FIRST = "Emily;Michael;Sarah;David;Jessica;Chris;Ashley;Daniel;Megan;Kevin;Laura;Jason;Rachel;Brian;Nicole;Tyler"
_AB_LAST = "Smith;Johnson;Nguyen;Garcia;Brown;Miller;Davis;Martinez;Wilson;Anderson;Lee;Clark;Lopez;Hall"


def _ab_code(rng: np.random.Generator, head: str, n: int) -> str:
    return head + "".join(str(_one(rng, list("ABCDEFGHJKMNPQRSTWXYZ23456789"))) for _ in range(n))


def _airbnb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10203)
    guests = [f"{_one(rng, _AB_FIRST.split(';'))} {_one(rng, _AB_LAST.split(';'))}" for _ in range(170)]
    stays: list[dict[str, Any]] = []
    for listing, (price, cleaning, occupancy) in _AB_LISTINGS.items():
        day = pd.Timestamp("2023-01-02")
        while day < pd.Timestamp("2023-12-24"):
            gap = int(rng.geometric(1 - occupancy)) - 1
            day += pd.Timedelta(days=gap)
            nights = int(np.clip(rng.geometric(0.3), 1, 14))
            summer = 1.3 if day.month in (6, 7, 8) else 1.0
            gross = round(price * summer * nights * float(rng.uniform(0.9, 1.1)) + cleaning, 2)
            fee = round(gross * 0.03, 2)
            stays.append(
                {
                    "start": day,
                    "nights": nights,
                    "listing": listing,
                    "gross": gross,
                    "fee": fee,
                    "cleaning": cleaning,
                    "guest": str(_one(rng, guests)),
                    "booked": day - pd.Timedelta(days=int(rng.integers(1, 120))),
                }
            )
            day += pd.Timedelta(days=nights)
    rows: list[dict[str, Any]] = []
    for s in stays:
        paid = s["start"] + pd.Timedelta(days=1)
        rows.append(
            {
                "paid": paid,
                "Type": "Reservation",
                "Confirmation Code": _ab_code(rng, "HM", 8),
                "Booking date": s["booked"].strftime("%m/%d/%Y"),
                "Start date": s["start"].strftime("%m/%d/%Y"),
                "Nights": s["nights"],
                "Guest": s["guest"],
                "Listing": s["listing"],
                "Details": None,
                "Reference code": None,
                "Currency": "USD",
                "Amount": round(s["gross"] - s["fee"], 2),
                "Paid out": None,
                "Service fee": s["fee"],
                "Cleaning fee": s["cleaning"],
                "Gross earnings": s["gross"],
                "Occupancy taxes": round(s["gross"] * 0.06, 2) if rng.random() < 0.1 else None,
                "Earnings year": 2023,
            }
        )
        if rng.random() < 0.05:
            kind = "Resolution Payout" if rng.random() < 0.5 else "Adjustment"
            amount = round(float(rng.uniform(40, 250)), 2) * (1 if kind == "Resolution Payout" else -1)
            rows.append(
                {
                    "paid": paid + pd.Timedelta(days=int(rng.integers(5, 20))),
                    "Type": kind,
                    "Confirmation Code": rows[-1]["Confirmation Code"],
                    "Listing": s["listing"],
                    "Guest": s["guest"],
                    "Details": "Resolution Center claim" if amount > 0 else "Guest refund adjustment",
                    "Reference code": _ab_code(rng, "", 10),
                    "Currency": "USD",
                    "Amount": amount,
                    "Earnings year": 2023,
                }
            )
    frame = pd.DataFrame(rows)
    frame = frame[frame["paid"] <= pd.Timestamp("2023-12-31")]
    out: list[dict[str, Any]] = []
    for day, group in frame.groupby("paid", sort=True):
        out.append(
            {
                "paid": day,
                "Type": "Payout",
                "Details": "Transfer to Checking ****4821 (USD)",
                "Currency": "USD",
                "Paid out": round(float(group["Amount"].sum()), 2),
            }
        )
        out.extend(group.to_dict("records"))
    cols = [
        "Date", "Type", "Confirmation Code", "Booking date", "Start date", "Nights", "Guest", "Listing", "Details",
        "Reference code", "Currency", "Amount", "Paid out", "Service fee", "Cleaning fee", "Gross earnings",
        "Occupancy taxes", "Earnings year",
    ]  # fmt: skip
    result = pd.DataFrame(out)
    result["Date"] = result["paid"].dt.strftime("%m/%d/%Y")
    result = result.reindex(columns=cols)
    result["Nights"] = result["Nights"].astype("Int64")
    result["Earnings year"] = result["Earnings year"].astype("Int64")
    return result.iloc[::-1].reset_index(drop=True)


def _ab_res(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Type"]) == "Reservation"]


def _ab_paid(d: pd.DataFrame) -> float:
    return float(pd.to_numeric(d["Paid out"], errors="coerce").sum())


def _ab_by_listing(column: str, reservations: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        rows = _ab_res(d) if reservations else d[d["Listing"].notna()]
        return pd.to_numeric(rows[column], errors="coerce").groupby(_text(rows["Listing"])).sum()

    return value


def _ab_nights(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(_ab_res(d)["Nights"], errors="coerce").agg(how))


def _ab_fees(d: pd.DataFrame) -> float:
    return float(pd.to_numeric(d["Service fee"], errors="coerce").sum())


def _ab_checkin_month(d: pd.DataFrame) -> pd.Timestamp:
    start = pd.to_datetime(_ab_res(d)["Start date"], format="%m/%d/%Y").dt.to_period("M")
    return pd.Period(_top(start.astype(str).value_counts())).to_timestamp()


def _ab_repeat_guests(d: pd.DataFrame) -> float:
    counts = _text(_ab_res(d)["Guest"]).value_counts()
    return float((counts > 1).sum())


_AB_USES = ("Date", "Type", "Amount", "Paid out", "Listing", "Gross earnings", "Start date", "Currency")

_AIRBNB_QS = [
    Q("how much have i been paid out in total", _scaled(_ab_paid, (1e3,)), _AB_USES),
    Q(
        "which of my places brings in the most money",
        either(
            _pick(_ab_by_listing("Amount", True)),
            _pick(_ab_by_listing("Amount", False)),
            _pick(_ab_by_listing("Gross earnings", True)),
        ),
        _AB_USES,
    ),
    Q(
        "how long do guests usually stay",
        either(_about(_ab_nights("mean")), _about(_ab_nights("median"))),
        ("Nights", "Type", "Confirmation Code"),
    ),
    Q("how much has airbnb taken in fees", _scaled(_ab_fees, (1e3,)), ("Service fee", "Type", "Currency")),
    Q("which month had the most check-ins", _month(_ab_checkin_month), ("Start date", "Type", "Confirmation Code")),
    Q("how many guests have booked more than once", _count(_ab_repeat_guests), ("Guest", "Type", "Confirmation Code")),
]


# --- 4. SurveyMonkey all-responses export --------------------------------------------------------------------------

_SM_SAT = "Overall, how satisfied or dissatisfied are you with our product?"
_SM_NPS = "How likely is it that you would recommend this company to a friend or colleague?"
_SM_FEATURES = "Which of the following features do you use? (Select all that apply)"
_SM_OPTIONS = ["Dashboards", "Reports", "Integrations", "Mobile app", "Other (please specify)"]
_SM_TENURE = "How long have you been a customer?"
_SM_AGE = "What is your age?"
_SM_COMMENT = "Is there anything else you would like to tell us?"
_SM_META = [
    "Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
    "Last Name", "Custom Data 1",
]  # fmt: skip
_SM_SAT_LEVELS = [
    "Very satisfied", "Somewhat satisfied", "Neither satisfied nor dissatisfied", "Somewhat dissatisfied",
    "Very dissatisfied",
]  # fmt: skip
_SM_FEATURE_USE = {"Dashboards": 0.62, "Reports": 0.71, "Integrations": 0.34, "Mobile app": 0.45}
_SM_COMMENTS = (
    "Please add dark mode;Support was slow to reply;Love the new dashboards!;Too expensive for small teams;"
    "Export to Excel keeps timing out;Great product overall;The mobile app crashes on login;N/A;no"
)


def _surveymonkey_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10204)
    n = 420
    header = [*_SM_META, _SM_SAT, _SM_NPS, _SM_FEATURES, "", "", "", "", _SM_TENURE, _SM_AGE, _SM_COMMENT]
    sub = [None] * len(_SM_META) + ["Response", "Response", *_SM_OPTIONS, "Response", "Response"]
    sub.append("Open-Ended Response")
    rows: list[list[Any]] = [sub]
    start = pd.Timestamp("2023-03-06 08:00:00")
    ids = np.sort(rng.choice(np.arange(114_100_000_000, 114_400_000_000), n, replace=False))[::-1]
    offsets = np.sort(rng.uniform(0, 16.5 * 86400, n))[::-1]
    for i in range(n):
        t = start + pd.Timedelta(seconds=int(offsets[i]))
        took = pd.Timedelta(seconds=int(rng.integers(40, 900)))
        tenure_k = int(_one(rng, [0, 1, 2, 3, 4], [5, 20, 22, 25, 28]))
        mood = float(rng.normal(0.3 + 0.12 * tenure_k, 1.0))
        sat_k = int(np.clip(round(1.6 - mood), 0, 4))
        nps = int(np.clip(round(7.2 + 1.6 * mood + rng.normal(0, 1.0)), 0, 10))
        done = rng.random() > 0.07
        picks = [opt if rng.random() < p else None for opt, p in _SM_FEATURE_USE.items()]
        other = str(_one(rng, ["Slack alerts", "API", "Zapier", "calendar sync"])) if rng.random() < 0.06 else None
        row = [
            int(ids[i]),
            int(_one(rng, [409876543, 409912210], [3, 1])),
            t.strftime("%m/%d/%Y %I:%M:%S %p"),
            (t + took).strftime("%m/%d/%Y %I:%M:%S %p"),
            ".".join(str(int(x)) for x in rng.integers([24, 0, 0, 1], [223, 256, 256, 255])),
            None,
            None,
            None,
            None,
            _SM_SAT_LEVELS[sat_k] if rng.random() > 0.02 else None,
            nps if rng.random() > 0.04 else None,
            *(picks if done else [None] * 4),
            other if done else None,
            ["Less than a month", "1-6 months", "6 months - 1 year", "1-2 years", "More than 2 years"][tenure_k]
            if done
            else None,
            _draw(rng, "18-24:8;25-34:30;35-44:28;45-54:19;55-64:10;65+:5") if done and rng.random() > 0.08 else None,
            str(_one(rng, _SM_COMMENTS.split(";"))) if done and rng.random() < 0.22 else None,
        ]
        rows.append(row)
    frame = pd.DataFrame(rows, columns=header)
    frame["Respondent ID"] = frame["Respondent ID"].astype("Int64")
    frame["Collector ID"] = frame["Collector ID"].astype("Int64")
    return frame


def _sm(d: pd.DataFrame) -> pd.DataFrame:
    """The responses, without the second header row."""
    return d[d["Respondent ID"].notna()]


def _sm_feature_cols(d: pd.DataFrame) -> dict[str, str]:
    """Column name -> option, for the select-all options (the "Other" text column left out)."""
    first = list(d.columns).index(_SM_FEATURES)
    return {c: str(d[c].iloc[0]) for c in list(d.columns)[first : first + 4]}


def _sm_satisfied(answered: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        s = _text(_sm(d)[_SM_SAT])
        hit = s.isin(["Very satisfied", "Somewhat satisfied"]).sum()
        return float(hit / ((s != "").sum() if answered else len(s)))

    return value


def _sm_recommend(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(pd.to_numeric(_sm(d)[_SM_NPS], errors="coerce").agg(how))


def _sm_feature_counts(d: pd.DataFrame) -> pd.Series:
    r = _sm(d)
    return pd.Series({opt: float(_text(r[c]).ne("").sum()) for c, opt in _sm_feature_cols(d).items()})


_SM_USES = ("Respondent ID",)

_SURVEYMONKEY_QS = [
    Q("how many people answered the survey", _count(lambda d: float(len(_sm(d)))), _SM_USES),
    Q(
        "what percent of people are satisfied",
        either(_share(_sm_satisfied(True)), _share(_sm_satisfied(False))),
        (*_SM_USES, _SM_SAT),
    ),
    Q(
        "on average how likely are they to recommend us, out of 10",
        _about(_sm_recommend("mean"), rel=0.005),
        (*_SM_USES, _SM_NPS),
    ),
    Q("which feature do people use the most", _pick(_sm_feature_counts), (*_SM_USES, _SM_FEATURES)),
    Q(
        "how many people picked that one",
        _count(lambda d: float(_sm_feature_counts(d).max())),
        (*_SM_USES, _SM_FEATURES),
    ),
    Q(
        "how many people skipped the age question",
        _count(lambda d: float(_sm(d)[_SM_AGE].isna().sum())),
        (*_SM_USES, _SM_AGE),
    ),
]


# --- 5. ECB euro foreign exchange reference rates (eurofxref-hist.csv) --------------------------------------------

# currency: rate on 2 January 2014, on 28 June 2024 (None: not quoted), relative wiggle, decimals
_EC_CURRENCIES: dict[str, tuple[float | None, float | None, float, int]] = {
    "USD": (1.3589, 1.0705, 0.05, 4), "JPY": (141.65, 171.94, 0.05, 2), "BGN": (1.9558, 1.9558, 0.0, 4),
    "CYP": (None, None, 0, 4), "CZK": (27.43, 25.02, 0.02, 3), "DKK": (7.4593, 7.4573, 0.001, 4),
    "EEK": (None, None, 0, 4), "GBP": (0.8297, 0.8464, 0.05, 5), "HUF": (297.78, 395.15, 0.04, 2),
    "LTL": (3.4528, 3.4528, 0.0, 4), "LVL": (None, None, 0, 4), "MTL": (None, None, 0, 4),
    "PLN": (4.1473, 4.3090, 0.03, 4), "ROL": (None, None, 0, 4), "RON": (4.4758, 4.9773, 0.01, 4),
    "SEK": (8.8552, 11.3595, 0.04, 4), "SIT": (None, None, 0, 4), "SKK": (None, None, 0, 4),
    "CHF": (1.2255, 0.9634, 0.04, 4), "ISK": (124.2, 148.9, 0.05, 2), "NOK": (8.3350, 11.3965, 0.04, 4),
    "HRK": (7.6340, 7.5345, 0.005, 4), "RUB": (45.10, 117.0, 0.12, 4), "TRL": (None, None, 0, 4),
    "TRY": (2.9705, 35.18, 0.1, 4), "AUD": (1.5294, 1.6079, 0.04, 4), "BRL": (3.2486, 5.8915, 0.08, 4),
    "CAD": (1.4564, 1.4670, 0.04, 4), "CNY": (8.2269, 7.7748, 0.04, 4), "HKD": (10.5378, 8.3594, 0.05, 4),
    "IDR": (16591.74, 17487.21, 0.04, 2), "ILS": (4.7806, 4.0283, 0.04, 4), "INR": (84.6100, 89.2495, 0.04, 4),
    "KRW": (1447.00, 1474.86, 0.04, 2), "MXN": (17.9237, 19.5654, 0.06, 4), "MYR": (4.4787, 5.0501, 0.05, 4),
    "NZD": (1.6545, 1.7601, 0.04, 4), "PHP": (60.821, 62.769, 0.04, 3), "SGD": (1.7360, 1.4513, 0.03, 4),
    "THB": (44.998, 39.361, 0.04, 3), "ZAR": (14.5154, 19.4970, 0.07, 4),
}  # fmt: skip


def _ecb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10205)
    days = pd.bdate_range("2014-01-02", "2024-06-28")
    days = days[~((days.month == 1) & (days.day == 1)) & ~((days.month == 5) & (days.day == 1))]
    days = days[~((days.month == 12) & days.day.isin([25, 26]))]
    n = len(days)
    t = np.linspace(0, 1, n)
    out = pd.DataFrame({"Date": days.strftime("%Y-%m-%d")})
    common = np.cumsum(rng.normal(0, 1, n))
    common = (common - t * common[-1]) / np.sqrt(n) * 2
    for code, (first, last, wiggle, places) in _EC_CURRENCIES.items():
        if first is None or last is None:
            out[code] = "N/A"
            continue
        walk = np.cumsum(rng.normal(0, 1, n))
        bridge = (walk - t * walk[-1]) / np.sqrt(n) * 2
        mix = 0.6 * common + 0.8 * bridge if code in ("USD", "CHF", "HKD", "CNY", "SGD") else bridge
        if code == "USD":
            mix = mix - 2.5 * np.exp(-(((t - 0.83) / 0.07) ** 2))
        rate = np.exp(np.log(first) + t * (np.log(last) - np.log(first)) + wiggle * mix)
        if code == "RUB":
            rate = np.where(days >= pd.Timestamp("2022-02-24"), rate * np.linspace(1.0, 1.4, n), rate)
        text = pd.Series([f"{x:.{places}f}" for x in rate])
        if code == "LTL":
            text[days > pd.Timestamp("2014-12-31")] = "N/A"
        if code == "ISK":
            text[days < pd.Timestamp("2018-02-01")] = "N/A"
        if code == "HRK":
            text[days > pd.Timestamp("2022-12-30")] = "N/A"
        if code == "RUB":
            text[days > pd.Timestamp("2022-03-01")] = "N/A"
        out[code] = text.to_numpy()
    out[""] = None
    return out.iloc[::-1].reset_index(drop=True)


def _ec_rate(d: pd.DataFrame, code: str) -> pd.Series:
    return pd.to_numeric(d[code], errors="coerce")


def _ec_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date"], format="%Y-%m-%d")


def _ec_usd_2022(d: pd.DataFrame) -> float:
    return float(_ec_rate(d, "USD")[_ec_day(d).dt.year == 2022].mean())


def _ec_low_month(d: pd.DataFrame) -> pd.Timestamp:
    monthly = _ec_rate(d, "USD").groupby(_ec_day(d).dt.to_period("M")).mean()
    return monthly.idxmin().to_timestamp()


def _ec_gbp_ends(d: pd.DataFrame) -> tuple[float, float]:
    order = _ec_day(d).argsort()
    gbp = _ec_rate(d, "GBP").iloc[order].dropna()
    return float(gbp.iloc[0]), float(gbp.iloc[-1])


_EC_USES = ("Date", "USD")

_ECB_QS = [
    Q(
        "whats the highest the dollar rate ever got",
        has(lambda d: float(_ec_rate(d, "USD").max()), rel=0.001),
        _EC_USES,
    ),
    Q("average usd rate in 2022?", has(_ec_usd_2022, rel=0.002), _EC_USES),
    Q("which month had the lowest average dollar rate", _month_year(_ec_low_month), _EC_USES),
    Q(
        "how much did the pound change from the first day to the last",
        either(
            _pct(lambda d: _ec_gbp_ends(d)[1] / _ec_gbp_ends(d)[0] - 1),
            has(lambda d: abs(_ec_gbp_ends(d)[1] - _ec_gbp_ends(d)[0]), rel=0.02),
        ),
        ("Date", "GBP"),
    ),
    Q("how many days are missing a rouble rate", _count(lambda d: float(d["RUB"].isna().sum())), ("Date", "RUB")),
    Q(
        "do the swiss franc and the dollar move together",
        _corr(lambda d: _ec_rate(d, "CHF"), lambda d: _ec_rate(d, "USD")),
        ("Date", "CHF", "USD"),
    ),
]


# --- 6. NYC DOB job application filings ----------------------------------------------------------------------------

# borough: digit, share, streets, neighbourhoods, centre lat, lng
_DB_BOROUGHS: dict[str, tuple[int, float, str, str, float, float]] = {
    "MANHATTAN": (1, 34, "BROADWAY;WEST 57 STREET;EAST 86 STREET;LEXINGTON AVENUE;AMSTERDAM AVENUE",
                  "Midtown-Midtown South;Upper East Side-Carnegie Hill;Chelsea-Clinton", 40.770, -73.975),
    "BRONX": (2, 11, "GRAND CONCOURSE;JEROME AVENUE;EAST TREMONT AVENUE;WEBSTER AVENUE",
              "Fordham South;Mott Haven-Port Morris;Belmont", 40.845, -73.895),
    "BROOKLYN": (3, 28, "ATLANTIC AVENUE;FLATBUSH AVENUE;BEDFORD AVENUE;OCEAN PARKWAY;4 AVENUE",
                 "Park Slope-Gowanus;Williamsburg;Bushwick North;Bay Ridge", 40.665, -73.955),
    "QUEENS": (4, 20, "NORTHERN BOULEVARD;QUEENS BOULEVARD;JAMAICA AVENUE;ROOSEVELT AVENUE",
               "Astoria;Flushing;Jamaica;Forest Hills", 40.730, -73.840),
    "STATEN ISLAND": (5, 7, "HYLAN BOULEVARD;VICTORY BOULEVARD;RICHMOND AVENUE",
                      "New Springville-Bloomfield-Travis;Great Kills", 40.590, -74.130),
}  # fmt: skip
# job type: share, median cost, spread, descriptions
_DB_TYPES: dict[str, tuple[float, float, float, str]] = {
    "A2": (45, 60000, 1.0, "INTERIOR RENOVATION OF EXISTING APARTMENT. NO CHANGE IN USE, EGRESS OR OCCUPANCY.;"
           "REMOVE AND REPLACE KITCHEN AND BATHROOM FIXTURES AS PER PLANS.;INSTALL NEW SPRINKLER HEADS."),
    "A1": (12, 350000, 1.0, "CHANGE OF USE FROM COMMERCIAL TO RESIDENTIAL. NEW C OF O.;"
           "HORIZONTAL ENLARGEMENT AT REAR AND CONVERT 2 FAMILY TO 3 FAMILY."),
    "A3": (23, 8000, 0.9, "INSTALL SIDEWALK SHED.;INSTALL SUPPORTED SCAFFOLD.;CONSTRUCTION FENCE AS PER PLANS."),
    "NB": (7, 4500000, 1.1, "PROPOSED NEW 7 STORY RESIDENTIAL BUILDING.;ERECT NEW 2 FAMILY DWELLING.;"
           "NEW MIXED USE BUILDING WITH COMMUNITY FACILITY."),
    "DM": (5, 90000, 0.8, "FULL DEMOLITION OF EXISTING 2 STORY BUILDING.;DEMOLISH EXISTING GARAGE."),
    "SG": (8, 4000, 0.7, "INSTALL ILLUMINATED BUSINESS SIGN.;NON-ILLUMINATED SIGN AS PER PLANS."),
}  # fmt: skip
_DB_STATUS = {
    "A": "PRE-FILING", "B": "APPLICATION PROCESSED - PART-NO PAYMENT", "D": "APPLICATION PROCESSED - ENTIRE",
    "P": "APPROVED", "Q": "PERMIT ISSUED - PARTIAL JOB", "R": "PERMIT ISSUED - ENTIRE JOB/WORK",
    "X": "SIGNED OFF", "3": "SUSPENDED",
}  # fmt: skip
_DB_PEOPLE = (
    "JOHN|RUSSO|RA;MARIA|CHEN|PE;DAVID|GOLDBERG|RA;ANTHONY|DIMARCO|PE;SUSAN|PARK|RA;ROBERT|SINGH|PE;LISA|KOWALSKI|RA"
)


def _db_money(x: float) -> str:
    return f"${x:.2f}"


def _dob_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10206)
    people = [p.split("|") for p in _DB_PEOPLE.split(";")]
    rows: list[dict[str, Any]] = []
    used: set[int] = set()
    for _ in range(2300):
        borough = _draw(rng, ";".join(f"{b}:{v[1]}" for b, v in _DB_BOROUGHS.items()))
        digit, _, streets, ntas, lat, lng = _DB_BOROUGHS[borough]
        job_type = _draw(rng, ";".join(f"{k}:{v[0]}" for k, v in _DB_TYPES.items()))
        _, median, spread, descs = _DB_TYPES[job_type]
        job = digit * 100_000_000 + int(rng.integers(21_000_000, 25_000_000))
        while job in used:
            job += 1
        used.add(job)
        filed = pd.Timestamp("2018-01-01") + pd.Timedelta(days=int(rng.integers(0, 1096)))
        if filed.year == 2020 and filed.month in (4, 5) and rng.random() < 0.6:
            filed -= pd.Timedelta(days=120)
        status = _draw(rng, "A:4;B:3;D:12;P:14;Q:5;R:30;X:28;3:4")
        first, last, title = people[int(rng.integers(len(people)))]
        stories = int(np.clip(rng.geometric(0.3), 1, 40))
        resid = rng.random() < 0.7
        existing_units = int(np.clip(rng.geometric(0.25), 1, 200)) if resid else None
        proposed_stories, proposed_units, height = stories, existing_units, stories * 11
        if job_type == "NB":
            stories = None
            proposed_stories = int(np.clip(rng.geometric(0.25), 2, 30))
            existing_units = None
            proposed_units = int(np.clip(rng.lognormal(np.log(6), 1.0), 1, 300)) if resid else None
            height = proposed_stories * 10 + 5
        cost = round(float(median * np.exp(rng.normal(0, spread))), 2)
        if job_type == "NB" and proposed_units:
            cost = round(cost * (0.5 + proposed_units / 12), 2)
        fee = round(100 + cost * 0.0105, 2) if rng.random() > 0.05 else 0.0
        row = {
            "Job #": job,
            "Doc #": 1,
            "Borough": borough,
            "House #": str(int(rng.integers(1, 2500))),
            "Street Name": str(_one(rng, streets.split(";"))),
            "Block": int(rng.integers(1, 9000)),
            "Lot": int(rng.integers(1, 150)),
            "Bin #": digit * 1_000_000 + int(rng.integers(0, 99_999)),
            "Job Type": job_type,
            "Job Status": status,
            "Job Status Descrp": _DB_STATUS[status],
            "Latest Action Date": (filed + pd.Timedelta(days=int(rng.integers(0, 500)))).strftime("%m/%d/%Y"),
            "Building Type": "1-2-3 FAMILY" if resid and (existing_units or proposed_units or 9) <= 3 else "OTHERS",
            "Community - Board": f"{digit}{int(rng.integers(1, 13)):02d}",
            "Landmarked": "Y" if rng.random() < 0.06 else ("N" if rng.random() < 0.7 else None),
            "City Owned": "Y" if rng.random() < 0.02 else None,
            "Plumbing": "X" if rng.random() < 0.35 else None,
            "Mechanical": "X" if rng.random() < 0.2 else None,
            "Sprinkler": "X" if rng.random() < 0.15 else None,
            "Applicant's First Name": first,
            "Applicant's Last Name": last,
            "Applicant Professional Title": title,
            "Applicant License #": f"0{int(rng.integers(10000, 99999))}",
            "Professional Cert": "Y" if rng.random() < 0.45 else "N",
            "Pre- Filing Date": filed.strftime("%m/%d/%Y"),
            "Paid": (filed + pd.Timedelta(days=int(rng.integers(0, 20)))).strftime("%m/%d/%Y")
            if status != "A"
            else None,
            "Fully Paid": None,
            "Approved": None,
            "Fully Permitted": (filed + pd.Timedelta(days=int(rng.integers(20, 300)))).strftime("%m/%d/%Y")
            if status in ("R", "X")
            else None,
            "Initial Cost": _db_money(cost),
            "Total Est. Fee": _db_money(fee),
            "Fee Status": "STANDARD" if fee > 0 else "EXEMPT",
            "ExistingNo. of Stories": stories,
            "Proposed No. of Stories": proposed_stories,
            "Existing Height": None if stories is None else stories * 11,
            "Proposed Height": height,
            "Existing Dwelling Units": existing_units,
            "Proposed Dwelling Units": proposed_units,
            "Existing Occupancy": None if job_type == "NB" else ("J-2" if resid else "COM"),
            "Proposed Occupancy": "R-2" if resid else str(_one(rng, ["B", "M", "E", "F-1"])),
            "Owner Type": _draw(rng, "INDIVIDUAL:40;CORPORATION:30;PARTNERSHIP:15;CONDO/CO-OP:10;NYC-HPD:2;OTHER:3"),
            "Owner's Business Name": None
            if rng.random() < 0.4
            else f"{_one(rng, ['ATLAS', 'EMPIRE', 'HUDSON', 'KINGS'])} "
            f"{_one(rng, ['REALTY LLC', 'HOLDINGS LLC', 'DEVELOPMENT CORP', 'PROPERTIES'])}",
            "Job Description": str(_one(rng, descs.split(";"))),
            "DOBRunDate": "04/01/2021 00:00:00",
            "GIS_LATITUDE": round(lat + float(rng.normal(0, 0.02)), 6) if rng.random() > 0.03 else None,
            "GIS_LONGITUDE": round(lng + float(rng.normal(0, 0.02)), 6),
            "GIS_NTA_NAME": str(_one(rng, ntas.split(";"))),
        }
        if row["Paid"] is not None:
            row["Fully Paid"] = row["Paid"]
        if status in ("P", "Q", "R", "X"):
            row["Approved"] = (filed + pd.Timedelta(days=int(rng.integers(10, 200)))).strftime("%m/%d/%Y")
        if row["GIS_LATITUDE"] is None:
            row["GIS_LONGITUDE"] = None
        rows.append(row)
        if job_type in ("A1", "A2", "NB") and rng.random() < 0.14:
            extra = round(float(cost * rng.uniform(0.05, 0.3)), 2)
            rows.append(
                row
                | {
                    "Doc #": 2,
                    "Initial Cost": _db_money(extra),
                    "Total Est. Fee": _db_money(100 + extra * 0.0105),
                    "Plumbing": "X",
                    "Job Description": "PLUMBING WORK FILED UNDER SUBSEQUENT DOCUMENT.",
                }
            )
    frame = pd.DataFrame(rows)
    for c in ("ExistingNo. of Stories", "Proposed No. of Stories", "Existing Height", "Proposed Height",
              "Existing Dwelling Units", "Proposed Dwelling Units"):  # fmt: skip
        frame[c] = frame[c].astype("Int64")
    order = pd.to_datetime(frame["Pre- Filing Date"], format="%m/%d/%Y").argsort(kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def _db_cost(d: pd.DataFrame) -> pd.Series:
    return _number(d["Initial Cost"])


def _db_jobs(d: pd.DataFrame, distinct: bool) -> pd.DataFrame:
    return d.drop_duplicates("Job #") if distinct else d


def _db_nb_count(distinct: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_text(_db_jobs(d, distinct)["Job Type"]) == "NB").sum())


def _db_borough_counts(distinct: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _text(_db_jobs(d, distinct)["Borough"]).value_counts()


def _db_brooklyn_cost(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = d[pd.to_numeric(d["Doc #"], errors="coerce") == 1] if distinct else d
        return float(_db_cost(rows)[_text(rows["Borough"]) == "BROOKLYN"].sum())

    return value


def _db_nb_cost(how: str, first_doc: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = d[pd.to_numeric(d["Doc #"], errors="coerce") == 1] if first_doc else d
        return float(_db_cost(rows)[_text(rows["Job Type"]) == "NB"].agg(how))

    return value


def _db_big_nb(distinct: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        rows = _db_jobs(d, distinct)
        units = pd.to_numeric(rows["Proposed Dwelling Units"], errors="coerce")
        return float(((_text(rows["Job Type"]) == "NB") & (units > 10)).sum())

    return value


def _db_top_month(distinct: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        rows = _db_jobs(d, distinct)
        day = pd.to_datetime(rows["Pre- Filing Date"], format="%m/%d/%Y")
        months = day[day.dt.year == 2019].dt.to_period("M").astype(str)
        return pd.Period(_top(months.value_counts())).to_timestamp()

    return value


_DB_USES = ("Job #", "Doc #", "Job Type", "Borough", "Initial Cost", "Pre- Filing Date", "Job Status")

_DOB_QS = [
    Q("how many new buildings were filed", either(_count(_db_nb_count(False)), _count(_db_nb_count(True))), _DB_USES),
    Q(
        "which borough has the most filings",
        either(_pick(_db_borough_counts(False)), _pick(_db_borough_counts(True))),
        _DB_USES,
    ),
    Q(
        "whats the total estimated cost of work in brooklyn",
        either(_scaled(_db_brooklyn_cost(False), (1e3, 1e6, 1e9)), _scaled(_db_brooklyn_cost(True), (1e3, 1e6, 1e9))),
        _DB_USES,
    ),
    Q(
        "what does a new building typically cost",
        either(*(_scaled(_db_nb_cost(h, f), (1e3, 1e6)) for h in ("mean", "median") for f in (False, True))),
        _DB_USES,
    ),
    Q(
        "how many of the new buildings have more than 10 apartments",
        either(_count(_db_big_nb(False)), _count(_db_big_nb(True))),
        (*_DB_USES, "Proposed Dwelling Units", "Existing Dwelling Units"),
    ),
    Q(
        "which month in 2019 had the most applications",
        either(_month(_db_top_month(False)), _month(_db_top_month(True))),
        _DB_USES,
    ),
]


# --- 7. nflfastR play-by-play (2022, weeks 1-2) --------------------------------------------------------------------

# team: quarterback, running back, receivers, pass rate, strength
_NF_TEAMS: dict[str, tuple[str, str, str, float, float]] = {
    "ARI": ("K.Murray", "J.Conner", "M.Brown;D.Hopkins;Z.Ertz", 0.62, 0.0),
    "ATL": ("M.Mariota", "C.Patterson", "D.London;K.Pitts;O.Zaccheaus", 0.48, -0.1),
    "BAL": ("L.Jackson", "J.Dobbins", "M.Andrews;R.Bateman;D.Duvernay", 0.5, 0.3),
    "BUF": ("J.Allen", "D.Singletary", "S.Diggs;G.Davis;D.Knox", 0.63, 0.5),
    "CAR": ("B.Mayfield", "C.McCaffrey", "D.Moore;R.Anderson;S.Thomas", 0.55, -0.2),
    "CHI": ("J.Fields", "D.Montgomery", "D.Mooney;C.Kmet;E.St. Brown", 0.42, -0.3),
    "CIN": ("J.Burrow", "J.Mixon", "J.Chase;T.Higgins;T.Boyd", 0.66, 0.3),
    "CLE": ("J.Brissett", "N.Chubb", "A.Cooper;D.Njoku;D.Peoples-Jones", 0.5, 0.0),
    "DAL": ("C.Rush", "E.Elliott", "C.Lamb;N.Brown;D.Schultz", 0.55, 0.1),
    "DEN": ("R.Wilson", "J.Williams", "C.Sutton;J.Jeudy;K.Hamler", 0.6, -0.1),
    "DET": ("J.Goff", "D.Swift", "A.St. Brown;T.Hockenson;D.Chark", 0.58, 0.1),
    "GB": ("A.Rodgers", "A.Jones", "A.Lazard;R.Doubs;R.Tonyan", 0.57, 0.1),
    "HOU": ("D.Mills", "D.Pierce", "B.Cooks;N.Collins;C.Moore", 0.55, -0.3),
    "IND": ("M.Ryan", "J.Taylor", "M.Pittman;P.Campbell;A.Pierce", 0.6, -0.1),
    "JAX": ("T.Lawrence", "T.Etienne", "C.Kirk;Z.Jones;E.Engram", 0.6, 0.1),
    "KC": ("P.Mahomes", "C.Edwards-Helaire", "T.Kelce;J.Smith-Schuster;M.Valdes-Scantling", 0.65, 0.5),
    "LA": ("M.Stafford", "D.Henderson", "C.Kupp;A.Robinson;T.Higbee", 0.64, 0.1),
    "LAC": ("J.Herbert", "A.Ekeler", "K.Allen;M.Williams;G.Everett", 0.66, 0.2),
    "LV": ("D.Carr", "J.Jacobs", "D.Adams;H.Renfrow;D.Waller", 0.62, 0.0),
    "MIA": ("T.Tagovailoa", "R.Mostert", "T.Hill;J.Waddle;M.Gesicki", 0.62, 0.3),
    "MIN": ("K.Cousins", "D.Cook", "J.Jefferson;A.Thielen;K.Osborn", 0.6, 0.2),
    "NE": ("M.Jones", "R.Stevenson", "J.Meyers;D.Parker;H.Henry", 0.55, -0.1),
    "NO": ("J.Winston", "A.Kamara", "M.Thomas;C.Olave;J.Landry", 0.6, 0.0),
    "NYG": ("D.Jones", "S.Barkley", "S.Shepard;R.Bellinger;K.Toney", 0.5, 0.1),
    "NYJ": ("J.Flacco", "B.Hall", "G.Wilson;C.Davis;E.Moore", 0.68, -0.1),
    "PHI": ("J.Hurts", "M.Sanders", "A.Brown;D.Smith;D.Goedert", 0.5, 0.4),
    "PIT": ("M.Trubisky", "N.Harris", "D.Johnson;G.Pickens;P.Freiermuth", 0.55, -0.1),
    "SEA": ("G.Smith", "R.Penny", "D.Metcalf;T.Lockett;N.Fant", 0.52, 0.0),
    "SF": ("J.Garoppolo", "J.Mitchell", "D.Samuel;B.Aiyuk;G.Kittle", 0.5, 0.3),
    "TB": ("T.Brady", "L.Fournette", "M.Evans;C.Godwin;J.Jones", 0.64, 0.2),
    "TEN": ("R.Tannehill", "D.Henry", "R.Woods;T.Burks;A.Hooper", 0.45, 0.0),
    "WAS": ("C.Wentz", "A.Gibson", "T.McLaurin;C.Samuel;J.Dotson", 0.6, -0.1),
}


def _nf_game(rng: np.random.Generator, week: int, home: str, away: str, date: str) -> list[dict[str, Any]]:
    game_id = f"2022_{week:02d}_{away}_{home}"
    score = {home: 0, away: 0}
    plays: list[dict[str, Any]] = []
    base = {"game_id": game_id, "home_team": home, "away_team": away, "season_type": "REG", "week": week,
            "game_date": date}  # fmt: skip
    drives = int(rng.integers(19, 24))
    offense = away if rng.random() < 0.5 else home

    def add(**kw: Any) -> None:
        plays.append(base | kw)

    def kickoff(receiver: str) -> None:
        kicker = home if receiver == away else away
        add(
            posteam=receiver,
            defteam=kicker,
            play_type="kickoff",
            down=None,
            ydstogo=0,
            yardline_100=35,
            yards_gained=0,
            desc=f"{kicker} kicks 65 yards, touchback.",
            epa=round(float(rng.normal(0, 0.2)), 3),
        )

    for drive in range(drives):
        defense = home if offense == away else away
        qb, rb, wrs, pass_rate, strength = _NF_TEAMS[offense]
        opp = _NF_TEAMS[defense][4]
        if drive == 0 or plays[-1]["play_type"] in ("extra_point", "field_goal"):
            kickoff(offense)
        yardline, down, togo = 75, 1, 10
        while True:
            togo = min(togo, yardline)
            row: dict[str, Any] = {"posteam": offense, "defteam": defense, "down": down, "ydstogo": togo,
                                   "yardline_100": yardline}  # fmt: skip
            if down == 4:
                if yardline <= 37:
                    good = rng.random() < (0.95 if yardline < 20 else 0.78)
                    add(**row, play_type="field_goal", yards_gained=0,
                        desc=f"{yardline + 17} yard field goal is {'GOOD' if good else 'No Good'}.",
                        epa=round(float(rng.normal(0.8 if good else -1.8, 0.3)), 3))  # fmt: skip
                    if good:
                        score[offense] += 3
                    break
                if togo > 2 or yardline > 60:
                    add(**row, play_type="punt", yards_gained=0, desc="punts.", epa=round(float(rng.normal(0, 0.4)), 3))
                    break
            if rng.random() < 0.05:
                add(**row, play_type="no_play", yards_gained=0, desc="PENALTY, False Start, 5 yards, enforced.",
                    epa=round(float(rng.normal(-0.35, 0.1)), 3))  # fmt: skip
                yardline = min(yardline + 5, 99)
                togo += 5
                continue
            passing = rng.random() < pass_rate + (0.15 if down >= 2 and togo > 7 else 0.0)
            intercepted = complete = False
            if passing:
                intercepted = rng.random() < 0.024
                complete = not intercepted and rng.random() < 0.6 + 0.05 * (strength - opp)
                gain = int(np.round(rng.exponential(10.5) + 1)) if complete else 0
                target = str(_one(rng, wrs.split(";"), [5, 3, 2]))
            else:
                gain = int(np.clip(np.round(rng.normal(4.2 + strength - opp, 5.0)), -6, 99))
            gain = min(gain, yardline)
            scored = gain >= yardline and not intercepted
            converted = (gain >= togo or scored) and not intercepted
            epa = 0.09 * gain - (0.55 if down == 3 and not converted else 0.2) + (2.5 if scored else 0.0)
            epa += -3.6 if intercepted else 0.0
            add(**row, play_type="pass" if passing else "run", yards_gained=gain,
                desc=(f"{qb} pass {'INTERCEPTED' if intercepted else ('short' if gain < 15 else 'deep')} to "
                      f"{target} for {gain} yards." if passing else f"{rb} up the middle for {gain} yards.")
                + (" TOUCHDOWN." if scored else ""),
                passer_player_name=qb if passing else None, receiver_player_name=target if passing else None,
                rusher_player_name=None if passing else rb, pass_attempt=int(passing), complete_pass=int(complete),
                interception=int(intercepted), rush_attempt=int(not passing),
                pass_touchdown=int(scored and passing), rush_touchdown=int(scored and not passing),
                touchdown=int(scored), third_down_converted=int(down == 3 and converted),
                third_down_failed=int(down == 3 and not converted),
                epa=round(float(epa + rng.normal(0, 0.35)), 3))  # fmt: skip
            if intercepted:
                break
            if scored:
                score[offense] += 7
                add(
                    posteam=offense,
                    defteam=defense,
                    play_type="extra_point",
                    down=None,
                    ydstogo=0,
                    yardline_100=15,
                    yards_gained=0,
                    desc="extra point is GOOD.",
                    epa=round(float(rng.normal(0.02, 0.05)), 3),
                )
                break
            yardline -= gain
            if converted:
                down, togo = 1, 10
            elif down == 4:
                break
            else:
                down, togo = down + 1, togo - gain
        offense = defense
    n = len(plays)
    for i, p in enumerate(plays):
        p["qtr"] = min(4, 1 + 4 * i // n)
        p["home_score"], p["away_score"] = score[home], score[away]
        p["desc"] = f"({int(rng.integers(0, 15))}:{int(rng.integers(0, 60)):02d}) " + p["desc"]
    return plays


def _nfl_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10207)
    teams = list(_NF_TEAMS)
    plays: list[dict[str, Any]] = []
    for week, sunday in ((1, "2022-09-11"), (2, "2022-09-18")):
        order = [teams[int(i)] for i in rng.permutation(len(teams))]
        for g in range(16):
            date = "2022-09-08" if week == 1 and g == 0 else ("2022-09-15" if week == 2 and g == 0 else sunday)
            plays.extend(_nf_game(rng, week, order[2 * g], order[2 * g + 1], date))
    cols = [
        "play_id", "game_id", "home_team", "away_team", "season_type", "week", "posteam", "defteam", "game_date",
        "qtr", "down", "ydstogo", "yardline_100", "play_type", "yards_gained", "desc", "passer_player_name",
        "rusher_player_name", "receiver_player_name", "pass_attempt", "complete_pass", "interception",
        "rush_attempt", "pass_touchdown", "rush_touchdown", "touchdown", "third_down_converted", "third_down_failed",
        "epa", "home_score", "away_score",
    ]  # fmt: skip
    frame = pd.DataFrame(plays)
    frame["play_id"] = frame.groupby("game_id").cumcount() * 22 + 43
    for c in ("pass_attempt", "complete_pass", "interception", "rush_attempt", "pass_touchdown", "rush_touchdown",
              "touchdown", "third_down_converted", "third_down_failed"):  # fmt: skip
        frame[c] = frame[c].fillna(0).astype(int)
    frame["down"] = frame["down"].astype("Int64")
    return frame[cols]


def _nf_passes(d: pd.DataFrame) -> pd.Series:
    return _text(d[_text(d["play_type"]) == "pass"]["posteam"]).value_counts()


def _nf_carry(by_type: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        keep = _text(d["play_type"]) == "run" if by_type else pd.to_numeric(d["rush_attempt"]) == 1
        return float(pd.to_numeric(d["yards_gained"], errors="coerce")[keep].mean())

    return value


def _nf_passers(d: pd.DataFrame) -> pd.Series:
    passes = d[_text(d["play_type"]) == "pass"]
    yards = pd.to_numeric(passes["yards_gained"], errors="coerce")
    return yards.groupby(_text(passes["passer_player_name"])).sum().drop("", errors="ignore")


def _nf_tds(d: pd.DataFrame) -> float:
    qb = _top(_nf_passers(d))
    return float(pd.to_numeric(d["pass_touchdown"])[_text(d["passer_player_name"]) == qb].sum())


def _nf_third(all_third: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        won = pd.to_numeric(d["third_down_converted"]).sum()
        if all_third:
            return float(won / (pd.to_numeric(d["down"], errors="coerce") == 3).sum())
        return float(won / (won + pd.to_numeric(d["third_down_failed"]).sum()))

    return value


def _nf_pairs(plays_only: bool) -> Check:
    def keep(d: pd.DataFrame) -> pd.Series:
        return _text(d["play_type"]).isin(["pass", "run"]) if plays_only else d["epa"].notna()

    return _corr(
        lambda d: pd.to_numeric(d["yards_gained"], errors="coerce")[keep(d)],
        lambda d: pd.to_numeric(d["epa"], errors="coerce")[keep(d)],
    )


_NF_USES = ("game_id", "posteam", "play_type")

_NFL_QS = [
    Q("which team threw the ball the most", _pick(_nf_passes), (*_NF_USES, "pass_attempt")),
    Q(
        "average yards per carry?",
        either(_about(_nf_carry(True)), _about(_nf_carry(False))),
        (*_NF_USES, "yards_gained", "rush_attempt", "rusher_player_name"),
    ),
    Q(
        "which quarterback threw for the most yards",
        _pick(_nf_passers),
        (*_NF_USES, "passer_player_name", "yards_gained", "complete_pass", "pass_attempt"),
    ),
    Q(
        "and how many touchdown passes did he throw",
        _count(_nf_tds),
        (*_NF_USES, "passer_player_name", "pass_touchdown", "touchdown"),
    ),
    Q(
        "what percent of third downs got converted",
        either(_share(_nf_third(False)), _share(_nf_third(True))),
        (*_NF_USES, "down", "third_down_converted", "third_down_failed", "ydstogo", "yards_gained"),
    ),
    Q(
        "do plays that gain more yards have higher epa",
        either(_nf_pairs(False), _nf_pairs(True)),
        (*_NF_USES, "yards_gained", "epa"),
    ),
]


HELDOUT102: list[Dataset] = [
    Dataset("splitwise_group_export", _splitwise_frame, _SPLITWISE_QS),
    Dataset("uber_rider_trips", _uber_frame, _UBER_QS),
    Dataset("airbnb_host_transaction_history", _airbnb_frame, _AIRBNB_QS),
    Dataset("surveymonkey_export", _surveymonkey_frame, _SURVEYMONKEY_QS),
    Dataset("ecb_euro_reference_rates", _ecb_frame, _ECB_QS),
    Dataset("nyc_dob_job_filings", _dob_frame, _DOB_QS),
    Dataset("nflfastr_play_by_play", _nfl_frame, _NFL_QS),
]
