"""Kernel-free checks of everyday questions on tables laid out like public ones (bank churn, store sales, fires).

Two letters inside a name ("Cr" of HasCrCard) never stand for a word; "churned" and "left" name an Exited flag;
"which store sold the most in total"; "top 3 stores by average weekly sales"; "in December 2011"; "do hotter days
mean bigger fires"; "zero area"; "what % of scheduled trips actually ran"; "pay" is income, not years. Each plan's
cell is run here against pandas and the numbers checked.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from test_offline_counts import converse as _run


def _has(text: str, value: float) -> bool:
    """A number within 0.1% (or 0.01) of `value` appears in the text."""
    found = [float(t.replace(",", "")) for t in re.findall(r"-?\d[\d,]*(?:\.\d+)?", text)]
    return any(abs(f - value) <= max(0.001 * abs(value), 0.01) for f in found)


def _bank(n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(81)
    age = rng.integers(18, 80, n)
    exited = (rng.random(n) < 0.1 + (age > 45) * 0.2).astype(int)
    return pd.DataFrame(
        {
            "RowNumber": np.arange(1, n + 1),
            "CustomerId": rng.integers(15_000_000, 16_000_000, n),
            "Geography": rng.choice(["France", "Germany", "Spain"], n),
            "Gender": rng.choice(["Male", "Female"], n),
            "Age": age,
            "Balance": rng.uniform(0, 200_000, n).round(2),
            "HasCrCard": rng.integers(0, 2, n),
            "IsActiveMember": rng.integers(0, 2, n),
            "EstimatedSalary": rng.uniform(10_000, 200_000, n).round(2),
            "Exited": exited,
        }
    )


@pytest.mark.parametrize("question", ["what % of customers churned?", "what share of customers left?"])
def test_two_letters_inside_a_name_do_not_stand_for_a_word(question: str) -> None:
    df = _bank()
    _, text = _run(df, question)
    first = text.splitlines()[0]
    assert "Exited" in first and "HasCrCard" not in first
    assert _has(text, round(100 * df["Exited"].mean(), 2))


def test_the_ones_who_left_against_the_ones_who_stayed_compares_a_measure_by_the_flag() -> None:
    df = _bank()
    _, text = _run(df, "avg age of the ones who left vs the ones who stayed")
    means = df.groupby("Exited")["Age"].mean()
    assert "Exited" in text.splitlines()[0]
    assert _has(text, round(means[0], 2)) and _has(text, round(means[1], 2))


def test_a_share_broken_down_by_country_reads_geography() -> None:
    df = _bank()
    _, text = _run(df, "what % of customers churned?", "break that down by country")
    assert "Geography" in text.splitlines()[0]
    assert all(_has(text, round(100 * v, 2)) for v in df.groupby("Geography")["Exited"].mean())


def _stores() -> pd.DataFrame:
    rng = np.random.default_rng(82)
    dates = pd.date_range("2010-02-05", periods=120, freq="7D")
    rows = [(s, d) for s in range(1, 11) for d in dates]
    return pd.DataFrame(
        {
            "Store": [s for s, _ in rows],
            "Date": [d.strftime("%Y-%m-%d") for _, d in rows],
            "Weekly_Sales": [rng.normal(500_000 + 40_000 * s, 50_000) for s, _ in rows],
            "Temperature": rng.uniform(20, 90, len(rows)).round(1),
        }
    ).round(2)


def test_which_store_sold_the_most_in_total_groups_by_the_numbered_store() -> None:
    df = _stores()
    _, text = _run(df, "which store sold the most in total?")
    totals = df.groupby("Store")["Weekly_Sales"].sum()
    assert _has(text, totals.max()) and re.search(rf"\b{totals.idxmax()}\b", text)


def test_top_n_things_by_a_measure_ranks_the_things() -> None:
    df = _stores()
    _, text = _run(df, "top 3 stores by average weekly sales")
    means = df.groupby("Store")["Weekly_Sales"].mean().nlargest(3)
    assert all(_has(text, v) for v in means)


def test_a_month_with_its_year_is_that_one_month() -> None:
    df = _stores()
    _, text = _run(df, "what were total sales in December 2011?")
    when = pd.to_datetime(df["Date"])
    want = df.loc[(when.dt.month == 12) & (when.dt.year == 2011), "Weekly_Sales"].sum()
    assert _has(text, want)


def _fires(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(83)
    temp = rng.uniform(2, 33, n).round(1)
    burned = rng.random(n) < 0.5
    return pd.DataFrame(
        {
            "month": rng.choice(["jul", "aug", "sep"], n),
            "day": rng.choice(["mon", "tue", "wed", "sat", "sun"], n),
            "temp": temp,
            "RH": rng.integers(15, 90, n),
            "wind": rng.uniform(0.4, 9, n).round(1),
            "area": np.where(burned, (rng.gamma(1.2, 5, n) * temp / 10).round(2), 0.0),
        }
    )


@pytest.mark.parametrize("question", ["do hotter days mean bigger fires?", "are hotter days bigger fires?"])
def test_two_comparatives_over_two_measures_correlate_them(question: str) -> None:
    df = _fires()
    _, text = _run(df, question)
    first = text.splitlines()[0]
    assert "temp" in first and "area" in first
    assert _has(text, round(df["temp"].corr(df["area"]), 3))


def test_bigger_names_the_one_size_column_only_when_one_holds_a_size() -> None:
    df = _fires().assign(plot_size=lambda d: d["area"] / 100)
    _, text = _run(df, "do hotter days mean bigger fires?")
    first = text.splitlines()[0]
    assert "area" not in first and "plot_size" not in first  # two columns hold a size: no guess between them


@pytest.mark.parametrize(
    "question", ["what share of the fires burned zero area?", "what proportion of fires had no area burned?"]
)
def test_zero_or_no_before_a_measure_is_that_measure_equal_to_0(question: str) -> None:
    df = _fires()
    _, text = _run(df, question)
    assert _has(text, round(100 * (df["area"] == 0).mean(), 2))


def test_no_before_a_labels_value_stays_with_the_label() -> None:
    rng = np.random.default_rng(84)
    df = pd.DataFrame(
        {"precipitation": rng.gamma(0.5, 4, 300).round(1), "weather": rng.choice(["rain", "sun", "fog"], 300)}
    )
    _, text = _run(df, "how many days had no rain?")
    assert _has(text, int((df["weather"] != "rain").sum()))


def test_a_share_of_the_possible_that_happened_is_a_ratio_of_totals() -> None:
    rng = np.random.default_rng(85)
    sched = rng.integers(40, 90, 300)
    df = pd.DataFrame(
        {
            "route_id": rng.integers(1, 20, 300),
            "sched_trips": sched,
            "trips_run": sched - rng.integers(0, 4, 300),
            "boardings": rng.integers(300, 3000, 300),
        }
    )
    _, text = _run(df, "what % of scheduled trips actually ran?")
    assert _has(text, round(100 * df["trips_run"].sum() / df["sched_trips"].sum(), 2))


def test_pay_is_income_not_a_count_of_years() -> None:
    rng = np.random.default_rng(86)
    years = rng.integers(0, 40, 400)
    df = pd.DataFrame(
        {
            "Age": rng.integers(18, 60, 400),
            "MonthlyIncome": (2000 + 250 * years + rng.normal(0, 2500, 400)).round(),
            "TotalWorkingYears": years,
            "YearsAtCompany": (years * rng.uniform(0, 1, 400)).astype(int),
        }
    )
    _, text = _run(df, "is pay related to how many years someone has been working in total?")
    assert "MonthlyIncome" in text.splitlines()[0]
    assert _has(text, round(df["TotalWorkingYears"].corr(df["MonthlyIncome"]), 3))


def test_a_fee_brought_in_is_summed_per_group() -> None:
    rng = np.random.default_rng(87)
    df = pd.DataFrame(
        {
            "Permit #": [f"BP-{i:05d}" for i in range(300)],
            "Ward": rng.choice(["Ward 1", "Ward 2", "Ward 3"], 300),
            "Est. Value ($)": rng.uniform(1e4, 1e6, 300).round(),
            "Fee Paid ($)": rng.uniform(100, 5000, 300).round(2),
        }
    )
    _, text = _run(df, "which ward brought in the most fee money?")
    totals = df.groupby("Ward")["Fee Paid ($)"].sum()
    assert totals.idxmax() in text and _has(text, totals.max())
