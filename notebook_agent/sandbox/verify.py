"""Verify, then trust: check a kernel's /proc status and its seccomp programs; refuse one not confined as it should be.

What verification rests on:

* As root, the programs themselves: the host compiles the kernel's two filters as the launcher should have
  (``seccomp.expected_programs``) and reads the loaded ones back with ``PTRACE_SECCOMP_GET_FILTER``. A filter
  swapped for an allow-all one by code that ran before the final filter would be caught here.
* Without root (shared uid mode, Hugging Face Spaces), ptrace of a non-dumpable process and reading filters are
  not allowed: the host checks the count (its own filters plus two, on every thread). That a counted filter is ours
  then rests on the launcher: nothing the sandbox wrote is read before the final filter (a tripwire enforces it),
  and the early filter, loaded before anything is read, already denies what the final one exists to deny beyond
  it (``socket()`` of unix sockets, bind, listen, connect).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import time
from dataclasses import dataclass
from typing import Any

from ..errors import ConfinementError, SandboxError
from . import seccomp

__all__ = ["Confinement", "FilterCheck", "read_filters", "read_status", "verify_confinement", "verify_filters"]

_PTRACE_DETACH = 17
_PTRACE_SEIZE = 0x4206
_PTRACE_INTERRUPT = 0x4207
_PTRACE_SECCOMP_GET_FILTER = 0x420C
_WALL = 0x40000000
_libc = ctypes.CDLL(None, use_errno=True)
_libc.ptrace.restype = ctypes.c_long
_libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]


@dataclass(frozen=True)
class Confinement:
    """What was checked, for reports (`exec --json` → `sandbox`)."""

    pid: int
    uid: int
    gid: int
    no_new_privs: bool
    seccomp_mode: int
    seccomp_filters: int
    cap_eff: int
    layers: tuple[str, ...]
    landlock_abi: int
    filters_checked: str = "count"  # "programs": compared with what the host compiled; "count": counted only

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "pid": self.pid,
            "uid": self.uid,
            "gid": self.gid,
            "no_new_privs": self.no_new_privs,
            "seccomp_mode": self.seccomp_mode,
            "seccomp_filters": self.seccomp_filters,
            "filters_checked": self.filters_checked,
            "capabilities": self.cap_eff,
            "layers": list(self.layers),
            "landlock_abi": self.landlock_abi,
        }


@dataclass(frozen=True)
class FilterCheck:
    """What the host expects of a kernel's seccomp filters."""

    policy: dict[str, Any]
    shared_uid: bool


def _ptrace(request: int, pid: int, addr: int = 0, data: Any = None) -> int:
    ctypes.set_errno(0)
    res = _libc.ptrace(request, pid, addr, data)
    if res < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"ptrace({request:#x}) on {pid}: {os.strerror(err)}")
    return int(res)


def read_filters(pid: int, indices: range, timeout_s: float = 5.0) -> list[bytes]:
    """Seccomp programs of `pid` by index, 0 being the first installed. Needs CAP_SYS_ADMIN and CAP_SYS_PTRACE.

    (The kernel counts from the oldest: ``get_nth_filter`` walks back ``count - index`` filters from the newest.)
    Seizes the process, stops it for the moment it takes to copy the programs, and lets it go on unchanged.
    """
    _ptrace(_PTRACE_SEIZE, pid)
    try:
        _ptrace(_PTRACE_INTERRUPT, pid)
        deadline = time.monotonic() + timeout_s
        while True:
            got, _status = os.waitpid(pid, os.WNOHANG | _WALL)
            if got == pid:
                break
            if time.monotonic() > deadline:
                raise OSError(0, f"kernel {pid} did not stop for inspection within {timeout_s:g} s")
            time.sleep(0.001)
        programs = []
        for index in indices:
            insns = _ptrace(_PTRACE_SECCOMP_GET_FILTER, pid, index, None)
            buf = ctypes.create_string_buffer(insns * 8)  # struct sock_filter: 8 bytes
            _ptrace(_PTRACE_SECCOMP_GET_FILTER, pid, index, ctypes.addressof(buf))
            programs.append(buf.raw)
        return programs
    finally:
        with contextlib.suppress(OSError):
            _ptrace(_PTRACE_DETACH, pid)


def _thread_filter_counts(pid: int) -> set[int]:
    counts = set()
    with contextlib.suppress(OSError):
        for tid in os.listdir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError, KeyError, ValueError):
                counts.add(int(read_status(f"{pid}/task/{tid}")["Seccomp_filters"]))
    return counts


def verify_filters(pid: int, check: FilterCheck) -> tuple[str, list[str]]:
    """Compare the kernel's filters with the expected ones; returns (how they were checked, problems)."""
    inherited = int(read_status("self").get("Seccomp_filters", "0"))
    expected_count = inherited + 2
    problems = []
    counts = _thread_filter_counts(pid)
    if counts != {expected_count}:
        problems.append(f"seccomp filters per thread {sorted(counts)}, expected {expected_count}")
    if os.geteuid() != 0:
        return "count", problems
    try:
        # The app's own filters (a container's) come first, then the launcher's early and final ones.
        loaded = read_filters(pid, range(inherited, inherited + 2))
    except OSError as exc:
        # A container without CAP_SYS_PTRACE: say so in the report rather than refuse every kernel.
        return f"count (programs unreadable: {exc.strerror or exc})", problems
    expected = seccomp.expected_programs(check.policy, pid, check.shared_uid)
    for phase, got, want in zip(("early", "final"), loaded, expected, strict=True):
        if got != want:
            problems.append(f"the {phase} seccomp filter is not the one the host compiled")
    return "programs", problems


def read_status(pid: int | str) -> dict[str, str]:
    """The fields of /proc/<pid>/status."""
    with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
        return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in fh)}


def verify_confinement(
    pid: int, uid: int, gid: int, report: dict[str, Any], required: list[str], filters: FilterCheck | None = None
) -> Confinement:
    """Check the live process against what the launcher reported and the profile requires.

    With `filters`, the seccomp programs (as root) or their count on every thread are checked too.
    """
    try:
        st = read_status(pid)
    except OSError as exc:
        raise SandboxError(
            f"kernel process {pid} vanished before it could be checked ({exc})",
            "Try again; if it keeps happening, the kernel log says why it ended.",
        ) from None
    uids = [int(x) for x in st["Uid"].split()]
    gids = [int(x) for x in st["Gid"].split()]
    problems = []
    if any(u != uid for u in uids):
        problems.append(f"runs as uid {uids}, expected {uid}")
    if any(g != gid for g in gids):
        problems.append(f"runs as gid {gids}, expected {gid}")
    if st.get("NoNewPrivs") != "1":
        problems.append("NoNewPrivs is not set")
    seccomp_mode = int(st.get("Seccomp", "0"))
    filter_count = int(st.get("Seccomp_filters", "0"))
    if "seccomp" in required and (seccomp_mode != 2 or filter_count < 1):
        problems.append(f"no seccomp filter (Seccomp: {seccomp_mode}, filters: {filter_count})")
    cap_eff = int(st.get("CapEff", "0"), 16)
    if uid != 0 and cap_eff:
        problems.append(f"holds capabilities {cap_eff:#x}")
    layers = tuple(report.get("layers", []))
    for layer in required:
        if layer not in layers:
            problems.append(f"layer {layer} not in force")
    if report.get("pid") != pid:
        problems.append(f"report came from pid {report.get('pid')}, not {pid}")
    checked = "count"
    if filters is not None and "seccomp" in required and not problems:
        checked, filter_problems = verify_filters(pid, filters)
        problems += filter_problems
    if problems:
        raise ConfinementError(pid, problems)
    return Confinement(
        pid, uid, gid, True, seccomp_mode, filter_count, cap_eff, layers, int(report.get("landlock_abi", 0)), checked
    )
