"""What both modes of the attack suite share: the app's secrets, the start mode, the checks every case gets."""

from __future__ import annotations

import os
import random
import socket
import uuid
from typing import Any

import pytest
from attacks import SECRET_PREFIX, Attack, Listener, Outcome, Victim, World, output_text

# Secrets of the app itself: its environment (both modes) and, in shared mode, its command line.
APP_ENV_SECRET = f"{SECRET_PREFIX}-appenv-{uuid.uuid4().hex}"
CMDLINE_DIGITS = str(random.SystemRandom().randrange(10**14, 10**15))
# Shared mode runs the CLI, which spawns by default; the cases must hold for forked kernels, whose template shares
# the kernel's uid there.
# Both modes fork by default; NA_ATTACK_KERNEL_START=spawn runs the whole suite on spawned kernels instead.
START = os.environ.get("NA_ATTACK_KERNEL_START", "fork")
APP_ENV = {"NA_ATTACK_SECRET": APP_ENV_SECRET, "NOTEBOOK_AGENT_KERNEL_START": START}


def ids(case: Attack) -> str:
    return case.name


def apply_xfail(request: pytest.FixtureRequest, case: Attack, mode: str) -> None:
    if mode in case.xfail:
        request.applymarker(pytest.mark.xfail(strict=True, reason=case.xfail[mode]))


def assert_no_secret_in_code(worlds: list[World], code: str) -> None:
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


def text_of(outputs: list[Any], notes: list[str], error: dict[str, Any] | None) -> str:
    parts = [output_text(out) for out in outputs] + list(notes)
    if error:
        parts += [str(error.get("ename", "")), str(error.get("evalue", ""))]
    return "\n".join(parts)


def victim_params(w: World, v: Victim) -> None:
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


def victim_code(w: World, secret: str, name: str) -> str:
    return (
        f"import os, time\nopen({name!r}, 'w').write({secret!r})\n"
        f"for _ in range(1200):\n    if os.path.exists('stop-{w.token}'):\n        break\n    time.sleep(0.05)\n"
        "print('VICTIM-DONE', sorted(os.listdir('.')))\n"
    )
