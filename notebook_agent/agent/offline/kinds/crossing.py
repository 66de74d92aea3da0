"""When a measure first passed a mark: "what year did Nigeria's population pass 100 million?".

"When did bitcoin first go above 10000", "which month did sales first reach 1m", "what year did it fall below 5%":
the measure per period of the time column (one row per period after the filters: its value; several: their total
for a quantity that adds up, else their mean), and the first period at or past the mark, with the value there and
the period before. A chart of the line with the mark drawn across it, when one is asked for.
"""

from __future__ import annotations

import re
from typing import Any

from .base import NUM, Context, KindRequest, col, finish, fmt, one_measure, said_where, where_mask

_ASKED = re.compile(
    r"\b(?:when|what\s+(?:year|month|day|date)|which\s+(?:year|month|day|date)|in\s+what\s+(?:year|month))\b"
    r"[^?.!]*?\b(?:first\s+)?(?P<verb>pass(?:ed)?|exceed(?:ed)?|reach(?:ed)?|cross(?:ed)?|hit|top(?:ped)?|"
    r"surpass(?:ed)?|(?:go|went|get|got|climb(?:ed)?|rise|rose)\s+(?:over|above|past|beyond|to)|"
    r"(?P<down>(?:fall|fell|drop(?:ped)?|go|went|dip(?:ped)?|sink|sank|get|got)\s+(?:below|under|beneath)))\s+"
    r"(?:the\s+)?[$€£]?(?P<n>" + NUM + r")\b"
)
_CHART = re.compile(r"\b(?:plot|chart|graph|draw|show)\b")
_BY_YEAR = re.compile(r"\b(?:what|which)\s+year\b|\bin\s+what\s+year\b")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    said = _ASKED.search(ctx.text)
    if said is None:
        return None
    when = ctx.catalog.time_column(ctx.frame)
    if when is None or not (when.is_date or when.year_like):
        return None
    y = one_measure(ctx, when, said.span("n"))  # the mark's number names no measure
    if y is None:
        return None
    period = "Y" if when.is_date and _BY_YEAR.search(ctx.text) else None
    period = "M" if when.is_date and re.search(r"\b(?:what|which)\s+month\b", ctx.text) else period
    return KindRequest(
        frame=ctx.frame,
        y=y.name,
        column=when.name,
        value=float(said["n"].replace(",", "")),
        order="min" if said["down"] else "max",
        period=period,
        where=said_where(ctx, {y.name, when.name}),
        agg="sum" if y.additive else "mean",
        share=bool(_CHART.search(ctx.text)),  # a chart asked for beside the answer
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    data = req.frame
    lines = [f"# When {req.y} first went {'below' if req.order == 'min' else 'to or past'} {fmt(req.value)}"]
    mask = where_mask(req.frame, req.where)
    if mask:
        lines.append(f"data = {req.frame}[{mask}]")
        data = "data"
    by = f"{data}[{col(req.column)}]"
    if req.period:
        by = f"{by}.dt.to_period({req.period!r})"
    test = "<" if req.order == "min" else ">="
    lines += [
        f"series = {data}.groupby({by})[{col(req.y)}].{req.agg}().dropna()",
        f"past = series[series {test} {req.value!r}]",
        "first = past.index[0] if len(past) else None",
    ]
    if req.share:
        lines += [
            "ax = series.plot(marker='.')",
            f"ax.axhline({req.value!r}, color='red', linestyle='--')",
            f"ax.set_ylabel({col(req.y)})",
        ]
    lines += [
        "before = series[series.index < first] if first is not None else series",
        "",
        f'result = {{"rows": len({data}), "periods": len(series), "first": None if first is None else str(first), '
        '"value": None if first is None else float(series[first]), '
        '"before": str(before.index[-1]) if first is not None and len(before) else None, '
        '"before_value": float(before.iloc[-1]) if first is not None and len(before) else None, '
        '"start": str(series.index[0]) if len(series) else None, '
        '"end": str(series.index[-1]) if len(series) else None, '
        '"last": float(series.iloc[-1]) if len(series) else None, '
        '"peak": float(series.max()) if len(series) else None, '
        '"low": float(series.min()) if len(series) else None}',
    ]
    return finish(lines, f"when {req.y} first passed {fmt(req.value)}")


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    where = "".join(f" where {c} = {v}" for c, v in req.where)
    unit = {"Y": " (by year)", "M": " (by month)"}.get(req.period or "", "")
    way = "below" if req.order == "min" else "to or past"
    head = (
        f"First {req.column}{unit} with {req.y} {way} {fmt(req.value)}{where}, "
        f"{fmt(result.get('periods'))} periods, {fmt(result.get('rows'))} rows."
    )
    first = result.get("first")
    span = f"from {result.get('start')} to {result.get('end')}"
    if first is None:
        edge = result.get("low") if req.order == "min" else result.get("peak")
        lowest = "lowest" if req.order == "min" else "highest"
        return f"{head}\n\n{req.y} never went {way} {fmt(req.value)} {span}: its {lowest} was {fmt(edge)}."
    text = f"{head}\n\n{req.y} first went {way} {fmt(req.value)} in **{first}**, at {fmt(result.get('value'))}"
    if result.get("before") is not None:
        text += f" (in {result.get('before')} it was {fmt(result.get('before_value'))})"
    text += f". The data runs {span}; the latest figure is {fmt(result.get('last'))}."
    if req.share:
        text += " The chart shows the line with the mark dashed across it."
    return text
