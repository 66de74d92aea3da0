"""Operations: /healthz, /readyz and /metrics on a FastAPI app, metrics, and JSON-lines logs without secrets."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
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
    root, ours = logging.getLogger(), logging.getLogger(logs.PACKAGE_LOGGER)
    levels, hooks = (root.level, ours.level), (sys.excepthook, threading.excepthook)
    handler = logs.configure("DEBUG", stream=stream, redactor=redactor)
    yield stream, redactor
    root.removeHandler(handler)
    root.setLevel(levels[0])
    ours.setLevel(levels[1])
    logging.captureWarnings(False)
    sys.excepthook, threading.excepthook = hooks


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


# -- the wiring's parts, without kernels --------------------------------------------------------------------------


def value(name: str, **labels: str) -> float:
    """A sample of the app's own registry (0 when the series does not exist yet)."""
    return metrics.METRICS.registry.get_sample_value(name, labels) or 0.0


def test_reasons_and_kinds_are_short_words_from_the_error_class() -> None:
    from notebook_agent import errors
    from notebook_agent.accounts.errors import QuotaExceededError
    from notebook_agent.ops.events import model_error_kind, refusal_reason

    assert refusal_reason(errors.UploadTooBig("big")) == "too_big"
    assert refusal_reason(errors.UploadFormatError("empty")) == "bad_format"
    assert refusal_reason(errors.UnsafeFileError("a", "a link")) == "unsafe"
    assert refusal_reason(QuotaExceededError("disk_bytes", 2, 1, "full", "delete")) == "quota"
    assert refusal_reason(errors.QuotaExceeded("disk", 10)) == "quota"
    assert refusal_reason(errors.ServerBusy(3)) == "busy"
    assert refusal_reason(errors.KernelDied("gone")) == "kernel"
    assert refusal_reason(errors.UploadError("could not be stored")) == "refused"
    assert refusal_reason(ValueError("CANARY-in-a-message")) == "other"
    assert model_error_kind(errors.ModelTimeout("slow", timeout_s=1)) == "timeout"
    assert model_error_kind(errors.ModelRateLimited("429")) == "rate_limited"
    assert model_error_kind(errors.ModelUnavailable("503")) == "unavailable"
    assert model_error_kind(errors.ModelAuthError("key")) == "auth"
    assert model_error_kind(errors.ModelBlocked("safety", reason="SAFETY")) == "blocked"
    assert model_error_kind(errors.ModelNotFound("404", model="m")) == "not_found"
    assert model_error_kind(errors.ModelReplyError("400")) == "reply"
    assert model_error_kind(KeyError("x")) == "unexpected"


def test_a_refused_upload_is_counted_and_logged_without_its_name(
    captured: tuple[io.StringIO, logs.Redactor], tmp_path: Path
) -> None:
    from notebook_agent.errors import UploadFormatError
    from notebook_agent.ops.events import upload_refused

    stream, _ = captured
    path = tmp_path / "secret-plans.csv"
    path.write_bytes(b"x" * 7)
    before = value("notebook_agent_uploads_refused_total", reason="bad_format")
    with logs.bind(user="7", session="s-1"):
        assert upload_refused(UploadFormatError("secret-plans.csv holds CANARY-1"), path) == "bad_format"
    assert value("notebook_agent_uploads_refused_total", reason="bad_format") == before + 1
    (line,) = [g for g in lines(stream) if g["message"] == "upload refused"]
    assert (line["reason"], line["bytes"], line["user"], line["error"]) == ("bad_format", 7, "7", "UploadFormatError")
    assert "secret-plans" not in stream.getvalue() and "CANARY" not in stream.getvalue()


def test_library_loggers_stay_at_warning_and_warnings_become_json(captured: tuple[io.StringIO, logs.Redactor]) -> None:
    stream, _ = captured
    logging.getLogger("httpx").info("HTTP Request: POST https://example.test/ 200")
    logging.getLogger("httpx").warning("a library warning")
    logging.getLogger("notebook_agent.kernel").info("ours")
    import warnings

    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=1)
    got = [(g["logger"], g["level"]) for g in lines(stream)]
    assert ("httpx", "INFO") not in got
    assert (
        ("httpx", "WARNING") in got and ("notebook_agent.kernel", "INFO") in got and ("py.warnings", "WARNING") in got
    )


def test_bind_ended_in_another_context_does_not_raise() -> None:
    import contextvars

    block = logs.bind(turn=5)
    block.__enter__()
    # The exit runs in a copy of the context, as when the loop's finaliser closes an async generator.
    contextvars.copy_context().run(block.__exit__, None, None, None)
    assert logs.current_context()["turn"] == 5
    logs.set_context(turn=None)


async def test_live_sessions_gauge_follows_the_registry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from notebook_agent.settings import Settings
    from notebook_agent.ui import sessions

    class FakeSession:
        closed = 0

        async def close(self) -> None:
            FakeSession.closed += 1

    async def fake_open(*args: Any, **kwargs: Any) -> FakeSession:
        return FakeSession()

    monkeypatch.setattr(sessions.Session, "open", fake_open)
    registry = sessions.SessionRegistry(Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": str(tmp_path)}), pool_size=0)
    start = value("notebook_agent_live_sessions")
    for sid in ("a1", "b2", "c3"):
        await registry.get(sid)
    await registry.get("a1")  # already open: not counted twice
    assert value("notebook_agent_live_sessions") == start + 3
    await registry.release("a1")
    assert await registry.make_room({"b2", "c3"}, 2)  # room for one more of theirs: the older one closes
    assert value("notebook_agent_live_sessions") == start + 1
    registry.idle_s = -1
    await registry.get("d4")  # a new session culls the idle ones first
    assert value("notebook_agent_live_sessions") == start + 1
    await registry.close()
    assert value("notebook_agent_live_sessions") == start and FakeSession.closed == 4


async def test_pool_size_gauge_follows_the_ready_kernels(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from notebook_agent.kernel import pool as pool_module
    from notebook_agent.settings import Settings

    class FakeKernel:
        alive = True
        _sandbox = None

        async def is_alive(self) -> bool:
            return self.alive

        async def reverify(self) -> None:
            pass

        async def shutdown(self) -> None:
            pass

    kernels = [FakeKernel(), FakeKernel(), FakeKernel()]
    made = iter(kernels)

    async def new_kernel(self: Any) -> FakeKernel:
        return next(made)

    monkeypatch.setattr(pool_module.KernelPool, "_new_kernel", new_kernel)
    pool = pool_module.KernelPool(Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": str(tmp_path)}), 2)
    pool.start()
    for _ in range(100):
        if pool.ready == 2:
            break
        await asyncio.sleep(0.01)
    assert value("notebook_agent_pool_size") == 2
    kernels[0].alive = False  # died while waiting: discarded and counted as a death
    deaths = value("notebook_agent_kernel_deaths_total")
    assert await pool.acquire() is kernels[1]
    assert value("notebook_agent_kernel_deaths_total") == deaths + 1
    assert value("notebook_agent_pool_size") in (0, 1)  # the refill may already have put the third one in
    await pool.close()
    assert value("notebook_agent_pool_size") == 0


async def test_model_calls_and_errors_are_counted_by_kind() -> None:
    from fake_gemini import FakeGemini

    from notebook_agent.agent.brains import OfflineBrain
    from notebook_agent.agent.gemini import GeminiModel
    from notebook_agent.errors import ModelReplyError, ModelUnavailable

    before = {kind: value("notebook_agent_model_calls_total", kind=kind) for kind in ("gemini", "offline")} | {
        f"err_{k}": value("notebook_agent_model_errors_total", kind=k) for k in ("unavailable", "reply")
    }
    with FakeGemini() as fake:
        model = GeminiModel("k-test", base_url=fake.base_url, max_attempts=1, backoff_s=0.01)
        fake.reply_text("fine")
        await model.generate([GeminiModel.user_text("hi")], "system")
        fake.error(503)
        with pytest.raises(ModelUnavailable):
            await model.generate([GeminiModel.user_text("hi")], "system")
        fake.error(400, "bad request")
        with pytest.raises(ModelReplyError):
            await model.generate([GeminiModel.user_text("hi")], "system")
        await model.aclose()
    await OfflineBrain().step({"question": "how many rows?", "messages": [], "profiles": []})
    assert value("notebook_agent_model_calls_total", kind="gemini") == before["gemini"] + 3
    assert value("notebook_agent_model_calls_total", kind="offline") == before["offline"] + 1
    assert value("notebook_agent_model_errors_total", kind="unavailable") == before["err_unavailable"] + 1
    assert value("notebook_agent_model_errors_total", kind="reply") == before["err_reply"] + 1
