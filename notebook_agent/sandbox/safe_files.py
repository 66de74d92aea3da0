"""The one way the app opens anything inside a sandbox: from a trusted directory, one component at a time.

A kernel owns its sandbox and may replace any entry in it at any moment: a folder by a symbolic link to a host
folder, a data file by a FIFO (an open() that never returns), a hard link to a host file, a sparse file of many
gigabytes, or a file it holds a write lease on (the app's open() would wait `lease-break-time`, 45 s, per file).
So the app never hands a sandbox path to open(). It starts from a directory it trusts (e.g. the sandboxes dir,
which the app owns) and walks down with ``openat(O_NOFOLLOW)`` at every component, opens the last one
non-blocking, and reads it only if ``fstat`` of the open descriptor says it is a single-linked regular file of a
bounded size. Whatever the kernel swaps in after the check, the descriptor still names what was checked.

    with open_beneath(settings.sandboxes_dir, f"{sandbox_id}/work/data.csv", max_bytes=2**30) as fh:
        shutil.copyfileobj(fh, out)
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..errors import UnsafeFileError

__all__ = ["SPARSE_MIN_BYTES", "open_beneath", "open_dir_beneath", "read_beneath"]

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
# O_NONBLOCK: a FIFO opens at once instead of waiting for a writer, and a file with a lease held by another
# process fails with EWOULDBLOCK instead of waiting for the lease break. O_NOCTTY: a terminal never becomes ours.
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC

SPARSE_MIN_BYTES = 64 << 20
"""Files at least this big must have at least 1/16 of their size allocated on disk (see `_check`)."""
_SPARSE_RATIO = 16

_REASONS = {
    errno.ELOOP: "it, or a folder on its path, is a symbolic link",
    errno.ENOTDIR: "a folder on its path is a symbolic link or not a folder at all",
    errno.ENOENT: "it does not exist (the code in the chat may have moved or deleted it)",
    errno.EWOULDBLOCK: "another process holds a lease on it and would make the app wait",
    errno.ENXIO: "it is a socket or device, not a file",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
}


def _refuse(relpath: str, err: OSError) -> UnsafeFileError:
    reason = _REASONS.get(err.errno or 0, err.strerror or str(err))
    exc = UnsafeFileError(relpath, reason)
    exc.errno = err.errno  # type: ignore[attr-defined]
    return exc


def _components(relpath: str) -> list[str]:
    """The path's names, each a single plain component: no absolute path, '..', '.', or empty name."""
    parts = relpath.split("/")
    if not relpath or relpath.startswith("/") or any(p in ("", ".", "..") or "\0" in p for p in parts):
        raise UnsafeFileError(relpath or "''", "the name is not a plain relative path")
    return parts


def _walk(root: Path, parts: list[str], relpath: str) -> int:
    """An fd of root/parts..., each component opened as a directory without following a link (caller closes)."""
    try:
        # The root is the app's own (trusted) directory: it may be reached through links the host set up.
        fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as err:
        raise _refuse(relpath, err) from err
    for name in parts:
        try:
            nxt = os.open(name, _DIR_FLAGS, dir_fd=fd)
        except OSError as err:
            os.close(fd)
            raise _refuse(relpath, err) from err
        os.close(fd)
        fd = nxt
    return fd


def open_dir_beneath(root: Path, relpath: str) -> int:
    """A directory fd of `root/relpath`, no component below `root` followed as a link. The caller closes it.

    For writes the app makes into a sandbox: create files with ``os.open(name, ..., dir_fd=fd)`` and
    O_EXCL|O_NOFOLLOW, so a link planted there is never followed either.
    """
    return _walk(root, _components(relpath), relpath)


def _check(relpath: str, st: os.stat_result, max_bytes: int, sparse_min_bytes: int | None) -> None:
    if stat.S_ISLNK(st.st_mode):
        raise UnsafeFileError(relpath, "it is a symbolic link")
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeFileError(relpath, "it is not a regular file (a FIFO, socket, device or folder)")
    if st.st_nlink > 1:
        # A hard link may share its inode with a host file the kernel could never read itself.
        raise UnsafeFileError(relpath, f"it is hard-linked ({st.st_nlink} names share its data)")
    if st.st_size > max_bytes:
        raise UnsafeFileError(relpath, f"it is {st.st_size:,} bytes, over the limit of {max_bytes:,}")
    # Size of a file that is mostly holes: gigabytes of zeros the app would spend CPU and disk copying.
    # Compressing filesystems allocate less than the size too, but not 16 times less for real data.
    if (
        sparse_min_bytes is not None
        and st.st_size >= sparse_min_bytes
        and st.st_blocks * 512 * _SPARSE_RATIO < st.st_size
    ):
        raise UnsafeFileError(
            relpath, f"it is a sparse file ({st.st_size:,} bytes, only {st.st_blocks * 512:,} of them on disk)"
        )


class _Bounded(io.RawIOBase):
    """Reads at most `limit` bytes of an fd, then reports end of file: a file that grows while read stays bounded."""

    def __init__(self, fd: int, limit: int, name: str) -> None:
        super().__init__()
        self._fd, self._left, self.name = fd, limit, name

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._left <= 0:
            return 0
        view = memoryview(buffer).cast("B")
        n = os.readv(self._fd, [view[: min(len(view), self._left)]])
        self._left -= n
        return n

    def close(self) -> None:
        if not self.closed:
            with contextlib.suppress(OSError):
                os.close(self._fd)
        super().close()


def open_beneath(
    root: Path, relpath: str, max_bytes: int, *, sparse_min_bytes: int | None = SPARSE_MIN_BYTES
) -> BinaryIO:
    """Open `root/relpath` for reading, refusing anything but a plain file of at most `max_bytes`.

    `relpath` uses '/' and must not contain '..'. Raises UnsafeFileError (with the reason) for a link on the way,
    a non-regular, hard-linked, oversized, sparse, leased or missing file. Never blocks. Reads stop at the size
    the file had when it was checked (never more than `max_bytes`).
    """
    *dirs, name = _components(relpath)
    dir_fd = _walk(root, dirs, relpath)
    try:
        # Checked before opening too, so a FIFO or device is never opened at all (opening one can have effects);
        # the check on the open descriptor below is the one that counts (the entry may change in between).
        try:
            _check(relpath, os.stat(name, dir_fd=dir_fd, follow_symlinks=False), max_bytes, sparse_min_bytes)
            fd = os.open(name, _FILE_FLAGS, dir_fd=dir_fd)
        except OSError as err:
            raise _refuse(relpath, err) from err
    finally:
        os.close(dir_fd)
    try:
        st = os.fstat(fd)
        _check(relpath, st, max_bytes, sparse_min_bytes)
    except BaseException:
        os.close(fd)
        raise
    return io.BufferedReader(_Bounded(fd, min(st.st_size, max_bytes), relpath), 1 << 20)


def read_beneath(root: Path, relpath: str, max_bytes: int, *, sparse_min_bytes: int | None = SPARSE_MIN_BYTES) -> bytes:
    """The whole content of `root/relpath`, read as :func:`open_beneath` allows."""
    with open_beneath(root, relpath, max_bytes, sparse_min_bytes=sparse_min_bytes) as fh:
        try:
            return fh.read()
        except OSError as err:
            raise _refuse(relpath, err) from err
