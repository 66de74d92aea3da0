"""The attack suite: code run inside a confined kernel, and a check of its effect on the world outside.

Shared by both modes: tests/test_attacks.py (root: a per-session uid) and tests/test_attacks_shared.py (the CLI as
uid 1000). Every case is an :class:`Attack`: a code template (``string.Template``, ``${name}`` placeholders filled
from :attr:`World.params`), an optional ``setup`` that builds what the attack aims at (secret files, listeners, a
sentinel process, ...), and a ``check`` that proves by effect that the attack failed: the secret is absent from
every output, the listener accepted nothing, the sentinel is alive, the file outside is unchanged.

The code never contains a secret (the runner asserts it): it gets paths, ports, pids and prefixes only, so a
secret that shows up in an output can only have been read from where it was kept.
"""

from __future__ import annotations

import ast
import contextlib
import ctypes
import errno
import json
import mmap
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from string import Template
from typing import Any

SECRET_PREFIX = "NASECRET"
ALIVE = "ALIVE-OK"

# -- what every attack cell starts with -------------------------------------------------------------------------
PRELUDE = textwrap.dedent('''
    import ctypes, errno, os, signal, socket, sys, time
    _libc = ctypes.CDLL(None, use_errno=True)
    _libc.syscall.restype = ctypes.c_long

    def _sys(nr, *args):
        """A raw system call: (result, errno)."""
        ctypes.set_errno(0)
        conv = [ctypes.c_long(a) if isinstance(a, int) else a for a in args]
        res = _libc.syscall(ctypes.c_long(nr), *conv)
        return res, ctypes.get_errno()

    def _try(label, fn, *args, **kwargs):
        """Run one attempt; print what it returned (so any leak is in the output) or why it failed."""
        try:
            res = fn(*args, **kwargs)
        except Exception as exc:
            print(f"DENIED {label}: {type(exc).__name__}: {exc}")
            return None
        text = res.decode("latin-1") if isinstance(res, (bytes, bytearray)) else repr(res)
        print(f"DONE {label}: {text[:20000]}")
        return res

    _APP_PIDS = sorted({os.getppid(), ${app_pid}} - {0})  # the kernel's parent (app or fork server) and the app
    # When the app's pid is not known in advance (shared mode: the CLI started the fork server just before), read
    # attempts also go to the pids just below the parent. Only reads: signals stay aimed at known processes.
    _READ_PIDS = _APP_PIDS if ${app_pid} else sorted({*_APP_PIDS, *range(max(2, os.getppid() - 32), os.getppid())})

    def _read(path, mode="rb", size=1 << 20):
        with open(path, mode) as fh:
            return fh.read(size)

    def _fd_links():
        out = []
        for n in os.listdir("/proc/self/fd"):
            try:
                out.append(os.readlink(f"/proc/self/fd/{n}"))
            except OSError:
                pass
        return sorted(out)

    def _status(*keys):
        with open("/proc/self/status") as fh:
            return {k: v.strip() for k, _, v in (line.partition(":") for line in fh) if k in keys}

    def _workdir():
        time.sleep(0.5)
        print("WORKDIR:", sorted(os.listdir(".")))

    def _handshake(timeout=30):
        """Tell the test we are ready (a file in the work dir) and wait until it has acted."""
        open("ready-${token}", "w").close()
        end = time.time() + timeout
        while time.time() < end and not os.path.exists("done-${token}"):
            time.sleep(0.05)
        print("HANDSHAKE", os.path.exists("done-${token}"))
''')


# -- outcome of one run -------------------------------------------------------------------------------------------
def output_text(out: Mapping[str, Any]) -> str:
    """All text of one nbformat output (stream, error, display data)."""
    kind = out.get("output_type")
    if kind == "stream":
        return str(out.get("text", ""))
    if kind == "error":
        return "\n".join([str(out.get("ename", "")), str(out.get("evalue", "")), *map(str, out.get("traceback", []))])
    return "\n".join(v if isinstance(v, str) else json.dumps(v) for v in out.get("data", {}).values())


@dataclass
class Outcome:
    """What the attacker's cell produced, as seen by the app."""

    status: str
    stdout: str
    text: str  # everything visible: outputs of every kind, error, notes
    notes: list[str]
    error: dict[str, Any] | None
    restarted: bool
    alive: bool  # the kernel answered after the attack (marker in the same cell, next cell)
    returncode: int | None = None  # shared mode: exit status of the CLI
    kernel_pid: int | None = None  # root mode: the kernel's pid before the cell
    outputs: list[Mapping[str, Any]] = field(default_factory=list)

    def lines(self, prefix: str) -> list[str]:
        """stdout lines starting with `prefix`."""
        return [line for line in self.stdout.splitlines() if line.startswith(prefix)]

    def value(self, prefix: str) -> Any:
        """The Python literal printed after `prefix` (e.g. `WORKDIR: [...]`); fails if absent."""
        found = self.lines(prefix)
        assert found, f"the cell printed no {prefix!r} line:\n{self.text[-3000:]}"
        return ast.literal_eval(found[-1][len(prefix) :].strip())

    def workdir(self) -> list[str]:
        """The work-dir listing the cell printed after its attempts."""
        return list(self.value("WORKDIR:"))


# -- the world outside the sandbox --------------------------------------------------------------------------------
class Listener:
    """A socket the test opens; `received()` says whether anything reached it."""

    def __init__(self, family: int, kind: int, address: Any, path: str | None = None) -> None:
        self.sock = socket.socket(family, kind)
        self.kind = kind
        if family == socket.AF_INET6:
            self.sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        self.sock.bind(address)
        if path:
            os.chmod(path, 0o777)  # no file permission in the way: only the sandbox may refuse
        if kind == socket.SOCK_STREAM:
            self.sock.listen(16)
        self.sock.setblocking(False)
        self.path = path
        self.address = self.sock.getsockname()
        self._got: list[tuple[str, bytes]] = []

    @property
    def port(self) -> int:
        return int(self.address[1])

    def received(self, wait: float = 0.3) -> list[tuple[str, bytes]]:
        """Every connection or datagram that arrived (waits up to `wait` s for late ones)."""
        end = time.monotonic() + wait
        while True:
            ready, _, _ = select.select([self.sock], [], [], max(0.0, end - time.monotonic()))
            if not ready:
                return self._got
            if self.kind == socket.SOCK_STREAM:
                conn, _ = self.sock.accept()
                conn.settimeout(0.3)
                try:
                    data = conn.recv(4096)
                except OSError:
                    data = b""
                conn.close()
                self._got.append(("connection", data))
            else:
                self._got.append(("datagram", self.sock.recv(65536)))

    def close(self) -> None:
        self.sock.close()
        if self.path:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)


SENTINEL_CODE = textwrap.dedent("""
    import ctypes, os, sys, time
    secret = sys.stdin.readline().strip().encode()
    buf = ctypes.create_string_buffer(secret, len(secret) + 1)
    fd = os.open(sys.argv[1], os.O_RDONLY)
    print(os.getpid(), ctypes.addressof(buf), len(secret), fd, flush=True)
    while True:
        time.sleep(3600)
""")


def _proc_stat(pid: int) -> list[str]:
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        raw = fh.read()
    return raw[raw.rindex(")") + 2 :].split()  # fields from 3 (state) on


class Sentinel:
    """A process the test starts (as the kernel's uid): a secret in memory, in its environment, behind an fd."""

    def __init__(self, uid: int, gid: int, secret: str, env_secret: str, fd_file: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SENTINEL_CODE, fd_file],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={"PATH": "/usr/bin:/bin", "NA_SENTINEL_SECRET": env_secret},
            user=uid,
            group=gid,
            extra_groups=[],
            start_new_session=True,
            cwd="/",
            text=True,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(secret + "\n")
        self.proc.stdin.close()
        fields = self.proc.stdout.readline().split()
        assert len(fields) == 4, f"sentinel did not start: {fields}"
        self.pid, self.addr, self.length, self.fd = (int(x) for x in fields)
        self.secret = secret
        self.starttime = _proc_stat(self.pid)[19]
        self.baseline = self.snapshot()

    def state(self) -> str:
        try:
            st = _proc_stat(self.pid)
        except FileNotFoundError:
            return "gone"
        return st[0] if st[19] == self.starttime else "replaced"

    def assert_alive(self) -> None:
        """Still running, not stopped, not traced, and the same process."""
        time.sleep(0.1)
        assert self.proc.poll() is None, f"sentinel {self.pid} died (exit {self.proc.returncode})"
        state = self.state()
        assert state in ("S", "R", "D"), f"sentinel {self.pid} is in state {state!r}"
        tracer = _status_field(self.pid, "TracerPid")
        assert tracer == "0", f"sentinel {self.pid} is traced by {tracer}"

    def memory(self) -> bytes:
        """The sentinel's secret buffer, read by the (root) test through /proc."""
        with open(f"/proc/{self.pid}/mem", "rb", buffering=0) as fh:
            fh.seek(self.addr)
            return fh.read(self.length)

    def snapshot(self) -> dict[str, str]:
        """Scheduling and limits, to prove nobody changed them."""
        st = _proc_stat(self.pid)
        with open(f"/proc/{self.pid}/limits", encoding="ascii") as fh:
            limits = [line for line in fh if line.startswith(("Max open files", "Max address space"))]
        libc = ctypes.CDLL(None, use_errno=True)
        libc.syscall.restype = ctypes.c_long
        ioprio = libc.syscall(ctypes.c_long(252), ctypes.c_long(1), ctypes.c_long(self.pid))  # ioprio_get
        return {
            "nice": st[16],
            "policy": st[38],
            "cpus": _status_field(self.pid, "Cpus_allowed_list"),
            "limits": "".join(limits),
            "ioprio": str(ioprio),
        }

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


def _status_field(pid: int | str, key: str) -> str:
    with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return line.split(":", 1)[1].strip()
    raise KeyError(key)


@dataclass
class Victim:
    """Another live session: its sandbox, ipc sockets, key and the secret it keeps in its work dir."""

    root: Path
    work: Path
    uid: int
    secret: str
    file_name: str
    key: str
    sockets: dict[str, str]
    listener: Listener | None = None
    alive_after: bool | None = None


class World:
    """One case's outside world: a directory outside any sandbox, secrets, sockets, processes; all cleaned up."""

    def __init__(
        self,
        mode: str,
        kernel_uid: int,
        kernel_gid: int,
        app_uid: int,
        app_dir: Path,
        work_pattern: str,
        global_secrets: dict[str, str],
        kernel_pid: int | None = None,
        work_dir: Path | None = None,
        data_dir: Path | None = None,
    ) -> None:
        self.mode = mode
        self.kernel_uid, self.kernel_gid = kernel_uid, kernel_gid
        self.app_uid = app_uid
        self.app_dir = app_dir
        self.kernel_pid = kernel_pid
        self.work_dir = work_dir
        self.data_dir = data_dir
        self.work_pattern = work_pattern  # glob of the kernel's work dir (shared mode: not known in advance)
        self.token = uuid.uuid4().hex[:16]
        self.dir = Path(tempfile.mkdtemp(prefix="na-atk-", dir="/tmp"))
        self.dir.chmod(0o755)
        self.writable = self.dir / "open"
        self.writable.mkdir()
        self.writable.chmod(0o777)
        self.secrets: dict[str, str] = {}
        self.global_secrets = global_secrets
        self.notes: dict[str, Any] = {}
        self.victim: Victim | None = None
        self.needs_victim = False
        self._cleanups: list[Callable[[], None]] = []
        self._during: Callable[[Path], None] | None = None
        self._thread: threading.Thread | None = None
        self._thread_error: BaseException | None = None
        self.params: dict[str, str] = {
            "token": self.token,
            "prefix": SECRET_PREFIX,
            "world_dir": str(self.dir),
            "writable_dir": str(self.writable),
            "app_dir": str(app_dir),
            "tmp_target": f"/tmp/na-atk-{self.token}",
            # The app (this test process) when it is known in advance; the kernel's parent may instead be the
            # fork server, so the app-facing attacks aim at both.
            "app_pid": str(os.getpid() if mode == "root" else 0),
        }
        self.add_cleanup(lambda: [Path(p).unlink() for p in Path("/tmp").glob(f"na-atk-{self.token}*")])
        self.add_cleanup(lambda: [Path(p).unlink() for p in Path("/dev/shm").glob(f"na-atk-{self.token}*")])

    # secrets and files
    def secret(self, label: str) -> str:
        value = f"{SECRET_PREFIX}-{label}-{uuid.uuid4().hex}"
        self.secrets[label] = value
        return value

    def secret_file(self, label: str, owner: int, mode: int, directory: Path | None = None) -> Path:
        directory = directory or self.dir
        path = directory / f"{label}-{self.token}.txt"
        path.write_text(self.secret(label) + "\n")
        os.chown(path, owner, owner)
        path.chmod(mode)
        self.add_cleanup(lambda: path.unlink(missing_ok=True))
        return path

    def app_file(self, label: str = "app") -> Path:
        """A 0600 file of the app's uid (root, or uid 1000 in shared mode) beside the app's data."""
        path = self.secret_file(label, self.app_uid, 0o600, self.app_dir)
        self.params[f"{label}_file"] = str(path)
        return path

    def world_file(self) -> Path:
        """A world-readable secret file (0644, root) outside the sandbox."""
        path = self.secret_file("world", 0, 0o644)
        self.params["world_file"] = str(path)
        self.params["world_file_name"] = path.name
        return path

    # sockets
    def listener(self, name: str, family: int, kind: int, address: Any = None) -> Listener:
        path = None
        if address is None:  # a pathname unix socket in a world-writable directory
            address = str(self.writable / f"{name}.sock")
        if isinstance(address, str) and not address.startswith("\0"):
            path = address
        lst = Listener(family, kind, address, path)
        self.add_cleanup(lst.close)
        self.notes.setdefault("listeners", {})[name] = lst
        if family in (socket.AF_INET, socket.AF_INET6):
            self.params[f"{name}_port"] = str(lst.port)
        elif path:
            self.params[f"{name}_path"] = path
        else:
            self.params[f"{name}_name"] = address[1:].decode() if isinstance(address, bytes) else address[1:]
        return lst

    def assert_nothing_received(self) -> None:
        for name, lst in self.notes.get("listeners", {}).items():
            got = lst.received()
            assert not got, f"listener {name} ({lst.address}) received {got!r}"

    # processes
    def sentinel(self) -> Sentinel:
        fd_file = self.secret_file("sentinel-fd", self.kernel_uid, 0o600)
        sent = Sentinel(
            self.kernel_uid, self.kernel_gid, self.secret("sentinel-mem"), self.secret("sentinel-env"), str(fd_file)
        )
        self.add_cleanup(sent.close)
        self.notes["sentinel"] = sent
        self.params.update(
            sentinel_pid=str(sent.pid),
            sentinel_addr=str(sent.addr),
            sentinel_len=str(sent.length),
            sentinel_fd=str(sent.fd),
        )
        return sent

    @property
    def the_sentinel(self) -> Sentinel:
        return self.notes["sentinel"]

    # a hook that runs while the cell waits in _handshake()
    def during(self, fn: Callable[[Path], None]) -> None:
        self._during = fn

    def start_during(self) -> None:
        if self._during is None:
            return

        def run() -> None:
            try:
                work = self._wait_for(f"ready-{self.token}")
                assert self._during is not None
                self._during(work)
                done = work / f"done-{self.token}"
                done.touch()
                os.chown(done, self.kernel_uid, self.kernel_gid)
            except BaseException as exc:  # reported by join_during
                self._thread_error = exc

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()

    def _wait_for(self, name: str, timeout: float = 90) -> Path:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            found = sorted(Path("/").glob(self.work_pattern.lstrip("/") + "/" + name))
            if found:
                return found[0].parent
            time.sleep(0.05)
        raise AssertionError(f"the cell never signalled {name}")

    def join_during(self) -> None:
        if self._thread is not None:
            self._thread.join(timeout=120)
            if self._thread_error is not None:
                raise self._thread_error

    # bookkeeping
    def add_cleanup(self, fn: Callable[[], Any]) -> None:
        self._cleanups.append(fn)

    def all_secrets(self) -> dict[str, str]:
        return {**self.global_secrets, **self.secrets}

    def close(self) -> None:
        for fn in reversed(self._cleanups):
            with contextlib.suppress(Exception):
                fn()
        shutil.rmtree(self.dir, ignore_errors=True)


# -- the catalogue --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Attack:
    """One attack: code for the kernel, what to set up around it, and how to tell it failed."""

    name: str
    code: str
    check: Callable[[World, Outcome], None]
    setup: Callable[[World], None] | None = None
    group: str | None = None  # shared mode: cases of a group run in one CLI exec; None = an exec of its own
    fresh: bool = False  # root mode: a kernel of its own (the attack could damage a shared one)
    profile: str | None = None
    timeout: float = 60
    wrap: bool = True  # run inside try/except, then print the ALIVE marker
    expect_alive: bool = True
    xfail: Mapping[str, str] = field(default_factory=dict)  # mode -> reason (a known hole; strict)

    def render(self, world: World) -> str:
        body = Template(textwrap.dedent(self.code).strip("\n")).substitute(world.params)
        prelude = Template(PRELUDE).substitute(world.params)
        begin, end = f'print("=====BEGIN {self.name}=====")', f'print("=====END {self.name}=====")'
        if not self.wrap:
            return f"{prelude}\n{begin}\n{body}\n"
        return (
            f"{prelude}\n{begin}\ntry:\n{textwrap.indent(body, '    ')}\nexcept Exception as _exc:\n"
            f"    print('ATTACK-RAISED', type(_exc).__name__, _exc)\nprint('ALIVE' + '-OK')\n{end}\n"
        )


ATTACKS: list[Attack] = []


def attack(
    name: str, code: str, **kwargs: Any
) -> Callable[[Callable[[World, Outcome], None]], Callable[[World, Outcome], None]]:
    """Register a case; the decorated function is its check."""

    def register(check: Callable[[World, Outcome], None]) -> Callable[[World, Outcome], None]:
        assert all(a.name != name for a in ATTACKS), name
        ATTACKS.append(Attack(name, code, check, **kwargs))
        return check

    return register


def no_check(w: World, o: Outcome) -> None:
    """Only the checks every case gets: no secret visible, kernel alive."""


def _files_absent(w: World, o: Outcome, prefix: str) -> None:
    """No entry named `prefix`... in the work dir: listed by the cell itself and, in root mode, by the host."""
    made = [n for n in o.workdir() if n.startswith(prefix)]
    assert not made, f"a child process ran: it created {made}"
    if w.work_dir is not None:
        made = [p.name for p in w.work_dir.glob(prefix + "*")]
        assert not made, f"a child process ran: it created {made}"


def _status_ids(o: Outcome) -> dict[str, str]:
    return dict(o.value("STATUS"))


def _assert_identity_unchanged(w: World, o: Outcome) -> None:
    st = _status_ids(o)
    uid, gid = str(w.kernel_uid), str(w.kernel_gid)
    assert st["Uid"].split() == [uid] * 4, f"uid changed: {st['Uid']}"
    assert st["Gid"].split() == [gid] * 4, f"gid changed: {st['Gid']}"
    assert st.get("Groups", "") == "", f"groups changed: {st['Groups']}"
    assert int(st["CapEff"], 16) == 0 and int(st["CapPrm"], 16) == 0, st
    if w.kernel_pid:
        assert _status_field(w.kernel_pid, "Uid").split() == [uid] * 4


# ==== host secrets ================================================================================================
def _setup_files(w: World) -> None:
    w.world_file()
    w.app_file()


@attack(
    "world_readable_file",
    """
    _try("open", _read, "${world_file}")
    _try("os.open", lambda: os.read(os.open("${world_file}", os.O_RDONLY), 4096))
    _try("openat2", lambda: os.read(_sys(437, -100, b"${world_file}", (ctypes.c_uint64 * 3)(0, 0, 0), 24)[0], 4096))
    _try("numpy.fromfile", lambda: __import__("numpy").fromfile("${world_file}", dtype="uint8").tobytes())
    _try("pandas.read_csv", lambda: __import__("pandas").read_csv("${world_file}", header=None).to_string())
    _try("listdir", os.listdir, "${world_dir}")
""",
    setup=_setup_files,
    group="files",
)
def _check_world_file(w: World, o: Outcome) -> None:
    assert len(o.lines("DENIED")) >= 4, o.text


@attack(
    "app_uid_file",
    """
    _try("open", _read, "${app_file}")
    _try("listdir", os.listdir, "${app_dir}")
    _try("io.open", lambda: __import__("io").FileIO("${app_file}").read())
""",
    setup=_setup_files,
    group="files",
)
def _check_app_file(w: World, o: Outcome) -> None:
    no_check(w, o)


@attack(
    "app_env_marker",
    """
    print("ENVIRON", dict(os.environ))
    _try("getenv", os.environ.get, "NA_ATTACK_SECRET")
    _try("self-environ", lambda: _read("/proc/self/environ").replace(b"\\0", b"\\n"))
""",
    group="app",
)
def _check_env(w: World, o: Outcome) -> None:
    env = o.value("ENVIRON")
    assert "NA_ATTACK_SECRET" not in env, env
    assert not any(k.endswith(("_KEY", "_TOKEN")) for k in env), env


def _setup_app_environ(w: World) -> None:
    if w.mode == "root":
        # The app is this test process: every entry of its environment is a secret for the kernel.
        from notebook_agent.sandbox.profiles import load_profile
        from notebook_agent.sandbox.sandbox import kernel_environment

        kernel_keys = set(kernel_environment(Path("/x"), load_profile("default")))
        raw = Path("/proc/self/environ").read_bytes().split(b"\0")
        entries = [e.decode(errors="replace") for e in raw if b"=" in e]
        for i, entry in enumerate(entries):
            key = entry.split("=", 1)[0]
            if len(entry) >= 10 and key not in kernel_keys and key not in ("TERM", "PAGER", "GIT_PAGER"):
                w.secrets[f"app-environ-{i}"] = entry
        assert any(k.startswith("app-environ") for k in w.secrets), "the test process has no usable environment"


@attack(
    "app_proc_environ",
    """
    print("TARGETS", _READ_PIDS)
    for _ppid in _READ_PIDS:
        _try(f"environ {_ppid}", lambda: _read(f"/proc/{_ppid}/environ").replace(b"\\0", b"\\n"))
        _try(f"task-environ {_ppid}", lambda: _read(f"/proc/{_ppid}/task/{_ppid}/environ").replace(b"\\0", b"\\n"))
        _try(f"symlink {_ppid}", lambda: (os.symlink(f"/proc/{_ppid}/environ", f"env-{_ppid}-${token}"),
                                          _read(f"env-{_ppid}-${token}"))[1])
""",
    setup=_setup_app_environ,
    group="app",
)
def _check_app_environ(w: World, o: Outcome) -> None:
    if w.mode == "root":
        assert os.getpid() in o.value("TARGETS"), "the app (this test process) must be among the targets"


@attack(
    "app_proc_mem",
    """
    def _scan(_ppid):
        found = []
        with open(f"/proc/{_ppid}/mem", "rb", buffering=0) as mem:
            try:
                maps = _read(f"/proc/{_ppid}/maps").decode().splitlines()
            except OSError:
                maps = _read("/proc/self/maps").decode().splitlines()  # guess: a similar layout
            budget = 768 << 20
            for line in maps:
                span, perms = line.split()[:2]
                lo, hi = (int(x, 16) for x in span.split("-"))
                if "r" not in perms or budget <= 0:
                    continue
                size = min(hi - lo, 64 << 20, budget)
                budget -= size
                try:
                    mem.seek(lo)
                    data = mem.read(size)
                except OSError:
                    continue
                i = data.find(b"${prefix}")
                while i >= 0 and len(found) < 200:
                    found.append(data[i:i + 100])
                    i = data.find(b"${prefix}", i + 1)
        return b"\\n".join(found)
    for _ppid in _READ_PIDS:
        _try(f"mem {_ppid}", _scan, _ppid)
        _try(f"process_vm_readv {_ppid}", lambda: _sys(310, _ppid, 0, 0, 0, 0, 0))
""",
    group="app",
)
def _check_app_mem(w: World, o: Outcome) -> None:
    no_check(w, o)


def _setup_cmdline(w: World) -> None:
    if w.mode == "root":
        argv = Path("/proc/self/cmdline").read_bytes().rstrip(b"\0").split(b"\0")
        w.secrets["app-cmdline"] = " ".join(a.decode() for a in argv)


@attack(
    "app_proc_cmdline",
    """
    for _ppid in _READ_PIDS:
        _try(f"cmdline {_ppid}", lambda: _read(f"/proc/{_ppid}/cmdline").replace(b"\\0", b" "))
        _try(f"stat {_ppid}", _read, f"/proc/{_ppid}/stat")
        _try(f"task-cmdline {_ppid}", lambda: _read(f"/proc/{_ppid}/task/{_ppid}/cmdline").replace(b"\\0", b" "))
""",
    setup=_setup_cmdline,
    group="app",
)
def _check_cmdline(w: World, o: Outcome) -> None:
    assert any(k.startswith("app-cmdline") for k in w.all_secrets())


@attack(
    "fork_server_channel",
    """
    import array, json
    # A forked kernel must hold no descriptor of the fork server's request channel: if it did, this request
    # would make the template (root, unconfined) copy the secret file into the writable directory.
    _r, _w = os.pipe()
    _spec = {"connection_file": "${world_file}", "kernel_connection_file": "${writable_dir}/stolen-${token}",
             "uid": None, "gid": None, "rlimits": {}, "required_layers": [], "seccomp": "/nonexistent",
             "landlock": {"read_exec": ["/"], "read": ["/"], "read_write": ["/"], "deny_tcp": False,
                          "scope_abstract_unix": False, "scope_signals": False}, "kernel_args": []}
    _msg = json.dumps({"spec": _spec, "cwd": "/", "env": {}}).encode()
    _tried = []
    for _n in range(3, 1024):
        try:
            _d = os.dup(_n)
        except OSError:
            continue
        try:
            _s = socket.socket(fileno=_d)
        except OSError:
            os.close(_d)  # not a socket; leaking it would use up the descriptors the kernel itself needs
            continue
        if _s.type != socket.SOCK_STREAM:  # ZMQ's own sockets are streams; the fork channel is not
            _tried.append((_n, int(_s.type)))
            _try(f"request on {_n}", _s.sendmsg, [_msg],
                 [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [_n, _r, _w]))])
        _s.close()
    print("TRIED", _tried)
    time.sleep(1.0)
""",
    setup=lambda w: w.world_file(),
    group="app",
)
def _check_fork_channel(w: World, o: Outcome) -> None:
    stolen = list(w.writable.glob(f"stolen-{w.token}*"))
    assert not stolen, f"a request from the kernel reached the fork server: {stolen}"


def _setup_proc_net(w: World) -> None:
    # A socket of "another program" whose path is the secret: /proc/net/unix lists every socket path of the host.
    name = w.secret("socket-path")
    w.listener("named", socket.AF_UNIX, socket.SOCK_STREAM, str(w.writable / name))
    w.params.pop("named_path")  # the attack must find it by itself


@attack(
    "proc_self_net",
    """
    _try("net/unix", _read, "/proc/self/net/unix")
    _try("net/tcp", _read, "/proc/net/tcp")
    _try("net/dev", _read, "/proc/self/net/dev")
""",
    setup=_setup_proc_net,
    group="app",
)
def _check_proc_net(w: World, o: Outcome) -> None:
    no_check(w, o)


def _setup_app_fd(w: World) -> None:
    path = w.app_file()
    if w.mode == "root":  # the app (this process) holds an open descriptor on a file the kernel may not read
        fd = os.open(path, os.O_RDONLY)
        w.add_cleanup(lambda: os.close(fd))


@attack(
    "app_proc_fd",
    """
    _got = []
    for _ppid in _READ_PIDS:
        _try(f"list-fds {_ppid}", os.listdir, f"/proc/{_ppid}/fd")
        for _n in range(0, 256):
            try:
                _got.append(_read(f"/proc/{_ppid}/fd/{_n}", size=4096))
            except OSError:
                pass
        _try(f"fdinfo {_ppid}", _read, f"/proc/{_ppid}/fdinfo/0")
    print("APPFDS", _got)
""",
    setup=_setup_app_fd,
    group="app",
)
def _check_app_fd(w: World, o: Outcome) -> None:
    assert o.value("APPFDS") == [], "an fd of the app could be reopened"


def _setup_pid1(w: World) -> None:
    with contextlib.suppress(OSError):
        w.secrets["pid1-cmdline"] = Path("/proc/1/cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
    with contextlib.suppress(OSError):
        for i, entry in enumerate(Path("/proc/1/environ").read_bytes().split(b"\0")):
            if len(entry) >= 10:
                w.secrets[f"pid1-environ-{i}"] = entry.decode(errors="replace")


@attack(
    "pid1_environ",
    """
    _try("pid1-environ", lambda: _read("/proc/1/environ").replace(b"\\0", b"\\n"))
    _try("pid1-cmdline", lambda: _read("/proc/1/cmdline").replace(b"\\0", b" "))
    _try("pid1-via-self", lambda: _read("/proc/self/../1/environ"))
""",
    setup=_setup_pid1,
    group="app",
)
def _check_pid1(w: World, o: Outcome) -> None:
    leaked = [line for line in o.lines("DONE pid1") if line.split(":", 1)[1].strip()]
    assert not leaked, leaked


def _setup_run_dir(w: World) -> None:
    secret_holder: dict[str, Path] = {}

    def plant(work: Path) -> None:  # the app's private runtime dir of this very session
        run_dir = work.parent.parent.parent / "run" / work.parent.name
        path = run_dir / "hostsecret.txt"
        path.write_text(w.secret("run-dir") + "\n")
        os.chown(path, w.app_uid, w.app_uid)
        path.chmod(0o600)
        secret_holder["path"] = path

    w.during(plant)
    w.add_cleanup(lambda: secret_holder["path"].unlink(missing_ok=True) if "path" in secret_holder else None)


@attack(
    "host_private_run_dir",
    """
    _handshake()
    _root = os.path.dirname(os.getcwd())
    _sid = os.path.basename(_root)
    _data = os.path.dirname(os.path.dirname(_root))
    for _name in ("hostsecret.txt", "connection.json", "launch.json", "kernel.log", "host-private.log"):
        _try(_name, _read, f"{_data}/run/{_sid}/{_name}")
    _try("list-run", os.listdir, f"{_data}/run")
    _try("list-own-run", os.listdir, f"{_data}/run/{_sid}")
    _try("list-data", os.listdir, _data)
    _try("symlink", lambda: (os.symlink(f"{_data}/run/{_sid}/hostsecret.txt", "hs-${token}"), _read("hs-${token}"))[1])
""",
    setup=_setup_run_dir,
)
def _check_run_dir(w: World, o: Outcome) -> None:
    assert "HANDSHAKE True" in o.text
    assert "hmac-sha256" not in o.text, "the host's connection file was read"
    assert "seccomp" not in "".join(o.lines("DONE launch.json")), "the launch spec was read"


@attack(
    "proc_magic_links",
    """
    _try("proc-self-root", _read, "/proc/self/root${world_file}")
    _try("proc-thread-self-root", _read, "/proc/thread-self/root${world_file}")
    _try("cwd-dotdot", _read, os.getcwd() + "/../../../../../../../.." + "${world_file}")
    _try("proc-self-cwd", _read, "/proc/self/cwd/../../../../../../../..${world_file}")
    _try("proc-self-dotdot", _read, "/proc/self/../self/../1/cmdline")
    _try("fd-dotdot", lambda: _read(f"/proc/self/fd/{os.open('.', os.O_RDONLY)}/../../../../../..${world_file}"))
""",
    setup=_setup_files,
    group="files",
)
def _check_magic(w: World, o: Outcome) -> None:
    no_check(w, o)


def _setup_links(w: World) -> None:
    _setup_files(w)
    path = w.secret_file("kernel-owned", w.kernel_uid, 0o600)
    w.params["kernel_owned_file"] = str(path)


@attack(
    "symlink_escape",
    """
    for _i, _target in enumerate(["${world_file}", "${app_file}", "${kernel_owned_file}", "${world_dir}"]):
        _try(f"symlink {_i}", os.symlink, _target, f"sym{_i}-${token}")
        _try(f"read {_i}", _read, f"sym{_i}-${token}")
    _try("read-through-dir-link", _read, "sym3-${token}/${world_file_name}")
""",
    setup=_setup_links,
    group="files",
)
def _check_symlink(w: World, o: Outcome) -> None:
    no_check(w, o)


@attack(
    "hardlink_escape",
    """
    for _i, _target in enumerate(["${world_file}", "${app_file}", "${kernel_owned_file}"]):
        _try(f"link {_i}", os.link, _target, f"hl{_i}-${token}")
        _try(f"read {_i}", _read, f"hl{_i}-${token}")
    _try("linkat-follow", os.link, "/proc/self/root${kernel_owned_file}", "hl9-${token}")
""",
    setup=_setup_links,
    group="files",
)
def _check_hardlink(w: World, o: Outcome) -> None:
    for key in ("world_file", "app_file", "kernel_owned_file"):
        links = os.stat(w.params[key]).st_nlink
        assert links == 1, f"{w.params[key]} got a new hard link ({links})"


@attack(
    "rename_into_sandbox",
    """
    _try("rename", os.rename, "${kernel_owned_file}", "stolen-${token}")
    _try("replace", os.replace, "${kernel_owned_file}", "stolen2-${token}")
    _try("shutil.move", __import__("shutil").move, "${kernel_owned_file}", "stolen3-${token}")
    _try("read", _read, "stolen-${token}")
    _workdir()
""",
    setup=_setup_links,
    group="files",
)
def _check_rename(w: World, o: Outcome) -> None:
    path = Path(w.params["kernel_owned_file"])
    assert path.read_text().strip() == w.secrets["kernel-owned"], "the outside file was moved or changed"
    assert not [n for n in o.workdir() if n.startswith("stolen")], o.workdir()


def _setup_inherited(w: World) -> None:
    if w.mode == "root":  # a host-private file of this kernel's: never to be reachable from the kernel
        log = Path(w.notes["host_dir"]) / "host-private.log"
        with open(log, "a") as fh:
            fh.write(w.secret("kernel-log") + "\n")
        w.notes["log"] = log


@attack(
    "reopen_inherited_fds",
    """
    _root = os.path.dirname(os.getcwd())
    for _n in sorted(os.listdir("/proc/self/fd"), key=int):
        try:
            _target = os.readlink(f"/proc/self/fd/{_n}")
        except OSError:
            continue
        if not _target.startswith("/") or _target.startswith(_root) or _target.startswith("/dev/"):
            continue
        print("OUTSIDE-FD", _n, _target)
        _try(f"reopen-read {_n}", _read, f"/proc/self/fd/{_n}")
        _try(f"reopen-trunc {_n}", os.open, f"/proc/self/fd/{_n}", os.O_WRONLY | os.O_TRUNC)
        _try(f"pread {_n}", os.pread, int(_n), 4096, 0)
""",
    setup=_setup_inherited,
    group="files",
)
def _check_inherited(w: World, o: Outcome) -> None:
    if "log" in w.notes:
        assert w.secrets["kernel-log"] in w.notes["log"].read_text(), "the app's kernel log was truncated"


def _setup_system_files(w: World) -> None:
    # World-readable system files: only Landlock keeps them from the kernel.
    w.secrets["etc-passwd"] = Path("/etc/passwd").read_text().splitlines()[0]
    w.secrets["proc-cmdline"] = Path("/proc/cmdline").read_text().strip()
    libc = ctypes.CDLL(None, use_errno=True)
    buf = ctypes.create_string_buffer(1 << 16)
    size = libc.klogctl(3, buf, len(buf))  # SYSLOG_ACTION_READ_ALL, as root
    lines = [line for line in buf.raw[: max(size, 0)].decode(errors="replace").splitlines() if len(line) > 40]
    if lines:
        w.secrets["kernel-log"] = lines[-1]


@attack(
    "system_files",
    """
    for _p in ("/etc/passwd", "/etc/shadow", "/etc/hostname", "/proc/cmdline", "/proc/mounts", "/proc/1/mountinfo",
               "/proc/kallsyms", "/proc/keys", "/root/.bash_history", "/dev/kmsg", "/sys/kernel/notes"):
        _try(_p, _read, _p, size=1 << 16)
    _klog = ctypes.create_string_buffer(1 << 16)
    _try("klogctl", lambda: (_libc.klogctl(3, _klog, 1 << 16), _klog.raw[:4096]))
    _try("home", os.listdir, "/home")
""",
    setup=_setup_system_files,
    group="files",
)
def _check_system_files(w: World, o: Outcome) -> None:
    no_check(w, o)


def _setup_posix_shm(w: World) -> None:
    path = Path(f"/dev/shm/na-atk-{w.token}")
    path.write_text(w.secret("posix-shm"))
    path.chmod(0o666)


@attack(
    "posix_shm",
    """
    _try("open", _read, "/dev/shm/na-atk-${token}")
    def _shm():
        from multiprocessing import shared_memory
        return bytes(shared_memory.SharedMemory(name="na-atk-${token}").buf[:200])
    _try("SharedMemory", _shm)
    _try("list", os.listdir, "/dev/shm")
""",
    setup=_setup_posix_shm,
    group="files",
)
def _check_posix_shm(w: World, o: Outcome) -> None:
    no_check(w, o)


def _setup_sysv(w: World) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.shmat.restype = ctypes.c_void_p
    key_shm, key_msg = (int(w.token[:7], 16) | 0x10000000), (int(w.token[7:14], 16) | 0x20000000)
    shmid = libc.shmget(key_shm, 4096, 0o1000 | 0o2000 | 0o666)  # IPC_CREAT | IPC_EXCL
    assert shmid >= 0, os.strerror(ctypes.get_errno())
    w.add_cleanup(lambda: libc.shmctl(shmid, 0, None))  # IPC_RMID
    addr = libc.shmat(shmid, None, 0)
    secret = w.secret("sysv-shm").encode()
    ctypes.memmove(addr, secret, len(secret))
    libc.shmdt(ctypes.c_void_p(addr))
    msqid = libc.msgget(key_msg, 0o1000 | 0o2000 | 0o666)
    assert msqid >= 0, os.strerror(ctypes.get_errno())
    w.add_cleanup(lambda: libc.msgctl(msqid, 0, None))
    text = w.secret("sysv-msg").encode()
    msg = ctypes.create_string_buffer(8 + len(text))
    ctypes.memmove(ctypes.addressof(msg), (1).to_bytes(8, "little") + text, 8 + len(text))
    assert libc.msgsnd(msqid, msg, len(text), 0) == 0
    w.params.update(shm_key=str(key_shm), msg_key=str(key_msg))
    w.notes["msqid"] = msqid


def _msg_count(msqid: int) -> int:
    for line in Path("/proc/sysvipc/msg").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1]) == msqid:
            return int(fields[4])
    raise AssertionError(f"message queue {msqid} vanished")


@attack(
    "sysv_ipc",
    """
    _libc.shmat.restype = ctypes.c_void_p
    def _shm():
        shmid = _libc.shmget(${shm_key}, 0, 0)
        if shmid < 0:
            return ("shmget", shmid, ctypes.get_errno())
        addr = _libc.shmat(shmid, None, 0o10000)
        if addr in (None, 2**64 - 1):
            return ("shmat", ctypes.get_errno())
        return ctypes.string_at(addr, 200)
    _try("shm", _shm)
    def _msg():
        msqid = _libc.msgget(${msg_key}, 0)
        if msqid < 0:
            return ("msgget", msqid, ctypes.get_errno())
        buf = ctypes.create_string_buffer(512)
        n = _libc.msgrcv(msqid, buf, 500, 0, 0o4000)
        return buf.raw[:8 + max(n, 0)]
    _try("msg", _msg)
""",
    setup=_setup_sysv,
    group="files",
)
def _check_sysv(w: World, o: Outcome) -> None:
    assert _msg_count(w.notes["msqid"]) == 1, "the message was taken from the queue"


# ==== another session =============================================================================================
def _setup_victim(w: World) -> None:
    w.needs_victim = True


@attack(
    "other_session_files",
    """
    _try("marker", _read, "${victim_work}/${victim_file}")
    _try("list-work", os.listdir, "${victim_work}")
    _try("list-root", os.listdir, "${victim_root}")
    _try("list-sandboxes", os.listdir, os.path.dirname("${victim_root}"))
    _try("kernel.json", _read, "${victim_root}/kernel.json")
    _try("symlink", lambda: (os.symlink("${victim_work}/${victim_file}", "v-${token}"), _read("v-${token}"))[1])
    _try("hardlink", lambda: (os.link("${victim_work}/${victim_file}", "vh-${token}"), _read("vh-${token}"))[1])
    _try("proc-root", _read, "/proc/self/root${victim_work}/${victim_file}")
    _try("write", lambda: open("${victim_work}/${pwned}", "w").write("pwned"))
    _try("rename-in", lambda: (open("x-${token}", "w").close(), os.rename("x-${token}", "${victim_work}/${pwned}")))
""",
    setup=_setup_victim,
)
def _check_victim_files(w: World, o: Outcome) -> None:
    v = w.victim
    assert v is not None
    assert v.alive_after, "the other session's kernel did not survive"
    assert not (v.work / w.params["pwned"]).exists(), "a file was written into the other session"
    assert v.key not in o.text, "the other session's connection key was read"


@attack(
    "other_session_ipc",
    """
    import hmac, hashlib, json, uuid
    _socks = ${victim_sockets}
    for _p in _socks:
        _try("unix-connect " + _p, lambda: socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).connect(_p))
        _try("socketpair-connect " + _p, lambda: socket.socketpair()[0].connect(_p))
        _try("dgram-sendto " + _p, lambda: socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)[0].sendto(b"x", _p))
    import zmq
    _ctx = zmq.Context()
    def _inject(path, key):
        s = _ctx.socket(zmq.DEALER)
        s.linger = 0
        s.connect("ipc://" + path)
        code = "open(" + repr("${pwned}") + ", 'w').write('pwned')"
        hdr = json.dumps({"msg_id": uuid.uuid4().hex, "username": "x", "session": uuid.uuid4().hex,
                          "msg_type": "execute_request", "version": "5.3"}).encode()
        content = json.dumps({"code": code, "silent": False, "store_history": False, "user_expressions": {},
                              "allow_stdin": False, "stop_on_error": True}).encode()
        parts = [hdr, b"{}", b"{}", content]
        sig = hmac.new(key.encode(), b"".join(parts), hashlib.sha256).hexdigest().encode()
        s.send_multipart([b"<IDS|MSG>", sig, *parts])
        return s.poll(1500)
    _try("zmq-shell", _inject, "${victim_shell}", "${victim_key}")
    _try("zmq-control", _inject, "${victim_control}", "${victim_key}")
    _ctx.destroy(linger=0)
    time.sleep(0.5)
""",
    setup=_setup_victim,
)
def _check_victim_ipc(w: World, o: Outcome) -> None:
    _check_victim_files(w, o)
    v = w.victim
    assert v is not None and v.listener is not None
    got = v.listener.received()
    assert not got, f"the socket in the other session's sandbox accepted {got}"
    assert "DONE zmq-shell: 0" in o.text or "DENIED zmq-shell" in o.text, "the other kernel answered"


def _setup_inotify(w: World) -> None:
    w.app_file()
    sandboxes = (w.data_dir / "sandboxes") if w.data_dir else None
    w.params["sandboxes_dir"] = str(sandboxes) if sandboxes else "/nonexistent"

    def create(work: Path) -> None:  # names the kernel should never learn: files appearing outside
        name = w.secret("inotify-name")
        for directory in (w.dir, w.app_dir):
            (directory / name).write_text("x")
            w.add_cleanup(lambda d=directory: (d / name).unlink(missing_ok=True))
        (work / ".." / ".." / name).resolve().mkdir()  # "another session" appearing in sandboxes/
        w.add_cleanup(lambda: (work.parent.parent / name).rmdir())
        time.sleep(0.2)

    w.during(create)


@attack(
    "inotify_watch",
    """
    _fd = _libc.inotify_init1(os.O_NONBLOCK)
    print("inotify_init1", _fd, ctypes.get_errno())
    for _p in ("${world_dir}", "${app_dir}", os.path.dirname(os.path.dirname(os.getcwd()))):
        print("watch", _p, _libc.inotify_add_watch(_fd, _p.encode(), 0xFFF), ctypes.get_errno())
    _handshake()
    time.sleep(0.3)
    if _fd >= 0:
        _try("events", os.read, _fd, 65536)
""",
    setup=_setup_inotify,
)
def _check_inotify(w: World, o: Outcome) -> None:
    assert "HANDSHAKE True" in o.text


# ==== network =====================================================================================================
@attack(
    "tcp4_connect",
    """
    _try("create_connection", lambda: socket.create_connection(("127.0.0.1", ${tcp4_port}), timeout=2).send(b"hi"))
    _try("socket.connect", lambda: socket.socket().connect(("127.0.0.1", ${tcp4_port})))
    _try("urllib", lambda: __import__("urllib.request").request.urlopen("http://127.0.0.1:${tcp4_port}/", timeout=2))
    _try("localhost", lambda: socket.create_connection(("localhost", ${tcp4_port}), timeout=2))
""",
    setup=lambda w: w.listener("tcp4", socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", 0)),
    group="net",
)
def _check_received_nothing(w: World, o: Outcome) -> None:
    w.assert_nothing_received()


@attack(
    "tcp6_connect",
    """
    _try("create_connection", lambda: socket.create_connection(("::1", ${tcp6_port}), timeout=2).send(b"hi"))
    _try("socket.connect", lambda: socket.socket(socket.AF_INET6).connect(("::1", ${tcp6_port})))
    _try("v4-mapped", lambda: socket.socket(socket.AF_INET6).connect(("::ffff:127.0.0.1", ${tcp6_port})))
""",
    setup=lambda w: w.listener("tcp6", socket.AF_INET6, socket.SOCK_STREAM, ("::1", 0)),
    group="net",
)
def _check_tcp6(w: World, o: Outcome) -> None:
    w.assert_nothing_received()


def _setup_tcp_listen(w: World) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    w.params["free_port"] = str(port)

    def probe(work: Path) -> None:
        results = {}
        for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
            with socket.socket(family) as s:
                s.settimeout(1)
                try:
                    s.connect((host, port))
                    results[host] = "connected"
                except OSError as exc:
                    results[host] = type(exc).__name__
        w.notes["probe"] = results

    w.during(probe)


@attack(
    "tcp_listen",
    """
    _servers = []
    for _fam, _host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
        def _listen(fam=_fam, host=_host):
            s = socket.socket(fam)
            s.bind((host, ${free_port}))
            s.listen()
            _servers.append(s)
            return s.getsockname()
        _try("listen " + _host, _listen)
    _handshake()
""",
    setup=_setup_tcp_listen,
)
def _check_tcp_listen(w: World, o: Outcome) -> None:
    assert "HANDSHAKE True" in o.text
    assert "connected" not in w.notes["probe"].values(), f"the kernel accepted connections: {w.notes['probe']}"


@attack(
    "udp4_sendto",
    """
    _try("sendto", lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"hi", ("127.0.0.1", ${udp4_port})))
    def _connected():
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.connect(("127.0.0.1", ${udp4_port}))
        return s.send(b"hi")
    _try("connect+send", _connected)
""",
    setup=lambda w: w.listener("udp4", socket.AF_INET, socket.SOCK_DGRAM, ("127.0.0.1", 0)),
    group="net",
)
def _check_udp4(w: World, o: Outcome) -> None:
    w.assert_nothing_received()


@attack(
    "udp6_sendto",
    """
    _try("sendto", lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).sendto(b"hi", ("::1", ${udp6_port})))
""",
    setup=lambda w: w.listener("udp6", socket.AF_INET6, socket.SOCK_DGRAM, ("::1", 0)),
    group="net",
)
def _check_udp6(w: World, o: Outcome) -> None:
    w.assert_nothing_received()


@attack(
    "raw_socket",
    """
    import struct
    _payload = b"raw-hello"
    _udp = struct.pack("!HHHH", 40000, ${udp4_port}, 8 + len(_payload), 0) + _payload
    _raw = lambda proto: socket.socket(socket.AF_INET, socket.SOCK_RAW, proto)
    _try("raw-udp", lambda: _raw(socket.IPPROTO_UDP).sendto(_udp, ("127.0.0.1", 0)))
    _try("raw-icmp", lambda: socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))
    _try("packet", lambda: socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3)))
    _try("ping-socket", lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_ICMP))
""",
    setup=lambda w: w.listener("udp4", socket.AF_INET, socket.SOCK_DGRAM, ("127.0.0.1", 0)),
    group="net",
)
def _check_raw(w: World, o: Outcome) -> None:
    w.assert_nothing_received()


def _setup_netlink(w: World) -> None:
    # What a route dump would reveal: the host's interfaces (their hardware addresses and names).
    for iface in Path("/sys/class/net").iterdir():
        mac = (iface / "address").read_text().strip()
        if mac and mac != "00:00:00:00:00:00":
            w.secrets[f"mac-{iface.name}"] = mac.replace(":", "")
    assert any(k.startswith("mac-") for k in w.secrets), "no interface with a hardware address to protect"


@attack(
    "netlink_socket",
    """
    import struct
    def _dump():
        s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0)
        s.bind((0, 0))
        s.send(struct.pack("=LHHLL", 32, 18, 0x301, 1, 0) + struct.pack("=BxHiII", 0, 0, 0, 0, 0))
        time.sleep(0.2)
        return s.recv(65536).hex()
    _try("netlink-route", _dump)
    _try("netlink-uevent", lambda: socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM, 15))
    _try("netlink-audit", lambda: socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 9))
    _try("sys-class-net", lambda: [_read(f"/sys/class/net/{n}/address") for n in os.listdir("/sys/class/net")])
""",
    setup=_setup_netlink,
    group="net",
)
def _check_netlink(w: World, o: Outcome) -> None:
    no_check(w, o)


def _setup_unix_stream(w: World) -> None:
    w.listener("unix", socket.AF_UNIX, socket.SOCK_STREAM)


@attack(
    "unix_pathname_connect",
    """
    def _connect():
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect("${unix_path}")
        return s.send(b"hi")
    _try("connect", _connect)
    _try("socketpair-reconnect", lambda: socket.socketpair()[0].connect("${unix_path}"))
    _try("seqpacket", lambda: socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET).connect("${unix_path}"))
""",
    setup=_setup_unix_stream,
    group="net",
)
def _check_unix(w: World, o: Outcome) -> None:
    w.assert_nothing_received()


def _setup_reuse(w: World) -> None:
    w.listener("tcp4", socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", 0))
    w.listener("unix", socket.AF_UNIX, socket.SOCK_STREAM)
    w.listener("unixdg", socket.AF_UNIX, socket.SOCK_DGRAM)


@attack(
    "reuse_kernel_sockets",
    """
    # The kernel's own sockets (ZMQ, event loops) exist before the filter: can one of them be pointed elsewhere?
    _seen = []
    for _n in sorted(os.listdir("/proc/self/fd"), key=int):
        try:
            _target = os.readlink(f"/proc/self/fd/{_n}")
        except OSError:
            continue
        if not _target.startswith("socket:"):
            continue
        try:
            _s = socket.socket(fileno=os.dup(int(_n)))
        except OSError as _e:
            print("DENIED dup", _n, _e)
            continue
        _seen.append((int(_n), int(_s.family), int(_s.type)))
        _try(f"connect unix {_n}", _s.connect, "${unix_path}")
        _try(f"sendto unix dgram {_n}", _s.sendto, b"reuse", "${unixdg_path}")
        _try(f"connect tcp {_n}", _s.connect, ("127.0.0.1", ${tcp4_port}))
        os.close(_s.detach())
    print("SOCKETS", _seen)
""",
    setup=_setup_reuse,
    fresh=True,
)
def _check_reuse(w: World, o: Outcome) -> None:
    assert o.value("SOCKETS"), "the kernel has no sockets to try"
    w.assert_nothing_received()


def _setup_unix_dgram(w: World) -> None:
    w.listener("unixdg", socket.AF_UNIX, socket.SOCK_DGRAM)


@attack(
    "unix_pathname_dgram",
    """
    _try("dgram-sendto", lambda: socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM).sendto(b"hi", "${unixdg_path}"))
    def _pair(kind, connect):
        a, b = socket.socketpair(socket.AF_UNIX, kind)
        if connect:
            a.connect("${unixdg_path}")
            return a.send(b"via-connect")
        return a.sendto(b"via-sendto", "${unixdg_path}")
    _try("socketpair-dgram-sendto", _pair, socket.SOCK_DGRAM, False)
    _try("socketpair-dgram-connect", _pair, socket.SOCK_DGRAM, True)
    _try("socketpair-dgram-nonblock", _pair, socket.SOCK_DGRAM | socket.SOCK_NONBLOCK | socket.SOCK_CLOEXEC, False)
    _try("socketpair-seqpacket-sendto", _pair, socket.SOCK_SEQPACKET, False)
    _try("socketpair-stream-connect", _pair, socket.SOCK_STREAM, True)
    _fds = (ctypes.c_int * 2)()
    _try("socketpair-raw-highbits", _sys, 53, 1 | (1 << 32), 2 | (1 << 32), 0, _fds)
    if _fds[0]:
        _try("sendto-raw-fd", socket.socket(fileno=_fds[0]).sendto, b"via-highbits", "${unixdg_path}")
""",
    setup=_setup_unix_dgram,
    group="net",
)
def _check_unix_dgram(w: World, o: Outcome) -> None:
    w.assert_nothing_received()


def _setup_abstract(w: World) -> None:
    w.listener("abstract", socket.AF_UNIX, socket.SOCK_STREAM, f"\0na-atk-{w.token}")
    w.listener("abstractdg", socket.AF_UNIX, socket.SOCK_DGRAM, f"\0na-atk-dg-{w.token}")


@attack(
    "unix_abstract",
    """
    def _connect():
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect("\\0${abstract_name}")
        return s.send(b"hi")
    _try("connect", _connect)
    _try("dgram", lambda: socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM).sendto(b"hi", "\\0${abstractdg_name}"))
    _try("socketpair-dgram", lambda: socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)[0].sendto(
        b"hi", "\\0${abstractdg_name}"))
""",
    setup=_setup_abstract,
    group="net",
)
def _check_abstract(w: World, o: Outcome) -> None:
    w.assert_nothing_received()


@attack(
    "mptcp_fastopen",
    """
    # Landlock's TCP rules cover neither MPTCP nor TCP Fast Open: seccomp must.
    def _mptcp(family, addr):
        s = socket.socket(family, socket.SOCK_STREAM, 262)  # IPPROTO_MPTCP
        s.settimeout(2)
        s.connect(addr)
        return s.send(b"hi")
    _try("mptcp4 connect", _mptcp, socket.AF_INET, ("127.0.0.1", ${tcp4_port}))
    _try("mptcp listen", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262).listen())
    _try("mptcp raw", _sys, 41, 2, 1, 262)
    def _fastopen():
        fd, err = _sys(41, 2, 1, 0)
        if fd < 0:
            fd, err = _sys(41, 1, 1, 0)
        addr = (ctypes.c_ubyte * 16)(2, 0, ${tcp4_port} >> 8, ${tcp4_port} & 255, 127, 0, 0, 1)
        buf = ctypes.create_string_buffer(b"hi")
        return _sys(44, fd, ctypes.addressof(buf), 2, 0x20000000, ctypes.addressof(addr), 16)
    _try("sendto MSG_FASTOPEN", _fastopen)
    def _fastopen_pair():
        a, b = socket.socketpair()
        return _sys(44, a.fileno(), ctypes.addressof(ctypes.create_string_buffer(b"hi")), 2, 0x20000000, 0, 0)
    print("FASTOPEN-PAIR", _fastopen_pair())
""",
    setup=lambda w: w.listener("tcp4", socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", 0)),
    group="net",
)
def _check_mptcp(w: World, o: Outcome) -> None:
    w.assert_nothing_received()
    assert "FASTOPEN-PAIR (-1, 95)" in o.text, "MSG_FASTOPEN is not refused by seccomp"


def _setup_squat(w: World) -> None:
    w.params["squat_name"] = f"na-squat-{uuid.uuid4().hex[:12]}"


@attack(
    "abstract_squat",
    """
    # Binding an abstract unix name squats it in the host's namespace (Landlock scopes connect, not bind).
    def _bind_pair():
        a, b = socket.socketpair()
        a.bind("\\0${squat_name}")
        a.listen()
        globals()["_squat_keep"] = (a, b)
        return a.getsockname()
    _try("socketpair bind", _bind_pair)
    _try("socket bind", lambda: socket.socket(socket.AF_UNIX).bind("\\0${squat_name}-2"))
    _try("raw bind", lambda: _sys(49, socket.socketpair()[0].fileno(), 0, 0))
""",
    setup=_setup_squat,
    group="net",
)
def _check_squat(w: World, o: Outcome) -> None:
    for name in (w.params["squat_name"], w.params["squat_name"] + "-2"):
        probe = socket.socket(socket.AF_UNIX)
        try:
            probe.bind("\0" + name)  # fails with EADDRINUSE if the kernel holds the name
        finally:
            probe.close()


def _host_interfaces() -> tuple[list[str], list[str]]:
    names = [name for _i, name in socket.if_nameindex() if len(name) >= 3]
    macs = []
    for name in os.listdir("/sys/class/net"):
        with contextlib.suppress(OSError), open(f"/sys/class/net/{name}/address") as fh:
            mac = fh.read().strip()
            if mac and mac != "00:00:00:00:00:00":
                macs.append(mac)
    return names, macs


@attack(
    "host_interfaces",
    """
    import fcntl, struct
    _s = socket.socketpair()[0]
    def _ifconf():
        buf = ctypes.create_string_buffer(8192)
        fcntl.ioctl(_s.fileno(), 0x8912, struct.pack("iL", 8192, ctypes.addressof(buf)))
        return buf.raw
    _try("SIOCGIFCONF", _ifconf)
    _ioctl = lambda req, arg: fcntl.ioctl(_s.fileno(), req, arg)
    for _i in range(1, 8):
        _try(f"SIOCGIFNAME {_i}", _ioctl, 0x8910, struct.pack("16si", b"", _i) + b"\\0" * 20)
    for _name in (b"lo", b"eth0", b"ens3", b"enp0s3", b"wlan0"):
        _try(f"SIOCGIFHWADDR {_name}", lambda n=_name: _ioctl(0x8927, struct.pack("16s16s", n, b"")).hex())
    _try("if_nameindex", socket.if_nameindex)
    _try("sys/class/net", os.listdir, "/sys/class/net")
""",
    group="net",
)
def _check_interfaces(w: World, o: Outcome) -> None:
    names, macs = _host_interfaces()
    for mac in macs:
        assert mac not in o.text and mac.replace(":", "") not in o.text, "a host MAC address reached the kernel"
    done = [line for line in o.text.splitlines() if line.startswith("DONE")]
    for name in names:
        assert not [line for line in done if name in line], f"host interface {name} listed: {done}"
    assert not [line for line in done if line.startswith(("DONE SIOCGIF", "DONE if_nameindex"))], done


def _setup_enumeration(w: World) -> None:
    w.sentinel()
    taken = {int(n) for n in os.listdir("/proc") if n.isdigit()}
    free = next(pid for pid in range(4_000_000, 4_100_000) if pid not in taken)
    w.params["free_pid"] = str(free)


@attack(
    "pid_enumeration",
    """
    # Every question about another pid must get the same answer whether that pid exists or not.
    _SENT, _FREE = ${sentinel_pid}, ${free_pid}
    _buf = ctypes.create_string_buffer(256)
    _calls = {
        "getsid": lambda p: _sys(124, p), "getpgid": lambda p: _sys(121, p),
        "sched_getscheduler": lambda p: _sys(145, p), "sched_getparam": lambda p: _sys(143, p, ctypes.addressof(_buf)),
        "sched_getattr": lambda p: _sys(315, p, ctypes.addressof(_buf), 48, 0),
        "sched_getaffinity": lambda p: _sys(204, p, 128, ctypes.addressof(_buf)),
        "sched_rr_get_interval": lambda p: _sys(148, p, ctypes.addressof(_buf)),
        "getpriority": lambda p: _sys(140, 0, p), "ioprio_get": lambda p: _sys(252, 1, p),
        "get_robust_list": lambda p: _sys(274, p, ctypes.addressof(_buf), ctypes.addressof(_buf) + 64),
        "kill0": lambda p: _sys(62, p, 0), "prlimit": lambda p: _sys(302, p, 7, 0, ctypes.addressof(_buf)),
        "pidfd_open": lambda p: _sys(434, p, 0), "kcmp": lambda p: _sys(312, p, os.getpid(), 0, 0, 0),
        "capget": lambda p: _sys(125, ctypes.addressof((ctypes.c_uint32 * 2)(0x20080522, p)), ctypes.addressof(_buf)),
    }
    for _name, _fn in _calls.items():
        print("ENUM", _name, _fn(_SENT), _fn(_FREE))
""",
    setup=_setup_enumeration,
    group="signals",
)
def _check_enumeration(w: World, o: Outcome) -> None:
    lines = o.lines("ENUM")
    assert len(lines) == 15, lines
    for line in lines:
        _tag, name, rest = line.split(" ", 2)
        existing, missing = rest.split(") (")
        assert existing + ")" == "(" + missing, f"{name} tells an existing pid from a free one: {line}"


def _setup_batch_sentinel(w: World) -> None:
    sent = w.sentinel()
    os.sched_setscheduler(sent.pid, os.SCHED_BATCH, os.sched_param(0))
    sent.baseline = sent.snapshot()


@attack(
    "sched_other_policy",
    """
    _PID = ${sentinel_pid}
    _try("sched_setscheduler OTHER", os.sched_setscheduler, _PID, os.SCHED_OTHER, os.sched_param(0))
    _try("sched_setparam", os.sched_setparam, _PID, os.sched_param(0))
    _try("sched_setattr", _sys, 314, _PID, ctypes.addressof((ctypes.c_uint32 * 12)(48, 0)), 0)
    print("POLICY-SEEN", _sys(145, _PID))
""",
    setup=_setup_batch_sentinel,
    group="signals",
)
def _check_sched_policy(w: World, o: Outcome) -> None:
    s = w.the_sentinel
    s.assert_alive()
    assert s.snapshot() == s.baseline, f"the sentinel's scheduling was changed: {s.snapshot()} != {s.baseline}"


# ==== new processes ===============================================================================================
@attack(
    "fork",
    """
    def _fork():
        pid = os.fork()
        if pid == 0:
            open("forked-${token}", "w").close()
            os._exit(0)
        return os.waitpid(pid, 0)
    _try("fork", _fork)
    def _forkpty():
        import pty
        pid, fd = pty.fork()
        if pid == 0:
            open("forkpty-${token}", "w").close()
            os._exit(0)
        return pid
    _try("pty.fork", _forkpty)
    _workdir()
""",
    group="proc",
)
def _check_fork(w: World, o: Outcome) -> None:
    _files_absent(w, o, "fork")


@attack(
    "os_system",
    """
    _try("system", os.system, "touch system-${token}")
    _try("popen", lambda: os.popen("touch popen-${token}").read())
    _try("spawnv", os.spawnv, os.P_WAIT, sys.executable, [sys.executable, "-c", "open('spawnv-${token}', 'w')"])
    _workdir()
""",
    group="proc",
)
def _check_system(w: World, o: Outcome) -> None:
    for prefix in ("system-", "popen-", "spawnv-"):
        _files_absent(w, o, prefix)


@attack(
    "subprocess_run",
    """
    import subprocess
    _try("run", subprocess.run, [sys.executable, "-c", "open('subproc-${token}', 'w')"])
    _try("shell", subprocess.run, "touch subshell-${token}", shell=True)
    _try("Popen", lambda: subprocess.Popen(["/bin/sh", "-c", "touch subpopen-${token}"]).wait())
    _try("IPython-bang", lambda: get_ipython().system("touch subbang-${token}"))
    _workdir()
""",
    group="proc",
)
def _check_subprocess(w: World, o: Outcome) -> None:
    _files_absent(w, o, "sub")


@attack(
    "multiprocessing_process",
    """
    import multiprocessing
    def _child():
        open("mp-${token}", "w").close()
    for _method in ("fork", "spawn", "forkserver"):
        def _start(method=_method):
            p = multiprocessing.get_context(method).Process(target=_child)
            p.start()
            p.join(10)
            return p.exitcode
        _try(_method, _start)
    _try("Pool", lambda: multiprocessing.get_context("fork").Pool(1).map(abs, [1]))
    _workdir()
""",
    group="proc",
)
def _check_mp(w: World, o: Outcome) -> None:
    _files_absent(w, o, "mp-")


@attack(
    "posix_spawn",
    """
    _args = [sys.executable, "-c", "open('spawn-${token}', 'w')"]
    _try("posix_spawn", os.posix_spawn, sys.executable, _args, {})
    _try("posix_spawnp", os.posix_spawnp, "python3", _args, {"PATH": os.path.dirname(sys.executable)})
    _workdir()
""",
    group="proc",
)
def _check_spawn(w: World, o: Outcome) -> None:
    _files_absent(w, o, "spawn-")


@attack(
    "execv",
    """
    _cwd = os.getcwd()
    def _memfd():
        fd = os.memfd_create("x")
        os.write(fd, _read(sys.executable, size=1 << 30))
        return fd
    _mfd = _try("memfd", _memfd)
    if _mfd:
        _argv = (ctypes.c_char_p * 4)(b"python3", b"-c", b"open('execat-${token}', 'w')", None)
        _try("execveat", _sys, 322, _mfd, b"", _argv, None, 0x1000)
        _try("fexecve", os.execve, _mfd, ["python3", "-c", "open('fexec-${token}', 'w')"], {})
    _try("execve-proc-fd", os.execv, f"/proc/self/fd/{_mfd}", ["python3", "-c", "open('execproc-${token}', 'w')"])
    _try("execv", os.execv, sys.executable, [sys.executable, "-c", "open('exec-${token}', 'w')"])
    _try("execvp-sh", os.execvp, "sh", ["sh", "-c", "touch execsh-${token}"])
    _workdir()
""",
    fresh=True,
)
def _check_exec(w: World, o: Outcome) -> None:
    _files_absent(w, o, "exec")
    _files_absent(w, o, "fexec")


@attack(
    "raw_clone",
    """
    def _clone(flags):
        r, e = _sys(56, flags, 0, 0, 0, 0)
        if r == 0:
            os.open("clone-${token}-%x" % flags, os.O_CREAT | os.O_WRONLY, 0o600)
            os._exit(0)
        if r > 0:
            os.waitpid(r, 0)
        return r, e
    _try("clone SIGCHLD", _clone, signal.SIGCHLD)
    _try("clone SIGCHLD|1<<32", _clone, signal.SIGCHLD | (1 << 32))
    _try("clone NEWUSER", _clone, signal.SIGCHLD | 0x10000000)
    _try("clone PARENT", _clone, 0x8000)
    class _CloneArgs(ctypes.Structure):
        _fields_ = [(n, ctypes.c_uint64) for n in ("flags", "pidfd", "child_tid", "parent_tid", "exit_signal",
                                                    "stack", "stack_size", "tls", "set_tid", "set_tid_size", "cgroup")]
    def _clone3():
        args = _CloneArgs(exit_signal=signal.SIGCHLD)
        r, e = _sys(435, ctypes.byref(args), ctypes.sizeof(args))
        if r == 0:
            os.open("clone3-${token}", os.O_CREAT | os.O_WRONLY, 0o600)
            os._exit(0)
        return r, e
    _try("clone3", _clone3)
    def _fork57():
        r, e = _sys(57)
        if r == 0:
            os.open("clone-fork-${token}", os.O_CREAT | os.O_WRONLY, 0o600)
            os._exit(0)
        return r, e
    _try("fork syscall", _fork57)
    _workdir()
""",
    fresh=True,
)
def _check_clone(w: World, o: Outcome) -> None:
    _files_absent(w, o, "clone")


# ==== other processes: inspect, signal ============================================================================
def _setup_sentinel(w: World) -> None:
    w.sentinel()


def _check_sentinel_memory(w: World, o: Outcome) -> None:
    s = w.the_sentinel
    s.assert_alive()
    assert s.memory() == s.secret.encode(), "the sentinel's memory was changed"


@attack(
    "ptrace_attach",
    """
    _PID, _ADDR, _LEN = ${sentinel_pid}, ${sentinel_addr}, ${sentinel_len}
    _libc.ptrace.restype = ctypes.c_long
    def _attach(req):
        ctypes.set_errno(0)
        r = _libc.ptrace(ctypes.c_long(req), ctypes.c_long(_PID), None, None)
        if r != 0:
            return ("refused", r, ctypes.get_errno())
        if req == 16:
            os.waitpid(_PID, 0x40000000)
        words = [_libc.ptrace(ctypes.c_long(2), ctypes.c_long(_PID), ctypes.c_void_p(_ADDR + off), None)
                 for off in range(0, _LEN + 8, 8)]
        _libc.ptrace(ctypes.c_long(5), ctypes.c_long(_PID), ctypes.c_void_p(_ADDR), ctypes.c_void_p(0x444e5750))
        _libc.ptrace(ctypes.c_long(17), ctypes.c_long(_PID), None, None)
        return b"".join((w & 0xFFFFFFFFFFFFFFFF).to_bytes(8, "little") for w in words)
    _try("PTRACE_ATTACH", _attach, 16)
    _try("PTRACE_SEIZE", _attach, 0x4206)
    _try("raw ptrace", _sys, 101, 16, _PID, 0, 0)
""",
    setup=_setup_sentinel,
    group="procs",
)
def _check_ptrace(w: World, o: Outcome) -> None:
    _check_sentinel_memory(w, o)


@attack(
    "process_vm_readv",
    """
    _PID, _ADDR, _LEN = ${sentinel_pid}, ${sentinel_addr}, ${sentinel_len}
    class _iovec(ctypes.Structure):
        _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]
    _buf = ctypes.create_string_buffer(_LEN)
    _local = _iovec(ctypes.cast(_buf, ctypes.c_void_p), _LEN)
    _remote = _iovec(_ADDR, _LEN)
    _try("process_vm_readv", lambda: (_sys(310, _PID, ctypes.byref(_local), 1, ctypes.byref(_remote), 1, 0), _buf.raw))
    _src = ctypes.create_string_buffer(b"P" * _LEN)
    _wl = _iovec(ctypes.cast(_src, ctypes.c_void_p), _LEN)
    _try("process_vm_writev", _sys, 311, _PID, ctypes.byref(_wl), 1, ctypes.byref(_remote), 1, 0)
""",
    setup=_setup_sentinel,
    group="procs",
)
def _check_vm_readv(w: World, o: Outcome) -> None:
    _check_sentinel_memory(w, o)


@attack(
    "proc_pid_files",
    """
    _PID, _ADDR, _LEN = ${sentinel_pid}, ${sentinel_addr}, ${sentinel_len}
    def _mem():
        with open(f"/proc/{_PID}/mem", "r+b", buffering=0) as fh:
            fh.seek(_ADDR)
            data = fh.read(_LEN)
            fh.seek(_ADDR)
            fh.write(b"P" * _LEN)
            return data
    _try("mem", _mem)
    _try("environ", _read, f"/proc/{_PID}/environ")
    _try("fd", _read, f"/proc/{_PID}/fd/${sentinel_fd}")
    _try("map_files", os.listdir, f"/proc/{_PID}/map_files")
    _try("root", _read, f"/proc/{_PID}/root${world_file}")
    _try("cwd", os.listdir, f"/proc/{_PID}/cwd")
    _try("maps", _read, f"/proc/{_PID}/maps")
""",
    setup=lambda w: (w.world_file(), w.sentinel()),
    group="procs",
)
def _check_proc_pid(w: World, o: Outcome) -> None:
    _check_sentinel_memory(w, o)


@attack(
    "pidfd_getfd",
    """
    _PID = ${sentinel_pid}
    _pfd, _e = _sys(434, _PID, 0)
    print("pidfd_open", _pfd, _e)
    def _steal(pidfd):
        fd, e = _sys(438, pidfd, ${sentinel_fd}, 0)
        if fd < 0:
            return ("pidfd_getfd", fd, e)
        return os.pread(fd, 4096, 0)
    _try("pidfd_getfd", _steal, _pfd)
    _try("kcmp", _sys, 312, os.getpid(), _PID, 0, 0, 0)
""",
    setup=_setup_sentinel,
    group="procs",
)
def _check_pidfd(w: World, o: Outcome) -> None:
    w.the_sentinel.assert_alive()


def _setup_signal_app(w: World) -> None:
    if w.mode == "root":  # the app is this process: record any of these signals instead of dying of them
        got: list[int] = []
        w.notes["app_signals"] = got
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1):
            old = signal.signal(sig, lambda s, f: got.append(s))
            w.add_cleanup(lambda sig=sig, old=old: signal.signal(sig, old))


@attack(
    "signal_app",
    """
    print("TARGETS", _APP_PIDS)
    for _ppid in _APP_PIDS:
        for _sig in (signal.SIGUSR1, signal.SIGHUP, signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
            _try(f"kill {_ppid} {_sig!r}", os.kill, _ppid, _sig)
        _try(f"killpg {_ppid}", lambda: os.killpg(os.getpgid(_ppid), signal.SIGTERM))
        _try(f"killpg-pid {_ppid}", os.killpg, _ppid, signal.SIGTERM)
        _try(f"tgkill {_ppid}", _sys, 234, _ppid, _ppid, 9)
    time.sleep(0.5)
""",
    setup=_setup_signal_app,
    group="signals",
)
def _check_signal_app(w: World, o: Outcome) -> None:
    if w.mode == "root":
        assert os.getpid() in o.value("TARGETS")
        time.sleep(0.1)
        assert not w.notes["app_signals"], f"the app received signals {w.notes['app_signals']}"
    else:
        assert o.returncode in (0, 1), f"the app (the CLI) ended with {o.returncode}"


@attack(
    "signal_sentinel",
    """
    _PID = ${sentinel_pid}
    for _sig in (signal.SIGSTOP, signal.SIGTERM, signal.SIGSEGV, signal.SIGKILL):
        _try(f"kill {_sig!r}", os.kill, _PID, _sig)
    _try("killpg", os.killpg, _PID, signal.SIGKILL)
    _try("kill -pgid", os.kill, -_PID, signal.SIGKILL)
    time.sleep(0.2)
""",
    setup=_setup_sentinel,
    group="signals",
)
def _check_signal_sentinel(w: World, o: Outcome) -> None:
    w.the_sentinel.assert_alive()


@attack(
    "signal_syscalls",
    """
    _PID = ${sentinel_pid}
    _info = (ctypes.c_int * 32)(9, 0, -1)
    _try("kill pid|1<<32", _sys, 62, _PID | (1 << 32), 9)
    _try("kill pid-2^32", _sys, 62, _PID - (1 << 32), 9)
    _try("tgkill", _sys, 234, _PID, _PID, 9)
    _try("tkill", _sys, 200, _PID, 9)
    _try("rt_sigqueueinfo", _sys, 129, _PID, 9, _info)
    _try("rt_tgsigqueueinfo", _sys, 297, _PID, _PID, 9, _info)
    _pfd = _sys(434, _PID, 0)[0]
    _try("pidfd_send_signal", _sys, 424, _pfd, 9, 0, 0)
    _try("pidfd via /proc", lambda: _sys(424, os.open(f"/proc/{_PID}", os.O_RDONLY), 9, 0, 0))
    time.sleep(0.2)
""",
    setup=_setup_sentinel,
    group="signals",
)
def _check_signal_syscalls(w: World, o: Outcome) -> None:
    w.the_sentinel.assert_alive()


@attack(
    "sigio_owner",
    """
    import fcntl
    _PID = ${sentinel_pid}
    def _sigio(owner, sig):
        r, wr = os.pipe()
        fcntl.fcntl(r, fcntl.F_SETOWN, owner)
        fcntl.fcntl(r, 10, sig)  # F_SETSIG
        fcntl.fcntl(r, fcntl.F_SETFL, fcntl.fcntl(r, fcntl.F_GETFL) | os.O_ASYNC)
        os.write(wr, b"x")
        time.sleep(0.2)
        return fcntl.fcntl(r, fcntl.F_GETOWN)
    _try("F_SETOWN pid SIGKILL", _sigio, _PID, 9)
    _try("F_SETOWN pgrp SIGKILL", _sigio, -_PID, 9)
    _try("F_SETOWN pid SIGIO", _sigio, _PID, 0)
""",
    setup=_setup_sentinel,
    group="signals",
)
def _check_sigio(w: World, o: Outcome) -> None:
    w.the_sentinel.assert_alive()


@attack(
    "sched_other_process",
    """
    import resource
    _PID = ${sentinel_pid}
    _try("setpriority", os.setpriority, os.PRIO_PROCESS, _PID, 19)
    _try("setpriority pgrp", os.setpriority, os.PRIO_PGRP, _PID, 19)
    _try("sched_setaffinity", os.sched_setaffinity, _PID, {0})
    _try("sched_setscheduler", os.sched_setscheduler, _PID, os.SCHED_IDLE, os.sched_param(0))
    _try("prlimit", resource.prlimit, _PID, resource.RLIMIT_NOFILE, (3, 3))
    _try("prlimit-AS", resource.prlimit, _PID, resource.RLIMIT_AS, (1 << 20, 1 << 20))
    _try("ioprio_set", _sys, 251, 1, _PID, (3 << 13) | 7)
""",
    setup=_setup_sentinel,
    group="signals",
)
def _check_sched(w: World, o: Outcome) -> None:
    s = w.the_sentinel
    s.assert_alive()
    assert s.snapshot() == s.baseline, f"the sentinel was changed: {s.snapshot()} != {s.baseline}"


# ==== resources ===================================================================================================
@attack(
    "memory_bomb",
    """
    import numpy as np
    _chunks = []
    try:
        for _ in range(32):                      # 8 GiB in 256 MiB pieces, each touched (every 64 MiB: this
            _chunks.append(np.zeros(256 << 20, dtype=np.uint8))   # VM commits memory at ~250 MB/s)
            _chunks[-1][::64 << 20] = 1
    except MemoryError as _e:
        print("MEMORYERROR", type(_e).__name__)
    finally:
        print("ALLOCATED-MIB", len(_chunks) * 256)
        _chunks.clear()
    _try("one 8 GiB array", lambda: np.ones(8 << 30, dtype=np.uint8).sum())
    _try("bytearray 8 GiB", lambda: len(bytearray(8 << 30)))
    _try("list of 8 GiB", lambda: len([0] * (1 << 30)))
    print("AFTER", int(np.ones(1 << 20).sum()))
""",
)
def _check_memory(w: World, o: Outcome) -> None:
    assert o.lines("MEMORYERROR"), f"the bomb did not end in MemoryError:\n{o.text[-2000:]}"
    assert int(o.value("ALLOCATED-MIB")) < 4096, "more than RLIMIT_AS was allocated"
    for label in ("one 8 GiB array", "bytearray 8 GiB", "list of 8 GiB"):
        assert any(line.startswith(f"DENIED {label}:") and "MemoryError" in line for line in o.lines("DENIED")), label
    assert o.value("AFTER") == 1 << 20, "the kernel cannot allocate after the bomb"
    assert o.status == "ok" and not o.restarted


def _setup_cpu(w: World) -> None:
    if w.kernel_pid:
        w.notes["starttime"] = _proc_stat(w.kernel_pid)[19]


def _kernel_process_left(pid: int, uid: int, starttime: str | None) -> bool:
    """Whether `pid` is still the kernel process that ran the cell."""
    try:
        stat = _proc_stat(pid)
        uids = _status_field(pid, "Uid").split()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (FileNotFoundError, ProcessLookupError):
        return False
    if starttime is not None:
        return stat[19] == starttime
    return str(uid) in uids and b"notebook_agent.sandbox.launcher" in cmdline


@attack(
    "cpu_loop_sigint_ignored",
    """
    print("KERNEL-PID", os.getpid(), flush=True)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        pass
""",
    wrap=False,
    timeout=3,
    fresh=True,
    setup=_setup_cpu,
)
def _check_cpu(w: World, o: Outcome) -> None:
    assert o.status == "timeout", o.status
    assert o.restarted, f"the kernel was not restarted: {o.notes}"
    assert any("restarted" in n for n in o.notes), o.notes
    old = int(o.value("KERNEL-PID"))
    if w.kernel_pid:
        assert old == w.kernel_pid
    deadline = time.monotonic() + 10
    while _kernel_process_left(old, w.kernel_uid, w.notes.get("starttime")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _kernel_process_left(old, w.kernel_uid, w.notes.get("starttime")), f"old kernel {old} still runs"


@attack(
    "fd_exhaustion",
    """
    _held = []
    try:
        while True:
            _held.append(os.open("/dev/null", os.O_RDONLY))
    except OSError as _e:
        print("OPENED", len(_held), "ERRNO", _e.errno)
    _try("dup2-high", os.dup2, 0, 100000)
    _try("socketpair", socket.socketpair)
    print("STILL-HOLDING", len(_held))
""",
    fresh=True,
)
def _check_fds(w: World, o: Outcome) -> None:
    line = o.lines("OPENED")[0].split()
    assert int(line[1]) <= 512 and int(line[3]) == errno.EMFILE, line


@attack(
    "disk_big_file",
    """
    _chunk = b"\\0" * (1 << 20)
    def _big():
        n = 0
        with open("big-${token}.bin", "wb", buffering=0) as fh:
            for _ in range(128):
                fh.write(_chunk)
                n += 1
        return n
    _try("write-128MiB", _big)
    def _sparse():
        with open("sparse-${token}.bin", "wb") as fh:
            fh.seek(10 << 30)
            fh.write(b"x")
    _try("sparse-10GiB", _sparse)
    open("trunc-${token}.bin", "wb").close()
    _try("truncate-10GiB", os.truncate, "trunc-${token}.bin", 10 << 30)
    _try("fallocate-1GiB", os.posix_fallocate, os.open("falloc-${token}.bin", os.O_CREAT | os.O_WRONLY), 0, 1 << 30)
    print("SIZES", {n: (os.stat(n).st_size, os.stat(n).st_blocks * 512) for n in os.listdir(".") if n.endswith(".bin")})
""",
    profile="strict",
    fresh=True,
)
def _check_big_file(w: World, o: Outcome) -> None:
    cap = 64 << 20  # strict profile: file_size_mb
    sizes = o.value("SIZES")
    assert sizes, o.text
    for name, (size, on_disk) in sizes.items():
        assert size <= cap and on_disk <= cap + (1 << 20), f"{name}: {size} bytes, {on_disk} on disk"
    if w.work_dir is not None:
        for path in w.work_dir.glob("*.bin"):
            st = path.stat()
            assert st.st_size <= cap and st.st_blocks * 512 <= cap + (1 << 20), (path, st)


@attack(
    "disk_many_files",
    """
    _n = 0
    try:
        while True:
            with open(f"f-{_n:07d}", "w") as _fh:
                _fh.write("x" * 64)
            _n += 1
    except KeyboardInterrupt:
        print("STOPPED-AT", _n)
        raise
    except OSError as _e:
        print("OSERROR-AT", _n, _e)
""",
    profile="strict",
    fresh=True,
    wrap=False,
    timeout=30,
)
def _check_many_files(w: World, o: Outcome) -> None:
    assert o.status == "error", (o.status, o.notes, o.text[-2000:])
    assert any(n.startswith("Disk limit reached") for n in o.notes), o.notes
    assert any("Disk limit reached" in out for out in o.text.splitlines()), "the note is not visible in the outputs"
    made = _stopped_at(o, "STOPPED-AT")
    if made is None:
        if w.work_dir is not None:
            assert len(os.listdir(w.work_dir)) <= 2000 * 15
        return
    # strict: 2000 entries. The watch looks every 0.25 s, so a tight loop on a loaded machine may get a few
    # thousand more files in before it is stopped; what matters is that it is stopped, far short of filling a disk.
    # The session's own files count toward the 2000 too, so the loop's count may stop a few dozen short of it.
    assert 2000 - 100 <= made <= 2000 * 15, f"{made} files were created"
    if w.work_dir is not None:
        assert len(os.listdir(w.work_dir)) <= 2000 * 15


@attack(
    "disk_bytes",
    """
    _chunk = b"\\1" * (16 << 20)
    _n = 0
    try:
        while True:
            with open(f"blob-{_n:05d}", "wb") as _fh:
                _fh.write(_chunk)
            _n += 1
    except KeyboardInterrupt:
        print("STOPPED-AT-MIB", _n * 16)
        raise
""",
    profile="strict",
    fresh=True,
    wrap=False,
    timeout=30,
)
def _check_disk_bytes(w: World, o: Outcome) -> None:
    assert o.status == "error", (o.status, o.notes, o.text[-2000:])
    assert any(n.startswith("Disk limit reached") for n in o.notes), o.notes
    written = _stopped_at(o, "STOPPED-AT-MIB")
    if written is not None:
        # strict: 256 MiB. The count lags one chunk when the interrupt lands after a chunk's write and before
        # `_n += 1` (the session then holds 256 MiB while 240 are counted).
        assert 256 - 16 <= written <= 256 * 8, f"{written} MiB were written"
    if w.work_dir is not None:
        on_disk = sum(p.stat().st_blocks * 512 for p in w.work_dir.glob("blob-*"))
        assert on_disk <= 256 * 8 << 20, f"{on_disk >> 20} MiB on disk"


def _stopped_at(o: Outcome, marker: str) -> int | None:
    """The count a disk-filling loop printed when interrupted; None when the kernel had to be restarted instead.

    Under heavy I/O a write can block past the interrupt's grace period; then the kernel is restarted (and says
    so), which stops the fill just as well.
    """
    lines = o.lines(marker)
    if lines:
        return int(lines[0].split()[1])
    assert any("restarted" in n for n in o.notes), (o.notes, o.text[-2000:])
    return None


@attack(
    "host_log_fill",
    """
    _root = os.path.dirname(os.getcwd())
    _chunk = b"L" * (1 << 20)
    for _n in ("1", "2"):
        print("STDIO", _n, os.readlink(f"/proc/self/fd/{_n}"))
    for _n in os.listdir("/proc/self/fd"):
        try:
            _target = os.readlink(f"/proc/self/fd/{_n}")
        except OSError:
            continue
        if _target.startswith("/") and not _target.startswith((_root, "/dev/")):
            def _fill(fd=int(_n)):
                for _ in range(128):
                    os.write(fd, _chunk)
            _try(f"fill {_target}", _fill)
            print("LOGSIZE", os.fstat(int(_n)).st_size)
    # The kernel's stdout/stderr: a pipe the host drains, keeping only a tail (64 MiB through it must not grow the app).
    def _flood(fd):
        for _ in range(64):
            os.write(fd, _chunk)
    _try("flood fd 2", _flood, 2)
    _try("fchmod fd 2", os.fchmod, 2, 0o777)
""",
    profile="strict",
    fresh=True,
)
def _check_log_fill(w: World, o: Outcome) -> None:
    cap = 64 << 20
    for line in o.lines("LOGSIZE"):
        assert int(line.split()[1]) <= cap + 4096, line
    stdio = o.lines("STDIO")
    assert len(stdio) == 2 and all("pipe:[" in line for line in stdio), f"stdout/stderr are not pipes: {stdio}"
    if "host_dir" in w.notes:
        assert not (Path(w.notes["host_dir"]) / "kernel.log").exists(), "the kernel writes a host file"


@attack(
    "output_flood",
    """
    _line = ("x" * 1023 + "\\n")
    for _ in range(8 * 1024):            # 8 MiB of text
        sys.stdout.write(_line * 1)
    for _ in range(512):
        sys.stderr.write(_line)
""",
    wrap=False,
)
def _check_flood(w: World, o: Outcome) -> None:
    cap = 2048 * 1024  # default profile: output_cap_kb
    assert any(n.startswith("Output truncated") for n in o.notes), o.notes
    kept = sum(
        len(str(out.get("text", "")).encode())
        for out in o.outputs
        if out.get("output_type") == "stream" and not str(out.get("text", "")).startswith("Output truncated")
    )
    assert kept <= cap + 1024, f"{kept} bytes of output were kept"
    assert any("Output truncated" in output_text(out) for out in o.outputs), "the truncation note is not visible"
    assert o.status == "ok"


@attack(
    "output_flood_display",
    """
    from IPython.display import HTML, display
    for _i in range(200):                 # 200 x 20 KB of rich output
        display(HTML("<b>" + "y" * 20000 + "</b>"))
    import matplotlib.pyplot as plt
    for _i in range(6):
        plt.figure(); plt.imshow(__import__("numpy").random.rand(400, 400)); plt.show()
""",
    wrap=False,
)
def _check_flood_display(w: World, o: Outcome) -> None:
    cap = 2048 * 1024
    assert any(n.startswith("Output truncated") for n in o.notes), o.notes
    kept = sum(len(output_text(out).encode()) for out in o.outputs if out.get("output_type") != "stream")
    assert kept <= cap + 1024, f"{kept} bytes of rich output were kept"


# ==== privileges and kernel interfaces ============================================================================
@attack(
    "setuid_setgid",
    """
    for _name, _fn, _args in (("setuid", os.setuid, (0,)), ("setgid", os.setgid, (0,)),
                              ("setresuid", os.setresuid, (0, 0, 0)), ("setreuid", os.setreuid, (0, 0)),
                              ("setresgid", os.setresgid, (0, 0, 0)), ("setgroups", os.setgroups, ([0],))):
        _try(_name, _fn, *_args)
    _try("setfsuid", _sys, 122, 0)
    _try("setfsgid", _sys, 123, 0)
    _try("capset", _sys, 126, (ctypes.c_uint32 * 2)(0x20080522, 0), (ctypes.c_uint32 * 6)(*([0xFFFFFFFF] * 6)))
    print("STATUS", list(_status("Uid", "Gid", "Groups", "CapEff", "CapPrm").items()))
    _try("read-app-file", _read, "${app_file}")
""",
    setup=lambda w: w.app_file(),
    group="priv",
)
def _check_setuid(w: World, o: Outcome) -> None:
    _assert_identity_unchanged(w, o)


def _own_namespaces() -> list[str]:
    return [os.readlink(f"/proc/self/ns/{n}") for n in ("user", "mnt", "net", "ipc", "uts", "pid_for_children")]


@attack(
    "unshare_namespaces",
    """
    for _label, _flags in (("user", 0x10000000), ("user+mnt", 0x10020000), ("net", 0x40000000), ("ipc", 0x08000000),
                           ("uts", 0x04000000), ("pid", 0x20000000), ("cgroup", 0x02000000)):
        _try("unshare " + _label, _sys, 272, _flags)
    _try("setns", _sys, 308, os.open("/proc/self/ns/user", os.O_RDONLY), 0)
    print("NS", [os.readlink(f"/proc/self/ns/{n}") for n in ("user", "mnt", "net", "ipc", "uts", "pid_for_children")])
""",
    group="priv",
)
def _check_unshare(w: World, o: Outcome) -> None:
    assert o.value("NS") == _own_namespaces(), "the kernel moved to new namespaces"


@attack(
    "mount",
    """
    os.makedirs("mnt-${token}", exist_ok=True)
    _libc.mount.argtypes = [ctypes.c_char_p] * 4 + [ctypes.c_ulong, ctypes.c_void_p]
    _try("mount tmpfs", lambda: (_libc.mount(b"none", b"mnt-${token}", b"tmpfs", 0, None), ctypes.get_errno()))
    _try("bind outside", lambda: (_libc.mount(b"${world_dir}", b"mnt-${token}", None, 4096, None), ctypes.get_errno()))
    _try("unshare", _sys, 272, 0x10020000)
    _try("mount after unshare", lambda: (_libc.mount(b"${world_dir}", b"mnt-${token}", None, 4096, None),
                                         ctypes.get_errno()))
    _try("fsopen", _sys, 430, b"tmpfs", 0)
    _try("open_tree", _sys, 428, -100, b"${world_dir}", 1 | 0x80000)
    _try("read-through", _read, "mnt-${token}/${world_file_name}")
    _try("pivot_root", _sys, 155, b".", b".")
    _try("chroot", os.chroot, ".")
    try:  # the profile does not grant /proc/self/mountinfo (it describes the host's mounts)
        print("MOUNTS", [l for l in _read("/proc/self/mountinfo", "r").splitlines() if "mnt-${token}" in l])
    except PermissionError:
        print("MOUNTS", repr("unreadable"))
""",
    setup=lambda w: w.world_file(),
    group="priv",
)
def _check_mount(w: World, o: Outcome) -> None:
    assert o.value("MOUNTS") in ([], "unreadable"), "something was mounted"
    if w.kernel_pid:
        assert f"mnt-{w.token}" not in Path(f"/proc/{w.kernel_pid}/mountinfo").read_text()


def _no_new_fd_kinds(w: World, o: Outcome, kinds: tuple[str, ...]) -> None:
    links = o.value("FDS")
    bad = [link for link in links if any(k in link for k in kinds)]
    assert not bad, f"the kernel holds {bad}"
    if w.kernel_pid:
        host_view = [os.readlink(p) for p in Path(f"/proc/{w.kernel_pid}/fd").iterdir() if p.is_symlink()]
        bad = [link for link in host_view if any(k in link for k in kinds)]
        assert not bad, f"the kernel holds {bad}"


@attack(
    "bpf",
    """
    _attr = (ctypes.c_uint32 * 32)(2, 4, 4, 1)  # BPF_MAP_TYPE_ARRAY, key 4, value 4, 1 entry
    _try("BPF_MAP_CREATE", _sys, 321, 0, _attr, 128)
    _insns = (ctypes.c_uint64 * 2)(0xb7, 0x95)   # r0 = 0; exit
    _lic = ctypes.create_string_buffer(b"GPL")
    _pattr = (ctypes.c_uint64 * 16)()
    _pattr[0] = 1 | (2 << 32)                     # BPF_PROG_TYPE_SOCKET_FILTER, 2 instructions
    _pattr[1] = ctypes.addressof(_insns)
    _pattr[2] = ctypes.addressof(_lic)
    _try("BPF_PROG_LOAD", _sys, 321, 5, _pattr, 128)
    print("FDS", _fd_links())
""",
    group="priv",
)
def _check_bpf(w: World, o: Outcome) -> None:
    _no_new_fd_kinds(w, o, ("bpf",))


@attack(
    "io_uring",
    """
    _params = (ctypes.c_uint8 * 120)()
    _try("io_uring_setup", _sys, 425, 8, _params)
    _try("io_uring_setup SQPOLL", _sys, 425, 8, (ctypes.c_uint32 * 30)(0, 0, 2))
    print("FDS", _fd_links())
""",
    group="priv",
)
def _check_io_uring(w: World, o: Outcome) -> None:
    _no_new_fd_kinds(w, o, ("io_uring",))


def _key_users(uid: int) -> str:
    for line in Path("/proc/key-users").read_text().splitlines():
        if line.split(":")[0].strip() == str(uid):
            return line.split()[2]  # nkeys/nikeys
    return "0/0"


def _setup_keys(w: World) -> None:
    w.notes["keys_before"] = _key_users(w.kernel_uid)
    w.during(lambda work: w.notes.__setitem__("keys_during", _key_users(w.kernel_uid)))


@attack(
    "keyctl",
    """
    for _ring in (-2, -3, -4, -5):  # process, session, user, user-session keyrings
        _try(f"add_key {_ring}", _sys, 248, b"user", b"na-${token}", b"payload", 7, _ring)
    _try("request_key", _sys, 249, b"user", b"na-${token}", None, 0)
    _try("keyctl search", _sys, 250, 10, -4, b"user", b"na-${token}", 0)
    _try("keyctl read user keyring", lambda: (_sys(250, 11, -4, ctypes.create_string_buffer(256), 256)))
    _handshake()
""",
    setup=_setup_keys,
)
def _check_keys(w: World, o: Outcome) -> None:
    assert "HANDSHAKE True" in o.text
    assert w.notes["keys_during"] == w.notes["keys_before"], (
        f"the kernel's uid owns keys: {w.notes['keys_before']} -> {w.notes['keys_during']}"
    )


@attack(
    "userfaultfd",
    """
    _try("userfaultfd", _sys, 323, 0)
    _try("userfaultfd user-only", _sys, 323, 1)
    _try("/dev/userfaultfd", os.open, "/dev/userfaultfd", os.O_RDWR)
    print("FDS", _fd_links())
""",
    group="priv",
)
def _check_uffd(w: World, o: Outcome) -> None:
    _no_new_fd_kinds(w, o, ("userfaultfd",))


@attack(
    "perf_fanotify_handles",
    """
    _attr = (ctypes.c_uint32 * 32)(1, 128, 0, 0)   # PERF_TYPE_SOFTWARE, size 128, CPU clock
    _try("perf_event_open", _sys, 298, _attr, 0, -1, -1, 0)
    _try("fanotify_init", _sys, 300, 0, 0)
    _handle = (ctypes.c_uint8 * 136)(128)
    _mount = ctypes.c_int()
    _try("name_to_handle_at", _sys, 303, -100, b"${world_dir}", _handle, ctypes.byref(_mount), 0)
    _try("open_by_handle_at", _sys, 304, os.open(".", os.O_RDONLY), _handle, 0)
    _try("lookup_dcookie/acct", _sys, 163, b"acct-${token}")
    _try("kexec_load", _sys, 246, 0, 0, 0, 0)
    _try("init_module", _sys, 175, 0, 0, b"")
    _try("swapon", _sys, 167, b"/dev/null", 0)
    _try("reboot", _sys, 169, 0, 0, 0, 0)
    print("FDS", _fd_links())
""",
    setup=lambda w: w.world_file(),
    group="priv",
)
def _check_perf(w: World, o: Outcome) -> None:
    _no_new_fd_kinds(w, o, ("perf_event", "fanotify"))


@attack(
    "raise_limits",
    """
    import resource
    for _r in ("RLIMIT_AS", "RLIMIT_FSIZE", "RLIMIT_NOFILE", "RLIMIT_CORE", "RLIMIT_NPROC"):
        _res = getattr(resource, _r)
        _try("setrlimit " + _r, resource.setrlimit, _res, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        _try("prlimit self " + _r, resource.prlimit, 0, _res, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    _try("personality", _sys, 135, 0x0040000 | 0x0400000)
    _try("PR_SET_NO_NEW_PRIVS 0", _libc.prctl, 38, 0, 0, 0, 0)
    _try("PR_SET_SECCOMP 0", _libc.prctl, 22, 0, 0, 0, 0)
    _wanted = ("Max address", "Max file size", "Max open")
    print("LIMITS", [l for l in _read("/proc/self/limits", "r").splitlines() if l.startswith(_wanted)])
    print("PERSONALITY", _sys(135, 0xFFFFFFFF)[0])  # the query form: returns the persona in force
""",
    group="priv",
)
def _check_limits(w: World, o: Outcome) -> None:
    limits = " ".join(" ".join(line.split()) for line in o.value("LIMITS"))
    for expected in (
        "Max address space 4294967296 4294967296",
        "Max file size 1073741824 1073741824",
        "Max open files 512 512",
    ):
        assert expected in limits, f"{expected!r} not in {limits!r}"
    assert o.value("PERSONALITY") == 0, "the execution domain changed"


def _setup_highbit(w: World) -> None:
    w.listener("tcp4", socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", 0))
    w.listener("unix", socket.AF_UNIX, socket.SOCK_STREAM)


@attack(
    "seccomp_highbit_socket",
    """
    def _hb(family, addr):
        fd, e = _sys(41, family | (1 << 32), socket.SOCK_STREAM, 0)
        if fd < 0:
            return ("no socket", fd, e)
        s = socket.socket(fileno=fd)
        s.settimeout(2)
        s.connect(addr)
        return s.send(b"highbit")
    _try("AF_INET|1<<32", _hb, socket.AF_INET, ("127.0.0.1", ${tcp4_port}))
    _try("AF_UNIX|1<<32", _hb, socket.AF_UNIX, "${unix_path}")
    _try("AF_UNIX|0xffff<<32", lambda: _sys(41, 1 | (0x7fff << 48), 1 | (1 << 40), 0))
""",
    setup=_setup_highbit,
    group="seccomp",
)
def _check_highbit(w: World, o: Outcome) -> None:
    w.assert_nothing_received()


def _ioctl_errno(fd: int, cmd: int) -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    ch = ctypes.c_char(b"x")
    ctypes.set_errno(0)
    res = libc.syscall(ctypes.c_long(16), ctypes.c_long(fd), ctypes.c_long(cmd), ctypes.byref(ch))
    return 0 if res == 0 else ctypes.get_errno()


@attack(
    "seccomp_highbit_ioctl",
    """
    open("tty-${token}", "w").close()
    _fd = os.open("tty-${token}", os.O_RDWR)
    _c = ctypes.c_char(b"x")
    for _label, _cmd in (("TIOCSTI", 0x5412), ("TIOCSTI|1<<32", 0x5412 | (1 << 32)),
                         ("TIOCLINUX|1<<32", 0x541C | (1 << 32)), ("TIOCGWINSZ", 0x5413)):
        _r, _e = _sys(16, _fd, _cmd, ctypes.byref(_c))
        print("IOCTL", repr((_label, _r, _e)))
""",
    group="seccomp",
)
def _check_ioctl(w: World, o: Outcome) -> None:
    got = {label: err for label, _res, err in (ast.literal_eval(line[6:]) for line in o.lines("IOCTL "))}
    path = w.dir / "ioctl-probe"
    path.touch()
    fd = os.open(path, os.O_RDWR)
    try:  # unconfined, the same requests on the same kind of file only get "not a tty"
        assert _ioctl_errno(fd, 0x5412 | (1 << 32)) == errno.ENOTTY
        assert _ioctl_errno(fd, 0x541C | (1 << 32)) == errno.ENOTTY
    finally:
        os.close(fd)
    for label in ("TIOCSTI", "TIOCSTI|1<<32", "TIOCLINUX|1<<32"):
        assert got[label] in (errno.EACCES, errno.EPERM), f"{label}: errno {got[label]}, the filter let it through"
    assert got["TIOCGWINSZ"] == errno.ENOTTY, got


def _setup_abi(w: World) -> None:
    _setup_highbit(w)
    w.sentinel()


@attack(
    "x32_syscalls",
    """
    _X = 0x40000000
    def _xsock(family, addr):
        fd, e = _sys(_X | 41, family, 1, 0)
        if fd < 0:
            return ("no socket", fd, e)
        s = socket.socket(fileno=fd)
        s.settimeout(2)
        s.connect(addr)
        return s.send(b"x32")
    _try("x32 socket unix", _xsock, socket.AF_UNIX, "${unix_path}")
    _try("x32 socket inet", _xsock, socket.AF_INET, ("127.0.0.1", ${tcp4_port}))
    _try("x32 kill", _sys, _X | 62, ${sentinel_pid}, 9)
    _try("x32 setuid", _sys, _X | 105, 0)
    _try("x32 getuid", _sys, _X | 102)
    def _xfork():
        r, e = _sys(_X | 57)
        if r == 0:
            os.open("x32fork-${token}", os.O_CREAT | os.O_WRONLY, 0o600)
            os._exit(0)
        return r, e
    _try("x32 fork", _xfork)
    print("STATUS", list(_status("Uid", "Gid", "Groups", "CapEff", "CapPrm").items()))
    _workdir()
""",
    setup=_setup_abi,
    group="seccomp",
)
def _check_x32(w: World, o: Outcome) -> None:
    w.assert_nothing_received()
    w.the_sentinel.assert_alive()
    _assert_identity_unchanged(w, o)
    _files_absent(w, o, "x32fork")


def i386_call(nr: int, b: int = 0, c: int = 0, d: int = 0) -> int:
    """Run `int 0x80` (the i386 system call entry) from this 64-bit process."""
    code = (
        b"\x53\xb8"
        + nr.to_bytes(4, "little")
        + b"\xbb"
        + (b & 0xFFFFFFFF).to_bytes(4, "little")
        + b"\xb9"
        + (c & 0xFFFFFFFF).to_bytes(4, "little")
        + b"\xba"
        + (d & 0xFFFFFFFF).to_bytes(4, "little")
        + b"\xcd\x80\x5b\xc3"
    )  # push rbx; mov eax/ebx/ecx/edx; int 0x80; pop rbx; ret
    page = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    try:
        page.write(code)
        buf = ctypes.c_char.from_buffer(page)
        res = int(ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.addressof(buf))())
        del buf
        return res
    finally:
        page.close()


@attack(
    "int80_i386",
    """
    import mmap
    _page = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    _addr = ctypes.addressof(ctypes.c_char.from_buffer(_page))
    def _i386(nr, b=0, c=0, d=0):
        code = (b"\\x53\\xb8" + nr.to_bytes(4, "little") + b"\\xbb" + (b & 0xFFFFFFFF).to_bytes(4, "little")
                + b"\\xb9" + (c & 0xFFFFFFFF).to_bytes(4, "little") + b"\\xba" + (d & 0xFFFFFFFF).to_bytes(4, "little")
                + b"\\xcd\\x80\\x5b\\xc3")
        _page.seek(0)
        _page.write(code)
        return ctypes.CFUNCTYPE(ctypes.c_int)(_addr)()
    print("I386 getuid32", _i386(199))
    def _isock(family, addr):
        fd = _i386(359, family, 1, 0)
        if fd < 0:
            return ("no socket", fd)
        s = socket.socket(fileno=fd)
        s.settimeout(2)
        s.connect(addr)
        return s.send(b"i386")
    _try("i386 socket unix", _isock, socket.AF_UNIX, "${unix_path}")
    _try("i386 socket inet", _isock, socket.AF_INET, ("127.0.0.1", ${tcp4_port}))
    _libc.mmap.restype = ctypes.c_void_p
    _low = _libc.mmap(None, 4096, 3, 0x22 | 0x40, -1, 0)   # MAP_32BIT: i386 pointers are 32 bits
    def _socketcall():
        ctypes.memmove(_low, (ctypes.c_uint32 * 3)(1, 1, 0), 12)
        fd = _i386(102, 1, _low)
        if fd < 0:
            return ("no socket", fd)
        s = socket.socket(fileno=fd)
        s.connect("${unix_path}")
        return s.send(b"socketcall")
    _try("i386 socketcall", _socketcall)
    _try("i386 kill", _i386, 37, ${sentinel_pid}, 9)
    _try("i386 setuid32", _i386, 213, 0)
    _try("i386 setresuid32", _i386, 208, 0, 0, 0)
    def _ifork():
        r = _i386(2)
        if r == 0:
            os.open("i386fork-${token}", os.O_CREAT | os.O_WRONLY, 0o600)
            os._exit(0)
        return r
    _try("i386 fork", _ifork)
    print("STATUS", list(_status("Uid", "Gid", "Groups", "CapEff", "CapPrm").items()))
    _workdir()
""",
    setup=_setup_abi,
    group="seccomp",
)
def _check_i386(w: World, o: Outcome) -> None:
    assert i386_call(199) == os.getuid(), "int 0x80 does not work on this host: the case proves nothing"
    w.assert_nothing_received()
    w.the_sentinel.assert_alive()
    _assert_identity_unchanged(w, o)
    _files_absent(w, o, "i386fork")


@attack(
    "confinement_status",
    """
    _keys = ("NoNewPrivs", "Seccomp", "Seccomp_filters", "CapEff", "CapPrm", "CapAmb", "Uid")
    print("STATUS", list(_status(*_keys).items()))
    print("PR_GET_SECCOMP", _libc.prctl(21, 0, 0, 0, 0), "PR_GET_NO_NEW_PRIVS", _libc.prctl(39, 0, 0, 0, 0))
""",
    group="priv",
)
def _check_status(w: World, o: Outcome) -> None:
    st = dict(o.value("STATUS"))
    assert st["NoNewPrivs"] == "1", st
    assert st["Seccomp"] == "2", st
    assert int(st["Seccomp_filters"]) >= 1, st
    assert int(st["CapEff"], 16) == 0 and int(st["CapPrm"], 16) == 0 and int(st["CapAmb"], 16) == 0, st
    assert st["Uid"].split()[0] == str(w.kernel_uid)
    assert o.lines("PR_GET_SECCOMP")[0].split() == ["PR_GET_SECCOMP", "2", "PR_GET_NO_NEW_PRIVS", "1"]
    if w.kernel_pid:  # and as the app sees it from outside
        assert _status_field(w.kernel_pid, "NoNewPrivs") == "1"
        assert _status_field(w.kernel_pid, "Seccomp") == "2"


# ==== writes outside ==============================================================================================
def _setup_outside(w: World) -> None:
    w.notes["before"] = sorted(os.listdir(w.writable))


@attack(
    "create_outside",
    """
    for _d in ("${writable_dir}", "${app_dir}", "/tmp", "/dev/shm", os.path.dirname(os.path.dirname(os.getcwd()))):
        _try("open " + _d, lambda: open(_d + "/na-atk-${token}-open", "w").write("x"))
        _try("os.open " + _d, os.open, _d + "/na-atk-${token}-creat", os.O_CREAT | os.O_WRONLY, 0o666)
        _try("mkdir " + _d, os.mkdir, _d + "/na-atk-${token}-dir")
        _try("symlink " + _d, os.symlink, "/etc/passwd", _d + "/na-atk-${token}-sym")
        _try("mkfifo " + _d, os.mkfifo, _d + "/na-atk-${token}-fifo")
        _try("mknod " + _d, os.mknod, _d + "/na-atk-${token}-nod")
        _try("bind " + _d, lambda: socket.socket(socket.AF_UNIX).bind(_d + "/na-atk-${token}-sock"))
        open("o-${token}", "w").close()
        _try("rename-out " + _d, os.rename, "o-${token}", _d + "/na-atk-${token}-mv")
        _try("link-out " + _d, os.link, "o-${token}", _d + "/na-atk-${token}-hl")
""",
    setup=_setup_outside,
    group="write",
)
def _check_create(w: World, o: Outcome) -> None:
    after = sorted(os.listdir(w.writable))
    assert after == w.notes["before"], f"new entries in {w.writable}: {after}"
    made = [p for d in (w.app_dir, Path("/tmp"), Path("/dev/shm")) for p in d.glob(f"na-atk-{w.token}-*")]
    assert not made, made
    if w.data_dir is not None:
        made = list(w.data_dir.rglob(f"na-atk-{w.token}-*"))
        assert not made, made


def _setup_modify(w: World) -> None:
    for label, directory, owner, mode in (
        ("mod", w.writable, w.kernel_uid, 0o666),
        ("appmod", w.app_dir, w.app_uid, 0o644),
    ):
        path = directory / f"{label}-{w.token}.txt"
        content = f"ORIGINAL-{uuid.uuid4().hex}\n"
        path.write_text(content)
        os.chown(path, owner, owner)
        path.chmod(mode)
        w.add_cleanup(lambda p=path: p.unlink(missing_ok=True))
        w.params[f"{label}_file"] = str(path)
        w.notes[label] = (path, content, path.stat().st_ino)


@attack(
    "modify_outside",
    """
    for _p in ("${mod_file}", "${appmod_file}"):
        _try("append", lambda: open(_p, "a").write("PWNED"))
        _try("overwrite", lambda: open(_p, "r+").write("PWNED"))
        _try("truncate", os.truncate, _p, 0)
        _try("O_TRUNC", os.open, _p, os.O_WRONLY | os.O_TRUNC)
        _try("unlink", os.unlink, _p)
        _try("rename-over", lambda: (open("x-${token}", "w").write("PWNED"), os.rename("x-${token}", _p)))
        _try("rename-away", os.rename, _p, _p + ".moved")
        _try("numpy.save", lambda: __import__("numpy").array([1]).tofile(_p))
""",
    setup=_setup_modify,
    group="write",
)
def _check_modify(w: World, o: Outcome) -> None:
    for label in ("mod", "appmod"):
        path, content, ino = w.notes[label]
        assert path.exists() and path.stat().st_ino == ino, f"{path} was replaced or removed"
        assert path.read_text() == content, f"{path} was changed"


def _setup_meta(w: World) -> None:
    path = w.secret_file("meta", w.app_uid, 0o600, w.app_dir)
    w.params["meta_file"] = str(path)
    st = path.stat()
    w.notes["meta"] = (path, st.st_mode, st.st_mtime_ns, st.st_uid, st.st_gid)


@attack(
    "xattr_outside",
    """
    _try("setxattr", os.setxattr, "${meta_file}", "user.na", b"pwned")
    _try("lsetxattr", os.setxattr, "${meta_file}", "user.na", b"pwned", follow_symlinks=False)
    _try("removexattr", os.removexattr, "${meta_file}", "user.keep", follow_symlinks=False)
""",
    setup=lambda w: (_setup_meta(w), os.setxattr(w.params["meta_file"], "user.keep", b"1")),
    group="write",
)
def _check_xattr(w: World, o: Outcome) -> None:
    path = w.notes["meta"][0]
    assert os.listxattr(path) == ["user.keep"], f"extended attributes changed: {os.listxattr(path)}"


@attack(
    "chmod_utime_outside",
    """
    _try("chmod", os.chmod, "${meta_file}", 0o666)
    _try("utime", os.utime, "${meta_file}", (0, 0))
    _try("chown", os.chown, "${meta_file}", os.getuid(), os.getgid())
""",
    setup=_setup_meta,
    group="write",
)
def _check_chmod(w: World, o: Outcome) -> None:
    path, mode, mtime, uid, gid = w.notes["meta"]
    st = path.stat()
    assert (st.st_mode, st.st_mtime_ns, st.st_uid, st.st_gid) == (mode, mtime, uid, gid), (
        f"metadata of {path} changed: mode {oct(st.st_mode)} (was {oct(mode)}), mtime {st.st_mtime_ns} (was {mtime})"
    )


@attack(
    "fd_metadata_outside",
    """
    # The host-owned directory kernels initialise in: readable, so a descriptor can be had; in shared uid mode it
    # belongs to the kernel's own uid, and Landlock does not mediate changes made through a descriptor.
    _init = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.getcwd()))), "kernel-init")
    print("INIT", _init)
    _fd = os.open(_init, os.O_RDONLY | os.O_DIRECTORY)
    _try("fchmod", os.fchmod, _fd, 0o777)
    _try("fchown", os.fchown, _fd, os.getuid(), os.getgid())
    _try("fsetxattr", os.setxattr, _fd, "user.na", b"pwned")
    _try("fremovexattr", os.removexattr, _fd, "user.keep")
    _try("chmod", os.chmod, _init, 0o777)
    _try("create inside", lambda: open(os.path.join(_init, "planted.py"), "w").write("x = 1"))
""",
    group="write",
)
def _check_fd_metadata(w: World, o: Outcome) -> None:
    found = o.lines("INIT ")
    assert found, o.text[-2000:]
    init = Path(found[0].split(" ", 1)[1])
    st = init.stat()
    assert st.st_mode & 0o7777 == 0o755, f"{init} mode changed to {oct(st.st_mode)}"
    assert "user.na" not in os.listxattr(init), os.listxattr(init)
    assert not (init / "planted.py").exists(), "a file was planted in the directory kernels initialise in"


@attack(
    "pandas_outside",
    """
    import pandas as pd
    _df = pd.DataFrame({"a": [1, 2]})
    _try("to_csv", _df.to_csv, "${tmp_target}.csv")
    _try("to_pickle", _df.to_pickle, "${tmp_target}.pkl")
    _try("to_json", _df.to_json, "${writable_dir}/na-atk-${token}.json")
    _try("numpy.save", __import__("numpy").save, "${tmp_target}.npy", _df.values)
""",
    group="write",
)
def _check_pandas(w: World, o: Outcome) -> None:
    made = [*Path("/tmp").glob(f"na-atk-{w.token}*"), *w.writable.glob(f"na-atk-{w.token}*")]
    assert not made, f"written outside the sandbox: {made}"


@attack(
    "matplotlib_outside",
    """
    import matplotlib
    import matplotlib.pyplot as plt
    plt.plot([1, 2, 3])
    _try("savefig png", plt.savefig, "${tmp_target}.png")
    _try("savefig pdf", plt.savefig, "${writable_dir}/na-atk-${token}.pdf")
    _try("savefig svg", plt.savefig, "${tmp_target}.svg")
    plt.close("all")
""",
    group="write",
)
def _check_mpl(w: World, o: Outcome) -> None:
    _check_pandas(w, o)
