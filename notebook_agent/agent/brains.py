"""The two brains behind the graph's model node: Gemini, and the offline analyst.

Both speak the same history format (Gemini REST contents as plain dicts), so the graph, the notebook and the
checkpoint do not care which one answered.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..ops.metrics import METRICS
from .gemini import TOOL_NAME, GeminiModel, ModelReply, ToolCall
from .prompts import system_prompt

__all__ = ["Brain", "BrainReply", "GeminiBrain", "OfflineBrain", "last_tool_result"]


@dataclass
class BrainReply(ModelReply):
    """One model step: a model turn, plus what the graph keeps beside it."""

    record: dict[str, Any] | None = None  # what was sent to the model, for the per-turn record
    state: dict[str, Any] = field(default_factory=dict)  # extra graph-state updates (offline memory, plan)


TextSink = Callable[[str], Any]


class Brain(Protocol):
    """What the model node needs."""

    @property
    def name(self) -> str:
        """Who is answering, for status lines."""
        ...

    async def step(self, state: dict[str, Any], on_text: TextSink | None = None) -> BrainReply:
        """Given the graph state, produce the next model turn; pass its text to `on_text` as it is generated."""
        ...


def _redact_images(contents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The history as recorded: each image replaced by its type and size."""
    out = copy.deepcopy(contents)
    for content in out:
        for i, part in enumerate(content.get("parts", [])):
            blob = part.get("inlineData") or part.get("inline_data")
            if blob:
                data = blob.get("data", "")
                content["parts"][i] = {
                    "inlineData": {
                        "mimeType": blob.get("mimeType") or blob.get("mime_type"),
                        "bytes": len(data) * 3 // 4,
                    }
                }
    return out


def _current_turn_images_only(messages: list[dict[str, Any]], turn_start: int) -> list[dict[str, Any]]:
    """Older turns' plots are dropped from what is sent (the text results stay): the prompt stays bounded."""
    out = []
    for index, content in enumerate(messages):
        if index < turn_start and any("inlineData" in p for p in content.get("parts", [])):
            parts = [p for p in content["parts"] if "inlineData" not in p] or [{"text": "(plot omitted)"}]
            content = {**content, "parts": parts}
        out.append(content)
    return out


class GeminiBrain:
    """Gemini with the run_python tool. The model can be switched between turns (:meth:`use_model`)."""

    def __init__(self, model: GeminiModel) -> None:
        self.model = model
        self.model_name = model.model

    @property
    def name(self) -> str:
        """Who is answering, with the model in use."""
        return f"gemini ({self.model_name})"

    def use_model(self, name: str) -> None:
        """Answer the next turns with this model."""
        self.model_name = name

    async def step(self, state: dict[str, Any], on_text: TextSink | None = None) -> BrainReply:
        """Send the history (with this turn's plots as images) and the data profile; stream the reply's text."""
        contents = _current_turn_images_only(state.get("messages", []), state.get("turn_start", 0))
        system = system_prompt(state.get("profile_text", ""))
        model = self.model_name
        reply = await self.model.generate(contents, system, on_text=on_text, model=model)
        record = {"model": model, "system_instruction": system, "contents": _redact_images(contents)}
        return BrainReply(**vars(reply), record=record)


def last_tool_result(messages: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The response of the most recent run_python call, if the last message is one."""
    if not messages:
        return None
    for part in messages[-1].get("parts", []):
        fr = part.get("functionResponse")
        if fr and fr.get("name") == TOOL_NAME:
            return dict(fr.get("response", {}))
    return None


class OfflineBrain:
    """The offline analyst behind the same interface: plans code, then summarises the kernel's numbers."""

    name = "offline analyst"

    def __init__(self) -> None:
        from .offline import OfflineAnalyst

        self.analyst = OfflineAnalyst()

    async def step(self, state: dict[str, Any], on_text: TextSink | None = None) -> BrainReply:
        """First step of a turn: plan. After a run: summarise, or plan a repair (computed whole: nothing streams)."""
        from .offline import OfflinePlan, read_result

        METRICS.count_model_call("offline")
        memory = dict(state.get("offline_memory") or {})
        profiles = list(state.get("profiles") or [])
        result = last_tool_result(state.get("messages", []))
        plan_dict = state.get("offline_plan")
        if result is not None and plan_dict:
            plan = OfflinePlan(**plan_dict)
            out = self.analyst.summarize(
                state["question"],
                plan,
                read_result(result),
                result.get("error"),
                profiles,
                int(state.get("attempt", 1)),
            )
        else:
            out = self.analyst.respond(state["question"], profiles, memory)
        record = {"model": "offline", "sent": "nothing: the offline analyst runs on this machine"}
        if isinstance(out, OfflinePlan):
            call = ToolCall(
                id=f"offline-{state.get('turn', 0)}-{int(state.get('attempt', 0)) + 1}",
                name=TOOL_NAME,
                args={"code": out.code},
            )
            content = {
                "role": "model",
                "parts": [
                    {"text": out.description},
                    {"functionCall": {"id": call.id, "name": TOOL_NAME, "args": call.args}},
                ],
            }
            return BrainReply(
                content,
                out.description,
                [call],
                record=record,
                state={
                    "offline_memory": out.memory,
                    "offline_plan": {"code": out.code, "memory": out.memory, "description": out.description},
                },
            )
        content = {"role": "model", "parts": [{"text": out.text}]}
        return BrainReply(content, out.text, record=record, state={"offline_memory": out.memory, "offline_plan": None})
