"""Records with more (or fewer) than N rows each: "how many users rated more than 50 movies?".

The rows repeat a code (userId on each rating, CustomerID on each order line); the question counts the codes
whose rows pass a bound. The bound is on the rows themselves: the noun after it names the rows ("movies",
"ratings", "orders") or no column whose values could reach it (a rating of 1-5 never passes 50).
"""

from __future__ import annotations

import re
from typing import Any

from ..columns import find_mentions, stem
from .base import Context, KindRequest, col, finish, fmt

_ASK = re.compile(
    r"\bhow\s+many\s+(?:different\s+|distinct\s+|unique\s+)?(?P<who>[a-z]+)\s+(?:have|has|had|with|who\s+\w+|\w+ed)\s+"
    r"(?P<op>more\s+than|over|at\s+least|fewer\s+than|less\s+than|under|at\s+most)\s+(?P<n>\d+)\s+(?P<noun>[a-z]+s)\b"
)
_OPS = {"more than": ">", "over": ">", "at least": ">=", "fewer than": "<", "less than": "<", "under": "<"}
_OPS["at most"] = "<="


# "how many people got disciplined more than once", "how many customers came back twice": repeated codes
_AGAIN = re.compile(
    r"\bhow\s+many\s+(?:different\s+|distinct\s+|unique\s+)?(?P<who>[a-z]+)\s+(?:(?:have|has|had|got|get|were|was"
    r"|been|came|come)\s+)*(?:[a-z]+\s+){0,2}?(?P<n>more\s+than\s+once|(?:at\s+least\s+)?twice|multiple\s+times"
    r"|more\s+than\s+one\s+time|repeatedly|several\s+times)\b"
)
_PEOPLE = frozenset({"people", "persons", "individuals", "doctors", "physicians", "licensees", "drivers", "members"})
_PEOPLE |= {"customers", "clients", "patients", "students", "users", "donors", "players", "buyers", "guests"}


def _again(ctx: Context) -> KindRequest | None:
    """The one code that repeats over a person's rows, counted where it has more than one row."""
    said = _AGAIN.search(ctx.text)
    if said is None or said["who"].lower() not in _PEOPLE:
        return None
    codes = ctx.catalog.repeating_codes(ctx.frame)
    word = stem(said["who"])
    own = [c for c in codes if c.stems[:1] == (word,)]  # "customers": Customer ID beside an Order ID
    codes = own or codes
    if len(codes) != 1:
        return None
    return KindRequest(frame=ctx.frame, column=codes[0].name, op=">", value=1)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    said = _ASK.search(ctx.text)
    if said is None:
        return _again(ctx)
    n = int(said["n"])
    # the noun is the rows when no column it names could reach the bound ("50 movies", not "50 minutes")
    noun = {stem(said["noun"]), said["noun"][:-1]}
    reach = [
        c
        for c in [m.column for m in find_mentions(said["noun"], ctx.catalog, ctx.frame)]
        + [c for c in ctx.columns() if noun & set(c.stems)]  # ratings_count beside average_rating
        if c.numeric and not c.id_like and (c.high is None or c.high >= n)
    ]
    if reach:
        return None
    who = stem(said["who"])
    whose = {who, said["who"][:-1]}
    codes = [
        c
        for c in ctx.columns()
        if (c.id_like or c.categorical)
        and c.stems
        and c.stems[0] in whose
        and (c.n_unique is None or c.n_unique < ctx.catalog.rows.get(ctx.frame, 0))
    ]
    if len(codes) != 1:
        return None
    op = _OPS[re.sub(r"\s+", " ", said["op"])]
    return KindRequest(frame=ctx.frame, column=codes[0].name, op=op, value=n)


def code(req: KindRequest) -> str:
    """The cell for the request."""
    key = col(req.column)
    lines = [
        f"# Each {req.column}'s rows counted; those with {req.op} {req.value}",
        f"per_record = {req.frame}.groupby({key}).size()",
        f"passing = per_record[per_record {req.op} {req.value}]",
        'print(f"{len(passing)} of {len(per_record)} have ' + f'{req.op} {req.value} rows")',
        "",
        f'result = {{"rows": len({req.frame}), "records": len(per_record), "passing": len(passing)}}',
    ]
    return finish(lines, f"{req.column} with {req.op} {req.value} rows")


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    records, passing = result.get("records") or 0, result.get("passing") or 0
    share = f" ({100 * passing / records:.1f}%)" if records else ""
    return (
        f"Rows counted per {req.column}, {fmt(result.get('rows'))} rows.\n\n"
        f"**{fmt(passing)}** of {fmt(records)} {req.column} values{share} have {req.op} {fmt(req.value)} rows."
    )
