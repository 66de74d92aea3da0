"""Output collection: turning a cell's iopub messages into its nbformat output list, within the cell's caps.

Owns :class:`OutputCollector` (stream merging, ``clear_output``, the byte and count caps, the live callback), what
an output costs against the byte cap, and :class:`Output`, one output in nbformat 4's shape. Outputs are built here
rather than with ``nbformat.v4.output_from_msg``: importing nbformat imports jsonschema, whose format checkers build
``rfc3987_syntax``'s grammars at import (~1.5 s in every process that runs a cell, `notebook-agent exec` included),
and ``output_from_msg`` validated each output against the schema (a flood paid it per output). A notebook that takes
these outputs converts them (``nbformat.from_dict``) and is validated as a whole where it is read or written.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

__all__ = ["Output", "OutputCallback", "OutputCollector", "new_output", "output_from_msg"]


class Output(dict[str, Any]):
    """One output in nbformat 4's shape, equal key for key to nbformat's ``NotebookNode``.

    A dict whose keys read and write as attributes (``out.output_type``), nested mappings included.
    """

    def __init__(self, fields: Mapping[str, Any] | None = None, /, **kw: Any) -> None:
        super().__init__({key: _node(value) for key, value in {**(fields or {}), **kw}.items()})

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = _node(value)


def _node(value: Any) -> Any:
    if isinstance(value, Mapping) and not isinstance(value, Output):
        return Output(value)
    if isinstance(value, (list, tuple)):
        return [_node(item) for item in value]
    return value


OutputCallback = Callable[[str, Output | None], Awaitable[None] | None]

_DEFAULTS: dict[str, Callable[[], dict[str, Any]]] = {
    "stream": lambda: {"name": "stdout", "text": ""},
    "display_data": lambda: {"data": {}, "metadata": {}},
    "execute_result": lambda: {"data": {}, "metadata": {}, "execution_count": None},
    "error": lambda: {"ename": "NotImplementedError", "evalue": "", "traceback": []},
}


def new_output(output_type: str, **fields: Any) -> Output:
    """An output of `output_type` with nbformat's defaults for the fields not given (``nbformat.v4.new_output``)."""
    return Output({"output_type": output_type, **_DEFAULTS[output_type](), **fields})


def output_from_msg(msg: Mapping[str, Any]) -> Output:
    """The output an iopub message (stream, display_data, execute_result, error) stands for.

    The same keys as ``nbformat.v4.output_from_msg`` gives. ValueError for another message type, or for fields of
    other types than nbformat 4's schema gives them (what ``output_from_msg`` refused by validating each output).
    """
    mtype, content = msg["msg_type"], msg["content"]
    if mtype == "stream":
        out = new_output(mtype, name=content["name"], text=content["text"])
        valid = isinstance(out.name, str) and _is_text(out.text)
    elif mtype in ("display_data", "execute_result"):
        out = new_output(mtype, data=content["data"], metadata=content["metadata"])
        if mtype == "execute_result":
            out.execution_count = content["execution_count"]
        count = out.get("execution_count")
        valid = (
            isinstance(out.data, dict)
            and all(_is_json_mime(mime) or _is_text(value) for mime, value in out.data.items())
            and isinstance(out.metadata, dict)
            and (count is None or (isinstance(count, int) and not isinstance(count, bool) and count >= 0))
        )
    elif mtype == "error":
        out = new_output(mtype, ename=content["ename"], evalue=content["evalue"], traceback=content["traceback"])
        valid = isinstance(out.ename, str) and isinstance(out.evalue, str) and _is_lines(out.traceback)
    else:
        raise ValueError(f"Unrecognized output msg type: {mtype!r}")
    if not valid:
        raise ValueError(f"not a valid {mtype} output (nbformat 4)")
    return out


def _is_lines(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(line, str) for line in value)


def _is_text(value: Any) -> bool:
    """A multiline string in nbformat's sense: a str, or a list of str."""
    return isinstance(value, str) or _is_lines(value)


def _is_json_mime(mime: str) -> bool:
    return mime == "application/json" or mime.endswith("+json")


class OutputCollector:
    """Builds a cell's output list: merges stream chunks, honours clear_output, enforces the size and count caps.

    Stream chunks merge into the stream output before them. Past the byte cap the rest is cut; past the count cap
    every later output is dropped (until a clear_output), so a cell printing a flood of tiny outputs keeps at most
    `cap_count` of them, in order, and nothing more flows to the callback.
    """

    def __init__(self, cap_bytes: int, callback: OutputCallback | None, cap_count: int = 1000) -> None:
        self.outputs: list[Output] = []
        self.cap = cap_bytes
        self.cap_count = cap_count
        self.used = 0
        self.dropped = 0
        self.dropped_outputs = 0
        self._full = False  # an output was dropped for the count cap: the rest of the cell is dropped too
        self.callback = callback
        self._clear_pending = False

    async def _emit(self, kind: str, output: Output | None) -> None:
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
        output = output_from_msg(msg)
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
        output = new_output("stream", name="stderr", text=text if text.endswith("\n") else text + "\n")
        self.outputs.append(output)
        await self._emit("output", output)


def _size(output: Output) -> int:
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
