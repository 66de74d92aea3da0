"""Agent events → Gradio chat messages, with everything from the kernel or the model made safe for the page.

Kernel outputs and model text are untrusted: HTML is cleaned with nh3 (no scripts, no event handlers, no images,
so nothing loads from outside the app), long text is collapsed, and plots become PNG files served by the app.
Model text keeps its markdown, images excepted. Text that quotes data without being written as markdown (errors,
notes, kernel text) is shown inert (`text_safety.md_inert`) or in a fenced block: it makes no link and no image.

Chart bundles (Plotly, Vega-Lite) become an interactive `gr.Plot` drawn from a spec the app rebuilt
(`charts.py`), table bundles a read-only `gr.Dataframe` (`tables.py`). Those messages carry a `plain` key too:
what `/chat` gives programs instead of the component (the chart's PNG, or its text; the table as text).
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

import nh3

from ..output_text import output_text
from ..text_safety import md_inert
from .charts import chart_mime, chart_plot
from .tables import TABLE_MIME, read_table, table_frame, table_text

__all__ = ["Turn", "fence", "safe_markdown", "safe_table_html"]

_INLINE_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_NEWLINES = re.compile(r"\s*\n\s*")
_TABLE_TAGS = {"table", "thead", "tbody", "tr", "th", "td", "caption"}
_TEXT_TAGS = {
    "b",
    "i",
    "em",
    "strong",
    "code",
    "pre",
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "hr",
    "span",
    "sub",
    "sup",
    "a",
    *_TABLE_TAGS,
}
MAX_TEXT = 4000


def safe_markdown(text: str) -> str:
    """Model text as markdown: HTML cleaned, no image in any form (inline, reference, HTML), links kept."""
    text = _INLINE_IMAGE.sub("[image removed]", text)
    text = nh3.clean(
        text,
        tags=_TEXT_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"https", "http"},
        link_rel="noopener noreferrer nofollow",
    )
    # After cleaning: nh3 decodes entities, so "&#33;[" comes out as "![". An escaped bracket starts no image.
    return text.replace("![", "!\\[")


def safe_table_html(html: str) -> str:
    """A DataFrame's HTML with only table markup kept, on one line.

    One line keeps it one HTML block for the markdown renderer: a blank line inside a cell would end the block, and
    the rest of the table would be read as markdown (where a value like ``![x](http://…)`` is an image). Brackets
    become entities too, so even read as markdown the text links nothing.
    """
    html = nh3.clean(html, tags=_TABLE_TAGS, attributes={})
    return _NEWLINES.sub(" ", html).replace("[", "&#91;").replace("]", "&#93;").strip()


def _collapse(text: str, hidden: int = 0) -> str:
    """Text longer than MAX_TEXT as its head and tail; `hidden` characters were already left out of its middle."""
    if len(text) + hidden > MAX_TEXT:
        hidden += len(text) - MAX_TEXT
        text = text[: MAX_TEXT * 3 // 4] + f"\n… ({hidden} characters hidden) …\n" + text[-MAX_TEXT // 4 :]
    return text


def _fenced(text: str, lang: str = "") -> str:
    ticks = "`" * max(3, max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    return f"{ticks}{lang}\n{text.rstrip()}\n{ticks}"


def fence(text: str, lang: str = "") -> str:
    """A fenced code block that the text cannot break out of; long text collapsed to head and tail."""
    return _fenced(_collapse(text), lang)


class _Stream:
    """Consecutive chunks of one stream in one step, shown as one block; only a bounded head and tail are kept."""

    def __init__(self, name: str, at: int) -> None:
        self.name, self.at, self.end = name, at, at
        self.text, self.cut = "", 0

    def add(self, text: str) -> str:
        """Take a chunk; the block (with its leading blank line) that replaces the previous one, or ""."""
        self.text += text
        if len(self.text) > 2 * MAX_TEXT:
            self.cut += len(self.text) - 2 * MAX_TEXT
            self.text = self.text[:MAX_TEXT] + self.text[-MAX_TEXT:]
        shown = "\n".join(line for line in self.text.splitlines() if not line.startswith("NA_RESULT "))
        if not shown.strip():
            return ""
        return "\n\n" + _fenced(_collapse(shown, self.cut))


class Turn:
    """Accumulates one turn's chat messages from agent events."""

    def __init__(self, image_dir: Path, *, replay: bool = False) -> None:
        self.image_dir = image_dir
        self.replay = replay  # rebuilt from a notebook: no attempt counts or run times to show
        self.messages: list[dict[str, Any]] = []
        self._step: dict[str, Any] | None = None
        self._thinking: dict[str, Any] | None = None
        self._stream: _Stream | None = None

    def _image(self, png_b64: str) -> dict[str, Any]:
        data = base64.b64decode(png_b64)
        # Named by content: a reload that rebuilds the chat reuses the files instead of writing them again.
        path = self.image_dir / f"plot-{hashlib.sha256(data).hexdigest()}.png"
        if not path.exists():
            path.write_bytes(data)
        return {"role": "assistant", "content": {"path": str(path), "mime_type": "image/png"}}

    def _chart(self, data: dict[str, Any], mime: str) -> None:
        """An interactive chart, else its PNG, else a note; the PNG (or the text) is what programs get."""
        assert self._step is not None
        plot = chart_plot(mime, data[mime])
        image = self._image(data["image/png"]) if isinstance(data.get("image/png"), str) else None
        if plot is not None:
            plain = image["content"] if image is not None else str(data.get("text/plain") or "[interactive chart]")
            self.messages.append({"role": "assistant", "content": plot, "plain": plain})
        elif image is not None:
            self.messages.append(image)
        else:
            self._step["content"] += "\n\n> A chart came back that the app could not draw safely; it is not shown."

    def apply(self, item: dict[str, Any]) -> None:
        """Fold one event into the messages."""
        kind = item.get("type")
        if kind == "status":
            if self._thinking is None:
                self._thinking = {
                    "role": "assistant",
                    "content": "",
                    "metadata": {"title": "Thinking", "status": "pending"},
                }
                self.messages.append(self._thinking)
            self._thinking["content"] = safe_markdown(item["text"])
        elif kind == "code":
            self._close_thinking()
            title = "Ran code" if self.replay else f"Running code — attempt {item['attempt']} of {item['max_attempts']}"
            body = (safe_markdown(item["description"]) + "\n\n" if item.get("description") else "") + fence(
                item["code"], "python"
            )
            self._step = {"role": "assistant", "content": body, "metadata": {"title": title, "status": "pending"}}
            self.messages.append(self._step)
        elif kind == "output" and self._step is not None:
            self._output(item["output"])
        elif kind == "code_done" and self._step is not None:
            meta = self._step["metadata"]
            meta["status"] = "done"
            if not self.replay:
                meta["duration"] = item.get("duration_s")
            if item["status"] != "ok":
                meta["title"] += f" ({item['status']})"
            for note in item.get("notes") or []:
                self._step["content"] += "\n\n> " + md_inert(note)
            self._step = None
        elif kind == "answer":
            self._close_thinking()
            self.messages.append({"role": "assistant", "content": safe_markdown(item["text"])})
        elif kind == "error":
            self._close_thinking()
            self.messages.append({"role": "assistant", "content": "**Error:** " + md_inert(item["text"])})

    def _close_thinking(self) -> None:
        if self._thinking is not None:
            self._thinking["metadata"]["status"] = "done"
            self._thinking = None

    def _output(self, out: Any) -> None:
        assert self._step is not None
        kind = out.get("output_type")
        if kind == "stream":
            content = self._step["content"]
            stream = self._stream
            if stream is None or stream.name != out.get("name") or stream.end != len(content):
                stream = self._stream = _Stream(str(out.get("name")), len(content))
            self._step["content"] = content[: stream.at] + stream.add(out.get("text", ""))
            stream.end = len(self._step["content"])
        elif kind in ("display_data", "execute_result") and (mime := chart_mime(out.get("data", {}))):
            self._chart(out["data"], mime)
        elif kind in ("display_data", "execute_result") and "image/png" in out.get("data", {}):
            self.messages.append(self._image(out["data"]["image/png"]))
        elif kind in ("display_data", "execute_result") and (table := read_table(out.get("data", {}).get(TABLE_MIME))):
            self.messages.append({"role": "assistant", "content": table_frame(table), "plain": table_text(table)})
        elif kind in ("display_data", "execute_result") and "<table" in str(out.get("data", {}).get("text/html", "")):
            self._step["content"] += "\n\n" + safe_table_html(out["data"]["text/html"])
        elif (text := output_text(out)[1]) and kind in ("error", "display_data", "execute_result"):
            self._step["content"] += "\n\n" + fence(text)
