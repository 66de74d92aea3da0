"""A fake Gemini REST server for tests: speaks the real wire format, scripted per test.

Answers ``POST /{v1,v1beta}/models/{model}:generateContent`` and ``:streamGenerateContent?alt=sse`` on
127.0.0.1 (a free port), and ``GET /{v1,v1beta}/models`` (the model list, paged as the real API pages it, from
``fake.models``). Each generate request takes the next scripted step from a queue:

    with FakeGemini() as fake:
        fake.reply_text("hello")                       # a JSON body
        fake.error(429, retry_after="1")               # a google-style error body
        fake.delay(2.0)                                # sleep first (trigger client timeouts), then 500
        fake.stream([chunk1, chunk2])                  # server-sent events
        model = GeminiModel(api_key="k", base_url=fake.base_url)
        ...
        fake.requests[0].body                          # what the SDK sent, parsed
        fake.list_requests                             # the model-list GETs, kept apart from the generate calls

An unscripted request gets a 500 whose message says so, so a test that sends more than it scripted fails loudly.
With ``known_models_only`` set, a generate call for a model missing from ``fake.models`` gets the real API's
404 NOT_FOUND (no scripted step is used), as a retired model does.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = [
    "DEFAULT_MODELS",
    "FakeGemini",
    "RecordedRequest",
    "Step",
    "candidate",
    "function_call_reply",
    "model_entry",
    "text_reply",
]

_PATH = re.compile(
    r"^/(?P<version>v1|v1beta)/models/(?P<model>[^/:]+)"
    r":(?P<method>generateContent|streamGenerateContent)$"
)
_LIST_PATH = re.compile(r"^/(?P<version>v1|v1beta)/models/?$")
_STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}
_API_KEY_HEADER = "x-goog-api-key"


def usage(prompt: int = 10, output: int = 5) -> dict[str, int]:
    """A usageMetadata object."""
    return {"promptTokenCount": prompt, "candidatesTokenCount": output, "totalTokenCount": prompt + output}


def candidate(parts: list[dict[str, Any]], finish_reason: str | None = "STOP") -> dict[str, Any]:
    """One candidate with a model content (no finishReason, as in a stream's early chunks, when None)."""
    body: dict[str, Any] = {"content": {"role": "model", "parts": parts}, "index": 0}
    if finish_reason is not None:
        body["finishReason"] = finish_reason
    return body


def text_reply(text: str, **usage_kw: int) -> dict[str, Any]:
    """A full generateContent body answering with text."""
    return {
        "candidates": [candidate([{"text": text}])],
        "usageMetadata": usage(**usage_kw),
        "modelVersion": "gemini-2.5-flash",
    }


def function_call_reply(
    args: Any, name: str = "run_python", call_id: str | None = "call-1", text: str | None = None
) -> dict[str, Any]:
    """A full generateContent body asking for one function call (optionally preceded by text)."""
    call: dict[str, Any] = {"name": name, "args": args}
    if call_id is not None:
        call["id"] = call_id
    parts: list[dict[str, Any]] = [{"text": text}] if text else []
    parts.append({"functionCall": call})
    return {"candidates": [candidate(parts)], "usageMetadata": usage(), "modelVersion": "gemini-2.5-flash"}


_CHAT_METHODS = ("generateContent", "countTokens", "createCachedContent", "batchGenerateContent")


def model_entry(
    name: str, display_name: str | None = None, methods: tuple[str, ...] = _CHAT_METHODS, thinking: bool = True
) -> dict[str, Any]:
    """One model as ``GET /v1beta/models`` lists it (the REST Model resource)."""
    version = re.sub(r"^[a-z]+-|-.*$", "", name) or "001"
    return {
        "name": f"models/{name}",
        "baseModelId": name,
        "version": version,
        "displayName": display_name or name.replace("-", " ").title(),
        "description": f"fake {name}",
        "inputTokenLimit": 1048576,
        "outputTokenLimit": 65536,
        "supportedGenerationMethods": list(methods),
        "temperature": 1.0,
        "maxTemperature": 2.0,
        "topP": 0.95,
        "topK": 64,
        "thinking": thinking,
    }


# What the list holds by default: chat models, and models a chat cannot use (speech, images, embeddings, Gemma).
DEFAULT_MODELS = [
    model_entry("gemini-2.5-flash", "Gemini 2.5 Flash"),
    model_entry("gemini-3.1-pro-preview", "Gemini 3.1 Pro Preview"),
    model_entry("gemini-3.5-flash-lite", "Gemini 3.5 Flash-Lite"),
    model_entry("gemini-3.7-flash", "Gemini 3.7 Flash"),
    model_entry("gemini-3.8-flash", "Gemini 3.8 Flash"),
    model_entry("gemini-3.8-flash-tts", "Gemini 3.8 Flash TTS", thinking=False),
    model_entry("gemini-3.1-flash-image", "Nano Banana 2", thinking=False),
    model_entry(
        "gemini-embedding-001", "Gemini Embedding 001", methods=("embedContent", "countTextTokens"), thinking=False
    ),
    model_entry("gemma-4-31b-it", "Gemma 4 31B IT", thinking=False),
]


def error_body(status: int, message: str | None = None, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A google-style error body, as the real API sends it."""
    name = _STATUS_NAMES.get(status, "UNKNOWN")
    return {
        "error": {
            "code": status,
            "message": message or f"fake gemini: scripted {status} {name}",
            "status": name,
            "details": details or [],
        }
    }


@dataclass
class Step:
    """One scripted answer: a status with a JSON body, or a list of SSE chunks; optionally delayed first."""

    status: int = 200
    body: Any = None
    chunks: list[dict[str, Any]] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    chunk_delay_s: float = 0.0  # pause before each SSE chunk after the first (a stream that stalls mid-reply)


@dataclass
class RecordedRequest:
    """What one request carried. The API key's value is never stored, only whether it was present and right."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    raw: str
    body: Any
    version: str | None
    model: str | None
    stream: bool
    api_key_present: bool
    api_key_matches: bool | None

    def parts(self) -> Iterator[dict[str, Any]]:
        """Every part of every content in the request body."""
        for content in (self.body or {}).get("contents", []):
            yield from content.get("parts", [])

    def inline_data(self) -> list[dict[str, str]]:
        """Every inlineData blob sent, as ``{"mimeType", "data"}``.

        The SDK writes ``inlineData: {"mime_type": ...}`` (snake case inside, camel case outside); the real API,
        being proto3 JSON, accepts both spellings, so both are read here.
        """
        blobs = [p.get("inlineData") or p.get("inline_data") for p in self.parts()]
        return [{"mimeType": b.get("mimeType") or b.get("mime_type"), "data": b.get("data")} for b in blobs if b]


class FakeGemini:
    """The server. Use as a context manager; ``base_url`` is ready once entered."""

    def __init__(
        self, api_key: str | None = None, models: list[dict[str, Any]] | None = None, known_models_only: bool = False
    ) -> None:
        """Create the server; with ``api_key`` set, requests carrying another key get Google's 400 reply."""
        self.api_key = api_key
        self.models: list[dict[str, Any]] = list(DEFAULT_MODELS if models is None else models)
        self.known_models_only = known_models_only
        self.models_page_size: int | None = None  # set to page the list in smaller pages than asked for
        self.requests: list[RecordedRequest] = []
        self.list_requests: list[RecordedRequest] = []
        self._steps: deque[Step] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._connections: set[socket.socket] = set()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- scripting -------------------------------------------------------------------------------------------------
    def push(self, step: Step) -> FakeGemini:
        """Queue one step."""
        with self._lock:
            self._steps.append(step)
        return self

    def reply(self, body: Any, delay_s: float = 0.0, headers: dict[str, str] | None = None) -> FakeGemini:
        """Queue a 200 with this JSON body (sent as one SSE event to a streaming request)."""
        return self.push(Step(body=body, delay_s=delay_s, headers=headers or {}))

    def reply_text(self, text: str) -> FakeGemini:
        """Queue a plain text answer."""
        return self.reply(text_reply(text))

    def error(
        self,
        status: int,
        message: str | None = None,
        retry_after: str | None = None,
        details: list[dict[str, Any]] | None = None,
        delay_s: float = 0.0,
    ) -> FakeGemini:
        """Queue an HTTP error with a google-style body (and a Retry-After header if given)."""
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        return self.push(
            Step(status=status, body=error_body(status, message, details), headers=headers, delay_s=delay_s)
        )

    def delay(self, seconds: float, then: Step | None = None) -> FakeGemini:
        """Queue a step that sleeps first: by default a 500, which a timed-out client never reads."""
        step = then or Step(status=500, body=error_body(500, "fake gemini: answered after a delay"))
        step.delay_s = seconds
        return self.push(step)

    def stream(self, chunks: list[dict[str, Any]], delay_s: float = 0.0, chunk_delay_s: float = 0.0) -> FakeGemini:
        """Queue a server-sent-event stream, one ``data:`` event per chunk."""
        return self.push(Step(chunks=chunks, delay_s=delay_s, chunk_delay_s=chunk_delay_s))

    @property
    def pending(self) -> int:
        """Scripted steps not used yet."""
        with self._lock:
            return len(self._steps)

    def _next_step(self) -> Step:
        with self._lock:
            if self._steps:
                return self._steps.popleft()
        return Step(status=500, body=error_body(500, "fake gemini: no scripted response left for this request"))

    # --- lifecycle -------------------------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/`` — what the SDK's HttpOptions(base_url=...) takes."""
        if self._server is None:
            raise RuntimeError("FakeGemini is not started; use it as a context manager")
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def start(self) -> FakeGemini:
        """Bind a free port and serve in a daemon thread."""
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True  # a handler still sleeping in a delay must not block close()
        # A short poll interval: shutdown() waits up to one interval, and each test starts and stops a server.
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.02,), name="fake-gemini", daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving; wakes handlers that are sleeping in a delay."""
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        with self._lock:
            connections, self._connections = set(self._connections), set()
        for conn in connections:  # keep-alive connections would otherwise hold their handler threads
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeGemini:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Handler(BaseHTTPRequestHandler):
    fake: FakeGemini
    protocol_version = "HTTP/1.1"  # keep-alive, like the real endpoint; every reply sets Content-Length or closes

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def setup(self) -> None:
        super().setup()
        with self.fake._lock:
            self.fake._connections.add(self.connection)

    def finish(self) -> None:
        with self.fake._lock:
            self.fake._connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def _record(self, method: str, raw: str, body: Any, match: re.Match[str] | None) -> RecordedRequest:
        url = urlsplit(self.path)
        key = self.headers.get(_API_KEY_HEADER)
        groups = match.groupdict() if match else {}
        return RecordedRequest(
            method=method,
            path=url.path,
            query=parse_qs(url.query),
            headers={k.lower(): ("<redacted>" if k.lower() == _API_KEY_HEADER else v) for k, v in self.headers.items()},
            raw=raw,
            body=body,
            version=groups.get("version"),
            model=groups.get("model"),
            stream=groups.get("method") == "streamGenerateContent",
            api_key_present=bool(key),
            api_key_matches=None if self.fake.api_key is None else key == self.fake.api_key,
        )

    def _refuse_key(self, record: RecordedRequest) -> bool:
        """Answer a wrong key as the real API does (a 400, not a 401); True if refused."""
        if record.api_key_matches is not False:
            return False
        self._send_json(
            400,
            error_body(
                400,
                "API key not valid. Please pass a valid API key.",
                [
                    {
                        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                        "reason": "API_KEY_INVALID",
                        "domain": "googleapis.com",
                    }
                ],
            ),
        )
        return True

    def do_GET(self) -> None:
        match = _LIST_PATH.match(urlsplit(self.path).path)
        record = self._record("GET", "", None, match)
        with self.fake._lock:
            self.fake.list_requests.append(record)
            models = list(self.fake.models)
            forced_size = self.fake.models_page_size
        if match is None:
            self._send_json(404, error_body(404, f"fake gemini: GET {self.path} is not served"))
            return
        if self._refuse_key(record):
            return
        # Paged as the real API pages: pageSize (default 50, at most 1000), an opaque nextPageToken.
        try:
            size = min(int((record.query.get("pageSize") or ["50"])[0]), 1000)
            start = int((record.query.get("pageToken") or ["0"])[0].removeprefix("page-"))
        except ValueError:
            self._send_json(400, error_body(400, "fake gemini: bad pageSize or pageToken"))
            return
        size = min(size, forced_size) if forced_size else size
        body: dict[str, Any] = {"models": models[start : start + size]}
        if start + size < len(models):
            body["nextPageToken"] = f"page-{start + size}"
        self._send_json(200, body)

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        try:
            body = json.loads(raw) if raw else None
        except json.JSONDecodeError:
            body = None
        match = _PATH.match(url.path)
        record = self._record("POST", raw, body, match)
        with self.fake._lock:
            self.fake.requests.append(record)
            known = {str(m.get("name", "")).removeprefix("models/") for m in self.fake.models}
        if match is None:
            self._send_json(404, error_body(404, f"fake gemini: no route for POST {url.path}"))
            return
        if self._refuse_key(record):
            return
        if self.fake.known_models_only and record.model not in known:
            # The real API's answer for a retired or misspelt model.
            self._send_json(
                404,
                error_body(
                    404,
                    f"models/{record.model} is not found for API version "
                    f"{record.version}, or is not supported for generateContent. Call "
                    "ListModels to see the list of available models and their supported "
                    "methods.",
                ),
            )
            return
        step = self.fake._next_step()
        if step.delay_s and self.fake._stop.wait(step.delay_s):
            return  # server closing
        try:
            if step.status == 200 and record.stream:
                self._send_sse(
                    step.chunks if step.chunks is not None else [step.body], step.headers, step.chunk_delay_s
                )
            elif step.chunks is not None:
                self._send_json(500, error_body(500, "fake gemini: a stream was scripted for a non-stream request"))
            else:
                self._send_json(step.status, step.body, step.headers)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout) before the delayed answer came

    def _send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _send_sse(self, chunks: list[Any], headers: dict[str, str], chunk_delay_s: float) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")  # no Content-Length: the end of the stream is the end of the body
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        for i, chunk in enumerate(chunks):
            if i and chunk_delay_s and self.fake._stop.wait(chunk_delay_s):
                return
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            self.wfile.flush()
        self.close_connection = True
