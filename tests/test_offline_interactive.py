"""The offline analyst's interactive charts, rows shown as a table, and "fix it" without a model.

Fast checks run the analyst's cells in this process (pandas, matplotlib on Agg, Altair: no kernel); the last test
runs a chat through `Session` in a real confined kernel and checks the display bundles the page draws from.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections.abc import AsyncIterator
from typing import Any

import altair as alt
import matplotlib
import numpy as np
import pandas as pd
import pytest

from notebook_agent.agent.offline import OfflineAnalyst, OfflineAnswer, OfflinePlan, read_result
from notebook_agent.agent.offline.fix import fix_step, repair_cell
from notebook_agent.agent.offline.interactive import OFFER, asks_redraw, upfront
from notebook_agent.data.profile import parse_profile, profile_code
from notebook_agent.ui.charts import vegalite_spec

matplotlib.use("Agg")
import matplotlib.pyplot as plt

ROWS = 8000


def _frame(n: int = 300) -> pd.DataFrame:
    rng = np.random.default_rng(1)
    frame = pd.DataFrame(
        {
            "date": pd.date_range("2022-01-01", periods=n, freq="D"),
            "region": pd.Categorical(rng.choice(["North", "South", "East"], n)),
            "revenue": rng.uniform(1, 100, n).round(2),
            "units": rng.integers(1, 9, n),
        }
    )
    frame["cost"] = (frame["revenue"] * 0.5 + rng.normal(0, 3, n)).round(2)
    return frame


def _profile(df: pd.DataFrame) -> dict[str, Any]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(profile_code("df"), {"df": df, "pd": pd, "np": np})
    return parse_profile(out.getvalue())


class Chat:
    """The analyst driven as the graph drives it, its cells run here; keeps each turn's last cell result."""

    def __init__(self, df: pd.DataFrame) -> None:
        self.df, self.profiles = df, [_profile(df)]
        self.analyst, self.memory = OfflineAnalyst(), {}
        self.codes: list[str] = []
        self.value: Any = None
        self.result: dict[str, Any] | None = None

    def ask(self, question: str) -> str:
        reply = self.analyst.respond(question, self.profiles, self.memory)
        attempt = 1
        while isinstance(reply, OfflinePlan):
            self.codes.append(reply.code)
            shown: list[Any] = []
            space = {
                "df": self.df,
                "pd": pd,
                "np": np,
                "plt": plt,
                "display": lambda o, raw=False, into=shown: into.append(o),
            }
            *body, last = reply.code.rstrip("\n").splitlines()
            error = None
            try:
                exec(compile("\n".join(body), "<cell>", "exec"), space)
                self.value = eval(last, space) if not last.startswith("display(") else None
                if last.startswith("display("):
                    exec(last, space)
            except Exception as exc:
                error = {"ename": type(exc).__name__, "evalue": str(exc)}
            plt.close("all")
            data = json.loads(json.dumps(shown[-1], default=str)) if shown else None
            self.result = read_result({"data": data})
            reply = self.analyst.summarize(question, reply, self.result, error, self.profiles, attempt)
            attempt += 1
        assert isinstance(reply, OfflineAnswer)
        json.dumps(reply.memory)
        self.memory = reply.memory
        return reply.text


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


def _said_by(result: dict[str, Any] | None, question: str) -> set[str]:
    text = json.dumps(result) + " " + question
    found = _numbers(text)
    for value in re.findall(r"-?\d+\.\d+|-?\d+", text):
        number = float(value)
        found |= {f"{number:.4g}", f"{number:,.0f}".replace(",", ""), str(int(number)) if number.is_integer() else ""}
    return found


# -- interactive charts ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "make it interactive",
        "Make it interactive!",
        "interactive version",
        "an interactive version please",
        "show that as an interactive chart",
        "can I zoom in on it?",
        "let me hover over the chart",
        "make the chart interactive",
    ],
)
def test_redraw_phrasings_are_read(question: str) -> None:
    assert asks_redraw(question)


@pytest.mark.parametrize(
    "question", ["an interactive chart of revenue by month", "plot revenue by month", "show me the first rows"]
)
def test_other_questions_are_not_redraws(question: str) -> None:
    assert not asks_redraw(question)


def test_upfront_words_are_stripped() -> None:
    assert upfront("an interactive chart of revenue by month") == "a chart of revenue by month"
    assert upfront("plot revenue by month interactively") == "plot revenue by month"
    assert upfront("plot revenue by month") is None


def test_line_chart_offers_and_redraws_interactively() -> None:
    chat = Chat(_frame())
    text = chat.ask("plot revenue over time")
    assert text.endswith(OFFER) and "plt.subplots" in chat.codes[-1]
    text = chat.ask("make it interactive")
    code = chat.codes[-1]
    assert "import altair as alt" in code and "alt.Chart(points).mark_line(" in code and "tooltip=[" in code
    assert code.rstrip().endswith(".interactive()") and "plt." not in code and "fig, ax" not in code
    assert isinstance(chat.value, alt.TopLevelMixin)
    spec = chat.value.to_dict()
    assert spec["mark"]["type"] == "line" and spec["encoding"]["x"]["type"] == "temporal"
    assert text.startswith("Interactive version of the last chart: Line chart of revenue against date")
    assert "hover" in text and "sample" not in text
    assert _numbers(text) <= _said_by(chat.result, "make it interactive")


@pytest.mark.parametrize(
    ("question", "marks"),
    [
        ("histogram of revenue", ["bar", "rule"]),
        ("box plot of revenue by region", ["rule", "bar", "tick"]),
        ("total revenue by region", ["bar"]),
        ("top 2 regions by revenue", ["bar"]),
        ("scatter plot of cost against revenue", ["circle"]),
        ("fit a line to cost against revenue", ["circle", "line"]),
        ("which region has the highest total revenue", ["bar"]),
        ("average revenue by day of week", ["line"]),
        ("bar chart of revenue by units", ["bar"]),
        ("average revenue over time for each region", ["line"]),
    ],
)
def test_each_kind_of_chart_is_redrawn_with_altair(question: str, marks: list[str]) -> None:
    chat = Chat(_frame())
    assert chat.ask(question).endswith(OFFER), question
    text = chat.ask("make it interactive")
    assert text.startswith("Interactive version of the last chart"), text
    spec = chat.value.to_dict()
    layers = spec.get("layer") or [spec]
    assert [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in layers] == marks
    assert any("tooltip" in layer.get("encoding", {}) for layer in layers)
    assert "plt." not in chat.codes[-1]
    # the page draws it: the spec survives the page's cleaning, zoom and pan (bound scales) included
    safe = vegalite_spec(chat.value.to_dict(context={"pre_transform": False}))
    assert safe is not None and any(p.get("bind") == "scales" for p in safe.get("params", [])), safe


def test_big_scatter_is_sampled_and_the_answer_says_so() -> None:
    chat = Chat(_frame(ROWS))
    chat.ask("scatter plot of cost against revenue")
    text = chat.ask("can I zoom in on it")
    assert chat.result is not None and chat.result["drawn"] == 5000 and chat.result["available"] == ROWS
    assert "random sample of 5,000 of the 8,000 points" in text
    assert _numbers(text) <= _said_by(chat.result, "")


def test_interactive_chart_asked_up_front_is_drawn_with_altair() -> None:
    chat = Chat(_frame())
    text = chat.ask("an interactive chart of revenue by month")
    code = chat.codes[-1]
    assert "alt.Chart(" in code and "plt.subplots" not in code and 'points["month"].dt.to_timestamp()' in code
    # Revenue adds up, so "by month" is the monthly total, drawn as one line over the months.
    assert text.startswith("Total of revenue by date") and "(month)" in text
    assert "It is interactive" in text and OFFER not in text


def test_interactive_chart_without_an_interactive_version_says_it_is_static() -> None:
    chat = Chat(_frame())
    text = chat.ask("interactive heatmap of the correlations")
    assert "alt.Chart" not in chat.codes[-1] and "drawn as a static image" in text and OFFER not in text


def test_nothing_to_redraw_says_so() -> None:
    chat = Chat(_frame())
    chat.ask("what is the mean revenue?")
    text = chat.ask("make it interactive")
    assert text.startswith("The last answer has no chart I can make interactive") and not chat.codes[1:]
    chat.ask("plot revenue over time")
    chat.ask("show me the first rows")  # the last answer is a table: its chart is no longer "it"
    assert chat.ask("make it interactive").startswith("The last answer has no chart")


# -- rows shown as the cell's table ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "rows", "first_index", "said"),
    [
        ("show me the first rows", 10, 0, "The first 10 of 300 rows of df."),
        ("show the data", 10, 0, "The first 10 of 300 rows of df."),
        ("first 10 rows", 10, 0, "The first 10 of 300 rows of df."),
        ("head of the table", 10, 0, "The first 10 of 300 rows of df."),
        ("last 5 rows", 5, 295, "The last 5 of 300 rows of df."),
        ("show me 3 rows", 3, 0, "The first 3 of 300 rows of df."),
    ],
)
def test_show_rows_makes_the_rows_the_cells_result(question: str, rows: int, first_index: int, said: str) -> None:
    chat = Chat(_frame())
    text = chat.ask(question)
    assert chat.codes[-1].rstrip().endswith("\nshown")
    assert isinstance(chat.value, pd.DataFrame) and len(chat.value) == rows
    assert chat.value.index[0] == first_index
    assert text.startswith(said), text


def test_show_rows_where_a_condition_holds() -> None:
    df = _frame()
    chat = Chat(df)
    text = chat.ask("show rows where region is North")
    north = int((df["region"] == "North").sum())
    assert 'rows = df[df["region"] == "North"]' in chat.codes[-1]
    assert isinstance(chat.value, pd.DataFrame) and (chat.value["region"] == "North").all()
    assert text.startswith(f"Rows of df where region = North: {north} of 300 rows match.")
    assert "first 10 of them" in text


@pytest.mark.parametrize("question", ["show the top 5 rows by revenue", "list the columns", "show the distribution"])
def test_rankings_and_other_requests_are_not_rows(question: str) -> None:
    chat = Chat(_frame())
    chat.ask(question)
    assert (chat.memory.get("kind_now") or {}).get("kind") != "show_rows"


# -- fix it, offline ------------------------------------------------------------------------------------------------
COLUMNS = ["Revenue", "region", "date", "units"]


def test_misspelled_column_is_replaced_by_its_one_close_match() -> None:
    fixed = repair_cell('x = df["Revnue"].sum()\nprint(x)\n', {"ename": "KeyError", "evalue": "'Revnue'"}, COLUMNS)
    assert not isinstance(fixed, str) and fixed is not None
    assert fixed.code == 'x = df["Revenue"].sum()\nprint(x)\n'
    assert fixed.what == 'Replaced the column name "Revnue" with "Revenue" (the one close match).'
    listed = repair_cell(
        'df[["Revnue", "units"]]', {"ename": "KeyError", "evalue": "\"['Revnue'] not in index\""}, COLUMNS
    )
    assert listed is not None and not isinstance(listed, str) and '"Revenue"' in listed.code
    attr = repair_cell(
        "df.Revnue.sum()",
        {"ename": "AttributeError", "evalue": "'DataFrame' object has no attribute 'Revnue'"},
        COLUMNS,
    )
    assert attr is not None and not isinstance(attr, str) and attr.code == 'df["Revenue"].sum()'


def test_two_close_matches_or_none_are_not_guessed() -> None:
    said = repair_cell('df["unit"]', {"ename": "KeyError", "evalue": "'unit'"}, ["units", "unitz"])
    assert isinstance(said, str) and 'no column is called "unit"' in said
    assert isinstance(repair_cell('df["zzz"]', {"ename": "KeyError", "evalue": "'zzz'"}, COLUMNS), str)


def test_missing_import_is_added_after_the_title() -> None:
    fixed = repair_cell("# title\nx = np.arange(3)\n", {"ename": "NameError", "evalue": "name 'np' is not defined"}, [])
    assert fixed is not None and not isinstance(fixed, str)
    assert fixed.code == "# title\nimport numpy as np\nx = np.arange(3)\n"
    for name, line in [("alt", "import altair as alt"), ("sns", "import seaborn as sns"), ("pd", "import pandas")]:
        out = repair_cell(f"{name}.x", {"ename": "NameError", "evalue": f"name '{name}' is not defined"}, [])
        assert out is not None and not isinstance(out, str) and out.code.startswith(line)


def test_other_errors_get_no_repair() -> None:
    assert repair_cell("1 / 0", {"ename": "ZeroDivisionError", "evalue": "division by zero"}, COLUMNS) is None
    assert repair_cell("foo()", {"ename": "NameError", "evalue": "name 'foo' is not defined"}, COLUMNS) is None


def test_analysts_own_failed_cell_is_planned_again() -> None:
    profiles = [_profile(_frame())]
    plan = OfflineAnalyst().respond("plot revenue over time", profiles, {})
    assert isinstance(plan, OfflinePlan)
    broken = plan.code.replace('"revenue"', '"revenu"')
    error = {"ename": "KeyError", "evalue": "'revenu'"}
    fixed = fix_step(broken, error, "plot revenue over time", profiles, edited=False)
    assert fixed is not None and not isinstance(fixed, str) and fixed.code == plan.code
    # the very cell that failed: the analyst's own retry (numbers read from text) instead
    same = fix_step(
        plan.code, {"ename": "TypeError", "evalue": "bad"}, "plot revenue over time", profiles, edited=False
    )
    assert same is not None and not isinstance(same, str) and same.code != plan.code and "to_numeric" in same.code
    # a person's edit of it gets only the rules: here the misspelled column
    edited = fix_step(broken, error, "plot revenue over time", profiles, edited=True)
    assert edited is not None and not isinstance(edited, str) and edited.code == plan.code
    assert edited.what.startswith("Replaced the column name")


# -- in a real kernel -----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
async def kernel_chat(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[dict[str, Any]]:
    """A chat in a confined kernel: a line chart, "make it interactive", "show me the first rows", and a fix."""
    from conftest import make_data_dir

    from notebook_agent.agent.brains import OfflineBrain
    from notebook_agent.agent.session import Session
    from notebook_agent.agent.session_steps import fix, rerun, steps
    from notebook_agent.settings import Settings

    csv = tmp_path_factory.mktemp("interactive") / "sales.csv"
    _frame().to_csv(csv, index=False)
    settings = Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": str(make_data_dir())})
    session = await Session.open(settings=settings, brain=OfflineBrain())
    out: dict[str, Any] = {}
    try:
        await session.add_file(csv)

        async def ask(question: str) -> tuple[list[dict[str, Any]], str]:
            events = [item async for item in session.ask(question)]
            done = [e for e in events if e["type"] == "code_done"]
            assert done and done[-1]["status"] == "ok", events
            return done[-1]["outputs"], next(e["text"] for e in events if e["type"] == "answer")

        out["line"] = await ask("plot revenue over time")
        out["interactive"] = await ask("make it interactive")
        out["rows"] = await ask("show me the first rows")
        # "Fix it" on a person's edit with a misspelled column
        step = [s for s in steps(session.notebook) if "shown" in s.source][-1]
        out["edited"] = await rerun(session, step.id, 'df["revnue"].sum()')
        failed = [s for s in steps(session.notebook) if s.failed][-1]
        out["fix"] = await fix(session, failed.id)
        yield out
    finally:
        await session.close()


def _vegalite(outputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o["data"] for o in outputs if any(k.startswith("application/vnd.vegalite.v") for k in o.get("data", {}))]


def test_kernel_make_it_interactive_shows_a_vegalite_chart(kernel_chat: dict[str, Any]) -> None:
    assert kernel_chat["line"][1].endswith(OFFER)
    outputs, answer = kernel_chat["interactive"]
    (bundle,) = _vegalite(outputs)
    spec = next(v for k, v in bundle.items() if k.startswith("application/vnd.vegalite.v"))
    assert spec["mark"]["type"] == "line" and spec["encoding"]["x"]["type"] == "temporal"
    assert spec["encoding"]["tooltip"] and spec["encoding"]["x"]["field"] == "date"
    if "image/png" not in bundle:  # the kernel lived on and says why there is no picture (see the next test)
        assert "no image" in bundle["text/plain"] and "64 GiB" in bundle["text/plain"]
    assert answer.startswith("Interactive version of the last chart")


def test_kernel_interactive_chart_carries_a_png(kernel_chat: dict[str, Any]) -> None:
    """The kernel cannot draw it; the app does, confined (`data/chart_renderer.py`), in `Session.execute`."""
    (bundle,) = _vegalite(kernel_chat["interactive"][0])
    assert bundle["image/png"] and bundle["text/plain"] == "<Altair chart: shown interactively; its image is attached>"


def test_kernel_show_rows_is_a_live_table(kernel_chat: dict[str, Any]) -> None:
    from notebook_agent.data._kernel_display import TABLE_MIME

    outputs, answer = kernel_chat["rows"]
    results = [o for o in outputs if o.get("output_type") == "execute_result"]
    assert len(results) == 1 and TABLE_MIME in results[0]["data"]
    table = results[0]["data"][TABLE_MIME]
    assert len(table["rows"]) == 10 and table["columns"][:3] == ["date", "region", "revenue"]
    assert answer.startswith("The first 10 of 300 rows of df.")


def test_kernel_fix_it_replaces_a_misspelled_column(kernel_chat: dict[str, Any]) -> None:
    assert kernel_chat["edited"].status != "ok"
    result = kernel_chat["fix"]
    assert result.run is not None and result.run.status == "ok", result.message
    assert result.run.code == 'df["revenue"].sum()' and 'with "revenue"' in result.message
