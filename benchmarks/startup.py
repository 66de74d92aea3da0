"""Start-up of an app-side process: importing the kernel side, and a whole ``notebook-agent exec -c 'print(1)'``.

Every process on the app's side (CLI runs, the app, the gateway host, turn workers) imports the kernel package.
The baseline of each figure is the same command with ``import nbformat`` first: what every such process paid while
the kernel package imported nbformat (whose jsonschema builds ``rfc3987_syntax``'s grammars at import, ~1.5 s).
Runs alternate between the two so that a noisy machine weighs on both alike.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Any

from .common import data_dir, figure, print_table, summary

IMPORT = "import notebook_agent.kernel.session_kernel"
EXEC = "from notebook_agent.cli import main; raise SystemExit(main(['exec', '-c', 'print(1)']))"
WITH_NBFORMAT = "import nbformat; "


def _timed(code: str, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    return time.perf_counter() - t0


def _pair(code: str, env: dict[str, str], runs: int) -> tuple[list[float], list[float]]:
    ours: list[float] = []
    before: list[float] = []
    _timed(code, env)  # warm the page cache and the .pyc files
    for _ in range(runs):
        ours.append(_timed(code, env))
        before.append(_timed(WITH_NBFORMAT + code, env))
    return ours, before


def run(runs: int = 5) -> dict[str, Any]:
    """Median of `runs` processes each way; returns the figures as a dict."""
    with data_dir() as settings:
        env = {**os.environ, "NOTEBOOK_AGENT_DATA_DIR": str(settings.data_dir)}
        imports, imports_before = _pair(IMPORT, env, runs)
        execs, execs_before = _pair(EXEC, env, runs)
    out: dict[str, Any] = {}
    for name, ours, before in (("import_kernel_side", imports, imports_before), ("exec_print_1", execs, execs_before)):
        fig, base = summary(ours), summary(before)
        base["what"] = "the same process importing nbformat first (the import graph before this change)"
        out[name] = figure(fig, "below the baseline", fig["p50_ms"] < base["p50_ms"], baseline=base)
    return out


if __name__ == "__main__":
    print_table({"startup": run()})
