"""Rows still open: "open tasks", "unresolved tickets", "how many are not done yet" on a status column.

A board or a helpdesk export rarely has a value called Open: its statuses are Not started, In progress,
Blocked and Done. A person asking for the open ones means every row whose status is not a finished one, so the
question is said again with the statuses still open listed ("tasks with Status Not started, In progress or
Blocked"), which the filter and count readers know. "Right now" beside it is the state asked about, not the
last date of the table.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column
from .values import find_values

_OPEN = re.compile(
    r"\b(?:still\s+)?(?P<w>open|unfinished|incomplete|uncompleted|outstanding|unresolved|unsolved|not\s+(?:yet\s+)?"
    r"(?:done|finished|completed?|closed|resolved|solved))(?:\s+yet)?\b",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"\s+(?P<n>[a-z][a-z\-]+s)\b", re.IGNORECASE)
_STATE_AFTER = re.compile(r"\b(?:are|were|is|was|remain|remained|stay|stayed)\s+(?:still\s+)?$", re.IGNORECASE)
_NOW = re.compile(r"\s*\b(?:right\s+now|currently|at\s+the\s+moment|as\s+of\s+(?:now|today))\b", re.IGNORECASE)
# finished, and what is off the board without being finished: neither is open
_FINISHED = frozenset({"done", "complete", "completed", "closed", "resolved", "finished", "solved", "fulfilled"})
_DROPPED = frozenset({"cancelled", "canceled", "archived", "won't do", "wont do", "abandoned", "rejected"})
_STATUS = frozenset({"status", "state", "stage", "progress"})


def _status(catalog: Catalog, frame: str) -> tuple[Column, list[str]] | None:
    """The one status column that has a finished value, with the values that are still open."""
    found = []
    for c in catalog.of(frame):
        if not c.categorical or not set(c.stems) & _STATUS:
            continue
        values = [v.strip() for v in dict.fromkeys(c.values) if v.strip()]
        closed = [v for v in values if v.lower() in _FINISHED]
        still = [v for v in values if v.lower() not in _FINISHED | _DROPPED]
        if closed and still:
            found.append((c, still))
    return found[0] if len(found) == 1 else None


def still_open(question: str, catalog: Catalog, frame: str) -> str:
    """Open tasks ("open", "unresolved") said as "tasks with Status Not started or Blocked".

    Only where no status is called what was said.
    """
    m = _OPEN.search(question)
    if m is None or any(set(c.stems) & {"open", "opens"} and c.numeric for c in catalog.of(frame)):
        return question  # "open rate", "Unique Opens": an email's opens, not a state
    held = _status(catalog, frame)
    if held is None or find_values(m.group(), catalog, frame, []):
        return question  # a status called Open or Unresolved is read as it stands
    column, still = held
    left_out = f"with {column.name} {', '.join(still[:-1])}{' or ' if len(still) > 1 else ''}{still[-1]}"
    noun = _NOUN_AFTER.match(question, m.end())
    if noun is not None and not m.group().lower().startswith(("not", "still")):
        # "the most open tasks": "the most tasks with Status Not started or Blocked"
        said = f"{question[: m.start()]}{noun['n']} {left_out}{question[noun.end() :]}"
    elif _STATE_AFTER.search(question[: m.start()]) or m.group().lower().startswith(("not", "still")):
        # "how many tickets are still unresolved": "how many tickets with Status New or Pending"
        before = _STATE_AFTER.sub("", question[: m.start()]).rstrip()
        said = f"{before} {left_out}{question[m.end() :]}"
    else:
        return question
    return _NOW.sub("", said)
