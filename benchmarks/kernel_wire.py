"""SessionKernel's cell round trip against jupyter_client's own async client, side by side on one kernel.

Two cells: a trivial one (``pass``) and one displaying 1,000 small outputs. Three paths, in interleaved blocks so
that a noisy machine weighs on all alike: ``SessionKernel.execute``; a bare ``AsyncKernelClient`` loop
(``execute``, then ``get_iopub_msg`` until the cell's idle status and ``get_shell_msg`` for its reply); and
``execute_interactive`` with an output hook. Each figure carries the bare loop as its baseline and the ratio.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from jupyter_client import AsyncKernelClient

from notebook_agent.kernel.session_kernel import SessionKernel
from notebook_agent.settings import Settings

from .common import data_dir, figure, print_table, summary

TRIVIAL = "pass"
OUTPUTS = 1000
MANY = f"from IPython.display import display\nfor i in range({OUTPUTS}):\n    display(i)"
BLOCK = 10  # cells per turn on each path
_LOST = [0]  # outputs that never arrived (iopub drops part of a flood when its reader is descheduled)


async def _client_cell(kc: AsyncKernelClient, code: str) -> int:
    """One cell through the bare client loop; how many outputs came."""
    msg_id = kc.execute(code)
    outputs = 0
    while True:
        msg = await kc.get_iopub_msg(timeout=30)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] in ("stream", "display_data", "execute_result", "error"):
            outputs += 1
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    while (await kc.get_shell_msg(timeout=30))["parent_header"].get("msg_id") != msg_id:
        pass
    return outputs


async def _interactive_cell(kc: AsyncKernelClient, code: str) -> int:
    """One cell through ``execute_interactive``; how many outputs came."""
    seen = [0]

    def hook(msg: dict[str, Any]) -> None:
        if msg["msg_type"] in ("stream", "display_data", "execute_result", "error"):
            seen[0] += 1

    await kc.execute_interactive(code, output_hook=hook, timeout=30)
    return seen[0]


async def _client_block(
    k: SessionKernel, code: str, cells: int, run: Callable[[AsyncKernelClient, str], Awaitable[int]]
) -> list[float]:
    """`cells` round trips on a client that exists only for this block (its readers leave the loop after)."""
    assert k.km is not None
    kc = k.km.client()
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=30)
        samples = []
        for _ in range(cells):
            t0 = time.perf_counter()
            n = await run(kc, code)
            samples.append(time.perf_counter() - t0)
            _LOST[0] += (OUTPUTS if code == MANY else 0) - n
        return samples
    finally:
        kc.stop_channels()


async def _ours_block(k: SessionKernel, code: str, cells: int) -> list[float]:
    samples = []
    for _ in range(cells):
        t0 = time.perf_counter()
        res = await k.execute(code)
        samples.append(time.perf_counter() - t0)
        assert res.status == "ok", res.error
        _LOST[0] += (OUTPUTS if code == MANY else 0) - len(res.outputs)
    return samples


def _compared(ours: list[float], bare: list[float], interactive: list[float]) -> dict[str, Any]:
    ours_fig, bare_fig, inter_fig = summary(ours), summary(bare), summary(interactive)
    ratio = ours_fig["p50_ms"] / bare_fig["p50_ms"]
    fig = figure(ours_fig, "SessionKernel within 10% of the bare jupyter_client loop", ratio <= 1.10, baseline=bare_fig)
    fig["ratio_to_bare_client"] = round(ratio, 3)
    fig["ratio_to_execute_interactive"] = round(ours_fig["p50_ms"] / inter_fig["p50_ms"], 3)
    fig["note"] = (
        f"SessionKernel {ours_fig['p50_ms']:.2f} ms, bare client {bare_fig['p50_ms']:.2f} ms, "
        f"execute_interactive {inter_fig['p50_ms']:.2f} ms (p50)"
    )
    return fig


async def run(trivial_cells: int = 200, many_cells: int = 10) -> dict[str, Any]:
    """Measure on a throwaway data dir; returns the figures as a dict."""
    with data_dir() as settings:
        return await _measure(settings, trivial_cells, many_cells)


async def _measure(settings: Settings, trivial_cells: int, many_cells: int) -> dict[str, Any]:
    _LOST[0] = 0
    k = await SessionKernel(settings=settings).start()
    results: dict[str, Any] = {}
    try:
        for name, code, cells in (("trivial", TRIVIAL, trivial_cells), ("outputs_1000", MANY, many_cells)):
            block = min(BLOCK, cells)
            await _ours_block(k, code, 2)  # warm every path
            await _client_block(k, code, 2, _client_cell)
            await _client_block(k, code, 2, _interactive_cell)
            ours: list[float] = []
            bare: list[float] = []
            interactive: list[float] = []
            while len(ours) < cells:
                ours += await _ours_block(k, code, block)
                bare += await _client_block(k, code, block, _client_cell)
                interactive += await _client_block(k, code, block, _interactive_cell)
            results[f"{name}_session_kernel"] = _compared(ours, bare, interactive)
            results[f"{name}_bare_client"] = summary(bare)
            results[f"{name}_execute_interactive"] = summary(interactive)
        results["outputs_lost_to_iopub"] = {
            "p50_n": _LOST[0],
            "p95_n": _LOST[0],
            "n": 1,
            "note": "summed over every path (a loaded machine drops some)",
        }
    finally:
        await k.shutdown()
    return results


if __name__ == "__main__":
    print_table({"wire": asyncio.run(run())})
