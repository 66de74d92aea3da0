"""Events that stream out of a turn: one stream, several renderers (the UI, `ask`, tests).

Every event is a plain dict with a ``type``:
  status        {"text"}                                      what the agent is doing ("Thinking…"), or the text
                                                              the model wrote before calling the tool
  text_delta    {"text", "turn", "step"}                      model text as it is generated, in order; the model
                                                              step then ends with `answer` (the step's deltas
                                                              joined, stripped) or, when it called the tool,
                                                              `status` (the same text) — renderers replace the
                                                              growing text with that event
  code          {"code", "attempt", "max_attempts", "description"}   a cell is about to run
  output        {"output"}                                    one nbformat output of the running cell
  code_done     {"status", "duration_s", "notes", "attempt"}  the cell finished
  model_request {"record"}                                    exactly what was sent to the model
  answer        {"text", "turn"}                              the final answer of the turn
  error         {"text"}                                      the turn could not finish
"""

from __future__ import annotations

from typing import Any

__all__ = ["event"]


def event(kind: str, **fields: Any) -> dict[str, Any]:
    """Build an event dict."""
    return {"type": kind, **fields}
