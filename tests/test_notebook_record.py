from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest

from notebook_agent.agent.notebook import RAISES_TAG, NotebookRecord
from notebook_agent.kernel.outputs import Output, new_output, output_from_msg


def _png_output() -> nbformat.NotebookNode:
    return nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"})


def test_contract_and_atomic_save(tmp_path: Path) -> None:
    path = tmp_path / "session.ipynb"
    rec = NotebookRecord(path)
    rec.add_code("import pandas as pd\ndf = pd.read_csv('data.csv')", [], 1, role="setup")
    assert "".join(json.loads(path.read_text())["cells"][0]["source"]).startswith("import pandas")  # saved per cell
    rec.add_user("plot y against x", 1)
    rec.add_code("df.plot()", [_png_output()], 1, execution_count=2)
    rec.add_code(
        "df.nope", [nbformat.v4.new_output("error", ename="AttributeError", evalue="x", traceback=[])], 1, failed=True
    )
    rec.add_answer("The slope is **3.01**.", 1)
    rec.add_user("now a quadratic", 2)
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert (nb.nbformat, nb.nbformat_minor) == (4, 5)
    assert nb.metadata.kernelspec.name == "python3"
    roles = [(c.metadata.notebook_agent.role, c.metadata.notebook_agent.turn) for c in nb.cells]
    assert roles == [("setup", 1), ("user", 1), ("code", 1), ("code", 1), ("assistant", 1), ("user", 2)]
    assert [c.cell_type for c in nb.cells] == ["code", "markdown", "code", "code", "markdown", "markdown"]
    assert nb.cells[3].metadata.tags == [RAISES_TAG]
    assert nb.cells[2].outputs[0].data["image/png"] == "iVBORw0KGgo="
    assert not list(tmp_path.glob(".nb-*")), "temp files left behind"
    reopened = NotebookRecord(path)
    assert reopened.successful_code() == ["import pandas as pd\ndf = pd.read_csv('data.csv')", "df.plot()"]


def test_a_record_from_stored_text_saves_only_when_asked_and_drops_an_unfinished_turn(tmp_path: Path) -> None:
    first = NotebookRecord(tmp_path / "a.ipynb", title="t", autosave=False)
    first.add_code("x = 1", [], 1, role="setup")
    first.add_user("plot it", 1)
    assert not (tmp_path / "a.ipynb").exists()  # the session writes it (database, then this copy)
    text = first.to_json()
    copy = NotebookRecord(tmp_path / "b.ipynb", autosave=False, text=text)
    assert copy.to_json() == text and copy.nb.metadata.notebook_agent.title == "t"
    copy.add_user("and a fit", 2)
    copy.add_code("fit()", [], 2)
    dropped = copy.truncate(2)
    assert [c.source for c in dropped] == ["**You:** and a fit", "fit()"]
    assert copy.to_json() == text
    copy.save(text)
    assert (tmp_path / "b.ipynb").read_text(encoding="utf-8") == text


# -- a cell's outputs, built without nbformat ------------------------------------------------------------------


def test_the_kernel_side_imports_no_nbformat_nor_jsonschema() -> None:
    """Every app-side process imports the kernel package: importing nbformat there costs each one ~1.5 s
    (jsonschema builds rfc3987_syntax's grammars at import)."""
    code = (
        "import sys\nimport notebook_agent.cli, notebook_agent.kernel.session_kernel, notebook_agent.kernel.gateway\n"
        "print(sorted(m for m in ('nbformat', 'jsonschema', 'rfc3987_syntax') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]", proc.stdout


_MESSAGES = [
    ("stream", {"name": "stdout", "text": "hi\n"}),
    ("stream", {"name": "stderr", "text": ["a", "b"]}),
    ("display_data", {"data": {"text/plain": "x", "image/png": "iVBO"}, "metadata": {"image/png": {"width": 2}}}),
    ("display_data", {"data": {"application/vnd.vegalite.v5+json": {"mark": "bar"}}, "metadata": {}}),
    ("execute_result", {"data": {"text/plain": ["1"]}, "metadata": {}, "execution_count": 3}),
    ("execute_result", {"data": {}, "metadata": {}, "execution_count": None}),
    ("error", {"ename": "ValueError", "evalue": "boom", "traceback": ["line 1", "line 2"]}),
]


def _msg(mtype: str, content: dict[str, Any]) -> dict[str, Any]:
    return {"msg_type": mtype, "header": {"msg_type": mtype}, "content": content}


@pytest.mark.parametrize(("mtype", "content"), _MESSAGES)
def test_outputs_are_what_nbformat_makes_of_the_message(mtype: str, content: dict[str, Any]) -> None:
    ours = output_from_msg(_msg(mtype, content))
    assert ours == nbformat.v4.output_from_msg(_msg(mtype, content))
    assert ours.output_type == mtype and all(isinstance(v, Output) for v in ours.values() if isinstance(v, dict))


@pytest.mark.parametrize(
    ("mtype", "content"),
    [
        ("stream", {"name": "stdout", "text": 5}),
        ("stream", {"name": None, "text": "x"}),
        ("display_data", {"data": {"text/html": 5}, "metadata": {}}),
        ("display_data", {"data": {"text/plain": "x"}, "metadata": 3}),
        ("display_data", {"data": ["text/plain"], "metadata": {}}),
        ("execute_result", {"data": {}, "metadata": {}, "execution_count": -1}),
        ("error", {"ename": "E", "evalue": "v", "traceback": "not a list"}),
        ("comm_msg", {}),
    ],
)
def test_outputs_nbformat_refuses_are_refused(mtype: str, content: dict[str, Any]) -> None:
    with pytest.raises(Exception):  # noqa: B017 - nbformat's own refusal (ValueError or ValidationError)
        nbformat.v4.output_from_msg(_msg(mtype, content))
    with pytest.raises(ValueError):
        output_from_msg(_msg(mtype, content))


def test_a_cells_outputs_go_into_the_notebook_as_nbformat_nodes(tmp_path: Path) -> None:
    outputs = [output_from_msg(_msg(mtype, content)) for mtype, content in _MESSAGES]
    outputs.append(new_output("stream", name="stderr", text="Output truncated: a note\n"))
    rec = NotebookRecord(tmp_path / "session.ipynb")
    cell = rec.add_code("print('hi')", outputs, 1)
    assert all(type(o) is nbformat.NotebookNode for o in cell.outputs)
    assert type(cell.outputs[2].metadata["image/png"]) is nbformat.NotebookNode
    rec.validate()
    nb = nbformat.read(tmp_path / "session.ipynb", as_version=4)
    nbformat.validate(nb)
    assert [o.output_type for o in nb.cells[0].outputs] == [o.output_type for o in outputs]
