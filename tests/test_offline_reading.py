"""Fast, kernel-free checks of how the offline analyst reads questions and matches column names.

Profiles are made in this process by the same profile code the kernel runs; the reader (`find_mentions`,
`ambiguous`, the kinds table and `OfflineAnalyst.respond`) is pure, so these run in seconds.
"""

from __future__ import annotations

import contextlib
import io

import numpy as np
import pandas as pd
import pytest

from notebook_agent.agent.offline import OfflineAnalyst, OfflineAnswer, OfflinePlan
from notebook_agent.agent.offline.columns import Catalog, abbreviates, ambiguous, find_mentions, root
from notebook_agent.data.profile import parse_profile, profile_code

# compiled once: the profile code is long, and compiling it for each of the thousands of frames profiled here cost
# more than running it on a small frame
_PROFILE_CODE = compile(profile_code("df"), "<profile>", "exec")


def _profile(df: pd.DataFrame) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(_PROFILE_CODE, {"df": df, "pd": pd, "np": np})
    return parse_profile(out.getvalue())


def _frames() -> dict[str, pd.DataFrame]:
    rng = np.random.default_rng(0)
    n = 40
    return {
        "cars": pd.DataFrame(
            {
                "model": [f"Car {i}" for i in range(n)],
                "mpg": rng.uniform(10, 35, n).round(1),
                "cyl": rng.choice([4, 6, 8], n),
                "hp": rng.integers(50, 300, n),
                "wt": rng.uniform(1.5, 5.5, n).round(2),
                "yr": rng.choice([1970, 1975, 1980], n),
                "carb": rng.integers(1, 8, n),
            }
        ),
        "flowers": pd.DataFrame(
            {
                "sepal_length": rng.uniform(4, 8, n),
                "sepal_width": rng.uniform(2, 4.5, n),
                "petal_length": rng.uniform(1, 7, n),
                "petal_width": rng.uniform(0.1, 2.5, n),
                "species": rng.choice(["setosa", "versicolor", "virginica"], n),
            }
        ),
        "teeth": pd.DataFrame(
            {
                "len": rng.uniform(4, 34, n).round(1),
                "supp": rng.choice(["OJ", "VC"], n),
                "dose": rng.choice([0.5, 1.0, 2.0], n),
            }
        ),
        "ships": pd.DataFrame(
            {
                "Class": ["1st", "2nd", "3rd", "Crew"] * 4,
                "Sex": (["Male"] * 4 + ["Female"] * 4) * 2,
                "Survived": ["No"] * 8 + ["Yes"] * 8,
                "Freq": rng.integers(1, 500, 16),
            }
        ),
        "sales": pd.DataFrame(
            {
                "units": rng.integers(1, 9, n),
                "unit_price": rng.uniform(1, 9, n),
                "city": rng.choice(["Paris", "Rome"], n),
                "quantity_note": ["x"] * n,
            }
        ),
    }


@pytest.fixture(scope="module")
def profiles() -> dict[str, dict]:
    return {name: _profile(df) for name, df in _frames().items()}


def _names(question: str, profile: dict) -> list[str]:
    return [m.column.name for m in find_mentions(question, Catalog.from_profiles([profile]), "df")]


@pytest.mark.parametrize(
    ("name", "question", "expected"),
    [
        ("cars", "average horse power per year", ["hp", "yr"]),  # initials, abbreviation
        ("cars", "how many cars have 8 cylinders?", ["cyl"]),  # plural of an abbreviation; "car" is not carb
        ("cars", "which car is the heaviest?", ["wt"]),  # synonym of a word the name abbreviates
        ("cars", "plot mileage against weight", ["mpg", "wt"]),
        ("flowers", "which species has the longest sepals?", ["species", "sepal_length"]),  # parts said apart
        ("flowers", "correlation between petal length and petal width", ["petal_length", "petal_width"]),
        ("ships", "survival rate by sex", ["Survived", "Sex"]),  # word roots
        ("teeth", "average length by dose", ["len", "dose"]),
        ("cars", "which car is the lightest?", ["wt"]),  # a superlative implies its column
    ],
)
def test_columns_named(profiles: dict, name: str, question: str, expected: list[str]) -> None:
    assert _names(question, profiles[name]) == expected


def test_word_roots_meet() -> None:
    assert root("survival") == root("survived") == root("survive")
    assert root("sale") != root("salary")


@pytest.mark.parametrize(
    ("name", "question", "candidates"),
    [
        ("flowers", "what is the average width?", {"sepal_width", "petal_width"}),
        ("flowers", "mean length per species", {"sepal_length", "petal_length"}),
    ],
)
def test_ambiguous_words_ask(profiles: dict, name: str, question: str, candidates: set[str]) -> None:
    found = ambiguous(question, Catalog.from_profiles([profiles[name]]), "df")
    assert found and {c.name for c in found[0][1]} == candidates
    reply = OfflineAnalyst().respond(question, [profiles[name]], {})
    assert isinstance(reply, OfflineAnswer) and "?" in reply.text
    assert all(c in reply.text.replace("\\_", "_") for c in candidates)


def test_not_ambiguous_when_one_name_is_whole(profiles: dict) -> None:
    """ "quantity" names units wholly (a synonym) and unit_price only in part: no question."""
    assert ambiguous("average quantity per city", Catalog.from_profiles([profiles["sales"]]), "df") == []


def _request(profile: dict, *questions: str) -> dict:
    memory: dict = {}
    reply = None
    for q in questions:
        reply = OfflineAnalyst().respond(q, [profile], memory)
        memory = reply.memory
    assert isinstance(reply, OfflinePlan), getattr(reply, "text", reply)
    return memory.get("kind_now") or memory["last"]


def test_decimal_group_and_follow_up(profiles: dict) -> None:
    first = _request(profiles["teeth"], "which dose gives the highest average length?")
    assert (first["kind"], first["group"], first["y"], first["order"]) == ("best_group", "dose", "len", "max")
    again = _request(profiles["teeth"], "which dose gives the highest average length?", "the lowest as well")
    assert (again["group"], again["order"]) == ("dose", "min")


def test_row_label_answers_which_car(profiles: dict) -> None:
    req = _request(profiles["cars"], "which model has the most horse power?")
    assert (req["group"], req["y"]) == ("model", "hp")
    req = _request(profiles["cars"], "which car has the best mpg?")
    assert (req["group"], req["y"]) == ("model", "mpg")


def test_rate_of_a_yes_no_column_with_weights(profiles: dict) -> None:
    req = _request(profiles["ships"], "survival rate by sex")
    assert (req["kind"], req["group"], req["column"], req["value"], req["weight"]) == (
        "counts",
        "Sex",
        "Survived",
        "Yes",
        "Freq",
    )


def test_two_way_table_and_lines_per_group(profiles: dict) -> None:
    req = _request(profiles["cars"], "cross-tabulate cyl and carb")
    assert (req["kind"], req["group"], req["group2"]) == ("crosstab", "cyl", "carb")
    req = _request(profiles["cars"], "mpg over the years for each cyl")
    assert (req["kind"], req["y"], req["group"], req["column"]) == ("group_lines", "mpg", "cyl", "yr")


def test_equal_value_count(profiles: dict) -> None:
    req = _request(profiles["cars"], "how many cars have 8 cylinders?")
    assert (req["kind"], req["column"], req["op"], req["value"]) == ("filtered", "cyl", "==", 8)


def test_never_an_unnamed_column(profiles: dict) -> None:
    """A word that names no column gets no column: the reply names only what the question named."""
    reply = OfflineAnalyst().respond("average zorblax by city", [profiles["sales"]], {})
    if isinstance(reply, OfflinePlan):
        req = reply.memory.get("kind_now") or reply.memory["last"]
        assert req.get("y") in (None, "units", "unit_price") and "zorblax" not in str(req)
        assert req.get("y") is None, req
    else:
        assert "zorblax" in reply.text or "?" in reply.text


@pytest.fixture(scope="module")
def observed() -> dict[str, dict]:
    """Observations (labels repeat, so a column named count is a measure, not a weight), and two measures."""
    rng = np.random.default_rng(1)
    return {
        "sprays": _profile(pd.DataFrame({"count": rng.integers(0, 25, 72), "spray": list("ABCDEF") * 12})),
        "looms": _profile(
            pd.DataFrame({"breaks": rng.integers(10, 70, 54), "wool": list("AB") * 27, "tension": ["L", "M", "H"] * 18})
        ),
        "people": _profile(pd.DataFrame({"height": np.arange(58, 73), "weight": np.arange(115, 160, 3)})),
    }


def test_count_column_of_observations_is_a_measure(observed: dict) -> None:
    req = _request(observed["sprays"], "which spray has the most insects?")
    assert (req["kind"], req["group"], req["y"], req["order"]) == ("best_group", "spray", "count", "max")
    req = _request(observed["sprays"], "what share of the counts are zero?")
    assert (req["kind"], req["column"], req["op"], req["value"], req["share"]) == ("filtered", "count", "==", 0, True)


def test_group_named_alone_compares_the_one_measure(observed: dict) -> None:
    req = _request(observed["looms"], "is there a difference between the wools?")
    assert (req["kind"], req["y"], req["group"]) == ("compare", "breaks", "wool")
    req = _request(observed["looms"], "mean breaks for each wool and tension")
    assert (req["kind"], req["y"], req["group"], req["group2"], req["agg"]) == (
        "two_way",
        "breaks",
        "wool",
        "tension",
        "mean",
    )


def test_change_with_and_superlative_synonym(observed: dict) -> None:
    req = _request(observed["people"], "how does weight change with height?")
    assert (req["intent"], req["y"], req["x"]) == ("chart", "weight", "height")
    req = _request(observed["people"], "how heavy is the heaviest woman?")
    assert (req["intent"], req["y"], req["order"]) == ("extreme", "weight", "max")


def test_superlative_implies_age_and_extreme() -> None:
    """ "the youngest patient" means the lowest age; "the longest survival" the highest of the column named."""
    df = pd.DataFrame({"survival": [5.0, 1775.0, 228.0], "censors": [1, 0, 1], "age": [54.2, 33.3, 19.7]})
    profile = _profile(df)
    assert _names("who is the youngest patient?", profile) == ["age"]
    assert _names("what is the longest survival?", profile) == ["survival"]


def test_average_across_identifier_labels_is_overall() -> None:
    """One row per label: "across the regions" averages over all rows, it does not group by the label."""
    df = pd.DataFrame({"Region": [f"R{i}" for i in range(12)], "Rate": np.arange(12.0), "Pop": np.arange(12) * 3})
    req = _request(_profile(df), "average rate across the regions")
    assert (req["intent"], req["y"], req["x"], req["agg"]) == ("stat", "Rate", None, "mean")


def _trial() -> pd.DataFrame:
    """Two treatments given to the same ten subjects: a numeric group code and a subject ID repeat."""
    rng = np.random.default_rng(3)
    return pd.DataFrame(
        {"gain": rng.normal(1, 2, 20).round(1), "arm": [1] * 10 + [2] * 10, "ID": list(range(1, 11)) * 2}
    )


def test_differ_questions_compare_groups() -> None:
    profile = _profile(_trial())
    for q in ("did the two treatments differ in gain?", "is the difference between the arms significant?"):
        req = _request(profile, q)
        assert (req["kind"], req["y"], req["group"]) == ("compare", "gain", "arm"), q


def test_how_many_subjects_counts_distinct_ids() -> None:
    req = _request(_profile(_trial()), "how many subjects are there?")
    assert (req["kind"], req["column"]) == ("distinct", "ID")
    once = _trial().drop_duplicates("ID")  # one row per subject: no distinct count, the rows are the subjects
    memory: dict = {}
    reply = OfflineAnalyst().respond("how many subjects are there?", [_profile(once)], memory)
    assert not (isinstance(reply, OfflinePlan) and (reply.memory.get("kind_now") or {}).get("kind") == "distinct")


def test_superlative_with_its_own_noun_is_one_extreme() -> None:
    """ "the largest increase" after a grouping is one maximum of the measure, not one per group."""
    profile = _profile(_trial())
    req = _request(profile, "average gain per arm", "what was the largest increase in gain?")
    assert (req["intent"], req["y"], req["x"], req["order"]) == ("extreme", "gain", None, "max")
    req = _request(profile, "what was the largest improvement?")  # no column named: the frame's one measure
    assert (req["intent"], req["y"], req["x"]) == ("extreme", "gain", None)
    req = _request(profile, "what was the largest gain for each arm?")
    assert (req["y"], req["x"]) == ("gain", "arm")


@pytest.mark.parametrize(
    ("question", "op", "value"),
    [
        ("how many times was the gain below zero?", "<", 0),
        ("how many times was the gain negative?", "<", 0),
        ("how many positive gain values are there?", ">", 0),
        ("how many gains are at least two?", ">=", 2),
        ("how many gains were under five?", "<", 5),
    ],
)
def test_bounds_in_words_are_conditions(question: str, op: str, value: int) -> None:
    req = _request(_profile(_trial()), question)
    assert (req["kind"], req["column"], req["op"], req["value"]) == ("filtered", "gain", op, value)


def test_negative_correlation_is_no_condition() -> None:
    req = _request(_profile(_trial()), "is there a negative correlation between gain and arm?")
    assert req["intent"] == "correlation" and req["filters"] == []


def _chambers() -> pd.DataFrame:
    rng = np.random.default_rng(5)
    return pd.DataFrame(
        {
            "Pot": [f"P{i % 6}" for i in range(36)],
            "Light": ["shaded", "sunny"] * 18,
            "dose": [10, 20, 40] * 12,
            "growth": rng.normal(10, 2, 36).round(1),
        }
    )


def test_compare_named_values_groups_by_their_column() -> None:
    """ "shaded and sunny pots": the values name Light; "pots" resembling Pot does not make it the grouping."""
    profile = _profile(_chambers())
    req = _request(profile, "compare growth of shaded and sunny pots")
    assert (req["kind"], req["y"], req["group"]) == ("compare", "growth", "Light")
    req = _request(profile, "average growth by dose", "compare shaded and sunny pots")
    assert (req["intent"], req["y"], req["x"]) == ("groupby", "growth", "Light")


def test_word_ending_a_one_word_name() -> None:
    """ "poverty" names PERPOVERTY (its end), below a column the word names wholly."""
    df = pd.DataFrame({"PERPOVERTY": [1.0, 2.0], "INCOME": [3.0, 4.0], "STATE": ["a", "b"]})
    assert _names("average poverty rate", _profile(df)) == ["PERPOVERTY"]
    both = pd.DataFrame({"PERPOVERTY": [1.0, 2.0], "poverty": [3.0, 4.0]})
    assert _names("average poverty", _profile(both)) == ["poverty"]
    assert _names("average pov", _profile(df)) == []  # too short a word to match the end of a name


def test_zero_one_indicator_reads_as_yes_no() -> None:
    df = pd.DataFrame(
        {"ARRESTS": [5.0, 1.0, 0.0, 7.0, 2.0, 3.0], "COASTAL": [1.0, 0.0, 0.0, 1.0, 0.0, 1.0], "TAX": np.arange(6.0)}
    )
    profile = _profile(df)
    req = _request(profile, "do coastal towns have more arrests?")
    assert (req["intent"], req["x"], req["y"], req["agg"]) == ("groupby", "COASTAL", "ARRESTS", "mean")
    req = _request(profile, "how many towns are coastal?")
    assert (req["intent"], req["y"], req["agg"]) == ("stat", "COASTAL", "sum")
    assert _request(profile, "scatter plot of arrests against coastal")["intent"] == "chart"


def test_words_said_apart_of_a_one_word_name_and_no_initials_from_asking_words() -> None:
    """ "copper price" names COPPERPRICE; "average council tax" does not spell ACT; "longest" implies a duration."""
    df = pd.DataFrame(
        {
            "COPPERPRICE": [1.0, 2.0, 3.0],
            "ALUMPRICE": [2.0, 1.0, 3.0],
            "TIME": [1, 2, 3],
            "ACT": [5.0, 6.0, 7.0],
            "COUTAX": [9.0, 8.0, 7.0],
            "duration": [3, 9, 27],
        }
    )
    profile = _profile(df)
    assert _names("plot copper price over time", profile)[0] == "COPPERPRICE"
    assert "ALUMPRICE" not in _names("plot copper price over time", profile)
    assert "ACT" not in _names("average council tax", profile)
    assert _names("what is the longest strike?", profile) == ["duration"]


def test_everyday_words_for_size_and_flow() -> None:
    df = pd.DataFrame({"total_bill": [10.0, 20.0, 30.0], "size": [2, 4, 6], "volume": [1.0, 2.0, 3.0]})
    profile = _profile(df)
    assert _names("how many tables had more than 4 people?", profile) == ["size"]
    assert _names("what was the average flow of the river?", profile) == ["volume"]


def test_every_kind_cell_imports_what_its_result_line_needs() -> None:
    """A kind's cell runs on its own in a fresh namespace (two_way's cell once relied on an earlier import)."""
    from notebook_agent.agent.offline.code import RESULT_MIME
    from notebook_agent.agent.offline.kinds.base import finish

    shown: list[dict] = []
    cell = finish(["# a two-way table", "result = {'rows': 3}"], "note")
    exec(cell, {"pd": pd, "display": lambda bundle, raw=False: shown.append(bundle)})
    assert shown and shown[0][RESULT_MIME] == {"rows": 3}


def _plan_of(df: pd.DataFrame, *questions: str) -> dict:
    """The request the last question makes, after the ones before it (a conversation)."""
    profile, memory = _profile(df), {}
    for q in questions:
        reply = OfflineAnalyst().respond(q, [profile], memory)
        memory = reply.memory
    assert isinstance(reply, OfflinePlan), getattr(reply, "text", reply)
    return reply.memory.get("kind_now") or reply.memory["last"]


def _people() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    n = 60
    return pd.DataFrame(
        {
            "EmployeeID": [f"E{i}" for i in range(n)],
            "HireDate": pd.date_range("2015-01-01", periods=n, freq="45D").strftime("%Y-%m-%d"),
            "YearsAtCompany": rng.integers(0, 10, n),
            "Remote": rng.choice(["Yes", "No"], n),
            "Annual Salary (USD)": rng.integers(40_000, 120_000, n),
            "Attrition": rng.choice(["Yes", "No"], n),
        }
    )


def _orders() -> pd.DataFrame:
    rng = np.random.default_rng(4)
    n = 80
    return pd.DataFrame(
        {
            "order_date": pd.date_range("2023-01-01", periods=n, freq="4D").strftime("%Y-%m-%d"),
            "customer": rng.choice(["Acme", "Bolt", "Cobalt", "Delta"], n),
            "category": rng.choice(["Tools", "Paper"], n),
            "qty": rng.integers(1, 20, n),
            "unit price": rng.uniform(1, 90, n).round(2),
            "amt": rng.uniform(10, 900, n).round(2),
        }
    )


@pytest.mark.parametrize(
    ("frame", "questions", "expected"),
    [
        # a synonym of a whole name beats a modifier of a longer one; a sell verb sums what adds up
        (_orders, ["which category sells the most units?"], {"y": "qty", "group": "category", "agg": "sum"}),
        (_orders, ["how many units were sold per customer"], {"x": "customer", "y": "qty", "agg": "sum"}),
        # abbreviations of quantities that add up (amt) are summed over groups and months
        (_orders, ["top 5 customers by amt"], {"x": "customer", "y": "amt", "agg": "sum"}),
        (_orders, ["monthly trend of amt"], {"x": "order_date", "y": "amt", "period": "M"}),
        # synonyms of a verb: earn → salary, left → attrition; "do X earn more" compares groups
        (_people, ["Do remote workers earn more?"], {"kind": "compare", "y": "Annual Salary (USD)", "group": "Remote"}),
        (_people, ["what share of employees left?"], {"kind": "filtered", "column": "Attrition", "value": "Yes"}),
        # a calendar period of a date column the question names by a verb, not a duration column
        (_people, ["how many people were hired each year?"], {"x": "HireDate", "period": "Y", "agg": "count"}),
    ],
)
def test_reading_verbs_periods_and_quantities(frame, questions: list[str], expected: dict) -> None:
    request = _plan_of(frame(), *questions)
    assert {k: request.get(k) for k in expected} == expected, request


def test_count_table_shares_and_value_counts() -> None:
    table = pd.DataFrame(
        {
            "Admit": ["Admitted", "Rejected"] * 4,
            "Gender": ["Male", "Male", "Female", "Female"] * 2,
            "Dept": ["A"] * 4 + ["B"] * 4,
            "Freq": [512, 313, 89, 19, 353, 207, 17, 8],
        }
    )
    by_dept = _plan_of(table, "which department admits the highest share of its applicants?")
    assert (by_dept["column"], by_dept["value"], by_dept["group"], by_dept["agg"]) == (
        "Admit",
        "Admitted",
        "Dept",
        "share",
    )
    among = _plan_of(table, "What share of female applicants got in?")
    assert among["where"] == [["Gender", "Female"]] and among["column"] == "Admit"
    tumours = pd.DataFrame({"diagnosis": ["malignant", "benign", "benign"] * 5, "radius": np.arange(15.0)})
    counts = _plan_of(tumours, "how many tumours are malignant vs benign?")
    assert counts["kind"] == "value_counts" and counts["column"] == "diagnosis"


def test_unknown_words_are_not_read_as_the_last_column() -> None:
    crime = pd.DataFrame({"state": list("ABCDEFGH"), "violent": np.arange(8.0), "murder": np.arange(8.0) / 2})
    profile = _profile(crime)
    memory = OfflineAnalyst().respond("is violent related to murder", [profile], {}).memory
    reply = OfflineAnalyst().respond("what's the average crime rate?", [profile], memory)
    # asks which column, or says there is none; never reuses murder
    assert isinstance(reply, OfflineAnswer) and ("?" in reply.text or 'no column called "crime rate"' in reply.text)


def test_one_letter_values_after_their_column() -> None:
    sprays = pd.DataFrame({"count": np.arange(24), "spray": list("ABCDEF") * 4})
    request = _plan_of(sprays, "how many observations for spray C?")
    assert request["filters"] == [{"column": "spray", "op": "==", "value": "C", "part": None}]


def _reply(df: pd.DataFrame, *questions: str) -> OfflinePlan | OfflineAnswer:
    """The reply to the last question, after the ones before it (a conversation)."""
    profile, memory = _profile(df), {}
    for q in questions:
        reply = OfflineAnalyst().respond(q, [profile], memory)
        memory = reply.memory
    return reply


def test_short_forms_drop_vowels_and_never_read_another_word() -> None:
    assert abbreviates("qty", "quantity") and abbreviates("dept", "department") and abbreviates("wt", "weight")
    assert not abbreviates("cost", "cholesterol") and not abbreviates("price", "province")
    assert not abbreviates("pop", "people")


def test_a_measure_the_data_lacks_is_said_plainly_not_replaced() -> None:
    rng = np.random.default_rng(11)
    visits = pd.DataFrame(
        {
            "site": rng.choice(["North", "South"], 30),
            "charge_usd": rng.uniform(20, 400, 30).round(2),
            "weight_kg": rng.uniform(50, 110, 30).round(1),
        }
    )
    reply = _reply(visits, "average cholesterol by site")
    assert isinstance(reply, OfflineAnswer) and 'no column called "cholesterol"' in reply.text
    assert "charge_usd" not in reply.text.split(".")[0]


def test_initials_after_a_qualifying_letter_are_asked_about() -> None:
    rng = np.random.default_rng(12)
    hearts = pd.DataFrame(
        {"rhr": rng.integers(50, 90, 30), "mhr": rng.integers(150, 200, 30), "bmi": rng.uniform(18, 35, 30)}
    )
    reply = _reply(hearts, "what is the average heart rate?")
    assert isinstance(reply, OfflineAnswer) and "rhr" in reply.text and "mhr" in reply.text and "?" in reply.text
    assert _plan_of(hearts, "mean resting heart rate")["y"] == "rhr"


def test_a_record_code_named_by_its_subject_word_is_not_a_column_asked_for() -> None:
    rng = np.random.default_rng(13)
    parcels = pd.DataFrame(
        {
            "parcel_id": [f"P{i:03d}" for i in range(50)],
            "mass_kg": rng.uniform(0.2, 20, 50).round(2),
            "postage": rng.uniform(2, 40, 50).round(2),
        }
    )
    hist = _plan_of(parcels, "plot the distribution of parcel mass")
    assert (hist["chart"], hist["y"], hist["x"]) == ("hist", "mass_kg", None)
    corr = _plan_of(parcels, "is parcel mass related to postage?")
    assert (corr["intent"], {corr["x"], corr["y"]}) == ("correlation", {"mass_kg", "postage"})


def test_two_comparatives_over_two_measures_ask_for_a_correlation() -> None:
    rng = np.random.default_rng(14)
    runners = pd.DataFrame(
        {
            "Runner": [f"R{i}" for i in range(40)],
            "Training Hours per Month": rng.uniform(5, 60, 40).round(1),
            "Race Time": rng.uniform(30, 70, 40).round(1),
        }
    )
    request = _plan_of(runners, "do runners who put in more training hours get faster race times?")
    assert request["intent"] == "correlation"
    assert {request["x"], request["y"]} == {"Training Hours per Month", "Race Time"}


def test_names_run_together_are_read_by_their_pieces() -> None:
    rng = np.random.default_rng(15)
    homes = pd.DataFrame(
        {
            "MEANSPEND": rng.uniform(50, 900, 60).round(1),
            "OWNLEASE": rng.integers(0, 2, 60),
            "YEARS": rng.integers(18, 80, 60),
        }
    )
    request = _plan_of(homes, "does spending differ between owners and leasers?")
    assert (request["kind"], request["y"], request["group"]) == ("compare", "MEANSPEND", "OWNLEASE")


def test_follow_ups_keep_the_last_grouping_and_flip_its_order() -> None:
    rng = np.random.default_rng(16)
    wards = pd.DataFrame(
        {
            "ward": rng.choice(["East", "West", "Annex"], 60),
            "treated": rng.choice(["yes", "no"], 60),
            "pulse": rng.integers(55, 110, 60),
            "glucose": rng.uniform(70, 180, 60).round(1),
        }
    )
    again = _plan_of(wards, "do treated patients have a higher pulse than the others?", "and glucose?")
    assert (again["kind"], again["y"], again["group"]) == ("compare", "glucose", "treated")
    regroup = _plan_of(wards, "do treated patients have a higher pulse than the others?", "and by ward?")
    assert (regroup["y"], regroup["group"]) == ("pulse", "ward")
    fewest = _plan_of(wards, "which ward do most patients come from?", "and the fewest?")
    assert (fewest["x"], fewest["order"], fewest["agg"]) == ("ward", "min", "count")


def test_shares_of_a_total_sum_the_quantity_not_rows() -> None:
    rng = np.random.default_rng(17)
    shops = pd.DataFrame(
        {
            "city": rng.choice(["Lyon", "Nice", "Paris"], 50),
            "sold_qty": rng.integers(1, 40, 50),
            "turnover": rng.uniform(10, 800, 50).round(2),
        }
    )
    part = _plan_of(shops, "what share of turnover comes from Nice?")
    assert (part["kind"], part["y"], part["column"], part["value"]) == ("shares", "turnover", "city", "Nice")
    each = _plan_of(shops, "share of turnover by city")
    assert (each["kind"], each["y"], each["group"]) == ("shares", "turnover", "city")
    rows = _plan_of(shops, "what share of the shops are in Lyon?")
    assert (rows["kind"], rows["column"], rows["value"]) == ("filtered", "city", "Lyon")


def test_count_table_shares_of_a_named_value_and_between_sexes() -> None:
    pets = pd.DataFrame(
        {
            "Pet": ["Cat", "Dog", "Fish"] * 2,
            "Gender": ["F"] * 3 + ["M"] * 3,
            "Count": [40, 35, 10, 25, 50, 12],
        }
    )
    overall = _plan_of(pets, "what share of owners have a dog?")
    assert (overall["column"], overall["value"], overall["agg"], overall.get("group")) == ("Pet", "Dog", "share", None)
    between = _plan_of(pets, "are dogs more popular with women than with men?")
    assert (between["column"], between["value"], between["group"]) == ("Pet", "Dog", "Gender")


def test_a_value_of_two_columns_belongs_to_the_one_named_beside_it() -> None:
    looks = pd.DataFrame(
        {
            "Coat": ["Black", "Grey", "Black", "Grey"] * 2,
            "Paw": ["Grey", "Black", "Black", "Grey"] * 2,
            "Gender": ["female"] * 4 + ["male"] * 4,
            "n": [5, 7, 2, 9, 4, 6, 3, 8],
        }
    )
    request = _plan_of(looks, "are grey paws more common in males than in females?")
    assert (request["column"], request["value"], request["group"]) == ("Paw", "Grey", "Gender")


def test_a_yes_no_flag_named_by_its_pieces_groups_a_comparison() -> None:
    rng = np.random.default_rng(18)
    homes = pd.DataFrame({"MEANSPEND": rng.uniform(50, 900, 60).round(1), "OWNLEASE": rng.integers(0, 2, 60)})
    request = _plan_of(homes, "do leasers spend more than owners?")
    assert (request["kind"], request["y"], request["group"]) == ("compare", "MEANSPEND", "OWNLEASE")


def _plant() -> pd.DataFrame:
    rng = np.random.default_rng(41)
    n = 240
    return pd.DataFrame(
        {
            "reading_time": pd.date_range("2023-05-01", periods=n, freq="h").strftime("%Y-%m-%d %H:%M"),
            "site": rng.choice(["Depot", "Yard", "Annex"], n),
            "mwh": rng.uniform(1, 9, n).round(2),
            "air_temp_c": rng.normal(12, 5, n).round(1),
        }
    )


def test_energy_words_name_a_column_named_by_its_unit_and_are_totalled() -> None:
    plant = _plant()
    monthly = _plan_of(plant, "how much energy did the depot draw per month?")
    assert (monthly["intent"], monthly["y"], monthly["agg"], monthly["period"]) == ("groupby", "mwh", "sum", "M")
    most = _plan_of(plant, "which site consumes the most energy?")  # the group with the largest total
    assert (most["kind"], most["group"], most["y"], most["agg"]) == ("best_group", "site", "mwh", "sum")


def test_go_up_with_and_when_colder_ask_for_a_correlation() -> None:
    plant = _plant()
    request = _plan_of(plant, "does energy use go up when it is warmer?")
    assert request["intent"] == "correlation" and {request["x"], request["y"]} == {"mwh", "air_temp_c"}


def test_amounts_written_short_are_plain_numbers() -> None:
    rng = np.random.default_rng(42)
    boats = pd.DataFrame({"model": [f"B{i}" for i in range(50)], "asking_price": rng.integers(50_000, 3_000_000, 50)})
    request = _plan_of(boats, "how many boats have an asking price above $1.5m?")
    assert (request["column"], request["op"], request["value"]) == ("asking_price", ">", 1_500_000)
    request = _plan_of(boats, "how many cost under 250k?")
    assert (request["column"], request["op"], request["value"]) == ("asking_price", "<", 250_000)


def _shelf() -> pd.DataFrame:
    rng = np.random.default_rng(43)
    n = 40
    return pd.DataFrame(
        {
            "sku": [f"P-{i:03d}" for i in range(n)],
            "product_title": [f"Widget {i}" for i in range(n)],
            "aisle": rng.choice(["A1", "B2", "C3"], n),
            "units_in_stock": rng.integers(0, 30, n),
            "unit_cost": rng.uniform(1, 80, n).round(2),
        }
    )


def test_out_of_stock_is_stock_equal_to_zero_and_unusual_reads_outliers() -> None:
    shelf = _shelf()
    none_left = _plan_of(shelf, "how many products are out of stock?")
    assert (none_left["column"], none_left["op"], none_left["value"]) == ("units_in_stock", "==", 0)
    odd = _plan_of(shelf, "any unusual unit costs?")
    assert (odd["kind"], odd["y"]) == ("outliers", "unit_cost")


def test_a_record_code_is_not_named_by_a_word_for_what_it_codes() -> None:
    shelf = _shelf()
    top = _plan_of(shelf, "top 3 most expensive products")
    assert (top["x"], top["y"]) == ("product_title", "unit_cost")
    assert top["agg"] == "mean"  # a cost per unit is averaged, never totalled


def test_initials_of_three_words_beat_one_of_the_words() -> None:
    rng = np.random.default_rng(44)
    ads = pd.DataFrame(
        {"Network": rng.choice(["X", "Y"], 30), "Views": rng.integers(100, 900, 30), "VTR": rng.uniform(0, 1, 30)}
    )
    request = _plan_of(ads, "what's the view through rate for each network?")
    assert (request["x"], request["y"]) == ("Network", "VTR")


def _shipments() -> pd.DataFrame:
    rng = np.random.default_rng(45)
    n = 80
    placed = pd.Timestamp("2024-02-01") + pd.to_timedelta(rng.integers(0, 60 * 24 * 30, n), unit="min")
    shipped = placed + pd.to_timedelta(rng.integers(60, 60 * 24 * 5, n), unit="min")
    return pd.DataFrame(
        {
            "order_ref": [f"O{i}" for i in range(n)],
            "placed_on": placed.strftime("%Y-%m-%d %H:%M"),
            "shipped_on": np.where(rng.random(n) < 0.1, None, shipped.strftime("%Y-%m-%d %H:%M")),
            "carrier": rng.choice(["Swift", "Parcelo"], n),
            "buyer_rating": rng.integers(1, 6, n),
        }
    )


def test_how_long_between_two_dates_and_rows_still_waiting() -> None:
    orders = _shipments()
    overall = _plan_of(orders, "how long does it take to ship an order?")
    assert (overall["kind"], overall["column"], overall["y"], overall["group"]) == (
        "missing",
        "placed_on",
        "shipped_on",
        None,
    )
    per = _plan_of(orders, "does Swift deliver faster?")
    assert (per["kind"], per["group"], per["order"]) == ("missing", "carrier", "min")
    waiting = _plan_of(orders, "how many orders have not been shipped yet?")
    assert (waiting["kind"], waiting["op"], waiting["column"]) == ("missing", "missing", "shipped_on")


def test_a_letter_before_a_short_form_names_the_column() -> None:
    orders = _shipments().rename(columns={"buyer_rating": "brtg"})
    request = _plan_of(orders, "do Swift and Parcelo buyers differ in rating?")
    assert (request["kind"], request["y"], request["group"]) == ("compare", "brtg", "carrier")


def test_hour_of_day_and_day_of_week_group_a_timestamp_by_its_cycle() -> None:
    plant = _plant()
    hour = _plan_of(plant, "at what time of day is energy use lowest?")
    assert (hour["x"], hour["y"], hour["period"], hour["agg"], hour["order"]) == (
        "reading_time",
        "mwh",
        "H",
        "mean",
        "min",
    )
    week = _plan_of(plant, "total mwh by day of the week")
    assert (week["period"], week["agg"]) == ("DOW", "sum")


def test_values_of_several_words_are_read_whole_and_as_past_verbs() -> None:
    poll = pd.DataFrame(
        {
            "Topic": ["Parks", "Parks", "Parks", "Roads", "Roads", "Roads"],
            "Answer": ["Fully support", "Support", "Oppose"] * 2,
            "Count": [30, 50, 20, 10, 45, 45],
        }
    )
    share = _plan_of(poll, "what share of answers were Fully support?")
    assert (share["column"], share["value"]) == ("Answer", "Fully support")
    both = _plan_of(poll, "how many people fully supported roads?")
    assert sorted(map(tuple, both["where"])) == [("Answer", "Fully support"), ("Topic", "Roads")]


def test_the_most_with_an_adjective_ranks_a_measure_not_rows() -> None:
    rng = np.random.default_rng(46)
    tin = pd.DataFrame({"PERIOD": range(1, 21), "TINPRICE": rng.uniform(5, 9, 20).round(2)})
    request = _plan_of(tin, "when was tin the most expensive?")
    assert (request["intent"], request["x"], request["y"], request["agg"]) == ("extreme", "PERIOD", "TINPRICE", "mean")


def _cabins() -> pd.DataFrame:
    rng = np.random.default_rng(47)
    n = 60
    return pd.DataFrame(
        {
            "cabin_code": [f"C{i}" for i in range(n)],
            "nightly_price": rng.integers(80, 400, n),
            "berths": rng.integers(2, 7, n),
            "floor_sqm": rng.integers(30, 120, n),
            "plot_size_ha": rng.uniform(0.1, 2, n).round(2),
            "lot": rng.choice(["North", "South"], n),
        }
    )


def test_two_numbers_before_a_column_compare_those_groups_and_a_lot_is_an_amount() -> None:
    request = _plan_of(_cabins(), "are 6 berth cabins a lot pricier than 4 berth ones?")
    assert (request["kind"], request["y"], request["group"]) == ("compare", "nightly_price", "berths")
    assert request["where"] == [["berths", 4], ["berths", 6]]


def test_a_vague_dimension_word_asks_and_a_missing_thing_is_said_plainly() -> None:
    profile = _profile(_cabins())
    reply = OfflineAnalyst().respond("what is the typical size?", [profile], {})
    assert isinstance(reply, OfflineAnswer)
    assert "floor_sqm" in reply.text and "plot_size_ha" in reply.text
    reply = OfflineAnalyst().respond("how many saunas do the cabins have on average?", [profile], {})
    assert isinstance(reply, OfflineAnswer) and "saunas" in reply.text


def _loans() -> pd.DataFrame:
    rng = np.random.default_rng(48)
    n = 80
    return pd.DataFrame(
        {
            "loan_ref": [f"L-{i:03d}" for i in range(n)],
            "branch": rng.choice(["Leeds", "York", "Hull"], n),
            "renewed": rng.choice(["Yes", "No"], n),
            "defaulted": rng.integers(0, 2, n),
            "amount_eur": rng.integers(500, 9000, n),
        }
    )


def test_a_rate_of_a_yes_no_column_is_its_share_overall_or_within_each_group() -> None:
    renewal = _plan_of(_loans(), "renewal rate by branch")
    assert (renewal["kind"], renewal["column"], renewal["value"], renewal["group"]) == (
        "filtered",
        "renewed",
        "Yes",
        "branch",
    )
    default = _plan_of(_loans(), "default rate per branch")
    assert (default["column"], default["value"], default["group"]) == ("defaulted", 1, "branch")
    share = _plan_of(_loans(), "what share of loans defaulted?")
    assert (share["kind"], share["column"], share["value"], share["share"], share["group"]) == (
        "filtered",
        "defaulted",
        1,
        True,
        None,
    )


def _till() -> pd.DataFrame:
    rng = np.random.default_rng(49)
    n = 90
    stamps = pd.Timestamp("2024-02-01") + pd.to_timedelta(rng.integers(0, 60 * 24 * 28, n), unit="min")
    return pd.DataFrame(
        {
            "sold_at": pd.DatetimeIndex(stamps).strftime("%Y-%m-%d %H:%M"),
            "shop": rng.choice(["Mill Road", "Quayside"], n),
            "unit_price": rng.uniform(2, 6, n).round(2),
            "quantity": rng.integers(1, 4, n),
        }
    )


def test_money_words_total_price_times_quantity_and_a_follow_up_flips_the_ranking() -> None:
    request = _plan_of(_till(), "which shop brings in the most revenue?")
    assert (request["kind"], request["y"], request["column"], request["group"], request["order"]) == (
        "money",
        "unit_price",
        "quantity",
        "shop",
        "max",
    )
    flipped = _plan_of(_till(), "which shop brings in the most revenue?", "and the lowest?")
    assert (flipped["kind"], flipped["y"], flipped["column"], flipped["order"]) == (
        "money",
        "unit_price",
        "quantity",
        "min",
    )
    fees = pd.DataFrame({"route": ["A", "B", "A", "C"] * 5, "ticket_fare": np.arange(20.0), "seat": ["W", "A"] * 10})
    request = _plan_of(fees, "which route earns the most money?")
    assert (request["kind"], request["y"], request["column"], request["group"]) == (
        "money",
        "ticket_fare",
        None,
        "route",
    )


def test_the_hour_and_the_weekend_group_the_one_timestamp_and_sold_things_add_up() -> None:
    hourly = _plan_of(_till(), "how many coffees do we sell by hour?")
    assert (hourly["intent"], hourly["x"], hourly["y"], hourly["period"], hourly["agg"]) == (
        "groupby",
        "sold_at",
        "quantity",
        "H",
        "sum",
    )
    weekend = _plan_of(_till(), "do we sell more at the weekend or on weekdays?")
    assert (weekend["intent"], weekend["x"], weekend["y"], weekend["period"], weekend["agg"]) == (
        "groupby",
        "sold_at",
        "quantity",
        "WE",
        "sum",
    )


def test_a_measure_the_question_names_by_its_verb_is_said_plainly_when_missing() -> None:
    reply = _reply(_till(), "how much do shoppers donate on average?")
    assert isinstance(reply, OfflineAnswer) and '"donate"' in reply.text and "no column" in reply.text


def _stays() -> pd.DataFrame:
    rng = np.random.default_rng(50)
    n = 50
    start = pd.Timestamp("2024-05-01") + pd.to_timedelta(rng.integers(0, 60, n), unit="D")
    return pd.DataFrame(
        {
            "guest_no": [f"G{i}" for i in range(n)],
            "checkin_dt": pd.DatetimeIndex(start).strftime("%Y-%m-%d"),
            "checkout_dt": pd.DatetimeIndex(start + pd.to_timedelta(rng.integers(1, 9, n), unit="D")).strftime(
                "%Y-%m-%d"
            ),
            "room_type": rng.choice(["Suite", "Double", "Single"], n),
            "rate_gbp": rng.integers(60, 300, n),
        }
    )


def test_stays_and_their_length_are_the_time_between_the_two_dates() -> None:
    overall = _plan_of(_stays(), "how long do guests stay?")
    assert (overall["agg"], overall["column"], overall["y"], overall["group"]) == (
        "duration",
        "checkin_dt",
        "checkout_dt",
        None,
    )
    longest = _plan_of(_stays(), "which room type has the longest stays?")
    assert (longest["agg"], longest["group"], longest["order"]) == ("duration", "room_type", "max")
    los = _plan_of(_stays(), "average length of stay by room type")
    assert (los["agg"], los["group"]) == ("duration", "room_type")


def _calls() -> pd.DataFrame:
    rng = np.random.default_rng(51)
    n = 60
    return pd.DataFrame(
        {
            "ticket_no": [f"T{i}" for i in range(n)],
            "line": rng.choice(["Red", "Blue"], n),
            "shift": rng.choice(["Early", "Late", "Night"], n),
            "resp_time_ms": rng.integers(50, 900, n),
            "load_time_ms": rng.integers(100, 3000, n),
            "hold_delay_s": rng.integers(0, 9000, n),
            "dropped": rng.integers(0, 2, n),
        }
    )


def test_words_for_each_part_of_a_name_read_it_whole_and_follow_ups_keep_the_grouping() -> None:
    hist = _plan_of(_calls(), "distribution of response times")
    assert (hist["intent"], hist["chart"], hist["y"]) == ("chart", "hist", "resp_time_ms")
    same = _plan_of(_calls(), "average response time by line", "same for load time")
    assert (same["intent"], same["x"], same["y"]) == ("groupby", "line", "load_time_ms")


def test_a_span_in_words_is_a_number_in_the_unit_of_the_time_columns_and_comparatives_name_a_measure() -> None:
    late = _plan_of(_calls(), "how many calls were held more than two hours late?")
    assert (late["kind"], late["column"], late["op"], late["value"]) == ("filtered", "hold_delay_s", ">", 7200)
    towers = pd.DataFrame({"tower": list("ABCDEFGH"), "height_m": [90, 120, 160, 200, 75, 151, 149, 300]})
    tall = _plan_of(towers, "how many towers are taller than 150 metres?")
    assert (tall["kind"], tall["column"], tall["op"], tall["value"]) == ("filtered", "height_m", ">", 150)


def test_rows_counted_by_two_groupings_make_a_two_way_table_never_by_a_record_code() -> None:
    table = _plan_of(_calls(), "number of tickets by line and shift")
    assert (table["kind"], table["group"], table["group2"]) == ("crosstab", "line", "shift")
    share = _plan_of(_calls(), "what share of calls were dropped?")
    assert (share["kind"], share["column"], share["value"], share["group"]) == ("filtered", "dropped", 1, None)


def test_count_tables_share_of_the_value_said_after_more_within_the_other_named_group() -> None:
    crashes = pd.DataFrame(
        {
            "outcome": ["Minor", "Major"] * 4,
            "road": ["Urban"] * 4 + ["Rural"] * 4,
            "season": ["Summer", "Summer", "Winter", "Winter"] * 2,
            "cases": [120, 8, 100, 12, 60, 9, 40, 11],
        }
    )
    request = _plan_of(crashes, "are crashes on rural roads more major?")
    assert (request["kind"], request["group"], request["column"], request["value"], request["agg"]) == (
        "counts",
        "road",
        "outcome",
        "Major",
        "share",
    )


def _rentals() -> pd.DataFrame:
    rng = np.random.default_rng(61)
    n = 50
    rented = pd.Timestamp("2024-03-01") + pd.to_timedelta(np.sort(rng.integers(0, 90, n)), unit="D")
    back = rented + pd.to_timedelta(rng.integers(1, 20, n), unit="D")
    return pd.DataFrame(
        {
            "rental_ref": [f"R{i}" for i in range(n)],
            "rented_on": rented.strftime("%Y-%m-%d"),
            "due_back": (rented + pd.Timedelta(days=7)).strftime("%Y-%m-%d"),
            "returned_on": np.where(rng.random(n) < 0.1, None, back.strftime("%Y-%m-%d")),
            "region": rng.choice(["North", "South", "East"], n),
            "price_usd": rng.uniform(20, 300, n).round(2),
        }
    )


def test_keeping_words_a_span_against_a_due_date_and_rows_still_out_read_the_date_columns() -> None:
    kept = _plan_of(_rentals(), "how long do customers keep a car on average?")
    assert (kept["kind"], kept["agg"], kept["column"], kept["y"]) == ("missing", "duration", "rented_on", "returned_on")
    days = _plan_of(_rentals(), "how many days do people keep a car?")
    assert (days["agg"], days["column"], days["y"]) == ("duration", "rented_on", "returned_on")
    late = _plan_of(_rentals(), "how many cars came back more than two days late?")
    assert (late["agg"], late["column"], late["y"], late["op"], late["value"]) == (
        "span_count",
        "due_back",
        "returned_on",
        ">",
        48,
    )
    long = _plan_of(_rentals(), "how many rentals lasted at least a week?")
    assert (long["agg"], long["column"], long["y"], long["op"], long["value"]) == (
        "span_count",
        "rented_on",
        "returned_on",
        ">=",
        168,
    )
    out = _plan_of(_rentals(), "how many cars are still out?")
    assert (out["kind"], out["op"], out["column"]) == ("missing", "missing", "returned_on")
    overdue = _plan_of(_rentals(), "how many cars were overdue?")
    assert (overdue["agg"], overdue["column"], overdue["y"], overdue["value"]) == (
        "span_count",
        "due_back",
        "returned_on",
        0,
    )
    length = _plan_of(_rentals(), "average rental length")
    assert (length["agg"], length["column"], length["y"]) == ("duration", "rented_on", "returned_on")
    times = pd.date_range("2024-01-01 06:00", periods=30, freq="5h")
    flights = pd.DataFrame(
        {
            "scheduled_dep": times.strftime("%Y-%m-%d %H:%M"),
            "actual_dep": (times + pd.Timedelta(minutes=20)).strftime("%Y-%m-%d %H:%M"),
            "scheduled_arr": (times + pd.Timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
            "actual_arr": (times + pd.Timedelta(hours=3)).strftime("%Y-%m-%d %H:%M"),
        }
    )
    arrived = _plan_of(flights, "how many flights landed more than an hour late?")
    assert (arrived["agg"], arrived["column"], arrived["y"]) == ("span_count", "scheduled_arr", "actual_arr")


def test_a_follow_up_after_a_kind_keeps_its_measure_and_unusual_adjectives_ask_for_outliers() -> None:
    weekly = _plan_of(_rentals(), "which region brings in the most money?", "what about by week?")
    assert (weekly["intent"], weekly["x"], weekly["y"], weekly["agg"], weekly["period"]) == (
        "groupby",
        "rented_on",
        "price_usd",
        "sum",
        "W",
    )
    odd = _plan_of(
        pd.DataFrame({"booking": list("abcdefgh"), "fare": [9, 10, 11, 12, 10, 9, 11, 80]}),
        "any unusually expensive bookings?",
    )
    assert (odd["kind"], odd["y"]) == ("outliers", "fare")


def test_units_name_their_quantity_and_output_verbs_name_the_output() -> None:
    rng = np.random.default_rng(62)
    n = 48
    legs = pd.DataFrame(
        {
            "flight": [f"F{i}" for i in range(n)],
            "leg_km": rng.uniform(200, 3000, n).round(),
            "fuel_kg": rng.uniform(900, 9000, n).round(),
            "crew": rng.integers(3, 9, n),
        }
    )
    hist = _plan_of(legs, "what does the distribution of distances look like?")
    assert (hist["chart"], hist["y"]) == ("hist", "leg_km")
    heavy = _plan_of(legs, "what is the average weight?")
    assert heavy["y"] == "fuel_kg"
    plant = pd.DataFrame(
        {
            "read_at": pd.date_range("2024-05-01", periods=n, freq="6h").strftime("%Y-%m-%d %H:%M"),
            "inverter": rng.choice(["INV-1", "INV-2", "INV-3"], n),
            "yield_kwh": rng.uniform(0, 5, n).round(2),
            "temp_c": rng.uniform(5, 30, n).round(1),
        }
    )
    each = _plan_of(plant, "how much energy did each inverter generate?")
    assert (each["intent"], each["x"], each["y"], each["agg"]) == ("groupby", "inverter", "yield_kwh", "sum")
    daily = _plan_of(plant, "how much did we produce each day?")
    assert (daily["x"], daily["y"], daily["agg"], daily["period"]) == ("read_at", "yield_kwh", "sum", "D")
    hour = _plan_of(plant, "which hour of the day generates the most?")
    assert (hour["x"], hour["y"], hour["period"]) == ("read_at", "yield_kwh", "H")
    per_hour = _plan_of(plant, "average output per hour")
    assert (per_hour["x"], per_hour["y"], per_hour["agg"], per_hour["period"]) == ("read_at", "yield_kwh", "mean", "H")
    which = _plan_of(plant, "which inverter generated the most energy?")
    group = which.get("x") or which.get("group")  # the general reader's extreme or the best-group kind
    assert (group, which["y"], which["agg"], which["order"]) == ("inverter", "yield_kwh", "sum", "max")


def test_a_letter_received_is_a_value_and_finishing_names_a_completed_flag() -> None:
    rng = np.random.default_rng(63)
    n = 40
    pupils = pd.DataFrame(
        {
            "Pupil": [f"P{i}" for i in range(n)],
            "Band": rng.choice(["A", "B", "C", "D"], n),
            "Finished": rng.choice(["Y", "N"], n),
            "MinutesRead": rng.uniform(10, 300, n).round(),
        }
    )
    got = _plan_of(pupils, "how many pupils received a D?")
    assert {"column": "Band", "op": "==", "value": "D", "part": None} in got["filters"]
    more = _plan_of(pupils, "do pupils who complete read more minutes?")
    assert (more["kind"], more["y"], more["group"]) == ("compare", "MinutesRead", "Finished")


def test_count_tables_rank_groups_make_two_way_sums_and_count_groups_over_a_bound() -> None:
    rng = np.random.default_rng(64)
    rows = [
        {"Bird": b, "Site": s, "Season": t, "n": int(rng.integers(0, 3000))}
        for b in ("Robin", "Wren", "Finch")
        for s in ("Marsh", "Wood")
        for t in ("Spring", "Summer", "Autumn", "Winter")
    ]
    birds = pd.DataFrame(rows)
    top = _plan_of(birds, "which bird is seen the most?")
    assert (top["kind"], top["group"], top["agg"], top["op"], top["order"]) == ("counts", "Bird", "sum", "rank", "max")
    part = _plan_of(birds, "what share of the sightings come from each site?")
    assert (part["kind"], part["group"], part["agg"], part["share"]) == ("counts", "Site", "sum", True)
    table = _plan_of(birds, "sightings by site and season")
    assert (table["kind"], table["group"], table["group2"], table["agg"]) == ("counts", "Site", "Season", "crosstab")
    over = _plan_of(birds, "in how many seasons did the Marsh record more than 1.5k wrens?")
    assert (over["agg"], over["group"], over["op"], over["value"]) == ("groups_over", "Season", ">", 1500)
    assert sorted(over["where"]) == [["Bird", "Wren"], ["Site", "Marsh"]]


def test_decades_bin_a_year_column_and_a_noun_before_a_measure_is_not_counted() -> None:
    rng = np.random.default_rng(65)
    years = pd.DataFrame({"yr": np.arange(1901, 1999), "StormActivity": rng.uniform(0, 200, 98).round(1)})
    decade = _plan_of(years, "average storm activity per decade")
    assert (decade["intent"], decade["x"], decade["y"], decade["period"]) == ("groupby", "yr", "StormActivity", "DEC")
    most = _plan_of(years, "which year had the most hurricane activity?")
    assert (most["intent"], most["y"], most["agg"]) == ("extreme", "StormActivity", "mean")
    reply = OfflineAnalyst().respond("what is the most booked colour?", [_profile(_rentals())], {})
    assert isinstance(reply, OfflineAnswer) and '"colour"' in reply.text


def test_how_many_groups_pass_a_bound_on_a_quantity_that_adds_up() -> None:
    rng = np.random.default_rng(66)
    n = 90
    shop = pd.DataFrame(
        {
            "paid_at": pd.date_range("2024-01-01", periods=n, freq="2D").strftime("%Y-%m-%d"),
            "branch": rng.choice(["Leeds", "York", "Hull"], n),
            "takings": rng.uniform(100, 900, n).round(2),
            "basket_score": rng.uniform(1, 5, n).round(1),
        }
    )
    months = _plan_of(shop, "in how many months were takings above 5k?")
    assert (months["kind"], months["agg"], months["group"], months["period"], months["value"]) == (
        "filtered",
        "groups_over",
        "paid_at",
        "M",
        5000,
    )
    branches = _plan_of(shop, "how many branches had takings of more than 10000?")
    assert (branches["agg"], branches["group"], branches["column"]) == ("groups_over", "branch", "takings")
    rows = _plan_of(shop, "how many days had a basket score above 4?")  # a level, not a total: rows are counted
    assert (rows["kind"], rows["agg"], rows.get("group")) == ("filtered", "mean", None)


def _repairs() -> pd.DataFrame:
    """Bike repairs: a text ticket code, two dates, a mechanic, a result, a money column and a per-hour rate."""
    rng = np.random.default_rng(81)
    n = 120
    booked = pd.Timestamp("2024-02-01") + pd.to_timedelta(rng.integers(0, 200, n), unit="D")
    done = booked + pd.to_timedelta(rng.integers(1, 9, n), unit="D")
    return pd.DataFrame(
        {
            "Ticket Ref": [f"TK{5000 + i}" for i in range(n)],
            "Bike Type": rng.choice(["Road", "Mountain", "Hybrid"], n),
            "Mechanic": rng.choice(["Ana", "Bo", "Cy"], n),
            "Dropped Off": booked.strftime("%d/%m/%Y"),
            "Collected On": [d.strftime("%d/%m/%Y") if i % 10 else None for i, d in enumerate(done)],
            "Result": rng.choice(["Repaired", "Replacement", "Written Off"], n),
            "Labour Rate ($/h)": rng.uniform(30, 60, n).round(2),
            "Bill ($)": rng.uniform(20, 400, n).round(2),
            "Warranty": rng.choice(["Yes", "No"], n),
            "Plays": rng.integers(0, 50, n),
        }
    )


def test_money_words_name_the_column_that_holds_money_and_a_modifier_of_a_label_is_not_it() -> None:
    repairs = _repairs()
    spent = _plan_of(repairs, "how much did customers spend per bike type?")
    assert (spent["y"], spent["x"], spent["agg"]) == ("Bill ($)", "Bike Type", "sum")  # not the rate per hour
    monthly = _plan_of(repairs, "monthly bike spend")  # "bike" qualifies the spend, it is not Bike Type
    assert (monthly["y"], monthly["x"], monthly["period"]) == ("Bill ($)", "Dropped Off", "M")


def test_a_word_that_is_what_the_rows_are_counts_rows_and_a_value_said_as_a_verb() -> None:
    pets = pd.DataFrame(
        {
            "Pet ID": [f"P{i}" for i in range(8)],
            "Pet Kind": ["Dog", "Cat"] * 4,
            "Result": ["Rehoming", "Transfer", "Rehoming", "Return", "Transfer", "Rehoming", "Return", "Transfer"],
        }
    )
    req = _plan_of(pets, "how many pets got transferred?")  # "pets" is each row, not Pet Kind; transferred: Transfer
    assert req["agg"] == "count" and req["filters"] == [
        {"column": "Result", "op": "==", "value": "Transfer", "part": None}
    ]
    runners = pd.DataFrame({"Runner": list("abcdef"), "Outcome": ["Completed", "Quit"] * 3, "Km": np.arange(6.0)})
    req = _plan_of(runners, "how many entrants haven't completed?")
    assert req["filters"] == [{"column": "Outcome", "op": "!=", "value": "Completed", "part": None}]


def test_event_time_is_the_span_to_it_and_still_in_is_a_missing_end() -> None:
    repairs = _repairs()
    span = _plan_of(repairs, "average collection time for each mechanic")
    assert (span["kind"], span["column"], span["y"], span["group"]) == (
        "missing",
        "Dropped Off",
        "Collected On",
        "Mechanic",
    )
    waiting = _plan_of(repairs, "how many bikes are still in the workshop?")
    assert (waiting["kind"], waiting["column"], waiting["op"]) == ("missing", "Collected On", "missing")
    busiest = _plan_of(repairs, "which month had the most drop offs?")  # the month of the date named
    assert (busiest["x"], busiest["period"], busiest["agg"]) == ("Dropped Off", "M", "count")


def test_follow_ups_regroup_or_narrow_a_rate_and_an_adjective_before_a_noun_groups() -> None:
    repairs = _repairs()
    rate = _plan_of(repairs, "what's our warranty rate?", "and by bike type?")
    assert (rate["kind"], rate["column"], rate["group"], rate["share"]) == ("filtered", "Warranty", "Bike Type", True)
    narrowed = _plan_of(repairs, "what percentage of tickets are under warranty?", "now only for Ana")
    assert (narrowed["kind"], narrowed["column"], narrowed["where"]) == ("filtered", "Warranty", [["Mechanic", "Ana"]])
    hotel = pd.DataFrame(
        {
            "Suite Name": [f"S{i % 7}" for i in range(30)],
            "Balcony": ["Yes", "No"] * 15,
            "Avg Nightly Price": np.linspace(80, 200, 30),
            "Bookings": np.arange(30),
        }
    )
    req = _plan_of(hotel, "do balcony suites get more bookings than the others?")  # "suites" is what is compared
    assert (req["kind"], req["y"], req["group"]) == ("compare", "Bookings", "Balcony")
    assert _plan_of(hotel, "average nightly price by suite name")["y"] == "Avg Nightly Price"
    anp = _plan_of(hotel.rename(columns={"Avg Nightly Price": "ANP"}), "average nightly price by suite name")
    assert anp["y"] == "ANP"  # initials of a phrase that opens with an asking word


def _rides() -> pd.DataFrame:
    """Cycling sportive results: lengths of time as h:mm:ss text, a split and the whole ride."""
    rng = np.random.default_rng(82)
    n = 80

    def hms(minutes: float) -> str:
        s = int(minutes * 60)
        return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"

    total = rng.uniform(150, 420, n)
    return pd.DataFrame(
        {
            "Rider No": np.arange(500, 500 + n),
            "Sex": rng.choice(["Male", "Female"], n),
            "Club Tier": rng.choice(["Gold", "Silver", "Bronze"], n),
            "Years Riding": rng.integers(1, 30, n),
            "First Climb": [hms(t * 0.3) for t in total],
            "Elapsed": [hms(t) for t in total],
            "Rest Days": rng.integers(0, 20, n),
        }
    )


def test_lengths_of_time_written_as_clocks_are_measures_read_as_minutes() -> None:
    rides = _rides()
    fastest = _plan_of(rides, "which club tier is the fastest?")  # the least time, of the whole ride
    assert (fastest["kind"], fastest["group"], fastest["y"], fastest["order"]) == (
        "best_group",
        "Club Tier",
        "Elapsed",
        "min",
    )
    assert _plan_of(rides, "which club tier is the fastest?", "and the slowest?")["order"] == "max"
    under = _plan_of(rides, "how many riders finished in under 5 hours?")
    assert (under["kind"], under["column"], under["op"], under["value"]) == ("filtered", "Elapsed", "<", 300)
    women = _plan_of(rides, "how many riders finished in under 5 hours?", "what about just the women?")
    assert women["where"] == [["Sex", "Female"]] and women["value"] == 300
    each = _plan_of(rides, "average elapsed for men and women")  # one average for each value named
    assert (each["intent"], each["x"], each["y"]) == ("groupby", "Sex", "Elapsed")
    reply = OfflineAnalyst().respond("which club tier is the fastest?", [_profile(rides)], {})
    assert isinstance(reply, OfflinePlan) and "pd.to_timedelta" in reply.code  # read as minutes in the cell
    rest = _plan_of(rides, "how many riders had a fortnight or more of rest days?")  # in the unit of the column
    assert (rest["column"], rest["op"], rest["value"]) == ("Rest Days", ">=", 14)


def test_rate_of_a_named_value_per_named_groups_and_money_as_a_rate_times_its_units() -> None:
    rng = np.random.default_rng(83)
    n = 90
    clinic = pd.DataFrame(
        {
            "Visit Code": [f"V{i}" for i in range(n)],
            "Species": rng.choice(["Horse", "Goat", "Sheep"], n),
            "Result": rng.choice(["Recovery", "Referral", "Relapse", "Death"], n),
            "Hourly Fee (CHF)": rng.uniform(50, 90, n).round(2),
            "Hours": rng.integers(1, 6, n),
            "Insured": rng.choice(["Yes", "No"], n),
            "Advance Time (days)": rng.integers(0, 40, n),
        }
    )
    rate = _plan_of(clinic, "recovery rate for horses vs goats")  # the value's rate within each named group
    assert (rate["kind"], rate["column"], rate["value"], rate["group"], rate["share"]) == (
        "filtered",
        "Result",
        "Recovery",
        "Species",
        True,
    )
    overall = _plan_of(clinic, "what's the referral rate?")
    assert (overall["column"], overall["value"], overall.get("group")) == ("Result", "Referral", None)
    money = _plan_of(clinic, "total clinic income from visits that weren't insured")
    assert (money["kind"], money["y"], money["column"], money["where"]) == (
        "money",
        "Hourly Fee (CHF)",
        "Hours",
        [["Insured", "No"]],
    )
    ahead = _plan_of(clinic, "do owners who call further ahead get insured more?")  # ahead: the advance time
    assert (ahead["kind"], ahead["y"], ahead["group"]) == ("compare", "Advance Time (days)", "Insured")


def test_people_count_columns_kids_as_a_child_value_and_days_from_a_date_column() -> None:
    rng = np.random.default_rng(84)
    days = pd.date_range("2024-03-01", periods=40)
    zoo = pd.DataFrame(
        {
            "Day": np.repeat(days, 3),
            "Fare Class": np.tile(["Adult", "Child", "Concession"], 40),
            "Entrants": rng.integers(50, 400, 120),
            "Bank Holiday": np.repeat(rng.choice(["Y", "N"], 40), 3),
            "Wind (mph)": np.repeat(rng.uniform(0, 30, 40).round(1), 3),
        }
    )
    kids = _plan_of(zoo, "what percentage of entrants were kids?")  # kids: the Child value, weighted by entrants
    assert (kids["kind"], kids["y"], kids["column"], kids["value"]) == ("shares", "Entrants", "Fare Class", "Child")
    more = _plan_of(zoo, "do bank holidays bring more people in?")  # people: the column that counts entrants
    assert (more["kind"], more["y"], more["group"]) == ("compare", "Entrants", "Bank Holiday")
    busy = _plan_of(zoo, "on how many days did we get more than 900 entrants?")  # totals per day, not rows
    assert (busy["agg"], busy["group"], busy["period"], busy["value"]) == ("groups_over", "Day", "D", 900)


def test_the_most_rows_at_the_top_of_a_ranking_per_group() -> None:
    rng = np.random.default_rng(85)
    ladder = pd.DataFrame(
        {
            "Round": np.repeat(np.arange(1, 11), 4),
            "Rank": np.tile([1, 2, 3, 4], 10),
            "Player Name": rng.choice(["Ivo", "Jun", "Kai", "Lea", "Mo"], 40),
            "Rating": rng.uniform(1500, 2500, 40).round(0),
        }
    )
    top = _plan_of(ladder, "which player held the most rounds at #1?")  # player: Player Name; #1: Rank = 1
    assert (top["kind"], top["group"], top["agg"], top["where"]) == (
        "best_group",
        "Player Name",
        "count",
        [["Rank", 1]],
    )


def test_fastest_of_a_time_is_its_least_and_a_qualifier_before_an_unclaimed_measure_word() -> None:
    rides = _rides()
    best = _plan_of(rides, "what is the fastest elapsed?")
    assert (best["y"], best["intent"]) == ("Elapsed", "extreme") and best["order"] == "min"
    rng = np.random.default_rng(86)
    stock = pd.DataFrame(
        {
            "Order Day": pd.date_range("2024-01-01", periods=60).strftime("%Y-%m-%d"),
            "Paint Kind": rng.choice(["Gloss", "Matt"], 60),
            "Total (€)": rng.uniform(10, 90, 60).round(2),
        }
    )
    # "total" names Total (€); "paint" qualifies "cost", a word for the same column, so it does not group
    monthly = _plan_of(stock, "total paint cost per month")
    assert (monthly["y"], monthly["x"], monthly["period"]) == ("Total (€)", "Order Day", "M")


def test_time_of_the_rows_or_of_the_work_between_two_dates_and_spend_without_a_currency_mark() -> None:
    rng = np.random.default_rng(87)
    n = 50
    start = pd.Timestamp("2024-05-01") + pd.to_timedelta(rng.integers(0, 60, n), unit="D")
    jobs = pd.DataFrame(
        {
            "job_id": [f"J{i}" for i in range(n)],
            "logged_on": start.strftime("%Y-%m-%d"),
            "fixed_on": (start + pd.to_timedelta(rng.integers(1, 9, n), unit="D")).strftime("%Y-%m-%d"),
            "crew": rng.choice(["North", "South"], n),
            "charge_amt": rng.uniform(40, 400, n).round(2),
            "fuel_left_pct": rng.uniform(0, 100, n).round(1),
        }
    )
    for question in ("average job time per crew", "average turnaround time per crew"):
        span = _plan_of(jobs, question)  # the rows' own noun, or a word for the work between the dates
        assert (span["kind"], span["column"], span["y"], span["group"]) == ("missing", "logged_on", "fixed_on", "crew")
    spent = _plan_of(jobs, "how much did customers spend per crew?")  # an amount column, not a weak letter match
    assert (spent["y"], spent["x"], spent["agg"]) == ("charge_amt", "crew", "sum")


def test_a_rate_for_named_groups_and_a_fee_per_head_times_the_people_counted() -> None:
    rng = np.random.default_rng(88)
    n = 120
    classes = pd.DataFrame(
        {
            "Class Ref": [f"CL{1000 + i}" for i in range(n)],
            "Class Type": rng.choice(["Yoga", "Spin", "HIIT"], n),
            "Attendees": rng.integers(3, 30, n),
            "Fee per Head (£)": rng.choice([8.0, 10.0, 12.0], n),
            "Cancelled": rng.choice(["Y", "N"], n, p=[0.1, 0.9]),
        }
    )
    rate = _plan_of(classes, "what's the cancellation rate for yoga vs spin?")
    assert (rate["kind"], rate["column"], rate["group"], rate["share"]) == ("filtered", "Cancelled", "Class Type", True)
    money = _plan_of(classes, "total revenue from classes that weren't cancelled")
    assert (money["y"], money["column"], money["where"]) == ("Fee per Head (£)", "Attendees", [["Cancelled", "N"]])
    spent = _plan_of(classes, "how much did members spend per class type?")  # money paid in: fee × attendees
    assert (spent["kind"], spent["column"], spent["group"]) == ("money", "Attendees", "Class Type")


def test_a_count_with_a_bound_keeps_the_values_named_and_an_unclear_span_keeps_its_unit() -> None:
    rides = _rides()
    women = _plan_of(rides, "how many women finished in under 5 hours?")  # among the women, not every rider
    assert (women["column"], women["op"], women["value"], women["where"]) == ("Elapsed", "<", 300, [["Sex", "Female"]])
    rng = np.random.default_rng(89)
    cabins = pd.DataFrame(
        {
            "Stay Code": [f"S{i}" for i in range(40)],
            "Days": rng.integers(1, 20, 40),
            "Notice (days)": rng.integers(0, 90, 40),
        }
    )
    long = _plan_of(cabins, "how many stays were longer than two weeks?")  # two columns in days: the stay's own
    assert (long["column"], long["op"], long["value"]) == ("Days", ">", 14)


def test_a_word_that_names_the_measure_is_not_also_a_value_to_count_among() -> None:
    rng = np.random.default_rng(90)
    alps = pd.DataFrame(
        {
            "Day": pd.date_range("2024-01-01", periods=60).strftime("%Y-%m-%d"),
            "Snowfall (cm)": rng.uniform(0, 30, 60).round(1),
            "Sky": rng.choice(["Snow", "Clear", "Cloud"], 60),
        }
    )
    req = _plan_of(alps, "how many days had more than 5 cm of snow?")  # snow: Snowfall, not Sky = Snow
    assert (req["column"], req["op"], req["value"], req["where"]) == ("Snowfall (cm)", ">", 5, [])


def test_period_columns_of_a_wide_table_are_summed_and_rows_totalled() -> None:
    rng = np.random.default_rng(91)
    n = 50
    shops = pd.DataFrame(
        {
            "Store Code": [f"S{i}" for i in range(n)],
            "Opened": pd.date_range("2010-01-01", periods=n, freq="60D").strftime("%Y-%m-%d"),
            "District": rng.choice(["North", "South", "East"], n),
            **{f"{m} Sales (EUR)": rng.integers(0, 900, n) for m in ("Jan", "Feb", "Mar", "Apr")},
        }
    )
    each = _plan_of(shops, "total sales for each month")  # the month columns, not the month of Opened
    assert (each["kind"], each["agg"]) == ("wide", "sum") and "Jan Sales (EUR)" in each["column"]
    best = _plan_of(shops, "which month brought in the most?")
    assert (best["kind"], best["order"], best["share"]) == ("wide", "max", True)
    yearly = _plan_of(shops, "which district has the highest average annual sales?")  # each row's total
    assert (yearly["kind"], yearly["agg"], yearly["group"]) == ("wide", "row", "District")
    none = _plan_of(shops, "how many stores sold nothing at all?")
    assert (none["kind"], none["op"]) == ("wide", "zero")


def test_percentile_and_a_missing_figure_of_one_column() -> None:
    rng = np.random.default_rng(92)
    trips = pd.DataFrame(
        {
            "Fleet": rng.choice(["A", "B"], 80),
            "Fare (GBP)": rng.uniform(3, 60, 80).round(2),
            "Tip (GBP)": np.where(rng.random(80) < 0.2, np.nan, rng.uniform(0, 9, 80).round(2)),
        }
    )
    p = _plan_of(trips, "what is the 75th percentile of fares?")
    assert (p["kind"], p["y"], p["value"]) == ("percentile", "Fare (GBP)", 75.0)
    gone = _plan_of(trips, "how many trips have no tip value?")
    assert (gone["kind"], gone["column"]) == ("missing", "Tip (GBP)")


def test_a_value_beats_a_measure_whose_name_merely_holds_the_word() -> None:
    rng = np.random.default_rng(93)
    n = 90
    jobs = pd.DataFrame(
        {
            "Job ID": np.arange(1000, 1000 + n),
            "Queued At": pd.date_range("2024-02-01", periods=n, freq="7h").strftime("%Y-%m-%dT%H:%M:%SZ"),
            "Printer Model": rng.choice(["LX-10", "PX-200", "Q5"], n),
            "Result": rng.choice(["printed", "jammed", "cancelled"], n),
            "Pages Jammed": rng.integers(0, 3, n),
            "Pages Sent": rng.integers(1, 80, n),
            "Colour": rng.choice(["Yes", "No"], n),
        }
    )
    # "jammed jobs": Result = jammed, counted (not Pages Jammed); "jobs" are the rows (Job ID)
    req = _plan_of(jobs, "which weekday has the most jammed jobs?")
    assert req["agg"] == "count" and req.get("y") is None
    assert req["filters"] == [{"column": "Result", "op": "==", "value": "jammed", "part": None}]
    # "printer" is the whole first word of Printer Model, not a longer form of another name's part
    per = _plan_of(jobs, "average pages sent per printer")
    assert per["x"] == "Printer Model"


def test_no_answer_about_a_measure_the_question_did_not_name() -> None:
    rng = np.random.default_rng(94)
    n = 40
    games = pd.DataFrame(
        {
            "HomeSide": rng.choice(["Ravens", "Owls", "Hawks"], n),
            "AwaySide": rng.choice(["Ravens", "Owls", "Hawks"], n),
            "HPTS": rng.integers(60, 110, n),
            "APTS": rng.integers(60, 110, n),
        }
    )
    reply = _reply(games, "which side scored the most baskets at home?")  # no column holds baskets: say so
    assert not isinstance(reply, OfflinePlan)
    first = reply.text.splitlines()[0]
    assert "baskets" in first and not any(c in first for c in games.columns)


def test_follow_up_naming_only_an_aggregate_keeps_the_grouping_and_value_with_its_column_narrows() -> None:
    rng = np.random.default_rng(95)
    n = 60
    flats = pd.DataFrame(
        {
            "Listing Ref": [f"L{i}" for i in range(n)],
            "Borough": rng.choice(["Camden", "Hackney", "Lambeth"], n),
            "Rent (GBP)": rng.integers(900, 3000, n),
            "Furnished": rng.choice(["furnished", "unfurnished"], n),
            "Listed": pd.date_range("2024-01-01", periods=n, freq="3D").strftime("%Y-%m-%d"),
            "Let": pd.date_range("2024-01-20", periods=n, freq="3D").strftime("%Y-%m-%d"),
        }
    )
    mean = _plan_of(flats, "median rent by borough", "what about the mean?")
    assert (mean["intent"], mean["x"], mean["agg"]) == ("groupby", "Borough", "mean")
    only = _plan_of(flats, "how many listings rent for more than 2000?", "now only for the Camden borough")
    assert only["where"] == [["Borough", "Camden"]]


def test_yes_count_per_group_winners_per_contest_and_a_span_in_the_questions_order() -> None:
    rng = np.random.default_rng(96)
    n = 80
    pools = pd.DataFrame(
        {
            "Checked": pd.date_range("2024-05-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "Pool": rng.choice(["Lido", "Baths", "Leisure Centre"], n),
            "Chlorine (ppm)": rng.uniform(0.5, 3, n).round(2),
            "Closure Ordered": rng.choice(["Yes", "No"], n),
        }
    )
    shut = _plan_of(pools, "number of closures ordered at each pool")  # the rows where it says yes
    assert shut["x"] == "Pool" and shut["filters"] == [
        {"column": "Closure Ordered", "op": "==", "value": "Yes", "part": None}
    ]
    races = pd.DataFrame(
        {
            "Heat": np.repeat([f"H{i}" for i in range(12)], 4),
            "Club": rng.choice(["Otters", "Seals", "Pike", "Eels"], 48),
            "Points": rng.integers(0, 40, 48),
            "Lane Count": 8,
        }
    )
    won = _plan_of(races, "which club won the most heats?")
    assert (won["kind"], won["y"], won["group"], won["column"]) == ("winners", "Points", "Heat", "Club")
    repairs = pd.DataFrame(
        {
            "Fault Date": pd.date_range("2024-01-01", periods=30, freq="5D").strftime("%Y-%m-%d"),
            "Logged Date": pd.date_range("2024-01-03", periods=30, freq="5D").strftime("%Y-%m-%d"),
            "Cost": rng.integers(50, 500, 30),
        }
    )
    lag = _plan_of(repairs, "how long does it take for a fault to be logged?")  # fault first, then logged
    assert (lag["column"], lag["y"]) == ("Fault Date", "Logged Date")


def test_an_amount_no_column_holds_is_said_and_its_follow_up_too() -> None:
    rng = np.random.default_rng(97)
    seats = pd.DataFrame(
        {
            "Constituency": np.repeat(["A", "B", "C"], 3),
            "Party": ["X", "Y", "Z"] * 3,
            "Votes": rng.integers(100, 900, 9),
            "Registered": np.repeat([2000, 2500, 1800], 3),
        }
    )
    for reply in (
        _reply(seats, "which constituency had the lowest participation?"),
        _reply(seats, "which constituency had the lowest participation?", "and the highest?"),
    ):
        assert not isinstance(reply, OfflinePlan)
        first = reply.text.splitlines()[0]
        assert "participation" in first and not any(c in first for c in seats.columns)


def test_a_measure_per_calendar_period_is_totalled_or_averaged_not_drawn_per_row() -> None:
    rng = np.random.default_rng(98)
    n = 200
    farm = pd.DataFrame(
        {
            "Reading Day": pd.date_range("2023-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "Milk Litres": rng.integers(300, 600, n),
            "Barn Temp": rng.uniform(5, 25, n).round(1),
        }
    )
    milk = _plan_of(farm, "monthly milk litres")  # an amount that adds up: the total of each month
    assert (milk["intent"], milk["x"], milk["period"], milk["agg"]) == ("groupby", "Reading Day", "M", "sum")
    temp = _plan_of(farm, "plot barn temp over time by week")  # a level: the mean of each week
    assert (temp["intent"], temp["period"], temp["agg"], temp["chart"]) == ("groupby", "W", "mean", "line")
