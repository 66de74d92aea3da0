"""The fork server: a template process with the kernel's heavy imports done once, forking confined kernels.

A kernel forked from here is ready in tens of milliseconds instead of a second, and shares the template's
pages (ipykernel, numpy, pandas, scipy, matplotlib) copy-on-write. Each child then does what the spawned
launcher does — limits → uid → Landlock → kernel initialisation → seccomp → report — so a forked kernel is
confined exactly like a spawned one (``launcher.confine`` and ``launcher.become_kernel`` are shared).

Run by the host as ``python -I -B -m notebook_agent.sandbox.forkserver FD``, FD being its end of an
``AF_UNIX``/``SOCK_SEQPACKET`` socket pair. Messages are JSON; descriptors travel as ``SCM_RIGHTS``:

* template → host, once: ``{"ready": true, "preloaded": [...], "import_s": t}`` or ``{"error": "..."}``.
* host → template, per kernel: ``{"spec": SPEC, "cwd": DIR, "env": {...}}`` with three descriptors: the
  kernel's own status socket, the report pipe and the log file.
* template → status socket: ``{"pid": N}`` with a pidfd, later ``{"exit": CODE}`` when the kernel is reaped
  (CODE as ``Popen.returncode``: negative for a signal). ``{"error": "..."}`` if the fork failed.

Fork-safety rules kept here: the template stays single-threaded with no ZMQ context and no event loop (all
sockets are made in the child); it holds no secret (its environment is built from nothing by the host); each
child closes every descriptor it does not need before anything else, so no kernel ever holds the request
channel or another kernel's status socket; numpy's global generator is reseeded (Python's ``random`` reseeds
itself after a fork); signal handlers are reset; the matplotlib font cache is loaded before forking.
"""

from __future__ import annotations

import array
import contextlib
import ctypes
import gc
import json
import os
import select
import signal
import socket
import sys
import time
from typing import Any

from . import launcher

# What a data-science kernel imports anyway, and what IPKernelApp.initialize() would import in every child
# (the debugger's debugpy alone is ~100 ms). matplotlib_inline's backend must NOT be imported here: at import it
# hooks itself into the running IPython shell, and the template has none (pyplot loads it lazily in the child).
PRELOAD = (
    "ipykernel.kernelapp",
    "ipykernel.ipkernel",
    "ipykernel.debugger",
    "IPython",
    "IPython.core.completerlib",
    "IPython.core.debugger",
    "IPython.core.oinspect",
    "IPython.extensions.storemagic",
    "IPython.utils.wildcard",
    "cProfile",
    "pstats",
    "faulthandler",
    "encodings.idna",
    "tornado.gen",
    "tornado.locks",
    "tornado.platform.asyncio",
    "tornado.queues",
    "numpy",
    "pandas",
    "scipy",
    "scipy.optimize",
    "scipy.stats",
    "matplotlib",
    "matplotlib.pyplot",
    "matplotlib.backends.backend_agg",
    *(
        # Measured in forked kernels (python -m benchmarks sessions, and the first import in a child):
        # each of these costs a child 0.2-0.4 s and 7-22 MiB of its own memory at first use, and a kernel
        # forked from a template holding all three has ~1-2 MiB more private memory than without them.
        # openpyxl loads every Excel upload; duckdb's import is mostly relocating its library (shared once
        # done here). None starts a thread at import. scikit-learn (~1 s, +35 MiB at first use) and
        # statsmodels (~1.3 s, +45 MiB) are left to the kernels that use them: preloaded, they cost every
        # forked kernel ~9 MiB more private memory and the template ~1 s and ~90 MiB more.
        "openpyxl",
        "seaborn",
        "duckdb",
    ),
)
_MAX_MSG = 1 << 20
_PR_SET_PDEATHSIG = 1


def send(sock: socket.socket, obj: dict[str, Any], fds: list[int] | None = None) -> None:
    """One JSON message, with descriptors as SCM_RIGHTS (both ends of the protocol use this and `recv`)."""
    data = json.dumps(obj).encode()
    if fds:
        sock.sendmsg([data], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))])
    else:
        sock.send(data)


def recv(sock: socket.socket, max_fds: int = 4) -> tuple[dict[str, Any] | None, list[int]]:
    """One message and the descriptors it carried; (None, []) at end of stream."""
    data, anc, _flags, _addr = sock.recvmsg(_MAX_MSG, socket.CMSG_SPACE(max_fds * 4))
    fds: list[int] = []
    for level, kind, payload in anc:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            arr = array.array("i")
            arr.frombytes(payload[: len(payload) - len(payload) % arr.itemsize])
            fds.extend(arr)
    if not data:
        for fd in fds:
            os.close(fd)
        return None, []
    return json.loads(data), fds


def _threads() -> list[str]:
    names = []
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/comm") as fh:
                names.append(fh.read().strip())
        except OSError:
            continue
    return names


def prepare_template() -> dict[str, Any]:
    """Import the kernel's modules, make sure no thread survived, freeze the heap; what was loaded."""
    started = time.perf_counter()
    for name in PRELOAD:
        __import__(name)
    import matplotlib.font_manager  # noqa: F401 - loads the font cache once, for every child

    # OpenBLAS starts worker threads at load and shuts them down in its own fork handler: one throwaway fork
    # leaves the template single-threaded (the children start their workers again on first use).
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    threads = _threads()
    if len(threads) != 1:
        raise RuntimeError(f"the template must be single-threaded before forking; it runs {threads}")
    zmq = sys.modules.get("zmq")
    if zmq is not None and getattr(zmq.Context, "_instance", None) is not None:
        raise RuntimeError("the template created a ZMQ context; sockets must be made in each child")
    if "matplotlib_inline.backend_inline" in sys.modules:
        raise RuntimeError("matplotlib_inline's backend was imported in the template; plots would not show")
    # Objects that live as long as the template stay out of the collector, so it never writes to their pages
    # (which would copy them into every child).
    gc.collect()
    gc.freeze()
    return {"preloaded": list(PRELOAD), "import_s": round(time.perf_counter() - started, 3)}


class _Server:
    """The request loop: fork on request, report each child's exit on its status socket."""

    def __init__(self, chan: socket.socket) -> None:
        self.chan = chan
        self.children: dict[int, socket.socket] = {}
        self.wake_r, wake_w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self.wake_w = wake_w
        signal.set_wakeup_fd(wake_w)
        signal.signal(signal.SIGCHLD, lambda *_: None)  # a handler (not SIG_IGN) so exits wake the loop
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    def run(self) -> None:
        poller = select.poll()  # poll(), not epoll: no descriptor of its own for children to inherit
        poller.register(self.chan.fileno(), select.POLLIN)
        poller.register(self.wake_r, select.POLLIN)
        while True:
            for fd, _ev in poller.poll():
                if fd == self.wake_r:
                    while True:
                        try:
                            if not os.read(self.wake_r, 512):
                                break
                        except BlockingIOError:
                            break
                    self._reap()
                else:
                    msg, fds = recv(self.chan, 3)
                    if msg is None:  # the host is gone: so are we (our children follow by PDEATHSIG)
                        return
                    try:
                        self._handle(msg, fds)
                    except Exception as exc:  # a malformed request must not end the server
                        sys.stderr.write(f"notebook-agent fork server: bad request: {exc!r}\n")
                        for fd in fds:
                            with contextlib.suppress(OSError):
                                os.close(fd)

    def _reap(self) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            sock = self.children.pop(pid, None)
            if sock is not None:
                with contextlib.suppress(OSError):  # the host stopped listening
                    send(sock, {"exit": os.waitstatus_to_exitcode(status)})
                sock.close()

    def _handle(self, msg: dict[str, Any], fds: list[int]) -> None:
        if len(fds) != 3:
            for fd in fds:
                os.close(fd)
            return
        status = socket.socket(fileno=fds[0])
        report_fd, log_fd = fds[1], fds[2]
        try:
            pid = os.fork()
        except OSError as exc:
            send(status, {"error": f"fork failed: {exc}"})
            status.close()
            os.close(report_fd)
            os.close(log_fd)
            return
        if pid == 0:
            self._child(msg, status, report_fd, log_fd)  # never returns
        os.close(report_fd)
        os.close(log_fd)
        try:
            pidfd = os.pidfd_open(pid)
            try:
                send(status, {"pid": pid}, [pidfd])
            finally:
                os.close(pidfd)
        except OSError:
            # The host gave up on this kernel; it must not run unobserved.
            os.kill(pid, signal.SIGKILL)
        self.children[pid] = status

    def _child(self, msg: dict[str, Any], status: socket.socket, report_fd: int, log_fd: int) -> None:
        code = launcher.EXIT_LAUNCH
        try:
            template = os.getppid()
            # First of all: hold nothing of the template's but what this kernel needs. Sockets are detached
            # before their descriptors are closed, so no finaliser ever closes a number reused later.
            for sock in (self.chan, status, *self.children.values()):
                sock.detach()
            signal.set_wakeup_fd(-1)
            os.dup2(log_fd, 1)
            os.dup2(log_fd, 2)
            report_fd = _keep_only(report_fd)
            os.setsid()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            code = launcher.EXIT_CONFINEMENT
            _become(msg, report_fd, template)
            code = 0
        except SystemExit as exc:  # the kernel's own way out after shutdown
            code = exc.code if isinstance(exc.code, int) else 0
        except BaseException as exc:
            try:
                sys.stderr.write(f"notebook-agent sandbox: forked kernel failed: {exc!r}\n")
                sys.stderr.flush()
            finally:
                os._exit(code or launcher.EXIT_LAUNCH)
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)


def _keep_only(report_fd: int) -> int:
    """Close every descriptor but 0-2 and the report pipe (moved to 3); returns its new number."""
    if report_fd != 3:
        os.dup2(report_fd, 3, inheritable=False)
        report_fd = 3
    os.closerange(4, os.sysconf("SC_OPEN_MAX"))
    return report_fd


def _become(msg: dict[str, Any], report_fd: int, template: int) -> None:
    """Turn this fresh child into a confined kernel, as the launcher would."""
    import tempfile

    import numpy

    spec = msg["spec"]
    tripwire = launcher.arm_tripwire(spec)
    # Not the work directory yet (see the launcher): it moves there after the final filter.
    os.chdir(spec["init_dir"])
    os.environ.clear()
    os.environ.update(msg["env"])
    sys.argv = ["notebook-agent-kernel"]
    tempfile.tempdir = None  # recomputed from this kernel's TMPDIR
    numpy.random.seed()  # the template's global generator state is shared by every child otherwise
    with open(spec["connection_file"], "rb") as fh:
        connection = fh.read()
    t0 = time.perf_counter()
    try:
        report = launcher.confine(spec)
        report["startup_ms"] = {"confine": round((time.perf_counter() - t0) * 1000, 1)}
    except Exception as exc:
        launcher._fail(launcher.EXIT_CONFINEMENT, f"confinement failed: {exc}")
        raise
    # Set after the uid change (which clears it): the kernel ends with the template, which ends with the host.
    ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != template:
        launcher._fail(launcher.EXIT_LAUNCH, "the fork server ended while the kernel started")
    report["start"] = "fork"
    launcher.become_kernel(spec, report, connection, report_fd, tripwire)


def main(argv: list[str] | None = None) -> None:
    """Entry point: ``python -I -B -m notebook_agent.sandbox.forkserver FD``."""
    args = sys.argv[1:] if argv is None else argv
    chan = socket.socket(fileno=int(args[0]))
    # Like the app: a kernel sharing our uid (shared mode) must not read our memory or /proc files.
    ctypes.CDLL(None).prctl(launcher._PR_SET_DUMPABLE, 0, 0, 0, 0)
    try:
        info = prepare_template()
    except BaseException as exc:
        send(chan, {"error": f"{type(exc).__name__}: {exc}"})
        sys.exit(1)
    send(chan, {"ready": True, **info})
    _Server(chan).run()


if __name__ == "__main__":
    main()
