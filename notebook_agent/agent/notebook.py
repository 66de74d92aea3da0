"""The session notebook: every message, code cell (with outputs) and answer, saved after every change.

A session keeps it in the database (see `agent.session`) and this file as a copy on the host: it builds the record
with `autosave=False` and `text=` (the stored .ipynb), and writes both itself after each change.

Follows the contract in DESIGN.md: nbformat 4.5, `metadata.kernelspec` plain `python3`, and on every cell
`metadata.notebook_agent = {"role": "user" | "assistant" | "code" | "setup", "turn": N}`. Cells that failed when
they ran carry the `raises-exception` tag, so a run-all under nbclient or Jupyter goes on past them. A code step run
again (`agent.session_steps`) is a new cell whose metadata adds ``"rerun_of": <old cell id>``; the old cell stays and
gets ``"replaced_by": <new cell id>``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

import nbformat
from nbformat import NotebookNode

__all__ = ["NotebookRecord"]

Role = Literal["user", "assistant", "code", "setup"]
RAISES_TAG = "raises-exception"


class NotebookRecord:
    """A notebook kept in memory and written to `path` atomically after every cell (unless `autosave` is off).

    It starts from `text` (.ipynb JSON) when given, else from the file at `path` when there is one, else empty.
    """

    def __init__(self, path: Path, title: str | None = None, *, autosave: bool = True, text: str | None = None) -> None:
        self.path = path
        self.autosave = autosave
        if text is not None:
            self.nb = nbformat.reads(text, as_version=4)
        elif path.exists():
            self.nb = nbformat.read(path, as_version=4)
        else:
            self.nb = nbformat.v4.new_notebook()
            self.nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
            self.nb.metadata["language_info"] = {"name": "python"}
            self.nb.metadata["notebook_agent"] = {"title": title or "notebook-agent session"}
        self.nb.nbformat, self.nb.nbformat_minor = 4, 5

    @property
    def cells(self) -> list[NotebookNode]:
        """The cells so far."""
        cells: list[NotebookNode] = self.nb.cells  # NotebookNode attributes are untyped
        return cells

    def _add(self, cell: NotebookNode, role: Role, turn: int) -> NotebookNode:
        cell.metadata["notebook_agent"] = {"role": role, "turn": turn}
        self.nb.cells.append(cell)
        if self.autosave:
            self.save()
        return cell

    def truncate(self, count: int) -> list[NotebookNode]:
        """Keep the first `count` cells; returns the ones dropped (the cells of a turn that did not finish)."""
        dropped: list[NotebookNode] = self.nb.cells[count:]
        del self.nb.cells[count:]
        if dropped and self.autosave:
            self.save()
        return dropped

    def add_user(self, text: str, turn: int) -> NotebookNode:
        """The person's message, as a markdown cell."""
        return self._add(nbformat.v4.new_markdown_cell(f"**You:** {text}"), "user", turn)

    def add_answer(self, text: str, turn: int) -> NotebookNode:
        """The assistant's answer, as a markdown cell."""
        return self._add(nbformat.v4.new_markdown_cell(text), "assistant", turn)

    def add_code(
        self,
        source: str,
        outputs: Iterable[Mapping[str, Any]],
        turn: int,
        *,
        failed: bool = False,
        execution_count: int | None = None,
        role: Role = "code",
    ) -> NotebookNode:
        """A code cell with the outputs it produced; `failed` tags it so a run-all continues past it.

        The outputs become nbformat's own nodes (a cell's arrive as `kernel.outputs.Output`s).
        """
        cell = nbformat.v4.new_code_cell(
            source, outputs=[nbformat.from_dict(o) for o in outputs], execution_count=execution_count
        )
        if failed:
            cell.metadata["tags"] = [RAISES_TAG]
        return self._add(cell, role, turn)

    def successful_code(self) -> list[str]:
        """Sources of the setup and code cells that ran without error, in order (to rebuild kernel state)."""
        return [
            c.source
            for c in self.nb.cells
            if c.cell_type == "code"
            and c.metadata.get("notebook_agent", {}).get("role") in ("code", "setup")
            and RAISES_TAG not in c.metadata.get("tags", [])
        ]

    def validate(self) -> None:
        """Raise nbformat.ValidationError if the notebook is not valid."""
        nbformat.validate(self.nb)

    def to_json(self) -> str:
        """The notebook as .ipynb text."""
        text: str = nbformat.writes(self.nb)  # nbformat.writes is unannotated
        return text

    def save(self, text: str | None = None) -> None:
        """Write atomically: a temp file in the same directory, then rename over the old one.

        `text` is what `to_json()` gave, when the caller has it already (made on the event loop, written in a thread).
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".nb-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self.to_json() if text is None else text)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
