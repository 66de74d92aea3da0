"""Rows where two columns hold the same value: "what % of journeys end back at the station they started from?".

Two columns that name the same thing from two sides (StartStation Name / EndStation Name, pickup / dropoff zone,
home / away) or one and its narrower form (toss_winner / winner): the question asks how many rows, or what
share, have the same value in both ("end back where they started", "the toss winner also won the match").
Every row counts in the share; a row with either value missing is not the same.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import NUMBERED_AREAS
from ..columns import Column
from ..words import stem
from .base import Context, KindRequest, col, finish, fmt

_SAME = re.compile(
    r"\bsame\b|\bback\s+(?:at|to|where|in)\b|\bwhere\s+(?:they|it|he|she)\s+(?:started|began|set\s+off)\b"
    r"|\bgo(?:es)?\s+on\s+to\s+win\b|\b(?:also|then)\s+wins?\b|\bwins?\s+(?:both|the\s+match\s+too)\b"
)
# "end up in a different district from where they started": the rows whose two sides differ
_DIFFERENT = re.compile(
    r"\b(?:different|another|other|elsewhere|somewhere\s+else|not\s+the\s+same)\b.*\b(?:from|than|where|started|began)\b"
)
_ASK = re.compile(r"\bhow\s+many\b|\bhow\s+often\b|\bnumber\s+of\b|\bshare\b|\bpercent\w*|\bproportion\b|%|\brate\b")
_SHARE = re.compile(r"\bhow\s+often\b|\bshare\b|\bpercent\w*|\bproportion\b|%|\brate\b")
# Two sides of one thing, told apart by one word of the name
_SIDES = [
    frozenset({"start", "end"}),
    frozenset({"origin", "destination"}),
    frozenset({"pickup", "dropoff"}),
    frozenset({"from", "to"}),
    frozenset({"home", "away"}),
    frozenset({"departure", "arrival"}),
    frozenset({"source", "target"}),
    frozenset({"first", "last"}),
]


def _paired(a: Column, b: Column) -> bool:
    """Columns that name one thing from two sides, or one and its narrower form (toss_winner, winner)."""
    sa, sb = a.stems, b.stems
    if len(sa) == len(sb):
        differ = [(x, y) for x, y in zip(sa, sb, strict=True) if x != y]
        return len(differ) == 1 and frozenset(differ[0]) in _SIDES
    short, long_ = sorted((sa, sb), key=len)
    return len(long_) == len(short) + 1 and long_[1:] == short and len(short) >= 1 and short[-1] not in ("id", "name")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    differ = _DIFFERENT.search(ctx.text) is not None
    if not ((_SAME.search(ctx.text) or differ) and _ASK.search(ctx.text)):
        return None
    heard = {stem(w) for w in re.findall(r"[a-z]+", ctx.text)}
    columns = [
        c
        for c in ctx.columns()
        if (not c.is_date and not c.numeric)
        or c.id_like
        # a council district kept as a number (1-10): a label all the same
        or (c.numeric and c.few_values and bool(set(c.stems) & NUMBERED_AREAS))
    ]
    pairs = [
        (a, b)
        for i, a in enumerate(columns)
        for b in columns[i + 1 :]
        if _paired(a, b) and (set(a.stems) | set(b.stems)) & heard
    ]
    # ("a different district": the pair whose shared words are said, not Census Tract Start and End)
    pairs = [p for p in pairs if set(p[0].stems) & set(p[1].stems) & heard] or pairs
    named = [p for p in pairs if not (p[0].id_like or p[1].id_like)] or pairs  # names read better than codes
    if len({frozenset(set(a.stems) ^ set(b.stems)) for a, b in named}) != 1:
        return None  # no pair, or pairs of different sides: not clear which two columns are meant
    a, b = named[0]
    return KindRequest(
        frame=ctx.frame, y=a.name, column=b.name, share=bool(_SHARE.search(ctx.text)), op="!=" if differ else None
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f, a, b = req.frame, col(req.y), col(req.column)
    return finish(
        [
            f"# Rows where {req.y} and {req.column} hold the same value",
            f"same = {f}[{a}].astype(str).str.strip().str.lower() == {f}[{b}].astype(str).str.strip().str.lower()",
            f"known = {f}[{a}].notna() & {f}[{b}].notna()",
            "same = same & known" if req.op != "!=" else "same = ~same & known  # the two sides differ",
            "",
            f'result = {{"rows": len({f}), "matching": int(same.sum()), "known": int(known.sum()), '
            f'"percent": round(100 * int(same.sum()) / max(len({f}), 1), 2), '
            f'"percent_known": round(100 * int(same.sum()) / max(int(known.sum()), 1), 2)}}',
        ],
        f"{req.y} same as {req.column}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    rows, n, pct = result.get("rows"), result.get("matching"), result.get("percent")
    if req.op == "!=":
        known, of_known = result.get("known"), result.get("percent_known")
        return (
            f"Rows where {req.y} differs from {req.column}, out of {fmt(rows)} rows.\n\n"
            f"**{fmt(n)} of {fmt(known)}** rows with both known ({fmt(of_known)}%) have different values; "
            f"{fmt(pct)}% of all {fmt(rows)} rows."
        )
    return (
        f"Rows where {req.y} equals {req.column}, out of {fmt(rows)} rows.\n\n"
        f"**{fmt(n)} of {fmt(rows)}** rows ({fmt(pct)}%) have the same value in both."
    )
