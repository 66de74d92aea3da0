"""The whole agent loop, Gemini path: real SDK → fake Gemini server; real sandboxed kernel; real SQLite."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest
from conftest import VENV_BIN, make_data_dir
from fake_gemini import FakeGemini, function_call_reply, text_reply

from notebook_agent.agent.brains import GeminiBrain
from notebook_agent.agent.gemini import GeminiModel
from notebook_agent.agent.session import Session
from notebook_agent.settings import Settings

KEY = "sk-test-notebook-agent-123"
PLOT = (
    "slope, intercept = np.polyfit(df.x, df.y, 1)\nprint(f'slope={slope:.3f}')\n"
    "df.plot.scatter(x='x', y='y'); plt.show()"
)


@pytest.fixture
def gemini() -> Iterator[FakeGemini]:
    with FakeGemini() as server:
        yield server


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    rows = ["x,y"] + [f"{i},{3 * i + 2}" for i in range(50)]
    path = tmp_path / "line.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def _settings(data: Path) -> Settings:
    return Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": str(data)})


@pytest.fixture(scope="module")
def chat_settings() -> Settings:
    """One data dir for the module's in-process chats: each chat still has its own session dir, sandbox and kernel,
    and they share the data dir's kernel fork server (a new data dir starts another, ~3 s of imports)."""
    return _settings(make_data_dir())


async def _turn(session: Session, question: str) -> list[dict[str, Any]]:
    return [item async for item in session.ask(question)]


async def test_tool_call_plot_answer(gemini: FakeGemini, chat_settings: Settings, csv_file: Path) -> None:
    gemini.reply(function_call_reply({"code": PLOT}, call_id="c-1"))
    gemini.reply(text_reply("The slope is **3.000**: y rises steadily with x."))
    brain = GeminiBrain(GeminiModel(KEY, base_url=gemini.base_url, backoff_s=0.01))
    session = await Session.open(settings=chat_settings, brain=brain)
    try:
        await session.add_file(csv_file)
        events = await _turn(session, "plot y against x and fit a line")
    finally:
        await session.close()
    kinds = [e["type"] for e in events]
    assert kinds.index("code") < kinds.index("code_done") < kinds.index("answer")
    done = next(e for e in events if e["type"] == "code_done")
    assert done["status"] == "ok"
    assert any("image/png" in o.get("data", {}) for o in done["outputs"])
    assert events[-1]["text"].startswith("The slope is")
    first, second = gemini.requests
    system = json.dumps(first.body["systemInstruction"])
    assert "line.csv" in system and "<data_profile>" in system
    response = next(p["functionResponse"] for p in second.parts() if "functionResponse" in p)
    assert response["id"] == "c-1" and "slope=3.000" in response["response"]["stdout"]
    assert [b["mimeType"] for b in second.inline_data()] == ["image/png"]
    assert KEY not in first.raw + second.raw
    nb = nbformat.read(session.notebook.path, as_version=4)
    nbformat.validate(nb)
    roles = [c.metadata.notebook_agent.role for c in nb.cells]
    assert roles == ["setup", "setup", "user", "code", "assistant"]
    records = [json.loads(line) for line in (session.dir / "model_requests.jsonl").read_text().splitlines()]
    assert len(records) == 2 and records[1]["contents"][-1]["parts"][-1]["inlineData"]["bytes"] > 1000


async def test_failing_cell_is_repaired_visibly(gemini: FakeGemini, chat_settings: Settings, csv_file: Path) -> None:
    gemini.reply(function_call_reply({"code": "print(df.nonexistent.mean())"}, call_id="a"))
    gemini.reply(function_call_reply({"code": "print(df.y.mean())"}, call_id="b"))
    gemini.reply(text_reply("The mean of y is 75.5."))
    session = await Session.open(
        settings=chat_settings,
        brain=GeminiBrain(GeminiModel(KEY, base_url=gemini.base_url, backoff_s=0.01)),
    )
    try:
        await session.add_file(csv_file)
        events = await _turn(session, "what is the mean of y?")
    finally:
        await session.close()
    codes = [e for e in events if e["type"] == "code"]
    assert [c["attempt"] for c in codes] == [1, 2]
    assert all(c["max_attempts"] == 3 for c in codes)
    error = next(p["functionResponse"]["response"] for p in gemini.requests[1].parts() if "functionResponse" in p)
    assert error["status"] == "error" and error["error"]["ename"] == "AttributeError"
    responses = [p["functionResponse"] for p in gemini.requests[2].parts() if "functionResponse" in p]
    assert [r["id"] for r in responses] == ["a", "b"] and "75.5" in responses[-1]["response"]["stdout"]
    nb = nbformat.read(session.notebook.path, as_version=4)
    failed = [c for c in nb.cells if "raises-exception" in c.metadata.get("tags", [])]
    assert len(failed) == 1 and "nonexistent" in failed[0].source


async def test_gives_up_after_three_failures(gemini: FakeGemini, chat_settings: Settings, csv_file: Path) -> None:
    for i in range(3):
        gemini.reply(function_call_reply({"code": "1/0"}, call_id=f"z{i}"))
    session = await Session.open(
        settings=chat_settings,
        brain=GeminiBrain(GeminiModel(KEY, base_url=gemini.base_url, backoff_s=0.01)),
    )
    try:
        events = await _turn(session, "divide")
        state = await session.state()
    finally:
        await session.close()
    assert [e["attempt"] for e in events if e["type"] == "code"] == [1, 2, 3]
    assert "3 attempts" in events[-1]["text"]
    assert state["messages"][-1]["role"] == "model"


def test_privacy_marker_in_row_5000_never_sent(gemini: FakeGemini, tmp_path: Path) -> None:
    marker = "ZEBRA-MARKER-8841"
    rows = ["id,name,value"] + [f"{i},{marker if i == 5000 else 'row' + str(i)},{i * 2}" for i in range(10000)]
    data_file = tmp_path / "big.csv"
    data_file.write_text("\n".join(rows) + "\n")
    gemini.reply(text_reply("It has 10000 rows."))
    proc = _ask(gemini, make_data_dir(), [str(data_file), "-q", "how many rows?"])
    assert proc.returncode == 0, proc.stderr
    assert gemini.requests and all(marker not in r.raw for r in gemini.requests)


def _ask(gemini: FakeGemini, data: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": f"{VENV_BIN}:/usr/bin:/bin",
        "HOME": str(data),
        "NOTEBOOK_AGENT_DATA_DIR": str(data),
        "GEMINI_API_KEY": KEY,
        "GOOGLE_GEMINI_BASE_URL": gemini.base_url,
    }
    return subprocess.run(
        [str(VENV_BIN / "notebook-agent"), "ask", "--json", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=str(data),
    )


def test_memory_survives_a_restart(gemini: FakeGemini, csv_file: Path) -> None:
    data = make_data_dir()
    gemini.reply(function_call_reply({"code": "total = int(df.y.sum())\nprint(total)"}, call_id="t1"))
    gemini.reply(text_reply("The total of y is 3775."))
    first = _ask(gemini, data, [str(csv_file), "-q", "what is the total of y?"])
    assert first.returncode == 0, first.stderr
    events = [json.loads(line) for line in first.stdout.splitlines()]
    session_id = events[0]["id"]
    # A new process: the conversation comes back from SQLite, the kernel's variables from the replayed cells.
    gemini.reply(function_call_reply({"code": "print(total * 2)"}, call_id="t2"))
    gemini.reply(text_reply("Twice the total is 7550."))
    second = _ask(
        gemini, data, ["--session", session_id, "-q", "and twice that?", "--notebook", str(data / "out.ipynb")]
    )
    assert second.returncode == 0, second.stderr
    events = [json.loads(line) for line in second.stdout.splitlines()]
    done = next(e for e in events if e["type"] == "code_done")
    assert done["status"] == "ok" and "7550" in json.dumps(done["outputs"])
    request = gemini.requests[2].body
    texts = json.dumps(request["contents"])
    assert "what is the total of y?" in texts and "The total of y is 3775." in texts and "and twice that?" in texts
    nb = nbformat.read(data / "out.ipynb", as_version=4)
    turns = [c.metadata.notebook_agent.turn for c in nb.cells if c.metadata.notebook_agent.role == "user"]
    assert turns == [1, 2]
    assert os.stat(data / "out.ipynb").st_size > 0


async def test_exported_notebook_reruns_under_nbclient(
    gemini: FakeGemini, chat_settings: Settings, csv_file: Path, tmp_path: Path
) -> None:
    from nbclient import NotebookClient

    gemini.reply(function_call_reply({"code": "df.nope.mean()"}, call_id="f"))
    gemini.reply(function_call_reply({"code": PLOT}, call_id="p"))
    gemini.reply(text_reply("Slope 3."))
    session = await Session.open(
        settings=chat_settings,
        brain=GeminiBrain(GeminiModel(KEY, base_url=gemini.base_url, backoff_s=0.01)),
    )
    try:
        await session.add_file(csv_file)
        await _turn(session, "fit a line")
        exported = session.notebook.to_json()
    finally:
        await session.close()
    folder = tmp_path / "rerun"
    folder.mkdir()
    (folder / "line.csv").write_bytes(csv_file.read_bytes())
    nb = nbformat.reads(exported, as_version=4)
    images_before = sum("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    await NotebookClient(
        nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(folder)}}
    ).async_execute()
    errors = [c for c in nb.cells if c.cell_type == "code" and any(o.output_type == "error" for o in c.outputs)]
    assert all("raises-exception" in c.metadata.get("tags", []) for c in errors) and len(errors) == 1
    images_after = sum("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert images_before == images_after == 1


async def _one_turn(
    gemini: FakeGemini, chat_settings: Settings, question: str = "what is the mean of y?", timeout_s: float = 30
) -> tuple[list[dict[str, Any]], Session]:
    session = await Session.open(
        settings=chat_settings,
        brain=GeminiBrain(
            GeminiModel(KEY, base_url=gemini.base_url, backoff_s=0.01, timeout_s=timeout_s, max_attempts=3)
        ),
    )
    try:
        events = await _turn(session, question)
    finally:
        await session.close()
    return events, session


async def test_loop_429_then_success(gemini: FakeGemini, chat_settings: Settings) -> None:
    gemini.error(429, retry_after="0")
    gemini.reply(text_reply("Fine."))
    events, _ = await _one_turn(gemini, chat_settings)
    assert events[-1] == {"type": "answer", "turn": 1, "text": "Fine."}
    assert len(gemini.requests) == 2


@pytest.mark.parametrize(("script", "expect"), [("5xx", "503"), ("timeout", "timeout"), ("safety", "block")])
async def test_loop_model_failures_end_the_turn_clearly(
    gemini: FakeGemini, chat_settings: Settings, script: str, expect: str
) -> None:
    from fake_gemini import Step

    if script == "5xx":
        for _ in range(3):
            gemini.error(503)
    elif script == "timeout":
        for _ in range(3):
            gemini.delay(2.0, then=Step(body=text_reply("late")))
    else:
        gemini.reply({"promptFeedback": {"blockReason": "SAFETY"}, "candidates": []})
    events, session = await _one_turn(gemini, chat_settings, timeout_s=0.5)
    error = events[-1]
    assert error["type"] == "error" and expect in error["text"].lower(), error
    nb = nbformat.read(session.notebook.path, as_version=4)
    assert nb.cells[-1].metadata.notebook_agent.role == "assistant" and "Error" in nb.cells[-1].source


async def test_loop_malformed_tool_call_goes_back_to_the_model(gemini: FakeGemini, chat_settings: Settings) -> None:
    gemini.reply(function_call_reply({"cmd": "ls"}, call_id="bad"))
    gemini.reply(function_call_reply({"code": "print(6 * 7)"}, call_id="good"))
    gemini.reply(text_reply("42."))
    events, _ = await _one_turn(gemini, chat_settings)
    assert events[-1]["text"] == "42."
    responses = [p["functionResponse"] for p in gemini.requests[1].parts() if "functionResponse" in p]
    assert responses[0]["id"] == "bad" and responses[0]["response"]["error"]["ename"] == "MalformedToolCall"
    assert [e["attempt"] for e in events if e["type"] == "code"] == [2]


# --- streaming, and the model in use ---------------------------------------------------------------------------
def _chunk(*parts: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
    from fake_gemini import candidate

    return {"candidates": [candidate(list(parts), finish_reason=finish)], **extra}


async def test_streamed_answer_arrives_in_order_as_it_is_written(gemini: FakeGemini, chat_settings: Settings) -> None:
    import time

    from fake_gemini import usage

    pieces = ["The mean of y ", "is **75.5**, ", "from 50 rows."]
    gemini.stream(
        [
            _chunk({"text": pieces[0]}),
            _chunk({"text": pieces[1]}),
            _chunk({"text": pieces[2]}, finish="STOP", usageMetadata=usage(30, 9)),
        ],
        chunk_delay_s=0.4,
    )
    session = await Session.open(
        settings=chat_settings,
        brain=GeminiBrain(GeminiModel(KEY, base_url=gemini.base_url, backoff_s=0.01)),
    )
    try:
        timed = [(time.monotonic(), item) async for item in session.ask("what is the mean of y?")]
    finally:
        await session.close()
    events = [item for _, item in timed]
    kinds = [e["type"] for e in events]
    deltas = [e for e in events if e["type"] == "text_delta"]
    assert [d["text"] for d in deltas] == pieces
    assert all(d["turn"] == 1 and d["step"] == 1 for d in deltas)
    assert kinds.index("status") < kinds.index("text_delta") and kinds[-1] == "answer"
    assert max(i for i, k in enumerate(kinds) if k == "text_delta") < kinds.index("answer")
    assert events[-1]["text"] == "".join(pieces)
    # Each piece came out when the server sent it, not all together at the end.
    times = [t for t, e in timed if e["type"] == "text_delta"]
    assert times[2] - times[0] > 0.6, times
    [request] = gemini.requests
    assert request.stream and request.query == {"alt": ["sse"]}
    nb = nbformat.read(session.notebook.path, as_version=4)
    assert nb.cells[-1].source.endswith("from 50 rows.")  # the notebook keeps the whole answer once


async def test_streamed_function_call_runs_code_and_keeps_its_signature(
    gemini: FakeGemini, chat_settings: Settings, csv_file: Path
) -> None:
    call = {"id": "s-1", "name": "run_python", "args": {"code": "print(df.y.mean())"}}
    gemini.stream(
        [
            _chunk({"text": "Weighing the columns.", "thought": True}),
            _chunk({"text": "Let me compute "}),
            _chunk({"text": "the mean."}, {"functionCall": call, "thoughtSignature": "c2lnLTE="}),
            _chunk(finish="STOP"),
        ]
    )
    gemini.stream([_chunk({"text": "The mean of y "}), _chunk({"text": "is 75.5."}, finish="STOP")])
    session = await Session.open(
        settings=chat_settings,
        brain=GeminiBrain(GeminiModel(KEY, base_url=gemini.base_url, backoff_s=0.01)),
    )
    try:
        await session.add_file(csv_file)
        events = await _turn(session, "what is the mean of y?")
        state = await session.state()
    finally:
        await session.close()
    kinds = [e["type"] for e in events]
    assert kinds[-1] == "answer" and events[-1]["text"] == "The mean of y is 75.5."
    by_step = [(e["step"], e["text"]) for e in events if e["type"] == "text_delta"]
    assert by_step == [(1, "Let me compute "), (1, "the mean."), (2, "The mean of y "), (2, "is 75.5.")]
    assert "Weighing the columns." not in json.dumps([e for e in events if e["type"] != "model_request"])
    # The step that called the tool ends with its text as a status, before the code runs.
    preamble = next(
        i for i, e in enumerate(events) if e["type"] == "status" and e["text"] == "Let me compute the mean."
    )
    assert preamble < kinds.index("code") < kinds.index("code_done")
    done = next(e for e in events if e["type"] == "code_done")
    assert done["status"] == "ok" and "75.5" in json.dumps(done["outputs"])
    # The assembled model content went into the history and back to the server unchanged: thought, text, the call
    # with its signature.
    first, second = gemini.requests
    assert first.stream and second.stream
    sent = second.body["contents"]
    model_turn = next(c for c in sent if c["role"] == "model")
    assert model_turn["parts"][0] == {"text": "Weighing the columns.", "thought": True}
    assert model_turn["parts"][1] == {"text": "Let me compute the mean."}
    assert model_turn["parts"][2]["functionCall"] == call and model_turn["parts"][2]["thoughtSignature"] == "c2lnLTE="
    response = next(p["functionResponse"] for p in second.parts() if "functionResponse" in p)
    assert response["id"] == "s-1" and "75.5" in response["response"]["stdout"]
    assert state["messages"][-1] == {"role": "model", "parts": [{"text": "The mean of y is 75.5."}]}


async def test_retired_model_ends_the_turn_naming_others_then_the_chosen_one_answers(
    gemini: FakeGemini, chat_settings: Settings
) -> None:
    gemini.known_models_only = True
    brain = GeminiBrain(GeminiModel(KEY, model="gemini-1.5-flash", base_url=gemini.base_url, backoff_s=0.01))
    session = await Session.open(settings=chat_settings, brain=brain)
    try:
        events = await _turn(session, "hello?")
        error = events[-1]
        assert error["type"] == "error", events
        assert "'gemini-1.5-flash' is not available" in error["text"] and "gemini-3.8-flash" in error["text"]
        assert "Traceback" not in error["text"]
        brain.use_model("gemini-3.7-flash")
        assert brain.name == "gemini (gemini-3.7-flash)"
        gemini.reply_text("Hello from 3.7.")
        again = await _turn(session, "hello again?")
    finally:
        await session.close()
    assert again[-1] == {"type": "answer", "turn": 2, "text": "Hello from 3.7."}
    assert [r.model for r in gemini.requests] == ["gemini-1.5-flash", "gemini-3.7-flash"]
    assert len(gemini.list_requests) == 1
    nb = nbformat.read(session.notebook.path, as_version=4)
    answers = [c.source for c in nb.cells if c.metadata.notebook_agent.role == "assistant"]
    assert "not available" in answers[0] and answers[1] == "Hello from 3.7."
    records = [json.loads(line) for line in (session.dir / "model_requests.jsonl").read_text().splitlines()]
    assert records[-1]["model"] == "gemini-3.7-flash"


def test_ask_prints_streamed_text_as_it_arrives(gemini: FakeGemini) -> None:
    import select
    import time

    pieces = ["Rows: ", "there are ", "**no** files ", "loaded \\[yet\\]."]
    chunks = [_chunk({"text": p}) for p in pieces[:-1]] + [_chunk({"text": pieces[-1]}, finish="STOP")]
    gemini.stream(chunks, chunk_delay_s=1.0)
    gemini.stream(chunks)
    data = make_data_dir()
    env = {
        "PATH": f"{VENV_BIN}:/usr/bin:/bin",
        "HOME": str(data),
        "NOTEBOOK_AGENT_DATA_DIR": str(data),
        "GEMINI_API_KEY": KEY,
        "GOOGLE_GEMINI_BASE_URL": gemini.base_url,
    }
    proc = subprocess.Popen(
        [str(VENV_BIN / "notebook-agent"), "ask", "-q", "how many rows?"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=str(data),
    )
    assert proc.stdout is not None
    out, seen = b"", {}
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.05)
        chunk = os.read(proc.stdout.fileno(), 4096) if ready else b""
        if ready and not chunk:
            break
        out += chunk
        for piece in ("Rows: there are", "**no** files", "loaded [yet]."):
            if piece.encode() in out and piece not in seen:
                seen[piece] = time.monotonic()
    assert proc.wait(timeout=60) == 0, proc.stderr.read().decode() if proc.stderr else ""
    text = out.decode()
    # Plain text as it came (markdown escapes undone as for an answer), once, not again at the end.
    assert text.count("Rows: there are **no** files loaded [yet].") == 1, text
    assert seen["loaded [yet]."] - seen["Rows: there are"] > 1.5, seen
    # --json: one event per line; the deltas in order, and the answer is their concatenation.
    proc2 = _ask(gemini, data, ["-q", "how many rows?"])
    assert proc2.returncode == 0, proc2.stderr
    events = [json.loads(line) for line in proc2.stdout.splitlines()]
    deltas = [e["text"] for e in events if e["type"] == "text_delta"]
    assert deltas == pieces
    answer = next(e for e in events if e["type"] == "answer")
    assert answer["text"] == "".join(pieces)
    assert [e["type"] for e in events].index("answer") > max(
        i for i, e in enumerate(events) if e["type"] == "text_delta"
    )


CHARTS = (
    "import altair as alt\nimport plotly.express as px\n"
    "display(alt.Chart(df).mark_point().encode(x='x', y='y'))\n"
    "display(px.scatter(df, x='x', y='y'))\n"
    "df.head(3)"
)


async def test_exported_charts_and_tables_validate_and_rerun_under_nbclient(
    gemini: FakeGemini, chat_settings: Settings, csv_file: Path, tmp_path: Path
) -> None:
    """A turn that shows an Altair chart, a Plotly figure and a table: the export is valid nbformat with their mime
    bundles, and re-runs under a plain python3 kernel without errors, the Vega-Lite chart drawn again."""
    from nbclient import NotebookClient

    gemini.reply(function_call_reply({"code": CHARTS}, call_id="c"))
    gemini.reply(text_reply("Charts shown."))
    session = await Session.open(
        settings=chat_settings,
        brain=GeminiBrain(GeminiModel(KEY, base_url=gemini.base_url, backoff_s=0.01)),
    )
    try:
        await session.add_file(csv_file)
        await _turn(session, "show me the points both ways and the first rows")
        exported = session.notebook.to_json()
    finally:
        await session.close()
    nb = nbformat.reads(exported, as_version=4)
    nbformat.validate(nb)

    def mimes(notebook: Any) -> set[str]:
        return {m for c in notebook.cells if c.cell_type == "code" for o in c.outputs for m in o.get("data", {})}

    before = mimes(nb)
    assert {"application/vnd.plotly.v1+json", "application/vnd.notebook-agent.table+json"} <= before, before
    assert any(m.startswith("application/vnd.vegalite.v") for m in before), before
    folder = tmp_path / "rerun-charts"
    folder.mkdir()
    (folder / "line.csv").write_bytes(csv_file.read_bytes())
    await NotebookClient(
        nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(folder)}}
    ).async_execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors, errors
    # Plain ipykernel: Altair's own renderer draws the chart again (its Vega-Lite mime, or HTML with vega-embed).
    drawn = [
        o
        for c in nb.cells
        if c.cell_type == "code" and "alt.Chart" in c.source
        for o in c.outputs
        if any(m.startswith("application/vnd.vegalite.v") for m in o.get("data", {}))
        or "vega" in str(o.get("data", {}).get("text/html", ""))
    ]
    assert drawn, mimes(nb)
