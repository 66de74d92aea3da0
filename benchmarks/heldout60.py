"""HELDOUT60: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Cardiovascular Disease dataset (cardio_train.csv, a sample of 5000 patients) with gappy ids, age in days, gender
coded 1 / 2, height in cm, weight in kg as a float (62.0, 64.5), ap_hi and ap_lo blood pressures mostly written to
the nearest ten with a few impossible readings (16020, -150, 14, an ap_lo of 1000 or 8000, some pairs swapped),
cholesterol and gluc on a 1-3 scale and 0/1 smoke, alco, active and cardio flags; Kaggle's Indian Startup Funding
file (startup_funding.csv, 3000 deals from January 2015 to January 2020, newest first) with "Sr No", "Date
dd/mm/yyyy" dates ("09/01/2020", a few malformed such as "05/072018" or "22/01//2015"), Startup Name with spelling
variants ("Flipkart" / "Flipkart.com", "BYJU'S" / "Byju's"), Industry Vertical ("Consumer Internet", "eCommerce",
"E-Commerce", blanks), SubVertical, "City Location" with two spaces ("Bangalore" until 2018, "Bengaluru" after,
"Gurgaon" / "Gurugram"), comma-joined Investors Name, the misspelt InvestmentnType ("Seed Funding", "Private
Equity", "Seed/ Angel Funding", "Seed\\\\nFunding", series rounds from 2019), "Amount in USD" as text with Western
commas up to 2017 and mostly Indian ones from 2018 ("20,00,00,000") or "undisclosed" / "Undisclosed" / "unknown" /
"N/A" / blank, Flipkart's $2.5 billion round the largest, and Remarks mostly blank; TidyTuesday's Eurovision file
(eurovision.csv, 1956-2022 without 2020) with event ("Turin 2022"), host_city, year, host_country, event_url,
section ("final" up to 2003, "semi-final" 2004-2007, "first-semi-final", "second-semi-final" and "grand-final" from
2008), generated artists and songs, artist_url, image_url (blank for most early years), artist_country, ":flag_ie:"
emoji, running_order, total_points (blank in 1956, when only the winner has a rank), rank and rank_ordinal ("1st",
"22nd"), TRUE / FALSE qualified and winner (four winners in 1969), the real winners and host cities; the UCI
Automobile imports-85 file with its hyphenated header (205 cars sorted by make, "alfa-romero" and "peugot" as spelt
there, "?" for unknown normalized-losses, num-of-doors, bore, stroke, horsepower, peak-rpm and price, doors and
cylinders as words); TidyTuesday's Break Free From Plastic audits (plastics.csv, 2019 and 2020) with country names
as entered ("NIGERIA" in 2019, "Taiwan_ Republic of China (ROC)", an "EMPTY" country), parent_company rows including
"Unbranded", "null" / "NULL" and a per country-year "Grand Total" row that repeats the sum of the others,
plastic-type counts (empty, hdpe, ldpe, o, pet, pp, ps, pvc) with blanks, grand_total, num_events and volunteers
repeated on every row of a country-year (a few blank); Kaggle's Nutrition Facts for McDonald's Menu (menu.csv, 260
items in nine categories) with Serving Size written "4.8 oz (136 g)" for food and "16 fl oz cup" for drinks,
Calories, Calories from Fat, grams and "(% Daily Value)" columns, "M&M’s" with a curly apostrophe; and Montgomery
County, MD Employee Salaries 2016 (a sample of 5000) with "Last, First M." names, F / M gender (a few blank),
Current Annual Salary, 2016 Gross Pay Received (blank for late hires), 2016 Overtime Pay (blank for about half),
three-letter Department codes beside the Department Name, Division, Fulltime-Regular / Parttime-Regular assignments,
Position Title, a mostly blank Underfilled Job Title and Date First Hired as "09/22/1986", sorted by name. All are
generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _table
from .heldout39 import _fields
from .heldout40 import _number
from .heldout41 import _deal
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _tens(rng: np.random.Generator, values: np.ndarray, p: float) -> np.ndarray:
    """Whole numbers, a share `p` of them rounded to the nearest ten as people write readings down."""
    tens = rng.random(len(values)) < p
    return np.where(tens, np.round(values / 10) * 10, np.round(values)).astype(int)


def _top_of(ranking: Callable[[pd.DataFrame], pd.Series], last: bool = False) -> Callable[[pd.DataFrame], str]:
    """The first (or last) label of a ranking."""
    return lambda d: str(ranking(d).index[-1 if last else 0])


# --- 1. Cardiovascular disease (Kaggle "Cardiovascular Disease dataset", cardio_train.csv) --------------------------

# impossible readings as they turn up in the file: a digit too many or too few, a sign typed in
_CD_ODD_HI = [16020, 14020, 11500, 1420, 1500, 906, -150, -115, 14, 15, 12, 11, 13, 701]
_CD_ODD_LO = [1000, 1100, 1000, 800, 8000, 9100, 1200, 1100, 1000, 0, 10000, 1001, 809, 8500, 9011, 900, 0, 1000]


def _cardio_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6001)
    n = 5000
    ids = np.sort(rng.choice(100_000, n, replace=False))
    years = np.clip(63.9 - rng.gamma(2.5, 4.2, n) + rng.uniform(-1, 1, n), 29.6, 64.95)
    man = rng.random(n) < 0.35
    height = np.clip(np.round(np.where(man, rng.normal(169.9, 7.0, n), rng.normal(161.4, 6.4, n))), 140, 198)
    bmi = np.clip(rng.lognormal(np.log(np.where(man, 26.3, 27.5)) + 0.004 * (years - 53), 0.16, n), 16.5, 48)
    weight = bmi * (height / 100) ** 2
    halves = rng.random(n) < 0.12
    weight = np.clip(np.where(halves, np.round(weight * 2) / 2, np.round(weight)), 40, 180)
    score = 0.05 * (years - 53) + 0.07 * (bmi - 27) + rng.normal(0, 1, n)
    cuts = np.quantile(score, [0.748, 0.884])
    chol = 1 + (score > cuts[0]).astype(int) + (score > cuts[1]).astype(int)
    gluc_p = {1: [93, 4, 3], 2: [74, 16, 10], 3: [60, 12, 28]}
    gluc = np.array([int(_one(rng, [1, 2, 3], gluc_p[int(c)])) for c in chol])
    smoke = rng.random(n) < np.where(man, 0.22, 0.018)
    alco = rng.random(n) < np.where(man, 0.1, 0.025) + 0.25 * smoke
    active = rng.random(n) < 0.8
    clean_bmi = weight / (height / 100) ** 2
    sys = np.clip(125 + 0.45 * (years - 53) + 1.0 * (clean_bmi - 27) + 4 * (chol - 1) + rng.normal(0, 14, n), 85, 220)
    dia = np.clip(0.5 * sys + 18 + rng.normal(0, 6, n), 50, 140)
    ap_hi = _tens(rng, sys, 0.75)
    ap_lo = np.minimum(_tens(rng, dia, 0.8), ap_hi - 10)
    logit = 0.085 * (years - 53.3) + 0.055 * (ap_hi - 127) + 0.45 * (chol - 1) + 0.03 * (clean_bmi - 27)
    logit += 0.25 * (gluc > 1) - 0.25 * active + 0.05
    cardio = rng.random(n) < 1 / (1 + np.exp(-logit))
    odd = rng.permutation(n)
    for i, value in zip(odd[:14], _CD_ODD_HI, strict=True):
        ap_hi[i] = value
    for i in odd[14:74]:
        ap_lo[i] = int(_one(rng, _CD_ODD_LO))
    for i in odd[74:86]:
        ap_hi[i], ap_lo[i] = ap_lo[i], ap_hi[i]
    return pd.DataFrame(
        {
            "id": ids,
            "age": np.round(years * 365.25).astype(int),
            "gender": np.where(man, 2, 1),
            "height": height.astype(int),
            "weight": weight.astype(float),
            "ap_hi": ap_hi,
            "ap_lo": ap_lo,
            "cholesterol": chol,
            "gluc": gluc,
            "smoke": smoke.astype(int),
            "alco": alco.astype(int),
            "active": active.astype(int),
            "cardio": cardio.astype(int),
        }
    )


def _cd_age(days_per_year: float, whole: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        years = d["age"] / days_per_year
        return float((np.floor(years) if whole else years).mean())

    return mean


def _cd_chol_rates(d: pd.DataFrame) -> list[float]:
    by = d.groupby("cholesterol")["cardio"].mean()
    return [float(by[k]) for k in (1, 2, 3)]


def _cd_bmi_means(d: pd.DataFrame) -> list[float]:
    bmi = d["weight"] / (d["height"] / 100) ** 2
    by = bmi.groupby(d["cardio"]).mean()
    return [float(by[1]), float(by[0])]


_CD_ID = ("id", "cardio")
_CARDIO_QS = [
    Q(
        "whats the average age of the patients in years? the age column looks like its in days",
        either(
            _about(_cd_age(365.25, False), rel=0.002),
            _about(_cd_age(365.0, False), rel=0.002),
            _about(_cd_age(365.0, True), rel=0.002),
        ),
        ("id", "age"),
    ),
    Q(
        "what % of them have cardiovascular disease?",
        _share(lambda d: float(d["cardio"].mean())),
        _CD_ID,
    ),
    Q(
        "cardio rate by cholesterol level",
        _shares(_cd_chol_rates),
        (*_CD_ID, "cholesterol"),
    ),
    Q(
        "avg BMI for people with vs without cardio",
        _about(_cd_bmi_means, rel=0.003),
        (*_CD_ID, "weight", "height"),
    ),
    Q(
        "is weight correlated with height?",
        _corr(lambda d: d["weight"], lambda d: d["height"]),
        ("id", "weight", "height"),
    ),
    Q(
        "how many rows have ap_lo higher than ap_hi",
        either(
            _count(lambda d: float((d["ap_lo"] > d["ap_hi"]).sum())),
            _count(lambda d: float((d["ap_lo"] >= d["ap_hi"]).sum())),
        ),
        ("id", "ap_hi", "ap_lo"),
    ),
]


# --- 2. Indian startup funding (Kaggle "Indian Startup Funding", startup_funding.csv) ------------------------------

_SF_DATE = "Date dd/mm/yyyy"
_SF_CITY = "City  Location"
_SF_TYPE = "InvestmentnType"
_SF_AMOUNT = "Amount in USD"
_SF_NAME = "Startup Name"
_SF_YEARS = "2015:29;2016:34;2017:15.5;2018:10.5;2019:3.8;2020:1.4"
_SF_CITIES = (
    "Bangalore:27;Mumbai:19;New Delhi:13;Gurgaon:8.5;Pune:3.5;Noida:3;Hyderabad:3;Chennai:2.8;Ahmedabad:1.2;Delhi:1;"
    "Jaipur:1;Kolkata:0.7;Chandigarh:0.4;Goa:0.3;Indore:0.4;Vadodara:0.3;Bangalore/ Bangkok:0.1;US/India:0.1;"
    "New York/ India:0.1;:5.5"
)
_SF_VERTICALS = {
    2015: "Consumer Internet:38;Technology:17;eCommerce:10;Healthcare:3.5;Logistics:1.4;Education:1.3;"
    "Food & Beverage:1.2;Finance:2;ECommerce:0.6;E-Commerce:0.8;Ecommerce:0.3;:6",
    2017: "Consumer Internet:30;Technology:20;eCommerce:10;E-Commerce:3;FinTech:5;Fintech:1;Healthcare:4;EdTech:3;"
    "Logistics:2;Food & Beverage:2;Automotive:1.5;Real Estate:1.2;B2B:1;Agriculture:0.8;Media:1.2;Travel:1",
    2019: "E-Commerce:10;FinTech:12;Fintech:4;EdTech:8;E-Tech:2;Technology:10;Consumer Internet:6;Food and Beverage:5;"
    "Logistics:5;Healthcare:6;Health and Wellness:3;Automotive:4;Transportation:3;SaaS:4;AI:2;Agtech:2;"
    "Hospitality:2;Gaming:2;IT:2",
}
_SF_SUBS = {
    "consumer": "Online Food Delivery;Hyperlocal Grocery Delivery;Online Marketplace for Used Cars;Mobile Wallet;"
    "Online Travel Agency;Online Education Platform;Social Network for Students;On-demand Home Services;"
    "Online Fashion Rental;Online Doctor Consultation;Job Search Platform;Cab Aggregator;Online Ticketing",
    "tech": "Cloud based Analytics Platform;Mobile App Development;IoT Platform;SaaS based CRM;AI powered Chatbot;"
    "Video Analytics;Cyber Security Solutions;Data Analytics Platform;Online Tutoring;Digital Payments;"
    "Online Lending Platform;Personal Finance App",
    "commerce": "Online Fashion Retailer;Online Furniture Store;Online Grocery Store;Online Jewellery Marketplace;"
    "Ethnic Wear Marketplace;Online Pharmacy;Baby Products eCommerce;Online Marketplace;Refurbished Phones",
    "other": "Diagnostic Labs;Logistics Solutions;B2B Marketplace;Health Tech;Electric Vehicles;Restaurant Chain;"
    "Co-working Spaces;Test Preparation Platform;Cold Chain Logistics;Budget Hotels;Farm to Fork Supply",
}
_SF_TYPES = {
    2015: "Private Equity:47;Seed Funding:46;Seed/ Angel Funding:2;Seed / Angel Funding:1.6;Seed\\\\nFunding:1;"
    "Debt Funding:1;Crowd Funding:0.3;PrivateEquity:0.1;:0.15",
    2018: "Private Equity:40;Seed Funding:38;Seed/ Angel Funding:6;Seed / Angel Funding:4;Series A:4;Debt Funding:3;"
    "Private Equity Round:1;Angel / Seed Funding:1;Venture Round:1;Seed Round:1;:0.5",
    2019: "Series A:22;Series B:15;Seed Round:12;Private Equity:10;Series C:8;Pre-Series A:8;Series D:5;"
    "Seed Funding Round:4;Debt Funding:4;Angel Round:3;Series E:2;Corporate Round:2;Funding Round:2;Series F:1;"
    "Private Equity Round:1",
}
# type: median amount (US$) and spread of the log
_SF_SIZES = {"seed": (4.5e5, 0.9), "Series A": (5e6, 0.6), "Series B": (1.8e7, 0.6), "Series C": (4e7, 0.6)}
_SF_SIZES |= {"Series D": (7e7, 0.5), "Series E": (1.1e8, 0.5), "Series F": (1.5e8, 0.4)}
_SF_SIZES |= {"equity": (5.5e6, 1.25), "Debt Funding": (2.5e6, 1.1), "other": (2e6, 1.2)}
_SF_HIDDEN = "undisclosed:28;Undisclosed:24;:38;unknown:5;Unknown:2;N/A:3"
_SF_FUNDS = _split(
    "Sequoia Capital;Accel Partners;Kalaari Capital;SAIF Partners;Tiger Global Management;Blume Ventures;"
    "Nexus Venture Partners;Matrix Partners India;Helion Venture Partners;IDG Ventures;Indian Angel Network;"
    "Mumbai Angels;Omidyar Network;Lightspeed Venture Partners;Kae Capital;Unitus Seed Fund;India Quotient;"
    "Orios Venture Partners;Info Edge;Tencent Holdings;SoftBank Group;Naspers;Steadview Capital;Qualcomm Ventures;"
    "Chiratae Ventures;3one4 Capital;Y Combinator;LetsVenture;Venture Catalysts;Ratan Tata;Kunal Bahl;Rohit Bansal;"
    "Sachin Bansal;Binny Bansal;Anand Mahindra;Bertelsmann India Investments;Sistema Asia Fund;DST Global"
)
_SF_FIRST = _split("Rahul;Amit;Vikram;Anand;Rajesh;Sanjay;Neha;Priya;Arjun;Karan;Rohan;Sneha;Deepak;Manish;Ashish")
_SF_LAST = _split("Sharma;Gupta;Mehta;Agarwal;Reddy;Iyer;Singh;Jain;Shah;Kapoor;Nair;Bhatia;Malhotra;Rao;Verma")
_SF_FAMOUS = (
    "Ola:3;Ola Cabs:1;Paytm:3;Swiggy:3;Zomato:3;Flipkart:2;Flipkart.com:1;OYO Rooms:2;Oyo:1;BYJU'S:2;Byju's:1;"
    "Udaan:2;Zilingo:1;Grofers:2;UrbanClap:3;Urban Company:1;Lenskart:2;Nykaa:2;PolicyBazaar:2;Cars24:2;Dunzo:2;"
    "Rivigo:2;Meesho:2;ShareChat:2;Unacademy:3;CureFit:2;Delhivery:2;BigBasket:2;Practo:2;Quikr:2;Snapdeal:2;"
    "FreshMenu:2;Zoomcar:2;InMobi:1"
)
_SF_HEADS = _split(
    "Zoom;Cash;Pay;Book;Shop;Cure;Food;Home;Rent;Learn;Cab;Doc;Med;Fin;Kart;Trip;Stay;Farm;Bike;Truck;Tutor;Job;Loan;"
    "Insta;Quick;Smart;Eco;Green;Urban;Desi;Bharat;Kisan;Gyan;Dhan;Swasth;Yatra;Ghar;Mera;Chai;Tiffin"
)
_SF_TAILS = _split(
    "ify;kart;bazaar;mitra;wala;hub;ly;genie;buddy;basket;box;nest;zone;cart;pe;mate;guru;dekho;bay;ro;karo;sure;"
    "log;ster;labs;wise;kit;assist;shala"
)
_SF_REMARKS = _split(
    "Series A;Series B;Govt backed VC Fund;pre-Series A;Strategic Funding, Minority stake;Bridge Round;Late Stage;"
    "Series C;Strategic Investment;Seed Round"
)
# the largest rounds, as "date|startup|vertical|subvertical|city|investors|type|amount"
_SF_MEGA = _fields(
    "10/08/2017|Flipkart|eCommerce|Online Marketplace|Bangalore|SoftBank Group|Private Equity|2500000000;"
    "18/05/2017|Paytm|eCommerce|Mobile Wallet & ECommerce platform|Noida|SoftBank Group|Private Equity|1400000000;"
    "11/10/2017|Ola|Consumer Internet|Cab Aggregator|Bangalore|Tencent Holdings, SoftBank Group|Private Equity|"
    "1100000000;"
    "20/12/2018|Swiggy|Consumer Internet|Food Delivery Platform|Bengaluru|Naspers, Tencent Holdings, DST Global|"
    "Private Equity|1000000000;"
    "24/09/2018|OYO Rooms|Consumer Internet|Hotel Aggregator|Gurugram|SoftBank Group, Sequoia Capital|Private Equity|"
    "1000000000;"
    "22/01/2019|Udaan|B2B|B2B Trade Platform|Bengaluru|Altimeter Capital, DST Global|Series D|585000000;"
    "02/01/2020|BYJU'S|EdTech|Online Tutoring|Bengaluru|General Atlantic|Private Equity Round|200000000"
)
# how a few dates were mistyped, by year
_SF_TYPOS = {2015: ["{d}/{m}/015", "{d}/{m}//{y}", "{d}/{m}.{y}", "{d}/{m}.{y}", "{d}/{m}.{y}"], 2018: ["{d}/{m}{y}"]}


def _sf_indian(value: int) -> str:
    """An amount with Indian digit grouping: 20,00,00,000."""
    text = str(value)
    head, groups = text[:-3], [text[-3:]]
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups] if head else groups)


def _sf_size(kind: str) -> str:
    if "Seed" in kind or "Angel" in kind or "Pre-Series" in kind:
        return "seed"
    if kind in _SF_SIZES:
        return kind
    return "equity" if "Equity" in kind else "other"


def _sf_startup(rng: np.random.Generator) -> str:
    if rng.random() < 0.1:
        return _draw(rng, _SF_FAMOUS)
    name = str(_one(rng, _SF_HEADS)) + str(_one(rng, _SF_TAILS))
    return name + str(_one(rng, ["", "", "", "", "", " Technologies", ".com", ".in", " Pvt Ltd", " Labs"]))


def _sf_investors(rng: np.random.Generator, seed: bool) -> str | None:
    roll = rng.random()
    if roll < 0.01:
        return None
    if roll < 0.09:
        return "Undisclosed Investors" if roll < 0.07 else "Undisclosed investors"
    names: list[str] = []
    for _ in range(int(_one(rng, [1, 2, 3, 4], [50, 28, 15, 7]))):
        if seed and rng.random() < 0.45:
            names.append(f"{_one(rng, _SF_FIRST)} {_one(rng, _SF_LAST)}")
        else:
            names.append(str(_one(rng, _SF_FUNDS)))
    return ", ".join(dict.fromkeys(names))


def _sf_sub(rng: np.random.Generator, vertical: str) -> str:
    low = vertical.lower()
    family = "commerce" if "commerce" in low else "consumer" if "consumer" in low else "other"
    if family == "other" and any(k in low for k in ("tech", "fin", "saas", "ai", "it")):
        family = "tech"
    return str(_one(rng, _split(_SF_SUBS[family])))


def _startup_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6002)
    rows: list[dict[str, Any]] = []
    for _ in range(3000 - len(_SF_MEGA)):
        year = int(_draw(rng, _SF_YEARS))
        last = pd.Timestamp(2020, 1, 13) if year == 2020 else pd.Timestamp(year, 12, 31)
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, (last - pd.Timestamp(year, 1, 1)).days)))
        era = 2015 if year < 2017 else 2017 if year < 2019 else 2019
        vertical = _draw(rng, _SF_VERTICALS[era])
        kind = _draw(rng, _SF_TYPES[2015 if year < 2018 else year if year == 2018 else 2019])
        size = _sf_size(kind)
        median, spread = _SF_SIZES[size]
        amount = float(np.clip(rng.lognormal(np.log(median), spread), 15_000, 6e8))
        amount = int(float(f"{amount:.2g}"))
        hidden = {2018: 0.25, 2019: 0.08, 2020: 0.08}.get(year, 0.42 if size == "seed" else 0.15)
        if rng.random() < hidden:
            written = _draw(rng, _SF_HIDDEN) or None
        elif year >= 2019 or (year == 2018 and rng.random() < 0.6):
            written = _sf_indian(amount)
        else:
            written = f"{amount:,}" if rng.random() < 0.93 else str(amount)
        city = _draw(rng, _SF_CITIES)
        if year >= 2019 or (year == 2018 and rng.random() < 0.4):
            city = {"Bangalore": "Bengaluru", "Gurgaon": "Gurugram", "": "Bengaluru"}.get(city, city)
        rows.append(
            {
                "_day": day,
                _SF_DATE: f"{day:%d/%m/%Y}",
                _SF_NAME: _sf_startup(rng),
                "Industry Vertical": vertical or None,
                "SubVertical": _sf_sub(rng, vertical) if vertical and rng.random() < 0.78 else None,
                _SF_CITY: city or None,
                "Investors Name": _sf_investors(rng, size == "seed"),
                _SF_TYPE: kind or None,
                _SF_AMOUNT: written,
                "Remarks": str(_one(rng, _SF_REMARKS)) if rng.random() < 0.12 else None,
            }
        )
    for date, name, vertical, sub, city, investors, kind, value in _SF_MEGA:
        day = pd.Timestamp(f"{date[6:]}-{date[3:5]}-{date[:2]}")
        written = f"{int(value):,}" if day.year < 2018 else _sf_indian(int(value))
        rows.append(
            {
                "_day": day,
                _SF_DATE: date,
                _SF_NAME: name,
                "Industry Vertical": vertical,
                "SubVertical": sub,
                _SF_CITY: city,
                "Investors Name": investors,
                _SF_TYPE: kind,
                _SF_AMOUNT: written,
                "Remarks": None,
            }
        )
    frame = pd.DataFrame(rows).sort_values("_day", ascending=False, kind="stable").reset_index(drop=True)
    for year, forms in _SF_TYPOS.items():
        picks = rng.choice(np.flatnonzero(frame["_day"].dt.year == year), len(forms), replace=False)
        for i, form in zip(picks, forms, strict=True):
            t = frame.loc[int(i), "_day"]
            frame.loc[int(i), _SF_DATE] = form.format(d=f"{t.day:02d}", m=f"{t.month:02d}", y=t.year)
    frame.insert(0, "Sr No", np.arange(1, len(frame) + 1))
    return frame.drop(columns="_day")


def _sf_amounts(d: pd.DataFrame) -> pd.Series:
    return _number(d[_SF_AMOUNT])


def _sf_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d[_SF_DATE], format="%d/%m/%Y", errors="coerce").dt.year


def _sf_city_counts(merge: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def counts(d: pd.DataFrame) -> pd.Series:
        city = _text(d[_SF_CITY])
        if merge:
            city = city.replace({"Bengaluru": "Bangalore", "Gurugram": "Gurgaon"})
        return _ranked(city[city != ""].value_counts())

    return counts


def _sf_equity_share(fold: bool, with_blanks: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        kind = _text(d[_SF_TYPE])
        if fold:
            hit = kind.str.lower().str.replace(r"[^a-z]", "", regex=True).str.contains("privateequity")
        else:
            hit = kind == "Private Equity"
        return float(hit.sum() / (len(kind) if with_blanks else (kind != "").sum()))

    return share


def _sf_deals_by_year(d: pd.DataFrame) -> pd.Series:
    return _ranked(_sf_years(d).dropna().astype(int).value_counts())


_SF_CITY_ALIASES = {"Bangalore": ("Bengaluru", "Bengalore"), "Bengaluru": ("Bangalore",)}
_SF_ID = ("Sr No", _SF_NAME)
_STARTUP_QS = [
    Q(
        "whats the total funding amount in usd across all deals?",
        _scaled(lambda d: float(_sf_amounts(d).sum()), (1e6, 1e9)),
        (*_SF_ID, _SF_AMOUNT),
    ),
    Q(
        "and in 2019 alone?",
        _scaled(lambda d: float(_sf_amounts(d)[_sf_years(d) == 2019].sum()), (1e6, 1e9)),
        (*_SF_ID, _SF_AMOUNT, _SF_DATE),
    ),
    Q(
        "which city had the most funding deals? how many",
        both(
            _lead(_named(_top_of(_sf_city_counts(False)), _SF_CITY_ALIASES)),
            either(
                _count(lambda d: float(_sf_city_counts(False)(d).iloc[0])),
                _count(lambda d: float(_sf_city_counts(True)(d).iloc[0])),
            ),
        ),
        (*_SF_ID, _SF_CITY),
    ),
    Q(
        "what share of the deals were private equity?",
        either(*(_share(_sf_equity_share(f, b)) for f in (False, True) for b in (True, False))),
        (*_SF_ID, _SF_TYPE),
    ),
    Q(
        "plot the number of deals per year. which year was the busiest?",
        both(
            _lead(_year(lambda d: float(_sf_deals_by_year(d).index[0]))),
            _count(lambda d: float(_sf_deals_by_year(d).iloc[0])),
        ),
        (*_SF_ID, _SF_DATE),
    ),
    Q(
        "biggest single funding round - which startup and how much?",
        both(
            _lead(_named(lambda d: str(_text(d[_SF_NAME])[_sf_amounts(d).idxmax()]))),
            _scaled(lambda d: float(_sf_amounts(d).max()), (1e6, 1e9)),
        ),
        (*_SF_ID, _SF_AMOUNT),
    ),
]


# --- 3. Eurovision (TidyTuesday 2022-05-17, eurovision.csv) -------------------------------------------------------

# country|flag code|years taking part ("1956-1980,1982-1993")
_EV_COUNTRIES = _fields(
    "Switzerland|ch|1956-1994,1996-2022;Netherlands|nl|1956-1984,1986-1990,1992-1994,1996-2022;"
    "Belgium|be|1956-1993,1995-1996,1998-1999,2001-2022;Germany|de|1956-2022;France|fr|1956-1981,1983-2022;"
    "Italy|it|1956-1980,1982-1993,1997-1997,2011-2022;Luxembourg|lu|1956-1993;United Kingdom|gb|1957-2022;"
    "Denmark|dk|1957-1966,1978-1993,1995-1995,1997-1997,1999-2001,2003-2022;"
    "Austria|at|1957-1968,1971-1972,1976-1997,1999-2000,2002-2005,2007-2007,2011-2022;"
    "Sweden|se|1958-1963,1965-1969,1971-1975,1977-2022;Monaco|mc|1959-1979,2004-2006;"
    "Norway|no|1960-1969,1971-2001,2003-2022;Finland|fi|1961-1969,1971-1994,1996-1997,1999-1999,2002-2022;"
    "Spain|es|1961-2022;Yugoslavia|yu|1961-1976,1981-1984,1986-1992;"
    "Portugal|pt|1964-1969,1971-1999,2001-2002,2004-2012,2014-2015,2017-2022;"
    "Ireland|ie|1965-1982,1984-2001,2003-2022;Malta|mt|1971-1972,1975-1975,1991-2022;"
    "Israel|il|1973-1979,1981-1983,1985-1996,1998-2001,2003-2022;Greece|gr|1974-1975,1977-1981,1985-1997,2001-2022;"
    "Turkey|tr|1975-1975,1978-1979,1981-1993,1995-2012;Morocco|ma|1980-1980;Cyprus|cy|1981-1987,1989-2013,2015-2022;"
    "Iceland|is|1986-1997,1999-2001,2003-2022;Bosnia & Herzegovina|ba|1993-1999,2001-2012,2016-2016;"
    "Croatia|hr|1993-2013,2016-2022;Slovenia|si|1993-1999,2001-2022;Estonia|ee|1994-1997,1999-2022;"
    "Hungary|hu|1994-1995,1997-1997,2005-2005,2007-2019;Lithuania|lt|1994-1994,1999-2022;"
    "Poland|pl|1994-1999,2001-2001,2003-2011,2014-2022;"
    "Romania|ro|1994-1994,1996-1996,1998-1998,2000-2000,2002-2015,2017-2022;"
    "Russia|ru|1994-1995,1997-1997,2000-2016,2018-2021;Slovakia|sk|1994-1994,1996-1996,1998-1998,2009-2012;"
    "North Macedonia|mk|1998-1998,2000-2022;Latvia|lv|2000-2022;Ukraine|ua|2003-2018,2021-2022;Albania|al|2004-2022;"
    "Andorra|ad|2004-2009;Belarus|by|2004-2019;Serbia & Montenegro|cs|2004-2005;Bulgaria|bg|2005-2013,2016-2022;"
    "Moldova|md|2005-2022;Armenia|am|2006-2011,2013-2022;Georgia|ge|2007-2008,2010-2022;"
    "Czech Republic|cz|2007-2009,2015-2022;Serbia|rs|2007-2022;Montenegro|me|2007-2009,2012-2019,2022-2022;"
    "San Marino|sm|2008-2008,2011-2022;Azerbaijan|az|2008-2022;Australia|au|2015-2022"
)
# year|host city|host country|winners ("," between the four of 1969)
_EV_CONTESTS = _fields(
    "1956|Lugano|Switzerland|Switzerland;1957|Frankfurt|Germany|Netherlands;1958|Hilversum|Netherlands|France;"
    "1959|Cannes|France|Netherlands;1960|London|United Kingdom|France;1961|Cannes|France|Luxembourg;"
    "1962|Luxembourg|Luxembourg|France;1963|London|United Kingdom|Denmark;1964|Copenhagen|Denmark|Italy;"
    "1965|Naples|Italy|Luxembourg;1966|Luxembourg|Luxembourg|Austria;1967|Vienna|Austria|United Kingdom;"
    "1968|London|United Kingdom|Spain;1969|Madrid|Spain|Spain,United Kingdom,Netherlands,France;"
    "1970|Amsterdam|Netherlands|Ireland;1971|Dublin|Ireland|Monaco;1972|Edinburgh|United Kingdom|Luxembourg;"
    "1973|Luxembourg|Luxembourg|Luxembourg;1974|Brighton|United Kingdom|Sweden;1975|Stockholm|Sweden|Netherlands;"
    "1976|The Hague|Netherlands|United Kingdom;1977|London|United Kingdom|France;1978|Paris|France|Israel;"
    "1979|Jerusalem|Israel|Israel;1980|The Hague|Netherlands|Ireland;1981|Dublin|Ireland|United Kingdom;"
    "1982|Harrogate|United Kingdom|Germany;1983|Munich|Germany|Luxembourg;1984|Luxembourg|Luxembourg|Sweden;"
    "1985|Gothenburg|Sweden|Norway;1986|Bergen|Norway|Belgium;1987|Brussels|Belgium|Ireland;"
    "1988|Dublin|Ireland|Switzerland;1989|Lausanne|Switzerland|Yugoslavia;1990|Zagreb|Yugoslavia|Italy;"
    "1991|Rome|Italy|Sweden;1992|Malmö|Sweden|Ireland;1993|Millstreet|Ireland|Ireland;1994|Dublin|Ireland|Ireland;"
    "1995|Dublin|Ireland|Norway;1996|Oslo|Norway|Ireland;1997|Dublin|Ireland|United Kingdom;"
    "1998|Birmingham|United Kingdom|Israel;1999|Jerusalem|Israel|Sweden;2000|Stockholm|Sweden|Denmark;"
    "2001|Copenhagen|Denmark|Estonia;2002|Tallinn|Estonia|Latvia;2003|Riga|Latvia|Turkey;"
    "2004|Istanbul|Turkey|Ukraine;2005|Kyiv|Ukraine|Greece;2006|Athens|Greece|Finland;2007|Helsinki|Finland|Serbia;"
    "2008|Belgrade|Serbia|Russia;2009|Moscow|Russia|Norway;2010|Oslo|Norway|Germany;"
    "2011|Düsseldorf|Germany|Azerbaijan;2012|Baku|Azerbaijan|Sweden;2013|Malmö|Sweden|Denmark;"
    "2014|Copenhagen|Denmark|Austria;2015|Vienna|Austria|Sweden;2016|Stockholm|Sweden|Ukraine;"
    "2017|Kyiv|Ukraine|Portugal;2018|Lisbon|Portugal|Israel;2019|Tel Aviv|Israel|Netherlands;"
    "2021|Rotterdam|Netherlands|Italy;2022|Turin|Italy|Ukraine"
)
_EV_BIG = ("United Kingdom", "France", "Germany", "Spain")
_EV_FIRST = _split(
    "Anna;Maria;Nina;Elena;Sofia;Lena;Marie;Eva;Sanna;Kati;Ida;Lise;Sara;Natalia;Helena;Alexander;Johnny;Niels;Marco;"
    "Luca;Jan;Peter;Tom;Dima;Sergey;Nicky;Paul;Carl;Leon;Mika;Jonas;Aram;Eric;Kristian;Amir;Salvador;Duncan;Rosa;"
    "Gigliola;France;Sandie;Lys;Frida;Gitte;Vicky;Corry;Ralph;Teddy;Ani;Ivan;Zlata;Tamara;Kaliopi;Loreen;Emmelie"
)
_EV_LAST = _split(
    "Andersson;Berg;Costa;Dubois;Eriksen;Fischer;Garcia;Hansen;Ivanova;Jensen;Kovac;Lindqvist;Moreau;Novak;Olsen;"
    "Petrov;Quinn;Rossi;Schmidt;Tanaka;Urban;Vidal;Weber;Xenakis;Young;Zima;Murphy;Kelly;Nielsen;Laine;Popescu;"
    "Horvat;Demir;Levi;Papadopoulos;Silva;Martin;Lambert;Ferrari;Cohen"
)
_EV_BANDS = _split(
    "Brothers;Sisters;Band;Project;Singers;Boys;Girls;Orchestra;Collective;Trio;Duo;Family;Express;Club;Kids;Crew"
)
_EV_WORDS = _split(
    "Love;Fire;Heart;Dream;Light;Rain;Dance;Freedom;Heaven;Time;Angel;Ocean;Star;Summer;Night;Song;Party;Hope;"
    "Storm;Shadow;Miracle;River;Golden;Wild;Sweet;Little;Crazy;Lonely;Forever;Together;Higher;Running;Flying"
)
_EV_TITLES = _split(
    "Amour;Ne partez pas sans moi;Non ho l'età;Hallelujah;Diva;Molitva;Euphoria;Arcade;Toy;Heroes;Fairytale;"
    "Waterloo;Volare;Poupée de cire;Nocturne;Rise Like a Phoenix;Believe;Shady Lady;Dancing Lasha Tumbai;Soldi;"
    "Zitti e buoni;Stefania;Fuego;Dancing in the Rain;La la la;Puppet on a String;Amar pelos dois;Wild Dances"
)


def _ev_years(spans: str) -> set[int]:
    years: set[int] = set()
    for span in spans.split(","):
        a, b = span.split("-")
        years |= set(range(int(a), int(b) + 1))
    return years


def _ev_ordinal(rank: int) -> str:
    tail = "th" if 11 <= rank % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{tail}"


def _ev_slug(text: str) -> str:
    plain = text.lower().replace("ö", "o").replace("ü", "u").replace("é", "e").replace("&", "and")
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _ev_act(rng: np.random.Generator) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.6:
        artist = f"{_one(rng, _EV_FIRST)} {_one(rng, _EV_LAST)}"
    elif roll < 0.8:
        artist = str(_one(rng, _EV_FIRST))
    else:
        artist = f"{_one(rng, _EV_WORDS)} {_one(rng, _EV_BANDS)}"
    roll = rng.random()
    if roll < 0.35:
        song = str(_one(rng, _EV_TITLES))
    elif roll < 0.7:
        song = f"{_one(rng, _EV_WORDS)} {_one(rng, _EV_WORDS)}"
    else:
        song = f"{_one(rng, _EV_WORDS)} of {_one(rng, _EV_WORDS)}"
    return artist, song


def _ev_points(rng: np.random.Generator, year: int, n: int, voters: int, top: list[int]) -> np.ndarray:
    """Points for `n` songs: the budget of the year's scoring system spread by appeal, the songs at `top` first."""
    per_voter = 10 if year < 1975 else 58 if year < 2016 else 116
    appeal = rng.normal(0, 1, n)
    for rank, i in enumerate(top):
        appeal[i] = appeal.max() + 0.1 + 0.05 * rank
    weight = np.exp(0.7 * appeal)
    points = np.floor(per_voter * voters * weight / weight.sum()).astype(int)
    if year == 1969:
        others = [i for i in range(n) if i not in top]
        points[others] = np.minimum(points[others], 17)
        points[top] = 18
    return np.asarray(points, dtype=int)


def _ev_rank(rng: np.random.Generator, points: np.ndarray, shared_first: int = 1) -> np.ndarray:
    order = np.lexsort((rng.random(len(points)), -points))
    rank = np.empty(len(points), dtype=int)
    rank[order] = np.arange(1, len(points) + 1)
    rank[rank <= shared_first] = 1
    return rank


def _eurovision_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6003)
    flags = {name: code for name, code, _spans in _EV_COUNTRIES}
    active = {name: _ev_years(spans) for name, _code, spans in _EV_COUNTRIES}
    rows: list[dict[str, Any]] = []
    previous_top: list[str] = []
    for year_text, city, host, winners_text in _EV_CONTESTS:
        year, winners = int(year_text), winners_text.split(",")
        entrants = [c for c in flags if year in active[c]]
        entrants = [entrants[int(i)] for i in rng.permutation(len(entrants))]
        event = {
            "event": f"{city} {year}",
            "host_city": city,
            "year": year,
            "host_country": host,
            "event_url": f"https://eurovision.tv/event/{_ev_slug(city)}-{year}",
        }
        sections: list[tuple[str, list[str]]] = []
        auto: set[str] = set()
        if year >= 2004:
            auto = {*_EV_BIG, host} | ({"Italy"} if year >= 2011 else set())
            if year < 2008:
                auto |= set(previous_top)
            auto &= set(entrants)
            rest = [c for c in entrants if c not in auto]
            if year < 2008:
                sections.append(("semi-final", rest))
            else:
                half = len(rest) // 2
                sections += [("first-semi-final", rest[:half]), ("second-semi-final", rest[half:])]
        finalists = [c for c in entrants if year < 2004 or c in auto]
        for name, field in sections:
            top = [field.index(w) for w in winners if w in field]
            points = _ev_points(rng, year, len(field), len(field) + 3 if year >= 2008 else len(entrants), top)
            rank = _ev_rank(rng, points)
            finalists += [c for c, r in zip(field, rank, strict=True) if r <= 10]
            for k, (country, r) in enumerate(zip(field, rank, strict=True)):
                rows.append(
                    {**event, "section": name, "artist_country": country, "running_order": 0, "_k": k}
                    | {"total_points": int(points[k]), "rank": int(r), "qualified": r <= 10, "winner": False}
                )
        finalists = [finalists[int(i)] for i in rng.permutation(len(finalists))]
        final = "grand-final" if year >= 2008 else "final"
        top = [finalists.index(w) for w in winners]
        points = _ev_points(rng, year, len(finalists), len(entrants), top)
        rank = _ev_rank(rng, points, len(winners))
        previous_top = [c for c, r in zip(finalists, rank, strict=True) if r <= 10]
        for k, (country, r) in enumerate(zip(finalists, rank, strict=True)):
            rows.append(
                {**event, "section": final, "artist_country": country, "running_order": k + 1, "_k": k}
                | {"total_points": int(points[k]), "rank": int(r), "qualified": False, "winner": r == 1}
            )
    frame = pd.DataFrame(rows)
    frame["running_order"] = frame.groupby(["year", "section"])["_k"].transform(
        lambda s: pd.Series(rng.permutation(len(s)) + 1, index=s.index)
    )
    acts: dict[tuple[int, str], tuple[str, str]] = {}
    for key in zip(frame["year"], frame["artist_country"], strict=True):
        if key not in acts:
            acts[key] = _ev_act(rng)
    pairs = [acts[key] for key in zip(frame["year"], frame["artist_country"], strict=True)]
    frame["artist"] = [a for a, _s in pairs]
    frame["song"] = [s for _a, s in pairs]
    frame["artist_url"] = [
        f"https://eurovision.tv/participant/{_ev_slug(a)}-{y}"
        for a, y in zip(frame["artist"], frame["year"], strict=True)
    ]
    final_rows = frame["section"].isin(["final", "grand-final"])
    keep_image = rng.random(len(frame)) < np.where(frame["year"] >= 2000, 0.97, 0.25)
    frame["image_url"] = [
        f"https://static.eurovision.tv/hb-cgi/images/{int(rng.integers(16**10, 16**11)):x}.jpg" if k else None
        for k in keep_image
    ]
    frame["country_emoji"] = [f":flag_{flags[c]}:" for c in frame["artist_country"]]
    first = frame["year"] == 1956
    frame["total_points"] = frame["total_points"].astype("Int64").mask(first)
    frame["rank"] = frame["rank"].astype("Int64").mask(first & (frame["rank"] != 1))
    frame["rank_ordinal"] = [None if pd.isna(r) else _ev_ordinal(int(r)) for r in frame["rank"]]
    frame["qualified"] = np.where(frame["qualified"], "TRUE", "FALSE")
    frame["winner"] = np.where(frame["winner"] & final_rows, "TRUE", "FALSE")
    order = {"grand-final": 0, "final": 0, "semi-final": 1, "first-semi-final": 1, "second-semi-final": 2}
    frame["_s"] = frame["section"].map(order)
    frame = frame.sort_values(["year", "_s", "running_order"], ascending=[False, True, True], kind="stable")
    columns = _split(
        "event;host_city;year;host_country;event_url;section;artist;song;artist_url;image_url;artist_country;"
        "country_emoji;running_order;total_points;rank;rank_ordinal;qualified;winner"
    )
    return frame[columns].reset_index(drop=True)


def _ev_flag(d: pd.DataFrame, column: str) -> pd.Series:
    return _text(d[column]).str.upper() == "TRUE"


def _ev_wins(d: pd.DataFrame) -> pd.Series:
    return _ranked(_text(d["artist_country"])[_ev_flag(d, "winner")].value_counts())


def _ev_winner_mean(first: int, last: int) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        pick = _ev_flag(d, "winner") & d["year"].between(first, last)
        return float(d.loc[pick, "total_points"].mean())

    return mean


def _ev_hosts(d: pd.DataFrame) -> pd.Series:
    events = d.drop_duplicates("year")
    return _ranked(_text(events["host_city"]).value_counts())


_EV_SEMIS = ("semi-final", "first-semi-final", "second-semi-final")
_EV_ID = ("event", "year", "artist_country")
_EUROVISION_QS = [
    Q(
        "which country has won eurovision the most times?",
        both(_lead(_named(_top_of(_ev_wins))), _count(lambda d: float(_ev_wins(d).iloc[0]))),
        (*_EV_ID, "winner", "rank", "section"),
    ),
    Q(
        "how many different countries have competed overall",
        _count(lambda d: float(_text(d["artist_country"]).nunique())),
        (*_EV_ID, "country_emoji"),
    ),
    Q(
        "avg points of the winning songs since 2016?",
        has(_ev_winner_mean(2016, 2022), rel=0.002),
        (*_EV_ID, "winner", "total_points", "rank", "section"),
    ),
    Q(
        "and for 2004-2015?",
        has(_ev_winner_mean(2004, 2015), rel=0.002),
        (*_EV_ID, "winner", "total_points", "rank", "section"),
    ),
    Q(
        "what share of semi-final entries qualified for the final?",
        _share(lambda d: float(_ev_flag(d, "qualified")[_text(d["section"]).isin(_EV_SEMIS)].mean())),
        (*_EV_ID, "section", "qualified"),
    ),
    Q(
        "which city has hosted the contest the most times",
        both(_lead(_named(_top_of(_ev_hosts))), _count(lambda d: float(_ev_hosts(d).iloc[0]))),
        (*_EV_ID, "host_city", "host_country"),
    ),
]


# --- 4. Automobile (UCI "Automobile" data set, imports-85.data with its header) ------------------------------------

# make: cars, diesels, turbos, price centre (US$), engine size centre (cubic inches), normalized losses centre,
# body styles, drive wheels
_AU_MAKES: dict[str, tuple[int, int, int, int, int, int, str, str]] = {
    "alfa-romero": (3, 0, 0, 15500, 140, 140, "convertible:2;hatchback:1", "rwd:1"),
    "audi": (7, 0, 1, 17900, 133, 160, "sedan:5;wagon:1;hatchback:1", "fwd:5;4wd:2"),
    "bmw": (8, 0, 0, 26100, 166, 190, "sedan:8", "rwd:1"),
    "chevrolet": (3, 0, 0, 6000, 80, 110, "hatchback:2;sedan:1", "fwd:1"),
    "dodge": (9, 0, 3, 7900, 102, 125, "hatchback:5;sedan:3;wagon:1", "fwd:1"),
    "honda": (13, 0, 0, 8200, 99, 105, "hatchback:7;sedan:5;wagon:1", "fwd:1"),
    "isuzu": (4, 0, 0, 8900, 110, 120, "sedan:2;hatchback:2", "rwd:1"),
    "jaguar": (3, 0, 0, 34600, 280, 145, "sedan:3", "rwd:1"),
    "mazda": (17, 2, 0, 10650, 103, 125, "hatchback:10;sedan:7", "fwd:11;rwd:6"),
    "mercedes-benz": (8, 4, 4, 33650, 226, 105, "sedan:4;wagon:1;hardtop:2;convertible:1", "rwd:1"),
    "mercury": (1, 0, 1, 16500, 140, 125, "hatchback:1", "rwd:1"),
    "mitsubishi": (13, 0, 6, 9240, 118, 150, "hatchback:9;sedan:4", "fwd:1"),
    "nissan": (18, 1, 1, 10400, 127, 120, "sedan:9;hatchback:5;wagon:3;hardtop:1", "fwd:12;rwd:6"),
    "peugot": (11, 5, 5, 15500, 128, 161, "sedan:7;wagon:4", "rwd:1"),
    "plymouth": (7, 0, 1, 7960, 102, 125, "hatchback:4;sedan:2;wagon:1", "fwd:1"),
    "porsche": (5, 0, 1, 31400, 190, 186, "hatchback:2;hardtop:2;convertible:1", "rwd:1"),
    "renault": (2, 0, 0, 9600, 132, 95, "wagon:1;hatchback:1", "fwd:1"),
    "saab": (6, 0, 3, 15200, 121, 104, "hatchback:3;sedan:3", "fwd:1"),
    "subaru": (12, 0, 2, 8540, 108, 100, "sedan:5;hatchback:3;wagon:4", "fwd:7;4wd:5"),
    "toyota": (
        32,
        3,
        1,
        9900,
        110,
        110,
        "hatchback:14;sedan:10;wagon:6;hardtop:1;convertible:1",
        "fwd:18;rwd:12;4wd:2",
    ),
    "volkswagen": (12, 4, 1, 10080, 105, 120, "sedan:8;hatchback:1;wagon:1;convertible:1", "fwd:1"),
    "volvo": (11, 0, 3, 18060, 140, 90, "sedan:8;wagon:3", "rwd:1"),
}
_AU_COLUMNS = _split(
    "symboling;normalized-losses;make;fuel-type;aspiration;num-of-doors;body-style;drive-wheels;engine-location;"
    "wheel-base;length;width;height;curb-weight;engine-type;num-of-cylinders;engine-size;fuel-system;bore;stroke;"
    "compression-ratio;horsepower;peak-rpm;city-mpg;highway-mpg;price"
)
# body style: symboling weights for -2..3, doors ("two" share)
_AU_BODIES = {
    "convertible": ("0:0;0:0;0:1;1:1;2:3;3:5", 1.0),
    "hardtop": ("0:0;0:1;0:2;1:1;2:2;3:3", 0.8),
    "hatchback": ("0:0;0:0;0:2;1:6;2:5;3:7", 0.7),
    "sedan": ("0:1;0:4;0:12;1:9;2:3;3:1", 0.2),
    "wagon": ("0:1;0:8;0:10;1:3;2:0.5;3:0", 0.0),
}
# column: cars written "?" by make (blank: any car); the rotary Mazdas have no bore or stroke either
_AU_GAPS = {"normalized-losses": ":41", "num-of-doors": "mazda:1;dodge:1", "horsepower": "renault:2"}
_AU_GAPS |= {"peak-rpm": "renault:2", "price": "audi:1;isuzu:2;porsche:1"}


def _au_cylinders(size: int, make: str) -> str:
    if size <= 70:
        return "three"
    if size <= (130 if make in ("audi", "mercedes-benz") else 150):
        return "four"
    if size <= 190:
        return "five" if make in ("audi", "mercedes-benz") else "six"
    return "six" if size <= 260 else "eight" if size <= 310 else "twelve"


def _au_car(rng: np.random.Generator, make: str, body: str, drive: str, diesel: bool, turbo: bool) -> dict[str, Any]:
    _n, _d, _t, price_centre, size_centre, losses, _b, _w = _AU_MAKES[make]
    size = int(np.clip(round(rng.normal(size_centre, 0.11 * size_centre)), 61, 326))
    cylinders = _au_cylinders(size, make)
    weight = int(np.clip(round(880 + 13 * size + (120 if body == "wagon" else 0) + rng.normal(0, 180)), 1488, 4066))
    if make in ("subaru", "porsche"):
        engine = "ohcf"
    elif make == "peugot":
        engine = "l"
    elif cylinders in ("six", "eight", "twelve") and make in ("nissan", "mercedes-benz", "jaguar", "mercury"):
        engine = "ohcv"
    else:
        engine = str(_one(rng, ["ohc", "dohc"], [85, 15]))
    if diesel:
        system = "idi"
    elif size < 120 and make not in ("bmw", "volvo", "saab", "audi"):
        system = str(_one(rng, ["2bbl", "1bbl", "spdi", "mpfi", "spfi"], [50, 12, 10, 26, 2]))
    else:
        system = str(_one(rng, ["mpfi", "mfi", "spdi"], [92, 2, 6]))
    power = size * (0.6 if diesel else 0.8) * (1.28 if turbo else 1.0) + rng.normal(0, 7)
    city = int(
        np.clip(round(55.5 - 0.0118 * weight + (6 if diesel else 0) - (2 if turbo else 0) + rng.normal(0, 2)), 13, 49)
    )
    symboling = int(_one(rng, [-2, -1, 0, 1, 2, 3], _table(_AU_BODIES[body][0])[1]))
    two = rng.random() < _AU_BODIES[body][1]
    return {
        "symboling": symboling,
        "normalized-losses": str(int(np.clip(round(rng.normal(losses + 9 * symboling, 22)), 65, 256))),
        "make": make,
        "fuel-type": "diesel" if diesel else "gas",
        "aspiration": "turbo" if turbo else "std",
        "num-of-doors": "two" if two else "four",
        "body-style": body,
        "drive-wheels": drive,
        "engine-location": "front",
        "wheel-base": round(float(np.clip(88 + (weight - 1488) * 0.0095 + rng.normal(0, 2.5), 86.6, 120.9)), 1),
        "length": round(float(np.clip(144 + (weight - 1488) * 0.027 + rng.normal(0, 4), 141.1, 208.1)), 1),
        "width": round(float(np.clip(62 + (weight - 1488) * 0.0037 + rng.normal(0, 0.8), 60.3, 72.3)), 1),
        "height": round(
            float(
                np.clip(
                    rng.normal(53.7 + 3 * (body == "wagon") - 3 * (body in ("convertible", "hardtop")), 1.6), 47.8, 59.8
                )
            ),
            1,
        ),
        "curb-weight": weight,
        "engine-type": engine,
        "num-of-cylinders": cylinders,
        "engine-size": size,
        "fuel-system": system,
        "bore": f"{float(np.clip(rng.normal(2.75 + 0.0035 * size, 0.1), 2.54, 3.94)):.2f}",
        "stroke": f"{float(np.clip(rng.normal(3.25, 0.28), 2.07, 4.17)):.2f}",
        "compression-ratio": round(
            float(rng.uniform(21, 23) if diesel else np.clip(rng.normal(9.0, 0.55), 7, 11.5)), 1
        ),
        "horsepower": str(int(np.clip(round(power), 48, 288))),
        "peak-rpm": str(int(_one(rng, [4150, 4350, 4500, 4650, 4750, 4800])))
        if diesel
        else str(int(_one(rng, [4800, 5000, 5100, 5200, 5250, 5400, 5500, 5600, 5800, 6000]))),
        "city-mpg": city,
        "highway-mpg": int(city + np.clip(round(rng.normal(5.5, 1.3)), 2, 9)),
        "price": str(
            int(np.clip(round(price_centre * (size / size_centre) ** 0.9 * rng.lognormal(0, 0.09)), 5118, 45400))
        ),
    }


def _automobile_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6004)
    rows: list[dict[str, Any]] = []
    for make, (n, diesels, turbos, *_rest, bodies, drives) in _AU_MAKES.items():
        body = _deal(rng, bodies, n)
        drive = _deal(rng, drives, n)
        order = rng.permutation(n)
        diesel = set(order[:diesels].tolist())
        start = 0 if make in ("mercedes-benz", "peugot") else diesels
        turbo = set(order[start : start + turbos].tolist())
        cars = [_au_car(rng, make, body[k], drive[k], k in diesel, k in turbo) for k in range(n)]
        if make == "mazda":
            for k in [int(x) for x in order[-4:]]:
                size = int(_one(rng, [70, 80]))
                cars[k] |= {
                    "engine-type": "rotor",
                    "num-of-cylinders": "two",
                    "engine-size": size,
                    "fuel-system": "4bbl",
                }
                cars[k] |= {"bore": "?", "stroke": "?", "horsepower": str(int(size * 1.28 + rng.normal(0, 4)))}
        if make == "porsche":
            for k in range(3):
                cars[k] |= {"engine-location": "rear", "drive-wheels": "rwd"}
        rows += cars
    frame = pd.DataFrame(rows)[_AU_COLUMNS]
    makes = frame["make"].to_numpy()
    sedans = (frame["body-style"] == "sedan").to_numpy()
    for column, spec in _AU_GAPS.items():
        for make, count in zip(*_table(spec), strict=True):
            pool = np.flatnonzero(makes == make) if make else np.arange(len(frame))
            if column == "num-of-doors":
                pool = pool[sedans[pool]]
            frame.loc[rng.choice(pool, int(count), replace=False), column] = "?"
    return frame


def _au_price(d: pd.DataFrame) -> pd.Series:
    return _number(d["price"])


def _au_makes(d: pd.DataFrame) -> pd.Series:
    return _ranked(_au_price(d).groupby(_text(d["make"])).mean())


def _au_gaps(d: pd.DataFrame) -> pd.Series:
    marked = d.apply(lambda s: (_text(s) == "?") | s.isna())
    counts = marked.sum()
    return counts[counts > 0]


_AU_ID = ("make",)
_AUTOMOBILE_QS = [
    Q(
        "avg price by fuel type",
        _scaled(lambda d: _au_price(d).groupby(_text(d["fuel-type"])).mean().to_numpy(), (1e3,)),
        (*_AU_ID, "price", "fuel-type"),
    ),
    Q(
        "which make is the most expensive on average?",
        _lead(_named(_top_of(_au_makes))),
        (*_AU_ID, "price"),
    ),
    Q(
        "and the cheapest one?",
        _lead(_named(_top_of(_au_makes, last=True))),
        (*_AU_ID, "price"),
    ),
    Q(
        "is engine size correlated with price",
        _corr(lambda d: pd.to_numeric(d["engine-size"], errors="coerce"), _au_price),
        (*_AU_ID, "engine-size", "price"),
    ),
    Q(
        "what percent of the cars are front wheel drive?",
        _share(lambda d: float((_text(d["drive-wheels"]) == "fwd").mean())),
        (*_AU_ID, "drive-wheels"),
    ),
    Q(
        "which columns have missing values (the ? ones) and how many in each?",
        both(_all_named(lambda d: [str(c) for c in _au_gaps(d).index]), _count(lambda d: _au_gaps(d).to_numpy())),
        (*_AU_ID, "normalized-losses", "num-of-doors", "bore", "stroke", "horsepower", "peak-rpm", "price"),
    ),
]


# --- 5. Plastic pollution (TidyTuesday 2021-01-26, plastics.csv from Break Free From Plastic's brand audits) --------

_PL_TYPES = _split("empty;hdpe;ldpe;o;pet;pp;ps;pvc")
# country as written in 2019|as written in 2020 (blank: no audit that year)|size of its audits
_PL_COUNTRIES = _fields(
    "Argentina|Argentina|0.6;Australia|Australia|0.3;Bangladesh||0.4;Benin|Benin|0.5;Bhutan|Bhutan|0.2;"
    "Brazil|Brazil|0.5;Bulgaria|Bulgaria|0.2;Burkina Faso|Burkina Faso|0.6;Cameroon|Cameroon|0.4;Canada|Canada|0.5;"
    "Chile|Chile|0.4;China|China|0.6;Colombia|Colombia|0.4;Cote D_ivoire||0.3;Cyprus|Cyprus|0.2;ECUADOR|Ecuador|0.5;"
    "EMPTY||0.1;France|France|0.3;Germany|Germany|0.3;Ghana|Ghana|0.5;Greece|Greece|0.2;Honduras||0.2;"
    "Hong Kong|Hong Kong|0.4;India|India|1.8;Indonesia|Indonesia|2.5;Ireland|Ireland|0.2;Italy||0.3;Japan|Japan|0.4;"
    "Kenya|Kenya|0.9;Korea|Korea|0.4;Kuwait||0.2;Latvia||0.1;Lithuania|Lithuania|0.2;Malaysia|Malaysia|0.8;"
    "Maldives||0.1;Mexico|Mexico|0.6;Montenegro|Montenegro|0.1;NIGERIA|Nigeria|1.0;Netherlands|Netherlands|0.3;"
    "Philippines|Philippines|3.0;Portugal||0.2;Romania|Romania|0.2;Rwanda|Rwanda|0.3;Serbia||0.2;"
    "Singapore|Singapore|0.2;Slovenia|Slovenia|0.2;South Africa|South Africa|0.6;Spain|Spain|0.3;"
    "Sri Lanka|Sri Lanka|0.5;Switzerland|Switzerland|0.3;"
    "Taiwan_ Republic of China (ROC)|Taiwan_ Republic of China (ROC)|0.9;Tanzania|Tanzania|0.5;"
    "Thailand|Thailand|0.6;Togo|Togo|0.3;Tunisia||0.2;Turkey|Turkey|0.4;Ukraine|Ukraine|0.3;"
    "United Kingdom of Great Britain & Northern Ireland|United Kingdom of Great Britain & Northern Ireland|0.5;"
    "United States of America|United States of America|1.5;Vietnam|Vietnam|0.9;|Armenia|0.2;|El Salvador|0.2;"
    "|Indonesia Timur|0.3;|Korea, Republic of|0.2;|Luxembourg|0.1;|Peru|0.3"
)
# parent company: weight, what its packaging is made of; "@Country" ties a company to one country
_PL_COMPANIES = _split(
    "The Coca-Cola Company:9:drink;PepsiCo:4.5:snack;Nestlé:4:mixed;Unilever:3:sachet;Mondelez International:1.6:snack;"
    "Mars, Incorporated:1.2:snack;Procter & Gamble:1.5:sachet;Colgate-Palmolive:1.5:sachet;"
    "Philip Morris International:1:other;Perfetti Van Melle:1:snack;Ferrero Group:0.8:snack;Danone:0.9:drink;"
    "Red Bull GmbH:0.5:drink;McDonald's Corporation:0.5:other;Keurig Dr Pepper:0.3:drink;"
    "Universal Robina Corporation@Philippines:6:snack;Liwayway Marketing Corporation@Philippines:2:snack;"
    "Monde Nissin Corporation@Philippines:1.5:snack;Mayora Indah@Indonesia:3:snack;Wings@Indonesia:3:sachet;"
    "Indofood@Indonesia:2:snack;Parle Products@India:2:snack;Britannia Industries@India:1.5:snack;"
    "Haldiram's@India:1:snack;Tiger Brands@South Africa:1.5:mixed;"
    "Uni-President@Taiwan_ Republic of China (ROC):1.5:drink;"
    "Vinamilk@Vietnam:1.2:drink;Dangote@NIGERIA:1:mixed;Dangote@Nigeria:1:mixed"
)
# packaging: weights of empty, hdpe, ldpe, o, pet, pp, ps, pvc
_PL_PACKS = {
    "drink": [0.5, 5, 4, 6, 70, 12, 1, 1],
    "snack": [0.5, 2, 20, 40, 3, 30, 3, 1],
    "mixed": [0.5, 8, 15, 30, 20, 22, 3, 1],
    "sachet": [0.5, 18, 20, 35, 5, 18, 2, 2],
    "other": [1, 5, 15, 40, 10, 20, 6, 3],
    "unbranded": [2, 6, 28, 25, 10, 20, 7, 2],
}
_PL_LOCAL = _split(
    "{} Beverages Ltd;{} Water Company;{} Foods;{} Dairy Co.;{} Snacks Inc;{} Bottling Company;{} Mills;"
    "{} Distillers;{} Biscuits;{} Household Products;{} Confectionery;{} Breweries;{} Noodles;{} Spring Water"
)
_PL_PREFIXES = _split(
    "Sun;Golden;Royal;Star;Green;Blue;Ocean;Crystal;Happy;Grand;Prime;Fresh;Pure;Unity;Eagle;Lion;Rose;Silver"
)


def _pl_rows(rng: np.random.Generator, country: str, year: int, scale: float) -> list[dict[str, Any]]:
    volunteers = int(np.clip(rng.lognormal(np.log(120 * scale), 0.9), 5, 5000))
    events = int(np.clip(round(rng.lognormal(np.log(4 * scale**0.7), 0.8)), 1, 150))
    total = volunteers * float(rng.lognormal(np.log(45), 0.7))
    unbranded = float(rng.beta(4, 5))
    null = 0.04 if rng.random() < 0.5 else 0.0
    makers: list[tuple[str, float, str]] = [("Unbranded", unbranded, "unbranded")]
    if null:
        makers.append(("null" if year == 2019 else "NULL", null, "other"))
    branded = total * (1 - unbranded - null)
    pool: list[tuple[str, float, str]] = []
    for spec in _PL_COMPANIES:
        name, weight, pack = spec.rsplit(":", 2)
        name, _at, home = name.partition("@")
        if (home and home != country) or (not home and rng.random() > min(1.0, 0.3 + float(weight) / 6)):
            continue
        pool.append((name, float(weight) * float(rng.lognormal(0, 0.8)), pack))
    used: set[str] = set()
    for _ in range(int(np.clip(rng.lognormal(np.log(25 * scale**0.5), 0.5), 3, 150))):
        name = str(_one(rng, _PL_LOCAL)).format(_one(rng, _PL_PREFIXES))
        if name not in used:
            used.add(name)
            pool.append((name, float(rng.lognormal(np.log(0.15), 1.0)), str(_one(rng, list(_PL_PACKS)[:5]))))
    weights = np.array([w for _n, w, _p in pool])
    counts = rng.multinomial(round(branded), weights / weights.sum())
    items = [(n, int(c), p) for (n, _w, p), c in zip(pool, counts, strict=True)]
    items += [(n, round(total * s), p) for n, s, p in makers]
    blank = 0.5 if year == 2019 else 0.15
    rows: list[dict[str, Any]] = []
    for name, amount, pack in items:
        if amount == 0 and rng.random() < 0.7:
            continue
        profile = rng.dirichlet(np.asarray(_PL_PACKS[pack]) * 3 + 0.01)
        split = rng.multinomial(amount, profile)
        cells = {
            t: (np.nan if c == 0 and rng.random() < blank else float(c)) for t, c in zip(_PL_TYPES, split, strict=True)
        }
        rows.append({"parent_company": name, **cells, "grand_total": float(amount)})
    sums = {t: float(np.nansum([r[t] for r in rows])) for t in (*_PL_TYPES, "grand_total")}
    rows.append({"parent_company": "Grand Total", **sums})
    shown = np.nan if rng.random() < 0.06 else float(volunteers)
    return [{"country": country, "year": year, **r, "num_events": events, "volunteers": shown} for r in rows]


def _plastics_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6005)
    rows: list[dict[str, Any]] = []
    for first, second, scale in _PL_COUNTRIES:
        for year, name in ((2019, first), (2020, second)):
            if name:
                rows += _pl_rows(rng, name, year, float(scale) * (0.8 if year == 2020 else 1.0))
    frame = pd.DataFrame(rows)
    frame["_c"] = frame["country"].str.lower()
    frame["_g"] = frame["parent_company"] != "Grand Total"
    frame = frame.sort_values(["_c", "year", "_g", "parent_company"], kind="stable")
    columns = ["country", "year", "parent_company", *_PL_TYPES, "grand_total", "num_events", "volunteers"]
    return frame[columns].reset_index(drop=True)


def _pl_grand(d: pd.DataFrame) -> pd.Series:
    return _text(d["parent_company"]) == "Grand Total"


def _pl_total(year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[_pl_grand(d) & (d["year"] == year), "grand_total"].sum())


def _pl_brands(d: pd.DataFrame) -> pd.Series:
    company = _text(d["parent_company"])
    kept = ~company.isin(["", "Grand Total", "Unbranded", "null", "NULL"])
    return _ranked(d.loc[kept, "grand_total"].groupby(company[kept]).sum())


def _pl_pet(d: pd.DataFrame) -> float:
    rows = d[~_pl_grand(d)]
    return float(rows["pet"].sum() / rows["grand_total"].sum())


_PL_ALIASES = {"The Coca-Cola Company": ("Coca-Cola", "Coca Cola")}
_PL_ID = ("country", "year", "parent_company")
_PLASTICS_QS = [
    Q(
        "which company's plastic was found the most? not counting unbranded",
        _lead(_named(_top_of(_pl_brands), _PL_ALIASES)),
        (*_PL_ID, "grand_total"),
    ),
    Q(
        "how many pieces of plastic were counted in total in 2020?",
        _scaled(_pl_total(2020), (1e3, 1e6)),
        (*_PL_ID, "grand_total", *_PL_TYPES),
    ),
    Q(
        "and 2019?",
        _scaled(_pl_total(2019), (1e3, 1e6)),
        (*_PL_ID, "grand_total", *_PL_TYPES),
    ),
    Q(
        "across both years what share of the plastic was PET",
        _share(_pl_pet),
        (*_PL_ID, "pet", "grand_total", *_PL_TYPES),
    ),
    Q(
        "how many countries took part in 2020?",
        _count(lambda d: float(_text(d.loc[d["year"] == 2020, "country"]).nunique())),
        _PL_ID,
    ),
    Q(
        "per country and year, is the number of volunteers correlated with the total plastic counted?",
        _corr(lambda d: d.loc[_pl_grand(d), "volunteers"], lambda d: d.loc[_pl_grand(d), "grand_total"]),
        (*_PL_ID, "volunteers", "grand_total", "num_events"),
    ),
]


# --- 6. McDonald's menu (Kaggle "Nutrition Facts for McDonald's Menu", menu.csv) ----------------------------------

# category: items as "name:calories"
_MC_FOOD: dict[str, str] = {
    "Breakfast": "Egg McMuffin:300;Egg White Delight:250;Sausage McMuffin:370;Sausage McMuffin with Egg:450;"
    "Sausage McMuffin with Egg Whites:400;Steak & Egg McMuffin:430;"
    "Bacon, Egg & Cheese Biscuit (Regular Biscuit):460;Bacon, Egg & Cheese Biscuit (Large Biscuit):520;"
    "Bacon, Egg & Cheese Biscuit with Egg Whites (Regular Biscuit):410;"
    "Bacon, Egg & Cheese Biscuit with Egg Whites (Large Biscuit):470;Sausage, Egg & Cheese McGriddles:550;"
    "Sausage, Egg & Cheese McGriddles with Egg Whites:500;Bacon, Egg & Cheese McGriddles:460;"
    "Bacon, Egg & Cheese McGriddles with Egg Whites:400;Sausage McGriddles:420;"
    "Sausage Biscuit (Regular Biscuit):430;Sausage Biscuit (Large Biscuit):480;"
    "Sausage Biscuit with Egg (Regular Biscuit):510;Sausage Biscuit with Egg (Large Biscuit):570;"
    "Sausage Biscuit with Egg Whites (Regular Biscuit):460;Sausage Biscuit with Egg Whites (Large Biscuit):520;"
    "Southern Style Chicken Biscuit (Regular Biscuit):410;Southern Style Chicken Biscuit (Large Biscuit):470;"
    "Steak & Egg Biscuit (Regular Biscuit):540;Bacon, Egg & Cheese Bagel:620;"
    "Bacon, Egg & Cheese Bagel with Egg Whites:570;Steak, Egg & Cheese Bagel:670;Big Breakfast (Regular Biscuit):740;"
    "Big Breakfast (Large Biscuit):800;Big Breakfast with Egg Whites (Regular Biscuit):640;"
    "Big Breakfast with Egg Whites (Large Biscuit):690;Big Breakfast with Hotcakes (Regular Biscuit):1090;"
    "Big Breakfast with Hotcakes (Large Biscuit):1150;"
    "Big Breakfast with Hotcakes and Egg Whites (Regular Biscuit):990;"
    "Big Breakfast with Hotcakes and Egg Whites (Large Biscuit):1050;Hotcakes:350;Hotcakes and Sausage:520;"
    "Sausage Burrito:300;Hash Brown:150;Cinnamon Melts:460;Fruit & Maple Oatmeal:290;"
    "Fruit & Maple Oatmeal without Brown Sugar:260",
    "Beef & Pork": "Big Mac:530;Quarter Pounder with Cheese:520;Double Quarter Pounder with Cheese:750;"
    "Quarter Pounder with Bacon & Cheese:600;Quarter Pounder with Bacon Habanero Ranch:610;Quarter Pounder Deluxe:540;"
    "Double Cheeseburger:430;Bacon Clubhouse Burger:720;Hamburger:240;Cheeseburger:290;Bacon McDouble:440;"
    "McDouble:380;Daily Double:430;McRib:500;Jalapeño Double:430",
    "Chicken & Fish": "Premium Crispy Chicken Classic Sandwich:510;Premium Grilled Chicken Classic Sandwich:350;"
    "Premium Crispy Chicken Club Sandwich:670;Premium Grilled Chicken Club Sandwich:510;"
    "Premium Crispy Chicken Ranch BLT Sandwich:610;Premium Grilled Chicken Ranch BLT Sandwich:450;"
    "Bacon Clubhouse Crispy Chicken Sandwich:750;Bacon Clubhouse Grilled Chicken Sandwich:590;"
    "Southern Style Crispy Chicken Sandwich:430;McChicken:360;Bacon Cheddar McChicken:480;"
    "Bacon Buffalo Ranch McChicken:430;Buffalo Ranch McChicken:360;"
    "Premium McWrap Chicken & Bacon (Crispy Chicken):630;Premium McWrap Chicken & Bacon (Grilled Chicken):480;"
    "Premium McWrap Chicken & Ranch (Crispy Chicken):610;Premium McWrap Chicken & Ranch (Grilled Chicken):450;"
    "Premium McWrap Southwest Chicken (Crispy Chicken):670;Premium McWrap Southwest Chicken (Grilled Chicken):520;"
    "Premium McWrap Chicken Sweet Chili (Crispy Chicken):570;Premium McWrap Chicken Sweet Chili (Grilled Chicken):420;"
    "Chicken McNuggets (4 piece):190;Chicken McNuggets (6 piece):280;Chicken McNuggets (10 piece):470;"
    "Chicken McNuggets (20 piece):940;Chicken McNuggets (40 piece):1880;Filet-O-Fish:390",
    "Salads": "Premium Bacon Ranch Salad (without Chicken):140;Premium Bacon Ranch Salad with Crispy Chicken:380;"
    "Premium Bacon Ranch Salad with Grilled Chicken:220;Premium Southwest Salad (without Chicken):140;"
    "Premium Southwest Salad with Crispy Chicken:450;Premium Southwest Salad with Grilled Chicken:290",
    "Snacks & Sides": "Chipotle BBQ Snack Wrap (Crispy Chicken):340;Chipotle BBQ Snack Wrap (Grilled Chicken):260;"
    "Honey Mustard Snack Wrap (Crispy Chicken):330;Honey Mustard Snack Wrap (Grilled Chicken):250;"
    "Ranch Snack Wrap (Crispy Chicken):360;Ranch Snack Wrap (Grilled Chicken):280;Small French Fries:230;"
    "Medium French Fries:340;Large French Fries:510;Kids French Fries:110;Side Salad:20;Apple Slices:15;"
    "Fruit 'n Yogurt Parfait:150",
    "Desserts": "Baked Apple Pie:250;Chocolate Chip Cookie:160;Oatmeal Raisin Cookie:150;Kids Ice Cream Cone:45;"
    "Hot Fudge Sundae:330;Hot Caramel Sundae:340;Strawberry Sundae:280",
}
# category: share of energy from fat, carbs and protein, sugar share of carbs, sodium (mg per 100 kcal), fibre
# (g per 100 kcal), cholesterol (mg per 100 kcal), grams per 100 kcal, vitamin A, C, calcium and iron (% DV)
_MC_PROFILES: dict[str, tuple[float, float, float, float, float, float, float, float, tuple[int, int, int, int]]] = {
    "Breakfast": (0.45, 0.37, 0.18, 0.2, 230, 0.5, 45, 40, (8, 2, 15, 15)),
    "Beef & Pork": (0.45, 0.33, 0.22, 0.2, 190, 0.5, 16, 38, (8, 4, 20, 25)),
    "Chicken & Fish": (0.45, 0.33, 0.22, 0.12, 200, 0.6, 12, 40, (10, 8, 10, 15)),
    "Salads": (0.4, 0.25, 0.35, 0.35, 260, 2.0, 25, 120, (160, 40, 15, 10)),
    "Snacks & Sides": (0.4, 0.48, 0.12, 0.15, 170, 1.2, 5, 45, (4, 20, 6, 6)),
    "Desserts": (0.32, 0.6, 0.08, 0.6, 80, 0.5, 8, 40, (8, 2, 15, 4)),
}
# drinks: category|name|calories of the small one|sizes ("-": one size)|share of energy from fat|from protein|share of
# the carbohydrate that is sugar
_MC_DRINKS = _fields(
    "Beverages|Coca-Cola Classic|140|Small,Medium,Large,Child|0|0|1;"
    "Beverages|Diet Coke|0|Small,Medium,Large,Child|0|0|0;"
    "Beverages|Dr Pepper|140|Small,Medium,Large,Child|0|0|1;Beverages|Diet Dr Pepper|0|Small,Medium,Large,Child|0|0|0;"
    "Beverages|Sprite|140|Small,Medium,Large,Child|0|0|1;Beverages|1% Low Fat Milk Jug|100|-|0.22|0.3|1;"
    "Beverages|Fat Free Chocolate Milk Jug|130|-|0.0|0.25|0.95;Beverages|Minute Maid 100% Apple Juice Box|80|-|0|0|0.9;"
    "Beverages|Minute Maid Orange Juice|150|Small,Medium,Large|0|0.06|0.85;Beverages|Dasani Water Bottle|0|-|0|0|0;"
    "Coffee & Tea|Coffee|0|Small,Medium,Large|0|0|0;Coffee & Tea|Latte|170|Small,Medium,Large|0.45|0.25|0.95;"
    "Coffee & Tea|Latte with Nonfat Milk|100|Small,Medium,Large|0.02|0.38|0.95;"
    "Coffee & Tea|Caramel Latte|250|Small,Medium,Large|0.3|0.15|0.95;"
    "Coffee & Tea|Caramel Latte with Nonfat Milk|190|Small,Medium,Large|0.02|0.2|0.95;"
    "Coffee & Tea|Hazelnut Latte|250|Small,Medium,Large|0.3|0.15|0.95;"
    "Coffee & Tea|Hazelnut Latte with Nonfat Milk|190|Small,Medium,Large|0.02|0.2|0.95;"
    "Coffee & Tea|French Vanilla Latte|240|Small,Medium,Large|0.3|0.15|0.95;"
    "Coffee & Tea|French Vanilla Latte with Nonfat Milk|180|Small,Medium,Large|0.02|0.2|0.95;"
    "Coffee & Tea|Cappuccino|120|Small,Medium,Large|0.45|0.25|0.95;"
    "Coffee & Tea|Cappuccino with Nonfat Milk|80|Small,Medium,Large|0.02|0.38|0.95;"
    "Coffee & Tea|Caramel Cappuccino|220|Small,Medium,Large|0.3|0.14|0.95;"
    "Coffee & Tea|Caramel Cappuccino with Nonfat Milk|170|Small,Medium,Large|0.02|0.2|0.95;"
    "Coffee & Tea|Mocha|340|Small,Medium,Large|0.38|0.12|0.9;"
    "Coffee & Tea|Mocha with Nonfat Milk|270|Small,Medium,Large|0.1|0.18|0.9;"
    "Coffee & Tea|Iced Coffee|140|Small,Medium,Large|0.35|0.03|0.95;"
    "Coffee & Tea|Iced Caramel Coffee|130|Small,Medium,Large|0.35|0.03|0.95;"
    "Coffee & Tea|Iced Hazelnut Coffee|130|Small,Medium,Large|0.35|0.03|0.95;"
    "Coffee & Tea|Iced French Vanilla Coffee|120|Small,Medium,Large|0.35|0.03|0.95;"
    "Coffee & Tea|Iced Mocha|290|Small,Medium,Large|0.38|0.1|0.9;"
    "Coffee & Tea|Iced Mocha with Nonfat Milk|230|Small,Medium,Large|0.1|0.14|0.9;"
    "Coffee & Tea|Caramel Macchiato|250|Small,Medium,Large|0.34|0.14|0.95;"
    "Coffee & Tea|Caramel Macchiato with Nonfat Milk|190|Small,Medium,Large|0.02|0.2|0.95;"
    "Coffee & Tea|Iced Caramel Macchiato|230|Small,Medium,Large|0.34|0.12|0.95;"
    "Coffee & Tea|Iced Caramel Macchiato with Nonfat Milk|180|Small,Medium,Large|0.02|0.18|0.95;"
    "Coffee & Tea|Hot Chocolate|360|Small,Medium,Large|0.3|0.12|0.9;"
    "Coffee & Tea|Hot Chocolate with Nonfat Milk|290|Small,Medium,Large|0.05|0.18|0.9;"
    "Coffee & Tea|Sweet Tea|150|Small,Medium,Large,Child|0|0|1;Coffee & Tea|Iced Tea|0|Small,Medium,Large,Child|0|0|0;"
    "Coffee & Tea|Frappé Mocha|420|Small,Medium,Large|0.38|0.06|0.9;"
    "Coffee & Tea|Frappé Caramel|420|Small,Medium,Large|0.38|0.06|0.9;"
    "Smoothies & Shakes|Blueberry Pomegranate Smoothie|220|Small,Medium,Large|0.02|0.04|0.85;"
    "Smoothies & Shakes|Strawberry Banana Smoothie|210|Small,Medium,Large|0.02|0.04|0.85;"
    "Smoothies & Shakes|Mango Pineapple Smoothie|210|Small,Medium,Large|0.02|0.04|0.85;"
    "Smoothies & Shakes|Strawberry Shake|530|Small,Medium,Large|0.24|0.09|0.82;"
    "Smoothies & Shakes|Vanilla Shake|530|Small,Medium,Large|0.26|0.09|0.82;"
    "Smoothies & Shakes|Chocolate Shake|530|Small,Medium,Large|0.26|0.09|0.82;"
    "Smoothies & Shakes|Shamrock Shake|530|Medium,Large|0.25|0.08|0.82;"
    "Smoothies & Shakes|McFlurry with M&M’s Candies|620|Small,Medium,Snack|0.3|0.09|0.8;"
    "Smoothies & Shakes|McFlurry with Oreo Cookies|510|Small,Medium,Snack|0.3|0.09|0.8;"
    "Smoothies & Shakes|McFlurry with Reese's Peanut Butter Cups|540|Medium,Snack|0.38|0.1|0.75"
)
# size: calories against the small one (sodas and juice; coffee, tea and shakes; McFlurry), cup as written (sodas;
# coffee, tea and shakes), grams of a McFlurry
_MC_SIZES: dict[str, tuple[float, float, float, str, str, int]] = {
    "Child": (0.7, 0.7, 0.0, "12 fl oz cup", "12 fl oz cup", 0),
    "Small": (1.0, 1.0, 1.0, "16 fl oz cup", "12 fl oz cup", 285),
    "Medium": (1.43, 1.25, 1.5, "21 fl oz cup", "16 fl oz cup", 347),
    "Large": (2.0, 1.6, 0.0, "30 fl oz cup", "22 fl oz cup", 0),
    "Snack": (0.0, 0.0, 0.69, "", "", 190),
}
_MC_SINGLES = {"1% Low Fat Milk Jug": "1 carton (236 ml)", "Fat Free Chocolate Milk Jug": "1 carton (236 ml)"}
_MC_SINGLES |= {"Minute Maid 100% Apple Juice Box": "6 fl oz", "Dasani Water Bottle": "16.9 fl oz"}
_MC_COLUMNS = _split(
    "Category;Item;Serving Size;Calories;Calories from Fat;Total Fat;Total Fat (% Daily Value);Saturated Fat;"
    "Saturated Fat (% Daily Value);Trans Fat;Cholesterol;Cholesterol (% Daily Value);Sodium;Sodium (% Daily Value);"
    "Carbohydrates;Carbohydrates (% Daily Value);Dietary Fiber;Dietary Fiber (% Daily Value);Sugars;Protein;"
    "Vitamin A (% Daily Value);Vitamin C (% Daily Value);Calcium (% Daily Value);Iron (% Daily Value)"
)
# the items whose figures are printed as they are on the real menu: calories, fat, sodium, carbohydrates, sugars
_MC_PINNED = {
    "Chicken McNuggets (40 piece)": (1880, 118.0, 3600, 118, 1),
    "McFlurry with M&M’s Candies (Medium)": (930, 33.0, 280, 139, 128),
    "Strawberry Shake (Large)": (850, 21.0, 290, 143, 116),
    "Chocolate Shake (Large)": (850, 23.0, 390, 141, 114),
}


def _mc_item(
    rng: np.random.Generator,
    category: str,
    name: str,
    calories: int,
    shares: tuple[float, float, float],
    sodium_per: float,
    serving: str,
) -> dict[str, Any]:
    """One menu row from its calories, the shares of energy from fat and protein and the sugar share of the
    carbohydrate."""
    fat_share, protein_share, sugar_share = shares
    fat = round(calories * fat_share * float(rng.uniform(0.9, 1.1)) / 9 * 2) / 2
    protein = round(calories * protein_share * float(rng.uniform(0.9, 1.1)) / 4)
    carbs = max(0, round((calories - 9 * fat - 4 * protein) / 4))
    sugars = min(carbs, round(carbs * sugar_share * float(rng.uniform(0.95, 1.05))))
    sodium = int(round(sodium_per * calories / 100 * float(rng.uniform(0.75, 1.25)) / 10) * 10)
    if name in _MC_PINNED:
        calories, fat, sodium, carbs, sugars = _MC_PINNED[name]
        protein = 87 if "Nuggets" in name else round((calories - 9 * fat - 4 * carbs) / 4)
    meaty = category in ("Breakfast", "Beef & Pork", "Chicken & Fish")
    saturated = round(fat * float(rng.uniform(0.2, 0.45) if meaty else rng.uniform(0.45, 0.65)) * 2) / 2
    trans = 0.0
    if category == "Beef & Pork" or (category == "Breakfast" and "Sausage" in name and rng.random() < 0.3):
        trans = float(_one(rng, [0.5, 1.0, 1.5, 2.5], [40, 35, 15, 10]))
    elif fat > 12 and category in ("Smoothies & Shakes", "Desserts") and rng.random() < 0.7:
        trans = float(_one(rng, [0.5, 1.0, 1.5], [40, 40, 20]))
    elif "Nuggets" in name or (fat > 5 and rng.random() < 0.1):
        trans = float(_one(rng, [0.0, 0.5, 1.0], [20, 60, 20]))
    profile = _MC_PROFILES.get(category)
    cholesterol = int(
        round((profile[6] if profile else 30 * fat_share) * calories / 100 * float(rng.uniform(0.6, 1.4)) / 5) * 5
    )
    if "Egg White" in name:
        cholesterol = int(cholesterol * 0.3 / 5) * 5
    fibre = round((profile[5] if profile else 0.2) * calories / 100 * float(rng.uniform(0.6, 1.4)))
    vitamins = profile[8] if profile else (2, 0, 20 if protein_share > 0.05 else 0, 2)
    extras = [int(max(0, round(v * float(rng.lognormal(0, 0.5))))) for v in vitamins]
    return {
        "Category": category,
        "Item": name,
        "Serving Size": serving,
        "Calories": int(calories),
        "Calories from Fat": int(round(fat * 9 / 10) * 10),
        "Total Fat": float(fat),
        "Total Fat (% Daily Value)": round(fat / 65 * 100),
        "Saturated Fat": float(saturated),
        "Saturated Fat (% Daily Value)": round(saturated / 20 * 100),
        "Trans Fat": trans,
        "Cholesterol": cholesterol,
        "Cholesterol (% Daily Value)": round(cholesterol / 300 * 100),
        "Sodium": sodium,
        "Sodium (% Daily Value)": round(sodium / 2400 * 100),
        "Carbohydrates": int(carbs),
        "Carbohydrates (% Daily Value)": round(carbs / 300 * 100),
        "Dietary Fiber": int(fibre),
        "Dietary Fiber (% Daily Value)": round(fibre / 25 * 100),
        "Sugars": int(sugars),
        "Protein": int(protein),
        "Vitamin A (% Daily Value)": extras[0],
        "Vitamin C (% Daily Value)": extras[1],
        "Calcium (% Daily Value)": extras[2],
        "Iron (% Daily Value)": extras[3],
    }


def _mc_grams(rng: np.random.Generator, calories: int, per_100: float) -> str:
    grams = max(20, round(calories / 100 * per_100 * float(rng.uniform(0.85, 1.15))))
    return f"{grams / 28.35:.1f} oz ({grams} g)"


def _menu_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6006)
    rows: list[dict[str, Any]] = []
    for category, items in _MC_FOOD.items():
        fat_e, _carb_e, protein_e, sugar_of_carbs, sodium, _f, _c, per_100, _v = _MC_PROFILES[category]
        for name, calories in zip(*_table(items), strict=True):
            shares = (fat_e, protein_e, sugar_of_carbs)
            serving = _mc_grams(rng, int(calories), per_100)
            if "Cookie" in name:
                serving = f"1 cookie ({int(calories / 4.8)} g)"
            rows.append(_mc_item(rng, category, name, int(calories), shares, sodium, serving))
    for category, base, small, sizes, fat_d, protein_d, sugar_d in _MC_DRINKS:
        for size in sizes.split(","):
            if size == "-":
                name, calories, cup = base, int(small), _MC_SINGLES[base]
            else:
                soda, cup_factor, flurry, soda_cup, coffee_cup, grams = _MC_SIZES[size]
                mcflurry = "McFlurry" in base
                factor = flurry if mcflurry else soda if category == "Beverages" else cup_factor
                name, calories = f"{base} ({size})", int(round(float(small) * factor / 10) * 10)
                cup = soda_cup if category == "Beverages" else coffee_cup
                cup = f"{grams / 28.35:.1f} oz ({grams} g)" if mcflurry else cup
            sodium_per = 35.0 if float(protein_d) > 0 else 5.0
            shares = (float(fat_d), float(protein_d), float(sugar_d))
            rows.append(_mc_item(rng, category, name, calories, shares, sodium_per, cup))
    frame = pd.DataFrame(rows)[_MC_COLUMNS]
    order = ["Breakfast", "Beef & Pork", "Chicken & Fish", "Salads", "Snacks & Sides", "Desserts", "Beverages"]
    order += ["Coffee & Tea", "Smoothies & Shakes"]
    frame["_c"] = frame["Category"].map({c: k for k, c in enumerate(order)})
    return frame.sort_values("_c", kind="stable").drop(columns="_c").reset_index(drop=True)


def _mc_top(column: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: str(_text(d["Item"])[d[column].idxmax()])


_MC_ALIASES = {
    "Chicken McNuggets (40 piece)": (
        "40 piece Chicken McNuggets",
        "40-piece Chicken McNuggets",
        "McNuggets (40 piece)",
    ),
    "McFlurry with M&M’s Candies (Medium)": ("McFlurry with M&M's (Medium)", "Medium McFlurry with M&M's Candies"),
}
_MC_ID = ("Item", "Category")
_MENU_QS = [
    Q(
        "which item has the most calories?",
        both(_lead(_named(_mc_top("Calories"), _MC_ALIASES)), has(lambda d: float(d["Calories"].max()))),
        (*_MC_ID, "Calories"),
    ),
    Q(
        "and the most sugar?",
        _lead(_named(_mc_top("Sugars"), _MC_ALIASES)),
        (*_MC_ID, "Sugars"),
    ),
    Q(
        "average calories per category",
        _about(lambda d: d.groupby(_text(d["Category"]))["Calories"].mean().to_numpy(), rel=0.005),
        (*_MC_ID, "Calories"),
    ),
    Q(
        "how many items have more than 1000mg of sodium?",
        either(
            _count(lambda d: float((d["Sodium"] > 1000).sum())), _count(lambda d: float((d["Sodium"] >= 1000).sum()))
        ),
        (*_MC_ID, "Sodium", "Sodium (% Daily Value)"),
    ),
    Q(
        "what % of menu items have zero trans fat",
        _share(lambda d: float((d["Trans Fat"] == 0).mean())),
        (*_MC_ID, "Trans Fat"),
    ),
    Q(
        "correlation between sugars and calories?",
        _corr(lambda d: d["Sugars"], lambda d: d["Calories"]),
        (*_MC_ID, "Sugars", "Calories"),
    ),
]


# --- 7. Montgomery County employee salaries (data.gov "Employee Salaries - 2016", Montgomery County, MD) ------------

# code|department name|staff weight|median salary|male share|part-time share|share paid overtime|typical overtime
# pay|divisions ("+" between them)|position titles with weights ("+" between them)
_MS_DEPARTMENTS = _fields(
    "POL|Department of Police|19|82000|0.72|0.02|0.75|9000|PSB 3rd District Patrol+PSB 4th District Patrol+"
    "PSB 1st District Patrol+PSB 2nd District Patrol+PSB 5th District Patrol+PSB 6th District Patrol+"
    "ISB Major Crimes Division+PSB Traffic Division+Emergency Communications Center|Police Officer III:40+"
    "Police Officer II:12+Master Police Officer:12+Police Sergeant:8+Police Corporal:5+Police Cadet:3+"
    "Public Safety Emergency Communications Specialist III:5+Police Services Aide:3+Office Services Coordinator:4+"
    "Police Lieutenant:2+Police Captain:1;HHS|Department of Health and Human Services|17|72000|0.22|0.08|0.15|1500|"
    "Children, Youth and Family Services+Aging and Disability Services+Behavioral Health and Crisis Services+"
    "Public Health Services+Special Needs Housing+Office of Eligibility and Support Services+"
    "School Health Services|Social Worker III:15+Community Health Nurse II:12+"
    "Income Assistance Program Specialist II:12+Therapist II:8+Program Manager I:6+Office Services Coordinator:8+"
    "Principal Administrative Aide:8+School Health Room Technician I:10+Nurse Practitioner:3+Manager III:3+"
    "Program Specialist II:6+Senior Social Worker:6;FRS|Fire and Rescue Services|14|86000|0.9|0.01|0.9|18000|"
    "Operations+Fire and Explosive Investigations+Volunteer Services+Human Resources+Fiscal Management+Training|"
    "Firefighter/Rescuer III:45+Master Firefighter/Rescuer:20+Fire/Rescue Lieutenant:10+Fire/Rescue Captain:8+"
    "Firefighter/Rescuer II:8+Fire/Rescue Battalion Chief:3+Office Services Coordinator:2+"
    "Firefighter/Rescuer I (Recruit):4;DOT|Department of Transportation|12.5|52000|0.7|0.05|0.8|7000|"
    "Transit Silver Spring Ride On+Transit Gaithersburg Ride On+Transit Nicholson Ride On+Highway Services+"
    "Traffic Engineering Studies+Parking Management+Transportation Engineering|Bus Operator:60+"
    "Transit Coordinator:6+Motor Pool Attendant:4+Equipment Operator II:8+Engineer III:6+Mechanic Technician II:8+"
    "Parking Enforcement Officer:4+Manager II:2+Office Services Coordinator:2;COR|Correction and Rehabilitation|6|"
    "68000|0.66|0.01|0.85|11000|Montgomery County Correctional Facility+Montgomery County Detention Center+"
    "Pre-Release and Reentry Services+Pre-Trial Services|Correctional Officer III (Corporal):40+"
    "Correctional Officer II:15+Correctional Dietary Officer:5+Resident Supervisor II:10+"
    "Correctional Specialist IV:6+Correctional Officer IV (Sergeant):10+Office Services Coordinator:4+"
    "Registered Nurse:5+Correctional Shift Commander:5;DLC|Department of Liquor Control|4|44000|0.75|0.35|0.55|"
    "2500|Retail Stores+Warehouse Operations+Delivery Operations+Administrative Services|Liquor Store Clerk II:35+"
    "Liquor Store Manager I:10+Warehouse Worker:25+Liquor Store Clerk I:15+Truck Driver:10+"
    "Office Services Coordinator:5;DGS|Department of General Services|4|70000|0.7|0.02|0.45|3000|"
    "Facilities Management Division+Central Services+Office of Procurement+Fleet Management Services+"
    "Building Design and Construction|Building Services Worker:10+Mechanic Technician II:20+Property Manager II:8+"
    "Procurement Specialist II:10+Electrician II:10+Plumber II:8+Manager III:6+Office Services Coordinator:8+"
    "Engineer III:6+Automotive Parts Technician:6;LIB|Department of Public Libraries|5|48000|0.27|0.35|0.04|300|"
    "Germantown Library+Silver Spring Library+Rockville Library+Wheaton Library+Bethesda Library+"
    "Gaithersburg Library+Olney Library+Collection Management|Library Assistant I:30+Library Desk Assistant:25+"
    "Librarian II:15+Library Assistant Supervisor:8+Librarian I:10+Library Page:8+Manager III:4;REC|"
    "Department of Recreation|3.5|45000|0.45|0.45|0.1|500|Aquatics+Senior Programs+Sports+"
    "Community Recreation Centers+Youth Development|Recreation Specialist:35+Recreation Coordinator:15+"
    "Aquatic Center Supervisor:5+Lifeguard:20+Recreation Assistant:20+Manager II:5;DPS|"
    "Department of Permitting Services|2.5|84000|0.65|0.02|0.15|1500|Land Development+Building Construction+"
    "Zoning and Code Compliance|Permitting Services Inspector III:30+Permitting Services Specialist III:20+"
    "Engineer III:25+Permitting Services Specialist II:15+Manager II:10;DEP|Department of Environmental Protection|"
    "1.6|86000|0.55|0.03|0.3|2000|Solid Waste Services+Watershed Management+Environmental Policy and Compliance|"
    "Planning Specialist III:30+Engineer III:25+Solid Waste Services Inspector:15+"
    "Environmental Health Specialist II:15+Manager II:15;SHF|Sheriff's Office|2|70000|0.7|0.02|0.7|5000|"
    "Judicial Security+Civil Process+Warrants|Deputy Sheriff III:50+Deputy Sheriff II:20+"
    "Deputy Sheriff Sergeant:10+Deputy Sheriff I:10+Office Services Coordinator:10;DTS|"
    "Department of Technology Services|1.6|106000|0.68|0.01|0.08|800|Enterprise Systems and Operations+"
    "Office of Broadband Programs+Enterprise Applications and Solutions|IT Specialist III:45+IT Specialist II:15+"
    "Manager II:20+IT Specialist I:10+Manager I:10;FIN|Department of Finance|1.4|82000|0.4|0.02|0.1|800|Treasury+"
    "Controller+Risk Management+Fiscal Projects|Accountant/Auditor III:30+Accountant/Auditor II:20+"
    "Fiscal Assistant:20+Tax Assessor:10+Manager II:10+Office Services Coordinator:10;OHR|"
    "Office of Human Resources|0.8|82000|0.3|0.02|0.05|500|Health and Employee Welfare+"
    "Selection and Classification+Training and Organizational Development|Human Resources Specialist III:50+"
    "Human Resources Specialist II:20+Manager II:15+Office Services Coordinator:15;CAT|"
    "Office of the County Attorney|0.8|118000|0.42|0.04|0.02|300|Litigation+Finance and Procurement+Self-Insurance+"
    "Social Services|Associate County Attorney:55+Legal Secretary:20+Paralegal Specialist:15+Manager I:10;CCL|"
    "County Council|1.8|86000|0.45|0.08|0.03|300|Council Central Staff+Office of Legislative Oversight+"
    "Council Members Staff|Legislative Analyst III:30+Legislative Aide:35+Council Member:8+"
    "Legislative Senior Analyst:12+Office Services Coordinator:15;HCA|Department of Housing and Community Affairs|"
    "0.9|80000|0.45|0.02|0.1|800|Housing Code Enforcement+Multifamily Housing+Community Development|"
    "Housing Code Inspector III:35+Program Manager I:20+Planning Specialist III:25+Office Services Coordinator:20;"
    "CEX|Offices of the County Executive|0.6|100000|0.45|0.04|0.05|500|Executive Office+"
    "Office of Public Information+Office of Community Partnerships|Manager II:30+"
    "Public Information Specialist III:25+Senior Executive Administrative Aide:20+Program Manager II:25;OMB|"
    "Office of Management and Budget|0.4|104000|0.45|0.02|0.05|500|Budget Development|"
    "Management and Budget Specialist III:60+Manager II:20+Management and Budget Specialist II:20;BOE|"
    "Board of Elections|0.4|56000|0.45|0.05|0.6|2000|Voter Registration+Election Operations|Election Aide:40+"
    "Election Program Manager:20+Principal Administrative Aide:40;SAO|State's Attorney's Office|1.6|78000|0.4|0.03|"
    "0.05|500|Trial Division+District Court Division+Juvenile Division|Assistant State's Attorney:45+"
    "Legal Assistant:25+Investigator:15+Office Services Coordinator:15;CCT|Circuit Court|1|72000|0.35|0.03|0.1|800|"
    "Court Administration+Family Division Services+Law Library|Court Clerk:40+"
    "Family Division Services Coordinator:20+Law Clerk:25+Office Services Coordinator:15"
)
_MS_FIRST_F = _split(
    "Mary;Patricia;Jennifer;Linda;Elizabeth;Barbara;Susan;Jessica;Sarah;Karen;Nancy;Lisa;Betty;Margaret;Sandra;Ashley;"
    "Kimberly;Emily;Donna;Michelle;Carol;Amanda;Dorothy;Melissa;Deborah;Stephanie;Rebecca;Sharon;Laura;Cynthia;Maria;"
    "Angela;Tanisha;Keisha;Yolanda;Mei;Ngozi;Fatima;Rosa;Guadalupe;Priya;Thuy"
)
_MS_FIRST_M = _split(
    "James;Robert;John;Michael;David;William;Richard;Joseph;Thomas;Charles;Christopher;Daniel;Matthew;Anthony;Mark;"
    "Donald;Steven;Paul;Andrew;Joshua;Kenneth;Kevin;Brian;George;Timothy;Ronald;Edward;Jason;Jeffrey;Ryan;Jose;Carlos;"
    "Juan;Darnell;Tyrone;Andre;Wei;Chukwuemeka;Mohammed;Tuan;Rajesh;Samuel"
)
_MS_LAST = _split(
    "Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Rodriguez;Martinez;Hernandez;Lopez;Gonzalez;Wilson;"
    "Anderson;Thomas;Taylor;Moore;Jackson;Martin;Lee;Perez;Thompson;White;Harris;Sanchez;Clark;Ramirez;Lewis;Robinson;"
    "Walker;Young;Allen;King;Wright;Scott;Torres;Nguyen;Hill;Flores;Green;Adams;Nelson;Baker;Hall;Rivera;Campbell;"
    "Mitchell;Carter;Roberts;Kim;Chen;Okafor;Mensah;Patel;Shah;Tran;Le;Abebe;Tesfaye;O'Brien;McCarthy;Fitzgerald;"
    "Schwartz;Cohen;Weiss;Friedman;Murphy;Sullivan;Kelly;Brooks;Gray;Ward;Price;Bennett;Wood;Barnes;Ross;Henderson;"
    "Coleman;Jenkins;Perry;Powell;Long;Patterson;Hughes;Washington;Butler;Simmons;Foster;Bryant;Alexander;Russell"
)


def _ms_hired(rng: np.random.Generator) -> pd.Timestamp:
    years = np.arange(1965, 2017)
    weight = np.exp(-(2016 - years) / 11.0)
    weight[(years >= 2009) & (years <= 2012)] *= 0.55
    weight[years == 2015] *= 1.2
    weight[years == 2016] *= 0.75
    year = int(_one(rng, list(years), list(weight)))
    last = 270 if year == 2016 else 365
    return pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, last)))


def _salaries_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6007)
    departments = [row[0] for row in _MS_DEPARTMENTS]
    spec = {row[0]: row for row in _MS_DEPARTMENTS}
    names: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        code = str(_one(rng, departments, [float(row[2]) for row in _MS_DEPARTMENTS]))
        _c, name, _w, median, male, part, paid, typical, divisions, titles = spec[code]
        man = rng.random() < float(male)
        parttime = rng.random() < float(part)
        hired = _ms_hired(rng)
        tenure = (pd.Timestamp("2016-12-31") - hired).days / 365.25
        salary = float(median) * float(rng.lognormal(0, 0.22)) * (1 + 0.012 * min(tenure, 25) - 0.12)
        salary *= (0.5 if parttime else 1.0) * (1.04 if man else 1.0)
        salary = round(float(np.clip(salary, 12_500, 280_000)), 2)
        overtime: float | None = None
        if not parttime and rng.random() < float(paid):
            overtime = round(float(rng.lognormal(np.log(float(typical)), 1.0)), 2)
        share = min(1.0, max(0.0, (pd.Timestamp("2016-12-31") - hired).days / 366))
        gross: float | None = round(salary * share * float(rng.uniform(0.92, 1.03)) + (overtime or 0.0), 2)
        if hired > pd.Timestamp("2016-08-15") and rng.random() < 0.7:
            gross = None
        title = _draw(rng, titles.replace("+", ";"))
        under = None
        if rng.random() < 0.08 and re.search(r" (II|III)\b", title):
            under = re.sub(r" (II|III)\b", lambda m: " I" if m.group(1) == "II" else " II", title, count=1)
        first = str(_one(rng, _MS_FIRST_M if man else _MS_FIRST_F))
        middle = f" {_one(rng, list('ABCDEFGHJKLMNPRSTW'))}." if rng.random() < 0.6 else ""
        full = f"{_one(rng, _MS_LAST)}, {first}{middle}"
        while full in names:
            full = f"{_one(rng, _MS_LAST)}, {first} {_one(rng, list('ABCDEFGHJKLMNPRSTW'))}."
        names.add(full)
        rows.append(
            {
                "Full Name": full,
                "Gender": None if rng.random() < 0.003 else ("M" if man else "F"),
                "Current Annual Salary": salary,
                "2016 Gross Pay Received": gross,
                "2016 Overtime Pay": overtime,
                "Department": code,
                "Department Name": name,
                "Division": str(_one(rng, divisions.split("+"))),
                "Assignment Category": "Parttime-Regular" if parttime else "Fulltime-Regular",
                "Position Title": title,
                "Underfilled Job Title": under,
                "Date First Hired": f"{hired:%m/%d/%Y}",
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("Full Name", kind="stable").reset_index(drop=True)


def _ms_by(value: str, how: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _ranked(d.groupby(_text(d["Department Name"]))[value].agg(how))


def _ms_codes(d: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    pairs = d[["Department Name", "Department"]].drop_duplicates()
    return {
        str(n).strip(): (str(c).strip(),) for n, c in zip(pairs["Department Name"], pairs["Department"], strict=True)
    }


def _ms_dept(ranking: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """The top department of a ranking, by its name or its code."""

    def check(answer: str, d: pd.DataFrame) -> str | None:
        return _named(_top_of(ranking), _ms_codes(d))(answer, d)

    return check


def _ms_gender_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_text(d["Gender"]))["Current Annual Salary"].mean()
    return [float(by["F"]), float(by["M"])]


def _ms_hires(d: pd.DataFrame) -> pd.Series:
    years = pd.to_datetime(d["Date First Hired"], format="%m/%d/%Y", errors="coerce").dt.year
    return _ranked(years.dropna().astype(int).value_counts())


_MS_SALARY = "Current Annual Salary"
_MS_OVERTIME = "2016 Overtime Pay"
_MS_DEPT = ("Department", "Department Name")
_MS_ID = ("Full Name",)
_SALARIES_QS = [
    Q(
        "average salary for men vs women?",
        _scaled(_ms_gender_means, (1e3,)),
        (*_MS_ID, "Gender", _MS_SALARY),
    ),
    Q(
        "which department has the highest median salary",
        _lead(_ms_dept(_ms_by(_MS_SALARY, "median"))),
        (*_MS_ID, *_MS_DEPT, _MS_SALARY),
    ),
    Q(
        "how many people work in the police department?",
        _count(lambda d: float((_text(d["Department"]) == "POL").sum())),
        (*_MS_ID, *_MS_DEPT),
    ),
    Q(
        "how much overtime was paid in total in 2016?",
        _scaled(lambda d: float(d[_MS_OVERTIME].sum()), (1e3, 1e6)),
        (*_MS_ID, _MS_OVERTIME),
    ),
    Q(
        "which department got the most of it?",
        _lead(_ms_dept(_ms_by(_MS_OVERTIME, "sum"))),
        (*_MS_ID, *_MS_DEPT, _MS_OVERTIME),
    ),
    Q(
        "plot hires per year from date first hired, which year had the most hires?",
        _lead(_year(lambda d: float(_ms_hires(d).index[0]))),
        (*_MS_ID, "Date First Hired"),
    ),
]


HELDOUT60: list[Dataset] = [
    Dataset("cardiovascular_disease", _cardio_frame, _CARDIO_QS),
    Dataset("indian_startup_funding", _startup_frame, _STARTUP_QS),
    Dataset("eurovision_contests", _eurovision_frame, _EUROVISION_QS),
    Dataset("uci_automobile_imports85", _automobile_frame, _AUTOMOBILE_QS),
    Dataset("plastic_pollution_audits", _plastics_frame, _PLASTICS_QS),
    Dataset("mcdonalds_menu_nutrition", _menu_frame, _MENU_QS),
    Dataset("montgomery_county_salaries", _salaries_frame, _SALARIES_QS),
]
