"""A measure's typical value per calendar period: "avg daily trading volume", "average monthly sales".

One figure: the measure of each day (or week, month, year) of the date column, then the mean of those. A
quantity that adds up (sales, volume) is totalled within each period first, so "average daily sales" over order
lines is the mean of each day's total; a level (price, temperature) is averaged within each period, and said "per
month" it is listed month by month instead (read elsewhere), as is a chart "by month" or "each month". The answer
gives the mean, the median and the highest and lowest periods.
"""

from __future__ import annotations

import re
from typing import Any

from ..code import PERIOD_NAMES
from ..columns import find_values
from ..words import EATEN, PERIOD_CODES
from .base import Context, KindRequest, col, finish, fmt, one_date, said_where, where_mask

# "avg daily volume", "the average monthly revenue", "mean weekly hours", "average sales per day"
_ASKED = re.compile(
    r"\b(?:average|avg|mean|typical)\s+(?:\w+\s+){0,2}?(?P<ly>daily|weekly|monthly|yearly|annual)\b"
    r"|\b(?:average|avg|mean|typical)\b.*\b(?:per|a)\s+(?P<unit>day|week|month|year)\b"
    # "how much do i spend a month on average"
    r"|\b(?:per|a)\s+(?P<before>day|week|month|year)\b.*\b(?:on\s+)?(?:average|avg)\b"
    # "how many steps do i do on an average day", "in a typical week"
    r"|\b(?:on|in)\s+an?\s+(?:average|typical|normal|usual)\s+(?P<on>day|week|month|year)\b"
)
# "and protein per day?", "calories a day" of a food log: what is eaten adds up over a day
_EATEN_DAY = re.compile(r"\b(?:per|a)\s+(?P<unit>day)\b(?!\s+of\b)")
_LISTED = re.compile(
    r"\b(?:by|each|every|for\s+each|over\s+time|trend|plot|chart|graph|line|which|when|highest|lowest|most|least)\b"
)
# "how many diapers a day on average", "how many times a week do i work out on average": rows per period
_COUNTED = re.compile(r"\bhow\s+(?:many|often)\b")
_AMOUNTS = frozenset({"value", "amount", "qty", "quantity", "count", "total"})
_ADVERBS = {"D": "daily", "W": "weekly", "M": "monthly", "Y": "yearly"}  # the periods this kind reads


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    said = _ASKED.search(ctx.text) or _EATEN_DAY.search(ctx.text)
    if said is None or _LISTED.search(ctx.text):
        return None
    if said.re is _EATEN_DAY and not any(set(m.column.stems) & EATEN for m in ctx.mentions):
        return None  # ("protein per day" of a food log: each day's total, typically; not any level per day)
    ly, unit = said.groupdict().get("ly"), said["unit"] or said.groupdict().get("before") or said.groupdict().get("on")
    dates = [c for c in ctx.columns() if c.is_date and c.kind == "datetime"]
    named = [m.column for m in ctx.mentions if m.column in dates]
    # several dates (Transaction Date, Posted Date): the table's own time column, when it is one of them
    when = named[0] if named else one_date(ctx, dates)
    measures = {
        m.column.name: m.column
        for m in ctx.mentions
        if m.column.numeric and not m.column.id_like and not m.column.is_date and m.via != "time"
    }
    for m in ctx.mentions:
        if m.column.name in measures and _things_counted(ctx.text, m.word, m.column.name):
            del measures[m.column.name]  # "how many rooms do we clean a day" of a Room number: rooms are rows
    named_whole = {m.column.name for m in ctx.mentions if m.column.name in measures and m.score >= 90}
    if len(measures) > 1 and len(named_whole) == 1:  # "average daily electricity cost": Cost ($), named in full
        measures = {n: c for n, c in measures.items() if n in named_whole}
    if not measures and re.search(r"\b(?:that|this|it)\b", ctx.text):  # "how much is that a month": the last measure
        last = (ctx.last or ctx.general or {}).get("y")
        column = ctx.catalog.get(ctx.frame, last) if isinstance(last, str) else None
        measures = {column.name: column} if column is not None and column.numeric else {}
    years = [c for c in ctx.columns() if c.year_like and c.numeric and not c.is_date]
    as_is = False
    if when is None and len(years) == 1 and unit == "year":
        # a year kept as a number beside its month (the Met Office's yyyy, mm): each year's rows, as they are
        when, as_is = years[0], True
        measures.pop(when.name, None)
    if (
        when is not None
        and not measures
        and _COUNTED.search(ctx.text)
        and unit
        and (when.timed or _several_a_day(ctx, when))
    ):
        return _rows_per_period(ctx, when, PERIOD_CODES.get(unit, "D"))
    if when is None or len(measures) != 1:
        return None
    valued = {v.column.name for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])}
    if any(m.column.categorical and not m.column.id_like and m.column.name not in valued for m in ctx.mentions):
        return None  # "average weekly streams per genre": a typical week for each genre, read elsewhere
    y = next(iter(measures.values()))
    if unit and not (y.additive or set(y.stems) & EATEN):
        return None  # "average temperature per month": a level listed month by month, read elsewhere
    period = PERIOD_CODES.get((ly or unit or "").replace("annual", "yearly"), "D")
    if period not in _ADVERBS:
        return None
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    eaten = bool(set(y.stems) & EATEN)  # a food log's rows are its meals: each day's add up, whatever else
    mine = re.search(r"\b(?:my|our|i|we)\b", ctx.text) is not None  # one home's devices: its day is their sum
    if period == "D" and not when.timed and when.days and rows > 1.05 * when.days and not eaten and not mine:
        return None  # a day's rows are already days (of each home, each store): their mean, read elsewhere
    return KindRequest(
        op="as_is" if as_is else None,
        frame=ctx.frame,
        y=y.name,
        column=when.name,
        period=period,
        agg="sum" if y.additive or set(y.stems) & EATEN else "mean",
        where=said_where(ctx, {y.name, when.name}),  # "... for Category Merchandise": that label's rows only
    )


def _things_counted(text: str, word: str, name: str) -> bool:
    """Whether "how many rooms" is said of a column named in the singular (Room 214): rows counted, each a room."""
    single = name.strip().lower()
    return (
        re.fullmatch(r"[a-z]{3,}", single) is not None
        and word.lower() in (single + "s", single + "es")
        and re.search(rf"\bhow\s+many\s+{re.escape(word.lower())}\b", text) is not None
    )


def _several_a_day(ctx: Context, when: Any) -> bool:
    """Whether the dates hold several rows a day (events logged as they happen), not one row per day."""
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    return bool(when.days) and rows > 1.5 * when.days


def _rows_per_period(ctx: Context, when: Any, period: str) -> KindRequest | None:
    """Rows (of the question's one label value, if said) counted per period, then averaged over the periods."""
    if period not in _ADVERBS:
        return None
    if any(c.numeric and not c.id_like and set(c.stems) & _AMOUNTS for c in ctx.columns()):
        return None  # a long table's value ("active calories" of Apple Health's value): an amount, not rows
    return KindRequest(
        op="rows",
        frame=ctx.frame,
        y=None,
        column=when.name,
        period=period,
        agg="size",
        where=said_where(ctx, {when.name}),
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    unit = PERIOD_NAMES[req.period or "D"]
    if req.op == "rows":
        return _rows_code(req, unit)
    within = "total" if req.agg == "sum" else "mean"
    data, mask = req.frame, where_mask(req.frame, req.where)
    kept = [f"data = {req.frame}[{mask}]"] if mask else []
    if req.op == "as_is":  # a column of years: grouped by it as it is (a year with no values is none)
        data = "data" if mask else req.frame
        agg = "sum(min_count=1)" if req.agg == "sum" else "mean()"
        grouped = f"per_{unit} = {data}.groupby({col(req.column)})[{col(req.y)}].{agg}.dropna()"
    else:
        if mask:
            data = "data"
            # every month of the table counts, also one without rows of the label (a month spent nothing on it)
            span = f"{req.frame}[{col(req.column)}].dt.to_period({req.period!r})"
            kept.append(f"periods = pd.period_range({span}.min(), {span}.max(), freq={req.period!r})")
        grouped = (
            f"per_{unit} = {data}.groupby({data}[{col(req.column)}].dt.to_period({req.period!r}))"
            f"[{col(req.y)}].{req.agg}()"
        )
        if mask:
            grouped += ".reindex(periods, fill_value=0)" if req.agg == "sum" else ""
    return finish(
        [
            f"# {req.y}: the {within} of each {unit}, then the mean over the {unit}s",
            *kept,
            grouped,
            f"print(per_{unit}.describe())",
            "",
            _summary(data, unit),
        ],
        f"{req.y} per {unit}",
    )


def _summary(data: str, unit: str) -> str:
    """The result line of a series `per_<unit>`: its mean, median and highest and lowest periods."""
    per = f"per_{unit}"
    return (
        f'result = {{"rows": len({data}), "periods": len({per}), "mean": {per}.mean(), '
        f'"median": {per}.median(), "top": str({per}.idxmax()) if len({per}) else None, '
        f'"top_value": {per}.max(), "low": str({per}.idxmin()) if len({per}) else None, '
        f'"low_value": {per}.min()}}'
    )


def _rows_code(req: KindRequest, unit: str) -> str:
    """Rows per period over the table's whole span (a day without any of them counts as none), then the mean."""
    mask = where_mask(req.frame, req.where)
    span = f"{req.frame}[{col(req.column)}].dt.to_period({req.period!r})"
    data = "data" if mask else req.frame
    return finish(
        [
            f"# rows per {unit}, every {unit} from the first to the last counted, then the mean over the {unit}s",
            *([f"data = {req.frame}[{mask}]"] if mask else []),
            f"periods = pd.period_range({span}.min(), {span}.max(), freq={req.period!r})",
            f"per_{unit} = {data}.groupby({data}[{col(req.column)}].dt.to_period({req.period!r})).size()"
            ".reindex(periods, fill_value=0)",
            f"print(per_{unit}.describe())",
            "",
            _summary(data, unit),
        ],
        f"rows per {unit}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    unit = PERIOD_NAMES[req.period or "D"]
    if req.op == "rows":
        where = "".join(f" where {c} = {v}" for c, v in req.where)
        return (
            f"Mean over {fmt(result.get('periods'))} {unit}s of the rows each {unit} (by {req.column}){where}, "
            f"{fmt(result.get('rows'))} rows.\n\nOn average **{fmt(result.get('mean'))}** a {unit} "
            f"(median {fmt(result.get('median'))}). Most: {result.get('top')} ({fmt(result.get('top_value'))}); "
            f"fewest: {result.get('low')} ({fmt(result.get('low_value'))})."
        )
    within = "total" if req.agg == "sum" else "mean"
    periods = result.get("periods") or 0
    where = "".join(f" where {c} = {v}" for c, v in req.where)
    head = (
        f"Mean over {fmt(periods)} {unit}s of each {unit}'s {within} of {req.y} (by {req.column}){where}, "
        f"{fmt(result.get('rows'))} rows."
    )
    if periods and periods == result.get("rows"):  # one row a day (a daily export): the mean of its rows
        head = f"Mean of {req.y}, one row a {unit}{where}, {fmt(result.get('rows'))} rows."
    if not periods:
        return head + f"\n\nNo {unit} has a {req.y} value."
    return (
        f"{head}\n\nThe average {_ADVERBS[req.period or 'D']} {req.y} is **{fmt(result.get('mean'))}** "
        f"(median {fmt(result.get('median'))}). Highest: {result.get('top')} ({fmt(result.get('top_value'))}); "
        f"lowest: {result.get('low')} ({fmt(result.get('low_value'))})."
    )
