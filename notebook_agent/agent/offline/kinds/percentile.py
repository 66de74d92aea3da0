"""A percentile or quartile of one measure ("the 90th percentile of claim amounts"), per group when one is named."""

from __future__ import annotations

import re
from typing import Any

from .base import Context, KindRequest, col, finish, fmt

_PCT = re.compile(
    r"\b(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:st|nd|rd|th)?\s+(?:percentile|pctl|centile)\b"
    r"|\b(?:percentile|pctl|p)\s*(?P<n2>\d{1,2}(?:\.\d+)?)\b(?!\s*%)"
    r"|\b(?P<q>upper|lower|first|third|top|bottom)\s+quartile\b"
)
_QUARTILE = {"upper": 75.0, "third": 75.0, "top": 75.0, "lower": 25.0, "first": 25.0, "bottom": 25.0}
_BY = re.compile(r"\b(?:by|per|for\s+each|each|across|in\s+each)\b")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    m = _PCT.search(ctx.text)
    if not m:
        return None
    said = m.group("n") or m.group("n2")
    p = float(said) if said else _QUARTILE[m.group("q")]
    if not 0 < p < 100:
        return None
    measures = [
        x
        for x in ctx.mentions
        if x.column.numeric and not x.column.id_like and not (x.start < m.end() and m.start() < x.end)
    ]
    if len({x.column.name for x in measures}) != 1:
        return None
    req = KindRequest(frame=ctx.frame, y=measures[0].column.name, value=p, agg="quantile")
    by = _BY.search(ctx.text)
    if by:
        groups = [
            x.column for x in ctx.mentions if x.start > by.start() and (x.column.categorical or x.column.few_values)
        ]
        groups = [g for g in groups if g.name != req.y and not g.id_like]
        if groups:
            req.group = groups[0].name
    return req


def code(req: KindRequest) -> str:
    """The cell for the request."""
    y, q = col(req.y), float(req.value) / 100
    lines = [
        f"# The {fmt(req.value)}th percentile of {req.y}",
        "import pandas as pd",
        "",
        f"values = pd.to_numeric({req.frame}[{y}], errors='coerce')",
    ]
    if req.group:
        lines += [
            f"per_group = values.groupby({req.frame}[{col(req.group)}]).quantile({q})",
            "",
            f'result = {{"value": float(values.quantile({q})), "rows": int(values.notna().sum()), '
            '"per_group": {str(k): float(v) for k, v in per_group.items()}}',
        ]
    else:
        lines += ["", f'result = {{"value": float(values.quantile({q})), "rows": int(values.notna().sum())}}']
    return finish(lines, f"percentile of {req.y}")


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    p = fmt(req.value)
    head = f"The {p}th percentile of {req.y}" + (f" per {req.group}" if req.group else "")
    lines = [
        f"{head}, {fmt(result.get('rows'))} rows with a value.",
        "",
        f"{p}% of the values are at or below **{fmt(result.get('value'))}**.",
    ]
    per = result.get("per_group") or {}
    if per:
        lines += ["", *(f"- {k}: {fmt(v)}" for k, v in sorted(per.items(), key=lambda kv: -kv[1]))]
    return "\n".join(lines)
