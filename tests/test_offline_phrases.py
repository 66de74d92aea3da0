"""Kernel-free checks of phrases that name a column, a condition or a formula without its name.

"wait time" of Wait (sec); "who picked" of Picker; prices written "$4.99"; "total babies" over a count column;
"does engagement go up with tenure band"; "favourable (4 or 5)"; the Net Promoter Score of a 0-10 column. Each
reading is checked in more than one phrasing, and the plan's cell is run here against pandas where the number
matters.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from test_offline_counts import converse as _run
from test_offline_reading import _profile

from notebook_agent.agent.offline import OfflineAnalyst, OfflinePlan


def _has(text: str, value: float) -> bool:
    """A number within 0.1% (or 0.01) of `value` appears in the text."""
    found = [float(t.replace(",", "")) for t in re.findall(r"-?\d[\d,]*(?:\.\d+)?", text)]
    return any(abs(f - value) <= max(0.001 * abs(value), 0.01) for f in found)


def _calls(n: int = 300) -> pd.DataFrame:
    rng = np.random.default_rng(31)
    return pd.DataFrame(
        {
            "Call ID": [f"C-{i:05d}" for i in range(n)],
            "Start Time": [f"{h:02d}:{m:02d}" for h in rng.integers(8, 18, n) for m in rng.integers(0, 60, 1)],
            "Agent": rng.choice(["Ann", "Bo", "Cy"], n),
            "Queue": rng.choice(["Sales", "Billing", "Tech"], n),
            "Wait (sec)": rng.gamma(2.0, 60, n).round(),
            "Talk Time (min)": rng.gamma(3.0, 2.0, n).round(1),
        }
    )


@pytest.mark.parametrize(
    "question", ["whats the 90th percentile of wait time?", "90th percentile of the wait time", "p90 wait time"]
)
def test_a_length_of_time_named_with_time_is_one_column(question: str) -> None:
    df = _calls()
    _, text = _run(df, question)
    assert "Talk Time" not in text.splitlines()[0]
    assert _has(text, df["Wait (sec)"].quantile(0.9))


def test_time_alone_still_names_the_column_called_time() -> None:
    _, text = _run(_calls(), "average talk time by queue")
    assert "Talk Time (min)" in text.splitlines()[0] and "Wait" not in text.splitlines()[0]


def _picks(n: int = 240) -> pd.DataFrame:
    rng = np.random.default_rng(32)
    return pd.DataFrame(
        {
            "Pick ID": np.arange(50000, 50000 + n),
            "Picker": rng.choice(["M. Ahmed", "T. Evans", "S. Brown", "J. Wu"], n),
            "Zone": rng.choice(list("ABCD"), n),
            "Qty": rng.integers(1, 40, n),
        }
    )


@pytest.mark.parametrize("question", ["who picked the most units? top 3", "top 3 who picked the most qty"])
def test_who_with_a_verb_groups_by_its_doer(question: str) -> None:
    df = _picks()
    _, text = _run(df, question)
    top = df.groupby("Picker")["Qty"].sum().nlargest(3)
    assert all(name in text for name in top.index)
    assert "Picker" in text.splitlines()[0]


def test_a_verb_never_names_a_column_that_is_not_its_doer() -> None:
    _, text = _run(_picks(), "total qty picked by zone")
    assert "Zone" in text.splitlines()[0] and "Picker" not in text.splitlines()[0]


def _apps(n: int = 200) -> pd.DataFrame:
    rng = np.random.default_rng(33)
    price = np.where(rng.random(n) < 0.85, "0", [f"${p:.2f}" for p in rng.choice([0.99, 2.99, 4.99, 14.99], n)])
    price[7] = "$399.99"
    installs = rng.choice(["1,000+", "10,000+", "100,000+", "5,000+"], n)
    return pd.DataFrame(
        {
            "App": [f"App {i}" for i in range(n)],
            "Category": rng.choice(["GAME", "FAMILY", "TOOLS"], n),
            "Price": price,
            "Installs": installs,
        }
    )


@pytest.mark.parametrize("question", ["which app is the most expensive?", "which app has the highest price?"])
def test_prices_written_with_a_currency_sign_are_numbers(question: str) -> None:
    plan, text = _run(_apps(), question)
    assert "App 7" in text and "399.9" in text
    assert "str.replace" in plan.code  # the marks are dropped in the cell, where a person can see it


def test_marked_counts_are_summed_per_group() -> None:
    df = _apps()
    _, text = _run(df, "total installs by category")
    sums = df.assign(n=df["Installs"].str.replace(r"[,+]", "", regex=True).astype(int)).groupby("Category")["n"].sum()
    assert all(_has(text, v) for v in sums)


def _names() -> pd.DataFrame:
    rng = np.random.default_rng(34)
    rows = [
        (name, year, sex, int(rng.integers(200, 20000)))
        for year in range(2010, 2020)
        for sex, names in (("F", ["Emma", "Olivia", "Ava", "Mia"]), ("M", ["Noah", "Liam", "Jacob"]))
        for name in names
    ]
    return pd.DataFrame(rows, columns=["Name", "Year", "Gender", "Count"])


@pytest.mark.parametrize("question", ["total babies per year", "total births per year, going up or down?"])
def test_a_total_of_what_no_column_names_sums_the_count_column(question: str) -> None:
    df = _names()
    _, text = _run(df, question)
    assert "Count" in text.splitlines()[0]
    assert _has(text, df.groupby("Year")["Count"].sum().max())


def test_how_many_names_per_year_still_counts_rows() -> None:
    _, text = _run(_names(), "how many names per year")
    assert "Count" not in text.splitlines()[0]


def _survey(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(35)
    band = rng.choice(["<1 yr", "1-2 yrs", "3-5 yrs", "5+ yrs"], n)
    lift = pd.Series(band).map({"<1 yr": 0.0, "1-2 yrs": 0.3, "3-5 yrs": 0.5, "5+ yrs": 0.8}).to_numpy()
    return pd.DataFrame(
        {
            "Dept": rng.choice(["Finance", "Ops", "Sales"], n),
            "Site": rng.choice(["London", "Leeds"], n),
            "Tenure Band": band,
            "Engagement (1-5)": np.clip(np.round(rng.normal(3.0, 1.0, n) + lift), 1, 5),
            "Recommend (0-10)": rng.integers(2, 11, n),
        }
    )


@pytest.mark.parametrize("question", ["does engagement go up with tenure?", "is engagement related to tenure band?"])
def test_a_correlation_with_bands_is_the_mean_per_band(question: str) -> None:
    df = _survey()
    _, text = _run(df, question)
    means = df.groupby("Tenure Band")["Engagement (1-5)"].mean()
    assert "Tenure Band" in text.splitlines()[0]
    assert all(_has(text, v) for v in means)


@pytest.mark.parametrize(
    ("question", "low"),
    [("% favourable (4 or 5) on engagement by site", 4), ("share scoring engagement 4 or 5, per site", 4)],
)
def test_the_top_values_of_a_scale_said_one_by_one_are_a_bound(question: str, low: int) -> None:
    df = _survey()
    _, text = _run(df, question)
    shares = (df["Engagement (1-5)"] >= low).groupby(df["Site"]).mean()
    assert "≥ 4" in text.splitlines()[0]
    assert all(_has(text, 100 * v) or _has(text, v) for v in shares)


def test_two_numbers_that_are_no_end_of_the_scale_are_no_bound() -> None:
    plan = OfflineAnalyst().respond("how many scored engagement 2 or 3?", [_profile(_survey())], {})
    assert not isinstance(plan, OfflinePlan) or "≥" not in plan.description


@pytest.mark.parametrize("question", ["what's our eNPS from the recommend scores?", "net promoter score"])
def test_the_net_promoter_score_of_a_0_to_10_column(question: str) -> None:
    df = _survey()
    _, text = _run(df, question)
    r = df["Recommend (0-10)"]
    nps = 100 * ((r >= 9).mean() - (r <= 6).mean())
    assert _has(text, nps)


def test_the_net_promoter_score_per_group() -> None:
    df = _survey()
    _, text = _run(df, "NPS by dept")
    r = df["Recommend (0-10)"]
    by = 100 * ((r >= 9).groupby(df["Dept"]).mean() - (r <= 6).groupby(df["Dept"]).mean())
    assert all(_has(text, round(v, 1)) for v in by)


def _weather(days: int = 3 * 365) -> pd.DataFrame:
    rng = np.random.default_rng(36)
    date = pd.date_range("2012-01-01", periods=days, freq="D")
    wet = 1 + np.cos(2 * np.pi * (date.day_of_year.to_numpy() - 330) / 365)  # wettest in late November
    high = 14 + 9 * np.sin(2 * np.pi * (date.day_of_year.to_numpy() - 110) / 365) + rng.normal(0, 2, days)
    return pd.DataFrame(
        {
            "date": date.strftime("%Y-%m-%d"),
            "precipitation": (rng.gamma(1.0, 2.0, days) * wet).round(1),
            "temp_max": high.round(1),
            "temp_min": (high - rng.uniform(3, 12, days)).round(1),
            "weather": rng.choice(["rain", "sun", "fog", "drizzle"], days, p=[0.4, 0.4, 0.1, 0.1]),
        }
    )


def _dated(df: pd.DataFrame) -> pd.DataFrame:
    """The frame as the kernel loads it: its dates parsed."""
    return df.assign(date=pd.to_datetime(df["date"]))


@pytest.mark.parametrize(
    "question",
    ["Which month of the year is the wettest, on average?", "in which month is precipitation usually highest?"],
)
def test_a_month_asked_across_years_is_the_month_of_the_year(question: str) -> None:
    df = _dated(_weather())
    _, text = _run(df, question)
    by_month = df.groupby(df["date"].dt.month)["precipitation"].mean()
    best = pd.Timestamp(2000, int(by_month.idxmax()), 1).strftime("%b")
    assert "month of year" in text and best in text


def test_a_month_with_the_most_is_still_a_calendar_month() -> None:
    plan = OfflineAnalyst().respond("which month had the highest precipitation?", [_profile(_dated(_weather()))], {})
    assert isinstance(plan, OfflinePlan) and "month of year" not in plan.description


@pytest.mark.parametrize("question", ["how many days were classed as rain?", "how many rainy days were there?"])
def test_days_with_a_named_value_are_counted(question: str) -> None:
    df = _dated(_weather())
    _, text = _run(df, question)
    assert _has(text, int((df["weather"] == "rain").sum()))


@pytest.mark.parametrize(
    "question",
    [
        "what was the biggest swing between the daily high and low, and on which day?",
        "which day had the largest difference between max and min temperature?",
    ],
)
def test_the_swing_between_a_high_and_a_low_column(question: str) -> None:
    df = _dated(_weather())
    _, text = _run(df, question)
    swing = df["temp_max"] - df["temp_min"]
    assert "temp_max - temp_min" in text.splitlines()[0]
    assert _has(text, swing.max())


@pytest.mark.parametrize("question", ["average min temp by year", "average minimum temperature by year"])
def test_min_beside_max_is_the_minimum_not_minutes(question: str) -> None:
    df = _dated(_weather())
    _, text = _run(df, question)
    assert "temp_min" in text.splitlines()[0] and "temp_max" not in text.splitlines()[0]


def _ferries(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(37)
    route = rng.choice(["LAR-CUM", "OBA-MUL", "ARD-BRO"], n)
    return pd.DataFrame(
        {
            "sailing_id": [f"FX-{i:06d}" for i in range(n)],
            "Route": route,
            "PaxCount": rng.integers(5, 400, n),
            "CarsCount": rng.integers(0, 60, n),
            "dist_km": pd.Series(route).map({"LAR-CUM": 3.2, "OBA-MUL": 11.0, "ARD-BRO": 22.5}).to_numpy(),
            "wx_beaufort": rng.integers(0, 10, n),
        }
    )


@pytest.mark.parametrize("question", ["Which route carries the most passengers in total?", "total passengers by route"])
def test_pax_is_passengers_and_carries_is_no_car(question: str) -> None:
    df = _ferries()
    _, text = _run(df, question)
    assert "PaxCount" in text.splitlines()[0] and "CarsCount" not in text.splitlines()[0]
    assert _has(text, df.groupby("Route")["PaxCount"].sum().max())


@pytest.mark.parametrize(
    "question",
    ["passenger-km (passengers x distance) for each route", "total of passengers times distance by route"],
)
def test_a_product_written_out_is_a_derived_column(question: str) -> None:
    df = _ferries()
    _, text = _run(df, question)
    product = (df["PaxCount"] * df["dist_km"]).groupby(df["Route"]).sum()
    assert "PaxCount × dist_km" in text.splitlines()[0]
    assert all(_has(text, v) for v in product)


def test_wind_force_is_the_beaufort_column() -> None:
    df = _ferries()
    _, text = _run(df, "how many sailings had wind force 7 or more?")
    assert _has(text, int((df["wx_beaufort"] >= 7).sum()))


def test_a_plural_short_form_still_names_its_column() -> None:
    rng = np.random.default_rng(38)
    df = pd.DataFrame({"bdrms": rng.integers(1, 6, 200), "price": rng.integers(100, 900, 200) * 1000})
    _, text = _run(df, "average price by number of bedrooms")
    assert "bdrms" in text.splitlines()[0]
    assert all(_has(text, v) for v in df.groupby("bdrms")["price"].mean())


def _insurance(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(39)
    smoker = rng.choice(["yes", "no"], n, p=[0.2, 0.8])
    children = rng.integers(0, 6, n)
    return pd.DataFrame(
        {
            "age": rng.integers(18, 65, n),
            "sex": rng.choice(["female", "male"], n),
            "children": children,
            "smoker": smoker,
            "region": rng.choice(["northeast", "northwest", "southeast", "southwest"], n),
            "charges": (np.where(smoker == "yes", 30000, 8000) + 500 * children + rng.gamma(2, 2000, n)).round(2),
        }
    )


@pytest.mark.parametrize(
    "question",
    ["What's the avg medical bill for smokers compared with non-smokers?", "average charges of smokers vs non-smokers"],
)
def test_a_yes_no_label_named_by_its_noun_compares_both_sides(question: str) -> None:
    df = _insurance()
    _, text = _run(df, question)
    means = df.groupby("smoker")["charges"].mean()
    assert "smoker" in text.splitlines()[0] and all(_has(text, v) for v in means)


def test_the_median_for_each_value_of_what_a_measure_is_plotted_against() -> None:
    df = _insurance()
    _, text = _run(df, "plot charges against number of kids and give me the median for each")
    assert all(_has(text, v) for v in df.groupby("children")["charges"].median())


def _adult(n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(40)
    income = rng.choice(["<=50K", ">50K"], n, p=[0.76, 0.24])
    occupation = rng.choice(["Sales", "Tech-support", "Craft-repair", "?"], n, p=[0.4, 0.3, 0.25, 0.05])
    return pd.DataFrame(
        {
            "age": rng.integers(17, 80, n),
            "occupation": occupation,
            "sex": rng.choice(["Male", "Female"], n),
            "hours.per.week": np.where(income == ">50K", 45, 39) + rng.integers(-10, 15, n),
            "income": income,
        }
    )


def test_a_bound_that_is_a_labels_bracket_counts_that_label() -> None:
    df = _adult()
    _, text = _run(df, "What proportion of people earn more than 50K?")
    assert "income" in text.splitlines()[0] and _has(text, 100 * (df["income"] == ">50K").mean())


def test_break_that_down_by_a_label_groups_the_last_share() -> None:
    df = _adult()
    _, text = _run(df, "What proportion of people earn more than 50K?", "break that down by gender")
    shares = (df["income"] == ">50K").groupby(df["sex"]).mean()
    assert "sex" in text.splitlines()[0] and all(_has(text, 100 * v) for v in shares)


def test_hours_a_week_bound_is_in_hours() -> None:
    df = _adult()
    _, text = _run(df, "how many work more than 50 hours a week?")
    assert _has(text, int((df["hours.per.week"] > 50).sum()))


def test_one_bracket_against_the_rest_compares_the_measure() -> None:
    df = _adult()
    _, text = _run(df, "Do the >50K earners work more hours per week than the rest?")
    assert all(_has(text, v) for v in df.groupby("income")["hours.per.week"].mean())


@pytest.mark.parametrize("question", ["how many records have no occupation recorded?", "how many have no occupation?"])
def test_a_question_mark_placeholder_is_a_missing_value(question: str) -> None:
    df = _adult()
    _, text = _run(df, question)
    assert _has(text, int((df["occupation"] == "?").sum()))


def test_which_n_things_cost_the_most_is_a_top_n() -> None:
    rng = np.random.default_rng(41)
    df = pd.DataFrame(
        {
            "DrugName": rng.choice([f"Drug{i}" for i in range(12)], 500),
            "Branch": rng.choice(["North", "South"], 500),
            "NIC_GBP": rng.gamma(2, 5, 500).round(2),
        }
    )
    _, text = _run(df, "which 5 drugs cost us the most in total?")
    top = df.groupby("DrugName")["NIC_GBP"].sum().nlargest(6)
    assert all(name in text for name in top.index[:5]) and top.index[5] not in text
