"""Being late said of a table that keeps how late each row was: "when people are late", "who's late the most".

A rent roll's Days Late, a flight's Minutes Delayed, a library's Days Overdue hold 0 on the rows that were on
time. "When people are late, how many days late on average" is the mean over the late rows only (above 0);
"who's late the most" or "most often late" counts each one's late rows.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column

_LATE_STEMS = frozenset({"late", "delay", "delayed", "overdue", "tardy", "tardiness", "lateness"})
_LATE = r"(?:late|delayed|overdue|tardy|behind)"
# "when people are late, ...", "if a flight is delayed": the late rows only
_WHEN_LATE = re.compile(
    rf"\b(?:when|if|for\s+the\s+times?)\s+(?:[a-z']+\s+){{0,2}}?(?:are|is|were|was|get|gets|got|run|runs|ran|pay|paid)"
    rf"\s+{_LATE}\b\s*,?\s*",
    re.IGNORECASE,
)
# "who's late the most", "which tenant is most often late", "who pays late the most often"
_LATE_MOST = re.compile(
    rf"\b(?:is|are|was|were|'s|gets?|got|pays?|paid|runs?|ran)\s+(?:(?P<dir1>most|least)\s+often\s+{_LATE}"
    rf"|{_LATE}\s+(?:the\s+)?(?P<dir2>most|least)(?:\s+often)?)\b",
    re.IGNORECASE,
)


def _lateness(catalog: Catalog, frame: str) -> Column | None:
    """The one measure of how late each row was, 0 when on time (Days Late)."""
    found = [
        c
        for c in catalog.numeric(frame)
        if set(c.stems) & _LATE_STEMS and not c.id_like and not c.is_date and c.low is not None and c.low <= 0
    ]
    return found[0] if len(found) == 1 else None


def late_rows(text: str, catalog: Catalog, frame: str) -> str:
    """The late rows said as a state, kept as the rows whose lateness is above 0."""
    column = _lateness(catalog, frame)
    if column is None:
        return text
    most = _LATE_MOST.search(text)
    if most is not None:
        side = most["dir1"] or most["dir2"]
        return f"{text[: most.start()].rstrip()} had {column.name} > 0 the {side}{text[most.end() :]}"
    when = _WHEN_LATE.search(text)
    if when is None:
        return text
    rest = (text[: when.start()] + text[when.end() :]).rstrip(" ?.!")
    return f"{rest} where {column.name} > 0"
