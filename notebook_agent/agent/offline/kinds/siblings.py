"""Which of a family of like columns ranks first: "which of the five campaigns got the highest acceptance rate?".

A word that fits several numeric columns equally (AcceptedCmp1 … AcceptedCmp5 for "acceptance") is asked about
when one is meant; when the question asks which of them is highest or lowest, the columns themselves are what is
ranked: the mean of each (a rate for yes/no columns of 0 and 1), or the total of each when a total is asked
for or the columns add up (money spent on each product).
"""

from __future__ import annotations

import re
from typing import Any

from ..columns import ambiguous, clock_period, stem
from ..menu import priced_counts
from .base import Context, KindRequest, col, finish, fmt

_LABEL_WORDS = frozenset({"category", "type", "class", "group", "code", "kind"})
_WHICH = re.compile(r"\b(?:which|what)\b|\brank\w*\b")
_MAX = re.compile(r"\b(?:most|highest|best|top|largest|biggest|greatest)\b")
_MIN = re.compile(r"\b(?:least|lowest|worst|fewest|smallest)\b")
_MEAN = re.compile(r"\b(?:average|avg|mean|rate|share|percent\w*|proportion|typical)\b|%")
_SUM = re.compile(r"\b(?:total|in\s+total|overall|altogether|sum)\b")
_SPENT = re.compile(r"\b(?:spen[dt]\w*|sold|sells?|bought|earn\w*)\b")  # money or goods that add up


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    if not _WHICH.search(ctx.text) or not (_MAX.search(ctx.text) or _MIN.search(ctx.text)):
        return None
    if clock_period(ctx.text) or re.search(
        r"\b(?:by|per|each|across|which|what)\s+(?:day|week|month|year|hour)", ctx.text
    ):
        return None  # "what time of day is consumption highest": a time of day is ranked, not the columns
    if any(m.column.categorical and not m.column.id_like for m in ctx.mentions):
        return None  # "which neighbourhood has the highest …": the groups of a label are ranked, not columns
    if (
        re.search(r"\b(?:money|revenue|income|dollars|takings)\b", ctx.text)
        and len(priced_counts(ctx.catalog, ctx.frame)) >= 2
    ):
        return None  # "which wash package makes us the most money": each count at its price, the money kind's
    unsure = ambiguous(ctx.question, ctx.catalog, ctx.frame)
    if not unsure:
        return None
    word, columns = unsure[0]
    if len(columns) < 2 or not all(c.numeric and not c.id_like for c in columns):
        return None
    if any(set(c.stems) & _LABEL_WORDS for c in columns):
        return None  # Product_Category_1 … _3: codes of a label (which one groups is asked), not measures to rank
    # the whole family: every like column with the word in its name ("Inflight wifi service", "On-board service"
    # beside "Checkin service"), on the same scale
    said = stem(word.lower())
    family = [
        c
        for c in ctx.columns()
        if c.numeric
        and not c.id_like
        and c.formula is None
        and said in c.significant
        and c.high == columns[0].high
        and c.low is not None
        and columns[0].low is not None
        and abs(c.low - columns[0].low) <= 1  # a 1-5 score beside one whose 0 is "not applicable"
    ]
    if len(family) > len(columns) and all(c in family for c in columns):
        columns = family
    flags = all(c.low is not None and c.high is not None and 0 <= c.low <= c.high <= 1 for c in columns)
    additive = all(c.additive for c in columns)
    agg = (
        "mean"
        if flags or _MEAN.search(ctx.text)
        else "sum"
        if additive or _SUM.search(ctx.text) or _SPENT.search(ctx.text)
        else "mean"
    )
    order = "min" if _MIN.search(ctx.text) and not _MAX.search(ctx.text) else "max"
    return KindRequest(frame=ctx.frame, column=" | ".join(c.name for c in columns), agg=agg, order=order, share=flags)


def _cols(req: KindRequest) -> list[str]:
    return (req.column or "").split(" | ")


def code(req: KindRequest) -> str:
    """The cell for the request."""
    cols = "[" + ", ".join(col(c) for c in _cols(req)) + "]"
    word = "mean" if req.agg == "mean" else "total"
    return finish(
        [
            f"# The {word} of each of {len(_cols(req))} like columns, ranked",
            f"each = {req.frame}[{cols}].agg({req.agg!r}).sort_values(ascending={req.order == 'min'})",
            "print(each.to_string())",
            "",
            f'result = {{"rows": len({req.frame}), "values": each}}',
        ],
        f"{word} of each column",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    word = "Mean" if req.agg == "mean" else "Total"
    values = {k: v for k, v in (result.get("values") or {}).items() if isinstance(v, int | float)}
    head = f"{word} of each of {', '.join(_cols(req))}, {fmt(result.get('rows'))} rows."
    if not values:
        return f"{head}\n\nNone of these columns has a value to rank."

    def shown(v: float) -> str:
        return f"{fmt(v)} ({100 * v:.2f}%)" if req.share else fmt(v)

    best = max(values.values()) if req.order == "max" else min(values.values())
    winners = [k for k, v in values.items() if v == best]
    end = "highest" if req.order == "max" else "lowest"
    listing = "\n".join(f"- {k}: {shown(v)}" for k, v in values.items())
    rate = " (the share of rows with 1)" if req.share else ""
    return (
        f"{head}\n\nThe {end}: " + " and ".join(f"**{k}**" for k in winners) + f" with {shown(best)}{rate}."
        f"\n\n{listing}"
    )
