"""Two measures set side by side: "total spend on wine compared with meat", "average income vs average recency".

One figure each (the total, mean or median the question asks for) over the same rows, and how they compare: the
difference and the ratio. A relationship between them ("does X go with Y", "X against Y") is a correlation or a
scatter, read elsewhere.
"""

from __future__ import annotations

import re
from typing import Any

from ..columns import Column
from ..words import CURRENCY, MONEY_PARTS
from .base import Context, KindRequest, col, finish, fmt

_BETWEEN = re.compile(r"^\s*(?:compared\s+(?:with|to)|vs\.?|versus|or|and|than)\s+")
_RELATION = re.compile(
    r"\bcorrelat|\bcorrs?\b|\brelat|\bscatter\b|\bplot\b|\bchart\b|\bgraph\b|\bagainst\b|\baffect|\bgo\s+with\b"
)
_TOTAL = re.compile(r"\b(?:total|in\s+total|sum|altogether|overall|how\s+much)\b")
_MEAN = re.compile(r"\b(?:average|avg|mean|typical)\b")
_BETWEEN_WORDS = re.compile(r"^[\s\w]*$")


def _code(c: Column) -> bool:
    """Whole numbers of a short range (a 0/1 flag, SEX 1/2, a rating 1-5): they split rows, not amounts to add."""
    if "int" not in c.dtype.lower() or (c.additive and c.low == 0):
        return False  # (fatal accidents 0-3 per airline: a count, few values or not)
    if c.low == 0 and (c.high or 0) >= 2 and re.search(r"[a-z]s$", c.name.strip().lower()):
        return False  # (a biathlete's Prone Misses, 0 to 5: a count in the plural, not a code)
    if c.n_unique is not None:
        return c.n_unique <= 10
    return c.low is not None and c.high is not None and c.high - c.low <= 10


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    if _RELATION.search(ctx.text):
        return None
    measures = [
        m
        for m in ctx.mentions
        if m.column.numeric and not m.column.id_like and not m.column.time and not _code(m.column)
    ]  # a code of a few values (SEX 1/2, a 0/1 flag) splits rows, it is not a measure to total
    others = [m for m in ctx.mentions if m not in measures and not m.column.is_date]
    if any(m.column.numeric and _code(m.column) for m in ctx.mentions):
        return None
    if len(measures) != 2 or others or measures[0].column == measures[1].column:
        return None
    a, b = measures
    gap = ctx.text[a.end : b.start]
    # "wine compared with meat", "wine vs meat": the connective, with at most "average"/"total" said again
    if not _BETWEEN.match(gap) or len(gap.split()) > 5:
        return None
    for per in re.finditer(r"\b(?:by|per|for\s+each|each|across)\s+(?:the\s+)?", ctx.text[b.end :]):
        at = b.end + per.end()
        if any(m.start <= at < m.end for m in ctx.mentions) or ctx.text.startswith(("a ", "an "), at):
            return None  # "wine and meat by education": per group, read elsewhere
        if re.match(r"(?:month|year|week|day|quarter|hour|weekday)s?\b", ctx.text[at:]):
            return None  # a period of the dates
        # "deep sleep and rem per night": what each row is, not a grouping
    agg = "median" if "median" in ctx.text else "mean" if _MEAN.search(ctx.text) else None
    bare = "".join(" " if any(m.start <= i < m.end for m in measures) else ch for i, ch in enumerate(ctx.text))
    if agg is None and _TOTAL.search(bare):  # "total" of Total_Trans_Amt names the column, it asks for no sum
        agg = "sum"
    if agg is None:
        return None
    # "how much did we collect altogether, coins and cards": two amounts of one sort also add up to one whole
    together = agg == "sum" and (
        (_money(a.column) and _money(b.column)) or (a.column.additive and a.column.stems[-1:] == b.column.stems[-1:])
    )
    return KindRequest(
        frame=ctx.frame, y=a.column.name, column=b.column.name, agg=agg, op="together" if together else None
    )


def _money(c: Column) -> bool:
    """Money by its name or by the "$" its values are written with (Coins $, Card $, "$2,160")."""
    return bool(CURRENCY.search(c.name) or set(c.stems) & MONEY_PARTS) or (
        c.numeric_text and any(v.strip().startswith(("$", "£", "€", "-$")) for v in c.values)
    )


_WORD = {"sum": "total", "mean": "mean", "median": "median"}


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f, a, b = req.frame, col(req.y), col(req.column)
    return finish(
        [
            f"# The {_WORD[req.agg]} of {req.y} and of {req.column}, side by side",
            f"both = {f}[[{a}, {b}]].agg({req.agg!r})",
            "print(both.to_string())",
            "",
            f'result = {{"rows": len({f}), "a": both[{a}], "b": both[{b}], '
            f'"given_a": int({f}[{a}].notna().sum()), "given_b": int({f}[{b}].notna().sum())}}',
            *(["print('Together:', both.sum())", 'result["together"] = both.sum()'] if req.op == "together" else []),
        ],
        f"{_WORD[req.agg]} of {req.y} and {req.column}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    word = _WORD[req.agg]
    a, b = result.get("a"), result.get("b")
    head = f"{word.capitalize()} of {req.y} and of {req.column}, {fmt(result.get('rows'))} rows."
    lines = [head, "", f"- {req.y}: **{fmt(a)}**", f"- {req.column}: **{fmt(b)}**"]
    if isinstance(a, int | float) and isinstance(b, int | float):
        high = req.y if a >= b else req.column
        big, small = max(a, b), min(a, b)
        ratio = f", {big / small:.2f} times as much" if small > 0 else ""
        lines += ["", f"{high} is higher by {fmt(big - small)}{ratio}."] if a != b else ["", "They are equal."]
        if req.op == "together" and isinstance(
            result.get("together"), int | float
        ):  # (the kernel's sum, not one made here)
            lines += ["", f"Together: **{fmt(result['together'])}**."]
    return "\n".join(lines)
