"""Operations: /healthz, /readyz and /metrics on a FastAPI app, metrics, and JSON-lines logs without secrets."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from notebook_agent.ops import logs, metrics

KEY = "AIzaSyD-this-is-a-fake-key-for-tests-0001"
DB_PASSWORD = "pg-pass-Zq81xx"


def samples(m: metrics.Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for family in text_string_to_metric_families(m.render().decode()):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def test_health_ready_and_metrics_routes() -> None:
    state = {"database": True, "template": True}
    m = metrics.Metrics()
    app = FastAPI()
    metrics.install(app, ready=lambda: dict(state), metrics=m)
    client = TestClient(app)

    health = client.get("/healthz")
    assert health.status_code == 200 and health.json() == {"ok": True}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {"ok": True, "checks": state}
    state["template"] = False
    not_ready = client.get("/readyz")
    assert not_ready.status_code == 503
    assert not_ready.json() == {"ok": False, "checks": state, "failed": ["template"]}

    m.live_sessions.set(3)
    m.pool_size.set(2)
    with m.time_turn():
        pass
    with pytest.raises(RuntimeError), m.time_turn():
        raise RuntimeError("a failed turn is still timed")
    m.count_model_call("gemini")
    m.count_model_error("Rate-Limited")
    m.count_model_error("<script>alert(1)</script>")
    m.kernel_deaths.inc()
    m.count_upload_refused("too_big")
    m.count_login_failure("bad_credentials")

    page = client.get("/metrics")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/plain; version=")
    got = samples(m)
    assert got[("notebook_agent_live_sessions", ())] == 3
    assert got[("notebook_agent_pool_size", ())] == 2
    assert got[("notebook_agent_turns_total", ())] == 2
    assert got[("notebook_agent_turn_seconds_count", ())] == 2
    assert got[("notebook_agent_model_calls_total", (("kind", "gemini"),))] == 1
    assert got[("notebook_agent_model_errors_total", (("kind", "rate_limited"),))] == 1
    assert got[("notebook_agent_model_errors_total", (("kind", "other"),))] == 1  # no free text in labels
    assert got[("notebook_agent_kernel_deaths_total", ())] == 1
    assert got[("notebook_agent_kernel_restarts_total", ())] == 0
    assert got[("notebook_agent_sandbox_refusals_total", ())] == 0
    assert got[("notebook_agent_uploads_refused_total", (("reason", "too_big"),))] == 1
    assert got[("notebook_agent_login_failures_total", (("reason", "bad_credentials"),))] == 1
    assert "notebook_agent_live_kernels" in page.text and "script" not in page.text


def test_a_failing_readiness_check_is_a_503_naming_the_error() -> None:
    def broken() -> dict[str, bool]:
        raise ConnectionError("database unreachable at postgresql://app:secret@db/na")

    app = FastAPI()
    metrics.install(app, ready=broken, metrics=metrics.Metrics())
    answer = TestClient(app).get("/readyz")
    assert answer.status_code == 503
    assert answer.json() == {"ok": False, "failed": ["ready"], "error": "ConnectionError"}


def test_metrics_have_registries_of_their_own() -> None:
    first, second = metrics.Metrics(), metrics.Metrics()  # no "duplicated timeseries" clash
    first.turns.inc()
    assert samples(second)[("notebook_agent_turns_total", ())] == 0
    assert metrics.METRICS.registry is not REGISTRY
    assert REGISTRY.get_sample_value("notebook_agent_turns_total") is None


@pytest.fixture
def captured() -> Iterator[tuple[io.StringIO, logs.Redactor]]:
    stream = io.StringIO()
    redactor = logs.Redactor(
        env={
            "GEMINI_API_KEY": KEY,
            "NOTEBOOK_AGENT_DB_PASSWORD": DB_PASSWORD,
            "FEATURE_TOKEN": "short",  # a pattern-named variable under 8 characters is left alone
            "HOME": "/root",
        }
    )
    root = logging.getLogger()
    level = root.level
    handler = logs.configure("DEBUG", stream=stream, redactor=redactor)
    yield stream, redactor
    root.removeHandler(handler)
    root.setLevel(level)


def lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_log_lines_are_json_with_ids_and_no_secrets(captured: tuple[io.StringIO, logs.Redactor]) -> None:
    stream, redactor = captured
    log = logging.getLogger("notebook_agent.test")
    log.info("no ids yet")
    with logs.bind(user="alice", session="s-123", turn=2):
        log.warning("calling the model with key %s", KEY)
        log.info("database", extra={"url": f"postgresql://app:{DB_PASSWORD}@db/na", "rows": 3, "nested": [KEY]})
        try:
            raise RuntimeError(f"refused: x-goog-api-key={KEY}")
        except RuntimeError:
            log.exception("model call failed")
        with logs.bind(turn=3):
            log.info("Authorization: Bearer na_" + "A" * 43)
        log.info("turn back to %d", 2)
    log.info("feature token is %s", "short")
    redactor.add("typed-into-the-ui-key")
    log.info("a key from the UI: typed-into-the-ui-key")

    out = stream.getvalue()
    assert KEY not in out and DB_PASSWORD not in out and "typed-into-the-ui-key" not in out and "A" * 43 not in out
    got = lines(stream)
    assert [g["message"] for g in got] == [
        "no ids yet",
        "calling the model with key [redacted]",
        "database",
        "model call failed",
        "Authorization: Bearer [redacted]",
        "turn back to 2",
        "feature token is short",
        "a key from the UI: [redacted]",
    ]
    first = got[0]
    assert set(first) == {"time", "level", "logger", "message", "user", "session", "turn"}
    assert (first["user"], first["session"], first["turn"]) == (None, None, None)
    assert first["time"].endswith("+00:00") and first["level"] == "INFO" and first["logger"] == "notebook_agent.test"
    assert [(g["user"], g["session"], g["turn"]) for g in got[1:6]] == [("alice", "s-123", 2)] * 3 + [
        ("alice", "s-123", 3),
        ("alice", "s-123", 2),
    ]
    assert (
        got[2]["url"] == "postgresql://[redacted]@db/na" and got[2]["rows"] == 3 and got[2]["nested"] == ["[redacted]"]
    )
    assert "RuntimeError: refused: x-goog-api-key=[redacted]" in got[3]["exception"]
    assert got[6]["user"] is None


def test_each_task_logs_its_own_ids(captured: tuple[io.StringIO, logs.Redactor]) -> None:
    stream, _ = captured
    log = logging.getLogger("notebook_agent.test")

    async def turn(user: str, session: str) -> None:
        logs.set_context(user=user, session=session, turn=1)
        await asyncio.sleep(0.01)
        log.info("step")
        logs.set_context(turn=2)
        await asyncio.sleep(0.01)
        log.info("step")

    async def both() -> None:
        await asyncio.gather(turn("alice", "a1"), turn("bob", "b1"))

    asyncio.run(both())
    seen = sorted((g["user"], g["session"], g["turn"]) for g in lines(stream) if g["logger"] == "notebook_agent.test")
    assert seen == [("alice", "a1", 1), ("alice", "a1", 2), ("bob", "b1", 1), ("bob", "b1", 2)]
    assert logs.current_context() == {"user": None, "session": None, "turn": None}


def test_redactor_reads_secret_variables_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEMINI_API_KEY", "gk-1234")  # a named secret is redacted even when short
    monkeypatch.setenv("SERVICE_SECRET", "s3cr3t-value-long")
    monkeypatch.setenv("NOTEBOOK_AGENT_MODEL", "offline")
    r = logs.Redactor()
    assert r.redact("gk-1234 / s3cr3t-value-long / offline") == "[redacted] / [redacted] / offline"
    assert r.redact("AIza" + "b" * 35) == "[redacted]"  # key-shaped, set or not
