"""Two questions in one message: "how many were injured in total, and how many killed?".

The analyst answers each part as its own turn, one after the other, so the second is read as a follow-up of the
first (its measure, its rows, the month it named) and the answer gives both. A second part that points back at
the first ("and how many?", "what share is that?", "what was it for?") is left whole: those are read together by
the kinds of request that know the first part's result (a winner and its figure, a count and its share).
"""

from __future__ import annotations

import re

_ASKS = r"(?:how\s+(?:many|much|long|often)|what(?:'s|s|\s+is|\s+was|\s+are|\s+were)?|which|who)"
# ", and how many ...", " and what ...", "? how much ...", "; which ..." — a second question starts there
_SPLIT = re.compile(
    rf"(?:\s*,\s*(?:and\s+|also\s+)?|\s+and\s+(?:also\s+)?|\s*[?;]\s+(?:and\s+|also\s+)?)(?={_ASKS}\b)", re.I
)
# the second part points back at the first: it is read with the first, not alone
_BACK = re.compile(
    r"\b(?:it|its|it's|that|this|those|these|them|they|their|theirs|there|then|one|ones|he|she|his|her|him"
    r"|each|same|either|both|which\s+(?:day|month|year|week|date|time|one))\b|\bwhen\b",
    re.I,
)
# the first part already asks for two figures, or is no question at all: leave the message whole
_FIRST_TWO = re.compile(r"\b(?:and|or|vs\.?|versus|compared)\b", re.I)
_OPENS = re.compile(rf"^\W*(?:{_ASKS}|what|whats|show|give|list|tell|count|find|total|average|avg|mean|median)\b", re.I)
_FOLLOWS = re.compile(r"^\W*(?:and\s+|so\s+)?(?:what|how)\s+about\b|\s[-–—]\s", re.I)
_BEST = re.compile(r"\b(?:most|least|fewest|highest|lowest|biggest|largest|smallest|best|worst|top|\w+est)\b", re.I)
# "which drink has the most caffeine, and how many mg": the winner's own figure
_ITS_FIGURE = re.compile(r"^(?:how\s+(?:many|much)|what)(?:\s+[\w%$]+)?\W*$", re.I)
_CHART = re.compile(r"\b(?:plot|chart|graph|draw|visuali[sz]e|histogram|scatter)\b", re.I)


# "what's the average sale price? and the median": another figure of the same, said after the question
_AND_AGG = re.compile(
    r"\s*[?;,]\s*(?:and|also|plus)\s+(?=(?:the\s+|its\s+)?(?:median|mean|average|avg|total|sum|maximum|minimum|max|min"
    r"|standard\s+deviation|std)\b[\w\s]{0,40}[?.!]*\s*$)",
    re.I,
)


def split(question: str) -> list[str]:
    """The parts to answer one after the other: two when the message asks two separate questions, else one."""
    agg = _AND_AGG.search(question)
    if agg is not None and _OPENS.search(question) and len(question[: agg.start()].split()) >= 3:
        return [question[: agg.start()].strip(" ,;").rstrip("?") + "?", "and " + question[agg.end() :].strip()]
    found = [m for m in _SPLIT.finditer(question) if m.start() > 0]
    if len(found) != 1:
        return [question]
    at = found[0]
    first = question[: at.start()].strip(" ,;")
    second = question[at.end() :].strip()
    if len(first.split()) < 3 or len(second.split()) < 3:
        return [question]
    if _BACK.search(second) or _FIRST_TWO.search(first) or not _OPENS.search(first) or _CHART.search(question):
        return [question]
    if _FOLLOWS.search(first) or (_BEST.search(first) and _ITS_FIGURE.match(second)):
        return [question]
    return [first.rstrip("?") + "?", "and " + second]
