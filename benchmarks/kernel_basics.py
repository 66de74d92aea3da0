"""Kernel start, trivial-cell round trip and idle memory of a confined kernel, with baselines in the same run.

Baselines, interleaved with what they are compared to so that a noisy machine weighs on both alike:
jupyter_client's ``execute_interactive`` on the same kernel for the round trip, and ``wait_for_ready`` in place of
SessionKernel's own ready-wait for the start (``ready_wait*`` is that wait alone, after the launcher reported).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from notebook_agent.kernel.session_kernel import SessionKernel
from notebook_agent.settings import Settings

IMPORTS = "import pandas, numpy, matplotlib\nmatplotlib.use('module://matplotlib_inline.backend_inline')\n" \
          "import matplotlib.pyplot"
ROUND_TRIP_TARGET_MS = 4.0
BLOCK = 20  # cells per turn when alternating between the two round-trip paths


def summary(samples: list[float], **extra: Any) -> dict[str, Any]:
    """Median and p95 of samples (seconds → ms), plus any extra keys (targets)."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": statistics.median(ordered) * 1000, "p95_ms": p95 * 1000, "n": len(ordered), **extra}


def memory_kib(pid: int) -> dict[str, int]:
    """RSS and PSS of a process, from smaps_rollup."""
    out = {}
    with open(f"/proc/{pid}/smaps_rollup") as fh:
        for line in fh:
            key, _, rest = line.partition(":")
            if key in ("Rss", "Pss"):
                out[key.lower() + "_kib"] = int(rest.split()[0])
    return out


class _TimedKernel(SessionKernel):
    """SessionKernel that records how long its ready-wait took; `generic` swaps in ``wait_for_ready``."""

    generic = False
    ready_wait_s = 0.0

    async def _wait_ready(self, what: str) -> None:
        t0 = time.perf_counter()
        if self.generic:
            kc = self.kc
            assert kc is not None
            kc.start_channels()
            await kc.wait_for_ready(timeout=self.profile.limits.startup_timeout_s)
        else:
            await super()._wait_ready(what)
        self.ready_wait_s = time.perf_counter() - t0


async def _starts(settings: Settings, starts: int) -> dict[str, dict[str, Any]]:
    """Start to ready (and to imports done), ours and wait_for_ready's in turn."""
    runs: dict[str, list[float]] = {k: [] for k in ("ready", "wait", "imports", "generic_ready", "generic_wait")}
    for _ in range(starts):
        for generic in (False, True):
            k = _TimedKernel(settings=settings)
            k.generic = generic
            t0 = time.perf_counter()
            await k.start()
            ready = time.perf_counter() - t0
            prefix = "generic_" if generic else ""
            runs[prefix + "ready"].append(ready)
            runs[prefix + "wait"].append(k.ready_wait_s)
            if not generic:
                res = await k.execute(IMPORTS)
                assert res.status == "ok", res.error
                runs["imports"].append(time.perf_counter() - t0)
            await k.shutdown()
    return {
        "cold_start_ready": summary(runs["ready"]),
        "cold_start_ready_wait_for_ready": summary(runs["generic_ready"]),
        "ready_wait": summary(runs["wait"]),
        "ready_wait_wait_for_ready": summary(runs["generic_wait"]),
        "cold_start_ready_with_imports": summary(runs["imports"]),
    }


async def run(starts: int = 5, cells: int = 200) -> dict[str, Any]:
    """Measure; returns the figures as a dict."""
    data = Path(tempfile.mkdtemp(prefix="na-bench-", dir="/tmp"))
    data.chmod(0o711)
    settings = Settings.from_env({**os.environ, "NOTEBOOK_AGENT_DATA_DIR": str(data)})
    figures = await _starts(settings, starts)
    k = await SessionKernel(settings=settings).start()
    try:
        mem_bare = memory_kib(k.pid)
        await k.execute(IMPORTS)
        await asyncio.sleep(0.5)
        mem_imports = memory_kib(k.pid)
        kc = k.kc
        assert kc is not None
        kc.start_channels()
        await kc.wait_for_ready(timeout=30)
        for _ in range(BLOCK):  # warm both paths
            await k.execute("pass")
            await kc.execute_interactive("pass", output_hook=lambda m: None)
        ours: list[float] = []
        generic: list[float] = []
        while len(ours) < cells:
            for _ in range(BLOCK):
                t0 = time.perf_counter()
                await k.execute("pass")
                ours.append(time.perf_counter() - t0)
            for _ in range(BLOCK):
                t0 = time.perf_counter()
                await kc.execute_interactive("pass", output_hook=lambda m: None)
                generic.append(time.perf_counter() - t0)
    finally:
        await k.shutdown()
    return {
        **figures,
        "round_trip_session_kernel": summary(ours, target_p50_ms=ROUND_TRIP_TARGET_MS),
        "round_trip_execute_interactive": summary(generic),
        "idle_kernel_memory": mem_bare,
        "idle_kernel_memory_with_imports": mem_imports,
    }


if __name__ == "__main__":
    for name, fig in asyncio.run(run()).items():
        print(f"{name:45} " + ", ".join(f"{key}={value:.2f}" if isinstance(value, float) else f"{key}={value}"
                                         for key, value in fig.items()))
