"""How many rows have each of some named values, and the most common values of one label column.

"How many tumours are malignant vs benign?", "how many movies and how many tv shows are there": each named value
counted. "Top 5 ratings by number of titles", "the 3 genres with the most games": the row count is the measure
(titles, games: the rows themselves), so the answer is the label's most common values. A follow-up may narrow
either to the rows with a named value ("same for tv shows only", `where`).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from ..columns import find_values
from .base import Context, KindRequest, col, finish, fmt, where_mask

# counts, or the shares they make ("what share came in by phone vs online": each answer gives both)
_ASK = re.compile(
    r"\bhow many\b|\bnumber of\b|\bcount\b|\bbreak\s*down\b|\bsplit\b|\bshare\b|\bpercent\w*|\bproportion\b"
    r"|\bwhat\s+%|\bhow\s+often\b|\bas\s+an?\s+(?:%|percent\w*|share|proportion)"
)
# Between two named values: "vs", "or", "and", and a count asked again ("movies and how many tv shows", "the
# number of wins and the number of losses", "drafts are there and how many published").
_JOIN = re.compile(
    r"^\W*(?:(?:are|were|is|was)(?:\s+there)?\s+|do\s+(?:we|you|i)\s+have\s+|[a-z]+\s+(?=vs\b|versus\b))?"
    r"(?:vs\.?|versus|or|and|compared (?:to|with)|against)"
    r"(?:\s+(?:how\s+many|(?:the\s+)?(?:number|count)\s+of)(?:\s+(?:have|has|are|is|on|in|with))?"
    r"(?:\s+(?:an?|the))?)?(?:\s+(?:fully|only|just|purely|actually|strictly|pure|completely|entirely))?\W*$"
)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_NUMBERS |= {"ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20}
_N = r"\d{1,3}|" + "|".join(_NUMBERS)
# The N values of a label ranked by how many rows have each: "top 5 ratings by number of titles", "bottom 3
# platforms by count", "the 10 genres with the most games".
_TOP = re.compile(
    rf"\b(?P<dir>top|bottom|first|last)\s+(?P<n>{_N})\b(?P<what>.*?)"
    r"\b(?:by|ranked\s+by|in\s+terms\s+of|on)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:(?:number|count|no\.?|#|amount)\s+of\b(?P<noun>.*)|(?:row\s+)?(?:count|frequency|number\s+of\s+rows)\W*$)"
    rf"|\b(?P<n2>{_N})\s+(?P<what2>[a-z][a-z ]*?)\s+with\s+the\s+(?P<dir2>most|fewest|least)\b(?P<noun2>.*)"
)


def match(ctx: Context) -> KindRequest | None:
    """Named values of one label column counted, or its top values by row count."""
    top = _top(ctx)
    if top is not None:
        return top
    if not _ASK.search(ctx.text) or re.search(r"\d", ctx.text):
        return None
    if re.search(r"\b(?:average|avg|mean|median|typical)\s+(?:number|no\.?|count)\s+of\b", ctx.text):
        return None  # "avg number of rings for males, females and infants": a measure per group, not row counts
    taken = [(m.start, m.end) for m in ctx.mentions if m.column.numeric]
    # a value said in more words than a measure inside it ("battery electric" over Electric Range) is the value
    found = [
        v
        for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])
        if not any(a < v.end and v.start < b and v.end - v.start <= b - a for a, b in taken)
    ]
    for a, b in itertools.pairwise(found):
        if a.column != b.column:
            continue
        # the values' own column may be said after the first ("a one year contract and how many a two year")
        between = ctx.question[a.end : b.start]
        for m in ctx.mentions:
            if m.column == a.column and a.end <= m.start and m.end <= b.start:
                between = between.replace(ctx.question[m.start : m.end], " ")
        if _JOIN.match(between):
            named = list(dict.fromkeys(v.value for v in found if v.column == a.column))
            return KindRequest(frame=ctx.frame, column=a.column.name, value=named)
    return None


def _top(ctx: Context) -> KindRequest | None:
    """The N most (or least) common values of one label column, when what ranks them is the rows' own count."""
    said = _TOP.search(ctx.text)
    if said is None:
        return None
    two = said.group("n2") is not None
    raw = said.group("n2") if two else said.group("n")
    n = int(_NUMBERS.get(raw, 0) or raw)
    what = said.span("what2") if two else said.span("what")
    noun = said.span("noun2") if two else said.span("noun")
    order = "min" if (said.group("dir2") or said.group("dir")) in ("bottom", "last", "fewest", "least") else "max"
    groups = [
        m.column
        for m in ctx.mentions
        if what[0] <= m.start < what[1]
        and (m.column.categorical or m.column.few_values)
        and not ctx.catalog.names_rows(m.column)
    ]
    if not groups or n < 1:
        return None
    # the head noun said last: "top 5 vehicle makes" is Make, not Commercial Vehicle
    group = max(
        (m for m in ctx.mentions if m.column in groups and what[0] <= m.start < what[1]), key=lambda m: (m.end, m.score)
    ).column
    if noun[0] >= 0:
        counted = [m.column for m in ctx.mentions if noun[0] <= m.start < noun[1] and m.column != group]
        # a measure ("by number of sales") is summed, a label of a few values ("number of genres") counted
        # distinct: those are other requests; the rows themselves (titles, games, a record code) are counted
        if any((c.numeric and not c.id_like) or (c.categorical and not _names_rows(ctx, c)) for c in counted):
            return None
    # a value of another label said with the counted rows keeps those rows ("the most failed inspections")
    kept = [
        [v.column.name, v.value]
        for v in find_values(ctx.question, ctx.catalog, ctx.frame, [])
        if noun[0] <= v.start < max(noun[1], noun[0]) and v.column != group and not v.column.numeric
    ]
    return KindRequest(frame=ctx.frame, column=group.name, value=n, agg="top", order=order, where=kept[:1])


def _names_rows(ctx: Context, column: Any) -> bool:
    """A column that tells the rows apart ("titles": a title on most rows): counting it counts the rows."""
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    many = column.kind == "text" and bool(rows) and (column.n_unique or 0) >= 0.5 * rows
    return ctx.catalog.names_rows(column) or many


def code(req: KindRequest) -> str:
    """The cell for the request."""
    if req.where:  # a follow-up narrowed the rows ("same for tv shows only"): the same count on those rows
        condition = where_mask(req.frame, req.where)
        narrowed = KindRequest.from_dict({**req.to_dict(), "frame": "data", "where": []})
        return code(narrowed).replace("import json\n", f"import json\ndata = {req.frame}[{condition}]\n", 1)
    c = col(req.column)
    if req.agg == "top":
        n = int(req.value or 5)
        pick = f"counts.tail({n}).iloc[::-1]" if req.order == "min" else f"counts.head({n})"
        return finish(
            [
                f"# The {n} {'least' if req.order == 'min' else 'most'} common values of {req.column}, by row count",
                f"counts = {req.frame}[{c}].value_counts()",
                f"top = {pick}",
                "print(top)",
                "top.iloc[::-1].plot.barh(figsize=(8, 4), xlabel='rows')",
                "plt.show()",
                "",
                f'result = {{"rows": len({req.frame}), "values": int(len(counts)), "counts": top}}',
            ],
            f"top {req.column} by rows",
        )
    named = list(req.value or [])
    return finish(
        [
            f"# How many rows have each value of {req.column}",
            f"counts = {req.frame}[{c}].value_counts()",
            f"counts = counts.reindex({named!r}, fill_value=0) if len(counts) > {len(named)} else counts",
            "print(counts)",
            # several values asked for together ("not started, in progress or blocked"): their sum too
            *(["print('together:', counts.sum())"] if len(named) > 1 else []),
            "",
            f'result = {{"rows": len({req.frame}), "counts": counts, "together": int(counts.sum())}}',
        ],
        f"rows per {req.column}",
    )


def _among(req: KindRequest) -> str:
    return " among " + " and ".join(f"{c} = {v}" for c, v in req.where) if req.where else ""


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    rows = result.get("rows") or 0
    counts = result.get("counts") or {}
    if req.agg == "top":
        end = "least" if req.order == "min" else "most"
        head = f"The {fmt(req.value)} {end} common values of {req.column}{_among(req)}, by row count"
        lines = [f"{head}, {fmt(rows)} rows, {fmt(result.get('values'))} distinct values.", ""]
        lines += [
            f"{i}. {value}: **{fmt(n)}** rows" + (f" ({100 * n / rows:.1f}%)" if rows else "")
            for i, (value, n) in enumerate(counts.items(), 1)
        ]
        if counts:
            first = next(iter(counts))
            lines.append(f"\n{'Least' if req.order == 'min' else 'Most'} common: **{first}**.")
        return "\n".join(lines)
    lines = [f"Rows counted by {req.column}{_among(req)}, {fmt(rows)} rows.", ""]
    for value, n in counts.items():
        share = f" ({100 * n / rows:.1f}%)" if rows and isinstance(n, int | float) else ""
        lines.append(f"- {value}: **{fmt(n)}**{share}")
    together = result.get("together")
    if len(counts) > 1 and isinstance(together, int | float):
        share = f" ({100 * together / rows:.1f}%)" if rows else ""
        lines.append(f"- together: **{fmt(together)}**{share}")
    return "\n".join(lines)
