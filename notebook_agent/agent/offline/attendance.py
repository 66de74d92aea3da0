"""Coming and missing said of a register's yes/no mark: "who came to the most classes" of Attended (Y/N).

A class register, a choir's roll or a daycare's sign-in keeps one row per person per session and marks whether
they were there. "Came to", "showed up for" and "attended" are the rows the mark says yes to; "missed",
"skipped" and "absences" the rows it says no to. The sessions named after "the most" ("classes",
"rehearsals") are those rows, counted, not a column to group by.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column, no_value, yes_value

# the stems of a mark of who was there (a register's Present, a studio's Attended or Checked In)
_THERE = frozenset({"present", "attended", "attendance", "attend", "showed", "show", "checked", "arrived", "came"})
_CAME = (
    r"came\s+to|come\s+to|went\s+to|go\s+to|attended|attend|made\s+it\s+to|make\s+it\s+to"
    r"|(?:showed|show|turned|turn)\s+up(?:\s+(?:to|for|at))?|(?:was\s+|were\s+)?present"
)
_MISSED = (
    r"missed|miss|skipped|skip|(?:(?:was|were|been)\s+)?absent(?:\s+(?:from|at|for))?"
    r"|(?:didn'?t|did\s+not|never)\s+(?:show\s+up(?:\s+(?:to|for|at))?|attend|come\s+to|make\s+it\s+to)"
    r"|no[- ]?showed"
)
_MOST = re.compile(
    rf"\b(?:(?P<came>{_CAME})|(?P<missed>{_MISSED}))\s+(?:the\s+)?(?P<dir>most|fewest|least)"
    r"(?P<rows>\s+(?!of\b|in\b|on\b|at\b|for\b)[a-z]{3,}s\b)?",
    re.IGNORECASE,
)
_ABSENCES = re.compile(
    r"\b(?:has|had|have|with|got)\s+(?:the\s+)?(?P<dir>most|fewest|least)\s+(?:absences|no[- ]?shows|missed\s+\w+s)\b",
    re.IGNORECASE,
)


def _mark(catalog: Catalog, frame: str) -> tuple[Column, str, str] | None:
    """The one yes/no column of who was there, with its yes and its no."""
    found = [
        (c, yes, no)
        for c in catalog.of(frame)
        if c.categorical
        and set(c.stems) & _THERE
        and (yes := yes_value(c)) is not None
        and (no := no_value(c)) is not None
    ]
    if len(found) != 1:
        return None
    column, yes, no = found[0]
    if column.stems[:2] == ("no", "show"):
        return column, no, yes  # a No Show mark says yes to the rows of those who were not there
    return column, yes, no


def came_or_missed(question: str, catalog: Catalog, frame: str) -> str:
    """Said "came to the most classes": "had Attended = Y the most"; "missed the most": "had Attended = N"."""
    mark = _mark(catalog, frame)
    if mark is None:
        return question
    column, yes, no = mark

    def said(m: re.Match[str]) -> str:
        value = yes if m["came"] else no
        return f"had {column.name} = {value} the {m['dir']}"

    question = _MOST.sub(said, question)
    return _ABSENCES.sub(lambda m: f"had {column.name} = {no} the {m['dir']}", question)
