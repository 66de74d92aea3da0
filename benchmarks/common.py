"""What every benchmark shares: summaries, memory readings, a throwaway data dir, and the figure format.

A figure is a dict: ``p50_<unit>``/``p95_<unit>`` (``p50_ms``, ``p50_mib``, ...), ``n``, an optional ``baseline``
(another figure measured in the same run), the ``target`` in words, ``met`` (True/False/None when the target
has no number to compare) and a ``note``.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from notebook_agent.settings import Settings

REPO = Path(__file__).resolve().parent.parent


def summary(samples: list[float], scale: float = 1000.0, unit: str = "ms") -> dict[str, Any]:
    """Median and p95 of samples as ``p50_<unit>``/``p95_<unit>`` (by default seconds → ``p50_ms``)."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    key = unit.lower()
    return {f"p50_{key}": statistics.median(ordered) * scale, f"p95_{key}": p95 * scale, "n": len(ordered)}


def memory_kib(pid: int) -> dict[str, int]:
    """RSS, PSS and USS (what only this process holds) of a process, from smaps_rollup."""
    out = {"uss_kib": 0}
    with open(f"/proc/{pid}/smaps_rollup") as fh:
        for line in fh:
            key, _, rest = line.partition(":")
            if key in ("Rss", "Pss"):
                out[key.lower() + "_kib"] = int(rest.split()[0])
            elif key in ("Private_Clean", "Private_Dirty"):
                out["uss_kib"] += int(rest.split()[0])
    return out


def figure(
    fig: dict[str, Any],
    target: str = "",
    met: bool | None = None,
    baseline: dict[str, Any] | None = None,
    note: str = "",
) -> dict[str, Any]:
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


def start_app(work: Path, **env: str) -> tuple[subprocess.Popen[bytes], str]:
    """`python app.py` on a free port with a clean environment and data under `work` (offline model, unless `env`
    says otherwise); its process and URL once it accepts connections."""
    port = free_port()
    base = {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": str(work),
        "LANG": "C.UTF-8",
        "NOTEBOOK_AGENT_DATA_DIR": str(work / "data"),
        "NOTEBOOK_AGENT_MODEL": "offline",
        "GRADIO_TEMP_DIR": str(work / "gradio"),
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    log = work / "app.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, str(REPO / "app.py"), "--port", str(port)],
            cwd=work,
            env={**base, **env},
            stdout=fh,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited: {log.read_text()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc, f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("the app did not answer within 120 s")


def stop_app(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM (what `docker stop` sends), then SIGKILL if it lingers."""
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _value(fig: Any) -> tuple[str, str, str]:
    """(p50, p95, unit) as text for any figure."""
    if not isinstance(fig, dict):
        return str(fig), "", ""
    for key in fig:
        if key.startswith("p50_"):
            unit = key[4:]
            return f"{fig[key]:.1f}", f"{fig['p95_' + unit]:.1f}", {"mib": "MiB"}.get(unit, unit)
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
            if isinstance(fig, str) and "\n" in fig:
                continue  # text (a preview) has no place in a table
            p50, p95, unit = _value(fig)
            info = fig if isinstance(fig, dict) else {}
            base = info.get("baseline")
            mark = {True: "yes", False: "NO", None: ""}[info.get("met")]
            print(
                f"{name[:46]:46} {p50:>9} {p95:>9} {unit:7} {_value(base)[0] if base else '':>13}  {mark:4} "
                f"{info.get('target', '')}"
            )
            if info.get("note"):
                notes.append(f"{name}: {info['note']}")
            if base and base.get("what"):
                notes.append(f"{name}, baseline: {base['what']}")
    if notes:
        print("\nnotes:\n  " + "\n  ".join(notes))


@contextmanager
def data_dir(**env: str) -> Iterator[Settings]:
    """Settings on a fresh short data dir (ipc socket paths are limited to 107 bytes), removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix="na-bench-", dir="/tmp"))
    path.chmod(0o711)
    try:
        yield Settings.from_env({**os.environ, "NOTEBOOK_AGENT_DATA_DIR": str(path), **env})
    finally:
        shutil.rmtree(path, ignore_errors=True)


def write_csv_blocks(path: Path, size: int, block: Callable[[Any, int, int], Any], seed: int = 0) -> int:
    """Write a CSV of about `size` bytes, 500,000 rows at a time; returns the number of data rows.

    `block(rng, first_row, n)` builds each block as a pyarrow table (numpy Generator `rng`, seeded by `seed`).
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.csv as pacsv

    rng = np.random.default_rng(seed)
    rows = 0
    with pa.OSFile(str(path), "wb") as sink:
        writer = None
        while sink.tell() < size:
            n = 500_000
            table = block(rng, rows, n)
            if writer is None:
                writer = pacsv.CSVWriter(sink, table.schema, write_options=pacsv.WriteOptions(quoting_style="needed"))
            writer.write_table(table)
            rows += n
        if writer is not None:
            writer.close()
    return rows
