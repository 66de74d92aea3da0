"""Gemini through google-genai: one call per model turn, with our own retries and readable errors.

History is plain JSON dicts in the REST shape (``{"role", "parts": [{"text"} | {"functionCall"} |
{"functionResponse"} | {"inlineData"}]}``), so graph state never holds SDK objects. The model's content is
appended to the history exactly as it came back, because its parts carry thought signatures.

The SDK raises ``google.genai.errors.ClientError``/``ServerError`` for HTTP errors, but the HTTP library's own
exceptions for timeouts (``httpx2.ReadTimeout``, a ``TimeoutException``) and refused connections
(``httpx2.ConnectError``); both are ``TransportError`` subclasses. ``httpx`` replaces ``httpx2`` when
``GOOGLE_GENAI_HTTP_CLIENT=httpx``, and aiohttp's errors appear if aiohttp is installed; all are caught here.

The model list (``GET /v1beta/models``, ``client.models.list()``) gives each model's name, display name, token limits,
``supportedGenerationMethods`` (the SDK's ``supported_actions``) and ``thinking``; nothing in it says whether a model
takes function declarations. :func:`chat_models` keeps the ``generateContent`` models of the Gemini text family and
leaves out the families documented as audio, image, video, embedding or live-only models, which take no tools.
"""

from __future__ import annotations

import asyncio
import email.utils
import importlib
import inspect
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import pydantic
from google import genai
from google.genai import errors as genai_errors
from google.genai import types

from ..errors import (
    ModelAuthError,
    ModelBlocked,
    ModelError,
    ModelNotFound,
    ModelRateLimited,
    ModelReplyError,
    ModelTimeout,
    ModelUnavailable,
)
from ..ops.events import model_error_kind
from ..ops.metrics import METRICS
from ..settings import DEFAULT_GEMINI_MODEL

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = [
    "DEFAULT_GEMINI_MODEL",
    "RUN_PYTHON",
    "GeminiModel",
    "ModelInfo",
    "ModelReply",
    "ToolCall",
    "chat_models",
]

T = TypeVar("T")

DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/"
TOOL_NAME = "run_python"

RUN_PYTHON = types.FunctionDeclaration(
    name=TOOL_NAME,
    description=(
        "Run Python code in this chat's Jupyter kernel. State (variables, imports, loaded data) persists "
        "between calls. Returns stdout, stderr, the last expression's value, errors, and any plots as "
        "images."
    ),
    parameters=types.Schema(
        type=types.Type.OBJECT,
        properties={
            "code": types.Schema(
                type=types.Type.STRING, description="Python code to run in the session's Jupyter kernel"
            )
        },
        required=["code"],
    ),
)

# Finish reasons that mean "the answer was withheld", as opposed to "nothing was produced".
log = logging.getLogger(__name__)

_BLOCK_REASONS = frozenset(
    {"SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "RECITATION", "IMAGE_SAFETY", "IMAGE_PROHIBITED_CONTENT"}
)
_AUTH_STATUSES = frozenset({401, 403})
_MAX_BACKOFF_S = 30.0
_LIST_TTL_S = 600.0  # how long a model list is reused
_LIST_FAILED_TTL_S = 60.0  # how long a failed listing is not retried (page loads must not each wait for it)
_LIST_TIMEOUT_S = 15.0
_NAMES_IN_MESSAGE = 12


# --- reply types -------------------------------------------------------------------------------------------------
@dataclass
class ToolCall:
    """One function call the model asked for. ``malformed`` says what is wrong, for the model to fix."""

    id: str | None
    name: str
    args: dict[str, Any]
    malformed: str | None = None

    @property
    def code(self) -> str:
        """The code to run ('' when malformed)."""
        code = self.args.get("code") if self.malformed is None else None
        return code if isinstance(code, str) else ""


@dataclass
class ModelReply:
    """One model turn: ``content`` goes into the history unchanged; the rest is parsed from it."""

    content: dict[str, Any]
    text: str
    tool_calls: list[ToolCall] = field(default_factory=list)
    usage: dict[str, int] = field(default_factory=dict)
    finish_reason: str | None = None


@dataclass(frozen=True)
class ModelInfo:
    """One entry of the API's model list."""

    name: str  # without the "models/" prefix, as generate takes it
    display_name: str
    description: str = ""
    actions: tuple[str, ...] = ()


# Families in the list that answer generateContent but are not text models that call tools: speech, images,
# video, music, embeddings, live audio, robotics, and the retrieval-only AQA model.
_NOT_CHAT = re.compile(
    r"tts|image|imagen|veo|lyria|omni|embed|live|audio|transcribe|translate|robotics|aqa|"
    r"nano-banana|computer-use"
)


def chat_models(models: Iterable[ModelInfo]) -> list[ModelInfo]:
    """The models a chat can use: Gemini models that take generateContent and function calling."""
    return [
        m
        for m in models
        if "generateContent" in m.actions and m.name.startswith("gemini-") and not _NOT_CHAT.search(m.name)
    ]


# --- the adapter -------------------------------------------------------------------------------------------------
class GeminiModel:
    """The Gemini model adapter: ``generate`` sends the history and returns the next model turn."""

    def __init__(
        self,
        api_key: str,
        model: str = DEFAULT_GEMINI_MODEL,
        base_url: str | None = None,
        timeout_s: float = 90,
        max_attempts: int = 4,
        backoff_s: float = 1.0,
        max_retry_after_s: float = 30.0,
    ) -> None:
        """Build the client.

        Args:
            api_key: the Gemini API key (GEMINI_API_KEY).
            model: the model turns use unless ``generate`` is given another (default ``DEFAULT_GEMINI_MODEL``).
            base_url: API root; None leaves it to the SDK (GOOGLE_GEMINI_BASE_URL, else Google's).
            timeout_s: per-attempt HTTP timeout.
            max_attempts: attempts in all, first one included.
            backoff_s: first retry delay; doubles each retry, plus up to 25% jitter.
            max_retry_after_s: cap on a server-requested wait (Retry-After header or RetryInfo).
        """
        if not api_key or not api_key.strip():
            raise ModelAuthError("No Gemini API key given.", "Set GEMINI_API_KEY (or GOOGLE_API_KEY).")
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.model = model
        self.timeout_s, self.max_attempts, self.backoff_s = timeout_s, max_attempts, backoff_s
        self.max_retry_after_s = max_retry_after_s
        # Shown in messages only: the SDK resolves base_url=None itself, and this asks it what it resolved to.
        self.base_url = base_url or _sdk_base_url() or DEFAULT_BASE_URL
        self._listed: tuple[float, list[ModelInfo] | None, ModelError | None] | None = None  # (when, models, why)
        self._list_lock = asyncio.Lock()
        self._client = genai.Client(
            api_key=api_key.strip(),
            http_options=types.HttpOptions(
                base_url=base_url,
                api_version="v1beta",
                timeout=max(1, round(timeout_s * 1000)),
                # One attempt inside the SDK: we retry ourselves. Setting it also stops the SDK's own hidden
                # 1-10 s retry of aiohttp connection errors, should aiohttp ever be installed.
                retry_options=types.HttpRetryOptions(attempts=1),
            ),
        )

    @classmethod
    def from_settings(cls, settings: Settings, **kw: Any) -> GeminiModel:
        """The adapter the settings describe: key, default model, API root, timeout and attempts (`kw` overrides)."""
        kw = {"timeout_s": settings.gemini_timeout_s, "max_attempts": settings.gemini_attempts, **kw}
        return cls(settings.gemini_api_key, model=settings.gemini_model, base_url=settings.gemini_base_url, **kw)

    async def aclose(self) -> None:
        """Close the HTTP connection pools."""
        await self._client.aio.aclose()

    # --- the model list ----------------------------------------------------------------------------------------
    async def list_models(self, refresh: bool = False) -> list[ModelInfo]:
        """Every model the API lists for this key (all pages), kept for ten minutes by this adapter.

        Raises:
            ModelAuthError, ModelReplyError, ModelUnavailable: the list could not be had (a failure is remembered
            for a minute, so a page load does not wait for an unreachable API each time).
        """
        async with self._list_lock:
            if self._listed is not None and not refresh:
                at, models, problem = self._listed
                if time.monotonic() - at < (_LIST_TTL_S if models is not None else _LIST_FAILED_TTL_S):
                    if models is None:
                        assert problem is not None
                        raise ModelUnavailable(problem.problem, problem.todo)
                    return list(models)
            try:
                models = await self._fetch_models()
            except ModelError as exc:
                self._listed = (time.monotonic(), None, exc)
                raise
            self._listed = (time.monotonic(), models, None)
            return list(models)

    async def _fetch_models(self) -> list[ModelInfo]:
        config = types.ListModelsConfig(
            page_size=1000, http_options=types.HttpOptions(timeout=round(min(self.timeout_s, _LIST_TIMEOUT_S) * 1000))
        )
        out: list[ModelInfo] = []

        async def fetch() -> None:
            out.clear()
            async for model in await self._client.aio.models.list(config=config):
                name = (model.name or "").removeprefix("models/")
                if name:
                    out.append(
                        ModelInfo(
                            name,
                            model.display_name or name,
                            model.description or "",
                            tuple(model.supported_actions or ()),
                        )
                    )

        await self._with_retries(fetch, attempts=min(self.max_attempts, 2))
        return out

    async def chat_model_names(self, refresh: bool = False) -> list[str]:
        """The names of the listed models a chat can use (see :func:`chat_models`)."""
        return [m.name for m in chat_models(await self.list_models(refresh))]

    async def _not_found(self, model: str, exc: ModelNotFound) -> ModelNotFound:
        """The 404 for `model`, told with the models this key can use instead and what to do."""
        try:
            names = [n for n in await self.chat_model_names() if n != model]
        except ModelError as list_exc:
            return ModelNotFound(
                f"Gemini has no model {model!r} ({exc.problem}). The list of available models could not be fetched "
                f"either ({list_exc.problem}).",
                f"Check the model name, the API key and GOOGLE_GEMINI_BASE_URL ({self.base_url}).",
                model=model,
            )
        if not names:
            return ModelNotFound(
                f"Gemini has no model {model!r} ({exc.problem}), and lists no other model this app can "
                "use for this API key.",
                "Check the key's project at https://aistudio.google.com.",
                model=model,
            )
        shown = ", ".join(names[:_NAMES_IN_MESSAGE]) + (
            f" and {len(names) - _NAMES_IN_MESSAGE} more" if len(names) > _NAMES_IN_MESSAGE else ""
        )
        suggestion = DEFAULT_GEMINI_MODEL if DEFAULT_GEMINI_MODEL in names else names[0]
        return ModelNotFound(
            f"The Gemini model {model!r} is not available: it may be retired, or the name is misspelt (Gemini "
            f"answered 404 NOT_FOUND). Models this API key can use: {shown}.",
            "Pick one in the model menu and ask again, or set NOTEBOOK_AGENT_GEMINI_MODEL (for example "
            f"NOTEBOOK_AGENT_GEMINI_MODEL={suggestion}) and restart.",
            model=model,
            available=names,
        )

    def _config(self, system_instruction: str) -> types.GenerateContentConfig:
        return types.GenerateContentConfig(
            system_instruction=system_instruction or None,
            tools=[types.Tool(function_declarations=[RUN_PYTHON])],
            tool_config=types.ToolConfig(
                function_calling_config=types.FunctionCallingConfig(mode=types.FunctionCallingConfigMode.AUTO)
            ),
            # The agent loop runs the code itself, in the sandbox.
            automatic_function_calling=types.AutomaticFunctionCallingConfig(disable=True),
        )

    async def generate(
        self,
        contents: list[dict[str, Any]],
        system_instruction: str,
        on_text: Callable[[str], Any] | None = None,
        model: str | None = None,
    ) -> ModelReply:
        """Send the history, return the model's next turn.

        Args:
            contents: the conversation, plain dicts in the REST shape.
            system_instruction: the system prompt.
            on_text: if given, the reply is streamed (``:streamGenerateContent``, SSE) and each text delta is passed
                to it as it arrives (it may be a coroutine function). A stream is retried only until its first delta.
            model: the model for this call (default: the adapter's).

        Raises:
            ModelBlocked, ModelAuthError, ModelNotFound (naming the models that are available), ModelReplyError,
            ModelTimeout, ModelUnavailable.
        """
        model = model or self.model
        METRICS.count_model_call("gemini")
        started = time.monotonic()
        try:
            try:
                return await self._generate(contents, system_instruction, on_text, model)
            except ModelNotFound as exc:
                raise await self._not_found(model, exc) from exc
        except Exception as exc:  # counted and logged by kind only: the message may quote the API's answer
            kind = model_error_kind(exc)
            METRICS.count_model_error(kind)
            log.warning(
                "model call failed",
                extra={
                    "kind": kind,
                    "model": model[:80],
                    "status": getattr(exc, "status", None),
                    "attempts": getattr(exc, "attempts", None),
                    "seconds": round(time.monotonic() - started, 3),
                },
            )
            raise

    async def _generate(
        self, contents: list[dict[str, Any]], system_instruction: str, on_text: Callable[[str], Any] | None, model: str
    ) -> ModelReply:
        sdk_contents = [types.Content.model_validate(c) for c in contents]
        config = self._config(system_instruction)
        if on_text is None:
            response = await self._with_retries(
                lambda: self._client.aio.models.generate_content(model=model, contents=sdk_contents, config=config),
                model=model,
            )
            return parse_response(response)

        chunks: list[types.GenerateContentResponse] = []

        async def attempt() -> None:
            chunks.clear()
            stream = await self._client.aio.models.generate_content_stream(
                model=model, contents=sdk_contents, config=config
            )
            async for chunk in stream:
                chunks.append(chunk)
                for delta in _texts(chunk):
                    result = on_text(delta)
                    if inspect.isawaitable(result):
                        await result

        await self._with_retries(attempt, retry_ok=lambda: not any(_texts(c) for c in chunks), model=model)
        return parse_response(merge_stream(chunks))

    async def _with_retries(
        self,
        call: Callable[[], Awaitable[T]],
        retry_ok: Callable[[], bool] = lambda: True,
        model: str | None = None,
        attempts: int | None = None,
    ) -> T:
        """Run ``call``, retrying 429/5xx, timeouts and connection errors with exponential backoff."""
        last = "no attempt made"
        last_exc: BaseException | None = None
        status: int | None = None
        timed_out = False
        attempts = attempts or self.max_attempts
        for attempt in range(1, attempts + 1):
            server_wait: float | None = None
            try:
                return await call()
            except genai_errors.APIError as exc:
                status, last_exc = exc.code, exc
                if not _retryable_status(exc.code):
                    raise self._http_error(exc, model) from exc
                last, timed_out = f"HTTP {exc.code} {exc.status or ''}: {exc.message or ''}".strip(), False
                server_wait = _server_wait(exc)
                if not retry_ok():
                    raise ModelUnavailable(
                        f"Gemini failed mid-reply ({last}).", "Try again.", status=status, attempts=attempt
                    ) from exc
            except _TIMEOUT_ERRORS as exc:
                status, timed_out, last_exc = None, True, exc
                last = f"no answer within the {self.timeout_s:g} s timeout ({type(exc).__name__})"
                if not retry_ok():
                    raise ModelTimeout(
                        f"Gemini stopped answering mid-reply: {last}.",
                        "Try again.",
                        attempts=attempt,
                        timeout_s=self.timeout_s,
                    ) from exc
            except _TRANSPORT_ERRORS as exc:
                status, timed_out, last_exc = None, False, exc
                last = f"{type(exc).__name__}: {str(exc) or 'connection failed'}"
                if not retry_ok():
                    raise ModelUnavailable(
                        f"The connection to Gemini broke mid-reply ({last}).", "Try again.", attempts=attempt
                    ) from exc
            except pydantic.ValidationError as exc:
                raise ModelReplyError(f"Gemini sent a reply that does not match its API schema: {exc}.") from exc
            except genai_errors.UnknownApiResponseError as exc:
                raise ModelReplyError(f"Gemini sent a reply that is not JSON: {exc}.") from exc
            if attempt < attempts:
                await asyncio.sleep(self._delay(attempt, server_wait))
        raise self._exhausted(last, status, timed_out, attempts) from last_exc

    def _delay(self, attempt: int, server_wait: float | None) -> float:
        backoff: float = min(self.backoff_s * 2 ** (attempt - 1), _MAX_BACKOFF_S)  # int ** int is typed Any
        backoff += random.uniform(0, backoff / 4)  # jitter, so parallel sessions do not retry in lockstep
        if server_wait is not None:
            return max(backoff, min(server_wait, self.max_retry_after_s))
        return backoff

    def _exhausted(self, last: str, status: int | None, timed_out: bool, attempts: int) -> ModelUnavailable:
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        if timed_out:
            return ModelTimeout(
                f"Gemini gave {last} after {tries} at {self.base_url}.", attempts=attempts, timeout_s=self.timeout_s
            )
        if status == 429:
            return ModelRateLimited(
                f"Gemini kept refusing with a rate or quota limit after {tries} ({last}).", attempts=attempts
            )
        if status is not None:
            return ModelUnavailable(
                f"Gemini kept failing after {tries} ({last}).",
                "Google's service may be down: try again later.",
                status=status,
                attempts=attempts,
            )
        return ModelUnavailable(
            f"Could not connect to Gemini at {self.base_url} after {tries} ({last}).",
            "Check the network connection, a proxy, or GOOGLE_GEMINI_BASE_URL.",
            attempts=attempts,
        )

    def _http_error(self, exc: genai_errors.APIError, model: str | None = None) -> ModelError:
        what = f"{exc.code} {exc.status or ''}".strip()
        detail = f": {exc.message}" if exc.message else ""
        if exc.code in _AUTH_STATUSES or _is_bad_key(exc):
            return ModelAuthError(f"Gemini rejected the API key ({what}{detail}):", "check GEMINI_API_KEY.")
        if exc.code == 404 and model is not None:
            return ModelNotFound(f"{what}{detail}", model=model)
        if exc.code == 404:
            return ModelReplyError(
                f"Gemini answered {what} at {self.base_url}{detail}:", "check GOOGLE_GEMINI_BASE_URL.", status=exc.code
            )
        return ModelReplyError(f"Gemini refused the request ({what}{detail}).", status=exc.code)

    # --- plain-dict builders for the history -----------------------------------------------------------------
    @staticmethod
    def function_response(call: ToolCall, response: dict[str, Any]) -> dict[str, Any]:
        """A functionResponse part answering ``call`` (its id echoed, so Gemini can pair them)."""
        body: dict[str, Any] = {"name": call.name, "response": response}
        if call.id is not None:
            body = {"id": call.id, **body}
        return {"functionResponse": body}

    @staticmethod
    def user_text(text: str) -> dict[str, Any]:
        """A user content holding one text part."""
        return {"role": "user", "parts": [{"text": text}]}

    @staticmethod
    def image_part(png_b64: str) -> dict[str, Any]:
        """An inline PNG part (base64 data), so the model sees a plot."""
        return {"inlineData": {"mimeType": "image/png", "data": png_b64}}


# --- parsing -----------------------------------------------------------------------------------------------------
def parse_response(response: types.GenerateContentResponse) -> ModelReply:
    """Turn an SDK response into a ModelReply, raising ModelBlocked/ModelReplyError for unusable ones."""
    feedback = response.prompt_feedback
    if feedback is not None and feedback.block_reason is not None:
        reason = _enum_name(feedback.block_reason)
        extra = f": {feedback.block_reason_message}" if feedback.block_reason_message else ""
        raise ModelBlocked(
            f"Gemini blocked the prompt ({reason}{extra}).",
            "Rephrase the request, or start a new chat if an earlier message triggered it.",
            reason=reason,
        )
    if not response.candidates:
        raise ModelReplyError("Gemini returned an empty reply (no candidates).")
    cand = response.candidates[0]
    finish = _enum_name(cand.finish_reason) if cand.finish_reason is not None else None
    if cand.content is None or not cand.content.parts:
        if finish in _BLOCK_REASONS:
            flagged = [_enum_name(r.category) for r in cand.safety_ratings or [] if r.blocked and r.category]
            why = f" ({', '.join(flagged)})" if flagged else ""
            raise ModelBlocked(f"Gemini withheld its answer: finish reason {finish}{why}.", reason=finish)
        raise ModelReplyError(
            f"Gemini returned an empty reply (finish reason {finish or 'none'}).",
            _EMPTY_HINTS.get(finish or ""),
            finish_reason=finish,
        )
    parts = cand.content.parts
    content = cand.content.model_dump(mode="json", exclude_none=True, by_alias=True)
    content.setdefault("role", "model")
    return ModelReply(
        content=content,
        text="".join(p.text for p in parts if p.text and not p.thought),
        tool_calls=[_tool_call(p.function_call) for p in parts if p.function_call is not None],
        usage=_usage(response.usage_metadata),
        finish_reason=finish,
    )


_EMPTY_HINTS = {
    "MALFORMED_FUNCTION_CALL": "It wrote a tool call it could not encode; asking again usually helps.",
    "MAX_TOKENS": "It hit its output limit before writing anything; ask for less at once.",
}


def _tool_call(fc: types.FunctionCall) -> ToolCall:
    """Parse one call; never raise, so the loop can tell the model what was wrong."""
    name = fc.name or ""
    raw: Any = fc.args
    args = raw if isinstance(raw, dict) else {}
    problem: str | None = None
    if name != TOOL_NAME:
        problem = f"unknown function {name!r}: the only tool is {TOOL_NAME}(code: str)"
    elif raw is None:
        problem = f'{TOOL_NAME} was called without arguments: pass {{"code": "..."}}'
    elif not isinstance(raw, dict):
        problem = f"{TOOL_NAME} arguments must be an object, got {type(raw).__name__}"
    elif not isinstance(args.get("code"), str):
        got = ", ".join(sorted(args)) or "nothing"
        problem = f"{TOOL_NAME} needs a string argument 'code' (got {got})"
    elif not args["code"].strip():
        problem = f"{TOOL_NAME} was called with empty code"
    return ToolCall(id=fc.id, name=name, args=dict(args), malformed=problem)


def _usage(meta: types.GenerateContentResponseUsageMetadata | None) -> dict[str, int]:
    if meta is None:
        return {"prompt_tokens": 0, "output_tokens": 0, "thinking_tokens": 0, "total_tokens": 0}
    prompt, output = meta.prompt_token_count or 0, meta.candidates_token_count or 0
    thinking = meta.thoughts_token_count or 0
    return {
        "prompt_tokens": prompt,
        "output_tokens": output,
        "thinking_tokens": thinking,
        "total_tokens": meta.total_token_count or prompt + output + thinking,
    }


def _texts(chunk: types.GenerateContentResponse) -> list[str]:
    """The visible text deltas in one stream chunk."""
    if not chunk.candidates or chunk.candidates[0].content is None:
        return []
    return [p.text for p in chunk.candidates[0].content.parts or [] if p.text and not p.thought]


def merge_stream(chunks: list[types.GenerateContentResponse]) -> types.GenerateContentResponse:
    """Fold SSE chunks into one response: parts in order (adjacent plain texts joined), last metadata wins."""
    if not chunks:
        return types.GenerateContentResponse()
    parts: list[types.Part] = []
    finish = None
    safety: list[types.SafetyRating] | None = None
    for chunk in chunks:
        if not chunk.candidates:
            continue
        cand = chunk.candidates[0]
        finish = cand.finish_reason or finish
        safety = cand.safety_ratings or safety
        for part in (cand.content.parts or []) if cand.content else []:
            prev = parts[-1] if parts else None
            if prev is not None and _plain_text(prev) and _plain_text(part) and prev.thought == part.thought:
                parts[-1] = prev.model_copy(update={"text": (prev.text or "") + (part.text or "")})
            else:
                parts.append(part)
    last = chunks[-1]
    content = types.Content(role="model", parts=parts) if parts else None
    return types.GenerateContentResponse(
        candidates=[types.Candidate(content=content, finish_reason=finish, safety_ratings=safety)]
        if any(c.candidates for c in chunks)
        else None,
        prompt_feedback=next((c.prompt_feedback for c in chunks if c.prompt_feedback), None),
        usage_metadata=next((c.usage_metadata for c in reversed(chunks) if c.usage_metadata), None),
        model_version=last.model_version,
    )


def _plain_text(part: types.Part) -> bool:
    """A text part with nothing else on it (a thought signature must stay on its own part)."""
    return part.text is not None and part.thought_signature is None and part.function_call is None


# --- error classification ----------------------------------------------------------------------------------------
def _retryable_status(code: int | None) -> bool:
    return code is not None and (code in (408, 429) or code >= 500)


def _is_bad_key(exc: genai_errors.APIError) -> bool:
    """The real API answers a wrong key with 400 INVALID_ARGUMENT and reason API_KEY_INVALID."""
    return exc.code == 400 and ("API_KEY_INVALID" in str(exc.details) or "API key not valid" in (exc.message or ""))


def _server_wait(exc: genai_errors.APIError) -> float | None:
    """Seconds the server asked us to wait: the Retry-After header, else a google.rpc.RetryInfo detail."""
    headers = getattr(exc.response, "headers", None)
    value = headers.get("retry-after") if headers is not None else None
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            pass
        try:  # the other form: an HTTP date
            return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            pass
    error = exc.details.get("error", exc.details) if isinstance(exc.details, dict) else None
    details = error.get("details") if isinstance(error, dict) else None
    for detail in details if isinstance(details, list) else []:
        delay = detail.get("retryDelay") if isinstance(detail, dict) else None
        if isinstance(delay, str) and delay.endswith("s"):
            try:
                return max(0.0, float(delay[:-1]))
            except ValueError:
                pass
    return None


def _sdk_base_url() -> str | None:
    """The API root the SDK uses when none is given (its own resolution: set defaults, then the environment).

    Settings read GOOGLE_GEMINI_BASE_URL and pass it in; google-genai reads that variable itself as well (that is
    its own code, not a second reader here), which only matters for an adapter built without settings.
    """
    try:
        from google.genai import _base_url

        return _base_url.get_base_url(False, None)
    except (ImportError, AttributeError, TypeError):
        return None


def _enum_name(value: Any) -> str:
    return str(getattr(value, "value", value))


def _exception_classes(pairs: list[tuple[str, str]]) -> tuple[type[BaseException], ...]:
    """The named exception classes of the HTTP libraries the SDK may use, where installed."""
    found: list[type[BaseException]] = []
    for module, attr in pairs:
        try:
            cls = getattr(importlib.import_module(module), attr, None)
        except ImportError:
            continue
        if isinstance(cls, type) and issubclass(cls, BaseException):
            found.append(cls)
    return tuple(found)


# Timeouts first: they are TransportErrors too, but get their own message and error class. aiohttp signals its
# timeouts with asyncio.TimeoutError (the builtin TimeoutError since 3.11).
_TIMEOUT_ERRORS: tuple[type[BaseException], ...] = (
    *_exception_classes([("httpx2", "TimeoutException"), ("httpx", "TimeoutException")]),
    TimeoutError,
)
_TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    *_exception_classes([("httpx2", "TransportError"), ("httpx", "TransportError"), ("aiohttp", "ClientError")]),
    ConnectionError,
)
