"""The process a sandboxed kernel starts as: confine, then become the IPython kernel.

Order (each step can only narrow what the next may do):
limits → per-session uid (when root) → Landlock → kernel initialisation (binds its ZMQ sockets) →
seccomp (TSYNC, no `socket()`) → report to the host → start.

Any failure before `start()` ends the process with a message on stderr and a non-zero status, so no user
code ever runs in a half-confined kernel. Run as ``python -m notebook_agent.sandbox.launcher SPEC.json``; the
spec is written by the host (see ``Sandbox.launch_spec``). The host runs it with ``python -I -B``: as root,
the interpreter must never import from the kernel-writable working directory.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable
from typing import Any

from . import landlock, seccomp

EXIT_CONFINEMENT = 3  # a layer could not be applied
EXIT_SECCOMP = 4      # the seccomp filter could not be loaded
EXIT_LAUNCH = 5       # anything else before start()

_PR_SET_DUMPABLE = 4


def _fail(code: int, message: str) -> None:
    try:
        sys.stderr.write(f"notebook-agent sandbox: {message}\n")
        sys.stderr.flush()
    finally:
        os._exit(code)


def apply_limits(limits: dict[str, int]) -> list[str]:
    """Set hard and soft rlimits; returns the names applied."""
    names = {"as": resource.RLIMIT_AS, "fsize": resource.RLIMIT_FSIZE, "nofile": resource.RLIMIT_NOFILE,
             "core": resource.RLIMIT_CORE, "nproc": resource.RLIMIT_NPROC}
    applied = []
    for key, value in limits.items():
        resource.setrlimit(names[key], (value, value))
        applied.append(key)
    # A file that hits RLIMIT_FSIZE should fail the write (EFBIG), not kill the kernel.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    return applied


def drop_to(uid: int, gid: int) -> None:
    """Become `uid`/`gid` for good: no supplementary groups, real = effective = saved."""
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
    if os.getresuid() != (uid, uid, uid) or os.getresgid() != (gid, gid, gid) or os.getgroups():
        raise OSError("uid/gid drop did not stick")
    try:
        os.setresuid(0, 0, 0)
    except PermissionError:
        return
    raise OSError("could regain root after dropping it")


def _write_private(path: str, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _import_kernel() -> None:
    # Imported as the session uid (root never runs third-party code here) but before Landlock, while the
    # import machinery may still stat paths outside the allowed set.
    import ipykernel.kernelapp  # noqa: F401


def _warm_event_pipes(app: Any) -> None:
    """Create ipykernel's per-thread IOPub event pipes of the main and the IOPub thread now.

    They are made lazily, at the first output, and each needs file descriptors: a first cell that used up
    RLIMIT_NOFILE before printing anything would otherwise hang the kernel (verified) until it is restarted.
    """
    iopub = getattr(app, "iopub_thread", None)
    if iopub is None or not hasattr(type(iopub), "_event_pipe"):
        return
    iopub._event_pipe  # noqa: B018 - the property creates the calling thread's pipe
    done = threading.Event()

    def in_io_thread() -> None:
        try:
            iopub._event_pipe  # noqa: B018
        finally:
            done.set()

    iopub.schedule(in_io_thread)
    done.wait(10)


def confine(spec: dict[str, Any], before_landlock: Callable[[], None] | None = None) -> dict[str, Any]:
    """Apply limits, identity and Landlock from `spec`; return what is in force."""
    report: dict[str, Any] = {"layers": []}
    report["rlimits"] = apply_limits({k: int(v) for k, v in spec["rlimits"].items()})
    report["layers"].append("rlimits")
    if spec.get("uid") is not None:
        drop_to(int(spec["uid"]), int(spec["gid"]))
        report["layers"].append("uid")
    # From here the kernel cannot be inspected or attached to by other processes of its uid.
    ctypes.CDLL(None).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    if before_landlock is not None:
        before_landlock()
    ll = spec["landlock"]
    rules = landlock.LandlockRules(read_exec=ll["read_exec"], read=ll["read"], read_write=ll["read_write"],
                                   deny_tcp=ll["deny_tcp"], scope_abstract_unix=ll["scope_abstract_unix"],
                                   scope_signals=ll["scope_signals"])
    required = set(spec["required_layers"])
    try:
        result = landlock.restrict_self(rules)
    except landlock.LandlockError as exc:
        if required & {"landlock-fs", "landlock-net", "landlock-scope"}:
            raise
        report["landlock_error"] = str(exc)
        if ctypes.CDLL(None).prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS, still wanted without Landlock
            raise OSError("prctl(PR_SET_NO_NEW_PRIVS) failed") from None
    else:
        report["landlock_abi"] = result.abi
        report["layers"].append("landlock-fs")
        if result.network:
            report["layers"].append("landlock-net")
        if result.scope_abstract_unix and result.scope_signals:
            report["layers"].append("landlock-scope")
    report["layers"].append("no-new-privs")
    missing = sorted(required - set(report["layers"]) - {"seccomp", "cgroup"})
    if missing:
        raise OSError(f"required layers not in force: {', '.join(missing)}")
    return report


def become_kernel(spec: dict[str, Any], report: dict[str, Any], connection: bytes, report_fd: int) -> None:
    """Initialise the kernel, load seccomp, report to the host and run until the kernel shuts down.

    Shared by the spawned launcher and the fork server's children: both arrive here confined (limits, uid,
    Landlock) with ipykernel imported.
    """
    from ipykernel.kernelapp import IPKernelApp
    marks = report.setdefault("startup_ms", {})
    t0 = time.perf_counter()
    try:
        # Written as the kernel's own uid, inside the sandbox: the host never writes into it.
        _write_private(spec["kernel_connection_file"], connection)
        # ipykernel binds a TCP pipe for output of forked children; there are none here and Landlock refuses it.
        warnings.filterwarnings("ignore", message="Couldn't bind IOPub Pipe")
        app = IPKernelApp.instance()
        app.initialize(["-f", spec["kernel_connection_file"], *spec.get("kernel_args", [])])
        marks["init"] = round((time.perf_counter() - t0) * 1000, 1)
        _warm_event_pipes(app)
        marks["event_pipes"] = round((time.perf_counter() - t0) * 1000 - marks["init"], 1)
    except BaseException as exc:
        _fail(EXIT_LAUNCH, f"kernel initialisation failed: {exc!r}")
        raise
    t0 = time.perf_counter()
    try:
        shared = spec.get("uid") is None
        report["seccomp_filters"] = seccomp.apply(spec["seccomp"], self_pid=os.getpid(), shared_uid=shared)
        report["layers"].append("seccomp")
        marks["seccomp"] = round((time.perf_counter() - t0) * 1000, 1)
    except BaseException as exc:
        _fail(EXIT_SECCOMP, f"seccomp filter not loaded: {exc!r}")
        raise
    report["pid"] = os.getpid()
    try:
        os.write(report_fd, json.dumps(report).encode())
        os.close(report_fd)
    except OSError as exc:
        _fail(EXIT_LAUNCH, f"cannot report to the host: {exc!r}")
    app.start()


def main(argv: list[str] | None = None) -> None:
    """Entry point: `python -m notebook_agent.sandbox.launcher SPEC.json`."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        _fail(EXIT_LAUNCH, "usage: python -m notebook_agent.sandbox.launcher SPEC.json")
    try:
        with open(args[0], "rb") as fh:
            spec = json.load(fh)
        with open(spec["connection_file"], "rb") as fh:
            connection = fh.read()
        report_fd = int(spec["report_fd"])
    except Exception as exc:
        _fail(EXIT_LAUNCH, f"cannot read the launch spec: {exc!r}")
        raise
    try:
        report = confine(spec, before_landlock=_import_kernel)
    except Exception as exc:
        _fail(EXIT_CONFINEMENT, f"confinement failed: {exc}")
        raise
    become_kernel(spec, report, connection, report_fd)


if __name__ == "__main__":
    main()
