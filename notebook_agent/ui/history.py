"""A chat's messages rebuilt from its notebook: each cell's `notebook_agent` metadata says what it was.

The notebook is the record of a chat (questions, code with its outputs, answers, data loads), so reopening a chat
— after a reload, from My chats, on another replica — shows the same bubbles the turn showed, made by the same
renderer (`render.Turn`) from the same outputs: interactive charts and live tables are rebuilt (and cleaned again)
from the chart and table bundles the notebook keeps.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .render import Turn, fence, safe_markdown

__all__ = ["history"]


def history(notebook: Any, image_dir: Path) -> list[dict[str, Any]]:
    """Chat messages from a session notebook (an `nbformat` node); plots are written to `image_dir`."""
    messages: list[dict[str, Any]] = []
    for cell in notebook.cells:
        meta = cell.metadata.get("notebook_agent", {})
        role = meta.get("role")
        if role == "user":
            messages.append({"role": "user", "content": meta.get("text") or cell.source.removeprefix("**You:** ")})
        elif role == "assistant":
            messages.append({"role": "assistant", "content": safe_markdown(cell.source)})
        elif role == "setup" and "read_" in cell.source:  # an uploaded file being loaded
            messages.append({"role": "assistant", "content": "Data loaded:\n\n" + fence(cell.source, "python")})
        elif role == "code":
            turn = Turn(image_dir, replay=True)
            failed = "raises-exception" in cell.metadata.get("tags", [])
            turn.apply({"type": "code", "code": cell.source})
            for out in cell.outputs:
                turn.apply({"type": "output", "output": out})
            turn.apply({"type": "code_done", "status": "error" if failed else "ok"})
            messages.extend(turn.messages)
    return messages
