"""A chat's state in the database: any process with the same database can serve it, and turns are atomic.

Real parts: sandboxed kernels, SQLite files, and a private PostgreSQL server (tests/pg_server.py; CI installs
Debian's postgresql and sets NA_REQUIRE_POSTGRES, so these never skip there). The model is tests/scripted_brain.py:
it runs the code a question gives after "run:" and records how many messages it saw.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import nbformat
import pytest
import sqlalchemy as sa
from conftest import PYTHON, make_data_dir
from pg_server import NewUrl, new_url, pg_socket_dir  # noqa: F401  (the fixtures)
from scripted_brain import ScriptedBrain

from notebook_agent import cli, store
from notebook_agent.agent.checkpoints import CHECKPOINT_FILE
from notebook_agent.agent.session import Session, delete_stored, stored_model_requests, stored_notebook
from notebook_agent.errors import SchemaTooNewError, SchemaTooOldError
from notebook_agent.settings import Settings
from notebook_agent.store import schema
from notebook_agent.store import session_records as records

pytestmark = pytest.mark.slow

TESTS = Path(__file__).resolve().parent
SLEEPER = "run: import time\nprint('sleeping', flush=True)\ntime.sleep(600)"


def _settings(data_dir: Path, url: str | None = None) -> Settings:
    # Spawned kernels: a fork server's template (~3 s of imports) does not pay off for a kernel or two.
    env = {
        "NOTEBOOK_AGENT_DATA_DIR": str(data_dir),
        "NOTEBOOK_AGENT_POOL_SIZE": "0",
        "NOTEBOOK_AGENT_KERNEL_START": "spawn",
    }
    if url:
        env["NOTEBOOK_AGENT_DATABASE_URL"] = url
    return Settings.from_env(env)


async def _ask(session: Session, question: str) -> list[dict[str, Any]]:
    return [item async for item in session.ask(question)]


def _roles(session: Session) -> list[tuple[str, int]]:
    return [(c.metadata.notebook_agent.role, c.metadata.notebook_agent.turn) for c in session.notebook.cells]


def _engine(settings: Settings) -> sa.Engine:
    return store.shared_engine(store.url_for(settings))


def _checkpoint_rows(settings: Settings, session_id: str) -> int:
    with store.read(_engine(settings)) as conn:
        return int(
            conn.execute(
                sa.text("SELECT count(*) FROM checkpoints WHERE thread_id = :t"), {"t": session_id}
            ).scalar_one()
        )


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> tuple[Settings, Settings]:
    """Two settings for one database: SQLite (the same data dir twice), PostgreSQL (two data dirs)."""
    first = make_data_dir("na-db-")
    if request.param == "sqlite":
        return _settings(first), _settings(first)
    url = request.getfixturevalue("new_url")()
    return _settings(first, url), _settings(make_data_dir("na-db-"), url)


@pytest.fixture
async def opened() -> AsyncIterator[list[Session]]:
    """Sessions a test opens, closed at its end whatever happens."""
    sessions: list[Session] = []
    yield sessions
    for session in sessions:
        await session.close()


def _run_until_sleeping(settings: Settings, questions: list[str]) -> tuple[str, list[dict[str, Any]]]:
    """Start tests/turn_worker.py on a new session; SIGKILL it once the last question's cell is running."""
    url = settings.database_url or "-"
    proc = subprocess.Popen(
        [PYTHON, str(TESTS / "turn_worker.py"), str(settings.data_dir), url, "-", *questions],
        cwd=TESTS,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    events: list[dict[str, Any]] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            events.append(json.loads(line))
            output = events[-1].get("output") or {}
            if "sleeping" in str(output.get("text", "")):
                break
        else:
            raise AssertionError(f"the worker ended before its cell ran: {proc.wait()} {proc.stderr.read()}")  # type: ignore[union-attr]
        time.sleep(0.3)  # the cell is running; the turn's user cell is written
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return str(events[0]["id"]), events


async def test_a_turn_killed_mid_cell_is_dropped_and_the_chat_goes_on(
    backend: tuple[Settings, Settings], opened: list[Session]
) -> None:
    """SIGKILL while a turn's cell runs: nothing of that turn stays (notebook, checkpoint, model requests), and
    another process continues the chat from the turn before, its kernel state rebuilt by replay."""
    first, second = backend
    session_id, events = _run_until_sleeping(first, ["run: x = 41\nprint(x)", SLEEPER])
    assert [e["text"] for e in events if e["type"] == "answer"] == ["It printed: 41"]

    stored = records.load(_engine(second), session_id)
    assert stored is not None and stored.pending_from == 4  # the killed turn's question, marked unfinished
    left = nbformat.reads(stored.notebook or "", as_version=4).cells
    assert [(c.cell_type, c.metadata.notebook_agent.turn) for c in left[4:]] == [("markdown", 2)]
    assert stored.kernel_location is not None and stored.kernel_location["kind"] == "local"

    session = await Session.open(session_id, settings=second, brain=ScriptedBrain())
    opened.append(session)
    assert _roles(session) == [("setup", 1), ("user", 1), ("code", 1), ("assistant", 1)]
    state = await session.state()
    assert state["turn"] == 1 and len(state["messages"]) == 4
    stored = records.load(_engine(second), session_id)
    assert stored is not None and stored.pending_from is None and stored.notebook == stored_notebook(second, session_id)
    on_disk = nbformat.read(second.sessions_dir / session_id / "notebook.ipynb", as_version=4)
    assert len(on_disk.cells) == 4  # the host's copy is rewritten from the database

    items = await _ask(session, "run: print(x + 1)")
    assert items[0]["type"] == "status" and "did not finish" in items[0]["text"]
    assert [e["text"] for e in items if e["type"] == "answer"] == ["It printed: 42"]  # x came back by replay
    assert [e["record"]["messages_seen"] for e in items if e["type"] == "model_request"] == [5, 7]
    assert [r["turn"] for r in stored_model_requests(second, session_id)] == [1, 1, 2, 2]
    assert _roles(session)[4:] == [("user", 2), ("code", 2), ("assistant", 2)]
    await session.close()

    await delete_stored(second, session_id)
    assert records.load(_engine(second), session_id) is None and stored_model_requests(second, session_id) == []
    if second.database_url:
        assert _checkpoint_rows(second, session_id) == 0
    assert not (second.sessions_dir / session_id).exists()


async def test_checkpoints_past_the_last_complete_turn_are_set_back(opened: list[Session]) -> None:
    """A process killed after the graph checkpointed a turn but before the turn was committed: the conversation
    goes back to the checkpoint the notebook matches."""
    settings = _settings(make_data_dir("na-db-"))
    session = await Session.open(settings=settings, brain=ScriptedBrain())
    opened.append(session)
    await _ask(session, "run: y = 1")
    committed = records.load(_engine(settings), session.id)
    assert committed is not None and committed.checkpoint_id is not None
    # What the dead process left: a newer checkpoint, and the turn's first cell marked as unfinished.
    await session._graph.aupdate_state(session.config, {"turn": 2, "messages": [{"role": "user", "parts": []}]})
    session.notebook.add_user("lost", 2)
    records.save_notebook(_engine(settings), session.id, session.notebook.to_json(), pending_from=4)
    await session.close()
    opened.clear()

    resumed = await Session.open(session.id, settings=settings, brain=ScriptedBrain())
    opened.append(resumed)
    state = await resumed.state()
    assert state["turn"] == 1 and len(state["messages"]) == 4
    assert [c for c in resumed.notebook.cells if "lost" in c.source] == []
    items = await _ask(resumed, "run: print(y + 1)")
    assert [e["text"] for e in items if e["type"] == "answer"] == ["It printed: 2"]
    assert (await resumed.state())["turn"] == 2


async def test_a_chat_continues_through_another_data_dir_sharing_only_postgres(
    new_url: NewUrl,  # noqa: F811  (the fixture)
    opened: list[Session],
    tmp_path: Path,
) -> None:
    """Settings A and B have their own data dirs and one PostgreSQL database: a chat made through A comes back
    through B whole (conversation, notebook, files list, model requests), its kernel state rebuilt by replay."""
    url = new_url()
    a, b = _settings(make_data_dir("na-db-a-"), url), _settings(make_data_dir("na-db-b-"), url)
    csv = tmp_path / "prices.csv"
    csv.write_text("day,price\n1,10\n2,12\n3,15\n")

    session = await Session.open(settings=a, brain=ScriptedBrain())
    opened.append(session)
    prepared, _ = await session.add_file(csv)
    items = await _ask(session, "run: x = 41\nprint(x)")
    assert [e["text"] for e in items if e["type"] == "answer"] == ["It printed: 41"]
    notebook_a, files_a, state_a = session.notebook.to_json(), session.meta["files"], await session.state()
    await session.close()
    opened.clear()
    assert not (a.data_dir / CHECKPOINT_FILE).exists()  # the conversation went to PostgreSQL
    assert _checkpoint_rows(a, session.id) > 0

    assert not (b.sessions_dir / session.id).exists()
    resumed = await Session.open(session.id, settings=b, brain=ScriptedBrain())
    opened.append(resumed)
    assert resumed.notebook.to_json() == notebook_a
    assert resumed.meta["files"] == files_a and files_a[0]["variable"] == prepared.variable
    assert (await resumed.state())["messages"] == state_a["messages"]
    assert json.loads((b.sessions_dir / session.id / "session.json").read_text())["files"] == files_a
    assert len((b.sessions_dir / session.id / "model_requests.jsonl").read_text().splitlines()) == 2
    assert resumed.stored_kernel_location is None  # A closed its kernel and said so
    assert resumed.meta["kernel_location"]["pid"] == os.getpid()
    items = await _ask(resumed, "run: print(x + 1)")
    assert [e["text"] for e in items if e["type"] == "answer"] == ["It printed: 42"]
    assert [e["record"]["messages_seen"] for e in items if e["type"] == "model_request"] == [5, 7]
    await resumed.close()
    opened.clear()

    await delete_stored(b, session.id)
    assert _checkpoint_rows(b, session.id) == 0
    with store.read(_engine(b)) as conn:
        for table in (schema.session_state, schema.session_notebooks, schema.model_requests):
            assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0


def test_a_database_at_another_schema_is_refused_before_anything_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sessions (and so `ask` and the app) refuse an older or newer database, saying what to do."""
    data = make_data_dir("na-db-")
    settings = _settings(data)
    engine = store.open_engine(store.url_for(settings))
    store.upgrade(engine, store.MIGRATIONS[:1])  # what the accounts release left

    import asyncio

    with pytest.raises(SchemaTooOldError) as old:
        asyncio.run(Session.open(settings=settings, brain=ScriptedBrain()))
    assert "notebook-agent db upgrade" in str(old.value) and str(data / store.DB_FILE) in str(old.value)
    assert not settings.sessions_dir.exists() and not settings.sandboxes_dir.exists()  # nothing was started

    csv = tmp_path / "t.csv"
    csv.write_text("a,b\n1,2\n")
    monkeypatch.setenv("NOTEBOOK_AGENT_DATA_DIR", str(data))
    assert cli.main(["ask", str(csv), "-q", "describe the data"]) == 2
    assert "notebook-agent db upgrade" in capsys.readouterr().err

    newer = (*store.MIGRATIONS, store.Migration(store.LATEST + 1, "from the future", lambda conn: None))
    store.upgrade(engine, newer)
    with pytest.raises(SchemaTooNewError, match="older than the database"):
        asyncio.run(Session.open(settings=settings, brain=ScriptedBrain()))
    engine.dispose()
