"""Landlock, through its raw system calls.

Written with ctypes rather than the PyPI ``landlock`` package because that package only covers filesystem
rules; we also need TCP rules (ABI 4) and IPC scoping (ABI 6). Everything here runs inside the launcher,
before any user code, so it must import nothing heavy.
"""

from __future__ import annotations

import ctypes
import os
import platform
from dataclasses import dataclass, field

from ..errors import LandlockError

__all__ = ["LandlockRules", "abi_version", "restrict_self"]

# Syscall numbers are the same on every architecture that has Landlock (it came after the unification).
_SYS_CREATE_RULESET = 444
_SYS_ADD_RULE = 445
_SYS_RESTRICT_SELF = 446
_CREATE_RULESET_VERSION = 1 << 0
_RULE_PATH_BENEATH = 1
_PR_SET_NO_NEW_PRIVS = 38

# Filesystem access rights, by the ABI that introduced them.
FS_EXECUTE = 1 << 0
FS_WRITE_FILE = 1 << 1
FS_READ_FILE = 1 << 2
FS_READ_DIR = 1 << 3
FS_REMOVE_DIR = 1 << 4
FS_REMOVE_FILE = 1 << 5
FS_MAKE_CHAR = 1 << 6
FS_MAKE_DIR = 1 << 7
FS_MAKE_REG = 1 << 8
FS_MAKE_SOCK = 1 << 9
FS_MAKE_FIFO = 1 << 10
FS_MAKE_BLOCK = 1 << 11
FS_MAKE_SYM = 1 << 12
FS_REFER = 1 << 13  # ABI 2
FS_TRUNCATE = 1 << 14  # ABI 3
FS_IOCTL_DEV = 1 << 15  # ABI 5

NET_BIND_TCP = 1 << 0  # ABI 4
NET_CONNECT_TCP = 1 << 1  # ABI 4

SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0  # ABI 6
SCOPE_SIGNAL = 1 << 1  # ABI 6

_FS_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 4: (1 << 15) - 1, 5: (1 << 16) - 1}
# Rights that make sense on a regular file (the kernel refuses directory-only rights on a file rule).
_FILE_RIGHTS = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV

READ_EXEC = FS_EXECUTE | FS_READ_FILE | FS_READ_DIR
READ = FS_READ_FILE | FS_READ_DIR
READ_WRITE = (
    FS_EXECUTE
    | FS_WRITE_FILE
    | FS_READ_FILE
    | FS_READ_DIR
    | FS_REMOVE_DIR
    | FS_REMOVE_FILE
    | FS_MAKE_DIR
    | FS_MAKE_REG
    | FS_MAKE_SOCK
    | FS_MAKE_FIFO
    | FS_MAKE_SYM
    | FS_REFER
    | FS_TRUNCATE
)


class _RulesetAttr(ctypes.Structure):
    _fields_ = [
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    ]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long


def _syscall(*args: object) -> int:
    res = _libc.syscall(*args)
    if res < 0:
        err = ctypes.get_errno()
        raise LandlockError(err, os.strerror(err))
    return int(res)


def abi_version() -> int:
    """The Landlock ABI the running kernel offers; 0 when Landlock is absent or disabled."""
    if platform.system() != "Linux":
        return 0
    res = _libc.syscall(_SYS_CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(_CREATE_RULESET_VERSION))
    return int(res) if res > 0 else 0


@dataclass
class LandlockRules:
    """What a confined process may still reach."""

    read_exec: list[str] = field(default_factory=list)
    read: list[str] = field(default_factory=list)
    read_write: list[str] = field(default_factory=list)
    deny_tcp: bool = True
    scope_abstract_unix: bool = True
    scope_signals: bool = True


@dataclass
class LandlockResult:
    """What was actually enforced, for the launcher's report."""

    abi: int
    filesystem: bool
    network: bool
    scope_abstract_unix: bool
    scope_signals: bool
    skipped_paths: list[str] = field(default_factory=list)


def restrict_self(rules: LandlockRules) -> LandlockResult:
    """Confine this process (and its future threads) to `rules`. Sets no_new_privs first.

    Raises LandlockError when Landlock is unavailable or the kernel refuses a rule.
    """
    abi = abi_version()
    if abi < 1:
        raise LandlockError(0, "Landlock is not available on this kernel")
    handled_fs = _FS_BY_ABI.get(abi, _FS_BY_ABI[5])
    net = rules.deny_tcp and abi >= 4
    scoped = 0
    if abi >= 6:
        scoped |= SCOPE_ABSTRACT_UNIX_SOCKET if rules.scope_abstract_unix else 0
        scoped |= SCOPE_SIGNAL if rules.scope_signals else 0
    attr = _RulesetAttr(handled_fs, (NET_BIND_TCP | NET_CONNECT_TCP) if net else 0, scoped)
    # The struct grew over ABIs: pass only the size this kernel knows.
    size = ctypes.sizeof(attr) if abi >= 6 else (16 if abi >= 4 else 8)
    ruleset = _syscall(_SYS_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size), ctypes.c_uint32(0))
    skipped: list[str] = []
    try:
        for paths, access in ((rules.read_exec, READ_EXEC), (rules.read, READ), (rules.read_write, READ_WRITE)):
            for path in paths:
                if not _add_path(ruleset, path, access & handled_fs):
                    skipped.append(path)
        if _libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            err = ctypes.get_errno()
            raise LandlockError(err, f"prctl(PR_SET_NO_NEW_PRIVS): {os.strerror(err)}")
        _syscall(_SYS_RESTRICT_SELF, ctypes.c_int(ruleset), ctypes.c_uint32(0))
    finally:
        os.close(ruleset)
    return LandlockResult(
        abi, True, net, bool(scoped & SCOPE_ABSTRACT_UNIX_SOCKET), bool(scoped & SCOPE_SIGNAL), skipped
    )


def _add_path(ruleset: int, path: str, access: int) -> bool:
    """Allow `access` beneath `path`; returns False for a path that does not exist here."""
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except (FileNotFoundError, PermissionError):
        # Absent here, or unreachable for this uid anyway: a rule would grant nothing.
        return False
    try:
        if not os.path.isdir(f"/proc/self/fd/{fd}"):
            access &= _FILE_RIGHTS
        attr = _PathBeneathAttr(access, fd)
        _syscall(
            _SYS_ADD_RULE,
            ctypes.c_int(ruleset),
            ctypes.c_int(_RULE_PATH_BENEATH),
            ctypes.byref(attr),
            ctypes.c_uint32(0),
        )
    finally:
        os.close(fd)
    return True
