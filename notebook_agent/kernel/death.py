"""Death diagnosis: what to tell a person when their kernel process is gone.

Owns the reading of the dead kernel's exit status and of its last resident memory, and the sentence built from
them (a segfault, an out-of-memory kill, another signal, an exit status).
"""

from __future__ import annotations

import logging
import signal

from jupyter_client.manager import AsyncKernelManager

from ..ops.metrics import METRICS

__all__ = ["describe_death", "exit_code", "record_death", "rss_mb"]

log = logging.getLogger(__name__)


def record_death(code: int | None, last_rss_mb: float, limit_mb: int) -> str:
    """Count and log one kernel death; returns what to tell the person (see :func:`describe_death`)."""
    METRICS.kernel_deaths.inc()
    signal_name = None
    if code is not None and code < 0 and -code in signal.Signals._value2member_map_:
        signal_name = signal.Signals(-code).name
    log.info(
        "kernel died",
        extra={"exit_code": code, "signal": signal_name, "last_rss_mb": round(last_rss_mb), "limit_mb": limit_mb},
    )
    return describe_death(code, last_rss_mb, limit_mb)


def describe_death(code: int | None, last_rss_mb: float, limit_mb: int) -> str:
    """A sentence on why the kernel ended, from its exit status (negative: the signal) and last memory use."""
    if code is None:
        return "The kernel stopped responding."
    if code < 0:
        sig = -code
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else f"signal {sig}"
        if sig == signal.SIGSEGV:
            return "The kernel crashed with a segmentation fault (SIGSEGV), usually native code gone wrong."
        if sig == signal.SIGKILL:
            hint = (
                (
                    f" It was last seen using {last_rss_mb:.0f} MiB of {limit_mb} MiB allowed: most likely it ran "
                    "out of memory."
                )
                if last_rss_mb
                else ""
            )
            return "The kernel was killed (SIGKILL)." + hint
        return f"The kernel was ended by {name}."
    return f"The kernel exited with status {code}."


def exit_code(km: AsyncKernelManager) -> int | None:
    """The kernel process's exit status as ``Popen.poll`` gives it; None when unknown or still running."""
    process = getattr(km.provisioner, "process", None)
    return process.poll() if process is not None else None


def rss_mb(pid: int | None) -> float:
    """Resident memory of a process in MiB; 0 when it cannot be read."""
    if not pid:
        return 0.0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return 0.0
    return 0.0
