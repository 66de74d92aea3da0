"""Kernel-free checks of counting questions: rows that lack a value, counts of named values, the top values of a
label by row count, and the median asked beside a percentile.

Each reading is checked in at least two phrasings and on more than one table; where the answer matters, the plan's
cell is run here, in this process, and the answer is checked against pandas.
"""

from __future__ import annotations

from unittest import mock

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from test_offline_reading import _plan_of, _profile

from notebook_agent.agent.offline import OfflineAnalyst, OfflinePlan
from notebook_agent.agent.offline.code import RESULT_MIME
from notebook_agent.agent.session_kernels import PREAMBLE

exec(PREAMBLE, {})  # the set-up cell every chat's kernel runs first ("$" in a chart's label is a dollar sign)


def converse(df: pd.DataFrame, *questions: str, file: str | None = None) -> tuple[OfflinePlan, str]:
    """The last question's plan and answer, each plan run here in turn (a conversation); `file`: its upload's name."""
    profile, memory = _profile(df), {}
    if file is not None:
        profile["file"] = file
    reply, plan = None, None
    shown: list[dict] = []

    def run(code: str) -> None:
        shown.clear()
        # The cell runs whole, its chart drawn, except the layout pass: it measures every label's text, a third of
        # these checks' time, and only moves the axes (the kernel tests draw charts with it)
        with mock.patch.object(Figure, "tight_layout"):
            exec(code, {"df": df, "pd": pd, "np": np, "plt": plt, "display": lambda b, raw=False: shown.append(b)})
        plt.close("all")

    for question in questions:
        plan = OfflineAnalyst().respond(question, [profile], memory)
        assert isinstance(plan, OfflinePlan), getattr(plan, "text", plan)
        run(plan.code)
        reply = OfflineAnalyst().summarize(question, plan, shown[-1][RESULT_MIME], None, [profile], 1)
        while isinstance(reply, OfflinePlan):  # two questions in one message: the next part's plan
            run(reply.code)
            reply = OfflineAnalyst().summarize(question, reply, shown[-1][RESULT_MIME], None, [profile], 2)
        memory = reply.memory
    assert reply is not None and plan is not None
    return plan, reply.text


def _answer(df: pd.DataFrame, *questions: str) -> str:
    """The answer to the last question, each plan run here in turn (a conversation)."""
    return converse(df, *questions)[1]


def _games(n: int = 200) -> pd.DataFrame:
    rng = np.random.default_rng(21)
    year = rng.integers(1995, 2017, n).astype(float)
    year[rng.choice(n, 9, replace=False)] = np.nan
    publisher = rng.choice(["Nintendo", "Sega", "Ubisoft", "Konami"], n).astype(object)
    publisher[rng.choice(n, 5, replace=False)] = np.nan
    return pd.DataFrame(
        {
            "Rank": np.arange(1, n + 1),
            "Name": [f"Game {i}" for i in range(n)],
            "Platform": rng.choice(["PS2", "Wii", "DS", "X360"], n),
            "Year": year,
            "Genre": rng.choice(["Action", "Sports", "Puzzle", "Racing", "Shooter"], n, p=[0.4, 0.25, 0.15, 0.1, 0.1]),
            "Publisher": publisher,
            "Global_Sales": rng.gamma(1.5, 0.8, n).round(2),
        }
    )


def _titles(n: int = 240) -> pd.DataFrame:
    rng = np.random.default_rng(22)
    director = rng.choice(["Ann Lee", "Bo Chan", "Cy Ray", "Di Moss"], n).astype(object)
    director[rng.choice(n, 31, replace=False)] = np.nan
    return pd.DataFrame(
        {
            "show_id": [f"s{i}" for i in range(n)],
            "type": rng.choice(["Movie", "TV Show"], n, p=[0.7, 0.3]),
            "title": [f"Title {i}" for i in range(n)],
            "director": director,
            "country": rng.choice(["United States", "India", "Japan", "France"], n),
            "rating": rng.choice(["TV-MA", "TV-14", "PG-13", "R", "TV-PG", "PG", "G"], n),
            "release_year": rng.integers(2000, 2022, n),
        }
    )


def _customers(n: int = 150) -> pd.DataFrame:
    rng = np.random.default_rng(23)
    email = np.array([f"c{i}@mail.com" for i in range(n)], dtype=object)
    email[rng.choice(n, 12, replace=False)] = np.nan
    return pd.DataFrame(
        {
            "customerID": [f"C{i:04d}" for i in range(n)],
            "Partner": rng.choice(["Yes", "No"], n),
            "Contract": rng.choice(["Month-to-month", "One year", "Two year"], n),
            "email": email,
            "signup_date": pd.date_range("2021-01-01", periods=n, freq="3D").strftime("%Y-%m-%d"),
            "MonthlyCharges": rng.uniform(18, 120, n).round(2),
            "discount": rng.choice([0, 0, 0, 5, 10], n),
            "tenure": rng.integers(0, 72, n),
        }
    )


# --- rows that lack a value ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "how many games dont have a year",
        "how many games don't have a year?",
        "how many rows have no year",
        "number of games without a year",
        "how many games are missing a year",
    ],
)
def test_rows_that_lack_a_value_are_counted(question: str) -> None:
    games = _games()
    req = _plan_of(games, question)
    assert (req["kind"], req["column"]) == ("missing", "Year")
    assert "9" in _answer(games, question)


def test_the_column_said_after_the_negation_is_the_one_counted() -> None:
    titles, customers = _titles(), _customers()
    assert _plan_of(titles, "how many titles are missing a country")["column"] == "country"
    assert _plan_of(titles, "how many titles do not have a director")["column"] == "director"
    assert _plan_of(customers, "how many customers are missing an email")["column"] == "email"
    assert _plan_of(customers, "rows lacking an email")["column"] == "email"
    assert _plan_of(customers, "how many rows where the email is blank")["column"] == "email"
    assert "**12**" in _answer(customers, "how many customers are missing an email")


@pytest.mark.parametrize(
    ("table", "question", "column", "label"),
    [
        ("titles", "which titles are without a director", "director", "title"),
        ("titles", "list the titles that don't have a director", "director", "title"),
        ("games", "which games have no publisher?", "Publisher", "Name"),
    ],
)
def test_which_rows_lack_a_value_shows_a_few_of_them(table: str, question: str, column: str, label: str) -> None:
    df = _titles() if table == "titles" else _games()
    req = _plan_of(df, question)
    assert (req["kind"], req["column"], req["agg"], req["y"]) == ("missing", column, "rows", label)
    text = _answer(df, question)
    lacking = df[df[column].isna()]
    assert f"**{len(lacking)}**" in text and str(lacking[label].iloc[0]) in text


def test_none_said_of_a_column_that_holds_none_is_its_value_not_a_gap() -> None:
    customers = _customers()
    # Partner holds No, discount holds 0: "no partner", "no discount" are those values, not missing ones
    assert _plan_of(customers, "how many customers don't have a partner").get("kind") != "missing"
    assert _plan_of(customers, "how many customers got no discount").get("kind") != "missing"
    # and a price "without" something names no rows at all
    assert _plan_of(customers, "average monthly charges without discount").get("kind") != "missing"
    # the columns' gaps in general are still counted per column
    assert _plan_of(customers, "are any values missing?")["column"] is None


# --- counts of named values, and the top values by row count ---------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "how many movies and how many tv shows are there",
        "how many movies are there and how many tv shows?",
        "number of movies vs number of tv shows",
    ],
)
def test_each_named_value_is_counted(question: str) -> None:
    titles = _titles()
    req = _plan_of(titles, question)
    assert (req["kind"], req["column"], req["value"]) == ("value_counts", "type", ["Movie", "TV Show"])
    text = _answer(titles, question)
    assert all(f"**{n}**" in text for n in titles["type"].value_counts())


def test_two_values_of_another_table_counted_in_the_same_words() -> None:
    customers = _customers()
    req = _plan_of(customers, "how many customers have a one year contract and how many a two year contract")
    assert (req["kind"], req["column"]) == ("value_counts", "Contract")
    assert set(req["value"]) == {"One year", "Two year"}


@pytest.mark.parametrize(
    ("table", "question", "column", "n"),
    [
        ("titles", "top 5 ratings by number of titles", "rating", 5),
        ("titles", "top 3 countries by count of titles", "country", 3),
        ("titles", "the 3 ratings with the most titles", "rating", 3),
        ("games", "top 3 genres by number of games", "Genre", 3),
        ("games", "top 2 platforms by count", "Platform", 2),
    ],
)
def test_top_values_by_the_rows_count_rank_the_label(table: str, question: str, column: str, n: int) -> None:
    df = _titles() if table == "titles" else _games()
    req = _plan_of(df, question)
    assert (req["kind"], req["column"], req["agg"], req["value"]) == ("value_counts", column, "top", n)
    text = _answer(df, question)
    top = df[column].value_counts().head(n)
    assert all(f"**{k}**" in text for k in top) and f"**{top.index[0]}**" in text


def test_a_measure_or_a_label_of_few_values_after_number_of_is_not_the_rows_count() -> None:
    titles = _titles()
    assert _plan_of(titles, "top 3 countries by number of ratings").get("agg") != "top"
    assert _plan_of(_games(), "top 3 genres by global sales").get("kind") != "value_counts"


@pytest.mark.parametrize("follow_up", ["same for tv shows only", "and for tv shows only?", "now just for tv shows"])
def test_a_follow_up_narrows_the_top_values_to_the_rows_it_names(follow_up: str) -> None:
    titles = _titles()
    req = _plan_of(titles, "top 5 ratings by number of titles", follow_up)
    assert (req["kind"], req["column"], req["where"]) == ("value_counts", "rating", [["type", "TV Show"]])
    text = _answer(titles, "top 5 ratings by number of titles", follow_up)
    shows = titles.loc[titles["type"] == "TV Show", "rating"].value_counts().head(5)
    assert all(f"**{k}**" in text for k in shows) and "type = TV Show" in text


def test_a_follow_up_narrows_a_count_of_named_values_too() -> None:
    titles = _titles()
    req = _plan_of(titles, "how many movies and how many tv shows are there", "and for India only?")
    assert (req["column"], req["where"]) == ("type", [["country", "India"]])
    counts = titles.loc[titles["country"] == "India", "type"].value_counts()
    text = _answer(titles, "how many movies and how many tv shows are there", "and for India only?")
    assert all(f"**{n}**" in text for n in counts)


# --- the median beside a percentile ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "column", "levels"),
    [
        ("median monthly charge, and the 90th percentile?", "MonthlyCharges", [50.0, 90.0]),
        ("what's the median tenure and its 75th percentile", "tenure", [50.0, 75.0]),
        ("90th percentile and median of monthly charges", "MonthlyCharges", [50.0, 90.0]),
    ],
)
def test_the_median_said_beside_a_percentile_is_the_50th(question: str, column: str, levels: list[float]) -> None:
    customers = _customers()
    req = _plan_of(customers, question)
    assert (req["kind"], req["y"], req["value"]) == ("percentile", column, levels)
    text = _answer(customers, question)
    for p in levels:
        shown = f"{customers[column].quantile(p / 100):.4g}"
        assert f"**{shown}**" in text or f"**{float(shown):,.1f}**" in text


@pytest.mark.parametrize(
    ("question", "extras"),
    [
        ("give me the min, median and 95th percentile of monthly charges", {"min"}),
        ("the 95th percentile, mean and max of monthly charges", {"mean", "max"}),
    ],
)
def test_min_mean_and_max_listed_beside_percentiles_are_computed_too(question: str, extras: set[str]) -> None:
    customers = _customers()
    req = _plan_of(customers, question)
    assert req["kind"] == "percentile" and 95.0 in (req["value"] if isinstance(req["value"], list) else [req["value"]])
    assert set(req["op"].split(",")) == extras
    text = _answer(customers, question)
    for name in extras:
        value = getattr(customers["MonthlyCharges"], name)()
        assert f"**{value:.4g}**" in text


def test_min_as_a_unit_is_not_a_statistic_asked() -> None:
    calls = pd.DataFrame({"duration": np.arange(1.0, 61.0), "agent": ["A", "B"] * 30})
    req = _plan_of(calls, "95th percentile of duration in min")
    assert (req["kind"], req["value"], req.get("op")) == ("percentile", 95.0, None)
