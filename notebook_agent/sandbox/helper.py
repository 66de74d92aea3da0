"""Confining a short-lived helper process (the upload checker, the chart renderer) before it touches its input.

Order: rlimits (CPU, address space and optionally data, no file writes, few descriptors, no core dumps) → as root:
the request's uid, no supplementary groups → not dumpable, killed with its parent (and refused if the parent is
already gone) → Landlock with no_new_privs → the kernel's seccomp policy. `status()` reports what is in force.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
from typing import Any

from ..errors import LandlockError
from . import landlock, seccomp
from .launcher import apply_limits, drop_to

__all__ = ["confine", "status"]

_PR_SET_PDEATHSIG = 1
_PR_SET_DUMPABLE = 4
_PR_SET_NO_NEW_PRIVS = 38
_LANDLOCK_LAYERS = {"landlock-fs", "landlock-net", "landlock-scope"}


def _prctl(option: int, value: int) -> None:
    if ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), f"prctl({option}) failed")


def confine(request: dict[str, Any], *, what: str, foreign_affinity_enosys: bool = False) -> dict[str, Any]:
    """Apply every layer the request names to this process; returns what is in force.

    `what` names the helper in the message when its parent is gone; `foreign_affinity_enosys` is passed to
    `seccomp.apply`. `limits["data"]`, when given, sets RLIMIT_DATA, and `limits["address_space"]` (else
    `limits["memory"]`) RLIMIT_AS.

    Raises when a layer that is not waived (absent from ``request["required"]``) cannot be applied.
    """
    limits = request["limits"]
    required = set(request.get("required", ()))
    layers = []
    cpu = int(limits["cpu_seconds"])
    # SIGXCPU at the soft limit ends the process (its default action); SIGKILL a second later if it is caught.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    if "data" in limits:
        resource.setrlimit(resource.RLIMIT_DATA, (int(limits["data"]), int(limits["data"])))
    address_space = int(limits.get("address_space", limits.get("memory", 0)))
    apply_limits({"as": address_space, "fsize": 0, "nofile": int(limits["open_files"]), "core": 0})
    layers.append("rlimits")
    if os.geteuid() == 0:
        uid = int(limits["uid"])
        drop_to(uid, uid)
        layers.append("uid")
    # After the uid change, which resets both: no ptrace or /proc/<pid>/mem for same-uid processes, and no
    # orphan that outlives the app.
    _prctl(_PR_SET_DUMPABLE, 0)
    _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != int(request["parent"]):
        raise OSError(f"the app that started the {what} is gone")
    # openpyxl builds a MIME table at import; read the system's now (a host file, not the upload), since Landlock
    # will not allow /etc/mime.types.
    import mimetypes

    mimetypes.init()
    rules = landlock.LandlockRules(
        read_exec=list(request["landlock"]["read_exec"]),
        read=list(request["landlock"]["read"]),
        read_write=[],
        deny_tcp=True,
        scope_abstract_unix=True,
        scope_signals=True,
    )
    try:
        result = landlock.restrict_self(rules)  # sets no_new_privs first
    except LandlockError:
        if required & _LANDLOCK_LAYERS:
            raise
        _prctl(_PR_SET_NO_NEW_PRIVS, 1)
    else:
        layers.append("landlock-fs")
        if result.network:
            layers.append("landlock-net")
        if result.scope_abstract_unix and result.scope_signals:
            layers.append("landlock-scope")
    layers.append("no-new-privs")
    try:
        # shared_uid: path-based chmod/chown/utime do nothing; the checker has no business changing metadata.
        seccomp.apply(
            request["seccomp"], self_pid=os.getpid(), shared_uid=True, foreign_affinity_enosys=foreign_affinity_enosys
        )
    except Exception:
        if "seccomp" in required:
            raise
    else:
        layers.append("seccomp")
    missing = sorted(required - set(layers) - {"cgroup"})
    if missing:
        raise OSError(f"required layers not in force: {', '.join(missing)}")
    return {"layers": layers, **status()}


def status() -> dict[str, Any]:
    """Identity and confinement as the kernel reports them in /proc/self/status."""
    out: dict[str, Any] = {"uid": os.getuid(), "gid": os.getgid(), "groups": os.getgroups()}
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key in ("NoNewPrivs", "Seccomp", "Seccomp_filters"):
                    out[key] = int(value.split()[0])
    except OSError:
        pass
    out["rlimits"] = {
        name: resource.getrlimit(getattr(resource, f"RLIMIT_{name.upper()}"))[1]
        for name in ("as", "data", "cpu", "fsize", "nofile", "core")
    }
    out["dumpable"] = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
    return out
