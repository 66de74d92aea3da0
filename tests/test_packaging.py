"""The wheel carries the kernelspec (to share/jupyter/kernels) and the profiles, and both work once installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    (whl,) = out.glob("notebook_agent-*.whl")
    return whl


def test_wheel_contents(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    data = [n for n in names if ".data/data/share/jupyter/kernels/notebook-agent/kernel.json" in n]
    assert data, "kernelspec not shipped to share/jupyter/kernels"
    assert "notebook_agent/_data/sandbox_profiles/default.toml" in names
    assert "notebook_agent/_data/sandbox_profiles/seccomp/kernel.json" in names
    assert "notebook_agent/py.typed" in names
    assert "notebook_agent/_data/examples/experiment.csv" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "notebook-agent-sandbox = notebook_agent.kernel.provisioner:SandboxProvisioner" in text
    assert "notebook-agent = notebook_agent.cli:main" in text


def test_installed_wheel_finds_its_data(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import notebook_agent.resources as r, notebook_agent.sandbox.profiles as p;"
        "print(r.profiles_dir()); print(r.kernels_dir()); print(p.load_profile('strict').limits.open_files)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout.splitlines()
    assert out[0].startswith(str(target)) and out[0].endswith("_data/sandbox_profiles")
    assert (Path(out[1]) / "notebook-agent" / "kernel.json").is_file()
    assert out[2] == "128"
