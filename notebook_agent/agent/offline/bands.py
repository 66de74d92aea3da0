"""Offline analyst: ranges of a number that a question lists ("by age group (21-29, 30-39, 40-49, 50+)").

The ranges become the labels of a derived column, computed by the cell before use ("Age band": "21-29", ...,
"50+"; rows in no range are left out), and the question is rewritten to group by it. Each range is kept as said,
both ends included; "over 50" and "50+" are open at the top, "under 21" at the bottom.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from .catalog import Catalog, Column
from .columns import find_mentions

__all__ = ["read", "restore"]

_NUM = r"\d+(?:\.\d+)?"
# one range: "21-29", "21 to 29", "50+", "over 50", "50 and over", "under 21", "65 or older"
_RANGE = (
    rf"(?:{_NUM}\s*(?:-|–|to)\s*{_NUM}|{_NUM}\s*\+|(?:over|above|under|below)\s+{_NUM}"
    rf"|{_NUM}\s+(?:and|or)\s+(?:over|above|older|up|more|under|below|younger))"
)
_LIST = re.compile(rf"(?P<list>{_RANGE}(?:\s*(?:,|;|/|\band\b|,\s*and\b)\s*{_RANGE})+)", re.IGNORECASE)
_BAND_WORDS = re.compile(
    r"\s*(?:groups?|bands?|brackets?|ranges?|buckets?|bins?|categor(?:y|ies)|classes?)?\s*[:(\[]?\s*$", re.I
)


def _bounds(said: str) -> list[Any]:
    """One range as said: [">=" or ">", low, "<" or "<=", high, the words]; None for an open end.

    A range of whole numbers takes everything below the next one ("21-29": 21 <= x < 30, so 29.5 is in it).
    """
    numbers = [float(n) for n in re.findall(_NUM, said)]
    low = said.lower()
    if re.search(r"\+|over|above|older|up|more", low) and len(numbers) == 1:
        return [">" if re.search(r"over|above", low) else ">=", numbers[0], None, None, said]
    if re.search(r"under|below|younger", low) and len(numbers) == 1:
        return [None, None, "<", numbers[0], said]
    a, b = numbers[0], numbers[-1]
    return [">=", a, "<", b + 1, said] if b.is_integer() else [">=", a, "<=", b, said]


def _band(column: Column, spec: str) -> Column:
    """The derived label of `column`'s ranges (`spec`: the repr of `_bounds` lists)."""
    labels = tuple(r[-1] for r in ast.literal_eval(spec))
    return Column(
        frame=column.frame,
        name=f"{column.name} band",
        kind="categorical",
        dtype="object",
        n_unique=len(labels),
        values=labels,
        position=column.position + 2000,
        formula=(column.name, "ranges", spec),
    )


def restore(catalog: Catalog, memory: dict[str, Any]) -> None:
    """Add the ranges of an earlier turn, for follow-ups ("and their average bmi?")."""
    for frame, a, op, spec in memory.get("derived", []):
        column = catalog.get(frame, a) if op == "ranges" else None
        if column is not None and catalog.get(frame, f"{a} band") is None:
            catalog.columns.append(_band(column, spec))


def read(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """The question with its listed ranges of a number replaced by a derived column of those ranges as labels."""
    said = _LIST.search(question)
    if said is None:
        return question
    ranges = [m.group().strip() for m in re.finditer(_RANGE, said.group("list"), re.IGNORECASE)]
    if len(ranges) < 2:
        return question
    before = question[: said.start()]
    words = _BAND_WORDS.search(before)
    head = before[: words.start()] if words else before
    named = [m for m in find_mentions(head, catalog, frame) if m.column.numeric and not m.column.id_like]
    named = [m for m in named if not head[m.end :].strip(" ,:([") or m.end == len(head.rstrip())]
    if not named:
        return question
    column = named[-1].column
    bounds = [_bounds(r) for r in ranges]
    if any(b[1] is not None and b[3] is not None and b[1] >= b[3] for b in bounds):
        return question
    band = _band(column, repr(bounds))
    earlier = catalog.get(frame, band.name)
    if earlier is not None:
        catalog.columns.remove(earlier)  # another turn's ranges: these replace them
    catalog.columns.append(band)
    memory.setdefault("derived", [])
    formula = [frame, *(band.formula or ())]
    memory["derived"] = [f for f in memory["derived"] if f[:2] != formula[:2] or f[2] != "ranges"] + [formula]
    start = named[-1].start
    end = said.end()
    if question[end : end + 1] in (")", "]"):
        end += 1
    return question[:start] + band.name + question[end:]
