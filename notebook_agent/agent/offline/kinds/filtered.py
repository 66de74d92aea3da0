"""How many rows meet a condition, and what share ("how many had magnitude 5 or more")."""

from __future__ import annotations

import re
from typing import Any

from ..columns import find_values
from .base import NUM, Context, KindRequest, col, finish, fmt, nearest_before, positive_value

_ASK = re.compile(
    r"\bhow many\b|\bnumber of\b|\bcount\b|\bshare\b|\bpercent\w*|\bproportion\b|\bfraction\b|"
    r"\bhow often\b|\bwhat %"
)
_CONDITIONS = [
    (">=", re.compile(rf"(?:of\s+|at\s+)?(?P<v>{NUM})\s+or\s+(?:more|higher|above|greater|over|larger|bigger)")),
    ("<=", re.compile(rf"(?:of\s+|at\s+)?(?P<v>{NUM})\s+or\s+(?:less|lower|below|fewer|under|smaller)")),
    (">=", re.compile(rf"\bat\s+least\s+(?P<v>{NUM})|>=\s*(?P<v2>{NUM})")),
    ("<=", re.compile(rf"\bat\s+most\s+(?P<v>{NUM})|<=\s*(?P<v2>{NUM})")),
    (
        ">",
        re.compile(
            rf"\b(?:above|over|greater than|more than|higher than|deeper than|larger than|bigger than|"
            rf"longer than|heavier than|exceeding|exceeds)\s+(?P<v>{NUM})|>\s*(?P<v2>{NUM})"
        ),
    ),
    (
        "<",
        re.compile(
            rf"\b(?:below|under|less than|fewer than|lower than|shallower than|smaller than|shorter than|"
            rf"lighter than)\s+(?P<v>{NUM})|<\s*(?P<v2>{NUM})"
        ),
    ),
]
_EQUAL = re.compile(rf"\b(?:are|is|was|were|equal to|equals|exactly)\s+(?P<v>{NUM}|zero)\b")
_SYMBOL = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "==": "="}


def _share(text: str) -> bool:
    return bool(re.search(r"\bshare\b|\bpercent|\bproportion\b|\bfraction\b|\bwhat %", text))


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    if not _ASK.search(ctx.text) or re.search(r"\b(?:by|per|for each|each)\b", ctx.text):
        return None
    for op, rx in _CONDITIONS:
        m = rx.search(ctx.text)
        if not m:
            continue
        raw = m.group("v") or m.groupdict().get("v2")
        assert raw is not None  # every pattern matches its number as v or as v2
        value = float(raw)
        target = nearest_before(ctx.mentions, m.start())
        nums = [x for x in ctx.mentions if x.column.numeric]
        if target is None and len(nums) == 1:
            target = nums[0]
        if target is None:
            return None
        share = bool(re.search(r"\bshare\b|\bpercent|\bproportion\b|\bfraction\b|\bwhat %", ctx.text))
        return KindRequest(
            frame=ctx.frame,
            column=target.column.name,
            op=op,
            value=int(value) if value.is_integer() else value,
            share=share,
        )
    equal = _EQUAL.search(ctx.text)  # "what share of the counts are zero"
    target = nearest_before(ctx.mentions, equal.start()) if equal else None
    if equal and target is not None:
        value = 0.0 if equal.group("v") == "zero" else float(equal.group("v"))
        return KindRequest(
            frame=ctx.frame,
            column=target.column.name,
            op="==",
            value=int(value) if value.is_integer() else value,
            share=_share(ctx.text),
        )
    for m in re.finditer(rf"(?<![\w.])(?P<v>{NUM})\s+", ctx.text):  # "have 8 cylinders": equal to a value
        named = next((x for x in ctx.mentions if x.start == m.end() and x.column.numeric), None)
        if named is not None:
            value = float(m.group("v"))
            share = bool(re.search(r"\bshare\b|\bpercent|\bproportion\b|\bfraction\b|\bwhat %", ctx.text))
            return KindRequest(
                frame=ctx.frame,
                column=named.column.name,
                op="==",
                value=int(value) if value.is_integer() else value,
                share=share,
            )
    # "what share of employees left?": a two-valued column (Attrition: Yes/No) named by the question
    for x in ctx.mentions:
        if x.column.categorical and not x.column.id_like and (label := positive_value(x.column, ctx.question)):
            return KindRequest(frame=ctx.frame, column=x.column.name, op="==", value=label, share=_share(ctx.text))
    # "what share of orders were in the West?": the rows with the one value the question names
    strong = [(x.start, x.end) for x in ctx.mentions if x.score >= 90]
    values = find_values(ctx.question, ctx.catalog, ctx.frame, strong)
    measured = any(x.column.numeric for x in ctx.mentions)  # "what percentage of people live in cities in X": a value
    if _share(ctx.text) and not measured and len({(v.column.name, v.value) for v in values}) == 1:
        return KindRequest(frame=ctx.frame, column=values[0].column.name, op="==", value=values[0].value, share=True)
    return None


def code(req: KindRequest) -> str:
    """The cell for the request."""
    c = col(req.column)
    return finish(
        [
            f"# Rows where {req.column} {req.op} {req.value}",
            f"known = {req.frame}[{c}].notna()",
            f"matches = {req.frame}[{c}] {req.op} {req.value!r}",
            "",
            "percent = round(100 * matches.sum() / max(known.sum(), 1), 1)",
            f'result = {{"rows": len({req.frame}), "known": int(known.sum()), "matching": int(matches.sum()), '
            '"percent": percent}',
        ],
        f"rows where {req.column} {req.op} {req.value}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    rows, known, hits = result.get("rows") or 0, result.get("known") or 0, result.get("matching") or 0
    cond = f"{req.column} {_SYMBOL.get(req.op or '', req.op)} {fmt(req.value)}"
    pct = f"{result.get('percent')}%" if known else "n/a"
    text = f"Rows with {cond}, out of {fmt(rows)} rows.\n\n**{fmt(hits)} of {fmt(known)}** rows ({pct})"
    if known < rows:
        text += f"; {fmt(rows - known)} rows have no {req.column} value and are not counted"
    return text + "."
