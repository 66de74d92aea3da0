"""Which group's measure rose (or fell) most from its first date to its last: "which stock went up the most?".

"Which stock went up the most over the whole period, and by how much in %?", "which ticker lost the most since the
start": each group's first and last value of the measure in date order (a closing price on the first and on the
last day of the file), the change and the change in %. Ranked by the % when asked ("in %", "fastest"), else by
the change. Named years ("between 2000 and 2020") are the `change` kind's; this one reads the whole span.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import Column
from .base import Context, KindRequest, col, finish, fmt
from .change import _FALL, _PCT, _RISE, _TOP, _WHICH
from .step_change import named_else_price

_WHOLE = re.compile(
    r"\b(?:over|across|during|in)\s+(?:the\s+)?(?:whole|entire|full|total)\s+(?:\w+\s+)?"
    r"(?:period|time|range|span|dataset|data|file|history)\b"
    r"|\bfrom\s+(?:the\s+)?(?:start|beginning|first\s+day)\s+to\s+(?:the\s+)?(?:end|finish|last\s+day)\b"
    r"|\bsince\s+(?:the\s+)?(?:start|beginning)\b|\boverall\b|\bin\s+total\b"
    r"|\b(?:went|gone|go)\s+up\s+the\s+most\b|\b(?:went|gone|go)\s+down\s+the\s+most\b"
)
_NO_YEARS = re.compile(r"\b(?:19|20)\d{2}\b")


def _measure(ctx: Context, group: Column) -> Column | None:
    named = {
        m.column.name: m.column
        for m in ctx.mentions
        if m.column.numeric and not (m.column.id_like or m.column.is_date or m.column.year_like) and m.column != group
    }
    numbers = [c for c in ctx.columns() if c.numeric and not (c.id_like or c.is_date or c.year_like or c.time)]
    return named_else_price(named, numbers)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    rise, fall = _RISE.search(ctx.text), _FALL.search(ctx.text)
    if not (rise or fall) or not _WHOLE.search(ctx.text) or not _WHICH.search(ctx.text) or _NO_YEARS.search(ctx.text):
        return None
    dates = [c for c in ctx.columns() if c.is_date and c.kind == "datetime"]
    if len(dates) != 1:
        return None
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    named = [m.column for m in ctx.mentions if m.column.categorical and not m.column.is_date]
    labels = [
        c
        for c in ctx.columns()
        if c.categorical and not c.is_date and c.n_unique and c.n_unique >= 2 and rows and c.n_unique <= rows / 5
    ]
    groups = list(dict.fromkeys(named)) or (labels if len(labels) == 1 else [])
    if len(groups) != 1:
        return None
    y = _measure(ctx, groups[0])
    if y is None:
        return None
    top = _TOP.search(ctx.text)
    order = "min" if fall and not (rise and rise.start() < fall.start()) else "max"
    if re.search(r"\b(?:least|smallest|slowest|lowest|fewest)\b", ctx.text):
        order = "max" if order == "min" else "min"
    return KindRequest(
        frame=ctx.frame,
        y=y.name,
        group=groups[0].name,
        column=dates[0].name,
        value=int(top["n"] or top["n2"]) if top else 1,
        order=order,
        share=bool(_PCT.search(ctx.text)),
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    key = "pct" if req.share else "change"
    n = req.value if isinstance(req.value, int) and req.value > 1 else 5
    return finish(
        [
            f"# {req.y} per {req.group}: its first value and its last, in {req.column} order",
            f"ends = {req.frame}.dropna(subset=[{col(req.y)}]).sort_values({col(req.column)})"
            f".groupby({col(req.group)}, observed=True)",
            f"table = pd.DataFrame({{'from': ends[{col(req.column)}].first(), 'first': ends[{col(req.y)}].first(), "
            f"'to': ends[{col(req.column)}].last(), 'last': ends[{col(req.y)}].last()}})",
            "table['change'] = table['last'] - table['first']",
            "table['pct'] = 100 * table['change'] / table['first'].abs()",
            f"ranked = table.sort_values({key!r}, ascending={req.order == 'min'})",
            "print(ranked.head(10))",
            "",
            f'result = {{"rows": len({req.frame}), "groups": len(table), '
            '"table": [[str(g), str(r["from"])[:10], r["first"], str(r["to"])[:10], r["last"], r["change"], r["pct"]] '
            f"for g, r in ranked.head({n}).iterrows()]}}",
        ],
        f"change in {req.y} per {req.group} over the whole span",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    head = (
        f"Change in {req.y} per {req.group} from its first {req.column} to its last, "
        f"{fmt(result.get('groups'))} groups ({fmt(result.get('rows'))} rows)."
    )
    rows = result.get("table") or []
    if not rows:
        return f"{head}\n\nNo {req.group} has two values of {req.y} to compare."
    what = f"{'lowest' if req.order == 'min' else 'highest'} {'% change' if req.share else 'change'}"
    g, d0, a, d1, b, change, pct = rows[0]
    lines = [
        head,
        "",
        f"The {what}: **{g}**, from {fmt(a)} on {d0} to {fmt(b)} on {d1} "
        f"({'+' if change >= 0 else ''}{fmt(change)}, {'+' if pct >= 0 else ''}{fmt(pct)}%).",
    ]
    if len(rows) > 1:
        lines += ["", "In order:"]
        lines += [
            f"- {g}: {fmt(a)} → {fmt(b)} ({'+' if c >= 0 else ''}{fmt(c)}, {'+' if p >= 0 else ''}{fmt(p)}%)"
            for g, _, a, _, b, c, p in rows
        ]
    return "\n".join(lines)
