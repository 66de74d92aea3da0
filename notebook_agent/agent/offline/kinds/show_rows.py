"""Show the rows themselves: "show me the first rows", "last 5 rows", "head of the table", "rows where region is North".

The cell ends with the rows as its result (`df.head(10)`), which the chat shows as a live, sortable table; the
answer says how many rows of how many are shown, from the counts the cell displayed. Conditions are read by the
general reader's `parse` (the same words as its filters); a question with other words after the rows ("the top 5
rows by price", "rows with the highest price") is a ranking, left to the others.
"""

from __future__ import annotations

import re
from typing import Any

from ..code import _filter_code, display_line, filter_text
from ..parse import parse
from .base import Context, KindRequest, fmt

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_WORDS |= {"ten": 10, "twenty": 20, "fifteen": 15, "few": 5, "couple": 2}
_VERB = (
    r"^\W*(?:(?:can|could|would)\s+you\s+|please\s+|let\s+me\s+(?:see|look\s+at)\s+|i\s+want\s+to\s+see\s+)?"
    r"(?P<verb>show|display|list|print|view|preview|give|output)(?:\s+(?:me|us))?\s+"
)
_ROWS = (
    r"(?:the\s+|a\s+)?(?:(?P<end>first|top|last|bottom|final)\s+)?(?:(?P<n>\d{1,4}|"
    + "|".join(_WORDS)
    + r")\s+)?(?:(?P<end2>first|last)\s+)?"
    r"(?P<noun>rows|row|records|entries|lines|observations|data|dataset|table|dataframe|head|tail)\b(?P<rest>.*)$"
)
_ASK = re.compile(r"(?:" + _VERB + r")?" + _ROWS)
_OF_TABLE = re.compile(
    r"^\s*(?:of|in|from)\s+(?:the\s+|my\s+|our\s+|this\s+)?(?:data(?:set|frame)?|table|file|sheet|df)\b"
)
_CONDITION = re.compile(r"^\s*(?:where|with|for|in\s+which|that|which|whose|having|when|from|in)\b")
_RANKING = re.compile(
    r"\b(?:by|most|least|highest|lowest|largest|smallest|biggest|top|best|worst|sorted|order(?:ed)?|average|mean"
    r"|total|sum|count|how\s+many|number\s+of|types?|columns?|summary|distribution)\b"
)
MAX_ROWS = 500  # rows a live table carries at most


def _count(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else _WORDS.get(text)


def match(ctx: Context) -> KindRequest | None:
    """The rows a question asks to see; None when it asks for anything else."""
    found = _ASK.match(ctx.text.strip())
    if not found:
        return None
    noun, rest = found.group("noun"), found.group("rest").strip(" ?.!")
    end = found.group("end") or found.group("end2")
    n = _count(found.group("n"))
    if noun in ("data", "dataset", "table", "dataframe"):
        if not found.group("verb") or n is not None or end:  # "the data" alone, "the last table": not rows
            return None
    elif not found.group("verb") and not end and noun not in ("head", "tail"):
        return None  # "rows where ..." without a verb is the general reader's
    if noun in ("head", "tail") and (n is not None or end):
        return None
    filters: list[dict[str, Any]] = []
    rest = _OF_TABLE.sub("", rest).strip(" ?.!,")
    if rest:
        if _RANKING.search(rest) or not _CONDITION.match(rest):
            return None
        filters = parse(ctx.question, ctx.catalog, ctx.frame).filters
        if not filters:
            return None
    last = end in ("last", "bottom", "final") or noun == "tail"
    return KindRequest(
        frame=ctx.frame, op="tail" if last else "head", value={"n": min(n or 10, MAX_ROWS), "filters": filters}
    )


def _conditions(req: KindRequest) -> list[dict[str, Any]]:
    return list((req.value or {}).get("filters") or [])


def code(req: KindRequest) -> str:
    """The cell: the rows (narrowed by the conditions), the counts for the answer, then the rows as the result."""
    f, n = req.frame, int((req.value or {}).get("n") or 10)
    filters = _conditions(req)
    which = "last" if req.op == "tail" else "first"
    lines = []
    if filters:
        said = " and ".join(filter_text(c) for c in filters)
        test = " & ".join(f"({_filter_code(c, None).replace('data[', f'{f}[')})" for c in filters)
        if len(filters) == 1:
            test = test[1:-1]
        lines += [f"# The {which} {n} rows of {f} where {said}", "import json", "", f"rows = {f}[{test}]"]
    else:
        lines += [f"# The {which} {n} rows of {f}", "import json", ""]
    source = "rows" if filters else f
    lines += [
        f"shown = {source}.{req.op}({n})",
        "",
        "# How many rows are shown, of how many (for the analyst)",
        f'result = {{"shown": len(shown), "rows_matching": len({source}), "rows_total": len({f})}}',
        display_line("result", f"{which} rows of {f}"),
        "shown",
    ]
    return "\n".join(lines) + "\n"


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """How many rows are shown, of how many; the rows themselves are the cell's table."""
    shown, matching, total = result.get("shown"), result.get("rows_matching"), result.get("rows_total")
    which = "last" if req.op == "tail" else "first"
    filters = _conditions(req)
    if filters:
        said = " and ".join(filter_text(c) for c in filters)
        head = f"Rows of {req.frame} where {said}: {fmt(matching)} of {fmt(total)} rows match."
        if not matching:
            return head + "\n\nNo row matches, so the table is empty."
        return head + f"\n\nThe table above shows the {which} {fmt(shown)} of them; sort it by clicking a column."
    return (
        f"The {which} {fmt(shown)} of {fmt(total)} rows of {req.frame}.\n\n"
        f'The table above shows them; sort it by clicking a column. Ask for more, e.g. "{which} 50 rows".'
    )
