"""Results of play said in the sport's words: a win is a first place, "under par" a score below par, an ace a 1.

A results table of one row per starter (a horse race, a triathlon, a regatta) keeps where each one finished, not
whether it won. A win is then a first place, so "won" is said again as a filter on that column, which the rest of
the reader already knows how to count, group and share out. A table with its own win mark or W/L result keeps
reading that column. A golf scorecard of one row per hole is read alike: "under par" is its score against par
(UDisc's +/-) below 0, and an ace is a hole of one stroke.
"""

from __future__ import annotations

import re

from .catalog import Catalog, Column

# words of a column that holds where each starter finished (finish_position, Place, Placing, Finish)
_PLACE_WORDS = frozenset({"finish", "finished", "finishing", "place", "placing", "placed", "placement"})
# a win said of a thing already: a flag or a result (Winner, W/L, win) is read as before
_WIN_WORDS = frozenset({"win", "won", "winner", "wins", "result", "outcome", "victory"})

_MOST_WON = re.compile(
    r"\b(?P<ask>which|what|who)\s+(?:(?P<group>[a-z][a-z ]{1,30}?)\s+)?(?:has\s+|have\s+|had\s+)?"
    r"(?:won|wins|win)\s+(?:the\s+)?most\b(?:\s+(?:races|race|times|events|heats|starts|of\s+them))?",
    re.IGNORECASE,
)
_HOW_MANY_WON = re.compile(
    r"\bhow\s+many\s+(?P<noun>races|times|events|heats|starts|wins)?\s*(?:did|has|have|does|do)\s+(?P<who>.+?)\s+"
    r"(?:won|win)\b",
    re.IGNORECASE,
)


def _place_column(catalog: Catalog, frame: str) -> Column | None:
    """The one column saying where each row finished, first place written 1, when no column marks a win."""
    columns = catalog.of(frame)
    if any(set(c.stems) & _WIN_WORDS for c in columns):
        return None
    places = [
        c
        for c in columns
        if set(c.stems) & _PLACE_WORDS
        and not c.is_date
        and not set(c.stems) & {"time", "date", "point", "points"}  # (a finish time is when, not where)
        and (c.numeric or c.numeric_text or "1" in {str(v) for v in c.values})
        and (c.low is None or c.low in (0, 1))
    ]
    return places[0] if len(places) == 1 else None


_BEST_FINISH = re.compile(
    r"\b(?P<dir>best|worst|top|poorest)\s+(?P<avg>(?:average|avg|mean|typical|median)\s+)?"
    r"(?:finish(?:ing)?(?:\s+(?:position|place))?|placing|placement|place)\b",
    re.IGNORECASE,
)


def read(question: str, catalog: Catalog, frame: str) -> str:
    """Say a win as its first place: "which jockey won the most races" is the most common jockey where place = 1.

    "The best average finish" is the lowest average place (1 is first), not a Finish Time.
    """
    column = _place_column(catalog, frame)
    if column is None:
        return question
    best = _BEST_FINISH.search(question)
    if best is not None:
        side = "lowest" if best["dir"].lower() in ("best", "top") else "highest"
        said = f"{side} {best['avg'] or ''}{column.name}"
        return f"{question[: best.start()]}{said}{question[best.end() :]}"
    first = f"{column.name} = 1"
    most = _MOST_WON.search(question)
    if most is not None and most["group"]:
        return f"{question[: most.start()]}most common {most['group']} where {first}{question[most.end() :]}"
    many = _HOW_MANY_WON.search(question)
    if many is not None:
        return f"{question[: many.start()]}how many races with {first} for {many['who']}{question[many.end() :]}"
    return question


_AGAINST_PAR = re.compile(r"\b(?P<side>under|below|over|above|at|even|on)\s+par\b", re.IGNORECASE)
_SIDES = {"under": "< 0", "below": "< 0", "over": "> 0", "above": "> 0", "at": "= 0", "even": "= 0", "on": "= 0"}
_ACES = re.compile(r"\b(?:aces|an\s+ace|ace|holes?[\s-]+in[\s-]+one)\b", re.IGNORECASE)


def _par_columns(catalog: Catalog, frame: str) -> tuple[Column | None, Column | None]:
    """A scorecard's score against par (+/-, To Par) and its strokes per hole, when it keeps a Par column."""
    columns = catalog.of(frame)
    if not any(c.stems == ("par",) and c.numeric for c in columns):
        return None, None
    against = [
        c
        for c in columns
        if c.numeric
        and (
            re.fullmatch(r"\W*\+\s*/?\s*-\W*", c.name) or ("par" in c.stems and set(c.stems) & {"to", "vs", "relative"})
        )
    ]
    strokes = [c for c in columns if c.numeric and set(c.stems) & {"stroke", "strokes", "throws", "throw", "shots"}]
    return (against[0] if len(against) == 1 else None), (strokes[0] if len(strokes) == 1 else None)


def scored(question: str, catalog: Catalog, frame: str) -> str:
    """Say "under par" as the score against par below 0, and an ace as a hole played in one stroke."""
    against, strokes = _par_columns(catalog, frame)
    said = _AGAINST_PAR.search(question)
    if said is not None and against is not None:
        wanted = f"with {against.name} {_SIDES[said['side'].lower()]}"
        question = f"{question[: said.start()]}{wanted}{question[said.end() :]}"
    ace = _ACES.search(question)
    if ace is not None and strokes is not None:
        question = f"{question[: ace.start()]}holes with {strokes.name} = 1{question[ace.end() :]}"
    return question
