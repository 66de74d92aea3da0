"""Winners per contest: "which party won the most wards?" counts the wards each party won.

In each ward the row with the largest count (votes, points) wins; then the wins are counted per party.

The contest and the contender are two label columns the question names; the count is the one quantity that adds up
(`Column.additive`), named or not.
"""

from __future__ import annotations

import re
from typing import Any

from .base import Context, KindRequest, col, finish, fmt

_WON = re.compile(
    r"\b(?:won|wins?|winning|took|takes|topped|tops|carried|carries|came\s+first\s+in)\s+(?:the\s+)?"
    r"(?P<order>most|fewest|least)\s+(?P<what>[a-z]+)"
    r"|\bmost\s+(?P<what2>[a-z]+)\s+won\b"
)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    m = _WON.search(ctx.text)
    if not m:
        return None
    start, end = m.span("what") if m.group("what") else m.span("what2")
    labels = [x for x in ctx.mentions if x.column.categorical and not x.column.id_like]
    contest = [x.column for x in labels if x.start < end and start < x.end]
    others = [x.column for x in labels if x.column not in contest]
    if len(contest) != 1 or len(others) != 1:
        return None
    named = [x.column for x in ctx.mentions if x.column.numeric and not x.column.id_like]
    varied = [
        c
        for c in ctx.columns()
        if c.numeric and not c.id_like and not c.time and not (c.low is not None and c.low == c.high)
    ]  # a constant column decides no contest
    counts = named or [c for c in varied if c.additive] or varied
    if len(counts) != 1:
        return None
    order = "min" if m.group("order") in ("fewest", "least") else "max"
    return KindRequest(frame=ctx.frame, y=counts[0].name, group=contest[0].name, column=others[0].name, order=order)


def code(req: KindRequest) -> str:
    """The cell for the request."""
    y, g, c = col(req.y), col(req.group), col(req.column)
    return finish(
        [
            f"# In each {req.group}, the {req.column} with the most {req.y}; then the {req.group}s each one won",
            "import pandas as pd",
            "",
            f"data = {req.frame}.assign(_n=pd.to_numeric({req.frame}[{y}], errors='coerce')).dropna(subset=['_n'])",
            f"winners = data.loc[data.groupby({g})['_n'].idxmax(), [{g}, {c}]]",
            f"won = winners[{c}].value_counts()",
            "",
            'result = {"won": {str(k): int(v) for k, v in won.items()}, "contests": len(winners)}',
        ],
        f"{req.group}s won per {req.column}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    won: dict[str, int] = result.get("won") or {}
    head = (
        f"{req.group}s won per {req.column} (the largest {req.y} in each {req.group}), "
        f"{fmt(result.get('contests'))} {req.group}s."
    )
    if not won:
        return f"{head}\n\nNo {req.group} has a {req.y} to compare."
    pick = max if req.order == "max" else min
    best = pick(won, key=lambda k: won[k])
    ties = [k for k, v in won.items() if v == won[best]]
    lead = (
        f"**{best}** won the {'most' if req.order == 'max' else 'fewest'}: {fmt(won[best])}."
        if len(ties) == 1
        else " and ".join(ties) + f" tie at {fmt(won[best])}."
    )
    return "\n".join([head, "", lead, "", *(f"- {k}: {fmt(v)}" for k, v in won.items())])
