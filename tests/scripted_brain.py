"""A brain for tests of sessions: it runs the code a question gives after "run:", then says what it printed.

`ScriptedBrain().step` answers like a model: first a `run_python` call with that code, then, once the tool's
response is in the history, a text answer quoting its stdout. Each step leaves a model-request record that says
how many messages it saw, so a test can tell whether the conversation came back whole.
"""

from __future__ import annotations

from typing import Any

from notebook_agent.agent.brains import BrainReply
from notebook_agent.agent.gemini import TOOL_NAME, ToolCall


class ScriptedBrain:
    name = "Scripted"

    async def step(self, state: dict[str, Any], on_text: Any = None) -> BrainReply:
        messages = state.get("messages", [])
        record = {"messages_seen": len(messages), "turn": state.get("turn")}
        answered = [p["functionResponse"] for p in messages[-1].get("parts", []) if "functionResponse" in p]
        if answered:
            printed = str(answered[0]["response"].get("stdout", "")).strip()
            text = f"It printed: {printed}" if printed else "Done."
            return BrainReply(content={"role": "model", "parts": [{"text": text}]}, text=text, record=record)
        code = str(state.get("question", "")).split("run:", 1)[-1].strip()
        call = ToolCall(id=f"call-{state.get('turn')}-{len(messages)}", name=TOOL_NAME, args={"code": code})
        content = {"role": "model", "parts": [{"functionCall": {"id": call.id, "name": call.name, "args": call.args}}]}
        return BrainReply(content=content, text="", tool_calls=[call], record=record)
