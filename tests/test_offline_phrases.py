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
    assert "calendar month" in text and best in text


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


@pytest.mark.parametrize(
    "question",
    [
        "what's the cancellation rate when the wind is force 7 or more, compared with calmer days?",
        "are sailings more likely to be cancelled when wind is 7 or more than otherwise?",
    ],
)
def test_a_rate_on_each_side_of_a_bound(question: str) -> None:
    df = _ferries().assign(cancelled=lambda d: np.where(d["wx_beaufort"] + d.index % 3 >= 8, "Y", "N"))
    _, text = _run(df, question)
    windy = df["wx_beaufort"] >= 7
    for side in (windy, ~windy):
        assert _has(text, round(100 * (df.loc[side, "cancelled"] == "Y").mean(), 2))
    assert "Chi-square" in text


def test_over_60s_against_everyone_else() -> None:
    rng = np.random.default_rng(42)
    age = rng.integers(0, 95, 500)
    df = pd.DataFrame({"PatientAge": age, "PaymentExempt": np.where((age > 60) | (rng.random(500) < 0.3), "Y", "N")})
    _, text = _run(df, "are over-60s more likely to be exempt from prescription charges than everyone else?")
    assert _has(text, round(100 * (df.loc[df["PatientAge"] > 60, "PaymentExempt"] == "Y").mean(), 2))


def test_how_many_with_a_flag_each_year_counts_per_year() -> None:
    rng = np.random.default_rng(43)
    df = pd.DataFrame(
        {
            "install_date": pd.to_datetime("2019-01-01") + pd.to_timedelta(rng.integers(0, 5 * 365, 600), unit="D"),
            "battery": rng.random(600) < 0.3,
            "system_kw": rng.uniform(3, 12, 600).round(2),
        }
    )
    _, text = _run(df, "how many installs included a battery each year?")
    per_year = df[df["battery"]].groupby(df["install_date"].dt.year).size()
    assert all(f"**{v}**" in text for v in per_year)


def _pima(n: int = 500) -> pd.DataFrame:
    rng = np.random.default_rng(44)
    outcome = (rng.random(n) < 0.35).astype(int)
    return pd.DataFrame(
        {
            "Pregnancies": rng.integers(0, 12, n),
            "Glucose": rng.integers(60, 200, n),
            "Insulin": np.where(rng.random(n) < 0.45, 0, rng.integers(15, 600, n)),
            "BMI": (rng.normal(31, 6, n) + 3 * outcome).round(1),
            "DiabetesPedigreeFunction": rng.uniform(0.08, 2.4, n).round(3),
            "Age": rng.integers(21, 81, n),
            "Outcome": outcome,
        }
    )


def test_a_famous_tables_outcome_is_read_by_what_it_means() -> None:
    df = _pima()
    _, text = _run(df, "what proportion of the women have diabetes?")
    assert "Outcome" in text.splitlines()[0] and _has(text, 100 * df["Outcome"].mean())
    _, text = _run(df, "Is BMI significantly higher in the diabetic group?")
    assert all(_has(text, v) for v in df.groupby("Outcome")["BMI"].mean())


def test_readings_that_are_zero_are_counted_even_when_called_missing() -> None:
    df = _pima()
    _, text = _run(df, "how many insulin readings are zero? I think those are really missing")
    assert _has(text, int((df["Insulin"] == 0).sum()))


def _pokemon(n: int = 300) -> pd.DataFrame:
    rng = np.random.default_rng(45)
    legendary = rng.random(n) < 0.08
    return pd.DataFrame(
        {
            "#": np.arange(1, n + 1),
            "Name": [f"Mon{i}" for i in range(n)],
            "Type 1": rng.choice(["Fire", "Water", "Dragon", "Grass"], n),
            "Type 2": np.where(rng.random(n) < 0.5, None, rng.choice(["Flying", "Poison"], n)),
            "Attack": rng.integers(20, 180, n),
            "Defense": rng.integers(20, 200, n),
            "Sp. Atk": rng.integers(20, 180, n),
            "Sp. Def": rng.integers(20, 200, n),
            "Speed": rng.integers(10, 150, n) + 25 * legendary,
            "Legendary": legendary,
        }
    )


def test_primary_and_second_types_are_the_numbered_columns() -> None:
    df = _pokemon()
    _, text = _run(df, "which primary type has the highest average attack?")
    assert df.groupby("Type 1")["Attack"].mean().idxmax() in text and "Type 1" in text.splitlines()[0]
    _, text = _run(df, "how many have no second type?")
    assert _has(text, int(df["Type 2"].isna().sum()))


def test_a_flag_against_the_rest_and_a_british_spelling() -> None:
    df = _pokemon()
    _, text = _run(df, "are legendary pokemon significantly faster than the rest?")
    assert all(_has(text, v) for v in df.groupby("Legendary")["Speed"].mean())
    _, text = _run(df, "average defence by primary type")
    assert "Defense" in text.splitlines()[0] and "Sp. Def" not in text.splitlines()[0]


def _listings(n: int = 900) -> pd.DataFrame:
    rng = np.random.default_rng(46)
    hood = rng.choice([f"Hood{i}" for i in range(30)], n, p=np.r_[[0.2, 0.1], np.full(28, 0.7 / 28)])
    return pd.DataFrame(
        {
            "id": np.arange(1000, 1000 + n),
            "host_id": rng.choice(np.arange(50, 400), n),
            "neighbourhood_group": rng.choice(["Manhattan", "Brooklyn", "Queens"], n),
            "neighbourhood": hood,
            "room_type": rng.choice(["Entire home/apt", "Private room", "Shared room"], n),
            "price": rng.gamma(2, 80, n).round(),
            "calculated_host_listings_count": rng.integers(1, 30, n),
        }
    )


def test_listings_are_rows_and_a_slash_value_is_said_by_either_half() -> None:
    df = _listings()
    _, text = _run(df, "what percentage of listings are entire homes?")
    assert _has(text, round(100 * (df["room_type"] == "Entire home/apt").mean(), 2))
    _, text = _run(df, "median nightly price in each borough")
    assert all(_has(text, v) for v in df.groupby("neighbourhood_group")["price"].median())


def test_groups_smaller_than_the_question_allows_are_left_out() -> None:
    df = _listings()
    _, text = _run(df, "which neighbourhood is the priciest on average? ignore ones with fewer than 20 listings")
    sizes = df.groupby("neighbourhood").size()
    means = df.groupby("neighbourhood")["price"].mean()[sizes >= 20]
    assert means.idxmax() in text.split("\n\n")[1]


def test_which_n_codes_have_the_most_rows() -> None:
    df = _listings()
    _, text = _run(df, "which 3 hosts have the most listings?")
    top = df.groupby("host_id").size().nlargest(3)
    assert all(_has(text, v) for v in top) and "host_id" in text.splitlines()[0]


def test_a_margin_and_an_attendance_rate_are_ratios_of_totals() -> None:
    rng = np.random.default_rng(47)
    shop = pd.DataFrame(
        {
            "Category": rng.choice(["Furniture", "Technology"], 300),
            "Sales": rng.gamma(2, 100, 300).round(2),
            "Profit": rng.normal(20, 30, 300).round(2),
        }
    )
    _, text = _run(shop, "what's our profit margin in each category?")
    totals = shop.groupby("Category")[["Profit", "Sales"]].sum()
    assert all(_has(text, v) for v in 100 * totals["Profit"] / totals["Sales"])
    pupils = pd.DataFrame(
        {
            "YearGrp": rng.integers(7, 12, 400),
            "sessions_possible": rng.integers(280, 340, 400),
        }
    ).assign(sessions_attended=lambda d: d["sessions_possible"] - rng.integers(0, 60, 400))
    _, text = _run(pupils, "attendance by year group")
    sums = pupils.groupby("YearGrp")[["sessions_attended", "sessions_possible"]].sum()
    assert all(_has(text, v) for v in 100 * sums["sessions_attended"] / sums["sessions_possible"])


def test_a_cost_per_unit_said_by_the_unit() -> None:
    rng = np.random.default_rng(48)
    df = pd.DataFrame(
        {
            "VehicleType": rng.choice(["Van", "EV", "Bike"], 300),
            "dist_km": rng.uniform(1, 40, 300).round(1),
            "fuel_cost_gbp": rng.uniform(0.5, 9, 300).round(2),
        }
    )
    plan, _ = _run(df, "fuel cost per km by vehicle type")
    assert "fuel_cost_gbp / dist_km" in plan.code


def test_how_long_something_takes_beside_a_measure_is_a_span_column() -> None:
    rng = np.random.default_rng(49)
    start = pd.to_datetime("2024-01-02 07:00") + pd.to_timedelta(rng.integers(0, 60 * 24 * 30, 300), unit="min")
    dist = rng.uniform(1, 30, 300).round(1)
    df = pd.DataFrame(
        {
            "dispatched_at": start,
            "promised_by": start + pd.Timedelta(hours=2),
            "delivered_at": start + pd.to_timedelta(10 + 3 * dist + rng.uniform(0, 20, 300), unit="min"),
            "dist_km": dist,
        }
    )
    _, text = _run(df, "is there a correlation between distance and how long a delivery takes?")
    minutes = (df["delivered_at"] - df["dispatched_at"]).dt.total_seconds() / 60
    assert "minutes from dispatched_at to delivered_at" in text.splitlines()[0]
    assert _has(text, df["dist_km"].corr(minutes))


def test_worst_of_a_measure_where_more_is_worse_is_its_highest() -> None:
    rng = np.random.default_rng(50)
    df = pd.DataFrame(
        {
            "River": rng.choice(["Aire", "Calder", "Derwent", "Swale"], 400),
            "EColi_cfu100ml": rng.gamma(2, 300, 400).round(),
            "pH": rng.normal(7.5, 0.3, 400).round(2),
        }
    )
    _, text = _run(df, "which river has the worst e. coli counts?")
    means = df.groupby("River")["EColi_cfu100ml"].mean()
    assert means.idxmax() in text.split("\n\n")[1] and _has(text, means.max())


def test_the_total_beside_a_ranking_of_totals() -> None:
    df = _ferries()
    _, text = _run(df, "passenger-km (passengers x distance) by route: which is biggest, and the total across all?")
    assert _has(text, (df["PaxCount"] * df["dist_km"]).sum())


def test_which_group_got_the_biggest_share_of_an_amount() -> None:
    rng = np.random.default_rng(51)
    df = pd.DataFrame(
        {
            "County": rng.choice(["Fresno", "Kern", "Alameda"], 300),
            "cost_usd": rng.uniform(8000, 30000, 300).round(),
            "incentive_usd": rng.uniform(0, 3000, 300).round(),
        }
    )
    _, text = _run(df, "which county got the biggest share of the incentive money, and what share was it?")
    parts = df.groupby("County")["incentive_usd"].sum() / df["incentive_usd"].sum()
    assert "incentive_usd" in text.splitlines()[0] and _has(text, round(100 * parts.max(), 2))


def _heart(n: int = 299) -> pd.DataFrame:
    rng = np.random.default_rng(52)
    age = rng.integers(40, 95, n)
    ef = rng.integers(14, 80, n)
    death = ((age > 70) & (rng.random(n) < 0.5) | (ef < 30) & (rng.random(n) < 0.6)).astype(int)
    return pd.DataFrame(
        {
            "age": age,
            "creatinine_phosphokinase": rng.integers(23, 7861, n),
            "ejection_fraction": ef,
            "smoking": (rng.random(n) < 0.32).astype(int),
            "time": rng.integers(4, 285, n),
            "DEATH_EVENT": death,
        }
    )


def test_deaths_smokers_and_cpk_of_the_heart_failure_table() -> None:
    df = _heart()
    _, text = _run(df, "what proportion of patients died during the follow-up?")
    assert "DEATH_EVENT" in text.splitlines()[0] and _has(text, round(100 * df["DEATH_EVENT"].mean(), 2))
    _, text = _run(df, "Is ejection fraction lower in the patients who died? is it significant?")
    assert all(_has(text, v) for v in df.groupby("DEATH_EVENT")["ejection_fraction"].mean())
    _, text = _run(df, "cross-tab smokers against deaths")
    assert "smoking" in text.splitlines()[0] and _has(text, int(((df.smoking == 0) & (df.DEATH_EVENT == 0)).sum()))
    _, text = _run(df, "what's the 90th percentile of CPK?")
    assert _has(text, df["creatinine_phosphokinase"].quantile(0.9))
    _, text = _run(df, "what fraction of patients smoke?")
    assert "smoking" in text.splitlines()[0] and _has(text, round(100 * df["smoking"].mean(), 2))


def test_a_rate_of_a_0_1_outcome_for_people_over_an_age() -> None:
    df = _heart()
    _, text = _run(df, "death rate for patients over 70 versus 70 and under")
    old = df["age"] > 70
    assert _has(text, round(100 * df.loc[old, "DEATH_EVENT"].mean(), 2))
    assert _has(text, round(100 * df.loc[~old, "DEATH_EVENT"].mean(), 2))


def _wine(n: int = 800) -> pd.DataFrame:
    rng = np.random.default_rng(53)
    quality = rng.choice([3, 4, 5, 6, 7, 8], n, p=[0.01, 0.04, 0.42, 0.4, 0.12, 0.01])
    return pd.DataFrame({"alcohol": (8.5 + 0.6 * quality + rng.normal(0, 0.8, n)).round(1), "quality": quality})


def test_the_most_common_value_of_a_score_and_a_mean_for_each_score() -> None:
    df = _wine()
    _, text = _run(df, "Which quality score is the most common, and how many wines got it?")
    counts = df["quality"].value_counts()
    assert _has(text, counts.max()) and str(counts.idxmax()) in text.split("\n\n")[1]
    _, text = _run(df, "does alcohol go up with quality? give me the average alcohol % for each score")
    assert all(_has(text, v) for v in df.groupby("quality")["alcohol"].mean())


def test_a_histogram_asked_with_its_median_and_range() -> None:
    df = _wine()
    _, text = _run(df, "plot a histogram of alcohol content and tell me the median and the range")
    assert "Histogram" in text.splitlines()[0]
    assert all(_has(text, v) for v in (df["alcohol"].median(), df["alcohol"].min(), df["alcohol"].max()))


def _accounts(n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(54)
    signup = pd.to_datetime("2022-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D")
    churned = rng.random(n) < 0.3
    return pd.DataFrame(
        {
            "AccountID": [f"ACC-{i}" for i in range(n)],
            "region": rng.choice(["EMEA", "AMER", "APAC"], n),
            "SignupDate": signup,
            "churn_date": (signup + pd.Timedelta(days=90)).where(churned),
            "MRR_usd": rng.gamma(2, 150, n).round(2),
        }
    )


def test_an_event_date_that_only_some_rows_have_is_the_event() -> None:
    df = _accounts()
    _, text = _run(df, "churn rate by region - which one is worst?")
    rates = df["churn_date"].notna().groupby(df["region"]).mean()
    assert rates.min() > 0.1 and all(_has(text, round(100 * v, 2)) for v in rates)
    _, text = _run(df, "What's our total MRR from accounts that haven't churned?")
    assert _has(text, df.loc[df["churn_date"].isna(), "MRR_usd"].sum())


def test_a_measure_on_each_side_of_a_bound_said_in_words() -> None:
    rng = np.random.default_rng(55)
    temp = rng.normal(8, 6, 600).round(1)
    df = pd.DataFrame(
        {
            "Site": rng.choice(["North", "South"], 600),
            "Capacity_MW": rng.choice([3.6, 4.2], 600),
            "Availability_pct": np.clip(np.where(temp < 0, 80, 96) + rng.normal(0, 5, 600), 0, 100).round(1),
            "AmbientTemp_C": temp,
        }
    )
    _, text = _run(df, "is availability worse when it's below freezing? compare the averages")
    cold = df["AmbientTemp_C"] < 0
    assert _has(text, df.loc[cold, "Availability_pct"].mean()) and _has(text, df.loc[~cold, "Availability_pct"].mean())
    _, text = _run(df, "average capacity by site")
    assert "Capacity_MW" in text.splitlines()[0]


def test_a_span_between_two_verbs_and_a_follow_up_by_two_named_values() -> None:
    rng = np.random.default_rng(56)
    collected = pd.to_datetime("2024-03-04 07:00") + pd.to_timedelta(rng.integers(0, 60 * 24 * 20, 400), unit="min")
    received = collected + pd.to_timedelta(rng.integers(30, 300, 400), unit="min")
    priority = rng.choice(["Urgent", "Routine"], 400)
    reported = received + pd.to_timedelta(np.where(priority == "Urgent", 40, 90) + rng.integers(0, 30, 400), unit="m")
    df = pd.DataFrame(
        {
            "specimen_id": [f"S{i}" for i in range(400)],
            "priority": priority,
            "collected_at": collected,
            "received_at": received,
            "reported_at": reported,
        }
    )
    minutes = (df["reported_at"] - df["received_at"]).dt.total_seconds() / 60
    _, text = _run(df, "What's the median turnaround from when a sample is recieved to when it's reported?")
    assert "received_at" in text.splitlines()[0] and "reported_at" in text.splitlines()[0]
    _, text = _run(
        df,
        "What's the median turnaround from when a sample is recieved to when it's reported?",
        "and for urgent vs routine?",
    )
    assert "priority" in text.splitlines()[0]
    hours = minutes.groupby(df["priority"]).median() / 60
    assert all(_has(text, round(v, 2)) or _has(text, 60 * v) for v in hours)


def _credit(n: int = 500) -> pd.DataFrame:
    rng = np.random.default_rng(57)
    limit = rng.choice([50000, 100000, 200000], n)
    bills = {f"BILL_AMT{i}": (limit * rng.uniform(0, 0.9, n)).round() for i in range(1, 4)}
    return pd.DataFrame({"ID": np.arange(1, n + 1), "LIMIT_BAL": limit, "PAY_0": rng.integers(-2, 6, n), **bills})


def test_a_number_said_in_words_before_or_more_is_a_bound() -> None:
    df = _credit()
    _, text = _run(df, "How many clients were two or more months behind on their latest repayment status (PAY_0)?")
    assert _has(text, int((df["PAY_0"] >= 2).sum()))


def test_a_word_glossed_by_a_column_name_is_that_column() -> None:
    df = _credit()
    plan, _ = _run(df, "plot the latest bill (BILL_AMT1) as a share of the limit")
    assert "BILL_AMT1 as % of LIMIT_BAL" in plan.code


def _movies(n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(58)
    genres = ["Action", "Drama", "Comedy", "Animation", "Horror"]
    listed = [",".join(sorted(rng.choice(genres, rng.integers(1, 4), replace=False))) for _ in range(n)]
    return pd.DataFrame(
        {
            "Rank": np.arange(1, n + 1),
            "Title": [f"Film {i}" for i in range(n)],
            "Genre": listed,
            "Year": rng.integers(2006, 2017, n),
            "Runtime (Minutes)": rng.integers(80, 180, n),
            "Rating": rng.normal(6.7, 0.9, n).round(1),
            "Revenue (Millions)": rng.gamma(1.5, 60, n).round(2),
            "Metascore": rng.integers(20, 100, n),
        }
    )


def test_labels_listed_in_one_cell_are_counted_each() -> None:
    df = _movies()
    _, text = _run(df, "which genre has the highest average rating?")
    each = df.assign(Genre=df["Genre"].str.split(",")).explode("Genre").groupby("Genre")["Rating"].mean()
    assert each.idxmax() in text.split("\n\n")[1] and _has(text, each.max())


def test_box_office_over_the_years_and_the_biggest_earners() -> None:
    df = _movies()
    _, text = _run(df, "Has average box office gone up or down over the years? show it by year")
    assert "Revenue (Millions)" in text.splitlines()[0] and "Runtime" not in text.splitlines()[0]
    _, text = _run(df, "top 5 biggest earners")
    assert all(t in text for t in df.nlargest(5, "Revenue (Millions)")["Title"])


def _staff(n: int = 600) -> pd.DataFrame:
    rng = np.random.default_rng(59)
    overtime = rng.choice(["Yes", "No"], n, p=[0.3, 0.7])
    return pd.DataFrame(
        {
            "Attrition": np.where(rng.random(n) < np.where(overtime == "Yes", 0.3, 0.1), "Yes", "No"),
            "DailyRate": rng.integers(100, 1500, n),
            "HourlyRate": rng.integers(30, 100, n),
            "JobRole": rng.choice(["Manager", "Sales Representative", "Research Scientist"], n),
            "MonthlyIncome": rng.integers(1000, 20000, n),
            "MonthlyRate": rng.integers(2000, 27000, n),
            "OverTime": overtime,
        }
    )


def test_the_rate_of_a_yes_no_column_is_its_share_not_a_rate_column() -> None:
    df = _staff()
    _, text = _run(df, "what's our overall attrition rate?")
    assert _has(text, round(100 * (df["Attrition"] == "Yes").mean(), 2))
    _, text = _run(df, "are people who work overtime more likely to leave? is the difference significant?")
    rates = (df["Attrition"] == "Yes").groupby(df["OverTime"]).mean()
    assert "OverTime" in text.splitlines()[0] and all(_has(text, round(100 * v, 2)) for v in rates)
    assert "Chi-square test" in text  # the question asked whether the difference is significant


def test_earns_per_month_is_the_monthly_income_and_the_least_flips_the_ranking() -> None:
    df = _staff()
    _, text = _run(df, "which job role earns the most on average per month?")
    means = df.groupby("JobRole")["MonthlyIncome"].mean()
    assert "MonthlyIncome" in text.splitlines()[0] and means.idxmax() in text.split("\n\n")[1]
    _, text = _run(df, "which job role earns the most on average per month?", "and which one earns the least?")
    assert means.idxmin() in text.split("\n\n")[1]


def test_a_word_with_a_letter_in_front_is_no_short_form_of_the_words_after() -> None:
    rng = np.random.default_rng(60)
    df = pd.DataFrame(
        {
            "PetAge_yrs": rng.uniform(0.5, 15, 300).round(1),
            "ProcCode": rng.choice(["SURG", "VACC", "DENT"], 300),
            "Fee_GBP": rng.gamma(2, 60, 300).round(2),
        }
    )
    _, text = _run(df, "average fee for each type of procedure")
    assert "ProcCode" in text.splitlines()[0] and "PetAge" not in text.splitlines()[0]


def test_how_many_of_the_rows_is_not_a_question_about_similar_labels() -> None:
    rng = np.random.default_rng(61)
    df = pd.DataFrame(
        {
            "IncGroup": rng.choice(["Fire", "False Alarm", "Special Service"], 500),
            "IncType": rng.choice(["AFA", "RTC", "Dwelling"], 500),
            "Casualties": np.where(rng.random(500) < 0.1, rng.integers(1, 4, 500), 0),
        }
    )
    _, text = _run(df, "how many incidents had at least one casualty?")
    assert _has(text, int((df["Casualties"] >= 1).sum()))


def _vet(n: int = 500) -> pd.DataFrame:
    rng = np.random.default_rng(62)
    proc = rng.choice(["SURG", "VACC", "DENT", "CONS"], n)
    insured = rng.choice(["Y", "N"], n)
    return pd.DataFrame(
        {
            "VisitID": [f"V{i}" for i in range(n)],
            "PetAge_yrs": rng.uniform(0.5, 15, n).round(1),
            "ProcCode": proc,
            "Fee_GBP": (
                np.where(proc == "SURG", 400, 60) * np.where(insured == "Y", 1.3, 1) + rng.normal(0, 20, n)
            ).round(2),
            "Insured": insured,
            "FollowUpReq": np.where((proc == "SURG") & (rng.random(n) < 0.75), "Y", "N"),
        }
    )


def test_the_measure_said_right_before_the_comparative_is_compared() -> None:
    df = _vet()
    _, text = _run(df, "do insured pets cost more per visit? is that significant?")
    assert all(_has(text, v) for v in df.groupby("Insured")["Fee_GBP"].mean())


def test_a_code_that_starts_a_word_said_is_that_value() -> None:
    df = _vet()
    _, text = _run(df, "what % of surgeries needed a follow up appt?")
    surg = df["ProcCode"] == "SURG"
    assert _has(text, round(100 * (df.loc[surg, "FollowUpReq"] == "Y").mean(), 2))


def test_biggest_first_lists_every_group_sorted() -> None:
    rng = np.random.default_rng(63)
    df = pd.DataFrame(
        {
            "Region": rng.choice(["North", "South", "Midlands", "Wales"], 300),
            "AwardedAmt_GBP": rng.integers(0, 50, 300) * 1000,
        }
    )
    _, text = _run(df, "total money awarded by region, biggest first")
    assert all(_has(text, v) for v in df.groupby("Region")["AwardedAmt_GBP"].sum())


def test_rows_without_one_value_of_a_label_of_several() -> None:
    rng = np.random.default_rng(64)
    df = pd.DataFrame(
        {
            "mag": rng.uniform(1, 6, 400).round(1),
            "type": rng.choice(
                ["earthquake", "quarry blast", "ice quake", "explosion"], 400, p=[0.9, 0.04, 0.03, 0.03]
            ),
        }
    )
    _, text = _run(df, "what proportion of the events aren't actually earthquakes (blasts, ice quakes etc)?")
    assert _has(text, round(100 * (df["type"] != "earthquake").mean(), 2))


def test_a_measure_never_taken_is_missing() -> None:
    df = _vet().assign(Weight_kg=lambda d: np.where(np.arange(len(d)) % 7 == 0, np.nan, 12.5))
    _, text = _run(df, "how many animals weren't weighed?")
    assert _has(text, int(df["Weight_kg"].isna().sum()))


def test_not_yet_closed_counts_rows_without_the_date_beside_its_event_flag() -> None:
    rng = np.random.default_rng(65)
    opened = pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 90 * 24, 300), unit="h")
    closed = (opened + pd.to_timedelta(rng.integers(1, 200, 300), unit="h")).where(rng.random(300) < 0.8)
    df = pd.DataFrame({"ticket_id": [f"T{i}" for i in range(300)], "opened_at": opened, "closed_at": closed})
    _, text = _run(df, "how many tickets haven't been closed yet?")
    assert _has(text, int(df["closed_at"].isna().sum())) and "closed_at" in text.splitlines()[0]
