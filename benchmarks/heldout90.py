"""HELDOUT90: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of files people download and bring along: an Etsy shop's "Sold Order Items" export
(EtsySoldOrderItems2023.csv, 2022-2023, one row per item, so an order with several items repeats its Order ID, Buyer,
dates, Coupon Code, Order Shipping and Order Sales Tax) with "03/14/23" Sale Date, Date Paid and Date Shipped (blank
for the last orders not yet shipped and a few others), long listing titles as Item Name, Quantity, Price, Coupon Code
mostly blank ("SPRING15", "THANKYOU10"), Discount Amount 0 without a coupon, Item Total = Quantity x Price, Currency
USD, ten-digit Transaction ID / Listing ID / Order ID, Ship City, two-letter Ship State (blank for the UK and Germany,
provinces for Canada), Ship Zipcode, Ship Country and Variations as "Size:Large,Color:Blue" (blank for some items);
a Garmin Connect "Activities.csv" export (2021-06 to 2023-12, newest first) with Activity Type Running / Cycling /
Walking / Pool Swim / Strength Training, Date "2023-03-14 07:02:11", Favorite true / false, Title "Seattle Running",
Distance in km written "5.02" (pool swims in metres written "1,500", strength "0.00"), Calories "1,234", Time
"01:02:03", Avg HR and Max HR ("--" for a few swims), Aerobic TE, Avg Pace "5:32" per km (speed "27.3" for rides,
"2:05" per 100 m for swims, "--" for strength), Total Ascent and Total Descent ("--" for swims and strength), Steps
"6,234" ("--" for rides, swims and strength) and Number of Laps; Kaggle's Kiva crowdfunding kiva_loans.csv
(2014-01 to 2017-07) with id, funded_amount and loan_amount in multiples of 25 (funded below loan when not fully
funded), activity, sector (Agriculture, Food, Retail, ...), free-text use, country_code, country, region (some
blank), currency, partner_id as a float (blank for direct loans in the US), posted_time / disbursed_time / funded_time
as "2014-03-14 06:12:39+00:00" (funded_time blank when not funded), term_in_months, lender_count, tags (mostly
blank), borrower_genders as "female, female, male" (a few blank), repayment_interval monthly / irregular / bullet
and date "2014-03-14"; Eurostat's monthly unemployment rate (une_rt_m, seasonally adjusted, percent of the active
population) as a wide table: "geo\\time" first with codes (EU27_2020, EA20, the 27 members with EL for Greece, NO,
IS, CH, TR, US, JP), then sex T / M / F and age TOTAL / Y_LT25 / Y25-74, then one column per month from "2023M12"
back to "2015M01" (newest first), values as text such as "6.5", "6.5 p" (provisional, the last two months for many
countries), "3.2 b" (a break in series, Germany January 2020) and ":" for missing (Turkey's last three months, many
youth months for small countries); a Google Search Console "Queries.csv" performance export (1,000 rows, the cap)
with Top queries, Clicks, Impressions, CTR as "3.25%" ("0%" without clicks) and Position 1-80 with two decimals,
sorted by clicks; the eBay Kleinanzeigen used-car scrape autos.csv (March-April 2016) with dateCrawled "2016-03-24
11:52:17", name as "VW_Golf_1.6_TDI_Comfortline", seller privat / gewerblich, offerType Angebot / Gesuch, price in
euros with junk 0 and 99999999, abtest test / control, vehicleType limousine / kleinwagen / kombi / ... (blanks),
yearOfRegistration with junk such as 1000 and 9999, gearbox manuell / automatik (blanks), powerPS with 0 for
unknown, model "golf" / "3er" / "andere", kilometer rounded 5000-150000 (mostly 150000), monthOfRegistration 0-12,
fuelType benzin / diesel / lpg / elektro / hybrid / andere (blanks), brand volkswagen / bmw / mercedes_benz / ...,
notRepairedDamage ja / nein / blank, dateCreated "2016-03-24 00:00:00", nrOfPictures always 0, postalCode as a
number (leading zeros lost) and lastSeen; and a Zoom "Usage Reports: Meetings" export (January to June 2023) with
Topic (recurring series share their Meeting ID, ad hoc meetings are "Jane Doe's Zoom Meeting"), Meeting ID as
"812 3456 7890", User Name, User Email, Department (blank for a few users), Start Time and End Time as "03/14/2023
10:00:12 AM", Duration (Minutes), Participants and Source "Zoom" / "Google Calendar", ending with a "Total" row that
sums Duration (Minutes) and Participants. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _split, _text
from .heldout38 import _draw, _table
from .heldout40 import _top_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _num(s: pd.Series) -> pd.Series:
    """Numbers written as text ("1,234", "6.5 p", "3.25%", "--", ":"), anything unreadable as NaN."""
    cleaned = _text(s).str.replace(r"[,%\s]|[a-z]+$", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce")


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount (or every amount) in full or in thousands ("$4,321.50", "$4.3k")."""
    return _scaled(value, (1000.0,))


def _exact(value: Callable[[pd.DataFrame], float]) -> Check:
    """A count to the unit, however large (the closing Total row must not be counted)."""
    return has(value, rel=1e-4)


def _any_month(scores: Callable[[pd.DataFrame], pd.Series], lowest: bool = False) -> Check:
    """Any month tied for the best (or lowest) score, scores indexed by month timestamps."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        s = scores(df).dropna()
        best = s.min() if lowest else s.max()
        whys = [_month_year(lambda _d, t=t: t)(answer, df) for t in s.index[s == best]]
        return None if any(w is None for w in whys) else whys[0]

    return check


# --- 1. Etsy "Sold Order Items" export (EtsySoldOrderItems2023.csv) -----------------------------------------------

# item name: price, weight, variations ("|" between options, "" for none), digital
_ET_ITEMS: dict[str, tuple[float, float, str, bool]] = {
    "Personalized Leather Keychain, Custom Initials Gift for Him": (
        18.0,
        24,
        "Color:Brown|Color:Black|Color:Tan",
        False,
    ),
    "Minimalist Gold Name Necklace - Dainty Custom Jewelry": (
        32.0,
        20,
        "Length:16 inches,Finish:Gold|Length:18 inches,Finish:Gold|Length:18 inches,Finish:Silver",
        False,
    ),
    "Handmade Ceramic Mug, Speckled Stoneware Coffee Cup": (28.0, 14, "Size:12 oz|Size:16 oz", False),
    "Linen Tote Bag with Embroidered Wildflowers": (24.0, 10, "", False),
    "Custom Pet Portrait Digital Download": (45.0, 8, "Background:Pastel|Background:White", True),
    "Soy Wax Candle - Lavender & Sage, 8 oz": (16.0, 16, "Scent:Lavender Sage|Scent:Cedar Smoke", False),
    "Baby Name Wooden Sign, Nursery Decor": (
        38.0,
        9,
        "Size:Small,Color:White|Size:Large,Color:White|Size:Large,Color:Natural",
        False,
    ),
    "Crochet Bucket Hat, Pastel Cotton": (35.0, 7, "Size:Medium,Color:Blue|Size:Large,Color:Pink", False),
}
_ET_PLACES = (
    "United States|Austin|TX:8;United States|Los Angeles|CA:9;United States|San Diego|CA:4;United States|Brooklyn|NY:6;"
    "United States|Chicago|IL:5;United States|Seattle|WA:4;United States|Portland|OR:3;United States|Denver|CO:3;"
    "United States|Miami|FL:4;United States|Orlando|FL:3;United States|Atlanta|GA:3;United States|Columbus|OH:3;"
    "United States|Phoenix|AZ:3;United States|Charlotte|NC:2;United States|Boston|MA:3;United States|Nashville|TN:2;"
    "United States|Houston|TX:5;United States|Philadelphia|PA:3;United States|Minneapolis|MN:2;"
    "Canada|Toronto|ON:3;Canada|Vancouver|BC:2;United Kingdom|London|:3;Australia|Sydney|NSW:1.5;Germany|Berlin|:1"
)
_ET_FIRST = _split("Emily;Sarah;Jessica;Ashley;Megan;Lauren;Rachel;Amanda;Olivia;Hannah;Chris;Michael;David;Kate;Anna")
_ET_LAST = _split("Carter;Nguyen;Smith;Johnson;Garcia;Miller;Brown;Davis;Lopez;Wilson;Moore;Taylor;Clark;Lee;Hall")
_ET_COUPONS = "SPRING15:15;THANKYOU10:10;HOLIDAY20:20;WELCOME10:10"
_ET_COLUMNS = _split(
    "Sale Date;Item Name;Buyer;Quantity;Price;Coupon Code;Coupon Details;Discount Amount;Order Shipping;"
    "Order Sales Tax;Item Total;Currency;Transaction ID;Listing ID;Date Paid;Date Shipped;Ship City;Ship State;"
    "Ship Zipcode;Ship Country;Order ID;Variations"
)


def _etsy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9001)
    names = list(_ET_ITEMS)
    listing = {n: int(rng.integers(1_000_000_000, 1_600_000_000)) for n in names}
    days = pd.date_range("2022-01-01", "2023-12-31")
    weight = np.array([1.0 + 0.6 * (d.year == 2023) + 1.2 * (d.month in (11, 12)) for d in days])
    order_days = np.sort(rng.choice(len(days), 1250, p=weight / weight.sum()))
    rows: list[dict[str, Any]] = []
    used_ids: set[int] = set()
    for k, i in enumerate(order_days):
        day = days[int(i)]
        order_id = int(rng.integers(2_400_000_000, 3_100_000_000))
        buyer = f"{_one(rng, _ET_FIRST)} {_one(rng, _ET_LAST)}"
        country, city, state = _draw(rng, _ET_PLACES).split("|")
        coupon = _draw(rng, _ET_COUPONS) if rng.random() < 0.17 else ""
        pct = {"SPRING15": 0.15, "THANKYOU10": 0.10, "HOLIDAY20": 0.20, "WELCOME10": 0.10}.get(coupon, 0.0)
        n_items = int(_one(rng, [1, 2, 3], [75, 20, 5]))
        picks = rng.choice(len(names), n_items, replace=False, p=np.array([_ET_ITEMS[n][1] for n in names]) / 108)
        items = []
        for j in picks:
            name = names[int(j)]
            price, _w, variations, digital = _ET_ITEMS[name]
            qty = int(_one(rng, [1, 2, 3, 4], [80, 14, 4, 2]))
            items.append((name, price, qty, str(_one(rng, variations.split("|"))) if variations else "", digital))
        subtotal = sum(p * q for _n, p, q, _v, _d in items)
        shipping = (
            0.0 if subtotal >= 35 or all(d for *_x, d in items) else (4.5 if country == "United States" else 12.0)
        )
        tax = round(0.075 * subtotal * (1 - pct), 2) if country == "United States" else 0.0
        late = k >= len(order_days) - 35
        shipped_on = None if late or rng.random() < 0.01 else day + pd.Timedelta(days=int(rng.integers(0, 6)))
        zipcode = "" if country in ("United Kingdom", "Germany") else str(int(rng.integers(10000, 99999)))
        if country == "United Kingdom":
            zipcode = f"SW{int(rng.integers(1, 20))} {int(rng.integers(1, 9))}AB"
        for name, price, qty, variation, _digital in items:
            tid = int(rng.integers(3_000_000_000, 3_900_000_000))
            while tid in used_ids:
                tid += 1
            used_ids.add(tid)
            rows.append(
                {
                    "Sale Date": f"{day:%m/%d/%y}",
                    "Item Name": name,
                    "Buyer": buyer,
                    "Quantity": qty,
                    "Price": price,
                    "Coupon Code": coupon or None,
                    "Coupon Details": f"{coupon} - {int(pct * 100)}% off" if coupon else None,
                    "Discount Amount": round(pct * price * qty, 2),
                    "Order Shipping": shipping,
                    "Order Sales Tax": tax,
                    "Item Total": round(price * qty, 2),
                    "Currency": "USD",
                    "Transaction ID": tid,
                    "Listing ID": listing[name],
                    "Date Paid": f"{day:%m/%d/%y}",
                    "Date Shipped": None if shipped_on is None else f"{shipped_on:%m/%d/%y}",
                    "Ship City": city,
                    "Ship State": state or None,
                    "Ship Zipcode": zipcode or None,
                    "Ship Country": country,
                    "Order ID": order_id,
                    "Variations": variation or None,
                }
            )
    frame = pd.DataFrame(rows)
    return frame.iloc[::-1].reset_index(drop=True)[_ET_COLUMNS]


def _et(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_day=pd.to_datetime(d["Sale Date"], format="%m/%d/%y"))


def _et_sales(year: int, discount: bool, shipping: bool) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        e = _et(d)
        e = e[e["_day"].dt.year == year]
        out = float(e["Item Total"].sum())
        if discount:
            out -= float(e["Discount Amount"].sum())
        if shipping:
            out += float(e.drop_duplicates("Order ID")["Order Shipping"].sum())
        return out

    return total


def _et_sales_check(year: int) -> Check:
    return either(*(_money(_et_sales(year, a, b)) for a in (False, True) for b in (False, True)))


def _et_best(how: str) -> Callable[[pd.DataFrame], str]:
    def best(d: pd.DataFrame) -> str:
        g = d.groupby("Item Name")
        scores = {"qty": g["Quantity"].sum(), "revenue": g["Item Total"].sum(), "rows": g.size()}[how]
        return _top(scores)

    return best


def _et_coupon(by_order: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        e = d.drop_duplicates("Order ID") if by_order else d
        return float((_text(e["Coupon Code"]) != "").mean())

    return share


def _et_unshipped(by_order: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        e = d[_text(d["Date Shipped"]) == ""]
        return float(e["Order ID"].nunique() if by_order else len(e))

    return count


_ET_MONEY = ("Sale Date", "Item Total", "Price", "Quantity", "Discount Amount", "Order Shipping", "Order ID")
_ETSY_QS = [
    Q(
        "how many orders have i had",
        either(_count(lambda d: float(d["Order ID"].nunique())), _count(lambda d: float(len(d)))),
        ("Order ID", "Transaction ID"),
    ),
    Q(
        "whats my best seller",
        either(*(_lead(_named(_et_best(h))) for h in ("qty", "revenue", "rows"))),
        ("Item Name", "Quantity", "Item Total", "Price", "Listing ID", "Transaction ID"),
    ),
    Q("how much did i make in 2022", _et_sales_check(2022), (*_ET_MONEY, "Date Paid", "Coupon Code")),
    Q("and 2023?", _et_sales_check(2023), (*_ET_MONEY, "Date Paid", "Coupon Code")),
    Q(
        "what percent of orders used a coupon",
        either(_share(_et_coupon(True)), _share(_et_coupon(False))),
        ("Coupon Code", "Coupon Details", "Discount Amount", "Order ID", "Transaction ID"),
    ),
    Q(
        "how many orders havent shipped yet",
        either(_count(_et_unshipped(True)), _count(_et_unshipped(False))),
        ("Date Shipped", "Order ID", "Sale Date", "Date Paid", "Transaction ID"),
    ),
]


# --- 2. Garmin Connect activities export (Activities.csv) ----------------------------------------------------------

# type: weight, km (low, high) or metres for swims, HR mean, kcal per minute, minutes per km (or per 100 m)
_GA_TYPES: dict[str, tuple[float, tuple[float, float], float, float, float]] = {
    "Running": (45, (3.0, 21.5), 151, 11.5, 5.6),
    "Cycling": (20, (12.0, 85.0), 137, 9.5, 2.2),
    "Walking": (15, (2.0, 8.5), 104, 4.8, 11.0),
    "Pool Swim": (10, (800, 2500), 131, 9.0, 2.1),
    "Strength Training": (10, (0.0, 0.0), 112, 6.5, 0.0),
}
_GA_COLUMNS = _split(
    "Activity Type;Date;Favorite;Title;Distance;Calories;Time;Avg HR;Max HR;Aerobic TE;Avg Pace;Total Ascent;"
    "Total Descent;Steps;Number of Laps"
)


def _clock_text(seconds: float) -> str:
    s = round(float(seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _pace_text(minutes: float) -> str:
    s = round(float(minutes) * 60)
    return f"{s // 60}:{s % 60:02d}"


def _garmin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9002)
    days = pd.date_range("2021-06-01", "2023-12-31")
    types = list(_GA_TYPES)
    rows: list[dict[str, Any]] = []
    for day in days:
        season = 1.0 + 0.5 * (day.month in (5, 6, 7, 8, 9))
        if rng.random() > 0.62 * min(season, 1.3):
            continue
        kind = str(_one(rng, types, [_GA_TYPES[t][0] * (season if t == "Cycling" else 1.0) for t in types]))
        _w, (lo, hi), hr_mean, kcal, pace = _GA_TYPES[kind]
        start = day + pd.Timedelta(seconds=int(rng.integers(6 * 3600, 19 * 3600)))
        hr = round(float(hr_mean + rng.normal(0, 6)))
        row: dict[str, Any] = {"Activity Type": kind, "Date": f"{start:%Y-%m-%d %H:%M:%S}"}
        row["Favorite"] = "true" if rng.random() < 0.05 else "false"
        row["Title"] = f"{_one(rng, ['Seattle', 'Seattle', 'Seattle', 'Bellevue', 'Redmond'])} {kind}"
        if kind == "Pool Swim":
            metres = int(rng.integers(lo // 50, hi // 50 + 1)) * 50
            minutes = metres / 100 * (pace + rng.normal(0, 0.15))
            row |= {"Title": "Pool Swim", "Distance": f"{metres:,}", "Avg Pace": _pace_text(minutes * 100 / metres)}
            row |= {"Total Ascent": "--", "Total Descent": "--", "Steps": "--", "Number of Laps": metres // 25}
        elif kind == "Strength Training":
            minutes = float(rng.uniform(25, 70))
            row |= {"Title": "Strength", "Distance": "0.00", "Avg Pace": "--", "Total Ascent": "--"}
            row |= {"Total Descent": "--", "Steps": "--", "Number of Laps": 1}
        else:
            km = float(lo + (hi - lo) * rng.beta(1.6, 3.2))
            # faster runs come with a higher heart rate
            effort = float(rng.normal(0, 1))
            per_km = pace * (1 - 0.05 * effort) if kind != "Cycling" else 60 / (26 + 2.2 * effort)
            hr = round(float(hr_mean + 5 * effort + rng.normal(0, 3)))
            minutes = km * per_km
            climb = int(km * float(rng.uniform(4, 14)))
            row |= {"Distance": f"{km:.2f}", "Total Ascent": f"{climb:,}", "Total Descent": f"{climb:,}"}
            row["Avg Pace"] = f"{60 / per_km:.1f}" if kind == "Cycling" else _pace_text(per_km)
            row["Steps"] = "--" if kind == "Cycling" else f"{int(km * (1350 if kind == 'Walking' else 1050)):,}"
            row["Number of Laps"] = max(1, int(km // (5 if kind == "Cycling" else 1)))
        calories = int(minutes * kcal * float(rng.uniform(0.85, 1.15)))
        row["Calories"] = f"{calories:,}"
        row["Time"] = _clock_text(minutes * 60)
        if kind == "Pool Swim" and rng.random() < 0.15:
            row["Avg HR"], row["Max HR"], row["Aerobic TE"] = "--", "--", "--"
        else:
            row["Avg HR"], row["Max HR"] = hr, hr + int(rng.integers(12, 30))
            row["Aerobic TE"] = f"{min(5.0, max(0.5, 1.2 + minutes / 30 + rng.normal(0, 0.4))):.1f}"
        rows.append(row)
    frame = pd.DataFrame(rows)
    return frame.iloc[::-1].reset_index(drop=True)[_GA_COLUMNS]


def _ga(d: pd.DataFrame, kind: str) -> pd.DataFrame:
    g = d[_text(d["Activity Type"]) == kind]
    return g.assign(_day=pd.to_datetime(g["Date"]), _km=_num(g["Distance"]))


def _ga_km(kind: str, year: int | None) -> Callable[[pd.DataFrame], float]:
    def total(d: pd.DataFrame) -> float:
        g = _ga(d, kind)
        if year is not None:
            g = g[g["_day"].dt.year == year]
        return float(g["_km"].sum())

    return total


def _ga_hr(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_num(_ga(d, kind)["Avg HR"]).mean())


def _ga_months(by_km: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def scores(d: pd.DataFrame) -> pd.Series:
        g = _ga(d, "Running")
        month = g["_day"].dt.to_period("M").dt.to_timestamp()
        return g.groupby(month)["_km"].sum() if by_km else g.groupby(month).size()

    return scores


_GA_ID = ("Activity Type", "Date", "Title")
_GARMIN_QS = [
    Q(
        "how many runs have i done",
        _count(lambda d: float((_text(d["Activity Type"]) == "Running").sum())),
        _GA_ID,
    ),
    Q("how many km did i run in 2023 altogether", _about(_ga_km("Running", 2023)), (*_GA_ID, "Distance")),
    Q(
        "and on the bike?",
        either(_about(_ga_km("Cycling", 2023)), _about(_ga_km("Cycling", None))),
        (*_GA_ID, "Distance"),
    ),
    Q(
        "whats my average heart rate on runs compared to bike rides",
        both(_about(_ga_hr("Running")), _about(_ga_hr("Cycling"))),
        (*_GA_ID, "Avg HR"),
    ),
    Q(
        "which month did i run the most",
        either(_any_month(_ga_months(True)), _any_month(_ga_months(False))),
        (*_GA_ID, "Distance", "Time"),
    ),
    Q(
        "how many calories have i burned doing strength training",
        _count(lambda d: float(_num(_ga(d, "Strength Training")["Calories"]).sum())),
        (*_GA_ID, "Calories"),
    ),
]


# --- 3. Kiva crowdfunding loans (Kaggle "Data Science for Good: Kiva", kiva_loans.csv) ----------------------------

# country: code, currency, weight, share of women borrowers, share of group loans, regions, partner ids
_KV_COUNTRIES: dict[str, tuple[str, str, float, float, float, str, str]] = {
    "Philippines": ("PH", "PHP", 22, 0.95, 0.15, "Iloilo;Cebu;Negros Occidental;Palawan;Bohol", "145;126;136"),
    "Kenya": ("KE", "KES", 10, 0.7, 0.2, "Nairobi;Kisumu;Eldoret;Nakuru;Machakos", "133;156;202"),
    "Cambodia": ("KH", "USD", 6, 0.75, 0.35, "Phnom Penh;Kampong Cham;Siem Reap;Battambang", "9;311"),
    "Pakistan": ("PK", "PKR", 6, 0.85, 0.05, "Lahore;Karachi;Multan;Faisalabad", "245;247"),
    "Peru": ("PE", "PEN", 5, 0.65, 0.2, "Lima;Arequipa;Cusco;Huancayo", "71;123"),
    "Colombia": ("CO", "COP", 4, 0.6, 0.02, "Bogota;Medellin;Cali;Pasto", "154"),
    "Uganda": ("UG", "UGX", 4, 0.6, 0.25, "Kampala;Gulu;Mbarara;Jinja", "163;65"),
    "Tajikistan": ("TJ", "TJS", 3, 0.55, 0.02, "Dushanbe;Khujand;Kulob", "100;63"),
    "El Salvador": ("SV", "USD", 3, 0.6, 0.05, "San Salvador;Santa Ana;San Miguel", "81;199"),
    "Ecuador": ("EC", "USD", 2, 0.6, 0.05, "Quito;Guayaquil;Cuenca", "159"),
    "Nicaragua": ("NI", "NIO", 2, 0.6, 0.1, "Managua;Leon;Masaya", "98"),
    "Vietnam": ("VN", "VND", 2, 0.9, 0.2, "Ha Noi;Thanh Hoa;Nghe An", "160"),
    "Nigeria": ("NG", "NGN", 2, 0.7, 0.1, "Lagos;Ibadan;Kaduna", "288"),
    "Bolivia": ("BO", "BOB", 2, 0.65, 0.3, "La Paz;El Alto;Cochabamba", "48"),
    "India": ("IN", "INR", 2, 0.85, 0.05, "Bihar;Maharashtra;Odisha", "241;242"),
    "Samoa": ("WS", "WST", 1, 0.75, 0.1, "Apia;Savaii", "161"),
    "Mexico": ("MX", "MXN", 1, 0.7, 0.2, "Oaxaca;Chiapas;Puebla", "294"),
    "Ghana": ("GH", "GHS", 1.5, 0.7, 0.1, "Accra;Kumasi;Tamale", "88"),
    "Rwanda": ("RW", "RWF", 1, 0.55, 0.3, "Kigali;Musanze", "117"),
    "United States": ("US", "USD", 1, 0.4, 0.0, "", ""),
}
# sector: weight, mean loan (USD), activities, uses
_KV_SECTORS: dict[str, tuple[float, float, str, str]] = {
    "Agriculture": (26, 820, "Farming;Dairy;Pigs;Agriculture;Cattle", "to buy fertilizer and seeds;to buy a dairy cow"),
    "Food": (21, 680, "Fish Selling;Food Production/Sales;Grocery Store;Fruits & Vegetables", "to buy fish to sell"),
    "Retail": (19, 720, "General Store;Retail;Clothing Sales", "to buy more stock for her sari-sari store"),
    "Services": (7, 880, "Tailoring;Beauty Salon;Services", "to buy a new sewing machine"),
    "Personal Use": (5, 420, "Home Appliances;Personal Expenses", "to buy a water filter for her family"),
    "Housing": (5, 640, "Personal Housing Expenses;Home Energy", "to build a toilet for her family"),
    "Clothing": (5, 900, "Clothing;Sewing", "to buy fabric and thread"),
    "Education": (4, 1050, "Higher education costs;Primary/secondary school costs", "to pay for school fees"),
    "Transportation": (2.5, 880, "Motorcycle Transport;Transportation", "to repair his motorcycle"),
    "Arts": (2, 840, "Crafts;Weaving", "to buy yarn and dyes"),
    "Health": (1, 1120, "Health;Medical Clinic", "to buy medicine for her pharmacy"),
    "Construction": (1, 980, "Construction Supplies", "to buy cement and sand"),
    "Manufacturing": (1, 1000, "Furniture Making", "to buy wood and tools"),
    "Wholesale": (0.4, 1300, "Wholesale", "to buy goods in bulk"),
    "Entertainment": (0.25, 1500, "Entertainment", "to buy sound equipment"),
}
_KV_COLUMNS = _split(
    "id;funded_amount;loan_amount;activity;sector;use;country_code;country;region;currency;partner_id;posted_time;"
    "disbursed_time;funded_time;term_in_months;lender_count;tags;borrower_genders;repayment_interval;date"
)


def _kv_time(t: pd.Timestamp) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S}+00:00"


def _kiva_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9003)
    n = 3200
    countries, sectors = list(_KV_COUNTRIES), list(_KV_SECTORS)
    start, span = pd.Timestamp("2014-01-01"), (pd.Timestamp("2017-07-26") - pd.Timestamp("2014-01-01")).days
    ids = np.sort(rng.choice(np.arange(653_000, 1_340_000), n, replace=False))
    rows: list[dict[str, Any]] = []
    for i in range(n):
        country = str(_one(rng, countries, [_KV_COUNTRIES[c][2] for c in countries]))
        code, currency, _w, women, groups, regions, partners = _KV_COUNTRIES[country]
        sector = str(_one(rng, sectors, [_KV_SECTORS[s][0] for s in sectors]))
        _sw, mean, activities, uses = _KV_SECTORS[sector]
        size = int(rng.integers(2, 11)) if rng.random() < groups else 1
        scale = mean * (5 if country == "United States" else 1) * (0.6 + 0.4 * size**0.7)
        loan = max(25, round(scale * float(rng.lognormal(-0.18, 0.6)) / 25) * 25)
        posted = start + pd.Timedelta(days=int(rng.integers(0, span)), seconds=int(rng.integers(0, 86400)))
        full = rng.random() < 0.925
        funded = loan if full else int(loan * float(rng.uniform(0, 0.9)) // 25) * 25
        genders = ", ".join("female" if rng.random() < women else "male" for _ in range(size))
        rows.append(
            {
                "id": int(ids[i]),
                "funded_amount": float(funded),
                "loan_amount": float(loan),
                "activity": str(_one(rng, _split(activities))),
                "sector": sector,
                "use": str(_one(rng, _split(uses))) + ("." if rng.random() < 0.8 else ""),
                "country_code": code,
                "country": country,
                "region": str(_one(rng, _split(regions))) if regions and rng.random() < 0.9 else None,
                "currency": currency,
                "partner_id": float(_one(rng, _split(partners))) if partners else None,
                "posted_time": _kv_time(posted),
                "disbursed_time": _kv_time(posted - pd.Timedelta(days=int(rng.integers(3, 30)), hours=9)),
                "funded_time": _kv_time(posted + pd.Timedelta(hours=int(rng.integers(2, 800)))) if full else None,
                "term_in_months": float(_one(rng, [6, 8, 11, 13, 14, 20, 26], [5, 25, 10, 15, 25, 10, 5])),
                "lender_count": int(max(0, round(funded / float(rng.uniform(22, 45)) + rng.normal(0, 2)))),
                "tags": str(_one(rng, ["#Woman Owned Biz", "user_favorite", "#Parent, #Elderly", "#Eco-friendly"]))
                if rng.random() < 0.35
                else None,
                "borrower_genders": genders if rng.random() > 0.006 else None,
                "repayment_interval": str(_one(rng, ["monthly", "irregular", "bullet"], [50, 38, 12])),
                "date": f"{posted:%Y-%m-%d}",
            }
        )
    return pd.DataFrame(rows)[_KV_COLUMNS]


def _kv_top_sector(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(getattr(d.groupby("sector")["loan_amount"], how)())


def _kv_women(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        g = _text(d["borrower_genders"])
        only = g.str.split(r",\s*").map(lambda xs: all(x == "female" for x in xs)) & (g != "")
        return float(only[g != ""].mean() if known_only else only.mean())

    return share


def _kv_ph_2016(d: pd.DataFrame) -> float:
    year = pd.to_datetime(d["date"]).dt.year
    return float(((_text(d["country"]) == "Philippines") & (year == 2016)).sum())


_KIVA_QS = [
    Q("which sector gets the most loans", _lead(_named(lambda d: _top(d.groupby("sector").size()))), ("sector", "id")),
    Q(
        "which sector has the biggest loans on average",
        either(_lead(_named(_kv_top_sector("mean"))), _lead(_named(_kv_top_sector("median")))),
        ("sector", "loan_amount", "id"),
    ),
    Q(
        "what % of loans got fully funded",
        either(
            _share(lambda d: float((d["funded_amount"] >= d["loan_amount"]).mean())),
            _share(lambda d: float(d["funded_time"].notna().mean())),
        ),
        ("funded_amount", "loan_amount", "funded_time", "id"),
    ),
    Q(
        "what share of loans are to women only",
        either(_share(_kv_women(True)), _share(_kv_women(False))),
        ("borrower_genders", "id"),
    ),
    Q(
        "do bigger loans get more lenders?",
        either(
            _corr(lambda d: d["loan_amount"], lambda d: d["lender_count"]),
            _corr(lambda d: d["funded_amount"], lambda d: d["lender_count"]),
        ),
        ("loan_amount", "funded_amount", "lender_count"),
    ),
    Q(
        "how many loans went to the philippines in 2016",
        _count(_kv_ph_2016),
        ("country", "country_code", "date", "posted_time", "id"),
    ),
]


# --- 4. Eurostat monthly unemployment rate (une_rt_m), wide as downloaded -----------------------------------------

# geo: rate in January 2015, rate in December 2023, youth factor, women's extra points
_EU_GEOS: dict[str, tuple[float, float, float, float]] = {
    "EU27_2020": (10.1, 6.0, 2.2, 0.3),
    "EA20": (10.9, 6.5, 2.2, 0.3),
    "BE": (8.5, 5.6, 2.6, -0.3),
    "BG": (9.5, 4.3, 2.1, -0.5),
    "CZ": (5.5, 2.7, 2.5, 0.7),
    "DK": (6.3, 4.8, 2.1, 0.2),
    "DE": (4.8, 3.0, 1.4, -0.4),
    "EE": (6.5, 6.4, 2.3, -0.2),
    "IE": (10.2, 4.4, 2.4, -0.3),
    "EL": (25.5, 11.1, 2.0, 5.5),
    "ES": (23.5, 11.8, 2.3, 3.0),
    "FR": (10.3, 7.3, 2.4, 0.1),
    "HR": (16.5, 6.1, 2.6, 1.2),
    "IT": (12.4, 7.4, 2.7, 1.6),
    "CY": (15.5, 6.0, 2.1, 0.5),
    "LV": (10.0, 6.5, 2.0, -1.5),
    "LT": (9.5, 6.9, 2.0, -1.2),
    "LU": (6.5, 5.2, 3.0, 0.4),
    "HU": (7.0, 4.1, 2.7, 0.2),
    "MT": (5.5, 2.6, 2.4, 0.2),
    "NL": (7.0, 3.6, 2.3, 0.2),
    "AT": (5.8, 5.1, 2.0, -0.2),
    "PL": (7.8, 2.8, 3.3, 0.2),
    "PT": (13.0, 6.5, 2.9, 0.7),
    "RO": (6.8, 5.6, 3.6, -1.3),
    "SI": (9.5, 3.7, 2.6, 0.9),
    "SK": (11.8, 5.8, 3.1, 0.5),
    "FI": (9.5, 7.2, 2.3, -0.6),
    "SE": (7.6, 7.7, 2.9, -0.3),
    "NO": (4.3, 3.6, 2.5, -0.3),
    "IS": (4.0, 3.4, 2.3, 0.3),
    "CH": (4.7, 4.1, 1.8, 0.4),
    "TR": (10.3, 9.4, 1.9, 2.8),
    "US": (5.7, 3.7, 2.2, -0.1),
    "JP": (3.5, 2.6, 1.6, -0.3),
}
_EU_NAMES: dict[str, tuple[str, ...]] = {
    "ES": ("Spain",),
    "EL": ("Greece",),
    "IT": ("Italy",),
    "TR": ("Turkey", "Türkiye"),
    "SE": ("Sweden",),
    "FR": ("France",),
    "FI": ("Finland",),
}
_EU_MONTHS = [f"{p.year}M{p.month:02d}" for p in pd.period_range("2015-01", "2023-12", freq="M")][::-1]
_EU_SMALL = ("MT", "LU", "IS", "CY", "EE")


def _eurostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9004)
    n = len(_EU_MONTHS)
    t = np.arange(n)[::-1] / (n - 1)  # 0 for 2015M01, 1 for 2023M12, in column order
    months = pd.PeriodIndex([f"{m[:4]}-{m[5:]}" for m in _EU_MONTHS], freq="M")
    covid = np.array([1.1 if pd.Period("2020-04", "M") <= p <= pd.Period("2021-03", "M") else 0.0 for p in months])
    covid += np.array([0.5 if pd.Period("2021-04", "M") <= p <= pd.Period("2021-09", "M") else 0.0 for p in months])
    rows: list[dict[str, Any]] = []
    for geo, (first, last, youth, women) in _EU_GEOS.items():
        curve = first + (last - first) * (1 - (1 - t) ** 1.6) + covid * first / 9
        provisional = geo in ("EU27_2020", "EA20") or rng.random() < 0.5
        for sex in ("T", "M", "F"):
            shift = {"T": 0.0, "M": -0.45 * women, "F": 0.55 * women}[sex]
            for age in ("TOTAL", "Y_LT25", "Y25-74"):
                factor = {"TOTAL": 1.0, "Y_LT25": youth, "Y25-74": 0.88}[age]
                noise = 0.05 if geo in ("EU27_2020", "EA20") else (0.3 if age == "Y_LT25" else 0.12)
                values = np.round(np.maximum(0.8, (curve + shift) * factor + rng.normal(0, noise, n)), 1)
                row: dict[str, Any] = {"geo\\time": geo, "sex": sex, "age": age}
                for j, (m, v) in enumerate(zip(_EU_MONTHS, values, strict=True)):
                    text = f"{v:.1f}"
                    if provisional and j < 2:
                        text += " p"
                    if geo == "DE" and m == "2020M01":
                        text += " b"
                    if geo == "TR" and j < 3:
                        text = ":"
                    if age == "Y_LT25" and geo in _EU_SMALL and rng.random() < 0.2 and j >= 2:
                        text = ":"
                    if geo == "IS" and age != "TOTAL" and m < "2018M01":
                        text = ":"
                    row[m] = text
                rows.append(row)
    return pd.DataFrame(rows)


def _eu_row(d: pd.DataFrame, geo: str, sex: str = "T", age: str = "TOTAL") -> pd.Series:
    keep = (_text(d["geo\\time"]) == geo) & (_text(d["sex"]) == sex) & (_text(d["age"]) == age)
    return d[keep].iloc[0]


def _eu_value(geo: str, month: str, sex: str = "T", age: str = "TOTAL") -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_num(pd.Series([_eu_row(d, geo, sex, age)[month]])).iloc[0])


def _eu_month_cols(d: pd.DataFrame) -> list[str]:
    return [c for c in d.columns if re.fullmatch(r"\d{4}M\d{2}", str(c))]


def _eu_top_2023(d: pd.DataFrame) -> str:
    keep = (_text(d["sex"]) == "T") & (_text(d["age"]) == "TOTAL") & ~_text(d["geo\\time"]).isin(["EU27_2020", "EA20"])
    rows = d[keep].set_index("geo\\time")[[c for c in _eu_month_cols(d) if c.startswith("2023")]]
    return _top(rows.apply(_num).mean(axis=1))


def _eu_series(d: pd.DataFrame) -> pd.Series:
    row = _eu_row(d, "EU27_2020")
    cols = _eu_month_cols(d)
    values = _num(row[cols].astype(str))
    return pd.Series(values.to_numpy(), index=[pd.Timestamp(int(c[:4]), int(c[5:]), 1) for c in cols])


def _eu_missing(d: pd.DataFrame) -> float:
    return float((d[_eu_month_cols(d)].astype(str).apply(lambda s: s.str.strip()) == ":").to_numpy().sum())


_EU_ID = ("geo\\time", "sex", "age")
_EU_2023 = tuple(f"2023M{m:02d}" for m in range(1, 13))
_EU_ALL = tuple(_EU_MONTHS)
_EUROSTAT_QS = [
    Q("what was spain's unemployment rate in december 2023", _about(_eu_value("ES", "2023M12")), (*_EU_ID, "2023M12")),
    Q(
        "which country had the highest unemployment on average in 2023",
        _lead(_named(_eu_top_2023, _EU_NAMES)),
        (*_EU_ID, *_EU_2023),
    ),
    Q("when was the eu's rate at its lowest", _any_month(_eu_series, lowest=True), (*_EU_ID, *_EU_ALL)),
    Q(
        "youth unemployment in italy in the latest month?",
        _about(_eu_value("IT", "2023M12", "T", "Y_LT25")),
        (*_EU_ID, "2023M12"),
    ),
    Q("what about young women there", _about(_eu_value("IT", "2023M12", "F", "Y_LT25")), (*_EU_ID, "2023M12")),
    Q("how many values are missing", _count(_eu_missing), (*_EU_ID, *_EU_ALL)),
]


# --- 5. Google Search Console performance export (Queries.csv) -----------------------------------------------------

_GS_DISHES = _split(
    "banana bread;sourdough bread;focaccia;cinnamon rolls;chocolate chip cookies;brownies;carrot cake;pizza dough;"
    "lemon bars;apple pie;pumpkin bread;zucchini bread;blueberry muffins;scones;bagels;brioche;challah;naan;"
    "pretzels;shortbread;snickerdoodles;cheesecake;tiramisu;pancakes;waffles;croissants;english muffins;biscuits;"
    "cornbread;pita bread;dinner rolls;oatmeal cookies;red velvet cake;angel food cake;pound cake;crumble;"
    "sugar cookies;peanut butter cookies;gingerbread;baguette;rye bread;babka;cupcakes;macarons;eclairs;danish"
)
_GS_FORMS = (
    "{d} recipe:20;easy {d}:8;best {d} recipe:6;how to make {d}:7;{d}:12;{d} without eggs:2;vegan {d}:3;"
    "gluten free {d}:3;{d} calories:2;{d} recipe easy:4;healthy {d}:2;{d} in air fryer:1.5;why is my {d} dense:1;"
    "{d} near me:1;{d} history:0.5;easy {d} recipe:5;homemade {d}:3;{d} from scratch:2;{d} for beginners:1.5;"
    "mini {d}:1;{d} tips:1;{d} recipe no yeast:0.8;{d} recipe with oil:1;{d} bakewithsam:1.2;{d} recipe uk:1;"
    "{d} recipe video:0.6;{d} ideas:0.7"
)


def _gsc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9005)
    forms, weights = _table(_GS_FORMS)
    pool = [(f.format(d=dish), w) for f, w in zip(forms, weights, strict=True) for dish in _GS_DISHES]
    p = np.array([w for _q, w in pool]) * rng.uniform(0.3, 1.7, len(pool))
    picks = rng.choice(len(pool), 997, replace=False, p=p / p.sum())
    queries = ["bakewithsam", "bake with sam", "bakewithsam banana bread", *(pool[int(i)][0] for i in picks)]
    rows = []
    for k, q in enumerate(queries):
        if k < 3:
            pos = float(rng.uniform(1.0, 1.3))
            impr = int(rng.integers(800, 4000))
        else:
            pos = float(min(80.0, max(1.0, rng.lognormal(2.3, 0.8))))
            impr = int(max(1, rng.lognormal(5.0 - 0.02 * pos, 1.4)))
        ctr = 0.32 * np.exp(-0.33 * (pos - 1)) + 0.004
        if k < 3:
            ctr = 0.55
        clicks = int(rng.binomial(impr, min(0.9, ctr * float(rng.lognormal(0, 0.3)))))
        rows.append({"Top queries": q, "Clicks": clicks, "Impressions": impr, "_pos": pos})
    frame = pd.DataFrame(rows)
    frame["CTR"] = [f"{round(100 * c / i, 2):g}%" for c, i in zip(frame["Clicks"], frame["Impressions"], strict=True)]
    frame["Position"] = frame["_pos"].round(2)
    frame = frame.sort_values(["Clicks", "Impressions"], ascending=False, kind="stable", ignore_index=True)
    return frame[["Top queries", "Clicks", "Impressions", "CTR", "Position"]]


def _gs_low_ctr(d: pd.DataFrame) -> pd.Series:
    low = d[_num(d["CTR"]) < 1.0]
    return _ranked(low.set_index("Top queries")["Impressions"])


def _gs_recipe(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        r = d[_text(d["Top queries"]).str.contains("recipe")]
        if how == "weighted":
            return float((r["Position"] * r["Impressions"]).sum() / r["Impressions"].sum())
        return float(getattr(r["Position"], how)())

    return value


_GS_ID = ("Top queries",)
_GSC_QS = [
    Q("how many clicks did i get in total", _count(lambda d: float(d["Clicks"].sum())), (*_GS_ID, "Clicks")),
    Q(
        "whats my overall click through rate",
        either(
            _share(lambda d: float(d["Clicks"].sum() / d["Impressions"].sum())),
            _share(lambda d: float(_num(d["CTR"]).mean() / 100)),
        ),
        (*_GS_ID, "Clicks", "Impressions", "CTR"),
    ),
    Q(
        "how many queries am i on page 1 for",
        either(
            _count(lambda d: float((d["Position"] <= 10).sum())),
            _count(lambda d: float((d["Position"] < 10.5).sum())),
            _count(lambda d: float((d["Position"] < 11).sum())),
        ),
        (*_GS_ID, "Position"),
    ),
    Q(
        "which 5 queries have the most impressions but a ctr under 1%",
        _top_named(_gs_low_ctr, 5),
        (*_GS_ID, "Impressions", "CTR", "Clicks"),
    ),
    Q(
        "is ctr related to position?",
        _corr(lambda d: d["Position"], lambda d: _num(d["CTR"])),
        (*_GS_ID, "CTR", "Position"),
    ),
    Q(
        "whats the average position for queries with recipe in them",
        either(*(_about(_gs_recipe(h)) for h in ("mean", "median", "weighted"))),
        (*_GS_ID, "Position", "Impressions"),
    ),
]


# --- 6. Used cars from eBay Kleinanzeigen (Kaggle autos.csv) -------------------------------------------------------

# brand: weight, name prefix, models ("model|name part|base price|power"), premium factor
_AU_BRANDS: dict[str, tuple[float, str, str]] = {
    "volkswagen": (
        21,
        "VW",
        "golf|Golf|1.0;polo|Polo|0.75;passat|Passat|1.1;transporter|T5_Transporter|1.5;andere||0.9",
    ),
    "opel": (11, "Opel", "astra|Astra|0.8;corsa|Corsa|0.6;vectra|Vectra|0.7;zafira|Zafira|0.85"),
    "bmw": (11, "BMW", "3er|320d|1.4;5er|525i|1.6;1er|116i|1.2;andere||1.3"),
    "mercedes_benz": (9.5, "Mercedes_Benz", "c_klasse|C_200|1.4;e_klasse|E_220_CDI|1.6;a_klasse|A_160|0.9"),
    "audi": (8.6, "Audi", "a4|A4_Avant|1.35;a3|A3_Sportback|1.2;a6|A6|1.6"),
    "ford": (7, "Ford", "focus|Focus|0.8;fiesta|Fiesta|0.6;mondeo|Mondeo|0.85"),
    "renault": (4.8, "Renault", "twingo|Twingo|0.5;clio|Clio|0.6;megane|Megane|0.7"),
    "peugeot": (3, "Peugeot", "2_reihe|206|0.55;3_reihe|307|0.65"),
    "fiat": (2.6, "Fiat", "punto|Punto|0.5;andere|Panda|0.5"),
    "seat": (1.9, "Seat", "ibiza|Ibiza|0.7;leon|Leon|0.85"),
    "skoda": (1.6, "Skoda", "octavia|Octavia_Combi|1.0;fabia|Fabia|0.7"),
    "mazda": (1.5, "Mazda", "3_reihe|3|0.8;6_reihe|6_Kombi|0.85"),
    "smart": (1.4, "Smart", "fortwo|ForTwo|0.6"),
    "citroen": (1.4, "Citroen", "andere|Berlingo|0.6;c4|C4_Picasso|0.75"),
    "toyota": (1.3, "Toyota", "yaris|Yaris|0.8;corolla|Corolla|0.85"),
    "nissan": (1.3, "Nissan", "micra|Micra|0.6"),
    "hyundai": (1.0, "Hyundai", "i_reihe|i30|0.85"),
    "mini": (0.9, "MINI", "cooper|Cooper_S|1.2"),
    "volvo": (0.9, "Volvo", "v40|V40|0.8"),
    "sonstige_autos": (1.0, "", "|Oldtimer|1.5"),
}
_AU_SUFFIX = _split(
    "1.6_TDI_Comfortline;2.0_TDI;1.4_16V;Tuev_neu;Klima_Navi;Scheckheftgepflegt;Sport;1.2;Automatik;Kombi;"
    "zu_verkaufen;Top_Zustand;;;"
)
_AU_TYPES = "limousine:26;kleinwagen:22;kombi:18;bus:8;cabrio:6;coupe:5;suv:4;andere:1;:10"
_AU_KM = "5000:1;10000:0.8;20000:1.5;30000:1.7;40000:1.9;50000:2.2;60000:2.6;70000:2.9;80000:3.3;90000:3.7;"
_AU_KM += "100000:4.3;125000:10;150000:64"
_AU_FUELS = "benzin:60;diesel:29;lpg:1.5;cng:0.2;hybrid:0.1;elektro:0.05;andere:0.05;:9"
_AU_COLUMNS = _split(
    "dateCrawled;name;seller;offerType;price;abtest;vehicleType;yearOfRegistration;gearbox;powerPS;model;kilometer;"
    "monthOfRegistration;fuelType;brand;notRepairedDamage;dateCreated;nrOfPictures;postalCode;lastSeen"
)


def _autos_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9006)
    n = 4200
    brands = list(_AU_BRANDS)
    start = pd.Timestamp("2016-03-05")
    rows: list[dict[str, Any]] = []
    for _ in range(n):
        brand = str(_one(rng, brands, [_AU_BRANDS[b][0] for b in brands]))
        _w, prefix, models = _AU_BRANDS[brand]
        model, part, factor = str(_one(rng, _split(models))).split("|")
        year = int(np.clip(round(rng.normal(2004, 5.5)), 1978, 2016))
        km = int(_draw(rng, _AU_KM))
        fuel = _draw(rng, _AU_FUELS)
        age = 2016 - year
        value = 14000 * float(factor) * 0.86**age * (1.15 if fuel == "diesel" else 1.0) * (1.3 - km / 300000)
        price = int(np.clip(round(value * float(rng.lognormal(0, 0.35)) / 50) * 50, 200, 79000))
        if rng.random() < 0.03:
            price = 0
        elif rng.random() < 0.001:
            price = 99999999
        damage = _draw(rng, "nein:71;ja:10;:19")
        if damage == "ja" and price not in (0, 99999999):
            price = max(200, int(price * 0.55 // 50 * 50))
        shown_year = year
        if rng.random() < 0.004:
            shown_year = int(_one(rng, [1000, 9999, 1910, 5000]))
        crawled = start + pd.Timedelta(seconds=int(rng.integers(0, 33 * 86400)))
        created = (crawled - pd.Timedelta(days=int(rng.integers(0, 12)))).normalize()
        seen = crawled + pd.Timedelta(seconds=int(rng.integers(600, 25 * 86400)))
        gearbox = (
            _draw(rng, "manuell:74;automatik:20;:6")
            if brand not in ("bmw", "mercedes_benz")
            else _draw(rng, "manuell:55;automatik:40;:5")
        )
        name = "_".join(x for x in (prefix, part, str(_one(rng, _AU_SUFFIX))) if x) or "Auto"
        rows.append(
            {
                "dateCrawled": f"{crawled:%Y-%m-%d %H:%M:%S}",
                "name": name,
                "seller": "gewerblich" if rng.random() < 0.001 else "privat",
                "offerType": "Gesuch" if rng.random() < 0.002 else "Angebot",
                "price": price,
                "abtest": str(_one(rng, ["test", "control"], [52, 48])),
                "vehicleType": _draw(rng, _AU_TYPES) or None,
                "yearOfRegistration": shown_year,
                "gearbox": gearbox or None,
                "powerPS": 0 if rng.random() < 0.1 else int(max(40, 55 + 75 * float(factor) + rng.normal(0, 25))),
                "model": model or None,
                "kilometer": km,
                "monthOfRegistration": 0 if rng.random() < 0.1 else int(rng.integers(1, 13)),
                "fuelType": fuel or None,
                "brand": brand,
                "notRepairedDamage": damage or None,
                "dateCreated": f"{created:%Y-%m-%d %H:%M:%S}",
                "nrOfPictures": 0,
                "postalCode": int(rng.integers(1067, 99998)),
                "lastSeen": f"{seen:%Y-%m-%d %H:%M:%S}",
            }
        )
    return pd.DataFrame(rows)[_AU_COLUMNS]


def _au_real(d: pd.DataFrame) -> pd.DataFrame:
    """Listings with a believable price (the junk 0 and 99999999 dropped)."""
    return d[(d["price"] > 0) & (d["price"] < 99_999_999)]


def _au_fuel(fuel: str, how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        r = _au_real(d)
        return float(getattr(r.loc[_text(r["fuelType"]) == fuel, "price"], how)())

    return value


def _au_auto_share(known_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        r = d[_text(d["notRepairedDamage"]) == "ja"]
        g = _text(r["gearbox"])
        if known_only:
            g = g[g != ""]
        return float((g == "automatik").mean())

    return share


_AU_ID = ("name", "price")
_AUTOS_QS = [
    Q(
        "whats the average asking price",
        either(
            _about(lambda d: float(_au_real(d)["price"].mean())),
            _about(lambda d: float(_au_real(d)["price"].median())),
            _about(lambda d: float(d["price"].median())),
        ),
        (*_AU_ID, "offerType", "seller"),
    ),
    Q(
        "which brand shows up the most",
        _lead(_named(lambda d: _top(d.groupby("brand").size()), {"volkswagen": ("VW",)})),
        (*_AU_ID, "brand"),
    ),
    Q(
        "are diesels pricier than petrol cars? avg price for each",
        either(
            both(_about(_au_fuel("diesel", "mean")), _about(_au_fuel("benzin", "mean"))),
            both(_about(_au_fuel("diesel", "median")), _about(_au_fuel("benzin", "median"))),
        ),
        (*_AU_ID, "fuelType"),
    ),
    Q(
        "how many cars have damage that hasnt been repaired",
        _count(lambda d: float((_text(d["notRepairedDamage"]) == "ja").sum())),
        (*_AU_ID, "notRepairedDamage"),
    ),
    Q(
        "what % of those are automatic",
        either(_share(_au_auto_share(False)), _share(_au_auto_share(True))),
        (*_AU_ID, "notRepairedDamage", "gearbox"),
    ),
    Q(
        "does mileage affect the price",
        _corr(lambda d: _au_real(d)["kilometer"], lambda d: _au_real(d)["price"]),
        (*_AU_ID, "kilometer"),
    ),
]


# --- 7. Zoom "Usage Reports: Meetings" export ---------------------------------------------------------------------

# department: people, meetings per person per week, mean minutes, mean participants, share from Google Calendar
_ZM_DEPTS: dict[str, tuple[int, float, float, float, float]] = {
    "Sales": (9, 4.0, 38, 4, 0.35),
    "Customer Success": (7, 3.5, 34, 4, 0.3),
    "Engineering": (10, 2.2, 42, 7, 0.2),
    "Product": (5, 3.0, 48, 6, 0.25),
    "Marketing": (5, 2.4, 52, 6, 0.4),
    "HR": (3, 2.0, 31, 3, 0.15),
    "Finance": (3, 1.4, 57, 5, 0.1),
    "": (2, 1.5, 40, 4, 0.2),
}
_ZM_FIRST = _split("Jane;Tom;Priya;Marcus;Lena;Diego;Aisha;Kevin;Sofia;Ben;Hannah;Omar;Grace;Lucas;Mia;Noah;Ava")
_ZM_LAST = _split("Doe;Reyes;Patel;Chen;Fischer;Alvarez;Khan;Brooks;Rossi;Murphy;Kim;Hughes;Park;Silva;Ward")
_ZM_COLUMNS = _split(
    "Topic;Meeting ID;User Name;User Email;Department;Start Time;End Time;Duration (Minutes);Participants;Source"
)


def _zm_id(rng: np.random.Generator) -> str:
    return f"{int(rng.integers(810, 899))} {int(rng.integers(1000, 9999))} {int(rng.integers(1000, 9999))}"


def _zoom_frame() -> pd.DataFrame:
    rng = np.random.default_rng(9007)
    people: list[tuple[str, str, str]] = []
    used: set[str] = set()
    for dept, (count, *_rest) in _ZM_DEPTS.items():
        while sum(p[2] == dept for p in people) < count:
            name = f"{_one(rng, _ZM_FIRST)} {_one(rng, _ZM_LAST)}"
            if name not in used:
                used.add(name)
                people.append((name, f"{name.lower().replace(' ', '.')}@brightleaf.io", dept))
    days = [d for d in pd.date_range("2023-01-02", "2023-06-30") if d.day_of_week < 5]
    rows: list[dict[str, Any]] = []
    for name, email, dept in people:
        _c, per_week, minutes, crowd, google = _ZM_DEPTS[dept]
        series = [(f"Weekly Sync - {dept or 'Ops'}", _zm_id(rng), int(rng.integers(0, 5)), int(rng.integers(9, 16)))]
        if rng.random() < 0.6:
            other = str(_one(rng, [p[0] for p in people]))
            series.append((f"1:1 {name.split()[0]} / {other.split()[0]}", _zm_id(rng), int(rng.integers(0, 5)), 14))
        for day in days:
            for topic, mid, weekday, hour in series:
                if day.day_of_week == weekday and rng.random() < 0.85:
                    start = day + pd.Timedelta(hours=hour, seconds=int(rng.integers(-120, 300)))
                    one = topic.startswith("1:1")
                    rows.append(
                        {
                            "topic": topic,
                            "mid": mid,
                            "start": start,
                            "minutes": max(1, int(rng.normal(28 if one else minutes, 8))),
                            "people": 2 if one else max(2, int(rng.poisson(crowd))),
                            "source": "Google Calendar" if rng.random() < google + 0.2 else "Zoom",
                            "host": (name, email, dept),
                        }
                    )
            if rng.random() < per_week / 5 * 0.7:
                start = day + pd.Timedelta(seconds=int(rng.integers(8 * 3600, 18 * 3600)))
                rows.append(
                    {
                        "topic": str(_one(rng, [f"{name}'s Zoom Meeting", "Client call", "Quick chat", "Interview"])),
                        "mid": _zm_id(rng),
                        "start": start,
                        "minutes": max(1, int(rng.gamma(2.2, minutes / 2.2))),
                        "people": 1 if rng.random() < 0.04 else max(2, int(rng.poisson(crowd))),
                        "source": "Google Calendar" if rng.random() < google else "Zoom",
                        "host": (name, email, dept),
                    }
                )
    rows.sort(key=lambda r: r["start"], reverse=True)
    out = []
    for r in rows:
        end = r["start"] + pd.Timedelta(minutes=r["minutes"]) - pd.Timedelta(seconds=int(rng.integers(0, 59)))
        name, email, dept = r["host"]
        out.append(
            {
                "Topic": r["topic"],
                "Meeting ID": r["mid"],
                "User Name": name,
                "User Email": email,
                "Department": dept or None,
                "Start Time": f"{r['start']:%m/%d/%Y %I:%M:%S %p}",
                "End Time": f"{end:%m/%d/%Y %I:%M:%S %p}",
                "Duration (Minutes)": r["minutes"],
                "Participants": r["people"],
                "Source": r["source"],
            }
        )
    frame = pd.DataFrame(out)
    total = {c: None for c in _ZM_COLUMNS}
    total |= {"Topic": "Total", "Duration (Minutes)": int(frame["Duration (Minutes)"].sum())}
    total["Participants"] = int(frame["Participants"].sum())
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)[_ZM_COLUMNS]


def _zm(d: pd.DataFrame) -> pd.DataFrame:
    """The meetings, without the closing Total row."""
    return d[_text(d["Topic"]) != "Total"]


def _zm_length(how: str, dept: str | None) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        m = _zm(d)
        if dept is not None:
            m = m[_text(m["Department"]) == dept]
        return float(getattr(m["Duration (Minutes)"], how)())

    return value


_ZM_ID = ("Topic", "Meeting ID", "Start Time")
_ZOOM_QS = [
    Q(
        "how many meetings were there",
        either(_exact(lambda d: float(len(_zm(d)))), _exact(lambda d: float(_zm(d)["Meeting ID"].nunique()))),
        _ZM_ID,
    ),
    Q(
        "how many hours did we spend in meetings in total",
        _scaled(lambda d: float(_zm(d)["Duration (Minutes)"].sum()), (60.0,)),
        (*_ZM_ID, "Duration (Minutes)", "End Time"),
    ),
    Q(
        "which department has the most meetings",
        _lead(_named(lambda d: _top(_zm(d).groupby("Department").size()))),
        (*_ZM_ID, "Department", "User Name", "User Email"),
    ),
    Q(
        "whats the average meeting length",
        either(_about(_zm_length("mean", None)), _about(_zm_length("median", None))),
        (*_ZM_ID, "Duration (Minutes)", "End Time"),
    ),
    Q(
        "and for marketing?",
        either(_about(_zm_length("mean", "Marketing")), _about(_zm_length("median", "Marketing"))),
        (*_ZM_ID, "Duration (Minutes)", "End Time", "Department"),
    ),
    Q(
        "what share of meetings were scheduled from google calendar",
        _share(lambda d: float((_text(_zm(d)["Source"]) == "Google Calendar").mean())),
        (*_ZM_ID, "Source"),
    ),
]

HELDOUT90: list[Dataset] = [
    Dataset("etsy_sold_order_items", _etsy_frame, _ETSY_QS),
    Dataset("garmin_connect_activities", _garmin_frame, _GARMIN_QS),
    Dataset("kiva_crowdfunded_loans", _kiva_frame, _KIVA_QS),
    Dataset("eurostat_monthly_unemployment_wide", _eurostat_frame, _EUROSTAT_QS),
    Dataset("search_console_queries", _gsc_frame, _GSC_QS),
    Dataset("ebay_kleinanzeigen_used_cars", _autos_frame, _AUTOS_QS),
    Dataset("zoom_meetings_usage_report", _zoom_frame, _ZOOM_QS),
]
