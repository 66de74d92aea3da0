"""A measure on the rows the last count picked out, or on the rest: "what's the avg price of the ones that aren't?".

After "how many games are free?" (price = 0), "the average rating for those" averages over the same rows and
"the ones that aren't" over the other rows; the condition is the last count's, the measure the one named now.
"""

from __future__ import annotations

import re
from typing import Any

from .base import Context, KindRequest, col, finish, fmt
from .filtered import _cond_words, _test

# "for those", "of these", "among them", "the ones that are"
_THOSE = re.compile(
    r"\b(?:for|of|among|in|on|with)\s+(?:those|these|them|the\s+ones(?!\s+(?:that|which|who)\s+\w+n'?t))\b"
)
# "the ones that aren't", "those that don't", "the rest", "the others", "everything else"
_THE_REST = re.compile(
    r"\b(?:ones|those|these)\s+(?:that|which|who)\s+(?:are|is|were|was|do|does|did|have|has|had)\s*n[o']?t\b"
    r"|\b(?:ones|those|these)\s+(?:that|which|who)\s+(?:aren'?t|arent|isn'?t|weren'?t|don'?t|dont|doesn'?t|"
    r"didn'?t|haven'?t|hasn'?t)\b|\bthe\s+(?:rest|others|other\s+ones)\b|\beverything\s+else\b"
)
_AGGS = {"average": "mean", "avg": "mean", "mean": "mean", "median": "median", "total": "sum", "sum": "sum"}
_NEGATE = {"==": "!=", "!=": "==", ">": "<=", "<": ">=", ">=": "<", "<=": ">"}


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    last = ctx.last
    if not (ctx.recent and last and last.get("kind") == "filtered" and not last.get("group")):
        return None
    if last.get("op") not in (*_NEGATE, "has") or last.get("agg") not in ("mean", None) or last.get("where"):
        return None
    rest = _THE_REST.search(ctx.text)
    if rest is None and not _THOSE.search(ctx.text):
        return None
    said = re.search(r"\b(average|avg|mean|median|total|sum)\b", ctx.text)
    measures = [m.column for m in ctx.mentions if m.column.numeric and not m.column.id_like and not m.column.time]
    if said is None or len({c.name for c in measures}) != 1:
        return None
    op = str(last["op"])
    if rest is not None:
        op = "lacks" if op == "has" else _NEGATE[op]
    return KindRequest(
        frame=ctx.frame, y=measures[0].name, column=last["column"], op=op, value=last["value"], agg=_AGGS[said[1]]
    )


def _condition(req: KindRequest) -> KindRequest:
    """The row test as the count wrote it ("lacks": the rows whose list does not have the label)."""
    return KindRequest.from_dict({**req.to_dict(), "op": "has" if req.op == "lacks" else req.op})


def code(req: KindRequest) -> str:
    """The cell for the request."""
    setup, test, can = _test(_condition(req))
    test = f"~({test})" if req.op == "lacks" else test
    return finish(
        [
            f"# {req.agg} of {req.y} over the rows where {_words(req)}",
            *setup,
            f"matches = ({test}) & {can}",
            f"values = {req.frame}.loc[matches, {col(req.y)}].dropna()",
            "print(values.describe().to_string())",
            "",
            'result = {"rows": len(' + req.frame + '), "matching": int(matches.sum()), "n": len(values), '
            f'"value": values.{req.agg}(), "other": values.{"median" if req.agg == "mean" else "mean"}()}}',
        ],
        f"{req.agg} of {req.y} where {_words(req)}",
    )


def _words(req: KindRequest) -> str:
    if req.op == "lacks":
        return f"{req.column} does not list {fmt(req.value)}"
    return _cond_words(req)


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    word = {"mean": "Mean", "median": "Median", "sum": "Total"}[req.agg]
    head = f"{word} of {req.y} where {_words(req)}, {fmt(result.get('n'))} of {fmt(result.get('rows'))} rows."
    if not result.get("n"):
        return f"{head}\n\nNo row where {_words(req)} has a {req.y} value."
    other = "" if req.agg == "sum" else f" ({'median' if req.agg == 'mean' else 'mean'} {fmt(result.get('other'))})"
    return f"{head}\n\nThe {word.lower()} {req.y} is **{fmt(result.get('value'))}**{other}."
