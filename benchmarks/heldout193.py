"""HELDOUT193: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a GnuCash "Export Transactions to CSV" file
(2023-2024, one row per split, US locale) with Date ("01/15/2023"), "Transaction ID" (32 hex characters, repeated on
every split of a transaction), Number (a check number, mostly blank), Description, Notes (blank),
"Commodity/Currency" ("CURRENCY::USD"), "Void Reason" and Action (blank), Memo (mostly blank), "Full Account Name"
("Expenses:Utilities:Electric", "Liabilities:Credit Card:Visa"), "Account Name" (the leaf), "Amount With Sym" and
"Value With Sym" ("$1,850.00", "-$1,850.00"), "Amount Num." and "Value Num." ("1,850.00", text with thousands
commas), Reconcile (n / c / y), "Reconcile Date" (blank unless y) and "Rate/Price" ("1.00"); a Factorial HR
attendance export (Jan-Jun 2024, one row per shift) with "Employee ID", Employee, Team, Date ("2024-01-02"), "Clock
in" and "Clock out" ("08:57", clock out blank for shifts never closed), "Worked hours" ("8h 05m", blank when open),
Breaks ("0h 30m"), Location (Office / Remote), Source (Web / Mobile app / Kiosk) and Observations (mostly blank); a
Paymo time entries export (Jan-Sep 2024) with Client (blank for internal work), Project, "Task list", Task, User,
Date ("2024-03-12"), Time ("1:45", h:mm), Description, Billable and Billed (Yes / No); a LiveChat chats archive
export (Apr-Jun 2024, one row per chat) with "Chat ID" ("QZ7X1A2B3C"), Started and Ended ("2024-04-03 10:14:22"),
Agent and "Agent email" (blank for missed chats), "Visitor name" (often "Client"), "Visitor email" (mostly blank),
"Visitor country", Tags (comma separated, blank when none), Rating ("rated good" / "rated bad" / "not rated") and
"Wait time (s)"; the FAOSTAT Suite of Food Security Indicators (long, 24 countries) with "Domain Code" (FS), Domain,
"Area Code (M49)", Area, "Element Code", Element (Value), "Item Code", Item (full indicator names with "(3-year
average)"), "Year Code" ("20192021" or "2019"), Year ("2019-2021" for three-year averages, "2019" for annual
items), Unit (%, million No), Value (text: "<2.5" and "<0.1" for low values), Flag (E / A / X), "Flag Description"
and Note (blank); the UK DfT STATS19 casualty table (2023, one row per casualty, all coded) with accident_index
("2023010412345", repeated for each casualty of a collision), accident_year, accident_reference, vehicle_reference,
casualty_reference, casualty_class (1 driver/rider, 2 passenger, 3 pedestrian), sex_of_casualty (1 / 2, -1 unknown),
age_of_casualty (-1 unknown), age_band_of_casualty (1-11, -1), casualty_severity (1 fatal, 2 serious, 3 slight),
pedestrian_location, pedestrian_movement, car_passenger, bus_or_coach_passenger,
pedestrian_road_maintenance_worker, casualty_type (0 pedestrian, 1 cyclist, 9 car occupant, ...),
casualty_home_area_type, casualty_imd_decile and lsoa_of_casualty ("E01012345" or "-1"); and the USDA WASDE report
data file (24 monthly reports, Jan 2023 - Dec 2024, wheat, corn and soybeans) with WasdeNumber, ReportDate ("January
2023"), ReportTitle ("U.S. Corn Supply and Use", "World Corn Supply and Use"), Attribute (Area Planted, Yield per
Harvested Acre, Beginning Stocks, Production, Exports, Ending Stocks, Avg. Farm Price for the United States; Production,
Exports, Ending Stocks for World, United States, Brazil, Argentina, China, European Union), ReleaseDate
("2023-01-12"), ReleaseTime, ForecastYear, ForecastMonth, Commodity, Region, MarketYear ("2023/24", two per report),
ProjEstFlag (Est. / Proj.), AnnualQuarterFlag (Annual), Value and Unit (Million Bushels, Million Acres, Bushels,
$/bu, Million Metric Tons: the United States appears in both units). All are generated with fixed seeds 19301-19307.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text
from .heldout173 import _money, _top
from .heldout183 import _abouts, _mdy, _peak_month, _ymd
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _num(s: pd.Series) -> pd.Series:
    """Amounts written with a currency sign or thousands commas, as numbers."""
    return _n(_text(s).str.replace(r"[$,\s]", "", regex=True))


def _named_all(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    def check(answer: str, df: pd.DataFrame) -> str | None:
        for v in values(df):
            why = _named(lambda _d, v=v: v)(answer, df)
            if why:
                return why
        return None

    return check


# --- 1. GnuCash transactions export --------------------------------------------------------------------------------

_GC_CHECKING = "Assets:Current Assets:Checking Account"
_GC_SAVINGS = "Assets:Current Assets:Savings Account"
_GC_VISA = "Liabilities:Credit Card:Visa"
_GC_SPEND = {
    # account: (per month, mean, sd, descriptions, paid from)
    "Expenses:Groceries": (7, 82, 30, ["Whole Foods", "Trader Joe's", "Safeway"], _GC_VISA),
    "Expenses:Dining": (6, 38, 16, ["Chipotle", "Blue Bottle Coffee", "Thai Basil", "Pizza Hut"], _GC_VISA),
    "Expenses:Auto:Gas": (3, 46, 9, ["Shell", "Chevron"], _GC_VISA),
    "Expenses:Entertainment": (2, 28, 14, ["AMC Theatres", "Spotify", "Steam"], _GC_VISA),
    "Expenses:Utilities:Electric": (1, 96, 28, ["PG&E"], _GC_CHECKING),
    "Expenses:Utilities:Internet": (1, 69.99, 0, ["Comcast"], _GC_CHECKING),
}


def _gnucash_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19301)
    txns: list[tuple[pd.Timestamp, str, list[tuple[str, float]], str]] = []
    for month in pd.date_range("2023-01-01", "2024-12-01", freq="MS"):
        end = month + pd.offsets.MonthEnd(0)
        pay = round(float(rng.normal(3150, 40)), 2)
        for day in (month + pd.Timedelta(days=14), end):
            txns.append((day, "Paycheck - ACME CORP", [(_GC_CHECKING, pay), ("Income:Salary", -pay)], ""))
        txns.append((month, "Rent", [("Expenses:Rent", 1850.0), (_GC_CHECKING, -1850.0)], ""))
        visa = 0.0
        for acct, (per, mean, sd, descs, src) in _GC_SPEND.items():
            for _ in range(int(rng.poisson(per)) if per > 1 else 1):
                amt = round(max(3.0, float(rng.normal(mean, sd))), 2)
                if month.month == 12 and acct == "Expenses:Entertainment":
                    amt = round(amt * 2.5, 2)
                day = month + pd.Timedelta(days=int(rng.integers(0, end.day)))
                txns.append((day, str(rng.choice(descs)), [(acct, amt), (src, -amt)], ""))
                visa += amt if src == _GC_VISA else 0.0
        if month == pd.Timestamp("2024-03-01"):
            txns.append(
                (
                    month + pd.Timedelta(days=17),
                    "Midas - brakes and timing belt",
                    [("Expenses:Auto:Repairs", 2340.0), (_GC_VISA, -2340.0)],
                    "",
                )
            )
            visa += 2340.0
        txns.append((end, "Visa payment", [(_GC_VISA, round(visa, 2)), (_GC_CHECKING, -round(visa, 2))], ""))
        txns.append(
            (month + pd.Timedelta(days=2), "Transfer to savings", [(_GC_SAVINGS, 500.0), (_GC_CHECKING, -500.0)], "")
        )
        interest = round(float(rng.uniform(8, 22)), 2)
        txns.append((end, "Interest", [(_GC_SAVINGS, interest), ("Income:Interest Income", -interest)], ""))
    txns.sort(key=lambda t: t[0])
    rows = []
    for day, desc, splits, _ in txns:
        tid = "".join(rng.choice(list("0123456789abcdef"), 32))
        number = str(int(rng.integers(1001, 1400))) if desc == "Rent" else ""
        for acct, amt in splits:
            real = acct.startswith(("Assets", "Liabilities"))
            if real and day < pd.Timestamp("2024-10-01"):
                rec = "y"
            elif real:
                rec = "c" if rng.random() < 0.5 else "n"
            else:
                rec = "n"
            txt = f"{abs(amt):,.2f}"
            rows.append(
                {
                    "Date": day.strftime("%m/%d/%Y"),
                    "Transaction ID": tid,
                    "Number": number,
                    "Description": desc,
                    "Notes": "",
                    "Commodity/Currency": "CURRENCY::USD",
                    "Void Reason": "",
                    "Action": "",
                    "Memo": "monthly" if desc == "Transfer to savings" and rng.random() < 0.5 else "",
                    "Full Account Name": acct,
                    "Account Name": acct.split(":")[-1],
                    "Amount With Sym": f"-${txt}" if amt < 0 else f"${txt}",
                    "Amount Num.": f"-{txt}" if amt < 0 else txt,
                    "Value With Sym": f"-${txt}" if amt < 0 else f"${txt}",
                    "Value Num.": f"-{txt}" if amt < 0 else txt,
                    "Reconcile": rec,
                    "Reconcile Date": (day + pd.offsets.MonthEnd(1)).strftime("%m/%d/%Y") if rec == "y" else "",
                    "Rate/Price": "1.00",
                }
            )
    return pd.DataFrame(rows)


def _gc_expenses(d: pd.DataFrame) -> pd.Series:
    acct = _text(d["Full Account Name"])
    return _num(d["Amount Num."])[acct.str.startswith("Expenses")].groupby(acct[acct.str.startswith("Expenses")]).sum()


def _gc_top3(d: pd.DataFrame) -> list[str]:
    return [a.split(":")[-1] for a in _gc_expenses(d).sort_values(ascending=False).index[:3]]


def _gc_month(d: pd.DataFrame) -> pd.Timestamp:
    exp = _text(d["Full Account Name"]).str.startswith("Expenses")
    return _peak_month(_mdy(d["Date"])[exp], _num(d["Amount Num."])[exp])


def _gc_pay(d: pd.DataFrame) -> pd.Series:
    return _num(d["Amount Num."])[_text(d["Full Account Name"]).eq("Income:Salary")]


_GC_ID = ("Date", "Transaction ID", "Description")
_GC_AMT = ("Full Account Name", "Account Name", "Amount With Sym", "Amount Num.", "Value With Sym", "Value Num.")
_GNUCASH_QS = [
    Q(
        "how many transactions are in here",
        either(_count(lambda d: d["Transaction ID"].nunique()), _count(lambda d: len(d))),
        _GC_ID,
    ),
    Q(
        "how much did i spend on groceries in total",
        _money(lambda d: _num(d["Amount Num."])[_text(d["Full Account Name"]).eq("Expenses:Groceries")].sum()),
        (*_GC_AMT, *_GC_ID),
    ),
    Q("what are my 3 biggest expenses", _named_all(_gc_top3), (*_GC_AMT, *_GC_ID)),
    Q("which month did i spend the most", _lead(_month_year(_gc_month)), (*_GC_AMT, *_GC_ID)),
    Q(
        "how many splits are still unreconciled",
        either(
            _count(lambda d: int(_text(d["Reconcile"]).eq("n").sum())),
            _count(lambda d: int(_text(d["Reconcile"]).isin(["n", "c"]).sum())),
        ),
        ("Reconcile", "Reconcile Date", *_GC_ID),
    ),
    Q(
        "whats my average paycheck",
        either(_money(lambda d: -_gc_pay(d).mean()), _about(lambda d: _gc_pay(d).mean())),
        (*_GC_AMT, *_GC_ID),
    ),
]


# --- 2. Factorial HR attendance export ------------------------------------------------------------------------------

_FA_PEOPLE = [
    ("Lucía Fernández", "Engineering"),
    ("Marc Puig", "Engineering"),
    ("Hannah Weber", "Engineering"),
    ("Tom Bradley", "Engineering"),
    ("Sofia Rossi", "Sales"),
    ("Diego Martín", "Sales"),
    ("Priya Nair", "Sales"),
    ("Jordi Soler", "Sales"),
    ("Emma Laurent", "Support"),
    ("Kofi Mensah", "Support"),
    ("Ana Costa", "Support"),
    ("Oliver Grant", "Operations"),
    ("Marta Vidal", "Operations"),
    ("Yusuf Kaya", "Operations"),
]


def _hm(minutes: float) -> str:
    m = int(np.rint(minutes))
    return f"{m // 60}h {m % 60:02d}m"


def _factorial_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19302)
    rows = []
    starts = rng.normal(8 * 60 + 50, 14, len(_FA_PEOPLE))
    for day in pd.bdate_range("2024-01-02", "2024-06-28"):
        for i, (name, team) in enumerate(_FA_PEOPLE):
            if rng.random() < 0.08:
                continue
            remote = team != "Operations" and rng.random() < (0.45 if team == "Engineering" else 0.3)
            start = starts[i] + rng.normal(0, 12)
            length = rng.normal(9.6 * 60 if name == "Priya Nair" else 8.6 * 60, 30) + (20 if remote else 0)
            brk = int(rng.choice([0, 15, 30, 45, 60], p=[0.1, 0.2, 0.4, 0.15, 0.15]))
            open_shift = rng.random() < (0.07 if team == "Sales" else 0.015)
            end = start + length
            source = "Mobile app" if team == "Sales" else ("Web" if remote else str(rng.choice(["Kiosk", "Web"])))
            rows.append(
                {
                    "Employee ID": 4100 + i,
                    "Employee": name,
                    "Team": team,
                    "Date": day.strftime("%Y-%m-%d"),
                    "Clock in": f"{int(start) // 60:02d}:{int(start) % 60:02d}",
                    "Clock out": "" if open_shift else f"{int(end) // 60:02d}:{int(end) % 60:02d}",
                    "Worked hours": "" if open_shift else _hm(int(end) - int(start) - brk),
                    "Breaks": _hm(brk),
                    "Location": "Remote" if remote else "Office",
                    "Source": source,
                    "Observations": "forgot to clock out" if open_shift and rng.random() < 0.2 else "",
                }
            )
    return pd.DataFrame(rows)


def _fa_hours(d: pd.DataFrame) -> pd.Series:
    parts = _text(d["Worked hours"]).str.extract(r"(\d+)h\s*(\d+)m")
    return _n(parts[0]) + _n(parts[1]) / 60


def _fa_open(d: pd.DataFrame) -> pd.Series:
    return _text(d["Clock out"]).eq("")


_FA_ID = ("Employee", "Employee ID", "Date")
_FACTORIAL_QS = [
    Q(
        "who put in the most hours",
        _lead(_named(lambda d: _top(_fa_hours(d).groupby(_text(d["Employee"])).sum()))),
        ("Worked hours", *_FA_ID),
    ),
    Q(
        "avg hours worked per shift?",
        either(_about(lambda d: _fa_hours(d).mean()), _about(lambda d: 60 * _fa_hours(d).mean())),
        ("Worked hours", *_FA_ID),
    ),
    Q(
        "how many times did someone clock in after 9:15",
        _count(lambda d: int((_text(d["Clock in"]) > "09:15").sum())),
        ("Clock in", *_FA_ID),
    ),
    Q("how many shifts are missing a clock out", _count(lambda d: int(_fa_open(d).sum())), ("Clock out", *_FA_ID)),
    Q(
        "which team has the most of those",
        _lead(_named(lambda d: _top(_fa_open(d).groupby(_text(d["Team"])).sum()))),
        ("Clock out", "Team", *_FA_ID),
    ),
    Q(
        "do people work longer at home or at the office",
        both(
            _about(lambda d: _fa_hours(d)[_text(d["Location"]).eq("Remote")].mean()),
            _about(lambda d: _fa_hours(d)[_text(d["Location"]).eq("Office")].mean()),
        ),
        ("Worked hours", "Location", *_FA_ID),
    ),
]


# --- 3. Paymo time entries export -----------------------------------------------------------------------------------

_PM_PROJECTS = {
    ("Acme Corp", "Website Redesign"): 30,
    ("Acme Corp", "SEO Retainer"): 14,
    ("Globex", "Mobile App"): 20,
    ("Globex", "API Integration"): 9,
    ("Initech", "Brand Refresh"): 12,
    ("", "Internal Admin"): 15,
}
_PM_TASKS = {
    "Design": ["Wireframes", "Mockups", "Style guide"],
    "Development": ["Frontend", "Backend", "Bug fixes"],
    "QA": ["Test plan", "Regression testing"],
    "Meetings": ["Client call", "Weekly sync"],
    "Content": ["Copywriting", "Blog posts"],
}
_PM_USERS = ["Alex Morgan", "Bea Santos", "Chris Okafor", "Dana Kim", "Eli Novak", "Farah Haddad"]


def _paymo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19303)
    keys = list(_PM_PROJECTS)
    w = np.array(list(_PM_PROJECTS.values()), dtype=float)
    lists = list(_PM_TASKS)
    rows = []
    for day in pd.bdate_range("2024-01-02", "2024-09-30"):
        for u, user in enumerate(_PM_USERS):
            busy = 1.3 if day.month in (4, 5) else 1.0
            for _ in range(int(rng.poisson(2.0 * busy + 0.3 * (u % 3)))):
                client, project = keys[int(rng.choice(len(keys), p=w / w.sum()))]
                tl = "Meetings" if not client and rng.random() < 0.6 else str(rng.choice(lists))
                minutes = int(np.clip(rng.gamma(2.2, 45), 10, 360) // 5 * 5)
                billable = (bool(client) and tl != "Meetings") or (bool(client) and rng.random() < 0.5)
                billed = billable and day < pd.Timestamp("2024-08-01") and rng.random() < 0.97
                rows.append(
                    {
                        "Client": client,
                        "Project": project,
                        "Task list": tl,
                        "Task": str(rng.choice(_PM_TASKS[tl])),
                        "User": user,
                        "Date": day.strftime("%Y-%m-%d"),
                        "Time": f"{minutes // 60}:{minutes % 60:02d}",
                        "Description": "" if rng.random() < 0.6 else str(rng.choice(["wip", "follow-up", "review"])),
                        "Billable": "Yes" if billable else "No",
                        "Billed": "Yes" if billed else "No",
                    }
                )
    return pd.DataFrame(rows)


def _pm_hours(d: pd.DataFrame) -> pd.Series:
    parts = _text(d["Time"]).str.extract(r"(\d+):(\d+)")
    return _n(parts[0]) + _n(parts[1]) / 60


_PM_ID = ("Date", "User")
_PAYMO_QS = [
    Q("how many hours were logged in total", _about(lambda d: _pm_hours(d).sum(), rel=0.005), ("Time", *_PM_ID)),
    Q(
        "which client did we spend the most time on",
        _lead(_named(lambda d: _top(_pm_hours(d).groupby(_text(d["Client"])).sum().drop("", errors="ignore")))),
        ("Time", "Client", *_PM_ID),
    ),
    Q(
        "hours per person",
        _about(lambda d: _pm_hours(d).groupby(_text(d["User"])).sum().to_numpy(), rel=0.005),
        ("Time", *_PM_ID),
    ),
    Q(
        "what share of the time hasn't been billed yet",
        either(
            _share(lambda d: _pm_hours(d)[_text(d["Billed"]).eq("No")].sum() / _pm_hours(d).sum()),
            _share(
                lambda d: (
                    _pm_hours(d)[_text(d["Billed"]).eq("No") & _text(d["Billable"]).eq("Yes")].sum()
                    / _pm_hours(d)[_text(d["Billable"]).eq("Yes")].sum()
                )
            ),
            _share(lambda d: _text(d["Billed"]).eq("No").mean()),
        ),
        ("Time", "Billed", "Billable", *_PM_ID),
    ),
    Q(
        "busiest month?",
        either(
            _lead(_month_year(lambda d: _peak_month(_ymd(d["Date"]), _pm_hours(d)))),
            _lead(_month_year(lambda d: _peak_month(_ymd(d["Date"])))),
        ),
        ("Time", *_PM_ID),
    ),
    Q(
        "for acme, which project took more time",
        _lead(
            _named(lambda d: _top(_pm_hours(d)[_text(d["Client"]).eq("Acme Corp")].groupby(_text(d["Project"])).sum()))
        ),
        ("Time", "Client", "Project", *_PM_ID),
    ),
]


# --- 4. LiveChat chats archive export -------------------------------------------------------------------------------

_LC_AGENTS = {"Maya Cohen": 30, "Lars Berg": 24, "Ines Duarte": 18, "Sam Whitfield": 15, "Noor Aziz": 13}
_LC_COUNTRIES = {"United States": 34, "United Kingdom": 14, "Germany": 10, "Canada": 9, "India": 9, "Poland": 6}
_LC_COUNTRIES |= {"Brazil": 5, "Australia": 5, "France": 4, "Spain": 4}
_LC_TAGS = ["billing", "refund", "bug", "how-to", "sales", "account", "shipping"]


def _livechat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19304)
    agents = list(_LC_AGENTS)
    aw = np.array(list(_LC_AGENTS.values()), dtype=float)
    countries = list(_LC_COUNTRIES)
    cw = np.array(list(_LC_COUNTRIES.values()), dtype=float)
    rows = []
    t = pd.Timestamp("2024-04-01 07:00:00")
    while t < pd.Timestamp("2024-06-30 20:00:00"):
        t += pd.Timedelta(seconds=float(rng.exponential(3300 if 8 <= t.hour < 19 else 9000)))
        missed = rng.random() < 0.06
        wait = int(rng.exponential(240 if missed else 45)) + (60 if missed else 3)
        dur = wait + (0 if missed else int(rng.gamma(2.0, 300)))
        agent = "" if missed else agents[int(rng.choice(len(agents), p=aw / aw.sum()))]
        k = int(rng.choice([0, 1, 2], p=[0.35, 0.45, 0.2]))
        tags = list(rng.choice(_LC_TAGS, size=k, replace=False, p=[0.2, 0.12, 0.15, 0.2, 0.1, 0.13, 0.1]))
        if missed:
            rating = "not rated"
        else:
            r = rng.random()
            rating = "rated good" if r < 0.3 else ("rated bad" if r < 0.36 + 0.1 * ("bug" in tags) else "not rated")
        visitor = "Client" if rng.random() < 0.55 else str(rng.choice(["Jess", "Mark T", "Ahmed", "lee", "Olga"]))
        rows.append(
            {
                "Chat ID": "".join(rng.choice(list("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), 10)),
                "Started": t.strftime("%Y-%m-%d %H:%M:%S"),
                "Ended": (t + pd.Timedelta(seconds=dur)).strftime("%Y-%m-%d %H:%M:%S"),
                "Agent": agent,
                "Agent email": agent.split()[0].lower() + "@helpdesk.io" if agent else "",
                "Visitor name": visitor,
                "Visitor email": "" if rng.random() < 0.7 else f"visitor{int(rng.integers(100, 999))}@mail.com",
                "Visitor country": countries[int(rng.choice(len(countries), p=cw / cw.sum()))],
                "Tags": ", ".join(tags),
                "Rating": rating,
                "Wait time (s)": wait,
            }
        )
    return pd.DataFrame(rows)


def _lc_minutes(d: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(d["Ended"]) - pd.to_datetime(d["Started"])).dt.total_seconds() / 60


_LC_ID = ("Chat ID", "Started")
_LIVECHAT_QS = [
    Q("how many chats did we get", _count(lambda d: len(d)), _LC_ID),
    Q(
        "what's the avg wait before someone picks up",
        _abouts(
            lambda d: _n(d["Wait time (s)"]).mean(),
            lambda d: _n(d["Wait time (s)"]).median(),
            lambda d: _n(d["Wait time (s)"])[_text(d["Agent"]).ne("")].mean(),
        ),
        ("Wait time (s)", "Agent", *_LC_ID),
    ),
    Q(
        "what percent of rated chats were good",
        _share(lambda d: _text(d["Rating"]).eq("rated good").sum() / _text(d["Rating"]).ne("not rated").sum()),
        ("Rating", *_LC_ID),
    ),
    Q(
        "which agent took the most chats",
        _lead(_named(lambda d: _top(_text(d["Agent"])[_text(d["Agent"]).ne("")].value_counts()))),
        ("Agent", "Agent email", *_LC_ID),
    ),
    Q(
        "how many chats were tagged billing",
        _count(lambda d: int(_text(d["Tags"]).str.contains("billing", case=False).sum())),
        ("Tags", *_LC_ID),
    ),
    Q(
        "how long does a chat last on average, in minutes",
        _abouts(
            lambda d: _lc_minutes(d).mean(),
            lambda d: _lc_minutes(d)[_text(d["Agent"]).ne("")].mean(),
            lambda d: _lc_minutes(d).median(),
            rel=0.02,
        ),
        ("Started", "Ended", "Chat ID", "Agent"),
    ),
]


# --- 5. FAOSTAT suite of food security indicators -------------------------------------------------------------------

_FS_AREAS = {
    # area: (M49, population millions, undernourishment 2000 %, 2021 %)
    "Afghanistan": (4, 38, 47, 30),
    "Bangladesh": (50, 165, 19, 11.2),
    "Brazil": (76, 212, 9.5, 4.7),
    "Chad": (148, 16, 38, 32),
    "China": (156, 1420, 10.5, 2.4),
    "Colombia": (170, 50, 9.2, 7.3),
    "Egypt": (818, 105, 4.8, 6.9),
    "Ethiopia": (231, 118, 47.5, 21.4),
    "France": (250, 65, 2.0, 2.0),
    "Germany": (276, 83, 1.8, 1.6),
    "Haiti": (332, 11.4, 55, 47),
    "India": (356, 1400, 18.3, 16.4),
    "Indonesia": (360, 272, 17.8, 6.0),
    "Kenya": (404, 53, 32, 28),
    "Madagascar": (450, 28, 35, 50.0),
    "Mexico": (484, 127, 4.0, 3.1),
    "Nigeria": (566, 210, 9.0, 16.2),
    "Pakistan": (586, 230, 22, 18.5),
    "Peru": (604, 33, 21, 7.0),
    "Philippines": (608, 112, 18, 5.2),
    "Rwanda": (646, 13, 52, 34),
    "Somalia": (706, 16.5, 66.5, 48.7),
    "Viet Nam": (704, 98, 24, 5.8),
    "United States of America": (840, 332, 2.0, 2.0),
}
_FS_ITEMS = [
    ("21004", "Prevalence of undernourishment (percent) (3-year average)", "%", "span"),
    ("21001", "Number of people undernourished (million) (3-year average)", "million No", "span"),
    ("21007", "Prevalence of severe food insecurity in the total population (percent) (3-year average)", "%", "fies"),
    ("21010", "Average dietary energy supply adequacy (percent) (3-year average)", "%", "span"),
    (
        "21025",
        "Percentage of children under 5 years of age who are stunted (modelled estimates) (percent)",
        "%",
        "year",
    ),
    ("21042", "Prevalence of obesity in the adult population (18 years and older)", "%", "obesity"),
]
_FS_UNDER = _FS_ITEMS[0][1]
_FS_NUMBER = _FS_ITEMS[1][1]
_FS_STUNT = _FS_ITEMS[4][1]
_FS_FLAGS = {"E": "Estimated value", "A": "Official figure", "X": "Figure from international organizations"}


def _faostat_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19305)
    rows = []
    for area, (code, pop, u0, u1) in _FS_AREAS.items():
        stunt0 = float(np.clip(u0 * 0.9 + rng.normal(12, 4), 2, 60))
        obese0 = float(rng.uniform(3, 30))
        for code_i, item, unit, kind in _FS_ITEMS:
            if kind in ("span", "fies"):
                periods = [(y, y + 2) for y in range(2000 if kind == "span" else 2014, 2021)]
            else:
                periods = [(y, y) for y in range(2000, 2023 if kind == "year" else 2017)]
            for a, b in periods:
                mid = (a + b) / 2
                f = (mid - 2001) / 20
                und = max(0.5, u0 + (u1 - u0) * f + rng.normal(0, 0.4))
                if item == _FS_UNDER:
                    value = "<2.5" if und < 2.5 else f"{und:.1f}"
                elif item == _FS_NUMBER:
                    people = und / 100 * pop * (0.8 + 0.2 * f)
                    value = "<0.1" if people < 0.1 else f"{people:.1f}"
                elif kind == "fies":
                    value = f"{max(0.3, und * 0.6 + rng.normal(0, 1)):.1f}"
                elif code_i == "21010":
                    value = f"{int(np.rint(135 - 1.4 * und + rng.normal(0, 2)))}"
                elif kind == "year":
                    value = f"{stunt0 * (1 - 0.35 * f) + rng.normal(0, 0.3):.1f}"
                else:
                    value = f"{obese0 * (1 + 0.3 * f):.1f}"
                flag = "A" if kind == "year" and rng.random() < 0.15 else ("X" if kind == "obesity" else "E")
                rows.append(
                    {
                        "Domain Code": "FS",
                        "Domain": "Suite of Food Security Indicators",
                        "Area Code (M49)": code,
                        "Area": area,
                        "Element Code": 6121 if unit == "%" else 6132,
                        "Element": "Value",
                        "Item Code": code_i,
                        "Item": item,
                        "Year Code": f"{a}{b}" if a != b else str(a),
                        "Year": f"{a}-{b}" if a != b else str(a),
                        "Unit": unit,
                        "Value": value,
                        "Flag": flag,
                        "Flag Description": _FS_FLAGS[flag],
                        "Note": "",
                    }
                )
    return pd.DataFrame(rows)


def _fs_item(d: pd.DataFrame, item: str, year: str) -> pd.DataFrame:
    return d[_text(d["Item"]).eq(item) & _text(d["Year"]).eq(year)]


def _fs_values(d: pd.DataFrame, item: str, year: str) -> pd.Series:
    sub = _fs_item(d, item, year)
    return pd.Series(_n(sub["Value"]).to_numpy(), index=_text(sub["Area"]).to_numpy())


def _fs_drop(d: pd.DataFrame) -> str:
    drop = _fs_values(d, _FS_UNDER, "2000-2002") - _fs_values(d, _FS_UNDER, "2020-2022")
    return _top(drop.dropna())


_FS_ID = ("Area", "Item", "Year", "Year Code", "Item Code", "Area Code (M49)", "Unit")
_FAOSTAT_QS = [
    Q(
        "which country had the worst undernourishment in 2020-2022",
        _lead(_named(lambda d: _top(_fs_values(d, _FS_UNDER, "2020-2022").dropna()))),
        ("Value", *_FS_ID),
    ),
    Q(
        "how many countries were under 2.5% then",
        _count(lambda d: int(_text(_fs_item(d, _FS_UNDER, "2020-2022")["Value"]).eq("<2.5").sum())),
        ("Value", *_FS_ID),
    ),
    Q(
        "average child stunting rate across the countries in 2022",
        _about(lambda d: _fs_values(d, _FS_STUNT, "2022").mean()),
        ("Value", *_FS_ID),
    ),
    Q(
        "how did the number of hungry people in nigeria change from 2000-2002 to 2020-2022",
        either(
            both(
                _about(lambda d: _fs_values(d, _FS_NUMBER, "2000-2002")["Nigeria"]),
                _about(lambda d: _fs_values(d, _FS_NUMBER, "2020-2022")["Nigeria"]),
            ),
            _about(
                lambda d: (
                    100
                    * (
                        _fs_values(d, _FS_NUMBER, "2020-2022")["Nigeria"]
                        / _fs_values(d, _FS_NUMBER, "2000-2002")["Nigeria"]
                        - 1
                    )
                ),
                rel=0.02,
            ),
        ),
        ("Value", *_FS_ID),
    ),
    Q(
        "how many of the numbers are estimates",
        _count(lambda d: int(_text(d["Flag"]).eq("E").sum())),
        ("Flag", "Flag Description", "Value"),
    ),
    Q(
        "which country cut undernourishment the most between 2000-2002 and 2020-2022",
        _lead(_named(_fs_drop)),
        ("Value", *_FS_ID),
    ),
]


# --- 6. STATS19 casualty table --------------------------------------------------------------------------------------

_SC_BANDS = [(0, 5), (6, 10), (11, 15), (16, 20), (21, 25), (26, 35), (36, 45), (46, 55), (56, 65), (66, 75), (76, 120)]
_SC_TYPES = {1: 12, 9: 62, 11: 2, 3: 4, 5: 5, 19: 5, 90: 2, 2: 3, 20: 2, 8: 3}


def _sc_band(age: int) -> int:
    if age < 0:
        return -1
    return next(i + 1 for i, (lo, hi) in enumerate(_SC_BANDS) if lo <= age <= hi)


def _stats19_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19306)
    rows = []
    types = list(_SC_TYPES)
    tw = np.array(list(_SC_TYPES.values()), dtype=float)
    seen: set[str] = set()
    while len(rows) < 4200:
        force = str(rng.choice(["01", "04", "13", "20", "43", "46", "63", "97"]))
        ref = f"{force}{int(rng.integers(0, 10**7)):07d}"
        if ref in seen:
            continue
        seen.add(ref)
        n = int(rng.choice([1, 1, 1, 2, 2, 3]))
        for c in range(1, n + 1):
            cls = int(rng.choice([1, 2, 3], p=[0.6, 0.25, 0.15]))
            ped = cls == 3
            age = -1 if rng.random() < 0.03 else int(np.clip(rng.normal(38 if not ped else 33, 18), 1, 96))
            sev_p = [0.03, 0.3, 0.67] if ped else ([0.012, 0.2, 0.788] if cls == 1 else [0.008, 0.15, 0.842])
            ctype = 0 if ped else (9 if cls == 2 and rng.random() < 0.85 else int(rng.choice(types, p=tw / tw.sum())))
            rows.append(
                {
                    "accident_index": f"2023{ref}",
                    "accident_year": 2023,
                    "accident_reference": ref,
                    "vehicle_reference": 1 if ped else int(rng.choice([1, 2, 3], p=[0.6, 0.3, 0.1])),
                    "casualty_reference": c,
                    "casualty_class": cls,
                    "sex_of_casualty": int(rng.choice([1, 2, -1], p=[0.58, 0.4, 0.02])),
                    "age_of_casualty": age,
                    "age_band_of_casualty": _sc_band(age),
                    "casualty_severity": int(rng.choice([1, 2, 3], p=sev_p)),
                    "pedestrian_location": int(rng.integers(1, 11)) if ped else 0,
                    "pedestrian_movement": int(rng.integers(1, 10)) if ped else 0,
                    "car_passenger": int(rng.choice([1, 2])) if cls == 2 and ctype == 9 else 0,
                    "bus_or_coach_passenger": 0,
                    "pedestrian_road_maintenance_worker": 2 if ped else 0,
                    "casualty_type": ctype,
                    "casualty_home_area_type": int(rng.choice([1, 2, 3, -1], p=[0.75, 0.1, 0.1, 0.05])),
                    "casualty_imd_decile": -1 if rng.random() < 0.08 else int(rng.integers(1, 11)),
                    "lsoa_of_casualty": "-1" if rng.random() < 0.1 else f"E0{int(rng.integers(1000000, 1035000))}",
                }
            )
    return pd.DataFrame(rows)


def _sc_ksi(d: pd.DataFrame, cls: int) -> float:
    sub = d[_n(d["casualty_class"]).eq(cls)]
    return float(_n(sub["casualty_severity"]).isin([1, 2]).mean())


_SC_ID = ("accident_index", "accident_reference", "casualty_reference", "vehicle_reference")
_STATS19_QS = [
    Q(
        "how many casualties are there, and how many separate accidents",
        both(_count(lambda d: len(d)), _count(lambda d: d["accident_index"].nunique())),
        _SC_ID,
    ),
    Q(
        "how many people were killed? severity 1 is fatal",
        _count(lambda d: int(_n(d["casualty_severity"]).eq(1).sum())),
        ("casualty_severity", *_SC_ID),
    ),
    Q(
        "average age of the casualties?",
        _about(lambda d: _n(d["age_of_casualty"])[_n(d["age_of_casualty"]) >= 0].mean()),
        ("age_of_casualty", "age_band_of_casualty", *_SC_ID),
    ),
    Q(
        "what share of pedestrians (casualty class 3) were killed or seriously hurt",
        _share(lambda d: _sc_ksi(d, 3)),
        ("casualty_class", "casualty_severity", "casualty_type", *_SC_ID),
    ),
    Q(
        "and for drivers, class 1?",
        _share(lambda d: _sc_ksi(d, 1)),
        ("casualty_class", "casualty_severity", *_SC_ID),
    ),
    Q(
        "which age band has the most casualties",
        _lead(
            _count(
                lambda d: int(_n(d["age_band_of_casualty"])[_n(d["age_band_of_casualty"]) > 0].value_counts().idxmax())
            )
        ),
        ("age_band_of_casualty", "age_of_casualty", *_SC_ID),
    ),
]


# --- 7. USDA WASDE report data --------------------------------------------------------------------------------------

# commodity: US attributes (base value, unit), world attributes by region (production, exports, ending stocks) MMT
_WA_US = {
    "Corn": {
        "Area Planted": (92.0, "Million Acres"),
        "Yield per Harvested Acre": (178.0, "Bushels"),
        "Beginning Stocks": (1500.0, "Million Bushels"),
        "Production": (14900.0, "Million Bushels"),
        "Exports": (2150.0, "Million Bushels"),
        "Ending Stocks": (1950.0, "Million Bushels"),
        "Avg. Farm Price": (4.6, "$/bu"),
    },
    "Wheat": {
        "Area Planted": (47.0, "Million Acres"),
        "Yield per Harvested Acre": (50.5, "Bushels"),
        "Beginning Stocks": (650.0, "Million Bushels"),
        "Production": (1850.0, "Million Bushels"),
        "Exports": (780.0, "Million Bushels"),
        "Ending Stocks": (720.0, "Million Bushels"),
        "Avg. Farm Price": (6.7, "$/bu"),
    },
    "Soybeans": {
        "Area Planted": (85.0, "Million Acres"),
        "Yield per Harvested Acre": (51.5, "Bushels"),
        "Beginning Stocks": (300.0, "Million Bushels"),
        "Production": (4300.0, "Million Bushels"),
        "Exports": (1800.0, "Million Bushels"),
        "Ending Stocks": (380.0, "Million Bushels"),
        "Avg. Farm Price": (11.8, "$/bu"),
    },
}
_WA_WORLD = {
    "Corn": {
        "World": (1220, 195, 310),
        "United States": (380, 55, 50),
        "Brazil": (125, 50, 6),
        "Argentina": (51, 36, 3),
        "China": (290, 0.1, 205),
        "European Union": (64, 4, 8),
    },
    "Wheat": {
        "World": (790, 215, 265),
        "United States": (50, 21, 19),
        "Brazil": (9, 2.5, 1),
        "Argentina": (17, 11, 2),
        "China": (138, 1, 135),
        "European Union": (134, 36, 17),
    },
    "Soybeans": {
        "World": (395, 175, 120),
        "United States": (117, 48, 10),
        "Brazil": (160, 104, 34),
        "Argentina": (48, 5, 24),
        "China": (20, 0.1, 40),
        "European Union": (2.8, 0.2, 1.3),
    },
}
_WA_WORLD_ATTRS = ["Production", "Exports", "Ending Stocks"]


def _wasde_frame() -> pd.DataFrame:
    rng = np.random.default_rng(19307)
    drift: dict[tuple[str, ...], float] = {}
    level: dict[tuple[str, ...], float] = {}
    rows = []
    for k, month in enumerate(pd.date_range("2023-01-01", "2024-12-01", freq="MS")):
        release = month + pd.Timedelta(days=int(rng.integers(8, 13)))
        y = month.year
        years = [(y - 2, "Est."), (y - 1, "Proj.")] if month.month < 5 else [(y - 1, "Est."), (y, "Proj.")]
        for commodity in _WA_US:
            table: list[tuple[str, str, str, float, str]] = []
            for attr, (base, unit) in _WA_US[commodity].items():
                table.append((f"U.S. {commodity} Supply and Use", "United States", attr, base, unit))
            for region, vals in _WA_WORLD[commodity].items():
                for attr, base in zip(_WA_WORLD_ATTRS, vals, strict=True):
                    table.append((f"World {commodity} Supply and Use", region, attr, base, "Million Metric Tons"))
            for start, flag in years:
                my = f"{start}/{(start + 1) % 100:02d}"
                for title, region, attr, base, unit in table:
                    key = (commodity, region, attr, my, unit)
                    if key not in level:
                        level[key] = base * float(rng.normal(1, 0.04))
                        drift[key] = float(rng.normal(0, 0.006))
                    else:
                        level[key] *= 1 + drift[key] + float(rng.normal(0, 0.008))
                    digits = 2 if unit == "$/bu" else (1 if unit in ("Bushels", "Million Acres") else 0)
                    value = (
                        round(level[key], digits)
                        if base >= 5 or unit != "Million Metric Tons"
                        else round(level[key], 2)
                    )
                    rows.append(
                        {
                            "WasdeNumber": 632 + k,
                            "ReportDate": month.strftime("%B %Y"),
                            "ReportTitle": title,
                            "Attribute": attr,
                            "ReleaseDate": release.strftime("%Y-%m-%d"),
                            "ReleaseTime": "12:00:00.0000000",
                            "ForecastYear": month.year,
                            "ForecastMonth": month.month,
                            "Commodity": commodity,
                            "Region": region,
                            "MarketYear": my,
                            "ProjEstFlag": flag,
                            "AnnualQuarterFlag": "Annual",
                            "Value": value,
                            "Unit": unit,
                        }
                    )
    return pd.DataFrame(rows)


def _wa(d: pd.DataFrame, commodity: str, region: str, attr: str, my: str, unit: str) -> pd.DataFrame:
    m = _text(d["Commodity"]).eq(commodity) & _text(d["Region"]).eq(region) & _text(d["Attribute"]).eq(attr)
    sub = d[m & _text(d["MarketYear"]).eq(my) & _text(d["Unit"]).eq(unit)]
    return sub.assign(_when=_ymd(sub["ReleaseDate"])).sort_values("_when")


def _wa_corn(d: pd.DataFrame, unit: str, pos: int) -> float:
    return float(_n(_wa(d, "Corn", "United States", "Production", "2024/25", unit)["Value"]).iloc[pos])


def _wa_soy_exporter(d: pd.DataFrame) -> str:
    m = _text(d["Commodity"]).eq("Soybeans") & _text(d["Attribute"]).eq("Exports")
    m &= _text(d["MarketYear"]).eq("2023/24") & _text(d["Unit"]).eq("Million Metric Tons")
    m &= _text(d["Region"]).ne("World")
    sub = d[m]
    last = _ymd(sub["ReleaseDate"]).max()
    sub = sub[_ymd(sub["ReleaseDate"]).eq(last)]
    return _top(pd.Series(_n(sub["Value"]).to_numpy(), index=_text(sub["Region"]).to_numpy()))


def _wa_peak(d: pd.DataFrame) -> pd.Timestamp:
    sub = _wa(d, "Corn", "World", "Ending Stocks", "2024/25", "Million Metric Tons")
    return sub["_when"].iloc[int(np.argmax(_n(sub["Value"]).to_numpy()))]


_WA_ID = ("WasdeNumber", "ReportDate", "ReleaseDate", "ForecastYear", "ForecastMonth", "ReportTitle")
_WA_KEYS = ("Commodity", "Region", "Attribute", "MarketYear", "ProjEstFlag", "Unit", "Value")
_WASDE_QS = [
    Q(
        "how many reports are in this file",
        _count(lambda d: d["WasdeNumber"].nunique()),
        _WA_ID,
    ),
    Q(
        "latest number for us corn production in 2024/25?",
        either(
            _money(lambda d: _wa_corn(d, "Million Bushels", -1)),
            _about(lambda d: _wa_corn(d, "Million Metric Tons", -1)),
        ),
        (*_WA_KEYS, *_WA_ID),
    ),
    Q(
        "how much has that moved since the first 2024/25 estimate",
        either(
            both(
                _money(lambda d: _wa_corn(d, "Million Bushels", 0)),
                _money(lambda d: _wa_corn(d, "Million Bushels", -1)),
            ),
            _about(lambda d: abs(_wa_corn(d, "Million Bushels", -1) - _wa_corn(d, "Million Bushels", 0)), rel=0.01),
            both(
                _about(lambda d: _wa_corn(d, "Million Metric Tons", 0)),
                _about(lambda d: _wa_corn(d, "Million Metric Tons", -1)),
            ),
        ),
        (*_WA_KEYS, *_WA_ID),
    ),
    Q(
        "which country exports the most soybeans in 2023/24, in metric tons, going by the latest report",
        _lead(_named(_wa_soy_exporter)),
        (*_WA_KEYS, *_WA_ID),
    ),
    Q(
        "avg us wheat farm price for 2023/24 across the reports",
        _about(lambda d: _n(_wa(d, "Wheat", "United States", "Avg. Farm Price", "2023/24", "$/bu")["Value"]).mean()),
        (*_WA_KEYS, *_WA_ID),
    ),
    Q(
        "in which report were world corn ending stocks for 2024/25 the highest",
        _lead(_month_year(_wa_peak)),
        (*_WA_KEYS, *_WA_ID),
    ),
]


HELDOUT193: list[Dataset] = [
    Dataset("gnucash_transactions_export", _gnucash_frame, _GNUCASH_QS),
    Dataset("factorial_hr_attendance_export", _factorial_frame, _FACTORIAL_QS),
    Dataset("paymo_time_entries_export", _paymo_frame, _PAYMO_QS),
    Dataset("livechat_chats_archive_export", _livechat_frame, _LIVECHAT_QS),
    Dataset("faostat_food_security_indicators", _faostat_frame, _FAOSTAT_QS),
    Dataset("stats19_road_casualties", _stats19_frame, _STATS19_QS),
    Dataset("usda_wasde_supply_demand", _wasde_frame, _WASDE_QS),
]
