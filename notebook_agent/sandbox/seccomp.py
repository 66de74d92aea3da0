"""seccomp: compile a policy in the OCI/Docker seccomp JSON format into two stacked filters, load them, export them.

The launcher loads two filters (see :data:`Phase`). The *early* one goes on right after the uid drop, before
anything reads a file the sandbox could have written: it is the policy plus what kernel initialisation needs
(``socket(AF_UNIX)``, ``bind``, ``listen``, ``connect``). The *final* one goes on after the kernel has bound its
sockets: the policy alone, so ``socket()`` is denied outright. Filters cannot be removed and the strictest answer of
all loaded filters wins, so code that somehow ran between the two could not open anything the early filter denies.

The host compiles the same programs (:func:`expected_programs`) and, as root, compares them with what the kernel
actually loaded (``verify.read_filters``). libseccomp's output is deterministic for the same rules and version.
Only libseccomp (through ``pyseccomp``, a ctypes binding) is imported: this runs before user code.
"""

from __future__ import annotations

import os
import tempfile
from typing import Any, Literal

import pyseccomp as sc

from ..errors import SeccompError

__all__ = ["Phase", "apply", "expected_programs", "validate_policy"]

# "early": loaded before kernel initialisation; "final": after it, for the kernel's whole life.
Phase = Literal["early", "final"]

_ACTIONS = {
    "SCMP_ACT_ALLOW",
    "SCMP_ACT_ERRNO",
    "SCMP_ACT_KILL",
    "SCMP_ACT_KILL_PROCESS",
    "SCMP_ACT_KILL_THREAD",
    "SCMP_ACT_TRAP",
    "SCMP_ACT_LOG",
}
_OPS = {
    "SCMP_CMP_NE": sc.NE,
    "SCMP_CMP_LT": sc.LT,
    "SCMP_CMP_LE": sc.LE,
    "SCMP_CMP_EQ": sc.EQ,
    "SCMP_CMP_GE": sc.GE,
    "SCMP_CMP_GT": sc.GT,
    "SCMP_CMP_MASKED_EQ": sc.MASKED_EQ,
}
_ARCHES = {
    "SCMP_ARCH_X86_64": "X86_64",
    "SCMP_ARCH_X86": "X86",
    "SCMP_ARCH_X32": "X32",
    "SCMP_ARCH_AARCH64": "AARCH64",
    "SCMP_ARCH_ARM": "ARM",
}
_TOP_KEYS = {"comment", "defaultAction", "defaultErrnoRet", "architectures", "syscalls"}
_RULE_KEYS = {"names", "action", "errnoRet", "args", "comment"}
_ARG_KEYS = {"index", "value", "valueTwo", "op"}

# System calls whose target is a pid (argument index): allowed only on the kernel itself, so a kernel that
# shares its uid with the app cannot signal, renice or re-limit the app or another session.
# Queries on another pid are closed too: their answers (ESRCH or not, a session id, a scheduling class) enumerate
# the host's processes.
SELF_PID_SYSCALLS = {
    "kill": 0,
    "tgkill": 0,
    "rt_sigqueueinfo": 0,
    "rt_tgsigqueueinfo": 0,
    "prlimit64": 0,
    "sched_setaffinity": 0,
    "sched_setattr": 0,
    "sched_getaffinity": 0,
    "sched_getattr": 0,
    "sched_rr_get_interval": 0,
    "getsid": 0,
    "getpgid": 0,
    "get_robust_list": 0,
}
# (which, who) calls: PRIO_PROCESS (0) / IOPRIO_WHO_PROCESS (1) on the kernel itself only.
_WHICH_WHO = {"getpriority": 0, "setpriority": 0, "ioprio_get": 1}
# Scheduling class and priority: every kernel thread is SCHED_OTHER with priority 0 and may not change that, so these
# answer exactly that without asking the kernel — for any pid. glibc's pthread_getschedparam asks with a thread's
# tid (which no filter can know in advance) and libzmq aborts when it fails, so a per-pid rule would not do.
FAKE_SCHED_SYSCALLS = ("sched_getscheduler", "sched_getparam", "sched_setscheduler", "sched_setparam")
# What kernel initialisation needs beyond the policy: ZMQ's ipc transport makes, binds and listens on unix sockets.
_AF_UNIX = 1
_EOPNOTSUPP = 95
_EARLY_ALLOW = ("bind", "listen", "connect")
_LOW32 = 0xFFFFFFFF
_ENOSYS = 38

# Path-based metadata changes. Landlock does not cover them, so a kernel sharing the app's uid could chmod, chown
# or re-date the app's own files: in shared mode they succeed without doing anything (failing would break
# shutil.copy and friends). With a per-session uid, file ownership already protects everything outside.
PATH_METADATA_SYSCALLS = (
    "chmod",
    "chown",
    "lchown",
    "fchmodat",
    "fchownat",
    "fchmodat2",
    "utime",
    "utimes",
    "futimesat",
    # By descriptor too: a kernel may open the app's own files read-only (a venv the app's uid
    # owns) and Landlock does not mediate mode, owner or xattr changes through the descriptor.
    "fchmod",
    "fchown",
    "fsetxattr",
    "fremovexattr",
)


def validate_policy(policy: Any, where: str = "seccomp policy") -> None:
    """Check the subset of the OCI seccomp format we compile; raise naming the bad key."""
    if not isinstance(policy, dict):
        raise SeccompError(f"{where}: expected a JSON object")
    for key in policy:
        if key not in _TOP_KEYS:
            raise SeccompError(f"{where}: unknown key {key!r} (known: {', '.join(sorted(_TOP_KEYS))})")
    if policy.get("defaultAction") not in _ACTIONS:
        raise SeccompError(f"{where}: defaultAction must be one of {sorted(_ACTIONS)}")
    for arch in policy.get("architectures", []):
        if arch not in _ARCHES:
            raise SeccompError(f"{where}: architectures: unknown {arch!r}")
    for i, rule in enumerate(policy.get("syscalls", [])):
        at = f"{where}: syscalls[{i}]"
        if not isinstance(rule, dict):
            raise SeccompError(f"{at}: expected an object")
        for key in rule:
            if key not in _RULE_KEYS:
                raise SeccompError(f"{at}: unknown key {key!r}")
        if not rule.get("names") or not all(isinstance(n, str) for n in rule["names"]):
            raise SeccompError(f"{at}.names: a non-empty list of syscall names is required")
        if rule.get("action") not in _ACTIONS:
            raise SeccompError(f"{at}.action: must be one of {sorted(_ACTIONS)}")
        for j, arg in enumerate(rule.get("args") or []):
            for key in arg:
                if key not in _ARG_KEYS:
                    raise SeccompError(f"{at}.args[{j}]: unknown key {key!r}")
            if arg.get("op") not in _OPS:
                raise SeccompError(f"{at}.args[{j}].op: must be one of {sorted(_OPS)}")
            if not isinstance(arg.get("index"), int) or not 0 <= arg["index"] <= 5:
                raise SeccompError(f"{at}.args[{j}].index: must be 0..5")


def _action(name: str, errno_ret: int | None, default_errno: int) -> int:
    # pyseccomp ships no types; its actions are plain ints, so int() only tells the checker so.
    if name == "SCMP_ACT_ALLOW":
        return int(sc.ALLOW)
    if name == "SCMP_ACT_ERRNO":
        return int(sc.ERRNO(default_errno if errno_ret is None else errno_ret))
    if name in ("SCMP_ACT_KILL", "SCMP_ACT_KILL_THREAD"):
        return int(sc.KILL_THREAD)
    if name == "SCMP_ACT_KILL_PROCESS":
        return int(sc.KILL_PROCESS)
    if name == "SCMP_ACT_TRAP":
        return int(sc.TRAP)
    return int(sc.LOG)


def _arg(spec: dict[str, Any]) -> sc.Arg:
    op = _OPS[spec["op"]]
    if op == sc.MASKED_EQ:
        # OCI puts the mask in "value" and the expected value in "valueTwo".
        return sc.Arg(spec["index"], op, int(spec["value"]), int(spec.get("valueTwo", 0)))
    return sc.Arg(spec["index"], op, int(spec["value"]))


def build_filter(
    policy: dict[str, Any],
    self_pid: int | None = None,
    shared_uid: bool = False,
    phase: Phase = "final",
    foreign_affinity_enosys: bool = False,
) -> sc.SyscallFilter:
    """Turn a validated policy into a libseccomp filter (not yet loaded).

    `shared_uid`: the kernel runs under the app's uid, so path-based metadata changes become no-ops.
    `phase`: "early" adds what kernel initialisation needs (unix sockets) to the policy.
    `foreign_affinity_enosys`: for the chart renderer only (never a kernel, whose programs the host verifies):
    sched_getaffinity on any pid but its own and 0 answers ENOSYS instead of the default EPERM. glibc's
    pthread_getattr_np asks with a thread's tid and fails on EPERM (V8's threads then panic), while it reads ENOSYS
    as "no affinity support". The answer does not depend on the pid, so it tells nothing about other processes.
    """
    default_errno = int(policy.get("defaultErrnoRet", 1))
    default = _action(policy["defaultAction"], None, default_errno)
    flt = sc.SyscallFilter(default)
    # Any other ABI (x32 numbers, `int 0x80`) gets EPERM rather than a dead kernel.
    flt.set_attr(sc.Attr.ACT_BADARCH, sc.ERRNO(1))
    for arch in policy.get("architectures", []):
        arch_id = getattr(sc.Arch, _ARCHES[arch])
        if arch_id != sc.system_arch() and not flt.exist_arch(arch_id):
            flt.add_arch(arch_id)
    for rule in policy.get("syscalls", []):
        if phase == "early" and rule["names"] == ["socket"] and not rule.get("args"):
            continue  # replaced below by AF_UNIX-only rules
        action = _action(rule["action"], rule.get("errnoRet"), default_errno)
        args = [_arg(a) for a in rule.get("args") or []]
        for name in rule["names"]:
            try:
                flt.add_rule(action, name, *args)
            except OSError as exc:
                # A name this libseccomp does not know is skipped (the policy may list newer calls);
                # anything else is a broken policy.
                if exc.errno == 14 or _unknown_syscall(name):
                    continue
                raise SeccompError(f"seccomp rule for {name!r} refused: {exc}") from exc
    if self_pid is not None:
        for name, index in SELF_PID_SYSCALLS.items():
            for target in {self_pid, 0, -self_pid & _LOW32} if name == "kill" else {self_pid, 0}:
                flt.add_rule(sc.ALLOW, name, sc.Arg(index, sc.MASKED_EQ, _LOW32, target & _LOW32))
        metadata = sc.ERRNO(0) if shared_uid else sc.ALLOW
        for name in PATH_METADATA_SYSCALLS:
            if not _unknown_syscall(name):
                flt.add_rule(metadata, name)
        # utimensat(fd, NULL, ...) is futimens() on an open file: always fine. With a path it is a metadata change.
        flt.add_rule(sc.ALLOW, "utimensat", sc.Arg(1, sc.EQ, 0))
        flt.add_rule(metadata, "utimensat", sc.Arg(1, sc.NE, 0))
        # getpriority/setpriority(PRIO_PROCESS=0, 0 or self), ioprio_get(IOPRIO_WHO_PROCESS=1, 0 or self) only.
        for name, which in _WHICH_WHO.items():
            for target in (0, self_pid):
                flt.add_rule(
                    sc.ALLOW, name, sc.Arg(0, sc.MASKED_EQ, _LOW32, which), sc.Arg(1, sc.MASKED_EQ, _LOW32, target)
                )
        if foreign_affinity_enosys:
            # Below or above its own pid; 0 and its own pid keep the allow rules above (tests/test_chart_renderer.py
            # checks all four answers in a real process).
            for op in (sc.LT, sc.GT):
                flt.add_rule(sc.ERRNO(_ENOSYS), "sched_getaffinity", sc.Arg(0, op, self_pid))
    for name in FAKE_SCHED_SYSCALLS:
        flt.add_rule(sc.ERRNO(0), name)
    if phase == "early":
        _add_early_rules(flt)
    return flt


def _add_early_rules(flt: sc.SyscallFilter) -> None:
    """Unix sockets for ZMQ's ipc transport; every other family gets EOPNOTSUPP (libzmq aborts on EPERM).

    A value whose low 32 bits say AF_UNIX but whose high bits are set matches both an allow and a deny rule; the
    deny wins (libseccomp gives overlapping rules the stricter action), and the kernel reads it as AF_UNIX anyway.
    """
    flt.add_rule(sc.ALLOW, "socket", sc.Arg(0, sc.MASKED_EQ, _LOW32, _AF_UNIX))
    flt.add_rule(sc.ERRNO(_EOPNOTSUPP), "socket", sc.Arg(0, sc.GT, _AF_UNIX))
    flt.add_rule(sc.ERRNO(_EOPNOTSUPP), "socket", sc.Arg(0, sc.LT, _AF_UNIX))
    for name in _EARLY_ALLOW:
        flt.add_rule(sc.ALLOW, name)


def _unknown_syscall(name: str) -> bool:
    try:
        return int(sc.resolve_syscall(sc.system_arch(), name)) < 0
    except Exception:
        return True


def apply(
    policy: dict[str, Any],
    self_pid: int | None = None,
    shared_uid: bool = False,
    phase: Phase = "final",
    foreign_affinity_enosys: bool = False,
) -> int:
    """Load `policy` into this process with TSYNC so every thread is covered; returns the filter count.

    Raises SeccompError (or OSError) when the kernel refuses: the launcher then exits before user code.
    """
    flt = build_filter(
        policy,
        self_pid=self_pid if self_pid is not None else os.getpid(),
        shared_uid=shared_uid,
        phase=phase,
        foreign_affinity_enosys=foreign_affinity_enosys,
    )
    flt.set_attr(sc.Attr.CTL_NNP, 1)
    flt.set_attr(sc.Attr.CTL_TSYNC, 1)
    flt.load()
    return filter_count()


def export(flt: sc.SyscallFilter) -> bytes:
    """The BPF program libseccomp would load for `flt` (what ``PTRACE_SECCOMP_GET_FILTER`` returns)."""
    with tempfile.TemporaryFile() as fh:
        flt.export_bpf(fh)
        fh.seek(0)
        return fh.read()


def expected_programs(policy: dict[str, Any], pid: int, shared_uid: bool) -> list[bytes]:
    """The kernel's own filters as it should have loaded them, in the order it loads them (early, then final)."""
    return [
        export(build_filter(policy, self_pid=pid, shared_uid=shared_uid, phase=phase)) for phase in ("early", "final")
    ]


def filter_count(pid: str = "self") -> int:
    """How many seccomp filters are attached to a process, from /proc."""
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("Seccomp_filters:"):
                return int(line.split()[1])
    return 0
