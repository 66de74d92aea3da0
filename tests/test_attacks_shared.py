"""The attack suite in shared mode: every case of tests/attacks.py against the whole CLI as uid 1000.

`notebook-agent exec --json` run as uid 1000, so kernel and app share a uid and only Landlock, seccomp and the
limits stand between them. Related cases run in one exec (one section each). Root mode is tests/test_attacks.py.

Each test proves by effect that its attack failed (see attacks.py); on top of that no secret of the world may
appear in anything the kernel produced, and the kernel must still answer afterwards.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from attack_run import (
    APP_ENV,
    APP_ENV_SECRET,
    CMDLINE_DIGITS,
    START,
    apply_xfail,
    assert_no_secret_in_code,
    ids,
    text_of,
    verify,
    victim_code,
    victim_params,
)
from attacks import ALIVE, ATTACKS, Attack, Outcome, Victim, World
from conftest import IS_ROOT, SHARED_UID, exec_json, run_cli_as

pytestmark = [pytest.mark.attack, pytest.mark.skipif(not IS_ROOT, reason="per-session uids and uid 1000 need root")]


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
        code = victim_code(w, secret, name)

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
        victim_params(w, Victim(work.parent, work, SHARED_UID, secret, name, conn["key"], sockets))

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
        assert_no_secret_in_code(worlds, code)
        res, rc = _exec_shared(code, self.shared_home, max(c.timeout for c in cases) * len(cases), None)
        stdout = res["stdout"]
        text = text_of(res.get("outputs") or [], list(res.get("notes") or []), res.get("error"))
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


@pytest.mark.parametrize("case", ATTACKS, ids=ids)
def test_attack_shared(
    case: Attack, shared_home: Path, shared_groups: _SharedGroups, request: pytest.FixtureRequest
) -> None:
    apply_xfail(request, case, "shared")
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
        assert_no_secret_in_code([w], code)
        w.start_during()
        res, rc = _exec_shared(code, shared_home, case.timeout, case.profile)
        w.join_during()
        if victim is not None:
            victim.finish()
        outcome = _shared_outcome(
            res,
            rc,
            res["stdout"],
            text_of(res.get("outputs") or [], list(res.get("notes") or []), res.get("error")),
            case.wrap,
        )
        verify(case, w, outcome)
    finally:
        if victim is not None and victim.thread.is_alive() and w.victim is not None:
            (w.victim.work / f"stop-{w.token}").touch()
            victim.thread.join(timeout=60)
        w.close()
