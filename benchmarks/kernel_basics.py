"""Kernel start, trivial-cell round trip and idle memory of a confined kernel, with baselines in the same run."""

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


def summary(samples: list[float]) -> dict[str, float]:
    """Median and p95 of samples (seconds → ms)."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": statistics.median(ordered) * 1000, "p95_ms": p95 * 1000, "n": len(ordered)}


def memory_kib(pid: int) -> dict[str, int]:
    """RSS and PSS of a process, from smaps_rollup."""
    out = {}
    with open(f"/proc/{pid}/smaps_rollup") as fh:
        for line in fh:
            key, _, rest = line.partition(":")
            if key in ("Rss", "Pss"):
                out[key.lower() + "_kib"] = int(rest.split()[0])
    return out


async def run(starts: int = 5, cells: int = 200) -> dict[str, Any]:
    """Measure; returns the figures as a dict."""
    data = Path(tempfile.mkdtemp(prefix="na-bench-", dir="/tmp"))
    data.chmod(0o711)
    settings = Settings.from_env({**os.environ, "NOTEBOOK_AGENT_DATA_DIR": str(data)})
    ready, ready_imports = [], []
    for _ in range(starts):
        t0 = time.perf_counter()
        k = await SessionKernel(settings=settings).start()
        ready.append(time.perf_counter() - t0)
        res = await k.execute(IMPORTS)
        assert res.status == "ok", res.error
        ready_imports.append(time.perf_counter() - t0)
        await k.shutdown()
    k = await SessionKernel(settings=settings).start()
    try:
        mem_bare = memory_kib(k.pid)
        await k.execute(IMPORTS)
        await asyncio.sleep(0.5)
        mem_imports = memory_kib(k.pid)
        ours, generic = [], []
        for _ in range(cells):
            t0 = time.perf_counter()
            await k.execute("pass")
            ours.append(time.perf_counter() - t0)
        assert k.kc is not None
        for _ in range(cells):
            t0 = time.perf_counter()
            await k.kc.execute_interactive("pass", output_hook=lambda m: None)
            generic.append(time.perf_counter() - t0)
    finally:
        await k.shutdown()
    return {
        "cold_start_ready": summary(ready),
        "cold_start_ready_with_imports": summary(ready_imports),
        "round_trip_session_kernel": summary(ours),
        "round_trip_execute_interactive": summary(generic),
        "idle_kernel_memory": mem_bare,
        "idle_kernel_memory_with_imports": mem_imports,
    }
