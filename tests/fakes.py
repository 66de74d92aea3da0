"""Stand-ins with real behaviour for the fast tests.

:class:`InProcessRunner` is a code runner for the agent graph (the interface `Session.execute` gives it): it runs
each cell for real with ``exec`` in one namespace of its own, in this process, and hands back a
:class:`~notebook_agent.kernel.cell.CellResult` shaped as the kernel's: stdout/stderr streams, the last
expression's ``execute_result``, ``display()`` outputs (a raw mime bundle stays as given, so the analyst's
vendor-mime result travels as in a kernel), every open matplotlib figure as an ``image/png`` display at the end
of the cell (as the inline backend does), and an exception as an ``error`` output with status "error".

It is no sandbox and has no deadline: only for code the tests write or the offline analyst plans.
"""

from __future__ import annotations

import ast
import base64
import contextlib
import inspect
import io
import time
import traceback
import warnings
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import nbformat
from nbformat import NotebookNode

from notebook_agent.data.profile import parse_profile, profile_code
from notebook_agent.kernel.cell import CellResult
from notebook_agent.kernel.outputs import OutputCallback

__all__ = ["InProcessRunner"]

_CELL = "<cell>"


class _Stream(io.TextIOBase):
    """stdout or stderr of a cell: text goes into the cell's outputs in order, merged with the stream before it."""

    def __init__(self, cell: _Cell, name: str) -> None:
        self.cell, self.name = cell, name

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if text:
            self.cell.stream(self.name, text)
        return len(text)


class _Cell:
    """The outputs of one cell as they are produced."""

    def __init__(self) -> None:
        self.outputs: list[NotebookNode] = []

    def stream(self, name: str, text: str) -> None:
        last = self.outputs[-1] if self.outputs else None
        if last is not None and last.output_type == "stream" and last.name == name:
            last.text += text
        else:
            self.outputs.append(nbformat.v4.new_output("stream", name=name, text=text))

    def display(self, *objs: Any, raw: bool = False, **_: Any) -> None:
        for obj in objs:
            data = dict(obj) if raw and isinstance(obj, dict) else _mime_bundle(obj)
            self.outputs.append(nbformat.v4.new_output("display_data", data=data, metadata={}))

    def figures(self) -> None:
        """Every open figure as a PNG display, then closed (the inline backend's end-of-cell flush)."""
        for number in plt.get_fignums():
            figure = plt.figure(number)
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png")
            png = base64.b64encode(buffer.getvalue()).decode("ascii")
            self.outputs.append(
                nbformat.v4.new_output("display_data", data={"image/png": png, "text/plain": repr(figure)}, metadata={})
            )
        plt.close("all")


def _mime_bundle(obj: Any) -> dict[str, Any]:
    """A display's data the way IPython's formatter builds it for the common cases: text/plain, plus HTML."""
    data: dict[str, Any] = {"text/plain": repr(obj)}
    html = getattr(obj, "_repr_html_", None)
    if callable(html):
        with contextlib.suppress(Exception):
            text = html()
            if text:
                data["text/html"] = text
    return data


class InProcessRunner:
    """Runs cells in this process, one namespace across cells (like one kernel); see the module docstring."""

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {"__name__": "__main__"}
        self.execution_count = 0
        self.cells: list[str] = []  # every cell run, in order

    async def execute(
        self, code: str, *, timeout: float | None = None, on_output: OutputCallback | None = None
    ) -> CellResult:
        """Run one cell; its outputs go to `on_output` ("output", node) once it ends. `timeout` is not enforced."""
        self.execution_count += 1
        self.cells.append(code)
        cell = _Cell()
        self.namespace["display"] = cell.display
        start = time.monotonic()
        result = CellResult(status="ok", execution_count=self.execution_count)
        with (
            contextlib.redirect_stdout(_Stream(cell, "stdout")),
            contextlib.redirect_stderr(_Stream(cell, "stderr")),
            warnings.catch_warnings(),
        ):
            warnings.simplefilter("ignore")  # e.g. Agg's "non-interactive, cannot show" on plt.show()
            try:
                value = self._run(code)
                if value is not None:
                    data = _mime_bundle(value)
                    cell.outputs.append(
                        nbformat.v4.new_output(
                            "execute_result", data=data, metadata={}, execution_count=self.execution_count
                        )
                    )
            except Exception as exc:
                result.status = "error"
                result.error = {
                    "ename": type(exc).__name__,
                    "evalue": str(exc),
                    "traceback": _cell_traceback(exc),
                }
                cell.outputs.append(nbformat.v4.new_output("error", **result.error))
            finally:
                cell.figures()
        result.outputs = cell.outputs
        result.duration_s = time.monotonic() - start
        if on_output is not None:
            for output in result.outputs:
                res = on_output("output", output)
                if inspect.isawaitable(res):
                    await res
        return result

    def _run(self, code: str) -> Any:
        """Exec the cell; the value of a last bare expression is returned (IPython's `last_expr`)."""
        tree = ast.parse(code, _CELL, "exec")
        last = tree.body[-1] if tree.body else None
        if isinstance(last, ast.Expr):
            tree.body.pop()
            exec(compile(tree, _CELL, "exec"), self.namespace)
            value = eval(compile(ast.Expression(last.value), _CELL, "eval"), self.namespace)
            self.namespace["_"] = value
            return value
        exec(compile(tree, _CELL, "exec"), self.namespace)
        return None

    async def load_csv(self, variable: str, path: Any) -> dict[str, Any]:
        """Read a CSV into `variable` with the session's preamble, and return its data profile (as `add_file`)."""
        from notebook_agent.agent.session import PREAMBLE

        for code in (PREAMBLE, f"{variable} = pd.read_csv({str(path)!r})"):
            res = await self.execute(code)
            assert res.status == "ok", res.error
        profiled = await self.execute(profile_code(variable))
        assert profiled.status == "ok", profiled.error
        profile = parse_profile(profiled.stdout)
        profile["file"] = getattr(path, "name", str(path))
        return profile


def _cell_traceback(exc: BaseException) -> list[str]:
    """The traceback from the cell's own frames on (the runner's frames left out), one entry per line."""
    frames = traceback.extract_tb(exc.__traceback__)
    first = next((i for i, f in enumerate(frames) if f.filename == _CELL), 0)
    lines = traceback.format_list(frames[first:]) + traceback.format_exception_only(type(exc), exc)
    return ["Traceback (most recent call last):", *(line.rstrip("\n") for line in lines)]
