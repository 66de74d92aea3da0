from __future__ import annotations

import json
from pathlib import Path

import nbformat

from notebook_agent.agent.notebook import RAISES_TAG, NotebookRecord


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
