"""Per-session uids: allocation from a configured range, never an existing account, released on close.

A uid is held by an exclusive `flock` on a file named after it, so two app processes (or a crashed one)
never hand out the same uid: the lock dies with its holder.
"""

from __future__ import annotations

import contextlib
import fcntl
import grp
import os
import pwd
import random
import signal
from dataclasses import dataclass
from pathlib import Path

from ..errors import SandboxError, UidRangeExhausted

__all__ = ["UidLease", "allocate_uid", "kill_uid_processes", "processes_of_uid"]

_SYSTEM_LOCK_DIR = Path("/run/notebook-agent/uids")


@dataclass
class UidLease:
    """A uid (and the gid of the same number) held for one session until `release()`."""

    uid: int
    gid: int
    _fd: int

    def release(self) -> None:
        """End every process of the uid, then give the uid back."""
        if self._fd < 0:
            return
        kill_uid_processes(self.uid)
        os.close(self._fd)
        self._fd = -1


def _lock_dir(fallback: Path) -> Path:
    for candidate in (_SYSTEM_LOCK_DIR, fallback):
        try:
            candidate.mkdir(parents=True, exist_ok=True, mode=0o700)
            return candidate
        except OSError:
            continue
    raise SandboxError(
        f"cannot create a uid lock directory ({_SYSTEM_LOCK_DIR} or {fallback})",
        "Run as root with a writable /run, or use NOTEBOOK_AGENT_UID_MODE=shared.",
    )


def _account_exists(uid: int) -> bool:
    try:
        pwd.getpwuid(uid)
        return True
    except KeyError:
        pass
    try:
        grp.getgrgid(uid)
        return True
    except KeyError:
        return False


def processes_of_uid(uid: int) -> list[int]:
    """Pids of every process whose real or effective uid is `uid`."""
    pids = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="ascii", errors="replace") as fh:
                for line in fh:
                    if line.startswith("Uid:"):
                        ids = [int(x) for x in line.split()[1:]]
                        if uid in ids:
                            pids.append(int(entry.name))
                        break
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return pids


def kill_uid_processes(uid: int) -> int:
    """SIGKILL every process of a session uid (only ever a uid we allocated); returns how many."""
    if uid < 1000:
        raise ValueError("refusing to kill processes of a system uid")
    victims = processes_of_uid(uid)
    for pid in victims:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return len(victims)


def allocate_uid(uid_range: tuple[int, int], lock_fallback: Path) -> UidLease:
    """Lease an unused uid from `uid_range`: no account, no running process, no other holder."""
    first, last = uid_range
    lock_dir = _lock_dir(lock_fallback)
    rng = random.SystemRandom()
    span = last - first + 1
    for _ in range(min(span, 256)):
        uid = first + rng.randrange(span)
        if _account_exists(uid):
            continue
        fd = os.open(lock_dir / f"{uid}.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        if processes_of_uid(uid):  # left over from a crash: not ours to reuse
            os.close(fd)
            continue
        return UidLease(uid, uid, fd)
    raise UidRangeExhausted(first, last)
