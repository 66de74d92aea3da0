"""One line per group over time ("weight over time for each diet"): x is the time column, averaged if needed."""

from __future__ import annotations

import re
from typing import Any

from .base import Context, KindRequest, col, finish, fmt

_TIME = re.compile(
    r"\bover (?:the )?(?:time|years?|months?|days?|dates?|period)\b|\btrend|\bevolution\b|"
    r"\bthrough time\b|\bin time\b"
)
_EACH = re.compile(r"\b(?:for each|for every|per|by|split by|one line per|for the different|separately for)\b")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    each = _EACH.search(ctx.text)
    over = _TIME.search(ctx.text)
    named_time = [m.column for m in ctx.mentions if m.column.time]
    if not over and named_time and re.search(r"\bover\b", ctx.text):  # "over Year"
        over = each
    if not each or not over:
        return None
    after = [m.column for m in ctx.mentions if m.start >= each.end()]
    groups = [c for c in after if not c.time and (c.categorical or c.few_values)]
    if not groups:
        return None
    time = named_time[0] if named_time else ctx.catalog.time_column(ctx.frame)
    values = [
        m.column
        for m in ctx.mentions
        if m.column.numeric and not m.column.time and m.column != groups[0] and m.end <= each.start()
    ]
    if time is None or not values:
        return None
    return KindRequest(
        frame=ctx.frame,
        y=values[0].name,
        group=groups[0].name,
        column=time.name,
        agg="sum" if values[0].additive else "mean",
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f, y, g, t = req.frame, col(req.y), col(req.group), col(req.column)
    return finish(
        [
            f"# {req.agg} of {req.y} over {req.column}, one line per {req.group}",
            f"table = {f}.pivot_table(index={t}, columns={g}, values={y}, aggfunc={req.agg!r})",
            'ax = table.iloc[:, :12].plot(figsize=(9, 5), marker="o" if len(table) <= 30 else None)',
            f'ax.set_ylabel({req.agg!r} + " of " + {y})',
            "plt.show()",
            "",
            f'result = {{"rows": len({f}), "points": len(table), "lines": table.shape[1], '
            '"first": table.apply(lambda s: s.dropna().iloc[0] if s.notna().any() else None), '
            '"last": table.apply(lambda s: s.dropna().iloc[-1] if s.notna().any() else None), '
            '"start": table.index.min(), "end": table.index.max()}',
        ],
        f"{req.y} over {req.column} by {req.group}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    agg = {"mean": "Mean", "sum": "Total"}.get(req.agg, req.agg)
    lines = result.get("lines") or 0
    head = (
        f"{agg} of {req.y} over {req.column}, one line per {req.group} ({fmt(lines)} lines, "
        f"{fmt(result.get('rows'))} rows)."
    )
    first, last = result.get("first") or {}, result.get("last") or {}
    if not last:
        return head + f"\n\n{req.y} has no values to draw."
    body = [f"From {req.column} {result.get('start')} to {result.get('end')}:"]
    for k in list(last)[:12]:
        body.append(f"- {req.group} {k}: {fmt(first.get(k))} → {fmt(last.get(k))}")
    top = max((k for k in last if last[k] is not None), key=lambda k: last[k], default=None)
    if top is not None and lines > 1:
        body.append(f"\nHighest at the end: {req.group} **{top}** ({fmt(last[top])}).")
    return head + "\n\n" + "\n".join(body)
