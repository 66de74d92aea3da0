"""What every benchmark shares: summaries, memory readings, a throwaway data dir, and the figure format.

A figure is a dict: ``p50_ms``/``p95_ms`` (or ``p50``/``p95`` with a ``unit``), ``n``, an optional ``baseline``
(another figure measured in the same run), the ``target`` in words, ``met`` (True/False/None when the target
has no number to compare) and a ``note``.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from notebook_agent.settings import Settings


def summary(samples: list[float], scale: float = 1000.0, unit: str = "ms") -> dict[str, Any]:
    """Median and p95 of samples (by default seconds → ms)."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": statistics.median(ordered) * scale, "p95": p95 * scale, "n": len(ordered), "unit": unit}


def memory_kib(pid: int) -> dict[str, int]:
    """RSS and PSS of a process, from smaps_rollup."""
    out = {}
    with open(f"/proc/{pid}/smaps_rollup") as fh:
        for line in fh:
            key, _, rest = line.partition(":")
            if key in ("Rss", "Pss"):
                out[key.lower() + "_kib"] = int(rest.split()[0])
    return out


def figure(fig: dict[str, Any], target: str = "", met: bool | None = None, baseline: dict[str, Any] | None = None,
           note: str = "") -> dict[str, Any]:
    """A figure with its target and baseline attached."""
    return {**fig, "target": target, "met": met, "baseline": baseline, "note": note}


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (its children, theirs, ...)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parent = int(fh.read().rpartition(")")[2].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def free_port() -> int:
    """A free TCP port on localhost (for an app server this benchmark starts)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def data_dir(**env: str) -> Iterator[Settings]:
    """Settings on a fresh short data dir (ipc socket paths are limited to 107 bytes), removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix="na-bench-", dir="/tmp"))
    path.chmod(0o711)
    try:
        yield Settings.from_env({**os.environ, "NOTEBOOK_AGENT_DATA_DIR": str(path), **env})
    finally:
        shutil.rmtree(path, ignore_errors=True)
