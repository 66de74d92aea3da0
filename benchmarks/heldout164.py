"""HELDOUT164: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a FreeAgent bank account transactions export
(one UK sole trader's "Business Current Account", April 2023 to March 2024) with "Dated On" as "15/03/2024", "Bank
Account", Description (upper case as the bank feed writes it, some with trailing spaces: "CARD PAYMENT TO ADOBE
*CREATIVE CLD", "FASTER PAYMENT FROM NORTHWIND STUDIO LTD REF INV-0042"), Amount in pounds (money out negative),
"Unexplained Amount" (the whole amount while unexplained, else 0), Category (Sales, Computer Software, Travel,
"Accommodation and Meals", Telephone, "Bank/Finance Charges", "Money Paid to User", "Computer Equipment", VAT,
"Corporation Tax"; blank while unexplained) and Status (Explained, "For Approval", Unexplained); a Tally form
responses export of a customer survey (January to April 2024) with "Submission ID" and "Respondent ID" (short
random codes, some respondents submitting twice), "Submitted at" as "2024-01-08 09:14:55", "What's your name?" (blank
for some), "Email", "How did you hear about us?", "How satisfied are you with our product?" (1-5, blank for a few),
"Which features do you use?" (comma-joined choices, blank for some), "How likely are you to recommend us to a
friend?" (0-10), "Company size" ("Just me", "2-10", "11-50", "51-200", "201+") and "Anything else you'd like to
share?" (mostly blank); a Wahoo ELEMNT / Wahoo app workout summary export (2022-2023) with "Workout Name", "Start
Time" as "2022-03-14 07:02:11", "Workout Type" (Biking, Indoor Biking, Mountain Biking), Device ("ELEMNT BOLT",
"ELEMNT ROAM", "KICKR"), "Duration (s)", "Moving Time (s)", "Distance (m)" (0 for a few indoor rides without a speed
sensor), "Ascent (m)", "Avg Speed (km/h)", "Max Speed (km/h)", "Avg HR (bpm)" and "Max HR (bpm)" (blank without a
strap), "Avg Power (W)", "NP (W)" and TSS (blank without a power meter, always on mountain bike rides), "Avg Cadence
(rpm)" and "Calories (kcal)"; a Shopify abandoned checkouts export (a coffee shop, 2024) with one row per line item
where only the first row of a checkout carries the totals, Id (repeated), Email (blank for some), "Accepts
Marketing" (yes/no), Currency (USD), Subtotal, Shipping, Taxes, Total, "Discount Code", "Discount Amount",
"Shipping Method", "Created at" as "2024-02-11 14:05:33 -0500", "Lineitem quantity", "Lineitem name", "Lineitem
price", "Lineitem sku", "Billing Name", "Billing Country" and "Shipping Country" (codes US, CA, GB, AU) and
"Abandoned Checkout URL"; NYC DOHMH rodent inspections (2019-2023) with INSPECTION_TYPE (Initial, Compliance, BAIT,
CLEAN_UPS), JOB_TICKET_OR_WORK_ORDER_ID, JOB_ID ("PO1234567"), JOB_PROGRESS, BBL, BORO_CODE, BLOCK, LOT,
HOUSE_NUMBER, STREET_NAME (upper case), ZIP_CODE (blank or 0 for some), X_COORD, Y_COORD, LATITUDE and LONGITUDE
(0 for some), BOROUGH (Manhattan, Bronx, Brooklyn, Queens, Staten Island), INSPECTION_DATE and APPROVED_DATE as
"03/15/2023 10:22:00 AM", RESULT ("Passed", "Rat Activity", "Failed for Other R", "Bait applied", "Monitoring
visit", "Cleanup done") and "COMMUNITY BOARD"; EIA weekly U.S. petroleum stocks as a wide table (Fridays 2015-2024,
newest first) with Date as "Dec 27, 2024" and seven series in thousand barrels named as EIA names them, with the
double space before the unit ("Weekly U.S. Ending Stocks of Crude Oil  (Thousand Barrels)", "... excluding SPR of
Crude Oil ...", "... of Crude Oil in SPR ...", "... of Total Gasoline ...", "... of Distillate Fuel Oil ...",
"... of Kerosene-Type Jet Fuel ..." (blank for a few weeks) and "... of Propane and Propylene ..."); and WHO
provisional monthly measles and rubella surveillance in long form (30 countries, 2019-2024) with region (AFRO, AMRO,
EMRO, EURO, SEARO, WPRO), iso3, country, year, month (1-12), measles_suspect, measles_clinical, measles_epi_linked,
measles_lab_confirmed, measles_total, rubella_clinical, rubella_epi_linked, rubella_lab_confirmed, rubella_total and
discarded (all blank for country-months not reported). All are generated with fixed seeds 16401-16407.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _text, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, corr_of, either, has
from .offline_eval import about as _about
from .offline_eval import month_names as _month_names
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions ("£1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _month(value: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month by name ("February", "Feb")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(value(df))
        ok = re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE)
        return None if ok else f"missing month {m}"

    return check


def _signed(value: Callable[[pd.DataFrame], float], scales: tuple[float, ...]) -> Check:
    """A change written with or without its sign ("fell 12,300" or "-12,300")."""
    return either(
        _scaled(lambda d: abs(float(value(d))), scales),
        _scaled(lambda d: -abs(float(value(d))), scales),
    )


# --- 1. FreeAgent bank account transactions export -----------------------------------------------------------------

_FA_CLIENTS = ["NORTHWIND STUDIO LTD", "BLUE HERON MEDIA", "KESTREL DIGITAL LTD", "ACORN & OAK LLP", "FENWICK GROUP"]
# category: (descriptions, low, high, mean count a month)
_FA_OUT = {
    "Computer Software": (
        ["CARD PAYMENT TO ADOBE *CREATIVE CLD", "CARD PAYMENT TO GITHUB.COM", "NOTION LABS"],
        8,
        60,
        6,
    ),
    "Travel": (["TFL TRAVEL CH", "CARD PAYMENT TO TRAINLINE.COM", "UBER *TRIP HELP.UBER.COM"], 3, 140, 14),
    "Accommodation and Meals": (["PRET A MANGER", "CARD PAYMENT TO PREMIER INN", "LEON RESTAURANTS"], 4, 120, 9),
    "Telephone": (["DD GIFFGAFF"], 10, 25, 1),
    "Bank/Finance Charges": (["MONTHLY ACCOUNT FEE"], 5, 7, 1),
    "Money Paid to User": (["TRANSFER TO J WALSH"], 900, 2500, 2),
    "Computer Equipment": (
        ["CARD PAYMENT TO APPLE STORE R245", "AMAZON.CO.UK*2K4ND", "CURRYS PC WORLD"],
        15,
        1400,
        1.5,
    ),
}
_FA_FMT = "%d/%m/%Y"


def _freeagent_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16401)
    rows: list[tuple[pd.Timestamp, str, float, str]] = []
    months = pd.period_range("2023-04", "2024-03", freq="M")
    for month in months:
        days = month.days_in_month
        for _ in range(int(rng.poisson(7))):
            client = _one(rng, _FA_CLIENTS, [4, 3, 2, 2, 1])
            amount = round(float(rng.lognormal(7.4, 0.55)), 2)
            day = month.start_time + pd.Timedelta(days=int(rng.integers(days)))
            rows.append((day, f"FASTER PAYMENT FROM {client} REF INV-{rng.integers(1, 400):04d}", amount, "Sales"))
        for cat, (descs, low, high, per) in _FA_OUT.items():
            for _ in range(int(rng.poisson(per)) if per > 1 else 1):
                day = month.start_time + pd.Timedelta(days=int(rng.integers(days)))
                amount = -round(float(rng.uniform(low, high)), 2)
                if cat == "Bank/Finance Charges":
                    amount = -5.0 if month.month % 2 else -7.0
                rows.append((day, _one(rng, descs), amount, cat))
        if month.month in (5, 8, 11, 2):
            day = month.start_time + pd.Timedelta(days=6)
            rows.append((day, "HMRC VAT", -round(float(rng.uniform(1800, 3600)), 2), "VAT"))
    rows.append((pd.Timestamp("2024-01-02"), "HMRC CUMBERNAULD CT", -6412.80, "Corporation Tax"))
    rows.sort(key=lambda r: r[0])
    out = []
    for day, desc, amount, cat in rows:
        state = _one(rng, ["Explained", "For Approval", "Unexplained"], [80, 9, 11])
        out.append(
            {
                "Dated On": day.strftime(_FA_FMT),
                "Bank Account": "Business Current Account",
                "Description": desc + (" " * int(rng.integers(0, 3))),
                "Amount": amount,
                "Unexplained Amount": amount if state == "Unexplained" else 0.0,
                "Category": "" if state == "Unexplained" else cat,
                "Status": state,
            }
        )
    return pd.DataFrame(out)


def _fa(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(out["Dated On"], format=_FA_FMT)
    return out


def _fa_sales(d: pd.DataFrame, money_in: bool = False) -> pd.Series:
    """Sales as categorised, or every payment in (unexplained ones have no category yet)."""
    return d.loc[d["Amount"] > 0 if money_in else _text(d["Category"]) == "Sales", "Amount"]


def _fa_worst_month(d: pd.DataFrame) -> pd.Timestamp:
    x = _fa(d)
    out = x[x["Amount"] < 0].groupby(x["_day"].dt.to_period("M"))["Amount"].sum()
    return out.idxmin().to_timestamp()


_FREEAGENT_QS = [
    Q(
        "how much money came in over the whole period",
        _money(lambda d: float(d.loc[d["Amount"] > 0, "Amount"].sum())),
        ("Amount",),
    ),
    Q(
        "which category has the most money going out",
        _lead(
            _named(
                lambda d: _top(
                    -d[d["Amount"] < 0].groupby(_text(d["Category"]))["Amount"].sum().drop("", errors="ignore")
                )
            )
        ),
        ("Category", "Amount"),
    ),
    Q(
        "how many transactions still need explaining?",
        _count(lambda d: int((d["Status"] == "Unexplained").sum())),
        ("Status", "Unexplained Amount", "Category"),
    ),
    Q("which month had the biggest outgoings", _month_year(_fa_worst_month), ("Dated On", "Amount")),
    Q(
        "what's the average sale",
        either(_money(lambda d: float(_fa_sales(d).mean())), _money(lambda d: float(_fa_sales(d, True).mean()))),
        ("Category", "Amount"),
    ),
    Q(
        "and how many of those were over £3,000?",
        either(
            _count(lambda d: int((_fa_sales(d) > 3000).sum())), _count(lambda d: int((_fa_sales(d, True) > 3000).sum()))
        ),
        ("Category", "Amount"),
    ),
]


# --- 2. Tally form responses export --------------------------------------------------------------------------------

_TL_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_TL_SOURCES = ["Google", "Twitter / X", "Friend or colleague", "LinkedIn", "Product Hunt", "Other"]
_TL_FEATURES = ["Dashboards", "Integrations", "Reports", "Mobile app", "API"]
_TL_SIZES = {"Just me": 3.5, "2-10": 3.8, "11-50": 4.0, "51-200": 3.6, "201+": 3.3}
_TL_NAMES = ["Sam", "Priya", "Lucas", "Maria", "Tom", "Aisha", "Jonas", "Chloe", "Diego", "Emma", "Wei", "Noah"]
_TL_SAT = "How satisfied are you with our product?"
_TL_FEAT = "Which features do you use?"
_TL_NPS = "How likely are you to recommend us to a friend?"
_TL_SRC = "How did you hear about us?"


def _tl_code(rng: np.random.Generator) -> str:
    return "".join(_TL_CHARS[i] for i in rng.integers(len(_TL_CHARS), size=6))


def _tally_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16402)
    start = pd.Timestamp("2024-01-08")
    people: list[str] = []
    rows = []
    for _ in range(640):
        if people and rng.random() < 0.08:
            respondent = _one(rng, people)
        else:
            respondent = _tl_code(rng)
            people.append(respondent)
        size = _one(rng, list(_TL_SIZES), [22, 30, 24, 14, 10])
        sat = int(np.clip(round(rng.normal(_TL_SIZES[size], 0.9)), 1, 5))
        nps = int(np.clip(round(rng.normal(2 * sat - 0.5, 1.6)), 0, 10))
        feats = [f for f, p in zip(_TL_FEATURES, (0.7, 0.35, 0.5, 0.3, 0.15), strict=True) if rng.random() < p]
        name = _one(rng, _TL_NAMES) if rng.random() < 0.85 else ""
        rows.append(
            {
                "Submission ID": _tl_code(rng),
                "Respondent ID": respondent,
                "Submitted at": (start + pd.Timedelta(seconds=int(rng.integers(0, 113 * 86400)))).strftime(
                    "%Y-%m-%d %H:%M:%S"
                ),
                "What's your name?": name,
                "Email": f"{(name or 'user').lower()}{rng.integers(1, 999)}@example.com",
                _TL_SRC: _one(rng, _TL_SOURCES, [34, 14, 22, 12, 8, 10]),
                _TL_SAT: sat if rng.random() > 0.05 else None,
                _TL_FEAT: ", ".join(feats),
                _TL_NPS: nps,
                "Company size": size,
                "Anything else you'd like to share?": _one(rng, ["Love it!", "Pricing is a bit high", "More exports"])
                if rng.random() < 0.12
                else "",
            }
        )
    out = pd.DataFrame(rows).sort_values("Submitted at", kind="stable").reset_index(drop=True)
    out[_TL_SAT] = out[_TL_SAT].astype("Int64")
    return out


def _tl_uses(d: pd.DataFrame, blanks: bool) -> float:
    feats = _text(d[_TL_FEAT])
    has_it = feats.str.contains("Integrations", regex=False)
    return float(has_it.mean() if blanks else has_it[feats != ""].mean())


def _tl_promoters(d: pd.DataFrame, distinct: bool) -> int:
    x = d[d[_TL_NPS] >= 9]
    return int(x["Respondent ID"].nunique() if distinct else len(x))


_TALLY_QS = [
    Q(
        "how many responses came in",
        either(_count(lambda d: len(d)), _count(lambda d: int(d["Respondent ID"].nunique()))),
        ("Submission ID", "Respondent ID"),
    ),
    Q("whats the average satisfaction", _about(lambda d: float(d[_TL_SAT].mean())), (_TL_SAT,)),
    Q(
        "where do most people hear about us",
        _lead(_named(lambda d: _top(_text(d[_TL_SRC]).value_counts()))),
        (_TL_SRC,),
    ),
    Q(
        "what percent of people use integrations",
        either(_share(lambda d: _tl_uses(d, True)), _share(lambda d: _tl_uses(d, False))),
        (_TL_FEAT,),
    ),
    Q(
        "which company size is the most satisfied",
        _lead(_named(lambda d: _top(d.groupby("Company size")[_TL_SAT].mean()))),
        ("Company size", _TL_SAT),
    ),
    Q(
        "how many people gave us a 9 or 10 on the recommend question?",
        either(_count(lambda d: _tl_promoters(d, False)), _count(lambda d: _tl_promoters(d, True))),
        (_TL_NPS, "Respondent ID"),
    ),
]


# --- 3. Wahoo ELEMNT rides export ----------------------------------------------------------------------------------

_WH_POW = "Avg Power (W)"
_WH_HR = "Avg HR (bpm)"
_WH_SPEED = "Avg Speed (km/h)"
_WH_DIST = "Distance (m)"


def _wahoo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16403)
    rows = []
    for _ in range(430):
        day = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 730)))
        winter = day.month in (11, 12, 1, 2)
        kind = _one(rng, ["Biking", "Indoor Biking", "Mountain Biking"], [35, 45, 20] if winter else [65, 12, 23])
        hour = int(_one(rng, [6, 7, 12, 17, 18, 9]))
        start = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
        moving = int(rng.uniform(1800, 5400) if kind != "Biking" else rng.uniform(2400, 14400))
        total = moving + (0 if kind == "Indoor Biking" else int(rng.uniform(60, 0.25 * moving)))
        effort = rng.normal(0, 1)
        if kind == "Biking":
            speed = 27.5 + 2.5 * effort + rng.normal(0, 1.2)
            ascent = moving / 3600 * rng.uniform(150, 600)
        elif kind == "Mountain Biking":
            speed = 15.0 + 1.8 * effort + rng.normal(0, 1.0)
            ascent = moving / 3600 * rng.uniform(300, 800)
        else:
            speed = 30.0 + 2.0 * effort + rng.normal(0, 1.5)
            ascent = 0.0
        dist = speed * moving / 3.6
        if kind == "Indoor Biking" and rng.random() < 0.06:
            dist, speed = 0.0, 0.0
        hr = 138 + 9 * effort + rng.normal(0, 5) if rng.random() > 0.13 else np.nan
        power_meter = kind == "Indoor Biking" or (kind == "Biking" and rng.random() < 0.7)
        power = (205 if kind == "Indoor Biking" else 190) + 22 * effort + rng.normal(0, 10) if power_meter else np.nan
        device = "KICKR" if kind == "Indoor Biking" else _one(rng, ["ELEMNT BOLT", "ELEMNT ROAM"], [2, 1])
        name = {"Indoor Biking": "Zwift Ride", "Mountain Biking": "Trail Ride"}.get(kind, "Road Ride")
        rows.append(
            {
                "Workout Name": name,
                "Start Time": start.strftime("%Y-%m-%d %H:%M:%S"),
                "Workout Type": kind,
                "Device": device,
                "Duration (s)": total,
                "Moving Time (s)": moving,
                _WH_DIST: round(dist, 1),
                "Ascent (m)": round(ascent),
                _WH_SPEED: round(speed, 1),
                "Max Speed (km/h)": round(speed * rng.uniform(1.5, 2.4), 1) if speed else 0.0,
                _WH_HR: None if np.isnan(hr) else round(hr),
                "Max HR (bpm)": None if np.isnan(hr) else round(hr + rng.uniform(15, 35)),
                _WH_POW: None if np.isnan(power) else round(power),
                "NP (W)": None if np.isnan(power) else round(power * rng.uniform(1.03, 1.15)),
                "TSS": None if np.isnan(power) else round(moving / 3600 * 100 * (power / 250) ** 2),
                "Avg Cadence (rpm)": round(rng.normal(86 if kind != "Mountain Biking" else 72, 5)),
                "Calories (kcal)": round(moving / 3600 * rng.uniform(550, 800)),
            }
        )
    out = pd.DataFrame(rows).sort_values("Start Time", kind="stable").reset_index(drop=True)
    for col in (_WH_HR, "Max HR (bpm)", _WH_POW, "NP (W)", "TSS"):
        out[col] = out[col].astype("Int64")
    return out


def _wh_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Start Time"]).dt.to_period("M")
    return d.groupby(month)["Ascent (m)"].sum().idxmax().to_timestamp()


def _wh_power(d: pd.DataFrame) -> list[float]:
    indoor = d["Workout Type"] == "Indoor Biking"
    return [float(d.loc[indoor, _WH_POW].mean()), float(d.loc[~indoor, _WH_POW].mean())]


def _wh_km(value: Callable[[pd.DataFrame], float]) -> Check:
    """A distance in km (to about 1%) or in metres."""
    return either(_about(lambda d: value(d) / 1000), has(value, rel=0.01))


def _wh_outdoor(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Workout Type"] != "Indoor Biking"]


_WAHOO_QS = [
    Q("how far have i ridden altogether", _wh_km(lambda d: float(d[_WH_DIST].sum())), (_WH_DIST,)),
    Q("whats my longest ride", _wh_km(lambda d: float(d[_WH_DIST].max())), (_WH_DIST, "Start Time", "Workout Name")),
    Q(
        "average power indoors vs outside?",
        _about(_wh_power),
        ("Workout Type", _WH_POW),
    ),
    Q("which month did i climb the most", _month_year(_wh_month), ("Start Time", "Ascent (m)")),
    Q(
        "does my heart rate go up when i ride faster",
        either(
            corr_of(lambda d: d[_WH_HR].astype(float), lambda d: d[_WH_SPEED]),
            corr_of(lambda d: _wh_outdoor(d)[_WH_HR].astype(float), lambda d: _wh_outdoor(d)[_WH_SPEED]),
        ),
        (_WH_HR, _WH_SPEED, "Workout Type"),
    ),
    Q("how many rides have no heart rate data", _count(lambda d: int(d[_WH_HR].isna().sum())), (_WH_HR,)),
]


# --- 4. Shopify abandoned checkouts export -------------------------------------------------------------------------

_SH_PRODUCTS = {
    "Ethiopia Yirgacheffe - 250g": ("ETH-250", 16.0, 30),
    "House Blend - 1kg": ("HB-1000", 38.0, 22),
    "Decaf Colombia - 250g": ("DEC-250", 15.0, 12),
    "Pour Over Kit": ("KIT-PO", 64.0, 9),
    "Ceramic Mug": ("MUG-01", 18.0, 14),
    "Gift Card": ("GIFT", 50.0, 6),
}
_SH_COUNTRIES = {"US": (0.0, 55), "CA": (12.0, 15), "GB": (18.0, 14), "AU": (22.0, 8)}
_SH_FIRST = ["Alex", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Drew"]
_SH_LAST = ["Smith", "Nguyen", "Brown", "Garcia", "Lee", "Wilson", "Patel", "Martin", "Clark", "Lopez"]


def _shopify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16404)
    names = list(_SH_PRODUCTS)
    weights = [v[2] for v in _SH_PRODUCTS.values()]
    rows = []
    ids = np.sort(rng.choice(np.arange(31_000_000_000, 31_900_000_000), size=720, replace=False))
    for cid in ids:
        created = pd.Timestamp("2024-01-01") + pd.Timedelta(seconds=int(rng.integers(0, 365 * 86400)))
        country = _one(rng, list(_SH_COUNTRIES), [v[1] for v in _SH_COUNTRIES.values()])
        picks = rng.choice(
            len(names), size=int(_one(rng, [1, 2, 3], [60, 28, 12])), replace=False, p=np.array(weights) / sum(weights)
        )
        items = [(names[i], int(_one(rng, [1, 2, 3], [75, 20, 5]))) for i in picks]
        subtotal = round(sum(_SH_PRODUCTS[n][1] * q for n, q in items), 2)
        code = _one(rng, ["", "WELCOME10", "BREW15"], [74, 18, 8])
        discount = round(subtotal * (0.10 if code == "WELCOME10" else 0.15), 2) if code else 0.0
        shipping = (
            0.0 if country == "US" and subtotal >= 50 else (6.95 if country == "US" else _SH_COUNTRIES[country][0])
        )
        taxes = round((subtotal - discount) * (0.07 if country == "US" else 0.0), 2)
        total = round(subtotal - discount + shipping + taxes, 2)
        name = f"{_one(rng, _SH_FIRST)} {_one(rng, _SH_LAST)}"
        email = f"{name.split()[0].lower()}.{rng.integers(10, 99)}@mail.com" if rng.random() > 0.1 else ""
        marketing = "yes" if rng.random() < 0.38 else "no"
        for k, (item, qty) in enumerate(items):
            first = k == 0
            rows.append(
                {
                    "Id": int(cid),
                    "Email": email,
                    "Accepts Marketing": marketing if first else "",
                    "Currency": "USD" if first else "",
                    "Subtotal": subtotal if first else None,
                    "Shipping": shipping if first else None,
                    "Taxes": taxes if first else None,
                    "Total": total if first else None,
                    "Discount Code": code if first else "",
                    "Discount Amount": discount if first else None,
                    "Shipping Method": ("Standard" if shipping else "Free Shipping") if first else "",
                    "Created at": created.strftime("%Y-%m-%d %H:%M:%S -0500"),
                    "Lineitem quantity": qty,
                    "Lineitem name": item,
                    "Lineitem price": _SH_PRODUCTS[item][1],
                    "Lineitem sku": _SH_PRODUCTS[item][0],
                    "Billing Name": name if first else "",
                    "Billing Country": country if first else "",
                    "Shipping Country": country if first else "",
                    "Abandoned Checkout URL": f"https://beanhouse.myshopify.com/checkouts/{cid}/recover"
                    if first
                    else "",
                }
            )
    return pd.DataFrame(rows)


def _sh_first(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["Total"].notna()]


def _sh_product(by_qty: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        g = d.groupby("Lineitem name")
        return _top(g["Lineitem quantity"].sum() if by_qty else g.size())

    return value


def _sh_discount(d: pd.DataFrame) -> float:
    first = _sh_first(d)
    return float((_text(first["Discount Code"]) != "").sum() / d["Id"].nunique())


_SH_ID = ("Id",)
_SHOPIFY_QS = [
    Q(
        "how many abandoned carts do we have",
        either(_count(lambda d: int(d["Id"].nunique())), _count(lambda d: len(d))),
        _SH_ID,
    ),
    Q(
        "how much money was left in those carts",
        either(_money(lambda d: float(d["Total"].sum())), _money(lambda d: float(d["Subtotal"].sum()))),
        (*_SH_ID, "Total", "Subtotal"),
    ),
    Q(
        "which product gets left behind most often?",
        either(_lead(_named(_sh_product(True))), _lead(_named(_sh_product(False)))),
        ("Lineitem name", "Lineitem quantity", *_SH_ID),
    ),
    Q(
        "what share of them had a discount code",
        _share(_sh_discount),
        ("Discount Code", *_SH_ID),
    ),
    Q(
        "which country has the biggest average cart",
        _lead(_named(lambda d: _top(_sh_first(d).groupby("Shipping Country")["Total"].mean()))),
        ("Shipping Country", "Billing Country", "Total", "Subtotal", *_SH_ID),
    ),
    Q(
        "how many of the abandoned carts were over $100",
        either(
            _count(lambda d: int((_sh_first(d)["Total"] > 100).sum())),
            _count(lambda d: int((_sh_first(d)["Subtotal"] > 100).sum())),
        ),
        ("Total", "Subtotal", *_SH_ID),
    ),
]


# --- 5. NYC DOHMH rodent inspections -------------------------------------------------------------------------------

# borough: code, weight, rat rate, zips, streets
_RI_BOROS = {
    "Manhattan": (1, 30, 0.30, [10002, 10009, 10027, 10031, 10040], ["WEST 145 STREET", "AVENUE B", "LENOX AVENUE"]),
    "Bronx": (2, 25, 0.26, [10452, 10456, 10457, 10467], ["GRAND CONCOURSE", "WALTON AVENUE", "EAST 180 STREET"]),
    "Brooklyn": (3, 28, 0.24, [11206, 11216, 11221, 11233], ["MALCOLM X BOULEVARD", "GATES AVENUE", "FULTON STREET"]),
    "Queens": (4, 12, 0.14, [11368, 11373, 11385], ["ROOSEVELT AVENUE", "MYRTLE AVENUE", "37 AVENUE"]),
    "Staten Island": (5, 5, 0.10, [10301, 10304, 10310], ["VICTORY BOULEVARD", "BAY STREET"]),
}
_RI_FMT = "%m/%d/%Y %I:%M:%S %p"


def _rodent_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16405)
    rows = []
    year_weight = {2019: 1.0, 2020: 0.45, 2021: 0.8, 2022: 1.15, 2023: 1.3}
    boros = list(_RI_BOROS)
    for job in range(3300):
        year = int(_one(rng, list(year_weight), list(year_weight.values())))
        when = pd.Timestamp(year, 1, 1) + pd.Timedelta(minutes=int(rng.integers(0, 364 * 1440)))
        when = when.replace(hour=int(rng.integers(7, 17)))
        boro = _one(rng, boros, [v[1] for v in _RI_BOROS.values()])
        code, _, rat, zips, streets = _RI_BOROS[boro]
        kind = _one(rng, ["Initial", "BAIT", "CLEAN_UPS"], [78, 16, 6])
        block, lot = int(rng.integers(1, 9000)), int(rng.integers(1, 200))
        zip_code: Any = _one(rng, zips)
        zip_code = "" if rng.random() < 0.03 else (0 if rng.random() < 0.02 else zip_code)
        lat = 40.55 + 0.3 * rng.random() if zip_code else 0.0
        lon = -74.1 + 0.3 * rng.random() if zip_code else 0.0
        visits = [kind]
        if kind == "Initial":
            result = _one(rng, ["Rat Activity", "Passed", "Failed for Other R"], [rat, 1 - rat - 0.08, 0.08])
            results = [result]
            if result != "Passed":
                visits.append("Compliance")
                results.append(_one(rng, ["Passed", "Rat Activity", "Failed for Other R"], [60, 30, 10]))
        elif kind == "BAIT":
            results = [_one(rng, ["Bait applied", "Monitoring visit"], [80, 20])]
        else:
            results = ["Cleanup done"]
        for k, (v, res) in enumerate(zip(visits, results, strict=True)):
            at = when + pd.Timedelta(days=int(rng.integers(14, 60)) * k)
            rows.append(
                {
                    "INSPECTION_TYPE": v,
                    "JOB_TICKET_OR_WORK_ORDER_ID": 100000 + job,
                    "JOB_ID": f"PO{1200000 + job:07d}",
                    "JOB_PROGRESS": k + 1,
                    "BBL": code * 10**9 + block * 10**4 + lot,
                    "BORO_CODE": code,
                    "BLOCK": block,
                    "LOT": lot,
                    "HOUSE_NUMBER": str(int(rng.integers(1, 2500))),
                    "STREET_NAME": _one(rng, streets),
                    "ZIP_CODE": zip_code,
                    "X_COORD": int(rng.integers(980000, 1040000)) if lat else 0,
                    "Y_COORD": int(rng.integers(150000, 260000)) if lat else 0,
                    "LATITUDE": round(lat, 6),
                    "LONGITUDE": round(lon, 6),
                    "BOROUGH": boro,
                    "INSPECTION_DATE": at.strftime(_RI_FMT),
                    "RESULT": res,
                    "APPROVED_DATE": (at + pd.Timedelta(days=int(rng.integers(0, 5)))).strftime(_RI_FMT),
                    "COMMUNITY BOARD": f"{code}{int(rng.integers(1, 13)):02d}",
                }
            )
    return pd.DataFrame(rows)


def _ri_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["INSPECTION_DATE"], format=_RI_FMT).dt.year


def _ri_rats(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["RESULT"] == "Rat Activity"]


def _ri_initial_rate(d: pd.DataFrame) -> float:
    init = d[d["INSPECTION_TYPE"] == "Initial"]
    return float((init["RESULT"] == "Rat Activity").mean())


_RODENT_QS = [
    Q("how many inspections found rats", _count(lambda d: len(_ri_rats(d))), ("RESULT",)),
    Q(
        "which borough has the most rat sightings",
        _lead(_named(lambda d: _top(_ri_rats(d)["BOROUGH"].value_counts()))),
        ("BOROUGH", "RESULT"),
    ),
    Q(
        "what share of initial inspections found rat activity?",
        _share(_ri_initial_rate),
        ("INSPECTION_TYPE", "RESULT"),
    ),
    Q(
        "which year had the most inspections",
        _lead(_year(lambda d: int(_ri_year(d).value_counts().idxmax()))),
        ("INSPECTION_DATE",),
    ),
    Q(
        "how many inspections in queens in 2022",
        _count(lambda d: int(((d["BOROUGH"] == "Queens") & (_ri_year(d) == 2022)).sum())),
        ("BOROUGH", "INSPECTION_DATE"),
    ),
    Q(
        "how many rows have no zip code",
        either(
            _count(lambda d: int(d["ZIP_CODE"].isna().sum())),
            _count(lambda d: int((d["ZIP_CODE"].isna() | (d["ZIP_CODE"] == 0)).sum())),
        ),
        ("ZIP_CODE",),
    ),
]


# --- 6. EIA weekly U.S. petroleum stocks ---------------------------------------------------------------------------


def _eia_col(what: str) -> str:
    return f"Weekly U.S. Ending Stocks {what}  (Thousand Barrels)"


_EIA_TOTAL = _eia_col("of Crude Oil")
_EIA_COMM = _eia_col("excluding SPR of Crude Oil")
_EIA_SPR = _eia_col("of Crude Oil in SPR")
_EIA_GAS = _eia_col("of Total Gasoline")
_EIA_DIST = _eia_col("of Distillate Fuel Oil")
_EIA_JET = _eia_col("of Kerosene-Type Jet Fuel")
_EIA_PROP = _eia_col("of Propane and Propylene")
_EIA_FMT = "%b %d, %Y"


def _eia_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16406)
    days = pd.date_range("2015-01-02", "2024-12-27", freq="W-FRI")
    t = np.arange(len(days))
    year = days.year.to_numpy() + (days.dayofyear.to_numpy() - 1) / 365
    season = np.cos(2 * np.pi * (days.dayofyear.to_numpy() - 45) / 365)  # high in mid February
    spr = np.interp(
        year, [2015, 2018, 2020, 2021.5, 2022.2, 2023.5, 2025], [691e3, 665e3, 635e3, 621e3, 566e3, 347e3, 395e3]
    )
    spr = spr + rng.normal(0, 400, len(t))
    comm = np.interp(
        year,
        [2015, 2017.2, 2018.5, 2020.2, 2020.5, 2021.8, 2023, 2025],
        [385e3, 535e3, 405e3, 455e3, 540e3, 420e3, 455e3, 420e3],
    )
    comm = (
        comm
        + 8000 * np.cos(2 * np.pi * (days.dayofyear.to_numpy() - 150) / 365)
        + np.cumsum(rng.normal(0, 1500, len(t))) * 0.3
    )
    gas = 236e3 + 14e3 * season + rng.normal(0, 2500, len(t))
    dist = (
        135e3
        + 12e3 * np.cos(2 * np.pi * (days.dayofyear.to_numpy() - 20) / 365)
        - 1800 * (year - 2015)
        + rng.normal(0, 3000, len(t))
    )
    jet = 42e3 + 2500 * np.sin(2 * np.pi * year) + rng.normal(0, 1200, len(t))
    prop = (
        70e3
        + 25e3 * np.cos(2 * np.pi * (days.dayofyear.to_numpy() - 285) / 365)
        + 1500 * (year - 2015)
        + rng.normal(0, 2500, len(t))
    )
    out = pd.DataFrame(
        {
            "Date": days.strftime(_EIA_FMT),
            _EIA_TOTAL: (np.round(comm) + np.round(spr)).astype(int),
            _EIA_COMM: np.round(comm).astype(int),
            _EIA_SPR: np.round(spr).astype(int),
            _EIA_GAS: np.round(gas).astype(int),
            _EIA_DIST: np.round(dist).astype(int),
            _EIA_JET: np.round(jet).astype(int),
            _EIA_PROP: np.round(prop).astype(int),
        }
    )
    out[_EIA_JET] = out[_EIA_JET].astype("Int64")
    out.loc[rng.choice(len(out), size=7, replace=False), _EIA_JET] = pd.NA
    return out.iloc[::-1].reset_index(drop=True)


def _eia(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_day"] = pd.to_datetime(out["Date"], format=_EIA_FMT)
    return out.sort_values("_day")


def _eia_change(d: pd.DataFrame, from_2019: bool) -> float:
    x = _eia(d)
    y20 = x[x["_day"].dt.year == 2020]
    start = x[x["_day"].dt.year == 2019].iloc[-1] if from_2019 else y20.iloc[0]
    return float(y20.iloc[-1][_EIA_COMM] - start[_EIA_COMM])


def _eia_change_pct(d: pd.DataFrame, from_2019: bool) -> float:
    x = _eia(d)
    y20 = x[x["_day"].dt.year == 2020]
    start = x[x["_day"].dt.year == 2019].iloc[-1] if from_2019 else y20.iloc[0]
    return float(y20.iloc[-1][_EIA_COMM] / start[_EIA_COMM] - 1)


def _eia_peak_month(how: str) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _eia(d)
        return int(x.groupby(x["_day"].dt.month)[_EIA_GAS].agg(how).idxmax())

    return value


_EIA_UNITS = (1e3, 1e6, 1e-3)
_EIA_QS = [
    Q(
        "what were crude oil stocks in the latest week, not counting the spr",
        _scaled(lambda d: float(_eia(d).iloc[-1][_EIA_COMM]), _EIA_UNITS),
        ("Date", _EIA_COMM),
    ),
    Q(
        "when was the spr at its lowest",
        _month_year(lambda d: _eia(d).set_index("_day")[_EIA_SPR].idxmin()),
        ("Date", _EIA_SPR),
    ),
    Q(
        "average gasoline stocks in 2022",
        _scaled(lambda d: float(_eia(d).query("_day.dt.year == 2022")[_EIA_GAS].mean()), _EIA_UNITS),
        ("Date", _EIA_GAS),
    ),
    Q(
        "how much did commercial crude stocks change over 2020",
        either(
            _signed(lambda d: _eia_change(d, False), _EIA_UNITS),
            _signed(lambda d: _eia_change(d, True), _EIA_UNITS),
            _pct(lambda d: _eia_change_pct(d, False)),
            _pct(lambda d: _eia_change_pct(d, True)),
        ),
        ("Date", _EIA_COMM),
    ),
    Q(
        "are gasoline and distillate stocks correlated",
        corr_of(lambda d: d[_EIA_GAS], lambda d: d[_EIA_DIST]),
        (_EIA_GAS, _EIA_DIST),
    ),
    Q(
        "which time of year are gasoline inventories usually highest",
        either(_month(_eia_peak_month("mean")), _month(_eia_peak_month("median"))),
        ("Date", _EIA_GAS),
    ),
]


# --- 7. WHO provisional monthly measles and rubella cases ----------------------------------------------------------

# iso3: country, region, scale of monthly measles cases
_WHO_COUNTRIES = {
    "NGA": ("Nigeria", "AFRO", 900),
    "COD": ("Democratic Republic of the Congo", "AFRO", 1400),
    "ETH": ("Ethiopia", "AFRO", 700),
    "MDG": ("Madagascar", "AFRO", 300),
    "KEN": ("Kenya", "AFRO", 120),
    "BRA": ("Brazil", "AMRO", 250),
    "MEX": ("Mexico", "AMRO", 15),
    "USA": ("United States of America", "AMRO", 20),
    "ARG": ("Argentina", "AMRO", 4),
    "PAK": ("Pakistan", "EMRO", 900),
    "AFG": ("Afghanistan", "EMRO", 600),
    "YEM": ("Yemen", "EMRO", 650),
    "IRQ": ("Iraq", "EMRO", 350),
    "SOM": ("Somalia", "EMRO", 280),
    "ROU": ("Romania", "EURO", 180),
    "UKR": ("Ukraine", "EURO", 420),
    "KAZ": ("Kazakhstan", "EURO", 200),
    "GBR": ("United Kingdom of Great Britain and Northern Ireland", "EURO", 40),
    "FRA": ("France", "EURO", 35),
    "IND": ("India", "SEARO", 1200),
    "IDN": ("Indonesia", "SEARO", 500),
    "NPL": ("Nepal", "SEARO", 60),
    "BGD": ("Bangladesh", "SEARO", 40),
    "PHL": ("Philippines", "WPRO", 650),
    "VNM": ("Viet Nam", "WPRO", 180),
    "CHN": ("China", "WPRO", 150),
    "MNG": ("Mongolia", "WPRO", 10),
    "PNG": ("Papua New Guinea", "WPRO", 20),
    "AUS": ("Australia", "WPRO", 5),
    "JPN": ("Japan", "WPRO", 8),
}


def _who_frame() -> pd.DataFrame:
    rng = np.random.default_rng(16407)
    rows = []
    for iso, (name, region, scale) in _WHO_COUNTRIES.items():
        waves = {y: float(rng.lognormal(0, 0.8)) for y in range(2019, 2025)}
        for year in range(2019, 2025):
            covid = 0.25 if year in (2020, 2021) else 1.0
            for month in range(1, 13):
                season = 1 + 0.6 * np.cos(2 * np.pi * (month - 4) / 12)
                reported = rng.random() > 0.05 and not (year == 2024 and month > 10 and rng.random() < 0.6)
                row: dict[str, Any] = {"region": region, "iso3": iso, "country": name, "year": year, "month": month}
                if reported:
                    total = int(rng.poisson(scale * waves[year] * covid * season))
                    lab = int(rng.binomial(total, 0.3 if region in ("EURO", "AMRO", "WPRO") else 0.15))
                    epi = int(rng.binomial(total - lab, 0.35))
                    clin = total - lab - epi
                    rub = int(rng.poisson(max(scale / 25, 0.5) * covid))
                    rub_lab = int(rng.binomial(rub, 0.4))
                    rub_epi = int(rng.binomial(rub - rub_lab, 0.2))
                    discarded = int(rng.poisson(total * 0.8 + 5))
                    row |= {
                        "measles_suspect": total + rub + discarded,
                        "measles_clinical": clin,
                        "measles_epi_linked": epi,
                        "measles_lab_confirmed": lab,
                        "measles_total": total,
                        "rubella_clinical": rub - rub_lab - rub_epi,
                        "rubella_epi_linked": rub_epi,
                        "rubella_lab_confirmed": rub_lab,
                        "rubella_total": rub,
                        "discarded": discarded,
                    }
                rows.append(row)
    out = pd.DataFrame(rows)
    for col in out.columns[5:]:
        out[col] = out[col].astype("Int64")
    return out


_WHO_ID = ("country", "iso3")
_WHO_QS = [
    Q(
        "how many measles cases were reported in 2023",
        _count(lambda d: int(d.loc[d["year"] == 2023, "measles_total"].sum())),
        ("year", "measles_total"),
    ),
    Q(
        "which country had the most measles cases overall",
        _lead(_named(lambda d: _top(d.groupby("country")["measles_total"].sum()))),
        (*_WHO_ID, "measles_total"),
    ),
    Q(
        "and for rubella?",
        _lead(_named(lambda d: _top(d.groupby("country")["rubella_total"].sum()))),
        (*_WHO_ID, "rubella_total"),
    ),
    Q(
        "which region had the most measles in 2019",
        _lead(_named(lambda d: _top(d[d["year"] == 2019].groupby("region")["measles_total"].sum()))),
        ("region", "year", "measles_total"),
    ),
    Q(
        "which month saw the most measles cases worldwide",
        _month_year(
            lambda d: pd.Timestamp(*(int(v) for v in d.groupby(["year", "month"])["measles_total"].sum().idxmax()), 1)
        ),
        ("year", "month", "measles_total"),
    ),
    Q(
        "what fraction of measles cases were lab confirmed",
        _share(lambda d: float(d["measles_lab_confirmed"].sum() / d["measles_total"].sum())),
        ("measles_lab_confirmed", "measles_total"),
    ),
]


HELDOUT164: list[Dataset] = [
    Dataset("freeagent_bank_transactions", _freeagent_frame, _FREEAGENT_QS),
    Dataset("tally_form_responses", _tally_frame, _TALLY_QS),
    Dataset("wahoo_rides_export", _wahoo_frame, _WAHOO_QS),
    Dataset("shopify_abandoned_checkouts", _shopify_frame, _SHOPIFY_QS),
    Dataset("nyc_rodent_inspections", _rodent_frame, _RODENT_QS),
    Dataset("eia_weekly_petroleum_stocks", _eia_frame, _EIA_QS),
    Dataset("who_measles_rubella_monthly", _who_frame, _WHO_QS),
]
