"""HELDOUT139: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports: a Rocket Money (Truebill) transactions export
(Date and Original Date as "2024-03-05", Account Type "Credit Card" / "Checking", Account Name, Account Number as the
last four digits, Institution Name, Name as the merchant text, Custom Name mostly blank, Amount positive for spending
and negative for income and refunds, Description, Category such as Groceries / Dining & Drinks / Rent / Income /
Credit Card Payment, Note blank, Ignored From "everything" on card payments and blank otherwise, Tax Deductible
blank, January 2023 to June 2024, newest first); a Freshdesk customer satisfaction survey results export (Survey
Name, Ticket ID, Ticket Subject, Agent, Group, Contact Name, Contact Email, Company often blank, Rating as Extremely
Happy / Happy / Neutral / Unhappy / Extremely Unhappy, Question, Comments blank unless written and only on the
overall question, Responded Time as "05 Mar 2024 14:22", two question rows per response so Ticket IDs repeat); a
Fitbit sleep log (Start Time / End Time as "2024-01-05 11:42PM", Minutes Asleep, Minutes Awake, Number of
Awakenings, Time in Bed, Minutes REM Sleep / Minutes Light Sleep / Minutes Deep Sleep as "N/A" on naps and
classic-mode nights, one row per sleep, naps included, some nights missing, 2023-07 to 2024-06); a Gumroad payouts
report (Type Sale / Refund / Chargeback, Date "2024-03-05", Purchase ID, Item Name, Buyer Name, Buyer Email, Taxes
($), Shipping ($), Sale Price ($), Gumroad Fees ($), Net Total ($) with refunds negative, Payout ID, Payout Date on
the Friday after the sale's week, and a final "Total" row summing the money columns); BLS Current Employment
Statistics state employment in long form (series_id such as "SMU48000002000000001", state_name, area_name
"Statewide", supersector / industry_name such as Total Nonfarm / Manufacturing / Government, data_type "All
Employees, In Thousands", seasonal "Not Seasonally Adjusted", year, period M01-M12 plus the M13 annual average, value
in thousands, footnote_codes "P" on preliminary months, six states, 2019-2023); NYC HPD housing maintenance
complaints and problems (ReceivedDate "03/05/2024", ProblemID, ComplaintID repeated across a complaint's problems,
BuildingID, Borough in upper case, HouseNumber, StreetName, PostCode, Apartment, ComplaintStatus OPEN / CLOSE,
ComplaintStatusDate, ProblemStatus, ProblemStatusDate blank while open, UnitType, SpaceType, Type EMERGENCY / NON
EMERGENCY / IMMEDIATE EMERGENCY / HAZARDOUS, MajorCategory such as HEAT/HOT WATER, MinorCategory, ProblemCode,
StatusDescription, CommunityBoard, Latitude, Longitude, 2023-01 to 2024-06); and a CDC WONDER underlying cause of
death query by state and year (Notes, State, State Code as "01", Year, Year Code, Deaths, Population, Crude Rate,
Age Adjusted Rate, a "Total" row per state with a blank year, and the query's footnote lines at the bottom with
every other column blank, 2010-2020). All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _shares, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    return str(_ranked(scores).index[0])


def _bottom(scores: pd.Series) -> str:
    return str(_ranked(scores, ascending=True).index[0])


def _dollars(value: Callable[[pd.DataFrame], Any]) -> Check:
    return _scaled(value, (1e3, 1e6, 1e9))


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _num(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s.astype("string").str.replace(r"[^0-9.\-]", "", regex=True), errors="coerce")


def _top_month(dates: pd.Series, weights: pd.Series | None = None) -> pd.Timestamp:
    p = dates.dt.to_period("M")
    s = p.value_counts() if weights is None else weights.groupby(p).sum()
    return pd.Period(_top(s)).to_timestamp()


_FIRST = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Sofia", "Mason", "Chloe"]
_FIRST += ["Priya", "Wei", "Carlos", "Fatima", "Daniel", "Grace", "Omar", "Hannah", "Tom", "Aisha", "Marco", "Lena"]
_LAST = ["Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Patel", "Chen", "Nguyen", "Kim", "Lopez"]
_LAST += ["Wilson", "Martin", "Clark", "Lewis", "Walker", "Young", "Hall", "Allen", "Wright", "Scott", "Green"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --- 1. Rocket Money transactions ----------------------------------------------------------------------------------

# category: merchants, (low, high) amount, weight per day
_RM_SHOPS: dict[str, tuple[list[str], tuple[float, float], float]] = {
    "Groceries": (["TRADER JOE'S", "WHOLE FOODS MARKET", "SAFEWAY", "COSTCO WHSE"], (18, 190), 0.55),
    "Dining & Drinks": (["CHIPOTLE", "STARBUCKS", "DOORDASH", "THE LOCAL TAP"], (5, 85), 0.8),
    "Auto & Transport": (["SHELL OIL", "UBER TRIP", "CHEVRON"], (9, 75), 0.35),
    "Shopping": (["AMAZON.COM", "TARGET", "BEST BUY"], (8, 240), 0.35),
    "Entertainment & Rec.": (["AMC THEATRES", "STEAM GAMES", "TICKETMASTER"], (10, 120), 0.08),
    "Travel & Vacation": (["DELTA AIR LINES", "AIRBNB", "MARRIOTT"], (120, 650), 0.03),
    "Health & Wellness": (["CVS PHARMACY", "EQUINOX"], (8, 140), 0.08),
}


def _rocket_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13901)
    days = pd.date_range("2023-01-01", "2024-06-30")
    card = ("Credit Card", "Sapphire Preferred", 4417, "Chase")
    chk = ("Checking", "Everyday Checking", 8802, "Wells Fargo")
    rows = []

    def add(day: pd.Timestamp, acct: tuple, name: str, amount: float, cat: str, ignored: str = "") -> None:
        orig = day - pd.Timedelta(days=int(rng.integers(0, 3))) if acct is card else day
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Original Date": f"{orig:%Y-%m-%d}",
                "Account Type": acct[0],
                "Account Name": acct[1],
                "Account Number": acct[2],
                "Institution Name": acct[3],
                "Name": name,
                "Custom Name": "" if rng.random() < 0.93 else name.title(),
                "Amount": round(amount, 2),
                "Description": f"{name} {int(rng.integers(10000, 99999))}" if amount > 0 else name,
                "Category": cat,
                "Note": "",
                "Ignored From": ignored,
                "Tax Deductible": "",
            }
        )

    for day in days:
        for cat, (shops, (lo, hi), w) in _RM_SHOPS.items():
            for _ in range(int(rng.poisson(w * (1.4 if day.month == 12 and cat == "Shopping" else 1.0)))):
                amt = float(np.exp(rng.uniform(np.log(lo), np.log(hi))))
                acct = card if rng.random() < 0.75 else chk
                add(day, acct, str(_one(rng, shops)), amt, cat)
        if day.day == 1:
            add(day, chk, "AVALON APARTMENTS", 2100.0 if day.year == 2023 else 2250.0, "Rent")
            add(day, card, "NETFLIX.COM", 15.49, "Entertainment & Rec.")
            add(day, card, "SPOTIFY", 10.99, "Entertainment & Rec.")
        if day.day == 12:
            add(day, chk, "PG&E", float(rng.uniform(60, 190)), "Bills & Utilities")
            add(day, card, "COMCAST XFINITY", 79.99, "Bills & Utilities")
        if day.day in (1, 15):
            add(day, chk, "ACME CORP PAYROLL", -float(round(rng.normal(2850, 40), 2)), "Income")
        if day.day == 20:
            add(
                day, chk, "CHASE CREDIT CRD AUTOPAY", float(rng.uniform(900, 1500)), "Credit Card Payment", "everything"
            )
        if rng.random() < 0.01:
            add(day, card, "AMAZON.COM", -float(rng.uniform(10, 80)), "Shopping")
    df = pd.DataFrame(rows)
    return df.iloc[::-1].reset_index(drop=True)


def _rm_spend(d: pd.DataFrame, keep_ignored: bool = False) -> pd.Series:
    amt = _num(d["Amount"])
    ok = amt > 0
    if not keep_ignored:
        ok &= _txt(d["Ignored From"]) == ""
    return amt.where(ok, 0.0)


def _rm_date(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_txt(d["Date"]), format="%Y-%m-%d", errors="coerce")


def _rm_rent_month(d: pd.DataFrame) -> float:
    r = d[_txt(d["Category"]) == "Rent"]
    return float(_num(r["Amount"]).sum() / _rm_date(r).dt.to_period("M").nunique())


_ROCKET_QS = [
    Q(
        "how much have i spent on groceries overall?",
        _dollars(lambda d: float(_num(d.loc[_txt(d["Category"]) == "Groceries", "Amount"]).sum())),
        ("Category", "Amount"),
    ),
    Q(
        "what costs me the most",
        _lead(
            either(
                _named(lambda d: _top(_rm_spend(d).groupby(_txt(d["Category"])).sum())),
                _named(lambda d: _top(_rm_spend(d).groupby(_txt(d["Name"])).sum())),
            )
        ),
        ("Category", "Amount", "Name", "Ignored From"),
    ),
    Q(
        "how much is that a month on average",
        _dollars(_rm_rent_month),
        ("Category", "Amount", "Date", "Name"),
    ),
    Q(
        "which month did i spend the most in?",
        either(
            _month_year(lambda d: _top_month(_rm_date(d), _rm_spend(d))),
            _month_year(lambda d: _top_month(_rm_date(d), _rm_spend(d, keep_ignored=True))),
        ),
        ("Date", "Amount", "Category", "Ignored From"),
    ),
    Q(
        "how many purchases over $100",
        either(
            _count(lambda d: int((_rm_spend(d) > 100).sum())),
            _count(lambda d: int((_num(d["Amount"]) > 100).sum())),
            _count(lambda d: int(((_num(d["Amount"]) > 100) & ~_txt(d["Category"]).isin(["Rent"])).sum())),
        ),
        ("Amount", "Ignored From", "Category"),
    ),
    Q(
        "what percent of my transactions are on the credit card",
        _share(lambda d: float((_txt(d["Account Type"]) == "Credit Card").mean())),
        ("Account Type", "Account Name"),
    ),
]


# --- 2. Freshdesk satisfaction survey ------------------------------------------------------------------------------

_FD_RATINGS = ["Extremely Happy", "Happy", "Neutral", "Unhappy", "Extremely Unhappy"]
_FD_AGENTS = {"Rachel Green": 0.5, "Monica Geller": 0.2, "Ross Geller": -0.3, "Chandler Bing": 0.0}
_FD_AGENTS |= {"Joey Tribbiani": -0.6, "Phoebe Buffay": 0.3}
_FD_GROUPS = {"Billing": -0.2, "Technical Support": -0.45, "Sales": 0.4, "Onboarding": 0.2}
_FD_Q1 = "How would you rate your overall satisfaction for the resolution provided by the agent?"
_FD_Q2 = "How satisfied were you with the response time?"
_FD_SUBJECTS = ["Cannot log in", "Refund request", "Invoice is wrong", "API returns 500", "How do I export data?"]
_FD_SUBJECTS += ["Upgrade plan", "Bug in dashboard", "Password reset not working", "Integration with Slack"]
_FD_COMMENTS = ["Thanks, quick fix!", "Took too long", "Great support", "Still not resolved", "ok", "Very helpful"]


def _freshdesk_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13902)
    n = 950
    start = pd.Timestamp("2023-07-01")
    rows = []
    ticket = 48210
    for _ in range(n):
        ticket += int(rng.integers(1, 9))
        t = start + pd.Timedelta(minutes=int(rng.integers(0, 365 * 24 * 60)))
        if t.month in (1, 2) and rng.random() < 0.35:  # a January rush
            t = pd.Timestamp(2024, 1, int(rng.integers(1, 29)), int(rng.integers(8, 20)), int(rng.integers(0, 60)))
        agent = str(_one(rng, list(_FD_AGENTS)))
        group = str(_one(rng, list(_FD_GROUPS), [3, 4, 1.5, 1.5]))
        first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
        company = "" if rng.random() < 0.4 else str(_one(rng, ["Acme Inc", "Globex", "Initech", "Umbrella Co"]))
        base = 1.0 + _FD_AGENTS[agent] + _FD_GROUPS[group]
        for q, extra in ((_FD_Q1, 0.0), (_FD_Q2, -0.3)):
            score = base + extra + rng.normal(0, 1.1)
            idx = int(np.clip(np.digitize(-score, [-1.8, -0.6, 0.2, 1.2]), 0, 4))
            comment = ""
            if q == _FD_Q1 and rng.random() < 0.3:
                comment = str(_one(rng, _FD_COMMENTS))
            rows.append(
                {
                    "Survey Name": "Default Satisfaction Survey",
                    "Ticket ID": ticket,
                    "Ticket Subject": str(_one(rng, _FD_SUBJECTS)),
                    "Agent": agent,
                    "Group": group,
                    "Contact Name": f"{first} {last}",
                    "Contact Email": f"{first.lower()}.{last.lower()}@example.com",
                    "Company": company,
                    "Rating": _FD_RATINGS[idx],
                    "Question": q,
                    "Comments": comment,
                    "Responded Time": f"{t:%d %b %Y %H:%M}",
                }
            )
    return pd.DataFrame(rows)


def _fd_q1(d: pd.DataFrame) -> pd.DataFrame:
    return d[_txt(d["Question"]).str.startswith("How would you rate your overall")]


def _fd_happy(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Rating"]).isin(["Happy", "Extremely Happy"])


def _fd_unhappy(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Rating"]).isin(["Unhappy", "Extremely Unhappy"])


def _fd_time(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_txt(d["Responded Time"]), format="%d %b %Y %H:%M", errors="coerce")


def _fd_group_happy(d: pd.DataFrame, group: str) -> float:
    g = d[_txt(d["Group"]) == group]
    return float(_fd_happy(g).mean())


_FRESHDESK_QS = [
    Q(
        "how many surveys did we get back?",
        either(_count(lambda d: int(d["Ticket ID"].nunique())), _count(lambda d: len(d))),
        ("Ticket ID",),
    ),
    Q(
        "what % of customers were happy",
        either(
            _share(lambda d: float(_fd_happy(_fd_q1(d)).mean())),
            _share(lambda d: float(_fd_happy(d).mean())),
        ),
        ("Rating", "Question"),
    ),
    Q(
        "which agent gets the most bad ratings",
        _lead(
            either(
                _named(lambda d: _top(_fd_unhappy(d).groupby(_txt(d["Agent"])).sum())),
                _named(lambda d: _top(_fd_unhappy(d).groupby(_txt(d["Agent"])).mean())),
                _named(lambda d: _top(_fd_unhappy(_fd_q1(d)).groupby(_txt(_fd_q1(d)["Agent"])).sum())),
                _named(lambda d: _top(_fd_unhappy(_fd_q1(d)).groupby(_txt(_fd_q1(d)["Agent"])).mean())),
            )
        ),
        ("Agent", "Rating", "Question"),
    ),
    Q(
        "how many people left a comment",
        _count(lambda d: int((_txt(d["Comments"]) != "").sum())),
        ("Comments",),
    ),
    Q(
        "busiest month for responses?",
        either(
            _month_year(lambda d: _top_month(_fd_time(d))),
            _month_year(lambda d: _top_month(_fd_time(_fd_q1(d)))),
        ),
        ("Responded Time", "Ticket ID"),
    ),
    Q(
        "are billing customers happier than tech support ones",
        either(
            _shares(lambda d: [_fd_group_happy(d, "Billing"), _fd_group_happy(d, "Technical Support")]),
            _shares(lambda d: [_fd_group_happy(_fd_q1(d), "Billing"), _fd_group_happy(_fd_q1(d), "Technical Support")]),
        ),
        ("Group", "Rating", "Question"),
    ),
]


# --- 3. Fitbit sleep log -------------------------------------------------------------------------------------------


def _fitbit_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13903)
    rows = []
    for night in pd.date_range("2023-07-01", "2024-06-30"):
        if rng.random() < 0.07:  # watch not worn
            continue
        weekend = night.dayofweek in (4, 5)  # Friday and Saturday nights
        bed = night + pd.Timedelta(hours=22, minutes=int(rng.normal(75 + 45 * weekend, 35)))
        in_bed = int(np.clip(rng.normal(440 + 55 * weekend, 50), 240, 640))
        wakes = int(rng.poisson(2.5))
        awake = int(np.clip(10 + 9 * wakes + rng.normal(0, 8), 2, 120))
        asleep = in_bed - awake
        classic = rng.random() < 0.05
        deep = int(asleep * rng.uniform(0.12, 0.2))
        rem = int(asleep * rng.uniform(0.17, 0.25))
        rows.append((bed, asleep, awake, wakes, in_bed, classic, rem, asleep - deep - rem, deep))
        if rng.random() < 0.09:  # an afternoon nap the next day
            nap = night + pd.Timedelta(days=1, hours=14, minutes=int(rng.integers(0, 120)))
            nb = int(rng.integers(25, 100))
            na = int(rng.integers(0, 8))
            rows.append((nap, nb - na, na, int(na > 0), nb, True, 0, 0, 0))
    out = []
    for bed, asleep, awake, wakes, in_bed, classic, rem, light, deep in rows:
        end = bed + pd.Timedelta(minutes=in_bed)
        stage = (lambda v: "N/A") if classic else (lambda v: str(v))
        out.append(
            {
                "Start Time": bed.strftime("%Y-%m-%d %I:%M%p"),
                "End Time": end.strftime("%Y-%m-%d %I:%M%p"),
                "Minutes Asleep": asleep,
                "Minutes Awake": awake,
                "Number of Awakenings": wakes,
                "Time in Bed": in_bed,
                "Minutes REM Sleep": stage(rem),
                "Minutes Light Sleep": stage(light),
                "Minutes Deep Sleep": stage(deep),
            }
        )
    return pd.DataFrame(out[::-1])


def _fb_main(d: pd.DataFrame) -> pd.DataFrame:
    return d[_num(d["Time in Bed"]) >= 180]


def _fb_time(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_txt(d[col]), format="%Y-%m-%d %I:%M%p", errors="coerce")


def _fb_mean_asleep(d: pd.DataFrame) -> float:
    return float(_num(d["Minutes Asleep"]).mean())


def _minutes_or_hours(value: Callable[[pd.DataFrame], float]) -> Check:
    return either(_about(value, rel=0.01), _about(lambda d: value(d) / 60, rel=0.01))


def _fb_best_day(col: str, main: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        f = _fb_main(d) if main else d
        days = _fb_time(f, col).dt.dayofweek.map(dict(enumerate(_DAYS)))
        return _top(_num(f["Minutes Asleep"]).groupby(days).mean())

    return value


_FITBIT_QS = [
    Q(
        "how much do i sleep on average",
        either(_minutes_or_hours(_fb_mean_asleep), _minutes_or_hours(lambda d: _fb_mean_asleep(_fb_main(d)))),
        ("Minutes Asleep", "Time in Bed"),
    ),
    Q(
        "how many nights did i get less than 6 hours",
        either(
            _count(lambda d: int((_num(d["Minutes Asleep"]) < 360).sum())),
            _count(lambda d: int((_num(_fb_main(d)["Minutes Asleep"]) < 360).sum())),
        ),
        ("Minutes Asleep", "Start Time", "Time in Bed"),
    ),
    Q(
        "avg deep sleep?",
        _minutes_or_hours(lambda d: float(_num(d["Minutes Deep Sleep"]).mean())),
        ("Minutes Deep Sleep",),
    ),
    Q(
        "how many of these don't have the sleep stages",
        _count(lambda d: int(_num(d["Minutes REM Sleep"]).isna().sum())),
        ("Minutes REM Sleep", "Minutes Light Sleep", "Minutes Deep Sleep"),
    ),
    Q(
        "does waking up more often mean more time awake",
        _corr(lambda d: _num(d["Number of Awakenings"]), lambda d: _num(d["Minutes Awake"])),
        ("Number of Awakenings", "Minutes Awake"),
    ),
    Q(
        "which day of the week do i sleep longest",
        _lead(
            either(
                _named(_fb_best_day("Start Time", False)),
                _named(_fb_best_day("Start Time", True)),
                _named(_fb_best_day("End Time", False)),
                _named(_fb_best_day("End Time", True)),
            )
        ),
        ("Start Time", "End Time", "Minutes Asleep", "Time in Bed"),
    ),
]


# --- 4. Gumroad payouts report -------------------------------------------------------------------------------------

_GR_ITEMS = {
    "Notion Budget Template": (19.0, 5),
    "Lightroom Presets Pack": (29.0, 3),
    "Procreate Brush Set": (12.0, 4),
    "Figma UI Kit": (49.0, 1.5),
    "Freelance Pricing Guide (eBook)": (9.99, 2.5),
}


def _gumroad_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13904)
    rows = []
    days = pd.date_range("2023-09-01", "2024-05-31")
    items = list(_GR_ITEMS)
    for day in days:
        for _ in range(int(rng.poisson(4.2 + 3 * (day.month == 11 and day.day >= 24)))):
            item = str(_one(rng, items, [v[1] for v in _GR_ITEMS.values()]))
            price = _GR_ITEMS[item][0]
            if rng.random() < 0.15:
                price = round(price * 0.8, 2)  # discount code
            kind = str(_one(rng, ["Sale", "Refund", "Chargeback"], [0.94, 0.05, 0.01]))
            first, last = str(_one(rng, _FIRST)), str(_one(rng, _LAST))
            tax = round(price * 0.08, 2) if rng.random() < 0.3 else 0.0
            if kind == "Sale":
                fee = round(price * 0.10 + 0.50, 2)
                sale, net = price, round(price - fee, 2)
            elif kind == "Refund":
                fee, sale, tax = 0.0, -price, -tax
                net = -price
            else:
                fee, sale, tax = 15.0, -price, -tax
                net = round(-price - 15.0, 2)
            payout = day + pd.Timedelta(days=(4 - day.dayofweek) % 7 + 7)
            rows.append(
                {
                    "Type": kind,
                    "Date": f"{day:%Y-%m-%d}",
                    "Purchase ID": "".join(_one(rng, list("abcdefghijklmnopqrstuvwxyz0123456789")) for _ in range(10))
                    + "==",
                    "Item Name": item,
                    "Buyer Name": f"{first} {last}" if rng.random() < 0.8 else "",
                    "Buyer Email": f"{first.lower()}{int(rng.integers(1, 99))}@gmail.com",
                    "Taxes ($)": tax,
                    "Shipping ($)": 0.0,
                    "Sale Price ($)": sale,
                    "Gumroad Fees ($)": fee,
                    "Net Total ($)": net,
                    "Payout ID": f"PO-{payout:%Y%m%d}",
                    "Payout Date": f"{payout:%Y-%m-%d}",
                }
            )
    df = pd.DataFrame(rows)
    total = {c: "" for c in df.columns}
    total["Type"] = "Total"
    for c in ["Taxes ($)", "Shipping ($)", "Sale Price ($)", "Gumroad Fees ($)", "Net Total ($)"]:
        total[c] = round(float(df[c].sum()), 2)
    return pd.concat([df, pd.DataFrame([total])], ignore_index=True)


def _gr_rows(d: pd.DataFrame) -> pd.DataFrame:
    return d[_txt(d["Type"]) != "Total"]


def _gr_sales(d: pd.DataFrame) -> pd.DataFrame:
    return d[_txt(d["Type"]) == "Sale"]


def _gr_best_payout(d: pd.DataFrame) -> pd.Timestamp:
    r = _gr_rows(d)
    return pd.Timestamp(_top(_num(r["Net Total ($)"]).groupby(_txt(r["Payout Date"])).sum()))


_GUMROAD_QS = [
    Q(
        "how much did i actually take home in total",
        _dollars(lambda d: float(_num(_gr_rows(d)["Net Total ($)"]).sum())),
        ("Net Total ($)", "Type"),
    ),
    Q(
        "which product sells best",
        _lead(
            either(
                _named(lambda d: _top(_txt(_gr_sales(d)["Item Name"]).value_counts())),
                _named(
                    lambda d: _top(_num(_gr_rows(d)["Net Total ($)"]).groupby(_txt(_gr_rows(d)["Item Name"])).sum())
                ),
                _named(
                    lambda d: _top(_num(_gr_sales(d)["Sale Price ($)"]).groupby(_txt(_gr_sales(d)["Item Name"])).sum())
                ),
            )
        ),
        ("Item Name", "Type", "Net Total ($)", "Sale Price ($)"),
    ),
    Q(
        "how many refunds did i have",
        either(
            _count(lambda d: int((_txt(d["Type"]) == "Refund").sum())),
            _count(lambda d: int(_txt(d["Type"]).isin(["Refund", "Chargeback"]).sum())),
        ),
        ("Type",),
    ),
    Q(
        "whats the average gumroad fee per sale",
        _about(lambda d: float(_num(_gr_sales(d)["Gumroad Fees ($)"]).mean()), rel=0.005),
        ("Gumroad Fees ($)", "Type"),
    ),
    Q(
        "which payout was the biggest?",
        _day(_gr_best_payout),
        ("Payout Date", "Payout ID", "Net Total ($)"),
    ),
    Q(
        "what cut does gumroad take overall",
        either(
            _share(
                lambda d: float(
                    _num(_gr_sales(d)["Gumroad Fees ($)"]).sum() / _num(_gr_sales(d)["Sale Price ($)"]).sum()
                )
            ),
            _share(
                lambda d: float(_num(_gr_rows(d)["Gumroad Fees ($)"]).sum() / _num(_gr_rows(d)["Sale Price ($)"]).sum())
            ),
        ),
        ("Gumroad Fees ($)", "Sale Price ($)", "Type"),
    ),
]


# --- 5. BLS CES state employment -----------------------------------------------------------------------------------

# state: FIPS, total nonfarm in thousands (2019), yearly growth
_CES_STATES = {
    "California": ("06", 17400.0, 0.012),
    "Texas": ("48", 12950.0, 0.024),
    "Florida": ("12", 9050.0, 0.027),
    "New York": ("36", 9800.0, 0.002),
    "Ohio": ("39", 5600.0, 0.004),
    "Pennsylvania": ("42", 6050.0, 0.005),
}
# industry: code, share of total nonfarm, covid hit
_CES_INDUSTRIES = {
    "Total Nonfarm": ("00000000", 1.0, 0.13),
    "Total Private": ("05000000", 0.85, 0.15),
    "Construction": ("20000000", 0.05, 0.12),
    "Manufacturing": ("30000000", 0.09, 0.10),
    "Leisure and Hospitality": ("70000000", 0.11, 0.45),
    "Government": ("90000000", 0.15, 0.04),
}
_CES_COVID = {3: 0.02, 4: 1.0, 5: 0.8, 6: 0.6, 7: 0.55, 8: 0.5, 9: 0.45, 10: 0.4, 11: 0.38, 12: 0.37}


def _ces_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13905)
    rows = []
    for state, (fips, base, growth) in _CES_STATES.items():
        tilt = {k: float(rng.normal(1, 0.12)) for k in _CES_INDUSTRIES}
        tilt["Total Nonfarm"] = tilt["Total Private"] = 1.0
        for ind, (code, frac, hit) in _CES_INDUSTRIES.items():
            for year in range(2019, 2024):
                vals = []
                for m in range(1, 13):
                    t = year - 2019 + (m - 1) / 12
                    covid = _CES_COVID.get(m, 0.0) if year == 2020 else (0.3 if year == 2021 else 0.0)
                    covid = covid * (1 - (m - 1) / 14) if year == 2021 else covid
                    season = 1 + 0.01 * np.sin((m - 3) / 12 * 2 * np.pi)
                    v = base * frac * tilt[ind] * (1 + growth) ** t * (1 - hit * covid) * season
                    vals.append(round(float(v * (1 + rng.normal(0, 0.002))), 1))
                for m, v in enumerate([*vals, round(float(np.mean(vals)), 1)], start=1):
                    prelim = year == 2023 and m in (11, 12)
                    rows.append(
                        {
                            "series_id": f"SMU{fips}00000{code}01",
                            "state_name": state,
                            "area_name": "Statewide",
                            "industry_name": ind,
                            "data_type": "All Employees, In Thousands",
                            "seasonal": "Not Seasonally Adjusted",
                            "year": year,
                            "period": f"M{m:02d}",
                            "value": v,
                            "footnote_codes": "P" if prelim else "",
                        }
                    )
    return pd.DataFrame(rows)


def _ces_pick(d: pd.DataFrame, state: str | None, ind: str, year: int | None = None) -> pd.DataFrame:
    ok = _txt(d["industry_name"]) == ind
    if state is not None:
        ok &= _txt(d["state_name"]) == state
    if year is not None:
        ok &= pd.to_numeric(d["year"], errors="coerce") == year
    return d[ok]


def _ces_months(f: pd.DataFrame) -> pd.DataFrame:
    return f[_txt(f["period"]) != "M13"]


def _ces_avg(state: str, ind: str, year: int, annual: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        f = _ces_pick(d, state, ind, year)
        if annual:
            return float(_num(f.loc[_txt(f["period"]) == "M13", "value"]).iloc[0])
        return float(_num(_ces_months(f)["value"]).mean())

    return value


def _thousands(value: Callable[[pd.DataFrame], float]) -> Check:
    return _scaled(value, (1e-3, 1e3), rel=0.002)


def _ces_growth(how: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        f = _ces_pick(d, None, "Total Nonfarm")
        yr = pd.to_numeric(f["year"], errors="coerce")
        per = _txt(f["period"])
        if how.startswith("annual"):
            a, b = f[(yr == 2019) & (per == "M13")], f[(yr == 2023) & (per == "M13")]
        else:
            a, b = f[(yr == 2019) & (per == "M12")], f[(yr == 2023) & (per == "M12")]
        va = _num(a["value"]).groupby(_txt(a["state_name"])).sum()
        vb = _num(b["value"]).groupby(_txt(b["state_name"])).sum()
        return _top(vb - va if how.endswith("abs") else vb / va)

    return value


def _ces_low_month(d: pd.DataFrame) -> pd.Timestamp:
    f = _ces_months(_ces_pick(d, "California", "Total Nonfarm", 2020))
    s = pd.Series(_num(f["value"]).to_numpy(), index=_txt(f["period"]).str[1:].astype(int).to_numpy())
    return pd.Timestamp(2020, int(_bottom(s)), 1)


def _ces_gov_share(annual: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: (
        _ces_avg("Florida", "Government", 2023, annual)(d) / _ces_avg("Florida", "Total Nonfarm", 2023, annual)(d)
    )


_CES_QS = [
    Q(
        "which state added the most jobs between 2019 and 2023?",
        _lead(either(*(_named(_ces_growth(h)) for h in ("annual abs", "annual pct", "december abs", "december pct")))),
        ("state_name", "industry_name", "year", "period", "value"),
    ),
    Q(
        "when did california bottom out in 2020",
        _month_year(_ces_low_month),
        ("state_name", "industry_name", "year", "period", "value"),
    ),
    Q(
        "avg manufacturing jobs in ohio in 2022",
        either(
            _thousands(_ces_avg("Ohio", "Manufacturing", 2022, True)),
            _thousands(_ces_avg("Ohio", "Manufacturing", 2022, False)),
        ),
        ("state_name", "industry_name", "year", "period", "value"),
    ),
    Q(
        "and in 2019?",
        either(
            _thousands(_ces_avg("Ohio", "Manufacturing", 2019, True)),
            _thousands(_ces_avg("Ohio", "Manufacturing", 2019, False)),
        ),
        ("state_name", "industry_name", "year", "period", "value"),
    ),
    Q(
        "what share of florida's jobs were government jobs in 2023",
        either(_share(_ces_gov_share(True)), _share(_ces_gov_share(False))),
        ("state_name", "industry_name", "year", "period", "value"),
    ),
    Q(
        "how many of the numbers are still preliminary",
        _count(lambda d: int((_txt(d["footnote_codes"]) == "P").sum())),
        ("footnote_codes",),
    ),
]


# --- 6. NYC HPD complaints and problems ----------------------------------------------------------------------------

_HPD_BOROS = {
    "BRONX": (30, 1.4, (40.84, -73.88), [10452, 10453, 10456, 10457, 10458, 10467, 10468]),
    "BROOKLYN": (30, 1.0, (40.65, -73.95), [11207, 11212, 11216, 11221, 11226, 11233]),
    "MANHATTAN": (20, 0.9, (40.80, -73.95), [10025, 10027, 10031, 10032, 10033, 10040]),
    "QUEENS": (16, 0.8, (40.73, -73.82), [11354, 11368, 11372, 11373, 11432]),
    "STATEN ISLAND": (4, 0.7, (40.62, -74.10), [10301, 10304, 10314]),
}
# major category: minor categories, weight, type weights (EMERGENCY, NON EMERGENCY, IMMEDIATE EMERGENCY, HAZARDOUS)
_HPD_CATS: dict[str, tuple[list[str], float, list[float]]] = {
    "HEAT/HOT WATER": (["ENTIRE BUILDING", "APARTMENT ONLY"], 25, [0.9, 0.0, 0.1, 0.0]),
    "PLUMBING": (["WATER SUPPLY", "TOILET", "BATHTUB/SHOWER", "BASIN/SINK"], 12, [0.3, 0.7, 0.0, 0.0]),
    "UNSANITARY CONDITION": (["PESTS", "MOLD", "GARBAGE/RECYCLING STORAGE"], 14, [0.35, 0.55, 0.0, 0.1]),
    "PAINT/PLASTER": (["WALLS", "CEILING"], 10, [0.05, 0.95, 0.0, 0.0]),
    "DOOR/WINDOW": (["DOOR", "WINDOW GUARD BROKEN OR MISSING", "WINDOW PANE"], 9, [0.4, 0.6, 0.0, 0.0]),
    "WATER LEAK": (["HEAVY FLOW", "SLOW LEAK"], 8, [0.6, 0.4, 0.0, 0.0]),
    "ELECTRIC": (["NO LIGHTING", "OUTLET/SWITCH", "WIRING"], 6, [0.55, 0.3, 0.15, 0.0]),
    "APPLIANCE": (["STOVE", "REFRIGERATOR"], 4, [0.2, 0.8, 0.0, 0.0]),
    "FLOORING/STAIRS": (["FLOOR", "STAIRS"], 4, [0.1, 0.9, 0.0, 0.0]),
}
_HPD_TYPES = ["EMERGENCY", "NON EMERGENCY", "IMMEDIATE EMERGENCY", "HAZARDOUS"]
_HPD_STREETS = ["GRAND CONCOURSE", "BROADWAY", "OCEAN AVENUE", "EASTERN PARKWAY", "WALTON AVENUE", "37 AVENUE"]
_HPD_STREETS += ["ST NICHOLAS AVENUE", "FLATBUSH AVENUE", "UNIVERSITY AVENUE", "VICTORY BOULEVARD"]
_HPD_CLOSED = "The Department of Housing Preservation and Development inspected the following conditions."
_HPD_OPEN = "The following complaint conditions are still open. HPD may attempt to contact you to verify."


def _hpd_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13906)
    days = pd.date_range("2023-01-01", "2024-06-30")
    heat = np.array([1.0 if d.month in (10, 11, 12, 1, 2, 3, 4) else 0.08 for d in days])
    heat = heat * np.array([1.5 if (d.year, d.month) == (2024, 1) else 1.0 for d in days])
    boros = list(_HPD_BOROS)
    cats = list(_HPD_CATS)
    rows = []
    cid, pid = 12400000, 21800000
    for _ in range(1800):
        cid += int(rng.integers(1, 40))
        boro = str(_one(rng, boros, [v[0] for v in _HPD_BOROS.values()]))
        _, hb, (lat, lon), zips = _HPD_BOROS[boro]
        is_heat = rng.random() < 0.28 * hb
        p = heat if is_heat else np.ones(len(days))
        day = days[int(rng.choice(len(days), p=p / p.sum()))]
        closed_c = rng.random() < (0.97 if day < pd.Timestamp("2024-05-01") else 0.55)
        bldg = int(rng.integers(1000, 990000))
        house = str(int(rng.integers(1, 3000)))
        street = str(_one(rng, _HPD_STREETS))
        apt = "" if rng.random() < 0.1 else f"{int(rng.integers(1, 7))}{_one(rng, list('ABCDEFG'))}"
        n_prob = 1 if is_heat else int(_one(rng, [1, 2, 3, 4], [5, 3, 1.5, 0.5]))
        c_close = day + pd.Timedelta(days=int(rng.integers(1, 40)))
        for k in range(n_prob):
            pid += int(rng.integers(1, 5))
            cat = (
                "HEAT/HOT WATER"
                if is_heat and k == 0
                else str(_one(rng, cats[1:], [_HPD_CATS[c][1] for c in cats[1:]]))
            )
            minors, _, tw = _HPD_CATS[cat]
            kind = str(_one(rng, _HPD_TYPES, tw))
            lag = int(rng.gamma(2.0, 4.0 if "EMERGENCY" in kind and kind != "NON EMERGENCY" else 9.0)) + 1
            closed_p = closed_c or rng.random() < 0.2
            p_close = day + pd.Timedelta(days=lag)
            rows.append(
                {
                    "ReceivedDate": f"{day:%m/%d/%Y}",
                    "ProblemID": pid,
                    "ComplaintID": cid,
                    "BuildingID": bldg,
                    "Borough": boro,
                    "HouseNumber": house,
                    "StreetName": street,
                    "PostCode": int(_one(rng, zips)),
                    "Apartment": apt,
                    "ComplaintStatus": "CLOSE" if closed_c else "OPEN",
                    "ComplaintStatusDate": f"{max(c_close, p_close):%m/%d/%Y}" if closed_c else f"{day:%m/%d/%Y}",
                    "ProblemStatus": "CLOSE" if closed_p else "OPEN",
                    "ProblemStatusDate": f"{p_close:%m/%d/%Y}" if closed_p else "",
                    "UnitType": "BUILDING-WIDE" if cat == "HEAT/HOT WATER" and rng.random() < 0.6 else "APARTMENT",
                    "SpaceType": str(_one(rng, ["ENTIRE APARTMENT", "BATHROOM", "KITCHEN", "BEDROOM", "PUBLIC AREA"])),
                    "Type": kind,
                    "MajorCategory": cat,
                    "MinorCategory": str(_one(rng, minors)),
                    "ProblemCode": str(
                        _one(rng, ["NO HEAT", "NO HOT WATER", "LEAKY", "BROKEN", "MISSING", "DEFECTIVE"])
                    ),
                    "StatusDescription": _HPD_CLOSED if closed_p else _HPD_OPEN,
                    "CommunityBoard": int(rng.integers(1, 13)),
                    "Latitude": round(lat + float(rng.normal(0, 0.02)), 6),
                    "Longitude": round(lon + float(rng.normal(0, 0.02)), 6),
                }
            )
    return pd.DataFrame(rows)


def _hpd_date(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_txt(d[col]), format="%m/%d/%Y", errors="coerce")


def _hpd_heat(d: pd.DataFrame) -> pd.DataFrame:
    return d[_txt(d["MajorCategory"]) == "HEAT/HOT WATER"]


def _hpd_fix_days(d: pd.DataFrame) -> pd.Series:
    f = d[_txt(d["ProblemStatus"]) == "CLOSE"]
    return (_hpd_date(f, "ProblemStatusDate") - _hpd_date(f, "ReceivedDate")).dt.days


def _hpd_open_complaints(d: pd.DataFrame) -> int:
    return int(d.loc[_txt(d["ComplaintStatus"]) == "OPEN", "ComplaintID"].nunique())


_HPD_QS = [
    Q(
        "how many complaints are in here",
        either(_count(lambda d: int(d["ComplaintID"].nunique())), _count(lambda d: len(d))),
        ("ComplaintID", "ProblemID"),
    ),
    Q(
        "which borough complains about heat the most",
        _lead(
            either(
                _named(lambda d: _top(_txt(_hpd_heat(d)["Borough"]).value_counts())),
                _named(lambda d: _top(_hpd_heat(d).groupby(_txt(_hpd_heat(d)["Borough"]))["ComplaintID"].nunique())),
            )
        ),
        ("Borough", "MajorCategory", "ComplaintID"),
    ),
    Q(
        "what fraction of the problems are emergencies?",
        either(
            _share(lambda d: float((_txt(d["Type"]) == "EMERGENCY").mean())),
            _share(lambda d: float(_txt(d["Type"]).isin(["EMERGENCY", "IMMEDIATE EMERGENCY"]).mean())),
        ),
        ("Type", "ProblemID"),
    ),
    Q(
        "busiest month?",
        either(
            _month_year(lambda d: _top_month(_hpd_date(d, "ReceivedDate"))),
            _month_year(lambda d: _top_month(_hpd_date(d.drop_duplicates("ComplaintID"), "ReceivedDate"))),
        ),
        ("ReceivedDate", "ComplaintID"),
    ),
    Q(
        "how many are still open",
        either(
            _count(_hpd_open_complaints),
            _count(lambda d: int((_txt(d["ProblemStatus"]) == "OPEN").sum())),
            _count(lambda d: int((_txt(d["ComplaintStatus"]) == "OPEN").sum())),
        ),
        ("ComplaintStatus", "ProblemStatus", "ComplaintID"),
    ),
    Q(
        "on average how long does it take to close a problem",
        either(
            _about(lambda d: float(_hpd_fix_days(d).mean())),
            _about(lambda d: float(_hpd_fix_days(d).median())),
        ),
        ("ReceivedDate", "ProblemStatus", "ProblemStatusDate"),
    ),
]


# --- 7. CDC WONDER deaths by state and year ------------------------------------------------------------------------

# state: population 2020 (millions), crude rate 2010 per 100,000, age-adjusted rate 2010
_WONDER_STATES = {
    "Alabama": (5.02, 990, 920),
    "Alaska": (0.73, 560, 760),
    "Arizona": (7.15, 720, 680),
    "Arkansas": (3.01, 1010, 890),
    "California": (39.5, 630, 640),
    "Colorado": (5.77, 640, 690),
    "Connecticut": (3.60, 820, 650),
    "Delaware": (0.99, 850, 750),
    "District of Columbia": (0.69, 790, 800),
    "Florida": (21.5, 920, 670),
    "Georgia": (10.7, 740, 800),
    "Hawaii": (1.46, 720, 580),
    "Idaho": (1.84, 740, 720),
    "Illinois": (12.8, 800, 740),
    "Indiana": (6.79, 890, 820),
    "Iowa": (3.19, 930, 720),
    "Kansas": (2.94, 880, 760),
    "Kentucky": (4.51, 970, 900),
    "Louisiana": (4.66, 910, 900),
    "Maine": (1.36, 980, 740),
    "Maryland": (6.18, 760, 740),
    "Massachusetts": (7.03, 810, 670),
    "Michigan": (10.1, 880, 780),
    "Minnesota": (5.71, 740, 660),
    "Mississippi": (2.96, 990, 950),
    "Missouri": (6.15, 920, 810),
    "Montana": (1.08, 900, 740),
    "Nebraska": (1.96, 840, 720),
    "Nevada": (3.10, 700, 790),
    "New Hampshire": (1.38, 810, 700),
    "New Jersey": (9.29, 790, 700),
    "New Mexico": (2.12, 770, 740),
    "New York": (20.2, 770, 680),
    "North Carolina": (10.4, 830, 790),
    "North Dakota": (0.78, 880, 700),
    "Ohio": (11.8, 950, 820),
    "Oklahoma": (3.96, 970, 910),
    "Oregon": (4.24, 830, 710),
    "Pennsylvania": (13.0, 990, 760),
    "Rhode Island": (1.10, 900, 710),
    "South Carolina": (5.12, 880, 820),
    "South Dakota": (0.89, 870, 720),
    "Tennessee": (6.91, 930, 870),
    "Texas": (29.1, 660, 760),
    "Utah": (3.27, 520, 700),
    "Vermont": (0.64, 860, 700),
    "Virginia": (8.63, 740, 740),
    "Washington": (7.71, 700, 690),
    "West Virginia": (1.79, 1180, 930),
    "Wisconsin": (5.89, 850, 720),
    "Wyoming": (0.58, 790, 760),
}
_WONDER_FOOT = [
    "---",
    "Dataset: Underlying Cause of Death, 1999-2020",
    "Query Parameters:",
    "Group By: State; Year",
    "Show Totals: True",
    "Show Zero Values: False",
    "Show Suppressed: False",
    "Calculate Rates Per: 100,000",
    "Rate Options: Default intercensal populations for years 2001-2009 (except Infant Age Groups)",
    "---",
    "Help: See http://wonder.cdc.gov/wonder/help/ucd.html for more information.",
    "---",
    "Query Date: Mar 4, 2024 10:22:31 AM",
]


def _wonder_frame() -> pd.DataFrame:
    rng = np.random.default_rng(13907)
    rows = []
    for i, (state, (pop20, crude, adj)) in enumerate(_WONDER_STATES.items()):
        code = [1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]
        code += [31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 44, 45, 46, 47, 48, 49, 50, 51, 53, 54, 55, 56]
        fips = f"{code[i]:02d}"
        growth = float(rng.normal(0.007, 0.005))
        tot_d, tot_p = 0, 0
        for year in range(2010, 2021):
            pop = int(pop20 * 1e6 * (1 + growth) ** (year - 2020) * (1 + rng.normal(0, 0.001)))
            bump = 1.19 if year == 2020 else 1.0
            rate = crude * (1 + 0.009) ** (year - 2010) * bump * (1 + rng.normal(0, 0.012))
            deaths = round(pop * rate / 1e5)
            aar = adj * (1 - 0.004) ** (year - 2010) * (1.17 if year == 2020 else 1.0) * (1 + rng.normal(0, 0.012))
            tot_d += deaths
            tot_p += pop
            rows.append(
                {
                    "Notes": "",
                    "State": state,
                    "State Code": fips,
                    "Year": year,
                    "Year Code": year,
                    "Deaths": deaths,
                    "Population": pop,
                    "Crude Rate": f"{1e5 * deaths / pop:.1f}",
                    "Age Adjusted Rate": f"{aar:.1f}",
                }
            )
        rows.append(
            {
                "Notes": "Total",
                "State": state,
                "State Code": fips,
                "Year": "",
                "Year Code": "",
                "Deaths": tot_d,
                "Population": tot_p,
                "Crude Rate": f"{1e5 * tot_d / tot_p:.1f}",
                "Age Adjusted Rate": f"{adj * 1.01:.1f}",
            }
        )
    blank = {k: "" for k in rows[0]}
    rows += [{**blank, "Notes": line} for line in _WONDER_FOOT]
    return pd.DataFrame(rows)


def _wd_rows(d: pd.DataFrame) -> pd.DataFrame:
    return d[(_txt(d["Notes"]) == "") & pd.to_numeric(d["Year"], errors="coerce").notna()]


def _wd_year(d: pd.DataFrame, year: int) -> pd.DataFrame:
    r = _wd_rows(d)
    return r[pd.to_numeric(r["Year"], errors="coerce") == year]


def _wd_total(d: pd.DataFrame, year: int) -> float:
    return float(_num(_wd_year(d, year)["Deaths"]).sum())


def _wd_top(col: str, year: int) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        r = _wd_year(d, year)
        return _top(pd.Series(_num(r[col]).to_numpy(), index=_txt(r["State"]).to_numpy()))

    return value


def _wd_fewest_year(d: pd.DataFrame) -> int:
    r = _wd_rows(d)
    return int(float(_bottom(_num(r["Deaths"]).groupby(pd.to_numeric(r["Year"]).astype(int)).sum())))


def _wd_fl(d: pd.DataFrame) -> pd.DataFrame:
    return d[_txt(d["State"]) == "Florida"]


_WONDER_QS = [
    Q(
        "which state had the most deaths in 2020",
        _lead(_named(_wd_top("Deaths", 2020))),
        ("State", "Year", "Deaths"),
    ),
    Q(
        "how many people died in total in 2019 across all states",
        _scaled(lambda d: _wd_total(d, 2019), (1e3, 1e6), rel=0.002),
        ("Deaths", "Year", "Notes"),
    ),
    Q(
        "and which state had the highest death rate that year",
        _lead(
            either(
                _named(_wd_top("Crude Rate", 2019)),
                _named(_wd_top("Age Adjusted Rate", 2019)),
            )
        ),
        ("State", "Year", "Crude Rate", "Age Adjusted Rate"),
    ),
    Q(
        "how much did deaths go up from 2019 to 2020 overall?",
        either(
            _scaled(lambda d: _wd_total(d, 2020) - _wd_total(d, 2019), (1e3, 1e6), rel=0.005),
            _share(lambda d: _wd_total(d, 2020) / _wd_total(d, 2019) - 1),
        ),
        ("Deaths", "Year", "Notes"),
    ),
    Q(
        "which year had the fewest deaths",
        _year(_wd_fewest_year),
        ("Year", "Deaths", "Notes"),
    ),
    Q(
        "what's florida's average death rate over these years",
        either(
            _about(lambda d: float(_num(_wd_rows(_wd_fl(d))["Crude Rate"]).mean()), rel=0.003),
            _about(
                lambda d: float(_num(_wd_fl(d).loc[_txt(_wd_fl(d)["Notes"]) == "Total", "Crude Rate"]).iloc[0]),
                rel=0.003,
            ),
            _about(lambda d: float(_num(_wd_rows(_wd_fl(d))["Age Adjusted Rate"]).mean()), rel=0.003),
        ),
        ("State", "Crude Rate", "Age Adjusted Rate", "Year", "Notes"),
    ),
]


HELDOUT139: list[Dataset] = [
    Dataset("rocket_money_transactions", _rocket_frame, _ROCKET_QS),
    Dataset("freshdesk_satisfaction_survey", _freshdesk_frame, _FRESHDESK_QS),
    Dataset("fitbit_sleep_log", _fitbit_frame, _FITBIT_QS),
    Dataset("gumroad_payouts_report", _gumroad_frame, _GUMROAD_QS),
    Dataset("bls_ces_state_employment", _ces_frame, _CES_QS),
    Dataset("nyc_hpd_complaints", _hpd_frame, _HPD_QS),
    Dataset("cdc_wonder_mortality_by_state", _wonder_frame, _WONDER_QS),
]
