"""A kernel's stdout and stderr: a pipe the host drains, keeping only the tail in memory.

A kernel used to write into a host file (``kernel.log``): outside its disk cap, and in shared uid mode a file it
could truncate, chmod or fill. Now it holds only the write end of a pipe. One daemon thread drains every kernel's
pipe (a thread per kernel would cost a stack per pooled kernel) and keeps the last few KiB of each, for the
messages the host shows when a kernel fails to start or dies (launcher refusals, C-level crashes).
"""

from __future__ import annotations

import contextlib
import os
import selectors
import threading

__all__ = ["KernelLog"]

TAIL_BYTES = 16 * 1024


class KernelLog:
    """The read end of one kernel's output pipe; :attr:`write_fd` goes to the kernel."""

    def __init__(self) -> None:
        self._read_fd, self.write_fd = os.pipe2(os.O_CLOEXEC)
        os.set_blocking(self._read_fd, False)
        self._tail = bytearray()
        self._lock = threading.Lock()
        self._closed = False
        _Drain.get().add(self)

    def close_write_end(self) -> None:
        """The kernel has its copy: drop ours, so the pipe ends when the kernel does."""
        if self.write_fd >= 0:
            os.close(self.write_fd)
            self.write_fd = -1

    def tail(self, limit: int = 2000) -> str:
        """The last `limit` bytes the kernel wrote, decoded."""
        self._pump()  # what is already in the pipe, even if the drain thread has not run yet
        with self._lock:
            return bytes(self._tail[-limit:]).decode("utf-8", "replace").strip()

    def close(self) -> None:
        """Stop draining (the tail is kept)."""
        self.close_write_end()
        _Drain.get().remove(self)

    def _pump(self) -> bool:
        """Read what is available; False at end of stream."""
        while True:
            with self._lock:
                if self._closed:
                    return False
                try:
                    chunk = os.read(self._read_fd, 65536)
                except BlockingIOError:
                    return True
                except OSError:
                    chunk = b""
                if not chunk:
                    return False
                self._tail += chunk
                if len(self._tail) > TAIL_BYTES:
                    del self._tail[: len(self._tail) - TAIL_BYTES]

    def _close_read_end(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                os.close(self._read_fd)

    def fileno(self) -> int:
        """For the selector."""
        return self._read_fd


class _Drain:
    """The one thread that reads every kernel's pipe."""

    _instance: _Drain | None = None
    _instance_lock = threading.Lock()

    def __init__(self) -> None:
        self.selector = selectors.DefaultSelector()
        self.wake_r, self.wake_w = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
        self.selector.register(self.wake_r, selectors.EVENT_READ, None)
        self.lock = threading.Lock()
        self.pending: list[tuple[str, KernelLog]] = []
        threading.Thread(target=self._run, name="kernel-log-drain", daemon=True).start()

    @classmethod
    def get(cls) -> _Drain:
        with cls._instance_lock:
            if cls._instance is None or cls._instance._pid != os.getpid():
                cls._instance = cls()
                cls._instance._pid = os.getpid()
            return cls._instance

    _pid = 0

    def add(self, log: KernelLog) -> None:
        self._post("add", log)

    def remove(self, log: KernelLog) -> None:
        self._post("remove", log)

    def _post(self, what: str, log: KernelLog) -> None:
        with self.lock:
            self.pending.append((what, log))
        with contextlib.suppress(BlockingIOError):
            os.write(self.wake_w, b"x")

    def _apply_pending(self) -> None:
        with self.lock:
            pending, self.pending = self.pending, []
        for what, log in pending:
            if what == "add" and not log._closed:
                self.selector.register(log, selectors.EVENT_READ, log)
            elif what == "remove":
                with contextlib.suppress(KeyError, ValueError):
                    self.selector.unregister(log)
                log._close_read_end()

    def _run(self) -> None:
        while True:
            for key, _ in self.selector.select():
                if key.data is None:
                    with contextlib.suppress(BlockingIOError):
                        while os.read(self.wake_r, 512):
                            pass
                    self._apply_pending()
                    continue
                log: KernelLog = key.data
                if not log._pump():  # the kernel (and every copy of the write end) is gone
                    with contextlib.suppress(KeyError, ValueError):
                        self.selector.unregister(log)
                    log._close_read_end()
