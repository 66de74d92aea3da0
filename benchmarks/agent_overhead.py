"""The agent's own costs: graph overhead per step without model time, and prompt size for 10 vs 1,000,000 rows."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

from notebook_agent.agent.brains import BrainReply
from notebook_agent.agent.gemini import ToolCall
from notebook_agent.agent.graph import build_graph
from notebook_agent.agent.prompts import system_prompt
from notebook_agent.agent.session import Session
from notebook_agent.kernel.session_kernel import CellResult
from notebook_agent.settings import Settings

from .common import data_dir, summary


class _InstantBrain:
    """Asks for `calls` cells, then answers; takes no time, so the graph's own cost is what is left."""

    name = "instant"

    def __init__(self, calls: int) -> None:
        self.calls = calls

    async def step(self, state: dict[str, Any], on_text: Any = None) -> BrainReply:
        if state.get("attempt", 0) < self.calls:
            call = ToolCall(id=f"c{state.get('attempt', 0)}", name="run_python", args={"code": "pass"})
            return BrainReply(
                {"role": "model", "parts": [{"functionCall": {"id": call.id, "name": call.name, "args": call.args}}]},
                "",
                [call],
            )
        return BrainReply({"role": "model", "parts": [{"text": "done"}]}, "done")


class _InstantRunner:
    async def execute(self, code: str, *, on_output: Any = None) -> CellResult:
        return CellResult(status="ok")


async def graph_overhead(turns: int = 30, calls: int = 4) -> dict[str, float]:
    """Time per graph step (model or run_python node) with a real SQLite checkpointer and no model/kernel time."""
    with data_dir() as settings:
        return summary(await _steps(settings.data_dir / "c.sqlite", turns, calls))


async def _steps(path: Path, turns: int, calls: int) -> list[float]:
    per_step = []
    async with AsyncSqliteSaver.from_conn_string(str(path)) as saver:
        graph = build_graph(_InstantBrain(calls), _InstantRunner(), saver)
        for turn in range(turns):
            config = {"configurable": {"thread_id": f"t{turn}"}}
            start = {
                "messages": [{"role": "user", "parts": [{"text": "go"}]}],
                "question": "go",
                "turn": 1,
                "turn_start": 0,
                "steps": 0,
                "attempt": 0,
                "failures": 0,
                "pending": [],
                "answer": None,
            }
            t0 = time.perf_counter()
            async for _ in graph.astream(start, config, stream_mode="custom"):
                pass
            per_step.append((time.perf_counter() - t0) / (2 * calls + 1))
    return per_step


async def prompt_sizes() -> dict[str, int]:
    """System prompt characters after loading a 10-row and a 1,000,000-row CSV (the profile must not grow)."""
    with data_dir() as settings:
        return await _prompt_sizes(settings)


async def _prompt_sizes(settings: Settings) -> dict[str, int]:
    data = settings.data_dir
    sizes = {}
    for rows in (10, 1_000_000):
        rng = np.random.default_rng(0)
        frame = pd.DataFrame(
            {"x": np.arange(rows), "y": rng.normal(size=rows), "city": rng.choice(["Paris", "Rome", "Oslo"], rows)}
        )
        csv = data / f"rows{rows}.csv"
        frame.to_csv(csv, index=False)
        session = await Session.open(settings=settings, brain=_InstantBrain(0))
        try:
            await session.add_file(csv)
            sizes[f"prompt_chars_{rows}_rows"] = len(system_prompt((await session.state())["profile_text"]))
        finally:
            await session.close()
    return sizes


def run() -> dict[str, Any]:
    """Both figures."""
    return {"graph_overhead_per_step": asyncio.run(graph_overhead()), **asyncio.run(prompt_sizes())}


if __name__ == "__main__":
    print(run())
