"""How many events a log holds when each event spans several rows ("how many workouts have i logged").

A workout log keeps one row per set, an order history one row per item: the workout or the order is the rows
sharing one clock time. With no code column for the thing asked about, each is counted once by that time.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import rows_noun
from ..columns import find_values
from ..parse import MONTHS
from ..words import stem
from . import distinct
from .base import Context, KindRequest, col, finish, fmt, where_mask

# Things that happen at one moment and are logged as several rows (sets, items, legs): counted by their time.
# (Transactions, payments and sales are left out: their rows are the things themselves.)
_EVENTS = frozenset(
    {"workout", "session", "order", "visit", "trip", "ride", "game", "match", "class", "shift", "booking"}
    | {"delivery", "flight", "run", "meeting", "appointment", "lesson", "stay", "training", "practice", "charge"}
)

# Words of a time column's name that say only when ("Date", "Started At", "created_on"), not what it times
_CLOCK_PARTS = frozenset(
    {"date", "time", "datetime", "timestamp", "start", "started", "end", "ended", "created", "at", "on", "day"}
    | {"utc", "local", "when", "logged", "recorded", "placed"}
)

_ASK = re.compile(
    r"\b(?:how\s+many|number\s+of|count\s+of|total\s+number\s+of)\s+(?:different\s+|distinct\s+|separate\s+|"
    r"individual\s+|unique\s+)?(?P<w>[a-z]{3,}(?:s|es))\b(?P<rest>.*)$"
)
# "how many workouts per week", "orders each month": per period, read elsewhere
_PER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:per|each|every|by|a|an)\s+(?:day|week|month|quarter|year|[a-z]+)\b")
# "how many orders over $50", "in 2023": a number after the noun bounds or dates the rows, read elsewhere
_BOUND = re.compile(r"\d")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    m = _ASK.search(ctx.text)
    if m is None or _PER.match(m.group("rest")) or _BOUND.search(m.group("rest")):
        return None
    word = stem(m.group("w"))
    if word not in _EVENTS:
        return None
    named = rows_noun(ctx.catalog, ctx.frame, word)
    if named is not None and (named.id_like or (named.n_unique or 0) > 20):
        return None  # a code or name tells each one apart (order_id): counted distinct by the general reader
    if named is not None and re.search(r"\b(?:different|distinct|unique)\b", m.group(0)):
        return None  # "how many different workouts": the names of workouts (Push Day, Leg Day), read elsewhere
    if any(c.id_like and c.stems[:1] == (word,) for c in ctx.columns()):
        return None
    if any(name.lower() in m.group("rest") or name.lower()[:3] + " " in m.group("rest") for name in MONTHS):
        return None  # "how many orders in march": within a month (kinds.distinct)
    timed = [c for c in ctx.columns() if c.is_date and c.timed]
    if len(timed) != 1:
        return None
    when = timed[0]
    named_for = set(when.stems) - _CLOCK_PARTS
    if named_for and word not in named_for:
        return None  # DASH_START_TIME times a dash (a shift of several orders), not each order
    if distinct.match(ctx) is not None:
        return None  # "how many orders are there" of a code column that repeats (Name "#1001"): distinct codes
    if any(m2.column.numeric and m2.column != when for m2 in ctx.mentions):
        return None  # "how many orders over $50", "how many workouts burned 500 calories": a measure is named
    values = find_values(ctx.question, ctx.catalog, ctx.frame, [])
    if any(v.start < m.end("w") and m.start("w") < v.end for v in values):
        return None  # "how many runs" of Activity Type = Running: the rows with a value (kinds.filtered)
    where: dict[str, str] = {}
    for v in values:
        if v.start < m.end("w") or v.column == when:
            continue
        if where.get(v.column.name, v.value) != v.value:
            return None  # two values of one column: either, read elsewhere
        where[v.column.name] = v.value
    return KindRequest(frame=ctx.frame, column=when.name, value=m.group("w"), where=[[k, v] for k, v in where.items()])


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f, c = req.frame, col(req.column)
    lines = [f"# How many {req.value}: each once, by its {req.column} (several rows can share one)"]
    if req.where:
        keep = where_mask(f, req.where)
        lines.append(f"rows = {f}[{keep}]")
    else:
        lines.append(f"rows = {f}")
    lines += [
        f"events = rows[{c}].nunique()",
        "",
        f'result = {{"events": events, "rows": len(rows), "of": len({f})}}',
    ]
    return finish(lines, f"{req.value} by {req.column}")


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    things, n, rows = str(req.value), result.get("events"), result.get("rows")
    where = " and ".join(f"{k} = {v}" for k, v in req.where)
    scope = f" with {where}" if where else ""
    head = f"Distinct {req.column} values{scope} (one per {stem(things)}), {fmt(rows)} rows"
    head += f" of {fmt(result.get('of'))}." if req.where else "."
    body = f"**{fmt(n)}** {things}{scope}"
    if isinstance(n, int | float) and isinstance(rows, int | float) and rows > n:
        body += f", logged over {fmt(rows)} rows ({fmt(rows / n)} rows each on average)." if n else "."
    else:
        body += ", one row each."
    return f"{head}\n\n{body}"
