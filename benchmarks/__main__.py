"""`python -m benchmarks [GROUP ...]`: run the benchmarks, print one table, write benchmarks/results.json.

Groups: kernel (start, round trip, memory), wire (SessionKernel's round trip against jupyter_client's own async
client: a trivial cell and 1,000 outputs), sessions (acquire, PSS forked vs spawned, bursts), agent (graph
overhead, prompt size), end_to_end (first answer through the app), upload (1 GB CSV), bombs (upload bombs refused
without the app's memory moving; the checker's latency on a small CSV), offline_eval (share of natural questions the
offline analyst reads right, on datasets from installed libraries), startup (importing the kernel side and a whole
`notebook-agent exec -c 'print(1)'`, against the same with nbformat imported first). All by default.
big_questions: a group-by, a line over time and a histogram on a 1 GB CSV of 19 M rows in the default profile, each
timed, with the kernel's peak memory. scale_out: first answer and turn latency of one process against two replicas
with a kernel gateway and PostgreSQL, and the memory per chat on the gateway host.
Figures are medians and p95s; each compared figure carries its baseline from the same run and its target.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import (
    agent_overhead,
    big_questions,
    big_upload,
    end_to_end,
    kernel_basics,
    kernel_wire,
    offline_eval,
    scale_out,
    sessions,
    startup,
    upload_bombs,
)
from .common import print_table

GROUPS: dict[str, Callable[[], dict[str, Any]]] = {
    "kernel": lambda: asyncio.run(kernel_basics.run()),
    "wire": lambda: asyncio.run(kernel_wire.run()),
    "sessions": lambda: asyncio.run(sessions.run()),
    "agent": agent_overhead.run,
    "end_to_end": end_to_end.run,
    "upload": big_upload.run,
    "big_questions": big_questions.run,
    "bombs": upload_bombs.run,
    "offline_eval": offline_eval.run,
    "scale_out": scale_out.run,
    "startup": startup.run,
}


def main(argv: list[str] | None = None) -> None:
    """Run the chosen groups (all by default)."""
    chosen = (argv if argv is not None else sys.argv[1:]) or list(GROUPS)
    unknown = [g for g in chosen if g not in GROUPS]
    if unknown:
        raise SystemExit(f"unknown benchmark group(s) {unknown}; choose from {list(GROUPS)}")
    out = Path(__file__).with_name("results.json")
    results: dict[str, dict[str, Any]] = {}
    for group in chosen:
        t0 = time.perf_counter()
        print(f"running {group}…", flush=True)
        results[group] = GROUPS[group]()
        print(f"  {group} took {time.perf_counter() - t0:.0f} s", flush=True)
        out.write_text(json.dumps(results, indent=2, default=str))  # partial results survive a later failure
    print_table(results)
    print(f"\nwritten {out}")


if __name__ == "__main__":
    main()
