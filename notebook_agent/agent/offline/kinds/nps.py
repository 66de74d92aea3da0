"""Net Promoter Score of a 0-10 "would you recommend" column: % promoters (9-10) minus % detractors (0-6).

"What's our eNPS?", "NPS by region", "net promoter score from the recommend scores". The score is a named formula
the data never spells out; the column is the one the question names on a 0-10 scale, else the only such column.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import Column
from .base import Context, KindRequest, col, finish, fmt

_ASK = re.compile(r"\be?nps\b|\bnet\s+promoter", re.I)
_BY = re.compile(r"\b(?:by|per|for each|each|across)\b")


def _scale(c: Column) -> bool:
    """A 0-10 rating (its lowest answer may be above 0): a score of 9 or 10 promotes, 0 to 6 detracts."""
    return c.numeric and c.low is not None and c.high is not None and 0 <= c.low < c.high == 10


def match(ctx: Context) -> KindRequest | str | None:
    """The request this kind reads in the question, or None."""
    if not _ASK.search(ctx.text):
        return None
    named = [m.column for m in ctx.mentions if _scale(m.column)]
    scales = named or [c for c in ctx.columns() if _scale(c)]
    if len(scales) != 1:
        names = ", ".join(c.name for c in scales) or "none"
        return (
            f"A Net Promoter Score needs one 0-10 'would you recommend' column; 0-10 columns in {ctx.frame}: {names}."
        )
    by = _BY.search(ctx.text)
    groups = [m.column for m in ctx.mentions if m.column.categorical and by and m.start > by.start()]
    return KindRequest(frame=ctx.frame, y=scales[0].name, group=groups[0].name if groups else None)


def code(req: KindRequest) -> str:
    """The cell for the request."""
    y = col(req.y)
    lines = [
        f"# Net Promoter Score of {req.y}: % promoters (9-10) minus % detractors (0-6)",
        f"scores = {req.frame}.dropna(subset=[{y}])",
        f"promoter = scores[{y}] >= 9",
        f"detractor = scores[{y}] <= 6",
    ]
    if req.group:
        g = col(req.group)
        lines += [
            f"by_group = pd.DataFrame({{'promoters %': 100 * promoter.groupby(scores[{g}]).mean(), "
            f"'detractors %': 100 * detractor.groupby(scores[{g}]).mean()}})",
            "by_group['NPS'] = by_group['promoters %'] - by_group['detractors %']",
            "by_group = by_group.sort_values('NPS', ascending=False).round(1)",
            "print(by_group)",
        ]
    lines += [
        "promoters, detractors = 100 * promoter.mean(), 100 * detractor.mean()",
        "nps = promoters - detractors",
        'print(f"NPS {nps:.1f} (promoters {promoters:.1f}%, detractors {detractors:.1f}%)")',
        "",
        'result = {"rows": len(scores), "nps": nps, "promoters": promoters, "detractors": detractors'
        + (', "groups": by_group["NPS"].to_dict()}' if req.group else "}"),
    ]
    return finish(lines, f"NPS of {req.y}" + (f" by {req.group}" if req.group else ""))


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    head = (
        f"Net Promoter Score of {req.y}"
        + (f" by {req.group}" if req.group else "")
        + f", {fmt(result.get('rows'))} answers."
    )
    text = (
        f"{head}\n\n**NPS {fmt(result.get('nps'))}**: {fmt(result.get('promoters'))}% promoters (9-10) minus "
        f"{fmt(result.get('detractors'))}% detractors (0-6); the rest are passives (7-8)."
    )
    groups = result.get("groups") or {}
    if groups:
        text += "\n\n" + "\n".join(f"- {k}: {fmt(v)}" for k, v in groups.items())
    return text
