"""Groups by how many rows they hold: "how many airports have more than 3 runways?".

"How many customers have at least 5 orders", "which players appear more than twice", "what share of stations
have fewer than 10 readings": the rows of each value of a label column (airport_ident), and the values whose count
of rows passes the bound. The thing after the number is what each row is (the file's subject, "rows", "times"),
never a measure: "how many regions sold more than 1000 units" adds units up (the `filtered` kind's totals).
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import CODE_PARTS
from ..columns import Column, find_mentions, stem
from ..words import ROW_WORDS
from .base import Context, KindRequest, col, finish, fmt

_WORD_NUMBERS = {"once": 1, "twice": 2, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_N = r"(?P<n>\d{1,6}|once|twice|one|two|three|four|five|ten)"
_ASK = re.compile(
    r"\b(?P<ask>how\s+many|what\s+(?:share|percent(?:age)?|proportion|fraction|%)\s+of|which|list\s+(?:the\s+)?)\s+"
    r"(?:different\s+|distinct\s+|unique\s+|of\s+(?:the\s+|our\s+)?)?(?P<g>[a-z]+)\s+"
    r"(?:have|has|had|got|hold|holds|contain|contains|list|lists|saw|see|appear(?:s|ed)?(?:\s+in)?|show\s+up"
    r"|(?:are|were)\s+(?:in|on|listed)|with"
    # any short verb before a number of times ("came in", "visited", "ordered"): the rows are the times
    r"|(?:[a-z']+\s+){0,2}[a-z']+(?=\s+(?:more\s+than|over|at\s+least|fewer\s+than|less\s+than|exactly)"
    r"\s+(?:\d{1,6}|once|twice|one|two|three|four|five|ten)\s+times\b))\s+"
    rf"(?:(?P<op>more\s+than|over|above|at\s+least|fewer\s+than|less\s+than|under|exactly|only|just)\s+{_N}"
    rf"|(?P<n2>\d{{1,6}})\s*(?P<plus>\+|or\s+more|or\s+fewer|or\s+less))"
    r"(?:\s+(?P<r>[a-z]+))?"
)
_OPS = {
    "more than": ">",
    "over": ">",
    "above": ">",
    "at least": ">=",
    "fewer than": "<",
    "less than": "<",
    "under": "<",
    "exactly": "==",
    "only": "==",
    "just": "==",
    "+": ">=",
    "or more": ">=",
    "or fewer": "<=",
    "or less": "<=",
}
_SYMBOL = {">": "more than", ">=": "at least", "<": "fewer than", "<=": "at most", "==": "exactly"}


# what tells each vehicle apart in a log of its visits (a car wash's or a parking garage's Plate)
_VEHICLE_KEYS = frozenset({"plate", "vin", "tag", "registration", "rego"})


def _group(ctx: Context, word: str) -> Column | None:
    """The label column a plural noun names, whose values repeat over the rows (an airport's runways)."""
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    if stem(word) in ("car", "vehicle", "truck"):  # "how many cars came in more than 10 times": by their Plate
        keys = [c for c in ctx.columns() if set(c.stems) & _VEHICLE_KEYS and c.n_unique and c.n_unique < rows]
        if len(keys) == 1:
            return keys[0]
    found = [
        m
        for m in find_mentions(word, ctx.catalog, ctx.frame)
        if m.column.frame == ctx.frame
        and (m.column.kind in ("text", "categorical") or m.column.id_like)
        and not m.column.is_date
        and m.column.n_unique
        and m.column.n_unique < rows
    ]
    if not found:
        return None
    best = max(m.score for m in found)
    chosen = next(m.column for m in found if m.score == best)
    # an airport's code over its name ("airports": airport_ident, not airport_name): two airports may share a name
    codes = [
        c
        for c in ctx.columns()
        if len(c.stems) == 2
        and c.stems[0] == stem(word)
        and (c.id_like or c.stems[1] in CODE_PARTS | {"ident", "identifier"})
        and c.n_unique
        and c.n_unique < rows
    ]
    return codes[0] if len(codes) == 1 and chosen.stems[:1] == codes[0].stems[:1] else chosen


def _rows_said(ctx: Context, word: str | None) -> bool:
    """Whether the noun after the number is what each row is, not a measure ("runways" of runways.csv)."""
    if word is None or stem(word) in ROW_WORDS:
        return True
    if ctx.catalog.names_subject(ctx.frame, word):
        return True
    measures = [m for m in find_mentions(word, ctx.catalog, ctx.frame) if m.column.numeric and not m.column.id_like]
    return not measures


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    said = _ASK.search(ctx.text)
    if said is None or stem(said["g"]) in ROW_WORDS or not _rows_said(ctx, said["r"]):
        return None
    if said["r"] and stem(said["r"]) == stem(said["g"]):
        return None
    if said["r"] is None and not re.match(r"\s*(?:times?|rows?)?\W*$", ctx.text[said.end() :]):
        return None  # "how many customers have over 5 …" of a word no longer read: not this kind
    group = _group(ctx, said["g"])
    if group is None:
        return None
    number = said["n"] or said["n2"]
    value = _WORD_NUMBERS.get(number) or int(number)
    op = _OPS[re.sub(r"\s+", " ", said["op"] or said["plus"])]
    return KindRequest(
        frame=ctx.frame,
        group=group.name,
        op=op,
        value=value,
        share=said["ask"].startswith("what"),
        order="list" if said["ask"].startswith(("which", "list")) else "count",
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f, g = req.frame, col(req.group)
    return finish(
        [
            f"# Rows per {req.group}, and the {req.group} values with {_SYMBOL[req.op or '>']} {req.value} rows",
            f"counts = {f}.groupby({g}).size()",
            f"matching = counts[counts {req.op} {req.value!r}].sort_values(ascending=False)",
            "print(matching.head(20).to_string())",
            "",
            f'result = {{"rows": len({f}), "groups": len(counts), "matching": len(matching), '
            '"top": matching.head(20)}',
        ],
        f"{req.group} values by their rows",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    rows, groups, hits = result.get("rows") or 0, result.get("groups") or 0, result.get("matching") or 0
    noun = "row" if req.value == 1 and req.op in ("==", "<=", ">=") else "rows"
    bound = f"{_SYMBOL[req.op or '>']} {fmt(req.value)} {noun}"
    head = f"Rows per {req.group}, values with {bound}, {fmt(rows)} rows."
    top = result.get("top") or {}
    listing = ", ".join(f"{k} ({fmt(v)})" for k, v in list(top.items())[:10])
    more = f" (the first {min(10, len(top))} of them by rows: {listing})" if listing else ""
    share = f" ({fmt(round(100 * hits / groups, 2))}%)" if groups else ""
    if not hits:
        return f"{head}\n\nNone of the {fmt(groups)} values of {req.group} has {bound}."
    return f"{head}\n\n**{fmt(hits)}** of {fmt(groups)} values of {req.group}{share} have {bound}{more}."
