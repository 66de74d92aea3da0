"""The biggest move of a measure from one day (week, month) to the next: "biggest one-day drop in %".

"What was the biggest one-day drop in %, and which day was it?", "largest daily gain", "the sharpest single-month
rise in sales": the measure per period of the date column (a total for a quantity that adds up, a mean for a
level such as a price), its change from each period to the one before (in % when asked), and the period where
that change is lowest (a drop), highest (a rise) or largest either way (a move).
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import Column
from ..code import PERIOD_NAMES
from ..words import PERIOD_CODES
from .base import Context, KindRequest, col, finish, fmt

_ASKED = re.compile(
    r"\b(?:biggest|largest|greatest|worst|best|highest|steepest|sharpest|most)\s+"
    r"(?:(?:one|1|single)[\s-]*(?P<unit>day|week|month|year)|(?P<ly>daily|weekly|monthly|day[\s-]+on[\s-]+day))\s+"
    r"(?:percent(?:age)?\s+|%\s+)?(?P<dir>drop|fall|decline|loss|crash|plunge|gain|rise|jump|increase|surge|change|"
    r"move|swing)s?\b"
)
_FALLS = frozenset({"drop", "fall", "decline", "loss", "crash", "plunge"})
_RISES = frozenset({"gain", "rise", "jump", "increase", "surge"})
# A price table's measure when the question names none (Kaggle's stock files: open, high, low, close, volume)
PRICE_NAMES = ("close", "adj close", "adj_close", "price", "closing price", "value")


def named_else_price(named: dict[str, Column], numbers: list[Column]) -> Column | None:
    """The one measure named; else (none named) the closing price, else the one number; None when unclear."""
    if len(named) == 1:
        return next(iter(named.values()))
    if named:
        return None
    priced = [c for name in PRICE_NAMES for c in numbers if c.name.lower() == name]
    if priced:
        return priced[0]
    return numbers[0] if len(numbers) == 1 else None


def _measure(ctx: Context, said: re.Match[str]) -> Column | None:
    """The measure named (not by the words of the move: "biggest" is no Volume), else Close, else the one measure."""
    named = {
        m.column.name: m.column
        for m in ctx.mentions
        if m.column.numeric and not m.column.id_like and not (said.start() <= m.start < said.end())
    }
    numbers = [c for c in ctx.columns() if c.numeric and not c.id_like and not c.is_date and not c.year_like]
    return named_else_price(named, numbers)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    said = _ASKED.search(ctx.text)
    if said is None:
        return None
    dates = [c for c in ctx.columns() if c.is_date and c.kind == "datetime"]
    if len(dates) != 1:
        return None
    y = _measure(ctx, said)
    if y is None:
        return None
    word = said["dir"]
    order = "min" if word in _FALLS else "max" if word in _RISES else "abs"
    unit = said["unit"] or ("daily" if (said["ly"] or "").startswith("day") else said["ly"])
    return KindRequest(
        frame=ctx.frame,
        y=y.name,
        column=dates[0].name,
        period=PERIOD_CODES[unit or "day"],
        order=order,
        share=bool(re.search(r"%|\bpercent", ctx.text)),
        agg="sum" if y.additive else "mean",
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    unit = PERIOD_NAMES[req.period or "D"]
    change = "series.pct_change() * 100" if req.share else "series.diff()"
    pick = {"min": "change.idxmin()", "max": "change.idxmax()"}.get(req.order, "change.abs().idxmax()")
    return finish(
        [
            f"# {req.y} from each {unit} to the next{' in %' if req.share else ''}: the biggest move",
            f"series = {req.frame}.groupby({req.frame}[{col(req.column)}].dt.to_period({req.period!r}))"
            f"[{col(req.y)}].{req.agg}()",
            f"change = {change}",
            f"when = {pick}",
            "print(change.sort_values().head(5), change.sort_values().tail(5), sep='\\n')",
            "",
            'result = {"rows": len(' + req.frame + '), "periods": len(series), "when": str(when), '
            '"change": change[when], "before": series.shift(1)[when], "after": series[when]}',
        ],
        f"biggest {unit}-to-{unit} move of {req.y}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    unit = PERIOD_NAMES[req.period or "D"]
    what = {"min": "fall", "max": "rise"}.get(req.order, "move")
    pct = "%" if req.share else ""
    head = (
        f"Change in {req.y} from one {unit} to the next{' in %' if req.share else ''} (by {req.column}), "
        f"{fmt(result.get('periods'))} {unit}s, {fmt(result.get('rows'))} rows."
    )
    change = result.get("change")
    if change is None:
        return head + f"\n\nThere are not two {unit}s with {req.y} to compare."
    sign = "+" if isinstance(change, int | float) and change > 0 else ""
    return (
        f"{head}\n\nThe biggest one-{unit} {what}: **{sign}{fmt(change)}{pct}** on **{result.get('when')}** "
        f"({req.y} from {fmt(result.get('before'))} to {fmt(result.get('after'))})."
    )
