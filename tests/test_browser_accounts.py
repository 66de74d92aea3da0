"""Two people in two browsers on one app in `password` mode (Chromium): sign in, upload, ask, the chat appears in
My chats, sign out and in again, reopen it (conversation and plot back), delete it — and neither sees the other's.

Prints the times a person waits: sign-in, the list after sign-in, and reopening a chat.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_browser import CHROMIUM, CHROMIUM_ARGS, EXAMPLE, SLOW, App, _bots, _plot_ok, _send, _users, expect
from test_browser import playwright_sync as pw_sync

from notebook_agent import store
from notebook_agent.accounts import tokens as token_store
from notebook_agent.accounts import users as user_store

pytestmark = pytest.mark.slow

PASSWORDS = {"alice": "alice-long-password", "bob": "bob-long-password"}


@pytest.fixture(scope="module")
def app() -> Iterator[App]:
    app = App({"NOTEBOOK_AGENT_AUTH": "password", "NOTEBOOK_AGENT_POOL_SIZE": "1"})
    app.start()
    try:
        assert app.data is not None
        engine = store.open_engine(store.default_url(app.data))
        store.prepare(engine)
        for name, password in PASSWORDS.items():
            user_store.add_user(engine, name, password)
        engine.dispose()
        _wait_signin(app)
        yield app
    finally:
        app.terminate()
        app.remove_data()


def _wait_signin(app: App, timeout: float = 90) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(app.url + "signin", timeout=5) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        assert app.proc is not None and app.proc.poll() is None, app.tail()
        assert time.monotonic() < deadline, app.tail()
        time.sleep(0.3)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with pw_sync.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _person(browser: Any) -> Any:
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    ctx.set_default_timeout(SLOW)
    return ctx.new_page()


def _sign_in(page: Any, url: str, name: str) -> float:
    page.goto(url)
    expect(page).to_have_url(re.compile(r"/signin$"))
    page.fill("#username", name)
    page.fill("#password", PASSWORDS[name])
    start = time.perf_counter()
    page.click("button[type=submit]")
    expect(_bots(page).first).to_contain_text("Hi! I'm notebook-agent", timeout=SLOW)
    expect(page.locator("#who")).to_contain_text(f"Signed in as {name}")
    return time.perf_counter() - start


def _chats(page: Any) -> Any:
    return page.locator("#my-chats label")


def test_two_people_sign_in_ask_reopen_and_delete(app: App, browser: Any) -> None:
    alice, bob = _person(browser), _person(browser)

    # A wrong password: the same page, one message for any mistake
    alice.goto(app.url + "signin")
    alice.fill("#username", "alice")
    alice.fill("#password", "not-her-password")
    alice.click("button[type=submit]")
    expect(alice.get_by_role("alert")).to_contain_text("Wrong user name or password")

    signin_s = _sign_in(alice, app.url, "alice")
    _sign_in(bob, app.url, "bob")
    expect(_chats(alice)).to_have_count(0)

    # Alice uploads and asks; Bob asks his own question at the same time
    box = alice.locator(".multimodal-textbox")
    box.locator("input[type=file]").set_input_files(EXAMPLE)
    expect(box.locator("[aria-label='File thumbnail']")).to_have_count(1, timeout=SLOW)
    _send(alice, "plot y against x and fit a line")
    _send(bob, "hello")
    answer = _bots(alice).filter(has_text="R²")
    expect(answer).to_have_count(1, timeout=SLOW)
    expect(_chats(alice)).to_have_count(1, timeout=SLOW)
    expect(_chats(alice).first).to_contain_text("plot y against x and fit a line")
    expect(_users(bob).filter(has_text="hello")).to_have_count(1)
    expect(bob.locator(".multimodal-textbox textarea")).to_be_editable(timeout=SLOW)
    expect(_chats(bob)).to_have_count(1, timeout=SLOW)
    expect(_chats(bob).first).not_to_contain_text("plot y against x")

    # Sign out, sign in again: the chat is in My chats; opening it brings back the conversation and the plot
    alice.goto(app.url + "signout")
    expect(alice).to_have_url(re.compile(r"/signin$"))
    alice.goto(app.url)
    expect(alice).to_have_url(re.compile(r"/signin$"))  # the sign-in cookie is revoked, not just dropped
    _sign_in(alice, app.url, "alice")
    start = time.perf_counter()
    expect(_chats(alice)).to_have_count(1, timeout=SLOW)
    list_s = time.perf_counter() - start
    alice.get_by_role("button", name="New chat").click()
    expect(_users(alice)).to_have_count(0, timeout=SLOW)
    start = time.perf_counter()
    _chats(alice).first.click()
    expect(answer).to_have_count(1, timeout=SLOW)
    reopen_s = time.perf_counter() - start
    plot = _bots(alice).locator("img[src*='/file=']")
    expect(plot).to_have_count(1, timeout=SLOW)
    _plot_ok(alice, plot)
    # the plot's address does not open for Bob
    src = plot.get_attribute("src") or ""
    assert bob.request.get(src).status == 404
    assert alice.request.get(src).status == 200
    # a follow-up runs in the reopened chat's kernel state (rebuilt by replay)
    _send(alice, "what is the average y?")
    expect(_bots(alice).filter(has_text=re.compile(r"average y is"))).to_have_count(1, timeout=SLOW)

    # Delete it: gone from the list, back to the greeting
    alice.get_by_text("Rename or delete this chat").click()
    alice.get_by_role("button", name="Delete chat").click()
    expect(_chats(alice)).to_have_count(0, timeout=SLOW)
    expect(_users(alice)).to_have_count(0, timeout=SLOW)
    expect(_chats(bob)).to_have_count(1)
    print(f"\nsign-in {signin_s:.2f} s, list after sign-in {list_s:.2f} s, reopen a chat {reopen_s:.2f} s")


def test_programs_use_tokens_through_gradio_client(app: App, tmp_path: Path) -> None:
    """gradio_client with `Authorization: Bearer`: refused without a valid token; /chat, /sessions, /notebook and
    /delete_session on the token owner's chats only."""
    from gradio_client import Client, handle_file

    assert app.data is not None
    engine = store.open_engine(store.default_url(app.data))
    try:
        _, alice = token_store.create_token(engine, user_store.get_user(engine, "alice"), "script")  # type: ignore[arg-type]
        _, bob = token_store.create_token(engine, user_store.get_user(engine, "bob"), "script")  # type: ignore[arg-type]
    finally:
        engine.dispose()
    for headers in ({}, {"Authorization": "Bearer na_" + "x" * 43}):
        with pytest.raises(Exception, match=r"(?i)credentials|login|401"):
            Client(app.url, verbose=False, headers=headers)
    data = tmp_path / "line.csv"
    data.write_text("x,y\n" + "\n".join(f"{i},{4 * i - 2}" for i in range(20)) + "\n")
    client = Client(app.url, verbose=False, headers={"Authorization": f"Bearer {alice}"})
    messages = client.predict({"text": "fit a line of y on x", "files": [handle_file(str(data))]}, api_name="/chat")
    assert re.search(r"y = 4(\.0+)?·x", str(messages[-1]["content"])), messages[-1]
    mine = client.predict(api_name="/sessions")
    chat = next(c for c in mine if c["files"] == ["line.csv"])
    follow = client.predict({"text": "what is the average y?", "files": []}, chat["id"], api_name="/chat")
    assert "36" in str(follow[-1]["content"])  # mean of 4i-2 over 0..19
    assert "line.csv" in client.predict(chat["id"], api_name="/notebook")
    other = Client(app.url, verbose=False, headers={"Authorization": f"Bearer {bob}"})
    assert chat["id"] not in str(other.predict(api_name="/sessions"))
    with pytest.raises(Exception, match="no stored session"):
        other.predict(chat["id"], api_name="/notebook")
    with pytest.raises(Exception, match="no stored session"):
        other.predict(chat["id"], api_name="/delete_session")
    assert client.predict(chat["id"], api_name="/delete_session") == "deleted"
    assert chat["id"] not in str(client.predict(api_name="/sessions"))
