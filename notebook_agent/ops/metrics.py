"""Prometheus metrics in a registry of their own, and the /healthz, /readyz and /metrics routes.

Wiring (the app does this; nothing here starts on import)::

    from notebook_agent.ops import metrics
    metrics.install(fastapi_app, ready=lambda: {"database": store.is_ready(engine), "template": pool.ready})
    m = metrics.METRICS
    m.live_sessions.set(len(registry)); m.pool_size.set(pool.size)      # or .set_function(callable)
    with m.time_turn(): ...                                             # turns_total + turn latency
    m.count_model_call("gemini"); m.count_model_error("rate_limited")
    m.kernel_deaths.inc(); m.kernel_restarts.inc(); m.sandbox_refusals.inc()
    m.count_upload_refused("too_big"); m.count_login_failure("bad_credentials")

Metric names (all prefixed `notebook_agent_`): live_sessions, live_kernels, pool_size (gauges); turns_total;
turn_seconds (histogram); model_calls_total{kind}, model_errors_total{kind}; kernel_deaths_total,
kernel_restarts_total, sandbox_refusals_total; uploads_refused_total{reason}; login_failures_total{reason}.

Where each moves (the web layer only serves them): live_sessions in `ui/sessions.py` (the registry opens and
closes chats); live_kernels in `agent/session_kernels.py` (a chat's kernel started or taken from the pool, then closed);
pool_size in `kernel/pool.py` (its ready list); turns and turn_seconds around `Session.ask` in `ui/handlers.py`;
model_calls{gemini} and model_errors{kind} in `agent/gemini.py` (`GeminiModel.generate`), model_calls{offline} in
`agent/brains.py`; kernel_deaths in `kernel/death.py` (`record_death`) and for pooled kernels in `kernel/pool.py`;
kernel_restarts in `kernel/session_kernel.py`; sandbox_refusals in `kernel/provisioner.py` (a failed confinement
check, a launcher that refused to run unconfined) and `sandbox/sandbox.py` (a required layer missing);
uploads_refused through `ops/events.upload_refused`; login_failures in `web/signin.py`. The kinds and reasons are
the short words of `ops/events.py`.

Label values are kept to a bounded set: anything but 1-40 lowercase letters, digits and `_` is counted as `other`,
so a label can never carry a user's text or grow the series without bound. The routes need no sign-in: put them
behind the proxy or network rule that keeps the operator's pages private (they hold counts, never content).
Gradio: add the routes to the FastAPI app before Gradio is mounted on it (or to `demo.app`), so Gradio's own
routes do not shadow them.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["METRICS", "Metrics", "install"]

_LABEL = re.compile(r"[a-z0-9_]{1,40}")
# A turn runs from a second (offline, small data) to minutes (Gemini with several cells on big data).
_TURN_BUCKETS = (0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600)


def _label(value: str) -> str:
    value = value.strip().lower().replace("-", "_").replace(" ", "_")
    return value if _LABEL.fullmatch(value) else "other"


class Metrics:
    """The app's metrics, registered in `registry` (a new CollectorRegistry by default, so tests get their own)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry(auto_describe=True)
        ns, reg = "notebook_agent", self.registry
        self.live_sessions = Gauge("live_sessions", "Chats open in this process", namespace=ns, registry=reg)
        self.live_kernels = Gauge("live_kernels", "Sandboxed kernels running for chats", namespace=ns, registry=reg)
        self.pool_size = Gauge("pool_size", "Ready kernels waiting in the warm pool", namespace=ns, registry=reg)
        self.turns = Counter("turns", "Chat turns started", namespace=ns, registry=reg)
        self.turn_seconds = Histogram(
            "turn_seconds", "Time from a message to the turn's end", namespace=ns, registry=reg, buckets=_TURN_BUCKETS
        )
        self.model_calls = Counter(
            "model_calls", "Calls to a model, by kind of model", ["kind"], namespace=ns, registry=reg
        )
        self.model_errors = Counter(
            "model_errors", "Failed model calls, by kind of failure", ["kind"], namespace=ns, registry=reg
        )
        self.kernel_deaths = Counter("kernel_deaths", "Kernels that died", namespace=ns, registry=reg)
        self.kernel_restarts = Counter("kernel_restarts", "Kernel restarts", namespace=ns, registry=reg)
        self.sandbox_refusals = Counter(
            "sandbox_refusals", "Kernels refused because they were not confined as required", namespace=ns, registry=reg
        )
        self.uploads_refused = Counter(
            "uploads_refused", "Uploads refused, by reason", ["reason"], namespace=ns, registry=reg
        )
        self.login_failures = Counter(
            "login_failures", "Failed sign-ins, by reason", ["reason"], namespace=ns, registry=reg
        )

    @contextmanager
    def time_turn(self) -> Iterator[None]:
        """Count a turn and observe how long the block took (also when it raises)."""
        self.turns.inc()
        start = time.perf_counter()
        try:
            yield
        finally:
            self.turn_seconds.observe(time.perf_counter() - start)

    def count_model_call(self, kind: str) -> None:
        """One call to a model of this kind (`gemini`, `offline`)."""
        self.model_calls.labels(kind=_label(kind)).inc()

    def count_model_error(self, kind: str) -> None:
        """One failed model call (`timeout`, `rate_limited`, `unavailable`, `reply`…: `events.model_error_kind`)."""
        self.model_errors.labels(kind=_label(kind)).inc()

    def count_upload_refused(self, reason: str) -> None:
        """One refused upload (`too_big`, `bad_format`, `unsafe`, `quota`…: see `ops.events.refusal_reason`)."""
        self.uploads_refused.labels(reason=_label(reason)).inc()

    def count_login_failure(self, reason: str) -> None:
        """One failed sign-in (`bad_credentials`, `throttled`, `bad_token`…)."""
        self.login_failures.labels(reason=_label(reason)).inc()

    def render(self) -> bytes:
        """The registry in Prometheus' text exposition format."""
        return generate_latest(self.registry)


METRICS = Metrics()


def install(app: FastAPI, ready: Callable[[], dict[str, bool]], metrics: Metrics = METRICS) -> None:
    """Add `GET /healthz`, `GET /readyz` and `GET /metrics` to `app`.

    /healthz answers 200 `{"ok": true}` while the process serves requests. /readyz calls `ready()` and answers 200
    `{"ok": true, "checks": {...}}` when every check is true, else 503 with `"failed": [names]`; a `ready()` that
    raises is a 503 naming the exception's type. /metrics is `metrics.render()` as text/plain (Prometheus format).
    The handlers are plain functions: FastAPI runs them in its thread pool, so a blocking check (a database ping)
    does not hold up the event loop.
    """
    # Here, not at the top: the kernel and agent modules count through METRICS without needing the web stack.
    from fastapi.responses import JSONResponse, Response

    @app.get("/healthz", include_in_schema=False, response_model=None)
    def healthz() -> JSONResponse:
        return JSONResponse({"ok": True})

    @app.get("/readyz", include_in_schema=False, response_model=None)
    def readyz() -> JSONResponse:
        try:
            checks = {str(name): bool(ok) for name, ok in ready().items()}
        except Exception as exc:
            return JSONResponse({"ok": False, "failed": ["ready"], "error": type(exc).__name__}, status_code=503)
        failed = sorted(name for name, ok in checks.items() if not ok)
        body = {"ok": not failed, "checks": checks, **({"failed": failed} if failed else {})}
        return JSONResponse(body, status_code=503 if failed else 200)

    @app.get("/metrics", include_in_schema=False, response_model=None)
    def prometheus_metrics() -> Response:
        return Response(metrics.render(), media_type=CONTENT_TYPE_LATEST)
