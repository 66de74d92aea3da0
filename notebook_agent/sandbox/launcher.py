"""The process a sandboxed kernel starts as: confine, then become the IPython kernel.

Order (each step can only narrow what the next may do):
limits → per-session uid (when root) → early seccomp filter → Landlock → kernel initialisation (binds its ZMQ
sockets) → final seccomp filter (TSYNC, no `socket()`) → into the work directory → report to the host → start.

Nothing the sandbox could have written runs, or is even read, before the final filter. What is read before it,
and why each is safe:

* the launch spec and the connection file: host-private (``<data>/run/<id>/``, mode 0700, the app's uid);
* the Python prefix and its site-packages (modules, ``.pth`` files): host-owned, outside the sandbox; ``-I``
  keeps the working directory, ``PYTHON*`` variables, the user site and ``sitecustomize`` from elsewhere out;
* IPython's directory (``IPYTHONDIR``: profile, config files, startup files): made fresh by this process at
  each start under a random name (``mkdtemp``: it fails rather than reuse anything), so it holds nothing but
  what IPython itself creates in it; the previous starts' directories are removed after the final filter;
* the kernel's own copy of its connection file (``<root>/kernel.json``): written fresh (``O_EXCL``) by this
  process just before it is read, as a uid no other running process has (per-session) or inside a directory no
  other process's Landlock domain reaches (shared);
* the working directory during initialisation is an empty host-owned directory (``kernel_init_dir``), so
  ipykernel's ``""`` entry on ``sys.path`` cannot import a module planted in the work directory; the kernel moves
  to its work directory only after the final filter.

A tripwire (an audit hook, :class:`Tripwire`) refuses every open or listing of a path inside the sandbox but the
connection file and the fresh IPython directory until the final filter is on, and reports any attempt: the list
above is enforced, not hoped.

Any failure before `start()` ends the process with a message on stderr and a non-zero status, so no user
code ever runs in a half-confined kernel. Run as ``python -m notebook_agent.sandbox.launcher SPEC.json``; the
spec is written by the host (see ``Sandbox.launch_spec``). The host runs it with ``python -I -B``: as root,
the interpreter must never import from the kernel-writable working directory.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
import warnings
from collections.abc import Callable
from typing import Any

from ..errors import LandlockError
from . import landlock, seccomp

EXIT_CONFINEMENT = 3  # a layer could not be applied
EXIT_SECCOMP = 4  # the seccomp filter could not be loaded
EXIT_LAUNCH = 5  # anything else before start()

_PR_SET_DUMPABLE = 4
_IPYTHON_PREFIX = ".ipython-"


def _fail(code: int, message: str) -> None:
    try:
        sys.stderr.write(f"notebook-agent sandbox: {message}\n")
        sys.stderr.flush()
    finally:
        os._exit(code)


def apply_limits(limits: dict[str, int]) -> list[str]:
    """Set hard and soft rlimits; returns the names applied."""
    names = {
        "as": resource.RLIMIT_AS,
        "fsize": resource.RLIMIT_FSIZE,
        "nofile": resource.RLIMIT_NOFILE,
        "core": resource.RLIMIT_CORE,
        "nproc": resource.RLIMIT_NPROC,
    }
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
    """Write a fresh file: whatever a previous kernel left under this name (a link, a FIFO) is removed first."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


# Audit events that open or list a path (first argument). stat() is not audited; it reads no content.
_PATH_EVENTS = frozenset(
    {
        "open",
        "os.listdir",
        "os.scandir",
        "glob.glob",
        "os.chdir",
        "os.exec",
        "os.spawn",
        "os.posix_spawn",
        "subprocess.Popen",
        "shutil.copyfile",
        "shutil.copytree",
    }
)


class Tripwire:
    """An audit hook that refuses file access inside the sandbox until the final filter is on.

    Audit hooks cannot be removed, so after :meth:`disarm` it stays as a check of one attribute per audited event
    (measured here: ~1 µs per event, e.g. 16.5 → 16.8 µs for an open and close; events are rare in analysis code). It
    guards only code that runs before user code (ipykernel and IPython initialisation, our own), which cannot
    bypass it; it is a proof that the list in the module docstring is complete, not a sandbox layer.
    """

    def __init__(self, root: str, allowed: set[str]) -> None:
        self.armed = True
        self.root = os.path.realpath(root)
        self.allowed = {_literal(p) for p in allowed}
        self.allowed_trees: list[str] = []
        self.refused: list[str] = []

    def allow_tree(self, path: str) -> None:
        """Allow a directory this process has just made (nothing in it can have been planted)."""
        self.allowed_trees.append(os.path.realpath(path) + os.sep)

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        """Check one audit event (called by the interpreter)."""
        if not self.armed or event not in _PATH_EVENTS or not args:
            return
        target = args[0]
        if isinstance(target, int) or target is None:
            return
        if event == "open" and len(args) > 2 and isinstance(args[2], int) and args[2] & os.O_PATH:
            return  # a handle without access to the content (Landlock's rules are built from these)
        try:
            # Both the name itself (its directory resolved) and what it points to: a link inside the sandbox
            # may lead elsewhere in it, and an allowed name must not be swapped for a link.
            literal = _literal(os.fsdecode(target))
            resolved = os.path.realpath(literal)
        except (TypeError, ValueError):
            return
        inside = any(p == self.root or p.startswith(self.root + os.sep) for p in (literal, resolved))
        path = literal
        if inside and not (path in self.allowed or any((path + os.sep).startswith(t) for t in self.allowed_trees)):
            self.refused.append(f"{event} {path}")
            raise PermissionError(f"notebook-agent sandbox: {event} of {path} refused before the final filter")

    def install(self) -> Tripwire:
        """Add the hook to this interpreter (for good)."""
        sys.addaudithook(self)
        return self

    def disarm(self) -> None:
        """The final filter is on: from here the sandbox's own files are the kernel's business."""
        self.armed = False


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
    """Apply limits, identity, the early seccomp filter and Landlock from `spec`; return what is in force."""
    report: dict[str, Any] = {"layers": []}
    report["rlimits"] = apply_limits({k: int(v) for k, v in spec["rlimits"].items()})
    report["layers"].append("rlimits")
    if spec.get("uid") is not None:
        drop_to(int(spec["uid"]), int(spec["gid"]))
        report["layers"].append("uid")
    # From here the kernel cannot be inspected or attached to by other processes of its uid.
    ctypes.CDLL(None).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    # The early filter, before anything is imported or read: no process creation, no sockets but unix ones, no
    # namespaces, from here to the end. It sets no_new_privs itself.
    try:
        report["seccomp_early"] = seccomp.apply(
            spec["seccomp"], self_pid=os.getpid(), shared_uid=_shared(spec), phase="early"
        )
    except Exception as exc:
        raise OSError(f"early seccomp filter not loaded: {exc!r}") from exc
    if before_landlock is not None:
        before_landlock()
    ll = spec["landlock"]
    rules = landlock.LandlockRules(
        read_exec=ll["read_exec"],
        read=ll["read"],
        read_write=ll["read_write"],
        deny_tcp=ll["deny_tcp"],
        scope_abstract_unix=ll["scope_abstract_unix"],
        scope_signals=ll["scope_signals"],
    )
    required = set(spec["required_layers"])
    try:
        result = landlock.restrict_self(rules)
    except LandlockError as exc:
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


def _literal(path: str) -> str:
    """`path` made absolute with its directory resolved and its last component as it is."""
    path = os.path.abspath(path)
    return os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))


def _shared(spec: dict[str, Any]) -> bool:
    return spec.get("uid") is None


def arm_tripwire(spec: dict[str, Any]) -> Tripwire:
    """Refuse every access inside the sandbox but the kernel's connection file until the final filter."""
    return Tripwire(spec["sandbox_root"], {spec["kernel_connection_file"]}).install()


def become_kernel(
    spec: dict[str, Any], report: dict[str, Any], connection: bytes, report_fd: int, tripwire: Tripwire
) -> None:
    """Initialise the kernel, load the final seccomp filter, report to the host and run until the kernel shuts down.

    Shared by the spawned launcher and the fork server's children: both arrive here confined (limits, uid,
    early filter, Landlock) with ipykernel imported and the tripwire armed.
    """
    from ipykernel.kernelapp import IPKernelApp

    marks = report.setdefault("startup_ms", {})
    t0 = time.perf_counter()
    try:
        # Initialisation runs in the host-owned IPython tree: "" on sys.path (ipykernel adds it) must not reach the
        # work directory, where a planted module would shadow one that initialisation imports.
        os.chdir(spec["init_dir"])
        ipython_dir = _fresh_ipython_dir(spec, tripwire)
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
        where = traceback.extract_tb(exc.__traceback__)[-1]
        _fail(EXIT_LAUNCH, f"kernel initialisation failed: {exc!r} (at {where.filename}:{where.lineno})")
        raise
    t0 = time.perf_counter()
    try:
        report["seccomp_filters"] = seccomp.apply(spec["seccomp"], self_pid=os.getpid(), shared_uid=_shared(spec))
        report["layers"].append("seccomp")
        marks["seccomp"] = round((time.perf_counter() - t0) * 1000, 1)
    except BaseException as exc:
        _fail(EXIT_SECCOMP, f"seccomp filter not loaded: {exc!r}")
        raise
    tripwire.disarm()
    if tripwire.refused:
        report["tripwire"] = tripwire.refused[:20]
    try:
        os.chdir(spec["work_dir"])
        _fix_directory_history(app)
        _remove_old_ipython_dirs(spec, ipython_dir)
    except OSError as exc:
        _fail(EXIT_LAUNCH, f"cannot enter the work directory: {exc!r}")
    report["pid"] = os.getpid()
    try:
        os.write(report_fd, json.dumps(report).encode())
        os.close(report_fd)
    except OSError as exc:
        _fail(EXIT_LAUNCH, f"cannot report to the host: {exc!r}")
    app.start()


def _fresh_ipython_dir(spec: dict[str, Any], tripwire: Tripwire) -> str:
    """IPYTHONDIR for this start: a new directory (IPython insists on a writable one), so nothing planted is in it."""
    path = tempfile.mkdtemp(prefix=_IPYTHON_PREFIX, dir=spec["tmp_dir"])
    tripwire.allow_tree(path)
    os.environ["IPYTHONDIR"] = path
    return path


def _remove_old_ipython_dirs(spec: dict[str, Any], current: str) -> None:
    """After the final filter (the sandbox's files are the kernel's own business by then)."""
    with contextlib.suppress(OSError), os.scandir(spec["tmp_dir"]) as entries:
        for entry in entries:
            if entry.name.startswith(_IPYTHON_PREFIX) and entry.path != current:
                shutil.rmtree(entry.path, ignore_errors=True)


def _fix_directory_history(app: Any) -> None:
    """IPython recorded the initialisation directory as where the session started; it started in the work dir."""
    shell = getattr(app, "shell", None)
    if shell is not None and isinstance(shell.user_ns.get("_dh"), list):
        shell.user_ns["_dh"][:] = [os.getcwd()]


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
        tripwire = arm_tripwire(spec)
        report = confine(spec, before_landlock=_import_kernel)
    except Exception as exc:
        _fail(EXIT_CONFINEMENT, f"confinement failed: {exc}")
        raise
    become_kernel(spec, report, connection, report_fd, tripwire)


if __name__ == "__main__":
    main()
