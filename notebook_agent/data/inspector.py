"""The short-lived confined process that parses an upload: ``python -I -B -m notebook_agent.data.inspector``.

The app never parses an uploaded file itself (see ``uploads._inspect``). It starts this module with the file as an
already-open read-only descriptor (no path: nothing here could open it by name), writes the request as one JSON
object on stdin, and reads one JSON object from stdout.

Order, all before the first byte of the upload is read:
rlimits (address space, CPU time, no file writes, few descriptors, no core dumps) → as root: uid/gid ``nobody``,
no supplementary groups → not dumpable, killed with its parent → Landlock (read/execute the Python and system
libraries only, nothing writable, no TCP, scoped signals and abstract sockets) with no_new_privs → the kernel's
seccomp policy (no process creation, no ``socket()``) → import the parsers this format needs → check the sizes the
file declares → inspect.

Request: ``{"fd", "kind", "ext", "display", "parent", "limits": {"memory", "cpu_seconds", "open_files", "uid"},
"landlock": {"read_exec", "read"}, "seccomp": policy, "required": [layer, ...]}``.
Answer: ``{"inspection": {...}}``, ``{"refused": what is wrong, "todo": what to do, "error": the UploadError
class}`` or ``{"failed": "memory" | "recursion" | "error" | "confinement" | "request", "detail": text}``, each with
``"confined"``: what was in force.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import sys
from dataclasses import asdict
from typing import Any

from ..errors import UploadError
from ..sandbox import helper
from . import formats
from .delimited import DELIMITERS, inspect_delimited
from .formats import inspect_excel, inspect_json, inspect_parquet
from .limits import MESSAGE_CHARS
from .reading import Code, Inspection, Kind

__all__ = ["FdSource", "confine", "inspection_to_json", "main"]

EXIT_REQUEST = 2
EXIT_CONFINEMENT = 3
_CODE_KEY = "$code"


class _Reader(io.RawIOBase):
    """Reads a descriptor at a position of its own (pread): several readers of one file never disturb each other."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd, self._pos = fd, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = os.preadv(self._fd, [buffer], self._pos)
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: os.fstat(self._fd).st_size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos


class FdSource:
    """The upload as an open descriptor, with the two methods of `pathlib.Path` the inspectors use.

    Each `open()` is an independent reader (its own position); closing one never closes the descriptor.
    """

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def open(
        self,
        mode: str = "r",
        buffering: int = -1,
        encoding: str | None = None,
        errors: str | None = None,
        newline: str | None = None,
    ) -> Any:
        """A binary (`"rb"`) or text reader from the start of the file."""
        if set(mode) - set("rbt"):
            raise ValueError(f"read-only source: mode {mode!r}")
        buffered = io.BufferedReader(_Reader(self.fd), buffering if buffering > 0 else io.DEFAULT_BUFFER_SIZE)
        if "b" in mode:
            return buffered
        return io.TextIOWrapper(buffered, encoding=encoding or "utf-8", errors=errors, newline=newline)

    def stat(self) -> os.stat_result:
        """fstat() of the descriptor."""
        return os.fstat(self.fd)


def inspection_to_json(inspection: Inspection) -> dict[str, Any]:
    """An Inspection as plain JSON; `Code` option values become ``{"$code": source}``."""
    data = asdict(inspection)
    data["options"] = {
        key: {_CODE_KEY: value.source} if isinstance(value, Code) else value
        for key, value in inspection.options.items()
    }
    return data


_READERS = {"csv": "read_csv", "tsv": "read_csv", "json": "read_json", "excel": "read_excel", "parquet": "read_parquet"}
_OPTIONS = {
    "encoding",
    "sep",
    "decimal",
    "header",
    "names",
    "index_col",
    "engine",
    "on_bad_lines",
    "orient",
    "dtype",
    "lines",
    "sheet_name",
    "skiprows",
    "nrows",
    "na_values",
}
_CUT_ROWS = re.compile(r"lambda row: row\[:[1-9][0-9]{0,8}\]")
_TEMPLATE_KEY = re.compile(r"\(json\.load\(_file\)(\[.*\])?\)", re.DOTALL)


def _plain(value: Any) -> bool:
    if isinstance(value, list):  # names and missing-value marks, or the line numbers of rows skipped
        return all(isinstance(v, str) for v in value) or all(type(v) is int for v in value)
    return value is None or isinstance(value, str | int | float | bool)


def inspection_from_json(data: Any, kind: Kind) -> Inspection:
    """The app side's reading of an answer: only what the inspectors can produce, or ValueError.

    The answer comes from a process that parsed a hostile file, so nothing in it may become code: options are
    plain values (rendered as literals), and the only code allowed is the exact shapes the inspectors write.
    """
    if not isinstance(data, dict) or data.get("kind") != kind or data.get("reader") != _READERS.get(kind):
        raise ValueError("wrong kind or reader")
    encoding = data.get("encoding")
    if encoding is not None:
        if not isinstance(encoding, str) or not re.fullmatch(r"[a-z0-9_-]{1,40}", encoding):
            raise ValueError("bad encoding")
        codecs.lookup(encoding)
    if data.get("delimiter") not in (None, *DELIMITERS) or not isinstance(data.get("header", True), bool):
        raise ValueError("bad delimiter or header")
    options: dict[str, Any] = {}
    raw_options = data.get("options", {})
    if not isinstance(raw_options, dict) or set(raw_options) - _OPTIONS:
        raise ValueError("unknown options")
    for key, value in raw_options.items():
        if isinstance(value, dict) and key == "on_bad_lines" and _CUT_ROWS.fullmatch(str(value.get(_CODE_KEY))):
            options[key] = Code(value[_CODE_KEY])
        elif _plain(value):
            options[key] = value
        else:
            raise ValueError(f"option {key} is not a plain value")
    template = data.get("template")
    if template is not None:
        match = _TEMPLATE_KEY.search(template) if isinstance(template, str) else None
        key = json.loads(match.group(1)[1:-1]) if match and match.group(1) else None
        if (
            match is None
            or encoding is None
            or not isinstance(key, str | None)
            or template != formats._normalize(encoding, key)
        ):
            raise ValueError("bad template")
    after = data.get("after", [])
    if not isinstance(after, list) or any(line != formats.NUMBERED_COLUMNS for line in after):
        raise ValueError("bad lines after the read")
    warnings = data.get("warnings", [])
    if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
        raise ValueError("bad warnings")
    return Inspection(
        kind=kind,
        reader=data["reader"],
        options=options,
        encoding=encoding,
        delimiter=data.get("delimiter"),
        header=data.get("header", True),
        warnings=[_cut(w) for w in warnings],
        after=list(after),
        template=template,
    )


def _cut(text: str) -> str:
    return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1] + "…"


def confine(request: dict[str, Any]) -> dict[str, Any]:
    """Apply every layer the request names to this process (see `sandbox.helper.confine`)."""
    return helper.confine(request, what="check")


def _status() -> dict[str, Any]:
    return helper.status()


def inspect(request: dict[str, Any]) -> dict[str, Any]:
    """Inspect the upload named by the request's descriptor; the answer's body."""
    source = FdSource(int(request["fd"]))
    kind, display = request["kind"], str(request["display"])
    try:
        if kind in ("csv", "tsv"):
            inspection = inspect_delimited(source, kind, display)
        elif kind == "json":
            inspection = inspect_json(source, display, lines_expected=request["ext"] in (".jsonl", ".ndjson"))
        elif kind == "excel":
            inspection = inspect_excel(source, display)
        elif kind == "parquet":
            inspection = inspect_parquet(source, display)
        else:
            return {"failed": "request", "detail": f"unknown kind {kind!r}"}
    except UploadError as err:
        return {"refused": _cut(err.problem), "todo": _cut(err.todo), "error": type(err).__name__}
    except MemoryError:
        return {"failed": "memory"}
    except RecursionError:
        return {"failed": "recursion"}
    except Exception as err:  # a parser's own failure on a hostile file, reported as such
        return {"failed": "error", "detail": _cut(f"{type(err).__name__}: {err}")}
    inspection.warnings = [_cut(w) for w in inspection.warnings]
    return {"inspection": inspection_to_json(inspection)}


def _answer(body: dict[str, Any], code: int) -> None:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8", "surrogatepass")
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(1, view) :]
    finally:
        os._exit(code)  # no interpreter teardown: nothing here needs it, and pyarrow's takes time


def main() -> None:
    """Read the request, confine, inspect, answer (see the module docstring)."""
    try:
        request = json.loads(sys.stdin.buffer.read())
        os.close(0)
        fd = int(request["fd"])
        os.fstat(fd)
    except Exception as exc:
        _answer({"failed": "request", "detail": f"{type(exc).__name__}: {exc}"}, EXIT_REQUEST)
        return
    try:
        confined = confine(request)
    except Exception as exc:
        _answer({"failed": "confinement", "detail": _cut(f"{type(exc).__name__}: {exc}")}, EXIT_CONFINEMENT)
        return
    _answer({**inspect(request), "confined": confined}, 0)


if __name__ == "__main__":
    main()
