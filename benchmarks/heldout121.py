"""HELDOUT121: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports: a StoryGraph library export (Title, Authors,
Contributors, ISBN/UID, Format paperback / hardcover / digital / audio, Read Status read / to-read /
currently-reading / did-not-finish, Date Added and Last Date Read as "2023/04/12" (Last Date Read blank unless
read), Dates Read as "2023/04/01-2023/04/12", Read Count, Moods joined with ", ", Pace slow / medium / fast with
blanks, "Character- or Plot-Driven?", Star Rating as 3.75 with blanks for unrated books, Review mostly blank, Tags
and "Owned?" Yes / No); an Octopus Energy half-hourly electricity download ("Consumption (kWh)", " Start", " End"
headers with a leading space, values as " 2023-10-01T00:00:00+01:00" in UK local time, so the offset changes at the
end of British Summer Time, and a few half hours missing where the meter did not report); a Jobber invoices export
("Invoice #", "Client name", "Client email", "Billing city", "Subject" naming the job, Status Paid / Awaiting
Payment / Past Due / Draft / Bad Debt, "Created date" / "Issued date" / "Due date" / "Marked paid date" as "Jan 05,
2024" with blanks for drafts and unpaid invoices, money as "$1,234.50" in "Pre-tax total ($)", "Tax ($)", "Total
($)", "Balance ($)" and "Tip ($)"); a LinkedIn Campaign Manager campaign performance export at daily granularity
("Start Date (in UTC)" as "1/15/2024", "Account Name", "Campaign Group Name", "Campaign Name", "Campaign ID",
"Campaign Objective", "Cost Type" CPC / CPM, "Currency" USD, "Total Spent", "Impressions", "Clicks", "Click
Through Rate" as a fraction, "Average CPM", "Average CPC" written "N/A" on days without clicks, "Leads", "Lead Form
Opens", "Reactions", "Comments", "Shares", "Follows"); FDA FAERS reports flattened to one row per report version
(primaryid, caseid repeated across follow-up versions with caseversion, i_f_code I / F, event_dt as YYYYMMDD or just
YYYYMM or blank, init_fda_dt / fda_dt as YYYYMMDD, rept_cod EXP / PER / DIR, age with age_cod YR / MON / DY / DEC
and blanks, sex F / M / UNK / blank, wt with wt_cod KG / LBS, occr_country two-letter codes, occp_cod MD / HP / PH /
CN / LW, upper-case drugname, prod_ai, pt the MedDRA reaction term, outc_cod DE / HO / LT / OT / DS blank when none);
the Privacy Rights Clearinghouse chronology of data breaches ("Date Made Public" as "1/20/2005", Company, City,
State as full names, "Type of breach" HACK / DISC / PHYS / PORT / INSD / STAT / CARD / UNKN, "Type of organization"
BSO / BSF / BSR / EDU / GOV / MED / NGO, "Total Records" written "1,200" with blanks, "Description of incident",
"Information Source", "Source URL", "Year of Breach", Latitude, Longitude); and the FBI NICS firearm background check
counts by month and state as BuzzFeed's CSV has them (month as "2023-05", newest first, state names including Guam,
Mariana Islands, Virgin Islands, Puerto Rico and District of Columbia, permit, permit_recheck, handgun, long_gun,
other, multiple, admin, prepawn_*, redemption_*, returned_*, rentals_*, private_sale_*, return_to_seller_* with
blanks for the territories, and totals). All are generated with fixed seeds 12101-12107.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _pct, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

_MONEY = (1e3, 1e6)
_BIG = (1e3, 1e6, 1e9)

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending=ascending).index[0])


def _num(s: pd.Series) -> pd.Series:
    """ "$1,234.50" / "1,200" / "N/A" as numbers."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    return str(_one(rng, list(weights), list(weights.values())))


def _label(*names: Callable[[pd.DataFrame], str]) -> Check:
    """Any one of several labels, each beside its superlative."""
    return either(*(_lead(_named(n)) for n in names))


# --- 1. StoryGraph library export ----------------------------------------------------------------------------------

_SG_AUTHORS = {
    "Brandon Sanderson": 9,
    "Emily Henry": 7,
    "Taylor Jenkins Reid": 6,
    "Sally Rooney": 4,
    "Haruki Murakami": 4,
    "Rebecca Yarros": 5,
    "Kazuo Ishiguro": 3,
    "Colleen Hoover": 6,
    "Fredrik Backman": 4,
    "Madeline Miller": 3,
    "Ann Leckie": 3,
    "T.J. Klune": 4,
    "Stephen King": 6,
    "Octavia E. Butler": 2,
    "Agatha Christie": 5,
    "Richard Osman": 3,
}
_SG_MOODS = ["adventurous", "emotional", "hopeful", "funny", "dark", "mysterious", "reflective", "tense", "sad"]
_SG_WORDS = ["Night", "House", "Sea", "Glass", "Summer", "Kingdom", "Lies", "Stars", "Ash", "Garden", "Last", "Wild"]
_SG_FORMAT = {"paperback": 35, "hardcover": 15, "digital": 32, "audio": 18}
_SG_STATUS = {"read": 62, "to-read": 28, "currently-reading": 3, "did-not-finish": 7}


def _storygraph_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12101)
    n = 640
    rows = []
    for _ in range(n):
        author = _pick(rng, _SG_AUTHORS)
        status = _pick(rng, _SG_STATUS)
        added = pd.Timestamp("2020-06-01") + pd.Timedelta(days=int(rng.integers(0, 1400)))
        pace = _pick(rng, {"slow": 25, "medium": 45, "fast": 30})
        first = last = ""
        rating: float = np.nan
        count = 0
        if status == "read":
            start = added + pd.Timedelta(days=int(rng.exponential(60)))
            start = min(start, pd.Timestamp("2024-08-20"))
            end = start + pd.Timedelta(days=int(rng.integers(2, 40)))
            first, last = start.strftime("%Y/%m/%d"), end.strftime("%Y/%m/%d")
            count = 1 if rng.random() < 0.93 else 2
            if rng.random() < 0.85:
                base = {"slow": 3.4, "medium": 3.8, "fast": 4.1}[pace]
                rating = float(np.clip(round(rng.normal(base, 0.6) * 4) / 4, 0.5, 5.0))
        elif status == "did-not-finish":
            last = ""
        moods = ", ".join(rng.choice(_SG_MOODS, int(rng.integers(1, 4)), replace=False))
        rows.append(
            {
                "Title": f"The {rng.choice(_SG_WORDS)} of {rng.choice(_SG_WORDS)}",
                "Authors": author,
                "Contributors": "" if rng.random() < 0.85 else "Translator: Philip Gabriel",
                "ISBN/UID": str(9780000000000 + int(rng.integers(10**9))),
                "Format": _pick(rng, _SG_FORMAT),
                "Read Status": status,
                "Date Added": added.strftime("%Y/%m/%d"),
                "Last Date Read": last,
                "Dates Read": f"{first}-{last}" if first else "",
                "Read Count": count,
                "Moods": moods if status == "read" else "",
                "Pace": pace if status == "read" and rng.random() < 0.9 else "",
                "Character- or Plot-Driven?": _pick(rng, {"Character": 4, "Plot": 4, "A mix": 3, "": 3}),
                "Star Rating": rating,
                "Review": "" if rng.random() < 0.9 else "loved it",
                "Tags": "" if rng.random() < 0.8 else "book club",
                "Owned?": "Yes" if rng.random() < 0.4 else "No",
            }
        )
    return pd.DataFrame(rows)


def _sg_read(d: pd.DataFrame) -> pd.Series:
    return d["Read Status"] == "read"


def _sg_last(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Last Date Read"], format="%Y/%m/%d", errors="coerce")


def _sg_pace(d: pd.DataFrame) -> list[float]:
    r = pd.to_numeric(d["Star Rating"], errors="coerce")
    return [r[d["Pace"] == "fast"].mean(), r[d["Pace"] == "slow"].mean()]


# --- 2. Octopus Energy half-hourly consumption ---------------------------------------------------------------------


def _octopus_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12102)
    starts = pd.date_range("2023-10-01", "2024-01-08", freq="30min", tz="Europe/London", inclusive="left")
    keep = rng.random(len(starts)) > 0.012
    starts = starts[keep]
    hours = starts.hour + starts.minute / 60
    season = 1 + 0.5 * (starts.month.isin([12, 1])) + 0.25 * (starts.month == 11)
    shape = 0.12 + 0.35 * np.exp(-((hours - 18.5) ** 2) / 4) + 0.12 * np.exp(-((hours - 8) ** 2) / 2)
    weekend = np.where(starts.dayofweek >= 5, 1.2, 1.0)
    kwh = shape * season * weekend * rng.lognormal(0, 0.35, len(starts))
    spikes = rng.random(len(starts)) < 0.01  # an oven or an EV charge now and then
    kwh = np.round(np.where(spikes, kwh + rng.uniform(1.2, 3.5, len(starts)), kwh), 3)

    def stamp(t: pd.DatetimeIndex) -> list[str]:
        return [" " + x.isoformat() for x in t]

    return pd.DataFrame(
        {"Consumption (kWh)": kwh, " Start": stamp(starts), " End": stamp(starts + pd.Timedelta(minutes=30))}
    )


def _oc(d: pd.DataFrame) -> pd.DataFrame:
    """kWh with the local start time (and the UTC one) parsed."""
    raw = d[" Start"].astype(str).str.strip()
    local = pd.to_datetime(raw.str.slice(0, 19), format="%Y-%m-%dT%H:%M:%S")
    utc = pd.to_datetime(raw, utc=True).dt.tz_localize(None)
    return pd.DataFrame({"kwh": d["Consumption (kWh)"], "local": local, "utc": utc})


def _oc_daily(utc: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def days(d: pd.DataFrame) -> pd.Series:
        o = _oc(d)
        return o.groupby(o["utc" if utc else "local"].dt.normalize())["kwh"].sum()

    return days


def _oc_month(d: pd.DataFrame) -> pd.Timestamp:
    o = _oc(d)
    return o.groupby(o["local"].dt.to_period("M"))["kwh"].sum().idxmax().to_timestamp()


def _oc_week(utc: bool) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        s = _oc_daily(utc)(d)
        end = s.index.dayofweek >= 5
        return [s[end].mean(), s[~end].mean()]

    return values


# --- 3. Jobber invoices export -------------------------------------------------------------------------------------

_JB_JOBS = {
    "Lawn Mowing": (65, 20, 40),
    "Spring Cleanup": (340, 90, 10),
    "Hedge Trimming": (180, 50, 12),
    "Snow Removal": (120, 40, 18),
    "Gutter Cleaning": (210, 40, 8),
    "Landscape Install": (1900, 700, 4),
    "Irrigation Repair": (260, 90, 8),
}
_JB_CITIES = ["Guelph", "Kitchener", "Waterloo", "Cambridge", "Fergus"]
_JB_FIRST = [
    "Mark",
    "Susan",
    "Raj",
    "Linda",
    "Tom",
    "Priya",
    "Gary",
    "Helen",
    "Omar",
    "Karen",
    "Dave",
    "Mei",
    "Paul",
    "Jess",
    "Frank",
    "Nora",
]
_JB_LAST = [
    "Wilson",
    "Singh",
    "Tremblay",
    "Roy",
    "MacDonald",
    "Chen",
    "Patel",
    "Smith",
    "Martin",
    "Lee",
    "Brown",
    "Gagnon",
]


def _jobber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12103)
    clients = sorted({f"{rng.choice(_JB_FIRST)} {rng.choice(_JB_LAST)}" for _ in range(140)})
    weight = rng.gamma(1.5, 1.0, len(clients))
    weight[7] = 4 * weight.max()  # a property manager who books most of the work
    clients[7] = "Maple Grove Property Mgmt"
    n = 1150
    rows = []
    today = pd.Timestamp("2024-10-31")
    for i in range(n):
        client = str(_one(rng, clients, list(weight)))
        job = _pick(rng, {k: v[2] for k, v in _JB_JOBS.items()})
        mean, sd, _ = _JB_JOBS[job]
        created = pd.Timestamp("2023-01-02") + pd.Timedelta(days=int(rng.integers(0, 668)))
        if job == "Snow Removal":
            created = pd.Timestamp(rng.choice(["2023-01-10", "2023-02-10", "2023-12-12", "2024-01-15", "2024-02-12"]))
            created += pd.Timedelta(days=int(rng.integers(0, 20)))
        pretax = round(max(35.0, rng.normal(mean, sd)), 2)
        tax = round(pretax * 0.13, 2)
        total = round(pretax + tax, 2)
        tip = round(total * 0.1, 2) if rng.random() < 0.06 else 0.0
        issued = created + pd.Timedelta(days=int(rng.integers(0, 4)))
        due = issued + pd.Timedelta(days=30)
        days_open = (today - issued).days
        paid_at: pd.Timestamp | None = None
        if created > pd.Timestamp("2024-10-20") and rng.random() < 0.5:
            status = "Draft"
        elif rng.random() < 0.93 or days_open > 200:
            wait = int(rng.gamma(2.0, 9.0))
            if issued + pd.Timedelta(days=wait) <= today and rng.random() > 0.01:
                status, paid_at = "Paid", issued + pd.Timedelta(days=wait)
            else:
                status = "Bad Debt" if days_open > 200 else ("Past Due" if today > due else "Awaiting Payment")
        else:
            status = "Past Due" if today > due else "Awaiting Payment"
        balance = 0.0 if status == "Paid" else total
        if status == "Paid":
            pass
        elif status != "Draft" and rng.random() < 0.15:
            balance = round(total / 2, 2)  # a deposit was paid
        rows.append(
            {
                "Invoice #": 1001 + i,
                "Client name": client,
                "Client email": client.lower().replace(" ", ".") + "@example.com",
                "Billing city": str(rng.choice(_JB_CITIES)),
                "Subject": job if rng.random() < 0.9 else f"{job} - {created:%B}",
                "Status": status,
                "Created date": created.strftime("%b %d, %Y"),
                "Issued date": "" if status == "Draft" else issued.strftime("%b %d, %Y"),
                "Due date": "" if status == "Draft" else due.strftime("%b %d, %Y"),
                "Marked paid date": paid_at.strftime("%b %d, %Y") if paid_at is not None else "",
                "Pre-tax total ($)": f"${pretax:,.2f}",
                "Tax ($)": f"${tax:,.2f}",
                "Total ($)": f"${total:,.2f}",
                "Balance ($)": f"${balance:,.2f}",
                "Tip ($)": f"${tip:,.2f}",
            }
        )
    return pd.DataFrame(rows)


def _jb_date(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(d[col], format="%b %d, %Y", errors="coerce")


def _jb_total(drafts: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        keep = pd.Series(True, index=d.index) if drafts else d["Status"] != "Draft"
        return float(_num(d.loc[keep, "Total ($)"]).sum())

    return value


def _jb_client(drafts: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        keep = pd.Series(True, index=d.index) if drafts else d["Status"] != "Draft"
        return _top(_num(d.loc[keep, "Total ($)"]).groupby(d.loc[keep, "Client name"]).sum())

    return value


def _jb_job(d: pd.DataFrame) -> str:
    job = d["Subject"].str.split(" - ").str[0]
    return _top(_num(d["Total ($)"]).groupby(job).mean())


def _jb_wait(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        wait = (_jb_date(d, "Marked paid date") - _jb_date(d, "Issued date")).dt.days.dropna()
        return float(getattr(wait, how)())

    return value


# --- 4. LinkedIn Campaign Manager campaign performance -------------------------------------------------------------

# campaign: group, objective, cost type, daily budget, CTR, lead rate per click
_LI_CAMPAIGNS: dict[str, tuple[str, str, str, float, float, float]] = {
    "Q1 - Demo Request - IT Directors": ("Demand Gen", "Lead Generation", "CPC", 180, 0.0062, 0.11),
    "Q1 - Demo Request - CFOs": ("Demand Gen", "Lead Generation", "CPC", 150, 0.0048, 0.09),
    "Ebook - State of Cloud Security": ("Content Syndication", "Lead Generation", "CPM", 120, 0.0071, 0.16),
    "Webinar - Zero Trust 101": ("Events", "Lead Generation", "CPC", 90, 0.0055, 0.21),
    "Brand Awareness - Video": ("Brand", "Brand Awareness", "CPM", 110, 0.0031, 0.0),
    "Retargeting - Site Visitors": ("Demand Gen", "Website Visits", "CPC", 70, 0.0095, 0.04),
    "Case Study - Fintech": ("Content Syndication", "Lead Generation", "CPC", 60, 0.0058, 0.13),
    "Hiring - Engineering": ("Employer Brand", "Job Applicants", "CPM", 40, 0.0040, 0.0),
    "Conversation Ad - Free Trial": ("Demand Gen", "Lead Generation", "CPC", 85, 0.0120, 0.07),
    "Events - re:Invent Booth": ("Events", "Website Visits", "CPC", 95, 0.0068, 0.02),
}


def _linkedin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12104)
    days = pd.date_range("2024-01-01", "2024-06-30", freq="D")
    rows = []
    for k, (name, (group, objective, cost_type, budget, ctr, lead_rate)) in enumerate(_LI_CAMPAIGNS.items()):
        start = int(rng.integers(0, 60))
        stop = int(rng.integers(120, len(days) + 1))
        for day in days[start:stop]:
            if rng.random() < 0.04:
                continue  # paused that day
            spent = round(float(budget * rng.uniform(0.55, 1.02)) * (0.7 if day.dayofweek >= 5 else 1.0), 2)
            impressions = int(spent / rng.uniform(0.028, 0.045))
            clicks = int(rng.binomial(impressions, ctr))
            leads = int(rng.binomial(clicks, lead_rate)) if lead_rate else 0
            rows.append(
                {
                    "Start Date (in UTC)": f"{day.month}/{day.day}/{day.year}",
                    "Account Name": "Northwind Security",
                    "Campaign Group Name": group,
                    "Campaign Name": name,
                    "Campaign ID": 281930400 + 17 * k,
                    "Campaign Objective": objective,
                    "Cost Type": cost_type,
                    "Currency": "USD",
                    "Total Spent": spent,
                    "Impressions": impressions,
                    "Clicks": clicks,
                    "Click Through Rate": round(clicks / impressions, 6) if impressions else 0.0,
                    "Average CPM": round(1000 * spent / impressions, 2),
                    "Average CPC": round(spent / clicks, 2) if clicks else "N/A",
                    "Reactions": int(rng.poisson(impressions * 0.0012)),
                    "Comments": int(rng.poisson(impressions * 0.0001)),
                    "Shares": int(rng.poisson(impressions * 0.00008)),
                    "Follows": int(rng.poisson(impressions * 0.0002)),
                    "Leads": leads,
                    "Lead Form Opens": leads + int(rng.poisson(leads * 1.5)) if objective == "Lead Generation" else 0,
                }
            )
    return pd.DataFrame(rows)


def _li_day(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Start Date (in UTC)"], format="%m/%d/%Y")


def _li_cheapest_group(d: pd.DataFrame) -> str:
    g = d.groupby("Campaign Group Name")[["Total Spent", "Leads"]].sum()
    g = g[g["Leads"] > 0]
    return _top(g["Total Spent"] / g["Leads"], ascending=True)


# --- 5. FDA FAERS reports, one row per report version --------------------------------------------------------------

_FA_DRUGS = {
    "HUMIRA": ("ADALIMUMAB", 14),
    "OZEMPIC": ("SEMAGLUTIDE", 12),
    "XARELTO": ("RIVAROXABAN", 8),
    "KEYTRUDA": ("PEMBROLIZUMAB", 7),
    "DUPIXENT": ("DUPILUMAB", 10),
    "ELIQUIS": ("APIXABAN", 7),
    "METFORMIN": ("METFORMIN HYDROCHLORIDE", 5),
    "REVLIMID": ("LENALIDOMIDE", 6),
    "ENBREL": ("ETANERCEPT", 6),
    "LIPITOR": ("ATORVASTATIN CALCIUM", 4),
    "JARDIANCE": ("EMPAGLIFLOZIN", 5),
    "ZOLOFT": ("SERTRALINE HYDROCHLORIDE", 4),
}
_FA_PT_F = {"Nausea": 14, "Headache": 9, "Fatigue": 10, "Injection site pain": 19, "Drug ineffective": 11}
_FA_PT_F |= {"Rash": 7, "Diarrhoea": 8, "Death": 3, "Off label use": 6, "Dyspnoea": 5}
_FA_PT_M = {"Nausea": 10, "Headache": 6, "Fatigue": 8, "Injection site pain": 6, "Drug ineffective": 13}
_FA_PT_M |= {"Rash": 5, "Diarrhoea": 9, "Death": 5, "Off label use": 7, "Dyspnoea": 6}
_FA_COUNTRY = {"US": 62, "GB": 5, "JP": 6, "DE": 5, "FR": 5, "CA": 6, "BR": 4, "IT": 3, "": 4}


def _faers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12105)
    n_cases = 2600
    rows = []
    for i in range(n_cases):
        caseid = 21000000 + int(rng.integers(0, 900000)) * 3 + i % 3
        drug = _pick(rng, {k: v[1] for k, v in _FA_DRUGS.items()})
        sex = _pick(rng, {"F": 56, "M": 36, "UNK": 2, "": 6})
        pt = _pick(rng, _FA_PT_M if sex == "M" else _FA_PT_F)
        years = float(np.clip(rng.normal(57, 17), 1, 95))
        age_cod = _pick(rng, {"YR": 90, "MON": 2, "DY": 1, "DEC": 2, "": 5})
        if years < 3 and age_cod == "YR":
            age_cod = "MON"
        age: Any = {"YR": round(years), "MON": round(years * 12), "DY": round(years * 365), "DEC": round(years / 10)}
        age = age.get(age_cod, np.nan) if rng.random() > 0.03 else np.nan
        if pd.isna(age):
            age_cod = ""
        outcome = _pick(rng, {"OT": 40, "HO": 22, "DE": 7 if drug != "KEYTRUDA" else 20, "LT": 3, "DS": 2, "": 26})
        if pt == "Death":
            outcome = "DE"
        init = pd.Timestamp("2023-01-01") + pd.Timedelta(days=int(rng.integers(0, 365)))
        event = init - pd.Timedelta(days=int(rng.exponential(70)))
        event_dt = _pick(rng, {event.strftime("%Y%m%d"): 70, event.strftime("%Y%m"): 12, "": 18})
        versions = 1 if rng.random() < 0.87 else int(rng.integers(2, 4))
        wt = round(float(rng.normal(80 if sex == "M" else 70, 15)), 1)
        wt_cod = "KG" if rng.random() < 0.85 else "LBS"
        base = {
            "caseid": caseid,
            "event_dt": event_dt,
            "mfr_dt": "",
            "init_fda_dt": init.strftime("%Y%m%d"),
            "rept_cod": _pick(rng, {"EXP": 70, "PER": 25, "DIR": 5}),
            "mfr_sndr": "FDA-CTU" if rng.random() < 0.05 else f"{drug.title()} Pharma",
            "age": age,
            "age_cod": age_cod,
            "sex": sex,
            "wt": (wt if wt_cod == "KG" else round(wt * 2.2046, 1)) if rng.random() < 0.6 else np.nan,
            "wt_cod": wt_cod,
            "occr_country": _pick(rng, _FA_COUNTRY),
            "occp_cod": _pick(rng, {"MD": 35, "HP": 20, "CN": 35, "PH": 8, "LW": 2}),
            "drugname": drug if rng.random() < 0.95 else f"{drug} PEN",
            "prod_ai": _FA_DRUGS[drug][0],
            "pt": pt,
            "outc_cod": outcome,
        }
        for v in range(1, versions + 1):
            fda = init + pd.Timedelta(days=int(rng.integers(0, 40)) + 45 * (v - 1))
            rows.append(
                {"primaryid": caseid * 10 + v, "caseversion": v, "i_f_code": "I" if v == 1 else "F"}
                | base
                | {"fda_dt": fda.strftime("%Y%m%d")}
            )
    cols = ["primaryid", "caseid", "caseversion", "i_f_code", "event_dt", "mfr_dt", "init_fda_dt", "fda_dt"]
    frame = pd.DataFrame(rows)
    return frame[cols + [c for c in frame.columns if c not in cols]]


def _fa_drug(d: pd.DataFrame) -> pd.Series:
    return d["drugname"].str.replace(" PEN", "", regex=False)


def _fa_years(d: pd.DataFrame) -> pd.Series:
    factor = d["age_cod"].map({"YR": 1.0, "MON": 1 / 12, "DY": 1 / 365, "DEC": 10.0, "WK": 1 / 52})
    return pd.to_numeric(d["age"], errors="coerce") * factor


def _fa_ages(dedupe: bool) -> list[Check]:
    def pick(d: pd.DataFrame) -> pd.DataFrame:
        return d.sort_values("caseversion").drop_duplicates("caseid", keep="last") if dedupe else d

    return [
        _about(lambda d: _fa_years(pick(d)).mean(), rel=0.01),
        _about(lambda d: _fa_years(pick(d)).median(), rel=0.01),
        _about(lambda d: pd.to_numeric(pick(d).loc[pick(d)["age_cod"] == "YR", "age"]).mean(), rel=0.01),
    ]


def _fa_women(dedupe: bool, known: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        if dedupe:
            d = d.drop_duplicates("caseid")
        sex = d["sex"].fillna("")
        if known:
            sex = sex[sex.isin(["F", "M"])]
        return float((sex == "F").mean())

    return value


# --- 6. Privacy Rights Clearinghouse data breaches -----------------------------------------------------------------

_PR_STATES = {"California": 16, "New York": 8, "Texas": 8, "Florida": 6, "Illinois": 4, "Pennsylvania": 4}
_PR_STATES |= {"Ohio": 4, "Massachusetts": 4, "Washington": 3, "Georgia": 3, "Maryland": 3, "Indiana": 3, "": 2}
_PR_BREACH = {"HACK": 30, "DISC": 17, "PHYS": 16, "PORT": 18, "INSD": 8, "STAT": 3, "CARD": 2, "UNKN": 6}
_PR_ORG = {"MED": 38, "BSO": 15, "BSF": 10, "BSR": 10, "EDU": 10, "GOV": 13, "NGO": 4}
_PR_NAMES = {
    "MED": ["Regional Medical Center", "Health System", "Family Clinic", "Health Plan", "Dental Group"],
    "BSO": ["Software Inc.", "Telecom", "Hotels", "Airlines"],
    "BSF": ["Credit Union", "Bank", "Insurance Co.", "Financial Services"],
    "BSR": ["Retail", "Stores", "Restaurants", "Apparel"],
    "EDU": ["University", "School District", "Community College"],
    "GOV": ["Department of Revenue", "County", "City of", "Department of Veterans Affairs"],
    "NGO": ["Foundation", "Charities", "Church"],
}
_PR_WORDS = [
    "Acme",
    "Summit",
    "Pioneer",
    "Evergreen",
    "Liberty",
    "Harbor",
    "Keystone",
    "Redwood",
    "Sterling",
    "Horizon",
    "Cardinal",
    "Granite",
]


def _breaches_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12106)
    n = 2700
    rows = []
    for _ in range(n):
        year = int(_one(rng, list(range(2005, 2019)), [3, 5, 5, 6, 5, 7, 8, 9, 8, 9, 9, 10, 11, 6]))
        public = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        kind = _pick(rng, _PR_BREACH)
        org = _pick(rng, _PR_ORG)
        label = str(rng.choice(_PR_NAMES[org]))
        company = f"{label} {rng.choice(_PR_WORDS)}" if label == "City of" else f"{rng.choice(_PR_WORDS)} {label}"
        scale = {"HACK": 11.0, "CARD": 10.0, "PORT": 8.5, "DISC": 7.5, "INSD": 6.5}.get(kind, 6.0)
        records = int(rng.lognormal(scale, 2.0))
        shown = "" if rng.random() < 0.22 else ("0" if rng.random() < 0.05 else f"{records:,}")
        breach_year = year if rng.random() < 0.85 else year - 1
        rows.append(
            {
                "Date Made Public": f"{public.month}/{public.day}/{public.year}",
                "Company": company,
                "City": str(rng.choice(["Springfield", "Columbus", "Austin", "Portland", "Atlanta", "San Diego"])),
                "State": _pick(rng, _PR_STATES),
                "Type of breach": kind,
                "Type of organization": org,
                "Total Records": shown,
                "Description of incident": f"{company} reported a {kind.lower()} incident affecting customers.",
                "Information Source": _pick(rng, {"Dataloss DB": 4, "US Government Agency": 3, "Media": 3}),
                "Source URL": "" if rng.random() < 0.5 else "https://www.databreaches.net/",
                "Year of Breach": breach_year,
                "Latitude": round(float(rng.uniform(25, 48)), 6),
                "Longitude": round(float(rng.uniform(-123, -70)), 6),
            }
        )
    frame = pd.DataFrame(rows)
    # one mega breach for the record books
    frame.loc[1234, ["Company", "Type of breach", "Type of organization", "Total Records"]] = [
        "Evergreen Hotels",
        "HACK",
        "BSO",
        "383,000,000",
    ]
    return frame


def _pr_records(d: pd.DataFrame) -> pd.Series:
    return _num(d["Total Records"])


def _pr_public_year(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Date Made Public"], format="%m/%d/%Y").dt.year


# --- 7. FBI NICS firearm checks by month and state -----------------------------------------------------------------

_NI_STATES = {
    "Alabama": 5.0, "Alaska": 0.7, "Arizona": 3.3, "Arkansas": 2.4, "California": 9.5, "Colorado": 4.0,
    "Connecticut": 2.0, "Delaware": 0.5, "District of Columbia": 0.05, "Florida": 10.0, "Georgia": 5.2,
    "Guam": 0.02, "Hawaii": 0.3, "Idaho": 1.3, "Illinois": 14.0, "Indiana": 8.0, "Iowa": 1.8, "Kansas": 1.8,
    "Kentucky": 30.0, "Louisiana": 2.8, "Maine": 1.0, "Mariana Islands": 0.005, "Maryland": 1.7,
    "Massachusetts": 2.2, "Michigan": 5.5, "Minnesota": 5.0, "Mississippi": 2.1, "Missouri": 4.2,
    "Montana": 1.2, "Nebraska": 0.7, "Nevada": 1.3, "New Hampshire": 1.3, "New Jersey": 1.1, "New Mexico": 1.3,
    "New York": 3.5, "North Carolina": 5.8, "North Dakota": 0.6, "Ohio": 6.5, "Oklahoma": 2.7, "Oregon": 2.7,
    "Pennsylvania": 8.5, "Puerto Rico": 0.3, "Rhode Island": 0.2, "South Carolina": 3.0, "South Dakota": 0.8,
    "Tennessee": 5.6, "Texas": 13.0, "Utah": 2.7, "Vermont": 0.4, "Virgin Islands": 0.01, "Virginia": 4.5,
    "Washington": 4.8, "West Virginia": 1.3, "Wisconsin": 4.0, "Wyoming": 0.5,
}  # fmt: skip
_NI_TERRITORIES = ("Guam", "Mariana Islands", "Virgin Islands", "Puerto Rico")
_NI_OTHER = [
    "prepawn_handgun", "prepawn_long_gun", "prepawn_other", "redemption_handgun", "redemption_long_gun",
    "redemption_other", "returned_handgun", "returned_long_gun", "returned_other", "rentals_handgun",
    "rentals_long_gun", "private_sale_handgun", "private_sale_long_gun", "private_sale_other",
    "return_to_seller_handgun", "return_to_seller_long_gun", "return_to_seller_other",
]  # fmt: skip


def _nics_frame() -> pd.DataFrame:
    rng = np.random.default_rng(12107)
    months = pd.period_range("2017-01", "2023-12", freq="M")
    rows = []
    for m in months[::-1]:
        boom = 1.0 + 0.9 * (m.year == 2020 and m.month >= 3) + 0.5 * (m.year == 2021 and m.month <= 6)
        boom += 0.25 * (m.year == 2021 and m.month > 6) + 0.1 * (m.year >= 2022)
        boom *= 1.25 if m.month == 12 else (1.1 if m.month in (1, 3, 11) else 1.0)
        if m == pd.Period("2021-01", "M"):
            boom *= 1.35
        for state, size in _NI_STATES.items():
            k = size * 1000 * boom * rng.lognormal(0, 0.06)
            hand = int(k * 2.6 * rng.uniform(0.85, 1.15) * (1.15 if m.year >= 2020 else 1.0))
            long_gun = int(k * 2.2 * rng.uniform(0.85, 1.15))
            permit = int(
                k * (18 if state == "Kentucky" else (6 if state == "Illinois" else 1.2)) * rng.uniform(0.8, 1.2)
            )
            recheck = int(permit * 0.3) if state in ("Kentucky", "Illinois", "Utah") else 0
            row: dict[str, Any] = {
                "month": str(m),
                "state": state,
                "permit": permit,
                "permit_recheck": recheck,
                "handgun": hand,
                "long_gun": long_gun,
                "other": int(k * 0.15 * rng.uniform(0.5, 1.5)),
                "multiple": int(k * 0.12 * rng.uniform(0.8, 1.2)),
                "admin": int(rng.poisson(2)) if rng.random() < 0.3 else 0,
            }
            for c in _NI_OTHER:
                row[c] = int(k * 0.02 * rng.uniform(0.3, 1.5)) if "private" not in c else int(k * 0.05 * rng.random())
                if state in _NI_TERRITORIES and rng.random() < 0.7:
                    row[c] = np.nan
            row["totals"] = int(sum(v for c, v in row.items() if c not in ("month", "state") and pd.notna(v)))
            rows.append(row)
    return pd.DataFrame(rows)


def _ni_year(d: pd.DataFrame, year: int, state: str | None = None) -> float:
    keep = d["month"].astype(str).str.startswith(str(year))
    if state:
        keep &= d["state"] == state
    return float(d.loc[keep, "totals"].sum())


def _ni_change(state: str | None) -> Callable[[pd.DataFrame], float]:
    return lambda d: _ni_year(d, 2021, state) / _ni_year(d, 2019, state) - 1


def _ni_top_month(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Timestamp(d.groupby("month")["totals"].sum().idxmax() + "-01")


# --- the questions -------------------------------------------------------------------------------------------------

_OC_USES = ("Consumption (kWh)", " Start", " End")
_JB_MONEY = ("Total ($)", "Status", "Invoice #")

HELDOUT121 = [
    Dataset(
        "storygraph_reading_export",
        _storygraph_frame,
        [
            Q("how many books have i read?", _count(lambda d: int(_sg_read(d).sum())), ("Read Status", "Title")),
            Q(
                "what's my average rating?",
                _about(lambda d: pd.to_numeric(d["Star Rating"], errors="coerce").mean(), rel=0.01),
                ("Star Rating",),
            ),
            Q(
                "who's the author i've read most?",
                _label(
                    lambda d: _top(d.loc[_sg_read(d), "Authors"].value_counts()),
                    lambda d: _top(d["Authors"].value_counts()),
                ),
                ("Authors", "Read Status", "Title"),
            ),
            Q(
                "how many did i finish in 2023?",
                _count(lambda d: int((_sg_read(d) & (_sg_last(d).dt.year == 2023)).sum())),
                ("Read Status", "Last Date Read", "Dates Read", "Title"),
            ),
            Q(
                "what percent of my books are audiobooks?",
                either(
                    _share(lambda d: (d["Format"] == "audio").mean()),
                    _share(lambda d: (d.loc[_sg_read(d), "Format"] == "audio").mean()),
                ),
                ("Format", "Read Status"),
            ),
            Q(
                "do i rate fast paced books higher than slow ones?",
                _about(_sg_pace, rel=0.01),
                ("Pace", "Star Rating"),
            ),
        ],
    ),
    Dataset(
        "octopus_energy_consumption",
        _octopus_frame,
        [
            Q(
                "how much electricity have i used in total?",
                _about(lambda d: d["Consumption (kWh)"].sum(), rel=0.005),
                _OC_USES,
            ),
            Q(
                "what's my average usage per day?",
                either(*(_about(lambda d, u=u: _oc_daily(u)(d).mean(), rel=0.01) for u in (False, True))),
                _OC_USES,
            ),
            Q(
                "which day did i use the most?",
                either(*(_day(lambda d, u=u: _oc_daily(u)(d).idxmax()) for u in (False, True))),
                _OC_USES,
            ),
            Q("which month was highest?", _month_year(_oc_month), _OC_USES),
            Q(
                "how many half hours were over 1 kwh?",
                _count(lambda d: int((d["Consumption (kWh)"] > 1).sum())),
                _OC_USES,
            ),
            Q(
                "do i use more on weekends than weekdays per day?",
                either(*(_about(_oc_week(u), rel=0.01) for u in (False, True))),
                _OC_USES,
            ),
        ],
    ),
    Dataset(
        "jobber_invoices_export",
        _jobber_frame,
        [
            Q(
                "how much have we invoiced in total?",
                either(_scaled(_jb_total(True), _MONEY), _scaled(_jb_total(False), _MONEY)),
                _JB_MONEY,
            ),
            Q(
                "how much money is still owed to us?",
                either(
                    _scaled(lambda d: _num(d["Balance ($)"]).sum(), _MONEY),
                    _scaled(lambda d: _num(d.loc[d["Status"] != "Draft", "Balance ($)"]).sum(), _MONEY),
                    _scaled(
                        lambda d: _num(d.loc[~d["Status"].isin(["Draft", "Bad Debt"]), "Balance ($)"]).sum(), _MONEY
                    ),
                ),
                ("Balance ($)", "Status", "Invoice #"),
            ),
            Q(
                "who's our biggest client?",
                _label(_jb_client(True), _jb_client(False)),
                ("Client name", *_JB_MONEY),
            ),
            Q(
                "how many invoices are past due?",
                _count(lambda d: int((d["Status"] == "Past Due").sum())),
                ("Status", "Due date", "Invoice #"),
            ),
            Q("which type of job has the biggest average invoice?", _lead(_named(_jb_job)), ("Subject", "Total ($)")),
            Q(
                "how many days do clients usually take to pay?",
                either(_about(_jb_wait("mean"), rel=0.01), _about(_jb_wait("median"), rel=0.01)),
                ("Issued date", "Marked paid date", "Status", "Invoice #", "Due date"),
            ),
        ],
    ),
    Dataset(
        "linkedin_ads_campaign_export",
        _linkedin_frame,
        [
            Q(
                "how much have we spent on linkedin?",
                _scaled(lambda d: d["Total Spent"].sum(), _MONEY),
                ("Total Spent", "Currency"),
            ),
            Q(
                "which campaign got the most leads?",
                _lead(_named(lambda d: _top(d.groupby("Campaign Name")["Leads"].sum()))),
                ("Campaign Name", "Leads", "Campaign ID"),
            ),
            Q(
                "what's our overall click through rate?",
                either(
                    _share(lambda d: d["Clicks"].sum() / d["Impressions"].sum()),
                    _share(lambda d: d["Click Through Rate"].mean()),
                ),
                ("Clicks", "Impressions", "Click Through Rate"),
            ),
            Q(
                "which campaign group has the cheapest cost per lead?",
                _lead(_named(_li_cheapest_group)),
                ("Campaign Group Name", "Total Spent", "Leads"),
            ),
            Q(
                "how many clicks did we get in march?",
                _count(lambda d: int(d.loc[_li_day(d).dt.month == 3, "Clicks"].sum())),
                ("Clicks", "Start Date (in UTC)"),
            ),
            Q(
                "does spending more per day bring in more leads?",
                _corr(lambda d: d["Total Spent"], lambda d: d["Leads"]),
                ("Total Spent", "Leads", "Start Date (in UTC)"),
            ),
        ],
    ),
    Dataset(
        "fda_faers_adverse_events",
        _faers_frame,
        [
            Q(
                "how many reports are in here?",
                either(_count(lambda d: len(d)), _count(lambda d: d["caseid"].nunique())),
                ("primaryid", "caseid"),
            ),
            Q(
                "which drug has the most reports?",
                _label(
                    lambda d: _top(_fa_drug(d).value_counts()),
                    lambda d: _top(d["drugname"].value_counts()),
                    lambda d: _top(_fa_drug(d.drop_duplicates("caseid")).value_counts()),
                ),
                ("drugname", "prod_ai", "primaryid", "caseid"),
            ),
            Q(
                "how many people died?",
                either(
                    _count(lambda d: int((d["outc_cod"] == "DE").sum())),
                    _count(lambda d: int(d.loc[d["outc_cod"] == "DE", "caseid"].nunique())),
                ),
                ("outc_cod", "primaryid", "caseid"),
            ),
            Q(
                "what's the average age of patients?",
                either(*_fa_ages(False), *_fa_ages(True)),
                ("age", "age_cod", "caseid", "primaryid"),
            ),
            Q(
                "what share are women?",
                either(*(_share(_fa_women(a, b)) for a in (False, True) for b in (False, True))),
                ("sex", "caseid", "primaryid"),
            ),
            Q(
                "what's the most common reaction for them?",
                _label(
                    lambda d: _top(d.loc[d["sex"] == "F", "pt"].value_counts()),
                    lambda d: _top(d.drop_duplicates("caseid").loc[lambda x: x["sex"] == "F", "pt"].value_counts()),
                ),
                ("pt", "sex", "caseid", "primaryid"),
            ),
        ],
    ),
    Dataset(
        "privacy_rights_data_breaches",
        _breaches_frame,
        [
            Q(
                "how many breaches were hacking?",
                _count(lambda d: int((d["Type of breach"] == "HACK").sum())),
                ("Type of breach",),
            ),
            Q(
                "which year had the most breaches?",
                either(
                    _year(lambda d: _top(d["Year of Breach"].value_counts())),
                    _year(lambda d: _top(_pr_public_year(d).value_counts())),
                ),
                ("Year of Breach", "Date Made Public"),
            ),
            Q(
                "how many records got exposed in total?",
                _scaled(lambda d: _pr_records(d).sum(), _BIG),
                ("Total Records",),
            ),
            Q(
                "what kind of organization gets breached the most?",
                _lead(_named(lambda d: _top(d["Type of organization"].value_counts()), {"MED": ("medical",)})),
                ("Type of organization",),
            ),
            Q(
                "which state has the most?",
                _lead(_named(lambda d: _top(d["State"].replace("", np.nan).dropna().value_counts()))),
                ("State",),
            ),
            Q(
                "whats the biggest breach, which company?",
                _lead(_named(lambda d: str(d.loc[_pr_records(d).idxmax(), "Company"]))),
                ("Company", "Total Records"),
            ),
        ],
    ),
    Dataset(
        "fbi_nics_firearm_checks",
        _nics_frame,
        [
            Q(
                "how many background checks were there in 2020?",
                _scaled(lambda d: _ni_year(d, 2020), _BIG),
                ("month", "totals"),
            ),
            Q(
                "which state has the most checks overall?",
                _lead(_named(lambda d: _top(d.groupby("state")["totals"].sum()))),
                ("state", "totals"),
            ),
            Q("what month had the most checks nationwide?", _month_year(_ni_top_month), ("month", "totals")),
            Q(
                "are there more handgun or long gun checks, how many each?",
                _scaled(lambda d: [d["handgun"].sum(), d["long_gun"].sum()], _BIG),
                ("handgun", "long_gun"),
            ),
            Q("how much did checks change from 2019 to 2021?", _pct(_ni_change(None)), ("month", "totals")),
            Q("and for texas?", _pct(_ni_change("Texas")), ("month", "state", "totals")),
        ],
    ),
]
