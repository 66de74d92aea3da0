"""HELDOUT152: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of public files an analyst is likely to bring along: a Qualtrics survey responses
export (CSV, the two extra header rows removed) with StartDate / EndDate / RecordedDate as "2024-03-04 09:12:33",
Status "IP Address" or "Survey Preview" (a few test previews), IPAddress (blank for previews), Progress 0-100,
"Duration (in seconds)" with some very long sessions, Finished True / False, "R_..." ResponseId, blank
Recipient* and ExternalReference columns, LocationLatitude / LocationLongitude, DistributionChannel "anonymous" or
"preview", UserLanguage EN, renamed questions overall_sat (five labelled levels, "Very dissatisfied" ... "Very
satisfied"), recommend (0-10) with Qualtrics' recommend_NPS_GROUP (1 detractor, 2 passive, 3 promoter), age_group
("18-24" ... "65+"), gender and free-text comments, later answers blank when a respondent dropped out; a Justworks
payroll register with "01/15/2024" semi-monthly pay dates and pay periods, Member Name and Member ID, Department,
Salary / Hourly pay type, regular and overtime hours (blank for salaried members), money written "$1,234.56"
(Regular Pay, Overtime Pay, Bonus, Gross Pay, taxes, deductions, Net Pay and employer taxes), a two-letter work
State, December bonuses and a "TOTAL" row after each pay date summing its checks; DigitalOcean invoice line items
for twelve monthly invoices of 2024 concatenated (product, group_description, description such as "web-01
(s-2vcpu-4gb)", hours blank for storage and bandwidth items, start / end as "2024-01-01 00:00:00 +0000", USD as a
number, project_name, category), with negative promotional-credit rows that have no project; a Ticketmaster resale
(seller) listings export with Listing ID, Event, "2024-07-12T19:30:00" event dates, Venue, City, Section ("FLOOR
A", "GA FLOOR", "112", "LOGE 6"), Row (blank for GA), Seats ("14-15" or blank), Quantity, Price Per Ticket and Face
Value as "$245.00", Total Payout, "2024-05-02" Listed On, Status Sold / Active / Expired / Cancelled, Sold On
(blank unless sold) and Delivery; the BLS CPI-U flat file in long form (series_id padded with trailing spaces as
the BLS writes it, year 2015-2024, period M01-M12 plus the M13 annual average, value, blank footnote_codes) for
seven not seasonally adjusted U.S. city average series (CUUR0000SA0, SAF1, SEFV, SAH1, SETB01, SETA02, SAM); San
Francisco Fire Incidents from DataSF (2019-2023) with Incident Number, Exposure Number, ID, Address, "2021/05/04"
Incident Date, Call Number, Alarm DtTm / Arrival DtTm / Close DtTm as "2021/05/04 03:15:22 PM" (a few arrivals
blank), City, zipcode, "B03" Battalion, Station Area, unit and personnel counts, "E03" First Unit On Scene,
Estimated Property Loss and Estimated Contents Loss mostly blank, fire and civilian fatalities and injuries, Number
of Alarms, NFIRS-coded Primary Situation and Action Taken Primary ("745 Alarm system activation, no fire -
unintentional"), Property Use, Supervisor District, neighborhood_district and a "POINT (-122.41 37.77)" point; and
the FAOSTAT crops and livestock download (QCL) in long form with Domain Code / Domain, "Area Code (M49)", Area
("China, mainland", "United States of America"), Element Code / Element ("Area harvested" in ha, "Yield" in kg/ha,
"Production" in t), "Item Code (CPC)" and Item ("Maize (corn)", "Soya beans"), Year Code / Year 2000-2022, Unit,
Value (a few blank with flag M), Flag (A, E, I, M) and Flag Description. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _lead, _named, _pct, _share, _split
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or lowest) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending=ascending).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions / billions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from a text column ("$1,234.50", blanks as NaN)."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


def _txt(s: pd.Series) -> pd.Series:
    return s.astype("string").fillna("").str.strip()


def _usd(x: float) -> str:
    return f"-${abs(x):,.2f}" if x < 0 else f"${x:,.2f}"


# --- 1. Qualtrics survey responses ---------------------------------------------------------------------------------

_QS_SAT = ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"]
_QS_AGES = {"18-24": (0.12, -1.6), "25-34": (0.27, 0.0), "35-44": (0.24, 0.3), "45-54": (0.18, 0.4)}
_QS_AGES |= {"55-64": (0.12, 0.6), "65+": (0.07, 0.8)}
_QS_COMMENTS = ["Great service", "too expensive", "App keeps crashing", "Support was slow to reply", "love it!"]
_QS_COMMENTS += ["Shipping took forever", "n/a", "Would like more payment options", "Easy to use", "meh"]


def _qualtrics_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15201)
    rows = []
    ages = list(_QS_AGES)
    for i in range(920):
        start = pd.Timestamp("2024-03-04 08:00") + pd.Timedelta(minutes=float(rng.uniform(0, 60 * 24 * 26)))
        preview = i < 6
        duration = int(rng.lognormal(5.6, 0.45))
        if rng.random() < 0.06:
            duration = int(rng.uniform(3000, 60000))
        finished = preview or rng.random() > 0.09
        progress = 100 if finished else int(_one(rng, [9, 27, 45, 64, 82]))
        if not finished:
            duration = int(duration * progress / 100)
        end = start + pd.Timedelta(seconds=duration)
        recorded = end if finished else end + pd.Timedelta(days=7)
        age = _one(rng, ages, [w for w, _ in _QS_AGES.values()])
        shift = _QS_AGES[age][1]
        level = int(np.clip(np.round(2.7 + shift + rng.normal(0, 1.0)), 0, 4))
        rec = int(np.clip(np.round(6.9 + 1.1 * shift + 0.9 * (level - 2.7) + rng.normal(0, 1.6)), 0, 10))
        answered = 5 if finished else progress // 20
        row = {
            "StartDate": start.strftime("%Y-%m-%d %H:%M:%S"),
            "EndDate": end.strftime("%Y-%m-%d %H:%M:%S"),
            "Status": "Survey Preview" if preview else "IP Address",
            "IPAddress": ""
            if preview
            else f"{rng.integers(24, 220)}.{rng.integers(0, 255)}.{rng.integers(0, 255)}.{rng.integers(1, 255)}",
            "Progress": progress,
            "Duration (in seconds)": duration,
            "Finished": finished,
            "RecordedDate": recorded.strftime("%Y-%m-%d %H:%M:%S"),
            "ResponseId": "R_"
            + "".join(
                _one(rng, list("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789")) for _ in range(15)
            ),
            "RecipientLastName": "",
            "RecipientFirstName": "",
            "RecipientEmail": "",
            "ExternalReference": "",
            "LocationLatitude": round(float(rng.uniform(26, 47)), 4),
            "LocationLongitude": round(float(rng.uniform(-122, -71)), 4),
            "DistributionChannel": "preview" if preview else "anonymous",
            "UserLanguage": "EN",
            "overall_sat": _QS_SAT[level] if answered >= 1 else "",
            "recommend": rec if answered >= 2 else None,
            "recommend_NPS_GROUP": (1 if rec <= 6 else 2 if rec <= 8 else 3) if answered >= 2 else None,
            "age_group": age if answered >= 3 else "",
            "gender": _one(rng, ["Female", "Male", "Non-binary / third gender", "Prefer not to say"], [48, 46, 3, 3])
            if answered >= 4
            else "",
            "comments": _one(rng, _QS_COMMENTS) if answered >= 5 and rng.random() < 0.38 else "",
        }
        rows.append(row)
    out = pd.DataFrame(rows).sort_values("RecordedDate", kind="stable")
    return out.astype({"recommend": "Int64", "recommend_NPS_GROUP": "Int64"})


def _qs(d: pd.DataFrame, real: bool = True) -> pd.DataFrame:
    return d[_txt(d["Status"]) != "Survey Preview"] if real else d


def _qs_finished(d: pd.DataFrame) -> pd.Series:
    return d["Finished"].astype(str).str.strip().str.lower() == "true"


def _qs_minutes(how: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(getattr(pd.to_numeric(d["Duration (in seconds)"]), how)() / 60)


def _qs_promoters(real: bool, base_all: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _qs(d, real)
        rec = pd.to_numeric(x["recommend"], errors="coerce")
        return float((rec >= 9).sum() / (len(x) if base_all else rec.notna().sum()))

    return value


def _qs_rec_by_age(d: pd.DataFrame) -> pd.Series:
    x = d[_txt(d["age_group"]) != ""]
    return pd.to_numeric(x["recommend"], errors="coerce").groupby(_txt(x["age_group"])).mean()


def _qs_least(by_share: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = d[(_txt(d["age_group"]) != "") & (_txt(d["overall_sat"]) != "")]
        sat = _txt(x["overall_sat"])
        if by_share:
            return _top(sat.isin(_QS_SAT[:2]).groupby(_txt(x["age_group"])).mean())
        return _top(sat.map({s: i + 1 for i, s in enumerate(_QS_SAT)}).groupby(_txt(x["age_group"])).mean(), True)

    return value


_QS_ID = ("ResponseId", "Status", "DistributionChannel", "Finished", "Progress")
_QUALTRICS_QS = [
    Q(
        "how many real responses did we get? ignore the test previews",
        either(_count(lambda d: len(_qs(d))), _count(lambda d: int(_qs_finished(_qs(d)).sum()))),
        _QS_ID,
    ),
    Q(
        "how long did it usually take people, in minutes",
        either(
            _about(_qs_minutes("median"), rel=0.02),
            _about(_qs_minutes("mean"), rel=0.02),
            _about(lambda d: float(pd.to_numeric(_qs(d)["Duration (in seconds)"]).median() / 60), rel=0.02),
            _about(lambda d: float(pd.to_numeric(_qs(d)["Duration (in seconds)"]).mean() / 60), rel=0.02),
        ),
        (*_QS_ID, "Duration (in seconds)", "StartDate", "EndDate"),
    ),
    Q(
        "what % gave us a 9 or 10 on the recommend question",
        either(
            _share(_qs_promoters(True, False)),
            _share(_qs_promoters(False, False)),
            _share(_qs_promoters(True, True)),
        ),
        (*_QS_ID, "recommend", "recommend_NPS_GROUP"),
    ),
    Q(
        "average recommend score by age group",
        _about(lambda d: _qs_rec_by_age(d).to_numpy(), rel=0.01),
        (*_QS_ID, "recommend", "age_group"),
    ),
    Q(
        "which age group is the least satisfied overall",
        either(_lead(_named(_qs_least(False))), _lead(_named(_qs_least(True)))),
        (*_QS_ID, "overall_sat", "age_group"),
    ),
    Q(
        "how many people actually wrote a comment",
        _count(lambda d: int((_txt(d["comments"]) != "").sum())),
        (*_QS_ID, "comments"),
    ),
]


# --- 2. Justworks payroll register ---------------------------------------------------------------------------------

# department: (members, salaried share, annual salary or hourly rate range)
_JW_DEPTS: dict[str, tuple[int, float, tuple[float, float]]] = {
    "Engineering": (11, 1.0, (125_000, 190_000)),
    "Sales": (6, 1.0, (70_000, 110_000)),
    "Customer Support": (7, 0.0, (22.0, 31.0)),
    "Operations": (5, 0.4, (24.0, 36.0)),
    "Marketing": (3, 1.0, (80_000, 120_000)),
}
_JW_FIRST = _split("Ava;Liam;Maya;Noah;Zoe;Ethan;Isla;Omar;Priya;Lucas;Chloe;Mateo;Hana;Ravi;Nina;Owen;Sofia;Jonah")
_JW_LAST = _split("Reyes;Cohen;Park;Okafor;Schmidt;Patel;Lopez;Nguyen;Murphy;Haddad;Kowalski;Tanaka;Brooks")
_JW_MONEY = ["Regular Pay", "Overtime Pay", "Bonus", "Gross Pay", "Federal Income Tax", "Social Security"]
_JW_MONEY += ["Medicare", "State Income Tax", "Pre-Tax Deductions", "Post-Tax Deductions", "Net Pay"]
_JW_MONEY += ["Employer Social Security", "Employer Medicare", "Employer FUTA", "Employer SUTA"]


def _justworks_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15202)
    members = []
    for dept, (n, salaried, (lo, hi)) in _JW_DEPTS.items():
        for _ in range(n):
            sal = rng.random() < salaried
            members.append(
                {
                    "name": f"{_one(rng, _JW_FIRST)} {_one(rng, _JW_LAST)}",
                    "id": f"JW{int(rng.integers(100000, 999999))}",
                    "dept": dept,
                    "salaried": sal,
                    "rate": round(float(rng.uniform(lo, hi)), -3 if sal else 0)
                    if sal
                    else round(float(rng.uniform(lo, hi)), 2),
                    "start": pd.Timestamp("2024-01-01")
                    if rng.random() < 0.8
                    else pd.Timestamp(2024, int(rng.integers(2, 10)), 1),
                    "state": _one(rng, ["NY", "NJ", "CA", "TX", "FL"], [5, 2, 2, 1, 1]),
                }
            )
    pays = []
    for m in range(1, 13):
        pays.append(pd.Timestamp(2024, m, 15))
        pays.append(pd.Timestamp(2024, m, 1) + pd.offsets.MonthEnd(0))
    rows = []
    for pay in pays:
        begin = pay.replace(day=1) if pay.day == 15 else pay.replace(day=16)
        checks = []
        for mb in members:
            if mb["start"] > begin:
                continue
            if mb["salaried"]:
                reg_h, ot_h, reg = None, None, mb["rate"] / 24
                ot = 0.0
            else:
                reg_h = round(float(rng.uniform(72, 88)), 2)
                ot_h = round(float(max(0.0, rng.normal(3, 4))), 2) if rng.random() < 0.6 else 0.0
                reg, ot = reg_h * mb["rate"], ot_h * mb["rate"] * 1.5
            bonus = 0.0
            if pay == pays[-1]:
                bonus = round(reg * float(rng.uniform(0.5, 1.5)), -2)
            gross = round(reg + ot + bonus, 2)
            fed = round(gross * (0.1 + gross / 80_000), 2)
            ss, med = round(gross * 0.062, 2), round(gross * 0.0145, 2)
            st = round(gross * {"NY": 0.055, "NJ": 0.045, "CA": 0.06, "TX": 0.0, "FL": 0.0}[mb["state"]], 2)
            pre = round(float(_one(rng, [0, 150, 250, 400])) + 0.05 * gross * (rng.random() < 0.5), 2)
            post = round(float(_one(rng, [0, 0, 12.5, 30])), 2)
            net = round(gross - fed - ss - med - st - pre - post, 2)
            futa = round(min(gross, 7000) * 0.006, 2) if pay.month <= 3 else 0.0
            checks.append(
                {
                    "Pay Date": pay.strftime("%m/%d/%Y"),
                    "Pay Period Begin": begin.strftime("%m/%d/%Y"),
                    "Pay Period End": pay.strftime("%m/%d/%Y"),
                    "Member Name": mb["name"],
                    "Member ID": mb["id"],
                    "Department": mb["dept"],
                    "Pay Type": "Salary" if mb["salaried"] else "Hourly",
                    "Regular Hours": reg_h,
                    "Overtime Hours": ot_h,
                    "Regular Pay": round(reg, 2),
                    "Overtime Pay": round(ot, 2),
                    "Bonus": bonus,
                    "Gross Pay": gross,
                    "Federal Income Tax": fed,
                    "Social Security": ss,
                    "Medicare": med,
                    "State Income Tax": st,
                    "Pre-Tax Deductions": pre,
                    "Post-Tax Deductions": post,
                    "Net Pay": net,
                    "Employer Social Security": ss,
                    "Employer Medicare": med,
                    "Employer FUTA": futa,
                    "Employer SUTA": round(gross * 0.021, 2) if pay.month <= 6 else 0.0,
                    "State": mb["state"],
                }
            )
        total: dict[str, Any] = {k: "" for k in checks[0]}
        total["Pay Date"] = checks[0]["Pay Date"]
        total["Member Name"] = "TOTAL"
        for col in ["Regular Hours", "Overtime Hours", *_JW_MONEY]:
            total[col] = round(sum(float(c[col] or 0) for c in checks), 2)
        for c in (*checks, total):
            for col in _JW_MONEY:
                if c[col] != "":
                    c[col] = _usd(float(c[col]))
        rows += [*checks, total]
    return pd.DataFrame(rows)


def _jw(d: pd.DataFrame) -> pd.DataFrame:
    x = d[_txt(d["Member Name"]).str.upper() != "TOTAL"].copy()
    for col in _JW_MONEY:
        x[col] = _num(x[col])
    x["_pay"] = pd.to_datetime(x["Pay Date"], format="%m/%d/%Y")
    return x


def _jw_peak_month(d: pd.DataFrame) -> pd.Timestamp:
    x = _jw(d)
    return pd.Period(_top(x.groupby(x["_pay"].dt.to_period("M").astype(str))["Gross Pay"].sum())).to_timestamp()


_JW_ID = ("Member Name", "Member ID", "Pay Date")
_JUSTWORKS_QS = [
    Q(
        "what did we pay out in gross pay for the whole year",
        _money(lambda d: _jw(d)["Gross Pay"].sum()),
        (*_JW_ID, "Gross Pay"),
    ),
    Q(
        "which department costs the most in payroll",
        _lead(_named(lambda d: _top(_jw(d).groupby("Department")["Gross Pay"].sum()))),
        (*_JW_ID, "Department", "Gross Pay"),
    ),
    Q(
        "how many overtime hours were worked in total",
        _about(lambda d: float(pd.to_numeric(_jw(d)["Overtime Hours"]).sum()), rel=0.005),
        (*_JW_ID, "Overtime Hours"),
    ),
    Q(
        "average take home pay per paycheck?",
        either(_money(lambda d: _jw(d)["Net Pay"].mean()), _money(lambda d: _jw(d)["Net Pay"].median())),
        (*_JW_ID, "Net Pay"),
    ),
    Q("which month was payroll the biggest", _lead(_month_year(_jw_peak_month)), (*_JW_ID, "Gross Pay")),
    Q(
        "what share of gross goes to federal income tax",
        _share(lambda d: _jw(d)["Federal Income Tax"].sum() / _jw(d)["Gross Pay"].sum()),
        (*_JW_ID, "Gross Pay", "Federal Income Tax"),
    ),
]


# --- 3. DigitalOcean invoice line items ----------------------------------------------------------------------------

# droplet name: (size, monthly price, project)
_DO_DROPLETS = {
    "web-01": ("s-2vcpu-4gb", 24.0, "prod-api"),
    "web-02": ("s-2vcpu-4gb", 24.0, "prod-api"),
    "worker-01": ("s-4vcpu-8gb", 48.0, "prod-api"),
    "worker-02": ("c-4", 84.0, "prod-api"),
    "staging-web": ("s-1vcpu-2gb", 12.0, "staging"),
    "staging-db": ("s-2vcpu-2gb", 18.0, "staging"),
    "vpn": ("s-1vcpu-1gb", 6.0, "internal-tools"),
    "grafana": ("s-2vcpu-4gb", 24.0, "internal-tools"),
    "ci-runner": ("s-8vcpu-16gb", 96.0, "internal-tools"),
}


def _do_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15203)
    rows = []

    def add(
        product: str,
        group: str,
        desc: str,
        hours: float | None,
        start: pd.Timestamp,
        end: pd.Timestamp,
        usd: float,
        project: str,
        category: str,
    ) -> None:
        rows.append(
            {
                "product": product,
                "group_description": group,
                "description": desc,
                "hours": hours,
                "start": start.strftime("%Y-%m-%d %H:%M:%S +0000"),
                "end": end.strftime("%Y-%m-%d %H:%M:%S +0000"),
                "USD": round(usd, 2),
                "project_name": project,
                "category": category,
            }
        )

    for m in range(1, 13):
        first = pd.Timestamp(2024, m, 1)
        nxt = first + pd.offsets.MonthBegin(1)
        full = int((nxt - first).total_seconds() // 3600)
        scale = 1.0 + 0.5 * (m >= 9)
        for name, (size, price, project) in _DO_DROPLETS.items():
            hours = full if rng.random() > 0.2 else int(rng.integers(20, full))
            if name.startswith("ci") and m < 4:
                continue
            add("Droplets", "", f"{name} ({size})", hours, first, nxt, min(price, price * hours / 672), project, "iaas")
            if project == "prod-api":
                add("Backups", "", f"{name} ({size}) backups", None, first, nxt, 0.2 * price, project, "iaas")
        for k in range(int(rng.integers(2, 6) * scale)):
            h = int(rng.integers(1, 60))
            add(
                "Droplets",
                "",
                f"tmp-load-{m}-{k} (s-4vcpu-8gb)",
                h,
                first,
                nxt,
                round(0.0714 * h, 2),
                "staging",
                "iaas",
            )
        for vol, gb, project in (
            ("pgdata", 500, "prod-api"),
            ("uploads", 250, "prod-api"),
            ("stage-vol", 100, "staging"),
        ):
            add("Volumes", "", f"{vol} ({gb} GiB)", None, first, nxt, 0.1 * gb, project, "iaas")
        add("Spaces", "", "Spaces Subscription (250 GiB, 1 TiB transfer)", None, first, nxt, 5.0, "prod-api", "paas")
        over = round(float(rng.uniform(0, 40)) * scale, 2)
        if over > 5:
            add("Spaces", "", "Spaces Overage - Storage", None, first, nxt, over * 0.02 * 10, "prod-api", "paas")
        add("Load Balancers", "", "lb-prod (Small)", full, first, nxt, 12.0, "prod-api", "networking")
        for db, price, project in (
            ("db-postgresql-nyc3-prod", 120.0, "prod-api"),
            ("db-redis-cache", 15.0, "prod-api"),
            ("db-postgresql-stage", 15.0, "staging"),
        ):
            add("Managed Databases", "", f"{db}", full, first, nxt, price, project, "dbaas")
        nodes = 3 if m < 9 else 5
        for node in range(nodes):
            add(
                "Kubernetes",
                "k8s-prod-cluster",
                f"k8s-prod-pool-{node} (s-2vcpu-4gb)",
                full,
                first,
                nxt,
                24.0,
                "prod-api",
                "iaas",
            )
        if rng.random() < 0.6:
            add(
                "Snapshots",
                "",
                f"snapshot-{m:02d} ({int(rng.integers(10, 80))} GiB)",
                None,
                first,
                nxt,
                round(float(rng.uniform(0.5, 4)), 2),
                "internal-tools",
                "iaas",
            )
        bw = round(float(rng.uniform(0, 30)) * scale, 2)
        add("Bandwidth", "", "Outbound transfer overage", None, first, nxt, bw, "prod-api", "networking")
        if m <= 3:
            add("Credits", "", "Promotional credit - Hatch", None, first, nxt, -200.0, "", "credit")
    return pd.DataFrame(rows)


def _do(d: pd.DataFrame) -> pd.DataFrame:
    x = d.copy()
    x["USD"] = _num(x["USD"])
    x["_month"] = pd.to_datetime(x["start"].str[:10]).dt.to_period("M").astype(str)
    return x


def _do_top_month(credits: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = _do(d)
        x = x if credits else x[x["USD"] > 0]
        return pd.Period(_top(x.groupby("_month")["USD"].sum())).to_timestamp()

    return value


def _do_drop(d: pd.DataFrame) -> pd.DataFrame:
    x = _do(d)
    return x[_txt(x["product"]) == "Droplets"]


_DO_ID = ("description", "start", "end")
_DO_QS = [
    Q(
        "how much did we spend on digitalocean in total",
        either(_money(lambda d: _do(d)["USD"].sum()), _money(lambda d: _do(d)["USD"].clip(lower=0).sum())),
        (*_DO_ID, "USD", "product", "category"),
    ),
    Q(
        "what's our biggest cost",
        _lead(_named(lambda d: _top(_do(d).groupby("product")["USD"].sum()))),
        (*_DO_ID, "USD", "product", "group_description", "category"),
    ),
    Q(
        "spend per project",
        _money(lambda d: _do(d).groupby("project_name")["USD"].sum().to_numpy()),
        (*_DO_ID, "USD", "project_name"),
    ),
    Q(
        "which month was the most expensive",
        either(_lead(_month_year(_do_top_month(True))), _lead(_month_year(_do_top_month(False)))),
        (*_DO_ID, "USD"),
    ),
    Q(
        "how many droplet hours did we use overall",
        _about(lambda d: float(pd.to_numeric(_do_drop(d)["hours"]).sum()), rel=0.002),
        (*_DO_ID, "product", "hours"),
    ),
    Q(
        "and what does that work out to per hour",
        either(
            has(lambda d: float(_do_drop(d)["USD"].sum() / pd.to_numeric(_do_drop(d)["hours"]).sum()), rel=0.02),
            has(lambda d: float((_do_drop(d)["USD"] / pd.to_numeric(_do_drop(d)["hours"])).mean()), rel=0.02),
        ),
        (*_DO_ID, "product", "hours", "USD"),
    ),
]


# --- 4. Ticketmaster resale listings -------------------------------------------------------------------------------

# event: (date, venue, city, face value range, demand, weight)
_TM_EVENTS = {
    "Olivia Rodrigo - GUTS World Tour": (
        "2024-07-12T19:30:00",
        "Crypto.com Arena",
        "Los Angeles, CA",
        (89, 249),
        2.6,
        5,
    ),
    "Zach Bryan - The Quittin Time Tour": ("2024-06-22T19:00:00", "Kia Forum", "Inglewood, CA", (65, 199), 1.7, 4),
    "Los Angeles Lakers vs. Golden State Warriors": (
        "2024-03-16T17:30:00",
        "Crypto.com Arena",
        "Los Angeles, CA",
        (120, 480),
        1.5,
        3,
    ),
    "Tyler, The Creator - CHROMAKOPIA": ("2024-11-20T20:00:00", "Kia Forum", "Inglewood, CA", (79, 225), 1.9, 3),
    "Hozier - Unreal Unearth Tour": ("2024-05-04T19:30:00", "Hollywood Bowl", "Los Angeles, CA", (60, 175), 1.3, 2),
    "Bad Bunny - Most Wanted Tour": ("2024-04-26T20:00:00", "Crypto.com Arena", "Los Angeles, CA", (110, 330), 2.0, 3),
}
_TM_SECTIONS = ["FLOOR A", "FLOOR B", "GA FLOOR", "111", "112", "117", "PR1", "LOGE 6", "LOGE 12", "301", "314", "327"]


def _ticketmaster_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15204)
    names = list(_TM_EVENTS)
    rows = []
    for _ in range(1400):
        ev = _one(rng, names, [v[5] for v in _TM_EVENTS.values()])
        date, venue, city, (lo, hi), demand, _w = _TM_EVENTS[ev]
        sec = _one(rng, _TM_SECTIONS, [8, 8, 6, 5, 5, 5, 3, 6, 6, 9, 9, 9])
        tier = 1.0 if "FLOOR" in sec else 0.7 if sec[0] in "1PL" else 0.4
        face = round(lo + (hi - lo) * tier * float(rng.uniform(0.85, 1.0)), 2)
        price = round(face * demand * float(rng.lognormal(0, 0.3)) + float(rng.uniform(-5, 5)), 0)
        qty = int(_one(rng, [1, 2, 3, 4, 6], [12, 55, 8, 20, 5]))
        event_day = pd.Timestamp(date)
        listed = event_day - pd.Timedelta(days=int(rng.integers(1, 120)))
        status = _one(rng, ["Sold", "Active", "Expired", "Cancelled"], [50 / max(price / face, 1), 12, 18, 6])
        sold_on = listed + pd.Timedelta(days=int(rng.integers(0, max(1, (event_day - listed).days))))
        ga = sec == "GA FLOOR"
        first_seat = int(rng.integers(1, 22))
        rows.append(
            {
                "Listing ID": f"TM{int(rng.integers(10**9, 10**10))}",
                "Event": ev,
                "Event Date": date,
                "Venue": venue,
                "City": city,
                "Section": sec,
                "Row": ""
                if ga
                else str(_one(rng, ["A", "B", "C", "D", "F", "H", "K", "M", "1", "4", "9", "12", "17"])),
                "Seats": "" if ga else (str(first_seat) if qty == 1 else f"{first_seat}-{first_seat + qty - 1}"),
                "Quantity": qty,
                "Price Per Ticket": f"${price:,.2f}",
                "Face Value": f"${face:,.2f}",
                "Total Payout": f"${price * qty * 0.9:,.2f}",
                "Listed On": listed.strftime("%Y-%m-%d"),
                "Status": status,
                "Sold On": sold_on.strftime("%Y-%m-%d") if status == "Sold" else "",
                "Delivery": _one(rng, ["Mobile Transfer", "Mobile Transfer", "SafeTix", "Print at Home"]),
            }
        )
    return pd.DataFrame(rows)


def _tm(d: pd.DataFrame) -> pd.DataFrame:
    x = d.copy()
    x["_p"], x["_f"] = _num(x["Price Per Ticket"]), _num(x["Face Value"])
    x["_sold"] = _txt(x["Status"]).str.lower() == "sold"
    x["_floor"] = _txt(x["Section"]).str.upper().str.contains("FLOOR")
    return x


_TM_ID = ("Listing ID", "Event")
_TM_QS = [
    Q("how many of the listings actually sold", _count(lambda d: int(_tm(d)["_sold"].sum())), ("Listing ID", "Status")),
    Q(
        "how many tickets is that",
        _count(lambda d: int(_tm(d).loc[_tm(d)["_sold"], "Quantity"].sum())),
        ("Listing ID", "Status", "Quantity"),
    ),
    Q(
        "which show had the most listings",
        _lead(_named(lambda d: _top(_txt(d["Event"]).value_counts()))),
        (*_TM_ID, "Event Date", "Venue"),
    ),
    Q(
        "what share of the listings are floor seats",
        _share(lambda d: float(_tm(d)["_floor"].mean())),
        ("Listing ID", "Section"),
    ),
    Q(
        "and the average price per ticket for those?",
        either(
            _money(lambda d: _tm(d).loc[_tm(d)["_floor"], "_p"].mean()),
            _money(lambda d: _tm(d).loc[_tm(d)["_floor"], "_p"].median()),
        ),
        ("Listing ID", "Section", "Price Per Ticket"),
    ),
    Q(
        "on average how far above face value did the sold ones go",
        either(
            _money(lambda d: (_tm(d)["_p"] - _tm(d)["_f"])[_tm(d)["_sold"]].mean()),
            _pct(lambda d: (_tm(d)["_p"] / _tm(d)["_f"] - 1)[_tm(d)["_sold"]].mean()),
            _pct(lambda d: _tm(d)["_p"][_tm(d)["_sold"]].sum() / _tm(d)["_f"][_tm(d)["_sold"]].sum() - 1),
            _pct(
                lambda d: (
                    (_tm(d)["_p"] * d["Quantity"])[_tm(d)["_sold"]].sum()
                    / (_tm(d)["_f"] * d["Quantity"])[_tm(d)["_sold"]].sum()
                    - 1
                )
            ),
        ),
        ("Listing ID", "Status", "Price Per Ticket", "Face Value", "Quantity"),
    ),
]


# --- 5. BLS CPI-U by item (cu.data flat file, long form) -----------------------------------------------------------

# series: (Jan 2015 level, yearly drift, monthly noise, 2021-22 surge per month)
_CPI_SERIES = {
    "CUUR0000SA0": (233.7, 0.021, 0.002, 0.006),
    "CUUR0000SAF1": (246.0, 0.019, 0.003, 0.008),
    "CUUR0000SEFV": (258.0, 0.029, 0.002, 0.006),
    "CUUR0000SAH1": (280.0, 0.033, 0.002, 0.005),
    "CUUR0000SETB01": (205.0, 0.01, 0.035, 0.02),
    "CUUR0000SETA02": (145.0, 0.0, 0.006, 0.025),
    "CUUR0000SAM": (440.0, 0.031, 0.002, 0.001),
}


def _cpi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15205)
    rows = []
    for sid, (level, drift, noise, surge) in _CPI_SERIES.items():
        x = level
        for year in range(2015, 2025):
            vals = []
            for m in range(1, 13):
                boost = surge if (year == 2021 or (year == 2022 and m <= 6)) else 0.0
                if sid.endswith("SETB01") and year == 2022 and m > 6:
                    boost = -0.04
                if sid.endswith("SETA02") and year >= 2023:
                    boost = -0.004
                x *= 1 + drift / 12 + boost + float(rng.normal(0, noise))
                if sid.endswith("SETB01"):
                    x *= 1 + 0.015 * np.sin(2 * np.pi * (m - 2) / 12)
                vals.append(round(x, 3))
                rows.append({"series_id": sid.ljust(17), "year": year, "period": f"M{m:02d}", "value": vals[-1]})
            rows.append(
                {"series_id": sid.ljust(17), "year": year, "period": "M13", "value": round(float(np.mean(vals)), 3)}
            )
    out = pd.DataFrame(rows)
    out["footnote_codes"] = ""
    return out


def _cpi(d: pd.DataFrame) -> pd.DataFrame:
    x = d.copy()
    x["_sid"] = _txt(x["series_id"])
    x["_p"] = _txt(x["period"])
    x["value"] = pd.to_numeric(x["value"], errors="coerce")
    return x


def _cpi_at(sid: str, year: int, period: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _cpi(d)
        return float(x.loc[(x["_sid"] == sid) & (x["year"] == year) & (x["_p"] == period), "value"].iloc[0])

    return value


def _cpi_rise(period: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _cpi(d)
        x = x[x["_p"] == period].pivot(index="_sid", columns="year", values="value")
        return _top(x[2024] / x[2019])

    return value


def _cpi_peak(d: pd.DataFrame) -> pd.Timestamp:
    x = _cpi(d)
    x = x[(x["_sid"] == "CUUR0000SETB01") & (x["_p"] != "M13")]
    row = x.loc[x["value"].idxmax()]
    return pd.Timestamp(int(row["year"]), int(row["_p"][1:]), 1)


def _cpi_monthly(sid: str) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        x = _cpi(d)
        x = x[(x["_sid"] == sid) & (x["_p"] != "M13")].sort_values(["year", "_p"])
        return x["value"].reset_index(drop=True)

    return value


_CPI_ID = ("series_id", "year", "period", "value")
_CPI_QS = [
    Q("how many different series are in here", _count(lambda d: int(_cpi(d)["_sid"].nunique())), ("series_id",)),
    Q(
        "what was CUUR0000SA0 in june 2022",
        _about(_cpi_at("CUUR0000SA0", 2022, "M06"), rel=0.0005),
        _CPI_ID,
    ),
    Q(
        "so what was inflation for all items (CUUR0000SA0) in 2023",
        either(
            _pct(lambda d: _cpi_at("CUUR0000SA0", 2023, "M13")(d) / _cpi_at("CUUR0000SA0", 2022, "M13")(d) - 1),
            _pct(lambda d: _cpi_at("CUUR0000SA0", 2023, "M12")(d) / _cpi_at("CUUR0000SA0", 2022, "M12")(d) - 1),
        ),
        _CPI_ID,
    ),
    Q(
        "which series went up the most between 2019 and 2024",
        either(_lead(_named(_cpi_rise("M13"))), _lead(_named(_cpi_rise("M12")))),
        _CPI_ID,
    ),
    Q("when did CUUR0000SETB01 peak", _lead(_month_year(_cpi_peak)), _CPI_ID),
    Q(
        "does it move with the all items index? correlation of the monthly values",
        _corr(_cpi_monthly("CUUR0000SETB01"), _cpi_monthly("CUUR0000SA0")),
        _CPI_ID,
    ),
]


# --- 6. San Francisco fire incidents (DataSF) ----------------------------------------------------------------------

# neighborhood: (battalion, station, zipcode, supervisor district, weight, extra travel minutes)
_SF_HOODS = {
    "Tenderloin": ("B02", "03", 94102, 5, 14, 0.0),
    "Mission": ("B06", "07", 94110, 9, 12, 0.5),
    "South of Market": ("B03", "01", 94103, 6, 13, 0.3),
    "Financial District/South Beach": ("B01", "13", 94111, 3, 9, 0.6),
    "Bayview Hunters Point": ("B10", "17", 94124, 10, 8, 1.4),
    "Outer Richmond": ("B07", "14", 94121, 1, 4, 1.2),
    "Sunset/Parkside": ("B08", "18", 94116, 4, 5, 1.6),
    "Nob Hill": ("B01", "41", 94109, 3, 6, 0.4),
    "Western Addition": ("B05", "05", 94115, 5, 6, 0.5),
    "Excelsior": ("B09", "43", 94112, 11, 4, 2.2),
    "Chinatown": ("B01", "02", 94108, 3, 4, 0.2),
    "Marina": ("B04", "16", 94123, 2, 3, 1.0),
}
_SF_SITS = [
    ("745 Alarm system activation, no fire - unintentional", "86 Investigate", 22, 0),
    ("743 Smoke detector activation, no fire - unintentional", "86 Investigate", 14, 0),
    ("700 False alarm or false call, other", "86 Investigate", 8, 0),
    ("118 Trash or rubbish fire, contained", "11 Extinguish", 10, 1),
    ("151 Outside rubbish, trash or waste fire", "11 Extinguish", 9, 1),
    ("113 Cooking fire, confined to container", "11 Extinguish", 7, 1),
    ("111 Building fire", "11 Extinguish", 6, 3),
    ("131 Passenger vehicle fire", "11 Extinguish", 4, 2),
    ("440 Electrical  wiring/equipment problem, other", "52 Forcible entry", 5, 0),
    ("412 Gas leak (natural gas or LPG)", "86 Investigate", 5, 0),
    ("651 Smoke scare, odor of smoke", "86 Investigate", 10, 0),
]
_SF_STREETS = ["MARKET ST", "MISSION ST", "GEARY BLVD", "TAYLOR ST", "JONES ST", "3RD ST", "TARAVAL ST", "CLEMENT ST"]


def _sf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15206)
    hoods = list(_SF_HOODS)
    rows = []
    start = pd.Timestamp("2019-01-01")
    for i in range(3200):
        hood = _one(rng, hoods, [v[4] for v in _SF_HOODS.values()])
        bat, station, zipc, sup, _w, extra = _SF_HOODS[hood]
        sit, action, _sw, sev = _one(rng, _SF_SITS, [s[2] for s in _SF_SITS])
        year_w = int(_one(rng, [0, 1, 2, 3, 4], [20, 18, 19, 22, 21]))
        alarm = start + pd.DateOffset(years=year_w) + pd.Timedelta(seconds=float(rng.uniform(0, 365 * 86400)))
        alarm = alarm.floor("s")
        travel = float(rng.gamma(4.0, 1.2)) + extra + 0.6
        arrival = alarm + pd.Timedelta(minutes=travel)
        close = arrival + pd.Timedelta(minutes=float(rng.gamma(2, 10 + 25 * sev)))
        loss = ""
        if sev >= 1 and rng.random() < 0.5:
            loss = int(round(float(rng.lognormal(6.5 + 1.5 * sev, 1.2)), -1))
        contents = int(round(loss * float(rng.uniform(0.1, 0.6)), -1)) if loss != "" and rng.random() < 0.6 else ""
        inc = 19000000 + year_w * 1000000 + i * 37 % 999999
        rows.append(
            {
                "Incident Number": inc,
                "Exposure Number": 0,
                "ID": f"{inc}0",
                "Address": f"{int(rng.integers(1, 40)) * 100 + int(rng.integers(0, 99))} {_one(rng, _SF_STREETS)}",
                "Incident Date": alarm.strftime("%Y/%m/%d"),
                "Call Number": 190000000 + i * 911 % 99999999,
                "Alarm DtTm": alarm.strftime("%Y/%m/%d %I:%M:%S %p"),
                "Arrival DtTm": "" if rng.random() < 0.03 else arrival.strftime("%Y/%m/%d %I:%M:%S %p"),
                "Close DtTm": close.strftime("%Y/%m/%d %I:%M:%S %p"),
                "City": "SF" if rng.random() < 0.8 else "San Francisco",
                "zipcode": zipc,
                "Battalion": bat,
                "Station Area": station,
                "Box": f"{int(rng.integers(1000, 8999))}",
                "Suppression Units": int(1 + sev + rng.integers(0, 3)),
                "Suppression Personnel": int(4 + 4 * sev + rng.integers(0, 8)),
                "EMS Units": int(rng.random() < 0.2),
                "EMS Personnel": int(2 * (rng.random() < 0.2)),
                "Other Units": 0,
                "Other Personnel": 0,
                "First Unit On Scene": f"E{station}",
                "Estimated Property Loss": loss,
                "Estimated Contents Loss": contents,
                "Fire Fatalities": 0,
                "Fire Injuries": int(sev >= 3 and rng.random() < 0.08),
                "Civilian Fatalities": int(sev >= 3 and rng.random() < 0.03),
                "Civilian Injuries": int(sev >= 2 and rng.random() < 0.15) + int(sev >= 3 and rng.random() < 0.1),
                "Number of Alarms": 1 if sev < 3 or rng.random() < 0.9 else 2,
                "Primary Situation": sit,
                "Mutual Aid": "N None",
                "Action Taken Primary": action,
                "Property Use": _one(
                    rng,
                    [
                        "429 Multifamily dwellings",
                        "419 1 or 2 family dwelling",
                        "960 Street, other",
                        "500 Mercantile, business, other",
                    ],
                ),
                "Supervisor District": sup,
                "neighborhood_district": hood,
                "point": f"POINT ({-122.42 + float(rng.normal(0, 0.02)):.5f} {37.76 + float(rng.normal(0, 0.02)):.5f})",
            }
        )
    return pd.DataFrame(rows).sort_values("Alarm DtTm", kind="stable", ignore_index=True)


def _sf(d: pd.DataFrame) -> pd.DataFrame:
    x = d.copy()
    fmt = "%Y/%m/%d %I:%M:%S %p"
    x["_alarm"] = pd.to_datetime(x["Alarm DtTm"], format=fmt)
    x["_arr"] = pd.to_datetime(x["Arrival DtTm"], format=fmt, errors="coerce")
    x["_min"] = (x["_arr"] - x["_alarm"]).dt.total_seconds() / 60
    return x


def _sf_slowest(how: str) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top(getattr(_sf(d).groupby("Battalion")["_min"], how)())


_SF_ID = ("Incident Number", "ID", "Incident Date")
_SF_QS = [
    Q(
        "how many incidents were there in 2022",
        _count(lambda d: int((_sf(d)["_alarm"].dt.year == 2022).sum())),
        (*_SF_ID, "Alarm DtTm"),
    ),
    Q(
        "which neighborhood has the most fire calls",
        _lead(_named(lambda d: _top(_txt(d["neighborhood_district"]).value_counts()))),
        (*_SF_ID, "neighborhood_district"),
    ),
    Q(
        "how long does it take them to get there on average, in minutes",
        either(
            _about(lambda d: float(_sf(d)["_min"].mean()), rel=0.01),
            _about(lambda d: float(_sf(d)["_min"].median()), rel=0.01),
        ),
        (*_SF_ID, "Alarm DtTm", "Arrival DtTm"),
    ),
    Q(
        "which battalion is the slowest",
        either(_lead(_named(_sf_slowest("mean"))), _lead(_named(_sf_slowest("median")))),
        (*_SF_ID, "Alarm DtTm", "Arrival DtTm", "Battalion"),
    ),
    Q(
        "total estimated property loss",
        _money(lambda d: float(pd.to_numeric(d["Estimated Property Loss"], errors="coerce").sum())),
        (*_SF_ID, "Estimated Property Loss"),
    ),
    Q(
        "how many civilians got hurt",
        _count(lambda d: int(pd.to_numeric(d["Civilian Injuries"]).sum())),
        (*_SF_ID, "Civilian Injuries"),
    ),
]


# --- 7. FAOSTAT crop production (QCL), long form -------------------------------------------------------------------

# area: (M49 code, {item: (area harvested 2000 in ha, yield 2000 in kg/ha, area trend, yield trend per year)})
_FAO_AREAS: dict[str, tuple[str, dict[str, tuple[float, float, float, float]]]] = {
    "China, mainland": (
        "'156",
        {
            "Wheat": (26.6e6, 3738, -0.002, 0.017),
            "Maize (corn)": (23.0e6, 4598, 0.025, 0.012),
            "Rice": (30.0e6, 6264, -0.003, 0.005),
            "Potatoes": (4.7e6, 13700, 0.006, 0.022),
            "Soya beans": (9.3e6, 1656, -0.003, 0.007),
        },
    ),
    "India": (
        "'356",
        {
            "Wheat": (25.7e6, 2778, 0.012, 0.014),
            "Maize (corn)": (6.6e6, 1822, 0.022, 0.024),
            "Rice": (44.7e6, 2851, 0.001, 0.016),
            "Potatoes": (1.3e6, 19300, 0.028, 0.008),
            "Soya beans": (6.4e6, 824, 0.03, 0.005),
        },
    ),
    "United States of America": (
        "'840",
        {
            "Wheat": (21.5e6, 2830, -0.012, 0.008),
            "Maize (corn)": (29.3e6, 8591, 0.008, 0.011),
            "Rice": (1.2e6, 7040, -0.006, 0.009),
            "Potatoes": (0.55e6, 40300, -0.012, 0.007),
            "Soya beans": (29.3e6, 2560, 0.009, 0.011),
        },
    ),
    "Brazil": (
        "'076",
        {
            "Wheat": (1.1e6, 1520, 0.03, 0.03),
            "Maize (corn)": (11.9e6, 2718, 0.025, 0.03),
            "Rice": (3.7e6, 3038, -0.04, 0.03),
            "Potatoes": (0.15e6, 17600, -0.003, 0.017),
            "Soya beans": (13.6e6, 2403, 0.055, 0.006),
        },
    ),
    "Russian Federation": (
        "'643",
        {
            "Wheat": (22.0e6, 1560, 0.012, 0.03),
            "Maize (corn)": (0.6e6, 2560, 0.08, 0.03),
            "Rice": (0.13e6, 4120, 0.02, 0.012),
            "Potatoes": (3.2e6, 10400, -0.04, 0.03),
            "Soya beans": (0.4e6, 850, 0.08, 0.025),
        },
    ),
    "France": (
        "'250",
        {
            "Wheat": (5.3e6, 7060, -0.001, 0.001),
            "Maize (corn)": (1.8e6, 8900, -0.004, 0.001),
            "Rice": (0.02e6, 5500, -0.01, 0.0),
            "Potatoes": (0.16e6, 40000, 0.012, 0.002),
            "Soya beans": (0.08e6, 2500, 0.04, 0.004),
        },
    ),
    "Nigeria": (
        "'566",
        {
            "Wheat": (0.05e6, 1400, 0.0, -0.002),
            "Maize (corn)": (3.6e6, 1130, 0.03, 0.012),
            "Rice": (2.2e6, 1500, 0.04, 0.008),
            "Potatoes": (0.2e6, 3600, 0.04, 0.005),
            "Soya beans": (0.6e6, 800, 0.02, 0.0),
        },
    ),
}
_FAO_CPC = {"Wheat": "'0111", "Maize (corn)": "'0112", "Rice": "'0113", "Potatoes": "'01510", "Soya beans": "'0141"}
_FAO_ELEMENTS = (("Area harvested", 5312, "ha"), ("Yield", 5412, "kg/ha"), ("Production", 5510, "t"))
_FAO_FLAGS = {
    "A": "Official figure",
    "E": "Estimated value",
    "I": "Imputed value",
    "M": "Missing value (data cannot exist, not applicable)",
}


def _fao_frame() -> pd.DataFrame:
    rng = np.random.default_rng(15207)
    rows = []
    for area, (code, items) in _FAO_AREAS.items():
        for item, (a0, y0, at, yt) in items.items():
            for year in range(2000, 2023):
                t = year - 2000
                ha = round(a0 * (1 + at) ** t * float(rng.normal(1, 0.03)))
                yld = round(y0 * (1 + yt) ** t * float(rng.normal(1, 0.06)), 1)
                prod = round(ha * yld / 1000)
                missing = year not in (2000, 2022) and rng.random() < 0.025
                flag = _one(rng, ["A", "E", "I"], [8, 1, 1])
                for element, ecode, unit in _FAO_ELEMENTS:
                    value = {"Area harvested": ha, "Yield": yld, "Production": prod}[element]
                    rows.append(
                        {
                            "Domain Code": "QCL",
                            "Domain": "Crops and livestock products",
                            "Area Code (M49)": code,
                            "Area": area,
                            "Element Code": ecode,
                            "Element": element,
                            "Item Code (CPC)": _FAO_CPC[item],
                            "Item": item,
                            "Year Code": year,
                            "Year": year,
                            "Unit": unit,
                            "Value": None if missing else value,
                            "Flag": "M" if missing else ("E" if element == "Yield" else flag),
                            "Flag Description": _FAO_FLAGS["M" if missing else ("E" if element == "Yield" else flag)],
                        }
                    )
    return pd.DataFrame(rows)


def _fao_get(d: pd.DataFrame, element: str, item: str) -> pd.DataFrame:
    x = d[(_txt(d["Element"]) == element) & (_txt(d["Item"]) == item)].copy()
    x["Value"] = pd.to_numeric(x["Value"], errors="coerce")
    return x


def _fao_top_maize(latest: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = _fao_get(d, "Production", "Maize (corn)")
        x = x[x["Year"] == x["Year"].max()] if latest else x
        return _top(x.groupby("Area")["Value"].sum())

    return value


def _fao_india_rice(d: pd.DataFrame, pooled: bool) -> float:
    if not pooled:
        y = _fao_get(d, "Yield", "Rice")
        return float(y.loc[y["Area"] == "India", "Value"].mean())
    p, a = _fao_get(d, "Production", "Rice"), _fao_get(d, "Area harvested", "Rice")
    both_ = p[p["Area"] == "India"].merge(a[a["Area"] == "India"], on="Year").dropna(subset=["Value_x", "Value_y"])
    return float(1000 * both_["Value_x"].sum() / both_["Value_y"].sum())


def _fao_china_potato(d: pd.DataFrame) -> float:
    x = _fao_get(d, "Production", "Potatoes")
    x = x[x["Area"] == "China, mainland"].set_index("Year")["Value"]
    return float(x[2022] / x[2000] - 1)


def _fao_wheat(element: str) -> Callable[[pd.DataFrame], pd.Series]:
    def value(d: pd.DataFrame) -> pd.Series:
        p = _fao_get(d, "Production", "Wheat").set_index(["Area", "Year"])["Value"]
        a = _fao_get(d, "Area harvested", "Wheat").set_index(["Area", "Year"])["Value"]
        both_ = pd.DataFrame({"p": p, "a": a}).dropna()
        return both_["p" if element == "Production" else "a"].reset_index(drop=True)

    return value


_FAO_ID = ("Area", "Item", "Element", "Year", "Value", "Unit")
_FAO_QS = [
    Q(
        "total wheat production across all the countries in 2022",
        _money(lambda d: float(_fao_get(d, "Production", "Wheat").query("Year == 2022")["Value"].sum())),
        _FAO_ID,
    ),
    Q(
        "which country grows the most corn",
        either(_lead(_named(_fao_top_maize(True))), _lead(_named(_fao_top_maize(False)))),
        _FAO_ID,
    ),
    Q(
        "average rice yield in india",
        either(
            _about(lambda d: _fao_india_rice(d, False), rel=0.015),
            _about(lambda d: _fao_india_rice(d, True), rel=0.015),
            _about(lambda d: _fao_india_rice(d, False) / 1000, rel=0.015),
        ),
        _FAO_ID,
    ),
    Q("how much has potato production in china changed since 2000", _pct(_fao_china_potato), _FAO_ID),
    Q(
        "for wheat, is area harvested correlated with production",
        _corr(_fao_wheat("Area harvested"), _fao_wheat("Production")),
        _FAO_ID,
    ),
    Q(
        "how many values are missing",
        _count(lambda d: int(pd.to_numeric(d["Value"], errors="coerce").isna().sum())),
        ("Value", "Flag", "Flag Description"),
    ),
]


HELDOUT152 = [
    Dataset("qualtrics_survey_responses", _qualtrics_frame, _QUALTRICS_QS),
    Dataset("justworks_payroll_register", _justworks_frame, _JUSTWORKS_QS),
    Dataset("digitalocean_invoice_items", _do_frame, _DO_QS),
    Dataset("ticketmaster_resale_listings", _ticketmaster_frame, _TM_QS),
    Dataset("us_bls_cpi_u_by_item", _cpi_frame, _CPI_QS),
    Dataset("san_francisco_fire_incidents", _sf_frame, _SF_QS),
    Dataset("fao_crop_production_long", _fao_frame, _FAO_QS),
]
