"""The package's public API: every name in `notebook_agent.__all__` resolves, the example imports only from it,
importing the package (as the sandboxed launcher does) loads none of the heavy parts, and every event kind the
agent emits is one of the typed kinds."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import notebook_agent
from notebook_agent.agent.events import EVENT_KINDS

REPO = Path(__file__).resolve().parent.parent


def test_every_public_name_resolves() -> None:
    for name in notebook_agent.__all__:
        assert getattr(notebook_agent, name) is not None, name
    assert set(dir(notebook_agent)) == set(notebook_agent.__all__)


def test_the_library_example_uses_only_the_public_api() -> None:
    tree = ast.parse((REPO / "examples" / "library_use.py").read_text())
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("notebook")]
    assert imports and all(n.module == "notebook_agent" for n in imports)
    assert all(alias.name in notebook_agent.__all__ for n in imports for alias in n.names)


def test_importing_the_package_loads_nothing_heavy() -> None:
    code = (
        "import sys, notebook_agent, notebook_agent.sandbox.launcher\n"
        "heavy = [m for m in ('langgraph', 'gradio', 'google.genai', 'pandas', 'sqlalchemy') if m in sys.modules]\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True, cwd="/")
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_every_emitted_event_kind_is_a_typed_kind() -> None:
    emitted: set[str] = set()
    for path in (REPO / "notebook_agent").rglob("*.py"):
        text = path.read_text()
        for call in re.finditer(r"\bevent\(\s*([^,)]+)", text):
            emitted.update(re.findall(r'"([a-z_]+)"', call.group(1)))
    assert emitted and emitted <= EVENT_KINDS, emitted - EVENT_KINDS
