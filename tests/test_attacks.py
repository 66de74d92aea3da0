"""The attack suite: every case of tests/attacks.py, run in a real confined kernel, in two modes.

root:   SessionKernel with a per-session uid (the app is this test process). Cases that cannot damage a kernel
        share one module kernel; the others get a kernel of their own.
shared: the whole CLI (`notebook-agent exec --json`) run as uid 1000, so kernel and app share a uid and only
        Landlock, seccomp and the limits stand between them. Related cases run in one exec (one section each).

Each test proves by effect that its attack failed (see attacks.py); on top of that no secret of the world may
appear in anything the kernel produced, and the kernel must still answer afterwards.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import shutil
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from attacks import ALIVE, ATTACKS, SECRET_PREFIX, Attack, Listener, Outcome, Victim, World, output_text
from conftest import IS_ROOT, SHARED_UID, exec_json, run_cli_as

from notebook_agent.kernel.session_kernel import CellResult, SessionKernel
from notebook_agent.settings import Settings

pytestmark = [pytest.mark.attack, pytest.mark.skipif(not IS_ROOT, reason="per-session uids and uid 1000 need root")]

# Secrets of the app itself: its environment (both modes) and, in shared mode, its command line.
APP_ENV_SECRET = f"{SECRET_PREFIX}-appenv-{uuid.uuid4().hex}"
CMDLINE_DIGITS = str(random.SystemRandom().randrange(10**14, 10**15))
# Shared mode runs the CLI, which spawns by default; the cases must hold for forked kernels, whose template shares
# the kernel's uid there.
# Both modes fork by default; NA_ATTACK_KERNEL_START=spawn runs the whole suite on spawned kernels instead.
START = os.environ.get("NA_ATTACK_KERNEL_START", "fork")
APP_ENV = {"NA_ATTACK_SECRET": APP_ENV_SECRET, "NOTEBOOK_AGENT_KERNEL_START": START}


def _ids(case: Attack) -> str:
    return case.name


def _apply_xfail(request: pytest.FixtureRequest, case: Attack, mode: str) -> None:
    if mode in case.xfail:
        request.applymarker(pytest.mark.xfail(strict=True, reason=case.xfail[mode]))


def _assert_no_secret_in_code(worlds: list[World], code: str) -> None:
    for w in worlds:
        inside = [label for label, value in w.all_secrets().items() if value in code]
        assert not inside, f"test bug: the attack code contains the secrets {inside}"


def verify(case: Attack, w: World, o: Outcome) -> None:
    """The checks every case gets, then its own."""
    leaked = {label: value for label, value in w.all_secrets().items() if value in o.text}
    assert not leaked, f"secrets visible to the kernel: {sorted(leaked)}\n{o.text[-4000:]}"
    assert o.status != "died", f"the kernel died: {o.error} {o.notes}"
    if case.wrap:  # every attempt ran: none escaped its _try and cut the rest of the cell short
        assert "ATTACK-RAISED" not in o.stdout, f"an attempt escaped its _try:\n{o.stdout[-3000:]}"
    if case.expect_alive:
        assert o.alive, f"the kernel did not answer after the attack (status {o.status}):\n{o.text[-3000:]}"
    case.check(w, o)


def _text(outputs: list[Any], notes: list[str], error: dict[str, Any] | None) -> str:
    parts = [output_text(out) for out in outputs] + list(notes)
    if error:
        parts += [str(error.get("ename", "")), str(error.get("evalue", ""))]
    return "\n".join(parts)


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


def _victim_params(w: World, v: Victim) -> None:
    w.victim = v
    listener_path = str(v.root / f"kernel-{random.randrange(20000, 60000)}")
    v.listener = Listener(socket.AF_UNIX, socket.SOCK_STREAM, listener_path, listener_path)
    os.chown(listener_path, v.uid, v.uid)
    w.add_cleanup(v.listener.close)
    w.params.update(
        victim_root=str(v.root),
        victim_work=str(v.work),
        victim_file=v.file_name,
        victim_sockets=repr([*v.sockets.values(), listener_path]),
        victim_shell=v.sockets["shell"],
        victim_control=v.sockets["control"],
        victim_key=v.key,
        pwned=f"pwned-{w.token}",
    )


def _victim_code(w: World, secret: str, name: str) -> str:
    return (
        f"import os, time\nopen({name!r}, 'w').write({secret!r})\n"
        f"for _ in range(1200):\n    if os.path.exists('stop-{w.token}'):\n        break\n    time.sleep(0.05)\n"
        "print('VICTIM-DONE', sorted(os.listdir('.')))\n"
    )


async def _start_root_victim(settings: Settings, w: World) -> SessionKernel:
    v = SessionKernel(settings=settings)
    await v.start()
    name, secret = f"victim-{w.token}.txt", w.secret("victim")
    res = await v.execute(f"open({name!r}, 'w').write({secret!r})")
    assert res.status == "ok", res
    info = v.km.get_connection_info() if v.km else {}
    sockets = {ch: f"{info['ip']}-{info[ch + '_port']}" for ch in ("shell", "iopub", "stdin", "control", "hb")}
    key = info["key"].decode() if isinstance(info["key"], bytes) else str(info["key"])
    _victim_params(w, Victim(v.sandbox.root, v.sandbox.work_dir, v.sandbox.uid, secret, name, key, sockets))
    return v


async def _run_root(case: Attack, k: SessionKernel, w: World) -> Outcome:
    code = case.render(w)
    _assert_no_secret_in_code([w], code)
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
        _text(res.outputs, res.notes, res.error),
        res.notes,
        res.error,
        res.restarted,
        alive,
        kernel_pid=pid,
        outputs=res.outputs,
    )


@pytest.mark.parametrize("case", ATTACKS, ids=_ids)
async def test_attack_root(
    case: Attack, settings: Settings, root_kernel: SessionKernel, request: pytest.FixtureRequest
) -> None:
    _apply_xfail(request, case, "root")
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


# ==== shared mode =================================================================================================
def _shared_world(shared_home: Path) -> World:
    return World(
        "shared",
        SHARED_UID,
        SHARED_UID,
        app_uid=SHARED_UID,
        app_dir=shared_home,
        work_pattern=f"{shared_home}/data/sandboxes/*/work",
        global_secrets={"app-env": APP_ENV_SECRET, "app-cmdline": CMDLINE_DIGITS},
        data_dir=shared_home / "data",
    )


def _exec_shared(code: str, shared_home: Path, timeout: float, profile: str | None) -> tuple[dict[str, Any], int]:
    # The digits after the point are a secret on the app's command line (/proc/<ppid>/cmdline).
    args = ["exec", "--json", "--timeout", f"{int(timeout)}.{CMDLINE_DIGITS}", "-c", code]
    if profile:
        args += ["--profile", profile]
    proc = run_cli_as(SHARED_UID, args, shared_home, timeout=timeout + 180, extra_env=APP_ENV)
    res = exec_json(proc)
    sandbox = res.get("sandbox") or {}
    assert sandbox.get("uid_mode") == "shared" and sandbox.get("uid") == SHARED_UID, f"not a shared-uid kernel: {res}"
    assert sandbox.get("start") == START, f"not a {START}ed kernel: {sandbox}"
    return res, proc.returncode


def _shared_outcome(res: dict[str, Any], rc: int, stdout: str, text: str, wrap: bool) -> Outcome:
    notes = list(res.get("notes") or [])
    status = res["status"]
    alive = (ALIVE in stdout) if wrap else status != "died"
    return Outcome(
        status,
        stdout,
        text,
        notes,
        res.get("error"),
        any("restarted" in n for n in notes),
        alive,
        returncode=rc,
        outputs=res.get("outputs") or [],
    )


class _SharedVictim:
    """Another session of uid 1000: a second CLI, alive while the attack runs, ended by a stop file."""

    def __init__(self, shared_home: Path, w: World) -> None:
        self.w = w
        name, secret = f"victim-{w.token}.txt", w.secret("victim")
        self.result: dict[str, Any] = {}
        code = _victim_code(w, secret, name)

        def run() -> None:
            proc = run_cli_as(SHARED_UID, ["exec", "--json", "-c", code], shared_home, timeout=180, extra_env=APP_ENV)
            self.result.update(exec_json(proc))

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        end = time.monotonic() + 90
        found: list[Path] = []
        while not found and time.monotonic() < end and self.thread.is_alive():
            found = list((shared_home / "data" / "sandboxes").glob(f"*/work/{name}"))
            time.sleep(0.05)
        assert found, f"the victim session did not start: {self.result}"
        work = found[0].parent
        conn = json.loads((work.parent / "kernel.json").read_text())
        sockets = {ch: f"{conn['ip']}-{conn[ch + '_port']}" for ch in ("shell", "iopub", "stdin", "control", "hb")}
        _victim_params(w, Victim(work.parent, work, SHARED_UID, secret, name, conn["key"], sockets))

    def finish(self) -> None:
        v = self.w.victim
        assert v is not None
        pwned_before_stop = (v.work / self.w.params["pwned"]).exists()
        stop = v.work / f"stop-{self.w.token}"
        stop.touch()
        os.chown(stop, SHARED_UID, SHARED_UID)
        self.thread.join(timeout=120)
        v.alive_after = self.result.get("status") == "ok" and "VICTIM-DONE" in self.result.get("stdout", "")
        assert not pwned_before_stop, "a file was written into the other session"


class _SharedGroups:
    """Runs the cases of a group in one exec (each in its own section) the first time one of them is asked for."""

    def __init__(self, shared_home: Path) -> None:
        self.shared_home = shared_home
        self.results: dict[str, tuple[World, Outcome]] = {}
        self.worlds: list[World] = []

    def get(self, case: Attack) -> tuple[World, Outcome]:
        if case.name not in self.results:
            self._run(case.group or "")
        return self.results[case.name]

    def _run(self, group: str) -> None:
        cases = [c for c in ATTACKS if c.group == group]
        worlds = []
        for c in cases:
            w = _shared_world(self.shared_home)
            self.worlds.append(w)
            worlds.append(w)
            if c.setup:
                c.setup(w)
        code = "\n".join(c.render(w) for c, w in zip(cases, worlds, strict=True))
        _assert_no_secret_in_code(worlds, code)
        res, rc = _exec_shared(code, self.shared_home, max(c.timeout for c in cases) * len(cases), None)
        stdout = res["stdout"]
        text = _text(res.get("outputs") or [], list(res.get("notes") or []), res.get("error"))
        for c, w in zip(cases, worlds, strict=True):
            section = _section(stdout, c.name)
            self.results[c.name] = (w, _shared_outcome(res, rc, section, text, c.wrap))

    def close(self) -> None:
        for w in self.worlds:
            w.close()


def _section(stdout: str, name: str) -> str:
    begin = f"=====BEGIN {name}====="
    if begin not in stdout:
        return ""
    rest = stdout.split(begin, 1)[1]
    end = rest.find(f"=====END {name}=====")
    nxt = rest.find("=====BEGIN ")
    cut = min(x for x in (end, nxt, len(rest)) if x >= 0)
    return rest[:cut]


@pytest.fixture(scope="module")
def shared_groups(shared_home: Path) -> Iterator[_SharedGroups]:
    groups = _SharedGroups(shared_home)
    yield groups
    groups.close()


@pytest.mark.parametrize("case", ATTACKS, ids=_ids)
def test_attack_shared(
    case: Attack, shared_home: Path, shared_groups: _SharedGroups, request: pytest.FixtureRequest
) -> None:
    _apply_xfail(request, case, "shared")
    if case.group:
        w, outcome = shared_groups.get(case)
        verify(case, w, outcome)
        return
    w = _shared_world(shared_home)
    victim: _SharedVictim | None = None
    try:
        if case.setup:
            case.setup(w)
        if w.needs_victim:
            victim = _SharedVictim(shared_home, w)
        code = case.render(w)
        _assert_no_secret_in_code([w], code)
        w.start_during()
        res, rc = _exec_shared(code, shared_home, case.timeout, case.profile)
        w.join_during()
        if victim is not None:
            victim.finish()
        outcome = _shared_outcome(
            res,
            rc,
            res["stdout"],
            _text(res.get("outputs") or [], list(res.get("notes") or []), res.get("error")),
            case.wrap,
        )
        verify(case, w, outcome)
    finally:
        if victim is not None and victim.thread.is_alive() and w.victim is not None:
            (w.victim.work / f"stop-{w.token}").touch()
            victim.thread.join(timeout=60)
        w.close()
