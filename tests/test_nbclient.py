"""Any Jupyter client gets the same confined kernel: nbclient runs a notebook on the `notebook-agent` kernelspec."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from jupyter_client import AsyncKernelManager
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.provisioning import KernelProvisionerFactory
from nbclient import NotebookClient

from notebook_agent.kernel.provisioner import SandboxProvisioner
from notebook_agent.resources import kernels_dir
from notebook_agent.settings import get_settings

IS_ROOT = os.geteuid() == 0
KERNEL = "notebook-agent"


def spec_manager() -> KernelSpecManager:
    return KernelSpecManager(kernel_dirs=[str(kernels_dir())])


@pytest.fixture
def env_settings(data_dir: Path) -> Iterator[None]:
    """The provisioner, started by a plain Jupyter client, reads its settings from the environment."""
    get_settings.cache_clear()
    assert get_settings().data_dir == data_dir
    yield
    get_settings.cache_clear()


def test_kernelspec_discovery() -> None:
    ksm = spec_manager()
    assert KERNEL in ksm.find_kernel_specs()
    spec = ksm.get_kernel_spec(KERNEL)
    assert spec.metadata["kernel_provisioner"]["provisioner_name"] == "notebook-agent-sandbox"
    assert spec.language == "python" and "sandbox" in spec.display_name
    factory = KernelProvisionerFactory.instance()
    entries = factory.get_provisioner_entries()
    assert entries["notebook-agent-sandbox"] == "notebook_agent.kernel.provisioner:SandboxProvisioner"
    assert factory.is_provisioner_available(spec)


def test_provisioner_selected_by_spec() -> None:
    km = AsyncKernelManager(kernel_name=KERNEL, kernel_spec_manager=spec_manager())
    factory = KernelProvisionerFactory.instance()
    provisioner = factory.create_provisioner_instance("kid", km.kernel_spec, parent=km)
    assert isinstance(provisioner, SandboxProvisioner)


def notebook() -> nbformat.NotebookNode:
    cells = [
        "import pandas as pd\ndf = pd.DataFrame({'g': list('abab'), 'v': [1, 2, 3, 4]})\n"
        "print(df.groupby('g').v.sum().to_dict())",
        "import matplotlib.pyplot as plt\ndf.plot(x='g', y='v', kind='bar')\nplt.show()",
        "import os\nfor line in open('/proc/self/status'):\n"
        "    if line.startswith(('NoNewPrivs', 'Seccomp:')):\n        print(line.strip())\nprint('uid', os.getuid())",
        "open('/etc/shadow').read()",
        "open('/etc/passwd').read()",
        f"open({str(Path(__file__).resolve())!r}).read()",
        "print('after errors', len(df))",
    ]
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in cells]
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "sandbox", "language": "python"}
    return nb


def sandbox_ids(data_dir: Path) -> set[str]:
    sandboxes = data_dir / "sandboxes"
    return set(os.listdir(sandboxes)) if sandboxes.exists() else set()


def watch_sandbox(client: NotebookClient, seen: list[str]) -> None:
    """Record the sandbox the provisioner made, while the first cell's kernel is alive."""

    async def on_cell_executed(cell: nbformat.NotebookNode, cell_index: int, execute_reply: dict) -> None:
        if cell_index == 0:
            assert client.km is not None
            prov = client.km.provisioner
            assert isinstance(prov, SandboxProvisioner) and prov.owns_sandbox and prov.sandbox is not None
            assert prov.confinement is not None and "seccomp" in prov.confinement.layers
            seen.append(prov.sandbox.id)

    client.on_cell_executed = on_cell_executed


@pytest.mark.slow
async def test_nbclient_runs_notebook_confined(
    env_settings: None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """nbclient finds the kernelspec on the Jupyter path, owns the kernel and shuts it down itself."""
    monkeypatch.setenv("JUPYTER_PATH", str(kernels_dir().parent))
    before = sandbox_ids(data_dir)
    nb = notebook()
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=60, allow_errors=True)
    seen: list[str] = []
    watch_sandbox(client, seen)
    await client.async_execute()

    def stdout(i: int) -> str:
        return "".join(o.get("text", "") for o in nb.cells[i].outputs if o.output_type == "stream")

    def error(i: int) -> str | None:
        errors = [o.ename for o in nb.cells[i].outputs if o.output_type == "error"]
        return errors[0] if errors else None

    assert stdout(0) == "{'a': 4, 'b': 6}\n"
    images = [o for o in nb.cells[1].outputs if o.output_type == "display_data" and "image/png" in o.data]
    assert len(images) == 1
    assert base64.b64decode(images[0].data["image/png"]).startswith(b"\x89PNG\r\n\x1a\n")
    status = stdout(2).splitlines()
    assert "NoNewPrivs:\t1" in status and "Seccomp:\t2" in status
    uid = int(status[-1].split()[1])
    assert uid != 0 if IS_ROOT else uid == os.geteuid()
    assert error(3) == "PermissionError"
    assert error(4) == "PermissionError"  # world-readable, but outside what Landlock lets the kernel read
    assert error(5) == "PermissionError"
    assert stdout(6) == "after errors 4\n" and error(6) is None
    assert nbformat.validate(nb) is None

    # The sandbox the provisioner made for this kernel ended with it.
    assert len(seen) == 1 and seen[0] not in before
    assert sandbox_ids(data_dir) == before
    assert not (data_dir / "run" / seen[0]).exists()


async def test_nbclient_with_own_kernel_manager(env_settings: None, data_dir: Path) -> None:
    """A caller that passes its own kernel manager shuts the kernel down; the sandbox goes with it."""
    before = sandbox_ids(data_dir)
    km = AsyncKernelManager(kernel_name=KERNEL, kernel_spec_manager=spec_manager())
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import os\nprint(os.getcwd().endswith('/work'), os.getuid())")]
    client = NotebookClient(nb, km=km, kernel_name=KERNEL, timeout=60)
    seen: list[str] = []
    watch_sandbox(client, seen)
    await client.async_execute()
    cwd_ok, uid = nb.cells[0].outputs[0].text.split()
    assert cwd_ok == "True"
    if IS_ROOT:
        assert int(uid) != 0
    assert len(seen) == 1 and seen[0] in sandbox_ids(data_dir)  # the caller still owns the running kernel
    await km.shutdown_kernel()
    assert sandbox_ids(data_dir) == before
    assert not (data_dir / "run" / seen[0]).exists()


def test_jupyter_kernelspec_list_finds_kernel() -> None:
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "jupyter"), "kernelspec", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "JUPYTER_PATH": str(kernels_dir().parent)},
    )
    assert proc.returncode == 0, proc.stderr
    specs = json.loads(proc.stdout)["kernelspecs"]
    assert specs[KERNEL]["spec"]["metadata"]["kernel_provisioner"]["provisioner_name"] == "notebook-agent-sandbox"
