"""A cell and what it did, as short text: for notes the model reads and for the `/rerun` answer.

One rule for both: each output as `output_text` says (plots as "[plot: …]", errors as "Name: message"), ANSI
colours stripped, the whole capped to a head and a tail. The text is the kernel's: whoever shows it makes it safe
for where it goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..output_text import output_text

__all__ = ["cap", "failure_reason", "first_line", "outputs_text"]

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def cap(text: str, limit: int) -> str:
    """`text` cut to about `limit` characters: its head and tail, with the cut said."""
    if len(text) <= limit:
        return text
    head, tail = text[: limit * 2 // 3], text[-limit // 3 :]
    return f"{head}\n… [{len(text) - len(head) - len(tail)} characters cut] …\n{tail}"


def outputs_text(outputs: Iterable[Mapping[str, Any]], limit: int = 3000) -> str:
    """What a cell's outputs say, as text, capped."""
    parts = [output_text(out)[1] for out in outputs]
    return cap(_ANSI.sub("", "\n".join(p.rstrip("\n") for p in parts if p)), limit)


def first_line(source: str, limit: int = 80) -> str:
    """The first line of a cell that says something (comments count), cut to `limit` characters."""
    line = next((ln.strip() for ln in source.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def failure_reason(status: str, error: Mapping[str, Any] | None, notes: Iterable[str] = ()) -> str:
    """Why a cell failed, in one line: the exception's name and message, or what happened to the kernel."""
    if error:
        evalue = _ANSI.sub("", str(error.get("evalue") or "")).strip().splitlines()
        said = evalue[0][:200] if evalue else ""
        return f"{error.get('ename', 'Error')}: {said}" if said else str(error.get("ename", "Error"))
    extra = "; ".join(notes)
    return f"the cell ended with status {status}" + (f" ({extra})" if extra else "")
