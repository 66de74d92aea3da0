"""A measure's latest value: "whats my balance now", "my current weight", "the latest closing price".

A running balance or a reading taken again and again is asked "now": its value on the last row in time order (by
the table's date column), not its total or mean. A statement written newest first keeps the day's latest row on top,
so rows of one day keep the file's time order (read from the first and last dates) before the stable sort.
"""

from __future__ import annotations

import re
from typing import Any

from .base import Context, KindRequest, col, dated, finish, fmt, one_date, one_measure, said_where

_NOW = re.compile(
    r"\b(?:right\s+now|now|currently|today|at\s+the\s+moment|at\s+present|these\s+days|as\s+of\s+now)\b"
    r"|\b(?:my|the|our)\s+(?:current|latest|most\s+recent|newest|ending|closing|final|present)\b"
)
# a balance is asked "what's my balance" with no word of time: a running level, never summed
_BALANCE = re.compile(r"^\W*(?:what(?:'?s|\s+is|\s+was)|how\s+much\s+(?:is|was)|whats)\s+(?:my|the|our)\s+")
# words of another request: a change since, a total, an average, groups, a chart
_OTHER = re.compile(
    r"\b(?:since|from|between|change\w*|total|sum|average|avg|mean|median|typical|by|each|per|every|trend|over\s+time"
    r"|highest|lowest|max\w*|min\w*|most|least|how\s+many|count|plot|chart|graph|histogram|compare|vs|versus)\b"
)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    # ("the Present as % of On Roster": a column's own word, no time)
    now = next(
        (n for n in _NOW.finditer(ctx.text) if not any(m.start < n.end() and n.start() < m.end for m in ctx.mentions)),
        None,
    )
    if _OTHER.search(ctx.text) or (now is None and not _BALANCE.search(ctx.text)):
        return None
    when = one_date(ctx, [c for c in ctx.columns() if c.is_date])
    if when is None:
        return None
    named = [m.column for m in ctx.mentions if m.column.numeric and not (m.column.id_like or m.column.is_date)]
    y = one_measure(ctx, when)
    if y is None or y not in named:
        return None  # the measure must be said: "what's the weather now" names none
    if now is None and "balance" not in y.stems:
        return None
    return KindRequest(
        frame=ctx.frame,
        y=y.name,
        column=when.name,
        where=said_where(ctx, {y.name, when.name}),
        formats=[when.date_format],
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    lines = [f"# The latest {req.y}: its value on the last row in order of {req.column}"]
    data = dated(req, lines)
    lines += [
        f"readings = {data}.assign(_when=when).dropna(subset=[{col(req.y)}])",
        "if readings['_when'].notna().any():",
        "    readings = readings.dropna(subset=['_when'])",
        "    # a file written newest first: turned around, so the rows of one day stay in time order",
        "    if len(readings) > 1 and readings['_when'].iloc[0] > readings['_when'].iloc[-1]:",
        "        readings = readings.iloc[::-1]",
        "    readings = readings.sort_values('_when', kind='stable')",
        "# (no dates by the values: a statement's summary row; its last value in the file is the latest)",
        "last = readings.iloc[-1] if len(readings) else None",
        "",
        f'result = {{"rows": len(readings), "value": None if last is None else float(last[{col(req.y)}]), '
        '"when": None if last is None or pd.isna(last["_when"]) else str(last["_when"]), '
        '"row": int(readings.index[-1]) if len(readings) else None}',
    ]
    return finish(lines, f"latest {req.y}")


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    where = "".join(f" where {c} = {v}" for c, v in req.where)
    head = f"Latest {req.y} by {req.column}{where}, {fmt(result.get('rows'))} rows."
    if not result.get("rows"):
        return f"{head}\n\nNo rows with both a date and a value."
    when = str(result.get("when") or "")
    when = when[:10] if when.endswith("00:00:00") else when
    on = f", on {when}" if when else ", the last one in the file"
    return f"{head}\n\nThe latest {req.y} is **{fmt(result.get('value'))}**{on} (row {result.get('row')})."
