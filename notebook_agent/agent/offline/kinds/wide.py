"""A wide table: one numeric column per quarter or month ("Q1 2024 ($)" … "Q4 2024 ($)", "Jan" … "Dec").

The periods are columns, not a date column's calendar: "total donations in each quarter" sums each period column,
"which quarter brought in the most money?" is the column with the largest sum, and "average annual giving per
donor" is each row's total across the period columns (its mean per group when a label is named; "how many gave
nothing at all" counts the rows whose total is zero). A date column named in the question keeps its own reading.
"""

from __future__ import annotations

import re
from typing import Any

from ..columns import MONTH_NAME as _MONTH
from ..columns import QUARTER_NAME as _QUARTER
from ..columns import period_columns
from .base import Context, KindRequest, col, finish, fmt, said_where, where_mask

_ASK_PERIOD = {
    "Q": re.compile(r"\bquarter(?:s|ly)?\b"),
    "M": re.compile(r"\bmonth(?:s|ly)?\b"),
}
_WHOLE = re.compile(
    r"\b(?:annual(?:ly)?|yearly|per\s+year|a\s+year|each\s+year|all\s+year|whole\s+year|in\s+(?:19|20)\d\d|"
    r"at\s+all|over\s+the\s+year)\b"
)
_NOTHING = re.compile(r"\b(?:nothing|zero|no\s+money|not\s+a\s+(?:penny|cent))\b")
_RANK = re.compile(r"\b(?:which|what)\b")
_GAP = re.compile(r"\b(?:missing|blank|empty|no\s+(?:data|number|figure|value)s?)\b")
_MAX = re.compile(r"\b(?:most|highest|largest|biggest|best|top|greatest|more|busiest|busier)\b")
_MIN = re.compile(r"\b(?:least|lowest|smallest|fewest|worst|less|quietest|slowest)\b")
_MEAN = re.compile(r"\b(?:average|avg|mean|typical)\b")
_BY = re.compile(r"\b(?:by|per|for\s+each|each|across|vs|versus|compared|between)\b")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    wide = period_columns(ctx.columns())
    if wide is None:
        return None
    period, cols = wide
    names = {c.name for c in cols}
    others = [m for m in ctx.mentions if m.column.name not in names]
    if any(m.column.is_date or (m.column.numeric and not m.column.id_like) for m in others):
        return None  # a date or another measure named: not the period columns
    text = ctx.text
    if _QUARTER.search(text) or (period == "M" and _MONTH.search(text)):
        return None  # one period named ("Q3"): the general reader
    order = "min" if _MIN.search(text) and not _MAX.search(text) else "max"
    if _ASK_PERIOD[period].search(text) and not _GAP.search(text):
        agg = "mean" if _MEAN.search(text) else "sum"
        ranked = bool(_RANK.search(text) and (_MAX.search(text) or _MIN.search(text)))
        return KindRequest(
            frame=ctx.frame, column=" | ".join(c.name for c in cols), agg=agg, order=order, period=period,
            share=ranked,
        )  # fmt: skip
    if asks_gap(ctx):  # "how many stations are missing data for at least one month": a period left blank
        return KindRequest(frame=ctx.frame, column=" | ".join(c.name for c in cols), agg="row", op="gap")
    groups = [
        m.column
        for m in others
        if (m.column.categorical or m.column.few_values)
        and not m.column.id_like
        # ("average yearly entries for a brooklyn station": one station's year, of the borough's rows)
        and not re.search(r"\b(?:a|an|one)\s+(?:[a-z]+\s+)?$", text[: m.start])
    ]
    # "which brooklyn station is busiest": the rows named by a label, ranked by their whole year
    ranked_rows = bool(groups and _RANK.search(text) and re.search(r"\bbusi(?:est|er)\b", text))
    if not _WHOLE.search(text) and not ranked_rows:
        return None
    req = KindRequest(frame=ctx.frame, column=" | ".join(c.name for c in cols), agg="row", order=order)
    req.where = said_where(ctx, set())  # ("for a brooklyn station": those rows only)
    if _NOTHING.search(text) and re.search(r"\bhow\s+many\b", text):
        req.op = "zero"
        return req
    if groups:
        req.group = groups[0].name
        req.share = bool(_RANK.search(text) and (_MAX.search(text) or _MIN.search(text)))
        # "which station is busiest over the year": a station's rows added up; "average annual giving": a mean
        req.total_agg = "sum" if req.share and not _MEAN.search(text) else "mean"
        req.where = said_where(ctx, {req.group})
    return req


def asks_gap(ctx: Context) -> bool:
    """Whether the question counts rows with a period column left blank, of a wide table."""
    wide = period_columns(ctx.columns())
    return (
        wide is not None
        and re.search(r"\bhow\s+many\b", ctx.text) is not None
        and _GAP.search(ctx.text) is not None
        and _ASK_PERIOD[wide[0]].search(ctx.text) is not None
    )


def _group_agg(req: KindRequest) -> str:
    """How a group's row totals are put together: added up when ranked so, else averaged."""
    return "sum" if req.total_agg == "sum" and req.share else "mean"


def _cols(req: KindRequest) -> list[str]:
    return (req.column or "").split(" | ")


def code(req: KindRequest) -> str:
    """The cell for the request."""
    cols = "[" + ", ".join(col(c) for c in _cols(req)) + "]"
    data = f"{req.frame}[{cols}].apply(pd.to_numeric, errors='coerce')"
    if req.agg in ("sum", "mean"):
        word = "Total" if req.agg == "sum" else "Average"
        return finish(
            [
                f"# {word} of each period column",
                "import pandas as pd",
                "",
                f"values = {data}",
                f"per_period = values.{req.agg}()",
                "",
                'result = {"per_period": {k: float(v) for k, v in per_period.items()}, "rows": len(values)}',
            ],
            f"{word.lower()} of each period column",
        )
    lines = ["# Each row's total across the period columns", "import pandas as pd", ""]
    rows = req.frame
    if req.where:  # (the rows named, kept apart: the frame itself stays whole for the next question)
        lines += [f"rows = {req.frame}[{where_mask(req.frame, req.where)}]"]
        rows, data = "rows", f"rows[{cols}].apply(pd.to_numeric, errors='coerce')"
    lines += [f"values = {data}", "row_total = values.sum(axis=1)"]
    if req.op == "zero":
        lines += [
            "",
            'result = {"zero": int((row_total == 0).sum()), "rows": len(row_total)}',
        ]
    elif req.op == "gap":
        lines += [
            "gaps = values.isna().any(axis=1)  # a period left blank or unreadable (N/A)",
            "",
            'result = {"gaps": int(gaps.sum()), "rows": len(values)}',
        ]
    elif req.group:
        lines += [
            f"per_group = row_total.groupby({rows}[{col(req.group)}]).{_group_agg(req)}()",
            "",
            'result = {"per_group": {str(k): float(v) for k, v in per_group.items()}, "rows": len(row_total)}',
        ]
    else:
        lines += [
            "",
            'result = {"mean": float(row_total.mean()), "median": float(row_total.median()), '
            '"total": float(row_total.sum()), "rows": len(row_total)}',
        ]
    return finish(lines, "row totals across the period columns")


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    cols = _cols(req)
    span = f"{cols[0]} … {cols[-1]}" if len(cols) > 2 else " and ".join(cols)
    rows = fmt(result.get("rows"))
    if req.agg in ("sum", "mean"):
        per: dict[str, float] = result.get("per_period") or {}
        word = "Total" if req.agg == "sum" else "Average"
        head = f"{word} of each period column ({span}), {rows} rows."
        lines = [head, ""] + [f"- {k}: **{fmt(v)}**" for k, v in per.items()]
        if per:
            pick = max if req.order == "max" else min
            best = pick(per, key=lambda k: per[k])
            end = "highest" if req.order == "max" else "lowest"
            line = f"{best} has the {end} {word.lower()}: **{fmt(per[best])}**."
            lines = [head, "", line, "", *lines[2:]] if req.share else [*lines, "", line]
        return "\n".join(lines)
    head = f"Each row's total across {span}"
    if req.where:
        head += " where " + " and ".join(f"{c} = {v}" for c, v in req.where)
    if req.op == "zero":
        return f"{head}, {rows} rows.\n\n**{fmt(result.get('zero'))}** rows total zero across {span}."
    if req.op == "gap":
        return f"Rows with a blank among {span}, {rows} rows.\n\n**{fmt(result.get('gaps'))}** rows miss at least one."
    if req.group:
        per = result.get("per_group") or {}
        summed = _group_agg(req) == "sum"
        lines = [f"{head}, {'added up' if summed else 'averaged'} per {req.group}, {rows} rows.", ""]
        if per:
            pick = max if req.order == "max" else min
            best = pick(per, key=lambda k: per[k])
            end = "highest" if req.order == "max" else "lowest"
            lines += [f"{req.group} **{best}** has the {end} {'total' if summed else 'average'}: {fmt(per[best])}.", ""]
        ranked = sorted(per.items(), key=lambda kv: -kv[1])
        lines += [f"- {k}: {fmt(v)}" for k, v in ranked[:20]]  # (a station list runs to hundreds)
        if len(ranked) > 20:
            lines.append(f"- … and {len(ranked) - 20} more {req.group} values (the result holds them all)")
        return "\n".join(lines)
    return (
        f"{head}, {rows} rows.\n\nAverage **{fmt(result.get('mean'))}** per row (median "
        f"{fmt(result.get('median'))}); all rows together {fmt(result.get('total'))}."
    )
