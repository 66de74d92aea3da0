"""Events that stream out of a turn: one stream, several renderers (the UI, `ask`, tests).

Every event is a plain dict (JSON-ready, as it is checkpointed and sent to browsers) with a ``type``; the
TypedDicts below say what each kind carries, and `Event` is their union:

  user          {"turn", "text"}                              the question, as the turn starts
  status        {"text"}                                      what the agent is doing ("Thinking…"), or the text
                                                              the model wrote before calling the tool
  text_delta    {"text", "turn", "step"}                      model text as it is generated, in order; the model
                                                              step then ends with `answer` (the step's deltas
                                                              joined, stripped) or, when it called the tool,
                                                              `status` (the same text) — renderers replace the
                                                              growing text with that event
  code          {"code", "attempt", "max_attempts", "description", "run"}   a cell is about to run
  output        {"output"}                                    one nbformat output of the running cell
  clear_output  {"output"}                                    the cell cleared its outputs (IPython's clear_output)
  code_done     {"status", "duration_s", "notes", "attempt", "code", "outputs", "execution_count", "error"}
                                                              the cell finished
  model_request {"turn", "record"}                            exactly what was sent to the model
  answer        {"text", "turn"}                              the final answer of the turn
  error         {"text", "turn"}                              the turn could not finish
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

__all__ = [
    "EVENT_KINDS",
    "AnswerEvent",
    "ClearOutputEvent",
    "CodeDoneEvent",
    "CodeEvent",
    "ErrorEvent",
    "Event",
    "EventKind",
    "ModelRequestEvent",
    "OutputEvent",
    "StatusEvent",
    "TextDeltaEvent",
    "UserEvent",
    "event",
]

EventKind = Literal[
    "user", "status", "text_delta", "code", "output", "clear_output", "code_done", "model_request", "answer", "error"
]
EVENT_KINDS: frozenset[str] = frozenset(EventKind.__args__)  # type: ignore[attr-defined]


class UserEvent(TypedDict):
    """The question, as the turn starts."""

    type: Literal["user"]
    turn: int
    text: str


class StatusEvent(TypedDict):
    """What the agent is doing, or the model's words before it called the tool."""

    type: Literal["status"]
    text: str


class TextDeltaEvent(TypedDict):
    """Model text as it is generated."""

    type: Literal["text_delta"]
    text: str
    turn: int
    step: int


class CodeEvent(TypedDict, total=False):
    """A cell is about to run."""

    type: Literal["code"]
    code: str
    attempt: int
    max_attempts: int
    description: str
    run: int


class OutputEvent(TypedDict):
    """One nbformat output of the running cell."""

    type: Literal["output"]
    output: dict[str, Any]


class ClearOutputEvent(TypedDict):
    """The running cell cleared its outputs."""

    type: Literal["clear_output"]
    output: dict[str, Any]


class CodeDoneEvent(TypedDict, total=False):
    """The cell finished (its code, outputs and status)."""

    type: Literal["code_done"]
    status: str
    duration_s: float | None
    notes: list[str]
    attempt: int
    code: str
    outputs: list[dict[str, Any]]
    execution_count: int | None
    error: dict[str, Any] | None


class ModelRequestEvent(TypedDict):
    """Exactly what was sent to the model."""

    type: Literal["model_request"]
    turn: int
    record: dict[str, Any]


class AnswerEvent(TypedDict):
    """The final answer of the turn."""

    type: Literal["answer"]
    text: str
    turn: int


class ErrorEvent(TypedDict, total=False):
    """The turn could not finish."""

    type: Literal["error"]
    text: str
    turn: int


Event = (
    UserEvent
    | StatusEvent
    | TextDeltaEvent
    | CodeEvent
    | OutputEvent
    | ClearOutputEvent
    | CodeDoneEvent
    | ModelRequestEvent
    | AnswerEvent
    | ErrorEvent
)


def event(kind: EventKind, **fields: Any) -> dict[str, Any]:
    """Build an event dict of one of the kinds above."""
    if kind not in EVENT_KINDS:
        raise ValueError(f"unknown event kind {kind!r}; the kinds are listed in agent/events.py")
    return {"type": kind, **fields}
