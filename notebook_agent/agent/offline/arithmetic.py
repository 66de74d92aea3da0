"""Offline analyst: a measure a question writes as arithmetic of two columns ("net import (import minus export)").

"A minus B", "A plus B", "A divided by B", "A per B" (B a measure, not a few labels), "A as a % of B": the two
columns become one derived column, named by its formula ("Import (kWh) - Export (kWh)"), computed by the cell
before use and read by every kind as a column of its own. The question is rewritten to name it, and the formula
is kept in the memory so that follow-ups ("and by region?") still find it.
"""

from __future__ import annotations

import re
from typing import Any

from .catalog import Catalog, Column, Mention
from .readings import all_candidates
from .words import stem

_OPS = [
    ("-", r"minus|less|take\s+away|−|-"),
    ("+", r"plus|\+"),
    ("/", r"divided\s+by|/"),
    ("per", r"per|over"),
    ("%", r"as\s+an?\s+(?:%|percent(?:age)?|share|proportion|fraction)\s+of"),
]
_OPERATORS = [(op, re.compile(rf"\s+(?:{words})\s+", re.IGNORECASE)) for op, words in _OPS]
_SHOWN = {"-": "-", "+": "+", "/": "/", "per": "/", "%": "as % of"}
# Words before a written-out formula that only name its result ("net import (import minus export)").
_RESULT_WORDS = frozenset({"net", "gross", "difference", "ratio", "balance", "surplus", "margin", "total", "combined"})


def _derived(a: Column, op: str, b: Column) -> Column:
    shown = _SHOWN[op]
    return Column(
        frame=a.frame,
        name=f"{a.name} {shown} {b.name}",
        kind="numeric",
        dtype="float64",
        additive=op in ("+", "-") and a.additive and b.additive,
        position=max(a.position, b.position) + 2000,
        formula=(a.name, "%" if op == "%" else "/" if op == "per" else op, b.name),
    )


def restore(catalog: Catalog, memory: dict[str, Any]) -> None:
    """Add the derived columns of earlier turns whose columns the frame still has."""
    for frame, a, op, b in memory.get("derived", []):
        ca, cb = catalog.get(frame, a), catalog.get(frame, b)
        if ca is not None and cb is not None:
            column = _derived(ca, "per" if op == "/" else op, cb)
            if catalog.get(frame, column.name) is None:
                catalog.columns.append(column)


def read(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """The question with a written-out formula of two columns replaced by its derived column's name.

    The derived column is added to the catalog (and remembered). A question without one comes back unchanged.
    """
    readings = [
        m
        for m in all_candidates(question, catalog, frame)
        if m.column.numeric and not m.column.id_like and not m.column.time and m.via != "time" and m.score >= 40
    ]
    for op, rx in _OPERATORS:
        for said in rx.finditer(question):
            left = [m for m in readings if m.end == said.start()]
            right = [m for m in readings if m.start == said.end()]
            if not left or not right:
                continue
            best_a, best_b = max(left, key=lambda m: m.score), max(right, key=lambda m: m.score)
            a, b = best_a.column, best_b.column
            if a == b or (op == "per" and not _divides(best_a, best_b)):
                continue
            column = _derived(a, op, b)
            if catalog.get(frame, column.name) is None:
                catalog.columns.append(column)
            formula = [frame, *(column.formula or ())]
            memory.setdefault("derived", [])
            if formula not in memory["derived"]:
                memory["derived"].append(formula)
            start = min(m.start for m in left if m.column == a)
            end = max(m.end for m in right if m.column == b)
            if question[start - 1 : start] == "(" and question[end : end + 1] == ")":
                start, end = start - 1, end + 1
                start = _result_words_before(question, start, {*a.stems, *b.stems})
            return question[:start] + column.name + question[end:]
    return question


def _divides(a: Mention, b: Mention) -> bool:
    """Whether "A per B" divides: two measures both named in full, B one with many values ("revenue per employee").

    "Length per dose" groups by a few doses, "bookings per arrival month" counts per month: neither divides.
    """
    few = b.column.few_values or (b.column.n_unique is not None and b.column.n_unique <= 20)
    return min(a.score, b.score) >= 90 and not few and not b.column.ordered and not b.column.year_like


def _result_words_before(question: str, start: int, stems: set[str]) -> int:
    """Where the words naming a formula's result begin ("net import" before "(import minus export)")."""
    for m in reversed(list(re.finditer(r"[a-z]+", question[:start].lower()))):
        if question[m.end() : start].strip():
            break
        if m.group() not in _RESULT_WORDS and stem(m.group()) not in stems:
            break
        start = m.start()
    return start
