"""A two-way table of counts of two label columns, with a chi-square test of independence."""

from __future__ import annotations

import re
from typing import Any

from ..columns import Column
from .base import Context, KindRequest, col, finish, fmt, p_words

_ASK = re.compile(r"\bcross[- ]?tab\w*|\btwo[- ]way\b|\bcontingency\b|\bcounts? of .+ (?:by|and|vs) |\btable of\b")


def _groupable(c: Column) -> bool:
    return c.categorical or c.few_values or (c.numeric and c.low == 0 and c.high == 1)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    if not _ASK.search(ctx.text):
        return None
    cols = [m.column for m in ctx.mentions if _groupable(m.column)]
    if len(cols) < 2:
        return None
    return KindRequest(frame=ctx.frame, group=cols[0].name, group2=cols[1].name, agg="crosstab")


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f, a, b = req.frame, col(req.group), col(req.group2)
    return finish(
        [
            f"# Rows counted by {req.group} and {req.group2}, and a chi-square test of independence",
            "from scipy import stats",
            "",
            f"table = pd.crosstab({f}[{a}], {f}[{b}])",
            "print(table)",
            "chi2, p, dof, expected = stats.chi2_contingency(table) if min(table.shape) > 1 else (None, None, 0, None)",
            "",
            f'result = {{"rows": len({f}), "counted": int(table.to_numpy().sum()), "table": table, "chi2": chi2, '
            '"p": p, "dof": dof}',
        ],
        f"{req.group} by {req.group2}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    table = result.get("table") or {}
    counted, rows = result.get("counted"), result.get("rows")
    head = f"Rows counted by {req.group} and {req.group2}, {fmt(rows)} rows"
    head += "." if counted == rows else f" ({fmt(counted)} with both values)."
    keys = list(next(iter(table.values()), {}).keys()) if table else []
    lines = [
        head,
        "",
        f"| {req.group} \\\\ {req.group2} | " + " | ".join(str(k) for k in table) + " |",
        "|---|" + "---|" * len(table),
    ]
    for k in keys:
        lines.append(f"| {k} | " + " | ".join(fmt(table[c].get(k)) for c in table) + " |")
    if result.get("chi2") is None:
        lines.append("\nNo test: one of the columns has a single value.")
    else:
        lines.append(
            f"\nChi-square test of independence: χ² = {fmt(result.get('chi2'))} with {result.get('dof')} "
            f"degrees of freedom, {p_words(result.get('p'))}."
        )
    return "\n".join(lines)
