"""A chat's code steps: listed, edited and run again in its kernel, and a failed one fixed by the model.

A step is a code cell the conversation ran (`notebook_agent.role == "code"`). Running one again (:func:`rerun`)
runs the given code in the chat's kernel and records it as a NEW cell at the end of the notebook, its outputs
with it; the old cell stays where it was, marked in its metadata as replaced by the new one, and the new one says
which it replaces:

    old.metadata.notebook_agent = {"role": "code", "turn": 2, "replaced_by": "<new cell id>"}
    new.metadata.notebook_agent = {"role": "code", "turn": 3, "rerun_of": "<old cell id>"}

(the new cell belongs to the coming turn, as an upload's cells do). Replay after a restart runs the notebook's
successful cells in order, the old and then the new, which is what the kernel saw. The model learns of it with
the next question: the edit and its result go into the checkpointed conversation as a note (and an
acknowledgement, so the history keeps its user/model alternation). Each run is one unit of the chat's record
(`Session.unit`), committed whole.

:func:`fix` asks the model to fix a failed step and runs its answer as such a re-run. Gemini is sent the
conversation, the failing cell and its error, and asked for the whole corrected cell (as a `run_python` call, or a
fenced block); the request is kept with the chat's model requests. Offline (`offline.fix`), a cell the analyst
wrote is planned again from the question of its turn, and a person's cell gets the repairs a rule can make safely
(a misspelled column name with one close match, a missing import); else the answer says plainly that it cannot.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from nbformat import NotebookNode

from ..errors import InvalidInputError
from ..kernel.outputs import Output
from ..store.session_records import ModelRequest
from .brains import GeminiBrain
from .cell_text import cap, failure_reason, outputs_text
from .gemini import GeminiModel
from .notebook import RAISES_TAG, NotebookRecord
from .prompts import system_prompt

if TYPE_CHECKING:
    from .session import Session

__all__ = ["FixResult", "RerunResult", "Step", "find_step", "fix", "rerun", "steps"]

_CODE_CHARS = 6000  # of each version of a cell in the note the model reads
_FENCE = re.compile(r"```(?:python|py)?[ \t]*\n(.*?)```", re.DOTALL)
OFFLINE_CANNOT_FIX = (
    "The offline analyst cannot fix this cell: without a model it plans its own steps again from their question, "
    "and in a cell a person wrote it repairs only a misspelled column name (when exactly one column is close to "
    "it) or a missing import of pd, np, plt, alt or sns. Edit the step and press Run, ask the question again in "
    "other words, or set GEMINI_API_KEY so Gemini can fix it."
)


@dataclass(frozen=True)
class Step:
    """One code step of a chat, as the Steps panel and `/rerun` name it."""

    index: int  # the cell's position in the notebook (from 0, as nbformat counts)
    id: str
    number: int  # from 1, among the chat's steps
    source: str
    failed: bool
    turn: int
    replaced_by: str | None
    rerun_of: str | None

    @property
    def label(self) -> str:
        """How the Steps panel lists it: number, turn, state and first line."""
        first = next((ln.strip() for ln in self.source.splitlines() if ln.strip()), "(empty)")
        first = first if len(first) <= 60 else first[:59] + "…"
        state = "failed" if self.failed else "ok"
        if self.replaced_by:
            state += ", replaced"
        if self.rerun_of:
            state += ", re-run"
        return f"Step {self.number} (turn {self.turn}, {state}): {first}"


@dataclass
class RerunResult:
    """A step run again: the new cell, the one it replaces, and what it did."""

    cell_id: str
    replaced: str
    status: str
    outputs: list[Output]
    error: dict[str, Any] | None
    code: str

    @property
    def text(self) -> str:
        """Its outputs as text (what `/rerun` answers)."""
        return outputs_text(self.outputs, 20_000)


@dataclass
class FixResult:
    """What "fix it" did: the model's cell and its run, or why there is none."""

    run: RerunResult | None
    message: str


def _meta(cell: NotebookNode) -> dict[str, Any]:
    meta = cell.metadata.get("notebook_agent")
    return meta if isinstance(meta, dict) else {}


def steps(notebook: NotebookRecord) -> list[Step]:
    """The chat's code steps, in notebook order (replaced ones included, marked)."""
    out: list[Step] = []
    for index, cell in enumerate(notebook.cells):
        meta = _meta(cell)
        if cell.cell_type != "code" or meta.get("role") != "code":
            continue
        out.append(
            Step(
                index=index,
                id=str(cell.get("id", "")),
                number=len(out) + 1,
                source=cell.source,
                failed=RAISES_TAG in cell.metadata.get("tags", []),
                turn=int(meta.get("turn", 0) or 0),
                replaced_by=meta.get("replaced_by"),
                rerun_of=meta.get("rerun_of"),
            )
        )
    return out


def find_step(notebook: NotebookRecord, ref: int | str) -> Step:
    """The step named by its cell id, or by its cell's index in the notebook (a number, or digits in a string)."""
    found = steps(notebook)
    text = str(ref).strip()
    for step in found:
        if step.id == text or (text.isdigit() and step.index == int(text)):
            return step
    listed = ", ".join(f"{s.index} ({s.id})" for s in found[-8:]) or "none yet"
    raise InvalidInputError(
        f"This chat has no code step {text[:64]!r}.",
        f"Name a step by its cell id or its cell index in the notebook; the last steps are: {listed}.",
    )


def _note(step: Step, result: RerunResult, how: str) -> str:
    said = result.text or "(no output)"
    return (
        f"[Note from the app, not a question] Step {step.number} was {how} and run again in the kernel. "
        f"It replaces this cell:\n```python\n{cap(step.source, _CODE_CHARS)}\n```\nThe new cell:\n```python\n"
        f"{cap(result.code, _CODE_CHARS)}\n```\nIt {'ran' if result.status == 'ok' else 'failed'}; its output:\n"
        f"```\n{cap(said, 3000)}\n```\nThe kernel's variables are as this run left them."
    )


async def rerun(
    session: Session,
    ref: int | str,
    code: str,
    *,
    how: str = "edited by the person",
    request: dict[str, Any] | None = None,
) -> RerunResult:
    """Run `code` in place of step `ref`: a new cell at the end, the old one marked replaced; the model told.

    `request` is a model request to keep with the chat's record (the "fix it" call that wrote `code`).
    """
    if not code.strip():
        raise InvalidInputError("The step's code is empty.", "Write the code to run, then press Run.")
    async with session.unit() as record:
        step = find_step(record.notebook, ref)
        state = await record.state()
        turn = int(state.get("turn", 0)) + 1
        if request is not None:
            record.requests.append(ModelRequest(turn, time.time(), request))
        res = await session.execute(code)
        new = record.notebook.add_code(
            code, res.outputs, turn, failed=res.status != "ok", execution_count=res.execution_count
        )
        new.metadata["notebook_agent"]["rerun_of"] = step.id
        record.notebook.cells[step.index].metadata["notebook_agent"]["replaced_by"] = new.id
        result = RerunResult(new.id, step.id, res.status, list(res.outputs), res.error, code)
        ack = {"role": "model", "parts": [{"text": "Noted: I will build on the new cell's results."}]}
        await record.graph.aupdate_state(
            record.config, {"messages": [GeminiModel.user_text(_note(step, result, how)), ack]}
        )
    return result


def _code_from(reply: Any) -> str | None:
    """The fixed cell in a model reply: its run_python call's code, else its first fenced Python block."""
    for call in reply.tool_calls:
        if call.code.strip():
            return str(call.code)
    found = _FENCE.search(reply.text or "")
    return found.group(1) if found and found.group(1).strip() else None


def _without_images(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for content in messages:
        parts = [p for p in content.get("parts", []) if "inlineData" not in p]
        out.append({**content, "parts": parts or [{"text": "(plot omitted)"}]})
    return out


def _question(notebook: NotebookRecord, turn: int) -> str | None:
    """The person's question of `turn`, as the notebook keeps it ("**You:** ..." markdown)."""
    for cell in notebook.cells:
        meta = _meta(cell)
        if meta.get("role") == "user" and int(meta.get("turn", -1) or 0) == turn:
            return str(cell.source).removeprefix("**You:** ").strip() or None
    return None


async def _fix_offline(session: Session, step: Step) -> FixResult:
    """Fixing a step without a model: the analyst's own step planned again, a person's cell repaired by rule."""
    from .offline.fix import fix_step

    cell = session.notebook.cells[step.index]
    error = next((dict(o) for o in cell.outputs if o.get("output_type") == "error"), {})
    state = await session.state()
    fixed = fix_step(
        step.source,
        error,
        _question(session.notebook, step.turn),
        list(state.get("profiles") or []),
        edited=bool(step.rerun_of),
    )
    if fixed is None or isinstance(fixed, str):
        return FixResult(None, fixed or OFFLINE_CANNOT_FIX)
    run = await rerun(session, step.id, fixed.code, how=fixed.how)
    return FixResult(run, fixed.what + (" The new cell ran." if run.status == "ok" else " The new cell failed too."))


async def fix(session: Session, ref: int | str) -> FixResult:
    """Ask the model to fix failed step `ref`, and run its cell in the step's place (see the module docstring)."""
    step = find_step(session.notebook, ref)
    if not step.failed:
        raise InvalidInputError(
            f"Step {step.number} ran without an error: there is nothing to fix.", "Edit it and press Run instead."
        )
    brain = session.brain
    if not isinstance(brain, GeminiBrain):
        return await _fix_offline(session, step)
    cell = session.notebook.cells[step.index]
    error = next((o for o in cell.outputs if o.get("output_type") == "error"), None)
    why = failure_reason("error", error) if error is not None else "it did not finish"
    ask = (
        "[Request from the app] This cell of our analysis failed in the kernel:\n```python\n"
        f"{cap(step.source, _CODE_CHARS)}\n```\nIt said:\n```\n{cap(outputs_text(cell.outputs), 3000)}\n```\n"
        f"({why}). Fix the cell: call run_python once with the whole corrected cell, which will take its place. "
        "Keep what the cell was meant to do."
    )
    state = await session.state()
    contents = [*_without_images(list(state.get("messages", []))), GeminiModel.user_text(ask)]
    system = system_prompt(str(state.get("profile_text", "")))
    reply = await brain.model.generate(contents, system, model=brain.model_name)
    record = {
        "model": brain.model_name,
        "purpose": f"fix step {step.number}",
        "system_instruction": system,
        "contents": contents,
        "usage": reply.usage,
    }
    code = _code_from(reply)
    if code is None:
        said = (reply.text or "").strip()
        return FixResult(None, "The model gave no fixed cell" + (f": {cap(said, 600)}" if said else "."))
    run = await rerun(session, step.id, code, how="fixed by the model", request=record)
    return FixResult(run, "The model's fixed cell ran." if run.status == "ok" else "The model's fixed cell failed too.")
