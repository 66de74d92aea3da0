"""A share of rows among the rows of one named value: "what share of the people with insomnia are obese?".

Two label columns are named by their values: the one said after "with", "among" or "who have" narrows the rows
(Sleep Disorder = Insomnia), the one said after "are", "were" or "have" is the part counted, one value or several
("overweight or obese": BMI Category in Overweight, Obese). The cell and the answer are the filtered count's.
"""

from __future__ import annotations

import re
from typing import Any

from ..columns import find_values
from . import filtered
from .base import Context, KindRequest

_SHARE = re.compile(r"\b(?:share|percent\w*|pct|proportion|fraction)\b|%")
_SCOPE = re.compile(
    r"\b(?:with|among|who\s+(?:have|had|has)|having|that\s+(?:have|had)|of)\s+(?:an?\s+|the\s+|those\s+)?$"
)
_PART = re.compile(r"\b(?:are|were|is|was|have|had|has|got|get|became|become)\s+(?:an?\s+|the\s+)?$")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    if not _SHARE.search(ctx.text):
        return None
    strong = [(m.start, m.end) for m in ctx.mentions if m.score >= 90]
    said = find_values(ctx.question, ctx.catalog, ctx.frame, strong)
    by_column: dict[str, list[Any]] = {}
    for v in said:
        # (a numbered label whose codes the person defined counts too: Dataset 1 = "liver patients")
        if (v.column.categorical or (v.column.coded and v.column.few_values)) and not ctx.catalog.names_rows(v.column):
            by_column.setdefault(v.column.name, []).append(v)
    if len(by_column) != 2:
        return None
    scope = [c for c, vs in by_column.items() if len(vs) == 1 and _SCOPE.search(ctx.question[: vs[0].start].lower())]
    part = [c for c, vs in by_column.items() if _PART.search(ctx.question[: vs[0].start].lower())]
    # "what % of men vs women are liver patients": the share within each of the values said after "of"
    sides = [
        c
        for c, vs in by_column.items()
        if len({v.value for v in vs}) >= 2 and re.search(r"\bof\s+(?:the\s+)?$", ctx.question[: vs[0].start].lower())
    ]
    if len(sides) == 1 and len(part) == 1 and sides != part and len({v.value for v in by_column[part[0]]}) == 1:
        return KindRequest(
            frame=ctx.frame, column=part[0], op="==", value=by_column[part[0]][0].value, share=True, group=sides[0]
        )
    if len(scope) != 1 or len(part) != 1 or scope == part:
        return None
    values = list(dict.fromkeys(v.value for v in by_column[part[0]]))
    return KindRequest(
        frame=ctx.frame,
        column=part[0],
        op="==" if len(values) == 1 else "in",
        value=values[0] if len(values) == 1 else values,
        share=True,
        where=[[scope[0], by_column[scope[0]][0].value]],
    )


code = filtered.code
answer = filtered.answer
