"""A two-way table of counts of two label columns, with a chi-square test of independence.

Asked for by name (cross-tab, two-way table), or as rows counted by two groupings ("number of flights by origin
and carrier"); a column that names rows (an ID, a code on almost every row) never groups.
"""

from __future__ import annotations

import re
from typing import Any

from ..columns import Column
from .base import Context, KindRequest, col, finish, fmt, p_words

_ASK = re.compile(r"\bcross[- ]?tab\w*|\btwo[- ]way\b|\bcontingency\b|\bcounts? of .+ (?:by|and|vs) |\btable of\b")
# Rows counted by two groupings: "number of flights by origin and carrier", "how many orders per region and month".
_BY_TWO = re.compile(
    r"(?:\bhow many\b|\bnumber of\b|\bcount\b|\bcounts\b).*?\b(?:by|per|for each|across)\b(?P<groups>.+?"
    r"(?:\band\b|&|,).+)$"
)


def _groupable(c: Column) -> bool:
    return c.categorical or c.few_values or (c.numeric and c.low == 0 and c.high == 1)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    two = _BY_TWO.search(ctx.text)
    if not _ASK.search(ctx.text) and not two:
        return None
    cols = [m.column for m in ctx.mentions if _groupable(m.column) and not ctx.catalog.names_rows(m.column)]
    if two and not _ASK.search(ctx.text):
        start = two.start("groups")
        cols = [c for m, c in ((m, m.column) for m in ctx.mentions) if m.start >= start and c in cols]
        measures = [m.column for m in ctx.mentions if m.column.numeric and m.column not in cols]
        if len(cols) != 2 or measures:
            return None  # "units sold by region and store": a quantity to total, not rows to count
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
        # the table arrives as {column value of group: {value of group2: count}}: group2 down, group across
        f"| {req.group2} \\\\ {req.group} | " + " | ".join(str(k) for k in table) + " |",
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
