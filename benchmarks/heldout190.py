"""HELDOUT190: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Spendee transactions export (2023, one row
per transaction) with Date ("2023-03-14T18:22:05+00:00"), Wallet (Cash / Revolut / Joint account), Type (Expense /
Income / Transfer), "Category name" (Food & Drink, Groceries, Transport, Shopping, Bills, Rent, Entertainment,
Travel, Salary, Gifts, Transfer), Amount (signed, negative for money out, written with two decimals), Currency (EUR),
Note (often blank), Labels (comma separated, mostly blank, e.g. "vacation", "work, reimbursable") and Author (the
account's e-mail); a HiBob (Bob) people data export (one row per employee, active and a few inactive) with
"Employee ID" (numeric string), "Display name", "First name", "Last name", Email, Department, Site (London /
New York / Tel Aviv / Remote - UK), "Start date" ("15/03/2019", day first), "Job title", "Employment type"
(Permanent / Contractor / Intern / Part-time), "Base salary" (annual, in the site's currency), "Salary currency"
(GBP / USD / ILS), "Salary pay period" (Annual), Status (Active / Inactive), "Termination date" (blank for the
active) and "Reports to"; a Sharesight "all trades" report (an Australian investor, 2018-2023, one row per trade)
with Market (ASX / NASDAQ / NYSE), Code, Name, Date ("03/02/2021", day first), Type (Buy / Sell), Quantity
(negative for sells), Price (in the trade currency), Brokerage (AUD), "Brokerage Currency" (AUD), Currency (AUD /
USD), "Exchange Rate" (1 for AUD trades), Value (AUD, quantity x price / rate, negative for sells) and Comments
(mostly blank); a Shortcut stories export (one row per story) with id, name, type (feature / bug / chore),
requester, owners (comma separated names, blank when unassigned), is_completed (TRUE / FALSE), created_at,
started_at and completed_at ("2023/03/14 10:22:01 UTC", blank until it happens), estimate (points, blank
sometimes), epic_id and epic (blank when the story has none), state (Unscheduled / Ready for Development / In
Development / Ready for Review / Completed), team, iteration ("Sprint 14", blank sometimes) and labels; the NYC
Motor Vehicle Collisions - Person table (2022, one row per person involved, several per crash) with UNIQUE_ID,
COLLISION_ID (repeated for people in the same crash), CRASH_DATE ("01/15/2022"), CRASH_TIME ("8:30"), PERSON_ID
(uuid), PERSON_TYPE (Occupant / Pedestrian / Bicyclist / Other Motorized), PERSON_INJURY (Unspecified / Injured /
Killed), VEHICLE_ID (blank for pedestrians), PERSON_AGE (blank sometimes), EJECTION, EMOTIONAL_STATUS,
BODILY_INJURY, POSITION_IN_VEHICLE, SAFETY_EQUIPMENT (Lap Belt & Harness, Air Bag Deployed, Helmet (Motorcycle
Only), None, Unknown, blank), PED_LOCATION, PED_ACTION, COMPLAINT, PED_ROLE (Driver / Passenger / Pedestrian),
CONTRIBUTING_FACTOR_1/2 and PERSON_SEX (M / F / U); a CAISO Daily Renewables Watch style daily table (2020-2023)
with Date ("1/5/2021"), GEOTHERMAL, BIOMASS, BIOGAS, "SMALL HYDRO", "WIND TOTAL", "SOLAR PV" and "SOLAR THERMAL" in
MWh (a few days blank in one or more columns); and an NCES Common Core of Data public school directory extract
(2022-2023, eight states) with SCHOOL_YEAR, FIPST, STATENAME (upper case), ST, SCH_NAME, LEA_NAME, LEAID, NCESSCH
(12 digits), SCH_TYPE_TEXT, LEVEL (Elementary / Middle / High / Other), ULOCALE ("11-City: Large", "21-Suburb:
Large", "32-Town: Distant", "42-Rural: Remote" ...), CHARTER_TEXT (Yes / No), ENROLLMENT, TEACHERS (FTE, one
decimal), FRELCH, REDLCH and TOTFRL, where -1 (missing) and -9 (not reported) stand in for unknown counts. All are
generated with fixed seeds 19001-19007.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text, _year
from .heldout42 import _ranked
from .heldout173 import _money
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _top(scores: pd.Series, ascending: bool = False) -> str:
    return str(_ranked(scores, ascending).index[0])


def _signed(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount written as itself or with its sign flipped (money out may be given as -12.5 or 12.5)."""
    return either(_money(value), _money(lambda d: -float(value(d))))


def _peak(dates: pd.Series, weights: pd.Series) -> pd.Timestamp:
    agg = weights.groupby(dates.dt.to_period("M")).sum()
    return agg[agg == agg.max()].index.min().to_timestamp()


# --- 1. Spendee transactions export --------------------------------------------------------------------------------

_SP_OUT = {
    "Food & Drink": (22, 18.0, 10.0),
    "Groceries": (20, 42.0, 18.0),
    "Transport": (14, 9.5, 6.0),
    "Shopping": (9, 55.0, 35.0),
    "Bills": (4, 70.0, 25.0),
    "Entertainment": (6, 24.0, 12.0),
    "Travel": (3, 160.0, 90.0),
}
_SP_WALLETS = ["Cash", "Revolut", "Joint account"]


def _spendee_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19001)
    cats = list(_SP_OUT)
    w = np.array([v[0] for v in _SP_OUT.values()], dtype=float)
    rows = []
    author = "anna.kowalska@gmail.com"
    for day in pd.date_range("2023-01-01", "2023-12-31", freq="D"):
        summer = day.month in (7, 8)
        for _ in range(int(rng.poisson(2.1))):
            cat = str(rng.choice(cats, p=w / w.sum()))
            if summer and rng.random() < 0.25:
                cat = "Travel"
            _, mean, sd = _SP_OUT[cat]
            amt = round(max(1.2, float(rng.normal(mean, sd))), 2)
            label = ""
            if cat == "Travel" or (summer and rng.random() < 0.3):
                label = "vacation"
            elif cat == "Food & Drink" and rng.random() < 0.1:
                label = "work, reimbursable"
            stamp = day + pd.Timedelta(minutes=int(rng.integers(7 * 60, 23 * 60)))
            rows.append(
                {
                    "Date": stamp.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                    "Wallet": str(rng.choice(_SP_WALLETS, p=[0.2, 0.6, 0.2])),
                    "Type": "Expense",
                    "Category name": cat,
                    "Amount": f"{-amt:.2f}",
                    "Currency": "EUR",
                    "Note": str(rng.choice(["lidl", "coffee", "uber", "zara", "dinner w/ tom", "tickets"]))
                    if rng.random() < 0.35
                    else "",
                    "Labels": label,
                    "Author": author,
                }
            )
        if day.day == 1:
            rows.append(
                {
                    "Date": (day + pd.Timedelta(hours=9)).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                    "Wallet": "Joint account",
                    "Type": "Expense",
                    "Category name": "Rent",
                    "Amount": "-950.00",
                    "Currency": "EUR",
                    "Note": "rent",
                    "Labels": "",
                    "Author": author,
                }
            )
        if day.day == 25:
            pay = round(float(rng.normal(3150, 60)), 2)
            stamp = (day + pd.Timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
            rows.append(
                {
                    "Date": stamp,
                    "Wallet": "Revolut",
                    "Type": "Income",
                    "Category name": "Salary",
                    "Amount": f"{pay:.2f}",
                    "Currency": "EUR",
                    "Note": "salary",
                    "Labels": "",
                    "Author": author,
                }
            )
            for wallet, sign in (("Revolut", -1), ("Joint account", 1)):
                rows.append(
                    {
                        "Date": stamp,
                        "Wallet": wallet,
                        "Type": "Transfer",
                        "Category name": "Transfer",
                        "Amount": f"{sign * 1200:.2f}",
                        "Currency": "EUR",
                        "Note": "",
                        "Labels": "",
                        "Author": author,
                    }
                )
        if rng.random() < 0.02:
            rows.append(
                {
                    "Date": (day + pd.Timedelta(hours=15)).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                    "Wallet": "Cash",
                    "Type": "Income",
                    "Category name": "Gifts",
                    "Amount": f"{float(rng.choice([20, 50, 100])):.2f}",
                    "Currency": "EUR",
                    "Note": "",
                    "Labels": "",
                    "Author": author,
                }
            )
    return pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)


def _sp_out(d: pd.DataFrame) -> pd.Series:
    return _text(d["Type"]).eq("Expense")


def _sp_amt(d: pd.DataFrame) -> pd.Series:
    return _n(d["Amount"])


def _sp_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]).str.slice(0, 10), format="%Y-%m-%d", errors="coerce")


def _sp_vacation(d: pd.DataFrame) -> pd.Series:
    return _text(d["Labels"]).str.contains("vacation", case=False)


_SP_ID = ("Date", "Type", "Wallet")
_SPENDEE_QS = [
    Q(
        "how much did i spend in total last year",
        either(
            _signed(lambda d: _sp_amt(d)[_sp_out(d)].sum()),
            _signed(lambda d: _sp_amt(d)[_sp_amt(d) < 0].sum()),
        ),
        ("Amount", "Currency", "Category name", *_SP_ID),
    ),
    Q(
        "what do i spend the most money on",
        _lead(_named(lambda d: _top(-_sp_amt(d)[_sp_out(d)].groupby(_text(d["Category name"])[_sp_out(d)]).sum()))),
        ("Amount", "Category name", *_SP_ID),
    ),
    Q(
        "avg grocery trip?",
        _signed(lambda d: _sp_amt(d)[_text(d["Category name"]).eq("Groceries")].mean()),
        ("Amount", "Category name", *_SP_ID),
    ),
    Q(
        "which month was my spending highest",
        _lead(_month_year(lambda d: _peak(_sp_dates(d)[_sp_out(d)], -_sp_amt(d)[_sp_out(d)]))),
        ("Amount", "Category name", *_SP_ID),
    ),
    Q(
        "how many things are tagged vacation",
        _count(lambda d: int(_sp_vacation(d).sum())),
        ("Labels", *_SP_ID),
    ),
    Q(
        "and how much did those cost altogether",
        _signed(lambda d: _sp_amt(d)[_sp_vacation(d)].sum()),
        ("Amount", "Labels", *_SP_ID),
    ),
]


# --- 2. HiBob people data export -----------------------------------------------------------------------------------

_HB_DEPTS = {"Engineering": 34, "Sales": 18, "Customer Success": 12, "Marketing": 9, "Product": 8, "G&A": 7}
_HB_SITES = {"London": (40, "GBP", 62000), "New York": (25, "USD", 118000), "Tel Aviv": (25, "ILS", 340000)}
_HB_SITES["Remote - UK"] = (10, "GBP", 56000)
_HB_TYPES = {"Permanent": 82, "Contractor": 9, "Part-time": 6, "Intern": 3}
_HB_FIRST = ["Oliver", "Amelia", "Noa", "Yossi", "James", "Mia", "Liam", "Tamar", "Daniel", "Sophie", "Ava", "Ethan"]
_HB_FIRST += ["Maya", "Omer", "Grace", "Harry", "Chloe", "Lucas", "Shira", "Jack", "Emily", "Itai", "Zoe", "Noah"]
_HB_LAST = ["Smith", "Cohen", "Levi", "Brown", "Jones", "Patel", "Mizrahi", "Taylor", "Wilson", "Friedman", "Clark"]
_HB_LAST += ["Evans", "Peretz", "Walker", "Green", "Hughes", "Katz", "Baker", "Wright", "Shapiro", "Hall", "Lewis"]
_HB_TITLES = {
    "Engineering": ["Software Engineer", "Senior Software Engineer", "Engineering Manager", "QA Engineer"],
    "Sales": ["Account Executive", "SDR", "Sales Manager"],
    "Customer Success": ["CSM", "Support Specialist", "Head of CS"],
    "Marketing": ["Content Marketer", "Growth Manager", "Designer"],
    "Product": ["Product Manager", "Product Designer"],
    "G&A": ["Finance Manager", "People Partner", "Office Manager"],
}


def _hibob_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19002)
    depts = list(_HB_DEPTS)
    dw = np.array(list(_HB_DEPTS.values()), dtype=float)
    sites = list(_HB_SITES)
    sw = np.array([v[0] for v in _HB_SITES.values()], dtype=float)
    types = list(_HB_TYPES)
    tw = np.array(list(_HB_TYPES.values()), dtype=float)
    rows = []
    for i in range(420):
        first = str(rng.choice(_HB_FIRST))
        last = str(rng.choice(_HB_LAST))
        dept = str(rng.choice(depts, p=dw / dw.sum()))
        site = str(rng.choice(sites, p=sw / sw.sum()))
        kind = str(rng.choice(types, p=tw / tw.sum()))
        _, cur, base = _HB_SITES[site]
        mult = {"Engineering": 1.2, "Product": 1.15, "Sales": 1.0, "G&A": 0.9}.get(dept, 0.85)
        mult *= {"Intern": 0.35, "Part-time": 0.55}.get(kind, 1.0)
        salary = int(round(base * mult * rng.lognormal(0, 0.18), -2))
        start = pd.Timestamp("2015-06-01") + pd.Timedelta(days=int(3100 * rng.beta(2.2, 1.1)))
        gone = rng.random() < 0.12
        end = ""
        if gone:
            end_day = start + pd.Timedelta(days=int(rng.integers(90, 900)))
            end = min(end_day, pd.Timestamp("2024-02-28")).strftime("%d/%m/%Y")
        rows.append(
            {
                "Employee ID": str(3281900000 + 7 * i + int(rng.integers(0, 7))),
                "Display name": f"{first} {last}",
                "First name": first,
                "Last name": last,
                "Email": f"{first.lower()}.{last.lower()}{i % 7 or ''}@acmeco.com",
                "Department": dept,
                "Site": site,
                "Start date": start.strftime("%d/%m/%Y"),
                "Job title": str(rng.choice(_HB_TITLES[dept])),
                "Employment type": kind,
                "Base salary": salary,
                "Salary currency": cur,
                "Salary pay period": "Annual",
                "Status": "Inactive" if gone else "Active",
                "Termination date": end,
                "Reports to": f"{rng.choice(_HB_FIRST)} {rng.choice(_HB_LAST)}",
            }
        )
    return pd.DataFrame(rows)


def _hb_start(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Start date"]), format="%d/%m/%Y", errors="coerce")


def _hb_active(d: pd.DataFrame) -> pd.Series:
    return _text(d["Status"]).eq("Active")


_HB_ID = ("Employee ID", "Display name", "Status")
_HIBOB_QS = [
    Q(
        "how many people do we have",
        either(_count(lambda d: len(d)), _count(lambda d: int(_hb_active(d).sum()))),
        _HB_ID,
    ),
    Q(
        "which team is the biggest",
        either(
            _lead(_named(lambda d: _top(_text(d["Department"]).value_counts()))),
            _lead(_named(lambda d: _top(_text(d["Department"])[_hb_active(d)].value_counts()))),
        ),
        ("Department", *_HB_ID),
    ),
    Q(
        "how many people started in 2022",
        _count(lambda d: int((_hb_start(d).dt.year == 2022).sum())),
        ("Start date", *_HB_ID),
    ),
    Q(
        "average salary in each office",
        either(
            _about(lambda d: _n(d["Base salary"]).groupby(_text(d["Site"])).mean().to_numpy(), rel=0.005),
            _about(
                lambda d: (
                    _n(d["Base salary"])[_hb_active(d)].groupby(_text(d["Site"])[_hb_active(d)]).mean().to_numpy()
                ),
                rel=0.005,
            ),
        ),
        ("Base salary", "Site", "Salary currency", *_HB_ID),
    ),
    Q(
        "how many contractors are there",
        either(
            _count(lambda d: int(_text(d["Employment type"]).eq("Contractor").sum())),
            _count(lambda d: int((_text(d["Employment type"]).eq("Contractor") & _hb_active(d)).sum())),
        ),
        ("Employment type", *_HB_ID),
    ),
    Q(
        "what percent of people are based in london",
        either(
            _share(lambda d: _text(d["Site"]).eq("London").mean()),
            _share(lambda d: _text(d["Site"])[_hb_active(d)].eq("London").mean()),
        ),
        ("Site", *_HB_ID),
    ),
]


# --- 3. Sharesight all trades report -------------------------------------------------------------------------------

_SS_STOCKS = {
    "CSL": ("ASX", "CSL Limited", "AUD", 280.0, 14),
    "CBA": ("ASX", "Commonwealth Bank of Australia", "AUD", 90.0, 12),
    "BHP": ("ASX", "BHP Group Limited", "AUD", 40.0, 12),
    "VAS": ("ASX", "Vanguard Australian Shares Index ETF", "AUD", 88.0, 20),
    "WES": ("ASX", "Wesfarmers Limited", "AUD", 50.0, 7),
    "AAPL": ("NASDAQ", "Apple Inc.", "USD", 130.0, 10),
    "MSFT": ("NASDAQ", "Microsoft Corporation", "USD", 250.0, 8),
    "KO": ("NYSE", "The Coca-Cola Company", "USD", 55.0, 5),
    "V": ("NYSE", "Visa Inc.", "USD", 210.0, 5),
}


def _sharesight_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19003)
    codes = list(_SS_STOCKS)
    w = np.array([v[4] for v in _SS_STOCKS.values()], dtype=float)
    held = dict.fromkeys(codes, 0)
    rows = []
    day = pd.Timestamp("2018-01-08")
    while day < pd.Timestamp("2023-12-20"):
        day += pd.Timedelta(days=int(rng.integers(1, 7)))
        if day.dayofweek >= 5:
            continue
        code = str(rng.choice(codes, p=w / w.sum()))
        market, name, cur, price0, _ = _SS_STOCKS[code]
        years = (day - pd.Timestamp("2018-01-01")).days / 365.25
        price = round(price0 * (0.75 + 0.09 * years) * rng.lognormal(0, 0.08), 2)
        fx = 1.0 if cur == "AUD" else round(float(rng.uniform(0.63, 0.78)), 4)
        sell = held[code] > 20 and rng.random() < 0.22
        if sell:
            qty = -int(rng.integers(5, held[code] // 2 + 6))
            qty = max(qty, -held[code])
        else:
            qty = int(max(1, round(float(rng.uniform(1500, 9000)) / (price / fx))))
        held[code] += qty
        brokerage = 9.5 if cur == "AUD" else round(max(6.0, abs(qty) * price / fx * 0.0012), 2)
        rows.append(
            {
                "Market": market,
                "Code": code,
                "Name": name,
                "Date": day.strftime("%d/%m/%Y"),
                "Type": "Sell" if sell else "Buy",
                "Quantity": qty,
                "Price": price,
                "Brokerage": brokerage,
                "Brokerage Currency": "AUD",
                "Currency": cur,
                "Exchange Rate": fx,
                "Value": round(qty * price / fx, 2),
                "Comments": "DRP top up" if rng.random() < 0.04 else "",
            }
        )
    return pd.DataFrame(rows)


def _ss_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]), format="%d/%m/%Y", errors="coerce")


def _ss_buy(d: pd.DataFrame) -> pd.Series:
    return _text(d["Type"]).eq("Buy")


_SS_ID = ("Date", "Code", "Name", "Type", "Market")
_SHARESIGHT_QS = [
    Q(
        "how many buys and how many sells",
        both(
            _count(lambda d: int(_ss_buy(d).sum())),
            _count(lambda d: int((~_ss_buy(d)).sum())),
        ),
        _SS_ID,
    ),
    Q(
        "total brokerage i've paid",
        _money(lambda d: _n(d["Brokerage"]).sum()),
        ("Brokerage", "Brokerage Currency", *_SS_ID),
    ),
    Q(
        "which stock have i traded most often",
        _lead(_named(lambda d: _top(_text(d["Code"]).value_counts()))),
        _SS_ID,
    ),
    Q(
        "how much have i put into CSL altogether",
        either(
            _money(lambda d: _n(d["Value"])[_ss_buy(d) & _text(d["Code"]).eq("CSL")].sum()),
            _money(lambda d: _n(d["Value"])[_text(d["Code"]).eq("CSL")].sum()),
            _money(lambda d: (_n(d["Value"]) + _n(d["Brokerage"]))[_ss_buy(d) & _text(d["Code"]).eq("CSL")].sum()),
        ),
        ("Value", "Quantity", "Price", "Brokerage", *_SS_ID),
    ),
    Q(
        "which year did i trade the most",
        either(
            _lead(_year(lambda d: int(_top(_ss_dates(d).dt.year.value_counts())))),
            _lead(_year(lambda d: int(_top(_n(d["Value"]).abs().groupby(_ss_dates(d).dt.year).sum())))),
        ),
        ("Value", *_SS_ID),
    ),
    Q(
        "avg usd to aud exchange rate on my us trades",
        has(lambda d: _n(d["Exchange Rate"])[_text(d["Currency"]).eq("USD")].mean(), rel=0.005),
        ("Exchange Rate", "Currency", *_SS_ID),
    ),
]


# --- 4. Shortcut stories export ------------------------------------------------------------------------------------

_SC_PEOPLE = ["Priya Shah", "Marco Bianchi", "Lena Fischer", "Tom O'Neil", "Kenji Sato", "Ruth Adeyemi"]
_SC_EPICS = ["Billing revamp", "Mobile onboarding", "SSO support", "Reporting v2", "Perf & reliability"]
_SC_STATES = ["Unscheduled", "Ready for Development", "In Development", "Ready for Review", "Completed"]
_SC_VERBS = ["Add", "Fix", "Update", "Remove", "Refactor", "Investigate", "Support"]
_SC_THINGS = ["invoice PDF", "login redirect", "CSV export", "push settings", "search filters", "audit log", "SAML"]


def _sc_stamp(t: pd.Timestamp) -> str:
    return t.strftime("%Y/%m/%d %H:%M:%S") + " UTC"


def _shortcut_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19004)
    rows = []
    for i in range(900):
        kind = str(rng.choice(["feature", "bug", "chore"], p=[0.55, 0.3, 0.15]))
        created = pd.Timestamp("2023-01-02") + pd.Timedelta(minutes=int(rng.integers(0, 480 * 24 * 60)))
        age = (pd.Timestamp("2024-05-01") - created).days
        state = str(rng.choice(_SC_STATES, p=[0.08, 0.1, 0.08, 0.04, 0.7] if age > 60 else [0.2, 0.3, 0.2, 0.1, 0.2]))
        est = {"feature": [1, 2, 3, 5, 8], "bug": [1, 1, 2, 3], "chore": [1, 2]}[kind]
        estimate = int(rng.choice(est)) if rng.random() < 0.8 else None
        started = completed = ""
        if state in _SC_STATES[2:]:
            s = created + pd.Timedelta(hours=float(rng.exponential(120)))
            started = _sc_stamp(s)
            if state == "Completed":
                c = s + pd.Timedelta(hours=float(rng.exponential(30 + 25 * (estimate or 2))))
                completed = _sc_stamp(c)
        n_owners = int(rng.choice([0, 1, 1, 1, 2])) if state != "Unscheduled" else int(rng.random() < 0.3)
        owners = ", ".join(rng.choice(_SC_PEOPLE, size=n_owners, replace=False)) if n_owners else ""
        has_epic = rng.random() < 0.65
        epic_n = int(rng.choice(len(_SC_EPICS), p=[0.3, 0.25, 0.15, 0.2, 0.1]))
        rows.append(
            {
                "id": 1200 + i * 3 + int(rng.integers(0, 3)),
                "name": f"{rng.choice(_SC_VERBS)} {rng.choice(_SC_THINGS)}",
                "type": kind,
                "requester": str(rng.choice(_SC_PEOPLE)),
                "owners": owners,
                "is_completed": "TRUE" if state == "Completed" else "FALSE",
                "created_at": _sc_stamp(created),
                "started_at": started,
                "completed_at": completed,
                "estimate": estimate,
                "epic_id": 310 + epic_n if has_epic else None,
                "epic": _SC_EPICS[epic_n] if has_epic else "",
                "state": state,
                "team": str(rng.choice(["Platform", "Growth"], p=[0.6, 0.4])),
                "iteration": f"Sprint {(created - pd.Timestamp('2023-01-02')).days // 14 + 1}"
                if rng.random() < 0.75
                else "",
                "labels": str(rng.choice(["", "", "", "customer-reported", "tech-debt", "p1"])),
            }
        )
    return pd.DataFrame(rows)


def _sc_time(s: pd.Series) -> pd.Series:
    return pd.to_datetime(_text(s).str.slice(0, 19), format="%Y/%m/%d %H:%M:%S", errors="coerce")


def _sc_days(d: pd.DataFrame) -> pd.Series:
    return ((_sc_time(d["completed_at"]) - _sc_time(d["created_at"])).dt.total_seconds() / 86400).dropna()


_SC_ID = ("id", "name", "state")
_SHORTCUT_QS = [
    Q("how many bugs are there", _count(lambda d: int(_text(d["type"]).eq("bug").sum())), ("type", *_SC_ID)),
    Q(
        "average points per story type",
        either(
            _about(lambda d: _n(d["estimate"]).groupby(_text(d["type"])).mean().to_numpy()),
            _about(lambda d: _n(d["estimate"]).fillna(0).groupby(_text(d["type"])).mean().to_numpy()),
        ),
        ("estimate", "type", *_SC_ID),
    ),
    Q(
        "which epic has the most stories",
        _lead(_named(lambda d: _top(_text(d["epic"])[_text(d["epic"]).ne("")].value_counts()))),
        ("epic", "epic_id", *_SC_ID),
    ),
    Q(
        "what fraction of stories are done",
        _share(lambda d: _text(d["is_completed"]).str.upper().eq("TRUE").mean()),
        ("is_completed", "completed_at", *_SC_ID),
    ),
    Q(
        "how long does a story usually take from creation to done, in days",
        either(_about(lambda d: _sc_days(d).mean()), _about(lambda d: _sc_days(d).median())),
        ("created_at", "completed_at", *_SC_ID),
    ),
    Q(
        "how many have nobody assigned",
        _count(lambda d: int(_text(d["owners"]).eq("").sum())),
        ("owners", *_SC_ID),
    ),
]


# --- 5. NYC motor vehicle collisions - person ----------------------------------------------------------------------

_NY_FACTORS = [
    "Driver Inattention/Distraction",
    "Unspecified",
    "Failure to Yield Right-of-Way",
    "Following Too Closely",
]
_NY_FACTORS += ["Unsafe Speed", "Passing or Lane Usage Improper", "Backing Unsafely"]


def _nyc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19005)
    rows = []
    uid = 12_250_000
    for c in range(1400):
        cid = 4_491_000 + c * 3 + int(rng.integers(0, 3))
        day = pd.Timestamp("2022-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        time = f"{int(rng.integers(0, 24))}:{int(rng.integers(0, 60)):02d}"
        factor = str(rng.choice(_NY_FACTORS))
        people = []
        n_veh = int(rng.choice([1, 2, 2, 2, 3]))
        for v in range(n_veh):
            vid = 10_250_000 + c * 4 + v
            bike = n_veh > 1 and v == n_veh - 1 and rng.random() < 0.12
            people.append(("Bicyclist" if bike else "Occupant", "Driver", vid))
            if not bike:
                for _ in range(int(rng.poisson(0.45))):
                    people.append(("Occupant", "Passenger", vid))
        if n_veh == 1 or rng.random() < 0.05:
            people.append(("Pedestrian", "Pedestrian", None))
        summer = 1.25 if day.month in (6, 7, 8, 9) else 1.0
        for ptype, role, vid in people:
            uid += int(rng.integers(1, 4))
            p_hurt = {"Pedestrian": 0.8, "Bicyclist": 0.7}.get(ptype, 0.22) * summer
            r = rng.random()
            killed = r < (0.02 if ptype == "Pedestrian" else 0.002)
            injury = "Killed" if killed else ("Injured" if r < min(p_hurt, 0.95) else "Unspecified")
            sex = str(rng.choice(["M", "F", "U"], p=[0.62, 0.33, 0.05] if role == "Driver" else [0.5, 0.46, 0.04]))
            age = int(np.clip(rng.normal(40 if role == "Driver" else 35, 15), 1 if role != "Driver" else 16, 94))
            equip = ""
            if ptype == "Occupant":
                equip = str(rng.choice(["Lap Belt & Harness", "Lap Belt", "None", "Unknown", "Air Bag Deployed"]))
            elif ptype == "Bicyclist":
                equip = str(rng.choice(["Helmet Only (In-Line Skater/Bicyclist)", "None", "Unknown"]))
            rows.append(
                {
                    "UNIQUE_ID": uid,
                    "COLLISION_ID": cid,
                    "CRASH_DATE": day.strftime("%m/%d/%Y"),
                    "CRASH_TIME": time,
                    "PERSON_ID": f"{int(rng.integers(16**7, 16**8)):08x}-{int(rng.integers(16**3, 16**4)):04x}-4"
                    f"{int(rng.integers(16**2, 16**3)):03x}-a{int(rng.integers(16**2, 16**3)):03x}-"
                    f"{int(rng.integers(16**11, 16**12)):012x}",
                    "PERSON_TYPE": ptype,
                    "PERSON_INJURY": injury,
                    "VEHICLE_ID": vid,
                    "PERSON_AGE": age if rng.random() > 0.1 else None,
                    "EJECTION": "Not Ejected" if ptype == "Occupant" else "",
                    "EMOTIONAL_STATUS": "Conscious" if injury != "Unspecified" else "Does Not Apply",
                    "BODILY_INJURY": str(rng.choice(["Head", "Back", "Knee-Lower Leg Foot", "Neck", "Entire Body"]))
                    if injury != "Unspecified"
                    else "Does Not Apply",
                    "POSITION_IN_VEHICLE": {
                        "Driver": "Driver",
                        "Passenger": "Front passenger, if two or more persons",
                    }.get(role, "")
                    if ptype == "Occupant"
                    else "",
                    "SAFETY_EQUIPMENT": equip,
                    "PED_LOCATION": "Pedestrian/Bicyclist/Other Pedestrian at Intersection"
                    if role == "Pedestrian"
                    else "",
                    "PED_ACTION": str(rng.choice(["Crossing With Signal", "Crossing Against Signal", "Other Actions"]))
                    if role == "Pedestrian"
                    else "",
                    "COMPLAINT": str(rng.choice(["Pain or Discomfort", "Complaint of Pain", "Minor Bleeding"]))
                    if injury == "Injured"
                    else "Does Not Apply",
                    "PED_ROLE": role,
                    "CONTRIBUTING_FACTOR_1": factor if role != "Passenger" else "",
                    "CONTRIBUTING_FACTOR_2": "Unspecified" if role != "Passenger" else "",
                    "PERSON_SEX": sex,
                }
            )
    return pd.DataFrame(rows).sort_values("UNIQUE_ID").reset_index(drop=True)


def _ny_injury(d: pd.DataFrame) -> pd.Series:
    return _text(d["PERSON_INJURY"])


def _ny_peds(d: pd.DataFrame) -> pd.Series:
    return _text(d["PERSON_TYPE"]).eq("Pedestrian")


_NY_ID = ("COLLISION_ID", "UNIQUE_ID", "PERSON_ID", "CRASH_DATE")
_NYC_QS = [
    Q("how many crashes are in this", _count(lambda d: int(d["COLLISION_ID"].nunique())), _NY_ID),
    Q("how many people died", _count(lambda d: int(_ny_injury(d).eq("Killed").sum())), ("PERSON_INJURY", *_NY_ID)),
    Q(
        "avg age of the drivers",
        either(
            _about(lambda d: _n(d["PERSON_AGE"])[_text(d["PED_ROLE"]).eq("Driver")].mean()),
            _about(lambda d: _n(d["PERSON_AGE"])[_text(d["PED_ROLE"]).eq("Driver")].median()),
        ),
        ("PERSON_AGE", "PED_ROLE", "PERSON_TYPE", *_NY_ID),
    ),
    Q(
        "what share of pedestrians got hurt",
        either(
            _share(lambda d: _ny_injury(d)[_ny_peds(d)].eq("Injured").mean()),
            _share(lambda d: _ny_injury(d)[_ny_peds(d)].isin(["Injured", "Killed"]).mean()),
        ),
        ("PERSON_TYPE", "PED_ROLE", "PERSON_INJURY", *_NY_ID),
    ),
    Q(
        "which month had the most people injured",
        _lead(
            _month_year(
                lambda d: _peak(
                    pd.to_datetime(_text(d["CRASH_DATE"]), format="%m/%d/%Y", errors="coerce"),
                    _ny_injury(d).eq("Injured").astype(float),
                )
            )
        ),
        ("PERSON_INJURY", *_NY_ID),
    ),
    Q(
        "of the injured, how many were women",
        _count(lambda d: int((_ny_injury(d).eq("Injured") & _text(d["PERSON_SEX"]).eq("F")).sum())),
        ("PERSON_INJURY", "PERSON_SEX", *_NY_ID),
    ),
]


# --- 6. CAISO daily renewables ---------------------------------------------------------------------------------------

_CA_COLS = ["GEOTHERMAL", "BIOMASS", "BIOGAS", "SMALL HYDRO", "WIND TOTAL", "SOLAR PV", "SOLAR THERMAL"]


def _caiso_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19006)
    days = pd.date_range("2020-01-01", "2023-12-31", freq="D")
    rows = []
    for t in days:
        doy = t.dayofyear
        season = np.cos(2 * np.pi * (doy - 172) / 365.25)  # 1 at midsummer
        years = (t - days[0]).days / 365.25
        cloud = float(rng.beta(6, 1.6))
        solar = (95000 + 25000 * years) * (0.62 + 0.38 * season) * cloud
        wind_season = np.exp(-(((doy - 150) / 55) ** 2))
        wind = max(2500.0, float(rng.normal(28000 + 42000 * wind_season, 11000)) - 0.05 * (solar - 110000))
        hydro = max(4000.0, 9000 + 9000 * np.exp(-(((doy - 140) / 45) ** 2)) * (1.6 if t.year == 2023 else 0.9))
        vals = {
            "GEOTHERMAL": round(float(rng.normal(22500, 700)), 0),
            "BIOMASS": round(float(rng.normal(6900, 450)), 0),
            "BIOGAS": round(float(rng.normal(4700, 200)), 0),
            "SMALL HYDRO": round(hydro * float(rng.uniform(0.9, 1.1)), 0),
            "WIND TOTAL": round(wind, 0),
            "SOLAR PV": round(solar, 0),
            "SOLAR THERMAL": round(max(0.0, 3500 * (0.5 + 0.5 * season) * cloud * float(rng.uniform(0.7, 1.2))), 0),
        }
        if rng.random() < 0.015:
            for c in rng.choice(_CA_COLS, size=int(rng.integers(1, 8)), replace=False):
                vals[str(c)] = None
        rows.append({"Date": f"{t.month}/{t.day}/{t.year}", **vals})
    return pd.DataFrame(rows)


def _ca_dates(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["Date"]), format="%m/%d/%Y", errors="coerce")


def _ca_year(d: pd.DataFrame, col: str, year: int) -> float:
    return float(_n(d[col])[_ca_dates(d).dt.year == year].sum())


_CA_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
_CA_MONTHS += ["November", "December"]
_CA_ID = ("Date",)
_CAISO_QS = [
    Q(
        "how much solar did california make in 2022",
        either(
            _money(lambda d: _ca_year(d, "SOLAR PV", 2022)),
            _money(lambda d: _ca_year(d, "SOLAR PV", 2022) + _ca_year(d, "SOLAR THERMAL", 2022)),
        ),
        ("SOLAR PV", "SOLAR THERMAL", *_CA_ID),
    ),
    Q("and wind?", _money(lambda d: _ca_year(d, "WIND TOTAL", 2022)), ("WIND TOTAL", *_CA_ID)),
    Q(
        "typical daily geothermal output",
        either(
            _about(lambda d: _n(d["GEOTHERMAL"]).mean(), rel=0.002),
            _about(lambda d: _n(d["GEOTHERMAL"]).median(), rel=0.002),
        ),
        ("GEOTHERMAL", *_CA_ID),
    ),
    Q(
        "which month of the year is windiest on average",
        _lead(_named(lambda d: _CA_MONTHS[int(_top(_n(d["WIND TOTAL"]).groupby(_ca_dates(d).dt.month).mean())) - 1])),
        ("WIND TOTAL", *_CA_ID),
    ),
    Q(
        "is wind output correlated with solar",
        _corr(lambda d: _n(d["SOLAR PV"]), lambda d: _n(d["WIND TOTAL"])),
        ("SOLAR PV", "WIND TOTAL", "SOLAR THERMAL", *_CA_ID),
    ),
    Q(
        "how many days have missing numbers",
        _count(lambda d: int(d[_CA_COLS].isna().any(axis=1).sum())),
        (*_CA_COLS, *_CA_ID),
    ),
]


# --- 7. NCES CCD public school directory ---------------------------------------------------------------------------

_CCD_STATES = {
    "CA": ("CALIFORNIA", 6, 30),
    "TX": ("TEXAS", 48, 26),
    "FL": ("FLORIDA", 12, 12),
    "NY": ("NEW YORK", 36, 14),
    "OH": ("OHIO", 39, 10),
    "GA": ("GEORGIA", 13, 7),
    "NM": ("NEW MEXICO", 35, 3),
    "VT": ("VERMONT", 50, 2),
}
_CCD_LOCALES = ["11-City: Large", "12-City: Mid-size", "13-City: Small", "21-Suburb: Large", "22-Suburb: Mid-size"]
_CCD_LOCALES += ["31-Town: Fringe", "32-Town: Distant", "41-Rural: Fringe", "42-Rural: Distant", "43-Rural: Remote"]
_CCD_NAMES = ["Lincoln", "Washington", "Roosevelt", "Jefferson", "Oak Grove", "Riverside", "Lakeview", "Kennedy"]
_CCD_NAMES += ["Franklin", "Cesar Chavez", "Hillcrest", "Pine Ridge", "Martin Luther King Jr.", "Sunset", "Valley"]

_CCD_KINDS = {"Elementary": "Elementary", "Middle": "Middle School", "High": "High School", "Other": "Academy"}
_CCD_LEAS = ["Unified", "Independent", "County", "City"]


def _ccd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19007)
    sts = list(_CCD_STATES)
    sw = np.array([v[2] for v in _CCD_STATES.values()], dtype=float)
    poverty = {"CA": 0.5, "TX": 0.55, "FL": 0.5, "NY": 0.48, "OH": 0.38, "GA": 0.55, "NM": 0.68, "VT": 0.3}
    rows = []
    for i in range(3200):
        st = str(rng.choice(sts, p=sw / sw.sum()))
        name, fips, _ = _CCD_STATES[st]
        level = str(rng.choice(["Elementary", "Middle", "High", "Other"], p=[0.55, 0.17, 0.22, 0.06]))
        size = {"Elementary": 480, "Middle": 700, "High": 1050, "Other": 260}[level]
        loc = str(rng.choice(_CCD_LOCALES, p=[0.14, 0.1, 0.08, 0.2, 0.08, 0.06, 0.08, 0.1, 0.09, 0.07]))
        rural = loc.startswith("4")
        enroll = int(max(12, rng.lognormal(np.log(size * (0.55 if rural else 1.0)), 0.45)))
        teachers = round(enroll / rng.normal(16.5, 2.5), 1)
        frl_rate = float(np.clip(rng.normal(poverty[st] + (0.1 if loc.startswith("1") else 0), 0.18), 0.02, 0.99))
        free = int(enroll * frl_rate * 0.85)
        red = int(enroll * frl_rate * 0.15)
        charter = rng.random() < (0.09 if st in ("CA", "FL", "TX", "NM") else 0.04)
        leaid = f"{fips:02d}{int(rng.integers(0, 99999)):05d}"
        e_val: int | float = enroll
        t_val: float = teachers
        f_val, r_val, tot = free, red, free + red
        u = rng.random()
        if u < 0.03:
            e_val, f_val, r_val, tot = -1, -1, -1, -1
        elif u < 0.06:
            f_val, r_val, tot = -9, -9, -9
        if rng.random() < 0.02:
            t_val = -1
        rows.append(
            {
                "SCHOOL_YEAR": "2022-2023",
                "FIPST": fips,
                "STATENAME": name,
                "ST": st,
                "SCH_NAME": f"{rng.choice(_CCD_NAMES)} {_CCD_KINDS[level]}",
                "LEA_NAME": f"{rng.choice(_CCD_NAMES)} {rng.choice(_CCD_LEAS)} School District",
                "LEAID": leaid,
                "NCESSCH": f"{leaid}{i:05d}",
                "SCH_TYPE_TEXT": "Regular School" if level != "Other" else "Alternative Education School",
                "LEVEL": level,
                "ULOCALE": loc,
                "CHARTER_TEXT": "Yes" if charter else "No",
                "ENROLLMENT": e_val,
                "TEACHERS": t_val,
                "FRELCH": f_val,
                "REDLCH": r_val,
                "TOTFRL": tot,
            }
        )
    return pd.DataFrame(rows)


def _ccd_pos(s: pd.Series) -> pd.Series:
    x = _n(s)
    return x.where(x >= 0)


def _ccd_frl_share(d: pd.DataFrame, col: str) -> pd.Series:
    ok = _ccd_pos(d["ENROLLMENT"]).notna() & _ccd_pos(d[col]).notna()
    st = _text(d["STATENAME"])[ok]
    return _ccd_pos(d[col])[ok].groupby(st).sum() / _ccd_pos(d["ENROLLMENT"])[ok].groupby(st).sum()


def _ccd_frl_all(d: pd.DataFrame, col: str) -> float:
    ok = _ccd_pos(d["ENROLLMENT"]).notna() & _ccd_pos(d[col]).notna()
    return float(_ccd_pos(d[col])[ok].sum() / _ccd_pos(d["ENROLLMENT"])[ok].sum())


def _ccd_state(value: Callable[[pd.DataFrame], str]) -> Check:
    """A state by name (any case) or its two-letter code."""
    codes = {v[0]: k for k, v in _CCD_STATES.items()}
    return either(_named(lambda d: value(d).title()), _named(lambda d: codes[value(d)]))


_CCD_ID = ("NCESSCH", "SCH_NAME", "STATENAME", "ST")
_CCD_QS = [
    Q("how many schools are in texas", _count(lambda d: int(_text(d["ST"]).eq("TX").sum())), _CCD_ID),
    Q(
        "which state has the most students",
        _lead(_ccd_state(lambda d: _top(_ccd_pos(d["ENROLLMENT"]).groupby(_text(d["STATENAME"])).sum()))),
        ("ENROLLMENT", *_CCD_ID),
    ),
    Q(
        "how many charter schools",
        _count(lambda d: int(_text(d["CHARTER_TEXT"]).eq("Yes").sum())),
        ("CHARTER_TEXT", *_CCD_ID),
    ),
    Q(
        "are high schools bigger than elementary schools on average",
        both(
            _about(lambda d: _ccd_pos(d["ENROLLMENT"])[_text(d["LEVEL"]).eq("High")].mean()),
            _about(lambda d: _ccd_pos(d["ENROLLMENT"])[_text(d["LEVEL"]).eq("Elementary")].mean()),
        ),
        ("ENROLLMENT", "LEVEL", *_CCD_ID),
    ),
    Q(
        "what share of kids get free lunch overall",
        either(
            _share(lambda d: _ccd_frl_all(d, "FRELCH")),
            _share(lambda d: _ccd_frl_all(d, "TOTFRL")),
        ),
        ("FRELCH", "TOTFRL", "ENROLLMENT", *_CCD_ID),
    ),
    Q(
        "and which state has the highest rate",
        either(
            _lead(_ccd_state(lambda d: _top(_ccd_frl_share(d, "FRELCH")))),
            _lead(_ccd_state(lambda d: _top(_ccd_frl_share(d, "TOTFRL")))),
        ),
        ("FRELCH", "TOTFRL", "ENROLLMENT", *_CCD_ID),
    ),
]


HELDOUT190: list[Dataset] = [
    Dataset("spendee_transactions_export", _spendee_frame, _SPENDEE_QS),
    Dataset("hibob_people_data_export", _hibob_frame, _HIBOB_QS),
    Dataset("sharesight_all_trades_report", _sharesight_frame, _SHARESIGHT_QS),
    Dataset("shortcut_stories_export", _shortcut_frame, _SHORTCUT_QS),
    Dataset("nyc_collisions_person", _nyc_frame, _NYC_QS),
    Dataset("caiso_daily_renewables_watch", _caiso_frame, _CAISO_QS),
    Dataset("nces_ccd_public_school_directory", _ccd_frame, _CCD_QS),
]
