"""What this host can enforce, and whether a profile's requirements are met (the `doctor`)."""

from __future__ import annotations

import ctypes
import functools
import os
import stat
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from ..errors import MissingLayerError, SandboxError
from ..settings import Settings
from . import landlock
from .profiles import LAYERS, Profile

__all__ = ["HostSupport", "check_requirements", "harden_host_process", "probe", "python_paths", "unreachable_for"]

_PR_GET_SECCOMP = 21
_PR_SET_DUMPABLE = 4


@dataclass(frozen=True)
class HostSupport:
    """Each layer: supported here or not, with a one-line reason."""

    layers: dict[str, bool]
    details: dict[str, str]
    landlock_abi: int


def probe(uid_mode: str | None = None) -> HostSupport:
    """Probe the running kernel for every layer we know."""
    abi = landlock.abi_version()
    libc = ctypes.CDLL(None, use_errno=True)
    seccomp_ok = libc.prctl(_PR_GET_SECCOMP, 0, 0, 0, 0) >= 0
    try:
        import pyseccomp  # noqa: F401 - loads libseccomp

        libseccomp = True
    except (ImportError, OSError, RuntimeError):
        libseccomp = False
    root = os.geteuid() == 0
    layers = {
        "uid": root,
        "no-new-privs": True,
        "landlock-fs": abi >= 1,
        "landlock-net": abi >= 4,
        "landlock-scope": abi >= 6,
        "seccomp": seccomp_ok and libseccomp,
        "rlimits": True,
        "cgroup": False,
    }
    details = {
        "uid": "root: each session gets its own uid" if root else f"not root (uid {os.geteuid()}): sessions share it",
        "no-new-privs": "prctl(PR_SET_NO_NEW_PRIVS)",
        "landlock-fs": f"Landlock ABI {abi}" if abi else "Landlock absent or disabled (boot with lsm=...,landlock)",
        "landlock-net": "TCP bind/connect rules" if abi >= 4 else f"needs Landlock ABI >= 4, have {abi}",
        "landlock-scope": "abstract unix sockets and signals scoped" if abi >= 6 else f"needs ABI >= 6, have {abi}",
        "seccomp": "seccomp filter with libseccomp"
        if seccomp_ok and libseccomp
        else ("libseccomp not found (install libseccomp2)" if not libseccomp else "kernel without seccomp"),
        "rlimits": "setrlimit",
        "cgroup": "not used: memory is bounded by RLIMIT_AS, processes by seccomp",
    }
    assert set(layers) == set(LAYERS)
    return HostSupport(layers, details, abi)


def check_requirements(profile: Profile, settings: Settings, support: HostSupport | None = None) -> list[str]:
    """Raise MissingLayerError unless every required layer is here or explicitly waived; return waived ones."""
    support = support or probe()
    required: list[str] = list(profile.required_layers)
    if settings.uid_mode == "per-session":
        required.insert(0, "uid")
    missing = [layer for layer in required if not support.layers.get(layer)]
    unwaived = [layer for layer in missing if layer not in settings.allow_missing_layers]
    if unwaived:
        raise MissingLayerError(unwaived, profile.name, support.details)
    return missing


def harden_host_process() -> None:
    """PR_SET_DUMPABLE=0 on the app: same-uid kernels cannot read its memory or /proc files (API keys)."""
    ctypes.CDLL(None).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


@functools.cache
def python_paths() -> tuple[str, ...]:
    """What the kernel's Python must read after the uid drop: prefixes, stdlib and site-packages.

    Computed once per process (sysconfig is slow, and every kernel start needs it twice).
    """
    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix}
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        paths.add(sysconfig.get_paths()[key])
    paths.add(os.path.dirname(os.path.realpath(sys.executable)))
    paths.update(p for p in sys.path if p and os.path.isdir(p) and "site-packages" in p)
    # Real paths: a venv reached through a symlink in a 0700 directory is only reachable at its real location.
    return tuple(sorted({os.path.realpath(p) for p in paths}))


def unreachable_for(paths: list[str], uid: int, gid: int) -> list[str]:
    """Paths a process with `uid`/`gid` (no groups) cannot read and traverse, by the mode bits alone."""
    bad = []
    for target in paths:
        path = Path(os.path.realpath(target))
        for part in [*reversed(path.parents), path]:
            try:
                st = part.stat()
            except OSError:
                break
            if st.st_uid == uid:
                need, bits = stat.S_IXUSR, st.st_mode
            elif st.st_gid == gid:
                need, bits = stat.S_IXGRP, st.st_mode
            else:
                need, bits = stat.S_IXOTH, st.st_mode
            if stat.S_ISDIR(st.st_mode) and not bits & need:
                bad.append(f"{target} (blocked at {part}, mode {stat.filemode(st.st_mode)})")
                break
    return bad


def require_reachable(paths: list[str], uid: int, gid: int) -> None:
    """Refuse to start a kernel whose Python a dropped uid could not read."""
    bad = unreachable_for(paths, uid, gid)
    if bad:
        raise SandboxError(
            "the kernel's Python cannot be reached by the session uid: " + "; ".join(bad) + ".",
            "Install into a virtualenv outside any 0700 directory (e.g. `make run` does this from "
            "/usr/bin/python3), or run with NOTEBOOK_AGENT_UID_MODE=shared.",
        )
