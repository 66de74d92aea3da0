"""Untrusted text (data values, column names, kernel output) made inert wherever it is shown.

Data and kernel output are written by whoever made the file or the code: in a chat message they must not become a
link or an image (an image fires a request from the person's browser the moment it renders), in a prompt they must
not close the block that marks them as data, on a terminal they must not move the cursor, retitle the window, write
the clipboard or plant a hyperlink.

- :func:`md_inert` — markdown that shows the same characters and makes nothing active: no link, image, autolink,
  raw HTML, entity or code span can form (``<`` and ``&`` become entities, the rest backslash escapes). Other
  formatting (``**``, ``_``, tables, lists) of the surrounding text still works, so a whole answer that quotes data
  can be passed through it.
- :func:`md_cell` — the same for one cell of a markdown table (line breaks folded, optionally cut).
- :func:`md_plain` — undoes :func:`md_inert`'s escapes (and ``&gt;``), for showing such markdown on a terminal.
- :func:`prompt_data` — text to place inside a tagged block of a prompt: ``<``, ``>`` and ``&`` as entities, so
  the data cannot write the block's closing tag.
- :func:`terminal_text` — terminal control sequences and controls removed; newlines and tabs kept.
"""

from __future__ import annotations

import re

__all__ = ["md_cell", "md_inert", "md_plain", "prompt_data", "terminal_text"]

_ENTITIES = {"<": "&lt;", "&": "&amp;"}
# What can start something active in CommonMark + GFM (the dialect of Gradio's chat, JupyterLab and GitHub):
# brackets (links, images, reference definitions), backticks (code spans), < and & (raw HTML, autolinks, entities:
# an HTML sanitiser decodes "&#91;" into a bracket), the backslash itself (so data cannot cancel an escape), and the
# three triggers of GFM's bare autolinks: "://" after a scheme, "www.", and "@" in an address. ">" stays: without a
# "<" it opens nothing. "|" stays too: it activates nothing, and escaping it in a whole answer would break the
# answer's own tables; inside a table cell it is escaped by `md_cell`. Named entities only, so no digits are added
# to numbers people check.
_MD_ACTIVE = re.compile(r"[\\`\[\]@<&]|:(?=//)|(?<=www)\.", re.IGNORECASE)
_MD_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])|&(lt|gt|amp);")
_LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")


def _md_escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ENTITIES.get(char) or "\\" + char


def md_inert(text: object) -> str:
    """`text` as markdown that renders as itself, with nothing in it active (see the module docstring)."""
    return _MD_ACTIVE.sub(_md_escape, str(text))


def md_cell(value: object, limit: int | None = None) -> str:
    """One markdown table cell: cut to `limit` characters (before escaping), line breaks shown as spaces."""
    text = "" if value is None else str(value)
    if limit is not None and len(text) > limit:
        text = text[: max(0, limit - 1)] + "…"
    return md_inert(_LINE_BREAK.sub(" ", text)).replace("|", "\\|")


def _md_unescape(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return match.group(1)
    return {"lt": "<", "gt": ">", "amp": "&"}[match.group(2)]


def md_plain(text: str) -> str:
    """Markdown with its backslash escapes and the entities ``&lt;``, ``&gt;``, ``&amp;`` undone, for a terminal."""
    return _MD_ESCAPED.sub(_md_unescape, text)


def prompt_data(text: str) -> str:
    """Untrusted text for the inside of a ``<tag>…</tag>`` block of a prompt: it can hold no ``<`` at all."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_TERMINAL = re.compile(
    r"\x1b\][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # OSC: title, hyperlink (8), clipboard (52), colours
    r"|\x1b[P^_X][^\x1b\x9c\n]*(?:\x1b\\|\x9c)?"  # DCS, PM, APC, SOS strings
    r"|\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI: cursor moves, erase, colours, modes
    r"|\x1b[ -/]*[0-~]?"  # the other escape sequences, and a lone ESC
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]"  # other C0 controls (BEL...), DEL, C1 controls
    r"|[\u202a-\u202e\u2066-\u2069]"  # bidi overrides: text shown in another order
)


def terminal_text(text: str) -> str:
    r"""`text` safe to print on a terminal: escape sequences and control characters removed, newlines and tabs kept.

    A carriage return would let later text overwrite what was printed before it: ``\r\n`` becomes ``\n``, and a
    lone ``\r`` a newline (a progress bar then shows each of its states on a line of its own).
    """
    return _TERMINAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
