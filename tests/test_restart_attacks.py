"""Code planted in a kernel's home, work dir, IPython and matplotlib config must never run at the next start.

A kernel writes files now that the next kernel of its sandbox reads at start-up: after an explicit restart, a
crash, a timeout that escalates to a restart, a resume, and on a pooled kernel. tests/restart_probe.py plants code
in every such place and restarts every way; it runs as the app would, in both uid modes (root: per-session uids;
uid 1000: shared) and both start modes (spawned and forked kernels). Proven by effect: a TCP listener of this test
accepted nothing, no planted payload left a marker, and every restarted kernel answered with its full set of
seccomp filters, checked by the host.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import IS_ROOT, PYTHON, SHARED_UID, VENV_BIN, make_data_dir, reachable_copy

pytestmark = [
    pytest.mark.attack,
    pytest.mark.slow,
    pytest.mark.skipif(not IS_ROOT, reason="per-session uids and uid 1000 need root"),
]

PROBE = str(Path(__file__).resolve().parent / "restart_probe.py")
TRIGGERS = {"restart", "crash", "timeout", "resume", "pool-restart"}


MODES = [(uid_mode, start) for uid_mode in ("per-session", "shared") for start in ("spawn", "fork")]


def _listener() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.setblocking(False)
    return sock


def _accepted(sock: socket.socket) -> int:
    n = 0
    while True:
        try:
            conn, _ = sock.accept()
        except BlockingIOError:
            return n
        conn.close()
        n += 1


@dataclass
class _Run:
    """One probe run: its process, the listener its planted code would reach, the host secret it must not see."""

    proc: subprocess.Popen[str]
    listener: socket.socket
    base: Path
    secret: str


def _start(uid_mode: str, start: str) -> _Run:
    base = make_data_dir("na-rs-")
    secret = f"NASECRET-host-{secrets.token_hex(8)}"
    host_file = base / "host-secret.txt"
    host_file.write_text(secret + "\n")
    host_file.chmod(0o600)
    uid = os.geteuid() if uid_mode == "per-session" else SHARED_UID
    if uid_mode == "shared":
        os.chown(base, SHARED_UID, SHARED_UID)
        os.chown(host_file, SHARED_UID, SHARED_UID)
    listener = _listener()
    env = {
        "PATH": f"{VENV_BIN}:/usr/bin:/bin",
        "HOME": str(base),
        "LANG": "C.UTF-8",
        "NOTEBOOK_AGENT_UID_MODE": uid_mode,
        "NOTEBOOK_AGENT_KERNEL_START": start,
    }
    token = secrets.token_hex(4)
    cmd = [PYTHON, str(reachable_copy(Path(PROBE), base)), str(base), str(listener.getsockname()[1]), token]
    if uid != os.geteuid():
        cmd = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--", *cmd]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd="/")
    return _Run(proc, listener, base, secret)


@pytest.fixture(scope="module")
def runs() -> Iterator[dict[tuple[str, str], tuple[_Run, str, str, int]]]:
    """The four probes, run side by side (each alone is ~12 s of mostly waiting on kernels)."""
    started = {mode: _start(*mode) for mode in MODES}
    out = {}
    try:
        for mode, run in started.items():
            stdout, stderr = run.proc.communicate(timeout=400)
            time.sleep(0.2)
            out[mode] = (run, stdout, stderr, _accepted(run.listener))
        yield out
    finally:
        for run in started.values():
            if run.proc.poll() is None:
                run.proc.kill()
                run.proc.wait(10)
            run.listener.close()
            shutil.rmtree(run.base / "data", ignore_errors=True)


@pytest.mark.parametrize(("uid_mode", "start"), MODES)
def test_planted_code_never_runs_at_start(
    uid_mode: str, start: str, runs: dict[tuple[str, str], tuple[_Run, str, str, int]]
) -> None:
    run, stdout, stderr, connections = runs[(uid_mode, start)]
    secret = run.secret
    assert run.proc.returncode == 0, f"probe failed:\n{stdout[-3000:]}\n{stderr[-5000:]}"
    report = json.loads(stdout.strip().splitlines()[-1])
    assert report["uid_mode"] == uid_mode and report["start"] == start
    assert connections == 0, f"planted code reached the host's TCP listener {connections} times"
    results = {r["trigger"]: r for r in report["results"]}
    assert set(results) >= TRIGGERS, sorted(results)
    expected_check = "programs" if uid_mode == "per-session" else "count"
    for how in TRIGGERS:
        r = results[how]
        assert r["markers"] == {}, f"{how}: planted code ran: {r['markers']}"
        assert r["status"] == "ok", f"{how}: the kernel did not answer after the restart: {r}"
        assert "FILTERS 2" in r["stdout"], (how, r["stdout"])
        assert r["stdout"].count("CWD " + r["sandbox_root"] + "/work") == 1, (how, r["stdout"])
        assert secret not in r["stdout"]
        conf = r["confinement"]
        assert conf and conf["seccomp_filters"] == 2 and conf["filters_checked"] == expected_check, (how, conf)
        assert "seccomp" in conf["layers"]
    handout = results["pool-handout"]["confinement"]
    assert handout and handout["filters_checked"] == expected_check, handout
