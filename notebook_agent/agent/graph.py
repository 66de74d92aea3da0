"""The agent loop as a LangGraph StateGraph: model → run_python → model … → answer.

State is plain JSON (checkpointed in SQLite, thread id = session id). The kernel is not in the state: the graph
is built per session around a :class:`CodeRunner`. Events (see ``events.py``) go out through LangGraph's custom
stream; whoever drives the graph (the Session) renders them and keeps the notebook.
"""

from __future__ import annotations

import operator
import re
from dataclasses import asdict, dataclass
from typing import Annotated, Any, Literal, Protocol, TypedDict

from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph

from ..kernel.session_kernel import CellResult, OutputCallback
from ..settings import Settings
from .brains import Brain
from .events import event
from .gemini import GeminiModel, ToolCall

__all__ = ["AgentState", "CodeRunner", "Limits", "build_graph", "tool_response"]

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
# Results a cell displays for the brain under this vendor mime type (invisible in Jupyter) go back as `data`.
RESULT_MIME = "application/vnd.notebook-agent.result+json"


@dataclass(frozen=True)
class Limits:
    """Per-turn budgets. The first two are settings (NOTEBOOK_AGENT_MAX_STEPS, NOTEBOOK_AGENT_MAX_ATTEMPTS)."""

    max_steps: int = Settings.max_steps  # model calls per turn
    max_attempts: int = Settings.max_attempts  # consecutive failing runs before the turn gives up
    text_cap: int = 6000  # characters of stdout/stderr/result sent back to the model
    images_per_step: int = 4  # plots sent back as images per tool response

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        """The budgets the settings set."""
        return cls(max_steps=settings.max_steps, max_attempts=settings.max_attempts)


class AgentState(TypedDict, total=False):
    """The checkpointed state of a conversation."""

    messages: Annotated[list[dict[str, Any]], operator.add]
    usage: Annotated[list[dict[str, Any]], operator.add]
    turn: int
    turn_start: int
    question: str
    steps: int
    attempt: int
    failures: int
    pending: list[dict[str, Any]]
    answer: str | None
    profiles: list[dict[str, Any]]
    profile_text: str
    offline_memory: dict[str, Any]
    offline_plan: dict[str, Any] | None


class CodeRunner(Protocol):
    """Runs cells in the session's kernel."""

    async def execute(self, code: str, *, on_output: OutputCallback | None = None) -> CellResult:
        """Run one cell."""
        ...


def _cap(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head, tail = text[: limit * 2 // 3], text[-limit // 3 :]
    return f"{head}\n… [{len(text) - len(head) - len(tail)} characters cut] …\n{tail}"


def tool_response(result: CellResult, limits: Limits) -> tuple[dict[str, Any], list[str]]:
    """What the model gets back from a run: capped text, the error, notes; and the plots (base64 PNGs)."""
    results, images = [], []
    payload: dict[str, Any] | None = None
    for out in result.outputs:
        data = out.get("data", {}) if out.output_type in ("display_data", "execute_result") else {}
        if RESULT_MIME in data:
            payload = {RESULT_MIME: data[RESULT_MIME]}
        elif "image/png" in data:
            images.append(data["image/png"])
        elif out.output_type == "execute_result" and "text/plain" in data:
            results.append(data["text/plain"])
    response: dict[str, Any] = {"status": result.status, "stdout": _cap(result.stdout, limits.text_cap)}
    if result.stderr.strip():
        response["stderr"] = _cap(result.stderr, limits.text_cap // 2)
    if results:
        response["result"] = _cap("\n".join(results), limits.text_cap)
    if payload is not None:
        response["data"] = payload
    if images:
        response["images"] = f"{len(images)} plot(s), attached as images"
    if result.error:
        tb = _ANSI.sub("", "\n".join(result.error.get("traceback", [])))
        response["error"] = {
            "ename": result.error["ename"],
            "evalue": result.error["evalue"],
            "traceback": _cap(tb, limits.text_cap // 2),
        }
    if result.notes:
        response["notes"] = result.notes
    return response, images


def build_graph(brain: Brain, runner: CodeRunner, checkpointer: Any = None, limits: Limits | None = None) -> Any:
    """Compile the agent graph for one session."""
    limits = limits or Limits()

    async def model(state: AgentState) -> dict[str, Any]:
        """Ask the brain for the next step: code to run, or the answer. Its text streams out as it is written."""
        write = get_stream_writer()
        turn, step = state.get("turn", 0), state.get("steps", 0) + 1
        write(event("status", text=f"{brain.name} is thinking…"))

        def on_text(delta: str) -> None:
            if delta:
                write(event("text_delta", turn=turn, step=step, text=delta))

        reply = await brain.step(dict(state), on_text=on_text)
        if reply.record is not None:  # what was sent, and the tokens it cost, kept with the session per turn
            write(event("model_request", turn=state.get("turn", 0), record={**reply.record, "usage": reply.usage}))
        update: dict[str, Any] = {"messages": [reply.content], "usage": [reply.usage], "steps": step, **reply.state}
        if reply.tool_calls:
            update["pending"] = [asdict(call) for call in reply.tool_calls]
            if reply.text.strip():
                write(event("status", text=reply.text.strip()))
        else:
            update["pending"] = []
            update["answer"] = reply.text.strip() or "I have no answer to give."
            write(event("answer", turn=state.get("turn", 0), text=update["answer"]))
        return update

    async def run_python(state: AgentState) -> dict[str, Any]:
        """Run the requested cells; send back text, errors and plots."""
        write = get_stream_writer()
        failures, attempt = state.get("failures", 0), state.get("attempt", 0)
        parts: list[dict[str, Any]] = []
        images: list[str] = []
        description = (state.get("offline_plan") or {}).get("description", "")
        for raw in state.get("pending", []):
            call = ToolCall(**raw)
            if call.malformed:
                failures += 1
                parts.append(
                    GeminiModel.function_response(
                        call, {"status": "error", "error": {"ename": "MalformedToolCall", "evalue": call.malformed}}
                    )
                )
                continue
            attempt += 1
            write(
                event(
                    "code",
                    code=call.code,
                    attempt=failures + 1,
                    max_attempts=limits.max_attempts,
                    description=description,
                    run=attempt,
                )
            )

            def on_output(kind: str, output: Any) -> None:
                write(event("output" if kind == "output" else "clear_output", output=output))

            result = await runner.execute(call.code, on_output=on_output)
            write(
                event(
                    "code_done",
                    code=call.code,
                    status=result.status,
                    duration_s=round(result.duration_s, 3),
                    notes=result.notes,
                    outputs=result.outputs,
                    execution_count=result.execution_count,
                    attempt=failures + 1,
                    error=result.error,
                )
            )
            failures = 0 if result.status == "ok" else failures + 1
            response, cell_images = tool_response(result, limits)
            images.extend(cell_images)
            parts.append(GeminiModel.function_response(call, response))
        parts.extend(GeminiModel.image_part(png) for png in images[: limits.images_per_step])
        return {"messages": [{"role": "user", "parts": parts}], "pending": [], "failures": failures, "attempt": attempt}

    async def give_up(state: AgentState) -> dict[str, Any]:
        """Stop a turn that ran out of attempts or steps, saying why."""
        write = get_stream_writer()
        if state.get("failures", 0) >= limits.max_attempts:
            text = (
                f"I could not get working code after {limits.max_attempts} attempts, so I stopped. "
                "The last error is shown above; try rephrasing the question or checking the data."
            )
        else:
            text = (
                f"I stopped after {limits.max_steps} steps without reaching an answer. The results so far "
                "are shown above; a narrower question may help."
            )
        write(event("answer", turn=state.get("turn", 0), text=text))
        messages = []
        if state.get("pending"):  # every function call in the history must have its response
            messages.append(
                {
                    "role": "user",
                    "parts": [
                        GeminiModel.function_response(ToolCall(**raw), {"status": "skipped", "reason": text})
                        for raw in state["pending"]
                    ],
                }
            )
        messages.append({"role": "model", "parts": [{"text": text}]})
        return {"messages": messages, "answer": text, "pending": []}

    def route_after_model(state: AgentState) -> Literal["run_python", "give_up", "__end__"]:
        if not state.get("pending"):
            return "__end__"  # langgraph's END, spelled as the literal this annotation (and so the graph) names
        if state.get("steps", 0) >= limits.max_steps:
            return "give_up"
        return "run_python"

    def route_after_run(state: AgentState) -> Literal["model", "give_up"]:
        return "give_up" if state.get("failures", 0) >= limits.max_attempts else "model"

    graph = StateGraph(AgentState)
    graph.add_node("model", model)
    graph.add_node("run_python", run_python)
    graph.add_node("give_up", give_up)
    graph.add_edge(START, "model")
    graph.add_conditional_edges("model", route_after_model)
    graph.add_conditional_edges("run_python", route_after_run)
    graph.add_edge("give_up", END)
    return graph.compile(checkpointer=checkpointer)
