"""Kernel start, trivial-cell round trip and idle memory of a confined kernel, with baselines in the same run.

Baselines, interleaved with what they are compared to so that a noisy machine weighs on both alike:
jupyter_client's ``execute_interactive`` on the same kernel for the round trip, and ``wait_for_ready`` in place of
SessionKernel's own ready-wait for the start (``ready_wait*`` is that wait alone, after the launcher reported).
``kernel_busy_to_idle`` (the kernel's own time for a trivial cell, by its message stamps) and
``round_trip_after_kernel_idle`` (from its idle stamp to ``execute`` returning) split the round trip into the
kernel's share and the client's.
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime
from typing import Any

from notebook_agent.kernel.session_kernel import SessionKernel
from notebook_agent.settings import Settings

from .common import data_dir, figure, memory_kib, print_table, summary
from .kernel_wire import _client_block, _interactive_cell

IMPORTS = (
    "import pandas, numpy, matplotlib\nmatplotlib.use('module://matplotlib_inline.backend_inline')\n"
    "import matplotlib.pyplot"
)
ROUND_TRIP_TARGET_MS = 4.0
READY_AFTER_TARGET_MS = 3.0  # what the ready-wait may add on top of the kernel's own answer
BLOCK = 20  # cells per turn when alternating between the two round-trip paths


class _TimedKernel(SessionKernel):
    """SessionKernel that records how long its ready-wait took; `generic` swaps in ``wait_for_ready``.

    ``after_answer_s``: from the moment the kernel stamped its (last) kernel_info_reply to ready, i.e. what the
    wait adds on top of the kernel's own answer.
    """

    generic = False
    ready_wait_s = 0.0
    after_answer_s = 0.0

    async def _wait_ready(self, what: str) -> None:
        t0 = time.perf_counter()
        if self.generic:
            kc = self.kc
            assert kc is not None
            kc.start_channels()
            await kc.wait_for_ready(timeout=self.profile.limits.startup_timeout_s)
        else:
            wire = self._wire
            assert wire is not None
            stamps: list[datetime] = []
            shell = wire.shell

            async def stamped(timeout_s: float) -> dict[str, Any] | None:
                msg = await shell(timeout_s)
                if msg is not None and msg["msg_type"] == "kernel_info_reply":
                    stamps.append(msg["header"]["date"])
                return msg

            wire.shell = stamped  # type: ignore[method-assign]
            try:
                await super()._wait_ready(what)
            finally:
                del wire.shell
            self.after_answer_s = time.time() - stamps[-1].timestamp()
        self.ready_wait_s = time.perf_counter() - t0


async def _starts(settings: Settings, starts: int) -> dict[str, dict[str, Any]]:
    """Start to ready (and to imports done), ours and wait_for_ready's in turn."""
    runs: dict[str, list[float]] = {
        k: [] for k in ("ready", "wait", "after", "imports", "generic_ready", "generic_wait")
    }
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
                runs["after"].append(k.after_answer_s)
            if not generic:
                res = await k.execute(IMPORTS)
                assert res.status == "ok", res.error
                runs["imports"].append(time.perf_counter() - t0)
            await k.shutdown()
    generic_ready, generic_wait = summary(runs["generic_ready"]), summary(runs["generic_wait"])
    wait = summary(runs["wait"])
    return {
        "cold_start_ready": figure(
            summary(runs["ready"]),
            "below the same start with wait_for_ready",
            summary(runs["ready"])["p50_ms"] < generic_ready["p50_ms"],
            baseline=generic_ready,
        ),
        "cold_start_ready_wait_for_ready": generic_ready,
        "ready_wait": figure(
            wait,
            "no fixed waits: well below wait_for_ready's",
            wait["p50_ms"] * 2 < generic_wait["p50_ms"],
            baseline=generic_wait,
        ),
        "ready_wait_wait_for_ready": generic_wait,
        "ready_after_kernel_answer": figure(
            summary(runs["after"]),
            f"p50 <= {READY_AFTER_TARGET_MS:g} ms from the kernel's kernel_info_reply to ready",
            summary(runs["after"])["p50_ms"] <= READY_AFTER_TARGET_MS,
        ),
        "cold_start_ready_with_imports": summary(runs["imports"]),
    }


async def _generic_block(k: SessionKernel, cells: int) -> list[float]:
    """`cells` trivial round trips through execute_interactive, on a client that exists only for this block.

    A started jupyter_client client keeps zmq.asyncio readers on the loop, which would also tax our path's
    blocks if it stayed up; SessionKernel listens only while a cell runs.
    """
    return await _client_block(k, "pass", cells, _interactive_cell)


async def _kernel_share(k: SessionKernel, cells: int) -> tuple[list[float], list[float]]:
    """By the kernel's own stamps: its busy→idle time per trivial cell, and from its idle stamp to our return."""
    wire = k._wire
    assert wire is not None
    stamps: dict[str, float] = {}
    iopub = wire.iopub

    async def stamped(timeout_s: float) -> dict[str, Any] | None:
        msg = await iopub(timeout_s)
        if msg is not None and msg["msg_type"] == "status":
            stamps[msg["content"]["execution_state"]] = msg["header"]["date"].timestamp()
        return msg

    wire.iopub = stamped  # type: ignore[method-assign]
    busy_idle, after_idle = [], []
    try:
        for _ in range(cells):
            stamps.clear()
            await k.execute("pass")
            done = time.time()
            busy_idle.append(stamps["idle"] - stamps["busy"])
            after_idle.append(done - stamps["idle"])
    finally:
        del wire.iopub
    return busy_idle, after_idle


async def run(starts: int = 5, cells: int = 200) -> dict[str, Any]:
    """Measure on a throwaway data dir; returns the figures as a dict."""
    with data_dir() as settings:
        return await _measure(settings, starts, cells)


async def _measure(settings: Settings, starts: int, cells: int) -> dict[str, Any]:
    figures = await _starts(settings, starts)
    k = await SessionKernel(settings=settings).start()
    try:
        mem_bare = memory_kib(k.pid)
        await k.execute(IMPORTS)
        await asyncio.sleep(0.5)
        mem_imports = memory_kib(k.pid)
        for _ in range(BLOCK):  # warm both paths
            await k.execute("pass")
        await _generic_block(k, BLOCK)
        ours: list[float] = []
        generic: list[float] = []
        while len(ours) < cells:
            for _ in range(BLOCK):
                t0 = time.perf_counter()
                await k.execute("pass")
                ours.append(time.perf_counter() - t0)
            generic += await _generic_block(k, BLOCK)
        busy_idle, after_idle = await _kernel_share(k, cells)
    finally:
        await k.shutdown()
    ours_fig, generic_fig = summary(ours), summary(generic)
    kernel_fig, after_fig = summary(busy_idle), summary(after_idle)
    round_trip = figure(
        ours_fig,
        f"p50 <= {ROUND_TRIP_TARGET_MS:g} ms and below execute_interactive's",
        ours_fig["p50_ms"] <= ROUND_TRIP_TARGET_MS and ours_fig["p50_ms"] < generic_fig["p50_ms"],
        baseline=generic_fig,
    )
    round_trip["note"] = (
        f"the kernel itself takes {kernel_fig['p50_ms']:.1f} ms from busy to idle; SessionKernel "
        f"returns {after_fig['p50_ms']:.2f} ms after the kernel stamped idle"
    )
    if kernel_fig["p50_ms"] > ROUND_TRIP_TARGET_MS:
        round_trip["note"] += (
            ". Floor: ipykernel 7 alone (its run_cell of `pass` is ~0.2 ms; the rest is its "
            "hand-offs between its shell, IOPub and event-loop threads) exceeds the "
            f"{ROUND_TRIP_TARGET_MS:g} ms target before any client sees a message"
        )
    return {
        **figures,
        "round_trip_session_kernel": round_trip,
        "round_trip_execute_interactive": generic_fig,
        "kernel_busy_to_idle": kernel_fig,
        "round_trip_after_kernel_idle": after_fig,
        "idle_kernel_memory": mem_bare,
        "idle_kernel_memory_with_imports": mem_imports,
    }


if __name__ == "__main__":
    print_table({"kernel": asyncio.run(run())})
