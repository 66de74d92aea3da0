"""Lengths said of a thing: "trip length" is Trip days, "how long is a typical suspension" Days Suspended.

A table keeps how long each thing lasted as a count of days, hours or minutes named by the thing itself
(Days Suspended, Trip days, Stay Nights). People ask for the length of the thing ("how long is a suspension",
"the average trip length") and name no column by its unit, so the thing's word alone would read a label of the
same stem (Suspension Type) or ask between every column it opens (Trip days, Trip price). The one column that
counts a unit of time and says the thing is meant (`length_of`; parse's "how long is a ..." reads it too).
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column
from .words import shared_start, stem

_TIME_UNITS = frozenset(
    {"day", "days", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "week", "weeks"}
    | {"night", "nights", "second", "seconds", "sec", "secs"}
    | {"month", "months", "year", "years"}  # ("Probation Months", "Sentence Years": never a year of the calendar)
)

_LENGTH_OF = re.compile(r"\b(?P<noun>[a-z]{3,})\s+(?:length|lengths|duration|durations)\b", re.IGNORECASE)


def _shares_stem(part: str, noun: str) -> bool:
    """Two words of one stem, however each ends ("suspended", "suspension"; "trip", "trips")."""
    a, b = stem(part.lower()), stem(noun.lower())
    if a == b:
        return True
    common = shared_start(a, b)
    return common >= 5 and common >= min(len(a), len(b)) - 3


def length_of(catalog: Catalog, frame: str, noun: str) -> Column | None:
    """The one column counting a unit of time whose other words say the thing ("Days Suspended" of a suspension)."""
    found = [
        c
        for c in catalog.numeric(frame)
        if not c.is_date
        and not c.id_like
        and not c.year_like
        and set(c.stems) & _TIME_UNITS
        and any(_shares_stem(p, noun) for p in c.stems if p not in _TIME_UNITS)
    ]
    if len(found) == 1:
        return found[0]
    if found or not _names_rows(catalog, frame, noun):
        return None
    # "session length" of a makerspace log whose rows are sessions (Session ID): its one plain length of time
    plain = _plain_lengths(catalog, frame)
    return plain[0] if len(plain) == 1 else None


def _plain_lengths(catalog: Catalog, frame: str) -> list[Column]:
    """The columns named by a unit of time alone (Minutes, Hours): lengths of the rows themselves."""
    return [
        c
        for c in catalog.numeric(frame)
        if not (c.is_date or c.id_like or c.year_like or c.formula) and c.stems and set(c.stems) <= _TIME_UNITS
    ]


def _names_rows(catalog: Catalog, frame: str, noun: str) -> bool:
    """Whether a noun is what each row is: the file's subject, or the thing its one id column numbers."""
    if catalog.names_subject(frame, noun):
        return True
    ids = [
        c
        for c in catalog.of(frame)
        if c.id_like
        and len(c.stems) == 2
        and c.stems[1] in ("id", "no", "number")
        and c.n_unique in (None, catalog.rows.get(frame))  # (one a row: not a Member ID repeated)
    ]
    return len(ids) == 1 and _shares_stem(ids[0].stems[0], noun)


_UNIT_SAID = re.compile(r"\b(?P<unit>hours|hrs|minutes|mins|seconds|secs)\b", re.IGNORECASE)


def _unit_for_plain(question: str, catalog: Catalog, frame: str) -> str:
    """Said "total hours on the laser cutter" of a log that keeps Minutes alone: that column, in its own unit."""
    said = _UNIT_SAID.search(question)
    if said is None or any(stem(said["unit"].lower()) in c.stems for c in catalog.of(frame)):
        return question
    plain = _plain_lengths(catalog, frame)
    if len(plain) != 1 or any(c.clock for c in catalog.of(frame)):
        return question
    return f"{question[: said.start()]}{plain[0].name}{question[said.end() :]}"


def read(question: str, catalog: Catalog, frame: str) -> str:
    """Say the length of a thing as the column that keeps it, when the question names no such column."""
    question = _unit_for_plain(question, catalog, frame)
    said = _LENGTH_OF.search(question)
    if said is not None:
        column = length_of(catalog, frame, said["noun"])
        # ("the average Cycle Length (days)", the name itself written out already: read as it stands)
        if column is not None and column.name.lower() not in question.lower():
            return f"{question[: said.start()]}{column.name}{question[said.end() :]}"
    return question
