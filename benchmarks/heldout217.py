"""HELDOUT217: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports: a GitHub billing usage report (the CSV emailed
from Settings > Billing, January-June 2024, owner "acme-corp") with Date as "2024-03-05", Product (Actions, Packages,
Shared Storage, Copilot), SKU ("Compute - UBUNTU", "Compute - MACOS", "Compute - WINDOWS", "Storage", "Data
Transfer", "Copilot Business"), Quantity, Unit Type (minute, gigabyte, gigabyte-hour, user-month), "Price Per Unit
($)" (0.008 for every runner minute, with the Multiplier 1.0 / 2.0 / 10.0 for Linux / Windows / macOS, so a row
costs Quantity x price x multiplier), Owner, "Repository Slug" as "acme-corp/web" (blank on Copilot rows and some
storage rows), Username (blank on storage rows), "Actions Workflow" as ".github/workflows/ci.yml" (blank off
Actions) and Notes mostly blank; a Trivy image scan flattened to CSV (one row per finding, the same CVE repeated
across images and across packages built from one source such as libc6 / libc-bin) with Target
"python:3.11-slim (debian 12.5)", "node:20-bookworm-slim (debian 12.5)", "Python" or "app/package-lock.json", Class
os-pkgs / lang-pkgs, Type debian / pip / npm, VulnerabilityID ("CVE-2023-4911", a few "GHSA-..."), PkgName,
InstalledVersion ("2.36-9+deb12u4"), FixedVersion (blank when there is no fix), Severity in upper case, Title as
"glibc: buffer overflow in ...", "CVSS V3 Score" (blank for UNKNOWN and a few others) and PublishedDate as
"2023-10-03T18:15:10.283Z" (a few blank); a Zipcar trip history export (2023-2024, one member) with "Reservation #"
(a few reservations listed twice when extended), Start and End as "01/07/2023 09:00 AM", Vehicle as "Honda Civic
'Nyala'", "Home Location" (Boston garages), "Duration (hours)" in half hours, "Miles Driven", and "Time Cost",
"Mileage Cost", Fees (mostly "$0.00"), Taxes and Total written with a dollar sign, Plan Monthly then Annual; a Tibber
hourly consumption export for a Norwegian home (January-April 2024) with from / to as
"2024-01-01T00:00:00.000+01:00" (+02:00 after the DST change), consumption in kWh (blank for a few hours where the
meter sent nothing, and then cost blank too), cost, unitPrice and unitPriceVAT (the VAT part of the price) in NOK
per kWh, currency "NOK"; a Nightscout CGM entries export (ten days of five-minute readings, newest first) with
dateString "2024-03-05T14:32:11.000Z", date in epoch milliseconds, sgv in mg/dL (39 for the sensor's LOW, blank on
mbg / cal rows), direction ("Flat", "FortyFiveUp", ..., "NOT COMPUTABLE", blank on mbg / cal rows), device
"xDrip-DexcomG6" (meter rows "xDrip-Manual"), type sgv / mbg / cal, noise (1, sometimes 2-4) and delta; NRC event
notification reports compiled to a table (2019-2023, one row per event) with "Event Number", upper-case Facility,
State code, Unit as "[2] [ ] [ ]", "Reactor Type" as "[2] W-4-LP", Region 1-4, "Notification Date" and "Event Date"
as "03/14/2023" (late reports weeks after the event), "Emergency Class" (Non Emergency, Unusual Event, Alert),
"10 CFR Section" as "50.72(b)(2)(iv)(B) - RPS ACTUATION - CRITICAL", "Initial Power (%)" and "Current Power (%)"
(blank for non-power events) and a short upper-case "Event Text"; and the Department of Labor state minimum wage
history 1968-2023 (Kaggle layout, one row per state and year, 50 states, District of Columbia, Guam, Puerto Rico
and U.S. Virgin Islands) with Year, State, State.Minimum.Wage (0 where a state has no law),
State.Minimum.Wage.2020.Dollars, Federal.Minimum.Wage, Federal.Minimum.Wage.2020.Dollars, Effective.Minimum.Wage
(the larger of the two), Effective.Minimum.Wage.2020.Dollars, CPI.Average,
Department.Of.Labor.Uncleaned.Data as the DOL writes it ("7.25", "...", "$1.15 & $1.30", "1.40 - 1.60") and its
Cleaned Low / High values. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_BIG = (1e3, 1e6)


def _money(s: pd.Series) -> pd.Series:
    """Amounts written with "$" and thousands commas, as numbers."""
    return pd.to_numeric(s.astype(str).str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _split_names(text: str) -> list[str]:
    """Names listed with commas."""
    return text.split(",")


def _top(scores: pd.Series) -> str:
    """The label with the highest score (ties: first in label order)."""
    return str(scores.sort_index(kind="stable").idxmax())


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "18:00", "18h", "hour 18", "at 18", "6 PM" / "6pm"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "pm" if h >= 12 else "am"
        patterns = [
            rf"(?<![\d.:])0?{h}:00",
            rf"(?<![\d.:])0?{h}\s*h\b",
            rf"\b(?:hour|at)\s+0?{h}(?![\d.:])",
            rf"(?<![\d.:]){h12}(?::00)?\s*{half}\b",
            rf"(?<![\d.:]){h12}(?::00)?\s*{half[0]}\.m\.",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


# --- 1. GitHub billing usage report -------------------------------------------------------------------------------

_GH_REPOS = ["acme-corp/web", "acme-corp/api", "acme-corp/mobile-ios", "acme-corp/infra", "acme-corp/docs"]
_GH_USERS = ["jdoe", "msmith-acme", "kchen", "dependabot[bot]", "rpatel", "alopez", "github-actions[bot]"]
_GH_FLOWS = [".github/workflows/ci.yml", ".github/workflows/release.yml", ".github/workflows/nightly.yml"]
_GH_RUNNERS = {"Compute - UBUNTU": 1.0, "Compute - WINDOWS": 2.0, "Compute - MACOS": 10.0}


def _gh_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21701)
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    rows = []
    for _ in range(1700):
        day = days[int(rng.integers(len(days)))]
        repo = _one(rng, _GH_REPOS, [30, 25, 15, 20, 10])
        if repo == "acme-corp/mobile-ios":
            sku = _one(rng, list(_GH_RUNNERS), [30, 5, 65])
        else:
            sku = _one(rng, list(_GH_RUNNERS), [82, 15, 3])
        boost = 1.0 + 0.6 * (day.month == 4)
        rows.append(
            {
                "Date": f"{day:%Y-%m-%d}",
                "Product": "Actions",
                "SKU": sku,
                "Quantity": int(max(1, round(rng.lognormal(3.0, 0.9) * boost))),
                "Unit Type": "minute",
                "Price Per Unit ($)": 0.008,
                "Multiplier": _GH_RUNNERS[sku],
                "Owner": "acme-corp",
                "Repository Slug": repo,
                "Username": _one(rng, _GH_USERS, [20, 15, 15, 20, 10, 10, 10]),
                "Actions Workflow": _one(rng, _GH_FLOWS, [70, 10, 20]),
                "Notes": "",
            }
        )
    for day in days:
        for repo in _GH_REPOS[:3]:
            if rng.random() < 0.5:
                rows.append(
                    {
                        "Date": f"{day:%Y-%m-%d}",
                        "Product": "Shared Storage",
                        "SKU": "Storage",
                        "Quantity": round(float(rng.uniform(20, 90)), 4),
                        "Unit Type": "gigabyte-hour",
                        "Price Per Unit ($)": 0.00033602,
                        "Multiplier": 1.0,
                        "Owner": "acme-corp",
                        "Repository Slug": repo if rng.random() < 0.7 else "",
                        "Username": "",
                        "Actions Workflow": "",
                        "Notes": "",
                    }
                )
        if rng.random() < 0.3:
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Product": "Packages",
                    "SKU": "Data Transfer",
                    "Quantity": round(float(rng.uniform(0.1, 4.0)), 4),
                    "Unit Type": "gigabyte",
                    "Price Per Unit ($)": 0.5,
                    "Multiplier": 1.0,
                    "Owner": "acme-corp",
                    "Repository Slug": _one(rng, _GH_REPOS[:2]),
                    "Username": _one(rng, _GH_USERS[:3]),
                    "Actions Workflow": "",
                    "Notes": "",
                }
            )
        for user in ("jdoe", "msmith-acme", "kchen", "rpatel"):
            rows.append(
                {
                    "Date": f"{day:%Y-%m-%d}",
                    "Product": "Copilot",
                    "SKU": "Copilot Business",
                    "Quantity": round(1 / day.days_in_month, 6),
                    "Unit Type": "user-month",
                    "Price Per Unit ($)": 19.0,
                    "Multiplier": 1.0,
                    "Owner": "acme-corp",
                    "Repository Slug": "",
                    "Username": user,
                    "Actions Workflow": "",
                    "Notes": "Prorated" if day.day == 1 and rng.random() < 0.3 else "",
                }
            )
    df = pd.DataFrame(rows).sort_values("Date", kind="stable").reset_index(drop=True)
    return df.replace("", np.nan)


def _gh_cost(df: pd.DataFrame) -> pd.Series:
    return df["Quantity"] * df["Price Per Unit ($)"] * df["Multiplier"]


def _gh_minutes(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["Unit Type"] == "minute"]


def _gh_mac(df: pd.DataFrame) -> pd.Series:
    return df["SKU"] == "Compute - MACOS"


def _gh_month(cost: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], Any]:
    return lambda df: cost(df).groupby(df["Date"].str[:7]).sum().idxmax() + "-01"


_GH_SHORT = {r: (r.split("/")[1],) for r in _GH_REPOS}

_GH_QS = [
    Q(
        "how many actions minutes did we use in total?",
        _count(lambda df: _gh_minutes(df)["Quantity"].sum()),
        ("Product", "SKU", "Quantity", "Unit Type"),
    ),
    Q(
        "whats the total bill for the whole report",
        _scaled(lambda df: _gh_cost(df).sum(), _BIG, rel=0.002),
        ("Quantity", "Price Per Unit ($)", "Multiplier"),
    ),
    Q(
        "which repo burned the most minutes",
        _lead(_named(lambda df: _top(_gh_minutes(df).groupby("Repository Slug")["Quantity"].sum()), _GH_SHORT)),
        ("Repository Slug", "Quantity", "Unit Type", "Product", "SKU"),
    ),
    Q(
        "what percent of the minutes ran on mac",
        _share(lambda df: _gh_minutes(df).loc[_gh_mac(df), "Quantity"].sum() / _gh_minutes(df)["Quantity"].sum()),
        ("SKU", "Quantity", "Unit Type", "Product"),
    ),
    Q(
        "and what did those mac minutes cost us?",
        _scaled(lambda df: _gh_cost(df)[_gh_mac(df)].sum(), _BIG, rel=0.002),
        ("SKU", "Quantity", "Price Per Unit ($)", "Multiplier", "Product", "Unit Type"),
    ),
    Q(
        "which month was the most expensive",
        _month_year(_gh_month(_gh_cost)),
        ("Date", "Quantity", "Price Per Unit ($)", "Multiplier"),
    ),
]


# --- 2. Trivy image scan ------------------------------------------------------------------------------------------

# package: (source for the title, installed version, number of CVEs, share fixable)
_TRIVY_DEB = {
    "libc6": ("glibc", "2.36-9+deb12u4", 14, 0.2),
    "libc-bin": ("glibc", "2.36-9+deb12u4", 14, 0.2),
    "libssl3": ("openssl", "3.0.11-1~deb12u2", 9, 0.6),
    "openssl": ("openssl", "3.0.11-1~deb12u2", 9, 0.6),
    "zlib1g": ("zlib", "1:1.2.13.dfsg-1", 3, 0.0),
    "perl-base": ("perl", "5.36.0-7+deb12u1", 6, 0.2),
    "libsqlite3-0": ("sqlite", "3.40.1-2", 5, 0.1),
    "libcurl4": ("curl", "7.88.1-10+deb12u4", 8, 0.5),
    "curl": ("curl", "7.88.1-10+deb12u4", 8, 0.5),
    "libexpat1": ("expat", "2.5.0-1", 4, 0.5),
    "libgnutls30": ("gnutls28", "3.7.9-2", 5, 0.4),
    "login": ("shadow", "1:4.13+dfsg1-1", 3, 0.0),
    "passwd": ("shadow", "1:4.13+dfsg1-1", 3, 0.0),
    "libsystemd0": ("systemd", "252.19-1~deb12u1", 6, 0.1),
    "tar": ("tar", "1.34+dfsg-1.2", 2, 0.0),
}
_TRIVY_PIP = {"requests": "2.28.1", "urllib3": "1.26.12", "setuptools": "65.5.0", "cryptography": "39.0.1"}
_TRIVY_NPM = {"lodash": "4.17.15", "semver": "5.7.1", "axios": "0.21.1", "tough-cookie": "2.5.0", "ws": "7.4.5"}
_TRIVY_SEV = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNKNOWN"]
_TRIVY_WHAT = ["buffer overflow", "use-after-free", "denial of service", "integer overflow", "out-of-bounds read"]
_TRIVY_WHERE = ["in parser", "via crafted input", "in certificate checks", "in the resolver", "when handling headers"]


def _trivy_vuln(rng: np.random.Generator, ghsa: bool) -> dict[str, Any]:
    sev = _one(rng, _TRIVY_SEV, [8, 25, 35, 27, 5])
    lo, hi = {"CRITICAL": (9.0, 10.0), "HIGH": (7.0, 8.9), "MEDIUM": (4.0, 6.9), "LOW": (1.8, 3.9)}.get(sev, (0, 0))
    score = round(float(rng.uniform(lo, hi)), 1) if sev != "UNKNOWN" and rng.random() > 0.05 else np.nan
    year = int(_one(rng, list(range(2016, 2025)), [3, 4, 5, 6, 8, 10, 14, 22, 12]))
    if ghsa:
        vid = "GHSA-" + "-".join("".join(rng.choice(list("23456789cfghjmpqrvwx"), 4)) for _ in range(3))
    else:
        vid = f"CVE-{year}-{int(rng.integers(1000, 52000))}"
    pub = pd.Timestamp(year, 1, 1) + pd.Timedelta(seconds=int(rng.integers(0, 364 * 86400)))
    return {
        "VulnerabilityID": vid,
        "Severity": sev,
        "CVSS V3 Score": score,
        "PublishedDate": f"{pub:%Y-%m-%dT%H:%M:%S}.{int(rng.integers(0, 1000)):03d}Z" if rng.random() > 0.03 else "",
        "what": f"{_one(rng, _TRIVY_WHAT)} {_one(rng, _TRIVY_WHERE)}",
    }


def _trivy_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21702)
    sources: dict[str, list[dict[str, Any]]] = {}
    for src in sorted({v[0] for v in _TRIVY_DEB.values()}):
        n = 2 * max(v[2] for v in _TRIVY_DEB.values() if v[0] == src)
        fix = max(v[3] for v in _TRIVY_DEB.values() if v[0] == src)
        vulns = [_trivy_vuln(rng, False) for _ in range(n)]
        for v in vulns:
            v["fixed"] = rng.random() < fix
        sources[src] = vulns
    rows = []
    images = ["python:3.11-slim (debian 12.5)", "node:20-bookworm-slim (debian 12.5)"]
    for image in images:
        for pkg, (src, ver, _, _) in _TRIVY_DEB.items():
            if image.startswith("python") and pkg in ("curl", "libgnutls30"):
                continue
            for v in sources[src][:-4] if pkg == "libc-bin" else sources[src]:
                rows.append(
                    {
                        "Target": image,
                        "Class": "os-pkgs",
                        "Type": "debian",
                        "VulnerabilityID": v["VulnerabilityID"],
                        "PkgName": pkg,
                        "InstalledVersion": ver,
                        "FixedVersion": f"{ver}+deb12u1" if v["fixed"] else "",
                        "Severity": v["Severity"],
                        "Title": f"{src}: {v['what']}",
                        "CVSS V3 Score": v["CVSS V3 Score"],
                        "PublishedDate": v["PublishedDate"],
                    }
                )
    for target, kind, pkgs in (("Python", "pip", _TRIVY_PIP), ("app/package-lock.json", "npm", _TRIVY_NPM)):
        for pkg, ver in pkgs.items():
            for _ in range(int(rng.integers(2, 7))):
                v = _trivy_vuln(rng, kind == "npm" and rng.random() < 0.4)
                major = ver.split(".", 1)[0]
                rows.append(
                    {
                        "Target": target,
                        "Class": "lang-pkgs",
                        "Type": kind,
                        "VulnerabilityID": v["VulnerabilityID"],
                        "PkgName": pkg,
                        "InstalledVersion": ver,
                        "FixedVersion": f"{int(major) + 1}.0.0" if rng.random() < 0.85 else "",
                        "Severity": v["Severity"],
                        "Title": f"{pkg}: {v['what']}",
                        "CVSS V3 Score": v["CVSS V3 Score"],
                        "PublishedDate": v["PublishedDate"],
                    }
                )
    return pd.DataFrame(rows).replace("", np.nan)


def _trivy_years(df: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(df["PublishedDate"].astype("string").str[:4], errors="coerce")


_TRIVY_QS = [
    Q(
        "how many critical ones are there",
        either(
            _count(lambda df: int((df["Severity"] == "CRITICAL").sum())),
            _count(lambda df: df.loc[df["Severity"] == "CRITICAL", "VulnerabilityID"].nunique()),
        ),
        ("Severity", "VulnerabilityID"),
    ),
    Q(
        "how many findings actually have a fix available?",
        either(
            _count(lambda df: int(df["FixedVersion"].notna().sum())),
            _count(lambda df: df.loc[df["FixedVersion"].notna(), "VulnerabilityID"].nunique()),
        ),
        ("FixedVersion", "VulnerabilityID"),
    ),
    Q(
        "which package has the most vulnerabilities",
        either(
            _lead(_named(lambda df: _top(df["PkgName"].value_counts()))),
            _lead(_named(lambda df: _top(df.groupby("PkgName")["VulnerabilityID"].nunique()))),
        ),
        ("PkgName", "VulnerabilityID"),
    ),
    Q(
        "average cvss score for the high severity ones?",
        has(lambda df: df.loc[df["Severity"] == "HIGH", "CVSS V3 Score"].mean(), rel=0.005),
        ("Severity", "CVSS V3 Score"),
    ),
    Q(
        "how many unique cves in total",
        either(
            _count(lambda df: df["VulnerabilityID"].nunique()),
            _count(lambda df: df.loc[df["VulnerabilityID"].str.startswith("CVE-"), "VulnerabilityID"].nunique()),
        ),
        ("VulnerabilityID",),
    ),
    Q(
        "which year were most of them published",
        either(
            _lead(_year(lambda df: _trivy_years(df).value_counts().idxmax())),
            _lead(_year(lambda df: _trivy_years(df.drop_duplicates("VulnerabilityID")).value_counts().idxmax())),
        ),
        ("PublishedDate", "VulnerabilityID"),
    ),
]


# --- 3. Zipcar trip history ---------------------------------------------------------------------------------------

# vehicle: (weight, hourly rate, daily rate)
_ZIP_CARS = {
    "Honda Civic 'Nyala'": (30, 12.5, 99.0),
    "Toyota Prius 'Pippin'": (18, 11.5, 94.0),
    "Mazda 3 'Marlowe'": (14, 12.0, 97.0),
    "Volkswagen Jetta 'Juniper'": (10, 12.0, 97.0),
    "Toyota RAV4 'Rocco'": (12, 15.5, 129.0),
    "Ford Transit Cargo Van 'Vance'": (4, 17.0, 149.0),
    "Subaru Crosstrek 'Sable'": (12, 14.0, 119.0),
}
_ZIP_HOMES = ["Harvard Ave & Brighton Ave", "Packard's Corner", "Coolidge Corner Garage", "JFK/UMass Station Lot"]


def _zip_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21703)
    names = list(_ZIP_CARS)
    rows = []
    stamp = pd.Timestamp("2023-01-03 08:00")
    res = 208_114_000
    for _ in range(330):
        stamp = stamp + pd.Timedelta(minutes=30 * int(rng.integers(6, 90)))
        start = stamp.normalize() + pd.Timedelta(minutes=30 * int(rng.integers(14, 40)))
        car = _one(rng, names, [_ZIP_CARS[c][0] for c in names])
        _, rate, daily = _ZIP_CARS[car]
        hours = float(_one(rng, [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 24, 48], [10, 8, 14, 8, 12, 10, 7, 6, 6, 4, 4, 1]))
        miles = int(max(0, round(rng.normal(9 * hours**0.8, 3 + 2 * hours))))
        days_used, extra = divmod(hours, 24)
        time_cost = round(days_used * daily + min(extra * rate, daily), 2)
        mileage = round(max(0.0, miles - 180 * max(1, days_used)) * 0.58, 2)
        fees = 50.0 if rng.random() < 0.03 else (25.0 if rng.random() < 0.03 else 0.0)
        taxes = round(0.0825 * (time_cost + mileage), 2)
        res += int(rng.integers(3000, 90000))
        row = {
            "Reservation #": res,
            "Start": f"{start:%m/%d/%Y %I:%M %p}",
            "End": f"{start + pd.Timedelta(hours=hours):%m/%d/%Y %I:%M %p}",
            "Vehicle": car,
            "Home Location": _one(rng, _ZIP_HOMES, [45, 25, 20, 10]),
            "Duration (hours)": hours,
            "Miles Driven": miles,
            "Time Cost": time_cost,
            "Mileage Cost": mileage,
            "Fees": fees,
            "Taxes": taxes,
            "Total": round(time_cost + mileage + fees + taxes, 2),
            "Plan": "Monthly" if start < pd.Timestamp("2023-09-01") else "Annual",
        }
        rows.append(row)
        if rng.random() < 0.025:
            ext = dict(row)
            ext["Duration (hours)"] = 1.0
            ext["Miles Driven"] = int(rng.integers(0, 8))
            ext["Time Cost"] = rate
            ext["Mileage Cost"] = 0.0
            ext["Fees"] = 0.0
            ext["Taxes"] = round(0.0825 * rate, 2)
            ext["Total"] = round(rate + ext["Taxes"], 2)
            rows.append(ext)
    df = pd.DataFrame(rows)
    for col in ("Time Cost", "Mileage Cost", "Fees", "Taxes", "Total"):
        df[col] = df[col].map(lambda v: f"${v:,.2f}")
    return df


def _zip_start(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Start"], format="%m/%d/%Y %I:%M %p")


_ZIP_NICK = {c: (c.split(" '")[1].strip("'"),) for c in _ZIP_CARS}

_ZIP_QS = [
    Q(
        "how much have i spent on zipcar altogether",
        _scaled(lambda df: _money(df["Total"]).sum(), _BIG, rel=0.002),
        ("Total",),
    ),
    Q(
        "how many trips is that",
        either(_count(lambda df: len(df)), _count(lambda df: df["Reservation #"].nunique())),
        ("Reservation #",),
    ),
    Q(
        "how far do i usually drive on a trip",
        either(
            has(lambda df: df["Miles Driven"].mean(), rel=0.005),
            has(lambda df: df["Miles Driven"].median(), rel=0.005),
            has(lambda df: df.groupby("Reservation #")["Miles Driven"].sum().mean(), rel=0.005),
        ),
        ("Miles Driven", "Reservation #"),
    ),
    Q(
        "which car did i book most often?",
        _lead(_named(lambda df: _top(df["Vehicle"].value_counts()), _ZIP_NICK)),
        ("Vehicle", "Reservation #"),
    ),
    Q(
        "which month did i spend the most",
        _month_year(lambda df: _money(df["Total"]).groupby(_zip_start(df).dt.strftime("%Y-%m-01")).sum().idxmax()),
        ("Start", "Total"),
    ),
    Q(
        "do longer rentals cost more? how strong is the link between hours and total",
        _corr(lambda df: df["Duration (hours)"], lambda df: _money(df["Total"])),
        ("Duration (hours)", "Total"),
    ),
]


# --- 4. Tibber hourly consumption ---------------------------------------------------------------------------------


def _tibber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21704)
    hours = pd.date_range("2024-01-01", "2024-04-30 23:00", freq="h", tz="Europe/Oslo")
    n = len(hours)
    hod = hours.hour.to_numpy()
    doy = hours.dayofyear.to_numpy()
    shape = 0.6 + 0.9 * np.exp(-((hod - 7.5) ** 2) / 3) + 1.3 * np.exp(-((hod - 18.5) ** 2) / 4)
    season = 1.6 - doy / 160
    use = np.round(np.clip(shape * season * rng.lognormal(0, 0.25, n), 0.05, None), 3)
    day_level = rng.lognormal(0.1, 0.35, 366)[doy - 1]
    price = np.round(
        day_level * (0.9 + 0.25 * np.exp(-((hod - 8) ** 2) / 4) + 0.35 * np.exp(-((hod - 18) ** 2) / 5)), 4
    )
    gone = rng.choice(n, 22, replace=False)
    consumption = use.astype(float)
    consumption[gone] = np.nan
    cost = np.round(consumption * price, 6)

    def stamp(t: pd.Timestamp) -> str:
        off = t.strftime("%z")
        return f"{t:%Y-%m-%dT%H:%M:%S}.000{off[:3]}:{off[3:]}"

    return pd.DataFrame(
        {
            "from": [stamp(t) for t in hours],
            "to": [stamp(t + pd.Timedelta(hours=1)) for t in hours],
            "consumption": consumption,
            "cost": cost,
            "unitPrice": price,
            "unitPriceVAT": np.round(price * 0.2, 4),
            "currency": "NOK",
        }
    )


def _tibber_hour(df: pd.DataFrame) -> pd.Series:
    return df["from"].str[11:13].astype(int)


_TIBBER_QS = [
    Q(
        "how much electricity did i use in total",
        _scaled(lambda df: df["consumption"].sum(), _BIG, rel=0.002),
        ("consumption",),
    ),
    Q(
        "and what did all that cost me?",
        _scaled(lambda df: df["cost"].sum(), _BIG, rel=0.002),
        ("cost", "consumption"),
    ),
    Q(
        "what's the average price per kwh",
        either(
            has(lambda df: df["unitPrice"].mean(), rel=0.005),
            has(lambda df: df["cost"].sum() / df["consumption"].sum(), rel=0.005),
            has(lambda df: df.loc[df["consumption"].notna(), "unitPrice"].mean(), rel=0.005),
        ),
        ("unitPrice", "cost", "consumption", "unitPriceVAT"),
    ),
    Q(
        "what time of day do i use the most power",
        either(
            _lead(_hour(lambda df: df.groupby(_tibber_hour(df))["consumption"].mean().idxmax())),
            _lead(_hour(lambda df: df.groupby(_tibber_hour(df))["consumption"].sum().idxmax())),
        ),
        ("from", "to", "consumption"),
    ),
    Q(
        "which day was the most expensive",
        _lead(_day(lambda df: df.groupby(df["from"].str[:10])["cost"].sum().idxmax())),
        ("from", "to", "cost"),
    ),
    Q(
        "are there gaps? how many hours have no usage recorded",
        _count(lambda df: int(df["consumption"].isna().sum())),
        ("consumption", "cost", "from", "to"),
    ),
]


# --- 5. Nightscout CGM entries ------------------------------------------------------------------------------------

_NS_ARROWS = [(-3.0, "DoubleDown"), (-2.0, "SingleDown"), (-1.0, "FortyFiveDown"), (1.0, "Flat"), (2.0, "FortyFiveUp")]


def _ns_arrow(rate: float) -> str:
    for edge, name in _NS_ARROWS:
        if rate < edge:
            return name
    return "SingleUp" if rate < 3.0 else "DoubleUp"


def _ns_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21705)
    start = pd.Timestamp("2024-03-01 00:02:11")
    n = 10 * 288
    t = np.arange(n)
    level = 135 + 35 * np.sin(t / 288 * 2 * np.pi * 3 + 1) + np.cumsum(rng.normal(0, 2.2, n))
    level = level - np.linspace(0, level[-1] - 140, n)
    meals = rng.choice(n, 32, replace=False)
    for m in meals:
        k = np.arange(n - m)
        level[m:] += rng.uniform(40, 110) * np.exp(-((k - 18) ** 2) / 200)
    sgv = np.clip(np.round(level), 39, 401).astype(int)
    rows = []
    prev = None
    for i in range(n):
        when = start + pd.Timedelta(minutes=5 * i, seconds=int(rng.integers(-4, 5)))
        if 1400 <= i < 1424:
            prev = None
            continue
        value = int(sgv[i])
        delta = float(value - prev) if prev is not None else np.nan
        rows.append(
            {
                "dateString": f"{when:%Y-%m-%dT%H:%M:%S}.000Z",
                "date": int(when.timestamp() * 1000),
                "sgv": value,
                "direction": "NOT COMPUTABLE" if prev is None else _ns_arrow(delta / 5 * 1),
                "device": "xDrip-DexcomG6",
                "type": "sgv",
                "noise": int(_one(rng, [1, 2, 3, 4], [90, 6, 3, 1])),
                "delta": round(delta + float(rng.normal(0, 0.3)), 3) if prev is not None else np.nan,
            }
        )
        prev = value
    for kind, count in (("mbg", 28), ("cal", 6)):
        for _ in range(count):
            when = start + pd.Timedelta(seconds=int(rng.integers(0, n * 300)))
            rows.append(
                {
                    "dateString": f"{when:%Y-%m-%dT%H:%M:%S}.000Z",
                    "date": int(when.timestamp() * 1000),
                    "sgv": np.nan,
                    "direction": "",
                    "device": "xDrip-Manual" if kind == "mbg" else "xDrip-DexcomG6",
                    "type": kind,
                    "noise": np.nan,
                    "delta": np.nan,
                }
            )
    df = pd.DataFrame(rows).sort_values("date", ascending=False).reset_index(drop=True)
    return df.replace("", np.nan)


_NS_QS = [
    Q(
        "what's my average blood sugar",
        either(has(lambda df: df["sgv"].mean(), rel=0.004), has(lambda df: df["sgv"].median(), rel=0.004)),
        ("sgv", "type"),
    ),
    Q(
        "what % of the readings are in range, 70 to 180",
        either(
            _share(lambda df: float(df["sgv"].dropna().between(70, 180).mean())),
            _share(lambda df: float(((df["sgv"] > 70) & (df["sgv"] < 180)).sum() / df["sgv"].notna().sum())),
        ),
        ("sgv", "type"),
    ),
    Q(
        "how many lows under 70",
        either(_count(lambda df: int((df["sgv"] < 70).sum())), _count(lambda df: int((df["sgv"] <= 70).sum()))),
        ("sgv", "type"),
    ),
    Q(
        "what about highs over 250?",
        either(_count(lambda df: int((df["sgv"] > 250).sum())), _count(lambda df: int((df["sgv"] >= 250).sum()))),
        ("sgv", "type"),
    ),
    Q(
        "what was the highest reading",
        has(lambda df: df["sgv"].max(), rel=0.001),
        ("sgv", "dateString", "date"),
    ),
    Q(
        "how many entries have no glucose number at all",
        _count(lambda df: int(df["sgv"].isna().sum())),
        ("sgv", "type"),
    ),
]


# --- 6. NRC event notification reports ----------------------------------------------------------------------------

# facility: (weight, state, region, units, reactor type)
_NRC_SITES = {
    "PALO VERDE": (7, "AZ", 4, 3, "CE"),
    "DIABLO CANYON": (5, "CA", 4, 2, "W-4-LP"),
    "BROWNS FERRY": (9, "AL", 2, 3, "GE-4"),
    "VOGTLE": (6, "GA", 2, 4, "W-4-LP"),
    "SEQUOYAH": (5, "TN", 2, 2, "W-4-ICE"),
    "WATTS BAR": (6, "TN", 2, 2, "W-4-ICE"),
    "SALEM": (5, "NJ", 1, 2, "W-4-LP"),
    "HOPE CREEK": (3, "NJ", 1, 1, "GE-4"),
    "SUSQUEHANNA": (5, "PA", 1, 2, "GE-4"),
    "NINE MILE POINT": (4, "NY", 1, 2, "GE-5"),
    "BYRON": (4, "IL", 3, 2, "W-4-LP"),
    "LASALLE": (4, "IL", 3, 2, "GE-5"),
    "DAVIS BESSE": (3, "OH", 3, 1, "B&W-R-LP"),
    "FERMI": (4, "MI", 3, 1, "GE-4"),
    "SOUTH TEXAS": (4, "TX", 4, 2, "W-4-LP"),
    "WOLF CREEK": (3, "KS", 4, 1, "W-4-LP"),
}
_NRC_SECTIONS = {
    "50.72(b)(2)(iv)(B) - RPS ACTUATION - CRITICAL": 26,
    "50.72(b)(3)(iv)(A) - VALID SPECIF SYS ACTUATION": 22,
    "50.72(b)(3)(v)(D) - ACCIDENT MITIGATION": 12,
    "50.72(b)(3)(xiii) - LOSS EMERG ASSESS CAP": 14,
    "26.719 - FITNESS FOR DUTY": 14,
    "50.72(b)(2)(xi) - OFFSITE NOTIFICATION": 7,
    "21.21(d)(3)(i) - DEFECTS AND NONCOMPLIANCE": 5,
}
_NRC_TEXT = {
    "RPS": "AUTOMATIC REACTOR TRIP DUE TO {x}",
    "VALID": "AUTO START OF {x}",
    "ACCIDENT": "HIGH PRESSURE COOLANT INJECTION INOPERABLE",
    "LOSS": "EMERGENCY SIRENS OUT OF SERVICE",
    "FITNESS": "CONTRACT SUPERVISOR POSITIVE FOR ALCOHOL",
    "OFFSITE": "NOTIFICATION TO STATE AGENCY OF {x}",
    "DEFECTS": "PART 21 REPORT - DEFECTIVE RELAY",
}
_NRC_X = ["MAIN TURBINE TRIP", "LOSS OF FEEDWATER", "EMERGENCY DIESEL GENERATOR", "DEAD SEAL FOUND", "OIL SPILL"]


def _nrc_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21706)
    names = list(_NRC_SITES)
    sections = list(_NRC_SECTIONS)
    rows = []
    number = 53_790
    day = pd.Timestamp("2019-01-02")
    for _ in range(640):
        day = day + pd.Timedelta(days=int(rng.integers(0, 6)))
        if day.year > 2023:
            break
        number += int(rng.integers(1, 9))
        site = _one(rng, names, [_NRC_SITES[s][0] for s in names])
        _, state, region, units, rtype = _NRC_SITES[site]
        unit = int(rng.integers(1, units + 1))
        emergency = _one(rng, ["Non Emergency", "Unusual Event", "Alert"], [95, 4, 1])
        if emergency == "Non Emergency":
            section = _one(rng, sections, list(_NRC_SECTIONS.values()))
        else:
            section = "50.72(a)(1)(i) - EMERGENCY DECLARED"
        late = section.startswith(("21.21", "50.72(b)(3)(v)")) and rng.random() < 0.6
        event = day - pd.Timedelta(days=int(rng.integers(20, 60)) if late else int(_one(rng, [0, 1, 2], [60, 35, 5])))
        power_event = not section.startswith(("26.", "21.", "50.72(b)(2)(xi)"))
        start_power = float(_one(rng, [100, 98, 90, 50, 0], [70, 8, 6, 6, 10])) if power_event else np.nan
        if section.startswith("50.72(b)(2)(iv)(B)"):
            start_power = float(_one(rng, [100, 98, 75, 30], [70, 10, 10, 10]))
            now_power = 0.0
        elif power_event and start_power > 0 and rng.random() < 0.08:
            now_power = 0.0
        else:
            now_power = start_power
        key = next(k for k in _NRC_TEXT if k in section) if emergency == "Non Emergency" else None
        text = (
            _NRC_TEXT[key].format(x=_one(rng, _NRC_X))
            if key
            else f"{emergency.upper()} DECLARED DUE TO {_one(rng, ['FIRE IN PROTECTED AREA', 'TOXIC GAS'])}"
        )
        slots = ["[ ]"] * max(units, 3)
        slots[unit - 1] = f"[{unit}]"
        rows.append(
            {
                "Event Number": number,
                "Facility": site,
                "State": state,
                "Unit": " ".join(slots),
                "Reactor Type": f"[{unit}] {rtype}",
                "Region": region,
                "Notification Date": f"{day:%m/%d/%Y}",
                "Event Date": f"{event:%m/%d/%Y}",
                "Emergency Class": emergency,
                "10 CFR Section": section,
                "Initial Power (%)": start_power,
                "Current Power (%)": now_power,
                "Event Text": text,
            }
        )
    return pd.DataFrame(rows)


def _nrc_date(df: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(df[col], format="%m/%d/%Y")


def _nrc_lag(df: pd.DataFrame) -> pd.Series:
    return (_nrc_date(df, "Notification Date") - _nrc_date(df, "Event Date")).dt.days


_NRC_QS = [
    Q(
        "which plant reported the most events",
        _lead(_named(lambda df: _top(df["Facility"].value_counts()))),
        ("Facility",),
    ),
    Q(
        "how many times did a reactor go from running to zero power",
        _count(lambda df: int(((df["Initial Power (%)"] > 0) & (df["Current Power (%)"] == 0)).sum())),
        ("Initial Power (%)", "Current Power (%)"),
    ),
    Q(
        "how many were real emergencies (unusual event or alert)?",
        _count(lambda df: int((df["Emergency Class"] != "Non Emergency").sum())),
        ("Emergency Class",),
    ),
    Q(
        "number of events in each region",
        has(lambda df: df["Region"].value_counts().sort_index().to_numpy(), rel=0.001),
        ("Region",),
    ),
    Q(
        "how many days after an event does it typically get reported",
        either(
            has(lambda df: _nrc_lag(df).mean(), rel=0.01),
            has(lambda df: _nrc_lag(df).median(), rel=0.01),
        ),
        ("Notification Date", "Event Date"),
    ),
    Q(
        "which year had the most events",
        either(
            _lead(_year(lambda df: _nrc_date(df, "Event Date").dt.year.value_counts().idxmax())),
            _lead(_year(lambda df: _nrc_date(df, "Notification Date").dt.year.value_counts().idxmax())),
        ),
        ("Event Date", "Notification Date"),
    ),
]


# --- 7. DOL state minimum wage history ----------------------------------------------------------------------------

_MW_FEDERAL = {1968: 1.60, 1974: 2.00, 1975: 2.10, 1976: 2.30, 1978: 2.65, 1979: 2.90, 1980: 3.10, 1981: 3.35}
_MW_FEDERAL |= {1990: 3.80, 1991: 4.25, 1996: 4.75, 1997: 5.15, 2007: 5.85, 2008: 6.55, 2009: 7.25}
_MW_CPI = {1968: 34.8, 1970: 38.8, 1975: 53.8, 1980: 82.4, 1985: 107.6, 1990: 130.7, 1995: 152.4, 2000: 172.2}
_MW_CPI |= {2005: 195.3, 2010: 218.1, 2015: 237.0, 2020: 258.8, 2021: 271.0, 2022: 292.7, 2023: 304.7}
_MW_STATES = _split_names(
    "Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,District of Columbia,Florida,Georgia,"
    "Guam,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,"
    "Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,"
    "North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Puerto Rico,Rhode Island,South Carolina,"
    "South Dakota,Tennessee,Texas,U.S. Virgin Islands,Utah,Vermont,Virginia,Washington,West Virginia,Wisconsin,"
    "Wyoming"
)
_MW_NONE = {"Alabama", "Louisiana", "Mississippi", "South Carolina", "Tennessee"}
_MW_LEAD = {
    "District of Columbia": 2.25,
    "Washington": 2.15,
    "California": 2.1,
    "Massachusetts": 2.0,
    "Connecticut": 2.0,
    "New York": 1.95,
    "Colorado": 1.9,
    "Arizona": 1.9,
    "Maine": 1.85,
    "Oregon": 1.8,
    "New Jersey": 1.9,
    "Vermont": 1.8,
    "Illinois": 1.85,
    "Maryland": 1.8,
    "Rhode Island": 1.8,
    "Alaska": 1.5,
    "Hawaii": 1.65,
    "Minnesota": 1.45,
    "Michigan": 1.4,
    "Ohio": 1.4,
    "Florida": 1.6,
    "Missouri": 1.65,
    "Nevada": 1.5,
    "Delaware": 1.6,
    "Montana": 1.35,
    "Nebraska": 1.45,
    "New Mexico": 1.65,
    "South Dakota": 1.4,
    "Virginia": 1.65,
}


def _mw_step(table: dict[int, float], year: int) -> float:
    return table[max(y for y in table if y <= year)]


def _mw_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21707)
    years = list(range(1968, 2024))
    known = sorted(_MW_CPI)
    cpi = {y: round(float(np.interp(y, known, [_MW_CPI[k] for k in known])), 1) for y in years}
    rows = []
    for state in _MW_STATES:
        early = float(rng.uniform(0.6, 1.0))
        late = _MW_LEAD.get(state, float(rng.uniform(0.95, 1.05)))
        wage = 0.0 if state in _MW_NONE or rng.random() < 0.2 else round(1.60 * early, 2)
        lagging = state not in _MW_LEAD and state not in _MW_NONE and rng.random() < 0.35
        for y in years:
            fed = _mw_step(_MW_FEDERAL, y)
            if state not in _MW_NONE:
                ratio = early if y < 1990 else early + (late - early) * min(1.0, (y - 1990) / 33) ** 1.5
                if wage == 0.0 and rng.random() < 0.06:
                    wage = round(fed * ratio, 2)
                elif wage > 0 and rng.random() < 0.35:
                    wage = max(wage, round(fed * ratio, 2) if not lagging else round(fed * early, 2))
            uncleaned = f"{wage:.2f}" if wage > 0 else "..."
            low = high = wage
            if wage > 0 and y < 1990 and rng.random() < 0.12:
                low = round(wage - float(rng.choice([0.15, 0.2, 0.3])), 2)
                uncleaned = f"${low:.2f} & ${wage:.2f}" if rng.random() < 0.5 else f"{low:.2f} - {wage:.2f}"
            effective = max(wage, fed)
            real = 258.8 / cpi[y]
            rows.append(
                {
                    "Year": y,
                    "State": state,
                    "State.Minimum.Wage": wage,
                    "State.Minimum.Wage.2020.Dollars": round(wage * real, 2),
                    "Federal.Minimum.Wage": fed,
                    "Federal.Minimum.Wage.2020.Dollars": round(fed * real, 2),
                    "Effective.Minimum.Wage": effective,
                    "Effective.Minimum.Wage.2020.Dollars": round(effective * real, 2),
                    "CPI.Average": cpi[y],
                    "Department.Of.Labor.Uncleaned.Data": uncleaned,
                    "Department.Of.Labor.Cleaned.Low.Value": low,
                    "Department.Of.Labor.Cleaned.High.Value": high,
                }
            )
    return pd.DataFrame(rows)


def _mw_year(df: pd.DataFrame, year: int) -> pd.DataFrame:
    return df[df["Year"] == year]


def _mw_state(df: pd.DataFrame, state: str, year: int) -> float:
    return float(df.loc[(df["State"] == state) & (df["Year"] == year), "State.Minimum.Wage"].iloc[0])


_MW_QS = [
    Q(
        "which state had the highest minimum wage in 2023",
        _lead(_named(lambda df: _top(_mw_year(df, 2023).set_index("State")["State.Minimum.Wage"]))),
        ("Year", "State", "State.Minimum.Wage", "Effective.Minimum.Wage"),
    ),
    Q(
        "how many states had no minimum wage of their own that year",
        _count(lambda df: int((_mw_year(df, 2023)["State.Minimum.Wage"] == 0).sum())),
        ("Year", "State", "State.Minimum.Wage", "Department.Of.Labor.Uncleaned.Data"),
    ),
    Q(
        "what was california's minimum wage in 2010 and in 2023?",
        has(lambda df: [_mw_state(df, "California", 2010), _mw_state(df, "California", 2023)], rel=0.001),
        ("Year", "State", "State.Minimum.Wage", "Effective.Minimum.Wage"),
    ),
    Q(
        "adjusted for inflation, when was the federal minimum worth the most",
        _lead(_year(lambda df: df.groupby("Year")["Federal.Minimum.Wage.2020.Dollars"].max().idxmax())),
        ("Year", "Federal.Minimum.Wage.2020.Dollars"),
    ),
    Q(
        "average state minimum wage in 2000, leaving out states that don't have one",
        either(
            has(
                lambda df: _mw_year(df, 2000).query("`State.Minimum.Wage` > 0")["State.Minimum.Wage"].mean(), rel=0.003
            ),
            has(lambda df: _mw_year(df, 2000)["State.Minimum.Wage"].mean(), rel=0.003),
        ),
        ("Year", "State", "State.Minimum.Wage"),
    ),
    Q(
        "how many states paid more than the federal minimum in 2015",
        _count(
            lambda df: int(
                (_mw_year(df, 2015)["State.Minimum.Wage"] > _mw_year(df, 2015)["Federal.Minimum.Wage"]).sum()
            )
        ),
        ("Year", "State", "State.Minimum.Wage", "Federal.Minimum.Wage"),
    ),
]


HELDOUT217: list[Dataset] = [
    Dataset("github_billing_usage", _gh_frame, _GH_QS),
    Dataset("trivy_image_scan", _trivy_frame, _TRIVY_QS),
    Dataset("zipcar_trip_history", _zip_frame, _ZIP_QS),
    Dataset("tibber_hourly_consumption", _tibber_frame, _TIBBER_QS),
    Dataset("nightscout_cgm_entries", _ns_frame, _NS_QS),
    Dataset("nrc_event_notifications", _nrc_frame, _NRC_QS),
    Dataset("dol_state_minimum_wage", _mw_frame, _MW_QS),
]
