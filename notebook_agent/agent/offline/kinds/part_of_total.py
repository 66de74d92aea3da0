"""A measure's part on the rows a yes/no label marks, as a share of all of it: "billable hrs as a % of all hours".

The rows count by what they hold, not one each: utilisation is the billable hours over all hours, not the share of
timesheet lines marked billable. Per group when asked ("and by practice?").
"""

from __future__ import annotations

import re
from typing import Any

from .base import Context, KindRequest, col, finish, fmt, positive_value

_OF_ALL = re.compile(
    r"\b(?:as\s+an?\s+)?(?:%|percent\w*|share|proportion|fraction)\s+of\s+(?:all|the\s+total|total|all\s+the)\b"
)
_BY = re.compile(r"\b(?:by|per|for\s+each|across)\s+")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    said = _OF_ALL.search(ctx.text)
    if said is None:
        return None
    measures = {m.column.name for m in ctx.mentions if m.column.numeric and not m.column.id_like}
    flags = [
        m
        for m in ctx.mentions
        if m.column.categorical and m.start < said.start() and positive_value(m.column, ctx.question) is not None
    ]
    if len(measures) != 1 or len(flags) != 1:
        return None
    flag = flags[0].column
    by = _BY.search(ctx.text, said.end())
    groups = [
        m.column
        for m in ctx.mentions
        if by and m.start >= by.end() and m.column.categorical and m.column != flag and not m.column.id_like
    ]
    return KindRequest(
        frame=ctx.frame,
        y=measures.pop(),
        column=flag.name,
        value=positive_value(flag, ctx.question),
        group=groups[0].name if groups else None,
        share=True,
        agg="sum",
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f, y, c = req.frame, col(req.y), col(req.column)
    marked = f"{f}[{y}].where({f}[{c}] == {req.value!r}, 0)"
    if req.group:
        g = col(req.group)
        return finish(
            [
                f"# {req.y} where {req.column} = {req.value}, as a share of all {req.y}, for each {req.group}",
                f"part = {marked}.groupby({f}[{g}]).sum()",
                f"whole = {f}.groupby({g})[{y}].sum()",
                "shares = (part / whole).sort_values(ascending=False)",
                "print((100 * shares).round(2).to_string())",
                "",
                f'result = {{"rows": len({f}), "values": shares, "part": {marked}.sum(), "whole": {f}[{y}].sum()}}',
            ],
            f"share of {req.y} where {req.column} = {req.value} by {req.group}",
        )
    return finish(
        [
            f"# {req.y} where {req.column} = {req.value}, as a share of all {req.y}",
            f"part = {marked}.sum()",
            f"whole = {f}[{y}].sum()",
            'print(f"{part:,.2f} of {whole:,.2f}: {100 * part / whole:.2f}%")',
            "",
            f'result = {{"rows": len({f}), "part": part, "whole": whole}}',
        ],
        f"share of {req.y} where {req.column} = {req.value}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    part, whole = result.get("part"), result.get("whole")
    by = f" by {req.group}" if req.group else ""
    head = f"{req.y} where {req.column} = {req.value} as a share of all {req.y}{by}, {fmt(result.get('rows'))} rows."
    overall = (
        f"{100 * part / whole:.2f}% ({fmt(part)} of {fmt(whole)})"
        if isinstance(part, int | float) and isinstance(whole, int | float) and whole
        else "n/a"
    )
    if not req.group:
        return f"{head}\n\n**{overall}** of all {req.y} is on rows with {req.column} = {req.value}."
    values = {k: v for k, v in (result.get("values") or {}).items() if isinstance(v, int | float)}
    listing = "\n".join(f"- {k}: {100 * v:.2f}%" for k, v in values.items())
    top = max(values, key=lambda k: values[k]) if values else None
    lead = f"Highest: **{top}** ({100 * values[top]:.2f}%). " if top is not None else ""
    return f"{head}\n\n{lead}Overall {overall}.\n\n{listing}"
