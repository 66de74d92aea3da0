"""Running the service: metrics and health routes, JSON-lines logs without secrets, short words for failures.

`metrics.py` has the routes and the counters, `logs.py` the log lines, `events.py` the labels of refusals and
model errors.

Nothing here acts on import; the app wires it:

    metrics.install(app: FastAPI, ready: Callable[[], dict[str, bool]], metrics: Metrics = METRICS) -> None
        GET /healthz -> 200 {"ok": true}; GET /readyz -> 200 or 503 {"ok", "checks", "failed"}; GET /metrics
    metrics.METRICS: Metrics   live_sessions, live_kernels, pool_size, turns, turn_seconds, model_calls{kind},
                               model_errors{kind}, kernel_deaths, kernel_restarts, sandbox_refusals,
                               uploads_refused{reason}, login_failures{reason}; time_turn(), count_*(), render()
    logs.configure(level="INFO", stream=None, redactor=None) -> logging.Handler
    logs.bind(user=..., session=..., turn=...)   context manager; logs.set_context(...); logs.current_context()
    logs.JsonFormatter(redactor=None); logs.Redactor(env=None, extra=()).add(value) / .redact(text)
    events.refusal_reason(exc) -> too_big | bad_format | unsafe | quota | busy | sandbox | kernel | refused | ...
    events.model_error_kind(exc) -> timeout | rate_limited | unavailable | auth | blocked | not_found | reply | ...
    events.upload_refused(exc, path=None) -> reason   counts uploads_refused{reason} and logs size and reason
"""
