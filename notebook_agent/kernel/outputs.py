"""Output collection: turning a cell's iopub messages into its nbformat output list, within the cell's caps.

Owns :class:`OutputCollector` (stream merging, ``clear_output``, the byte and count caps, the live callback) and
what an output costs against the byte cap. ``nbformat.v4.output_from_msg`` does the message→output mapping.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable
from typing import Any

import nbformat
from nbformat import NotebookNode

__all__ = ["OutputCallback", "OutputCollector"]

OutputCallback = Callable[[str, NotebookNode | None], Awaitable[None] | None]


class OutputCollector:
    """Builds a cell's output list: merges stream chunks, honours clear_output, enforces the size and count caps.

    Stream chunks merge into the stream output before them. Past the byte cap the rest is cut; past the count cap
    every later output is dropped (until a clear_output), so a cell printing a flood of tiny outputs keeps at most
    `cap_count` of them, in order, and nothing more flows to the callback.
    """

    def __init__(self, cap_bytes: int, callback: OutputCallback | None, cap_count: int = 1000) -> None:
        self.outputs: list[NotebookNode] = []
        self.cap = cap_bytes
        self.cap_count = cap_count
        self.used = 0
        self.dropped = 0
        self.dropped_outputs = 0
        self._full = False  # an output was dropped for the count cap: the rest of the cell is dropped too
        self.callback = callback
        self._clear_pending = False

    async def _emit(self, kind: str, output: NotebookNode | None) -> None:
        if self.callback is not None:
            res = self.callback(kind, output)
            if inspect.isawaitable(res):
                await res

    async def clear(self, wait: bool) -> None:
        """Take a clear_output: now, or (``wait``) just before the next output."""
        if wait:
            self._clear_pending = True
            return
        await self._clear_now()

    async def _clear_now(self) -> None:
        self._clear_pending = False
        self.outputs.clear()
        self.used = 0
        self._full = False
        await self._emit("clear", None)

    async def add(self, msg: dict[str, Any]) -> None:
        """Take one output message (stream, display_data, execute_result, error) within the caps."""
        if self._clear_pending:
            await self._clear_now()
        last = self.outputs[-1] if self.outputs else None
        merges = (
            msg["msg_type"] == "stream"
            and last is not None
            and last.output_type == "stream"
            and last.name == msg["content"].get("name")
        )
        if self._full or (not merges and len(self.outputs) >= self.cap_count):
            self._full = True  # decided before building the output: a flood costs the host as little as it can
            self.dropped_outputs += 1
            return
        output = nbformat.v4.output_from_msg(msg)
        size = _size(output)
        if self.used + size > self.cap:
            room = self.cap - self.used
            if output.output_type == "stream" and room > 0:
                output.text = output.text[:room]
                self.dropped += size - room
                size = room
            else:
                self.dropped += size
                return
        self.used += size
        if merges:
            assert last is not None
            last.text += output.text
        else:
            self.outputs.append(output)
        await self._emit("output", output)

    async def note(self, text: str) -> None:
        """Append a visible note (stderr stream) that is not counted against the cap."""
        output = nbformat.v4.new_output("stream", name="stderr", text=text if text.endswith("\n") else text + "\n")
        self.outputs.append(output)
        await self._emit("output", output)


def _size(output: NotebookNode) -> int:
    """Bytes an output costs against the cap: its text, or its whole mime bundle and metadata."""
    if output.output_type == "stream":
        return len(output.text.encode("utf-8", "replace"))
    if output.output_type == "error":
        return sum(len(line) for line in output.traceback) + len(output.evalue) + len(output.ename)
    data, metadata = output.get("data", {}), output.get("metadata", {})
    return sum(len(k) + (len(v) if isinstance(v, str) else _json_size(v)) for k, v in data.items()) + (
        _json_size(metadata) if metadata else 0
    )


def _json_size(value: object) -> int:
    """Length of a value as JSON, or of its text when JSON cannot walk it."""
    try:
        return len(json.dumps(value, default=str))
    except (TypeError, ValueError):  # a cycle, or something json cannot walk
        return len(str(value))
