"""A measure averaged (or totalled) over the combinations of two groups: "mean breaks for each wool and tension"."""

from __future__ import annotations

import re
from typing import Any

from .base import Context, KindRequest, col, finish, fmt

_AGG = re.compile(r"\b(?P<agg>mean|average|avg|total|sum|median)\b")
_BY = re.compile(r"\b(?:by|per|for each|for every|across)\b")
_AGG_NAME = {"mean": "mean", "average": "mean", "avg": "mean", "total": "sum", "sum": "sum", "median": "median"}


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    agg, by = _AGG.search(ctx.text), _BY.search(ctx.text)
    if not agg or not by or not re.search(r"\band\b", ctx.text[by.end() :]):
        return None
    groups = [m.column for m in ctx.mentions if m.start > by.start() and m.column.categorical]
    values = [m.column for m in ctx.mentions if m.start < by.start() and m.column.numeric]
    if len(groups) != 2 or len(values) != 1:
        return None
    return KindRequest(
        frame=ctx.frame, y=values[0].name, group=groups[0].name, group2=groups[1].name, agg=_AGG_NAME[agg.group("agg")]
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    return finish(
        [
            f"# {req.agg} of {req.y} for each {req.group} and {req.group2}",
            f"table = {req.frame}.pivot_table(index={col(req.group)}, columns={col(req.group2)}, "
            f"values={col(req.y)}, aggfunc={req.agg!r})",
            "print(table)",
            f'result = {{"rows": len({req.frame}), "table": table}}',
        ],
        f"{req.agg} {req.y} by {req.group} and {req.group2}",
    )


_NAMES = {"mean": "Mean", "sum": "Total", "median": "Median"}


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    table = result.get("table") or {}  # {column value: {row value: number}}
    head = f"{_NAMES.get(req.agg, req.agg)} of {req.y} by {req.group} and {req.group2}, {fmt(result.get('rows'))} rows."
    cells = [(r, c, v) for c, rows in table.items() for r, v in rows.items() if v is not None]
    if not cells:
        return head + f"\n\n{req.y} has no values in any combination."
    lines = [f"- {req.group} {r}, {req.group2} {c}: {fmt(v)}" for r, c, v in cells]
    best, low = max(v for *_, v in cells), min(v for *_, v in cells)
    tops = [f"{r}/{c}" for r, c, v in cells if v == best]
    ends = (
        f"All combinations give {fmt(best)}."
        if best == low
        else f"Highest: {' and '.join(tops)} ({fmt(best)}); lowest: "
        + " and ".join(f"{r}/{c}" for r, c, v in cells if v == low)
        + f" ({fmt(low)})."
    )
    return "\n".join([head, "", *lines, "", ends])
