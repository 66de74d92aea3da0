"""`notebook-agent ask` with the offline analyst, end to end: sandboxed kernel, notebook, restart after SIGKILL."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
from pathlib import Path
from typing import Any

import nbformat
import pytest
from conftest import REPO, VENV_BIN, make_data_dir
from nbclient import NotebookClient

from notebook_agent.agent.offline import RESULT_MIME

EXAMPLE = REPO / "examples" / "experiment.csv"


def _env(data: Path) -> dict[str, str]:
    return {"PATH": f"{VENV_BIN}:/usr/bin:/bin", "HOME": str(data), "NOTEBOOK_AGENT_DATA_DIR": str(data)}


def _ask(data: Path, args: list[str], json_out: bool = True) -> subprocess.CompletedProcess[str]:
    cmd = [str(VENV_BIN / "notebook-agent"), "ask", *(["--json"] if json_out else []), *args]
    return subprocess.run(cmd, env=_env(data), capture_output=True, text=True, timeout=240, cwd=str(data))


@pytest.mark.slow
async def test_done_when_line_then_quadratic(tmp_path: Path) -> None:
    data = make_data_dir()
    out = tmp_path / "out.ipynb"
    proc = _ask(
        data,
        [str(EXAMPLE), "-q", "plot y against x and fit a line", "-q", "now a quadratic", "--notebook", str(out)],
        json_out=False,
    )
    assert proc.returncode == 0, proc.stderr
    slope = re.search(r"slope\D{0,20}(\d+\.\d+)", proc.stdout, re.IGNORECASE)
    assert slope and 2.8 < float(slope.group(1)) < 3.2, proc.stdout[-3000:]
    assert "R²" in proc.stdout and "Degree-2" in proc.stdout
    nb = nbformat.read(out, as_version=4)
    nbformat.validate(nb)
    images = sum("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert images == 2
    folder = tmp_path / "rerun"
    folder.mkdir()
    (folder / "experiment.csv").write_bytes(EXAMPLE.read_bytes())
    await NotebookClient(
        nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(folder)}}
    ).async_execute()
    assert not [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert sum("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code" for o in c.outputs) == 2
    # The result display line runs under a plain python3 kernel too, and shows only its short note there.
    results = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if RESULT_MIME in o.get("data", {})]
    assert len(results) == 2 and all(len(o["data"]["text/plain"]) < 120 for o in results)


def _events(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.mark.slow
def test_resume_after_the_process_is_killed_between_turns() -> None:
    data = make_data_dir()
    cmd = [
        str(VENV_BIN / "notebook-agent"),
        "ask",
        "--json",
        str(EXAMPLE),
        "-q",
        "plot y against x and fit a line",
        "-q",
        "describe the data",
    ]
    proc = subprocess.Popen(
        cmd,
        env=_env(data),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=str(data),
        start_new_session=True,
    )
    session_id, seen = None, []
    assert proc.stdout is not None
    for line in proc.stdout:
        item = json.loads(line)
        seen.append(item)
        session_id = session_id or item.get("id")
        if item["type"] == "answer":  # turn 1 is done: kill the app before turn 2 starts
            os.killpg(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert session_id and any(e["type"] == "answer" for e in seen)
    resumed = _ask(data, ["--session", session_id, "-q", "now a quadratic"])
    assert resumed.returncode == 0, resumed.stderr
    events = _events(resumed.stdout)
    answer = next(e for e in events if e["type"] == "answer")["text"]
    # "now a quadratic" only makes sense with turn 1's memory (columns x and y), and the replayed kernel has df.
    assert "Degree-2" in answer and "y against x" in answer
    nb = nbformat.read(data / "sessions" / session_id / "notebook.ipynb", as_version=4)
    users = [c.metadata.notebook_agent.turn for c in nb.cells if c.metadata.notebook_agent.role == "user"]
    assert users == [1, 2]
