"""The launcher starts as root in a kernel-writable working directory: it must never import from there."""

from __future__ import annotations

import uuid
from pathlib import Path

from notebook_agent.kernel.session_kernel import SessionKernel


async def test_modules_planted_in_work_dir_are_not_imported_on_restart(kernel: SessionKernel) -> None:
    marker = Path(f"/tmp/na-planted-{uuid.uuid4().hex}")
    payload = f"open({str(marker)!r}, 'w').write('pwned')\\n"
    plant = (
        "import os\n"
        "for name in ('json.py', 'ctypes.py', 'resource.py', 'warnings.py'):\n"
        f"    open(name, 'w').write({payload!r})\n"
        "os.makedirs('ipykernel', exist_ok=True)\n"
        f"open('ipykernel/__init__.py', 'w').write({payload!r})\n"
        "os.makedirs('notebook_agent', exist_ok=True)\n"
        f"open('notebook_agent/__init__.py', 'w').write({payload!r})\n"
        "print(sorted(os.listdir('.')))\n"
    )
    res = await kernel.execute(plant)
    assert res.status == "ok", res.error
    assert "json.py" in res.stdout
    await kernel.restart()
    res = await kernel.execute("import json, os; print(json.dumps({'uid': os.getuid()}))")
    assert res.status == "ok", res.error
    assert '"uid"' in res.stdout
    assert not marker.exists(), "a module planted in the work dir ran during kernel start"
