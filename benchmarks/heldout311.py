"""HELDOUT311: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of files an analyst is likely to bring along: an optometry practice's exam
log (2023 to 2024, one row per exam) with "Exam Date" as "03/14/2024", "Patient ID" as "P10234" (patients come
back), Age, "Visit Type" (Comprehensive, Contact Lens Fit, Follow-up, Medical), "OD Sphere" and "OS Sphere" as
"-2.25" or "+1.50" ("PL" for plano), "OD Cylinder" and "OS Cylinder" as "-0.75" (blank when there is no
astigmatism), Contacts (Y, N), Insurance (VSP, EyeMed, Davis Vision, Spectera, Medicare, Self Pay), "Exam Fee" as
"$150.00" and "Frames Purchased" (Y, N, blank for follow-ups); a middle school's locker list (one row per locker)
with "Locker #", Bank (A Hall, B Hall, C Hall, Gym Hall, Science Wing, Band Hall), "Student Name" upper case as
"GARCIA, SOFIA M" (blank for empty lockers), Grade (6 to 8, blank when empty), Homeroom as a room number,
Combination as "12-34-05", "Combo Changed" as "08/21/2023" (blank when never changed), Broken (Y, N) and "Shared
With" (the second student's name, blank when not shared); a violin teacher's billing sheet (January 2024 to March
2025, one row per student per month) with Month as "Jan 2024", Student, Length as "30 min", Rate as "$35.00" per
lesson, Lessons (lessons that month), "Make-ups" (blank when none), "Amount Due" as "$140.00", "Paid Date" as
"2/3/2024" (blank while unpaid) and Method (Venmo, Zelle, Check, Cash, blank while unpaid); a preschool's
enrollment waitlist (applications September 2022 to December 2024, one row per application) with "App #" as
"W23-0142", Child as "Nguyen, Ava", DOB and "App Date" as "5/12/2021", Program (2s, 3s, 4s), "Days/Wk" (2, 3, 5),
Sibling (Y, blank), Status (Waitlist, Offered, Enrolled, Declined, Withdrawn), "Offer Date" (blank until an offer)
and "Enroll Date" (blank unless enrolled); a county fair's 4-H livestock auction sheet (2019 and 2021 to 2024, no
2020 fair, one row per lot) with Year, "Lot #", Exhibitor, Club ("Happy Hollow 4-H"), Species (Steer, Swine, Lamb,
Goat, Rabbit, Poultry), "Weight (lbs)", "Price/lb" as "$4.25", Buyer (local businesses), "Sale Total" as
"$5,312.50", "Add-ons" as "$250.00" (blank when none), Champion ("Grand Champion", "Reserve Champion", blank) and a
last "TOTAL" row in "Lot #" with only the sale and add-on sums filled in; a horse show series' class results (ten
shows in 2024, one row per entry) with "Show Date" as "2024-04-13", "Class #" (repeats at every show), "Class Name"
("Jumper 1.0m", "Hunter Under Saddle", ...), Division (Hunter, Jumper, Equitation, Western), "Back #", Horse, Rider,
Place ("1" to "12", "EL" eliminated, "RT" retired), Points (10, 6, 4, 2, 1, 0.5 for first to sixth, blank
otherwise), Faults and Time in seconds (jumper classes only, blank for EL and RT) and Judge; and a newsletter's
per-issue stats export (January 2022 to December 2024, one row per post) with "Post title", "Publish date" as
"Mar 14, 2024", Recipients, Opens, "Open rate" written as "52%", Clicks (blank where click tracking was off), "New
free subscribers", "New paid subscribers" and Unsubscribes. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share
from .heldout253 import _amount, _num, _text, _top, _typical
from .heldout308 import _any_named, _month_word, _when
from .offline_eval import Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

_FIRST = ["Ava", "Liam", "Sofia", "Noah", "Mia", "Ethan", "Chloe", "Mason", "Zoe", "Lucas", "Nora", "Owen", "Ruby"]
_FIRST += ["Caleb", "Hazel", "Jack", "Ivy", "Leo", "Grace", "Eli", "Maya", "Henry", "Lily", "Isaac", "Aria"]
_LAST = ["Garcia", "Nguyen", "Smith", "Patel", "Johnson", "Kim", "Brown", "Lopez", "Miller", "Chen", "Davis"]
_LAST += ["Wilson", "Martinez", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "White", "Harris", "Clark"]


def _names(rng: np.random.Generator, n: int) -> list[tuple[str, str]]:
    """`n` distinct (first, last) pairs."""
    pairs = [(f, s) for f in _FIRST for s in _LAST]
    picks = rng.choice(len(pairs), size=n, replace=False)
    return [pairs[int(i)] for i in picks]


def _dollars(x: float) -> str:
    return f"${x:,.2f}"


# --- 1. Optometry exam log -----------------------------------------------------------------------------------------

# visit type: weight, base fee
_OP_VISITS = {
    "Comprehensive": (10, 150.0),
    "Contact Lens Fit": (3, 195.0),
    "Follow-up": (3, 65.0),
    "Medical": (2, 120.0),
}
# plan: weight, fee factor
_OP_PLANS = {"VSP": (6, 0.62), "EyeMed": (5, 0.58), "Davis Vision": (2, 0.55), "Spectera": (2, 0.6)}
_OP_PLANS |= {"Self Pay": (3, 1.0)}


def _rx(x: float) -> str:
    q = round(x * 4) / 4
    return "PL" if q == 0 else f"{q:+.2f}"


def _optometry_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31101)
    patients = []
    for i in range(820):
        age = int(np.clip(rng.normal(44, 20), 6, 92))
        sph = float(rng.normal(-1.6, 1.8)) + 0.045 * (age - 40) + (0.8 if age > 55 else 0.0)
        cyl = -0.25 * int(rng.integers(1, 10)) if rng.random() < 0.55 else None
        plan = (
            "Medicare"
            if age >= 65 and rng.random() < 0.7
            else str(_one(rng, list(_OP_PLANS), [w for w, _ in _OP_PLANS.values()]))
        )
        contacts = 12 <= age <= 65 and rng.random() < 0.4
        patients.append((f"P{10001 + i}", age, sph, cyl, plan, contacts))
    rows: list[dict[str, Any]] = []
    days = sorted(int(x) for x in rng.integers(0, 730, size=1350))
    for d in days:
        day = pd.Timestamp("2023-01-02") + pd.Timedelta(days=d)
        if day.dayofweek == 6:
            day += pd.Timedelta(days=1)
        if day.month == 7 and rng.random() < 0.35:  # back-to-school exams pile up in August
            day += pd.Timedelta(days=31)
        pid, age, sph, cyl, plan, contacts = patients[int(rng.integers(len(patients)))]
        visit = str(_one(rng, list(_OP_VISITS), [w for w, _ in _OP_VISITS.values()]))
        if visit == "Contact Lens Fit" and not contacts:
            visit = "Comprehensive"
        base = _OP_VISITS[visit][1]
        factor = 0.7 if plan == "Medicare" else _OP_PLANS[plan][1]
        fee = round(base * factor * float(rng.uniform(0.95, 1.05)))
        os_cyl = cyl + 0.25 * int(rng.integers(-1, 2)) if cyl is not None else None
        frames = "" if visit == "Follow-up" else ("Y" if rng.random() < (0.2 if contacts else 0.38) else "N")
        rows.append(
            {
                "Exam Date": f"{day:%m/%d/%Y}",
                "Patient ID": pid,
                "Age": age + (day.year - 2023),
                "Visit Type": visit,
                "OD Sphere": _rx(sph + float(rng.normal(0, 0.1))),
                "OD Cylinder": f"{cyl:.2f}" if cyl is not None else "",
                "OS Sphere": _rx(sph + float(rng.normal(0, 0.45))),
                "OS Cylinder": f"{min(os_cyl, -0.25):.2f}" if os_cyl is not None else "",
                "Contacts": "Y" if contacts else "N",
                "Insurance": plan,
                "Exam Fee": _dollars(fee),
                "Frames Purchased": frames,
            }
        )
    return pd.DataFrame(rows)


def _op_sphere(df: pd.DataFrame, plano_zero: bool) -> pd.Series:
    text = _text(df, "OD Sphere")
    out = _num(df, "OD Sphere")
    return out.mask(text == "PL", 0.0) if plano_zero else out


def _op_contacts(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Contacts") == "Y"


def _op_busiest(df: pd.DataFrame) -> pd.Timestamp:
    months = _when(df, "Exam Date", "%m/%d/%Y").dt.to_period("M")
    return months.value_counts().sort_index().idxmax().to_timestamp()


_OP_QS = [
    Q("how many different patients are in here", _count(lambda df: df["Patient ID"].nunique()), ("Patient ID",)),
    Q(
        "what share of patients wear contacts",
        either(
            _share(lambda df: float(_op_contacts(df).mean())),
            _share(lambda df: float(_op_contacts(df).groupby(df["Patient ID"]).any().mean())),
        ),
        ("Contacts", "Patient ID"),
    ),
    Q(
        "and how many of those bought frames",
        either(
            _count(lambda df: int((_op_contacts(df) & (_text(df, "Frames Purchased") == "Y")).sum())),
            _count(
                lambda df: int(
                    df.loc[_op_contacts(df) & (_text(df, "Frames Purchased") == "Y"), "Patient ID"].nunique()
                )
            ),
        ),
        ("Contacts", "Frames Purchased", "Patient ID"),
    ),
    Q(
        "average exam fee for each insurance",
        _about(lambda df: _num(df, "Exam Fee").groupby(_text(df, "Insurance")).mean().to_numpy()),
        ("Exam Fee", "Insurance"),
    ),
    Q(
        "does the right eye sphere change with age",
        either(
            _corr(lambda d: d["Age"], lambda d: _op_sphere(d, True)),
            _corr(lambda d: d["Age"], lambda d: _op_sphere(d, False)),
        ),
        ("Age", "OD Sphere"),
    ),
    Q(
        "which month was busiest",
        either(
            _month_year(_op_busiest),
            _month_word(lambda df: int(_top(_when(df, "Exam Date", "%m/%d/%Y").dt.month.value_counts()))),
        ),
        ("Exam Date",),
    ),
]


# --- 2. Middle school locker list ----------------------------------------------------------------------------------

# bank: first locker number, lockers, grade (None: mixed), chance broken
_LK_BANKS: dict[str, tuple[int, int, int | None, float]] = {
    "A Hall": (100, 220, 6, 0.04),
    "B Hall": (400, 220, 7, 0.05),
    "C Hall": (700, 220, 8, 0.06),
    "Gym Hall": (1000, 160, None, 0.14),
    "Science Wing": (1300, 120, None, 0.05),
    "Band Hall": (1500, 80, None, 0.08),
}
_LK_ROOMS = {6: [101, 103, 105, 107, 109, 111], 7: [201, 203, 205, 207, 209, 211], 8: [301, 303, 305, 307, 309]}


def _locker_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31102)
    full = [f"{s.upper()}, {f.upper()} {m}" for f in _FIRST for s in _LAST for m in "ABCDEJLMRST"]
    kids = [full[int(i)] for i in rng.choice(len(full), size=1000, replace=False)]
    rows: list[dict[str, Any]] = []
    k = 0
    for bank, (start, n, grade, broken_p) in _LK_BANKS.items():
        for j in range(n):
            empty = rng.random() < (0.12 if grade else 0.3)
            g = grade if grade else int(_one(rng, [6, 7, 8], [2, 3, 4]))
            name = shared = ""
            if not empty:
                name = kids[k % len(kids)]
                k += 1
                if rng.random() < {6: 0.05, 7: 0.09, 8: 0.14}[g] * (2 if bank == "Gym Hall" else 1):
                    shared = kids[k % len(kids)]
                    k += 1
            changed = ""
            if rng.random() < 0.7:
                c = pd.Timestamp("2022-08-15") + pd.Timedelta(days=int(rng.integers(0, 760)))
                changed = f"{c:%m/%d/%Y}"
            combo = "-".join(f"{int(x):02d}" for x in rng.integers(0, 40, size=3))
            rows.append(
                {
                    "Locker #": start + j,
                    "Bank": bank,
                    "Student Name": name,
                    "Grade": None if empty else g,
                    "Homeroom": None if empty else int(_one(rng, _LK_ROOMS[g])),
                    "Combination": combo,
                    "Combo Changed": changed,
                    "Broken": "Y" if rng.random() < broken_p else "N",
                    "Shared With": shared,
                }
            )
    return pd.DataFrame(rows).astype({"Grade": "Int64", "Homeroom": "Int64"})


def _lk_broken(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Broken") == "Y"


def _lk_shared(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Shared With") != ""


_LK_GRADES = {"6": ("6th", "sixth"), "7": ("7th", "seventh"), "8": ("8th", "eighth")}


def _lk_shared_grade(df: pd.DataFrame) -> str:
    grades = pd.to_numeric(df["Grade"], errors="coerce")[_lk_shared(df)]
    return str(int(float(_top(grades.value_counts()))))


_LK_QS = [
    Q("how many lockers are broken", _count(lambda df: int(_lk_broken(df).sum())), ("Broken", "Locker #")),
    Q(
        "which hallway has the most broken ones",
        _any_named(
            lambda df: _top(_lk_broken(df).groupby(_text(df, "Bank")).sum()),
            lambda df: _top(_lk_broken(df).groupby(_text(df, "Bank")).mean()),
        ),
        ("Bank", "Broken"),
    ),
    Q("how many lockers are shared", _count(lambda df: int(_lk_shared(df).sum())), ("Shared With", "Locker #")),
    Q(
        "what grade are most of those kids in",
        _lead(_named(_lk_shared_grade, _LK_GRADES)),
        ("Grade", "Shared With"),
    ),
    Q(
        "how many empty lockers are there",
        _count(lambda df: int((_text(df, "Student Name") == "").sum())),
        ("Student Name", "Locker #"),
    ),
    Q(
        "how many combos have been changed since jan 2024",
        _count(lambda df: int((_when(df, "Combo Changed", "%m/%d/%Y") >= "2024-01-01").sum())),
        ("Combo Changed",),
    ),
]


# --- 3. Violin teacher billing sheet -------------------------------------------------------------------------------

_VN_RATES = {"30 min": (35.0, 30.0), "45 min": (50.0, 45.0), "60 min": (65.0, 60.0)}
_VN_METHODS = ["Venmo", "Zelle", "Check", "Cash"]


def _violin_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31103)
    months = pd.period_range("2024-01", "2025-03", freq="M")
    students = []
    for f, s in _names(rng, 32):
        length = str(_one(rng, list(_VN_RATES), [4, 3, 2]))
        legacy = rng.random() < 0.25
        rate = _VN_RATES[length][1 if legacy else 0]
        first = int(rng.integers(0, 8)) if rng.random() < 0.3 else 0
        last = int(rng.integers(first + 4, len(months) + 1)) if rng.random() < 0.25 else len(months)
        late = rng.random() < 0.12
        method = str(_one(rng, _VN_METHODS, [5, 3, 2, 1]))
        students.append((f"{f} {s}", length, rate, first, last, late, method))
    rows: list[dict[str, Any]] = []
    for m_i, month in enumerate(months):
        for name, length, rate, first, last, late, method in students:
            if not first <= m_i < last:
                continue
            lessons = int(_one(rng, [2, 3, 4, 5], [1, 3, 10, 3]))
            makeups = int(_one(rng, [0, 1, 2], [12, 3, 1]))
            due = rate * lessons
            unpaid_p = 0.5 if late else 0.03
            if m_i >= len(months) - 1:
                unpaid_p = 0.55
            paid = ""
            if rng.random() >= unpaid_p:
                day = month.to_timestamp() + pd.Timedelta(days=int(rng.integers(0, 25 if not late else 50)))
                paid = f"{day.month}/{day.day}/{day.year}"
            rows.append(
                {
                    "Month": f"{month.to_timestamp():%b %Y}",
                    "Student": name,
                    "Length": length,
                    "Rate": _dollars(rate),
                    "Lessons": lessons,
                    "Make-ups": makeups if makeups else None,
                    "Amount Due": _dollars(due),
                    "Paid Date": paid,
                    "Method": (method if rng.random() < 0.85 else str(_one(rng, _VN_METHODS))) if paid else "",
                }
            )
    return pd.DataFrame(rows).astype({"Make-ups": "Int64"})


def _vn_unpaid(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Paid Date") == ""


def _vn_owes(df: pd.DataFrame) -> str:
    return _top(_num(df, "Amount Due")[_vn_unpaid(df)].groupby(_text(df, "Student")[_vn_unpaid(df)]).sum())


def _vn_rates(per_student: bool) -> Callable[[pd.DataFrame], Any]:
    def rates(df: pd.DataFrame) -> Any:
        frame = pd.DataFrame({"s": _text(df, "Student"), "len": _text(df, "Length"), "rate": _num(df, "Rate")})
        if per_student:
            frame = frame.drop_duplicates(["s", "len"])
        return frame.groupby("len")["rate"].mean().to_numpy()

    return rates


def _vn_method(by_amount: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        paid = _text(df, "Method") != ""
        weight = _num(df, "Amount Due") if by_amount else pd.Series(1.0, index=df.index)
        return _top(weight[paid].groupby(_text(df, "Method")[paid]).sum())

    return top


_VN_QS = [
    Q(
        "how much did i bill in 2024 total",
        _amount(lambda df: float(_num(df, "Amount Due")[_text(df, "Month").str.endswith("2024")].sum())),
        ("Amount Due", "Month"),
    ),
    Q(
        "how much is still unpaid",
        _amount(lambda df: float(_num(df, "Amount Due")[_vn_unpaid(df)].sum())),
        ("Amount Due", "Paid Date"),
    ),
    Q("who owes me the most", _lead(_named(_vn_owes)), ("Student", "Amount Due", "Paid Date")),
    Q(
        "what payment method do people use most",
        _any_named(_vn_method(False), _vn_method(True)),
        ("Method", "Paid Date"),
    ),
    Q(
        "average rate for 30 vs 45 vs 60 minute lessons",
        either(_about(_vn_rates(False)), _about(_vn_rates(True))),
        ("Rate", "Length"),
    ),
    Q(
        "how many make-up lessons have i done altogether",
        _count(lambda df: float(_num(df, "Make-ups").sum())),
        ("Make-ups",),
    ),
]


# --- 4. Preschool enrollment waitlist ------------------------------------------------------------------------------

_PS_PROGRAMS = {"2s": 2, "3s": 3, "4s": 4}


def _preschool_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31104)
    rows: list[dict[str, Any]] = []
    start = pd.Timestamp("2022-09-01")
    for i in range(620):
        while True:
            app = start + pd.Timedelta(days=int(rng.integers(0, 852)))
            # applications bunch up in January (open house) and September
            keep = {1: 1.0, 2: 0.55, 9: 0.6, 10: 0.5}.get(app.month, 0.3)
            if rng.random() < keep:
                break
        school_year = app.year + 1 if app.month >= 3 else app.year
        program = str(_one(rng, list(_PS_PROGRAMS), [3, 4, 3]))
        age = _PS_PROGRAMS[program]
        dob = pd.Timestamp(f"{school_year - age - 1}-09-02") + pd.Timedelta(days=int(rng.integers(0, 364)))
        sibling = rng.random() < 0.18
        first, last = _FIRST[int(rng.integers(len(_FIRST)))], _LAST[int(rng.integers(len(_LAST)))]
        offer = None
        status = "Waitlist"
        round_one = pd.Timestamp(f"{school_year}-02-15")
        if school_year <= 2024 or (school_year == 2025 and app < pd.Timestamp("2024-11-01")):
            p_offer = 0.9 if sibling else {"2s": 0.45, "3s": 0.55, "4s": 0.4}[program]
            if school_year <= 2024 and rng.random() < p_offer:
                if sibling or rng.random() < 0.5:
                    offer = max(round_one, app + pd.Timedelta(days=7)) + pd.Timedelta(days=int(rng.integers(0, 10)))
                else:
                    offer = pd.Timestamp(f"{school_year}-04-01") + pd.Timedelta(days=int(rng.integers(0, 140)))
                    offer = max(offer, app + pd.Timedelta(days=14))
                status = str(_one(rng, ["Enrolled", "Declined"], [7 if sibling else 4, 1 if sibling else 2]))
            elif school_year <= 2024:
                status = str(_one(rng, ["Waitlist", "Withdrawn"], [1, 3]))
        enroll = (
            offer + pd.Timedelta(days=int(rng.integers(3, 21))) if status == "Enrolled" and offer is not None else None
        )
        if school_year == 2025 and rng.random() < 0.08:
            status = "Withdrawn"
        rows.append(
            {
                "App #": f"W{app:%y}-{i + 1:04d}",
                "Child": f"{last}, {first}",
                "DOB": f"{dob.month}/{dob.day}/{dob.year}",
                "App Date": f"{app.month}/{app.day}/{app.year}",
                "Program": program,
                "Days/Wk": int(_one(rng, [2, 3, 5], [3, 4, 3])),
                "Sibling": "Y" if sibling else "",
                "Status": status,
                "Offer Date": f"{offer.month}/{offer.day}/{offer.year}" if offer is not None else "",
                "Enroll Date": f"{enroll.month}/{enroll.day}/{enroll.year}" if enroll is not None else "",
            }
        )
    return pd.DataFrame(rows)


def _ps_wait(df: pd.DataFrame) -> pd.Series:
    return (_when(df, "Offer Date", "%m/%d/%Y") - _when(df, "App Date", "%m/%d/%Y")).dt.days


def _ps_waitlisted(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Status") == "Waitlist"


def _ps_sibling_waits(how: str) -> Callable[[pd.DataFrame], Any]:
    return lambda df: _ps_wait(df).groupby(_text(df, "Sibling") == "Y").agg(how).to_numpy()


def _ps_apps_by(period: str) -> Callable[[pd.DataFrame], Any]:
    def top(df: pd.DataFrame) -> Any:
        when = _when(df, "App Date", "%m/%d/%Y")
        if period == "month":
            return int(_top(when.dt.month.value_counts()))
        return when.dt.to_period("M").value_counts().sort_index().idxmax().to_timestamp()

    return top


_PS_QS = [
    Q("how many kids are still on the waitlist", _count(lambda df: int(_ps_waitlisted(df).sum())), ("Status",)),
    Q(
        "which program has the longest list",
        _any_named(
            lambda df: _top(_ps_waitlisted(df).groupby(_text(df, "Program")).sum()),
            lambda df: _top(_text(df, "Program").value_counts()),
        ),
        ("Program", "Status"),
    ),
    Q(
        "how long do people wait from applying to getting an offer, in days",
        _typical(_ps_wait),
        ("App Date", "Offer Date"),
    ),
    Q(
        "do siblings get offers faster",
        either(_about(_ps_sibling_waits("mean")), _about(_ps_sibling_waits("median"))),
        ("Sibling", "App Date", "Offer Date"),
    ),
    Q(
        "what percent of offers turn into enrollments",
        either(
            _share(lambda df: float((_text(df, "Status") == "Enrolled").sum() / (_text(df, "Offer Date") != "").sum())),
            _share(
                lambda df: float(
                    (_text(df, "Status") == "Enrolled").sum() / _text(df, "Status").isin(["Enrolled", "Declined"]).sum()
                )
            ),
        ),
        ("Status", "Offer Date", "Enroll Date"),
    ),
    Q(
        "which month do most applications come in",
        either(_month_word(_ps_apps_by("month")), _month_year(_ps_apps_by("period"))),
        ("App Date",),
    ),
]


# --- 5. County fair 4-H livestock auction --------------------------------------------------------------------------

# species: weight, weight range (lbs), price per lb range
_AU_SPECIES = {
    "Steer": (2, (1100, 1450), (3.5, 7.5)),
    "Swine": (5, (235, 295), (5.0, 14.0)),
    "Lamb": (3, (105, 150), (6.0, 14.0)),
    "Goat": (3, (65, 105), (6.0, 16.0)),
    "Rabbit": (2, (9, 13), (15.0, 40.0)),
    "Poultry": (2, (15, 22), (10.0, 30.0)),
}
_AU_CLUBS = ["Happy Hollow 4-H", "Cedar Creek Clovers", "Prairie Pioneers 4-H", "Mill Road Jr. Farmers"]
_AU_CLUBS += ["Valley View 4-H", "Busy Beavers 4-H"]
_AU_BUYERS = ["Farm Bureau Insurance", "Hometown Bank", "Miller Feed & Supply", "Dave's Tire & Auto"]
_AU_BUYERS += ["County Co-op", "Smith Family Dentistry", "Rural King", "Lakeside Meats", "First State Bank"]
_AU_BUYERS += ["Johnson Seed Co.", "Tri-County Electric", "Main St. Diner"]


def _auction_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31105)
    kids = [(f"{f} {s}", str(_one(rng, _AU_CLUBS, [5, 4, 3, 3, 2, 2]))) for f, s in _names(rng, 160)]
    rows: list[dict[str, Any]] = []
    for year in (2019, 2021, 2022, 2023, 2024):
        lift = 1.0 + 0.06 * (year - 2019)
        lots = []
        for _ in range(int(rng.integers(100, 120))):
            species = str(_one(rng, list(_AU_SPECIES), [w for w, _, _ in _AU_SPECIES.values()]))
            lots.append(species)
        lots.sort(key=list(_AU_SPECIES).index)
        seen: dict[str, int] = {}
        for lot, species in enumerate(lots, start=1):
            _, (wlo, whi), (plo, phi) = _AU_SPECIES[species]
            rank = seen.get(species, 0)
            seen[species] = rank + 1
            champion = {0: "Grand Champion", 1: "Reserve Champion"}.get(rank, "")
            name, club = kids[int(rng.integers(len(kids)))]
            weight = (
                int(rng.uniform(wlo, whi))
                if species not in ("Rabbit", "Poultry")
                else round(float(rng.uniform(wlo, whi)), 1)
            )
            price = float(rng.uniform(plo, phi)) * lift * {0: 2.5, 1: 1.7}.get(rank, 1.0)
            price = round(price * 4) / 4
            addon = 50 * int(rng.integers(1, 8)) if rng.random() < 0.35 else None
            rows.append(
                {
                    "Year": year,
                    "Lot #": str(lot),
                    "Exhibitor": name,
                    "Club": club,
                    "Species": species,
                    "Weight (lbs)": weight,
                    "Price/lb": _dollars(price),
                    "Buyer": str(_one(rng, _AU_BUYERS, [3, 4, 5, 2, 4, 1, 2, 3, 4, 2, 2, 1])),
                    "Sale Total": _dollars(weight * price),
                    "Add-ons": _dollars(addon) if addon else "",
                    "Champion": champion,
                }
            )
    frame = pd.DataFrame(rows)
    total = {
        "Lot #": "TOTAL",
        "Sale Total": _dollars(float(_num(frame, "Sale Total").sum())),
        "Add-ons": _dollars(float(_num(frame, "Add-ons").sum())),
    }
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True).astype({"Year": "Int64"})


def _au_lots(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Lot #") != "TOTAL"


def _au_price(species: str, weighted: bool, by_year: bool) -> Callable[[pd.DataFrame], Any]:
    def value(df: pd.DataFrame) -> Any:
        keep = _text(df, "Species") == species
        frame = pd.DataFrame(
            {
                "y": df["Year"][keep],
                "p": _num(df, "Price/lb")[keep],
                "t": _num(df, "Sale Total")[keep],
                "w": pd.to_numeric(df["Weight (lbs)"], errors="coerce")[keep],
            }
        )
        if not by_year:
            return float(frame["t"].sum() / frame["w"].sum()) if weighted else float(frame["p"].mean())
        g = frame.groupby("y")
        return (g["t"].sum() / g["w"].sum()).to_numpy() if weighted else g["p"].mean().to_numpy()

    return value


def _au_spend(with_addons: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        money = _num(df, "Sale Total") + (_num(df, "Add-ons").fillna(0) if with_addons else 0)
        keep = _au_lots(df)
        return _top(money[keep].groupby(_text(df, "Buyer")[keep]).sum())

    return top


def _au_grand_steer(with_addons: bool) -> Callable[[pd.DataFrame], Any]:
    def values(df: pd.DataFrame) -> Any:
        keep = (_text(df, "Species") == "Steer") & (_text(df, "Champion") == "Grand Champion")
        money = _num(df, "Sale Total") + (_num(df, "Add-ons").fillna(0) if with_addons else 0)
        return money[keep].to_numpy()

    return values


def _au_club(distinct: bool) -> Callable[[pd.DataFrame], str]:
    def top(df: pd.DataFrame) -> str:
        keep = _au_lots(df)
        g = _text(df, "Exhibitor")[keep].groupby(_text(df, "Club")[keep])
        return _top(g.nunique() if distinct else g.size())

    return top


_AU_QS = [
    Q(
        "what's the average price per pound for steers vs hogs",
        either(
            _about(lambda df: [_au_price("Steer", False, False)(df), _au_price("Swine", False, False)(df)]),
            _about(lambda df: [_au_price("Steer", True, False)(df), _au_price("Swine", True, False)(df)]),
        ),
        ("Price/lb", "Species"),
    ),
    Q(
        "has the hog price gone up over the years",
        either(_about(_au_price("Swine", False, True)), _about(_au_price("Swine", True, True))),
        ("Price/lb", "Species", "Year"),
    ),
    Q("which buyer spent the most", _any_named(_au_spend(False), _au_spend(True)), ("Buyer", "Sale Total", "Add-ons")),
    Q(
        "what did the grand champion steer go for each year",
        either(_amount(_au_grand_steer(False)), _amount(_au_grand_steer(True))),
        ("Sale Total", "Species", "Champion", "Year", "Add-ons"),
    ),
    Q(
        "total raised across all the sales, add-ons included",
        _amount(
            lambda df: float(
                _num(df, "Sale Total")[_au_lots(df)].sum() + _num(df, "Add-ons")[_au_lots(df)].fillna(0).sum()
            )
        ),
        ("Sale Total", "Add-ons", "Lot #"),
    ),
    Q("which club had the most kids selling", _any_named(_au_club(True), _au_club(False)), ("Club", "Exhibitor")),
]


# --- 6. Horse show class results -----------------------------------------------------------------------------------

# class number: name, division
_HS_CLASSES = {
    1: ("Hunter Under Saddle", "Hunter"),
    2: ("Working Hunter 2'6", "Hunter"),
    3: ("Working Hunter 2'9", "Hunter"),
    4: ("Eq on the Flat", "Equitation"),
    5: ("Eq Over Fences", "Equitation"),
    6: ("Jumper 0.85m", "Jumper"),
    7: ("Jumper 1.0m", "Jumper"),
    8: ("Jumper 1.10m", "Jumper"),
    9: ("Western Pleasure", "Western"),
    10: ("Ranch Riding", "Western"),
}
_HS_HORSES = ["Smoke Signal", "Dutch Treat", "Midnight Magic", "Sir Galahad", "Tucker", "Blue Moon", "Oreo"]
_HS_HORSES += ["Casanova", "Fancy Pants", "Whiskey Business", "Little Big Man", "Daydream", "Rocket Man", "Pepper"]
_HS_HORSES += ["Stormy Weather", "Copper Penny", "Just Peachy", "Bentley", "Kiss Me Kate", "Wild Card", "Sundance"]
_HS_HORSES += ["Top Gun", "Gracie", "Hidden Valley", "Jazz Hands", "Lucky Strike", "Maverick", "Nutmeg", "Boomer"]
_HS_HORSES += ["Q Tip", "Rolling Stone", "Shadowfax", "Tiny Dancer", "Vegas", "Willow", "Ziggy", "Apollo", "Bravo"]
_HS_JUDGES = ["Karen Whitfield", "Tom Delaney", "Susan Brooks", "Mark Ortega"]
_HS_POINTS = {1: 10.0, 2: 6.0, 3: 4.0, 4: 2.0, 5: 1.0, 6: 0.5}


def _horse_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31106)
    riders = [f"{f} {s}" for f, s in _names(rng, 30)]
    horses = []
    for i, h in enumerate(_HS_HORSES):
        divs = [str(x) for x in rng.choice(["Hunter", "Equitation", "Jumper", "Western"], size=2, replace=False)]
        horses.append(
            (h, riders[i % len(riders)], riders[int(rng.integers(len(riders)))], divs, float(rng.normal(0, 1)), 100 + i)
        )
    rows: list[dict[str, Any]] = []
    shows = pd.date_range("2024-04-13", periods=10, freq="21D")
    for show in shows:
        judge = str(_one(rng, _HS_JUDGES))
        for number, (name, division) in _HS_CLASSES.items():
            pool = [h for h in horses if division in h[3]]
            n = min(len(pool), int(rng.integers(5, 13)))
            entrants = [pool[int(i)] for i in rng.choice(len(pool), size=n, replace=False)]
            results = []
            for horse, rider, alt, _, skill, back in entrants:
                who = rider if rng.random() < 0.8 else alt
                if division == "Jumper":
                    roll = rng.random()
                    if roll < 0.06:
                        results.append((horse, who, back, (9, 0.0), "EL", None, None))
                        continue
                    if roll < 0.09:
                        results.append((horse, who, back, (9, 0.0), "RT", None, None))
                        continue
                    knocks = int(rng.poisson(max(0.2, 1.0 - 0.4 * skill)))
                    time = round(float(rng.normal(68 - 2 * skill, 4)), 2)
                    faults = 4 * knocks + (1 if time > 74 else 0)
                    results.append((horse, who, back, (faults, time), "", faults, time))
                else:
                    score = skill + float(rng.normal(0, 1))
                    results.append((horse, who, back, (0, -score), "", None, None))
            ranked = sorted([r for r in results if not r[4]], key=lambda r: r[3])
            for place, (horse, who, back, _, _, faults, time) in enumerate(ranked, start=1):
                rows.append(
                    (
                        show,
                        number,
                        name,
                        division,
                        back,
                        horse,
                        who,
                        str(place),
                        _HS_POINTS.get(place),
                        faults,
                        time,
                        judge,
                    )
                )
            for horse, who, back, _, mark, faults, time in results:
                if mark:
                    rows.append((show, number, name, division, back, horse, who, mark, None, faults, time, judge))
    cols = ["Show Date", "Class #", "Class Name", "Division", "Back #", "Horse", "Rider", "Place", "Points"]
    frame = pd.DataFrame(rows, columns=[*cols, "Faults", "Time", "Judge"])
    frame["Show Date"] = frame["Show Date"].dt.strftime("%Y-%m-%d")
    return frame.astype({"Faults": "Int64"})


def _hs_first(df: pd.DataFrame) -> pd.Series:
    return _text(df, "Place") == "1"


def _hs_fastest(clear_only: bool) -> Callable[[pd.DataFrame], int]:
    def row(df: pd.DataFrame) -> int:
        keep = _text(df, "Class Name") == "Jumper 1.0m"
        if clear_only:
            keep &= pd.to_numeric(df["Faults"], errors="coerce") == 0
        return int(_num(df, "Time")[keep].idxmin())

    return row


_HS_QS = [
    Q(
        "which horse won the most classes",
        _lead(_named(lambda df: _top(_hs_first(df).groupby(_text(df, "Horse")).sum()))),
        ("Horse", "Place"),
    ),
    Q(
        "who's the top rider on points for the season",
        _lead(_named(lambda df: _top(_num(df, "Points").groupby(_text(df, "Rider")).sum()))),
        ("Rider", "Points"),
    ),
    Q("how many eliminations were there", _count(lambda df: int((_text(df, "Place") == "EL").sum())), ("Place",)),
    Q(
        "average faults in the jumper classes",
        _about(lambda df: float(_num(df, "Faults")[_text(df, "Division") == "Jumper"].mean())),
        ("Faults", "Division", "Class Name"),
    ),
    Q(
        "fastest time in the 1.0m jumper",
        either(
            _about(lambda df: float(_num(df, "Time")[_hs_fastest(False)(df)])),
            _about(lambda df: float(_num(df, "Time")[_hs_fastest(True)(df)])),
        ),
        ("Time", "Class Name", "Faults"),
    ),
    Q(
        "who rode that one",
        _any_named(
            lambda df: str(df["Rider"][_hs_fastest(False)(df)]),
            lambda df: str(df["Rider"][_hs_fastest(True)(df)]),
        ),
        ("Rider", "Horse", "Time", "Class Name", "Faults", "Show Date"),
    ),
]


# --- 7. Newsletter per-issue stats export --------------------------------------------------------------------------

_NL_HEADS = ["Why", "What I Learned About", "Notes on", "The Case for", "Against", "A Short Guide to", "Rethinking"]
_NL_HEADS += ["Five Things About", "The Trouble with", "In Defense of", "How I Think About", "Letters on"]
_NL_HEADS += ["The Quiet Rise of", "Everything Wrong with", "Small Bets on", "A Year of", "Field Notes:"]
_NL_TOPICS = ["Remote Work", "Side Projects", "Index Funds", "Sourdough", "Cold Email", "Burnout", "Pricing"]
_NL_TOPICS += ["Writing Every Day", "Newsletters", "Slow Travel", "Meetings", "Hiring", "AI Tools", "Note-Taking"]
_NL_TOPICS += ["Saying No", "City Living", "Freelancing", "Book Clubs", "Personal Finance", "Attention", "Habits"]


def _newsletter_frame() -> pd.DataFrame:
    rng = np.random.default_rng(31107)
    titles = [f"{h} {t}" for h in _NL_HEADS for t in _NL_TOPICS]
    picks = rng.choice(len(titles), size=340, replace=False)
    rows: list[dict[str, Any]] = []
    day = pd.Timestamp("2022-01-04")
    i = 0
    subs = 1400.0
    while day <= pd.Timestamp("2024-12-31") and i < len(picks):
        recipients = int(subs)
        rate = float(np.clip(rng.normal(0.52 - 0.04 * (day.year - 2022), 0.05), 0.25, 0.8))
        opens = int(recipients * rate)
        clicks = int(opens * float(rng.uniform(0.02, 0.12)))
        free = int(rng.poisson(8 + clicks / 25))
        paid = int(rng.poisson(0.3 + clicks / 180 + (1.5 if day.month in (11, 12) and day.year == 2024 else 0)))
        unsubs = int(rng.poisson(recipients * 0.0018))
        tracked = not (pd.Timestamp("2022-06-01") <= day < pd.Timestamp("2022-08-01")) and rng.random() > 0.02
        rows.append(
            {
                "Post title": titles[int(picks[i])],
                "Publish date": f"{day:%b} {day.day}, {day.year}",
                "Recipients": recipients,
                "Opens": opens,
                "Open rate": f"{round(100 * opens / recipients)}%",
                "Clicks": clicks if tracked else None,
                "New free subscribers": free,
                "New paid subscribers": paid,
                "Unsubscribes": unsubs,
            }
        )
        subs += free + paid - unsubs + float(rng.normal(25, 10))
        day += pd.Timedelta(days=int(_one(rng, [3, 4], [1, 1])))
        i += 1
    return pd.DataFrame(rows).astype({"Clicks": "Int64"})


def _nl_dates(df: pd.DataFrame) -> pd.Series:
    return _when(df, "Publish date", "%b %d, %Y")


def _nl_paid_2024(df: pd.DataFrame) -> pd.Series:
    when = _nl_dates(df)
    keep = when.dt.year == 2024
    return df["New paid subscribers"][keep].groupby(when.dt.month[keep]).sum()


_NL_QS = [
    Q(
        "whats my average open rate",
        either(
            _share(lambda df: float(_num(df, "Open rate").mean() / 100)),
            _share(lambda df: float(df["Opens"].sum() / df["Recipients"].sum())),
            _share(lambda df: float((df["Opens"] / df["Recipients"]).mean())),
        ),
        ("Open rate", "Opens", "Recipients"),
    ),
    Q(
        "top 3 posts by opens",
        _all_named(lambda df: [str(t) for t in df.nlargest(3, "Opens")["Post title"]]),
        ("Post title", "Opens"),
    ),
    Q(
        "which month in 2024 brought the most paid subs",
        either(
            _month_word(lambda df: int(_top(_nl_paid_2024(df)))),
            _month_year(lambda df: pd.Timestamp(2024, int(_top(_nl_paid_2024(df))), 1)),
        ),
        ("New paid subscribers", "Publish date"),
    ),
    Q(
        "how many unsubscribes in 2024",
        _count(lambda df: int(df["Unsubscribes"][_nl_dates(df).dt.year == 2024].sum())),
        ("Unsubscribes", "Publish date"),
    ),
    Q(
        "do posts with more clicks bring in more paid subscribers",
        _corr(lambda d: pd.to_numeric(d["Clicks"], errors="coerce"), lambda d: d["New paid subscribers"]),
        ("Clicks", "New paid subscribers"),
    ),
    Q(
        "how many issues are missing click numbers",
        _count(lambda df: int(pd.to_numeric(df["Clicks"], errors="coerce").isna().sum())),
        ("Clicks",),
    ),
]


HELDOUT311 = [
    Dataset("optometry_exam_log", _optometry_frame, _OP_QS),
    Dataset("middle_school_locker_list", _locker_frame, _LK_QS),
    Dataset("violin_lesson_billing", _violin_frame, _VN_QS),
    Dataset("preschool_enrollment_waitlist", _preschool_frame, _PS_QS),
    Dataset("county_fair_4h_livestock_auction", _auction_frame, _AU_QS),
    Dataset("horse_show_class_results", _horse_frame, _HS_QS),
    Dataset("newsletter_issue_stats", _newsletter_frame, _NL_QS),
]
