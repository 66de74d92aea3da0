"""Describing a loaded DataFrame: code that runs in the kernel, and reading its one line of JSON back."""

from __future__ import annotations

import json
import keyword
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import UploadError

__all__ = ["MARKER", "format_profile", "last_marked", "parse_profile", "profile_code"]

MARKER = "notebook_agent_profile"
_FUNCTION = "_notebook_agent_profile"
_SOURCE = Path(__file__).with_name("_kernel_profile.py")


@lru_cache(maxsize=1)
def _kernel_source() -> str:
    source = _SOURCE.read_text(encoding="utf-8")
    return source[source.index(f"def {_FUNCTION}(") :]  # not the module docstring: it would set __doc__


def profile_code(variable: str) -> str:
    """Python that, run in the kernel after the load code, prints one line of JSON describing `variable`.

    The line holds shape, memory, per-column dtype, nulls, kind (numeric, categorical, datetime, text, bool,
    other) with min/max/mean or top values, `date_like` flags for date text and YYYYMMDD integers, and up to
    5 sample rows. Its size does not grow with the row count. Leaves no names behind in the kernel.
    """
    if not variable.isidentifier() or keyword.iskeyword(variable):
        raise ValueError(f"not a Python identifier: {variable!r}")
    return f"{_kernel_source()}\ntry:\n    {_FUNCTION}({variable}, {variable!r})\nfinally:\n    del {_FUNCTION}\n"


def last_marked(stdout: str, marker: str) -> dict[str, Any] | None:
    """The last line of `stdout` that is a JSON object with `marker` set to 1 (what kernel-side helpers print)."""
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if not (line.startswith("{") and marker in line):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict) and data.get(marker) == 1:
            return data
    return None


def parse_profile(stdout: str) -> dict[str, Any]:
    """The profile printed by `profile_code`'s code, found in the kernel's stdout (the last one wins)."""
    data = last_marked(stdout, MARKER)
    if data is not None:
        return data
    raise UploadError(
        "The kernel printed no data profile: loading or describing the data failed (see the error in the cell output).",
        "Check the file and its load code, then run them again.",
    )


def _value(value: object) -> str:
    return "?" if value is None else str(value)


def _cell(value: object) -> str:
    # One table row per line: line breaks inside values would split it.
    return "" if value is None else str(value).replace("\r", "\\r").replace("\n", "\\n")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _column_line(col: dict[str, Any]) -> str:
    tags = [col.get("dtype", "?")]
    if "kind" in col:
        tags.append(col["kind"])
    if col.get("date_like"):
        tags.append(f"date-like {col.get('date_format') or ''}".rstrip())
    if col.get("nulls"):
        tags.append(f"{col['nulls']:,} null" + ("s" if col["nulls"] > 1 else ""))
    head = f"- {_cell(col.get('name', '?'))} ({', '.join(tags)})"
    if "error" in col:
        return f"{head}: not described ({col['error']})"
    kind = col.get("kind")
    if kind == "numeric" and "min" in col:
        stats = f"min {_value(col['min'])}, max {_value(col['max'])}, mean {_value(col.get('mean'))}"
        if col.get("std") is not None:
            stats += f", std {col['std']}"
        if col.get("unknown_code") == -1:
            stats += f"; -1 in {col.get('unknown_rows', 0):,} rows (otherwise never negative: a code for unknown)"
        elif col.get("unknown_code") is not None:
            stats += (
                f"; {col['unknown_code']} in {col.get('unknown_rows', 0):,} rows (far below the other values, "
                f"the lowest {_value(col.get('known_min'))}: a code for unknown)"
            )
        return f"{head}: {stats}"
    if kind == "datetime" and "min" in col:
        return f"{head}: {col['min']} to {col['max']}"
    if kind == "bool":
        return f"{head}: {col.get('true', 0):,} true, {col.get('false', 0):,} false"
    unique = f"{col.get('n_unique', 0):,} unique"
    if "n_unique_of" in col:
        unique += f" in the first {col['n_unique_of']:,} rows"
    if "top" in col:
        top = ", ".join(f"{value} ({count:,})" for value, count in col["top"][:_TOP_SHOWN])
        more = f" and {len(col['top']) - _TOP_SHOWN} more" if len(col["top"]) > _TOP_SHOWN else ""
        return f"{head}: {unique}; top {top}{more}"
    if "n_unique" in col:
        examples = ", ".join(json.dumps(v, ensure_ascii=False) for v in col.get("examples", []))
        return f"{head}: {unique}" + (f", e.g. {examples}" if examples else "")
    return head


_TOP_SHOWN = 5  # the profile holds up to 30 values of a label; its text names the 5 most common


def format_profile(profile: dict[str, Any], max_chars: int = 4000) -> str:
    """A compact text of a profile for people and models; at most `max_chars` long.

    When it does not fit, the sample rows go first, then columns from the end.
    """
    rows, cols = profile.get("shape", [0, 0])
    memory = profile.get("memory_bytes")
    title = f"{profile.get('variable', 'df')}: {_plural(rows, 'row')} × {_plural(cols, 'column')}"
    if memory:
        size = f"{memory / 2**20:.1f} MB" if memory >= 2**20 else f"{max(1, round(memory / 2**10))} KB"
        title += f" ({size} in memory)"
    head = [title]
    if profile.get("conversions"):
        head.append(_cell(profile["conversions"]))
    if "index" in profile:
        index = profile["index"]
        head.append(f"index: {_cell(index.get('name')) or 'unnamed'} ({index.get('dtype')})")
    columns = [_column_line(col) for col in profile.get("columns", [])]
    hidden = cols - len(columns)
    sample = []
    if profile.get("sample"):
        names = [_cell(col.get("name", "?")) for col in profile.get("columns", [])]
        sample = [f"Sample rows ({len(profile['sample'])} of {rows:,}):", " | ".join(names)]
        sample += [" | ".join(_cell(v) for v in row) for row in profile["sample"]]

    def render(column_lines: list[str], more: int, with_sample: bool) -> str:
        lines = [*head, "Columns:" if column_lines or more else "Columns: none", *column_lines]
        if more:
            lines.append(f"… and {more:,} more columns not described")
        if with_sample:
            lines += sample
        return "\n".join(lines)

    text = render(columns, hidden, True)
    if len(text) <= max_chars:
        return text
    keep = len(columns)
    while keep and len(text := render(columns[:keep], hidden + len(columns) - keep, False)) > max_chars:
        keep -= 1
    return text if len(text) <= max_chars else text[: max_chars - 1] + "…"
