"""The host's side of the fork server: start it, ask it for kernels, and watch them like `subprocess.Popen`.

One server per compute setting (see ``sandbox.template_key``), started on first use and shared by every
kernel of this process. The template runs as the app's uid (root in per-session mode: each child drops to its
session's uid itself) and ends when this process closes its end of the channel.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from ..errors import ForkUnavailable
from ..sandbox.forkserver import recv, send
from ..sandbox.profiles import Profile
from ..sandbox.sandbox import template_environment, template_key
from ..settings import Settings

__all__ = ["ForkServer", "ForkedProcess", "fork_server", "shutdown_fork_servers"]

log = logging.getLogger(__name__)

_READY_TIMEOUT_S = 180  # the template's imports, on a loaded machine
_REPLY_TIMEOUT_S = 30


class ForkedProcess:
    """A forked kernel seen through its pidfd and its status socket, with the parts of `Popen` jupyter_client uses.

    Signals go through the pidfd, so a recycled pid can never be hit; the exit status comes from the template,
    which is the kernel's parent and reaps it.
    """

    stdin = stdout = stderr = None

    def __init__(self, pid: int, pidfd: int, status: socket.socket) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self._pidfd: int | None = pidfd
        self._status = status
        self._lock = threading.Lock()

    def _gone(self) -> bool:
        if self._pidfd is None:
            return True
        readable, _, _ = select.select([self._pidfd], [], [], 0)
        return bool(readable)

    def _collect(self, timeout: float | None) -> int | None:
        with self._lock:
            if self.returncode is not None:
                return self.returncode
            ready, _, _ = select.select([self._status], [], [], timeout)
            if not ready:
                return None
            try:
                msg, _ = recv(self._status, 0)
            except OSError:
                msg = None
            if msg is not None and "exit" in msg:
                self.returncode = int(msg["exit"])
            elif self._gone():  # the template ended before reporting: the kernel followed it (PDEATHSIG)
                self.returncode = -signal.SIGKILL
            else:
                return None
            self._close()
            return self.returncode

    def poll(self) -> int | None:
        """The exit code if the kernel has ended, else None."""
        return self._collect(0)

    def wait(self, timeout: float | None = None) -> int:
        """Block until the kernel has ended."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            code = self._collect(0.2 if left is None else min(0.2, left))
            if code is not None:
                return code
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(f"kernel {self.pid}", timeout or 0)

    def send_signal(self, sig: int) -> None:
        """Signal the kernel (never a process that reused its pid)."""
        with self._lock:
            if self.returncode is not None or self._pidfd is None:
                return
            signal.pidfd_send_signal(self._pidfd, sig)

    def kill(self) -> None:
        """SIGKILL."""
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        """SIGTERM."""
        self.send_signal(signal.SIGTERM)

    def _close(self) -> None:
        if self._pidfd is not None:
            os.close(self._pidfd)
            self._pidfd = None
        self._status.close()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # interpreter shutdown
            self._close()


class ForkServer:
    """One template process and the channel to it."""

    def __init__(self, python: str, env: dict[str, str], cwd: Path, log_path: Path) -> None:
        self.python, self.env, self.cwd, self.log_path = python, env, cwd, log_path
        self.proc: subprocess.Popen[bytes] | None = None
        self.chan: socket.socket | None = None
        self.info: dict[str, Any] = {}

    def start(self) -> None:
        """Start the template and wait until its imports are done; ForkUnavailable if it cannot serve."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.cwd.mkdir(parents=True, exist_ok=True, mode=0o700)
        logfd = os.open(self.log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
        try:
            # -I -B: nothing from the environment or a writable directory steers the template (it may be root).
            self.proc = subprocess.Popen(
                [self.python, "-I", "-B", "-m", "notebook_agent.sandbox.forkserver", str(theirs.fileno())],
                env=self.env,
                cwd=self.cwd,
                stdin=subprocess.DEVNULL,
                stdout=logfd,
                stderr=logfd,
                pass_fds=(theirs.fileno(),),
                start_new_session=True,
            )
        finally:
            os.close(logfd)
            theirs.close()
        ours.settimeout(_READY_TIMEOUT_S)
        try:
            msg, _ = recv(ours, 0)
        except OSError as exc:
            msg = {"error": f"no answer: {exc}"}
        if not msg or not msg.get("ready"):
            ours.close()
            self._reap()
            reason = (msg or {}).get("error") or "it exited"
            raise ForkUnavailable(f"the kernel fork server did not start: {reason} (see {self.log_path})")
        ours.settimeout(None)
        self.chan, self.info = ours, msg

    def alive(self) -> bool:
        """Whether the template still runs."""
        return self.proc is not None and self.proc.poll() is None and self.chan is not None

    def fork(self, spec: dict[str, Any], cwd: str, env: dict[str, str], report_fd: int, log_fd: int) -> ForkedProcess:
        """A new kernel child, confining itself per `spec`; its report arrives on `report_fd` as with spawning."""
        if not self.alive():
            raise ForkUnavailable("the kernel fork server is not running")
        assert self.chan is not None
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            try:
                send(self.chan, {"spec": spec, "cwd": cwd, "env": env}, [theirs.fileno(), report_fd, log_fd])
            except OSError as exc:
                raise ForkUnavailable(f"the kernel fork server stopped: {exc}") from None
            theirs.close()
            ours.settimeout(_REPLY_TIMEOUT_S)
            try:
                msg, got = recv(ours, 1)
            except OSError as exc:
                raise ForkUnavailable(f"the kernel fork server did not answer: {exc}") from None
            if msg is None or "pid" not in msg or len(got) != 1:
                for fd in got:
                    os.close(fd)
                raise ForkUnavailable(f"the kernel fork server refused: {(msg or {}).get('error', 'no answer')}")
            ours.settimeout(None)
            return ForkedProcess(int(msg["pid"]), got[0], ours)
        except BaseException:
            ours.close()
            theirs.close()
            raise

    def close(self) -> None:
        """End the template (its children follow it)."""
        if self.chan is not None:
            self.chan.close()
            self.chan = None
        self._reap()

    def _reap(self) -> None:
        if self.proc is None:
            return
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None


_servers: dict[tuple[Any, ...], ForkServer] = {}
_failed: dict[tuple[Any, ...], ForkUnavailable] = {}
_lock = threading.Lock()


def fork_server(settings: Settings, profile: Profile, python: str) -> ForkServer:
    """The running server for this profile's compute settings, started if needed (blocking)."""
    key = (str(settings.data_dir), python, template_key(profile))
    with _lock:
        if key in _failed:
            raise ForkUnavailable(_failed[key].problem)
        server = _servers.get(key)
        if server is not None and server.alive():
            return server
        if server is not None:
            log.warning("the kernel fork server stopped; starting a new one")
            server.close()
        server = ForkServer(
            python,
            template_environment(settings, profile),
            settings.runtime_dir,
            settings.runtime_dir / "forkserver.log",
        )
        try:
            server.start()
        except ForkUnavailable as exc:
            # Remembered: every kernel of this process spawns from now on instead of retrying a slow failure.
            _failed[key] = exc
            raise
        _servers[key] = server
        return server


def shutdown_fork_servers() -> None:
    """End every fork server of this process (their kernels end with them)."""
    with _lock:
        for server in _servers.values():
            server.close()
        _servers.clear()


def template_up(settings: Settings) -> bool | None:
    """Whether this data dir's fork server is running: True, False (stopped or failed), None (not started yet)."""
    with _lock:
        mine = [s for key, s in _servers.items() if key[0] == str(settings.data_dir)]
        failed = any(key[0] == str(settings.data_dir) for key in _failed)
    if any(s.alive() for s in mine):
        return True
    return False if mine or failed else None
