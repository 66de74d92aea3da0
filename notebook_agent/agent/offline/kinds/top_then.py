"""The top group, then a figure of its own: "who reviewed the most wines, and what's their average rating?".

The first part ranks the groups of a label (by how many rows each has, or by the total of a measure it names);
the second asks a figure of the winner alone (its mean, median or total of another measure).
"""

from __future__ import annotations

import re
from typing import Any

from .base import Context, KindRequest, col, finish, fmt

_THEN = re.compile(
    r",?\s*\band\s+(?:what(?:'?s|\s+is|\s+was|\s+were|\s+are)?|how\s+(?:much|many)|give\s+me)\s+"
    r"(?:is\s+|was\s+|are\s+)?(?:their|its|his|her|the|that\s+one'?s?)\s+"
)
_MOST = re.compile(r"\b(?:most|highest|largest|biggest|top)\b")
_LEAST = re.compile(r"\b(?:least|fewest|lowest|smallest)\b")
_AGG = {"average": "mean", "avg": "mean", "mean": "mean", "typical": "mean", "median": "median", "total": "sum"}


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    then = _THEN.search(ctx.text)
    if then is None:
        return None
    first = ctx.text[: then.start()]
    if not (_MOST.search(first) or _LEAST.search(first)):
        return None
    groups = [
        m.column
        for m in ctx.mentions
        if m.end <= then.start()
        and (
            (m.column.categorical and not ctx.catalog.names_rows(m.column))
            # a code that repeats over the rows groups them too ("which product got the most reviews": ProductId)
            or (
                m.column.id_like
                and m.column.n_unique is not None
                and m.column.n_unique < ctx.catalog.rows.get(ctx.frame, 0)
            )
        )
        and not re.search(r"\b(?:most|fewest|least|many)\s+$", ctx.text[: m.start])  # "the most wines": rows
    ]
    ranked = [m.column for m in ctx.mentions if m.end <= then.start() and m.column.numeric and not m.column.id_like]
    after = [m.column for m in ctx.mentions if m.start >= then.end() and m.column.numeric and not m.column.id_like]
    if len(groups) != 1 or len(ranked) > 1 or len(after) != 1:
        return None
    said = re.match(r"\s*(?P<w>[a-z]+)", ctx.text[then.end() :])
    agg = _AGG.get(said.group("w"), "mean") if said else "mean"
    return KindRequest(
        frame=ctx.frame,
        group=groups[0].name,
        column=ranked[0].name if ranked else None,
        y=after[0].name,
        agg=agg,
        order="min" if _LEAST.search(first) and not _MOST.search(first) else "max",
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f, g, y = req.frame, col(req.group), col(req.y)
    ranking = f"{f}.groupby({g})[{col(req.column)}].sum()" if req.column else f"{f}[{g}].value_counts()"
    pick = "idxmax" if req.order == "max" else "idxmin"
    return finish(
        [
            f"# The {req.group} with the {'most' if req.order == 'max' else 'fewest'} "
            + (f"{req.column} in total" if req.column else "rows")
            + f", then its {req.agg} of {req.y}",
            f"ranking = {ranking}",
            f"top = ranking.{pick}()",
            f"its_rows = {f}[{f}[{g}] == top]",
            f"figure = its_rows[{y}].agg({req.agg!r})",
            'print(ranking.sort_values(ascending=False).head(10).to_string(), "\\n", top, figure)',
            "",
            'result = {"rows": len(' + f + '), "top": top, "ranked_by": ranking[top], "figure": figure, '
            f'"of": int(its_rows[{y}].notna().sum()), "runner_up": ranking.drop(top).{pick}() '
            "if len(ranking) > 1 else None}",
        ],
        f"top {req.group}, then its {req.agg} {req.y}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    by = f"total {req.column}" if req.column else "number of rows"
    word = "most" if req.order == "max" else "fewest"
    agg = {"mean": "mean", "median": "median", "sum": "total"}[req.agg]
    return (
        f"{req.group} ranked by {by}, then the {agg} {req.y} of the first, {fmt(result.get('rows'))} rows.\n\n"
        f"**{result.get('top')}** has the {word} ({fmt(result.get('ranked_by'))}); runner-up "
        f"{result.get('runner_up')}.\n\nIts {agg} {req.y}: **{fmt(result.get('figure'))}** "
        f"(over {fmt(result.get('of'))} rows with a value)."
    )
