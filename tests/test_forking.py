"""Fork-server kernels and the warm pool: confined like spawned ones, independent, watched, cleaned up."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from pathlib import Path

import pytest

from notebook_agent.agent.session import Session, sandbox_dir
from notebook_agent.errors import ForkUnavailable
from notebook_agent.kernel import forking
from notebook_agent.kernel.pool import KernelPool
from notebook_agent.kernel.provisioner import SandboxProvisioner, kernel_python
from notebook_agent.kernel.session_kernel import SessionKernel
from notebook_agent.sandbox.profiles import load_profile
from notebook_agent.settings import Settings
from notebook_agent.ui.sessions import SessionRegistry

PROBE = """
import os, random, sys, numpy as np
print("IDS", os.getuid(), os.getppid(), np.random.randint(1 << 30), random.getrandbits(30))
print("PRELOADED", all(m in sys.modules for m in ("pandas", "scipy", "matplotlib.pyplot")))
print("CWD", os.getcwd())
"""


def _mode(k: SessionKernel) -> str:
    assert k.km is not None and isinstance(k.km.provisioner, SandboxProvisioner)
    return k.km.provisioner.start_mode


def _ppid(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as fh:
        return int(fh.read().rsplit(")", 1)[1].split()[1])


async def test_forked_kernels_are_confined_independent_and_preloaded(settings: Settings) -> None:
    async with SessionKernel(settings=settings) as a, SessionKernel(settings=settings) as b:
        assert _mode(a) == _mode(b) == "fork"
        outs = []
        for k in (a, b):
            res = await k.execute(PROBE)
            assert res.status == "ok", res.error
            ids = dict(line.split(" ", 1) for line in res.stdout.splitlines())
            uid, ppid, np_draw, py_draw = (int(x) for x in ids["IDS"].split())
            assert uid == k.sandbox.uid != 0
            assert ppid != os.getpid() and ppid == _ppid(k.pid or 0), "the kernel's parent is the fork server"
            assert ids["PRELOADED"] == "True"
            assert ids["CWD"] == str(k.sandbox.work_dir)
            assert k.confinement is not None and "seccomp" in k.confinement.layers
            outs.append((np_draw, py_draw))
        # Each child reseeds: the template's generator state is not shared.
        assert outs[0][0] != outs[1][0] and outs[0][1] != outs[1][1]
        # A plot without plt.show() still comes back: the inline backend hooked into the child's own shell.
        res = await a.execute("import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])")
        assert any("image/png" in o.get("data", {}) for o in res.outputs), res.outputs


async def test_spawn_mode_and_fallback_when_the_template_cannot_start(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    spawn = settings.with_(kernel_start="spawn")
    async with SessionKernel(settings=spawn) as k:
        assert _mode(k) == "spawn"
        assert (await k.execute("print(6 * 7)")).stdout == "42\n"

    def broken(*_: object) -> None:
        raise ForkUnavailable("the kernel fork server did not start: test")

    monkeypatch.setattr("notebook_agent.kernel.provisioner.fork_server", broken)
    async with SessionKernel(settings=settings) as k:
        assert _mode(k) == "spawn", "a fork server that cannot start falls back to spawning"
        assert k.confinement is not None and "seccomp" in k.confinement.layers


async def test_kernels_end_with_the_template_and_a_new_template_serves(settings: Settings) -> None:
    server = forking.fork_server(settings, load_profile(settings.profile), kernel_python())
    async with SessionKernel(settings=settings) as k:
        assert k.pid is not None and _ppid(k.pid) == server.proc.pid  # type: ignore[union-attr]
        old_kernel = k.pid
        assert (await k.execute("x = 1")).status == "ok"
        server.proc.send_signal(signal.SIGKILL)  # type: ignore[union-attr]  # our own template
        # The kernel's end is asynchronous: wait for it, so the next cell meets a dead kernel, not a dying one.
        deadline = time.monotonic() + 5
        while os.path.exists(f"/proc/{old_kernel}") and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert not os.path.exists(f"/proc/{old_kernel}"), "the kernel outlived its template"
        res = await k.execute("print(x)")
        assert res.status == "died" and res.restarted, (res.status, res.notes)
        assert k.pid != old_kernel and _mode(k) == "fork", "the restart forked from a new template"
        assert (await k.execute("print(6 * 7)")).stdout == "42\n"


async def test_pool_hands_each_kernel_to_one_session_and_cleans_up(settings: Settings) -> None:
    pool = KernelPool(settings, size=2)
    pool.start()
    deadline = time.monotonic() + 120
    while pool.ready < 2 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert pool.ready == 2
    waiting = list(pool._ready)
    a = await pool.acquire()
    b = await pool.acquire()
    assert a is not None and b is not None and a is not b
    assert a.sandbox.root != b.sandbox.root and a.sandbox.uid != b.sandbox.uid
    assert await pool.acquire() is None or pool.hits == 3  # empty unless the refill was already done
    # A pooled kernel that died while waiting is never handed out.
    while pool.ready < 1 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    dead = pool._ready[0]
    os.kill(dead.pid or 0, signal.SIGKILL)
    await asyncio.sleep(0.3)
    got = await pool.acquire()
    assert got is not dead
    roots = [k.sandbox.root for k in pool._ready]
    pids = [k.pid for k in pool._ready]
    await pool.close()
    assert not any(r.exists() for r in roots), "never-used sandboxes are removed on close"
    await asyncio.sleep(0.3)
    assert not any(
        p and os.path.exists(f"/proc/{p}/status") and "zombie" not in Path(f"/proc/{p}/status").read_text()
        for p in pids
    )
    for k in (a, b, got):
        if k is not None:
            await k.shutdown()
            k.sandbox.close()
    assert waiting[0] in (a, b)


async def test_registry_opens_sessions_concurrently_and_resumes_pooled_sandbox(settings: Settings) -> None:
    reg = SessionRegistry(settings, pool_size=1)
    ids = [SessionRegistry.new_id() for _ in range(3)]
    sessions = await asyncio.gather(*(reg.get(sid) for sid in ids))
    assert len({s.sandbox.root for s in sessions}) == 3  # type: ignore[union-attr]
    first = sessions[0]
    assert first.kernel is not None
    await first.execute("open('kept.txt', 'w').write('still here')")
    where = sandbox_dir(settings, first.id)
    meta = json.loads((settings.sessions_dir / first.id / "session.json").read_text())
    assert where == settings.sandboxes_dir / meta["sandbox_id"] and (where / "work" / "kept.txt").is_file()
    await reg.close()
    resumed = await Session.open(first.id, settings=settings)
    try:
        assert resumed.sandbox is not None and resumed.sandbox.root == where
        res = await resumed.execute("print(open('kept.txt').read())")
        assert res.stdout.strip() == "still here"
    finally:
        await resumed.close()
