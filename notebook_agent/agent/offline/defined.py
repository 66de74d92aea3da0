"""Codes a person defines in a question: "(action_taken 3 = denied)", "hispanic (descent code H)".

Public tables keep many labels as codes whose meaning lives in a data dictionary the analyst has and the offline
analyst does not. When the question says what a code means, the column's code is read by those words from then
on in the conversation (kept in the analyst's memory, like a derived column), and the definition itself is taken
out of the question so that "3 = denied" is not read as a number of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .catalog import Catalog, Column
from .columns import find_mentions, root
from .parse import EXPLAINED, MORE_CODES

__all__ = ["read", "restore"]

# "action_taken 3 = denied", "loan_type 2 means FHA"
_EQUALS = re.compile(
    r"(?P<col>[A-Za-z][\w.\-]*(?:\s[A-Za-z][\w.\-]*){0,3}?)\s+(?P<code>\d{1,3}|[A-Z]{1,3})\s*(?:=|==|means|is)\s*"
    r"(?P<meaning>[A-Za-z][A-Za-z\- ]{1,30}?)(?=\s*[),;.?]|\s+and\b|\s*$)"
)
# "hispanic (descent code H)", "denied (action_taken 3)"
_BRACKETED = re.compile(
    r"(?P<meaning>[A-Za-z][A-Za-z\-]{2,30})\s*\((?P<col>[A-Za-z][\w.\- ]{1,40}?)\s+(?P<coded>code\s+)?"
    r"(?P<code>\d{1,3}|[A-Z]{1,3})\)"
)
# "(BMI over 30)", "(severity 1 or 2)": a bound or a list, not a code's meaning
_NOT_A_CODE = re.compile(r"\b(?:over|under|above|below|or|and|to|than|at\s+least|at\s+most)\b", re.I)


def _column(said: str, catalog: Catalog, frame: str) -> Column | None:
    """The column a few words name: its exact name, else the one column they read as."""
    exact = [c for c in catalog.of(frame) if c.name.strip().lower() == said.strip().lower()]
    if exact:
        return exact[0]
    named = {m.column.name: m.column for m in find_mentions(said, catalog, frame)}
    return next(iter(named.values())) if len(named) == 1 else None


def _forms(meaning: str, others: tuple[str, ...] = ()) -> str:
    """The words that say a meaning: as written, and other forms of a one-word meaning ("denied": denial, deny).

    Words may be parted by a space or a hyphen ("non patients", "non-patients"). Beside a meaning that negates
    its last word ("non patients"), "liver patients" is also said by that word alone ("patients vs non-patients").
    """
    words = meaning.strip().lower()
    base = root(words) if " " not in words else ""
    if len(base) >= 4:
        return rf"{re.escape(words)}|{re.escape(base)}\w*"
    said = r"[\s-]+".join(re.escape(w) for w in words.split())
    last = words.split()[-1]
    negated = [o for o in others if re.fullmatch(rf"(?:non|not|no)[\s-]+{re.escape(last)}", o.strip().lower())]
    if " " in words and negated and not re.match(r"(?:non|not|no)\b", words):
        said += rf"|(?<!non-)(?<!non )(?<!not )(?<!no ){re.escape(last)}"
    return said


# "the Dataset column is 1 for liver patients and 2 for non patients": the same codes said the other way round
_FOR_CODES = re.compile(
    r"\b(?P<col>[A-Za-z_][\w.]*)(?:\s+column)?\s+(?:is|=|has)\s+(?P<c1>-?\d+)\s+for\s+(?P<w1>[a-z][a-z\- ]*?)"
    r"(?P<more>(?:\s*(?:,\s*and|,|;|and)\s*-?\d+\s+for\s+[a-z][a-z\- ]*?)+)\s*(?=[-–—)(.?;,]|$)",
    re.IGNORECASE,
)


# "(-99 means missing)", "where 0 = unknown": a number that stands for no value
_MEANS_UNKNOWN = re.compile(
    r"\(?\s*(?P<n>-?\d+(?:\.\d+)?)\s*(?:means|is|=|stands\s+for|marks)\s+(?:a\s+)?"
    r"(?:missing|unknown|not\s+known|no\s+data|no\s+value|not\s+recorded|n/?a)\b(?:\s+values?)?\s*\)?",
    re.IGNORECASE,
)


def _unknown_said(question: str, catalog: Catalog, frame: str) -> str:
    """A number the question says stands for no value: left out of the measure, the definition taken out.

    When the profile already reads it so (AvgTemperature's -99) the definition only goes; otherwise the
    question asks to ignore that number, which the readers know ("ignoring -99").
    """
    said = _MEANS_UNKNOWN.search(question)
    if said is None:
        return question
    n = float(said["n"])
    rest = (question[: said.start()] + question[said.end() :]).strip()
    if any(c.unknown_code is not None and c.unknown_code == n for c in catalog.of(frame)):
        return rest
    return f"{rest.rstrip('?. ')}, ignoring {said['n']}"


def _codes_first(question: str) -> str:
    """Codes said "<col> is 1 for X and 2 for Y" rewritten "<col> 1 is X, 2 is Y", the form the readers know."""

    def said(m: re.Match[str]) -> str:
        more = re.sub(r"(-?\d+)\s+for\s+", r"\1 is ", m["more"])
        return f"{m['col']} {m['c1']} is {m['w1']}{more}."  # (its end said, as a list of codes is read)

    return _FOR_CODES.sub(said, question)


def _fits(column: Column, code: str) -> bool:
    if column.numeric:
        return code.isdigit() and (column.low is None or column.high is None or column.low <= int(code) <= column.high)
    return code in {v.strip() for v in column.values} or not column.values


def _apply(catalog: Catalog, frame: str, name: str, code: str, forms: str) -> None:
    for i, c in enumerate(catalog.columns):
        if c.frame == frame and c.name == name:
            kept = tuple(cm for cm in c.coded if cm[0] != code)
            catalog.columns[i] = replace(c, coded=(*kept, (code, forms)))


def _remember(catalog: Catalog, frame: str, name: str, code: str, forms: str, memory: dict[str, Any]) -> None:
    _apply(catalog, frame, name, code, forms)
    memory.setdefault("defined", []).append([frame, name, code, forms])


def restore(catalog: Catalog, memory: dict[str, Any]) -> None:
    """The codes defined in earlier turns, on the columns the frames still have."""
    for frame, name, code, forms in memory.get("defined", []):
        if catalog.get(frame, name) is not None:
            _apply(catalog, frame, name, code, forms)


def read(question: str, catalog: Catalog, frame: str, memory: dict[str, Any]) -> str:
    """The question without the codes it defines, which are added to the catalog and remembered.

    A list of codes ("SEX 1 is male, 2 is female") stays in the question for `parse.explained_codes`, which
    reads it in this turn; its codes are remembered for the next turns all the same.
    """
    question = _unknown_said(question, catalog, frame)
    question = _codes_first(question)
    listed = EXPLAINED.search(question)
    if listed is not None:
        column = _column(listed["col"], catalog, frame)
        if column is not None:
            pairs = [(listed["c1"], listed["w1"])] + [(m["c"], m["w"]) for m in MORE_CODES.finditer(listed["more"])]
            meanings = tuple(meaning for _, meaning in pairs)
            for code, meaning in pairs:
                if _fits(column, code):
                    _remember(catalog, frame, column.name, code, _forms(meaning, meanings), memory)
        return question
    for pattern in (_EQUALS, _BRACKETED):
        for said in reversed(list(pattern.finditer(question))):
            if _NOT_A_CODE.search(said["col"]):
                continue
            column = _column(said["col"], catalog, frame)
            if column is None or not _fits(column, said["code"]):
                continue
            if pattern is _BRACKETED and column.numeric and not said["coded"]:
                continue  # "deprived (IMD decile 1)": a number said beside a word, not a code defined
            _remember(catalog, frame, column.name, said["code"], _forms(said["meaning"]), memory)
            if pattern is _EQUALS:  # the definition goes; the words around it stay
                question = question[: said.start()] + question[said.end() :]
            else:  # "hispanic (descent code H)": the meaning stays, the bracket goes
                question = question[: said.end("meaning")] + question[said.end() :]
    return re.sub(r"\(\s*\)", "", question)
