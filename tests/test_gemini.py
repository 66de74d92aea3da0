"""The Gemini adapter against a local fake Gemini server, through the real google-genai SDK."""

from __future__ import annotations

import base64
import json
import re
import socket
import struct
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2
import pytest
from fake_gemini import FakeGemini, Step, candidate, function_call_reply, text_reply, usage
from google import genai
from google.genai import types

from notebook_agent.agent.gemini import DEFAULT_GEMINI_MODEL, GeminiModel, ToolCall
from notebook_agent.errors import (
    ModelAuthError,
    ModelBlocked,
    ModelNotFound,
    ModelRateLimited,
    ModelReplyError,
    ModelTimeout,
    ModelUnavailable,
)

KEY = "test-key-SECRET-7f3a9"
SYSTEM = "You are a careful data analyst."


_open_models: list[GeminiModel] = []


@pytest.fixture(autouse=True)
async def _close_models() -> AsyncIterator[None]:
    """Close every model a test made, so no HTTP connection outlives its test."""
    yield
    while _open_models:
        await _open_models.pop().aclose()


@pytest.fixture
def fake() -> Iterator[FakeGemini]:
    with FakeGemini(api_key=KEY) as server:
        yield server


def new_model(**kw: Any) -> GeminiModel:
    """A GeminiModel closed after the test."""
    model = GeminiModel(**kw)
    _open_models.append(model)
    return model


def make_model(fake: FakeGemini, **kw: Any) -> GeminiModel:
    """Fast settings for tests: tiny backoff, short timeout."""
    kw = {"backoff_s": 0.01, "timeout_s": 5, "max_attempts": 3, **kw}
    return new_model(api_key=KEY, base_url=fake.base_url, **kw)


def png_b64() -> str:
    """A real 1x1 PNG, base64."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )
    return base64.b64encode(png).decode()


def b64bytes(data: str) -> bytes:
    """Decode standard or URL-safe base64 (the proto3 JSON mapping accepts both)."""
    return base64.urlsafe_b64decode(data.replace("+", "-").replace("/", "_") + "=" * (-len(data) % 4))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- replies ---------------------------------------------------------------------------------------------------
async def test_tool_call_parsed_and_request_shape(fake: FakeGemini) -> None:
    fake.reply(function_call_reply({"code": "df.describe()"}, call_id="call-42", text="Let me look."))
    reply = await make_model(fake).generate([GeminiModel.user_text("describe the data")], SYSTEM)

    assert reply.tool_calls == [ToolCall(id="call-42", name="run_python", args={"code": "df.describe()"})]
    assert reply.tool_calls[0].malformed is None and reply.tool_calls[0].code == "df.describe()"
    assert reply.text == "Let me look."
    assert reply.finish_reason == "STOP"
    assert reply.content["role"] == "model"
    assert reply.content["parts"][1]["functionCall"] == {
        "id": "call-42",
        "name": "run_python",
        "args": {"code": "df.describe()"},
    }

    [req] = fake.requests
    assert req.path == f"/v1beta/models/{DEFAULT_GEMINI_MODEL}:generateContent" and not req.stream
    assert req.body["contents"] == [{"role": "user", "parts": [{"text": "describe the data"}]}]
    assert req.body["systemInstruction"]["parts"] == [{"text": SYSTEM}]
    [decl] = req.body["tools"][0]["functionDeclarations"]
    assert decl["name"] == "run_python"
    assert decl["parameters"]["required"] == ["code"]
    assert decl["parameters"]["properties"]["code"]["type"] == "STRING"
    code_param = decl["parameters"]["properties"]["code"]
    assert code_param["description"] == "Python code to run in the session's Jupyter kernel"
    assert req.body["toolConfig"]["functionCallingConfig"]["mode"] == "AUTO"


async def test_text_answer_usage_and_thoughts(fake: FakeGemini) -> None:
    fake.reply(
        {
            "candidates": [
                candidate(
                    [
                        {"text": "thinking...", "thought": True},
                        {"text": "The mean is 4.2.", "thoughtSignature": "AAECAwQF/w=="},
                    ]
                )
            ],
            "usageMetadata": {
                "promptTokenCount": 120,
                "candidatesTokenCount": 8,
                "thoughtsTokenCount": 30,
                "totalTokenCount": 158,
            },
        }
    )
    reply = await make_model(fake).generate([GeminiModel.user_text("mean?")], SYSTEM)
    assert reply.text == "The mean is 4.2."  # the thought part is not shown
    assert reply.tool_calls == []
    assert reply.usage == {"prompt_tokens": 120, "output_tokens": 8, "thinking_tokens": 30, "total_tokens": 158}
    # The content keeps the thought signature, and survives a round trip back to the server unchanged.
    assert b64bytes(reply.content["parts"][1]["thoughtSignature"]) == b"\x00\x01\x02\x03\x04\x05\xff"
    assert json.loads(json.dumps(reply.content)) == reply.content  # plain JSON, no SDK objects

    fake.reply_text("ok")
    await make_model(fake).generate(
        [GeminiModel.user_text("mean?"), reply.content, GeminiModel.user_text("thanks")], SYSTEM
    )
    sent = fake.requests[1].body["contents"][1]
    assert sent["role"] == "model"
    assert b64bytes(sent["parts"][1]["thoughtSignature"]) == b"\x00\x01\x02\x03\x04\x05\xff"
    assert sent["parts"][0] == {"text": "thinking...", "thought": True}


async def test_usage_zeros_when_absent(fake: FakeGemini) -> None:
    fake.reply({"candidates": [candidate([{"text": "hi"}])]})
    reply = await make_model(fake).generate([GeminiModel.user_text("hi")], SYSTEM)
    assert reply.usage == {"prompt_tokens": 0, "output_tokens": 0, "thinking_tokens": 0, "total_tokens": 0}


# --- retries ---------------------------------------------------------------------------------------------------
async def test_429_then_success(fake: FakeGemini) -> None:
    fake.error(429, "Resource has been exhausted (e.g. check quota).")
    fake.reply_text("done")
    reply = await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM)
    assert reply.text == "done"
    assert len(fake.requests) == 2
    assert fake.requests[0].body == fake.requests[1].body


async def test_retry_after_header_is_honoured_but_capped(fake: FakeGemini) -> None:
    fake.error(429, retry_after="100")
    fake.reply_text("done")
    start = time.monotonic()
    reply = await make_model(fake, max_retry_after_s=0.3).generate([GeminiModel.user_text("go")], SYSTEM)
    elapsed = time.monotonic() - start
    assert reply.text == "done"
    assert 0.3 <= elapsed < 3


async def test_retry_info_delay_is_honoured(fake: FakeGemini) -> None:
    fake.error(429, details=[{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0.4s"}])
    fake.reply_text("done")
    start = time.monotonic()
    await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM)
    assert time.monotonic() - start >= 0.4


@pytest.mark.parametrize("status", [500, 503])
async def test_5xx_until_retries_run_out(fake: FakeGemini, status: int) -> None:
    for _ in range(4):
        fake.error(status)
    with pytest.raises(ModelUnavailable) as info:
        await make_model(fake, max_attempts=4).generate([GeminiModel.user_text("go")], SYSTEM)
    assert len(fake.requests) == 4 and fake.pending == 0
    assert info.value.status == status and info.value.attempts == 4
    assert str(status) in str(info.value) and "4 attempts" in str(info.value)
    assert not isinstance(info.value, ModelTimeout)


async def test_429_until_retries_run_out_says_quota(fake: FakeGemini) -> None:
    for _ in range(2):
        fake.error(429)
    with pytest.raises(ModelUnavailable, match="rate or quota limit") as info:
        await make_model(fake, max_attempts=2).generate([GeminiModel.user_text("go")], SYSTEM)
    assert info.value.status == 429 and len(fake.requests) == 2
    assert isinstance(info.value, ModelRateLimited) and "aistudio.google.com" in info.value.todo


async def test_timeout_retried_then_model_timeout(fake: FakeGemini) -> None:
    fake.delay(3).delay(3)
    start = time.monotonic()
    with pytest.raises(ModelTimeout) as info:
        await make_model(fake, timeout_s=0.5, max_attempts=2).generate([GeminiModel.user_text("go")], SYSTEM)
    assert time.monotonic() - start < 2.5
    assert len(fake.requests) == 2
    assert "0.5 s timeout" in str(info.value) and "2 attempts" in str(info.value)
    assert isinstance(info.value, ModelUnavailable)  # callers catching "unavailable" see timeouts too
    # What the SDK raised underneath: httpx2's own exception, not a google.genai APIError.
    assert isinstance(info.value.__cause__, httpx2.TimeoutException)


async def test_timeout_then_success(fake: FakeGemini) -> None:
    fake.delay(3)
    fake.reply_text("late but fine")
    reply = await make_model(fake, timeout_s=0.5).generate([GeminiModel.user_text("go")], SYSTEM)
    assert reply.text == "late but fine" and len(fake.requests) == 2


async def test_connection_refused_is_clear() -> None:
    url = f"http://127.0.0.1:{free_port()}/"
    model = new_model(api_key=KEY, base_url=url, backoff_s=0.01, max_attempts=2)
    with pytest.raises(ModelUnavailable) as info:
        await model.generate([GeminiModel.user_text("go")], SYSTEM)
    assert not isinstance(info.value, ModelTimeout)
    message = str(info.value)
    assert message.startswith(f"Could not connect to Gemini at {url} after 2 attempts")
    assert "ConnectError" in message and "GOOGLE_GEMINI_BASE_URL" in message
    assert isinstance(info.value.__cause__, httpx2.ConnectError)


# --- errors that are not retried -------------------------------------------------------------------------------
async def test_wrong_key_is_auth_error_not_retried(fake: FakeGemini) -> None:
    model = new_model(api_key="wrong-key", base_url=fake.base_url, backoff_s=0.01)
    with pytest.raises(ModelAuthError, match=r"rejected the API key \(400 INVALID_ARGUMENT.*check GEMINI_API_KEY"):
        await model.generate([GeminiModel.user_text("go")], SYSTEM)
    assert len(fake.requests) == 1


@pytest.mark.parametrize(
    ("status", "error", "match"),
    [
        (401, ModelAuthError, r"rejected the API key \(401 UNAUTHENTICATED.*check GEMINI_API_KEY"),
        (403, ModelAuthError, r"rejected the API key \(403 PERMISSION_DENIED.*check GEMINI_API_KEY"),
        (
            404,
            ModelReplyError,
            rf"model '{re.escape(DEFAULT_GEMINI_MODEL)}' is not available.*404 NOT_FOUND.*"
            r"NOTEBOOK_AGENT_GEMINI_MODEL",
        ),
        (400, ModelReplyError, r"refused the request \(400 INVALID_ARGUMENT: bad part\)"),
    ],
)
async def test_client_errors_not_retried(fake: FakeGemini, status: int, error: type[Exception], match: str) -> None:
    fake.error(status, "bad part" if status == 400 else None)
    fake.reply_text("never sent")
    with pytest.raises(error, match=match):
        await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM)
    assert len(fake.requests) == 1


def test_empty_key_refused() -> None:
    with pytest.raises(ModelAuthError, match="GEMINI_API_KEY"):
        GeminiModel(api_key="  ")


# --- blocked and empty replies ---------------------------------------------------------------------------------
async def test_prompt_blocked(fake: FakeGemini) -> None:
    fake.reply({"promptFeedback": {"blockReason": "SAFETY", "safetyRatings": []}, "usageMetadata": usage(5, 0)})
    with pytest.raises(ModelBlocked, match=r"blocked the prompt \(SAFETY\)") as info:
        await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM)
    assert info.value.reason == "SAFETY" and len(fake.requests) == 1


@pytest.mark.parametrize("reason", ["SAFETY", "PROHIBITED_CONTENT"])
async def test_answer_withheld(fake: FakeGemini, reason: str) -> None:
    fake.reply(
        {
            "candidates": [
                {
                    "finishReason": reason,
                    "index": 0,
                    "safetyRatings": [
                        {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "probability": "HIGH", "blocked": True}
                    ],
                }
            ]
        }
    )
    with pytest.raises(ModelBlocked, match=f"finish reason {reason}") as info:
        await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM)
    assert info.value.reason == reason


@pytest.mark.parametrize(
    ("body", "match"),
    [
        ({"candidates": [], "usageMetadata": usage()}, "empty reply"),
        ({}, "empty reply"),
        ({"candidates": [{"content": {"role": "model", "parts": []}, "finishReason": "STOP"}]}, "empty reply"),
        ({"candidates": [{"finishReason": "MALFORMED_FUNCTION_CALL"}]}, "MALFORMED_FUNCTION_CALL.*asking again"),
    ],
)
async def test_empty_reply(fake: FakeGemini, body: dict[str, Any], match: str) -> None:
    fake.reply(body)
    with pytest.raises(ModelReplyError, match=match):
        await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM)
    assert len(fake.requests) == 1


# --- malformed tool calls are returned, not raised -------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "args", "problem"),
    [
        ("run_python", {"cmd": "x"}, "needs a string argument 'code' (got cmd)"),
        ("run_shell", {"code": "ls"}, "unknown function 'run_shell'"),
        ("run_python", {"code": 5}, "needs a string argument 'code'"),
        ("run_python", None, "without arguments"),
        ("run_python", {"code": "  "}, "empty code"),
    ],
)
async def test_malformed_tool_call_flagged(fake: FakeGemini, name: str, args: Any, problem: str) -> None:
    fake.reply(function_call_reply(args, name=name, call_id="c9"))
    reply = await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM)
    [call] = reply.tool_calls
    assert call.id == "c9" and call.name == name
    assert call.malformed is not None and problem in call.malformed
    assert call.code == ""
    # The loop answers it with an error the model can read, echoing the id.
    part = GeminiModel.function_response(call, {"error": call.malformed})
    assert part["functionResponse"]["id"] == "c9"


async def test_non_object_args_rejected_by_sdk(fake: FakeGemini) -> None:
    # The SDK validates the whole reply and refuses args that are not an object (the real API, whose args are a
    # protobuf Struct, cannot send them); the adapter turns that into a readable ModelReplyError.
    fake.reply(function_call_reply("print(1)"))
    with pytest.raises(ModelReplyError, match="does not match its API schema"):
        await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM)


async def test_call_without_id(fake: FakeGemini) -> None:
    fake.reply(function_call_reply({"code": "1+1"}, call_id=None))
    reply = await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM)
    [call] = reply.tool_calls
    assert call.id is None and call.malformed is None
    assert GeminiModel.function_response(call, {"output": "2"}) == {
        "functionResponse": {"name": "run_python", "response": {"output": "2"}}
    }


# --- what is sent ----------------------------------------------------------------------------------------------
async def test_tool_result_with_image_and_echoed_id(fake: FakeGemini) -> None:
    fake.reply(function_call_reply({"code": "plt.plot([1, 2])"}, call_id="call-7"))
    fake.reply_text("The line rises.")
    model = make_model(fake)
    history: list[dict[str, Any]] = [GeminiModel.user_text("plot it")]
    first = await model.generate(history, SYSTEM)
    history.append(first.content)
    [call] = first.tool_calls
    image = png_b64()
    history.append(
        {
            "role": "user",
            "parts": [GeminiModel.function_response(call, {"stdout": "", "images": 1}), GeminiModel.image_part(image)],
        }
    )
    second = await model.generate(history, SYSTEM)
    assert second.text == "The line rises."

    sent = fake.requests[1].body["contents"]
    assert [c["role"] for c in sent] == ["user", "model", "user"]
    assert sent[1]["parts"][0]["functionCall"]["id"] == "call-7"
    response_part, image_part = sent[2]["parts"]
    assert response_part == {
        "functionResponse": {"id": "call-7", "name": "run_python", "response": {"stdout": "", "images": 1}}
    }
    [blob] = fake.requests[1].inline_data()
    assert blob["mimeType"] == "image/png"
    assert b64bytes(blob["data"]) == base64.b64decode(image)
    assert "inlineData" in image_part


def test_part_helpers() -> None:
    call = ToolCall(id="abc", name="run_python", args={"code": "1"})
    assert GeminiModel.function_response(call, {"output": "1"}) == {
        "functionResponse": {"id": "abc", "name": "run_python", "response": {"output": "1"}}
    }
    assert GeminiModel.user_text("hi") == {"role": "user", "parts": [{"text": "hi"}]}
    assert GeminiModel.image_part("AAAA") == {"inlineData": {"mimeType": "image/png", "data": "AAAA"}}


async def test_api_key_only_in_its_header(fake: FakeGemini) -> None:
    fake.error(503)
    fake.reply_text("ok")
    await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM)
    for req in fake.requests:
        assert req.api_key_present and req.api_key_matches
        assert req.headers["x-goog-api-key"] == "<redacted>"
        assert KEY not in req.raw and KEY not in req.path and KEY not in json.dumps(req.query)
        assert KEY not in json.dumps(req.headers)


async def test_v1_and_v1beta_paths_answered(fake: FakeGemini) -> None:
    fake.reply_text("beta").reply_text("stable")
    assert (await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM)).text == "beta"
    # The SDK's default api_version is v1: the fake answers that too.
    client = genai.Client(api_key=KEY, http_options=types.HttpOptions(base_url=fake.base_url))
    try:
        response = await client.aio.models.generate_content(model="gemini-2.5-pro", contents="go")
    finally:
        await client.aio.aclose()
    assert response.text == "stable"
    assert [(r.version, r.model) for r in fake.requests] == [("v1beta", DEFAULT_GEMINI_MODEL), ("v1", "gemini-2.5-pro")]


async def test_env_base_url_honoured(fake: FakeGemini, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", fake.base_url)
    fake.reply_text("via env")
    model = new_model(api_key=KEY, model="gemini-2.5-flash-lite")
    assert model.base_url == fake.base_url
    assert (await model.generate([GeminiModel.user_text("go")], SYSTEM)).text == "via env"
    assert fake.requests[0].path == "/v1beta/models/gemini-2.5-flash-lite:generateContent"


# --- streaming -------------------------------------------------------------------------------------------------
async def test_stream_text_deltas_and_final_reply(fake: FakeGemini) -> None:
    fake.stream(
        [
            {"candidates": [candidate([{"text": "Let me "}], finish_reason=None)]},
            {"candidates": [candidate([{"text": "check."}], finish_reason=None)]},
            {
                "candidates": [
                    candidate(
                        [
                            {
                                "functionCall": {"id": "s1", "name": "run_python", "args": {"code": "1"}},
                                "thoughtSignature": "AAEC",
                            }
                        ]
                    )
                ],
                "usageMetadata": usage(40, 12),
            },
        ]
    )
    deltas: list[str] = []
    reply = await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM, on_text=deltas.append)
    assert deltas == ["Let me ", "check."]
    assert reply.text == "Let me check."
    assert reply.tool_calls == [ToolCall(id="s1", name="run_python", args={"code": "1"})]
    assert reply.usage["prompt_tokens"] == 40 and reply.usage["total_tokens"] == 52
    assert reply.finish_reason == "STOP"
    parts = reply.content["parts"]
    assert parts[0] == {"text": "Let me check."}  # adjacent plain texts folded into one part
    assert b64bytes(parts[1]["thoughtSignature"]) == b"\x00\x01\x02"
    [req] = fake.requests
    assert req.stream and req.path.endswith(":streamGenerateContent") and req.query == {"alt": ["sse"]}


async def test_stream_async_callback_and_retry_before_first_delta(fake: FakeGemini) -> None:
    fake.error(503)
    fake.stream([text_reply("a"), text_reply("b")])
    seen: list[str] = []

    async def on_text(delta: str) -> None:
        seen.append(delta)

    reply = await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM, on_text=on_text)
    assert seen == ["a", "b"] and reply.text == "ab" and len(fake.requests) == 2


async def test_stream_stalling_mid_reply_is_not_retried(fake: FakeGemini) -> None:
    # Text already shown must not be shown twice: after the first delta a failure ends the turn.
    fake.stream([text_reply("partial "), text_reply("never")], chunk_delay_s=3)
    fake.reply_text("must not be requested")
    seen: list[str] = []
    with pytest.raises(ModelTimeout, match="mid-reply"):
        await make_model(fake, timeout_s=0.5).generate([GeminiModel.user_text("go")], SYSTEM, on_text=seen.append)
    assert seen == ["partial "] and len(fake.requests) == 1


async def test_stream_blocked(fake: FakeGemini) -> None:
    fake.stream([{"promptFeedback": {"blockReason": "PROHIBITED_CONTENT"}}])
    with pytest.raises(ModelBlocked, match="PROHIBITED_CONTENT"):
        await make_model(fake).generate([GeminiModel.user_text("go")], SYSTEM, on_text=lambda _: None)


async def test_unscripted_request_fails_loudly(fake: FakeGemini) -> None:
    fake.push(Step(status=200, body=text_reply("only one")))
    model = make_model(fake, max_attempts=1)
    await model.generate([GeminiModel.user_text("go")], SYSTEM)
    with pytest.raises(ModelUnavailable, match="no scripted response left"):
        await model.generate([GeminiModel.user_text("go")], SYSTEM)


# --- the default model, the model list, unknown models -------------------------------------------------------
def test_default_model_is_the_one_constant(monkeypatch: pytest.MonkeyPatch) -> None:
    from notebook_agent.settings import DEFAULT_GEMINI_MODEL as SETTINGS_DEFAULT
    from notebook_agent.settings import Settings

    assert DEFAULT_GEMINI_MODEL is SETTINGS_DEFAULT and re.fullmatch(r"gemini-\d+(\.\d+)?-flash", DEFAULT_GEMINI_MODEL)
    assert DEFAULT_GEMINI_MODEL != "gemini-2.5-flash"
    assert Settings.from_env({}).gemini_model == DEFAULT_GEMINI_MODEL
    assert Settings.from_env({"NOTEBOOK_AGENT_GEMINI_MODEL": " gemini-3.7-flash "}).gemini_model == "gemini-3.7-flash"
    assert Settings.from_env({"GOOGLE_GEMINI_BASE_URL": "http://127.0.0.1:9/"}).gemini_base_url == "http://127.0.0.1:9/"
    from notebook_agent.errors import ConfigError

    with pytest.raises(ConfigError, match="NOTEBOOK_AGENT_GEMINI_MODEL"):
        Settings.from_env({"NOTEBOOK_AGENT_GEMINI_MODEL": "gemini-3.8-flash:generateContent?x=1"})


async def test_default_model_is_what_the_server_receives(fake: FakeGemini) -> None:
    from notebook_agent.settings import Settings

    fake.reply_text("from the default").reply_text("from the setting")
    model = new_model(api_key=KEY, base_url=fake.base_url)
    assert model.model == DEFAULT_GEMINI_MODEL
    await model.generate([GeminiModel.user_text("go")], SYSTEM)
    settings = Settings.from_env(
        {
            "GEMINI_API_KEY": KEY,
            "GOOGLE_GEMINI_BASE_URL": fake.base_url,
            "NOTEBOOK_AGENT_GEMINI_MODEL": "gemini-3.7-flash",
        }
    )
    configured = GeminiModel.from_settings(settings)
    _open_models.append(configured)
    await configured.generate([GeminiModel.user_text("go")], SYSTEM)
    assert [r.model for r in fake.requests] == [DEFAULT_GEMINI_MODEL, "gemini-3.7-flash"]


async def test_model_per_call_overrides_the_default(fake: FakeGemini) -> None:
    fake.reply_text("a")
    fake.stream([text_reply("b")])
    model = make_model(fake)
    await model.generate([GeminiModel.user_text("go")], SYSTEM, model="gemini-3.5-flash-lite")
    await model.generate([GeminiModel.user_text("go")], SYSTEM, on_text=lambda _: None, model="gemini-3.7-flash")
    assert [(r.model, r.stream) for r in fake.requests] == [
        ("gemini-3.5-flash-lite", False),
        ("gemini-3.7-flash", True),
    ]
    assert model.model == DEFAULT_GEMINI_MODEL  # the adapter's own default is untouched


async def test_model_list_all_pages_filtered_and_cached(fake: FakeGemini) -> None:
    from notebook_agent.agent.gemini import chat_models

    fake.models_page_size = 2  # the SDK's pager must follow nextPageToken
    model = make_model(fake)
    listed = await model.list_models()
    assert [m.name for m in listed] == [m["name"].removeprefix("models/") for m in fake.models]
    flash = next(m for m in listed if m.name == "gemini-3.8-flash")
    assert flash.display_name == "Gemini 3.8 Flash" and "generateContent" in flash.actions
    names = await model.chat_model_names()
    assert names == [
        "gemini-2.5-flash",
        "gemini-3.1-pro-preview",
        "gemini-3.5-flash-lite",
        "gemini-3.7-flash",
        "gemini-3.8-flash",
    ]
    assert [m.name for m in chat_models(listed)] == names
    pages = len(fake.list_requests)
    assert pages == 5  # 9 models, 2 a page
    assert all(r.path == "/v1beta/models" and r.api_key_matches for r in fake.list_requests)
    assert fake.list_requests[1].query["pageToken"] == ["page-2"]
    # Cached: asking again sends nothing; refresh asks again.
    assert await model.chat_model_names() == names
    assert len(fake.list_requests) == pages
    fake.models = fake.models[:1]
    assert await model.chat_model_names(refresh=True) == ["gemini-2.5-flash"]
    assert len(fake.list_requests) == pages + 1
    assert fake.requests == []  # listing never calls generate


async def test_model_list_failure_is_a_model_error_and_remembered(fake: FakeGemini) -> None:
    wrong = new_model(api_key="another-key", base_url=fake.base_url, backoff_s=0.01)
    with pytest.raises(ModelAuthError, match="API key"):
        await wrong.list_models()
    asked = len(fake.list_requests)
    with pytest.raises(ModelUnavailable, match="API key"):  # remembered for a while: no new request
        await wrong.list_models()
    assert len(fake.list_requests) == asked == 1


async def test_retired_model_404_names_the_available_models(fake: FakeGemini) -> None:
    fake.known_models_only = True
    fake.reply_text("never sent")
    model = make_model(fake, model="gemini-1.5-flash")
    with pytest.raises(ModelNotFound) as caught:
        await model.generate([GeminiModel.user_text("go")], SYSTEM, on_text=lambda _: None)
    message = str(caught.value)
    assert "'gemini-1.5-flash' is not available" in message and "404 NOT_FOUND" in message
    assert "gemini-3.8-flash" in message and "gemini-3.7-flash" in message
    assert "tts" not in message and "embedding" not in message and "gemma" not in message
    assert "model menu" in message and f"NOTEBOOK_AGENT_GEMINI_MODEL={DEFAULT_GEMINI_MODEL}" in message
    assert "Traceback" not in message
    assert caught.value.available == await model.chat_model_names() and caught.value.status == 404
    assert len(fake.requests) == 1 and fake.pending == 1  # not retried


async def test_404_when_the_list_fails_too_says_so(fake: FakeGemini) -> None:
    model = new_model(api_key=KEY, base_url=fake.base_url + "wrong/", backoff_s=0.01)
    with pytest.raises(ModelNotFound, match=r"could not be fetched either.*GOOGLE_GEMINI_BASE_URL"):
        await model.generate([GeminiModel.user_text("go")], SYSTEM)
    assert [r.path for r in fake.requests] == [f"/wrong/v1beta/models/{DEFAULT_GEMINI_MODEL}:generateContent"]
    assert [r.path for r in fake.list_requests] == ["/wrong/v1beta/models"]
