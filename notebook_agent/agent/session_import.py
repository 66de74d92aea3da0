"""A new chat started from a notebook: its data files uploaded, its code cells run again, its conversation back.

:func:`start_from` takes a new, open :class:`Session` and an :class:`ImportSource` (`data.notebook_upload`: the
notebook validated, a bundle's files unpacked under names of our own) and:

1. uploads the data files through the chat's normal upload path (`Session.add_file`: the same checks, names and
   load cells as any upload), in the order the notebook loaded them, so the variables get the same names;
2. runs the notebook's code cells in the chat's sandboxed kernel, in order, each recorded as a cell of the new
   notebook with its new outputs. The old set-up cells are left out when the new chat made them already (the
   imports every chat starts with, the load of a file uploaded in step 1). It stops at the first cell that
   fails (one tagged ``raises-exception`` is expected to fail and does not stop it) and says which: its number in
   the uploaded notebook, its first line and the error;
3. rebuilds the conversation. With our metadata (`notebook_agent.role` on the cells) the person's messages and the
   answers become the chat's messages again (shown as before, since the chat's history is read from the same
   metadata), and each old turn goes into the checkpointed conversation as text: the question, then one model
   message with the code the turn ran, what it printed now, and the answer. A plain notebook has no turns; its
   cells are the context. Either way the conversation ends with a note saying what the chat was started from,
   which cells ran and which variables exist (the model reads it with the next question), and the chat shows the
   same note as its last message.

Why the state is built here rather than by seeding a stored chat and letting a resume replay it: the resume path
replays silently and skips failures, while an import must find and name the first failing cell; its uploads must
pass the upload path, whose own load cells take the place of the old ones; and a conversation added to the graph
state is exactly what the next turn reads, with no second format to keep in step. The old turns go in as text,
not as function calls and responses: those would need the original call ids and thought signatures, which a
notebook does not keep. The whole import is one unit of the chat's record (`Session.unit`), committed at its end,
or dropped at the next open if the process stops half-way.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..data.names import safe_filename
from ..data.notebook_upload import ImportSource, display_name
from ..errors import UploadError
from ..text_safety import md_inert
from .cell_text import cap, failure_reason, first_line, outputs_text
from .gemini import GeminiModel
from .notebook import RAISES_TAG
from .session_kernels import OLD_PREAMBLES, PREAMBLE

if TYPE_CHECKING:
    from .session import Session

__all__ = ["FailedCell", "ImportReport", "start_from"]

# Listed in the kernel, not recorded: the names a person (and the model) can build on, with their kinds.
_VARIABLES = """def _notebook_agent_variables():
    import json, types
    out = []
    for name, value in list(globals().items()):
        if name.startswith("_") or name in ("In", "Out", "exit", "quit", "get_ipython", "open"):
            continue
        if isinstance(value, types.ModuleType):
            continue
        if (isinstance(value, type) or callable(value)) and getattr(value, "__module__", "") != "__main__":
            continue
        shape = getattr(value, "shape", None)
        shape = "x".join(str(n) for n in shape) if isinstance(shape, tuple) else ""
        out.append([name, type(value).__name__, shape])
    print(json.dumps(out[:80]))
try:
    _notebook_agent_variables()
finally:
    del _notebook_agent_variables
"""
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_SHAPE = re.compile(r"[0-9x]{0,40}")
_NOTE_CODE_CHARS = 12_000  # of a plain notebook's code, told to the model with the note


@dataclass
class FailedCell:
    """The cell an import stopped at: its number in the uploaded notebook (from 1), first line, and why."""

    number: int
    first_line: str
    reason: str


@dataclass
class ImportReport:
    """What an import did, for the chat's last message, the model's note and programs."""

    name: str
    ours: bool
    code_cells: int = 0  # the code cells of the notebook to run (set-up the new chat did itself not counted)
    ran: int = 0
    failed: FailedCell | None = None
    loaded: list[str] = field(default_factory=list)  # "file as `variable`"
    left_out: list[str] = field(default_factory=list)
    variables: list[tuple[str, str, str]] = field(default_factory=list)  # name, type, shape
    turns: int = 0
    seconds: float = 0.0
    code: list[str] = field(default_factory=list)  # the cells that ran (for a plain notebook's note)

    def _variables_text(self) -> str:
        shown = [f"{n} ({t}{' ' + s if s else ''})" for n, t, s in self.variables[:40]]
        more = f" and {len(self.variables) - 40} more" if len(self.variables) > 40 else ""
        return ", ".join(shown) + more if shown else "none"

    def summary(self) -> str:
        """The chat's message about the import (inert markdown: every name in it comes from the upload)."""
        lines = [
            f"Started from notebook **{md_inert(self.name)}**: {self.ran} of {self.code_cells} code cells ran"
            + (f", {self.turns} earlier turns restored." if self.turns else ".")
        ]
        if self.loaded:
            lines.append("Data loaded: " + md_inert(", ".join(self.loaded)) + ".")
        if self.failed is not None:
            f = self.failed
            shown = md_inert(f.first_line).replace("`", "'")
            lines.append(
                f"**Stopped at cell {f.number}** (`{shown}`): "
                f"{md_inert(f.reason)}. The cells after it were not run."
                + (
                    " Upload the notebook together with its data files, or the bundle .zip the app exports."
                    if f.reason.startswith("FileNotFoundError")
                    else ""
                )
            )
        if self.left_out:
            lines.append("Left out: " + md_inert("; ".join(self.left_out)) + ".")
        lines.append("Variables: " + md_inert(self._variables_text()) + ".")
        return "\n\n".join(lines)

    def note(self) -> str:
        """What the model is told with the next question: what the chat was started from and what exists now."""
        text = (
            f"[Note from the app, not a question] This chat was started from the notebook {self.name!r}"
            f" ({'a chat of this app' if self.ours else 'a notebook from elsewhere'}): {self.ran} of"
            f" {self.code_cells} code cells ran again in this chat's kernel"
        )
        if self.failed is not None:
            text += (
                f", stopping at cell {self.failed.number} ({self.failed.first_line!r}): {self.failed.reason};"
                " the cells after it did not run"
            )
        text += f". Data loaded: {', '.join(self.loaded) or 'none'}. Variables now in the kernel: "
        text += self._variables_text() + "."
        if self.left_out:
            text += " Left out: " + "; ".join(self.left_out) + "."
        if not self.ours and self.code:
            code = cap("\n\n# ---\n".join(self.code), _NOTE_CODE_CHARS)
            text += f" The notebook's code that ran, in order:\n```python\n{code}\n```"
        return text


def _file_order(source: ImportSource) -> list[tuple[Any, str]]:
    """The data files in the order the notebook loads them (so the first is `df` again), the rest after."""

    def first_use(item: tuple[Any, str]) -> int:
        name = safe_filename(display_name(item[1]))
        for index, cell in enumerate(source.notebook.cells):
            if cell.cell_type == "code" and (f'"{name}"' in cell.source or f"'{name}'" in cell.source):
                return index
        return len(source.notebook.cells)

    return sorted(source.files, key=first_use)


def _made_already(source: str, role: Any, loaded_files: set[str]) -> bool:
    """An old set-up cell the new chat has made itself: the imports, or the load of a file it uploaded."""
    if role != "setup":
        return False
    text = source.strip()
    return (
        text == PREAMBLE
        or text in OLD_PREAMBLES
        or any(f'"{name}"' in text or f"'{name}'" in text for name in loaded_files)
    )


def _turn(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1_000_000 else default


def _parse_variables(stdout: str) -> list[tuple[str, str, str]]:
    """The kernel's list of variables, kept only as names, type names and shapes (it is the kernel's output)."""
    try:
        rows = json.loads(stdout.strip().splitlines()[-1]) if stdout.strip() else []
    except (ValueError, IndexError):
        return []
    out = []
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, list) and len(row) == 3 and all(isinstance(x, str) for x in row):
            name, kind, shape = row
            if _NAME.fullmatch(name) and _NAME.fullmatch(kind) and _SHAPE.fullmatch(shape):
                out.append((name, kind, shape))
    return out


class _Conversation:
    """The old turns as the model will read them: the question, then one model message per turn."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        self._model: list[str] = []

    def question(self, text: str) -> None:
        self.end_turn()
        self.messages.append(GeminiModel.user_text(text))

    def ran(self, code: str, result_text: str, failed: bool) -> None:
        said = f"\nIt {'failed' if failed else 'printed'}:\n```\n{result_text}\n```" if result_text else ""
        self._model.append(f"I ran this code:\n```python\n{code}\n```{said}")

    def answer(self, text: str) -> None:
        self._model.append(text)

    def end_turn(self) -> None:
        if self.messages and self.messages[-1]["role"] == "user":
            text = "\n\n".join(self._model) or "(No answer was recorded for this question.)"
            self.messages.append({"role": "model", "parts": [{"text": text}]})
        self._model = []


async def start_from(
    session: Session, source: ImportSource, on_progress: Callable[[str], Any] | None = None
) -> ImportReport:
    """Build `session` (new, open, empty) from `source`; see the module docstring. Returns what was done.

    `on_progress` gets a short line as each step starts (for a status line). Upload refusals of the bundle's
    files are reported, not raised; the kernel's own failures (it died, could not start) are raised.
    """
    started = time.monotonic()
    ours = source.ours
    report = ImportReport(name=source.name, ours=ours, left_out=list(source.notes))
    loaded_files: set[str] = set()
    for path, name in _file_order(source):
        if on_progress:
            on_progress(f"Uploading {display_name(name)}…")
        try:
            prepared, _ = await session.add_file(path, original_name=display_name(name))
        except UploadError as exc:
            report.left_out.append(f"{display_name(name)}: {exc.problem}")
            continue
        loaded_files.add(prepared.path.name)
        report.loaded.append(f"{prepared.path.name} as {prepared.variable}")
    cells = source.notebook.cells
    to_run = [
        c
        for c in cells
        if c.cell_type == "code" and c.source.strip() and not _made_already(c.source, _role(c, ours), loaded_files)
    ]
    report.code_cells = len(to_run)
    conversation = _Conversation()
    async with session.unit() as record:
        state = await record.state()
        base = int(state.get("turn", 0)) + 1  # a plain notebook's cells belong to the coming turn, as uploads do
        last_turn = int(state.get("turn", 0))
        for number, cell in enumerate(cells, 1):
            role = _role(cell, ours)
            meta = cell.metadata.get("notebook_agent") if ours else None
            turn = _turn(meta.get("turn") if isinstance(meta, dict) else None, base)
            if cell.cell_type == "markdown" and role == "user":
                text = meta.get("text") if isinstance(meta, dict) and isinstance(meta.get("text"), str) else None
                text = text or cell.source.removeprefix("**You:** ")
                record.notebook.add_user(text, turn)
                conversation.question(text)
                last_turn = max(last_turn, turn)
                report.turns += 1
            elif cell.cell_type == "markdown" and role == "assistant":
                record.notebook.add_answer(cell.source, turn)
                conversation.answer(cell.source)
            elif cell.cell_type == "code" and cell in to_run:
                if on_progress:
                    on_progress(f"Running cell {number} of {len(cells)}…")
                res = await session.execute(cell.source)
                failed = res.status != "ok"
                record.notebook.add_code(
                    cell.source,
                    res.outputs,
                    turn,
                    failed=failed,
                    execution_count=res.execution_count,
                    role="setup" if role == "setup" else "code",
                )
                report.ran += 1
                report.code.append(cell.source)
                conversation.ran(cell.source, outputs_text(res.outputs), failed)
                if failed and RAISES_TAG not in cell.metadata.get("tags", []):
                    report.failed = FailedCell(
                        number, first_line(cell.source), failure_reason(res.status, res.error, res.notes)
                    )
                    break
        conversation.end_turn()
        listed = await session.execute(_VARIABLES)
        report.variables = _parse_variables(listed.stdout) if listed.status == "ok" else []
        report.seconds = time.monotonic() - started
        record.notebook.add_answer(report.summary(), max(last_turn, 1))
        ack = {"role": "model", "parts": [{"text": "Understood: I will build on that notebook's state."}]}
        update: dict[str, Any] = {
            "messages": [*conversation.messages, GeminiModel.user_text(report.note()), ack],
            "turn": last_turn,
        }
        await record.graph.aupdate_state(record.config, update)
    report.seconds = time.monotonic() - started
    return report


def _role(cell: Any, ours: bool) -> Any:
    meta = cell.metadata.get("notebook_agent") if ours else None
    return meta.get("role") if isinstance(meta, dict) else None
