"""Live tables from the kernel's table bundle (`application/vnd.notebook-agent.table+json`).

The bundle is `{"columns": [...], "rows": [[...]], "total_rows": N, "index": [...] or null}` with the first rows of
a DataFrame result. The chat shows it as a `gr.Dataframe` (sortable, scrollable, read-only) labelled with how much
of the result it holds. Every cell and header is made plain text or a number here, and the component's columns are
typed "str" or "number", never "markdown" or "html": what a cell holds is shown as its characters.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import gradio as gr
from gradio.context import LocalContext

__all__ = ["TABLE_MIME", "Table", "read_table", "table_frame", "table_text"]

TABLE_MIME = "application/vnd.notebook-agent.table+json"
MAX_ROWS = 500
MAX_COLUMNS = 200
MAX_CELL = 1000  # characters of one cell or header


@dataclass(frozen=True)
class Table:
    """The first rows of a result, checked: headers and cells are plain strings or finite numbers."""

    headers: list[str]
    rows: list[list[str | int | float | None]]
    numeric: list[bool]  # per column: every value a number (or empty), so it sorts as numbers
    total_rows: int
    hidden_columns: int

    @property
    def caption(self) -> str:
        """How much of the result the table holds: "first 500 of 12,345 rows", or "12 rows"; columns left out."""
        shown = len(self.rows)
        text = (
            f"first {shown:,} of {self.total_rows:,} rows"
            if self.total_rows > shown
            else f"{shown:,} row{'s' if shown != 1 else ''}"
        )
        if self.hidden_columns:
            text += f" (first {len(self.headers):,} columns; {self.hidden_columns:,} more not shown)"
        return text


def _cell(value: Any) -> str | int | float | None:
    if value is None or isinstance(value, bool):
        return None if value is None else str(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None if math.isnan(value) else str(value)
    text = str(value)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _header(value: Any) -> str:
    text = " / ".join(str(v) for v in value) if isinstance(value, list) else str(value)  # a MultiIndex column
    return text if len(text) <= 200 else text[:199] + "…"


def read_table(bundle: Any) -> Table | None:
    """The bundle checked and bounded, or None when it is not one (the caller then shows the HTML table)."""
    if not isinstance(bundle, Mapping):
        return None
    columns, rows, index = bundle.get("columns"), bundle.get("rows"), bundle.get("index")
    total = bundle.get("total_rows")
    if not isinstance(columns, list) or not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        return None
    if index is not None and not isinstance(index, list):
        return None
    rows = rows[:MAX_ROWS]
    width = min(len(columns), MAX_COLUMNS)
    headers = [_header(c) for c in columns[:width]]
    body = [[_cell(v) for v in (list(r[:width]) + [None] * (width - len(r)))] for r in rows]
    if index is not None:
        headers = ["", *headers]
        body = [[_cell(index[i] if i < len(index) else None), *row] for i, row in enumerate(body)]
    numeric = [
        all(row[c] is None or isinstance(row[c], (int, float)) for row in body)
        and any(row[c] is not None for row in body)
        for c in range(len(headers))
    ]
    # A column mixing numbers and text is all text: the component sorts one type per column.
    body = [[v if numeric[c] or v is None or isinstance(v, str) else str(v) for c, v in enumerate(row)] for row in body]
    total_rows = total if isinstance(total, int) and not isinstance(total, bool) and total >= len(body) else len(body)
    return Table(headers, body, numeric, total_rows, max(0, len(columns) - width))


# What Gradio's page wrapper reads from `shared_props` (the rest of a component's config is its `props`).
_SHARED = ("visible", "elem_id", "elem_classes", "scale", "min_width", "label", "show_label", "interactive", "root")


def table_frame(table: Table) -> dict[str, Any]:
    """A chat message's content: a read-only `gr.Dataframe` of the table, its caption as the label.

    Given as the chat's component message (what `gr.Chatbot` makes of a component) rather than as the component,
    because the config needs a second shape: the chat hands a component its config as flat props, while the
    Dataframe's page code (built on Gradio 6's component wrapper) reads them from `props` and `shared_props`, and
    without them fails ("Cannot read properties of undefined (reading 'i18n_store')") and shows nothing. A
    `gr.Dataframe` subclass could add them, but Gradio writes a `.pyi` beside the module of every component class.
    """
    args: dict[str, Any] = {
        "headers": table.headers,
        "datatype": ["number" if n else "str" for n in table.numeric],
        "interactive": False,
        "label": table.caption,
        "show_label": True,
        "max_height": 420,
        "wrap": False,
        "elem_classes": ["na-table"],
        "render": False,
    }
    # Inside an event handler Gradio reads a component made there as an update of one on the page and skips the
    # base class's set-up (no config can be had from it); this one is a new component, made outside that context.
    outside = LocalContext.in_event_listener.set(False)
    try:
        frame = gr.Dataframe(value={"headers": table.headers, "data": table.rows}, **args)
        config: dict[str, Any] = frame.get_config()
    finally:
        LocalContext.in_event_listener.reset(outside)
    shared = {k: config[k] for k in _SHARED if k in config}
    config["props"] = {k: v for k, v in config.items() if k not in shared}
    config["shared_props"] = shared
    return {
        "type": "component",
        "component": "dataframe",
        "value": config["value"],
        "constructor_args": args,
        "props": config,
    }


def table_text(table: Table) -> str:
    """The table as tab-separated text under its caption (what programs get from the API)."""
    lines = [table.caption, "\t".join(table.headers)]
    lines += [
        "\t".join("" if v is None else str(v).replace("\t", " ").replace("\n", " ") for v in r) for r in table.rows
    ]
    return "\n".join(lines)
