"""Duplicates: rows that repeat an earlier row exactly, or values of one column that occur more than once.

"Are there duplicate rows? how many", "any duplicated records?", "how many rows are exact copies" count the rows
that repeat an earlier one in every column (`DataFrame.duplicated`, the first copy kept). A column named with it
("duplicate customer ids", "is any title listed twice?") counts that column's repeated values instead.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import rows_noun
from ..words import SYNONYM_OF
from .base import Context, KindRequest, col, finish, fmt

_ASK = re.compile(
    r"\bduplicat(?:e|es|ed|ion|ions)\b|\bdupes?\b|\bexact\s+(?:copies|copy|repeats?)\b"
    r"|\b(?:rows|records|entries|lines)\s+(?:that\s+)?(?:appear|occur|repeated|listed)\s+(?:more\s+than\s+once|twice)\b"
)
_ROWS = re.compile(r"\b(?:rows?|records?|entries|entry|lines?|observations?)\b")


# "how many parcels appealed more than once", "which customers ordered twice or more": a code seen on several rows
_AGAIN = re.compile(
    r"\bhow\s+many\s+(?P<w>[a-z]{3,}s)\s+(?:[a-z]+\s+){0,3}?(?:more\s+than\s+once|twice\s+or\s+more"
    r"|(?:two|2)\s+or\s+more\s+times|multiple\s+times|repeatedly|again)\b"
)


def _repeat_code(ctx: Context) -> KindRequest | None:
    """The record code of the things counted (Parcel ID of "parcels"), when they are said to come back."""
    said = _AGAIN.search(ctx.text)
    if said is None:
        return None
    noun = said["w"][:-1]
    code = rows_noun(ctx.catalog, ctx.frame, noun)
    for other in sorted(SYNONYM_OF.get(noun, ())) if code is None else ():
        code = code or rows_noun(ctx.catalog, ctx.frame, other)  # "kids" of a Student ID
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    if code is None or (code.n_unique is not None and code.n_unique >= rows):
        return None  # (a code on every row once: nothing comes back)
    return KindRequest(frame=ctx.frame, column=code.name)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    again = _repeat_code(ctx)
    if again is not None:
        return again
    if not _ASK.search(ctx.text):
        return None
    if re.search(r"\b(?:drop|remove|delete|dedupe|deduplicate)\b", ctx.text):
        return None  # a change to the data, not a question about it
    said = _ASK.search(ctx.text)
    assert said is not None
    # "duplicate customer ids": the column said right after (or before) the word, when no rows are named
    named = [
        m
        for m in ctx.mentions
        if not _ROWS.fullmatch(m.word.lower()) and (0 <= m.start - said.end() <= 12 or 0 <= said.start() - m.end <= 30)
    ]
    if named and not _ROWS.search(ctx.text[said.end() : said.end() + 12]):
        return KindRequest(frame=ctx.frame, column=named[0].column.name)
    return KindRequest(frame=ctx.frame)


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f = req.frame
    if req.column:
        c = col(req.column)
        return finish(
            [
                f"# Values of {req.column} that occur on more than one row",
                f"counts = {f}[{c}].value_counts()",
                "repeated = counts[counts > 1]",
                "print(repeated.head(10).to_string())",
                "",
                f'result = {{"rows": len({f}), "values": int({f}[{c}].nunique()), "repeated": len(repeated), '
                f'"extra_rows": int({f}[{c}].dropna().duplicated().sum()), '
                '"top": {str(k): int(v) for k, v in repeated.head(5).items()}}',
            ],
            f"duplicate values of {req.column}",
        )
    return finish(
        [
            "# Rows that repeat an earlier row in every column (the first copy is not counted)",
            f"dupes = {f}.duplicated()",
            f"print({f}[{f}.duplicated(keep=False)].head(6).to_string())",
            "",
            f'result = {{"rows": len({f}), "duplicates": int(dupes.sum()), '
            f'"involved": int({f}.duplicated(keep=False).sum())}}',
        ],
        "duplicate rows",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    rows = result.get("rows") or 0
    if req.column:
        head = f"Duplicate values of {req.column}, {fmt(rows)} rows."
        repeated = result.get("repeated") or 0
        if not repeated:
            values = fmt(result.get("values"))
            return f"{head}\n\nNo duplicates: each of the {values} values of {req.column} is on one row."
        top = ", ".join(f"{k} ({fmt(v)} rows)" for k, v in (result.get("top") or {}).items())
        return (
            f"{head}\n\n**{fmt(repeated)}** values of {req.column} occur on more than one row; the repeats add "
            f"**{fmt(result.get('extra_rows'))}** rows beyond the first of each ({fmt(result.get('values'))} distinct "
            f"values in all). Most repeated: {top}."
        )
    head = f"Duplicate rows of {req.frame} (the same in every column), {fmt(rows)} rows."
    dupes = result.get("duplicates") or 0
    if not dupes:
        return f"{head}\n\nNo duplicate rows: every one of the {fmt(rows)} rows differs from the others somewhere."
    share = 100 * dupes / rows if rows else 0
    return (
        f"{head}\n\nYes: **{fmt(dupes)}** rows repeat an earlier row exactly ({fmt(round(share, 2))}% of the rows), "
        f"so {fmt(rows - dupes)} rows are distinct. Counting the first copies too, {fmt(result.get('involved'))} rows "
        "take part in a duplicate."
    )
