"""Running the service: metrics and health routes (`metrics.py`), JSON-lines logs without secrets (`logs.py`).

Nothing here acts on import; the app wires it:

    metrics.install(app: FastAPI, ready: Callable[[], dict[str, bool]], metrics: Metrics = METRICS) -> None
        GET /healthz -> 200 {"ok": true}; GET /readyz -> 200 or 503 {"ok", "checks", "failed"}; GET /metrics
    metrics.METRICS: Metrics   live_sessions, live_kernels, pool_size, turns, turn_seconds, model_calls{kind},
                               model_errors{kind}, kernel_deaths, kernel_restarts, sandbox_refusals,
                               uploads_refused{reason}, login_failures{reason}; time_turn(), count_*(), render()
    logs.configure(level="INFO", stream=None, redactor=None) -> logging.Handler
    logs.bind(user=..., session=..., turn=...)   context manager; logs.set_context(...); logs.current_context()
    logs.JsonFormatter(redactor=None); logs.Redactor(env=None, extra=()).add(value) / .redact(text)
"""
