"""HELDOUT202: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public or personal-export tables: a Nutritionix food log export (one
row per logged food) with "2023-04-17" Date, Meal as Breakfast / Lunch / Dinner / Snack, Food Name in lower case,
Serving Qty as a decimal, Serving Unit ("cup", "slice", "g", "large"), Calories, "Protein (g)", "Carbs (g)",
"Fat (g)" and "Sodium (mg)" with a few blanks; a Plum savings app activity export with "14/02/2023" dd/mm/yyyy
Date, Pocket names ("Primary", "Rainy Day", "Holiday Fund", "Index Tracker", "Interest Pocket"), Type as Deposit /
Withdrawal / Interest / Round-up / Rule, Amount written with a pound sign ("£25.00", "-£40.00") and a numeric
"Balance After" per pocket; an Instapaper articles export (URL, Title, Selection mostly blank, Folder Unread /
Archive / Starred or a custom folder, Timestamp as Unix seconds, Tags as a JSON list such as '["tech", "ai"]' or
"[]", Progress from 0 to 1); a Calm session history export with "2023-01-05 22:41:13" Date, "Session Type"
Meditation / Sleep Story / Music / Masterclass, Title, Narrator (blank for music), "Minutes Listened" and Completed
as TRUE / FALSE; the Texas Tribune's Texas state employee salaries (upper-case, space-padded "AGENCY NAME", AGENCY
number, "CLASS CODE", "CLASS TITLE", "LAST NAME", "FIRST NAME", MI, upper-case ETHNICITY, MALE / FEMALE GENDER,
STATUS as "CRF - CLASSIFIED REGULAR FULL-TIME" style codes, "EMPLOY DATE" as "09/01/2015", "HRLY RATE" 0 for
salaried staff, "HRS PER WK", MONTHLY, ANNUAL and a "STATE NUMBER" repeated for people holding two jobs); UK
Companies House basic company data (CompanyName, " CompanyNumber" with its leading space and "SC"/"NI" prefixes,
RegAddress.PostTown in upper case with some blanks, RegAddress.PostCode, CompanyCategory, CompanyStatus Active /
Dissolved / Liquidation / "Active - Proposal to Strike off", CountryOfOrigin "United Kingdom", IncorporationDate as
dd/mm/yyyy and SICCode.SicText_1 like "62020 - Information technology consultancy activities" or "None Supplied");
and the Food Standards Agency food hygiene ratings (FHRSID, BusinessName, BusinessType, AddressLine1, PostCode
with a few blanks, RatingValue "0"-"5" or "Exempt" / "AwaitingInspection", RatingDate "2019-05-14" (blank when
awaiting), LocalAuthorityName, and Scores.Hygiene / Scores.Structural / Scores.ConfidenceInManagement as the
inspectors' 0-30 penalty points, blank for unrated places). All are generated with fixed seeds 20201-20207.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _share, _text, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending=ascending).index[0])


def _money(value: Callable[[pd.DataFrame], float]) -> Check:
    """An amount, to about half a percent."""
    return has(value, rel=0.005)


def _pounds(s: pd.Series) -> pd.Series:
    """ "£1,234.50" / "-£40.00" as numbers."""
    return pd.to_numeric(_text(s).str.replace("£", "", regex=False).str.replace(",", "", regex=False))


# --- 1. Nutritionix food log export ---------------------------------------------------------------------------------

# food: meal weights (B, L, D, S), unit, qty choices, kcal, protein, carbs, fat, sodium per serving
_NX_FOODS: dict[
    str, tuple[tuple[float, float, float, float], str, tuple[float, ...], float, float, float, float, float]
] = {
    "oatmeal": ((9, 0, 0, 1), "cup", (1, 1.5), 166, 5.9, 28, 3.6, 9),
    "scrambled eggs": ((7, 1, 0, 0), "large", (2, 3), 91, 6.1, 1, 6.7, 88),
    "banana": ((3, 1, 0, 5), "medium", (1,), 105, 1.3, 27, 0.4, 1),
    "greek yogurt": ((4, 0, 0, 4), "container", (1,), 100, 17, 6, 0.7, 61),
    "coffee with milk": ((8, 2, 0, 3), "cup", (1, 2), 38, 2, 3, 1.9, 30),
    "whole wheat toast": ((6, 1, 0, 1), "slice", (1, 2), 81, 4, 14, 1.1, 146),
    "turkey sandwich": ((0, 8, 1, 0), "sandwich", (1,), 330, 24, 34, 10, 1050),
    "chicken caesar salad": ((0, 7, 3, 0), "bowl", (1,), 420, 32, 14, 26, 890),
    "burrito bowl": ((0, 5, 4, 0), "bowl", (1,), 640, 35, 72, 22, 1600),
    "pepperoni pizza": ((0, 3, 5, 1), "slice", (1, 2, 3), 298, 12, 34, 12, 683),
    "grilled chicken breast": ((0, 3, 8, 0), "g", (150, 200), 1.65, 0.31, 0, 0.036, 0.74),
    "white rice": ((0, 3, 8, 0), "cup", (0.5, 1), 205, 4.3, 45, 0.4, 2),
    "spaghetti bolognese": ((0, 1, 6, 0), "plate", (1,), 560, 28, 68, 18, 820),
    "salmon fillet": ((0, 1, 5, 0), "fillet", (1,), 412, 40, 0, 27, 120),
    "steamed broccoli": ((0, 2, 7, 0), "cup", (1,), 55, 3.7, 11, 0.6, 64),
    "apple": ((1, 1, 0, 6), "medium", (1,), 95, 0.5, 25, 0.3, 2),
    "almonds": ((0, 0, 0, 5), "oz", (1, 1.5), 164, 6, 6, 14, 0),
    "protein bar": ((1, 0, 0, 4), "bar", (1,), 200, 20, 22, 7, 190),
    "potato chips": ((0, 1, 0, 3), "oz", (1, 2), 152, 2, 15, 10, 148),
    "dark chocolate": ((0, 0, 1, 3), "square", (2, 3, 4), 60, 0.8, 4.6, 4.3, 2),
    "red wine": ((0, 0, 3, 1), "glass", (1, 2), 125, 0.1, 3.8, 0, 6),
}
_NX_MEALS = ("Breakfast", "Lunch", "Dinner", "Snack")


def _nutritionix_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20201)
    rows = []
    for day in pd.date_range("2023-01-02", "2023-06-30"):
        if rng.random() < 0.12:
            continue  # days not logged
        for m, meal in enumerate(_NX_MEALS):
            n = {0: rng.integers(1, 4), 1: rng.integers(1, 3), 2: rng.integers(1, 4), 3: rng.integers(0, 3)}[m]
            names = [f for f, v in _NX_FOODS.items() if v[0][m] > 0]
            weights = [_NX_FOODS[f][0][m] for f in names]
            for _ in range(int(n)):
                food = _one(rng, names, weights)
                _, unit, qtys, kcal, pro, carb, fat, na = _NX_FOODS[food]
                qty = float(_one(rng, qtys))
                k = qty * kcal * rng.uniform(0.92, 1.08)
                rows.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "Meal": meal,
                        "Food Name": food,
                        "Serving Qty": qty,
                        "Serving Unit": unit,
                        "Calories": round(k, 1),
                        "Protein (g)": round(qty * pro * rng.uniform(0.95, 1.05), 1),
                        "Carbs (g)": round(qty * carb * rng.uniform(0.95, 1.05), 1),
                        "Fat (g)": round(qty * fat * rng.uniform(0.95, 1.05), 1),
                        "Sodium (mg)": np.nan if rng.random() < 0.04 else round(qty * na * rng.uniform(0.9, 1.1)),
                    }
                )
    return pd.DataFrame(rows)


def _nx_daily(d: pd.DataFrame) -> pd.Series:
    return d.groupby("Date")["Calories"].sum()


_NX_QS = [
    Q("how many calories have i logged in total", _money(lambda d: d["Calories"].sum()), ("Calories",)),
    Q(
        "on average how many calories do i eat a day",
        _about(lambda d: _nx_daily(d).mean()),
        ("Calories", "Date"),
    ),
    Q(
        "which meal is the biggest on average",
        _lead(
            either(
                _named(lambda d: _top(d.groupby("Meal")["Calories"].mean())),
                _named(lambda d: _top(d.groupby(["Date", "Meal"])["Calories"].sum().groupby("Meal").mean())),
            )
        ),
        ("Meal", "Calories", "Date"),
    ),
    Q(
        "how many days did i go over 2500 calories",
        _count(lambda d: int((_nx_daily(d) > 2500).sum())),
        ("Calories", "Date"),
    ),
    Q("what do i eat most often", _lead(_named(lambda d: _top(d["Food Name"].value_counts()))), ("Food Name",)),
    Q(
        "is fat related to calories",
        _corr(lambda d: d["Fat (g)"], lambda d: d["Calories"]),
        ("Fat (g)", "Calories"),
    ),
]


# --- 2. Plum savings and investments activity export ------------------------------------------------------------------

_PL_POCKETS = {"Primary": 40, "Rainy Day": 20, "Holiday Fund": 15, "Index Tracker": 15, "Interest Pocket": 10}


def _plum_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20202)
    balance = dict.fromkeys(_PL_POCKETS, 0.0)
    rows = []
    for day in pd.date_range("2022-01-03", "2023-12-29"):
        for _ in range(int(rng.poisson(0.9))):
            pocket = _one(rng, list(_PL_POCKETS), list(_PL_POCKETS.values()))
            kind = _one(rng, ["Deposit", "Round-up", "Rule", "Withdrawal"], [30, 35, 20, 6])
            if kind == "Deposit":
                amt = float(_one(rng, [10, 20, 25, 50, 100, 200]))
            elif kind == "Round-up":
                amt = round(rng.uniform(0.05, 0.99), 2)
            elif kind == "Rule":
                amt = round(rng.uniform(1, 15), 2)
            else:
                amt = -min(float(_one(rng, [20, 40, 50, 100, 250])), round(balance[pocket], 2))
                if amt == 0:
                    continue
            balance[pocket] = round(balance[pocket] + amt, 2)
            rows.append((day, pocket, kind, amt, balance[pocket]))
        if day.day == 1 or (day.day == 3 and day.month == 1):
            for pocket in ("Interest Pocket", "Rainy Day"):
                amt = round(balance[pocket] * 0.035 / 12, 2)
                if amt > 0:
                    balance[pocket] = round(balance[pocket] + amt, 2)
                    rows.append((day, pocket, "Interest", amt, balance[pocket]))
    out = pd.DataFrame(rows, columns=["d", "Pocket", "Type", "a", "Balance After"])
    out.insert(0, "Date", out.pop("d").dt.strftime("%d/%m/%Y"))
    out.insert(3, "Amount", [f"-£{-a:,.2f}" if a < 0 else f"£{a:,.2f}" for a in out.pop("a")])
    return out


def _pl(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(amt=_pounds(d["Amount"]), when=pd.to_datetime(d["Date"], format="%d/%m/%Y"))


def _pl_month(d: pd.DataFrame) -> pd.Series:
    p = _pl(d)
    p = p[p["Type"] == "Deposit"]
    return p.groupby(p["when"].dt.to_period("M"))["amt"].sum()


_PL_QS = [
    Q(
        "how much have i put in with deposits",
        _money(lambda d: _pl(d).query("Type == 'Deposit'")["amt"].sum()),
        ("Type", "Amount"),
    ),
    Q(
        "how much interest have i earned",
        _money(lambda d: _pl(d).query("Type == 'Interest'")["amt"].sum()),
        ("Type", "Amount"),
    ),
    Q("how many times did i take money out", _count(lambda d: int((d["Type"] == "Withdrawal").sum())), ("Type",)),
    Q(
        "which pocket has the most money in it now",
        _lead(_named(lambda d: _top(d.groupby("Pocket")["Balance After"].last()))),
        ("Pocket", "Balance After", "Date"),
    ),
    Q(
        "which month did i deposit the most",
        _lead(_month_year(lambda d: _top(_pl_month(d)))),
        ("Type", "Amount", "Date"),
    ),
    Q("how much was that", _money(lambda d: _pl_month(d).max()), ("Type", "Amount", "Date")),
]


# --- 3. Instapaper articles export ------------------------------------------------------------------------------------

_IP_SITES = {
    "www.nytimes.com": 14,
    "www.theatlantic.com": 11,
    "medium.com": 13,
    "www.newyorker.com": 8,
    "arstechnica.com": 7,
    "www.theverge.com": 9,
    "paulgraham.com": 3,
    "www.wired.com": 7,
    "www.bbc.co.uk": 6,
    "substack.com": 10,
    "www.economist.com": 5,
    "news.ycombinator.com": 4,
}
_IP_TAGS = {"tech": 20, "ai": 12, "longread": 15, "politics": 9, "health": 8, "cooking": 5, "career": 7, "design": 6}
_IP_WORDS = [
    "future",
    "quiet",
    "history",
    "problem",
    "secret",
    "case",
    "rise",
    "end",
    "age",
    "science",
    "city",
    "money",
    "work",
    "mind",
    "code",
    "data",
    "food",
]


def _instapaper_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20203)
    start, stop = pd.Timestamp("2019-03-01").timestamp(), pd.Timestamp("2024-02-28").timestamp()
    n = 1400
    stamps = np.sort(start + (stop - start) * rng.beta(1.6, 1.0, n)).astype(int)
    rows = []
    for ts in stamps:
        site = _one(rng, list(_IP_SITES), list(_IP_SITES.values()))
        w = rng.choice(_IP_WORDS, 3, replace=False)
        title = f"The {w[0].title()} of {w[1].title()}: {w[2].title()} Explained"
        slug = "-".join(title.lower().replace(":", "").split())
        folder = _one(rng, ["Unread", "Archive", "Starred", "Recipes", "Work"], [45, 40, 7, 3, 5])
        if folder == "Unread":
            prog = 0.0 if rng.random() < 0.7 else round(rng.uniform(0.02, 0.9), 4)
        elif folder == "Archive":
            prog = 1.0 if rng.random() < 0.6 else round(rng.uniform(0, 0.99), 4)
        else:
            prog = 1.0 if rng.random() < 0.75 else round(rng.uniform(0.1, 0.99), 4)
        k = int(_one(rng, [0, 1, 2, 3], [40, 35, 18, 7]))
        tags = [str(t) for t in rng.choice(list(_IP_TAGS), k, replace=False, p=np.array(list(_IP_TAGS.values())) / 82)]
        if folder == "Recipes" and "cooking" not in tags:
            tags.append("cooking")
        rows.append(
            {
                "URL": f"https://{site}/{2019 + int(rng.integers(0, 5))}/{slug}",
                "Title": title,
                "Selection": "" if rng.random() < 0.9 else f"a passage about {w[0]} and {w[1]}",
                "Folder": folder,
                "Timestamp": int(ts),
                "Tags": json.dumps(tags),
                "Progress": prog,
            }
        )
    return pd.DataFrame(rows)


def _ip_tags(d: pd.DataFrame) -> pd.Series:
    return pd.Series([t for x in d["Tags"].fillna("[]") for t in json.loads(x)]).value_counts()


def _ip_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Timestamp"], unit="s").dt.year.value_counts()


_IP_QS = [
    Q("how many articles have i saved", _count(lambda d: len(d)), ("URL",)),
    Q("how many are still unread", _count(lambda d: int((d["Folder"] == "Unread").sum())), ("Folder",)),
    Q(
        "what percent did i actually finish reading",
        either(
            _share(lambda d: float((d["Progress"] >= 1).mean())),
            _share(lambda d: float((d["Progress"] >= 0.99).mean())),
        ),
        ("Progress",),
    ),
    Q(
        "what website do i save the most from",
        _lead(_named(lambda d: _top(d["URL"].str.extract(r"https?://([^/]+)")[0].value_counts()))),
        ("URL",),
    ),
    Q("whats my most used tag", _lead(_named(lambda d: _top(_ip_tags(d)))), ("Tags",)),
    Q("which year did i save the most stuff", _lead(_year(lambda d: int(_top(_ip_years(d))))), ("Timestamp",)),
]


# --- 4. Calm session history export -----------------------------------------------------------------------------------

# session type: weight, minutes range, completion chance, titles with narrators
_CA_TYPES: dict[str, tuple[float, tuple[float, float], float, dict[str, str]]] = {
    "Meditation": (
        45,
        (3, 20),
        0.8,
        {
            "Daily Calm": "Tamara Levitt",
            "Daily Trip": "Jeff Warren",
            "7 Days of Calm": "Tamara Levitt",
            "How to Meditate": "Jeff Warren",
            "Breathe Bubble": "Tamara Levitt",
            "Sleep Meditation": "Chibs Okereke",
        },
    ),
    "Sleep Story": (
        30,
        (5, 45),
        0.35,
        {
            "Blue Gold": "Stephen Fry",
            "The Waters of Lake Como": "Erik Braa",
            "Nordland Night Train": "Erik Braa",
            "Wonder": "Matthew McConaughey",
            "The Velveteen Rabbit": "Harry Styles",
            "Dream with Me": "Harry Styles",
        },
    ),
    "Music": (18, (10, 90), 0.5, {"Rain on Leaves": "", "Sleep Piano": "", "Ambient Waves": "", "Deep Focus": ""}),
    "Masterclass": (
        7,
        (8, 30),
        0.6,
        {"Calm Kids": "Tamara Levitt", "Mindful Eating": "Jeff Warren", "Breaking Bad Habits": "Chibs Okereke"},
    ),
}


def _calm_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20204)
    rows = []
    for day in pd.date_range("2022-09-01", "2024-01-31"):
        for _ in range(int(rng.poisson(1.1))):
            kind = _one(rng, list(_CA_TYPES), [v[0] for v in _CA_TYPES.values()])
            _, (lo, hi), done, titles = _CA_TYPES[kind]
            title = _one(rng, list(titles))
            full = rng.uniform(lo, hi)
            completed = bool(rng.random() < done)
            mins = full if completed else full * rng.uniform(0.1, 0.9)
            hour = 22 if kind in ("Sleep Story", "Music") else int(_one(rng, [7, 8, 12, 18, 21]))
            stamp = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(0, 60)), seconds=int(rng.integers(0, 60)))
            rows.append(
                {
                    "Date": f"{stamp:%Y-%m-%d %H:%M:%S}",
                    "Session Type": kind,
                    "Title": title,
                    "Narrator": titles[title],
                    "Minutes Listened": round(mins, 1),
                    "Completed": "TRUE" if completed else "FALSE",
                }
            )
    return pd.DataFrame(rows)


def _ca_narrator(d: pd.DataFrame, by_minutes: bool) -> str:
    x = d[_text(d["Narrator"]) != ""]
    scores = x.groupby("Narrator")["Minutes Listened"].sum() if by_minutes else x["Narrator"].value_counts()
    return _top(scores)


def _ca_title(by_minutes: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(d[d["Narrator"] == _ca_narrator(d, by_minutes)]["Title"].value_counts())


def _ca_done(d: pd.DataFrame) -> pd.Series:
    return d["Completed"].astype(str).str.upper() == "TRUE"


_CA_QS = [
    Q(
        "how long have i listened in total",
        either(
            _money(lambda d: d["Minutes Listened"].sum()),
            has(lambda d: d["Minutes Listened"].sum() / 60, rel=0.005),
        ),
        ("Minutes Listened",),
    ),
    Q(
        "what kind of session do i do most",
        _lead(_named(lambda d: _top(d["Session Type"].value_counts()))),
        ("Session Type",),
    ),
    Q(
        "how long is a typical sleep story listen",
        either(
            _about(lambda d: d[d["Session Type"] == "Sleep Story"]["Minutes Listened"].mean()),
            _about(lambda d: d[d["Session Type"] == "Sleep Story"]["Minutes Listened"].median()),
        ),
        ("Session Type", "Minutes Listened"),
    ),
    Q("what share of sessions do i finish", _share(lambda d: float(_ca_done(d).mean())), ("Completed",)),
    Q(
        "who's my most listened to narrator",
        _lead(either(_named(lambda d: _ca_narrator(d, True)), _named(lambda d: _ca_narrator(d, False)))),
        ("Narrator", "Minutes Listened"),
    ),
    Q(
        "which of their stuff do i play the most",
        _lead(either(_named(_ca_title(True)), _named(_ca_title(False)))),
        ("Narrator", "Title", "Minutes Listened"),
    ),
]


# --- 5. Texas state employee salaries (Texas Tribune) -----------------------------------------------------------------

# agency: number, weight, salary level, class titles
_TX_AGENCIES: dict[str, tuple[int, float, float, str]] = {
    "HEALTH AND HUMAN SERVICES COMMISSION": (529, 30, 44000, "CASEWORKER II;PROGRAM SPECIALIST III;NURSE II"),
    "TEXAS DEPARTMENT OF CRIMINAL JUSTICE": (696, 28, 41000, "CORRECTIONAL OFFICER IV;CORRECTIONAL OFFICER V;CLERK II"),
    "TEXAS DEPARTMENT OF TRANSPORTATION": (601, 14, 56000, "TRANSPORTATION MAINTENANCE SPECIALIST III;ENGINEER V"),
    "DEPARTMENT OF PUBLIC SAFETY": (405, 10, 68000, "TROOPER;SERGEANT;CRIME LAB ANALYST"),
    "DEPARTMENT OF FAMILY AND PROTECTIVE SERVICES": (530, 10, 47000, "CPS SPECIALIST II;INVESTIGATOR III"),
    "OFFICE OF THE ATTORNEY GENERAL": (302, 5, 62000, "ATTORNEY IV;CHILD SUPPORT OFFICER II;LEGAL ASSISTANT II"),
    "COMPTROLLER OF PUBLIC ACCOUNTS": (304, 3, 66000, "ACCOUNTANT III;SYSTEMS ANALYST V;AUDITOR IV"),
}
_TX_ETH = {"WHITE": 38, "HISPANIC": 31, "BLACK": 24, "ASIAN": 4, "AM INDIAN": 1, "OTHER": 2}
_TX_STATUS = {
    "CRF - CLASSIFIED REGULAR FULL-TIME": 80,
    "URF - UNCLASSIFIED REGULAR FULL-TIME": 8,
    "CRP - CLASSIFIED REGULAR PART-TIME": 6,
    "CTP - CLASSIFIED TEMPORARY PART-TIME": 3,
    "ERF - EXEMPT REGULAR FULL-TIME": 3,
}
_TX_LAST = [
    "GARCIA",
    "SMITH",
    "JOHNSON",
    "MARTINEZ",
    "WILLIAMS",
    "HERNANDEZ",
    "BROWN",
    "LOPEZ",
    "JONES",
    "DAVIS",
    "GONZALEZ",
    "MILLER",
    "WILSON",
]
_TX_FIRST = [
    "MARIA",
    "JAMES",
    "MICHAEL",
    "JENNIFER",
    "DAVID",
    "LINDA",
    "ROBERT",
    "PATRICIA",
    "JOSE",
    "JESSICA",
    "JOHN",
    "ANGELA",
]


def _texas_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20205)
    rows = []
    for i in range(3200):
        agency = _one(rng, list(_TX_AGENCIES), [v[1] for v in _TX_AGENCIES.values()])
        num, _, level, titles = _TX_AGENCIES[agency]
        title = _one(rng, titles.split(";"))
        status = _one(rng, list(_TX_STATUS), list(_TX_STATUS.values()))
        gender = _one(rng, ["FEMALE", "MALE"], [52, 48])
        part = "PART-TIME" in status
        hours = float(_one(rng, [20, 30])) if part else 40.0
        annual = level * rng.lognormal(0, 0.22) * (1.05 if gender == "MALE" else 1.0) * hours / 40
        hourly = round(annual / 52 / hours, 2) if part or rng.random() < 0.1 else 0.0
        annual = round(hourly * hours * 52, 2) if hourly else round(annual / 12) * 12
        hired = pd.Timestamp("1985-01-01") + pd.Timedelta(days=int(rng.integers(0, 13800)))
        rows.append(
            {
                "AGENCY": num,
                "AGENCY NAME": f"{agency:<50}",
                "LAST NAME": _one(rng, _TX_LAST),
                "FIRST NAME": _one(rng, _TX_FIRST),
                "MI": "" if rng.random() < 0.3 else chr(65 + int(rng.integers(0, 26))),
                "CLASS CODE": f"{int(rng.integers(1000, 9999)):04d}",
                "CLASS TITLE": f"{title:<40}",
                "ETHNICITY": _one(rng, list(_TX_ETH), list(_TX_ETH.values())),
                "GENDER": gender,
                "STATUS": status,
                "EMPLOY DATE": f"{hired:%m/%d/%Y}",
                "HRLY RATE": hourly,
                "HRS PER WK": hours,
                "MONTHLY": round(annual / 12, 2),
                "ANNUAL": annual,
                "STATE NUMBER": 100000 + i,
            }
        )
    out = pd.DataFrame(rows)
    dup = rng.choice(len(out), 60, replace=False)  # people with a second (part-time) job keep their number
    out.loc[dup[30:], "STATE NUMBER"] = out.loc[dup[:30], "STATE NUMBER"].to_numpy()
    return out


def _tx_mean(d: pd.DataFrame, gender: str) -> float:
    return float(d[d["GENDER"] == gender]["ANNUAL"].mean())


_TX_ID = ("STATE NUMBER",)
_TX_QS = [
    Q(
        "how many employees are in here",
        either(_count(lambda d: len(d)), _count(lambda d: d["STATE NUMBER"].nunique())),
        _TX_ID,
    ),
    Q("what's the average salary", _money(lambda d: d["ANNUAL"].mean()), ("ANNUAL",)),
    Q(
        "which agency pays best on average",
        _lead(_named(lambda d: _top(d.groupby(_text(d["AGENCY NAME"]))["ANNUAL"].mean()))),
        ("AGENCY NAME", "ANNUAL", "AGENCY"),
    ),
    Q(
        "do men earn more than women",
        has(lambda d: _tx_mean(d, "MALE"), lambda d: _tx_mean(d, "FEMALE"), rel=0.005),
        ("GENDER", "ANNUAL"),
    ),
    Q(
        "how many people make over 100k",
        either(
            _count(lambda d: int((d["ANNUAL"] > 100000).sum())),
            _count(lambda d: d[d["ANNUAL"] > 100000]["STATE NUMBER"].nunique()),
        ),
        ("ANNUAL", *_TX_ID),
    ),
    Q(
        "what fraction are part time",
        _share(lambda d: float(d["STATUS"].str.contains("PART-TIME").mean())),
        ("STATUS", *_TX_ID),
    ),
]


# --- 6. UK Companies House basic company data -------------------------------------------------------------------------

_CH_TOWNS = {"LONDON": 40, "MANCHESTER": 8, "BIRMINGHAM": 7, "LEEDS": 5, "BRISTOL": 5, "GLASGOW": 5, "EDINBURGH": 4}
_CH_TOWNS |= {"CARDIFF": 3, "BELFAST": 3, "NOTTINGHAM": 3, "READING": 3, "": 4}
_CH_PC = {"LONDON": "EC1V;N1;SW1A;E14;WC2H", "MANCHESTER": "M1;M4", "BIRMINGHAM": "B1;B3", "LEEDS": "LS1;LS11"}
_CH_PC |= {"BRISTOL": "BS1;BS8", "GLASGOW": "G1;G2", "EDINBURGH": "EH1;EH3", "CARDIFF": "CF10", "BELFAST": "BT1"}
_CH_PC |= {"NOTTINGHAM": "NG1", "READING": "RG1", "": "M1;EC1V"}
_CH_SIC = {
    "62020 - Information technology consultancy activities": 12,
    "70229 - Management consultancy activities other than financial management": 10,
    "68209 - Other letting and operating of own or leased real estate": 9,
    "82990 - Other business support service activities n.e.c.": 8,
    "47910 - Retail sale via mail order houses or via Internet": 7,
    "56101 - Licensed restaurants": 5,
    "41100 - Development of building projects": 6,
    "96090 - Other service activities n.e.c.": 6,
    "43999 - Other specialised construction activities n.e.c.": 4,
    "99999 - Dormant Company": 5,
    "None Supplied": 3,
}
_CH_WORDS = [
    "NORTHSTAR",
    "BLUE OAK",
    "APEX",
    "KINGSWAY",
    "RIVERSIDE",
    "SILVERLINE",
    "HARBOUR",
    "PINNACLE",
    "CROWN",
    "MERIDIAN",
    "FOXGLOVE",
]


def _companies_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20206)
    rows = []
    for i in range(2600):
        town = _one(rng, list(_CH_TOWNS), list(_CH_TOWNS.values()))
        year = int(
            _one(
                rng,
                list(range(1998, 2024)),
                [1 + (y - 1998) ** 1.3 / 6 + (4 if y == 2020 else 0) for y in range(1998, 2024)],
            )
        )
        inc = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        status = _one(
            rng,
            ["Active", "Dissolved", "Liquidation", "Active - Proposal to Strike off"],
            [70, 18 + (2023 - year) * 0.3, 5, 4],
        )
        prefix = "SC" if town in ("GLASGOW", "EDINBURGH") else "NI" if town == "BELFAST" else ""
        number = (
            f"{prefix}{int(rng.integers(100000, 999999)):06d}"
            if prefix
            else f"{int(rng.integers(1000000, 15000000)):08d}"
        )
        letters = "".join(chr(65 + int(x)) for x in rng.integers(0, 26, 2))
        pc = f"{_one(rng, _CH_PC[town].split(';'))} {int(rng.integers(1, 9))}{letters}"
        suffix = _one(rng, ["LTD", "LIMITED", "HOLDINGS LTD", "SERVICES LIMITED", "LLP"], [40, 35, 8, 12, 5])
        rows.append(
            {
                "CompanyName": f"{_one(rng, _CH_WORDS)} {_one(rng, _CH_WORDS)} {i % 97} {suffix}",
                " CompanyNumber": number,
                "RegAddress.PostTown": town,
                "RegAddress.PostCode": pc,
                "CompanyCategory": "Limited Liability Partnership" if suffix == "LLP" else "Private Limited Company",
                "CompanyStatus": status,
                "CountryOfOrigin": "United Kingdom",
                "IncorporationDate": f"{inc:%d/%m/%Y}",
                "SICCode.SicText_1": _one(rng, list(_CH_SIC), list(_CH_SIC.values())),
            }
        )
    return pd.DataFrame(rows)


def _ch_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["IncorporationDate"], format="%d/%m/%Y").dt.year


def _ch_sic(d: pd.DataFrame) -> str:
    return _top(d["SICCode.SicText_1"].value_counts())


_CH_QS = [
    Q(
        "how many companies are active",
        _count(lambda d: int((d["CompanyStatus"] == "Active").sum())),
        ("CompanyStatus",),
    ),
    Q(
        "what town has the most companies",
        _lead(_named(lambda d: _top(_text(d["RegAddress.PostTown"]).replace("", np.nan).dropna().value_counts()))),
        ("RegAddress.PostTown",),
    ),
    Q(
        "how many were set up in 2020",
        _count(lambda d: int((_ch_years(d) == 2020).sum())),
        ("IncorporationDate",),
    ),
    Q(
        "what's the most common industry",
        _lead(
            either(
                _named(_ch_sic),
                _named(lambda d: _ch_sic(d).split(" - ")[0]),
                _named(lambda d: _ch_sic(d).split(" - ")[-1]),
            )
        ),
        ("SICCode.SicText_1",),
    ),
    Q(
        "what share of them have been dissolved",
        _share(lambda d: float((d["CompanyStatus"] == "Dissolved").mean())),
        ("CompanyStatus",),
    ),
    Q(
        "which year had the most new companies",
        _lead(_year(lambda d: int(_top(_ch_years(d).value_counts())))),
        ("IncorporationDate",),
    ),
]


# --- 7. FSA food hygiene ratings --------------------------------------------------------------------------------------

_FS_TYPES = {
    "Restaurant/Cafe/Canteen": (30, 4.3),
    "Takeaway/sandwich shop": (20, 3.7),
    "Retailers - other": (15, 4.5),
    "Pub/bar/nightclub": (10, 4.4),
    "Hotel/bed & breakfast/guest house": (4, 4.4),
    "School/college/university": (6, 4.8),
    "Mobile caterer": (5, 4.2),
    "Other catering premises": (10, 4.4),
}
_FS_LAS = {"Birmingham": 30, "Leeds": 22, "Bristol": 15, "Cardiff": 12, "Norwich": 9, "Tower Hamlets": 12}
_FS_LA_SHIFT = {"Birmingham": -0.2, "Leeds": 0.1, "Bristol": 0.1, "Cardiff": 0.2, "Norwich": 0.2, "Tower Hamlets": -0.5}
_FS_STREETS = ["High Street", "Station Road", "Church Lane", "Market Place", "Queen Street"]
_FS_NAMES = [
    "Costa Coffee",
    "Greggs",
    "Subway",
    "Tesco Express",
    "Kebab House",
    "Golden Dragon",
    "The Red Lion",
    "Spice Lounge",
]
_FS_NAMES += [
    "Pizza Express",
    "Co-op",
    "Chicken Cottage",
    "Cafe Nero",
    "Pret A Manger",
    "Fish Bar",
    "St Mary's Primary School",
]


def _fsa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(20207)
    rows = []
    pens = {5: (0, 5, 5), 4: (5, 5, 5), 3: (10, 10, 10), 2: (10, 15, 15), 1: (15, 15, 20), 0: (20, 20, 20)}
    for i in range(2400):
        btype = _one(rng, list(_FS_TYPES), [v[0] for v in _FS_TYPES.values()])
        la = _one(rng, list(_FS_LAS), list(_FS_LAS.values()))
        r = rng.random()
        if r < 0.04:
            rating = "Exempt"
        elif r < 0.09:
            rating = "AwaitingInspection"
        else:
            score = _FS_TYPES[btype][1] + _FS_LA_SHIFT[la] + rng.normal(0, 0.9)
            rating = str(int(np.clip(round(score), 0, 5)))
        if rating.isdigit():
            h, s, c = (p + int(rng.choice([-5, 0, 0, 5])) if p else p for p in pens[int(rating)])
            h, s, c = (max(0, x) for x in (h, s, c))
            date = f"{pd.Timestamp('2016-01-01') + pd.Timedelta(days=int(rng.integers(0, 2900))):%Y-%m-%d}"
        else:
            h = s = c = np.nan
            date = (
                ""
                if rating == "AwaitingInspection"
                else f"{pd.Timestamp('2012-01-01') + pd.Timedelta(days=int(rng.integers(0, 3000))):%Y-%m-%d}"
            )
        rows.append(
            {
                "FHRSID": 500000 + i * 7,
                "BusinessName": _one(rng, _FS_NAMES),
                "BusinessType": btype,
                "AddressLine1": f"{int(rng.integers(1, 300))} {_one(rng, _FS_STREETS)}",
                "PostCode": ""
                if rng.random() < 0.03
                else f"{la[:2].upper()}{int(rng.integers(1, 20))} {int(rng.integers(1, 9))}AB",
                "RatingValue": rating,
                "RatingDate": date,
                "LocalAuthorityName": la,
                "Scores.Hygiene": h,
                "Scores.Structural": s,
                "Scores.ConfidenceInManagement": c,
            }
        )
    return pd.DataFrame(rows)


def _fs_num(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["RatingValue"].astype(str), errors="coerce")


def _fs_low(share: bool) -> Callable[[pd.DataFrame], str]:
    def pick(d: pd.DataFrame) -> str:
        low = _fs_num(d) <= 2
        g = low.groupby(d["LocalAuthorityName"])
        return _top(g.mean() if share else g.sum())

    return pick


_FS_QS = [
    Q("how many places got a 5", _count(lambda d: int((_fs_num(d) == 5).sum())), ("RatingValue",)),
    Q("what's the average rating", _about(lambda d: _fs_num(d).mean(), rel=0.005), ("RatingValue",)),
    Q(
        "what type of business has the worst ratings",
        _lead(_named(lambda d: _top(_fs_num(d).groupby(d["BusinessType"]).mean(), ascending=True))),
        ("BusinessType", "RatingValue"),
    ),
    Q(
        "how many are still waiting to be inspected",
        _count(lambda d: int((d["RatingValue"] == "AwaitingInspection").sum())),
        ("RatingValue",),
    ),
    Q(
        "which council has the most places rated 2 or lower",
        _lead(either(_named(_fs_low(False)), _named(_fs_low(True)))),
        ("LocalAuthorityName", "RatingValue"),
    ),
    Q(
        "how many got their rating before 2019",
        _count(lambda d: int((pd.to_datetime(d["RatingDate"], errors="coerce") < "2019-01-01").sum())),
        ("RatingDate",),
    ),
]


HELDOUT202: list[Dataset] = [
    Dataset("nutritionix_food_log", _nutritionix_frame, _NX_QS),
    Dataset("plum_savings_activity", _plum_frame, _PL_QS),
    Dataset("instapaper_articles", _instapaper_frame, _IP_QS),
    Dataset("calm_session_history", _calm_frame, _CA_QS),
    Dataset("texas_state_employee_salaries", _texas_frame, _TX_QS),
    Dataset("companies_house_basic_data", _companies_frame, _CH_QS),
    Dataset("fsa_food_hygiene_ratings", _fsa_frame, _FS_QS),
]
