"""Operations wired into the real app: the counters and gauges move where things happen, and the app's log is JSON
lines with the ids of the turn and without the API key, the data or the question.

One app (`python app.py`, Gemini answered by the fake server) is driven through gradio_client: an upload holding a
canary value with a question (the model runs a cell, then answers), an upload that is refused, and a question the
model fails (429). Then /metrics, /healthz and /readyz are read, the app is stopped and its stderr is checked.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from conftest import REPO, make_data_dir
from fake_gemini import FakeGemini, function_call_reply, text_reply
from gradio_client import Client, handle_file
from prometheus_client.parser import text_string_to_metric_families

KEY = "ops-wiring-key-4b7d0e92c1"
CANARY = "CANARY-7f3a91"
QUESTION = "what do the amounts of the quokka-ledger add up to?"
SECOND = "and which city of the quokka-ledger is the largest?"


@dataclass
class Run:
    metrics: dict[tuple[str, tuple[tuple[str, str], ...]], float]
    metrics_text: str
    health: tuple[int, Any]
    ready: tuple[int, Any]
    replies: list[list[dict[str, Any]]]
    log: str
    exit_code: int


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    folder = tmp_path_factory.mktemp("ops")
    data = folder / "ledger.csv"
    data.write_text(f"city,amount\n{CANARY},10\nOslo,20\nLima,30\n")
    empty = folder / "empty.csv"
    empty.write_text("")
    stderr_path = folder / "app.log"
    with FakeGemini(api_key=KEY) as fake:
        fake.reply(function_call_reply({"code": "print(df['amount'].sum())"}))
        fake.reply(text_reply("The amounts add up to 60."))
        fake.error(429, "Resource has been exhausted (e.g. check quota).")  # the second question: a model error
        port = _free_port()
        home = make_data_dir()
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "NOTEBOOK_AGENT_DATA_DIR": str(home),
            "NOTEBOOK_AGENT_POOL_SIZE": "0",
            "NOTEBOOK_AGENT_GEMINI_ATTEMPTS": "1",
            "GEMINI_API_KEY": KEY,
            "GOOGLE_GEMINI_BASE_URL": fake.base_url,
            "GRADIO_ANALYTICS_ENABLED": "False",
        }
        with stderr_path.open("wb") as stderr:
            proc = subprocess.Popen(
                [sys.executable, str(REPO / "app.py"), "--port", str(port)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1):
                        break
                except OSError:
                    assert proc.poll() is None, stderr_path.read_text()
                    assert time.monotonic() < deadline, "the app did not listen within 60 s"
                    time.sleep(0.2)
            url = f"http://127.0.0.1:{port}/"
            client = Client(url, verbose=False)
            replies = [
                client.predict({"text": QUESTION, "files": [handle_file(str(data))]}, api_name="/chat"),
                client.predict({"text": "", "files": [handle_file(str(empty))]}, api_name="/chat"),
                client.predict({"text": SECOND, "files": []}, api_name="/chat"),
            ]
            client.close()
            status, body = _get(url + "metrics")
            assert status == 200
            metrics_text = body.decode()
            (folder / "metrics.txt").write_text(metrics_text)  # beside app.log, for whoever reads a failure
            health = _get(url + "healthz")
            ready = _get(url + "readyz")
        finally:
            proc.terminate()  # what `docker stop` sends
            exit_code = proc.wait(timeout=30)
    yield Run(
        _samples(metrics_text),
        metrics_text,
        (health[0], json.loads(health[1])),
        (ready[0], json.loads(ready[1])),
        replies,
        stderr_path.read_text(encoding="utf-8"),
        exit_code,
    )


def test_the_turns_went_as_scripted(run: Run) -> None:
    first, refused, failed = run.replies
    assert "loaded as `df`" in first[0]["content"] and CANARY in first[0]["content"]  # the canary was in the data
    assert first[-1]["content"] == "The amounts add up to 60."
    assert refused[0]["content"].startswith("**Refused:**")
    assert "rate or quota limit" in failed[-1]["content"]


def test_metrics_moved_where_things_happened(run: Run) -> None:
    m = run.metrics
    assert m[("notebook_agent_turns_total", ())] >= 2
    assert m[("notebook_agent_turn_seconds_count", ())] >= 2
    assert m[("notebook_agent_model_calls_total", (("kind", "gemini"),))] >= 3  # a cell, an answer, a failure
    assert m[("notebook_agent_model_errors_total", (("kind", "rate_limited"),))] == 1
    assert m[("notebook_agent_uploads_refused_total", (("reason", "bad_format"),))] == 1
    assert m[("notebook_agent_live_sessions", ())] >= 1
    assert m[("notebook_agent_live_kernels", ())] >= 1
    assert m[("notebook_agent_pool_size", ())] == 0  # no pool asked for
    assert m[("notebook_agent_kernel_deaths_total", ())] == 0
    assert m[("notebook_agent_sandbox_refusals_total", ())] == 0
    assert run.health == (200, {"ok": True})
    assert run.ready[0] == 200 and run.ready[1]["ok"] is True and run.ready[1]["checks"]["database"] is True
    assert CANARY not in run.metrics_text and "quokka" not in run.metrics_text


def test_the_log_is_json_lines_with_the_turn_ids(run: Run) -> None:
    lines = [line for line in run.log.splitlines() if line.strip()]
    assert lines, "the app wrote no log"
    records = []
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            pytest.fail(f"not a JSON line: {line!r}")
        assert isinstance(record, dict)
        assert {"time", "level", "logger", "message", "user", "session", "turn"} <= set(record), record
        records.append(record)
    # Other libraries' loggers stay at WARNING: INFO comes from the app's own loggers only.
    chatty = [r for r in records if r["level"] in ("DEBUG", "INFO") and not r["logger"].startswith("notebook_agent")]
    assert not chatty, chatty
    by_message: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_message.setdefault(record["message"], []).append(record)

    turns = by_message["turn started"] + by_message["turn finished"]
    assert len(turns) == 4
    for record in turns:
        assert record["user"] and record["session"] and record["turn"] in (1, 2), record
    finished = sorted(by_message["turn finished"], key=lambda r: r["turn"])
    assert [r["status"] for r in finished] == ["ok", "error"]
    assert finished[0]["cells"] == 1 and finished[0]["model_steps"] == 2 and finished[0]["seconds"] > 0
    assert finished[1]["error"] == "ModelRateLimited"
    (failed,) = by_message["model call failed"]
    assert failed["kind"] == "rate_limited" and failed["turn"] == 2 and failed["user"] == finished[1]["user"]
    (accepted,) = by_message["upload accepted"]
    assert accepted["bytes"] == len(f"city,amount\n{CANARY},10\nOslo,20\nLima,30\n") and accepted["rows"] == 3
    (refused,) = by_message["upload refused"]
    assert refused["reason"] == "bad_format" and refused["bytes"] == 0 and refused["session"]
    started = by_message["kernel started"]
    assert started and started[0]["session"] == finished[0]["session"] and started[0]["start_mode"] in ("fork", "spawn")
    assert any(m.startswith("serving on http://127.0.0.1:") for m in by_message)


def test_a_stop_ends_the_app_cleanly(run: Run) -> None:
    # SIGTERM with a chat still open: exit 0, and no error from the chat's conversation store being torn down by
    # the event loop (it had logged "an error occurred during closing of asynchronous generator" per chat)
    assert run.exit_code == 0
    errors = [json.loads(line) for line in run.log.splitlines() if '"level": "ERROR"' in line]
    # uvicorn's own "Cancel 1 running task(s)" is the client's open event stream, cut after the 5 s grace
    assert not [e for e in errors if e["logger"] == "asyncio" or e["logger"].startswith("notebook_agent")], errors


def test_the_log_holds_no_key_no_data_and_no_question(run: Run) -> None:
    assert KEY not in run.log
    assert CANARY not in run.log and "7f3a91" not in run.log
    assert QUESTION not in run.log and SECOND not in run.log and "quokka" not in run.log
    assert "The amounts add up to 60" not in run.log  # nor the model's text
