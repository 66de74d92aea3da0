"""Logs as JSON lines, with the user, session and turn they belong to, and secrets kept out.

Wiring (the app does this at start; importing changes nothing)::

    from notebook_agent.ops import logs
    logs.configure(level="INFO")                 # one JSON object per line on stderr; other libraries: WARNING
    with logs.bind(user="alice", session=sid, turn=3):
        log.info("turn started")                 # {"time": ..., "level": "INFO", "logger": ..., "message": ...,
                                                 #  "user": "alice", "session": "...", "turn": 3}

A line has `time` (UTC, ISO 8601, milliseconds), `level`, `logger`, `message`, `user`, `session`, `turn` (null when
unset), any `extra={...}` fields, and `exception` (the formatted traceback) when there is one. The ids come from
context variables, so each asyncio task (each Gradio event) carries its own; `bind` sets them for a block and
restores them after, `set_context` sets them until the task ends.

Redaction (`Redactor`): every string that goes out (message, extra values, traceback) has the values of secret
environment variables replaced by `[redacted]` — GEMINI_API_KEY, GOOGLE_API_KEY, HF_TOKEN and any variable whose
name ends in KEY, TOKEN, SECRET, PASSWORD, PASSWD or CREDENTIALS — plus anything shaped like a Google API key, one
of our `na_` tokens, a `Bearer` credential, or a password inside a URL. Secrets that arrive later (a key typed in
the UI) are added with `redactor.add(value)`. This is a guard, not a licence: the app still logs ids and counts,
never prompts or data values.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, TextIO

__all__ = [
    "PACKAGE_LOGGER",
    "SECRET_ENV",
    "JsonFormatter",
    "Redactor",
    "bind",
    "configure",
    "current_context",
    "set_context",
]

PACKAGE_LOGGER = "notebook_agent"  # the loggers `configure` sets to its level; the rest stay at WARNING
SECRET_ENV = ("GEMINI_API_KEY", "GOOGLE_API_KEY", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "OPENAI_API_KEY")
_SECRET_NAME = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?)$", re.IGNORECASE)
# Shapes redacted wherever they appear, set or not in the environment.
_SECRET_SHAPES = (
    re.compile(r"AIza[0-9A-Za-z_-]{35}"),  # Google API keys
    re.compile(r"na_[A-Za-z0-9_-]{43}"),  # our personal access tokens
    re.compile(r"hf_[A-Za-z0-9]{30,}"),  # Hugging Face tokens
    re.compile(r"(?i)(?<=bearer )[A-Za-z0-9._~+/=-]{8,}"),  # Authorization: Bearer <credential>
    re.compile(r"(?<=://)[^/\s:@]+:[^/\s@]+(?=@)"),  # user:password@ in a URL
)
# Shorter values of pattern-matched variables are not redacted: "1" or "true" would be cut out of every line.
_MIN_SECRET = 8
_MASK = "[redacted]"


@dataclass(frozen=True)
class _Ids:
    user: str | None = None
    session: str | None = None
    turn: int | None = None


_NO_IDS = _Ids()  # frozen, so one shared default is safe
_ids: ContextVar[_Ids] = ContextVar("notebook_agent_log_ids", default=_NO_IDS)
_UNSET: Any = object()

# Attributes every LogRecord has; the rest came in through `extra=`.
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime", "taskName"}


def current_context() -> dict[str, Any]:
    """The ids in force here: {"user", "session", "turn"} (None when unset)."""
    ids = _ids.get()
    return {"user": ids.user, "session": ids.session, "turn": ids.turn}


def _with(user: Any, session: Any, turn: Any) -> _Ids:
    given = {k: v for k, v in (("user", user), ("session", session), ("turn", turn)) if v is not _UNSET}
    return replace(_ids.get(), **given)


def set_context(user: str | None = _UNSET, session: str | None = _UNSET, turn: int | None = _UNSET) -> None:
    """Set the given ids for the rest of this task (or thread); ids not given are left as they are."""
    _ids.set(_with(user, session, turn))


@contextmanager
def bind(user: str | None = _UNSET, session: str | None = _UNSET, turn: int | None = _UNSET) -> Iterator[None]:
    """Set the given ids for the block, and put back what was there after it."""
    token = _ids.set(_with(user, session, turn))
    try:
        yield
    finally:
        # A block that ends in another context than it began in (an async generator closed by the loop's
        # finaliser) has nothing to put back: that context is a copy that ends with its task.
        with contextlib.suppress(ValueError):
            _ids.reset(token)


class Redactor:
    """Replaces known secret values, and secret-shaped strings, with `[redacted]`."""

    def __init__(self, env: Mapping[str, str] | None = None, extra: tuple[str, ...] = ()) -> None:
        env = os.environ if env is None else env
        values = {v for k, v in env.items() if k in SECRET_ENV and len(v.strip()) >= 4}
        values |= {v for k, v in env.items() if _SECRET_NAME.search(k) and len(v.strip()) >= _MIN_SECRET}
        self._values = {v.strip() for v in values} | {v for v in extra if v}
        self._lock = threading.Lock()
        self._pattern = self._compile()

    def _compile(self) -> re.Pattern[str] | None:
        if not self._values:
            return None
        # Longest first, so a secret that contains another is replaced whole.
        return re.compile("|".join(re.escape(v) for v in sorted(self._values, key=len, reverse=True)))

    def add(self, value: str) -> None:
        """Redact this value from now on (a key typed into the UI, a token made at run time)."""
        if value and value.strip():
            with self._lock:
                self._values.add(value.strip())
                self._pattern = self._compile()

    def redact(self, text: str) -> str:
        """`text` with every known secret and secret-shaped string replaced."""
        pattern = self._pattern
        if pattern is not None:
            text = pattern.sub(_MASK, text)
        for shape in _SECRET_SHAPES:
            text = shape.sub(_MASK, text)
        return text

    def redact_value(self, value: Any) -> Any:
        """A JSON-able copy of `value` with every string in it redacted (other objects become their str())."""
        if isinstance(value, str):
            return self.redact(value)
        if value is None or isinstance(value, bool | int | float):
            return value
        if isinstance(value, Mapping):
            return {self.redact(str(k)): self.redact_value(v) for k, v in value.items()}
        if isinstance(value, list | tuple | set | frozenset):
            return [self.redact_value(v) for v in value]
        return self.redact(str(value))


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, user, session, turn, extras, exception."""

    def __init__(self, redactor: Redactor | None = None) -> None:
        super().__init__()
        self.redactor = redactor if redactor is not None else Redactor()

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON, secrets redacted."""
        r = self.redactor
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": r.redact(record.getMessage()),
            **current_context(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and key not in line:
                line[key] = r.redact_value(value)
        if record.exc_info:
            line["exception"] = r.redact(self.formatException(record.exc_info))
        elif record.exc_text:
            line["exception"] = r.redact(record.exc_text)
        if record.stack_info:
            line["stack"] = r.redact(self.formatStack(record.stack_info))
        return json.dumps(line, ensure_ascii=False, default=str)


def configure(
    level: int | str = "INFO", stream: TextIO | None = None, redactor: Redactor | None = None
) -> logging.Handler:
    """Send every record to `stream` (stderr) as JSON lines; returns the handler it installed.

    The package's loggers (`notebook_agent.*`) log at `level`; every other library's stay at WARNING (httpx, Gradio
    and uvicorn say far more than an operator needs at INFO). Python warnings become log records too, and so do
    exceptions nobody caught (in the main thread or another), so nothing else is written to the stream. Handlers
    installed by an earlier `configure` are replaced; other handlers are left alone.
    """
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_notebook_agent_json", False)]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter(redactor))
    handler._notebook_agent_json = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger(PACKAGE_LOGGER).setLevel(level)
    logging.captureWarnings(True)
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread
    return handler


def _log_uncaught(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    logging.getLogger(PACKAGE_LOGGER).critical("uncaught exception", exc_info=(kind, value, tb))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    thread = args.thread.name if args.thread is not None else None
    logging.getLogger(PACKAGE_LOGGER).error(
        "uncaught exception in a thread",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        extra={"thread_name": thread},
    )
