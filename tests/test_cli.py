"""The `notebook-agent` command as people and scripts call it: exec and doctor, as root and as uid 1000."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import IS_ROOT, SHARED_UID, exec_json, run_cli_as

PLOT = "import pandas as pd, matplotlib.pyplot as plt; pd.Series([1,3,2]).plot(); plt.show()"
CONFINED = {"landlock-fs", "landlock-net", "landlock-scope", "seccomp", "no-new-privs", "rlimits"}


def assert_png_output(res: dict[str, Any]) -> None:
    images = [o for o in res["outputs"] if "image/png" in o["mime_types"]]
    assert len(images) == 1, res["outputs"]
    png = base64.b64decode(images[0]["data"]["image/png"])
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and png[12:16] == b"IHDR" and len(png) > 5000


@pytest.mark.slow
def test_exec_plot_json(data_dir: Path) -> None:
    proc = run_cli_as(None, ["exec", "--json", "-c", PLOT], data_dir)
    res = exec_json(proc)
    assert proc.returncode == 0, res
    assert res["status"] == "ok" and res["error"] is None
    assert_png_output(res)
    sandbox = res["sandbox"]
    assert set(sandbox["layers"]) >= CONFINED, sandbox
    assert sandbox["no_new_privs"] is True and sandbox["seccomp_mode"] == 2 and sandbox["seccomp_filters"] >= 1
    assert sandbox["profile"] == "default"
    if IS_ROOT:
        assert "uid" in sandbox["layers"] and sandbox["uid"] >= 200000 and sandbox["uid_mode"] == "per-session"


def test_exec_raised_exits_1(data_dir: Path) -> None:
    proc = run_cli_as(None, ["exec", "--json", "-c", "print('before')\n1/0"], data_dir)
    res = exec_json(proc)
    assert proc.returncode == 1
    assert res["status"] == "error" and res["stdout"] == "before\n"
    assert res["error"]["ename"] == "ZeroDivisionError" and "division by zero" in res["error"]["evalue"]
    assert [o["output_type"] for o in res["outputs"]] == ["stream", "error"]


@pytest.mark.slow
def test_exec_timeout_exits_2(data_dir: Path) -> None:
    proc = run_cli_as(
        None, ["exec", "--json", "--timeout", "1", "-c", "import time\nwhile True:\n    time.sleep(0.1)"], data_dir
    )
    res = exec_json(proc)
    assert proc.returncode == 2
    assert res["status"] == "timeout"
    assert any("1 s time limit" in n for n in res["notes"]), res["notes"]
    assert 1 <= res["duration_s"] < 5


@pytest.mark.slow
def test_exec_segfault_exits_2(data_dir: Path) -> None:
    proc = run_cli_as(None, ["exec", "--json", "-c", "import ctypes; ctypes.string_at(0)"], data_dir)
    res = exec_json(proc)
    assert proc.returncode == 2
    assert res["status"] == "died"
    assert res["error"]["ename"] == "KernelDied" and "segmentation fault" in res["error"]["evalue"]


def test_exec_file_argument(data_dir: Path, tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text("import numpy as np\nprint('sum', int(np.arange(5).sum()))\n")
    proc = run_cli_as(None, ["exec", "--json", str(script)], data_dir)
    res = exec_json(proc)
    assert proc.returncode == 0 and res["stdout"] == "sum 10\n"
    # Without --json: the cell's own output, as a terminal shows it.
    proc = run_cli_as(None, ["exec", str(script)], data_dir)
    assert proc.returncode == 0 and proc.stdout == "sum 10\n", proc.stderr


def test_exec_needs_code_or_file(data_dir: Path, tmp_path: Path) -> None:
    proc = run_cli_as(None, ["exec"], data_dir)
    assert proc.returncode == 2 and "-c CODE or a FILE" in proc.stderr and proc.stdout == ""
    proc = run_cli_as(None, ["exec", str(tmp_path / "absent.py")], data_dir)
    assert proc.returncode == 2 and "cannot read" in proc.stderr and "absent.py" in proc.stderr


def test_exec_unknown_profile_exits_2(data_dir: Path) -> None:
    proc = run_cli_as(None, ["exec", "--json", "--profile", "nosuch", "-c", "print(1)"], data_dir)
    res = exec_json(proc)
    assert proc.returncode == 2 and res["status"] == "died" and res["sandbox"] is None
    assert res["error"]["ename"] == "ProfileError" and "nosuch" in res["error"]["evalue"]


def test_doctor_json(data_dir: Path) -> None:
    proc = run_cli_as(None, ["doctor", "--json"], data_dir)
    assert proc.returncode == 0, proc.stderr
    rep = json.loads(proc.stdout)
    assert rep["ok"] is True and rep["problem"] is None
    assert rep["landlock_abi"] >= 6
    assert rep["profile"]["name"] == "default"
    assert rep["profile"]["limits"]["address_space_mb"] == 4096
    assert set(rep["in_force"]) >= CONFINED
    assert rep["host"]["seccomp"]["supported"] is True and rep["missing"] == []
    assert rep["data_dir"] == str(data_dir / "data")
    if IS_ROOT:
        assert rep["uid_mode"] == "per-session" and "uid" in rep["in_force"]
        assert rep["python_unreachable"] == []


def test_doctor_human(data_dir: Path) -> None:
    proc = run_cli_as(None, ["doctor"], data_dir)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    abi = int(out.split("Landlock ABI:")[1].split()[0])
    assert abi >= 6 and out.startswith("uid mode: ")
    for layer in ("landlock-fs", "landlock-net", "landlock-scope", "seccomp"):
        assert any(line.split()[:3] == [layer, "in", "force"] for line in out.splitlines()), layer
    assert "limits: address_space_mb=4096" in out and "OK: kernels will be confined" in out


def test_doctor_strict_profile(data_dir: Path) -> None:
    proc = run_cli_as(None, ["doctor", "--json", "--profile", "strict"], data_dir)
    rep = json.loads(proc.stdout)
    assert rep["profile"]["name"] == "strict"
    assert rep["profile"]["limits"]["address_space_mb"] == 1536 and rep["profile"]["limits"]["disk_cap_files"] == 2000
    proc = run_cli_as(None, ["doctor"], data_dir, extra_env={"NOTEBOOK_AGENT_SANDBOX_PROFILE": "strict"})
    assert "profile: strict" in proc.stdout and "output_cap_kb=256" in proc.stdout


def test_doctor_refuses_bad_setting(data_dir: Path) -> None:
    proc = run_cli_as(None, ["doctor"], data_dir, extra_env={"NOTEBOOK_AGENT_UID_MODE": "sometimes"})
    assert proc.returncode == 2 and "NOTEBOOK_AGENT_UID_MODE='sometimes'" in proc.stderr


@pytest.mark.slow
def test_exec_as_uid_1000_shared_mode(shared_home: Path) -> None:
    proc = run_cli_as(SHARED_UID, ["exec", "--json", "-c", PLOT + "\nimport os; print(os.getuid())"], shared_home)
    res = exec_json(proc)
    assert proc.returncode == 0, res
    assert_png_output(res)
    assert res["stdout"] == f"{SHARED_UID}\n"
    sandbox = res["sandbox"]
    assert sandbox["uid"] == SHARED_UID and sandbox["uid_mode"] == "shared"
    assert "uid" not in sandbox["layers"] and set(sandbox["layers"]) >= CONFINED
    # The session's directory was removed, and it had been created by and for uid 1000.
    sandboxes = shared_home / "data" / "sandboxes"
    assert sandboxes.stat().st_uid == SHARED_UID and os.listdir(sandboxes) == []


def test_doctor_as_uid_1000(shared_home: Path) -> None:
    proc = run_cli_as(SHARED_UID, ["doctor", "--json"], shared_home)
    rep = json.loads(proc.stdout)
    assert proc.returncode == 0, proc.stderr
    assert rep["uid_mode"] == "shared" and "uid" not in rep["in_force"] and rep["host"]["uid"]["supported"] is False
    assert set(rep["in_force"]) >= CONFINED
