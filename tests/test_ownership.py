"""Two users against each other: every page event, API endpoint and file route refuses the other's chat, and
answers it exactly as it answers a chat that does not exist. In `password` mode (bearer tokens and sign-in cookies)
and in `header` mode (a trusted proxy's header). Then a deletion that leaves nothing behind, on disk or in a database.

Real parts: the app built in this process (the same FastAPI app `serve` runs, driven through Starlette's test
client for the HTTP routes), a real sandboxed kernel for the victim's chat, real SQLite files.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import gradio as gr
import pytest
from conftest import make_data_dir
from starlette.requests import Request
from starlette.testclient import TestClient

from notebook_agent.accounts import sessions as chats
from notebook_agent.accounts import tokens as token_store
from notebook_agent.accounts import users as user_store
from notebook_agent.agent.session import sandbox_dir
from notebook_agent.app import build
from notebook_agent.settings import Settings

BROWSER = "f" * 32
UNKNOWN = "0" * 48  # a well-formed chat id nobody has (until a message starts a chat under it)
NEVER = "2" * 48  # one nobody ever uses


def _request(headers: dict[str, str], client: str = "127.0.0.1") -> gr.Request:
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/gradio_api/queue/join",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": (client, 40000),
        "query_string": b"",
    }
    return gr.Request(request=Request(scope))


class World:
    """The app, two users, their credentials, and the victim's chat with a plot in it."""

    def __init__(self, demo: gr.Blocks, mode: str) -> None:
        self.demo = demo
        self.parts = demo.app_parts  # type: ignore[attr-defined]
        self.h = demo.handlers  # type: ignore[attr-defined]
        self.engine = self.parts.engine
        self.mode = mode
        self.alice = user_store.add_user(self.engine, "alice", "alice-password-1")
        self.bob = user_store.add_user(self.engine, "bob", "bob-password-22")
        _, self.alice_token = token_store.create_token(self.engine, self.alice, "t")
        _, self.bob_token = token_store.create_token(self.engine, self.bob, "t")
        self.session_id = ""
        self.plot = ""

    def headers(self, who: str) -> dict[str, str]:
        if self.mode == "header":
            return {"X-Forwarded-User": who}
        return {"Authorization": f"Bearer {self.alice_token if who == 'alice' else self.bob_token}"}

    def req(self, who: str) -> gr.Request:
        return _request(self.headers(who))


@pytest.fixture(params=["password", "header"])
async def world(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[World]:
    data = make_data_dir("na-own-")
    env = {"NOTEBOOK_AGENT_DATA_DIR": str(data), "NOTEBOOK_AGENT_POOL_SIZE": "0", "NOTEBOOK_AGENT_AUTH": request.param}
    if request.param == "header":
        env["NOTEBOOK_AGENT_TRUSTED_PROXIES"] = "127.0.0.1"
    demo = build(Settings.from_env(env))
    w = World(demo, request.param)
    csv = tmp_path / "secret.csv"
    csv.write_text("x,y\n" + "\n".join(f"{i},{3 * i + 7}" for i in range(25)) + "\n")
    w.session_id = w.h.registry.new_id()
    alice = await w.h.owners.caller(w.req("alice").request)
    assert alice is not None and alice.name == "alice"
    final: list[dict[str, Any]] = []
    async for msgs in w.h.turn_events(alice, w.session_id, {"text": "plot y against x", "files": [str(csv)]}):
        final = msgs
    w.plot = next(m["content"]["path"] for m in final if isinstance(m["content"], dict))
    yield w
    await w.h.registry.close()


async def _texts(gen: AsyncIterator[tuple[Any, ...]]) -> str:
    out = []
    async for update in gen:
        if isinstance(update[0], list):
            out += [str(m.get("content")) for m in update[0]]
    return "\n".join(out)


def _same_answer(theirs: str, unknown: str, session_id: str) -> None:
    assert theirs.replace(session_id, NEVER) == unknown, (theirs, unknown)


async def test_every_event_and_endpoint_refuses_the_other_users_chat(world: World) -> None:
    w, h, sid = world, world.h, world.session_id
    bob = w.req("bob")
    notebook = w.parts.handlers.settings.sessions_dir / sid / "notebook.ipynb"
    before = notebook.read_bytes()
    alice_user = user_store.get_user(w.engine, "alice")
    record = chats.owned_session(w.engine, alice_user, sid)

    # open (My chats pick): nothing of the chat comes back, and neither does for an unknown id
    opened = await h.on_open(sid, h.registry.new_id(), "", bob)
    assert all(isinstance(v, type(gr.skip())) for v in opened[:5])
    assert str(opened).count("secret.csv") == 0 and str(opened).count(sid) == 0
    # page load with the id in local storage: a new chat instead
    loaded = await h.on_load(sid, "", bob)
    assert loaded[0] != sid and loaded[3] == [h.hello]
    # continue: another's id is treated like one never used (a new, empty chat answers); the notebook is untouched
    theirs = await _texts(h.on_message({"text": "describe the data", "files": []}, [], sid, None, "", bob))
    unknown = await _texts(h.on_message({"text": "describe the data", "files": []}, [], UNKNOWN, None, "", bob))
    assert theirs == unknown and "secret.csv" not in theirs and "Upload" in theirs, theirs
    assert notebook.read_bytes() == before
    assert sid not in str(await h.api_sessions(bob))
    # download bundle, model-request view: the same as for nothing
    assert (await h.on_bundle(sid, "", bob)).value is None
    assert await h.sent_to_model(sid, "", bob) == await h.sent_to_model(NEVER, "", bob) == {"note": "Nothing sent yet."}
    # rename and delete: nothing changes
    await h.on_rename("pwned", sid, "", bob)
    await h.on_delete(sid, "", bob)
    assert chats.owned_session(w.engine, alice_user, sid).title == record.title
    assert notebook.is_file() and sandbox_dir(h.settings, sid).is_dir()
    # stop: the victim's running cell is not interrupted
    async with h.registry.using(sid) as session:
        run = asyncio.create_task(session.execute("import time\ntime.sleep(1.5)\nprint('finished')"))
        await asyncio.sleep(0.5)
        await h.on_stop(sid, "", bob)
        result = await run
    assert result.status == "ok" and "finished" in str(result.outputs)

    # the API: /chat, /notebook, /delete_session answer as for an unknown id; /sessions does not list it
    for call in (
        lambda s: h.api_chat({"text": "hi", "files": []}, s, bob),
        lambda s: h.api_notebook(s, bob),
        lambda s: h.api_delete_session(s, bob),
    ):
        errors = []
        for s in (sid, NEVER):
            with pytest.raises(gr.Error) as caught:
                await call(s)
            errors.append(str(caught.value))
        _same_answer(errors[0], errors[1], sid)
    assert sid not in str(await h.api_sessions(bob))
    assert [r["id"] for r in await h.api_sessions(w.req("alice"))] == [sid]

    # the file routes: the plot is served to its owner only; to anyone else it does not exist
    with TestClient(w.parts.http, client=("127.0.0.1", 50000)) as http:
        url = f"/gradio_api/file={w.plot}"
        assert http.get(url, headers=w.headers("alice")).status_code == 200
        theirs_file = http.get(url, headers=w.headers("bob"))
        missing = http.get(url.replace(sid, NEVER), headers=w.headers("bob"))
        assert theirs_file.status_code == missing.status_code == 404 and theirs_file.text == missing.text
        assert http.get(url).status_code in (401, 404)  # no credentials at all
        assert b"PNG" not in theirs_file.content


async def test_a_deleted_chat_leaves_nothing_on_disk_or_in_a_database(world: World) -> None:
    w, h, sid = world, world.h, world.session_id
    settings = h.settings
    sandbox = sandbox_dir(settings, sid)
    served = w.parts.files.root / sid
    assert sandbox.is_dir() and (settings.sessions_dir / sid).is_dir() and served.is_dir()
    assert await h.api_delete_session(sid, w.req("alice")) == "deleted"
    assert not sandbox.exists() and not (settings.sessions_dir / sid).exists() and not served.exists()
    leftovers = [p for p in settings.data_dir.rglob("*") if sid in str(p)]
    assert leftovers == []
    with w.engine.connect() as conn:
        rows = conn.exec_driver_sql("select count(*) from sessions where id = ?", (sid,)).scalar()
    assert rows == 0
    db = sqlite3.connect(settings.data_dir / "conversations.sqlite")
    try:
        for table in ("checkpoints", "writes"):
            assert db.execute(f"select count(*) from {table} where thread_id = ?", (sid,)).fetchone() == (0,)
    finally:
        db.close()
    assert await h.api_sessions(w.req("alice")) == []


def test_a_proxy_header_from_elsewhere_is_refused(tmp_path: Path) -> None:
    data = make_data_dir("na-own-")
    settings = Settings.from_env(
        {
            "NOTEBOOK_AGENT_DATA_DIR": str(data),
            "NOTEBOOK_AGENT_POOL_SIZE": "0",
            "NOTEBOOK_AGENT_AUTH": "header",
            "NOTEBOOK_AGENT_TRUSTED_PROXIES": "10.1.2.3",
        }
    )
    demo = build(settings)
    identity = demo.app_parts.identity  # type: ignore[attr-defined]
    assert identity.user(_request({"X-Forwarded-User": "mallory"}, client="127.0.0.1").request) is None
    assert identity.user(_request({"X-Forwarded-User": "carol"}, client="10.1.2.3").request).name == "carol"
    with TestClient(demo.app_parts.http) as http:  # type: ignore[attr-defined]
        assert http.get("/", headers={"X-Forwarded-User": "mallory"}).status_code == 401
        assert http.get("/config", headers={"X-Forwarded-User": "mallory"}).status_code == 401


async def test_quotas_refuse_with_what_to_do(tmp_path: Path) -> None:
    """Saved chats, questions per minute, disk and running kernels per user: each refusal says what to do."""
    data = make_data_dir("na-quota-")
    settings = Settings.from_env(
        {
            "NOTEBOOK_AGENT_DATA_DIR": str(data),
            "NOTEBOOK_AGENT_POOL_SIZE": "0",
            "NOTEBOOK_AGENT_AUTH": "password",
            "NOTEBOOK_AGENT_QUOTA_SESSIONS": "2",
            "NOTEBOOK_AGENT_QUOTA_TURNS": "3",
            "NOTEBOOK_AGENT_QUOTA_DISK_MB": "1",
            "NOTEBOOK_AGENT_QUOTA_KERNELS": "1",
        }
    )
    demo = build(settings)
    h = demo.handlers  # type: ignore[attr-defined]
    carol = user_store.add_user(demo.app_parts.engine, "carol", "carol-password-1")  # type: ignore[attr-defined]

    async def say(session_id: str, text: str, files: list[str] | None = None) -> str:
        out: list[dict[str, Any]] = []
        async for msgs in h.turn_events(carol, session_id, {"text": text, "files": files or []}):
            out = msgs
        return "\n".join(str(m["content"]) for m in out)

    try:
        first, second, third = (h.registry.new_id() for _ in range(3))
        assert "Refused" not in await say(first, "hello")
        assert "Refused" not in await say(second, "hello")
        # one running kernel per user: the second chat closed the first's (idle) kernel instead of refusing
        assert h.registry.live_ids() == {second}
        refused = await say(third, "hello")
        assert "2 saved chats" in refused and "Delete one in My chats" in refused
        assert "Refused" not in await say(first, "hello again")  # reopened: its kernel rebuilt by replay
        refused = await say(first, "and again")
        assert "3 messages in the last minute" in refused and "then send it again" in refused, refused
        big = tmp_path / "big.csv"
        big.write_text("x,y\n" + "\n".join(f"{i},{i * 2.5}" for i in range(120_000)) + "\n")  # > 1 MiB
        refused = await say(second, "", [str(big)])
        assert "Refused" in refused and "MB" in refused and "Delete a chat" in refused, refused
    finally:
        await h.registry.close()
