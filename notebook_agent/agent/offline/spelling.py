"""Offline analyst: request words typed with a slip ("avrage", "corelation", "histgram") read as meant.

A word of five or more letters that the reader does not know, that names no column or value, and that is one
slip (two in long words) from exactly one word of `REQUEST_WORDS` is replaced by that word before the question
is read. Column names misspelt are the readings' job (`readings._misspelt`); this covers the words that say
what to compute.
"""

from __future__ import annotations

import re

from .catalog import Catalog
from .readings import edit_distance, known_words
from .words import root, words

REQUEST_WORDS = (
    *("average", "median", "maximum", "minimum", "total", "count", "number", "mean"),
    *("percentage", "percent", "percentile", "quartile", "proportion", "share"),
    *("correlation", "correlated", "correlate", "relationship", "related", "regression"),
    *("histogram", "distribution", "scatter", "chart", "graph", "plot", "trend"),
    *("compare", "comparison", "between", "versus", "difference", "different", "significant"),
    *("highest", "lowest", "largest", "smallest", "biggest", "most", "least", "fewest"),
    *("missing", "outliers", "outlier", "monthly", "weekly", "yearly", "daily", "quarterly"),
)
_WORD = re.compile(r"[A-Za-z]{5,}")


# A "not" typed without its apostrophe ("havent been paid", "isnt", "didnt"): the readers know it with one
_APOSTROPHE_LESS = re.compile(r"\b(have|has|had|do|does|did|is|are|was|were|could|should|would)nt\b", re.I)


def correct(question: str, catalog: Catalog, frame: str) -> str:
    """The question with each slipped request word replaced by the word meant; everything else as typed."""
    question = _APOSTROPHE_LESS.sub(r"\1n't", question)
    known = known_words()
    # a name's parts as read too ("promotion" of onpromotion is no slip of "proportion")
    names = {p for c in catalog.of(frame) for p in (*words(c.name), *c.stems)}
    values = {w.lower() for c in catalog.of(frame) for v in c.values for w in _WORD.findall(v)}

    def fix(m: re.Match[str]) -> str:
        said = m.group().lower()
        if said in known or said in names or said in values or said in REQUEST_WORDS:
            return m.group()
        if any(root(said) == root(n) for n in names if len(n) >= 5):
            return m.group()  # "promotion" of Promoted: a form of a name's word, no slip of "proportion"
        most = 2 if len(said) >= 9 else 1
        # a word of a column's name slipped ("involvment": Parental_Involvement), long enough to be told apart
        named = [w for w in names if len(w) >= 7 and len(said) >= 7 and edit_distance(said, w.lower(), 1) <= 1]
        if len(named) == 1 and not said.startswith(named[0].lower()) and not named[0].lower().startswith(said):
            return named[0].lower()
        near = {w: edit_distance(said, w, most) for w in REQUEST_WORDS if len(w) >= 5}
        best = min(near.values())
        closest = [w for w, d in near.items() if d == best]
        return closest[0] if best <= most and len(closest) == 1 else m.group()  # the one nearest word, or none

    return _WORD.sub(fix, question)
