"""HELDOUT18: a blind held-out set of seven datasets and 42 questions.

Written without reading the analyst, and measured before any fix it prompts. Four frames copy the column layout of
well-known public datasets (Kaggle bank customer churn "Churn_Modelling.csv", Kaggle "Students Performance in Exams",
Kaggle Walmart weekly store sales, UCI Montesinho forest fires); three are invented but realistic tables (a council's
building permit applications, a CRM export of sales opportunities, a bus operator's daily route performance). All are
generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, asks, both, either, has, label_of, share

# --- shared helpers ------------------------------------------------------------------------------------------------


def _const(value: float) -> Callable[[pd.DataFrame], float]:
    return lambda _df: value


def _shares(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Every share computed from the frame appears, as a fraction or as a percentage."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for w in np.atleast_1d(values(df)):
            if share(_const(float(w)))(answer, df) is not None:
                return f"missing share {float(w):.4g}"
        return None

    return check


def _corr(a: str, b: str) -> Check:
    """Pearson or Spearman correlation, to about three figures."""
    return either(
        has(lambda df: df[a].corr(df[b]), rel=0.01),
        has(lambda df: df[a].corr(df[b], method="spearman"), rel=0.01),
    )


def _money(values: Callable[[pd.DataFrame], Any], rel: float = 0.006) -> Check:
    """Every amount appears, written out in full or in thousands or millions ("$1.06M", "31.2k")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for w in np.atleast_1d(values(df)):
            w = float(w)
            if not any(has(w / scale, rel=rel)(answer, df) is None for scale in (1, 1e3, 1e6)):
                return f"missing amount {w:.6g}"
        return None

    return check


def _pick(rng: np.random.Generator, options: list[Any], p: list[float], n: int) -> np.ndarray:
    w = np.asarray(p, dtype=float)
    return rng.choice(np.asarray(options, dtype=object), size=n, p=w / w.sum())


# --- 1. Bank customer churn (Kaggle "Churn_Modelling.csv") ---------------------------------------------------------

_SURNAMES = [
    "Hargrave",
    "Hill",
    "Onio",
    "Boni",
    "Mitchell",
    "Chu",
    "Bartlett",
    "Obinna",
    "He",
    "Bearce",
    "Andrews",
    "Kay",
    "Chin",
    "Scott",
    "Goforth",
    "Romeo",
    "Henderson",
    "Muldrow",
    "Hao",
    "McDonald",
    "Dellucci",
    "Gerasimov",
    "Mosman",
    "Yen",
    "Maclean",
    "Young",
    "Nebechi",
    "McWilliams",
    "Lucciano",
    "Azikiwe",
    "Odinakachukwu",
    "Sanderson",
    "Maggard",
    "Clements",
    "Lombardo",
    "Watson",
    "Lorenzo",
    "Andersen",
    "Patel",
    "Ferri",
    "Fleming",
    "Okagbue",
    "Trevisani",
    "Kerr",
    "Hsueh",
    "Cameron",
    "Genovese",
    "Ross",
    "Fiorentini",
    "Shih",
    "Ts'ui",
    "Nwachinemelu",
    "Ogle",
    "Alexander",
    "Pisano",
    "Lo",
    "Bellucci",
    "Ch'ien",
    "Brown",
    "Smith",
    "Jackson",
    "Chukwueloka",
    "Greece",
    "Black",
    "Milne",
    "Martin",
    "Yeh",
    "Burns",
    "Pai",
    "Chiemenam",
    "Udinese",
    "Fanucci",
    "Onyekachi",
]


def _bank_churn() -> pd.DataFrame:
    rng = np.random.default_rng(1801)
    n = 2500
    geo = _pick(rng, ["France", "Germany", "Spain"], [0.5, 0.25, 0.25], n)
    gender = _pick(rng, ["Male", "Female"], [0.545, 0.455], n)
    age = np.clip(np.round(18 + rng.gamma(4.5, 4.6, n)), 18, 92).astype(int)
    tenure = rng.choice(np.arange(11), size=n, p=np.r_[0.04, [0.1] * 9, 0.06] / np.r_[0.04, [0.1] * 9, 0.06].sum())
    zero_bal = (geo != "Germany") & (rng.random(n) < 0.48)
    balance = np.where(zero_bal, 0.0, np.round(np.clip(rng.normal(119800, 30000, n), 3768.69, 250898.09), 2))
    products = rng.choice([1, 2, 3, 4], size=n, p=[0.508, 0.459, 0.027, 0.006])
    card = (rng.random(n) < 0.705).astype(int)
    active = (rng.random(n) < 0.515).astype(int)
    salary = np.round(rng.uniform(11.58, 199992.48, n), 2)
    score = np.clip(np.round(rng.normal(650, 96, n)), 350, 850).astype(int)
    prod_eff = np.select([products == 1, products == 2, products == 3], [0.55, -0.95, 2.6], 5.0)
    logit = (
        -1.95
        + 0.075 * (age - 39)
        + 0.75 * (geo == "Germany")
        + 0.5 * (gender == "Female")
        - 0.95 * active
        + prod_eff
        + 0.25 * (balance > 0)
        - 0.0008 * (score - 650)
    )
    exited = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    return pd.DataFrame(
        {
            "RowNumber": np.arange(1, n + 1),
            "CustomerId": rng.choice(np.arange(15565701, 15815691), size=n, replace=False),
            "Surname": rng.choice(np.asarray(_SURNAMES, dtype=object), size=n),
            "CreditScore": score,
            "Geography": geo,
            "Gender": gender,
            "Age": age,
            "Tenure": tenure,
            "Balance": balance,
            "NumOfProducts": products,
            "HasCrCard": card,
            "IsActiveMember": active,
            "EstimatedSalary": salary,
            "Exited": exited,
        }
    )


# --- 2. Students performance in exams (Kaggle "StudentsPerformance.csv") -------------------------------------------

_RACE = ["group A", "group B", "group C", "group D", "group E"]
_PARENT = [
    "some high school",
    "high school",
    "some college",
    "associate's degree",
    "bachelor's degree",
    "master's degree",
]


def _students() -> pd.DataFrame:
    rng = np.random.default_rng(1802)
    n = 1000
    gender = _pick(rng, ["female", "male"], [0.518, 0.482], n)
    race = _pick(rng, _RACE, [0.089, 0.19, 0.319, 0.262, 0.14], n)
    parent = _pick(rng, _PARENT, [0.179, 0.196, 0.226, 0.222, 0.118, 0.059], n)
    lunch = _pick(rng, ["standard", "free/reduced"], [0.645, 0.355], n)
    prep = _pick(rng, ["none", "completed"], [0.642, 0.358], n)
    ability = rng.normal(0, 0.8, n)
    verbal = rng.normal(0, 0.35, n)
    race_eff = pd.Series(race).map(dict(zip(_RACE, [-0.25, -0.12, 0.0, 0.18, 0.55], strict=True))).to_numpy()
    par_eff = pd.Series(parent).map(dict(zip(_PARENT, [-0.15, -0.2, 0.05, 0.12, 0.25, 0.3], strict=True))).to_numpy()
    base = ability + race_eff * 0.8 + par_eff + 0.7 * (lunch == "standard")
    male = gender == "male"
    done = prep == "completed"

    def score(mean: float, extra: np.ndarray) -> np.ndarray:
        raw = mean + 14 * (base + extra - 0.45) + rng.normal(0, 4.5, n)
        out: np.ndarray = np.clip(np.round(raw), 0, 100).astype(int)
        return out

    math = score(62, 0.35 * male + 0.35 * done - 0.15 * male.mean())
    reading = score(69, verbal - 0.45 * male + 0.5 * done)
    writing = score(68, verbal - 0.55 * male + 0.72 * done)
    return pd.DataFrame(
        {
            "gender": gender,
            "race/ethnicity": race,
            "parental level of education": parent,
            "lunch": lunch,
            "test preparation course": prep,
            "math score": math,
            "reading score": reading,
            "writing score": writing,
        }
    )


def _writing_by_prep(df: pd.DataFrame) -> pd.Series:
    return df.groupby("test preparation course")["writing score"].mean()


# --- 3. Walmart weekly store sales (Kaggle "Walmart.csv") ----------------------------------------------------------

_WM_HOLIDAYS = {
    "2010-02-12",
    "2010-09-10",
    "2010-11-26",
    "2010-12-31",
    "2011-02-11",
    "2011-09-09",
    "2011-11-25",
    "2011-12-30",
    "2012-02-10",
    "2012-09-07",
}


def _walmart() -> pd.DataFrame:
    rng = np.random.default_rng(1803)
    weeks = pd.date_range("2010-02-05", "2012-10-26", freq="7D")
    stores = np.arange(1, 21)
    unemp0 = rng.uniform(4.5, 12.5, stores.size)
    base = np.exp(rng.normal(13.75, 0.5, stores.size)) * (1 - 0.025 * (unemp0 - 8))
    climate = rng.uniform(42, 74, stores.size)
    swing = rng.uniform(14, 24, stores.size)
    fuel_off = rng.uniform(-0.2, 0.3, stores.size)
    cpi0 = np.where(
        rng.random(stores.size) < 0.3, rng.uniform(126, 132, stores.size), rng.uniform(204, 216, stores.size)
    )
    t = np.arange(weeks.size)
    fuel_nat = (
        2.6 + 1.15 / (1 + np.exp(-(t - 55) / 9)) + 0.12 * np.sin(t / 8) + rng.normal(0, 0.02, weeks.size).cumsum()
    )
    rows = []
    for i, s in enumerate(stores):
        season = np.ones(weeks.size)
        md = weeks.strftime("%m-%d")
        month = weeks.month.to_numpy()
        season *= np.where(month == 1, 0.9, 1.0)
        season *= np.where((month == 11) & (weeks.day.to_numpy() >= 22) & (weeks.day.to_numpy() <= 28), 1.38, 1.0)
        season *= np.where((month == 12) & (weeks.day.to_numpy() >= 15) & (weeks.day.to_numpy() <= 24), 1.55, 1.0)
        season *= np.where((month == 12) & (weeks.day.to_numpy() >= 8) & (weeks.day.to_numpy() <= 14), 1.18, 1.0)
        season *= np.where(np.isin(md, ["12-30", "12-31"]), 0.86, 1.0)
        season *= np.where((month == 2) & (weeks.day.to_numpy() >= 7) & (weeks.day.to_numpy() <= 13), 1.04, 1.0)
        growth = 1 + 0.01 * t / 52 * rng.normal(1, 1)
        sales = base[i] * season * growth * rng.normal(1, 0.045, weeks.size)
        doy = weeks.dayofyear.to_numpy()
        temp = climate[i] - swing[i] * np.cos(2 * np.pi * (doy - 20) / 365) + rng.normal(0, 4.5, weeks.size)
        unemp = unemp0[i] - 0.9 * t / weeks.size + rng.normal(0, 0.05, weeks.size).cumsum() * 0.3
        cpi = cpi0[i] * (1 + 0.021 * t / 52) + rng.normal(0, 0.05, weeks.size)
        for j, w in enumerate(weeks):
            rows.append(
                {
                    "Store": int(s),
                    "Date": w.strftime("%d-%m-%Y"),
                    "Weekly_Sales": round(float(sales[j]), 2),
                    "Holiday_Flag": int(w.strftime("%Y-%m-%d") in _WM_HOLIDAYS),
                    "Temperature": round(float(temp[j]), 2),
                    "Fuel_Price": round(float(fuel_nat[j] + fuel_off[i]), 3),
                    "CPI": round(float(cpi[j]), 7),
                    "Unemployment": round(float(unemp[j]), 3),
                }
            )
    return pd.DataFrame(rows)


def _wm_dates(df: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(df["Date"], format="%d-%m-%Y")


# --- 4. Forest fires in Montesinho park (UCI "forestfires.csv") ----------------------------------------------------

_FF_MONTHS = {
    "aug": (184, 21.5, 150, 660),
    "sep": (172, 19.5, 125, 720),
    "mar": (54, 11.0, 32, 80),
    "jul": (32, 22.0, 110, 450),
    "feb": (20, 9.5, 12, 50),
    "jun": (17, 20.5, 90, 250),
    "oct": (15, 17.0, 60, 680),
    "apr": (9, 12.0, 20, 90),
    "dec": (9, 4.5, 25, 350),
    "jan": (2, 5.5, 3, 15),
    "may": (2, 14.5, 28, 100),
    "nov": (1, 11.0, 3, 106),
}


def _forest_fires() -> pd.DataFrame:
    rng = np.random.default_rng(1804)
    month = np.concatenate([[m] * c for m, (c, *_rest) in _FF_MONTHS.items()])
    rng.shuffle(month)
    n = month.size
    info = pd.DataFrame([_FF_MONTHS[m] for m in month], columns=["c", "t", "dmc", "dc"])
    day = _pick(rng, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], [74, 64, 54, 61, 85, 84, 95], n)
    temp = np.clip(info["t"].to_numpy() + rng.normal(0, 4.3, n), 2.2, 33.3)
    rh = np.clip(np.round(92 - 2.1 * temp + rng.normal(0, 11, n)), 15, 100).astype(int)
    wind = np.clip(np.round(np.round(rng.gamma(4.0, 1.0, n) / 0.447) * 0.447, 1), 0.4, 9.4)
    rain = np.where(rng.random(n) < 0.025, np.round(rng.choice([0.2, 0.4, 0.8, 1.0, 1.4, 6.4], n), 1), 0.0)
    ffmc = np.clip(96.4 - rng.gamma(1.5, 2.6, n) - 0.08 * np.maximum(0, rh - 60), 18.7, 96.2)
    odd = rng.random(n) < 0.012
    ffmc[odd] = rng.uniform(18.7, 70, int(odd.sum()))
    dmc = np.clip(info["dmc"].to_numpy() * rng.lognormal(0, 0.35, n), 1.1, 291.3)
    dc = np.clip(info["dc"].to_numpy() * rng.lognormal(0, 0.18, n), 7.9, 860.6)
    isi = np.clip(np.exp(0.14 * (ffmc - 90)) * (3 + 0.85 * wind) * rng.lognormal(0, 0.3, n), 0.0, 56.1)
    burned = rng.random(n) < 1 / (1 + np.exp(-(-0.25 + 0.04 * (temp - 18))))
    size = np.exp(rng.normal(1.7 + 0.035 * (temp - 18), 1.55, n))
    area = np.where(burned, np.round(np.clip(size, 0.09, 1090.84), 2), 0.0)
    return pd.DataFrame(
        {
            "X": rng.integers(1, 10, n),
            "Y": rng.integers(2, 10, n),
            "month": month,
            "day": day,
            "FFMC": np.round(ffmc, 1),
            "DMC": np.round(dmc, 1),
            "DC": np.round(dc, 1),
            "ISI": np.round(isi, 1),
            "temp": np.round(temp, 1),
            "RH": rh,
            "wind": wind,
            "rain": rain,
            "area": area,
        }
    )


# --- 5. A council's building permit applications (invented) --------------------------------------------------------

_WORK = {
    # work type: (share, median value $, mean days to issue, inspection share)
    "Residential Alteration": (0.38, 45000, 28, 0.6),
    "Residential New Build": (0.12, 420000, 62, 1.0),
    "Commercial Fit-Out": (0.16, 180000, 35, 1.0),
    "Demolition": (0.06, 25000, 45, 1.0),
    "Signage": (0.13, 3500, 14, 0.0),
    "Solar PV": (0.15, 18000, 9, 1.0),
}


def _permits() -> pd.DataFrame:
    rng = np.random.default_rng(1805)
    n = 1800
    days = pd.bdate_range("2022-01-03", "2023-12-29")
    weight = 1 + 0.25 * (days.year == 2023) + 0.2 * np.isin(days.month, [3, 4, 5, 6])
    applied = pd.DatetimeIndex(np.sort(rng.choice(days.to_numpy(), size=n, p=weight / weight.sum())))
    work = _pick(rng, list(_WORK), [v[0] for v in _WORK.values()], n)
    spec = pd.DataFrame([_WORK[w] for w in work], columns=["p", "value", "days", "insp"])
    ward = _pick(rng, [f"Ward {i}" for i in range(1, 10)], [9, 14, 11, 8, 12, 7, 10, 16, 13], n)
    ward_value = pd.Series(ward).map({"Ward 8": 1.45, "Ward 2": 1.15, "Ward 6": 0.8}).fillna(1.0).to_numpy()
    value = np.round(spec["value"].to_numpy() * ward_value * rng.lognormal(0, 0.6, n), -2)
    recent = (pd.Timestamp("2023-12-31") - applied).days < 60
    status = np.where(
        recent & (rng.random(n) < 0.7),
        "Under Review",
        _pick(rng, ["Issued", "Refused", "Withdrawn"], [0.85, 0.08, 0.07], n),
    )
    wait = np.maximum(1, np.round(rng.gamma(3.0, spec["days"].to_numpy() / 3.0))).astype(int)
    issued = applied + pd.to_timedelta(wait, unit="D")
    fee = np.where(work == "Signage", 120.0, np.maximum(95.0, np.round(75 + 0.011 * value, 2)))
    fee = np.where(status == "Withdrawn", 0.0, fee)
    value_out = np.where(rng.random(n) < 0.035, np.nan, value)
    return pd.DataFrame(
        {
            "Permit #": [f"BP-{d.year}-{i:05d}" for i, d in enumerate(applied, start=1)],
            "Application Date": applied.strftime("%Y-%m-%d"),
            "Issued Date": np.where(status == "Issued", issued.strftime("%Y-%m-%d"), None),
            "Ward": ward,
            "Work Type": work,
            "Applicant Type": _pick(rng, ["Homeowner", "Contractor", "Architect/Agent"], [0.45, 0.35, 0.2], n),
            "Status": status,
            "Est. Value ($)": value_out,
            "Fee Paid ($)": fee,
            "Inspection Req'd (Y/N)": np.where(rng.random(n) < spec["insp"].to_numpy(), "Y", "N"),
        }
    )


def _permit_days(df: pd.DataFrame) -> pd.Series:
    issued = df[df["Status"] == "Issued"]
    gap = pd.to_datetime(issued["Issued Date"]) - pd.to_datetime(issued["Application Date"])
    return gap.dt.days.groupby(issued["Work Type"]).mean()


# --- 6. CRM sales opportunities export (invented) ------------------------------------------------------------------

_OWNERS = {
    # owner: (region, win-rate lift, size multiplier, deals weight)
    "Dana Whitfield": ("NA", 0.08, 1.25, 12),
    "Marcus Oyelaran": ("NA", -0.05, 1.0, 11),
    "Priya Raman": ("NA", 0.02, 0.9, 9),
    "Lukas Brandt": ("EMEA", 0.0, 1.1, 10),
    "Sofia Marchetti": ("EMEA", 0.04, 0.95, 10),
    "Tom Ashcroft": ("EMEA", -0.08, 1.0, 8),
    "Kenji Watanabe": ("APAC", -0.02, 1.15, 9),
    "Mei Lin Tan": ("APAC", 0.03, 0.85, 8),
    "Gabriela Souza": ("LATAM", 0.0, 0.8, 8),
    "Diego Ferreira": ("LATAM", -0.03, 0.75, 7),
}
_SOURCES = {"Partner Referral": 0.44, "Web": 0.31, "Trade Show": 0.27, "Email Campaign": 0.22, "Outbound Call": 0.17}
_OPEN = {"Prospecting": 10, "Qualification": 20, "Proposal/Price Quote": 60, "Negotiation/Review": 80}
_ACCOUNT_A = [
    "Apex",
    "Blue",
    "Cedar",
    "Delta",
    "Ember",
    "Falcon",
    "Granite",
    "Harbor",
    "Iron",
    "Juniper",
    "Keystone",
    "Lumen",
    "Meridian",
    "Northwind",
]
_ACCOUNT_B = [
    "Logistics",
    "Foods",
    "Health",
    "Systems",
    "Labs",
    "Manufacturing",
    "Retail",
    "Energy",
    "Partners",
    "Group",
    "Analytics",
    "Media",
]


def _crm() -> pd.DataFrame:
    rng = np.random.default_rng(1806)
    n = 1400
    as_of = pd.Timestamp("2024-06-30")
    created = pd.Timestamp("2023-01-02") + pd.to_timedelta(np.sort(rng.integers(0, 544, n)), unit="D")
    owners = list(_OWNERS)
    owner = _pick(rng, owners, [_OWNERS[o][3] for o in owners], n)
    region = np.array([_OWNERS[o][0] for o in owner], dtype=object)
    source = _pick(rng, list(_SOURCES), [0.18, 0.3, 0.14, 0.2, 0.18], n)
    kind = _pick(rng, ["New Business", "Existing Business - Upgrade", "Renewal"], [0.55, 0.2, 0.25], n)
    median = pd.Series(kind).map({"New Business": 28000, "Existing Business - Upgrade": 15000, "Renewal": 22000})
    size = np.array([_OWNERS[o][2] for o in owner]) * median.to_numpy()
    amount = np.round(size * rng.lognormal(0, 0.55, n) / 50) * 50
    p_win = (
        pd.Series(source).map(_SOURCES).to_numpy()
        + np.array([_OWNERS[o][1] for o in owner])
        + pd.Series(kind).map({"New Business": 0.0, "Existing Business - Upgrade": 0.12, "Renewal": 0.3}).to_numpy()
    )
    cycle = np.round(rng.gamma(2.2, 24, n)).astype(int) + 7
    close = created + pd.to_timedelta(cycle, unit="D")
    closed = close <= as_of
    won = rng.random(n) < np.clip(p_win, 0.03, 0.95)
    progress = rng.random(n)
    open_stage = np.select(
        [progress < 0.3, progress < 0.55, progress < 0.8], list(_OPEN)[:3], "Negotiation/Review"
    ).astype(object)
    stage = np.where(closed, np.where(won, "Closed Won", "Closed Lost"), open_stage)
    prob = pd.Series(stage).map({**_OPEN, "Closed Won": 100, "Closed Lost": 0}).to_numpy()
    early = np.isin(stage, ["Prospecting", "Qualification"])
    amount = np.where(early & (rng.random(n) < 0.3), np.nan, amount)
    return pd.DataFrame(
        {
            "Opportunity ID": [f"OPP-{4100 + i:06d}" for i in range(n)],
            "Account Name": [
                f"{a} {b}" for a, b in zip(rng.choice(_ACCOUNT_A, n), rng.choice(_ACCOUNT_B, n), strict=True)
            ],
            "Opportunity Owner": owner,
            "Region": region,
            "Type": kind,
            "Lead Source": source,
            "Stage": stage,
            "Amount": amount,
            "Probability (%)": prob,
            "Created Date": created.strftime("%m/%d/%Y"),
            "Close Date": close.strftime("%m/%d/%Y"),
        }
    )


def _win_rates(df: pd.DataFrame, by: str | None, of_closed: bool) -> Any:
    won = df["Stage"] == "Closed Won"
    rows = df["Stage"].str.startswith("Closed") if of_closed else pd.Series(True, index=df.index)
    if by is None:
        return won[rows].mean()
    return won[rows].groupby(df.loc[rows, by]).mean()


def _weighted_pipeline(df: pd.DataFrame) -> float:
    open_ = df[~df["Stage"].str.startswith("Closed")]
    return float((open_["Amount"] * open_["Probability (%)"] / 100).sum())


# --- 7. Bus operator's daily route performance (invented) ----------------------------------------------------------

_ROUTES = {
    # route: (depot, weekday trips, load per trip, on-time base)
    "1": ("Northgate", 148, 38, 84),
    "2": ("Northgate", 120, 31, 86),
    "3A": ("Northgate", 96, 27, 88),
    "3B": ("Northgate", 92, 25, 88),
    "5": ("Riverside", 132, 35, 79),
    "7": ("Riverside", 110, 29, 76),
    "9": ("Riverside", 84, 22, 82),
    "11": ("Eastfield", 140, 41, 85),
    "12": ("Eastfield", 104, 28, 89),
    "14": ("Eastfield", 76, 19, 91),
    "15": ("Riverside", 66, 18, 80),
    "18": ("Northgate", 72, 21, 87),
    "20": ("Eastfield", 90, 24, 90),
    "22": ("Riverside", 118, 33, 74),
    "25": ("Eastfield", 60, 16, 92),
    "X1": ("Northgate", 54, 44, 83),
    "X4": ("Eastfield", 48, 40, 86),
    "X9": ("Riverside", 42, 37, 78),
    "31": ("Northgate", 80, 20, 89),
    "34": ("Eastfield", 70, 23, 88),
    "40": ("Riverside", 100, 30, 81),
    "42": ("Northgate", 64, 17, 90),
    "N2": ("Northgate", 20, 12, 93),
    "N5": ("Riverside", 18, 11, 91),
}


def _bus() -> pd.DataFrame:
    rng = np.random.default_rng(1807)
    days = pd.date_range("2023-01-01", "2023-04-30")
    rows = []
    for route, (depot, wk, load, otp0) in _ROUTES.items():
        for d in days:
            dow = d.dayofweek
            day_type = "WKDY" if dow < 5 else ("SAT" if dow == 5 else "SUN")
            sched = round(wk * {"WKDY": 1.0, "SAT": 0.72, "SUN": 0.5}[day_type])
            lost_p = (0.03 if depot == "Riverside" else 0.012) * (2.5 if rng.random() < 0.05 else 1.0)
            run = sched - int(rng.binomial(sched, lost_p))
            otp = float(np.clip(rng.normal(otp0 + 2.5 * (day_type == "SUN"), 4.0), 40, 100))
            late = max(0.2, (100 - otp) * 0.16 + rng.normal(0, 0.5))
            month_f = {1: 0.9, 2: 0.96, 3: 1.02, 4: 1.05}[d.month]
            type_f = {"WKDY": 1.0, "SAT": 0.85, "SUN": 0.7}[day_type]
            board = round(run * load * month_f * type_f * rng.lognormal(0, 0.08))
            complaints = int(rng.poisson(0.1 + 0.22 * late + board / 9000))
            feed_down = rng.random() < 0.02
            rows.append(
                {
                    "route_id": route,
                    "depot": depot,
                    "svc_date": int(d.strftime("%Y%m%d")),
                    "day_type": day_type,
                    "sched_trips": sched,
                    "trips_run": run,
                    "otp_pct": np.nan if feed_down else round(otp, 1),
                    "avg_late_mins": np.nan if feed_down else round(late, 1),
                    "boardings": board,
                    "complaints": complaints,
                }
            )
    return pd.DataFrame(rows)


def _bus_months(df: pd.DataFrame) -> pd.Series:
    month = pd.to_datetime(df["svc_date"].astype(str), format="%Y%m%d").dt.month
    return df["boardings"].groupby(month).sum()


# --- the set -------------------------------------------------------------------------------------------------------

HELDOUT18 = [
    Dataset(
        "bank_churn",
        _bank_churn,
        [
            Q("what % of customers churned?", share(lambda df: df["Exited"].mean()), ("Exited",)),
            Q(
                "break that down by country",
                _shares(lambda df: df.groupby("Geography")["Exited"].mean()),
                ("Exited", "Geography"),
            ),
            Q(
                "and men vs women?",
                _shares(lambda df: df.groupby("Gender")["Exited"].mean()),
                ("Exited", "Gender"),
            ),
            Q(
                "Do customers with more money leave more often?",
                asks("balance", "salary"),
                ("Balance", "EstimatedSalary", "Exited"),
            ),
            Q(
                "avg age of the ones who left vs the ones who stayed",
                has(lambda df: df.groupby("Exited")["Age"].mean()),
                ("Age", "Exited"),
            ),
            Q(
                "how many inactive customers in Germany closed their accounts?",
                has(
                    lambda df: int(
                        ((df["IsActiveMember"] == 0) & (df["Geography"] == "Germany") & (df["Exited"] == 1)).sum()
                    )
                ),
                ("IsActiveMember", "Geography", "Exited"),
            ),
        ],
    ),
    Dataset(
        "students_performance",
        _students,
        [
            Q(
                "what's the average score?",
                asks("math", "reading", "writing"),
                ("math score", "reading score", "writing score"),
            ),
            Q("math please", has(lambda df: df["math score"].mean()), ("math score",)),
            Q(
                "does doing the test prep course actually help with writing?",
                either(has(_writing_by_prep), has(lambda df: _writing_by_prep(df).diff().abs().iloc[-1])),
                ("test preparation course", "writing score"),
            ),
            Q(
                "how many kids on free/reduced lunch got under 50 in math",
                has(lambda df: int(((df["lunch"] == "free/reduced") & (df["math score"] < 50)).sum())),
                ("lunch", "math score"),
            ),
            Q(
                "how closely do reading and writing scores go together?",
                _corr("reading score", "writing score"),
                ("reading score", "writing score"),
            ),
            Q(
                "plot the avg math score for each ethnic group",
                has(lambda df: df.groupby("race/ethnicity")["math score"].mean(), rel=0.01),
                ("race/ethnicity", "math score"),
            ),
        ],
    ),
    Dataset(
        "walmart_sales",
        _walmart,
        [
            Q(
                "which store sold the most in total?",
                both(
                    has(lambda df: int(df.groupby("Store")["Weekly_Sales"].sum().idxmax())),
                    _money(lambda df: df.groupby("Store")["Weekly_Sales"].sum().max()),
                ),
                ("Store", "Weekly_Sales"),
            ),
            Q(
                "what were total sales in December 2011?",
                _money(
                    lambda df: df.loc[
                        (_wm_dates(df).dt.year == 2011) & (_wm_dates(df).dt.month == 12), "Weekly_Sales"
                    ].sum()
                ),
                ("Date", "Weekly_Sales"),
            ),
            Q(
                "do holiday weeks sell more than normal weeks?",
                _money(lambda df: df.groupby("Holiday_Flag")["Weekly_Sales"].mean()),
                ("Holiday_Flag", "Weekly_Sales"),
            ),
            Q("how have prices changed over the period?", asks("fuel", "CPI"), ("Fuel_Price", "CPI", "Date")),
            Q(
                "is unemployment related to sales at all?",
                _corr("Unemployment", "Weekly_Sales"),
                ("Unemployment", "Weekly_Sales"),
            ),
            Q(
                "top 3 stores by average weekly sales",
                _money(lambda df: df.groupby("Store")["Weekly_Sales"].mean().nlargest(3)),
                ("Store", "Weekly_Sales"),
            ),
        ],
    ),
    Dataset(
        "forest_fires",
        _forest_fires,
        [
            Q(
                "which month has the most fires?",
                both(
                    label_of(lambda df: str(df["month"].value_counts().idxmax())),
                    has(lambda df: df["month"].value_counts().max()),
                ),
                ("month",),
            ),
            Q(
                "average area burned in aug vs sep",
                has(lambda df: df[df["month"].isin(["aug", "sep"])].groupby("month")["area"].mean()),
                ("month", "area"),
            ),
            Q("what share of the fires burned zero area?", share(lambda df: (df["area"] == 0).mean()), ("area",)),
            Q("what's the average moisture code?", asks("FFMC", "DMC"), ("FFMC", "DMC")),
            Q("do hotter days mean bigger fires?", _corr("temp", "area"), ("temp", "area")),
            Q(
                "show me a chart of fires by day of the week",
                both(
                    label_of(lambda df: str(df["day"].value_counts().idxmax())),
                    has(lambda df: df["day"].value_counts().max()),
                ),
                ("day",),
            ),
        ],
    ),
    Dataset(
        "building_permits",
        _permits,
        [
            Q(
                "how many permit applications got refused, and what % is that?",
                both(
                    has(lambda df: int((df["Status"] == "Refused").sum())),
                    share(lambda df: (df["Status"] == "Refused").mean()),
                ),
                ("Status",),
            ),
            Q(
                "avg number of days from application to issue, by type of work",
                has(_permit_days),
                ("Application Date", "Issued Date", "Work Type", "Status"),
            ),
            Q("what's the average value?", asks("value", "fee"), ("Est. Value ($)", "Fee Paid ($)")),
            Q(
                "how many applications don't have an estimated value?",
                has(lambda df: int(df["Est. Value ($)"].isna().sum())),
                ("Est. Value ($)",),
            ),
            Q(
                "show me the number of applications per quarter",
                has(lambda df: pd.to_datetime(df["Application Date"]).dt.to_period("Q").value_counts().sort_index()),
                ("Application Date",),
            ),
            Q(
                "which ward brought in the most fee money?",
                both(
                    label_of(lambda df: str(df.groupby("Ward")["Fee Paid ($)"].sum().idxmax())),
                    _money(lambda df: df.groupby("Ward")["Fee Paid ($)"].sum().max()),
                ),
                ("Ward", "Fee Paid ($)"),
            ),
        ],
    ),
    Dataset(
        "crm_opportunities",
        _crm,
        [
            Q(
                "what's our win rate?",
                either(share(lambda df: _win_rates(df, None, True)), share(lambda df: _win_rates(df, None, False))),
                ("Stage",),
            ),
            Q(
                "which rep has won the most revenue?",
                both(
                    label_of(
                        lambda df: str(
                            df[df["Stage"] == "Closed Won"].groupby("Opportunity Owner")["Amount"].sum().idxmax()
                        )
                    ),
                    _money(
                        lambda df: df[df["Stage"] == "Closed Won"].groupby("Opportunity Owner")["Amount"].sum().max()
                    ),
                ),
                ("Opportunity Owner", "Amount", "Stage"),
            ),
            Q("show me deals by month", asks("created", "close"), ("Created Date", "Close Date")),
            Q(
                "average deal size on won deals, by region",
                _money(lambda df: df[df["Stage"] == "Closed Won"].groupby("Region")["Amount"].mean()),
                ("Amount", "Stage", "Region"),
            ),
            Q(
                "what's the weighted pipeline on open opps?",
                _money(_weighted_pipeline),
                ("Amount", "Probability (%)", "Stage"),
            ),
            Q(
                "which lead source converts best?",
                both(
                    label_of(lambda df: str(_win_rates(df, "Lead Source", True).idxmax())),
                    either(
                        share(lambda df: _win_rates(df, "Lead Source", True).max()),
                        share(lambda df: _win_rates(df, "Lead Source", False).max()),
                    ),
                ),
                ("Lead Source", "Stage"),
            ),
        ],
    ),
    Dataset(
        "bus_routes",
        _bus,
        [
            Q(
                "total boardings by depot",
                _money(lambda df: df.groupby("depot")["boardings"].sum()),
                ("boardings", "depot"),
            ),
            Q(
                "what % of scheduled trips actually ran?",
                either(
                    share(lambda df: df["trips_run"].sum() / df["sched_trips"].sum()),
                    share(lambda df: (df["trips_run"] / df["sched_trips"]).mean()),
                ),
                ("trips_run", "sched_trips"),
            ),
            Q(
                "which route is the worst?",
                asks("late", "complaint"),
                ("route_id", "otp_pct", "avg_late_mins", "complaints", "trips_run", "sched_trips"),
            ),
            Q(
                "on a typical weekday how many boardings does a route get, vs saturday and sunday?",
                has(lambda df: df.groupby("day_type")["boardings"].mean()),
                ("boardings", "day_type", "route_id"),
            ),
            Q("plot boardings by month", _money(_bus_months), ("boardings", "svc_date")),
            Q(
                "is lateness linked to complaints?",
                _corr("avg_late_mins", "complaints"),
                ("avg_late_mins", "complaints"),
            ),
        ],
    ),
]
