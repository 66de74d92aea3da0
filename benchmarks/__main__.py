"""`python -m benchmarks [GROUP ...]`: run the benchmarks, print one table, write benchmarks/results.json.

Groups: kernel (start, round trip, memory), sessions (acquire, PSS forked vs spawned, bursts), agent (graph
overhead, prompt size), end_to_end (first answer through the app), upload (1 GB CSV). All by default.
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

from . import agent_overhead, big_upload, end_to_end, kernel_basics, sessions

GROUPS: dict[str, Callable[[], dict[str, Any]]] = {
    "kernel": lambda: asyncio.run(kernel_basics.run()),
    "sessions": lambda: asyncio.run(sessions.run()),
    "agent": agent_overhead.run,
    "end_to_end": end_to_end.run,
    "upload": big_upload.run,
}


def _value(fig: Any) -> tuple[str, str, str]:
    """(p50, p95, unit) as text for any figure shape the modules produce."""
    if not isinstance(fig, dict):
        return str(fig), "", ""
    for p50, p95, unit in (("p50_ms", "p95_ms", "ms"), ("p50_mib", "p95_mib", "MiB")):
        if p50 in fig:
            return f"{fig[p50]:.1f}", f"{fig[p95]:.1f}", unit
    if "p50" in fig:
        return f"{fig['p50']:.1f}", f"{fig['p95']:.1f}", str(fig.get("unit", ""))
    if "pss_kib" in fig:
        return f"{fig['pss_kib'] / 1024:.1f}", "", "MiB PSS"
    return "", "", ""


def print_table(results: dict[str, dict[str, Any]]) -> None:
    """One line per figure: value, baseline, target and whether it was met; notes below."""
    print(f"\n{'figure':46} {'p50':>9} {'p95':>9} {'unit':7} {'baseline p50':>13}  {'met':4} target")
    notes = []
    for group, figures in results.items():
        print(f"-- {group}")
        for name, fig in figures.items():
            p50, p95, unit = _value(fig)
            base = fig.get("baseline") if isinstance(fig, dict) else None
            base_p50 = _value(base)[0] if base else ""
            met = fig.get("met") if isinstance(fig, dict) else None
            mark = {True: "yes", False: "NO", None: ""}[met]
            target = fig.get("target", "") if isinstance(fig, dict) else ""
            print(f"{name[:46]:46} {p50:>9} {p95:>9} {unit:7} {base_p50:>13}  {mark:4} {target}")
            if isinstance(fig, dict) and fig.get("note"):
                notes.append(f"{name}: {fig['note']}")
    if notes:
        print("\nnotes:\n  " + "\n  ".join(notes))


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
