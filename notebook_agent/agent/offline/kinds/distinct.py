"""How many distinct values a column has ("how many chicks are there?")."""

from __future__ import annotations

import re
from typing import Any

from ..columns import Column
from .base import Context, KindRequest, col, finish, fmt

_ASK = re.compile(
    r"\bhow many (?:different |distinct |unique |separate )?(?P<w>[a-z]+)\s+(?:are there|were there|"
    r"are in|do we have|did we have|exist|are included)\b|\bnumber of (?:different|distinct|unique) "
    r"(?P<w2>[a-z]+)"
)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    m = _ASK.search(ctx.text)
    if not m:
        return None
    start, end = m.span("w") if m.group("w") else m.span("w2")
    named = [x for x in ctx.mentions if x.start < end and start < x.end]
    if named:
        return KindRequest(frame=ctx.frame, column=named[0].column.name)
    if ctx.mentions or not re.search(r"\bare there\b|\bwere there\b|\bdo we have\b|\bdid we have\b", ctx.text):
        return None
    # "how many patients are there?" with no column named so: the subject code, when rows repeat per subject
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    ids = [c for c in ctx.columns() if c.id_like and _repeats(c, rows)]
    return KindRequest(frame=ctx.frame, column=ids[0].name) if len(ids) == 1 else None


def _repeats(c: Column, rows: int) -> bool:
    """Fewer distinct values than rows (integer codes: the span between the lowest and highest is shorter)."""
    if c.n_unique:
        return c.n_unique < rows
    if c.low is not None and c.high is not None and "int" in c.dtype.lower():
        return c.high - c.low + 1 < rows
    return False


def code(req: KindRequest) -> str:
    """The cell for the request."""
    c = col(req.column)
    return finish(
        [
            f"# How many different values {req.column} takes",
            f"distinct = {req.frame}[{c}].nunique()",
            "",
            f'result = {{"distinct": distinct, "rows": len({req.frame})}}',
        ],
        f"distinct {req.column}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    return (
        f"Distinct values of {req.column}, {fmt(result.get('rows'))} rows.\n\n"
        f"There are **{fmt(result.get('distinct'))}** different {req.column} values."
    )
