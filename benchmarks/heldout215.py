"""HELDOUT215: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports an analyst is likely to bring along: a Tessie
charges export for one Model Y (January 2023 - June 2024) with "Started At" / "Ended At" as "2024-03-05 18:22:10",
Location as a street address or a site name ("Gilroy, CA - Supercharger", "Electrify America - Walmart Tracy"),
Latitude / Longitude, Charger Type (Supercharger, Destination, Home Wall Connector, Mobile Connector, Third Party DC),
"Energy Added (kWh)" and the larger "Energy Used (kWh)" drawn from the wall, Cost in the Currency USD (0 at free
destination chargers, blank for the mobile connector), "Starting Battery (%)", "Ending Battery (%)", "Range Added
(mi)" and "Max Charger Power (kW)"; a SonarQube issues export flattened from the Web API to CSV with a 20-character
key ("AY..."), rule as "java:S3776" / "typescript:S1192" / "python:S1481", severity BLOCKER / CRITICAL / MAJOR / MINOR /
INFO, component as "acme:payments-api:src/main/java/...", project, line (blank for file-level issues), message,
effort as "5min" or "1h30min", type BUG / VULNERABILITY / CODE_SMELL, status OPEN / CONFIRMED / RESOLVED / CLOSED,
resolution FIXED / WONTFIX / FALSE-POSITIVE (blank while unresolved), creationDate and updateDate as
"2023-04-12T09:14:33+0000", author e-mails (some blank) and comma-separated tags (often blank); a bunq statement
export for a Dutch current account (July 2023 - June 2024) with Date and Interest Date as "2024-03-05", Amount
written with a decimal comma and a minus sign for money out ("-12,50", "3450,00"), Account and Counterparty as
IBANs (Counterparty blank for card payments), Name and a free-text Description; a Pinboard bookmarks export
converted from its JSON to CSV with href, description (the title), extended (the note, mostly blank), time as
"2016-04-12T08:33:19Z" (2011-2024, newest first), shared and toread as "yes" / "no" and space-separated lower-case
tags (blank for untagged bookmarks); a Weather Underground personal weather station daily history copied from the
PWS dashboard month by month (June 2023 - June 2024) with Date as "6/1/2023" and every reading written with its unit
inside the cell ("78.2 °F", "65 %", "5.6 mph", "29.92 in", "0.00 in"), "--" for every reading on the few days the
station was offline, under columns "Temperature High (°F)" ... "Precip. Accum. (in)"; MBTA monthly ridership by
mode from the MassDOT open data portal (January 2019 - June 2024) with service_date as "2023/01/01 00:00:00+00",
mode (Bus, Heavy Rail, Light Rail, Commuter Rail, Ferry, The RIDE, Silver Line), route_or_line ("Red Line", "Route
28", "SL4", "Fitchburg Line", "F4 Charlestown", "The RIDE"), total_monthly_ridership (blank for the Mattapan Trolley
in months it was bus-replaced), average_monthly_weekday_ridership, countby "Validations" for the subway and
"Unlinked trips" for everything else and an integer ms_route_or_line_sort; and a sample of six departments of the
Metropolitan Museum of Art Open Access objects CSV with "Object Number" as "29.100.5", "Is Highlight" and "Is
Public Domain" as True / False, "Object ID", Department, AccessionYear (a few blank), "Object Name", Title, Culture,
Period, "Artist Display Name" (blank for most antiquities and arms), Artist Nationality, Artist Begin / End Date as
year strings, "Object Date" as written ("ca. 1665", "1880s", "ca. 1479–1458 B.C."), "Object Begin Date" and "Object
End Date" as integer years (negative before Christ), Medium, Dimensions, Credit Line, Country, Classification and
pipe-separated Tags. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    s = scores.sort_index(kind="stable")
    return str(s.idxmax())


def _top_month(stamps: pd.Series, values: pd.Series | None = None, low: bool = False) -> pd.Timestamp:
    """The month with the highest (or lowest) total of `values`, or the most rows when `values` is None."""
    months = stamps.dt.to_period("M")
    totals = months.value_counts() if values is None else values.groupby(months).sum()
    totals = totals.sort_index()
    return (totals.idxmin() if low else totals.idxmax()).to_timestamp()


# --- 1. Tessie charges export -------------------------------------------------------------------------------------

# Charger Type: weight, locations (name, lat, lon), max power range (kW), price per kWh added (None: blank)
_TESSIE_TYPES: dict[str, tuple[int, list[tuple[str, float, float]], tuple[float, float], float | None]] = {
    "Home Wall Connector": (55, [("1428 Elm St, Palo Alto, CA 94301", 37.4419, -122.1430)], (11.0, 11.5), 0.0),
    "Supercharger": (
        24,
        [
            ("Gilroy, CA - Supercharger", 37.0266, -121.5659),
            ("Kettleman City, CA - Supercharger", 35.9890, -119.9605),
            ("Mountain View, CA - Supercharger", 37.4206, -122.0946),
            ("Harris Ranch, CA - Supercharger", 36.2510, -120.2375),
        ],
        (72.0, 250.0),
        0.0,
    ),
    "Destination": (
        8,
        [
            ("Hyatt Regency Monterey", 36.5946, -121.8830),
            ("Whole Foods Market Los Altos", 37.3797, -122.1152),
        ],
        (7.2, 16.5),
        0.0,
    ),
    "Mobile Connector": (6, [("Lake Tahoe Cabin", 39.0968, -120.0324)], (1.4, 7.6), None),
    "Third Party DC": (
        7,
        [
            ("Electrify America - Walmart Tracy", 37.7280, -121.4440),
            ("EVgo - Safeway San Jose", 37.3230, -121.9470),
        ],
        (50.0, 150.0),
        0.0,
    ),
}


def _tessie_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21501)
    types = list(_TESSIE_TYPES)
    rows = []
    span = (pd.Timestamp("2024-07-01") - pd.Timestamp("2023-01-01")).total_seconds()
    for _ in range(720):
        kind = _one(rng, types, [_TESSIE_TYPES[t][0] for t in types])
        _, places, (plo, phi), _ = _TESSIE_TYPES[kind]
        place, lat, lon = places[int(rng.integers(len(places)))]
        start = pd.Timestamp("2023-01-01") + pd.Timedelta(seconds=int(rng.uniform(0, span)))
        if kind == "Supercharger" and rng.random() < 0.25:
            start = pd.Timestamp("2023-07-08") + pd.Timedelta(seconds=int(rng.uniform(0, 16 * 86400)))
        if kind == "Supercharger" or kind == "Third Party DC":
            s_pct = int(rng.integers(5, 40))
            e_pct = int(min(95, s_pct + rng.integers(30, 70)))
        else:
            s_pct = int(rng.integers(20, 70))
            e_pct = int(_one(rng, [80, 80, 80, 90, 100], [50, 10, 10, 20, 10]))
            e_pct = max(e_pct, s_pct + int(rng.integers(5, 15)))
        added = round((e_pct - s_pct) / 100 * 78.1 * rng.uniform(0.97, 1.03), 2)
        eff = {"Supercharger": 0.96, "Third Party DC": 0.93, "Mobile Connector": 0.84}.get(kind, 0.89)
        used = round(added / (eff * rng.uniform(0.98, 1.02)), 2)
        power = round(float(rng.uniform(plo, phi)), 1)
        minutes = added / (power * (0.55 if power > 60 else 0.95)) * 60
        end = start + pd.Timedelta(minutes=minutes + float(rng.uniform(1, 6)))
        if kind == "Home Wall Connector":
            cost = round(used * (0.31 if start.hour < 16 or start.hour >= 21 else 0.48), 2)
        elif kind == "Supercharger":
            cost = round(added * float(rng.uniform(0.36, 0.56)), 2)
        elif kind == "Third Party DC":
            cost = round(added * 0.48 + 1.0, 2)
        elif kind == "Destination":
            cost = 0.0
        else:
            cost = np.nan
        rows.append(
            {
                "Started At": f"{start:%Y-%m-%d %H:%M:%S}",
                "Ended At": f"{end:%Y-%m-%d %H:%M:%S}",
                "Location": place,
                "Latitude": round(lat + float(rng.normal(0, 0.0002)), 6),
                "Longitude": round(lon + float(rng.normal(0, 0.0002)), 6),
                "Charger Type": kind,
                "Energy Added (kWh)": added,
                "Energy Used (kWh)": used,
                "Cost": cost,
                "Currency": "USD",
                "Starting Battery (%)": s_pct,
                "Ending Battery (%)": e_pct,
                "Range Added (mi)": round(added * 3.6, 1),
                "Max Charger Power (kW)": power,
            }
        )
    return pd.DataFrame(rows).sort_values("Started At", kind="stable").reset_index(drop=True)


def _tessie_cost(kind: str) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(df.loc[df["Charger Type"] == kind, "Cost"].mean())


_TESSIE_QS = [
    Q(
        "how many times did i use a supercharger",
        _count(lambda df: int((df["Charger Type"] == "Supercharger").sum())),
        ("Charger Type",),
    ),
    Q(
        "how much have i spent on charging altogether?",
        has(lambda df: df["Cost"].sum(), rel=0.002),
        ("Cost", "Currency"),
    ),
    Q(
        "what does a supercharger session cost me on average",
        either(
            has(_tessie_cost("Supercharger"), rel=0.005),
            has(lambda df: df.loc[df["Charger Type"] == "Supercharger", "Cost"].median(), rel=0.005),
        ),
        ("Charger Type", "Cost", "Currency"),
    ),
    Q(
        "and charging at home?",
        either(
            has(_tessie_cost("Home Wall Connector"), rel=0.005),
            has(lambda df: df.loc[df["Charger Type"] == "Home Wall Connector", "Cost"].median(), rel=0.005),
        ),
        ("Charger Type", "Cost", "Currency"),
    ),
    Q(
        "which month did i put the most energy into the car",
        _month_year(lambda df: _top_month(pd.to_datetime(df["Started At"]), df["Energy Added (kWh)"])),
        ("Started At", "Ended At", "Energy Added (kWh)"),
    ),
    Q(
        "how efficient is charging overall, like how much of the energy used actually ends up in the battery?",
        either(
            _share(lambda df: float(df["Energy Added (kWh)"].sum() / df["Energy Used (kWh)"].sum())),
            _share(lambda df: float((df["Energy Added (kWh)"] / df["Energy Used (kWh)"]).mean())),
        ),
        ("Energy Added (kWh)", "Energy Used (kWh)"),
    ),
]


# --- 2. SonarQube issues export -----------------------------------------------------------------------------------

# rule number: weight, type, severity, efforts, message, tags
_SONAR_RULES: dict[str, tuple[int, str, str, list[str], str, str]] = {
    "S1192": (
        18,
        "CODE_SMELL",
        "CRITICAL",
        ["6min", "8min", "10min", "14min"],
        'Define a constant instead of duplicating this literal "application/json" 4 times.',
        "design",
    ),
    "S3776": (
        14,
        "CODE_SMELL",
        "CRITICAL",
        ["12min", "25min", "1h", "1h30min", "2h10min"],
        "Refactor this function to reduce its Cognitive Complexity from 24 to the 15 allowed.",
        "brain-overload",
    ),
    "S1135": (10, "CODE_SMELL", "INFO", ["0min"], 'Complete the task associated to this "TODO" comment.', "cwe"),
    "S1481": (12, "CODE_SMELL", "MINOR", ["5min"], 'Remove the unused local variable "result".', "unused"),
    "S125": (9, "CODE_SMELL", "MAJOR", ["5min"], "Remove this commented out code.", "unused"),
    "S2259": (
        6,
        "BUG",
        "MAJOR",
        ["10min", "20min"],
        'A "NullPointerException" could be thrown; "user" is nullable here.',
        "cwe",
    ),
    "S2095": (
        3,
        "BUG",
        "BLOCKER",
        ["5min", "10min"],
        'Use try-with-resources or close this "Connection" in a "finally" clause.',
        "cwe,denial-of-service",
    ),
    "S5131": (
        2,
        "VULNERABILITY",
        "BLOCKER",
        ["30min", "1h", "2h"],
        "Change this code to not reflect user-controlled data.",
        "cwe,owasp-a7",
    ),
    "S2077": (
        3,
        "VULNERABILITY",
        "MAJOR",
        ["30min", "1h"],
        "Make sure using a dynamically formatted SQL query is safe here.",
        "cwe,owasp-a1,sql",
    ),
}
# project: weight, language prefix, source path
_SONAR_PROJECTS = {
    "payments-api": (40, "java", "src/main/java/com/acme/payments/"),
    "web-frontend": (30, "typescript", "src/app/"),
    "data-pipeline": (18, "python", "pipeline/"),
    "mobile-app": (12, "kotlin", "app/src/main/java/com/acme/mobile/"),
}
_SONAR_FILES = ["Service", "Controller", "Repository", "Utils", "Mapper", "Handler", "Config", "Client"]
_SONAR_AUTHORS = [
    "j.smith@acme.com",
    "m.garcia@acme.com",
    "a.kowalski@acme.com",
    "p.nair@acme.com",
    "l.chen@acme.com",
    "t.okafor@acme.com",
]


def _sonar_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21502)
    rules = list(_SONAR_RULES)
    projects = list(_SONAR_PROJECTS)
    alphabet = list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    ext = {"java": ".java", "typescript": ".ts", "python": ".py", "kotlin": ".kt"}
    rows = []
    span = (pd.Timestamp("2024-07-01") - pd.Timestamp("2022-01-01")).total_seconds()
    for _ in range(2400):
        project = _one(rng, projects, [_SONAR_PROJECTS[p][0] for p in projects])
        _, lang, path = _SONAR_PROJECTS[project]
        weights = [_SONAR_RULES[r][0] for r in rules]
        if project == "web-frontend":
            weights = [w * (4 if r in ("S5131", "S1192") else 1) for r, w in zip(rules, weights, strict=True)]
        rule = _one(rng, rules, weights)
        _, kind, sev, efforts, message, tags = _SONAR_RULES[rule]
        if rng.random() < 0.05:
            sev = _one(rng, ["MAJOR", "MINOR", "CRITICAL"])
        name = _one(rng, _SONAR_FILES)
        f = f"{path}{name}{int(rng.integers(1, 40))}{ext[lang]}"
        if lang == "python":
            f = f"{path}{name.lower()}_{int(rng.integers(1, 40))}.py"
        created = pd.Timestamp("2022-01-01") + pd.Timedelta(seconds=int(rng.uniform(0, span) ** 0.5 * span**0.5))
        status = _one(rng, ["OPEN", "CONFIRMED", "RESOLVED", "CLOSED"], [44, 8, 13, 35])
        if status == "CLOSED":
            resolution = "FIXED"
        elif status == "RESOLVED":
            resolution = _one(rng, ["FIXED", "WONTFIX", "FALSE-POSITIVE"], [30, 35, 35])
        else:
            resolution = ""
        updated = created + pd.Timedelta(seconds=int(rng.uniform(0, 200 * 86400)))
        if status in ("OPEN", "CONFIRMED") and rng.random() < 0.6:
            updated = created
        updated = min(updated, pd.Timestamp("2024-06-30 23:00:00"))
        rows.append(
            {
                "key": "AY" + "".join(rng.choice(alphabet, 18)),
                "rule": f"{lang}:{rule}",
                "severity": sev,
                "component": f"acme:{project}:{f}",
                "project": project,
                "line": np.nan if rng.random() < 0.06 else int(rng.integers(1, 900)),
                "message": message,
                "effort": _one(rng, efforts),
                "type": kind,
                "status": status,
                "resolution": resolution,
                "creationDate": f"{created:%Y-%m-%dT%H:%M:%S}+0000",
                "updateDate": f"{updated:%Y-%m-%dT%H:%M:%S}+0000",
                "author": "" if rng.random() < 0.07 else _one(rng, _SONAR_AUTHORS),
                "tags": tags if rng.random() < 0.85 else "",
            }
        )
    df = pd.DataFrame(rows)
    for col in ("resolution", "author", "tags"):
        df[col] = df[col].replace("", np.nan)
    return df


def _minutes(s: pd.Series) -> pd.Series:
    """Effort strings ("5min", "1h30min", "2h") as minutes."""
    text = s.fillna("").astype(str)
    hours = pd.to_numeric(text.str.extract(r"(\d+)h")[0], errors="coerce").fillna(0)
    mins = pd.to_numeric(text.str.extract(r"(\d+)min")[0], errors="coerce").fillna(0)
    return hours * 60 + mins


def _sonar_effort(statuses: tuple[str, ...]) -> Callable[[pd.DataFrame], float]:
    return lambda df: float(_minutes(df.loc[df["status"].isin(statuses), "effort"]).sum())


_SONAR_QS = [
    Q(
        "how many open bugs do we have",
        either(
            _count(lambda df: int(((df["type"] == "BUG") & (df["status"] == "OPEN")).sum())),
            _count(lambda df: int(((df["type"] == "BUG") & df["status"].isin(["OPEN", "CONFIRMED"])).sum())),
        ),
        ("type", "status", "resolution"),
    ),
    Q(
        "which project has the most blocker or critical issues?",
        _named(lambda df: _top(df[df["severity"].isin(["BLOCKER", "CRITICAL"])]["project"].value_counts())),
        ("project", "severity"),
    ),
    Q(
        "roughly how many hours of work to fix everything that's still unresolved",
        either(
            *(has(lambda df, s=s: _sonar_effort(s)(df) / 60, rel=0.01) for s in (("OPEN", "CONFIRMED"), ("OPEN",))),
            *(has(_sonar_effort(s), rel=0.005) for s in (("OPEN", "CONFIRMED"), ("OPEN",))),
        ),
        ("effort", "status", "resolution"),
    ),
    Q(
        "of the resolved issues, what fraction were false positives",
        either(
            _share(lambda df: float((df["resolution"] == "FALSE-POSITIVE").sum() / df["resolution"].notna().sum())),
            _share(lambda df: float((df.loc[df["status"] == "RESOLVED", "resolution"] == "FALSE-POSITIVE").mean())),
        ),
        ("resolution", "status"),
    ),
    Q(
        "which month had the most new issues",
        _month_year(lambda df: _top_month(pd.to_datetime(df["creationDate"].str[:19]))),
        ("creationDate",),
    ),
    Q(
        "top 3 rules that get broken the most",
        _all_named(lambda df: [str(r) for r in df["rule"].value_counts().index[:3]]),
        ("rule",),
    ),
]


# --- 3. bunq statement export -------------------------------------------------------------------------------------

# Name: weight per month (expected count), amount range (negative: money out), counterparty IBAN ("" for card),
# descriptions
_BUNQ_PAYEES: dict[str, tuple[float, tuple[float, float], str, list[str]]] = {
    "Albert Heijn": (9.0, (-85.0, -4.0), "", ["AH to go Amsterdam Centraal", "Albert Heijn 1234 AMSTERDAM NLD"]),
    "Jumbo": (4.0, (-70.0, -5.0), "", ["Jumbo Amsterdam Oost AMSTERDAM NLD"]),
    "Lidl": (3.0, (-55.0, -6.0), "", ["Lidl 9912 AMSTERDAM NLD"]),
    "Thuisbezorgd.nl": (3.0, (-42.0, -14.0), "NL08DEUT0319809874", ["Thuisbezorgd.nl order"]),
    "NS Groep": (5.0, (-32.0, -3.2), "", ["NS Reizigers OV-chipkaart"]),
    "Spotify AB": (1.0, (-11.99, -11.99), "NL26ABNA0247510932", ["Spotify Premium"]),
    "Ziggo Services B.V.": (1.0, (-62.5, -62.5), "NL91INGB0000123456", ["Ziggo internet + tv"]),
    "Vattenfall Klantenservice N.V.": (1.0, (-135.0, -135.0), "NL46INGB0000987654", ["Termijnbedrag energie"]),
    "Woonstichting De Key": (1.0, (-1250.0, -1250.0), "NL36RABO0301234567", ["Huur"]),
    "Coolblue B.V.": (0.3, (-649.0, -39.0), "NL72INGB0006672209", ["Coolblue bestelling"]),
    "Bol.com": (1.2, (-120.0, -9.0), "NL14ABNA0421212121", ["bol.com betaling"]),
    "Cafe de Jaren": (2.5, (-38.0, -6.5), "", ["Cafe de Jaren AMSTERDAM NLD"]),
    "Acme B.V.": (1.0, (3450.0, 3450.0), "NL02ABNA0123456789", ["Salaris"]),
    "Tikkie": (1.5, (8.0, 45.0), "NL81ABNA0548332210", ["Tikkie terugbetaling etentje", "Tikkie: bioscoop"]),
    "Belastingdienst": (0.1, (180.0, 1400.0), "NL86INGB0002445588", ["Teruggaaf inkomstenbelasting"]),
}


_BUNQ_BIG = pd.Timestamp("2023-11-01")


def _bunq_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21503)
    rows = []
    for month in pd.date_range("2023-07-01", "2024-06-01", freq="MS"):
        days = pd.date_range(month, month + pd.offsets.MonthEnd(0), freq="D")
        for name, (rate, (lo, hi), iban, descs) in _BUNQ_PAYEES.items():
            n = int(rng.poisson(rate)) if rate not in (1.0,) else 1
            if (name, month) in (("Belastingdienst", pd.Timestamp("2024-05-01")), ("Coolblue B.V.", _BUNQ_BIG)):
                n = 1
            for _ in range(n):
                if rate == 1.0:
                    day = days[min(int(_one(rng, [0, 1, 2, 24, 25])), len(days) - 1)]
                else:
                    day = days[int(rng.integers(len(days)))]
                amount = round(float(rng.uniform(lo, hi)), 2)
                if name == "Coolblue B.V." and month == _BUNQ_BIG:
                    amount = -1499.0  # the new laptop
                interest = day + pd.offsets.BDay(0) if iban else day + pd.offsets.BDay(1)
                rows.append((day, interest, amount, iban, name, _one(rng, descs)))
    df = pd.DataFrame(rows, columns=["_d", "_i", "_a", "Counterparty", "Name", "Description"])
    df = df.sort_values("_d", kind="stable").reset_index(drop=True)
    return pd.DataFrame(
        {
            "Date": df["_d"].dt.strftime("%Y-%m-%d"),
            "Interest Date": df["_i"].dt.strftime("%Y-%m-%d"),
            "Amount": [f"{a:.2f}".replace(".", ",") for a in df["_a"]],
            "Account": "NL55BUNQ2061234567",
            "Counterparty": df["Counterparty"].replace("", np.nan),
            "Name": df["Name"],
            "Description": df["Description"],
        }
    )


def _euros(s: pd.Series) -> pd.Series:
    """Amounts written with a decimal comma ("-12,50"), as numbers."""
    return pd.to_numeric(s.astype(str).str.replace(".", "", regex=False).str.replace(",", "."), errors="coerce")


def _signed(value: Callable[[pd.DataFrame], float]) -> Check:
    """Money out, written with or without its minus sign."""
    return either(has(value, rel=0.002), has(lambda df: abs(value(df)), rel=0.002))


_BUNQ_QS = [
    Q(
        "how much did i spend in total",
        _signed(lambda df: _euros(df["Amount"]).clip(upper=0).sum()),
        ("Amount",),
    ),
    Q(
        "what was my biggest single expense?",
        _signed(lambda df: _euros(df["Amount"]).min()),
        ("Amount", "Name", "Date", "Description"),
    ),
    Q(
        "how much went to albert heijn",
        _signed(lambda df: _euros(df.loc[df["Name"] == "Albert Heijn", "Amount"]).sum()),
        ("Name", "Amount"),
    ),
    Q(
        "which month did i spend the most in",
        _month_year(lambda df: _top_month(pd.to_datetime(df["Date"]), (-_euros(df["Amount"])).clip(lower=0))),
        ("Date", "Amount"),
    ),
    Q(
        "and how much came in overall?",
        has(lambda df: _euros(df["Amount"]).clip(lower=0).sum(), rel=0.002),
        ("Amount",),
    ),
    Q(
        "how many transactions don't have a counterparty iban",
        _count(lambda df: int(df["Counterparty"].isna().sum())),
        ("Counterparty",),
    ),
]


# --- 4. Pinboard bookmarks export ---------------------------------------------------------------------------------

_PIN_SITES = {
    "https://github.com/{a}/{b}": (20, "{A}/{B}: {x}"),
    "https://en.wikipedia.org/wiki/{A}_{B}": (10, "{A} {B} - Wikipedia"),
    "https://news.ycombinator.com/item?id={n}": (9, "Ask HN: {x}"),
    "https://www.nytimes.com/{y}/{m}/{d}/{a}-{b}.html": (8, "The {A} of {B} - The New York Times"),
    "https://medium.com/@{a}/{a}-{b}-{n}": (9, "{x} | by {A} | Medium"),
    "https://stackoverflow.com/questions/{n}/{a}-{b}": (12, "{x} - Stack Overflow"),
    "https://www.youtube.com/watch?v={v}": (7, "{A} {B} talk - YouTube"),
    "https://arxiv.org/abs/{y2}{m}.{n5}": (6, "[{y2}{m}.{n5}] {x}"),
    "https://jvns.ca/blog/{y}/{m}/{d}/{a}-{b}/": (4, "{x}"),
    "https://danluu.com/{a}-{b}/": (3, "{x}"),
}
_PIN_WORDS = [
    "rust",
    "parser",
    "cache",
    "postgres",
    "design",
    "typing",
    "graph",
    "latency",
    "kernel",
    "regex",
    "compiler",
    "async",
    "vim",
    "sqlite",
    "tufte",
    "layout",
    "memory",
    "queue",
    "bread",
    "coffee",
]
_PIN_PHRASES = [
    "How to think about caching",
    "Notes on distributed systems",
    "A gentle intro to type theory",
    "What every programmer should know about memory",
    "Why is my query slow",
    "Sourdough for beginners",
    "The hidden cost of abstractions",
    "Debugging with strace",
    "Designing data-intensive things",
    "Small tools that do one thing",
]
# tag: weight
_PIN_TAGS = {
    "programming": 30,
    "python": 22,
    "toread": 8,
    "javascript": 12,
    "design": 14,
    "rust": 9,
    "history": 6,
    "cooking": 5,
    "ml": 11,
    "postgres": 7,
    "productivity": 9,
    "security": 8,
    "vim": 4,
    "video": 6,
    "distributed": 7,
    "writing": 5,
}
# year: relative number of bookmarks
_PIN_YEARS = {
    2011: 4,
    2012: 9,
    2013: 12,
    2014: 14,
    2015: 11,
    2016: 10,
    2017: 9,
    2018: 7,
    2019: 8,
    2020: 15,
    2021: 8,
    2022: 6,
    2023: 5,
    2024: 3,
}


def _pinboard_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21504)
    sites = list(_PIN_SITES)
    tags = list(_PIN_TAGS)
    years = list(_PIN_YEARS)
    rows = []
    seen = set()
    while len(rows) < 1600:
        pattern = _one(rng, sites, [_PIN_SITES[s][0] for s in sites])
        a, b = _one(rng, _PIN_WORDS), _one(rng, _PIN_WORDS)
        year = int(_one(rng, years, [_PIN_YEARS[y] for y in years]))
        when = pd.Timestamp(f"{year}-01-01") + pd.Timedelta(seconds=int(rng.integers(0, 365 * 86400)))
        fill = {
            "a": a,
            "b": b,
            "A": a.capitalize(),
            "B": b.capitalize(),
            "x": _one(rng, _PIN_PHRASES),
            "n": int(rng.integers(1_000_000, 40_000_000)),
            "n5": f"{int(rng.integers(0, 99999)):05d}",
            "y": year,
            "y2": f"{year % 100:02d}",
            "m": f"{when.month:02d}",
            "d": f"{when.day:02d}",
            "v": "".join(rng.choice(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"), 11)),
        }
        href = pattern.format(**fill)
        if href in seen:
            continue
        seen.add(href)
        k = int(_one(rng, [0, 1, 2, 3, 4], [12, 30, 30, 18, 10]))
        picked = list(dict.fromkeys(_one(rng, tags, [_PIN_TAGS[t] for t in tags]) for _ in range(k)))
        if "youtube" in href and "video" not in picked and rng.random() < 0.7:
            picked.append("video")
        toread = "yes" if (rng.random() < 0.18 + 0.02 * (year - 2011)) else "no"
        rows.append(
            {
                "href": href,
                "description": _PIN_SITES[pattern][1].format(**fill),
                "extended": _one(
                    rng,
                    [
                        "",
                        "",
                        "",
                        "great thread in the comments",
                        "read later",
                        "via @b0rk",
                        "\u201cthe best explanation of this I've seen\u201d",
                    ],
                ),
                "time": f"{when:%Y-%m-%dT%H:%M:%SZ}",
                "shared": "no" if rng.random() < 0.27 else "yes",
                "toread": toread,
                "tags": " ".join(picked),
            }
        )
    df = pd.DataFrame(rows).sort_values("time", ascending=False, kind="stable").reset_index(drop=True)
    for col in ("extended", "tags"):
        df[col] = df[col].replace("", np.nan)
    return df


def _pin_tag_counts(df: pd.DataFrame) -> pd.Series:
    return df["tags"].dropna().str.split().explode().value_counts()


_PINBOARD_QS = [
    Q(
        "how many bookmarks are still marked to read?",
        _count(lambda df: int((df["toread"] == "yes").sum())),
        ("toread",),
    ),
    Q(
        "what tag do i use the most",
        _named(lambda df: _top(_pin_tag_counts(df))),
        ("tags",),
    ),
    Q(
        "which year did i save the most links",
        _year(lambda df: int(pd.to_datetime(df["time"]).dt.year.value_counts().sort_index().idxmax())),
        ("time",),
    ),
    Q(
        "what percentage of them are private",
        _share(lambda df: float((df["shared"] == "no").mean())),
        ("shared",),
    ),
    Q(
        "how many have no tags at all",
        _count(lambda df: int(df["tags"].isna().sum())),
        ("tags",),
    ),
    Q(
        "how many of my bookmarks are github links?",
        _count(lambda df: int(df["href"].str.contains("github.com", regex=False).sum())),
        ("href",),
    ),
]


# --- 5. Weather Underground PWS daily history ---------------------------------------------------------------------

_WU_COLS = {
    "Temperature High (°F)": "°F",
    "Temperature Avg (°F)": "°F",
    "Temperature Low (°F)": "°F",
    "Dew Point High (°F)": "°F",
    "Dew Point Avg (°F)": "°F",
    "Dew Point Low (°F)": "°F",
    "Humidity High (%)": "%",
    "Humidity Avg (%)": "%",
    "Humidity Low (%)": "%",
    "Wind Speed High (mph)": "mph",
    "Wind Speed Avg (mph)": "mph",
    "Wind Speed Low (mph)": "mph",
    "Wind Gust High (mph)": "mph",
    "Pressure Max (in)": "in",
    "Pressure Min (in)": "in",
    "Precip. Accum. (in)": "in",
}


def _wu_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21505)
    days = pd.date_range("2023-06-01", "2024-06-30", freq="D")
    offline = set(rng.choice(len(days), 4, replace=False).tolist())
    rows = []
    for i, day in enumerate(days):
        season = np.cos((day.dayofyear - 200) / 365.25 * 2 * np.pi)
        avg = 58 + 17 * season + float(rng.normal(0, 4.5))
        spread = float(rng.uniform(9, 22))
        wet = rng.random() < (0.22 + 0.12 * (1 - season) / 2)
        precip = round(float(rng.gamma(1.1, 0.28)), 2) if wet else 0.0
        if wet:
            spread *= 0.6
        hi, lo = avg + spread * 0.55, avg - spread * 0.45
        hum = float(np.clip(62 + (18 if wet else 0) - 8 * season + rng.normal(0, 8), 25, 97))
        dew = avg - (100 - hum) / 5 - float(rng.uniform(0, 2))
        wind = max(0.4, float(rng.gamma(2.2, 2.3)) + (3 if wet else 0) + 2.5 * (1 - season) / 2)
        if day.month == 3:
            wind += 2.5
        press = 30.02 - (0.18 if wet else 0) + float(rng.normal(0, 0.1))
        vals = {
            "Temperature High (°F)": f"{hi:.1f}",
            "Temperature Avg (°F)": f"{avg:.1f}",
            "Temperature Low (°F)": f"{lo:.1f}",
            "Dew Point High (°F)": f"{dew + rng.uniform(2, 6):.1f}",
            "Dew Point Avg (°F)": f"{dew:.1f}",
            "Dew Point Low (°F)": f"{dew - rng.uniform(2, 7):.1f}",
            "Humidity High (%)": f"{min(99, hum + rng.uniform(8, 20)):.0f}",
            "Humidity Avg (%)": f"{hum:.0f}",
            "Humidity Low (%)": f"{max(10, hum - rng.uniform(10, 30)):.0f}",
            "Wind Speed High (mph)": f"{wind * rng.uniform(1.8, 2.8):.1f}",
            "Wind Speed Avg (mph)": f"{wind:.1f}",
            "Wind Speed Low (mph)": "0.0",
            "Wind Gust High (mph)": f"{wind * rng.uniform(2.6, 4.2):.1f}",
            "Pressure Max (in)": f"{press + rng.uniform(0.03, 0.15):.2f}",
            "Pressure Min (in)": f"{press - rng.uniform(0.03, 0.15):.2f}",
            "Precip. Accum. (in)": f"{precip:.2f}",
        }
        row = {"Date": f"{day.month}/{day.day}/{day.year}"}
        for col, unit in _WU_COLS.items():
            row[col] = "--" if i in offline else f"{vals[col]} {unit}"
        rows.append(row)
    return pd.DataFrame(rows)


def _wu(df: pd.DataFrame, col: str) -> pd.Series:
    """A reading as a number ("78.2 °F" -> 78.2, "--" -> NaN)."""
    return pd.to_numeric(df[col].astype(str).str.extract(r"(-?\d+(?:\.\d+)?)")[0], errors="coerce")


def _wu_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%m/%d/%Y")


def _wu_windy(how: str, col: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def pick(df: pd.DataFrame) -> pd.Timestamp:
        month = _wu_dates(df).dt.to_period("M")
        return _wu(df, col).groupby(month).agg(how).idxmax().to_timestamp()

    return pick


_WU_QS = [
    Q(
        "what was the hottest day",
        _day(lambda df: _wu_dates(df)[_wu(df, "Temperature High (°F)").idxmax()]),
        ("Date", "Temperature High (°F)"),
    ),
    Q(
        "how much rain fell in total over the whole period?",
        has(lambda df: _wu(df, "Precip. Accum. (in)").sum(), rel=0.003),
        ("Precip. Accum. (in)",),
    ),
    Q(
        "how many days did it rain",
        _count(lambda df: int((_wu(df, "Precip. Accum. (in)") > 0).sum())),
        ("Precip. Accum. (in)",),
    ),
    Q(
        "what was the average temp in january 2024",
        has(
            lambda df: _wu(df, "Temperature Avg (°F)")[_wu_dates(df).dt.to_period("M") == "2024-01"].mean(),
            rel=0.003,
        ),
        ("Date", "Temperature Avg (°F)"),
    ),
    Q(
        "which month was the windiest?",
        either(
            _month_year(_wu_windy("mean", "Wind Speed Avg (mph)")),
            _month_year(_wu_windy("max", "Wind Gust High (mph)")),
            _month_year(_wu_windy("mean", "Wind Gust High (mph)")),
            _month_year(_wu_windy("mean", "Wind Speed High (mph)")),
        ),
        ("Date", "Wind Speed Avg (mph)", "Wind Speed High (mph)", "Wind Gust High (mph)"),
    ),
    Q(
        "how closely does the dew point track the temperature",
        _corr(lambda df: _wu(df, "Dew Point Avg (°F)"), lambda df: _wu(df, "Temperature Avg (°F)")),
        ("Dew Point Avg (°F)", "Temperature Avg (°F)"),
    ),
]


# --- 6. MBTA monthly ridership by mode ----------------------------------------------------------------------------

# route_or_line: mode, typical monthly ridership in 2019
_MBTA_ROUTES: dict[str, tuple[str, float]] = {
    "Red Line": ("Heavy Rail", 7_300_000),
    "Orange Line": ("Heavy Rail", 5_600_000),
    "Blue Line": ("Heavy Rail", 1_900_000),
    "Green Line": ("Light Rail", 4_900_000),
    "Mattapan Trolley": ("Light Rail", 150_000),
    "SL1": ("Silver Line", 260_000),
    "SL2": ("Silver Line", 110_000),
    "SL4": ("Silver Line", 140_000),
    "SL5": ("Silver Line", 380_000),
    "Framingham/Worcester Line": ("Commuter Rail", 650_000),
    "Providence/Stoughton Line": ("Commuter Rail", 780_000),
    "Newburyport/Rockport Line": ("Commuter Rail", 520_000),
    "Fitchburg Line": ("Commuter Rail", 330_000),
    "Lowell Line": ("Commuter Rail", 390_000),
    "F1 Hingham/Hull": ("Ferry", 95_000),
    "F4 Charlestown": ("Ferry", 38_000),
    "The RIDE": ("The RIDE", 160_000),
}
for _n, _r in [
    ("1", 390_000),
    ("7", 120_000),
    ("15", 330_000),
    ("22", 340_000),
    ("23", 440_000),
    ("28", 500_000),
    ("32", 350_000),
    ("39", 380_000),
    ("57", 290_000),
    ("66", 360_000),
    ("71", 210_000),
    ("73", 170_000),
    ("77", 280_000),
    ("111", 320_000),
    ("116", 250_000),
]:
    _MBTA_ROUTES[f"Route {_n}"] = ("Bus", _r)
_MBTA_MODE_ORDER = ["Heavy Rail", "Light Rail", "Bus", "Silver Line", "Commuter Rail", "Ferry", "The RIDE"]


def _mbta_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21506)
    months = pd.date_range("2019-01-01", "2024-06-01", freq="MS")
    covid = {2020: [1.0, 1.0, 0.55, 0.08, 0.12, 0.2, 0.3, 0.33, 0.36, 0.38, 0.36, 0.33]}
    recov = {2021: 0.45, 2022: 0.6, 2023: 0.68, 2024: 0.72}
    rows = []
    sort = {r: i + 1 for i, r in enumerate(_MBTA_ROUTES)}
    for month in months:
        season = 1 + 0.08 * np.cos((month.month - 10) / 12 * 2 * np.pi)
        weekdays = len(pd.bdate_range(month, month + pd.offsets.MonthEnd(0)))
        for route, (mode, base) in _MBTA_ROUTES.items():
            level = covid[2020][month.month - 1] if month.year == 2020 else recov.get(month.year, 1.0)
            if mode == "Bus":
                level = min(1.0, level * 1.25)
            if mode == "Commuter Rail" and month.year >= 2021:
                level *= 0.85
            if mode == "Ferry":
                level *= 1.7 if month.month in (6, 7, 8) else (0.6 if month.month in (12, 1, 2) else 1.0)
            if route == "Orange Line" and month == pd.Timestamp("2022-09-01"):
                level *= 0.45
            total = base * season * level * float(rng.lognormal(0, 0.04))
            weekday = total / (weekdays + 5.5)
            blank = route == "Mattapan Trolley" and (month.year, month.month) in ((2021, 7), (2021, 8), (2022, 7))
            rows.append(
                {
                    "service_date": f"{month:%Y/%m/%d} 00:00:00+00",
                    "mode": mode,
                    "route_or_line": route,
                    "total_monthly_ridership": np.nan if blank else round(total),
                    "average_monthly_weekday_ridership": np.nan if blank else round(weekday),
                    "countby": "Validations" if mode in ("Heavy Rail", "Light Rail") else "Unlinked trips",
                    "ms_route_or_line_sort": sort[route],
                }
            )
    df = pd.DataFrame(rows)
    order = df["mode"].map({m: i for i, m in enumerate(_MBTA_MODE_ORDER)})
    df = df.assign(_o=order).sort_values(["service_date", "_o", "ms_route_or_line_sort"], kind="stable")
    return df.drop(columns="_o").reset_index(drop=True)


def _mbta_year(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["service_date"].str[:10], format="%Y/%m/%d").dt.year


def _mbta_share(modes: tuple[str, ...]) -> Callable[[pd.DataFrame], float]:
    def value(df: pd.DataFrame) -> float:
        d = df[_mbta_year(df) == 2023]
        return float(d.loc[d["mode"].isin(modes), "total_monthly_ridership"].sum() / d["total_monthly_ridership"].sum())

    return value


_MBTA_QS = [
    Q(
        "which line had the most riders in 2023",
        _named(lambda df: _top(df[_mbta_year(df) == 2023].groupby("route_or_line")["total_monthly_ridership"].sum())),
        ("route_or_line", "total_monthly_ridership", "service_date"),
    ),
    Q(
        "how did total ridership in 2023 compare to 2019",
        _scaled(
            lambda df: [df.loc[_mbta_year(df) == y, "total_monthly_ridership"].sum() for y in (2019, 2023)],
            _BIG,
            rel=0.003,
        ),
        ("total_monthly_ridership", "service_date"),
    ),
    Q(
        "what month had the fewest riders overall?",
        _month_year(
            lambda df: _top_month(
                pd.to_datetime(df["service_date"].str[:10], format="%Y/%m/%d"),
                df["total_monthly_ridership"],
                low=True,
            )
        ),
        ("service_date", "total_monthly_ridership"),
    ),
    Q(
        "average weekday riders on the red line so far in 2024?",
        _scaled(
            lambda df: df.loc[
                (df["route_or_line"] == "Red Line") & (_mbta_year(df) == 2024), "average_monthly_weekday_ridership"
            ].mean(),
            _BIG,
            rel=0.003,
        ),
        ("route_or_line", "average_monthly_weekday_ridership", "service_date"),
    ),
    Q(
        "what share of 2023 trips were on buses",
        either(_share(_mbta_share(("Bus",))), _share(_mbta_share(("Bus", "Silver Line")))),
        ("mode", "total_monthly_ridership", "service_date"),
    ),
    Q(
        "and which bus route was the busiest that year?",
        _named(
            lambda df: _top(
                df[(_mbta_year(df) == 2023) & (df["mode"] == "Bus")]
                .groupby("route_or_line")["total_monthly_ridership"]
                .sum()
            )
        ),
        ("mode", "route_or_line", "total_monthly_ridership", "service_date"),
    ),
]


# --- 7. Metropolitan Museum of Art Open Access (sample) -----------------------------------------------------------

# Department: weight, object names, classification, culture choices, country, artists (name, nationality, begin,
# end, weight), date range, public domain rate, credit lines
_MET_DEPTS: dict[str, dict[str, Any]] = {
    "European Paintings": {
        "w": 14,
        "names": ["Painting"],
        "cls": "Paintings",
        "culture": [""],
        "country": "",
        "artists": [
            ("Rembrandt (Rembrandt van Rijn)", "Dutch", 1606, 1669, 4),
            ("Claude Monet", "French", 1840, 1926, 6),
            ("Edgar Degas", "French", 1834, 1917, 5),
            ("Paul Cézanne", "French", 1839, 1906, 4),
            ("El Greco (Domenikos Theotokopoulos)", "Greek", 1540, 1614, 2),
            ("Johannes Vermeer", "Dutch", 1632, 1675, 1),
        ],
        "years": (1500, 1910),
        "pd": 0.97,
        "medium": ["Oil on canvas", "Oil on wood", "Tempera on wood, gold ground"],
    },
    "Photographs": {
        "w": 22,
        "names": ["Photograph"],
        "cls": "Photographs",
        "culture": [""],
        "country": "",
        "artists": [
            ("Walker Evans", "American", 1903, 1975, 14),
            ("Alfred Stieglitz", "American", 1864, 1946, 5),
            ("Edward Steichen", "American, born Luxembourg", 1879, 1973, 4),
            ("Diane Arbus", "American", 1923, 1971, 3),
            ("Unknown", "", None, None, 4),
        ],
        "years": (1850, 1975),
        "pd": 0.3,
        "medium": ["Gelatin silver print", "Albumen silver print from glass negative", "Platinum print"],
    },
    "Egyptian Art": {
        "w": 20,
        "names": ["Scarab", "Amulet", "Vessel", "Statuette", "Relief"],
        "cls": "",
        "culture": [""],
        "country": "Egypt",
        "artists": [],
        "years": (-3000, -30),
        "pd": 1.0,
        "medium": ["Faience", "Limestone, paint", "Steatite, glazed", "Bronze"],
    },
    "Asian Art": {
        "w": 18,
        "names": ["Print", "Bowl", "Hanging scroll", "Ritual wine vessel", "Vase"],
        "cls": "Prints",
        "culture": ["Japan", "China", "China", "Korea"],
        "country": "",
        "artists": [
            ("Katsushika Hokusai", "Japanese", 1760, 1849, 6),
            ("Utagawa Hiroshige", "Japanese", 1797, 1858, 7),
        ],
        "years": (-1300, 1900),
        "pd": 0.9,
        "medium": [
            "Polychrome woodblock print; ink and color on paper",
            "Porcelain painted in underglaze blue",
            "Bronze",
            "Hanging scroll; ink on silk",
        ],
    },
    "Arms and Armor": {
        "w": 12,
        "names": ["Helmet", "Sword", "Armor", "Shaffron", "Dagger"],
        "cls": "Helmets",
        "culture": ["German", "Italian, Milan", "Japanese", "French"],
        "country": "",
        "artists": [],
        "years": (1400, 1800),
        "pd": 0.98,
        "medium": ["Steel", "Steel, gold, leather", "Steel, wood, brass"],
    },
    "The American Wing": {
        "w": 14,
        "names": ["Painting", "Side chair", "Vase", "Coin", "Window"],
        "cls": "Paintings",
        "culture": ["American"],
        "country": "",
        "artists": [
            ("John Singer Sargent", "American", 1856, 1925, 5),
            ("Winslow Homer", "American", 1836, 1910, 4),
            ("Tiffany Studios", "American", 1902, 1932, 5),
            ("Louis Comfort Tiffany", "American", 1848, 1933, 2),
        ],
        "years": (1680, 1930),
        "pd": 0.92,
        "medium": ["Oil on canvas", "Mahogany, maple", "Favrile glass", "Leaded glass"],
    },
}
# AccessionYear: weight
_MET_YEARS = {1917: 4, 1926: 3, 1929: 6, 1949: 3, 1975: 4, 1987: 4, 2005: 9}
_MET_DONORS = [
    "Rogers Fund",
    "Gift of J. Pierpont Morgan",
    "Bequest of Mrs. H. O. Havemeyer",
    "Purchase",
    "Gilman Collection, Purchase, Ann Tenenbaum and Thomas H. Lee Gift",
    "Fletcher Fund",
]
_MET_TAGS = ["Women", "Men", "Portraits", "Landscapes", "Animals", "Flowers", "Horses", "Boats", "Gods", ""]


def _met_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21507)
    depts = list(_MET_DEPTS)
    years = list(_MET_YEARS)
    rows = []
    ids = rng.choice(np.arange(1, 900_000), 1800, replace=False)
    for oid in ids:
        dept = _one(rng, depts, [_MET_DEPTS[d]["w"] for d in depts])
        spec = _MET_DEPTS[dept]
        artists = spec["artists"]
        artist = None
        if artists and rng.random() < (0.95 if dept in ("European Paintings", "Photographs") else 0.5):
            artist = artists[int(_one(rng, list(range(len(artists))), [a[4] for a in artists]))]
        lo, hi = spec["years"]
        if artist and artist[2]:
            begin = int(rng.integers(artist[2] + 18, (artist[3] or artist[2] + 60) + 1))
        else:
            begin = int(rng.integers(lo, hi))
            if begin in (-1000, -999):
                begin -= 3
        end = begin + int(_one(rng, [0, 0, 5, 10, 50, 100], [40, 10, 15, 15, 10, 10]))
        if begin < 0:
            when = f"ca. {-begin}–{-end} B.C." if end != begin else f"ca. {-begin} B.C."
        else:
            when = str(begin) if end == begin else _one(rng, [f"ca. {begin}", f"{begin}–{end}", f"{begin // 10 * 10}s"])
        if dept == "Photographs" and rng.random() < 0.5:
            acc = 2005
        else:
            acc = (
                int(_one(rng, years, [_MET_YEARS[y] for y in years]))
                if rng.random() < 0.5
                else int(rng.integers(1880, 2022))
            )
        acc = max(acc, begin + 1) if begin > 0 else acc
        if acc > 2023:
            acc = 2023
        credit = f"{_one(rng, _MET_DONORS)}, {acc}"
        culture = _one(rng, spec["culture"])
        period = ""
        if dept == "Egyptian Art":
            period = "New Kingdom" if begin > -1550 else ("Middle Kingdom" if begin > -2050 else "Old Kingdom")
            if begin > -1070:
                period = "Late Period" if begin > -664 else "Third Intermediate Period"
        if culture == "China":
            period = "Qing dynasty (1644–1911)" if begin > 1644 else ("Shang dynasty" if begin < -1046 else "")
        name = _one(rng, spec["names"])
        public = rng.random() < spec["pd"] and (begin < 1900 or rng.random() < 0.3)
        number = f"{acc % 100 if acc < 1970 else acc}.{int(rng.integers(1, 300))}.{int(rng.integers(1, 80))}"
        tag_a, tag_b = _one(rng, _MET_TAGS), _one(rng, _MET_TAGS)
        tags = "|".join(t for t in dict.fromkeys([tag_a, tag_b]) if t)
        rows.append(
            {
                "Object Number": number,
                "Is Highlight": bool(rng.random() < 0.04),
                "Is Public Domain": bool(public),
                "Object ID": int(oid),
                "Department": dept,
                "AccessionYear": np.nan if rng.random() < 0.03 else acc,
                "Object Name": name,
                "Title": f"{name} of {_one(rng, ['a Woman', 'the Artist', 'Mount Fuji', 'a Horse', 'Amun', 'Boats'])}",
                "Culture": culture,
                "Period": period,
                "Artist Display Name": artist[0] if artist else "",
                "Artist Nationality": artist[1] if artist else "",
                "Artist Begin Date": str(artist[2]) if artist and artist[2] else "",
                "Artist End Date": str(artist[3]) if artist and artist[3] else "",
                "Object Date": when,
                "Object Begin Date": begin,
                "Object End Date": end,
                "Medium": _one(rng, spec["medium"]),
                "Dimensions": f"H. {rng.uniform(2, 120):.1f} cm ({rng.uniform(1, 47):.1f} in.)",
                "Credit Line": credit,
                "Country": spec["country"],
                "Classification": spec["cls"] if name not in ("Bowl", "Vase", "Vessel") else "Ceramics",
                "Tags": tags,
            }
        )
    df = pd.DataFrame(rows)
    for col in (
        "Culture",
        "Period",
        "Artist Display Name",
        "Artist Nationality",
        "Artist Begin Date",
        "Artist End Date",
        "Country",
        "Classification",
        "Tags",
    ):
        df[col] = df[col].replace("", np.nan)
    return df


_MET_QS = [
    Q(
        "how many objects are there from each department",
        _count(lambda df: df["Department"].value_counts().to_numpy()),
        ("Department",),
    ),
    Q(
        "what share of everything is public domain?",
        _share(lambda df: float(df["Is Public Domain"].astype(str).eq("True").mean())),
        ("Is Public Domain",),
    ),
    Q(
        "and just for photographs?",
        _share(
            lambda df: float(
                df.loc[df["Department"] == "Photographs", "Is Public Domain"].astype(str).eq("True").mean()
            )
        ),
        ("Is Public Domain", "Department", "Classification"),
    ),
    Q(
        "which artist has the most pieces in here",
        _named(lambda df: _top(df["Artist Display Name"].value_counts())),
        ("Artist Display Name",),
    ),
    Q(
        "how many things were made before 1000 bc",
        either(
            _count(lambda df: int((df["Object Begin Date"] < -1000).sum())),
            _count(lambda df: int((df["Object End Date"] < -1000).sum())),
        ),
        ("Object Begin Date", "Object End Date", "Object Date"),
    ),
    Q(
        "what year did the museum acquire the most objects",
        _year(lambda df: int(df["AccessionYear"].value_counts().sort_index().idxmax())),
        ("AccessionYear", "Credit Line"),
    ),
]


HELDOUT215 = [
    Dataset("tessie_charges", _tessie_frame, _TESSIE_QS),
    Dataset("sonarqube_issues", _sonar_frame, _SONAR_QS),
    Dataset("bunq_statement", _bunq_frame, _BUNQ_QS),
    Dataset("pinboard_bookmarks", _pinboard_frame, _PINBOARD_QS),
    Dataset("wunderground_pws_daily", _wu_frame, _WU_QS),
    Dataset("mbta_monthly_ridership", _mbta_frame, _MBTA_QS),
    Dataset("met_museum_open_access_sample", _met_frame, _MET_QS),
]
