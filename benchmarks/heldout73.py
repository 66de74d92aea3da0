"""HELDOUT73: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Retail Store Inventory Forecasting file (retail_store_inventory.csv, a sample of 5000 store-product-days from
2022-01-01 to 2024-01-01) with ISO dates, "S001" store and "P0001" product ids, five categories, four regions,
Inventory Level, Units Sold (never above the inventory), Units Ordered, a two-decimal Demand Forecast, Price,
Discount in steps of 5, Sunny / Cloudy / Rainy / Snowy Weather Condition, a 0/1 "Holiday/Promotion", Competitor
Pricing and the season; the CFPB Consumer Complaint Database export (complaints.csv, 5000 complaints received
2019-2022, newest first) with ISO "Date received" and "Date sent to company", the long product names ("Credit
reporting, credit repair services, or other personal consumer reports"), sub-products, issues and sub-issues (blank
where the issue has none), a complaint narrative with "XXXX" redactions only when consent was provided, company
public responses mostly blank, upper-case company names ("EQUIFAX, INC."), two-letter states with a few blanks, ZIP
codes as text ("02139", "300XX" when the narrative is published), "Older American" / "Servicemember" tags, consent
answers with "N/A" for complaints not sent in on the web, Web / Referral / Phone / Postal mail / Fax submissions,
"Closed with explanation" style responses, Yes / No "Timely response?", "N/A" in "Consumer disputed?" and a
seven-digit Complaint ID; Kaggle's Salary Data (Salary_Data.csv, 3000 rows) with Age, Male / Female / Other Gender,
Education Level written "Bachelor's" and "Bachelor's Degree", "Master's" and "Master's Degree", "PhD" and once "phD"
besides "High School", job titles, fractional Years of Experience and Salary in dollars (a few implausibly small,
some blank, two rows blank throughout); TidyTuesday's Tate collection artworks (artwork_data.csv, 3679 works, three
in five of them from the Turner Bequest) with id, "D12345" / "N05432" / "AR00123" accession numbers, "Turner, Joseph
Mallord William" style artists with role and artistId, titles ("Blank" for empty sketchbook pages), dateText such as
"c.1796-7", "?c.1775", "published 1814" or "date not known" beside a year that is blank when the date is not known,
medium, credit line, acquisitionYear (a few blank), dimensions as "support: 394 x 419 mm" or "object: 330 x 150 x
140 mm" beside width, height, depth (sculptures only) and units, "date inscribed" inscriptions, copyright lines,
thumbnail and page urls; TidyTuesday's verified oldest people (centenarians.csv, the 150 oldest men then the 150
oldest women) with rank within each sex, name, ISO birth_date, death_date blank for the living, age in years to two
decimals, place_of_death_or_residence, female / male and alive / deceased; Kaggle's Body Performance Data
(bodyPerformance.csv, 5000 people) with float ages, M / F, height_cm, weight_kg, "body fat_%", diastolic and
systolic pressure (two recorded as 0), gripForce, "sit and bend forward_cm" (two impossible values), "sit-ups
counts", "broad jump_cm" and class A (best) to D in equal quarters; and TidyTuesday's passwords (passwords.csv, 500
common passwords ranked by popularity) with category, the online crack time as value and time_unit ("6.91",
"years"), offline_crack_sec, rank_alt, strength (three odd values above 40) and font_size, followed by seven blank
rows. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _split, _text, _year
from .heldout38 import _draw
from .heldout39 import _fields
from .heldout40 import _top_named
from .heldout41 import _any_named, _deal
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(values: pd.Series) -> str:
    """The most frequent label (ties in label order), blanks left out."""
    kept = _text(values)
    return str(_ranked(kept[kept != ""].value_counts()).index[0])


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# --- 1. Retail store inventory (Kaggle "Retail Store Inventory Forecasting", retail_store_inventory.csv) ----------

# store id|region|how busy it is
_RI_STORES = _fields("S001|North|1.0;S002|South|0.9;S003|East|1.16;S004|West|0.95;S005|North|1.03")
# category: price range (US$), demand by calendar month (January first)
_RI_CATEGORIES: dict[str, tuple[float, float, str]] = {
    "Groceries": (10, 35, "1.0 0.96 1.0 1.0 1.02 1.0 1.03 1.02 1.0 1.02 1.08 1.14"),
    "Toys": (15, 60, "0.8 0.78 0.85 0.9 0.9 0.95 0.97 0.95 0.93 1.02 1.32 1.9"),
    "Electronics": (45, 100, "0.95 0.85 0.9 0.88 0.9 0.94 0.95 1.05 1.0 1.0 1.38 1.5"),
    "Furniture": (35, 100, "0.9 0.9 1.05 1.15 1.15 1.05 1.0 1.0 0.95 0.95 0.95 0.94"),
    "Clothing": (15, 80, "0.85 0.8 1.0 1.05 1.1 1.15 1.1 1.0 1.05 1.05 1.15 1.28"),
}
_RI_SEASONS = _split("Winter;Winter;Spring;Spring;Spring;Summer;Summer;Summer;Autumn;Autumn;Autumn;Winter")
_RI_WEATHER = {
    "Winter": "Snowy:38;Cloudy:30;Rainy:20;Sunny:12",
    "Spring": "Rainy:34;Cloudy:30;Sunny:31;Snowy:5",
    "Summer": "Sunny:55;Cloudy:20;Rainy:25",
    "Autumn": "Rainy:35;Cloudy:34;Sunny:26;Snowy:5",
}
_RI_WEATHER_EFFECT = {"Sunny": 1.04, "Cloudy": 1.0, "Rainy": 0.94, "Snowy": 0.86}


def _retail_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7301)
    days = pd.date_range("2022-01-01", "2024-01-01", freq="D")
    categories = list(_RI_CATEGORIES)
    products = [(f"P{i + 1:04d}", categories[i % len(categories)]) for i in range(20)]
    demand = rng.uniform(70, 160, len(products))
    list_prices = [float(rng.uniform(*_RI_CATEGORIES[c][:2])) for _p, c in products]
    cells = len(_RI_STORES) * len(products)
    rows: list[dict[str, Any]] = []
    for k in np.sort(rng.choice(len(days) * cells, 5000, replace=False)):
        at, rest = divmod(int(k), cells)
        s, p = divmod(rest, len(products))
        day = days[at]
        store, region, busy = _RI_STORES[s]
        product, category = products[p]
        season = _RI_SEASONS[day.month - 1]
        weather = _draw(rng, _RI_WEATHER[season])
        promo = int(rng.random() < (0.6 if day.month >= 11 else 0.45))
        discount = int(_one(rng, [0, 5, 10, 15, 20]))
        price = round(list_prices[p] * float(rng.uniform(0.9, 1.1)), 2)
        rival = round(price * float(rng.uniform(0.9, 1.1)), 2)
        mean = float(demand[p]) * float(busy) * float(_RI_CATEGORIES[category][2].split()[day.month - 1])
        mean *= 1 + 0.1 * (day - days[0]).days / 365
        mean *= (1.22 if promo else 1.0) * (1 + 0.012 * discount) * _RI_WEATHER_EFFECT[weather]
        mean *= (rival / price) ** 1.5
        stock = int(rng.integers(50, 501))
        sold = min(int(rng.poisson(mean)), stock)
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Store ID": store,
                "Product ID": product,
                "Category": category,
                "Region": region,
                "Inventory Level": stock,
                "Units Sold": sold,
                "Units Ordered": int(rng.integers(20, 201)),
                "Demand Forecast": round(sold + float(rng.normal(0, 9)), 2),
                "Price": price,
                "Discount": discount,
                "Weather Condition": weather,
                "Holiday/Promotion": promo,
                "Competitor Pricing": rival,
                "Seasonality": season,
            }
        )
    return pd.DataFrame(rows)


def _ri_month(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"])).dt.to_period("M")


def _ri_peak(d: pd.DataFrame) -> pd.Period:
    return d.groupby(_ri_month(d))["Units Sold"].sum().idxmax()


def _ri_peak_category(d: pd.DataFrame) -> str:
    month = d[_ri_month(d) == _ri_peak(d)]
    return str(_ranked(month.groupby(_text(month["Category"]))["Units Sold"].sum()).index[0])


def _ri_top_store(revenue: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        amount = d["Units Sold"] * d["Price"] if revenue else d["Units Sold"]
        return str(_ranked(amount.groupby(_text(d["Store ID"])).sum()).index[0])

    return top


_RI_ID = ("Date", "Store ID", "Product ID")
_RI_PROMO = "Holiday/Promotion"
_RETAIL_QS = [
    Q(
        "total units sold per category",
        _scaled(lambda d: d.groupby(_text(d["Category"]))["Units Sold"].sum().to_numpy(), (1e3, 1e6)),
        (*_RI_ID, "Category", "Units Sold"),
    ),
    Q(
        "which store sells the most?",
        _lead(either(_named(_ri_top_store(False)), _named(_ri_top_store(True)))),
        (*_RI_ID, "Units Sold", "Price"),
    ),
    Q(
        "avg units sold on holiday/promo days vs normal days",
        _about(lambda d: d.groupby(_RI_PROMO)["Units Sold"].mean().to_numpy()),
        (*_RI_ID, _RI_PROMO, "Units Sold"),
    ),
    Q(
        "plot total units sold by month - which month was the best?",
        _lead(_month_year(lambda d: _ri_peak(d).to_timestamp())),
        (*_RI_ID, "Units Sold"),
    ),
    Q(
        "which category sold the most that month?",
        _lead(_named(_ri_peak_category)),
        (*_RI_ID, "Category", "Units Sold"),
    ),
    Q(
        "is discount correlated with units sold",
        _corr(lambda d: d["Discount"], lambda d: d["Units Sold"]),
        (*_RI_ID, "Discount", "Units Sold"),
    ),
]


# --- 2. Consumer complaints (CFPB "Consumer Complaint Database", complaints.csv) -----------------------------------

_CF_CREDIT = "Credit reporting, credit repair services, or other personal consumer reports"
# product: share of complaints (%), sub-products, issues as issue: (weight, sub-issues), companies
_CF_PRODUCTS: dict[str, tuple[float, str, dict[str, tuple[float, str]], str]] = {
    _CF_CREDIT: (
        58,
        "Credit reporting:97;Other personal consumer report:2;Credit repair services:1",
        {
            "Incorrect information on your report": (
                45,
                "Information belongs to someone else:40;Account status incorrect:20;Account information incorrect:20;"
                "Personal information incorrect:10;Old information reappears or never goes away:5;"
                "Information is missing that should be on the report:5",
            ),
            "Problem with a credit reporting company's investigation into an existing problem": (
                30,
                "Their investigation did not fix an error on your report:50;Investigation took more than 30 days:20;"
                "Was not notified of investigation status or results:20;"
                "Difficulty submitting a dispute or getting information about a dispute over the phone:10",
            ),
            "Improper use of your report": (
                20,
                "Reporting company used your report improperly:70;"
                "Credit inquiries on your report that you don't recognize:30",
            ),
            "Unable to get your credit report or credit score": (
                3,
                "Other problem getting your report or credit score:60;"
                "Problem getting your free annual credit report:40",
            ),
            "Credit monitoring or identity theft protection services": (
                2,
                "Problem canceling credit monitoring or identify theft protection service:50;"
                "Billing dispute for services:50",
            ),
        },
        "EQUIFAX, INC.:38;TRANSUNION INTERMEDIATE HOLDINGS, INC.:32;Experian Information Solutions Inc.:29;"
        "LEXISNEXIS:0.6;Credit Karma, LLC:0.4",
    ),
    "Debt collection": (
        11,
        "I do not know:30;Other debt:20;Credit card debt:15;Medical debt:15;Auto debt:5;Telecommunications debt:5;"
        "Rental debt:5;Payday loan debt:3;Private student loan debt:2",
        {
            "Attempts to collect debt not owed": (
                50,
                "Debt is not yours:55;Debt was paid:20;Debt was result of identity theft:15;"
                "Debt was already discharged in bankruptcy and is no longer owed:10",
            ),
            "Written notification about debt": (
                20,
                "Didn't receive enough information to verify debt:80;"
                "Notification didn't disclose it was an attempt to collect a debt:20",
            ),
            "False statements or representation": (
                10,
                "Attempted to collect wrong amount:70;Indicated you were committing crime by not paying debt:30",
            ),
            "Communication tactics": (
                10,
                "Frequent or repeated calls:60;Used obscene, profane, or other abusive language:15;"
                "You told them to stop contacting you, but they keep trying:25",
            ),
            "Took or threatened to take negative or legal action": (
                10,
                "Threatened or suggested your credit would be damaged:60;Threatened to sue you for very old debt:40",
            ),
        },
        "ENCORE CAPITAL GROUP INC.:14;PORTFOLIO RECOVERY ASSOCIATES INC:12;Resurgent Capital Services L.P.:8;"
        "LVNV Funding LLC:6;Transworld Systems Inc.:8;Credit Control, LLC:4;CAPITAL ONE FINANCIAL CORPORATION:4;"
        "AR Resources, Inc.:4;Enhanced Recovery Company, LLC:8;Convergent Resources, Inc.:5;I.C. System, Inc:6;"
        "Diversified Consultants, Inc.:5;Midland Credit Management, Inc.:6",
    ),
    "Credit card or prepaid card": (
        8,
        "General-purpose credit card or charge card:80;Store credit card:15;General-purpose prepaid card:4;"
        "Government benefit card:1",
        {
            "Problem with a purchase shown on your statement": (
                30,
                "Credit card company isn't resolving a dispute about a purchase on your statement:60;"
                "Card was charged for something you did not purchase with the card:40",
            ),
            "Fees or interest": (15, "Problem with fees:60;Charged too much interest:40"),
            "Other features, terms, or problems": (15, "Other problem:100"),
            "Getting a credit card": (10, "Card opened without my consent or knowledge:60;Application denied:40"),
            "Closing your account": (10, "Company closed your account:70;Can't close your account:30"),
            "Incorrect information on your report": (10, "Account information incorrect:100"),
            "Trouble using your card": (10, "Can't use card to make purchases:100"),
        },
        "CAPITAL ONE FINANCIAL CORPORATION:20;CITIBANK, N.A.:18;JPMORGAN CHASE & CO.:15;SYNCHRONY FINANCIAL:14;"
        "AMERICAN EXPRESS COMPANY:10;BANK OF AMERICA, NATIONAL ASSOCIATION:10;DISCOVER BANK:8;WELLS FARGO & COMPANY:5",
    ),
    "Checking or savings account": (
        7,
        "Checking account:80;Savings account:12;Other banking product or service:6;CD (Certificate of Deposit):2",
        {
            "Managing an account": (
                55,
                "Deposits and withdrawals:30;Banking errors:15;Problem using a debit or ATM card:20;"
                "Funds not handled or disbursed as instructed:15;Fee problem:10;Cashing a check:10",
            ),
            "Closing an account": (15, "Company closed your account:60;Funds not received from closed account:40"),
            "Problem with a lender or other company charging your account": (15, "Transaction was not authorized:100"),
            "Opening an account": (
                10,
                "Account opened as a result of fraud:50;Didn't receive terms that were advertised:50",
            ),
            "Problem caused by your funds being low": (5, "Overdrafts and overdraft fees:100"),
        },
        "BANK OF AMERICA, NATIONAL ASSOCIATION:22;WELLS FARGO & COMPANY:20;JPMORGAN CHASE & CO.:18;CITIBANK, N.A.:8;"
        "TD BANK US HOLDING COMPANY:6;PNC Bank N.A.:7;U.S. BANCORP:6;CAPITAL ONE FINANCIAL CORPORATION:5;"
        "TRUIST FINANCIAL CORPORATION:5;NAVY FEDERAL CREDIT UNION:3",
    ),
    "Mortgage": (
        5,
        "Conventional home mortgage:60;FHA mortgage:20;VA mortgage:8;Home equity loan or line of credit (HELOC):7;"
        "Reverse mortgage:2;Other type of mortgage:3",
        {
            "Trouble during payment process": (45, ""),
            "Struggling to pay mortgage": (30, ""),
            "Applying for a mortgage or refinancing an existing mortgage": (10, ""),
            "Closing on a mortgage": (8, ""),
            "Incorrect information on your report": (7, "Account status incorrect:60;Account information incorrect:40"),
        },
        "Nationstar Mortgage LLC:15;WELLS FARGO & COMPANY:14;BANK OF AMERICA, NATIONAL ASSOCIATION:10;"
        "JPMORGAN CHASE & CO.:10;Ocwen Financial Corporation:8;Rocket Mortgage, LLC:8;SHELLPOINT PARTNERS, LLC:6;"
        "LoanCare, LLC:5;Specialized Loan Servicing Holdings LLC:5;U.S. BANCORP:5;Lakeview Loan Servicing, LLC:4",
    ),
    "Money transfer, virtual currency, or money service": (
        4,
        "Domestic (US) money transfer:35;Mobile or digital wallet:35;Virtual currency:15;"
        "International money transfer:10;Check cashing service:5",
        {
            "Fraud or scam": (40, ""),
            "Other transaction problem": (25, ""),
            "Money was not available when promised": (15, ""),
            "Unauthorized transactions or other transaction problem": (20, ""),
        },
        "PAYPAL HOLDINGS, INC.:30;Block, Inc.:20;Coinbase, Inc.:15;Early Warning Services, LLC:10;"
        "WESTERN UNION COMPANY, THE:10;MONEYGRAM INTERNATIONAL, INC:5;Green Dot Corporation:4",
    ),
    "Vehicle loan or lease": (
        2.5,
        "Loan:85;Lease:15",
        {
            "Managing the loan or lease": (50, "Billing problems:40;Problems when you are unable to pay:30;:30"),
            "Struggling to pay your loan": (20, "Denied request to lower payments:50;:50"),
            "Problems at the end of the loan or lease": (20, "Problem with paying off the loan:60;:40"),
            "Getting a loan or lease": (10, "Credit denial:50;:50"),
        },
        "SANTANDER HOLDINGS USA, INC.:20;ALLY FINANCIAL INC.:18;Credit Acceptance Corporation:15;"
        "Exeter Finance Corporation:10;Westlake Services, LLC:10;CAPITAL ONE FINANCIAL CORPORATION:10;"
        "Toyota Motor Credit Corporation:8;General Motors Financial Company, Inc.:9",
    ),
    "Student loan": (
        2,
        "Federal student loan servicing:70;Private student loan:30",
        {
            "Dealing with your lender or servicer": (
                70,
                "Trouble with how payments are being handled:40;Received bad information about your loan:30;"
                "Problem with customer service:30",
            ),
            "Struggling to repay your loan": (
                25,
                "Problem lowering your monthly payments:50;Can't temporarily delay making payments:30;"
                "Problem with forgiveness, cancellation, or discharge:20",
            ),
            "Getting a loan": (5, ""),
        },
        "Navient Solutions, LLC.:40;Nelnet, Inc.:25;AES/PHEAA:15;EdFinancial Services:10;SALLIE MAE BANK:10",
    ),
    "Payday loan, title loan, or personal loan": (
        2,
        "Installment loan:60;Personal line of credit:15;Payday loan:15;Title loan:10",
        {
            "Getting the loan": (20, ""),
            "Charged fees or interest you didn't expect": (25, ""),
            "Problem when making payments": (25, ""),
            "Struggling to pay your loan": (15, ""),
            "Incorrect information on your report": (15, "Account information incorrect:100"),
        },
        "OneMain Finance Corporation:25;Enova International, Inc.:20;CURO Intermediate Holdings:15;"
        "Elevate Credit, Inc.:15;Opportunity Financial, LLC:15;LendingClub Corp:10",
    ),
}
# state: share (%), first two digits of its ZIP codes ("" for no state)
_CF_STATES = (
    "CA:13;FL:11;TX:10;GA:7;NY:7;IL:4;PA:4;NC:4;NJ:3.5;OH:3;VA:3;MD:3;MI:2.5;AZ:2.3;TN:2;NV:1.6;SC:1.6;LA:1.5;AL:1.5;"
    "MA:1.5;WA:1.5;CO:1.4;MO:1.3;IN:1.2;MN:1;WI:0.9;CT:0.9;MS:0.9;KY:0.8;OK:0.8;OR:0.7;AR:0.6;DC:0.6;DE:0.5;UT:0.5;"
    "KS:0.5;NM:0.4;NE:0.3;HI:0.3;PR:0.3;ID:0.2;WV:0.2;RI:0.2;NH:0.2;ME:0.15;MT:0.1;AK:0.1;SD:0.1;ND:0.05;VT:0.05;"
    "WY:0.05;AE:0.05;:1"
)
_CF_ZIPS = {
    "CA": "90 91 92 93 94 95",
    "FL": "32 33 34",
    "TX": "75 76 77 78 79",
    "GA": "30 31",
    "NY": "10 11 12 13 14",
    "IL": "60 61 62",
    "PA": "15 16 17 18 19",
    "NC": "27 28",
    "NJ": "07 08",
    "OH": "43 44 45",
    "VA": "22 23 24",
    "MD": "20 21",
    "MI": "48 49",
    "AZ": "85 86",
    "TN": "37 38",
    "NV": "89",
    "SC": "29",
    "LA": "70 71",
    "AL": "35 36",
    "MA": "01 02",
    "WA": "98 99",
    "CO": "80 81",
    "MO": "63 64 65",
    "IN": "46 47",
    "MN": "55 56",
    "WI": "53 54",
    "CT": "06",
    "MS": "38 39",
    "KY": "40 41 42",
    "OK": "73 74",
    "OR": "97",
    "AR": "71 72",
    "DC": "20",
    "DE": "19",
    "UT": "84",
    "KS": "66 67",
    "NM": "87 88",
    "NE": "68 69",
    "HI": "96",
    "PR": "00",
    "ID": "83",
    "WV": "24 25 26",
    "RI": "02",
    "NH": "03",
    "ME": "04",
    "MT": "59",
    "AK": "99",
    "SD": "57",
    "ND": "58",
    "VT": "05",
    "WY": "82",
    "AE": "09",
}
_CF_VIA = "Web:88;Referral:5.5;Phone:3.4;Postal mail:1.8;Fax:0.3;Email:0.05"
_CF_CONSENT = "Consent provided:40;Consent not provided:25;Other:5;Consent withdrawn:0.5;:29.5"
_CF_TAGS = ":88;Older American:7.5;Servicemember:3.8;Older American, Servicemember:0.7"
_CF_PUBLIC = (
    "Company has responded to the consumer and the CFPB and chooses not to provide a public response:45;:42;"
    "Company believes it acted appropriately as authorized by contract or law:8;"
    "Company chooses not to provide a public response:3;"
    "Company believes the complaint provided an opportunity to answer consumer's questions:1;"
    "Company disputes the facts presented in the complaint:1"
)
_CF_RESPONSES = (
    "Closed with explanation:80;Closed with non-monetary relief:12;Closed with monetary relief:5;Untimely response:1.2"
)
# days from receipt to the company, by channel
_CF_DELAYS = {
    "Web": "0:75;1:14;2:4;3:3;4:1.5;5:1;7:0.7;12:0.5;20:0.3",
    "Referral": "1:5;2:10;3:15;4:15;5:12;6:10;7:10;8:8;10:7;14:5;21:3",
    "Phone": "0:30;1:30;2:15;3:10;4:8;5:7",
    "Postal mail": "1:10;2:15;3:20;4:15;5:12;7:12;10:10;14:6",
    "Fax": "0:20;1:30;2:25;3:15;5:10",
    "Email": "0:40;1:40;2:20",
}
_CF_NARRATIVES = {
    _CF_CREDIT: _split(
        "I have disputed the XXXX account on my credit report several times and it is still being reported. This "
        "account does not belong to me and I never authorized it.;There are inquiries on my credit report from XXXX "
        "XXXX that I did not authorize. Please remove them as required by the Fair Credit Reporting Act.;My credit "
        "report shows a late payment on XX/XX/{y} that is inaccurate. I have always paid this account on time.;I am a "
        "victim of identity theft and the following accounts are not mine : XXXX, XXXX, XXXX. I sent a copy of my "
        "FTC report and nothing has been removed.;I requested an investigation more than 30 days ago and have not "
        "received any results. The company keeps reporting the same wrong information."
    ),
    "Debt collection": _split(
        "XXXX keeps calling me about a debt that I do not owe. I asked them to validate the debt and they never sent "
        "anything.;A collection agency is reporting a medical debt of ${a}.00 that my insurance already paid.;They "
        "call my job several times a day even after I told them to stop contacting me."
    ),
}
_CF_GENERIC = _split(
    "I contacted {c} several times about this problem and nobody has helped me resolve it.;{c} charged me ${a}.00 "
    "that I did not authorize and refuses to refund the money.;I have been trying to get {c} to fix this since "
    "XX/XX/{y} and I keep getting different answers from every representative."
)


def _cf_pick_issue(rng: np.random.Generator, issues: dict[str, tuple[float, str]]) -> tuple[str, str | None]:
    names = list(issues)
    issue = str(_one(rng, names, [issues[n][0] for n in names]))
    subs = issues[issue][1]
    return issue, (_draw(rng, subs) or None) if subs else None


def _cf_narrative(rng: np.random.Generator, product: str, company: str, day: pd.Timestamp) -> str:
    lines = _CF_NARRATIVES.get(product, _CF_GENERIC)
    line = str(_one(rng, lines))
    who = company.split(",")[0].title()
    return line.format(c=who, a=int(rng.integers(25, 2400)), y=day.year - int(rng.integers(0, 3)))


def _complaints_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7302)
    months = pd.period_range("2019-01", "2022-12", freq="M")
    volume = np.exp(0.028 * np.arange(len(months))) * rng.lognormal(0, 0.06, len(months))
    volume[months.get_loc(pd.Period("2022-08", freq="M"))] *= 1.35
    weekdays = np.array([1.0, 1.05, 1.0, 0.98, 0.92, 0.55, 0.5])
    names = list(_CF_PRODUCTS)
    end = pd.Timestamp("2022-12-31")
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        month = months[int(rng.choice(len(months), p=volume / volume.sum()))]
        while True:
            day = month.start_time + pd.Timedelta(days=int(rng.integers(0, month.days_in_month)))
            if rng.random() < weekdays[day.dayofweek]:
                break
        product = str(_one(rng, names, [v[0] for v in _CF_PRODUCTS.values()]))
        _w, subs, issues, companies = _CF_PRODUCTS[product]
        issue, sub_issue = _cf_pick_issue(rng, issues)
        company = _draw(rng, companies)
        via = _draw(rng, _CF_VIA)
        consent = _draw(rng, _CF_CONSENT) if via == "Web" else "N/A"
        narrative = _cf_narrative(rng, product, company, day) if consent == "Consent provided" else None
        state = _draw(rng, _CF_STATES)
        zip_code = None
        if state and rng.random() > 0.004:
            zip_code = str(_one(rng, _CF_ZIPS[state].split())) + f"{int(rng.integers(0, 1000)):03d}"
            zip_code = zip_code[:3] + "XX" if narrative else zip_code
        sent = day + pd.Timedelta(days=int(_draw(rng, _CF_DELAYS[via])))
        late = (end - sent).days < 15 and rng.random() < 0.6
        response = "In progress" if late else _draw(rng, _CF_RESPONSES)
        timely = "No" if response == "Untimely response" or rng.random() < 0.008 else "Yes"
        rows.append(
            {
                "Date received": day,
                "Product": product,
                "Sub-product": _draw(rng, subs),
                "Issue": issue,
                "Sub-issue": sub_issue,
                "Consumer complaint narrative": narrative,
                "Company public response": None if late else _draw(rng, _CF_PUBLIC) or None,
                "Company": company,
                "State": state or None,
                "ZIP code": zip_code,
                "Tags": _draw(rng, _CF_TAGS) or None,
                "Consumer consent provided?": consent or None,
                "Submitted via": via,
                "Date sent to company": f"{sent:%Y-%m-%d}",
                "Company response to consumer": response,
                "Timely response?": timely,
                "Consumer disputed?": "N/A",
            }
        )
    frame = pd.DataFrame(rows).sort_values("Date received", kind="stable", ignore_index=True)
    frame["Complaint ID"] = 3_118_000 + np.cumsum(rng.integers(1, 1300, len(frame)))
    frame["Date received"] = frame["Date received"].dt.strftime("%Y-%m-%d")
    return frame.iloc[::-1].reset_index(drop=True)


def _cf_top_company(d: pd.DataFrame) -> str:
    return _top(d["Company"])


def _cf_top_issues(d: pd.DataFrame) -> list[str]:
    mine = d[_text(d["Company"]) == _cf_top_company(d)]
    return [str(x) for x in _ranked(_text(mine["Issue"]).value_counts()).index[:3]]


def _cf_peak(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(_text(d["Date received"])).dt.to_period("M")
    return pd.Timestamp(_ranked(month.astype(str).value_counts()).index[0])


def _cf_days(d: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(_text(d["Date sent to company"])) - pd.to_datetime(_text(d["Date received"]))).dt.days


_CF_ALIASES = {
    "EQUIFAX, INC.": ("Equifax",),
    "TRANSUNION INTERMEDIATE HOLDINGS, INC.": ("TransUnion", "Trans Union"),
    "Experian Information Solutions Inc.": ("Experian",),
}
_CF_ID = ("Complaint ID",)
_CF_DATES = ("Date received", "Date sent to company")
_COMPLAINTS_QS = [
    Q(
        "which company gets the most complaints?",
        _lead(_named(_cf_top_company, _CF_ALIASES)),
        (*_CF_ID, "Company"),
    ),
    Q(
        "what are the top 3 issues people complain about with them?",
        _all_named(_cf_top_issues),
        (*_CF_ID, "Company", "Issue"),
    ),
    Q(
        "what % of complaints got a timely response?",
        _share(lambda d: float((_text(d["Timely response?"]) == "Yes").mean())),
        (*_CF_ID, "Timely response?"),
    ),
    Q(
        "plot the number of complaints per month. when did they peak?",
        _lead(_month_year(_cf_peak)),
        (*_CF_ID, "Date received"),
    ),
    Q(
        "how many complaints are tagged older american",
        either(
            _count(lambda d: float((_text(d["Tags"]) == "Older American").sum())),
            _count(lambda d: float(_text(d["Tags"]).str.contains("Older American").sum())),
        ),
        (*_CF_ID, "Tags"),
    ),
    Q(
        "on average how many days between the date received and the date it was sent to the company?",
        _about(lambda d: float(_cf_days(d).mean())),
        (*_CF_ID, *_CF_DATES),
    ),
]


# --- 3. Salaries (Kaggle "Salary Data", Salary_Data.csv) -----------------------------------------------------------

# title|weight|years of experience (from, to)|salary at the middle of that range (US$)|education profile
_SD_TITLES = _fields(
    "Software Engineer|14|1|10|110000|tech;Data Scientist|12|1|15|140000|sci;"
    "Software Engineer Manager|10|8|20|175000|tech;Data Analyst|10|0|8|75000|tech;"
    "Senior Project Engineer|8|8|20|155000|tech;Product Manager|8|4|16|145000|biz;"
    "Full Stack Engineer|8|2|12|130000|tech;Marketing Manager|7|5|16|120000|biz;"
    "Senior Software Engineer|6.5|6|18|165000|tech;Back end Developer|6.5|1|10|105000|tech;"
    "Front end Developer|6.5|1|10|95000|tech;Marketing Coordinator|4|0|6|55000|biz;"
    "Junior Sales Associate|4|0|3|30000|hs;Financial Manager|3.5|6|18|140000|biz;Marketing Analyst|3.5|1|8|70000|biz;"
    "Software Developer|3.3|1|10|100000|tech;Operations Manager|3|5|15|110000|biz;"
    "Human Resources Manager|2.8|5|16|105000|biz;Director of Marketing|2.4|10|25|185000|biz;"
    "Web Developer|2.3|0|8|70000|tech;Product Designer|2|2|10|95000|biz;Research Director|2|12|30|195000|sci;"
    "Content Marketing Manager|2|3|12|95000|biz;Sales Associate|1.9|0|6|40000|hs;"
    "Senior Product Marketing Manager|1.8|8|18|160000|biz;Director of HR|1.8|10|25|170000|biz;"
    "Receptionist|1|0|4|30000|hs;Junior HR Coordinator|1|0|3|35000|hs;Sales Director|1.2|10|25|180000|biz;"
    "Delivery Driver|0.8|0|6|28000|hs;CEO|0.1|20|34|250000|biz;Senior Manager|0.2|8|18|120000|biz;"
    "Director|0.2|12|25|170000|biz;Sales Manager|0.2|5|15|90000|biz;HR Generalist|0.15|2|8|55000|biz;"
    "Accountant|0.15|1|10|60000|biz;Recruiter|0.15|1|8|50000|biz;Customer Service Rep|0.15|0|5|35000|hs;"
    "IT Support|0.15|0|6|45000|tech;Graphic Designer|0.15|1|8|55000|biz;Copywriter|0.1|1|8|50000|biz;"
    "UX Designer|0.15|2|10|85000|tech;Business Analyst|0.15|2|10|80000|biz;Technical Writer|0.1|2|10|65000|tech;"
    "Network Engineer|0.1|3|12|90000|tech;Project Manager|0.2|4|14|95000|biz;Data Entry Clerk|0.1|0|4|32000|hs;"
    "Chief Technology Officer|0.05|18|30|250000|tech;VP of Operations|0.05|15|25|190000|biz"
)
_SD_EDUCATION = {
    "tech": "Bachelor's Degree:45;Master's Degree:25;PhD:8;Bachelor's:14;High School:3;Master's:5",
    "sci": "Bachelor's Degree:10;Master's Degree:25;PhD:55;Bachelor's:3;Master's:7",
    "biz": "Bachelor's Degree:38;Master's Degree:30;PhD:10;Bachelor's:12;High School:4;Master's:6",
    "hs": "High School:55;Bachelor's Degree:25;Bachelor's:15;Master's Degree:5",
}
# education: pay factor, years spent studying after 21
_SD_PAY = {"High School": (0.85, 0), "Bachelor's": (1.0, 1), "Master's": (1.08, 3), "PhD": (1.15, 6)}
_SD_COLUMNS = _split("Age;Gender;Education Level;Job Title;Years of Experience;Salary")


def _salary_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7303)
    weights = [float(t[1]) for t in _SD_TITLES]
    rows: list[dict[str, Any]] = []
    for _ in range(3000):
        title, _w, lo, hi, base, profile = _SD_TITLES[
            int(rng.choice(len(_SD_TITLES), p=np.divide(weights, sum(weights))))
        ]
        gender = _draw(rng, "Male:54.8;Female:45;Other:0.2")
        education = _draw(rng, _SD_EDUCATION[profile])
        pay, study = _SD_PAY[education.replace(" Degree", "")]
        years = float(rng.uniform(float(lo), float(hi) + 1))
        years = float(np.floor(years * 2) / 2) if rng.random() < 0.12 else float(np.floor(years))
        age = 21 + study + years + float(rng.uniform(0, 4))
        salary = float(base) * np.exp(0.03 * (years - (float(lo) + float(hi)) / 2)) * pay
        salary *= (0.94 if gender == "Female" else 1.0) * float(rng.lognormal(0, 0.1))
        step = 5000 if rng.random() < 0.6 else 1000
        rows.append(
            {
                "Age": float(int(min(age, 62))),
                "Gender": gender,
                "Education Level": education,
                "Job Title": title,
                "Years of Experience": years,
                "Salary": float(np.clip(round(salary / step) * step, 25_000, 250_000)),
            }
        )
    frame = pd.DataFrame(rows, columns=_SD_COLUMNS)
    junior = np.flatnonzero(frame["Job Title"].str.startswith("Junior"))
    for i, tiny in zip(rng.choice(junior, 3, replace=False), (350.0, 550.0, 579.0), strict=True):
        frame.loc[int(i), "Salary"] = tiny
    frame.loc[int(rng.choice(np.flatnonzero(frame["Education Level"] == "PhD"))), "Education Level"] = "phD"
    frame.loc[rng.choice(len(frame), 3, replace=False), "Salary"] = np.nan
    frame.loc[int(rng.integers(0, len(frame))), "Education Level"] = None
    frame.loc[int(rng.integers(0, len(frame))), "Years of Experience"] = np.nan
    for i in rng.choice(len(frame), 2, replace=False):
        frame.loc[int(i), _SD_COLUMNS] = np.nan
    return frame


def _sd_education_means(how: str) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        level = _text(d["Education Level"])
        if how != "raw":
            level = level.str.lower()
        if how == "merged":
            level = level.str.replace(" degree", "", regex=False)
        return d[level != ""].groupby(level[level != ""])["Salary"].mean().to_numpy()

    return means


_SD_MONEY = (1e3,)
_SALARY_QS = [
    Q(
        "whats the average salary?",
        _scaled(lambda d: float(d["Salary"].mean()), _SD_MONEY),
        ("Salary",),
    ),
    Q(
        "and for women?",
        _scaled(lambda d: float(d.loc[_text(d["Gender"]) == "Female", "Salary"].mean()), _SD_MONEY),
        ("Salary", "Gender"),
    ),
    Q(
        "average salary by education level",
        either(*(_scaled(_sd_education_means(h), _SD_MONEY) for h in ("raw", "case", "merged"))),
        ("Salary", "Education Level"),
    ),
    Q(
        "is years of experience correlated with salary",
        _corr(lambda d: d["Years of Experience"], lambda d: d["Salary"]),
        ("Years of Experience", "Salary"),
    ),
    Q(
        "top 5 most common job titles",
        _top_named(lambda d: _ranked(_text(d["Job Title"]).replace("", None).value_counts()), 5),
        ("Job Title",),
    ),
    Q(
        "how many ppl earn more than 200k",
        either(
            _count(lambda d: float((d["Salary"] > 200_000).sum())),
            _count(lambda d: float((d["Salary"] >= 200_000).sum())),
        ),
        ("Salary",),
    ),
]


# --- 4. Tate collection artworks (TidyTuesday 2021-01-12 "Art Collections", artwork_data.csv) ----------------------

_TA_ROOMS = (
    "ARTIST ROOMS Acquired jointly with the National Galleries of Scotland through The d'Offay Donation with "
    "assistance from the National Heritage Memorial Fund and the Art Fund 2008@2008"
)
# artist: artistId, works, years made (from, to), media as "medium:weight", credit lines as "line@year or
# from-to:weight" ("{}" is the acquisition year, "{d}" a donor), copyright line of the thumbnail ("" for none)
_TA_ARTISTS: dict[str, tuple[int, int, tuple[int, int], str, str, str]] = {
    "Turner, Joseph Mallord William": (
        558,
        2200,
        (1787, 1851),
        "Graphite on paper:45;Watercolour on paper:12;Graphite and watercolour on paper:15;Pen and ink on paper:8;"
        "Gouache and watercolour on paper:5;Chalk on paper:5;Graphite and ink on paper:7;Oil paint on canvas:3",
        "Accepted by the nation as part of the Turner Bequest 1856@1856:100",
        "",
    ),
    "Jones, George": (
        1308,
        245,
        (1815, 1869),
        "Graphite on paper:60;Ink on paper:25;Watercolour on paper:10;Oil paint on canvas:5",
        "Presented by Mrs George Jones 1870@1870:100",
        "",
    ),
    "Moore, Henry, OM, CH": (
        1641,
        190,
        (1921, 1983),
        "Graphite on paper:30;Lithograph on paper:25;Etching on paper:15;Bronze:15;Plaster:5;Elmwood:3;"
        "Ink, chalk and watercolour on paper:7",
        "Presented by the artist 1978@1978:45;Purchased {}@1940-2000:25;"
        "Gift of the Henry Moore Foundation {}@1985-2003:20;Bequeathed by Irina Moore {}@1990-1992:10",
        "Reproduced by permission of The Henry Moore Foundation",
    ),
    "Daniell, William": (
        2456,
        160,
        (1801, 1825),
        "Aquatint on paper:80;Aquatint and watercolour on paper:15;Graphite on paper:5",
        "Presented by {d} {}@1975-1977:70;Purchased {}@1930-1990:30",
        "",
    ),
    "Beuys, Joseph": (
        771,
        135,
        (1951, 1985),
        "Screenprint on paper:25;Offset lithograph on paper:25;Graphite on paper:20;Felt:5;"
        "Wood, felt and metal:5;Printed postcard:20",
        f"{_TA_ROOMS}:85;Purchased {{}}@1980-2000:15",
        "© DACS",
    ),
    "Paolozzi, Sir Eduardo": (
        1729,
        95,
        (1946, 1990),
        "Screenprint on paper:70;Etching on paper:15;Bronze:10;Collage on paper:5",
        "Presented by {d} {}@1965-2000:40;Purchased {}@1965-2000:60",
        "© Trustees of the Paolozzi Foundation, Licensed by DACS",
    ),
    "British (?) School": (
        2978,
        80,
        (1540, 1790),
        "Oil paint on canvas:60;Oil paint on wood:30;Watercolour on paper:10",
        "Presented by {d} {}@1900-1990:60;Bequeathed by {d} {}@1900-1990:40",
        "",
    ),
    "Flaxman, John": (
        2107,
        62,
        (1775, 1826),
        "Graphite on paper:50;Ink on paper:30;Ink and wash on paper:20",
        "Presented by {d} {}@1900-1985:60;Purchased {}@1900-1985:40",
        "",
    ),
    "Phillips, Thomas": (
        1766,
        55,
        (1795, 1840),
        "Graphite on paper:80;Oil paint on canvas:20",
        "Presented by {d} 1926@1926:100",
        "",
    ),
    "Warhol, Andy": (
        2121,
        50,
        (1962, 1986),
        "Screenprint on paper:70;Acrylic paint and silkscreen ink on canvas:20;Graphite on paper:10",
        f"{_TA_ROOMS}:60;Purchased {{}}@1971-1999:40",
        "© The Andy Warhol Foundation for the Visual Arts, Inc.",
    ),
    "Constable, John": (
        944,
        45,
        (1799, 1836),
        "Oil paint on canvas:50;Graphite on paper:30;Watercolour on paper:20",
        "Presented by Isabel Constable 1888@1888:50;Purchased {}@1890-1990:30;Bequeathed by {d} {}@1900-1960:20",
        "",
    ),
    "Blake, William": (
        39,
        40,
        (1780, 1827),
        "Ink and watercolour on paper:50;Relief etching and watercolour on paper:30;Tempera on canvas:20",
        "Presented by the executors of W. Graham Robertson through the Art Fund 1939@1939:40;"
        "Bequeathed by {d} {}@1913-1949:60",
        "",
    ),
    "Hamilton, Richard": (
        1232,
        30,
        (1950, 2010),
        "Screenprint on paper:60;Etching and aquatint on paper:25;Oil paint on canvas:15",
        "Presented by the artist {}@1970-2010:50;Purchased {}@1965-2010:50",
        "© Richard Hamilton. All Rights Reserved, DACS",
    ),
    "Hepworth, Dame Barbara": (
        1244,
        30,
        (1930, 1975),
        "Bronze:40;Lithograph on paper:30;Oil paint and graphite on board:20;Stone:10",
        "Presented by the executors of the artist's estate {}@1976-1980:60;Purchased {}@1950-1975:40",
        "© Bowness",
    ),
    "Hockney, David": (
        1301,
        25,
        (1961, 2000),
        "Etching and aquatint on paper:70;Acrylic paint on canvas:20;Lithograph on paper:10",
        "Purchased {}@1970-2005:70;Presented by {d} {}@1980-2005:30",
        "© David Hockney",
    ),
    "Sickert, Walter Richard": (
        1913,
        25,
        (1885, 1940),
        "Oil paint on canvas:50;Etching on paper:30;Graphite and ink on paper:20",
        "Presented by {d} {}@1920-1990:60;Purchased {}@1920-1990:40",
        "",
    ),
    "Gainsborough, Thomas": (
        1121,
        20,
        (1748, 1788),
        "Oil paint on canvas:70;Chalk on paper:30",
        "Presented by {d} {}@1830-1990:50;Purchased {}@1830-1990:50",
        "",
    ),
    "Hirst, Damien": (
        2339,
        20,
        (1989, 2012),
        "Household gloss on canvas:40;Screenprint on paper:40;Glass, steel, silicone and formaldehyde:20",
        "Presented by the artist {}@1996-2015:40;Purchased {}@1992-2015:60",
        "© Damien Hirst and Science Ltd. All rights reserved, DACS",
    ),
    "Riley, Bridget": (
        1849,
        20,
        (1961, 2008),
        "Emulsion on board:40;Screenprint on paper:60",
        "Purchased {}@1963-2010:70;Presented by the artist {}@1980-2010:30",
        "© Bridget Riley",
    ),
    "Nash, Paul": (
        1654,
        20,
        (1911, 1946),
        "Oil paint on canvas:60;Watercolour and graphite on paper:40",
        "Presented by {d} {}@1920-1990:50;Purchased {}@1920-1990:50",
        "",
    ),
    "Hogarth, William": (
        1254,
        18,
        (1728, 1764),
        "Oil paint on canvas:70;Engraving on paper:30",
        "Purchased {}@1824-1960:60;Presented by {d} {}@1860-1960:40",
        "",
    ),
    "Rossetti, Dante Gabriel": (
        1857,
        15,
        (1849, 1882),
        "Oil paint on canvas:60;Watercolour on paper:40",
        "Presented by {d} {}@1886-1940:60;Purchased {}@1886-1940:40",
        "",
    ),
    "Picasso, Pablo": (
        1767,
        15,
        (1901, 1970),
        "Etching on paper:60;Oil paint on canvas:30;Bronze:10",
        "Purchased {}@1933-1999:70;Bequeathed by {d} {}@1960-1999:30",
        "© Succession Picasso/DACS",
    ),
    "Freud, Lucian": (
        1161,
        12,
        (1940, 2010),
        "Oil paint on canvas:60;Etching on paper:40",
        "Purchased {}@1950-2010:100",
        "© The Lucian Freud Archive",
    ),
    "Bacon, Francis": (
        666,
        12,
        (1944, 1988),
        "Oil paint on canvas:100",
        "Purchased {}@1950-1995:70;Presented by {d} {}@1953-1995:30",
        "© Estate of Francis Bacon. All rights reserved. DACS",
    ),
    "Stubbs, George": (
        1969,
        12,
        (1760, 1800),
        "Oil paint on canvas:60;Mezzotint on paper:40",
        "Purchased {}@1895-1990:60;Presented by {d} {}@1895-1990:40",
        "",
    ),
    "Emin, Tracey": (
        2305,
        12,
        (1994, 2012),
        "Monoprint on paper:70;Neon:30",
        "Presented by the artist {}@2000-2013:50;Purchased {}@1999-2013:50",
        "© Tracey Emin. All rights reserved, DACS",
    ),
    "Spencer, Sir Stanley": (
        1960,
        12,
        (1913, 1959),
        "Oil paint on canvas:80;Graphite on paper:20",
        "Presented by {d} {}@1927-1990:50;Purchased {}@1927-1990:50",
        "© The estate of Stanley Spencer",
    ),
    "Lowry, Laurence Stephen": (
        1505,
        10,
        (1920, 1965),
        "Oil paint on canvas:70;Graphite on paper:30",
        "Presented by {d} {}@1940-1990:50;Purchased {}@1940-1990:50",
        "© The estate of L.S. Lowry",
    ),
    "Kapoor, Anish": (
        2389,
        8,
        (1980, 2010),
        "Stone:40;Etching on paper:60",
        "Purchased {}@1985-2012:100",
        "© Anish Kapoor",
    ),
    "Blake, Robert": (
        38,
        6,
        (1780, 1787),
        "Graphite on paper:60;Ink and watercolour on paper:40",
        "Presented by Mrs John Richmond 1922@1922:100",
        "",
    ),
}
_TA_DONORS = _split(
    "Mrs John Richmond;Sir Henry Tate;the Friends of the Tate Gallery;the Contemporary Art Society;A.E. Anderson;"
    "Lady Holroyd;Miss Alice Lawrence;the Art Fund;Sir Hugh Walpole;Mrs Ursula Hoff;Robert Vernon;Lord Duveen"
)
_TA_PLACES = _split(
    "Rochester;Dover;Margate;Richmond;Oxford;Venice;Rome;Lucerne;the Thames;Petworth;Edinburgh;Durham;Yorkshire;"
    "the Rhine;Calais;Tivoli;Naples;Windsor;Kirkstall Abbey;Norham Castle;the Alps;Chamonix;Brighton;Plymouth"
)
_TA_SKETCHES = _split(
    "Sketch of a Castle;Study of Boats;Sky Study;Shipping at Sea;Study of Sea and Sky;Figures on a Beach;"
    "Sketch of Trees;A River Bank;Mountain Landscape;Study of Waves;Cattle in a Field;A Church Tower;"
    "Studies of Figures;Sunset over Water;Bridge over a River;Distant View of a Town"
)
_TA_TITLES = (
    _split(
        "Portrait of a Gentleman;Portrait of a Lady;Self-Portrait;Landscape with Cattle;A Wooded Landscape;"
        "Study of a Head;Figure Study;The Holy Family;A Sleeping Child;Coast Scene;Classical Landscape;"
        "Studies of Hands;A Country Lane;Two Figures in a Landscape;Mother and Child;Design for a Monument;"
        "View on the River;A Stormy Sea"
    ),
    _split(
        "Untitled;Study for a Portrait;Figure Study;Reclining Figure;Head of a Woman;Composition;Seated Figure;"
        "Two Figures;Mother and Child;Interior;Still Life;Standing Figure;The Artist's Studio;Abstract Composition;"
        "Self-Portrait;Nude;Landscape;Head;Girl;Street Scene"
    ),
)
_TA_PRINT_WORDS = ("etching", "lithograph", "screenprint", "aquatint", "engraving", "mezzotint", "monoprint", "print")
_TA_OBJECT_WORDS = ("bronze", "plaster", "felt", "steel", "stone", "elmwood", "neon", "metal")
# accession prefix: numbers to draw from
_TA_NUMBERS = {"A": 1500, "AR": 1200, "D": 41000, "N": 6500, "P": 82000, "T": 14500}


def _ta_kind(medium: str) -> str:
    m = medium.lower()
    if any(w in m for w in _TA_OBJECT_WORDS):
        return "object"
    if any(w in m for w in _TA_PRINT_WORDS):
        return "image"
    return "painting" if any(w in m for w in ("canvas", "board", "wood")) else "support"


def _ta_date_text(rng: np.random.Generator, year: int, kind: str) -> str:
    form = _draw(rng, "plain:50;circa:30;span:8;circa span:7;query:2;exhibited:1;published:2")
    if form == "published" and kind == "image":
        return f"published {year}"
    if form == "exhibited" and kind == "painting":
        return f"exhibited {year}"
    if form in ("span", "circa span"):
        end = year + int(rng.integers(1, 3 if form == "span" else 11))
        tail = str(end % 10) if end // 10 == year // 10 else f"{end % 100:02d}"
        return f"{'c.' * (form == 'circa span')}{year}-{tail}"
    return {"circa": f"c.{year}", "query": f"?c.{year}"}.get(form, str(year))


def _ta_size(rng: np.random.Generator, kind: str, turner: bool) -> tuple[int, int, int | None]:
    middle = {"support": 150 if turner else 260, "image": 330, "painting": 820, "object": 380}[kind]
    width = int(np.clip(round(middle * float(rng.lognormal(0, 0.35))), 30, 4000))
    height = int(np.clip(round(width * float(rng.lognormal(0.15 if turner else 0.0, 0.25))), 30, 4000))
    depth = round(width * float(rng.uniform(0.3, 1.0))) if kind == "object" else None
    return width, height, depth


def _ta_credit(rng: np.random.Generator, credits: str) -> tuple[str, float]:
    line, when = _draw(rng, credits).rsplit("@", 1)
    lo, _sep, hi = when.partition("-")
    year = int(lo) if not hi else int(rng.integers(int(lo), int(hi) + 1))
    return line.format(year, d=str(_one(rng, _TA_DONORS))), float(year)


def _ta_title(rng: np.random.Generator, artist: str, turner: bool) -> str:
    if turner:
        roll = rng.random()
        if roll < 0.06:
            return "Blank"
        if roll < 0.45:
            return f"{_one(rng, _TA_PLACES)}" if rng.random() < 0.3 else f"View of {_one(rng, _TA_PLACES)}"
        return str(_one(rng, _TA_SKETCHES))
    if artist == "Daniell, William":
        return f"{_one(rng, _TA_PLACES)}, from 'A Voyage Round Great Britain'"
    return str(_one(rng, _TA_TITLES[_TA_ARTISTS[artist][2][1] > 1900]))


def _tate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7304)
    rows: list[dict[str, Any]] = []
    for artist, (artist_id, works, (y_lo, y_hi), media, credits, copyright) in _TA_ARTISTS.items():
        turner = artist.startswith("Turner")
        for _ in range(works):
            medium = _draw(rng, media)
            kind = _ta_kind(medium)
            credit, acquired = _ta_credit(rng, credits)
            year = int(rng.integers(y_lo, min(y_hi, int(acquired) - 1) + 1))
            known = rng.random() > (0.7 if artist.startswith("British") else 0.012)
            rooms = credit.startswith("ARTIST ROOMS")
            if rooms:
                prefix = "AR"
            elif turner:
                prefix = "N" if kind == "painting" else "D"
            elif kind == "image":
                prefix = "P" if year > 1900 else "T"
            elif kind in ("painting", "object"):
                prefix = "N" if acquired < 1955 else "T"
            else:
                prefix = "A" if year < 1880 else "T"
            width, height, depth = _ta_size(rng, kind, turner)
            if kind == "object":
                dimensions = f"object: {width} x {height} x {depth} mm"
            else:
                dimensions = f"{kind}: {width} x {height} mm"
                if kind == "painting" and rng.random() < 0.35:
                    dimensions += f" frame: {width + 180} x {height + 180} x {int(rng.integers(60, 120))} mm"
            measured = rng.random() > 0.008
            rows.append(
                {
                    "_prefix": prefix,
                    "artist": artist,
                    "artistRole": "artist",
                    "artistId": artist_id,
                    "title": _ta_title(rng, artist, turner),
                    "dateText": _ta_date_text(rng, year, kind) if known else "date not known",
                    "medium": medium,
                    "creditLine": credit,
                    "year": float(year) if known else np.nan,
                    "acquisitionYear": acquired if rng.random() > 0.005 else np.nan,
                    "dimensions": dimensions if measured else None,
                    "width": float(width) if measured else np.nan,
                    "height": float(height) if measured else np.nan,
                    "depth": float(depth) if measured and depth is not None else np.nan,
                    "units": "mm" if measured else None,
                    "inscription": "date inscribed" if known and rng.random() < 0.05 else None,
                    "_copyright": copyright,
                }
            )
    frame = pd.DataFrame(rows)
    for role, who in (("attributed to", "Gainsborough, Thomas"), ("circle of", "Hogarth, William")):
        frame.loc[int(rng.choice(np.flatnonzero(frame["artist"] == who))), "artistRole"] = role
    counts = frame["_prefix"].value_counts()
    numbers = {
        p: iter(np.sort(rng.choice(np.arange(1, n), int(counts.get(p, 0)), replace=False)))
        for p, n in _TA_NUMBERS.items()
    }
    order = np.lexsort((rng.random(len(frame)), frame["acquisitionYear"].fillna(2020).to_numpy()))
    accession = [""] * len(frame)
    for i in order:
        p = str(frame.loc[int(i), "_prefix"])
        accession[int(i)] = f"{p}{int(next(numbers[p])):05d}"
    frame["accession_number"] = accession
    frame = frame.sort_values("accession_number", kind="stable", ignore_index=True)
    frame.insert(0, "id", np.sort(rng.choice(np.arange(1000, 130000), len(frame), replace=False)))
    shown = rng.random(len(frame)) > 0.08
    folder = [re.sub(r"^([A-Z]+)(\d\d).*", r"\1/\1\2", a) for a in frame["accession_number"]]
    frame["thumbnailUrl"] = [
        f"http://www.tate.org.uk/art/images/work/{f}/{a}_8.jpg" if s else None
        for f, a, s in zip(folder, frame["accession_number"], shown, strict=True)
    ]
    frame["thumbnailCopyright"] = [c if s and c else None for c, s in zip(frame["_copyright"], shown, strict=True)]
    frame["url"] = [
        f"http://www.tate.org.uk/art/artworks/{_slug(str(n).split(',')[0])}-{_slug(str(t))}-{str(a).lower()}"
        for n, t, a in zip(frame["artist"], frame["title"], frame["accession_number"], strict=True)
    ]
    columns = (
        "id;accession_number;artist;artistRole;artistId;title;dateText;medium;creditLine;year;acquisitionYear;"
        "dimensions;width;height;depth;units;inscription;thumbnailCopyright;thumbnailUrl;url"
    )
    return frame[_split(columns)]


def _ta_forms(name: str) -> list[str]:
    """How an answer may write an artist: "Henry Moore" or "Moore" for "Moore, Henry, OM, CH"."""
    if "," not in name:
        return []
    last, first = (x.strip() for x in name.split(",")[:2])
    bare = re.sub(r"^(?:Sir|Dame)\s+", "", first)
    forms = [f"{first} {last}", f"{bare} {last}", last]
    if last == "Turner":
        forms += ["J.M.W. Turner", "JMW Turner", "J. M. W. Turner"]
    return forms


def _ta_counts(d: pd.DataFrame) -> pd.Series:
    return _ranked(_text(d["artist"]).value_counts())


def _ta_top(d: pd.DataFrame) -> str:
    return str(_ta_counts(d).index[0])


_TA_ALIASES = {a: tuple(_ta_forms(a)) for a in _TA_ARTISTS}
_TA_ID = ("id", "accession_number", "title")
_TATE_QS = [
    Q(
        "which artist has the most works in the collection, and what % of all works is that?",
        both(
            _lead(_named(_ta_top, _TA_ALIASES)),
            _share(lambda d: float(_ta_counts(d).iloc[0] / len(d))),
        ),
        (*_TA_ID, "artist", "artistId"),
    ),
    Q(
        "who are the top 5 after him?",
        _any_named(lambda d: [str(x) for x in _ta_counts(d).index[1:6]], _ta_forms),
        (*_TA_ID, "artist", "artistId"),
    ),
    Q(
        "plot how many works were acquired each year. which year had the most acquisitions?",
        _lead(_year(lambda d: float(d["acquisitionYear"].value_counts().idxmax()))),
        (*_TA_ID, "acquisitionYear", "creditLine"),
    ),
    Q(
        "how many works dont have a year?",
        either(
            _count(lambda d: float(d["year"].isna().sum())),
            _count(lambda d: float((_text(d["dateText"]) == "date not known").sum())),
        ),
        (*_TA_ID, "year", "dateText"),
    ),
    Q(
        "avg width and height in mm",
        _about(lambda d: [float(d["width"].mean()), float(d["height"].mean())]),
        (*_TA_ID, "width", "height", "units", "dimensions"),
    ),
    Q(
        "on average how many years passed between a work being made and the tate acquiring it?",
        either(
            _about(lambda d: float((d["acquisitionYear"] - d["year"]).mean())),
            _about(lambda d: float((d["acquisitionYear"] - d["year"]).median())),
        ),
        (*_TA_ID, "year", "acquisitionYear", "dateText"),
    ),
]


# --- 5. Verified oldest people (TidyTuesday 2023-05-30 "Centenarians", centenarians.csv) ---------------------------

_CN_AS_OF = pd.Timestamp("2023-05-25")
# name|birth date|death date ("" while alive)|place of death or residence
_CN_WOMEN = _fields(
    "Jeanne Calment|1875-02-21|1997-08-04|France;Kane Tanaka|1903-01-02|2022-04-19|Japan;"
    "Sarah Knauss|1880-09-24|1999-12-30|United States;Lucile Randon|1904-02-11|2023-01-17|France;"
    "Nabi Tajima|1900-08-04|2018-04-21|Japan;Marie-Louise Meilleur|1880-08-29|1998-04-16|Canada;"
    "Violet Brown|1900-03-10|2017-09-15|Jamaica;Emma Morano|1899-11-29|2017-04-15|Italy;"
    "Chiyo Miyako|1901-05-02|2018-07-22|Japan;Delphia Welford|1875-09-09|1992-11-14|United States;"
    "Maria Branyas Morera|1907-03-04||Spain;Fusa Tatsumi|1907-04-25||Japan;Edie Ceccarelli|1908-02-05||United States"
)
_CN_MEN = _fields(
    "Jiroemon Kimura|1897-04-19|2013-06-12|Japan;Christian Mortensen|1882-08-16|1998-04-25|United States;"
    "Emiliano Mercado del Toro|1891-08-21|2007-01-24|Puerto Rico;Walter Breuning|1896-09-21|2011-04-14|United States;"
    "Yukichi Chuganji|1889-03-23|2003-09-28|Japan;Joan Riudavets Moll|1889-12-15|2004-03-05|Spain;"
    "Juan Vicente Pérez Mora|1909-05-27||Venezuela;Fred Hale|1890-12-01|2004-11-19|United States;"
    "Tomoji Tanabe|1895-09-18|2009-06-19|Japan;Saturnino de la Fuente García|1909-02-11|2022-01-18|Spain"
)
# place: women, men (besides the ones named above)
_CN_PLACES = (
    "Japan:50:30;United States:36:36;France:12:6;Italy:10:14;Spain:8:9;United Kingdom:6:8;Brazil:4:5;Canada:4:5;"
    "Germany:3:4;Poland:2:3;Puerto Rico:2:3;Ecuador:1:3;Australia:1:4;Portugal:1:2;Netherlands:1:2;Denmark:1:2;"
    "Belgium:1:1;Sweden:1:1;Ireland:1:0"
)
# place: women's given names, men's given names, family names
_CN_NAMES: dict[str, tuple[str, str, str]] = {
    "Japan": (
        "Tane;Misao;Kama;Tomi;Shige;Yone;Haru;Kiyo;Ura;Mine;Koto;Tsuru;Kiku;Sato;Ume;Matsu;Yoshi;Hide;Chiyono;Tase",
        "Masazo;Chitetsu;Sakari;Kamato;Denzo;Yoshimasa;Shigechiyo;Tsuneyo;Sogen;Kotaro;Heikichi;Gisaburo;Kumejiro",
        "Ikai;Okawa;Ito;Watanabe;Suzuki;Takahashi;Nakamura;Kobayashi;Yamamoto;Sato;Kato;Yoshida;Yamada;Sasaki;"
        "Matsumoto;Inoue;Hayashi;Shimizu;Mori;Abe;Ikeda;Nonaka;Hongo;Minagawa;Ogawa;Ishiguro",
    ),
    "United States": (
        "Mary;Elizabeth;Bessie;Gertrude;Edna;Mae;Besse;Lucy;Susannah;Maggie;Hester;Margaret;Ethel;Annie;Clara;Ida;"
        "Lillian;Marie;Hattie;Ruth;Willie;Mamie;Pearl;Goldie;Bernice",
        "Walter;Fred;John;James;Richard;George;Frank;Joseph;Charles;Henry;Clarence;Benjamin;Emmett;Arthur;Ralph",
        "Johnson;Williams;Brown;Jones;Miller;Davis;Cooper;Jackson;Harris;Hunt;Mushatt;Nickerson;Ellis;Walker;Hall;"
        "Allen;Young;King;Wright;Baker;Overton;Cox;Jones;Tolley;Weaver",
    ),
    "France": (
        "Marie;Jeanne;Louise;Eugénie;Marguerite;Germaine;Honorine;Madeleine;Berthe;Julie;Camille;Simone",
        "Maurice;Marcel;Robert;Georges;Henri;Louis",
        "Martin;Bernard;Dubois;Thomas;Robert;Richard;Petit;Durand;Leroy;Moreau;Simon;Laurent;Lefebvre;Michel;Blanchard",
    ),
    "Italy": (
        "Maria;Giuseppina;Rosa;Venere;Dina;Diega;Marietta;Alelia;Teresa;Rita;Angela",
        "Giovanni;Antonio;Giuseppe;Francesco;Salvatore;Antonino;Emilio",
        "Rossi;Russo;Ferrari;Esposito;Bianchi;Romano;Colombo;Ricci;Marino;Greco;Bruno;Gallo;Conti;Manca;Lai;Mele",
    ),
    "Spain": (
        "María;Ana;Josefa;Carmen;Dolores;Francisca;Juana;Mercedes",
        "José;Juan;Francisco;Antonio;Manuel;Joan",
        "García;Fernández;González;Rodríguez;López;Martínez;Sánchez;Pérez;Ruiz;Jiménez",
    ),
    "United Kingdom": (
        "Ethel;Grace;Charlotte;Annie;Florence;Alice;Edith;Winifred",
        "Henry;Bob;Alfred;William;Harry;Frank",
        "Smith;Jones;Taylor;Brown;Wilson;Evans;Thomas;Roberts;Caterham;Hughes;Allingham",
    ),
    "Brazil": (
        "Maria;Francisca;Antônia;Ana;Josefa",
        "João;José;Antônio;Sebastião",
        "Silva;Santos;Oliveira;Souza;Lima;Pereira;Ferreira;Costa",
    ),
    "Canada": (
        "Julie;Juliette;Cecile;Flora;Marie-Josephine",
        "Joseph;Gérard;Emile",
        "Tremblay;Gagnon;Roy;Côté;Bouchard;Gauthier;Morin;Winsor",
    ),
    "Germany": (
        "Gertrud;Charlotte;Maria;Hildegard;Anna;Elisabeth",
        "Gustav;Heinrich;Fritz",
        "Müller;Schmidt;Schneider;Fischer;Weber;Meyer;Wagner;Becker",
    ),
}
_CN_NAMES |= {
    "Poland": ("Tekla;Janina;Aleksandra;Zofia", "Józef;Stanisław", "Juniewicz;Nowak;Wiśniewski;Zieliński"),
    "Puerto Rico": ("Emiliana;Carmen;Ramona;Luisa", "Félix;Ramón;Luis", "Rivera;Colón;Ortiz;Torres;Cruz"),
    "Ecuador": ("Rosa;Mercedes;Dolores", "Alfredo;Segundo;Manuel", "Vélez;Mora;Andrade;Cevallos"),
    "Australia": ("Christina;Ethel;Catherine", "Jack;Dexter;Frank", "Cock;Caterham;Murray;Kelly;Walsh"),
    "Portugal": ("Maria;Ana;Rosa", "Joaquim;Manuel", "Silva;Santos;Ferreira;Pereira"),
    "Netherlands": ("Hendrikje;Geertje;Johanna", "Johan;Hendrik", "van Andel;de Vries;Jansen;Bakker"),
    "Denmark": ("Karen;Anna;Kirstine", "Christian;Niels", "Nielsen;Jensen;Hansen;Pedersen"),
    "Belgium": ("Joanna;Clementine;Julia", "Joseph;Jules", "Peeters;Janssens;Maes;Jacobs"),
    "Sweden": ("Astrid;Elsa;Karin", "Gustav;Erik", "Andersson;Johansson;Karlsson"),
    "Ireland": ("Kathleen;Annie;Nora", "Patrick;Michael", "Murphy;Kelly;Walsh;Byrne"),
}
_CN_OTHER = ("Anna;Maria;Helena", "Jan;Carl;Pedro", "Jansen;Nielsen;Silva")


def _cn_person(rng: np.random.Generator, women: bool, place: str, used: set[str]) -> str:
    given_w, given_m, family = _CN_NAMES.get(place, _CN_OTHER)
    while True:
        name = f"{_one(rng, _split(given_w if women else given_m))} {_one(rng, _split(family))}"
        if name not in used:
            used.add(name)
            return name


def _cn_block(rng: np.random.Generator, women: bool, used: set[str]) -> pd.DataFrame:
    known = _CN_WOMEN if women else _CN_MEN
    rows: list[dict[str, Any]] = []
    for name, born, died, place in known:
        used.add(name)
        end = pd.Timestamp(died) if died else None
        rows.append({"name": name, "_born": pd.Timestamp(born), "_died": end, "place_of_death_or_residence": place})
    places = [(p, int(w), int(m)) for p, w, m in (x.split(":") for x in _split(_CN_PLACES))]
    table = ";".join(f"{p}:{w if women else m}" for p, w, m in places if (w if women else m) > 0)
    for place in _deal(rng, table, 150 - len(known)):
        age_days = int(
            365.25 * float(min((113.2 if women else 110.9) + rng.exponential(0.8), 116.8 if women else 113.9))
        )
        alive = rng.random() < (0.07 if women else 0.02)
        if alive:
            death = None
            birth = _CN_AS_OF - pd.Timedelta(days=min(age_days, int(365.25 * 114.9)))
        else:
            death = pd.Timestamp("1990-01-01") + pd.Timedelta(days=int(12_190 * float(rng.beta(1.6, 1.0))))
            birth = death - pd.Timedelta(days=age_days)
        rows.append(
            {
                "name": _cn_person(rng, women, place, used),
                "_born": birth,
                "_died": death,
                "place_of_death_or_residence": place,
            }
        )
    block = pd.DataFrame(rows)
    end = block["_died"].fillna(_CN_AS_OF)
    block["age"] = ((end - block["_born"]).dt.days / 365.25).round(2)
    block = block.sort_values(["age", "_born"], ascending=[False, True], kind="stable", ignore_index=True)
    block.insert(0, "rank", np.arange(1, len(block) + 1))
    block["birth_date"] = block["_born"].dt.strftime("%Y-%m-%d")
    block["death_date"] = [None if pd.isna(t) else f"{t:%Y-%m-%d}" for t in block["_died"]]
    block["gender"] = "female" if women else "male"
    block["still_alive"] = ["alive" if pd.isna(t) else "deceased" for t in block["_died"]]
    return block


def _centenarians_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7305)
    used: set[str] = set()
    frame = pd.concat([_cn_block(rng, False, used), _cn_block(rng, True, used)], ignore_index=True)
    columns = "rank;name;birth_date;death_date;age;place_of_death_or_residence;gender;still_alive"
    return frame[_split(columns)]


def _cn_alive(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["still_alive"]) == "alive"]


def _cn_oldest(d: pd.DataFrame) -> str:
    return str(_text(d["name"])[d["age"].idxmax()])


def _cn_birth(d: pd.DataFrame, exact: bool) -> pd.Series:
    born = pd.to_datetime(_text(d["birth_date"]))
    return born.dt.year + (born.dt.dayofyear - 1) / 365.25 if exact else born.dt.year


_CN_ALIASES = {
    "Maria Branyas Morera": ("Maria Branyas", "María Branyas"),
    "Juan Vicente Pérez Mora": ("Juan Vicente Pérez", "Juan Vicente Perez"),
    "United States": ("USA", "US", "U.S.", "United States of America", "America"),
}
_CN_ID = ("rank", "name")
_CENTENARIANS_QS = [
    Q(
        "who is the oldest person on the list?",
        _lead(_named(_cn_oldest)),
        (*_CN_ID, "age"),
    ),
    Q(
        "compare the average age of men and women",
        _about(lambda d: d.groupby(_text(d["gender"]))["age"].mean().to_numpy(), rel=0.0005),
        (*_CN_ID, "age", "gender"),
    ),
    Q(
        "how many of them are still alive?",
        _count(lambda d: float(len(_cn_alive(d)))),
        (*_CN_ID, "still_alive", "death_date"),
    ),
    Q(
        "and who is the oldest of those?",
        _lead(_named(lambda d: _cn_oldest(_cn_alive(d)), _CN_ALIASES)),
        (*_CN_ID, "still_alive", "death_date", "age"),
    ),
    Q(
        "which country has the most people on the list",
        _lead(_named(lambda d: _top(d["place_of_death_or_residence"]), _CN_ALIASES)),
        (*_CN_ID, "place_of_death_or_residence"),
    ),
    Q(
        "do people born later reach higher ages? correlation between birth year and age",
        either(
            _corr(lambda d: _cn_birth(d, False), lambda d: d["age"]),
            _corr(lambda d: _cn_birth(d, True), lambda d: d["age"]),
        ),
        (*_CN_ID, "birth_date", "age"),
    ),
]


# --- 6. Body performance (Kaggle "Body performance Data", bodyPerformance.csv) -------------------------------------

_BP_FAT = "body fat_%"
_BP_BEND = "sit and bend forward_cm"
_BP_SITUPS = "sit-ups counts"
_BP_JUMP = "broad jump_cm"
_BP_TESTS = ("gripForce", _BP_BEND, _BP_SITUPS, _BP_JUMP)


def _body_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7306)
    n = 5000
    male = rng.random(n) < 0.632
    age = np.clip(np.round(21 + rng.gamma(1.5, 10.5, n)), 21, 64)
    height = np.where(male, rng.normal(174.4, 5.9, n), rng.normal(161.2, 5.4, n))
    weight = np.where(male, 73.5 + 0.65 * (height - 174.4), 57.5 + 0.55 * (height - 161.2))
    weight = weight + rng.normal(0, np.where(male, 9.0, 7.2)) + 0.06 * (age - 35)
    bmi = weight / (height / 100) ** 2
    fat = np.where(male, 18.5, 28.5) + 1.35 * (bmi - 22.5) + 0.09 * (age - 35) + rng.normal(0, 4.2, n)
    fat = np.clip(fat, 3.0, 62.0)
    fit = rng.normal(0, 1, n)
    older = np.maximum(age - 35, 0)
    diastolic = 73 + 0.8 * (bmi - 22.5) + 0.22 * (age - 35) + 3 * male + rng.normal(0, 9.5, n)
    systolic = 120 + 1.3 * (bmi - 22.5) + 0.4 * (age - 35) + 9 * male + rng.normal(0, 12.5, n)
    grip = np.where(male, 44.5, 26.0) * (1 + 0.07 * fit) - 0.11 * older + rng.normal(0, 4.0, n)
    bend = np.where(male, 13.5, 18.0) + 3.5 * fit - 0.05 * (age - 35) + rng.normal(0, 6.5, n)
    situps = np.where(male, 46.0, 31.0) + 7.5 * fit - 0.42 * (age - 35) - 0.35 * (fat - 25) + rng.normal(0, 6.0, n)
    jump = np.where(male, 219.0, 156.0) + 20 * fit - 1.25 * (age - 35) - 1.1 * (fat - 25) + rng.normal(0, 16.0, n)
    frame = pd.DataFrame(
        {
            "age": age.astype(float),
            "gender": np.where(male, "M", "F"),
            "height_cm": np.round(height, 1),
            "weight_kg": np.round(weight, 2),
            _BP_FAT: np.round(fat, 1),
            "diastolic": np.round(np.clip(diastolic, 40, 130)).astype(float),
            "systolic": np.round(np.clip(systolic, 80, 200)).astype(float),
            "gripForce": np.round(np.clip(grip, 3, 75), 1),
            _BP_BEND: np.round(np.clip(bend, -25, 42), 1),
            _BP_SITUPS: np.clip(np.round(situps), 0, 80).astype(float),
            _BP_JUMP: np.clip(np.round(jump), 0, 300).astype(float),
        }
    )
    band = pd.cut(frame["age"], [20, 29, 39, 49, 59, 64]).astype(str) + frame["gender"]
    score = pd.Series(0.0, index=frame.index)
    for test in _BP_TESTS:
        expected = frame.groupby(band)[test].transform("mean")
        spread = frame.groupby(band)[test].transform("std")
        score += (frame[test] - expected) / spread
    score += rng.normal(0, 0.5, n)
    place = score.rank(method="first", ascending=False).to_numpy() - 1
    frame["class"] = np.array(list("ABCD"))[(place * 4 // n).astype(int)]
    frame.loc[rng.choice(n, 2, replace=False), ["diastolic", "systolic"]] = 0.0
    frame.loc[rng.choice(n, 2, replace=False), _BP_BEND] = [185.0, 213.0]
    return frame


def _bp_class(value: Callable[[pd.DataFrame], str]) -> Check:
    """A class letter said as a class: "class D", "Class 'D'", "**D**", "D class", or (B to D) as a capital letter
    standing alone ("is D.")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        c = re.escape(str(value(df)))
        patterns = [
            rf"\bclass(?:es)?[\s:*'\"`(]*{c}(?![A-Za-z])",
            rf"(?<![A-Za-z])[*'\"`]+{c}[*'\"`]+(?![A-Za-z])",
            rf"(?<![A-Za-z]){c}[*'\"`)]*\s+class\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        if c != "A" and re.search(rf"(?<![A-Za-z0-9'’.-]){c}(?![A-Za-z0-9'’-])", answer):
            return None
        return f"missing class {c}"

    return check


def _bp_fattest(d: pd.DataFrame) -> str:
    return str(_ranked(d.groupby(_text(d["class"]))[_BP_FAT].mean()).index[0])


_BODY_QS = [
    Q(
        "avg grip force men vs women",
        _about(lambda d: d.groupby(_text(d["gender"]))["gripForce"].mean().to_numpy(), rel=0.003),
        ("gripForce", "gender"),
    ),
    Q(
        "how many people have a systolic blood pressure of 140 or higher?",
        _count(lambda d: float((d["systolic"] >= 140).sum())),
        ("systolic",),
    ),
    Q(
        "what % of the women are class A",
        _share(lambda d: float((_text(d.loc[_text(d["gender"]) == "F", "class"]) == "A").mean())),
        ("gender", "class"),
    ),
    Q(
        "does body fat corelate with broad jump distance?",
        _corr(lambda d: d[_BP_FAT], lambda d: d[_BP_JUMP]),
        (_BP_FAT, _BP_JUMP),
    ),
    Q(
        "average sit-ups for each class",
        _about(lambda d: d.groupby(_text(d["class"]))[_BP_SITUPS].mean().to_numpy(), rel=0.003),
        ("class", _BP_SITUPS),
    ),
    Q(
        "and which class has the highest body fat on average?",
        _lead(_bp_class(_bp_fattest)),
        ("class", _BP_FAT),
    ),
]


# --- 7. Passwords (TidyTuesday 2020-01-14 "Passwords", passwords.csv) ----------------------------------------------

_PW_CATEGORIES: dict[str, str] = {
    "name": (
        "michael;jennifer;jordan;thomas;robert;george;charlie;andrew;michelle;jessica;daniel;joshua;maggie;william;"
        "ashley;amanda;nicole;ginger;heather;taylor;austin;matthew;martin;patrick;richard;jackson;hannah;samantha;"
        "anthony;justin;sarah;brandon;melissa;chris;steven;david;james;john;joseph;kevin;brian;jason;eric;scott;"
        "mark;paul;peter;jeremy;tyler;kyle;ryan;adam;nathan;aaron;sean;travis;dustin;derek;shane;cody;chad;brandy;"
        "amber;crystal;tiffany;brittany;danielle;melanie;rebecca;rachel;laura;lauren;megan;emily;kimberly;angela;"
        "lisa;karen;nancy;betty;helen;sandra;donna;carol;ruth;sharon;linda;barbara;susan;dorothy;debbie;diane;julie;"
        "joyce;victoria;kelly;christin;alexis;morgan;erica;monica;tanya;vanessa;veronica;andrea;natalie;whitney;"
        "molly;lucy;sophie;bailey;chloe;zoe;emma;olivia;abigail;madison;alyssa;grace;jasmine;destiny;sierra;jenny;"
        "harvey;dennis;gregory;larry;frank;raymond;jerry;walter;henry;arthur;albert;willie;roger;gerald;keith;"
        "terry;sammy;johnny;bobby;jimmy;billy;danny;eddie;freddy;tommy;ricky;stanley;leonard;calvin;marcus;"
        "miguel;carlos;jesus;diego;pedro;jorge;antonio;manuel;alex;victor;oscar;edward;vincent;"
        "phillip;lawrence;gabriel;spencer;trevor;dakota;cooper;maxwell;jake;garrett;dylan;hailey;allison;"
        "sydney;paige;katie;brooke"
    ),
    "cool-macho": (
        "dragon;mustang;shadow;master;superman;harley;hunter;ranger;buster;killer;batman;thunder;hammer;corvette;"
        "cowboy;maverick;phoenix;viper;blaster;falcon;rocket;racer;rambo;knight;warrior;gunner;sniper;diablo;steel;"
        "titan;legend;boomer;rider;ninja;samurai;spartan;blade;storm;ferrari;porsche;camaro;bigdog;bigdaddy;boss;"
        "champion;commando;hotrod;iceman;ironman;legion;magnum;marine;monster;outlaw;pirate;predator;raider;"
        "rockstar;slayer;stallion;striker;stud;tank;tornado;trooper;vortex;zeus;scorpion;hercules;captain;major;"
        "general;admiral;hero;silver;diamond;freedom;dallas;bandit"
    ),
    "simple-alphanumeric": (
        "123456;12345678;1234;qwerty;12345;696969;abc123;111111;2000;1234567;123123;654321;666666;121212;1111;"
        "7777777;112233;131313;123qwe;qwertyui;asdfgh;zxcvbn;000000;qazwsx;11111111;123456789;987654;555555;"
        "777777;888888;999999;222222;333333;444444;1212;2112;4321;5150;6969;1313;1111111;11111;123321;159753;"
        "qweasd;asdf;qwer;zxcv;aaaaaa;a1b2c3;q1w2e3;1q2w3e;qwe123;147258;789456;102030;1122;2468;9999;abcdef;"
        "xxxxxx"
    ),
    "fluffy": (
        "iloveyou;sunshine;princess;angel;lovely;love;lovers;sweetie;baby;babygirl;honey;cutie;flower;rainbow;"
        "heaven;dreams;smile;happy;bubbles;daisy;sparkle;precious;angels;snuggles;teddy;darling;fairy;blossom;silly;"
        "cuddles;forever;hearts;pinky;magic;summer;yellow;purple;beauty;friends;kisses;sweet;loveme;blue;star"
    ),
    "sport": (
        "baseball;football;soccer;hockey;golfer;golf;tennis;yankees;lakers;cowboys;steelers;redsox;packers;eagles;"
        "broncos;raiders;chelsea;arsenal;boxing;skiing;surfer;racing;nascar;kobe24;bulls;celtics;knicks;giants;jets;"
        "bruins;patriots;chargers;rugby;cricket;runner;fishing;hunting"
    ),
    "nerdy-pop": (
        "starwars;matrix;gandalf;merlin;pokemon;zelda;mario;startrek;ncc1701;spock;yoda;hobbit;frodo;computer;"
        "internet;xbox360;nintendo;sega;tardis;hal9000;r2d2;c3po;windows;linux;marvel;gamer;digital;thx1138;"
        "trekkie;jedi"
    ),
    "animal": (
        "monkey;tigger;dog;cat;fish;horse;tiger;lion;bear;eagle;dolphin;shark;bulldog;kitten;puppy;bunny;panda;"
        "turtle;snake;zebra;rabbit;pony;wolf;fox;spider;parrot;penguin;cheetah;rooster"
    ),
    "password-related": (
        "password;letmein;trustno1;pass;test;access;secret;pass123;welcome;login;admin;changeme;default;hello;qwert1"
    ),
    "food": "cookie;cheese;pepper;banana;orange;chocolat;peanut;cupcake;candy;pizza;butter",
    "rebellious-rude": "sexy;hottie;naughty;devil66;biteme;badboy;whatever;loser;freak;crazy;goaway",
}
# the most popular ones, in order; the rest follow in random order
_PW_HEAD = _split(
    "password;123456;12345678;1234;qwerty;12345;dragon;baseball;football;letmein;monkey;696969;abc123;mustang;"
    "michael;shadow;master;jennifer;111111;2000;jordan;superman;harley;1234567;hunter;trustno1;ranger;buster;"
    "thomas;tigger;robert;soccer;batman;test;pass;killer;hockey;george;charlie;andrew;michelle;love;sunshine;"
    "jessica;pepper;daniel;access;123456789;654321;joshua;maggie;starwars;silver;william;dallas;yankees;123123;"
    "ashley;666666;hello;amanda;orange;biteme;freedom;computer;sexy;thunder;nicole;ginger;heather;hammer;summer;"
    "corvette;taylor;austin;1111;merlin;matthew;121212;golfer;cheese;princess;martin;chelsea;patrick;richard;"
    "diamond;yellow;bigdog;secret;asdfgh;cowboy"
)
# time unit: seconds
_PW_UNITS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800}
_PW_UNITS |= {"months": 2_592_000, "years": 31_536_000}
# strengths far off the scale, as the file has them
_PW_ODD = {"ncc1701": 46, "thx1138": 48, "hal9000": 48}


def _pw_online(word: str) -> float:
    """Seconds to guess the password online at a thousand guesses a second."""
    if word.isdigit():
        return 1.111 * 10.0 ** len(word) / 1000
    if word.isalpha():
        return 1.044 * 26.0 ** len(word) / 1000
    return 1.032 * 36.0 ** len(word) / 1000


def _passwords_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7307)
    category = {w: c for c, words in _PW_CATEGORIES.items() for w in _split(words)}
    if len(category) != 500:
        raise RuntimeError(f"{len(category)} passwords, not 500")
    rest = [w for w in category if w not in _PW_HEAD]
    words = [*_PW_HEAD, *(rest[int(i)] for i in rng.permutation(len(rest)))]
    rows: list[dict[str, Any]] = []
    alt = 0
    for rank, word in enumerate(words, start=1):
        online = _pw_online(word)
        unit = next(u for u, s in reversed(_PW_UNITS.items()) if online >= s or u == "seconds")
        alt += 1 + int(rng.random() < 0.03)
        kind = 0 if word.isdigit() else 1 if word.isalpha() else 2
        strength = len(word) - 3 * (kind == 0) + 2 * (kind == 2) + int(_one(rng, [-1, 0, 0, 0, 1]))
        rows.append(
            {
                "rank": rank,
                "password": word,
                "category": category[word],
                "value": round(online / _PW_UNITS[unit], 2),
                "time_unit": unit,
                "offline_crack_sec": float(f"{online / 1e8:.3g}"),
                "rank_alt": alt,
                "strength": _PW_ODD.get(word, int(np.clip(strength, 0, 10))),
                "font_size": int(max(0, round(11 - 1.6 * np.log(rank) + float(rng.normal(0, 0.8))))),
            }
        )
    frame = pd.DataFrame(rows)
    blank = pd.DataFrame(np.nan, index=range(7), columns=frame.columns)
    return pd.concat([frame.astype(object), blank.astype(object)], ignore_index=True)


def _pw_kept(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["password"].notna()]


def _pw_seconds(d: pd.DataFrame) -> pd.Series:
    return d["value"] * _text(d["time_unit"]).map(_PW_UNITS).astype(float)


def _pw_digit_share(over_rows: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        digits = _text(d["password"]).str.fullmatch(r"\d+").fillna(False)
        return float(digits.sum() / (len(d) if over_rows else len(_pw_kept(d))))

    return share


def _pw_slowest(column: str) -> Callable[[pd.DataFrame], str]:
    def slowest(d: pd.DataFrame) -> str:
        kept = _pw_kept(d)
        times = _pw_seconds(kept) if column == "value" else kept[column]
        return str(_text(kept["password"])[times.idxmax()])

    return slowest


_PW_ID = ("rank", "password")
_PW_TIMES = ("value", "time_unit", "offline_crack_sec")
_PASSWORDS_QS = [
    Q(
        "whats the most common category, and how many passwords are in it?",
        both(
            _lead(_named(lambda d: _top(d["category"]))),
            _count(lambda d: float((_text(d["category"]) == _top(d["category"])).sum())),
        ),
        (*_PW_ID, "category"),
    ),
    Q(
        "average strength by category",
        _about(lambda d: d.groupby(_text(d["category"]).replace("", None))["strength"].mean().to_numpy()),
        (*_PW_ID, "category", "strength"),
    ),
    Q(
        "what percent of the passwords are only numbers?",
        either(_share(_pw_digit_share(False)), _share(_pw_digit_share(True))),
        (*_PW_ID, "category"),
    ),
    Q(
        "how many can be cracked online in under a minute?",
        either(
            _count(lambda d: float((_text(d["time_unit"]) == "seconds").sum())),
            _count(lambda d: float((_pw_seconds(d) < 60).sum())),
        ),
        (*_PW_ID, *_PW_TIMES),
    ),
    Q(
        "and which one takes the longest to crack?",
        _lead(either(_named(_pw_slowest("value")), _named(_pw_slowest("offline_crack_sec")))),
        (*_PW_ID, *_PW_TIMES, "strength"),
    ),
    Q(
        "is password length correlated with strength",
        _corr(lambda d: _text(_pw_kept(d)["password"]).str.len().astype(float), lambda d: _pw_kept(d)["strength"]),
        (*_PW_ID, "strength"),
    ),
]


HELDOUT73: list[Dataset] = [
    Dataset("retail_store_inventory", _retail_frame, _RETAIL_QS),
    Dataset("cfpb_consumer_complaints", _complaints_frame, _COMPLAINTS_QS),
    Dataset("salary_data", _salary_frame, _SALARY_QS),
    Dataset("tate_artworks", _tate_frame, _TATE_QS),
    Dataset("oldest_people", _centenarians_frame, _CENTENARIANS_QS),
    Dataset("body_performance", _body_frame, _BODY_QS),
    Dataset("common_passwords", _passwords_frame, _PASSWORDS_QS),
]
