"""Over or under budget, said of a plan beside what it came to: the actual amount less the estimate, added up.

A wedding budget, a project tracker or a grant ledger keeps an Estimated Cost (Budget, Planned) beside an
Actual Cost (Spent, Final) on each line. "How much over budget are we" is the total of the differences, and
"which category goes over budget the most" ranks the categories by it; neither word names a column.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column

_PLANNED = frozenset({"estimated", "estimate", "budget", "budgeted", "planned", "projected", "quoted", "quote"})
_ACTUAL = frozenset({"actual", "final", "spent", "real"})

_HOW_MUCH = re.compile(
    r"\bhow\s+(?:much|far)\s+(?:are\s+we\s+|were\s+we\s+|did\s+we\s+go\s+|have\s+we\s+gone\s+|is\s+it\s+|was\s+it\s+"
    r"|are\s+they\s+|did\s+it\s+go\s+)?(?P<dir>over|under)\s+(?:the\s+)?budget\b",
    re.IGNORECASE,
)
_MOST = re.compile(
    r"\b(?:goes|go|went|gone|going|is|are|was|were|ran|runs|run)\s+(?P<dir>over|under)\s+(?:the\s+)?budget"
    r"\s+(?:the\s+)?(?:most|furthest|farthest)\b",
    re.IGNORECASE,
)


def _pair(catalog: Catalog, frame: str) -> tuple[Column, Column] | None:
    """The one planned amount and the one actual amount of the frame, or None."""
    numbers = [c for c in catalog.numeric(frame) if not c.id_like and not c.is_date and c.formula is None]
    planned = [c for c in numbers if set(c.stems) & _PLANNED]
    actual = [c for c in numbers if set(c.stems) & _ACTUAL]
    return (planned[0], actual[0]) if len(planned) == 1 and len(actual) == 1 else None


def read(question: str, catalog: Catalog, frame: str) -> str:
    """Say "over budget" as the actual amount less the planned one, added up (or ranked by it)."""
    pair = _pair(catalog, frame)
    if pair is None:
        return question
    planned, actual = pair
    for said, reading in (
        (_HOW_MUCH.search(question), "what is the total of"),
        (_MOST.search(question), "has the highest total of"),
    ):
        if said is not None:
            over = said["dir"].lower() == "over"
            formula = f"{actual.name} - {planned.name}" if over else f"{planned.name} - {actual.name}"
            return f"{question[: said.start()]}{reading} {formula}{question[said.end() :]}"
    return question
