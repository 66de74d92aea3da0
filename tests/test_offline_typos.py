"""Kernel-free checks of misspelt column words and of several percentiles asked at once.

A word of five or more letters that is no word the reader knows and names no column, one slip from a column's name
("shcool", "salery", "temprature"), reads that column below every reading of a word as written; two columns
equally close make the reader ask. "The 25th and 75th percentile", "quartiles of ..." compute each in one cell.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from test_offline_reading import _plan_of, _profile, _reply

from notebook_agent.agent.offline import OfflineAnalyst, OfflinePlan
from notebook_agent.agent.offline.catalog import Catalog
from notebook_agent.agent.offline.code import RESULT_MIME
from notebook_agent.agent.offline.columns import ambiguous, find_mentions
from notebook_agent.agent.offline.readings import edit_distance


def _schools(n: int = 80) -> pd.DataFrame:
    rng = np.random.default_rng(21)
    return pd.DataFrame(
        {
            "school": rng.choice(["Northfield", "Riverside", "Hillcrest"], n),
            "maths score": rng.integers(30, 100, n),
            "English": rng.integers(30, 100, n),
            "salary": rng.integers(20_000, 90_000, n),
            "department": rng.choice(["Science", "Arts", "Admin"], n),
            "temperature": rng.uniform(0, 30, n).round(1),
            "stage": rng.choice(["I", "II", "III"], n),
            "state": rng.choice(["NY", "CA"], n),
            "race": rng.choice(["A", "B"], n),
            "rate": rng.uniform(0, 1, n).round(2),
            "meal": rng.choice(["veg", "meat"], n),
        }
    )


def _mentioned(df: pd.DataFrame, question: str) -> list[tuple[str, str]]:
    catalog = Catalog.from_profiles([_profile(df)])
    return [(question[m.start : m.end], m.column.name) for m in find_mentions(question, catalog, "df")]


def test_edit_distance_counts_one_slip_each() -> None:
    assert edit_distance("shcool", "school", 2) == 1  # two letters swapped
    assert edit_distance("departmnet", "department", 2) == 1
    assert edit_distance("temprature", "temperature", 2) == 1  # one dropped
    assert edit_distance("salery", "salary", 2) == 1  # one changed
    assert edit_distance("salaryy", "salary", 2) == 1  # one added
    assert edit_distance("tempratre", "temperature", 2) == 2
    assert edit_distance("wind", "temperature", 2) == 3  # anything beyond the limit is the limit plus one


def test_misspelt_column_words_read_their_column() -> None:
    schools = _schools()
    by_school = _plan_of(schools, "avg maths score by shcool?")
    assert (by_school["x"], by_school["y"], by_school["agg"]) == ("school", "maths score", "mean")
    salary = _plan_of(schools, "whats the avrage salery by departmnet")
    assert (salary["x"], salary["y"]) == ("department", "salary")
    hist = _plan_of(schools, "histogram of temprature")
    assert (hist["chart"], hist["y"]) == ("hist", "temperature")


def test_two_slips_only_in_long_words() -> None:
    schools = _schools()
    assert ("tempratre", "temperature") in _mentioned(schools, "histogram of tempratre")  # nine letters: two slips
    assert not any(column == "school" for _, column in _mentioned(schools, "average salary per shcoll"))


def test_a_misspelling_never_beats_a_word_as_written() -> None:
    pay = pd.DataFrame(
        {
            "salary": np.arange(40.0),
            "salary band": ["low", "mid", "high", "top"] * 10,
            "city": ["Leeds", "York"] * 20,
        }
    )
    assert _mentioned(pay, "average salery by salary band") == [("salery", "salary"), ("salary band", "salary band")]
    # the column a word names as written is not read again by a misspelling of it
    assert _mentioned(pay, "salary and salery") == [("salary", "salary")]


def test_two_columns_equally_close_make_the_reader_ask() -> None:
    prizes = pd.DataFrame(
        {"price": np.arange(20.0), "prize": np.arange(20.0) * 2, "store": ["A", "B"] * 10},
    )
    catalog = Catalog.from_profiles([_profile(prizes)])
    assert [(w, [c.name for c in cs]) for w, cs in ambiguous("average prixe by store", catalog, "df")] == [
        ("prixe", ["price", "prize"])
    ]
    reply = _reply(prizes, "average prixe by store")
    assert 'Which column do you mean by "prixe": price or prize?' in reply.text


def test_near_namesakes_keep_their_own_reading() -> None:
    schools = _schools()
    assert _plan_of(schools, "average salary by stage")["x"] == "stage"
    assert _plan_of(schools, "average salary by state")["x"] == "state"
    rate = _plan_of(schools, "mean rate by race")
    assert (rate["x"], rate["y"]) == ("race", "rate")
    meal = _plan_of(schools, "what is the mean salary per meal")
    assert (meal["x"], meal["y"]) == ("meal", "salary")


def test_known_words_are_never_read_as_misspellings() -> None:
    stages = pd.DataFrame(
        {"stage": ["I", "II", "III", "IV"] * 10, "modal": ["bus", "rail"] * 20, "cost": np.arange(40.0)}
    )
    # "state" is a word for a region, "model" a request word: neither is a slip of stage or modal
    assert not any(c == "stage" for _, c in _mentioned(stages, "average cost per state"))
    assert not any(c == "modal" for _, c in _mentioned(stages, "fit a linear model of cost"))
    # nor are real words a slip away from a short or a record code's name ("flights", "employer")
    flights = pd.DataFrame({"light": np.arange(10.0), "EmployeeID": [f"E{i}" for i in range(10)], "x": 1.0})
    assert _mentioned(flights, "how many flights per employer") == []


def test_a_value_is_not_a_misspelling() -> None:
    fruit = pd.DataFrame({"fruit": ["Grape", "Apple", "Pear"] * 10, "grade": np.arange(30.0) % 5})
    # "grape" is one slip from grade, but it is a fruit: the values say so
    assert ("grape", "grade") not in _mentioned(fruit, "average grade for grape")
    assert _mentioned(fruit, "how many grape rows") == []


# --- several percentiles -------------------------------------------------------------------------------------------


def _answer(df: pd.DataFrame, question: str) -> str:
    """The answer to a question whose plan is run here, in this process (the cell only needs pandas)."""
    profile = _profile(df)
    plan = OfflineAnalyst().respond(question, [profile], {})
    assert isinstance(plan, OfflinePlan), getattr(plan, "text", plan)
    shown: list[dict] = []
    exec(plan.code, {"df": df, "display": lambda bundle, raw=False: shown.append(bundle)})
    reply = OfflineAnalyst().summarize(question, plan, shown[-1][RESULT_MIME], None, [profile], 1)
    while isinstance(reply, OfflinePlan):  # two questions in one message: the next part's plan
        exec(reply.code, {"df": df, "display": lambda bundle, raw=False: shown.append(bundle)})
        reply = OfflineAnalyst().summarize(question, reply, shown[-1][RESULT_MIME], None, [profile], 2)
    return reply.text


def _waits(n: int = 120) -> pd.DataFrame:
    rng = np.random.default_rng(5)
    return pd.DataFrame(
        {
            "clinic": rng.choice(["North", "South", "East"], n),
            "wait_time": rng.gamma(2.0, 15.0, n).round(1),
            "price": rng.uniform(5, 50, n).round(2),
            "claim amount": rng.uniform(100, 5000, n).round(2),
        }
    )


def test_several_percentiles_are_read_at_once() -> None:
    schools = _schools()
    both = _plan_of(schools, "whats the 25th and 75th percentile for english?")
    assert (both["kind"], both["y"], both["value"]) == ("percentile", "English", [25.0, 75.0])
    waits = _waits()
    three = _plan_of(waits, "give me the 10th, 50th and 90th percentiles of price")
    assert (three["kind"], three["y"], three["value"]) == ("percentile", "price", [10.0, 50.0, 90.0])
    quartiles = _plan_of(waits, "quartiles of wait time")
    assert (quartiles["kind"], quartiles["y"], quartiles["value"]) == ("percentile", "wait_time", [25.0, 50.0, 75.0])
    assert _plan_of(waits, "lower and upper quartiles of price")["value"] == [25.0, 75.0]
    assert _plan_of(waits, "p10 and p90 of price")["value"] == [10.0, 90.0]
    per_clinic = _plan_of(waits, "quartiles of wait time by clinic")
    assert (per_clinic["value"], per_clinic["group"]) == ([25.0, 50.0, 75.0], "clinic")


def test_one_percentile_is_read_as_before() -> None:
    waits = _waits()
    one = _plan_of(waits, "90th percentile of claim amount")
    assert (one["kind"], one["y"], one["value"]) == ("percentile", "claim amount", 90.0)
    assert _plan_of(waits, "upper quartile of price")["value"] == 75.0
    text = _answer(waits, "90th percentile of claim amount")
    assert text.splitlines()[0] == "The 90th percentile of claim amount, 120 rows with a value."
    assert f"**{waits['claim amount'].quantile(0.9):,.1f}**" in text


def test_each_percentile_is_stated_in_the_answer() -> None:
    schools = _schools()
    text = _answer(schools, "whats the 25th and 75th percentile for english?")
    assert text.splitlines()[0] == "The 25th and 75th percentiles of English, 80 rows with a value."
    for p in (0.25, 0.75):
        assert f"**{schools['English'].quantile(p):g}**" in text
    waits = _waits()
    text = _answer(waits, "quartiles of wait time by clinic")
    assert text.splitlines()[0] == "The 25th, 50th and 75th percentiles of wait_time per clinic, 120 rows with a value."
    north = waits.loc[waits["clinic"] == "North", "wait_time"].quantile([0.25, 0.5, 0.75])
    assert "- North: " + ", ".join(f"{v:.4g}" for v in north) in text


def test_request_words_typed_with_a_slip_are_read_as_meant() -> None:
    rng = np.random.default_rng(31)
    n = 80
    bills = pd.DataFrame(
        {
            "total_bill": rng.uniform(3, 50, n).round(2),
            "tip": rng.uniform(1, 10, n).round(2),
            "day": rng.choice(["Thur", "Fri", "Sat"], n),
            "smoker": rng.choice(["Yes", "No"], n),
        }
    )
    avg = _plan_of(bills, "whats the avrage tip by day")
    assert (avg["intent"], avg["y"], avg["x"], avg["agg"]) == ("groupby", "tip", "day", "mean")
    corr = _plan_of(bills, "is tip corelated with total bill")
    assert corr["intent"] == "correlation"
    hist = _plan_of(bills, "histgram of total bill")
    assert (hist["chart"], hist["y"]) == ("hist", "total_bill")
    med = _plan_of(bills, "medain tip by smoker")
    assert med["agg"] == "median"
