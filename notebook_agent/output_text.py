"""One kernel output as text: what the CLI (`exec`, `ask`) prints and what the chat shows in a text block.

Renderers differ only in where the text goes (a terminal, a fenced block in the chat) and in what they do beside
it (the chat shows plots and tables itself); what text an output stands for is decided here, once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["output_text"]


def output_text(out: Mapping[str, Any], *, traceback: bool = False) -> tuple[str, str]:
    """`(channel, text)` for one nbformat output: channel is "stdout" or "stderr"; text is "" for none.

    A plot stands as "[plot: image/png, N bytes]"; an error as "Name: message" (its whole traceback with
    `traceback=True`). Text is returned as the kernel gave it: callers make it safe for where it goes.
    """
    kind = out.get("output_type")
    if kind == "stream":
        return ("stderr" if out.get("name") == "stderr" else "stdout"), str(out.get("text", ""))
    if kind == "error":
        lines = (out.get("traceback") or []) if traceback else []
        return "stderr", "\n".join(lines) or f"{out.get('ename')}: {out.get('evalue')}"
    if kind in ("display_data", "execute_result"):
        data = out.get("data", {})
        images = [m for m in data if str(m).startswith("image/")]
        if images:
            return "stdout", "\n".join(f"[plot: {m}, {len(str(data[m])) * 3 // 4} bytes]" for m in images)
        if "text/plain" in data:
            return "stdout", str(data["text/plain"])
    return "stdout", ""
