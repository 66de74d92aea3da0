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
