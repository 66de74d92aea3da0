"""A measure from its first reading to its latest: "how much weight have i lost from the first weigh-in?".

"How much has my weight changed since the start", "how much did it go up from the first to the last reading":
the rows in time order (by the table's date column), the measure's first known value and its latest, the change
between them and that change as a % of the first. "Lost" and "dropped" state a fall as a positive amount lost.
"""

from __future__ import annotations

import re
from typing import Any

from .base import Context, KindRequest, col, dated, finish, fmt, one_date, one_measure, said_where

_SPAN = re.compile(
    r"\b(?:from\s+(?:the\s+|my\s+)?(?:first|start|beginning|earliest)\b.*\b(?:latest|last|most\s+recent|now|today)\b"
    r"|since\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+|our\s+)?(?:start|beginning|first\s+\w+)"
    r"|since\s+(?:i|he|she|they|we|you)\s+(?:started|began|joined)"
    r"|(?:first|earliest)\s+(?:\w+\s+){0,3}(?:to|vs\.?|versus|and)\s+(?:the\s+)?(?:latest|last|most\s+recent))\b"
)
_CHANGE = re.compile(
    r"\b(?:lost|lose|gained|gain|chang\w*|differ\w*|drop\w*|fell|rose|grew|went\s+(?:up|down)|increas\w*"
    r"|decreas\w*|moved?|improv\w*)\b"
)
_FALL = re.compile(r"\b(?:lost|lose|drop\w*|fell|went\s+down|decreas\w*)\b")
# "how much weight have i lost (overall)?", "how much did i gain so far": a level's whole change, said of oneself
_OWN = re.compile(
    r"\b(?:have|has|did|i've|i\s+have|we've)\s+(?:i\s+|we\s+|he\s+|she\s+|they\s+)?(?:lost|lose|gained|gain|put\s+on|dropped)\b"
    r"|\b(?:lost|gained|put\s+on|dropped)\s+(?:\w+\s+)?(?:overall|in\s+total|so\s+far|altogether|all\s+time)\b"
)

_STEPS = frozenset({"change", "delta", "diff", "difference"})


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    own = _OWN.search(ctx.text)
    if re.search(r"\bhow\s+many\s+[a-z]+\s+(?:lost|lose|losing)\b", ctx.text):
        return None  # "how many customers lost water in total": the people it happened to, counted, not a fall
    if not (own or (_SPAN.search(ctx.text) and _CHANGE.search(ctx.text))):
        return None
    when = one_date(ctx, [c for c in ctx.columns() if c.is_date])  # (Start beside End: the table's own time)
    if when is None:
        return None
    dates = [when]
    y = one_measure(ctx, dates[0])
    if y is not None and set(y.stems) & _STEPS:
        return None  # RR Change, Net Delta: each row is already a step; their sum is the whole change
    if y is None or (own and not _SPAN.search(ctx.text) and (y.additive or not ctx.mentions)):
        return None  # "how much money have i lost" of amounts that add up is their total, not first to last
    return KindRequest(
        frame=ctx.frame,
        y=y.name,
        column=dates[0].name,
        order="min" if _FALL.search(ctx.text) else "max",
        where=said_where(ctx, {y.name, dates[0].name}),
        formats=[dates[0].date_format],
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    lines = [f"# {req.y} from its first reading to its latest, in order of {req.column}"]
    data = dated(req, lines)
    lines += [
        f"readings = {data}.assign(_when=when).dropna(subset=['_when', {col(req.y)}]).sort_values('_when')",
        "first, last = readings.iloc[0], readings.iloc[-1]",
        f"change = float(last[{col(req.y)}] - first[{col(req.y)}])",
        "",
        f'result = {{"rows": len(readings), "first": float(first[{col(req.y)}]), "last": float(last[{col(req.y)}]), '
        '"start": str(first["_when"]), "end": str(last["_when"]), "change": change, '
        f'"percent": 100 * change / abs(float(first[{col(req.y)}])) if float(first[{col(req.y)}]) else None}}',
    ]
    return finish(lines, f"{req.y}, first reading to latest")


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    where = "".join(f" where {c} = {v}" for c, v in req.where)
    head = f"{req.y} from the first to the latest reading by {req.column}{where}, {fmt(result.get('rows'))} rows."
    change = result.get("change")
    if change is None:
        return f"{head}\n\nNo readings with both a date and a value."
    pct = result.get("percent")
    share = f" ({fmt(round(pct, 2))}%)" if isinstance(pct, int | float) else ""
    went = (
        f"a fall of **{fmt(round(-change, 4))}**{share}"
        if change < 0
        else f"a rise of **{fmt(round(change, 4))}**{share}"
    )
    if req.order == "min" and change > 0:
        went += ": a gain, not a loss"
    return (
        f"{head}\n\n{req.y} went from {fmt(result.get('first'))} on {str(result.get('start'))[:10]} to "
        f"{fmt(result.get('last'))} on {str(result.get('end'))[:10]}: {went}."
    )
