"""Outliers of one numeric column by the IQR rule (beyond 1.5 × IQR from the quartiles).

"Unusually expensive trips" asks for the outliers of the column the adjective names (expensive: a price or fare).
"""

from __future__ import annotations

import re
from typing import Any

from .base import Context, KindRequest, col, finish, fmt

_ASK = re.compile(
    r"\boutliers?\b|\banomal\w*|\bunusual\b|\bextreme values\b"
    # "unusually expensive trips": the adjective names the measure (expensive: the price or fare)
    r"|\b(?:unusually|abnormally|exceptionally|suspiciously)\s+[a-z]{3,}"
    r"|\b(?:odd|weird|strange|suspicious|abnormal|implausible)\s+(?:\w+\s+)?(?:values?|numbers?|readings?|entries)\b"
    r"|\bout of the ordinary\b|\bstand(?:s)? out\b"
)


def match(ctx: Context) -> KindRequest | str | None:
    """The request this kind reads in the question, or None."""
    if not _ASK.search(ctx.text):
        return None
    nums = [m.column for m in ctx.mentions if m.column.numeric]
    if not nums:
        names = ", ".join(c.name for c in ctx.columns() if c.numeric)
        return f"Outliers in which column? Numeric columns in {ctx.frame}: {names}."
    return KindRequest(frame=ctx.frame, y=nums[0].name)


def code(req: KindRequest) -> str:
    """The cell for the request."""
    y = col(req.y)
    return finish(
        [
            f"# Outliers in {req.y} by the IQR rule: beyond 1.5 × IQR outside the quartiles",
            f"values = {req.frame}[{y}].dropna()",
            "q1, q3 = values.quantile([0.25, 0.75])",
            "low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)",
            "outliers = values[(values < low) | (values > high)]",
            "",
            "fig, ax = plt.subplots(figsize=(8, 2.5))",
            "ax.boxplot(values, vert=False)",
            f"ax.set_xlabel({y})",
            f'ax.set_title("Outliers in " + {y})',
            "plt.show()",
            "",
            'result = {"rows": len(values), "q1": q1, "q3": q3, "low": low, "high": high, '
            '"count": len(outliers), "below": int((values < low).sum()), "above": int((values > high).sum()), '
            '"examples": outliers.sort_values().tolist()[:10]}',
        ],
        f"outliers in {req.y}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    n, count = result.get("rows"), result.get("count")
    head = (
        f"Outliers in {req.y} by the IQR rule (outside {fmt(result.get('low'))} to {fmt(result.get('high'))}), "
        f"{fmt(n)} values."
    )
    if not count:
        return head + "\n\nNo value lies outside that range: no outliers by this rule."
    ex = ", ".join(fmt(v) for v in result.get("examples") or [])
    return (
        f"{head}\n\n**{fmt(count)} outliers** ({fmt(result.get('below'))} below, {fmt(result.get('above'))} "
        f"above; quartiles {fmt(result.get('q1'))} and {fmt(result.get('q3'))}). Some of them: {ex}."
    )
