"""How many rows have each of some named values ("how many tumours are malignant vs benign?")."""

from __future__ import annotations

import itertools
import re
from typing import Any

from ..columns import find_values
from .base import Context, KindRequest, col, finish, fmt

_ASK = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b|\bbreak\s*down\b|\bsplit\b")
_JOIN = re.compile(r"^\W*(?:vs\.?|versus|or|and|compared (?:to|with)|against)\W*$")


def match(ctx: Context) -> KindRequest | None:
    """Two or more values of one label column, joined by "vs", "or", "and", in a how-many question."""
    if not _ASK.search(ctx.text) or re.search(r"\d", ctx.text):
        return None
    taken = [(m.start, m.end) for m in ctx.mentions if m.column.numeric]
    found = find_values(ctx.question, ctx.catalog, ctx.frame, taken)
    for a, b in itertools.pairwise(found):
        if a.column == b.column and _JOIN.match(ctx.question[a.end : b.start]):
            named = list(dict.fromkeys(v.value for v in found if v.column == a.column))
            return KindRequest(frame=ctx.frame, column=a.column.name, value=named)
    return None


def code(req: KindRequest) -> str:
    """The cell for the request."""
    c = col(req.column)
    named = list(req.value or [])
    return finish(
        [
            f"# How many rows have each value of {req.column}",
            f"counts = {req.frame}[{c}].value_counts()",
            f"counts = counts.reindex({named!r}, fill_value=0) if len(counts) > {len(named)} else counts",
            "print(counts)",
            "",
            f'result = {{"rows": len({req.frame}), "counts": counts}}',
        ],
        f"rows per {req.column}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    rows = result.get("rows") or 0
    counts = result.get("counts") or {}
    lines = [f"Rows counted by {req.column}, {fmt(rows)} rows.", ""]
    for value, n in counts.items():
        share = f" ({100 * n / rows:.1f}%)" if rows and isinstance(n, int | float) else ""
        lines.append(f"- {value}: **{fmt(n)}**{share}")
    return "\n".join(lines)
