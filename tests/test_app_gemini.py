"""The app's chat handler and model menu with Gemini: the real SDK against the fake server, a real sandboxed kernel.

The Gradio event functions are called as Gradio calls them (their yielded updates are what the browser receives),
on an app built in this process, so each update can be looked at as the answer streams.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Iterator
from typing import Any

import gradio as gr
import pytest
from conftest import make_data_dir
from fake_gemini import FakeGemini, candidate, text_reply

from notebook_agent.app import build
from notebook_agent.settings import DEFAULT_GEMINI_MODEL, Settings
from notebook_agent.ui.sessions import SessionRegistry

KEY = "app-test-key-5c1e"


@pytest.fixture
def fake() -> Iterator[FakeGemini]:
    with FakeGemini(api_key=KEY, known_models_only=True) as server:
        yield server


def _app(fake: FakeGemini, **env: str) -> gr.Blocks:
    settings = Settings.from_env(
        {
            "NOTEBOOK_AGENT_DATA_DIR": str(make_data_dir()),
            "NOTEBOOK_AGENT_POOL_SIZE": "0",
            "GEMINI_API_KEY": KEY,
            "GOOGLE_GEMINI_BASE_URL": fake.base_url,
            **env,
        }
    )
    return build(settings)


@pytest.fixture
async def apps() -> AsyncIterator[list[gr.Blocks]]:
    """Apps a test builds; their sessions (and kernels) are closed after it."""
    made: list[gr.Blocks] = []
    yield made
    for demo in made:
        await demo.registry.close()  # type: ignore[attr-defined]


BROWSER = "0123456789abcdef" * 2  # one browser's id (its chats are its own in `none` mode)


def _fn(demo: gr.Blocks, name: str) -> Any:
    return next(f.fn for f in demo.fns.values() if f.name == name)


async def _send(demo: gr.Blocks, session_id: str, text: str, model: str | None) -> list[list[dict[str, Any]]]:
    """Every chat value the message handler yields for one message."""
    on_message = _fn(demo, "on_message")
    return [
        update[0]
        async for update in on_message({"text": text, "files": []}, [], session_id, model, BROWSER, None)
        if isinstance(update[0], list)
    ]


def _bot_texts(chat: list[dict[str, Any]]) -> list[str]:
    return [
        m["content"]
        for m in chat
        if m["role"] == "assistant" and isinstance(m["content"], str) and not (m.get("metadata") or {}).get("title")
    ]


async def test_model_menu_lists_chat_models_with_the_default_selected(fake: FakeGemini, apps: list[gr.Blocks]) -> None:
    demo = _app(fake)
    apps.append(demo)
    menu = await _fn(demo, "on_models")(SessionRegistry.new_id())
    assert isinstance(menu, gr.Dropdown)
    values = [value for _, value in menu.choices]
    assert values == [
        "gemini-2.5-flash",
        "gemini-3.1-pro-preview",
        "gemini-3.5-flash-lite",
        "gemini-3.7-flash",
        "gemini-3.8-flash",
    ]  # no speech, image, embedding or Gemma model
    assert menu.value == DEFAULT_GEMINI_MODEL
    await _fn(demo, "on_models")(SessionRegistry.new_id())
    assert len(fake.list_requests) == 1  # the list is kept, not fetched per page load
    # Without a key there is no menu to fill.
    offline = build(
        Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": str(make_data_dir()), "NOTEBOOK_AGENT_POOL_SIZE": "0"})
    )
    apps.append(offline)
    assert not next(b for b in offline.blocks.values() if getattr(b, "elem_id", None) == "model-choice").visible


async def test_chosen_model_answers_and_the_answer_grows_in_its_bubble(fake: FakeGemini, apps: list[gr.Blocks]) -> None:
    demo = _app(fake)
    apps.append(demo)
    pieces = ["Streaming ", "works: ", "**three** ", "pieces."]
    fake.stream(
        [{"candidates": [candidate([{"text": p}], finish_reason=None)]} for p in pieces[:-1]]
        + [{"candidates": [candidate([{"text": pieces[-1]}])]}],
        chunk_delay_s=0.2,
    )
    fake.reply_text("Still the chosen model.")
    session_id = SessionRegistry.new_id()
    updates = await _send(demo, session_id, "say something in pieces", "gemini-3.7-flash")
    shown = [texts[-1] for texts in map(_bot_texts, updates) if texts]
    growing = list(dict.fromkeys(shown))
    # The bubble showed the text as it grew, each state a longer prefix of the next, then the whole answer.
    assert len(growing) >= len(pieces), growing
    assert all(b.startswith(a) for a, b in itertools.pairwise(growing)), growing
    assert growing[0] == "Streaming " and growing[-1] == "".join(pieces)
    final = updates[-1]
    assert _bot_texts(final).count("".join(pieces)) == 1  # the live bubble became the answer, not a second one
    # The next turn (no menu value sent, as a program would) stays with the chosen model.
    await _send(demo, session_id, "and again", None)
    assert [(r.model, r.stream) for r in fake.requests] == [("gemini-3.7-flash", True), ("gemini-3.7-flash", True)]
    menu = await _fn(demo, "on_models")(session_id)
    assert menu.value == "gemini-3.7-flash"  # a reload shows the model the session answers with


async def test_retired_model_gets_a_message_naming_the_others(fake: FakeGemini, apps: list[gr.Blocks]) -> None:
    demo = _app(fake, NOTEBOOK_AGENT_GEMINI_MODEL="gemini-1.5-flash")
    apps.append(demo)
    session_id = SessionRegistry.new_id()
    menu = await _fn(demo, "on_models")(session_id)
    assert menu.choices[0][1] == "gemini-1.5-flash" and menu.value == "gemini-1.5-flash"
    updates = await _send(demo, session_id, "hello?", menu.value)
    message = updates[-1][-1]["content"]
    assert message.startswith("**Error:**") and "gemini-1.5-flash" in message and "not available" in message
    assert "gemini-3.8-flash" in message and "gemini-3.7-flash" in message and "model menu" in message
    assert "Traceback" not in message and "tts" not in message
    fake.reply(text_reply("Hello from 3.8."))
    updates = await _send(demo, session_id, "hello again?", "gemini-3.8-flash")
    assert _bot_texts(updates[-1])[-1] == "Hello from 3.8."
    assert [r.model for r in fake.requests] == ["gemini-1.5-flash", "gemini-3.8-flash"]


async def test_model_menu_without_a_list_offers_the_default_and_says_why(
    fake: FakeGemini, apps: list[gr.Blocks]
) -> None:
    demo = _app(fake, GEMINI_API_KEY="not-the-key")
    apps.append(demo)
    menu = await _fn(demo, "on_models")(SessionRegistry.new_id())
    assert menu.choices == [(DEFAULT_GEMINI_MODEL, DEFAULT_GEMINI_MODEL)] and menu.value == DEFAULT_GEMINI_MODEL
    assert "could not be fetched" in menu.info and "check GEMINI_API_KEY" in menu.info
    assert len(fake.list_requests) == 1
