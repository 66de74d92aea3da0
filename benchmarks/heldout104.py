"""HELDOUT104: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public files a person is likely to bring along: an N26 bank account
transactions export (2022-2023, one row per booking) with "Date" as "2023-04-17", "Payee" in the shop's own spelling
("REWE SAGT DANKE", "Amazon.de", "LIDL DIENSTLEISTUNG"), "Account number" as an IBAN for transfers and blank for card
payments, "Transaction type" ("MasterCard Payment", "Outgoing Transfer", "Income", "Direct Debit", "N26 Referral"),
"Payment reference" often blank, N26's "Category" ("Food & Groceries", "Bars & Restaurants", "Salary" ...),
"Amount (EUR)" signed (spending negative, salary positive), and "Amount (Foreign Currency)", "Type Foreign Currency"
and "Exchange Rate" filled only for card payments abroad (USD, GBP, CHF, SEK); a StoryGraph reading journal export
(the "Title", "Authors", "Contributors", "ISBN/UID", "Format", "Read Status", "Date Added", "Last Date Read",
"Dates Read", "Read Count", "Moods", "Pace", "Character- or Plot-Driven?", "Strong Character Development?",
"Loveable Characters?", "Diverse Characters?", "Flawed Characters?", "Star Rating", "Review", "Content Warnings",
"Content Warning Description", "Tags", "Owned?" columns, plus a "Pages" count some readers add) with "2023/04/15"
dates, "2023/04/01-2023/04/15" read spans, read / to-read / currently-reading / did-not-finish statuses, moods as a
comma list ("dark, mysterious, tense"), quarter-star ratings (blank when unrated, always blank for to-read books),
Yes / No / "It's complicated" / "N/A" flags and ISBNs that are sometimes StoryGraph's own UIDs; a Zoho Books invoices
export of a small consultancy (2022-2024, one row per line item, so an invoice repeats its "Invoice Date",
"Invoice ID", "Invoice Number" ("INV-000123"), "Invoice Status" (Paid, Overdue, Sent, PartiallyPaid, Draft, Void),
"Customer ID", "Customer Name", "Due Date", "Payment Terms Label" ("Net 30"), "Currency Code" EUR, "SubTotal",
"Total" (with 19% tax), "Balance" and "Last Payment Date" (blank unless paid) on every line), with "Item Name",
"Item Desc", "Quantity" (hours or days), "Item Price", "Item Total", "Item Tax %" and "Sales person"; a Nike Run
Club export flattened to CSV (one row per run, 2020-2024) with "id" as a UUID, "type" run, "start_epoch_ms" and
"end_epoch_ms" as epoch milliseconds, "active_duration_ms", "distance_km", "pace_min_per_km" (blank for a few
treadmill runs without distance), "speed_kmh", "calories", "steps" (often blank), "ascent_m" / "descent_m" (blank
indoors), "nikeheartrate_avg" (blank without a watch), "name" as "Thursday Morning Run", "location" outdoors /
indoors, "weather" and "terrain" tags (often blank) and "shoe" names; CDC PLACES county data (2023 release, BRFSS
2021, long: one row per county, measure and value type) with Year, StateAbbr, StateDesc, LocationName ("Adams"),
DataSource BRFSS, Category, Measure ("Obesity among adults aged >=18 years"), Data_Value_Unit "%",
Data_Value_Type ("Crude prevalence" / "Age-adjusted prevalence"), Data_Value (a few blank with
Data_Value_Footnote_Symbol "*" and the "Estimates suppressed" footnote), Low_Confidence_Limit,
High_Confidence_Limit, TotalPopulation repeated on every row of a county, Geolocation as "POINT (-86.64 32.53)",
LocationID as a FIPS number (leading zero lost), CategoryID, MeasureId ("OBESITY", "CSMOKING", "DIABETES",
"ACCESS2", "DEPRESSION", "BPHIGH"), DataValueTypeID (CrdPrv / AgeAdjPrv) and Short_Question_Text; the Bureau of
Transportation Statistics' T-100 Domestic Segment (All Carriers) download for 2022 (one row per carrier, route,
aircraft type and month) with DEPARTURES_SCHEDULED, DEPARTURES_PERFORMED, PAYLOAD, SEATS, PASSENGERS, FREIGHT and
MAIL (pounds), DISTANCE, RAMP_TO_RAMP and AIR_TIME (minutes) written as floats "31.00", UNIQUE_CARRIER ("WN"),
AIRLINE_ID, UNIQUE_CARRIER_NAME ("Southwest Airlines Co."), CARRIER_GROUP_NEW, ORIGIN_AIRPORT_ID, ORIGIN, upper
ORIGIN_CITY_NAME "Chicago, IL", ORIGIN_STATE_ABR and the same for DEST, AIRCRAFT_TYPE codes, AIRCRAFT_CONFIG (1
passenger, 2 freight), YEAR, QUARTER, MONTH, DISTANCE_GROUP, CLASS (F scheduled passenger, G scheduled cargo, L
charter) and DATA_SOURCE DU, cargo carriers with zero seats and passengers; and a World Bank DataBank download of
"GDP (current US$)" and "GDP growth (annual %)" (wide: "Country Name", "Country Code", "Series Name", "Series Code"
and one column per year "1990 [YR1990]" ... "2023 [YR2023]", ".." where there is no figure, countries followed by
aggregates such as "World", "High income" and "Euro area", and DataBank's footer rows: two blank rows, "Data from
database: World Development Indicators" and "Last Updated: 06/28/2024" in the first column). All are generated
with a fixed seed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _split, _text, _year
from .heldout38 import _draw, _month
from .heldout40 import _top_named
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


def _num(s: pd.Series) -> pd.Series:
    """A column as numbers, anything unreadable ("..", "N/A", blanks) as NaN."""
    return pd.to_numeric(s.astype("string").str.strip().str.replace(",", ""), errors="coerce")


def _signless(value: Callable[[pd.DataFrame], float], scales: tuple[float, ...] = ()) -> Check:
    """An amount given as itself or with its sign flipped ("spent 1,234" or "-1,234")."""
    return either(_scaled(value, scales), _scaled(lambda d: -float(value(d)), scales))


# --- 1. N26 bank account transactions export ------------------------------------------------------------------------

# payee: category, transaction type, typical amount (EUR, negative = spending), spread, visits per month
_N26_PAYEES: dict[str, tuple[str, str, float, float, float]] = {
    "REWE SAGT DANKE": ("Food & Groceries", "MasterCard Payment", -38, 0.6, 5),
    "LIDL DIENSTLEISTUNG": ("Food & Groceries", "MasterCard Payment", -24, 0.5, 4),
    "EDEKA": ("Food & Groceries", "MasterCard Payment", -19, 0.6, 2),
    "dm-drogerie markt": ("Household & Utilities", "MasterCard Payment", -17, 0.5, 1.5),
    "Amazon.de": ("Shopping", "MasterCard Payment", -34, 0.9, 2.5),
    "Zalando SE": ("Shopping", "MasterCard Payment", -62, 0.6, 0.5),
    "Lieferando.de": ("Bars & Restaurants", "MasterCard Payment", -27, 0.3, 2),
    "Burgermeister": ("Bars & Restaurants", "MasterCard Payment", -14, 0.3, 1),
    "Cafe Einstein": ("Bars & Restaurants", "MasterCard Payment", -9, 0.4, 2),
    "BVG Ticket": ("Transport & Car", "MasterCard Payment", -3.2, 0.1, 2),
    "Uber BV": ("Transport & Car", "MasterCard Payment", -16, 0.5, 1),
    "Deutsche Bahn": ("Travel & Holidays", "MasterCard Payment", -69, 0.6, 0.4),
    "Spotify AB": ("Media & Electronics", "Direct Debit", -10.99, 0, 1),
    "Netflix.com": ("Media & Electronics", "MasterCard Payment", -12.99, 0, 1),
    "Vattenfall Europe Sales GmbH": ("Household & Utilities", "Direct Debit", -74, 0.05, 1),
    "Telefonica Germany GmbH": ("Household & Utilities", "Direct Debit", -29.99, 0, 1),
    "McFit GmbH": ("Leisure & Entertainment", "Direct Debit", -24.9, 0, 1),
    "Apotheke am Markt": ("Healthcare & Drug Stores", "MasterCard Payment", -15, 0.6, 0.5),
    "PayPal Europe S.a.r.l. et Cie S.C.A": ("Shopping", "Direct Debit", -41, 0.8, 1.5),
}
_N26_ABROAD = {  # payee: currency, EUR per unit, category, typical amount in EUR
    "STARBUCKS NEW YORK": ("USD", 0.93, "Bars & Restaurants", -8),
    "WHOLE FOODS MARKET": ("USD", 0.93, "Food & Groceries", -45),
    "TFL TRAVEL CH": ("GBP", 1.16, "Transport & Car", -6),
    "PRET A MANGER": ("GBP", 1.16, "Bars & Restaurants", -9),
    "SBB CFF FFS": ("CHF", 1.02, "Travel & Holidays", -55),
    "ICA SUPERMARKET": ("SEK", 0.088, "Food & Groceries", -30),
}
_N26_COLUMNS = _split(
    "Date;Payee;Account number;Transaction type;Payment reference;Category;Amount (EUR);Amount (Foreign Currency);"
    "Type Foreign Currency;Exchange Rate"
)
_N26_EMPLOYER = "Muster Software GmbH"


def _iban(rng: np.random.Generator) -> str:
    return "DE" + "".join(str(int(x)) for x in rng.integers(0, 10, 20))


def _n26_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10401)
    payees = list(_N26_PAYEES)
    rows: list[dict[str, Any]] = []
    landlord = _iban(rng)
    employer = _iban(rng)
    for month in pd.date_range("2022-01-01", "2023-12-01", freq="MS"):
        days = month.days_in_month
        rows.append(
            {
                "Date": month + pd.Timedelta(days=int(rng.integers(25, 28))),
                "Payee": _N26_EMPLOYER,
                "Account number": employer,
                "Transaction type": "Income",
                "Payment reference": f"Gehalt {month:%m/%Y}",
                "Category": "Salary",
                "Amount (EUR)": 3120.55 if month.year == 2022 else 3284.10,
            }
        )
        rows.append(
            {
                "Date": month + pd.Timedelta(days=int(rng.integers(0, 3))),
                "Payee": "Hausverwaltung Schmidt",
                "Account number": landlord,
                "Transaction type": "Outgoing Transfer",
                "Payment reference": f"Miete {month:%B %Y}",
                "Category": "Household & Utilities",
                "Amount (EUR)": -950.0,
            }
        )
        festive = 1.8 if month.month == 12 else 1.0
        for payee in payees:
            category, kind, typical, spread, visits = _N26_PAYEES[payee]
            k = int(rng.poisson(visits * (festive if category == "Shopping" else 1)))
            if spread == 0:
                k = 1
            for _ in range(k):
                amount = typical * (float(rng.lognormal(0, spread)) if spread else 1)
                if category == "Shopping" and month.month == 12:
                    amount *= 1.5
                rows.append(
                    {
                        "Date": month + pd.Timedelta(days=int(rng.integers(0, days))),
                        "Payee": payee,
                        "Account number": None,
                        "Transaction type": kind,
                        "Payment reference": None,
                        "Category": category,
                        "Amount (EUR)": round(amount, 2),
                    }
                )
        if rng.random() < 0.35:
            rows.append(
                {
                    "Date": month + pd.Timedelta(days=int(rng.integers(0, days))),
                    "Payee": str(_one(rng, ["Lena Weber", "Jonas Becker", "Mia Hoffmann"])),
                    "Account number": _iban(rng),
                    "Transaction type": str(_one(rng, ["Outgoing Transfer", "Income"])),
                    "Payment reference": str(_one(rng, ["Pizza", "Konzert Tickets", "Geschenk", "danke!"])),
                    "Category": "Transfers",
                    "Amount (EUR)": 0.0,
                }
            )
            rows[-1]["Amount (EUR)"] = round(
                float(rng.integers(10, 80)) * (1 if rows[-1]["Transaction type"] == "Income" else -1), 2
            )
    for _ in range(48):
        payee = str(_one(rng, list(_N26_ABROAD)))
        cur, rate, category, typical = _N26_ABROAD[payee]
        eur = round(typical * float(rng.lognormal(0, 0.5)), 2)
        trip = pd.Timestamp(str(_one(rng, ["2022-05-10", "2022-09-02", "2023-03-20", "2023-08-07"])))
        rows.append(
            {
                "Date": trip + pd.Timedelta(days=int(rng.integers(0, 9))),
                "Payee": payee,
                "Account number": None,
                "Transaction type": "MasterCard Payment",
                "Payment reference": None,
                "Category": category,
                "Amount (EUR)": eur,
                "Amount (Foreign Currency)": round(eur / rate, 2),
                "Type Foreign Currency": cur,
                "Exchange Rate": round(1 / rate, 4),
            }
        )
    rows.append(
        {
            "Date": pd.Timestamp("2022-03-14"),
            "Payee": "N26",
            "Account number": None,
            "Transaction type": "N26 Referral",
            "Payment reference": "Referral bonus",
            "Category": "Income",
            "Amount (EUR)": 15.0,
        }
    )
    frame = pd.DataFrame(rows).sort_values("Date", kind="stable", ignore_index=True)
    frame["Date"] = frame["Date"].dt.strftime("%Y-%m-%d")
    return frame.reindex(columns=_N26_COLUMNS)


_N26_AMT = "Amount (EUR)"


def _n26_spent(d: pd.DataFrame) -> pd.DataFrame:
    return d[d[_N26_AMT] < 0]


def _n26_spent_2023(d: pd.DataFrame) -> float:
    s = _n26_spent(d)
    return float(-s.loc[_text(s["Date"]).str.startswith("2023"), _N26_AMT].sum())


def _n26_top_payees(d: pd.DataFrame) -> pd.Series:
    s = _n26_spent(d)
    return _ranked(-s.groupby(_text(s["Payee"]))[_N26_AMT].sum())


def _n26_worst_month(d: pd.DataFrame) -> pd.Timestamp:
    s = _n26_spent(d)
    month = pd.to_datetime(s["Date"]).dt.to_period("M").astype(str)
    return pd.Timestamp(_top(-s.groupby(month)[_N26_AMT].sum()))


_N26_ID = ("Date", "Payee", _N26_AMT)
_N26_QS = [
    Q("how much did i spend in total in 2023?", _signless(_n26_spent_2023), (*_N26_ID, "Transaction type")),
    Q(
        "what do i spend the most money on? by category",
        _lead(_named(lambda d: _top(-_n26_spent(d).groupby("Category")[_N26_AMT].sum()))),
        (*_N26_ID, "Category"),
    ),
    Q(
        "top 5 places my money goes to",
        _top_named(_n26_top_payees, 5),
        (*_N26_ID, "Account number", "Category"),
    ),
    Q(
        "and how much did i pay the first one altogether",
        _signless(lambda d: float(_n26_top_payees(d).iloc[0])),
        (*_N26_ID, "Account number"),
    ),
    Q(
        "which month did i spend the most",
        _lead(_month_year(_n26_worst_month)),
        (*_N26_ID,),
    ),
    Q(
        "how many payments were in a foreign currency",
        _count(lambda d: float(_text(d["Type Foreign Currency"]).ne("").sum())),
        (*_N26_ID, "Amount (Foreign Currency)", "Type Foreign Currency", "Exchange Rate", "Transaction type"),
    ),
]


# --- 2. StoryGraph reading journal export ---------------------------------------------------------------------------

_SG_GENRES: dict[str, tuple[float, str, tuple[int, int], float]] = {  # kind: weight, moods, pages, rating shift
    "thriller": (20, "dark;mysterious;tense;adventurous", (280, 480), -0.1),
    "literary": (18, "emotional;reflective;sad;challenging", (200, 420), 0.2),
    "fantasy": (22, "adventurous;dark;hopeful;mysterious;lighthearted", (350, 800), 0.1),
    "romance": (14, "lighthearted;hopeful;emotional;funny", (260, 400), -0.2),
    "nonfiction": (16, "informative;reflective;challenging;hopeful", (180, 520), 0.0),
    "scifi": (10, "adventurous;mysterious;challenging;tense;reflective", (250, 600), 0.15),
}
_SG_FIRST = _split("The;A;Night;Silent;Last;Golden;Broken;Hidden;Winter;Burning;Lost;Glass;Iron;Quiet;Paper;Salt")
_SG_SECOND = _split(
    "Garden;House;River;Kingdom;Daughter;Library;Orchard;Storm;Witness;Island;Crown;Letters;Archive;Stars;Tide"
)
_SG_AUTHORS = _split(
    "Emily Henry;Taylor Jenkins Reid;Brandon Sanderson;Sally Rooney;Colleen Hoover;Ann Patchett;Tana French;"
    "Andy Weir;Madeline Miller;Liane Moriarty;Kazuo Ishiguro;Leigh Bardugo;V.E. Schwab;Celeste Ng;Matt Haig;"
    "N.K. Jemisin;Ruth Ware;Fredrik Backman;Barbara Kingsolver;Stephen King;Jojo Moyes;Rebecca Yarros"
)
_SG_COLUMNS = _split(
    "Title;Authors;Contributors;ISBN/UID;Format;Read Status;Date Added;Last Date Read;Dates Read;Read Count;Moods;"
    "Pace;Character- or Plot-Driven?;Strong Character Development?;Loveable Characters?;Diverse Characters?;"
    "Flawed Characters?;Star Rating;Review;Content Warnings;Content Warning Description;Tags;Owned?;Pages"
)


def _storygraph_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10402)
    kinds = list(_SG_GENRES)
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    for _ in range(420):
        kind = str(_one(rng, kinds, [v[0] for v in _SG_GENRES.values()]))
        _w, moods, (lo, hi), shift = _SG_GENRES[kind]
        title = f"{_one(rng, _SG_FIRST)} {_one(rng, _SG_SECOND)}"
        while title in used:
            title += f" {_one(rng, ['II', 'Returns', 'Rising', 'of Ash', 'and Bone'])}"
        used.add(title)
        status = _draw(rng, "read:62;to-read:28;currently-reading:3;did-not-finish:7")
        pages = int(rng.integers(lo, hi))
        finish = pd.Timestamp("2021-01-08") + pd.Timedelta(days=int(rng.integers(0, 1450)))
        added = finish - pd.Timedelta(days=int(rng.integers(30, 260)))
        row: dict[str, Any] = {
            "Title": title,
            "Authors": str(_one(rng, _SG_AUTHORS)),
            "Contributors": None if rng.random() < 0.85 else "Julia Whelan (Narrator)",
            "ISBN/UID": str(int(rng.integers(9780000000000, 9799999999999)))
            if rng.random() < 0.85
            else str(uuid.UUID(int=int(rng.integers(0, 2**62)))),
            "Format": _draw(rng, "paperback:40;hardcover:20;digital:28;audio:12"),
            "Read Status": status,
            "Date Added": f"{added:%Y/%m/%d}",
            "Read Count": 0,
            "Owned?": _draw(rng, "Yes:55;No:45"),
            "Pages": None if rng.random() < 0.05 else pages,
        }
        if status in ("read", "did-not-finish"):
            length = max(2, int(pages / float(rng.uniform(20, 70))))
            end = finish
            start = end - pd.Timedelta(days=length)
            picked = rng.choice(_split(moods), size=int(rng.integers(1, 4)), replace=False)
            base = 3.7 + shift - 0.0006 * (pages - 400) + float(rng.normal(0, 0.55))
            rating = float(np.clip(round(base * 4) / 4, 0.5, 5)) if status == "read" else float(rng.choice([1, 1.5]))
            row |= {
                "Last Date Read": f"{end:%Y/%m/%d}",
                "Dates Read": f"{start:%Y/%m/%d}-{end:%Y/%m/%d}",
                "Read Count": 1 if status == "read" else 0,
                "Moods": ", ".join(str(m) for m in picked),
                "Pace": _draw(rng, "fast:35;medium:45;slow:20"),
                "Character- or Plot-Driven?": _draw(rng, "A mix:40;Character:35;Plot:25"),
                "Strong Character Development?": _draw(rng, "Yes:45;It's complicated:25;No:15;N/A:15"),
                "Loveable Characters?": _draw(rng, "Yes:45;It's complicated:25;No:15;N/A:15"),
                "Diverse Characters?": _draw(rng, "Yes:40;It's complicated:20;No:25;N/A:15"),
                "Flawed Characters?": _draw(rng, "Yes:60;It's complicated:15;No:10;N/A:15"),
                "Star Rating": None if status == "read" and rng.random() < 0.08 else rating,
                "Review": None if rng.random() < 0.8 else "loved the ending, middle dragged a bit",
                "Content Warnings": None if rng.random() < 0.6 else "Graphic: Violence; Moderate: Grief",
                "Tags": None if rng.random() < 0.7 else str(_one(rng, ["book club", "reread", "library", "gift"])),
            }
        elif status == "currently-reading":
            row["Dates Read"] = f"{pd.Timestamp('2024-12-10'):%Y/%m/%d}-"
        rows.append(row)
    return pd.DataFrame(rows).reindex(columns=_SG_COLUMNS)


def _sg_read(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Read Status"]) == "read"]


def _sg_moods(d: pd.DataFrame) -> pd.Series:
    return _text(d["Moods"]).str.split(",").explode().str.strip().replace("", np.nan).dropna().value_counts()


def _sg_pages_2023(d: pd.DataFrame) -> float:
    r = _sg_read(d)
    return float(_num(r.loc[_text(r["Last Date Read"]).str.startswith("2023"), "Pages"]).sum())


def _sg_best_month(d: pd.DataFrame) -> pd.Timestamp:
    r = _sg_read(d)
    month = pd.to_datetime(r["Last Date Read"], format="%Y/%m/%d").dt.to_period("M").astype(str)
    return pd.Timestamp(_top(month.value_counts()))


_SG_ID = ("Title", "Read Status")
_SG_QS = [
    Q("how many books have i finished", _count(lambda d: float(len(_sg_read(d)))), _SG_ID),
    Q(
        "whats my average rating for those",
        has(lambda d: float(_sg_read(d)["Star Rating"].mean()), rel=0.003),
        (*_SG_ID, "Star Rating"),
    ),
    Q(
        "how many pages did i read in 2023",
        _count(_sg_pages_2023),
        (*_SG_ID, "Pages", "Last Date Read", "Dates Read"),
    ),
    Q(
        "what mood comes up most in my books?",
        _lead(either(_named(lambda d: _top(_sg_moods(d))), _named(lambda d: _top(_sg_moods(_sg_read(d)))))),
        (*_SG_ID, "Moods"),
    ),
    Q(
        "do i rate longer books higher?",
        _corr(
            lambda d: _num(_sg_read(d)["Pages"]),
            lambda d: _num(_sg_read(d)["Star Rating"]),
        ),
        (*_SG_ID, "Pages", "Star Rating"),
    ),
    Q(
        "which month did i finish the most books",
        _lead(_month_year(_sg_best_month)),
        (*_SG_ID, "Last Date Read", "Dates Read"),
    ),
]


# --- 3. Zoho Books invoices export ----------------------------------------------------------------------------------

_ZB_CUSTOMERS: dict[str, float] = {  # customer: weight
    "Hansa Logistik GmbH": 18,
    "Brightwater Analytics Ltd": 9,
    "Nordlicht Energie AG": 12,
    "Café Kranz": 3,
    "Stadtwerke Kiel": 8,
    "Meyer & Söhne KG": 6,
    "Polar Retail B.V.": 7,
    "Okapi Health": 5,
    "Vireo Labs": 4,
    "Baltic Freight Services": 6,
}
# item: description, unit price (EUR), typical quantity
_ZB_ITEMS: dict[str, tuple[str, float, float]] = {
    "Consulting - Senior": ("Senior consultant, hourly", 145.0, 22),
    "Consulting - Junior": ("Junior consultant, hourly", 85.0, 30),
    "Workshop (day)": ("On-site workshop, per day", 1400.0, 1.5),
    "Data Audit": ("Fixed-price data audit", 3500.0, 1),
    "Dashboard Build": ("Power BI dashboard build", 2200.0, 1),
    "Support Retainer": ("Monthly support retainer", 750.0, 1),
    "Travel Expenses": ("Travel expenses (at cost)", 1.0, 320),
}
_ZB_COLUMNS = _split(
    "Invoice Date;Invoice ID;Invoice Number;Invoice Status;Customer ID;Customer Name;Due Date;Payment Terms Label;"
    "Currency Code;Exchange Rate;SubTotal;Total;Balance;Last Payment Date;Sales person;Item Name;Item Desc;Quantity;"
    "Item Price;Item Total;Item Tax %;Item Tax Amount"
)


def _zoho_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10403)
    names = list(_ZB_CUSTOMERS)
    ids = {n: str(int(rng.integers(10**17, 10**18))) for n in names}
    items = list(_ZB_ITEMS)
    rows: list[dict[str, Any]] = []
    today = pd.Timestamp("2024-11-30")
    for k in range(420):
        date = pd.Timestamp("2022-01-03") + pd.Timedelta(days=int(rng.integers(0, 1060)))
        if rng.random() < 0.08:
            date = pd.Timestamp("2023-11-01") + pd.Timedelta(days=int(rng.integers(0, 30)))
        customer = str(_one(rng, names, list(_ZB_CUSTOMERS.values())))
        terms = _draw(rng, "Net 30:70;Net 15:20;Due on Receipt:10")
        days = {"Net 30": 30, "Net 15": 15, "Due on Receipt": 0}[terms]
        due = date + pd.Timedelta(days=days)
        lines = []
        for item in rng.choice(items, size=int(rng.integers(1, 4)), replace=False):
            desc, price, qty = _ZB_ITEMS[str(item)]
            q = max(1.0, round(qty * float(rng.lognormal(0, 0.4)), 1 if price < 200 else 0))
            if price == 1.0:
                price, q = round(qty * float(rng.lognormal(0, 0.5)), 2), 1.0
            lines.append((str(item), desc, q, price, round(q * price, 2)))
        sub = round(sum(x[4] for x in lines), 2)
        total = round(sub * 1.19, 2)
        late = (today - due).days
        if late > 60:
            status = _draw(rng, "Paid:93;Overdue:3;Void:4")
        elif late > 0:
            status = _draw(rng, "Paid:60;Overdue:30;PartiallyPaid:10")
        else:
            status = _draw(rng, "Sent:70;Paid:15;Draft:15")
        paid_on = None
        balance = total
        if status == "Paid":
            balance = 0.0
            paid_on = date + pd.Timedelta(days=int(max(1, rng.normal(days + 6, 9))))
        elif status == "PartiallyPaid":
            balance = round(total * 0.5, 2)
            paid_on = date + pd.Timedelta(days=int(rng.integers(10, 40)))
        elif status in ("Void", "Draft"):
            balance = 0.0
        for item, desc, q, price, line in lines:
            rows.append(
                {
                    "Invoice Date": f"{date:%Y-%m-%d}",
                    "Invoice ID": 4_630_000_000_000_000 + 1_000 * k + int(rng.integers(0, 999)),
                    "Invoice Number": f"INV-{k + 1:06d}",
                    "Invoice Status": status,
                    "Customer ID": ids[customer],
                    "Customer Name": customer,
                    "Due Date": f"{due:%Y-%m-%d}",
                    "Payment Terms Label": terms,
                    "Currency Code": "EUR",
                    "Exchange Rate": 1.0,
                    "SubTotal": sub,
                    "Total": total,
                    "Balance": balance,
                    "Last Payment Date": None if paid_on is None else f"{paid_on:%Y-%m-%d}",
                    "Sales person": _draw(rng, "Anna Krüger:50;Tom Berger:35;:15") or None,
                    "Item Name": item,
                    "Item Desc": desc,
                    "Quantity": q,
                    "Item Price": price,
                    "Item Total": line,
                    "Item Tax %": 19,
                    "Item Tax Amount": round(line * 0.19, 2),
                }
            )
    frame = pd.DataFrame(rows)
    first = frame.groupby("Invoice Number")["Invoice ID"].transform("first")
    frame["Invoice ID"] = first
    return frame.sort_values(["Invoice Date", "Invoice Number"], kind="stable", ignore_index=True)[_ZB_COLUMNS]


def _zb_invoices(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("Invoice Number")


def _zb_real(d: pd.DataFrame) -> pd.DataFrame:
    return d[~_text(d["Invoice Status"]).isin(["Void", "Draft"])]


def _zb_top_customer(by: str, real: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        rows = _zb_real(d) if real else d
        if by == "Total":
            rows = _zb_invoices(rows)
        return _top(rows.groupby("Customer Name")[by].sum())

    return top


def _zb_days_to_pay(d: pd.DataFrame) -> float:
    inv = _zb_invoices(d)
    inv = inv[_text(inv["Invoice Status"]) == "Paid"]
    return float((pd.to_datetime(inv["Last Payment Date"]) - pd.to_datetime(inv["Invoice Date"])).dt.days.mean())


def _zb_best_month(by: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def best(d: pd.DataFrame) -> pd.Timestamp:
        rows = _zb_real(d)
        if by == "Total":
            rows = _zb_invoices(rows)
        month = pd.to_datetime(rows["Invoice Date"]).dt.to_period("M").astype(str)
        return pd.Timestamp(_top(rows.groupby(month)[by].sum()))

    return best


_ZB_ID = ("Invoice Number", "Invoice ID", "Invoice Date")
_ZB_QS = [
    Q(
        "how many invoices are overdue right now",
        _count(lambda d: float(_zb_invoices(d)["Invoice Status"].eq("Overdue").sum())),
        (*_ZB_ID, "Invoice Status", "Due Date", "Balance"),
    ),
    Q(
        "how much money is still outstanding in total?",
        _scaled(lambda d: float(_zb_invoices(d)["Balance"].sum()), (1e3,)),
        (*_ZB_ID, "Balance", "Invoice Status"),
    ),
    Q(
        "which client brought in the most revenue",
        _lead(
            either(*(_named(_zb_top_customer(by, real)) for by in ("Item Total", "Total") for real in (True, False)))
        ),
        (*_ZB_ID, "Customer Name", "Customer ID", "Item Total", "Total", "SubTotal", "Invoice Status"),
    ),
    Q(
        "on average how many days do clients take to pay",
        _about(_zb_days_to_pay, rel=0.02),
        (*_ZB_ID, "Invoice Status", "Last Payment Date", "Due Date"),
    ),
    Q(
        "what's the average invoice amount",
        either(
            *(
                _scaled(lambda d, c=col, f=keep: float(_zb_invoices(f(d))[c].mean()), (1e3,))
                for col in ("Total", "SubTotal")
                for keep in (_zb_real, lambda d: d)
            )
        ),
        (*_ZB_ID, "Total", "SubTotal", "Invoice Status"),
    ),
    Q(
        "best month for billing?",
        _lead(either(_month_year(_zb_best_month("Item Total")), _month_year(_zb_best_month("Total")))),
        (*_ZB_ID, "Item Total", "Total", "SubTotal", "Invoice Status"),
    ),
]


# --- 4. Nike Run Club runs, flattened -------------------------------------------------------------------------------

_NRC_COLUMNS = _split(
    "id;type;start_epoch_ms;end_epoch_ms;active_duration_ms;distance_km;pace_min_per_km;speed_kmh;calories;steps;"
    "ascent_m;descent_m;nikeheartrate_avg;name;location;weather;terrain;shoe"
)
_NRC_YEARS = "2020:12;2021:22;2022:30;2023:22;2024:14"


def _nrc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10404)
    rows: list[dict[str, Any]] = []
    for _ in range(640):
        year = int(_draw(rng, _NRC_YEARS))
        day = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        hour = int(_draw(rng, "6:20;7:20;12:10;17:15;18:20;19:15"))
        start = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)))
        indoors = rng.random() < 0.14
        fitness = (year - 2020) * 0.12
        km = round(float(np.clip(rng.gamma(4, 1.7), 1.2, 42.5)), 2)
        if rng.random() < 0.02:
            km = round(float(rng.uniform(21.1, 23)), 2)
        pace = 6.4 - fitness + 0.02 * km + (0.35 if indoors else 0) + float(rng.normal(0, 0.35))
        if (day.month in (6, 7, 8)) and not indoors:
            pace += 0.15
        minutes = km * pace
        hr = round(150 - 6 * (pace - 5.8) + float(rng.normal(0, 5))) if rng.random() < 0.7 else None
        missing = indoors and rng.random() < 0.12
        end = start + pd.Timedelta(minutes=minutes + float(rng.uniform(0, 4)))
        part = "Morning" if hour < 11 else "Lunch" if hour < 14 else "Evening" if hour >= 17 else "Afternoon"
        rows.append(
            {
                "id": str(uuid.UUID(int=int(rng.integers(0, 2**62)) << 64 | int(rng.integers(0, 2**62)))),
                "type": "run",
                "start_epoch_ms": int(start.value // 10**6),
                "end_epoch_ms": int(end.value // 10**6),
                "active_duration_ms": int(minutes * 60_000),
                "distance_km": 0.0 if missing else km,
                "pace_min_per_km": None if missing else round(pace, 4),
                "speed_kmh": 0.0 if missing else round(60 / pace, 4),
                "calories": round(km * 68 * float(rng.uniform(0.9, 1.1))),
                "steps": None if rng.random() < 0.3 else int(km * 1000 / 1.05 * float(rng.uniform(0.95, 1.05))),
                "ascent_m": None if indoors else round(km * float(rng.uniform(2, 12)), 1),
                "descent_m": None if indoors else round(km * float(rng.uniform(2, 12)), 1),
                "nikeheartrate_avg": hr,
                "name": f"{start:%A} {part} Run",
                "location": "indoors" if indoors else "outdoors",
                "weather": None if indoors or rng.random() < 0.5 else _draw(rng, "sunny:40;cloudy:35;rainy:15;snowy:5"),
                "terrain": None
                if rng.random() < 0.5
                else ("treadmill" if indoors else _draw(rng, "road:60;trail:25;track:15")),
                "shoe": None if rng.random() < 0.25 else _draw(rng, "Pegasus 39:40;Vomero 16:30;Invincible 3:30"),
            }
        )
    frame = pd.DataFrame(rows).sort_values("start_epoch_ms", ignore_index=True)
    return frame[_NRC_COLUMNS]


def _nrc_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["start_epoch_ms"], unit="ms").dt.year


def _nrc_pace(where: str | None) -> tuple[Callable[[pd.DataFrame], float], Callable[[pd.DataFrame], float]]:
    def rows(d: pd.DataFrame) -> pd.DataFrame:
        keep = d[d["distance_km"] > 0]
        return keep if where is None else keep[_text(keep["location"]) == where]

    def mean(d: pd.DataFrame) -> float:
        return float(rows(d)["pace_min_per_km"].mean())

    def overall(d: pd.DataFrame) -> float:
        r = rows(d)
        return float(r["active_duration_ms"].sum() / 60_000 / r["distance_km"].sum())

    return mean, overall


def _pace_check(where: str | None) -> Check:
    """A pace as decimal minutes (5.93) or as minutes:seconds (5:56), per either reading."""
    readings = _nrc_pace(where)

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for value in readings:
            v = value(df)
            if _about(lambda _d, v=v: v, rel=0.01)(answer, df) is None:
                return None
            m, s = int(v), round((v - int(v)) * 60)
            for sec in (s - 1, s, s + 1):
                if 0 <= sec < 60 and f"{m}:{sec:02d}" in answer:
                    return None
        return f"missing pace {readings[0](df):.3f}"

    return check


def _both_paces(answer: str, df: pd.DataFrame) -> str | None:
    return _pace_check("outdoors")(answer, df) or _pace_check("indoors")(answer, df)


_NRC_ID = ("id", "start_epoch_ms")
_NRC_QS = [
    Q(
        "how far have i run in total?",
        _scaled(lambda d: float(d["distance_km"].sum()), (1e3,)),
        (*_NRC_ID, "distance_km"),
    ),
    Q(
        "whats my average pace",
        _pace_check(None),
        (*_NRC_ID, "pace_min_per_km", "distance_km", "active_duration_ms", "speed_kmh"),
    ),
    Q(
        "which year did i run the most km",
        _lead(_year(lambda d: float(_top(d["distance_km"].groupby(_nrc_year(d).astype(str)).sum())))),
        (*_NRC_ID, "distance_km", "end_epoch_ms"),
    ),
    Q("longest run ever?", has(lambda d: float(d["distance_km"].max())), (*_NRC_ID, "distance_km", "name")),
    Q(
        "am i faster outside or on the treadmill",
        _both_paces,
        (*_NRC_ID, "location", "terrain", "pace_min_per_km", "distance_km", "active_duration_ms", "speed_kmh"),
    ),
    Q(
        "is my heart rate related to how fast i go",
        either(
            _corr(lambda d: d["nikeheartrate_avg"], lambda d: d["pace_min_per_km"]),
            _corr(lambda d: d["nikeheartrate_avg"], lambda d: d["speed_kmh"].where(d["distance_km"] > 0)),
        ),
        (*_NRC_ID, "nikeheartrate_avg", "pace_min_per_km", "speed_kmh", "distance_km"),
    ),
]


# --- 5. CDC PLACES county data (long) -------------------------------------------------------------------------------

# state: name, FIPS, counties, longitude, latitude, shifts for obesity, smoking, diabetes, uninsured, depression, bp
_PL_STATES: dict[str, tuple[str, int, int, float, float, tuple[float, ...]]] = {
    "AL": ("Alabama", 1, 67, -86.8, 32.8, (4, 4, 3, 3, 1, 6)),
    "MS": ("Mississippi", 28, 82, -89.7, 32.7, (5, 4, 4, 4, 0, 7)),
    "TX": ("Texas", 48, 70, -99.3, 31.4, (1, 0, 1.5, 10, -2, 1)),
    "CO": ("Colorado", 8, 64, -105.5, 39.0, (-6, -2, -2, 1, 1, -4)),
    "MN": ("Minnesota", 27, 87, -94.3, 46.3, (-1, -1, -1, -3, 2, -3)),
    "VT": ("Vermont", 50, 14, -72.7, 44.0, (-3, 0, -1.5, -3, 4, -3)),
    "WV": ("West Virginia", 54, 55, -80.6, 38.6, (5, 7, 3.5, -1, 5, 6)),
}
_PL_COUNTY = _split(
    "Adams;Jackson;Jefferson;Franklin;Lincoln;Madison;Washington;Clay;Marion;Monroe;Union;Greene;Warren;Wayne;"
    "Lake;Hancock;Marshall;Montgomery;Perry;Pike;Polk;Grant;Logan;Mercer;Boone;Carroll;Clark;Douglas;Fayette;Hardin;"
    "Henry;Houston;Knox;Lee;Morgan;Scott;Shelby;Sumner;Taylor;Wilson;Calhoun;Chambers;Cherokee;Coffee;Dallas;Dale;"
    "Elmore;Escambia;Etowah;Geneva;Hale;Lamar;Lauderdale;Lowndes;Macon;Marengo;Mobile;Randolph;Russell;Sumter;"
    "Talladega;Tuscaloosa;Walker;Winston;Baldwin;Barbour;Bibb;Blount;Bullock;Butler;Chilton;Choctaw;Clarke;Cleburne;"
    "Coosa;Covington;Crenshaw;Cullman;DeKalb;Greenwood;Hamilton;Harrison;Kent;Lewis;Mason;Otero;Pueblo;Summit;Routt;"
    "Orange;Essex;Windsor;Rutland;Bennington;Addison;Caledonia;Chittenden;Orleans;Lamoille;Grand Isle;Windham"
)
# MeasureId: Measure, Category, CategoryID, Short_Question_Text, national crude mean, county spread
_PL_MEASURES: dict[str, tuple[str, str, str, str, float, float]] = {
    "OBESITY": ("Obesity among adults aged >=18 years", "Health Outcomes", "HLTHOUT", "Obesity", 36.5, 3.0),
    "CSMOKING": (
        "Current cigarette smoking among adults aged >=18 years",
        "Health Risk Behaviors",
        "RISKBEH",
        "Current Smoking",
        18.5,
        2.8,
    ),
    "DIABETES": (
        "Diagnosed diabetes among adults aged >=18 years",
        "Health Outcomes",
        "HLTHOUT",
        "Diabetes",
        12.0,
        1.8,
    ),
    "ACCESS2": (
        "Current lack of health insurance among adults aged 18-64 years",
        "Prevention",
        "PREVENT",
        "Health Insurance",
        12.5,
        3.0,
    ),
    "DEPRESSION": ("Depression among adults aged >=18 years", "Health Outcomes", "HLTHOUT", "Depression", 21.5, 2.2),
    "BPHIGH": (
        "High blood pressure among adults aged >=18 years",
        "Health Outcomes",
        "HLTHOUT",
        "High Blood Pressure",
        34.0,
        3.5,
    ),
}
_PL_COLUMNS = _split(
    "Year;StateAbbr;StateDesc;LocationName;DataSource;Category;Measure;Data_Value_Unit;Data_Value_Type;Data_Value;"
    "Data_Value_Footnote_Symbol;Data_Value_Footnote;Low_Confidence_Limit;High_Confidence_Limit;TotalPopulation;"
    "Geolocation;LocationID;CategoryID;MeasureId;DataValueTypeID;Short_Question_Text"
)


def _places_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10405)
    rows: list[dict[str, Any]] = []
    measures = list(_PL_MEASURES)
    for abbr, (state, fips, n, lon, lat, shifts) in _PL_STATES.items():
        names = rng.choice(_PL_COUNTY, size=n, replace=False)
        for i, county in enumerate(names):
            pop = int(rng.lognormal(10.3, 1.2)) + 800 if rng.random() > 0.03 else int(rng.integers(60, 2400))
            older = float(rng.normal(0, 1))
            poor = float(rng.normal(0, 1))
            x, y = round(lon + float(rng.normal(0, 1.2)), 7), round(lat + float(rng.normal(0, 0.9)), 7)
            suppressed = pop < 2500
            for j, mid in enumerate(measures):
                measure, cat, cat_id, short, mean, spread = _PL_MEASURES[mid]
                age_effect = {"DIABETES": 1.6, "BPHIGH": 3.0, "DEPRESSION": -0.4, "CSMOKING": -0.6}.get(mid, 0.2)
                poor_effect = {"CSMOKING": 0.7, "DEPRESSION": 0.6, "ACCESS2": 0.5}.get(mid, 0.5)
                crude = mean + shifts[j] + age_effect * older + poor_effect * spread * poor
                crude += float(rng.normal(0, spread * 0.5))
                adjusted = crude - age_effect * older * 0.9 + float(rng.normal(0, 0.3))
                for kind, type_id, value in (
                    ("Age-adjusted prevalence", "AgeAdjPrv", adjusted),
                    ("Crude prevalence", "CrdPrv", crude),
                ):
                    v = round(float(np.clip(value, 2, 60)), 1)
                    blank = suppressed and mid == "DEPRESSION"
                    rows.append(
                        {
                            "Year": 2021,
                            "StateAbbr": abbr,
                            "StateDesc": state,
                            "LocationName": str(county),
                            "DataSource": "BRFSS",
                            "Category": cat,
                            "Measure": measure,
                            "Data_Value_Unit": "%",
                            "Data_Value_Type": kind,
                            "Data_Value": None if blank else v,
                            "Data_Value_Footnote_Symbol": "*" if blank else None,
                            "Data_Value_Footnote": "Estimates suppressed for population less than 50"
                            if blank
                            else None,
                            "Low_Confidence_Limit": None if blank else round(v - float(rng.uniform(1, 3)), 1),
                            "High_Confidence_Limit": None if blank else round(v + float(rng.uniform(1, 3)), 1),
                            "TotalPopulation": pop,
                            "Geolocation": f"POINT ({x} {y})",
                            "LocationID": fips * 1000 + 2 * i + 1,
                            "CategoryID": cat_id,
                            "MeasureId": mid,
                            "DataValueTypeID": type_id,
                            "Short_Question_Text": short,
                        }
                    )
    frame = pd.DataFrame(rows)
    return frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)[_PL_COLUMNS]


_PL_TYPES = ("CrdPrv", "AgeAdjPrv")


def _pl_rows(d: pd.DataFrame, mid: str, kind: str) -> pd.DataFrame:
    return d[(_text(d["MeasureId"]) == mid) & (_text(d["DataValueTypeID"]) == kind)]


def _pl_top_county(kind: str) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        r = _pl_rows(d, "OBESITY", kind)
        return str(r.loc[r["Data_Value"].idxmax(), "LocationName"])

    return top


def _pl_top_state(kind: str, weighted: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        r = _pl_rows(d, "DIABETES", kind).dropna(subset=["Data_Value"])
        if weighted:
            w = r["Data_Value"] * r["TotalPopulation"]
            return _top(w.groupby(r["StateDesc"]).sum() / r.groupby("StateDesc")["TotalPopulation"].sum())
        return _top(r.groupby("StateDesc")["Data_Value"].mean())

    return top


def _pl_smoke_depress(kind: str) -> Check:
    def pair(d: pd.DataFrame) -> pd.DataFrame:
        s = _pl_rows(d, "CSMOKING", kind).set_index("LocationID")["Data_Value"]
        p = _pl_rows(d, "DEPRESSION", kind).set_index("LocationID")["Data_Value"]
        return pd.concat([s.rename("s"), p.rename("p")], axis=1).dropna()

    return _corr(lambda d: pair(d)["s"], lambda d: pair(d)["p"])


_PL_VALUE = ("Data_Value", "Data_Value_Type", "DataValueTypeID", "MeasureId", "Measure", "Short_Question_Text")
_PL_QS = [
    Q(
        "which county has the highest obesity rate",
        _lead(either(*(_named(_pl_top_county(k)) for k in _PL_TYPES))),
        (*_PL_VALUE, "LocationName", "StateAbbr", "StateDesc", "LocationID", "Category"),
    ),
    Q(
        "which state has the worst diabetes on average",
        _lead(either(*(_named(_pl_top_state(k, w)) for k in _PL_TYPES for w in (False, True)))),
        (*_PL_VALUE, "StateAbbr", "StateDesc", "LocationName", "LocationID", "TotalPopulation", "Category"),
    ),
    Q(
        "how many counties have obesity over 40%?",
        either(
            *(_count(lambda d, k=k: float((_pl_rows(d, "OBESITY", k)["Data_Value"] > 40).sum())) for k in _PL_TYPES)
        ),
        (*_PL_VALUE, "LocationName", "LocationID", "StateAbbr", "Category"),
    ),
    Q(
        "avg uninsured rate for texas counties",
        either(
            *(
                _about(lambda d, k=k: float(_pl_rows(d, "ACCESS2", k).query("StateAbbr == 'TX'")["Data_Value"].mean()))
                for k in _PL_TYPES
            )
        ),
        (*_PL_VALUE, "StateAbbr", "StateDesc", "LocationName", "LocationID", "Category"),
    ),
    Q(
        "is smoking linked to depression across counties",
        either(*(_pl_smoke_depress(k) for k in _PL_TYPES)),
        (*_PL_VALUE, "LocationName", "LocationID", "StateAbbr", "Category"),
    ),
    Q(
        "how many values are missing and why",
        _count(lambda d: float(d["Data_Value"].isna().sum())),
        (
            *_PL_VALUE,
            "Data_Value_Footnote_Symbol",
            "Data_Value_Footnote",
            "LocationName",
            "LocationID",
            "TotalPopulation",
        ),
    ),
]


# --- 6. BTS T-100 domestic segment (all carriers), one year ---------------------------------------------------------

# code: airline id, name, carrier group, weight, class, aircraft types, seats per departure (0 for cargo)
_T100_CARRIERS: dict[str, tuple[int, str, int, float, str, str, int]] = {
    "WN": (19393, "Southwest Airlines Co.", 3, 20, "F", "614;612;622", 160),
    "AA": (19805, "American Airlines Inc.", 3, 16, "F", "614;694;627", 175),
    "DL": (19790, "Delta Air Lines Inc.", 3, 15, "F", "612;694;622", 180),
    "UA": (19977, "United Air Lines Inc.", 3, 13, "F", "614;622;612", 172),
    "B6": (20409, "JetBlue Airways", 3, 5, "F", "694;673", 155),
    "AS": (19930, "Alaska Airlines Inc.", 3, 5, "F", "614;612", 165),
    "NK": (20416, "Spirit Air Lines", 3, 4, "F", "694;698", 182),
    "OO": (20304, "SkyWest Airlines Inc.", 2, 10, "F", "638;673", 70),
    "FX": (20107, "Federal Express Corporation", 3, 6, "G", "627;691", 0),
    "5X": (20355, "United Parcel Service", 3, 4, "G", "627;625", 0),
    "G4": (20368, "Allegiant Air", 3, 2, "L", "694;698", 180),
}
# code: airport id, city name, state
_T100_AIRPORTS: dict[str, tuple[int, str, str, float]] = {
    "ATL": (10397, "Atlanta, GA", "GA", 10),
    "DFW": (11298, "Dallas/Fort Worth, TX", "TX", 9),
    "DEN": (11292, "Denver, CO", "CO", 9),
    "ORD": (13930, "Chicago, IL", "IL", 9),
    "LAX": (12892, "Los Angeles, CA", "CA", 7),
    "LAS": (12889, "Las Vegas, NV", "NV", 6),
    "MCO": (13204, "Orlando, FL", "FL", 6),
    "SEA": (14747, "Seattle, WA", "WA", 5),
    "PHX": (14107, "Phoenix, AZ", "AZ", 5),
    "BOS": (10721, "Boston, MA", "MA", 4),
    "MEM": (13244, "Memphis, TN", "TN", 3),
    "SDF": (14730, "Louisville, KY", "KY", 3),
    "BNA": (10693, "Nashville, TN", "TN", 4),
    "SLC": (14869, "Salt Lake City, UT", "UT", 4),
}
_T100_COLUMNS = _split(
    "DEPARTURES_SCHEDULED;DEPARTURES_PERFORMED;PAYLOAD;SEATS;PASSENGERS;FREIGHT;MAIL;DISTANCE;RAMP_TO_RAMP;AIR_TIME;"
    "UNIQUE_CARRIER;AIRLINE_ID;UNIQUE_CARRIER_NAME;CARRIER_GROUP_NEW;ORIGIN_AIRPORT_ID;ORIGIN;ORIGIN_CITY_NAME;"
    "ORIGIN_STATE_ABR;DEST_AIRPORT_ID;DEST;DEST_CITY_NAME;DEST_STATE_ABR;AIRCRAFT_TYPE;AIRCRAFT_CONFIG;YEAR;QUARTER;"
    "MONTH;DISTANCE_GROUP;CLASS;DATA_SOURCE"
)
_T100_MONTHS = [0.78, 0.8, 0.97, 0.96, 1.0, 1.08, 1.12, 1.07, 0.93, 0.97, 0.94, 0.98]


def _t100_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10406)
    carriers = list(_T100_CARRIERS)
    ports = list(_T100_AIRPORTS)
    port_w = [v[3] for v in _T100_AIRPORTS.values()]
    coords = {p: rng.uniform(0, 2400, 2) for p in ports}
    rows: list[dict[str, Any]] = []
    for _ in range(3600):
        code = str(_one(rng, carriers, [v[3] for v in _T100_CARRIERS.values()]))
        airline_id, name, group, _w, klass, types, seats = _T100_CARRIERS[code]
        o, dest = rng.choice(ports, size=2, replace=False, p=np.asarray(port_w) / sum(port_w))
        if klass == "G" and rng.random() < 0.6:
            o = "MEM" if code == "FX" else "SDF"
            if dest == o:
                dest = "LAX"
        month = int(rng.integers(1, 13))
        miles = float(round(np.hypot(*(coords[str(o)] - coords[str(dest)])) + 150))
        sched = int(rng.integers(4, 120) * _T100_MONTHS[month - 1]) if klass != "L" else 0
        flown = max(0, sched - int(rng.binomial(sched, 0.015))) if klass != "L" else int(rng.integers(1, 12))
        fly = miles / 8.0 + 20
        cap = seats * flown
        load = float(np.clip(rng.normal(0.84 * _T100_MONTHS[month - 1] ** 0.5, 0.07), 0.3, 1.0))
        pax = int(cap * load) if seats else 0
        rows.append(
            {
                "DEPARTURES_SCHEDULED": float(sched),
                "DEPARTURES_PERFORMED": float(flown),
                "PAYLOAD": float(flown * (40_000 if seats else 90_000)),
                "SEATS": float(cap),
                "PASSENGERS": float(pax),
                "FREIGHT": float(round(flown * (rng.uniform(500, 4000) if seats else rng.uniform(40_000, 90_000)))),
                "MAIL": float(round(flown * rng.uniform(0, 300))) if rng.random() < 0.4 else 0.0,
                "DISTANCE": miles,
                "RAMP_TO_RAMP": float(round(flown * (fly + 18))),
                "AIR_TIME": float(round(flown * fly)),
                "UNIQUE_CARRIER": code,
                "AIRLINE_ID": airline_id,
                "UNIQUE_CARRIER_NAME": name,
                "CARRIER_GROUP_NEW": group,
                "ORIGIN_AIRPORT_ID": _T100_AIRPORTS[str(o)][0],
                "ORIGIN": str(o),
                "ORIGIN_CITY_NAME": _T100_AIRPORTS[str(o)][1],
                "ORIGIN_STATE_ABR": _T100_AIRPORTS[str(o)][2],
                "DEST_AIRPORT_ID": _T100_AIRPORTS[str(dest)][0],
                "DEST": str(dest),
                "DEST_CITY_NAME": _T100_AIRPORTS[str(dest)][1],
                "DEST_STATE_ABR": _T100_AIRPORTS[str(dest)][2],
                "AIRCRAFT_TYPE": int(_one(rng, _split(types))),
                "AIRCRAFT_CONFIG": 1 if seats else 2,
                "YEAR": 2022,
                "QUARTER": (month - 1) // 3 + 1,
                "MONTH": month,
                "DISTANCE_GROUP": int(miles // 500) + 1,
                "CLASS": klass,
                "DATA_SOURCE": "DU",
            }
        )
    frame = pd.DataFrame(rows).sort_values(["MONTH", "UNIQUE_CARRIER", "ORIGIN", "DEST"], ignore_index=True)
    return frame[_T100_COLUMNS]


_T100_ALIASES = {v[1]: (k,) for k, v in _T100_CARRIERS.items()}
_T100_PORTS = {k: (v[1].split(",")[0],) for k, v in _T100_AIRPORTS.items()}


def _t100_load(ratio_of_sums: bool) -> Callable[[pd.DataFrame], float]:
    def load(d: pd.DataFrame) -> float:
        r = d[d["SEATS"] > 0]
        if ratio_of_sums:
            return float(r["PASSENGERS"].sum() / r["SEATS"].sum())
        return float((r["PASSENGERS"] / r["SEATS"]).mean())

    return load


_T100_QS = [
    Q(
        "which airline flew the most passengers?",
        _lead(_named(lambda d: _top(d.groupby("UNIQUE_CARRIER_NAME")["PASSENGERS"].sum()), _T100_ALIASES)),
        ("UNIQUE_CARRIER_NAME", "UNIQUE_CARRIER", "AIRLINE_ID", "PASSENGERS"),
    ),
    Q(
        "total passengers in july",
        _scaled(lambda d: float(d.loc[d["MONTH"] == 7, "PASSENGERS"].sum()), (1e3, 1e6)),
        ("PASSENGERS", "MONTH", "YEAR", "QUARTER"),
    ),
    Q(
        "busiest month of the year for passengers",
        _lead(_month(lambda d: pd.Timestamp(2022, int(_top(d.groupby("MONTH")["PASSENGERS"].sum())), 1))),
        ("PASSENGERS", "MONTH", "YEAR", "QUARTER"),
    ),
    Q(
        "which airport has the most passengers leaving from it",
        _lead(_named(lambda d: _top(d.groupby("ORIGIN")["PASSENGERS"].sum()), _T100_PORTS)),
        ("ORIGIN", "ORIGIN_CITY_NAME", "ORIGIN_AIRPORT_ID", "ORIGIN_STATE_ABR", "PASSENGERS"),
    ),
    Q(
        "how full are the planes on average",
        either(_share(_t100_load(True)), _share(_t100_load(False))),
        ("PASSENGERS", "SEATS", "AIRCRAFT_CONFIG", "CLASS"),
    ),
    Q(
        "how much freight did fedex carry",
        _scaled(lambda d: float(d.loc[d["UNIQUE_CARRIER"] == "FX", "FREIGHT"].sum()), (1e3, 1e6, 1e9)),
        ("FREIGHT", "UNIQUE_CARRIER", "UNIQUE_CARRIER_NAME", "AIRLINE_ID"),
    ),
]


# --- 7. World Bank DataBank: GDP (current US$) and GDP growth, wide -------------------------------------------------

# "Name:CODE:GDP 2023 in US$ billion:typical growth %"; aggregates come after the countries
_WB_COUNTRIES = (
    "Afghanistan:AFG:14:2;Albania:ALB:23:3;Algeria:DZA:240:2.5;Angola:AGO:85:2.5;Argentina:ARG:640:1.5;"
    "Armenia:ARM:24:4;Australia:AUS:1720:2.5;Austria:AUT:516:1.5;Azerbaijan:AZE:73:3;Bahrain:BHR:44:3;"
    "Bangladesh:BGD:437:6;Belarus:BLR:72:2;Belgium:BEL:632:1.5;Benin:BEN:19:5;Bolivia:BOL:46:3.5;"
    "Bosnia and Herzegovina:BIH:27:2.5;Botswana:BWA:19:4;Brazil:BRA:2170:2;Bulgaria:BGR:101:2.5;"
    "Burkina Faso:BFA:20:5;Cambodia:KHM:32:6;Cameroon:CMR:48:4;Canada:CAN:2140:2;Chad:TCD:13:3.5;Chile:CHL:335:3;"
    "China:CHN:17790:8;Colombia:COL:363:3.5;Costa Rica:CRI:86:4;Cote d'Ivoire:CIV:79:5;Croatia:HRV:82:2;"
    "Cyprus:CYP:32:2.5;Czechia:CZE:330:2.5;Denmark:DNK:404:1.8;Dominican Republic:DOM:121:5;Ecuador:ECU:119:2.5;"
    "Egypt, Arab Rep.:EGY:396:4;El Salvador:SLV:34:2;Estonia:EST:41:3;Ethiopia:ETH:164:8;Finland:FIN:300:1.5;"
    "France:FRA:3030:1.3;Georgia:GEO:30:5;Germany:DEU:4460:1.2;Ghana:GHA:76:5;Greece:GRC:243:0.5;"
    "Guatemala:GTM:104:3.5;Honduras:HND:34:3.5;Hong Kong SAR, China:HKG:382:3;Hungary:HUN:212:2.5;"
    "Iceland:ISL:31:3;India:IND:3550:6.5;Indonesia:IDN:1370:5;Iran, Islamic Rep.:IRN:401:2;Iraq:IRQ:250:4;"
    "Ireland:IRL:545:5;Israel:ISR:513:3.5;Italy:ITA:2250:0.6;Jamaica:JAM:19:1;Japan:JPN:4210:0.8;Jordan:JOR:51:3;"
    "Kazakhstan:KAZ:262:5;Kenya:KEN:108:5;Korea, Rep.:KOR:1710:3.5;Kuwait:KWT:162:2;Kyrgyz Republic:KGZ:14:4;"
    "Lao PDR:LAO:15:6;Latvia:LVA:43:3;Lebanon:LBN:18:1;Libya:LBY:50:1;Lithuania:LTU:79:3;Luxembourg:LUX:86:2.5;"
    "Madagascar:MDG:16:3;Malaysia:MYS:400:5;Mali:MLI:21:4;Malta:MLT:22:4.5;Mexico:MEX:1790:2;Moldova:MDA:17:3;"
    "Mongolia:MNG:20:6;Morocco:MAR:141:3.5;Mozambique:MOZ:21:5;Myanmar:MMR:65:6;Namibia:NAM:12:3;Nepal:NPL:41:4;"
    "Netherlands:NLD:1120:1.8;New Zealand:NZL:252:2.5;Nicaragua:NIC:17:3.5;Niger:NER:17:5;Nigeria:NGA:363:4;"
    "North Macedonia:MKD:15:2.5;Norway:NOR:485:1.8;Oman:OMN:108:3;Pakistan:PAK:338:4;Panama:PAN:83:6;"
    "Papua New Guinea:PNG:31:4;Paraguay:PRY:43:3.5;Peru:PER:268:4.5;Philippines:PHL:437:5.5;Poland:POL:811:4;"
    "Portugal:PRT:287:1.5;Qatar:QAT:213:5;Romania:ROU:351:3.5;Russian Federation:RUS:2020:2;Rwanda:RWA:14:7;"
    "Saudi Arabia:SAU:1070:3;Senegal:SEN:31:5;Serbia:SRB:75:3;Singapore:SGP:501:4.5;Slovak Republic:SVK:133:3;"
    "Slovenia:SVN:68:2.5;South Africa:ZAF:377:2;Spain:ESP:1580:1.5;Sri Lanka:LKA:84:4;Sudan:SDN:30:2;"
    "Sweden:SWE:593:2;Switzerland:CHE:885:1.8;Tajikistan:TJK:12:6;Tanzania:TZA:79:6;Thailand:THA:515:3.5;"
    "Tunisia:TUN:48:2.5;Turkiye:TUR:1110:5;Turkmenistan:TKM:60:6;Uganda:UGA:49:5.5;Ukraine:UKR:179:1;"
    "United Arab Emirates:ARE:504:4;United Kingdom:GBR:3340:1.7;United States:USA:27360:2.3;Uruguay:URY:77:2.5;"
    "Uzbekistan:UZB:90:6;Venezuela, RB:VEN:92:-1;Viet Nam:VNM:430:6.5;Yemen, Rep.:YEM:21:0;Zambia:ZMB:28:4;"
    "Zimbabwe:ZWE:35:2;Eritrea:ERI:2:3;Somalia:SOM:11:3;South Sudan:SSD:5:1;Syrian Arab Republic:SYR:9:-2;"
    "Korea, Dem. People's Rep.:PRK:18:0;Cuba:CUB:107:1;Turks and Caicos Islands:TCA:1.4:3;Monaco:MCO:8.6:2;"
    "Liechtenstein:LIE:7.4:2;San Marino:SMR:1.9:1.5;Andorra:AND:3.7:1.5;Bhutan:BTN:2.9:5;Maldives:MDV:6.6:6;"
    "Fiji:FJI:5.4:2;Samoa:WSM:0.9:2;Tonga:TON:0.5:2;Vanuatu:VUT:1.1:3;Tuvalu:TUV:0.06:2;Nauru:NRU:0.15:2;"
    "Kiribati:KIR:0.28:2;Palau:PLW:0.26:1;Greenland:GRL:3.2:1.5;Bermuda:BMU:7.6:1;Cayman Islands:CYM:6.9:3;"
    "Gibraltar:GIB:3.5:3;Isle of Man:IMN:8:2;Curacao:CUW:3.1:0.5;Aruba:ABW:3.5:1;Bahamas, The:BHS:14:1.5;"
    "Barbados:BRB:6.4:1;Belize:BLZ:3.3:3;Guyana:GUY:17:9;Suriname:SUR:3.6:1;Haiti:HTI:20:0;"
    "Brunei Darussalam:BRN:15:1;"
    "Timor-Leste:TLS:2.2:3;Djibouti:DJI:3.9:5;Burundi:BDI:3.3:2;Malawi:MWI:13:3.5;Sierra Leone:SLE:3.8:4;"
    "Liberia:LBR:4.3:4;Togo:TGO:9.2:5;Gabon:GAB:19:3;Congo, Rep.:COG:15:2;"
    "Congo, Dem. Rep.:COD:66:5;Mauritius:MUS:14:3.5"
)
_WB_AGGREGATES = (
    "World:WLD:105000:2.9;High income:HIC:63000:1.8;Low & middle income:LMY:41000:4.8;"
    "Upper middle income:UMC:31000:5;Lower middle income:LMC:9100:4.8;Low income:LIC:570:3.5;"
    "Euro area:EMU:15800:1.2;European Union:EUU:18300:1.5;East Asia & Pacific:EAS:31500:4.5;"
    "Europe & Central Asia:ECS:27000:1.8;Latin America & Caribbean:LCN:6400:2.2;"
    "Middle East & North Africa:MEA:4100:3;North America:NAC:29500:2.2;South Asia:SAS:4400:6;"
    "Sub-Saharan Africa:SSF:2100:3.5;OECD members:OED:65000:1.9;Arab World:ARB:3500:2.8;"
    "Fragile and conflict affected situations:FCS:2300:2.5"
)
_WB_YEARS = list(range(1990, 2024))
_WB_SERIES = (("GDP (current US$)", "NY.GDP.MKTP.CD"), ("GDP growth (annual %)", "NY.GDP.MKTP.KD.ZG"))
_WB_SHOCKS = {2008: -1.5, 2009: -4.0, 2020: -6.0, 2021: 3.5}


def _wb_parse(text: str) -> list[tuple[str, str, float, float]]:
    out = []
    for item in _split(text):
        name, code, gdp, growth = item.rsplit(":", 3)
        out.append((name, code, float(gdp), float(growth)))
    return out


def _wb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(10407)
    rows: list[dict[str, Any]] = []
    gaps = {"AFG", "ERI", "SOM", "SSD", "SYR", "PRK", "CUB", "TCA", "MCO", "LIE", "GIB", "IMN", "CUW", "VEN", "YEM"}
    gaps |= {"LBN", "BMU", "CYM", "GRL", "NRU"}
    entries = _wb_parse(_WB_COUNTRIES) + _wb_parse(_WB_AGGREGATES)
    for name, code, gdp_2023, growth in entries:
        g = np.array(
            [
                growth + _WB_SHOCKS.get(y, 0.0) * float(rng.uniform(0.5, 1.2)) + float(rng.normal(0, 1.6))
                for y in _WB_YEARS
            ]
        )
        g = np.round(g, 6)
        price = np.cumprod(1 + rng.normal(0.02, 0.05, len(_WB_YEARS)))
        level = np.cumprod(1 + g / 100) * price
        usd = gdp_2023 * 1e9 * level / level[-1]
        usd_text = [f"{v:.6g}" if abs(v) < 1e5 else str(round(float(v), 1)) for v in usd]
        growth_text = [str(round(float(v), 6)) for v in g]
        start = 0
        if code in gaps or rng.random() < 0.08:
            start = int(rng.integers(0, 15))
        for (series, scode), values in zip(_WB_SERIES, (usd_text, growth_text), strict=True):
            row: dict[str, Any] = {
                "Country Name": name,
                "Country Code": code,
                "Series Name": series,
                "Series Code": scode,
            }
            for i, y in enumerate(_WB_YEARS):
                missing = i < start or (i < start + 1 and scode.endswith("ZG"))
                if code in gaps and y >= 2021 and rng.random() < 0.8:
                    missing = True
                row[f"{y} [YR{y}]"] = ".." if missing else values[i]
            rows.append(row)
    frame = pd.DataFrame(rows)
    foot = pd.DataFrame(
        {"Country Name": [None, None, "Data from database: World Development Indicators", "Last Updated: 06/28/2024"]}
    )
    return pd.concat([frame, foot], ignore_index=True)


_WB_AGG_CODES = {x[1] for x in _wb_parse(_WB_AGGREGATES)}


def _wb(d: pd.DataFrame, series: str, countries_only: bool = True) -> pd.DataFrame:
    r = d[_text(d["Series Code"]) == series]
    if countries_only:
        r = r[~_text(r["Country Code"]).isin(_WB_AGG_CODES)]
    return r.set_index("Country Name")


def _wb_value(country: str, series: str, year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_num(_wb(d, series, False).loc[[country], f"{year} [YR{year}]"]).iloc[0])


_GDP, _GROWTH = "NY.GDP.MKTP.CD", "NY.GDP.MKTP.KD.ZG"
_WB_ID = ("Country Name", "Country Code", "Series Name", "Series Code")
_WB_QS = [
    Q(
        "which country had the biggest gdp in 2022",
        _lead(_named(lambda d: _top(_num(_wb(d, _GDP)["2022 [YR2022]"])))),
        (*_WB_ID, "2022 [YR2022]"),
    ),
    Q(
        "what was the world's gdp in 2000",
        _scaled(_wb_value("World", _GDP, 2000), (1e9, 1e12)),
        (*_WB_ID, "2000 [YR2000]"),
    ),
    Q(
        "how much did china's economy grow between 2000 and 2020",
        either(
            _pct(lambda d: _wb_value("China", _GDP, 2020)(d) / _wb_value("China", _GDP, 2000)(d) - 1),
            has(lambda d: _wb_value("China", _GDP, 2020)(d) / _wb_value("China", _GDP, 2000)(d), rel=0.01),
        ),
        (*_WB_ID, "2000 [YR2000]", "2020 [YR2020]"),
    ),
    Q(
        "top 5 countries by gdp growth in 2021",
        _top_named(lambda d: _ranked(_num(_wb(d, _GROWTH)["2021 [YR2021]"]).dropna()), 5),
        (*_WB_ID, "2021 [YR2021]"),
    ),
    Q(
        "what was india's average growth rate over 2010-2019",
        _about(lambda d: float(_num(_wb(d, _GROWTH).loc["India", [f"{y} [YR{y}]" for y in range(2010, 2020)]]).mean())),
        (*_WB_ID, *(f"{y} [YR{y}]" for y in range(2010, 2020))),
    ),
    Q(
        "how many countries have no gdp number for 2023?",
        either(
            _count(lambda d: float(_num(_wb(d, _GDP)["2023 [YR2023]"]).isna().sum())),
            _count(lambda d: float(_num(_wb(d, _GDP, False)["2023 [YR2023]"]).isna().sum())),
        ),
        (*_WB_ID, "2023 [YR2023]"),
    ),
]

HELDOUT104: list[Dataset] = [
    Dataset("n26_transactions_export", _n26_frame, _N26_QS),
    Dataset("goodreads_reading_challenge_log", _storygraph_frame, _SG_QS),
    Dataset("zoho_books_invoices", _zoho_frame, _ZB_QS),
    Dataset("nike_run_club_runs", _nrc_frame, _NRC_QS),
    Dataset("cdc_places_county", _places_frame, _PL_QS),
    Dataset("bts_t100_domestic_segments", _t100_frame, _T100_QS),
    Dataset("world_bank_gdp_wide", _wb_frame, _WB_QS),
]
