"""HELDOUT141: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public exports: a Venmo personal account statement (an unnamed
blank first column, ID, Datetime as "2023-03-04T19:22:31", Type Payment / Charge / Standard Transfer / Instant
Transfer, Status Complete / Issued, Note with emoji, From, To, Amount (total) as "- $25.00" / "+ $40.00", Amount
(tip), Amount (tax), Amount (fee) as "- $3.50" on instant transfers, Tax Rate, Tax Exempt, Funding Source,
Destination, Beginning Balance filled only on the first (otherwise blank) row, Ending Balance, Statement Period Venmo
Fees, Year to Date Venmo Fees and Disclaimer filled only on the last summary row, 2023); an Asana project export with
time tracking (Task ID as a 16-digit number, Created At / Completed At / Last Modified / Start Date / Due Date as
"2024-02-14", Completed At blank on open tasks, Name, Section/Column, Assignee and Assignee Email blank when
unassigned, Tags comma-joined, Notes, Projects, Parent task filled on subtasks, Blocked By / Blocking (Dependencies),
Estimated time and Actual time in minutes with blanks, a Priority custom field High / Medium / Low or blank,
January to June 2024); a Samsung Health sleep export (com.samsung.shealth.sleep: sleep_score, efficiency,
sleep_duration in minutes, sleep_cycle, mental_recovery, physical_recovery, movement_awakening,
original_efficiency, then com.samsung.health.sleep.start_time / end_time / create_time / update_time as
"2023-01-02 06:41:00.000" in UTC with time_offset "UTC-0800" / "UTC-0700", deviceuuid, pkg_name for the watch or the
phone, datauuid, comment; phone-only nights have blank scores, 2023 to February 2024); an eBay seller transaction
report (Transaction creation date as "Mar 14, 2023", Type Order / Refund / Shipping label / Payout, Order number
"12-10234-56789" repeated on multi-item orders, Legacy order ID, Buyer username, Ship to city / province/region/state
/ zip / country, Net amount, Payout currency, Payout date, Payout ID, Payout method, Payout status, Item ID,
Transaction ID, Item title, Custom label, Quantity, Item subtotal, Shipping and handling, Seller collected tax, eBay
collected tax, Final Value Fee - fixed / - variable, Regulatory operating fee, International fee as negative
numbers, Gross transaction amount, Transaction currency, Description, "--" for every blank, 2023); OSHA enforcement
inspection records (activity_nr, reporting_id, estab_name in upper case with repeat establishments, site_address,
site_city upper case, site_state, site_zip sometimes blank, owner_type A-D, owner_code, adv_notice Y/N, safety_hlth
S/H, sic_code blank, naics_code, insp_type and insp_scope letter codes, union_status, nr_in_estab with blanks and a
long tail, open_date / case_mod_date / close_conf_date / close_case_date as "2019-03-14" with blanks on open cases,
load_dt, 2015-2023); NYC DOT bicycle counts (countid, id, name of the counter location, date as "06/05/2023 08:00:00
AM" hourly, counts, status 0 or 4, June 2023 for six counters, some hours missing and a few counters reading zero
through outages); and IMF primary commodity prices, monthly and wide (an unnamed first column holding
"Commodity.Description" and "Unit.Name" on the first two rows and then months as "1992M1"; one column per IMF code
PALLFNF, PALUM, PBANSOP, PBEEF, PCOALAU, PCOCO, PCOFFOTM, PCOPP, PGOLD, PIORECR, PMAIZMT, PNGASUS, POILBRE,
POILWTI, PRICENPQ, PSUGAISA, PWHEAMT, so every column holds text in its first two rows; iron ore blank before 2009,
1992-2024). All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either, labels_in
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


def _hours_or_minutes(minutes: Callable[[pd.DataFrame], float]) -> Check:
    """A duration given in minutes or in hours."""
    return either(_about(minutes, rel=0.01), _about(lambda d: minutes(d) / 60, rel=0.01))


def _hour(value: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day: "8 AM", "8am", "8:00", "08:00", "17:00", "5 p.m."."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12 = h % 12 or 12
        half = "a" if h < 12 else "p"
        patterns = [
            rf"(?<![\d:.]){h12}(?::00)?\s*{half}\.?m\b\.?",
            rf"(?<![\d:.])0?{h}:00(?!\d)",
            rf"\bhour\s+{h}\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing hour {h}"

    return check


_FRIENDS = ["Sam Rivera", "Maya Patel", "Chris Nguyen", "Alex Kim", "Taylor Brooks", "Priya Shah", "Ben Carter"]
_FRIENDS += ["Nina Lopez", "Marcus Hall", "Emily Chen"]


# --- 1. Venmo personal statement -----------------------------------------------------------------------------------

_VM_ME = "Jordan Lee"
_VM_NOTES = ["dinner", "🍕", "drinks 🍻", "uber", "groceries", "utilities", "concert tix", "coffee", "gas money"]
_VM_NOTE_W = [14, 9, 8, 7, 6, 5, 3, 3, 3]
_VM_COLS = ["", "ID", "Datetime", "Type", "Status", "Note", "From", "To", "Amount (total)", "Amount (tip)"]
_VM_COLS += ["Amount (tax)", "Amount (fee)", "Tax Rate", "Tax Exempt", "Funding Source", "Destination"]
_VM_COLS += ["Beginning Balance", "Ending Balance", "Statement Period Venmo Fees", "Terminal Location"]
_VM_COLS += ["Year to Date Venmo Fees", "Disclaimer"]


def _vm_money(x: float, sign: bool = True) -> str:
    if not sign:
        return f"${x:,.2f}"
    return f"{'-' if x < 0 else '+'} ${abs(x):,.2f}"


def _venmo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14101)
    events: list[tuple[pd.Timestamp, str, str, str, float]] = []
    for m in range(1, 13):  # rent to the roommate on the first of each month
        t = pd.Timestamp(2023, m, 1, 9) + pd.Timedelta(minutes=int(rng.integers(0, 600)))
        events.append((t, "Payment", "rent", "out", -850.0))
    n = 430
    for _ in range(n):
        t = pd.Timestamp("2023-01-01") + pd.Timedelta(seconds=int(rng.integers(0, 365 * 86400)))
        kind = str(_one(rng, ["pay_out", "pay_in", "charge_in", "charge_out", "std", "inst"], [45, 26, 8, 7, 9, 5]))
        note = str(_one(rng, _VM_NOTES, _VM_NOTE_W))
        amt = round(float(np.clip(rng.lognormal(3.0, 0.7), 3, 400)), 2)
        if t.month == 12:
            amt = round(amt * 1.6, 2)
        if kind == "pay_out":
            events.append((t, "Payment", note, "out", -amt))
        elif kind == "pay_in":
            events.append((t, "Payment", note, "in", amt))
        elif kind == "charge_in":  # I charged a friend, they paid me
            events.append((t, "Charge", note, "in", amt))
        elif kind == "charge_out":  # a friend charged me
            events.append((t, "Charge", note, "out", -amt))
        else:
            events.append((t, "Standard Transfer" if kind == "std" else "Instant Transfer", "", "bank", -amt * 2))
    events.sort(key=lambda e: e[0])
    balance = 84.12
    start = balance
    fees = 0.0
    rows = [dict.fromkeys(_VM_COLS, "") | {"Beginning Balance": _vm_money(start, sign=False)}]
    for i, (t, typ, note, way, amt) in enumerate(events):
        friend = "Sam Rivera" if note == "rent" else str(_one(rng, _FRIENDS, [3, 9, 7, 6, 5, 5, 4, 4, 3, 3]))
        row = dict.fromkeys(_VM_COLS, "")
        row |= {"ID": str(3700000000000000000 + i * 7919 + int(rng.integers(0, 5000)))}
        row |= {"Datetime": f"{t:%Y-%m-%dT%H:%M:%S}", "Type": typ, "Note": note, "Amount (total)": _vm_money(amt)}
        row |= {"Tax Rate": "0", "Tax Exempt": ""}
        if way == "bank":
            fee = 0.0
            if typ == "Instant Transfer":
                fee = round(min(max(0.0175 * abs(amt), 0.25), 25.0), 2)
                row["Amount (fee)"] = _vm_money(-fee)
            row |= {"Status": "Issued", "From": _VM_ME, "To": "", "Destination": "Chase Checking *4417"}
            fees += fee
            balance += amt
        elif way == "out":
            payer, payee = (_VM_ME, friend) if typ == "Payment" else (friend, _VM_ME)
            src = str(_one(rng, ["Venmo balance", "Visa Debit *8821", "Chase Checking *4417"], [5, 3, 2]))
            row |= {"Status": "Complete", "From": payer, "To": payee, "Funding Source": src}
            if src == "Venmo balance":
                balance += amt
        else:
            payer, payee = (friend, _VM_ME) if typ == "Payment" else (_VM_ME, friend)
            row |= {"Status": "Complete", "From": payer, "To": payee, "Destination": "Venmo balance"}
            balance += amt
        rows.append(row)
    last = dict.fromkeys(_VM_COLS, "")
    last |= {"Ending Balance": _vm_money(balance, sign=False), "Statement Period Venmo Fees": _vm_money(fees, False)}
    last |= {"Year to Date Venmo Fees": _vm_money(fees, sign=False)}
    last |= {"Disclaimer": "In case of errors or questions about your electronic transfers: contact Venmo support."}
    rows.append(last)
    return pd.DataFrame(rows, columns=_VM_COLS)


def _vm_amount(d: pd.DataFrame) -> pd.Series:
    return _num(d["Amount (total)"])


def _vm_people(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Type"]).isin(["Payment", "Charge"])


def _vm_out(d: pd.DataFrame, transfers: bool = False) -> pd.Series:
    keep = _txt(d["Type"]) != "" if transfers else _vm_people(d)
    return keep & (_vm_amount(d) < 0)


def _vm_sent(transfers: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(-_vm_amount(d)[_vm_out(d, transfers)].sum())


def _vm_payee(how: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        out = d[_vm_out(d)]
        other = _txt(out["To"]).where(_txt(out["To"]) != _VM_ME, _txt(out["From"]))
        amounts = -_vm_amount(d)[_vm_out(d)]
        return _top(amounts.groupby(other).sum() if how == "sum" else other.value_counts())

    return value


def _vm_month(transfers: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        out = _vm_out(d, transfers)
        months = pd.to_datetime(d.loc[out, "Datetime"]).dt.to_period("M")
        return pd.Period(_top((-_vm_amount(d)[out]).groupby(months).sum())).to_timestamp()

    return value


_VM_USES = ("Type", "Amount (total)", "From", "To", "Status")

_VENMO_QS = [
    Q(
        "how much did i send people in total this year",
        either(_dollars(_vm_sent(False)), _dollars(_vm_sent(True))),
        _VM_USES,
    ),
    Q(
        "and how much came in?",
        _dollars(lambda d: float(_vm_amount(d)[_vm_people(d) & (_vm_amount(d) > 0)].sum())),
        _VM_USES,
    ),
    Q(
        "who do i pay the most",
        _lead(either(_named(_vm_payee("sum")), _named(_vm_payee("count")))),
        _VM_USES,
    ),
    Q(
        "how much have i lost to venmo fees",
        _dollars(lambda d: float(-_num(d["Amount (fee)"]).sum())),
        ("Amount (fee)", "Type", "Statement Period Venmo Fees", "Year to Date Venmo Fees"),
    ),
    Q(
        "which month did i spend the most",
        _lead(either(_month_year(_vm_month(False)), _month_year(_vm_month(True)))),
        (*_VM_USES, "Datetime"),
    ),
    Q(
        "what do i pay people for most often, going by the notes",
        _lead(_named(lambda d: _top(_txt(d.loc[_vm_out(d), "Note"]).value_counts()))),
        (*_VM_USES, "Note"),
    ),
]


# --- 2. Asana tasks with time tracking -----------------------------------------------------------------------------

_AS_PEOPLE = {"Maya Patel": 8, "Chris Nguyen": 6, "Alex Kim": 5, "Taylor Brooks": 4, "Priya Shah": 4, "Ben Carter": 3}
_AS_VERBS = ["Draft", "Review", "Fix", "Update", "Design", "Test", "Write", "Set up", "Migrate", "Plan"]
_AS_THINGS = ["landing page", "onboarding email", "billing bug", "Q2 roadmap", "API docs", "login flow", "analytics"]
_AS_THINGS += ["pricing page", "release notes", "CI pipeline", "user survey", "dashboard", "mobile nav"]
_AS_COLS = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee"]
_AS_COLS += ["Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task"]
_AS_COLS += ["Blocked By (Dependencies)", "Blocking (Dependencies)", "Estimated time", "Actual time", "Priority"]
_AS_DAYS = {"High": 4.0, "Medium": 8.0, "Low": 14.0, "": 10.0}


def _asana_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14102)
    n = 640
    rows = []
    names: list[str] = []
    end = pd.Timestamp("2024-06-28")
    for i in range(n):
        created = pd.Timestamp("2024-01-02") + pd.Timedelta(days=int(rng.integers(0, 178)))
        prio = str(_one(rng, ["High", "Medium", "Low", ""], [2, 4, 3, 2]))
        took = float(rng.exponential(_AS_DAYS[prio]))
        done_at = created + pd.Timedelta(days=round(took))
        done = done_at <= end and rng.random() < 0.85
        due = created + pd.Timedelta(days=int(rng.integers(3, 21))) if rng.random() < 0.74 else None
        who = str(_one(rng, list(_AS_PEOPLE), list(_AS_PEOPLE.values()))) if rng.random() < 0.92 else ""
        name = f"{_one(rng, _AS_VERBS)!s} {_one(rng, _AS_THINGS)!s}"
        parent = str(_one(rng, names)) if names and rng.random() < 0.2 else ""
        names.append(name)
        est = int(_one(rng, [30, 60, 90, 120, 180, 240, 480])) if rng.random() < 0.8 else None
        act = None
        if rng.random() < (0.75 if done else 0.3):
            base = est if est is not None else 120
            act = round(base * float(rng.lognormal(0.12, 0.4)) * (1.0 if done else 0.5))
        section = "Done" if done else str(_one(rng, ["Backlog", "To do", "In progress", "Review"], [3, 4, 3, 1]))
        modified = (done_at if done else created) + pd.Timedelta(days=int(rng.integers(0, 4)))
        rows.append(
            {
                "Task ID": str(1206000000000000 + i * 104729 + int(rng.integers(0, 9999))),
                "Created At": f"{created:%Y-%m-%d}",
                "Completed At": f"{done_at:%Y-%m-%d}" if done else "",
                "Last Modified": f"{min(modified, end):%Y-%m-%d}",
                "Name": name,
                "Section/Column": section,
                "Assignee": who,
                "Assignee Email": f"{who.split()[0].lower()}@brightpath.io" if who else "",
                "Start Date": f"{created + pd.Timedelta(days=1):%Y-%m-%d}" if rng.random() < 0.3 else "",
                "Due Date": f"{due:%Y-%m-%d}" if due is not None else "",
                "Tags": ",".join(sorted({str(_one(rng, ["frontend", "backend", "design", "marketing", "bug"]))}))
                if rng.random() < 0.6
                else "",
                "Notes": "See thread in Slack" if rng.random() < 0.15 else "",
                "Projects": "Website Relaunch",
                "Parent task": parent,
                "Blocked By (Dependencies)": "",
                "Blocking (Dependencies)": "",
                "Estimated time": est,
                "Actual time": act,
                "Priority": prio,
            }
        )
    return pd.DataFrame(rows, columns=_AS_COLS)


def _as_open(d: pd.DataFrame) -> pd.Series:
    return _txt(d["Completed At"]) == ""


def _as_over(d: pd.DataFrame) -> pd.Series:
    est, act = _num(d["Estimated time"]), _num(d["Actual time"])
    both_ = est.notna() & act.notna()
    return (act - est)[both_]


def _as_days(prio: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        m = (_txt(d["Priority"]) == prio) & ~_as_open(d)
        took = pd.to_datetime(d.loc[m, "Completed At"]) - pd.to_datetime(d.loc[m, "Created At"])
        return float(took.dt.days.mean())

    return value


_ASANA_QS = [
    Q(
        "how many tasks are still open",
        _count(lambda d: int(_as_open(d).sum())),
        ("Completed At", "Section/Column"),
    ),
    Q(
        "who has the most of those?",
        _lead(_named(lambda d: _top(_txt(d.loc[_as_open(d), "Assignee"]).replace("", np.nan).value_counts()))),
        ("Completed At", "Section/Column", "Assignee", "Assignee Email"),
    ),
    Q(
        "how many hours has the team logged altogether",
        _hours_or_minutes(lambda d: float(_num(d["Actual time"]).sum())),
        ("Actual time",),
    ),
    Q(
        "do tasks usually run over the estimate? by how much on average",
        either(
            _hours_or_minutes(lambda d: float(_as_over(d).mean())),
            _hours_or_minutes(lambda d: float(_num(d["Actual time"]).mean() - _num(d["Estimated time"]).mean())),
        ),
        ("Estimated time", "Actual time"),
    ),
    Q(
        "how many got finished after their due date",
        _count(
            lambda d: int(
                (
                    pd.to_datetime(d["Completed At"], errors="coerce") > pd.to_datetime(d["Due Date"], errors="coerce")
                ).sum()
            )
        ),
        ("Completed At", "Due Date"),
    ),
    Q(
        "avg days to finish a high priority task vs a low priority one",
        _about(lambda d: [_as_days("High")(d), _as_days("Low")(d)], rel=0.02),
        ("Priority", "Created At", "Completed At", "Start Date"),
    ),
]


# --- 3. Samsung Health sleep ---------------------------------------------------------------------------------------

_SH = "com.samsung.health.sleep."
_SH_COLS = ["original_efficiency", "mental_recovery", "physical_recovery", "movement_awakening", "sleep_cycle"]
_SH_COLS += ["efficiency", "sleep_score", "sleep_duration", f"{_SH}start_time", f"{_SH}end_time"]
_SH_COLS += [f"{_SH}time_offset", f"{_SH}deviceuuid", f"{_SH}pkg_name", f"{_SH}create_time"]
_SH_COLS += [f"{_SH}update_time", f"{_SH}datauuid", f"{_SH}comment"]
_SH_FMT = "%Y-%m-%d %H:%M:%S.000"


def _sleep_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14103)
    rows = []
    for night in pd.date_range("2023-01-01", "2024-02-28"):
        if rng.random() < 0.06:  # forgot to wear it, no record at all
            continue
        dst = pd.Timestamp(night.year, 3, 12) <= night < pd.Timestamp(night.year, 11, 5)
        off = 7 if dst else 8
        weekend = night.day_of_week in (4, 5)
        bed = night + pd.Timedelta(hours=23 + (0.8 if weekend else 0) + float(rng.normal(0, 0.7)))
        mins = int(np.clip(rng.normal(440 if weekend else 405, 55) - 20 * (night.month in (6, 7)), 180, 620))
        wake = bed + pd.Timedelta(minutes=mins)
        watch = rng.random() > 0.11
        eff = float(np.clip(84 + 0.02 * (mins - 400) + rng.normal(0, 3.5), 60, 99))
        score = int(np.clip(40 + 0.09 * mins + 0.25 * (eff - 85) + rng.normal(0, 5), 30, 100))
        created = wake + pd.Timedelta(hours=off, minutes=int(rng.integers(1, 90)))
        updated = created + pd.Timedelta(seconds=int(rng.integers(0, 400)))
        uuid = f"{rng.integers(0, 16**8):08x}-{rng.integers(0, 16**4):04x}-4{rng.integers(0, 16**3):03x}"
        row = dict.fromkeys(_SH_COLS, "")
        row |= {
            "sleep_duration": mins,
            f"{_SH}start_time": f"{bed + pd.Timedelta(hours=off):{_SH_FMT}}",
            f"{_SH}end_time": f"{wake + pd.Timedelta(hours=off):{_SH_FMT}}",
            f"{_SH}time_offset": f"UTC-0{off}00",
            f"{_SH}create_time": f"{created:{_SH_FMT}}",
            f"{_SH}update_time": f"{updated:{_SH_FMT}}",
            f"{_SH}datauuid": uuid,
        }
        if watch:
            row |= {
                "original_efficiency": round(eff + float(rng.normal(0, 1)), 1),
                "mental_recovery": int(np.clip(rng.normal(75, 12), 20, 100)),
                "physical_recovery": int(np.clip(rng.normal(78, 11), 20, 100)),
                "movement_awakening": int(np.clip(rng.normal(70, 12), 20, 100)),
                "sleep_cycle": int(max(1, round(mins / 95 + rng.normal(0, 0.6)))),
                "efficiency": round(eff, 1),
                "sleep_score": score,
                f"{_SH}deviceuuid": "b7Kq2xWdRz",
                f"{_SH}pkg_name": "com.samsung.android.wear.shealth",
            }
        else:
            row |= {f"{_SH}deviceuuid": "Tm4pQ8vLcA", f"{_SH}pkg_name": "com.sec.android.app.shealth"}
        rows.append(row)
    return pd.DataFrame(rows, columns=_SH_COLS)


def _sh_start(d: pd.DataFrame, local: bool) -> pd.Series:
    t = pd.to_datetime(d[f"{_SH}start_time"])
    if not local:
        return t
    hours = _txt(d[f"{_SH}time_offset"]).str.slice(3, 6).astype(int)
    return t + pd.to_timedelta(hours, unit="h")


def _sh_month(local: bool, col: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        months = _sh_start(d, local).dt.to_period("M")
        return pd.Period(_top(_num(d[col]).groupby(months).mean())).to_timestamp()

    return value


_SH_TIMES = (f"{_SH}start_time", f"{_SH}end_time", f"{_SH}time_offset")

_SLEEP_QS = [
    Q(
        "how much do i sleep a night on average",
        _hours_or_minutes(lambda d: float(_num(d["sleep_duration"]).mean())),
        ("sleep_duration", *_SH_TIMES),
    ),
    Q(
        "whats my average sleep score",
        _about(lambda d: float(_num(d["sleep_score"]).mean())),
        ("sleep_score",),
    ),
    Q(
        "how many nights did i get under 6 hours",
        _count(lambda d: int((_num(d["sleep_duration"]) < 360).sum())),
        ("sleep_duration", *_SH_TIMES),
    ),
    Q(
        "which month did i sleep best",
        _lead(
            either(
                *[_month_year(_sh_month(loc, c)) for loc in (True, False) for c in ("sleep_score", "sleep_duration")]
            )
        ),
        ("sleep_score", "sleep_duration", "efficiency", *_SH_TIMES),
    ),
    Q(
        "is my sleep efficiency better on longer nights?",
        _corr(lambda d: _num(d["efficiency"]), lambda d: _num(d["sleep_duration"])),
        ("efficiency", "sleep_duration"),
    ),
    Q(
        "how many nights are missing a score",
        _count(lambda d: int(_num(d["sleep_score"]).isna().sum())),
        ("sleep_score", f"{_SH}pkg_name", f"{_SH}deviceuuid"),
    ),
]


# --- 4. eBay transaction report ------------------------------------------------------------------------------------

_EB_ITEMS = {
    "Vintage Pyrex Mixing Bowl Set Primary Colors": (38.0, 4),
    "Nintendo Game Boy Color Console Teal Tested": (72.0, 3),
    "Levi's 501 Jeans Mens 34x32 Made in USA": (45.0, 5),
    "Lot of 10 Hot Wheels Redline Cars": (95.0, 2),
    "Pokemon TCG Base Set Charizard Holo 4/102 LP": (240.0, 1),
    "Canon AE-1 Program 35mm Film Camera w/ 50mm Lens": (165.0, 2),
    "Patagonia Better Sweater Fleece Jacket Womens M": (58.0, 4),
    "Fiesta Ware Cobalt Blue Dinner Plate": (18.0, 5),
}
_EB_STATES = {"CA": 16, "TX": 11, "FL": 9, "NY": 10, "PA": 5, "OH": 4, "IL": 5, "GA": 4, "WA": 4, "NC": 3, "MI": 3}
_EB_CITIES = {"CA": "Los Angeles", "TX": "Houston", "FL": "Miami", "NY": "Brooklyn", "PA": "Philadelphia"}
_EB_CITIES |= {"OH": "Columbus", "IL": "Chicago", "GA": "Atlanta", "WA": "Seattle", "NC": "Raleigh", "MI": "Detroit"}
_EB_NAMES = {"CA": "California", "TX": "Texas", "FL": "Florida", "NY": "New York", "PA": "Pennsylvania"}
_EB_NAMES |= {"OH": "Ohio", "IL": "Illinois", "GA": "Georgia", "WA": "Washington", "NC": "North Carolina"}
_EB_NAMES |= {"MI": "Michigan", "ON": "Ontario"}
_EB_ALIASES = {k: (v,) for k, v in _EB_NAMES.items()}
_EB_COLS = ["Transaction creation date", "Type", "Order number", "Legacy order ID", "Buyer username", "Buyer name"]
_EB_COLS += ["Ship to city", "Ship to province/region/state", "Ship to zip", "Ship to country", "Net amount"]
_EB_COLS += ["Payout currency", "Payout date", "Payout ID", "Payout method", "Payout status", "Reason for hold"]
_EB_COLS += ["Item ID", "Transaction ID", "Item title", "Custom label", "Quantity", "Item subtotal"]
_EB_COLS += ["Shipping and handling", "Seller collected tax", "eBay collected tax", "Final Value Fee - fixed"]
_EB_COLS += ["Final Value Fee - variable", "Regulatory operating fee", "International fee"]
_EB_COLS += ["Gross transaction amount", "Transaction currency", "Exchange rate", "Reference ID", "Description"]
_EB_FEES = ["Final Value Fee - fixed", "Final Value Fee - variable", "Regulatory operating fee", "International fee"]


def _ebay_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14104)
    rows: list[dict[str, Any]] = []
    orders: list[dict[str, Any]] = []
    month_w = np.array([5, 4, 5, 5, 5, 4, 4, 5, 5, 6, 8, 10], dtype=float)
    n = 640
    for _ in range(n):
        m = int(rng.choice(12, p=month_w / month_w.sum())) + 1
        day = pd.Timestamp(2023, m, 1) + pd.Timedelta(days=int(rng.integers(0, pd.Timestamp(2023, m, 1).days_in_month)))
        state = str(_one(rng, list(_EB_STATES), list(_EB_STATES.values())))
        intl = rng.random() < 0.04
        order_no = f"{rng.integers(1, 28):02d}-{rng.integers(10000, 99999)}-{rng.integers(10000, 99999)}"
        buyer = f"{_one(rng, ['vintage', 'retro', 'deal', 'collector', 'shop'])!s}_{rng.integers(100, 9999)}"
        lines = 2 if rng.random() < 0.06 else 1
        for _ in range(lines):
            title = str(_one(rng, list(_EB_ITEMS), [v[1] for v in _EB_ITEMS.values()]))
            price = round(_EB_ITEMS[title][0] * float(rng.lognormal(0, 0.25)), 2)
            qty = 1 if rng.random() < 0.9 else 2
            sub = round(price * qty, 2)
            ship = float(_one(rng, [0.0, 5.99, 8.5, 12.95], [4, 3, 2, 1]))
            tax = round(0.075 * (sub + ship), 2) if not intl else 0.0
            fvf_var = -round(0.1325 * (sub + ship + tax), 2)
            fixed = -0.30 if sub + ship <= 10 else -0.40
            reg = -round(0.0035 * sub, 2)
            intl_fee = -round(0.0165 * (sub + ship), 2) if intl else None
            gross = round(sub + ship + tax, 2)
            net = round(gross - tax + fvf_var + fixed + reg + (intl_fee or 0.0), 2)
            row = {c: "--" for c in _EB_COLS}
            row |= {
                "Transaction creation date": f"{day:%b} {day.day}, {day.year}",
                "Type": "Order",
                "Order number": order_no,
                "Legacy order ID": f"{rng.integers(10**11, 10**12)}-{rng.integers(10**12, 10**13)}",
                "Buyer username": buyer,
                "Buyer name": "--",
                "Ship to city": "Toronto" if intl else _EB_CITIES[state],
                "Ship to province/region/state": "ON" if intl else state,
                "Ship to zip": f"{rng.integers(10000, 99999)}" if not intl else "M5V 2T6",
                "Ship to country": "CA" if intl else "US",
                "Net amount": f"{net:.2f}",
                "Payout currency": "USD",
                "Item ID": str(rng.integers(10**11, 10**12)),
                "Transaction ID": str(rng.integers(10**12, 10**13)),
                "Item title": title,
                "Custom label": f"SKU-{list(_EB_ITEMS).index(title) + 100}",
                "Quantity": str(qty),
                "Item subtotal": f"{sub:.2f}",
                "Shipping and handling": f"{ship:.2f}",
                "Seller collected tax": "0",
                "eBay collected tax": f"{tax:.2f}",
                "Final Value Fee - fixed": f"{fixed:.2f}",
                "Final Value Fee - variable": f"{fvf_var:.2f}",
                "Regulatory operating fee": f"{reg:.2f}",
                "International fee": f"{intl_fee:.2f}" if intl_fee is not None else "--",
                "Gross transaction amount": f"{gross:.2f}",
                "Transaction currency": "USD",
                "Exchange rate": "--",
            }
            rows.append(row)
            orders.append(row)
        if rng.random() < 0.55:
            label = round(float(_one(rng, [4.85, 5.4, 7.95, 9.6, 14.1])), 2)
            lrow = {c: "--" for c in _EB_COLS}
            lrow |= {"Transaction creation date": rows[-1]["Transaction creation date"], "Type": "Shipping label"}
            lrow |= {"Order number": order_no, "Net amount": f"{-label:.2f}", "Payout currency": "USD"}
            lrow |= {"Gross transaction amount": f"{-label:.2f}", "Transaction currency": "USD"}
            lrow |= {"Description": "USPS Ground Advantage"}
            rows.append(lrow)
    for o in [orders[int(i)] for i in rng.choice(len(orders), size=31, replace=False)]:
        t = pd.to_datetime(o["Transaction creation date"], format="%b %d, %Y") + pd.Timedelta(
            days=int(rng.integers(3, 20))
        )
        amt = float(o["Gross transaction amount"]) * (1.0 if rng.random() < 0.7 else 0.5)
        r = {c: "--" for c in _EB_COLS}
        r |= {"Transaction creation date": f"{t:%b} {t.day}, {t.year}", "Type": "Refund"}
        r |= {"Order number": o["Order number"], "Buyer username": o["Buyer username"], "Item title": o["Item title"]}
        r |= {"Net amount": f"{-amt:.2f}", "Gross transaction amount": f"{-amt:.2f}", "Payout currency": "USD"}
        r |= {"Transaction currency": "USD", "Item ID": o["Item ID"], "Transaction ID": o["Transaction ID"]}
        rows.append(r)
    for i, t in enumerate(pd.date_range("2023-01-04", "2023-12-27", freq="W-WED")):
        r = {c: "--" for c in _EB_COLS}
        amt = round(float(rng.normal(520, 160)), 2)
        r |= {"Transaction creation date": f"{t:%b} {t.day}, {t.year}", "Type": "Payout"}
        r |= {"Net amount": f"{-amt:.2f}", "Payout currency": "USD", "Payout date": f"{t:%b} {t.day}, {t.year}"}
        r |= {"Payout ID": str(6200000000 + i * 37), "Payout method": "Checking account ending 0391"}
        r |= {"Payout status": "Succeeded", "Transaction currency": "USD", "Description": "Payout"}
        rows.append(r)
    df = pd.DataFrame(rows, columns=_EB_COLS)
    df["_t"] = pd.to_datetime(df["Transaction creation date"], format="%b %d, %Y")
    return df.sort_values("_t", ascending=False, kind="stable").drop(columns="_t").reset_index(drop=True)


def _eb_orders(d: pd.DataFrame) -> pd.DataFrame:
    return d[_txt(d["Type"]) == "Order"]


def _eb_fees(cols: list[str]) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(-sum(_num(_eb_orders(d)[c]).sum() for c in cols))


def _eb_top_state(how: str) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        o = _eb_orders(d)
        st = _txt(o["Ship to province/region/state"])
        if how == "rows":
            return _top(st.value_counts())
        if how == "orders":
            return _top(o.drop_duplicates("Order number")["Ship to province/region/state"].value_counts())
        return _top(_num(o["Gross transaction amount"]).groupby(st).sum())

    return value


def _eb_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        o = _eb_orders(d)
        m = pd.to_datetime(o["Transaction creation date"], format="%b %d, %Y").dt.to_period("M")
        col = "Gross transaction amount" if how == "gross" else "Item subtotal"
        s = _num(o[col]).groupby(m).sum() if how != "count" else m.value_counts()
        return pd.Period(_top(s)).to_timestamp()

    return value


_EB_REFUND = ("Type", "Net amount", "Gross transaction amount")

_EBAY_QS = [
    Q(
        "how many orders did i get",
        either(
            _count(lambda d: len(_eb_orders(d))),
            _count(lambda d: int(_eb_orders(d)["Order number"].nunique())),
        ),
        ("Type", "Order number"),
    ),
    Q(
        "what were my total sales",
        either(
            _dollars(lambda d: float(_num(_eb_orders(d)["Gross transaction amount"]).sum())),
            _dollars(lambda d: float(_num(_eb_orders(d)["Item subtotal"]).sum())),
            _dollars(
                lambda d: float(
                    _num(_eb_orders(d)["Item subtotal"]).sum() + _num(_eb_orders(d)["Shipping and handling"]).sum()
                )
            ),
        ),
        ("Type", "Gross transaction amount", "Item subtotal", "Shipping and handling", "Net amount"),
    ),
    Q(
        "how much did ebay take in fees",
        either(_dollars(_eb_fees(_EB_FEES)), _dollars(_eb_fees(_EB_FEES[:2]))),
        ("Type", *_EB_FEES),
    ),
    Q(
        "which state do most of my buyers live in",
        _lead(either(*[_named(_eb_top_state(h), _EB_ALIASES) for h in ("rows", "orders", "gross")])),
        ("Type", "Ship to province/region/state", "Order number", "Buyer username"),
    ),
    Q(
        "how many refunds did i have to give, and how much money was that",
        both(
            _count(lambda d: int((_txt(d["Type"]) == "Refund").sum())),
            _dollars(lambda d: float(-_num(d.loc[_txt(d["Type"]) == "Refund", "Net amount"]).sum())),
        ),
        _EB_REFUND,
    ),
    Q(
        "best month for sales?",
        _lead(either(*[_month_year(_eb_month(h)) for h in ("gross", "subtotal", "count")])),
        ("Type", "Transaction creation date", "Gross transaction amount", "Item subtotal", "Order number"),
    ),
]


# --- 5. OSHA inspections -------------------------------------------------------------------------------------------

_OS_CITIES = {
    "TX": {"HOUSTON": 40, "DALLAS": 31, "SAN ANTONIO": 22, "AUSTIN": 15, "FORT WORTH": 12, "EL PASO": 6},
    "FL": {"MIAMI": 19, "ORLANDO": 14, "TAMPA": 13, "JACKSONVILLE": 11},
    "OH": {"COLUMBUS": 17, "CLEVELAND": 13, "CINCINNATI": 10, "TOLEDO": 5},
    "IL": {"CHICAGO": 36, "ROCKFORD": 5, "JOLIET": 4},
    "PA": {"PHILADELPHIA": 18, "PITTSBURGH": 12, "ALLENTOWN": 5},
    "GA": {"ATLANTA": 16, "SAVANNAH": 6, "AUGUSTA": 3},
    "NY": {"NEW YORK": 27, "BROOKLYN": 20, "BUFFALO": 7, "ROCHESTER": 5},
    "NJ": {"NEWARK": 9, "JERSEY CITY": 7, "EDISON": 3},
}
_OS_STREETS = ["MAIN ST", "INDUSTRIAL BLVD", "OAK AVE", "HWY 6", "COMMERCE DR"]
_OS_WORDS = ["ACME", "SUMMIT", "PREMIER", "ALL STAR", "LONE STAR", "METRO", "PIONEER", "EAGLE", "GULF", "KEYSTONE"]
_OS_KINDS = ["ROOFING LLC", "CONSTRUCTION INC", "FRAMING", "MANUFACTURING CO", "WAREHOUSE LLC", "FOODS INC"]
_OS_KINDS += ["STEEL ERECTORS", "CONCRETE LLC", "PLASTICS CORP", "LOGISTICS INC"]
_OS_NAICS = {"ROOFING LLC": "238160", "CONSTRUCTION INC": "236220", "FRAMING": "238130"}
_OS_NAICS |= {"MANUFACTURING CO": "332710", "WAREHOUSE LLC": "493110", "FOODS INC": "311612"}
_OS_NAICS |= {"STEEL ERECTORS": "238120", "CONCRETE LLC": "238110", "PLASTICS CORP": "326199"}
_OS_NAICS |= {"LOGISTICS INC": "484121"}
_OS_YEAR_W = {2015: 10, 2016: 10, 2017: 10.5, 2018: 11, 2019: 12.5, 2020: 7, 2021: 8.5, 2022: 10, 2023: 11}
_OS_COLS = ["activity_nr", "reporting_id", "estab_name", "site_address", "site_city", "site_state", "site_zip"]
_OS_COLS += ["owner_type", "owner_code", "adv_notice", "safety_hlth", "sic_code", "naics_code", "insp_type"]
_OS_COLS += ["insp_scope", "union_status", "nr_in_estab", "open_date", "case_mod_date", "close_conf_date"]
_OS_COLS += ["close_case_date", "load_dt"]


def _osha_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14105)
    n = 3000
    pairs = [(s, c, w) for s, cs in _OS_CITIES.items() for c, w in cs.items()]
    firms = [f"{_one(rng, _OS_WORDS)!s} {_one(rng, _OS_KINDS)!s}" for _ in range(420)]
    years = list(_OS_YEAR_W)
    city_w = np.array([p[2] for p in pairs], dtype=float) / sum(p[2] for p in pairs)
    rows = []
    for i in range(n):
        state, city, _ = pairs[int(rng.choice(len(pairs), p=city_w))]
        year = int(_one(rng, years, list(_OS_YEAR_W.values())))
        opened = pd.Timestamp(year, 1, 1) + pd.Timedelta(days=int(rng.integers(0, 365)))
        firm = firms[int(rng.integers(0, len(firms)))]
        kind = next(k for k in _OS_KINDS if firm.endswith(k))
        days = int(np.clip(rng.gamma(2.0, 70.0), 1, 900))
        closed = opened + pd.Timedelta(days=days)
        still_open = closed > pd.Timestamp("2024-04-30") or rng.random() < 0.04
        conf = opened + pd.Timedelta(days=int(rng.integers(0, max(2, days // 2))))
        size = rng.lognormal(2.8, 1.3) if rng.random() > 0.06 else None
        rows.append(
            {
                "activity_nr": str(1010000000 + i * 397 + int(rng.integers(0, 300))),
                "reporting_id": str(_one(rng, ["0627700", "0625400", "0418800", "0521100", "0213900", "0316300"])),
                "estab_name": firm,
                "site_address": f"{rng.integers(100, 9999)} {_one(rng, _OS_STREETS)!s}",
                "site_city": city,
                "site_state": state,
                "site_zip": f"{rng.integers(10000, 99999)}" if rng.random() > 0.05 else "",
                "owner_type": str(_one(rng, ["A", "B", "C", "D"], [93, 4, 2, 1])),
                "owner_code": "",
                "adv_notice": str(_one(rng, ["N", "Y"], [95, 5])),
                "safety_hlth": str(_one(rng, ["S", "H"], [78, 22])),
                "sic_code": "",
                "naics_code": _OS_NAICS[kind],
                "insp_type": str(_one(rng, ["H", "B", "C", "A", "F", "G", "M"], [40, 22, 18, 8, 7, 3, 2])),
                "insp_scope": str(_one(rng, ["C", "D", "A", "B"], [50, 25, 15, 10])),
                "union_status": str(_one(rng, ["N", "Y", "A", "B", "U"], [70, 10, 8, 7, 5])),
                "nr_in_estab": "" if size is None else str(max(1, round(size))),
                "open_date": f"{opened:%Y-%m-%d}",
                "case_mod_date": f"{min(closed, pd.Timestamp('2024-04-30')):%Y-%m-%d}",
                "close_conf_date": f"{conf:%Y-%m-%d}" if rng.random() > 0.08 else "",
                "close_case_date": "" if still_open else f"{closed:%Y-%m-%d}",
                "load_dt": "2024-05-01T03:12:45",
            }
        )
    return pd.DataFrame(rows, columns=_OS_COLS)


def _os_tx(d: pd.DataFrame) -> pd.Series:
    return _txt(d["site_state"]) == "TX"


def _os_days(d: pd.DataFrame) -> pd.Series:
    return (pd.to_datetime(d["close_case_date"], errors="coerce") - pd.to_datetime(d["open_date"])).dt.days.dropna()


_OSHA_QS = [
    Q(
        "how many inspections were in texas",
        _count(lambda d: int(_os_tx(d).sum())),
        ("site_state",),
    ),
    Q(
        "how many of those are still open",
        _count(lambda d: int((_os_tx(d) & (_txt(d["close_case_date"]) == "")).sum())),
        ("site_state", "close_case_date", "close_conf_date"),
    ),
    Q(
        "which year had the most inspections",
        _lead(_year(lambda d: int(_top(pd.to_datetime(d["open_date"]).dt.year.value_counts())))),
        ("open_date",),
    ),
    Q(
        "top 5 cities by number of inspections",
        labels_in(lambda d: list(_ranked(_txt(d["site_city"]).value_counts()).index[:5])),
        ("site_city", "site_state"),
    ),
    Q(
        "on average how many employees did the inspected places have",
        _about(lambda d: float(_num(d["nr_in_estab"]).mean()), rel=0.01),
        ("nr_in_estab",),
    ),
    Q(
        "how long does it typically take to close a case, in days",
        either(_about(lambda d: float(_os_days(d).median())), _about(lambda d: float(_os_days(d).mean()))),
        ("open_date", "close_case_date"),
    ),
]


# --- 6. NYC bicycle counts -----------------------------------------------------------------------------------------

_BK_COUNTERS = {
    "Manhattan Bridge Bike Comprehensive": (100010022, 310.0),
    "Williamsburg Bridge Bike Path": (100009425, 265.0),
    "Kent Ave btw North 8th St and North 9th St": (100047029, 120.0),
    "Prospect Park West": (100010018, 95.0),
    "1st Avenue - 26th St N": (100062893, 150.0),
    "Pulaski Bridge": (100009428, 45.0),
}
# relative traffic by hour of day, peaks at 8 and 17-18
_BK_HOURLY = [0.12, 0.07, 0.04, 0.03, 0.04, 0.12, 0.35, 0.75, 1.0, 0.8, 0.6, 0.6]
_BK_HOURLY += [0.65, 0.68, 0.7, 0.78, 0.92, 1.12, 0.95, 0.72, 0.5, 0.35, 0.25, 0.18]


def _bike_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14106)
    days = pd.date_range("2023-06-01", "2023-06-30")
    rain = {pd.Timestamp("2023-06-20"): 0.22, pd.Timestamp("2023-06-26"): 0.45, pd.Timestamp("2023-06-11"): 0.7}
    rows = []
    k = 0
    for name, (cid, base) in _BK_COUNTERS.items():
        outage = (pd.Timestamp("2023-06-13 02:00"), pd.Timestamp("2023-06-14 09:00")) if "Pulaski" in name else None
        for day in days:
            weekend = day.day_of_week >= 5
            for h in range(24):
                t = day + pd.Timedelta(hours=h)
                if rng.random() < 0.012:
                    continue  # hour missing from the feed
                shape = _BK_HOURLY[h] if not weekend else 0.25 + 0.6 * np.exp(-((h - 14) ** 2) / 18)
                lam = base * shape * (0.8 if weekend else 1.0) * rain.get(day, 1.0)
                c = int(rng.poisson(lam))
                status = 0
                if outage and outage[0] <= t <= outage[1]:
                    c, status = 0, 4
                k += 1
                rows.append(
                    {
                        "countid": 2600000 + k,
                        "id": cid,
                        "name": name,
                        "date": f"{t:%m/%d/%Y %I:%M:%S %p}",
                        "counts": c,
                        "status": status,
                    }
                )
    return pd.DataFrame(rows)


def _bk_t(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["date"], format="%m/%d/%Y %I:%M:%S %p")


def _bk_daily(d: pd.DataFrame) -> pd.Series:
    return d["counts"].groupby(_bk_t(d).dt.normalize()).sum()


def _bk_weekend_means(per: str) -> Callable[[pd.DataFrame], list[float]]:
    def value(d: pd.DataFrame) -> list[float]:
        if per == "day":
            s = _bk_daily(d)
            wk = s.index.day_of_week >= 5
            return [float(s[~wk].mean()), float(s[wk].mean())]
        wk = _bk_t(d).dt.day_of_week >= 5
        return [float(d.loc[~wk, "counts"].mean()), float(d.loc[wk, "counts"].mean())]

    return value


_BK_ID = ("name", "id", "counts")

_BIKE_QS = [
    Q(
        "which spot gets the most bikes",
        _lead(_named(lambda d: _top(d.groupby("name")["counts"].sum()))),
        _BK_ID,
    ),
    Q(
        "how many bikes were counted in total in june across all of them",
        _count(lambda d: int(d["counts"].sum())),
        ("counts", "date"),
    ),
    Q(
        "what time of day is busiest",
        _lead(
            either(
                _hour(lambda d: int(_top(d["counts"].groupby(_bk_t(d).dt.hour).sum()))),
                _hour(lambda d: int(_top(d["counts"].groupby(_bk_t(d).dt.hour).mean()))),
            )
        ),
        ("counts", "date"),
    ),
    Q(
        "weekdays vs weekends - how many riders per day on average",
        either(_about(_bk_weekend_means("day"), rel=0.01), _about(_bk_weekend_means("row"), rel=0.01)),
        ("counts", "date"),
    ),
    Q(
        "which day had the fewest riders",
        _lead(_day(lambda d: _bottom(_bk_daily(d)))),
        ("counts", "date"),
    ),
    Q(
        "how many hours did the pulaski bridge counter read zero",
        _count(lambda d: int(((_txt(d["name"]) == "Pulaski Bridge") & (d["counts"] == 0)).sum())),
        ("name", "id", "counts", "date", "status"),
    ),
]


# --- 7. IMF primary commodity prices -------------------------------------------------------------------------------

_IMF = {
    "PALLFNF": ("All Commodity Price Index, 2016 = 100, includes both Fuel and Non-Fuel Price Indices", "Index", 60.0),
    "PALUM": ("Aluminum, 99.5% minimum purity, LME spot price, CIF UK ports", "US Dollars per Metric Ton", 1500.0),
    "PBANSOP": ("Bananas, Central American and Ecuador, FOB U.S. Ports", "US Dollars per Metric Ton", 500.0),
    "PBEEF": ("Beef, Australian and New Zealand 85% lean fores, CIF U.S. import price", "US cents per pound", 110.0),
    "PCOALAU": ("Coal, Australian thermal coal, 12,000- btu/pound", "US Dollars per Metric Ton", 38.0),
    "PCOCO": ("Cocoa beans, International Cocoa Organization cash price", "US Dollars per Metric Ton", 1200.0),
    "PCOFFOTM": ("Coffee, Other Mild Arabica, International Coffee Organization", "US cents per pound", 70.0),
    "PCOPP": ("Copper, grade A cathode, LME spot price, CIF European ports", "US Dollars per Metric Ton", 2300.0),
    "PGOLD": ("Gold (UK), 99.5% fine, London Bullion Market Association", "US Dollars per Troy Ounce", 345.0),
    "PIORECR": ("China import Iron Ore Fines 62% FE spot (CFR Tianjin port)", "US Dollars per Metric Ton", 70.0),
    "PMAIZMT": ("Corn (Maize), U.S. No.2 Yellow, FOB Gulf of Mexico", "US Dollars per Metric Ton", 105.0),
    "PNGASUS": (
        "Natural Gas, Natural Gas spot price at the Henry Hub terminal in Louisiana",
        "US Dollars per MMBtu",
        1.8,
    ),
    "POILBRE": ("Crude Oil (petroleum), Dated Brent, light blend 38 API, fob U.K.", "US Dollars per Barrel", 19.0),
    "POILWTI": ("Crude Oil (petroleum), West Texas Intermediate 40 API", "US Dollars per Barrel", 20.0),
    "PRICENPQ": ("Rice, Thailand, 5% broken, medium grain", "US Dollars per Metric Ton", 270.0),
    "PSUGAISA": ("Sugar, International Sugar Agreement (ISA) price", "US cents per pound", 9.0),
    "PWHEAMT": ("Wheat, No.1 Hard Red Winter, ordinary protein, Kansas City", "US Dollars per Metric Ton", 140.0),
}

# rough 2022 average levels, so every series ends up where the real one is
_IMF_2022 = {"PALLFNF": 185.0, "PALUM": 2700.0, "PBANSOP": 1500.0, "PBEEF": 265.0, "PCOALAU": 350.0}
_IMF_2022 |= {"PCOCO": 2400.0, "PCOFFOTM": 255.0, "PCOPP": 8800.0, "PGOLD": 1800.0, "PIORECR": 120.0}
_IMF_2022 |= {"PMAIZMT": 300.0, "PNGASUS": 6.5, "POILBRE": 99.0, "POILWTI": 94.0, "PRICENPQ": 430.0}
_IMF_2022 |= {"PSUGAISA": 18.5, "PWHEAMT": 380.0}


def _imf_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14107)
    months = pd.period_range("1992-01", "2024-12", freq="M")
    n = len(months)
    t = np.arange(n) / 12.0
    # a shared boom/bust cycle (2008 peak, 2009 and 2015 and 2020 slumps, 2022 spike) plus each commodity's own walk
    cycle = np.exp(
        0.9 * np.exp(-(((t - 16.5) / 1.6) ** 2))
        + 0.55 * np.exp(-(((t - 19.5) / 2.5) ** 2))
        - 0.35 * np.exp(-(((t - 23.5) / 1.0) ** 2))
        + 0.6 * np.exp(-(((t - 30.4) / 0.8) ** 2))
    )
    metals = np.cumsum(rng.normal(0.003, 0.035, n))
    data: dict[str, Any] = {"": ["Commodity.Description", "Unit.Name", *[f"{p.year}M{p.month}" for p in months]]}
    for code, (desc, unit, base) in _IMF.items():
        own = np.cumsum(rng.normal(0.0025, 0.04, n))
        if code in ("PALUM", "PCOPP"):
            own = 0.5 * own + metals
        if code == "PGOLD":
            own = np.cumsum(rng.normal(0.0055, 0.03, n)) - 0.2 * np.exp(-(((t - 8.0) / 3.0) ** 2))
            series = base * np.exp(own)
        else:
            series = base * cycle * np.exp(own)
        in_2022 = np.array([p.year == 2022 for p in months])
        series = series * np.exp((np.log(_IMF_2022[code] / series[in_2022].mean()) / 30.5) * t)
        vals = [f"{v:.2f}" if v < 1000 else f"{v:.1f}" for v in series]
        if code == "PIORECR":
            vals = ["" if p.year < 2009 else v for p, v in zip(months, vals, strict=True)]
        if code == "PCOALAU":
            vals = ["" if (p.year == 1992 and p.month <= 3) else v for p, v in zip(months, vals, strict=True)]
        data[code] = [desc, unit, *vals]
    return pd.DataFrame(data)


def _imf(d: pd.DataFrame) -> pd.DataFrame:
    """The month rows, with a Period index, every commodity numeric."""
    body = d.iloc[2:].copy()
    stamp = _txt(body.iloc[:, 0]).str.replace("M", "-", regex=False)
    body.index = pd.PeriodIndex(pd.to_datetime(stamp, format="%Y-%m"), freq="M")
    return body.drop(columns=body.columns[0]).apply(pd.to_numeric, errors="coerce")


_IM_FIRST = "Unnamed: 0"

_IMF_QS = [
    Q(
        "whats the highest gold price in here and when was it",
        both(
            _about(lambda d: float(_imf(d)["PGOLD"].max()), rel=0.002),
            _month_year(lambda d: _imf(d)["PGOLD"].idxmax().to_timestamp()),
        ),
        (_IM_FIRST, "PGOLD"),
    ),
    Q(
        "average brent oil price in 2022",
        _about(lambda d: float(_imf(d).loc[_imf(d).index.year == 2022, "POILBRE"].mean()), rel=0.003),
        (_IM_FIRST, "POILBRE"),
    ),
    Q(
        "by what percent did wheat go up from jan 2020 to jan 2022",
        _share(
            lambda d: float(
                _imf(d).loc[pd.Period("2022-01", "M"), "PWHEAMT"] / _imf(d).loc[pd.Period("2020-01", "M"), "PWHEAMT"]
                - 1
            )
        ),
        (_IM_FIRST, "PWHEAMT"),
    ),
    Q(
        "do copper and aluminum prices move together",
        _corr(lambda d: _imf(d)["PCOPP"], lambda d: _imf(d)["PALUM"]),
        (_IM_FIRST, "PCOPP", "PALUM"),
    ),
    Q(
        "which year was coffee cheapest on average",
        _lead(_year(lambda d: int(_bottom(_imf(d)["PCOFFOTM"].groupby(_imf(d).index.year).mean())))),
        (_IM_FIRST, "PCOFFOTM"),
    ),
    Q(
        "how many months have no iron ore price",
        _count(lambda d: int(_imf(d)["PIORECR"].isna().sum())),
        (_IM_FIRST, "PIORECR"),
    ),
]


HELDOUT141: list[Dataset] = [
    Dataset("venmo_personal_statement", _venmo_frame, _VENMO_QS),
    Dataset("asana_tasks_with_time_tracking", _asana_frame, _ASANA_QS),
    Dataset("samsung_health_sleep", _sleep_frame, _SLEEP_QS),
    Dataset("ebay_transaction_report", _ebay_frame, _EBAY_QS),
    Dataset("osha_inspections", _osha_frame, _OSHA_QS),
    Dataset("nyc_bike_lane_counts", _bike_frame, _BIKE_QS),
    Dataset("imf_primary_commodity_prices", _imf_frame, _IMF_QS),
]
