"""A measure per record of a repeated code: "average order value", "how many items per basket on average".

Rows are often lines of something bigger (order lines of an order, items of an invoice): a code column repeats
on each line. "Average order value" is then the money of each order's lines added up, averaged over orders,
not the mean of the lines. The money is the column named, else the one amount taken on each line
(total_price), else price × quantity; a size ("basket size", "items per order") is the quantity summed, else
the lines counted.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import repeats, rows_noun
from ..columns import Column
from ..menu import PRICE
from . import money
from .base import Context, KindRequest, col, finish, fmt

_AVERAGE = r"(?:average|avg|mean|median|typical)"
# "average order value", "mean basket size", "median invoice total"
_RECORD_THEN_WHAT = re.compile(
    rf"\b{_AVERAGE}\s+(?P<rec>[a-z]+)\s+(?P<what>value|size|total|amount|spend|revenue|worth)\b"
)
# "average revenue per order", "how many pizzas per order on average", "mean spend per transaction"
_PER_RECORD = re.compile(r"\bper\s+(?P<rec>[a-z]+)\b")
_SIZE = frozenset({"size"})
# One purchase by whichever name the export gives it
_PURCHASES = frozenset({"order", "basket", "cart", "ticket", "check", "receipt", "purchase", "transaction", "invoice"})
# "order size in dollars": a size said in money is its value
_IN_MONEY = re.compile(r"\bin\s+(?:dollars|\$|euros|pounds|money)|\$")
_QUANTITY = frozenset({"qty", "quantity", "units", "unit", "items", "item", "pieces"})


def _record(ctx: Context, word: str) -> Column | None:
    """The code column whose subject the word is, when its values repeat (several rows per record)."""
    code = rows_noun(ctx.catalog, ctx.frame, word)
    if code is None and word in _PURCHASES:  # "order size" of a POS log's Transaction ID: one purchase, its lines
        codes = [c for c in ctx.columns() if c.id_like and set(c.stems) & _PURCHASES]
        code = codes[0] if len(codes) == 1 else None
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    if code is None or not code.id_like or not repeats(code, int(0.95 * rows)):
        return None
    return code


def _quantity(ctx: Context) -> Column | None:
    """The one column of quantities bought on each line, if the frame has one."""
    found = [
        c
        for c in ctx.columns()
        if c.numeric and not c.id_like and set(c.significant) & _QUANTITY and not set(c.significant) & PRICE
    ]  # unit_price is a price, not units
    return found[0] if len(found) == 1 else None


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    agg = "median" if "median" in ctx.text else "mean"
    m = _RECORD_THEN_WHAT.search(ctx.text)
    if m:
        record, what = _record(ctx, m.group("rec")), m.group("what")
    else:
        if not re.search(rf"\b{_AVERAGE}\b|\bon average\b", ctx.text):
            return None
        per = [p for p in _PER_RECORD.finditer(ctx.text) if _record(ctx, p.group("rec")) is not None]
        if not per:
            return None
        record, what = _record(ctx, per[0].group("rec")), ""
    if record is None:
        return None
    by = re.search(r"\b(?:by|for\s+each|across)\s+", ctx.text)
    if by and any(m.start >= by.end() and m.column.categorical and m.column != record for m in ctx.mentions):
        return None  # "avg milk yield per cow by breed": a mean per group, "per cow" says what a row is
    named = [x.column for x in ctx.mentions if x.column.numeric and x.column != record and not x.column.id_like]
    if len(named) > 1:
        return None
    if named:
        return KindRequest(frame=ctx.frame, y=named[0].name, group=record.name, agg=agg)
    # "how many orders are there, and what's the average order total?": a count in another part asks no size
    clause = re.split(r"[,;?]|\band\b", ctx.text[: m.start()])[-1] + ctx.text[m.start() :] if m else ctx.text
    counted = re.search(r"\bhow many\b|\bnumber of\b", clause)
    if (what in _SIZE and not _IN_MONEY.search(ctx.text)) or counted:
        qty = _quantity(ctx)  # a size: what the lines bought, else how many lines
        return KindRequest(frame=ctx.frame, y=qty.name if qty else None, group=record.name, agg=agg)
    found = money._money_columns(ctx) or _net_of_two(ctx)
    if found is None:
        return None
    y, times = found
    return KindRequest(frame=ctx.frame, y=y.name, column=times.name if times else None, group=record.name, agg=agg)


def _net_of_two(ctx: Context) -> tuple[Column, None] | None:
    """Of a gross and a net amount on each line (Gross Sales, Net Sales), the net: what the order came to."""
    taken = [c for c in ctx.columns() if c.numeric and c.additive and set(c.significant) & {"sale", "sales", "amount"}]
    net = [c for c in taken if "net" in c.stems]
    if len(taken) == 2 and len(net) == 1 and any("gross" in c.stems for c in taken):
        return net[0], None
    return None


def _what(req: KindRequest) -> str:
    if req.y is None:
        return "rows"
    return f"{req.y} × {req.column}" if req.column else str(req.y)


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f, g = req.frame, col(req.group)
    if req.y is None:
        each = f"{f}.groupby({g}).size()"
    elif req.column:
        each = f"({f}[{col(req.y)}] * {f}[{col(req.column)}]).groupby({f}[{g}]).sum()"
    else:
        # an amount the export writes again on every line of its record (an invoice's own total) is taken once
        return finish(
            [
                f"# {_what(req)} of each {req.group} (added up over its lines, or once when every line repeats it),"
                f" then the {req.agg} over them",
                f"lines = {f}.groupby({g})[{col(req.y)}]",
                "once = bool((lines.nunique() <= 1).all())",
                "per_record = lines.first() if once else lines.sum()",
                "print(per_record.describe().to_string())",
                "",
                'result = {"records": len(per_record), "rows": len(' + f + '), "mean": per_record.mean(), '
                '"median": per_record.median(), "total": per_record.sum(), "once": once}',
            ],
            f"{req.agg} {_what(req)} per {req.group}",
        )
    return finish(
        [
            f"# {_what(req)} added up for each {req.group}, then the {req.agg} over them",
            f"per_record = {each}",
            "print(per_record.describe().to_string())",
            "",
            'result = {"records": len(per_record), "rows": len(' + f + '), "mean": per_record.mean(), '
            '"median": per_record.median(), "total": per_record.sum()}',
        ],
        f"{req.agg} {_what(req)} per {req.group}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    what = _what(req)
    once = result.get("once") is True
    head = (
        f"{req.agg.capitalize()} of {what} {'taken once' if once else 'summed'} per {req.group}, "
        f"{fmt(result.get('records'))} {req.group} values over {fmt(result.get('rows'))} rows."
    )
    other = "median" if req.agg == "mean" else "mean"
    how = (
        f"Each {req.group}'s lines repeat its {what}, so it is taken once per {req.group}"
        if once
        else f"Each {req.group}'s rows are added up first, so this is per {req.group}"
    )
    return (
        f"{head}\n\n**{fmt(result.get(req.agg))}** per {req.group} ({other} {fmt(result.get(other))}); "
        f"{fmt(result.get('total'))} in all. {how}, not per row."
    )
