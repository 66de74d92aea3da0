"""The agent graph without a kernel: cells run in-process (tests/fakes.py), the model is the scripted fake Gemini
server or the offline analyst. The same graph, events and tool responses as with a sandboxed kernel, in
milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fake_gemini import FakeGemini, function_call_reply, text_reply
from fakes import InProcessRunner

from notebook_agent.agent.brains import GeminiBrain, OfflineBrain
from notebook_agent.agent.gemini import GeminiModel
from notebook_agent.agent.graph import Limits, build_graph
from notebook_agent.agent.offline import RESULT_MIME
from notebook_agent.data.profile import format_profile

KEY = "sk-test-graph-fast"


@pytest.fixture
def gemini() -> Iterator[FakeGemini]:
    with FakeGemini() as server:
        yield server


@pytest.fixture
def line_csv(tmp_path: Path) -> Path:
    rng = np.random.default_rng(3)
    xs = np.arange(60, dtype=float)
    ys = 2.5 * xs - 4 + rng.normal(0, 0.5, xs.size)
    path = tmp_path / "line.csv"
    path.write_text("x,y\n" + "".join(f"{x},{y:.6f}\n" for x, y in zip(xs, ys, strict=True)))
    return path


async def _turn(graph: Any, question: str, **state: Any) -> list[dict[str, Any]]:
    start = {
        "messages": [GeminiModel.user_text(question)],
        "question": question,
        "turn": 1,
        "turn_start": 0,
        "steps": 0,
        "attempt": 0,
        "failures": 0,
        "pending": [],
        "answer": None,
        **state,
    }
    return [item async for item in graph.astream(start, stream_mode="custom")]


def _brain(gemini: FakeGemini) -> GeminiBrain:
    return GeminiBrain(GeminiModel(KEY, base_url=gemini.base_url, backoff_s=0.01))


def _responses(request: Any) -> list[dict[str, Any]]:
    return [p["functionResponse"] for p in request.parts() if "functionResponse" in p]


# --- the runner itself ---------------------------------------------------------------------------------------------


async def test_runner_keeps_state_and_shapes_outputs_as_a_kernel() -> None:
    runner = InProcessRunner()
    seen: list[str] = []
    first = await runner.execute("x = 6\nprint('a'); print('b')\nx * 7", on_output=lambda k, o: seen.append(k))
    assert first.status == "ok" and first.stdout == "a\nb\n"
    assert [o.output_type for o in first.outputs] == ["stream", "execute_result"]
    assert first.outputs[1].data["text/plain"] == "42" and first.execution_count == 1
    assert seen == ["output", "output"]
    plot = await runner.execute("import matplotlib.pyplot as plt\nplt.plot([x, 2 * x]); plt.show()")
    png = [o.data["image/png"] for o in plot.outputs if "image/png" in o.get("data", {})]
    assert len(png) == 1 and png[0].startswith("iVBORw0KGgo")  # base64 of the PNG signature
    broken = await runner.execute("y = 1\n{}['missing']")
    assert broken.status == "error" and broken.error is not None and broken.error["ename"] == "KeyError"
    assert broken.outputs[-1].output_type == "error" and any("<cell>" in line for line in broken.error["traceback"])
    assert runner.namespace["y"] == 1 and broken.execution_count == 3


# --- Gemini (fake server) --------------------------------------------------------------------------------------------


async def test_tool_call_output_goes_back_and_the_answer_ends_the_turn(gemini: FakeGemini) -> None:
    code = (
        "import matplotlib.pyplot as plt\nvalues = [3, 4, 5]\nprint(f'total={sum(values)}')\nplt.bar([0, 1, 2], values)"
    )
    gemini.reply(function_call_reply({"code": code}, call_id="c-1"))
    gemini.reply(text_reply("The total is 12."))
    runner = InProcessRunner()
    events = await _turn(build_graph(_brain(gemini), runner), "what is the total?")
    kinds = [e["type"] for e in events]
    assert kinds.index("code") < kinds.index("output") < kinds.index("code_done") < kinds.index("answer")
    done = next(e for e in events if e["type"] == "code_done")
    assert done["status"] == "ok" and done["execution_count"] == 1
    assert events[-1] == {"type": "answer", "turn": 1, "text": "The total is 12."}
    assert runner.cells == [code]
    first, second = gemini.requests
    (response,) = _responses(second)
    assert response["id"] == "c-1" and response["response"]["stdout"] == "total=12\n"
    assert response["response"]["images"].startswith("1 plot")
    assert [b["mimeType"] for b in second.inline_data()] == ["image/png"]
    assert KEY not in first.raw + second.raw


async def test_error_goes_back_and_the_retry_is_the_next_attempt(gemini: FakeGemini) -> None:
    gemini.reply(function_call_reply({"code": "rows = [1, 2]\nprint(rows[5])"}, call_id="a"))
    gemini.reply(function_call_reply({"code": "print(rows[-1])"}, call_id="b"))
    gemini.reply(text_reply("The last row is 2."))
    events = await _turn(build_graph(_brain(gemini), InProcessRunner()), "last row?")
    assert [e["attempt"] for e in events if e["type"] == "code"] == [1, 2]
    assert [e["status"] for e in events if e["type"] == "code_done"] == ["error", "ok"]
    (error,) = _responses(gemini.requests[1])
    assert error["response"]["status"] == "error"
    assert error["response"]["error"]["ename"] == "IndexError"
    assert "list index out of range" in error["response"]["error"]["traceback"]
    responses = _responses(gemini.requests[2])
    assert [r["id"] for r in responses] == ["a", "b"] and responses[-1]["response"]["stdout"] == "2\n"
    assert events[-1]["text"] == "The last row is 2."


async def test_three_failures_give_up_with_every_call_answered(gemini: FakeGemini) -> None:
    for i in range(3):
        gemini.reply(function_call_reply({"code": "1/0"}, call_id=f"z{i}"))
    limits = Limits()
    events = await _turn(build_graph(_brain(gemini), InProcessRunner(), limits=limits), "divide")
    assert [e["attempt"] for e in events if e["type"] == "code"] == [1, 2, 3]
    assert events[-1]["type"] == "answer" and f"{limits.max_attempts} attempts" in events[-1]["text"]
    assert len(gemini.requests) == 3  # the third failure ends the turn without asking the model again


async def test_vendor_mime_result_travels_as_data(gemini: FakeGemini) -> None:
    code = f'display({{"{RESULT_MIME}": {{"mean": 2.5}}, "text/plain": "mean"}}, raw=True)'
    gemini.reply(function_call_reply({"code": code}, call_id="d"))
    gemini.reply(text_reply("2.5"))
    await _turn(build_graph(_brain(gemini), InProcessRunner()), "mean?")
    (response,) = _responses(gemini.requests[1])
    assert response["response"]["data"] == {RESULT_MIME: {"mean": 2.5}}


# --- the offline analyst -------------------------------------------------------------------------------------------


async def test_offline_line_fit_answer_numbers_come_from_the_executed_code(line_csv: Path) -> None:
    runner = InProcessRunner()
    profile = await runner.load_csv("df", line_csv)
    profile_text = f"File line.csv loaded as `df`:\n{format_profile(profile)}"
    graph = build_graph(OfflineBrain(), runner)
    events = await _turn(graph, "plot y against x and fit a line", profiles=[profile], profile_text=profile_text)
    done = [e for e in events if e["type"] == "code_done"]
    assert [e["status"] for e in done] == ["ok"]
    assert any("image/png" in o.get("data", {}) for o in done[0]["outputs"])
    result = next(o.data[RESULT_MIME] for o in done[0]["outputs"] if RESULT_MIME in o.get("data", {}))
    answer = events[-1]
    assert answer["type"] == "answer"
    # The cell's numbers are the fit of the data in the namespace, and the answer quotes them.
    df = runner.namespace["df"]
    slope, intercept = np.polyfit(df.x, df.y, 1)
    rmse = float(np.sqrt(np.mean((df.y - (slope * df.x + intercept)) ** 2)))
    assert result["params"]["slope"] == pytest.approx(slope, rel=1e-8)
    assert result["params"]["intercept"] == pytest.approx(intercept, rel=1e-8)
    assert result["rmse"] == pytest.approx(rmse, rel=1e-6)
    assert f"{abs(intercept):.3g}" in answer["text"] and f"{rmse:.4g}" in answer["text"], answer["text"]


async def test_offline_answer_changes_when_the_data_does(line_csv: Path) -> None:
    """The same question on the same file, with y doubled in the namespace: the answer follows the computed slope."""
    answers = []
    for mutate in ("", "df['y'] = df['y'] * 2"):
        runner = InProcessRunner()
        profile = await runner.load_csv("df", line_csv)
        if mutate:
            assert (await runner.execute(mutate)).status == "ok"
        events = await _turn(
            build_graph(OfflineBrain(), runner), "fit a line of y against x", profiles=[profile], profile_text=""
        )
        answers.append(events[-1]["text"])
    assert "2.5·x - 4.02" in answers[0] and "5.001·x - 8.039" in answers[1], answers
