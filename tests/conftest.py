"""Shared fixtures: a short data dir the session uids can reach, kernels, and the CLI run as uid 1000."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from notebook_agent.kernel.session_kernel import SessionKernel
from notebook_agent.settings import Settings

REPO = Path(__file__).resolve().parent.parent
# The venv by its real path: a .venv symlink inside a 0700 checkout is out of reach for uid 1000.
VENV_BIN = Path(sys.prefix).resolve() / "bin"
PYTHON = str(VENV_BIN / "python")
IS_ROOT = os.geteuid() == 0
SHARED_UID = 1000


_MADE: list[Path] = []


def make_data_dir(prefix: str = "na-") -> Path:
    """A short path (ipc socket paths are limited to 107 bytes) that other uids can traverse; removed at the end."""
    path = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    path.chmod(0o711)
    _MADE.append(path)
    return path


@pytest.fixture(scope="session", autouse=True)
def _remove_made_dirs() -> Iterator[None]:
    """Every directory make_data_dir() made goes when the run ends (the tests' kernels are gone by then)."""
    yield
    for path in _MADE:
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def data_dir() -> Iterator[Path]:
    path = make_data_dir()
    os.environ["NOTEBOOK_AGENT_DATA_DIR"] = str(path)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def settings(data_dir: Path) -> Settings:
    return Settings.from_env({"NOTEBOOK_AGENT_DATA_DIR": str(data_dir)})


@pytest.fixture
async def kernel(settings: Settings) -> AsyncIterator[SessionKernel]:
    """A fresh confined kernel (per-session uid when the tests run as root), ended after the test."""
    async with SessionKernel(settings=settings) as k:
        yield k


def run_cli_as(
    uid: int | None, args: list[str], data_dir: Path, timeout: float = 120, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `notebook-agent ARGS` with a clean environment, as `uid` (via setpriv) or as ourselves."""
    env = {
        "PATH": f"{VENV_BIN}:/usr/bin:/bin",
        "HOME": str(data_dir),
        "LANG": "C.UTF-8",
        "NOTEBOOK_AGENT_DATA_DIR": str(data_dir / "data"),
        **(extra_env or {}),
    }
    cmd = [str(VENV_BIN / "notebook-agent"), *args]
    if uid is not None and uid != os.geteuid():
        cmd = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--", *cmd]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd="/")


def exec_json(proc: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """Parse the one JSON object `exec --json` prints."""
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise AssertionError(
            f"exec --json printed no JSON (rc={proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
        ) from None


@pytest.fixture(scope="session")
def shared_home() -> Iterator[Path]:
    """A directory owned by uid 1000 for the shared-mode CLI (its HOME and data dir)."""
    if not IS_ROOT:
        pytest.skip("switching to uid 1000 needs root")
    path = make_data_dir("na-u1000-")
    os.chown(path, SHARED_UID, SHARED_UID)
    yield path
    shutil.rmtree(path, ignore_errors=True)
