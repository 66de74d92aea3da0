"""Sandbox ids are fresh random tokens, never the session id: nothing a kernel can read names its session.

A browser resumes whatever session id it presents, so a kernel that learned its session's id (from its cwd, its
environment or a file) could hand it to another browser. Each test reads what the kernel sees, from inside the
kernel and from the host, and looks for the id.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import make_data_dir

from notebook_agent import store
from notebook_agent.agent.session import Session, new_session_id, stored_sandbox_id
from notebook_agent.errors import NotebookAgentError
from notebook_agent.settings import Settings
from notebook_agent.store import session_records as records
from notebook_agent.ui.sessions import SessionRegistry

# Everything the kernel can learn about itself without help: its cwd, environment, command line, and every name
# and every long hex run in every file under its sandbox root. The cell never contains the session id itself.
PROBE = r"""
import json as _json, os as _os, re as _re
_root = _os.path.dirname(_os.getcwd())
_paths, _runs = [], set()
for _dp, _dn, _fn in _os.walk(_root):
    _paths += [_os.path.join(_dp, _n) for _n in _dn + _fn]
    for _n in _fn:
        try:
            with open(_os.path.join(_dp, _n), "rb") as _f:
                _runs.update(_m.decode() for _m in _re.findall(rb"[0-9A-Za-z_-]{16,}", _f.read(64 << 20)))
        except OSError:
            pass
with open("/proc/self/cmdline", "rb") as _f:
    _cmd = _f.read().decode(errors="replace")
print(_json.dumps({"cwd": _os.getcwd(), "real_cwd": _os.readlink("/proc/self/cwd"), "env": dict(_os.environ),
                   "cmdline": _cmd, "paths": _paths, "runs": sorted(_runs)}))
"""


@pytest.fixture(scope="module")
def settings() -> Iterator[Settings]:
    yield Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": str(make_data_dir("na-ids-")), "NOTEBOOK_AGENT_POOL_SIZE": "0"})


async def _kernel_view(session: Session) -> dict[str, Any]:
    res = await session.execute(PROBE)
    assert res.status == "ok", res
    return json.loads(res.stdout)


def _assert_no_session_id(session: Session, view: dict[str, Any]) -> None:
    """Neither the kernel's view nor any file under its sandbox root (read by the host) holds the session id."""
    assert session.sandbox is not None
    sid = session.id
    assert session.sandbox.id != sid and sid not in session.sandbox.id and session.sandbox.id not in sid
    assert view["cwd"] == str(session.sandbox.work_dir)  # the probe looked where the kernel lives
    assert view["paths"], "the probe saw no files"
    for key in ("cwd", "real_cwd", "env", "cmdline", "paths", "runs"):
        assert sid not in json.dumps(view[key]), f"the kernel's {key} holds its session id"
    root = session.sandbox.root
    assert sid not in str(root)
    for dirpath, dirnames, filenames in os.walk(root):  # never follows links
        for name in dirnames + filenames:
            assert sid not in name
        for name in filenames:
            path = Path(dirpath) / name
            if stat.S_ISREG(path.lstat().st_mode):
                assert sid.encode() not in path.read_bytes(), f"{path} holds the session id"


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "numbers.csv"
    path.write_text("x,y\n" + "".join(f"{i},{2 * i}\n" for i in range(10)))
    return path


def test_new_sessions_get_long_random_ids() -> None:
    ids = {new_session_id() for _ in range(100)} | {SessionRegistry.new_id() for _ in range(100)}
    assert len(ids) == 200
    assert all(re.fullmatch(r"[0-9a-f]{48}", sid) for sid in ids)


def test_without_pool_the_kernel_never_sees_its_session_id(settings: Settings, tmp_path: Path) -> None:
    async def scenario() -> tuple[str, str]:
        session = await Session.open(settings=settings)
        try:
            assert re.fullmatch(r"[0-9a-f]{48}", session.id)
            await session.add_file(_csv(tmp_path))  # the app writes into the sandbox too
            res = await session.execute("open('kept.txt', 'w').write('still here')")
            assert res.status == "ok", res
            _assert_no_session_id(session, await _kernel_view(session))
            assert session.sandbox is not None
            return session.id, session.sandbox.id
        finally:
            await session.close()

    session_id, sandbox_id = asyncio.run(scenario())
    meta = json.loads((settings.sessions_dir / session_id / "session.json").read_text())
    assert meta["sandbox_id"] == sandbox_id  # the mapping lives in the host-private session.json

    async def resume() -> None:
        session = await Session.open(session_id, settings=settings)
        try:
            assert session.sandbox is not None and session.sandbox.id == sandbox_id
            res = await session.execute("print(open('kept.txt').read(), len(df))")
            assert res.stdout.split() == ["still", "here", "10"], res  # files and replayed state are back
            _assert_no_session_id(session, await _kernel_view(session))
        finally:
            await session.close()

    asyncio.run(resume())


def test_pooled_kernel_never_sees_its_session_id(settings: Settings) -> None:
    async def scenario() -> None:
        registry = SessionRegistry(settings, pool_size=1)
        assert registry.pool is not None
        try:
            registry.warm()
            for _ in range(600):
                if registry.pool.ready:
                    break
                await asyncio.sleep(0.1)
            assert registry.pool.ready == 1, "the pool never filled"
            session_id = SessionRegistry.new_id()
            session = await registry.get(session_id)
            assert registry.pool.hits == 1  # this session's kernel came from the pool
            assert session.id == session_id
            _assert_no_session_id(session, await _kernel_view(session))
            await session.execute("open('pooled.txt', 'w').write('kept')")
        finally:
            await registry.close()
        resumed = await Session.open(session_id, settings=settings)
        try:
            assert resumed.sandbox is not None and resumed.sandbox.id == stored_sandbox_id(settings, session_id)
            res = await resumed.execute("print(open('pooled.txt').read())")
            assert res.stdout.strip() == "kept", res
            _assert_no_session_id(resumed, await _kernel_view(resumed))
        finally:
            await resumed.close()

    asyncio.run(scenario())


@pytest.mark.parametrize("stored", ["no sandbox_id", "sandbox_id = session id"])
def test_legacy_session_resumes_under_a_fresh_sandbox_id(settings: Settings, stored: str) -> None:
    """Sessions stored when the sandbox took the session's id still find their files, and stop showing the id."""

    async def make() -> tuple[str, str]:
        session = await Session.open(settings=settings)
        try:
            res = await session.execute("x = 41\nopen('old.txt', 'w').write('from before')")
            assert res.status == "ok", res
            session.notebook.add_code("x = 41", res.outputs, 1)
            session.notebook.save()
            assert session.sandbox is not None
            return session.id, session.sandbox.id
        finally:
            await session.close()

    session_id, sandbox_id = asyncio.run(make())
    # Stored before chats were kept in the database: only the files in its directory.
    records.delete(store.shared_engine(store.url_for(settings)), session_id)
    # Rewrite it as the old layout: files in sandboxes/<session id>, session.json without a sandbox id of its own.
    meta_path = settings.sessions_dir / session_id / "session.json"
    meta = json.loads(meta_path.read_text())
    if stored == "no sandbox_id":
        del meta["sandbox_id"]
    else:
        meta["sandbox_id"] = session_id
    meta_path.write_text(json.dumps(meta))
    os.rename(settings.sandboxes_dir / sandbox_id, settings.sandboxes_dir / session_id)

    async def resume() -> str:
        session = await Session.open(session_id, settings=settings)
        try:
            assert session.sandbox is not None
            res = await session.execute("print(open('old.txt').read(), x + 1)")
            assert res.stdout.split() == ["from", "before", "42"], res
            _assert_no_session_id(session, await _kernel_view(session))
            return session.sandbox.id
        finally:
            await session.close()

    new_sandbox = asyncio.run(resume())
    assert not (settings.sandboxes_dir / session_id).exists()
    assert json.loads(meta_path.read_text())["sandbox_id"] == new_sandbox != session_id


def test_a_browser_cannot_name_a_path_as_its_session(settings: Settings) -> None:
    """The id a browser presents is only ever a plain id: '..' never reaches a session.json elsewhere."""
    planted = settings.data_dir / "planted"
    planted.mkdir(exist_ok=True)
    (planted / "session.json").write_text("{}")
    (planted / "notebook.ipynb").write_text("{}")
    registry = SessionRegistry(settings, pool_size=0)
    assert (settings.sessions_dir / "../planted" / "session.json").is_file()  # the path itself does resolve
    for bad in ("../planted", "..", "a/../../planted", "", "x" * 65, "caf\u00e9"):
        assert not registry.exists(bad), bad
        with pytest.raises(NotebookAgentError):
            asyncio.run(Session.open(bad, settings=settings, create=True))
