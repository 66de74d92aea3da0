"""The attack suite in root mode: every case of tests/attacks.py, run in a real confined kernel.

SessionKernel with a per-session uid (the app is this test process). Cases that cannot damage a kernel share one
module kernel; the others get a kernel of their own. Shared mode (the app and the kernel on one uid) is
tests/test_attacks_shared.py: two files, so that the two halves of the suite run on two workers.

Each test proves by effect that its attack failed (see attacks.py); on top of that no secret of the world may
appear in anything the kernel produced, and the kernel must still answer afterwards.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from attack_run import (
    APP_ENV_SECRET,
    START,
    apply_xfail,
    assert_no_secret_in_code,
    ids,
    text_of,
    verify,
    victim_params,
)
from attacks import ALIVE, ATTACKS, Attack, Outcome, Victim, World
from conftest import IS_ROOT

from notebook_agent.kernel.session_kernel import CellResult, SessionKernel
from notebook_agent.settings import Settings

pytestmark = [pytest.mark.attack, pytest.mark.skipif(not IS_ROOT, reason="per-session uids and uid 1000 need root")]


# ==== root mode ===================================================================================================
@pytest.fixture(scope="module")
def app_environment() -> Iterator[None]:
    """The app's own environment holds a secret (jupyter_client would copy it into every kernel)."""
    old = os.environ.get("NA_ATTACK_SECRET")
    os.environ["NA_ATTACK_SECRET"] = APP_ENV_SECRET
    yield
    if old is None:
        os.environ.pop("NA_ATTACK_SECRET", None)
    else:
        os.environ["NA_ATTACK_SECRET"] = old


@pytest.fixture(scope="module")
def settings(settings: Settings) -> Settings:
    """The session's settings with the start mode this run attacks."""
    return dataclasses.replace(settings, kernel_start=START)


@pytest.fixture(scope="module")
async def root_kernel(settings: Settings, app_environment: None) -> AsyncIterator[SessionKernel]:
    """One confined kernel (per-session uid) for the cases that cannot damage it."""
    async with SessionKernel(settings=settings) as k:
        prov = k.km.provisioner
        assert getattr(prov, "start_mode", None) == START, f"the kernel was started by {prov.start_mode}, not {START}"
        yield k


def _root_world(k: SessionKernel, settings: Settings) -> World:
    sb = k.sandbox
    app_dir = Path(f"/tmp/na-atk-app-{uuid.uuid4().hex[:12]}")
    app_dir.mkdir(mode=0o755)
    w = World(
        "root",
        sb.uid,
        sb.gid,
        app_uid=0,
        app_dir=app_dir,
        work_pattern=str(sb.work_dir),
        global_secrets={"app-env": APP_ENV_SECRET},
        kernel_pid=k.pid,
        work_dir=sb.work_dir,
        data_dir=settings.data_dir,
    )
    w.add_cleanup(lambda: shutil.rmtree(app_dir, ignore_errors=True))
    w.notes["host_dir"] = str(sb.host_dir)
    return w


async def _start_root_victim(settings: Settings, w: World) -> SessionKernel:
    v = SessionKernel(settings=settings)
    await v.start()
    name, secret = f"victim-{w.token}.txt", w.secret("victim")
    res = await v.execute(f"open({name!r}, 'w').write({secret!r})")
    assert res.status == "ok", res
    info = v.km.get_connection_info() if v.km else {}
    sockets = {ch: f"{info['ip']}-{info[ch + '_port']}" for ch in ("shell", "iopub", "stdin", "control", "hb")}
    key = info["key"].decode() if isinstance(info["key"], bytes) else str(info["key"])
    victim_params(w, Victim(v.sandbox.root, v.sandbox.work_dir, v.sandbox.uid, secret, name, key, sockets))
    return v


async def _run_root(case: Attack, k: SessionKernel, w: World) -> Outcome:
    code = case.render(w)
    assert_no_secret_in_code([w], code)
    pid = k.pid
    w.start_during()
    res: CellResult = await k.execute(code, timeout=case.timeout)
    w.join_during()
    alive = (ALIVE in res.stdout) if case.wrap else True
    if case.expect_alive:
        nxt = await k.execute("print('ALIVE' + '-' + str(6 * 7))", timeout=30)
        alive = alive and nxt.status == "ok" and "ALIVE-42" in nxt.stdout
    return Outcome(
        res.status,
        res.stdout,
        text_of(res.outputs, res.notes, res.error),
        res.notes,
        res.error,
        res.restarted,
        alive,
        kernel_pid=pid,
        outputs=res.outputs,
    )


@pytest.mark.parametrize("case", ATTACKS, ids=ids)
async def test_attack_root(
    case: Attack, settings: Settings, root_kernel: SessionKernel, request: pytest.FixtureRequest
) -> None:
    apply_xfail(request, case, "root")
    own: SessionKernel | None = None
    victim: SessionKernel | None = None
    k = root_kernel
    if case.fresh or case.profile:
        own = k = SessionKernel(settings=settings, profile=case.profile)
        await k.start()
    assert k.settings.uid_mode == "per-session" and k.sandbox.lease is not None and k.sandbox.uid >= 1000
    w = _root_world(k, settings)
    try:
        if case.setup:
            case.setup(w)
        if w.needs_victim:
            victim = await _start_root_victim(settings, w)
        outcome = await _run_root(case, k, w)
        if victim is not None and w.victim is not None:
            after = await victim.execute("print('VICTIM-' + 'OK')", timeout=30)
            w.victim.alive_after = after.status == "ok" and "VICTIM-OK" in after.stdout
        verify(case, w, outcome)
    finally:
        w.close()
        if victim is not None:
            await victim.shutdown()
        if own is not None:
            await own.shutdown()
