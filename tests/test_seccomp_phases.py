"""The two stacked seccomp filters, exercised in real processes: what the early one leaves open before kernel
initialisation, what the final one closes, and the host's check that the loaded programs are the compiled ones.

Each case runs a child Python process that loads filters exactly as the launcher does (``seccomp.apply``) and then
attempts things; its report is JSON on stdout. Effects are checked where there is one (a TCP listener the test
started must have accepted nothing).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from notebook_agent.sandbox import seccomp
from notebook_agent.sandbox.profiles import load_profile
from notebook_agent.sandbox.verify import FilterCheck, verify_filters

POLICY = load_profile("default").seccomp_policy

PROBE = textwrap.dedent("""
    import ctypes, errno, json, os, socket, sys
    sys.path[:0] = [{repo!r}]
    from notebook_agent.sandbox import seccomp
    policy = json.loads(sys.stdin.read())
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    out = {{}}

    def sysc(nr, *args):
        ctypes.set_errno(0)
        res = libc.syscall(ctypes.c_long(nr), *[ctypes.c_long(a) for a in args])
        return res if res >= 0 else -ctypes.get_errno()

    def attempt(label, fn):
        try:
            res = fn()
            out[label] = "ok" if not isinstance(res, int) or res >= 0 else errno.errorcode.get(-res, str(res))
        except OSError as exc:
            out[label] = errno.errorcode.get(exc.errno, str(exc.errno))

    for phase in {phases!r}:
        seccomp.apply(policy, self_pid=os.getpid(), shared_uid=False, phase=phase)
    port = {port}
    attempt("unix", lambda: socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close())
    attempt("inet", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).close())
    attempt("mptcp", lambda: sysc(41, 2, 1, 262))
    attempt("mptcp6", lambda: sysc(41, 10, 1, 262))
    attempt("udp", lambda: sysc(41, 2, 2, 0))
    attempt("netlink_sock_diag", lambda: sysc(41, 16, 3, 4))
    attempt("packet", lambda: sysc(41, 17, 3, 0))
    attempt("inet_high_bits", lambda: sysc(41, 2 | (1 << 32), 1, 0))
    attempt("fork", lambda: sysc(57))
    attempt("unshare_user", lambda: sysc(272, 0x10000000))
    attempt("unshare_net", lambda: sysc(272, 0x40000000))
    # TCP Fast Open: sendto with MSG_FASTOPEN connects as it sends (unseen by Landlock). Tried on a TCP socket when
    # one can be made, else on a unix one (the flag alone must be refused).
    def fastopen():
        fd = sysc(41, 2, 1, 0)
        if fd < 0:
            fd = sysc(41, 1, 1, 0)
        addr = (ctypes.c_ubyte * 16)(2, 0, port >> 8, port & 255, 127, 0, 0, 1)
        return sysc(44, fd, ctypes.addressof(ctypes.create_string_buffer(b"x")), 1, 0x20000000,
                    ctypes.addressof(addr), 16)
    attempt("fastopen", fastopen)
    def abstract_bind():
        a, b = socket.socketpair()
        a.bind("\\0na-squat-" + str(os.getpid()))
    attempt("abstract_bind", abstract_bind)
    attempt("getsid_1", lambda: os.getsid(1))
    attempt("sched_getattr_1", lambda: sysc(315, 1, ctypes.addressof(ctypes.create_string_buffer(64)), 48, 0))
    attempt("sched_setscheduler_1", lambda: sysc(144, 1, 0, ctypes.addressof(ctypes.c_int(0))))
    def ifconf():
        import fcntl, struct
        s = socket.socketpair()[0]
        buf = ctypes.create_string_buffer(4096)
        req = struct.pack("iL", 4096, ctypes.addressof(buf))
        fcntl.ioctl(s.fileno(), 0x8912, req)
        return 0
    attempt("siocgifconf", ifconf)
    print(json.dumps(out))
""")


class _Listener:
    """A TCP listener on 127.0.0.1 that counts connections (the effect a network escape would have)."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.setblocking(False)
        self.port = self.sock.getsockname()[1]

    def accepted(self) -> int:
        n = 0
        time.sleep(0.2)
        while True:
            try:
                conn, _ = self.sock.accept()
            except BlockingIOError:
                return n
            conn.close()
            n += 1

    def close(self) -> None:
        self.sock.close()


def _probe(phases: tuple[str, ...], port: int) -> dict[str, str]:
    repo = str(Path(__file__).resolve().parent.parent)
    code = PROBE.format(repo=repo, phases=phases, port=port)
    proc = subprocess.run(
        [sys.executable, "-I", "-c", code], input=json.dumps(POLICY), capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_early_filter_leaves_only_unix_sockets() -> None:
    """Before initialisation: unix sockets for ZMQ, nothing else — no MPTCP, Fast Open, netlink, processes."""
    listener = _Listener()
    try:
        out = _probe(("early",), listener.port)
        assert listener.accepted() == 0, "a process under the early filter reached a host TCP listener"
    finally:
        listener.close()
    assert out["unix"] == "ok", out
    for label in ("inet", "mptcp", "mptcp6", "udp", "netlink_sock_diag", "packet", "inet_high_bits"):
        assert out[label] in ("ENOTSUP", "EOPNOTSUPP", "EPERM"), (label, out)
    assert out["fastopen"] != "ok", out
    for label in ("fork", "unshare_user", "unshare_net"):
        assert out[label] == "EPERM", (label, out)
    assert out["getsid_1"] == "EPERM", out
    assert out["siocgifconf"] == "EACCES", out


def test_final_filter_closes_sockets_binding_and_other_pids() -> None:
    """After initialisation: no socket at all, no abstract-name squatting, no answers about other processes."""
    listener = _Listener()
    try:
        out = _probe(("early", "final"), listener.port)
        assert listener.accepted() == 0
    finally:
        listener.close()
    for label in ("unix", "inet", "mptcp", "udp", "netlink_sock_diag", "inet_high_bits"):
        assert out[label] in ("ENOTSUP", "EOPNOTSUPP", "EPERM"), (label, out)
    assert out["abstract_bind"] in ("EPERM", "EACCES"), out
    assert out["getsid_1"] == "EPERM" and out["sched_getattr_1"] == "EPERM", out
    # Answered without asking the kernel (libzmq needs it to succeed for its own threads): no effect on pid 1.
    assert out["sched_setscheduler_1"] == "ok", out
    assert out["siocgifconf"] == "EACCES", out
    assert out["fastopen"] != "ok" and out["fork"] == "EPERM", out


def _filtered_child(phases: list[str | None]) -> subprocess.Popen[str]:
    """A child that loads filters in order (None: an allow-all filter, as tampered code would) and waits."""
    repo = str(Path(__file__).resolve().parent.parent)
    code = textwrap.dedent(f"""
        import json, os, sys
        sys.path[:0] = [{repo!r}]
        import pyseccomp as sc
        from notebook_agent.sandbox import seccomp
        policy = json.loads(sys.stdin.readline())
        for phase in {phases!r}:
            if phase is None:
                flt = sc.SyscallFilter(sc.ALLOW)
                flt.set_attr(sc.Attr.CTL_NNP, 1)
                flt.load()
            else:
                seccomp.apply(policy, self_pid=os.getpid(), shared_uid=False, phase=phase)
        print("ready", flush=True)
        sys.stdin.readline()
    """)
    proc = subprocess.Popen(
        [sys.executable, "-I", "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(json.dumps(POLICY) + "\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _end(proc: subprocess.Popen[Any]) -> None:
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(10)


@pytest.mark.skipif(os.geteuid() != 0, reason="reading another process's filters needs root")
@pytest.mark.parametrize(
    ("phases", "problem"),
    [
        (["early", "final"], None),
        (["early", None], "final seccomp filter is not the one"),
        ([None, "final"], "early seccomp filter is not the one"),
        (["early"], "expected 2"),
    ],
)
def test_host_compares_loaded_programs(phases: list[str | None], problem: str | None) -> None:
    """A filter swapped for an allow-all one keeps `Seccomp: 2` and the count; the program check catches it."""
    proc = _filtered_child(phases)
    try:
        checked, problems = verify_filters(proc.pid, FilterCheck(POLICY, shared_uid=False))
        alive_after = proc.poll() is None
    finally:
        _end(proc)
    assert alive_after, "inspection must not stop the process for good"
    if problem is None:
        assert checked == "programs" and problems == [], problems
    else:
        assert any(problem in p for p in problems), problems


def test_programs_depend_on_pid_and_mode() -> None:
    """The pid-scoped rules make each kernel's programs its own: another kernel's filter would not pass."""
    a = seccomp.expected_programs(POLICY, 1000, False)
    assert a == seccomp.expected_programs(POLICY, 1000, False)
    assert a != seccomp.expected_programs(POLICY, 1001, False)
    assert a != seccomp.expected_programs(POLICY, 1000, True)
